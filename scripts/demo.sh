#!/usr/bin/env bash
# The newcomer's first command: install packages, build, ingest the bundled demo corpus into
# the default embedded store (./storyline.db, or $STORYLINE_DB) and print the stories found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSTORYLINE_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target storyline
./build/storyline ingest examples/demo
./build/storyline stories
echo
echo "Next: ./build/storyline story <ID>   (or: ./build/storyline search <words>)"
