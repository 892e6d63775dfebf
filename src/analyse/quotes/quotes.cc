// Direct quotes: pair quotation marks per paragraph, then attribute each quote to a speaker from
// cue-verb patterns in its sentence ("...," X said / X said: "..." / according to X).
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

constexpr size_t kContextBytes = 300;  // how far around a quote attribution may look
constexpr size_t kMaxNpWords = 7;      // longest unnamed speaker description

enum class Mark { kNone, kCurly, kStraight, kGuillemet };

struct RawQuote {
  size_t open_begin = 0;   // the opening mark
  size_t content_begin = 0;
  size_t content_end = 0;
  size_t close_end = 0;    // after the closing mark (== content_end for a continued quote)
  int chain = -1;          // quotes continued across paragraphs share a chain id
};

bool IsAdverbOrAux(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "also", "has", "had", "have", "later", "then", "once", "again", "recently", "further",
      "earlier", "previously", "reportedly", "would", "will", "had", "publicly", "repeatedly",
      "separately", "just", "simply", "quickly", "firmly", "flatly"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return w.size() > 4 && w.substr(w.size() - 2) == "ly";
}

bool IsDeterminer(std::string_view w) {
  static constexpr std::string_view kDet[] = {
      "a", "an", "the", "one", "another", "two", "three", "four", "several", "some", "many",
      "his", "her", "their", "its", "our", "A", "An", "The", "One", "Another", "Two", "Three",
      "Several", "Some", "Many", "His", "Her", "Their", "Its", "Our"};
  for (std::string_view d : kDet) {
    if (w == d) return true;
  }
  return false;
}

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "He" || w == "She" || w == "They";
}

bool IsPreposition(std::string_view w);

// Attribution verbs beyond the shared speech-verb lexicon that only make sense next to a quote
// ("the letter reads", "Reuters reported", "she yells"). Kept here, not in the lexicon, because
// the entity stage must not treat them as speech verbs.
bool IsQuoteOnlyCue(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "reads", "read", "reported", "reports", "yelled", "yells", "demanded", "demands",
      "sings", "sang", "recounted", "testified", "wondered", "asserted", "retorted", "scoffed",
      "snapped", "mused", "interjected", "called", "calls", "labeled", "labelled", "dubbed",
      "proclaimed", "proclaims", "shouts", "screamed", "wrote", "asking", "noting", "arguing",
      "calling", "declaring", "insisting", "explaining", "warning", "tweeting", "stating"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Heads of unnamed sources beyond the shared lexicon ("the ad's narrator", "the article").
bool IsQuoteOnlySpeakerNoun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "narrator", "nominee", "candidate", "article", "editorial", "ad", "post", "tweet",
      "headline", "message", "note", "notice", "sign", "caption", "filing", "complaint",
      "lawsuit", "suit", "ruling", "order", "study", "survey", "poll", "paper", "newspaper",
      "magazine", "website", "site", "book", "speech", "release", "email", "e-mail",
      "historian", "professor", "chairman", "chairwoman", "chair", "strategist", "widow",
      "pollster", "author", "writer", "reporter", "columnist", "host", "anchor", "moderator",
      "manager", "coach", "founder", "partner", "supporter", "supporters", "opponent",
      "opponents", "official's", "friend", "neighbor", "neighbour", "daughter", "son", "wife",
      "husband", "sister", "brother", "family", "judge", "justice", "congressman",
      "congresswoman", "senators", "governors", "mayors", "rep", "sen", "team"};
  for (std::string_view k : kWords) {
    if (lower == k) return true;
  }
  return internal::IsSpeakerNoun(lower);
}

// Dashes that introduce a trailing attribution ("...” ― Ana Ruiz").
bool IsDashToken(std::string_view p) {
  return p == "\u2014" || p == "\u2015" || p == "\u2013";
}

// Words that end a descriptor noun phrase walking away from the cue.
bool IsClauseWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "and", "but", "or", "that", "which", "who", "whom", "while", "as", "when", "because",
      "if", "after", "before", "said", "says", "told", "is", "was", "are", "were", "be", "to",
      "has", "have", "had", "will", "would", "not"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return IsPreposition(w);
}

// Prepositions that may join two noun phrases inside a descriptor ("a spokesman for the
// commission"), but never end one.
bool IsPreposition(std::string_view w) {
  return w == "of" || w == "for" || w == "at" || w == "from" || w == "with" || w == "in" ||
         w == "on" || w == "by";
}

class QuoteFinder {
 public:
  QuoteFinder(std::string_view text, const std::vector<Span>& sentences,
              const std::vector<EntityMention>& entities)
      : text_(text), sentences_(sentences), entities_(entities) {
    for (size_t i = 0; i < entities_.size(); ++i) {
      by_begin_.emplace(entities_[i].begin, i);
      by_end_[entities_[i].end] = i;
      if (entities_[i].type == EntityType::kPerson) persons_.push_back(i);
      // Two- and three-word names by their last word, for surname speakers.
      const std::string& name = entities_[i].entity;
      size_t spaces = std::count(name.begin(), name.end(), ' ');
      // A name the entity stage left MISC ("Ada Mirren") may still be a pronoun's antecedent.
      if (entities_[i].type == EntityType::kPerson ||
          (entities_[i].type == EntityType::kMisc && spaces >= 1 && spaces <= 2 &&
           PersonShaped(entities_[i].text))) {
        antecedents_.push_back(i);
      }
      // "Said Ruiz" (an inverted cue swallowed into the name) is no full name.
      bool cue_first = name.rfind("Said ", 0) == 0 || name.rfind("Says ", 0) == 0;
      if (entities_[i].type != EntityType::kPlace && spaces >= 1 && spaces <= 2 && !cue_first) {
        full_names_[name.substr(name.rfind(' ') + 1)].push_back(i);
      }
    }
  }

