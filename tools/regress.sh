#!/usr/bin/env bash
# tools/regress.sh BIN OUT: the graphs two builds are compared on, edge by edge.
#
# Builds, with the actorgraph binary BIN, every BBC politics article that
# ../shared/eval/RESERVED.txt does not reserve (OUT/pol/graph.json) and the first 200 BBC
# business articles (OUT/bus/graph.json), with all the evidence kept, so that a change to
# the extractor is read statement by statement (`diff` of the two graph.json files, or a
# script over their evidence). The BBC text stays where it is (its licence forbids
# committing it); ACTORGRAPH_SHARED names another place for ../shared.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: tools/regress.sh BIN OUT" >&2; exit 2; }
bin=$1
out=$2
shared=${ACTORGRAPH_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
news=$shared/data/news/bbc
reserved=$shared/eval/RESERVED.txt
[ -d "$news" ] && [ -f "$reserved" ] || {
  echo "tools/regress.sh: no $news or $reserved (set ACTORGRAPH_SHARED)" >&2
  exit 2
}
pol=()
for f in "$news"/politics/*.txt; do
  grep -qxF "data/news/bbc/politics/$(basename "$f")" "$reserved" || pol+=("$f")
done
bus=()
for f in "$news"/business/*.txt; do
  [ ${#bus[@]} -lt 200 ] || break
  grep -qxF "data/news/bbc/business/$(basename "$f")" "$reserved" || bus+=("$f")
done
mkdir -p "$out"
"$bin" build "${pol[@]}" --out "$out/pol" --format json --evidence 100000 --quiet
"$bin" build "${bus[@]}" --out "$out/bus" --format json --evidence 100000 --quiet
echo "tools/regress.sh: ${#pol[@]} politics and ${#bus[@]} business articles into $out"
