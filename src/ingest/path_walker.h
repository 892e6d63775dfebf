#pragma once
// Expands input paths into the list of inputs to read, deterministically.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "storyline/status.h"

namespace storyline::ingest {

struct InputEntry {
  std::string path;  // as given, or joined under the given directory; "-" for stdin
  bool stdin_input = false;
  uint64_t size = 0;  // file size in bytes (0 for stdin and special files)
};

// Expands `path`: "-" is stdin; a file is itself; a directory yields every regular file below
// it (recursively, following no directory symlinks), skipping hidden files and directories
// (name starting with '.') and files whose extension names no input kind (README.md; files
// without an extension are kept and sniffed), sorted by path (component-wise). A path that does not exist or a
// directory that cannot be listed goes to `on_unreadable` (NotFound / Unavailable naming it).
// Never throws.
void ExpandPath(const std::string& path, std::vector<InputEntry>* out,
                const std::function<void(Status)>& on_unreadable);

}  // namespace storyline::ingest
