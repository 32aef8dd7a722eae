//! Throughput of the linguistic layer: tag + lemmatize + parse + entities on the BBC
//! articles, one core, median of several runs; and the peak memory of the process.
//!
//! ```text
//! cargo bench --bench annotate -- [--data DIR] [--runs N] [--models DIR]
//! ```
//!
//! `--models` measures the model files of a directory instead of the built-in models.
//!
//! `--data` defaults to `../shared/data/news/bbc` relative to the project root.

use std::path::{Path, PathBuf};
use std::time::Instant;

use actorgraph::nlp::Models;
use actorgraph::text;

fn articles(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            articles(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
    Ok(())
}

/// Articles analyzed together in the wide batch runs.
const WIDE_BATCH: usize = 64;

fn status(key: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .map(|l| l.trim().to_string())
        })
        .unwrap_or_else(|| format!("{key} unavailable"))
}

/// CPU time of this process so far (user + system), from /proc/self/stat; the machine
/// may be shared, and CPU time is what "per core" means.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // fields after the parenthesized command name; utime and stime are fields 14 and 15
    let rest = stat.rsplit_once(')').map_or("", |r| r.1);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
}

/// The words of every sentence of `docs`.
fn sentence_words<'a>(docs: &[(&'a str, text::Segmented)]) -> Vec<Vec<&'a str>> {
    docs.iter()
        .flat_map(|(text, d)| {
            d.sentences.iter().map(move |s| {
                d.tokens[s.token_range()]
                    .iter()
                    .map(|tok| tok.text(text))
                    .collect()
            })
        })
        .collect()
}

