#pragma once
// Per-article features for linking and the pairwise evidence computed from them.
//
// Everything is hashed (64-bit XXH3 via base::Hash64) so that per-article state stays small:
// a MinHash signature, a few hundred term/entity/number ids, and (while the article is recent)
// its shingle set for exact Jaccard verification.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "link/minhash.h"
#include "storyline/document.h"

namespace storyline::link {

// Quotes shorter than this (in words) are too generic ("we will see") to be evidence.
constexpr size_t kMinQuoteWords = 4;
// Content terms kept per article (highest term frequency first).
constexpr size_t kMaxTerms = 200;

struct QuoteKey {
  uint64_t hash = 0;             // of the normalised quote (lowercase words joined by spaces)
  std::vector<uint64_t> words;   // sorted unique word hashes, for fuzzy containment
  std::vector<uint64_t> grams;   // word 3-gram hashes, keys of the quote inverted index
  std::vector<uint64_t> numbers; // sorted unique number-token hashes: "event 7" != "event 77"
};

// A sparse weight vector over hashed tokens, sorted by hash.
using WeightedTokens = std::vector<std::pair<uint64_t, float>>;

struct ArticleFeatures {
  std::optional<int64_t> day;        // published day number; nullopt when unknown
  size_t num_tokens = 0;
  std::vector<uint64_t> words;       // sorted unique hashes of all word tokens
  std::vector<uint64_t> shingles;    // sorted unique 5-word shingle hashes (body text)
  size_t num_shingles = 0;           // |shingles| even after they are dropped to save memory
  bool shingles_kept = true;         // false once `shingles` was released (MinHash remains)
  Signature signature{};             // MinHash of `shingles`
  std::vector<uint64_t> entities;    // sorted unique hashes of lowercased canonical entities
  std::vector<uint64_t> places;      // the subset of `entities` of type PLACE
  // Name keys: the content words of every entity name, plus one key for the last two words of
  // a multi-word name ("helena brandt"), weighted by salience
  // (1 + log mentions, +1 when the word is also in the title). Token level, because the
  // analyser's names vary ("Substitute Tomasz Wilk" / "Tomasz Wilk") and so do its types; the
  // rarity weighting (IDF) is applied when comparing, so a country named in every article
  // weighs little and a company or person specific to one event weighs much.
  WeightedTokens names;
  // Keys of PERSON mentions (as in `names`): the last two words of the name ("helena brandt"),
  // or the one word of a one-word name ("brandt"). Sorted unique.
  std::vector<uint64_t> persons;
  std::vector<QuoteKey> quotes;      // quotes of >= kMinQuoteWords words
  std::vector<uint64_t> numbers;     // sorted unique hashes of number tokens (not years)
  std::vector<uint64_t> dates;       // sorted unique hashes of resolved DATE values
  std::vector<std::pair<uint64_t, float>> terms;  // content term hash -> count, sorted by hash
  std::string site;                  // lowercased host of Article::site / url, may be empty
  std::string credited;              // FindCredit(text).source, may be empty
  std::string credited_kind;         // FindCredit(text).kind
};

// Extracts features from an analysed article. Spans outside the text are ignored (bad input is
// normal input). Title words count towards `terms` (not shingles: copies often retitle).
ArticleFeatures ExtractFeatures(const AnalysedArticle& article);

// Incrementally learned inverse document frequency over content terms.
// Content terms and name tokens are counted separately (a word may be rare as a name and
// common as a word).
class IdfTable {
 public:
  void Add(const ArticleFeatures& f);
  // log(1 + (N + 1) / (df + 0.5)); 1 for every term when nothing was added.
  double Idf(uint64_t term) const;
  // The same over name tokens.
  double NameIdf(uint64_t token) const;
  size_t documents() const { return documents_; }

 private:
  // log1p((N + 1) / (df + 0.5)) for the current N, memoised for small df: the linker asks
  // for the same few values millions of times between two Add() calls.
  double FromDf(uint32_t df) const;

