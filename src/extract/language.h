#pragma once
// Language identification for extraction: declared tags and a tiny stop-word heuristic.
#include <string>
#include <string_view>

namespace storyline::extract {

// The ISO 639 primary subtag of a language tag or locale: "en-US" -> "en", "de_DE" -> "de",
// "FR" -> "fr"; "" for anything that is not 2-3 letters ("x-default", "und", "").
std::string LanguageFromTag(std::string_view tag);

// "en", "de", "fr" or "es" when very common function words of that language clearly
// dominate the first ~20 KB of `text`; "" otherwise (too little text, other languages).
std::string GuessLanguage(std::string_view text);

}  // namespace storyline::extract
