// The HTTP adapter: cpp-httplib in, Api out. The only file of the engine that includes httplib.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <httplib.h>
#include <mutex>
#include <thread>

#include "serve/api.h"
#include "serve/server.h"

namespace storyline::serve {
namespace {

// Sent with every response: the UI runs only its own script, nothing sniffs types, nothing
// frames the pages, no referrer leaks to the article links.
const httplib::Headers& SecurityHeaders() {
  static const httplib::Headers kHeaders = {
      {"X-Content-Type-Options", "nosniff"},
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-cache"},
  };
  return kHeaders;
}

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.params.emplace(k, v);  // first value wins
  r.authorization = req.get_header_value("Authorization");
  r.remote_addr = req.remote_addr;
  r.body = req.body;
  return r;
}

// In JSON, '<' and '>' can only occur inside strings, where \u003c and \u003e mean the same;
// escaping them keeps "<script>" out of the bytes even if a client mislabels the response.
std::string EscapeAngles(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else out += c;
  }
  return out;
}

void Reply(const ApiResponse& out, httplib::Response& res) {
  res.status = out.status;
  if (out.content_type == "application/json") {
    res.set_content(EscapeAngles(out.body), "application/json");
  } else {
    res.set_content(out.body, out.content_type.c_str());
  }
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  std::atomic<int> port{0};
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> run_active{false};
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

Server::~Server() { Stop(); }

Status Server::Run() {
  Impl& m = *impl_;
  m.run_active = true;
  struct Done {
    Impl& m;
    ~Done() {
      m.port = 0;
      m.run_active = false;
    }
  } done{m};
  if (m.stop_requested) return Status::Ok();

  auto api_or = Api::Create(m.options);
  if (!api_or) return api_or.error();
  std::shared_ptr<Api> api = std::move(*api_or);

  httplib::Server& http = m.http;
  http.set_default_headers(SecurityHeaders());
  http.set_payload_max_length(m.options.max_body_bytes);
  // Responses go out as header + body writes: without TCP_NODELAY, Nagle's algorithm and the
  // client's delayed ACK hold each response back ~40 ms.
  http.set_tcp_nodelay(true);
  // httplib serves a keep-alive connection on one pool thread until it closes: enough threads
  // for many concurrent readers (a browser opens up to 6 connections), cheap while idle.
  const int pool_threads = m.options.http_threads;
  http.new_task_queue = [pool_threads] { return new httplib::ThreadPool(pool_threads); };
  // Short keep-alive so a graceful stop does not wait long on idle browser connections.
  http.set_keep_alive_timeout(2);
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  // Everything but POST is answered before httplib's regex routing (and before any body is
  // read): the Api routes GET and HEAD, static files included, by exact string comparison, and
  // answers other methods with 405.
  http.set_pre_routing_handler([api](const httplib::Request& req, httplib::Response& res) {
    if (req.method == "POST") return httplib::Server::HandlerResponse::Unhandled;
    Reply(api->Handle(ToApiRequest(req)), res);
    return httplib::Server::HandlerResponse::Handled;
  });
  auto write = [api](const httplib::Request& req, httplib::Response& res) {
    Reply(api->Handle(ToApiRequest(req)), res);
  };
  http.Post("/api/articles", write);
  // Errors produced by httplib itself (404 for other methods/paths, 413 for oversize bodies,
  // 400 for malformed requests) get the same JSON shape as the API's.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* what = res.status == 413   ? "request body too large"
                       : res.status == 404 ? "not found"
                       : res.status == 405 ? "method not allowed"
                                           : "bad request";
    Reply(ErrorResponse(res.status, what), res);
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Reply(ErrorResponse(500, "internal error"), res);
      });

  int bound = 0;
  if (m.options.port == 0) {
    bound = http.bind_to_any_port(m.options.host);
    if (bound <= 0) bound = 0;
  } else if (http.bind_to_port(m.options.host, m.options.port)) {
    bound = m.options.port;
  }
  if (bound == 0) {
    return UnavailableError("cannot listen on " + m.options.host + ":" +
                            std::to_string(m.options.port));
  }
  m.port = bound;
  if (m.stop_requested) return Status::Ok();
  if (m.options.on_listening) m.options.on_listening(bound);
  // Returns once Stop() was called and the worker pool has finished the accepted requests.
  http.listen_after_bind();
  return Status::Ok();
}

void Server::Stop() {
  Impl& m = *impl_;
  m.stop_requested = true;
  // httplib's stop() only works once listening; wait out the short bind -> listen window.
  while (m.run_active && m.port != 0 && !m.http.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  m.http.stop();
}

bool Server::running() const { return impl_->http.is_running(); }

int Server::port() const { return impl_->http.is_running() ? impl_->port.load() : 0; }

Status RunUntilSignalled(Server& server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  // Blocked here, so inherited by every thread the server starts: only the waiter sees them.
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::atomic<bool> finished{false};
  std::thread waiter([&] {
    const timespec tick = {0, 200 * 1000 * 1000};
    while (!finished) {
      int sig = sigtimedwait(&signals, nullptr, &tick);
      if (sig == SIGINT || sig == SIGTERM) {
        std::fprintf(stderr, "storyline: stopping (finishing requests in flight)\n");
        server.Stop();
        return;
      }
    }
  });
  Status st = server.Run();
  finished = true;
  waiter.join();
  return st;
}

}  // namespace storyline::serve
