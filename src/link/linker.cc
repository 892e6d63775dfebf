// The incremental linker: copies via MinHash/LSH, rewrites and stories via an inverted index
// over entities, quote 3-grams and rare words, restricted to a time window.
#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"
#include "link/credit.h"
#include "link/features.h"
#include "link/link.h"
#include "link/threads.h"
#include "link/minhash.h"

namespace storyline::link {
namespace {

// Bounds that keep memory and time per article constant as the corpus grows.
constexpr size_t kMaxPosting = 200;         // most recent articles kept per index key
constexpr size_t kMaxCandidates = 100;      // articles fully evaluated per Add
constexpr size_t kIndexTerms = 12;          // rarest content words indexed per article
constexpr size_t kMaxKeptShingles = 5000;   // recent articles whose shingle sets are kept
// Articles dated more than this many windows before the newest date seen (and old enough in
// arrival order, LinkOptions::evict_after_articles) can never be candidates again except for
// late arrivals with old dates, which then start new stories; they leave every index.
constexpr int64_t kEvictAfterWindows = 2;
// Story state bounds: name tokens of the centroid, person tokens of the union.
constexpr size_t kStoryNames = 96;
constexpr size_t kStoryPersons = 64;
constexpr size_t kStoryTerms = 300;

// Index key namespaces, so an entity and a word with equal hashes never meet.
enum KeyKind : uint64_t { kEntityKey = 1, kQuoteKey = 2, kTermKey = 3 };

uint64_t IndexKey(uint64_t h, KeyKind kind) {
  uint64_t z = h ^ (static_cast<uint64_t>(kind) * 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 31)) * 0xBF58476D1CE4E5B9ULL;
  return z ^ (z >> 29);
}

double Round3(double x) { return std::round(x * 1000) / 1000; }

}  // namespace

struct Linker::Impl {
  struct Entry {
    std::string id;
    ArticleFeatures features;
    std::string story;
    std::string origin;
    std::vector<uint64_t> keys;  // the inverted-index keys it was posted under
    bool evicted = false;        // out of every index; only id, story and origin remain
  };

  // What a story is, beyond its best-matching article: the centroid of its members' name
  // vectors, the union of their person names and its date span. A follow-up is compared with
  // all of this, so it may join through names that only a later report of the story carried.
  struct StoryState {
    WeightedTokens names;           // sum of members' L2-normalised name vectors, sorted by hash
    std::vector<uint64_t> persons;  // sorted unique
    std::optional<int64_t> first_day, last_day;
    // Sum of members' L2-normalised (1 + log tf) content-term vectors, sorted by hash; IDF is
    // applied when comparing (it keeps changing). A short follow-up shares a few words with
    // each member and many with the story as a whole.
    WeightedTokens terms;
  };

  explicit Impl(LinkOptions o) : options(o) {}

