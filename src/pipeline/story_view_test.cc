#include "pipeline/story_view.h"

#include <gtest/gtest.h>

namespace storyline::pipeline {
namespace {

store::StoredArticle Article(const std::string& id, std::vector<Quote> quotes,
                             std::vector<DateMention> dates = {}) {
  store::StoredArticle a;
  a.doc.article.id = id;
  a.doc.analysis.quotes = std::move(quotes);
  a.doc.analysis.dates = std::move(dates);
  a.link.id = id;
  a.link.story = "s1";
  return a;
}

Quote Said(const std::string& text, const std::string& speaker) {
  Quote q;
  q.text = text;
  q.speaker = speaker;
  return q;
}

DateMention Dated(const std::string& text, const std::string& value) {
  DateMention d;
  d.text = text;
  d.value = value;
  d.type = DateType::kDate;
  return d;
}

const KeyQuote* Find(const StoryView& v, const std::string& speaker, const std::string& text) {
  for (const auto& sq : v.quotes) {
    if (sq.speaker != speaker) continue;
    for (const auto& q : sq.quotes) {
      if (q.text == text) return &q;
    }
  }
  return nullptr;
}

TEST(StoryViewTest, QuotesTrimmedOrRetypedByRewritersCountAsOneQuote) {
  const std::string full = "We will rebuild the pier before the summer season starts";
  store::StoryDetail d;
  d.articles = {
      Article("orig", {Said(full, "Lena Farrow")}),
      // A rewrite with typographic apostrophes and dashes, and a trimmed copy.
      Article("rw1", {Said("We will rebuild the pier \xE2\x80\x94 before the summer season starts",
                           "Lena Farrow")}),
      Article("rw2", {Said("rebuild the pier before the summer season", "Lena Farrow")}),
      // The same trimmed words with no speaker found: still her quote.
      Article("rw3", {Said("rebuild the pier before the summer season", "")}),
      // Another speaker's different words stay separate.
      Article("rw4", {Said("The pier has been closed since the storm in March", "Omar Quist")}),
  };
  StoryView v = BuildStoryView(d);
  const KeyQuote* q = Find(v, "Lena Farrow", full);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->first_article, "orig");
  EXPECT_EQ(q->repeated_by, 3);
  ASSERT_EQ(v.quotes.size(), 2u);  // no "(unattributed)" group left
  EXPECT_EQ(v.quotes[0].quotes.size(), 1u);
  EXPECT_NE(Find(v, "Omar Quist", "The pier has been closed since the storm in March"), nullptr);
}

TEST(StoryViewTest, ShortContainedQuotesOfOtherSpeakersAreNotMerged) {
  store::StoryDetail d;
  d.articles = {Article("a", {Said("We will not resign over this report, whatever they say", "Ada Voss"),
                              Said("We will not resign", "Ben Hale")})};
  StoryView v = BuildStoryView(d);
  EXPECT_NE(Find(v, "Ben Hale", "We will not resign"), nullptr);
  EXPECT_NE(Find(v, "Ada Voss", "We will not resign over this report, whatever they say"), nullptr);
}

TEST(StoryViewTest, TimelineKeepsOnlyDatesWithAKnownYearInOrderWithSources) {
  store::StoryDetail d;
  d.articles = {Article("a", {}, {Dated("Tuesday", "2025-04-08"), Dated("March 28", "XXXX-03-28")}),
                Article("b", {}, {Dated("April 8", "2025-04-08"), Dated("last year", "2024")})};
  StoryView v = BuildStoryView(d);
  ASSERT_EQ(v.timeline.size(), 2u);
  EXPECT_EQ(v.timeline[0].value, "2024");
  EXPECT_EQ(v.timeline[1].value, "2025-04-08");
  EXPECT_EQ(v.timeline[1].text, "Tuesday");
  EXPECT_EQ(v.timeline[1].sources, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace storyline::pipeline
