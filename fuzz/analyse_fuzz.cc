// Fuzz target: any bytes (repaired to UTF-8, as extraction guarantees) as an article text, with
// a publication date. Every span must lie inside the text and match its echoed text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyse/analyse.h"
#include "base/text.h"

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  storyline::Article a;
  a.id = "fuzz";
  a.published = "2024-12-10";
  a.text = storyline::base::ToValidUtf8(std::string(reinterpret_cast<const char*>(data), size));
  const storyline::Analysis an = storyline::analyse::Analyse(a);
  const size_t n = a.text.size();
  for (const auto& s : an.sentences) Check(s.begin <= s.end && s.end <= n);
  for (const auto& e : an.entities) {
    Check(e.begin <= e.end && e.end <= n && a.text.compare(e.begin, e.end - e.begin, e.text) == 0);
  }
  for (const auto& q : an.quotes) {
    Check(q.begin <= q.end && q.end <= n && a.text.compare(q.begin, q.end - q.begin, q.text) == 0);
    Check(q.speaker_end <= static_cast<int64_t>(n) && q.cue_end <= static_cast<int64_t>(n));
  }
  for (const auto& d : an.dates) {
    Check(d.begin <= d.end && d.end <= n && a.text.compare(d.begin, d.end - d.begin, d.text) == 0);
  }
  return 0;
}
