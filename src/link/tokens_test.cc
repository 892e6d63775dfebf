#include "link/tokens.h"

#include <gtest/gtest.h>

namespace storyline::link {
namespace {

std::string Joined(std::string_view text) {
  std::string out;
  for (const auto& t : Tokenise(text)) {
    if (!out.empty()) out += '|';
    out += t;
  }
  return out;
}

TEST(TokeniseTest, Table) {
  const struct {
    std::string_view in, want;
  } cases[] = {
      {"U.S. officials said", "u|s|officials|said"},
      {"Blinken\xE2\x80\x99s remarks", "blinken|remarks"},
      {"1,200 people; 6.8 magnitude.", "1200|people|6.8|magnitude"},
      {"war-torn country", "war|torn|country"},
      {"\xC3\x89mile ZOLA", "\xC3\xA9mile|zola"},
      {"don't stop", "don't|stop"},
      {"\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said.", "we|are|ready|he|said"},
      {"ends with 2024.", "ends|with|2024"},
      {"\xFF\xFE" "abc def", "abc|def"},
      {"", ""},
      {"...", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Joined(c.in), c.want) << c.in;
}

TEST(TokeniseTest, ContentWords) {
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_TRUE(IsStopWord("said"));
  EXPECT_FALSE(IsStopWord("earthquake"));
  EXPECT_TRUE(IsContentWord("earthquake"));
  EXPECT_FALSE(IsContentWord("23"));
  EXPECT_FALSE(IsContentWord("x"));
  EXPECT_TRUE(IsNumberToken("6.8"));
}

}  // namespace
}  // namespace storyline::link
