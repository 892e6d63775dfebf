#include <sqlite3.h>

#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <set>

#include "base/text.h"
#include "codec/json_codec.h"
#include "storyline/store.h"

namespace storyline::store {
namespace {

// Schema migrations, applied in order; migration i takes the store from version i to i + 1.
// Never edit a released migration: append a new one.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,          -- arrival order
  id TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, byline TEXT, published TEXT, language TEXT, site TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,           -- codec::AnalysisToStorage
  story TEXT NOT NULL,
  copy_of TEXT, rewrite_of TEXT, origin TEXT, origin_source TEXT,
  confidence REAL NOT NULL DEFAULT 0,
  why TEXT NOT NULL DEFAULT '{}');
CREATE INDEX articles_story ON articles(story, seq);
CREATE TABLE entity_mentions(
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  entity TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY(entity, article_seq)) WITHOUT ROWID;
CREATE TABLE stories(
  id TEXT PRIMARY KEY,
  headline TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  independent_sources INTEGER NOT NULL DEFAULT 0,
  first_published TEXT, last_published TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  summary TEXT,
  summary_stale INTEGER NOT NULL DEFAULT 1);
CREATE INDEX stories_stale ON stories(summary_stale) WHERE summary_stale = 1;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
)sql",
    // 2: the entity page's co-mention query walks the mentions of one article; the story list's
    // three orders are read from indexes instead of sorting every story per page; threads
    // (stories of one ongoing topic; NULL for stories stored before threads existed).
    R"sql(
CREATE INDEX entity_mentions_article ON entity_mentions(article_seq);
CREATE INDEX stories_recent ON stories(last_published IS NULL, last_published DESC, last_seq DESC, id);
CREATE INDEX stories_size ON stories(article_count DESC, last_seq DESC, id);
CREATE INDEX stories_sources ON stories(independent_sources DESC, last_seq DESC, id);
ALTER TABLE articles ADD COLUMN thread TEXT;
ALTER TABLE stories ADD COLUMN thread TEXT;
CREATE INDEX stories_thread ON stories(thread, first_published);
)sql",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == Store::kSchemaVersion);

// Owns one prepared statement; binds by 1-based position.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Stmt& Bind(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // Empty strings are stored as NULL ("unknown").
  Stmt& BindOrNull(int i, const std::string& s) {
    if (s.empty()) sqlite3_bind_null(stmt_, i);
    else Bind(i, s);
    return *this;
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Stmt& Bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : "";
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  Status Error(std::string_view what) const {
    return UnavailableError(std::string(what) + ": " + sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Columns of articles read back into a StoredArticle, in this order.
constexpr const char* kArticleColumns =
    "id, url, title, byline, published, language, site, text, analysis, story, copy_of, "
    "rewrite_of, origin, origin_source, confidence, why, thread";

Result<StoredArticle> ReadArticle(const Stmt& s) {
  StoredArticle out;
  Article& a = out.doc.article;
  a.id = s.Text(0);
  a.url = s.Text(1);
  a.title = s.Text(2);
  a.byline = s.Text(3);
  a.published = s.Text(4);
  a.language = s.Text(5);
  a.site = s.Text(6);
  a.text = s.Text(7);
  auto analysis = codec::AnalysisFromStorage(s.Text(8), a.text);
  if (!analysis) {
    return Err(DataLossError("article " + a.id + ": " + analysis.error().message()));
  }
  out.doc.analysis = std::move(*analysis);
  LinkResult& l = out.link;
  l.id = a.id;
  l.story = s.Text(9);
  l.copy_of = s.Text(10);
  l.rewrite_of = s.Text(11);
  l.origin = s.Text(12);
  l.origin_source = s.Text(13);
  l.confidence = s.Real(14);
  l.why = codec::EvidenceFromStorage(s.Text(15));
  l.thread = s.Text(16);
  return out;
}

// Columns of stories read back into a StoryInfo by ReadStoryInfo, in this order.
constexpr const char* kStoryColumns =
    "id, headline, article_count, independent_sources, first_published, last_published, thread";

StoryInfo ReadStoryInfo(const Stmt& s, int first = 0) {
  return {s.Text(first), s.Text(first + 1), static_cast<int>(s.Int(first + 2)),
          static_cast<int>(s.Int(first + 3)), s.Text(first + 4), s.Text(first + 5),
          s.Text(first + 6)};
}

// Turns free text into an FTS5 query of quoted terms (implicit AND), so user input can never
// be an FTS syntax error.
// Search ranks at most this many of the most recent matches (see Store::Search).
constexpr int kSearchWindow = 1000;

std::string ToFtsQuery(const std::string& query) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += '"' + word + '"';
    word.clear();
  };
  for (char c : query) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) word += c;
    else flush();
  }
  flush();
  return out;
}

}  // namespace

