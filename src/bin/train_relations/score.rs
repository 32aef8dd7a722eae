//! Scoring decisions against gold: statements, per class, and the statements a decision
//! adds to the engine's.

use std::collections::{HashMap, HashSet};

use crate::corpus::{Gold, Labelled};

/// Precision, recall and F1 counts of one class (or all).
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
    pub found: usize,
}

impl Counts {
    pub fn p(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }
    pub fn r(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    pub fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// A statement: a distinct (document, record, agent, target, class), the pair ordered for
/// a symmetric one.
type Statement = (usize, usize, String, String, usize);

/// The statements of the decisions `kept` (class per candidate, 0 = dropped) of the
/// candidates of `docs`, each with whether it is right (one of its candidates matches gold
/// in that class), and the gold relations (document, gold id) they find.
fn statements(
    data: &[Labelled],
    kept: &[usize],
    docs: &[usize],
) -> (HashMap<Statement, bool>, HashSet<(usize, usize)>) {
    let mut out: HashMap<Statement, bool> = HashMap::new();
    let mut found = HashSet::new();
    for (x, &k) in data.iter().zip(kept) {
        if k == 0 || !docs.contains(&x.doc) {
            continue;
        }
        let (a, b) = (&x.c.names.0, &x.c.names.1);
        let symmetric = k == 1 || x.c.mutual;
        let (a, b) = if symmetric && b < a { (b, a) } else { (a, b) };
        let right = x.truth == k;
        *out.entry((x.doc, x.record, a.clone(), b.clone(), k))
            .or_insert(false) |= right;
        if right {
            for &g in &x.matches {
                found.insert((x.doc, g));
            }
        }
    }
    (out, found)
}

/// The gold relations (document, gold id) that the decisions `kept` of the candidates of
/// `docs` find.
pub fn found(data: &[Labelled], kept: &[usize], docs: &[usize]) -> HashSet<(usize, usize)> {
    statements(data, kept, docs).1
}

/// Scores the decisions `kept` of the candidates of `docs` against their gold: per class
/// (index 1..4) and all (index 0). Recall counts every gold relation of `docs`, also those
/// no candidate proposes.
pub fn score(data: &[Labelled], kept: &[usize], docs: &[usize], gold: &[Vec<Gold>]) -> [Counts; 4] {
    let mut counts = [Counts::default(); 4];
    let (stated, found) = statements(data, kept, docs);
    for ((_, _, _, _, k), right) in stated {
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

/// The statements of `kept` the engine (`engine`) does not make: how many, how many right.
pub fn added(
    data: &[Labelled],
    kept: &[usize],
    engine: &[usize],
    docs: &[usize],
) -> (usize, usize) {
    let (stated, _) = statements(data, kept, docs);
    let (base, _) = statements(data, engine, docs);
    let new: Vec<bool> = stated
        .into_iter()
        .filter(|(s, _)| !base.contains_key(s))
        .map(|(_, right)| right)
        .collect();
    (new.len(), new.iter().filter(|&&r| r).count())
}
