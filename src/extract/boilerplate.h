#pragma once
// Boilerplate removal: reduces a parsed page to its article body text.
//
// Steps (all linear in the number of nodes, no recursion):
//  1. prune: <script>, <style>, <nav>, <header>, <footer>, <aside>, <form>, <iframe>, <svg>,
//     <figure>, <noscript>, ruby readings (<rt>, <rp>) ..., hidden elements, and elements
//     whose class/id/role name site chrome ("nav", "share-bar", "cookie-notice", "comments",
//     "related", "ad-slot", "dialog", ...). A pruned-by-cue element that holds more than half
//     of the page's paragraph text, or the page's <main>, is kept (some sites wrap the whole
//     page in <form> or in "dialog-off-canvas" or give the article wrapper a "has-sidebar"
//     class); comment sections are always pruned, and so are overlays ("cookie-consent",
//     "login", "modal", role="dialog") when the page has >= 300 bytes of paragraph text
//     outside them. A heading's id is an anchor slug, not a cue. A negative word only in a
//     BEM modifier ("Section--Ads") prunes only blocks without a paragraph of >= 120 bytes.
//     Boxes about the article (ratings, disclosures, fact/info boxes, post metadata, teaser
//     lists) are chrome too. A header (tag or "header" class) inside <article>/<main>, or
//     around the <h1>, without navigation, is the article's own header (standfirst,
//     subtitle) and is kept, strictly (see 4);
//     "widget" only lowers a score.
//  2. score: every block with at least 25 bytes of non-link text scores
//     1 + commas + min(length / 100, 3) for its parent (full), grandparent (half) and three
//     more ancestors (1/(3*level)); containers start from a tag prior and +-15 for positive
//     (article, body, content, story, ...) and negative class cues; the final score is
//     multiplied by (1 - link density).
//  3. select: the best container, promoted to a shared ancestor when three other candidates
//     score >= 3/4 of it or an ancestor outscores it (Readability.js), widened to the nearest
//     ancestor (link density <= 0.35) holding >= 60% of the page's prose when it holds less;
//     plus those of its siblings that look like article text (a body split across several
//     containers); plus, when it sits in an <article>/<main> (the outermost one with link
//     density <= 0.25 and no other article before it), everything there before it (the
//     standfirst and lead that the layout put apart).
//  4. emit: each <p>, <h2>..<h6>, <li>, <blockquote>, <pre>, <div> ... block becomes one
//     paragraph; inline whitespace is collapsed; <br> is a newline (two in a row split the
//     paragraph); <h1> (the title) is skipped; short paragraphs that are mostly links and lone
//     "Advertisement" labels are dropped, and so is a short label (a heading, or a line not
//     ending in . ! ?) right before such link lines, and a short line of digits and
//     punctuation alone ("23.10.2018", "19:49") outside lists and tables. Strictly emitted
//     text (the article's header, what comes before the chosen container, the siblings
//     picked beside it) also loses short
//     lines (< 80 bytes) that are neither headings nor sentences: datelines, bylines,
//     credits. So do such lines after the last prose paragraph (>= 200 bytes) and among the
//     first three before the first one, unless they are list items, table cells or code.
//  A body under 200 non-space bytes is retried with comment sections kept (forum threads,
//  Q&A pages), and the retry wins when it is much longer.
#include <string>

#include "extract/html_dom.h"

namespace storyline::extract {

// The article body: paragraphs separated by "\n\n", no leading/trailing whitespace, no
// paragraph empty. "" when the page has no text worth keeping.
std::string ExtractBodyText(const HtmlDocument& doc);

}  // namespace storyline::extract
