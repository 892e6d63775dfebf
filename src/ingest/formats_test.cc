// Unit tests for the building blocks: buffered reading, gzip streaming, HTTP payloads, kinds.
#include <gtest/gtest.h>

#include <string>

#include "ingest/byte_reader.h"
#include "ingest/gzip_stream.h"
#include "ingest/http_payload.h"
#include "ingest/ingest_test_util.h"
#include "ingest/sniff.h"

namespace storyline::ingest {
namespace {

using testing::Gzip;

std::string ReadAll(ByteSource& src) {
  std::string out;
  char buf[7];  // odd and small, to cross every boundary
  for (size_t n; (n = src.Read(buf, sizeof(buf))) > 0;) out.append(buf, n);
  return out;
}

TEST(ByteReaderTest, LinesKindsAndOffsets) {
  StringSource src("one\r\ntwo\n\nthree-is-long\nlast");
  ByteReader in(&src);
  std::string line;
  EXPECT_EQ(in.ReadLine(&line, 100), ByteReader::Line::kComplete);
  EXPECT_EQ(line, "one\r");
  EXPECT_EQ(in.offset(), 5u);
  EXPECT_EQ(in.ReadLine(&line, 100), ByteReader::Line::kComplete);
  EXPECT_EQ(line, "two");
  EXPECT_EQ(in.ReadLine(&line, 100), ByteReader::Line::kComplete);
  EXPECT_EQ(line, "");
  EXPECT_EQ(in.ReadLine(&line, 5), ByteReader::Line::kTooLong);
  EXPECT_EQ(line, "");
  EXPECT_EQ(in.Peek(2), "la");
  EXPECT_EQ(in.ReadLine(&line, 100), ByteReader::Line::kLast);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(in.ReadLine(&line, 100), ByteReader::Line::kEnd);
  EXPECT_TRUE(in.AtEnd());
}

TEST(ByteReaderTest, ExactAndSkipStopAtEnd) {
  StringSource src("abcdefgh");
  ByteReader in(&src);
  std::string out;
  EXPECT_EQ(in.ReadExact(3, &out), 3u);
  EXPECT_EQ(in.Skip(2), 2u);
  EXPECT_EQ(in.ReadExact(10, &out), 3u);
  EXPECT_EQ(out, "abcfgh");
  EXPECT_EQ(in.Skip(5), 0u);
  EXPECT_EQ(in.offset(), 8u);
}

TEST(GzipSourceTest, ConcatenatedMembersReadAsOneStream) {
  const std::string data = Gzip("first member\n") + Gzip("") + Gzip("second member\n");
  StringSource raw(data);
  GzipSource gz(&raw);
  EXPECT_EQ(ReadAll(gz), "first member\nsecond member\n");
  EXPECT_TRUE(gz.status().ok()) << gz.status().ToString();
  EXPECT_EQ(gz.compressed_offset(), data.size());
}

TEST(GzipSourceTest, TruncatedStreamKeepsPrefixAndReportsDataLoss) {
  std::string big;
  for (int i = 0; i < 2000; ++i) big += "line " + std::to_string(i) + " of a long text\n";
  const std::string whole = Gzip(big);
  const std::string cut = whole.substr(0, whole.size() / 2);
  StringSource raw(cut);
  GzipSource gz(&raw);
  const std::string got = ReadAll(gz);
  EXPECT_EQ(gz.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(gz.status().message(), "truncated gzip stream");
  EXPECT_GT(got.size(), 0u);
  EXPECT_EQ(got, big.substr(0, got.size()));
}

TEST(GzipSourceTest, GarbageAfterMemberIsDataLoss) {
  const std::string data = Gzip("ok\n") + "not gzip";
  StringSource raw(data);
  GzipSource gz(&raw);
  EXPECT_EQ(ReadAll(gz), "ok\n");
  EXPECT_EQ(gz.status().code(), StatusCode::kDataLoss);
}

TEST(GzipSourceTest, CorruptDataIsDataLoss) {
  std::string data = Gzip(std::string(5000, 'x'));
  for (size_t i = 12; i < data.size() - 8; ++i) data[i] = static_cast<char>(0xff);
  StringSource raw(data);
  GzipSource gz(&raw);
  ReadAll(gz);
  EXPECT_EQ(gz.status().code(), StatusCode::kDataLoss);
}

TEST(InflateAllTest, GzipAndLimit) {
  const std::string body(10000, 'a');
  EXPECT_EQ(InflateAll(Gzip(body), 1 << 20).value(), body);
  const auto over = InflateAll(Gzip(body), 100);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code(), StatusCode::kResourceExhausted);
  const std::string gz = Gzip(body);
  EXPECT_EQ(InflateAll(gz.substr(0, gz.size() - 12), 1 << 20).error().code(),
            StatusCode::kDataLoss);
}

TEST(HttpPayloadTest, Dechunk) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"5\r\nHello\r\n7\r\n, world\r\n0\r\n\r\n", "Hello, world"},
      {"3;ext=1\r\nabc\r\n0\r\n", "abc"},
      {"a\nABCDEFGHIJ\n0\n\n", "ABCDEFGHIJ"},
      {"<html>not chunked</html>", "<html>not chunked</html>"},  // lenient
      {"5\r\nHel", "Hel"},                                       // cut off
  };
  for (const Case& c : cases) EXPECT_EQ(Dechunk(c.in), c.want) << c.in;
}

