// `storyline serve` stopped with SIGTERM while a POST batch is being analysed and linked: the
// accepted batch is stored in full, its client gets its answer, and the server exits 0.
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <httplib.h>
#include <regex>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace storyline::testing {
namespace {

int64_t ArticleCount(const std::string& db_path) {
  sqlite3* db = nullptr;
  int64_t v = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM articles", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return v;
}

TEST(Shutdown, SigtermDuringAPostStoresTheWholeBatchAndExitsZero) {
  const int kArticles = 1500;  // about a second or more of analysis and linking
  const std::string dir = MakeTempDir("shutdown");
  const std::string corpus = dir + "/batch.jsonl", db = dir + "/s.db", log = dir + "/server.log";
  ASSERT_EQ(RunShell(GeneratorBinary() + " " + std::to_string(kArticles) + " 11 > " + corpus).exit_code, 0);
  const std::string body = ReadFile(corpus);

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 2);
    execl(StorylineBinary().c_str(), "storyline", "--db", db.c_str(), "serve", "--port", "0",
          "--token", "shutdown-token", static_cast<char*>(nullptr));
    _exit(127);
  }
  int port = 0;
  const std::regex banner("http://127\\.0\\.0\\.1:([0-9]+)/");
  for (int i = 0; i < 500 && port == 0; ++i) {
    std::smatch m;
    const std::string text = ReadFile(log);
    if (std::regex_search(text, m, banner)) port = std::stoi(m[1]);
    else std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_GT(port, 0) << ReadFile(log);

  int answer_status = 0;
  std::string answer_body;
  std::thread poster([&] {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(300, 0);
    client.set_write_timeout(60, 0);
    auto r = client.Post("/api/articles", {{"Authorization", "Bearer shutdown-token"}}, body,
                         "application/x-ndjson");
    if (r) {
      answer_status = r->status;
      answer_body = r->body;
    }
  });
  // Give the request time to be read and accepted, then ask the server to stop.
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  const int64_t stored_before_signal = ArticleCount(db);
  kill(pid, SIGTERM);
  poster.join();
  int status = 0;
  waitpid(pid, &status, 0);

  ASSERT_NE(answer_status, 0) << "no answer to the accepted POST";
  EXPECT_EQ(answer_status, 200) << answer_body;
  const auto j = nlohmann::json::parse(answer_body, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j.value("stored", -1), kArticles);
  EXPECT_LT(stored_before_signal, kArticles) << "the batch was done before the signal; test proves nothing";
  ASSERT_TRUE(WIFEXITED(status)) << "server killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0) << ReadFile(log);
  EXPECT_EQ(ArticleCount(db), kArticles);
  EXPECT_NE(ReadFile(log).find("stopping"), std::string::npos);
}

}  // namespace
}  // namespace storyline::testing
