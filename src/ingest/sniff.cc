#include "ingest/sniff.h"

#include "base/text.h"

namespace storyline::ingest {

const char* InputKindName(InputKind k) {
  switch (k) {
    case InputKind::kHtml:
      return "html";
    case InputKind::kText:
      return "text";
    case InputKind::kJsonl:
      return "jsonl";
    case InputKind::kWarc:
      return "warc";
    case InputKind::kUnknown:
      break;
  }
  return "unknown";
}

namespace {

// The extension of the last path component, without the dot ("" if none).
std::string_view Extension(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return name.substr(dot + 1);
}

}  // namespace

NameKind KindFromName(std::string_view path) {
  NameKind nk;
  std::string_view ext = Extension(path);
  if (base::EqualsIgnoreCase(ext, "gz") || base::EqualsIgnoreCase(ext, "gzip")) {
    nk.gzip = true;
    path.remove_suffix(ext.size() + 1);
    ext = Extension(path);
  }
  const std::string e = base::AsciiLower(ext);
  if (e == "html" || e == "htm" || e == "xhtml" || e == "shtml") {
    nk.kind = InputKind::kHtml;
  } else if (e == "txt" || e == "text") {
    nk.kind = InputKind::kText;
  } else if (e == "jsonl" || e == "ndjson" || e == "json") {
    nk.kind = InputKind::kJsonl;
  } else if (e == "warc") {
    nk.kind = InputKind::kWarc;
  }
  return nk;
}

InputKind SniffKind(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  if (head.substr(0, 5) == "WARC/") return InputKind::kWarc;
  head = base::Trim(head);
  if (head.empty()) return InputKind::kText;
  if (head[0] == '{') return InputKind::kJsonl;
  if (head[0] == '<') return InputKind::kHtml;
  return InputKind::kText;
}

bool LooksBinary(std::string_view head) {
  size_t control = 0;
  for (const char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ||
        c == 0x7f) {
      ++control;
    }
  }
  return control * 10 > head.size() * 3;
}

}  // namespace storyline::ingest
