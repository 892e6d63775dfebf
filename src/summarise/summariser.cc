// Extractive, cited story summaries.
//
// 1. Articles are ordered by publication (unknown last, then input order).
// 2. Sentences come from Analysis::sentences (else a simple splitter); near-identical sentences
//    across articles (word-set Jaccard >= kSameSentence) form one cluster whose sources are all
//    the articles that carry it.
// 3. A cluster scores for its lead position, for the number of independent sources repeating it
//    (copies and rewrites of one origin count once), for centrality (story top words) and for
//    query overlap.
// 4. Greedy choice under a hard word limit, skipping sentences redundant with a chosen one
//    (Jaccard > kRedundant) but crediting their articles to it; final order is (earliest
//    publication, position).
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>

#include "base/text.h"
#include "link/credit.h"
#include "link/minhash.h"
#include "link/tokens.h"
#include "summarise/summarise.h"

namespace storyline::summarise {
namespace {

constexpr double kSameSentence = 0.7;   // near-identical: the same sentence copied
constexpr double kRedundant = 0.5;      // too close to a chosen sentence to add information
constexpr size_t kMaxArticles = 300;    // earliest articles considered
constexpr size_t kMaxSentencesPerArticle = 60;
constexpr size_t kMaxPosting = 200;     // sentences per word in the near-duplicate index
constexpr size_t kTopWords = 20;        // story words used for centrality
// With a query (a DUC-style question), the answer is rarely in the leads: position weighs less
// and centrality is measured over many more of the topic's words. Chosen on DUC 2006
// D0601-D0625 (ROUGE-2 0.074 -> 0.081; bench/eval/run_nlp.sh).
constexpr size_t kFocusedTopWords = 200;
constexpr double kPositionWeight = 1.0, kFocusedPositionWeight = 0.3;
constexpr double kCentralWeight = 0.8, kFocusedCentralWeight = 3.0;
constexpr int kMinSentenceWords = 4;
constexpr int kHeadlineWords = 15;
constexpr double kMinRelativeScore = 0.2;  // of the best sentence's score

struct Sentence {
  int article = 0;   // rank of its article in publication order
  int position = 0;  // index among the article's sentences
  std::string text;
  std::vector<uint64_t> words;    // sorted unique hashes of all word tokens
  std::vector<uint64_t> content;  // sorted unique hashes of content words
  int word_count = 0;             // whitespace-separated words, as a reader counts them
  bool pronoun_start = false;
  bool terminated = false;        // ends with . ! ? or a closing quote
};

int CountWords(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Collapses whitespace runs (line breaks included) into single spaces.
std::string CleanSentence(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : base::Trim(s)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Fallback when the analysis has no (valid) sentences: split at line breaks and at . ! ?
// followed by a space (after an optional closing quote).
std::vector<Span> SimpleSplit(std::string_view text) {
  std::vector<Span> out;
  size_t begin = 0;
  const auto emit = [&](size_t end) {
    if (end > begin) out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    begin = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(i);
      begin = i + 1;
    } else if (c == '.' || c == '!' || c == '?') {
      size_t j = i + 1;
      if (j < text.size() && (text[j] == '"' || text[j] == '\'')) ++j;
      if (text.substr(j, 3) == "\xE2\x80\x9D" || text.substr(j, 3) == "\xE2\x80\x99") j += 3;
      if (j < text.size() && text[j] == ' ') emit(j);
    }
  }
  emit(text.size());
  return out;
}

std::vector<Span> SentenceSpans(const AnalysedArticle& a) {
  const auto& spans = a.analysis.sentences;
  const size_t n = a.article.text.size();
  const bool valid = !spans.empty() && std::all_of(spans.begin(), spans.end(), [&](const Span& s) {
    return s.begin < s.end && s.end <= n;
  });
  return valid ? spans : SimpleSplit(a.article.text);
}

bool StartsWithPronoun(std::string_view s) {
  static constexpr std::string_view kPronouns[] = {"He",    "She", "They", "It",    "This",
                                                   "These", "Those", "His", "Her", "Their",
                                                   "Its"};
  for (std::string_view p : kPronouns) {
    if (s.size() > p.size() && s.substr(0, p.size()) == p &&
        !((s[p.size()] >= 'a' && s[p.size()] <= 'z') || (s[p.size()] >= 'A' && s[p.size()] <= 'Z'))) {
      return true;
    }
  }
  return false;
}

bool EndsLikeASentence(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'') return true;
  return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99");
}

std::vector<uint64_t> SortedUnique(std::vector<uint64_t> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

double WordJaccard(const Sentence& a, const Sentence& b) {
  return link::ExactJaccard(a.words, b.words);
}

// The group of copies/rewrites an article belongs to: articles sharing an origin are one
// independent source.
std::string SourceGroup(const AnalysedArticle& a, const LinkResult* link) {
  if (link != nullptr) {
    if (!link->origin.empty()) return link->origin;
    if (!link->copy_of.empty()) return link->copy_of;
    if (!link->rewrite_of.empty()) return link->rewrite_of;
  }
  return a.article.id;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int Find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Unite(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the earliest sentence is the root
  }
};

struct Cluster {
  int rep = 0;                 // earliest member sentence (publication, position)
  std::vector<int> members;
  std::set<int> articles;      // ranks of articles carrying it
  int min_position = 0;
  double score = 0;
};

}  // namespace

Summary Summarise(const std::string& story_id, const std::vector<AnalysedArticle>& articles,
                  const std::vector<LinkResult>& links, const SummaryOptions& options) {
  Summary summary;
  summary.story = story_id;
  if (articles.empty()) return summary;
  const bool have_links = links.size() == articles.size();

  // 1. Publication order: known dates first (ISO strings sort chronologically), then input order.
  std::vector<int> order(articles.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    const std::string& px = articles[x].article.published;
    const std::string& py = articles[y].article.published;
    if (px.empty() != py.empty()) return py.empty();
    return px < py;
  });
  if (order.size() > kMaxArticles) order.resize(kMaxArticles);

