#!/usr/bin/env python3
"""Scores actorgraph's actors on the relation corpus (corpus/gold/*.jsonl), tune and check halves.

Usage:
    python3 eval/corpus.py [--bin target/release/actorgraph] [--out DIR] [--json] [--verbose]
                           [--half tune|check|all]

The corpus annotates every actor mention of 1,200 news sentences (3-8 sentence windows of
286 BBC and CoNLL-2003 documents) with its canonical name and type. Each document is built
whole into its own graph (`actorgraph build DOC --format json`), and the actors named in
its annotated windows (mentions with a span; implicit actors are skipped) are scored with
../shared/eval/score.py as a non-exhaustive gold: a gold actor is found when a node's id or
an alias matches its name; a second node for one gold actor counts as a duplicate (a false
positive); other nodes are not counted, since the gold covers only the windows. Gold names
written in lower case (a description the article never ties to a name: "chancellor") are
scored apart (`descriptions`), as the graph names no node that way. The corpus names a
government "<C> government"; actorgraph resolves it to the country C, and so is it scored
unless --governments-as-named.

Relations and affiliations of the windows are scored the same way (recall is the figure to
read). Documents are dealt into halves by the sha256 of their locator: `tune` (even first
byte) and `check` (odd). Reads the texts through corpus/tools/text.py, which refuses
reserved texts. Stdlib only.
"""
import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpus" / "tools"))
import text as corpus_text  # noqa: E402


def records():
    out = {}
    for f in sorted((ROOT / "corpus" / "gold").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.setdefault(r["doc"], []).append(r)
    return out


def half_of(locator):
    return "tune" if hashlib.sha256(locator.encode()).digest()[0] % 2 == 0 else "check"


SHORT = {"UK": "United Kingdom", "US": "United States"}


def as_country(name, kind):
    """The corpus names a government "<C> government" (an organization); actorgraph resolves
    it to the country C (README, "Actors"). Other names as they are."""
    if name.endswith(" government") and kind == "organization":
        country = name[: -len(" government")]
        if country and country[0].isupper():
            return SHORT.get(country, country), "country"
    return name, kind


def gold_of(recs, described, governments=True):
    """The score.py gold of one document: named actors (or only the lower-case ones)."""
    actors, relations, affiliations = {}, set(), set()
    for r in recs:
        ids = {}
        for a in r["actors"]:
            if governments:
                a = dict(a)
                a["name"], a["type"] = as_country(a["name"], a["type"])
            ids[a["id"]] = a
            if a["span"] is None:
                continue
            lower = a["name"][:1].islower()
            if lower == described:
                actors.setdefault(a["name"], a["type"])
        for rel in r["relations"]:
            s, t = ids.get(rel["source"]), ids.get(rel["target"])
            if not s or not t or s["name"] == t["name"]:
                continue
            if rel["relation"] == "affiliated_with":
                affiliations.add((s["name"], t["name"]))
            else:
                relations.add((s["name"], rel["relation"], t["name"], rel.get("symmetric", False)))
    names = set(actors)
    return {
        "exhaustive": False,
        "actors": [{"name": n, "type": t} for n, t in sorted(actors.items())],
        "relations": [
            {"source": s, "relation": c, "target": t, "symmetric": sym}
            for s, c, t, sym in sorted(relations) if s in names and t in names
        ],
        "affiliations": [
            {"person": s, "org": t} for s, t in sorted(affiliations) if s in names and t in names
        ],
    }


def build(binary, locator, out, tmp):
    doc = corpus_text.read_document(locator)
    src = tmp / (hashlib.sha256(locator.encode()).hexdigest()[:16] + ".txt")
    src.write_bytes(doc.data)
    target = out / src.stem
    run = subprocess.run(
        [str(binary), "build", str(src), "--out", str(target), "--format", "json", "--quiet"],
        capture_output=True, text=True)
    if run.returncode not in (0, 3):
        sys.exit(f"actorgraph failed on {locator}: {run.stderr.strip()}")
    return target / "graph.json"


def score(score_py, pairs, verbose):
    args = [sys.executable, str(score_py), "--json"]
    for gold, graph in pairs:
        args += ["--gold", str(gold), "--graph", str(graph)]
    result = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    if verbose:
        listing = subprocess.run(args[:2] + ["-v"] + args[3:], capture_output=True, text=True)
        print(listing.stdout.split("\n\n")[0])
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(ROOT / "target/release/actorgraph"))
    ap.add_argument("--out", help="keep the graphs here (default: a temporary folder)")
    ap.add_argument("--half", default=None, choices=("tune", "check", "all"))
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--governments-as-named", action="store_true",
                    help="score '<C> government' as the corpus names it, not as the country C")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    score_py = ROOT.parent / "shared" / "eval" / "score.py"
    docs = records()
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        out = Path(args.out) if args.out else tmp / "graphs"
        out.mkdir(parents=True, exist_ok=True)
        halves = {"tune": [], "check": []}
        for locator, recs in sorted(docs.items()):
            graph = build(args.bin, locator, out, tmp)
            stem = graph.parent.name
            for described in (False, True):
                g = tmp / f"{stem}.{'described' if described else 'named'}.gold.json"
                gold = gold_of(recs, described, not args.governments_as_named)
                g.write_text(json.dumps(gold), encoding="utf-8")
            halves[half_of(locator)].append((stem, graph))
        results = {}
        wanted = ("tune", "check", "all") if args.half is None else (args.half,)
        for h in wanted:
            items = halves["tune"] + halves["check"] if h == "all" else halves[h]
            for kind in ("named", "described"):
                if args.verbose and kind == "named":
                    print(f"== {h}")
                pairs = [(tmp / f"{stem}.{kind}.gold.json", graph) for stem, graph in items]
                results[f"{h}/{kind}"] = score(score_py, pairs, args.verbose and kind == "named")
    if args.json:
        print(json.dumps(results, sort_keys=True))
        return
    print(f"{'set':16s} {'docs':>4s}  {'actors':>22s}  {'types':>5s}  {'relations R':>11s}  {'affil. R':>8s}")
    for key, r in results.items():
        a = r["actors"]
        print(f"{key:16s} {r['documents']:4d}  P {a['precision']:.2f} R {a['recall']:.3f} "
              f"dup {a['fp']:3d}  {r['actor_type_accuracy'] or 0:.3f}  "
              f"{r['relations']['recall']:11.3f}  {r['affiliations']['recall']:8.3f}")


if __name__ == "__main__":
    main()
