#include "extract/extract.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.h"

namespace storyline::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string ReadTestdata(const std::string& name) {
  std::ifstream in(std::string(STORYLINE_EXTRACT_TESTDATA) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

RawRecord HtmlRecord(std::string html, std::string url = "") {
  RawRecord r;
  r.id = "t1";
  r.url = std::move(url);
  r.html = std::move(html);
  return r;
}

// Every field a user sees, for one fictional page.
struct PageCase {
  const char* file;
  const char* url;
  std::vector<const char*> contains;
  std::vector<const char*> absent;
  const char* title;
  const char* byline;
  const char* published;
  const char* site;
  const char* language;
};

class PageTest : public ::testing::TestWithParam<PageCase> {};

TEST_P(PageTest, ExtractsArticleAndMetadata) {
  const PageCase& c = GetParam();
  const std::string html = ReadTestdata(c.file);
  ASSERT_FALSE(html.empty()) << c.file;
  Result<Article> a = Extract(HtmlRecord(html, c.url));
  ASSERT_TRUE(a.has_value()) << a.error().ToString();
  for (const char* s : c.contains) EXPECT_THAT(a->text, HasSubstr(s)) << c.file;
  for (const char* s : c.absent) EXPECT_THAT(a->text, Not(HasSubstr(s))) << c.file;
  EXPECT_EQ(a->title, c.title);
  EXPECT_EQ(a->byline, c.byline);
  EXPECT_EQ(a->published, c.published);
  EXPECT_EQ(a->site, c.site);
  EXPECT_EQ(a->language, c.language);
  EXPECT_TRUE(base::IsValidUtf8(a->text));
  EXPECT_THAT(a->text, Not(HasSubstr("\n\n\n")));
  EXPECT_EQ(a->text, std::string(base::Trim(a->text)));
}

INSTANTIATE_TEST_SUITE_P(
    Pages, PageTest,
    ::testing::Values(PageCase{"harbour_bridge.html",
                               "",
                               {"The Eastgate harbour bridge reopened to traffic on Monday morning",
                                "trade had fallen by almost a third.",
                                "\u201cWe are relieved to have it back,\u201d said Tomas Berg",
                                "What was repaired", "came in slightly under budget"},
                               {"cookies", "Sport", "Share on", "Advertisement", "Zephyr",
                                "Photo:", "Related stories", "Ferry timetable", "Finally!",
                                "Comments", "newsletter", "Most read", "All rights reserved",
                                "Read more", "</div>", "layout", "Mara Lindqvist", "Home"},
                               "Harbour bridge reopens after six-month repair",
                               "Mara Lindqvist",
                               "2024-09-30T14:05:00+01:00",
                               "Northvale Courier",
                               "en"},
                      PageCase{"night_market.html",
                               "https://www.riverside-gazette.example/culture/night-market",
                               {"After a three-year break, the Friday night market returned",
                                "a brass band played from the loading platform.",
                                "The depot, built in 1911, closed to trams in 1978",
                                "the market would run every Friday until October."},
                               {"Log in", "Tweet", "Subscribe", "Tags", "Popular", "Ten things",
                                "Canal Road", "Jonas Okafor", "Night market returns"},
                               "Night market returns to the old tram depot",
                               "Jonas Okafor",
                               "2023-03-12",
                               "riverside-gazette.example",
                               "en"},
                      PageCase{"ferry_blog.html",
                               "https://island-notes.example/2022/10/02/last-ferry",
                               {"The last ferry of the season left the island at noon on Sunday",
                                "will now run only twice a week until April",
                                "the post arrives only every other day."},
                               {"piano from my own school days", "third crossing", "fresh bread",
                                "We visited in August", "Last ferry", "Island Notes"},
                               "Last ferry of the season",
                               "",
                               "2022-10-02",
                               "island-notes.example",
                               "en"}));

TEST(ExtractTest, ParagraphsAreSeparatedByBlankLines) {
  const std::string html =
      "<html><body><article>"
      "<p>First paragraph of the story, with a comma, and some more words here.</p>"
      "<p>Second   paragraph\n spans\tlines, but is one paragraph in the output.</p>"
      "<ul><li>A list item counts as its own paragraph here.</li></ul>"
      "<blockquote>A quoted passage that stands alone as a paragraph.</blockquote>"
      "<p>Line one<br>line two of the same paragraph, joined by a newline.</p>"
      "</article></body></html>";
  Result<Article> a = Extract(HtmlRecord(html));
  ASSERT_TRUE(a.has_value()) << a.error().ToString();
  EXPECT_EQ(a->text,
            "First paragraph of the story, with a comma, and some more words here.\n\n"
            "Second paragraph spans lines, but is one paragraph in the output.\n\n"
            "A list item counts as its own paragraph here.\n\n"
            "A quoted passage that stands alone as a paragraph.\n\n"
            "Line one\nline two of the same paragraph, joined by a newline.");
}

TEST(ExtractTest, RecordMetadataWinsOverPage) {
  RawRecord r = HtmlRecord(
      "<html><head><title>Page title - Site</title>"
      "<meta property=\"article:published_time\" content=\"2020-01-01\"></head>"
      "<body><p>Some article text that is long enough to be kept as a paragraph.</p></body>"
      "</html>",
      "https://www.example.org/x");
  r.title = "Record title";
  r.published = "2024-12-09T14:05:00Z";
  r.source = "Example Wire";
  Result<Article> a = Extract(r);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->id, "t1");
  EXPECT_EQ(a->title, "Record title");
  EXPECT_EQ(a->published, "2024-12-09T14:05:00Z");
  EXPECT_EQ(a->site, "Example Wire");
  EXPECT_EQ(a->url, "https://www.example.org/x");
}

TEST(ExtractTest, UrlFallsBackToOgUrlThenCanonical) {
  Result<Article> a = Extract(HtmlRecord(
      "<head><link rel=\"canonical\" href=\"https://example.org/canon\"></head>"
      "<body><p>Some article text that is long enough to be kept as a paragraph.</p></body>"));
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->url, "https://example.org/canon");
  EXPECT_EQ(a->site, "");  // no og:site_name, no record URL, no source
}

