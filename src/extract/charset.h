#pragma once
// Charset detection and conversion of raw page bytes to UTF-8 (ICU converters).
#include <string>
#include <string_view>

namespace storyline::extract {

// The charset label of an HTTP Content-Type ("text/html; charset=ISO-8859-1" ->
// "iso-8859-1"), lowercased and unquoted; "" when none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by <meta charset="..."> or <meta http-equiv="Content-Type"
// content="...; charset=..."> within the first 4 KB of the page; "" when none.
std::string CharsetFromMeta(std::string_view html);

// "utf-8", "utf-16le" or "utf-16be" when `bytes` starts with that byte order mark, else "".
std::string_view CharsetFromBom(std::string_view bytes);

struct DecodedPage {
  std::string text;     // valid UTF-8, BOM removed, NUL bytes dropped
  std::string charset;  // the charset actually used, lowercase ("utf-8", "windows-1252", ...)
};

// Decodes a page to valid UTF-8. Precedence: BOM, then the Content-Type charset, then the
// <meta> declaration, then UTF-8. Latin-1-family declarations (iso-8859-1, us-ascii,
// windows-1252) are decoded as windows-1252, as browsers do; but bytes that are valid
// UTF-8 with non-ASCII characters are taken as UTF-8 whatever a Latin-1 label says (pages
// often lie). Undeclared bytes that are not valid UTF-8 are decoded as windows-1252. Unknown
// labels are ignored. Never fails; undecodable bytes become U+FFFD.
DecodedPage DecodeToUtf8(std::string_view bytes, std::string_view content_type);

}  // namespace storyline::extract
