#pragma once
// The web UI (../../web/), embedded into the binary at build time by embed_web.cmake, so the
// server is self-contained and can only ever serve these files (no file system access).
#include <string_view>

namespace storyline::serve {

struct WebAsset {
  std::string_view path;          // "/index.html", "/app.js", ...
  std::string_view content_type;  // with charset for text
  std::string_view data;
};

// The asset at exactly `path` ("/" means "/index.html"), or nullptr.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace storyline::serve