  // Independent source groups, by rank.
  std::vector<int> group(order.size());
  std::map<std::string, int> group_ids;
  for (size_t r = 0; r < order.size(); ++r) {
    const int i = order[r];
    const std::string key = SourceGroup(articles[i], have_links ? &links[i] : nullptr);
    group[r] = group_ids.emplace(key, static_cast<int>(group_ids.size())).first->second;
  }
  const int num_groups = static_cast<int>(group_ids.size());
  // Articles the linker found to copy or rewrite another one.
  std::vector<bool> derived(order.size(), false);
  if (have_links) {
    for (size_t r = 0; r < order.size(); ++r) {
      const LinkResult& l = links[order[r]];
      derived[r] = !l.copy_of.empty() || !l.rewrite_of.empty();
    }
  }

  // 2. Sentences.
  std::vector<Sentence> sentences;
  std::vector<std::string> first_sentence(order.size());
  for (size_t r = 0; r < order.size(); ++r) {
    const AnalysedArticle& a = articles[order[r]];
    const std::string_view text = a.article.text;
    int position = 0;
    const size_t start = sentences.size();
    for (const Span& span : SentenceSpans(a)) {
      if (static_cast<size_t>(position) >= kMaxSentencesPerArticle) break;
      Sentence s;
      s.text = CleanSentence(text.substr(span.begin, span.end - span.begin));
      if (s.text.empty()) continue;
      if (first_sentence[r].empty()) first_sentence[r] = s.text;
      s.word_count = CountWords(s.text);
      if (s.word_count < kMinSentenceWords) continue;
      if (link::FindCredit(s.text).kind == "footer") continue;  // "Original Source: ..."
      s.article = static_cast<int>(r);
      s.position = position++;
      for (const auto& t : link::Tokenise(s.text)) {
        const uint64_t h = base::Hash64(t);
        s.words.push_back(h);
        if (link::IsContentWord(t)) s.content.push_back(h);
      }
      if (s.words.empty()) continue;
      s.words = SortedUnique(std::move(s.words));
      s.content = SortedUnique(std::move(s.content));
      s.pronoun_start = StartsWithPronoun(s.text);
      s.terminated = EndsLikeASentence(s.text);
      sentences.push_back(std::move(s));
    }
    // Headers, bylines and captions have no final punctuation; drop them when the article has
    // real sentences (one-sentence-per-line text without punctuation keeps everything).
    const auto first = sentences.begin() + static_cast<std::ptrdiff_t>(start);
    if (std::any_of(first, sentences.end(), [](const Sentence& s) { return s.terminated; })) {
      sentences.erase(std::remove_if(first, sentences.end(),
                                     [](const Sentence& s) { return !s.terminated; }),
                      sentences.end());
    }
    for (size_t k = start; k < sentences.size(); ++k) sentences[k].position = static_cast<int>(k - start);
  }

