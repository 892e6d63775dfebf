#include "link/minhash.h"

#include <algorithm>
#include <limits>

#include "base/text.h"

namespace storyline::link {
namespace {

uint64_t SplitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

struct HashParams {
  std::array<uint64_t, kNumHashes> a;
  std::array<uint64_t, kNumHashes> b;
};

const HashParams& Params() {
  static const HashParams params = [] {
    HashParams p;
    uint64_t state = 0x5EED5EED12345678ULL;  // fixed: signatures must be stable across runs
    for (int i = 0; i < kNumHashes; ++i) {
      p.a[i] = SplitMix64(state) | 1;  // odd multiplier
      p.b[i] = SplitMix64(state);
    }
    return p;
  }();
  return params;
}

}  // namespace

std::vector<uint64_t> ShingleHashes(const std::vector<std::string>& tokens, int k) {
  std::vector<uint64_t> out;
  if (tokens.empty() || k <= 0) return out;
  const size_t n = static_cast<size_t>(k);
  std::string joined;
  if (tokens.size() < n) {
    for (const auto& t : tokens) {
      joined += t;
      joined += ' ';
    }
    out.push_back(base::Hash64(joined));
    return out;
  }
  out.reserve(tokens.size() - n + 1);
  for (size_t i = 0; i + n <= tokens.size(); ++i) {
    joined.clear();
    for (size_t j = i; j < i + n; ++j) {
      joined += tokens[j];
      joined += ' ';
    }
    out.push_back(base::Hash64(joined));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 0;
  const size_t inter = IntersectionSize(a, b);
  return static_cast<double>(inter) / static_cast<double>(a.size() + b.size() - inter);
}

Signature MinHash(const std::vector<uint64_t>& shingles) {
  Signature sig;
  sig.fill(std::numeric_limits<uint32_t>::max());
  const HashParams& p = Params();
  for (uint64_t x : shingles) {
    for (int i = 0; i < kNumHashes; ++i) {
      const uint32_t h = static_cast<uint32_t>((p.a[i] * x + p.b[i]) >> 32);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

double EstimateJaccard(const Signature& a, const Signature& b) {
  int same = 0;
  for (int i = 0; i < kNumHashes; ++i) same += (a[i] == b[i]);
  return static_cast<double>(same) / kNumHashes;
}

uint64_t LshIndex::BandKey(const Signature& signature, int band) {
  uint64_t key = 0x9AE16A3B2F90404FULL * static_cast<uint64_t>(band + 1);
  for (int r = 0; r < kLshRows; ++r) {
    key = (key ^ signature[band * kLshRows + r]) * 0x100000001B3ULL;
    key ^= key >> 29;
  }
  return key;
}

void LshIndex::Insert(uint32_t doc, const Signature& signature) {
  for (int band = 0; band < kLshBands; ++band) {
    auto& bucket = buckets_[BandKey(signature, band)];
    bucket.push_back(doc);
    if (bucket.size() > max_bucket_) bucket.erase(bucket.begin());
  }
}

void LshIndex::Remove(uint32_t doc, const Signature& signature) {
  for (int band = 0; band < kLshBands; ++band) {
    auto it = buckets_.find(BandKey(signature, band));
    if (it == buckets_.end()) continue;
    auto& bucket = it->second;
    bucket.erase(std::remove(bucket.begin(), bucket.end(), doc), bucket.end());
    if (bucket.empty()) buckets_.erase(it);
  }
}

std::vector<uint32_t> LshIndex::Candidates(const Signature& signature) const {
  std::vector<uint32_t> out;
  for (int band = 0; band < kLshBands; ++band) {
    auto it = buckets_.find(BandKey(signature, band));
    if (it == buckets_.end()) continue;
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace storyline::link
