#include "ingest/byte_reader.h"

#include <algorithm>
#include <cstring>

namespace storyline::ingest {

void ProgressTracker::Add(uint64_t n) {
  total_ += n;
  if (total_ >= next_report_) {
    next_report_ = total_ + kProgressStep;
    if (sink_ != nullptr && *sink_) (*sink_)(total_);
  }
}

void ProgressTracker::Flush() {
  if (sink_ != nullptr && *sink_) (*sink_)(total_);
}

size_t IstreamSource::Read(char* out, size_t n) {
  if (done_ || n == 0) return 0;
  in_->read(out, static_cast<std::streamsize>(n));
  const auto got = static_cast<size_t>(in_->gcount());
  if (got < n) {
    done_ = true;
    // eof alone is a clean end; badbit (or failbit without eof) is a read error.
    if (in_->bad() || (in_->fail() && !in_->eof())) status_ = UnavailableError("read error");
  }
  bytes_read_ += got;
  if (progress_ != nullptr) progress_->Add(got);
  return got;
}

size_t StringSource::Read(char* out, size_t n) {
  const size_t k = std::min(n, data_.size() - pos_);
  if (k > 0) std::memcpy(out, data_.data() + pos_, k);
  pos_ += k;
  return k;
}

ByteReader::ByteReader(ByteSource* src) : src_(src), buf_(kBufferSize) {}

bool ByteReader::Fill() {
  if (begin_ < end_) return true;
  if (eof_) return false;
  begin_ = end_ = 0;
  const size_t got = src_->Read(buf_.data(), buf_.size());
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ = got;
  return true;
}

size_t ByteReader::Read(char* out, size_t n) {
  size_t done = 0;
  while (done < n && Fill()) {
    const size_t k = std::min(n - done, end_ - begin_);
    std::memcpy(out + done, buf_.data() + begin_, k);
    begin_ += k;
    done += k;
  }
  offset_ += done;
  return done;
}

std::string_view ByteReader::Peek(size_t n) {
  n = std::min(n, buf_.size());
  if (end_ - begin_ < n && !eof_) {
    // Move the unread bytes to the front, then top up.
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
    while (end_ < n && !eof_) {
      const size_t got = src_->Read(buf_.data() + end_, buf_.size() - end_);
      if (got == 0) eof_ = true;
      end_ += got;
    }
  }
  return std::string_view(buf_.data() + begin_, std::min(n, end_ - begin_));
}

ByteReader::Line ByteReader::ReadLine(std::string* line, size_t max_bytes) {
  line->clear();
  bool any = false;
  bool too_long = false;
  while (Fill()) {
    any = true;
    const char* start = buf_.data() + begin_;
    const size_t avail = end_ - begin_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!too_long) {
      if (line->size() + take > max_bytes) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    const size_t consumed = take + (nl ? 1 : 0);
    begin_ += consumed;
    offset_ += consumed;
    if (nl) return too_long ? Line::kTooLong : Line::kComplete;
  }
  if (!any) return Line::kEnd;
  return too_long ? Line::kTooLong : Line::kLast;
}

size_t ByteReader::ReadExact(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n && Fill()) {
    const size_t k = std::min(n - done, end_ - begin_);
    out->append(buf_.data() + begin_, k);
    begin_ += k;
    done += k;
  }
  offset_ += done;
  return done;
}

uint64_t ByteReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n && Fill()) {
    const uint64_t k = std::min<uint64_t>(n - done, end_ - begin_);
    begin_ += k;
    done += k;
  }
  offset_ += done;
  return done;
}

bool ByteReader::AtEnd() { return !Fill(); }

}  // namespace storyline::ingest
