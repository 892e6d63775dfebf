// The one file of the extract stage that uses nlohmann::json; no exception leaves it.
#include "extract/jsonld.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "base/text.h"

namespace storyline::extract {
namespace {

using nlohmann::json;

constexpr size_t kMaxJsonBytes = 1 << 20;  // bigger blocks are not article metadata
constexpr int kMaxNesting = 64;
constexpr size_t kMaxAuthors = 5;

// Deepest bracket nesting outside strings; guards the parser and our walk against
// "[[[[...]]]]" bombs.
int MaxNesting(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max_depth;
}

// Decodes the few HTML entities CMSs leak into JSON-LD strings.
std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (name == "amp")
      cp = '&';
    else if (name == "quot")
      cp = '"';
    else if (name == "apos")
      cp = '\'';
    else if (name == "lt")
      cp = '<';
    else if (name == "gt")
      cp = '>';
    else if (name == "nbsp")
      cp = ' ';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
        const char c = name[k];
        int digit;
        if (c >= '0' && c <= '9')
          digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
          digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
          digit = c - 'A' + 10;
        else {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        if (cp > 0x10FFFF) {
          cp = 0;
          break;
        }
      }
    }
    if (cp == 0) {
      out += s[i];
      continue;
    }
    base::AppendUtf8(out, cp);
    i = semi;
  }
  return out;
}

std::string Clean(std::string_view s) {
  std::string collapsed;
  for (char c : DecodeEntities(s)) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
    } else {
      collapsed += c;
    }
  }
  return std::string(base::Trim(collapsed));
}

std::string StringAt(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return Clean(it->get_ref<const std::string&>());
  return {};
}

std::string NameOf(const json& v) {
  if (v.is_string()) return Clean(v.get_ref<const std::string&>());
  if (v.is_object()) return StringAt(v, "name");
  return {};
}

std::string AuthorNames(const json& v) {
  if (!v.is_array()) return NameOf(v);
  std::string out;
  size_t n = 0;
  for (const json& a : v) {
    if (n == kMaxAuthors) break;
    std::string name = NameOf(a);
    if (name.empty()) continue;
    if (!out.empty()) out += ", ";
    out += name;
    ++n;
  }
  return out;
}

bool IsArticleType(const json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  const auto is_article = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s.find("Posting") != std::string::npos;
  };
  if (is_article(*it)) return true;
  if (it->is_array()) {
    for (const json& t : *it) {
      if (is_article(t)) return true;
    }
  }
  return false;
}

void SetIfEmpty(std::string& field, std::string value) {
  if (field.empty()) field = std::move(value);
}

void FillFrom(const json& obj, bool article, JsonLdFacts* f) {
  if (f->headline.empty()) SetIfEmpty(f->headline, StringAt(obj, "headline"));
  if (f->date_published.empty()) {
    std::string d = StringAt(obj, "datePublished");
    if (d.empty()) d = StringAt(obj, "dateCreated");
    SetIfEmpty(f->date_published, std::move(d));
  }
  if (f->author.empty()) {
    auto it = obj.find("author");
    if (it != obj.end()) SetIfEmpty(f->author, AuthorNames(*it));
  }
  if (!article) return;  // a WebSite's or Organization's url/name is not the article's
  if (f->publisher.empty()) {
    auto it = obj.find("publisher");
    if (it != obj.end()) SetIfEmpty(f->publisher, NameOf(*it));
  }
  if (f->url.empty()) {
    std::string url = StringAt(obj, "url");
    if (url.empty()) {
      auto it = obj.find("mainEntityOfPage");
      if (it != obj.end()) {
        url = it->is_string()   ? Clean(it->get_ref<const std::string&>())
              : it->is_object() ? StringAt(*it, "@id")
                                : std::string();
      }
    }
    SetIfEmpty(f->url, std::move(url));
  }
}

