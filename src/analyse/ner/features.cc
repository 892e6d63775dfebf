#include "analyse/ner/features.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyse/entities/lexicon.h"
#include "analyse/text/tokenize.h"
#include "base/text.h"

namespace storyline::analyse::ner::internal {
namespace {

namespace lex = ::storyline::analyse::internal;

struct WordInfo {
  bool init_cap = false;    // first code point uppercase
  bool all_caps = false;    // has letters, none lowercase
  bool has_lower = false;
  bool has_letter = false;
  bool has_digit = false;
  bool all_digits = false;  // digits and , . only, at least one digit
  bool has_hyphen = false;
  bool has_period = false;
  bool punct = false;       // no letter or digit at all
};

WordInfo Describe(std::string_view w) {
  WordInfo info;
  size_t i = 0;
  bool first = true;
  bool only_num = true;
  size_t uppers = 0;
  while (i < w.size()) {
    size_t len = 0;
    char32_t c = lex::PeekCodePoint(w, i, &len);
    if (len == 0) break;
    i += len;
    if (lex::IsLetter(c)) {
      info.has_letter = true;
      if (lex::IsUpper(c)) {
        ++uppers;
        if (first) info.init_cap = true;
      } else if (lex::IsLower(c)) {
        info.has_lower = true;
      }
      only_num = false;
    } else if (lex::IsDigit(c)) {
      info.has_digit = true;
    } else {
      if (c == '-') info.has_hyphen = true;
      if (c == '.') info.has_period = true;
      if (c != ',' && c != '.') only_num = false;
    }
    first = false;
  }
  info.all_caps = info.has_letter && !info.has_lower && uppers > 0;
  info.all_digits = info.has_digit && only_num;
  info.punct = !info.has_letter && !info.has_digit;
  return info;
}

// Lowercase (ASCII) with every digit written as 0, so "1996" and "2001" share a feature.
std::string Norm(std::string_view w) {
  std::string out = base::AsciiLower(w);
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = '0';
  }
  return out;
}

// "PARIS" -> "Paris" (ASCII folding after the first byte), for lexicon lookups in headlines.
std::string TitleCase(std::string_view w) {
  std::string out(w);
  bool start = true;
  for (char& c : out) {
    if (start) {
      start = false;
    } else if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if (c == ' ' || c == '-') start = true;
  }
  return out;
}

const char* TypeCode(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "P";
    case EntityType::kOrg: return "O";
    case EntityType::kPlace: return "L";
    case EntityType::kMisc: return "M";
  }
  return "M";
}

}  // namespace

void WordShapes(std::string_view word, std::string* shape, std::string* short_shape) {
  shape->clear();
  short_shape->clear();
  size_t i = 0;
  char prev = 0;
  while (i < word.size()) {
    size_t len = 0;
    char32_t c = lex::PeekCodePoint(word, i, &len);
    if (len == 0) break;
    i += len;
    char k;
    if (lex::IsLetter(c)) {
      k = lex::IsUpper(c) ? 'X' : 'x';
    } else if (lex::IsDigit(c)) {
      k = 'd';
    } else if (c < 0x80) {
      k = static_cast<char>(c);
    } else {
      k = 'o';
    }
    if (shape->size() < 12) *shape += k;
    if (k != prev) *short_shape += k;
    prev = k;
  }
}

// How each word is written across the document: the evidence that a capitalised word is a name
// (it is capitalised mid-sentence elsewhere) or an ordinary word (it also appears lowercase).
class DocumentIndex {
 public:
  explicit DocumentIndex(const std::vector<Sentence>& doc) {
    for (const Sentence& s : doc) {
      bool caps_line = IsCapsSentence(s);
      for (size_t i = 0; i < s.size(); ++i) {
        WordInfo info = Describe(s[i]);
        if (!info.has_letter) continue;
        if (!info.init_cap) {
          lower_.insert(base::AsciiLower(s[i]));
        } else if (i > 0 && !caps_line && !info.all_caps) {
          cap_mid_.insert(std::string(s[i]));
        }
      }
    }
  }

  // A headline: at least three words with letters and none of them has a lowercase letter.
  static bool IsCapsSentence(const Sentence& s) {
    size_t words = 0;
    for (std::string_view w : s) {
      WordInfo info = Describe(w);
      if (!info.has_letter) continue;
      if (info.has_lower) return false;
      ++words;
    }
    return words >= 3;
  }

  bool SeenLower(std::string_view w) const { return lower_.count(base::AsciiLower(w)) > 0; }
  bool SeenCapMid(std::string_view w) const { return cap_mid_.count(std::string(w)) > 0; }

