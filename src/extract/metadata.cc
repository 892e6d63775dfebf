#include "extract/metadata.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <utility>
#include <vector>

#include "base/text.h"
#include "extract/dates.h"
#include "extract/jsonld.h"
#include "extract/language.h"

namespace storyline::extract {
namespace {

constexpr size_t kMaxMetaTags = 1000;
constexpr size_t kMaxJsonLdBlocks = 20;
constexpr size_t kVisibleDateNodes = 300;  // text nodes inspected for a visible date line
constexpr size_t kMaxDateLine = 200;
constexpr size_t kMaxBylineCandidates = 20;

bool OneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string Collapse(std::string_view s) {
  std::string out;
  AppendCollapsed(out, s);
  return std::string(base::Trim(out));
}

std::vector<std::string> Tokens(std::string_view value) {
  std::vector<std::string> tokens;
  std::string cur;
  for (char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!cur.empty()) {
      tokens.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

bool HasToken(const std::vector<std::string>& tokens, std::initializer_list<std::string_view> set) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](const std::string& t) { return OneOf(t, set); });
}

bool IsAbsoluteHttpUrl(std::string_view u) {
  return base::StartsWithIgnoreCase(u, "http://") || base::StartsWithIgnoreCase(u, "https://");
}

// Lowercase alphanumerics only: "Example News" and "example-news" compare equal.
std::string SiteKey(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    }
  }
  return out;
}

bool NamesSite(std::string_view part, std::string_view site) {
  if (site.empty() || part.empty()) return false;
  const std::string p = SiteKey(part);
  if (p.empty()) return false;
  if (p == SiteKey(site)) return true;
  // "example-news.com" names "Example News": compare without the top-level domain.
  const size_t dot = site.rfind('.');
  if (dot != std::string_view::npos && p == SiteKey(site.substr(0, dot))) return true;
  return p == SiteKey(site) + "com";
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// All <meta> key/value pairs, first occurrence of each key kept.
class MetaTags {
 public:
  void Add(std::string key, std::string value) {
    if (key.empty() || value.empty() || tags_.size() >= kMaxMetaTags) return;
    for (const auto& [k, v] : tags_) {
      if (k == key) return;
    }
    tags_.emplace_back(std::move(key), std::move(value));
  }
  std::string_view Get(std::string_view key) const {
    for (const auto& [k, v] : tags_) {
      if (k == key) return v;
    }
    return {};
  }

 private:
  std::vector<std::pair<std::string, std::string>> tags_;
};

}  // namespace

std::string HostOfUrl(std::string_view url) {
  url = base::Trim(url);
  size_t start = url.find("://");
  if (start != std::string_view::npos) {
    start += 3;
  } else if (url.substr(0, 2) == "//") {
    start = 2;
  } else {
    return {};
  }
  size_t end = url.find_first_of("/?#", start);
  std::string_view authority =
      url.substr(start, end == std::string_view::npos ? url.npos : end - start);
  const size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (!authority.empty() && authority[0] != '[') {
    const size_t colon = authority.find(':');
    if (colon != std::string_view::npos) authority = authority.substr(0, colon);
  }
  std::string host = base::AsciiLower(authority);
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  for (char c : host) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '[' ||
          c == ']' || c == ':')) {
      return {};
    }
  }
  return host;
}

