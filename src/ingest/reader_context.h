#pragma once
// What every format reader needs: the display name of the input, the limits, the sinks and
// the counters. Internal to ingest.
#include <string>
#include <utility>

#include "ingest/ingest.h"

namespace storyline::ingest {

struct ReadContext {
  std::string name;  // display name: the path, or "<stdin>"; prefixes every message
  IngestLimits limits;
  const RecordSink* sink = nullptr;
  const ErrorSink* on_error = nullptr;
  ReadStats* stats = nullptr;

  void Deliver(RawRecord&& r) const {
    ++stats->records;
    if (*sink) (*sink)(std::move(r));
  }
  // A record (or the rest of an input) is skipped: count it and report `s`, whose message
  // already names the input.
  void Skip(Status s) const {
    ++stats->skipped;
    if (*on_error) (*on_error)(s);
  }
  // "<name>:<line>: <what>"
  std::string AtLine(uint64_t line, std::string_view what) const {
    return name + ":" + std::to_string(line) + ": " + std::string(what);
  }
  // "<name>:offset <n>: <what>"
  std::string AtOffset(uint64_t offset, std::string_view what) const {
    return name + ":offset " + std::to_string(offset) + ": " + std::string(what);
  }
};

}  // namespace storyline::ingest
