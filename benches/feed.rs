//! A million articles on one machine: `actorgraph build` over a generated JSON Lines feed of
//! N articles, reporting words and articles per second and peak memory.
//!
//! ```text
//! cargo bench --bench feed                    # N = 10,000
//! cargo bench --bench feed -- 10000 100000    # several sizes, one after the other
//! ACTORGRAPH_BENCH_RUNS=3 cargo bench --bench feed -- 10000
//! ACTORGRAPH_BENCH_ARGS="--evidence 1" cargo bench --bench feed -- 100000
//! ```
//!
//! The corpus is made from the BBC articles of `../shared/data/news/bbc` (read in place,
//! never copied into the repository; the files `../shared/eval/RESERVED.txt` reserves are
//! left out): each generated article is a BBC headline and as many paragraphs as a BBC
//! article has (the count of one of them, 4.7 on average, 385 words), drawn from the whole
//! corpus by a fixed sequence, so the text is real news English of real length. So that
//! the graph grows with the corpus rather than collapsing onto the same few hundred names,
//! every pair of capitalized words ("Tony Blair", "Labour Party") is replaced by a made-up
//! person's name, chosen by the pair and the article's block of 64 (the same within an article, so
//! it still refers back to itself), out of 250,000 names. Articles are dated over ten years
//! (2000-01-01 on), so every edge carries counts per day. The feed is written to a temporary
//! folder and deleted after the runs, or, with `ACTORGRAPH_BENCH_FEEDS=DIR`, written to
//! `DIR/feed-N.jsonl` and kept (to run the binary on it by hand: the same bytes every time).
//!
//! Each run is a fresh process, `actorgraph build FEED --out TMP --quiet --format json`, so
//! reading, extraction, merging and writing graph.json all count (`ACTORGRAPH_BENCH_ARGS`
//! adds arguments, such as `--evidence 1`); `ACTORGRAPH_BENCH_RUNS`
//! (default 1) runs per size, median reported. Peak memory is the child's maximum resident
//! set size (`wait4`), which is the high-water mark VmHWM of /proc. The processor time of
//! the child (user + system) is reported too, with the load average: on a shared machine
//! the wall time measures the neighbours as much as actorgraph.

mod common;

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .map(|a| {
            a.replace('_', "")
                .parse()
                .unwrap_or_else(|_| fail(&format!("not a number of articles: {a}")))
        })
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000]
    } else {
        sizes
    };
    let runs: usize = std::env::var("ACTORGRAPH_BENCH_RUNS")
        .unwrap_or_else(|_| "1".into())
        .parse()
        .unwrap_or_else(|_| fail("ACTORGRAPH_BENCH_RUNS must be a number"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let pool = Pool::load(&root.join("data/news/bbc"), &root.join("eval/RESERVED.txt"));
    let bin = env!("CARGO_BIN_EXE_actorgraph");
    println!("actorgraph feed benchmark");
    if let Ok(args) = std::env::var("ACTORGRAPH_BENCH_ARGS") {
        println!("  extra arguments: {args}");
    }
    println!(
        "  machine: {} cores, {}",
        common::cores(),
        common::cpu_model()
    );
    println!(
        "  pool:    {} headlines, {} paragraphs from the BBC corpus",
        pool.titles.len(),
        pool.paragraphs.len()
    );
    for n in sizes {
        let dir = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temporary folder: {e}")));
        let feed = match std::env::var_os("ACTORGRAPH_BENCH_FEEDS") {
            Some(keep) => PathBuf::from(keep).join(format!("feed-{n}.jsonl")),
            None => dir.path().join("feed.jsonl"),
        };
        let started = Instant::now();
        let words = pool.write_feed(&feed, n);
        let bytes = std::fs::metadata(&feed).map_or(0, |m| m.len());
        println!(
            "  corpus:  {n} articles, {words} words, {:.1} MB of JSON Lines (generated in {:.1} s)",
            bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
        let out = dir.path().join("out");
        let mut times = Vec::new();
        let mut cpu = Vec::new();
        let mut peak = 0;
        for _ in 0..runs {
            let (time, cpu_time, rss) = run_once(bin, &feed, &out);
            times.push(time);
            cpu.push(cpu_time);
            peak = peak.max(rss);
        }
        times.sort();
        cpu.sort();
        let median = times[times.len() / 2].as_secs_f64();
        let median_cpu = cpu[cpu.len() / 2].as_secs_f64();
        let graph = std::fs::metadata(out.join("graph.json")).map_or(0, |m| m.len());
        println!(
            "  N={n}: median {median:.1} s of {runs} run(s) (min {:.1}, max {:.1}); {:.0} words/s, \
             {:.0} articles/s; peak memory {:.1} MB; graph.json {:.1} MB",
            times[0].as_secs_f64(),
            times[times.len() - 1].as_secs_f64(),
            words as f64 / median,
            n as f64 / median,
            peak as f64 / 1024.0,
            graph as f64 / 1e6
        );
        // On a shared host the wall time follows the other processes; the processor time
        // the build used does not, and on an idle machine of C cores the wall time is about
        // it divided by C.
        println!(
            "  N={n}: median processor time {median_cpu:.1} s (user + system): {:.0} words per \
             processor-second; {:.1} s on {} idle cores; load average during the runs: {}",
            words as f64 / median_cpu,
            median_cpu / common::cores() as f64,
            common::cores(),
            load_average()
        );
    }
}

/// Headlines and paragraphs of the BBC articles.
struct Pool {
    titles: Vec<String>,
    paragraphs: Vec<String>,
    /// The number of paragraphs of each article: a generated article takes one of them, so
    /// that the feed's articles are as long as the corpus's (385 words on average).
    lengths: Vec<usize>,
}

impl Pool {
    fn load(bbc: &Path, reserved: &Path) -> Pool {
        // Reserved texts measure generalization: the benchmark leaves them out too.
        let reserved: Vec<PathBuf> = std::fs::read_to_string(reserved)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().strip_prefix("data/news/bbc/"))
            .map(|rel| bbc.join(rel.split_whitespace().next().unwrap_or(rel)))
            .collect();
        let mut files = Vec::new();
        let mut stack = vec![bbc.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
                fail(&format!(
                    "{}: {e} (the BBC corpus is read in place)",
                    dir.display()
                ))
            });
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "txt") && !reserved.contains(&path)
                {
                    files.push(path);
                }
            }
        }
        files.sort();
        let mut pool = Pool {
            titles: Vec::new(),
            paragraphs: Vec::new(),
            lengths: Vec::new(),
        };
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let mut blocks = text.split("\n\n").map(str::trim).filter(|b| !b.is_empty());
            if let Some(title) = blocks.next() {
                pool.titles.push(title.to_string());
            }
            let before = pool.paragraphs.len();
            pool.paragraphs.extend(blocks.map(str::to_string));
            pool.lengths.push((pool.paragraphs.len() - before).max(1));
        }
        if pool.paragraphs.is_empty() {
            fail(&format!("{}: no articles", bbc.display()));
        }
        pool
    }

    /// Writes `n` articles to `path`; returns their words.
    fn write_feed(&self, path: &Path, n: usize) -> usize {
        let file = std::fs::File::create(path)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        let mut out = BufWriter::with_capacity(1 << 20, file);
        let mut words = 0;
        let mut text = String::new();
        for i in 0..n {
            let mut rng = Rng(i as u64 ^ 0x9e37_79b9_7f4a_7c15);
            let block = (i / 64) as u64;
            text.clear();
            let paragraphs = self.lengths[rng.below(self.lengths.len())];
            for k in 0..paragraphs {
                if k > 0 {
                    text.push_str("\n\n");
                }
                let p = &self.paragraphs[rng.below(self.paragraphs.len())];
                vary_names(p, block, &mut text);
            }
            let mut title = String::new();
            vary_names(
                &self.titles[rng.below(self.titles.len())],
                block,
                &mut title,
            );
            words += title.split_whitespace().count() + text.split_whitespace().count();
            let days = (i as u64 * 3650 / n.max(1) as u64) as i64;
            let record = serde_json::json!({
                "id": format!("a{i}"),
                "date": date_after_2000(days),
                "url": format!("https://news.example/a{i}"),
                "title": title,
                "text": text,
            });
            serde_json::to_writer(&mut out, &record).expect("JSON to a file");
            out.write_all(b"\n")
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        }
        out.flush()
            .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        words
    }
}

