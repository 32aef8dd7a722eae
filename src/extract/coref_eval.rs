//! Coreference in news, measured on the relation corpus (`corpus/gold/*.jsonl`): every
//! actor mention of its sentences carries the canonical name of its actor, pronouns and
//! descriptions resolved ("He" -> "Anthony Meyer"). Run with
//!
//! ```text
//! cargo test --release --lib coref_eval -- --ignored --nocapture
//! ```
//!
//! Each corpus document is extracted whole (reading `../shared/data` in place) and its
//! mentions are aligned with the gold ones of the annotated sentences by byte overlap.
//! Reported, for the coreference model and for the rule it replaced: the references (gold
//! mentions written as a pronoun or a lower-case description) resolved right, of those
//! the gold resolves (recall) and of those the extractor resolves in the annotated
//! sentences (precision); and MUC, B-cubed and CEAF-e over all mentions of the annotated
//! sentences (entities of one mention left out). Batches are dealt into halves as the dev
//! set is: even batches `tune`, odd ones `check`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::entities::{self, Registry, Strategy};
use super::mentions::MentionKind;
use super::{analyse, cap_sentences, resolve_names};
use crate::domain::Span;
use crate::lexicon::Lexicon;
use crate::nlp::Models;
use crate::nlp::coref::score::{Scores, score, without_singletons};
use crate::text::segment;

/// A mention the extractor found: its bytes, its kind, its actor.
struct Found {
    span: Span,
    kind: MentionKind,
    actor: Option<String>,
}

/// The mentions of `text`, resolved with `strategy`.
fn extracted(text: &str, lex: &Lexicon, models: &Models, strategy: Strategy) -> Vec<Found> {
    let seg = segment(text);
    let sentences = cap_sentences(&seg.sentences, &seg.tokens);
    let (mut part, _) = analyse(text, &seg, &sentences, lex, models);
    let surname = |word: &str| super::person_by_surname(lex, word);
    let listed = |word: &str| super::listed_otherwise(lex, word);
    let mut reg = Registry::new(&surname, &lex.words).with_listed_otherwise(&listed);
    resolve_names(&mut part, &mut reg);
    let spoken = entities::resolve_with(&mut part.placed, &part.parsed, &mut reg, lex, strategy);
    let country_codes = |prefix: &str| super::country_of_code(lex, prefix);
    let affiliations = super::affiliations::find_affiliations(
        lex,
        &part.placed,
        &part.sentence_mentions,
        &part.parsed,
        &mut reg,
        &country_codes,
    );
    let affiliated = |member: usize, sentence: usize| {
        super::affiliations::spoken_for(&affiliations, lex, member, sentence)
    };
    entities::speak_for(&mut part.placed, &spoken, &mut reg, &affiliated);
    part.placed
        .iter()
        .map(|pm| {
            let sp = &part.spans[pm.sentence];
            let m = &pm.mention;
            Found {
                span: Span::new(sp[m.start].0, sp[m.end - 1].1),
                kind: m.kind,
                actor: pm.entity.map(|e| reg.entities[e].canonical.clone()),
            }
        })
        .collect()
}

/// A gold mention: its bytes and the canonical name of its actor (lower case when the
/// article never names it).
struct Gold {
    span: Span,
    name: String,
}

/// The annotated sentences of one document: their bytes and their mentions.
#[derive(Default)]
struct GoldDoc {
    sentences: Vec<Span>,
    mentions: Vec<Gold>,
    /// Batch number.
    batch: usize,
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// The text of CoNLL-2003 training document `n`, rebuilt as the corpus reads it.
fn conll_text(file: &str, n: usize) -> Option<String> {
    let mut docs: Vec<Vec<Vec<&str>>> = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in file.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with("-DOCSTART-") {
            if let Some(d) = docs.last_mut()
                && !sentence.is_empty()
            {
                d.push(std::mem::take(&mut sentence));
            }
            sentence.clear();
            docs.push(Vec::new());
        } else if line.trim().is_empty() {
            if let Some(d) = docs.last_mut()
                && !sentence.is_empty()
            {
                d.push(std::mem::take(&mut sentence));
            }
        } else if !docs.is_empty() {
            sentence.extend(line.split_whitespace().next());
        }
    }
    if let Some(d) = docs.last_mut()
        && !sentence.is_empty()
    {
        d.push(sentence);
    }
    docs.get(n)
        .map(|d| d.iter().map(|s| s.join(" ")).collect::<Vec<_>>().join("\n"))
}

