#!/usr/bin/env python3
"""Shared document reader for the actorgraph relation corpus (stdlib only).

Every tool reads documents through this module, so the text that offsets and hashes
refer to is defined in exactly one place (the Rust side reimplements the same rules;
see corpus/README.md, "Documents, sentences, tokens").

Locators (relative to the shared data directory, DATA):
    news/bbc/<section>/<NNN>.txt     the file's bytes, unchanged (UTF-8)
    ner/conll2003-train.txt#<DOC>    CoNLL-2003 document DOC (0-based), rebuilt:
        - the file is read as UTF-8 and split into lines at "\\n" (a trailing "\\r" is dropped);
        - a line starting with "-DOCSTART-" ends the current document and starts the next;
          document 0 is the one after the first -DOCSTART- line (lines before it, if any,
          are ignored);
        - a line that is empty after stripping whitespace ends the current sentence;
        - any other line is a token line: the token is its first field (split on
          whitespace); POS, chunk and NER tags are the next three fields;
        - a sentence is its tokens joined by single spaces ("U.S. troops ."), and the
          document text is its non-empty sentences joined by "\\n" (no trailing newline).

All offsets are BYTE offsets into the UTF-8 encoding of the document text, end exclusive.
The document hash is sha256 over those bytes (for BBC files: the file's bytes).

DATA is $ACTORGRAPH_DATA if set, else <repo>/../shared/data (i.e. /work/shared/data).
Texts listed in <DATA>/../eval/RESERVED.txt are refused: they are never to be read.
"""
from __future__ import annotations

import fnmatch
import hashlib
import os
import re
from pathlib import Path

SPLITTER_VERSION = 1
BATCH_HEADER = "# actorgraph-corpus-batch 1"
BATCH_COLUMNS = ["doc", "sha256", "start", "end"]
CONLL_NAME = "ner/conll2003-train.txt"


class ReservedError(Exception):
    """Raised when a tool tries to read a text reserved for evaluation."""


class LocatorError(Exception):
    pass


