#include "storyline/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace storyline::store {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("storyline_store_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "s.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static StoredArticle Make(const std::string& id, const std::string& story,
                            const std::string& published, const std::string& text,
                            const std::string& origin = "") {
    StoredArticle s;
    s.doc.article.id = id;
    s.doc.article.title = "Title of " + id;
    s.doc.article.published = published;
    s.doc.article.text = text;
    s.doc.analysis.sentences = {{0, static_cast<uint32_t>(text.size())}};
    s.doc.analysis.entities = {{0, 4, text.substr(0, 4), EntityType::kPlace, "Oslo"}};
    s.link.id = id;
    s.link.story = story;
    s.link.origin = origin;
    if (!origin.empty()) {
      s.link.copy_of = origin;
      s.link.why.numbers["jaccard"] = 0.9;
    }
    return s;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(StoreTest, CreatesSchemaAtCurrentVersion) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s) << s.error().ToString();
  EXPECT_EQ((*s)->schema_version(), Store::kSchemaVersion);
  EXPECT_EQ(*(*s)->ArticleCount(), 0);
}

TEST_F(StoreTest, StoresOnceAndCountsIndependentSources) {
  auto s = *Store::Open(path_);
  ASSERT_TRUE(s->PutBatch({Make("a", "s1", "2025-03-01", "Oslo harbour flooded."),
                           Make("b", "s1", "2025-03-02", "Oslo harbour flooded.", "a"),
                           Make("c", "s1", "2025-03-03", "Oslo mayor speaks on flood.")})
                  .ok());
  // Re-ingesting the same ids changes nothing.
  ASSERT_TRUE(s->PutBatch({Make("a", "s1", "2025-03-01", "Oslo harbour flooded.")}).ok());
  EXPECT_EQ(*s->ArticleCount(), 3);
  EXPECT_TRUE(*s->Contains("b"));
  EXPECT_FALSE(*s->Contains("zzz"));

  auto stories = s->ListStories(10, 0, StorySort::kRecent);
  ASSERT_TRUE(stories);
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ((*stories)[0].article_count, 3);
  EXPECT_EQ((*stories)[0].independent_sources, 2);  // b copies a
  EXPECT_EQ((*stories)[0].first_published, "2025-03-01");
  EXPECT_EQ((*stories)[0].last_published, "2025-03-03");
  EXPECT_EQ((*stories)[0].headline, "Title of a");
}

TEST_F(StoreTest, StoryDetailRoundTripsArticlesLinksAndSummary) {
  auto s = *Store::Open(path_);
  ASSERT_TRUE(s->PutBatch({Make("a", "s1", "2025-03-01", "Oslo harbour flooded."),
                           Make("b", "s1", "2025-03-02", "Oslo harbour flooded.", "a")})
                  .ok());
  EXPECT_EQ(*s->StaleSummaries(), std::vector<std::string>{"s1"});
  Summary sum;
  sum.story = "s1";
  sum.headline = "Oslo harbour floods";
  sum.sentences = {{"Oslo harbour flooded.", {"a", "b"}}};
  sum.words = 3;
  ASSERT_TRUE(s->PutSummaries({sum}).ok());
  EXPECT_TRUE(s->StaleSummaries()->empty());

  auto d = s->GetStory("s1");
  ASSERT_TRUE(d) << d.error().ToString();
  EXPECT_EQ(d->info.headline, "Oslo harbour floods");
  ASSERT_TRUE(d->has_summary);
  EXPECT_EQ(d->summary.sentences[0].sources, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(d->articles.size(), 2u);
  EXPECT_EQ(d->articles[1].link.copy_of, "a");
  EXPECT_EQ(d->articles[1].link.why.numbers.at("jaccard"), 0.9);
  EXPECT_EQ(d->articles[0].doc.analysis.entities[0].text, "Oslo");
  EXPECT_EQ(s->GetStory("nope").error().code(), StatusCode::kNotFound);

  // New articles make the summary stale again.
  ASSERT_TRUE(s->PutBatch({Make("c", "s1", "2025-03-04", "Oslo clean-up begins.")}).ok());
  EXPECT_EQ(*s->StaleSummaries(), std::vector<std::string>{"s1"});
}

TEST_F(StoreTest, SearchFindsWordsAndToleratesFtsSyntax) {
  auto s = *Store::Open(path_);
  ASSERT_TRUE(s->PutBatch({Make("a", "s1", "2025-03-01", "Oslo harbour flooded after storm."),
                           Make("b", "s2", "2025-03-02", "Oslo budget passes parliament.")})
                  .ok());
  auto hits = s->Search("harbour storm", 10);
  ASSERT_TRUE(hits) << hits.error().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].article_id, "a");
  EXPECT_NE((*hits)[0].snippet.find("[harbour]"), std::string::npos);
  EXPECT_EQ(s->Search("oslo", 10)->size(), 2u);
  for (const char* nasty : {"\"unbalanced", "AND OR NOT", "a*(b", "NEAR(", ""}) {
    EXPECT_TRUE(s->Search(nasty, 10)) << nasty;
  }
}

