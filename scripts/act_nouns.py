#!/usr/bin/env python3
"""Prints the `act_noun` rows of assets/lexicon/words.tsv from WordNet 3.0.

An act noun is a single lower-case word whose first (most frequent) WordNet sense is in
the lexicographer file noun.act (04): "veto", "trip", "amendment", "vote", "annexation".
The first sense only, so a noun whose common sense is a thing, a group or a state stays
out ("economy": noun.group first; its noun.act sense is thrift).

Usage (Debian package wordnet-base):
    python3 scripts/act_nouns.py /usr/share/wordnet > /tmp/act_nouns.tsv
Stdlib only; the output is sorted, byte for byte the same on every run.
"""
import re
import sys
from pathlib import Path

NOUN_ACT = 4


def main(wordnet: Path) -> None:
    lexfile = {}
    with open(wordnet / "data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
    words = []
    with open(wordnet / "index.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets
            offsets = fields[4 + pointers + 2 :]
            if re.fullmatch(r"[a-z]+", lemma) and lexfile[offsets[0]] == NOUN_ACT:
                words.append(lemma)
    for w in sorted(words):
        print(f"act_noun\t{w}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
