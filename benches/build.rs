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
//! one core. Words are whitespace-separated tokens of
//! the input files. The corpus is read from disk, never copied into the repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
    let bin = env!("CARGO_BIN_EXE_actorgraph");
    let out = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temporary folder: {e}")));

    println!("actorgraph build benchmark");
    println!("  machine: {} cores, {}", cores(), cpu_model());
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
    let started = Instant::now();
    let child = Command::new(bin)
        .arg("build")
        .args(files)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--format", format])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("{bin}: {e}")));
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; zeroed is a valid value for it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 rather than Child::wait: it also returns the child's resource usage. The child
    // is reaped here, so `child` must not be waited on again (it is only dropped).
    // SAFETY: pid is our own unreaped child; both pointers are valid for the call.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    drop(child);
    if reaped != pid {
        fail(&format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    // 3: built, but some inputs were skipped; still a full run.
    if !matches!(code, Some(0) | Some(3)) {
        fail(&format!("actorgraph build failed (wait status {status})"));
    }
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    // ru_maxrss is in KiB on Linux.
    (
        elapsed,
        usage.ru_maxrss,
        time(usage.ru_utime) + time(usage.ru_stime),
    )
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string())
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn fail(message: &str) -> ! {
    eprintln!("bench build: {message}");
    std::process::exit(1);
}
