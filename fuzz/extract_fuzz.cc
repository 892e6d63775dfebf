// Fuzz target: any bytes as an HTML page. The article's fields must be valid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/text.h"
#include "extract/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  storyline::RawRecord r;
  r.id = "fuzz";
  r.html.assign(reinterpret_cast<const char*>(data), size);
  auto a = storyline::extract::Extract(r);
  if (a) {
    using storyline::base::IsValidUtf8;
    if (!IsValidUtf8(a->text) || !IsValidUtf8(a->title) || !IsValidUtf8(a->byline) ||
        !IsValidUtf8(a->published)) {
      std::abort();
    }
  }
  return 0;
}
