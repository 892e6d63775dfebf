#include <gtest/gtest.h>

#include <random>

#include "base/text.h"
#include "link/link.h"
#include "link/link_test_corpus.h"

namespace storyline::link {
namespace {

using testing::FloodCopy;
using testing::FloodRewrite;
using testing::FloodWire;
using testing::QuakeA;
using testing::QuakeAFollowUp;
using testing::QuakeB;

std::string Show(const LinkResult& r) {
  std::string s = r.id + " story=" + r.story + " copy_of=" + r.copy_of +
                  " rewrite_of=" + r.rewrite_of + " origin=" + r.origin + " why={";
  for (const auto& [k, v] : r.why.numbers) s += k + ":" + std::to_string(v) + " ";
  for (const auto& [k, v] : r.why.strings) s += k + ":" + v + " ";
  return s + "}";
}

std::vector<AnalysedArticle> Corpus() {
  return {QuakeA(), FloodWire(), QuakeB(), FloodCopy(), QuakeAFollowUp(), FloodRewrite()};
}

TEST(LinkerTest, VerbatimCopyWithOtherHeaderAndFooterIsACopy) {
  Linker linker;
  const LinkResult wire = linker.Add(FloodWire());
  const LinkResult copy = linker.Add(FloodCopy());
  EXPECT_EQ(wire.copy_of, "");
  EXPECT_EQ(wire.origin, "");
  EXPECT_EQ(copy.copy_of, "wire-flood") << Show(copy);
  EXPECT_EQ(copy.story, wire.story);
  EXPECT_EQ(copy.origin, "wire-flood");
  EXPECT_GT(copy.why.numbers.at("jaccard"), 0.8);
  EXPECT_GT(copy.confidence, 0.8);
}

TEST(LinkerTest, MachineRewriteIsARewriteOfTheOriginal) {
  Linker linker;
  std::map<std::string, LinkResult> by_id;
  for (const auto& a : Corpus()) by_id[a.article.id] = linker.Add(a);
  const LinkResult& rw = by_id.at("digest-flood");
  EXPECT_EQ(rw.copy_of, "") << Show(rw);
  EXPECT_TRUE(rw.rewrite_of == "wire-flood" || rw.rewrite_of == "lantern-flood") << Show(rw);
  EXPECT_EQ(rw.story, by_id.at("wire-flood").story);
  EXPECT_EQ(rw.origin, "wire-flood") << Show(rw);
  EXPECT_EQ(rw.origin_source, "example-wire.com");
  EXPECT_EQ(rw.why.numbers.at("shared_quotes"), 2) << Show(rw);
  EXPECT_GE(rw.why.numbers.at("shared_entities"), 5) << Show(rw);
  EXPECT_GE(rw.why.numbers.at("shared_numbers"), 4) << Show(rw);
  EXPECT_EQ(rw.why.strings.at("footer"), "example-wire.com");
  EXPECT_GE(rw.confidence, 0.5);
}

TEST(LinkerTest, RewriteFoundInATinyCorpus) {
  // With three articles, document frequencies are degenerate; copies must not drown the IDF.
  Linker linker;
  linker.Add(FloodWire());
  linker.Add(FloodCopy());
  const LinkResult rw = linker.Add(FloodRewrite());
  EXPECT_EQ(rw.rewrite_of, "wire-flood") << Show(rw);
  EXPECT_EQ(rw.origin, "wire-flood");
}

TEST(LinkerTest, CopyOfACreditedRewriteKeepsTheCreditedOrigin) {
  Linker linker;
  const LinkResult rw = linker.Add(FloodRewrite());
  auto copy = FloodRewrite();
  copy.article.id = "copy-of-digest";
  copy.article.text = "From our partners.\n\n" + copy.article.text;
  const LinkResult c = linker.Add(copy);
  EXPECT_EQ(c.copy_of, "digest-flood") << Show(c);
  EXPECT_EQ(c.origin, "source:example-wire.com");
  EXPECT_EQ(c.story, rw.story);
}

TEST(LinkerTest, FooterWithoutOriginalInCorpusNamesTheSource) {
  Linker linker;
  linker.Add(QuakeA());
  const LinkResult rw = linker.Add(FloodRewrite());
  EXPECT_EQ(rw.rewrite_of, "");
  EXPECT_EQ(rw.copy_of, "");
  EXPECT_EQ(rw.origin, "source:example-wire.com");
  EXPECT_EQ(rw.why.strings.at("footer"), "example-wire.com");
  EXPECT_GT(rw.confidence, 0);
}

TEST(LinkerTest, DifferentEarthquakesAreDifferentStoriesAndFollowUpJoins) {
  Linker linker;
  std::map<std::string, LinkResult> by_id;
  for (const auto& a : Corpus()) by_id[a.article.id] = linker.Add(a);
  const auto& a = by_id.at("quake-veloria");
  const auto& b = by_id.at("quake-karthia");
  const auto& f = by_id.at("quake-veloria-toll");
  EXPECT_NE(a.story, b.story) << Show(b);
  EXPECT_EQ(f.story, a.story) << Show(f);
  EXPECT_EQ(f.rewrite_of, "") << "a follow-up is not a rewrite: " << Show(f);
  EXPECT_EQ(f.copy_of, "");
  EXPECT_EQ(f.origin, "");
  EXPECT_FALSE(f.why.empty());
  EXPECT_GT(f.confidence, 0);
  EXPECT_NE(a.story, by_id.at("wire-flood").story);
  EXPECT_NE(b.story, by_id.at("wire-flood").story);
}

TEST(LinkerTest, StoryIdsComeFromTheFirstArticleAndAreStable) {
  Linker one, two;
  for (const auto& a : Corpus()) {
    const LinkResult x = one.Add(a);
    const LinkResult y = two.Add(a);
    EXPECT_EQ(Show(x), Show(y));
    EXPECT_EQ(x.confidence, y.confidence);
    EXPECT_EQ(x.story.size(), 13u);
    EXPECT_EQ(x.story[0], 's');
  }
  Linker three;
  const LinkResult first = three.Add(QuakeA());
  EXPECT_EQ(first.story, "s" + base::Hex64(base::Hash64("quake-veloria")).substr(0, 12));
}

TEST(LinkerTest, RestoreThenAddBehavesLikeAddingAll) {
  const auto corpus = Corpus();
  for (size_t split = 0; split <= corpus.size(); ++split) {
    Linker all, restored;
    std::vector<LinkResult> expected;
    for (const auto& a : corpus) expected.push_back(all.Add(a));
    for (size_t i = 0; i < split; ++i) restored.Restore(corpus[i], expected[i]);
    for (size_t i = split; i < corpus.size(); ++i) {
      EXPECT_EQ(Show(restored.Add(corpus[i])), Show(expected[i])) << "split " << split;
    }
  }
}

TEST(LinkerTest, TimeWindowKeepsDistantArticlesApart) {
  Linker linker;  // window_days = 21
  const LinkResult a = linker.Add(QuakeA());
  auto late = QuakeAFollowUp();
  late.article.published = "2024-06-30";  // months later: outside the window
  const LinkResult f = linker.Add(late);
  EXPECT_NE(f.story, a.story) << Show(f);
}

TEST(LinkerTest, OldArticlesLeaveTheIndexes) {
  LinkOptions options;
  options.window_days = 10;
  options.evict_after_articles = 1;
  Linker linker(options);
  const LinkResult a = linker.Add(QuakeA());  // 2024-03-05
  auto later = QuakeB();
  later.article.published = "2024-05-01";  // the newest day moves far ahead: QuakeA is evicted
  linker.Add(later);
  const LinkResult copy = linker.Add([] {
    auto c = QuakeA();
    c.article.id = "quake-veloria-copy";
    return c;
  }());
  EXPECT_EQ(copy.copy_of, "") << "evicted articles are no longer candidates";
  EXPECT_NE(copy.story, a.story);
  // Recent articles are still linked.
  auto fresh = QuakeB();
  fresh.article.id = "quake-karthia-copy";
  fresh.article.published = "2024-05-02";
  EXPECT_EQ(linker.Add(fresh).copy_of, "quake-karthia");
}

TEST(LinkerTest, ByDefaultOutOfOrderDatesEvictNothing) {
  Linker linker;
  const LinkResult a = linker.Add(QuakeA());
  auto misdated = QuakeB();
  misdated.article.published = "2031-01-01";
  linker.Add(misdated);
  EXPECT_EQ(linker.Add(QuakeAFollowUp()).story, a.story);
}

TEST(LinkerTest, BadInputNeverCrashes) {
  Linker linker;
  AnalysedArticle junk = testing::PlainText("junk", std::string("\xFF\xFE\x00 (", 5));
  junk.analysis.entities.push_back({1000, 2000, "", EntityType::kPlace, ""});
  Quote inverted;
  inverted.begin = 3;
  inverted.end = 1;
  junk.analysis.quotes.push_back(inverted);
  junk.analysis.dates.push_back({0, 99, "", DateType::kDate, "not a date"});
  junk.article.published = "2024-13-45";
  const LinkResult r = linker.Add(junk);
  EXPECT_FALSE(r.story.empty());
  const LinkResult empty = linker.Add(testing::PlainText("empty", ""));
  EXPECT_NE(empty.story, r.story);
  const LinkResult again = linker.Add(testing::PlainText("empty", ""));
  EXPECT_EQ(again.copy_of, "");
}

}  // namespace
}  // namespace storyline::link

