#include "extract/html_dom.h"

#include <gtest/gtest.h>

namespace storyline::extract {
namespace {

TEST(HtmlDomTest, BuildsPreOrderTree) {
  HtmlDocument doc = HtmlDocument::Parse(
      "<HTML><body><DIV Class=\"a\" id=x>one <b>two</b></div><p>three</body></html>");
  const NodeId div = doc.FindFirst("div");
  ASSERT_NE(div, kNoNode);
  EXPECT_EQ(doc.Attr(div, "class"), "a");
  EXPECT_EQ(doc.Attr(div, "ID"), "x");
  EXPECT_EQ(doc.Attr(div, "missing"), "");
  EXPECT_EQ(doc.Text(div), "one two");
  const NodeId body = doc.FindFirst("body");
  EXPECT_EQ(doc.Text(body), "one two three");
  // Subtree ranges and parents.
  for (size_t i = 0; i < doc.size(); ++i) {
    const DomNode& n = doc.node(static_cast<NodeId>(i));
    EXPECT_GT(n.end, static_cast<NodeId>(i));
    if (n.parent != kNoNode) {
      EXPECT_LT(n.parent, static_cast<NodeId>(i));
      EXPECT_LE(n.end, doc.node(n.parent).end);
      EXPECT_EQ(n.depth, doc.node(n.parent).depth + 1);
    }
  }
  const NodeId b = doc.FindFirst("b");
  EXPECT_EQ(doc.node(b).parent, div);
  EXPECT_EQ(doc.node(doc.node(div).first_child).text, "one ");
  EXPECT_EQ(doc.node(doc.node(div).first_child).next_sibling, b);
}

TEST(HtmlDomTest, ScriptKeepsRawText) {
  HtmlDocument doc =
      HtmlDocument::Parse("<script>if (a < b) { s = '</div>'; }</script><p>after</p>");
  const NodeId script = doc.FindFirst("script");
  ASSERT_NE(script, kNoNode);
  EXPECT_EQ(doc.RawText(script), "if (a < b) { s = '</div>'; }");
  EXPECT_NE(doc.FindFirst("p"), kNoNode);
}

TEST(HtmlDomTest, EntitiesAndNbspCollapse) {
  HtmlDocument doc = HtmlDocument::Parse("<p>caf&eacute;&nbsp;&amp;&#160; bar&#x2019;s</p>");
  EXPECT_EQ(doc.Text(doc.FindFirst("p")), "caf\u00e9 & bar\u2019s");
}

TEST(HtmlDomTest, EmptyAndGarbage) {
  EXPECT_TRUE(HtmlDocument::Parse("").empty());
  HtmlDocument doc = HtmlDocument::Parse(std::string("\0\0<<<>>>&&&\xFF", 12));
  for (size_t i = 0; i < doc.size(); ++i) EXPECT_GE(doc.node(static_cast<NodeId>(i)).end, 0);
}

TEST(HtmlDomTest, AppendCollapsed) {
  std::string out;
  AppendCollapsed(out, "  a \n\t b  ");
  AppendCollapsed(out, " c");
  EXPECT_EQ(out, "a b c");
  // Soft hyphens (U+00AD) only mark possible breaks: "Wasser\xADstoff" is "Wasserstoff".
  std::string word;
  AppendCollapsed(word, "Wasser\xC2\xADstoff\xC2\xAD \xC2\xADnetz");
  EXPECT_EQ(word, "Wasserstoff netz");
}

}  // namespace
}  // namespace storyline::extract
