#pragma once
// The HTTP API without the HTTP library: routing, parameters, JSON bodies and status codes,
// so that http_server.cc is a thin adapter and every route is testable in-process.
#include <map>
#include <memory>
#include <string>

#include "serve/server.h"
#include "storyline/status.h"

namespace storyline::serve {

struct ApiRequest {
  std::string method;                         // "GET", "POST", ...
  std::string path;                           // percent-decoded, without the query
  std::map<std::string, std::string> params;  // decoded query parameters
  std::string authorization;                  // the Authorization header, or empty
  std::string remote_addr;                    // for the POST rate limit
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// JSON error body: {"error": message}.
ApiResponse ErrorResponse(int status, const std::string& message);

// Thread-safe: any number of threads may call Handle() at once.
class Api {
 public:
  // Opens the writer connection and restores the linker from the store.
  static Result<std::unique_ptr<Api>> Create(const ServerOptions& options);
  ~Api();

  ApiResponse Handle(const ApiRequest& request);

 private:
  struct Impl;
  explicit Api(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Constant-time comparison (for the bearer token): time depends only on the lengths.
bool ConstantTimeEquals(const std::string& a, const std::string& b);

}  // namespace storyline::serve
