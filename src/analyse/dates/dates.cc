// Temporal expressions: a token scanner that tries a fixed set of patterns at each token and
// keeps the longest match. Relative expressions are resolved against the publication date.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/entities/lexicon.h"
#include "analyse/text/tokenize.h"
#include "base/civil_date.h"
#include "base/text.h"

namespace storyline::analyse {
namespace {

using base::CivilDate;
using internal::Token;
using internal::TokenKind;

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
constexpr std::string_view kMonthAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

std::string Fmt(const char* f, int a, int b = 0) {
  char buf[48];
  std::snprintf(buf, sizeof buf, f, a, b);
  return buf;
}

std::string YearMonth(int y, int m) { return Fmt("%04d-%02d", y, m); }

// ISO 8601 week of a day number: "2024-W50".
std::string IsoWeek(int64_t days) {
  int64_t thursday = days - base::Weekday(days) + 3;
  int year = base::CivilFromDays(thursday).year;
  int64_t week = (thursday - base::DaysFromCivil({year, 1, 1})) / 7 + 1;
  return Fmt("%04d-W%02d", year, static_cast<int>(week));
}

int NumberWord(std::string_view w) {
  static constexpr std::string_view kSmall[] = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty"};
  for (int i = 0; i < 21; ++i) {
    if (w == kSmall[i]) return i;
  }
  static constexpr std::pair<std::string_view, int> kTens[] = {
      {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
      {"eighty", 80}, {"ninety", 90}, {"hundred", 100}};
  for (const auto& [word, v] : kTens) {
    if (w == word) return v;
  }
  return -1;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Digits only, at most 9 of them: the value, else -1.
int Digits(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Y M W D H N(minute) S C(decade)
std::optional<char> UnitCode(std::string_view w) {
  static constexpr std::pair<std::string_view, char> kUnits[] = {
      {"year", 'Y'},   {"years", 'Y'},   {"month", 'M'},   {"months", 'M'},
      {"week", 'W'},   {"weeks", 'W'},   {"day", 'D'},     {"days", 'D'},
      {"hour", 'H'},   {"hours", 'H'},   {"minute", 'N'},  {"minutes", 'N'},
      {"second", 'S'}, {"seconds", 'S'}, {"decade", 'C'},  {"decades", 'C'}};
  for (const auto& [word, code] : kUnits) {
    if (w == word) return code;
  }
  return std::nullopt;
}

std::string DurationValue(int n, char unit) {
  switch (unit) {
    case 'Y': return Fmt("P%dY", n);
    case 'M': return Fmt("P%dM", n);
    case 'W': return Fmt("P%dW", n);
    case 'D': return Fmt("P%dD", n);
    case 'H': return Fmt("PT%dH", n);
    case 'N': return Fmt("PT%dM", n);
    case 'S': return Fmt("PT%dS", n);
    case 'C': return Fmt("P%dY", n * 10);
  }
  return {};
}

class DateFinder {
 public:
  DateFinder(std::string_view text, std::string_view published)
      : text_(text), tokens_(internal::Tokenize(text)) {
    if (auto d = base::ParseIsoDate(published)) pub_ = base::DaysFromCivil(*d);
    lower_.reserve(tokens_.size());
    for (const Token& t : tokens_) {
      lower_.push_back(t.kind == TokenKind::kPunct ? std::string(t.Text(text_))
                                                   : base::AsciiLower(t.Text(text_)));
    }
  }

  std::vector<DateMention> Run() {
    size_t i = 0;
    while (i < tokens_.size()) {
      size_t before = out_.size();
      size_t next = Match(i);
      if (next > i && out_.size() == before + 1) next = JoinTimeAndDay(i, next);
      if (next > i && out_.size() > before) {
        i = next;
      } else {
        ++i;
      }
    }
    AnchorTimes();
    return std::move(out_);
  }

 private:
  // A clock time just matched (the last mention) directly followed by a day ("10 p.m.
  // Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6"): one TIME on that day. Returns the token
  // after what was consumed.
  size_t JoinTimeAndDay(size_t time_begin, size_t next) {
    DateMention& t = out_.back();
    if (t.type != DateType::kTime || t.value.empty() || t.value[0] != 'T') return next;
    size_t k = next;
    static constexpr std::string_view kZones[] = {"est", "edt", "cst", "cdt", "mst", "mdt",
                                                  "pst", "pdt", "gmt", "utc", "bst", "cet"};
    bool zone = false;
    for (std::string_view z : kZones) zone = zone || (Next(k) && L(k) == z);
    if (zone) ++k;
    if (Touch(k) && L(k) == ",") ++k;
    if (!Next(k) || !IsWord(k) || tokens_[k].kind == TokenKind::kPunct) return next;
    const std::string& w = L(k);
    bool dayish = Weekday(k) >= 0 || w == "today" || w == "yesterday" || w == "tomorrow" ||
                  (tokens_[k].upper_initial && [&] { size_t me; return Month(k, &me) > 0; }());
    if (!dayish) return next;
    size_t before = out_.size();
    // The day's direction is read from the words before the time ("until 9 a.m. Tuesday").
    join_begin_ = time_begin;
    size_t e = Match(k);
    join_begin_ = kNoToken;
    if (e <= k || out_.size() != before + 1) {
      out_.resize(before);
      return next;
    }
    DateMention d = out_.back();
    out_.pop_back();
    DateMention& time = out_.back();
    if (d.type != DateType::kDate || (d.value.size() != 10 && !d.value.empty())) {
      out_.push_back(std::move(d));  // keep both as they were
      return e;
    }
    time.value = d.value.empty() ? std::string() : d.value + time.value;
    time.end = d.end;
    time.text = std::string(text_.substr(time.begin, time.end - time.begin));
    return e;
  }

  // ---- token helpers ----
  const std::string& L(size_t i) const {
    static const std::string kEmpty;
    return i < lower_.size() ? lower_[i] : kEmpty;
  }
  bool IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind != TokenKind::kPunct; }
  // Token i continues the expression on the same line (space-separated).
  bool Next(size_t i) const { return i < tokens_.size() && !tokens_[i].newline_before; }
  bool Touch(size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }

  int Month(size_t i, size_t* end) const {  // "December", "Dec", "Dec.", "Sept."
    if (!IsWord(i) || !tokens_[i].upper_initial) return 0;
    const std::string& w = L(i);
    for (int m = 0; m < 12; ++m) {
      bool abbr = w == kMonthAbbr[m] || (m == 8 && w == "sept");
      if (w == kMonths[m] || abbr) {
        *end = i + 1;
        if (abbr && Touch(i + 1) && L(i + 1) == ".") *end = i + 2;
        if (abbr && m != 4 && *end == i + 1 && w.size() == 3 && tokens_[i].all_caps) return 0;
        return m + 1;
      }
    }
    return 0;
  }
  int Weekday(size_t i) const {  // 0 = Monday
    if (!IsWord(i) || !tokens_[i].upper_initial) return -1;
    for (int d = 0; d < 7; ++d) {
      if (L(i) == kWeekdays[d]) return d;
    }
    return -1;
  }
  int Day(size_t i) const {  // "9", "9th", "21st"
    if (!IsWord(i) || tokens_[i].kind != TokenKind::kNumber) return 0;
    std::string_view w = L(i);
    size_t k = 0;
    while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
    std::string_view suffix = w.substr(k);
    if (!(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
      return 0;
    }
    int v = Digits(w.substr(0, k));
    return v >= 1 && v <= 31 ? v : 0;
  }
  int Year(size_t i, int lo = 1000, int hi = 2999) const {
    if (!IsWord(i) || L(i).size() != 4) return 0;
    int v = Digits(L(i));
    return v >= lo && v <= hi ? v : 0;
  }
  int Count(size_t i) const {  // "3", "three"
    if (!IsWord(i)) return -1;
    int v = Digits(L(i));
    if (v >= 0) return v;
    return NumberWord(L(i));
  }

  void Add(size_t a, size_t b, DateType type, std::string value) {
    DateMention d;
    d.begin = tokens_[a].begin;
    d.end = tokens_[b - 1].end;
    d.text = std::string(text_.substr(d.begin, d.end - d.begin));
    d.type = type;
    d.value = std::move(value);
    out_.push_back(std::move(d));
  }

  bool HasPub() const { return pub_.has_value(); }
  CivilDate PubCivil() const { return base::CivilFromDays(*pub_); }

  // The year of a month (d == 0) or day-month written without one, in the expression at
  // tokens [b, e). News mostly reports what happened, so the latest occurrence on or before
  // the publication date wins, unless the clause is in future tense or a preposition looks
  // ahead ("until", "by"), or the next occurrence is only weeks away in a clause that is not
  // in past tense ("the summit opens Jan. 3" in mid-December).
  int YearFor(int m, int d, size_t b, size_t e) const {
    CivilDate p = PubCivil();
    int py = p.year;
    int past, future;
    int64_t ahead;  // days from publication to the next occurrence
    if (d > 0) {
      int64_t here = base::DaysFromCivil({py, m, std::min(d, base::DaysInMonth(py, m))});
      past = here <= *pub_ ? py : py - 1;
      future = here >= *pub_ ? py : py + 1;
      ahead = base::DaysFromCivil({future, m, std::min(d, base::DaysInMonth(future, m))}) - *pub_;
    } else {
      past = m <= p.month ? py : py - 1;
      future = m >= p.month ? py : py + 1;
      ahead = base::DaysFromCivil({future, m, 1}) - *pub_;
    }
    // The word that introduces the date, past approximations ("by around Nov. 1", "in early
    // March", "payable on Jan. 2").
    size_t q = b;
    while (q > 0 && IsWord(q - 1) &&
           (L(q - 1) == "around" || L(q - 1) == "about" || L(q - 1) == "early" ||
            L(q - 1) == "late" || L(q - 1) == "mid" || L(q - 1) == "on")) {
      --q;
    }
    std::string prev = q > 0 && IsWord(q - 1) ? L(q - 1) : std::string();
    if (prev == "since") return past;  // "since March": already begun
    int tense = ClauseTense(b, e > b ? e - 1 : b);
    // A date most of a year ahead would have been written with its year, unless the clause
    // is explicitly about the future ("will fly a mission in December", written in March).
    if (ahead > (tense > 0 ? 335 : 270)) return past;
    // A deadline moved to a date ("was extended to Nov. 16", "postponed until Jan. 3") points
    // ahead whatever the tense of the move.
    if ((prev == "to" || prev == "until" || prev == "till") && q > 1 && IsMoveVerb(L(q - 2))) {
      return future;
    }
    if (tense != 0) return tense > 0 ? future : past;
    // Prepositions and adjectives that look ahead: "until", "by", "through January",
    // "payable Jan. 2", "effective Feb. 1".
    if (prev == "until" || prev == "till" || prev == "by" || prev == "before" ||
        prev == "through" || prev == "payable" || prev == "effective") {
      return future;
    }
    // A past participle / simple past just before ("closed in December", "signed Dec. 3"),
    // but not a passive after "be" ("to be completed around Nov. 1").
    for (size_t k = q, n = 0; k > 0 && n < 3; ++n) {
      --k;
      const std::string& w = L(k);
      if (IsWord(k) && w.size() > 4 && EndsWith(w, "ed") && !tokens_[k].upper_initial) {
        const std::string& aux = L(k - 1);
        if (k > 0 && (aux == "be" || aux == "been" || aux == "being" || aux == "is" ||
                      aux == "are")) {
          break;
        }
        return past;
      }
    }
    return ahead <= 45 ? future : past;
  }

  // Verbs that move a deadline: their "to"/"until" date lies ahead.
  static bool IsMoveVerb(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {
        "extended", "extend", "extends", "extending", "postponed", "postpone", "delayed",
        "delay", "deferred", "defer", "adjourned", "rescheduled", "moved", "pushed", "put"};
    for (std::string_view v : kVerbs) {
      if (w == v) return true;
    }
    return false;
  }

  // Full date; the year may be 0 (unknown): resolved by YearFor() on tokens [b, e).
  std::string DateValue(int y, int m, int d, size_t b = 0, size_t e = 0) const {
    if (y == 0) {
      if (!HasPub()) {
        return d > 0 ? Fmt("XXXX-%02d-%02d", m, d) : Fmt("XXXX-%02d", m);
      }
      y = YearFor(m, d, b, e);
    }
    if (d == 0) return YearMonth(y, m);
    if (d > base::DaysInMonth(y, m)) return {};
    return base::FormatIsoDate({y, m, d});
  }

  // -1 last (strictly before), 0 default (on/before), +1 next (strictly after), +2 on/after.
  std::string WeekdayValue(int wd, int direction) const {
    if (!HasPub()) return {};
    int pw = base::Weekday(*pub_);
    int64_t day;
    if (direction > 0) {
      int delta = (wd - pw + 7) % 7;
      day = *pub_ + (delta == 0 && direction == 1 ? 7 : delta);
    } else {
      int delta = (pw - wd + 7) % 7;
      if (direction < 0 && delta == 0) delta = 7;
      day = *pub_ - delta;
    }
    return base::FormatIsoDate(base::CivilFromDays(day));
  }

  // The weekend before the publication date (or of its week when published on a weekend).
  std::string WeekendValue(int direction) const {
    if (!HasPub()) return {};
    int pw = base::Weekday(*pub_);
    int64_t monday = *pub_ - pw;
    int64_t week = pw >= 5 ? monday : monday - 7;  // default / "this" / "over the"
    if (direction < 0) week = monday - 7;
    if (direction > 0) week = pw >= 5 ? monday + 7 : monday;
    return IsoWeek(week) + "-WE";
  }

  std::string MonthAloneValue(int m, int direction, size_t b = 0, size_t e = 0) const {
    if (!HasPub()) return Fmt("XXXX-%02d", m);
    CivilDate p = PubCivil();
    if (direction < 0) return YearMonth(m < p.month ? p.year : p.year - 1, m);
    if (direction > 0) return YearMonth(m > p.month ? p.year : p.year + 1, m);
    return DateValue(0, m, 0, b, e);
  }

  // ---- tense of a weekday's clause (HeidelTime-style) ----

  // Words that end the clause around a weekday when scanning away from it: relative and
  // subordinating words start another clause with its own tense.
  static bool IsRelativeWord(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "that", "which", "who", "whom", "whose", "because", "although", "though", "whereas",
        "while", "when"};
    for (std::string_view k : kWords) {
      if (w == k) return true;
    }
    return false;
  }
  static bool IsClauseBoundaryWord(std::string_view w) {
    // "said" separates the report from what is reported.
    return IsRelativeWord(w) || internal::IsSpeechVerb(w);
  }

  bool IsClauseBoundary(size_t k) const {
    const std::string& w = L(k);
    if (tokens_[k].kind == TokenKind::kPunct) {
      return w == "." || w == "!" || w == "?" || w == ";" || w == ":" || w == "\"" ||
             w == "\u201C" || w == "\u201D";
    }
    if ((w == "and" || w == "but") && k > 0 && L(k - 1) == ",") return true;
    // A capitalised "States" mid-sentence is a name ("the United States Thursday"), not the
    // speech verb that would end the clause.
    if (tokens_[k].upper_initial && k > 0 && IsWord(k - 1)) return IsRelativeWord(w);
    return IsClauseBoundaryWord(w);
  }

  // A future-tense marker starting at token k: "will", "'ll", "would" (not "would have"),
  // "is/are expected|due|set to", "is/are to", "scheduled", "plans to", "expect(s)".
  bool FutureMarkerAt(size_t k) const {
    const std::string& w = L(k);
    if (w == "will" || w == "shall" || w == "won't" || w == "won\u2019t") return true;
    if (w.size() > 3 && (EndsWith(w, "'ll") || EndsWith(w, "\u2019ll"))) return true;
    if (w == "would") return L(k + 1) != "have";
    if (w == "scheduled" || w == "expect" || w == "expects") return true;
    // "is due on May 7", "was due to begin on June 23": a planned date, usually still ahead.
    if (w == "due") {
      const std::string& n = L(k + 1);
      return n == "to" || n == "on" || n == "in" || n == "by" || n == "for";
    }
    if ((w == "plans" || w == "plan" || w == "planned" || w == "planning" || w == "set") &&
        L(k + 1) == "to") {
      return true;
    }
    if (w == "is" || w == "are") {
      const std::string& n = L(k + 1);
      if (n == "to") return true;
      if ((n == "expected" || n == "due" || n == "set" || n == "poised" || n == "going") &&
          L(k + 2) == "to") {
        return true;
      }
      if (n == "expected") return true;  // "the closing, which is expected in December"
    }
    return false;
  }

  bool PastMarkerAt(size_t k) const {
    const std::string& w = L(k);
    return w == "was" || w == "were" || w == "had" || w == "did" || w == "wasn't" ||
           w == "weren't" || w == "hadn't" || w == "didn't" || w == "wasn\u2019t" ||
           w == "weren\u2019t" || w == "hadn\u2019t" || w == "didn\u2019t";
  }

  // A plan reported in the past perfect ("had been due to expire Friday", "had been scheduled
  // to") was overtaken: the day is past.
  void NoteTense(size_t k, bool* future, bool* past) const {
    if (FutureMarkerAt(k)) {
      bool perfect = (k > 0 && L(k - 1) == "had") ||
                     (k > 1 && L(k - 1) == "been" && L(k - 2) == "had");
      (perfect ? *past : *future) = true;
    }
    if (PastMarkerAt(k)) *past = true;
  }

  // +1 when the clause around tokens [b, e] is in future tense, -1 when clearly past, else 0.
  int ClauseTense(size_t b, size_t e) const {
    constexpr size_t kReach = 30;  // tokens scanned each way
    bool future = false, past = false;
    bool parenthetical = false;  // inside ", who spoke on Sunday," : ends at the next comma
    for (size_t k = b, n = 0; k > 0 && n < kReach; ++n) {
      if (tokens_[k].newline_before) break;
      --k;
      if (IsClauseBoundary(k)) {
        parenthetical = (L(k) == "who" || L(k) == "which") && k > 0 && L(k - 1) == ",";
        break;
      }
      NoteTense(k, &future, &past);
    }
    for (size_t k = e + 1, n = 0; k < tokens_.size() && n < kReach; ++k, ++n) {
      if (tokens_[k].newline_before || IsClauseBoundary(k)) break;
      if (parenthetical && L(k) == ",") break;
      NoteTense(k, &future, &past);
    }
    return future ? 1 : past ? -1 : 0;
  }

  // Whether a weekday expression spanning tokens [b, wd] (the weekday at wd, possibly after
  // "this") points after the publication date: its preposition says so ("until", "by",
  // "before", "from ... on") or its clause is in future tense ("will", "is expected to").
  bool RefersForward(size_t b, size_t wd) const {
    size_t p = b;  // skip "on", "early", "late", "later", "at least"
    while (p > 0 && IsWord(p - 1) &&
           (L(p - 1) == "on" || L(p - 1) == "early" || L(p - 1) == "late" ||
            L(p - 1) == "later" || L(p - 1) == "least" || L(p - 1) == "at")) {
      --p;
    }
    std::string prev = p > 0 && IsWord(p - 1) ? L(p - 1) : std::string();
    // "said Monday", "since Monday": anchored in the past whatever follows.
    bool reported = internal::IsSpeechVerb(prev) &&
                    (EndsWith(prev, "ed") || prev == "said" || prev == "told" ||
                     prev == "wrote");
    if (reported || prev == "since") return false;
    // "Friday's purchases", "Wednesday's ruling": a possessive weekday names an event already
    // reported on, so it stays in the past whatever the clause's tense.
    if (Touch(wd + 1) && (L(wd + 1) == "'" || L(wd + 1) == "\u2019") && Touch(wd + 2) &&
        L(wd + 2) == "s") {
      return false;
    }
    size_t after = wd + 1;
    if (Next(after) && IsWord(after) &&
        (L(after) == "morning" || L(after) == "afternoon" || L(after) == "evening" ||
         L(after) == "night")) {
      ++after;
    }
    // "a court Thursday refused ...": the verb right after the day is in the past.
    if (Next(after) && IsWord(after) && !tokens_[after].upper_initial && L(after).size() > 4 &&
        EndsWith(L(after), "ed") && L(after - 1) != "be") {
      return false;
    }
    // "as early as Tuesday", "as soon as Tuesday": the earliest date of something ahead.
    bool as_soon = prev == "as" && p > 1 && IsWord(p - 2) &&
                   (L(p - 2) == "early" || L(p - 2) == "soon");
    bool prep_future = as_soon || prev == "until" || prev == "till" || prev == "by" ||
                       prev == "before" ||
                       (prev == "from" && Next(after) &&
                        (L(after) == "on" || L(after) == "onward" || L(after) == "onwards"));
    int tense = ClauseTense(p, wd);
    if (tense != 0) return tense > 0;
    return prep_future;
  }


  // ---- vague references, fiscal periods, seasons (TIMEX3 PRESENT_REF/PAST_REF/FUTURE_REF,
  //      YYYY-Qn, YYYY-SU) ----

  static bool IsPluralUnit(std::string_view w) {
    return w == "years" || w == "months" || w == "weeks" || w == "days" || w == "decades" ||
           w == "quarters" || w == "hours";
  }

  // "now", "right now", "currently", "current", "recently", "recent (years)", "the (near)
  // future", "future quarters", "the past" (with no count after it).
  size_t VagueReference(size_t i) {
    const std::string& w = L(i);
    if (w == "now" || w == "currently") {
      // "Now, he says, ..." opening a sentence is a discourse marker, not a time.
      bool opens = i == 0 || tokens_[i].newline_before ||
                   (tokens_[i - 1].kind == TokenKind::kPunct &&
                    (L(i - 1) == "." || L(i - 1) == "\"" || L(i - 1) == "\u201C"));
      if (w == "now" && opens && Touch(i + 1) && L(i + 1) == ",") return i + 1;
      Add(i, i + 1, DateType::kDate, "PRESENT_REF");
      return i + 1;
    }
    if (w == "right" && Next(i + 1) && L(i + 1) == "now") {
      Add(i, i + 2, DateType::kDate, "PRESENT_REF");
      return i + 2;
    }
    if (w == "current") {
      // "the current quarter / fiscal year" are periods, handled elsewhere.
      const std::string& n = L(i + 1);
      if (n == "quarter" || n == "year" || n == "fiscal" || n == "period" || n == "month" ||
          n == "week") {
        return i;
      }
      Add(i, i + 1, DateType::kDate, "PRESENT_REF");
      return i + 1;
    }
    if (w == "recently") {
      Add(i, i + 1, DateType::kDate, "PAST_REF");
      return i + 1;
    }
    if (w == "recent") {
      // "recent months/weeks/days" are TIMEX3 durations of unknown length up to now (PXM);
      // "recent years" stays a vague past reference, as the guidelines' examples annotate it.
      if (Next(i + 1)) {
        const std::string& u = L(i + 1);
        const char* px = u == "months" || u == "quarters" ? "PXM"
                         : u == "weeks"                   ? "PXW"
                         : u == "days"                    ? "PXD"
                                                          : nullptr;
        if (px) {
          Add(i, i + 2, DateType::kDuration, px);
          return i + 2;
        }
      }
      size_t e = Next(i + 1) && IsPluralUnit(L(i + 1)) ? i + 2 : i + 1;
      Add(i, e, DateType::kDate, "PAST_REF");
      return e;
    }
    if (w == "future" || w == "coming") {
      if (Next(i + 1) && IsPluralUnit(L(i + 1))) {  // "future quarters", "coming years"
        Add(i, i + 2, DateType::kDate, "FUTURE_REF");
        return i + 2;
      }
      return i;
    }
    if (w == "the" && Next(i + 1)) {
      size_t k = i + 1;
      if (L(k) == "near" || L(k) == "distant" || L(k) == "foreseeable") ++k;
      if (Next(k) && L(k) == "future") {
        Add(i, k + 1, DateType::kDate, "FUTURE_REF");
        return k + 1;
      }
      if (L(i + 1) == "past" && !(Next(i + 2) && IsWord(i + 2) &&
                                  (Count(i + 2) >= 0 || UnitCode(L(i + 2)) ||
                                   L(i + 2) == "few" || L(i + 2) == "several" ||
                                   L(i + 2) == "couple"))) {
        Add(i, i + 2, DateType::kDate, "PAST_REF");
        return i + 2;
      }
    }
    return i;
  }

  // "the past three months" -> P3M, "the last few weeks" -> PXW (a duration up to now).
  size_t PastSpan(size_t i) {
    if (L(i) != "the" || !Next(i + 1)) return i;
    const std::string& dir = L(i + 1);
    if (dir != "past" && dir != "last" && dir != "next" && dir != "coming") return i;
    size_t k = i + 2;
    if (!Next(k) || !IsWord(k)) return i;
    std::string n;
    if (L(k) == "few" || L(k) == "several") {
      n = "X";
    } else if (L(k) == "couple" && L(k + 1) == "of") {
      n = "2";
      ++k;
    } else if (int c = Count(k); c > 0) {
      n = std::to_string(c);
    } else {
      return i;
    }
    ++k;
    if (!Next(k) || !IsWord(k)) return i;
    if ((L(k) == "quarters" || L(k) == "quarter") && n != "X") {  // "the next three quarters"
      Add(i, k + 1, DateType::kDuration, DurationValue(3 * std::stoi(n), 'M'));
      return k + 1;
    }
    auto unit = UnitCode(L(k));
    if (!unit) return i;
    std::string v = n == "X" ? VagueDuration(*unit) : DurationValue(std::stoi(n), *unit);
    Add(i, k + 1, DateType::kDuration, std::move(v));
    return k + 1;
  }

  static int QuarterOrdinal(std::string_view w) {
    if (w == "first" || w == "1st") return 1;
    if (w == "second" || w == "2nd") return 2;
    if (w == "third" || w == "3rd") return 3;
    if (w == "fourth" || w == "4th") return 4;
    return 0;
  }

  // Ordinal + "quarter" at k: "third quarter", "third-quarter", "fiscal-first quarter".
  // Returns the quarter (1-4) and sets *end, else 0.
  int QuarterAt(size_t k, size_t* end) const {
    if (!IsWord(k)) return 0;
    std::string_view w = L(k);
    if (w.size() > 7 && w.compare(0, 7, "fiscal-") == 0) w.remove_prefix(7);
    size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos) {
      std::string_view tail = w.substr(hyphen + 1);
      int q = QuarterOrdinal(w.substr(0, hyphen));
      if (q && (tail == "quarter" || tail == "quarters")) {
        *end = k + 1;
        return q;
      }
      return 0;
    }
    int q = QuarterOrdinal(w);
    if (q && Next(k + 1) && (L(k + 1) == "quarter" || L(k + 1) == "quarters")) {
      *end = k + 2;
      return q;
    }
    return 0;
  }

  // The quarter a financial report refers to when it says "the quarter": the latest ended one
  // named so far (a report is about results; an outlook for the current quarter or a
  // comparison with an earlier one does not change its subject), else the first one named,
  // else the one that ended before publication.
  std::pair<int, int> ReferenceQuarter() const {
    return ref_quarter_ ? *ref_quarter_ : LastEndedQuarter();
  }
  std::pair<int, int> LastEndedQuarter() const {
    CivilDate p = PubCivil();
    int q = (p.month - 1) / 3 + 1;
    return q == 1 ? std::pair<int, int>{p.year - 1, 4} : std::pair<int, int>{p.year, q - 1};
  }
  bool QuarterEnded(std::pair<int, int> yq) const { return yq <= LastEndedQuarter(); }
  void NoteQuarter(int y, int q) {
    std::pair<int, int> yq{y, q};
    if (!ref_quarter_ || (QuarterEnded(yq) && (!QuarterEnded(*ref_quarter_) || yq > *ref_quarter_))) {
      ref_quarter_ = yq;
    }
  }

  static std::string QuarterValue(int y, int q) { return Fmt("%04d-Q%d", y, q); }

  // "third-quarter", "the third quarter (of 1988)", "the 1988 second quarter", "the quarter",
  // "the latest quarter / period", "the year-ago quarter", "this year's third quarter".
  size_t Quarter(size_t i) {
    size_t k = i;
    bool det = false, latest = false, current = false, this_det = false, year_ago = false;
    int year = 0, year_shift = 0;
    bool shift_set = false;
    const std::string& w = L(i);
    if (w == "the" || w == "this" || w == "that" || w == "its" || w == "their" ||
        w == "last" || w == "next" || w == "a") {
      // "this year's", "last year's", "next year's"
      if ((w == "this" || w == "last" || w == "next") && Next(i + 1) && L(i + 1) == "year" &&
          Touch(i + 2) && (L(i + 2) == "'" || L(i + 2) == "\u2019") && L(i + 3) == "s") {
        year_shift = w == "last" ? -1 : w == "next" ? 1 : 0;
        shift_set = true;
        k = i + 4;
      } else if (w == "last" || w == "next") {
        return i;
      } else {
        k = i + 1;
      }
      det = true;
      this_det = w == "this";
    }
    // Modifiers.
    for (int guard = 0; guard < 4 && Next(k) && IsWord(k); ++guard) {
      const std::string& m = L(k);
      if (m == "latest" || m == "most" || m == "recent" || m == "recently" ||
          m == "completed" || m == "just-ended") {
        latest = true;
      } else if (m == "current") {
        current = true;
      } else if (m == "year-ago" || m == "year-earlier" || m == "prior-year" ||
                 m == "comparable" || m == "corresponding" || m == "same" || m == "fiscal" ||
                 m == "flat" || m == "previous") {
        if (m == "year-ago" || m == "year-earlier" || m == "prior-year") year_ago = true;
      } else if (int y = Year(k, 1900, 2099)) {
        year = y;
      } else {
        break;
      }
      ++k;
    }
    size_t e = 0;
    int q = QuarterAt(k, &e);
    if (q == 0) {
      // Without an ordinal: "the quarter", "the latest period", "the year-ago quarter".
      if (!det || w == "a") return i;
      if (Next(k) && L(k) == "quarter") {
        e = k + 1;
      } else if (Next(k) && L(k) == "period" && (latest || year_ago || year)) {
        e = k + 1;
      } else {
        return i;
      }
    }
    if (!HasPub()) {
      Add(i, e, DateType::kDate, q ? Fmt("XXXX-Q%d", q) : "XXXX-QX");
      return e;
    }
    // "of 1988", "a year ago / earlier" after the quarter.
    if (Next(e) && L(e) == "of" && Next(e + 1) && Year(e + 1, 1900, 2099)) {
      year = Year(e + 1, 1900, 2099);
      e += 2;
    } else if (Next(e) && L(e) == "a" && L(e + 1) == "year" &&
               (L(e + 2) == "ago" || L(e + 2) == "earlier")) {
      year_ago = true;
      e += 3;
    }
    CivilDate p = PubCivil();
    std::pair<int, int> ref = ReferenceQuarter();
    int vy, vq;
    if (q) {
      vq = q;
      if (year) {
        vy = year;
      } else if (shift_set) {
        vy = p.year + year_shift;
      } else {
        // The latest such quarter that has begun by publication, unless the clause looks ahead.
        int start_month = 3 * (q - 1) + 1;
        vy = start_month <= p.month ? p.year : p.year - 1;
        // A future clause about the quarter that ended last ("expects to report
        // third-quarter net" in October) is still about that quarter: results come after it.
        int months_since_end = (p.year - vy) * 12 + p.month - 3 * q;
        if (ClauseTense(i, e - 1) > 0 && months_since_end > 3) ++vy;
        if (year_ago) vy = p.year - 1;
      }
      if (year_ago && !year && !shift_set) vy = ref.first - 1;
      if (!year_ago) NoteQuarter(vy, vq);
    } else {
      vq = ref.second;
      vy = ref.first;
      // "the current quarter" is the one under way; "this quarter" too unless a report named one.
      if (current || (this_det && !ref_quarter_)) vq = (p.month - 1) / 3 + 1, vy = p.year;
      // "the latest quarter" has ended, even when an outlook for the next one came before.
      if (latest && !QuarterEnded({vy, vq})) std::tie(vy, vq) = LastEndedQuarter();
      if (year) vy = year;
      else if (shift_set) vy = ref.first + year_shift;
      else if (year_ago) vy = ref.first - 1;
    }
    Add(i, e, DateType::kDate, QuarterValue(vy, vq));
    return e;
  }

  // "a year earlier", "a year ago", "year-earlier", "year-ago": in a report about a quarter,
  // the same quarter one year before; otherwise the previous year.
  size_t YearEarlier(size_t i) {
    size_t e;
    const std::string& w = L(i);
    if (w == "a" && Next(i + 1) && L(i + 1) == "year" && Next(i + 2) &&
        (L(i + 2) == "ago" || L(i + 2) == "earlier" || L(i + 2) == "before")) {
      e = i + 3;
    } else if (w == "year-earlier" || w == "year-ago") {
      e = i + 1;
    } else {
      return i;
    }
    std::string v;
    if (HasPub()) {
      v = ref_quarter_ ? QuarterValue(ref_quarter_->first - 1, ref_quarter_->second)
                       : std::to_string(PubCivil().year - 1);
    }
    Add(i, e, DateType::kDate, std::move(v));
    return e;
  }

  // "the year", "the fiscal year", "the current year", "fiscal 1989", "the year 2000".
  size_t WholeYear(size_t i) {
    const std::string& w = L(i);
    if (w == "fiscal" && Next(i + 1)) {
      size_t k = i + 1;
      if (L(k) == "year" && Next(k + 1)) ++k;
      if (int y = Year(k, 1900, 2099)) {
        Add(i, k + 1, DateType::kDate, std::to_string(y));
        return k + 1;
      }
      return i;
    }
    if (w != "the" && w != "this") return i;
    size_t k = i + 1;
    bool modified = false;
    while (Next(k) && (L(k) == "current" || L(k) == "fiscal" || L(k) == "calendar")) {
      ++k;
      modified = true;
    }
    if (!Next(k) || L(k) != "year") return i;
    if (w == "this" && !modified) return i;  // "this year": Relative()
    if (Touch(k + 1) && (L(k + 1) == "'" || L(k + 1) == "\u2019")) return i;  // "the year's"
    if (size_t ye = 0; int y = YearAt(k + 1, &ye)) {  // "the year 2000", "the year two thousand"
      Add(i, ye, DateType::kDate, std::to_string(y));
      return ye;
    }
    const std::string& n = L(k + 1);
    if (n == "ended" || n == "ending" || n == "to" || n == "before" || n == "after" ||
        n == "earlier" || n == "later" || n == "that" || n == "when" || n == "in") {
      if (n == "ended" || n == "ending") {
        Add(i, k + 1, DateType::kDuration, "P1Y");
        return k + 1;
      }
      return i;
    }
    std::string v = HasPub() ? std::to_string(PubCivil().year) : std::string();
    Add(i, k + 1, DateType::kDate, std::move(v));
    return k + 1;
  }

  static const char* SeasonCode(std::string_view w) {
    if (w == "spring") return "SP";
    if (w == "summer") return "SU";
    if (w == "fall" || w == "autumn") return "FA";
    if (w == "winter") return "WI";
    return nullptr;
  }

  // "last fall", "this summer", "the early summer", "summer 1998", "in the spring".
  size_t Season(size_t i) {
    const std::string& w = L(i);
    int dir = w == "last" ? -1 : w == "next" ? 1 : w == "this" ? 0 : 2;  // 2: unmarked
    size_t k = i;
    if (w == "last" || w == "next" || w == "this" || w == "the") k = i + 1;
    if (k > i && Next(k) && (L(k) == "early" || L(k) == "late" || L(k) == "mid")) ++k;
    if (k == i && !(i > 0 && IsWord(i - 1) && (L(i - 1) == "in" || L(i - 1) == "since" ||
                                                L(i - 1) == "during"))) {
      // A bare season word only after a preposition ("in summer"), not "prices fall".
      if (!(SeasonCode(w) && Next(i + 1) && Year(i + 1, 1900, 2099))) return i;
    }
    if (!Next(k) || !IsWord(k)) return i;
    const char* code = SeasonCode(L(k));
    if (!code) return i;
    if (L(k) == "fall" && k == i) return i;
    size_t ye = 0;
    if (Next(k + 1) && L(k + 1) == "of" && !YearAt(k + 2, &ye, 1900, 2099)) {
      return i;  // "the fall of Rome"
    }
    size_t e = k + 1;
    int y = 0;
    if (Next(e) && Year(e, 1900, 2099)) {
      y = Year(e, 1900, 2099);
      ++e;
    } else if (Next(e) && L(e) == "of" && (y = YearAt(e + 1, &ye, 1900, 2099))) {
      e = ye;  // "the winter of 1994", "the winter of nineteen ninety-four"
    }
    std::string v;
    if (y) {
      v = std::to_string(y) + "-" + code;
    } else if (HasPub()) {
      CivilDate p = PubCivil();
      int start = code[0] == 'S' ? (code[1] == 'P' ? 3 : 6) : code[0] == 'F' ? 9 : 12;
      int last_month = start == 12 ? 2 : start + 2;
      if (dir == 0) {
        y = p.year;
      } else if (dir < 0) {
        y = start == 12 ? p.year - 1 : (last_month < p.month ? p.year : p.year - 1);
      } else if (dir == 1) {
        y = start > p.month ? p.year : p.year + 1;
      } else {
        y = start <= p.month ? p.year : p.year - 1;
        if (ClauseTense(i, e - 1) > 0 && start > p.month) y = p.year;
      }
      v = std::to_string(y) + "-" + code;
    }
    Add(i, e, DateType::kDate, std::move(v));
    return e;
  }


  // ---- spelled-out years, holidays, vague counts, ends of periods, centuries ----

  // A year written in words, as broadcast transcripts do: "nineteen ninety-six", "nineteen
  // seventy nine", "eighteen twelve". Sets *end; 0 when there is none at k.
  int SpelledYear(size_t k, size_t* end) const {
    const std::string& w = L(k);
    int century = w == "nineteen" ? 1900 : w == "eighteen" ? 1800 : 0;
    if (!century || !Next(k + 1) || !IsWord(k + 1)) return 0;
    std::string_view t = L(k + 1);
    size_t h = t.find('-');
    int tens = NumberWord(t.substr(0, h));
    if (tens >= 20 && tens <= 90 && tens % 10 == 0) {
      int unit = 0;
      size_t e = k + 2;
      if (h != std::string_view::npos) {
        unit = NumberWord(t.substr(h + 1));
        if (unit < 1 || unit > 9) return 0;
      } else if (Next(k + 2) && IsWord(k + 2)) {
        int u = NumberWord(L(k + 2));
        if (u >= 1 && u <= 9) unit = u, e = k + 3;
      }
      *end = e;
      return century + tens + unit;
    }
    if (tens >= 10 && tens <= 19 && h == std::string_view::npos) {
      *end = k + 2;
      return century + tens;
    }
    return 0;
  }

  // A year in digits or words at k, where a year is expected (after a month, "the year", "the
  // winter of"): also "two thousand (and) one".
  int YearAt(size_t k, size_t* end, int lo = 1000, int hi = 2999) const {
    if (!Next(k)) return 0;
    if (int y = Year(k, lo, hi)) {
      *end = k + 1;
      return y;
    }
    if (int y = SpelledYear(k, end)) return y;
    if (L(k) == "two" && Next(k + 1) && L(k + 1) == "thousand") {
      size_t e = k + 2;
      if (Next(e) && L(e) == "and") ++e;
      int unit = Next(e) && IsWord(e) ? NumberWord(L(e)) : -1;
      if (unit >= 1 && unit <= 19) {
        *end = e + 1;
        return 2000 + unit;
      }
      *end = k + 2;
      return 2000;
    }
    return 0;
  }

  size_t SpelledYearDate(size_t i) {
    size_t e = 0;
    int y = SpelledYear(i, &e);
    if (!y) return i;
    Add(i, e, DateType::kDate, std::to_string(y));
    return e;
  }

  // Holidays with a fixed rule. Returns the day of holiday `id` in `year`.
  enum Holiday { kNone, kChristmas, kChristmasEve, kNewYearsDay, kNewYearsEve, kThanksgiving,
                 kElectionDay, kHalloween, kEaster, kLaborDay, kMemorialDay, kValentines,
                 kVeteransDay };
  static int64_t NthWeekday(int year, int month, int weekday, int n) {  // n-th (1-based)
    int64_t first = base::DaysFromCivil({year, month, 1});
    int64_t d = first + (weekday - base::Weekday(first) + 7) % 7;
    return d + 7 * (n - 1);
  }
  static int64_t HolidayDay(Holiday h, int y) {
    switch (h) {
      case kChristmas: return base::DaysFromCivil({y, 12, 25});
      case kChristmasEve: return base::DaysFromCivil({y, 12, 24});
      case kNewYearsDay: return base::DaysFromCivil({y, 1, 1});
      case kNewYearsEve: return base::DaysFromCivil({y, 12, 31});
      case kHalloween: return base::DaysFromCivil({y, 10, 31});
      case kValentines: return base::DaysFromCivil({y, 2, 14});
      case kVeteransDay: return base::DaysFromCivil({y, 11, 11});
      case kThanksgiving: return NthWeekday(y, 11, 3, 4);              // 4th Thursday
      case kElectionDay: return NthWeekday(y, 11, 0, 1) + 1;           // Tuesday after 1st Mon
      case kLaborDay: return NthWeekday(y, 9, 0, 1);                   // 1st Monday
      case kMemorialDay: return NthWeekday(y, 6, 0, 1) - 7;            // last Monday of May
      case kEaster: {  // anonymous Gregorian computus
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
        int g = (b - f + 1) / 3, hh = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - hh - k) % 7, m = (a + 11 * hh + 22 * l) / 451;
        int month = (hh + l - 7 * m + 114) / 31, day = (hh + l - 7 * m + 114) % 31 + 1;
        return base::DaysFromCivil({y, month, day});
      }
      case kNone: break;
    }
    return 0;
  }
  bool Possessive(size_t k) const {  // "'s" / "’s" at k
    return Touch(k) && (L(k) == "'" || L(k) == "\u2019") && Touch(k + 1) && L(k + 1) == "s";
  }
  Holiday HolidayAt(size_t k, size_t* end) const {
    if (!IsWord(k) || !tokens_[k].upper_initial) return kNone;
    const std::string& w = L(k);
    auto day_after = [&](size_t j) { return Next(j) && L(j) == "day"; };
    if (w == "christmas") {
      if (Next(k + 1) && L(k + 1) == "eve") return *end = k + 2, kChristmasEve;
      *end = day_after(k + 1) ? k + 2 : k + 1;
      return kChristmas;
    }
    if (w == "new" && Next(k + 1) && L(k + 1) == "year" && Possessive(k + 2) && Next(k + 4)) {
      if (L(k + 4) == "day") return *end = k + 5, kNewYearsDay;
      if (L(k + 4) == "eve") return *end = k + 5, kNewYearsEve;
      return kNone;
    }
    if (w == "valentine" && Possessive(k + 1) && day_after(k + 3)) {
      return *end = k + 4, kValentines;
    }
    if (w == "thanksgiving") return *end = day_after(k + 1) ? k + 2 : k + 1, kThanksgiving;
    if (w == "halloween") return *end = k + 1, kHalloween;
    if (w == "easter") {
      if (Next(k + 1) && (L(k + 1) == "island" || L(k + 1) == "islands")) return kNone;
      *end = Next(k + 1) && (L(k + 1) == "sunday" || L(k + 1) == "day") ? k + 2 : k + 1;
      return kEaster;
    }
    Holiday h = w == "election" ? kElectionDay : w == "labor" || w == "labour" ? kLaborDay
                : w == "memorial" ? kMemorialDay : w == "veterans" ? kVeteransDay : kNone;
    if (h != kNone && day_after(k + 1) && tokens_[k + 1].upper_initial) {
      *end = k + 2;
      return h;
    }
    return kNone;
  }

  // "Thanksgiving Day", "last Christmas", "Christmas 1998", "Easter week", "Election Day".
  size_t HolidayDate(size_t i) {
    size_t k = i;
    int dir = 0;  // -1 last, +1 next, 2 this, 0 unmarked
    if (L(i) == "last" || L(i) == "next" || L(i) == "this") {
      dir = L(i) == "last" ? -1 : L(i) == "next" ? 1 : 2;
      k = i + 1;
      if (!Next(k)) return i;
    }
    size_t e = 0;
    Holiday h = HolidayAt(k, &e);
    if (h == kNone) return i;
    bool week = h == kEaster && Next(e) && L(e) == "week";
    if (week) ++e;
    int year = 0;
    size_t ye = 0;
    if (int y = YearAt(e, &ye, 1800, 2199)) {
      year = y;
      e = ye;
    } else if (Touch(e) && L(e) == "," && Next(e + 1) && Year(e + 1)) {
      year = Year(e + 1);
      e += 2;
    }
    std::string v;
    if (year || HasPub()) {
      if (!year) {
        int py = PubCivil().year;
        int64_t here = HolidayDay(h, py);
        if (dir == -1) {
          year = here < *pub_ ? py : py - 1;
        } else if (dir == 1) {
          year = here > *pub_ ? py : py + 1;
        } else if (dir == 2) {
          year = py;
        } else {
          CivilDate c = base::CivilFromDays(here);
          year = YearFor(c.month, c.day, k, e);
        }
      }
      int64_t day = HolidayDay(h, year);
      v = week ? IsoWeek(day) : base::FormatIsoDate(base::CivilFromDays(day));
    }
    Add(i, e, DateType::kDate, std::move(v));
    return e;
  }

  // A vague duration of `unit` ("several years" -> PXY).
  static std::string VagueDuration(char unit) {
    bool clock = unit == 'H' || unit == 'N' || unit == 'S';
    char u = unit == 'N' ? 'M' : unit == 'C' ? 'E' : unit;
    return std::string(clock ? "PT" : "P") + "X" + u;
  }

  // "several years", "a few days", "a couple of weeks"; "... ago" is a vague past.
  size_t FewUnits(size_t i) {
    size_t k = i;
    int n = 0;  // 0: vague
    if (L(i) == "a" && Next(i + 1) && L(i + 1) == "few") {
      k = i + 2;
    } else if (L(i) == "a" && Next(i + 1) && L(i + 1) == "couple" && Next(i + 2) &&
               L(i + 2) == "of") {
      k = i + 3;
      n = 2;
    } else if (L(i) == "several" || L(i) == "few") {
      k = i + 1;
    } else {
      return i;
    }
    if (!Next(k) || !IsWord(k) || !IsPluralUnit(L(k))) return i;
    auto unit = UnitCode(L(k));
    if (!unit) return i;
    if (Next(k + 1) && L(k + 1) == "ago") {
      Add(i, k + 2, DateType::kDate, "PAST_REF");
      return k + 2;
    }
    Add(i, k + 1, DateType::kDuration, n ? DurationValue(n, *unit) : VagueDuration(*unit));
    return k + 1;
  }

  // "year-end", "year end", "year's end": that year ("since year-end": the previous one).
  size_t YearEnd(size_t i) {
    size_t e;
    if (L(i) == "year-end") {
      e = i + 1;
    } else if (L(i) == "year" && Next(i + 1) && L(i + 1) == "end") {
      e = i + 2;
    } else if (L(i) == "year" && Possessive(i + 1) && Next(i + 3) && L(i + 3) == "end") {
      e = i + 4;
    } else {
      return i;
    }
    const std::string& prev = i > 0 && IsWord(i - 1) ? L(i - 1) : std::string();
    if (prev == "the" || prev == "a") return i;  // "the year end of ...": a noun phrase
    std::string v;
    if (HasPub()) v = std::to_string(PubCivil().year - (prev == "since" || prev == "last"));
    Add(i, e, DateType::kDate, std::move(v));
    return e;
  }

  // "the end of the month", "the end of next year", "the end of this week": that period.
  size_t EndOfPeriod(size_t i) {
    if (!(L(i) == "the" && Next(i + 1) && L(i + 1) == "end" && Next(i + 2) && L(i + 2) == "of" &&
          Next(i + 3) && Next(i + 4))) {
      return i;
    }
    const std::string& det = L(i + 3);
    int dir = det == "last" ? -1 : det == "next" ? 1 : 0;
    if (!(det == "the" || det == "this" || dir != 0)) return i;
    const std::string& u = L(i + 4);
    std::string v;
    if (u == "month") {
      if (HasPub()) {
        CivilDate p = PubCivil();
        int total = p.year * 12 + (p.month - 1) + dir;
        v = YearMonth(total / 12, total % 12 + 1);
      }
    } else if (u == "year") {
      if (HasPub()) v = std::to_string(PubCivil().year + dir);
    } else if (u == "week") {
      if (HasPub()) v = IsoWeek(*pub_ + 7 * dir);
    } else {
      return i;
    }
    Add(i, i + 5, DateType::kDate, std::move(v));
    return i + 5;
  }

  // "20th century", "the 11th century": TIMEX3 writes a century as its two leading digits.
  size_t Century(size_t i) {
    std::string_view w = L(i);
    if (w.size() < 3 || !Next(i + 1) || (L(i + 1) != "century" && L(i + 1) != "centuries")) {
      return i;
    }
    std::string_view suffix = w.substr(w.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return i;
    int n = Digits(w.substr(0, w.size() - 2));
    if (n < 1 || n > 30) return i;
    Add(i, i + 2, DateType::kDate, Fmt("%02d", n - 1));
    return i + 2;
  }

  // "mid-November", "early-March", "late-November 1999".
  size_t PrefixedMonth(size_t i) {
    std::string_view w = L(i);
    size_t h = w.find('-');
    if (h == std::string_view::npos) return i;
    std::string_view pre = w.substr(0, h), rest = w.substr(h + 1);
    if (pre != "mid" && pre != "early" && pre != "late") return i;
    int m = 0;
    for (int k = 0; k < 12 && !m; ++k) {
      if (rest == kMonths[k]) m = k + 1;
    }
    if (!m) return i;
    size_t ye = 0;
    if (int y = YearAt(i + 1, &ye)) {
      Add(i, ye, DateType::kDate, YearMonth(y, m));
      return ye;
    }
    Add(i, i + 1, DateType::kDate, MonthAloneValue(m, 0, i, i + 1));
    return i + 1;
  }

  // ---- patterns: each returns the end token (> i) on a match, else i ----

  size_t Match(size_t i) {
    const std::string& w = L(i);
    if (tokens_[i].kind == TokenKind::kNumber) {
      if (size_t e = Century(i); e > i) return e;
      if (size_t e = Quarter(i); e > i) return e;
      if (size_t e = IsoDate(i); e > i) return e;
      if (size_t e = NumericDate(i); e > i) return e;
      if (size_t e = ClockTime(i); e > i) return e;
      if (size_t e = DayMonth(i); e > i) return e;
      if (size_t e = YearAlone(i); e > i) return e;
      if (size_t e = Quantity(i); e > i) return e;
      return i;
    }
    if (tokens_[i].kind != TokenKind::kWord) return i;
    if (size_t e = HolidayDate(i); e > i) return e;
    if (size_t e = EndOfPeriod(i); e > i) return e;
    if (size_t e = VagueReference(i); e > i) return e;
    if (size_t e = Quarter(i); e > i) return e;
    if (size_t e = YearEarlier(i); e > i) return e;
    if (size_t e = WholeYear(i); e > i) return e;
    if (size_t e = Season(i); e > i) return e;
    if (size_t e = PastSpan(i); e > i) return e;
    if (size_t e = WeekdayDate(i); e > i) return e;
    if (size_t e = MonthDate(i); e > i) return e;
    if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight") {
      std::string v;
      if (HasPub()) {
        int64_t off = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
        v = base::FormatIsoDate(base::CivilFromDays(*pub_ + off));
        if (w == "tonight") v += "TNI";
      }
      Add(i, i + 1, w == "tonight" ? DateType::kTime : DateType::kDate, std::move(v));
      return i + 1;
    }
    if (w == "noon" || w == "midnight") {
      Add(i, i + 1, DateType::kTime, w == "noon" ? "T12:00" : "T00:00");
      return i + 1;
    }
    if (w == "last" || w == "this" || w == "next" || w == "past" || w == "coming") {
      if (size_t e = Relative(i); e > i) {
        // "early next year", "late last week": the modifier belongs to the expression.
        const std::string& u = L(i + 1);
        if (i > 0 && IsWord(i - 1) && Next(i) &&
            (L(i - 1) == "early" || L(i - 1) == "late" || L(i - 1) == "mid") &&
            (u == "week" || u == "month" || u == "year") &&
            (out_.size() < 2 || out_[out_.size() - 2].end <= tokens_[i - 1].begin)) {
          DateMention& d = out_.back();
          d.begin = tokens_[i - 1].begin;
          d.text = std::string(text_.substr(d.begin, d.end - d.begin));
        }
        return e;
      }
    }
    if (w == "the" && Next(i + 1) && L(i + 1) == "weekend") {
      Add(i, i + 2, DateType::kDate, WeekendValue(0));
      return i + 2;
    }
    if (w == "every" || w == "each") {
      if (size_t e = EverySet(i); e > i) return e;
    }
    if (w == "daily" || w == "weekly" || w == "monthly" || w == "yearly" || w == "annually" ||
        w == "hourly" || w == "nightly") {
      std::string v = w == "daily" || w == "nightly" ? "P1D" : w == "weekly" ? "P1W"
                      : w == "monthly" ? "P1M" : w == "hourly" ? "PT1H" : "P1Y";
      Add(i, i + 1, DateType::kSet, std::move(v));
      return i + 1;
    }
    if (size_t e = YearEnd(i); e > i) return e;
    if (size_t e = PrefixedMonth(i); e > i) return e;
    if (size_t e = SpelledYearDate(i); e > i) return e;
    if (w == "several" || w == "few" || w == "a") {
      if (size_t e = FewUnits(i); e > i) return e;
    }
    if (w.size() > 4 && w.compare(0, 4, "mid-") == 0) {
      int y = Digits(std::string_view(w).substr(4));
      if (y >= 1000 && y <= 2999) {
        Add(i, i + 1, DateType::kDate, std::to_string(y));
        return i + 1;
      }
    }
    if (NumberWord(w.substr(0, w.find('-'))) >= 0 || w == "a" || w == "an") {
      if (size_t e = Quantity(i); e > i) return e;
    }
    return i;
  }

  size_t IsoDate(size_t i) {
    std::string_view w = L(i);
    auto d = base::ParseIsoDate(w.substr(0, std::min<size_t>(w.size(), 10)));
    if (!d || (w.size() > 10 && w[10] != 't')) return i;
    if (w.size() == 10) {
      Add(i, i + 1, DateType::kDate, base::FormatIsoDate(*d));
      return i + 1;
    }
    int h = Digits(w.substr(11));
    if (h >= 0 && h < 24 && Touch(i + 1) && L(i + 1) == ":" && Touch(i + 2)) {
      int mi = Digits(L(i + 2));
      if (mi >= 0 && mi < 60 && L(i + 2).size() == 2) {
        Add(i, i + 3, DateType::kTime, base::FormatIsoDate(*d) + Fmt("T%02d:%02d", h, mi));
        return i + 3;
      }
    }
    Add(i, i + 1, DateType::kDate, base::FormatIsoDate(*d));
    return i + 1;
  }

  size_t NumericDate(size_t i) {  // 12/09/2024 (US month/day/year)
    if (!(Touch(i + 1) && L(i + 1) == "/" && Touch(i + 2) && Touch(i + 3) && L(i + 3) == "/" &&
          Touch(i + 4))) {
      return i;
    }
    int a = Digits(L(i)), b = Digits(L(i + 2)), y = Year(i + 4);
    if (a < 1 || b < 1 || y == 0) return i;
    int m = a, d = b;
    if (m > 12 && d <= 12) std::swap(m, d);  // unambiguous day/month order
    if (m > 12 || d > base::DaysInMonth(y, m)) return i;
    Add(i, i + 5, DateType::kDate, base::FormatIsoDate({y, m, d}));
    return i + 5;
  }

  size_t ClockTime(size_t i) {
    std::string_view w = L(i);
    int h = -1, mi = 0;
    size_t e = i + 1;
    // "3pm" / "3am"
    if (w.size() >= 3 && (w.substr(w.size() - 2) == "pm" || w.substr(w.size() - 2) == "am")) {
      h = Digits(w.substr(0, w.size() - 2));
      if (h < 1 || h > 12) return i;
      if (w.substr(w.size() - 2) == "pm" && h != 12) h += 12;
      if (w.substr(w.size() - 2) == "am" && h == 12) h = 0;
      Add(i, e, DateType::kTime, Fmt("T%02d:%02d", h, 0));
      return e;
    }
    h = Digits(w);
    if (h < 0 || h > 23 || w.size() > 2) return i;
    bool has_minutes = false;
    if (Touch(i + 1) && L(i + 1) == ":" && Touch(i + 2) && L(i + 2).size() == 2) {
      mi = Digits(L(i + 2));
      if (mi < 0 || mi > 59) return i;
      has_minutes = true;
      e = i + 3;
    }
    if (Next(e) && IsWord(e)) {
      std::string_view ap = L(e);
      bool pm = ap == "p.m." || ap == "pm";
      bool am = ap == "a.m." || ap == "am";
      // "p.m" at a sentence end: the tokenizer leaves "p.m." whole; also accept "p.m" + "."
      if (pm || am) {
        if (h < 1 || h > 12) return i;
        if (pm && h != 12) h += 12;
        if (am && h == 12) h = 0;
        Add(i, e + 1, DateType::kTime, Fmt("T%02d:%02d", h, mi));
        return e + 1;
      }
    }
    if (has_minutes) {
      Add(i, e, DateType::kTime, Fmt("T%02d:%02d", h, mi));
      return e;
    }
    return i;
  }

  size_t DayMonth(size_t i) {  // "9 December 2024", "9th of December"
    int d = Day(i);
    if (d == 0) return i;
    size_t k = i + 1;
    if (Next(k) && L(k) == "of") ++k;
    size_t me = 0;
    int m = Next(k) ? Month(k, &me) : 0;
    if (m == 0) return i;
    int y = Next(me) ? Year(me) : 0;
    size_t e = y ? me + 1 : me;
    std::string v = DateValue(y, m, d, i, e);
    Add(i, e, DateType::kDate, std::move(v));
    return e;
  }

  size_t MonthDate(size_t i) {  // "December 9, 2024", "Dec. 9", "September 2025", "in September"
    size_t me = 0;
    int m = Month(i, &me);
    if (m == 0) return i;
    // "Dec. 9" but not "Dec. 9:30" or "Dec 9/10" (a clock time or a range written tight).
    if (Next(me) && Day(me) &&
        !(Touch(me + 1) && (L(me + 1) == ":" || L(me + 1) == "/") && Touch(me + 2) &&
          tokens_[me + 2].kind == TokenKind::kNumber)) {
      int d = Day(me);
      size_t e = me + 1;
      int y = 0;
      if (Touch(e) && L(e) == "," && Next(e + 1) && Year(e + 1)) {
        y = Year(e + 1);
        e += 2;
      } else if (Next(e) && Year(e)) {
        y = Year(e);
        e += 1;
      }
      Add(i, e, DateType::kDate, DateValue(y, m, d, i, e));
      return e;
    }
    if (size_t ye = 0; int y = YearAt(me, &ye)) {  // "September 2025", "January nineteen
      Add(i, ye, DateType::kDate, YearMonth(y, m));  // ninety-seven"
      return ye;
    }
    // "June last year", "January this year".
    if (Next(me) && Next(me + 1) && L(me + 1) == "year" &&
        (L(me) == "this" || L(me) == "last" || L(me) == "next")) {
      std::string v = Fmt("XXXX-%02d", m);
      if (HasPub()) v = YearMonth(PubCivil().year + (L(me) == "last" ? -1 : L(me) == "next"), m);
      Add(i, me + 2, DateType::kDate, std::move(v));
      return me + 2;
    }
    // A month alone only after a preposition ("in May", not "May I").
    if (i > 0 && IsWord(i - 1)) {
      const std::string& p = L(i - 1);
      int dir = p == "last" ? -1 : p == "next" ? 1 : 0;
      static constexpr std::string_view kPreps[] = {"in", "since", "until", "till", "by",
                                                    "during", "from", "through", "before",
                                                    "after", "early", "late", "mid", "this",
                                                    "last", "next", "of", "end"};
      for (std::string_view prep : kPreps) {
        if (p == prep && (m != 5 || p != "of")) {
          if (dir != 0) {
            Add(i - 1, me, DateType::kDate, MonthAloneValue(m, dir));
          } else {
            Add(i, me, DateType::kDate, MonthAloneValue(m, 0, i, me));
          }
          return me;
        }
      }
    }
    return i;
  }

  size_t WeekdayDate(size_t i) {  // "Monday", "Monday, Dec. 9", "Monday night"
    int wd = Weekday(i);
    if (wd < 0) return i;
    // "Monday, December 9, 2024": the explicit date wins, span covers both.
    size_t k = i + 1;
    if (Touch(k) && L(k) == ",") ++k;
    size_t me = 0;
    if (Next(k) && Month(k, &me) && Next(me) && Day(me)) {
      size_t before = out_.size();
      size_t e = MonthDate(k);
      if (e > k && out_.size() > before) {
        DateMention d = out_.back();
        out_.pop_back();
        Add(i, e, DateType::kDate, d.value);
        return e;
      }
    }
    if (i > 0 && IsWord(i - 1) && (L(i - 1) == "last" || L(i - 1) == "next" || L(i - 1) == "this")) {
      return i;  // handled by Relative() at the modifier
    }
    int dir = RefersForward(join_begin_ < i ? join_begin_ : i, i) ? 1 : 0;
    std::string v = WeekdayValue(wd, dir);
    size_t e = i + 1;
    DateType type = DateType::kDate;
    if (Next(e) && IsWord(e)) {
      const std::string& part = L(e);
      const char* code = part == "morning" ? "MO" : part == "afternoon" ? "AF"
                         : part == "evening" ? "EV" : part == "night" ? "NI" : nullptr;
      if (code) {
        if (!v.empty()) v += std::string("T") + code;
        type = DateType::kTime;
        ++e;
      }
    }
    Add(i, e, type, std::move(v));
    return e;
  }

  size_t Relative(size_t i) {  // last/this/next + week|month|year|weekend|Monday|September
    const std::string& w = L(i);
    if (!Next(i + 1) || !IsWord(i + 1)) return i;
    int dir = (w == "last" || w == "past") ? -1 : (w == "next" || w == "coming") ? 1 : 0;
    const std::string& u = L(i + 1);
    std::string v;
    if (u == "week") {
      if (HasPub()) v = IsoWeek(*pub_ + 7 * dir);
    } else if (u == "month") {
      if (HasPub()) {
        CivilDate p = PubCivil();
        int m = p.month + dir, y = p.year;
        if (m < 1) m = 12, --y;
        if (m > 12) m = 1, ++y;
        v = YearMonth(y, m);
      }
    } else if (u == "year") {
      if (HasPub()) v = std::to_string(PubCivil().year + dir);
    } else if (u == "weekend") {
      v = WeekendValue(dir);
    } else if (int wd = Weekday(i + 1); wd >= 0) {
      // "this Friday" follows the tense like a bare weekday, but may be today.
      if (dir == 0 && w == "this" && RefersForward(i, i + 1)) dir = 2;
      v = WeekdayValue(wd, dir);
    } else if (size_t me = 0; int m = Month(i + 1, &me)) {
      if (w == "this" && !(Next(me) && Day(me))) {  // "this September": this calendar year's
        Add(i, me, DateType::kDate,
            HasPub() ? YearMonth(PubCivil().year, m) : Fmt("XXXX-%02d", m));
        return me;
      }
      if (Next(me) && Day(me)) {  // "last Oct. 23": the latest one before publication
        int d = Day(me);
        std::string v = Fmt("XXXX-%02d-%02d", m, d);
        if (HasPub()) {
          CivilDate p = PubCivil();
          int y = dir > 0 ? p.year + 1 : dir < 0 ? p.year - 1 : p.year;
          if (dir < 0 && base::DaysFromCivil({p.year, m, std::min(d, base::DaysInMonth(p.year, m))}) < *pub_) y = p.year;
          v = DateValue(y, m, d);
        }
        Add(i, me + 1, DateType::kDate, std::move(v));
        return me + 1;
      }
      Add(i, me, DateType::kDate, MonthAloneValue(m, dir));
      return me;
    } else if (const char* part = u == "morning" ? "MO" : u == "afternoon" ? "AF"
                                  : u == "evening" ? "EV" : u == "night" ? "NI" : nullptr;
               part && (w == "this" || (w == "last" && u == "night"))) {
      // "this morning" (the day of publication), "last night" (the evening before).
      if (HasPub()) {
        v = base::FormatIsoDate(base::CivilFromDays(*pub_ - (w == "last"))) + "T" + part;
      }
      Add(i, i + 2, DateType::kTime, std::move(v));
      return i + 2;
    } else {
      return i;
    }
    Add(i, i + 2, DateType::kDate, std::move(v));
    return i + 2;
  }

  size_t EverySet(size_t i) {  // "every Monday", "every day", "every three weeks"
    if (!Next(i + 1) || !IsWord(i + 1)) return i;
    if (int wd = Weekday(i + 1); wd >= 0) {
      Add(i, i + 2, DateType::kSet, Fmt("XXXX-WXX-%d", wd + 1));
      return i + 2;
    }
    int n = 1;
    size_t k = i + 1;
    if (int c = Count(k); c > 0 && Next(k + 1)) {
      n = c;
      ++k;
    }
    auto unit = UnitCode(L(k));
    if (!unit) return i;
    Add(i, k + 1, DateType::kSet, DurationValue(n, *unit));
    return k + 1;
  }

  // "three years", "10 days", "two days ago", "a three-year deal".
  size_t Quantity(size_t i) {
    std::string_view w = L(i);
    int n = -1;
    size_t k = i + 1;
    std::optional<char> unit;
    size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos) {  // "three-year", "10-day"
      std::string_view a = w.substr(0, hyphen), b = w.substr(hyphen + 1);
      n = Digits(a) >= 0 ? Digits(a) : NumberWord(a);
      unit = UnitCode(b);
      if (n <= 0 || !unit) return i;
      Add(i, i + 1, DateType::kDuration, DurationValue(n, *unit));
      return i + 1;
    }
    if (w == "a" || w == "an") {
      n = 1;
    } else {
      n = Count(i);
      if (n <= 0 && w != "zero") return i;
    }
    bool half = false;  // "2 1/2 years"
    if (n > 0 && Next(k) && L(k) == "1" && Touch(k + 1) && L(k + 1) == "/" && Touch(k + 2) &&
        L(k + 2) == "2") {
      half = true;
      k += 3;
    }
    if (!Next(k) || !IsWord(k)) return i;
    unit = UnitCode(L(k));
    if (!unit) return i;
    if (half) {
      std::string v = DurationValue(n, *unit);
      switch (*unit) {
        case 'Y': v += "6M"; break;
        case 'D': v += "T12H"; break;
        case 'H': v += "30M"; break;
        case 'N': v += "30S"; break;
        case 'W': v = Fmt("P%d.5W", n); break;
        case 'M': v = Fmt("P%d.5M", n); break;
        default: break;
      }
      Add(i, k + 1, DateType::kDuration, std::move(v));
      return k + 1;
    }
    bool ago = Next(k + 1) && L(k + 1) == "ago";
    if (Next(k + 1) && L(k + 1) == "old") return i;  // an age: "52 years old"
    if (w == "a" || w == "an") {
      // "a day" is too often not a duration ("once a day", "$5 a week"); after a word that
      // asks for a length ("within a week", "for a month", "barely a year") it is one.
      std::string prev = i > 0 && IsWord(i - 1) ? L(i - 1) : std::string();
      bool length_cue = prev == "within" || prev == "for" || prev == "over" ||
                        prev == "barely" || prev == "nearly" || prev == "almost" ||
                        prev == "than" || prev == "lasting" || prev == "last";
      bool anchored = Next(k + 1) && (L(k + 1) == "earlier" || L(k + 1) == "later" ||
                                      L(k + 1) == "before" || L(k + 1) == "or");
      if (!ago && (!length_cue || anchored || *unit == 'N' || *unit == 'S')) return i;
    }
    if (!ago) {
      Add(i, k + 1, DateType::kDuration, DurationValue(n, *unit));
      return k + 1;
    }
    std::string v;
    if (HasPub()) {
      CivilDate p = PubCivil();
      switch (*unit) {
        case 'D': v = base::FormatIsoDate(base::CivilFromDays(*pub_ - n)); break;
        case 'W': v = base::FormatIsoDate(base::CivilFromDays(*pub_ - 7LL * n)); break;
        case 'M': {
          int total = p.year * 12 + (p.month - 1) - n;
          v = YearMonth(total / 12, total % 12 + 1);
          break;
        }
        case 'Y': v = std::to_string(p.year - n); break;
        case 'C': v = std::to_string(p.year - 10 * n); break;
        default: v = base::FormatIsoDate(p); break;  // hours/minutes ago: that day
      }
    }
    Add(i, k + 2, DateType::kDate, std::move(v));
    return k + 2;
  }

