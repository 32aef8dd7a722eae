#!/usr/bin/env python3
"""Check annotation files (JSON Lines, one record per sentence; see corpus/GUIDE.md § 7).

    python3 corpus/tools/validate.py corpus/annotations/03.A.jsonl [more files...]
    python3 corpus/tools/validate.py --batch corpus/batches/03.tsv corpus/annotations/03.A.jsonl

Every error is printed as FILE:LINE: message. Exit status 1 if there is any error.
--batch also reports batch sentences missing from each file, and records not in the batch.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import annot as A  # noqa: E402
import text as T  # noqa: E402


def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def _span_ok(span, sent, starts, ends, what, errs):
    if not (isinstance(span, list) and len(span) == 2 and all(_is_int(v) for v in span)):
        errs.append(f"{what}: span must be [start, end] (integers)")
        return False
    s, e = span
    if not s < e:
        errs.append(f"{what}: span [{s}, {e}] is empty or reversed")
        return False
    if s < sent[0] or e > sent[1]:
        errs.append(f"{what}: span [{s}, {e}] is outside the sentence [{sent[0]}, {sent[1]}]")
        return False
    if s not in starts or e not in ends:
        errs.append(f"{what}: span [{s}, {e}] does not start and end on token boundaries")
        return False
    return True


def check_record(rec) -> list[str]:
    """Errors of one parsed record (empty list when valid)."""
    errs = []
    if not isinstance(rec, dict):
        return ["record is not a JSON object"]
    unknown = set(rec) - A.RECORD_KEYS - A.OPTIONAL_RECORD_KEYS
    if unknown:
        errs.append(f"unknown key(s): {sorted(unknown)}")
    missing = A.RECORD_KEYS - set(rec)
    if missing:
        errs.append(f"missing key(s): {sorted(missing)}")
        return errs
    if not isinstance(rec["annotator"], str) or not A.ANNOTATOR_RE.match(rec["annotator"]):
        errs.append(f"annotator {rec['annotator']!r}: use A, B, C... or gold")
    flags = rec.get("flags", [])
    if not isinstance(flags, list) or any(f not in A.FLAGS for f in flags) or len(set(map(str, flags))) != len(flags):
        errs.append(f"flags must be a list of distinct values from {list(A.FLAGS)}")
    if not isinstance(rec["doc"], str):
        return errs + ["doc must be a string"]
    try:
        doc = T.read_document(rec["doc"])
    except (T.ReservedError, T.LocatorError, OSError, UnicodeDecodeError) as e:
        return errs + [f"doc {rec['doc']!r}: {e}"]
    if rec["sha256"] != doc.sha256:
        errs.append(f"sha256 does not match the current text of {rec['doc']}")
    sent = rec["sentence"]
    if not (isinstance(sent, list) and len(sent) == 2 and all(_is_int(v) for v in sent)):
        return errs + ["sentence must be [start, end] (integers)"]
    if tuple(sent) not in doc.sentences():
        return errs + [f"sentence {sent} is not a sentence of {rec['doc']} (splitter v{T.SPLITTER_VERSION})"]
    toks = doc.tokens(*sent)
    starts, ends = {s for s, _ in toks}, {e for _, e in toks}

    actors = rec["actors"]
    if not isinstance(actors, list):
        return errs + ["actors must be a list"]
    by_id, spans_seen = {}, {}
    for i, a in enumerate(actors):
        what = f"actors[{i}]"
        if not isinstance(a, dict):
            errs.append(f"{what}: not an object")
            continue
        what = f"actor {a.get('id', i)!r}"
        unknown = set(a) - A.ACTOR_KEYS
        if unknown:
            errs.append(f"{what}: unknown key(s) {sorted(unknown)}")
        if A.ACTOR_KEYS - set(a):
            errs.append(f"{what}: missing key(s) {sorted(A.ACTOR_KEYS - set(a))}")
            continue
        if not isinstance(a["id"], str) or not a["id"]:
            errs.append(f"{what}: id must be a non-empty string")
            continue
        if a["id"] in by_id:
            errs.append(f"{what}: duplicate id")
        by_id[a["id"]] = a
        if not isinstance(a["name"], str) or not a["name"].strip() or a["name"] != a["name"].strip() \
                or "\n" in a["name"] or len(a["name"]) > 120:
            errs.append(f"{what}: name must be a non-empty trimmed one-line string (<= 120 chars)")
        if a["type"] not in A.TYPES:
            errs.append(f"{what}: type {a['type']!r} not in {list(A.TYPES)}")
        if a["span"] is None:
            if a["type"] == "location":
                errs.append(f"{what}: an implicit actor (span null) cannot be a location")
        elif _span_ok(a["span"], sent, starts, ends, what, errs):
            sp = tuple(a["span"])
            if sp in spans_seen:
                errs.append(f"{what}: same span as actor {spans_seen[sp]!r} (one span, one actor)")
            spans_seen[sp] = a["id"]

    rels = rec["relations"]
    if not isinstance(rels, list):
        return errs + ["relations must be a list"]
    seen, implicit_use = {}, {}
    for i, r in enumerate(rels):
        what = f"relations[{i}]"
        if not isinstance(r, dict):
            errs.append(f"{what}: not an object")
            continue
        unknown = set(r) - A.RELATION_KEYS
        if unknown:
            errs.append(f"{what}: unknown key(s) {sorted(unknown)}")
        if A.RELATION_KEYS - set(r):
            errs.append(f"{what}: missing key(s) {sorted(A.RELATION_KEYS - set(r))}")
            continue
        rel = r["relation"]
        if rel not in A.RELATIONS:
            errs.append(f"{what}: relation {rel!r} not in {list(A.RELATIONS)}")
        for k in ("symmetric", "stance", "indirect"):
            if not isinstance(r[k], bool):
                errs.append(f"{what}: {k} must be true or false")
        if r["modality"] not in A.MODALITIES:
            errs.append(f"{what}: modality {r['modality']!r} not in {list(A.MODALITIES)}")
        if r["trigger"] is not None:
            _span_ok(r["trigger"], sent, starts, ends, f"{what} trigger", errs)
        src, tgt = by_id.get(r["source"]), by_id.get(r["target"])
        if src is None or tgt is None:
            errs.append(f"{what}: source/target {r['source']!r}/{r['target']!r} must be listed actor ids")
            continue
        if A.norm_name(src["name"]) == A.norm_name(tgt["name"]):
            errs.append(f"{what}: source and target are the same actor ({src['name']!r})")
        if "location" in (src.get("type"), tgt.get("type")):
            errs.append(f"{what}: locations take part in no relation")
        if rel == "meets" and r["symmetric"] is not True:
            errs.append(f"{what}: meets is always symmetric")
        if rel == "affiliated_with" and r["symmetric"] is not False:
            errs.append(f"{what}: affiliated_with is never symmetric")
        if rel in ("meets", "affiliated_with") and (r["stance"] is True or r["indirect"] is True):
            errs.append(f"{what}: stance/indirect apply to backs and opposes only")
        if src["span"] is None:
            errs.append(f"{what}: an implicit actor (span null) can only be an affiliation target")
        if tgt["span"] is None:
            if rel != "affiliated_with":
                errs.append(f"{what}: an implicit actor (span null) can only be an affiliation target")
            implicit_use[tgt["id"]] = True
        s_n, t_n = A.norm_name(src["name"]), A.norm_name(tgt["name"])
        key = (rel, frozenset((s_n, t_n))) if (r["symmetric"] or rel == "meets") else (rel, s_n, t_n)
        dup = key in seen or (not r["symmetric"] and (rel, frozenset((s_n, t_n))) in seen) \
            or (r["symmetric"] and ((rel, s_n, t_n) in seen or (rel, t_n, s_n) in seen))
        if dup:
            errs.append(f"{what}: {src['name']} -{rel}-> {tgt['name']} is already annotated in this sentence")
        seen[key] = i
    for aid, a in by_id.items():
        if isinstance(a, dict) and a.get("span", 0) is None and aid not in implicit_use:
            errs.append(f"actor {aid!r}: an implicit actor (span null) must be the target of an affiliation")
    return errs


def validate_file(path, batch_keys=None, out=None) -> int:
    out = out or sys.stdout
    n_err = 0
    seen = {}
    for n, rec, err in A.load_jsonl(path):
        errs = [err] if err else check_record(rec)
        if not err and isinstance(rec, dict) and not errs:
            k = (A.key_of(rec), rec["annotator"])
            if k in seen:
                errs.append(f"second record for {A.key_str(k[0])} by {k[1]} (first at line {seen[k]})")
            seen[k] = n
            if batch_keys is not None and k[0] not in batch_keys:
                errs.append(f"{A.key_str(k[0])} is not in the batch")
        for e in errs:
            print(f"{path}:{n}: {e}", file=out)
        n_err += len(errs)
    if batch_keys is not None:
        have = {k for k, _ in seen}
        for k in sorted(batch_keys - have, key=lambda k: batch_keys_order.get(k, 0)):
            print(f"{path}:0: batch sentence {A.key_str(k)} is not annotated", file=out)
            n_err += 1
    return n_err


batch_keys_order: dict = {}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--batch", help="batch TSV the files must cover exactly")
    args = ap.parse_args(argv)
    keys = None
    if args.batch:
        rows = T.read_batch(args.batch)
        keys = {(r["doc"], r["start"], r["end"]) for r in rows}
        batch_keys_order.update({(r["doc"], r["start"], r["end"]): i for i, r in enumerate(rows)})
    total = 0
    for f in args.files:
        total += validate_file(f, keys)
    print(f"{len(args.files)} file(s), {total} error(s)", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
