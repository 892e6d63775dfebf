// The JSON adapter: all nlohmann/json use in the engine's libraries is confined to this file.
#include "codec/json_codec.h"

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace storyline::codec {
namespace {

using nlohmann::json;

// Strings print as null when empty (the contract's "unknown").
json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// nlohmann throws on invalid UTF-8 when dumping; replace instead so output never fails.
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json SpansJson(const std::vector<Span>& spans) {
  json out = json::array();
  for (const Span& s : spans) out.push_back({s.begin, s.end});
  return out;
}

json EntitiesJson(const std::vector<EntityMention>& es) {
  json out = json::array();
  for (const auto& e : es) {
    out.push_back({{"begin", e.begin}, {"end", e.end}, {"text", e.text},
                   {"type", EntityTypeName(e.type)}, {"entity", e.entity}});
  }
  return out;
}

json QuotesJson(const std::vector<Quote>& qs) {
  json out = json::array();
  for (const auto& q : qs) {
    json j = {{"begin", q.begin}, {"end", q.end}, {"text", q.text}, {"speaker", OrNull(q.speaker)}};
    if (!q.speaker.empty() && q.speaker_begin >= 0) {
      j["speaker_begin"] = q.speaker_begin;
      j["speaker_end"] = q.speaker_end;
    }
    j["cue"] = OrNull(q.cue);
    if (q.cue_begin >= 0) {
      j["cue_begin"] = q.cue_begin;
      j["cue_end"] = q.cue_end;
    }
    out.push_back(std::move(j));
  }
  return out;
}

json DatesJson(const std::vector<DateMention>& ds) {
  json out = json::array();
  for (const auto& d : ds) {
    out.push_back({{"begin", d.begin}, {"end", d.end}, {"text", d.text},
                   {"type", DateTypeName(d.type)}, {"value", OrNull(d.value)}});
  }
  return out;
}

json EvidenceJson(const Evidence& e) {
  json out = json::object();
  for (const auto& [k, v] : e.numbers) out[k] = v;
  for (const auto& [k, v] : e.strings) out[k] = v;
  return out;
}

EntityType EntityTypeFromName(std::string_view s) {
  if (s == "PERSON") return EntityType::kPerson;
  if (s == "ORG") return EntityType::kOrg;
  if (s == "PLACE") return EntityType::kPlace;
  return EntityType::kMisc;
}

DateType DateTypeFromName(std::string_view s) {
  if (s == "TIME") return DateType::kTime;
  if (s == "DURATION") return DateType::kDuration;
  if (s == "SET") return DateType::kSet;
  return DateType::kDate;
}


}  // namespace

Result<RawRecord> ParseInputArticle(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Err(InvalidArgumentError("broken JSON"));
  if (!j.is_object()) return Err(InvalidArgumentError("JSON value is not an object"));
  RawRecord r;
  struct Field {
    const char* key;
    std::string RawRecord::*member;
  };
  static const Field kFields[] = {{"id", &RawRecord::id},       {"url", &RawRecord::url},
                                  {"source", &RawRecord::source}, {"published", &RawRecord::published},
                                  {"title", &RawRecord::title},   {"text", &RawRecord::text},
                                  {"html", &RawRecord::html}};
  for (const Field& f : kFields) {
    auto it = j.find(f.key);
    if (it == j.end() || it->is_null()) continue;
    if (it->is_string()) {
      r.*f.member = base::ToValidUtf8(it->get_ref<const std::string&>());
    } else if (it->is_number() && std::string_view(f.key) == "id") {
      r.id = it->dump();  // numeric ids are common in datasets
    } else {
      return Err(InvalidArgumentError(std::string("field \"") + f.key + "\" is not a string"));
    }
  }
  if (r.text.empty() && r.html.empty()) {
    return Err(InvalidArgumentError("article has neither \"text\" nor \"html\""));
  }
  return r;
}

std::string ArticleToJson(const Article& a) {
  json j = {{"id", a.id},
            {"url", OrNull(a.url)},
            {"title", OrNull(a.title)},
            {"byline", OrNull(a.byline)},
            {"published", OrNull(a.published)},
            {"language", OrNull(a.language)},
            {"site", OrNull(a.site)},
            {"text", a.text}};
  return Dump(j);
}

std::string AnalysisToJson(const Article& a, const Analysis& an, bool with_text) {
  json j = {{"id", a.id},
            {"language", OrNull(an.language)},
            {"published", OrNull(a.published)},
            {"sentences", SpansJson(an.sentences)},
            {"entities", EntitiesJson(an.entities)},
            {"quotes", QuotesJson(an.quotes)},
            {"dates", DatesJson(an.dates)}};
  if (with_text) j["text"] = a.text;
  return Dump(j);
}

std::string LinkToJson(const LinkResult& l) {
  json j = {{"id", l.id},
            {"story", OrNull(l.story)},
            {"thread", OrNull(l.thread)},
            {"copy_of", OrNull(l.copy_of)},
            {"rewrite_of", OrNull(l.rewrite_of)},
            {"origin", OrNull(l.origin)},
            {"confidence", l.confidence},
            {"why", EvidenceJson(l.why)}};
  return Dump(j);
}

std::string SummaryToJson(const Summary& s) {
  json sentences = json::array();
  for (const auto& ss : s.sentences) sentences.push_back({{"text", ss.text}, {"sources", ss.sources}});
  json j = {{"story", OrNull(s.story)},
            {"headline", OrNull(s.headline)},
            {"summary", sentences},
            {"words", s.words}};
  return Dump(j);
}

Result<Summary> SummaryFromJson(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (!j.is_object()) return Err(DataLossError("stored summary is not a JSON object"));
  try {
    Summary s;
    if (j.at("story").is_string()) s.story = j["story"].get<std::string>();
    if (j.at("headline").is_string()) s.headline = j["headline"].get<std::string>();
    s.words = j.at("words").get<int>();
    for (const auto& ss : j.at("summary")) {
      s.sentences.push_back({ss.at("text").get<std::string>(),
                             ss.at("sources").get<std::vector<std::string>>()});
    }
    return s;
  } catch (const json::exception& e) {
    return Err(DataLossError(std::string("stored summary is malformed: ") + e.what()));
  }
}

std::string EvidenceToJson(const Evidence& e) { return Dump(EvidenceJson(e)); }

Result<ComparePair> ParseComparePair(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) return Err(InvalidArgumentError("broken JSON"));
  if (!j.is_object()) return Err(InvalidArgumentError("JSON value is not an object"));
  ComparePair p;
  if (auto it = j.find("id"); it != j.end()) p.id = it->is_string() ? it->get<std::string>() : it->dump();
  for (auto [key, out] : {std::pair{"a", &p.a}, std::pair{"b", &p.b}}) {
    auto it = j.find(key);
    if (it == j.end()) return Err(InvalidArgumentError(std::string("missing \"") + key + "\""));
    if (it->is_string()) {
      out->text = base::ToValidUtf8(it->get_ref<const std::string&>());
    } else if (it->is_object()) {
      auto r = ParseInputArticle(it->dump());
      if (!r) return Err(r.error());
      *out = std::move(*r);
    } else {
      return Err(InvalidArgumentError(std::string("\"") + key + "\" is neither text nor an article"));
    }
    if (out->id.empty()) out->id = p.id + ":" + key;
  }
  return p;
}

