// End-to-end tests of `storyline serve`: a real server on an ephemeral port over a store filled
// by pipeline::Ingest with small fictional articles, queried with httplib::Client.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "storyline/store.h"

namespace storyline::serve {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Fictional articles: a report, a verbatim copy of it, and two unrelated stories (one with
// markup in its title).
constexpr const char* kCorpus[] = {
    R"({"id":"velmora-1","url":"https://velmora-herald.example/bridge","source":"Velmora Herald","published":"2025-03-10T08:00:00Z","title":"Storm closes the Lantern Bridge in Velmora","text":"A storm closed the Lantern Bridge in Velmora on Monday, cutting the eastern districts off from the harbour.\n\n\"We will reopen the bridge when the engineers say it is safe,\" said Mayor Idris Kanto.\n\nCrews from the Velmora Port Authority inspected the cables on Tuesday. The bridge carries 40,000 vehicles a day and was last repaired in 2019.\n\nFerries will run every twenty minutes until March 14, the port authority said."})",
    R"({"id":"velmora-2","url":"https://coastwire.example/lantern","source":"Coast Wire","published":"2025-03-10T11:30:00Z","title":"Storm closes the Lantern Bridge in Velmora","text":"A storm closed the Lantern Bridge in Velmora on Monday, cutting the eastern districts off from the harbour.\n\n\"We will reopen the bridge when the engineers say it is safe,\" said Mayor Idris Kanto.\n\nCrews from the Velmora Port Authority inspected the cables on Tuesday. The bridge carries 40,000 vehicles a day and was last repaired in 2019.\n\nFerries will run every twenty minutes until March 14, the port authority said."})",
    R"({"id":"tarnow-1","url":"https://tarnow-daily.example/fair","source":"Tarnow Daily","published":"2025-04-02","title":"<script>alert(1)</script> Robotics fair opens in Tarnow","text":"The robotics fair in Tarnow opened on Wednesday with two hundred exhibitors from nine countries.\n\nStudents from the Tarnow Polytechnic showed a walking greenhouse that waters its own plants.\n\n\"Young engineers come here to find their first employer,\" said organiser Mila Brandt."})",
    R"({"id":"quarry-1","url":"https://hillside-news.example/quarry","source":"Hillside News","published":"2025-02-20","title":"Quarry expansion vote delayed in Oskel","text":"The council of Oskel delayed its vote on the quarry expansion until the spring.\n\nResidents of the Oskel valley had collected three thousand signatures against the plan.\n\n\"The valley deserves a proper hearing,\" said councillor Petra Lind on Thursday."})",
};

// A new article posted by a test: a copy of the bridge report from a third site.
constexpr const char* kPostedCopy =
    R"({"id":"velmora-3","url":"https://islandpost.example/bridge","source":"Island Post","published":"2025-03-10T14:00:00Z","title":"Storm closes the Lantern Bridge in Velmora","text":"A storm closed the Lantern Bridge in Velmora on Monday, cutting the eastern districts off from the harbour.\n\n\"We will reopen the bridge when the engineers say it is safe,\" said Mayor Idris Kanto.\n\nCrews from the Velmora Port Authority inspected the cables on Tuesday. The bridge carries 40,000 vehicles a day and was last repaired in 2019.\n\nFerries will run every twenty minutes until March 14, the port authority said."})";

constexpr const char* kToken = "test-token-6f2a";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("storyline_server_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path corpus = dir_ / "corpus.jsonl";
    {
      std::ofstream out(corpus);
      for (const char* line : kCorpus) out << line << '\n';
    }
    db_ = (dir_ / "store.db").string();
    auto store = store::Store::Open(db_);
    ASSERT_TRUE(store) << store.error().ToString();
    pipeline::IngestOptions options;
    options.threads = 1;
    auto report = pipeline::Ingest(**store, {corpus.string()}, options, nullptr);
    ASSERT_TRUE(report) << report.error().ToString();
    ASSERT_EQ(report->stored, std::size(kCorpus));
  }

  void TearDown() override {
    StopServer();
    fs::remove_all(dir_);
  }

  // Starts a server on an ephemeral port; returns a client for it.
  std::unique_ptr<httplib::Client> StartServer(ServerOptions options = {}) {
    options.db_path = db_;
    options.host = "127.0.0.1";
    options.port = 0;
    if (options.token.empty() && !no_token_) options.token = kToken;
    server_ = std::make_unique<Server>(options);
    thread_ = std::thread([this] { run_status_ = server_->Run(); });
    for (int i = 0; i < 500 && server_->port() == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_NE(server_->port(), 0) << "server did not start";
    EXPECT_TRUE(server_->running());
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client->set_read_timeout(10, 0);
    return client;
  }

  void StopServer() {
    if (!server_) return;
    server_->Stop();
    thread_.join();
    EXPECT_TRUE(run_status_.ok()) << run_status_.ToString();
    EXPECT_FALSE(server_->running());
    server_.reset();
  }

  static json Body(const httplib::Result& r) {
    json j = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r->body;
    return j;
  }

  // The id of the story whose headline contains `word`.
  std::string StoryWith(httplib::Client& c, const std::string& word) {
    auto r = c.Get("/api/stories?limit=50");
    if (!r || r->status != 200) return "";
    const json page = Body(r);
    for (const auto& s : page["stories"]) {
      if (s["headline"].is_string() && s["headline"].get<std::string>().find(word) != std::string::npos) {
        return s["id"];
      }
    }
    return "";
  }

  fs::path dir_;
  std::string db_;
  bool no_token_ = false;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  Status run_status_;
};

TEST_F(ServerTest, StoryListPagesAndSorts) {
  auto c = StartServer();
  auto first = c->Get("/api/stories?limit=2");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(first->get_header_value("Content-Type"), "application/json");
  json p1 = Body(first);
  ASSERT_EQ(p1["stories"].size(), 2u);
  EXPECT_TRUE(p1["has_more"].get<bool>());
  EXPECT_EQ(p1["sort"], "recent");
  // Most recent first: the robotics fair (April) before the bridge (March).
  EXPECT_EQ(p1["stories"][0]["last_published"], "2025-04-02");

  auto second = c->Get("/api/stories?limit=2&offset=2");
  ASSERT_TRUE(second);
  json p2 = Body(second);
  ASSERT_EQ(p2["stories"].size(), 1u);
  EXPECT_FALSE(p2["has_more"].get<bool>());
  std::set<std::string> ids;
  for (const json* page : {&p1, &p2}) {
    for (const auto& s : (*page)["stories"]) ids.insert(s["id"].get<std::string>());
  }
  EXPECT_EQ(ids.size(), 3u);  // 4 articles, 3 stories: the copy joined its original

  json by_size = Body(c->Get("/api/stories?sort=size"));
  EXPECT_EQ(by_size["stories"][0]["article_count"], 2);
  EXPECT_EQ(by_size["stories"][0]["independent_sources"], 1);  // a copy is no new source
}

TEST_F(ServerTest, StoryListFiltersByTextEntityAndDate) {
  auto c = StartServer();
  json by_text = Body(c->Get("/api/stories?q=quarry%20valley"));
  ASSERT_EQ(by_text["stories"].size(), 1u);
  EXPECT_EQ(by_text["stories"][0]["headline"], "Quarry expansion vote delayed in Oskel");

  // Entity names come from the analysis; take one from the article and filter by it.
  json article = Body(c->Get("/api/articles/tarnow-1"));
  std::string entity;
  for (const auto& e : article["entities"]) {
    if (e["entity"].get<std::string>().find("Tarnow") != std::string::npos) entity = e["entity"];
  }
  ASSERT_FALSE(entity.empty()) << article["entities"].dump();
  httplib::Params params = {{"entity", entity}};
  json by_entity = Body(c->Get("/api/stories", params, httplib::Headers{}));
  ASSERT_EQ(by_entity["stories"].size(), 1u);
  EXPECT_EQ(by_entity["stories"][0]["id"], article["story"]);
  EXPECT_EQ(Body(c->Get("/api/stories?entity=Nobody%20Anywhere"))["stories"].size(), 0u);

  json march = Body(c->Get("/api/stories?since=2025-03-01&until=2025-03-31"));
  ASSERT_EQ(march["stories"].size(), 1u);
  EXPECT_EQ(march["stories"][0]["first_published"], "2025-03-10");
}

TEST_F(ServerTest, EntityPageListsItsStoriesAndCoMentions) {
  auto c = StartServer();
  // The mayor is quoted in the bridge report and its copy: one story, two articles.
  json article = Body(c->Get("/api/articles/velmora-1"));
  std::string mayor;
  for (const auto& e : article["entities"]) {
    if (e["entity"].get<std::string>().find("Kanto") != std::string::npos) mayor = e["entity"];
  }
  ASSERT_FALSE(mayor.empty()) << article["entities"].dump();
  auto r = c->Get("/api/entities/" + httplib::detail::encode_query_param(mayor));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json e = Body(r);
  EXPECT_EQ(e["entity"], mayor);
  EXPECT_EQ(e["type"], "PERSON");
  EXPECT_EQ(e["articles"], 2);
  ASSERT_EQ(e["stories"].size(), 1u);
  EXPECT_EQ(e["stories"][0]["id"], article["story"]);
  EXPECT_EQ(e["stories"][0]["articles_mentioning"], 2);
  bool velmora_related = false;
  for (const auto& rel : e["related"]) {
    if (rel["entity"].get<std::string>().find("Velmora") != std::string::npos) velmora_related = true;
  }
  EXPECT_TRUE(velmora_related) << e["related"].dump();

  auto none = c->Get("/api/entities/Nobody%20Anywhere");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 404);
  auto bad = c->Get("/api/entities/" + httplib::detail::encode_query_param(mayor) + "?limit=0");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
}

TEST_F(ServerTest, BadParametersAre400) {
  auto c = StartServer();
  for (const char* path :
       {"/api/stories?limit=0", "/api/stories?limit=abc", "/api/stories?limit=100000",
        "/api/stories?offset=-1", "/api/stories?sort=bogus", "/api/stories?since=2025-3-1",
        "/api/search", "/api/search?q=%20%20", "/api/search?q=x&limit=-5"}) {
    auto r = c->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_TRUE(Body(r).contains("error")) << path;
  }
}

TEST_F(ServerTest, StoryPageHasCitedSummaryAndProvenance) {
  auto c = StartServer();
  const std::string id = StoryWith(*c, "Lantern Bridge");
  ASSERT_FALSE(id.empty());
  auto r = c->Get("/api/stories/" + id);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  json s = Body(r);
  EXPECT_EQ(s["id"], id);
  EXPECT_EQ(s["article_count"], 2);
  ASSERT_FALSE(s["summary"].empty());
  for (const auto& sentence : s["summary"]) {
    ASSERT_FALSE(sentence["sources"].empty()) << sentence.dump();
    for (const auto& src : sentence["sources"]) {
      EXPECT_TRUE(src == "velmora-1" || src == "velmora-2") << src;
    }
  }
  // Provenance: the earlier report is the original, the later one its copy.
  ASSERT_EQ(s["provenance"].size(), 2u);
  EXPECT_EQ(s["provenance"][0]["id"], "velmora-1");
  EXPECT_EQ(s["provenance"][0]["relation"], "original");
  EXPECT_EQ(s["provenance"][0]["children"], json::array({"velmora-2"}));
  EXPECT_EQ(s["provenance"][1]["relation"], "copy");
  EXPECT_EQ(s["articles"][1]["copy_of"], "velmora-1");
  EXPECT_FALSE(s["key_quotes"].empty());
}

TEST_F(ServerTest, UnknownIdsAre404) {
  auto c = StartServer();
  for (const char* path : {"/api/stories/no-such-story", "/api/articles/no-such-article",
                           "/api/nothing-here", "/nothing-here.html"}) {
    auto r = c->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_TRUE(Body(r).contains("error")) << path;
  }
  // Read-only resources exist but cannot be changed: 405, in the same JSON shape.
  auto del = c->Delete("/api/articles/velmora-1");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_TRUE(Body(del).contains("error"));
  auto put = c->Put("/api/stories", "{}", "application/json");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
}

TEST_F(ServerTest, ArticlePageHasSpansIntoItsText) {
  auto c = StartServer();
  auto r = c->Get("/api/articles/velmora-1");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  json a = Body(r);
  EXPECT_EQ(a["title"], "Storm closes the Lantern Bridge in Velmora");
  EXPECT_EQ(a["url"], "https://velmora-herald.example/bridge");
  EXPECT_FALSE(a["story"].get<std::string>().empty());
  EXPECT_EQ(a["link"]["story"], a["story"]);
  const std::string text = a["text"];
  ASSERT_FALSE(a["entities"].empty());
  ASSERT_FALSE(a["quotes"].empty());
  ASSERT_FALSE(a["dates"].empty());
  for (const char* kind : {"entities", "quotes", "dates"}) {
    for (const auto& m : a[kind]) {
      size_t b = m["begin"], e = m["end"];
      ASSERT_LE(b, e);
      ASSERT_LE(e, text.size());
      if (std::string(kind) != "quotes") {
        EXPECT_EQ(text.substr(b, e - b), m["text"]) << kind;
      }
    }
  }
  EXPECT_EQ(a["quotes"][0]["speaker"], "Idris Kanto");
}

TEST_F(ServerTest, SearchReturnsHighlightedSnippets) {
  auto c = StartServer();
  auto r = c->Get("/api/search?q=greenhouse");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  json hits = Body(r)["hits"];
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["id"], "tarnow-1");
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("[greenhouse]"), std::string::npos)
      << hits[0]["snippet"];
  EXPECT_EQ(Body(c->Get("/api/search?q=zeppelin"))["hits"].size(), 0u);
}

