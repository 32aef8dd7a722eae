#!/usr/bin/env bash
# tools/challenge-files.sh BIN > SCORES: every eval/challenge/*.tsv file scored by the
# actorgraph binary BIN, one line per file and half ("FILE HALF right stated expected"),
# then one ALL line per half with precision and recall. Two such outputs are compared file
# by file with tools/challenge-diff.py, so a change is read where it moved, not only in
# the totals. Each file is its own build (eval/challenge.py --json); stdlib python3 only.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: tools/challenge-files.sh BIN" >&2; exit 2; }
bin=$(readlink -f "$1")
cd "$(dirname "$0")/.."
for f in eval/challenge/*.tsv; do
  python3 eval/challenge.py --bin "$bin" --json "$f" | python3 -c '
import json, sys
scores = json.load(sys.stdin)
for half in ("tune", "check"):
    right, stated, expected = scores.get(half, {}).get("all", [0, 0, 0])
    print(sys.argv[1], half, right, stated, expected)
' "$(basename "$f")"
done | awk '{ print; r[$2] += $3; s[$2] += $4; e[$2] += $5 }
  END { for (h in r) printf "ALL %s %d %d %d P %.3f R %.3f\n", h, r[h], s[h], e[h],
        (s[h] ? r[h] / s[h] : 0), (e[h] ? r[h] / e[h] : 0) }'
