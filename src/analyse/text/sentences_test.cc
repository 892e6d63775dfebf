#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/analyse.h"
#include "analyse/text/tokenize.h"

namespace storyline::analyse {
namespace {

// Sentences joined by " | " so expectations read like the text.
std::string Split(std::string_view text) {
  std::string out;
  for (const Span& s : SplitSentences(text)) {
    if (!out.empty()) out += " | ";
    out += std::string(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

struct Case {
  const char* name;
  const char* text;
  const char* want;
};

TEST(SplitSentencesTest, Table) {
  const Case kCases[] = {
      {"plain", "The ferry left at dawn. It reached the island by noon.",
       "The ferry left at dawn. | It reached the island by noon."},
      {"question and exclamation", "Was it late? Nobody knew! The crew waited.",
       "Was it late? | Nobody knew! | The crew waited."},
      {"titles", "Mr. Okafor met Dr. Lindqvist and Gen. Marlow at noon. They talked.",
       "Mr. Okafor met Dr. Lindqvist and Gen. Marlow at noon. | They talked."},
      {"initials", "The bridge was named after John Q. Harrow in 1950. Crowds came.",
       "The bridge was named after John Q. Harrow in 1950. | Crowds came."},
      {"decimal", "Growth was 3.5 percent. Prices rose 1.2 points.",
       "Growth was 3.5 percent. | Prices rose 1.2 points."},
      {"dotted acronym before capital", "The U.S. Navy sent a ship. The U.N. Council met.",
       "The U.S. Navy sent a ship. | The U.N. Council met."},
      {"acronym before newline", "The aid came from the U.S.\nOfficials welcomed it.",
       "The aid came from the U.S. | Officials welcomed it."},
      {"month abbreviation", "The vote is on Sept. 14 in the capital. Turnout may be low.",
       "The vote is on Sept. 14 in the capital. | Turnout may be low."},
      {"closing quote ends sentence", "She said: \u201CWe will rebuild.\u201D The crowd cheered.",
       "She said: \u201CWe will rebuild.\u201D | The crowd cheered."},
      {"straight quote ends sentence", "He said, \"It is over.\" Then he left.",
       "He said, \"It is over.\" | Then he left."},
      {"quote with comma does not split", "\u201CWe stay,\u201D she said. Rain fell.",
       "\u201CWe stay,\u201D she said. | Rain fell."},
      {"question inside quote then lowercase", "\u201CWhy now?\u201D he asked. Nobody answered.",
       "\u201CWhy now?\u201D he asked. | Nobody answered."},
      {"one sentence per line", "Storm hits the coast\nThousands lose power\nRepairs begin",
       "Storm hits the coast | Thousands lose power | Repairs begin"},
      {"headline then blank line", "Harbour Reopens After Storm\n\nThe harbour reopened on Friday.",
       "Harbour Reopens After Storm | The harbour reopened on Friday."},
      {"lowercase after period", "The device costs approx. ten dollars. It sells well.",
       "The device costs approx. ten dollars. | It sells well."},
      {"digit starts sentence", "The count ended. 42 ballots were missing.",
       "The count ended. | 42 ballots were missing."},
      {"whitespace trimmed", "  First one.   Second one.  ", "First one. | Second one."},
      {"time abbreviation", "It began at 9 a.m. Eastern time and ended late.",
       "It began at 9 a.m. Eastern time and ended late."},
      {"web address", "Read more at www.example.org today. Thanks.",
       "Read more at www.example.org today. | Thanks."},
      {"empty", "", ""},
      {"only spaces", "   \n\n  ", ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Split(c.text), c.want) << c.name;
  }
}

TEST(SplitSentencesTest, HardWrappedParagraphsJoinLines) {
  // Lines wrapped mid-sentence (continuing in lowercase) are not sentence ends.
  const char* text =
      "The council approved the budget after a long\n"
      "debate that lasted most of the night and\n"
      "ended with a narrow vote. Members then went\n"
      "home to rest before the next session began.\n"
      "\n"
      "A second paragraph follows.";
  EXPECT_EQ(Split(text),
            "The council approved the budget after a long\ndebate that lasted most of the night "
            "and\nended with a narrow vote. | Members then went\nhome to rest before the next "
            "session began. | A second paragraph follows.");
}

TEST(SplitSentencesTest, SpansAreTrimmedAndOrdered) {
  std::string text = "  Alpha beta.\n\n Gamma delta!  ";
  std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{2, 13}));
  EXPECT_EQ(spans[1], (Span{16, 28}));
}

}  // namespace
}  // namespace storyline::analyse

namespace storyline::analyse::internal {
namespace {

// A range that ends inside a multi-byte character must still be tokenised to the end, with
// no empty token (it once looped forever).
TEST(TokenizeTest, RangeEndingInsideACharacterTerminates) {
  const std::string text = "Zoë Müller";  // "ë" and "ü" are two bytes each
  for (size_t end = 0; end <= text.size(); ++end) {
    std::vector<Token> tokens = Tokenize(text, 0, end);
    for (const Token& t : tokens) {
      EXPECT_LT(t.begin, t.end) << "end=" << end;
      EXPECT_LE(t.end, end);
    }
  }
}

}  // namespace
}  // namespace storyline::analyse::internal
