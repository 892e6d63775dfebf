#include "analyse/analyse.h"

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace storyline::analyse {
namespace {

// A fictional wire story that exercises every stage at once.
constexpr const char* kStory =
    "Harbour talks resume in Valparaiso\n"
    "\n"
    "Foreign Minister Ingrid Halvorsen arrived in Chile on Monday for talks with the "
    "Pacific Shipping Council (PSC). Halvorsen said the council had waited three years for a "
    "deal.\n"
    "\n"
    "\u201CWe want the port open by March 2025,\u201D she told reporters. The PSC declined to "
    "comment.";

TEST(AnalyseTest, EndToEndOnAFictionalStory) {
  Article article;
  article.text = kStory;
  article.published = "2024-12-10";
  Analysis a = Analyse(article);
  EXPECT_EQ(a.language, "en");
  ASSERT_EQ(a.sentences.size(), 5u);
  EXPECT_EQ(std::string_view(article.text).substr(a.sentences[0].begin,
                                                  a.sentences[0].end - a.sentences[0].begin),
            "Harbour talks resume in Valparaiso");

  auto has_entity = [&](std::string_view text, EntityType type, std::string_view entity) {
    for (const EntityMention& m : a.entities) {
      if (m.text == text && m.type == type && m.entity == entity) return true;
    }
    return false;
  };
  EXPECT_TRUE(has_entity("Ingrid Halvorsen", EntityType::kPerson, "Ingrid Halvorsen"));
  EXPECT_TRUE(has_entity("Halvorsen", EntityType::kPerson, "Ingrid Halvorsen"));
  EXPECT_TRUE(has_entity("Chile", EntityType::kPlace, "Chile"));
  EXPECT_TRUE(has_entity("PSC", EntityType::kOrg, "Pacific Shipping Council"));

  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "We want the port open by March 2025");
  EXPECT_EQ(a.quotes[0].speaker, "Ingrid Halvorsen");
  EXPECT_EQ(a.quotes[0].cue, "told reporters");

  std::vector<std::string> dates;
  for (const DateMention& d : a.dates) dates.push_back(d.text + "=" + d.value);
  EXPECT_EQ(dates, (std::vector<std::string>{"Monday=2024-12-09", "three years=P3Y",
                                             "March 2025=2025-03"}));
}

TEST(AnalyseTest, LanguageKeepsGivenValueAndGuessesEnglish) {
  Article a;
  a.text = "Der Hafen bleibt geschlossen.";
  a.language = "de";
  EXPECT_EQ(Analyse(a).language, "de");
  a.language.clear();
  a.text = "The port will stay closed for the rest of the week, officials said.";
  EXPECT_EQ(Analyse(a).language, "en");
  a.text = "Le port restera ferm\u00E9 toute la semaine.";
  EXPECT_EQ(Analyse(a).language, "");
}

void CheckInvariants(const std::string& text, const Analysis& a) {
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t prev_end = 0;
  for (const Span& s : a.sentences) {
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, n);
    ASSERT_GE(s.begin, prev_end);
    prev_end = s.end;
  }
  for (const EntityMention& m : a.entities) {
    ASSERT_LE(m.begin, m.end);
    ASSERT_LE(m.end, n);
    ASSERT_EQ(m.text, text.substr(m.begin, m.end - m.begin));
    ASSERT_FALSE(m.entity.empty());
  }
  for (const Quote& q : a.quotes) {
    ASSERT_LE(q.begin, q.end);
    ASSERT_LE(q.end, n);
    ASSERT_EQ(q.text, text.substr(q.begin, q.end - q.begin));
    ASSERT_EQ(q.speaker_begin < 0, q.speaker_end < 0);
    if (q.speaker_begin >= 0) {
      ASSERT_LE(q.speaker_begin, q.speaker_end);
      ASSERT_LE(static_cast<uint32_t>(q.speaker_end), n);
    }
    if (q.cue_begin >= 0) {
      ASSERT_LE(q.cue_begin, q.cue_end);
      ASSERT_LE(static_cast<uint32_t>(q.cue_end), n);
      ASSERT_EQ(q.cue, text.substr(q.cue_begin, q.cue_end - q.cue_begin));
    }
  }
  for (const DateMention& d : a.dates) {
    ASSERT_LE(d.begin, d.end);
    ASSERT_LE(d.end, n);
    ASSERT_EQ(d.text, text.substr(d.begin, d.end - d.begin));
  }
}

TEST(AnalyseTest, RandomInputNeverBreaksSpans) {
  static const char* kWords[] = {
      "the", "The", "said", "Mr.", "U.S.", "Dr.", "Syria", "ISIS", "Daesh/ISIS", "(ISIS)",
      "\u201C", "\u201D", "\"", "'s", "\u2019s", ".", ",", "?", "!", ":", "\n", "\n\n", "Monday",
      "last", "week", "September", "2025", "9", "Dec.", "3", "p.m.", "14:05", "ago", "two",
      "days", "every", "he", "she", "according", "to", "Secretary", "of", "State", "Antony",
      "Blinken", "a", "defense", "official", "was", "quoted", "as", "saying", "/", "-", "\u00E9",
      "\xFF", "\xC3", "\xE2\x80", "al-", "Council", "of", "the", "weekend", "J.", "3.5", "(",
      ")", "2024-12-09", "12/09/2024", "mid-2025", "three-year"};
  std::mt19937 rng(20241210);
  for (int iter = 0; iter < 2000; ++iter) {
    std::string text;
    int len = static_cast<int>(rng() % 120);
    bool bytes = iter % 4 == 0;
    for (int k = 0; k < len; ++k) {
      if (bytes) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += kWords[rng() % (sizeof kWords / sizeof *kWords)];
        if (rng() % 3) text += ' ';
      }
    }
    Article article;
    article.text = text;
    article.published = iter % 3 == 0 ? "" : "2024-12-10";
    Analysis a = Analyse(article);
    ASSERT_NO_FATAL_FAILURE(CheckInvariants(text, a)) << "iteration " << iter;
  }
}

TEST(AnalyseTest, OneMegabyteIsFast) {
  std::string text;
  const std::string paragraph =
      "Foreign Minister Ingrid Halvorsen met the Pacific Shipping Council (PSC) in Lima on "
      "Monday. \u201CWe will reopen the port within two weeks,\u201D she said at 3 p.m. "
      "Officials from the U.S. and Peru joined the talks, according to Dr. Okafor.\n\n";
  while (text.size() < (1u << 20)) text += paragraph;
  // Adversarial shapes: one long run without sentence ends, and unbalanced quotes.
  text += std::string(50000, 'A') + " " + std::string(20000, '"') + "\n";
  for (int i = 0; i < 5000; ++i) text += "Word ";
  Article article;
  article.text = text;
  article.published = "2024-12-10";
  // Speed is measured in bench/, not asserted here; a super-linear blow-up shows as a CTest
  // timeout.
  Analysis a = Analyse(article);
  EXPECT_GT(a.sentences.size(), 8000u);
  EXPECT_GT(a.quotes.size(), 3000u);
  CheckInvariants(text, a);
}

}  // namespace
}  // namespace storyline::analyse
