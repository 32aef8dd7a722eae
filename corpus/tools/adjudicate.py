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
is missing is added as an actor, with a warning), applies DIR/corrections.jsonl if it
exists, and validates the result.

Corrections (DIR/corrections.jsonl, optional): items the annotators AGREED on cannot be
changed by a decision, so an agreed item that contradicts the guide is corrected here,
one JSON object per line, applied in file order after the decisions:

    {"key": "DOC@START:END", "action": ACTION, ..., "reason": "§ 9.4: ..."}

  remove_actor     "actor": SEL                 the mention and every relation it is in
  remove_relation  "relation": {"source": SEL, "target": SEL, "relation": CLASS}
                                                (a symmetric relation matches either way)
  rename_actor     "actor": SEL, "name": NEW    new canonical name
  retype_actor     "actor": SEL, "type": NEW
  add_actor        "actor": {"span": [S, E] or null, "name": ..., "type": ...}
  add_relation     "relation": {"source": SEL, "target": SEL, "relation", "symmetric",
                                "trigger", "modality", "stance", "indirect"}

SEL selects one actor of the merged record: {"span": [S, E], "name": ...} (the name is
optional for a spanned actor and checked when given; an implicit actor is
{"span": null, "name": ...}). "reason" is required: a short note citing the guide
section ("§ N" or "§ N.M"), one line, no source text. Every correction must apply to
exactly one item (one record, one actor or relation, and must change something);
otherwise merge reports FILE:LINE and writes nothing.
"""
from __future__ import annotations

import argparse
import json
import re
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


CORRECTION_ACTIONS = {
    # action: (required keys besides key/action/reason, optional keys)
    "remove_actor": ({"actor"}, set()),
    "remove_relation": ({"relation"}, set()),
    "rename_actor": ({"actor", "name"}, set()),
    "retype_actor": ({"actor", "type"}, set()),
    "add_actor": ({"actor"}, set()),
    "add_relation": ({"relation"}, set()),
}
REASON_RE = re.compile(r"§\s*\d+(\.\d+)?")
REASON_MAX = 200


class CorrectionError(ValueError):
    pass


def read_corrections(path):
    """[(line number, correction)] of a corrections file; CorrectionError on a bad line."""
    out = []
    for n, obj, err in A.load_jsonl(path):
        where = f"{path}:{n}"
        if err:
            raise CorrectionError(f"{where}: {err}")
        if not isinstance(obj, dict):
            raise CorrectionError(f"{where}: a correction must be a JSON object")
        action = obj.get("action")
        if action not in CORRECTION_ACTIONS:
            raise CorrectionError(f"{where}: action {action!r} not in {sorted(CORRECTION_ACTIONS)}")
        required, optional = CORRECTION_ACTIONS[action]
        keys = set(obj) - {"key", "action", "reason"}
        if not isinstance(obj.get("key"), str):
            raise CorrectionError(f"{where}: \"key\" (DOC@START:END) is required")
        if keys - required - optional or required - keys:
            raise CorrectionError(f"{where}: {action} takes {sorted(required | optional)} "
                                  f"(got {sorted(keys)})")
        reason = obj.get("reason")
        if not isinstance(reason, str) or not reason.strip() or "\n" in reason \
                or len(reason) > REASON_MAX or not REASON_RE.search(reason):
            raise CorrectionError(f"{where}: \"reason\" must be one line (<= {REASON_MAX} chars) "
                                  f"citing a guide section (\"§ 9.4 ...\")")
        out.append((n, obj))
    return out


def _select_actor(actors, sel, what):
    if not isinstance(sel, dict) or "span" not in sel or set(sel) - {"span", "name"}:
        raise CorrectionError(f"{what}: a selector is {{\"span\": [S, E] or null, \"name\": ...}}")
    if sel["span"] is None and not isinstance(sel.get("name"), str):
        raise CorrectionError(f"{what}: an implicit actor is selected by name")
    hits = [a for a in actors
            if a["span"] == sel["span"]
            and ("name" not in sel or A.norm_name(a["name"]) == A.norm_name(sel["name"]))]
    if len(hits) != 1:
        desc = f"{sel.get('name', '')!r} {sel['span']}".strip()
        raise CorrectionError(f"{what}: {desc} matches {len(hits)} actors (needs exactly one)")
    return hits[0]


def _rel_key(rec_by_id, r):
    s, t = A.norm_name(rec_by_id[r["source"]]["name"]), A.norm_name(rec_by_id[r["target"]]["name"])
    return r["relation"], s, t, bool(r["symmetric"]) or r["relation"] == "meets"


def apply_correction(rec, c, where):
    """Apply one correction to one gold record in place; CorrectionError if it does not
    apply to exactly one item."""
    actors, rels = rec["actors"], rec["relations"]
    act = c["action"]
    if act in ("remove_actor", "rename_actor", "retype_actor"):
        a = _select_actor(actors, c["actor"], where)
        if act == "remove_actor":
            rec["actors"] = [x for x in actors if x is not a]
            rec["relations"] = [r for r in rels if a["id"] not in (r["source"], r["target"])]
        elif act == "rename_actor":
            name = c["name"]
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                raise CorrectionError(f"{where}: the new name must be a non-empty trimmed string")
            if name == a["name"]:
                raise CorrectionError(f"{where}: actor {a['name']!r} already has that name")
            a["name"] = name
        else:
            if c["type"] not in A.TYPES:
                raise CorrectionError(f"{where}: type {c['type']!r} not in {list(A.TYPES)}")
            if c["type"] == a["type"]:
                raise CorrectionError(f"{where}: actor {a['name']!r} is already a {a['type']}")
            a["type"] = c["type"]
        return
    if act == "add_actor":
        d = c["actor"]
        if not isinstance(d, dict) or set(d) != {"span", "name", "type"}:
            raise CorrectionError(f"{where}: add_actor needs an actor {{\"span\", \"name\", \"type\"}}")
        for x in actors:
            if x["span"] == d["span"] and (d["span"] is not None
                                           or A.norm_name(x["name"]) == A.norm_name(d["name"])):
                raise CorrectionError(f"{where}: {d['span']} is already listed ({x['name']!r})")
        used = {x["id"] for x in actors}
        k = len(actors) + 1
        while f"a{k}" in used:
            k += 1
        actors.append({"id": f"a{k}", "span": d["span"], "name": d["name"], "type": d["type"]})
        return
    spec = c["relation"]
    if not isinstance(spec, dict) or not {"source", "target", "relation"} <= set(spec):
        raise CorrectionError(f"{where}: \"relation\" needs source, target and relation")
    src = _select_actor(actors, spec["source"], f"{where} (source)")
    tgt = _select_actor(actors, spec["target"], f"{where} (target)")
    by_id = {a["id"]: a for a in actors}
    if act == "remove_relation":
        if set(spec) != {"source", "target", "relation"}:
            raise CorrectionError(f"{where}: remove_relation selects by source, target and relation only")
        hits = [r for r in rels if r["relation"] == spec["relation"]
                and ((r["source"], r["target"]) == (src["id"], tgt["id"])
                     or ((r["symmetric"] or r["relation"] == "meets")
                         and (r["source"], r["target"]) == (tgt["id"], src["id"])))]
        if len(hits) != 1:
            raise CorrectionError(f"{where}: {src['name']} -{spec['relation']}-> {tgt['name']} "
                                  f"matches {len(hits)} relations (needs exactly one)")
        rec["relations"] = [r for r in rels if r is not hits[0]]
        return
    if set(spec) != A.RELATION_KEYS:
        raise CorrectionError(f"{where}: add_relation needs exactly {sorted(A.RELATION_KEYS)}")
    new = dict(spec, source=src["id"], target=tgt["id"])
    nk = _rel_key(by_id, new)
    for r in rels:
        rk = _rel_key(by_id, r)
        same = rk == nk or (rk[0] == nk[0] and (rk[3] or nk[3]) and (rk[1], rk[2]) == (nk[2], nk[1]))
        if same:
            raise CorrectionError(f"{where}: {src['name']} -{new['relation']}-> {tgt['name']} "
                                  f"is already annotated in this sentence")
    rels.append({k: new[k] for k in ("source", "target", "relation", "symmetric", "trigger",
                                      "modality", "stance", "indirect")})


def renumber(rec):
    """Actor ids a1..aN in list order; relation endpoints follow."""
    m = {a["id"]: f"a{i}" for i, a in enumerate(rec["actors"], start=1)}
    for a in rec["actors"]:
        a["id"] = m[a["id"]]
    for r in rec["relations"]:
        r["source"], r["target"] = m[r["source"]], m[r["target"]]


def merge(dir_, out_path, applied=None):
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
    corrections = []
    cpath = dir_ / "corrections.jsonl"
    if cpath.exists():
        try:
            corrections = read_corrections(cpath)
        except CorrectionError as e:
            errors.append(str(e))
    if errors:
        return errors, warnings, 0
    by_key = {}
    for n, c in corrections:
        by_key.setdefault(c["key"], []).append((n, c))
    agreed_keys = {A.key_str((rec["doc"], rec["sentence"][0], rec["sentence"][1])) for rec in agreed}
    for k, lines in by_key.items():
        if k not in agreed_keys:
            for n, _ in lines:
                errors.append(f"{cpath}:{n}: key {k} is not a sentence of this batch")
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
        lines = by_key.get(key, [])
        for n, c in lines:
            try:
                apply_correction(gold, c, f"{cpath}:{n}")
            except CorrectionError as e:
                errors.append(str(e))
                continue
            if applied is not None:
                applied.append((n, c))
        if lines:
            renumber(gold)
        after = f" (after corrections at {cpath.name} lines {', '.join(str(n) for n, _ in lines)})" if lines else ""
        for e in V.check_record(gold):
            errors.append(f"{key}: {e}{after}")
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
    applied = []
    errors, warnings, n = merge(args.dir, args.out, applied)
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    for e in errors:
        print("error: " + e, file=sys.stderr)
    if errors:
        print(f"not written: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"{n} gold records written to {args.out}")
    if applied:
        counts = {}
        for _, c in applied:
            counts[c["action"]] = counts.get(c["action"], 0) + 1
        print(f"{len(applied)} correction(s) applied: "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
