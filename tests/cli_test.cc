// The CLI as a user meets it: usage, exit codes, and bad input handled record by record.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "cli_harness.h"

namespace storyline::testing {
namespace {

using nlohmann::json;

TEST(Cli, VersionHelpAndUsageErrors) {
  auto v = RunStoryline("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("storyline 0."), std::string::npos);
  for (const char* sub : {"ingest", "extract", "analyze", "link", "compare", "summarize",
                          "stories", "story", "search", "serve"}) {
    auto h = RunStoryline(std::string(sub) + " --help");
    EXPECT_EQ(h.exit_code, 0) << sub;
    EXPECT_NE(h.out.find("Usage"), std::string::npos) << sub;
  }
  EXPECT_EQ(RunStoryline("frobnicate").exit_code, 2);
  EXPECT_EQ(RunStoryline("stories --limit -3").exit_code, 2);
  EXPECT_EQ(RunStoryline("").exit_code, 2);
}

TEST(Cli, UnreadableInputExitsOneNamingThePath) {
  auto r = RunStoryline("analyze /no/such/file.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(r.ErrLines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find("/no/such/file.jsonl"), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, StdinJsonlIsAnalysedInInputOrder) {
  std::string dir = MakeTempDir("stdin");
  WriteFile(dir + "/in.jsonl",
            "{\"id\":\"one\",\"published\":\"2025-03-12\",\"text\":\"Mayor Ilse Varga said the "
            "bridge reopens on Monday.\"}\n"
            "{\"id\":\"two\",\"text\":\"A second short report about Norway.\"}\n");
  auto r = RunStoryline("analyze -", dir + "/in.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = r.OutLines();
  ASSERT_EQ(lines.size(), 2u);
  json first = json::parse(lines[0]);
  EXPECT_EQ(first["id"], "one");
  EXPECT_EQ(json::parse(lines[1])["id"], "two");
  for (const char* key : {"sentences", "entities", "quotes", "dates"}) {
    EXPECT_TRUE(first[key].is_array()) << key;
  }
}

// Every bad input named in the contract: one clear line on stderr naming the file, the record
// skipped, everything else processed, exit status 0.
TEST(Cli, BadInputsAreSkippedWithOneLineErrors) {
  std::string dir = MakeTempDir("bad");
  auto good = [](const std::string& id) {
    return "{\"id\":\"" + id + "\",\"text\":\"The harbour of Tarrow reopened after repairs.\"}\n";
  };
  // Truncated gzip: the first two records survive, the cut one is reported.
  std::string gz = Gzip(good("gz1") + good("gz2") + std::string(3000, ' ') + good("gz3"));
  WriteFile(dir + "/truncated.jsonl.gz", gz.substr(0, gz.size() - 12));
  WriteFile(dir + "/broken.jsonl", good("b1") + "{\"id\":\"b2\",\"text\":\n" + good("b3"));
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919) % 256);
  WriteFile(dir + "/garbage.txt", garbage);
  WriteFile(dir + "/latin1.txt", "Caf\xE9 owners in Corran protested on Friday.\n");
  WriteFile(dir + "/huge.jsonl", "{\"id\":\"huge\",\"text\":\"" + std::string(50u << 20, 'a') +
                                     "\"}\n" + good("after_huge"));

  auto r = RunStoryline("analyze " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> ids;
  for (const auto& line : r.OutLines()) {
    ASSERT_TRUE(base::IsValidUtf8(line));
    ids.insert(json::parse(line)["id"].get<std::string>());
  }
  for (const char* id : {"gz1", "gz2", "b1", "b3", "after_huge"}) {
    EXPECT_TRUE(ids.count(id)) << id << " missing; stderr: " << r.err;
  }
  EXPECT_FALSE(ids.count("huge"));
  EXPECT_FALSE(ids.count("b2"));
  EXPECT_EQ(std::count_if(ids.begin(), ids.end(),
                          [](const std::string& id) { return id.find("latin1.txt") != std::string::npos; }),
            1);
  for (const char* file : {"truncated.jsonl.gz", "broken.jsonl:2", "garbage.txt", "huge.jsonl"}) {
    int mentions = 0;
    for (const auto& line : r.ErrLines()) mentions += line.find(file) != std::string::npos;
    EXPECT_GE(mentions, 1) << file << " not named in: " << r.err;
  }
  for (const auto& line : r.ErrLines()) EXPECT_LT(line.size(), 400u) << line.substr(0, 400);
  std::filesystem::remove_all(dir);
}

TEST(Cli, ExtractLinkCompareAndSummarizeSpeakTheContract) {
  std::string dir = MakeTempDir("stages");
  WriteFile(dir + "/page.html",
            "<html lang=\"en\"><head><title>Dam opens in Wexmoor | Daily Gazette</title></head>"
            "<body><nav><a href=/>Home</a><a href=/w>World</a></nav><article><h1>Dam opens in "
            "Wexmoor</h1><p>The new dam in Wexmoor opened on Tuesday after six years of work, "
            "regional officials said.</p><p>\"It will power forty thousand homes,\" engineer Pavel "
            "Novak told reporters at the site.</p></article><footer>Copyright</footer></body></html>");
  auto e = RunStoryline("extract " + dir + "/page.html");
  ASSERT_EQ(e.exit_code, 0) << e.err;
  json a = json::parse(e.out);
  for (const char* key : {"id", "url", "title", "byline", "published", "language", "site", "text"}) {
    EXPECT_TRUE(a.contains(key)) << key;
  }
  EXPECT_NE(a["text"].get<std::string>().find("forty thousand homes"), std::string::npos);
  EXPECT_EQ(a["text"].get<std::string>().find("Home"), std::string::npos);

  std::string body = "Officials in Drayfield said a chemical leak at the Norvik plant forced 300 "
                     "families to leave their homes on Sunday. \"We acted within the hour,\" plant "
                     "manager Odile Moreau said. Crews from three towns joined the clean-up.";
  WriteFile(dir + "/two.jsonl",
            json({{"id", "orig"}, {"published", "2025-05-04"}, {"text", body}}).dump() + "\n" +
                json({{"id", "copy"}, {"published", "2025-05-05"}, {"text", body + " Reposted."}}).dump() + "\n");
  auto l = RunStoryline("link " + dir + "/two.jsonl");
  ASSERT_EQ(l.exit_code, 0) << l.err;
  auto links = l.OutLines();
  ASSERT_EQ(links.size(), 2u);
  json l1 = json::parse(links[0]), l2 = json::parse(links[1]);
  EXPECT_EQ(l2["copy_of"], "orig");
  EXPECT_EQ(l1["story"], l2["story"]);
  EXPECT_TRUE(l2["why"].is_object() && !l2["why"].empty());

  WriteFile(dir + "/pairs.jsonl",
            json({{"id", "p1"}, {"a", body}, {"b", body}}).dump() + "\n" +
                json({{"id", "p2"}, {"a", body}, {"b", "Football scores from the weekend league."}}).dump() + "\n");
  auto c = RunStoryline("compare " + dir + "/pairs.jsonl");
  ASSERT_EQ(c.exit_code, 0) << c.err;
  auto pairs = c.OutLines();
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(json::parse(pairs[0])["relation"], "copy");
  EXPECT_EQ(json::parse(pairs[1])["relation"], "unrelated");

  auto s = RunStoryline("summarize --words 30 " + dir + "/two.jsonl");
  ASSERT_EQ(s.exit_code, 0) << s.err;
  json sum = json::parse(s.out);
  ASSERT_FALSE(sum["summary"].empty());
  EXPECT_LE(sum["words"].get<int>(), 30);
  for (const auto& sentence : sum["summary"]) EXPECT_FALSE(sentence["sources"].empty());
  std::filesystem::remove_all(dir);
}

// A minister's September warning and December talks about the same armed group are two
// stories of one thread; a festival in the same region a month later is neither.
TEST(Cli, FollowUpsMonthsApartShareAThreadButNotAStory) {
  auto r = RunStoryline("link " + SourceDir() + "/tests/testdata/thread.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, json> by_id;
  for (const auto& line : r.OutLines()) {
    json j = json::parse(line);
    by_id[j["id"]] = j;
  }
  ASSERT_EQ(by_id.size(), 3u);
  EXPECT_NE(by_id["sep"]["story"], by_id["dec"]["story"]);
  EXPECT_EQ(by_id["sep"]["thread"], by_id["dec"]["thread"]);
  EXPECT_NE(by_id["oct"]["thread"], by_id["sep"]["thread"]);
  EXPECT_NE(by_id["oct"]["story"], by_id["sep"]["story"]);
}

TEST(Cli, StoreCommandsUseDbFlagAndEnvironment) {
  std::string dir = MakeTempDir("store");
  WriteFile(dir + "/a.jsonl",
            "{\"id\":\"x1\",\"published\":\"2025-02-01\",\"title\":\"Ferry strike ends in "
            "Bellmouth\",\"text\":\"The ferry strike in Bellmouth ended on Saturday, the Workers "
            "Union said.\"}\n");
  auto i = RunShell("STORYLINE_DB=" + dir + "/env.db " + StorylineBinary() + " ingest " + dir + "/a.jsonl");
  ASSERT_EQ(i.exit_code, 0) << i.err;
  EXPECT_TRUE(std::filesystem::exists(dir + "/env.db"));
  auto st = RunStoryline("stories --json --db " + dir + "/env.db");
  ASSERT_EQ(st.exit_code, 0) << st.err;
  ASSERT_EQ(st.OutLines().size(), 1u);
  json story = json::parse(st.out);
  EXPECT_EQ(story["article_count"], 1);
  auto one = RunStoryline("story --json --db " + dir + "/env.db " + story["id"].get<std::string>());
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(json::parse(one.out)["articles"][0]["id"], "x1");
  auto found = RunStoryline("search --json --db " + dir + "/env.db ferry Bellmouth");
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_EQ(json::parse(found.out)["id"], "x1");
  EXPECT_EQ(RunStoryline("story --db " + dir + "/env.db nosuchstory").exit_code, 1);
  // Re-ingesting stores nothing twice.
  auto again = RunStoryline("ingest --json --db " + dir + "/env.db " + dir + "/a.jsonl");
  EXPECT_EQ(json::parse(again.out)["stored"], 0);
  EXPECT_EQ(json::parse(again.out)["already_stored"], 1);
  std::filesystem::remove_all(dir);
}

// issue #4: `train-ner` on a CoNLL file, then `--ner-model` on the per-article commands.
TEST(Cli, TrainNerThenAnalyzeWithTheModel) {
  std::string dir = MakeTempDir("ner");
  const std::string train = SourceDir() + "/src/analyse/ner/testdata/tiny_train.conll";
  auto help = RunStoryline("train-ner --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--iterations"), std::string::npos);

  auto t = RunStoryline("train-ner " + train + " -o " + dir + "/m.bin --iterations 5 --dev " +
                        train);
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_NE(t.err.find("iteration 5/5"), std::string::npos) << t.err;
  EXPECT_NE(t.err.find("dev P"), std::string::npos) << t.err;
  ASSERT_TRUE(std::filesystem::exists(dir + "/m.bin"));

  WriteFile(dir + "/in.jsonl",
            "{\"id\":\"n1\",\"text\":\"Lenka Marchetti said on Monday that the Dovecote plan "
            "would go ahead. Police in Wendmark arrested two men, Marchetti said.\"}\n");
  auto a = RunStoryline("analyze --ner-model " + dir + "/m.bin " + dir + "/in.jsonl");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(a.OutLines().size(), 1u);
  json doc = json::parse(a.OutLines()[0]);
  std::vector<std::string> got;
  for (const auto& e : doc["entities"]) {
    got.push_back(e["type"].get<std::string>() + ":" + e["text"].get<std::string>() + "=" +
                  e["entity"].get<std::string>());
  }
  EXPECT_EQ(got, (std::vector<std::string>{"PERSON:Lenka Marchetti=Lenka Marchetti",
                                           "ORG:Dovecote=Dovecote", "PLACE:Wendmark=Wendmark",
                                           "PERSON:Marchetti=Lenka Marchetti"}));
  // The same model drives link (through the pipeline) without changing its contract.
  auto l = RunStoryline("link --ner-model " + dir + "/m.bin " + dir + "/in.jsonl");
  EXPECT_EQ(l.exit_code, 0) << l.err;

  // A damaged model is one clear error naming the file, and nothing is analysed.
  WriteFile(dir + "/bad.bin", "SLNERMDL but then nothing useful");
  auto bad = RunStoryline("analyze --ner-model " + dir + "/bad.bin " + dir + "/in.jsonl");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("bad.bin"), std::string::npos) << bad.err;
  EXPECT_TRUE(bad.out.empty());

  EXPECT_EQ(RunStoryline("train-ner /no/such/train.conll -o " + dir + "/x.bin").exit_code, 1);
  EXPECT_EQ(RunStoryline("train-ner " + train).exit_code, 2);  // -o is required
}

}  // namespace
}  // namespace storyline::testing
