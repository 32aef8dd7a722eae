#!/usr/bin/env python3
"""Candidate duplicate nodes within an article: pairs of actors of one article's graph that
look like one real actor (issue 10: "no duplicate node for one real actor within an article").

Builds each article alone (`actorgraph build FILE --format json`) and lists the pairs of its
nodes that share a name form, by the first test that fits:

- `alias`: a surface form (id or alias) of one is a surface form of the other;
- `government`: "X government" next to the country X;
- `contains`: the words of one name are a run of the other's ("Blair" / "Tony Blair",
  "Liberal Democrats" / "Liberal Democrat Party");
- `surname`: the last word of one person is the last word of another;
- `acronym`: one name is the initials of the other ("CBI" / "Confederation of British Industry").

The pairs are candidates to read, not verdicts: two people may share a surname. Reserved
texts (../shared/eval/RESERVED.txt) are skipped. Stdlib only.

    python3 eval/dupes.py --bin target/release/actorgraph DIR [DIR ...] [--first N] [--json]
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SMALL = {"of", "the", "and", "for", "&", "de", "in", "on"}


def reserved():
    out = set()
    for line in (SHARED / "eval" / "RESERVED.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("data/"):
            out.add(line.split()[0])
    return out


def unreserved(folder, first):
    skip = reserved()
    folder = pathlib.Path(folder).resolve()
    files = []
    for p in sorted(folder.glob("*.txt")):
        rel = p.relative_to(SHARED).as_posix() if SHARED in p.parents else p.name
        if rel not in skip:
            files.append(p)
    return files[:first] if first else files


def nodes_of(binary, path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [binary, "build", str(path), "--out", tmp, "--format", "json", "-q"],
            check=True,
        )
        graph = json.loads((pathlib.Path(tmp) / "graph.json").read_text(encoding="utf-8"))
    return graph["nodes"], graph["edges"]


def words(name):
    return name.replace(".", "").replace("-", " ").split()


def contains(long, short):
    lw, sw = words(long), words(short)
    if not sw or len(sw) >= len(lw):
        return False
    return any(lw[i : i + len(sw)] == sw for i in range(len(lw) - len(sw) + 1))


def initials(name):
    return "".join(w[0] for w in words(name) if w.lower() not in SMALL and w[:1].isalpha()).upper()


def forms(node):
    return {node["id"].lower()} | {a.lower() for a in node.get("aliases", [])}


def kind_of(a, b):
    """The first test by which nodes a and b look like one actor, or None."""
    na, nb = a["id"], b["id"]
    if forms(a) & forms(b):
        return "alias"
    for x, y in ((a, b), (b, a)):
        if x["id"].endswith(" government") and y["type"] == "country":
            if x["id"][: -len(" government")] == y["id"]:
                return "government"
    if contains(na, nb) or contains(nb, na):
        return "contains"
    if a["type"] == b["type"] == "person" and words(na)[-1:] == words(nb)[-1:]:
        return "surname"
    for x, y in ((na, nb), (nb, na)):
        if len(words(x)) == 1 and len(x) >= 2 and x.isupper() and len(words(y)) >= 2:
            if initials(y) == x.replace(".", ""):
                return "acronym"
    return None


def pairs_of(nodes):
    out = []
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            kind = kind_of(a, b)
            if kind:
                out.append((kind, a, b))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "actorgraph"))
    ap.add_argument("--first", type=int, default=0, help="the first N unreserved articles of each folder")
    ap.add_argument("--json", action="store_true", help="one JSON line per pair")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    files = [f for d in args.folders for f in unreserved(d, args.first)]
    with ThreadPoolExecutor(args.jobs) as pool:
        graphs = list(pool.map(lambda f: nodes_of(args.bin, f), files))
    counts = collections.Counter()
    total = 0
    for path, (nodes, _edges) in zip(files, graphs):
        total += len(nodes)
        for kind, a, b in pairs_of(nodes):
            counts[kind] += 1
            doc = f"{path.parent.name}/{path.name}"
            if args.json:
                print(json.dumps({"doc": doc, "kind": kind, "a": a["id"], "b": b["id"],
                                  "types": [a["type"], b["type"]]}))
            else:
                print(f"{doc}\t{kind}\t{a['id']} ({a['type']}, {a['mentions']})"
                      f"\t{b['id']} ({b['type']}, {b['mentions']})")
    print(f"# {len(files)} articles, {total} nodes, {sum(counts.values())} candidate pairs: "
          + ", ".join(f"{k} {v}" for k, v in counts.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
