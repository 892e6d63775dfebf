#pragma once
// Input kinds: by file name extension first, then by content.
#include <string_view>

namespace storyline::ingest {

enum class InputKind { kUnknown, kHtml, kText, kJsonl, kWarc };
const char* InputKindName(InputKind k);

struct NameKind {
  InputKind kind = InputKind::kUnknown;  // from the extension under any ".gz"
  bool gzip = false;                     // the name ends in .gz / .gzip
};
// "a/b.jsonl.gz" -> {kJsonl, true}; "x.HTM" -> {kHtml, false}; "data.bin" -> {kUnknown, false}.
NameKind KindFromName(std::string_view path);

// The kind the (decompressed) first bytes suggest: "WARC/" => kWarc, '{' first non-space =>
// kJsonl, '<' => kHtml, otherwise kText. A leading UTF-8 BOM is ignored. Binary data is not
// detected here; see LooksBinary.
InputKind SniffKind(std::string_view head);

// True for data that is not text: a NUL byte, or more than 30% control bytes (other than
// tab, newline, carriage return, form feed, vertical tab, escape) in `head`.
bool LooksBinary(std::string_view head);

// Bytes examined by SniffKind / LooksBinary.
inline constexpr size_t kSniffBytes = 4096;

}  // namespace storyline::ingest
