#pragma once
// Streaming gzip decompression (zlib inflate, window bits 15+32 so zlib and gzip headers are
// both accepted). Concatenated gzip members -- one per WARC record, as in CC-NEWS, or the
// output of `cat a.gz b.gz` -- read as one stream. A stream that ends inside a member is
// reported as DataLoss; everything inflated before that point is still served.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/byte_reader.h"
#include "storyline/status.h"

namespace storyline::ingest {

// True when `head` starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view head);

class GzipSource : public ByteSource {
 public:
  // `src` must outlive this object; `src` should be positioned at the first gzip header.
  explicit GzipSource(ByteSource* src);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  size_t Read(char* out, size_t n) override;
  // DataLoss("truncated gzip stream") / DataLoss("corrupt gzip data: ...") /
  // DataLoss("trailing garbage after gzip data"), or the error of the underlying source.
  const Status& status() const override { return status_; }
  // Compressed bytes consumed by inflate so far (for error offsets).
  uint64_t compressed_offset() const { return compressed_offset_; }

 private:
  struct State;
  ByteSource* src_;
  std::unique_ptr<State> state_;
  Status status_;
  uint64_t compressed_offset_ = 0;
  bool in_member_ = false;  // inside a gzip member (its end not yet seen)
  bool done_ = false;
};

// Inflates a whole in-memory body (HTTP Content-Encoding gzip / x-gzip / deflate). Raw deflate
// is tried when the data has no zlib or gzip header. Fails with ResourceExhausted when the
// output would exceed `max_output` (a decompression bomb), DataLoss when corrupt/truncated.
Result<std::string> InflateAll(std::string_view data, uint64_t max_output);

}  // namespace storyline::ingest
