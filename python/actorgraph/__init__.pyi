"""Type stubs of the ``actorgraph`` package (see ``__init__.py`` for the documentation)."""

import os
from typing import Any, Iterable, List, Optional, Sequence, Tuple, Union

import networkx
import pandas

from ._native import ActorGraphError as ActorGraphError

__version__: str
DEFAULT_EVIDENCE: int
MAX_ARTICLE_BYTES: int

class ActorGraphWarning(UserWarning): ...

_Text = Union[str, bytes]
_Date = Any  # str (ISO), datetime.date, datetime.datetime, pandas.Timestamp or None

def build(
    texts_or_paths: Union[Iterable[_Text], Iterable[os.PathLike[str]], os.PathLike[str]],
    dates: Optional[Iterable[_Date]] = None,
    ids: Optional[Iterable[Any]] = None,
    *,
    evidence: int = ...,
    max_article_size: int = ...,
) -> Graph:
    """Builds the graph of texts in memory, or of files and folders (``pathlib.Path``)."""

def read(path: Union[str, os.PathLike[str]], format: str = "json") -> Graph:
    """Reads a graph.json (or the folder holding it), or another format that reads back."""

def loads(text: str) -> Graph:
    """Reads a graph from the text of a graph.json."""

def merge(graphs: Iterable[Graph], *, evidence: Optional[int] = None) -> Graph:
    """Merges graphs as ``actorgraph merge`` does (associative and commutative)."""

def formats() -> List[Tuple[str, str, str]]:
    """Every output format: (name, file or folder written, description)."""

class Graph:
    """A graph of actors and the relations stated between them."""

    @property
    def actor_count(self) -> int: ...
    @property
    def edge_count(self) -> int: ...
    @property
    def document_count(self) -> int: ...
    @property
    def evidence_limit(self) -> int: ...
    def to_json(self) -> str:
        """The text of graph.json."""
    def to_dict(self) -> dict:
        """The dictionary of graph.json."""
    def to_networkx(self) -> networkx.MultiDiGraph:
        """A MultiDiGraph with the attributes of graph.json."""
    def nodes_df(self) -> pandas.DataFrame:
        """One row per actor."""
    def edges_df(self) -> pandas.DataFrame:
        """One row per edge; ``evidence`` counts the sentences kept."""
    def evidence_df(self) -> pandas.DataFrame:
        """One row per evidence sentence kept."""
    def merge(self, *others: Graph, evidence: Optional[int] = None) -> Graph:
        """This graph merged with others; a new graph."""
    def write(
        self, dir: Union[str, os.PathLike[str]], formats: Sequence[str] = ...
    ) -> List[str]:
        """Writes the graph into ``dir`` in each format; returns the paths written."""
