#include "extract/extract.h"

#include <string>

#include "base/text.h"
#include "extract/boilerplate.h"
#include "extract/charset.h"
#include "extract/dates.h"
#include "extract/html_dom.h"
#include "extract/language.h"
#include "extract/metadata.h"

namespace storyline::extract {
namespace {

// CRLF and lone CR -> LF; nothing else changes (later stages take byte offsets into the text).
std::string NormalizeNewlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// One-line metadata value: valid UTF-8, whitespace collapsed.
std::string CleanField(std::string_view s) {
  std::string out;
  AppendCollapsed(out, base::ToValidUtf8(s));
  return std::string(base::Trim(out));
}

Result<Article> ExtractText(const RawRecord& record, Article article) {
  article.text = std::string(base::Trim(NormalizeNewlines(base::ToValidUtf8(record.text))));
  if (article.text.empty()) return Err(InvalidArgumentError("no article text"));
  article.title = CleanField(record.title);
  article.published = NormalizeDate(record.published);
  if (article.published.empty()) article.published = DateFromUrl(article.url);
  article.site = CleanField(record.source);
  if (article.site.empty()) article.site = HostOfUrl(article.url);
  article.language = GuessLanguage(article.text);
  return article;
}

Result<Article> ExtractHtml(const RawRecord& record, Article article) {
  const DecodedPage page = DecodeToUtf8(record.html, record.content_type);
  const HtmlDocument doc = HtmlDocument::Parse(page.text);
  article.text = ExtractBodyText(doc);
  if (article.text.empty()) return Err(InvalidArgumentError("no article text"));
  PageMetadata md = ExtractMetadata(doc, article.url);
  // What the record says wins over what the page says.
  article.title = CleanField(record.title);
  if (article.title.empty()) article.title = CleanField(md.title);
  article.published = NormalizeDate(record.published);
  if (article.published.empty()) article.published = md.published;
  if (article.url.empty()) article.url = CleanField(md.url);
  article.site = CleanField(record.source);
  if (article.site.empty()) article.site = CleanField(md.site);
  // A title that the page repeats as the first body block is not body text.
  if (!article.title.empty() && article.text.size() > article.title.size() + 2 &&
      article.text.compare(0, article.title.size(), article.title) == 0 &&
      article.text.compare(article.title.size(), 2, "\n\n") == 0) {
    article.text.erase(0, article.title.size() + 2);
  }
  article.byline = CleanField(md.byline);
  article.language = md.language;
  if (article.language.empty()) article.language = GuessLanguage(article.text);
  return article;
}

}  // namespace

Result<Article> Extract(const RawRecord& record) {
  Article article;
  article.id = base::ToValidUtf8(record.id);
  article.url = CleanField(record.url);
  if (record.html.empty()) return ExtractText(record, article);
  Result<Article> from_html = ExtractHtml(record, article);
  // A record carrying both: the given text is better than nothing when the page is empty.
  if (!from_html.has_value() && !record.text.empty()) return ExtractText(record, article);
  return from_html;
}

}  // namespace storyline::extract
