//! Trains the relation decision on the relation corpus and measures it.
//!
//! ```text
//! cargo run --release --features train --bin train_relations -- [--data DIR]
//!     [--gold DIR] [--out FILE] [--folds N] [--no-write]
//! ```
//!
//! 1. reads `corpus/gold/*.jsonl` (checking every record against its text) and runs the
//!    pipeline on each document, keeping the candidates of the annotated sentences;
//! 2. labels each candidate by matching gold: its agent's and target's tokens overlap the
//!    gold source's and target's spans (either way for a symmetric relation), the label the
//!    gold class; no match is `none`. Gold relations no candidate matches are rule misses;
//! 3. cross-validates by document (`--folds`, default 5; no document in two folds): in each
//!    fold the L2 strength and the threshold are chosen by an inner cross-validation on the
//!    training folds alone, then the model is trained on them and scored on the held-out
//!    fold, per class, next to the engine's step lists alone on the same fold;
//! 4. chooses the L2 strength and threshold the same way on the whole corpus, trains on all
//!    of it and writes `assets/models/relations.agm` (unless `--no-write`).
//!
//! Deterministic: the same corpus gives the same model bytes. Diagnostics, on stdout:
//! `SHOW_MISSES=N` lists N gold relations no candidate matches, with the sentence's
//! candidates; `SHOW_FP=1` the 60 most confident out-of-fold candidates the engine does
//! not state, with their labels; `CURVE=1` out-of-fold precision and recall by threshold.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use actorgraph::learn::{
    CLASSES, CandidateRecord, CandidateSentence, Example, GoldRecord, RelationModel, TrainOptions,
    read_gold, sha256_hex, train,
};
use actorgraph::{Document, Pipeline, RelationKind};
use rayon::prelude::*;

/// Any error, shown as its message.
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// L2 strengths tried.
const L2: &[f32] = &[1e-4, 1e-3, 3e-3, 1e-2];
/// Thresholds tried for candidates the engine does not state.
const THRESHOLDS: &[f32] = &[
    0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9,
];
/// Thresholds tried for dropping candidates the engine states (1.01: never).
const DROPS: &[f32] = &[0.5, 0.7, 0.8, 0.9, 0.95, 1.01];

struct Args {
    data: PathBuf,
    gold: PathBuf,
    out: PathBuf,
    folds: usize,
    write: bool,
    /// Thresholds forced instead of the cross-validated choice (for experiments).
    threshold: Option<f32>,
    drop: Option<f32>,
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
        threshold: None,
        drop: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => a.data = value()?.into(),
            "--gold" => a.gold = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--folds" => a.folds = value()?.parse()?,
            "--no-write" => a.write = false,
            "--threshold" => a.threshold = Some(value()?.parse()?),
            "--drop" => a.drop = Some(value()?.parse()?),
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    Ok(a)
}

/// A gold relation (not an affiliation) of a document.
struct Gold {
    record: usize,
    relation: usize,
    class: usize,
}

