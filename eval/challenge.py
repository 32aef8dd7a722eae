#!/usr/bin/env python3
"""Scores actorgraph's relations on the written challenge sentences of eval/challenge/.

Usage:
    python3 eval/challenge.py [--bin target/release/actorgraph] [--half tune|check]
                              [--stance | --no-stance] [--verbose] [FILE.tsv ...]

Each `eval/challenge/*.tsv` file holds sentences the project wrote itself (never copied from
news), one construction or event category per row, in two halves written side by side before
any rule for them: a rule may be written from the `tune` rows; it counts only if the `check`
rows hold. Columns (tab-separated; `#` starts a comment line):

    half      tune | check
    category  a short name of the construction or the PLOVER category ("demand_clause", "FIGHT")
    sentence  one invented news sentence (or two, when the row tests a reference across them)
    expected  the relations the sentence states, `;`-separated, each `Source > class > Target`
              with the actors' canonical names (class: meets, backs, opposes); `-` for none

Every row is an article of its own (`r<line>.txt`); all are built in one run with every
statement kept as evidence, and each statement is credited to the row of its document. A
stated relation matches a row's expected one when the class is the same and each side's
name equals the node's id, label or one of its aliases (case-insensitive); `meets` matches
either way round, and so does a statement the graph marks `symmetric` (one edge for a
relation the text states of both sides at once, "X and Y cut ties": write it once). Affiliations are not scored here. Precision counts every meets / backs /
opposes statement of a row; a `-` row states none, so anything there is an extra.
`--stance` / `--no-stance` build with the trigger class `stance` kept / dropped (the
judgements of rows such as `user9.tsv`'s `stance_*` categories); neither flag, the tool's
default (on since stance22).
Stdlib only.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("meets", "backs", "opposes")


def read_rows(paths):
    """[(file, line, half, category, sentence, [(src, class, tgt)])], or exits naming the line."""
    rows = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                sys.exit(f"{path}:{n}: expected 4 tab-separated columns, found {len(cols)}")
            half, cat, sentence, expected = (c.strip() for c in cols)
            if half not in ("tune", "check"):
                sys.exit(f"{path}:{n}: half must be tune or check, not {half!r}")
            rels = []
            if expected != "-":
                for item in expected.split(";"):
                    parts = [p.strip() for p in item.split(">")]
                    if len(parts) != 3 or parts[1] not in CLASSES or not parts[0] or not parts[2]:
                        sys.exit(f"{path}:{n}: bad relation {item.strip()!r} (Source > class > Target)")
                    rels.append(tuple(parts))
            rows.append((path.name, n, half, cat, sentence, rels))
    return rows


def build(binary, rows, work, stance=None):
    texts = work / "texts"
    texts.mkdir()
    for i, row in enumerate(rows):
        (texts / f"r{i:04d}.txt").write_text(row[4] + "\n", encoding="utf-8")
    run = subprocess.run(
        [str(binary), "build", str(texts), "--out", str(work / "out"), "--format", "json",
         "--quiet", "--evidence", "1000000"]
        + ({True: ["--stance"], False: ["--no-stance"]}.get(stance, [])),
        capture_output=True, text=True)
    if run.returncode not in (0, 3):
        sys.exit(f"actorgraph failed: {run.stderr.strip()}")
    return json.loads((work / "out" / "graph.json").read_text(encoding="utf-8"))


def statements(graph):
    """{row index: [(source names, class, target names, trigger)]} from the evidence."""
    names = {}
    for node in graph["nodes"]:
        names[node["id"]] = {s.lower() for s in [node["id"], node.get("label", "")] + node.get("aliases", []) if s}
    out = defaultdict(list)
    for link in graph["links"]:
        if link.get("relation") not in CLASSES:
            continue
        for ev in link.get("evidence", []):
            doc = ev["document"]
            if doc.startswith("r") and doc[1:].isdigit():
                out[int(doc[1:])].append((names[link["source"]], link["relation"],
                                          names[link["target"]], link.get("trigger", ""),
                                          bool(link.get("symmetric"))))
    return out


def matches(stated, want):
    src, cls, tgt, _, symmetric = stated
    ws, wc, wt = (w.lower() for w in want)
    if cls != wc:
        return False
    if ws in src and wt in tgt:
        return True
    return (cls == "meets" or symmetric) and ws in tgt and wt in src


def score(rows, stated, half, verbose):
    by_cat = defaultdict(lambda: [0, 0, 0])  # right, stated, expected
    for i, (fname, line, h, cat, sentence, want) in enumerate(rows):
        if half and h != half:
            continue
        got = stated.get(i, [])
        # one statement per distinct (source, class, target): an edge stated twice is one
        seen, uniq = set(), []
        for s in got:
            key = (min(s[0]), s[1], min(s[2]))
            if key not in seen:
                seen.add(key)
                uniq.append(s)
        right_w = [w for w in want if any(matches(s, w) for s in uniq)]
        extra = [s for s in uniq if not any(matches(s, w) for w in want)]
        c = by_cat[cat]
        c[0] += len(right_w)
        c[1] += len(right_w) + len(extra)
        c[2] += len(want)
        if verbose and (len(right_w) < len(want) or extra):
            print(f"{fname}:{line} [{h} {cat}] {sentence}")
            for w in want:
                if w not in right_w:
                    print(f"    missed  {w[0]} > {w[1]} > {w[2]}")
            for s in extra:
                print(f"    extra   {min(s[0])} > {s[1]} > {min(s[2])}  ({s[3]})")
    return by_cat


def prf(right, stated, expected):
    p = right / stated if stated else 1.0
    r = right / expected if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(ROOT / "target/release/actorgraph"))
    ap.add_argument("--half", choices=("tune", "check"))
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    ap.add_argument("--stance", action="store_const", const=True, default=None,
                    help="keep the trigger class `stance` (judgements; the tool's default)")
    ap.add_argument("--no-stance", dest="stance", action="store_const", const=False,
                    help="drop the trigger class `stance`")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "eval" / "challenge").glob("*.tsv"))
    rows = read_rows(files)
    if not rows:
        sys.exit("no challenge rows")
    with tempfile.TemporaryDirectory() as tmp:
        stated = statements(build(Path(args.bin), rows, Path(tmp), args.stance))
    result = {}
    for half in ([args.half] if args.half else ["tune", "check"]):
        if args.verbose:
            print(f"== {half}")
        by_cat = score(rows, stated, half, args.verbose)
        tot = [sum(c[k] for c in by_cat.values()) for k in range(3)]
        result[half] = {"all": tot, **{k: v for k, v in sorted(by_cat.items())}}
    if args.json:
        print(json.dumps(result, sort_keys=True))
        return
    for half, cats in result.items():
        print(f"{half:6} {'category':22} {'P':>6} {'R':>6} {'F1':>6}   right/stated/expected")
        for cat, (r, s, e) in cats.items():
            p, rc, f = prf(r, s, e)
            print(f"{'':6} {cat:22} {p:6.3f} {rc:6.3f} {f:6.3f}   {r}/{s}/{e}")


if __name__ == "__main__":
    main()
