#include "ingest/gzip_stream.h"

#include <zlib.h>

#include <vector>

namespace storyline::ingest {
namespace {

constexpr size_t kInputChunk = 64 << 10;

std::string ZlibMessage(const z_stream& z, int rc) {
  if (z.msg != nullptr) return z.msg;
  return "zlib error " + std::to_string(rc);
}

}  // namespace

bool HasGzipMagic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

struct GzipSource::State {
  z_stream z{};
  bool initialised = false;
  std::vector<unsigned char> in = std::vector<unsigned char>(kInputChunk);
};

GzipSource::GzipSource(ByteSource* src) : src_(src), state_(std::make_unique<State>()) {
  if (inflateInit2(&state_->z, 15 + 32) != Z_OK) {
    status_ = InternalError("inflateInit2 failed");
    done_ = true;
    return;
  }
  state_->initialised = true;
}

GzipSource::~GzipSource() {
  if (state_->initialised) inflateEnd(&state_->z);
}

size_t GzipSource::Read(char* out, size_t n) {
  if (done_ || n == 0) return 0;
  z_stream& z = state_->z;
  z.next_out = reinterpret_cast<Bytef*>(out);
  z.avail_out = static_cast<uInt>(n);
  // Loop until some output is produced or the stream ends; inflate may consume a whole
  // header or an empty member without producing anything.
  while (z.avail_out == n && !done_) {
    if (z.avail_in == 0) {
      const size_t got = src_->Read(reinterpret_cast<char*>(state_->in.data()), state_->in.size());
      if (got == 0) {
        done_ = true;
        if (!src_->status().ok()) {
          status_ = src_->status();
        } else if (in_member_) {
          status_ = DataLossError("truncated gzip stream");
        }
        break;
      }
      z.next_in = state_->in.data();
      z.avail_in = static_cast<uInt>(got);
    }
    if (!in_member_) {
      // Between members: tolerate zero padding (some writers pad to a block size); anything
      // else than a new gzip header is garbage.
      while (z.avail_in > 0 && *z.next_in == 0) {
        ++z.next_in;
        --z.avail_in;
        ++compressed_offset_;
      }
      if (z.avail_in == 0) continue;
      if (*z.next_in != 0x1f && compressed_offset_ > 0) {
        status_ = DataLossError("trailing garbage after gzip data");
        done_ = true;
        break;
      }
      inflateReset(&z);
      in_member_ = true;
    }
    const uInt before_in = z.avail_in;
    const int rc = inflate(&z, Z_NO_FLUSH);
    compressed_offset_ += before_in - z.avail_in;
    if (rc == Z_STREAM_END) {
      in_member_ = false;
    } else if (rc == Z_BUF_ERROR) {
      // No progress possible: needs more input (avail_in is 0). Loop reads more.
      if (z.avail_in != 0) {
        status_ = DataLossError("corrupt gzip data: " + ZlibMessage(z, rc));
        done_ = true;
      }
    } else if (rc != Z_OK) {
      status_ = DataLossError("corrupt gzip data: " + ZlibMessage(z, rc));
      done_ = true;
    }
  }
  return n - z.avail_out;
}

Result<std::string> InflateAll(std::string_view data, uint64_t max_output) {
  // Window bits: 15+32 auto-detects zlib/gzip headers; -15 is raw deflate ("deflate" servers
  // that omit the zlib wrapper).
  const bool has_header =
      HasGzipMagic(data) ||
      (data.size() >= 2 && (static_cast<unsigned char>(data[0]) & 0x0f) == 8 &&
       ((static_cast<unsigned char>(data[0]) << 8) | static_cast<unsigned char>(data[1])) % 31 ==
           0);
  z_stream z{};
  if (inflateInit2(&z, has_header ? 15 + 32 : -15) != Z_OK) {
    return Err(InternalError("inflateInit2 failed"));
  }
  std::string out;
  char buf[32 << 10];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  Status error;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof(buf);
    const int rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof(buf) - z.avail_out);
    if (out.size() > max_output) {
      error = ResourceExhaustedError("decompressed body larger than " + std::to_string(max_output) +
                                     " bytes");
      break;
    }
    if (rc == Z_STREAM_END) {
      // Concatenated members inside a body are rare; accept the next one if present.
      if (z.avail_in > 0 && has_header && static_cast<unsigned char>(*z.next_in) == 0x1f) {
        inflateReset(&z);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)) {
      error = DataLossError("truncated compressed body");
      break;
    }
    if (rc != Z_OK) {
      error = DataLossError("corrupt compressed body: " + ZlibMessage(z, rc));
      break;
    }
  }
  inflateEnd(&z);
  if (!error.ok()) return Err(std::move(error));
  return out;
}

}  // namespace storyline::ingest
