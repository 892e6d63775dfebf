#include "extract/language.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include "base/text.h"

namespace storyline::extract {
namespace {

constexpr size_t kGuessBytes = 20000;
constexpr int kMinHits = 4;

// Frequent function words that are (mostly) unique to one language; words shared between
// the four (French/Spanish "la", "de", "en", "que") are left out so they do not blur the vote.
const std::array<std::initializer_list<std::string_view>, 4> kStopWords = {{
    {"the",   "and",  "of",    "to",   "is",    "that", "for",   "was",  "with",
     "on",    "said", "it",    "he",   "as",    "at",   "by",    "from", "his",
     "have",  "are",  "be",    "this", "has",   "were", "not",   "but",  "they",
     "which", "will", "their", "been", "after", "who",  "would", "its"},
    {"der", "die",  "und", "das", "ist", "nicht", "ein",   "eine",   "zu",   "den",   "von",
     "mit", "sich", "des", "auf", "für", "im",    "dem",   "auch",   "wird", "wurde", "nach",
     "bei", "aus",  "sie", "er",  "hat", "sind",  "einen", "werden", "noch", "wie",   "über"},
    {"le",   "les", "et",   "des",   "est",  "une", "du",   "qui",   "dans",  "pour",
     "pas",  "sur", "au",   "avec",  "ce",   "il",  "sont", "été",   "aux",   "ses",
     "mais", "ont", "leur", "cette", "elle", "ou",  "nous", "selon", "était", "fait"},
    {"el",   "los",     "las",   "y",     "es",  "por", "con",   "para", "del", "se",
     "al",   "lo",      "como",  "más",   "su",  "fue", "ha",    "pero", "sus", "este",
     "esta", "también", "entre", "sobre", "muy", "han", "según", "años", "ya",  "desde"},
}};
const std::array<std::string_view, 4> kCodes = {"en", "de", "fr", "es"};

}  // namespace

std::string LanguageFromTag(std::string_view tag) {
  tag = base::Trim(tag);
  size_t n = 0;
  while (n < tag.size() && std::isalpha(static_cast<unsigned char>(tag[n]))) ++n;
  if (n < 2 || n > 3) return {};
  if (n < tag.size() && tag[n] != '-' && tag[n] != '_') return {};
  std::string code = base::AsciiLower(tag.substr(0, n));
  if (code == "und" || code == "mul" || code == "zxx" || code == "mis") return {};
  return code;
}

std::string GuessLanguage(std::string_view text) {
  text = text.substr(0, kGuessBytes);
  std::array<int, 4> hits{};
  std::string word;
  const auto count = [&] {
    if (word.empty() || word.size() > 12) return;
    const std::string lower = base::AsciiLower(word);
    for (size_t l = 0; l < kStopWords.size(); ++l) {
      for (std::string_view w : kStopWords[l]) {
        if (lower == w) {
          ++hits[l];
          break;
        }
      }
    }
  };
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalpha(c) || c >= 0x80) {
      word += static_cast<char>(c);
    } else {
      count();
      word.clear();
    }
  }
  size_t best = 0;
  for (size_t l = 1; l < hits.size(); ++l) {
    if (hits[l] > hits[best]) best = l;
  }
  int second = 0;
  for (size_t l = 0; l < hits.size(); ++l) {
    if (l != best) second = std::max(second, hits[l]);
  }
  // A clear winner: enough evidence and at least twice the runner-up.
  if (hits[best] < kMinHits || hits[best] < 2 * second) return {};
  return std::string(kCodes[best]);
}

}  // namespace storyline::extract
