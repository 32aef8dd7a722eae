//! Whole-process benchmark of `actorgraph build`: wall time, words per second, peak memory.
//!
//! ```text
//! cargo bench --bench build                       # first 200 articles of ../shared/data/news/bbc/politics
//! cargo bench --bench build -- path/to/folder     # another corpus (its first 200 .txt files)
//! ACTORGRAPH_BENCH_CORPUS=path cargo bench --bench build
//! ```
//!
//! Cargo builds the `actorgraph` binary with the bench profile (optimized, as `--release`)
//! before running this. Each run is a fresh process, `actorgraph build FILES... --out TMP
//! --quiet --format json,dot`, so start-up (loading models and lexicon) counts. SVG is left
//! out by default: its time is Graphviz's layout, not actorgraph's (set
//! `ACTORGRAPH_BENCH_FORMAT=json,dot,svg` to include it). One warm-up run, then
//! `ACTORGRAPH_BENCH_RUNS` (default 7) timed runs; the median is reported. Peak memory is the
//! child's maximum resident set size from `wait4`, and so is its CPU time (user + system,
//! all threads), the figure to read on a shared machine. `RAYON_NUM_THREADS=1` measures
//! one core. `ACTORGRAPH_BENCH_BIN=path/to/actorgraph` measures that binary instead (another
//! build, to compare). Words are whitespace-separated tokens of
//! the input files. The corpus is read from disk, never copied into the repository.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const ARTICLES: usize = 200;

fn main() {
    let corpus = corpus();
    let files = first_articles(&corpus);
    let words: usize = files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .map(|t| t.split_whitespace().count())
                .unwrap_or_else(|e| fail(&format!("{}: {e}", f.display())))
        })
        .sum();
    let runs: usize = env_or("ACTORGRAPH_BENCH_RUNS", "7")
        .parse()
        .unwrap_or_else(|_| fail("ACTORGRAPH_BENCH_RUNS must be a number"));
    let format = env_or("ACTORGRAPH_BENCH_FORMAT", "json,dot");
    // another build of the command (main's, say) measured by the same code, to compare
    // the two in the same minutes on a shared machine
    let other = std::env::var("ACTORGRAPH_BENCH_BIN").ok();
    let bin = other.as_deref().unwrap_or(env!("CARGO_BIN_EXE_actorgraph"));
    let out = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temporary folder: {e}")));

    println!("actorgraph build benchmark");
    println!(
        "  machine: {} cores, {}",
        common::cores(),
        common::cpu_model()
    );
    println!("  binary:  {bin}");
    println!(
        "  corpus:  {} articles, {words} words, from {}",
        files.len(),
        corpus.display()
    );
    println!(
        "  command: actorgraph build <{} files> --out <tmp> --quiet --format {format}",
        files.len()
    );

    let run = || run_once(bin, &files, out.path(), &format);
    run(); // warm-up: file cache, binary pages
    let mut times = Vec::with_capacity(runs);
    let mut cpu = Vec::with_capacity(runs);
    let mut peak_kib = 0;
    for _ in 0..runs {
        let (time, rss, cpu_time) = run();
        times.push(time);
        cpu.push(cpu_time);
        peak_kib = peak_kib.max(rss);
    }
    cpu.sort();
    times.sort();
    let median = times[times.len() / 2];
    let secs = median.as_secs_f64();
    println!(
        "  runs:    {runs} after 1 warm-up; median {:.3} s (min {:.3}, max {:.3})",
        secs,
        times[0].as_secs_f64(),
        times[times.len() - 1].as_secs_f64()
    );
    println!("  speed:   {:.0} words/s (median run)", words as f64 / secs);
    // on a shared machine the wall time also counts other people's work; the CPU time
    // of the process (user + system, all its threads) does much less
    println!(
        "  CPU:     median {:.3} s user + system (min {:.3}, max {:.3})",
        cpu[cpu.len() / 2].as_secs_f64(),
        cpu[0].as_secs_f64(),
        cpu[cpu.len() - 1].as_secs_f64()
    );
    println!(
        "  memory:  {:.1} MB peak resident (max over runs)",
        peak_kib as f64 / 1024.0
    );
}

/// The corpus folder: first non-flag argument, else `ACTORGRAPH_BENCH_CORPUS`, else the BBC
/// politics folder beside the project.
fn corpus() -> PathBuf {
    // cargo passes `--bench` to benchmarks with harness = false.
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("ACTORGRAPH_BENCH_CORPUS").map(PathBuf::from))
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/bbc/politics")
        })
}

/// The first [`ARTICLES`] `.txt` files of `dir`, sorted by name.
fn first_articles(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        fail(&format!(
            "{}: {e}\nname a folder of .txt articles: cargo bench --bench build -- FOLDER",
            dir.display()
        ))
    });
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
        .collect();
    files.sort();
    files.truncate(ARTICLES);
    if files.is_empty() {
        fail(&format!("{}: no .txt articles", dir.display()));
    }
    files
}

/// One run: wall time, peak resident set size (KiB) and CPU time (user + system) of the
/// child process.
fn run_once(bin: &str, files: &[PathBuf], out: &Path, format: &str) -> (Duration, i64, Duration) {
    let mut command = Command::new(bin);
    command
        .arg("build")
        .args(files)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--format", format])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    let usage = common::measure(command).unwrap_or_else(|e| fail(&e));
    (usage.wall, usage.max_rss_kib, usage.cpu)
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn fail(message: &str) -> ! {
    eprintln!("bench build: {message}");
    std::process::exit(1);
}
