// End-to-end tests of ReadInputs / ReadStream on inputs written by the tests themselves.
#include "ingest/ingest.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.h"
#include "ingest/ingest_test_util.h"

namespace storyline::ingest {
namespace {

using testing::Collected;
using ::testing::ElementsAre;
using testing::Gzip;
using ::testing::HasSubstr;
using testing::HttpResponse;
using ::testing::StartsWith;
using testing::TempDir;
using testing::WarcRecord;

Collected Read(const std::vector<std::string>& paths, IngestLimits limits = {}) {
  Collected c;
  c.stats = ReadInputs(paths, limits, c.Sink(), c.OnError());
  return c;
}

Collected ReadBytes(std::string_view name, const std::string& bytes, IngestLimits limits = {}) {
  Collected c;
  std::istringstream in(bytes);
  c.stats = ReadStream(name, in, limits, c.Sink(), c.OnError());
  return c;
}

std::string Messages(const Collected& c) {
  std::string all;
  for (const Status& s : c.errors) all += s.ToString() + "\n";
  return all;
}

// A small WARC file in the shape of CC-NEWS: warcinfo, then request/response pairs.
std::string SampleWarc() {
  std::string w;
  w += WarcRecord("warcinfo", "urn:uuid:info", "", "application/warc-fields",
                  "software: test-crawler\r\nformat: WARC File Format 1.1\r\n");
  w += WarcRecord("request", "urn:uuid:req-1", "https://news.example/a",
                  "application/http; msgtype=request",
                  "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n");
  w += WarcRecord("response", "urn:uuid:resp-1", "https://news.example/a",
                  "application/http; msgtype=response",
                  HttpResponse("<html><p>Harbour reopens</p></html>", "text/html; charset=utf-8"));
  w += WarcRecord("metadata", "urn:uuid:meta-1", "https://news.example/a",
                  "application/warc-fields", "fetchTimeMs: 12\r\n");
  w += WarcRecord("response", "urn:uuid:resp-404", "https://news.example/gone",
                  "application/http; msgtype=response",
                  HttpResponse("<html>not found</html>", "text/html", "", 404));
  w += WarcRecord("response", "urn:uuid:resp-img", "https://news.example/logo.png",
                  "application/http; msgtype=response",
                  HttpResponse(std::string("\x89PNG\r\n\x1a\n\0\0", 10), "image/png"));
  w += WarcRecord("response", "urn:uuid:resp-chunked", "https://news.example/b",
                  "application/http; msgtype=response",
                  HttpResponse("9\r\n<p>Ferry \r\nf\r\nstrike ends</p>\r\n0\r\n\r\n", "text/html",
                               "Transfer-Encoding: chunked\r\n"));
  w += WarcRecord("resource", "urn:uuid:res-txt", "file:///notes/c.txt", "text/plain",
                  "Council votes on budget.\n", "WARC/1.0");
  return w;
}

void ExpectSampleWarcRecords(const Collected& c, const std::string& name) {
  EXPECT_EQ(Messages(c), "");
  ASSERT_THAT(c.Ids(), ElementsAre("urn:uuid:resp-1", "urn:uuid:resp-chunked", "urn:uuid:res-txt"));
  const RawRecord& a = c.records[0];
  EXPECT_EQ(a.url, "https://news.example/a");
  EXPECT_EQ(a.html, "<html><p>Harbour reopens</p></html>");  // HTTP headers stripped
  EXPECT_EQ(a.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(a.published, "");  // WARC-Date is crawl time, not publication time
  EXPECT_EQ(a.text, "");
  EXPECT_THAT(a.location, StartsWith(name + ":offset "));
  EXPECT_EQ(c.records[1].html, "<p>Ferry strike ends</p>");
  EXPECT_EQ(c.records[2].text, "Council votes on budget.\n");
  EXPECT_EQ(c.records[2].html, "");
  EXPECT_EQ(c.stats.records, 3u);
  EXPECT_EQ(c.stats.skipped, 0u);
}

TEST(IngestTest, DirectoryIsWalkedInSortedOrderSkippingHiddenEntries) {
  TempDir dir;
  dir.Write("b/2.txt", "Second text.\n");
  dir.Write("a.html", "<html><title>A</title></html>");
  dir.Write("b/1.txt", "First text.\n");
  dir.Write("c.jsonl",
            "{\"id\": \"j1\", \"text\": \"one\"}\n{\"id\": \"j2\", \"text\": \"two\"}\n");
  dir.Write(".hidden/x.txt", "never read");
  dir.Write(".dotfile.txt", "never read");
  dir.Write("b/.cache.txt", "never read");
  const Collected c = Read({dir.path()});
  EXPECT_EQ(Messages(c), "");
  const std::string d = dir.path();
  EXPECT_THAT(c.Ids(), ElementsAre(d + "/a.html", d + "/b/1.txt", d + "/b/2.txt", "j1", "j2"));
  EXPECT_EQ(c.records[0].html, "<html><title>A</title></html>");
  EXPECT_EQ(c.records[0].text, "");
  EXPECT_EQ(c.records[1].text, "First text.\n");
  EXPECT_EQ(c.records[3].location, d + "/c.jsonl:1");
  EXPECT_EQ(c.stats.records, 5u);
  EXPECT_EQ(TotalInputBytes({d}), c.stats.bytes_read);
}

TEST(IngestTest, JsonlGzWithoutIdsGetsPathAndLineNumber) {
  TempDir dir;
  const std::string jsonl =
      "{\"title\": \"Rain\", \"text\": \"It rained.\", \"published\": \"2024-12-09\"}\n"
      "\n"
      "{\"id\": \"x7\", \"url\": \"https://n.example/x7\", \"html\": \"<p>x</p>\"}\n"
      "{\"text\": \"Third.\"}\r\n";
  const std::string path = dir.Write("feed.jsonl.gz", Gzip(jsonl));
  const Collected c = Read({path});
  EXPECT_EQ(Messages(c), "");
  EXPECT_THAT(c.Ids(), ElementsAre(path + "#1", "x7", path + "#4"));
  EXPECT_EQ(c.records[0].title, "Rain");
  EXPECT_EQ(c.records[0].published, "2024-12-09");
  EXPECT_EQ(c.records[1].html, "<p>x</p>");
  EXPECT_EQ(c.records[2].text, "Third.");
}

TEST(IngestTest, NdjsonAndJsonExtensionsAreLines) {
  TempDir dir;
  const std::string a = dir.Write("a.ndjson", "{\"id\": \"n1\", \"text\": \"t\"}\n");
  const std::string b = dir.Write("b.json", "{\"id\": \"n2\", \"text\": \"t\"}\n");
  EXPECT_THAT(Read({a, b}).Ids(), ElementsAre("n1", "n2"));
}

TEST(IngestTest, WarcPlainGzPerRecordAndGzWholeFileReadTheSame) {
  TempDir dir;
  const std::string warc = SampleWarc();
  const std::string plain = dir.Write("crawl.warc", warc);
  ExpectSampleWarcRecords(Read({plain}), plain);

  // One gzip member per record, as CC-NEWS writes them.
  std::string per_record;
  size_t start = 0;
  for (size_t next; (next = warc.find("WARC/1.", start + 1)) != std::string::npos; start = next) {
    per_record += Gzip(warc.substr(start, next - start));
  }
  per_record += Gzip(warc.substr(start));
  const std::string members = dir.Write("members.warc.gz", per_record);
  ExpectSampleWarcRecords(Read({members}), members);

  const std::string whole = dir.Write("whole.warc.gz", Gzip(warc));
  ExpectSampleWarcRecords(Read({whole}), whole);
}

TEST(IngestTest, StreamIsSniffedWhenTheNameSaysNothing) {
  ExpectSampleWarcRecords(ReadBytes("<stdin>", SampleWarc()), "<stdin>");
  ExpectSampleWarcRecords(ReadBytes("<stdin>", Gzip(SampleWarc())), "<stdin>");

  Collected jsonl = ReadBytes("<stdin>", Gzip("  {\"text\": \"From a pipe.\"}\n"));
  EXPECT_THAT(jsonl.Ids(), ElementsAre("<stdin>#1"));

  Collected html = ReadBytes("<stdin>", "\n<!doctype html><p>Page</p>");
  ASSERT_EQ(html.records.size(), 1u);
  EXPECT_EQ(html.records[0].html, "\n<!doctype html><p>Page</p>");

  Collected text = ReadBytes("<stdin>", "Just a sentence.\nAnother one.\n");
  ASSERT_EQ(text.records.size(), 1u);
  EXPECT_EQ(text.records[0].text, "Just a sentence.\nAnother one.\n");
  EXPECT_EQ(text.records[0].id, "<stdin>");
}

TEST(IngestTest, HtmlGzFile) {
  TempDir dir;
  const std::string path = dir.Write("page.html.gz", Gzip("<html><p>Zipped page</p></html>"));
  const Collected c = Read({path});
  ASSERT_EQ(c.records.size(), 1u);
  EXPECT_EQ(c.records[0].html, "<html><p>Zipped page</p></html>");
  EXPECT_EQ(c.records[0].id, path);
}

TEST(IngestTest, TruncatedGzipDeliversRecordsBeforeTheCutAndOneError) {
  TempDir dir;
  std::string jsonl;
  for (int i = 1; i <= 3000; ++i) {
    jsonl += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"Record number " +
             std::to_string(i * 7919) + " about the harbour.\"}\n";
  }
  const std::string gz = Gzip(jsonl);
  const std::string path = dir.Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  const Collected c = Read({path});
  ASSERT_EQ(c.errors.size(), 1u) << Messages(c);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kDataLoss);
  EXPECT_THAT(c.errors[0].message(), StartsWith(path + ":offset "));
  EXPECT_THAT(c.errors[0].message(), HasSubstr("truncated gzip stream"));
  EXPECT_GT(c.records.size(), 100u);
  EXPECT_LT(c.records.size(), 3000u);
  for (size_t i = 0; i < c.records.size(); ++i) {
    ASSERT_EQ(c.records[i].id, "r" + std::to_string(i + 1));  // in order, none lost or broken
  }
  EXPECT_EQ(c.stats.skipped, 1u);
}

TEST(IngestTest, TruncatedGzipWarcDeliversEarlierRecordsAndOneError) {
  TempDir dir;
  std::string members;
  for (int i = 0; i < 5; ++i) {
    members += Gzip(WarcRecord("response", "urn:uuid:r" + std::to_string(i), "https://e.example/",
                               "application/http; msgtype=response",
                               HttpResponse("<p>Story " + std::to_string(i) + "</p>")));
  }
  const std::string path = dir.Write("cut.warc.gz", members.substr(0, members.size() - 30));
  const Collected c = Read({path});
  EXPECT_THAT(c.Ids(), ElementsAre("urn:uuid:r0", "urn:uuid:r1", "urn:uuid:r2", "urn:uuid:r3"));
  ASSERT_EQ(c.errors.size(), 1u) << Messages(c);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kDataLoss);
}

TEST(IngestTest, BrokenJsonLineIsReportedByLineAndTheRestIsRead) {
  TempDir dir;
  const std::string path = dir.Write("mixed.jsonl",
                                     "{\"id\": \"a\", \"text\": \"ok\"}\n"
                                     "{\"id\": \"b\", \"text\": \"ok\"}\n"
                                     "{\"id\": \"c\", \"text\": \"unterminated\n"
                                     "{\"id\": \"d\"}\n"
                                     "[1, 2]\n"
                                     "{\"id\": \"e\", \"text\": \"ok\"}\n");
  const Collected c = Read({path});
  EXPECT_THAT(c.Ids(), ElementsAre("a", "b", "e"));
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_THAT(c.errors[0].message(), StartsWith(path + ":3: "));
  EXPECT_EQ(c.errors[0].code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(c.errors[1].message(), StartsWith(path + ":4: "));  // neither text nor html
  EXPECT_THAT(c.errors[2].message(), StartsWith(path + ":5: "));  // not an object
  EXPECT_EQ(c.stats.skipped, 3u);
  EXPECT_EQ(c.stats.records, 3u);
}

TEST(IngestTest, BinaryFilesAreSkippedWithAnErrorAndNonInputExtensionsIgnored) {
  TempDir dir;
  std::string garbage;
  std::mt19937 rng(7);
  for (int i = 0; i < 5000; ++i) garbage += static_cast<char>(rng() % 256);
  garbage[1] = '\0';
  dir.Write("image", garbage);  // no extension: sniffed, found binary
  dir.Write("notes.txt", std::string("text\0with\0nuls", 14));
  dir.Write("ok.txt", "Readable.\n");
  dir.Write("README.md", "About this folder.\n");  // not an input kind: left alone
  dir.Write("photo.png", garbage);
  const Collected c = Read({dir.path()});
  EXPECT_THAT(c.Ids(), ElementsAre(dir.path() + "/ok.txt"));
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].message(), dir.path() + "/image: not text (binary data), skipped");
  EXPECT_EQ(c.errors[1].message(), dir.path() + "/notes.txt: not text (binary data), skipped");
  EXPECT_EQ(c.stats.unreadable_inputs, 0u);
}

