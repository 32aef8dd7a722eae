"""News articles to a graph of actors and the relations the text states between them.

``actorgraph`` finds the actors of news articles (people, organizations, countries,
groups, locations) and the relations the text states between them (``meets``, ``backs``,
``opposes``, ``affiliated_with``), each edge keeping the sentences that state it::

    import actorgraph
    g = actorgraph.build(["Turkish Prime Minister Recep Tayyip Erdogan condemned Israel."])
    g.to_networkx()           # a networkx.MultiDiGraph, the attributes of graph.json
    g.edges_df()              # a pandas DataFrame, one row per edge
    g.write("out", formats=["json", "html"])

The work is done by the Rust library, with the GIL released: other Python threads run while
a graph is built. NetworkX, pandas and PySpark are imported only by the methods that return
their objects; :mod:`actorgraph.spark` builds the graph of a Spark DataFrame of articles.
"""

from __future__ import annotations

import os
import warnings

from . import _native
from ._native import ActorGraphError

# The annotations here are never evaluated (`from __future__ import annotations`), and type
# checkers read __init__.pyi: so `typing` (30 to 60 ms of import) is not imported at run
# time, which keeps `import actorgraph` as quick as the command line's start.
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Iterable, Optional, Sequence, Union

    import networkx
    import pandas

__all__ = [
    "ActorGraphError",
    "ActorGraphWarning",
    "Graph",
    "build",
    "formats",
    "loads",
    "merge",
    "read",
    "spark",
    "__version__",
]

__version__: str = _native.__version__

#: Evidence sentences each edge keeps by default (``actorgraph build --evidence``).
DEFAULT_EVIDENCE: int = _native.DEFAULT_EVIDENCE

#: Longest article read by default, in bytes (``--max-article-size``): 16 MiB.
MAX_ARTICLE_BYTES: int = _native.MAX_ARTICLE_BYTES


class ActorGraphWarning(UserWarning):
    """A file of a folder or a record of a feed that was skipped: not an article (binary,
    not UTF-8, empty, a bad date ...). The message is the command line's warning."""


def _date_text(i: int, value: Any) -> Optional[str]:
    """A date as the ISO text the library reads: ``None``, a string, or a date or datetime
    (pandas ``Timestamp`` too) as written, without conversion to UTC."""
    if value is None or (isinstance(value, float) and value != value):  # None, NaN
        return None
    if isinstance(value, str):
        return value
    # datetime.date and datetime (not imported: they have isoformat), pandas Timestamp
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        try:
            if value != value:  # NaT, NaN: a missing date
                return None
        except (TypeError, ValueError):
            pass
        return str(isoformat())
    raise TypeError(
        f"dates[{i}] is a {type(value).__name__}, not a date (an ISO string such as "
        "'2014-07-22', a datetime.date or datetime, or None)"
    )


def _items(name: str, values: Any) -> list:
    """Any iterable (list, tuple, generator, pandas Series) as a list; ``None`` is refused."""
    if values is None:
        raise TypeError(f"{name} is None: give a list")
    if isinstance(values, (str, bytes)):
        raise TypeError(
            f"{name} is one {type(values).__name__}: give a list of them (build([text]))"
        )
    try:
        return list(values)
    except TypeError:
        raise TypeError(
            f"{name} is a {type(values).__name__}, not a list"
        ) from None


