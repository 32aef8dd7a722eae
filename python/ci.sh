#!/usr/bin/env bash
# The Python package's CI, called by .ci/run (and runnable alone, as root on Debian, from any
# folder): installs Java for Spark, makes a virtual environment with maturin, pytest,
# pandas, pyarrow, NetworkX, matplotlib and PySpark, installs the package from python/ with
# pip (an abi3 wheel built by maturin), lints its Rust, and runs the pytest suite, the Spark
# local-mode test included, against the command line built from the same tree.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

export DEBIAN_FRONTEND=noninteractive
echo "== python: Java for PySpark"
if ! command -v java >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq default-jre-headless >/dev/null
fi
java -version 2>&1 | head -1

# The build tools share the repository's target folder: the library and its dependencies
# compiled there by the root's checks are reused where the versions and features agree.
export CARGO_TARGET_DIR="$repo/target"
echo "== python: cargo fmt --check, clippy (the extension crate)"
cargo fmt --check --manifest-path python/Cargo.toml
cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings

echo "== python: the command line to compare with (cargo build --release)"
cargo build --release --quiet
export ACTORGRAPH_BIN="$repo/target/release/actorgraph"

venv="$repo/target/python-venv"
echo "== python: virtual environment $venv"
python3 -m venv --clear "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet maturin pytest pandas pyarrow networkx matplotlib pyspark
echo "== python: pip install ./python"
"$venv/bin/python" -m pip install --quiet ./python
# No Rust at run time: the package imports from anywhere, the wheel alone.
(cd / && "$venv/bin/python" -c 'import actorgraph; print("actorgraph", actorgraph.__version__)')

echo "== python: pytest (the Spark local-mode test required)"
export ACTORGRAPH_REQUIRE_SPARK=1
"$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests
