// The tagger as a user of train-ner meets it: trained on a tiny fictional CoNLL file it finds
// names it never saw from their context; models survive a save/load round trip bit for bit;
// a damaged model file is an error, never a crash.
#include "analyse/ner/tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.h"

namespace storyline::analyse::ner {
namespace {

const std::string kTrain = std::string(STORYLINE_NER_TESTDATA) + "/tiny_train.conll";

const Tagger& TinyTagger() {
  static const Tagger* tagger = [] {
    auto docs = ReadConllFile(kTrain);
    EXPECT_TRUE(docs) << docs.error().ToString();
    auto t = Tagger::Train(*docs, TrainOptions{});
    EXPECT_TRUE(t) << t.error().ToString();
    return new Tagger(std::move(*t));
  }();
  return *tagger;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Tags one-sentence documents; returns "PER:Lenka Marchetti ORG:Dovecote".
std::string TagLine(const Tagger& tagger, const std::string& line) {
  std::vector<std::string> words = Words(line);
  std::vector<Sentence> doc(1, Sentence(words.begin(), words.end()));
  std::string out;
  for (const Chunk& c : tagger.Tag(doc)) {
    if (!out.empty()) out += ' ';
    out += std::string(ConllTypeName(c.type)) + ":";
    for (uint32_t k = c.first; k < c.last; ++k) out += (k > c.first ? " " : "") + words[k];
  }
  return out;
}

// Held-out sentences: the names are new, the contexts are the training file's.
const struct {
  const char* line;
  const char* entities;
} kHeldOut[] = {
    {"Lenka Marchetti said on Monday that the Dovecote plan would go ahead .",
     "PER:Lenka Marchetti ORG:Dovecote"},
    {"Police in Wendmark arrested two men , Marchetti said .", "LOC:Wendmark PER:Marchetti"},
    {"Shares in Dovecote rose 3 percent in Wendmark trading .", "ORG:Dovecote LOC:Wendmark"},
    {"The Wendmarkian government sent troops to Ossary last week .",
     "MISC:Wendmarkian LOC:Ossary"},
};

TEST(Tagger, FindsUnseenNamesFromContext) {
  const Tagger& tagger = TinyTagger();
  EXPECT_GT(tagger.feature_count(), 100u);
  for (const auto& c : kHeldOut) EXPECT_EQ(TagLine(tagger, c.line), c.entities) << c.line;
}

TEST(Tagger, ScoresItsOwnTrainingDataWell) {
  auto docs = ReadConllFile(kTrain);
  ASSERT_TRUE(docs);
  Evaluation ev = Evaluate(TinyTagger(), *docs);
  EXPECT_GT(ev.overall.gold, 100u);
  EXPECT_GE(ev.overall.F1(), 0.99);
}

TEST(Tagger, EmptyInputsAreFine) {
  Tagger untrained;
  EXPECT_TRUE(TagLine(untrained, "Lenka Marchetti said .").empty());
  EXPECT_TRUE(TinyTagger().Tag({}).empty());
  EXPECT_TRUE(TinyTagger().Tag({Sentence{}, Sentence{"."}}).empty());
  auto none = Tagger::Train({}, TrainOptions{});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code(), StatusCode::kInvalidArgument);
}

TEST(Tagger, TrainingIsDeterministic) {
  auto docs = ReadConllFile(kTrain);
  ASSERT_TRUE(docs);
  TrainOptions options;
  options.iterations = 3;
  auto a = Tagger::Train(*docs, options);
  auto b = Tagger::Train(*docs, options);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->Serialize(), b->Serialize());
}

TEST(Tagger, ReportsEveryIterationWithDevScores) {
  auto docs = ReadConllFile(kTrain);
  ASSERT_TRUE(docs);
  TrainOptions options;
  options.iterations = 4;
  std::vector<IterationReport> reports;
  auto t = Tagger::Train(*docs, options, &*docs,
                         [&](const IterationReport& r) { reports.push_back(r); });
  ASSERT_TRUE(t);
  ASSERT_EQ(reports.size(), 4u);
  EXPECT_EQ(reports.back().iteration, 4);
  EXPECT_TRUE(reports.back().has_dev);
  EXPECT_GT(reports.back().dev.overall.gold, 100u);
  EXPECT_GE(reports.back().dev.overall.F1(), 0.95);
}

TEST(TaggerModel, SaveLoadRoundTripTagsIdentically) {
  const Tagger& tagger = TinyTagger();
  std::string path = ::testing::TempDir() + "/ner_model_roundtrip.bin";
  ASSERT_TRUE(tagger.Save(path).ok());
  auto loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->feature_count(), tagger.feature_count());
  EXPECT_EQ(loaded->Serialize(), tagger.Serialize());
  for (const auto& c : kHeldOut) EXPECT_EQ(TagLine(*loaded, c.line), TagLine(tagger, c.line));
  std::remove(path.c_str());
}

