#!/usr/bin/env python3
"""tools/challenge-diff.py A B [PATTERN]: two outputs of tools/challenge-files.sh compared.

Prints every file and half whose right / stated / expected counts moved, then, for the files
whose name matches the regular expression PATTERN (all files without one), the totals of
each half in A and in B. A file only one side scored counts as 0/0/0 on the other.
Stdlib only.
"""
import re
import sys


def read(path):
    """{(file, half): (right, stated, expected)} of one output, its ALL lines left out."""
    scores = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if len(cols) >= 5 and cols[0] != "ALL":
                scores[(cols[0], cols[1])] = tuple(int(c) for c in cols[2:5])
    return scores


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[0])
    a, b = read(sys.argv[1]), read(sys.argv[2])
    pattern = re.compile(sys.argv[3]) if len(sys.argv) == 4 else None
    totals = {}
    for key in sorted(set(a) | set(b)):
        va, vb = a.get(key, (0, 0, 0)), b.get(key, (0, 0, 0))
        if va != vb:
            print(f"{key[0]:28} {key[1]:5} {va} -> {vb}")
        if pattern and not pattern.search(key[0]):
            continue
        for side, v in (("A", va), ("B", vb)):
            t = totals.setdefault((side, key[1]), [0, 0, 0])
            for i in range(3):
                t[i] += v[i]
    for (side, half), (r, s, e) in sorted(totals.items()):
        print(f"{side} {half:5} {r}/{s}/{e} P {r / max(s, 1):.3f} R {r / max(e, 1):.3f}")


if __name__ == "__main__":
    main()
