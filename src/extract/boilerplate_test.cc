#include "extract/boilerplate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/html_dom.h"

namespace storyline::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Body(const std::string& html) { return ExtractBodyText(HtmlDocument::Parse(html)); }

const char kPara1[] =
    "The regional council approved the new tram line on Tuesday, after a debate that lasted "
    "well into the evening, and construction is expected to begin next year.";
const char kPara2[] =
    "Opponents argued that the cost, estimated at 400 million, would strain the budget for "
    "schools, roads and hospitals, but the motion passed by 31 votes to 12.";
const char kPara3[] =
    "The first trams are due to run in 2027, the transport department said, connecting the "
    "university, the main station and the new housing district in the north.";

std::string Wrap(const std::string& inner) { return "<html><body>" + inner + "</body></html>"; }

std::string P(const char* s) { return std::string("<p>") + s + "</p>"; }

// Each case: a page layout, the boilerplate text that must not survive.
struct LayoutCase {
  const char* name;
  std::string html;
  const char* boilerplate;
};

TEST(BoilerplateTest, RemovesChromeKeepsArticle) {
  const std::string article = P(kPara1) + P(kPara2) + P(kPara3);
  const LayoutCase cases[] = {
      {"nav",
       Wrap("<nav><a href=/>Home</a> <a href=/news>News</a></nav><article>" + article +
            "</article>"),
       "Home"},
      {"share bar",
       Wrap("<article><div class=\"share-buttons\">Share this on your feeds, "
            "tell your friends, spread it far and wide today</div>" +
            article + "</article>"),
       "Share this"},
      {"cookie notice",
       Wrap("<div id=\"cookieConsent\"><p>We use cookies on this site to "
            "give you the best possible experience, okay?</p></div>"
            "<div class=\"content\">" +
            article + "</div>"),
       "cookies"},
      {"ad in the middle",
       Wrap("<div class=\"story-body\">" + P(kPara1) +
            "<div class=\"ad-container\"><p>Luxury watches at half "
            "price, only this week, order now, limited stock.</p></div>" +
            P(kPara2) + P(kPara3) + "</div>"),
       "Luxury watches"},
      {"related links",
       Wrap("<div class=\"article\">" + article +
            "<ul class=\"more-stories\"><li><a href=/1>Bus strike called off "
            "after talks</a></li><li><a href=/2>Harbour festival dates "
            "announced</a></li></ul></div>"),
       "Bus strike"},
      {"comments",
       Wrap("<article>" + article +
            "</article><div id=\"comments\"><p>I think "
            "this tram is a waste of money, and the council knows it, honestly, "
            "what a joke.</p></div>"),
       "waste of money"},
      {"newsletter",
       Wrap("<article>" + article +
            "<div class=\"newsletter-box\"><p>Sign up "
            "for our morning briefing, delivered daily, free of charge, "
            "forever.</p></div></article>"),
       "morning briefing"},
      {"sidebar with text",
       Wrap("<div class=\"layout\"><div class=\"main\">" + article +
            "</div><div class=\"sidebar\"><p>About us: we are a small, "
            "independent, reader-funded newsroom, since 1990.</p></div>"
            "</div>"),
       "About us"},
      {"footer",
       Wrap("<article>" + article +
            "</article><footer><p>Copyright 2024, "
            "Example Media Group, all rights reserved, no reuse.</p></footer>"),
       "Copyright"},
      {"figure caption",
       Wrap("<article>" + P(kPara1) +
            "<figure><img src=a.jpg><figcaption>"
            "Councillors during the vote, in the main hall.</figcaption>"
            "</figure>" +
            P(kPara2) + P(kPara3) + "</article>"),
       "Councillors during"},
      {"read more link",
       Wrap("<article>" + P(kPara1) +
            "<p>Read more: <a href=/x>Tram "
            "history in ten pictures</a></p>" +
            P(kPara2) + P(kPara3) + "</article>"),
       "Tram history"},
      {"popup dialog",
       Wrap("<div class=\"content\">" + article +
            "</div><div class=\"dialog__scroll\"><p>Privacy policy: this site, like any "
            "other, records some information about you, your device, your visit.</p></div>"),
       "Privacy policy"},
      {"advertisement label",
       Wrap("<article>" + P(kPara1) + "<p>Advertisement</p>" + P(kPara2) + P(kPara3) +
            "</article>"),
       "Advertisement"},
  };
  for (const LayoutCase& c : cases) {
    const std::string text = Body(c.html);
    EXPECT_EQ(text, std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + kPara3) << c.name;
    EXPECT_THAT(text, Not(HasSubstr(c.boilerplate))) << c.name;
  }
}

