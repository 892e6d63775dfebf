#!/usr/bin/env python3
"""Builds examples/demo/jsonl/late-edition.jsonl.gz from tools/demo/gz_src/late-edition.jsonl.

The source is kept uncompressed here (under tools/, outside examples/demo) so
that `storyline ingest examples/demo` does not read the same articles twice.
Each line is checked to be a JSON object with "id" and "text". The gzip
stream has mtime=0 and no file name, so the output is byte-for-byte
reproducible.

Usage (from the repository root):
  python3 tools/demo/make_jsonl_gz.py
"""
import gzip
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SRC = os.path.join(HERE, "gz_src", "late-edition.jsonl")
OUT = os.path.join(ROOT, "examples", "demo", "jsonl", "late-edition.jsonl.gz")


def main():
    with open(SRC, "rb") as f:
        raw = f.read()
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        obj = json.loads(line)
        if not isinstance(obj, dict) or not obj.get("id") or not obj.get("text"):
            print("%s:%d: need an object with id and text" % (SRC, n), file=sys.stderr)
            return 1
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())
    print("wrote %s: %d records" % (os.path.relpath(OUT, ROOT), raw.count(b"\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
