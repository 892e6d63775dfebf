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
};

bool OneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// Elements whose content is never article text.
bool IsHardDropTag(std::string_view t) {
  return OneOf(t, {"script",   "style",    "noscript", "iframe", "svg",       "template", "object",
                   "embed",    "canvas",   "video",    "audio",  "picture",   "img",      "map",
                   "head",     "title",    "meta",     "link",   "button",    "select",   "input",
                   "textarea", "option",   "dialog",   "math",   "frameset",  "frame",    "applet",
                   "noembed",  "noframes", "source",   "track",  "figcaption"});
}

// Site-chrome elements: pruned unless they hold most of the page's paragraph text.
bool IsChromeTag(std::string_view t) {
  return OneOf(t, {"nav", "header", "footer", "aside", "form", "figure", "menu"});
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
enum class Cue { kNone, kWeakNegative, kNegative, kAlwaysNegative, kPositive };

// Classifies one token. Comment sections are "always negative": readers' comments can
// outweigh a short article, so the more-than-half-the-text guard must not save them.
Cue TokenCue(std::string_view t) {
  if (OneOf(t,
            {"comment", "comments", "commentlist", "commentform", "commenting", "usercomments"}) ||
      StartsWith(t, "disqus")) {
    return Cue::kAlwaysNegative;
  }
  if (OneOf(t, {"nav",         "navbar",      "navigation",    "menu",      "menubar",
                "footer",      "header",      "masthead",      "sidebar",   "aside",
                "share",       "sharing",     "social",        "related",   "promo",
                "promotion",   "advert",      "advertisement", "ad",        "ads",
                "adv",         "sponsor",     "sponsored",     "cookie",    "cookies",
                "consent",     "gdpr",        "newsletter",    "subscribe", "subscription",
                "breadcrumb",  "breadcrumbs", "popup",         "modal",     "banner",
                "outbrain",    "taboola",       "signup",    "login",
                "pagination",  "pager",       "toolbar",       "tags",      "byline",
                "author",      "meta",        "caption",       "credit",    "credits",
                "recommended", "trending",    "skip",          "print",     "timestamp"})) {
    return Cue::kNegative;
  }
  if (t == "widget") return Cue::kWeakNegative;
  if (StartsWith(t, "share") || StartsWith(t, "social") || StartsWith(t, "advert") ||
      StartsWith(t, "sponsor") || StartsWith(t, "newsletter") || StartsWith(t, "cookie") ||
      StartsWith(t, "breadcrumb") || StartsWith(t, "related") || StartsWith(t, "promo") ||
      StartsWith(t, "subscri") || StartsWith(t, "sidebar") || StartsWith(t, "footer") ||
      StartsWith(t, "navbar") || StartsWith(t, "popup") || StartsWith(t, "outbrain") ||
      StartsWith(t, "taboola") || StartsWith(t, "recommend") ||
      StartsWith(t, "recirculation") || StartsWith(t, "authorbox")) {
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
  bool always_negative = false;
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
  for (std::string_view attr : {std::string_view("class"), std::string_view("id")}) {
    for (const std::string& t : CueTokens(doc.Attr(id, attr))) {
      switch (TokenCue(t)) {
        case Cue::kAlwaysNegative:
          cues.always_negative = true;
          [[fallthrough]];
        case Cue::kNegative:
          cues.negative = true;
          break;
        case Cue::kPositive:
          cues.positive = true;
          break;
        case Cue::kWeakNegative:
          cues.weak_negative = true;
          break;
        case Cue::kNone:
          break;
      }
    }
  }
  const std::string role = base::AsciiLower(doc.Attr(id, "role"));
  if (OneOf(role, {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
                   "search", "menu", "menubar"})) {
    cues.negative = true;
  }
  if (role == "main" || role == "article") cues.positive = true;
  if (base::EqualsIgnoreCase(doc.Attr(id, "itemprop"), "articleBody")) cues.positive = true;
  return cues;
}

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
  if (cues.negative || cues.weak_negative) s -= kCueWeight;
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

// Accumulates the text of one paragraph at a time.
class ParagraphBuilder {
 public:
  void Append(std::string_view text, bool pre, bool link) {
    const size_t before = cur_.size();
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
    cur_.clear();
    link_bytes_ = 0;
    pre_ = false;
    if (total == 0) return;
    const bool has_word = std::any_of(trimmed.begin(), trimmed.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!has_word) return;
    // Short paragraphs that are mostly links: "Read more: ...", related-story lists.
    if (link * 2 > total && total - link < 100) return;
    if (IsBoilerplateLabel(trimmed)) return;
    paragraphs_.push_back({std::string(trimmed), heading});
  }

  std::string Join() {
    // A heading with nothing after it introduced a section that was pruned away.
    while (!paragraphs_.empty() && paragraphs_.back().heading) paragraphs_.pop_back();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p.text;
    }
    return out;
  }

  bool empty() const { return paragraphs_.empty(); }

 private:
  struct Paragraph {
    std::string text;
    bool heading;
  };
  std::string cur_;
  size_t link_bytes_ = 0;
  bool pre_ = false;  // the paragraph holds <pre> text
  std::vector<Paragraph> paragraphs_;
};

class Extractor {
 public:
  explicit Extractor(const HtmlDocument& doc)
      : doc_(doc),
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
    Prune();
    Measure();
    std::vector<NodeId> roots = SelectContent();
    std::string text = Emit(roots);
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

 private:
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
        f = flags_[p] & (kInLink | kInPara | kHardDrop | kInPre | kInMain);
        block_ancestor_[i] = (tags_[p] & kTagBlock) ? nd.parent : block_ancestor_[p];
      }
      if (nd.kind == DomNode::Kind::kElement) {
        if (nd.name == "a") f |= kInLink;
        if (nd.name == "p") f |= kInPara;
        if (nd.name == "pre") f |= kInPre;
        if (nd.name == "article" || nd.name == "main") f |= kInMain;
        if (tags_[i] & kTagHardDrop) f |= kHardDrop;
      }
      flags_[i] = f;
    }
    // Backward: paragraph text per subtree, for the "holds most of the text" guard.
    std::vector<uint32_t> para_text(n_, 0);
    uint64_t total = 0;
    for (size_t i = n_; i-- > 0;) {
      const DomNode& nd = N(static_cast<NodeId>(i));
      if (nd.kind == DomNode::Kind::kText && (flags_[i] & kInPara) &&
          !(flags_[i] & (kHardDrop | kInLink))) {
        para_text[i] = NonSpaceBytes(nd.text);
      }
      if (nd.parent != kNoNode) {
        para_text[static_cast<size_t>(nd.parent)] += para_text[i];
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
      if (!removed && nd.kind == DomNode::Kind::kElement && !(tags_[i] & kTagProtected)) {
        const ElementCues cues = CuesOf(doc_, id);
        // A <header> inside <article>/<main> holds the article's standfirst and subtitle;
        // its <h1> is still skipped at emission (the title is reported separately).
        const bool own_header = nd.name == "header" && (flags_[i] & kInMain);
        const bool chrome =
            ((tags_[i] & kTagChrome) && !own_header) || IsHidden(doc_, id) || cues.negative;
        const bool holds_most_text = para_text[i] * 2 > total && total > 0;
        if (cues.always_negative || (chrome && !holds_most_text)) removed = true;
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

  std::vector<NodeId> SelectContent() {
    std::vector<double> score(n_, 0.0);
    std::vector<uint8_t> is_candidate(n_, 0);
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

  std::string Emit(const std::vector<NodeId>& roots) {
    ParagraphBuilder b;
    std::vector<std::pair<NodeId, bool>> block_ends;  // (end, is heading)
    for (NodeId root : roots) {
      const NodeId stop = N(root).end;
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
          b.Append(nd.text, (f & kInPre) != 0, (f & kInLink) != 0);
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
  const size_t n_;
  std::vector<uint8_t> flags_;
  std::vector<uint8_t> tags_;  // TagBits per element
  std::vector<NodeId> block_ancestor_;
  std::vector<uint32_t> text_len_, link_len_;  // non-space bytes in the subtree / in links
  std::vector<uint32_t> own_len_, own_link_, own_commas_;  // text whose nearest block is i
};

}  // namespace

std::string ExtractBodyText(const HtmlDocument& doc) { return Extractor(doc).Run(); }

}  // namespace storyline::extract
