#pragma once
// WARC/1.0 and WARC/1.1 (as written by Common Crawl / CC-NEWS). Only "response" and
// "resource" records become RawRecords; warcinfo, request, metadata, revisit, conversion and
// continuation records are skipped silently, as are non-2xx responses, empty bodies and
// content types that are neither HTML nor plain text (images, PDF, ...).
//
// RawRecord: id = WARC-Record-ID without angle brackets, url = WARC-Target-URI,
// content_type = the HTTP Content-Type (or the WARC Content-Type for non-HTTP records), html or
// text = the payload, location = "<name>:offset <n>". `published` stays empty: WARC-Date is the
// crawl time, not the publication time.
//
// Offsets in messages are byte offsets of the record in the uncompressed WARC stream.
// Errors: a record whose Content-Length exceeds limits.max_record_bytes is skipped
// (ResourceExhausted) and reading goes on; a corrupt header is reported (DataLoss) and reading
// resumes at the next line starting with "WARC/1."; a record cut short by the end of the input
// is reported (DataLoss) and ends the input.
#include "ingest/byte_reader.h"
#include "ingest/reader_context.h"

namespace storyline::ingest {

// Reads to the end of `in`. When the stream itself fails (truncated gzip), the partial record
// is dropped silently: the caller reports the stream error once.
void ReadWarc(ByteReader& in, const ReadContext& ctx);

}  // namespace storyline::ingest
