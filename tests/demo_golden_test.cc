// The golden test of the whole pipeline: the bundled demo corpus (every input kind) ingests
// into the stories its author intended, with copies and rewrites linked to their originals,
// and the expected quotes, entities and dates; and the two seed articles (when ../shared is
// present) show their entities, Blinken's quotes and their dates.
#include <filesystem>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace storyline::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Ingests `input` (relative to the source dir, so ids match expected.json) into a fresh store
// and returns every story as printed by `story --json`.
std::vector<json> IngestAndLoadStories(const std::string& input, const std::string& name) {
  std::string dir = MakeTempDir(name);
  std::string db = dir + "/golden.db";
  auto ingest = RunShell("cd '" + SourceDir() + "' && " + StorylineBinary() +
                         " ingest --no-progress --db " + db + " " + input);
  EXPECT_EQ(ingest.exit_code, 0) << ingest.err;
  auto list = RunStoryline("stories --json --limit 100000 --db " + db);
  EXPECT_EQ(list.exit_code, 0) << list.err;
  std::vector<json> stories;
  for (const auto& line : list.OutLines()) {
    std::string id = json::parse(line)["id"];
    auto one = RunStoryline("story --json --db " + db + " " + id);
    EXPECT_EQ(one.exit_code, 0) << one.err;
    stories.push_back(json::parse(one.out));
  }
  fs::remove_all(dir);
  return stories;
}

struct Index {
  std::map<std::string, std::string> story_of;
  std::map<std::string, json> article;
};

Index BuildIndex(const std::vector<json>& stories) {
  Index ix;
  for (const auto& s : stories) {
    for (const auto& a : s["articles"]) {
      ix.story_of[a["id"]] = s["id"];
      ix.article[a["id"]] = a;
    }
  }
  return ix;
}

std::string Str(const json& j) { return j.is_string() ? j.get<std::string>() : ""; }

TEST(DemoGolden, StoriesProvenanceQuotesEntitiesDates) {
  const std::string expected_path = SourceDir() + "/tests/golden/demo_expected.json";
  ASSERT_TRUE(fs::exists(expected_path));
  json expected = json::parse(ReadFile(expected_path));
  auto stories = IngestAndLoadStories("examples/demo", "demo");
  Index ix = BuildIndex(stories);

  // Every gold story is exactly one stored story.
  std::set<std::string> used;
  for (const auto& gold : expected["stories"]) {
    std::set<std::string> got;
    for (const auto& id : gold) {
      ASSERT_TRUE(ix.story_of.count(id)) << "article not stored: " << id;
      got.insert(ix.story_of[id]);
    }
    EXPECT_EQ(got.size(), 1u) << "gold story split: " << gold.dump();
    for (const auto& s : got) EXPECT_TRUE(used.insert(s).second) << "two gold stories merged into " << s;
  }

  for (const auto& [copy, original] : expected["copies"].items()) {
    EXPECT_EQ(Str(ix.article[copy]["copy_of"]), original.get<std::string>()) << copy;
  }
  for (const auto& [rewrite, original] : expected["rewrites"].items()) {
    const json& a = ix.article[rewrite];
    EXPECT_EQ(Str(a["rewrite_of"]), original.get<std::string>()) << rewrite << ": " << a["why"].dump();
  }
  for (const auto& [id, origin] : expected["origins"].items()) {
    EXPECT_EQ(Str(ix.article[id]["origin"]), origin.get<std::string>()) << id;
  }

  for (const auto& q : expected["quotes"]) {
    bool found = false;
    for (const auto& got : ix.article[q["article"]]["quotes"]) {
      if (Str(got["text"]).find(q["contains"].get<std::string>()) != std::string::npos) {
        found = true;
        EXPECT_EQ(Str(got["speaker"]), q["speaker"].get<std::string>()) << q.dump();
      }
    }
    EXPECT_TRUE(found) << "quote not found: " << q.dump();
  }
  for (const auto& e : expected["entities"]) {
    bool found = false;
    for (const auto& got : ix.article[e["article"]]["entities"]) {
      found = found || (got["entity"] == e["entity"] && got["type"] == e["type"]);
    }
    EXPECT_TRUE(found) << "entity not found: " << e.dump();
  }
  for (const auto& d : expected["dates"]) {
    bool found = false;
    for (const auto& got : ix.article[d["article"]]["dates"]) {
      if (Str(got["text"]).find(d["text"].get<std::string>()) != std::string::npos) {
        found = true;
        EXPECT_EQ(Str(got["value"]), d["value"].get<std::string>()) << d.dump();
      }
    }
    EXPECT_TRUE(found) << "date not found: " << d.dump();
  }

  // Every story has a headline and a summary whose sentences all cite stored articles, with
  // no sentence twice.
  for (const auto& s : stories) {
    EXPECT_FALSE(Str(s["headline"]).empty()) << s["id"];
    ASSERT_FALSE(s["summary"].empty()) << s["id"];
    std::set<std::string> texts;
    for (const auto& sentence : s["summary"]) {
      EXPECT_TRUE(texts.insert(sentence["text"]).second) << "repeated: " << sentence["text"];
      ASSERT_FALSE(sentence["sources"].empty());
      for (const auto& src : sentence["sources"]) EXPECT_TRUE(ix.story_of.count(src)) << src;
    }
    EXPECT_GE(s["independent_sources"].get<int>(), 1);
    EXPECT_LE(s["independent_sources"].get<int>(), s["article_count"].get<int>());
  }
}

