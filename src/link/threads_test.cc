#include "link/threads.h"

#include <gtest/gtest.h>

namespace storyline::link {
namespace {

struct Name {
  std::string entity;
  EntityType type;
  int mentions = 1;
};

AnalysedArticle Article(const std::string& id, const std::string& published,
                        const std::vector<Name>& names) {
  AnalysedArticle a;
  a.article.id = id;
  a.article.published = published;
  for (const Name& n : names) {
    for (int i = 0; i < n.mentions; ++i) {
      a.analysis.entities.push_back({0, 1, n.entity, n.type, n.entity});
    }
  }
  return a;
}

const Name kMinister{"Ilse Varga", EntityType::kPerson, 3};
const Name kGroup{"Red Dune Front", EntityType::kOrg, 2};
const Name kRiverland{"Riverland", EntityType::kPlace, 2};

TEST(ThreadIndexTest, StoriesSharingTwoNamesMonthsApartFormOneThread) {
  ThreadIndex t;
  const std::string first = t.Place("s1aaa", Article("sep", "2024-09-10", {kMinister, kGroup, kRiverland}));
  EXPECT_EQ(first, "t1aaa");  // derived from the thread's first story
  EXPECT_EQ(t.Place("s1aaa", Article("sep-copy", "2024-09-11", {kMinister})), first);
  EXPECT_EQ(t.Place("s2bbb", Article("dec", "2024-12-18", {kGroup, kMinister, {"Harbor Talks", EntityType::kMisc}})),
            first);
}

TEST(ThreadIndexTest, PlacesAloneOrOneSharedNameDoNotMakeAThread) {
  ThreadIndex t;
  t.Place("s1", Article("quake-a", "2025-03-12", {kRiverland, {"Civil Guard", EntityType::kOrg}, {"Ana Pol", EntityType::kPerson}}));
  EXPECT_EQ(t.Place("s2", Article("quake-b", "2025-04-02", {kRiverland, {"Rescue Corps", EntityType::kOrg}})), "t2");
  EXPECT_EQ(t.Place("s3", Article("rehab", "2025-05-01", {{"Ana Pol", EntityType::kPerson}, {"Studio Nine", EntityType::kOrg}})),
            "t3");
}

TEST(ThreadIndexTest, StoriesFurtherApartThanTheWindowStartNewThreads) {
  ThreadIndex t;
  t.Place("s1", Article("a", "2023-01-05", {kMinister, kGroup}));
  EXPECT_EQ(t.Place("s2", Article("b", "2024-02-05", {kMinister, kGroup})), "t2");
}

TEST(ThreadIndexTest, NamesFoundInManyStoriesDoNotCount) {
  ThreadIndex t;
  const Name wire{"Coastal Wire", EntityType::kOrg, 4};
  for (int i = 0; i < 12; ++i) {
    t.Place("s" + std::to_string(i), Article("w" + std::to_string(i), "2025-06-01",
                                             {wire, {"Person " + std::to_string(i), EntityType::kPerson}}));
  }
  // Shares the agency and one person with story s3: one uncommon name is not enough.
  EXPECT_EQ(t.Place("snew", Article("n", "2025-06-03", {wire, {"Person 3", EntityType::kPerson}})), "tnew");
}

TEST(ThreadIndexTest, RestoredStoriesKeepTheirThreadAndLaterStoriesJoinIt) {
  ThreadIndex t;
  t.Restore("s1", "tcustom", Article("sep", "2024-09-10", {kMinister, kGroup}));
  t.Restore("s9", "", Article("old", "2024-09-01", {{"Other", EntityType::kOrg}}));
  EXPECT_EQ(t.Place("s9", Article("old-2", "2024-09-02", {})), "t9");
  EXPECT_EQ(t.Place("s2", Article("dec", "2024-12-01", {kMinister, kGroup})), "tcustom");
}

}  // namespace
}  // namespace storyline::link
