//! The ranking: candidates, what fits, the plain rule, entities built so far, and the
//! model that scores them.

use super::features::{self, Fit};
use super::{Document, Form, Mention, Number, Pronoun, Role, Semantic};
use crate::error::Result;
use crate::nlp::model_io::{Bytes, Cursor, ModelReader, ModelWriter};
use crate::nlp::perceptron::HashIndex;

/// Sentences before a pronoun in which its antecedent is looked for.
pub const PRONOUN_WINDOW: usize = 3;
/// Sentences before a first- or second-person pronoun ("I" in a long quote, "you" in an
/// interview) in which its antecedent is looked for.
pub const SPEAKER_WINDOW: usize = 10;
/// Sentences before a name or a noun phrase in which its antecedent is looked for
/// (further back only with the same words).
pub const NOMINAL_WINDOW: usize = 10;
/// Candidates of the window at most, the nearest first (plus those with the same words).
pub const MAX_WINDOW_CANDIDATES: usize = 50;

/// The model file's kind.
const KIND: &[u8; 4] = b"CORF";
/// The version of the feature templates: bump it when a template changes meaning.
pub(crate) const FEATURES_VERSION: u32 = 1;

static DEFAULT_MODEL: &[u8] = include_bytes!("../../../assets/models/coref.agm");

/// What an entity built so far holds: the facts features read of a candidate's entity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Entity {
    /// Mentions.
    pub size: u32,
    /// Mentions that are names.
    pub names: u32,
    /// The pronoun classes among its mentions, one bit each ([`pronoun_bit`]).
    pub pronouns: u8,
    /// The first known semantic type of its mentions.
    pub semantic: Option<Semantic>,
}

/// The bit of a pronoun class in [`Entity::pronouns`].
pub(crate) fn pronoun_bit(p: Pronoun) -> u8 {
    1 << (p as u8)
}

/// The entities of a document as they are built, mention by mention.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    of: Vec<Option<usize>>,
    entities: Vec<Entity>,
}

impl Clusters {
    /// No mention of a document of `n` mentions in an entity yet.
    pub fn new(n: usize) -> Clusters {
        Clusters {
            of: vec![None; n],
            entities: Vec::new(),
        }
    }

    /// The entity of mention `m`, if it has one yet.
    pub fn of(&self, m: usize) -> Option<usize> {
        self.of.get(m).copied().flatten()
    }

    /// Puts mention `m` of `doc` into entity `e` (any number: entities are made as
    /// needed).
    pub fn join(&mut self, doc: &Document, m: usize, e: usize) {
        if self.entities.len() <= e {
            self.entities.resize(e + 1, Entity::default());
        }
        self.of[m] = Some(e);
        let mention = &doc.mentions[m];
        let entity = &mut self.entities[e];
        entity.size += 1;
        entity.names += (mention.form == Form::Name) as u32;
        if let Some(p) = mention.pronoun {
            entity.pronouns |= pronoun_bit(p);
        }
        if entity.semantic.is_none() && mention.semantic != Semantic::Unknown {
            entity.semantic = Some(mention.semantic);
        }
    }

    /// Puts mention `m` of `doc` into a new entity and returns it.
    pub fn open(&mut self, doc: &Document, m: usize) -> usize {
        let e = self.entities.len();
        self.join(doc, m, e);
        e
    }

    /// The entity of mention `m`, what it holds so far.
    pub(crate) fn entity_of(&self, m: usize) -> Entity {
        self.of(m).map(|e| self.entities[e]).unwrap_or_default()
    }

    /// The entities, each as its mentions in text order.
    pub fn entities(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.entities.len()];
        for (m, e) in self.of.iter().enumerate() {
            if let Some(e) = e {
                out[*e].push(m);
            }
        }
        out.retain(|e| !e.is_empty());
        out
    }
}

/// The mentions `c` and `a` overlap in one sentence (one holds the other).
fn nested(c: &Mention, a: &Mention) -> bool {
    c.sentence == a.sentence && c.start < a.end && a.start < c.end
}

/// The window of sentences of a mention.
fn window(a: &Mention) -> usize {
    match a.pronoun {
        Some(p) if p.is_first_person() || p == Pronoun::Second => SPEAKER_WINDOW,
        Some(_) => PRONOUN_WINDOW,
        None => NOMINAL_WINDOW,
    }
}

/// `c` and `a`, neither a pronoun, share their words, or are names with the same last
/// word.
pub(crate) fn same_words(c: &Mention, a: &Mention) -> bool {
    c.pronoun.is_none()
        && a.pronoun.is_none()
        && (c.core == a.core
            || c.form == Form::Name && a.form == Form::Name && c.head_word == a.head_word)
}

