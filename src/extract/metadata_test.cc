#include "extract/metadata.h"

#include <gtest/gtest.h>

#include "extract/html_dom.h"
#include "extract/jsonld.h"
#include "extract/language.h"

namespace storyline::extract {
namespace {

PageMetadata Meta(const std::string& html, std::string_view url = "") {
  return ExtractMetadata(HtmlDocument::Parse(html), url);
}

TEST(MetadataTest, StripTitleSuffix) {
  struct Case {
    const char* title;
    const char* site;
    bool must_match;
    const char* want;
  } cases[] = {
      {"Bridge reopens after repair | Northvale Courier", "", false, "Bridge reopens after repair"},
      {"Bridge reopens after repair - The Courier", "", false, "Bridge reopens after repair"},
      {"Bridge reopens after repair \u2014 Courier", "", false, "Bridge reopens after repair"},
      {"Bridge reopens after repair | A Site With A Very Long Name Indeed", "", false,
       "Bridge reopens after repair | A Site With A Very Long Name Indeed"},
      {"Bridge reopens after repair | Northvale Courier", "Northvale Courier", true,
       "Bridge reopens after repair"},
      {"Bridge reopens | Ahead of schedule", "Northvale Courier", true,
       "Bridge reopens | Ahead of schedule"},
      {"Northvale Courier | Bridge reopens after repair", "Northvale Courier", false,
       "Bridge reopens after repair"},
      {"Bridge reopens - northvale-courier.example", "northvale-courier.example", true,
       "Bridge reopens"},
      {"Short - title", "", false, "Short - title"},  // prefix too short to be the headline
      {"  No   separators here  ", "", false, "No separators here"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(StripTitleSuffix(c.title, c.site, c.must_match), c.want) << c.title;
  }
}

TEST(MetadataTest, HostOfUrl) {
  EXPECT_EQ(HostOfUrl("https://www.Example.com:8080/a?b#c"), "example.com");
  EXPECT_EQ(HostOfUrl("http://user:pw@news.example.org"), "news.example.org");
  EXPECT_EQ(HostOfUrl("//cdn.example.net/x"), "cdn.example.net");
  EXPECT_EQ(HostOfUrl("example.com/path"), "");
  EXPECT_EQ(HostOfUrl(""), "");
}

TEST(MetadataTest, CleanByline) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"By Jane Doe", "Jane Doe"},
      {"  by   Jane\n Doe  ", "Jane Doe"},
      {"BY JANE DOE | Staff", "JANE DOE"},
      {"Jane Doe and John Roe", "Jane Doe and John Roe"},
      {"By Jane Doe, September 30, 2024", "Jane Doe"},
      {"By Jane Doe Published 10:05", "Jane Doe"},
      {"Von Hans Meier", "Hans Meier"},
      {"https://facebook.com/janedoe", ""},
      {"jane@example.com", ""},
      {"2024", ""},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanByline(c.in), c.want) << c.in;
}

