//! Trains the relation decision on the relation corpus and measures it.
//!
//! ```text
//! cargo run --release --features train --bin train_relations -- [--data DIR]
//!     [--gold DIR] [--out FILE] [--folds N] [--precision P] [--no-write]
//!     [--threshold T] [--drop D] [--stance | --no-stance]
//! ```
//!
//! `--stance` (`--no-stance`) runs the pipeline with the trigger class `stance` kept
//! (dropped) instead of the shipped default, to measure what the class adds.
//!
//! 1. reads `corpus/gold/*.jsonl` (checking every record against its text) and runs the
//!    pipeline on each document, keeping the candidates of the annotated sentences;
//! 2. labels each candidate by matching gold: its agent's and target's tokens overlap the
//!    gold source's and target's spans (either way for a symmetric relation). Scoring
//!    reads that class of the pair; the model learns it only from candidates whose
//!    trigger overlaps the gold trigger;
//! 3. cross-validates by document (`--folds`, default 5; no document in two folds): in each
//!    fold the L2 strength and the thresholds are chosen by an inner cross-validation on
//!    the training folds alone (of the settings whose statements added to the engine's
//!    reach `--precision`, default 0.75, the best F1), then the model is trained on them
//!    and scored on the held-out fold, per class, next to the engine alone;
//! 4. chooses the setting the same way on the whole corpus (or takes `--threshold` and
//!    `--drop`), trains on all of it and writes `assets/models/relations.agm` (unless
//!    `--no-write`).
//!
//! Deterministic: the same corpus gives the same model bytes. Diagnostics on stdout:
//! `SHOW_MISSES=N`, `SHOW_UNSEEN=1`, `SHOW_FP=1`, `ADDED=1`, `BOTH_SEEN=N` (with `STANCE_ONLY=1`: the
//! gold carried by an evaluation only), `STANCE_LIST=1` (see `report.rs`).

mod corpus;
mod cv;
mod report;
mod score;

use std::path::{Path, PathBuf};

use actorgraph::learn::CLASSES;

use corpus::{Corpus, class_index};
use cv::{Setting, choose, deal, fit};
use score::{added, ratio, score};

/// Any error, shown as its message.
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

struct Args {
    data: PathBuf,
    gold: PathBuf,
    out: PathBuf,
    folds: usize,
    write: bool,
    /// The precision the statements added to the engine's must reach in the inner
    /// cross-validation.
    precision: f64,
    /// Thresholds forced instead of the cross-validated choice (for experiments).
    thresholds: Option<[f32; 3]>,
    drop: Option<f32>,
    /// The trigger class `stance` kept or dropped instead of the shipped default.
    stance: Option<bool>,
}

fn parse_args() -> Result<Args> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        data: std::env::var_os("ACTORGRAPH_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("../shared/data")),
        gold: root.join("corpus/gold"),
        out: root.join("assets/models/relations.agm"),
        folds: 5,
        write: true,
        precision: 0.75,
        thresholds: None,
        drop: None,
        stance: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => a.data = value()?.into(),
            "--gold" => a.gold = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--folds" => a.folds = value()?.parse()?,
            "--precision" => a.precision = value()?.parse()?,
            "--no-write" => a.write = false,
            "--threshold" => {
                // one threshold for every class, or one per class: meets,backs,opposes
                let v: Vec<f32> = value()?
                    .split(',')
                    .map(str::parse)
                    .collect::<std::result::Result<_, _>>()?;
                a.thresholds = Some(match v[..] {
                    [t] => [t; 3],
                    [m, b, o] => [m, b, o],
                    _ => return Err("--threshold takes one value or three".into()),
                });
            }
            "--drop" => a.drop = Some(value()?.parse()?),
            "--stance" => a.stance = Some(true),
            "--no-stance" => a.stance = Some(false),
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    Ok(a)
}

/// The outer cross-validation: each fold's setting chosen on the other folds, the model
/// trained on them and its decisions on the fold; the table of rules alone vs learned.
fn cross_validate(corpus: &Corpus, args: &Args, engine: &[usize]) {
    let all: Vec<usize> = (0..corpus.names.len()).collect();
    let folds = deal(&all, &corpus.names, args.folds);
    let data = &corpus.data;
    let mut learned = vec![0usize; data.len()];
    let mut chosen: Vec<Setting> = Vec::new();
    for (k, test) in folds.iter().enumerate() {
        let train_docs: Vec<usize> = all.iter().copied().filter(|d| !test.contains(d)).collect();
        let s = choose(corpus, &train_docs, args.folds - 1, engine, args.precision);
        chosen.push(s);
        let mut model = fit(data, &train_docs, s.l2);
        model.thresholds = s.thresholds;
        model.drop = s.drop;
        for (i, x) in data
            .iter()
            .enumerate()
            .filter(|(_, x)| test.contains(&x.doc))
        {
            let p = model.probs(&model.buckets(&x.c.features));
            learned[i] = model
                .decide(&p, CLASSES[engine[i]])
                .and_then(|c| class_index(c.as_str()))
                .unwrap_or(0);
        }
        eprintln!("fold {k}: {s:?}");
    }
    let rules = score(data, engine, &all, &corpus.gold);
    let model = score(data, &learned, &all, &corpus.gold);
    let (n_added, right) = added(data, &learned, engine, &all);
    let (n_dropped, dropped_right) = added(data, engine, &learned, &all);
    let list: Vec<String> = chosen
        .iter()
        .map(|s| format!("{:e}/{:?}/{}", s.l2, s.thresholds, s.drop))
        .collect();
    println!(
        "\n{}-fold cross-validation by document (the folds' L2 / thresholds of meets, backs, opposes / drop: {}); added to the engine's statements: {n_added}, of them right {right} (precision {:.3}); dropped: {n_dropped}, of them right {dropped_right}\n",
        args.folds,
        list.join(", "),
        ratio(right, n_added)
    );
    println!("| class | gold | rules alone P / R / F1 | learned P / R / F1 |\n|---|---|---|---|");
    for (i, name) in ["all", "meets", "backs", "opposes"].iter().enumerate() {
        println!(
            "| {name} | {} | {:.3} / {:.3} / {:.3} | {:.3} / {:.3} / {:.3} |",
            rules[i].gold,
            rules[i].p(),
            rules[i].r(),
            rules[i].f(),
            model[i].p(),
            model[i].r(),
            model[i].f()
        );
    }
    let gold_total: usize = corpus.gold.iter().map(Vec::len).sum();
    println!(
        "\nrecall counts every gold relation, also those no rule proposed (the ceiling of recall is {:.3})",
        ratio(corpus.proposed().len(), gold_total)
    );
}