TEST(BoilerplateTest, BodySplitAcrossContainers) {
  const std::string html =
      Wrap("<div id=\"wrap\"><div class=\"article-text\">" + P(kPara1) + P(kPara2) +
           "</div><div class=\"inline-promo\"><a href=/s>Subscribe now</a></div>"
           "<div class=\"article-text\">" +
           P(kPara3) + "</div></div>");
  EXPECT_EQ(Body(html), std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + kPara3);
}

TEST(BoilerplateTest, ArticleHeaderAndTitleAreNotBody) {
  const std::string html = Wrap(
      "<article><header><h1>Tram line approved</h1><p class=\"byline\">"
      "By Ana Ruiz</p></header><h1>Tram line approved</h1>" +
      P(kPara1) + P(kPara2) + "</article>");
  EXPECT_EQ(Body(html), std::string(kPara1) + "\n\n" + kPara2);
}

TEST(BoilerplateTest, WholePageInsideFormIsKept) {
  // Some CMSs wrap the whole page in one <form>: the guard keeps it.
  const std::string html = Wrap("<form id=\"aspnetForm\"><div class=\"content\">" + P(kPara1) +
                                P(kPara2) + P(kPara3) + "</div></form>");
  EXPECT_EQ(Body(html), std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + kPara3);
}

TEST(BoilerplateTest, DoubleBrSplitsParagraphsAndPreKeepsLines) {
  EXPECT_EQ(Body("<div>First part of the text, long enough.<br><br>Second part<br>with a "
                 "line break.</div>"),
            "First part of the text, long enough.\n\nSecond part\nwith a line break.");
  EXPECT_EQ(Body("<article><p>Here is the code, as published by the agency:</p>"
                 "<pre>line one\n  indented\n\n\nlast</pre></article>"),
            "Here is the code, as published by the agency:\n\nline one\n  indented\nlast");
}

TEST(BoilerplateTest, HeadingsInsideArticleAreParagraphsTrailingOnesDropped) {
  const std::string html = Wrap("<article>" + P(kPara1) + "<h2>Costs</h2>" + P(kPara2) +
                                "<h3>More on this story</h3><ul><li><a href=/a>Link one "
                                "here</a></li></ul></article>");
  EXPECT_EQ(Body(html), std::string(kPara1) + "\n\nCosts\n\n" + kPara2);
}

TEST(BoilerplateTest, EmptyDocument) {
  EXPECT_EQ(Body(""), "");
  EXPECT_EQ(Body("<html><body></body></html>"), "");
  EXPECT_EQ(Body("<script>only()</script><style>p{}</style>"), "");
}

// Rules added for issue 3; each page is a small fictional layout.
const char kPara4[] =
    "Residents living along the planned route will be offered noise protection, and the "
    "council promised to publish the final timetable, with all stops, before the summer.";
const char kPara5[] =
    "A public meeting on the detailed plans is scheduled for next month in the town hall, "
    "where engineers, planners and the mayor will answer questions from the audience.";

