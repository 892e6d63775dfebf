#include "extract/html_dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <mutex>

#include "base/text.h"

namespace storyline::extract {
namespace {

// libxml2 reports some problems through its (per-thread) generic error handler even when the
// parser is told to be quiet; untrusted pages must not spam stderr.
void QuietGenericError(void*, const char*, ...) {}
void QuietStructuredError(void*, xmlErrorPtr) {}

void InitLibxmlOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(nullptr, QuietGenericError);
    xmlThrDefSetStructuredErrorFunc(nullptr, QuietStructuredError);
  });
  xmlSetGenericErrorFunc(nullptr, QuietGenericError);
  xmlSetStructuredErrorFunc(nullptr, QuietStructuredError);
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view Chars(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// Concatenates the text children of an attribute (HTML attributes hold one text node).
std::string AttrValue(const xmlAttr* a) {
  std::string v;
  for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) v += Chars(c->content);
  }
  return v;
}

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void AppendCollapsed(std::string& out, std::string_view text) {
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                       static_cast<unsigned char>(text[i + 1]) == 0xA0);
    // U+00AD (soft hyphen) only marks where a word may break: it is not text.
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xAD) {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      if (nbsp) ++i;
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    pending_space = false;
    out += c;
  }
  if (pending_space && !out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
}

HtmlDocument HtmlDocument::Parse(std::string_view utf8_html) {
  HtmlDocument result;
  if (utf8_html.empty()) return result;
  InitLibxmlOnce();
  const int size = utf8_html.size() > static_cast<size_t>(INT_MAX)
                       ? INT_MAX
                       : static_cast<int>(utf8_html.size());
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(utf8_html.data(), size, nullptr, "UTF-8", options));
  if (doc == nullptr) return result;

  auto& nodes = result.nodes_;
  nodes.reserve(utf8_html.size() / 32 + 16);  // typical markup density; avoids regrowth
  // Open elements (ids) and, for each level, the last child added so far (to link siblings).
  std::vector<NodeId> open;
  std::vector<NodeId> last_child{kNoNode};
  const xmlNode* cur = doc->children;
  while (cur != nullptr) {
    bool descend = false;
    if (cur->type == XML_ELEMENT_NODE || cur->type == XML_TEXT_NODE ||
        cur->type == XML_CDATA_SECTION_NODE) {
      const NodeId id = static_cast<NodeId>(nodes.size());
      DomNode& n = nodes.emplace_back();
      n.parent = open.empty() ? kNoNode : open.back();
      n.depth = static_cast<int32_t>(open.size());
      n.end = id + 1;
      if (last_child.back() != kNoNode) {
        nodes[static_cast<size_t>(last_child.back())].next_sibling = id;
      } else if (n.parent != kNoNode) {
        nodes[static_cast<size_t>(n.parent)].first_child = id;
      }
      last_child.back() = id;
      if (cur->type == XML_ELEMENT_NODE) {
        n.kind = DomNode::Kind::kElement;
        n.name = base::AsciiLower(Chars(cur->name));
        for (const xmlAttr* a = cur->properties; a != nullptr; a = a->next) {
          n.attributes.emplace_back(base::AsciiLower(Chars(a->name)), AttrValue(a));
        }
        if (cur->children != nullptr) {
          open.push_back(id);
          last_child.push_back(kNoNode);
          descend = true;
        }
      } else {
        n.kind = DomNode::Kind::kText;
        n.text = std::string(Chars(cur->content));
      }
    }
    if (descend) {
      cur = cur->children;
      continue;
    }
    // Advance to the next node in document order, closing finished elements on the way up.
    while (cur != nullptr && cur->next == nullptr) {
      cur = cur->parent;
      if (cur == nullptr || cur->type != XML_ELEMENT_NODE || open.empty()) {
        cur = nullptr;
        break;
      }
      nodes[static_cast<size_t>(open.back())].end = static_cast<NodeId>(nodes.size());
      open.pop_back();
      last_child.pop_back();
    }
    if (cur != nullptr) cur = cur->next;
  }
  for (NodeId id : open) nodes[static_cast<size_t>(id)].end = static_cast<NodeId>(nodes.size());
  return result;
}

bool HtmlDocument::IsElement(NodeId id, std::string_view tag) const {
  const DomNode& n = node(id);
  return n.kind == DomNode::Kind::kElement && n.name == tag;
}

std::string_view HtmlDocument::Attr(NodeId id, std::string_view name) const {
  for (const auto& [k, v] : node(id).attributes) {
    if (base::EqualsIgnoreCase(k, name)) return v;
  }
  return {};
}

bool HtmlDocument::HasAttr(NodeId id, std::string_view name) const {
  for (const auto& [k, v] : node(id).attributes) {
    if (base::EqualsIgnoreCase(k, name)) return true;
  }
  return false;
}

NodeId HtmlDocument::FindFirst(std::string_view tag) const {
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].kind == DomNode::Kind::kElement && nodes_[i].name == tag) {
      return static_cast<NodeId>(i);
    }
  }
  return kNoNode;
}

std::string HtmlDocument::Text(NodeId id, size_t max_bytes) const {
  std::string out;
  if (id < 0 || static_cast<size_t>(id) >= nodes_.size()) return out;
  for (NodeId i = id; i < node(id).end && out.size() < max_bytes; ++i) {
    const DomNode& n = node(i);
    if (n.kind == DomNode::Kind::kText) {
      AppendCollapsed(out, n.text);
    } else if (n.name == "br" || n.name == "p" || n.name == "div" || n.name == "li") {
      AppendCollapsed(out, " ");  // block boundaries separate words
    }
  }
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && IsUtf8Continuation(out[cut])) --cut;
    out.resize(cut);
  }
  return std::string(base::Trim(out));
}

std::string HtmlDocument::RawText(NodeId id, size_t max_bytes) const {
  std::string out;
  if (id < 0 || static_cast<size_t>(id) >= nodes_.size()) return out;
  for (NodeId i = id; i < node(id).end && out.size() < max_bytes; ++i) {
    if (node(i).kind == DomNode::Kind::kText) out += node(i).text;
  }
  if (out.size() > max_bytes) out.resize(max_bytes);
  return out;
}

}  // namespace storyline::extract
