#!/usr/bin/env python3
"""Builds the rewrite set: articles.jsonl (input of `storyline link`) and gold.jsonl.

All articles are fictional and written for this set (events_*.py). Copies are made here from
their source article with edited boilerplate (bylines, "Advertisement", related links, other
footers), the way aggregators republish wire copy.

  python3 bench/link/rewrites/build_set.py            # rewrites the two files beside it
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import art  # noqa: E402
import events_a  # noqa: E402
import events_b  # noqa: E402
import events_c  # noqa: E402
import events_d  # noqa: E402


def copy_of(src, id, site, url, published, title, head=None, tail=None, insert_every=0,
            drop_paragraph=None):
    """A near-verbatim copy of `src` with other boilerplate around and inside it."""
    paras = src["text"].split("\n\n")
    if drop_paragraph is not None and len(paras) > 2:
        paras = paras[:drop_paragraph] + paras[drop_paragraph + 1:]
    if insert_every:
        out = []
        for i, p in enumerate(paras):
            out.append(p)
            if (i + 1) % insert_every == 0 and i + 1 < len(paras):
                out.append("Advertisement")
        paras = out
    paras = (head or []) + paras + (tail or [])
    a = art(id, "copy", src["event"], site, url, published, title, "\n\n".join(paras), of=src["id"])
    return a


def main():
    articles = events_a.ARTICLES + events_b.ARTICLES + events_c.ARTICLES + events_d.ARTICLES
    by_id = {a["id"]: a for a in articles}
    articles += [
        copy_of(by_id["o01"], "c01", "Dunmore Today", "https://dunmoretoday.com/local/warehouse-fire",
                "2025-03-03T12:00:00Z", "Warehouse fire on Mill Road: what we know",
                head=["By Staff Reporter | Dunmore Today | Updated 12:00"], insert_every=2,
                tail=["Share this story: Facebook | X | Email",
                      "© 2025 Dunmore Today. All rights reserved."]),
        copy_of(by_id["o05"], "c05", "Tech Aggregator", "https://techaggregator.net/corvana-jobs",
                "2025-03-11T16:00:00Z", "Corvana Systems cutting 1,200 jobs",
                tail=["Related: Five cloud companies to watch this spring",
                      "Related: Why storage prices keep falling",
                      "This article originally appeared on Tech Herald."]),
        copy_of(by_id["o12"], "c12", "Court Watch Weekly", "https://courtwatchweekly.com/ashcombe",
                "2025-03-20T10:00:00Z", "Ashcombe guilty on six counts", drop_paragraph=3,
                tail=["Read more: Inside the collapse of Greyford Bank",
                      "Subscribe to our newsletter for daily court coverage."]),
        copy_of(by_id["r18a"], "c18", "Heritage Feed", "https://heritagefeed.com/museum-heist-castelmar",
                "2025-03-27T18:00:00Z", "Museum heist in Castelmar",
                head=["Culture | 3 min read"],
                tail=["Image: the museum's main entrance (file photo).",
                      "Source: Culture Digest"]),
    ]
    by_id = {a["id"]: a for a in articles}
    assert len(by_id) == len(articles), "duplicate ids"

    def root(a):
        seen = set()
        while a["of"] is not None and a["id"] not in seen:
            seen.add(a["id"])
            a = by_id[a["of"]]
        return a

    for a in articles:
        if a["of"] is not None:
            assert a["published"] > by_id[a["of"]]["published"], a["id"]
            a["origin"] = root(a)["id"]
    articles.sort(key=lambda a: (a["published"], a["id"]))

    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in articles:
            rec = {k: a[k] for k in ("id", "url", "site", "published", "title", "text")}
            rec["source"] = a["site"]  # the input field `storyline` reads for the site name
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({k: a[k] for k in ("id", "event", "kind", "of", "origin")}) + "\n")
    # The ctest fixture (src/link/testdata/rewrite_set.jsonl): 3 originals, 4 rewrites/copies,
    # 2 hard negatives with their rewrites, and a follow-up; rewrite_set_test.cc asserts the edges.
    fixture = {"o01", "r01a", "c01", "n01", "rn01", "o03", "r03b", "n03", "rn03", "o07", "h17",
               "o17", "r07a", "f07"}
    repo = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    with open(os.path.join(repo, "src", "link", "testdata", "rewrite_set.jsonl"), "w",
              encoding="utf-8") as f:
        for a in articles:
            if a["id"] in fixture:
                rec = {k: a[k] for k in ("id", "url", "published", "title", "text")}
                rec["source"] = a["site"]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = {}
    for a in articles:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    negatives = sum(1 for a in articles if a["event"][-1] in "nb" and a["kind"] == "original")
    print(f"{len(articles)} articles: {kinds}; hard negatives: {negatives}")


if __name__ == "__main__":
    main()