namespace storyline::link {
namespace {

// Seeded random bytes and random (often invalid) spans through every entry point.
TEST(LinkerTest, RandomBytesAndSpansNeverCrash) {
  std::mt19937_64 rng(42);
  const std::string alphabet = "ab. ,\n\"'()-:\xE2\x80\x9C\x9D\xFF\xC3Source:OriginalReuters(AP)";
  Linker linker;
  AnalysedArticle previous;
  for (int i = 0; i < 300; ++i) {
    AnalysedArticle a;
    a.article.id = "r" + std::to_string(i % 50);
    const size_t n = rng() % 400;
    for (size_t k = 0; k < n; ++k) a.article.text += alphabet[rng() % alphabet.size()];
    a.article.published = (i % 3 == 0) ? "" : "2024-01-" + std::to_string(1 + rng() % 40);
    for (int k = 0; k < 5; ++k) {
      const auto b = static_cast<uint32_t>(rng() % 500), e = static_cast<uint32_t>(rng() % 500);
      a.analysis.sentences.push_back({b, e});
      a.analysis.entities.push_back({b, e, "", EntityType::kPlace, ""});
      Quote q;
      q.begin = b;
      q.end = e;
      a.analysis.quotes.push_back(q);
      a.analysis.dates.push_back({b, e, "", DateType::kDate, k % 2 ? "2024-01-02" : ""});
    }
    const LinkResult r = linker.Add(a);
    EXPECT_FALSE(r.story.empty());
    EXPECT_GE(r.confidence, 0);
    EXPECT_LE(r.confidence, 1);
    const Comparison c = Compare(a, previous);
    EXPECT_GE(c.similarity, 0);
    EXPECT_LE(c.similarity, 1);
    FindCreditedSource(a.article.text);
    previous = a;
  }
}

}  // namespace
}  // namespace storyline::link
