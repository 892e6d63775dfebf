// Sentence splitting: a single linear scan over the bytes.
#include <string_view>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/text/tokenize.h"
#include "base/text.h"

namespace storyline::analyse {
namespace {

using internal::IsClosingMark;
using internal::IsDigit;
using internal::IsLetter;
using internal::IsOpeningMark;
using internal::IsSpace;
using internal::IsUpper;
using internal::PeekCodePoint;
using internal::PrevCodePoint;

// Words whose period does not end a sentence (compared without the final period).
bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbr[] = {
      "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "St",
      "Jr", "Sr", "Prof", "Inc", "Corp", "Ltd", "Co", "vs", "etc", "Jan", "Feb", "Aug", "Sept",
      "Sep", "Oct", "Nov", "Dec", "No", "Nos", "Adm", "Maj", "Rev", "Brig", "Cmdr", "Mt", "Ft",
      "Ave", "approx", "Dept", "Univ", "Messrs", "Fig", "Vol", "ca", "cf", "Jun", "Jul", "Apr",
      "Mar", "Gens", "Reps", "Sens", "Govs"};
  for (std::string_view a : kAbbr) {
    if (w == a) return true;
  }
  return false;
}

bool IsTerminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == U'\u2026'; }

// Could text[i] start a new sentence? Uppercase letter, digit or an opening mark.
bool StartsSentence(std::string_view text, size_t i) {
  size_t len = 0;
  char32_t c = PeekCodePoint(text, i, &len);
  return IsUpper(c) || IsDigit(c) || IsOpeningMark(c) || c == U'\u2014' || c == '-';
}

// For a period at text[dot]: true when the word before it is an abbreviation, an initial or a
// dotted acronym ("U.S."), so the period alone does not end the sentence.
bool PeriodIsAbbreviation(std::string_view text, size_t dot, size_t floor) {
  size_t b = dot;
  bool inner_dot = false;
  int letters = 0, uppers = 0;
  while (b > floor) {
    size_t len = 0;
    char32_t c = PrevCodePoint(text, b, &len);
    if (IsLetter(c)) {
      ++letters;
      if (IsUpper(c)) ++uppers;
    } else if (c == '.') {
      inner_dot = true;
    } else {
      break;
    }
    b -= len;
  }
  if (letters == 0) return false;
  std::string_view word = text.substr(b, dot - b);
  if (inner_dot) return true;                   // "U.S." "a.m." "e.g."
  if (letters == 1 && uppers == 1) return true;  // initial: "John F. Kennedy"
  return IsAbbreviation(word);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  if (text.size() >= UINT32_MAX) return out;
  const bool wrapped = internal::IsWrappedText(text);
  const size_t n = text.size();
  size_t start = 0;
  auto emit = [&](size_t end) {
    if (end > n) end = n;
    if (end <= start) {
      start = end;
      return;
    }
    std::string_view piece = text.substr(start, end - start);
    std::string_view trimmed = base::Trim(piece);
    if (!trimmed.empty()) {
      uint32_t b = static_cast<uint32_t>(start + (trimmed.data() - piece.data()));
      out.push_back({b, static_cast<uint32_t>(b + trimmed.size())});
    }
    start = end;
  };

  size_t i = 0;
  while (i < n) {
    char c = text[i];
    if (c == '\n') {
      // A blank line always ends a sentence; a single line break does unless lines are hard
      // wraps (then it ends one only after terminal punctuation, handled below).
      size_t j = i + 1;
      while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      bool paragraph = j < n && text[j] == '\n';
      if (paragraph || !wrapped) {
        emit(i);
      } else {
        size_t k = i;
        while (k > start && IsSpace(static_cast<unsigned char>(text[k - 1]))) --k;
        size_t len = 0;
        char32_t last = PrevCodePoint(text, k, &len);
        if (IsTerminal(last) || IsClosingMark(last) || last == ':') emit(i);
      }
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = PeekCodePoint(text, i, &len);
    if (!IsTerminal(cp)) {
      i += len;
      continue;
    }
    // Run of terminals and closing marks: "?!", ".”", ".)".
    size_t k = i + len;
    while (k < n) {
      size_t l = 0;
      char32_t d = PeekCodePoint(text, k, &l);
      if (!IsTerminal(d) && !IsClosingMark(d)) break;
      k += l;
    }
    if (k >= n) {
      emit(n);
      break;
    }
    size_t l = 0;
    if (!IsSpace(PeekCodePoint(text, k, &l))) {  // "3.5", "U.S.-led", "www.example.com"
      i = k;
      continue;
    }
    size_t j = k;
    bool newline = false;
    while (j < n) {
      char32_t d = PeekCodePoint(text, j, &l);
      if (!IsSpace(d)) break;
      if (d == '\n') newline = true;
      j += l;
    }
    if (newline) {  // the newline handler splits (terminal before it)
      i = k;
      continue;
    }
    if (j >= n) {
      emit(n);
      break;
    }
    bool boundary = StartsSentence(text, j);
    if (boundary && cp == '.' && k == i + 1 && PeriodIsAbbreviation(text, i, start)) {
      boundary = false;
    }
    if (boundary) emit(k);
    i = k;
  }
  emit(n);
  return out;
}

}  // namespace storyline::analyse
