#include "extract/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <cctype>
#include <memory>
#include <string>

#include "base/text.h"

namespace storyline::extract {
namespace {

constexpr size_t kMetaSniffBytes = 4096;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Lowercases, trims spaces and quotes: "\"ISO-8859-1\"" -> "iso-8859-1".
std::string CleanLabel(std::string_view label) {
  label = base::Trim(label);
  while (!label.empty() && (label.front() == '"' || label.front() == '\'')) label.remove_prefix(1);
  while (!label.empty() && (label.back() == '"' || label.back() == '\'')) label.remove_suffix(1);
  label = base::Trim(label);
  // Labels are short tokens; anything else is junk.
  if (label.size() > 40) return {};
  for (char c : label) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
          c == ':')) {
      return {};
    }
  }
  return base::AsciiLower(label);
}

// The value after "charset=" in a Content-Type-like string, or "".
std::string CharsetParam(std::string_view s) {
  const std::string lower = base::AsciiLower(s);
  const size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < s.size() && IsSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') return {};
  ++i;
  while (i < s.size() && IsSpace(s[i])) ++i;
  size_t j = i;
  if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
    const char q = s[j];
    const size_t close = s.find(q, j + 1);
    return CleanLabel(s.substr(j + 1, close == std::string_view::npos ? s.npos : close - j - 1));
  }
  while (j < s.size() && s[j] != ';' && s[j] != ',' && !IsSpace(s[j])) ++j;
  return CleanLabel(s.substr(i, j - i));
}

bool IsLatin1Family(std::string_view label) {
  return label == "iso-8859-1" || label == "iso8859-1" || label == "iso_8859-1" ||
         label == "latin1" || label == "l1" || label == "us-ascii" || label == "ascii" ||
         label == "windows-1252" || label == "cp1252" || label == "x-cp1252" ||
         label == "iso-ir-100" || label == "ibm819" || label == "cp819" ||
         label == "iso_8859-1:1987" || label == "ansi_x3.4-1968";
}

bool IsUtf8Label(std::string_view label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" ||
         label == "x-unicode20utf8";
}

struct Utf8Stats {
  size_t multibyte = 0;  // well-formed sequences of 2..4 bytes
  size_t invalid = 0;    // bytes that start no well-formed sequence
};

Utf8Stats CountUtf8(std::string_view s) {
  Utf8Stats st;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t before = i;
    const char32_t cp = base::NextCodePoint(s, i);
    if (cp == 0xFFFD && i - before == 1) {
      ++st.invalid;
    } else {
      ++st.multibyte;
    }
  }
  return st;
}

struct ConverterClose {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU; false when ICU does not know the label. Illegal input becomes U+FFFD
// (ICU's default substitution callback).
bool ConvertWithIcu(std::string_view bytes, const std::string& label, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterClose> conv(ucnv_open(label.c_str(), &err));
  if (U_FAILURE(err) || conv == nullptr) return false;
  std::u16string u16(bytes.size() + 16, u'\0');
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  UChar* target = u16.data();
  for (;;) {
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, u16.data() + u16.size(), &src, src_end, nullptr,
                   /*flush=*/true, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      const size_t used = static_cast<size_t>(target - u16.data());
      u16.resize(u16.size() * 2);
      target = u16.data() + used;
      continue;
    }
    break;
  }
  if (U_FAILURE(err)) return false;
  const int32_t units = static_cast<int32_t>(target - u16.data());
  int32_t needed = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &needed, u16.data(), units, 0xFFFD, nullptr, &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return false;
  std::string utf8(static_cast<size_t>(needed), '\0');
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(utf8.data(), needed, &needed, u16.data(), units, 0xFFFD, nullptr, &err);
  if (U_FAILURE(err)) return false;
  *out = base::ToValidUtf8(utf8);  // drops NULs; cheap insurance
  return true;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  return CharsetParam(content_type);
}

