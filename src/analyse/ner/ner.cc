#include "analyse/ner/ner.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "analyse/entities/lexicon.h"
#include "analyse/text/tokenize.h"

namespace storyline::analyse::ner {
namespace {

namespace lex = ::storyline::analyse::internal;

constexpr size_t kWindow = 250;  // tokens tagged at once in a very long "sentence"

bool IsOpener(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '"' || c == '`' || c == U'\u201C' ||
         c == U'\u2018' || c == U'\u00AB' || c == U'\u201E';
}
bool IsCloser(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == ',' || c == ';' || c == ':' ||
         c == '!' || c == '?' || c == U'\u201D' || c == U'\u2019' || c == U'\u00BB' || c == '\'';
}

// Words whose period belongs to them mid-sentence: "Corp. said", "Mr. Smith", "Sept. 12".
bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbr[] = {
      "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Inc", "Ltd", "Co", "Corp", "Gen", "Sen",
      "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Bros",
      "Adm", "Maj", "Mt", "Ft", "Ave", "Blvd", "Dept", "Univ", "Plc", "plc", "Cie", "Messrs"};
  for (std::string_view a : kAbbr) {
    if (w == a) return true;
  }
  return false;
}

bool IsClitic(std::string_view w) {
  static constexpr std::string_view kClitics[] = {"'s", "'S", "\u2019s", "'re", "'ve", "'ll",
                                                  "'d", "'m", "n't", "N'T", "\u2019re",
                                                  "\u2019ve", "\u2019ll", "\u2019d", "\u2019m",
                                                  "n\u2019t"};
  for (std::string_view c : kClitics) {
    if (w == c) return true;
  }
  return false;
}

// Appends the tokens of the whitespace-free chunk text[b, e).
void SplitChunk(std::string_view text, size_t b, size_t e, std::vector<Span>* out) {
  auto emit = [&](size_t x, size_t y) {
    if (y > x) out->push_back({static_cast<uint32_t>(x), static_cast<uint32_t>(y)});
  };
  if (IsClitic(text.substr(b, e - b))) {
    emit(b, e);
    return;
  }
  // Openers.
  while (b < e) {
    size_t len = 0;
    char32_t c = lex::PeekCodePoint(text, b, &len);
    if (len == 0 || b + len >= e) break;
    bool quote_like = c == '\'' ;
    if (!IsOpener(c) && !quote_like) break;
    if (quote_like) {
      size_t l2 = 0;
      char32_t next = lex::PeekCodePoint(text, b + len, &l2);
      if (!lex::IsLetter(next)) break;  // "'90s" stays whole
    }
    emit(b, b + len);
    b += len;
  }
  // Closers, periods and clitics, collected from the end.
  std::vector<Span> tail;
  while (b < e) {
    size_t len = 0;
    char32_t c = lex::PrevCodePoint(text, e, &len);
    if (len == 0 || e - len <= b) break;
    std::string_view word = text.substr(b, e - b);
    // "'s" / "n't" clitics.
    bool clitic = false;
    for (std::string_view cl : {std::string_view("'s"), std::string_view("'S"),
                                std::string_view("\u2019s"), std::string_view("n't"),
                                std::string_view("n\u2019t")}) {
      if (word.size() > cl.size() && word.substr(word.size() - cl.size()) == cl) {
        tail.push_back({static_cast<uint32_t>(e - cl.size()), static_cast<uint32_t>(e)});
        e -= cl.size();
        clitic = true;
        break;
      }
    }
    if (clitic) continue;
    if (IsCloser(c)) {
      tail.push_back({static_cast<uint32_t>(e - len), static_cast<uint32_t>(e)});
      e -= len;
      continue;
    }
    if (c == '.') {
      std::string_view stem = word.substr(0, word.size() - 1);
      bool keep = stem.find('.') != std::string_view::npos ||  // "U.S.", "a.m."
                  (stem.size() == 1 && lex::IsLetter(static_cast<unsigned char>(stem[0]))) ||
                  IsAbbreviation(stem);
      if (keep) {
        // An abbreviation at the end of a sentence still keeps its period (CoNLL writes
        // "Corp." then "." but the text has one period): tokens stay whole.
        break;
      }
      tail.push_back({static_cast<uint32_t>(e - 1), static_cast<uint32_t>(e)});
      e -= 1;
      continue;
    }
    break;
  }
  emit(b, e);
  for (size_t k = tail.size(); k-- > 0;) out->push_back(tail[k]);
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool IsAllCapsWord(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-';
  }
  return out;
}

}  // namespace

std::vector<Span> TokenizeWords(std::string_view text, Span range) {
  std::vector<Span> out;
  size_t end = std::min<size_t>(range.end, text.size());
  size_t i = std::min<size_t>(range.begin, end);
  while (i < end) {
    size_t len = 0;
    char32_t c = lex::PeekCodePoint(text, i, &len);
    if (len == 0) break;
    if (lex::IsSpace(c)) {
      i += len;
      continue;
    }
    size_t b = i;
    while (i < end) {
      c = lex::PeekCodePoint(text, i, &len);
      if (len == 0 || lex::IsSpace(c)) break;
      i += len;
    }
    i = std::min(i, end);
    SplitChunk(text.substr(0, i), b, i, &out);
  }
  return out;
}

