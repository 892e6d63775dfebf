#include "pipeline/story_view.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

namespace storyline::pipeline {
namespace {

// Quotes are grouped by their words, ignoring case and punctuation (typographic quotes,
// apostrophes and dashes included), so copies of the same quote in rewrites fall together.
std::string QuoteKey(const std::string& text) {
  std::string key;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(text[i]);
    if (u == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += 2;  // U+2000..U+203F: spaces, dashes, quotes, ellipsis
      continue;
    }
    if (std::isalnum(u)) key += static_cast<char>(std::tolower(u));
    else if (u >= 0x80) key += text[i];
  }
  return key;
}

// A quote trimmed by a rewriter is part of the full one; below this many key bytes a
// containment is too weak to say it is the same quote ("no", "we will").
constexpr size_t kMinContainedKey = 24;

struct QuoteGroup {
  std::string speaker;  // empty: unattributed
  std::string key;
  std::string text;
  std::vector<size_t> articles;  // indexes into the story's articles, ascending, no repeats
};

void AddArticle(std::vector<size_t>& articles, size_t a) {
  auto it = std::lower_bound(articles.begin(), articles.end(), a);
  if (it == articles.end() || *it != a) articles.insert(it, a);
}

// Folds each group whose key is contained in a longer group's key into it, when both have the
// same speaker or the shorter one has none: the longest wording is kept, the articles are joined.
void MergeTrimmedQuotes(std::vector<QuoteGroup>& groups) {
  constexpr size_t kMaxGroups = 2000;  // quadratic; very large stories keep exact grouping
  if (groups.size() > kMaxGroups) return;
  std::vector<size_t> order(groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return groups[x].key.size() < groups[y].key.size();
  });
  std::vector<bool> gone(groups.size(), false);
  for (size_t oi = 0; oi < order.size(); ++oi) {
    QuoteGroup& shorter = groups[order[oi]];
    if (shorter.key.size() < kMinContainedKey) continue;
    for (size_t oj = order.size(); oj-- > oi + 1;) {  // longest first
      QuoteGroup& longer = groups[order[oj]];
      if (gone[order[oj]] || longer.key.size() == shorter.key.size()) continue;
      if (!shorter.speaker.empty() && shorter.speaker != longer.speaker) continue;
      if (longer.key.find(shorter.key) == std::string::npos) continue;
      for (size_t a : shorter.articles) AddArticle(longer.articles, a);
      gone[order[oi]] = true;
      break;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < groups.size(); ++i) {
    if (gone[i]) continue;
    if (kept != i) groups[kept] = std::move(groups[i]);
    ++kept;
  }
  groups.resize(kept);
}

}  // namespace

StoryView BuildStoryView(store::StoryDetail detail) {
  StoryView v;
  v.detail = std::move(detail);
  const auto& arts = v.detail.articles;

  // Provenance: parent = the article copied or rewritten, when it is in this story.
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < arts.size(); ++i) index[arts[i].doc.article.id] = i;
  std::vector<std::vector<size_t>> kids(arts.size());
  std::vector<bool> is_root(arts.size(), true);
  for (size_t i = 0; i < arts.size(); ++i) {
    const LinkResult& l = arts[i].link;
    const std::string& parent = !l.copy_of.empty() ? l.copy_of : l.rewrite_of;
    auto it = index.find(parent);
    if (!parent.empty() && it != index.end() && it->second != i) {
      kids[it->second].push_back(i);
      is_root[i] = false;
    }
  }
  std::function<void(size_t, int)> visit = [&](size_t i, int depth) {
    const LinkResult& l = arts[i].link;
    ProvenanceNode n;
    n.article = i;
    n.relation = !l.copy_of.empty() ? "copy" : !l.rewrite_of.empty() ? "rewrite" : "original";
    n.depth = depth;
    size_t at = v.provenance.size();
    v.provenance.push_back(n);
    for (size_t k : kids[i]) {
      v.provenance[at].children.push_back(v.provenance.size());
      if (depth < 32) visit(k, depth + 1);
    }
  };
  for (size_t i = 0; i < arts.size(); ++i) {
    if (is_root[i]) visit(i, 0);
  }

  // Key quotes by speaker, in order of first appearance; trimmed copies join the full quote.
  std::vector<QuoteGroup> groups;
  std::map<std::pair<std::string, std::string>, size_t> group_at;
  for (size_t ai = 0; ai < arts.size(); ++ai) {
    for (const Quote& q : arts[ai].doc.analysis.quotes) {
      std::string key = QuoteKey(q.text);
      if (key.empty()) continue;
      auto [it, fresh] = group_at.try_emplace({q.speaker, key}, groups.size());
      if (fresh) groups.push_back({q.speaker, key, q.text, {}});
      AddArticle(groups[it->second].articles, ai);
    }
  }
  MergeTrimmedQuotes(groups);
  std::map<std::string, size_t> speaker_at;
  for (const QuoteGroup& g : groups) {
    const std::string speaker = g.speaker.empty() ? "(unattributed)" : g.speaker;
    auto [sit, new_speaker] = speaker_at.try_emplace(speaker, v.quotes.size());
    if (new_speaker) v.quotes.push_back({speaker, {}});
    v.quotes[sit->second].quotes.push_back(
        {g.text, arts[g.articles.front()].doc.article.id, static_cast<int>(g.articles.size()) - 1});
  }
  std::stable_sort(v.quotes.begin(), v.quotes.end(), [](const auto& x, const auto& y) {
    if ((x.speaker == "(unattributed)") != (y.speaker == "(unattributed)")) {
      return y.speaker == "(unattributed)";
    }
    return x.quotes.size() > y.quotes.size();
  });

  // Timeline of resolved dates.
  std::map<std::string, TimelineEntry> timeline;
  for (const auto& a : arts) {
    for (const DateMention& d : a.doc.analysis.dates) {
      // Dates whose year is unknown (an undated article's "March 28") cannot be placed.
      if (d.value.empty() || d.type != DateType::kDate || d.value.rfind("XXXX", 0) == 0) continue;
      auto& e = timeline[d.value];
      if (e.value.empty()) {
        e.value = d.value;
        e.text = d.text;
      }
      if (std::find(e.sources.begin(), e.sources.end(), a.doc.article.id) == e.sources.end()) {
        e.sources.push_back(a.doc.article.id);
      }
    }
  }
  for (auto& [value, e] : timeline) v.timeline.push_back(std::move(e));

  // Main entities by how many articles mention them.
  std::map<std::string, EntityCount> counts;
  for (const auto& a : arts) {
    std::set<std::string> seen;
    for (const EntityMention& m : a.doc.analysis.entities) {
      if (!seen.insert(m.entity).second) continue;
      auto& c = counts[m.entity];
      c.entity = m.entity;
      c.type = EntityTypeName(m.type);
      ++c.articles;
    }
  }
  for (auto& [name, c] : counts) v.entities.push_back(std::move(c));
  std::stable_sort(v.entities.begin(), v.entities.end(),
                   [](const auto& x, const auto& y) { return x.articles > y.articles; });
  if (v.entities.size() > 15) v.entities.resize(15);
  return v;
}