/// The gold documents of the corpus, by locator.
fn gold_documents() -> Vec<(String, GoldDoc)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/gold");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/gold")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut docs: Vec<(String, GoldDoc)> = Vec::new();
    for f in files {
        let batch: usize = f.file_stem().unwrap().to_str().unwrap().parse().unwrap();
        for line in std::fs::read_to_string(&f).unwrap().lines() {
            let r: serde_json::Value = serde_json::from_str(line).unwrap();
            let locator = r["doc"].as_str().unwrap().to_string();
            if docs.last().is_none_or(|(l, _)| *l != locator) {
                docs.push((
                    locator.clone(),
                    GoldDoc {
                        batch,
                        ..GoldDoc::default()
                    },
                ));
            }
            let d = &mut docs.last_mut().unwrap().1;
            let s = &r["sentence"];
            d.sentences.push(Span::new(
                s[0].as_u64().unwrap() as usize,
                s[1].as_u64().unwrap() as usize,
            ));
            for a in r["actors"].as_array().unwrap() {
                let Some(sp) = a["span"].as_array() else {
                    continue;
                };
                d.mentions.push(Gold {
                    span: Span::new(
                        sp[0].as_u64().unwrap() as usize,
                        sp[1].as_u64().unwrap() as usize,
                    ),
                    name: a["name"].as_str().unwrap().to_string(),
                });
            }
        }
    }
    docs
}

/// What one strategy scores.
#[derive(Default)]
struct Tally {
    /// Gold references resolved to an actor, and of those right: pronouns, descriptions.
    gold: [usize; 2],
    gold_right: [usize; 2],
    /// References the extractor resolved to an actor, and of those right: pronouns,
    /// descriptions.
    found: [usize; 2],
    found_right: [usize; 2],
    /// Gold references to no named actor, and of those left unresolved.
    unnamed: usize,
    unnamed_right: usize,
    scores: Scores,
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Scores the found mentions of one document against its gold.
fn tally(t: &mut Tally, gold: &GoldDoc, found: &[Found], text: &str, lex: &Lexicon) {
    let inside = |s: Span| {
        gold.sentences
            .iter()
            .any(|g| g.start <= s.start && s.end <= g.end)
    };
    let found: Vec<&Found> = found.iter().filter(|f| inside(f.span)).collect();
    // the gold mention each found one stands for
    let aligned: Vec<Option<usize>> = found
        .iter()
        .map(|f| {
            (0..gold.mentions.len())
                .filter(|&g| overlap(f.span, gold.mentions[g].span) > 0)
                .max_by_key(|&g| overlap(f.span, gold.mentions[g].span))
        })
        .collect();
    let named = |name: &str| name.chars().any(char::is_uppercase);
    // the found actor each gold name stands for (through its aligned mentions)
    let mut actors_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for (f, g) in found.iter().zip(&aligned) {
        if let (Some(g), Some(a)) = (g, &f.actor) {
            actors_of
                .entry(gold.mentions[*g].name.as_str())
                .or_default()
                .push(a);
        }
    }
    let same = |gold_name: &str, actor: &str| {
        actor == gold_name
            || actors_of.get(gold_name).is_some_and(|v| v.contains(&actor))
            || actor.rsplit(' ').next() == gold_name.rsplit(' ').next()
    };
    // 0: a name; 1: a pronoun; 2: a lower-case description
    let reference = |s: Span| {
        let raw = &text[s.start..s.end];
        let lower = raw.to_lowercase();
        if crate::nlp::coref::pronoun_class(&lex.words, &lower) != crate::nlp::coref::Pronoun::Other
        {
            1
        } else if raw.starts_with(char::is_lowercase) {
            2
        } else {
            0
        }
    };
    for (gi, g) in gold.mentions.iter().enumerate() {
        let r = reference(g.span);
        if r == 0 {
            continue;
        }
        let f = found
            .iter()
            .zip(&aligned)
            .find(|(_, a)| **a == Some(gi))
            .map(|(f, _)| f);
        let actor = f.and_then(|f| f.actor.as_deref());
        if named(&g.name) {
            t.gold[r - 1] += 1;
            t.gold_right[r - 1] += actor.is_some_and(|a| same(&g.name, a)) as usize;
        } else {
            t.unnamed += 1;
            t.unnamed_right += actor.is_none() as usize;
        }
    }
    for (f, a) in found.iter().zip(&aligned) {
        let r = match f.kind {
            MentionKind::Pronoun => 0,
            MentionKind::Description => 1,
            _ => continue,
        };
        let Some(actor) = &f.actor else { continue };
        t.found[r] += 1;
        t.found_right[r] += a.is_some_and(|g| same(&gold.mentions[g].name, actor)) as usize;
    }
    // the partitions: gold mentions by name, found ones by actor, as gold ids where aligned
    let mut key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (gi, g) in gold.mentions.iter().enumerate() {
        if named(&g.name) {
            key.entry(g.name.as_str()).or_default().push(gi);
        }
    }
    let mut response: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, (f, a)) in found.iter().zip(&aligned).enumerate() {
        if let Some(actor) = &f.actor {
            let id = a.unwrap_or(gold.mentions.len() + k);
            let e = response.entry(actor.as_str()).or_default();
            if !e.contains(&id) {
                e.push(id);
            }
        }
    }
    // a gold mention stands in one response entity at most
    let mut seen = std::collections::HashSet::new();
    let mut response: Vec<Vec<usize>> = response.into_values().collect();
    response.sort();
    for e in &mut response {
        e.retain(|m| seen.insert(*m));
    }
    let mut key: Vec<Vec<usize>> = key.into_values().collect();
    key.sort();
    t.scores.add(&score(
        &without_singletons(&key),
        &without_singletons(&response),
    ));
}

