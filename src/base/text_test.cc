#include "base/text.h"

#include <gtest/gtest.h>

namespace storyline::base {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Blinken’s “remarks” — €5"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x93\xB0"));  // newspaper emoji
}

TEST(Utf8, RejectsIllFormedSequences) {
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));           // Latin-1 byte
}

TEST(Utf8, RepairReplacesEachBadByteAndDropsNul) {
  EXPECT_EQ(ToValidUtf8("caf\xE9 ok"), "caf\xEF\xBF\xBD ok");
  EXPECT_EQ(ToValidUtf8(std::string("a\0b", 3)), "ab");
  EXPECT_EQ(ToValidUtf8("“ok”"), "“ok”");
  EXPECT_TRUE(IsValidUtf8(ToValidUtf8("\xFF\xFE\xC3\x28")));
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  std::string s = "a€\xF0\x9F\x93\xB0";
  std::string out;
  for (size_t i = 0; i < s.size();) AppendUtf8(out, NextCodePoint(s, i));
  EXPECT_EQ(out, s);
}

TEST(Strings, TrimLowerCompare) {
  EXPECT_EQ(Trim("  x y \n"), "x y");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(AsciiLower("U.S. Army"), "u.s. army");
  EXPECT_TRUE(StartsWithIgnoreCase("WARC/1.1", "warc/"));
  EXPECT_FALSE(EqualsIgnoreCase("abc", "abd"));
}

TEST(Hash, StableAndHex) {
  EXPECT_EQ(Hash64("storyline"), Hash64("storyline"));
  EXPECT_NE(Hash64("storyline"), Hash64("storyline", 1));
  EXPECT_EQ(Hex64(0x1234abcdULL), "000000001234abcd");
}

}  // namespace
}  // namespace storyline::base