  std::vector<Quote> Run() {
    FindMarks();
    std::vector<Quote> out;
    std::vector<int> out_chain;
    for (size_t qi = 0; qi < raw_.size(); ++qi) {
      const RawQuote& r = raw_[qi];
      // Trim whitespace and a trailing comma/colon that belongs to the attribution.
      size_t b = r.content_begin, e = r.content_end;
      while (b < e && internal::IsSpace(static_cast<unsigned char>(text_[b]))) ++b;
      while (e > b && (internal::IsSpace(static_cast<unsigned char>(text_[e - 1])) ||
                       text_[e - 1] == ',' || text_[e - 1] == ';' || text_[e - 1] == ':')) {
        --e;
      }
      if (b >= e) continue;
      Quote q;
      q.begin = static_cast<uint32_t>(b);
      q.end = static_cast<uint32_t>(e);
      q.text = std::string(text_.substr(b, e - b));
      bool attributed = TranscriptLabel(&q) || Attribute(r, qi, &q);
      if (q.speaker_begin >= 0) speaker_begins_.insert(static_cast<uint32_t>(q.speaker_begin));
      if (!attributed && !out.empty() && WholeSentence(r)) attributed = Inherit(r, out, &q);
      if (!attributed && q.cue.empty() && CountWords(b, e) <= 3 && r.chain < 0) continue;  // scare quotes
      out.push_back(std::move(q));
      out_chain.push_back(r.chain);
    }
    // A quote continued over paragraphs has one speaker: share the first one found.
    std::unordered_map<int, size_t> chain_speaker;  // chain id -> first quote with a speaker
    for (size_t i = 0; i < out.size(); ++i) {
      if (out_chain[i] >= 0 && !out[i].speaker.empty()) chain_speaker.emplace(out_chain[i], i);
    }
    for (size_t i = 0; i < out.size(); ++i) {
      if (out_chain[i] < 0 || !out[i].speaker.empty()) continue;
      auto it = chain_speaker.find(out_chain[i]);
      if (it == chain_speaker.end()) continue;
      const Quote& from = out[it->second];
      out[i].speaker = from.speaker;
      out[i].speaker_begin = from.speaker_begin;
      out[i].speaker_end = from.speaker_end;
    }
    return out;
  }

 private:
  // ---- Pairing marks ------------------------------------------------------------------------

  void FindMarks() {
    const bool wrapped = internal::IsWrappedText(text_);
    // Paragraphs: split at blank lines, and at single line breaks unless lines are hard wraps.
    std::vector<std::pair<size_t, size_t>> paras;
    size_t start = 0;
    for (size_t i = 0; i <= text_.size(); ++i) {
      if (i < text_.size() && text_[i] != '\n') continue;
      bool brk = true;
      if (i < text_.size() && wrapped) {
        size_t j = i + 1;
        while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t' || text_[j] == '\r')) ++j;
        brk = j >= text_.size() || text_[j] == '\n';
      }
      if (!brk) continue;
      if (i > start) paras.push_back({start, i});
      start = i + 1;
    }
    int chain = -1;
    int next_chain = 0;
    for (size_t p = 0; p < paras.size(); ++p) {
      auto [pb, pe] = paras[p];
      Mark open = Mark::kNone;
      bool nested = false;  // the open quote holds an opening mark of the other kind
      size_t open_begin = 0, open_end = 0;
      bool continues = chain >= 0;  // the previous paragraph left a quote open
      size_t i = pb;
      while (i < pe) {
        size_t len = 0;
        char32_t c = internal::PeekCodePoint(text_, i, &len);
        if (i + len > pe) break;
        Mark kind = Mark::kNone;
        bool opening = false, closing = false;
        if (c == U'\u201C' || c == U'\u201E') kind = Mark::kCurly, opening = true;
        else if (c == U'\u201D') kind = Mark::kCurly, closing = true;
        else if (c == U'\u00AB') kind = Mark::kGuillemet, opening = true;
        else if (c == U'\u00BB') kind = Mark::kGuillemet, closing = true;
        else if (c == '"') {
          kind = Mark::kStraight;
          opening = open == Mark::kNone;
          closing = open == Mark::kStraight;
          // Mixed marks (`“...,"`): a straight mark shaped like a closing one (after a
          // non-space, before a space, punctuation or the end) closes a curly quote.
          if (open == Mark::kCurly && !nested && i > pb &&
              !internal::IsSpace(static_cast<unsigned char>(text_[i - 1])) &&
              (i + 1 >= pe || internal::IsSpace(static_cast<unsigned char>(text_[i + 1])) ||
               text_[i + 1] == '.' || text_[i + 1] == ',' || text_[i + 1] == ';')) {
            kind = Mark::kCurly;
            closing = true;
          }
        }
        // And `"...,” said X`: a curly closing mark ends a straight quote.
        // Unless the straight quote holds a curly opening mark (a nested quote).
        if (c == U'\u201D' && open == Mark::kStraight && !nested) kind = Mark::kStraight;
        // A mark of the other kind opening inside the open quote: a nested quote, so mixed
        // closing marks are not trusted until this quote closes.
        if (open != Mark::kNone && !closing &&
            ((open == Mark::kStraight && (c == U'\u201C' || c == U'\u201E')) ||
             (open == Mark::kCurly && c == '"'))) {
          nested = true;
        }
        if (kind != Mark::kNone) {
          if (opening && (open == Mark::kNone || open == kind)) {
            if (open != Mark::kNone) continues = false;  // unbalanced: restart here
            open = kind;
            open_begin = i;
            open_end = i + len;
            nested = false;
          } else if (closing && open == kind) {
            raw_.push_back({open_begin, open_end, i, i + len, continues ? chain : -1});
            open = Mark::kNone;
            continues = false;
            chain = -1;
          }
        }
        i += len;
      }
      if (open == Mark::kNone) {
        chain = -1;
        continue;
      }
      // Left open: a quote only if the next paragraph re-opens it (multi-paragraph quote).
      bool reopened = false;
      if (p + 1 < paras.size()) {
        size_t j = paras[p + 1].first;
        while (j < paras[p + 1].second && internal::IsSpace(static_cast<unsigned char>(text_[j]))) ++j;
        size_t len = 0;
        char32_t c = internal::PeekCodePoint(text_, j, &len);
        reopened = (open == Mark::kCurly && (c == U'\u201C' || c == U'\u201E')) ||
                   (open == Mark::kStraight && c == '"') ||
                   (open == Mark::kGuillemet && c == U'\u00AB');
      }
      if (!reopened) {
        chain = -1;
        continue;
      }
      int id = (continues && chain >= 0) ? chain : next_chain++;
      raw_.push_back({open_begin, open_end, pe, pe, id});
      chain = id;
    }
  }

  // ---- Attribution --------------------------------------------------------------------------

