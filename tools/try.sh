#!/usr/bin/env bash
# tools/try.sh BIN "text" ["text" ...]: each text built as an article of its own by the
# actorgraph binary BIN; prints its relation edges (affiliations left out) with the trigger
# and class, to see at once what a sentence gives.
set -euo pipefail
[ $# -ge 2 ] || { echo 'usage: tools/try.sh BIN "text" ["text" ...]' >&2; exit 2; }
bin=$(readlink -f "$1")
shift
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for text in "$@"; do
  printf '%s\n' "$text" > "$dir/article.txt"
  rm -rf "$dir/out"
  "$bin" build "$dir/article.txt" --out "$dir/out" --format json --quiet
  echo "== $text"
  python3 - "$dir/out/graph.json" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))
for e in graph["links"]:
    if e["relation"] not in ("affiliated_with", "member_of"):
        print(f'   {e["source"]} -{e["relation"]}-> {e["target"]} [{e.get("trigger")}] ({e.get("class")})')
PY
done
