"""What the tests share: the repository, the command line to compare with, the corpus.

The command line is `target/release/actorgraph` of the repository (or $ACTORGRAPH_BIN):
`python/ci.sh` builds it. The BBC corpus is read in place at ../shared/data/news/bbc beside
the repository (never committed); tests that need it are skipped, saying so, without it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BBC = REPO.parent / "shared" / "data" / "news" / "bbc"
#: The BBC folder as the tests name it, relative to the repository (as the README does).
BBC_REL = Path("..") / "shared" / "data" / "news" / "bbc"


def cli_path() -> Path:
    path = Path(os.environ.get("ACTORGRAPH_BIN", REPO / "target" / "release" / "actorgraph"))
    if not path.exists():
        pytest.fail(
            f"{path} is missing: build the command line first (cargo build --release), "
            "or name it with ACTORGRAPH_BIN"
        )
    return path


@pytest.fixture(scope="session")
def cli():
    """Runs the command line in the repository; returns the finished process."""
    binary = cli_path()

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [str(binary), *args], cwd=REPO, capture_output=True, text=True
        )
        if check and done.returncode not in (0, 3):
            raise AssertionError(f"actorgraph {' '.join(args)} failed: {done.stderr}")
        return done

    return run


@pytest.fixture
def in_repo(monkeypatch):
    """Runs the test from the repository, so relative paths are the command line's."""
    monkeypatch.chdir(REPO)
    return REPO


def bbc_folder(category: str = "politics") -> Path:
    """The BBC category folder relative to the repository, or a skip saying why."""
    if not (BBC / category).is_dir():
        pytest.skip(f"the BBC corpus is not at {BBC / category}: BBC comparisons not run")
    return BBC_REL / category


def canonical(data: dict, paths: bool = True) -> dict:
    """A graph.json as a value that ignores what merging in another order may change: the
    order of the lists, the direction a symmetric edge is stored in, edge keys. Without
    `paths`, documents are compared by id and date only (in-memory texts have no file)."""
    data = json.loads(json.dumps(data))
    data.pop("links", None)
    docs = data["graph"]["documents"]
    if not paths:
        docs = [{k: v for k, v in d.items() if k not in ("path",)} for d in docs]
    data["graph"]["documents"] = sorted(docs, key=lambda d: d["id"])
    data["graph"].pop("generator", None)
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    for e in data["edges"]:
        e.pop("key", None)
        if e["symmetric"] and e["source"] > e["target"]:
            e["source"], e["target"] = e["target"], e["source"]
    data["edges"] = sorted(
        data["edges"],
        # a pair can have a symmetric and a directed edge of the same relation, and an
        # event and a judgement (class `stance`) of the same relation: the class is part
        # of an edge's identity
        key=lambda e: (e["source"], e["target"], e["relation"], e["symmetric"],
                       e.get("class", "event")),
    )
    return data


def cli_graph(cli, tmp_path: Path, *inputs: str, evidence: int = 10) -> dict:
    """The graph.json of `actorgraph build INPUTS --format json`."""
    out = tmp_path / "cli"
    cli("build", *inputs, "--out", str(out), "--format", "json", "--quiet",
        "--evidence", str(evidence))
    return json.loads((out / "graph.json").read_text())