struct Store::Impl {
  sqlite3* db = nullptr;
  int version = 0;
  std::unique_ptr<Stmt> contains;  // prepared once: ingest asks for every record
  ~Impl() {
    contains.reset();  // statements are finalised before the connection closes
    sqlite3_close_v2(db);
  }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      return UnavailableError(msg);
    }
    return Status::Ok();
  }

  Status Migrate() {
    Stmt v(db, "PRAGMA user_version");
    if (!v.ok() || v.Step() != SQLITE_ROW) return DataLossError("not a storyline store");
    version = static_cast<int>(v.Int(0));
    if (version > Store::kSchemaVersion) {
      return InvalidArgumentError("store schema version " + std::to_string(version) +
                                  " is newer than this storyline (" +
                                  std::to_string(Store::kSchemaVersion) + ")");
    }
    while (version < Store::kSchemaVersion) {
      STORYLINE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
      Status st = Exec(kMigrations[version]);
      if (st.ok()) {
        st = Exec(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
      }
      if (!st.ok()) {
        Exec("ROLLBACK").ok();
        return InternalError("schema migration to version " + std::to_string(version + 1) +
                             " failed: " + st.message());
      }
      STORYLINE_RETURN_IF_ERROR(Exec("COMMIT"));
      ++version;
    }
    return Status::Ok();
  }

  Status UpdateStoryAggregates(const std::set<std::string>& stories) {
    Stmt agg(db,
             "SELECT COUNT(*), COUNT(DISTINCT COALESCE(origin, id)), MIN(published), "
             "MAX(published), MAX(seq), "
             "(SELECT COALESCE(title, substr(text, 1, 120)) FROM articles a2 WHERE a2.story = ?1 "
             " ORDER BY a2.published IS NULL, a2.published, a2.seq LIMIT 1), "
             "(SELECT thread FROM articles a3 WHERE a3.story = ?1 ORDER BY a3.seq LIMIT 1) "
             "FROM articles WHERE story = ?1");
    Stmt up(db,
            "INSERT INTO stories(id, headline, article_count, independent_sources, "
            "first_published, last_published, last_seq, summary_stale, thread) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8) ON CONFLICT(id) DO UPDATE SET "
            "article_count = ?3, independent_sources = ?4, first_published = ?5, "
            "last_published = ?6, last_seq = ?7, summary_stale = 1, "
            "headline = COALESCE(stories.headline, ?2), thread = COALESCE(stories.thread, ?8)");
    if (!agg.ok() || !up.ok()) return agg.ok() ? up.Error("prepare") : agg.Error("prepare");
    for (const std::string& story : stories) {
      agg.Bind(1, story);
      if (agg.Step() != SQLITE_ROW) return agg.Error("story aggregate");
      up.Bind(1, story).BindOrNull(2, agg.Text(5)).Bind(3, agg.Int(0)).Bind(4, agg.Int(1));
      up.BindOrNull(5, agg.Text(2).substr(0, 10)).BindOrNull(6, agg.Text(3).substr(0, 10));
      up.Bind(7, agg.Int(4)).BindOrNull(8, agg.Text(6));
      agg.Reset();
      if (up.Step() != SQLITE_DONE) return up.Error("story update");
      up.Reset();
    }
    return Status::Ok();
  }

  Status InsertBatch(const std::vector<StoredArticle>& batch) {
    Stmt ins(db,
             "INSERT OR IGNORE INTO articles(id, url, title, byline, published, language, site, "
             "text, analysis, story, copy_of, rewrite_of, origin, origin_source, confidence, why, "
             "thread) "
             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    Stmt fts(db, "INSERT INTO articles_fts(rowid, title, text) VALUES(?1, ?2, ?3)");
    Stmt ent(db,
             "INSERT OR IGNORE INTO entity_mentions(article_seq, entity, type, mentions) "
             "VALUES(?1, ?2, ?3, ?4)");
    if (!ins.ok() || !fts.ok() || !ent.ok()) return ins.Error("prepare");
    std::set<std::string> touched;
    for (const StoredArticle& s : batch) {
      const Article& a = s.doc.article;
      const LinkResult& l = s.link;
      ins.Bind(1, a.id).BindOrNull(2, a.url).BindOrNull(3, a.title).BindOrNull(4, a.byline);
      ins.BindOrNull(5, a.published).BindOrNull(6, a.language).BindOrNull(7, a.site);
      ins.Bind(8, a.text).Bind(9, codec::AnalysisToStorage(s.doc.analysis)).Bind(10, l.story);
      ins.BindOrNull(11, l.copy_of).BindOrNull(12, l.rewrite_of).BindOrNull(13, l.origin);
      ins.BindOrNull(14, l.origin_source).Bind(15, l.confidence);
      ins.Bind(16, codec::EvidenceToStorage(l.why)).BindOrNull(17, l.thread);
      if (ins.Step() != SQLITE_DONE) return ins.Error("insert article " + a.id);
      ins.Reset();
      if (sqlite3_changes(db) == 0) continue;  // already stored
      const int64_t seq = sqlite3_last_insert_rowid(db);
      fts.Bind(1, seq).Bind(2, a.title).Bind(3, a.text);
      if (fts.Step() != SQLITE_DONE) return fts.Error("index article " + a.id);
      fts.Reset();
      std::map<std::pair<std::string, EntityType>, int> counts;
      for (const auto& e : s.doc.analysis.entities) ++counts[{e.entity, e.type}];
      for (const auto& [key, n] : counts) {
        ent.Bind(1, seq).Bind(2, key.first).Bind(3, std::string(EntityTypeName(key.second)));
        ent.Bind(4, static_cast<int64_t>(n));
        if (ent.Step() != SQLITE_DONE) return ent.Error("index entities of " + a.id);
        ent.Reset();
      }
      touched.insert(l.story);
    }
    return UpdateStoryAggregates(touched);
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    std::string msg = impl->db ? sqlite3_errmsg(impl->db) : "out of memory";
    return Err(UnavailableError("cannot open store " + path + ": " + msg));
  }
  sqlite3_busy_timeout(impl->db, 10000);
  // WAL: readers never block the writer; synchronous=NORMAL keeps every committed batch
  // across a process crash (power loss may lose only the last batches, never consistency).
  Status st = impl->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  if (!st.ok()) return Err(DataLossError(path + " is not a storyline store: " + st.message()));
  st = impl->Migrate();
  if (!st.ok()) return Err(Status(st.code(), path + ": " + st.message()));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

int Store::schema_version() const { return impl_->version; }

Result<bool> Store::Contains(const std::string& id) {
  if (!impl_->contains) {
    impl_->contains = std::make_unique<Stmt>(impl_->db, "SELECT 1 FROM articles WHERE id = ?1");
  }
  Stmt& s = *impl_->contains;
  if (!s.ok()) return Err(s.Error("prepare"));
  s.Reset();
  s.Bind(1, id);
  const int rc = s.Step();
  s.Reset();
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Err(s.Error("lookup"));
}

Status Store::PutBatch(const std::vector<StoredArticle>& batch) {
  if (batch.empty()) return Status::Ok();
  STORYLINE_RETURN_IF_ERROR(impl_->Exec("BEGIN IMMEDIATE"));
  Status st = impl_->InsertBatch(batch);
  if (!st.ok()) {
    impl_->Exec("ROLLBACK").ok();
    return st;
  }
  return impl_->Exec("COMMIT");
}

Result<std::vector<std::string>> Store::StaleSummaries() {
  Stmt s(impl_->db, "SELECT id FROM stories WHERE summary_stale = 1 ORDER BY id");
  if (!s.ok()) return Err(s.Error("prepare"));
  std::vector<std::string> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(s.Text(0));
  if (rc != SQLITE_DONE) return Err(s.Error("stale summaries"));
  return out;
}

Status Store::PutSummaries(const std::vector<Summary>& summaries) {
  if (summaries.empty()) return Status::Ok();
  STORYLINE_RETURN_IF_ERROR(impl_->Exec("BEGIN IMMEDIATE"));
  Status st = [&]() -> Status {
    Stmt s(impl_->db,
           "UPDATE stories SET summary = ?2, headline = COALESCE(NULLIF(?3, ''), headline), "
           "summary_stale = 0 WHERE id = ?1");
    if (!s.ok()) return s.Error("prepare");
    for (const Summary& summary : summaries) {
      s.Bind(1, summary.story).Bind(2, codec::SummaryToJson(summary)).Bind(3, summary.headline);
      if (s.Step() != SQLITE_DONE) return s.Error("store summary of " + summary.story);
      s.Reset();
    }
    return Status::Ok();
  }();
  if (!st.ok()) {
    impl_->Exec("ROLLBACK").ok();
    return st;
  }
  return impl_->Exec("COMMIT");
}

Status Store::ForEachArticle(const std::function<void(StoredArticle&&)>& fn) {
  std::string sql = std::string("SELECT ") + kArticleColumns + " FROM articles ORDER BY seq";
  Stmt s(impl_->db, sql.c_str());
  if (!s.ok()) return s.Error("prepare");
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    auto a = ReadArticle(s);
    if (!a) return a.error();
    fn(std::move(*a));
  }
  return rc == SQLITE_DONE ? Status::Ok() : s.Error("read articles");
}

Result<std::vector<StoryInfo>> Store::ListStories(int limit, int offset, StorySort sort) {
  return FindStories(StoryFilter{}, limit, offset, sort);
}

Result<std::vector<StoryInfo>> Store::FindStories(const StoryFilter& filter, int limit,
                                                  int offset, StorySort sort) {
  const char* order = sort == StorySort::kSize      ? "article_count DESC, last_seq DESC"
                      : sort == StorySort::kSources ? "independent_sources DESC, last_seq DESC"
                                                    : "last_published IS NULL, last_published DESC, last_seq DESC";
  const std::string fts_query = ToFtsQuery(filter.text);
  std::vector<StoryInfo> out;
  if (!filter.text.empty() && fts_query.empty()) return out;  // only punctuation: no match
  // Every value is bound (?3..?7); unused parameters stay NULL and their clause is omitted.
  std::string where = "1";
  if (!fts_query.empty()) {
    where += " AND id IN (SELECT a.story FROM articles_fts JOIN articles a "
             "ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?3)";
  }
  if (!filter.entity.empty()) {
    where += " AND id IN (SELECT a.story FROM entity_mentions e JOIN articles a "
             "ON a.seq = e.article_seq WHERE e.entity = ?4)";
  }
  if (!filter.since.empty()) where += " AND last_published >= ?5";
  if (!filter.until.empty()) where += " AND first_published <= ?6";
  if (!filter.thread.empty()) where += " AND thread = ?7";
  std::string sql = std::string("SELECT ") + kStoryColumns + " FROM stories WHERE " + where +
                    " ORDER BY " + order + ", id LIMIT ?1 OFFSET ?2";
  Stmt s(impl_->db, sql.c_str());
  if (!s.ok()) return Err(s.Error("prepare"));
  s.Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  if (!fts_query.empty()) s.Bind(3, fts_query);
  if (!filter.entity.empty()) s.Bind(4, filter.entity);
  if (!filter.since.empty()) s.Bind(5, filter.since);
  if (!filter.until.empty()) s.Bind(6, filter.until);
  if (!filter.thread.empty()) s.Bind(7, filter.thread);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadStoryInfo(s));
  if (rc != SQLITE_DONE) return Err(s.Error("find stories"));
  return out;
}

