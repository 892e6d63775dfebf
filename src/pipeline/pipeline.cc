#include "pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <unordered_set>

#include "analyse/analyse.h"
#include "extract/extract.h"
#include "pipeline/progress.h"

namespace storyline::pipeline {

Result<AnalysedArticle> ProcessRecord(const RawRecord& record,
                                      const analyse::AnalyseOptions& analyse) {
  auto article = extract::Extract(record);
  if (!article) {
    return Err(Status(article.error().code(),
                      (record.location.empty() ? record.id : record.location) + ": " +
                          article.error().message()));
  }
  AnalysedArticle out;
  out.analysis = analyse::Analyse(*article, analyse);
  out.article = std::move(*article);
  return out;
}

std::vector<Result<AnalysedArticle>> ProcessAll(const std::vector<RawRecord>& records,
                                                int threads,
                                                const analyse::AnalyseOptions& analyse) {
  std::vector<Result<AnalysedArticle>> out(records.size(), Err(InternalError("not processed")));
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = std::min<int>(threads, static_cast<int>(records.size()));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < records.size();) {
      out[i] = ProcessRecord(records[i], analyse);
    }
  };
  if (threads <= 1) {
    work();
    return out;
  }
  {
    std::vector<std::jthread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  }  // all workers joined before `out` is returned
  return out;
}

std::vector<LinkResult> LinkBatch(link::Linker& linker,
                                  const std::vector<Result<AnalysedArticle>>& batch) {
  std::vector<size_t> order;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (batch[i]) order.push_back(i);
  }
  // ISO 8601 strings sort chronologically when they share a format; compare the date part and
  // then the full string so that "2025-03-10" and "2025-03-10T08:00:00Z" order sensibly.
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const std::string& px = batch[x]->article.published;
    const std::string& py = batch[y]->article.published;
    if (px.empty() != py.empty()) return py.empty();
    return px < py;
  });
  std::vector<LinkResult> out(batch.size());
  for (size_t i : order) out[i] = linker.Add(*batch[i]);
  return out;
}

Result<uint64_t> RefreshSummaries(store::Store& store, const summarise::SummaryOptions& options) {
  auto stale = store.StaleSummaries();
  if (!stale) return Err(stale.error());
  constexpr size_t kSummaryBatch = 256;  // summaries per transaction
  std::vector<Summary> batch;
  for (const std::string& id : *stale) {
    auto story = store.GetStory(id);
    if (!story) return Err(story.error());
    std::vector<AnalysedArticle> docs;
    std::vector<LinkResult> links;
    docs.reserve(story->articles.size());
    for (auto& a : story->articles) {
      docs.push_back(std::move(a.doc));
      links.push_back(std::move(a.link));
    }
    batch.push_back(summarise::Summarise(id, docs, links, options));
    if (batch.size() >= kSummaryBatch) {
      STORYLINE_RETURN_IF_ERROR(store.PutSummaries(batch));
      batch.clear();
    }
  }
  STORYLINE_RETURN_IF_ERROR(store.PutSummaries(batch));
  return static_cast<uint64_t>(stale->size());
}

Status RestoreLinker(store::Store& store, link::Linker& linker) {
  return store.ForEachArticle([&](store::StoredArticle&& a) { linker.Restore(a.doc, a.link); });
}

Result<std::vector<Result<StoredVerdict>>> StoreRecords(store::Store& store, link::Linker& linker,
                                                        const std::vector<RawRecord>& records,
                                                        int threads,
                                                        const analyse::AnalyseOptions& analyse) {
  auto processed = ProcessAll(records, threads, analyse);
  std::vector<LinkResult> links = LinkBatch(linker, processed);
  std::vector<Result<StoredVerdict>> out;
  out.reserve(records.size());
  std::vector<store::StoredArticle> batch;
  batch.reserve(records.size());
  for (size_t i = 0; i < processed.size(); ++i) {
    if (!processed[i]) {
      out.push_back(Err(processed[i].error()));
      continue;
    }
    out.push_back(StoredVerdict{links[i], processed[i]->article.title});
    batch.push_back({std::move(*processed[i]), std::move(links[i])});
  }
  STORYLINE_RETURN_IF_ERROR(store.PutBatch(batch));
  return out;
}

Result<IngestReport> Ingest(store::Store& store, const std::vector<std::string>& paths,
                            const IngestOptions& options, const ingest::ErrorSink& on_error) {
  const auto start = std::chrono::steady_clock::now();
  IngestReport report;

  // Rebuild the linker from what is stored, so new articles link against old ones.
  link::Linker linker(options.link);
  STORYLINE_RETURN_IF_ERROR(RestoreLinker(store, linker));

  ProgressBar bar(options.progress, options.progress ? ingest::TotalInputBytes(paths) : 0);
  std::vector<RawRecord> pending;
  std::unordered_set<std::string> pending_ids;
  Status failure;  // first store failure; once set, further records are ignored

  auto flush = [&]() -> Status {
    if (pending.empty()) return Status::Ok();
    auto verdicts = StoreRecords(store, linker, pending, options.threads, options.analyse);
    pending.clear();
    pending_ids.clear();
    if (!verdicts) return verdicts.error();
    for (const auto& v : *verdicts) {
      if (v) {
        ++report.stored;
      } else {
        ++report.skipped;
        if (on_error) on_error(v.error());
      }
    }
    return Status::Ok();
  };

  auto sink = [&](RawRecord&& record) {
    ++report.records;
    if (!failure.ok()) return;
    auto known = store.Contains(record.id);
    if (!known) {
      failure = known.error();
      return;
    }
    if (*known || pending_ids.count(record.id)) {
      ++report.already_stored;
      return;
    }
    pending_ids.insert(record.id);
    pending.push_back(std::move(record));
    if (pending.size() >= options.batch_size) failure = flush();
  };
  auto errors = [&](const Status& st) {
    if (on_error) on_error(st);
  };
  auto progress = [&](uint64_t bytes) {
    report.bytes = bytes;
    bar.Update(bytes, report.stored + pending.size());
  };

  ingest::ReadStats stats = ingest::ReadInputs(paths, options.limits, sink, errors, progress);
  if (failure.ok()) failure = flush();
  bar.Finish(report.bytes, report.stored);
  if (!failure.ok()) return Err(failure);

  report.skipped += stats.skipped;
  report.unreadable_inputs = stats.unreadable_inputs;
  report.bytes = std::max(report.bytes, stats.bytes_read);
  auto refreshed = RefreshSummaries(store, options.summary);
  if (!refreshed) return Err(refreshed.error());
  report.summaries = *refreshed;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace storyline::pipeline
