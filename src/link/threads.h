#pragma once
// Threads: stories of one ongoing topic across weeks or months (a minister's statements on the
// same conflict in September and in December) share a thread id, while each stays its own
// story. A story's thread is decided once, when its first article arrives: it joins the thread
// of the earlier story (within kThreadWindowDays) that shares at least two of its salient names
// (people, organisations, other names; places alone never make a thread, and names found in
// many stories, such as a wire agency, do not count). Thread ids are derived from the thread's
// first story, so they are stable across re-runs.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "storyline/document.h"

namespace storyline::link {

class ThreadIndex {
 public:
  static constexpr int kThreadWindowDays = 180;

  // Records `article` as a member of `story` and returns the story's thread.
  std::string Place(const std::string& story, const AnalysedArticle& article);
  // Reloads a stored member: `thread` is the stored thread (empty for stores written before
  // threads existed: the story then heads its own thread).
  void Restore(const std::string& story, const std::string& thread,
               const AnalysedArticle& article);

 private:
  struct StoryProfile {
    std::string thread;
    std::map<std::string, int> names;  // salient-name candidates -> articles mentioning them
    std::optional<int64_t> last_day;
  };

  StoryProfile& AddMember(const std::string& story, const std::string& thread,
                          const AnalysedArticle& article, std::optional<int64_t> day);
  std::string FindThread(const std::string& story, const std::vector<std::string>& names,
                         std::optional<int64_t> day) const;
  bool Common(const std::string& name) const;
  void Sweep();

  std::unordered_map<std::string, StoryProfile> stories_;
  std::unordered_map<std::string, std::vector<std::string>> postings_;  // name -> recent stories
  std::unordered_map<std::string, int> story_frequency_;                 // name -> stories naming it
  int64_t total_stories_ = 0;
  std::optional<int64_t> newest_day_;
  int64_t placed_ = 0;
};

}  // namespace storyline::link
