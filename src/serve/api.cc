// The API's routes. Readers borrow a store connection from a small pool (one per concurrent
// request at most); the writer (POST /api/articles) holds the only link::Linker under a mutex.
#include "serve/api.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/text.h"
#include "codec/json_codec.h"
#include "link/link.h"
#include "pipeline/pipeline.h"
#include "pipeline/story_view.h"
#include "serve/web_assets.h"
#include "storyline/store.h"
#include "storyline/story_view.h"
#include "summarise/summarise.h"

namespace storyline::serve {
namespace {

using nlohmann::json;

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 200;
constexpr int kMaxOffset = 10'000'000;
constexpr size_t kMaxQueryBytes = 1000;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

int HttpStatusFor(const Status& st) {
  switch (st.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kResourceExhausted: return 413;
    case StatusCode::kUnavailable: return 503;
    default: return 500;
  }
}

ApiResponse FromStatus(const Status& st) { return ErrorResponse(HttpStatusFor(st), st.message()); }

ApiResponse Json(std::string body) {
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

// Strict non-negative integer parameter in [lo, hi]; `fallback` when absent.
Result<int> IntParam(const ApiRequest& req, const std::string& name, int fallback, int lo, int hi) {
  auto it = req.params.find(name);
  if (it == req.params.end()) return fallback;
  const std::string& v = it->second;
  if (v.empty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), [](char c) {
        return c >= '0' && c <= '9';
      })) {
    return Err(InvalidArgumentError(name + " must be an integer"));
  }
  int n = std::stoi(v);
  if (n < lo || n > hi) {
    return Err(InvalidArgumentError(name + " must be between " + std::to_string(lo) + " and " +
                                    std::to_string(hi)));
  }
  return n;
}

std::string StringParam(const ApiRequest& req, const std::string& name) {
  auto it = req.params.find(name);
  return it == req.params.end() ? std::string() : it->second;
}

bool IsIsoDay(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Bearer token from an Authorization header value, or empty.
std::string BearerToken(const std::string& header) {
  constexpr std::string_view kScheme = "Bearer ";  // the scheme is case-insensitive
  if (!base::StartsWithIgnoreCase(header, kScheme)) return "";
  return std::string(base::Trim(std::string_view(header).substr(kScheme.size())));
}

// Per-address token bucket: `per_minute` requests per minute with bursts up to the same number.
class RateLimiter {
 public:
  explicit RateLimiter(int per_minute) : per_minute_(per_minute) {}

  bool Allow(const std::string& key) {
    if (per_minute_ <= 0) return true;
    const double now = std::chrono::duration<double>(
                           std::chrono::steady_clock::now().time_since_epoch()).count();
    std::lock_guard<std::mutex> lock(mu_);
    if (buckets_.size() > 10000) buckets_.clear();  // bounded memory; forgets old clients
    auto [it, fresh] = buckets_.try_emplace(key, Bucket{double(per_minute_), now});
    Bucket& b = it->second;
    b.tokens = std::min<double>(per_minute_, b.tokens + (now - b.last) * per_minute_ / 60.0);
    b.last = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

 private:
  struct Bucket {
    double tokens;
    double last;
  };
  const int per_minute_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

// One parsed record of a POST body, or why it could not be read.
struct PostedRecord {
  Result<RawRecord> record;
  std::string where;  // "line 3" or "body"
};

// A POST body is one JSON object (possibly pretty-printed) or JSON Lines. Records without an
// id get one derived from their content, so re-posting the same article stores it once.
std::vector<PostedRecord> ParsePostBody(const std::string& body) {
  std::vector<PostedRecord> out;
  auto name = [](RawRecord& r) {
    if (r.id.empty()) {
      r.id = "post:" + base::Hex64(base::Hash64(r.url + '\n' + r.title + '\n' + r.text + '\n' + r.html));
    }
  };
  auto whole = codec::ParseInputArticle(body);
  if (whole) {
    name(*whole);
    whole->location = "body";
    out.push_back({std::move(whole), "body"});
    return out;
  }
  size_t line_no = 0, pos = 0;
  while (pos < body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string::npos) end = body.size();
    std::string_view line(body.data() + pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (base::Trim(line).empty()) continue;
    const std::string where = "line " + std::to_string(line_no);
    auto r = codec::ParseInputArticle(line);
    if (r) {
      name(*r);
      r->location = where;
    }
    out.push_back({std::move(r), where});
  }
  return out;
}

// Hands out store connections: one per concurrent reader, reused afterwards.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> s) : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Release(std::move(store_));
    }
    store::Store& operator*() { return *store_; }
    store::Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  Result<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        auto s = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    auto s = store::Store::Open(path_);
    if (!s) return Err(s.error());
    return Lease(this, std::move(*s));
  }

 private:
  void Release(std::unique_ptr<store::Store> s) {
    std::lock_guard<std::mutex> lock(mu_);
    if (idle_.size() < 64) idle_.push_back(std::move(s));
  }

  const std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace

ApiResponse ErrorResponse(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  r.body = Dump(json{{"error", message}});
  return r;
}

bool ConstantTimeEquals(const std::string& a, const std::string& b) {
  // Walk the longer string whatever the contents; fold the length difference into the result.
  const size_t n = std::max(a.size(), b.size());
  unsigned diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

struct Api::Impl {
  ServerOptions options;
  StorePool readers;
  RateLimiter post_limiter;

  // The single writer: its own connection and the linker, guarded by writer_mu.
  std::mutex writer_mu;
  std::unique_ptr<store::Store> writer;
  std::unique_ptr<link::Linker> linker;

  explicit Impl(const ServerOptions& o)
      : options(o), readers(o.db_path), post_limiter(o.post_rate_per_minute) {}

  // Rebuilds the linker from what is stored (startup, and after a failed write so that the
  // linker never remembers articles the store does not have).
  Status RestoreLinker() {
    auto fresh = std::make_unique<link::Linker>();
    STORYLINE_RETURN_IF_ERROR(pipeline::RestoreLinker(*writer, *fresh));
    linker = std::move(fresh);
    return Status::Ok();
  }

  ApiResponse Route(const ApiRequest& req) {
    const std::string& p = req.path;
    if (req.method == "POST") {
      if (p == "/api/articles") return PostArticles(req);
      return ErrorResponse(p.rfind("/api/", 0) == 0 ? 405 : 404, "no POST route " + p);
    }
    if (req.method != "GET" && req.method != "HEAD") {
      return ErrorResponse(405, "method " + req.method + " not allowed");
    }
    constexpr std::string_view kStory = "/api/stories/", kArticle = "/api/articles/",
                               kEntity = "/api/entities/";
    if (p == "/api/stories") return ListStories(req);
    if (p.size() > kStory.size() && p.compare(0, kStory.size(), kStory) == 0) {
      return GetStory(p.substr(kStory.size()));
    }
    if (p.size() > kArticle.size() && p.compare(0, kArticle.size(), kArticle) == 0) {
      return GetArticle(p.substr(kArticle.size()));
    }
    if (p.size() > kEntity.size() && p.compare(0, kEntity.size(), kEntity) == 0) {
      return GetEntity(req, p.substr(kEntity.size()));
    }
    if (p == "/api/search") return Search(req);
    if (p == "/api/stats") return Stats();
    if (p.rfind("/api/", 0) == 0 || p == "/api") return ErrorResponse(404, "no route " + p);
    // Static files: only the embedded set, looked up by exact path, so "/../x" cannot escape.
    if (const WebAsset* a = FindWebAsset(p)) {
      ApiResponse r;
      r.content_type = std::string(a->content_type);
      r.body = std::string(a->data);
      return r;
    }
    return ErrorResponse(404, "not found");
  }

  ApiResponse ListStories(const ApiRequest& req) {
    auto limit = IntParam(req, "limit", kDefaultLimit, 1, kMaxLimit);
    if (!limit) return FromStatus(limit.error());
    auto offset = IntParam(req, "offset", 0, 0, kMaxOffset);
    if (!offset) return FromStatus(offset.error());
    std::string sort_name = StringParam(req, "sort");
    if (sort_name.empty()) sort_name = "recent";
    store::StorySort sort;
    if (sort_name == "recent") sort = store::StorySort::kRecent;
    else if (sort_name == "size") sort = store::StorySort::kSize;
    else if (sort_name == "sources") sort = store::StorySort::kSources;
    else return ErrorResponse(400, "sort must be recent, size or sources");
    store::StoryFilter filter;
    filter.text = StringParam(req, "q");
    filter.entity = StringParam(req, "entity");
    filter.since = StringParam(req, "since");
    filter.until = StringParam(req, "until");
    filter.thread = StringParam(req, "thread");
    if (filter.text.size() > kMaxQueryBytes || filter.entity.size() > kMaxQueryBytes ||
        filter.thread.size() > kMaxQueryBytes) {
      return ErrorResponse(400, "q, entity and thread are limited to 1000 bytes");
    }
    if ((!filter.since.empty() && !IsIsoDay(filter.since)) ||
        (!filter.until.empty() && !IsIsoDay(filter.until))) {
      return ErrorResponse(400, "since and until must be dates like 2025-03-10");
    }
    auto db = readers.Acquire();
    if (!db) return FromStatus(db.error());
    // One extra row tells whether there is a next page without counting everything.
    auto stories = (*db)->FindStories(filter, *limit + 1, *offset, sort);
    if (!stories) return FromStatus(stories.error());
    const bool has_more = static_cast<int>(stories->size()) > *limit;
    if (has_more) stories->pop_back();
    std::string body = "{\"stories\":[";
    for (size_t i = 0; i < stories->size(); ++i) {
      if (i) body += ',';
      body += codec::StoryInfoToJson((*stories)[i]);
    }
    body += "],\"limit\":" + std::to_string(*limit) + ",\"offset\":" + std::to_string(*offset) +
            ",\"sort\":\"" + sort_name + "\",\"has_more\":" + (has_more ? "true" : "false") + "}";
    return Json(std::move(body));
  }

  ApiResponse GetStory(const std::string& id) {
    auto db = readers.Acquire();
    if (!db) return FromStatus(db.error());
    auto story = (*db)->GetStory(id);
    if (!story) return FromStatus(story.error());
    return Json(codec::StoryViewToJson(pipeline::BuildStoryView(std::move(*story))));
  }

  ApiResponse GetArticle(const std::string& id) {
    auto db = readers.Acquire();
    if (!db) return FromStatus(db.error());
    auto a = (*db)->GetArticle(id);
    if (!a) return FromStatus(a.error());
    // The analysis (spans into "text") plus the article's metadata and its link verdict.
    json j = json::parse(codec::AnalysisToJson(a->doc.article, a->doc.analysis, true));
    json meta = json::parse(codec::ArticleToJson(a->doc.article));
    for (const char* key : {"url", "title", "byline", "site"}) j[key] = meta[key];
    j["link"] = json::parse(codec::LinkToJson(a->link));
    j["story"] = a->link.story;
    return Json(Dump(j));
  }

  // An entity by its canonical name: its stories (most recent first) and who or what appears
  // with it most often.
  ApiResponse GetEntity(const ApiRequest& req, const std::string& name) {
    if (name.size() > kMaxQueryBytes) return ErrorResponse(400, "entity names are limited to 1000 bytes");
    auto limit = IntParam(req, "limit", 50, 1, kMaxLimit);
    if (!limit) return FromStatus(limit.error());
    auto db = readers.Acquire();
    if (!db) return FromStatus(db.error());
    auto e = (*db)->GetEntity(name, *limit, 15);
    if (!e) return FromStatus(e.error());
    json stories = json::array();
    for (const store::EntityStory& s : e->stories) {
      json j = json::parse(codec::StoryInfoToJson(s.story));
      j["articles_mentioning"] = s.articles;
      j["mentions"] = s.mentions;
      stories.push_back(std::move(j));
    }
    json related = json::array();
    for (const store::RelatedEntity& r : e->related) {
      related.push_back({{"entity", r.entity}, {"type", r.type}, {"articles", r.articles}});
    }
    return Json(Dump({{"entity", e->entity}, {"type", e->type}, {"articles", e->article_count},
                      {"mentions", e->mention_count}, {"stories", std::move(stories)},
                      {"related", std::move(related)}, {"limit", *limit}}));
  }

  ApiResponse Search(const ApiRequest& req) {
    const std::string q = StringParam(req, "q");
    if (base::Trim(q).empty()) return ErrorResponse(400, "q is required");
    if (q.size() > kMaxQueryBytes) return ErrorResponse(400, "q is limited to 1000 bytes");
    auto limit = IntParam(req, "limit", kDefaultLimit, 1, kMaxLimit);
    if (!limit) return FromStatus(limit.error());
    auto db = readers.Acquire();
    if (!db) return FromStatus(db.error());
    auto hits = (*db)->Search(q, *limit);
    if (!hits) return FromStatus(hits.error());
    std::string body = "{\"hits\":[";
    for (size_t i = 0; i < hits->size(); ++i) {
      if (i) body += ',';
      body += codec::SearchHitToJson((*hits)[i]);
    }
    body += "],\"limit\":" + std::to_string(*limit) + "}";
    return Json(std::move(body));
  }

  ApiResponse Stats() {
    auto db = readers.Acquire();
    if (!db) return FromStatus(db.error());
    auto n = (*db)->ArticleCount();
    if (!n) return FromStatus(n.error());
    return Json("{\"articles\":" + std::to_string(*n) + "}");
  }

  ApiResponse PostArticles(const ApiRequest& req) {
    if (options.token.empty()) {
      return ErrorResponse(403, "writes are disabled: start the server with --token or STORYLINE_TOKEN");
    }
    if (!ConstantTimeEquals(BearerToken(req.authorization), options.token)) {
      return ErrorResponse(401, "a valid 'Authorization: Bearer <token>' header is required");
    }
    if (!post_limiter.Allow(req.remote_addr)) {
      return ErrorResponse(429, "too many POST requests; try again later");
    }
    if (base::Trim(req.body).empty()) return ErrorResponse(400, "empty body");

    std::vector<PostedRecord> posted = ParsePostBody(req.body);
    std::vector<json> results(posted.size());
    int stored = 0, already = 0, errors = 0;

    std::lock_guard<std::mutex> lock(writer_mu);
    std::vector<RawRecord> fresh;   // new records, in body order
    std::vector<size_t> fresh_at;   // their index in `posted`
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < posted.size(); ++i) {
      if (!posted[i].record) {
        results[i] = {{"status", "error"}, {"where", posted[i].where},
                      {"error", posted[i].record.error().message()}};
        ++errors;
        continue;
      }
      RawRecord& r = *posted[i].record;
      auto known = writer->Contains(r.id);
      if (!known) return FromStatus(known.error());
      if (*known || !ids.insert(r.id).second) {
        results[i] = {{"id", r.id}, {"status", "already_stored"}};
        ++already;
        continue;
      }
      fresh_at.push_back(i);
      fresh.push_back(std::move(r));
    }

    auto verdicts = pipeline::StoreRecords(*writer, *linker, fresh, options.threads);
    if (!verdicts) {
      Status restored = RestoreLinker();  // forget the articles that were not stored
      if (!restored.ok()) return FromStatus(restored);
      return FromStatus(verdicts.error());
    }
    for (size_t k = 0; k < verdicts->size(); ++k) {
      const size_t i = fresh_at[k];
      const auto& v = (*verdicts)[k];
      if (!v) {
        results[i] = {{"id", fresh[k].id}, {"status", "error"}, {"where", posted[i].where},
                      {"error", v.error().message()}};
        ++errors;
        continue;
      }
      results[i] = json::parse(codec::LinkToJson(v->link));
      results[i]["status"] = "stored";
      results[i]["title"] = v->title.empty() ? json(nullptr) : json(v->title);
      ++stored;
    }
    auto summaries = pipeline::RefreshSummaries(*writer, summarise::SummaryOptions{});
    if (!summaries) return FromStatus(summaries.error());
    // Already-stored articles answer with their stored story.
    for (size_t i = 0; i < posted.size(); ++i) {
      if (results[i].value("status", "") != "already_stored") continue;
      auto a = writer->GetArticle(results[i]["id"].get<std::string>());
      if (a) results[i]["story"] = a->link.story;
    }

    json out = {{"stored", stored}, {"already_stored", already}, {"errors", errors},
                {"articles", results}};
    ApiResponse r = Json(Dump(out));
    if (stored + already == 0) {
      r.status = 400;
      out["error"] = "no article could be read";
      r.body = Dump(out);
    }
    return r;
  }
};

Api::Api(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::Create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  auto writer = store::Store::Open(options.db_path);
  if (!writer) return Err(writer.error());
  impl->writer = std::move(*writer);
  STORYLINE_RETURN_IF_ERROR(impl->RestoreLinker());
  return std::unique_ptr<Api>(new Api(std::move(impl)));
}

ApiResponse Api::Handle(const ApiRequest& request) {
  // Handlers return errors as values; this guard only turns an unexpected library exception
  // (allocation failure) into a 500 instead of a dead server thread.
  try {
    return impl_->Route(request);
  } catch (const std::exception& e) {
    return ErrorResponse(500, std::string("internal error: ") + e.what());
  }
}

}  // namespace storyline::serve
