#!/usr/bin/env python3
"""Noise actors on the BBC corpus: the share of actors with no edge, and with no edge and a
single mention (mostly names met in passing, and words that are no names at all).

Builds every BBC article (../shared/data/news/bbc, all five sections) except those that
../shared/eval/RESERVED.txt keeps for evaluation, and counts over the merged graph.

    python3 eval/noise.py --bin target/release/actorgraph
"""
import argparse
import json
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def reserved():
    out = set()
    for line in (SHARED / "eval" / "RESERVED.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("data/news/bbc/"):
            out.add(line.split()[0])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "actorgraph"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    bbc = SHARED / "data" / "news" / "bbc"
    skip = reserved()
    files = sorted(
        p for p in bbc.glob("*/*.txt")
        if f"data/news/bbc/{p.parent.name}/{p.name}" not in skip
    )
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [args.bin, "build", *map(str, files), "--out", tmp, "--format", "json", "-q"],
            check=True,
        )
        graph = json.loads((pathlib.Path(tmp) / "graph.json").read_text(encoding="utf-8"))
    linked = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    nodes = graph["nodes"]
    lonely = [n for n in nodes if n["id"] not in linked]
    single = [n for n in lonely if n["mentions"] <= 1]
    result = {
        "articles": len(files),
        "actors": len(nodes),
        "no_edge": len(lonely),
        "no_edge_single_mention": len(single),
        "share_no_edge": round(len(lonely) / max(1, len(nodes)), 3),
        "share_no_edge_single_mention": round(len(single) / max(1, len(nodes)), 3),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:30} {v}")


if __name__ == "__main__":
    main()
