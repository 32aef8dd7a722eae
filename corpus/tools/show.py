#!/usr/bin/env python3
"""Print a batch for an annotator, with byte offsets for every token.

    python3 corpus/tools/show.py corpus/batches/03.tsv [--from 0] [--count 100] [--context 10]
    python3 corpus/tools/show.py corpus/batches/03.tsv --skeleton A > /tmp/03.A.jsonl

For each sentence: `=== #N KEY` (N = row in the batch, KEY = doc@start:end), the
preceding sentences of its document not shown yet (`ctx`; for BBC the headline always
comes first), the sentence itself (`>>>`) and its tokens as `token[start:end]`
(byte offsets into the document). A span is [start of its first token, end of its
last token].

--skeleton NAME prints one empty annotation record per sentence (JSON Lines) to fill in.
The output contains source text: never save it under corpus/ (licence).
"""
from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T  # noqa: E402


def render(rows, start=0, count=None, context=10, width=100, out=None):
    out = out or sys.stdout
    shown: dict[str, int] = {}  # doc -> index of the last sentence printed (ctx or target)
    end = len(rows) if count is None else min(len(rows), start + count)
    for n in range(start, end):
        r = rows[n]
        doc = T.read_document(r["doc"])
        sents = doc.sentences()
        key = T.sentence_key(r["doc"], r["start"], r["end"])
        print(f"\n=== #{n} {key}", file=out)
        if doc.sha256 != r["sha256"]:
            print("!!! document hash differs from the batch: the text changed; do not annotate", file=out)
            continue
        try:
            idx = sents.index((r["start"], r["end"]))
        except ValueError:
            print("!!! not a sentence of the current splitter; do not annotate", file=out)
            continue
        last = shown.get(r["doc"], -1)
        first_ctx = max(last + 1, idx - context)
        if doc.kind == "bbc" and last < 0 and first_ctx > 0:
            print("ctx  " + doc.slice(*sents[0]), file=out)
            if first_ctx > 1:
                print("ctx  [...]", file=out)
        for i in range(first_ctx, idx):
            print("ctx  " + doc.slice(*sents[i]), file=out)
        print(">>>  " + doc.slice(r["start"], r["end"]), file=out)
        toks = " ".join(f"{doc.slice(s, e)}[{s}:{e}]" for s, e in doc.tokens(r["start"], r["end"]))
        for line in textwrap.wrap(toks, width=width, break_long_words=False, break_on_hyphens=False):
            print("tok  " + line, file=out)
        shown[r["doc"]] = max(last, idx)


def skeleton(rows, annotator, start=0, count=None, out=None):
    out = out or sys.stdout
    end = len(rows) if count is None else min(len(rows), start + count)
    for r in rows[start:end]:
        rec = {"doc": r["doc"], "sha256": r["sha256"], "sentence": [r["start"], r["end"]],
               "annotator": annotator, "flags": [], "actors": [], "relations": []}
        print(json.dumps(rec, ensure_ascii=False), file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch")
    ap.add_argument("--from", dest="start", type=int, default=0)
    ap.add_argument("--count", type=int)
    ap.add_argument("--context", type=int, default=10, help="preceding sentences to show (default 10)")
    ap.add_argument("--skeleton", metavar="ANNOTATOR")
    args = ap.parse_args(argv)
    rows = T.read_batch(args.batch)
    if args.skeleton:
        skeleton(rows, args.skeleton, args.start, args.count)
    else:
        render(rows, args.start, args.count, args.context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