  const Span* SentenceAt(size_t pos) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                               [](size_t p, const Span& s) { return p < s.begin; });
    if (it == sentences_.begin()) return nullptr;
    --it;
    return pos < it->end ? &*it : nullptr;
  }

  size_t CountWords(size_t b, size_t e) const {
    size_t n = 0;
    bool in = false;
    for (size_t i = b; i < e; ++i) {
      bool sp = internal::IsSpace(static_cast<unsigned char>(text_[i]));
      if (!sp && !in) ++n;
      in = !sp;
    }
    return n;
  }

  // True when the quote is (nearly) its own sentence: no words around it in the sentence.
  bool WholeSentence(const RawQuote& r) const {
    const Span* s1 = SentenceAt(r.open_begin);
    const Span* s2 = SentenceAt(r.close_end > 0 ? r.close_end - 1 : 0);
    if (!s1 || !s2) return false;
    return CountWords(s1->begin, r.open_begin) == 0 && CountWords(r.close_end, s2->end) == 0;
  }

  // "Ada Mirren", "Jo-Ann de Wit": every word starts upper case or is a short particle.
  static bool PersonShaped(std::string_view name) {
    size_t i = 0;
    while (i < name.size()) {
      size_t sp = name.find(' ', i);
      if (sp == std::string_view::npos) sp = name.size();
      std::string_view w = name.substr(i, sp - i);
      bool particle = w == "de" || w == "van" || w == "von" || w == "bin" || w == "al";
      if (w.empty() || (!particle && !(w[0] >= 'A' && w[0] <= 'Z'))) return false;
      for (char c : w) {
        if (c >= '0' && c <= '9') return false;
      }
      i = sp + 1;
    }
    return true;
  }

  // Most recent antecedent (PERSON or person-shaped MISC) ending at or before `pos`.
  const EntityMention* AntecedentBefore(size_t pos) const {
    auto it = std::upper_bound(antecedents_.begin(), antecedents_.end(), pos,
                               [&](size_t p, size_t idx) { return p < entities_[idx].end; });
    if (it == antecedents_.begin()) return nullptr;
    return &entities_[*(it - 1)];
  }

  // Most recent PERSON mention ending at or before `pos`.
  const EntityMention* PersonBefore(size_t pos) const {
    auto it = std::upper_bound(persons_.begin(), persons_.end(), pos, [&](size_t p, size_t idx) {
      return p < entities_[idx].end;
    });
    if (it == persons_.begin()) return nullptr;
    return &entities_[*(it - 1)];
  }

  // The cue phrase starting at tokens[k]: number of tokens, 0 when none.
  size_t CueAt(const std::vector<Token>& t, size_t k) const {
    auto w = [&](size_t i) -> std::string_view {
      return i < t.size() && t[i].kind == TokenKind::kWord ? t[i].Text(text_) : std::string_view();
    };
    std::string_view a = w(k);
    if (a.empty()) return 0;
    if ((a == "was" || a == "were" || a == "is" || a == "are") && w(k + 1) == "quoted" &&
        w(k + 2) == "as" && w(k + 3) == "saying") {
      return 4;
    }
    if (a == "quoted" && w(k + 1) == "as" && w(k + 2) == "saying") return 3;
    if (a == "pointed" && w(k + 1) == "out") return 2;
    if (a == "went" && w(k + 1) == "on") return 2;
    if (a == "according" && w(k + 1) == "to") return 2;
    if (!(internal::IsSpeechVerb(a) || IsQuoteOnlyCue(a)) || a == "pointed" || a == "went") {
      return 0;
    }
    if ((a == "said" || a == "says") && w(k + 1) == "in" && (w(k + 2) == "a" || w(k + 2) == "an") &&
        (w(k + 3) == "statement" || w(k + 3) == "interview")) {
      return 4;
    }
    if ((a == "told" || a == "tells") &&
        (w(k + 1) == "reporters" || w(k + 1) == "journalists" || w(k + 1) == "lawmakers")) {
      return 2;
    }
    return 1;
  }

  struct Speaker {
    size_t begin = 0, end = 0;
    std::string name;
  };

  void SetCue(const std::vector<Token>& t, size_t k, size_t n, Quote* q) const {
    q->cue_begin = static_cast<int32_t>(t[k].begin);
    q->cue_end = static_cast<int32_t>(t[k + n - 1].end);
    q->cue = std::string(text_.substr(t[k].begin, t[k + n - 1].end - t[k].begin));
  }

  // A one-word speaker ("Marrow said") whose entity is still just that word is a surname:
  // the nearest earlier two- or three-word mention ending in it names the speaker (else the
  // first later one), whatever type the entity stage gave that full name ("Ilka Marrow, the
  // regulator's chief" may have stayed MISC).
  std::string ResolveSurname(const EntityMention& m) const {
    if (m.entity != m.text || m.text.find(' ') != std::string::npos ||
        m.type == EntityType::kPlace) {
      return m.entity;
    }
    auto it = full_names_.find(m.text);
    if (it == full_names_.end()) return m.entity;
    const std::vector<size_t>& full = it->second;  // ascending entity indices, text order
    auto after = std::upper_bound(full.begin(), full.end(), m.begin,
                                  [&](size_t pos, size_t idx) { return pos < entities_[idx].begin; });
    return entities_[after == full.begin() ? full.front() : *(after - 1)].entity;
  }

  Speaker FromMention(const EntityMention& m) const { return {m.begin, m.end, ResolveSurname(m)}; }

  void SetSpeaker(const Speaker& s, Quote* q) const {
    q->speaker = s.name;
    q->speaker_begin = static_cast<int32_t>(s.begin);
    q->speaker_end = static_cast<int32_t>(s.end);
  }

  // A person mention that is likely a clause subject: an earlier quote's speaker, named
  // within the first few words of its sentence ("Dunmore coach Ana Ruiz said..."), or next to
  // a speech verb ("..., Ruiz said." / "said Dr. Ana Ruiz").
  bool Salient(const EntityMention& m) const {
    if (speaker_begins_.count(m.begin)) return true;
    const Span* s = SentenceAt(m.begin);
    if (!s) return false;
    // Bounded windows keep this linear on huge unpunctuated "sentences".
    size_t from = std::max<size_t>(s->begin, m.begin > kContextBytes ? m.begin - kContextBytes : 0);
    std::vector<Token> before = internal::Tokenize(text_, from, m.begin);
    size_t words = 0;
    for (const Token& t : before) words += t.kind != TokenKind::kPunct;
    if (from == s->begin && words <= 3) return true;
    for (size_t k = before.size(), n = 0; k-- > 0 && n < 3; ++n) {  // "said Dr. X"
      if (internal::IsSpeechVerb(before[k].Text(text_))) return true;
    }
    if (m.end >= s->end) return false;  // a mention running past its sentence
    std::vector<Token> after = internal::Tokenize(text_, m.end, std::min(s->end, m.end + 40));
    for (const Token& t : after) {
      std::string_view w = t.Text(text_);
      if (t.kind == TokenKind::kPunct || !IsAdverbOrAux(w)) return internal::IsSpeechVerb(w);
    }
    return false;
  }

  // Pronoun -> the most recent salient PERSON before both the pronoun and the quote (a person
  // only named as an object, "questioned the decision to book Mensah", is passed over), else
  // the most recent PERSON. No gender model.
  bool ResolvePronoun(const Token& tok, size_t quote_begin, Speaker* out) const {
    size_t pos = std::min<size_t>(tok.begin, quote_begin);
    const EntityMention* p = PersonBefore(pos);
    const EntityMention* pick = p;
    // A salient antecedent wins; a MISC one only when salient (it may be a film title).
    const EntityMention* c = AntecedentBefore(pos);
    for (int n = 0; c && n < 4 && c->end + 4 * kContextBytes >= pos; ++n) {
      if (Salient(*c)) {
        pick = c;
        break;
      }
      c = c->begin > 0 ? AntecedentBefore(c->begin) : nullptr;
    }
    if (!pick) return false;
    *out = {tok.begin, tok.end, pick->entity};
    return true;
  }

  // t[k] is the apostrophe of a split-off possessive ("ad", "’", "s").
  bool PossessiveAt(const std::vector<Token>& t, size_t k) const {
    if (k + 1 >= t.size() || t[k + 1].Text(text_) != "s" || t[k + 1].space_before) return false;
    std::string_view a = t[k].Text(text_);
    return a == "'" || a == "\u2019";
  }

  // Index of the closing token of a parenthesis or appositive opening at t[k] ("(R-Ohio)",
  // ", the former governor of the state,"), or t.size() when t[k] opens none. An appositive runs
  // to the next comma within kMaxAppositive tokens, and must not cross a quotation mark or a
  // sentence end (a period after a short abbreviation such as "Ky." or "Jr." is allowed).
  size_t AppositiveEnd(const std::vector<Token>& t, size_t k) const {
    constexpr size_t kMaxAppositive = 30;
    if (k >= t.size()) return t.size();
    std::string_view o = t[k].Text(text_);
    if (o == "(") {
      for (size_t c = k + 1; c < t.size() && c <= k + 8; ++c) {
        if (t[c].Text(text_) == ")") return c;
      }
      return t.size();
    }
    if (o != ",") return t.size();
    for (size_t c = k + 1; c < t.size() && c <= k + kMaxAppositive; ++c) {
      std::string_view w = t[c].Text(text_);
      if (w == ",") return c > k + 1 ? c : t.size();
      if (w == "\"" || w == "\u201C" || w == "\u201D" || w == ";" || w == ":" || w == "!" ||
          w == "?" || IsDashToken(w)) {
        return t.size();
      }
      if (w == "." && !(c > k + 1 && t[c - 1].kind == TokenKind::kWord &&
                        t[c - 1].end - t[c - 1].begin <= 4 && t[c - 1].upper_initial)) {
        return t.size();
      }
      // A speech verb ends the appositive, unless a determiner makes it a noun ("one of the
      // states suing", "the claims").
      if (t[c].kind == TokenKind::kWord && internal::IsSpeechVerb(w) &&
          !IsDeterminer(t[c - 1].Text(text_))) {
        return t.size();
      }
    }
    return t.size();
  }

  // Skips up to four parentheses/appositives starting at t[k]; returns the next token index.
  // Appositives may share a comma (", the treasurer of Wexland, one of the counties suing,").
  size_t SkipAppositives(const std::vector<Token>& t, size_t k) const {
    for (int n = 0; n < 4 && k < t.size(); ++n) {
      size_t c = AppositiveEnd(t, k);
      if (c >= t.size()) break;
      if (t[c].Text(text_) == "," && AppositiveEnd(t, c) < t.size()) {
        k = c;
        continue;
      }
      k = c + 1;
    }
    return k;
  }

  // Index of the opening token of a parenthesis or appositive closing at t[k] (")" or ","),
  // walking back, not below floor; t.size() when none.
  size_t AppositiveBegin(const std::vector<Token>& t, size_t k, size_t floor) const {
    if (k >= t.size() || k <= floor) return t.size();
    std::string_view c = t[k].Text(text_);
    if (c != ")" && c != ",") return t.size();
    for (size_t o = k; o-- > floor && o + 30 >= k;) {
      std::string_view w = t[o].Text(text_);
      if (c == ")" && w == "(") return o;
      if (c == "," && w == ",") return AppositiveEnd(t, o) == k ? o : t.size();
      if (c == ")" && w == ")") return t.size();
    }
    return t.size();
  }

  // A descriptor noun phrase t[b, e) such as "a defense official": valid when its last word is
  // a speaker noun or it opens with a determiner.
  bool Descriptor(const std::vector<Token>& t, size_t b, size_t e, Speaker* out) const {
    if (b >= e || e - b > kMaxNpWords) return false;
    for (size_t k = b; k < e; ++k) {
      if (t[k].kind == TokenKind::kPunct) {
        if (PossessiveAt(t, k) && k > b) continue;  // "the ad's narrator"
        return false;
      }
      std::string_view w = t[k].Text(text_);
      if (k > b && IsClauseWord(w) && !(IsPreposition(w) && k + 1 < e)) return false;
    }
    std::string head = base::AsciiLower(t[e - 1].Text(text_));
    if (!IsQuoteOnlySpeakerNoun(head) && !IsDeterminer(t[b].Text(text_))) return false;
    if (IsDeterminer(t[e - 1].Text(text_)) || IsPronoun(t[e - 1].Text(text_))) return false;
    out->begin = t[b].begin;
    out->end = t[e - 1].end;
    out->name = std::string(text_.substr(out->begin, out->end - out->begin));
    return true;
  }

  // Speaker ending at token p (inclusive), walking back from a cue.
  bool SpeakerEndingAt(const std::vector<Token>& t, size_t p, size_t floor, size_t quote_begin,
                       Speaker* out) const {
    // "Ana Ruiz (D-Ore.), the panel's chair, said": step back over the appositives.
    for (int n = 0; n < 4 && p > floor; ++n) {
      size_t o = AppositiveBegin(t, p, floor);
      if (o >= t.size() || o == floor) break;
      bool chained = t[o].Text(text_) == "," && AppositiveBegin(t, o, floor) < t.size();
      p = chained ? o : o - 1;
    }
    auto e = by_end_.find(t[p].end);
    if (e != by_end_.end()) {
      *out = FromMention(entities_[e->second]);
      return true;
    }
    if (IsPronoun(t[p].Text(text_))) return ResolvePronoun(t[p], quote_begin, out);
    // Descriptor: walk back to a determiner or a clause boundary.
    size_t b = p;
    for (size_t n = 0; n < kMaxNpWords; ++n) {
      if (IsDeterminer(t[b].Text(text_))) {
        // "a spokesman for the commission": continue over a preposition to the head phrase.
        if (b >= floor + 2 && IsPreposition(t[b - 1].Text(text_)) &&
            t[b - 2].kind == TokenKind::kWord && !IsClauseWord(t[b - 2].Text(text_))) {
          b -= 2;
          continue;
        }
        break;
      }
      if (b >= floor + 2 && PossessiveAt(t, b - 1) && t[b].Text(text_) == "s") {
        b -= 2;  // "the ad's narrator": step over the split-off possessive
        continue;
      }
      if (b == floor || t[b - 1].kind == TokenKind::kPunct || IsClauseWord(t[b - 1].Text(text_))) break;
      --b;
    }
    return Descriptor(t, b, p + 1, out);
  }

  // Speaker starting at token f, walking forward after a cue ("said Smith", "said a source").
  bool SpeakerStartingAt(const std::vector<Token>& t, size_t f, size_t quote_begin,
                         Speaker* out) const {
    if (f >= t.size()) return false;
    // An entity mention, possibly after "the" and title words ("said Mayor Ingrid Solberg").
    for (size_t g = f; g < t.size() && g < f + 7; ++g) {
      if (t[g].kind != TokenKind::kWord) {
        // "said 9/11 widow Ana Ruiz": a slash inside a number is part of a role word.
        if (t[g].kind == TokenKind::kNumber && g + 1 < t.size() && t[g + 1].Text(text_) == "/" &&
            !t[g + 1].space_before) {
          continue;
        }
        if (g > f && t[g].Text(text_) == "/" && !t[g].space_before) continue;
        if (g > f && t[g].kind == TokenKind::kNumber && t[g - 1].Text(text_) == "/") continue;
        break;
      }
      auto m = by_begin_.find(t[g].begin);
      if (m != by_begin_.end()) {
        *out = FromMention(entities_[m->second]);
        return true;
      }
      std::string_view w = t[g].Text(text_);
      // Lower-case role words may precede the name ("said port director Ana Ruiz"), but not a
      // description of its own ("said a spokesman for Acme": that phrase is the speaker).
      if (!t[g].upper_initial && !(g == f && w == "the") &&
          (IsDeterminer(w) || IsClauseWord(w) || IsPronoun(w))) {
        break;
      }
    }
    if (IsPronoun(t[f].Text(text_))) return ResolvePronoun(t[f], quote_begin, out);
    size_t e = f;
    while (e < t.size() && e - f < kMaxNpWords && t[e].kind != TokenKind::kPunct &&
           !(e > f && IsClauseWord(t[e].Text(text_)))) {
      ++e;
    }
    // Longest valid phrase ending at a speaker noun, else a determiner phrase.
    for (size_t end = e; end > f; --end) {
      std::string head = base::AsciiLower(t[end - 1].Text(text_));
      if (IsQuoteOnlySpeakerNoun(head) && Descriptor(t, f, end, out)) return true;
    }
    return IsDeterminer(t[f].Text(text_)) && Descriptor(t, f, e, out);
  }

  // Index of the token ending at byte `end` at or after token k, or t.size().
  static size_t TokenEndingAt(const std::vector<Token>& t, size_t k, size_t end) {
    while (k < t.size() && t[k].end < end) ++k;
    return k < t.size() && t[k].end == end ? k : t.size();
  }

  // `[role words] Name [, appositive,] [adverbs] cue` starting at token f (a clause opening):
  // the entity mention that the cue follows is the speaker. Role and place words before the
  // name ("Harbour City council spokesperson", "club captain") are not clause words, at most
  // kMaxNpWords of them; the appositive (", 52,", ", the agency's director,") ends at the next
  // comma within a dozen tokens.
  bool NamedSpeakerThenCue(const std::vector<Token>& t, size_t f, Quote* q) const {
    for (size_t g = f; g < t.size() && g <= f + kMaxNpWords; ++g) {
      if (t[g].kind == TokenKind::kPunct) return false;
      std::string_view w = t[g].Text(text_);
      if (g > f && (IsClauseWord(w) || internal::IsSpeechVerb(w))) return false;
      auto m = by_begin_.find(t[g].begin);
      if (m == by_begin_.end()) continue;
      const EntityMention& e = entities_[m->second];
      if (e.type == EntityType::kPlace) continue;  // "Brookfield Mayor Ana Ruiz"
      size_t last = TokenEndingAt(t, g, e.end);
      if (last >= t.size()) return false;
      // Parenthesised tags and appositives: "Sen. Ana Ruiz (D-Ore.)", "Ruiz, 52, a former
      // governor of the state who ran in 2012,".
      size_t k = SkipAppositives(t, last + 1);
      if (k == last + 1 && k < t.size() && (t[k].Text(text_) == "," || t[k].Text(text_) == "(")) {
        g = last;
        continue;
      }
      while (k < t.size() && t[k].kind == TokenKind::kWord && IsAdverbOrAux(t[k].Text(text_))) ++k;
      size_t n = CueAt(t, k);
      if (n == 0 || t[k].Text(text_) == "according") {
        g = last;  // "Rovers manager ...": the club is not the speaker; try the next name
        continue;
      }
      SetCue(t, k, n, q);
      SetSpeaker(FromMention(e), q);
      return true;
    }
    return false;
  }

  // The name after an attribution dash: an entity mention, else a run of one to five
  // capitalised words ("Ana B. Ruiz") ending the line or followed by punctuation.
  bool DashSpeaker(const std::vector<Token>& t, size_t f, Speaker* out) const {
    auto m = by_begin_.find(t[f].begin);
    if (m != by_begin_.end() && entities_[m->second].type != EntityType::kPlace) {
      *out = FromMention(entities_[m->second]);
      return true;
    }
    size_t e = f;
    while (e < t.size() && e < f + 5 && t[e].kind == TokenKind::kWord && t[e].upper_initial &&
           (e == f || !t[e].newline_before)) {
      ++e;
    }
    if (e == f || (e < t.size() && t[e].kind == TokenKind::kWord && !t[e].newline_before)) {
      return false;
    }
    if (e - f == 1 && IsPronoun(t[f].Text(text_))) return false;
    out->begin = t[f].begin;
    out->end = t[e - 1].end;
    out->name = std::string(text_.substr(out->begin, out->end - out->begin));
    return true;
  }

  // The subject of the clause that the cue t[cue] belongs to, when t[0] opens a sentence:
  // a leading pronoun, named mention (after role words) or determiner description, possibly
  // after a short introductory phrase ("In a statement, Ruiz said"). Nothing when another
  // speech verb comes between, as then the clause is someone else's.
  bool ClauseSubject(const std::vector<Token>& t, size_t cue, size_t quote_begin,
                     Speaker* out) const {
    if (t.empty() || cue == 0) return false;
    const Span* s = SentenceAt(t[0].begin);
    if (!s) return false;
    size_t first = 0;
    while (first < cue && t[first].kind == TokenKind::kPunct) ++first;
    if (first >= cue || CountWords(s->begin, t[first].begin) != 0) return false;
    std::vector<size_t> starts = {first};
    for (size_t c = first + 1; c < cue && c <= first + 14; ++c) {
      if (t[c].Text(text_) == ",") {
        starts.push_back(c + 1);
        break;
      }
    }
    for (size_t st : starts) {
      if (st >= cue) continue;
      if (IsPronoun(t[st].Text(text_))) return ResolvePronoun(t[st], quote_begin, out);
      for (size_t g = st; g < cue && g <= st + kMaxNpWords; ++g) {
        if (t[g].kind == TokenKind::kPunct) {
          if (g > st && PossessiveAt(t, g)) {  // "The mill's owner Ana Ruiz"
            ++g;
            continue;
          }
          break;
        }
        std::string_view w = t[g].Text(text_);
        if (g > st && (IsClauseWord(w) || internal::IsSpeechVerb(w))) break;
        auto m = by_begin_.find(t[g].begin);
        if (m == by_begin_.end()) continue;
        const EntityMention& e = entities_[m->second];
        if (e.type == EntityType::kPlace) continue;
        if (e.end > t[cue].begin) break;
        size_t last = TokenEndingAt(t, g, e.end);
        if (last >= t.size()) break;
        // "Ruiz's campaign manager Ana Brel said ...": a possessor is not the subject.
        if (PossessiveAt(t, last + 1)) {
          g = last + 2;
          continue;
        }
        // No other speech verb between the subject and the cue, except the subject's own
        // ("Ruiz said as much on Monday, arguing that ..."): else the clause is someone else's.
        size_t k = last + 1;
        while (k < cue && t[k].kind == TokenKind::kWord && IsAdverbOrAux(t[k].Text(text_))) ++k;
        if (k < cue && CueAt(t, k) > 0) ++k;
        for (; k < cue; ++k) {
          if (t[k].kind == TokenKind::kWord && internal::IsSpeechVerb(t[k].Text(text_))) return false;
        }
        *out = FromMention(e);
        return true;
      }
      if (IsDeterminer(t[st].Text(text_))) {
        for (size_t e = std::min(cue, st + kMaxNpWords); e > st + 1; --e) {
          std::string head = base::AsciiLower(t[e - 1].Text(text_));
          if (IsQuoteOnlySpeakerNoun(head) && Descriptor(t, st, e, out)) return true;
        }
      }
    }
    return false;
  }

  // Transcript style inside the quote: `"WALLACE: Let's start..."` -> speaker WALLACE, and the
  // quote starts after the colon. The label is one to four all-capitals words, or a PERSON.
  bool TranscriptLabel(Quote* q) const {
    // Only the first words matter; cut on a code point boundary (Tokenize needs one).
    size_t lim = std::min<size_t>(q->end, q->begin + 80);
    while (lim > q->begin && lim < q->end &&
           (static_cast<unsigned char>(text_[lim]) & 0xC0) == 0x80) {
      --lim;
    }
    std::vector<Token> t = internal::Tokenize(text_, q->begin, lim);
    size_t n = 0;
    bool caps = true;
    while (n < t.size() && n < 4 && t[n].kind == TokenKind::kWord) {
      caps = caps && t[n].all_caps;
      ++n;
    }
    if (n == 0 || n >= t.size() || t[n].Text(text_) != ":" || t[n].space_before) return false;
    auto m = by_begin_.find(t[0].begin);
    bool person = m != by_begin_.end() && entities_[m->second].type == EntityType::kPerson &&
                  entities_[m->second].end == t[n - 1].end;
    if (!caps && !person) return false;
    size_t b = t[n].end;
    while (b < q->end && internal::IsSpace(static_cast<unsigned char>(text_[b]))) ++b;
    if (b >= q->end) return false;
    Speaker s;
    if (person) {
      s = FromMention(entities_[m->second]);
    } else {
      s = {t[0].begin, t[n - 1].end, std::string(text_.substr(t[0].begin, t[n - 1].end - t[0].begin))};
    }
    SetSpeaker(s, q);
    q->cue_begin = static_cast<int32_t>(t[n].begin);
    q->cue_end = static_cast<int32_t>(t[n].end);
    q->cue = ":";
    q->begin = static_cast<uint32_t>(b);
    q->text = std::string(text_.substr(b, q->end - b));
    return true;
  }

  bool Attribute(const RawQuote& r, size_t qi, Quote* q) const {
    const Span* s1 = SentenceAt(r.open_begin);
    const Span* s2 = SentenceAt(r.close_end > 0 ? r.close_end - 1 : 0);
    size_t sb = s1 ? s1->begin : r.open_begin;
    size_t se = s2 ? s2->end : r.close_end;
    sb = std::max(sb, r.open_begin > kContextBytes ? r.open_begin - kContextBytes : 0);
    se = std::min(se, r.close_end + kContextBytes);
    // Do not look into neighbouring quotes.
    if (qi > 0 && raw_[qi - 1].close_end <= r.open_begin) sb = std::max(sb, raw_[qi - 1].close_end);
    if (qi + 1 < raw_.size() && raw_[qi + 1].open_begin >= r.close_end) {
      se = std::min(se, raw_[qi + 1].open_begin);
    }
    se = std::max(se, r.close_end);
    sb = std::min(sb, r.open_begin);

    // After the quote: `,” X said` / `,” said X` / `,” a source was quoted as saying`.
    std::vector<Token> after = internal::Tokenize(text_, r.close_end, se);
    size_t f = 0;
    size_t dash = after.size();
    while (f < after.size() && after[f].kind == TokenKind::kPunct) {
      std::string_view p = after[f].Text(text_);
      if (p == "." || p == "!" || p == "?") break;  // the sentence ended: nothing attaches
      if (IsDashToken(p) || (p == "-" && f + 1 < after.size() && after[f + 1].Text(text_) == "-")) {
        if (dash == after.size()) dash = f;
      }
      ++f;
    }
    // `“...” for dumping, she said`: the quote's sentence goes on for a few words before the
    // attribution; look after that comma instead.
    if (f < after.size() && after[f].kind != TokenKind::kPunct && CueAt(after, f) == 0 &&
        dash == after.size()) {
      size_t c = f;
      while (c < after.size() && c < f + 7 && after[c].kind == TokenKind::kWord &&
             !internal::IsSpeechVerb(after[c].Text(text_)) && !by_begin_.count(after[c].begin)) {
        ++c;
      }
      if (c > f && c + 1 < after.size() && after[c].Text(text_) == "," &&
          after[c + 1].kind == TokenKind::kWord) {
        size_t g = c + 1;
        bool cue_near = false;
        for (size_t k = g; k < after.size() && k <= g + 3; ++k) cue_near = cue_near || CueAt(after, k) > 0;
        if (cue_near && (IsPronoun(after[g].Text(text_)) || by_begin_.count(after[g].begin))) f = g;
      }
    }
    if (f < after.size() && after[f].kind != TokenKind::kPunct) {
      Speaker s;
      if (size_t n = CueAt(after, f); n > 0) {
        SetCue(after, f, n, q);
        if (SpeakerStartingAt(after, f + n, r.open_begin, &s)) SetSpeaker(s, q);
        return true;
      }
      // A named speaker, possibly after role words and before an appositive:
      // `,” Brookfield Mayor Ana Ruiz said`, `,” Ruiz, 52, told reporters`.
      if (NamedSpeakerThenCue(after, f, q)) return true;
      // Dash attribution: `...” ― Ana Ruiz, a nurse`.
      if (dash < f && !after[f].newline_before && DashSpeaker(after, f, &s)) {
        q->cue_begin = static_cast<int32_t>(after[dash].begin);
        q->cue_end = static_cast<int32_t>(after[dash].end);
        q->cue = std::string(after[dash].Text(text_));
        SetSpeaker(s, q);
        return true;
      }
      // Speaker first: find the cue within the next few words.
      for (size_t c = f + 1; c < after.size() && c <= f + kMaxNpWords + 2; ++c) {
        if (after[c].kind == TokenKind::kPunct) {
          if (PossessiveAt(after, c)) continue;  // "the ad's narrator says"
          break;
        }
        size_t n = CueAt(after, c);
        if (n == 0) continue;
        size_t p = c - 1;
        while (p > f && IsAdverbOrAux(after[p].Text(text_))) --p;
        bool found = SpeakerEndingAt(after, p, f, r.open_begin, &s);
        // The speaker must open the clause, possibly after an article ("the Secretary said").
        bool at_start = found && (s.begin == after[f].begin ||
                                  (f + 1 < after.size() && s.begin == after[f + 1].begin &&
                                   IsDeterminer(after[f].Text(text_))));
        bool pronoun = IsPronoun(after[f].Text(text_)) && p == f;
        if (at_start || pronoun) {
          // An unresolvable pronoun still marks the quote as attributed speech.
          SetCue(after, c, n, q);
          if (at_start) SetSpeaker(s, q);
          return true;
        }
        break;
      }
    }

    // Before the quote: `X said: “...”`, `X described it as “...”`.
    std::vector<Token> before = internal::Tokenize(text_, sb, r.open_begin);
    if (InvertedSaid(before, r.open_begin, q)) return true;
    for (size_t k = before.size(); k-- > 0;) {
      size_t n = 0, start = k;
      for (size_t back = std::min<size_t>(3, k) + 1; back-- > 0 && n == 0;) {
        size_t cand = CueAt(before, k - back);
        if (cand > back) {
          n = cand;
          start = k - back;
        }
      }
      if (n == 0) continue;
      std::string_view cue_word = before[start].Text(text_);
      Speaker s;
      if (cue_word == "according") {
        if (SpeakerStartingAt(before, start + n, r.open_begin, &s)) {
          SetCue(before, start, n, q);
          SetSpeaker(s, q);
          return true;
        }
        continue;
      }
      SetCue(before, start, n, q);
      if (start > 0) {
        size_t p = start - 1;
        while (p > 0 && IsAdverbOrAux(before[p].Text(text_))) --p;
        if (SpeakerEndingAt(before, p, 0, r.open_begin, &s)) {
          SetSpeaker(s, q);
          return true;
        }
      }
      // A participle after an attribution: `..., Ruiz said, adding later, “...”` -> Ruiz.
      if (start >= 2 && before[start - 1].Text(text_) == ",") {
        size_t c = start - 2;
        for (size_t cb = c + 1; cb-- > 0 && cb + 3 > c;) {
          size_t n2 = CueAt(before, cb);
          if (n2 == 0 || cb + n2 - 1 != c) continue;
          if (cb > 0) {
            size_t p = cb - 1;
            while (p > 0 && IsAdverbOrAux(before[p].Text(text_))) --p;
            if (SpeakerEndingAt(before, p, 0, r.open_begin, &s)) {
              SetSpeaker(s, q);
              return true;
            }
          }
          break;
        }
      }
      // Inverted order at a clause start: `Said Ana Ruiz: “...”`.
      if ((start == 0 || before[start - 1].kind == TokenKind::kPunct) &&
          SpeakerStartingAt(before, start + n, r.open_begin, &s) &&
          s.end <= (start + n + 6 < before.size() ? before[start + n + 6].begin : r.open_begin)) {
        SetSpeaker(s, q);
        return true;
      }
      // Participle or far cue: `Ruiz attacked the plan on Tuesday, saying, “...”` -> the
      // subject of the clause.
      if (ClauseSubject(before, start, r.open_begin, &s)) SetSpeaker(s, q);
      return true;
    }
    // `according to X` after the quote, beyond the first words.
    for (size_t k = 0; k + 1 < after.size(); ++k) {
      if (after[k].Text(text_) == "." ) break;
      if (CueAt(after, k) == 2 && after[k].Text(text_) == "according") {
        Speaker s;
        if (SpeakerStartingAt(after, k + 2, r.open_begin, &s)) {
          SetCue(after, k, 2, q);
          SetSpeaker(s, q);
          return true;
        }
      }
    }
    // The quote ended its sentence and the attribution opens the next one, which the splitter
    // cut off: `“… in the valley.” Ana Ruiz, the treasurer, said at a hearing.` or
    // `“….” said Ana Ruiz.`
    if (NextSentenceAttribution(r, qi, q)) return true;
    // A whole-sentence quote followed by a short "Smith said." sentence.
    if (WholeSentence(r) && s2 && s2->end < text_.size()) {
      size_t nb = s2->end;
      while (nb < text_.size() && internal::IsSpace(static_cast<unsigned char>(text_[nb]))) ++nb;
      const Span* next = nb < text_.size() ? SentenceAt(nb) : nullptr;
      if (next && CountWords(next->begin, next->end) <= kMaxNpWords + 2) {
        std::vector<Token> nt = internal::Tokenize(text_, next->begin, next->end);
        for (size_t c = 1; c < nt.size() && c <= kMaxNpWords + 1; ++c) {
          if (nt[c].kind == TokenKind::kPunct) break;
          size_t n = CueAt(nt, c);
          if (n == 0 || nt[c].Text(text_) == "according") continue;
          size_t p = c - 1;
          while (p > 0 && IsAdverbOrAux(nt[p].Text(text_))) --p;
          Speaker s;
          if (SpeakerEndingAt(nt, p, 0, r.open_begin, &s)) {
            SetCue(nt, c, n, q);
            SetSpeaker(s, q);
            return true;
          }
          break;
        }
      }
    }
    // A whole-sentence quote after "X said:" in the previous sentence.
    if (WholeSentence(r) && s1) {
      const Span* prev = s1->begin > 0 ? SentenceAt(PrevNonSpace(s1->begin)) : nullptr;
      if (prev && prev->end > prev->begin && text_[prev->end - 1] == ':') {
        std::vector<Token> pt = internal::Tokenize(text_, prev->begin, prev->end);
        for (size_t k = pt.size(); k-- > 0;) {
          size_t n = CueAt(pt, k);
          if (n == 0) continue;
          SetCue(pt, k, n, q);
          Speaker s;
          if (k > 0) {
            size_t p = k - 1;
            while (p > 0 && IsAdverbOrAux(pt[p].Text(text_))) --p;
            if (SpeakerEndingAt(pt, p, 0, r.open_begin, &s)) SetSpeaker(s, q);
          }
          return true;
        }
      }
    }
    return false;
  }

  // `Said Ana Ruiz: “...”` / `Says the mayor: “...”` at a sentence start. The entity stage may
  // have swallowed the capitalised cue into the name ("Said Ruiz" as one mention): the speaker
  // is then the mention without it.
  bool InvertedSaid(const std::vector<Token>& t, size_t quote_begin, Quote* q) const {
    if (t.size() < 3 || t.back().Text(text_) != ":") return false;
    size_t k = t.size() >= 10 ? t.size() - 10 : 0;
    for (; k + 2 < t.size(); ++k) {
      std::string_view w = t[k].Text(text_);
      if (w != "Said" && w != "Says") continue;
      if (k > 0 && !(t[k - 1].kind == TokenKind::kPunct && t[k - 1].Text(text_) != ",")) continue;
      Speaker s;
      auto m = by_begin_.find(t[k].begin);
      if (m != by_begin_.end() && entities_[m->second].end > t[k].end) {
        const EntityMention& e = entities_[m->second];
        EntityMention rest;
        rest.begin = t[k + 1].begin;
        rest.end = e.end;
        rest.text = std::string(text_.substr(rest.begin, rest.end - rest.begin));
        rest.entity = rest.text;
        rest.type = EntityType::kPerson;
        s = FromMention(rest);
      } else if (!SpeakerStartingAt(t, k + 1, quote_begin, &s)) {
        return false;
      }
      // The speaker must run up to the colon.
      if (s.end != t[t.size() - 2].end) return false;
      SetCue(t, k, 1, q);
      SetSpeaker(s, q);
      return true;
    }
    return false;
  }

  // True when a cue right after t[k, k+n) ends the attribution: the sentence ends, or only a
  // time or place phrase follows ("said at a hearing", "added Friday"), not a clause of its own.
  bool CueEndsAttribution(const std::vector<Token>& t, size_t k) const {
    if (k >= t.size() || t[k].kind == TokenKind::kPunct) return true;
    std::string_view w = t[k].Text(text_);
    static constexpr std::string_view kWords[] = {
        "as", "during", "after", "before", "via", "to", "last", "this", "earlier", "later",
        "today", "yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};
    for (std::string_view x : kWords) {
      if (w == x) return true;
    }
    return IsPreposition(w);
  }

  bool NextSentenceAttribution(const RawQuote& r, size_t qi, Quote* q) const {
    if (r.content_end == 0 || r.close_end == r.content_end) return false;
    size_t last = r.content_end;
    while (last > r.content_begin && internal::IsSpace(static_cast<unsigned char>(text_[last - 1]))) --last;
    if (last == r.content_begin) return false;
    char c = text_[last - 1];
    if (c != '.' && c != '!' && c != '?') return false;
    size_t nb = r.close_end;
    while (nb < text_.size() && (text_[nb] == ' ' || text_[nb] == '\t')) ++nb;
    if (nb >= text_.size() || text_[nb] == '\n' || text_[nb] == '\r') return false;
    const Span* next = SentenceAt(nb);
    size_t ne = next ? next->end : nb;
    ne = std::min(ne, nb + kContextBytes);
    if (qi + 1 < raw_.size() && raw_[qi + 1].open_begin >= nb) ne = std::min(ne, raw_[qi + 1].open_begin);
    if (ne <= nb) return false;
    std::vector<Token> nt = internal::Tokenize(text_, nb, ne);
    if (nt.empty() || nt[0].kind != TokenKind::kWord) return false;
    Speaker s;
    if (size_t n = CueAt(nt, 0); n > 0 && !nt[0].upper_initial) {
      if (!SpeakerStartingAt(nt, n, r.open_begin, &s)) return false;
      SetCue(nt, 0, n, q);
      SetSpeaker(s, q);
      return true;
    }
    Quote trial = *q;
    if (!NamedSpeakerThenCue(nt, 0, &trial)) return false;
    size_t k = 0;
    while (k < nt.size() && nt[k].end != static_cast<size_t>(trial.cue_end)) ++k;
    if (k >= nt.size() || !CueEndsAttribution(nt, k + 1)) return false;
    *q = std::move(trial);
    return true;
  }

  size_t PrevNonSpace(size_t pos) const {
    while (pos > 0 && internal::IsSpace(static_cast<unsigned char>(text_[pos - 1]))) --pos;
    return pos > 0 ? pos - 1 : 0;
  }

  // A whole-sentence quote right after an attributed quote continues that speaker.
  bool Inherit(const RawQuote& r, const std::vector<Quote>& done, Quote* q) const {
    const Quote& prev = done.back();
    if (prev.speaker.empty()) return false;
    const Span* s1 = SentenceAt(r.open_begin);
    if (!s1 || s1->begin == 0) return false;
    const Span* ps = SentenceAt(PrevNonSpace(s1->begin));
    if (!ps || prev.end < ps->begin || prev.end > ps->end) return false;
    q->speaker = prev.speaker;
    q->speaker_begin = prev.speaker_begin;
    q->speaker_end = prev.speaker_end;
    return true;
  }

  std::string_view text_;
  const std::vector<Span>& sentences_;
  const std::vector<EntityMention>& entities_;
  std::unordered_map<uint32_t, size_t> by_begin_, by_end_;
  std::vector<size_t> persons_;  // indices of PERSON mentions, in text order
  std::vector<size_t> antecedents_;  // PERSON and person-shaped MISC mentions, in text order
  std::unordered_map<std::string, std::vector<size_t>> full_names_;  // last word -> entities
  std::unordered_set<uint32_t> speaker_begins_;  // speaker spans of the quotes found so far
  std::vector<RawQuote> raw_;
};

}  // namespace

std::vector<Quote> FindQuotes(std::string_view text, const std::vector<Span>& sentences,
                              const std::vector<EntityMention>& entities) {
  if (text.size() >= UINT32_MAX) return {};
  QuoteFinder finder(text, sentences, entities);
  return finder.Run();
}

}  // namespace storyline::analyse