  size_t documents_ = 0;
  std::unordered_map<uint64_t, uint32_t> df_;
  std::unordered_map<uint64_t, uint32_t> name_df_;
  mutable std::vector<double> memo_;  // memo_[df], valid while memo_documents_ == documents_
  mutable size_t memo_documents_ = 0;
};

// Cosine of two name vectors with every token weighted by its name IDF (idf == nullptr: 1).
double NameCosine(const WeightedTokens& a, const WeightedTokens& b, const IdfTable* idf);

// Cosine of the (1 + log tf) * idf vectors; idf == nullptr weighs every term 1.
double TermCosine(const ArticleFeatures& a, const ArticleFeatures& b, const IdfTable* idf);

// Cosine of a's (1 + log tf) * idf vector with a centroid of term weights (sorted by hash),
// whose entries are multiplied by the same idf.
double CentroidCosine(const ArticleFeatures& a, const WeightedTokens& centroid,
                      const IdfTable& idf);

// Evidence for one pair. Fractions are shared / min(size_a, size_b), or -1 when either side
// has none of that feature (unknown, not disagreement).
struct PairEvidence {
  double jaccard = 0;  // shingle Jaccard: exact when both sets are known, else estimated
  int shared_quotes = 0;
  int shared_entities = 0;
  int shared_places = 0;
  int shared_numbers = 0;
  int shared_dates = 0;
  double quote_frac = -1, entity_frac = -1, place_frac = -1, number_frac = -1, date_frac = -1;
  double cosine = 0;
  double name_cosine = 0;    // NameCosine of the name vectors (in the linker: against the story)
  int shared_persons = 0;    // person keys of one side among the other side's names
  double person_frac = -1;   // shared_persons / min(|persons|) (at most 1), -1 when either has none
  std::optional<int64_t> day_gap;  // |day_a - day_b| when both are known
  bool site_credited = false;      // one credits the other's site as its source
};

// Raises e.shared_persons / e.person_frac to the overlap of these persons and names when it is
// larger (persons of one side named, with any entity type, by the other). Symmetric.
void PersonOverlap(const std::vector<uint64_t>& persons_a, const WeightedTokens& names_a,
                   const std::vector<uint64_t>& persons_b, const WeightedTokens& names_b,
                   PairEvidence& e);

// Symmetric in a and b. Jaccard is exact when both shingle sets are kept.
PairEvidence Evaluate(const ArticleFeatures& a, const ArticleFeatures& b, const IdfTable* idf);

// Probability-like score in [0, 1] that one article paraphrases the other (same quotes, names,
// numbers, much shared vocabulary).
double RewriteScore(const PairEvidence& e);
// Score in [0, 1] that both report the same real-world event. Shared rare names (people and
// companies of the event) count most, then shared vocabulary, numbers, quotes and dates.
// Disagreement counts against: no person, number or date in common, and time distance (a
// follow-up days later still joins when names agree; weeks apart with nothing specific in
// common does not).
double StoryScore(const PairEvidence& e, int window_days);

// Thresholds shared by the linker and Compare.
constexpr double kCopyJaccard = 0.6;
// When only MinHash estimates are left (standard error ~0.045 with 128 hashes), demand a margin
// so that pairs below 0.5 are not called copies.
constexpr double kCopyJaccardEstimated = 0.68;
constexpr double kRewriteThreshold = 0.5;
constexpr double kStoryThreshold = 0.2;
// Name tokens kept per article (most salient first).
constexpr size_t kMaxNames = 64;

// ---- Sentence pairs (Compare on texts below 60 tokens; paraphrase detection) ----

// Lowercased word -> light English stem ("companies" -> "company", "closed" -> "clos",
// "profits" -> "profit"). Numbers and words under four bytes are returned unchanged.
std::string LightStem(std::string_view word);

// Evidence for one sentence pair; symmetric in the two sentences. The order-sensitive and
// fuzzy features look at the first kMaxSentenceTokens tokens of each side only (they are
// quadratic); Compare uses them on texts below 60 tokens.
constexpr size_t kMaxSentenceTokens = 200;
struct SentenceFeatures {
  double dice = 0;          // Dice overlap of all stemmed word types (stop words included)
  double coverage_min = 0;  // share of one side's content stems found in the other, the smaller
  double coverage_max = 0;  // ... and the larger (an added clause lowers only one of them)
  // Coverage with fuzzy matching: equal stems, or both >= 5 bytes with the same first five
  // ("announced" / "announcement", "acquisition" / "acquired" do not, "investors" / "investment"
  // do: a cheap stand-in for derivational morphology).
  double fuzzy_min = 0, fuzzy_max = 0;
  double bigram = 0;        // Jaccard of word bigrams (word order)
  double trigram = 0;       // shared stem trigrams / trigrams of the side with fewer
  double lcs = 0;           // longest common subsequence of stems / shorter length (order kept)
  double length_ratio = 1;  // shorter / longer token count
  size_t length_diff = 0;   // |tokens a - tokens b|
  size_t shared_numbers = 0;
  size_t unmatched_numbers = 0;  // numbers of the side with more numbers not on the other
  bool any_numbers = false;
  bool numbers_disjoint = false;  // both sides give numbers and none agrees
  bool negation_mismatch = false;  // one side negates ("not", "never", "didn't") and the other not
  // Content stems of one side missing from the other: on the side with more of them (an added
  // clause) and on the other (a changed fact); fuzzy_unmatched_max the same after fuzzy matching.
  size_t unmatched_max = 0, unmatched_min = 0;
  size_t fuzzy_unmatched_max = 0;
};
SentenceFeatures SentencePairFeatures(std::string_view a, std::string_view b);

// Logistic weights of SentenceParaphraseScore: fitted on MSRP train (4,076 pairs) with
// bench/link/fit_paraphrase.py (Newton, small L2) and rounded; the script prints this block.
// Read together, not one by one: overlap measures are correlated, so single signs mean little.
// The products (dice x length ratio, fuzzy_min squared) let a near-complete overlap of
// equally long sentences count more than the sum of its parts.
constexpr double kSentenceBias = 3.41;
constexpr double kWDice = -8.46;
constexpr double kWCoverageMin = -0.69;
constexpr double kWCoverageMax = -2.70;
constexpr double kWFuzzyMin = -8.85;
constexpr double kWFuzzyMax = 5.10;
constexpr double kWBigram = 2.11;
constexpr double kWTrigram = -4.62;
constexpr double kWLcs = 4.73;
constexpr double kWLengthRatio = -5.89;
constexpr double kWLengthDiff = -0.63;         // per 10 tokens
constexpr double kWUnmatchedNumbers = -0.35;   // per number, at most 3
constexpr double kWNegationMismatch = -1.30;
constexpr double kWFuzzyUnmatchedMax = 0.63;   // times log(1 + n)
constexpr double kWDiceLength = 14.80;         // dice * length_ratio
constexpr double kWFuzzyMinSquared = 7.50;
constexpr double kWNumbersDisjoint = -0.21;    // figures on both sides, none shared
constexpr double kWSharedNumbers = -0.10;      // per number, at most 3
constexpr double kWUnmatchedMax = -1.30;       // times log(1 + unmatched_max)
constexpr double kWUnmatchedMin = 0.28;        // times log(1 + unmatched_min)
// Probability in [0, 1] that the two sentences are paraphrases.
double SentenceParaphraseScore(const SentenceFeatures& f);

}  // namespace storyline::link
