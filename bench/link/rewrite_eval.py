#!/usr/bin/env python3
"""Scores `storyline link` on the hand-written rewrite set (bench/link/rewrites/).

  python3 bench/link/rewrite_eval.py BINARY [--set DIR] [--seeds DIR] [--json-out FILE] [-v]

Runs `BINARY --db <tmp> link DIR/articles.jsonl` and compares with DIR/gold.jsonl:
  - link edges (an article's copy_of, else its rewrite_of) against the gold "of":
      strict: the target is exactly the article it rewrites/copies;
      chain:  the target belongs to the same chain (same root original), e.g. a rewrite linked
              to another rewrite of the same original.
    Precision over every predicted edge (originals, follow-ups, hard negatives included),
    recall over every gold edge. "rewrite->original" is this edge measure (strict).
  - rewrite_of and copy_of separately (the kind must match too).
  - origin: exact match with the gold origin (root original id, or "source:<credit>").
  - stories: purity and inverse purity against gold events, and how many hard negatives share
    a story with the event they imitate.
  - the seed 003 footer ("Original Source: www.aa.com.tr"), when --seeds (default
    ../shared/seeds) holds it: its origin must be "source:aa.com.tr".
Prints a table and, last, one JSON line with every figure.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile


def run_link(binary, paths, tmp):
    db = os.path.join(tmp, "link.db")
    p = subprocess.run([binary, "--db", db, "link", *paths], capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        sys.exit(f"rewrite_eval: {binary} link failed with status {p.returncode}")
    return [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--set", default=os.path.join(here, "rewrites"))
    ap.add_argument("--seeds", default=os.path.join(here, "..", "..", "..", "shared", "seeds"))
    ap.add_argument("--json-out")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = ap.parse_args()

    gold = {}
    with open(os.path.join(args.set, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            gold[g["id"]] = g

    def root(i):
        seen = set()
        while gold[i]["of"] is not None and i not in seen:
            seen.add(i)
            i = gold[i]["of"]
        return i

    with tempfile.TemporaryDirectory() as tmp:
        out = run_link(args.binary, [os.path.join(args.set, "articles.jsonl")], tmp)
        pred = {o["id"]: o for o in out}
        missing = [i for i in gold if i not in pred]
        if missing:
            sys.exit(f"rewrite_eval: no output for {missing}")

        res = {}
        errors = []
        # Link edges (copy_of or rewrite_of).
        n_pred = n_gold = tp_strict = tp_chain = 0
        kind_counts = {k: [0, 0, 0] for k in ("rewrite_of", "copy_of")}  # tp, pred, gold
        for i, g in gold.items():
            o = pred[i]
            target = o.get("copy_of") or o.get("rewrite_of")
            kind = "copy_of" if o.get("copy_of") else ("rewrite_of" if o.get("rewrite_of") else None)
            gkind = {"copy": "copy_of", "rewrite": "rewrite_of"}.get(g["kind"])
            if g["of"] is not None:
                n_gold += 1
                kind_counts[gkind][2] += 1
            if kind is not None:
                n_pred += 1
                kind_counts[kind][1] += 1
            if target is not None:
                strict = target == g["of"]
                chain = g["of"] is not None and target in gold and root(target) == root(i)
                tp_strict += strict
                tp_chain += chain
                if strict and kind == gkind:
                    kind_counts[kind][0] += 1
                if not strict:
                    errors.append(f"edge  {i} ({g['kind']}, gold of={g['of']}) -> {kind}={target}"
                                  f"{' (same chain)' if chain else ''}  why={o.get('why')}")
            elif g["of"] is not None:
                errors.append(f"miss  {i} ({g['kind']} of {g['of']}) why={o.get('why')}")
        res["edge_p"], res["edge_r"], res["edge_f1"] = prf(tp_strict, n_pred, n_gold)
        res["edge_chain_p"], res["edge_chain_r"], _ = prf(tp_chain, n_pred, n_gold)
        res["edges_predicted"], res["edges_gold"] = n_pred, n_gold
        for k, (tp, npred, ngold) in kind_counts.items():
            res[k + "_p"], res[k + "_r"], res[k + "_f1"] = prf(tp, npred, ngold)

        # Origin.
        tp = n_pred = n_gold = 0
        for i, g in gold.items():
            po = pred[i].get("origin")
            if po:
                n_pred += 1
            if g["origin"]:
                n_gold += 1
            if po and po == g["origin"]:
                tp += 1
            elif po or g["origin"]:
                errors.append(f"origin {i}: got {po}, gold {g['origin']}")
        res["origin_p"], res["origin_r"], res["origin_f1"] = prf(tp, n_pred, n_gold)

        # Stories.
        clusters = collections.defaultdict(list)
        for i in gold:
            clusters[pred[i]["story"]].append(i)
        events = collections.defaultdict(list)
        for i, g in gold.items():
            events[g["event"]].append(i)
        n = len(gold)
        res["story_purity"] = sum(
            max(collections.Counter(gold[i]["event"] for i in m).values())
            for m in clusters.values()) / n
        res["story_inverse_purity"] = sum(
            max(collections.Counter(pred[i]["story"] for i in m).values())
            for m in events.values()) / n
        res["stories"], res["events"] = len(clusters), len(events)
        merged = 0
        for ev in events:
            if ev[-1] not in "nb":  # e01n imitates e01, e02b imitates e02
                continue
            neg_stories = {pred[i]["story"] for i in events[ev]}
            pos_stories = {pred[i]["story"] for i in events.get(ev[:-1], [])}
            if neg_stories & pos_stories:
                merged += 1
                errors.append(f"story {ev} shares a story with {ev[:-1]}")
        res["negatives_merged"] = merged
        for m in clusters.values():
            if len({gold[i]["event"] for i in m}) > 1:
                errors.append(f"story mixes {sorted(m)}")

        # Seed 003 footer.
        seeds = sorted(glob.glob(os.path.join(args.seeds, "003_*.txt")))
        if seeds:
            o = run_link(args.binary, seeds[:1], tmp)[0]
            res["seed003_origin"] = o.get("origin")
            res["seed003_ok"] = o.get("origin") == "source:aa.com.tr"

    print(f"rewrite set: {len(gold)} articles, {res['edges_gold']} gold edges, "
          f"{res['events']} events")
    rows = [
        ("rewrite->original edges (strict)", f"P {res['edge_p']:.3f}  R {res['edge_r']:.3f}  F1 {res['edge_f1']:.3f}"),
        ("  same chain accepted", f"P {res['edge_chain_p']:.3f}  R {res['edge_chain_r']:.3f}"),
        ("rewrite_of", f"P {res['rewrite_of_p']:.3f}  R {res['rewrite_of_r']:.3f}"),
        ("copy_of", f"P {res['copy_of_p']:.3f}  R {res['copy_of_r']:.3f}"),
        ("origin", f"P {res['origin_p']:.3f}  R {res['origin_r']:.3f}"),
        ("story purity / inverse purity", f"{res['story_purity']:.3f} / {res['story_inverse_purity']:.3f}"
                                          f"  ({res['stories']} stories, {res['events']} events)"),
        ("hard negatives merged", str(res["negatives_merged"])),
    ]
    if "seed003_ok" in res:
        rows.append(("seed 003 footer origin", f"{res['seed003_origin']} "
                                               f"({'ok' if res['seed003_ok'] else 'WRONG'})"))
    for name, value in rows:
        print(f"  {name:34s} {value}")
    if errors:
        print(f"  {len(errors)} errors" + ("" if args.verbose else " (-v lists them)"))
        if args.verbose:
            for e in errors:
                print("   ", e)
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump(res, f)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
