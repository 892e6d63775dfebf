// Compare: the relation between two texts, for the `compare` command and paraphrase benchmarks.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

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

namespace {

// Negation cues; "didn't"-style tokens are recognised by their ending.
bool IsNegation(std::string_view w) {
  static constexpr std::string_view kCues[] = {"not",  "no",      "never",  "nor",    "none",
                                               "nothing", "nobody", "neither", "cannot", "without"};
  for (std::string_view c : kCues) {
    if (w == c) return true;
  }
  return EndsWith(w, "n't");
}

// Equal, or both at least five bytes long with the same first five bytes.
bool FuzzyEqual(std::string_view x, std::string_view y) {
  if (x == y) return true;
  return x.size() >= 5 && y.size() >= 5 && x.substr(0, 5) == y.substr(0, 5);
}

// Share of `from` (unique content stems) with a fuzzy match in `to`; *unmatched gets the rest.
double FuzzyCoverage(const std::vector<std::string>& from, const std::vector<std::string>& to,
                     size_t* unmatched) {
  size_t hit = 0;
  for (const auto& x : from) {
    for (const auto& y : to) {
      if (FuzzyEqual(x, y)) {
        ++hit;
        break;
      }
    }
  }
  *unmatched = from.size() - hit;
  return from.empty() ? 1.0 : static_cast<double>(hit) / static_cast<double>(from.size());
}

// Longest common subsequence length of two hash sequences (two rows, O(|a| |b|)).
size_t Lcs(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (uint64_t x : a) {
    for (size_t j = 0; j < b.size(); ++j) {
      cur[j + 1] = x == b[j] ? prev[j] + 1 : std::max(prev[j + 1], cur[j]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Per-side token views used by SentencePairFeatures.
struct SideTokens {
  std::vector<uint64_t> all, content, numbers;  // sorted unique hashes (stems; numbers as is)
  std::vector<uint64_t> sequence;               // stem hashes in text order (capped)
  std::vector<std::string> content_stems;       // unique content stems (capped), for fuzzy match
  int negations = 0;
};

SideTokens Side(const std::vector<std::string>& tokens) {
  SideTokens s;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i];
    if (IsNegation(w)) ++s.negations;
    uint64_t h;
    if (IsNumberToken(w)) {
      h = base::Hash64(w);
      s.numbers.push_back(h);
    } else {
      const std::string stem = LightStem(w);
      h = base::Hash64(stem);
      if (IsContentWord(w)) {
        s.content.push_back(h);
        if (i < kMaxSentenceTokens) s.content_stems.push_back(stem);
      }
    }
    s.all.push_back(h);
    if (i < kMaxSentenceTokens) s.sequence.push_back(h);
  }
  for (auto* v : {&s.all, &s.content, &s.numbers}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  std::sort(s.content_stems.begin(), s.content_stems.end());
  s.content_stems.erase(std::unique(s.content_stems.begin(), s.content_stems.end()),
                        s.content_stems.end());
  return s;
}

}  // namespace

SentenceFeatures SentencePairFeatures(std::string_view a, std::string_view b) {
  SentenceFeatures out;
  const std::vector<std::string> ta = Tokenise(a), tb = Tokenise(b);
  const SideTokens sa = Side(ta), sb = Side(tb);
  const auto frac = [](size_t n, size_t d) { return d == 0 ? 1.0 : static_cast<double>(n) / d; };
  const size_t shared_all = IntersectionSize(sa.all, sb.all);
  out.dice = sa.all.empty() && sb.all.empty()
                 ? 0
                 : 2.0 * shared_all / static_cast<double>(sa.all.size() + sb.all.size());
  const size_t shared_content = IntersectionSize(sa.content, sb.content);
  const double cov_a = frac(shared_content, sa.content.size());
  const double cov_b = frac(shared_content, sb.content.size());
  if (sa.content.empty() && sb.content.empty()) {
    out.coverage_min = out.coverage_max = out.dice;
  } else {
    out.coverage_min = std::min(cov_a, cov_b);
    out.coverage_max = std::max(cov_a, cov_b);
  }
  out.unmatched_max = std::max(sa.content.size(), sb.content.size()) - shared_content;
  out.unmatched_min = std::min(sa.content.size(), sb.content.size()) - shared_content;
  size_t un_a = 0, un_b = 0;
  const double fz_a = FuzzyCoverage(sa.content_stems, sb.content_stems, &un_a);
  const double fz_b = FuzzyCoverage(sb.content_stems, sa.content_stems, &un_b);
  if (sa.content_stems.empty() && sb.content_stems.empty()) {
    out.fuzzy_min = out.fuzzy_max = out.dice;
  } else {
    out.fuzzy_min = std::min(fz_a, fz_b);
    out.fuzzy_max = std::max(fz_a, fz_b);
  }
  out.fuzzy_unmatched_max = std::max(un_a, un_b);
  out.bigram = ExactJaccard(ShingleHashes(ta, 2), ShingleHashes(tb, 2));
  {
    // Trigram containment over stems: word order at phrase level, forgiving an added clause.
    std::vector<std::string> stems_a, stems_b;
    for (const auto& w : ta) stems_a.push_back(LightStem(w));
    for (const auto& w : tb) stems_b.push_back(LightStem(w));
    const std::vector<uint64_t> ga = ShingleHashes(stems_a, 3), gb = ShingleHashes(stems_b, 3);
    const size_t small = std::min(ga.size(), gb.size());
    out.trigram = small == 0 ? 0 : static_cast<double>(IntersectionSize(ga, gb)) / small;
  }
  {
    const size_t small = std::min(sa.sequence.size(), sb.sequence.size());
    out.lcs = small == 0 ? 0 : static_cast<double>(Lcs(sa.sequence, sb.sequence)) / small;
  }
  out.length_ratio = ta.empty() && tb.empty()
                         ? 1.0
                         : static_cast<double>(std::min(ta.size(), tb.size())) /
                               static_cast<double>(std::max(ta.size(), tb.size()));
  out.length_diff = ta.size() > tb.size() ? ta.size() - tb.size() : tb.size() - ta.size();
  out.shared_numbers = IntersectionSize(sa.numbers, sb.numbers);
  // Unmatched numbers on the side with more of them: a paraphrase keeps the figures.
  out.unmatched_numbers = std::max(sa.numbers.size(), sb.numbers.size()) - out.shared_numbers;
  out.any_numbers = !sa.numbers.empty() || !sb.numbers.empty();
  out.numbers_disjoint = !sa.numbers.empty() && !sb.numbers.empty() && out.shared_numbers == 0;
  out.negation_mismatch = (sa.negations % 2) != (sb.negations % 2);
  return out;
}

double SentenceParaphraseScore(const SentenceFeatures& f) {
  // Logistic combination, weights fitted on MSRP train (features.h, bench/link/).
  const double z =
      kSentenceBias + kWDice * f.dice + kWCoverageMin * f.coverage_min +
      kWCoverageMax * f.coverage_max + kWFuzzyMin * f.fuzzy_min + kWFuzzyMax * f.fuzzy_max +
      kWBigram * f.bigram + kWTrigram * f.trigram + kWLcs * f.lcs +
      kWLengthRatio * f.length_ratio + kWLengthDiff * (static_cast<double>(f.length_diff) / 10) +
      kWUnmatchedNumbers * static_cast<double>(std::min<size_t>(f.unmatched_numbers, 3)) +
      kWNegationMismatch * (f.negation_mismatch ? 1.0 : 0.0) +
      kWFuzzyUnmatchedMax * std::log1p(static_cast<double>(f.fuzzy_unmatched_max)) +
      kWDiceLength * f.dice * f.length_ratio + kWFuzzyMinSquared * f.fuzzy_min * f.fuzzy_min +
      kWNumbersDisjoint * (f.numbers_disjoint ? 1.0 : 0.0) +
      kWSharedNumbers * static_cast<double>(std::min<size_t>(f.shared_numbers, 3)) +
      kWUnmatchedMax * std::log1p(static_cast<double>(f.unmatched_max)) +
      kWUnmatchedMin * std::log1p(static_cast<double>(f.unmatched_min));
  return 1.0 / (1.0 + std::exp(-z));
}

namespace {

Comparison CompareSentences(const AnalysedArticle& a, const AnalysedArticle& b) {
  Comparison out;
  out.relation = "unrelated";
  const SentenceFeatures f = SentencePairFeatures(a.article.text, b.article.text);
  if (f.dice == 0) return out;  // nothing in common (or nothing at all): unrelated, 0
  double p = SentenceParaphraseScore(f);
  // One figure on each side and they differ ("rose 5 percent" / "rose 9 percent"): a changed
  // fact, never a paraphrase. With more figures, disagreement only counts through the fitted
  // weights (numbers_disjoint, unmatched_numbers): figures are often reformatted or dropped
  // rather than changed, and a wider veto costs 0.4 to 0.7 points of MSRP train accuracy.
  if (f.numbers_disjoint && f.unmatched_numbers == 1) p = std::min(p, kSentenceRewrite - 0.05);
  out.similarity = Round3(std::clamp(std::max(p, f.bigram), 0.0, 1.0));
  if (f.bigram >= kSentenceCopy) {
    out.relation = "copy";
  } else if (p >= kSentenceRewrite) {
    out.relation = "rewrite";
  } else if (p >= kSentenceRelated && f.fuzzy_max > 0) {
    // The fitted score has a high prior (most MSRP pairs are paraphrases): "related" also
    // needs a content word in common, not just function words.
    out.relation = "related";
  } else {
    out.relation = "unrelated";
  }
  out.why.numbers["word_overlap"] = Round3(f.dice);
  out.why.numbers["coverage_min"] = Round3(f.coverage_min);
  out.why.numbers["coverage_max"] = Round3(f.coverage_max);
  out.why.numbers["bigram_jaccard"] = Round3(f.bigram);
  out.why.numbers["fuzzy_min"] = Round3(f.fuzzy_min);
  out.why.numbers["fuzzy_max"] = Round3(f.fuzzy_max);
  out.why.numbers["trigram"] = Round3(f.trigram);
  out.why.numbers["lcs"] = Round3(f.lcs);
  out.why.numbers["length_diff"] = static_cast<double>(f.length_diff);
  out.why.numbers["negation_mismatch"] = f.negation_mismatch ? 1 : 0;
  out.why.numbers["fuzzy_unmatched_max"] = static_cast<double>(f.fuzzy_unmatched_max);
  out.why.numbers["length_ratio"] = Round3(f.length_ratio);
  out.why.numbers["paraphrase_score"] = Round3(p);
  out.why.numbers["shared_numbers"] = static_cast<double>(f.shared_numbers);
  out.why.numbers["unmatched_numbers"] = static_cast<double>(f.unmatched_numbers);
  out.why.numbers["numbers_disjoint"] = f.numbers_disjoint ? 1 : 0;
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