TEST_F(StoreTest, DataSurvivesReopen) {
  {
    auto s = *Store::Open(path_);
    ASSERT_TRUE(s->PutBatch({Make("a", "s1", "2025-03-01", "Oslo harbour flooded.")}).ok());
  }
  auto s = Store::Open(path_);
  ASSERT_TRUE(s);
  EXPECT_EQ(*(*s)->ArticleCount(), 1);
  int n = 0;
  ASSERT_TRUE((*s)->ForEachArticle([&](StoredArticle&& a) {
                     EXPECT_EQ(a.link.story, "s1");
                     ++n;
                   })
                  .ok());
  EXPECT_EQ(n, 1);
}

TEST_F(StoreTest, RejectsNonStoreFilesAndNewerSchemas) {
  std::string junk = (dir_ / "junk.db").string();
  std::ofstream(junk) << std::string(4096, 'x');
  EXPECT_FALSE(Store::Open(junk));

  std::string newer = (dir_ / "newer.db").string();
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(newer.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto s = Store::Open(newer);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code(), StatusCode::kInvalidArgument);

  EXPECT_FALSE(Store::Open((dir_ / "no/such/dir/x.db").string()));
}

TEST_F(StoreTest, EntityPageListsItsStoriesNewestFirstAndCoMentionedEntities) {
  auto s = *Store::Open(path_);
  auto with_entities = [](StoredArticle a, std::vector<std::string> names) {
    a.doc.analysis.entities.clear();
    for (const auto& n : names) {
      a.doc.analysis.entities.push_back({0, 1, n, EntityType::kPerson, n});
    }
    return a;
  };
  ASSERT_TRUE(s->PutBatch({with_entities(Make("a", "s1", "2025-03-01", "x"), {"Ana Ruiz", "Ana Ruiz", "Port Authority"}),
                           with_entities(Make("b", "s1", "2025-03-02", "x"), {"Ana Ruiz"}),
                           with_entities(Make("c", "s2", "2025-05-01", "x"), {"Ana Ruiz", "Port Authority"}),
                           with_entities(Make("d", "s3", "2025-06-01", "x"), {"Port Authority"})})
                  .ok());
  auto e = s->GetEntity("Ana Ruiz", 10, 10);
  ASSERT_TRUE(e) << e.error().ToString();
  EXPECT_EQ(e->type, "PERSON");
  EXPECT_EQ(e->article_count, 3);
  EXPECT_EQ(e->mention_count, 4);
  ASSERT_EQ(e->stories.size(), 2u);  // s3 does not mention her
  EXPECT_EQ(e->stories[0].story.id, "s2");
  EXPECT_EQ(e->stories[1].story.id, "s1");
  EXPECT_EQ(e->stories[1].articles, 2);
  EXPECT_EQ(e->stories[1].mentions, 3);
  ASSERT_EQ(e->related.size(), 1u);
  EXPECT_EQ(e->related[0].entity, "Port Authority");
  EXPECT_EQ(e->related[0].articles, 2);

  auto one = s->GetEntity("Ana Ruiz", 1, 0);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->stories.size(), 1u);
  EXPECT_TRUE(one->related.empty());

  auto missing = s->GetEntity("Nobody", 10, 10);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, SearchRanksTheLatestThousandMatchesAndStillFindsRareOldWords) {
  auto s = *Store::Open(path_);
  std::vector<StoredArticle> batch;
  // The oldest article says "harbour" most often, and alone says "lighthouse".
  batch.push_back(Make("old", "s0", "2025-01-01", "Harbour harbour harbour lighthouse harbour."));
  for (int i = 0; i < 1200; ++i) {
    batch.push_back(Make("n" + std::to_string(i), "s" + std::to_string(i % 50 + 1), "2025-02-01",
                         "The harbour reopened after repairs to pier " + std::to_string(i) + "."));
  }
  ASSERT_TRUE(s->PutBatch(batch).ok());
  auto common = s->Search("harbour", 10);
  ASSERT_TRUE(common) << common.error().ToString();
  ASSERT_EQ(common->size(), 10u);
  for (const SearchHit& h : *common) EXPECT_NE(h.article_id, "old") << "outside the recent window";
  auto rare = s->Search("lighthouse harbour", 10);
  ASSERT_TRUE(rare);
  ASSERT_EQ(rare->size(), 1u);
  EXPECT_EQ((*rare)[0].article_id, "old");
  EXPECT_NE((*rare)[0].snippet.find("[lighthouse]"), std::string::npos) << (*rare)[0].snippet;
}

