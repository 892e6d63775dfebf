// Text-level NER: CoNLL-style tokens with exact byte spans, canonical names on the tagger's
// mentions, and the tagger wired into Analyse.
#include "analyse/ner/ner.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "analyse/analyse.h"

namespace storyline::analyse::ner {
namespace {

std::string Tokens(std::string_view text) {
  std::string out;
  for (const Span& s : TokenizeWords(text, {0, static_cast<uint32_t>(text.size())})) {
    if (!out.empty()) out += '|';
    out += text.substr(s.begin, s.end - s.begin);
  }
  return out;
}

TEST(TokenizeWords, SplitsLikeCoNLL) {
  struct Case {
    const char* text;
    const char* tokens;
  } cases[] = {
      {"Mara Veldkamp's car.", "Mara|Veldkamp|'s|car|."},
      {"(Reuters) - Norvale Corp. said", "(|Reuters|)|-|Norvale|Corp.|said"},
      {"the U.S. and J. Rask, Inc. agreed.", "the|U.S.|and|J.|Rask|,|Inc.|agreed|."},
      {"\u201CWe won\u2019t go,\u201D she said.", "\u201C|We|wo|n\u2019t|go|,|\u201D|she|said|."},
      {"Anglo-Karvonian talks in 1996-08-22 ended: no deal!",
       "Anglo-Karvonian|talks|in|1996-08-22|ended|:|no|deal|!"},
      {"'90s rock and 'quoted' words", "'90s|rock|and|'|quoted|'|words"},
      {"", ""},
      {"   \n\t ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Tokens(c.text), c.tokens) << c.text;
}

TEST(TokenizeWords, AlreadyTokenisedTextKeepsItsTokens) {
  // conll_to_input.py's texts: tokens joined by single spaces. Every token must come back
  // whole, or entity offsets would not land on token boundaries.
  const std::string line =
      "Norvale Corp. said on Tuesday it 's buying U.S. rival Quillmark ( QM ) for $ 1.2 "
      "billion , or 5.50 dollars a share -- a 30 pct premium . \" We do n't comment , \" he said .";
  std::string expected = line;
  for (char& c : expected) {
    if (c == ' ') c = '|';
  }
  EXPECT_EQ(Tokens(line), expected);
}

TEST(TokenizeWords, SpansStayInsideTheRange) {
  const std::string text = "Alpha beta. Gamma (delta) epsilon.";
  for (uint32_t b = 0; b <= text.size(); b += 3) {
    for (uint32_t e = b; e <= text.size() + 5; e += 4) {
      for (const Span& s : TokenizeWords(text, {b, e})) {
        EXPECT_LE(b, s.begin);
        EXPECT_LT(s.begin, s.end);
        EXPECT_LE(s.end, std::min<size_t>(e, text.size()));
      }
    }
  }
}

EntityMention Mention(std::string_view text, std::string_view surface, EntityType type,
                      size_t from = 0) {
  size_t b = text.find(surface, from);
  EXPECT_NE(b, std::string_view::npos) << surface;
  EntityMention m;
  m.begin = static_cast<uint32_t>(b);
  m.end = static_cast<uint32_t>(b + surface.size());
  m.text = std::string(surface);
  m.type = type;
  return m;
}

TEST(AssignCanonicalNames, AliasesAcronymsSurnames) {
  const std::string text =
      "Mara Veldkamp of the Coastal Survey Institute (CSI) met U.S. and German envoys. "
      "Veldkamp said CSI would publish. In GERMANY, Tomas Veldkamp agreed, Veldkamp said.";
  std::vector<EntityMention> ms = {
      Mention(text, "Mara Veldkamp", EntityType::kPerson),
      Mention(text, "Coastal Survey Institute", EntityType::kOrg),
      Mention(text, "CSI", EntityType::kOrg),
      Mention(text, "U.S.", EntityType::kPlace),
      Mention(text, "German", EntityType::kMisc),
      Mention(text, "Veldkamp", EntityType::kPerson, 60),
      Mention(text, "CSI", EntityType::kOrg, 60),
      Mention(text, "GERMANY", EntityType::kPlace),
      Mention(text, "Tomas Veldkamp", EntityType::kPerson),
      Mention(text, "Veldkamp", EntityType::kPerson, text.find("agreed")),
  };
  AssignCanonicalNames(text, &ms);
  std::vector<std::string> got;
  for (const auto& m : ms) got.push_back(m.entity);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "Mara Veldkamp", "Coastal Survey Institute", "Coastal Survey Institute",
                     "United States",
                     "Germany", "Mara Veldkamp", "Coastal Survey Institute", "Germany",
                     "Tomas Veldkamp", "Tomas Veldkamp"}));
  // Types are the recogniser's: canonical names never retype a mention.
  EXPECT_EQ(ms[4].type, EntityType::kMisc);
}

const Tagger& TinyTagger() {
  static const Tagger* tagger = [] {
    auto docs = ReadConllFile(std::string(STORYLINE_NER_TESTDATA) + "/tiny_train.conll");
    EXPECT_TRUE(docs);
    return new Tagger(std::move(*Tagger::Train(*docs, TrainOptions{})));
  }();
  return *tagger;
}

TEST(FindEntitiesWithTagger, RawTextSpansAndCanonicalNames) {
  const std::string text =
      "Lenka Marchetti said on Monday that the Dovecote plan would go ahead.\n"
      "Police in Wendmark arrested two men, Marchetti said.";
  Article article;
  article.text = text;
  AnalyseOptions options;
  options.ner_tagger = &TinyTagger();
  Analysis a = Analyse(article, options);
  std::string got;
  for (const EntityMention& m : a.entities) {
    ASSERT_LE(m.end, text.size());
    EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.text);
    got += std::string(EntityTypeName(m.type)) + ":" + m.text + "=" + m.entity + ";";
  }
  EXPECT_EQ(got,
            "PERSON:Lenka Marchetti=Lenka Marchetti;ORG:Dovecote=Dovecote;PLACE:Wendmark=Wendmark;"
            "PERSON:Marchetti=Lenka Marchetti;");
  // Quotes and dates still run on the same analysis.
  EXPECT_FALSE(a.dates.empty());
}

TEST(FindEntitiesWithTagger, UntrustedTextNeverBreaksIt) {
  std::mt19937 rng(7);
  const char kAlphabet[] = "Aa Zz.,'\"()-\n\xC3\xA9\xE2\x80\x9C\xFF\x80";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    size_t len = rng() % 400;
    for (size_t i = 0; i < len; ++i) text += kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
    for (const EntityMention& m : FindEntitiesWithTagger(TinyTagger(), text, {})) {
      ASSERT_LT(m.begin, m.end);
      ASSERT_LE(m.end, text.size());
    }
  }
  // One enormous "sentence" is tagged in windows.
  std::string big;
  for (int i = 0; i < 3000; ++i) big += "Lenka Marchetti said in Wendmark , ";
  auto ms = FindEntitiesWithTagger(TinyTagger(), big, {});
  EXPECT_GT(ms.size(), 1000u);
}

}  // namespace
}  // namespace storyline::analyse::ner
