#include "pipeline/progress.h"

#include <algorithm>

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
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = secs > 0 ? articles / secs : 0;
  const double mbps = secs > 0 ? bytes_done / secs / 1e6 : 0;
  char bar[64] = "";
  char eta[32] = "";
  if (total_bytes_ > 0) {
    const double frac = std::min(1.0, static_cast<double>(bytes_done) / total_bytes_);
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(frac * kWidth);
    std::snprintf(bar, sizeof bar, "[%.*s%*s] %3d%% ", filled, "========================",
                  kWidth - filled, "", static_cast<int>(frac * 100));
    if (frac > 0.01 && frac < 1.0) {
      const int left = static_cast<int>(secs / frac - secs);
      std::snprintf(eta, sizeof eta, ", ETA %d:%02d", left / 60, left % 60);
    }
  }
  std::fprintf(stderr, "\r%s%llu articles, %.0f/s, %.1f MB/s%s\x1b[K", bar,
               static_cast<unsigned long long>(articles), rate, mbps, eta);
}

}  // namespace storyline::pipeline
