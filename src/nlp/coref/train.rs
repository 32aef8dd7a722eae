//! Training the ranking model on GUM, and scoring it.
//!
//! The model is a latent-antecedent averaged perceptron (Fernandes et al. 2012, Chang
//! et al. 2013): for each mention, in text order, the candidates and the "new entity"
//! option are scored; when the best is wrong, the features of the best-scoring right
//! option (a candidate of the same gold entity, or "new" when there is none) gain 1 and
//! those of the wrong one lose 1. Entities seen by the features while training are the
//! gold ones (mentions before the anaphor). Training is deterministic: documents are
//! shuffled by a seeded generator, weights exported in key order.

use std::collections::HashMap;

use super::features::Ranking;
use super::gum::{GoldDocument, actor_like};
use super::model::{Clusters, Model, candidates, rule_antecedent, same_words};
use super::score::{Scores, score, without_singletons};
use super::{Document, Form, HeadClass, Mention};
use crate::nlp::perceptron::Rng;

/// Settings of the training.
#[derive(Debug, Clone)]
pub struct CorefOptions {
    /// Passes over the training documents (the best on the dev documents is kept).
    pub epochs: usize,
    /// Seed of the document shuffling.
    pub seed: u64,
    /// Features updated fewer times than this are left out of the model.
    pub prune: u32,
    /// Also train each actor-like anaphor among actor-like candidates only, as the
    /// extractor ranks them.
    pub actor_view: bool,
    /// The margins of the mistakes while training.
    pub costs: Costs,
    /// The entity features read while training are those the weights build, not the
    /// gold ones (as at run time).
    pub own_entities: bool,
}

/// The margin by which the right option must beat each kind of wrong one while training
/// (loss-augmented decoding: Durrett and Klein 2013 weigh mistakes this way).
#[derive(Debug, Clone)]
pub struct Costs {
    /// "New entity" chosen where a candidate is right.
    pub false_new: f32,
    /// A candidate chosen where "new" is right.
    pub false_link: f32,
    /// A candidate of another entity chosen where one of its own is right.
    pub wrong_link: f32,
}

impl Default for Costs {
    fn default() -> Self {
        Costs {
            false_new: 0.0,
            false_link: 0.0,
            wrong_link: 0.0,
        }
    }
}

