#pragma once
// One input, whatever its kind: gzip is recognised by its magic bytes (whatever the name
// says), the kind by the name's extension under any ".gz", else by content (see sniff.h).
#include "ingest/byte_reader.h"
#include "ingest/reader_context.h"

namespace storyline::ingest {

// Reads all records of `raw` (the undecoded bytes of the input named ctx.name). Binary data
// where text is expected is skipped with one "not text" error; a failing stream (truncated or
// corrupt gzip, I/O error) is reported once, after every record before the failure.
void ReadSource(ByteSource* raw, const ReadContext& ctx);

}  // namespace storyline::ingest
