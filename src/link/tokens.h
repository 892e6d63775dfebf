#pragma once
// Word tokens for similarity: the shared vocabulary of linking and summarising.
// Pure functions, linear in the input, safe on any bytes (ill-formed UTF-8 is treated as
// U+FFFD, a separator).
#include <string>
#include <string_view>
#include <vector>

namespace storyline::link {

// Lowercased word tokens in text order.
//  - A word is a run of letters/digits (ASCII, and non-ASCII code points that are not
//    punctuation, symbols or spaces); common Latin, Greek and Cyrillic capitals are lowercased.
//  - An apostrophe (' or U+2019) between letters stays inside the word, normalised to ';
//    a trailing possessive "'s" is dropped ("Blinken’s" -> "blinken").
//  - Digit groups join across "," and "." between digits; commas are dropped
//    ("1,200" -> "1200", "6.8" -> "6.8").
//  - Hyphens and everything else separate words ("war-torn" -> "war", "torn").
std::vector<std::string> Tokenise(std::string_view text);

// True for English function words and reporting verbs that carry no topic ("the", "said").
// `word` must be lowercased (as Tokenise returns it).
bool IsStopWord(std::string_view word);

// True when the token starts with a digit ("23", "6.8", "2024").
bool IsNumberToken(std::string_view word);

// True for a content word: not a stop word, not a number, at least two bytes.
bool IsContentWord(std::string_view word);

}  // namespace storyline::link
