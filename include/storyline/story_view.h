#pragma once
// The reader's view of a stored story (built by pipeline::BuildStoryView, rendered by the
// CLI, the JSON codec and the server).
#include <string>
#include <vector>

#include "storyline/store.h"
#include "storyline/story.h"

namespace storyline {

struct ProvenanceNode {
  size_t article = 0;                             // index into StoryView::detail.articles
  std::string relation;                           // original | copy | rewrite
  std::vector<size_t> children;                   // indexes into StoryView::provenance
  int depth = 0;
};

struct StoryView {
  store::StoryDetail detail;
  std::vector<ProvenanceNode> provenance;  // depth-first: each original, then its copies/rewrites
  std::vector<SpeakerQuotes> quotes;       // speakers by number of quotes, quotes by first use
  std::vector<TimelineEntry> timeline;     // by value
  std::vector<EntityCount> entities;       // by number of articles, at most 15
};

}  // namespace storyline