/// A candidate with its label and the gold relations it states.
struct Labelled {
    doc: usize,
    record: usize,
    c: CandidateRecord,
    label: usize,
    /// The gold relations the candidate matches in its labelled class.
    matches: Vec<usize>,
    /// Any gold relation of any class matches its pair.
    proposes: Vec<usize>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn class_index(name: &str) -> Option<usize> {
    CLASSES
        .iter()
        .position(|c| c.map(RelationKind::as_str) == Some(name))
}

/// All gold relations of a document's records (indices into the returned list are the
/// gold ids of the document).
fn golds(records: &[GoldRecord]) -> Vec<Gold> {
    let mut out = Vec::new();
    for (ri, r) in records.iter().enumerate() {
        for (k, rel) in r.relations.iter().enumerate() {
            if let Some(class) = class_index(&rel.relation) {
                out.push(Gold {
                    record: ri,
                    relation: k,
                    class,
                });
            }
        }
    }
    out
}

/// Labels the candidates of one document against its records.
fn label(
    doc: usize,
    records: &[GoldRecord],
    gold: &[Gold],
    candidates: Vec<CandidateRecord>,
) -> Vec<Labelled> {
    let mut out = Vec::new();
    for c in candidates {
        // the record of the sentence: the annotated sentence that overlaps it most
        let Some(ri) = records
            .iter()
            .enumerate()
            .filter(|(_, r)| overlaps(r.sentence, c.sentence))
            .max_by_key(|(_, r)| r.sentence.1.min(c.sentence.1) - r.sentence.0.max(c.sentence.0))
            .map(|(i, _)| i)
        else {
            continue;
        };
        let r = &records[ri];
        let side = |id: &str, spans: &[(usize, usize)]| {
            r.actor(id)
                .and_then(|a| a.span)
                .is_some_and(|s| spans.iter().any(|&t| overlaps(s, t)))
        };
        let mut matches = Vec::new();
        let mut proposes = Vec::new();
        let mut label = 0;
        for (gi, g) in gold.iter().enumerate().filter(|(_, g)| g.record == ri) {
            let rel = &r.relations[g.relation];
            let forward = side(&rel.source, &c.agent_spans) && side(&rel.target, &c.target_spans);
            let backward = side(&rel.source, &c.target_spans) && side(&rel.target, &c.agent_spans);
            if forward || backward {
                proposes.push(gi);
            }
            if forward || (backward && rel.symmetric) {
                if label == 0 {
                    label = g.class;
                }
                if g.class == label {
                    matches.push(gi);
                }
            }
        }
        out.push(Labelled {
            doc,
            record: ri,
            c,
            label,
            matches,
            proposes,
        });
    }
    out
}

/// Precision, recall and F1 counts of one class (or all).
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    predicted: usize,
    gold: usize,
    found: usize,
}

