#!/usr/bin/env python3
"""Generates the rows of the word class `common_abbreviation` (assets/lexicon/words.tsv):
all-capitals abbreviations that English writes as common nouns, not as names of actors, read
from WordNet 3.0's nouns (`data.noun`, Debian `wordnet-base`).

A WordNet noun lemma written in capitals only (two or more capital letters, digits allowed:
"GDP", "VAT", "CEO", "TV", "CO2") is a common abbreviation when one of its senses is a common
noun that is neither a group (an organization, a people, a party: under `group.n.01`), nor a
place (under `location.n.01`), nor an instance (a proper name: an `@i` hypernym). "GDP",
"CEO", "PM" (an hour, a prime minister) and "IRA" (an account, beside the group) are;
"NATO" (an alliance), "UN" and "US" are not. The mention finder reads the class to keep an
all-capitals word the recognizer leaves untyped out of the organizations' names ("the CEO
said", "GDP fell"; `Sentence::unknown_acronym`).

    python3 scripts/common_abbreviations.py /usr/share/wordnet/data.noun

prints the rows, lower case and sorted, for the end of words.tsv.
"""
import re
import sys

GROUP = "00031264"  # group.n.01
LOCATION = "00027167"  # location.n.01


def read(path):
    """{offset: (lemmas, [(pointer symbol, hypernym offset)])} of the noun synsets."""
    synsets = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        n = int(f[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(n)]
        rest = f[4 + 2 * n:]
        hypernyms = []
        for i in range(int(rest[0])):
            symbol, offset, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
            if pos == "n" and symbol in ("@", "@i"):
                hypernyms.append((symbol, offset))
        synsets[f[0]] = (lemmas, hypernyms)
    return synsets


def names_actor(synsets, offset):
    """An instance, or a sense under group.n.01 or location.n.01."""
    if any(symbol == "@i" for symbol, _ in synsets[offset][1]):
        return True
    seen, todo = set(), [offset]
    while todo:
        o = todo.pop()
        if o in (GROUP, LOCATION):
            return True
        if o not in seen:
            seen.add(o)
            todo.extend(h for _, h in synsets[o][1])
    return False


def main():
    synsets = read(sys.argv[1])
    common = set()
    for offset, (lemmas, _) in synsets.items():
        for lemma in lemmas:
            if (re.fullmatch(r"[A-Z][A-Z0-9]+", lemma)
                    and sum(c.isupper() for c in lemma) >= 2
                    and not names_actor(synsets, offset)):
                common.add(lemma.lower())
    for word in sorted(common):
        print(f"common_abbreviation\t{word}")


if __name__ == "__main__":
    main()