/// The candidate antecedents of mention `a`, the nearest first: the mentions before it
/// within its window of sentences (a few dozen at most), and for a name or noun phrase
/// any earlier one with the same words; never one that holds it or that it holds.
pub fn candidates(doc: &Document, a: usize) -> Vec<usize> {
    let am = &doc.mentions[a];
    let w = window(am);
    let mut out = Vec::new();
    let mut in_window = 0;
    for c in (0..a).rev() {
        let cm = &doc.mentions[c];
        if nested(cm, am) {
            continue;
        }
        if am.sentence - cm.sentence <= w && in_window < MAX_WINDOW_CANDIDATES {
            in_window += 1;
            out.push(c);
        } else if same_words(cm, am) {
            out.push(c);
        } else if am.pronoun.is_some() && am.sentence - cm.sentence > w {
            break;
        }
    }
    out
}

/// How well candidate `c` fits anaphor `a` in type, number and gender, the entity of `c`
/// so far included.
pub(crate) fn fit(doc: &Document, a: usize, c: usize, clusters: &Clusters) -> Fit {
    let (am, cm) = (&doc.mentions[a], &doc.mentions[c]);
    let entity = clusters.entity_of(c);
    let semantic = entity.semantic.unwrap_or(cm.semantic);
    let has = |p: Pronoun| entity.pronouns & pronoun_bit(p) != 0;
    let speaker = doc.quotes.speaker_of(a) == Some(c);
    let person = |p: Pronoun| {
        let other = if p == Pronoun::Masculine {
            Pronoun::Feminine
        } else {
            Pronoun::Masculine
        };
        match cm.pronoun {
            Some(q) if q == p => Fit::Yes,
            Some(Pronoun::FirstSingular) => Fit::Maybe,
            Some(Pronoun::Other | Pronoun::Second | Pronoun::FirstPlural) => Fit::Maybe,
            Some(_) => Fit::No,
            None if cm.number == Number::Plural || has(other) || has(Pronoun::Neuter) => Fit::No,
            None if has(p) || semantic == Semantic::Person => Fit::Yes,
            None if semantic == Semantic::Unknown => Fit::Maybe,
            None => Fit::No,
        }
    };
    match am.pronoun {
        Some(p @ (Pronoun::Masculine | Pronoun::Feminine)) => person(p),
        Some(Pronoun::Neuter) => match cm.pronoun {
            Some(Pronoun::Neuter) => Fit::Yes,
            Some(Pronoun::Plural | Pronoun::Other) => Fit::Maybe,
            Some(_) => Fit::No,
            None if has(Pronoun::Masculine) || has(Pronoun::Feminine) => Fit::No,
            None if semantic == Semantic::Person => Fit::No,
            None if cm.number == Number::Plural => Fit::Maybe,
            None if semantic != Semantic::Unknown || cm.number == Number::Singular => Fit::Yes,
            None => Fit::Maybe,
        },
        Some(Pronoun::Plural) => match cm.pronoun {
            Some(Pronoun::Plural | Pronoun::FirstPlural) => Fit::Yes,
            Some(Pronoun::Masculine | Pronoun::Feminine | Pronoun::FirstSingular) => Fit::No,
            Some(_) => Fit::Maybe,
            None if cm.number == Number::Plural || has(Pronoun::Plural) => Fit::Yes,
            None if semantic == Semantic::Person && cm.number == Number::Singular => Fit::No,
            None => Fit::Maybe,
        },
        Some(p @ (Pronoun::FirstSingular | Pronoun::FirstPlural)) => match cm.pronoun {
            _ if speaker => Fit::Yes,
            Some(q) if q == p => Fit::Yes,
            Some(_) => Fit::Maybe,
            None if semantic == Semantic::Person || semantic == Semantic::Organization => {
                Fit::Maybe
            }
            None => Fit::No,
        },
        Some(Pronoun::Second) => match cm.pronoun {
            Some(Pronoun::Second) => Fit::Yes,
            _ => Fit::Maybe,
        },
        Some(Pronoun::Other) => Fit::Maybe,
        None => {
            let clash =
                |x: Number, y: Number| x != y && x != Number::Unknown && y != Number::Unknown;
            if cm.pronoun.is_none() && am.core == cm.core {
                Fit::Yes
            } else if (clash(am.number, cm.number) && semantic != Semantic::Organization)
                || (am.semantic != Semantic::Unknown
                    && semantic != Semantic::Unknown
                    && am.semantic != semantic)
            {
                Fit::No
            } else {
                Fit::Maybe
            }
        }
    }
}

/// The plain rule's antecedent of `a` among `candidates` (nearest first): the nearest
/// mention that fits before it in its sentence; else, sentence by sentence backwards
/// through its window, the first fitting subject, or the first fitting mention.
pub fn rule_antecedent(
    doc: &Document,
    a: usize,
    candidates: &[usize],
    clusters: &Clusters,
) -> Option<usize> {
    let fits: Vec<bool> = candidates
        .iter()
        .map(|&c| fit(doc, a, c, clusters) == Fit::Yes)
        .collect();
    rule_of(doc, a, candidates, &fits)
}