TEST(HttpPayloadTest, StripsHeadersKeepsContentType) {
  const auto p = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi</p>", 1000);
  ASSERT_TRUE(p) << p.error().ToString();
  EXPECT_EQ(p->status_code, 200);
  EXPECT_EQ(p->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(p->body, "<p>Hi</p>");
}

TEST(HttpPayloadTest, ChunkedGzipBody) {
  const std::string gz = Gzip("<p>compressed</p>");
  char size_hex[16];
  snprintf(size_hex, sizeof(size_hex), "%zx", gz.size());
  const std::string msg =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
      "Content-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n" +
      std::string(size_hex) + "\r\n" + gz + "\r\n0\r\n\r\n";
  const auto p = ParseHttpResponse(msg, 1000);
  ASSERT_TRUE(p) << p.error().ToString();
  EXPECT_EQ(p->body, "<p>compressed</p>");
}

TEST(HttpPayloadTest, Errors) {
  EXPECT_EQ(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", 100).error().code(), StatusCode::kDataLoss);
  EXPECT_EQ(ParseHttpResponse("HTTP/1.1 2", 100).error().code(), StatusCode::kDataLoss);
  EXPECT_EQ(
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", 100).error().code(),
      StatusCode::kInvalidArgument);
  const auto headers_only = ParseHttpResponse("HTTP/1.1 304 Not Modified\r\n", 100);
  ASSERT_TRUE(headers_only);
  EXPECT_FALSE(headers_only->has_body);
}

TEST(SniffTest, KindFromName) {
  struct Case {
    const char* name;
    InputKind kind;
    bool gzip;
  } cases[] = {
      {"a/b.html", InputKind::kHtml, false},    {"x.HTM", InputKind::kHtml, false},
      {"n.txt", InputKind::kText, false},       {"d.jsonl.gz", InputKind::kJsonl, true},
      {"d.ndjson", InputKind::kJsonl, false},   {"d.json", InputKind::kJsonl, false},
      {"c.warc.gz", InputKind::kWarc, true},    {"c.warc", InputKind::kWarc, false},
      {"p.html.gz", InputKind::kHtml, true},    {"blob.gz", InputKind::kUnknown, true},
      {"data.bin", InputKind::kUnknown, false}, {"dir.d/README", InputKind::kUnknown, false},
      {".hidden", InputKind::kUnknown, false},  {"<stdin>", InputKind::kUnknown, false},
  };
  for (const Case& c : cases) {
    const NameKind nk = KindFromName(c.name);
    EXPECT_EQ(nk.kind, c.kind) << c.name;
    EXPECT_EQ(nk.gzip, c.gzip) << c.name;
  }
}

TEST(SniffTest, KindFromContent) {
  struct Case {
    const char* head;
    InputKind kind;
  } cases[] = {
      {"WARC/1.0\r\n", InputKind::kWarc},
      {"  \n{\"id\": 1}", InputKind::kJsonl},
      {"\xEF\xBB\xBF<!doctype html>", InputKind::kHtml},
      {"The mayor said on Monday.", InputKind::kText},
  };
  for (const Case& c : cases) EXPECT_EQ(SniffKind(c.head), c.kind) << c.head;
}

TEST(SniffTest, LooksBinary) {
  EXPECT_FALSE(LooksBinary("Plain text\twith tabs\r\nand lines.\n"));
  EXPECT_FALSE(LooksBinary("Ünïcödé tëxt — fine"));
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05 ab"));
}

}  // namespace
}  // namespace storyline::ingest
