#pragma once
// The HTTP message inside a WARC "response" record (Content-Type: application/http): status
// line and headers are stripped, chunked transfer coding is undone, and gzip/deflate content
// coding is inflated. Works on an in-memory record (already bounded by max_record_bytes).
#include <cstdint>
#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline::ingest {

struct HttpPayload {
  int status_code = 0;       // 200, 404, ...
  std::string content_type;  // the Content-Type header as sent ("text/html; charset=utf-8")
  std::string body;          // de-chunked and decompressed
  bool has_body = false;     // false when the message has no header/body separator
};

// Fails with DataLoss for a message that does not start with an HTTP status line, with
// InvalidArgument for an unsupported Content-Encoding (br, zstd), and with the errors of
// InflateAll (ResourceExhausted above `max_body_bytes`, DataLoss when corrupt).
Result<HttpPayload> ParseHttpResponse(std::string_view message, uint64_t max_body_bytes);

// Undoes "Transfer-Encoding: chunked". Lenient: a body whose first line is not a chunk size
// is returned unchanged; a body cut inside a chunk returns what was decoded up to there.
std::string Dechunk(std::string_view body);

}  // namespace storyline::ingest
