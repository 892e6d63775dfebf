#include "pipeline/progress.h"

#include <string>

namespace storyline::pipeline {

ProgressBar::ProgressBar(bool enabled, uint64_t total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void ProgressBar::Update(uint64_t bytes_done, uint64_t articles) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(125)) return;
  last_draw_ = now;
  Draw(bytes_done, articles);
}

void ProgressBar::Finish(uint64_t bytes_done, uint64_t articles) {
  if (!enabled_ || !drawn_) return;
  Draw(bytes_done, articles);
  std::fputc('\n', stderr);
}

void ProgressBar::Draw(uint64_t bytes_done, uint64_t articles) {
  drawn_ = true;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = secs > 0 ? articles / secs : 0;
  double mbps = secs > 0 ? bytes_done / secs / 1e6 : 0;
  std::string bar;
  if (total_bytes_ > 0) {
    double frac = std::min(1.0, static_cast<double>(bytes_done) / total_bytes_);
    const int width = 24;
    int filled = static_cast<int>(frac * width);
    bar = "[" + std::string(filled, '=') + std::string(width - filled, ' ') + "] ";
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3d%% ", static_cast<int>(frac * 100));
    bar += pct;
    if (frac > 0.01 && frac < 1.0) {
      int eta = static_cast<int>(secs / frac - secs);
      char buf[32];
      std::snprintf(buf, sizeof buf, " ETA %d:%02d", eta / 60, eta % 60);
      bar += std::to_string(articles) + " articles, " + std::to_string(static_cast<int>(rate)) +
             "/s, " + std::to_string(static_cast<int>(mbps)) + " MB/s" + buf;
      std::fprintf(stderr, "\r%s\x1b[K", bar.c_str());
      return;
    }
  }
  std::fprintf(stderr, "\r%s%llu articles, %.0f/s, %.1f MB/s\x1b[K", bar.c_str(),
               static_cast<unsigned long long>(articles), rate, mbps);
}

}  // namespace storyline::pipeline
