#!/usr/bin/env python3
"""Inter-annotator agreement between two annotation files of the same sentences.

    python3 corpus/tools/agree.py corpus/annotations/03.A.jsonl corpus/annotations/03.B.jsonl [--json]

Only sentences annotated in both files are compared. Figures (A is the reference; F1 is
symmetric anyway):
  * actor mentions: exact-span F1, and overlap F1 (one-to-one, best overlap first), with
    type and canonical-name agreement on the overlapping pairs. Implicit actors are left
    out here (they count through their relations).
  * relations: F1 at entity level. A mention's entity is its canonical name, joined
    across annotators with the mentions it overlaps. A relation of B matches one of A
    with the same class and the same source and target entities, in either direction
    if meets or either side marks it symmetric. Per-class figures, and on matched pairs
    the agreement of modality, stance, indirect, symmetric and trigger overlap.
  * Cohen's kappa over all ordered pairs of distinct entities in each sentence (entities
    from both annotators): relation vs none, and over the label set (none, or the
    '+'-joined classes holding for the pair). A symmetric relation labels both orders.
Prints a table, then one JSON line with every figure.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import annot as A  # noqa: E402


def compare(recs_a: dict, recs_b: dict) -> dict:
    keys = sorted(set(recs_a) & set(recs_b))
    act_exact = Counter()
    act_over = Counter()
    type_ok = name_ok = 0
    rel_tot = Counter()
    per_class = {c: Counter() for c in A.RELATIONS}
    attrs = Counter()
    kap_bin, kap_cls = [], []
    for key in keys:
        ra, rb = recs_a[key], recs_b[key]
        find, matches = A.entities([ra, rb])
        xs = [a for a in ra["actors"] if a["span"] is not None]
        ys = [b for b in rb["actors"] if b["span"] is not None]
        ex = len({tuple(a["span"]) for a in xs} & {tuple(b["span"]) for b in ys})
        act_exact.update(tp=ex, fn=len(xs) - ex, fp=len(ys) - ex)
        pairs = A.match_mentions(xs, ys)
        act_over.update(tp=len(pairs), fn=len(xs) - len(pairs), fp=len(ys) - len(pairs))
        for i, j in pairs:
            type_ok += xs[i]["type"] == ys[j]["type"]
            name_ok += A.norm_name(xs[i]["name"]) == A.norm_name(ys[j]["name"])

        ia, ib = A.rel_items(ra, 0, find), A.rel_items(rb, 1, find)
        rp = A.match_relations(ia, ib)
        rel_tot.update(tp=len(rp), fn=len(ia) - len(rp), fp=len(ib) - len(rp))
        mi, mj = {i for i, _ in rp}, {j for _, j in rp}
        for c in A.RELATIONS:
            tp = sum(1 for i, _ in rp if ia[i][0] == c)
            per_class[c].update(tp=tp, fn=sum(1 for i, x in enumerate(ia) if x[0] == c and i not in mi),
                                fp=sum(1 for j, y in enumerate(ib) if y[0] == c and j not in mj))
        for i, j in rp:
            x, y = ia[i][4], ib[j][4]
            attrs["pairs"] += 1
            for k in ("modality", "stance", "indirect", "symmetric"):
                attrs[k] += x[k] == y[k]
            tx, ty = x["trigger"], y["trigger"]
            attrs["trigger"] += (tx is None and ty is None) or (tx is not None and ty is not None and A.jaccard(tx, ty) > 0)

        ents = sorted({find((0, a["id"])) for a in ra["actors"]} | {find((1, b["id"])) for b in rb["actors"]})
        la, lb = labels(ia), labels(ib)
        for x in ents:
            for y in ents:
                if x == y:
                    continue
                a_l, b_l = la.get((x, y), set()), lb.get((x, y), set())
                kap_bin.append((bool(a_l), bool(b_l)))
                kap_cls.append(("+".join(sorted(a_l)) or "none", "+".join(sorted(b_l)) or "none"))

    def fig(c):
        p, r, f = A.prf(c["tp"], c["fp"], c["fn"])
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}

    npairs = act_over["tp"]
    kb, kc = A.kappa(kap_bin), A.kappa(kap_cls)
    return {
        "sentences": len(keys),
        "only_in_a": len(set(recs_a) - set(recs_b)),
        "only_in_b": len(set(recs_b) - set(recs_a)),
        "actors_exact": fig(act_exact),
        "actors_overlap": fig(act_over),
        "actor_type_agreement": round(type_ok / npairs, 3) if npairs else None,
        "actor_name_agreement": round(name_ok / npairs, 3) if npairs else None,
        "relations": fig(rel_tot),
        "per_class": {c: fig(per_class[c]) for c in A.RELATIONS},
        "attribute_agreement": {k: round(attrs[k] / attrs["pairs"], 3) if attrs["pairs"] else None
                                for k in ("modality", "stance", "indirect", "symmetric", "trigger")},
        "pair_items": len(kap_bin),
        "kappa_relation_vs_none": None if kb is None else round(kb, 3),
        "kappa_class": None if kc is None else round(kc, 3),
    }


def labels(items):
    out = {}
    for cls, s, t, sym, _ in items:
        out.setdefault((s, t), set()).add(cls)
        if sym:
            out.setdefault((t, s), set()).add(cls)
    return out


def table(res) -> str:
    lines = [f"sentences compared: {res['sentences']} (only in A: {res['only_in_a']}, only in B: {res['only_in_b']})",
             "", f"{'item':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    rows = [("actors (exact span)", res["actors_exact"]), ("actors (overlap)", res["actors_overlap"]),
            ("relations", res["relations"])] + [(f"  {c}", res["per_class"][c]) for c in A.RELATIONS]
    for name, m in rows:
        lines.append(f"{name:24s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                     f"{m['tp']:5d} {m['fp']:5d} {m['fn']:5d}")
    lines.append("")
    lines.append(f"actor type agreement (overlapping mentions): {res['actor_type_agreement']}")
    lines.append(f"actor name agreement (overlapping mentions): {res['actor_name_agreement']}")
    lines.append("matched relations, attribute agreement: " +
                 ", ".join(f"{k} {v}" for k, v in res["attribute_agreement"].items()))
    lines.append(f"Cohen's kappa over {res['pair_items']} ordered entity pairs: relation vs none "
                 f"{res['kappa_relation_vs_none']}, class {res['kappa_class']}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    args = ap.parse_args(argv)
    res = compare(A.load_records(args.a), A.load_records(args.b))
    if not args.json:
        print(table(res))
    print(json.dumps(res, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