  // Headline: the earliest title, else the earliest first sentence, shortened.
  for (size_t r = 0; r < order.size() && summary.headline.empty(); ++r) {
    summary.headline = CleanSentence(articles[order[r]].article.title);
  }
  for (size_t r = 0; r < order.size() && summary.headline.empty(); ++r) {
    const std::string& s = first_sentence[r];
    if (s.empty()) continue;
    int words = 0;
    size_t cut = s.size();
    bool in_word = false;
    for (size_t k = 0; k < s.size(); ++k) {
      const bool space = s[k] == ' ';
      if (!space && !in_word && ++words > kHeadlineWords) {
        cut = k;
        break;
      }
      in_word = !space;
    }
    summary.headline = std::string(base::Trim(s.substr(0, cut)));
    if (cut < s.size()) summary.headline += "\xE2\x80\xA6";
  }
  if (sentences.empty() || options.max_words <= 0) return summary;

  // 3. Near-identical sentences across articles, found through a word index (never all pairs).
  UnionFind uf(sentences.size());
  {
    std::unordered_map<uint64_t, std::vector<int>> postings;
    for (size_t i = 0; i < sentences.size(); ++i) {
      std::set<int> candidates;
      for (uint64_t w : sentences[i].words) {
        auto it = postings.find(w);
        if (it == postings.end() || it->second.size() >= kMaxPosting) continue;
        candidates.insert(it->second.begin(), it->second.end());
      }
      for (int c : candidates) {
        if (sentences[c].article == sentences[i].article) continue;
        if (WordJaccard(sentences[c], sentences[i]) >= kSameSentence) uf.Unite(c, static_cast<int>(i));
      }
      for (uint64_t w : sentences[i].words) {
        auto& list = postings[w];
        if (list.size() < kMaxPosting) list.push_back(static_cast<int>(i));
      }
    }
  }
  std::map<int, Cluster> by_root;  // root = earliest member, so iteration order is stable
  for (size_t i = 0; i < sentences.size(); ++i) {
    const int root = uf.Find(static_cast<int>(i));
    Cluster& c = by_root[root];
    if (c.members.empty()) {
      c.rep = root;
      c.min_position = sentences[i].position;
    }
    c.members.push_back(static_cast<int>(i));
    c.articles.insert(sentences[i].article);
    c.min_position = std::min(c.min_position, sentences[i].position);
  }

