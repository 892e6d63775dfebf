#include "ingest/jsonl_reader.h"

#include <string>

#include "base/text.h"
#include "codec/json_codec.h"

namespace storyline::ingest {

void ReadJsonl(ByteReader& in, const ReadContext& ctx) {
  std::string line;
  std::string repaired;
  const size_t max_bytes = ctx.limits.max_record_bytes;
  for (uint64_t line_no = 1;; ++line_no) {
    const ByteReader::Line lr = in.ReadLine(&line, max_bytes);
    if (lr == ByteReader::Line::kEnd) return;
    const bool cut_off = lr != ByteReader::Line::kComplete && !in.status().ok();
    if (cut_off) return;  // the stream error is reported by the caller
    if (lr == ByteReader::Line::kTooLong) {
      ctx.Skip(ResourceExhaustedError(ctx.AtLine(
          line_no, "record larger than " + std::to_string(max_bytes) + " bytes, skipped")));
      continue;
    }
    std::string_view v = line;
    if (line_no == 1 && v.substr(0, 3) == "\xEF\xBB\xBF") v.remove_prefix(3);
    v = base::Trim(v);
    if (v.empty()) continue;
    if (!base::IsValidUtf8(v)) {
      repaired = base::ToValidUtf8(v);
      v = repaired;
    }
    Result<RawRecord> r = codec::ParseInputArticle(v);
    if (!r) {
      ctx.Skip(Status(r.error().code(), ctx.AtLine(line_no, r.error().message())));
      continue;
    }
    if (r->id.empty()) r->id = ctx.name + "#" + std::to_string(line_no);
    r->location = ctx.name + ":" + std::to_string(line_no);
    ctx.Deliver(std::move(*r));
  }
}

}  // namespace storyline::ingest
