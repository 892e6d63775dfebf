#pragma once
// Linking: copies, rewrites, credited sources and stories, decided incrementally in arrival order.
#include <memory>
#include <string>
#include <string_view>

#include "storyline/document.h"
#include "storyline/story.h"

namespace storyline::link {

struct LinkOptions {
  int window_days = 21;  // only stories active within this many days are candidates
  // Memory bound: an article dated more than 2 windows before the newest date seen, and added
  // at least this many articles ago, leaves every index (it can no longer be a copy, rewrite or
  // story candidate). The arrival condition keeps one mis-dated article from evicting the rest.
  int evict_after_articles = 20000;
};

// Incremental linker. Each Add() places one article against what was added before, using an
// inverted index / LSH for candidates (never all pairs). Story ids are derived from the first
// article of the story, so they are stable across re-runs and never renumbered.
// Not thread-safe: one writer.
class Linker {
 public:
  explicit Linker(LinkOptions options = {});
  ~Linker();
  Linker(const Linker&) = delete;
  Linker& operator=(const Linker&) = delete;

  // Decides how `article` relates to earlier ones, records it, and returns the verdict.
  LinkResult Add(const AnalysedArticle& article);
  // Records an article whose verdict is already known (reloaded from the store).
  void Restore(const AnalysedArticle& article, const LinkResult& known);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct Comparison {
  double similarity = 0;  // in [0, 1]
  std::string relation;   // copy | rewrite | same_story | related | unrelated
  Evidence why;
};

// Relation between two texts/articles (the `compare` command). Symmetric in its similarity.
Comparison Compare(const AnalysedArticle& a, const AnalysedArticle& b);

// The source a text credits as its origin ("Original Source: www.aa.com.tr" -> "aa.com.tr",
// "(Reuters) -" -> "Reuters", "AP contributed" -> "AP"); empty when none.
std::string FindCreditedSource(std::string_view text);

}  // namespace storyline::link
