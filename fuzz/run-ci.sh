#!/usr/bin/env bash
# Builds every fuzz target and runs each for a bounded time (default 60 s) from its
# committed seeds, failing on the first panic, hang (an input over 1 s) or runaway memory
# (over 2 GB). Needs the nightly toolchain and a C++ compiler (libfuzzer-sys builds
# libFuzzer), not cargo-fuzz: the targets are built with the flags `cargo fuzz build -a -s
# none` passes (cargo-fuzz 0.13, src/project.rs), into the same fuzz/target, so the two
# share one build and `cargo fuzz run -a -s none TARGET` works on it too.
#
#   fuzz/run-ci.sh                         # every target 60 s, one per core at a time
#   FUZZ_SECONDS=600 fuzz/run-ci.sh pipeline
#   FUZZ_JOBS=1 fuzz/run-ci.sh             # one target at a time
#
# The corpus grown by a run stays in fuzz/corpus/TARGET/ and is not committed (only the
# seed-* files are, see fuzz/.gitignore); a crashing input is written to
# fuzz/artifacts/TARGET/ and the run's log to fuzz/fuzz-TARGET.log.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-$(nproc)}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pipeline text jsonl csv graph_json segment annotate)

# -s none: the library is safe Rust (its few unsafe blocks, SIMD adds and the model
# loader, run in every target all the same); -Cdebug-assertions (cargo fuzz -a): debug
# assertions catch overflows. Coverage with comparison tracing, one codegen unit, line
# tables: exactly cargo-fuzz's release build, flag for flag and in its order.
triple="$(rustc +nightly -vV | sed -n 's/^host: //p')"
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing \
-Cllvm-args=-simplifycfg-branch-fold-threshold=0 -Cllvm-args=-sanitizer-coverage-stack-depth \
-Cdebug-assertions -Ccodegen-units=1"
echo "== building the fuzz targets (nightly, $triple)"
cargo +nightly build --release --target "$triple" \
  --config 'profile.release.debug="line-tables-only"' --bins

# One target per core at a time: each still gets its whole time on a core of its own.
run() {
  local t="$1"
  mkdir -p "corpus/$t" "artifacts/$t"
  # Inputs up to 4 KiB: over the readers' limit in the targets (1 KiB), so the "too
  # long" paths are reached, and short enough for the pipeline to stay well under 1 s.
  if "target/$triple/release/$t" "corpus/$t" \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=4096 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 >"fuzz-$t.log" 2>&1; then
    echo "== fuzz $t: $(grep -E 'stat::(number_of_executed_units|peak_rss_mb)' "fuzz-$t.log" |
      tr -s ' \n' ' ')"
  else
    echo "== fuzz $t FAILED (fuzz/fuzz-$t.log, input in fuzz/artifacts/$t/):"
    grep -E -A12 'panicked|ERROR: libFuzzer' "fuzz-$t.log" | head -40
    return 1
  fi
}
echo "== fuzzing ${targets[*]} for ${seconds} s each, $jobs at a time"
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  (run "$t" && rm -f "fuzz-$t.failed" || touch "fuzz-$t.failed") &
done
wait
failed=0
for t in "${targets[@]}"; do
  [ ! -e "fuzz-$t.failed" ] || { rm "fuzz-$t.failed"; failed=1; }
done
exit "$failed"