TEST(IngestTest, InvalidUtf8IsRepaired) {
  TempDir dir;
  const std::string bad = "caf\xE9 \xC3\x28 ok";  // Latin-1 byte and a broken sequence
  const std::string json = dir.Write(
      "latin.jsonl", "{\"id\": \"u1\", \"title\": \"T\xFF\", \"text\": \"" + bad + "\"}\n");
  const std::string txt = dir.Write("latin.txt", bad + "\n");
  const Collected c = Read({json, txt});
  EXPECT_EQ(Messages(c), "");
  ASSERT_EQ(c.records.size(), 2u);
  for (const RawRecord& r : c.records) {
    EXPECT_TRUE(base::IsValidUtf8(r.text)) << r.id;
    EXPECT_TRUE(base::IsValidUtf8(r.title)) << r.id;
    EXPECT_THAT(r.text, HasSubstr("caf\xEF\xBF\xBD"));
    EXPECT_THAT(r.text, HasSubstr(" ok"));
  }
  EXPECT_EQ(c.records[0].title, "T\xEF\xBF\xBD");
}

TEST(IngestTest, OversizeJsonLineIsSkippedAndTheNextLineRead) {
  TempDir dir;
  const std::string path = (std::filesystem::path(dir.path()) / "big.jsonl").string();
  {
    std::ofstream f(path, std::ios::binary);
    f << "{\"id\": \"before\", \"text\": \"small\"}\n";
    f << "{\"id\": \"huge\", \"text\": \"";
    const std::string block(1 << 20, 'x');
    for (int i = 0; i < 50; ++i) f << block;  // 50 MiB on one line
    f << "\"}\n";
    f << "{\"id\": \"after\", \"text\": \"small\"}\n";
  }
  const Collected c = Read({path});
  EXPECT_THAT(c.Ids(), ElementsAre("before", "after"));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(c.errors[0].message(), StartsWith(path + ":2: record larger than 33554432 bytes"));
}