bool ParseWithJson(std::string_view text, JsonLdFacts* facts) {
  try {
    const json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) return false;
    // Collect objects breadth-first with an explicit queue (depth is already bounded).
    std::vector<const json*> articles, others;
    std::vector<const json*> queue{&root};
    for (size_t q = 0; q < queue.size() && q < 10000; ++q) {
      const json& v = *queue[q];
      if (v.is_object()) {
        (IsArticleType(v) ? articles : others).push_back(&v);
        for (const auto& item : v.items()) {
          if (item.value().is_structured()) queue.push_back(&item.value());
        }
      } else if (v.is_array()) {
        for (const json& e : v) {
          if (e.is_structured()) queue.push_back(&e);
        }
      }
    }
    for (const json* a : articles) FillFrom(*a, /*article=*/true, facts);
    for (const json* o : others) FillFrom(*o, /*article=*/false, facts);
    return true;
  } catch (...) {
    return false;
  }
}

// Decodes the JSON string literal starting at s[i] == '"'; "" when malformed.
std::string ReadJsonString(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '"') return {};
  std::string out;
  for (++i; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') return out;
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= s.size()) return {};
    switch (s[i]) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
      case 'f':
        out += ' ';
        break;
      case 'u': {
        const auto hex4 = [&](size_t at, char32_t* v) {
          if (at + 4 > s.size()) return false;
          *v = 0;
          for (size_t k = at; k < at + 4; ++k) {
            const char h = s[k];
            int d = (h >= '0' && h <= '9')   ? h - '0'
                    : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                    : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                             : -1;
            if (d < 0) return false;
            *v = *v * 16 + static_cast<char32_t>(d);
          }
          return true;
        };
        char32_t cp = 0;
        if (!hex4(i + 1, &cp)) return {};
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() && s[i + 1] == '\\' &&
            s[i + 2] == 'u') {
          char32_t lo = 0;
          if (hex4(i + 3, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        base::AppendUtf8(out, cp);
        break;
      }
      default:
        out += s[i];
    }
  }
  return {};
}

// Position just after `"key"` and the following colon, or npos.
size_t ValueAfterKey(std::string_view s, std::string_view key, size_t from = 0) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  size_t at = s.find(quoted, from);
  while (at != std::string_view::npos) {
    size_t i = at + quoted.size();
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
    if (i < s.size() && s[i] == ':') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
      return i;
    }
    at = s.find(quoted, at + 1);
  }
  return std::string_view::npos;
}

void ScanStrings(std::string_view s, JsonLdFacts* f) {
  const auto string_for = [&](std::string_view key) {
    const size_t i = ValueAfterKey(s, key);
    return i == std::string_view::npos ? std::string() : Clean(ReadJsonString(s, i));
  };
  SetIfEmpty(f->headline, string_for("headline"));
  SetIfEmpty(f->date_published, string_for("datePublished"));
  if (f->author.empty()) {
    const size_t i = ValueAfterKey(s, "author");
    if (i != std::string_view::npos) {
      if (i < s.size() && s[i] == '"') {
        f->author = Clean(ReadJsonString(s, i));
      } else {
        const size_t name = ValueAfterKey(s.substr(0, std::min(s.size(), i + 400)), "name", i);
        if (name != std::string_view::npos) f->author = Clean(ReadJsonString(s, name));
      }
    }
  }
}

}  // namespace

void ParseJsonLd(std::string_view json_text, JsonLdFacts* facts) {
  if (json_text.size() > kMaxJsonBytes) json_text = json_text.substr(0, kMaxJsonBytes);
  // Some CMSs wrap the block in <!-- --> or CDATA markers.
  std::string_view t = base::Trim(json_text);
  for (std::string_view wrap : {std::string_view("<!--"), std::string_view("<![CDATA[")}) {
    if (t.substr(0, wrap.size()) == wrap) t.remove_prefix(wrap.size());
  }
  for (std::string_view wrap : {std::string_view("-->"), std::string_view("]]>")}) {
    if (t.size() >= wrap.size() && t.substr(t.size() - wrap.size()) == wrap) {
      t.remove_suffix(wrap.size());
    }
  }
  if (MaxNesting(t) <= kMaxNesting && ParseWithJson(t, facts)) return;
  ScanStrings(t, facts);
}

}  // namespace storyline::extract