std::vector<EntityMention> FindEntitiesWithTagger(const Tagger& tagger, std::string_view text,
                                                  const std::vector<Span>& sentences) {
  std::vector<EntityMention> out;
  if (text.size() >= UINT32_MAX) return out;
  std::vector<Span> ranges = sentences;
  if (ranges.empty() && !text.empty()) ranges.push_back({0, static_cast<uint32_t>(text.size())});
  // Tokens of every sentence (long ones cut into windows), then one document for the tagger.
  std::vector<std::vector<Span>> spans;
  for (const Span& r : ranges) {
    std::vector<Span> tokens = TokenizeWords(text, r);
    for (size_t k = 0; k < tokens.size(); k += kWindow) {
      size_t stop = std::min(tokens.size(), k + kWindow);
      spans.emplace_back(tokens.begin() + k, tokens.begin() + stop);
    }
  }
  std::vector<Sentence> doc;
  doc.reserve(spans.size());
  for (const auto& s : spans) {
    Sentence words;
    words.reserve(s.size());
    for (const Span& t : s) words.push_back(text.substr(t.begin, t.end - t.begin));
    doc.push_back(std::move(words));
  }
  for (const Chunk& c : tagger.Tag(doc)) {
    if (c.sentence >= spans.size() || c.last > spans[c.sentence].size() || c.first >= c.last) {
      continue;
    }
    EntityMention m;
    m.begin = spans[c.sentence][c.first].begin;
    m.end = spans[c.sentence][c.last - 1].end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    m.type = c.type;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.begin < b.begin;
  });
  AssignCanonicalNames(text, &out);
  return out;
}

void AssignCanonicalNames(std::string_view text, std::vector<EntityMention>* mentions) {
  std::vector<EntityMention>& ms = *mentions;
  std::vector<std::string> keys(ms.size());
  std::vector<bool> from_lexicon(ms.size(), false);
  for (size_t i = 0; i < ms.size(); ++i) {
    keys[i] = Collapse(ms[i].text);
    const lex::NameInfo* info = lex::LookupName(keys[i]);
    std::string tc;
    if (!info && IsAllCapsWord(keys[i])) {
      tc = TitleCase(keys[i]);
      info = lex::LookupName(tc);
    }
    std::string_view country = lex::DemonymCountry(keys[i]);
    if (info) {
      ms[i].entity = std::string(info->canonical);
      from_lexicon[i] = true;
    } else if (!country.empty()) {
      ms[i].entity = std::string(country);
      from_lexicon[i] = true;
    } else {
      ms[i].entity = keys[i];
    }
  }
  // Acronyms defined as "Name (ACR)".
  std::unordered_map<std::string, std::string> acronyms;
  for (size_t i = 0; i < ms.size(); ++i) {
    size_t p = ms[i].end;
    while (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size() || text[p] != '(') continue;
    ++p;
    while (p < text.size() && text[p] == ' ') ++p;
    size_t b = p;
    while (p < text.size() && text[p] >= 'A' && text[p] <= 'Z' && p - b <= 8) ++p;
    size_t e = p;
    while (p < text.size() && text[p] == ' ') ++p;
    if (e - b < 2 || e - b > 6 || p >= text.size() || text[p] != ')') continue;
    std::string acr(text.substr(b, e - b));
    if (acr != keys[i]) acronyms.emplace(acr, ms[i].entity);
  }
  for (size_t i = 0; i < ms.size(); ++i) {
    if (from_lexicon[i]) continue;
    auto it = acronyms.find(keys[i]);
    if (it != acronyms.end()) ms[i].entity = it->second;
  }
  // Surnames -> full names.
  std::unordered_map<std::string, std::vector<size_t>> by_surname;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].type != EntityType::kPerson) continue;
    size_t sp = keys[i].rfind(' ');
    if (sp == std::string::npos) continue;
    std::string last = keys[i].substr(sp + 1);
    if ((last == "Jr." || last == "Jr" || last == "Sr." || last == "II" || last == "III")) {
      size_t sp2 = keys[i].rfind(' ', sp - 1);
      if (sp2 == std::string::npos || sp == 0) continue;
      last = keys[i].substr(sp2 + 1, sp - sp2 - 1);
    }
    by_surname[last].push_back(i);
  }
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].type != EntityType::kPerson || from_lexicon[i]) continue;
    if (keys[i].find(' ') != std::string::npos) continue;
    auto it = by_surname.find(keys[i]);
    if (it == by_surname.end()) continue;
    const std::vector<size_t>& full = it->second;  // ascending
    auto after = std::upper_bound(full.begin(), full.end(), i);
    size_t chosen = after == full.begin() ? full.front() : *(after - 1);
    ms[i].entity = ms[chosen].entity;
  }
}

}  // namespace storyline::analyse::ner