TEST(IngestTest, OversizeWholeFileAndWarcRecordAreSkipped) {
  TempDir dir;
  IngestLimits small;
  small.max_record_bytes = 100;
  const std::string html = dir.Write("big.html", "<p>" + std::string(200, 'y') + "</p>");
  std::string warc =
      WarcRecord("resource", "urn:uuid:big", "", "text/plain", std::string(300, 'z'));
  warc += WarcRecord("resource", "urn:uuid:small", "", "text/plain", "Short note.");
  const std::string w = dir.Write("two.warc", warc);
  const Collected c = Read({html, w}, small);
  EXPECT_THAT(c.Ids(), ElementsAre("urn:uuid:small"));
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].message(), html + ": file larger than 100 bytes, skipped");
  EXPECT_EQ(c.errors[1].code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(c.errors[1].message(),
            w + ":offset 0: WARC record of 300 bytes is larger than 100 bytes, skipped");
}

TEST(IngestTest, TruncatedWarcRecordNamesOffsetAndLengths) {
  TempDir dir;
  const std::string first = WarcRecord("resource", "urn:uuid:one", "", "text/plain", "Complete.");
  const std::string second =
      WarcRecord("resource", "urn:uuid:two", "", "text/plain", std::string(5000, 'q'));
  const size_t header = second.size() - 5000 - 4;
  const std::string path = dir.Write("cut.warc", first + second.substr(0, header + 120));
  const Collected c = Read({path});
  EXPECT_THAT(c.Ids(), ElementsAre("urn:uuid:one"));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kDataLoss);
  EXPECT_EQ(c.errors[0].message(), path + ":offset " + std::to_string(first.size()) +
                                       ": truncated WARC record (Content-Length 5000, got 120)");
}

