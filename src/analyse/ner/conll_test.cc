// CoNLL reading: every tagging scheme gives the same chunks, and bad files fail with the line.
#include "analyse/ner/conll.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace storyline::analyse::ner {
namespace {

// "PER 0-2 ORG 3-4" (token ranges [first, last)).
std::string Describe(const std::vector<Chunk>& chunks) {
  std::ostringstream out;
  for (const Chunk& c : chunks) {
    if (out.tellp() > 0) out << ' ';
    out << ConllTypeName(c.type) << ' ' << c.first << '-' << c.last;
  }
  return out.str();
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

TEST(TagsToChunks, EverySchemeReadsTheSame) {
  struct Case {
    const char* tags;
    const char* chunks;
  } cases[] = {
      {"B-PER I-PER O B-LOC", "PER 0-2 LOC 3-4"},                 // IOB2
      {"I-PER I-PER B-PER O", "PER 0-2 PER 2-3"},                 // IOB1: B- separates
      {"B-ORG E-ORG S-LOC O S-MISC", "ORG 0-2 LOC 2-3 MISC 4-5"},  // BIOES
      {"I-ORG I-LOC", "ORG 0-1 LOC 1-2"},                         // a type change ends a chunk
      {"O O O", ""},
      {"B-PER I-XYZ", "PER 0-1"},                                 // unknown types count as O
      {"PERSON PLACE", "PER 0-1 LOC 1-2"},                        // bare types, synonyms
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Describe(TagsToChunks(Split(c.tags), 0)), c.chunks) << c.tags;
  }
}

TEST(ParseConll, DocumentsSentencesAndColumns) {
  auto docs = ParseConll(
      "-DOCSTART- -X- -X- O\r\n\r\n"
      "Mara NNP B-NP B-PER\r\nVeldkamp NNP I-NP I-PER\r\nspoke VBD B-VP O\r\n\r\n"
      "In IN O\nKarvona NNP B-LOC\n"
      "-DOCSTART- -X- -X- O\n\n"
      "Norvale\tB-ORG\n\n\n");
  ASSERT_TRUE(docs) << docs.error().ToString();
  ASSERT_EQ(docs->size(), 2u);
  ASSERT_EQ((*docs)[0].sentences.size(), 2u);
  EXPECT_EQ((*docs)[0].sentences[0].words, (std::vector<std::string>{"Mara", "Veldkamp", "spoke"}));
  EXPECT_EQ((*docs)[0].sentences[0].tags, (std::vector<std::string>{"B-PER", "I-PER", "O"}));
  EXPECT_EQ(Describe(TagsToChunks((*docs)[0].sentences[1].tags, 1)), "LOC 1-2");
  EXPECT_EQ((*docs)[1].sentences[0].words, (std::vector<std::string>{"Norvale"}));
}

TEST(ParseConll, BadLinesNameTheLine) {
  auto unknown = ParseConll("Mara B-PER\nspoke O\nthere B-PLANET\n");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(unknown.error().message().find("line 3"), std::string::npos);
  EXPECT_NE(unknown.error().message().find("B-PLANET"), std::string::npos);

  auto one_column = ParseConll("Mara B-PER\nspoke\n");
  ASSERT_FALSE(one_column);
  EXPECT_NE(one_column.error().message().find("line 2"), std::string::npos);

  auto empty = ParseConll("");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->empty());
}

TEST(ReadConllFile, MissingFileIsNotFound) {
  auto r = ReadConllFile("/no/such/dir/train.conll");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace storyline::analyse::ner
