#!/usr/bin/env python3
"""tools/edge-diff.py A B: the statements two runs of tools/regress.sh disagree on.

A and B are the OUT folders of two regress runs (pol/graph.json, bus/graph.json, built with
all the evidence kept). Prints every relation statement (meets, backs, opposes; affiliations
left out) one graph has and the other lacks, as "- " (only in A) or "+ " (only in B), with
its document and sentence, so that each added or lost statement of a change is read.
Stdlib only.
"""
import json
import sys
from pathlib import Path

AFFILIATIONS = ("affiliated_with", "member_of")


def statements(folder):
    """The set of (graph, source, relation, target, document, sentence) of a regress run."""
    out = set()
    for sub in ("pol", "bus"):
        path = Path(folder) / sub / "graph.json"
        if not path.exists():
            continue
        graph = json.loads(path.read_text(encoding="utf-8"))
        for e in graph["links"]:
            if e["relation"] in AFFILIATIONS:
                continue
            for ev in e.get("evidence", []):
                out.add((sub, e["source"], e["relation"], e["target"], ev["document"], ev["text"][:200]))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[0])
    a, b = statements(sys.argv[1]), statements(sys.argv[2])
    for sign, only in (("-", a - b), ("+", b - a)):
        for sub, src, rel, tgt, doc, text in sorted(only):
            print(sign, sub, f"{src} -{rel}-> {tgt}", doc, "|", text)
    print(f"removed {len(a - b)} added {len(b - a)}", file=sys.stderr)


if __name__ == "__main__":
    main()
