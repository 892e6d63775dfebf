#pragma once
// Test-only helpers: build AnalysedArticle values by hand (no analyser), so link and summarise
// tests do not depend on the analysis stage.
#include <string>
#include <string_view>
#include <vector>

#include "storyline/document.h"

namespace storyline::link::testing {

struct EntitySpec {
  std::string surface;    // every occurrence in the text becomes a mention
  EntityType type = EntityType::kMisc;
  std::string canonical;  // empty: the surface form
};

struct DateSpec {
  std::string surface;  // every occurrence in the text becomes a mention
  std::string value;    // TIMEX3 value, e.g. "2024-03-05"
};

// Sentence spans by a tiny splitter: ". ", "! ", "? " (also before a closing quote) and line
// breaks end a sentence; spans are whitespace-trimmed.
inline std::vector<Span> SplitForTest(std::string_view text) {
  std::vector<Span> out;
  size_t begin = 0;
  const auto emit = [&](size_t end) {
    while (begin < end && (text[begin] == ' ' || text[begin] == '\n')) ++begin;
    size_t e = end;
    while (e > begin && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    if (e > begin) out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(e)});
    begin = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      emit(i);
      continue;
    }
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
      size_t j = i + 1;
      if (text.substr(j, 3) == "\xE2\x80\x9D") j += 3;  // closing curly quote
      if (j < text.size() && text[j] == ' ') emit(j);
    }
  }
  emit(text.size());
  return out;
}

// Quotes between curly double quotes “...”, without the marks.
inline std::vector<Quote> FindCurlyQuotes(std::string_view text) {
  std::vector<Quote> out;
  const std::string_view open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  for (size_t p = text.find(open); p != std::string_view::npos; p = text.find(open, p + 1)) {
    const size_t b = p + open.size();
    const size_t e = text.find(close, b);
    if (e == std::string_view::npos) break;
    Quote q;
    q.begin = static_cast<uint32_t>(b);
    q.end = static_cast<uint32_t>(e);
    q.text = std::string(text.substr(b, e - b));
    out.push_back(q);
  }
  return out;
}

inline AnalysedArticle MakeArticle(std::string id, std::string published, std::string title,
                                   std::string text, const std::vector<EntitySpec>& entities = {},
                                   const std::vector<DateSpec>& dates = {},
                                   std::string url = "") {
  AnalysedArticle a;
  a.article.id = std::move(id);
  a.article.published = std::move(published);
  a.article.title = std::move(title);
  a.article.text = std::move(text);
  a.article.url = std::move(url);
  a.article.language = "en";
  const std::string_view t = a.article.text;
  a.analysis.language = "en";
  a.analysis.sentences = SplitForTest(t);
  for (const auto& spec : entities) {
    for (size_t p = t.find(spec.surface); p != std::string_view::npos;
         p = t.find(spec.surface, p + 1)) {
      EntityMention m;
      m.begin = static_cast<uint32_t>(p);
      m.end = static_cast<uint32_t>(p + spec.surface.size());
      m.text = spec.surface;
      m.type = spec.type;
      m.entity = spec.canonical.empty() ? spec.surface : spec.canonical;
      a.analysis.entities.push_back(m);
    }
  }
  a.analysis.quotes = FindCurlyQuotes(t);
  for (const auto& spec : dates) {
    for (size_t p = t.find(spec.surface); p != std::string_view::npos;
         p = t.find(spec.surface, p + 1)) {
      DateMention d;
      d.begin = static_cast<uint32_t>(p);
      d.end = static_cast<uint32_t>(p + spec.surface.size());
      d.text = spec.surface;
      d.type = DateType::kDate;
      d.value = spec.value;
      a.analysis.dates.push_back(d);
    }
  }
  return a;
}

// Text only, no analysis at all (what `compare` gets for two bare sentences).
inline AnalysedArticle PlainText(std::string id, std::string text) {
  AnalysedArticle a;
  a.article.id = std::move(id);
  a.article.text = std::move(text);
  return a;
}

}  // namespace storyline::link::testing