TEST_F(ServerTest, PostNeedsTheTokenAndTheArticleJoinsItsStory) {
  auto c = StartServer();
  const std::string story = StoryWith(*c, "Lantern Bridge");
  ASSERT_FALSE(story.empty());

  auto none = c->Post("/api/articles", kPostedCopy, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_TRUE(Body(none).contains("error"));
  auto wrong = c->Post("/api/articles", {{"Authorization", "Bearer not-the-token"}}, kPostedCopy,
                       "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);

  const httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  auto ok = c->Post("/api/articles", auth, kPostedCopy, "application/json");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 200) << ok->body;
  json posted = Body(ok);
  EXPECT_EQ(posted["stored"], 1);
  ASSERT_EQ(posted["articles"].size(), 1u);
  EXPECT_EQ(posted["articles"][0]["id"], "velmora-3");
  EXPECT_EQ(posted["articles"][0]["status"], "stored");
  EXPECT_EQ(posted["articles"][0]["story"], story);
  EXPECT_EQ(posted["articles"][0]["copy_of"], "velmora-1");

  json s = Body(c->Get("/api/stories/" + story));
  EXPECT_EQ(s["article_count"], 3);
  EXPECT_EQ(s["articles"][2]["id"], "velmora-3");

  // A JSONL batch: the same article again (stored once) and a broken line.
  auto batch = c->Post("/api/articles", auth, std::string(kPostedCopy) + "\n{broken\n",
                       "application/x-ndjson");
  ASSERT_TRUE(batch);
  EXPECT_EQ(batch->status, 200) << batch->body;
  json b = Body(batch);
  EXPECT_EQ(b["stored"], 0);
  EXPECT_EQ(b["already_stored"], 1);
  EXPECT_EQ(b["errors"], 1);
  EXPECT_EQ(b["articles"][0]["story"], story);
  EXPECT_EQ(b["articles"][1]["where"], "line 2");

  auto garbage = c->Post("/api/articles", auth, "not json at all", "text/plain");
  ASSERT_TRUE(garbage);
  EXPECT_EQ(garbage->status, 400);
}

TEST_F(ServerTest, PostIsRefusedWithoutAConfiguredToken) {
  no_token_ = true;
  auto c = StartServer();
  auto r = c->Post("/api/articles", {{"Authorization", "Bearer anything"}}, kPostedCopy,
                   "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_TRUE(Body(r).contains("error"));
}

TEST_F(ServerTest, OversizeBodyIs413AndPostsAreRateLimited) {
  ServerOptions options;
  options.max_body_bytes = 4096;
  options.post_rate_per_minute = 2;
  auto c = StartServer(options);
  const httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  auto big = c->Post("/api/articles", auth, std::string(64 * 1024, 'x'), "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_TRUE(Body(big).contains("error"));

  int limited = 0;
  for (int i = 0; i < 4; ++i) {
    auto r = c->Post("/api/articles", auth, kPostedCopy, "application/json");
    ASSERT_TRUE(r);
    if (r->status == 429) ++limited;
    else EXPECT_EQ(r->status, 200) << r->body;
  }
  EXPECT_EQ(limited, 2);
}

TEST_F(ServerTest, ServesTheEmbeddedUiAndNothingElse) {
  auto c = StartServer();
  auto index = c->Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->body.find("<script src=\"/app.js\""), std::string::npos);
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);

  auto js = c->Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js->body.find("textContent"), std::string::npos);
  EXPECT_EQ(js->body.find("innerHTML"), std::string::npos);  // data is never parsed as HTML
  EXPECT_EQ(js->body.find("insertAdjacentHTML"), std::string::npos);
  auto css = c->Get("/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");

  for (const char* path : {"/../etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e/etc/passwd",
                           "/app.js/../../etc/passwd", "/web/index.html", "//etc/passwd",
                           "/CMakeLists.txt"}) {
    auto r = c->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_TRUE(r->status == 404 || r->status == 400) << path << " -> " << r->status;
    EXPECT_EQ(r->body.find("root:"), std::string::npos);
  }
}