// Each date source on its own gives the right ISO date.
TEST(MetadataTest, PublishedFromEachSource) {
  struct Case {
    const char* name;
    const char* html;
    const char* url;
    const char* want;
  } cases[] = {
      {"json-ld",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
       "\"datePublished\":\"2024-09-30T14:05:00Z\"}</script>",
       "", "2024-09-30T14:05:00Z"},
      {"article:published_time",
       "<meta property=\"article:published_time\" content=\"2024-09-30T08:00:00+02:00\">", "",
       "2024-09-30T08:00:00+02:00"},
      {"meta date", "<meta name=\"date\" content=\"2024-09-30\">", "", "2024-09-30"},
      {"meta dc.date", "<meta name=\"DC.date\" content=\"2024/09/30\">", "", "2024-09-30"},
      {"itemprop", "<span itemprop=\"datePublished\" content=\"2024-09-30\">Monday</span>", "",
       "2024-09-30"},
      {"time datetime", "<p>x</p><time datetime=\"2024-09-30\">Monday</time>", "", "2024-09-30"},
      {"time pubdate preferred",
       "<time datetime=\"2024-10-05\">x</time><time pubdate datetime=\"2024-09-30\">y</time>", "",
       "2024-09-30"},
      {"url pattern", "<p>no dates here</p>", "https://example.com/2024/09/30/story", "2024-09-30"},
      {"visible date line",
       "<body><div class=\"meta\">Posted September 30, 2024</div>"
       "<p>Text</p></body>",
       "", "2024-09-30"},
      {"visible date ignores links",
       "<body><a href=\"/old\">October 1, 2020 archive</a><div>30 Sep 2024</div></body>", "",
       "2024-09-30"},
      {"json-ld beats meta",
       "<meta property=\"article:published_time\" content=\"2020-01-01\">"
       "<script type=\"application/ld+json\">{\"@type\":\"Article\","
       "\"datePublished\":\"2024-09-30\"}</script>",
       "", "2024-09-30"},
      {"none", "<p>Nothing</p>", "https://example.com/a/b", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Meta(c.html, c.url).published, c.want) << c.name;
}

TEST(MetadataTest, TitleSources) {
  struct Case {
    const char* name;
    const char* html;
    const char* want;
  } cases[] = {
      {"og:title",
       "<title>T | S</title><meta property=\"og:title\" content=\"OG title\"><h1>H</h1>",
       "OG title"},
      {"og:title minus site",
       "<meta property=\"og:site_name\" content=\"The Courier\">"
       "<meta property=\"og:title\" content=\"OG title | The Courier\">",
       "OG title"},
      {"json-ld headline",
       "<title>T | S</title><h1>H1 title</h1><script "
       "type=\"application/ld+json\">{\"headline\":\"LD &amp; title\"}"
       "</script>",
       "LD & title"},
      {"h1", "<title>Ignored title | S</title><body><h1> H1  title </h1></body>", "H1 title"},
      {"title tag", "<title>Council votes on budget | Northvale Courier</title>",
       "Council votes on budget"},
  };
  for (const auto& c : cases) EXPECT_EQ(Meta(c.html).title, c.want) << c.name;
}

TEST(MetadataTest, BylineSources) {
  struct Case {
    const char* name;
    const char* html;
    const char* want;
  } cases[] = {
      {"json-ld object",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
       "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}}</script>",
       "Ana Ruiz"},
      {"json-ld list",
       "<script type=\"application/ld+json\">[{\"@type\":\"BlogPosting\","
       "\"author\":[{\"name\":\"Ana Ruiz\"},{\"name\":\"Li Wei\"}]}]</script>",
       "Ana Ruiz, Li Wei"},
      {"json-ld broken",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
       "\"author\": {\"name\": \"Ana Ruiz\"},}</script>",
       "Ana Ruiz"},
      {"meta author", "<meta name=\"author\" content=\"Ana Ruiz\">", "Ana Ruiz"},
      {"rel author", "<body><a rel=\"author\" href=\"/a\">Ana Ruiz</a></body>", "Ana Ruiz"},
      {"byline class", "<body><div class=\"article-byline\">By Ana Ruiz</div></body>", "Ana Ruiz"},
      {"author bio skipped",
       "<body><div class=\"author-bio\">Ana writes about cities.</div>"
       "<span class=\"author\">By Li Wei</span></body>",
       "Li Wei"},
  };
  for (const auto& c : cases) EXPECT_EQ(Meta(c.html).byline, c.want) << c.name;
}

TEST(MetadataTest, SiteUrlLanguage) {
  PageMetadata m = Meta(
      "<html lang=\"de-AT\"><head><meta property=\"og:site_name\" content=\"Wiener Blatt\">"
      "<meta property=\"og:url\" content=\"https://wienerblatt.example/a\"></head></html>",
      "https://www.other.example/x");
  EXPECT_EQ(m.site, "Wiener Blatt");
  EXPECT_EQ(m.url, "https://wienerblatt.example/a");
  EXPECT_EQ(m.language, "de");

  PageMetadata h = Meta(
      "<html><head><meta http-equiv=\"content-language\" content=\"fr, en\">"
      "<link rel=\"canonical\" href=\"/relative\"></head></html>",
      "https://www.lejournal.example/x");
  EXPECT_EQ(h.site, "lejournal.example");
  EXPECT_EQ(h.url, "");  // relative canonical is not a URL we can report
  EXPECT_EQ(h.language, "fr");
}

TEST(LanguageTest, FromTag) {
  EXPECT_EQ(LanguageFromTag("en-US"), "en");
  EXPECT_EQ(LanguageFromTag("pt_BR"), "pt");
  EXPECT_EQ(LanguageFromTag("DE"), "de");
  EXPECT_EQ(LanguageFromTag("x-default"), "");
  EXPECT_EQ(LanguageFromTag("und"), "");
  EXPECT_EQ(LanguageFromTag("english"), "");
  EXPECT_EQ(LanguageFromTag(""), "");
}

TEST(LanguageTest, Guess) {
  EXPECT_EQ(GuessLanguage("The mayor said that the bridge was closed for the winter and "
                          "it will reopen in spring, after the repairs."),
            "en");
  EXPECT_EQ(GuessLanguage("Die Brücke ist seit Montag wieder offen, und der Bürgermeister "
                          "sagte, dass die Reparatur nicht teuer war."),
            "de");
  EXPECT_EQ(GuessLanguage("Le pont est de nouveau ouvert depuis lundi, et le maire a dit "
                          "que les travaux sont finis pour cette année."),
            "fr");
  EXPECT_EQ(GuessLanguage("El puente está abierto desde el lunes y el alcalde dijo que las "
                          "obras fueron más rápidas de lo previsto por los técnicos."),
            "es");
  EXPECT_EQ(GuessLanguage("Short."), "");
  EXPECT_EQ(GuessLanguage("Zażółć gęślą jaźń, powiedział burmistrz w poniedziałek rano."), "");
}

TEST(JsonLdTest, GraphAndTypes) {
  JsonLdFacts f;
  ParseJsonLd(R"({"@graph":[{"@type":"Organization","name":"Org","url":"https://org.example"},
      {"@type":["NewsArticle"],"headline":"H","datePublished":"2024-09-30",
       "author":"Plain Name","publisher":{"name":"Pub"},
       "mainEntityOfPage":{"@id":"https://pub.example/a"}}]})",
              &f);
  EXPECT_EQ(f.headline, "H");
  EXPECT_EQ(f.date_published, "2024-09-30");
  EXPECT_EQ(f.author, "Plain Name");
  EXPECT_EQ(f.publisher, "Pub");
  EXPECT_EQ(f.url, "https://pub.example/a");
}

TEST(JsonLdTest, HostileInputIsHarmless) {
  JsonLdFacts f;
  ParseJsonLd(std::string(100000, '['), &f);
  ParseJsonLd(std::string(100000, '{'), &f);
  ParseJsonLd("\"headline\": \"unterminated", &f);
  ParseJsonLd("{\"headline\":\"\\ud83d\\ude00 ok\"", &f);  // broken JSON: scan fallback
  EXPECT_EQ(f.headline, "\U0001F600 ok");
}

}  // namespace
}  // namespace storyline::extract
