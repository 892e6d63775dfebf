#include "analyse/analyse.h"

#include <string_view>

#include "analyse/ner/ner.h"
#include "analyse/text/tokenize.h"
#include "base/text.h"

namespace storyline::analyse {
namespace {

// "en" when the text reads as English: enough of its words are very common English function
// words. A stand-in until extract's language identification fills Article::language.
std::string GuessLanguage(std::string_view text) {
  static constexpr std::string_view kCommon[] = {"the", "and", "of", "to", "in", "is", "that",
                                                 "for", "on", "with", "was", "a", "he", "it"};
  size_t words = 0, common = 0;
  size_t i = 0;
  const size_t limit = std::min<size_t>(text.size(), 20000);
  while (i < limit) {
    while (i < limit && !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
                          static_cast<unsigned char>(text[i]) >= 0x80)) {
      ++i;
    }
    size_t b = i;
    while (i < limit && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
                         static_cast<unsigned char>(text[i]) >= 0x80)) {
      ++i;
    }
    if (i == b) break;
    ++words;
    std::string w = base::AsciiLower(text.substr(b, i - b));
    for (std::string_view c : kCommon) {
      if (w == c) {
        ++common;
        break;
      }
    }
  }
  return words >= 5 && common * 100 >= words * 15 ? "en" : "";
}

}  // namespace

Analysis Analyse(const Article& article) { return Analyse(article, AnalyseOptions{}); }

Analysis Analyse(const Article& article, const AnalyseOptions& options) {
  Analysis a;
  std::string_view text = article.text;
  a.language = !article.language.empty() ? article.language : GuessLanguage(text);
  a.sentences = SplitSentences(text);
  a.entities = options.ner_tagger
                   ? ner::FindEntitiesWithTagger(*options.ner_tagger, text, a.sentences)
                   : FindEntities(text, a.sentences);
  a.quotes = FindQuotes(text, a.sentences, a.entities);
  a.dates = FindDates(text, article.published);
  return a;
}

}  // namespace storyline::analyse
