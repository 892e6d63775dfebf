#pragma once
// CoNLL-2003 column files: the training and evaluation format of the statistical tagger.
//   token [POS chunk ...] NER      one token per line, the NER tag in the last column
//   -DOCSTART- ...                 starts a new document
//   (blank line)                   ends a sentence
// Tags may be IOB1 or IOB2 (B-/I-), or BIOES (S-/E-); they are normalised to chunks, following
// conlleval's chunk rules, so every scheme reads the same. Types: PER ORG LOC MISC (PERSON,
// PLACE, GPE and LOCATION are accepted as synonyms).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/document.h"
#include "storyline/status.h"

namespace storyline::analyse::ner {

// An entity as a token range of one sentence: tokens [first, last) of `sentence`.
struct Chunk {
  uint32_t sentence = 0;
  uint32_t first = 0;
  uint32_t last = 0;  // exclusive
  EntityType type = EntityType::kMisc;
  bool operator==(const Chunk&) const = default;
};

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // as written; parallel to `words`
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

// Parses CoNLL text. Fails (InvalidArgument, naming the line) on an unknown entity type or a
// line with a token but no tag column; never on odd whitespace or CRLF line ends.
Result<std::vector<ConllDocument>> ParseConll(std::string_view content);
// Reads and parses a file (NotFound when it cannot be opened).
Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path);

// The entity chunks of one sentence's tags, by conlleval's rules (IOB1, IOB2 and BIOES alike).
// Tags whose type is unknown count as O.
std::vector<Chunk> TagsToChunks(const std::vector<std::string>& tags, uint32_t sentence);
// "PER" -> kPerson ... ; false when the name is not an entity type.
bool ParseEntityType(std::string_view name, EntityType* type);
// kPerson -> "PER", kOrg -> "ORG", kPlace -> "LOC", kMisc -> "MISC".
const char* ConllTypeName(EntityType type);

}  // namespace storyline::analyse::ner
