#pragma once
// JSON Lines: one input article object per line (interfaces.md). Blank lines are ignored; a
// broken line is reported as "<name>:<line>: ..." and skipped; a line longer than
// limits.max_record_bytes is skipped (ResourceExhausted) without being buffered. Invalid UTF-8
// is repaired (U+FFFD) before parsing, so every delivered text field is valid UTF-8. A record
// without "id" gets "<name>#<line>" (1-based line number).
#include "ingest/byte_reader.h"
#include "ingest/reader_context.h"

namespace storyline::ingest {

// Reads to the end of `in`. A partial last line cut off by a stream error (truncated gzip) is
// dropped silently: the caller reports the stream error once.
void ReadJsonl(ByteReader& in, const ReadContext& ctx);

}  // namespace storyline::ingest
