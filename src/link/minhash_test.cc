// LSH copy candidates checked against a brute-force exact-Jaccard oracle on seeded random corpora
// with planted near-duplicates.
#include "link/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>
#include <utility>

#include "link/features.h"
#include "link/link.h"
#include "link/link_test_util.h"

namespace storyline::link {
namespace {

using Doc = std::vector<std::string>;

// A corpus of random word sequences; about half are edited copies (substitutions, deletions,
// insertions at a per-word rate up to 12%) of an earlier document, so pair Jaccards spread
// around the 0.6 threshold.
std::vector<Doc> RandomCorpus(uint64_t seed, int n) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> word(0, 1999);
  std::uniform_int_distribution<int> length(40, 300);
  std::uniform_real_distribution<double> unit(0, 1);
  const auto w = [&] { return "w" + std::to_string(word(rng)); };
  std::vector<Doc> docs;
  for (int i = 0; i < n; ++i) {
    if (docs.empty() || unit(rng) < 0.5) {
      Doc d(length(rng));
      for (auto& t : d) t = w();
      docs.push_back(std::move(d));
      continue;
    }
    const Doc& base = docs[std::uniform_int_distribution<size_t>(0, docs.size() - 1)(rng)];
    const double rate = unit(rng) * 0.12;
    Doc d;
    for (const auto& t : base) {
      const double r = unit(rng);
      if (r < rate / 3) continue;                       // delete
      if (r < 2 * rate / 3) { d.push_back(w()); continue; }  // substitute
      d.push_back(t);
      if (r < rate) d.push_back(w());                   // insert
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

struct Oracle {
  std::set<std::pair<int, int>> pairs;  // (earlier, later) with exact Jaccard >= threshold
};

TEST(MinHashTest, EstimateTracksExactJaccard) {
  const auto docs = RandomCorpus(7, 60);
  double max_err = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (size_t j = i + 1; j < docs.size(); ++j) {
      const auto a = ShingleHashes(docs[i]), b = ShingleHashes(docs[j]);
      max_err = std::max(max_err, std::abs(EstimateJaccard(MinHash(a), MinHash(b)) - ExactJaccard(a, b)));
    }
  }
  EXPECT_LT(max_err, 0.2);  // 128 hashes: standard error <= 0.045
}

TEST(MinHashTest, ShinglesOfShortTexts) {
  EXPECT_TRUE(ShingleHashes({}).empty());
  EXPECT_EQ(ShingleHashes({"a", "b"}).size(), 1u);
  EXPECT_EQ(ShingleHashes({"a", "b", "c", "d", "e", "f"}).size(), 2u);
  EXPECT_DOUBLE_EQ(ExactJaccard(ShingleHashes({"a", "b", "c", "d", "e"}),
                                ShingleHashes({"a", "b", "c", "d", "e"})), 1.0);
}

TEST(LshIndexTest, FindsWhatBruteForceFinds) {
  for (uint64_t seed : {1u, 2u, 3u}) {
    const auto docs = RandomCorpus(seed, 400);
    std::vector<std::vector<uint64_t>> sh;
    std::vector<Signature> sig;
    for (const auto& d : docs) {
      sh.push_back(ShingleHashes(d));
      sig.push_back(MinHash(sh.back()));
    }
    std::set<std::pair<int, int>> truth;
    for (size_t i = 0; i < docs.size(); ++i) {
      for (size_t j = i + 1; j < docs.size(); ++j) {
        if (ExactJaccard(sh[i], sh[j]) >= kCopyJaccard) truth.insert({int(i), int(j)});
      }
    }
    ASSERT_GT(truth.size(), 50u) << "the corpus must plant enough near-duplicates";

    LshIndex index;
    std::set<std::pair<int, int>> found_exact, found_estimate;
    for (size_t j = 0; j < docs.size(); ++j) {
      for (uint32_t i : index.Candidates(sig[j])) {
        if (ExactJaccard(sh[i], sh[j]) >= kCopyJaccard) found_exact.insert({int(i), int(j)});
        if (EstimateJaccard(sig[i], sig[j]) >= kCopyJaccardEstimated) {
          found_estimate.insert({int(i), int(j)});
          // No false positives below 0.5 even without exact verification (the linker's path
          // for articles whose shingle sets were released).
          EXPECT_GE(ExactJaccard(sh[i], sh[j]), 0.5) << i << " " << j;
        }
      }
      index.Insert(static_cast<uint32_t>(j), sig[j]);
    }
    size_t hit = 0;
    for (const auto& p : truth) hit += found_exact.count(p);
    EXPECT_GE(static_cast<double>(hit), 0.95 * truth.size()) << "seed " << seed;
    for (const auto& p : found_exact) EXPECT_TRUE(truth.count(p));
    // Estimate-only mode trades recall near the threshold for precision.
    size_t hit_estimate = 0;
    for (const auto& p : truth) hit_estimate += found_estimate.count(p);
    EXPECT_GE(static_cast<double>(hit_estimate), 0.6 * truth.size()) << "seed " << seed;
  }
}

TEST(LinkerCopyTest, EveryPlantedCopyIsLinkedToAnEarlierNearDuplicate) {
  const auto docs = RandomCorpus(11, 250);
  std::vector<std::vector<uint64_t>> sh;
  for (const auto& d : docs) sh.push_back(ShingleHashes(d));
  Linker linker;
  std::map<std::string, int> index_of;
  int should = 0, did = 0;
  for (size_t j = 0; j < docs.size(); ++j) {
    std::string text;
    for (const auto& t : docs[j]) text += t + " ";
    const std::string id = "d" + std::to_string(j);
    index_of[id] = static_cast<int>(j);
    const LinkResult r = linker.Add(testing::PlainText(id, text));
    bool has_earlier_copy = false;
    for (size_t i = 0; i < j; ++i) has_earlier_copy |= ExactJaccard(sh[i], sh[j]) >= kCopyJaccard;
    should += has_earlier_copy;
    if (!r.copy_of.empty()) {
      ++did;
      EXPECT_GE(ExactJaccard(sh[index_of.at(r.copy_of)], sh[j]), kCopyJaccard);
      EXPECT_GT(r.why.numbers.at("jaccard"), 0.59);
    }
  }
  ASSERT_GT(should, 30);
  EXPECT_GE(did, 0.95 * should);
}

}  // namespace
}  // namespace storyline::link
