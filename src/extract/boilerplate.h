#pragma once
// Boilerplate removal: reduces a parsed page to its article body text.
//
// Steps (all linear in the number of nodes, no recursion):
//  1. prune: <script>, <style>, <nav>, <header>, <footer>, <aside>, <form>, <iframe>, <svg>,
//     <figure> ... , hidden elements, and elements whose class/id/role name site chrome
//     ("nav", "share-bar", "cookie-notice", "comments", "related", "ad-slot", ...). A pruned-by-
//     cue element that holds more than half of the page's paragraph text is kept (some sites
//     wrap the whole page in <form> or give the article wrapper a "has-sidebar" class);
//     comment sections are always pruned. A <header> inside <article>/<main> is the
//     article's own header (standfirst, subtitle) and is kept; "widget" only lowers a score.
//  2. score: every block with at least 25 bytes of non-link text scores
//     1 + commas + min(length / 100, 3) for its parent (full), grandparent (half) and three
//     more ancestors (1/(3*level)); containers start from a tag prior and +-15 for positive
//     (article, body, content, story, ...) and negative class cues; the final score is
//     multiplied by (1 - link density).
//  3. select: the best container, promoted to a shared ancestor when three other candidates
//     score >= 3/4 of it or an ancestor outscores it (Readability.js), widened to the nearest
//     ancestor (link density <= 0.35) holding >= 60% of the page's prose when it holds less;
//     plus those of its siblings that look like article text (a body split across several
//     containers).
//  4. emit: each <p>, <h2>..<h6>, <li>, <blockquote>, <pre>, <div> ... block becomes one
//     paragraph; inline whitespace is collapsed; <br> is a newline (two in a row split the
//     paragraph); <h1> (the title) is skipped; short paragraphs that are mostly links and lone
//     "Advertisement" labels are dropped.
#include <string>

#include "extract/html_dom.h"

namespace storyline::extract {

// The article body: paragraphs separated by "\n\n", no leading/trailing whitespace, no
// paragraph empty. "" when the page has no text worth keeping.
std::string ExtractBodyText(const HtmlDocument& doc);

}  // namespace storyline::extract