Result<StoryDetail> Store::GetStory(const std::string& id) {
  Stmt s(impl_->db,
         (std::string("SELECT ") + kStoryColumns + ", summary FROM stories WHERE id = ?1").c_str());
  if (!s.ok()) return Err(s.Error("prepare"));
  s.Bind(1, id);
  int rc = s.Step();
  if (rc == SQLITE_DONE) return Err(NotFoundError("no story " + id));
  if (rc != SQLITE_ROW) return Err(s.Error("get story"));
  StoryDetail d;
  d.info = ReadStoryInfo(s);
  std::string summary_json = s.Text(7);
  if (!summary_json.empty()) {
    auto summary = codec::SummaryFromJson(summary_json);
    if (summary) {
      d.summary = std::move(*summary);
      d.has_summary = true;
    }
  }
  std::string sql = std::string("SELECT ") + kArticleColumns +
                    " FROM articles WHERE story = ?1 ORDER BY seq";
  Stmt a(impl_->db, sql.c_str());
  if (!a.ok()) return Err(a.Error("prepare"));
  a.Bind(1, id);
  while ((rc = a.Step()) == SQLITE_ROW) {
    auto art = ReadArticle(a);
    if (!art) return Err(art.error());
    d.articles.push_back(std::move(*art));
  }
  if (rc != SQLITE_DONE) return Err(a.Error("story articles"));
  if (!d.info.thread.empty()) {
    std::string sql = std::string("SELECT ") + kStoryColumns +
                      " FROM stories WHERE thread = ?1 ORDER BY first_published IS NULL, "
                      "first_published, id LIMIT 100";
    Stmt t(impl_->db, sql.c_str());
    if (!t.ok()) return Err(t.Error("prepare"));
    t.Bind(1, d.info.thread);
    while ((rc = t.Step()) == SQLITE_ROW) d.thread_stories.push_back(ReadStoryInfo(t));
    if (rc != SQLITE_DONE) return Err(t.Error("thread stories"));
  }
  return d;
}

