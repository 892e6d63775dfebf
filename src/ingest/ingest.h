#pragma once
// Record sources: turns paths (files, directories, "-" for stdin) into a stream of RawRecords.
// Kinds are recognised by extension and content: .html/.htm, .txt, .jsonl/.ndjson, .warc, and
// .gz of any of these (concatenated gzip members included). Everything is streamed: memory stays
// bounded by max_record_bytes whatever the input size.
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/document.h"
#include "storyline/status.h"

namespace storyline::ingest {

struct IngestLimits {
  // A record (JSON line, WARC record, file) larger than this is skipped with ResourceExhausted.
  uint64_t max_record_bytes = 32ull << 20;
};

struct ReadStats {
  uint64_t records = 0;            // records handed to the sink
  uint64_t skipped = 0;            // records reported to the error sink and skipped
  uint64_t unreadable_inputs = 0;  // paths that could not be opened/read at all
  uint64_t bytes_read = 0;         // compressed bytes consumed from files (for progress)
};

// Called once per good record, in input order (directories walked in sorted path order).
using RecordSink = std::function<void(RawRecord&&)>;
// Called once per skipped record or unreadable input; the message names the file and the
// byte offset or line ("data/a.jsonl:17: broken JSON: ...").
using ErrorSink = std::function<void(const Status&)>;
// Called now and then with the cumulative bytes consumed, for progress display.
using ProgressSink = std::function<void(uint64_t bytes_done)>;

// Sum of file sizes under `paths` (0 for stdin); the denominator for progress.
uint64_t TotalInputBytes(const std::vector<std::string>& paths);

// Reads every input and calls `sink` per record. Bad records and unreadable inputs go to
// `on_error` and are skipped; reading always continues with the next record or input.
// Never throws. `progress` may be empty.
ReadStats ReadInputs(const std::vector<std::string>& paths, const IngestLimits& limits,
                     const RecordSink& sink, const ErrorSink& on_error,
                     const ProgressSink& progress = {});

// Reads one already-open stream (stdin, a socket, test bytes) exactly as ReadInputs reads a
// file: gzip by magic bytes, the kind by `name`'s extension if it has a known one, else by
// content. `name` prefixes messages and default ids ("<stdin>", "upload.jsonl"). `in` should
// be in binary mode. Never throws.
ReadStats ReadStream(std::string_view name, std::istream& in, const IngestLimits& limits,
                     const RecordSink& sink, const ErrorSink& on_error,
                     const ProgressSink& progress = {});

}  // namespace storyline::ingest
