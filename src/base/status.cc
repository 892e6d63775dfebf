#include "storyline/status.h"

#include "storyline/document.h"

namespace storyline {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "InvalidArgument";
    case StatusCode::kNotFound: return "NotFound";
    case StatusCode::kDataLoss: return "DataLoss";
    case StatusCode::kResourceExhausted: return "ResourceExhausted";
    case StatusCode::kUnavailable: return "Unavailable";
    case StatusCode::kInternal: return "Internal";
  }
  return "Unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

const char* DateTypeName(DateType t) {
  switch (t) {
    case DateType::kDate: return "DATE";
    case DateType::kTime: return "TIME";
    case DateType::kDuration: return "DURATION";
    case DateType::kSet: return "SET";
  }
  return "DATE";
}

}  // namespace storyline