  // Words after a four-digit number that make it a count, not a year ("2014 people").
  static bool IsCountNoun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "people", "persons", "men", "women", "children", "cars", "units", "shares", "workers",
        "employees", "jobs", "homes", "houses", "troops", "soldiers", "votes", "tons", "tonnes",
        "barrels", "residents", "feet", "meters", "metres", "miles", "kilometers", "points",
        "percent", "pounds", "dollars", "euros", "yen", "acres", "members", "students",
        "times", "copies", "vehicles", "planes", "ships", "rooms", "beds", "cases", "deaths"};
    for (std::string_view n : kNouns) {
      if (w == n) return true;
    }
    return false;
  }

  // "in 2014", "the 1990 results", "1998 and 1999", "the 1990s". Four-digit numbers in
  // 1900-2099 are years unless a currency sign, "No." or a counted noun says otherwise; after a
  // temporal preposition the range is wider (1800-2199).
  size_t YearAlone(size_t i) {
    const std::string& w = L(i);
    if (w.size() == 5 && w[4] == 's' && Digits(std::string_view(w).substr(0, 4)) >= 1000 &&
        w[3] == '0') {  // "1990s": the decade
      Add(i, i + 1, DateType::kDate, w.substr(0, 3) + "X");  // TimeBank/TempEval: "199X"
      return i + 1;
    }
    if (w.size() != 4) return i;
    static constexpr std::string_view kPreps[] = {
        "in", "since", "until", "till", "by", "during", "before", "after", "through", "early",
        "late", "mid", "year", "summer", "winter", "spring", "autumn", "fall", "from"};
    bool prep = false;
    if (i > 0 && IsWord(i - 1)) {
      for (std::string_view p : kPreps) prep = prep || L(i - 1) == p;
    }
    int y = prep ? Year(i, 1800, 2199) : Year(i, 1900, 2099);
    if (y == 0) return i;
    if (i > 0) {
      const std::string& p = L(i - 1);
      if (p == "$" || p == "#" || p == "\u00a3" || p == "\u20ac" || p == "no." ||
          p == "number" || p == "flight" || p == "route" || p == "room" || p == "model" ||
          p == "about" || p == "some" || p == "nearly" || p == "almost" ||
          p == "-" || p == "+") {
        return i;
      }
      if (Touch(i) && (p == "." || p == "," || p == "/" || p == ":")) return i;
    }
    if (Touch(i + 1) && (L(i + 1) == "%" || L(i + 1) == "," || L(i + 1) == "-") &&
        Touch(i + 2) && tokens_[i + 2].kind == TokenKind::kNumber) {
      return i;
    }
    if (Touch(i + 1) && L(i + 1) == "%") return i;
    if (Next(i + 1) && IsWord(i + 1) && (UnitCode(L(i + 1)) || IsCountNoun(L(i + 1)))) {
      return i;
    }
    Add(i, i + 1, DateType::kDate, std::to_string(y));
    return i + 1;
  }

  // A time with no day takes the day of a full date in the same sentence.
  void AnchorTimes() {
    bool any = false;
    for (const DateMention& d : out_) {
      any = any || (d.type == DateType::kTime && !d.value.empty() && d.value[0] == 'T');
    }
    if (!any) return;
    std::vector<Span> sentences = SplitSentences(text_);
    auto sentence_of = [&](uint32_t pos) -> int {
      auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                                 [](uint32_t p, const Span& s) { return p < s.begin; });
      return it == sentences.begin() ? -1 : static_cast<int>(it - sentences.begin() - 1);
    };
    std::vector<int> sent(out_.size());
    for (size_t i = 0; i < out_.size(); ++i) sent[i] = sentence_of(out_[i].begin);
    for (size_t i = 0; i < out_.size(); ++i) {
      DateMention& t = out_[i];
      if (t.type != DateType::kTime || t.value.empty() || t.value[0] != 'T') continue;
      const DateMention* best = nullptr;
      size_t best_dist = 0;
      // Scan neighbours in the same sentence, nearest first.
      for (size_t step = 1; step <= 8; ++step) {
        for (int dir : {-1, 1}) {
          int64_t j = static_cast<int64_t>(i) + dir * static_cast<int64_t>(step);
          if (j < 0 || j >= static_cast<int64_t>(out_.size()) || sent[j] != sent[i]) continue;
          const DateMention& d = out_[j];
          if (d.type != DateType::kDate || d.value.size() != 10 || d.value[0] == 'X') continue;
          size_t dist = d.begin > t.begin ? d.begin - t.begin : t.begin - d.begin;
          if (!best || dist < best_dist) best = &d, best_dist = dist;
        }
      }
      if (best) {
        t.value = best->value + t.value;
      } else if (HasPub()) {  // a time with no day in its sentence: the day of publication
        t.value = base::FormatIsoDate(PubCivil()) + t.value;
      }
    }
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<std::string> lower_;
  std::optional<int64_t> pub_;
  std::vector<DateMention> out_;
  std::optional<std::pair<int, int>> ref_quarter_;  // (year, quarter) a report is about
  static constexpr size_t kNoToken = static_cast<size_t>(-1);
  size_t join_begin_ = kNoToken;  // first token of a clock time joined to the day being read
};

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, std::string_view published) {
  if (text.size() >= UINT32_MAX) return {};
  DateFinder finder(text, published);
  return finder.Run();
}

}  // namespace storyline::analyse
