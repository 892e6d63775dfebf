#pragma once
// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), so that dates
// can be compared and shifted without time zones.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline::base {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

int64_t DaysFromCivil(CivilDate d);
CivilDate CivilFromDays(int64_t days);
// 0 = Monday ... 6 = Sunday.
int Weekday(int64_t days);
int DaysInMonth(int year, int month);
// Parses the date part of ISO 8601 ("2024-12-09", "2024-12-09T14:05:00Z"); nullopt otherwise.
std::optional<CivilDate> ParseIsoDate(std::string_view s);
std::string FormatIsoDate(CivilDate d);  // "2024-12-09"

}  // namespace storyline::base
