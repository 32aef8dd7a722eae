//! Training the models from treebank files (used by `examples/train.rs`).
//!
//! Training is deterministic: data order comes from a seeded generator and every table
//! is built in sorted key order. The library never prints; progress goes to a callback.

use super::conllu::ConlluSentence;
use super::features::{Scratch, WordInfo, word_infos};
use super::lemmatizer::Lemmatizer;
use super::tagger::train::{TaggedSentence, class_of, class_set};
use super::tagger::{self, Tagger};
use super::tags::{Upos, Xpos};

/// Settings for training the tagger.
#[derive(Debug, Clone)]
pub struct TaggerOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the data shuffling.
    pub seed: u64,
    /// Averaged weights below this magnitude are dropped from the shipped model.
    pub prune: f32,
    /// (UPOS, XPOS) pairs seen fewer times become their XPOS's most frequent pair.
    pub min_class_count: usize,
}

impl Default for TaggerOptions {
    fn default() -> Self {
        TaggerOptions {
            epochs: 8,
            seed: 1,
            prune: 0.0,
            min_class_count: 3,
        }
    }
}

fn gold_tags(s: &ConlluSentence) -> impl Iterator<Item = (Upos, Xpos)> + '_ {
    s.words.iter().map(|w| {
        (
            Upos::parse(&w.upos).unwrap_or(Upos::X),
            Xpos::parse(&w.xpos).unwrap_or(Xpos::Xx),
        )
    })
}

fn infos(s: &ConlluSentence, scratch: &mut Scratch) -> Vec<WordInfo> {
    let mut out = Vec::new();
    word_infos(&s.forms(), scratch, &mut out);
    out
}

/// Tagging accuracy of `tagger` on gold sentences: (UPOS, XPOS) fractions.
pub fn tagger_accuracy(tagger: &Tagger, gold: &[ConlluSentence]) -> (f64, f64) {
    let mut scratch = Scratch::default();
    let (mut n, mut u, mut x) = (0usize, 0usize, 0usize);
    let mut ids = Vec::new();
    for s in gold {
        tagger.tag_ids(&infos(s, &mut scratch), &mut ids);
        for ((gu, gx), &c) in gold_tags(s).zip(&ids) {
            let (pu, px) = tagger.classes()[c as usize];
            n += 1;
            u += (pu == gu) as usize;
            x += (px == gx) as usize;
        }
    }
    (u as f64 / n.max(1) as f64, x as f64 / n.max(1) as f64)
}

/// Lemma accuracy of `lemmatizer` on gold sentences given gold XPOS tags.
pub fn lemma_accuracy(lemmatizer: &Lemmatizer, gold: &[ConlluSentence]) -> f64 {
    let (mut n, mut ok) = (0usize, 0usize);
    for s in gold {
        for w in &s.words {
            let x = Xpos::parse(&w.xpos).unwrap_or(Xpos::Xx);
            n += 1;
            ok += (lemmatizer.lemmatize(&w.form, x) == w.lemma) as usize;
        }
    }
    ok as f64 / n.max(1) as f64
}

/// Trains the tagger and lemmatizer on `train`, reporting UPOS accuracy on `dev` after
/// each epoch; returns the model file.
pub fn train_tagger(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &TaggerOptions,
    progress: &mut dyn FnMut(String),
) -> Vec<u8> {
    let pairs: Vec<(Upos, Xpos)> = train.iter().flat_map(gold_tags).collect();
    let classes = class_set(&pairs, opts.min_class_count);
    progress(format!(
        "tagger: {} classes, {} training tokens",
        classes.len(),
        pairs.len()
    ));
    let mut scratch = Scratch::default();
    let data: Vec<TaggedSentence> = train
        .iter()
        .map(|s| TaggedSentence {
            words: infos(s, &mut scratch),
            gold: gold_tags(s)
                .map(|(u, x)| class_of(&classes, u, x))
                .collect(),
        })
        .collect();
    let tagger = tagger::train::train(
        classes,
        &data,
        opts.epochs,
        opts.seed,
        opts.prune,
        |e, t| {
            let (u, x) = tagger_accuracy(t, dev);
            progress(format!(
                "tagger epoch {}: dev UPOS {:.4} XPOS {:.4} ({} features, {:.1} MB)",
                e + 1,
                u,
                x,
                t_features(t),
                t.bytes() as f64 / 1e6
            ));
        },
    );
    let lemmatizer = Lemmatizer::train(train.iter().flat_map(|s| {
        s.words.iter().map(|w| {
            (
                w.form.as_str(),
                Xpos::parse(&w.xpos).unwrap_or(Xpos::Xx),
                w.lemma.as_str(),
            )
        })
    }));
    progress(format!(
        "lemmatizer: dev lemma accuracy (gold tags) {:.4}, {:.2} MB",
        lemma_accuracy(&lemmatizer, dev),
        lemmatizer.bytes() as f64 / 1e6
    ));
    super::write_tagger(&tagger, &lemmatizer)
}

fn t_features(t: &Tagger) -> usize {
    t.n_features()
}
