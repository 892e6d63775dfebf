#!/usr/bin/env bash
# `storyline analyze` beside two npm peers, in one run, on the same articles (issue 4):
#   compromise  (sentences, people, places, quotes)  bench/analyse/peer_compromise.js
#   chrono-node (dates, resolved against "published") bench/analyse/peer_chrono.js
# Usage: bench/analyse/run.sh [BUILD_DIR] [REPEAT]      (defaults: build, 5)
#  speed   each corpus is read REPEAT times by every system (one process each, single thread:
#          `storyline analyze --threads 1`); articles/s, MB/s of article text, peak RSS from
#          /usr/bin/time -f '%e %M', and storyline's articles/s over each peer's;
#  quality on the first pass, with the project's scorers in ../shared/eval:
#          CoNLL-2003 valid  ner_eval.py     PER and LOC F1 (compromise has no ORG/MISC here)
#          PolNeAR dev       quotes_eval.py  quote F1, speaker accuracy, end-to-end F1
#          TempEval-3 TBAQ   timex_eval.py   value F1, relaxed span F1 (storyline vs chrono)
# Corpora: CoNLL-2003 valid (216 documents, via conll_to_input.py) and PolNeAR dev (84 articles,
# via polnear_to_input.py); TBAQ (256 documents) for date quality only.
# The peers are installed with `npm ci` from the committed lockfile; without node/npm they are
# skipped and only storyline is measured. Without ../shared the script exits 0 with a message.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
repeat=${2:-5}
shared=../shared
ev=$shared/eval
data=$shared/data
if [ ! -d "$ev" ] || [ ! -d "$data" ]; then
  echo "bench/analyse: $shared (benchmark data and scorers) not found; skipping."
  exit 0
fi
bin=$build/storyline
if [ ! -x "$bin" ]; then
  echo "bench/analyse: $bin not built (cmake --build $build --target storyline)" >&2
  exit 1
fi
bin=$(cd "$(dirname "$bin")" && pwd)/storyline
py=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

peers=0
if command -v node > /dev/null && command -v npm > /dev/null; then
  if (cd bench/analyse && npm ci --no-audit --no-fund --loglevel=error > "$tmp/npm.log" 2>&1); then
    peers=1
  else
    echo "bench/analyse: npm ci failed (see below); peers skipped."; tail -5 "$tmp/npm.log"
  fi
else
  echo "bench/analyse: node/npm not found; peers skipped (storyline measured alone)."
fi
ver() { node -e "console.log(require('./bench/analyse/node_modules/$1/package.json').version)"; }

echo "== inputs"
$py "$ev/conll_to_input.py" "$data/ner-conll2003-eng/valid.txt" -o "$tmp/conll.jsonl"
$py "$ev/polnear_to_input.py" "$data/quotes-polnear/dev" -o "$tmp/pn.jsonl"
$py "$ev/tempeval_to_input.py" "$data/temporal-tempeval3/TBAQ-cleaned" -o "$tmp/tbaq.jsonl"

# run NAME OUT CMD...: times CMD (stdout -> OUT), leaves "secs kb" in $tmp/NAME.time.
run() {
  local name=$1 out=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$tmp/$name.time" "$@" > "$out" 2> "$tmp/$name.err" || true
}
rows=()
# speed CORPUS LABEL: all systems on REPEAT copies of $tmp/CORPUS.jsonl.
speed() {
  local c=$1 label=$2 files=() n bytes mb
  for _ in $(seq "$repeat"); do files+=("$tmp/$c.jsonl"); done
  n=$(( $(wc -l < "$tmp/$c.jsonl") * repeat ))
  bytes=$($py -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]) if l.strip()))" "$tmp/$c.jsonl")
  mb=$(awk -v b="$bytes" -v r="$repeat" 'BEGIN{printf "%.3f", b*r/1e6}')
  run "sl_$c" "$tmp/sl_$c.out" "$bin" --db "$tmp/sl.db" --threads 1 analyze "${files[@]}"
  if [ $peers = 1 ]; then
    run "cp_$c" "$tmp/cp_$c.out" node bench/analyse/peer_compromise.js "${files[@]}"
    TZ=UTC run "ch_$c" "$tmp/ch_$c.out" node bench/analyse/peer_chrono.js "${files[@]}"
  fi
  local s_secs s_kb
  read -r s_secs s_kb < "$tmp/sl_$c.time"
  for sys in sl cp ch; do
    [ -f "$tmp/${sys}_$c.time" ] || continue
    local secs kb name
    read -r secs kb < "$tmp/${sys}_$c.time"
    case $sys in
      sl) name="storyline analyze --threads 1";;
      cp) name="compromise $(ver compromise)";;
      ch) name="chrono-node $(ver chrono-node) (dates only)";;
    esac
    rows+=("$(awk -v n="$n" -v mb="$mb" -v s="$secs" -v k="$kb" -v ss="$s_secs" -v name="$name" -v c="$label" \
      'BEGIN{if (s < 0.01) s = 0.01; if (ss < 0.01) ss = 0.01;
             printf "%-16s %-36s %9.1f %8.3f %8.1f %8.1fx", c, name, n/s, mb/s, k/1024, s/ss}')")
  done
  echo "   $label: $n articles ($mb MB of text) per system"
}
echo "== speed ($repeat passes over each corpus, one process per system)"
speed conll "CoNLL valid"
speed pn "PolNeAR dev"