TEST(ExtractTest, TextRecordKeepsLinesAndNormalisesNewlines) {
  RawRecord r;
  r.id = "txt";
  r.url = "https://www.example.net/2024/05/06/story";
  r.title = "  A title ";
  r.text = "\r\n  First sentence here.\r\nSecond sentence here.\rThird one.\n\nNew paragraph.  \n";
  Result<Article> a = Extract(r);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->text, "First sentence here.\nSecond sentence here.\nThird one.\n\nNew paragraph.");
  EXPECT_EQ(a->title, "A title");
  EXPECT_EQ(a->site, "example.net");
  EXPECT_EQ(a->published, "2024-05-06");
}

TEST(ExtractTest, TextRecordInvalidUtf8IsRepaired) {
  RawRecord r;
  r.text = std::string("caf\xE9 and \xFF\xFE bytes, with a NUL ") + '\0' + " inside";
  r.source = "Wire";
  Result<Article> a = Extract(r);
  ASSERT_TRUE(a.has_value());
  EXPECT_TRUE(base::IsValidUtf8(a->text));
  EXPECT_THAT(a->text, HasSubstr("caf\uFFFD and"));
  EXPECT_EQ(a->text.find('\0'), std::string::npos);
  EXPECT_EQ(a->site, "Wire");
}

TEST(ExtractTest, EmptyInputsAreErrorsNotCrashes) {
  for (const char* html : {"", " ", "<html></html>",
                           "<html><body><script>var a=1;</script>"
                           "<nav><a href='/'>Home</a></nav></body></html>",
                           "\xEF\xBB\xBF", "<!-- only a comment -->"}) {
    RawRecord r;
    r.html = html;
    r.text = "";
    Result<Article> a = Extract(r);
    ASSERT_FALSE(a.has_value()) << html;
    EXPECT_EQ(a.error().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(a.error().message(), "no article text");
  }
  RawRecord both;
  both.html = "<nav>Menu</nav>";
  both.text = "The given text.";
  Result<Article> from_text = Extract(both);
  ASSERT_TRUE(from_text.has_value());
  EXPECT_EQ(from_text->text, "The given text.");

  RawRecord text_only;
  text_only.text = " \r\n\t ";
  EXPECT_FALSE(Extract(text_only).has_value());
}

TEST(ExtractTest, Windows1252DeclaredInMeta) {
  const std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
      "</head><body><p>The caf\xE9 on the square re-opened \x96 to everyone\x92s delight.</p>"
      "</body></html>";
  Result<Article> a = Extract(HtmlRecord(html));
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->text, "The caf\u00e9 on the square re-opened \u2013 to everyone\u2019s delight.");
}

TEST(ExtractTest, Latin1DeclaredInContentType) {
  RawRecord r = HtmlRecord("<p>Un caf\xE9 cr\xE8me, s'il vous pla\xEEt, dit le client.</p>");
  r.content_type = "text/html; charset=ISO-8859-1";
  Result<Article> a = Extract(r);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->text, "Un caf\u00e9 cr\u00e8me, s'il vous pla\u00eet, dit le client.");
}

TEST(ExtractTest, Utf8BomAndUtf16Bom) {
  Result<Article> a = Extract(HtmlRecord("\xEF\xBB\xBF<p>Caf\xC3\xA9 society returns.</p>"));
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->text, "Caf\u00e9 society returns.");

  const std::string ascii = "<p>Caf\xE9 society returns.</p>";  // \xE9 = U+00E9 as UTF-16LE
  std::string utf16le = "\xFF\xFE";
  for (char c : ascii) {
    utf16le += c;
    utf16le += '\0';
  }
  Result<Article> b = Extract(HtmlRecord(utf16le));
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->text, "Caf\u00e9 society returns.");
}

