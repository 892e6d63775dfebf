#pragma once
// Entity mentions from the statistical tagger, in the same contract as FindEntities
// (analyse.h): spans are UTF-8 byte offsets into the text, `entity` is the canonical name.
#include <string_view>
#include <vector>

#include "analyse/ner/tagger.h"
#include "storyline/document.h"

namespace storyline::analyse::ner {

// CoNLL-style word tokens of text[range.begin, range.end): split at whitespace; opening and
// closing punctuation, commas, and a sentence-final period split off; "'s" and "n't" split
// off as their own tokens ("Smith's" -> "Smith" "'s"); abbreviations ("U.S.", "Corp.",
// "J.") and hyphenated words stay whole. Text that is already tokenised with single spaces
// (a CoNLL sentence) gives back exactly its tokens. Linear time; spans lie inside the range.
std::vector<Span> TokenizeWords(std::string_view text, Span range);

// Tags every sentence of `text` with `tagger` and returns the mentions in text order, with
// canonical names assigned by AssignCanonicalNames. Sentences longer than 250 tokens are
// tagged in windows so memory stays linear in the text.
std::vector<EntityMention> FindEntitiesWithTagger(const Tagger& tagger, std::string_view text,
                                                  const std::vector<Span>& sentences);

// Sets `entity` on mentions found by any recogniser (types are kept as they are):
//  - cross-document aliases and demonyms from the lexicon ("U.S." -> "United States",
//    "German" -> "Germany"), headline capitals included ("GERMANY" -> "Germany");
//  - acronyms defined in the text as "Name (ACR)": later "ACR" -> the name's entity;
//  - a one-word PERSON that is the last word of a longer PERSON name -> that full name (the
//    nearest one before it, else the first one after it);
//  - otherwise the mention text with whitespace runs as single spaces.
void AssignCanonicalNames(std::string_view text, std::vector<EntityMention>* mentions);

}  // namespace storyline::analyse::ner
