#!/usr/bin/env bash
# The newcomer's second command (and CI's): install packages, build everything, run all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
# The browser tests must run here, not skip: a missing browser is a failure.
export STORYLINE_REQUIRE_BROWSER=1
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTORYLINE_BUILD_TESTS=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
ctest --output-on-failure -j"$(nproc)" --timeout 600
