// Story decisions beyond copies and rewrites: independent reports and follow-ups join, other
// events of the same kind and passing mentions stay apart. Every article here is fictional.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "link/features.h"
#include "link/link.h"
#include "link/link_test_corpus.h"
#include "link/link_test_util.h"

namespace storyline::link {
namespace {

using testing::EntitySpec;
using testing::MakeArticle;

constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kPlace = EntityType::kPlace;
constexpr EntityType kMisc = EntityType::kMisc;

std::string Show(const LinkResult& r) {
  std::string s = r.id + " story=" + r.story + " rewrite_of=" + r.rewrite_of + " why={";
  for (const auto& [k, v] : r.why.numbers) s += k + ":" + std::to_string(v) + " ";
  for (const auto& [k, v] : r.why.strings) s += k + ":" + v + " ";
  return s + "}";
}

// --- A dam failure at Brenmoor, reported by a wire and, independently, by a local paper. ---

AnalysedArticle DamWire() {
  return MakeArticle(
      "dam-wire", "2024-09-03T07:10:00Z", "Dam gives way above Brenmoor, 23 dead",
      "BRENMOOR, Ostrava Vale - A reservoir dam above the mining town of Brenmoor gave way "
      "before dawn on Tuesday, sending a wall of water and mud through the lower town and "
      "killing at least 23 people, the regional emergency service said.\n\n"
      "Rescuers pulled 41 people from collapsed houses along the Tessel valley road. The dam, "
      "built in 1962 to hold water for the Harlow Copper mine, had been inspected in spring.\n\n"
      "\xE2\x80\x9CThe water came down the valley in less than ten minutes,\xE2\x80\x9D said "
      "Brenmoor mayor Tomas Riedl, who was at the scene. \xE2\x80\x9CWhole streets are gone.\xE2\x80\x9D\n\n"
      "Harlow Copper chief executive Ilse Varga said the company would open its inspection "
      "records to investigators. The regional government declared three days of mourning.",
      {{"Brenmoor", kPlace, ""},
       {"Ostrava Vale", kPlace, ""},
       {"Tessel", kPlace, ""},
       {"Harlow Copper", kOrg, ""},
       {"Tomas Riedl", kPerson, ""},
       {"Ilse Varga", kPerson, ""}},
      {{"Tuesday", "2024-09-03"}}, "https://wire.example-press.com/dam-brenmoor");
}

// Written independently: other words, other quotes, an updated toll; same people and place.
AnalysedArticle DamLocalPaper() {
  return MakeArticle(
      "dam-local", "2024-09-03", "Brenmoor mourns as toll from burst reservoir climbs to 25",
      "Families gathered outside the sports hall in Brenmoor on Tuesday evening waiting for news "
      "of relatives, hours after the Harlow Copper reservoir burst and flooded the lower town.\n\n"
      "The toll rose to 25 by nightfall, the Ostrava Vale emergency service told the Courier, "
      "and dozens of homes along the Tessel road were destroyed.\n\n"
      "Mayor Tomas Riedl, his boots still caked with mud, walked the length of the valley with "
      "volunteers. \xE2\x80\x9CWe will rebuild every house, I promise you that,\xE2\x80\x9D Riedl "
      "told residents.\n\n"
      "Miners said they had warned about seepage at the dam for years. Ilse Varga, who runs "
      "Harlow Copper, did not answer questions as she left the town hall.",
      {{"Brenmoor", kPlace, ""},
       {"Ostrava Vale", kPlace, ""},
       {"Tessel", kMisc, ""},  // the analyser's types vary between outlets
       {"Harlow Copper", kOrg, ""},
       {"Tomas Riedl", kPerson, ""},
       {"Riedl", kPerson, ""},
       {"Ilse Varga", kMisc, ""}},
      {{"Tuesday", "2024-09-03"}}, "https://www.brenmoor-courier.example/news/dam");
}

// The same kind of event two days later in another valley: other people, numbers, place.
AnalysedArticle DamElsewhere() {
  return MakeArticle(
      "dam-elsewhere", "2024-09-05T09:00:00Z", "Flood barrier fails at Quillon, 6 dead",
      "QUILLON, Marsh Province - A flood barrier on the Aubel river gave way on Thursday, "
      "sending water through the lower town of Quillon and killing at least 6 people, the "
      "provincial emergency service said.\n\n"
      "Rescuers pulled 12 people from flooded houses along the river road. The barrier, built "
      "in 1978, had been inspected last year.\n\n"
      "\xE2\x80\x9CThe water rose faster than anyone had seen before,\xE2\x80\x9D said Quillon "
      "mayor Edda Sorel. \xE2\x80\x9CWe need help from the whole province.\xE2\x80\x9D\n\n"
      "Provincial engineer Basil Orme said the barrier's owner, Aubel Waterworks, would open "
      "its records to investigators. The province declared two days of mourning.",
      {{"Quillon", kPlace, ""},
       {"Marsh Province", kPlace, ""},
       {"Aubel", kPlace, ""},
       {"Aubel Waterworks", kOrg, ""},
       {"Edda Sorel", kPerson, ""},
       {"Basil Orme", kPerson, ""}},
      {{"Thursday", "2024-09-05"}}, "https://wire.example-press.com/barrier-quillon");
}

// --- A data breach at Vantor Freight, and the regulator's fine eight days later. ---

const std::vector<EntitySpec>& BreachEntities() {
  static const std::vector<EntitySpec> e = {{"Vantor Freight", kOrg, ""},
                                            {"Mirela Szabo", kPerson, ""},
                                            {"Szabo", kPerson, ""},
                                            {"Osterland Privacy Office", kOrg, ""},
                                            {"Piet Janssen", kPerson, ""},
                                            {"Osterland", kPlace, ""},
                                            {"Lindport", kPlace, ""}};
  return e;
}

AnalysedArticle Breach() {
  return MakeArticle(
      "breach", "2024-10-02T10:00:00Z", "Vantor Freight says hackers stole data of 1.8 million",
      "LINDPORT, Osterland - Vantor Freight, the Lindport parcel carrier, said on Wednesday "
      "that hackers had copied the names, addresses and phone numbers of 1.8 million customers "
      "from a billing server.\n\n"
      "Chief executive Mirela Szabo apologised to customers. \xE2\x80\x9CWe failed to protect "
      "information that people trusted us with,\xE2\x80\x9D Szabo said.\n\n"
      "The Osterland Privacy Office said it had opened an investigation. Commissioner Piet "
      "Janssen said the carrier had reported the breach within the legal deadline.",
      BreachEntities(), {{"Wednesday", "2024-10-02"}},
      "https://wire.example-press.com/vantor-breach");
}

AnalysedArticle BreachFine() {
  return MakeArticle(
      "breach-fine", "2024-10-10T12:30:00Z", "Regulator fines Vantor Freight 3.4 million crowns",
      "LINDPORT, Osterland - The Osterland Privacy Office fined Vantor Freight 3.4 million "
      "crowns on Thursday for failing to encrypt the billing server from which the records of "
      "1.8 million customers were taken last week.\n\n"
      "Commissioner Piet Janssen said the carrier had ignored two audit warnings. "
      "\xE2\x80\x9CThis was not bad luck, it was neglect,\xE2\x80\x9D Janssen said.\n\n"
      "Mirela Szabo, the chief executive, said Vantor Freight would not appeal and had hired "
      "an outside firm to review its systems. Shares in the company fell 4 percent.",
      BreachEntities(), {{"Thursday", "2024-10-10"}, {"last week", "2024-W40"}},
      "https://wire.example-press.com/vantor-fine");
}

// --- Two actors entering treatment; the second report names the first once in passing. ---

AnalysedArticle RehabFirst() {
  return MakeArticle(
      "rehab-first", "2024-06-04", "Actor Rufus Penhale enters treatment for alcohol addiction",
      "Actor Rufus Penhale, star of the detective series Greyfriars Lane, has entered a "
      "treatment centre for alcohol addiction, his publicist Dana Mercer confirmed on "
      "Tuesday.\n\n"
      "\xE2\x80\x9CRufus has asked for privacy while he focuses on his recovery,\xE2\x80\x9D "
      "Mercer said. Penhale, 52, had been absent from the set of Greyfriars Lane for two "
      "weeks.\n\n"
      "Filming of the ninth season of Greyfriars Lane has been paused, the broadcaster Kestor "
      "Television said. Penhale thanked fans for their messages.",
      {{"Rufus Penhale", kPerson, ""},
       {"Penhale", kPerson, "Rufus Penhale"},
       {"Rufus", kMisc, ""},
       {"Greyfriars Lane", kMisc, ""},
       {"Dana Mercer", kPerson, ""},
       {"Mercer", kPerson, "Dana Mercer"},
       {"Kestor Television", kOrg, ""}},
      {{"Tuesday", "2024-06-04"}}, "https://www.screen-example.com/penhale");
}

AnalysedArticle RehabSecond() {
  return MakeArticle(
      "rehab-second", "2024-06-19", "Actress Lise Okonjo enters rehab for painkiller dependence",
      "Actress Lise Okonjo has checked into a rehabilitation clinic for dependence on "
      "prescription painkillers, her agent Marco Vidal said on Wednesday.\n\n"
      "\xE2\x80\x9CLise is getting the care she needs and is grateful for the support,\xE2\x80\x9D "
      "Vidal said. Okonjo, 38, became a household name in the film Salt Orchard and was "
      "filming its sequel for Aldane Pictures.\n\n"
      "Okonjo is the second actor this month to seek treatment, after Greyfriars Lane star "
      "Rufus Penhale. Aldane Pictures said production of Salt Orchard 2 would continue with "
      "scenes that do not involve Okonjo.",
      {{"Lise Okonjo", kPerson, ""},
       {"Okonjo", kPerson, "Lise Okonjo"},
       {"Lise", kMisc, ""},
       {"Marco Vidal", kPerson, ""},
       {"Vidal", kPerson, "Marco Vidal"},
       {"Salt Orchard", kMisc, ""},
       {"Aldane Pictures", kOrg, ""},
       {"Greyfriars Lane", kMisc, ""},
       {"Rufus Penhale", kPerson, ""}},
      {{"Wednesday", "2024-06-19"}}, "https://www.stage-example.com/okonjo");
}

// Unrelated background so that rarity (IDF) has something to compare against.
std::vector<AnalysedArticle> Background() {
  return {testing::QuakeA(), testing::FloodWire(), testing::QuakeB()};
}

std::map<std::string, LinkResult> LinkAll(const std::vector<AnalysedArticle>& articles) {
  Linker linker;
  std::map<std::string, LinkResult> out;
  for (const auto& a : Background()) linker.Add(a);
  for (const auto& a : articles) out[a.article.id] = linker.Add(a);
  return out;
}

TEST(StoryTest, IndependentReportOfTheSameEventJoins) {
  const auto r = LinkAll({DamWire(), DamLocalPaper()});
  const LinkResult& local = r.at("dam-local");
  EXPECT_EQ(local.story, r.at("dam-wire").story) << Show(local);
  EXPECT_EQ(local.rewrite_of, "") << "independent, not a paraphrase: " << Show(local);
  EXPECT_EQ(local.copy_of, "");
  EXPECT_EQ(local.why.strings.at("same_story_as"), "dam-wire");
  EXPECT_GT(local.why.numbers.at("name_cosine"), 0.3) << Show(local);
}

TEST(StoryTest, IndependentReportJoinsWhicheverArrivesFirst) {
  const auto r = LinkAll({DamLocalPaper(), DamWire()});
  EXPECT_EQ(r.at("dam-wire").story, r.at("dam-local").story) << Show(r.at("dam-wire"));
}

TEST(StoryTest, FollowUpAWeekLaterNamingTheSameCompanyAndPeopleJoins) {
  const auto r = LinkAll({Breach(), BreachFine()});
  const LinkResult& fine = r.at("breach-fine");
  EXPECT_EQ(fine.story, r.at("breach").story) << Show(fine);
  EXPECT_EQ(fine.rewrite_of, "") << Show(fine);
  EXPECT_GT(fine.confidence, 0.3);
}

TEST(StoryTest, FollowUpOutsideTheWindowStartsANewStory) {
  auto late = BreachFine();
  late.article.published = "2024-12-20";  // eleven weeks later, window is 21 days
  const auto r = LinkAll({Breach(), late});
  EXPECT_NE(r.at("breach-fine").story, r.at("breach").story) << Show(r.at("breach-fine"));
}

TEST(StoryTest, SameKindOfEventElsewhereStaysApart) {
  const auto r = LinkAll({DamWire(), DamLocalPaper(), DamElsewhere()});
  const LinkResult& other = r.at("dam-elsewhere");
  EXPECT_NE(other.story, r.at("dam-wire").story) << Show(other);
  EXPECT_EQ(other.rewrite_of, "") << Show(other);
}

TEST(StoryTest, PassingMentionOfAnotherStorysPersonStaysApart) {
  const auto r = LinkAll({RehabFirst(), RehabSecond()});
  EXPECT_NE(r.at("rehab-second").story, r.at("rehab-first").story) << Show(r.at("rehab-second"));
}

TEST(StoryTest, UnrelatedStoriesSharingACountryStayApart) {
  // Both name Osterland and Lindport; nothing else in common.
  auto rates = MakeArticle(
      "rates", "2024-10-03T09:00:00Z", "Osterland central bank holds rates at 3.5%",
      "LINDPORT, Osterland - The Osterland National Bank kept its main rate at 3.5 percent on "
      "Thursday, saying inflation of 2.9 percent was still above its target.\n\n"
      "\xE2\x80\x9CWe are not yet where we want to be on prices,\xE2\x80\x9D governor Anneke Vos "
      "told a news conference in Lindport. Economists polled last week had expected the hold.",
      {{"Osterland National Bank", kOrg, ""},
       {"Osterland", kPlace, ""},
       {"Lindport", kPlace, ""},
       {"Anneke Vos", kPerson, ""}},
      {{"Thursday", "2024-10-03"}}, "https://wire.example-press.com/osterland-rates");
  const auto r = LinkAll({Breach(), rates});
  EXPECT_NE(r.at("rates").story, r.at("breach").story) << Show(r.at("rates"));
}

// Template-like reports of different events in one town (what a synthetic corpus produces):
// same place and wording, different people, figures and days.
AnalysedArticle TownEvent(int n, const std::string& day, const std::string& person, int affected,
                          const std::string& fill1, const std::string& fill2) {
  const std::string text =
      "A storm hit Pellham on day " + day.substr(8) + ", affecting " + std::to_string(affected) +
      " people, the Harbour Authority confirmed. \xE2\x80\x9CWe are working with residents to "
      "help everyone in Pellham, case " + std::to_string(n) + ",\xE2\x80\x9D " + person +
      " said. The storm of Pellham drew responses from " + fill1 + " and " + fill2 +
      ". The storm of Pellham drew responses from " + fill2 + " and " + fill1 +
      ". \xE2\x80\x9CThe situation in "
      "Pellham remains serious for residents,\xE2\x80\x9D the Harbour Authority spokesperson "
      "said.";
  return MakeArticle("town-" + std::to_string(n), day, "storm in Pellham", text,
                     {{"Pellham", kPlace, ""},
                      {"Harbour Authority", kOrg, ""},
                      {person, kPerson, ""}});
}

TEST(StoryTest, SameTemplateSameTownOtherPeopleAndFiguresDaysApartStaysApart) {
  const auto r = LinkAll({TownEvent(101, "2024-02-03", "Vera Kovac", 2140, "officials", "the coast"),
                          TownEvent(202, "2024-02-12", "Hugo Lindahl", 377, "local media", "nearby towns")});
  EXPECT_NE(r.at("town-202").story, r.at("town-101").story) << Show(r.at("town-202"));
  EXPECT_EQ(r.at("town-202").rewrite_of, "") << Show(r.at("town-202"));
}

}  // namespace
}  // namespace storyline::link

