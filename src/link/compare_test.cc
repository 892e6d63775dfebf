#include <gtest/gtest.h>

#include "link/features.h"
#include "link/link.h"
#include "link/link_test_corpus.h"

namespace storyline::link {
namespace {

using testing::PlainText;

TEST(CompareTest, ArticlePairs) {
  const struct {
    AnalysedArticle a, b;
    std::string_view want;
  } cases[] = {
      {testing::FloodWire(), testing::FloodCopy(), "copy"},
      {testing::FloodWire(), testing::FloodRewrite(), "rewrite"},
      {testing::QuakeA(), testing::QuakeAFollowUp(), "same_story"},
  };
  for (const auto& c : cases) {
    const Comparison ab = Compare(c.a, c.b);
    const Comparison ba = Compare(c.b, c.a);
    EXPECT_EQ(ab.relation, c.want) << c.a.article.id << " vs " << c.b.article.id
                                   << " sim=" << ab.similarity;
    EXPECT_EQ(ab.similarity, ba.similarity);
    EXPECT_EQ(ab.relation, ba.relation);
    EXPECT_FALSE(ab.why.empty());
  }
  const Comparison quakes = Compare(testing::QuakeA(), testing::QuakeB());
  EXPECT_TRUE(quakes.relation == "related" || quakes.relation == "unrelated") << quakes.relation;
  const Comparison apart = Compare(testing::FloodWire(), testing::QuakeB());
  EXPECT_EQ(apart.relation, "unrelated");
  EXPECT_LT(apart.similarity, Compare(testing::QuakeA(), testing::QuakeAFollowUp()).similarity);
}

TEST(CompareTest, SentencePairs) {
  const struct {
    std::string_view a, b, want;
  } cases[] = {
      {"The company said profits rose 5 percent in the third quarter.",
       "The company said profits rose 5 percent in the third quarter.", "copy"},
      {"The company said its profits rose 5 percent in the third quarter.",
       "Profits at the company climbed 5 percent in the third quarter, it said.", "rewrite"},
      {"The mayor said the bridge will reopen next month after repairs.",
       "After repairs, the bridge will reopen next month, the mayor said.", "rewrite"},
      {"The company said its profits rose 5 percent in the third quarter.",
       "The company said its profits rose 9 percent in the fourth quarter.", "related"},
      {"The company said profits rose 5 percent in the third quarter.",
       "Heavy snow closed mountain roads across the north on Sunday.", "unrelated"},
  };
  for (const auto& c : cases) {
    const Comparison r = Compare(PlainText("a", std::string(c.a)), PlainText("b", std::string(c.b)));
    EXPECT_EQ(r.relation, c.want) << c.a << " | " << c.b << " sim=" << r.similarity;
    EXPECT_GE(r.similarity, 0);
    EXPECT_LE(r.similarity, 1);
  }
}

TEST(CompareTest, LightStemMatchesInflections) {
  const struct {
    std::string_view word, stem;
  } cases[] = {
      {"profits", "profit"},    {"companies", "company"}, {"closed", "clos"},
      {"closing", "clos"},      {"close", "clos"},        {"stopped", "stop"},
      {"quickly", "quick"},     {"bus", "bus"},           {"analysis", "analysis"},
      {"the", "the"},           {"2024", "2024"},         {"s", "s"},
  };
  for (const auto& c : cases) EXPECT_EQ(LightStem(c.word), c.stem) << c.word;
}

TEST(CompareTest, CoverageIsAsymmetricWhenOneSideAddsAClause) {
  const SentenceFeatures same = SentencePairFeatures(
      "The council approved the new harbour budget on Tuesday.",
      "On Tuesday the council approved the new harbour budget.");
  EXPECT_DOUBLE_EQ(same.coverage_min, 1.0);
  EXPECT_DOUBLE_EQ(same.coverage_max, 1.0);
  const SentenceFeatures extra = SentencePairFeatures(
      "The council approved the new harbour budget on Tuesday.",
      "The council approved the new harbour budget on Tuesday, despite protests from fishermen "
      "who blocked the quay for hours.");
  EXPECT_DOUBLE_EQ(extra.coverage_max, 1.0);  // the short side is fully covered
  EXPECT_LT(extra.coverage_min, 0.6);         // the long side is not
  EXPECT_LT(extra.length_ratio, 0.6);
  EXPECT_LT(SentenceParaphraseScore(extra), SentenceParaphraseScore(same));
  // Inflections match after stemming.
  const SentenceFeatures inflected = SentencePairFeatures("Profits climbed at the companies.",
                                                          "The company's profit climbs.");
  EXPECT_DOUBLE_EQ(inflected.coverage_min, 1.0);
  // Figures: one unmatched number on the side that has more of them.
  const SentenceFeatures figures = SentencePairFeatures("Sales rose 12 percent to 40 million.",
                                                        "Sales rose 12 percent to 45 million.");
  EXPECT_EQ(figures.shared_numbers, 1u);
  EXPECT_EQ(figures.unmatched_numbers, 1u);
  EXPECT_FALSE(figures.numbers_disjoint);
}

TEST(CompareTest, AddedClauseIsNotAParaphrase) {
  const Comparison r = Compare(
      PlainText("a", "The ferry operator cancelled the evening crossing."),
      PlainText("b", "The ferry operator cancelled the evening crossing, and the harbour master "
                     "said inspectors found cracks in two hull plates during a routine check."));
  EXPECT_NE(r.relation, "rewrite") << r.similarity;
  EXPECT_NE(r.relation, "copy");
}

TEST(CompareTest, SentenceFeaturesForOrderNegationAndDerivedWords) {
  // Word order: the same words reordered keep full coverage but lose LCS and trigrams.
  const SentenceFeatures reordered = SentencePairFeatures(
      "The council approved the harbour budget on Tuesday.",
      "On Tuesday the harbour budget was approved by the council.");
  EXPECT_DOUBLE_EQ(reordered.coverage_min, 1.0);
  EXPECT_LT(reordered.lcs, 0.7);
  const SentenceFeatures same = SentencePairFeatures(
      "The council approved the harbour budget on Tuesday.",
      "The council approved the harbour budget on Tuesday.");
  EXPECT_DOUBLE_EQ(same.lcs, 1.0);
  EXPECT_DOUBLE_EQ(same.trigram, 1.0);
  EXPECT_FALSE(same.negation_mismatch);
  // Negation on one side only.
  const SentenceFeatures negated = SentencePairFeatures(
      "The council approved the harbour budget on Tuesday.",
      "The council didn't approve the harbour budget on Tuesday.");
  EXPECT_TRUE(negated.negation_mismatch);
  EXPECT_LT(SentenceParaphraseScore(negated), SentenceParaphraseScore(same));
  // Derived forms match fuzzily (same first five letters), not exactly.
  const SentenceFeatures derived = SentencePairFeatures("Investors welcomed the announcement.",
                                                        "The investment was announced.");
  EXPECT_DOUBLE_EQ(derived.coverage_max, 0.0);
  EXPECT_DOUBLE_EQ(derived.fuzzy_max, 1.0);      // investment, announced: both found
  EXPECT_NEAR(derived.fuzzy_min, 2.0 / 3, 1e-9);  // investors, announcement; not "welcomed"
  EXPECT_EQ(derived.fuzzy_unmatched_max, 1u);
}

TEST(CompareTest, HugeSentenceInputStaysBounded) {
  // The quadratic features look at the first kMaxSentenceTokens tokens only.
  std::string a, b;
  for (int i = 0; i < 50000; ++i) {
    a += "word" + std::to_string(i % 997) + " ";
    b += "word" + std::to_string(i % 991) + " ";
  }
  const SentenceFeatures f = SentencePairFeatures(a, b);
  EXPECT_GT(f.dice, 0.9);
  EXPECT_GE(f.lcs, 0);
  EXPECT_LE(f.lcs, 1);
}

TEST(CompareTest, EmptyTexts) {
  const Comparison r = Compare(PlainText("a", ""), PlainText("b", ""));
  EXPECT_EQ(r.relation, "unrelated");
  EXPECT_EQ(r.similarity, 0);
}

}  // namespace
}  // namespace storyline::link