Result<StoredArticle> Store::GetArticle(const std::string& id) {
  std::string sql = std::string("SELECT ") + kArticleColumns + " FROM articles WHERE id = ?1";
  Stmt s(impl_->db, sql.c_str());
  if (!s.ok()) return Err(s.Error("prepare"));
  s.Bind(1, id);
  int rc = s.Step();
  if (rc == SQLITE_DONE) return Err(NotFoundError("no article " + id));
  if (rc != SQLITE_ROW) return Err(s.Error("get article"));
  return ReadArticle(s);
}

Result<EntityDetail> Store::GetEntity(const std::string& entity, int story_limit,
                                       int related_limit) {
  EntityDetail d;
  d.entity = entity;
  {
    Stmt s(impl_->db,
           "SELECT type, COUNT(*), SUM(mentions) FROM entity_mentions WHERE entity = ?1 "
           "GROUP BY type ORDER BY SUM(mentions) DESC, type");
    if (!s.ok()) return Err(s.Error("prepare"));
    s.Bind(1, entity);
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      if (d.type.empty()) d.type = s.Text(0);
      d.article_count += static_cast<int>(s.Int(1));
      d.mention_count += static_cast<int>(s.Int(2));
    }
    if (rc != SQLITE_DONE) return Err(s.Error("get entity"));
    if (d.article_count == 0) return Err(NotFoundError("no entity " + entity));
  }
  {
    Stmt s(impl_->db,
           "SELECT st.id, st.headline, st.article_count, st.independent_sources, "
           "st.first_published, st.last_published, st.thread, m.articles, m.mentions FROM "
           "(SELECT a.story AS story, COUNT(DISTINCT a.seq) AS articles, SUM(e.mentions) AS mentions "
           " FROM entity_mentions e JOIN articles a ON a.seq = e.article_seq "
           " WHERE e.entity = ?1 GROUP BY a.story) m JOIN stories st ON st.id = m.story "
           "ORDER BY st.last_published IS NULL, st.last_published DESC, st.last_seq DESC, st.id "
           "LIMIT ?2");
    if (!s.ok()) return Err(s.Error("prepare"));
    s.Bind(1, entity).Bind(2, static_cast<int64_t>(story_limit));
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      d.stories.push_back({ReadStoryInfo(s), static_cast<int>(s.Int(7)), static_cast<int>(s.Int(8))});
    }
    if (rc != SQLITE_DONE) return Err(s.Error("entity stories"));
  }
  {
    Stmt s(impl_->db,
           "SELECT o.entity, MIN(o.type), COUNT(*) AS n FROM entity_mentions e "
           "JOIN entity_mentions o ON o.article_seq = e.article_seq AND o.entity != e.entity "
           "WHERE e.entity = ?1 GROUP BY o.entity ORDER BY n DESC, o.entity LIMIT ?2");
    if (!s.ok()) return Err(s.Error("prepare"));
    s.Bind(1, entity).Bind(2, static_cast<int64_t>(related_limit));
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      d.related.push_back({s.Text(0), s.Text(1), static_cast<int>(s.Int(2))});
    }
    if (rc != SQLITE_DONE) return Err(s.Error("related entities"));
  }
  return d;
}

