#include "analyse/text/tokenize.h"

#include <unicode/uchar.h>

#include <string_view>

#include "base/text.h"

namespace storyline::analyse::internal {
namespace {

// Title abbreviations whose period belongs to the word when a name follows ("Gen. Smith").
bool IsTitleAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbr[] = {
      "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof",
      "St", "Adm", "Maj", "Rev", "Cpl", "Pvt", "Brig", "Cmdr", "Pres", "Supt", "Insp", "Fr", "Jr",
      "Sr", "Messrs", "Mx"};
  for (std::string_view a : kAbbr) {
    if (w == a) return true;
  }
  return false;
}

bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
bool IsAlnum(char32_t c) { return IsLetter(c) || IsDigit(c); }

}  // namespace

bool IsLetter(char32_t c) { return c != 0xFFFD && u_isalpha(static_cast<UChar32>(c)); }
bool IsUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool IsLower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

char32_t PeekCodePoint(std::string_view text, size_t i, size_t* len) {
  if (i >= text.size()) {
    *len = 0;
    return 0;
  }
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  size_t j = i;
  char32_t c = base::NextCodePoint(text, j);
  *len = j > i ? j - i : 1;
  return c;
}

char32_t PrevCodePoint(std::string_view text, size_t i, size_t* len) {
  if (i == 0 || i > text.size()) {
    *len = 0;
    return 0;
  }
  size_t start = i - 1;
  int steps = 0;
  while (start > 0 && steps < 3 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
    ++steps;
  }
  size_t l = 0;
  char32_t c = PeekCodePoint(text, start, &l);
  if (start + l == i) {
    *len = l;
    return c;
  }
  *len = 1;
  return 0xFFFD;
}

bool IsClosingMark(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == U'\u201D' || c == U'\u2019' ||
         c == U'\u00BB' || c == U'\u203A';
}

bool IsOpeningMark(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == U'\u201C' || c == U'\u2018' ||
         c == U'\u00AB' || c == U'\u2039';
}

std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  if (end > text.size()) end = text.size();
  if (begin > end) begin = end;
  size_t i = begin;
  bool space = false, newline = false;
  while (i < end) {
    size_t len = 0;
    char32_t c = PeekCodePoint(text, i, &len);
    if (i + len > end) len = end - i;
    if (IsSpace(c)) {
      space = true;
      if (c == '\n' || c == '\r') newline = true;
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space || out.empty();
    t.newline_before = newline;
    space = newline = false;
    if (!IsAlnum(c)) {
      t.kind = TokenKind::kPunct;
      i += len;
      t.end = static_cast<uint32_t>(i);
      out.push_back(t);
      continue;
    }
    t.kind = IsDigit(c) ? TokenKind::kNumber : TokenKind::kWord;
    t.upper_initial = IsUpper(c);
    // Dotted abbreviation: L.L.(L.)* -> one token including the final period.
    if (IsLetter(c) && i + len < end && text[i + len] == '.') {
      size_t j = i;
      int letters = 0;
      while (j < end) {
        size_t l1 = 0;
        char32_t a = PeekCodePoint(text, j, &l1);
        if (!IsLetter(a) || j + l1 >= end || text[j + l1] != '.') break;
        j += l1 + 1;
        ++letters;
      }
      if (letters >= 2) {
        bool caps = true;
        for (size_t k = i; k < j; ++k) {
          unsigned char b = static_cast<unsigned char>(text[k]);
          if (b >= 'a' && b <= 'z') caps = false;
        }
        t.all_caps = caps;
        t.end = static_cast<uint32_t>(j);
        i = j;
        out.push_back(t);
        continue;
      }
    }
    int letters = 0, uppers = 0;
    while (i < end) {
      size_t l = 0;
      char32_t a = PeekCodePoint(text, i, &l);
      if (i + l > end) break;
      if (IsAlnum(a)) {
        if (IsLetter(a)) {
          ++letters;
          if (IsUpper(a)) ++uppers;
        }
        i += l;
        continue;
      }
      // Joiners kept inside a word only when an alphanumeric follows.
      size_t l2 = 0;
      char32_t nxt = i + l < end ? PeekCodePoint(text, i + l, &l2) : 0;
      if (!IsAlnum(nxt) || i + l + l2 > end) break;
      if (IsApostrophe(a)) {
        // Possessive "’s" is split off so spans exclude it.
        size_t l3 = 0;
        char32_t after = i + l + l2 < end ? PeekCodePoint(text, i + l + l2, &l3) : 0;
        if ((nxt == 's' || nxt == 'S') && !IsAlnum(after)) break;
        i += l;
        continue;
      }
      if (a == '-' || a == U'\u2011') {
        i += l;
        continue;
      }
      if ((a == '.' || a == ',') && t.kind == TokenKind::kNumber && IsDigit(nxt)) {
        i += l;
        continue;
      }
      break;
    }
    // A code point cut by `end` stops the loop before it consumed anything; take the clamped
    // bytes so that every token is non-empty and the scan always advances.
    if (i == t.begin) i += len;
    t.end = static_cast<uint32_t>(i);
    t.all_caps = letters >= 2 && uppers == letters;
    // Keep the period of "Mr." / an initial "F." when a capitalised word follows on the line.
    if (t.kind == TokenKind::kWord && i < end && text[i] == '.') {
      std::string_view w = text.substr(t.begin, t.end - t.begin);
      bool initial = letters == 1 && uppers == 1;
      if (initial || IsTitleAbbreviation(w)) {
        size_t j = i + 1;
        while (j < end && (text[j] == ' ' || text[j] == '\t')) ++j;
        size_t l = 0;
        char32_t nxt = j < end ? PeekCodePoint(text, j, &l) : 0;
        if (j > i + 1 && IsUpper(nxt)) {
          ++i;
          t.end = static_cast<uint32_t>(i);
        }
      }
    }
    out.push_back(t);
  }
  return out;
}

bool IsWrappedText(std::string_view text) {
  // Walk the lines; for each line followed directly (single newline) by another non-empty line,
  // note whether it ends a sentence and whether the next line continues in lowercase.
  size_t joined = 0, continued_lower = 0;
  size_t i = 0;
  std::string_view prev;
  bool prev_valid = false;
  while (i <= text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = base::Trim(text.substr(i, nl - i));
    if (line.empty()) {
      prev_valid = false;
    } else {
      if (prev_valid) {
        ++joined;
        size_t l = 0;
        char32_t last = PrevCodePoint(prev, prev.size(), &l);
        bool terminal = last == '.' || last == '!' || last == '?' || last == ':' ||
                        IsClosingMark(last) || last == U'\u2026';
        char32_t first = PeekCodePoint(line, 0, &l);
        if (!terminal && IsLower(first)) ++continued_lower;
      }
      prev = line;
      prev_valid = true;
    }
    if (nl >= text.size()) break;
    i = nl + 1;
  }
  return joined >= 3 && continued_lower * 10 >= joined * 3;
}

}  // namespace storyline::analyse::internal