TEST(BoilerplateTest, KeepsStandfirstInArticleHeader) {
  const std::string html = Wrap(
      "<header class=\"site\"><p>Welcome to the Northtown Gazette, your local paper since "
      "1901, serving readers every day.</p></header><article><header><h1>Tram line "
      "approved</h1><p>Councillors back the tram, construction starts next year.</p></header>" +
      P(kPara1) + P(kPara2) + P(kPara3) + "</article>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr("Councillors back the tram, construction starts next year."));
  EXPECT_THAT(body, Not(HasSubstr("Tram line approved")));  // the title is reported separately
  EXPECT_THAT(body, Not(HasSubstr("Welcome to the Northtown")));  // the site header still goes
  EXPECT_THAT(body, HasSubstr(kPara3));
}

TEST(BoilerplateTest, WidgetContainersAreNotPruned) {
  // Blog engines and page builders wrap the post itself in "widget" containers.
  const std::string html =
      Wrap("<div class=\"widget Blog\"><div class=\"post-body\">" + P(kPara1) + P(kPara2) +
           P(kPara3) + "</div></div><div class=\"widget-area sidebar\"><p>Archive: January, "
           "February, March, April and May of this year.</p></div><div class=\"comments\">" +
           P(kPara4) + P(kPara5) + P(kPara2) + P(kPara1) + "</div>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr(kPara1));
  EXPECT_THAT(body, HasSubstr(kPara3));
  EXPECT_THAT(body, Not(HasSubstr("Archive")));
}

TEST(BoilerplateTest, ArticleSplitAcrossContainersIsKeptWhole) {
  // The layout cuts the body into blocks around an image and a quote box; each block is its
  // own container, so no single one holds the article.
  const std::string html = Wrap(
      "<div class=\"page\"><div class=\"col\"><div class=\"text-block\">" + P(kPara1) +
      P(kPara2) + "</div></div><div class=\"col\"><div class=\"text-block\">" + P(kPara3) +
      "</div></div><div class=\"col\"><div class=\"text-block\">" + P(kPara4) + P(kPara5) +
      "</div></div></div><div class=\"links\"><a href=/a>Weather</a> <a href=/b>Sport</a> "
      "<a href=/c>Jobs</a></div>");
  const std::string body = Body(html);
  for (const char* p : {kPara1, kPara2, kPara3, kPara4, kPara5}) EXPECT_THAT(body, HasSubstr(p));
  EXPECT_THAT(body, Not(HasSubstr("Weather")));
}

TEST(BoilerplateTest, ShortBoxNamedContentDoesNotBeatTheArticle) {
  // A class cue decides between similar containers; it must not let a one-paragraph box
  // (an author note, a notice) outrun an article whose container has no telling class.
  const std::string html =
      Wrap("<div><div class=\"content-note\"><p>Our newsroom is funded by readers like you, "
           "thank you for your support.</p></div></div><div id=\"x1\">" +
           P(kPara1) + P(kPara2) + P(kPara3) + P(kPara4) + P(kPara5) + "</div>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr(kPara1));
  EXPECT_THAT(body, HasSubstr(kPara5));
}

TEST(BoilerplateTest, AuthorBoxAndRecirculationAreDropped) {
  const std::string html =
      Wrap("<article><div class=\"body\">" + P(kPara1) + P(kPara2) + P(kPara3) +
           "</div><div class=\"authorbox\"><p>Jane Roe has covered transport for the Gazette "
           "since 2015, and before that, city politics, courts and the regional elections for "
           "the evening edition.</p></div><div class=\"recirculation-box\"><p>More stories on "
           "trams, buses and the new ring road, all in one place for you, updated every single "
           "day by our transport desk.</p></div></article>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr(kPara3));
  EXPECT_THAT(body, Not(HasSubstr("Jane Roe")));
  EXPECT_THAT(body, Not(HasSubstr("More stories")));
}

TEST(BoilerplateTest, LongConsentBoxDoesNotHideAShortArticle) {
  // The consent dialog holds more paragraph text than the article: it still goes.
  const std::string consent =
      "<p>We use cookies to remember your settings, to measure how the site is used and to "
      "show you offers that match your interests, and our partners may do the same.</p>"
      "<p>Strictly necessary cookies keep the site working: they store your login, your "
      "basket and your privacy choices, and they cannot be switched off in our systems.</p>"
      "<p>Statistics cookies count visits and sources of traffic, so that we can measure and "
      "improve the performance of the pages you read most often on this site.</p>";
  const std::string html =
      Wrap("<div class=\"cookie-consent-wrap\"><div class=\"tabs\">" + consent +
           "</div></div><article>" + P(kPara1) + P(kPara2) + P(kPara3) + "</article>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr(kPara1));
  EXPECT_THAT(body, HasSubstr(kPara2));
  EXPECT_THAT(body, Not(HasSubstr("cookies")));
}

TEST(BoilerplateTest, PageWrapperNamedLikeAnOverlayIsKept) {
  // Whole-page wrappers with overlay words in their names ("dialog-off-canvas", "gdpr" asset
  // managers) leave no text outside them: they are not pruned.
  for (const char* cls : {"dialog-off-canvas-main-canvas", "wp-asset-manager gdpr",
                          "box article modal-enabled"}) {
    const std::string html = Wrap(std::string("<div class=\"") + cls + "\"><div>" + P(kPara1) +
                                  P(kPara2) + P(kPara3) + "</div></div>");
    const std::string body = Body(html);
    EXPECT_THAT(body, HasSubstr(kPara1)) << cls;
    EXPECT_THAT(body, HasSubstr(kPara3)) << cls;
  }
}

TEST(BoilerplateTest, LabelBeforeALinkListGoesWithIt) {
  // Table: what sits between the article's paragraphs and its end; whether it is kept.
  struct Case {
    const char* between;
    const char* label;
    bool kept;
  };
  const Case cases[] = {
      {"<h3>More on this topic</h3><p><a href=\"/a\">Tram strike ends</a></p>",
       "More on this topic", false},
      {"<p>Also interesting:</p><p><a href=\"/b\">Bus lanes on Main Street</a></p>",
       "Also interesting:", false},
      // A section heading followed by prose stays.
      {"<h3>What happens next</h3><p>The tender opens in spring, the council said.</p>",
       "What happens next", true},
      // A sentence before a link stays.
      {"<p>The full report is online.</p><p><a href=\"/c\">Read the report</a></p>",
       "The full report is online.", true},
  };
  for (const Case& c : cases) {
    const std::string html =
        Wrap("<article>" + P(kPara1) + P(kPara2) + c.between + P(kPara3) + "</article>");
    const std::string body = Body(html);
    EXPECT_THAT(body, HasSubstr(kPara3)) << c.label;
    if (c.kept) {
      EXPECT_THAT(body, HasSubstr(c.label));
    } else {
      EXPECT_THAT(body, Not(HasSubstr(c.label)));
    }
  }
}

TEST(BoilerplateTest, BoxesAboutTheArticleAreDropped) {
  // Table: a box inside the article's body, named by its class; its text must not survive.
  struct Case {
    const char* cls;
    const char* text;
  };
  const Case cases[] = {
      {"post-ratings", "Was this article useful? Rate it with one to five stars below now."},
      {"editorial-disclosure", "This page contains links to partners who pay us a small fee."},
      {"art-ins factbox", "Trams in numbers: forty stops, twelve kilometres, two depots in all."},
      {"postmetadata", "Filed under Transport on Monday by the editors, with nine replies."},
      {"affiliate-text", "We earn money when you buy a ticket through the links on this page."},
      {"Teasers Teasers--3columns", "More stories from the city desk for you to read right now."},
  };
  for (const Case& c : cases) {
    const std::string html = Wrap("<article><div class=\"body\">" + P(kPara1) + P(kPara2) +
                                  "<div class=\"" + c.cls + "\"><p>" + c.text + "</p></div>" +
                                  P(kPara3) + "</div></article>");
    const std::string body = Body(html);
    EXPECT_THAT(body, HasSubstr(kPara3)) << c.cls;
    EXPECT_THAT(body, Not(HasSubstr(c.text))) << c.cls;
  }
}

TEST(BoilerplateTest, BareDateLinesGoNumbersInTablesStay) {
  const std::string html =
      // Between paragraphs, where the rules for the article's head and tail do not reach.
      Wrap("<article>" + P(kPara1) + "<p>23.10.2018</p><p>19:49</p>" + P(kPara2) +
           "<table><tr><td>Fare</td><td>2,40</td></tr></table>" + P(kPara3) + "</article>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr(kPara1));
  EXPECT_THAT(body, Not(HasSubstr("23.10.2018")));
  EXPECT_THAT(body, Not(HasSubstr("19:49")));
  EXPECT_THAT(body, HasSubstr("2,40"));
}

TEST(BoilerplateTest, HeadingIdIsAnAnchorNotACue) {
  // "nav_..." and "share-..." ids are anchor slugs of the heading's own words.
  const std::string html = Wrap("<article>" + P(kPara1) +
                                "<h3 id=\"nav_what_the_tram_costs__1\">What the tram costs</h3>" +
                                P(kPara2) + "<h3 id=\"share-your-view\">Share your view</h3>" +
                                P(kPara3) + "</article>");
  const std::string body = Body(html);
  EXPECT_THAT(body, HasSubstr("What the tram costs\n\n"));
  EXPECT_THAT(body, HasSubstr("Share your view\n\n"));
}

// Pages from testdata/ (fictional), for rules added to raise accuracy on real sites.
std::string PageBody(const std::string& name) {
  std::ifstream in(std::string(STORYLINE_EXTRACT_TESTDATA) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_FALSE(ss.str().empty()) << name;
  return Body(ss.str());
}

TEST(BoilerplateTest, PageNestedInStrayNoscriptIsRead) {
  // "<noscript><div></noscript>" puts the rest of the page inside <noscript> for libxml2.
  const std::string body = PageBody("noscript_wrapper.html");
  EXPECT_THAT(body, HasSubstr("The old paddle ferry between Westshore and Millbrook"));
  EXPECT_THAT(body, HasSubstr("travel at half price on weekdays."));
  EXPECT_THAT(body, Not(HasSubstr("Towns")));
}

TEST(BoilerplateTest, BemModifiersAndMainWrappersDoNotPruneText) {
  const std::string body = PageBody("report_sections.html");
  // "Report__Section--Ads" sections hold the review, the ad slot inside does not, and the
  // "Rail--trending" teasers neither; the wrapper named "dialog-..." holds <main>.
  EXPECT_EQ(body,
            "The Brisk 3 boils a full litre in two minutes and ten seconds, which puts it among "
            "the fastest kettles we have measured, and it stays quiet while doing so.\n\n"
            "Its lid opens with one finger, the scale is easy to read from both sides, and the "
            "base, with a cable store underneath, is steady on a wet worktop, even when the kettle "
            "is full.");
}

TEST(BoilerplateTest, LeadKeptBylineDateAndTailDropped) {
  const std::string body = PageBody("lead_and_tail.html");
  // The lead sits in the article's header, beside the container that wins; the kicker,
  // byline and date there are short lines, not sentences; so are the share and "more"
  // prompts after the last paragraph. Short list items inside the body stay.
  EXPECT_EQ(body,
            "Growers in the hill county picked twice as many apples as last year, and the "
            "co-operative expects prices to fall before Christmas.\n\n"
            "The co-operative in Ashby, which buys from forty family farms, said on Tuesday "
            "that its members delivered 1,900 tonnes of apples, against 950 tonnes a year "
            "earlier.\n\n"
            "A mild spring without late frost, and enough rain in July, gave the trees an "
            "unusually good year, its chair said, adding that the quality was also better than "
            "usual.\n\n"
            "Storage is now the main problem: the cold stores are full, and some farms have "
            "rented lorries, barns and even a disused ice rink to keep the fruit until it is "
            "sold.\n\n"
            "Varieties picked this year:\n\nRed Ashby\n\nGolden Hill\n\nLate Pippin\n\n"
            "Farmers hope that a new juice press, planned for next autumn, will take the "
            "surplus in good years, so that fewer apples have to be sold at a loss or left to "
            "rot.");
}

TEST(BoilerplateTest, ForumPostsNamedCommentsAreKeptWhenNothingElseIs) {
  const std::string body = PageBody("forum_thread.html");
  EXPECT_THAT(body, HasSubstr("My chain keeps slipping on the two smallest sprockets"));
  EXPECT_THAT(body, HasSubstr("Measure the chain, and if it is stretched, replace it too."));
  EXPECT_THAT(body, Not(HasSubstr("Forum index")));
}

TEST(BoilerplateTest, CommentsAfterAnArticleStillGo) {
  // The retry that keeps comment sections only runs when the first pass found almost nothing.
  const std::string html = Wrap("<article>" + P(kPara1) + P(kPara2) + "</article>" +
                                "<div class=\"comments\">" + P(kPara4) + P(kPara5) + "</div>");
  EXPECT_EQ(Body(html), std::string(kPara1) + "\n\n" + kPara2);
}

TEST(BoilerplateTest, RubyReadingsAreDropped) {
  EXPECT_EQ(Body("<article><p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で"
                 "新しい法律ができました。子どもを守るための法律です。</p></article>"),
            "東京で新しい法律ができました。子どもを守るための法律です。");
}

TEST(BoilerplateTest, ShortLinesAroundTheProse) {
  // Before the first and after the last paragraph of prose, short lines that are neither
  // sentences, headings, list items nor code are site furniture.
  struct Case {
    const char* before;
    const char* after;
    const char* probe;
    bool kept;
  };
  const Case cases[] = {
      {"", "<p>Share this page</p>", "Share this", false},
      {"", "<p>Photo: Lena Marsh</p>", "Lena Marsh", false},
      {"", "<p>Thanks for reading.</p>", "Thanks for", true},
      {"", "<h2>Background</h2><p>It rained.</p>", "It rained.", true},
      {"", "<ul><li>Red Ashby</li></ul>", "Red Ashby", true},
      {"", "<pre>make install</pre>", "make install", true},
      {"<p>12 March 2024</p>", "", "2024", false},
      {"<p>By Tomas Berg</p>", "", "Tomas", false},
      {"<p>A short, real sentence.</p>", "", "real sentence", true},
  };
  const std::string prose = std::string(kPara1) + " " + kPara2;  // one long paragraph
  for (const Case& c : cases) {
    const std::string body = Body(Wrap(std::string("<div class=\"story\">") + c.before +
                                       "<p>" + prose + "</p>" + c.after + "</div>"));
    EXPECT_EQ(body.find(c.probe) != std::string::npos, c.kept) << c.before << c.after;
    EXPECT_THAT(body, HasSubstr(prose)) << c.before << c.after;
  }
}

}  // namespace
}  // namespace storyline::extract
