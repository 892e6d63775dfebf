#!/usr/bin/env bash
# Article-extraction accuracy and speed (issue 3).
# Usage: bench/extract/run.sh [BUILD_DIR] [REPEAT]
#  (a) scores `storyline extract` with the project's scorers: extraction_f1.py on the visible
#      Scrapinghub half (91 pages) and trafilatura_eval.py on the 990-page trafilatura set;
#  (b) times `storyline extract` (single-threaded) on the 91 Scrapinghub pages, read REPEAT
#      times (default 5), and in the same run the same pages through two peers, each skipped
#      cleanly when absent: readability-lxml (Debian python3-readability) via
#      bench/extract/peer_readability.py, and Mozilla Readability.js on jsdom (Node) via
#      bench/extract/peer-readabilityjs/peer.js, installed with `npm ci` from the committed
#      lockfile when node and npm are present: pages/s, MB/s (uncompressed HTML), peak RSS
#      (/usr/bin/time -f '%e %M'), the ratio to storyline and each peer's extraction F1.
# Needs ../shared (the benchmark data and scorers); skips cleanly when it is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
repeat=${2:-5}
shared=../shared
sh_dir=$shared/data/html-extraction-scrapinghub
tr_dir=$shared/data/html-extraction-trafilatura
if [ ! -d "$sh_dir" ] || [ ! -d "$tr_dir" ] || [ ! -d "$shared/eval" ]; then
  echo "bench/extract: $shared (benchmark data and scorers) not found; skipping."
  exit 0
fi
if [ ! -x "$build/storyline" ]; then
  echo "bench/extract: $build/storyline not built (cmake --build $build --target storyline)" >&2
  exit 1
fi
py=python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== accuracy"
"$build/storyline" extract "$sh_dir/html" > "$out/sh.jsonl" 2> "$out/sh.err" || true
echo -n "scrapinghub (91 visible pages), extraction_f1.py: "
$py "$shared/eval/extraction_f1.py" "$sh_dir/ground-truth.json" "$out/sh.jsonl" 2>/dev/null | tail -2 | head -1
$py "$tr_dir/to_input.py" "$tr_dir" "$out/tr_in.jsonl" > /dev/null
"$build/storyline" extract "$out/tr_in.jsonl" > "$out/tr.jsonl" 2> "$out/tr.err" || true
echo -n "trafilatura set (990 pages), trafilatura_eval.py: "
$py "$shared/eval/trafilatura_eval.py" "$tr_dir/evaldata.json" "$out/tr.jsonl" 2>/dev/null | tail -2 | head -1

echo "== speed (single thread, 91 Scrapinghub pages x $repeat, .gz read and decompressed by both)"
pages=$(ls "$sh_dir"/html/*.html.gz | wc -l)
bytes=$(for f in "$sh_dir"/html/*.html.gz; do gzip -dc "$f"; done | wc -c)
n=$((pages * repeat))
mb=$(awk -v b="$bytes" -v r="$repeat" 'BEGIN{printf "%.2f", b*r/1e6}')
args=()
for _ in $(seq "$repeat"); do args+=("$sh_dir/html"); done
/usr/bin/time -f "%e %M" -o "$out/s.time" "$build/storyline" extract "${args[@]}" > /dev/null 2>&1 || true
read -r s_secs s_kb < "$out/s.time"
printf "%-28s %9s %8s %9s\n" system pages/s MB/s "peak MB"
line() { awk -v n="$n" -v mb="$mb" -v s="$2" -v k="$3" -v name="$1" \
  'BEGIN{if (s < 0.01) s = 0.01; printf "%-28s %9.1f %8.2f %9.1f\n", name, n/s, mb/s, k/1024}'; }
line "storyline extract" "$s_secs" "$s_kb"
ratio() {  # ratio NAME PEER_SECS: storyline pages/s over the peer's
  awk -v s="$s_secs" -v p="$2" -v name="$1" \
    'BEGIN{if (s < 0.01) s = 0.01; printf "ratio (storyline pages/s / %s pages/s): %.1fx\n", name, p/s}'
}
peer_f1() {  # peer_f1 NAME JSONL: extraction F1 of the peer's first pass over the pages
  echo -n "$1 on the same $pages pages, extraction_f1.py: "
  head -n "$pages" "$2" > "$out/peer1.jsonl"
  $py "$shared/eval/extraction_f1.py" "$sh_dir/ground-truth.json" "$out/peer1.jsonl" 2>/dev/null | tail -2 | head -1
}

# Peer 1: readability-lxml, a Debian package for the system interpreter (not a virtualenv's).
peer_py=""
for cand in /usr/bin/python3 python3; do
  if command -v "$cand" > /dev/null && "$cand" -c "import readability, lxml" 2>/dev/null; then
    peer_py=$cand; break
  fi
done
if [ -z "$peer_py" ]; then
  echo "readability-lxml not installed (Debian: apt-get install python3-readability); that peer skipped."
else
  /usr/bin/time -f "%e %M" -o "$out/p.time" "$peer_py" bench/extract/peer_readability.py \
    "$sh_dir/html" "$repeat" > "$out/peer.jsonl" 2> /dev/null || true
  read -r p_secs p_kb < "$out/p.time"
  line "readability-lxml $("$peer_py" -c 'import importlib.metadata as m; print(m.version("readability-lxml"))' 2>/dev/null || echo '?')" "$p_secs" "$p_kb"
  ratio readability-lxml "$p_secs"
  peer_f1 readability-lxml "$out/peer.jsonl"
fi

# Peer 2: Mozilla Readability.js on jsdom (Node), installed from the committed lockfile with
# `npm ci` into bench/extract/peer-readabilityjs/node_modules (ignored by git).
rjs=bench/extract/peer-readabilityjs
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "node/npm not installed; Readability.js peer skipped."
  exit 0
fi
if [ ! -d "$rjs/node_modules/@mozilla/readability" ] || [ ! -d "$rjs/node_modules/jsdom" ]; then
  if ! (cd "$rjs" && npm ci --no-audit --no-fund > /dev/null 2>&1); then
    echo "npm ci failed in $rjs (offline?); Readability.js peer skipped."
    exit 0
  fi
fi
/usr/bin/time -f "%e %M" -o "$out/j.time" node "$rjs/peer.js" "$sh_dir/html" "$repeat" \
  > "$out/peer_js.jsonl" 2> /dev/null || true
read -r j_secs j_kb < "$out/j.time"
rjs_versions=$(node -e 'const d=require("./'"$rjs"'/package.json").dependencies; console.log("readability " + d["@mozilla/readability"] + " + jsdom " + d.jsdom)' 2>/dev/null || echo "Readability.js + jsdom")
line "$rjs_versions" "$j_secs" "$j_kb"
ratio "Readability.js+jsdom" "$j_secs"
peer_f1 "Readability.js+jsdom" "$out/peer_js.jsonl"
