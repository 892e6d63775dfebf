#pragma once
// Extractive story summaries in which every sentence names the articles it came from.
#include <string>
#include <vector>

#include "storyline/document.h"
#include "storyline/story.h"

namespace storyline::summarise {

struct SummaryOptions {
  int max_words = 120;  // hard limit on summary words
  std::string query;    // optional focus text
};

// Summarises one story. `links` (may be empty, else parallel to `articles`) tells copies and
// rewrites apart so that a fact repeated by copies counts once, credited to all its sources.
// Deterministic: the same input gives the same summary.
Summary Summarise(const std::string& story_id, const std::vector<AnalysedArticle>& articles,
                  const std::vector<LinkResult>& links, const SummaryOptions& options);

}  // namespace storyline::summarise
