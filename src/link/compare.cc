// Compare: the relation between two texts, for the `compare` command and paraphrase benchmarks.
#include <algorithm>
#include <cmath>

#include "base/text.h"
#include "link/features.h"
#include "link/link.h"
#include "link/minhash.h"
#include "link/tokens.h"

namespace storyline::link {
namespace {

// Below this many tokens (both sides) a text is treated as a sentence: no quotes or entities
// are expected, so the verdict rests on word overlap, content cosine and number agreement.
constexpr size_t kSentenceTokens = 60;
// Sentence pairs: bigram Jaccard for "copy", combined overlap for "rewrite" (paraphrase).
constexpr double kSentenceCopy = 0.8;
constexpr double kSentenceRewrite = 0.55;
constexpr double kSentenceRelated = 0.3;

double Round3(double x) { return std::round(x * 1000) / 1000; }

std::vector<uint64_t> NumberHashes(std::string_view text) {
  std::vector<uint64_t> out;
  for (const auto& t : Tokenise(text)) {
    if (IsNumberToken(t)) out.push_back(base::Hash64(t));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Comparison CompareSentences(const AnalysedArticle& a, const AnalysedArticle& b,
                            const ArticleFeatures& fa, const ArticleFeatures& fb) {
  Comparison out;
  const size_t shared_words = IntersectionSize(fa.words, fb.words);
  const double dice = fa.words.empty() && fb.words.empty()
                          ? 0
                          : 2.0 * shared_words / static_cast<double>(fa.words.size() + fb.words.size());
  const double cosine = (fa.terms.empty() || fb.terms.empty()) ? dice : TermCosine(fa, fb, nullptr);
  double sim = 0.5 * dice + 0.5 * cosine;
  // Numbers must agree: "rose 5%" vs "rose 7%" is not a paraphrase. Sentences use every number
  // (the article features drop one-digit numbers and years as too common).
  std::vector<uint64_t> na = NumberHashes(a.article.text), nb = NumberHashes(b.article.text);
  const size_t shared_numbers = IntersectionSize(na, nb);
  if (!na.empty() && !nb.empty()) {
    const double agree =
        static_cast<double>(shared_numbers) / static_cast<double>(std::max(na.size(), nb.size()));
    sim -= 0.3 * (1.0 - agree);
    if (shared_numbers == 0) sim = std::min(sim, kSentenceRewrite - 0.05);
  } else if (na.empty() != nb.empty()) {
    sim -= 0.05;
  }
  sim = std::clamp(sim, 0.0, 1.0);
  const double bigram = ExactJaccard(ShingleHashes(Tokenise(a.article.text), 2),
                                     ShingleHashes(Tokenise(b.article.text), 2));
  out.similarity = Round3(std::max(sim, bigram));
  if (bigram >= kSentenceCopy) {
    out.relation = "copy";
  } else if (sim >= kSentenceRewrite) {
    out.relation = "rewrite";
  } else if (sim >= kSentenceRelated) {
    out.relation = "related";
  } else {
    out.relation = "unrelated";
  }
  out.why.numbers["word_overlap"] = Round3(dice);
  out.why.numbers["cosine"] = Round3(cosine);
  out.why.numbers["bigram_jaccard"] = Round3(bigram);
  if (!na.empty() || !nb.empty()) {
    out.why.numbers["shared_numbers"] = static_cast<double>(shared_numbers);
  }
  return out;
}

}  // namespace

Comparison Compare(const AnalysedArticle& a, const AnalysedArticle& b) {
  const ArticleFeatures fa = ExtractFeatures(a);
  const ArticleFeatures fb = ExtractFeatures(b);
  if (std::max(fa.num_tokens, fb.num_tokens) < kSentenceTokens) {
    return CompareSentences(a, b, fa, fb);
  }
  Comparison out;
  const PairEvidence e = Evaluate(fa, fb, nullptr);
  const double rewrite = RewriteScore(e);
  const double story = StoryScore(e, LinkOptions{}.window_days);
  out.similarity = Round3(std::clamp(std::max({e.jaccard, rewrite, story}), 0.0, 1.0));
  if (e.jaccard >= kCopyJaccard) {
    out.relation = "copy";
  } else if (rewrite >= kRewriteThreshold) {
    out.relation = "rewrite";
  } else if (story >= kStoryThreshold) {
    out.relation = "same_story";
  } else if (story >= 0.1 || e.cosine >= 0.2) {
    out.relation = "related";
  } else {
    out.relation = "unrelated";
  }
  out.why.numbers["jaccard"] = Round3(e.jaccard);
  out.why.numbers["cosine"] = Round3(e.cosine);
  out.why.numbers["shared_quotes"] = e.shared_quotes;
  out.why.numbers["shared_entities"] = e.shared_entities;
  out.why.numbers["shared_numbers"] = e.shared_numbers;
  out.why.numbers["rewrite_score"] = Round3(rewrite);
  out.why.numbers["story_score"] = Round3(story);
  if (!fa.credited.empty()) out.why.strings["credited_a"] = fa.credited;
  if (!fb.credited.empty()) out.why.strings["credited_b"] = fb.credited;
  return out;
}

}  // namespace storyline::link
