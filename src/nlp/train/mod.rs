//! Training the models from treebank files (used by `src/bin/train.rs`).
//!
//! Training is deterministic: data order comes from a seeded generator and every table
//! is built in sorted key order. The library never prints; progress goes to a callback.

use crate::nlp::EntitySpan;
use crate::nlp::conllu::ConlluSentence;
use crate::nlp::features::{Scratch, WordInfo, word_infos};
use crate::nlp::lemmatizer::Lemmatizer;
use crate::nlp::model_io::Bytes;
use crate::nlp::tagger::train::{TaggedSentence, class_of, class_set};
use crate::nlp::tagger::{self, Tagger};
use crate::nlp::tags::{DepRel, EntityLabel, Upos, Xpos};

mod augment;
mod entities;

pub use augment::floating_quantifiers;
#[cfg(test)]
use entities::iob_label;
pub use entities::*;

/// Settings for training the tagger.
#[derive(Debug, Clone)]
pub struct TaggerOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the data shuffling.
    pub seed: u64,
    /// Features updated fewer times than this are dropped from the shipped model.
    pub prune: u32,
    /// (UPOS, XPOS) pairs seen fewer times become their XPOS's most frequent pair.
    pub min_class_count: usize,
}

impl Default for TaggerOptions {
    fn default() -> Self {
        TaggerOptions {
            epochs: 8,
            seed: 1,
            prune: 2,
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
    let mut tag_scratch = tagger::TagScratch::default();
    for s in gold {
        tagger.tag_ids(&infos(s, &mut scratch), &mut ids, &mut tag_scratch);
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
    crate::nlp::write_tagger(&tagger, &lemmatizer)
}

fn t_features(t: &Tagger) -> usize {
    t.n_features()
}

/// Settings for training the parser.
#[derive(Debug, Clone)]
pub struct ParserOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the data shuffling and exploration.
    pub seed: u64,
    /// Train on tags predicted by taggers trained on the other folds (jackknifing), so
    /// the parser sees tagging errors like those at run time; 0 or 1 trains on the tags
    /// of the final tagger instead.
    pub jackknife_folds: usize,
    /// Tagger settings for the jackknife taggers.
    pub tagger: TaggerOptions,
    /// Features updated fewer times than this are dropped from the shipped model.
    pub prune: u32,
    /// Other pruning levels to report dev scores for after the last epoch.
    pub prune_levels: Vec<u32>,
    /// Labeler features updated fewer times than this are dropped.
    pub labeler_prune: u32,
}

impl Default for ParserOptions {
    fn default() -> Self {
        ParserOptions {
            epochs: 12,
            seed: 1,
            jackknife_folds: 4,
            prune: 3,
            prune_levels: Vec::new(),
            labeler_prune: 3,
            tagger: TaggerOptions {
                epochs: 6,
                ..TaggerOptions::default()
            },
        }
    }
}

/// Predicted (UPOS, XPOS) of every training word, each sentence tagged by a tagger that
/// did not see it.
pub fn jackknife_tags(
    train: &[ConlluSentence],
    folds: usize,
    opts: &TaggerOptions,
    progress: &mut dyn FnMut(String),
) -> Vec<Vec<(Upos, Xpos)>> {
    let mut out = vec![Vec::new(); train.len()];
    let mut scratch = Scratch::default();
    let mut ids = Vec::new();
    let mut tag_scratch = tagger::TagScratch::default();
    for fold in 0..folds {
        let rest: Vec<ConlluSentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != fold)
            .map(|(_, s)| s.clone())
            .collect();
        let bytes = train_tagger(&rest, &[], opts, &mut |_| {});
        let (tagger, _) = crate::nlp::read_tagger("jackknife tagger", &Bytes::from_vec(bytes))
            .expect("fresh model reads");
        for (i, s) in train.iter().enumerate().filter(|(i, _)| i % folds == fold) {
            tagger.tag_ids(&infos(s, &mut scratch), &mut ids, &mut tag_scratch);
            out[i] = ids.iter().map(|&c| tagger.classes()[c as usize]).collect();
        }
        progress(format!("jackknife fold {}/{folds} tagged", fold + 1));
    }
    out
}

/// Parsing scores: (UAS, LAS) over every word, punctuation included, LAS on the
/// universal relation as the CoNLL 2018 scorer counts it.
pub fn parser_scores(models: &crate::nlp::Models, gold: &[ConlluSentence]) -> (f64, f64) {
    let s = treebank_scores(models, gold);
    (s.uas, s.las)
}

/// Trains the parser on `train` with the given tags per word (see [`jackknife_tags`]),
/// reporting UAS/LAS on `dev` (tagged by the tagger of `tagger_file`) after each epoch; returns the
/// model file.
pub fn train_parser(
    train: &[ConlluSentence],
    tags: &[Vec<(Upos, Xpos)>],
    dev: &[ConlluSentence],
    tagger_file: &[u8],
    opts: &ParserOptions,
    progress: &mut dyn FnMut(String),
) -> Vec<u8> {
    use crate::nlp::parser::{ParseToken, projectivize, train::ParseSentence};
    let labels: Vec<DepRel> = DepRel::ALL.to_vec();
    let mut scratch = Scratch::default();
    let mut lifted = 0usize;
    let data: Vec<ParseSentence> = train
        .iter()
        .zip(tags)
        .map(|(s, t)| {
            let words = infos(s, &mut scratch);
            let tokens = words
                .iter()
                .zip(t)
                .map(|(w, &(u, x))| ParseToken::new(w, u, x))
                .collect();
            let mut h: Vec<u32> = s.words.iter().map(|w| w.head).collect();
            let before = h.clone();
            projectivize(&mut h);
            lifted += h.iter().zip(&before).filter(|(a, b)| a != b).count();
            let mut heads = vec![0];
            heads.extend(h);
            let mut lab = vec![0u8];
            lab.extend(
                s.words
                    .iter()
                    .map(|w| DepRel::parse_lenient(&w.deprel).id()),
            );
            ParseSentence {
                tokens,
                heads,
                labels: lab,
            }
        })
        .collect();
    progress(format!(
        "parser: {} sentences, {lifted} arcs lifted to projectivize",
        data.len()
    ));
    let (tagger, lemmatizer) =
        crate::nlp::read_tagger("tagger model", &Bytes::from_vec(tagger_file.to_vec()))
            .expect("fresh model reads");
    let mut out = None;
    crate::nlp::parser::train::train(
        labels,
        &data,
        opts.epochs,
        opts.seed,
        opts.labeler_prune,
        |e, export| {
            let last = e + 1 == opts.epochs;
            let levels: &[u32] = if last { &opts.prune_levels } else { &[] };
            for &prune in std::iter::once(&opts.prune).chain(levels) {
                let trial = crate::nlp::Models {
                    tagger: tagger.clone(),
                    lemmatizer: lemmatizer.clone(),
                    parser: export(prune),
                    ner: placeholder_ner(),
                };
                let (uas, las) = parser_scores(&trial, dev);
                progress(format!(
                    "parser epoch {}: prune {prune}: dev UAS {uas:.4} LAS {las:.4} ({:.1} MB)",
                    e + 1,
                    trial.parser.bytes() as f64 / 1e6
                ));
                if last && prune == opts.prune {
                    out = Some(trial.parser.write());
                }
            }
        },
    );
    out.expect("at least one epoch")
}

/// Tags of every training word as predicted by the tagger of `tagger_file` (a cheaper,
/// more optimistic stand-in for [`jackknife_tags`]).
pub fn predicted_tags(
    train: &[ConlluSentence],
    tagger_file: &[u8],
) -> crate::Result<Vec<Vec<(Upos, Xpos)>>> {
    let (tagger, _) =
        crate::nlp::read_tagger("tagger model", &Bytes::from_vec(tagger_file.to_vec()))?;
    let mut scratch = Scratch::default();
    let mut ids = Vec::new();
    let mut tag_scratch = tagger::TagScratch::default();
    Ok(train
        .iter()
        .map(|s| {
            tagger.tag_ids(&infos(s, &mut scratch), &mut ids, &mut tag_scratch);
            ids.iter().map(|&c| tagger.classes()[c as usize]).collect()
        })
        .collect())
}

/// Scores of the models on a treebank with gold tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TreebankScores {
    /// Words scored.
    pub words: usize,
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Lemma accuracy (predicted tags).
    pub lemma: f64,
    /// Unlabeled attachment score.
    pub uas: f64,
    /// Labeled attachment score, comparing the universal part of the relation as the
    /// CoNLL 2018 shared task scorer does (`nsubj:pass` counts as `nsubj`).
    pub las: f64,
    /// Labeled attachment score with the full relation including subtypes.
    pub las_full: f64,
}

