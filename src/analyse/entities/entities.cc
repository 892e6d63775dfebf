// Entity mentions: capitalised sequences, typed by lexicons and context, then resolved to
// canonical names (cross-document aliases, acronyms defined in the text, surnames, titles).
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/entities/lexicon.h"
#include "analyse/text/tokenize.h"
#include "base/text.h"

namespace storyline::analyse {
namespace {

using internal::Token;
using internal::TokenKind;

constexpr size_t kMaxWords = 8;  // longer capitalised runs are headlines or lists, not names

enum class Strength {
  kWeak,     // guessed from shape (a capitalised word): may be re-resolved
  kSpeech,   // an unknown multi-word subject of a speech verb: PERSON, but organisations speak too
  kContext,  // from context (first name, speech verb, title)
  kLexicon,  // from the alias table / gazetteer: never re-resolved
};

struct Mention {
  size_t tb = 0, te = 0;  // token range [tb, te)
  EntityType type = EntityType::kMisc;
  Strength strength = Strength::kWeak;
  std::string key;        // the words joined by single spaces
  std::string canonical;  // resolved name
  std::string title;      // the title before a PERSON ("Secretary of State"), or of a title ref
  bool title_ref = false; // the mention is a bare title ("the Secretary of State")
  bool initial = false;   // a lone capitalised word opening a sentence: maybe not a name
};

bool IsAsciiAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class EntityFinder {
 public:
  EntityFinder(std::string_view text, const std::vector<Span>& sentences)
      : text_(text), tokens_(internal::Tokenize(text)) {
    starts_.assign(tokens_.size(), false);
    size_t s = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      while (s < sentences.size() && sentences[s].begin < tokens_[i].begin) ++s;
      if (s < sentences.size() && sentences[s].begin == tokens_[i].begin) starts_[i] = true;
      if (i == 0) starts_[i] = true;
      // Line breaks end sentences in one-sentence-per-line text; be safe when given no spans.
      if (tokens_[i].newline_before) starts_[i] = true;
      const Token& t = tokens_[i];
      if (t.kind == TokenKind::kWord && !t.upper_initial) lower_words_.insert(Word(i));
    }
    MarkHeadlines();
  }

  std::vector<EntityMention> Run() {
    size_t i = 0;
    while (i < tokens_.size()) {
      if (!Eligible(i)) {
        ++i;
        continue;
      }
      size_t j = Extend(i);
      ProcessCandidate(i, j, IsInitial(i));
      NoteAliasSyntax(j);
      i = j;
    }
    Resolve();
    return Output();
  }

 private:
  std::string_view Word(size_t i) const { return tokens_[i].Text(text_); }

  // Title Case or ALL CAPS lines without a final period ("Floods Force Thousands From Homes")
  // capitalise every word, so only lexicon names are trusted there.
  void MarkHeadlines() {
    headline_.assign(tokens_.size(), false);
    size_t b = 0;
    while (b < tokens_.size()) {
      size_t e = b + 1;
      while (e < tokens_.size() && !starts_[e]) ++e;
      size_t words = 0, caps = 0;
      for (size_t k = b; k < e; ++k) {
        if (!IsWordToken(k)) continue;
        std::string_view w = Word(k);
        if (!tokens_[k].upper_initial &&
            (internal::IsNameConnector(w) || w == "a" || w == "an" || w == "and" || w == "to" ||
             w == "for" || w == "in" || w == "on" || w == "at" || w == "as" || w == "with")) {
          continue;  // small words stay lowercase in Title Case
        }
        ++words;
        if (tokens_[k].upper_initial) ++caps;
      }
      bool ends_sentence = Word(e - 1) == "." || Word(e - 1) == "?" || Word(e - 1) == "!";
      if (words >= 3 && caps * 10 >= words * 8 && !ends_sentence) {
        for (size_t k = b; k < e; ++k) headline_[k] = true;
      }
      b = e;
    }
  }

  bool IsWordToken(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord; }

  // A token that can be part of a name: a capitalised word, or "al-Assad"-style particles.
  bool Eligible(size_t i) const {
    if (!IsWordToken(i)) return false;
    const Token& t = tokens_[i];
    if (t.upper_initial) return true;
    std::string_view w = Word(i);
    for (std::string_view p : {"al-", "el-", "bin-", "ibn-"}) {
      if (w.size() > p.size() && w.substr(0, p.size()) == p) {
        size_t len = 0;
        return internal::IsUpper(internal::PeekCodePoint(w, p.size(), &len));
      }
    }
    return false;
  }

  // Token i directly follows token i-1 with ordinary spacing on the same line, same sentence.
  bool Joined(size_t i) const {
    return i < tokens_.size() && tokens_[i].space_before && !tokens_[i].newline_before &&
           !starts_[i];
  }
  bool Touching(size_t i) const {
    return i < tokens_.size() && !tokens_[i].space_before && !starts_[i];
  }

  bool IsInitial(size_t i) const {
    if (starts_[i]) return true;
    if (i == 0) return true;
    const Token& p = tokens_[i - 1];
    if (p.kind != TokenKind::kPunct) return false;
    std::string_view w = Word(i - 1);
    return w == "\"" || w == "\u201C" || w == "\u2018" || w == "(" || w == ":" || w == "\u2014" ||
           w == "-" || w == "\u2013" || w == "'";
  }

