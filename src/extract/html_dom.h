#pragma once
// A small, owned, read-only HTML tree: the only place in the project that talks to libxml2's
// HTML parser. The rest of the extract stage walks this tree and never includes libxml headers.
//
// Nodes are stored flat in document (pre-)order, so that
//   * a node's parent has a smaller id than the node,
//   * the subtree of node i is exactly the id range [i, node(i).end),
// which lets callers walk any subtree, or aggregate bottom-up, with plain loops (no recursion:
// pages may nest thousands of levels deep).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace storyline::extract {

using NodeId = int32_t;
inline constexpr NodeId kNoNode = -1;

struct DomNode {
  enum class Kind : uint8_t { kElement, kText };
  Kind kind = Kind::kElement;
  NodeId parent = kNoNode;
  NodeId next_sibling = kNoNode;
  NodeId first_child = kNoNode;
  NodeId end = 0;     // one past the last node of this node's subtree
  int32_t depth = 0;  // 0 for top-level nodes
  std::string name;   // elements: lowercase tag name ("div"); text nodes: empty
  std::string text;   // text nodes: the decoded UTF-8 text; elements: empty
  std::vector<std::pair<std::string, std::string>> attributes;  // names lowercase
};

class HtmlDocument {
 public:
  // Parses UTF-8 HTML leniently (unclosed tags, garbage and NUL bytes are fine). Never fails:
  // unparseable input yields an empty document. Comments, processing instructions and the
  // doctype are not kept. Thread-safe (libxml2 is initialised once).
  static HtmlDocument Parse(std::string_view utf8_html);

  size_t size() const { return nodes_.size(); }
  bool empty() const { return nodes_.empty(); }
  const DomNode& node(NodeId id) const { return nodes_[static_cast<size_t>(id)]; }
  const std::vector<DomNode>& nodes() const { return nodes_; }

  bool IsElement(NodeId id, std::string_view tag) const;
  // The attribute's value, or "" when absent (names are matched case-insensitively).
  std::string_view Attr(NodeId id, std::string_view name) const;
  bool HasAttr(NodeId id, std::string_view name) const;
  // The first element with this (lowercase) tag name in document order, or kNoNode.
  NodeId FindFirst(std::string_view tag) const;
  // The text of the subtree with runs of whitespace collapsed to one space and trimmed,
  // truncated to about max_bytes (on a UTF-8 boundary).
  std::string Text(NodeId id, size_t max_bytes = 1 << 20) const;
  // Concatenated raw text of the subtree (for <script> bodies), truncated to max_bytes.
  std::string RawText(NodeId id, size_t max_bytes = 1 << 22) const;

 private:
  std::vector<DomNode> nodes_;
};

// Appends `text` to `out` collapsing whitespace (ASCII whitespace and U+00A0 become a single
// space; no leading space when `out` is empty or already ends in whitespace). Soft hyphens
// (U+00AD) are dropped.
void AppendCollapsed(std::string& out, std::string_view text);

}  // namespace storyline::extract