/// Tags, lemmatizes and parses the words of `gold` (multiword-token ranges and empty
/// nodes are not words and are skipped) and scores every word, punctuation included.
pub fn treebank_scores(models: &crate::nlp::Models, gold: &[ConlluSentence]) -> TreebankScores {
    let mut n = 0usize;
    let mut c = [0usize; 6];
    for s in gold {
        let a = models.analyze(&s.forms());
        for (i, w) in s.words.iter().enumerate() {
            n += 1;
            c[0] += (a.upos[i].as_str() == w.upos) as usize;
            c[1] += (a.xpos[i].as_str() == w.xpos) as usize;
            c[2] += (a.lemmas.get(i) == w.lemma) as usize;
            if a.heads[i] == w.head {
                c[3] += 1;
                c[4] +=
                    (a.deprels[i].universal() == w.deprel.split(':').next().unwrap_or("")) as usize;
                c[5] += (a.deprels[i].as_str() == w.deprel) as usize;
            }
        }
    }
    let f = |k: usize| c[k] as f64 / n.max(1) as f64;
    TreebankScores {
        words: n,
        upos: f(0),
        xpos: f(1),
        lemma: f(2),
        uas: f(3),
        las: f(4),
        las_full: f(5),
    }
}

/// Rewrites a parser model file whose transition table has buckets of 80 bytes (section
/// "PTRN", written before the tables of one cache line) as this build writes it (section
/// "PTRL"): the same weights, no retraining. Returns the new file and the number of
/// transition features the conversion left out (a fingerprint repeated on a probe path
/// once shortened to 24 bits; 0 for the shipped parser).
pub fn convert_parser(file: Vec<u8>) -> crate::error::Result<(Vec<u8>, usize)> {
    use crate::nlp::model_io::ModelReader;
    use crate::nlp::perceptron::Inline4;
    let bytes = Bytes::from_vec(file);
    let r = ModelReader::new("parser", &bytes, b"PARS")?;
    let mut c = r.cursor(b"PTRN")?;
    let (_, shadowed) = Inline4::read_buckets(&mut c)
        .ok_or_else(|| r.error("corrupt parser transition weights".into()))?;
    let parser = crate::nlp::parser::Parser::read("parser", &bytes)?;
    Ok((parser.write(), shadowed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::{Models, NER_FILE, PARSER_FILE, TAGGER_FILE, parse_conllu};

    /// Four sentences of Universal Dependencies with GUM's entity annotation, each given
    /// twice so that every word is seen more than once.
    const TREEBANK: &str = "\
1\tKerry\tKerry\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person)
2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
3\tAbbas\tAbbas\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-person)
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tHamas\tHamas\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-organization)
2\trejected\treject\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tEgypt\tEgypt\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-place)
2\tbacked\tback\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_
4\tIsrael\tIsrael\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(1-place)
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

