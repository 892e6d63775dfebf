#include "extract/dates.h"

#include <cctype>
#include <cstdio>
#include <optional>
#include <vector>

#include "base/civil_date.h"
#include "base/text.h"

namespace storyline::extract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool ValidDate(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= base::DaysInMonth(y, m);
}

std::string FormatDate(int y, int m, int d) { return base::FormatIsoDate({y, m, d}); }

// Reads between min_n and max_n digits at s[i]; advances i.
bool ReadNumber(std::string_view s, size_t& i, size_t min_n, size_t max_n, int* v) {
  size_t j = i;
  int value = 0;
  while (j < s.size() && j - i < max_n && IsDigit(s[j])) value = value * 10 + (s[j++] - '0');
  if (j - i < min_n) return false;
  i = j;
  *v = value;
  return true;
}

struct FoundDate {
  int y = 0, m = 0, d = 0;
  size_t end = 0;  // byte just past the date in the searched text
};

struct Token {
  size_t begin, end;
};

bool IsTokenByte(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    return false;  // no-break space
  }
  if (c == 0xA0 && i > 0 && static_cast<unsigned char>(s[i - 1]) == 0xC2) return false;
  return std::isalnum(c) || c >= 0x80;
}

// 1..12 for a month name or abbreviation in English, German, French or Spanish; else 0.
int MonthNumber(std::string_view token) {
  if (token.size() < 3 || token.size() > 12) return 0;
  const std::string t = base::AsciiLower(token);
  static constexpr struct {
    const char* name;
    int month;
  } kMonths[] = {
      {"january", 1},    {"jan", 1},        {"januar", 1},     {"jänner", 1},    {"janvier", 1},
      {"enero", 1},      {"february", 2},   {"feb", 2},        {"februar", 2},   {"février", 2},
      {"fevrier", 2},    {"févr", 2},       {"febrero", 2},    {"march", 3},     {"mar", 3},
      {"märz", 3},       {"mars", 3},       {"marzo", 3},      {"april", 4},     {"apr", 4},
      {"avril", 4},      {"avr", 4},        {"abril", 4},      {"may", 5},       {"mai", 5},
      {"mayo", 5},       {"june", 6},       {"jun", 6},        {"juni", 6},      {"juin", 6},
      {"junio", 6},      {"july", 7},       {"jul", 7},        {"juli", 7},      {"juillet", 7},
      {"juil", 7},       {"julio", 7},      {"august", 8},     {"aug", 8},       {"août", 8},
      {"aout", 8},       {"agosto", 8},     {"september", 9},  {"sep", 9},       {"sept", 9},
      {"septembre", 9},  {"septiembre", 9}, {"setiembre", 9},  {"october", 10},  {"oct", 10},
      {"oktober", 10},   {"okt", 10},       {"octobre", 10},   {"octubre", 10},  {"november", 11},
      {"nov", 11},       {"novembre", 11},  {"noviembre", 11}, {"december", 12}, {"dec", 12},
      {"dezember", 12},  {"dez", 12},       {"décembre", 12},  {"decembre", 12}, {"déc", 12},
      {"diciembre", 12}, {"dic", 12},
  };
  for (const auto& m : kMonths) {
    if (t == m.name) return m.month;
  }
  return 0;
}

// "30", "1st", "22nd", "3rd", "30th", "1er" -> day number; else 0.
int DayNumber(std::string_view t) {
  size_t i = 0;
  int v = 0;
  if (!ReadNumber(t, i, 1, 2, &v)) return 0;
  const std::string rest = base::AsciiLower(t.substr(i));
  if (!(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th" ||
        rest == "er")) {
    return 0;
  }
  return v >= 1 && v <= 31 ? v : 0;
}

int YearNumber(std::string_view t) {
  if (t.size() != 4) return 0;
  size_t i = 0;
  int v = 0;
  if (!ReadNumber(t, i, 4, 4, &v) || i != 4) return 0;
  return v;
}

