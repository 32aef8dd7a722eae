#!/usr/bin/env python3
"""Scores actorgraph on the development gold set, split into a tuning half and a check half.

Usage:
    python3 eval/dev.py [--bin target/release/actorgraph] [--dev ../shared/eval/dev]
                        [--out DIR] [--json] [--verbose]

Each dev article is built into its own graph (`actorgraph build ART --format json`), as
../shared/eval/dev/README.md prescribes, and scored with ../shared/eval/score.py. The
articles of each collection (bbc, plover, re3d) are sorted by name and dealt alternately
into two halves: `tune` (1st, 3rd, ...) and `check` (2nd, 4th, ...). Rules and thresholds
may be chosen on the tuning half; a change counts only if it also holds on the check half
(see the README, "Measuring"). Stdlib only.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus  # eval/corpus.py: the scorer call shared with the corpus tools

ROOT = Path(__file__).resolve().parent.parent
COLLECTIONS = ("bbc", "plover", "re3d")
PARTS = ("actors", "relations", "affiliations")


def halves(dev):
    """{collection: {"tune": [stems], "check": [stems]}}, deterministic."""
    out = {}
    for c in COLLECTIONS:
        stems = sorted(p.name[: -len(".gold.json")] for p in dev.glob(f"{c}-*.gold.json"))
        out[c] = {"tune": stems[0::2], "check": stems[1::2]}
    return out


def build(binary, dev, stems, out):
    for stem in stems:
        target = out / stem
        run = subprocess.run(
            [str(binary), "build", str(dev / f"{stem}.txt"), "--out", str(target),
             "--format", "json", "--quiet"],
            capture_output=True, text=True)
        if run.returncode not in (0, 3):
            sys.exit(f"actorgraph failed on {stem}: {run.stderr.strip()}")
        (out / f"{stem}.json").write_bytes((target / "graph.json").read_bytes())


def score(score_py, dev, out, stems, verbose):
    pairs = [(dev / f"{stem}.gold.json", out / f"{stem}.json") for stem in stems]
    return corpus.score(score_py, pairs, verbose)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(ROOT / "target/release/actorgraph"))
    ap.add_argument("--dev", default=str(ROOT.parent / "shared/eval/dev"))
    ap.add_argument("--out", help="keep the graphs here (default: a temporary folder)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    dev = Path(args.dev)
    score_py = dev.parent / "score.py"
    split = halves(dev)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        build(args.bin, dev, [s for c in split.values() for h in c.values() for s in h], out)
        results = {}
        for c, parts in split.items():
            for half in ("tune", "check"):
                if args.verbose:
                    print(f"== {c} {half}")
                results[f"{c}/{half}"] = score(score_py, dev, out, parts[half], args.verbose)
            results[f"{c}/all"] = score(score_py, dev, out, parts["tune"] + parts["check"], False)
    if args.json:
        print(json.dumps(results, sort_keys=True))
        return
    print(f"{'set':14s} {'docs':>4s}  " + "  ".join(f"{p:>22s}" for p in PARTS))
    for key, r in results.items():
        cells = []
        for p in PARTS:
            m = r[p]
            cells.append(f"P {m['precision']:.2f} R {m['recall']:.2f} F {m['f1']:.3f}")
        print(f"{key:14s} {r['documents']:4d}  " + "  ".join(f"{c:>22s}" for c in cells))


if __name__ == "__main__":
    main()
