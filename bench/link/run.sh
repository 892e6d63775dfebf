#!/usr/bin/env bash
# Scores `storyline link` on the hand-written rewrite set (bench/link/rewrites/).
# Usage: bench/link/run.sh [BUILD_DIR] [-v]     (default BUILD_DIR: build)
# Exits 0 with a message when the binary is not built.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
shift || true
bin=$build/storyline
if [ ! -x "$bin" ]; then
  echo "bench/link: $bin not built (cmake --build $build --target storyline); skipping."
  exit 0
fi
exec python3 bench/link/rewrite_eval.py "$bin" "$@"
