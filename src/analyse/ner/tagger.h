#pragma once
// A statistical named-entity tagger: an averaged perceptron over BIOES labels with Viterbi
// decoding over label transitions (Collins 2002), trained on CoNLL-2003 style files. Features
// are in features.cc (word, shape, affixes, neighbours, document-level capitalisation, the
// project's lexicons). Models are files with a magic/version header and a checksum; loading a
// corrupt, truncated or incompatible model is a DataLoss/InvalidArgument Status, never a crash.
//
// Thread safety: a trained or loaded Tagger is immutable; Tag() may run on many threads.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/ner/conll.h"
#include "storyline/status.h"

namespace storyline::analyse::ner {

struct TrainOptions {
  int iterations = 12;         // passes over the training sentences
  uint64_t seed = 1;           // sentence shuffling seed: same data + seed -> same model
  uint32_t min_feature_count = 1;  // features seen fewer times in training are not learned
};

// Entity-level counts scored as conlleval does (exact first token, last token and type).
struct Counts {
  uint64_t correct = 0, predicted = 0, gold = 0;
  double Precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double Recall() const { return gold ? double(correct) / gold : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Evaluation {
  Counts overall;
  Counts per_type[4];  // indexed by EntityType
};

struct IterationReport {
  int iteration = 0;         // 1-based
  double train_accuracy = 0;  // token label accuracy while training (before the update)
  double seconds = 0;        // wall time of this iteration
  bool has_dev = false;
  Evaluation dev;            // the averaged model on the dev documents
};

// One sentence as words (views into storage the caller keeps alive during the call).
using Sentence = std::vector<std::string_view>;

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  // Trains on `train` (documents matter: features look at the whole document). `dev`, when
  // non-null, is tagged after every iteration and its scores passed to `on_iteration`.
  // InvalidArgument when there is nothing to learn from.
  static Result<Tagger> Train(const std::vector<ConllDocument>& train, const TrainOptions& options,
                              const std::vector<ConllDocument>* dev = nullptr,
                              const std::function<void(const IterationReport&)>& on_iteration = {});

  // The model file format: see tagger.cc (magic "SLNER", version, checksum).
  std::string Serialize() const;
  static Result<Tagger> Deserialize(std::string_view bytes);
  Status Save(const std::string& path) const;
  static Result<Tagger> Load(const std::string& path);

  // Entity chunks of one document, sentence by sentence, in order. Chunks never cross a
  // sentence. An empty (default-constructed) tagger finds nothing.
  std::vector<Chunk> Tag(const std::vector<Sentence>& doc) const;

  size_t feature_count() const;

 private:
  struct Model;
  explicit Tagger(std::unique_ptr<Model> model);
  std::unique_ptr<Model> model_;
};

// Tags `docs` with `tagger` and scores the chunks against their gold tags.
Evaluation Evaluate(const Tagger& tagger, const std::vector<ConllDocument>& docs);

}  // namespace storyline::analyse::ner
