#pragma once
// Facts from schema.org JSON-LD blocks (<script type="application/ld+json">).
#include <string>
#include <string_view>

namespace storyline::extract {

struct JsonLdFacts {
  std::string headline;
  std::string date_published;  // as written; normalise with NormalizeDate
  std::string author;          // author name(s), ", "-joined
  std::string publisher;       // publisher.name
  std::string url;             // url / mainEntityOfPage
};

// Merges what one JSON-LD script body says into *facts; fields already set are kept, and
// objects typed as articles (NewsArticle, BlogPosting, ...) win over other objects in the
// same block. Tolerant: when the block is not valid JSON (trailing commas, raw newlines,
// HTML entities), a string scan for "headline", "datePublished" and "author" ... "name" is
// used instead. Never throws; bounded work on any input.
void ParseJsonLd(std::string_view json, JsonLdFacts* facts);

}  // namespace storyline::extract
