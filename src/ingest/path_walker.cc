#include "ingest/path_walker.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "ingest/sniff.h"

namespace storyline::ingest {
namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Inside a directory, files whose extension names no input kind (README.md, notes.pdf,
// script.py) are not articles and are left alone; files without an extension are sniffed.
bool IsInputName(const fs::path& p) {
  const std::string name = p.filename().string();
  if (KindFromName(name).kind != InputKind::kUnknown) return true;
  std::string stem = name;
  for (const char* gz : {".gz", ".gzip"}) {
    if (stem.size() > std::strlen(gz) && stem.compare(stem.size() - std::strlen(gz), std::string::npos, gz) == 0) {
      stem.resize(stem.size() - std::strlen(gz));
    }
  }
  return stem.find('.') == std::string::npos;
}

uint64_t SizeOf(const fs::path& p) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

}  // namespace

void ExpandPath(const std::string& path, std::vector<InputEntry>* out,
                const std::function<void(Status)>& on_unreadable) {
  if (path == "-") {
    out->push_back({path, true, 0});
    return;
  }
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    const std::string why = ec && ec != std::errc::no_such_file_or_directory
                                ? ec.message()
                                : "no such file or directory";
    on_unreadable(NotFoundError(path + ": " + why));
    return;
  }
  if (!fs::is_directory(st)) {
    out->push_back({path, false, fs::is_regular_file(st) ? SizeOf(path) : 0});
    return;
  }

  std::vector<fs::path> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::none, ec);
  if (ec) {
    on_unreadable(UnavailableError(path + ": cannot list directory: " + ec.message()));
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end;) {
    const fs::directory_entry& entry = *it;
    std::error_code entry_ec;
    if (IsHidden(entry.path())) {
      if (entry.is_directory(entry_ec)) it.disable_recursion_pending();
    } else if (entry.is_regular_file(entry_ec) && IsInputName(entry.path())) {
      files.push_back(entry.path());
    }
    it.increment(ec);
    if (ec) {
      on_unreadable(UnavailableError(path + ": cannot list directory: " + ec.message()));
      break;
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) out->push_back({f.string(), false, SizeOf(f)});
}

}  // namespace storyline::ingest