";

    fn treebank() -> Vec<ConlluSentence> {
        let once = parse_conllu(TREEBANK).unwrap();
        once.iter().chain(&once).cloned().collect()
    }

    #[test]
    fn iob_files_give_entity_spans() {
        let text = "-DOCSTART- O\n\nJohn B-PER\nKerry I-PER\nmet O\nHamas B-ORG\nin O\nCairo B-LOC\n. O\n\n";
        let sentences = read_iob(text, 0, 1);
        assert_eq!(sentences.len(), 1);
        let spans: Vec<_> = sentences[0]
            .entities
            .iter()
            .map(|e| (e.start, e.end, e.label))
            .collect();
        assert_eq!(
            spans,
            [
                (0, 2, EntityLabel::Person),
                (3, 4, EntityLabel::Organization),
                (5, 6, EntityLabel::Location)
            ]
        );
        assert_eq!(iob_label("OTH"), None, "unknown types are outside");
    }

    #[test]
    fn gum_entities_come_from_misc() {
        let sentence = &treebank()[0];
        let entities = gum_entities(sentence);
        assert_eq!(entities.words, ["Kerry", "met", "Abbas", "."]);
        let labels: Vec<_> = entities.entities.iter().map(|e| e.label).collect();
        assert_eq!(labels, [EntityLabel::Person, EntityLabel::Person]);
    }

    #[test]
    fn three_models_trained_on_a_few_sentences_load_and_annotate() {
        let train = treebank();
        let quiet = &mut |_: String| {};
        let tagger_options = TaggerOptions {
            epochs: 5,
            prune: 0,
            min_class_count: 1,
            ..TaggerOptions::default()
        };
        let tagger = train_tagger(&train, &train, &tagger_options, quiet);
        let tags = predicted_tags(&train, &tagger).unwrap();
        let parser_options = ParserOptions {
            epochs: 5,
            jackknife_folds: 1,
            prune: 0,
            labeler_prune: 0,
            ..ParserOptions::default()
        };
        let parser = train_parser(&train, &tags, &train, &tagger, &parser_options, quiet);
        let entities: Vec<EntitySentence> = train.iter().map(gum_entities).collect();
        let ner_options = NerOptions {
            epochs: 5,
            prune: 0,
            ..NerOptions::default()
        };
        let ner = train_ner(&entities, &entities, &tagger, &parser, &ner_options, quiet).unwrap();
        // Training is deterministic: the same data and seed give the same bytes.
        assert!(train_tagger(&train, &train, &tagger_options, quiet) == tagger);

        let dir = tempfile::tempdir().unwrap();
        for (file, bytes) in [
            (TAGGER_FILE, &tagger),
            (PARSER_FILE, &parser),
            (NER_FILE, &ner),
        ] {
            std::fs::write(dir.path().join(file), bytes).unwrap();
        }
        let models = Models::load_dir(dir.path()).unwrap();
        let analysis = models.analyze(&["Hamas", "rejected", "the", "plan", "."]);
        assert_eq!(
            analysis.upos,
            [Upos::Propn, Upos::Verb, Upos::Det, Upos::Noun, Upos::Punct]
        );
        assert_eq!(analysis.heads, [2, 0, 4, 2, 2]);
        let (_, las) = parser_scores(&models, &train);
        assert!(las > 0.9, "LAS {las} on the training sentences");
    }
}
