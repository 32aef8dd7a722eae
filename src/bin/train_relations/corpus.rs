//! The corpus as the trainer reads it: documents, their gold relations and their labelled
//! candidates.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use actorgraph::learn::{CLASSES, CandidateRecord, CandidateSentence, GoldRecord, read_gold};
use actorgraph::{Document, Pipeline, RelationKind};
use rayon::prelude::*;

use crate::Result;

/// A gold relation (not an affiliation) of a document.
pub struct Gold {
    pub record: usize,
    pub relation: usize,
    pub class: usize,
}

/// A candidate with its labels and the gold relations it states.
pub struct Labelled {
    pub doc: usize,
    pub record: usize,
    pub c: CandidateRecord,
    /// The class of the gold relation of its pair (0: none): what scoring reads.
    pub truth: usize,
    /// The class the model learns: `truth` when the candidate's trigger overlaps the gold
    /// relation's trigger (another word of the sentence that connects the same pair is
    /// not evidence of it: taught as positive, "said" and "had" would be).
    pub label: usize,
    /// The gold relations the candidate matches in class `truth`.
    pub matches: Vec<usize>,
    /// Any gold relation of any class matches its pair.
    pub proposes: Vec<usize>,
}

/// The corpus: documents with their records and gold, the labelled candidates, and for
/// each document the actors the pipeline sees in each sentence.
pub struct Corpus {
    pub names: Vec<String>,
    pub records: Vec<Vec<GoldRecord>>,
    pub texts: HashMap<String, String>,
    pub gold: Vec<Vec<Gold>>,
    pub data: Vec<Labelled>,
    pub sentences: Vec<Vec<CandidateSentence>>,
}

pub fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

pub fn class_index(name: &str) -> Option<usize> {
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

/// Labels one candidate against the records of its document.
fn label_one(
    doc: usize,
    records: &[GoldRecord],
    gold: &[Gold],
    c: CandidateRecord,
) -> Option<Labelled> {
    // the record of the sentence: the annotated sentence that overlaps it most
    let ri = records
        .iter()
        .enumerate()
        .filter(|(_, r)| overlaps(r.sentence, c.sentence))
        .max_by_key(|(_, r)| r.sentence.1.min(c.sentence.1) - r.sentence.0.max(c.sentence.0))
        .map(|(i, _)| i)?;
    let r = &records[ri];
    let side = |id: &str, spans: &[(usize, usize)]| {
        r.actor(id)
            .and_then(|a| a.span)
            .is_some_and(|s| spans.iter().any(|&t| overlaps(s, t)))
    };
    let (mut truth, mut label) = (0, 0);
    let (mut matches, mut proposes) = (Vec::new(), Vec::new());
    for (gi, g) in gold.iter().enumerate().filter(|(_, g)| g.record == ri) {
        let rel = &r.relations[g.relation];
        let forward = side(&rel.source, &c.agent_spans) && side(&rel.target, &c.target_spans);
        let backward = side(&rel.source, &c.target_spans) && side(&rel.target, &c.agent_spans);
        if forward || backward {
            proposes.push(gi);
        }
        if forward || (backward && rel.symmetric) {
            if truth == 0 {
                truth = g.class;
            }
            if g.class == truth {
                matches.push(gi);
            }
            if label == 0 && rel.trigger.is_none_or(|t| overlaps(t, c.trigger)) {
                label = g.class;
            }
        }
    }
    Some(Labelled {
        doc,
        record: ri,
        c,
        truth,
        label,
        matches,
        proposes,
    })
}

/// Reads the gold of `gold_dir` (checking each record against its text under `data`), runs
/// the pipeline on each document (with the trigger class `stance` kept or dropped when
/// `stance` says so) and labels its candidates.
pub fn load(gold_dir: &Path, data_dir: &Path, stance: Option<bool>) -> Result<Corpus> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(gold_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut texts = HashMap::new();
    let mut by_doc: Vec<(String, Vec<GoldRecord>)> = Vec::new();
    for f in &files {
        for r in read_gold(f, data_dir, &mut texts)? {
            match by_doc.iter_mut().find(|(d, _)| *d == r.doc) {
                Some((_, v)) => v.push(r),
                None => by_doc.push((r.doc.clone(), vec![r])),
            }
        }
    }
    let gold: Vec<Vec<Gold>> = by_doc.iter().map(|(_, r)| golds(r)).collect();
    let pipeline = match stance {
        Some(keep) => Pipeline::builder().stance(keep).build()?,
        None => Pipeline::new()?,
    };
    let runs: Vec<(Vec<Labelled>, Vec<CandidateSentence>)> = by_doc
        .par_iter()
        .enumerate()
        .map(|(d, (name, records))| {
            let doc = Document::new(name.clone(), texts[name].clone());
            let mut sentences = pipeline.relation_candidates(&doc);
            let labelled = sentences
                .iter_mut()
                .flat_map(|s| std::mem::take(&mut s.candidates))
                .filter_map(|c| label_one(d, records, &gold[d], c))
                .collect();
            (labelled, sentences)
        })
        .collect();
    let mut data = Vec::new();
    let mut sentences = Vec::new();
    for (l, s) in runs {
        data.extend(l);
        sentences.push(s);
    }
    let (names, records) = by_doc.into_iter().unzip();
    Ok(Corpus {
        names,
        records,
        texts,
        gold,
        data,
        sentences,
    })
}

impl Corpus {
    /// The gold relations (document, gold id) some candidate proposes.
    pub fn proposed(&self) -> HashSet<(usize, usize)> {
        let mut proposed = HashSet::new();
        for x in &self.data {
            for &g in &x.proposes {
                proposed.insert((x.doc, g));
            }
        }
        proposed
    }

    /// Whether the pipeline sees an actor of some sentence of document `d` at `span`.
    pub fn seen(&self, d: usize, span: Option<(usize, usize)>) -> bool {
        span.is_some_and(|g| {
            self.sentences[d]
                .iter()
                .any(|s| s.actors.iter().flatten().any(|&t| overlaps(g, t)))
        })
    }

    /// What the engine states of each candidate, as a class index (0: nothing).
    pub fn engine(&self) -> Vec<usize> {
        self.data
            .iter()
            .map(|x| {
                x.c.engine
                    .and_then(|(c, _)| class_index(c.as_str()))
                    .unwrap_or(0)
            })
            .collect()
    }
}