/// [`rule_antecedent`] given which candidates fit.
pub(crate) fn rule_of(
    doc: &Document,
    a: usize,
    candidates: &[usize],
    fits: &[bool],
) -> Option<usize> {
    let s = doc.mentions[a].sentence;
    let fitting = candidates
        .iter()
        .zip(fits)
        .filter(|(_, f)| **f)
        .map(|(c, _)| *c);
    if let Some(c) = fitting.clone().find(|&c| doc.mentions[c].sentence == s) {
        return Some(c);
    }
    for d in 1..=window(&doc.mentions[a]).min(s) {
        let mut there: Vec<usize> = fitting
            .clone()
            .filter(|&c| doc.mentions[c].sentence == s - d)
            .collect();
        there.sort_unstable();
        if let Some(&c) = there
            .iter()
            .find(|&&c| doc.mentions[c].role == Role::Subject)
            .or(there.first())
        {
            return Some(c);
        }
    }
    None
}

/// The learned weights of the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    weights: HashIndex,
}

impl Model {
    /// The model shipped with the library.
    pub fn load_default() -> Result<Model> {
        Model::read(
            "built-in coreference model",
            &Bytes::from_static(DEFAULT_MODEL),
        )
    }

    /// Reads a model file (`what` names it in errors).
    pub fn from_bytes(what: &str, bytes: Vec<u8>) -> Result<Model> {
        Model::read(what, &Bytes::from_vec(bytes))
    }

    pub(crate) fn read(what: &str, bytes: &Bytes) -> Result<Model> {
        let r = ModelReader::new(what, bytes, KIND)?;
        let mut c = Cursor::new(r.section(b"CVER")?);
        let version = c
            .u32()
            .ok_or_else(|| r.error("corrupt section \"CVER\"".into()))?;
        if version != FEATURES_VERSION {
            return Err(r.error(format!(
                "coreference features version {version}, this build reads version \
                 {FEATURES_VERSION}; retrain with `cargo run --release --features train \
                 --bin train_coref`"
            )));
        }
        let mut c = Cursor::new(r.section(b"WGTS")?);
        let weights = HashIndex::read(&mut c)
            .filter(|_| c.at_end())
            .ok_or_else(|| r.error("corrupt section \"WGTS\"".into()))?;
        Ok(Model { weights })
    }

    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND);
        w.section(b"CVER", &FEATURES_VERSION.to_le_bytes());
        let mut table = Vec::new();
        self.weights.write(&mut table);
        w.section(b"WGTS", &table);
        w.finish()
    }

    /// A model of the weights `(feature, weight)` (features distinct).
    #[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
    pub(crate) fn from_weights(weights: &[(u64, f32)]) -> Model {
        let entries: Vec<(u64, u32)> = weights.iter().map(|&(h, w)| (h, w.to_bits())).collect();
        Model {
            weights: HashIndex::build(&entries),
        }
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.weights.bytes()
    }

    /// The summed weight of `features`.
    pub(crate) fn score(&self, features: &[u64]) -> f32 {
        features
            .iter()
            .filter_map(|&h| self.weights.get(h))
            .map(f32::from_bits)
            .sum()
    }

    /// The antecedent of mention `a` among `candidates` (from [`candidates`], or fewer:
    /// the nearest first), or `None` for the start of a new entity; `clusters` holds the
    /// entities of the mentions before `a`.
    pub fn antecedent(
        &self,
        doc: &Document,
        a: usize,
        candidates: &[usize],
        clusters: &Clusters,
    ) -> Option<usize> {
        self.ranked(doc, a, candidates, clusters).map(|(c, _)| c)
    }

    /// [`Model::antecedent`] with the margin by which it beat "new entity": how sure the
    /// model is that `a` refers back at all.
    pub fn ranked(
        &self,
        doc: &Document,
        a: usize,
        candidates: &[usize],
        clusters: &Clusters,
    ) -> Option<(usize, f32)> {
        let ranking = features::Ranking::new(doc, a, candidates, clusters);
        let mut buf = Vec::new();
        ranking.new_features(&mut buf);
        let new = self.score(&buf);
        let mut best = new;
        let mut choice = None;
        for (i, &c) in candidates.iter().enumerate() {
            buf.clear();
            ranking.pair_features(i, &mut buf);
            let s = self.score(&buf);
            if s > best {
                best = s;
                choice = Some(c);
            }
        }
        choice.map(|c| (c, best - new))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads_and_a_model_file_round_trips() {
        let shipped = Model::load_default().unwrap();
        assert!(shipped.bytes() > 0);
        let h = crate::nlp::features::fmix64;
        let m = Model::from_weights(&[(h(1), 0.5), (h(2), -1.25)]);
        assert_eq!(m.score(&[h(1), h(2), h(3)]), -0.75);
        let bytes = m.to_bytes();
        assert_eq!(Model::from_bytes("m", bytes.clone()).unwrap(), m);
        let mut w = ModelWriter::new(KIND);
        w.section(b"CVER", &(FEATURES_VERSION + 1).to_le_bytes());
        let e = Model::from_bytes("m", w.finish()).unwrap_err().to_string();
        assert!(e.contains("coreference features version"), "{e}");
        let e = Model::from_bytes("m", bytes[..bytes.len() - 3].to_vec()).unwrap_err();
        assert!(e.to_string().contains("truncated"), "{e}");
    }
}
