#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "analyse/analyse.h"

namespace storyline::analyse {
namespace {

constexpr const char* kPublished = "2024-12-10";  // a Tuesday, ISO week 2024-W50

// "TYPE text=value" per mention, joined by "; ".
std::string Render(std::string_view text, std::string_view published = kPublished) {
  std::string out;
  for (const DateMention& d : FindDates(text, published)) {
    EXPECT_EQ(d.text, text.substr(d.begin, d.end - d.begin));
    if (!out.empty()) out += "; ";
    out += std::string(DateTypeName(d.type)) + " " + d.text + "=" + d.value;
  }
  return out;
}

struct Case {
  const char* text;
  const char* want;
};

TEST(FindDatesTest, ResolvedAgainstPublicationDate) {
  const Case kCases[] = {
      // Weekdays: the latest such day on or before publication; "next" looks forward.
      {"The talks began on Monday.", "DATE Monday=2024-12-09"},
      {"The vote took place on Tuesday.", "DATE Tuesday=2024-12-10"},
      {"They met on Wednesday.", "DATE Wednesday=2024-12-04"},
      {"They meet again next Monday.", "DATE next Monday=2024-12-16"},
      {"It happened last Tuesday.", "DATE last Tuesday=2024-12-03"},
      {"Shops closed on Monday night.", "TIME Monday night=2024-12-09TNI"},
      // Weekends and weeks.
      {"Strikes hit the port over the weekend.", "DATE the weekend=2024-W49-WE"},
      {"Crowds gathered this weekend.", "DATE this weekend=2024-W49-WE"},
      {"A rally is set for next weekend.", "DATE next weekend=2024-W50-WE"},
      {"Prices fell last week.", "DATE last week=2024-W49"},
      {"Prices fell this week.", "DATE this week=2024-W50"},
      {"Talks resume next week.", "DATE next week=2024-W51"},
      {"Sales dropped last month.", "DATE last month=2024-11"},
      {"Elections are due next year.", "DATE next year=2025"},
      {"Output grew last year.", "DATE last year=2023"},
      // Today and friends, and "ago".
      {"The mayor resigned today.", "DATE today=2024-12-10"},
      {"The mayor resigned yesterday.", "DATE yesterday=2024-12-09"},
      {"Results come tomorrow.", "DATE tomorrow=2024-12-11"},
      {"The bridge closed two days ago.", "DATE two days ago=2024-12-08"},
      {"The bridge closed 3 weeks ago.", "DATE 3 weeks ago=2024-11-19"},
      // Absolute and partial dates.
      {"The mission ends by September 2025.", "DATE September 2025=2025-09"},
      {"The group formed in September 2014.", "DATE September 2014=2014-09"},
      {"It was signed on December 9, 2024 in Rome.", "DATE December 9, 2024=2024-12-09"},
      {"It was signed on 9 December 2024.", "DATE 9 December 2024=2024-12-09"},
      {"The deadline is Dec. 9 for all.", "DATE Dec. 9=2024-12-09"},
      {"The summit opens Jan. 3 in Oslo.", "DATE Jan. 3=2025-01-03"},
      {"Filed 2024-12-09 by the clerk.", "DATE 2024-12-09=2024-12-09"},
      {"Filed 12/09/2024 by the clerk.", "DATE 12/09/2024=2024-12-09"},
      {"Monday, Dec. 9, 2024 was cold.", "DATE Monday, Dec. 9, 2024=2024-12-09"},
      {"The plant opened in 2014.", "DATE 2014=2014"},
      {"Rain fell in November.", "DATE November=2024-11"},
      {"Numbers: 2014 people and 1,200 cars.", ""},
      // Times.
      {"The vote is at 3 p.m. on Monday.", "TIME 3 p.m.=2024-12-09T15:00; DATE Monday=2024-12-09"},
      {"The train left at 14:05.", "TIME 14:05=2024-12-10T14:05"},  // no day: published
      {"Doors open at 9am.", "TIME 9am=2024-12-10T09:00"},
      // Durations and sets.
      {"The war lasted three years.", "DURATION three years=P3Y"},
      {"The strike lasted 10 days.", "DURATION 10 days=P10D"},
      {"They signed a three-year deal.", "DURATION three-year=P3Y"},
      {"Police held him for 48 hours.", "DURATION 48 hours=PT48H"},
      // "a week" is a length only where the sentence asks for one.
      {"The survey must end within a week.", "DURATION a week=P1W"},
      {"The crew camped there for a month.", "DURATION a month=P1M"},
      {"The ferry sails twice a week.", ""},
      {"Rent is $900 a month.", ""},
      {"The market opens every Monday.", "SET every Monday=XXXX-WXX-1"},
      {"The paper appears weekly.", "SET weekly=P1W"},
      {"Buses run every two weeks.", "SET every two weeks=P2W"},
      // Words that only look like dates.
      {"Prices may rise. May I ask?", ""},
      {"One of the ten ministers spoke.", ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.text;
  }
}

// A bare weekday looks forward when its preposition or the tense of its clause says the day is
// still to come, and back otherwise. Published Tuesday 2024-12-10.
TEST(FindDatesTest, WeekdayDirectionFollowsPrepositionAndTense) {
  const Case kCases[] = {
      // Future-signalling prepositions.
      {"The ferry is suspended until Friday.", "DATE Friday=2024-12-13"},
      {"Crews hope to reopen the pass by Thursday.", "DATE Thursday=2024-12-12"},
      {"Bids must arrive before Monday.", "DATE Monday=2024-12-16"},
      {"The new timetable applies from Monday on.", "DATE Monday=2024-12-16"},
      {"Roads stay shut until at least Saturday.", "DATE Saturday=2024-12-14"},
      // Future tense anywhere in the clause.
      {"The council will vote on Thursday.", "DATE Thursday=2024-12-12"},
      {"On Friday, the orchestra will play in the old mill.", "DATE Friday=2024-12-13"},
      {"We'll know more on Monday.", "DATE Monday=2024-12-16"},
      {"The minister is expected to resign on Wednesday.", "DATE Wednesday=2024-12-11"},
      {"The bridge is due to reopen on Saturday.", "DATE Saturday=2024-12-14"},
      {"The court is set to rule on Friday.", "DATE Friday=2024-12-13"},
      {"A second hearing is scheduled for Thursday.", "DATE Thursday=2024-12-12"},
      {"The union plans to strike on Monday.", "DATE Monday=2024-12-16"},
      {"The mayor is to visit the dam on Sunday.", "DATE Sunday=2024-12-15"},
      {"Forecasters expect snow to reach the valley on Friday.", "DATE Friday=2024-12-13"},
      {"Officials said the curfew would last until Sunday.", "DATE Sunday=2024-12-15"},
      // Published on a Tuesday: a future "Tuesday" is next week's, "this Tuesday" may be today.
      {"The board will meet on Tuesday.", "DATE Tuesday=2024-12-17"},
      {"The board will meet this Tuesday.", "DATE this Tuesday=2024-12-10"},
      {"The board will meet this Friday.", "DATE this Friday=2024-12-13"},
      {"The board met this Friday.", "DATE this Friday=2024-12-06"},
      // Past or no tense: the latest such day on or before publication.
      {"The vote took place on Tuesday.", "DATE Tuesday=2024-12-10"},
      {"The talks had dragged on until Friday.", "DATE Friday=2024-12-06"},
      {"The port has been closed since Monday.", "DATE Monday=2024-12-09"},
      {"The mayor said on Monday that schools will reopen.", "DATE Monday=2024-12-09"},
      {"Officials said Monday the road will reopen.", "DATE Monday=2024-12-09"},
      {"The mayor, who spoke on Sunday, will resign.", "DATE Sunday=2024-12-08"},
      {"Police were called on Saturday, and the trial will start soon.",
       "DATE Saturday=2024-12-07"},
      {"The ceremony would have taken place on Friday.", "DATE Friday=2024-12-06"},
      // A possessive weekday names something already reported, even in a future clause.
      {"Lawyers will try to overturn Friday's verdict.", "DATE Friday=2024-12-06"},
      // "as early as", "as soon as", "planned to ... on" look ahead.
      {"The envoy could arrive as early as Thursday.", "DATE Thursday=2024-12-12"},
      {"The crew may leave as soon as Friday.", "DATE Friday=2024-12-13"},
      {"Farmers planned to march on Saturday.", "DATE Saturday=2024-12-14"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.text;
  }
}

// TIMEX3 vague references, fiscal periods, bare years, seasons and resolution of month names
// without a year. Published Tuesday 2024-11-05 (in the fourth quarter).
TEST(FindDatesTest, VagueReferencesQuartersYearsAndSeasons) {
  constexpr const char* kPub = "2024-11-05";
  const Case kCases[] = {
      // Vague references.
      {"The ferry now runs twice a week.", "DATE now=PRESENT_REF"},
      {"Right now the dam is full.", "DATE Right now=PRESENT_REF"},
      {"The mill is currently closed.", "DATE currently=PRESENT_REF"},
      {"The mill is closed now.", "DATE now=PRESENT_REF"},
      {"It rained. Now, the mayor says, the dam is safe.", ""},
      {"The mayor recently moved.", "DATE recently=PAST_REF"},
      {"Floods grew worse in recent years.", "DATE recent years=PAST_REF"},
      // "recent months/weeks/days" are durations of unknown length up to now.
      {"Rents climbed in recent months.", "DURATION recent months=PXM"},
      {"Queues grew in recent weeks.", "DURATION recent weeks=PXW"},
      {"Two ferries sank in recent days.", "DURATION recent days=PXD"},
      {"Rates may fall in the near future.", "DATE the near future=FUTURE_REF"},
      {"In the past, the bridge flooded.", "DATE the past=PAST_REF"},
      {"Rents rose over the past three months.", "DURATION the past three months=P3M"},
      {"Rents rose over the past few weeks.", "DURATION the past few weeks=PXW"},
      // Financial quarters: the latest one begun by publication; "the quarter" is the one
      // named before, and "a year earlier" the same quarter a year before.
      {"Third-quarter profit at the fictional Orbis Mills rose.",
       "DATE Third-quarter=2024-Q3"},
      {"Orbis expects a loss in the fourth quarter.", "DATE the fourth quarter=2024-Q4"},
      // A future clause about the quarter that just ended keeps its year; older quarters
      // in a future clause are next year's.
      {"Orbis expects to report third-quarter net of $3.", "DATE third-quarter=2024-Q3"},
      {"Orbis will open a plant in the second quarter.", "DATE the second quarter=2025-Q2"},
      {"Orbis earned $5 in the third quarter, up from $4 a year earlier. Sales in the quarter "
       "rose.",
       "DATE the third quarter=2024-Q3; DATE a year earlier=2023-Q3; DATE the quarter=2024-Q3"},
      {"Net fell in the latest quarter.", "DATE the latest quarter=2024-Q3"},
      {"Sales slipped in the year-ago quarter.", "DATE the year-ago quarter=2023-Q3"},
      {"It lost money in the third quarter of 2019.", "DATE the third quarter of 2019=2019-Q3"},
      {"It lost money in the 2019 second quarter.", "DATE the 2019 second quarter=2019-Q2"},
      {"Profit for fiscal 2023 doubled.", "DATE fiscal 2023=2023"},
      {"Profit for the year doubled.", "DATE the year=2024"},
      {"Revenue for the year ended June 30 rose.", "DURATION the year=P1Y; DATE June 30=2024-06-30"},
      // Bare years and decades.
      {"The 1998 results were better than 1997 and 1996.",
       "DATE 1998=1998; DATE 1997=1997; DATE 1996=1996"},
      {"Between 1990 and 1995 the mill expanded.", "DATE 1990=1990; DATE 1995=1995"},
      {"The hall seats 1500 people and cost $2000.", ""},
      {"Jazz boomed in the 1920s.", "DATE 1920s=192X"},
      // Seasons.
      {"The dam failed last fall.", "DATE last fall=2023-FA"},
      {"The dam failed this summer.", "DATE this summer=2024-SU"},
      {"The dam will reopen next spring.", "DATE next spring=2025-SP"},
      {"Prices fall in winter.", "DATE winter=2023-WI"},
      // Months and day-months without a year: the latest one, unless the clause looks ahead
      // or the date is only weeks away.
      {"The mill closed in March.", "DATE March=2024-03"},
      {"The mill closed in December.", "DATE December=2023-12"},
      {"The mill will reopen in December.", "DATE December=2024-12"},
      {"The mill closed on Dec. 3.", "DATE Dec. 3=2023-12-03"},
      {"The vote is Nov. 20.", "DATE Nov. 20=2024-11-20"},
      {"The mill closed in June last year.", "DATE June last year=2023-06"},
      {"He was last seen last Oct. 23.", "DATE last Oct. 23=2024-10-23"},
      {"He was last seen last Dec. 3.", "DATE last Dec. 3=2023-12-03"},
      // Times join the day they name, or take the day of publication.
      {"Talks broke off at noon Thursday.", "TIME noon Thursday=2024-10-31T12:00"},
      {"The offer expires at 5 p.m. EST Monday.", "TIME 5 p.m. EST Monday=2024-11-04T17:00"},
      {"The mayor spoke this morning.", "TIME this morning=2024-11-05TMO"},
      {"Fire broke out last night.", "TIME last night=2024-11-04TNI"},
      // Fractions.
      {"They lived in camps for 2 1/2 years.", "DURATION 2 1/2 years=P2Y6M"},
      {"The flight took 5 1/2 hours.", "DURATION 5 1/2 hours=PT5H30M"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text, kPub), c.want) << c.text;
  }
}

// Month names and day-months without a year: cues that place them ahead or behind.
// Published Thursday 2024-10-31.
TEST(FindDatesTest, YearOfMonthsFollowsCues) {
  constexpr const char* kPub = "2024-10-31";
  const Case kCases[] = {
      // A deadline moved to a date lies ahead, whatever the tense of the move.
      {"The offer was extended to Nov. 20.", "DATE Nov. 20=2024-11-20"},
      {"The hearing was postponed until Dec. 2.", "DATE Dec. 2=2024-12-02"},
      // Payments and rules that take effect, and "through": ahead.
      {"The dividend is payable Jan. 2 to holders.", "DATE Jan. 2=2025-01-02"},
      {"The new chairman takes office effective Feb. 1.", "DATE Feb. 1=2025-02-01"},
      {"The bank lent the mill money through January.", "DATE January=2025-01"},
      // A passive after "be" is not a past participle of the clause.
      {"The sale is to be completed around Nov. 4.", "DATE Nov. 4=2024-11-04"},
      // "since" has begun; "this <month>" is this calendar year's.
      {"The mine has been shut since March.", "DATE March=2024-03"},
      {"An election is due this December.", "DATE this December=2024-12"},
      {"The exhibition closed this March.", "DATE this March=2024-03"},
      // An explicit future reaches most of a year ahead.
      {"She will fly a mission in September.", "DATE September=2025-09"},
      {"The plant closed in September.", "DATE September=2024-09"},
      // "mid-November", "late-March" are months.
      {"Results are expected in mid-November.", "DATE mid-November=2024-11"},
      {"The flood came in late-March.", "DATE late-March=2024-03"},
      // A weekday written with its date; the colon after it is not a clock time.
      {"An editorial on Saturday, Nov. 2: the port must reopen.",
       "DATE Saturday, Nov. 2=2024-11-02"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text, kPub), c.want) << c.text;
  }
}

// Published Tuesday 2024-12-10.
TEST(FindDatesTest, WeekdaysReadTheirClauseCarefully) {
  const Case kCases[] = {
      // "States" in a name is not the speech verb that would end the clause.
      {"The envoy would be flying to the United States Thursday.",
       "DATE Thursday=2024-12-12"},
      // A past verb right after the day.
      {"The ferry will stay in port after the court Monday ruled against it.",
       "DATE Monday=2024-12-09"},
      // A plan in the past perfect was overtaken.
      {"The offer had been due to expire Friday evening.", "TIME Friday evening=2024-12-06TEV"},
      // A clock time joined to its day takes the preposition before the time.
      {"The mayor has until 9 a.m. Thursday to reply.", "TIME 9 a.m. Thursday=2024-12-12T09:00"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.text;
  }
}

// Published Tuesday 2024-12-10.
TEST(FindDatesTest, HolidaysSpelledYearsAndVagueCounts) {
  const Case kCases[] = {
      // Holidays resolve like dates written without a year.
      {"The boat was found on Thanksgiving Day.", "DATE Thanksgiving Day=2024-11-28"},
      {"The boat was found last Thanksgiving.", "DATE last Thanksgiving=2024-11-28"},
      {"The market reopens after Christmas.", "DATE Christmas=2024-12-25"},
      {"The mill closed at Christmas 1998.", "DATE Christmas 1998=1998-12-25"},
      {"Crowds gathered on New Year's Eve.", "DATE New Year's Eve=2023-12-31"},
      {"Pilgrims arrived as Easter week began in 2000.",
       "DATE Easter week=2024-W13; DATE 2000=2000"},
      {"Voters went to the polls on Election Day.", "DATE Election Day=2024-11-05"},
      {"They sailed to Easter Island.", ""},
      // Years in words, as transcripts write them.
      {"The firm was founded in nineteen ninety-six.", "DATE nineteen ninety-six=1996"},
      {"It happened in January nineteen ninety-seven.",
       "DATE January nineteen ninety-seven=1997-01"},
      {"Oil fell in the winter of nineteen ninety-four.",
       "DATE the winter of nineteen ninety-four=1994-WI"},
      {"Prices fell by the year two thousand.", "DATE the year two thousand=2000"},
      {"Nineteen people were hurt.", ""},
      // Vague counts are durations; "ago" makes them a vague past.
      {"The dam took several years to build.", "DURATION several years=PXY"},
      {"The talks lasted a few days.", "DURATION a few days=PXD"},
      {"The firm moved a couple of years ago.", "DATE a couple of years ago=PAST_REF"},
      {"The firm will grow over the next few years.", "DURATION the next few years=PXY"},
      {"Costs are spread over the next three quarters.",
       "DURATION the next three quarters=P9M"},
      // Ages are not durations.
      {"The pilot, 52 years old, landed safely.", ""},
      // Ends of periods, year-end, centuries.
      {"Troops arrive by the end of the month.", "DATE the end of the month=2024-12"},
      {"The deal closes by the end of next year.", "DATE the end of next year=2025"},
      {"The deal should close by year-end.", "DATE year-end=2024"},
      {"The deal should close by year's end.", "DATE year's end=2024"},
      {"A temple from the 11th century stands here.", "DATE 11th century=10"},
      // "early next year": the modifier is part of the expression.
      {"The plant opens early next year.", "DATE early next year=2025"},
      // The latest quarter has ended even after an outlook for the current one.
      {"Orbis sees fourth-quarter losses. Net fell in the latest quarter.",
       "DATE fourth-quarter=2024-Q4; DATE the latest quarter=2024-Q3"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text), c.want) << c.text;
  }
}

TEST(FindDatesTest, CurrentQuarterIsTheOneUnderWay) {
  EXPECT_EQ(Render("Orbis earned more in the third quarter. Sales in the current quarter slowed.",
                   "2024-11-05"),
            "DATE the third quarter=2024-Q3; DATE the current quarter=2024-Q4");
  // A report about one quarter that compares it with an earlier one stays about the first.
  EXPECT_EQ(Render("Third-quarter net rose, after a flat second quarter. In the 2024 period, "
                   "costs fell.",
                   "2024-11-05"),
            "DATE Third-quarter=2024-Q3; DATE a flat second quarter=2024-Q2; "
            "DATE the 2024 period=2024-Q3");
}

TEST(FindDatesTest, WithoutPublicationDateRelativeValuesAreEmpty) {
  const Case kCases[] = {
      {"The talks began on Monday.", "DATE Monday="},
      {"The mayor resigned yesterday.", "DATE yesterday="},
      {"Prices fell last week.", "DATE last week="},
      {"Strikes hit the port over the weekend.", "DATE the weekend="},
      {"The bridge closed two days ago.", "DATE two days ago="},
      {"The deadline is December 9 for all.", "DATE December 9=XXXX-12-09"},
      {"The mission ends by September 2025.", "DATE September 2025=2025-09"},
      {"The war lasted three years.", "DURATION three years=P3Y"},
      {"The vote is at 3 p.m. on Monday.", "TIME 3 p.m.=T15:00; DATE Monday="},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.text, ""), c.want) << c.text;
  }
}

TEST(FindDatesTest, PublishedWithTimeOfDayAndOnAWeekend) {
  // Published on a Sunday: "the weekend" is that weekend; timestamps are accepted.
  EXPECT_EQ(Render("Storms hit over the weekend.", "2024-12-08T09:30:00Z"),
            "DATE the weekend=2024-W49-WE");
  // ISO week-year boundary: 2024-12-30 is in 2025-W01.
  EXPECT_EQ(Render("Prices fell this week.", "2024-12-30"), "DATE this week=2025-W01");
}

}  // namespace
}  // namespace storyline::analyse