TEST(IngestTest, CorruptWarcHeaderIsReportedAndReadingResyncs) {
  TempDir dir;
  const std::string one = WarcRecord("resource", "urn:uuid:one", "", "text/plain", "One.");
  const std::string junk = "this is not a WARC header\r\nnor is this\r\n\r\n";
  const std::string bad_len =
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: twelve\r\n\r\nabc\r\n\r\n";
  const std::string two = WarcRecord("resource", "urn:uuid:two", "", "text/plain", "Two.");
  const std::string path = dir.Write("junk.warc", one + junk + two + bad_len + two);
  const Collected c = Read({path});
  EXPECT_THAT(c.Ids(), ElementsAre("urn:uuid:one", "urn:uuid:two", "urn:uuid:two"));
  ASSERT_EQ(c.errors.size(), 2u) << Messages(c);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kDataLoss);
  EXPECT_THAT(c.errors[0].message(),
              StartsWith(path + ":offset " + std::to_string(one.size()) + ": corrupt WARC record"));
  EXPECT_EQ(c.errors[1].message(), path + ":offset " +
                                       std::to_string(one.size() + junk.size() + two.size()) +
                                       ": corrupt WARC header: bad Content-Length");
}

TEST(IngestTest, MissingPathIsUnreadableAndOthersAreStillRead) {
  TempDir dir;
  const std::string ok = dir.Write("ok.txt", "Fine.\n");
  const std::string missing = dir.path() + "/no/such/file.jsonl";
  const Collected c = Read({missing, ok});
  EXPECT_THAT(c.Ids(), ElementsAre(ok));
  EXPECT_EQ(c.stats.unreadable_inputs, 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kNotFound);
  EXPECT_EQ(c.errors[0].message(), missing + ": no such file or directory");
}

