//! Time per megabyte on one long document: the cost of every stage must grow linearly with
//! the length of a document, so the seconds per MB at 1, 5 and 20 MB should be flat.
//!
//! ```text
//! cargo bench --bench long -- [--data DIR] [--sizes 1,5,20] [--runs N] [--write DIR]
//! ```
//!
//! The document is generated at run time from the paragraphs of the BBC articles
//! (`--data`, default `../shared/data/news/bbc`; the files listed in
//! `../shared/eval/RESERVED.txt` are skipped), keeping the paragraphs dense with names
//! (at least four capitalized words not opening a sentence), repeated in corpus order up
//! to each size. Nothing of it is ever written into the repository (`--write DIR` saves
//! the documents to DIR, for profiling the command line on them).
//!
//! Reported, each the median of `--runs` (default 3), on one thread, in CPU seconds of
//! the process (on a shared machine the wall time also counts other people's work):
//!
//! - `segment`: [`text::segment`] (tokens and sentences), on the BBC document and on
//!   runs of punctuation (quotes, periods and closers, dashes) of the same size;
//! - `analyze`: tags, lemmas, trees and entities of every sentence
//!   ([`Models::analyze_batch`] over 64 sentences at a time);
//! - `extract`: [`Pipeline::extract`], the whole extraction of the document (segmenting,
//!   tagging, parsing the sentences with two mentions, actors and relations);
//! - `graph`: adding that document graph to an [`ActorGraph`].
//!
//! and the issue's case: one line repeating "Kerry met Sissi in Cairo and Hamas rejected
//! the plan." to the same sizes.
//!
//! A stage whose time at the size before, grown quadratically, would pass `--budget`
//! seconds (default 300) is skipped at the larger size and said so: the graph of the
//! repeated line is quadratic today (every statement of an edge is compared with all its
//! evidence so far).

use std::path::{Path, PathBuf};
use std::time::Instant;

use actorgraph::nlp::Models;
use actorgraph::{ActorGraph, Document, Pipeline, text};

