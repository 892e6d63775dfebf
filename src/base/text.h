#pragma once
// Small text helpers shared by every stage. All functions are pure and thread-safe.
#include <cstdint>
#include <string>
#include <string_view>

namespace storyline::base {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool IsValidUtf8(std::string_view s);
// Copies `s`, replacing every ill-formed byte sequence with U+FFFD and dropping NUL bytes.
std::string ToValidUtf8(std::string_view s);
// Decodes the code point at s[i] (well-formed input assumed; returns U+FFFD and advances one
// byte on a bad sequence) and advances i past it.
char32_t NextCodePoint(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, char32_t cp);

std::string_view Trim(std::string_view s);  // ASCII whitespace
std::string AsciiLower(std::string_view s);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// 64-bit XXH3 of the bytes.
uint64_t Hash64(std::string_view s, uint64_t seed = 0);
// 16 lowercase hex digits.
std::string Hex64(uint64_t v);

}  // namespace storyline::base
