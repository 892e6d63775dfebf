#include "ingest/stream_reader.h"

#include <memory>
#include <string>

#include "base/text.h"
#include "ingest/gzip_stream.h"
#include "ingest/jsonl_reader.h"
#include "ingest/sniff.h"
#include "ingest/warc_reader.h"

namespace storyline::ingest {
namespace {

// A whole .html / .txt input is one record, bounded by max_record_bytes.
void ReadWholeInput(ByteReader& in, InputKind kind, const ReadContext& ctx) {
  const uint64_t max_bytes = ctx.limits.max_record_bytes;
  std::string data;
  in.ReadExact(static_cast<size_t>(std::min<uint64_t>(max_bytes + 1, SIZE_MAX - 1)), &data);
  if (!in.status().ok()) return;  // reported by the caller
  if (data.size() > max_bytes) {
    ctx.Skip(ResourceExhaustedError(ctx.name + ": file larger than " + std::to_string(max_bytes) +
                                    " bytes, skipped"));
    return;
  }
  if (base::Trim(data).empty()) return;  // an empty file holds no article
  RawRecord r;
  r.id = ctx.name;
  r.location = ctx.name;
  if (kind == InputKind::kHtml) {
    r.html = std::move(data);
  } else {
    std::string_view v = data;
    if (v.substr(0, 3) == "\xEF\xBB\xBF") v.remove_prefix(3);
    r.text = base::ToValidUtf8(v);
  }
  ctx.Deliver(std::move(r));
}

}  // namespace

void ReadSource(ByteSource* raw_source, const ReadContext& ctx) {
  ByteReader raw(raw_source);
  const NameKind by_name = KindFromName(ctx.name);

  std::unique_ptr<GzipSource> gzip;
  std::unique_ptr<ByteReader> inflated;
  ByteReader* in = &raw;
  if (HasGzipMagic(raw.Peek(2))) {
    gzip = std::make_unique<GzipSource>(&raw);
    inflated = std::make_unique<ByteReader>(gzip.get());
    in = inflated.get();
  }
  // A ".gz" name over plain bytes (already decompressed by a server) is read as it is.

  const std::string_view head = in->Peek(kSniffBytes);
  InputKind kind = by_name.kind;
  if (!head.empty()) {
    if (kind == InputKind::kUnknown) kind = SniffKind(head);
    const bool expects_text = kind == InputKind::kText || kind == InputKind::kJsonl;
    if (expects_text && LooksBinary(head)) {
      ctx.Skip(InvalidArgumentError(ctx.name + ": not text (binary data), skipped"));
      return;
    }
    switch (kind) {
      case InputKind::kWarc:
        ReadWarc(*in, ctx);
        break;
      case InputKind::kJsonl:
        ReadJsonl(*in, ctx);
        break;
      case InputKind::kHtml:
      case InputKind::kText:
      case InputKind::kUnknown:
        ReadWholeInput(*in, kind, ctx);
        break;
    }
  }

  const Status& st = in->status();
  if (!st.ok()) {
    const uint64_t where = gzip ? gzip->compressed_offset() : raw.offset();
    std::string what = st.message();
    if (gzip)
      what += " (offset in the compressed input, after " + std::to_string(in->offset()) +
              " uncompressed bytes)";
    ctx.Skip(Status(st.code(), ctx.AtOffset(where, what)));
  }
}

}  // namespace storyline::ingest
