#pragma once
// Test-only fictional news reports (every name, place and number is invented): a wire report,
// a verbatim copy with another header/footer, a machine rewrite crediting the wire in a footer,
// two unrelated earthquakes and a follow-up report on the first one.
#include "link/link_test_util.h"

namespace storyline::link::testing {

inline const std::vector<EntitySpec>& FloodEntities() {
  static const std::vector<EntitySpec> e = {
      {"Norvanian Disaster Agency", EntityType::kOrg, ""},
      {"Norvania", EntityType::kPlace, ""},
      {"Kestrel Bay", EntityType::kPlace, ""},
      {"Arlen River", EntityType::kPlace, ""},
      {"Upper Arlen", EntityType::kPlace, ""},
      {"Mara Linden", EntityType::kPerson, ""},
      {"Joren Vass", EntityType::kPerson, ""},
  };
  return e;
}

inline const std::vector<DateSpec>& FloodDates() {
  static const std::vector<DateSpec> d = {
      {"Sunday", "2024-05-12"}, {"Monday", "2024-05-13"}, {"Wednesday", "2024-05-15"}};
  return d;
}

inline const std::string& FloodBody() {
  static const std::string s =
      "KESTREL BAY, Norvania - Floods have killed at least 14 people in northern Norvania after "
      "the Arlen River burst its banks following three days of torrential rain, the Norvanian "
      "Disaster Agency said on Sunday.\n\n"
      "More than 2,300 residents were evacuated from low-lying districts of Kestrel Bay "
      "overnight, and rescue boats were still searching flooded streets on Sunday morning. The "
      "agency said 180 millimetres of rain had fallen in 48 hours, more than the region usually "
      "receives in a month.\n\n"
      "\xE2\x80\x9CWe are doing everything we can to reach the villages cut off by the "
      "water,\xE2\x80\x9D agency director Mara Linden told reporters at a briefing in Kestrel "
      "Bay. \xE2\x80\x9CThe river rose faster than anyone expected.\xE2\x80\x9D\n\n"
      "Prime Minister Joren Vass cancelled a trip abroad and was due to visit the flooded "
      "districts later in the day. The army has deployed 600 soldiers to help with evacuations "
      "and to reinforce embankments along the Arlen River downstream of the city.\n\n"
      "Forecasters warned that more rain was expected on Monday, and the agency kept its highest "
      "flood alert in place for the provinces of Kestrel and Upper Arlen. Schools in the region "
      "will remain closed until Wednesday.";
  return s;
}

inline AnalysedArticle FloodWire() {
  return MakeArticle("wire-flood", "2024-05-12T08:00:00Z",
                     "Floods kill 14 in northern Norvania as river bursts its banks", FloodBody(),
                     FloodEntities(), FloodDates(),
                     "https://www.example-wire.com/world/norvania-floods");
}

inline AnalysedArticle FloodCopy() {
  return MakeArticle("lantern-flood", "2024-05-12T11:20:00Z", "Deadly floods in Norvania",
                     "Posted by Daily Lantern staff | 12 May 2024\n\n" + FloodBody() +
                         "\n\nShare this story with your friends. Follow the Daily Lantern for "
                         "more updates.",
                     FloodEntities(), FloodDates(), "https://dailylantern.example/news/88");
}

inline const std::string& FloodRewriteBody() {
  static const std::string s =
      "At least 14 people have lost their lives in northern Norvania, where three days of "
      "relentless rainfall caused the Arlen River to overflow, the Norvanian Disaster Agency "
      "reported on Sunday.\n\n"
      "Overnight, authorities moved over 2,300 inhabitants out of vulnerable neighbourhoods in "
      "Kestrel Bay, while rescue crews in boats kept combing the submerged streets into the "
      "morning. Officials reported that 180 millimetres of rain fell within 48 hours, exceeding "
      "the typical monthly total for the area.\n\n"
      "Agency director Mara Linden, speaking at a press briefing in Kestrel Bay, said: "
      "\xE2\x80\x9CWe are doing everything we can to reach the villages cut off by the "
      "water.\xE2\x80\x9D She added: \xE2\x80\x9CThe river rose faster than anyone "
      "expected.\xE2\x80\x9D\n\n"
      "Prime Minister Joren Vass called off an overseas visit and planned to tour the affected "
      "districts later on Sunday, while 600 troops were sent to assist with evacuations and "
      "shore up embankments downstream along the Arlen River.\n\n"
      "With further rainfall forecast for Monday, the highest flood alert remains in force for "
      "Kestrel and Upper Arlen provinces, and local schools will stay shut until Wednesday.\n\n"
      "Original Source: www.example-wire.com";
  return s;
}

inline AnalysedArticle FloodRewrite() {
  return MakeArticle("digest-flood", "2024-05-12T15:30:00Z",
                     "Norvania floods leave 14 dead, thousands evacuated", FloodRewriteBody(),
                     FloodEntities(), FloodDates(), "https://newsdigest.example/norvania-floods");
}

inline const std::vector<EntitySpec>& QuakeAEntities() {
  static const std::vector<EntitySpec> e = {
      {"Velorian Seismological Institute", EntityType::kOrg, ""},
      {"Veloria", EntityType::kPlace, ""},
      {"Santa Irena", EntityType::kPlace, ""},
      {"Tomas Arguedo", EntityType::kPerson, ""},
      {"Elena Varga", EntityType::kPerson, ""},
  };
  return e;
}

inline AnalysedArticle QuakeA() {
  return MakeArticle(
      "quake-veloria", "2024-03-05T07:10:00Z",
      "Magnitude 6.8 earthquake strikes southern Veloria, killing 23",
      "SANTA IRENA, Veloria - A magnitude 6.8 earthquake struck southern Veloria on Tuesday, "
      "killing at least 23 people and injuring more than 150, the Velorian Seismological "
      "Institute said.\n\n"
      "The quake hit at a depth of 35 kilometres near the town of Santa Irena shortly before "
      "dawn, collapsing dozens of homes and a church in the old town. Rescue teams worked "
      "through the day to pull survivors from the rubble.\n\n"
      "\xE2\x80\x9CMany families were asleep when the walls came down,\xE2\x80\x9D said Tomas "
      "Arguedo, the mayor of Santa Irena. \xE2\x80\x9CWe need heavy machinery and we need it "
      "now.\xE2\x80\x9D\n\n"
      "President Elena Varga declared three days of national mourning. Aftershocks continued to "
      "shake the region through the afternoon, and officials urged residents to stay out of "
      "damaged buildings.",
      QuakeAEntities(), {{"Tuesday", "2024-03-05"}});
}

inline AnalysedArticle QuakeB() {
  return MakeArticle(
      "quake-karthia", "2024-03-14T21:40:00Z", "Strong earthquake hits eastern Karthia, dozens dead",
      "DUNMERE, Karthia - A magnitude 7.1 earthquake struck eastern Karthia on Thursday, killing "
      "at least 41 people and injuring about 300, the Karthian Emergency Ministry said.\n\n"
      "The quake's epicentre was 12 kilometres north of Dunmere at a depth of 20 kilometres, and "
      "several apartment blocks collapsed in the city centre. Rescue teams searched the rubble "
      "through the night using dogs and thermal cameras.\n\n"
      "\xE2\x80\x9CThe shaking lasted almost a minute and everything fell off the "
      "shelves,\xE2\x80\x9D said shopkeeper Adil Moren. Emergency minister Sofia Karel said 2,000 "
      "rescuers had been deployed to the region.\n\n"
      "Aftershocks rattled Dunmere through the evening, and officials urged residents to sleep "
      "outdoors or in tents set up in the city's main stadium.",
      {{"Karthian Emergency Ministry", EntityType::kOrg, ""},
       {"Karthia", EntityType::kPlace, ""},
       {"Dunmere", EntityType::kPlace, ""},
       {"Adil Moren", EntityType::kPerson, ""},
       {"Sofia Karel", EntityType::kPerson, ""}},
      {{"Thursday", "2024-03-14"}});
}

inline AnalysedArticle QuakeAFollowUp() {
  return MakeArticle(
      "quake-veloria-toll", "2024-03-07T12:00:00Z",
      "Death toll from Santa Irena earthquake rises to 31",
      "SANTA IRENA, Veloria - The death toll from Tuesday's magnitude 6.8 earthquake in southern "
      "Veloria has risen to 31, the Velorian Seismological Institute said on Thursday, as "
      "rescuers recovered more bodies from collapsed homes in Santa Irena.\n\n"
      "Mayor Tomas Arguedo said about 400 families had been left homeless and were sleeping in "
      "schools and sports halls. Heavy machinery sent from the capital arrived on Wednesday, "
      "allowing crews to clear the rubble of the old town church.\n\n"
      "President Elena Varga visited Santa Irena on Thursday and promised funds to rebuild every "
      "damaged house. \xE2\x80\x9CNo family in Santa Irena will be left alone,\xE2\x80\x9D she "
      "said.\n\n"
      "The institute recorded more than 60 aftershocks since the main quake, the strongest of "
      "magnitude 4.9.",
      QuakeAEntities(),
      {{"Tuesday", "2024-03-05"}, {"Wednesday", "2024-03-06"}, {"Thursday", "2024-03-07"}});
}

}  // namespace storyline::link::testing
