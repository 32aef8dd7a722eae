"""The README's Python example runs (its Spark line is run by test_spark.py's example)."""

from __future__ import annotations

import re

import pytest

from conftest import REPO


def python_blocks() -> list:
    readme = (REPO / "README.md").read_text()
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_example_draws_a_networkx_graph(tmp_path, monkeypatch):
    pytest.importorskip("networkx")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    blocks = [b for b in python_blocks() if "spark" not in b]
    assert blocks, "the README has a Python section with an example"
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(blocks[0], scope)
    g = scope["g"]
    assert g.number_of_edges() > 0
    plt.savefig(tmp_path / "graph.png")
    assert (tmp_path / "graph.png").stat().st_size > 1000
