#include <gtest/gtest.h>

#include <random>

#include "link/link.h"
#include "link/link_test_corpus.h"
#include "summarise/summarise.h"

namespace storyline::summarise {
namespace {

using link::testing::MakeArticle;

SummaryOptions Options(int max_words, std::string query = "") {
  SummaryOptions o;
  o.max_words = max_words;
  o.query = std::move(query);
  return o;
}

std::string Show(const Summary& s) {
  std::string out = "[" + s.headline + "]";
  for (const auto& x : s.sentences) {
    out += "\n  " + x.text + " <-";
    for (const auto& id : x.sources) out += " " + id;
  }
  return out;
}

int Words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ';
    n += !sp && !in;
    in = !sp;
  }
  return n;
}

// Wire, verbatim copy and machine rewrite of one flood story, linked as the linker links them.
struct FloodStory {
  std::vector<AnalysedArticle> articles = {link::testing::FloodWire(),
                                           link::testing::FloodCopy(),
                                           link::testing::FloodRewrite()};
  std::vector<LinkResult> links;
  FloodStory() {
    link::Linker linker;
    for (const auto& a : articles) links.push_back(linker.Add(a));
  }
};

TEST(SummariseTest, CopiedLeadIsOneSentenceCreditedToAllItsSources) {
  FloodStory story;
  const Summary s = Summarise("s1", story.articles, story.links, Options(120));
  ASSERT_FALSE(s.sentences.empty()) << Show(s);
  EXPECT_EQ(s.story, "s1");
  const auto& lead = s.sentences.front();
  EXPECT_EQ(lead.text.substr(0, 40), "KESTREL BAY, Norvania - Floods have kill") << Show(s);
  ASSERT_GE(lead.sources.size(), 2u) << Show(s);
  EXPECT_EQ(lead.sources[0], "wire-flood");  // the earliest first
  EXPECT_EQ(lead.sources[1], "lantern-flood");
  for (const auto& x : s.sentences) {
    EXPECT_FALSE(x.sources.empty());
    EXPECT_EQ(x.text.find("Original Source"), std::string::npos);
    EXPECT_EQ(x.text.find("Posted by"), std::string::npos) << "a byline is not a sentence";
  }
  // No sentence appears twice.
  for (size_t i = 0; i < s.sentences.size(); ++i) {
    for (size_t j = i + 1; j < s.sentences.size(); ++j) EXPECT_NE(s.sentences[i].text, s.sentences[j].text);
  }
}

TEST(SummariseTest, WordLimitIsHard) {
  FloodStory story;
  for (int limit : {0, 3, 12, 25, 40, 60, 120, 400}) {
    const Summary s = Summarise("s1", story.articles, story.links, Options(limit));
    int total = 0;
    for (const auto& x : s.sentences) total += Words(x.text);
    EXPECT_LE(s.words, limit) << Show(s);
    EXPECT_EQ(s.words, total);
    if (limit >= 60) {
      EXPECT_GE(s.sentences.size(), 2u) << limit;
    }
  }
}

TEST(SummariseTest, QueryChangesTheChoice) {
  FloodStory story;
  const auto has = [](const Summary& s, std::string_view w) {
    for (const auto& x : s.sentences) {
      if (x.text.find(w) != std::string::npos) return true;
    }
    return false;
  };
  const Summary plain = Summarise("s1", story.articles, story.links, Options(45));
  const Summary focused = Summarise("s1", story.articles, story.links,
                                    Options(45, "army soldiers"));
  EXPECT_FALSE(has(plain, "army")) << Show(plain);
  EXPECT_TRUE(has(focused, "The army has deployed 600 soldiers")) << Show(focused);
  EXPECT_LE(focused.words, 45);
}

