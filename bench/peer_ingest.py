#!/usr/bin/env python3
"""Peer for bench/ingest.sh: the naive way to keep a JSONL news corpus searchable -- Python's
json + sqlite3 modules loading every article into an FTS5 table in batched transactions. It does
far less than storyline (no analysis, no linking), so the ratio shows what storyline's extra
stages cost relative to plain storage."""
import json
import sqlite3
import sys


def main():
    corpus, db_path = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS articles(id TEXT PRIMARY KEY, title TEXT, text TEXT)")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, text)")
    batch = []
    with open(corpus, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                a = json.loads(line)
            except ValueError:
                continue
            batch.append((a.get("id"), a.get("title") or "", a.get("text") or ""))
            if len(batch) >= 256:
                flush(db, batch)
    flush(db, batch)


def flush(db, batch):
    with db:
        db.executemany("INSERT OR IGNORE INTO articles VALUES(?,?,?)", batch)
        db.executemany("INSERT INTO fts VALUES(?,?)", [(t, x) for _, t, x in batch])
    batch.clear()


if __name__ == "__main__":
    main()