std::string ComparisonToJson(const std::string& id, double similarity, const std::string& relation,
                             const Evidence& why) {
  return Dump({{"id", id}, {"similarity", similarity}, {"relation", relation},
               {"why", EvidenceJson(why)}});
}

namespace {

json StoryInfoJson(const store::StoryInfo& s) {
  return {{"id", s.id},
          {"headline", OrNull(s.headline)},
          {"article_count", s.article_count},
          {"independent_sources", s.independent_sources},
          {"first_published", OrNull(s.first_published)},
          {"last_published", OrNull(s.last_published)},
          {"thread", OrNull(s.thread)}};
}

}  // namespace

std::string StoryInfoToJson(const store::StoryInfo& s) { return Dump(StoryInfoJson(s)); }

std::string StoryViewToJson(const StoryView& v) {
  json j = StoryInfoJson(v.detail.info);
  json thread = json::array();
  for (const auto& t : v.detail.thread_stories) thread.push_back(StoryInfoJson(t));
  j["thread_stories"] = thread;
  json summary = json::array();
  for (const auto& ss : v.detail.summary.sentences) {
    summary.push_back({{"text", ss.text}, {"sources", ss.sources}});
  }
  j["summary"] = summary;
  json arts = json::array();
  for (const auto& sa : v.detail.articles) {
    const Article& a = sa.doc.article;
    const LinkResult& l = sa.link;
    arts.push_back({{"id", a.id},
                    {"url", OrNull(a.url)},
                    {"title", OrNull(a.title)},
                    {"site", OrNull(a.site)},
                    {"published", OrNull(a.published)},
                    {"copy_of", OrNull(l.copy_of)},
                    {"rewrite_of", OrNull(l.rewrite_of)},
                    {"origin", OrNull(l.origin)},
                    {"confidence", l.confidence},
                    {"why", EvidenceJson(l.why)},
                    {"entities", EntitiesJson(sa.doc.analysis.entities)},
                    {"quotes", QuotesJson(sa.doc.analysis.quotes)},
                    {"dates", DatesJson(sa.doc.analysis.dates)}});
  }
  j["articles"] = arts;
  json prov = json::array();
  for (const auto& n : v.provenance) {
    json children = json::array();
    for (size_t c : n.children) children.push_back(v.detail.articles[v.provenance[c].article].doc.article.id);
    prov.push_back({{"id", v.detail.articles[n.article].doc.article.id},
                    {"relation", n.relation},
                    {"depth", n.depth},
                    {"children", children}});
  }
  j["provenance"] = prov;
  json quotes = json::array();
  for (const auto& sq : v.quotes) {
    json qs = json::array();
    for (const auto& q : sq.quotes) {
      qs.push_back({{"text", q.text}, {"first_article", q.first_article}, {"repeated_by", q.repeated_by}});
    }
    quotes.push_back({{"speaker", sq.speaker}, {"quotes", qs}});
  }
  j["key_quotes"] = quotes;
  json timeline = json::array();
  for (const auto& t : v.timeline) {
    timeline.push_back({{"value", t.value}, {"text", t.text}, {"sources", t.sources}});
  }
  j["timeline"] = timeline;
  json ents = json::array();
  for (const auto& e : v.entities) {
    ents.push_back({{"entity", e.entity}, {"type", e.type}, {"articles", e.articles}});
  }
  j["entities"] = ents;
  return Dump(j);
}

