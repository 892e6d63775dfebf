#pragma once
// The data model shared by every stage. Text findings are byte spans [begin, end) into
// Article::text, which is immutable once extraction is done. An empty string means "unknown"
// (printed as null in JSON).
#include <cstdint>
#include <string>
#include <vector>

namespace storyline {

// One input record as it arrives, before extraction. Exactly one of text/html is normally set.
struct RawRecord {
  std::string id;         // from the input, else "<path>" / "<path>#<n>" / WARC-Record-ID
  std::string url;
  std::string source;     // publisher / site name if the input says so
  std::string published;  // ISO 8601 as given (normalised by extract)
  std::string title;
  std::string text;       // plain text body (UTF-8 after ingest's validation)
  std::string html;       // raw page bytes (any charset)
  std::string content_type;  // HTTP Content-Type if known (WARC), for charset detection
  std::string location;   // "<path>:<byte offset>" or "<path>:<line>" for error messages
};

// An extracted article: the unit every later stage works on.
struct Article {
  std::string id;
  std::string url;
  std::string title;
  std::string byline;
  std::string published;  // ISO 8601: "2024-12-09" or "2024-12-09T14:05:00Z"
  std::string language;   // ISO 639-1, e.g. "en"
  std::string site;       // host name or publisher
  std::string text;       // body only; paragraphs separated by "\n\n"
};

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

enum class EntityType { kPerson, kOrg, kPlace, kMisc };
const char* EntityTypeName(EntityType t);  // "PERSON" | "ORG" | "PLACE" | "MISC"

struct EntityMention {
  uint32_t begin = 0, end = 0;
  std::string text;    // the bytes text[begin, end)
  EntityType type = EntityType::kMisc;
  std::string entity;  // canonical name shared by all aliases ("Islamic State" for ISIS, Daesh)
};

struct Quote {
  uint32_t begin = 0, end = 0;  // the quoted words, without the quote marks
  std::string text;
  std::string speaker;          // canonical speaker; empty when none found
  int32_t speaker_begin = -1;   // the mention in this text (a pronoun for "he said"); -1 if none
  int32_t speaker_end = -1;
  std::string cue;              // "said", "told reporters"; empty when none
  int32_t cue_begin = -1, cue_end = -1;
};

enum class DateType { kDate, kTime, kDuration, kSet };
const char* DateTypeName(DateType t);  // "DATE" | "TIME" | "DURATION" | "SET"

struct DateMention {
  uint32_t begin = 0, end = 0;
  std::string text;
  DateType type = DateType::kDate;
  std::string value;  // TIMEX3 style: "2024-12-09", "2025-09", "P3D", "XXXX-WXX-1"; empty if unresolvable
};

struct Analysis {
  std::string language;
  std::vector<Span> sentences;
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
  std::vector<DateMention> dates;
};

struct AnalysedArticle {
  Article article;
  Analysis analysis;
};

}  // namespace storyline
