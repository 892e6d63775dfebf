#include "link/tokens.h"

#include <iterator>
#include <unordered_set>

#include "base/text.h"

namespace storyline::link {
namespace {

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Non-ASCII code points that are letters for our purposes. Everything in the punctuation,
// symbol, space and emoji blocks separates words; combining marks stay inside words.
bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) return IsAsciiAlnum(c);
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // general punctuation .. misc symbols
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;  // fullwidth punctuation
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c == 0xFFFD || c == 0xFEFF) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;  // emoji, pictographs
  return true;
}

// Simple lowercase for the scripts news text mostly uses; other code points are unchanged.
char32_t ToLower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE && c != 0xD7) return c + 0x20;
  if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) {
    return (c % 2 == 0) ? c + 1 : c;
  }
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;                // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

constexpr std::string_view kStopWords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "another", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
    "don't", "down", "during", "each", "either", "even", "ever", "every", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "last", "later", "least", "less", "like", "many", "may", "me", "might", "more",
    "most", "much", "must", "my", "myself", "near", "neither", "new", "no", "nor", "not", "now",
    "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
    "per", "same", "several", "she", "should", "since", "so", "some", "still", "such", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
    "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "us",
    "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
    // reporting verbs and fillers that say nothing about the event
    "said", "says", "say", "told", "tell", "according", "added", "stated", "reported",
    "statement", "noted", "including", "among", "year", "years", "week", "day", "days", "time",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mr", "mrs", "ms", "two", "three", "first", "second", "well", "made"};

}  // namespace

std::vector<std::string> Tokenise(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  char32_t prev = 0;     // previous code point appended to cur (0 at word start)
  bool pending_joiner = false;  // an apostrophe / digit separator waiting for its right side
  char32_t joiner = 0;
  size_t i = 0;
  const auto flush = [&] {
    if (cur.size() >= 2 && cur.compare(cur.size() - 2, 2, "'s") == 0) cur.resize(cur.size() - 2);
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
    prev = 0;
    pending_joiner = false;
  };
  while (i < text.size()) {
    const char32_t c = base::NextCodePoint(text, i);
    if (IsWordCodePoint(c)) {
      if (pending_joiner) {
        // Join only letter'letter and digit[,.]digit; otherwise the joiner was a separator.
        const bool digits = IsDigit(prev) && IsDigit(c) && (joiner == ',' || joiner == '.');
        const bool apostrophe = IsApostrophe(joiner) && !IsDigit(prev) && !IsDigit(c);
        if (apostrophe) {
          cur.push_back('\'');
        } else if (digits) {
          if (joiner == '.') cur.push_back('.');
        } else {
          flush();
        }
        pending_joiner = false;
      }
      base::AppendUtf8(cur, ToLower(c));
      prev = c;
      continue;
    }
    if (!cur.empty() && !pending_joiner &&
        (IsApostrophe(c) || ((c == ',' || c == '.') && IsDigit(prev)))) {
      pending_joiner = true;
      joiner = c;
      continue;
    }
    if (!cur.empty()) flush();
  }
  if (!cur.empty()) flush();
  return out;
}

bool IsStopWord(std::string_view word) {
  static const std::unordered_set<std::string_view> kSet(std::begin(kStopWords),
                                                       std::end(kStopWords));
  return kSet.count(word) != 0;
}

bool IsNumberToken(std::string_view word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

bool IsContentWord(std::string_view word) {
  return word.size() >= 2 && !IsNumberToken(word) && !IsStopWord(word);
}

}  // namespace storyline::link
