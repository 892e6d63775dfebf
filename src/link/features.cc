#include "link/features.h"

#include <algorithm>
#include <cmath>

#include "base/civil_date.h"
#include "base/text.h"
#include "link/credit.h"
#include "link/tokens.h"

namespace storyline::link {
namespace {

void SortUnique(std::vector<uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// `given` (the mention's own copy of its text) when set, else the span's bytes when the span
// lies inside the text, else empty.
std::string_view SpanText(std::string_view text, uint32_t begin, uint32_t end,
                          std::string_view given) {
  if (!given.empty()) return given;
  if (begin < end && end <= text.size()) return text.substr(begin, end - begin);
  return {};
}

// Years (1900..2100) and one-digit numbers are in every article; they are no evidence.
bool IsInformativeNumber(std::string_view w) {
  if (!IsNumberToken(w)) return false;
  if (w.size() == 1) return false;
  if (w.size() == 4 && w.find('.') == std::string_view::npos) {
    const int v = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    if (v >= 1900 && v <= 2100) return false;
  }
  return true;
}

double Frac(int shared, size_t a, size_t b) {
  if (a == 0 || b == 0) return -1;
  return static_cast<double>(shared) / static_cast<double>(std::min(a, b));
}

bool QuotesMatch(const QuoteKey& a, const QuoteKey& b) {
  if (a.hash == b.hash) return true;
  // Numbers are what template-like quotes differ in ("... in Ashford, event 7" / "event 77").
  if (!a.numbers.empty() && !b.numbers.empty() && IntersectionSize(a.numbers, b.numbers) == 0) {
    return false;
  }
  const size_t small = std::min(a.words.size(), b.words.size());
  if (small < kMinQuoteWords) return false;
  // One quote contains most words of the other (trimmed or lightly edited quotes).
  return static_cast<double>(IntersectionSize(a.words, b.words)) >= 0.8 * static_cast<double>(small);
}

int MatchedQuotes(const std::vector<QuoteKey>& a, const std::vector<QuoteKey>& b) {
  int n = 0;
  for (const auto& qa : a) {
    for (const auto& qb : b) {
      if (QuotesMatch(qa, qb)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

bool Credits(const ArticleFeatures& a, const ArticleFeatures& b) {
  if (a.credited.empty() || b.site.empty()) return false;
  const std::string credited = base::AsciiLower(a.credited);
  if (b.site == credited) return true;
  if (b.site.size() > credited.size() &&
      b.site.compare(b.site.size() - credited.size() - 1, std::string::npos, "." + credited) == 0) {
    return true;
  }
  std::string squashed;  // "Anadolu Agency" -> "anadoluagency"
  for (char c : credited) {
    if (c != ' ') squashed += c;
  }
  return b.site.rfind(squashed + ".", 0) == 0;
}

constexpr uint64_t kFullNameSeed = 0x6e616d65;  // "name"

// |persons ∩ keys of names|, both sorted by hash.
int PersonsNamed(const std::vector<uint64_t>& persons, const WeightedTokens& names) {
  int n = 0;
  size_t j = 0;
  for (uint64_t p : persons) {
    while (j < names.size() && names[j].first < p) ++j;
    if (j < names.size() && names[j].first == p) ++n;
  }
  return n;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

ArticleFeatures ExtractFeatures(const AnalysedArticle& input) {
  const Article& article = input.article;
  const Analysis& analysis = input.analysis;
  const std::string_view text = article.text;
  ArticleFeatures f;

  if (auto d = base::ParseIsoDate(article.published)) f.day = base::DaysFromCivil(*d);

  const std::vector<std::string> tokens = Tokenise(text);
  f.num_tokens = tokens.size();
  f.words.reserve(tokens.size());
  for (const auto& t : tokens) f.words.push_back(base::Hash64(t));
  SortUnique(f.words);
  f.shingles = ShingleHashes(tokens);
  f.num_shingles = f.shingles.size();
  f.signature = MinHash(f.shingles);

  for (const auto& t : tokens) {
    if (IsInformativeNumber(t)) f.numbers.push_back(base::Hash64(t));
  }
  SortUnique(f.numbers);

  std::unordered_map<uint64_t, int> name_mentions;
  for (const EntityMention& m : analysis.entities) {
    std::string_view name = m.entity;
    if (name.empty()) name = SpanText(text, m.begin, m.end, m.text);
    const std::vector<std::string> words = Tokenise(name);
    const std::string key = JoinWords(words);
    if (key.empty()) continue;
    const uint64_t h = base::Hash64(key);
    f.entities.push_back(h);
    if (m.type == EntityType::kPlace) f.places.push_back(h);
    // Name keys of this mention: its content words, and for a multi-word name its last two
    // words as one key (seeded apart from single words), so that a full-name match outweighs
    // one shared word ("Castel Crossing" / "Kestrel Crossing") and survives a title in front
    // ("Commissioner Helena Brandt" / "Helena Brandt").
    std::vector<uint64_t> keys;
    std::vector<std::string_view> content;
    for (const auto& w : words) {
      if (!IsContentWord(w)) continue;
      content.push_back(w);
      keys.push_back(base::Hash64(w));
    }
    uint64_t tail = 0;
    if (content.size() >= 2) {
      const std::string last_two =
          std::string(content[content.size() - 2]) + " " + std::string(content.back());
      tail = base::Hash64(last_two, kFullNameSeed);
      keys.push_back(tail);
    }
    SortUnique(keys);  // "Kestrel Pay Kestrel" is one mention of "kestrel"
    for (uint64_t k : keys) ++name_mentions[k];
    if (m.type == EntityType::kPerson && !content.empty()) {
      // A person is known by the full name, or by the surname alone when that is all the text
      // gives ("Brandt"); two people who only share a surname are two people.
      f.persons.push_back(content.size() >= 2 ? tail : base::Hash64(content.back()));
    }
  }
  SortUnique(f.entities);
  SortUnique(f.places);
  SortUnique(f.persons);
  {
    std::vector<uint64_t> title_words;
    for (const auto& w : Tokenise(article.title)) title_words.push_back(base::Hash64(w));
    SortUnique(title_words);
    for (const auto& [token, n] : name_mentions) {
      float w = 1.0f + std::log(static_cast<float>(n));
      if (std::binary_search(title_words.begin(), title_words.end(), token)) w += 1.0f;
      f.names.emplace_back(token, w);
    }
    if (f.names.size() > kMaxNames) {
      std::sort(f.names.begin(), f.names.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
      });
      f.names.resize(kMaxNames);
    }
    std::sort(f.names.begin(), f.names.end());
  }

  for (const Quote& q : analysis.quotes) {
    const std::vector<std::string> words = Tokenise(SpanText(text, q.begin, q.end, q.text));
    if (words.size() < kMinQuoteWords) continue;
    QuoteKey key;
    key.hash = base::Hash64(JoinWords(words));
    for (const auto& w : words) key.words.push_back(base::Hash64(w));
    SortUnique(key.words);
    for (const auto& w : words) {
      if (IsNumberToken(w)) key.numbers.push_back(base::Hash64(w));
    }
    SortUnique(key.numbers);
    key.grams = ShingleHashes(words, 3);
    if (key.grams.size() > 40) key.grams.resize(40);
    f.quotes.push_back(std::move(key));
  }

  for (const DateMention& d : analysis.dates) {
    if (d.type == DateType::kDate && !d.value.empty()) f.dates.push_back(base::Hash64(d.value));
  }
  SortUnique(f.dates);

  std::unordered_map<uint64_t, float> counts;
  for (const auto& t : tokens) {
    if (IsContentWord(t)) counts[base::Hash64(t)] += 1;
  }
  for (const auto& t : Tokenise(article.title)) {
    if (IsContentWord(t)) counts[base::Hash64(t)] += 1;
  }
  f.terms.assign(counts.begin(), counts.end());
  if (f.terms.size() > kMaxTerms) {
    std::sort(f.terms.begin(), f.terms.end(), [](const auto& x, const auto& y) {
      return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    f.terms.resize(kMaxTerms);
  }
  std::sort(f.terms.begin(), f.terms.end());

  f.site = NormaliseHost(article.url);
  if (f.site.empty()) f.site = NormaliseHost(article.site);
  if (f.site.empty()) f.site = base::AsciiLower(base::Trim(article.site));
  Credit credit = FindCredit(text);
  f.credited = std::move(credit.source);
  f.credited_kind = std::move(credit.kind);
  return f;
}

void IdfTable::Add(const ArticleFeatures& f) {
  ++documents_;
  for (const auto& [term, count] : f.terms) ++df_[term];
  for (const auto& [token, weight] : f.names) ++name_df_[token];
}

double IdfTable::FromDf(uint32_t df) const {
  constexpr uint32_t kMemo = 4096;
  if (df >= kMemo) return std::log1p((static_cast<double>(documents_) + 1) / (df + 0.5));
  if (memo_documents_ != documents_) {
    memo_.assign(kMemo, -1.0);
    memo_documents_ = documents_;
  }
  double& v = memo_[df];
  if (v < 0) v = std::log1p((static_cast<double>(documents_) + 1) / (df + 0.5));
  return v;
}

double IdfTable::NameIdf(uint64_t token) const {
  if (documents_ == 0) return 1;
  auto it = name_df_.find(token);
  return FromDf(it == name_df_.end() ? 0 : it->second);
}

double NameCosine(const WeightedTokens& a, const WeightedTokens& b, const IdfTable* idf) {
  if (a.empty() || b.empty()) return 0;
  const auto weights = [&](const WeightedTokens& v, std::vector<double>& w) {
    w.resize(v.size());
    double norm = 0;
    for (size_t i = 0; i < v.size(); ++i) {
      w[i] = v[i].second * (idf == nullptr ? 1.0 : idf->NameIdf(v[i].first));
      norm += w[i] * w[i];
    }
    return norm;
  };
  std::vector<double> wa, wb;
  const double na = weights(a, wa), nb = weights(b, wb);
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += wa[i++] * wb[j++];
    }
  }
  if (na <= 0 || nb <= 0) return 0;
  return std::clamp(dot / std::sqrt(na * nb), 0.0, 1.0);
}

double IdfTable::Idf(uint64_t term) const {
  if (documents_ == 0) return 1;
  auto it = df_.find(term);
  // Smoothed (log(1 + x)) so that words shared by every article of a young corpus keep some
  // weight instead of dropping to zero.
  return FromDf(it == df_.end() ? 0 : it->second);
}

double TermCosine(const ArticleFeatures& a, const ArticleFeatures& b, const IdfTable* idf) {
  // One IDF lookup per term and side: this is the linker's inner loop.
  const auto weights = [&](const ArticleFeatures& f, std::vector<double>& w) {
    w.resize(f.terms.size());
    double norm = 0;
    for (size_t i = 0; i < f.terms.size(); ++i) {
      const auto& [term, count] = f.terms[i];
      w[i] = 1.0 + std::log(std::max(1.0f, count));
      if (idf != nullptr) w[i] *= idf->Idf(term);
      norm += w[i] * w[i];
    }
    return norm;
  };
  std::vector<double> wa, wb;
  const double na = weights(a, wa);
  const double nb = weights(b, wb);
  if (na <= 0 || nb <= 0) return 0;
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i].first < b.terms[j].first) {
      ++i;
    } else if (b.terms[j].first < a.terms[i].first) {
      ++j;
    } else {
      dot += wa[i++] * wb[j++];
    }
  }
  return std::clamp(dot / std::sqrt(na * nb), 0.0, 1.0);
}

double CentroidCosine(const ArticleFeatures& a, const WeightedTokens& centroid,
                      const IdfTable& idf) {
  if (a.terms.empty() || centroid.empty()) return 0;
  double na = 0, nc = 0, dot = 0;
  size_t j = 0;
  for (const auto& [term, count] : a.terms) {
    const double w = (1.0 + std::log(std::max(1.0f, count))) * idf.Idf(term);
    na += w * w;
    while (j < centroid.size() && centroid[j].first < term) {
      const double c = centroid[j].second * idf.Idf(centroid[j].first);
      nc += c * c;
      ++j;
    }
    if (j < centroid.size() && centroid[j].first == term) {
      const double c = centroid[j].second * idf.Idf(term);
      nc += c * c;
      dot += w * c;
      ++j;
    }
  }
  for (; j < centroid.size(); ++j) {
    const double c = centroid[j].second * idf.Idf(centroid[j].first);
    nc += c * c;
  }
  if (na <= 0 || nc <= 0) return 0;
  return std::clamp(dot / std::sqrt(na * nc), 0.0, 1.0);
}

void PersonOverlap(const std::vector<uint64_t>& persons_a, const WeightedTokens& names_a,
                   const std::vector<uint64_t>& persons_b, const WeightedTokens& names_b,
                   PairEvidence& e) {
  if (persons_a.empty() || persons_b.empty()) return;
  // Against the other side's names of any type: the analyser may call a person MISC.
  const int shared = std::max(PersonsNamed(persons_a, names_b), PersonsNamed(persons_b, names_a));
  const double frac = std::min(
      1.0, static_cast<double>(shared) /
               static_cast<double>(std::min(persons_a.size(), persons_b.size())));
  if (frac > e.person_frac) {
    e.person_frac = frac;
    e.shared_persons = shared;
  }
}

PairEvidence Evaluate(const ArticleFeatures& a, const ArticleFeatures& b, const IdfTable* idf) {
  PairEvidence e;
  if (a.num_shingles > 0 && b.num_shingles > 0) {
    e.jaccard = (a.shingles_kept && b.shingles_kept) ? ExactJaccard(a.shingles, b.shingles)
                                                      : EstimateJaccard(a.signature, b.signature);
  }
  e.shared_quotes = std::min(MatchedQuotes(a.quotes, b.quotes), MatchedQuotes(b.quotes, a.quotes));
  e.quote_frac = Frac(e.shared_quotes, a.quotes.size(), b.quotes.size());
  e.shared_entities = static_cast<int>(IntersectionSize(a.entities, b.entities));
  e.entity_frac = Frac(e.shared_entities, a.entities.size(), b.entities.size());
  e.shared_places = static_cast<int>(IntersectionSize(a.places, b.places));
  e.place_frac = Frac(e.shared_places, a.places.size(), b.places.size());
  e.shared_numbers = static_cast<int>(IntersectionSize(a.numbers, b.numbers));
  e.number_frac = Frac(e.shared_numbers, a.numbers.size(), b.numbers.size());
  e.shared_dates = static_cast<int>(IntersectionSize(a.dates, b.dates));
  e.date_frac = Frac(e.shared_dates, a.dates.size(), b.dates.size());
  e.cosine = TermCosine(a, b, idf);
  e.name_cosine = NameCosine(a.names, b.names, idf);
  PersonOverlap(a.persons, a.names, b.persons, b.names, e);
  if (a.day && b.day) e.day_gap = *a.day > *b.day ? *a.day - *b.day : *b.day - *a.day;
  e.site_credited = Credits(a, b) || Credits(b, a);
  return e;
}

double RewriteScore(const PairEvidence& e) {
  const auto known = [](double frac, double unknown) { return frac < 0 ? unknown : frac; };
  double z = -6.5 + 6.0 * e.cosine + 4.0 * std::min(e.jaccard, 0.6) +
             1.5 * known(e.entity_frac, 0.3) + 1.5 * known(e.number_frac, 0.3) +
             2.0 * known(e.quote_frac, 0.3) + 0.4 * std::min(e.shared_quotes, 3);
  if (e.site_credited) z += 1.5;
  if (e.place_frac == 0) z -= 1.5;  // both name places, none in common
  // A paraphrase keeps the people and the figures; same template, other names is another event.
  if (e.number_frac == 0) z -= 2.0;
  if (e.person_frac == 0) z -= 1.5;
  double s = Sigmoid(z);
  // A paraphrase keeps the vocabulary of the facts; without it, shared names are coincidence.
  if (e.cosine < 0.1 && e.jaccard < 0.1) s = std::min(s, 0.2);
  return s;
}

double StoryScore(const PairEvidence& e, int window_days) {
  const auto known = [](double frac, double unknown) { return frac < 0 ? unknown : frac; };
  double s = 0.35 * e.cosine + 0.45 * e.name_cosine + 0.05 * known(e.entity_frac, 0.05) +
             0.1 * known(e.number_frac, 0.05) + 0.1 * known(e.quote_frac, 0.0) +
             0.05 * known(e.date_frac, 0.02) + 0.5 * std::min(e.jaccard, 0.6);
  // Disagreement: two events of the same kind differ in who, where, when and how many. Place
  // types are the analyser's least reliable guess, so a place mismatch weighs little.
  const bool persons_differ = e.person_frac == 0;
  const bool numbers_differ = e.number_frac == 0;
  if (e.place_frac == 0) s -= 0.03;
  if (e.entity_frac == 0) s -= 0.08;
  if (persons_differ) s -= 0.08;
  if (numbers_differ) s -= 0.05;
  if (e.date_frac == 0) s -= 0.05;
  if (e.day_gap && window_days > 0) {
    // Time distance discounts; more so when no figure is shared: a later report of the same
    // event repeats its numbers (the toll, the amount, the score), a new event has its own.
    const double far = std::min(1.0, static_cast<double>(*e.day_gap) / window_days);
    s *= 1.0 - (numbers_differ ? 0.8 : 0.5) * far;
    // Days apart with neither a person nor a number in common: another event of the same kind
    // in the same place, not a follow-up (a follow-up names the same people or figures).
    if (*e.day_gap >= 2 && persons_differ && numbers_differ) s *= 0.5;
  }
  // Nobody and no figure in common, whatever the day: at best a related event.
  if (persons_differ && numbers_differ) s *= 0.45;
  return std::clamp(s, 0.0, 1.0);
}

}  // namespace storyline::link
