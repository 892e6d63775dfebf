#pragma once
// Internal to storyline_analyse: a small word tokenizer shared by the entity, quote and date
// scanners. Linear time; every token is a byte span [begin, end) into the text it was built from.
#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline::analyse::internal {

enum class TokenKind : uint8_t {
  kWord,    // starts with a letter: "Syria", "war-torn", "U.S.", "al-Assad", "Mr."
  kNumber,  // starts with a digit: "2024", "3.5", "1,000", "9th", "2024-12-09"
  kPunct,   // any other single code point that is not whitespace
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool upper_initial = false;   // first code point is an uppercase letter
  bool all_caps = false;        // >= 2 letters, all uppercase ("ISIS", "U.S.")
  bool space_before = false;    // whitespace separates it from the previous token
  bool newline_before = false;  // that whitespace contains a line break

  std::string_view Text(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Tokenizes text[begin, end). Rules that matter to callers:
//  - "’s"/"'s" after a word is split off ("ISIS’s" -> "ISIS", "’", "s") so spans exclude it;
//  - dotted abbreviations stay whole ("U.S.", "a.m."), and the period of a title abbreviation
//    or an initial followed by a capitalised word is kept ("Mr. Smith", "John F. Kennedy");
//  - hyphens and apostrophes inside a word keep it whole ("war-torn", "O'Brien").
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end);
inline std::vector<Token> Tokenize(std::string_view text) { return Tokenize(text, 0, text.size()); }

// Unicode character classes (ICU), safe for any code point including U+FFFD.
bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsSpace(char32_t c);
bool IsDigit(char32_t c);  // ASCII 0-9 only

// The code point starting at text[i] (U+FFFD on a bad sequence) and its byte length.
char32_t PeekCodePoint(std::string_view text, size_t i, size_t* len);
// The code point ending just before text[i] (i > 0) and its byte length.
char32_t PrevCodePoint(std::string_view text, size_t i, size_t* len);

// True for an opening or closing quotation mark / bracket that may wrap a sentence end.
bool IsClosingMark(char32_t c);
bool IsOpeningMark(char32_t c);

// True when single line breaks in `text` are hard wraps inside paragraphs (many lines end without
// terminal punctuation and continue in lowercase), rather than one sentence/paragraph per line.
bool IsWrappedText(std::string_view text);

}  // namespace storyline::analyse::internal
