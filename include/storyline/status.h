#pragma once
// Errors are values. A Status carries a canonical code and a one-line message; Result<T> is
// either a T or a non-OK Status. No exception crosses a module boundary: adapters that call
// throwing libraries catch and convert.
#include <string>
#include <string_view>
#include <utility>

#include <tl/expected.hpp>

namespace storyline {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the caller's input is malformed (bad JSON line, bad option)
  kNotFound,           // a named thing (file, story id) does not exist
  kDataLoss,           // input is truncated or corrupt (truncated gzip, bad WARC record)
  kResourceExhausted,  // input exceeds a limit (oversize record)
  kUnavailable,        // transient: a locked database, an interrupted read
  kInternal,           // a bug or a library failure
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "DataLoss: truncated gzip member" — for logs and one-line errors.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFoundError(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status DataLossError(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status ResourceExhaustedError(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
inline Status UnavailableError(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
inline Status InternalError(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// Result<T>: a value or the Status that explains why there is none.
//   Result<int> r = ParseCount(s);  if (!r) return r.error();  use(*r);
template <typename T>
using Result = tl::expected<T, Status>;

// Wraps a non-OK Status so it converts to any Result<T>.
inline tl::unexpected<Status> Err(Status s) { return tl::unexpected<Status>(std::move(s)); }

namespace internal {
// Lets STORYLINE_RETURN_IF_ERROR return from functions returning Status or any Result<T>.
struct ErrorReturn {
  Status status;
  operator Status() && { return std::move(status); }
  template <typename T>
  operator Result<T>() && { return tl::unexpected<Status>(std::move(status)); }
};
}  // namespace internal

}  // namespace storyline

// Returns the Status of `expr` from the enclosing function if it is not OK.
#define STORYLINE_RETURN_IF_ERROR(expr)                                   \
  do {                                                                    \
    ::storyline::Status _st = (expr);                                     \
    if (!_st.ok()) return ::storyline::internal::ErrorReturn{std::move(_st)}; \
  } while (0)