std::optional<FoundDate> FindDate(std::string_view text) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < text.size();) {
    if (!IsTokenByte(text, i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsTokenByte(text, j)) ++j;
    tokens.push_back({i, j});
    i = j;
  }
  const auto tok = [&](size_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  // The separator between token k and k+1 is short punctuation/space ("30, 2024", "Sept. 30").
  const auto soft_gap = [&](size_t k) {
    const std::string_view g = text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
    if (g.empty() || g.size() > 4) return false;
    for (size_t i = 0; i < g.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(g[i]);
      if (c == ' ' || c == ',' || c == '.' || c == '\t') continue;
      if (c == 0xC2 && i + 1 < g.size() && static_cast<unsigned char>(g[i + 1]) == 0xA0) {
        ++i;
        continue;
      }
      return false;
    }
    return true;
  };
  const auto gap_is = [&](size_t k, std::string_view want) {
    return text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end) == want;
  };
  const size_t n = tokens.size();
  for (size_t k = 0; k < n; ++k) {
    // ISO inside text: 2024-09-30.
    if (k + 2 < n && gap_is(k, "-") && gap_is(k + 1, "-")) {
      const int y = YearNumber(tok(k));
      const std::string_view ms = tok(k + 1), ds = tok(k + 2);
      if (y != 0 && ms.size() == 2 && ds.size() == 2 && IsDigit(ms[0]) && IsDigit(ms[1]) &&
          IsDigit(ds[0]) && IsDigit(ds[1])) {
        const int m = (ms[0] - '0') * 10 + (ms[1] - '0');
        const int d = (ds[0] - '0') * 10 + (ds[1] - '0');
        if (ValidDate(y, m, d)) return FoundDate{y, m, d, tokens[k + 2].end};
      }
    }
    // Month day, year: "September 30, 2024".
    if (const int m = MonthNumber(tok(k)); m != 0 && k + 2 < n && soft_gap(k) && soft_gap(k + 1)) {
      const int d = DayNumber(tok(k + 1));
      const int y = YearNumber(tok(k + 2));
      if (d != 0 && ValidDate(y, m, d)) return FoundDate{y, m, d, tokens[k + 2].end};
    }
    // Day month year: "30 Sep 2024", "30. September 2024".
    if (const int d = DayNumber(tok(k)); d != 0) {
      if (k + 2 < n && soft_gap(k) && soft_gap(k + 1)) {
        const int m = MonthNumber(tok(k + 1));
        const int y = YearNumber(tok(k + 2));
        if (m != 0 && ValidDate(y, m, d)) return FoundDate{y, m, d, tokens[k + 2].end};
      }
      // "30 de septiembre de 2024".
      if (k + 4 < n && base::EqualsIgnoreCase(tok(k + 1), "de") &&
          base::EqualsIgnoreCase(tok(k + 3), "de") && gap_is(k, " ") && gap_is(k + 1, " ") &&
          gap_is(k + 2, " ") && gap_is(k + 3, " ")) {
        const int m = MonthNumber(tok(k + 2));
        const int y = YearNumber(tok(k + 4));
        if (m != 0 && ValidDate(y, m, d)) return FoundDate{y, m, d, tokens[k + 4].end};
      }
    }
  }
  return std::nullopt;
}

