#include "analyse/ner/conll.h"

#include <fstream>
#include <sstream>

namespace storyline::analyse::ner {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Splits a tag into prefix ('B', 'I', 'E', 'S' or 'O') and type name.
void SplitTag(std::string_view tag, char* prefix, std::string_view* type) {
  if (tag.empty() || tag == "O" || tag == "-X-") {
    *prefix = 'O';
    *type = {};
    return;
  }
  if (tag.size() >= 2 && tag[1] == '-') {
    *prefix = tag[0];
    *type = tag.substr(2);
    return;
  }
  *prefix = 'I';  // IOB1 files sometimes write the bare type
  *type = tag;
}

}  // namespace

bool ParseEntityType(std::string_view name, EntityType* type) {
  if (name == "PER" || name == "PERSON") {
    *type = EntityType::kPerson;
  } else if (name == "ORG" || name == "ORGANIZATION") {
    *type = EntityType::kOrg;
  } else if (name == "LOC" || name == "LOCATION" || name == "PLACE" || name == "GPE") {
    *type = EntityType::kPlace;
  } else if (name == "MISC") {
    *type = EntityType::kMisc;
  } else {
    return false;
  }
  return true;
}

const char* ConllTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

std::vector<Chunk> TagsToChunks(const std::vector<std::string>& tags, uint32_t sentence) {
  std::vector<Chunk> out;
  bool open = false;
  Chunk cur;
  char prev_prefix = 'O';
  for (size_t i = 0; i <= tags.size(); ++i) {
    char prefix = 'O';
    std::string_view type_name;
    if (i < tags.size()) SplitTag(tags[i], &prefix, &type_name);
    EntityType type = EntityType::kMisc;
    bool known = prefix != 'O' && ParseEntityType(type_name, &type);
    if (!known) prefix = 'O';
    if (open) {
      bool ends = prefix == 'O' || prefix == 'B' || prefix == 'S' || type != cur.type ||
                  prev_prefix == 'E';
      if (ends) {
        cur.last = static_cast<uint32_t>(i);
        out.push_back(cur);
        open = false;
      }
    }
    // Not inside a chunk (it just ended, or none was open): any entity tag starts one.
    if (prefix != 'O' && !open) {
      cur = Chunk{sentence, static_cast<uint32_t>(i), 0, type};
      open = true;
    }
    prev_prefix = prefix;
  }
  return out;
}

Result<std::vector<ConllDocument>> ParseConll(std::string_view content) {
  std::vector<ConllDocument> docs;
  ConllSentence sentence;
  bool doc_open = false;
  auto flush_sentence = [&] {
    if (sentence.words.empty()) return;
    if (!doc_open) {
      docs.emplace_back();
      doc_open = true;
    }
    docs.back().sentences.push_back(std::move(sentence));
    sentence = ConllSentence();
  };
  size_t pos = 0;
  size_t line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    // Columns separated by blanks.
    std::string_view first, last;
    size_t columns = 0;
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && IsBlank(line[i])) ++i;
      if (i >= line.size()) break;
      size_t b = i;
      while (i < line.size() && !IsBlank(line[i])) ++i;
      std::string_view col = line.substr(b, i - b);
      if (columns == 0) first = col;
      last = col;
      ++columns;
    }
    if (columns == 0) {
      flush_sentence();
      continue;
    }
    if (first == "-DOCSTART-") {
      flush_sentence();
      docs.emplace_back();
      doc_open = true;
      continue;
    }
    if (columns < 2) {
      return Err(InvalidArgumentError("line " + std::to_string(line_no) +
                                      ": expected 'token ... TAG', got one column"));
    }
    char prefix;
    std::string_view type_name;
    SplitTag(last, &prefix, &type_name);
    EntityType type;
    if (prefix != 'O' && !ParseEntityType(type_name, &type)) {
      return Err(InvalidArgumentError("line " + std::to_string(line_no) + ": unknown NER tag '" +
                                      std::string(last) + "'"));
    }
    sentence.words.emplace_back(first);
    sentence.tags.emplace_back(last);
  }
  flush_sentence();
  std::vector<ConllDocument> out;
  for (auto& d : docs) {
    if (!d.sentences.empty()) out.push_back(std::move(d));
  }
  return out;
}

Result<std::vector<ConllDocument>> ReadConllFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Err(NotFoundError(path + ": cannot open"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Err(UnavailableError(path + ": read error"));
  auto docs = ParseConll(ss.str());
  if (!docs) return Err(Status(docs.error().code(), path + ": " + docs.error().message()));
  return docs;
}

}  // namespace storyline::analyse::ner
