#pragma once
// Word shingles, MinHash signatures and an LSH index for near-duplicate (copy) candidates.
//
// The LSH index is a fast path: it proposes candidates whose shingle Jaccard is probably high;
// callers verify every candidate with ExactJaccard (or EstimateJaccard when the shingle set is no
// longer kept). minhash_test checks it against brute force on random corpora.
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace storyline::link {

constexpr int kShingleWords = 5;
constexpr int kLshBands = 32;
constexpr int kLshRows = 4;
constexpr int kNumHashes = kLshBands * kLshRows;  // 128

// Sorted, de-duplicated 64-bit hashes of every run of `k` consecutive tokens. A non-empty
// sequence shorter than k gives one shingle (the whole sequence), so short texts still compare.
std::vector<uint64_t> ShingleHashes(const std::vector<std::string>& tokens, int k = kShingleWords);

// |a ∩ b| for sorted, de-duplicated vectors.
size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
// |a ∩ b| / |a ∪ b|; 0 when both are empty.
double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

using Signature = std::array<uint32_t, kNumHashes>;

// MinHash signature of a shingle set under kNumHashes fixed multiply-shift hash functions
// (the shingle hashes are already uniformly distributed). Deterministic across runs.
Signature MinHash(const std::vector<uint64_t>& shingles);
// Fraction of agreeing positions: an unbiased estimate of the Jaccard similarity.
double EstimateJaccard(const Signature& a, const Signature& b);

// Banded LSH over signatures: two documents are candidates when all kLshRows values of at least
// one of the kLshBands bands agree. With 32x4, P(candidate) is 0.99 at Jaccard 0.6, 0.87 at 0.5
// and 0.23 at 0.3. Each bucket keeps the `max_bucket` most recently inserted documents, so a
// pathological bucket (boilerplate shared by thousands of pages) stays bounded.
class LshIndex {
 public:
  explicit LshIndex(size_t max_bucket = 200) : max_bucket_(max_bucket) {}

  // Inserts document `doc` (caller-chosen id). Documents with an empty shingle set must not be
  // inserted (their signature is all-max and would collide with each other).
  void Insert(uint32_t doc, const Signature& signature);
  // Removes `doc` (inserted with this signature) from its buckets; empty buckets are freed.
  void Remove(uint32_t doc, const Signature& signature);
  // Documents sharing at least one band with `signature`, sorted ascending, de-duplicated.
  std::vector<uint32_t> Candidates(const Signature& signature) const;

 private:
  static uint64_t BandKey(const Signature& signature, int band);

  size_t max_bucket_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> buckets_;
};

}  // namespace storyline::link
