//! Cross-validation by document and the choice of the decision's setting.

use actorgraph::learn::{CLASSES, Example, RelationModel, TrainOptions, sha256_hex, train};
use rayon::prelude::*;

use crate::corpus::{Corpus, Labelled, class_index};
use crate::score::{added, ratio, score};

/// L2 strengths tried.
const L2: &[f32] = &[1e-4, 1e-3, 3e-3, 1e-2];
/// Thresholds tried for candidates the engine does not state (1.01: add nothing).
pub const THRESHOLDS: &[f32] = &[
    1.01, 0.99, 0.97, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3,
    0.25, 0.2, 0.15, 0.1,
];
/// Thresholds tried for dropping candidates the engine states (1.01: never).
const DROPS: &[f32] = &[1.01, 0.95, 0.9, 0.8, 0.7, 0.5];
/// The fewest added statements an inner cross-validation must see to trust their
/// precision.
const MIN_ADDED: usize = 5;

/// A setting of the decision and what the inner cross-validation measured of it.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    pub l2: f32,
    /// The threshold of each class (meets, backs, opposes) for adding a candidate.
    pub thresholds: [f32; 3],
    pub drop: f32,
    /// F1 of all classes.
    pub f1: f64,
    /// Statements added to the engine's, and of them right.
    pub added: (usize, usize),
}

/// The model's decisions at `threshold` and `drop` from class probabilities and what the
/// engine states of each candidate.
pub fn decisions(
    probs: &[[f32; 4]],
    engine: &[usize],
    thresholds: [f32; 3],
    drop: f32,
) -> Vec<usize> {
    let mut model = RelationModel::zeros(4, 1.01, drop);
    model.thresholds = thresholds;
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

pub fn examples(data: &[Labelled], docs: &[usize]) -> Vec<Example> {
    data.iter()
        .filter(|x| docs.contains(&x.doc))
        .map(|x| Example {
            features: x.c.features.clone(),
            label: x.label,
        })
        .collect()
}

/// Trains on the candidates of `docs`.
pub fn fit(data: &[Labelled], docs: &[usize], l2: f32) -> RelationModel {
    train(
        &examples(data, docs),
        TrainOptions {
            l2,
            ..TrainOptions::default()
        },
    )
}

/// Out-of-fold probabilities of the candidates (`none` for those outside the folds), from
/// models trained on the other folds with `l2`.
pub fn out_of_fold(data: &[Labelled], folds: &[Vec<usize>], l2: f32) -> Vec<[f32; 4]> {
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
            let model = fit(data, &train_docs, l2);
            data.iter()
                .enumerate()
                .filter(|(_, x)| test.contains(&x.doc))
                .map(|(i, x)| (i, model.probs(&model.buckets(&x.c.features))))
                .collect()
        })
        .collect();
    let mut out = vec![[1.0, 0.0, 0.0, 0.0]; data.len()];
    for (i, p) in per_fold.into_iter().flatten() {
        out[i] = p;
    }
    out
}

/// Deals `docs` into `n` folds by the hash of their locators.
pub fn deal(docs: &[usize], names: &[String], n: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = docs.to_vec();
    order.sort_by_key(|&d| sha256_hex(names[d].as_bytes()));
    let mut folds = vec![Vec::new(); n];
    for (k, d) in order.into_iter().enumerate() {
        folds[k % n].push(d);
    }
    folds
}

/// Chooses the setting by an inner cross-validation over `docs` alone. For each class,
/// the threshold of the best F1 of all classes among those whose added statements (at
/// least [`MIN_ADDED`]) reach the class's bar, or adding nothing; the bar is `precision`,
/// or the engine's own precision in that class where it is lower (additions never lower
/// a class's precision). Then the drop threshold of the best F1, and the L2 strength.
/// Ties go to the first: adding and dropping least.
pub fn choose(
    corpus: &Corpus,
    docs: &[usize],
    n: usize,
    engine: &[usize],
    precision: f64,
) -> Setting {
    let data = &corpus.data;
    let folds = deal(docs, &corpus.names, n);
    let base = score(data, engine, docs, &corpus.gold);
    let mut best: Option<Setting> = None;
    for &l2 in L2 {
        let probs = out_of_fold(data, &folds, l2);
        let mut thresholds = [1.01f32; 3];
        for k in 0..3 {
            let bar = precision.min(base[k + 1].p());
            let mut best_f1 = -1.0;
            for &t in THRESHOLDS {
                let mut ts = [1.01f32; 3];
                ts[k] = t;
                let kept = decisions(&probs, engine, ts, 1.01);
                let (n_added, right) = added(data, &kept, engine, docs);
                if t <= 1.0 && (n_added < MIN_ADDED || ratio(right, n_added) < bar) {
                    continue;
                }
                let f1 = score(data, &kept, docs, &corpus.gold)[0].f();
                if f1 > best_f1 + 1e-9 {
                    best_f1 = f1;
                    thresholds[k] = t;
                }
            }
        }
        for &drop in DROPS {
            let kept = decisions(&probs, engine, thresholds, drop);
            let f1 = score(data, &kept, docs, &corpus.gold)[0].f();
            if best.is_none_or(|b| f1 > b.f1 + 1e-9) {
                best = Some(Setting {
                    l2,
                    thresholds,
                    drop,
                    f1,
                    added: added(data, &kept, engine, docs),
                });
            }
        }
    }
    best.expect("L2 strengths are tried")
}
