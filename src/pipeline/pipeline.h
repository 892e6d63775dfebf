#pragma once
// Wires the stages together: ingest -> extract -> analyse -> link -> store -> summarise.
// Per-article stages run on a small worker pool; linking and storing have a single writer and
// keep input order, so results are the same whatever the thread count.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analyse/analyse.h"
#include "ingest/ingest.h"
#include "link/link.h"
#include "storyline/document.h"
#include "storyline/status.h"
#include "storyline/store.h"
#include "summarise/summarise.h"

namespace storyline::pipeline {

// Extract + analyse one record: the pure per-article part of the pipeline. `analyse` picks
// the entity recogniser (the rule one unless it names a statistical tagger).
Result<AnalysedArticle> ProcessRecord(const RawRecord& record,
                                      const analyse::AnalyseOptions& analyse = {});

// Runs ProcessRecord over `records` on `threads` workers (0 = hardware concurrency); the
// result vector is parallel to the input.
std::vector<Result<AnalysedArticle>> ProcessAll(const std::vector<RawRecord>& records, int threads,
                                                const analyse::AnalyseOptions& analyse = {});

// Links the successfully processed articles of one batch and returns their verdicts, parallel
// to `batch` (empty LinkResult for failed entries). Within a batch, articles are linked in
// publication order (unknown dates last, ties in input order), so an original report that
// arrives in the same batch as its copies is recognised as the original.
std::vector<LinkResult> LinkBatch(link::Linker& linker,
                                  const std::vector<Result<AnalysedArticle>>& batch);

// Rebuilds `linker` from every stored article (arrival order), so new articles link against
// what the store holds.
Status RestoreLinker(store::Store& store, link::Linker& linker);

// What was decided for one stored article.
struct StoredVerdict {
  LinkResult link;
  std::string title;
};

// Extracts, analyses and links `records` (whose ids are not stored yet) and stores them in one
// transaction. Returns one entry per record, parallel to `records`: its verdict, or why it was
// skipped. Fails only when the store write fails; then nothing of the batch is stored, but
// `linker` has seen the articles (restore it before using it again).
Result<std::vector<Result<StoredVerdict>>> StoreRecords(
    store::Store& store, link::Linker& linker, const std::vector<RawRecord>& records, int threads,
    const analyse::AnalyseOptions& analyse = {});

struct IngestOptions {
  size_t batch_size = 256;  // articles per store transaction
  int threads = 0;          // 0 = hardware concurrency
  bool progress = false;    // draw a progress bar on stderr
  ingest::IngestLimits limits;
  analyse::AnalyseOptions analyse;  // e.g. the NER tagger (--ner-model)
  link::LinkOptions link;
  summarise::SummaryOptions summary;
};

struct IngestReport {
  uint64_t records = 0;         // records read from the inputs
  uint64_t stored = 0;          // new articles stored
  uint64_t already_stored = 0;  // skipped because their id was already in the store
  uint64_t skipped = 0;         // bad records (read or extraction errors)
  uint64_t unreadable_inputs = 0;
  uint64_t bytes = 0;
  uint64_t summaries = 0;       // story summaries (re)computed
  double seconds = 0;
};

// Ingests `paths` into `store`: every new article is extracted, analysed, linked against the
// stored ones and stored in batches (each batch one transaction, so an interrupted run leaves
// a consistent store and a re-run completes it). Stale story summaries are refreshed at the
// end. Bad records go to `on_error` and are skipped. Fails only if the store fails.
Result<IngestReport> Ingest(store::Store& store, const std::vector<std::string>& paths,
                            const IngestOptions& options, const ingest::ErrorSink& on_error);

// Recomputes the summaries of stories marked stale; returns how many.
Result<uint64_t> RefreshSummaries(store::Store& store, const summarise::SummaryOptions& options);

}  // namespace storyline::pipeline
