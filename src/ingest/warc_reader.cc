#include "ingest/warc_reader.h"

#include <optional>
#include <string>

#include "base/text.h"
#include "ingest/http_payload.h"
#include "ingest/sniff.h"

namespace storyline::ingest {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderBytes = 1 << 20;
constexpr size_t kMaxHeaderLines = 1000;

bool IsVersionLine(std::string_view line) { return line.substr(0, 7) == "WARC/1."; }

std::string_view StripCr(std::string_view s) {
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

std::string StripAngles(std::string_view s) {
  s = base::Trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return base::ToValidUtf8(s);
}

std::optional<uint64_t> ParseLength(std::string_view s) {
  s = base::Trim(s);
  if (s.empty() || s.size() > 18) return std::nullopt;
  uint64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

// "text/html; charset=utf-8" -> "text/html"
std::string MimeType(std::string_view content_type) {
  const size_t semi = content_type.find(';');
  return base::AsciiLower(base::Trim(content_type.substr(0, semi)));
}

struct WarcHeader {
  std::string type;  // lower case
  std::string record_id;
  std::string target_uri;
  std::string content_type;
  std::optional<uint64_t> content_length;
};

enum class HeaderStatus {
  kOk,
  kEnd,         // the input ended inside the header block
  kNextRecord,  // a "WARC/1." line came before the blank line; *line holds it
  kCorrupt,     // *why says what
};

// Reads the named fields up to and including the blank line that ends the header block.
HeaderStatus ReadHeader(ByteReader& in, WarcHeader* h, std::string* line, std::string* why,
                        uint64_t* line_offset) {
  size_t bytes = 0;
  for (size_t n = 0;; ++n) {
    *line_offset = in.offset();
    const ByteReader::Line lr = in.ReadLine(line, kMaxHeaderLine);
    if (lr == ByteReader::Line::kEnd || lr == ByteReader::Line::kLast) return HeaderStatus::kEnd;
    if (lr == ByteReader::Line::kTooLong) {
      *why = "header line longer than " + std::to_string(kMaxHeaderLine) + " bytes";
      return HeaderStatus::kCorrupt;
    }
    bytes += line->size() + 1;
    if (n >= kMaxHeaderLines || bytes > kMaxHeaderBytes) {
      *why = "header block too large";
      return HeaderStatus::kCorrupt;
    }
    const std::string_view l = StripCr(*line);
    if (l.empty()) break;
    if (IsVersionLine(l)) return HeaderStatus::kNextRecord;
    if (l.front() == ' ' || l.front() == '\t') continue;  // folded continuation: not needed
    const size_t colon = l.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      *why = "header line without a field name";
      return HeaderStatus::kCorrupt;
    }
    const std::string_view name = base::Trim(l.substr(0, colon));
    const std::string_view value = base::Trim(l.substr(colon + 1));
    if (base::EqualsIgnoreCase(name, "WARC-Type")) {
      h->type = base::AsciiLower(value);
    } else if (base::EqualsIgnoreCase(name, "WARC-Record-ID")) {
      h->record_id = StripAngles(value);
    } else if (base::EqualsIgnoreCase(name, "WARC-Target-URI")) {
      h->target_uri = StripAngles(value);
    } else if (base::EqualsIgnoreCase(name, "Content-Type")) {
      h->content_type = std::string(value);
    } else if (base::EqualsIgnoreCase(name, "Content-Length")) {
      h->content_length = ParseLength(value);
      if (!h->content_length) {
        *why = "bad Content-Length";
        return HeaderStatus::kCorrupt;
      }
    }
  }
  if (!h->content_length) {
    *why = "no Content-Length";
    return HeaderStatus::kCorrupt;
  }
  return HeaderStatus::kOk;
}

// Scans forward to the next line that starts with "WARC/1.". On success *line holds it and
// *offset is where it starts; false at the end of the input.
bool Resync(ByteReader& in, std::string* line, uint64_t* offset) {
  for (;;) {
    *offset = in.offset();
    const ByteReader::Line lr = in.ReadLine(line, kMaxHeaderLine);
    if (lr == ByteReader::Line::kEnd) return false;
    if (lr == ByteReader::Line::kComplete && IsVersionLine(*line)) return true;
    if (lr == ByteReader::Line::kLast) return false;
  }
}

// Turns one complete response/resource record into a RawRecord (or skips it).
void ProcessRecord(const WarcHeader& h, std::string&& content, uint64_t offset,
                   const ReadContext& ctx) {
  RawRecord r;
  r.location = ctx.name + ":offset " + std::to_string(offset);
  r.id = h.record_id.empty() ? r.location : h.record_id;  // the ID is mandatory in WARC
  r.url = h.target_uri;

  std::string body;
  if (h.type == "response" &&
      base::StartsWithIgnoreCase(base::Trim(h.content_type), "application/http")) {
    Result<HttpPayload> http = ParseHttpResponse(content, ctx.limits.max_record_bytes);
    if (!http) {
      ctx.Skip(Status(http.error().code(), ctx.AtOffset(offset, http.error().message())));
      return;
    }
    if (!http->has_body || http->status_code < 200 || http->status_code >= 300) return;
    body = std::move(http->body);
    r.content_type = base::ToValidUtf8(http->content_type);
  } else {
    body = std::move(content);
    r.content_type = base::ToValidUtf8(h.content_type);
  }
  if (base::Trim(body).empty()) return;

  const std::string mime = MimeType(r.content_type);
  bool html = false;
  if (mime == "text/html" || mime == "application/xhtml+xml") {
    html = true;
  } else if (mime == "text/plain") {
    html = false;
  } else if (mime.empty() || mime == "application/octet-stream" || mime == "unknown/unknown") {
    const std::string_view head = std::string_view(body).substr(0, kSniffBytes);
    if (SniffKind(head) != InputKind::kHtml || LooksBinary(head)) return;
    html = true;
  } else {
    return;  // images, PDF, feeds, scripts: not articles
  }
  if (html) {
    r.html = std::move(body);
  } else {
    if (LooksBinary(std::string_view(body).substr(0, kSniffBytes))) return;
    r.text = base::ToValidUtf8(body);
  }
  ctx.Deliver(std::move(r));
}

}  // namespace

void ReadWarc(ByteReader& in, const ReadContext& ctx) {
  std::string line;
  bool have_version = false;  // `line` already holds the version line of the next record
  uint64_t record_offset = 0;
  const uint64_t max_bytes = ctx.limits.max_record_bytes;
  for (;;) {
    if (!have_version) {
      ByteReader::Line lr;
      do {  // blank lines separate records
        record_offset = in.offset();
        lr = in.ReadLine(&line, kMaxHeaderLine);
      } while (lr == ByteReader::Line::kComplete && base::Trim(line).empty());
      if (lr == ByteReader::Line::kEnd) return;
      if (lr != ByteReader::Line::kComplete && !in.status().ok()) return;
      if (lr == ByteReader::Line::kLast && base::Trim(line).empty()) return;
      if (lr == ByteReader::Line::kTooLong || !IsVersionLine(line)) {
        ctx.Skip(DataLossError(ctx.AtOffset(
            record_offset,
            "corrupt WARC record: no \"WARC/1.x\" line; skipping to the next record")));
        if (!Resync(in, &line, &record_offset)) return;
      }
    }
    have_version = false;

    WarcHeader h;
    std::string why;
    uint64_t line_offset = 0;
    switch (ReadHeader(in, &h, &line, &why, &line_offset)) {
      case HeaderStatus::kOk:
        break;
      case HeaderStatus::kEnd:
        if (in.status().ok()) {
          ctx.Skip(DataLossError(ctx.AtOffset(record_offset, "truncated WARC header")));
        }
        return;
      case HeaderStatus::kNextRecord:
        ctx.Skip(DataLossError(ctx.AtOffset(
            record_offset, "corrupt WARC header: no blank line before the next record")));
        record_offset = line_offset;
        have_version = true;
        continue;
      case HeaderStatus::kCorrupt:
        ctx.Skip(DataLossError(ctx.AtOffset(record_offset, "corrupt WARC header: " + why)));
        if (!Resync(in, &line, &record_offset)) return;
        have_version = true;
        continue;
    }

    const uint64_t length = *h.content_length;
    const bool wanted = h.type == "response" || h.type == "resource";
    const auto truncated = [&](uint64_t got) {
      // A stream error (truncated gzip) is reported by the caller, once.
      if (!in.status().ok()) return;
      ctx.Skip(DataLossError(ctx.AtOffset(record_offset, "truncated WARC record (Content-Length " +
                                                             std::to_string(length) + ", got " +
                                                             std::to_string(got) + ")")));
    };
    if (!wanted || length > max_bytes) {
      if (wanted) {
        ctx.Skip(ResourceExhaustedError(ctx.AtOffset(
            record_offset, "WARC record of " + std::to_string(length) + " bytes is larger than " +
                               std::to_string(max_bytes) + " bytes, skipped")));
      }
      const uint64_t got = in.Skip(length);
      if (got < length) {
        if (!wanted) truncated(got);
        return;
      }
      continue;
    }
    std::string content;
    const size_t got = in.ReadExact(length, &content);
    if (got < length) {
      truncated(got);
      return;
    }
    ProcessRecord(h, std::move(content), record_offset, ctx);
  }
}

}  // namespace storyline::ingest
