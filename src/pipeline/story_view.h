#pragma once
// The reader's view of a stored story: provenance tree, key quotes by speaker, timeline and
// main entities, derived from its articles. Shared by the CLI and the server.
#include <string>
#include <vector>

#include "storyline/story_view.h"

namespace storyline::pipeline {

// Derives provenance, key quotes, timeline and entities from a stored story.
StoryView BuildStoryView(store::StoryDetail detail);

// Plain-text rendering for `storyline story ID`.
std::string RenderStoryText(const StoryView& view);

}  // namespace storyline::pipeline
