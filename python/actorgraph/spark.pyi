"""Type stubs of ``actorgraph.spark``."""

from typing import Any, Iterable, Iterator, Optional

from . import Graph

def build_partition(rows: Iterable[Any], evidence: int = ...) -> Iterator[Graph]:
    """The partial graph of one partition of (text, id[, date]) rows."""

def build_graph(
    articles: Any,
    text: str = "text",
    id: str = "id",
    date: Optional[str] = None,
    *,
    evidence: int = ...,
    depth: int = 2,
) -> Graph:
    """The graph of a Spark DataFrame of articles, built per partition and merged."""
