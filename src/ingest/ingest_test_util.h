#pragma once
// Test helpers: build gzip and WARC inputs in memory, write temp files, collect results.
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ingest.h"

namespace storyline::ingest::testing {

// One gzip member holding `data`.
inline std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// An HTTP response message as a crawler stores it.
inline std::string HttpResponse(std::string_view body, std::string_view content_type = "text/html",
                                std::string_view extra_headers = "", int status = 200) {
  std::string m = "HTTP/1.1 " + std::to_string(status) + " OK\r\n";
  m += "Server: test\r\nContent-Type: " + std::string(content_type) + "\r\n";
  m += std::string(extra_headers);
  m += "\r\n";
  m += body;
  return m;
}

// One WARC record, with the CRLF CRLF trailer.
inline std::string WarcRecord(std::string_view type, std::string_view id, std::string_view uri,
                              std::string_view content_type, std::string_view payload,
                              std::string_view version = "WARC/1.1") {
  std::string r = std::string(version) + "\r\n";
  r += "WARC-Type: " + std::string(type) + "\r\n";
  r += "WARC-Date: 2024-12-09T10:00:00Z\r\n";
  r += "WARC-Record-ID: <" + std::string(id) + ">\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n";
  r += payload;
  r += "\r\n\r\n";
  return r;
}

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "ingest_test_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  // Writes `data` to path()/rel (creating parent directories); returns the full path.
  std::string Write(const std::string& rel, std::string_view data) const {
    const std::filesystem::path p = std::filesystem::path(path_) / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream f(p, std::ios::binary);
    f.write(data.data(), static_cast<std::streamsize>(data.size()));
    return p.string();
  }

 private:
  std::string path_;
};

// Collects what the sinks receive.
struct Collected {
  std::vector<RawRecord> records;
  std::vector<Status> errors;
  ReadStats stats;

  RecordSink Sink() {
    return [this](RawRecord&& r) { records.push_back(std::move(r)); };
  }
  ErrorSink OnError() {
    return [this](const Status& s) { errors.push_back(s); };
  }
  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const auto& r : records) ids.push_back(r.id);
    return ids;
  }
};

}  // namespace storyline::ingest::testing