const MB: usize = 1 << 20;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut data = root.join("../shared/data/news/bbc");
    let mut sizes = vec![1usize, 5, 20];
    let mut runs = 3;
    let mut write: Option<PathBuf> = None;
    let mut budget = 300.0;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--data" => data = it.next().expect("--data DIR").into(),
            "--sizes" => {
                sizes = it
                    .next()
                    .expect("--sizes 1,5,20")
                    .split(',')
                    .map(|s| s.parse().expect("sizes in MB"))
                    .collect()
            }
            "--runs" => runs = it.next().expect("--runs N").parse().expect("a number"),
            "--write" => write = Some(it.next().expect("--write DIR").into()),
            "--budget" => budget = it.next().expect("--budget S").parse().expect("seconds"),
            _ => {} // cargo bench passes --bench
        }
    }
    // one thread: the figures are per core (extraction reads a long document in parts,
    // in parallel, when it may)
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .expect("one rayon thread");
    println!("machine: {}", machine());
    let reserved = reserved(&root.join("../shared/eval/RESERVED.txt"));
    let paragraphs = dense_paragraphs(&data, &reserved);
    if paragraphs.is_empty() {
        eprintln!(
            "{}: no paragraphs (name the BBC folder with --data)",
            data.display()
        );
        std::process::exit(1);
    }
    println!(
        "source: {} paragraphs dense with names from {} (reserved files skipped)",
        paragraphs.len(),
        data.display()
    );
    let pipeline = Pipeline::new().expect("pipeline");
    let models = Models::load_default().expect("models");

    let mut table = Vec::new();
    let mut last_line_graph = None;
    for &size in &sizes {
        let bbc = repeat_to(&paragraphs, size * MB, "\n\n");
        let line = repeat_to(
            &["Kerry met Sissi in Cairo and Hamas rejected the plan.".to_string()],
            size * MB,
            " ",
        );
        if let Some(dir) = &write {
            std::fs::create_dir_all(dir).expect("--write folder");
            std::fs::write(dir.join(format!("bbc-{size}mb.txt")), &bbc).expect("write");
            std::fs::write(dir.join(format!("line-{size}mb.txt")), &line).expect("write");
        }
        let mb = bbc.len() as f64 / MB as f64;
        let mut row = |what: &str, secs: f64, note: String| {
            println!(
                "{size:>3} MB  {what:<28} {:>8.3} s  {:>7.3} s/MB  {note}",
                secs,
                secs / mb
            );
            table.push((what.to_string(), size, secs / mb));
        };
        let seg = median(runs, || {
            let t = Instant::now();
            let s = text::segment(&bbc);
            (t.elapsed().as_secs_f64(), s.tokens.len())
        });
        row("segment (BBC)", seg.0, format!("{} tokens", seg.1));
        for (name, unit) in [
            ("segment (quotes)", "'"),
            ("segment (periods, closers)", "a.;."),
            ("segment (dashes, quotes)", "x--'\u{2019}"),
            ("segment (dots)", "."),
        ] {
            let run_text = unit.repeat(size * MB / unit.len());
            let r = median(runs, || {
                let t = Instant::now();
                let s = text::segment(&run_text);
                (t.elapsed().as_secs_f64(), s.tokens.len())
            });
            row(name, r.0, format!("{} tokens", r.1));
        }
        let seg = text::segment(&bbc);
        let sentences: Vec<Vec<&str>> = seg
            .sentences
            .iter()
            .map(|s| {
                seg.tokens[s.token_range()]
                    .iter()
                    .map(|t| t.text(&bbc))
                    .collect()
            })
            .collect();
        let an = median(runs, || {
            let t = Instant::now();
            let mut entities = 0;
            for group in sentences.chunks(64) {
                entities += models
                    .analyze_batch(group)
                    .iter()
                    .map(|a| a.entities.len())
                    .sum::<usize>();
            }
            (t.elapsed().as_secs_f64(), entities)
        });
        row(
            "analyze (BBC)",
            an.0,
            format!(
                "{} sentences, {:.0} tokens/s",
                sentences.len(),
                seg.tokens.len() as f64 / an.0
            ),
        );
        drop(sentences);
        let doc = Document::new(format!("bbc-{size}mb"), bbc.clone());
        let (secs, g) = median(runs, || {
            let t = Instant::now();
            let g = pipeline.extract(&doc);
            (t.elapsed().as_secs_f64(), g)
        });
        row(
            "extract (BBC)",
            secs,
            format!(
                "{} actors, {} statements",
                g.actors.len(),
                g.statements.len()
            ),
        );
        let gr = median(runs, || {
            let t = Instant::now();
            let mut graph = ActorGraph::new();
            graph.add_document(&g);
            (t.elapsed().as_secs_f64(), graph.edges().count())
        });
        row("graph (BBC)", gr.0, format!("{} edges", gr.1));
        drop(g);
        let doc = Document::new(format!("line-{size}mb"), line.clone());
        let (secs, g) = median(runs, || {
            let t = Instant::now();
            let g = pipeline.extract(&doc);
            (t.elapsed().as_secs_f64(), g)
        });
        row(
            "extract (one line)",
            secs,
            format!(
                "{} actors, {} statements",
                g.actors.len(),
                g.statements.len()
            ),
        );
        let expected =
            last_line_graph.map(|(s, t): (usize, f64)| t * (size as f64 / s as f64).powi(2));
        if expected.is_some_and(|t| t > budget) {
            println!(
                "{size:>3} MB  graph (one line)             skipped: about {:.0} s if quadratic (--budget {budget})",
                expected.unwrap_or(0.0)
            );
        } else {
            let gr = median(runs, || {
                let t = Instant::now();
                let mut graph = ActorGraph::new();
                graph.add_document(&g);
                (t.elapsed().as_secs_f64(), graph.edges().count())
            });
            last_line_graph = Some((size, gr.0));
            row("graph (one line)", gr.0, format!("{} edges", gr.1));
        }
    }
    println!();
    println!("CPU seconds per MB (one thread, median of {runs}); last column: largest / smallest");
    let mut names: Vec<&String> = Vec::new();
    for (n, _, _) in &table {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    print!("| stage |");
    for s in &sizes {
        print!(" {s} MB |");
    }
    println!(" ratio |");
    print!("|---|");
    for _ in &sizes {
        print!("---|");
    }
    println!("---|");
    for n in names {
        let v: Vec<f64> = table
            .iter()
            .filter(|(m, _, _)| m == n)
            .map(|r| r.2)
            .collect();
        print!("| {n} |");
        for x in &v {
            print!(" {x:.3} |");
        }
        for _ in v.len()..sizes.len() {
            print!(" skipped |");
        }
        let (lo, hi) = v
            .iter()
            .fold((f64::MAX, 0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        println!(" {:.2} |", hi / lo.max(1e-9));
    }
}

/// CPU time of this process so far, in seconds.
fn cpu_seconds() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// `runs` runs of `f`: the median CPU time and the last result (`f`'s own time is its
/// wall time, printed with the median).
fn median<R>(runs: usize, mut f: impl FnMut() -> (f64, R)) -> (f64, R) {
    let mut times = Vec::new();
    let mut walls = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let cpu = cpu_seconds();
        let (wall, r) = f();
        times.push(cpu_seconds() - cpu);
        walls.push(wall);
        last = Some(r);
    }
    walls.sort_by(f64::total_cmp);
    print!("[wall median {:.3} s] ", walls[walls.len() / 2]);
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], last.expect("one run"))
}

/// The pieces repeated in order, joined by `sep`, up to `bytes`.
fn repeat_to(pieces: &[String], bytes: usize, sep: &str) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    'fill: loop {
        for p in pieces {
            if out.len() + p.len() > bytes {
                break 'fill;
            }
            out.push_str(p);
            out.push_str(sep);
        }
    }
    out
}

/// The paths of RESERVED.txt, relative to `shared/` (`data/news/bbc/SECTION/NNN.txt`).
fn reserved(list: &Path) -> Vec<String> {
    std::fs::read_to_string(list)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// Paragraphs with at least four capitalized words that do not open a sentence.
fn dense_paragraphs(dir: &Path, reserved: &[String]) -> Vec<String> {
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let key = f.to_string_lossy();
        if reserved.iter().any(|r| key.ends_with(r.as_str())) {
            continue;
        }
        let Ok(t) = std::fs::read_to_string(&f) else {
            continue;
        };
        for p in t.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            let mut names = 0;
            let mut prev = ".";
            for w in p.split_whitespace() {
                let opens = prev.ends_with(['.', '"', '?', '!']);
                if !opens && w.starts_with(|c: char| c.is_uppercase()) {
                    names += 1;
                }
                prev = w;
            }
            if names >= 4 {
                out.push(p.to_string());
            }
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_default();
    format!(
        "{} cores available, {cpu}; measured on one thread",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    )
}