std::string RenderStoryText(const StoryView& v) {
  const auto& info = v.detail.info;
  std::string out;
  out += "Story " + info.id + ": " + info.headline + "\n";
  out += std::to_string(info.article_count) + " articles, " +
         std::to_string(info.independent_sources) + " independent source(s)";
  if (!info.first_published.empty()) {
    out += ", " + info.first_published;
    if (info.last_published != info.first_published) out += " to " + info.last_published;
  }
  out += "\n";
  if (v.detail.thread_stories.size() > 1) {
    out += "\nThread " + info.thread + " (" + std::to_string(v.detail.thread_stories.size()) +
           " stories)\n";
    for (const auto& t : v.detail.thread_stories) {
      out += std::string(t.id == info.id ? "* " : "  ") + t.first_published + "  " + t.id + "  " +
             t.headline + "\n";
    }
  }
  if (v.detail.has_summary && !v.detail.summary.sentences.empty()) {
    out += "\nSummary\n";
    for (const auto& s : v.detail.summary.sentences) {
      out += "  " + s.text + " [";
      for (size_t i = 0; i < s.sources.size(); ++i) out += (i ? ", " : "") + s.sources[i];
      out += "]\n";
    }
  }
  out += "\nProvenance\n";
  for (const ProvenanceNode& n : v.provenance) {
    const Article& a = v.detail.articles[n.article].doc.article;
    const LinkResult& l = v.detail.articles[n.article].link;
    out += std::string(2 + 4 * n.depth, ' ') + (n.depth ? "└─ " : "") + n.relation + ": " + a.id;
    if (!a.site.empty()) out += " (" + a.site + ")";
    if (!a.published.empty()) out += " " + a.published.substr(0, 10);
    if (n.relation != "original" || !l.why.empty()) {
      char conf[32];
      std::snprintf(conf, sizeof conf, " confidence %.2f", l.confidence);
      out += conf;
      std::string why;
      for (const auto& [k, x] : l.why.numbers) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s%s=%.3g", why.empty() ? "" : ", ", k.c_str(), x);
        why += buf;
      }
      for (const auto& [k, x] : l.why.strings) why += (why.empty() ? "" : ", ") + k + "=" + x;
      if (!why.empty()) out += " (" + why + ")";
    }
    if (!l.origin.empty() && l.origin != l.copy_of && l.origin != l.rewrite_of) {
      out += " origin: " + l.origin;
    }
    out += "\n";
  }
  if (!v.quotes.empty()) {
    out += "\nKey quotes\n";
    for (const auto& sq : v.quotes) {
      out += "  " + sq.speaker + "\n";
      for (const auto& q : sq.quotes) {
        out += "    \"" + q.text + "\" (" + q.first_article;
        if (q.repeated_by) out += " +" + std::to_string(q.repeated_by);
        out += ")\n";
      }
    }
  }
  if (!v.timeline.empty()) {
    out += "\nTimeline\n";
    for (const auto& t : v.timeline) {
      out += "  " + t.value + "  " + t.text + " (" + t.sources.front();
      if (t.sources.size() > 1) out += " +" + std::to_string(t.sources.size() - 1);
      out += ")\n";
    }
  }
  if (!v.entities.empty()) {
    out += "\nEntities\n  ";
    for (size_t i = 0; i < v.entities.size(); ++i) {
      out += (i ? ", " : "") + v.entities[i].entity + " (" + v.entities[i].type + ")";
    }
    out += "\n";
  }
  return out;
}

}  // namespace storyline::pipeline
