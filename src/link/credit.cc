#include "link/credit.h"

#include <string>
#include <vector>

#include "base/text.h"
#include "link/link.h"

namespace storyline::link {
namespace {

struct Agency {
  std::string_view name;       // as written in text (matched case-sensitively)
  std::string_view canonical;  // what we report
};

// Longest names first so that "Associated Press" wins over "AP"-like prefixes.
constexpr Agency kAgencies[] = {
    {"United Press International", "UPI"},
    {"Agence France-Presse", "AFP"},
    {"Agence France Presse", "AFP"},
    {"Press Trust of India", "PTI"},
    {"The Associated Press", "AP"},
    {"Associated Press", "AP"},
    {"Anadolu Agency", "Anadolu Agency"},
    {"Anadolu", "Anadolu Agency"},
    {"Bloomberg", "Bloomberg"},
    {"Reuters", "Reuters"},
    {"Xinhua", "Xinhua"},
    {"Yonhap", "Yonhap"},
    {"Kyodo", "Kyodo"},
    {"ANSA", "ANSA"},
    {"TASS", "TASS"},
    {"AFP", "AFP"},
    {"EFE", "EFE"},
    {"PTI", "PTI"},
    {"UPI", "UPI"},
    {"dpa", "dpa"},
    {"CNN", "CNN"},
    {"BBC", "BBC"},
    {"AP", "AP"},
};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The agency whose name starts at text[pos] and ends at a word boundary; nullptr otherwise.
const Agency* AgencyAt(std::string_view text, size_t pos) {
  for (const Agency& a : kAgencies) {
    if (text.substr(pos, a.name.size()) != a.name) continue;
    const size_t end = pos + a.name.size();
    if (end < text.size() && IsAsciiAlpha(text[end])) continue;
    return &a;
  }
  return nullptr;
}

// The agency whose name ends exactly at text[end) (word boundary before it); nullptr otherwise.
const Agency* AgencyEndingAt(std::string_view text, size_t end) {
  for (const Agency& a : kAgencies) {
    if (end < a.name.size()) continue;
    const size_t begin = end - a.name.size();
    if (text.substr(begin, a.name.size()) != a.name) continue;
    if (begin > 0 && IsAsciiAlpha(text[begin - 1])) continue;
    return &a;
  }
  return nullptr;
}

// Case-insensitive find of an ASCII needle, from `from`.
size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (base::StartsWithIgnoreCase(hay.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

// "AA", "Anadolu Agency", "www.aa.com.tr/en/..." -> the source it names, or empty.
std::string SourceFromValue(std::string_view value) {
  value = base::Trim(value);
  while (!value.empty() && (value.back() == '.' || value.back() == ')' || value.back() == ']')) {
    value.remove_suffix(1);
  }
  value = base::Trim(value);
  if (value.empty() || value.size() > 80) return "";
  const bool has_space = value.find(' ') != std::string_view::npos;
  const bool url_like = value.find("://") != std::string_view::npos ||
                        base::StartsWithIgnoreCase(value, "www.") ||
                        (!has_space && value.find('.') != std::string_view::npos);
  if (url_like) {
    // "www.aa.com.tr, Anadolu" -> only the first word is the host.
    const size_t cut = value.find_first_of(" ,;|");
    return NormaliseHost(value.substr(0, cut));
  }
  // A name: up to the first separator, at most 5 words, starting with a letter.
  const size_t cut = value.find_first_of(",;|(");
  value = base::Trim(value.substr(0, cut));
  if (value.empty() || !IsAsciiAlpha(value[0])) return "";
  int words = 1;
  for (char c : value) words += (c == ' ');
  if (words > 5) return "";
  if (const Agency* a = AgencyAt(value, 0); a != nullptr && a->name.size() == value.size()) {
    return std::string(a->canonical);
  }
  return std::string(value);
}

// Footer prefixes, matched case-insensitively at the start of one of the last lines.
constexpr std::string_view kFooterPrefixes[] = {
    "original source:",
    "originally published at",
    "originally published on",
    "originally published by",
    "originally published in",
    "this article originally appeared on",
    "this article originally appeared in",
    "this article was originally published on",
    "this article was originally published by",
    "this story originally appeared on",
    "this story was originally published by",
    "originally appeared on",
    "sources:",
    "source:",
    "via:",
};

Credit FindFooter(std::string_view text) {
  // "Original Source:" is distinctive enough to accept anywhere in the last 400 bytes (some
  // extractors glue the footer to the last paragraph).
  const size_t tail_begin = text.size() > 400 ? text.size() - 400 : 0;
  const std::string_view tail = text.substr(tail_begin);
  size_t pos = std::string_view::npos;
  for (size_t p = FindIgnoreCase(tail, "original source:"); p != std::string_view::npos;
       p = FindIgnoreCase(tail, "original source:", p + 1)) {
    pos = p;  // the last one
  }
  if (pos != std::string_view::npos) {
    std::string_view rest = tail.substr(pos + 16);
    rest = rest.substr(0, rest.find('\n'));
    if (std::string s = SourceFromValue(rest); !s.empty()) return {s, "footer"};
  }
  // Otherwise one of the last four non-empty lines must start with a footer prefix.
  size_t end = text.size();
  for (int lines = 0; lines < 4 && end > 0;) {
    const size_t nl = text.rfind('\n', end - 1);
    const size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    const std::string_view line = base::Trim(text.substr(begin, end - begin));
    end = nl == std::string_view::npos ? 0 : nl;
    if (line.empty()) continue;
    ++lines;
    for (std::string_view prefix : kFooterPrefixes) {
      if (!base::StartsWithIgnoreCase(line, prefix)) continue;
      if (std::string s = SourceFromValue(line.substr(prefix.size())); !s.empty()) {
        return {s, "footer"};
      }
    }
  }
  return {};
}

bool IsDash(std::string_view s, size_t& len) {
  if (s.substr(0, 2) == "--") return len = 2, true;
  if (s.substr(0, 1) == "-") return len = 1, true;
  if (s.substr(0, 3) == "\xE2\x80\x93" || s.substr(0, 3) == "\xE2\x80\x94") return len = 3, true;
  return false;
}

// "WASHINGTON (Reuters) - ..." / "(AP) — ..." within the first 300 bytes.
Credit FindDateline(std::string_view text) {
  const std::string_view head = text.substr(0, 300);
  for (size_t open = head.find('('); open != std::string_view::npos;
       open = head.find('(', open + 1)) {
    const size_t close = head.find(')', open + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    if (inside.empty() || inside.size() > 40 || !IsAsciiUpper(inside[0])) continue;
    bool ok = true;
    for (char c : inside) {
      if (!IsAsciiAlpha(c) && c != ' ' && c != '.' && c != '&' && c != '-') ok = false;
    }
    if (!ok) continue;
    size_t after = close + 1;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    size_t dash_len = 0;
    if (!IsDash(text.substr(after), dash_len)) continue;
    if (const Agency* a = AgencyAt(inside, 0); a != nullptr && a->name.size() == inside.size()) {
      return {std::string(a->canonical), "dateline"};
    }
    return {std::string(inside), "dateline"};
  }
  return {};
}

// "<agency> contributed to this report" / "contributed reporting".
Credit FindContributed(std::string_view text) {
  for (std::string_view cue : {" contributed to this report", " contributed to this story",
                               " contributed reporting"}) {
    for (size_t p = FindIgnoreCase(text, cue); p != std::string_view::npos;
         p = FindIgnoreCase(text, cue, p + 1)) {
      if (const Agency* a = AgencyEndingAt(text, p)) return {std::string(a->canonical), "credit"};
    }
  }
  return {};
}

// "according to (the) <agency>".
Credit FindAccordingTo(std::string_view text) {
  for (size_t p = FindIgnoreCase(text, "according to "); p != std::string_view::npos;
       p = FindIgnoreCase(text, "according to ", p + 1)) {
    size_t q = p + 13;
    if (base::StartsWithIgnoreCase(text.substr(q), "the ")) q += 4;
    if (const Agency* a = AgencyAt(text, q)) return {std::string(a->canonical), "credit"};
  }
  return {};
}

}  // namespace

std::string NormaliseHost(std::string_view s) {
  std::string h = base::AsciiLower(base::Trim(s));
  std::string_view v = h;
  for (std::string_view scheme : {"https://", "http://", "//"}) {
    if (v.substr(0, scheme.size()) == scheme) {
      v.remove_prefix(scheme.size());
      break;
    }
  }
  v = v.substr(0, v.find_first_of("/?#:"));
  if (v.substr(0, 4) == "www.") v.remove_prefix(4);
  while (!v.empty() && v.back() == '.') v.remove_suffix(1);
  if (v.empty() || v.find('.') == std::string_view::npos || v.front() == '.') return "";
  for (char c : v) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return "";
  }
  return std::string(v);
}

Credit FindCredit(std::string_view text) {
  if (Credit c = FindFooter(text); !c.source.empty()) return c;
  if (Credit c = FindDateline(text); !c.source.empty()) return c;
  if (Credit c = FindContributed(text); !c.source.empty()) return c;
  return FindAccordingTo(text);
}

std::string FindCreditedSource(std::string_view text) { return FindCredit(text).source; }

namespace {

// "www.Coastal-Wire.com" -> "coastalwire"; "Coastal Wire Service" -> "coastalwire".
std::string SourceKey(std::string_view name) {
  std::string host = NormaliseHost(name);
  std::string_view v = host.empty() ? name : std::string_view(host);
  if (!host.empty()) v = v.substr(0, v.rfind('.'));  // drop the top-level domain
  std::string key, word;
  auto flush = [&] {
    static constexpr std::string_view kNoise[] = {"www", "service", "news", "the", "com", "agency"};
    bool noise = false;
    for (std::string_view n : kNoise) noise = noise || word == n;
    if (!noise) key += word;
    word.clear();
  };
  for (char c : v) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) word += l;
    else flush();
  }
  flush();
  return key;
}

}  // namespace

bool CreditNamesPublisher(std::string_view credited, std::string_view site, std::string_view url) {
  const std::string c = SourceKey(credited);
  if (c.size() < 2) return false;
  for (std::string_view p : {site, url}) {
    const std::string k = SourceKey(p);
    if (k.size() >= 2 && (k == c || (k.size() >= 4 && c.size() >= 4 &&
                                     (k.find(c) != std::string::npos || c.find(k) != std::string::npos)))) {
      return true;
    }
  }
  return false;
}

}  // namespace storyline::link
