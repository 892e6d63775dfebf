// Fuzz target: any bytes as an input stream (JSONL, WARC, HTML, text, gzip of them). Every
// delivered record must be valid UTF-8; nothing may crash or hang.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "base/text.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  storyline::ingest::IngestLimits limits;
  limits.max_record_bytes = 1 << 20;
  storyline::ingest::ReadStream(
      "fuzz", in, limits,
      [](storyline::RawRecord&& r) {
        if (!storyline::base::IsValidUtf8(r.text) || !storyline::base::IsValidUtf8(r.id)) std::abort();
      },
      [](const storyline::Status&) {});
  return 0;
}