 private:
  std::unordered_set<std::string> lower_;
  std::unordered_set<std::string> cap_mid_;
};

FeatureExtractor::FeatureExtractor(const std::vector<Sentence>& doc)
    : doc_(doc), index_(std::make_unique<DocumentIndex>(doc)) {}

FeatureExtractor::~FeatureExtractor() = default;

void FeatureExtractor::Extract(size_t s, std::vector<std::vector<uint64_t>>* out) const {
  const Sentence& sent = doc_[s];
  const size_t n = sent.size();
  out->assign(n, {});
  if (n == 0) return;

  // Per-token strings used by several templates.
  std::vector<WordInfo> info(n);
  std::vector<std::string> norm(n), shape(n), sshape(n);
  for (size_t i = 0; i < n; ++i) {
    info[i] = Describe(sent[i]);
    norm[i] = Norm(sent[i]);
    WordShapes(sent[i], &shape[i], &sshape[i]);
  }
  const bool caps_line = DocumentIndex::IsCapsSentence(sent);

  // Lexicon matches: the longest known name (up to four words) from each position, as B/I/E/S
  // positions of the match's type. Headline words are looked up in Title Case too.
  std::vector<std::string> gaz(n);
  for (size_t a = 0; a < n;) {
    size_t matched = 0;
    EntityType type = EntityType::kMisc;
    std::string key;
    for (size_t len = std::min<size_t>(4, n - a); len >= 1 && matched == 0; --len) {
      key.clear();
      for (size_t k = a; k < a + len; ++k) {
        if (k > a) key += ' ';
        key.append(sent[k]);
      }
      const lex::NameInfo* name = lex::LookupName(key);
      if (!name && info[a].all_caps) name = lex::LookupName(TitleCase(key));
      if (name) {
        matched = len;
        type = name->type;
      }
    }
    if (matched == 0) {
      ++a;
      continue;
    }
    for (size_t k = a; k < a + matched; ++k) {
      const char* pos = matched == 1 ? "S" : k == a ? "B" : k + 1 == a + matched ? "E" : "I";
      gaz[k] = std::string(TypeCode(type)) + pos;
    }
    a += matched;
  }

  std::string buf;
  for (size_t i = 0; i < n; ++i) {
    std::vector<uint64_t>& f = (*out)[i];
    f.reserve(72);
    auto add = [&](std::string_view name, std::string_view value) {
      buf.assign(name);
      buf += '\x1f';
      buf.append(value);
      f.push_back(base::Hash64(buf));
    };
    auto flag = [&](std::string_view name) { f.push_back(base::Hash64(name)); };
    auto at = [&](ptrdiff_t k) -> std::string_view {
      if (k < 0) return "<s>";
      if (static_cast<size_t>(k) >= n) return "</s>";
      return norm[k];
    };
    auto sh_at = [&](ptrdiff_t k) -> std::string_view {
      if (k < 0) return "<s>";
      if (static_cast<size_t>(k) >= n) return "</s>";
      return sshape[k];
    };
    const ptrdiff_t p = static_cast<ptrdiff_t>(i);
    const std::string_view w = sent[i];
    const WordInfo& wi = info[i];

    flag("bias");
    add("w", w);
    add("l", norm[i]);
    add("sh", shape[i]);
    add("ss", sshape[i]);
    for (size_t k = 1; k <= 4 && k <= w.size(); ++k) {
      add("p" + std::to_string(k), w.substr(0, k));
      add("s" + std::to_string(k), w.substr(w.size() - k));
    }
    if (wi.init_cap) flag("ic");
    if (wi.all_caps) flag("ac");
    if (wi.init_cap && wi.has_lower && !wi.all_caps) {
      // Inner capitals: "McDonald", "DaimlerBenz".
      for (size_t k = 1; k < w.size(); ++k) {
        if (w[k] >= 'A' && w[k] <= 'Z') {
          flag("inner_cap");
          break;
        }
      }
    }
    if (wi.has_digit) flag("hd");
    if (wi.all_digits) flag("ad");
    if (wi.has_hyphen) flag("hh");
    if (wi.has_period) flag("hp");
    if (wi.punct) flag("pu");
    add("len", std::to_string(std::min<size_t>(w.size(), 8)));
    if (i == 0) {
      flag("first");
      add("first_ss", sshape[i]);
    }
    if (i + 1 == n) flag("last");
    if (n == 1) flag("alone");
    if (caps_line) {
      flag("hl");
      add("hl_l", norm[i]);
    }
    // Neighbours.
    add("l-1", at(p - 1));
    add("l+1", at(p + 1));
    add("l-2", at(p - 2));
    add("l+2", at(p + 2));
    add("ss-1", sh_at(p - 1));
    add("ss+1", sh_at(p + 1));
    add("ss-2", sh_at(p - 2));
    add("ss+2", sh_at(p + 2));
    std::string v;
    v.assign(at(p - 1)).append("|").append(norm[i]);
    add("l-1|l", v);
    v.assign(norm[i]).append("|").append(at(p + 1));
    add("l|l+1", v);
    v.assign(at(p - 1)).append("|").append(at(p + 1));
    add("l-1|l+1", v);
    v.assign(sh_at(p - 1)).append("|").append(sshape[i]).append("|").append(sh_at(p + 1));
    add("ss-1|ss|ss+1", v);
    v.assign(at(p - 1)).append("|").append(sshape[i]);
    add("l-1|ss", v);
    v.assign(sshape[i]).append("|").append(at(p + 1));
    add("ss|l+1", v);
    v.assign(at(p - 2)).append("|").append(at(p - 1));
    add("l-2|l-1", v);
    v.assign(at(p + 1)).append("|").append(at(p + 2));
    add("l+1|l+2", v);
    // Neighbours' suffixes and capitalisation: "... Smith , 45 ,", "in the US".
    if (i > 0) {
      std::string_view pw = sent[i - 1];
      if (pw.size() >= 3) add("s3-1", pw.substr(pw.size() - 3));
    }
    if (i + 1 < n) {
      std::string_view nw = sent[i + 1];
      if (nw.size() >= 3) add("s3+1", nw.substr(nw.size() - 3));
    }

    // How the word is written elsewhere in the document.
    if (wi.has_letter && (wi.init_cap || wi.all_caps)) {
      if (index_->SeenLower(w)) add("doc_lower", sshape[i]);
      if (wi.all_caps) {
        std::string tc = TitleCase(w);
        if (index_->SeenCapMid(tc)) flag("doc_caps_titled");
      } else if (index_->SeenCapMid(w)) {
        add("doc_capmid", i == 0 ? "first" : "mid");
      }
    }

    // Lexicons (src/analyse/entities/lexicon.h).
    auto gaz_at = [&](ptrdiff_t k) -> std::string_view {
      if (k < 0 || static_cast<size_t>(k) >= n || gaz[k].empty()) return "-";
      return gaz[k];
    };
    if (!gaz[i].empty()) add("gz", gaz[i]);
    add("gz-1|gz|gz+1",
        std::string(gaz_at(p - 1)) + "|" + std::string(gaz_at(p)) + "|" +
            std::string(gaz_at(p + 1)));
    std::string tc = wi.all_caps ? TitleCase(w) : std::string(w);
    if (lex::IsFirstName(tc)) flag("first_name");
    if (i > 0 && lex::IsFirstName(info[i - 1].all_caps ? TitleCase(sent[i - 1])
                                                       : std::string(sent[i - 1]))) {
      flag("first_name-1");
    }
    if (lex::IsOrgKeyword(tc)) flag("org_kw");
    if (i + 1 < n && lex::IsOrgKeyword(sent[i + 1])) flag("org_kw+1");
    if (i + 2 < n && lex::IsOrgKeyword(sent[i + 2])) flag("org_kw+2");
    if (lex::IsOrgSuffix(tc)) flag("org_suffix");
    if (i + 1 < n && lex::IsOrgSuffix(sent[i + 1])) flag("org_suffix+1");
    if (!lex::DemonymCountry(tc).empty()) flag("demonym");
    if (lex::IsMonthOrWeekday(tc)) flag("month_day");
    if (lex::IsStopWord(w)) flag("stop");
    if (lex::MatchTitle(sent, i) > 0) flag("title");
    if (i > 0 && lex::MatchTitle(sent, i - 1) == 1) flag("title-1");
    if (i + 1 < n && lex::IsSpeechVerb(norm[i + 1])) flag("speech+1");
    if (i > 0 && lex::IsPlaceNoun(norm[i - 1])) flag("place_noun-1");
    if (i > 1 && norm[i - 1] == "of" && lex::IsPlaceNoun(norm[i - 2])) flag("place_noun_of");
    if (i + 1 < n && lex::IsOrgNoun(norm[i + 1])) flag("org_noun+1");
  }
}

}  // namespace storyline::analyse::ner::internal
