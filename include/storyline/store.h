#pragma once
// The embedded store: one SQLite file (WAL) with a versioned schema, FTS5 search, and stories
// with their provenance. One writer at a time (the ingest pipeline or the server's writer);
// any number of readers, each with its own Store, may run concurrently.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storyline/document.h"
#include "storyline/status.h"
#include "storyline/story.h"

namespace storyline::store {

// An article with everything decided about it.
struct StoredArticle {
  AnalysedArticle doc;
  LinkResult link;
};

struct StoryInfo {
  std::string id;
  std::string headline;
  int article_count = 0;
  // Distinct original reports: 40 copies of one wire story count once.
  int independent_sources = 0;
  std::string first_published, last_published;  // ISO dates, empty when unknown
  std::string thread;  // stories of one ongoing topic share it; empty for stores before threads
};

struct StoryDetail {
  StoryInfo info;
  std::vector<StoredArticle> articles;  // arrival order
  std::vector<StoryInfo> thread_stories;  // every story of its thread, this one included, oldest first (100 at most)
  bool has_summary = false;
  Summary summary;
};

struct SearchHit {
  std::string article_id;
  std::string story;
  std::string title;
  std::string snippet;  // with [matched] words bracketed
  double score = 0;     // bm25: lower is better
};

// One story in which an entity is mentioned, and how much.
struct EntityStory {
  StoryInfo story;
  int articles = 0;  // articles of the story that mention the entity
  int mentions = 0;  // mentions over those articles
};

// Another entity mentioned in the same articles.
struct RelatedEntity {
  std::string entity;
  std::string type;
  int articles = 0;  // articles that mention both
};

// What the store knows of one canonical entity (the server's entity page).
struct EntityDetail {
  std::string entity;
  std::string type;  // the type most of its mentions carry
  int article_count = 0;
  int mention_count = 0;
  std::vector<EntityStory> stories;    // most recently published first
  std::vector<RelatedEntity> related;  // most shared articles first
};

enum class StorySort { kRecent, kSize, kSources };

// Narrows FindStories; empty fields do not filter, set fields must all hold.
struct StoryFilter {
  std::string text;    // plain words: stories with an article matching all of them (FTS)
  std::string entity;  // canonical entity name, exact: stories with an article mentioning it
  std::string since;   // YYYY-MM-DD: stories last published on or after this day
  std::string until;   // YYYY-MM-DD: stories first published on or before this day
  std::string thread;  // thread id, exact: the stories of that thread
};

class Store {
 public:
  // Opens or creates the store at `path`, migrating the schema to the current version.
  // Fails with Unavailable if the file can't be opened, DataLoss if it is not a storyline
  // store, InvalidArgument if it was written by a newer storyline.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();

  static constexpr int kSchemaVersion = 2;
  int schema_version() const;

  // True if an article with this id is stored.
  Result<bool> Contains(const std::string& id);

  // Stores a batch in one transaction: all of it or none. Articles whose id is already stored
  // are left unchanged (re-ingesting stores once). Marks their stories' summaries stale.
  Status PutBatch(const std::vector<StoredArticle>& batch);
  // Stories whose summary is stale (new articles since it was computed).
  Result<std::vector<std::string>> StaleSummaries();
  // Stores stories' summaries and headlines and clears their stale marks, in one transaction.
  Status PutSummaries(const std::vector<Summary>& summaries);

  // Every stored article in arrival order (to rebuild the linker's state).
  Status ForEachArticle(const std::function<void(StoredArticle&&)>& fn);

  Result<std::vector<StoryInfo>> ListStories(int limit, int offset, StorySort sort);
  // ListStories restricted by `filter` (the server's story list and entity page).
  Result<std::vector<StoryInfo>> FindStories(const StoryFilter& filter, int limit, int offset,
                                             StorySort sort);
  Result<StoryDetail> GetStory(const std::string& id);
  Result<StoredArticle> GetArticle(const std::string& id);
  // The entity with this canonical name (exact), its `story_limit` most recent stories and its
  // `related_limit` most frequent co-mentioned entities. NotFound when no article mentions it.
  Result<EntityDetail> GetEntity(const std::string& entity, int story_limit, int related_limit);
  // Full-text search over titles and texts; `query` is plain words (no FTS syntax needed).
  // Ranks (bm25) the 1,000 most recently stored matches, so that a common word costs the same
  // in a large archive as in a small one.
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit);
  Result<int64_t> ArticleCount();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace storyline::store
