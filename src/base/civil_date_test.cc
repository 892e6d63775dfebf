#include "base/civil_date.h"

#include <gtest/gtest.h>

namespace storyline::base {
namespace {

TEST(CivilDate, RoundTripsAcrossLeapYears) {
  for (int64_t d = -800000; d < 800000; d += 37) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(FormatIsoDate(CivilFromDays(DaysFromCivil({2024, 2, 28}) + 1)), "2024-02-29");
}

TEST(CivilDate, WeekdaysOfKnownDates) {
  EXPECT_EQ(Weekday(DaysFromCivil({2024, 12, 9})), 0);  // a Monday
  EXPECT_EQ(Weekday(DaysFromCivil({2024, 9, 29})), 6);  // a Sunday
}

TEST(CivilDate, ParsesIsoDatesAndRejectsOthers) {
  auto d = ParseIsoDate("2024-12-09T14:05:00Z");
  ASSERT_TRUE(d);
  EXPECT_EQ(FormatIsoDate(*d), "2024-12-09");
  EXPECT_FALSE(ParseIsoDate("2024-13-01"));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_FALSE(ParseIsoDate("Dec 9, 2024"));
  EXPECT_FALSE(ParseIsoDate("2024-12-0"));
}

}  // namespace
}  // namespace storyline::base
