"""The Python package builds the command line's graph: the seed, and a folder of BBC
articles, from paths and from texts in memory; NetworkX, pandas, formats, pickling."""

from __future__ import annotations

import json
import pickle
import threading
from pathlib import Path

import pytest

import actorgraph
from conftest import REPO, bbc_folder, canonical, cli_graph

SEED = REPO / "seeds" / "gaza-ceasefire-cairo.txt"


def test_the_seed_folder_gives_the_command_lines_bytes(cli, tmp_path, in_repo):
    graph = actorgraph.build(Path("seeds"))
    out = tmp_path / "cli"
    cli("build", "seeds", "--out", str(out), "--format", "json", "--quiet")
    assert graph.to_json() == (out / "graph.json").read_text()


def test_the_seed_as_text_gives_the_same_graph(cli, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    graph = actorgraph.build([text], ids=["gaza-ceasefire-cairo"])
    expected = cli_graph(cli, tmp_path, "seeds")
    assert canonical(graph.to_dict(), paths=False) == canonical(expected, paths=False)
    assert graph.actor_count == len(expected["nodes"]) > 5
    assert graph.edge_count == len(expected["edges"]) > 5


def test_a_bbc_folder_gives_the_command_lines_bytes(cli, tmp_path, in_repo):
    folder = bbc_folder("politics")
    graph = actorgraph.build([folder])  # a list of paths
    expected = cli_graph(cli, tmp_path, str(folder))
    assert json.loads(graph.to_json()) == expected
    assert graph.document_count == len(list((REPO / folder).glob("*.txt")))


def test_bbc_texts_in_memory_give_the_same_graph_as_their_files(cli, tmp_path, in_repo):
    folder = bbc_folder("politics")
    files = sorted((REPO / folder).glob("*.txt"))[:120]
    texts = [f.read_bytes() for f in files]  # bytes: checked as files are
    graph = actorgraph.build(texts, ids=[f.stem for f in files])
    expected = cli_graph(cli, tmp_path, *[str(folder / f.name) for f in files])
    assert canonical(graph.to_dict(), paths=False) == canonical(expected, paths=False)


def test_dates_given_are_the_documents_and_the_edges_dates():
    texts = [
        "Turkish Prime Minister Recep Tayyip Erdogan condemned Israel.",
        "Erdogan condemned Israel again on Monday.",
    ]
    import datetime

    graph = actorgraph.build(
        texts, ids=["a", "b"], dates=["2014-07-22T23:30:00+02:00", datetime.date(2014, 7, 23)]
    )
    docs = {d["id"]: d.get("date") for d in graph.to_dict()["graph"]["documents"]}
    assert docs == {"a": "2014-07-22", "b": "2014-07-23"}
    edges = graph.edges_df()
    opposes = edges[edges.relation == "opposes"].iloc[0]
    assert opposes["weight"] == 2
    assert opposes["first_date"] == "2014-07-22" and opposes["last_date"] == "2014-07-23"


def test_networkx_has_the_attributes_of_graph_json(cli, tmp_path):
    nx = pytest.importorskip("networkx")
    graph = actorgraph.build([SEED.read_text()], ids=["gaza-ceasefire-cairo"])
    g = graph.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    data = graph.to_dict()
    assert g.number_of_nodes() == len(data["nodes"])
    assert g.number_of_edges() == len(data["edges"])
    for node in data["nodes"]:
        assert g.nodes[node["id"]] == {k: v for k, v in node.items() if k != "id"}
    for edge in data["edges"]:
        attrs = g.edges[edge["source"], edge["target"], edge["key"]]
        assert attrs == {k: v for k, v in edge.items() if k not in ("source", "target", "key")}
    assert g.graph["documents"] == data["graph"]["documents"]


def test_data_frames_hold_every_node_edge_and_evidence_sentence():
    pytest.importorskip("pandas")
    graph = actorgraph.build([SEED.read_text()], ids=["seed"], evidence=3)
    data = graph.to_dict()
    nodes, edges, evidence = graph.nodes_df(), graph.edges_df(), graph.evidence_df()
    assert list(nodes.id) == [n["id"] for n in data["nodes"]]
    assert {"label", "type", "aliases", "mentions", "roles"} <= set(nodes.columns)
    assert len(edges) == len(data["edges"])
    assert list(edges.weight) == [e["weight"] for e in data["edges"]]
    assert list(edges.evidence) == [len(e["evidence"]) for e in data["edges"]]
    assert max(edges.evidence) <= 3
    assert len(evidence) == sum(len(e["evidence"]) for e in data["edges"])
    assert set(evidence.document) == {"seed"}
    row = evidence.iloc[0]
    text = SEED.read_text()
    assert text.encode()[row.start:row.end].decode() == row.text


def test_formats_are_written_and_read_back(tmp_path, cli):
    graph = actorgraph.build([SEED.read_text()], ids=["seed"])
    written = graph.write(tmp_path / "out", formats=["json", "graphml", "gexf", "html", "parquet"])
    assert [Path(p).name for p in written] == [
        "graph.json", "graph.graphml", "graph.gexf", "graph.html", "parquet"
    ]
    again = actorgraph.read(tmp_path / "out")
    assert again.to_json() == graph.to_json()
    for name in ("graphml", "gexf"):
        other = actorgraph.read(tmp_path / "out" / f"graph.{name}", format=name)
        assert other.edge_count == graph.edge_count
    assert actorgraph.loads(graph.to_json()).to_json() == graph.to_json()
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    edges = pd.read_parquet(tmp_path / "out" / "parquet" / "edges.parquet")
    assert len(edges) == graph.edge_count
    evidence = pd.read_parquet(tmp_path / "out" / "parquet" / "evidence.parquet")
    assert len(evidence) == len(graph.evidence_df())
    names = [f[0] for f in actorgraph.formats()]
    assert names[:2] == ["json", "dot"] and "parquet" in names


def test_a_graph_pickles_with_its_evidence_limit():
    graph = actorgraph.build([SEED.read_text()], ids=["seed"], evidence=2)
    again = pickle.loads(pickle.dumps(graph))
    assert again.to_json() == graph.to_json()
    assert again.evidence_limit == 2
    assert "actors" in repr(again)


def test_the_gil_is_released_while_building():
    many = [SEED.read_text() + f"\n\nUpdate {i}." for i in range(150)]
    actorgraph.build([SEED.read_text()])  # the pipeline is loaded once, before timing
    done = threading.Event()
    result = {}

    def work():
        result["graph"] = actorgraph.build(many)
        done.set()

    thread = threading.Thread(target=work)
    spins = 0
    thread.start()
    while not done.is_set():
        spins += 1
    thread.join()
    assert result["graph"].document_count == 150
    # With the GIL held for the whole build this thread could not have run at all.
    assert spins > 1000, f"the main thread ran {spins} times during the build"


def test_edges_df_marks_an_ended_membership_former():
    pytest.importorskip("pandas")
    text = ("Jane Doe, a former Labour MP, has quit the Labour Party. "
            "She met Tony Blair in London on Monday.")
    edges = actorgraph.build([text], ids=["quit"]).edges_df()
    assert edges.former.dtype == bool
    left = edges[(edges.source == "Jane Doe") & (edges.relation == "affiliated_with")]
    assert list(left.former) == [True]
    assert not edges[edges.relation == "meets"].former.any()
    # every edge names its trigger class; judgements are off by default
    assert set(edges["class"]) == {"event"}
