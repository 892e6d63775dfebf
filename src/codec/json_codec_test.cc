#include "codec/json_codec.h"

#include <gtest/gtest.h>

namespace storyline::codec {
namespace {

TEST(ParseInputArticle, ReadsContractFields) {
  auto r = ParseInputArticle(
      R"({"id":"a1","url":"https://x.test/a","published":"2024-12-09","title":"T","text":"Body."})");
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(r->id, "a1");
  EXPECT_EQ(r->url, "https://x.test/a");
  EXPECT_EQ(r->published, "2024-12-09");
  EXPECT_EQ(r->text, "Body.");
}

TEST(ParseInputArticle, RejectsBadRecordsWithReasons) {
  struct Case {
    const char* line;
    const char* reason;
  } cases[] = {
      {R"({"id":"a1","text":"x")", "broken JSON"},
      {R"([1,2])", "not an object"},
      {R"({"id":"a1"})", "neither"},
      {R"({"id":"a1","text":7})", "\"text\" is not a string"},
  };
  for (const auto& c : cases) {
    auto r = ParseInputArticle(c.line);
    ASSERT_FALSE(r) << c.line;
    EXPECT_NE(r.error().message().find(c.reason), std::string::npos) << r.error().message();
  }
}

TEST(ParseInputArticle, NumericIdAndInvalidUtf8AreAccepted) {
  auto r = ParseInputArticle("{\"id\":42,\"text\":\"caf\\u00e9\"}");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, "42");
  EXPECT_EQ(r->text, "café");
}

TEST(Output, EmptyFieldsPrintAsNull) {
  Article a;
  a.id = "x";
  a.text = "t";
  EXPECT_EQ(ArticleToJson(a),
            R"({"byline":null,"id":"x","language":null,"published":null,"site":null,"text":"t","title":null,"url":null})");
}

TEST(Output, QuoteWithoutSpeakerOmitsSpeakerOffsets) {
  Article a;
  a.id = "x";
  Analysis an;
  Quote q;
  q.begin = 1;
  q.end = 4;
  q.text = "abc";
  an.quotes.push_back(q);
  std::string out = AnalysisToJson(a, an, false);
  EXPECT_NE(out.find(R"("speaker":null)"), std::string::npos);
  EXPECT_EQ(out.find("speaker_begin"), std::string::npos);
}

TEST(Storage, AnalysisRoundTripsAndRefillsTexts) {
  std::string text = "Mara Quill said \"we rebuild\" on Monday.";
  Analysis an;
  an.language = "en";
  an.sentences = {{0, 39}};
  an.entities = {{0, 10, "Mara Quill", EntityType::kPerson, "Mara Quill"}};
  Quote q;
  q.begin = 17;
  q.end = 27;
  q.speaker = "Mara Quill";
  q.speaker_begin = 0;
  q.speaker_end = 10;
  q.cue = "said";
  q.cue_begin = 11;
  q.cue_end = 15;
  an.quotes = {q};
  an.dates = {{29, 38, "", DateType::kDate, "2024-12-09"}};
  auto back = AnalysisFromStorage(AnalysisToStorage(an), text);
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_EQ(back->entities[0].text, "Mara Quill");
  EXPECT_EQ(back->quotes[0].text, "we rebuild");
  EXPECT_EQ(back->quotes[0].cue, "said");
  EXPECT_EQ(back->dates[0].text, "on Monday");
  EXPECT_EQ(back->dates[0].value, "2024-12-09");
  EXPECT_EQ(back->sentences, an.sentences);
  EXPECT_FALSE(AnalysisFromStorage(AnalysisToStorage(an), "short"));
  EXPECT_FALSE(AnalysisFromStorage("{not json", text));
}

TEST(Storage, EvidenceRoundTrips) {
  Evidence e;
  e.numbers["jaccard"] = 0.5;
  e.strings["footer"] = "aa.com.tr";
  Evidence back = EvidenceFromStorage(EvidenceToStorage(e));
  EXPECT_EQ(back.numbers, e.numbers);
  EXPECT_EQ(back.strings, e.strings);
}

}  // namespace
}  // namespace storyline::codec
