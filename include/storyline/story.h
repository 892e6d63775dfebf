#pragma once
// Linking results: how one article relates to earlier ones, and what a story is.
#include <map>
#include <string>
#include <vector>

namespace storyline {

// Evidence for a link, printed as the "why" object. Keys are short snake_case names
// ("jaccard", "shared_quotes", "shared_entities", "footer"); values are numbers or strings.
struct Evidence {
  std::map<std::string, double> numbers;
  std::map<std::string, std::string> strings;
  bool empty() const { return numbers.empty() && strings.empty(); }
};

// The linker's verdict for one article, decided when it arrives (arrival order).
struct LinkResult {
  std::string id;          // the article
  std::string story;       // story id, stable: derived from the story's first article
  std::string thread;      // thread id: stories of one ongoing topic share it (link/threads.h)
  std::string copy_of;     // earlier near-verbatim article, or empty
  std::string rewrite_of;  // earlier article this one paraphrases, or empty
  std::string origin;      // article (or, for a footer, "source:<host>") judged the original report
  std::string origin_source;  // provenance named in the text ("aa.com.tr", "Reuters"), or empty
  double confidence = 0;   // of the strongest link above, in [0, 1]
  Evidence why;
};

struct SummarySentence {
  std::string text;
  std::vector<std::string> sources;  // article ids this sentence (or a near-copy of it) came from
};

struct Summary {
  std::string story;
  std::string headline;
  std::vector<SummarySentence> sentences;
  int words = 0;
};

// What a reader sees of a story beyond its articles: derived from the articles and links.
struct KeyQuote {
  std::string text;
  std::string first_article;  // the earliest article carrying the quote
  int repeated_by = 0;        // how many other articles carry it too
};
struct SpeakerQuotes {
  std::string speaker;
  std::vector<KeyQuote> quotes;
};
struct TimelineEntry {
  std::string value;  // TIMEX3 date value, sortable ("2024-12-09", "2025-09")
  std::string text;   // as written in the first article that mentions it
  std::vector<std::string> sources;
};
struct EntityCount {
  std::string entity;
  std::string type;
  int articles = 0;
};

}  // namespace storyline