echo
printf "%-16s %-36s %9s %8s %8s %9s\n" corpus system articles/s MB/s "peak MB" "storyline"
printf "%-16s %-36s %9s %8s %8s %9s\n" "" "" "" "" "" "x faster"
for r in "${rows[@]}"; do echo "$r"; done

# Quality on the first pass of each output (the first N lines are one pass over the corpus).
first() { head -n "$(wc -l < "$tmp/$2.jsonl")" "$1"; }
jget() {  # jget FILE KEY: a key of the scorer's last-line JSON summary
  $py - "$1" "$2" <<'PYEOF'
import json, sys
try:
    d = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
    for k in sys.argv[2].split("."):
        d = d[k]
    print(f"{d:.4f}" if isinstance(d, float) else d)
except Exception:
    print("n/a")
PYEOF
}
echo
echo "== quality (project scorers, first pass)"
qrows=()
for sys in sl cp; do
  [ -f "$tmp/${sys}_conll.out" ] || continue
  first "$tmp/${sys}_conll.out" conll > "$tmp/${sys}_conll1.jsonl"
  $py "$ev/ner_eval.py" "$data/ner-conll2003-eng/valid.txt" "$tmp/${sys}_conll1.jsonl" > "$tmp/${sys}_ner.txt" 2>&1
  first "$tmp/${sys}_pn.out" pn > "$tmp/${sys}_pn1.jsonl"
  $py "$ev/quotes_eval.py" "$data/quotes-polnear/dev" "$tmp/${sys}_pn1.jsonl" > "$tmp/${sys}_q.txt" 2>&1
  name=$([ $sys = sl ] && echo storyline || echo "compromise (+nearest-person speaker)")
  qrows+=("$(printf '%-38s %7s %7s %9s %9s %9s' "$name" \
    "$(jget "$tmp/${sys}_ner.txt" per_type_f1.PER)" "$(jget "$tmp/${sys}_ner.txt" per_type_f1.LOC)" \
    "$(jget "$tmp/${sys}_q.txt" quote_f1)" "$(jget "$tmp/${sys}_q.txt" speaker_acc)" "$(jget "$tmp/${sys}_q.txt" e2e_f1)")")
done
printf '%-38s %7s %7s %9s %9s %9s\n' system "PER F1" "LOC F1" "quote F1" "speaker" "e2e F1"
printf '%-38s %7s %7s %9s %9s %9s\n' "" "CoNLL" "CoNLL" "PolNeAR" "accuracy" "PolNeAR"
for r in "${qrows[@]}"; do echo "$r"; done

echo
"$bin" --db "$tmp/sl.db" --threads 1 analyze "$tmp/tbaq.jsonl" > "$tmp/sl_tbaq.jsonl" 2> /dev/null || true
$py "$ev/timex_eval.py" "$data/temporal-tempeval3/TBAQ-cleaned" --system "$tmp/sl_tbaq.jsonl" > "$tmp/sl_t.txt" 2>&1
printf '%-38s %9s %11s %11s\n' "dates, TempEval-3 TBAQ" "value F1" "relaxed F1" "strict F1"
printf '%-38s %9s %11s %11s\n' storyline "$(jget "$tmp/sl_t.txt" value_f1)" "$(jget "$tmp/sl_t.txt" relaxed_f1)" "$(jget "$tmp/sl_t.txt" strict_f1)"
if [ $peers = 1 ]; then
  TZ=UTC node bench/analyse/peer_chrono.js "$tmp/tbaq.jsonl" > "$tmp/ch_tbaq.jsonl" 2> /dev/null || true
  $py "$ev/timex_eval.py" "$data/temporal-tempeval3/TBAQ-cleaned" --system "$tmp/ch_tbaq.jsonl" > "$tmp/ch_t.txt" 2>&1
  printf '%-38s %9s %11s %11s\n' "chrono-node $(ver chrono-node)" "$(jget "$tmp/ch_t.txt" value_f1)" "$(jget "$tmp/ch_t.txt" relaxed_f1)" "$(jget "$tmp/ch_t.txt" strict_f1)"
fi
