#!/usr/bin/env python3
"""Checks examples/demo against its gold file, tests/golden/demo_expected.json.

Reads every input the way `storyline ingest examples/demo` should see it
(JSONL, JSONL.gz, HTML, TXT, WARC.gz) with an independent, deliberately
simple reader, then verifies that:
  - every id named in the gold file exists, and every article is in exactly
    one story;
  - copies really are verbatim: the original's paragraphs appear in the copy;
  - rewrites really are rewrites: no sentence outside quotation marks is
    copied word for word from the original, while numbers are kept;
  - every gold quote, entity and date string occurs in its article, and
    dates are only claimed for articles with a known publication time.
Exit status 0 when all checks pass, 1 otherwise (each failure is printed).

Usage (from the repository root): python3 tools/demo/check_demo.py
"""
import glob
import gzip
import html
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEMO = "examples/demo"

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


# The body containers used by the demo's site templates. This reader only
# needs to understand the demo's own pages; storyline's extractor must find
# the body without such a list.
BODY_CLASSES = {"article-body", "story-body", "article-text", "entry-content"}
BODY_IDS = {"story-text"}


class Paragraphs(html.parser.HTMLParser):
    """Collects the text of every <p> in the article body container, and the
    publication-date metadata."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self._buf, self._depth = [], [], 0
        self.published = None
        self._ld = False
        self._ldbuf = []
        self._div_depth = 0    # <div> nesting inside the body container
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self._in_body:
                self._div_depth += 1
            elif BODY_CLASSES & set((a.get("class") or "").split()) or a.get("id") in BODY_IDS:
                self._in_body, self._div_depth = True, 1
        if tag == "p" and self._in_body:
            self._depth += 1
            self._buf = []
        elif tag == "meta":
            if a.get("property") == "article:published_time" or a.get("itemprop") == "datePublished":
                self.published = self.published or a.get("content")
        elif tag == "time" and a.get("datetime"):
            self.published = self.published or a.get("datetime")
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._ld, self._ldbuf = True, []

    def handle_endtag(self, tag):
        if tag == "div" and self._in_body:
            self._div_depth -= 1
            self._in_body = self._div_depth > 0
        if tag == "p" and self._depth:
            self._depth -= 1
            self.paras.append(re.sub(r"\s+", " ", "".join(self._buf)).strip())
        elif tag == "script" and self._ld:
            self._ld = False
            m = re.search(r'"datePublished":\s*"([^"]+)"', "".join(self._ldbuf))
            if m:
                self.published = self.published or m.group(1)

    def handle_data(self, data):
        if self._depth:
            self._buf.append(data)
        if self._ld:
            self._ldbuf.append(data)


def parse_html(text):
    p = Paragraphs()
    p.feed(text)
    p.close()
    return p.paras, p.published


def read_warc(path):
    """Yields (record_id, type, payload_bytes) for every record."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    pos = 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        head = data[pos:end].decode("utf-8").split("\r\n")
        assert head[0] in ("WARC/1.1", "WARC/1.0"), head[0]
        fields = dict(line.split(": ", 1) for line in head[1:])
        n = int(fields["Content-Length"])
        block = data[end + 4:end + 4 + n]
        assert data[end + 4 + n:end + 8 + n] == b"\r\n\r\n", "record trailer"
        pos = end + 8 + n
        rid = fields["WARC-Record-ID"].strip("<>")
        yield rid, fields["WARC-Type"], block


def load():
    """Returns {id: {"paras": [...], "published": str|None, "kind": str}}."""
    arts = {}

    def add(i, paras, published, kind):
        if i in arts:
            fail("duplicate article id %s" % i)
        arts[i] = {"paras": [p for p in paras if p], "published": published, "kind": kind}

    for path in sorted(glob.glob(DEMO + "/jsonl/*.jsonl")) + sorted(glob.glob(DEMO + "/jsonl/*.jsonl.gz")):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                add(r["id"], r["text"].split("\n\n"), r.get("published"), "jsonl")
    for path in sorted(glob.glob(DEMO + "/html/*.html")):
        with open(path, encoding="utf-8") as f:
            paras, pub = parse_html(f.read())
        add(path, paras, pub, "html")
    for path in sorted(glob.glob(DEMO + "/txt/*.txt")):
        with open(path, encoding="utf-8") as f:
            add(path, f.read().splitlines(), None, "txt")
    for rid, typ, block in read_warc(DEMO + "/warc/demo.warc.gz"):
        if typ != "response":
            continue
        head, _, body = block.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200"), head[:20]
        paras, pub = parse_html(body.decode("utf-8"))
        add(rid, paras, pub, "warc")
    return arts


