// An ingest killed with SIGKILL mid-way leaves a consistent store; re-running it completes the
// work with every article stored exactly once.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include "cli_harness.h"

namespace storyline::testing {
namespace {

int64_t QueryInt(const std::string& db_path, const char* sql) {
  sqlite3* db = nullptr;
  int64_t v = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return v;
}

std::string QueryText(const std::string& db_path, const char* sql) {
  sqlite3* db = nullptr;
  std::string v;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return v;
}

TEST(Crash, KillNineMidIngestThenRerunStoresEveryArticleOnce) {
  const int kArticles = 6000;
  std::string dir = MakeTempDir("crash");
  std::string corpus = dir + "/corpus.jsonl", db = dir + "/crash.db";
  ASSERT_EQ(RunShell(GeneratorBinary() + " " + std::to_string(kArticles) + " 7 > " + corpus).exit_code, 0);

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl(StorylineBinary().c_str(), "storyline", "ingest", "--no-progress", "--batch", "100",
          "--db", db.c_str(), corpus.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once some batches are committed but (almost surely) before it finishes.
  int64_t stored_at_kill = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stored_at_kill = QueryInt(db, "SELECT COUNT(*) FROM articles");
    if (stored_at_kill >= 300) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  EXPECT_GE(stored_at_kill, 300);

  // The store is consistent after the kill: integrity holds, batches are whole.
  EXPECT_EQ(QueryText(db, "PRAGMA integrity_check"), "ok");
  int64_t after_kill = QueryInt(db, "SELECT COUNT(*) FROM articles");
  EXPECT_LT(after_kill, kArticles);
  EXPECT_EQ(after_kill % 100, 0) << "a partial batch was committed";

  auto rerun = RunStoryline("ingest --no-progress --db " + db + " " + corpus);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM articles"), kArticles);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(DISTINCT id) FROM articles"), kArticles);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM articles_fts"), kArticles);
  EXPECT_EQ(QueryInt(db, "SELECT SUM(article_count) FROM stories"), kArticles);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM stories WHERE summary_stale = 1"), 0);
  EXPECT_EQ(QueryText(db, "PRAGMA integrity_check"), "ok");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace storyline::testing
