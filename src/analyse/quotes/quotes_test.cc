#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/analyse.h"

namespace storyline::analyse {
namespace {

// "quote => speaker (mention) [cue]" per quote, joined by " || ".
std::string Render(std::string_view text) {
  std::vector<Span> sentences = SplitSentences(text);
  std::vector<EntityMention> entities = FindEntities(text, sentences);
  std::string out;
  for (const Quote& q : FindQuotes(text, sentences, entities)) {
    EXPECT_EQ(q.text, text.substr(q.begin, q.end - q.begin));
    if (!out.empty()) out += " || ";
    out += q.text + " => " + q.speaker;
    if (q.speaker_begin >= 0) {
      out += " (" +
             std::string(text.substr(q.speaker_begin, q.speaker_end - q.speaker_begin)) + ")";
    }
    out += " [" + q.cue + "]";
    if (q.cue_begin >= 0) {
      EXPECT_EQ(q.cue, text.substr(q.cue_begin, q.cue_end - q.cue_begin));
    }
  }
  return out;
}

struct Case {
  const char* name;
  const char* text;
  const char* want;
};

TEST(FindQuotesTest, Table) {
  const Case kCases[] = {
      {"speaker after quote", "\u201CWe will reopen the mine,\u201D Halvorsen said.",
       "We will reopen the mine => Halvorsen (Halvorsen) [said]"},
      {"cue before speaker after quote",
       "\u201CThe bridge is safe,\u201D said Mayor Ingrid Solberg.",
       "The bridge is safe => Ingrid Solberg (Ingrid Solberg) [said]"},
      {"speaker before quote with colon",
       "Daniel Achterberg said: \u201CNobody will lose their job.\u201D",
       "Nobody will lose their job. => Daniel Achterberg (Daniel Achterberg) [said]"},
      {"surname speaker resolves to full name",
       "Daniel Achterberg toured the plant. \u201CIt runs well,\u201D Achterberg added.",
       "It runs well => Daniel Achterberg (Achterberg) [added]"},
      {"pronoun resolves to previous person",
       "Marta Okonjo visited the port. \u201CTrade must keep flowing,\u201D she said.",
       "Trade must keep flowing => Marta Okonjo (she) [said]"},
      {"pronoun ignores names inside the quote",
       "Marta Okonjo spoke. \u201CI called Daniel Achterberg twice,\u201D she said.",
       "I called Daniel Achterberg twice => Marta Okonjo (she) [said]"},
      {"unnamed speaker quoted as saying",
       "\u201CSupplies are running short,\u201D an aide was quoted as saying.",
       "Supplies are running short => an aide (an aide) [was quoted as saying]"},
      {"unnamed speaker told reporters",
       "\u201CNo comment,\u201D the spokesperson told reporters.",
       "No comment => the spokesperson (the spokesperson) [told reporters]"},
      {"descriptor with a prepositional phrase",
       "A spokesman for the commission said: \u201CWe stand ready.\u201D",
       "We stand ready. => A spokesman for the commission (A spokesman for the commission) "
       "[said]"},
      {"according to", "\u201CThe dam held overnight,\u201D according to the regional authority.",
       "The dam held overnight => the regional authority (the regional authority) [according to]"},
      {"straight quotes",
       "Marta Okonjo arrived late. \"Prices will fall next spring,\" Okonjo said.",
       "Prices will fall next spring => Marta Okonjo (Okonjo) [said]"},
      {"partial quote with cue earlier in the sentence",
       "Daniel Achterberg described the plan as \u201Ca reckless gamble\u201D on Friday.",
       "a reckless gamble => Daniel Achterberg (Daniel Achterberg) [described]"},
      {"scare quotes dropped", "The so-called \u201Cexperts\u201D disagreed again.", ""},
      {"long quote without speaker kept",
       "The banner \u201Cclosed until further notice\u201D hung over the gate for weeks.",
       "closed until further notice =>  []"},
      {"next quote continues the speaker",
       "\u201CWe are ready,\u201D Halvorsen said. \u201CThe trucks leave at dawn.\u201D",
       "We are ready => Halvorsen (Halvorsen) [said] || The trucks leave at dawn. => Halvorsen "
       "(Halvorsen) []"},
      {"title reference speaker",
       "Foreign Minister Ilse Brandauer landed. The Foreign Minister said: \u201CWe came to "
       "listen.\u201D",
       "We came to listen. => Ilse Brandauer (Foreign Minister) [said]"},
      {"unbalanced quote is ignored", "He shouted \u201Cstop and left the room.", ""},
      {"multi-paragraph quote",
       "Ingrid Halvorsen spoke at length.\n\n\u201CThe first thing is safety. We will check every "
       "beam.\n\n\u201CThe second thing is money,\u201D he said.",
       "The first thing is safety. We will check every beam. => Ingrid Halvorsen (he) [] || The "
       "second thing is money => Ingrid Halvorsen (he) [said]"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.name;
  }
}

// Attribution patterns where the speaker's name is wrapped in roles, places and appositives.
TEST(FindQuotesTest, SpeakerNamesWithRolesAndAppositives) {
  const Case kCases[] = {
      {"place and title before the name are not the speaker",
       "\"The river rose in an hour,\" Tollbridge Mayor Ines Varga said by phone.",
       "The river rose in an hour => Ines Varga (Ines Varga) [said]"},
      {"role words and a statement cue",
       "\u201CWe failed our riders,\u201D chief executive Petra Lindahl said in a statement.",
       "We failed our riders => Petra Lindahl (Petra Lindahl) [said in a statement]"},
      {"capitalised role before the name",
       "\u201CThe audit is finished,\u201D Chief Executive Petra Lindahl said.",
       "The audit is finished => Petra Lindahl (Petra Lindahl) [said]"},
      {"team and lowercase role before the name",
       "\u201CWe defended like lions,\u201D Wexford manager Colm Tierney said.",
       "We defended like lions => Colm Tierney (Colm Tierney) [said]"},
      {"age appositive between name and cue",
       "Petra Lindahl won the seat. \u201CThe harbour comes first,\u201D Lindahl, 51, told "
       "volunteers at the hall.",
       "The harbour comes first => Petra Lindahl (Lindahl) [told]"},
      {"role appositive between name and cue",
       "\u201CThe books are clean,\u201D Ines Varga, the fund's auditor, said.",
       "The books are clean => Ines Varga (Ines Varga) [said]"},
      {"cue then name then role",
       "\u201CEvery ticket will be refunded,\u201D said Colm Tierney, the promoter.",
       "Every ticket will be refunded => Colm Tierney (Colm Tierney) [said]"},
      {"surname then colon",
       "Colm Tierney spoke after the match. Tierney said: \u201CWe were lucky today.\u201D",
       "We were lucky today. => Colm Tierney (Tierney) [said]"},
      {"pronoun after a person of an organisation",
       "Geologist Ines Varga of the Northern Survey Institute said the slope was unstable. "
       "Mayor Bo Lund ordered an evacuation.\n\nEngineer Tove Rask of the Valley Water Board "
       "said the dam held. \u201CWe checked every gate twice this morning,\u201D she said.",
       "We checked every gate twice this morning => Tove Rask (she) [said]"},
      {"surname speaker resolves through a role-prefixed full name",
       "Water Regulation Commissioner Ilka Marrow opened an inquiry. \u201CWe want every "
       "record,\u201D Marrow said.",
       "We want every record => Ilka Marrow (Marrow) [said]"},
      {"surname speaker resolves through an appositive full name",
       "Ilka Marrow, the regulator's chief, opened an inquiry. \u201CWe want every "
       "record,\u201D Marrow said.",
       "We want every record => Ilka Marrow (Marrow) [said]"},
      {"pronoun skips a person named only as an object",
       "Colm Tierney lost the final. \u201CWe ran out of legs,\u201D Tierney said.\nHe also "
       "criticised the referee for sending off Daniel Brook.\n\u201CThe game turned there,\u201D he "
       "said.",
       "We ran out of legs => Colm Tierney (Tierney) [said] || The game turned there => Colm "
       "Tierney (he) [said]"},
      {"pronoun prefers a person named next to a speech verb",
       "Nurse Anna Kowalczyk spoke first.\n\nThe ward was full, said Dr. Laura Brook, who runs "
       "it. Beds lined the corridor. \u201CWe need more staff,\u201D she said.",
       "We need more staff => Laura Brook (she) [said]"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.name;
  }
}

// Attribution shapes common in political news: party tags, long appositives, dashes,
// transcripts, participle cues and unnamed sources.
TEST(FindQuotesTest, AttributionShapes) {
  const Case kCases[] = {
      {"title and party tag in parentheses before the cue",
       "\u201CThe levy is a trap,\u201D Sen. Ada Mirren (R-Ohio) said Tuesday.",
       "The levy is a trap => Ada Mirren (Ada Mirren) [said]"},
      {"two appositives sharing a comma",
       "\u201CThe board overreached,\u201D Tomas Brel, the treasurer of Wexland, one of the "
       "counties suing the board, said in an interview on Sunday.",
       "The board overreached => Tomas Brel (Tomas Brel) [said in an interview]"},
      {"party tag with an abbreviation period",
       "\u201CThe vote will hold,\u201D Majority Leader Otto Veil, R-Ky., said.",
       "The vote will hold => Majority Leader Otto Veil (Majority Leader Otto Veil) [said]"},
      {"long description before a cue that precedes the quote",
       "Kara Lint, the harbour police chief who took over in 2012, said the film did not give "
       "\u201Cany clear proof of a weapon.\u201D",
       "any clear proof of a weapon. => Kara Lint (Kara Lint) [said]"},
      {"dash attribution", "\u201CI will vote for the first time this year.\u201D \u2015 Rosa Quell\n",
       "I will vote for the first time this year. => Rosa Quell (Rosa Quell) [\u2015]"},
      {"transcript label inside the quote",
       "\"MARLOW: Will you attend the debate tomorrow?\n\n\"KESTEN: I will not attend it.\"",
       "Will you attend the debate tomorrow? => MARLOW (MARLOW) [:] || I will not attend it. "
       "=> KESTEN (KESTEN) [:]"},
      {"participle cue takes the clause subject",
       "Ada Mirren attacked the levy on Monday, saying, \u201CIt punishes every farmer.\u201D",
       "It punishes every farmer. => Ada Mirren (Ada Mirren) [saying]"},
      {"pronoun subject of a participle cue",
       "Marta Okonjo spoke first. She then defended the plan, saying, \u201CIt works.\u201D",
       "It works. => Marta Okonjo (She) [saying]"},
      {"unnamed source with a possessive",
       "\u201CIf he thinks that is fair,\u201D the ad\u2019s narrator says, \u201Cwhat does he "
       "think of you?\u201D",
       "If he thinks that is fair => the ad\u2019s narrator (the ad\u2019s narrator) [says] || "
       "what does he think of you? => the ad\u2019s narrator (the ad\u2019s narrator) [says]"},
      {"unnamed written source",
       "\u201COur children are thriving in these schools,\u201D the letter reads.",
       "Our children are thriving in these schools => the letter (the letter) [reads]"},
      {"a few words between the quote and a pronoun attribution",
       "Voting fraud is rare, said Kara Lint.\n\n\u201CThe only way the mill will change is if "
       "owners face fines\u201D for dumping, she said.",
       "The only way the mill will change is if owners face fines => Kara Lint (she) [said]"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.name;
  }
}

// Shapes where the attribution sits across a sentence break, behind an honorific abbreviation,
// a long introductory phrase or an inverted "Said X:".
TEST(FindQuotesTest, HarderAttributionShapes) {
  const Case kCases[] = {
      {"honorific with a period before the surname",
       "Mr. Halvorsen opened the depot. \u201CWe need trucks, not speeches,\u201D Mr. Halvorsen "
       "added.",
       "We need trucks, not speeches => Halvorsen (Halvorsen) [added]"},
      {"quote ends its sentence, name and appositives then the cue",
       "\u201CThe levy hurts every farm in the valley.\u201D Ada Mirren, the treasurer of Wexland, "
       "one of the counties in the suit, said at a hearing this week.",
       "The levy hurts every farm in the valley. => Ada Mirren (Ada Mirren) [said]"},
      {"appositive with a noun shaped like a speech verb",
       "\u201CIt is an overreach,\u201D Tomas Brel, the treasurer of Wexland, one of the states "
       "suing the board, said at a hearing.",
       "It is an overreach => Tomas Brel (Tomas Brel) [said]"},
      {"quote ends its sentence, inverted cue in lower case follows",
       "\u201CThe harbour will not close.\u201D said port director Tove Rask.",
       "The harbour will not close. => Tove Rask (Tove Rask) [said]"},
      {"number-like role word before the name after the cue",
       "\u201CThe reasons do not hold. They are wrong,\u201D said 24/7 nurse Dora Quell.",
       "The reasons do not hold. They are wrong => Dora Quell (Dora Quell) [said]"},
      {"inverted said with a surname",
       "Tomas Brel runs the mill. Experts doubt the plan. Said Brel: \u201CThey are wrong.\u201D",
       "They are wrong. => Tomas Brel (Brel) [Said]"},
      {"participle after the speaker's own attribution",
       "\u201CWe are ready,\u201D Tomas Brel said, adding later, \u201CThe trucks leave at "
       "dawn.\u201D",
       "We are ready => Tomas Brel (Tomas Brel) [said] || The trucks leave at dawn. => Tomas Brel "
       "(Tomas Brel) [adding]"},
      {"participle after a pronoun attribution",
       "Ada Mirren spoke. \u201CWe are ready,\u201D she said, adding that \u201Cthe trucks leave "
       "at dawn.\u201D",
       "We are ready => Ada Mirren (she) [said] || the trucks leave at dawn. => Ada Mirren (she) "
       "[adding]"},
      {"curly opening mark closed by a straight one",
       "\u201CThe deal is off,\" Tomas Brel said. \"It is done,\u201D Ada Mirren said.",
       "The deal is off => Tomas Brel (Tomas Brel) [said] || It is done => Ada Mirren (Ada "
       "Mirren) [said]"},
      {"curly quote nested in a straight one keeps the straight pairing",
       "\"She called it a \u201Cscam,\u201D and left the hall,\" Tomas Brel said.",
       "She called it a \u201Cscam,\u201D and left the hall => Tomas Brel (Tomas Brel) [said]"},
      {"participle cue after a long introductory phrase",
       "During a long speech at the harbour on Monday, Ada Mirren attacked the levy, saying, "
       "\u201CIt punishes every farmer.\u201D",
       "It punishes every farmer. => Ada Mirren (Ada Mirren) [saying]"},
      {"participle cue after the subject's own speech verb, subject behind a possessive",
       "The mill's owner Tomas Brel said as much in an interview, arguing that the levy "
       "\u201Cpunishes every farmer in the valley.\u201D",
       "punishes every farmer in the valley. => Tomas Brel (Tomas Brel) [arguing]"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.name;
  }
}

TEST(FindQuotesTest, QuoteSpanExcludesMarks) {
  std::string text = "\u201CGo home,\u201D she said.";
  std::vector<Quote> q = FindQuotes(text, SplitSentences(text), {});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].begin, 3u);  // after the 3-byte opening mark
  EXPECT_EQ(q[0].text, "Go home");
  EXPECT_EQ(q[0].speaker, "");  // no person to resolve "she" to
  EXPECT_EQ(q[0].speaker_begin, -1);
  EXPECT_EQ(q[0].cue, "said");
}

}  // namespace
}  // namespace storyline::analyse
