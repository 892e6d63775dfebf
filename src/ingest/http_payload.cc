#include "ingest/http_payload.h"

#include "base/text.h"
#include "ingest/gzip_stream.h"

namespace storyline::ingest {
namespace {

// Parses up to 15 hex digits; false when there are none or too many.
bool ParseHex(std::string_view s, uint64_t* out) {
  if (s.empty() || s.size() > 15) return false;
  uint64_t v = 0;
  for (const char c : s) {
    int d;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
      d = c - 'A' + 10;
    else
      return false;
    v = v * 16 + static_cast<uint64_t>(d);
  }
  *out = v;
  return true;
}

std::string_view StripCr(std::string_view s) {
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string Dechunk(std::string_view body) {
  std::string out;
  size_t p = 0;
  for (;;) {
    const size_t eol = body.find('\n', p);
    if (eol == std::string_view::npos) {
      if (p == 0) return std::string(body);  // not chunked after all
      break;                                 // cut off: keep what we have
    }
    std::string_view size_line = StripCr(body.substr(p, eol - p));
    const size_t semi = size_line.find(';');  // chunk extensions
    if (semi != std::string_view::npos) size_line = size_line.substr(0, semi);
    uint64_t size = 0;
    if (!ParseHex(base::Trim(size_line), &size)) {
      if (p == 0) return std::string(body);  // not chunked after all
      break;
    }
    p = eol + 1;
    if (size == 0) break;  // last chunk; trailers ignored
    if (size > body.size() - p) {
      out.append(body.substr(p));
      break;
    }
    out.append(body.substr(p, size));
    p += size;
    if (body.substr(p, 2) == "\r\n")
      p += 2;
    else if (body.substr(p, 1) == "\n")
      p += 1;
  }
  return out;
}

Result<HttpPayload> ParseHttpResponse(std::string_view message, uint64_t max_body_bytes) {
  HttpPayload out;
  // Status line: "HTTP/1.1 200 OK".
  if (!base::StartsWithIgnoreCase(message, "HTTP/")) {
    return Err(DataLossError("malformed HTTP response: no status line"));
  }
  const size_t sp = message.find(' ');
  const size_t first_eol = message.find('\n');
  if (sp == std::string_view::npos || sp > first_eol || message.size() < sp + 4) {
    return Err(DataLossError("malformed HTTP status line"));
  }
  int code = 0;
  for (size_t i = sp + 1; i < sp + 4; ++i) {
    const char c = message[i];
    if (c < '0' || c > '9') return Err(DataLossError("malformed HTTP status line"));
    code = code * 10 + (c - '0');
  }
  out.status_code = code;

  // Header block ends at the first empty line ("\r\n\r\n", or "\n\n" from sloppy servers).
  const size_t crlf = message.find("\r\n\r\n");
  const size_t lf = message.find("\n\n");
  size_t header_end, body_begin;
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) {
    header_end = crlf;
    body_begin = crlf + 4;
  } else if (lf != std::string_view::npos) {
    header_end = lf;
    body_begin = lf + 2;
  } else {
    return out;  // headers only
  }
  out.has_body = true;

  std::string transfer_encoding, content_encoding;
  const std::string_view headers = message.substr(0, header_end);
  size_t p = headers.find('\n');
  while (p != std::string_view::npos && p < headers.size()) {
    const size_t start = p + 1;
    size_t eol = headers.find('\n', start);
    const std::string_view hl =
        StripCr(headers.substr(start, eol == std::string_view::npos ? eol : eol - start));
    p = eol;
    const size_t colon = hl.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = base::Trim(hl.substr(0, colon));
    const std::string_view value = base::Trim(hl.substr(colon + 1));
    if (base::EqualsIgnoreCase(name, "Content-Type")) {
      out.content_type = std::string(value);
    } else if (base::EqualsIgnoreCase(name, "Transfer-Encoding")) {
      transfer_encoding = base::AsciiLower(value);
    } else if (base::EqualsIgnoreCase(name, "Content-Encoding")) {
      content_encoding = base::AsciiLower(value);
    }
  }

  std::string_view body = message.substr(body_begin);
  if (transfer_encoding.find("chunked") != std::string::npos) {
    out.body = Dechunk(body);
  } else {
    out.body = std::string(body);
  }
  const bool gzip_coding = content_encoding == "gzip" || content_encoding == "x-gzip";
  if (gzip_coding && !HasGzipMagic(out.body)) {
    // Some crawlers store the decoded payload but keep the header; take it as it is.
  } else if (gzip_coding || content_encoding == "deflate") {
    Result<std::string> inflated = InflateAll(out.body, max_body_bytes);
    if (!inflated) return Err(inflated.error());
    out.body = std::move(*inflated);
  } else if (!content_encoding.empty() && content_encoding != "identity") {
    return Err(InvalidArgumentError("unsupported Content-Encoding \"" +
                                    base::ToValidUtf8(content_encoding) + "\""));
  }
  return out;
}

}  // namespace storyline::ingest
