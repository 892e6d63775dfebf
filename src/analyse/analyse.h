#pragma once
// Per-article analysis: sentences, entity mentions with canonical names, quotes with speakers,
// dates resolved against the publication date. Pure functions of the text (and `published`);
// thread-safe. All spans are UTF-8 byte offsets into `text`.
#include <string_view>
#include <vector>

#include "storyline/document.h"

namespace storyline::analyse {

namespace ner {
class Tagger;
}  // namespace ner

struct AnalyseOptions {
  // When set, entity mentions come from this statistical tagger (ner/tagger.h, trained with
  // `storyline train-ner`) instead of the rule recogniser; canonical names (`entity`) follow
  // ner::AssignCanonicalNames. Not owned: it must outlive the Analyse calls. Thread-safe.
  const ner::Tagger* ner_tagger = nullptr;
};

// Sentence spans, whitespace-trimmed. A newline always ends a sentence when the text is one
// sentence per line; abbreviations (Mr., U.S., Sept.) and initials do not end a sentence.
std::vector<Span> SplitSentences(std::string_view text);

// Entity mentions in text order. `entity` is the canonical name shared by aliases within the
// document (surname -> full name, acronym -> expansion) and across documents (ISIS = Daesh =
// Islamic State; U.S. = United States).
std::vector<EntityMention> FindEntities(std::string_view text, const std::vector<Span>& sentences);

// Direct quotes with speaker and cue. Pronoun speakers resolve to the most recent PERSON entity.
std::vector<Quote> FindQuotes(std::string_view text, const std::vector<Span>& sentences,
                              const std::vector<EntityMention>& entities);

// Dates, times, durations and sets. `published` (ISO 8601, may be empty) anchors relative
// expressions ("Monday", "last week"); when empty, relative values are left empty.
std::vector<DateMention> FindDates(std::string_view text, std::string_view published);

// All of the above for one article.
Analysis Analyse(const Article& article);
Analysis Analyse(const Article& article, const AnalyseOptions& options);

}  // namespace storyline::analyse
