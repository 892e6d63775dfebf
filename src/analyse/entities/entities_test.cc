#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/analyse.h"

namespace storyline::analyse {
namespace {

// "TYPE text=entity" per mention, joined by "; ".
std::string Render(std::string_view text) {
  std::vector<EntityMention> mentions = FindEntities(text, SplitSentences(text));
  std::string out;
  for (const EntityMention& m : mentions) {
    EXPECT_EQ(m.text, text.substr(m.begin, m.end - m.begin));
    if (!out.empty()) out += "; ";
    out += std::string(EntityTypeName(m.type)) + " " + m.text;
    if (m.entity != m.text) out += "=" + m.entity;
  }
  return out;
}

struct Case {
  const char* name;
  const char* text;
  const char* want;
};

TEST(FindEntitiesTest, Table) {
  const Case kCases[] = {
      {"gazetteer places", "Aid convoys crossed from Jordan into Syria and Iraq.",
       "PLACE Jordan; PLACE Syria; PLACE Iraq"},
      {"iso official name", "Talks with the Syrian Arab Republic stalled.",
       "PLACE Syrian Arab Republic=Syria"},
      {"cross-document aliases", "Envoys from the U.S. and the UK met Daesh defectors.",
       "PLACE U.S.=United States; PLACE UK=United Kingdom; ORG Daesh=Islamic State"},
      {"acronym in parentheses",
       "The Northern Fisheries Council (NFC) met on the pier. Later the NFC voted.",
       "ORG Northern Fisheries Council; ORG NFC=Northern Fisheries Council; "
       "ORG NFC=Northern Fisheries Council"},
      {"known acronym in parentheses", "Fighters of the Islamic State group (ISIS) retreated.",
       "ORG Islamic State; ORG ISIS=Islamic State"},
      {"slash alias", "Officials warned about Daesh/ISIS cells near Mosul.",
       "ORG Daesh=Islamic State; ORG ISIS=Islamic State; PLACE Mosul"},
      {"slash alias between unknown names", "Reports named the Zarquon/ZRQ network.",
       "ORG Zarquon; ORG ZRQ=Zarquon"},
      {"title stripped", "Secretary of State Marta Okonjo visited Cairo.",
       "PERSON Marta Okonjo; PLACE Cairo"},
      {"country before title", "US Secretary of State Marta Okonjo spoke.",
       "PLACE US=United States; PERSON Marta Okonjo"},
      {"abbreviated title", "Gen. Tomas Rukavina inspected the troops. Rukavina left.",
       "PERSON Tomas Rukavina; PERSON Rukavina=Tomas Rukavina"},
      {"surname coreference", "Daniel Achterberg won the vote. Achterberg thanked supporters.",
       "PERSON Daniel Achterberg; PERSON Achterberg=Daniel Achterberg"},
      {"possessive stripped", "Laura Ramaswamy\u2019s plan and Kenya's reply were debated.",
       "PERSON Laura Ramaswamy; PLACE Kenya"},
      {"speech verb person names an earlier full name",
       "Zofia Brzezinska arrived. Brzezinska said little.",
       "PERSON Zofia Brzezinska; PERSON Brzezinska=Zofia Brzezinska"},
      {"speech verb makes a person", "Vandermolen said the port would stay closed.",
       "PERSON Vandermolen"},
      {"bare title resolves to holder",
       "Foreign Minister Ilse Brandauer arrived. The Foreign Minister spoke briefly.",
       "PERSON Ilse Brandauer; PERSON Foreign Minister=Ilse Brandauer"},
      {"bare title without holder is dropped", "The Prime Minister did not attend.", ""},
      {"organisation keywords", "The Ministry of Health and the Central Bank of Freedonia agreed.",
       "ORG Ministry of Health; ORG Central Bank of Freedonia"},
      {"org name with connector", "The Committee to Protect Reporters filed a complaint.",
       "ORG Committee to Protect Reporters"},
      {"acronym org", "NATO and the IAEA issued a statement.",
       "ORG NATO; ORG IAEA"},
      {"demonyms map to countries", "Syrian officials met Iraqi and French envoys.",
       "MISC Syrian=Syria; MISC Iraqi=Iraq; MISC French=France"},
      {"sentence-initial function words skipped",
       "However, the talks failed. Experts blamed Brazil. In Lisbon, nobody commented.",
       "PLACE Brazil; PLACE Lisbon"},
      {"sentence-initial verb form skipped", "Speaking in Oslo, the envoy smiled.",
       "PLACE Oslo"},
      {"weekday and month alone are not entities", "Monday was calm. In March it rained.", ""},
      {"misc fallback", "Crowds gathered for Christmas in the square.", "MISC Christmas"},
      {"city region", "Tension rose across the Middle East and in Washington.",
       "PLACE Middle East; PLACE Washington"},
      {"headline keeps only known names",
       "Floods Force Families From Homes In Northern Chile\n\nRain fell.", "PLACE Chile"},
      {"shouted dateline", "CAIRO - The port closed.", "PLACE CAIRO=Cairo"},
      {"unknown name after in is a place", "The envoy arrived in Valparaiso late.",
       "PLACE Valparaiso"},
      {"particle in name", "Ahmad al-Rashidi met Carlos de la Vega.",
       "PERSON Ahmad al-Rashidi; PERSON Carlos de la Vega"},
      {"place before a title is not part of the name",
       "Crews reached the valley. Tollbridge Mayor Ines Varga thanked them.",
       "MISC Tollbridge; PERSON Ines Varga"},
      {"role words before a name are stripped",
       "Crews reached the valley. Later, Water Regulation Commissioner Ilka Marrow spoke.",
       "MISC Water Regulation; PERSON Ilka Marrow"},
      {"stacked titles", "Crews reached the valley. Later, Deputy Governor Ilka Marrow spoke.",
       "PERSON Ilka Marrow"},
      {"person of an organisation is two mentions",
       "Later, Geologist Ines Varga of the Northern Survey Institute spoke.",
       "PERSON Ines Varga; ORG Northern Survey Institute"},
      {"unknown person of an organisation",
       "The panel heard Tove Rask of the Valley Water Board on Friday.",
       "PERSON Tove Rask; ORG Valley Water Board"},
      {"organisation of a place stays whole",
       "The Central Bank of Freedonia and the University of Tollbridge agreed.",
       "ORG Central Bank of Freedonia; ORG University of Tollbridge"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.name;
  }
}

// Typing names that are in no lexicon from the context around them (all names invented).
TEST(FindEntitiesTest, ContextTypesUnknownNames) {
  const Case kCases[] = {
      // Places.
      {"dateline with country", "TAVORNE, Peru (Tidewater News) \u2014 Crews reached Tavorne.",
       "PLACE TAVORNE=Tavorne; PLACE Peru; ORG Tidewater News; PLACE Tavorne"},
      {"dateline with unknown region",
       "KELDAR, Upper Varn (Tidewater News) \u2014 Rain fell on Keldar.",
       "PLACE KELDAR=Keldar; PLACE Upper Varn; ORG Tidewater News; PLACE Keldar"},
      {"bare dateline then a sentence-initial mention",
       "MARSKELL \u2014 The ferry resumed. Marskell cheered.",
       "PLACE MARSKELL=Marskell; PLACE Marskell"},
      {"name followed by a country", "Aid reached Tembeli, Kenya, by truck.",
       "PLACE Tembeli; PLACE Kenya"},
      {"name followed by a possessive country is not a place",
       "Varga Tomsen, Kenya\u2019s envoy, arrived.", "MISC Varga Tomsen; PLACE Kenya"},
      {"name before a country that starts a phrase is not a place",
       "Carmakers, Kenya agency plan talks.", "PLACE Kenya"},
      {"adjective before state is not a place", "Crowds rallied in the Vandish state.",
       "MISC Vandish"},
      {"village of", "Rain flooded the village of Oskarra overnight.", "PLACE Oskarra"},
      {"mayor of", "Voters chose the mayor of Kilbrae on Sunday.", "PLACE Kilbrae"},
      {"capital appositive", "Supplies came from the regional capital, Temuvik, by road.",
       "PLACE Temuvik"},
      {"province after the name", "Farmers in the Vellano province lost crops.",
       "PLACE Vellano"},
      {"as far away as", "The blast was heard as far away as Quellmoor.", "PLACE Quellmoor"},
      {"compass word after in", "Fires burned in southern Ardenvale on Monday.",
       "PLACE Ardenvale"},
      {"place-shaped name", "Smoke drifted over Tarrow Creek.", "PLACE Tarrow Creek"},
      {"one type per document",
       "Boats left the port of Sarnova at dawn. Sarnova has 3,000 residents.",
       "PLACE Sarnova; PLACE Sarnova"},
      // Organisations.
      {"company suffixes", "Analysts at Tervo Capital and Quillon Solutions agreed.",
       "ORG Tervo Capital; ORG Quillon Solutions"},
      {"club suffixes and short form", "Marbeck Rovers beat Dunholt Athletic. Rovers led early.",
       "ORG Marbeck Rovers; ORG Dunholt Athletic; ORG Rovers=Marbeck Rovers"},
      {"company appositive", "Zentra Quay, a payments company, said profits rose.",
       "ORG Zentra Quay"},
      {"appositive head must be the organisation",
       "Brandt Oduya, a member of the fund, spoke.", "MISC Brandt Oduya"},
      {"reverse appositive", "The ferry operator, Ellsund Boats, raised fares.",
       "ORG Ellsund Boats"},
      {"possessive cue and document vote",
       "Customers left Pellow Gate after Pellow Gate\u2019s shareholders revolted.",
       "ORG Pellow Gate; ORG Pellow Gate"},
      {"shares in", "Shares in Norrick Vale fell 4%.", "ORG Norrick Vale"},
      {"job at", "The figures surprised Ruth Amsel, an economist at Corvane.",
       "PERSON Ruth Amsel; ORG Corvane"},
      {"speech verb subject with organisation cues elsewhere",
       "Zorvex Quint said it would appeal. Zorvex Quint, a mining company, employs 900.",
       "ORG Zorvex Quint; ORG Zorvex Quint"},
      // Persons keep priority on person evidence.
      {"speech verb subject without other cues", "Halvard Brisk said the bridge was safe.",
       "PERSON Halvard Brisk"},
      {"first name beats a company suffix", "Elena Capital said the vote was fair.",
       "PERSON Elena Capital"},
      {"surname after in stays a person",
       "Joanna Kestevan spoke. Crowds met Kestevan in Varrow. Kestevan said no.",
       "PERSON Joanna Kestevan; PERSON Kestevan=Joanna Kestevan; PLACE Varrow; "
       "PERSON Kestevan=Joanna Kestevan"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.name;
  }
}

TEST(FindEntitiesTest, SurnameResolvesToNearestEarlierFullName) {
  std::string text =
      "Anna Kowalczyk and Piotr Kowalczyk arrived. Piotr Kowalczyk spoke first. "
      "Kowalczyk said little.";
  std::vector<EntityMention> m = FindEntities(text, SplitSentences(text));
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.back().text, "Kowalczyk");
  EXPECT_EQ(m.back().entity, "Piotr Kowalczyk");
  EXPECT_EQ(m.back().type, EntityType::kPerson);
}

TEST(FindEntitiesTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(FindEntities("", {}).empty());
  EXPECT_TRUE(FindEntities("... ,,, !!! \u201C\u201D", {}).empty());
}

}  // namespace
}  // namespace storyline::analyse
