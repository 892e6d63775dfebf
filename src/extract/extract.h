#pragma once
// Extraction: raw record (HTML page or plain text) -> Article (metadata + body text).
#include <string_view>

#include "storyline/document.h"
#include "storyline/status.h"

namespace storyline::extract {

// HTML records are decoded to UTF-8 (charset from content_type, <meta charset>, BOM, else
// UTF-8 with invalid bytes replaced), parsed, and reduced to the article body: paragraphs
// separated by "\n\n", no navigation/ads/comments. Text records keep their text (CRLF -> LF,
// invalid UTF-8 replaced by U+FFFD). Metadata given in the record (title, published, url,
// source) wins over what the page says. Fails with InvalidArgument when no body text remains.
Result<Article> Extract(const RawRecord& record);

}  // namespace storyline::extract