TEST(IngestTest, EmptyInputsYieldNothingAndNoError) {
  TempDir dir;
  dir.Write("empty.txt", "");
  dir.Write("empty.jsonl", "\n\n");
  dir.Write("empty.html", "");
  dir.Write("empty.warc", "");
  dir.Write("empty.warc.gz", Gzip(""));
  dir.Write("blank.txt", " \n\t\n");
  const Collected c = Read({dir.path()});
  EXPECT_EQ(c.records.size(), 0u);
  EXPECT_EQ(Messages(c), "");
  EXPECT_EQ(c.stats.unreadable_inputs, 0u);
}

TEST(IngestTest, ProgressIsCumulativeAndReportedPerFile) {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "Alpha.\n");
  std::string big;
  while (big.size() < (3u << 20)) big += "{\"text\": \"progress line of some length\"}\n";
  const std::string b = dir.Write("b.jsonl", big);
  std::vector<uint64_t> reports;
  Collected c;
  c.stats = ReadInputs({a, b}, {}, c.Sink(), c.OnError(),
                       [&](uint64_t done) { reports.push_back(done); });
  const uint64_t total = TotalInputBytes({a, b});
  EXPECT_EQ(total, 7u + big.size());
  EXPECT_EQ(c.stats.bytes_read, total);
  ASSERT_GE(reports.size(), 4u);  // end of a, ~3 in b, end of b
  EXPECT_EQ(reports.front(), 7u);
  EXPECT_EQ(reports.back(), total);
  for (size_t i = 1; i < reports.size(); ++i) EXPECT_LE(reports[i - 1], reports[i]);
}

// Random bytes behind format-looking prefixes must never crash or hang, and whatever is
// delivered must be valid UTF-8 where text is promised.
TEST(IngestFuzzTest, RandomInputsNeverCrashAndTextIsValidUtf8) {
  std::mt19937 rng(20241209);
  const std::string gz_warc = Gzip(SampleWarc());
  const std::vector<std::string> prefixes = {
      "",
      "\x1f\x8b",
      gz_warc.substr(0, 40),
      "WARC/1.0\r\n",
      "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: "
      "40\r\n\r\n"
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 30\r\n\r\n",
      SampleWarc().substr(0, 700),
      "{\"id\": \"f\", \"text\": \"",
      "{\"text\": \"a\"}\n{",
      "<html>",
      "plain words ",
  };
  const std::vector<std::string> names = {"<stdin>", "f.warc", "f.jsonl", "f.txt", "f.html.gz"};
  IngestLimits limits;
  limits.max_record_bytes = 1 << 16;
  int delivered = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string bytes = prefixes[i % prefixes.size()];
    const size_t n = rng() % 600;
    const bool texty = rng() % 2 == 0;
    for (size_t k = 0; k < n; ++k) {
      bytes += texty ? " \n\r{}\":,aZ<>\\\xC3\xA9\x80WARC/1.0"[rng() % 27]
                     : static_cast<char>(rng() % 256);
    }
    if (rng() % 3 == 0) bytes = Gzip(bytes);
    if (rng() % 4 == 0) bytes = bytes.substr(0, rng() % (bytes.size() + 1));
    Collected c = ReadBytes(names[i % names.size()], bytes, limits);
    for (const RawRecord& r : c.records) {
      ASSERT_TRUE(base::IsValidUtf8(r.text)) << "input " << i;
      ASSERT_TRUE(base::IsValidUtf8(r.title)) << "input " << i;
      ASSERT_TRUE(base::IsValidUtf8(r.id)) << "input " << i;
      ASSERT_FALSE(r.text.empty() && r.html.empty()) << "input " << i;
    }
    for (const Status& s : c.errors) ASSERT_FALSE(s.ok());
    EXPECT_EQ(c.stats.records, c.records.size());
    EXPECT_EQ(c.stats.skipped, c.errors.size());
    delivered += static_cast<int>(c.records.size());
  }
  EXPECT_GT(delivered, 0);
}

}  // namespace
}  // namespace storyline::ingest
