#!/usr/bin/env bash
# HTTP load test of `storyline serve` (issue 7): wrk against a store of N generated articles,
# one scenario at a time (story list pages, story pages, search), each while a client keeps
# POSTing new articles (live ingestion through the single writer).
# Usage: bench/load/run.sh [BUILD_DIR] [ARTICLES]      (defaults: build, 100000)
# Env: DURATION=20 (seconds per scenario), CONNS=16 (wrk connections), THREADS=2 (wrk threads),
#      POST_BATCH=20 and POST_PER_S=1 (live ingestion), REBUILD=1 (re-ingest the store).
# Prints requests/s, latency p50/p90/p99, errors per scenario, the live ingestion rate and POST
# latency, and the server's peak RSS. The store is kept in bench/out/ between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
n=${2:-100000}
dur=${DURATION:-20}
conns=${CONNS:-16}
wrk_threads=${THREADS:-2}
batch=${POST_BATCH:-20}
per_s=${POST_PER_S:-1}
bash scripts/setup.sh --bench >/dev/null
for b in storyline storyline_gen; do
  [ -x "$build/$b" ] || { echo "bench/load: $build/$b not built" >&2; exit 1; }
done
out=bench/out/load
mkdir -p "$out"
corpus=$out/corpus-$n.jsonl
db=$out/store-$n.db
# N articles to load up front, and the generator's next 50,000 for live ingestion (same seed:
# the first N lines are the same articles).
[ -s "$corpus" ] || "$build/storyline_gen" $((n + 50000)) 7 > "$corpus"
if [ ! -s "$db" ] || [ "${REBUILD:-0}" = 1 ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  echo "bench/load: ingesting $n articles into $db"
  head -n "$n" "$corpus" > "$out/base.jsonl"
  /usr/bin/time -f "%e s, peak %M KB" "$build/storyline" --db "$db" ingest --no-progress --threads 2 \
    "$out/base.jsonl" 2>&1 | tail -2
  rm -f "$out/base.jsonl"
fi
python3 - "$db" "$out/ids.txt" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in con.execute("SELECT id FROM stories")]
open(sys.argv[2], "w").write("\n".join(ids) + "\n")
n = con.execute('SELECT COUNT(*) FROM articles').fetchone()[0]
open(sys.argv[2] + ".count", "w").write(str(n))
print(f"bench/load: store has {n} articles, {len(ids)} stories")
PY
# Search words: the generator's vocabulary (kinds of event, place stems, first names).
printf '%s\n' flood earthquake strike election breach wildfire crash summit ruling fire \
  Alder Kestrel Thorn Marsh Juniper Harbour Authority Amara Bram Celia Okafor residents \
  > "$out/words.txt"

token=load-test-token
"$build/storyline" --db "$db" serve --port 0 --token "$token" 2> "$out/server.log" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true' EXIT
# Startup restores the linker from the store (every article is read once).
started=$(date +%s.%N)
for _ in $(seq 1500); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$out/server.log" | head -1 | sed 's/.*://') || true
  [ -n "${port:-}" ] && break
  kill -0 $server 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "${port:-}" ] || { echo "bench/load: server did not start in 300 s" >&2; exit 1; }
ready=$(python3 -c 'import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))' "$started" "$(date +%s.%N)")
echo "bench/load: server ready in $ready s"
url=http://127.0.0.1:$port
echo "bench/load: server on $url; wrk -t$wrk_threads -c$conns -d${dur}s per scenario; live ingestion $((batch * ${per_s%.*})) articles/s in batches of $batch"

posted=$(cat "$out/ids.txt.count")  # live ingestion goes on where the store ends
scenario() {  # name lua ingest(0/1)
  local name=$1 lua=$2 ingest=$3 poster=""
  if [ "$ingest" = 1 ]; then
    python3 bench/load/poster.py "$url" "$token" "$corpus" "$posted" "$batch" "$per_s" "$dur" \
      > "$out/$name.post" 2> "$out/$name.post.err" &
    poster=$!
  fi
  IDS=$out/ids.txt WORDS=$out/words.txt wrk -t"$wrk_threads" -c"$conns" -d"${dur}s" --latency \
    -s "bench/load/$lua" "$url" > "$out/$name.wrk"
  if [ -n "$poster" ]; then
    wait "$poster"
    posted=$((posted + $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["batches"])' "$out/$name.post") * batch))
  else
    echo '{}' > "$out/$name.post"
  fi
  python3 - "$name" "$out/$name.wrk" "$out/$name.post" <<'PY'
import json, re, sys
name, wrk, post = sys.argv[1], open(sys.argv[2]).read(), json.load(open(sys.argv[3]))
def ms(s):
    v, u = re.match(r"([\d.]+)(us|ms|s)", s).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[u]
pct = {p: ms(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)", wrk, re.M)}
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", wrk) or [0, 0])[1])
sock = sum(int(x) for x in (re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", wrk) or [None, 0, 0, 0, 0])[1:5]) if "Socket errors" in wrk else 0
live = f"{post['articles_per_s']:>6} art/s stored, POST p50 {post['post_p50_ms']} ms p99 {post['post_p99_ms']} ms, {post['errors']} errors" if post else "(no ingestion)"
print(f"{name:<22} {rps:>9.0f} {pct.get('50',0):>8.2f} {pct.get('90',0):>8.2f} {pct.get('99',0):>8.2f} {non2xx + sock:>7}  {live}")
PY
}
printf '%-22s %9s %8s %8s %8s %7s  %s\n' scenario "req/s" "p50 ms" "p90 ms" "p99 ms" errors "live ingestion"
scenario story-page story.lua 0
scenario story-page+ingest story.lua 1
scenario story-list+ingest list.lua 1
scenario search+ingest search.lua 1
echo "bench/load: server peak RSS $(awk '/VmHWM/{printf "%.0f MB", $2/1024}' /proc/$server/status)"
kill -TERM $server
wait $server && echo "bench/load: server stopped cleanly (exit 0) after SIGTERM"
trap - EXIT
