#!/usr/bin/env python3
"""Peer for bench/extract/run.sh: readability-lxml (Debian python3-readability) on the same
pages as `storyline extract`. Reads every *.html / *.html.gz file of DIR, REPEAT times, extracts
the article (Document(html).summary(), then the text of that HTML, as a user of the library
would) and writes one JSON line {"id", "text"} per page to stdout, so its output can be scored
with the same scorer. Decoding: UTF-8 with replacement (the Scrapinghub pages are UTF-8)."""
import gzip
import json
import os
import sys

import lxml.html
from readability import Document


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: peer_readability.py DIR [REPEAT]")
    root = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    files = sorted(f for f in os.listdir(root) if f.endswith((".html", ".html.gz")))
    out = sys.stdout
    for _ in range(repeat):
        for name in files:
            path = os.path.join(root, name)
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                html = f.read().decode("utf-8", errors="replace")
            try:
                summary = Document(html).summary(html_partial=True)
                text = lxml.html.fromstring(summary).text_content().strip()
            except Exception:  # the peer's failures count as empty output, like a crash
                text = ""
            out.write(json.dumps({"id": path, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