#[test]
#[ignore = "reads the corpus and ../shared/data; prints a report"]
fn news_coreference() {
    let lex = Lexicon::load_default().unwrap();
    let models = Models::load_default().unwrap();
    let conll = std::fs::read_to_string(data().join("ner/conll2003-train.txt")).unwrap();
    let docs = gold_documents();
    let strategies = [("model", Strategy::Model), ("rule", Strategy::Rule)];
    let mut tallies: HashMap<(&str, &str), Tally> = HashMap::new();
    for (locator, gold) in &docs {
        let text = match locator.split_once('#') {
            Some((_, n)) => conll_text(&conll, n.parse().unwrap()).unwrap(),
            None => std::fs::read_to_string(data().join(locator)).unwrap(),
        };
        let half = if gold.batch.is_multiple_of(2) {
            "tune"
        } else {
            "check"
        };
        for (name, strategy) in strategies {
            let found = extracted(&text, &lex, &models, strategy);
            for h in [half, "all"] {
                tally(
                    tallies.entry((name, h)).or_default(),
                    gold,
                    &found,
                    &text,
                    &lex,
                );
            }
        }
    }
    println!(
        "news coreference: {} documents, {} annotated sentences",
        docs.len(),
        docs.iter().map(|d| d.1.sentences.len()).sum::<usize>()
    );
    for h in ["tune", "check", "all"] {
        for (name, _) in strategies {
            let t = &tallies[&(name, h)];
            let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
            println!(
                "{h:<5} {name:<5} pronouns: recall {:5.1}% ({}/{}), precision {:5.1}% ({}/{}); \
                 descriptions: recall {:5.1}% ({}/{}), precision {:5.1}% ({}/{}); \
                 unnamed left alone {:5.1}% ({}/{}); MUC {:.1} B3 {:.1} CEAF-e {:.1} CoNLL {:.1}",
                pct(t.gold_right[0], t.gold[0]),
                t.gold_right[0],
                t.gold[0],
                pct(t.found_right[0], t.found[0]),
                t.found_right[0],
                t.found[0],
                pct(t.gold_right[1], t.gold[1]),
                t.gold_right[1],
                t.gold[1],
                pct(t.found_right[1], t.found[1]),
                t.found_right[1],
                t.found[1],
                pct(t.unnamed_right, t.unnamed),
                t.unnamed_right,
                t.unnamed,
                100.0 * t.scores.muc.f1(),
                100.0 * t.scores.b_cubed.f1(),
                100.0 * t.scores.ceaf_e.f1(),
                100.0 * t.scores.conll_f1(),
            );
        }
    }
}
