#pragma once
// A one-line progress bar on a terminal: counts, rate, percentage and ETA. Silent unless
// enabled (the CLI enables it only when stderr is a TTY).
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace storyline::pipeline {

class ProgressBar {
 public:
  ProgressBar(bool enabled, uint64_t total_bytes);
  // Redraws at most ~8 times a second.
  void Update(uint64_t bytes_done, uint64_t articles);
  // Final line (newline-terminated) if anything was drawn.
  void Finish(uint64_t bytes_done, uint64_t articles);

 private:
  void Draw(uint64_t bytes_done, uint64_t articles);
  bool enabled_;
  bool drawn_ = false;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace storyline::pipeline