const FIRST: [&str; 20] = [
    "Alan", "Maria", "David", "Fatima", "John", "Li", "Peter", "Amina", "Carlos", "Sarah", "Ivan",
    "Priya", "Tom", "Elena", "Omar", "Grace", "Hugo", "Yuki", "Samuel", "Nadia",
];

/// Replaces each pair of capitalized words by a made-up name, the same for the same pair
/// within a block of articles.
fn vary_names(text: &str, block: u64, out: &mut String) {
    let words: Vec<&str> = text.split(' ').collect();
    let capital = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && w.len() > 2
            && w.chars().skip(1).all(|c| c.is_lowercase())
    };
    let mut i = 0;
    while i < words.len() {
        if i > 0 {
            out.push(' ');
        }
        if i + 1 < words.len() && capital(words[i]) && capital(words[i + 1]) {
            let mut h =
                Rng(block.wrapping_mul(31) ^ hash(words[i]) ^ hash(words[i + 1]).rotate_left(17));
            let first = FIRST[h.below(FIRST.len())];
            let last = surname(h.below(12_500));
            let _ = write!(out, "{first} {last}");
            i += 2;
        } else {
            out.push_str(words[i]);
            i += 1;
        }
    }
}

/// One of 12,500 made-up surnames: three syllables.
fn surname(n: usize) -> String {
    const S: [&str; 25] = [
        "ka", "lo", "mer", "dan", "vi", "sor", "tel", "ru", "ban", "gol", "fen", "ar", "lin",
        "mos", "tar", "vek", "dor", "sal", "pim", "qua", "ren", "zu", "hol", "nik", "bra",
    ];
    let s = format!("{}{}{}", S[n % 25], S[n / 25 % 25], S[n / 625 % 20]);
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or(s)
}

fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// `YYYY-MM-DD`, `days` after 2000-01-01.
fn date_after_2000(days: i64) -> String {
    // Howard Hinnant's civil_from_days, from 1970-01-01.
    let z = days + 10_957 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// splitmix64: a fixed sequence, the same corpus every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

/// The 1, 5 and 15 minute load averages, as /proc/loadavg has them.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// One run: wall time, processor time and peak resident set size (KiB) of the child.
fn run_once(bin: &str, feed: &Path, out: &Path) -> (Duration, Duration, i64) {
    let mut command = Command::new(bin);
    command
        .arg("build")
        .arg(feed)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--format", "json"])
        .args(
            std::env::var("ACTORGRAPH_BENCH_ARGS")
                .unwrap_or_default()
                .split_whitespace(),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    let usage = common::measure(command).unwrap_or_else(|e| fail(&e));
    (usage.wall, usage.cpu, usage.max_rss_kib)
}

fn fail(message: &str) -> ! {
    eprintln!("bench feed: {message}");
    std::process::exit(1);
}