namespace storyline::link {
namespace {

// A short follow-up shares a few words with each earlier report and many with the story as a
// whole: the centroid of the members' term vectors sees what no single member shows.
TEST(StoryCentroidTest, CentroidCosineSeesWordsSpreadOverMembers) {
  const IdfTable idf;  // empty: every term weighs 1
  ArticleFeatures first, second, follow_up;
  first.terms = {{1, 1}, {2, 1}, {10, 1}, {11, 1}};
  second.terms = {{3, 1}, {4, 1}, {12, 1}, {13, 1}};
  follow_up.terms = {{1, 1}, {2, 1}, {3, 1}, {4, 1}};
  WeightedTokens centroid;  // sum of the two members' normalised vectors
  for (const auto* f : {&first, &second}) {
    for (const auto& [t, c] : f->terms) centroid.emplace_back(t, 0.5f);
  }
  std::sort(centroid.begin(), centroid.end());
  const double single = TermCosine(follow_up, first, &idf);
  const double story = CentroidCosine(follow_up, centroid, idf);
  EXPECT_NEAR(single, 0.5, 1e-9);
  EXPECT_NEAR(story, 4 * 0.5 / (2.0 * std::sqrt(8 * 0.25)), 1e-6);  // 0.707
  EXPECT_GT(story, single);
  EXPECT_EQ(CentroidCosine(follow_up, {}, idf), 0);
}

}  // namespace
}  // namespace storyline::link