def build(
    texts_or_paths: Union[Iterable[Union[str, bytes]], Iterable[os.PathLike], os.PathLike],
    dates: Optional[Iterable[Any]] = None,
    ids: Optional[Iterable[Any]] = None,
    *,
    evidence: int = DEFAULT_EVIDENCE,
    max_article_size: int = MAX_ARTICLE_BYTES,
) -> "Graph":
    """Builds the graph of articles: texts in memory, or files and folders.

    ``texts_or_paths`` is either

    - a list (any iterable) of texts: ``str``, or ``bytes`` that must be UTF-8. Each text
      is one article, checked as the command line checks a file (no NUL bytes, valid
      UTF-8, not empty; a byte-order mark is dropped). ``ids`` names them (default: their
      positions ``"0"``, ``"1"``, ...; unique), ``dates`` dates them: ISO strings
      (``"2014-07-22"``, ``"2014-07-22T09:30:00Z"``), ``datetime.date`` or ``datetime``
      objects, or ``None`` for the date the text states in its first lines, as for a file.
    - a list of paths (``pathlib.Path``, any ``os.PathLike``), or one path: files and
      folders read exactly as ``actorgraph build PATH...`` reads them (``.txt`` articles,
      ``.jsonl`` and ``.csv`` feeds, ``.gz``), so the graph is the command line's, document
      ids included. A file of a folder or a record of a feed that is not an article is
      skipped with an :class:`ActorGraphWarning`; ``dates`` and ``ids`` come from the files.

    A plain ``str`` is always a text, never a path: wrap paths in :class:`pathlib.Path`.
    ``evidence`` is the number of evidence sentences each edge keeps (every statement still
    counts in its weight); ``max_article_size`` the longest article read from a file.

    Graphs built separately and merged (:meth:`Graph.merge`) must have distinct document
    ids: name the texts when you mean to merge their graphs.

    Raises :class:`ActorGraphError` for an article that cannot be read (the message names
    ``texts[i]`` or the file, as the command line does) or a bad date, ``TypeError`` for
    an item that is neither text nor path (``None``), ``ValueError`` for ids or dates that
    do not match the texts.
    """
    if isinstance(texts_or_paths, os.PathLike):
        texts_or_paths = [texts_or_paths]
    items = _items("texts_or_paths", texts_or_paths)
    paths = [isinstance(item, os.PathLike) for item in items]
    if items and all(paths):
        if dates is not None or ids is not None:
            raise ValueError(
                "dates and ids are read from the files: give them only with texts"
            )
        graph, skipped = _native.build_paths(
            [os.fspath(p) for p in items], evidence, max_article_size
        )
        for message in skipped:
            warnings.warn(message, ActorGraphWarning, stacklevel=2)
        return Graph(graph)
    if any(paths):
        first = paths.index(True)
        raise TypeError(
            f"texts_or_paths mixes texts and paths (item {first} is a path): give either "
            "texts or paths"
        )
    native_ids = None
    if ids is not None:
        native_ids = []
        for i, value in enumerate(_items("ids", ids)):
            if value is None:
                raise TypeError(f"ids[{i}] is None: every text needs an id")
            native_ids.append(str(value))
    native_dates = None
    if dates is not None:
        native_dates = [_date_text(i, d) for i, d in enumerate(_items("dates", dates))]
    return Graph(_native.build_texts(items, native_ids, native_dates, evidence))


def read(path: Union[str, os.PathLike], format: str = "json") -> "Graph":
    """Reads a graph written by ``actorgraph build`` or :meth:`Graph.write`: a
    ``graph.json``, or the folder that holds it. ``format`` reads another format that holds
    the whole graph (``graphml``, ``gexf``, ``cytoscape``, ``html``, ``neo4j``)."""
    graph = Graph(_native.read(os.fspath(path), format))
    graph._name = os.fspath(path)
    return graph


def loads(text: str) -> "Graph":
    """Reads a graph from the text of a ``graph.json`` (:meth:`Graph.to_json`)."""
    return Graph(_native.loads(text))


def merge(graphs: Iterable["Graph"], *, evidence: Optional[int] = None) -> "Graph":
    """Merges graphs built separately into the graph of all their articles, as
    ``actorgraph merge`` does: actors by id, edges by (source, relation, target), weights
    added, evidence kept as one build keeps it. The merge is associative and commutative:
    any order and grouping gives the same actors, edges, attributes and evidence (only the
    order of lists follows the order given). ``evidence`` (default: the largest limit of
    the graphs) is the number of evidence sentences kept per edge.

    Raises :class:`ActorGraphError` when an article is in two of the graphs: its statements
    would be counted twice."""
    graphs = _items("graphs", graphs)
    for i, g in enumerate(graphs):
        if not isinstance(g, Graph):
            raise TypeError(f"graphs[{i}] is a {type(g).__name__}, not a Graph")
    if not graphs:
        raise ValueError("merge() needs at least one graph")
    if evidence is None:
        evidence = max(g.evidence_limit for g in graphs)
    names = [g._name or f"graph {i + 1}" for i, g in enumerate(graphs)]
    return Graph(_native.merge([g._native for g in graphs], names, evidence))


def formats() -> list:
    """Every output format: ``(name, file or folder written, description)``."""
    return _native.formats()