std::string StripTitleSuffix(std::string_view title, std::string_view site, bool site_must_match) {
  std::string t = Collapse(title);
  static constexpr std::string_view kSeparators[] = {" | ",  " - ", " – ", " — ",
                                                     " :: ", " · ", " • ", " // "};
  const auto last_separator = [&](std::string_view s, size_t* len) {
    size_t best = std::string_view::npos;
    for (std::string_view sep : kSeparators) {
      const size_t pos = s.rfind(sep);
      if (pos != std::string_view::npos && (best == std::string_view::npos || pos > best)) {
        best = pos;
        *len = sep.size();
      }
    }
    return best;
  };
  const auto first_separator = [&](std::string_view s, size_t* len) {
    size_t best = std::string_view::npos;
    for (std::string_view sep : kSeparators) {
      const size_t pos = s.find(sep);
      if (pos != std::string_view::npos && (best == std::string_view::npos || pos < best)) {
        best = pos;
        *len = sep.size();
      }
    }
    return best;
  };
  size_t len = 0;
  const size_t pos = last_separator(t, &len);
  if (pos != std::string_view::npos && pos > 0) {
    const std::string_view prefix = base::Trim(std::string_view(t).substr(0, pos));
    const std::string_view suffix = base::Trim(std::string_view(t).substr(pos + len));
    const bool named = NamesSite(suffix, site);
    const bool short_suffix = WordCount(suffix) <= 4 && suffix.size() <= 40 &&
                              prefix.size() > suffix.size() && WordCount(prefix) >= 2;
    if (!prefix.empty() && (named || (!site_must_match && short_suffix))) {
      return std::string(prefix);
    }
  }
  const size_t first = first_separator(t, &len);
  if (first != std::string_view::npos && first > 0) {
    const std::string_view prefix = base::Trim(std::string_view(t).substr(0, first));
    const std::string_view rest = base::Trim(std::string_view(t).substr(first + len));
    if (!rest.empty() && NamesSite(prefix, site)) return std::string(rest);
  }
  return t;
}

std::string CleanByline(std::string_view s) {
  std::string b = Collapse(s);
  for (std::string_view cut : {" | ", " • ", " · ", " — "}) {
    const size_t pos = b.find(cut);
    if (pos != std::string::npos) b.resize(pos);
  }
  // Dates and times follow names ("By Jane Doe September 30, 2024 10:00"); names have no digits.
  const size_t digit = b.find_first_of("0123456789");
  if (digit != std::string::npos) b.resize(digit);
  std::string_view v = base::Trim(b);
  for (std::string_view prefix : {"written by ", "words by ", "posted by ", "by:", "by ", "von ",
                                  "par ", "por ", "authors:", "author:"}) {
    if (base::StartsWithIgnoreCase(v, prefix)) {
      v = base::Trim(v.substr(prefix.size()));
      break;
    }
  }
  // Trailing "Published", "Updated" labels and punctuation left by the cuts above.
  for (std::string_view tail : {" published", " updated", " posted", " on"}) {
    if (v.size() > tail.size() && base::EqualsIgnoreCase(v.substr(v.size() - tail.size()), tail)) {
      v.remove_suffix(tail.size());
    }
  }
  const auto trim_punct = [&v] {
    while (!v.empty() &&
           (v.back() == ',' || v.back() == ';' || v.back() == ':' || v.back() == '-' ||
            v.back() == '|' || v.back() == ' ' || v.back() == '.')) {
      v.remove_suffix(1);
    }
  };
  trim_punct();
  // A month name left over from a cut date: "Jane Doe, September".
  const size_t last_space = v.rfind(' ');
  if (last_space != std::string_view::npos) {
    std::string_view last = v.substr(last_space + 1);
    while (!last.empty() && last.back() == '.') last.remove_suffix(1);
    if (IsMonthName(last)) {
      v = v.substr(0, last_space);
      trim_punct();
    }
  }
  v = base::Trim(v);
  if (v.empty() || v.size() > 100) return {};
  if (v.find("://") != std::string_view::npos || v.find('@') != std::string_view::npos ||
      base::StartsWithIgnoreCase(v, "www.")) {
    return {};
  }
  const bool has_letter = std::any_of(v.begin(), v.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!has_letter) return {};
  return std::string(v);
}

