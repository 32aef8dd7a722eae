#!/usr/bin/env python3
"""Adjudication: agreed items go to gold, disagreements are decided, then merged.

    python3 corpus/tools/adjudicate.py diff A.jsonl B.jsonl [C.jsonl] --out DIR
    python3 corpus/tools/adjudicate.py show DIR [--all]      # print the open disagreements with text
    python3 corpus/tools/adjudicate.py merge DIR --out GOLD.jsonl

diff writes DIR/agreed.jsonl (per sentence, the items the annotators agree on) and
DIR/disagreements.jsonl (one line per disputed item, "decision": null).

Units of agreement
  * actor mention: mentions are clustered across annotators by span overlap (implicit
    actors by name); a cluster is agreed when a majority (both of two, two of three)
    gave the same span, type and canonical name (normalised); otherwise it is disputed.
  * relation: all relations of one class between one pair of entities (entities as in
    agree.py); agreed when a majority gave the same set of (direction, modality,
    stance, indirect). Triggers are taken from the first agreeing annotator.

Deciding: in disagreements.jsonl set "decision" to an option label ("A", "B", "C"):
that annotator's version is taken (a null/empty option means "nothing"), or to
{"edit": VALUE} with VALUE in the same shape as an option (an actor object or null; a
list of relation objects). Offsets are byte offsets, as in the annotation files; take
them from show.py.

merge builds one gold record per sentence (annotator "gold"), re-numbers actor ids,
re-attaches relation endpoints to gold actors (by span, then by name; an endpoint that
is missing is added as an actor, with a warning) and validates the result.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import annot as A  # noqa: E402
import text as T  # noqa: E402
import validate as V  # noqa: E402


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def descriptor(actor):
    return {"span": actor["span"], "name": actor["name"], "type": actor["type"]}


def rel_descriptor(rel, by_id):
    d = {"source": descriptor(by_id[rel["source"]]), "target": descriptor(by_id[rel["target"]])}
    for k in ("relation", "symmetric", "trigger", "modality", "stance", "indirect"):
        d[k] = rel[k]
    return d


def actor_sig(a):
    return (tuple(a["span"]) if a["span"] is not None else None, a["type"], A.norm_name(a["name"]))


def diff(paths, out_dir, allow_missing=False):
    files = [A.load_records(p) for p in paths]
    labels = []
    for p, recs in zip(paths, files):
        anns = {r["annotator"] for r in recs.values()}
        if len(anns) != 1:
            raise SystemExit(f"{p}: expected records of one annotator, found {sorted(anns)}")
        labels.append(anns.pop())
    if len(set(labels)) != len(labels):
        raise SystemExit(f"the files must come from different annotators (got {labels})")
    n = len(files)
    need = n // 2 + 1
    all_keys = [k for k in files[0]] + [k for f in files[1:] for k in f if k not in files[0]]
    common = [k for k in all_keys if all(k in f for f in files)]
    missing = [k for k in all_keys if k not in common]
    if missing and not allow_missing:
        raise SystemExit("sentences not annotated by every annotator (use --allow-missing to skip them):\n  "
                         + "\n  ".join(A.key_str(k) for k in missing))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    agreed_lines, dis_lines = [], []
    counter = 0

    for key in common:
        recs = [f[key] for f in files]
        find, matches = A.entities(recs)
        by_id = [{a["id"]: a for a in r["actors"]} for r in recs]
        # --- actor clusters
        cluster_of = {}  # (k, actor id) -> cluster index
        clusters = []  # list of {k: actor}
        for k, rec in enumerate(recs):
            for j, a in enumerate(rec["actors"]):
                target = None
                for l in range(k):
                    for i, jj in matches[(l, k)]:
                        if jj == j:
                            c = cluster_of[(l, recs[l]["actors"][i]["id"])]
                            if k not in clusters[c]:
                                target = c
                            break
                    if target is not None:
                        break
                if target is None:
                    clusters.append({})
                    target = len(clusters) - 1
                clusters[target][k] = a
                cluster_of[(k, a["id"])] = target
        agreed_actors = []
        for cl in clusters:
            sigs = {}
            for k in range(n):
                sigs.setdefault(actor_sig(cl[k]) if k in cl else None, []).append(k)
            best = max(sigs.items(), key=lambda kv: len(kv[1]))
            if len(best[1]) >= need:
                if best[0] is not None:
                    agreed_actors.append(descriptor(cl[best[1][0]]))
            else:
                counter += 1
                dis_lines.append({"id": f"d{counter:04d}", "key": A.key_str(key), "kind": "actor",
                                  "options": {labels[k]: (descriptor(cl[k]) if k in cl else None) for k in range(n)},
                                  "decision": None})
        # --- relation groups
        groups = {}
        for k, rec in enumerate(recs):
            for cls, s, t, sym, r in A.rel_items(rec, k, find):
                g = groups.setdefault((cls, frozenset((s, t))), {kk: [] for kk in range(n)})
                g[k].append((("sym",) if sym else (s, t), r["modality"], r["stance"], r["indirect"], r))
        agreed_rels = []
        for (cls, _), g in sorted(groups.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
            sigs = {}
            for k in range(n):
                sig = tuple(sorted((x[0], x[1], x[2], x[3]) for x in g[k]))
                sigs.setdefault(sig, []).append(k)
            best = max(sigs.items(), key=lambda kv: len(kv[1]))
            if len(best[1]) >= need:
                k0 = best[1][0]
                agreed_rels += [rel_descriptor(x[4], by_id[k0]) for x in g[k0]]
            else:
                opts = {labels[k]: [rel_descriptor(x[4], by_id[k]) for x in g[k]] for k in range(n)}
                first = next(v[0] for v in opts.values() if v)
                counter += 1
                dis_lines.append({"id": f"d{counter:04d}", "key": A.key_str(key), "kind": "relation",
                                  "relation": cls, "between": [first["source"]["name"], first["target"]["name"]],
                                  "options": opts, "decision": None})
        flags = sorted({f for r in recs for f in r.get("flags", []) if f == "bad_split"})
        agreed_lines.append({"doc": key[0], "sha256": recs[0]["sha256"], "sentence": [key[1], key[2]],
                             "annotators": labels, "flags": flags, "actors": agreed_actors,
                             "relations": agreed_rels})
    with open(out_dir / "agreed.jsonl", "w", encoding="utf-8") as f:
        for line in agreed_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(out_dir / "disagreements.jsonl", "w", encoding="utf-8") as f:
        for line in dis_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(agreed_lines), dis_lines, missing


def _decided_value(d):
    dec = d.get("decision")
    if dec is None:
        return False, None
    if isinstance(dec, str):
        if dec not in d["options"]:
            raise ValueError(f"{d['id']}: decision {dec!r} is not one of {sorted(d['options'])}")
        return True, d["options"][dec]
    if isinstance(dec, dict) and set(dec) == {"edit"}:
        return True, dec["edit"]
    raise ValueError(f"{d['id']}: decision must be an option label or {{\"edit\": ...}}")


def merge(dir_, out_path):
    dir_ = Path(dir_)
    agreed = read_jsonl(dir_ / "agreed.jsonl")
    dis = read_jsonl(dir_ / "disagreements.jsonl")
    errors, warnings = [], []
    extra = {}
    for d in dis:
        try:
            ok, value = _decided_value(d)
        except ValueError as e:
            errors.append(str(e))
            continue
        if not ok:
            errors.append(f"{d['id']} ({d['key']}): no decision")
            continue
        slot = extra.setdefault(d["key"], {"actors": [], "relations": []})
        if d["kind"] == "actor":
            if value is not None:
                slot["actors"].append(value)
        else:
            slot["relations"] += list(value or [])
    if errors:
        return errors, warnings, 0
    out = []
    for rec in agreed:
        key = A.key_str((rec["doc"], rec["sentence"][0], rec["sentence"][1]))
        more = extra.get(key, {"actors": [], "relations": []})
        actors = []

        def add_actor(d):
            for a in actors:
                if a["span"] == d["span"] and (d["span"] is not None or A.norm_name(a["name"]) == A.norm_name(d["name"])):
                    return a["id"]
            a = {"id": f"a{len(actors) + 1}", "span": d["span"], "name": d["name"], "type": d["type"]}
            actors.append(a)
            return a["id"]

        for d in rec["actors"] + more["actors"]:
            add_actor(d)

        def resolve(d):
            for test in (lambda a: a["span"] == d["span"] and A.norm_name(a["name"]) == A.norm_name(d["name"]),
                         lambda a: a["span"] is not None and a["span"] == d["span"],
                         lambda a: A.norm_name(a["name"]) == A.norm_name(d["name"]) and (a["span"] is None) == (d["span"] is None),
                         lambda a: A.norm_name(a["name"]) == A.norm_name(d["name"])):
                hit = next((a for a in actors if test(a)), None)
                if hit:
                    return hit["id"]
            warnings.append(f"{key}: relation endpoint {d['name']!r} {d['span']} was not a gold actor: added")
            return add_actor(d)

        rels = []
        for r in rec["relations"] + more["relations"]:
            g = {"source": resolve(r["source"]), "target": resolve(r["target"])}
            for k in ("relation", "symmetric", "trigger", "modality", "stance", "indirect"):
                g[k] = r[k]
            rels.append(g)
        gold = {"doc": rec["doc"], "sha256": rec["sha256"], "sentence": rec["sentence"], "annotator": "gold",
                "flags": rec.get("flags", []), "actors": actors, "relations": rels}
        for e in V.check_record(gold):
            errors.append(f"{key}: {e}")
        out.append(gold)
    if not errors:
        with open(out_path, "w", encoding="utf-8") as f:
            for g in out:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return errors, warnings, len(out)


def show(dir_, show_all=False, out=None):
    out = out or sys.stdout
    dis = read_jsonl(Path(dir_) / "disagreements.jsonl")
    for d in dis:
        if d.get("decision") is not None and not show_all:
            continue
        loc, s, e = T.parse_key(d["key"])
        doc = T.read_document(loc)
        txt = lambda sp: "(implicit)" if sp is None else repr(doc.slice(*sp))
        print(f"\n--- {d['id']} {d['kind']} {d.get('relation', '')} decision={d.get('decision')}", file=out)
        print(f"    {d['key']}", file=out)
        print(f">>> {doc.slice(s, e)}", file=out)
        for lab, v in d["options"].items():
            if d["kind"] == "actor":
                desc = "(none)" if v is None else f"{txt(v['span'])}{v['span']} -> {v['name']} ({v['type']})"
                print(f"  {lab}: {desc}", file=out)
            else:
                if not v:
                    print(f"  {lab}: (none)", file=out)
                for r in v:
                    arrow = "<-" if r["symmetric"] else "-"
                    flags = [r["modality"]] + [k for k in ("stance", "indirect") if r[k]]
                    print(f"  {lab}: {r['source']['name']} {txt(r['source']['span'])} {arrow}{r['relation']}-> "
                          f"{r['target']['name']} {txt(r['target']['span'])} trigger "
                          f"{txt(r['trigger']) if r['trigger'] else None} {','.join(flags)}", file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("diff")
    d.add_argument("files", nargs="+")
    d.add_argument("--out", required=True)
    d.add_argument("--allow-missing", action="store_true")
    s = sub.add_parser("show")
    s.add_argument("dir")
    s.add_argument("--all", action="store_true")
    m = sub.add_parser("merge")
    m.add_argument("dir")
    m.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if args.cmd == "diff":
        if not 2 <= len(args.files) <= 5:
            ap.error("give 2 to 5 annotation files")
        nsent, dis, missing = diff(args.files, args.out, args.allow_missing)
        na = sum(1 for x in dis if x["kind"] == "actor")
        print(f"{nsent} sentences; {len(dis)} disagreements ({na} actor, {len(dis) - na} relation)"
              + (f"; {len(missing)} sentences skipped (not annotated by all)" if missing else ""))
        print(f"decide them in {Path(args.out) / 'disagreements.jsonl'}, then run merge")
        return 0
    if args.cmd == "show":
        show(args.dir, args.all)
        return 0
    errors, warnings, n = merge(args.dir, args.out)
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    for e in errors:
        print("error: " + e, file=sys.stderr)
    if errors:
        print(f"not written: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"{n} gold records written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