TEST_F(ServerTest, MarkupInTitlesComesBackAsEscapedJsonText) {
  auto c = StartServer();
  auto r = c->Get("/api/articles/tarnow-1");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->body.find("<script>"), std::string::npos);  // escaped as \u003cscript\u003e
  EXPECT_NE(r->body.find("\\u003cscript\\u003e"), std::string::npos);
  // ... and decodes back to exactly what was stored.
  EXPECT_EQ(Body(r)["title"], "<script>alert(1)</script> Robotics fair opens in Tarnow");
  auto list = c->Get("/api/stories?limit=50");
  ASSERT_TRUE(list);
  EXPECT_EQ(list->body.find("<script>"), std::string::npos);
}

TEST(ConstantTimeEqualsTest, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_FALSE(ConstantTimeEquals("", "a"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
}

TEST(ServerStartTest, StopBeforeRunAndBadAddressAreClean) {
  ServerOptions options;
  options.db_path = (fs::temp_directory_path() / ("storyline_server_start_" +
                                                   std::to_string(getpid()) + ".db")).string();
  {
    Server server(options);
    server.Stop();
    EXPECT_TRUE(server.Run().ok());  // returns at once
    EXPECT_FALSE(server.running());
  }
  options.host = "203.0.113.77";  // TEST-NET-3: not an address of this machine
  options.port = 0;
  Server server(options);
  Status st = server.Run();
  EXPECT_EQ(st.code(), StatusCode::kUnavailable) << st.ToString();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(options.db_path + suffix);
}

}  // namespace
}  // namespace storyline::serve
