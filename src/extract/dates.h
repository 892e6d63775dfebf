#pragma once
// Publication-date parsing for extraction: ISO 8601 and written dates to normalised ISO 8601.
// All functions are pure, linear in their input and never throw.
#include <string>
#include <string_view>

namespace storyline::extract {

// Normalises a date or timestamp to ISO 8601, or "" when `s` is not a date:
//   "2024-09-30"                      -> "2024-09-30"
//   "2024-09-30T14:05:00.000+0200"    -> "2024-09-30T14:05:00+02:00"
//   "2024-09-30 14:05"                -> "2024-09-30T14:05:00"
//   "2024/09/30", "30.09.2024"        -> "2024-09-30"
//   "September 30, 2024", "Mon, 30 Sep 2024" + year ... -> "2024-09-30"
//   "Mon, 30 Sep 2024 14:05:00 GMT"   -> "2024-09-30T14:05:00Z"  (time kept only with a zone)
// Dates are validated (no 2024-02-30); years 1900..2100.
std::string NormalizeDate(std::string_view s);

// The first written date in running text ("September 30, 2024", "Sept. 30 2024",
// "30 Sep 2024", "30. September 2024", "30 de septiembre de 2024", "2024-09-30"), as
// "YYYY-MM-DD"; "" when none. English, German, French and Spanish month names.
std::string FindDateInText(std::string_view text);

// True for a month name or abbreviation in English, German, French or Spanish ("Sept").
bool IsMonthName(std::string_view word);

// A date in a URL path: /2024/09/30/, /2024-09-30-slug, /20240930/; "" when none.
std::string DateFromUrl(std::string_view url);

}  // namespace storyline::extract
