"""examples/spark_build.py on PySpark in local mode (local[2]) over the BBC corpus gives the
graph of the one-machine `actorgraph build` of the same articles: the same actors, edges,
weights, evidence (and so evidence counts) and documents.

Which corpus: $ACTORGRAPH_SPARK_CORPUS, a folder relative to the repository, default the
whole BBC corpus (../shared/data/news/bbc: five folders, so stems clash
and ids are paths). Skipped, saying why, without PySpark or Java unless
ACTORGRAPH_REQUIRE_SPARK=1 (python/ci.sh sets it), when it fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import actorgraph
from conftest import REPO, BBC, canonical, cli_graph


def need(what: str, ok: bool) -> None:
    if ok:
        return
    if os.environ.get("ACTORGRAPH_REQUIRE_SPARK") == "1":
        pytest.fail(f"{what} is missing (python/ci.sh installs it)")
    pytest.skip(f"{what} is missing: the Spark test is not run")


def test_the_spark_example_builds_the_graph_of_one_build(cli, tmp_path):
    try:
        import pyspark  # noqa: F401
        has_spark = True
    except ImportError:
        has_spark = False
    need("PySpark", has_spark)
    need("Java", shutil.which("java") is not None or "JAVA_HOME" in os.environ)
    corpus = Path(os.environ.get("ACTORGRAPH_SPARK_CORPUS", "../shared/data/news/bbc"))
    if not (REPO / corpus).is_dir():
        pytest.skip(f"the corpus is not at {REPO / corpus}: the Spark test is not run")
    out = tmp_path / "spark"
    done = subprocess.run(
        [sys.executable, "examples/spark_build.py", str(corpus), "--out", str(out),
         "--master", "local[2]", "--partitions", "6"],
        cwd=REPO, capture_output=True, text=True, timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    print(done.stderr.strip().splitlines()[-1])
    spark = json.loads((out / "graph.json").read_text())
    one = cli_graph(cli, tmp_path, str(corpus))
    assert len(spark["graph"]["documents"]) == len(one["graph"]["documents"]) > 100
    assert len(spark["nodes"]) == len(one["nodes"])
    assert len(spark["edges"]) == len(one["edges"])
    weights = lambda g: sorted(  # noqa: E731
        (e["source"], e["target"], e["relation"], e["weight"], len(e["evidence"]))
        for e in canonical(g)["edges"]
    )
    assert weights(spark) == weights(one)
    assert canonical(spark, paths=False) == canonical(one, paths=False)
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    tables = out / "parquet"
    assert len(pd.read_parquet(tables / "nodes.parquet")) == len(one["nodes"])
    assert len(pd.read_parquet(tables / "edges.parquet")) == len(one["edges"])
    kept = sum(len(e["evidence"]) for e in one["edges"])
    assert len(pd.read_parquet(tables / "evidence.parquet")) == kept
    assert actorgraph.read(out).edge_count == len(one["edges"])