std::string SearchHitToJson(const store::SearchHit& h) {
  return Dump({{"id", h.article_id}, {"story", h.story}, {"title", OrNull(h.title)},
               {"snippet", h.snippet}, {"score", h.score}});
}

std::string AnalysisToStorage(const Analysis& an) {
  json ents = json::array(), quotes = json::array(), dates = json::array();
  for (const auto& e : an.entities) {
    ents.push_back({e.begin, e.end, EntityTypeName(e.type), e.entity});
  }
  for (const auto& q : an.quotes) {
    quotes.push_back({q.begin, q.end, q.speaker, q.speaker_begin, q.speaker_end, q.cue,
                      q.cue_begin, q.cue_end});
  }
  for (const auto& d : an.dates) dates.push_back({d.begin, d.end, DateTypeName(d.type), d.value});
  json j = {{"v", 1}, {"lang", an.language}, {"s", SpansJson(an.sentences)},
            {"e", ents}, {"q", quotes}, {"d", dates}};
  return Dump(j);
}

Result<Analysis> AnalysisFromStorage(std::string_view stored, std::string_view text) {
  json j = json::parse(stored.begin(), stored.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Err(DataLossError("stored analysis is not JSON"));
  try {
    Analysis an;
    an.language = j.value("lang", "");
    for (const auto& s : j.at("s")) an.sentences.push_back({s.at(0).get<uint32_t>(), s.at(1).get<uint32_t>()});
    for (const auto& e : j.at("e")) {
      EntityMention m;
      m.begin = e.at(0).get<uint32_t>();
      m.end = e.at(1).get<uint32_t>();
      m.type = EntityTypeFromName(e.at(2).get<std::string>());
      m.entity = e.at(3).get<std::string>();
      an.entities.push_back(std::move(m));
    }
    for (const auto& e : j.at("q")) {
      Quote q;
      q.begin = e.at(0).get<uint32_t>();
      q.end = e.at(1).get<uint32_t>();
      q.speaker = e.at(2).get<std::string>();
      q.speaker_begin = e.at(3).get<int32_t>();
      q.speaker_end = e.at(4).get<int32_t>();
      q.cue = e.at(5).get<std::string>();
      q.cue_begin = e.at(6).get<int32_t>();
      q.cue_end = e.at(7).get<int32_t>();
      an.quotes.push_back(std::move(q));
    }
    for (const auto& e : j.at("d")) {
      DateMention d;
      d.begin = e.at(0).get<uint32_t>();
      d.end = e.at(1).get<uint32_t>();
      d.type = DateTypeFromName(e.at(2).get<std::string>());
      d.value = e.at(3).get<std::string>();
      an.dates.push_back(std::move(d));
    }
    auto fill = [&](uint32_t b, uint32_t e, std::string& out) {
      if (b > e || e > text.size()) return false;
      out.assign(text.substr(b, e - b));
      return true;
    };
    bool ok = true;
    for (auto& m : an.entities) ok = ok && fill(m.begin, m.end, m.text);
    for (auto& q : an.quotes) ok = ok && fill(q.begin, q.end, q.text);
    for (auto& d : an.dates) ok = ok && fill(d.begin, d.end, d.text);
    if (!ok) return Err(DataLossError("stored analysis has spans outside the article text"));
    return an;
  } catch (const json::exception& e) {
    return Err(DataLossError(std::string("stored analysis is malformed: ") + e.what()));
  }
}

std::string EvidenceToStorage(const Evidence& e) { return Dump(EvidenceJson(e)); }

Evidence EvidenceFromStorage(std::string_view text) {
  Evidence e;
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (!j.is_object()) return e;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it->is_number()) e.numbers[it.key()] = it->get<double>();
    else if (it->is_string()) e.strings[it.key()] = it->get<std::string>();
  }
  return e;
}

}  // namespace storyline::codec
