//! Entity data (CoNLL-2003 / UNER IOB files, GUM entity brackets), scoring and training
//! of the entity recognizer.

use super::*;

/// A sentence with gold entity spans (from CoNLL-2003, UNER or GUM).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySentence {
    /// The tokens.
    pub words: Vec<String>,
    /// The gold entities.
    pub entities: Vec<EntitySpan>,
}

pub(super) fn iob_label(tag: &str) -> Option<EntityLabel> {
    match tag {
        "PER" | "PERSON" => Some(EntityLabel::Person),
        "ORG" => Some(EntityLabel::Organization),
        "LOC" | "GPE" => Some(EntityLabel::Location),
        "MISC" | "NORP" => Some(EntityLabel::Misc),
        _ => None,
    }
}

/// Reads an IOB2 (or IOB1) file: one token per line with the word in column `word_col`
/// and the tag in column `tag_col` (whitespace-separated, 0-based), blank lines between
/// sentences; `#` comment lines and `-DOCSTART-` lines are skipped. Tags of unknown
/// types (such as UNER's `OTH`) are read as outside.
pub fn read_iob(text: &str, word_col: usize, tag_col: usize) -> Vec<EntitySentence> {
    let mut out = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let flush = |words: &mut Vec<String>, tags: &mut Vec<String>, out: &mut Vec<EntitySentence>| {
        if words.is_empty() {
            return;
        }
        let mut entities = Vec::new();
        let mut open: Option<(usize, EntityLabel)> = None;
        for (i, t) in tags.iter().enumerate() {
            let (prefix, ty) = t.split_once('-').unwrap_or((t.as_str(), ""));
            let label = iob_label(ty);
            let continues = prefix == "I" && open.is_some_and(|(_, l)| Some(l) == label);
            if !continues {
                if let Some((s, l)) = open.take() {
                    entities.push(EntitySpan {
                        start: s,
                        end: i,
                        label: l,
                    });
                }
                if let Some(l) = label.filter(|_| prefix == "B" || prefix == "I") {
                    open = Some((i, l));
                }
            }
        }
        if let Some((s, l)) = open.take() {
            entities.push(EntitySpan {
                start: s,
                end: tags.len(),
                label: l,
            });
        }
        out.push(EntitySentence {
            words: std::mem::take(words),
            entities,
        });
        tags.clear();
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut words, &mut tags, &mut out);
            continue;
        }
        if line.starts_with('#') || line.starts_with("-DOCSTART-") {
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() <= word_col.max(tag_col) {
            continue;
        }
        words.push(cols[word_col].to_string());
        tags.push(cols[tag_col].to_string());
    }
    flush(&mut words, &mut tags, &mut out);
    out
}

