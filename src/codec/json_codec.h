#pragma once
// JSON for the data model: the only place (with the CLI and server adapters) that includes a
// JSON library. Field names follow ../docs/interfaces.md; empty strings print as null.
#include <string>
#include <string_view>
#include <vector>

#include "storyline/document.h"
#include "storyline/status.h"
#include "storyline/story.h"
#include "storyline/story_view.h"

namespace storyline::codec {

// Parses one input article object {"id", "url"?, "source"?, "published"?, "title"?, "text"?,
// "html"?}. Fails with InvalidArgument on broken JSON, a non-object, or when neither text nor
// html is present. Non-string scalars for string fields are rejected.
Result<RawRecord> ParseInputArticle(std::string_view json);

// `extract` output line.
std::string ArticleToJson(const Article& a);
// `analyze` output line; `with_text` echoes the text.
std::string AnalysisToJson(const Article& a, const Analysis& an, bool with_text);
// `link` output line.
std::string LinkToJson(const LinkResult& l);
// `summarize` output line.
std::string SummaryToJson(const Summary& s);
Result<Summary> SummaryFromJson(std::string_view json);
std::string EvidenceToJson(const Evidence& e);

// One `compare` input line: {"id", "a", "b"} where a and b are texts or article objects.
struct ComparePair {
  std::string id;
  RawRecord a, b;
};
Result<ComparePair> ParseComparePair(std::string_view json);
std::string ComparisonToJson(const std::string& id, double similarity, const std::string& relation,
                             const Evidence& why);

// Store views (`stories --json`, `story --json`, `search --json`, the HTTP API).
std::string StoryInfoToJson(const store::StoryInfo& s);
std::string StoryViewToJson(const StoryView& v);
std::string SearchHitToJson(const store::SearchHit& h);

// Storage round trip of an analysis (compact field names; stable across versions).
std::string AnalysisToStorage(const Analysis& an);
// `text` is the article text the spans point into; mention texts are refilled from it and
// spans outside it are rejected as DataLoss.
Result<Analysis> AnalysisFromStorage(std::string_view json, std::string_view text);
std::string EvidenceToStorage(const Evidence& e);
Evidence EvidenceFromStorage(std::string_view json);

}  // namespace storyline::codec