// Parses "[T| ]HH:MM[:SS[.fff]][ ][Z|+HH[:]MM|GMT|UTC]" at s[i]. Returns "" when there is no
// valid time, or when require_zone and no zone is given; else "HH:MM:SS" + zone.
std::string ParseTime(std::string_view s, size_t i, bool require_zone) {
  if (i < s.size() && (s[i] == 'T' || s[i] == 't')) {
    ++i;
  } else {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    if (s.substr(i, 3) == "at ") i += 3;
  }
  int hh = 0, mm = 0, ss = 0;
  if (!ReadNumber(s, i, 1, 2, &hh) || i >= s.size() || s[i] != ':') return {};
  ++i;
  if (!ReadNumber(s, i, 2, 2, &mm)) return {};
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!ReadNumber(s, i, 2, 2, &ss)) return {};
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && IsDigit(s[i])) ++i;
    }
  }
  if (hh > 23 || mm > 59 || ss > 60) return {};
  if (ss == 60) ss = 59;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string zone;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    zone = "Z";
  } else {
    if (s.substr(i, 3) == "GMT" || s.substr(i, 3) == "UTC") {
      zone = "Z";
      i += 3;
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      const char sign = s[i++];
      int oh = 0, om = 0;
      if (ReadNumber(s, i, 2, 2, &oh)) {
        if (i < s.size() && s[i] == ':') ++i;
        size_t save = i;
        if (!ReadNumber(s, i, 2, 2, &om)) i = save;
        if (oh <= 14 && om <= 59) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, oh, om);
          zone = buf;
        }
      }
    }
  }
  if (require_zone && zone.empty()) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hh, mm, ss);
  return std::string(buf) + zone;
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  s = base::Trim(s);
  if (s.size() > 200) s = s.substr(0, 200);
  if (s.empty()) return {};
  size_t i = 0;
  int a = 0, b = 0, c = 0;
  // Numeric, year first: 2024-09-30, 2024/09/30, 2024.09.30.
  if (ReadNumber(s, i, 4, 4, &a) && i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    const char sep = s[i++];
    if (ReadNumber(s, i, 1, 2, &b) && i < s.size() && s[i] == sep) {
      ++i;
      if (ReadNumber(s, i, 1, 2, &c) && (i == s.size() || !IsDigit(s[i])) && ValidDate(a, b, c)) {
        std::string out = FormatDate(a, b, c);
        const std::string time = ParseTime(s, i, /*require_zone=*/false);
        if (!time.empty()) out += "T" + time;
        return out;
      }
    }
    return {};
  }
  // Numeric, day first with dots (European): 30.09.2024.
  i = 0;
  if (ReadNumber(s, i, 1, 2, &a) && i < s.size() && s[i] == '.') {
    ++i;
    if (ReadNumber(s, i, 1, 2, &b) && i < s.size() && s[i] == '.') {
      ++i;
      if (ReadNumber(s, i, 4, 4, &c) && (i == s.size() || !IsDigit(s[i])) && ValidDate(c, b, a)) {
        return FormatDate(c, b, a);
      }
    }
  }
  // Written dates; a time is kept only when it names its zone (RFC 2822 style).
  if (auto found = FindDate(s)) {
    std::string out = FormatDate(found->y, found->m, found->d);
    const std::string time = ParseTime(s, found->end, /*require_zone=*/true);
    if (!time.empty()) out += "T" + time;
    return out;
  }
  return {};
}

bool IsMonthName(std::string_view word) { return MonthNumber(word) != 0; }

std::string FindDateInText(std::string_view text) {
  if (auto found = FindDate(text)) return FormatDate(found->y, found->m, found->d);
  return {};
}

std::string DateFromUrl(std::string_view url) {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
  if (start == std::string_view::npos) return {};
  const std::string_view path = url.substr(start);
  for (size_t i = 0; i + 8 <= path.size(); ++i) {
    if (!IsDigit(path[i]) || (i > 0 && IsDigit(path[i - 1]))) continue;
    size_t j = i;
    int y = 0, m = 0, d = 0;
    if (!ReadNumber(path, j, 4, 4, &y) || y < 1990 || y > 2100) continue;
    if (j < path.size() && (path[j] == '/' || path[j] == '-' || path[j] == '_')) {
      const char sep = path[j++];
      if (ReadNumber(path, j, 2, 2, &m) && j < path.size() && path[j] == sep) {
        ++j;
        if (ReadNumber(path, j, 2, 2, &d) && (j == path.size() || !IsDigit(path[j])) &&
            ValidDate(y, m, d)) {
          return FormatDate(y, m, d);
        }
      }
      continue;
    }
    // Compact /20240930/.
    if (ReadNumber(path, j, 2, 2, &m) && ReadNumber(path, j, 2, 2, &d) &&
        (j == path.size() || !IsDigit(path[j])) && ValidDate(y, m, d)) {
      return FormatDate(y, m, d);
    }
  }
  return {};
}

}  // namespace storyline::extract
