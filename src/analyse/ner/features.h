#pragma once
// Internal to the tagger: the feature templates. A feature is a 64-bit hash of its template name
// and value; the model maps hashes to weight rows. Changing any template changes what a hash
// means, so bump kFeatureSetVersion with it (models record the version and are refused by a
// build with another one).
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace storyline::analyse::ner::internal {

inline constexpr uint32_t kFeatureSetVersion = 1;

using Sentence = std::vector<std::string_view>;

// Features of every token of sentence `s` of `doc`: out[i] lists token i's feature hashes.
// Document-level features (how a word is written elsewhere in the document) look at all of
// `doc`, so the same sentence may get other features in another document. Linear in the
// document's size per sentence (the document index is built once by DocumentIndex).
class DocumentIndex;
class FeatureExtractor {
 public:
  explicit FeatureExtractor(const std::vector<Sentence>& doc);
  ~FeatureExtractor();
  FeatureExtractor(const FeatureExtractor&) = delete;
  FeatureExtractor& operator=(const FeatureExtractor&) = delete;

  void Extract(size_t s, std::vector<std::vector<uint64_t>>* out) const;

 private:
  const std::vector<Sentence>& doc_;
  std::unique_ptr<DocumentIndex> index_;
};

// Word shape: "Xxxx" for "Paris", "dddd-dd-dd" for "1996-08-22" (capped at 12 characters), and
// the short form with repeats collapsed ("Xx", "d-d-d").
void WordShapes(std::string_view word, std::string* shape, std::string* short_shape);

}  // namespace storyline::analyse::ner::internal