/// The named entities of a GUM sentence, from the `Entity=` annotations in MISC.
///
/// GUM marks every mention (named or not, with its whole noun phrase); a mention counts
/// as named when it carries a Wikipedia identity or its head is a proper noun, and its
/// entity is the run of proper nouns around the head (with `of`, `and`, `the`, `for`, `&`
/// or a hyphen inside), which is what CoNLL-2003 would mark. Types map person -> PER,
/// organization -> ORG, place -> LOC, anything else named -> MISC; plural proper nouns of
/// person type ("Palestinians") and capitalized adjectives outside entities ("Egyptian")
/// are MISC, as in CoNLL-2003.
pub fn gum_entities(s: &ConlluSentence) -> EntitySentence {
    let words: Vec<String> = s.words.iter().map(|w| w.form.clone()).collect();
    let n = words.len();
    let propn = |i: usize| s.words[i].upos == "PROPN" || s.words[i].xpos.starts_with("NNP");
    // (start, end, type, named, head)
    let mut mentions: Vec<(usize, usize, String, bool, usize)> = Vec::new();
    let mut open: Vec<(String, usize, String, bool, usize)> = Vec::new();
    for (i, w) in s.words.iter().enumerate() {
        let Some(ent) = w.misc.split('|').find_map(|m| m.strip_prefix("Entity=")) else {
            continue;
        };
        let b = ent.as_bytes();
        let mut k = 0;
        while k < b.len() {
            if b[k] == b'(' {
                let start = k + 1;
                let mut e = start;
                while e < b.len() && b[e] != b'(' && b[e] != b')' {
                    e += 1;
                }
                let desc = &ent[start..e];
                let fields: Vec<&str> = desc.split('-').collect();
                let id = fields.first().copied().unwrap_or("").to_string();
                let ty = fields.get(1).copied().unwrap_or("").to_string();
                let head_off: usize = fields
                    .get(5)
                    .and_then(|h| h.split(',').next())
                    .and_then(|h| h.parse().ok())
                    .unwrap_or(1);
                let wiki = fields.len() > 7;
                let head = i + head_off.saturating_sub(1);
                if e < b.len() && b[e] == b')' {
                    let named = wiki || propn(i);
                    mentions.push((i, i + 1, ty, named, i));
                    k = e + 1;
                } else {
                    open.push((id, i, ty, wiki, head));
                    k = e;
                }
            } else if b[k].is_ascii_digit() {
                let start = k;
                while k < b.len() && b[k] != b')' && b[k] != b'(' {
                    k += 1;
                }
                let id = &ent[start..k];
                if k < b.len() && b[k] == b')' {
                    k += 1;
                }
                if let Some(pos) = open.iter().rposition(|o| o.0 == id) {
                    let (_, st, ty, wiki, head) = open.remove(pos);
                    let head = head.min(i);
                    mentions.push((st, i + 1, ty, wiki || propn(head), head));
                }
            } else {
                k += 1;
            }
        }
    }
    // longest mentions first so nested names inside a chosen one are dropped
    mentions.sort_by_key(|m| (std::cmp::Reverse(m.1 - m.0), m.0));
    let mut taken = vec![false; n];
    let mut entities = Vec::new();
    let connector = |i: usize| {
        matches!(
            s.words[i].form.as_str(),
            "of" | "and" | "the" | "for" | "&" | "-" | "de" | "on"
        )
    };
    for (st, en, ty, named, head) in mentions {
        if !named || head >= n || !propn(head) {
            continue;
        }
        let (mut a, mut b) = (head, head + 1);
        while a > st && (propn(a - 1) || (connector(a - 1) && a >= st + 2 && propn(a - 2))) {
            a -= 1;
        }
        while b < en && (propn(b) || (connector(b) && b + 1 < en && propn(b + 1))) {
            b += 1;
        }
        if taken[a..b].iter().any(|&t| t) {
            continue;
        }
        let plural_people = s.words[a..b].iter().all(|w| w.xpos == "NNPS");
        let label = match ty.as_str() {
            "person" if plural_people => EntityLabel::Misc,
            "person" => EntityLabel::Person,
            "organization" => EntityLabel::Organization,
            "place" => EntityLabel::Location,
            _ => EntityLabel::Misc,
        };
        taken[a..b].iter_mut().for_each(|t| *t = true);
        entities.push(EntitySpan {
            start: a,
            end: b,
            label,
        });
    }
    for (i, w) in s.words.iter().enumerate() {
        if i > 0
            && !taken[i]
            && w.upos == "ADJ"
            && w.form.chars().next().is_some_and(char::is_uppercase)
        {
            entities.push(EntitySpan {
                start: i,
                end: i + 1,
                label: EntityLabel::Misc,
            });
        }
    }
    entities.sort_by_key(|e| e.start);
    EntitySentence { words, entities }
}

/// Entity scores, conlleval style (exact span and type match).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EntityScores {
    /// Precision over the counted types.
    pub precision: f64,
    /// Recall over the counted types.
    pub recall: f64,
    /// F1 over the counted types.
    pub f1: f64,
    /// Gold entities counted.
    pub gold: usize,
}