TEST(SummariseTest, HeadlineIsTheEarliestTitle) {
  auto late = MakeArticle("late", "2024-05-13", "Later title", "The river fell on Monday night.");
  auto early_untitled =
      MakeArticle("early", "2024-05-11", "", "The river rose quickly on Saturday evening.");
  auto middle = MakeArticle("mid", "2024-05-12", "Middle title", "The river kept rising all day.");
  EXPECT_EQ(Summarise("s", {late, early_untitled, middle}, {}, {}).headline, "Middle title");
  auto a = MakeArticle("a", "2024-05-11", "",
                       "One two three four five six seven eight nine ten eleven twelve thirteen "
                       "fourteen fifteen sixteen seventeen. Second sentence is here.");
  EXPECT_EQ(Summarise("s", {a}, {}, {}).headline,
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen\xE2\x80\xA6");
}

TEST(SummariseTest, DoesNotOpenWithADanglingPronoun) {
  auto a = MakeArticle("a", "2024-05-11", "Bridge",
                       "She said the new plan would finally work this time.\n"
                       "The city council approved the bridge plan on Monday evening.\n"
                       "Work on the bridge will start in June.");
  const Summary s = Summarise("s", {a}, {}, Options(11));
  ASSERT_EQ(s.sentences.size(), 1u) << Show(s);
  EXPECT_EQ(s.sentences[0].text, "The city council approved the bridge plan on Monday evening.");
  // With room for both, the pronoun sentence may follow the one it needs... but never lead.
  const Summary wide = Summarise("s", {a}, {}, Options(100));
  ASSERT_FALSE(wide.sentences.empty());
  EXPECT_NE(wide.sentences[0].text.substr(0, 4), "She ") << Show(wide);
}

TEST(SummariseTest, IndependentSourcesOutweighCopies) {
  // Two independent reports repeat the toll sentence; it must be chosen and list both.
  auto a = MakeArticle("a", "2024-03-05", "Quake", "Officials opened shelters in the north. "
                       "The earthquake killed 23 people in Santa Irena, officials said. "
                       "Schools will stay closed.");
  auto b = MakeArticle("b", "2024-03-05T10:00:00Z", "Quake hits",
                       "Rain made the rescue harder overnight. "
                       "The earthquake killed 23 people in Santa Irena, officials said.");
  const Summary s = Summarise("s", {b, a}, {}, Options(12));
  ASSERT_EQ(s.sentences.size(), 1u) << Show(s);
  EXPECT_EQ(s.sentences[0].text, "The earthquake killed 23 people in Santa Irena, officials said.");
  EXPECT_EQ(s.sentences[0].sources, (std::vector<std::string>{"a", "b"}));
}

TEST(SummariseTest, EmptyAndDegenerateInput) {
  const Summary none = Summarise("s9", {}, {}, {});
  EXPECT_EQ(none.story, "s9");
  EXPECT_TRUE(none.sentences.empty());
  EXPECT_EQ(none.words, 0);
  EXPECT_EQ(none.headline, "");
  AnalysedArticle bad = link::testing::PlainText("x", "\xFF\xFE no. ");
  bad.analysis.sentences.push_back({5, 500});  // out of range: ignored, fallback splitter used
  const Summary s = Summarise("s", {bad}, {LinkResult{}, LinkResult{}}, {});  // links not parallel
  EXPECT_LE(s.words, 120);
}

TEST(SummariseTest, Deterministic) {
  FloodStory story;
  const Summary x = Summarise("s1", story.articles, story.links, Options(80));
  const Summary y = Summarise("s1", story.articles, story.links, Options(80));
  EXPECT_EQ(Show(x), Show(y));
  std::vector<AnalysedArticle> reversed(story.articles.rbegin(), story.articles.rend());
  std::vector<LinkResult> reversed_links(story.links.rbegin(), story.links.rend());
  EXPECT_EQ(Show(Summarise("s1", reversed, reversed_links, Options(80))), Show(x));
}

}  // namespace
}  // namespace storyline::summarise

namespace storyline::summarise {
namespace {

TEST(SummariseTest, RandomBytesAndSpansNeverCrash) {
  std::mt19937_64 rng(7);
  const std::string alphabet = "He She. It ,\n\"\xE2\x80\x9C\x9D\xFF ab cd ef Source: x.y";
  std::vector<AnalysedArticle> articles;
  for (int i = 0; i < 40; ++i) {
    AnalysedArticle a;
    a.article.id = "r" + std::to_string(i % 7);
    for (size_t k = rng() % 300; k > 0; --k) a.article.text += alphabet[rng() % alphabet.size()];
    a.article.published = i % 2 ? "" : "2024-02-0" + std::to_string(rng() % 9);
    if (i % 3) a.analysis.sentences.push_back({static_cast<uint32_t>(rng() % 300), static_cast<uint32_t>(rng() % 300)});
    articles.push_back(a);
    const int limit = static_cast<int>(rng() % 50);
    const Summary s = Summarise("s", articles, {}, Options(limit, i % 2 ? "ab" : ""));
    EXPECT_LE(s.words, limit);
    for (const auto& x : s.sentences) EXPECT_FALSE(x.sources.empty());
  }
}

}  // namespace
}  // namespace storyline::summarise