TEST(TaggerModel, DamagedFilesAreErrorsNotCrashes) {
  const std::string good = TinyTagger().Serialize();
  ASSERT_GT(good.size(), 1000u);
  // Truncations anywhere, including inside the header.
  for (size_t len : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{15}, size_t{24},
                     size_t{100}, good.size() / 2, good.size() - 9, good.size() - 1}) {
    auto r = Tagger::Deserialize(std::string_view(good).substr(0, len));
    ASSERT_FALSE(r) << "truncated to " << len;
    EXPECT_FALSE(r.error().message().empty());
  }
  // Flipped bits anywhere after the magic are caught (checksum, or the field checks).
  for (size_t pos = 8; pos < good.size(); pos += good.size() / 37 + 1) {
    std::string bad = good;
    bad[pos] = static_cast<char>(bad[pos] ^ 0x5A);
    EXPECT_FALSE(Tagger::Deserialize(bad)) << "byte " << pos;
  }
  auto magic = Tagger::Deserialize("GIF89a this is not a model at all");
  ASSERT_FALSE(magic);
  EXPECT_EQ(magic.error().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(magic.error().message().find("magic"), std::string::npos);
}

// Re-seals a modified model body with a valid checksum, so the field checks themselves run.
std::string Reseal(std::string bytes) {
  bytes.resize(bytes.size() - 8);
  uint64_t h = base::Hash64(bytes);
  for (int i = 0; i < 8; ++i) bytes += static_cast<char>((h >> (8 * i)) & 0xFF);
  return bytes;
}

TEST(TaggerModel, InconsistentFieldsWithAValidChecksumAreRejected) {
  const std::string good = TinyTagger().Serialize();
  // Header: magic(8) format(4) feature set(4) labels(4) reserved(4), then 18*17 transitions.
  std::string other_features = good;
  other_features[12] = static_cast<char>(other_features[12] + 1);
  auto r = Tagger::Deserialize(Reseal(other_features));
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message().find("retrain"), std::string::npos) << r.error().message();

  std::string labels = good;
  labels[16] = 99;
  EXPECT_FALSE(Tagger::Deserialize(Reseal(labels)));

  // A feature count far beyond the file: refused before any allocation of that size.
  const size_t count_at = 24 + 18 * 17 * 4;
  std::string huge = good;
  for (int i = 0; i < 8; ++i) huge[count_at + i] = static_cast<char>(0xFF);
  auto h = Tagger::Deserialize(Reseal(huge));
  ASSERT_FALSE(h);
  EXPECT_EQ(h.error().code(), StatusCode::kDataLoss);

  // A weight count above the number of labels.
  std::string weights = good;
  weights[count_at + 8 + 8] = static_cast<char>(200);
  EXPECT_FALSE(Tagger::Deserialize(Reseal(weights)));

  auto missing = Tagger::Load("/no/such/dir/model.bin");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace storyline::analyse::ner