Result<std::vector<SearchHit>> Store::Search(const std::string& query, int limit) {
  std::string fts_query = ToFtsQuery(query);
  std::vector<SearchHit> out;
  if (fts_query.empty()) return out;
  // Ranking every match of a common word costs time in proportion to the archive; news search
  // ranks the most recent kSearchWindow matches instead, so a query's cost stays bounded.
  int64_t floor_seq = 0;
  {
    Stmt w(impl_->db,
           "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 "
           "ORDER BY rowid DESC LIMIT 1 OFFSET ?2");
    if (!w.ok()) return Err(w.Error("prepare"));
    w.Bind(1, fts_query).Bind(2, static_cast<int64_t>(kSearchWindow - 1));
    int rc = w.Step();
    if (rc == SQLITE_ROW) floor_seq = w.Int(0);
    else if (rc != SQLITE_DONE) return Err(w.Error("search"));
  }
  Stmt s(impl_->db,
         "SELECT a.id, a.story, COALESCE(a.title, ''), "
         "snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts) AS score "
         "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
         "WHERE articles_fts MATCH ?1 AND articles_fts.rowid >= ?3 ORDER BY score, a.seq LIMIT ?2");
  if (!s.ok()) return Err(s.Error("prepare"));
  s.Bind(1, fts_query).Bind(2, static_cast<int64_t>(limit)).Bind(3, floor_seq);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Real(4)});
  }
  if (rc != SQLITE_DONE) return Err(s.Error("search"));
  return out;
}

Result<int64_t> Store::ArticleCount() {
  Stmt s(impl_->db, "SELECT COUNT(*) FROM articles");
  if (!s.ok() || s.Step() != SQLITE_ROW) return Err(s.Error("count"));
  return s.Int(0);
}

}  // namespace storyline::store
