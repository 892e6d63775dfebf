#!/usr/bin/env python3
"""Live ingestion during the load test: POSTs JSONL batches to /api/articles at a steady pace.

Usage: poster.py URL TOKEN CORPUS.jsonl SKIP BATCH PER_SECOND SECONDS
Posts lines SKIP.. of CORPUS in batches of BATCH lines, PER_SECOND batches a second, for SECONDS
seconds, then prints one JSON line: batches, articles stored, errors, POST latency p50/p99 (ms).
"""
import json
import sys
import time
import urllib.request


def main():
    url, token, corpus, skip, batch, per_second, seconds = sys.argv[1:8]
    skip, batch, per_second, seconds = int(skip), int(batch), float(per_second), float(seconds)
    with open(corpus, encoding="utf-8") as f:
        lines = f.readlines()[skip:]
    latencies, stored, errors, sent = [], 0, 0, 0
    start = time.monotonic()
    i = 0
    while time.monotonic() - start < seconds and i < len(lines):
        body = "".join(lines[i:i + batch]).encode()
        i += batch
        req = urllib.request.Request(url + "/api/articles", data=body, method="POST", headers={
            "Authorization": "Bearer " + token, "Content-Type": "application/x-ndjson"})
        t0 = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                answer = json.loads(r.read())
                stored += answer.get("stored", 0)
                errors += answer.get("errors", 0)
        except Exception as e:  # noqa: BLE001 - every failure is counted, none stops the run
            print(f"poster: {e}", file=sys.stderr)
            errors += 1
        latencies.append((time.monotonic() - t0) * 1000)
        sent += 1
        next_at = start + sent / per_second
        time.sleep(max(0.0, next_at - time.monotonic()))
    latencies.sort()
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0
    elapsed = time.monotonic() - start
    print(json.dumps({"batches": sent, "stored": stored, "errors": errors,
                      "articles_per_s": round(stored / elapsed, 1),
                      "post_p50_ms": round(pct(0.50), 1), "post_p99_ms": round(pct(0.99), 1)}))


if __name__ == "__main__":
    main()