TEST(SeedsGolden, BlinkenEntitiesQuotesAndDates) {
  const std::string seeds = SourceDir() + "/../shared/seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no ../shared/seeds here";
  auto stories = IngestAndLoadStories(seeds, "seeds");
  Index ix = BuildIndex(stories);
  ASSERT_EQ(ix.article.size(), 2u);
  for (const auto& [id, a] : ix.article) {
    std::set<std::string> entities;
    for (const auto& e : a["entities"]) entities.insert(e["entity"]);
    for (const char* want : {"Antony Blinken", "Syria"}) {
      EXPECT_TRUE(entities.count(want)) << id << " lacks " << want;
    }
    int blinken_quotes = 0;
    for (const auto& q : a["quotes"]) blinken_quotes += Str(q["speaker"]) == "Antony Blinken";
    EXPECT_GE(blinken_quotes, 1) << id;
    EXPECT_FALSE(a["dates"].empty()) << id;
    // ISIS, Daesh and the Islamic State are one entity wherever they appear.
    std::set<std::string> isis_names;
    for (const auto& e : a["entities"]) {
      static const std::set<std::string> kAliases = {"ISIS", "Daesh", "Daesh/ISIS", "Islamic State",
                                                     "Islamic State group"};
      if (kAliases.count(e["text"])) isis_names.insert(e["entity"]);
    }
    EXPECT_EQ(isis_names.size(), 1u) << id;
  }
}

// The seeds are Blinken on ISIS in September 2024 (003) and in December 2024 (000): with their
// publication dates they are two stories of one thread.
TEST(SeedsGolden, SeptemberAndDecemberStatementsAreTwoStoriesOfOneThread) {
  const std::string seeds = SourceDir() + "/../shared/seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no ../shared/seeds here";
  std::string lines;
  for (const auto& [prefix, published] : {std::pair{"003_", "2024-09-27"}, std::pair{"000_", "2024-12-09"}}) {
    for (const auto& f : fs::directory_iterator(seeds)) {
      if (f.path().filename().string().rfind(prefix, 0) != 0) continue;
      lines += json({{"id", prefix}, {"published", published}, {"text", ReadFile(f.path().string())}}).dump() + "\n";
    }
  }
  const std::string dir = MakeTempDir("seeds_thread");
  WriteFile(dir + "/seeds.jsonl", lines);
  auto r = RunStoryline("link " + dir + "/seeds.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto out = r.OutLines();
  ASSERT_EQ(out.size(), 2u);
  json sep = json::parse(out[0]), dec = json::parse(out[1]);
  EXPECT_NE(sep["story"], dec["story"]);
  EXPECT_EQ(sep["thread"], dec["thread"]);
  EXPECT_EQ(sep["origin"], "source:aa.com.tr");
}

}  // namespace
}  // namespace storyline::testing
