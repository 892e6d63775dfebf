#pragma once
// `storyline serve`: the HTTP JSON API and the embedded web UI over one store.
// Many readers (each request thread borrows its own store connection; SQLite WAL keeps them
// from blocking on the writer) and one writer (POSTs are serialised and linked by a single
// link::Linker restored from the store at startup). The HTTP library stays inside
// http_server.cc.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "storyline/status.h"

namespace storyline::serve {

struct ServerOptions {
  std::string db_path = "storyline.db";
  std::string host = "127.0.0.1";
  int port = 8080;                        // 0 = an ephemeral port (see Server::port())
  std::string token;                      // empty: POST /api/articles is refused (403)
  size_t max_body_bytes = 16u << 20;      // larger request bodies get 413
  int post_rate_per_minute = 120;         // per client address; 0 = unlimited (429 beyond it)
  int threads = 2;                        // per-article analysis workers for POST batches
  int http_threads = 64;                  // connections served at once (keep-alive included)
  // Called once the port is bound, with the bound port, before requests are served.
  std::function<void(int port)> on_listening;
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the store, restores the linker, binds and serves until Stop(). Fails with
  // Unavailable if the address cannot be bound, or with the store's error.
  Status Run();
  // Stops accepting connections; requests in flight finish, then Run() returns. Safe to call
  // from any thread, before or during Run().
  void Stop();
  // True while Run() is accepting connections.
  bool running() const;
  // The bound port once running() (the chosen one when options.port was 0), else 0.
  int port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs `server` until SIGINT or SIGTERM, then stops it gracefully (accepted requests finish,
// an accepted POST is stored). Blocks those signals in the calling thread and the threads it
// starts; call it from the main thread before starting any other thread.
Status RunUntilSignalled(Server& server);

}  // namespace storyline::serve
