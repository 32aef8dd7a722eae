#!/usr/bin/env python3
"""Annotation records: the schema, loading, name normalisation and cross-annotator
matching of mentions and entities (used by validate.py, agree.py, adjudicate.py)."""
from __future__ import annotations

import json
import re
import unicodedata

RECORD_KEYS = {"doc", "sha256", "sentence", "annotator", "actors", "relations"}
OPTIONAL_RECORD_KEYS = {"flags"}
ACTOR_KEYS = {"id", "span", "name", "type"}
RELATION_KEYS = {"source", "target", "relation", "symmetric", "trigger", "modality", "stance", "indirect"}
TYPES = ("person", "organization", "country", "group", "location")
RELATIONS = ("meets", "backs", "opposes", "affiliated_with")
MODALITIES = ("asserted", "planned", "hedged")
FLAGS = ("unsure", "bad_split")
ANNOTATOR_RE = re.compile(r"^(?:[A-Z][A-Za-z0-9]{0,15}|gold)$")


def norm_name(s: str) -> str:
    """Name normalisation (as eval/score.py): accents, case, dots, punctuation, 'the', 's."""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'")
    s = re.sub(r"[.\u00b7]", "", s)
    s = re.sub(r"[^\w'\- ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s$", "", s)
    return s


def load_jsonl(path):
    """[(line number, parsed object or None, error or None)] for the non-empty lines."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                out.append((n, None, "empty line"))
                continue
            try:
                out.append((n, json.loads(line), None))
            except json.JSONDecodeError as e:
                out.append((n, None, f"not JSON: {e}"))
    return out


def key_of(rec) -> tuple:
    return (rec["doc"], rec["sentence"][0], rec["sentence"][1])


def key_str(key) -> str:
    return f"{key[0]}@{key[1]}:{key[2]}"


def load_records(path) -> dict:
    """Sentence key -> record (the file is assumed valid; run validate.py first)."""
    recs = {}
    for n, rec, err in load_jsonl(path):
        if err:
            raise SystemExit(f"{path}:{n}: {err} (run validate.py)")
        recs[key_of(rec)] = rec
    return recs


def jaccard(a, b) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match_mentions(xs, ys):
    """One-to-one matching of two lists of actors (dicts with span/name/type).

    Spanned actors match by span overlap (best Jaccard first, ties broken by equal
    normalised name); span-less (implicit) actors match by normalised name.
    Returns [(i, j)] index pairs."""
    cands = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if x["span"] is None or y["span"] is None:
                if x["span"] is None and y["span"] is None and norm_name(x["name"]) == norm_name(y["name"]):
                    cands.append((2.0, 1, i, j))
                continue
            jac = jaccard(x["span"], y["span"])
            if jac > 0:
                cands.append((jac, int(norm_name(x["name"]) == norm_name(y["name"])), i, j))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_i, used_j, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
    return sorted(pairs)


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def entities(records):
    """Entity ids across several annotators' records of ONE sentence.

    Mentions are nodes (k, actor id) with k the index of the record; a node joins
    another when they have the same normalised name (within or across annotators) or
    when match_mentions pairs them across annotators.
    Returns (find: node -> entity id, mention matches {(k, l): [(i, j)]})."""
    uf = UnionFind()
    by_name = {}
    for k, rec in enumerate(records):
        for a in rec["actors"]:
            node = (k, a["id"])
            uf.find(node)
            nm = norm_name(a["name"])
            if nm in by_name:
                uf.union(node, by_name[nm])
            else:
                by_name[nm] = node
    matches = {}
    for k in range(len(records)):
        for l in range(k + 1, len(records)):
            xs, ys = records[k]["actors"], records[l]["actors"]
            pairs = match_mentions(xs, ys)
            matches[(k, l)] = pairs
            for i, j in pairs:
                uf.union((k, xs[i]["id"]), (l, ys[j]["id"]))
    return uf.find, matches


def rel_items(rec, k, find):
    """Relations of record k as (class, src entity, tgt entity, symmetric, relation dict)."""
    out = []
    for r in rec["relations"]:
        sym = bool(r["symmetric"]) or r["relation"] == "meets"
        out.append((r["relation"], find((k, r["source"])), find((k, r["target"])), sym, r))
    return out


def rel_match(x, y) -> bool:
    if x[0] != y[0]:
        return False
    if (x[1], x[2]) == (y[1], y[2]):
        return True
    return (x[3] or y[3]) and (x[1], x[2]) == (y[2], y[1])


def match_relations(xs, ys):
    """One-to-one matching of relation items; ordered-equal pairs first."""
    pairs, used_j = [], set()
    for exact in (True, False):
        for i, x in enumerate(xs):
            if any(p[0] == i for p in pairs):
                continue
            for j, y in enumerate(ys):
                if j in used_j:
                    continue
                ok = (x[0] == y[0] and (x[1], x[2]) == (y[1], y[2])) if exact else rel_match(x, y)
                if ok:
                    pairs.append((i, j))
                    used_j.add(j)
                    break
    return sorted(pairs)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kappa(pairs):
    """Cohen's kappa over [(label_a, label_b)]."""
    n = len(pairs)
    if not n:
        return None
    po = sum(a == b for a, b in pairs) / n
    labels = {a for a, _ in pairs} | {b for _, b in pairs}
    pe = sum((sum(a == l for a, _ in pairs) / n) * (sum(b == l for _, b in pairs) / n) for l in labels)
    if pe == 1:
        return 1.0
    return (po - pe) / (1 - pe)