  size_t Extend(size_t i) const {
    size_t j = i + 1;
    size_t words = 1;
    while (j < tokens_.size() && words < kMaxWords) {
      // A capitalised function word ends the name: "Harbour Talks Resume In Lima".
      if (Joined(j) && Eligible(j) && !internal::IsStopWord(Word(j))) {
        ++j;
        ++words;
        continue;
      }
      // Lowercase particles between capitalised words: "Bank of England", "Bashar al Assad".
      if (Joined(j) && IsWordToken(j) && internal::IsNameConnector(Word(j))) {
        size_t k = j + 1;
        if (Joined(k) && IsWordToken(k) && internal::IsNameConnector(Word(k))) ++k;  // "of the"
        if (Joined(k) && Eligible(k) && !internal::IsStopWord(Word(k))) {
          words += k - j + 1;
          j = k + 1;
          continue;
        }
      }
      // "Committee to Protect Journalists": after an organisation head only.
      if (Joined(j) && IsWordToken(j) && internal::IsOrgHead(Word(j - 1))) {
        std::string_view w = Word(j);
        if ((w == "to" || w == "for" || w == "and" || w == "against") && Joined(j + 1) &&
            Eligible(j + 1) && !internal::IsMonthOrWeekday(Word(j + 1)) &&
            !internal::IsStopWord(Word(j + 1))) {
          j += 2;
          words += 2;
          continue;
        }
      }
      // "Coalition to Defeat Daesh/ISIS": a slash between names inside a longer name.
      if (words >= 2 && Touching(j) && Word(j) == "/" && Touching(j + 1) && Eligible(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  std::string Key(size_t a, size_t b) const {
    std::string key;
    for (size_t k = a; k < b; ++k) {
      if (k > a && tokens_[k].space_before) key += ' ';
      key += Word(k);
    }
    return key;
  }

  bool Known(std::string_view key) const {
    return internal::LookupName(key) != nullptr || !internal::DemonymCountry(key).empty();
  }

  bool HasOrgKeyword(size_t a, size_t b) const {
    for (size_t k = a; k < b; ++k) {
      if (internal::IsOrgKeyword(Word(k))) return true;
    }
    return false;
  }

  // The word after the candidate, skipping a few adverbs/auxiliaries: "Smith also said".
  bool FollowedBySpeechVerb(size_t b) const {
    // An age appositive: "Lindahl, 51, said".
    if (b + 3 < tokens_.size() && Word(b) == "," && tokens_[b + 1].kind == TokenKind::kNumber &&
        Word(b + 2) == ",") {
      b += 3;
    }
    for (size_t k = b, n = 0; k < tokens_.size() && n < 3; ++k, ++n) {
      if (!IsWordToken(k) || tokens_[k].upper_initial) return false;
      std::string_view w = Word(k);
      if (internal::IsSpeechVerb(w)) return true;
      if (!(w == "also" || w == "has" || w == "had" || w == "have" || w == "later" ||
            w == "then" || w == "previously" || w == "once" || w == "again" || w == "recently" ||
            w == "further" || w == "earlier" || EndsWith(w, "ly"))) {
        return false;
      }
    }
    return false;
  }

  bool PrecededBySpeechCue(size_t a) const {
    if (a == 0 || !IsWordToken(a - 1)) return false;
    std::string_view w = Word(a - 1);
    if (w == "said" || w == "says" || w == "told" || w == "added") return true;
    return w == "to" && a >= 2 && Word(a - 2) == "according";
  }

  std::string Lower(size_t i) const { return base::AsciiLower(Word(i)); }

  bool AllCaps(size_t a, size_t b) const {
    for (size_t k = a; k < b; ++k) {
      if (!IsWordToken(k) || !tokens_[k].all_caps) return false;
    }
    return a < b;
  }

  // "ALDER CREEK" -> "Alder Creek" (ASCII case folding after each word's first byte).
  std::string TitleCase(size_t a, size_t b) const {
    std::string out;
    for (size_t k = a; k < b; ++k) {
      if (k > a && tokens_[k].space_before) out += ' ';
      std::string_view w = Word(k);
      out += w.substr(0, 1);
      out += base::AsciiLower(w.substr(1));
    }
    return out;
  }

  bool IsDash(size_t i) const {
    if (i >= tokens_.size()) return false;
    std::string_view w = Word(i);
    return w == "\u2014" || w == "\u2013" || w == "-" || w == "--";
  }

  // What follows a dateline's place: "(Agency) —", "—" + ordinary text, or a date that ends
  // the line ("LONDON 1996-08-30"). A dash followed by more shouting is a headline
  // ("SOCCER - LATE WIN"), not a dateline.
  bool DatelineTail(size_t j) const {
    if (j >= tokens_.size() || tokens_[j].newline_before) return false;
    if (Word(j) == "(") {
      for (size_t k = j + 1; k < tokens_.size() && k < j + 10; ++k) {
        if (tokens_[k].newline_before) return false;
        if (Word(k) == ")") return IsDash(k + 1) || (k + 1 < tokens_.size() && Word(k + 1) == ":");
      }
      return false;
    }
    if (IsDash(j)) {
      size_t n = j + 1;
      return n < tokens_.size() && !tokens_[n].newline_before && !tokens_[n].all_caps;
    }
    if (tokens_[j].kind == TokenKind::kNumber) {
      return j + 1 >= tokens_.size() || tokens_[j + 1].newline_before;
    }
    return false;
  }

  // Shouted words opening a line near the start of the text, followed by a dateline tail,
  // possibly after ", Region" ("HUARANCAYO, Peru (Agency) —").
  bool IsDatelineHead(size_t a, size_t b) const {
    if (b - a > 4 || !AllCaps(a, b) || (a > 0 && !tokens_[a].newline_before)) return false;
    if (tokens_[a].begin > 2000) return false;
    if (DatelineTail(b)) return true;
    if (b < tokens_.size() && Word(b) == "," && Joined(b + 1) && Eligible(b + 1)) {
      size_t e = Extend(b + 1);
      const internal::NameInfo* info = internal::LookupName(Key(b + 1, e));
      return DatelineTail(e) || (info && info->type == EntityType::kPlace);
    }
    return false;
  }

  bool IsDatelineRegion(size_t a, size_t b) const {
    if (a < 2 || Word(a - 1) != "," || !DatelineTail(b)) return false;
    size_t s = a - 1;
    while (s > 0 && IsWordToken(s - 1) && tokens_[s - 1].all_caps && a - s < 6) {
      --s;
      if (s == 0 || tokens_[s].newline_before) return IsDatelineHead(s, a - 1);
    }
    return false;
  }

  // "X, a payments company,", "X's customers", "shares in X", "economist at X".
  bool OrgCue(size_t a, size_t b) const {
    // Appositive whose head noun is an organisation: stop at the first word that ends the
    // noun phrase, so "X, a member of the party" does not count.
    if (b + 2 < tokens_.size() && Word(b) == ",") {
      std::string det = Lower(b + 1);
      if (det == "a" || det == "an" || det == "the") {
        std::string head;
        for (size_t k = b + 2; k < tokens_.size() && k < b + 8; ++k) {
          if (!IsWordToken(k) && tokens_[k].kind != TokenKind::kNumber) break;
          std::string w = Lower(k);
          if (tokens_[k].upper_initial && !tokens_[k].all_caps) break;
          if (w == "of" || w == "for" || w == "at" || w == "in" || w == "with" || w == "who" ||
              w == "which" || w == "that" || w == "whose" || w == "based" || w == "and" ||
              w == "on" || w == "from" || w == "to") {
            break;
          }
          head = std::move(w);
        }
        if (internal::IsOrgNoun(head)) return true;
      }
    }
    // Possessive: "X's customers", "X's chief executive".
    if (b + 2 < tokens_.size() && (Word(b) == "\u2019" || Word(b) == "'") && Word(b + 1) == "s" &&
        IsWordToken(b + 2)) {
      static const std::unordered_set<std::string_view> kOwned = {
          "customers", "shareholders", "shares", "stock", "board", "employees", "staff",
          "headquarters", "users", "subscribers", "clients", "subsidiary", "executives",
          "profits", "profit", "revenue", "revenues", "earnings", "ceo", "founder", "products",
          "website", "investors", "stores", "factory", "factories", "chief", "directors",
          "share", "takeover", "merger", "squad", "manager", "coach", "fans", "players"};
      if (kOwned.count(Lower(b + 2))) return true;
    }
    // Reverse appositive: "the ferry operator, Ellsund Boats,".
    if (a >= 2 && Word(a - 1) == "," && IsWordToken(a - 2) && !tokens_[a - 2].upper_initial &&
        internal::IsOrgNoun(Word(a - 2))) {
      return true;
    }
    if (a >= 2 && IsWordToken(a - 1) && IsWordToken(a - 2)) {
      std::string p1 = Lower(a - 1), p2 = Lower(a - 2);
      if ((p1 == "in" || p1 == "of") && (p2 == "shares" || p2 == "stake" || p2 == "shareholders"))
        return true;
      if (p1 == "of" && (p2 == "ceo" || p2 == "founder" || p2 == "employees" ||
                         p2 == "customers" || p2 == "shareholders" || p2 == "subsidiary" ||
                         p2 == "executive" || p2 == "executives")) {
        return true;
      }
      if (p1 == "at" || p1 == "with") {
        static const std::unordered_set<std::string_view> kJobs = {
            "economist", "analyst", "strategist", "executive", "director", "engineer",
            "researcher", "manager", "spokesperson", "spokesman", "spokeswoman", "scientist",
            "partner", "trader", "employee", "employees", "lawyer", "consultant", "chief",
            "head", "president", "chairman", "founder", "worker", "workers", "staff", "officer",
            "developer", "investor", "banker", "strategists", "analysts", "economists"};
        if (kJobs.count(p2)) return true;
      }
    }
    return false;
  }

  // "the town of X", "the provincial capital, X", "X province", "X, <country>",
  // "as far away as X".
  bool PlaceCue(size_t a, size_t b) const {
    if (a >= 2 && IsWordToken(a - 2)) {
      std::string p2 = Lower(a - 2);
      if (Word(a - 1) == "of" && !tokens_[a - 2].upper_initial && internal::IsPlaceNoun(p2))
        return true;
      if (Word(a - 1) == "," && p2 == "capital") return true;
      if (Word(a - 1) == "as" && (p2 == "far" || p2 == "away")) return true;
    }
    if (b < tokens_.size() && IsWordToken(b) && !tokens_[b].upper_initial) {
      std::string n = Lower(b);
      // Not after an adjective: "the Jewish state".
      bool adjective = EndsWith(Word(b - 1), "ish");
      if (adjective) return false;
      if (n == "province" || n == "region" || n == "county" || n == "district" ||
          n == "state" || n == "municipality" || n == "governorate" || n == "prefecture" ||
          n == "oblast") {
        return true;
      }
    }
    // "Palu, Indonesia": a name followed by a known country or region (not "X, Kenya's envoy").
    if (b + 1 < tokens_.size() && Word(b) == "," && Joined(b + 1) && Eligible(b + 1)) {
      size_t e = Extend(b + 1);
      const internal::NameInfo* info = internal::LookupName(Key(b + 1, e));
      if (info && info->type == EntityType::kPlace) {
        // The place must end the phrase ("Palu, Indonesia," / "... Indonesia."), so that
        // "X, Kenya's envoy" and "Carmakers, U.S. agency" are not read as "town, country".
        bool ends = e >= tokens_.size() || tokens_[e].newline_before ||
                    (tokens_[e].kind == TokenKind::kPunct && Word(e) != "\u2019" && Word(e) != "'");
        if (ends) return true;
      }
    }
    return false;
  }

  // A locative preposition before the name, possibly with a compass adjective between:
  // "in Bologna", "from Ostravia", "in southern Ostravia".
  bool LocativeBefore(size_t a) const {
    if (a == 0 || !IsWordToken(a - 1)) return false;
    size_t p = a - 1;
    static const std::unordered_set<std::string_view> kCompass = {
        "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "rural", "coastal"};
    if (kCompass.count(Word(p)) && p > 0 && IsWordToken(p - 1)) --p;
    std::string_view w = Word(p);
    return w == "in" || w == "near" || w == "outside" || w == "across" || w == "throughout" ||
           w == "from" || w == "toward" || w == "towards" || w == "via";
  }

  // Names shaped like places: "Port X", "Fort X", "Mount X", "X Creek", "X Valley".
  bool PlaceShaped(size_t a, size_t b) const {
    static const std::unordered_set<std::string_view> kHeads = {"Port", "Fort", "Lake", "Mount",
                                                                "Mt.", "Cape", "Point"};
    static const std::unordered_set<std::string_view> kTails = {
        "Creek", "Valley", "Falls", "Springs", "Bay", "Island", "Islands", "Beach", "Heights",
        "Harbour", "Harbor", "River", "Mountains", "Peninsula", "Province", "County", "Hills",
        "Lake", "Flats", "Ridge", "Canyon", "Coast"};
    return kHeads.count(Word(a)) || kTails.count(Word(b - 1));
  }

  void Emit(size_t a, size_t b, EntityType type, Strength strength, std::string canonical,
            std::string title = {}, bool title_ref = false, bool initial = false) {
    Mention m;
    m.initial = initial;
    m.tb = a;
    m.te = b;
    m.type = type;
    m.strength = strength;
    m.key = Key(a, b);
    m.canonical = canonical.empty() ? m.key : std::move(canonical);
    m.title = std::move(title);
    m.title_ref = title_ref;
    mentions_.push_back(std::move(m));
  }

  void ProcessCandidate(size_t a, size_t b, bool initial) {
    while (a < b && (internal::IsStopWord(Word(a)) || !Eligible(a))) {
      ++a;
      initial = false;
    }
    if (a >= b) return;
    if (b - a == 1 && internal::IsMonthOrWeekday(Word(a))) return;
    if (headline_[a]) {
      EmitHeadlineNames(a, b);
      return;
    }

    // "Elena Ruiz of the Coastal Survey Institute": a person of an organisation is two
    // mentions, the person first.
    if (SplitPersonOfOrg(a, b, initial)) return;

    // Titles: "Secretary of State Antony Blinken", "US Secretary of State Antony Blinken",
    // "Brookfield Mayor Ana Ruiz": the words before a title (a place or organisation, up to
    // three words) are their own mention and never part of the person's name.
    std::vector<std::string_view> words;
    for (size_t k = a; k < b; ++k) words.push_back(Word(k));
    for (size_t k = a; k < b; ++k) {
      size_t t = internal::MatchTitle(words, k - a);
      if (t == 0) continue;
      size_t r = k + t;
      // Stacked titles are one title: "Deputy Governor", "Chief Executive Officer".
      for (size_t more; r < b && (more = internal::MatchTitle(words, r - a)) > 0;) r += more;
      bool prefix_ok = k == a || Known(Key(a, k)) || HasOrgKeyword(a, k) ||
                       (k - a <= 3 && NameShaped(r, b));
      if (!prefix_ok) continue;
      std::string title = Key(k, r);
      if (r < b) {
        std::string rest = Key(r, b);
        const internal::NameInfo* info = internal::LookupName(rest);
        bool not_person = (info && info->type != EntityType::kPerson) || HasOrgKeyword(r, b) ||
                          !internal::DemonymCountry(rest).empty() ||
                          internal::IsNameConnector(Word(r)) || b - r > 4;
        if (not_person) continue;
        if (k > a) TypeAndEmit(a, k, false);
        Emit(r, b, EntityType::kPerson, Strength::kContext, {}, std::move(title));
        return;
      }
      // A bare title: resolved later to the person who held it, or dropped.
      if (k > a) TypeAndEmit(a, k, false);
      Emit(k, r, EntityType::kPerson, Strength::kContext, {}, std::move(title), true);
      return;
    }
    TypeAndEmit(a, b, initial);
  }

  // Tokens [r, b) read as a personal name: one to three capitalised words, none a stop word,
  // connector, organisation keyword or title.
  bool NameShaped(size_t r, size_t b) const {
    if (r >= b || b - r > 3) return false;
    std::vector<std::string_view> words;
    for (size_t k = r; k < b; ++k) words.push_back(Word(k));
    for (size_t k = r; k < b; ++k) {
      if (!IsWordToken(k) || !tokens_[k].upper_initial || internal::IsStopWord(Word(k)) ||
          internal::IsOrgKeyword(Word(k)) || internal::MatchTitle(words, k - r) > 0 ||
          internal::IsMonthOrWeekday(Word(k))) {
        return false;
      }
    }
    return !Known(Key(r, b));
  }

  // "[Role] First Last of the Some Institute": emits the person part (titles stripped by
  // ProcessCandidate) and the organisation, and returns true; false when the run is not of
  // that shape ("Bank of England", "Secretary of State", "University of Lima" stay whole).
  bool SplitPersonOfOrg(size_t a, size_t b, bool initial) {
    for (size_t c = a + 2; c + 1 < b; ++c) {
      if (Word(c) != "of") continue;
      size_t r = c + 1;
      while (r < b && internal::IsNameConnector(Word(r))) ++r;
      if (r >= b) return false;
      std::string right = Key(r, b);
      const internal::NameInfo* info = internal::LookupName(right);
      bool org = HasOrgKeyword(r, b) || (info && info->type == EntityType::kOrg);
      if (!org || HasOrgKeyword(a, c)) return false;
      // The left part ends in a two- or three-word name, after optional title words.
      size_t name_b = c >= a + 3 && NameShaped(c - 3, c) ? c - 3 : c - 2;
      if (!NameShaped(name_b, c)) return false;
      if (name_b > a) {
        std::vector<std::string_view> words;
        for (size_t k = a; k < name_b; ++k) words.push_back(Word(k));
        // Everything before the name must be a title ("Seismologist", "Chief Executive").
        size_t k = 0;
        while (k < words.size()) {
          size_t t = internal::MatchTitle(words, k);
          if (t == 0) break;
          k += t;
        }
        if (k != words.size()) return false;
      }
      ProcessCandidate(a, c, initial);
      TypeAndEmit(r, b, false);
      // A person named with their organisation is a person.
      for (Mention& m : mentions_) {
        if (m.tb >= a && m.te == c && m.type == EntityType::kMisc && !m.title_ref) {
          m.type = EntityType::kPerson;
          m.strength = Strength::kContext;
          m.initial = false;
        }
      }
      return true;
    }
    return false;
  }

  // In a headline: the whole run if it is a known name or a first-name person, else the known
  // names among its words.
  void EmitHeadlineNames(size_t a, size_t b) {
    if (const internal::NameInfo* info = internal::LookupName(Key(a, b))) {
      Emit(a, b, info->type, Strength::kLexicon, std::string(info->canonical));
      return;
    }
    if (b - a >= 2 && b - a <= 3 && internal::IsFirstName(Word(a))) {
      Emit(a, b, EntityType::kPerson, Strength::kContext, {});
      return;
    }
    for (size_t k = a; k < b; ++k) {
      if (const internal::NameInfo* info = internal::LookupName(Word(k))) {
        Emit(k, k + 1, info->type, Strength::kLexicon, std::string(info->canonical));
      }
    }
  }

  void TypeAndEmit(size_t a, size_t b, bool initial) {
    std::string key = Key(a, b);
    if (const internal::NameInfo* info = internal::LookupName(key)) {
      Emit(a, b, info->type, Strength::kLexicon, std::string(info->canonical));
      return;
    }
    // Datelines and headlines shout: "ROME" is Rome, "NEW YORK" is New York.
    if (AllCaps(a, b) && key.size() > 3) {
      std::string title_case = TitleCase(a, b);
      const internal::NameInfo* info = internal::LookupName(title_case);
      if (info && info->type == EntityType::kPlace) {
        Emit(a, b, info->type, Strength::kLexicon, std::string(info->canonical));
        return;
      }
      // "HUARANCAYO, Peru (Agency) —", "LIMA —": the dateline names a place.
      if (IsDatelineHead(a, b)) {
        Emit(a, b, EntityType::kPlace, Strength::kContext, std::move(title_case));
        return;
      }
    }
    // "ALDER CREEK, British Columbia (Agency) —": the region after a dateline place.
    if (IsDatelineRegion(a, b)) {
      Emit(a, b, EntityType::kPlace, Strength::kContext, {});
      return;
    }
    if (b - a >= 2 && (Word(b - 1) == "Group" || Word(b - 1) == "group")) {
      if (const internal::NameInfo* info = internal::LookupName(Key(a, b - 1))) {
        Emit(a, b, info->type, Strength::kLexicon, std::string(info->canonical));
        return;
      }
    }
    // "Fighters of the Islamic State": a known name after a connector is its own mention.
    for (size_t c = a + 1; c + 1 < b; ++c) {
      if (!internal::IsNameConnector(Word(c)) || HasOrgKeyword(a, c)) continue;
      size_t r = c + 1;
      while (r < b && internal::IsNameConnector(Word(r))) ++r;
      if (r < b && internal::LookupName(Key(r, b))) {
        TypeAndEmit(a, c, initial);
        TypeAndEmit(r, b, false);
        return;
      }
    }
    std::string_view country = internal::DemonymCountry(key);
    if (!country.empty()) {
      Emit(a, b, EntityType::kMisc, Strength::kLexicon, std::string(country));
      return;
    }
    if (HasOrgKeyword(a, b)) {
      // "Coalition to Defeat Daesh/ISIS" and "Coalition to Defeat ISIS" are one name: keep the
      // last alternative of a slash pair in the canonical form.
      std::string canonical;
      for (size_t k = a; k < b; ++k) {
        if (k + 1 < b && Word(k + 1) == "/") {
          if (tokens_[k].space_before && !canonical.empty()) canonical += ' ';
          ++k;  // drop "Daesh/" and keep the alternative that follows
          continue;
        }
        if (!canonical.empty() && tokens_[k].space_before) canonical += ' ';
        canonical += Word(k);
      }
      Emit(a, b, EntityType::kOrg, Strength::kContext, std::move(canonical));
      return;
    }
    std::string_view first = Word(a);
    if (b - a == 1 && IsAsciiAcronym(first)) {
      Emit(a, b, EntityType::kOrg, Strength::kWeak, {});
      return;
    }
    if (b - a >= 2 && b - a <= 4 && internal::IsFirstName(first)) {
      Emit(a, b, EntityType::kPerson, Strength::kContext, {});
      return;
    }
    // "Halden Capital", "Harrowgate Rovers": a company or club suffix ends the name.
    if (b - a >= 2 && internal::IsOrgSuffix(Word(b - 1))) {
      Emit(a, b, EntityType::kOrg, Strength::kContext, {});
      return;
    }
    bool lone_opener = initial && b - a == 1 && !internal::IsFirstName(first);
    if (lone_opener) {
      // A capitalised sentence opener that is an ordinary word elsewhere in the text, or looks
      // like a verb/adverb form, is not a name ("Speaking at...", "Established in...").
      std::string lower = base::AsciiLower(first);
      if (lower_words_.count(std::string_view(lower)) || EndsWith(lower, "ing") ||
          EndsWith(lower, "ed") || EndsWith(lower, "ly")) {
        return;
      }
    }
    // "Vandermolen said": a person, unless it is a plural opener ("Protesters said").
    bool plural_opener = lone_opener && EndsWith(first, "s") && !EndsWith(first, "ss");
    // Context that says "organisation": "X, a payments company,", "X's customers",
    // "shares in X", "economist at X". Checked before the speech-verb rule: companies speak.
    if (b - a <= 4 && OrgCue(a, b)) {
      Emit(a, b, EntityType::kOrg, Strength::kContext, {});
      return;
    }
    // Strong place context: "the town of X", "X province", "Palu, Indonesia".
    if (b - a <= 4 && PlaceCue(a, b)) {
      Emit(a, b, EntityType::kPlace, Strength::kContext, {});
      return;
    }
    // "Vandermolen said" is a person (a lone surname). An unknown two- or three-word subject of
    // a speech verb is only probably one ("Kestrel Pay said"): the document vote in Resolve lets
    // organisation or place cues elsewhere overrule it.
    if (b - a <= 3 && !plural_opener && (FollowedBySpeechVerb(b) || PrecededBySpeechCue(a))) {
      Emit(a, b, EntityType::kPerson, b - a == 1 ? Strength::kContext : Strength::kSpeech, {});
      return;
    }
    // "in Bologna", "in southern Ostravia": an unknown name after a locative preposition is
    // most likely a place.
    if (!initial && b - a <= 3 && LocativeBefore(a)) {
      Emit(a, b, EntityType::kPlace, Strength::kWeak, {});
      return;
    }
    // "Port Ellwood", "Fenwick Creek": place-shaped names.
    if (b - a >= 2 && b - a <= 4 && PlaceShaped(a, b)) {
      Emit(a, b, EntityType::kPlace, Strength::kWeak, {});
      return;
    }
    // Other lone openers ("Crowds gathered") are kept only if resolved or seen mid-sentence.
    Emit(a, b, EntityType::kMisc, Strength::kWeak, {}, {}, false, lone_opener);
  }

  // After a candidate ending at token j: "(ISIS)" defines an acronym, "/ISIS" an alias.
  void NoteAliasSyntax(size_t j) {
    if (mentions_.empty() || mentions_.back().te != j) return;
    size_t last = mentions_.size() - 1;
    if (j + 2 < tokens_.size() && Word(j) == "(" && IsWordToken(j + 1) &&
        tokens_[j + 1].all_caps && Word(j + 2) == ")") {
      paren_aliases_.push_back({last, std::string(Word(j + 1))});
    }
    if (j + 1 < tokens_.size() && Touching(j) && Word(j) == "/" && Touching(j + 1) &&
        Eligible(j + 1) && mentions_.back().te - mentions_.back().tb == 1) {
      slash_pairs_.push_back({last, tokens_[j + 1].begin});
    }
  }

  void Resolve() {
    // 1. Acronyms defined in parentheses and slash aliases: key -> mention index.
    std::unordered_map<std::string, size_t> doc_alias;
    for (const auto& [idx, acronym] : paren_aliases_) doc_alias.emplace(acronym, idx);
    for (const auto& pair : slash_pairs_) {
      const size_t idx = pair.first;
      const auto begin = pair.second;  // not a structured binding: clang 14 can't capture those
      // The right-hand name is among the next few mentions (a title split may add one).
      auto stop = mentions_.begin() + std::min(mentions_.size(), idx + 4);
      auto it = std::find_if(mentions_.begin() + idx + 1, stop,
                             [&](const Mention& m) { return tokens_[m.tb].begin == begin; });
      if (it == stop) continue;
      Mention& left = mentions_[idx];
      Mention& right = *it;
      if (right.strength == Strength::kLexicon && left.strength != Strength::kLexicon) {
        doc_alias.emplace(left.key, static_cast<size_t>(it - mentions_.begin()));
      } else if (right.strength != Strength::kLexicon) {
        doc_alias.emplace(right.key, idx);
      }
    }
    for (Mention& m : mentions_) {
      if (m.strength == Strength::kLexicon || m.type == EntityType::kPerson) continue;
      auto it = doc_alias.find(m.key);
      if (it == doc_alias.end() || &mentions_[it->second] == &m) continue;
      const Mention& target = mentions_[it->second];
      m.type = target.type == EntityType::kMisc ? EntityType::kOrg : target.type;
      m.canonical = target.canonical;
      m.strength = Strength::kContext;
    }
    // A defined acronym's expansion is an organisation when nothing said otherwise, and the
    // two sides of an alias pair share a type.
    for (const auto& [idx, acronym] : paren_aliases_) {
      if (mentions_[idx].type == EntityType::kMisc && mentions_[idx].strength == Strength::kWeak) {
        mentions_[idx].type = EntityType::kOrg;
      }
    }
    for (Mention& m : mentions_) {
      auto it = doc_alias.find(m.key);
      if (it == doc_alias.end()) continue;
      Mention& target = mentions_[it->second];
      if (target.type == EntityType::kMisc && target.strength != Strength::kLexicon) {
        target.type = m.type;
      }
      if (m.strength != Strength::kLexicon) m.initial = target.initial = false;
    }

    // One name, one type per document: "Palu" after "the provincial capital, Palu" is a place
    // everywhere in the text; "Zorvex Quint said" is an organisation when the text also calls
    // it "a payments company".
    DocumentVote();

    // Relatives share a surname: "Piotr Kowalczyk" next to "Anna Kowalczyk" is a person too.
    std::unordered_set<std::string_view> surnames;
    for (const Mention& m : mentions_) {
      // Full names, and lone names known to be people ("Okonjo said" next to "Marta Okonjo").
      if (m.type == EntityType::kPerson && !m.title_ref) surnames.insert(Word(m.te - 1));
    }
    for (Mention& m : mentions_) {
      if (m.type == EntityType::kMisc && m.strength == Strength::kWeak && m.te - m.tb >= 2 &&
          m.te - m.tb <= 3 && surnames.count(Word(m.te - 1))) {
        m.type = EntityType::kPerson;
        m.strength = Strength::kContext;
      }
    }

    // 2. Surnames: single-word mentions that end an earlier/later full PERSON name.
    std::unordered_map<std::string, std::vector<size_t>> by_surname;  // -> mention indices
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      if (m.type != EntityType::kPerson || m.title_ref || m.te - m.tb < 2) continue;
      size_t last = m.te - 1;
      std::string_view w = Word(last);
      if ((w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" || w == "III") &&
          last > m.tb + 1) {
        --last;
      }
      by_surname[std::string(Word(last))].push_back(i);
    }
    for (size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      if (m.te - m.tb != 1 || m.title_ref || m.strength == Strength::kLexicon) continue;
      auto it = by_surname.find(m.key);
      if (it == by_surname.end()) continue;
      m.initial = false;
      // Nearest full name before the mention, else the first after it.
      const std::vector<size_t>& full = it->second;  // ascending
      auto after = std::upper_bound(full.begin(), full.end(), i);
      size_t chosen = after == full.begin() ? full.front() : *(after - 1);
      m.type = EntityType::kPerson;
      m.canonical = mentions_[chosen].canonical;
      m.strength = Strength::kContext;
    }

    DocumentVote();

    // Short forms of clubs and companies: "Rovers" after "Harrowgate Rovers" (only names whose
    // last word is a company/club suffix, and only when one such name ends in that word).
    std::unordered_map<std::string_view, std::string> short_org;  // "" when ambiguous
    for (const Mention& m : mentions_) {
      if (m.type != EntityType::kOrg || m.te - m.tb < 2 || !internal::IsOrgSuffix(Word(m.te - 1)))
        continue;
      auto [it, inserted] = short_org.emplace(Word(m.te - 1), m.canonical);
      if (!inserted && it->second != m.canonical) it->second.clear();
    }
    for (Mention& m : mentions_) {
      if (m.te - m.tb != 1 || m.title_ref || m.strength == Strength::kLexicon ||
          (m.type == EntityType::kPerson && m.strength >= Strength::kContext)) {
        continue;
      }
      auto it = short_org.find(Word(m.tb));
      if (it == short_org.end() || it->second.empty()) continue;
      m.type = EntityType::kOrg;
      m.canonical = it->second;
      m.strength = Strength::kContext;
      m.initial = false;
    }

    // Lone sentence openers survive only if some mention of them is mid-sentence.
    std::unordered_set<std::string_view> confirmed;
    for (const Mention& m : mentions_) {
      if (!m.initial) confirmed.insert(m.key);
    }
    for (Mention& m : mentions_) {
      if (m.initial && m.strength == Strength::kWeak && !confirmed.count(m.key)) m.canonical.clear();
    }

    // 3. Bare titles resolve to the latest earlier holder of the same title.
    std::unordered_map<std::string, std::string> holder;
    for (Mention& m : mentions_) {
      if (m.title.empty()) continue;
      if (!m.title_ref) {
        holder[m.title] = m.canonical;
        continue;
      }
      auto it = holder.find(m.title);
      if (it != holder.end()) m.canonical = it->second;
      else m.canonical.clear();  // dropped in Output
    }
  }

  // How much a mention's evidence counts in the document vote.
  static int VoteWeight(const Mention& m) {
    switch (m.strength) {
      case Strength::kLexicon:
      case Strength::kContext:
        return 3;
      case Strength::kSpeech:
        return 1;
      case Strength::kWeak:
        return m.type == EntityType::kMisc ? 0 : 1;
    }
    return 0;
  }

  // Mentions with the same canonical name take the type with the most evidence (strong cues
  // count three times a weak guess); lexicon mentions vote but never change. Ties change nothing.
  void DocumentVote() {
    struct Tally {
      int weight[4] = {0, 0, 0, 0};  // indexed by EntityType
    };
    std::unordered_map<std::string_view, Tally> tallies;
    for (const Mention& m : mentions_) {
      if (m.title_ref || m.canonical.empty()) continue;
      tallies[m.canonical].weight[static_cast<int>(m.type)] += VoteWeight(m);
    }
    for (Mention& m : mentions_) {
      if (m.title_ref || m.canonical.empty() || m.strength == Strength::kLexicon) continue;
      auto it = tallies.find(m.canonical);
      if (it == tallies.end()) continue;
      const int* w = it->second.weight;
      int best = -1;
      bool tie = false;
      for (int t = 0; t < 4; ++t) {
        if (static_cast<EntityType>(t) == EntityType::kMisc || w[t] == 0) continue;
        if (best < 0 || w[t] > w[best]) {
          best = t;
          tie = false;
        } else if (w[t] == w[best]) {
          tie = true;
        }
      }
      if (best < 0 || tie || static_cast<int>(m.type) == best) continue;
      if (w[best] <= w[static_cast<int>(m.type)]) continue;
      m.type = static_cast<EntityType>(best);
      if (m.strength == Strength::kWeak) m.strength = Strength::kContext;
      m.initial = false;
    }
  }

  std::vector<EntityMention> Output() const {
    std::vector<EntityMention> out;
    out.reserve(mentions_.size());
    for (const Mention& m : mentions_) {
      if (m.canonical.empty()) continue;
      EntityMention e;
      e.begin = tokens_[m.tb].begin;
      e.end = tokens_[m.te - 1].end;
      e.text = std::string(text_.substr(e.begin, e.end - e.begin));
      e.type = m.type;
      e.entity = m.canonical;
      out.push_back(std::move(e));
    }
    return out;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<bool> starts_;
  std::vector<bool> headline_;
  std::unordered_set<std::string_view> lower_words_;  // words seen in lowercase
  std::vector<Mention> mentions_;
  std::vector<std::pair<size_t, std::string>> paren_aliases_;
  std::vector<std::pair<size_t, uint32_t>> slash_pairs_;
};

}  // namespace

std::vector<EntityMention> FindEntities(std::string_view text, const std::vector<Span>& sentences) {
  if (text.size() >= UINT32_MAX) return {};
  EntityFinder finder(text, sentences);
  return finder.Run();
}

}  // namespace storyline::analyse