std::string CharsetFromMeta(std::string_view html) {
  const std::string_view head = html.substr(0, kMetaSniffBytes);
  const std::string lower = base::AsciiLower(head);
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t i = pos + 5;
    pos = i;
    if (i < lower.size() && !IsSpace(lower[i]) && lower[i] != '/') continue;  // <metadata>
    std::string charset, http_equiv, content;
    // Attribute loop: name[=value] pairs up to '>'.
    while (i < lower.size() && lower[i] != '>') {
      while (i < lower.size() && (IsSpace(lower[i]) || lower[i] == '/')) ++i;
      const size_t name_begin = i;
      while (i < lower.size() && !IsSpace(lower[i]) && lower[i] != '=' && lower[i] != '>' &&
             lower[i] != '/') {
        ++i;
      }
      const std::string_view name = std::string_view(lower).substr(name_begin, i - name_begin);
      while (i < lower.size() && IsSpace(lower[i])) ++i;
      std::string_view value;
      if (i < lower.size() && lower[i] == '=') {
        ++i;
        while (i < lower.size() && IsSpace(lower[i])) ++i;
        if (i < lower.size() && (lower[i] == '"' || lower[i] == '\'')) {
          const char q = lower[i];
          const size_t close = lower.find(q, i + 1);
          const size_t stop = close == std::string::npos ? lower.size() : close;
          value = std::string_view(lower).substr(i + 1, stop - i - 1);
          i = stop == lower.size() ? stop : stop + 1;
        } else {
          const size_t vb = i;
          while (i < lower.size() && !IsSpace(lower[i]) && lower[i] != '>') ++i;
          value = std::string_view(lower).substr(vb, i - vb);
        }
      }
      if (name.empty()) {
        if (i < lower.size() && lower[i] != '>') ++i;  // stray character: skip it
        continue;
      }
      if (name == "charset") charset = CleanLabel(value);
      if (name == "http-equiv") http_equiv = std::string(base::Trim(value));
      if (name == "content") content = std::string(value);
    }
    if (!charset.empty()) return charset;
    if (!content.empty() && (http_equiv.empty() || http_equiv == "content-type")) {
      std::string c = CharsetParam(content);
      if (!c.empty()) return c;
    }
  }
  return {};
}

std::string_view CharsetFromBom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  return {};
}

DecodedPage DecodeToUtf8(std::string_view bytes, std::string_view content_type) {
  DecodedPage page;
  std::string label(CharsetFromBom(bytes));
  bool from_bom = !label.empty();
  if (from_bom) {
    bytes.remove_prefix(label == "utf-8" ? 3 : 2);
  } else {
    label = CharsetFromContentType(content_type);
    if (label.empty()) {
      label = CharsetFromMeta(bytes);
      // A page readable as ASCII cannot really be UTF-16 (HTML spec: treat as UTF-8).
      if (label.rfind("utf-16", 0) == 0 || label.rfind("utf-32", 0) == 0) label = "utf-8";
    }
  }
  if (IsLatin1Family(label)) label = "windows-1252";

  if (!from_bom) {
    const Utf8Stats st = CountUtf8(bytes);
    if (!label.empty() && !IsUtf8Label(label)) {
      // Valid UTF-8 with non-ASCII text is almost never real Latin-1, nor GBK, Shift_JIS or
      // any other legacy charset (their byte pairs rarely form UTF-8 sequences): such a
      // label is stale, e.g. on a page already converted to UTF-8 by a crawler.
      if (st.invalid == 0 && st.multibyte > 0) label = "utf-8";
    } else if (label.empty()) {
      label = (st.invalid > st.multibyte) ? "windows-1252" : "utf-8";
    } else if (st.invalid > 0 && st.multibyte == 0) {
      label = "windows-1252";  // declared UTF-8, but not one real UTF-8 sequence
    } else {
      label = "utf-8";
    }
  }

  if (label == "utf-8") {
    const bool clean = base::IsValidUtf8(bytes) && bytes.find('\0') == std::string_view::npos;
    page.text = clean ? std::string(bytes) : base::ToValidUtf8(bytes);
    page.charset = "utf-8";
    return page;
  }
  if (ConvertWithIcu(bytes, label, &page.text)) {
    page.charset = label;
    return page;
  }
  // Unknown label: fall back to the undeclared rule.
  const Utf8Stats st = CountUtf8(bytes);
  if (st.invalid > st.multibyte && ConvertWithIcu(bytes, "windows-1252", &page.text)) {
    page.charset = "windows-1252";
    return page;
  }
  page.text = base::ToValidUtf8(bytes);
  page.charset = "utf-8";
  return page;
}

}  // namespace storyline::extract