TEST(ExtractTest, GarbageBytesNeverGiveInvalidUtf8) {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    garbage += static_cast<char>((x >> 16) & 0xFF);
    if (i % 997 == 0) garbage += "<p>words and more words ";
    if (i % 1999 == 0) garbage += "</div><script>";
  }
  Result<Article> a = Extract(HtmlRecord(garbage));
  if (a.has_value()) {
    EXPECT_TRUE(base::IsValidUtf8(a->text));
    EXPECT_TRUE(base::IsValidUtf8(a->title));
    EXPECT_EQ(a->text.find('\0'), std::string::npos);
  } else {
    EXPECT_EQ(a.error().code(), StatusCode::kInvalidArgument);
  }
}

TEST(ExtractTest, DeepNestingDoesNotOverflow) {
  for (int depth : {10000, 100000}) {
    std::string html = "<html><body>";
    for (int i = 0; i < depth; ++i) html += "<div>";
    html += "<p>A paragraph buried very deep inside many nested containers of the page.</p>";
    // Unclosed on purpose. The parser runs without its 256-level depth limit (which would
    // silently drop the rest of the page), so the paragraph must survive.
    Result<Article> a = Extract(HtmlRecord(html));
    ASSERT_TRUE(a.has_value()) << depth;
    EXPECT_EQ(a->text, "A paragraph buried very deep inside many nested containers of the page.");
  }
  std::string spans = "<p>Start of the text. ";
  for (int i = 0; i < 10000; ++i) spans += "<span><b>";
  spans += "inner words";
  Result<Article> b = Extract(HtmlRecord(spans));
  ASSERT_TRUE(b.has_value());
  EXPECT_THAT(b->text, HasSubstr("Start of the text."));
}

// Speed is measured in bench/extract, not asserted here; a blow-up shows as a CTest timeout.
TEST(ExtractTest, TenMegabytePageIsExtractedWhole) {
  std::string html = "<html><head><title>Big page | Site</title></head><body>";
  html += "<nav>";
  for (int i = 0; i < 2000; ++i) html += "<a href='/x'>Section link</a> ";
  html += "</nav><article>";
  int paragraphs = 0;
  while (html.size() < 10u * 1024 * 1024) {
    html += "<p>Paragraph number " + std::to_string(paragraphs++) +
            " of the very long report, with commas, clauses, and <a href='/y'>a link</a> "
            "to keep the parser honest about inline markup in running text.</p>\n";
  }
  html += "</article></body></html>";
  Result<Article> a = Extract(HtmlRecord(html));
  ASSERT_TRUE(a.has_value());
  EXPECT_THAT(a->text, HasSubstr("Paragraph number 0 of the very long report"));
  EXPECT_THAT(a->text, HasSubstr("Paragraph number " + std::to_string(paragraphs - 1) + " "));
  EXPECT_THAT(a->text, Not(HasSubstr("Section link")));
  EXPECT_EQ(a->title, "Big page");
}

TEST(ExtractTest, NulBytesAndUnclosedTags) {
  const std::string html =
      std::string("<html><body><div class=\"story\"><p>Before the ") + '\0' +
      "NUL byte, the paragraph continues<p>An unclosed second paragraph that still counts"
      " as text<div>and a trailing div";
  Result<Article> a = Extract(HtmlRecord(html));
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->text.find('\0'), std::string::npos);
  EXPECT_THAT(a->text, HasSubstr("NUL byte, the paragraph continues"));
  EXPECT_THAT(a->text, HasSubstr("An unclosed second paragraph"));
}

TEST(ExtractTest, ScriptContainingClosingTags) {
  const std::string html =
      "<html><body><div class=\"article-body\">"
      "<script>var s = '</div></p><p>INJECTED FROM SCRIPT</p>';</script>"
      "<p>The real story text starts here and goes on for a while, with detail.</p>"
      "</div></body></html>";
  Result<Article> a = Extract(HtmlRecord(html));
  ASSERT_TRUE(a.has_value());
  EXPECT_THAT(a->text, Not(HasSubstr("INJECTED")));
  EXPECT_THAT(a->text, HasSubstr("The real story text starts here"));
}

TEST(ExtractTest, HiddenElementsAreDropped) {
  const std::string html =
      "<body><article>"
      "<p>Visible paragraph with the actual news of the day, told in full.</p>"
      "<p style=\"display: none\">Hidden paragraph one that must not appear.</p>"
      "<p hidden>Hidden paragraph two that must not appear.</p>"
      "<div aria-hidden=\"true\">Hidden paragraph three that must not appear.</div>"
      "</article></body>";
  Result<Article> a = Extract(HtmlRecord(html));
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->text, "Visible paragraph with the actual news of the day, told in full.");
}

}  // namespace
}  // namespace storyline::extract