  // Story words: content words weighted by how many independent sources use them.
  // Story words: content words weighted by how many independent sources use them (then by how
  // many sentences do, so that a one-source story still has meaningful top words).
  struct WordUse {
    std::set<int> groups;
    int sentences = 0;
  };
  std::unordered_map<uint64_t, WordUse> word_use;
  for (const Sentence& s : sentences) {
    for (uint64_t w : s.content) {
      WordUse& u = word_use[w];
      u.groups.insert(group[s.article]);
      ++u.sentences;
    }
  }
  std::vector<std::pair<double, uint64_t>> ranked_words;
  for (const auto& [w, u] : word_use) {
    ranked_words.emplace_back(
        static_cast<double>(u.groups.size()) + 0.3 * std::log2(1.0 + u.sentences), w);
  }
  std::sort(ranked_words.begin(), ranked_words.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::unordered_map<uint64_t, double> top_words;
  const bool focused = !options.query.empty();
  const size_t top_word_count = focused ? kFocusedTopWords : kTopWords;
  for (size_t k = 0; k < ranked_words.size() && k < top_word_count; ++k) {
    top_words[ranked_words[k].second] = ranked_words[k].first;
  }

  std::vector<uint64_t> query;
  {
    std::vector<uint64_t> all;
    for (const auto& t : link::Tokenise(options.query)) {
      all.push_back(base::Hash64(t));
      if (link::IsContentWord(t)) query.push_back(base::Hash64(t));
    }
    if (query.empty()) query = std::move(all);
    query = SortedUnique(std::move(query));
  }

  // 4. Scores.
  std::vector<Cluster*> clusters;
  double max_centrality = 0;
  std::vector<double> centrality;
  for (auto& [root, c] : by_root) {
    const Sentence& rep = sentences[c.rep];
    double sum = 0;
    for (uint64_t w : rep.content) {
      auto it = top_words.find(w);
      if (it != top_words.end()) sum += it->second;
    }
    centrality.push_back(sum / (1.0 + std::sqrt(static_cast<double>(rep.content.size()))));
    max_centrality = std::max(max_centrality, centrality.back());
    clusters.push_back(&c);
  }
  for (size_t k = 0; k < clusters.size(); ++k) {
    Cluster& c = *clusters[k];
    const Sentence& rep = sentences[c.rep];
    std::set<int> groups;
    for (int a : c.articles) groups.insert(group[a]);
    const double position =
        (focused ? kFocusedPositionWeight : kPositionWeight) / (1.0 + 0.5 * c.min_position);
    const double support =
        num_groups > 1 ? static_cast<double>(groups.size() - 1) / (num_groups - 1) : 0.0;
    const double central = max_centrality > 0 ? centrality[k] / max_centrality : 0.0;
    double score = position + support + (focused ? kFocusedCentralWeight : kCentralWeight) * central;
    if (!query.empty()) {
      score += 3.0 * static_cast<double>(link::IntersectionSize(query, rep.words)) /
               static_cast<double>(query.size());
    }
    // Sentences only copies or rewrites carry restate their origin in other words.
    if (std::all_of(c.articles.begin(), c.articles.end(), [&](int a) { return derived[a]; })) {
      score *= 0.6;
    }
    // A bare quote ("We need it now.") says nothing without its speaker.
    if (rep.text.rfind("\xE2\x80\x9C", 0) == 0 || rep.text.front() == '"') {
      const std::string_view t = rep.text;
      if (t.back() == '"' || (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\x9D")) score *= 0.5;
    }
    c.score = score;
  }
  std::vector<Cluster*> ranked = clusters;
  std::sort(ranked.begin(), ranked.end(), [&](const Cluster* x, const Cluster* y) {
    if (x->score != y->score) return x->score > y->score;
    const Sentence& a = sentences[x->rep];
    const Sentence& b = sentences[y->rep];
    if (a.article != b.article) return a.article < b.article;
    return a.position < b.position;
  });

  // 5. Greedy choice under the word limit.
  struct Chosen {
    const Cluster* cluster;
    std::set<int> articles;
  };
  std::vector<Chosen> chosen;
  int words = 0;
  const auto key_of = [&](const Cluster* c) {
    return std::make_pair(sentences[c->rep].article, sentences[c->rep].position);
  };
  // A pronoun-initial sentence is taken only when a chosen sentence will precede it, so the
  // summary does not open with a "He" that refers to nobody.
  const auto has_antecedent = [&](const Cluster* c) {
    for (const Chosen& ch : chosen) {
      if (key_of(ch.cluster) < key_of(c)) return true;
    }
    return false;
  };
  // Filler far below the best sentence ("Share this story") is worse than a shorter summary.
  const double min_score = ranked.empty() ? 0.0 : kMinRelativeScore * ranked.front()->score;
  const auto try_take = [&](const Cluster* c, bool allow_dangling) {
    const Sentence& rep = sentences[c->rep];
    if (c->score < min_score) return true;
    for (Chosen& ch : chosen) {
      if (WordJaccard(sentences[ch.cluster->rep], rep) > kRedundant) {
        ch.articles.insert(c->articles.begin(), c->articles.end());
        return true;  // handled: credited to the chosen sentence
      }
    }
    if (words + rep.word_count > options.max_words) return true;  // never fits: drop
    if (rep.pronoun_start && !allow_dangling && !has_antecedent(c)) return false;
    chosen.push_back({c, c->articles});
    words += rep.word_count;
    return true;
  };
  std::vector<const Cluster*> deferred;
  for (const Cluster* c : ranked) {
    if (!try_take(c, false)) deferred.push_back(c);
  }
  // Deferred pronoun sentences: retry now that more sentences are chosen; if nothing at all was
  // chosen, there is no alternative and they may open the summary.
  for (bool allow : {false, true}) {
    if (allow && !chosen.empty()) break;
    std::vector<const Cluster*> still;
    for (const Cluster* c : deferred) {
      if (!try_take(c, allow)) still.push_back(c);
    }
    deferred = std::move(still);
  }

  std::sort(chosen.begin(), chosen.end(),
            [&](const Chosen& x, const Chosen& y) { return key_of(x.cluster) < key_of(y.cluster); });
  for (const Chosen& ch : chosen) {
    SummarySentence out;
    out.text = sentences[ch.cluster->rep].text;
    std::set<std::string> seen;  // ids may repeat in bad input
    for (int r : ch.articles) {  // rank order: the earliest article first
      const std::string& id = articles[order[r]].article.id;
      if (seen.insert(id).second) out.sources.push_back(id);
    }
    summary.words += sentences[ch.cluster->rep].word_count;
    summary.sentences.push_back(std::move(out));
  }
  return summary;
}

}  // namespace storyline::summarise
