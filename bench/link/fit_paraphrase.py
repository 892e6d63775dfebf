#!/usr/bin/env python3
"""Fits the weights of SentenceParaphraseScore (src/link/features.h) on MSRP train.

  python3 bench/link/fit_paraphrase.py BINARY [--msrp FILE]

Runs `BINARY compare` on MSRP train (made with ../shared/eval/msrp_to_input.py), reads the
sentence features that `compare` prints in `why`, fits a logistic regression (Newton, small L2)
and prints the C++ constants to paste into features.h, with the accuracy of the fitted model
(in-sample and 5-fold cross-validated, relation rule of compare.cc applied: "copy" at bigram
Jaccard 0.8, else "rewrite" at probability 0.5 unless each side gives one figure and they
differ). Pure Python, standard library only.
Nothing from the data is written into the repository: only the fitted weights are used.
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile

# (constant name, feature function of the `why` dict). Order = order of the printed block.
FEATURES = [
    ("kWDice", lambda w: w["word_overlap"]),
    ("kWCoverageMin", lambda w: w["coverage_min"]),
    ("kWCoverageMax", lambda w: w["coverage_max"]),
    ("kWFuzzyMin", lambda w: w["fuzzy_min"]),
    ("kWFuzzyMax", lambda w: w["fuzzy_max"]),
    ("kWBigram", lambda w: w["bigram_jaccard"]),
    ("kWTrigram", lambda w: w["trigram"]),
    ("kWLcs", lambda w: w["lcs"]),
    ("kWLengthRatio", lambda w: w["length_ratio"]),
    ("kWLengthDiff", lambda w: w["length_diff"] / 10),
    ("kWUnmatchedNumbers", lambda w: min(w["unmatched_numbers"], 3)),
    ("kWNegationMismatch", lambda w: w["negation_mismatch"]),
    ("kWFuzzyUnmatchedMax", lambda w: math.log1p(w["fuzzy_unmatched_max"])),
    ("kWDiceLength", lambda w: w["word_overlap"] * w["length_ratio"]),
    ("kWFuzzyMinSquared", lambda w: w["fuzzy_min"] ** 2),
    ("kWNumbersDisjoint", lambda w: w["numbers_disjoint"]),
    ("kWSharedNumbers", lambda w: min(w["shared_numbers"], 3)),
    ("kWUnmatchedMax", lambda w: math.log1p(w["unmatched_words_max"])),
    ("kWUnmatchedMin", lambda w: math.log1p(w["unmatched_words_min"])),
]


def solve(m, v):
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c and a[c][c] != 0:
                f = a[r][c] / a[c][c]
                for k in range(c, n + 1):
                    a[r][k] -= f * a[c][k]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit(xs, ys, l2=1e-2, iters=30):
    d = len(xs[0]) + 1
    w = [0.0] * d
    for _ in range(iters):
        g = [0.0] * d
        h = [[0.0] * d for _ in range(d)]
        for x, t in zip(xs, ys):
            z = [1.0] + x
            s = sum(a * b for a, b in zip(w, z))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, s))))
            for i in range(d):
                g[i] += (p - t) * z[i]
                q = p * (1 - p) * z[i]
                for j in range(d):
                    h[i][j] += q * z[j]
        for i in range(1, d):
            g[i] += l2 * w[i]
            h[i][i] += l2
        step = solve(h, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def predict(w, row):
    """compare.cc's rule: copy at bigram Jaccard 0.8, else rewrite at p >= 0.5 unless each
    side gives one figure and they differ."""
    why, x = row
    if why is None:
        return False
    if why["bigram_jaccard"] >= 0.8:
        return True
    if why.get("numbers_disjoint") and why["unmatched_numbers"] == 1:
        return False  # one figure each side, and they differ: a changed fact
    return sum(a * b for a, b in zip(w, [1.0] + x)) >= 0


def accuracy(w, rows, ys):
    return sum(predict(w, r) == bool(y) for r, y in zip(rows, ys)) / len(ys)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.join(here, "..", "..", "..", "shared")
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--msrp", default=os.path.join(
        shared, "data", "paraphrase-msrp", "msr_paraphrase_train.txt"))
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(shared, "eval"))
    from msrp_to_input import read_msrp  # noqa: E402

    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        subprocess.run([sys.executable, os.path.join(shared, "eval", "msrp_to_input.py"),
                        args.msrp, inp], check=True, capture_output=True)
        p = subprocess.run([args.binary, "--db", os.path.join(tmp, "db"), "compare", inp],
                           check=True, capture_output=True, text=True)
    out = {}
    for line in p.stdout.splitlines():
        o = json.loads(line)
        out[str(o["id"])] = o
    rows, ys = [], []
    for label, i1, i2, _, _ in read_msrp(args.msrp):
        o = out.get(f"{i1}_{i2}")
        why = o["why"] if o and "paraphrase_score" in o.get("why", {}) else None
        rows.append((why, [f(why) for _, f in FEATURES] if why else None))
        ys.append(label)
    fit_idx = [i for i, (why, _) in enumerate(rows) if why is not None]
    w = fit([rows[i][1] for i in fit_idx], [ys[i] for i in fit_idx])
    print(f"MSRP pairs: {len(ys)}, with features: {len(fit_idx)}")
    print(f"in-sample accuracy (compare's rule): {accuracy(w, rows, ys):.4f}")
    idx = list(range(len(ys)))
    random.Random(5).shuffle(idx)
    correct = 0
    for k in range(5):
        test = set(idx[k::5])
        tr = [i for i in fit_idx if i not in test]
        wk = fit([rows[i][1] for i in tr], [ys[i] for i in tr])
        correct += sum(predict(wk, rows[i]) == bool(ys[i]) for i in test)
    print(f"5-fold cross-validated accuracy: {correct / len(ys):.4f}")
    print("// ---- paste into src/link/features.h ----")
    print(f"constexpr double kSentenceBias = {w[0]:.2f};")
    for (name, _), v in zip(FEATURES, w[1:]):
        print(f"constexpr double {name} = {v:.2f};")


if __name__ == "__main__":
    main()
