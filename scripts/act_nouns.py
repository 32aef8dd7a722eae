#!/usr/bin/env python3
"""Prints the `act_noun` and `acted_on_noun` rows of assets/lexicon/words.tsv from WordNet 3.0.

An act noun is a single lower-case word whose first (most frequent) WordNet sense is in
the lexicographer file noun.act (04): "veto", "trip", "amendment", "vote", "annexation".
The first sense only, so a noun whose common sense is a thing, a group or a state stays
out ("economy": noun.group first; its noun.act sense is thrift).

An acted-on noun is an act noun, or an event noun of triggers.tsv (frame `event_noun`),
whose first sense's verb (its WordNet derivational link) is done to a person and only to
one: the verb's frames include "Somebody ----s somebody" (9) and none of "Something
----s" (1), "Somebody ----s" (2), "Somebody ----s something" (8), "Something ----s
something" (11). Its possessor is the one acted on ("Y's arrest", "Y's detention", "Y's
election"), not the actor.

Usage (Debian package wordnet-base):
    python3 scripts/act_nouns.py /usr/share/wordnet assets/lexicon/triggers.tsv
Stdlib only; the output is sorted, byte for byte the same on every run.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

NOUN_ACT = 4
ON_SOMEBODY = 9
NOT_ONLY_ON_SOMEBODY = {1, 2, 8, 11}


def synsets(path: Path):
    """The synset lines of a WordNet data file, split into fields (gloss dropped)."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.split("|")[0].split()


def main(wordnet: Path, triggers: Path) -> None:
    # verb synset -> word number -> frame numbers
    frames = {}
    for f in synsets(wordnet / "data.verb"):
        count = int(f[3], 16)
        i = 4 + 2 * count
        i += 1 + 4 * int(f[i])
        by_word = defaultdict(set)
        for _ in range(int(f[i])):
            _, frame, word = f[i + 1 : i + 4]
            i += 3
            for n in [int(word, 16)] if int(word, 16) else range(1, count + 1):
                by_word[n].add(int(frame))
        frames[f[0]] = by_word
    # noun synset -> (lexicographer file, words, derivational links to verbs)
    nouns = {}
    for f in synsets(wordnet / "data.noun"):
        count = int(f[3], 16)
        words = [f[4 + 2 * n].lower() for n in range(count)]
        i = 4 + 2 * count
        links = []
        for _ in range(int(f[i])):
            symbol, offset, pos, numbers = f[i + 1 : i + 5]
            i += 4
            if symbol == "+" and pos == "v":
                links.append((int(numbers[:2], 16), offset, int(numbers[2:], 16)))
        nouns[f[0]] = (int(f[1]), words, links)
    first = {}
    for f in synsets(wordnet / "index.noun"):
        # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets
        if re.fullmatch(r"[a-z]+", f[0]):
            first[f[0]] = f[4 + int(f[3]) + 2]
    event_nouns = set()
    with open(triggers, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 6 and cols[1] == "noun" and "event_noun" in cols[6].split(","):
                event_nouns.add(cols[0])

    def acted_on(lemma: str) -> bool:
        _, words, links = nouns[first[lemma]]
        number = words.index(lemma) + 1 if lemma in words else -1
        verb_frames = set()
        for source, verb, target in links:
            if source in (0, number):
                verb_frames |= frames[verb].get(target, set())
        return ON_SOMEBODY in verb_frames and not verb_frames & NOT_ONLY_ON_SOMEBODY

    acts = sorted(w for w, s in first.items() if nouns[s][0] == NOUN_ACT)
    for w in acts:
        print(f"act_noun\t{w}")
    print()
    for w in sorted(w for w in set(acts) | (event_nouns & first.keys()) if acted_on(w)):
        print(f"acted_on_noun\t{w}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
