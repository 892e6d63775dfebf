#pragma once
// Page metadata: title, byline, publication date, language, site and canonical URL, read
// from <meta> tags, JSON-LD, microdata, <time>, the URL and (last resort) visible text.
#include <string>
#include <string_view>

#include "extract/html_dom.h"

namespace storyline::extract {

struct PageMetadata {
  std::string title;
  std::string byline;
  std::string published;  // normalised ISO 8601, "" when unknown
  std::string language;   // ISO 639-1 from markup only ("" when the page does not say)
  std::string site;
  std::string url;
};

// Reads what the page says about itself. `page_url` is the record's URL (may be empty); it
// is used for the URL date pattern, the host fallback for `site`, and title-suffix removal.
// Sources, first hit wins:
//   title:     og:title (minus a " | Site" suffix naming the site), JSON-LD headline,
//              first <h1>, a "headline" / "entry-title" class element, <title> minus a short " |
//              Site" / " - Site" / " — Site" suffix
//   byline:    JSON-LD author name, <meta name=author>, rel=author, itemprop=author,
//              class byline/author elements; "By Jane Doe" -> "Jane Doe"
//   published: JSON-LD datePublished, article:published_time, meta date/pubdate/
//              publishdate/dc.date..., itemprop=datePublished, first <time datetime>,
//              URL pattern, a visible date line near the top of the page
//   language:  <html lang>, meta content-language / language, og:locale
//   site:      og:site_name, JSON-LD publisher, host of page_url without "www."
//   url:       og:url, <link rel=canonical>, JSON-LD url (absolute http(s) URLs only)
PageMetadata ExtractMetadata(const HtmlDocument& doc, std::string_view page_url);

// "Headline | Site" -> "Headline". Removes one trailing " | ", " - ", " – ", " — ", " :: ",
// " · " or " • " part when it names `site` (case-insensitively), or, when `site_must_match`
// is false, when it is short (<= 4 words, <= 40 bytes) and the rest is longer. A leading
// "Site | " part naming the site is removed too.
std::string StripTitleSuffix(std::string_view title, std::string_view site,
                             bool site_must_match = false);

// "https://www.example.com:8080/a?b" -> "example.com"; "" when there is no host.
std::string HostOfUrl(std::string_view url);

// "By Jane Doe" -> "Jane Doe"; collapses whitespace, cuts at " | " or a line break;
// "" for values that are not a name (URLs, e-mail addresses, over 100 bytes, no letters).
std::string CleanByline(std::string_view s);

}  // namespace storyline::extract
