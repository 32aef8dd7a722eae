"""Merging is the command line's merge, associative and commutative: graphs of single
articles merged in random orders and groupings give the graph of one build of them all."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import actorgraph
from conftest import BBC, REPO, canonical

#: Articles of our own (so the test runs without the corpus), overlapping in their actors
#: and relations, some dated, some dated by their first lines, some undated.
ARTICLES = [
    ("a", "2014-07-21", "Egyptian President Abdel Fattah el-Sisi met John Kerry in Cairo. "
     "Sisi condemned Hamas."),
    ("b", "2014-07-22", "Qatar backs Hamas, officials in Doha said. Egypt accused Hamas "
     "of rejecting the truce."),
    ("c", None, "Date: 2014-07-23\n\nJohn Kerry met Ban Ki-moon in Cairo. Turkey "
     "condemned Israel."),
    ("d", None, "Turkish Prime Minister Recep Tayyip Erdogan condemned Israel. Hamas "
     "rejected the Egyptian proposal."),
    ("e", "2014-07-25", "Israel opposed the plan. Qatar supports Hamas. Kerry met "
     "Sisi again."),
    ("f", "2014-07-20", "Egypt blamed Hamas. Egypt blamed Hamas for the rockets."),
    ("g", "2014-07-26", "Ban Ki-moon met Benjamin Netanyahu in Jerusalem. Netanyahu "
     "rejected the truce that Hamas backed."),
]


def articles():
    texts = [t for _, _, t in ARTICLES]
    ids = [i for i, _, _ in ARTICLES]
    dates = [d for _, d, _ in ARTICLES]
    bbc = BBC / "politics"
    if bbc.is_dir():  # and real articles, when the corpus is here
        files = sorted(bbc.glob("*.txt"))[:24]
        texts += [f.read_text() for f in files]
        ids += [f"politics/{f.stem}" for f in files]
        dates += [None] * len(files)
    return texts, ids, dates


def merge_grouped(graphs: list, rng: random.Random) -> actorgraph.Graph:
    """Merges by a random grouping: split at a random point, merge each half the same
    way, then the two results in a random order."""
    if len(graphs) == 1:
        return graphs[0]
    split = rng.randrange(1, len(graphs))
    parts = [merge_grouped(graphs[:split], rng), merge_grouped(graphs[split:], rng)]
    rng.shuffle(parts)
    return actorgraph.merge(parts)


@pytest.mark.parametrize("evidence", [0, 1, 2, 10])
def test_any_order_and_grouping_gives_the_graph_of_one_build(evidence):
    texts, ids, dates = articles()
    whole = actorgraph.build(texts, ids=ids, dates=dates, evidence=evidence)
    expected = canonical(whole.to_dict())
    assert whole.edge_count > 10
    singles = [
        actorgraph.build([t], ids=[i], dates=[d], evidence=evidence)
        for t, i, d in zip(texts, ids, dates)
    ]
    rng = random.Random(evidence)
    for round in range(12):
        order = list(range(len(singles)))
        rng.shuffle(order)
        merged = merge_grouped([singles[i] for i in order], rng)
        assert canonical(merged.to_dict()) == expected, f"round {round}, order {order}"
        assert merged.evidence_limit == evidence


def test_partitions_merged_in_order_give_the_same_bytes():
    texts, ids, dates = articles()
    whole = actorgraph.build(texts, ids=ids, dates=dates)
    parts = [
        actorgraph.build(texts[a:b], ids=ids[a:b], dates=dates[a:b])
        for a, b in [(0, 3), (3, 4), (4, len(texts))]
    ]
    assert actorgraph.merge(parts).to_json() == whole.to_json()
    assert parts[0].merge(parts[1], parts[2]).to_json() == whole.to_json()


def test_the_merge_is_the_command_lines(cli, tmp_path):
    texts, ids, dates = articles()
    files = []
    for k, (a, b) in enumerate([(0, 2), (2, 5), (5, len(texts))]):
        path = tmp_path / f"part{k}.json"
        path.write_text(actorgraph.build(texts[a:b], ids=ids[a:b], dates=dates[a:b]).to_json())
        files.append(str(path))
    out = tmp_path / "merged"
    cli("merge", *reversed(files), "--out", str(out), "--format", "json", "--quiet")
    merged = actorgraph.merge([actorgraph.read(p) for p in reversed(files)])
    assert merged.to_json() == (out / "graph.json").read_text()


def test_a_smaller_evidence_limit_keeps_the_first_sentences():
    texts, ids, dates = articles()
    full = actorgraph.build(texts, ids=ids, dates=dates, evidence=100)
    small = actorgraph.merge([full], evidence=1)
    for big, one in zip(full.to_dict()["edges"], small.to_dict()["edges"]):
        assert one["weight"] == big["weight"]
        assert one["evidence"] == big["evidence"][:1]
