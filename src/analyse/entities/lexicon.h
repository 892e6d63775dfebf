#pragma once
// Internal to storyline_analyse: the word lists behind entity typing and quote attribution.
// All lookups are exact and case-sensitive unless stated; tables are built once, thread-safely.
#include <cstddef>
#include <string_view>
#include <vector>

#include "storyline/document.h"

namespace storyline::analyse::internal {

struct NameInfo {
  std::string_view canonical;  // "United States" for "U.S.", "Islamic State" for "Daesh"
  EntityType type = EntityType::kMisc;
};

// Cross-document aliases, countries (generated from iso-codes), major cities and regions.
// `name` is the mention with single spaces between words. nullptr when unknown.
const NameInfo* LookupName(std::string_view name);

// "Syrian"/"Syrians" -> "Syria"; empty when `word` is not a known nationality adjective.
std::string_view DemonymCountry(std::string_view word);

bool IsFirstName(std::string_view word);
// Words that make a capitalised sequence an organisation ("Ministry", "Coalition", "Inc").
bool IsOrgKeyword(std::string_view word);
// Organisation heads after which "to"/"for"/"and" may continue the name
// ("Committee to Protect Journalists", "Global Coalition to Defeat ISIS").
bool IsOrgHead(std::string_view word);
// Capitalised function words and sentence-initial common words that never start an entity.
bool IsStopWord(std::string_view word);
bool IsMonthOrWeekday(std::string_view word);
// Lowercase words allowed inside a name between capitalised words ("Bank of England").
bool IsNameConnector(std::string_view word);

// Longest title (e.g. "Secretary of State", "Gen.", "President-elect") starting at words[i];
// returns the number of words it spans, 0 when none.
size_t MatchTitle(const std::vector<std::string_view>& words, size_t i);

// Speech verbs (lowercase): "said", "told", "warned"...
bool IsSpeechVerb(std::string_view lower_word);
// Heads of unnamed speaker descriptions (lowercase): "official", "spokesperson", "aide"...
bool IsSpeakerNoun(std::string_view lower_word);

// Final words of company and club names ("Capital", "Solutions", "Rovers", "FC").
bool IsOrgSuffix(std::string_view word);
// Lowercase heads describing an organisation in an appositive ("company", "firm", "club").
bool IsOrgNoun(std::string_view lower_word);
// Lowercase words that make "<word> of X" a place ("town", "province", "mayor", "outskirts").
bool IsPlaceNoun(std::string_view lower_word);

}  // namespace storyline::analyse::internal