impl Default for CorefOptions {
    fn default() -> Self {
        CorefOptions {
            epochs: 12,
            seed: 1,
            prune: 2,
            actor_view: true,
            costs: Costs::default(),
            own_entities: false,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Param {
    weight: f32,
    total: f64,
    stamp: u64,
    updates: u32,
}

/// The weights while training, averaged lazily.
#[derive(Debug, Default)]
struct Weights {
    params: HashMap<u64, Param>,
    time: u64,
}

impl Weights {
    fn score(&self, features: &[u64]) -> f32 {
        features
            .iter()
            .filter_map(|h| self.params.get(h))
            .map(|p| p.weight)
            .sum()
    }

    fn update(&mut self, features: &[u64], delta: f32) {
        let time = self.time;
        for &h in features {
            let p = self.params.entry(h).or_insert(Param {
                weight: 0.0,
                total: 0.0,
                stamp: time,
                updates: 0,
            });
            p.total += (time - p.stamp) as f64 * p.weight as f64;
            p.stamp = time;
            p.weight += delta;
            p.updates += 1;
        }
    }

    /// The averaged weights of the features updated `prune` times or more, in key order.
    fn averaged(&self, prune: u32) -> Vec<(u64, f32)> {
        let time = self.time.max(1) as f64;
        let mut out: Vec<(u64, f32)> = self
            .params
            .iter()
            .filter(|(_, p)| p.updates >= prune)
            .map(|(&h, p)| {
                let total = p.total + (self.time - p.stamp) as f64 * p.weight as f64;
                (h, (total / time) as f32)
            })
            .filter(|&(_, w)| w != 0.0)
            .collect();
        out.sort_unstable_by_key(|p| p.0);
        out
    }
}

/// The anaphors the extractor resolves with the model: pronouns, and definite
/// descriptions whose head says what they are ("the minister", "the group").
pub fn is_anaphor(m: &Mention) -> bool {
    m.pronoun.is_some()
        || matches!(
            m.form,
            Form::Definite | Form::Possessed | Form::Demonstrative
        ) && m.head_class != HeadClass::None
}

/// The features of every option of `ranking` with `n` candidates: "new" first.
fn options(ranking: &Ranking<'_>, n: usize) -> Vec<Vec<u64>> {
    let mut out = Vec::with_capacity(n + 1);
    let mut f = Vec::new();
    ranking.new_features(&mut f);
    out.push(f);
    for i in 0..n {
        let mut f = Vec::new();
        ranking.pair_features(i, &mut f);
        out.push(f);
    }
    out
}

/// One training decision: updates `w` when the best option is wrong. `gold[i]` tells
/// whether candidate `i` is of the anaphor's entity. Returns the option the weights chose
/// before the update (0 for "new", `i + 1` for candidate `i`).
fn learn(w: &mut Weights, ranking: &Ranking<'_>, gold: &[bool], costs: &Costs) -> usize {
    let options = options(ranking, gold.len());
    let scores: Vec<f32> = options.iter().map(|f| w.score(f)).collect();
    let linked = gold.contains(&true);
    let right = |i: usize| if i == 0 { !linked } else { gold[i - 1] };
    // the best option with a margin for each kind of mistake (loss-augmented)
    let cost = |i: usize| match (i, right(i), linked) {
        (_, true, _) => 0.0,
        (0, false, _) => costs.false_new,
        (_, false, false) => costs.false_link,
        (_, false, true) => costs.wrong_link,
    };
    let augmented: Vec<f32> = (0..scores.len()).map(|i| scores[i] + cost(i)).collect();
    let argmax = |v: &[f32]| (1..v.len()).fold(0, |b, i| if v[i] > v[b] { i } else { b });
    let (best, plain) = (argmax(&augmented), argmax(&scores));
    w.time += 1;
    if right(best) {
        return plain;
    }
    let target = (0..scores.len())
        .filter(|&i| right(i))
        .fold(None, |b: Option<usize>, i| match b {
            Some(b) if scores[b] >= scores[i] => Some(b),
            _ => Some(i),
        })
        .expect("a right option");
    w.update(&options[target], 1.0);
    w.update(&options[best], -1.0);
    plain
}

/// One pass over a training document.
fn train_document(w: &mut Weights, g: &GoldDocument, opts: &CorefOptions) {
    let doc = &g.doc;
    let actor: Vec<bool> = doc.mentions.iter().map(actor_like).collect();
    let mut clusters = Clusters::new(doc.mentions.len());
    // the entities the weights build, numbered apart from the gold ones
    let own = |e: usize| g.entity.len() + e;
    for a in 0..doc.mentions.len() {
        let cands = candidates(doc, a);
        let gold: Vec<bool> = cands.iter().map(|&c| g.entity[c] == g.entity[a]).collect();
        let chosen = learn(
            w,
            &Ranking::new(doc, a, &cands, &clusters),
            &gold,
            &opts.costs,
        );
        if opts.actor_view && actor[a] && is_anaphor(&doc.mentions[a]) {
            let cands: Vec<usize> = cands.iter().copied().filter(|&c| actor[c]).collect();
            let gold: Vec<bool> = cands.iter().map(|&c| g.entity[c] == g.entity[a]).collect();
            learn(
                w,
                &Ranking::new(doc, a, &cands, &clusters),
                &gold,
                &opts.costs,
            );
        }
        match (opts.own_entities, chosen) {
            (false, _) => clusters.join(doc, a, g.entity[a]),
            (true, 0) => clusters.join(doc, a, own(a)),
            (true, c) => {
                let e = clusters.of(cands[c - 1]).unwrap_or(own(a));
                clusters.join(doc, a, e)
            }
        }
    }
}

/// Trains on `train`, scoring each pass on `dev` (reported through `progress`); returns
/// the model of the pass with the best CoNLL F1 on `dev`.
pub fn train(
    train: &[GoldDocument],
    dev: &[GoldDocument],
    opts: &CorefOptions,
    progress: &mut dyn FnMut(String),
) -> Model {
    let mut w = Weights::default();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut best: Option<(f64, Model)> = None;
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        for &d in &order {
            train_document(&mut w, &train[d], opts);
        }
        let weights = w.averaged(opts.prune);
        let model = Model::from_weights(&weights);
        let report = evaluate(&model, dev);
        progress(format!(
            "epoch {}: {} features; dev CoNLL F1 {:.2} (MUC {:.2} B3 {:.2} CEAF-e {:.2}), actor anaphors {:.2}",
            epoch + 1,
            weights.len(),
            100.0 * report.model.conll_f1(),
            100.0 * report.model.muc.f1(),
            100.0 * report.model.b_cubed.f1(),
            100.0 * report.model.ceaf_e.f1(),
            100.0 * report.actor_model.accuracy(),
        ));
        let f = report.model.conll_f1();
        if best.as_ref().is_none_or(|(b, _)| f > *b) {
            best = Some((f, model));
        }
    }
    best.map(|(_, m)| m)
        .unwrap_or_else(|| Model::from_weights(&[]))
}

/// How a system decides a mention's antecedent among its candidates.
type Decide<'a> = &'a dyn Fn(&Document, usize, &[usize], &Clusters) -> Option<usize>;

/// Resolves every mention of `doc` in text order with `decide`: its entities.
fn resolve(doc: &Document, decide: Decide<'_>) -> Vec<Vec<usize>> {
    let mut clusters = Clusters::new(doc.mentions.len());
    for a in 0..doc.mentions.len() {
        let cands = candidates(doc, a);
        match decide(doc, a, &cands, &clusters).and_then(|c| clusters.of(c)) {
            Some(e) => clusters.join(doc, a, e),
            None => {
                clusters.open(doc, a);
            }
        }
    }
    clusters.entities()
}

/// The plain rules: a pronoun or description to [`rule_antecedent`], a name or noun
/// phrase to the nearest mention with the same words, anything else new.
pub fn baseline(doc: &Document, a: usize, cands: &[usize], clusters: &Clusters) -> Option<usize> {
    let m = &doc.mentions[a];
    if is_anaphor(m) {
        rule_antecedent(doc, a, cands, clusters)
    } else {
        cands
            .iter()
            .copied()
            .find(|&c| same_words(&doc.mentions[c], m))
    }
}

/// Correct decisions among decisions.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Accuracy {
    /// Right decisions.
    pub right: usize,
    /// Decisions.
    pub total: usize,
}

impl Accuracy {
    /// The fraction right, 0 of none.
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

/// Scores of the model and the rules on gold mentions.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Documents.
    pub documents: usize,
    /// Mentions.
    pub mentions: usize,
    /// The model deciding every mention.
    pub model: Scores,
    /// The rules deciding every mention ([`baseline`]).
    pub rules: Scores,
    /// The rules for names and noun phrases, the model for pronouns and descriptions
    /// ([`is_anaphor`]): the extractor's division of labour.
    pub hybrid: Scores,
    /// Actor-like anaphors resolved among actor-like candidates, the entities before them
    /// gold (as the extractor's names give them): the model.
    pub actor_model: Accuracy,
    /// The same decisions by the rule.
    pub actor_rules: Accuracy,
    /// The model's decisions given the gold entities before each mention, by the form of
    /// the mention (pronoun, name, other): right, new instead of a link, a link instead of
    /// new, a link to the wrong entity.
    pub decisions: [[usize; 4]; 3],
}

/// One actor-view decision of `a`: right when the choice is of its gold entity, or
/// "none" when no candidate is.
fn actor_decision(g: &GoldDocument, a: usize, cands: &[usize], choice: Option<usize>) -> bool {
    match choice {
        Some(c) => g.entity[c] == g.entity[a],
        None => !cands.iter().any(|&c| g.entity[c] == g.entity[a]),
    }
}

/// Scores `model` and the rules on `docs` (gold mentions; entities of one mention left
/// out, as in CoNLL-2012).
pub fn evaluate(model: &Model, docs: &[GoldDocument]) -> Report {
    let mut r = Report {
        documents: docs.len(),
        ..Report::default()
    };
    let by_model =
        |d: &Document, a: usize, c: &[usize], cl: &Clusters| model.antecedent(d, a, c, cl);
    let hybrid = |d: &Document, a: usize, c: &[usize], cl: &Clusters| {
        if is_anaphor(&d.mentions[a]) {
            model.antecedent(d, a, c, cl)
        } else {
            baseline(d, a, c, cl)
        }
    };
    for g in docs {
        r.mentions += g.doc.mentions.len();
        let key = without_singletons(&g.entities());
        for (scores, decide) in [
            (&mut r.model, &by_model as Decide<'_>),
            (&mut r.rules, &baseline),
            (&mut r.hybrid, &hybrid),
        ] {
            let response = without_singletons(&resolve(&g.doc, decide));
            scores.add(&score(&key, &response));
        }
        let doc = &g.doc;
        let actor: Vec<bool> = doc.mentions.iter().map(actor_like).collect();
        let mut clusters = Clusters::new(doc.mentions.len());
        for a in 0..doc.mentions.len() {
            let cands = candidates(doc, a);
            let linked = cands.iter().any(|&c| g.entity[c] == g.entity[a]);
            let form = match doc.mentions[a].form {
                Form::Pronoun => 0,
                Form::Name => 1,
                _ => 2,
            };
            let outcome = match (model.antecedent(doc, a, &cands, &clusters), linked) {
                (None, false) => 0,
                (Some(c), true) if g.entity[c] == g.entity[a] => 0,
                (None, true) => 1,
                (Some(_), false) => 2,
                (Some(_), true) => 3,
            };
            r.decisions[form][outcome] += 1;
            if actor[a] && is_anaphor(&doc.mentions[a]) {
                let cands: Vec<usize> = candidates(doc, a)
                    .into_iter()
                    .filter(|&c| actor[c])
                    .collect();
                let m = model.antecedent(doc, a, &cands, &clusters);
                let b = rule_antecedent(doc, a, &cands, &clusters);
                r.actor_model.total += 1;
                r.actor_rules.total += 1;
                r.actor_model.right += actor_decision(g, a, &cands, m) as usize;
                r.actor_rules.right += actor_decision(g, a, &cands, b) as usize;
            }
            clusters.join(doc, a, g.entity[a]);
        }
    }
    r
}
