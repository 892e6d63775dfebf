#include "link/credit.h"

#include <gtest/gtest.h>

#include "link/link.h"

namespace storyline::link {
namespace {

TEST(FindCreditedSourceTest, Table) {
  const struct {
    std::string_view text, want;
  } cases[] = {
      {"The council met on Monday.\nIt voted to close the bridge.\nOriginal Source: www.aa.com.tr",
       "aa.com.tr"},
      {"Body text here.\n\nOriginal Source: https://www.Example-Wire.com/world/item-1?ref=x\n",
       "example-wire.com"},
      {"Body text. Original Source: www.aa.com.tr", "aa.com.tr"},
      {"The minister resigned.\n\nSource: AA", "AA"},
      {"The minister resigned.\n\nSource: The Associated Press", "AP"},
      {"Body.\nOriginally published at https://example.org/news/1 on May 3.", "example.org"},
      {"Body.\nThis article originally appeared on www.news.example.net.", "news.example.net"},
      {"WASHINGTON (Reuters) - The Senate voted on Tuesday.", "Reuters"},
      {"NEW YORK (AP) \xE2\x80\x94 Stocks fell sharply.", "AP"},
      {"PARIS (AFP) -- Strikes continued.", "AFP"},
      {"The company's shares fell, according to Reuters.", "Reuters"},
      {"The talks collapsed, according to the Associated Press.", "AP"},
      {"Rain fell all day.\nThe Associated Press contributed to this report.", "AP"},
      {"Rain fell all day. Reuters contributed reporting.", "Reuters"},
      // Not credits.
      {"The meeting (held in Paris) was long - very long.", ""},
      {"The deal was worth (in total) nothing.", ""},
      {"according to apartment records, the rent rose.", ""},
      {"Body.\nSource: a senior official who spoke on condition of anonymity", ""},
      {"Body.\nSource:", ""},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(FindCreditedSource(c.text), c.want) << c.text;
}

TEST(FindCreditTest, KindNamesTheEvidence) {
  EXPECT_EQ(FindCredit("x\nOriginal Source: www.aa.com.tr").kind, "footer");
  EXPECT_EQ(FindCredit("LONDON (Reuters) - x").kind, "dateline");
  EXPECT_EQ(FindCredit("x, according to Reuters.").kind, "credit");
  EXPECT_EQ(FindCredit("nothing here").kind, "");
}

TEST(NormaliseHostTest, Table) {
  EXPECT_EQ(NormaliseHost("https://www.AA.com.tr/en/middle-east"), "aa.com.tr");
  EXPECT_EQ(NormaliseHost("www.example.com:8080"), "example.com");
  EXPECT_EQ(NormaliseHost("example"), "");
  EXPECT_EQ(NormaliseHost("not a host.com"), "");
  EXPECT_EQ(NormaliseHost(""), "");
}

}  // namespace
TEST(CreditNamesPublisher, MatchesOwnSiteNotOthers) {
  EXPECT_TRUE(CreditNamesPublisher("Coastal Wire Service", "", "https://www.coastalwire.com/a"));
  EXPECT_TRUE(CreditNamesPublisher("meridianpress.com", "Meridian Press", ""));
  EXPECT_FALSE(CreditNamesPublisher("aa.com.tr", "Daily Brief", "https://dailybrief.example/x"));
  EXPECT_FALSE(CreditNamesPublisher("AP", "", "https://apnews.example/x"));
  EXPECT_FALSE(CreditNamesPublisher("", "Meridian Press", ""));
}

}  // namespace storyline::link