def text_of(a):
    return "\n".join(a["paras"])


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text) if s.strip()]


def main():
    os.chdir(ROOT)
    arts = load()
    with open("tests/golden/demo_expected.json", encoding="utf-8") as f:
        exp = json.load(f)

    seen = {}
    for n, story in enumerate(exp["stories"]):
        for i in story:
            if i not in arts:
                fail("story %d: unknown id %s" % (n, i))
            if i in seen:
                fail("%s is in stories %d and %d" % (i, seen[i], n))
            seen[i] = n
    for i in arts:
        if i not in seen:
            fail("article %s is in no story" % i)

    for name in ("copies", "rewrites", "origins"):
        for k, v in exp[name].items():
            for i in (k, v):
                if i not in arts:
                    fail("%s: unknown id %s" % (name, i))
            if k in seen and v in seen and seen[k] != seen[v]:
                fail("%s: %s and %s are in different stories" % (name, k, v))

    for copy, orig in exp["copies"].items():
        cp = set(arts[copy]["paras"])
        missing = [p for p in arts[orig]["paras"] if p not in cp]
        if missing:
            fail("copy %s lacks %d paragraphs of %s, e.g. %r" % (copy, len(missing), orig, missing[0][:60]))

    for rw, orig in exp["rewrites"].items():
        orig_text = text_of(arts[orig])
        for s in sentences(text_of(arts[rw])):
            if re.search("[\"“”]", s) or s.startswith("Original Source:") or len(s.split()) < 6:
                continue
            if s in orig_text:
                fail("rewrite %s copies a sentence of %s: %r" % (rw, orig, s[:70]))
        nums = set(re.findall(r"\d[\d,.]*\d|\d", orig_text))
        kept = nums & set(re.findall(r"\d[\d,.]*\d|\d", text_of(arts[rw])))
        if len(kept) < 0.6 * len(nums):
            fail("rewrite %s keeps only %d of %d numbers of %s" % (rw, len(kept), len(nums), orig))

    def norm(s):
        return s.replace("’", "'").replace("“", '"').replace("”", '"')

    for q in exp["quotes"]:
        t = norm(text_of(arts.get(q["article"], {"paras": []})))
        if norm(q["contains"]) not in t:
            fail("quote %r not in %s" % (q["contains"], q["article"]))
        if q["speaker"].split()[-1] not in t:
            fail("speaker %s not named in %s" % (q["speaker"], q["article"]))
    for e in exp["entities"]:
        if e["entity"] not in text_of(arts.get(e["article"], {"paras": []})):
            fail("entity %r not in %s" % (e["entity"], e["article"]))
        if e["type"] not in ("PERSON", "ORG", "PLACE", "MISC"):
            fail("entity type %s" % e["type"])
    for d in exp["dates"]:
        a = arts.get(d["article"])
        if not a or d["text"] not in text_of(a):
            fail("date text %r not in %s" % (d["text"], d["article"]))
        elif not a["published"]:
            fail("date gold for %s, which has no known published date" % d["article"])

    kinds = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    print("articles: %d %s; stories: %d; copies: %d; rewrites: %d; quotes: %d; entities: %d; dates: %d"
          % (len(arts), dict(sorted(kinds.items())), len(exp["stories"]), len(exp["copies"]),
             len(exp["rewrites"]), len(exp["quotes"]), len(exp["entities"]), len(exp["dates"])))
    print("FAILED: %d" % len(failures) if failures else "OK")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
