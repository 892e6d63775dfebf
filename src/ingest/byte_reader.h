#pragma once
// Byte sources for ingest: a pull interface over files, stdin and decompressors, plus a
// buffered reader with the operations the format readers need (peek, bounded line reads,
// exact reads, skips). Everything is streamed through a fixed-size buffer, so memory stays
// bounded by what the caller asks to keep.
#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ingest.h"
#include "storyline/status.h"

namespace storyline::ingest {

// A pull source of bytes. Read() returns 0 at the end of the stream or after an error; once it
// has returned 0 it keeps returning 0. status() tells an error (DataLoss for a truncated gzip
// stream, Unavailable for an I/O error) from a clean end.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual size_t Read(char* out, size_t n) = 0;
  virtual const Status& status() const = 0;
};

// Reports cumulative raw bytes to a ProgressSink about every `kProgressStep` bytes. Shared by
// all inputs of one ReadInputs() call so the count is cumulative.
class ProgressTracker {
 public:
  static constexpr uint64_t kProgressStep = 1 << 20;
  explicit ProgressTracker(const ProgressSink* sink) : sink_(sink) {}
  void Add(uint64_t n);
  // Unconditional report (end of a file).
  void Flush();
  uint64_t total() const { return total_; }

 private:
  const ProgressSink* sink_;
  uint64_t total_ = 0;
  uint64_t next_report_ = kProgressStep;
};

// Reads a std::istream (a file opened in binary mode, or std::cin) in chunks.
class IstreamSource : public ByteSource {
 public:
  // `progress` may be null.
  IstreamSource(std::istream* in, ProgressTracker* progress) : in_(in), progress_(progress) {}
  size_t Read(char* out, size_t n) override;
  const Status& status() const override { return status_; }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  std::istream* in_;
  ProgressTracker* progress_;
  Status status_;
  uint64_t bytes_read_ = 0;
  bool done_ = false;
};

// Serves the bytes of a string (tests, in-memory bodies).
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view data) : data_(data) {}
  size_t Read(char* out, size_t n) override;
  const Status& status() const override { return status_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  Status status_;
};

// Buffered reader over a ByteSource. It is itself a ByteSource, so a decompressor can be
// stacked on a reader that was used to sniff the first bytes.
class ByteReader : public ByteSource {
 public:
  static constexpr size_t kBufferSize = 64 << 10;
  explicit ByteReader(ByteSource* src);

  size_t Read(char* out, size_t n) override;
  const Status& status() const override { return src_->status(); }

  // Up to `n` (<= kBufferSize) bytes ahead without consuming them; fewer only at the end.
  std::string_view Peek(size_t n);

  enum class Line {
    kEnd,       // end of stream, nothing read
    kComplete,  // a line ended by '\n' (the '\n' is consumed, not stored)
    kLast,      // the final bytes of the stream, without a '\n'
    kTooLong,   // longer than max_bytes: consumed through its '\n' (or the end), not stored
  };
  // Reads one line into *line (cleared first). A trailing '\r' is kept; callers strip it.
  Line ReadLine(std::string* line, size_t max_bytes);

  // Appends up to n bytes to *out; returns how many (fewer only at the end of the stream).
  size_t ReadExact(size_t n, std::string* out);
  // Discards up to n bytes; returns how many.
  uint64_t Skip(uint64_t n);
  // True when no byte is left.
  bool AtEnd();
  // Bytes consumed by callers so far (the offset of the next byte).
  uint64_t offset() const { return offset_; }

 private:
  // Makes at least one unread byte available; false at the end of the stream.
  bool Fill();

  ByteSource* src_;
  std::vector<char> buf_;
  size_t begin_ = 0;  // first unread byte
  size_t end_ = 0;    // one past the last buffered byte
  uint64_t offset_ = 0;
  bool eof_ = false;
};

}  // namespace storyline::ingest