PageMetadata ExtractMetadata(const HtmlDocument& doc, std::string_view page_url) {
  MetaTags meta;
  JsonLdFacts ld;
  size_t ld_blocks = 0;
  std::string h1, class_title, title_tag, html_lang, canonical, rel_author, itemprop_date,
      itemprop_author;
  std::string time_first, time_preferred, visible_date;
  std::vector<NodeId> byline_nodes;
  // Text that is not visible: for the visible-date fallback.
  std::vector<uint8_t> invisible(doc.size(), 0);
  size_t visible_seen = 0;

  for (size_t idx = 0; idx < doc.size(); ++idx) {
    const NodeId i = static_cast<NodeId>(idx);
    const DomNode& n = doc.node(i);
    if (n.parent != kNoNode && invisible[static_cast<size_t>(n.parent)]) invisible[idx] = 1;
    if (n.kind == DomNode::Kind::kText) {
      if (invisible[idx] || !visible_date.empty() || visible_seen >= kVisibleDateNodes) continue;
      const std::string_view t = base::Trim(n.text);
      if (t.empty()) continue;
      ++visible_seen;
      if (t.size() <= kMaxDateLine) visible_date = FindDateInText(t);
      continue;
    }
    const std::string& tag = n.name;
    if (OneOf(tag, {"script", "style", "noscript", "template", "head", "title", "a", "option",
                    "select", "textarea", "button"})) {
      invisible[idx] = 1;
    }
    if (tag == "meta") {
      const std::string content(base::Trim(doc.Attr(i, "content")));
      for (const char* attr : {"property", "name", "itemprop"}) {
        const std::string key = base::AsciiLower(base::Trim(doc.Attr(i, attr)));
        if (!key.empty()) meta.Add(key, content);
      }
      const std::string equiv = base::AsciiLower(base::Trim(doc.Attr(i, "http-equiv")));
      if (!equiv.empty()) meta.Add("http-equiv:" + equiv, content);
      continue;
    }
    if (tag == "html" && html_lang.empty()) {
      html_lang = doc.Attr(i, "lang");
      if (html_lang.empty()) html_lang = doc.Attr(i, "xml:lang");
    }
    if (tag == "link") {
      const std::vector<std::string> rel = Tokens(doc.Attr(i, "rel"));
      if (canonical.empty() && HasToken(rel, {"canonical"})) canonical = doc.Attr(i, "href");
      continue;
    }
    if (tag == "script") {
      if (ld_blocks < kMaxJsonLdBlocks &&
          base::AsciiLower(doc.Attr(i, "type")).find("ld+json") != std::string::npos) {
        ++ld_blocks;
        ParseJsonLd(doc.RawText(i), &ld);
      }
      continue;
    }
    if (tag == "h1" && h1.empty()) h1 = doc.Text(i, 1000);
    if (tag == "title" && title_tag.empty()) title_tag = doc.Text(i, 1000);
    if (tag == "time") {
      const std::string_view dt = doc.Attr(i, "datetime");
      const std::string iso = NormalizeDate(dt.empty() ? std::string_view(doc.Text(i, 200)) : dt);
      if (!iso.empty()) {
        if (time_first.empty()) time_first = iso;
        const std::string cls = base::AsciiLower(doc.Attr(i, "class"));
        if (time_preferred.empty() &&
            (doc.HasAttr(i, "pubdate") || cls.find("publish") != std::string::npos ||
             base::EqualsIgnoreCase(doc.Attr(i, "itemprop"), "datePublished"))) {
          time_preferred = iso;
        }
      }
    }
    const std::string_view itemprop = doc.Attr(i, "itemprop");
    if (itemprop_date.empty() && base::EqualsIgnoreCase(itemprop, "datePublished")) {
      std::string_view v = doc.Attr(i, "content");
      if (v.empty()) v = doc.Attr(i, "datetime");
      itemprop_date = v.empty() ? doc.Text(i, 200) : std::string(v);
    }
    if (itemprop_author.empty() && base::EqualsIgnoreCase(itemprop, "author")) {
      itemprop_author = CleanByline(doc.Text(i, 300));
    }
    if (rel_author.empty() && HasToken(Tokens(doc.Attr(i, "rel")), {"author"})) {
      rel_author = CleanByline(doc.Text(i, 300));
    }
    if (n.attributes.empty()) continue;
    const std::vector<std::string> cls =
        Tokens(std::string(doc.Attr(i, "class")) + " " + std::string(doc.Attr(i, "id")));
    if (class_title.empty() && !invisible[idx] &&
        (HasToken(cls, {"headline"}) ||
         (HasToken(cls, {"title"}) && HasToken(cls, {"post", "entry", "article", "story"})))) {
      class_title = doc.Text(i, 1000);
    }
    if (byline_nodes.size() < kMaxBylineCandidates) {
      const bool byline_class = HasToken(cls, {"byline", "author", "authors", "byl"}) ||
                                std::any_of(cls.begin(), cls.end(), [](const std::string& t) {
                                  return t.rfind("byline", 0) == 0;
                                });
      if (byline_class && !HasToken(cls, {"bio", "avatar", "image", "img", "photo"})) {
        byline_nodes.push_back(i);
      }
    }
  }

  PageMetadata md;
  const std::string host = HostOfUrl(page_url);

  // Site first: title-suffix removal compares against it.
  md.site = Collapse(meta.Get("og:site_name"));
  if (md.site.empty()) md.site = ld.publisher;
  if (md.site.empty()) md.site = host;

  // Title.
  const std::string og_title = Collapse(meta.Get("og:title"));
  const std::string site_for_title = md.site.empty() ? host : md.site;
  if (!og_title.empty()) {
    md.title = StripTitleSuffix(og_title, site_for_title, /*site_must_match=*/true);
    if (!host.empty() && md.title == og_title) {
      md.title = StripTitleSuffix(og_title, host, /*site_must_match=*/true);
    }
  }
  if (md.title.empty()) md.title = Collapse(ld.headline);
  if (md.title.empty()) md.title = h1;
  if (md.title.empty()) md.title = class_title;
  if (md.title.empty() && !title_tag.empty())
    md.title = StripTitleSuffix(title_tag, site_for_title);
  if (md.title.empty()) md.title = Collapse(meta.Get("twitter:title"));

  // Byline.
  for (std::string_view candidate :
       {std::string_view(ld.author), meta.Get("author"), meta.Get("article:author"),
        meta.Get("parsely-author"), meta.Get("sailthru.author"), meta.Get("dc.creator"),
        std::string_view(rel_author), std::string_view(itemprop_author)}) {
    md.byline = CleanByline(candidate);
    if (!md.byline.empty()) break;
  }
  for (size_t k = 0; md.byline.empty() && k < byline_nodes.size(); ++k) {
    md.byline = CleanByline(doc.Text(byline_nodes[k], 300));
  }

  // Publication date.
  for (std::string_view candidate : {std::string_view(ld.date_published),
                                     meta.Get("article:published_time"),
                                     meta.Get("og:article:published_time"),
                                     meta.Get("datepublished"),
                                     meta.Get("pubdate"),
                                     meta.Get("publishdate"),
                                     meta.Get("publish-date"),
                                     meta.Get("publish_date"),
                                     meta.Get("date"),
                                     meta.Get("dc.date"),
                                     meta.Get("dc.date.issued"),
                                     meta.Get("dc.date.created"),
                                     meta.Get("dcterms.date"),
                                     meta.Get("dcterms.issued"),
                                     meta.Get("dcterms.created"),
                                     meta.Get("sailthru.date"),
                                     meta.Get("parsely-pub-date"),
                                     meta.Get("citation_publication_date"),
                                     meta.Get("original-publish-date"),
                                     std::string_view(itemprop_date),
                                     std::string_view(time_preferred),
                                     std::string_view(time_first)}) {
    md.published = NormalizeDate(candidate);
    if (!md.published.empty()) break;
  }
  if (md.published.empty()) md.published = DateFromUrl(page_url);
  if (md.published.empty()) {
    for (std::string_view u : {meta.Get("og:url"), std::string_view(canonical)}) {
      md.published = DateFromUrl(u);
      if (!md.published.empty()) break;
    }
  }
  if (md.published.empty()) md.published = visible_date;

  // Language.
  md.language = LanguageFromTag(html_lang);
  if (md.language.empty()) {
    std::string_view cl = meta.Get("http-equiv:content-language");
    cl = cl.substr(0, cl.find(','));
    md.language = LanguageFromTag(cl);
  }
  for (std::string_view key : {"language", "content-language", "og:locale", "dc.language"}) {
    if (!md.language.empty()) break;
    md.language = LanguageFromTag(meta.Get(key));
  }

  // URL.
  for (std::string_view u :
       {meta.Get("og:url"), std::string_view(canonical), std::string_view(ld.url)}) {
    u = base::Trim(u);
    if (IsAbsoluteHttpUrl(u)) {
      md.url = std::string(u);
      break;
    }
  }
  return md;
}

}  // namespace storyline::extract
