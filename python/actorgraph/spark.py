"""The graph of a Spark DataFrame of articles, built on the cluster.

Each partition of the DataFrame is built into a partial graph by :func:`actorgraph.build`
on the executor that holds it (``mapPartitions``), and the partial graphs are merged as
``actorgraph merge`` merges graph files (``treeReduce``): the merge is associative and
commutative, so however Spark partitions and combines them the result is the graph one
machine builds of the same articles, the same actors, edges, weights and evidence.

::

    from actorgraph.spark import build_graph
    graph = build_graph(spark.read.json("news.jsonl"), text="text", id="id", date="date")

PySpark is not imported by this module: the functions take the DataFrame you have. Every
executor needs the ``actorgraph`` package installed (it has no other dependency).
"""

from __future__ import annotations

import actorgraph

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover  (spark.pyi has the types)
    from typing import Any, Iterable, Iterator, Optional

__all__ = ["build_graph", "build_partition"]


def build_partition(
    rows: Iterable[Any], evidence: int = actorgraph.DEFAULT_EVIDENCE
) -> Iterator[actorgraph.Graph]:
    """The partial graph of one partition of ``(text, id[, date])`` rows: one
    :class:`actorgraph.Graph`, or nothing for an empty partition. For ``mapPartitions``."""
    texts, ids, dates = [], [], []
    for row in rows:
        texts.append(row[0])
        ids.append(row[1])
        dates.append(row[2] if len(row) > 2 else None)
    if texts:
        yield actorgraph.build(texts, dates=dates, ids=ids, evidence=evidence)


def build_graph(
    articles: Any,
    text: str = "text",
    id: str = "id",
    date: Optional[str] = None,
    *,
    evidence: int = actorgraph.DEFAULT_EVIDENCE,
    depth: int = 2,
) -> actorgraph.Graph:
    """Builds the graph of a Spark DataFrame of articles on the cluster and returns it to
    the driver.

    ``text`` names the column of the article texts (strings, or binary that must be
    UTF-8), ``id`` the column of unique document ids, ``date`` an optional column of
    dates (ISO strings, ``DateType`` or ``TimestampType``; without it, or where it is
    null, the date the text states in its first lines). ``depth`` is the depth of the
    ``treeReduce`` that merges the partial graphs. Raises :class:`actorgraph.ActorGraphError`
    (through Spark's error) for an article that cannot be read, and when the DataFrame has
    no rows."""
    columns = [text, id] + ([date] if date else [])
    limit = evidence
    partials = articles.select(*columns).rdd.mapPartitions(
        lambda rows: build_partition(rows, limit)
    )
    try:
        return partials.treeReduce(_merge_two, depth=depth)
    except ValueError as e:  # Spark's "Can not reduce() empty RDD"
        if "empty" not in str(e):
            raise
        raise actorgraph.ActorGraphError(
            "no article to build the graph from: the DataFrame has no rows"
        ) from None


def _merge_two(a: actorgraph.Graph, b: actorgraph.Graph) -> actorgraph.Graph:
    """Merges two partial graphs, as ``actorgraph merge`` does."""
    return actorgraph.merge([a, b])
