#include "extract/dates.h"

#include <gtest/gtest.h>

namespace storyline::extract {
namespace {

struct Case {
  const char* in;
  const char* want;
};

TEST(DatesTest, NormalizeDate) {
  const Case cases[] = {
      {"2024-09-30", "2024-09-30"},
      {" 2024-09-30 ", "2024-09-30"},
      {"2024-09-30T14:05:00Z", "2024-09-30T14:05:00Z"},
      {"2024-09-30T14:05:00.123Z", "2024-09-30T14:05:00Z"},
      {"2024-09-30T14:05:00+0200", "2024-09-30T14:05:00+02:00"},
      {"2024-09-30T14:05:00-05:00", "2024-09-30T14:05:00-05:00"},
      {"2024-09-30T14:05", "2024-09-30T14:05:00"},
      {"2024-09-30 14:05:09", "2024-09-30T14:05:09"},
      {"2024/9/3", "2024-09-03"},
      {"30.09.2024", "2024-09-30"},
      {"September 30, 2024", "2024-09-30"},
      {"Sept. 30, 2024", "2024-09-30"},
      {"Monday, September 30th, 2024", "2024-09-30"},
      {"30 Sep 2024", "2024-09-30"},
      {"30. September 2024", "2024-09-30"},
      {"30 de septiembre de 2024", "2024-09-30"},
      {"1er octobre 2024", "2024-10-01"},
      {"Mon, 30 Sep 2024 14:05:00 GMT", "2024-09-30T14:05:00Z"},
      {"Mon, 30 Sep 2024 14:05:00 +0000", "2024-09-30T14:05:00+00:00"},
      {"September 30, 2024 2:05 PM", "2024-09-30"},  // no zone: date only
      {"2024-02-30", ""},
      {"2024-13-01", ""},
      {"2023-02-29", ""},
      {"2024-02-29", "2024-02-29"},
      {"1066-10-14", ""},
      {"2024", ""},
      {"yesterday", ""},
      {"", ""},
      {"May the force be with you 2024", ""},
      {"2024-09-30T25:00:00Z", "2024-09-30"},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeDate(c.in), c.want) << c.in;
}

TEST(DatesTest, FindDateInText) {
  const Case cases[] = {
      {"Published: 30 September 2024, 14:05", "2024-09-30"},
      {"By Jane Doe | Updated Sep 30, 2024", "2024-09-30"},
      {"Posted on 2024-09-30 by admin", "2024-09-30"},
      {"Stand: 30.\u00a0September 2024", "2024-09-30"},
      {"March 3 was the day", ""},
      {"In 2024 the council met 30 times.", ""},
      {"no date at all", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(FindDateInText(c.in), c.want) << c.in;
}

TEST(DatesTest, DateFromUrl) {
  const Case cases[] = {
      {"https://example.com/2024/09/30/bridge-reopens", "2024-09-30"},
      {"https://example.com/news/2024-09-30-bridge", "2024-09-30"},
      {"https://example.com/news/2024_09_30/bridge", "2024-09-30"},
      {"https://example.com/article/20240930/bridge", "2024-09-30"},
      {"https://example.com/2024/09/bridge", ""},
      {"https://example.com/story/123456789012", ""},
      {"https://example.com/2024/02/31/x", ""},
      {"https://2024-09-30.example.com/x", ""},  // host, not path
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DateFromUrl(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace storyline::extract