/// The engine alone on the corpus (its statements, right, and recall), and the gold
/// relations annotated as carried by an evaluation (`stance`) that it finds: what the
/// trigger class `stance` is measured by.
fn engine_line(corpus: &Corpus, engine: &[usize], all: &[usize]) {
    let c = score(&corpus.data, engine, all, &corpus.gold)[0];
    let found = score::found(&corpus.data, engine, all);
    let is_stance =
        |d: usize, g: &corpus::Gold| corpus.records[d][g.record].relations[g.relation].stance;
    let (mut stance, mut stance_found) = (0, 0);
    for (d, golds) in corpus.gold.iter().enumerate() {
        for (gi, _) in golds.iter().enumerate().filter(|(_, g)| is_stance(d, g)) {
            stance += 1;
            stance_found += usize::from(found.contains(&(d, gi)));
        }
    }
    println!(
        "engine alone: {} statements, {} right (P {:.3}); {} of {} gold relations (R {:.3}); gold carried by an evaluation: {stance_found} of {stance} found",
        c.predicted,
        c.tp,
        c.p(),
        c.found,
        c.gold,
        c.r()
    );
    // the judgements alone: the engine's statements of the class `stance`
    let judged: Vec<usize> = engine
        .iter()
        .zip(&corpus.data)
        .map(|(&k, x)| if x.c.engine_stance { k } else { 0 })
        .collect();
    let s = score(&corpus.data, &judged, all, &corpus.gold)[0];
    let found = score::found(&corpus.data, &judged, all);
    let marked = found
        .iter()
        .filter(|&&(d, gi)| is_stance(d, &corpus.gold[d][gi]))
        .count();
    println!(
        "stance alone: {} statements, {} right (P {:.3}); {} gold relations found (R {:.3}), {marked} of them carried by an evaluation (of {stance}: R {:.3})",
        s.predicted,
        s.tp,
        s.p(),
        s.found,
        s.r(),
        score::ratio(marked, stance)
    );
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let corpus = corpus::load(&args.gold, &args.data, args.stance)?;
    report::summary(&corpus);
    if let Ok(n) = std::env::var("SHOW_MISSES") {
        report::misses(&corpus, n.parse().unwrap_or(20));
    }
    if std::env::var_os("SHOW_UNSEEN").is_some() {
        report::unseen(&corpus);
    }
    let engine = corpus.engine();
    let all: Vec<usize> = (0..corpus.names.len()).collect();
    engine_line(&corpus, &engine, &all);
    if std::env::var_os("SHOW_FP").is_some() {
        report::confident(&corpus, &deal(&all, &corpus.names, args.folds), &engine);
    }
    if let Ok(n) = std::env::var("ENGINE_FP") {
        report::engine_errors(&corpus, &engine, n.parse().unwrap_or(30));
    }
    if std::env::var_os("STANCE_LIST").is_some() {
        report::stance_statements(&corpus, &engine);
    }
    if let Ok(n) = std::env::var("BOTH_SEEN") {
        report::both_seen_misses(&corpus, &engine, n.parse().unwrap_or(30));
    }
    if std::env::var_os("ADDED").is_some() {
        report::curve(
            &corpus,
            &deal(&all, &corpus.names, args.folds),
            &engine,
            &all,
        );
    }
    cross_validate(&corpus, &args, &engine);

    // the shipped model
    let s = choose(&corpus, &all, args.folds, &engine, args.precision);
    let mut model = fit(&corpus.data, &all, s.l2);
    model.thresholds = args.thresholds.unwrap_or(s.thresholds);
    model.drop = args.drop.unwrap_or(s.drop);
    println!(
        "\nshipped model: l2 {:e}, thresholds {:?}, drop {} (the cross-validation's choice: thresholds {:?}, drop {}, F1 {:.3}, added {} of them right {})",
        s.l2, model.thresholds, model.drop, s.thresholds, s.drop, s.f1, s.added.0, s.added.1
    );
    if args.write {
        std::fs::write(&args.out, model.to_bytes())?;
        println!("wrote {}", args.out.display());
    }
    Ok(())
}
