#include "analyse/ner/tagger.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>

#include "analyse/ner/features.h"
#include "base/text.h"

namespace storyline::analyse::ner {
namespace {

using internal::FeatureExtractor;

// Labels: O, then B/I/E/S for each entity type (EntityType order: PER, ORG, LOC, MISC).
constexpr int kTypes = 4;
constexpr int kLabels = 1 + 4 * kTypes;
constexpr int kStart = kLabels;  // the transition row used before the first token
enum Pos { kB = 0, kI = 1, kE = 2, kS = 3 };

int Label(EntityType t, Pos p) { return 1 + 4 * static_cast<int>(t) + p; }
Pos PosOf(int label) { return static_cast<Pos>((label - 1) % 4); }
EntityType TypeOf(int label) { return static_cast<EntityType>((label - 1) / 4); }

// BIOES constraints: inside a chunk only I/E of its type may follow; outside, only O/B/S.
bool Allowed(int prev, int cur) {
  bool prev_open = prev != kStart && prev != 0 && (PosOf(prev) == kB || PosOf(prev) == kI);
  if (prev_open) {
    return cur != 0 && TypeOf(cur) == TypeOf(prev) && (PosOf(cur) == kI || PosOf(cur) == kE);
  }
  return cur == 0 || PosOf(cur) == kB || PosOf(cur) == kS;
}
bool AllowedLast(int label) { return label == 0 || PosOf(label) == kE || PosOf(label) == kS; }

std::vector<uint8_t> ChunksToLabels(const std::vector<Chunk>& chunks, size_t n) {
  std::vector<uint8_t> labels(n, 0);
  for (const Chunk& c : chunks) {
    if (c.last > n || c.first >= c.last) continue;
    if (c.last - c.first == 1) {
      labels[c.first] = static_cast<uint8_t>(Label(c.type, kS));
      continue;
    }
    labels[c.first] = static_cast<uint8_t>(Label(c.type, kB));
    for (uint32_t k = c.first + 1; k + 1 < c.last; ++k) {
      labels[k] = static_cast<uint8_t>(Label(c.type, kI));
    }
    labels[c.last - 1] = static_cast<uint8_t>(Label(c.type, kE));
  }
  return labels;
}

void LabelsToChunks(const std::vector<uint8_t>& labels, uint32_t sentence,
                    std::vector<Chunk>* out) {
  size_t i = 0;
  while (i < labels.size()) {
    int l = labels[i];
    if (l == 0) {
      ++i;
      continue;
    }
    Chunk c{sentence, static_cast<uint32_t>(i), 0, TypeOf(l)};
    size_t j = i + 1;
    if (PosOf(l) == kB) {
      while (j < labels.size() && labels[j] != 0 && TypeOf(labels[j]) == c.type &&
             PosOf(labels[j]) == kI) {
        ++j;
      }
      if (j < labels.size() && labels[j] != 0 && TypeOf(labels[j]) == c.type &&
          PosOf(labels[j]) == kE) {
        ++j;
      }
    }
    c.last = static_cast<uint32_t>(j);
    out->push_back(c);
    i = j;
  }
}

// Read-only weights used for decoding: emission rows by feature id and transitions.
struct WeightsView {
  const float* emission = nullptr;  // [feature][label]
  const float* transition = nullptr;  // [(kLabels + 1) x kLabels], last row = start
};

// Best label sequence under the BIOES constraints. Token i's feature ids are
// ids[starts[i], starts[i + 1]); `starts` has n + 1 entries.
std::vector<uint8_t> Viterbi(const WeightsView& w, const uint32_t* ids, const uint32_t* starts,
                             size_t n) {
  std::vector<uint8_t> out(n, 0);
  if (n == 0) return out;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<float> emit(n * kLabels, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    float* e = &emit[i * kLabels];
    for (uint32_t k = starts[i]; k < starts[i + 1]; ++k) {
      const float* row = w.emission + static_cast<size_t>(ids[k]) * kLabels;
      for (int l = 0; l < kLabels; ++l) e[l] += row[l];
    }
  }
  std::vector<float> score(n * kLabels, kNeg);
  std::vector<uint8_t> back(n * kLabels, 0);
  for (int l = 0; l < kLabels; ++l) {
    if (Allowed(kStart, l)) score[l] = emit[l] + w.transition[kStart * kLabels + l];
  }
  for (size_t i = 1; i < n; ++i) {
    for (int l = 0; l < kLabels; ++l) {
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < kLabels; ++p) {
        float s = score[(i - 1) * kLabels + p];
        if (s == kNeg || !Allowed(p, l)) continue;
        s += w.transition[p * kLabels + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      if (best == kNeg) continue;
      score[i * kLabels + l] = best + emit[i * kLabels + l];
      back[i * kLabels + l] = static_cast<uint8_t>(arg);
    }
  }
  float best = kNeg;
  int arg = 0;
  for (int l = 0; l < kLabels; ++l) {
    float s = score[(n - 1) * kLabels + l];
    if (AllowedLast(l) && s > best) {
      best = s;
      arg = l;
    }
  }
  for (size_t i = n; i-- > 0;) {
    out[i] = static_cast<uint8_t>(arg);
    arg = back[i * kLabels + arg];
  }
  return out;
}

// Feature ids of one sentence, flattened: token i owns ids[starts[i], starts[i+1]).
struct SentenceFeatures {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> starts;
  std::vector<uint8_t> gold;  // labels (training and evaluation only)
  std::vector<Chunk> gold_chunks;
  uint32_t sentence = 0;
  size_t size() const { return starts.empty() ? 0 : starts.size() - 1; }
};

std::vector<Sentence> Views(const ConllDocument& doc) {
  std::vector<Sentence> out;
  out.reserve(doc.sentences.size());
  for (const ConllSentence& s : doc.sentences) out.emplace_back(s.words.begin(), s.words.end());
  return out;
}

// Runs `lookup(hash) -> id or UINT32_MAX` over every sentence of `doc`.
template <typename Lookup>
void DocumentFeatures(const ConllDocument& doc, Lookup&& lookup,
                      std::vector<SentenceFeatures>* out) {
  std::vector<Sentence> views = Views(doc);
  FeatureExtractor fx(views);
  std::vector<std::vector<uint64_t>> hashes;
  for (size_t s = 0; s < views.size(); ++s) {
    fx.Extract(s, &hashes);
    SentenceFeatures sf;
    sf.sentence = static_cast<uint32_t>(s);
    sf.starts.push_back(0);
    for (const auto& token : hashes) {
      for (uint64_t h : token) {
        uint32_t id = lookup(h);
        if (id != UINT32_MAX) sf.ids.push_back(id);
      }
      sf.starts.push_back(static_cast<uint32_t>(sf.ids.size()));
    }
    sf.gold_chunks = TagsToChunks(doc.sentences[s].tags, static_cast<uint32_t>(s));
    sf.gold = ChunksToLabels(sf.gold_chunks, views[s].size());
    out->push_back(std::move(sf));
  }
}

void Score(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted, Evaluation* ev) {
  for (const Chunk& g : gold) {
    ++ev->overall.gold;
    ++ev->per_type[static_cast<int>(g.type)].gold;
  }
  for (const Chunk& p : predicted) {
    ++ev->overall.predicted;
    ++ev->per_type[static_cast<int>(p.type)].predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
      ++ev->overall.correct;
      ++ev->per_type[static_cast<int>(p.type)].correct;
    }
  }
}

// splitmix64: a tiny PRNG whose sequence is the same on every platform and library.
uint64_t NextRandom(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// ---- model file ---------------------------------------------------------------------------
// Little-endian throughout:
//   "SLNERMDL"                      8 bytes magic
//   u32 format version (kFormatVersion), u32 feature set version, u32 labels (17), u32 0
//   f32[(labels + 1) * labels]      transitions (last row: from the sentence start)
//   u64 feature count, then per feature: u64 hash, u8 n, n x (u8 label, f32 weight)
//   u64 XXH3 of every byte before it
constexpr char kMagic[8] = {'S', 'L', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr uint32_t kFormatVersion = 1;

void PutU32(std::string& s, uint32_t v) {
  for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void PutU64(std::string& s, uint64_t v) {
  for (int i = 0; i < 8; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void PutF32(std::string& s, float f) {
  uint32_t v;
  std::memcpy(&v, &f, 4);
  PutU32(s, v);
}

// Bounds-checked reader: every read fails instead of running past the end.
class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool U8(uint8_t* v) {
    if (pos_ + 1 > b_.size()) return false;
    *v = static_cast<uint8_t>(b_[pos_++]);
    return true;
  }
  bool U32(uint32_t* v) {
    if (pos_ + 4 > b_.size()) return false;
    *v = 0;
    for (int i = 0; i < 4; ++i) *v |= uint32_t(static_cast<uint8_t>(b_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return true;
  }
  bool U64(uint64_t* v) {
    if (pos_ + 8 > b_.size()) return false;
    *v = 0;
    for (int i = 0; i < 8; ++i) *v |= uint64_t(static_cast<uint8_t>(b_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return true;
  }
  bool F32(float* f) {
    uint32_t v;
    if (!U32(&v)) return false;
    std::memcpy(f, &v, 4);
    return std::isfinite(*f);
  }
  size_t remaining() const { return b_.size() - pos_; }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

}  // namespace

struct Tagger::Model {
  std::unordered_map<uint64_t, uint32_t> index;  // feature hash -> row
  std::vector<uint64_t> hashes;                  // row -> feature hash
  std::vector<float> emission;                   // rows x kLabels
  std::vector<float> transition = std::vector<float>((kLabels + 1) * kLabels, 0.0f);

  WeightsView View() const { return {emission.data(), transition.data()}; }
};

Tagger::Tagger() = default;
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;
Tagger::Tagger(std::unique_ptr<Model> model) : model_(std::move(model)) {}

size_t Tagger::feature_count() const { return model_ ? model_->hashes.size() : 0; }

Result<Tagger> Tagger::Train(const std::vector<ConllDocument>& train, const TrainOptions& options,
                             const std::vector<ConllDocument>* dev,
                             const std::function<void(const IterationReport&)>& on_iteration) {
  // 1. Features of every training token, with ids given in order of first appearance.
  std::unordered_map<uint64_t, uint32_t> ids;
  std::vector<uint64_t> id_hash;
  std::vector<uint32_t> id_count;
  std::vector<SentenceFeatures> sentences;
  for (const ConllDocument& doc : train) {
    DocumentFeatures(
        doc,
        [&](uint64_t h) {
          auto [it, inserted] = ids.emplace(h, static_cast<uint32_t>(id_hash.size()));
          if (inserted) {
            id_hash.push_back(h);
            id_count.push_back(0);
          }
          ++id_count[it->second];
          return it->second;
        },
        &sentences);
  }
  size_t tokens = 0;
  for (const auto& s : sentences) tokens += s.size();
  if (tokens == 0) return Err(InvalidArgumentError("no training tokens"));

  // 2. Rare features are dropped: renumber the rest densely.
  if (options.min_feature_count > 1) {
    std::vector<uint32_t> remap(id_hash.size(), UINT32_MAX);
    std::vector<uint64_t> kept;
    for (size_t i = 0; i < id_hash.size(); ++i) {
      if (id_count[i] >= options.min_feature_count) {
        remap[i] = static_cast<uint32_t>(kept.size());
        kept.push_back(id_hash[i]);
      }
    }
    for (auto& s : sentences) {
      std::vector<uint32_t> new_ids, new_starts{0};
      for (size_t t = 0; t < s.size(); ++t) {
        for (uint32_t k = s.starts[t]; k < s.starts[t + 1]; ++k) {
          if (remap[s.ids[k]] != UINT32_MAX) new_ids.push_back(remap[s.ids[k]]);
        }
        new_starts.push_back(static_cast<uint32_t>(new_ids.size()));
      }
      s.ids = std::move(new_ids);
      s.starts = std::move(new_starts);
    }
    id_hash = std::move(kept);
    ids.clear();
    for (size_t i = 0; i < id_hash.size(); ++i) ids.emplace(id_hash[i], static_cast<uint32_t>(i));
  }
  const size_t features = id_hash.size();

  std::vector<SentenceFeatures> dev_sentences;
  if (dev) {
    for (const ConllDocument& doc : *dev) {
      DocumentFeatures(
          doc,
          [&](uint64_t h) {
            auto it = ids.find(h);
            return it == ids.end() ? UINT32_MAX : it->second;
          },
          &dev_sentences);
    }
  }

  // 3. Averaged perceptron (the "lazy" form: w - u / c equals the average of w over updates).
  std::vector<float> w(features * kLabels, 0.0f);
  std::vector<double> u(features * kLabels, 0.0);
  std::vector<float> tw((kLabels + 1) * kLabels, 0.0f);
  std::vector<double> tu((kLabels + 1) * kLabels, 0.0);
  double c = 1;
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t rng = options.seed;

  auto averaged = [&](std::vector<float>* aw, std::vector<float>* atw) {
    aw->resize(w.size());
    for (size_t i = 0; i < w.size(); ++i) (*aw)[i] = static_cast<float>(w[i] - u[i] / c);
    atw->resize(tw.size());
    for (size_t i = 0; i < tw.size(); ++i) (*atw)[i] = static_cast<float>(tw[i] - tu[i] / c);
  };

  for (int it = 1; it <= std::max(1, options.iterations); ++it) {
    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[NextRandom(rng) % i]);
    size_t right = 0, seen = 0;
    for (size_t si : order) {
      const SentenceFeatures& s = sentences[si];
      const size_t n = s.size();
      if (n == 0) continue;
      std::vector<uint8_t> pred = Viterbi({w.data(), tw.data()}, s.ids.data(), s.starts.data(), n);
      seen += n;
      if (pred == s.gold) {
        right += n;
        c += 1;
        continue;
      }
      for (size_t t = 0; t < n; ++t) {
        int g = s.gold[t], p = pred[t];
        if (g == p) {
          ++right;
        } else {
          for (uint32_t k = s.starts[t]; k < s.starts[t + 1]; ++k) {
            size_t row = static_cast<size_t>(s.ids[k]) * kLabels;
            w[row + g] += 1;
            u[row + g] += c;
            w[row + p] -= 1;
            u[row + p] -= c;
          }
        }
        int gp = t == 0 ? kStart : s.gold[t - 1];
        int pp = t == 0 ? kStart : pred[t - 1];
        if (gp != pp || g != p) {
          tw[gp * kLabels + g] += 1;
          tu[gp * kLabels + g] += c;
          tw[pp * kLabels + p] -= 1;
          tu[pp * kLabels + p] -= c;
        }
      }
      c += 1;
    }
    IterationReport report;
    report.iteration = it;
    report.train_accuracy = seen ? double(right) / seen : 0;
    if (dev) {
      std::vector<float> aw, atw;
      averaged(&aw, &atw);
      report.has_dev = true;
      for (const SentenceFeatures& s : dev_sentences) {
        std::vector<uint8_t> pred =
            Viterbi({aw.data(), atw.data()}, s.ids.data(), s.starts.data(), s.size());
        std::vector<Chunk> chunks;
        LabelsToChunks(pred, s.sentence, &chunks);
        Score(s.gold_chunks, chunks, &report.dev);
      }
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (on_iteration) on_iteration(report);
  }

  // 4. The averaged weights, without features that ended with no weight at all.
  std::vector<float> aw, atw;
  averaged(&aw, &atw);
  auto model = std::make_unique<Model>();
  model->transition = std::move(atw);
  for (size_t f = 0; f < features; ++f) {
    const float* row = &aw[f * kLabels];
    bool any = false;
    for (int l = 0; l < kLabels; ++l) any = any || row[l] != 0.0f;
    if (!any) continue;
    model->index.emplace(id_hash[f], static_cast<uint32_t>(model->hashes.size()));
    model->hashes.push_back(id_hash[f]);
    model->emission.insert(model->emission.end(), row, row + kLabels);
  }
  return Tagger(std::move(model));
}

std::vector<Chunk> Tagger::Tag(const std::vector<Sentence>& doc) const {
  std::vector<Chunk> out;
  if (!model_) return out;
  FeatureExtractor fx(doc);
  std::vector<std::vector<uint64_t>> hashes;
  std::vector<uint32_t> ids, starts;
  for (size_t s = 0; s < doc.size(); ++s) {
    if (doc[s].empty()) continue;
    fx.Extract(s, &hashes);
    ids.clear();
    starts.assign(1, 0);
    for (const auto& token : hashes) {
      for (uint64_t h : token) {
        auto it = model_->index.find(h);
        if (it != model_->index.end()) ids.push_back(it->second);
      }
      starts.push_back(static_cast<uint32_t>(ids.size()));
    }
    std::vector<uint8_t> labels = Viterbi(model_->View(), ids.data(), starts.data(), doc[s].size());
    LabelsToChunks(labels, static_cast<uint32_t>(s), &out);
  }
  return out;
}

std::string Tagger::Serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  PutU32(out, kFormatVersion);
  PutU32(out, internal::kFeatureSetVersion);
  PutU32(out, kLabels);
  PutU32(out, 0);
  Model empty;
  const Model& m = model_ ? *model_ : empty;
  for (float f : m.transition) PutF32(out, f);
  PutU64(out, m.hashes.size());
  for (size_t r = 0; r < m.hashes.size(); ++r) {
    PutU64(out, m.hashes[r]);
    const float* row = &m.emission[r * kLabels];
    uint8_t nonzero = 0;
    for (int l = 0; l < kLabels; ++l) nonzero += row[l] != 0.0f;
    out += static_cast<char>(nonzero);
    for (int l = 0; l < kLabels; ++l) {
      if (row[l] == 0.0f) continue;
      out += static_cast<char>(l);
      PutF32(out, row[l]);
    }
  }
  PutU64(out, base::Hash64(out));
  return out;
}

Result<Tagger> Tagger::Deserialize(std::string_view bytes) {
  auto corrupt = [](const std::string& why) { return Err(DataLossError("NER model: " + why)); };
  if (bytes.size() < sizeof(kMagic) + 8 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Err(InvalidArgumentError("NER model: not a storyline NER model (bad magic)"));
  }
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  Reader tail(bytes.substr(bytes.size() - 8));
  uint64_t checksum = 0;
  tail.U64(&checksum);
  Reader r(body.substr(sizeof(kMagic)));
  uint32_t format = 0, feature_set = 0, labels = 0, reserved = 0;
  if (!r.U32(&format) || !r.U32(&feature_set) || !r.U32(&labels) || !r.U32(&reserved)) {
    return corrupt("truncated header");
  }
  if (format != kFormatVersion) {
    return Err(InvalidArgumentError("NER model: file format version " + std::to_string(format) +
                                    ", this build reads version " +
                                    std::to_string(kFormatVersion)));
  }
  if (feature_set != internal::kFeatureSetVersion) {
    return Err(InvalidArgumentError("NER model: trained with feature set " +
                                    std::to_string(feature_set) + ", this build uses " +
                                    std::to_string(internal::kFeatureSetVersion) +
                                    "; retrain it with train-ner"));
  }
  if (labels != kLabels) return corrupt("unexpected label count " + std::to_string(labels));
  if (base::Hash64(body) != checksum) {
    return corrupt("checksum mismatch (truncated or corrupt file)");
  }
  auto model = std::make_unique<Model>();
  for (float& f : model->transition) {
    if (!r.F32(&f)) return corrupt("truncated or invalid transitions");
  }
  uint64_t n = 0;
  if (!r.U64(&n)) return corrupt("truncated feature count");
  if (n > r.remaining() / 9) return corrupt("feature count exceeds the file size");
  model->hashes.reserve(n);
  model->emission.assign(n * kLabels, 0.0f);
  model->index.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t h = 0;
    uint8_t nonzero = 0;
    if (!r.U64(&h) || !r.U8(&nonzero)) return corrupt("truncated feature table");
    if (nonzero > kLabels) return corrupt("bad weight count");
    for (uint8_t k = 0; k < nonzero; ++k) {
      uint8_t label = 0;
      float weight = 0;
      if (!r.U8(&label) || !r.F32(&weight)) return corrupt("truncated or invalid weights");
      if (label >= kLabels) return corrupt("bad label");
      model->emission[i * kLabels + label] = weight;
    }
    if (!model->index.emplace(h, static_cast<uint32_t>(i)).second) {
      return corrupt("duplicate feature");
    }
    model->hashes.push_back(h);
  }
  if (r.remaining() != 0) return corrupt("trailing bytes");
  return Tagger(std::move(model));
}

Status Tagger::Save(const std::string& path) const {
  std::string bytes = Serialize();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return NotFoundError(path + ": cannot create");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return UnavailableError(path + ": write failed");
  return Status::Ok();
}

Result<Tagger> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Err(NotFoundError(path + ": cannot open NER model"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Err(UnavailableError(path + ": read error"));
  auto t = Deserialize(ss.str());
  if (!t) return Err(Status(t.error().code(), path + ": " + t.error().message()));
  return t;
}

Evaluation Evaluate(const Tagger& tagger, const std::vector<ConllDocument>& docs) {
  Evaluation ev;
  for (const ConllDocument& doc : docs) {
    std::vector<Sentence> views = Views(doc);
    std::vector<Chunk> predicted = tagger.Tag(views);
    std::vector<Chunk> gold;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      auto g = TagsToChunks(doc.sentences[s].tags, static_cast<uint32_t>(s));
      gold.insert(gold.end(), g.begin(), g.end());
    }
    Score(gold, predicted, &ev);
  }
  return ev;
}

}  // namespace storyline::analyse::ner
