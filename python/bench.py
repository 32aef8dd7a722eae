#!/usr/bin/env python3
"""The Python build against the command line on the benchmark corpus of `cargo bench
--bench build`: the first 200 `.txt` articles (sorted) of ../shared/data/news/bbc/politics.

Each run is a fresh process doing the same work: read the 200 files, build the graph, write
graph.json and graph.dot: `actorgraph build FILES... --out TMP --quiet --format json,dot`
against `python -c 'import actorgraph; actorgraph.build([Path(f) ...]).write(TMP,
["json", "dot"])'` (interpreter start-up and import included). The two alternate, after one
warm-up run each; the medians of the wall time and of the processor time (user + system,
which a busy shared host inflates less) are printed with the machine.

    python python/bench.py [--runs 5] [--bin target/release/actorgraph] [FOLDER]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PYTHON_BUILD = """
import sys
from pathlib import Path
import actorgraph
out, files = sys.argv[1], sys.argv[2:]
actorgraph.build([Path(f) for f in files]).write(out, ["json", "dot"])
"""


def cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def timed(cmd: list) -> tuple:
    """Wall time and processor time (user + system) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default="../shared/data/news/bbc/politics")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bin", default=str(REPO / "target" / "release" / "actorgraph"))
    args = parser.parse_args()
    os.chdir(REPO)
    files = sorted(str(p) for p in Path(args.folder).glob("*.txt"))[:200]
    words = sum(len(Path(f).read_text().split()) for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        cli = [args.bin, "build", *files, "--out", f"{tmp}/cli", "--quiet",
               "--format", "json,dot"]
        py = [sys.executable, "-c", PYTHON_BUILD, f"{tmp}/py", *files]
        timed(cli), timed(py)
        times: dict = {"cli": [], "python": []}
        for _ in range(args.runs):
            times["cli"].append(timed(cli))
            times["python"].append(timed(py))
        same = Path(f"{tmp}/cli/graph.json").read_bytes() == Path(f"{tmp}/py/graph.json").read_bytes()
    print(f"machine: {os.cpu_count()} cores, {cpu()}, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"corpus: {len(files)} articles of {args.folder}, {words:,} words")
    median = {}
    for name, runs in times.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        median[name] = (statistics.median(walls), statistics.median(cpus))
        print(f"{name:7} wall median {median[name][0]:.3f} s of {len(runs)} runs "
              f"(min {min(walls):.3f}, max {max(walls):.3f}); processor time median "
              f"{median[name][1]:.3f} s (min {min(cpus):.3f}, max {max(cpus):.3f})")
    print(f"python / cli: wall {median['python'][0] / median['cli'][0]:.3f}, processor "
          f"time {median['python'][1] / median['cli'][1]:.3f}; the same graph.json: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
