#!/usr/bin/env bash
# End-to-end ingest throughput: storyline vs a Python+SQLite FTS5 loader on the same generated
# corpus, in the same run. Usage: bench/ingest.sh [ARTICLES] [BUILD_DIR]
# Prints articles/s, MB/s and peak RSS for both and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
build=${2:-build}
out=bench/out
mkdir -p "$out"
corpus=$out/corpus-$n.jsonl
[ -s "$corpus" ] || "$build/storyline_gen" "$n" 42 > "$corpus"
mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN{printf "%.1f", b/1e6}')

measure() {  # name, command...; prints "name seconds peak_kb"
  local name=$1; shift
  rm -f "$out"/*.db "$out"/*.db-wal "$out"/*.db-shm
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/$name.err"
  read -r secs kb < "$out/time.txt"
  echo "$name $secs $kb"
}

threads=${THREADS:-1}
read -r _ s_secs s_kb < <(measure storyline "$build/storyline" ingest --no-progress --threads "$threads" --db "$out/s.db" "$corpus")
read -r _ p_secs p_kb < <(measure peer python3 bench/peer_ingest.py "$corpus" "$out/p.db")

awk -v n="$n" -v mb="$mb" -v ss="$s_secs" -v sk="$s_kb" -v ps="$p_secs" -v pk="$p_kb" -v t="$threads" 'BEGIN{
  printf "corpus: %d articles, %s MB (generated, seed 42); storyline threads=%d\n", n, mb, t;
  printf "%-34s %10s %8s %10s\n", "system", "articles/s", "MB/s", "peak MB";
  printf "%-34s %10.0f %8.2f %10.1f\n", "storyline ingest (all stages)", n/ss, mb/ss, sk/1024;
  printf "%-34s %10.0f %8.2f %10.1f\n", "python json+sqlite3 FTS5 (store only)", n/ps, mb/ps, pk/1024;
  printf "ratio storyline/peer articles/s: %.2f\n", ps/ss;
}'