TEST_F(StoreTest, StoriesOfAThreadAreListedTogetherOldestFirst) {
  auto s = *Store::Open(path_);
  auto in_thread = [](StoredArticle a, const std::string& thread) {
    a.link.thread = thread;
    return a;
  };
  ASSERT_TRUE(s->PutBatch({in_thread(Make("sep", "s1", "2024-09-27", "Oslo talks open."), "t1"),
                           in_thread(Make("oct", "s2", "2024-10-03", "Oslo fair opens."), "t2"),
                           in_thread(Make("dec", "s3", "2024-12-09", "Oslo talks resume."), "t1")})
                  .ok());
  auto dec = s->GetStory("s3");
  ASSERT_TRUE(dec) << dec.error().ToString();
  EXPECT_EQ(dec->info.thread, "t1");
  ASSERT_EQ(dec->thread_stories.size(), 2u);
  EXPECT_EQ(dec->thread_stories[0].id, "s1");
  EXPECT_EQ(dec->thread_stories[1].id, "s3");
  StoryFilter f;
  f.thread = "t1";
  auto listed = s->FindStories(f, 10, 0, StorySort::kRecent);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].id, "s3");
  EXPECT_EQ(s->GetArticle("sep")->link.thread, "t1");
}

TEST_F(StoreTest, MigratesAVersionOneStoreWithoutLosingArticles) {
  {
    auto s = *Store::Open(path_);
    ASSERT_TRUE(s->PutBatch({Make("a", "s1", "2025-03-01", "Oslo harbour flooded.")}).ok());
  }
  // Turn it back into what storyline with schema 1 wrote: none of version 2's indexes.
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP INDEX entity_mentions_article; DROP INDEX stories_recent; "
                         "DROP INDEX stories_size; DROP INDEX stories_sources; "
                         "DROP INDEX stories_thread; ALTER TABLE articles DROP COLUMN thread; "
                         "ALTER TABLE stories DROP COLUMN thread; PRAGMA user_version = 1",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);

  auto s = Store::Open(path_);
  ASSERT_TRUE(s) << s.error().ToString();
  EXPECT_EQ((*s)->schema_version(), 2);
  EXPECT_EQ(*(*s)->ArticleCount(), 1);
  auto a = (*s)->GetArticle("a");
  ASSERT_TRUE(a) << a.error().ToString();
  EXPECT_EQ(a->link.thread, "");  // stored before threads: none recorded
  EXPECT_EQ((*s)->ListStories(10, 0, StorySort::kRecent)->size(), 1u);
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* q;
  sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'entity_mentions_article'",
                     -1, &q, nullptr);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(q, 0), 1);
  sqlite3_finalize(q);
  sqlite3_close(db);
}

}  // namespace
}  // namespace storyline::store
