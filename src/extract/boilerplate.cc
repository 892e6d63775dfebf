#include "extract/boilerplate.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace storyline::extract {
namespace {

// Per-node flags, inherited from the parent in a forward pass.
enum : uint8_t {
  kInLink = 1,    // inside <a>
  kInPara = 2,    // inside <p>
  kHardDrop = 4,  // inside an element that never holds article text (<script>, ...)
  kRemoved = 8,   // pruned (hard drop, chrome tag, hidden, negative class cue)
  kInPre = 16,    // inside <pre>: whitespace is kept
  kInMain = 32,   // inside <article> or <main>: a <header> there is the article's own header
  kStrict = 64,   // inside the article's header: only headings and sentences are kept
  kInList = 128,  // inside a list item or a table cell
};

bool OneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// Elements whose content is never article text.
bool IsHardDropTag(std::string_view t) {
  return OneOf(t, {"script",   "style",    "iframe", "svg",       "template", "object",
                   "embed",    "canvas",   "video",    "audio",  "picture",   "img",      "map",
                   "head",     "title",    "meta",     "link",   "button",    "select",   "input",
                   "textarea", "option",   "dialog",   "math",   "frameset",  "frame",    "applet",
                   "noembed",  "noframes", "source",   "track",  "figcaption", "rt",
                   "rp"});  // ruby annotations: readings printed above the text
}

// Site-chrome elements: pruned unless they hold most of the page's paragraph text. <noscript>
// is here rather than among the hard drops because a stray "<noscript><div></noscript>"
// makes libxml2 put the rest of the page inside it.
bool IsChromeTag(std::string_view t) {
  return OneOf(t, {"nav", "header", "footer", "aside", "form", "figure", "menu", "noscript"});
}

bool IsBlockTag(std::string_view t) {
  return OneOf(t, {"p",          "div",  "section", "article",  "main",    "aside",   "header",
                   "footer",     "nav",  "h1",      "h2",       "h3",      "h4",      "h5",
                   "h6",         "li",   "ul",      "ol",       "dl",      "dt",      "dd",
                   "blockquote", "pre",  "table",   "thead",    "tbody",   "tfoot",   "tr",
                   "td",         "th",   "caption", "figure",   "address", "center",  "hr",
                   "body",       "html", "form",    "fieldset", "details", "summary", "hgroup"});
}

bool IsHeadingTag(std::string_view t) {
  return t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6';
}

// What the boilerplate pass needs to know about a tag, computed once per node.
enum : uint8_t {
  kTagBlock = 1,
  kTagHardDrop = 2,
  kTagChrome = 4,
  kTagHeading = 8,
  kTagProtected = 16,  // never pruned by a cue: html, body, article, main
};

uint8_t TagBits(std::string_view t) {
  uint8_t bits = 0;
  if (IsBlockTag(t)) bits |= kTagBlock;
  if (IsHardDropTag(t)) bits |= kTagHardDrop;
  if (IsChromeTag(t)) bits |= kTagChrome;
  if (IsHeadingTag(t)) bits |= kTagHeading;
  if (OneOf(t, {"html", "body", "article", "main"})) bits |= kTagProtected;
  return bits;
}

// Lowercase alphanumeric tokens of class and id values; "shareBar ad-slot" -> share, bar,
// ad, slot.
std::vector<std::string> CueTokens(std::string_view value) {
  std::vector<std::string> tokens;
  std::string cur;
  char prev = 0;
  for (char c : value) {
    const bool alnum = std::isalnum(static_cast<unsigned char>(c)) != 0;
    const bool camel = std::isupper(static_cast<unsigned char>(c)) &&
                       std::islower(static_cast<unsigned char>(prev));
    if (!alnum || camel) {
      if (!cur.empty()) tokens.push_back(std::move(cur));
      cur.clear();
    }
    if (alnum) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    prev = c;
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// kWeakNegative lowers a container's score but does not prune it: page builders and blog
// engines wrap everything, the article included, in "widget" containers.
// kHeader is negative except on the article's own header (see Extractor::Prune).
// kOverlay names a box laid over the page (cookie consent, login, popups): negative even when
// it holds most of the page's paragraph text, because such boxes can be long (a consent
// dialog's category descriptions) while the article under them is short.
enum class Cue { kNone, kWeakNegative, kNegative, kOverlay, kAlwaysNegative, kPositive, kHeader };

// Classifies one token. Comment sections are "always negative": readers' comments can
// outweigh a short article, so the more-than-half-the-text guard must not save them.
Cue TokenCue(std::string_view t) {
  if (OneOf(t,
            {"comment", "comments", "commentlist", "commentform", "commenting", "usercomments"}) ||
      StartsWith(t, "disqus")) {
    return Cue::kAlwaysNegative;
  }
  if (OneOf(t, {"cookie", "cookies", "consent", "gdpr", "popup", "modal", "dialog", "login",
                "signup"}) ||
      StartsWith(t, "cookie") || StartsWith(t, "popup")) {
    return Cue::kOverlay;
  }
  if (OneOf(t, {"nav",         "navbar",     "navigation",    "menu",      "menubar",
                "footer",      "masthead",   "sidebar",       "aside",     "share",
                "sharing",     "social",     "related",       "promo",     "promotion",
                "advert",      "advertisement", "ad",         "ads",       "adv",
                "sponsor",     "sponsored",  "newsletter",    "subscribe", "subscription",
                "breadcrumb",  "breadcrumbs", "banner",       "outbrain",  "taboola",
                "pagination",  "pager",      "toolbar",       "tags",      "byline",    "author",
                "meta",        "caption",    "credit",        "credits",   "recommended",
                "trending",    "skip",       "print",         "timestamp"})) {
    return Cue::kNegative;
  }
  if (t == "widget") return Cue::kWeakNegative;
  if (t == "header") return Cue::kHeader;
  if (StartsWith(t, "share") || StartsWith(t, "social") || StartsWith(t, "advert") ||
      StartsWith(t, "sponsor") || StartsWith(t, "newsletter") ||
      StartsWith(t, "breadcrumb") || StartsWith(t, "related") || StartsWith(t, "promo") ||
      StartsWith(t, "subscri") || StartsWith(t, "sidebar") || StartsWith(t, "footer") ||
      StartsWith(t, "navbar") || StartsWith(t, "outbrain") ||
      StartsWith(t, "taboola") || StartsWith(t, "recommend") ||
      StartsWith(t, "recirculation") || StartsWith(t, "authorbox")) {
    return Cue::kNegative;
  }
  // Boxes about the article rather than of it: reader ratings ("post-ratings"), affiliate
  // and editorial disclosures, fact and info boxes, post metadata, author-box plugins,
  // teaser lists ("Teasers--3columns"; the singular is left alone: "article-teaser" is
  // often the standfirst).
  if (StartsWith(t, "rating") || StartsWith(t, "affiliate") ||
      OneOf(t, {"postratings", "disclosure", "factbox", "infobox", "metadata", "postmetadata",
                "saboxplugin", "teasers"})) {
    return Cue::kNegative;
  }
  if (StartsWith(t, "article") || StartsWith(t, "content") || StartsWith(t, "story") ||
      OneOf(t, {"body", "entry", "post", "text", "main", "blog", "hentry", "prose", "paragraph"})) {
    return Cue::kPositive;
  }
  return Cue::kNone;
}

struct ElementCues {
  bool negative = false;
  bool modifier_negative = false;  // a negative word in a BEM modifier only
  bool header = false;             // "header": chrome, unless it is the article's header
  bool always_negative = false;
  bool overlay = false;  // a box over the page: not saved by holding most of the text
  bool weak_negative = false;
  bool positive = false;
};

ElementCues CuesOf(const HtmlDocument& doc, NodeId id) {
  ElementCues cues;
  const auto& attrs = doc.node(id).attributes;
  if (std::none_of(attrs.begin(), attrs.end(), [](const auto& a) {
        return a.first == "class" || a.first == "id" || a.first == "role" || a.first == "itemprop";
      })) {
    return cues;
  }
  // A heading's id is usually an anchor slug made from its text ("nav_the_new_line",
  // "share-your-story"): it says what the heading says, not what the element is.
  const bool heading = IsHeadingTag(doc.node(id).name);
  for (std::string_view attr : {std::string_view("class"), std::string_view("id")}) {
    if (heading && attr == "id") continue;
    const std::string_view value = doc.Attr(id, attr);
    for (size_t b = 0; b < value.size();) {
      size_t e = value.find_first_of(" \t\n\r\f", b);
      if (e == std::string_view::npos) e = value.size();
      const std::string_view word = value.substr(b, e - b);
      b = e + 1;
      // A BEM modifier ("Section--Ads", "rail--trending") often says what a block holds
      // besides its text or how it is laid out, not what it is: a negative word there only
      // prunes a block without paragraphs of its own.
      const size_t modifier = std::min(word.find("--"), word.size());
      for (int part = 0; part < 2; ++part) {
        const bool in_modifier = part == 1;
        const std::string_view text =
            in_modifier ? word.substr(modifier) : word.substr(0, modifier);
        for (const std::string& t : CueTokens(text)) {
          switch (TokenCue(t)) {
            case Cue::kAlwaysNegative:
              if (in_modifier) break;
              cues.always_negative = true;
              cues.negative = true;
              break;
            case Cue::kOverlay:
              if (!in_modifier) cues.overlay = true;
              (in_modifier ? cues.modifier_negative : cues.negative) = true;
              break;
            case Cue::kNegative:
              (in_modifier ? cues.modifier_negative : cues.negative) = true;
              break;
            case Cue::kPositive:
              cues.positive = true;
              break;
            case Cue::kWeakNegative:
              if (!in_modifier) cues.weak_negative = true;
              break;
            case Cue::kHeader:
              (in_modifier ? cues.modifier_negative : cues.header) = true;
              break;
            case Cue::kNone:
              break;
          }
        }
      }
    }
  }
  const std::string role = base::AsciiLower(doc.Attr(id, "role"));
  if (OneOf(role, {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
                   "search", "menu", "menubar"})) {
    cues.negative = true;
  }
  if (role == "dialog" || role == "alertdialog") cues.overlay = true;
  if (role == "main" || role == "article") cues.positive = true;
  if (base::EqualsIgnoreCase(doc.Attr(id, "itemprop"), "articleBody")) cues.positive = true;
  return cues;
}

// Paragraph text (non-space bytes) outside an overlay box above which the box is pruned even
// when it holds most of the page's paragraph text.
constexpr uint64_t kOverlayOutsideText = 300;

// A paragraph this long (non-space bytes outside links) saves a block whose only negative cue
// is a BEM modifier, unless more than a third of the block's text is links.
constexpr uint32_t kModifierKeepBlock = 120;

bool IsHidden(const HtmlDocument& doc, NodeId id) {
  if (doc.node(id).attributes.empty()) return false;
  if (doc.HasAttr(id, "hidden")) return true;
  if (base::EqualsIgnoreCase(doc.Attr(id, "aria-hidden"), "true")) return true;
  if (base::EqualsIgnoreCase(doc.Attr(id, "type"), "hidden")) return true;
  // Whole class names only: "overflow-hidden" is layout, "hidden" is hidden.
  const std::string cls = base::AsciiLower(doc.Attr(id, "class"));
  for (size_t b = 0; b < cls.size();) {
    size_t e = cls.find_first_of(" \t\n", b);
    if (e == std::string::npos) e = cls.size();
    if (OneOf(std::string_view(cls).substr(b, e - b),
              {"hidden", "is-hidden", "sr-only", "visually-hidden", "visuallyhidden",
               "screen-reader-text", "d-none", "hide"})) {
      return true;
    }
    b = e + 1;
  }
  const std::string_view style = doc.Attr(id, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

uint32_t NonSpaceBytes(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++n;
  }
  return n;
}

uint32_t Commas(std::string_view s) {
  return static_cast<uint32_t>(std::count(s.begin(), s.end(), ','));
}

// An <article> element with more of its text in links than this is not widened to.
constexpr double kArticleMaxLinkDensity = 0.25;

// Class/id cue weight. It decides between containers of similar content but must not let a
// short box named "content" or "text" outrun the article's paragraphs.
constexpr double kCueWeight = 15;

// Tag prior of a candidate container (after Readability).
double BaseScore(const HtmlDocument& doc, NodeId id) {
  const std::string& t = doc.node(id).name;
  double s = 0;
  if (t == "div" || t == "article" || t == "main" || t == "section")
    s = 5;
  else if (OneOf(t, {"pre", "td", "blockquote"}))
    s = 3;
  else if (OneOf(t, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
    s = -3;
  else if (IsHeadingTag(t) || t == "th")
    s = -5;
  const ElementCues cues = CuesOf(doc, id);
  if (cues.positive) s += kCueWeight;
  if (cues.negative || cues.weak_negative || cues.header) s -= kCueWeight;
  return s;
}

bool IsBoilerplateLabel(std::string_view p) {
  if (p.size() > 48) return false;
  const std::string lower = base::AsciiLower(p);
  return OneOf(lower, {"advertisement",
                       "advertisement:",
                       "ad",
                       "ads",
                       "anzeige",
                       "publicité",
                       "publicidad",
                       "sponsored",
                       "sponsored content",
                       "continue reading",
                       "read more",
                       "share",
                       "share this article",
                       "share this story",
                       "skip to content",
                       "skip to main content",
                       "scroll to continue",
                       "story continues below advertisement",
                       "article continues below advertisement",
                       "click to expand"});
}

// A body with fewer non-space bytes than this is retried with comment sections kept.
constexpr uint32_t kShortBodyBytes = 200;

// Below this many bytes a line outside the chosen container must end like a sentence.
constexpr size_t kStrictMinBytes = 80;

// A paragraph this long (bytes) is prose: what follows the last one is the page's tail.
constexpr size_t kTailProseBytes = 200;

// At most this many short lines before the first prose paragraph are its head.
constexpr size_t kMaxHeadLines = 3;

// Whether `p` ends with sentence punctuation (closing quotes and brackets skipped).
bool EndsSentence(std::string_view p) {
  size_t end = p.size();
  while (end > 0) {
    const unsigned char c = static_cast<unsigned char>(p[end - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      --end;
    } else if (c >= 0x80 && end >= 3 && (p.substr(end - 3, 3) == "\xE2\x80\x9D" ||  // ”
                                          p.substr(end - 3, 3) == "\xE2\x80\x9C" ||  // “
                                          p.substr(end - 3, 3) == "\xE2\x80\x99")) {  // ’
      end -= 3;
    } else if (c >= 0x80 && end >= 2 && p.substr(end - 2, 2) == "\xC2\xBB") {  // »
      end -= 2;
    } else {
      break;
    }
  }
  if (end == 0) return false;
  const char c = p[end - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  return end >= 3 && (p.substr(end - 3, 3) == "\xE2\x80\xA6" ||  // …
                      p.substr(end - 3, 3) == "\xE3\x80\x82");   // 。
}

// Whether `p` ends with '.', '!', '?' or an ellipsis (not ':'): a label such as "Read
// more:" introduces something, a sentence says something.
bool EndsFullSentence(std::string_view p) {
  std::string_view t = base::Trim(p);
  return EndsSentence(t) && !t.empty() && t.back() != ':';
}

// A paragraph without letters shorter than this (bytes) is a date, a time or a counter.
constexpr size_t kBareNumberBytes = 40;

// A label before a list of links is shorter than this (bytes).
constexpr size_t kLinkLabelBytes = 60;

// Accumulates the text of one paragraph at a time.
class ParagraphBuilder {
 public:
  // strict: the text comes from the article's header (strict like SetStrict(true)); list:
  // from a list item or table cell (kept however short, see Join).
  void Append(std::string_view text, bool pre, bool link, bool strict = false,
              bool list = false) {
    const size_t before = cur_.size();
    cur_strict_ |= strict;
    cur_list_ |= list;
    if (pre) {
      pre_ = true;
      for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') {
          if (!cur_.empty() && cur_.back() != '\n') cur_ += '\n';
          continue;
        }
        cur_ += c;
      }
    } else {
      AppendCollapsed(cur_, text);
    }
    if (link) link_bytes_ += cur_.size() - before;
  }

  // <br>: a newline; two in a row end the paragraph.
  void Break() {
    while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
    if (cur_.empty()) return;
    if (cur_.back() == '\n') {
      Flush();
    } else {
      cur_ += '\n';
    }
  }

  void Flush(bool heading = false) {
    std::string p;
    p.reserve(cur_.size());
    for (size_t i = 0; i < cur_.size(); ++i) {
      const char c = cur_[i];
      if (c == '\n') {
        while (!p.empty() && (p.back() == ' ' || p.back() == '\t')) p.pop_back();
        if (!p.empty() && p.back() != '\n') p += '\n';
        // Indentation after a <br> is markup noise; inside <pre> it is content.
        while (!pre_ && i + 1 < cur_.size() && (cur_[i + 1] == ' ' || cur_[i + 1] == '\t')) ++i;
        continue;
      }
      p += c;
    }
    std::string_view trimmed = base::Trim(p);
    const size_t total = trimmed.size();
    const size_t link = std::min(link_bytes_, total);
    const bool strict_paragraph = cur_strict_;
    const bool list = cur_list_ || pre_;  // code is kept like list items
    cur_.clear();
    link_bytes_ = 0;
    pre_ = false;
    cur_strict_ = false;
    cur_list_ = false;
    if (total == 0) return;
    const bool has_word = std::any_of(trimmed.begin(), trimmed.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!has_word) return;
    // A short line of digits and punctuation alone, outside lists and tables, is a date, a
    // time or a counter ("23.10.2018", "19:49", "12 | 4"), not article text.
    const bool has_letter = std::any_of(trimmed.begin(), trimmed.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!has_letter && !list && total < kBareNumberBytes) return;
    // Short paragraphs that are mostly links: "Read more: ...", related-story lists.
    if (link * 2 > total && total - link < 100) {
      // The label right before them ("More on this topic", "Also interesting:") goes too.
      if (!paragraphs_.empty()) paragraphs_.back().links_follow = true;
      return;
    }
    if (IsBoilerplateLabel(trimmed)) return;
    // Outside the chosen container (the article's start before it, the siblings picked
    // beside it) and in the article's header, a short line that is not a heading and not a
    // sentence is a date, a byline, a credit or a kicker.
    if ((strict_ || strict_paragraph) && !heading && total < kStrictMinBytes &&
        !EndsSentence(trimmed)) {
      return;
    }
    paragraphs_.push_back({std::string(trimmed), heading, list, false});
  }

  std::string Join() {
    // After the last paragraph of prose, short lines that are not sentences are the
    // page's tail (labels, "more on this topic", share and rating prompts, credits).
    size_t last_prose = paragraphs_.size();
    for (size_t i = paragraphs_.size(); i-- > 0;) {
      if (!paragraphs_[i].heading && paragraphs_[i].text.size() >= kTailProseBytes) {
        last_prose = i;
        break;
      }
    }
    // Likewise before the first one: datelines, bylines, credits, kickers.
    size_t first_prose = paragraphs_.size();
    for (size_t i = 0; i < paragraphs_.size(); ++i) {
      if (!paragraphs_[i].heading && paragraphs_[i].text.size() >= kTailProseBytes) {
        first_prose = i;
        break;
      }
    }
    std::vector<bool> keep(paragraphs_.size(), true);
    if (last_prose < paragraphs_.size()) {
      for (size_t i = 0; i < paragraphs_.size(); ++i) {
        if (i >= first_prose && i <= last_prose) continue;
        // Only the first few lines make a head; more short lines are a list or a table.
        if (i < first_prose && first_prose > kMaxHeadLines) continue;
        const Paragraph& p = paragraphs_[i];
        if (!p.heading && !p.list && p.text.size() < kStrictMinBytes && !EndsSentence(p.text)) {
          keep[i] = false;
        }
      }
    }
    // A short label (a heading, or a line that does not end a sentence with a full stop)
    // followed by dropped link lines introduced a list of links: related stories, topics.
    for (size_t i = 0; i < paragraphs_.size(); ++i) {
      const Paragraph& p = paragraphs_[i];
      if (p.links_follow && !p.list && p.text.size() < kLinkLabelBytes &&
          (p.heading || !EndsFullSentence(p.text))) {
        keep[i] = false;
      }
    }
    // A heading with nothing after it introduced a section that was pruned away.
    size_t end = paragraphs_.size();
    while (end > 0 && (paragraphs_[end - 1].heading || !keep[end - 1])) --end;
    std::string out;
    for (size_t i = 0; i < end; ++i) {
      if (!keep[i]) continue;
      if (!out.empty()) out += "\n\n";
      out += paragraphs_[i].text;
    }
    return out;
  }

  bool empty() const { return paragraphs_.empty(); }

  // In strict mode short non-sentences are dropped.
  void SetStrict(bool strict) { strict_ = strict; }

 private:
  struct Paragraph {
    std::string text;
    bool heading;
    bool list;  // a list item, a table cell or preformatted text
    bool links_follow;  // the next paragraph was dropped as mostly links
  };
  std::string cur_;
  size_t link_bytes_ = 0;
  bool pre_ = false;  // the paragraph holds <pre> text
  bool strict_ = false;
  bool cur_strict_ = false;  // some of the paragraph's text is strict
  bool cur_list_ = false;    // some of the paragraph's text is in a list item or cell
  std::vector<Paragraph> paragraphs_;
};

class Extractor {
 public:
  // relaxed: comment cues do not prune (the retry for pages where they pruned too much).
  explicit Extractor(const HtmlDocument& doc, bool relaxed = false)
      : doc_(doc),
        relaxed_(relaxed),
        n_(doc.size()),
        flags_(n_, 0),
        tags_(n_, 0),
        block_ancestor_(n_, kNoNode),
        text_len_(n_, 0),
        link_len_(n_, 0),
        own_len_(n_, 0),
        own_link_(n_, 0),
        own_commas_(n_, 0) {}

  std::string Run() {
    if (n_ == 0) return {};
    std::string text = RunOnce();
    if (!relaxed_ && NonSpaceBytes(text) < kShortBodyBytes) {
      // So little text can mean that the content itself was pruned as comments: a forum
      // thread, a Q&A page. Try again keeping comment sections and take that result when
      // it holds much more.
      std::string again = Extractor(doc_, /*relaxed=*/true).RunOnce();
      if (NonSpaceBytes(again) >= 2 * NonSpaceBytes(text) + kShortBodyBytes / 2) {
        text = std::move(again);
      }
    }
    return text;
  }

 private:
  std::string RunOnce() {
    Prune();
    Measure();
    std::vector<NodeId> roots = SelectContent();
    std::string text = Emit(roots, article_prefix_, /*strict_siblings=*/true);
    if (text.empty()) {
      // The chosen container held nothing usable: fall back to everything left after pruning.
      std::vector<NodeId> all;
      const NodeId body = doc_.FindFirst("body");
      if (body != kNoNode && !(flags_[static_cast<size_t>(body)] & kRemoved)) {
        all.push_back(body);
      } else {
        for (size_t i = 0; i < n_; ++i) {
          if (doc_.node(static_cast<NodeId>(i)).parent == kNoNode)
            all.push_back(static_cast<NodeId>(i));
        }
      }
      if (all != roots) text = Emit(all);
    }
    return text;
  }

  const DomNode& N(NodeId id) const { return doc_.node(id); }
  uint8_t& F(NodeId id) { return flags_[static_cast<size_t>(id)]; }

  void Prune() {
    // Forward: inherited flags and nearest block ancestor.
    for (size_t i = 0; i < n_; ++i) {
      const NodeId id = static_cast<NodeId>(i);
      const DomNode& nd = N(id);
      uint8_t f = 0;
      if (nd.kind == DomNode::Kind::kElement) tags_[i] = TagBits(nd.name);
      if (nd.parent != kNoNode) {
        const size_t p = static_cast<size_t>(nd.parent);
        f = flags_[p] & (kInLink | kInPara | kHardDrop | kInPre | kInMain | kInList);
        block_ancestor_[i] = (tags_[p] & kTagBlock) ? nd.parent : block_ancestor_[p];
      }
      if (nd.kind == DomNode::Kind::kElement) {
        if (nd.name == "a") f |= kInLink;
        if (nd.name == "p") f |= kInPara;
        if (nd.name == "pre") f |= kInPre;
        if (OneOf(nd.name, {"li", "dd", "dt", "td", "th"})) f |= kInList;
        if (nd.name == "article" || nd.name == "main") f |= kInMain;
        if (tags_[i] & kTagHardDrop) f |= kHardDrop;
      }
      flags_[i] = f;
    }
    // Backward: paragraph text per subtree, for the "holds most of the text" guard.
    // Also all text and link text per subtree, for the BEM-modifier guard.
    std::vector<uint32_t> para_text(n_, 0), all_text(n_, 0), link_text(n_, 0);
    // The longest single block of non-link text in each subtree: real paragraphs, as
    // opposed to a teaser list's many short lines.
    std::vector<uint32_t> block_text(n_, 0), longest_block(n_, 0);
    // Whether the subtree holds the page's <main> (or role="main"): a wrapper of the main
    // content is not chrome whatever its class says ("dialog-off-canvas-main-canvas").
    std::vector<uint8_t> holds_main(n_, 0);
    // Whether the subtree holds an <h1> (the title: its box is the article's header) or
    // navigation (then it is the site's header).
    std::vector<uint8_t> holds_h1(n_, 0), holds_nav(n_, 0);
    const auto id_of = [](size_t i) { return static_cast<NodeId>(i); };
    uint64_t total = 0;
    for (size_t i = n_; i-- > 0;) {
      const DomNode& nd = N(static_cast<NodeId>(i));
      if (nd.kind == DomNode::Kind::kText && !(flags_[i] & kHardDrop)) {
        const uint32_t len = NonSpaceBytes(nd.text);
        all_text[i] = len;
        if (flags_[i] & kInLink) {
          link_text[i] = len;
        } else {
          if (flags_[i] & kInPara) para_text[i] = len;
          const NodeId owner = block_ancestor_[i];
          if (owner != kNoNode) block_text[static_cast<size_t>(owner)] += len;
        }
      }
      longest_block[i] = std::max(longest_block[i], block_text[i]);
      if (nd.kind == DomNode::Kind::kElement &&
          (nd.name == "main" || base::EqualsIgnoreCase(doc_.Attr(id_of(i), "role"), "main"))) {
        holds_main[i] = 1;
      }
      if (nd.kind == DomNode::Kind::kElement && !(flags_[i] & kHardDrop)) {
        if (nd.name == "h1") holds_h1[i] = 1;
        if (nd.name == "nav" || nd.name == "menu" || nd.name == "form") holds_nav[i] = 1;
      }
      if (nd.parent != kNoNode) {
        const size_t p = static_cast<size_t>(nd.parent);
        holds_main[p] |= holds_main[i];
        holds_h1[p] |= holds_h1[i];
        holds_nav[p] |= holds_nav[i];
        para_text[p] += para_text[i];
        all_text[p] += all_text[i];
        link_text[p] += link_text[i];
        longest_block[p] = std::max(longest_block[p], longest_block[i]);
      } else {
        total += para_text[i];
      }
    }
    // Forward: removal.
    for (size_t i = 0; i < n_; ++i) {
      const NodeId id = static_cast<NodeId>(i);
      const DomNode& nd = N(id);
      bool removed = (flags_[i] & kHardDrop) != 0;
      if (nd.parent != kNoNode && (F(nd.parent) & kRemoved)) removed = true;
      if (nd.parent != kNoNode) flags_[i] |= F(nd.parent) & kStrict;
      if (!removed && nd.kind == DomNode::Kind::kElement && !(tags_[i] & kTagProtected)) {
        ElementCues cues = CuesOf(doc_, id);
        if (relaxed_ && cues.always_negative) cues = ElementCues();
        // A header (by tag or class) inside <article>/<main>, or around the title, without
        // navigation and not mostly links, is the article's own header: it holds the
        // standfirst and subtitle besides the title (skipped at emission, it is reported
        // separately), the date and the byline (dropped by strict emission).
        const bool header = nd.name == "header" || cues.header;
        const bool in_main = (flags_[i] & kInMain) != 0;
        const bool own_header = header && (in_main || holds_h1[i]) &&
                                (!holds_nav[i] || (in_main && nd.name == "header")) &&
                                link_text[i] * 2 <= all_text[i];
        if (own_header) flags_[i] |= kStrict;
        const bool chrome = ((tags_[i] & kTagChrome) && !own_header) || IsHidden(doc_, id) ||
                            cues.negative || (cues.header && !own_header);
        // An overlay (cookie consent, login box) is not saved by holding most of the text
        // when the page has a real amount of paragraph text outside it: a wrapper of the
        // whole page that happens to be named "gdpr" or "modal-enabled" leaves little.
        const bool overlay_over_text = cues.overlay && total - para_text[i] >= kOverlayOutsideText;
        const bool holds_most_text =
            (para_text[i] * 2 > total && total > 0 && !overlay_over_text) || holds_main[i];
        if (cues.always_negative || (chrome && !holds_most_text)) removed = true;
        if (cues.modifier_negative && !holds_most_text) {
          const uint32_t own = all_text[i] - link_text[i];
          if (longest_block[i] < kModifierKeepBlock || link_text[i] * 2 > own) removed = true;
        }
      }
      if (removed) flags_[i] |= kRemoved;
    }
  }

  void Measure() {
    for (size_t i = n_; i-- > 0;) {
      const DomNode& nd = N(static_cast<NodeId>(i));
      if (flags_[i] & kRemoved) continue;
      if (nd.kind == DomNode::Kind::kText) {
        const uint32_t len = NonSpaceBytes(nd.text);
        const bool link = (flags_[i] & kInLink) != 0;
        text_len_[i] = len;
        if (link) link_len_[i] = len;
        const NodeId owner = block_ancestor_[i];
        if (owner != kNoNode) {
          own_len_[static_cast<size_t>(owner)] += len;
          if (link) own_link_[static_cast<size_t>(owner)] += len;
          own_commas_[static_cast<size_t>(owner)] += Commas(nd.text);
        }
      }
      if (nd.parent != kNoNode) {
        text_len_[static_cast<size_t>(nd.parent)] += text_len_[i];
        link_len_[static_cast<size_t>(nd.parent)] += link_len_[i];
      }
    }
  }

  double LinkDensity(NodeId id) const {
    const uint32_t t = text_len_[static_cast<size_t>(id)];
    return t == 0 ? 0.0 : static_cast<double>(link_len_[static_cast<size_t>(id)]) / t;
  }

  bool IsRootish(NodeId id) const {
    return N(id).parent == kNoNode || N(id).name == "body" || N(id).name == "html";
  }

  // An article split into several containers (around an image, an ad slot, a pull quote)
  // leaves several good candidates under one wrapper. After Readability.js: (1) when at
  // least three other candidates score >= 3/4 of the top and share an ancestor with it, that
  // ancestor is the article; (2) walk up while the ancestors keep at least a third of the
  // top's score, and move to the first one that scores higher than its child (it gathers
  // more of the article than the top alone).
  NodeId PromoteTop(NodeId top, const std::vector<double>& score,
                    const std::vector<uint8_t>& is_candidate) const {
    const size_t t = static_cast<size_t>(top);
    const double top_score = score[t];
    if (top_score <= 0) return top;
    std::vector<NodeId> alternatives;
    for (size_t i = 0; i < n_ && alternatives.size() < 16; ++i) {
      if (i == t || !is_candidate[i] || score[i] < top_score * 0.75) continue;
      const NodeId id = static_cast<NodeId>(i);
      // Nested in the top (or the top nested in it) is the same content, not an alternative.
      if ((id > top && id < N(top).end) || (top > id && top < N(id).end)) continue;
      alternatives.push_back(id);
    }
    if (alternatives.size() >= 3) {
      for (NodeId anc = N(top).parent; anc != kNoNode && !IsRootish(anc); anc = N(anc).parent) {
        int holds = 0;
        for (NodeId alt : alternatives) holds += (alt > anc && alt < N(anc).end) ? 1 : 0;
        if (holds >= 3) {
          top = anc;
          break;
        }
      }
    }
    double last = score[static_cast<size_t>(top)];
    const double floor = last / 3;
    for (NodeId anc = N(top).parent; anc != kNoNode && !IsRootish(anc); anc = N(anc).parent) {
      const size_t a = static_cast<size_t>(anc);
      if (!is_candidate[a]) continue;
      if (score[a] < floor) break;
      if (score[a] > last) {
        top = anc;
        break;
      }
      last = score[a];
    }
    return top;
  }

  // Prose: text of blocks that read like paragraphs (>= 40 bytes of own text, under a third
  // of it in links), summed per subtree. A winner that holds only a small part of the page's
  // prose is a fragment (an intro box, an author note, a cookie text that escaped pruning)
  // or one piece of an article split by the layout: widen it to the nearest ancestor that
  // holds most of the prose, as long as that ancestor is not mostly links.
  NodeId WidenToProse(NodeId top) const {
    std::vector<uint32_t> prose(n_, 0);
    for (size_t i = n_; i-- > 0;) {
      if (flags_[i] & kRemoved) continue;
      const uint32_t len = own_len_[i];
      if (len >= 40 && own_link_[i] * 3 < len) prose[i] += len - own_link_[i];
      const NodeId p = N(static_cast<NodeId>(i)).parent;
      if (p != kNoNode) prose[static_cast<size_t>(p)] += prose[i];
    }
    NodeId body = doc_.FindFirst("body");
    if (body == kNoNode) return top;
    const uint32_t total = prose[static_cast<size_t>(body)];
    constexpr double share = 0.6;
    if (total == 0 || prose[static_cast<size_t>(top)] >= share * total) return top;
    for (NodeId anc = N(top).parent; anc != kNoNode && !IsRootish(anc); anc = N(anc).parent) {
      if (LinkDensity(anc) > 0.35) break;
      if (prose[static_cast<size_t>(anc)] >= share * total) return anc;
    }
    return top;
  }

  // An <article> (or <main>) around the winner is the page's own statement of where the
  // article is: what it holds before the winner is the article's start (standfirst, lead, a
  // section scored apart). What follows the winner is more often related links, tags and
  // author boxes, so it is left to the sibling rules. kNoNode when there is no such
  // element, or it is mostly links, or another article comes before the winner in it.
  NodeId ArticleAround(NodeId top) const {
    NodeId article = kNoNode;
    for (NodeId anc = N(top).parent; anc != kNoNode && !IsRootish(anc); anc = N(anc).parent) {
      if ((N(anc).name == "article" || N(anc).name == "main") &&
          !(flags_[static_cast<size_t>(anc)] & kRemoved) &&
          LinkDensity(anc) <= kArticleMaxLinkDensity) {
        article = anc;  // the outermost one: the article's header may sit beside its body
      }
    }
    if (article == kNoNode) return kNoNode;
    // Another article before the winner: a listing, not the start of this article.
    for (NodeId i = article + 1; i < top; ++i) {
      if (N(i).name == "article" && text_len_[static_cast<size_t>(i)] > 0 && N(i).end <= top) {
        return kNoNode;
      }
    }
    return article;
  }

  std::vector<NodeId> SelectContent() {
    std::vector<double>& score = score_;
    std::vector<uint8_t>& is_candidate = is_candidate_;
    score.assign(n_, 0.0);
    is_candidate.assign(n_, 0);
    for (size_t i = 0; i < n_; ++i) {
      const DomNode& nd = N(static_cast<NodeId>(i));
      if (nd.kind != DomNode::Kind::kElement || (flags_[i] & kRemoved)) continue;
      if ((tags_[i] & kTagHeading) || nd.name == "li") continue;
      const uint32_t len = own_len_[i] - std::min(own_link_[i], own_len_[i]);
      if (len < 25) continue;
      const double s = 1.0 + own_commas_[i] + std::min(len / 100.0, 3.0);
      NodeId anc = nd.parent;
      for (int level = 0; level < 5 && anc != kNoNode; ++level, anc = N(anc).parent) {
        const size_t a = static_cast<size_t>(anc);
        if (!is_candidate[a]) {
          is_candidate[a] = 1;
          score[a] = BaseScore(doc_, anc);
        }
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        score[a] += s / divider;
      }
    }
    NodeId top = kNoNode;
    double top_score = 0;
    for (size_t i = 0; i < n_; ++i) {
      if (!is_candidate[i]) continue;
      score[i] *= 1.0 - LinkDensity(static_cast<NodeId>(i));
      if (top == kNoNode || score[i] > top_score) {
        top = static_cast<NodeId>(i);
        top_score = score[i];
      }
    }
    if (top == kNoNode) {
      const NodeId body = doc_.FindFirst("body");
      if (body != kNoNode) return {body};
      std::vector<NodeId> roots;
      for (size_t i = 0; i < n_; ++i) {
        if (N(static_cast<NodeId>(i)).parent == kNoNode) roots.push_back(static_cast<NodeId>(i));
      }
      return roots;
    }
    top = PromoteTop(top, score, is_candidate);
    top = WidenToProse(top);
    article_prefix_ = ArticleAround(top);
    top_ = top;
    if (!is_candidate[static_cast<size_t>(top)]) {
      is_candidate[static_cast<size_t>(top)] = 1;
      score[static_cast<size_t>(top)] = 0;
    }
    top_score = std::max(top_score, score[static_cast<size_t>(top)]);
    const NodeId parent = N(top).parent;
    if (parent == kNoNode || N(top).name == "body" || N(top).name == "html") return {top};

    // The top container plus siblings that look like more of the same article.
    const double threshold = std::max(10.0, top_score * 0.2);
    const std::string_view top_class = doc_.Attr(top, "class");
    std::vector<NodeId> selected;
    for (NodeId c = N(parent).first_child; c != kNoNode; c = N(c).next_sibling) {
      const size_t ci = static_cast<size_t>(c);
      if (flags_[ci] & kRemoved) continue;
      if (c == top) {
        selected.push_back(c);
        continue;
      }
      if (N(c).kind != DomNode::Kind::kElement) continue;
      double bonus = 0;
      if (!top_class.empty() && doc_.Attr(c, "class") == top_class) bonus = top_score * 0.2;
      if (is_candidate[ci] && score[ci] + bonus >= threshold) {
        selected.push_back(c);
        continue;
      }
      const uint32_t len = text_len_[ci];
      const double ld = LinkDensity(c);
      if (len > 80 && ld < 0.25) {
        selected.push_back(c);
      } else if (N(c).name == "p" && len > 0 && len <= 80 && ld == 0) {
        const std::string t = doc_.Text(c, 400);
        if (!t.empty() && (t.back() == '.' || t.find(". ") != std::string::npos)) {
          selected.push_back(c);
        }
      }
    }
    return selected;
  }

  // Emits the subtrees of `roots`, in order, preceded by the nodes in [prefix_begin, first
  // root) when prefix_begin is set.
  std::string Emit(const std::vector<NodeId>& roots, NodeId prefix_begin = kNoNode,
                   bool strict_siblings = false) {
    ParagraphBuilder b;
    std::vector<std::pair<NodeId, bool>> block_ends;  // (end, is heading)
    std::vector<std::pair<NodeId, NodeId>> ranges;
    if (prefix_begin != kNoNode && !roots.empty() && prefix_begin < roots.front()) {
      ranges.emplace_back(prefix_begin, roots.front());
    }
    for (NodeId root : roots) ranges.emplace_back(root, N(root).end);
    for (const auto& [root, stop] : ranges) {
      // Containers picked beside the winner get the same treatment as the prefix.
      b.SetStrict(root == prefix_begin || (strict_siblings && root != top_));
      NodeId i = root;
      while (i < stop) {
        while (!block_ends.empty() && i >= block_ends.back().first) {
          b.Flush(block_ends.back().second);
          block_ends.pop_back();
        }
        const DomNode& nd = N(i);
        const uint8_t f = F(i);
        if (f & kRemoved) {
          i = nd.end;
          continue;
        }
        if (nd.kind == DomNode::Kind::kText) {
          b.Append(nd.text, (f & kInPre) != 0, (f & kInLink) != 0, (f & kStrict) != 0,
                   (f & kInList) != 0);
        } else if (nd.name == "h1") {
          b.Flush();
          i = nd.end;  // the title, reported separately
          continue;
        } else if (nd.name == "br") {
          b.Break();
        } else if (tags_[static_cast<size_t>(i)] & kTagBlock) {
          b.Flush();
          if (nd.end > i + 1) {
            block_ends.emplace_back(nd.end, (tags_[static_cast<size_t>(i)] & kTagHeading) != 0);
          }
        }
        ++i;
      }
      while (!block_ends.empty()) {
        b.Flush(block_ends.back().second);
        block_ends.pop_back();
      }
      b.Flush();
    }
    std::string text = b.Join();
    // libxml2 hands out valid UTF-8 for valid input; this is insurance, not a conversion.
    if (!base::IsValidUtf8(text)) text = base::ToValidUtf8(text);
    return text;
  }

  const HtmlDocument& doc_;
  const bool relaxed_;
  const size_t n_;
  std::vector<uint8_t> flags_;
  std::vector<uint8_t> tags_;  // TagBits per element
  std::vector<NodeId> block_ancestor_;
  std::vector<uint32_t> text_len_, link_len_;  // non-space bytes in the subtree / in links
  std::vector<uint32_t> own_len_, own_link_, own_commas_;  // text whose nearest block is i
  std::vector<double> score_;            // container scores (SelectContent)
  std::vector<uint8_t> is_candidate_;    // whether score_[i] is a container score
  NodeId article_prefix_ = kNoNode;       // emitted from here up to the first root
  NodeId top_ = kNoNode;                  // the chosen container
};

}  // namespace

std::string ExtractBodyText(const HtmlDocument& doc) { return Extractor(doc).Run(); }

}  // namespace storyline::extract
