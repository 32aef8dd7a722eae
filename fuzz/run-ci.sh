#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 60 s each) from its committed seeds,
# failing on the first panic, hang (an input over 1 s) or runaway memory (over 2 GB).
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
#
#   fuzz/run-ci.sh            # each target 60 s
#   FUZZ_SECONDS=600 fuzz/run-ci.sh pipeline
#
# The corpus grown by a run stays in fuzz/corpus/TARGET/ and is not committed (only the
# seed-* files are, see fuzz/.gitignore); a crashing input is written to
# fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-60}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(segment pipeline annotate graph_json)
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${seconds} s"
  # -s none: the library is safe Rust (its few unsafe blocks, SIMD adds and the model
  # loader, run in every target all the same); -a: debug assertions catch overflows.
  cargo +nightly fuzz run -a -s none "$t" -- \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=4096 \
    -print_final_stats=1
done
