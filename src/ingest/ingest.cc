// ReadInputs / ReadStream / TotalInputBytes: path expansion, opening, and the per-input
// dispatch to the format readers (stream_reader.cc).
#include "ingest/ingest.h"

#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>

#include "ingest/byte_reader.h"
#include "ingest/path_walker.h"
#include "ingest/reader_context.h"
#include "ingest/stream_reader.h"

namespace storyline::ingest {
namespace {

constexpr const char* kStdinName = "<stdin>";

// Reads one stream, turning any exception (allocation failure, a throwing sink) into an error
// so that the remaining inputs are still read.
void ReadOne(std::string_view name, std::istream& in, const IngestLimits& limits,
             const RecordSink& sink, const ErrorSink& on_error, ProgressTracker* tracker,
             ReadStats* stats) {
  ReadContext ctx;
  ctx.name = std::string(name);
  ctx.limits = limits;
  ctx.sink = &sink;
  ctx.on_error = &on_error;
  ctx.stats = stats;
  try {
    IstreamSource source(&in, tracker);
    ReadSource(&source, ctx);
  } catch (const std::exception& e) {
    ctx.Skip(InternalError(ctx.name + ": " + e.what()));
  }
  tracker->Flush();
  stats->bytes_read = tracker->total();
}

}  // namespace

uint64_t TotalInputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  try {
    for (const std::string& p : paths) {
      std::vector<InputEntry> entries;
      ExpandPath(p, &entries, [](const Status&) {});
      for (const InputEntry& e : entries) total += e.size;
    }
  } catch (const std::exception&) {
    // Only a progress denominator: an estimate is fine.
  }
  return total;
}

ReadStats ReadInputs(const std::vector<std::string>& paths, const IngestLimits& limits,
                     const RecordSink& sink, const ErrorSink& on_error,
                     const ProgressSink& progress) {
  ReadStats stats;
  ProgressTracker tracker(&progress);
  const auto unreadable = [&](const Status& s) {
    ++stats.unreadable_inputs;
    if (on_error) on_error(s);
  };
  for (const std::string& path : paths) {
    std::vector<InputEntry> entries;
    try {
      ExpandPath(path, &entries, unreadable);
    } catch (const std::exception& e) {
      unreadable(InternalError(path + ": " + e.what()));
      continue;
    }
    for (const InputEntry& entry : entries) {
      if (entry.stdin_input) {
        ReadOne(kStdinName, std::cin, limits, sink, on_error, &tracker, &stats);
        continue;
      }
      errno = 0;
      std::ifstream file(entry.path, std::ios::binary);
      if (!file) {
        const int err = errno;
        unreadable(UnavailableError(
            entry.path + ": cannot open: " + (err != 0 ? std::strerror(err) : "unknown error")));
        continue;
      }
      ReadOne(entry.path, file, limits, sink, on_error, &tracker, &stats);
    }
  }
  return stats;
}

ReadStats ReadStream(std::string_view name, std::istream& in, const IngestLimits& limits,
                     const RecordSink& sink, const ErrorSink& on_error,
                     const ProgressSink& progress) {
  ReadStats stats;
  ProgressTracker tracker(&progress);
  ReadOne(name, in, limits, sink, on_error, &tracker, &stats);
  return stats;
}

}  // namespace storyline::ingest