impl Counts {
    fn p(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }
    fn r(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Scores the decisions `kept` (class per candidate, 0 = dropped) of the candidates of
/// `docs` against their gold: per class (index 1..4) and all (index 0). A statement is a
/// distinct (sentence, agent, target, class); it is right when one of its candidates
/// matches gold in that class; a gold relation is found when a kept candidate of its class
/// matches it.
fn score(data: &[Labelled], kept: &[usize], docs: &[usize], gold: &[Vec<Gold>]) -> [Counts; 4] {
    let mut counts = [Counts::default(); 4];
    let in_docs = |d: usize| docs.contains(&d);
    let mut statements: HashMap<(usize, usize, String, String, usize), bool> = HashMap::new();
    let mut found: std::collections::HashSet<(usize, usize)> = Default::default();
    for (x, &k) in data.iter().zip(kept) {
        if k == 0 || !in_docs(x.doc) {
            continue;
        }
        let (a, b) = (&x.c.names.0, &x.c.names.1);
        let symmetric = k == 1 || x.c.mutual;
        let (a, b) = if symmetric && b < a { (b, a) } else { (a, b) };
        let right = x.label == k;
        let entry = statements
            .entry((x.doc, x.record, a.clone(), b.clone(), k))
            .or_insert(false);
        *entry |= right;
        if right {
            for &g in &x.matches {
                found.insert((x.doc, g));
            }
        }
    }
    for ((_, _, _, _, k), right) in statements {
        for i in [0, k] {
            counts[i].predicted += 1;
            counts[i].tp += usize::from(right);
        }
    }
    for &d in docs {
        for (gi, g) in gold[d].iter().enumerate() {
            for i in [0, g.class] {
                counts[i].gold += 1;
                counts[i].found += usize::from(found.contains(&(d, gi)));
            }
        }
    }
    counts
}

/// The model's decisions at `threshold` and `drop` from class probabilities and what the
/// engine states of each candidate.
fn decisions(probs: &[[f32; 4]], engine: &[usize], threshold: f32, drop: f32) -> Vec<usize> {
    let mut model = RelationModel::zeros(4, threshold, drop);
    model.weights.clear();
    probs
        .iter()
        .zip(engine)
        .map(|(p, &e)| {
            model
                .decide(p, CLASSES[e])
                .and_then(|c| class_index(c.as_str()))
                .unwrap_or(0)
        })
        .collect()
}

fn examples(data: &[Labelled], docs: &[usize]) -> Vec<Example> {
    data.iter()
        .filter(|x| docs.contains(&x.doc))
        .map(|x| Example {
            features: x.c.features.clone(),
            label: x.label,
        })
        .collect()
}

/// Out-of-fold probabilities of the candidates of `docs` (others get none), from models
/// trained on the other folds of `docs` with `l2`.
fn out_of_fold(data: &[Labelled], folds: &[Vec<usize>], l2: f32) -> Vec<Option<[f32; 4]>> {
    let per_fold: Vec<Vec<(usize, [f32; 4])>> = folds
        .par_iter()
        .enumerate()
        .map(|(k, test)| {
            let train_docs: Vec<usize> = folds
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .flat_map(|(_, f)| f.iter().copied())
                .collect();
            let model = train(
                &examples(data, &train_docs),
                TrainOptions {
                    l2,
                    ..TrainOptions::default()
                },
            );
            data.iter()
                .enumerate()
                .filter(|(_, x)| test.contains(&x.doc))
                .map(|(i, x)| (i, model.probs(&model.buckets(&x.c.features))))
                .collect()
        })
        .collect();
    let mut out = vec![None; data.len()];
    for (i, p) in per_fold.into_iter().flatten() {
        out[i] = Some(p);
    }
    out
}

/// Deals `docs` into `n` folds by the hash of their locators.
fn deal(docs: &[usize], names: &[String], n: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = docs.to_vec();
    order.sort_by_key(|&d| sha256_hex(names[d].as_bytes()));
    let mut folds = vec![Vec::new(); n];
    for (k, d) in order.into_iter().enumerate() {
        folds[k % n].push(d);
    }
    folds
}

/// Chooses the L2 strength and the threshold by the F1 of all classes of an inner
/// cross-validation over `docs` alone.
fn choose(
    data: &[Labelled],
    docs: &[usize],
    names: &[String],
    gold: &[Vec<Gold>],
    n: usize,
    engine: &[usize],
) -> (f32, f32, f32, f64) {
    let folds = deal(docs, names, n);
    let mut best = (L2[0], THRESHOLDS[0], DROPS[0], -1.0);
    for &l2 in L2 {
        let oof = out_of_fold(data, &folds, l2);
        let probs: Vec<[f32; 4]> = oof
            .iter()
            .map(|p| p.unwrap_or([1.0, 0.0, 0.0, 0.0]))
            .collect();
        for &t in THRESHOLDS {
            for &drop in DROPS {
                let f = score(data, &decisions(&probs, engine, t, drop), docs, gold)[0].f();
                if f > best.3 + 1e-9 {
                    best = (l2, t, drop, f);
                }
            }
        }
    }
    best
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.gold)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut texts = HashMap::new();
    let mut by_doc: Vec<(String, Vec<GoldRecord>)> = Vec::new();
    for f in &files {
        for r in read_gold(f, &args.data, &mut texts)? {
            match by_doc.iter_mut().find(|(d, _)| *d == r.doc) {
                Some((_, v)) => v.push(r),
                None => by_doc.push((r.doc.clone(), vec![r])),
            }
        }
    }
    let names: Vec<String> = by_doc.iter().map(|(d, _)| d.clone()).collect();
    let gold: Vec<Vec<Gold>> = by_doc.iter().map(|(_, r)| golds(r)).collect();
    let pipeline = Pipeline::new()?;
    let runs: Vec<(Vec<Labelled>, Vec<CandidateSentence>)> = by_doc
        .par_iter()
        .enumerate()
        .map(|(d, (name, records))| {
            let doc = Document::new(name.clone(), texts[name].clone());
            let mut sentences = pipeline.relation_candidates(&doc);
            let candidates = sentences
                .iter_mut()
                .flat_map(|s| std::mem::take(&mut s.candidates))
                .collect();
            (label(d, records, &gold[d], candidates), sentences)
        })
        .collect();
    let mut data = Vec::new();
    let mut actor_spans: Vec<Vec<CandidateSentence>> = Vec::new();
    for (l, s) in runs {
        data.extend(l);
        actor_spans.push(s);
    }
    // why a gold relation has no candidate: a side the pipeline does not see as an actor
    // of the sentence, or no rule connecting the two
    let seen = |d: usize, span: Option<(usize, usize)>| {
        span.is_some_and(|g| {
            actor_spans[d]
                .iter()
                .any(|s| s.actors.iter().flatten().any(|&t| overlaps(g, t)))
        })
    };

    // the corpus and the candidates
    let sentences: usize = by_doc.iter().map(|(_, r)| r.len()).sum();
    let gold_total: usize = gold.iter().map(Vec::len).sum();
    let mut per_label = [0usize; 4];
    for x in &data {
        per_label[x.label] += 1;
    }
    let mut proposed = std::collections::HashSet::new();
    for x in &data {
        for &g in &x.proposes {
            proposed.insert((x.doc, g));
        }
    }
    println!(
        "corpus: {} documents, {sentences} sentences, {gold_total} relations (meets, backs, opposes)",
        names.len()
    );
    let mut unseen = 0;
    for (d, (_, records)) in by_doc.iter().enumerate() {
        for (gi, g) in gold[d].iter().enumerate() {
            let r = &records[g.record];
            let rel = &r.relations[g.relation];
            let both = [&rel.source, &rel.target]
                .iter()
                .all(|id| seen(d, r.actor(id).and_then(|a| a.span)));
            if !proposed.contains(&(d, gi)) && !both {
                unseen += 1;
            }
        }
    }
    println!(
        "candidates: {} (none {}, meets {}, backs {}, opposes {}); gold relations with no candidate of their pair: {} of {gold_total} ({unseen} with a side that is no actor of the pipeline's, {} rule misses)",
        data.len(),
        per_label[0],
        per_label[1],
        per_label[2],
        per_label[3],
        gold_total - proposed.len(),
        gold_total - proposed.len() - unseen
    );
    if let Ok(n) = std::env::var("SHOW_MISSES") {
        let n: usize = n.parse().unwrap_or(20);
        let mut shown = 0;
        for (d, (name, records)) in by_doc.iter().enumerate() {
            for (gi, g) in gold[d].iter().enumerate() {
                if proposed.contains(&(d, gi)) || shown >= n {
                    continue;
                }
                shown += 1;
                let r = &records[g.record];
                let rel = &r.relations[g.relation];
                let text = &texts[name];
                let span = |id: &str| {
                    r.actor(id)
                        .and_then(|a| a.span)
                        .map_or("-".to_string(), |(s, e)| text[s..e].to_string())
                };
                let trig = rel
                    .trigger
                    .map_or("-".to_string(), |(s, e)| text[s..e].to_string());
                println!(
                    "MISS {} | {} -{}-> {} [{}]\n  {}",
                    name,
                    span(&rel.source),
                    rel.relation,
                    span(&rel.target),
                    trig,
                    &text[r.sentence.0..r.sentence.1]
                );
                for x in data.iter().filter(|x| x.doc == d && x.record == g.record) {
                    println!(
                        "  cand {} -> {} [{}] {:?} label {}",
                        x.c.names.0,
                        x.c.names.1,
                        &text[x.c.trigger.0..x.c.trigger.1],
                        x.c.rules,
                        x.label
                    );
                }
            }
        }
    }
    let mut by_rule: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
    for x in &data {
        for r in &x.c.rules {
            let e = by_rule.entry(r).or_default();
            e[0] += 1;
            e[1] += usize::from(x.label != 0);
            if x.c.engine.is_none() {
                e[2] += 1;
                e[3] += usize::from(x.label != 0);
            }
        }
    }
    println!(
        "\n| rule | candidates | of them a gold relation | not the engine's | of them a gold relation |\n|---|---|---|---|---|"
    );
    for (r, [n, pos, new, new_pos]) in &by_rule {
        println!("| `{r}` | {n} | {pos} | {new} | {new_pos} |");
    }

    // cross-validation by document
    let all: Vec<usize> = (0..names.len()).collect();
    let folds = deal(&all, &names, args.folds);
    let engine: Vec<usize> = data
        .iter()
        .map(|x| {
            x.c.engine
                .and_then(|(c, _)| class_index(c.as_str()))
                .unwrap_or(0)
        })
        .collect();
    if std::env::var_os("SHOW_FP").is_some() {
        let oof = out_of_fold(&data, &folds, 3e-3);
        let mut top: Vec<(f32, usize)> = oof
            .iter()
            .enumerate()
            .filter(|(i, _)| engine[*i] == 0)
            .map(|(i, p)| (1.0 - p.unwrap_or([1.0, 0.0, 0.0, 0.0])[0], i))
            .collect();
        top.sort_by(|a, b| b.0.total_cmp(&a.0));
        for &(score, i) in top.iter().take(60) {
            let x = &data[i];
            let text = &texts[&names[x.doc]];
            println!(
                "{:.2} label {} {} -> {} [{}] {:?}\n   {}",
                score,
                x.label,
                x.c.names.0,
                x.c.names.1,
                &text[x.c.trigger.0..x.c.trigger.1],
                x.c.rules,
                &text[x.c.sentence.0..x.c.sentence.1]
            );
        }
    }
    if std::env::var_os("CURVE").is_some() {
        for &l2 in L2 {
            let oof = out_of_fold(&data, &folds, l2);
            let probs: Vec<[f32; 4]> = oof
                .iter()
                .map(|p| p.unwrap_or([1.0, 0.0, 0.0, 0.0]))
                .collect();
            for &t in THRESHOLDS.iter().step_by(3) {
                let c = score(&data, &decisions(&probs, &engine, t, 1.01), &all, &gold)[0];
                let c2 = score(&data, &decisions(&probs, &engine, t, 0.9), &all, &gold)[0];
                println!(
                    "curve l2 {l2:e} t {t}: P {:.3} R {:.3} F {:.3} | drop 0.9: P {:.3} R {:.3}",
                    c.p(),
                    c.r(),
                    c.f(),
                    c2.p(),
                    c2.r()
                );
            }
        }
    }
    let mut learned = vec![0usize; data.len()];
    let mut chosen = Vec::new();
    for (k, test) in folds.iter().enumerate() {
        let train_docs: Vec<usize> = all.iter().copied().filter(|d| !test.contains(d)).collect();
        let (l2, t, drop, _) = choose(&data, &train_docs, &names, &gold, args.folds - 1, &engine);
        chosen.push((l2, t, drop));
        let mut model = train(
            &examples(&data, &train_docs),
            TrainOptions {
                l2,
                ..TrainOptions::default()
            },
        );
        model.threshold = t;
        model.drop = drop;
        for (i, x) in data.iter().enumerate() {
            if test.contains(&x.doc) {
                let p = model.probs(&model.buckets(&x.c.features));
                learned[i] = model
                    .decide(&p, CLASSES[engine[i]])
                    .and_then(|c| class_index(c.as_str()))
                    .unwrap_or(0);
            }
        }
        eprintln!("fold {k}: l2 {l2:e}, threshold {t}, drop {drop}");
    }
    let rules = score(&data, &engine, &all, &gold);
    let model = score(&data, &learned, &all, &gold);
    println!(
        "\n{}-fold cross-validation by document (the folds' choices of L2 / threshold / drop: {})\n",
        args.folds,
        chosen
            .iter()
            .map(|(l, t, d)| format!("{l:e}/{t}/{d}"))
            .collect::<Vec<_>>()
            .join(", ")
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
    println!(
        "\nrecall counts every gold relation, also those no rule proposed (the ceiling of recall is {:.3})",
        ratio(proposed.len(), gold_total)
    );

    // the shipped model
    let (l2, t, drop, f) = choose(&data, &all, &names, &gold, args.folds, &engine);
    let mut model = train(
        &examples(&data, &all),
        TrainOptions {
            l2,
            ..TrainOptions::default()
        },
    );
    model.threshold = args.threshold.unwrap_or(t);
    model.drop = args.drop.unwrap_or(drop);
    println!(
        "\nshipped model: l2 {l2:e}, threshold {}, drop {} (cross-validated F1 {f:.3} at threshold {t}, drop {drop})",
        model.threshold, model.drop
    );
    if args.write {
        std::fs::write(&args.out, model.to_bytes())?;
        println!("wrote {}", args.out.display());
    }
    Ok(())
}