class Graph:
    """A graph of actors: nodes are actors, edges the relations stated between them, each
    with its weight (statements), trigger words, CAMEO code, dates and evidence sentences.

    Made by :func:`build`, :func:`read`, :func:`loads` and :meth:`merge`; never changed in
    place. Pickles (through its JSON), so it travels between processes (Spark,
    multiprocessing)."""

    __slots__ = ("_native", "_name")

    def __init__(self, native: Any) -> None:
        if not isinstance(native, _native.Graph):
            raise TypeError("Graph objects come from actorgraph.build, read or loads")
        self._native = native
        self._name: Optional[str] = None

    def __repr__(self) -> str:
        return (
            f"<actorgraph.Graph: {self.document_count} documents, "
            f"{self.actor_count} actors, {self.edge_count} edges>"
        )

    def __reduce__(self):
        return (_from_state, (self.to_json(), self.evidence_limit))

    @property
    def actor_count(self) -> int:
        """Number of actors (nodes)."""
        return self._native.actor_count

    @property
    def edge_count(self) -> int:
        """Number of edges."""
        return self._native.edge_count

    @property
    def document_count(self) -> int:
        """Number of documents (articles) the graph was built from."""
        return self._native.document_count

    @property
    def evidence_limit(self) -> int:
        """Evidence sentences kept per edge by merges of this graph."""
        return self._native.evidence_limit

    def to_json(self) -> str:
        """The graph as NetworkX node-link JSON: the text of ``graph.json``."""
        return self._native.to_json()

    def to_dict(self) -> dict:
        """The graph as the dictionary of ``graph.json`` (``json.loads`` of it)."""
        import json

        return json.loads(self.to_json())

    def to_networkx(self) -> "networkx.MultiDiGraph":
        """The graph as a ``networkx.MultiDiGraph`` with the attributes of ``graph.json``:
        node attributes (``label``, ``type``, ``aliases``, ``mentions``, ...), edge
        attributes (``relation``, ``weight``, ``trigger``, ``evidence``, ...) and the
        graph's (``documents``). Needs NetworkX."""
        import networkx as nx

        data = self.to_dict()
        try:
            return nx.node_link_graph(data, edges="edges")
        except TypeError:  # NetworkX before 3.4 reads "links", which graph.json also has
            return nx.node_link_graph(data)

    def nodes_df(self) -> "pandas.DataFrame":
        """The actors as a pandas DataFrame, one row per node, the columns of
        ``graph.json``'s nodes (``id``, ``label``, ``type``, ``aliases``, ``mentions``,
        ``roles``, and the dates of dated articles). Needs pandas."""
        import pandas as pd

        columns = ["id", "label", "type", "aliases", "mentions", "roles"]
        return _frame(pd, self.to_dict()["nodes"], columns)

    def edges_df(self) -> "pandas.DataFrame":
        """The edges as a pandas DataFrame, one row per edge, the columns of
        ``graph.json``'s edges but ``evidence`` (see :meth:`evidence_df`); ``evidence``
        counts the sentences kept; ``former`` (bool) marks an ended membership; ``class``
        is the trigger class, ``event`` or ``stance`` (a judgement). Needs pandas."""
        import pandas as pd

        rows = []
        for e in self.to_dict()["edges"]:
            row = {k: v for k, v in e.items() if k != "evidence"}
            row["evidence"] = len(e["evidence"])
            # graph.json writes ``former`` only when true (an ended membership)
            row["former"] = bool(e.get("former", False))
            rows.append(row)
        columns = ["source", "target", "key", "relation", "symmetric", "trigger",
                   "triggers", "cameo", "goldstein", "weak", "former", "class", "weight",
                   "evidence"]
        return _frame(pd, rows, columns)

    def evidence_df(self) -> "pandas.DataFrame":
        """The evidence sentences kept, one row each: the edge (``source``, ``target``,
        ``key``, ``relation``), then ``document``, ``sentence``, byte offsets ``start`` and
        ``end`` in the article, ``text`` and ``date``. Needs pandas."""
        import pandas as pd

        rows = []
        for e in self.to_dict()["edges"]:
            edge = {k: e[k] for k in ("source", "target", "key", "relation")}
            for ev in e["evidence"]:
                rows.append({**edge, **ev})
        columns = ["source", "target", "key", "relation", "document", "sentence",
                   "start", "end", "text", "date"]
        return _frame(pd, rows, columns)

    def merge(self, *others: "Graph", evidence: Optional[int] = None) -> "Graph":
        """This graph merged with others (see :func:`actorgraph.merge`); a new graph."""
        return merge([self, *others], evidence=evidence)

    def write(
        self, dir: Union[str, os.PathLike], formats: Sequence[str] = ("json",)
    ) -> list:
        """Writes the graph into the folder ``dir`` (created if missing) in each format,
        as ``actorgraph build --out DIR --format ...`` names them: ``json``
        (``graph.json``), ``dot``, ``svg`` and ``png`` (Graphviz), ``graphml``, ``gexf``,
        ``cytoscape``, ``neo4j`` (a folder), ``html``, ``parquet`` (the folder ``parquet/``:
        nodes, edges and the evidence kept). Each file is written atomically. Returns the
        paths written."""
        if isinstance(formats, str):
            formats = [f for f in formats.split(",") if f]
        return self._native.write(os.fspath(dir), list(formats))


def _frame(pd: Any, rows: list, columns: list) -> "pandas.DataFrame":
    """A DataFrame of ``rows`` whose columns start with ``columns`` (so an empty graph still
    has them), then any other field in order of appearance (dates, ``types``)."""
    extra: dict = {}
    for row in rows:
        for k in row:
            if k not in columns:
                extra.setdefault(k, None)
    return pd.DataFrame(rows, columns=columns + list(extra))


def _from_state(json_text: str, evidence: int) -> Graph:
    """Unpickles a :class:`Graph`."""
    return Graph(_native.loads(json_text, "<pickle>", evidence))


# `actorgraph.spark.build_graph(df)` without a separate import; it imports no PySpark.
from . import spark  # noqa: E402
