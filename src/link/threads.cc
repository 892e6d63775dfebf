#include "link/threads.h"

#include <algorithm>
#include <set>

#include "base/civil_date.h"

namespace storyline::link {
namespace {

constexpr size_t kArticleNames = 6;    // an article's most mentioned names that can start a thread
constexpr size_t kStoryNames = 10;     // a story's most reported names that can continue one
constexpr size_t kMaxPosting = 64;     // most recent stories remembered per name
constexpr int kMinSharedNames = 2;
constexpr int64_t kSweepEvery = 4096;  // placements between sweeps of stories out of the window

std::optional<int64_t> DayOf(const Article& a) {
  auto d = base::ParseIsoDate(a.published);
  if (!d) return std::nullopt;
  return base::DaysFromCivil(*d);
}

// The article's non-place names, most mentioned first (ties: first mentioned first).
std::vector<std::string> NamesByMentions(const Analysis& an) {
  std::map<std::string, std::pair<int, size_t>> count;  // name -> (mentions, first position)
  for (size_t i = 0; i < an.entities.size(); ++i) {
    const EntityMention& m = an.entities[i];
    if (m.type == EntityType::kPlace || m.entity.empty()) continue;
    auto [it, fresh] = count.try_emplace(m.entity, 0, i);
    ++it->second.first;
  }
  std::vector<std::pair<std::string, std::pair<int, size_t>>> v(count.begin(), count.end());
  std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {
    if (x.second.first != y.second.first) return x.second.first > y.second.first;
    return x.second.second < y.second.second;
  });
  std::vector<std::string> out;
  for (auto& [name, c] : v) out.push_back(name);
  return out;
}

std::string ThreadIdFor(const std::string& story) {
  return "t" + (story.size() > 1 && story[0] == 's' ? story.substr(1) : story);
}

}  // namespace

bool ThreadIndex::Common(const std::string& name) const {
  auto it = story_frequency_.find(name);
  if (it == story_frequency_.end()) return false;
  const double limit = std::max(5.0, 0.02 * static_cast<double>(total_stories_));
  return it->second > limit;
}

std::string ThreadIndex::FindThread(const std::string& story,
                                    const std::vector<std::string>& names,
                                    std::optional<int64_t> day) const {
  std::vector<std::string> salient;
  for (const std::string& n : names) {
    if (salient.size() == kArticleNames) break;
    if (!Common(n)) salient.push_back(n);
  }
  std::set<std::string> candidates;
  for (const std::string& n : salient) {
    if (auto it = postings_.find(n); it != postings_.end()) {
      candidates.insert(it->second.begin(), it->second.end());
    }
  }
  const StoryProfile* best = nullptr;
  int best_shared = 0;
  for (const std::string& c : candidates) {
    if (c == story) continue;
    auto it = stories_.find(c);
    if (it == stories_.end()) continue;
    const StoryProfile& p = it->second;
    if (day && p.last_day && std::llabs(*day - *p.last_day) > kThreadWindowDays) continue;
    // The candidate's most reported names, common ones left out.
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [name, n] : p.names) {
      if (!Common(name)) ranked.emplace_back(-n, name);
    }
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > kStoryNames) ranked.resize(kStoryNames);
    int shared = 0;
    for (const auto& [neg, name] : ranked) {
      if (std::find(salient.begin(), salient.end(), name) != salient.end()) ++shared;
    }
    const bool later = best && p.last_day && (!best->last_day || *p.last_day > *best->last_day);
    if (shared > best_shared || (shared == best_shared && later)) {
      best = &p;
      best_shared = shared;
    }
  }
  return best && best_shared >= kMinSharedNames ? best->thread : ThreadIdFor(story);
}

ThreadIndex::StoryProfile& ThreadIndex::AddMember(const std::string& story,
                                                  const std::string& thread,
                                                  const AnalysedArticle& article,
                                                  std::optional<int64_t> day) {
  auto [it, fresh] = stories_.try_emplace(story);
  StoryProfile& p = it->second;
  if (fresh) {
    p.thread = thread;
    ++total_stories_;
  }
  for (const std::string& name : NamesByMentions(article.analysis)) {
    if (p.names[name]++ > 0) continue;
    ++story_frequency_[name];
    auto& list = postings_[name];
    list.push_back(story);
    if (list.size() > kMaxPosting) list.erase(list.begin());
  }
  if (day) {
    if (!p.last_day || *day > *p.last_day) p.last_day = day;
    if (!newest_day_ || *day > *newest_day_) newest_day_ = day;
  }
  if (++placed_ % kSweepEvery == 0) Sweep();
  return p;
}

std::string ThreadIndex::Place(const std::string& story, const AnalysedArticle& article) {
  const auto day = DayOf(article.article);
  auto it = stories_.find(story);
  const std::string thread = it != stories_.end()
                                 ? it->second.thread
                                 : FindThread(story, NamesByMentions(article.analysis), day);
  return AddMember(story, thread, article, day).thread;
}

void ThreadIndex::Restore(const std::string& story, const std::string& thread,
                          const AnalysedArticle& article) {
  auto it = stories_.find(story);
  const std::string t = it != stories_.end() ? it->second.thread
                        : thread.empty()     ? ThreadIdFor(story)
                                             : thread;
  AddMember(story, t, article, DayOf(article.article));
}

// Forgets stories that can no longer start or continue a thread (memory stays bounded by the
// window, not the archive). Their names stay counted in story_frequency_.
void ThreadIndex::Sweep() {
  if (!newest_day_) return;
  const int64_t horizon = *newest_day_ - 2 * kThreadWindowDays;
  for (auto it = stories_.begin(); it != stories_.end();) {
    if (it->second.last_day && *it->second.last_day < horizon) it = stories_.erase(it);
    else ++it;
  }
}

}  // namespace storyline::link