/// Scores predicted entities against gold, counting only the labels in `types`.
pub fn entity_scores(
    models: &crate::nlp::Models,
    gold: &[EntitySentence],
    types: &[EntityLabel],
) -> EntityScores {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for s in gold {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let pred = models.analyze(&words).entities;
        let keep = |e: &&EntitySpan| types.contains(&e.label);
        let g: Vec<&EntitySpan> = s.entities.iter().filter(keep).collect();
        let p: Vec<&EntitySpan> = pred.iter().filter(keep).collect();
        ng += g.len();
        np += p.len();
        tp += p.iter().filter(|e| g.contains(e)).count();
    }
    let precision = tp as f64 / np.max(1) as f64;
    let recall = tp as f64 / ng.max(1) as f64;
    let f1 = if tp == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    EntityScores {
        precision,
        recall,
        f1,
        gold: ng,
    }
}

/// Settings for training the entity recognizer.
#[derive(Debug, Clone)]
pub struct NerOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the data shuffling.
    pub seed: u64,
    /// Features updated fewer times than this are dropped from the shipped model.
    pub prune: u32,
    /// Other pruning levels to report dev scores for after the last epoch.
    pub prune_levels: Vec<u32>,
}

impl Default for NerOptions {
    fn default() -> Self {
        NerOptions {
            epochs: 8,
            seed: 1,
            prune: 2,
            prune_levels: Vec::new(),
        }
    }
}

/// Trains the entity recognizer on `train` (tagged by the tagger of `tagger_file`),
/// reporting F1 on `dev` (PER, ORG, LOC) after each epoch; returns the model file.
pub fn train_ner(
    train: &[EntitySentence],
    dev: &[EntitySentence],
    tagger_file: &[u8],
    parser_file: &[u8],
    opts: &NerOptions,
    progress: &mut dyn FnMut(String),
) -> crate::Result<Vec<u8>> {
    let (tagger, lemmatizer) =
        crate::nlp::read_tagger("tagger model", &Bytes::from_vec(tagger_file.to_vec()))?;
    let models = crate::nlp::Models {
        tagger,
        lemmatizer,
        parser: crate::nlp::Parser::read("parser model", &Bytes::from_vec(parser_file.to_vec()))?,
        ner: placeholder_ner(),
    };
    use crate::nlp::ner::{NerToken, classes_of, train::NerSentence};
    let mut scratch = Scratch::default();
    let mut work = crate::nlp::Work::default();
    let data: Vec<NerSentence> = train
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let mut infos = Vec::new();
            word_infos(&words, &mut scratch, &mut infos);
            let t = models.tag_infos(&words, &infos, &mut work);
            let toks = infos
                .iter()
                .zip(t.upos.iter().zip(&t.xpos))
                .map(|(w, (&u, &x))| NerToken::new(w, u, x))
                .collect();
            NerSentence {
                toks,
                gold: classes_of(&s.entities, words.len()),
            }
        })
        .collect();
    progress(format!("ner: {} training sentences", data.len()));
    let main = [
        EntityLabel::Person,
        EntityLabel::Organization,
        EntityLabel::Location,
    ];
    let mut out = None;
    crate::nlp::ner::train::train(&data, opts.epochs, opts.seed, |e, export| {
        let last = e + 1 == opts.epochs;
        let levels: &[u32] = if last { &opts.prune_levels } else { &[] };
        for &prune in std::iter::once(&opts.prune).chain(levels) {
            let mut trial = models.clone();
            trial.ner = export(prune);
            let s = entity_scores(&trial, dev, &main);
            let all = entity_scores(&trial, dev, EntityLabel::ALL);
            progress(format!(
                "ner epoch {}: prune {prune}: dev F1 PER/ORG/LOC {:.4} (P {:.4} R {:.4}), all types {:.4} ({:.1} MB)",
                e + 1,
                s.f1,
                s.precision,
                s.recall,
                all.f1,
                trial.ner.bytes() as f64 / 1e6
            ));
            if last && prune == opts.prune {
                out = Some(trial.ner.write());
            }
        }
    });
    Ok(out.expect("at least one epoch"))
}

/// An entity recognizer that finds nothing, for scoring a parser before a recognizer
/// exists.
pub(super) fn placeholder_ner() -> crate::nlp::EntityRecognizer {
    let mut out = None;
    crate::nlp::ner::train::train(&[], 1, 0, |_, export| out = Some(export(1)));
    out.expect("one epoch")
}
