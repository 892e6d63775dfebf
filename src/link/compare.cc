// Compare: the relation between two texts, for the `compare` command and paraphrase benchmarks.
#include <algorithm>
#include <cmath>
#include <string>

#include "base/text.h"
#include "link/features.h"
#include "link/link.h"
#include "link/minhash.h"
#include "link/tokens.h"

namespace storyline::link {
namespace {

// Below this many tokens (both sides) a text is treated as a sentence: no quotes or entities
// are expected, so the verdict rests on word overlap, coverage and number agreement.
constexpr size_t kSentenceTokens = 60;
// Sentence pairs: bigram Jaccard for "copy", paraphrase probability for "rewrite".
constexpr double kSentenceCopy = 0.8;
constexpr double kSentenceRewrite = 0.5;
constexpr double kSentenceRelated = 0.2;

double Round3(double x) { return std::round(x * 1000) / 1000; }

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

}  // namespace

// A light English suffix stripper (no stemming library is available): enough to match
// "rose"/"rises" no, but "profits"/"profit", "closed"/"closing", "companies"/"company".
// Keeps at least three letters of stem; numbers and short words are returned unchanged.
std::string LightStem(std::string_view w) {
  std::string s(w);
  if (s.size() < 4 || IsNumberToken(s)) return s;
  const auto strip = [&](std::string_view suffix, std::string_view repl) {
    if (EndsWith(s, suffix) && s.size() - suffix.size() + repl.size() >= 3) {
      s.resize(s.size() - suffix.size());
      s += repl;
      return true;
    }
    return false;
  };
  if (strip("ies", "y") || strip("sses", "ss")) return s;
  if (EndsWith(s, "s") && !EndsWith(s, "ss") && !EndsWith(s, "us") && !EndsWith(s, "is")) {
    s.pop_back();
  } else if (strip("ingly", "") || strip("edly", "") || strip("ing", "") || strip("ed", "") ||
             strip("ly", "")) {
    // "stopped" -> "stopp" -> "stop": undo a doubled final consonant.
    if (s.size() >= 4 && s.back() == s[s.size() - 2] && s.back() != 'l' && s.back() != 's' &&
        s.back() != 'e' && s.back() != 'o') {
      s.pop_back();
    }
  }
  if (s.size() > 3 && s.back() == 'e') s.pop_back();  // "close"/"clos(ed)", "rate"/"rat(ed)"
  return s;
}

SentenceFeatures SentencePairFeatures(std::string_view a, std::string_view b) {
  SentenceFeatures out;
  const std::vector<std::string> ta = Tokenise(a), tb = Tokenise(b);
  const auto sets = [](const std::vector<std::string>& t, std::vector<uint64_t>& all,
                       std::vector<uint64_t>& content, std::vector<uint64_t>& numbers) {
    for (const auto& w : t) {
      if (IsNumberToken(w)) {
        numbers.push_back(base::Hash64(w));
        all.push_back(base::Hash64(w));
        continue;
      }
      const uint64_t h = base::Hash64(LightStem(w));
      all.push_back(h);
      if (IsContentWord(w)) content.push_back(h);
    }
    for (auto* v : {&all, &content, &numbers}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
  };
  std::vector<uint64_t> all_a, all_b, content_a, content_b, num_a, num_b;
  sets(ta, all_a, content_a, num_a);
  sets(tb, all_b, content_b, num_b);
  const auto frac = [](size_t n, size_t d) { return d == 0 ? 1.0 : static_cast<double>(n) / d; };
  const size_t shared_all = IntersectionSize(all_a, all_b);
  out.dice = all_a.empty() && all_b.empty()
                 ? 0
                 : 2.0 * shared_all / static_cast<double>(all_a.size() + all_b.size());
  const size_t shared_content = IntersectionSize(content_a, content_b);
  const double cov_a = frac(shared_content, content_a.size());
  const double cov_b = frac(shared_content, content_b.size());
  if (content_a.empty() && content_b.empty()) {
    out.coverage_min = out.coverage_max = out.dice;
  } else {
    out.coverage_min = std::min(cov_a, cov_b);
    out.coverage_max = std::max(cov_a, cov_b);
  }
  out.unmatched_max = std::max(content_a.size(), content_b.size()) - shared_content;
  out.unmatched_min = std::min(content_a.size(), content_b.size()) - shared_content;
  out.bigram = ExactJaccard(ShingleHashes(ta, 2), ShingleHashes(tb, 2));
  out.length_ratio = ta.empty() && tb.empty()
                         ? 1.0
                         : static_cast<double>(std::min(ta.size(), tb.size())) /
                               static_cast<double>(std::max(ta.size(), tb.size()));
  out.shared_numbers = IntersectionSize(num_a, num_b);
  // Unmatched numbers on the side with more of them: a paraphrase keeps the figures.
  out.unmatched_numbers = std::max(num_a.size(), num_b.size()) - out.shared_numbers;
  out.any_numbers = !num_a.empty() || !num_b.empty();
  out.numbers_disjoint = !num_a.empty() && !num_b.empty() && out.shared_numbers == 0;
  return out;
}

double SentenceParaphraseScore(const SentenceFeatures& f) {
  // Logistic combination. Signs are fixed by design (overlap and coverage for, unmatched
  // numbers and length imbalance against); the magnitudes were fitted on MSRP train
  // (4,076 pairs) and rounded.
  const double z = kSentenceBias + kWCoverageMin * f.coverage_min +
                   kWCoverageMax * f.coverage_max + kWDice * f.dice + kWBigram * f.bigram +
                   kWLengthRatio * f.length_ratio -
                   kWUnmatchedNumbers * std::min<size_t>(f.unmatched_numbers, 3);
  return 1.0 / (1.0 + std::exp(-z));
}

namespace {

Comparison CompareSentences(const AnalysedArticle& a, const AnalysedArticle& b) {
  Comparison out;
  out.relation = "unrelated";
  const SentenceFeatures f = SentencePairFeatures(a.article.text, b.article.text);
  if (f.dice == 0) return out;  // nothing in common (or nothing at all): unrelated, 0
  double p = SentenceParaphraseScore(f);
  // "Rose 5 percent" / "rose 9 percent" report different facts, however similar the wording.
  if (f.numbers_disjoint) p = std::min(p, kSentenceRewrite - 0.05);
  out.similarity = Round3(std::clamp(std::max(p, f.bigram), 0.0, 1.0));
  if (f.bigram >= kSentenceCopy) {
    out.relation = "copy";
  } else if (p >= kSentenceRewrite) {
    out.relation = "rewrite";
  } else if (p >= kSentenceRelated) {
    out.relation = "related";
  } else {
    out.relation = "unrelated";
  }
  out.why.numbers["word_overlap"] = Round3(f.dice);
  out.why.numbers["coverage_min"] = Round3(f.coverage_min);
  out.why.numbers["coverage_max"] = Round3(f.coverage_max);
  out.why.numbers["bigram_jaccard"] = Round3(f.bigram);
  out.why.numbers["length_ratio"] = Round3(f.length_ratio);
  out.why.numbers["paraphrase_score"] = Round3(p);
  if (f.any_numbers) {
    out.why.numbers["shared_numbers"] = static_cast<double>(f.shared_numbers);
    out.why.numbers["unmatched_numbers"] = static_cast<double>(f.unmatched_numbers);
  }
  out.why.numbers["unmatched_words_max"] = static_cast<double>(f.unmatched_max);
  out.why.numbers["unmatched_words_min"] = static_cast<double>(f.unmatched_min);
  return out;
}

}  // namespace

Comparison Compare(const AnalysedArticle& a, const AnalysedArticle& b) {
  const ArticleFeatures fa = ExtractFeatures(a);
  const ArticleFeatures fb = ExtractFeatures(b);
  if (std::max(fa.num_tokens, fb.num_tokens) < kSentenceTokens) {
    return CompareSentences(a, b);
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