  // centroid += v / |v|, keeping the `cap` heaviest tokens. Both sorted by hash.
  static void AddToCentroid(WeightedTokens& centroid, const WeightedTokens& v, size_t cap) {
    double norm = 0;
    for (const auto& [t, w] : v) norm += static_cast<double>(w) * w;
    if (norm <= 0) return;
    const double scale = 1.0 / std::sqrt(norm);
    WeightedTokens merged;
    merged.reserve(centroid.size() + v.size());
    size_t i = 0, j = 0;
    while (i < centroid.size() || j < v.size()) {
      if (j == v.size() || (i < centroid.size() && centroid[i].first < v[j].first)) {
        merged.push_back(centroid[i++]);
      } else if (i == centroid.size() || v[j].first < centroid[i].first) {
        merged.emplace_back(v[j].first, static_cast<float>(v[j].second * scale));
        ++j;
      } else {
        merged.emplace_back(centroid[i].first,
                            static_cast<float>(centroid[i].second + v[j].second * scale));
        ++i, ++j;
      }
    }
    if (merged.size() > cap) {
      std::sort(merged.begin(), merged.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
      });
      merged.resize(cap);
      std::sort(merged.begin(), merged.end());
    }
    centroid = std::move(merged);
  }

  void AddToStory(const std::string& story, const ArticleFeatures& f) {
    StoryState& st = stories[story];
    AddToCentroid(st.names, f.names, kStoryNames);
    WeightedTokens tf;
    tf.reserve(f.terms.size());
    for (const auto& [t, c] : f.terms) {
      tf.emplace_back(t, 1.0f + std::log(std::max(1.0f, c)));
    }
    AddToCentroid(st.terms, tf, kStoryTerms);
    if (st.persons.size() < kStoryPersons) {
      st.persons.insert(st.persons.end(), f.persons.begin(), f.persons.end());
      std::sort(st.persons.begin(), st.persons.end());
      st.persons.erase(std::unique(st.persons.begin(), st.persons.end()), st.persons.end());
    }
    if (f.day) {
      if (!st.first_day || *f.day < *st.first_day) st.first_day = f.day;
      if (!st.last_day || *f.day > *st.last_day) st.last_day = f.day;
    }
  }

  // `pair` (article vs one member of `story`) with the story-level evidence folded in: the
  // better of the pair's and the story's name cosine and person overlap, and the distance from
  // the article's day to the story's date span.
  // `cache` keeps the story-level part per story during one Add (many members, one story).
  struct StoryMatch {
    double name_cosine = 0;
    double cosine = 0;     // content cosine against the story's term centroid
    PairEvidence persons;  // only shared_persons / person_frac are set
  };
  PairEvidence WithStory(const ArticleFeatures& f, const StoryState& st, PairEvidence e,
                         std::unordered_map<const StoryState*, StoryMatch>& cache) const {
    auto [it, fresh] = cache.try_emplace(&st);
    if (fresh) {
      it->second.name_cosine = NameCosine(f.names, st.names, &idf);
      it->second.cosine = CentroidCosine(f, st.terms, idf);
      PersonOverlap(f.persons, f.names, st.persons, st.names, it->second.persons);
    }
    e.name_cosine = std::max(e.name_cosine, it->second.name_cosine);
    e.cosine = std::max(e.cosine, it->second.cosine);
    if (it->second.persons.person_frac > e.person_frac) {
      e.person_frac = it->second.persons.person_frac;
      e.shared_persons = it->second.persons.shared_persons;
    }
    if (f.day && st.first_day && st.last_day) {
      const int64_t gap = *f.day < *st.first_day  ? *st.first_day - *f.day
                          : *f.day > *st.last_day ? *f.day - *st.last_day
                                                  : 0;
      if (!e.day_gap || gap < *e.day_gap) e.day_gap = gap;
    }
    return e;
  }

  LinkOptions options;
  std::vector<Entry> entries;
  std::unordered_set<std::string> story_ids;
  LshIndex lsh{kMaxPosting};
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  IdfTable idf;
  std::deque<uint32_t> kept_shingles;
  std::optional<int64_t> newest_day;
  // Dated entries that are old enough by arrival to be evicted (more than
  // evict_after_articles arrivals ago) and not evicted yet, by day. Entries [0, next_to_age)
  // have been considered for it; each enters once, so eviction costs O(log n) per article.
  std::multimap<int64_t, uint32_t> by_day;
  size_t next_to_age = 0;
  ThreadIndex threads;
  std::unordered_map<std::string, StoryState> stories;

  // Releases the evidence of articles far older than the newest one.
  void Evict() {
    if (!newest_day) return;
    const int64_t horizon = *newest_day - kEvictAfterWindows * std::max(1, options.window_days);
    const size_t min_age = static_cast<size_t>(std::max(0, options.evict_after_articles));
    for (; next_to_age + min_age < entries.size(); ++next_to_age) {
      const Entry& e = entries[next_to_age];
      if (!e.evicted && e.features.day) by_day.emplace(*e.features.day, next_to_age);
    }
    for (auto it = by_day.begin(); it != by_day.end() && it->first < horizon;) {
      Entry& e = entries[it->second];
      it = by_day.erase(it);
      const auto idx = static_cast<uint32_t>(&e - entries.data());
      for (uint64_t key : e.keys) {
        auto it = postings.find(key);
        if (it == postings.end()) continue;
        auto& list = it->second;
        list.erase(std::remove(list.begin(), list.end(), idx), list.end());
        if (list.empty()) postings.erase(it);
      }
      if (e.features.num_shingles > 0) lsh.Remove(idx, e.features.signature);
      if (auto st = stories.find(e.story);
          st != stories.end() && st->second.last_day && *st->second.last_day < horizon) {
        stories.erase(st);  // no member can be a candidate any more
      }
      e.keys = {};
      e.features = ArticleFeatures{};
      e.evicted = true;
    }
  }

  bool InWindow(const ArticleFeatures& a, const ArticleFeatures& b) const {
    if (!a.day || !b.day) return true;  // unknown dates are always in the window
    return std::llabs(*a.day - *b.day) <= options.window_days;
  }

  // The content words of `f` with the highest tf-idf under the current table; ties by hash.
  std::vector<uint64_t> IndexTerms(const ArticleFeatures& f) const {
    std::vector<std::pair<double, uint64_t>> scored;
    scored.reserve(f.terms.size());
    for (const auto& [term, count] : f.terms) {
      scored.emplace_back((1.0 + std::log(std::max(1.0f, count))) * idf.Idf(term), term);
    }
    std::sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    std::vector<uint64_t> out;
    for (size_t i = 0; i < scored.size() && i < kIndexTerms; ++i) out.push_back(scored[i].second);
    return out;
  }

  std::vector<uint64_t> Keys(const ArticleFeatures& f) const {
    std::vector<uint64_t> keys;
    for (uint64_t e : f.entities) keys.push_back(IndexKey(e, kEntityKey));
    for (const auto& q : f.quotes) {
      for (uint64_t g : q.grams) keys.push_back(IndexKey(g, kQuoteKey));
    }
    for (uint64_t t : IndexTerms(f)) keys.push_back(IndexKey(t, kTermKey));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }

  // Earlier articles in the window sharing index keys with `f`, most shared keys first (ties:
  // most recent first), at most kMaxCandidates.
  std::vector<uint32_t> Candidates(const ArticleFeatures& f, const std::string& id) const {
    std::unordered_map<uint32_t, int> hits;
    for (uint64_t key : Keys(f)) {
      auto it = postings.find(key);
      if (it == postings.end()) continue;
      for (uint32_t c : it->second) ++hits[c];
    }
    std::vector<std::pair<int, uint32_t>> ranked;
    for (const auto& [c, n] : hits) {
      if (entries[c].evicted || entries[c].id == id || !InWindow(f, entries[c].features)) continue;
      ranked.emplace_back(n, c);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second > y.second;
    });
    if (ranked.size() > kMaxCandidates) ranked.resize(kMaxCandidates);
    std::vector<uint32_t> out;
    for (const auto& [n, c] : ranked) out.push_back(c);
    std::sort(out.begin(), out.end());  // evaluate oldest first: ties go to the earliest
    return out;
  }

  std::string NewStoryId(const std::string& article_id) const {
    for (uint64_t seed = 0;; ++seed) {
      const std::string s = "s" + base::Hex64(base::Hash64(article_id, seed)).substr(0, 12);
      if (story_ids.count(s) == 0) return s;
    }
  }

  void Insert(const std::string& id, ArticleFeatures f, const std::string& story,
              const std::string& origin) {
    const auto idx = static_cast<uint32_t>(entries.size());
    if (f.num_shingles > 0) lsh.Insert(idx, f.signature);
    std::vector<uint64_t> keys = Keys(f);
    for (uint64_t key : keys) {
      auto& list = postings[key];
      list.push_back(idx);
      if (list.size() > kMaxPosting) list.erase(list.begin());
    }
    f.words.clear();  // only Compare uses the word set
    f.words.shrink_to_fit();
    story_ids.insert(story);
    AddToStory(story, f);
    entries.push_back(Entry{id, std::move(f), story, origin, std::move(keys)});
    if (entries.back().features.day) {
      const int64_t day = *entries.back().features.day;
      if (!newest_day || day > *newest_day) newest_day = day;
      Evict();
    }
    kept_shingles.push_back(idx);
    if (kept_shingles.size() > kMaxKeptShingles) {
      ArticleFeatures& old = entries[kept_shingles.front()].features;
      old.shingles.clear();
      old.shingles.shrink_to_fit();
      old.shingles_kept = false;
      kept_shingles.pop_front();
    }
  }

  LinkResult Add(const AnalysedArticle& article) {
    LinkResult r;
    r.id = article.article.id;
    ArticleFeatures f = ExtractFeatures(article);
    const Credit credit{f.credited, f.credited_kind};
    r.origin_source = credit.source;

    int target = -1;
    // 1. Near-verbatim copy: LSH candidates verified by (exact) shingle Jaccard.
    if (f.num_shingles > 0) {
      double best = 0;
      for (uint32_t c : lsh.Candidates(f.signature)) {
        const Entry& e = entries[c];
        if (e.evicted || e.id == r.id || e.features.num_shingles == 0) continue;
        const bool exact = e.features.shingles_kept && f.shingles_kept;
        const double j = exact ? ExactJaccard(f.shingles, e.features.shingles)
                               : EstimateJaccard(f.signature, e.features.signature);
        if (j >= (exact ? kCopyJaccard : kCopyJaccardEstimated) && j > best) {
          best = j;
          target = static_cast<int>(c);
        }
      }
      if (target >= 0) {
        r.copy_of = entries[target].id;
        r.confidence = best;
        r.why.numbers["jaccard"] = Round3(best);
      }
    }

    // Copies add nothing to document frequencies (they would halve the weight of every word
    // of the original); Restore applies the same rule.
    if (target < 0) idf.Add(f);

    // 2. Rewrite, else the best-matching story, among indexed candidates in the window.
    if (target < 0) {
      double best_rewrite = 0;
      double best_story = 0;
      int story_member = -1;
      PairEvidence rewrite_ev, story_ev;
      std::unordered_map<const StoryState*, StoryMatch> story_cache;
      for (uint32_t c : Candidates(f, r.id)) {
        const PairEvidence ev = Evaluate(f, entries[c].features, &idf);
        const double rw = RewriteScore(ev);
        if (rw >= kRewriteThreshold && rw > best_rewrite) {
          best_rewrite = rw;
          target = static_cast<int>(c);
          rewrite_ev = ev;
        }
        PairEvidence sev = ev;
        if (auto it = stories.find(entries[c].story); it != stories.end()) {
          sev = WithStory(f, it->second, ev, story_cache);
        }
        const double st = StoryScore(sev, options.window_days);
        if (st >= kStoryThreshold && st > best_story) {
          best_story = st;
          story_member = static_cast<int>(c);
          story_ev = sev;
        }
      }
      if (target >= 0) {
        r.rewrite_of = entries[target].id;
        r.confidence = best_rewrite;
        r.why.numbers["shared_quotes"] = rewrite_ev.shared_quotes;
        r.why.numbers["shared_entities"] = rewrite_ev.shared_entities;
        r.why.numbers["shared_numbers"] = rewrite_ev.shared_numbers;
        r.why.numbers["cosine"] = Round3(rewrite_ev.cosine);
      } else if (story_member >= 0) {
        r.story = entries[story_member].story;
        r.confidence = best_story;
        r.why.numbers["story_score"] = Round3(best_story);
        r.why.numbers["cosine"] = Round3(story_ev.cosine);
        r.why.numbers["shared_entities"] = story_ev.shared_entities;
        r.why.numbers["name_cosine"] = Round3(story_ev.name_cosine);
        r.why.strings["same_story_as"] = entries[story_member].id;
      }
    }

    if (target >= 0) {
      // The origin of a chain is its first report, or the external source that report credits.
      const Entry& t = entries[target];
      r.story = t.story;
      r.origin = t.origin.empty() ? t.id : t.origin;
    } else if (!credit.source.empty() &&  // a wire's own dateline does not make it a reprint
               !CreditNamesPublisher(credit.source, article.article.site, article.article.url)) {
      r.origin = "source:" + credit.source;
    }
    if (!credit.source.empty()) {
      r.why.strings[credit.kind] = credit.source;
      if (r.confidence == 0) r.confidence = credit.kind == "footer" ? 0.9 : 0.6;
    }
    if (r.story.empty()) r.story = NewStoryId(r.id);
    r.thread = threads.Place(r.story, article);
    r.confidence = std::clamp(Round3(r.confidence), 0.0, 1.0);
    Insert(r.id, std::move(f), r.story, r.origin);
    return r;
  }

  void Restore(const AnalysedArticle& article, const LinkResult& known) {
    ArticleFeatures f = ExtractFeatures(article);
    if (known.copy_of.empty()) idf.Add(f);
    const std::string story = known.story.empty() ? NewStoryId(article.article.id) : known.story;
    threads.Restore(story, known.thread, article);
    Insert(article.article.id, std::move(f), story, known.origin);
  }
};

Linker::Linker(LinkOptions options) : impl_(std::make_unique<Impl>(options)) {}
Linker::~Linker() = default;

LinkResult Linker::Add(const AnalysedArticle& article) { return impl_->Add(article); }

void Linker::Restore(const AnalysedArticle& article, const LinkResult& known) {
  impl_->Restore(article, known);
}

}  // namespace storyline::link