/// `runs` runs of `analyze_batch` over groups of `articles` articles: tokens per CPU
/// second of each run, sorted.
fn batch_runs(
    models: &Models,
    docs: &[(&str, text::Segmented)],
    articles: usize,
    runs: usize,
    tokens: usize,
) -> Vec<f64> {
    let mut rates = Vec::new();
    for run in 0..runs {
        let t = Instant::now();
        let cpu = cpu_seconds();
        let mut entities = 0usize;
        for group in docs.chunks(articles) {
            entities += models
                .analyze_batch(&sentence_words(group))
                .iter()
                .map(|a| a.entities.len())
                .sum::<usize>();
        }
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu;
        rates.push(tokens as f64 / cpu.max(secs * 0.5));
        println!(
            "batch run {} (analyze_batch per {articles} article(s)): {:.3} s wall, {:.2} s CPU, {:.0} tokens/s wall, {:.0} tokens per CPU second ({entities} entities)",
            run + 1,
            secs,
            cpu,
            tokens as f64 / secs,
            tokens as f64 / cpu
        );
    }
    rates.sort_by(f64::total_cmp);
    rates
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut data = root.join("../shared/data/news/bbc");
    let mut runs = 5;
    let mut models_dir: Option<PathBuf> = None;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--data" => data = it.next().expect("--data DIR").into(),
            "--runs" => runs = it.next().expect("--runs N").parse().expect("a number"),
            "--models" => models_dir = Some(it.next().expect("--models DIR").into()),
            _ => {} // cargo bench passes --bench
        }
    }
    println!(
        "machine: {} cores available, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(
                |c| c.lines().find(|l| l.starts_with("model name")).map(|l| l
                    .split(':')
                    .nth(1)
                    .unwrap_or("")
                    .trim()
                    .to_string())
            )
            .unwrap_or_default()
    );
    let t = Instant::now();
    let models = match &models_dir {
        Some(d) => Models::load_dir(d).expect("models load"),
        None => Models::load_default().expect("built-in models load"),
    };
    println!("model load: {:.2} ms", t.elapsed().as_secs_f64() * 1e3);

    let mut paths = Vec::new();
    if let Err(e) = articles(&data, &mut paths) {
        eprintln!("{}: {e}", data.display());
        std::process::exit(1);
    }
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let t = Instant::now();
    let docs: Vec<(&str, text::Segmented)> = texts
        .iter()
        .map(|s| (s.as_str(), text::segment(s)))
        .collect();
    let seg_time = t.elapsed().as_secs_f64();
    let tokens: usize = docs.iter().map(|(_, d)| d.tokens.len()).sum();
    let sentences: usize = docs.iter().map(|(_, d)| d.sentences.len()).sum();
    println!(
        "corpus: {} articles, {sentences} sentences, {tokens} tokens (segmentation {:.0} tokens/s)",
        docs.len(),
        tokens as f64 / seg_time
    );
    let mut rates = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for run in 0..runs {
        let t = Instant::now();
        let mut entities = 0usize;
        for (text, d) in &docs {
            for s in &d.sentences {
                words.clear();
                words.extend(d.tokens[s.token_range()].iter().map(|tok| tok.text(text)));
                let a = models.analyze(&words);
                entities += a.entities.len();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        rates.push(tokens as f64 / secs);
        println!(
            "run {}: {:.3} s, {:.0} tokens/s ({entities} entities)",
            run + 1,
            secs,
            tokens as f64 / secs
        );
    }
    let batch_rates = batch_runs(&models, &docs, 1, runs, tokens);
    // bigger batches: the sentences of many articles go through each stage together, so
    // each model's tables stay in cache longer still
    let wide_rates = batch_runs(&models, &docs, WIDE_BATCH, runs, tokens);
    // the whole machine: articles shared among one thread per core (Models is Sync)
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let t = Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(doc) = docs.get(i..i + 1) else { break };
                    let sents = sentence_words(doc);
                    std::hint::black_box(models.analyze_batch(&sents));
                }
            });
        }
    });
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{threads} threads (analyze_batch, articles shared): {:.3} s wall, {:.0} tokens/s",
        secs,
        tokens as f64 / secs
    );
    rates.sort_by(f64::total_cmp);
    // where the time goes: each stage on its own (given the tags of the tagger)
    let t = Instant::now();
    let mut tagged = Vec::with_capacity(sentences);
    for (text, d) in &docs {
        for s in &d.sentences {
            let w: Vec<&str> = d.tokens[s.token_range()]
                .iter()
                .map(|tok| tok.text(text))
                .collect();
            tagged.push(models.tag(&w));
        }
    }
    let tag_secs = t.elapsed().as_secs_f64();
    let mut k = 0;
    let t = Instant::now();
    for (text, d) in &docs {
        for s in &d.sentences {
            let w: Vec<&str> = d.tokens[s.token_range()]
                .iter()
                .map(|tok| tok.text(text))
                .collect();
            std::hint::black_box(models.parse(&w, &tagged[k]));
            k += 1;
        }
    }
    let parse_secs = t.elapsed().as_secs_f64();
    let mut k = 0;
    let t = Instant::now();
    for (text, d) in &docs {
        for s in &d.sentences {
            let w: Vec<&str> = d.tokens[s.token_range()]
                .iter()
                .map(|tok| tok.text(text))
                .collect();
            std::hint::black_box(models.entities(&w, &tagged[k]));
            k += 1;
        }
    }
    let ner_secs = t.elapsed().as_secs_f64();
    println!(
        "stages alone: tag + lemma {:.0} tokens/s, parse {:.0} tokens/s, entities {:.0} tokens/s",
        tokens as f64 / tag_secs,
        tokens as f64 / parse_secs,
        tokens as f64 / ner_secs
    );
    println!(
        "tag + lemma + parse + entities, one core, sentence by sentence (analyze): median {:.0} tokens/s",
        rates[rates.len() / 2]
    );
    println!(
        "tag + lemma + parse + entities, one core, analyze_batch per article: median {:.0} tokens/s",
        batch_rates[batch_rates.len() / 2]
    );
    println!(
        "tag + lemma + parse + entities, one core, analyze_batch per {WIDE_BATCH} articles: median {:.0} tokens/s",
        wide_rates[wide_rates.len() / 2]
    );
    println!("peak memory: {}", status("VmHWM:"));
}