def data_root() -> Path:
    env = os.environ.get("ACTORGRAPH_DATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    return repo.parent / "shared" / "data"


def eval_dir(root: Path | None = None) -> Path:
    return (root or data_root()).parent / "eval"


_reserved_cache: dict = {}


def reserved_patterns(root: Path | None = None) -> list[str]:
    """Patterns (relative to DATA, fnmatch style) from eval/RESERVED.txt."""
    path = eval_dir(root) / "RESERVED.txt"
    key = str(path)
    if key not in _reserved_cache:
        pats = []
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                pat = line.split()[0]
                if pat.startswith("data/"):
                    pat = pat[len("data/"):]
                pats.append(pat)
        _reserved_cache[key] = pats
    return _reserved_cache[key]


def is_reserved(locator: str, root: Path | None = None) -> bool:
    path = locator.split("#", 1)[0]
    return any(fnmatch.fnmatchcase(path, p) for p in reserved_patterns(root))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- CoNLL-2003

_conll_cache: dict = {}


def conll_documents(path: Path) -> list[list[list[tuple[str, ...]]]]:
    """Documents -> sentences -> token rows (token, pos, chunk, ner)."""
    key = str(path)
    if key in _conll_cache:
        return _conll_cache[key]
    docs: list = []
    cur = None
    sent: list = []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            if line.endswith("\r"):
                line = line[:-1]
            if line.startswith("-DOCSTART-"):
                if cur is not None:
                    if sent:
                        cur.append(sent)
                    docs.append(cur)
                cur, sent = [], []
                continue
            if not line.strip():
                if sent and cur is not None:
                    cur.append(sent)
                sent = []
                continue
            if cur is None:  # lines before the first -DOCSTART- are ignored
                continue
            fields = line.split()
            sent.append(tuple(fields[:4]) + ("",) * (4 - len(fields[:4])))
    if cur is not None:
        if sent:
            cur.append(sent)
        docs.append(cur)
    _conll_cache[key] = docs
    return docs


def conll_text(doc_sentences) -> str:
    return "\n".join(" ".join(row[0] for row in s) for s in doc_sentences if s)


# ---------------------------------------------------------------- documents


class Document:
    """A document: its text as bytes, sentences and tokens as byte spans."""

    def __init__(self, locator: str, data: bytes, kind: str, conll=None):
        self.locator = locator
        self.data = data
        self.kind = kind  # "bbc" (any plain text file) or "conll"
        self.conll = conll  # list of sentences of token rows, for kind == "conll"
        self.text = data.decode("utf-8")
        self.sha256 = sha256(data)
        self._sentences = None
        self._byte = None

    # char index -> byte offset
    def _b(self, i: int) -> int:
        if self._byte is None:
            acc = [0]
            for ch in self.text:
                acc.append(acc[-1] + len(ch.encode("utf-8")))
            self._byte = acc
        return self._byte[i]

    def slice(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8")

    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            if self.kind == "conll":
                spans, pos = [], 0
                for line in self.text.split("\n"):
                    n = len(line.encode("utf-8"))
                    spans.append((pos, pos + n))
                    pos += n + 1
                self._sentences = spans
            else:
                self._sentences = [(self._b(s), self._b(e)) for s, e in split_sentences(self.text)]
        return self._sentences

    def tokens(self, start: int, end: int) -> list[tuple[int, int]]:
        """Token byte spans inside [start, end)."""
        chunk = self.data[start:end].decode("utf-8")
        if self.kind == "conll":
            out, pos = [], start
            for tok in chunk.split(" "):
                n = len(tok.encode("utf-8"))
                if n:
                    out.append((pos, pos + n))
                pos += n + 1
            return out
        out = []
        acc = 0
        last = 0
        for m in TOKEN_RE.finditer(chunk):
            acc += len(chunk[last:m.start()].encode("utf-8"))
            s = start + acc
            n = len(m.group(0).encode("utf-8"))
            out.append((s, s + n))
            acc += n
            last = m.end()
        return out

    def ner_tags(self, sent_index: int) -> list[str]:
        """CoNLL NER tags of a sentence (kind == 'conll' only)."""
        return [row[3] for row in self.conll[sent_index]]


_doc_cache: dict = {}


def resolve(locator: str, root: Path | None = None) -> tuple[Path, int | None]:
    root = root or data_root()
    if "#" in locator:
        path, _, idx = locator.partition("#")
        if not idx.isdigit():
            raise LocatorError(f"bad document index in locator {locator!r}")
        return root / path, int(idx)
    return root / locator, None


def read_document(locator: str, root: Path | None = None) -> Document:
    root = root or data_root()
    key = (str(root), locator)
    if key in _doc_cache:
        return _doc_cache[key]
    if is_reserved(locator, root):
        raise ReservedError(f"{locator} is reserved for evaluation (eval/RESERVED.txt): not read")
    path, idx = resolve(locator, root)
    if not path.exists():
        raise LocatorError(f"no such document file: {path}")
    if idx is not None:
        docs = conll_documents(path)
        if idx >= len(docs):
            raise LocatorError(f"{locator}: the file has {len(docs)} documents")
        sents = docs[idx]
        doc = Document(locator, conll_text(sents).encode("utf-8"), "conll", [s for s in sents if s])
    else:
        doc = Document(locator, path.read_bytes(), "bbc")
    _doc_cache[key] = doc
    return doc


def sentence_key(locator: str, start: int, end: int) -> str:
    return f"{locator}@{start}:{end}"


def parse_key(key: str) -> tuple[str, int, int]:
    loc, _, rng = key.rpartition("@")
    s, _, e = rng.partition(":")
    return loc, int(s), int(e)


# ---------------------------------------------------------------- splitting

# Tokens: dotted abbreviations (U.S.), clitics ('s 'm 're 've 'll 'd), words (letters or
# digits joined by - & . / or by an apostrophe that does not start a clitic), else one
# non-space character.
_CLITIC = r"[’'](?:[sSmMdD]|re|ve|ll|RE|VE|LL)(?!\w)"
TOKEN_RE = re.compile(
    r"(?:\w\.){2,}"
    r"|" + _CLITIC +
    r"|\w+(?:(?:[-&/.]|[’'](?!(?:[sSmMdD]|re|ve|ll|RE|VE|LL)(?!\w)))\w+)*"
    r"|\S",
    re.UNICODE,
)

ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "cpl", "maj",
    "rev", "sen", "rep", "gov", "jr", "sr", "no", "nos", "vs", "v", "etc", "inc", "ltd",
    "co", "corp", "plc", "bros", "dept", "est", "fig", "approx", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "op", "vol", "pp",
    "cf", "al", "hon", "rt", "adm", "brig", "cmdr", "supt", "insp", "det",
}

_BOUNDARY = re.compile(r"([.!?]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9£$€])")
_WORD_BEFORE = re.compile(r"(\w+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (character offsets) of a plain-text article.

    Rules (version 1): every line is split on its own (a headline or paragraph never
    runs into the next); inside a line, a sentence ends after . ! or ? (plus any closing
    quotes/brackets) when whitespace follows and the next character (after an optional
    opening quote/bracket) is an upper-case letter, a digit or a currency sign, unless
    the punctuation is a single "." after a known abbreviation (Mr, Dr, Jan, Inc, ...)
    or after a single capital letter (an initial: "George W. Bush"). Spans exclude the
    surrounding whitespace; empty lines give no sentence.
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        cur = 0
        for m in _BOUNDARY.finditer(line):
            if m.group(1) == ".":
                w = _WORD_BEFORE.search(line[: m.start(1)])
                if w:
                    word = w.group(1)
                    if word.lower() in ABBREV or (len(word) == 1 and word.isupper()):
                        continue
            end = m.end(2)
            _add_span(spans, line, line_start, cur, end)
            cur = m.end(3)
        _add_span(spans, line, line_start, cur, len(line))
    return spans


def _add_span(spans, line, base, s, e):
    seg = line[s:e]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if seg.strip():
        spans.append((base + s + lead, base + e - trail))


# ---------------------------------------------------------------- batches


def read_batch(path) -> list[dict]:
    """Rows of a batch TSV: dicts with doc, sha256, start, end (ints)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0].strip() != BATCH_HEADER:
        raise ValueError(f"{path}: first line must be {BATCH_HEADER!r}")
    if lines[1].split("\t") != BATCH_COLUMNS:
        raise ValueError(f"{path}: second line must be the columns {BATCH_COLUMNS}")
    for n, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ValueError(f"{path}:{n}: expected 4 tab-separated columns")
        rows.append({"doc": parts[0], "sha256": parts[1], "start": int(parts[2]), "end": int(parts[3])})
    return rows


def write_batch(path, rows) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(BATCH_HEADER + "\n" + "\t".join(BATCH_COLUMNS) + "\n")
        for r in rows:
            f.write(f"{r['doc']}\t{r['sha256']}\t{r['start']}\t{r['end']}\n")
