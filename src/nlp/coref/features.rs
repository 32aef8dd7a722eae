//! The features of the ranking: of an anaphor alone (the "new entity" option) and of an
//! anaphor with each candidate antecedent. Each is a hash of a template and its values
//! (see [`crate::nlp`]'s feature hashing); a template's number never changes meaning
//! without a new [`super::model::FEATURES_VERSION`].

use super::model::{Clusters, fit, pronoun_bit, rule_of, same_words};
use super::{Document, Form, Mention};
use crate::nlp::DepRel;
use crate::nlp::features::{f1, f2, f3, hash_str};

/// How a candidate fits an anaphor in type, number and gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// It fits.
    Yes,
    /// It cannot be the same.
    No,
    /// Nothing tells.
    Maybe,
}

// The templates of the "new entity" option.
const NEW_KEY: u32 = 1;
const NEW_FORM_SEMANTIC: u32 = 2;
const NEW_HEAD: u32 = 3;
const NEW_SAME_WORDS: u32 = 4;
const NEW_POSITION: u32 = 5;
const NEW_QUOTE: u32 = 6;
const NEW_NUMBER: u32 = 7;
const NEW_HEAD_CLASS: u32 = 8;
const NEW_ROLE: u32 = 9;
const NEW_APPOSITION: u32 = 10;
const NEW_FIT: u32 = 11;
const NEW_CANDIDATES: u32 = 12;

// The templates of a candidate.
const PAIR_KEY: u32 = 20;
const KEYS: u32 = 21;
const SENTENCES: u32 = 22;
const MENTIONS: u32 = 23;
const FIT: u32 = 24;
const RANK: u32 = 25;
const SEMANTIC: u32 = 26;
const ROLE: u32 = 27;
const ROLES: u32 = 28;
const NUMBERS: u32 = 29;
const EXACT: u32 = 30;
const HEAD: u32 = 31;
const HEAD_IN: u32 = 32;
const HEAD_HAS: u32 = 33;
const HEADS: u32 = 34;
const HEAD_SEMANTIC: u32 = 35;
const HEAD_CLASS: u32 = 36;
const NAMES: u32 = 37;
const PRONOUNS: u32 = 38;
const SIZE: u32 = 39;
const APPOSITION: u32 = 40;
const SPEAKER: u32 = 41;
const QUOTE: u32 = 42;
const RULE: u32 = 43;
const FIRST: u32 = 44;
const CONTAINED: u32 = 45;
const BEFORE_VERB: u32 = 46;
const KEYS_DISTANCE: u32 = 47;
const FIT_DISTANCE: u32 = 48;
const SEMANTIC_DISTANCE: u32 = 49;
const BARE: u32 = 50;
const NEW_BARE: u32 = 13;

/// The key of a mention: a pronoun's word, else its form.
fn key(m: &Mention) -> u64 {
    match m.form {
        Form::Pronoun => hash_str(&m.head_word),
        form => 1000 + form as u64,
    }
}

/// The coarse class of a mention: a pronoun's class, else its form.
fn class(m: &Mention) -> u64 {
    match m.pronoun {
        Some(p) => 100 + p as u64,
        None => m.form as u64,
    }
}

fn sentence_bucket(d: usize) -> u64 {
    match d {
        0..=3 => d as u64,
        4..=6 => 4,
        7..=10 => 5,
        _ => 6,
    }
}

fn mention_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=7 => 5,
        8..=12 => 6,
        13..=20 => 7,
        _ => 8,
    }
}

fn size_bucket(n: u32) -> u64 {
    match n {
        0..=2 => n as u64,
        3..=4 => 3,
        5..=8 => 4,
        _ => 5,
    }
}

/// Whether a mention ends with its head (1: "the group") or goes on past it (0: "the
/// group of protesters", which usually introduces something new).
fn bare(m: &Mention) -> u64 {
    (m.head + 1 >= m.end) as u64
}

/// How `a` stands to `c` in one sentence: 1 in apposition ("Ann Cole, *the spokeswoman*"),
/// 2 right after it past a comma, 3 its predicate ("X is *the leader*"), 0 none of these.
fn apposition(c: &Mention, a: &Mention) -> u64 {
    if c.sentence != a.sentence {
        return 0;
    }
    let governed_by_c = a.governor.is_some_and(|g| c.start <= g && g < c.end);
    if a.rel == DepRel::Appos && governed_by_c {
        1
    } else if a.comma_before && c.end + 1 == a.start {
        2
    } else if a.predicate && c.role == super::Role::Subject && c.governor == Some(a.head) {
        3
    } else {
        0
    }
}

/// An anaphor and its candidates, with what the features read of them together.
pub(crate) struct Ranking<'d> {
    doc: &'d Document,
    a: usize,
    candidates: &'d [usize],
    clusters: &'d Clusters,
    fits: Vec<Fit>,
    /// Rank of each candidate among those that may fit, the nearest first.
    ranks: Vec<usize>,
    rule: Option<usize>,
}

impl<'d> Ranking<'d> {
    pub(crate) fn new(
        doc: &'d Document,
        a: usize,
        candidates: &'d [usize],
        clusters: &'d Clusters,
    ) -> Ranking<'d> {
        let fits: Vec<Fit> = candidates
            .iter()
            .map(|&c| fit(doc, a, c, clusters))
            .collect();
        let mut next = 0;
        let ranks = fits
            .iter()
            .map(|f| {
                let r = next;
                next += (*f != Fit::No) as usize;
                r
            })
            .collect();
        let yes: Vec<bool> = fits.iter().map(|f| *f == Fit::Yes).collect();
        let rule = rule_of(doc, a, candidates, &yes);
        Ranking {
            doc,
            a,
            candidates,
            clusters,
            fits,
            ranks,
            rule,
        }
    }

    /// The features of the "new entity" option.
    pub(crate) fn new_features(&self, out: &mut Vec<u64>) {
        let doc = self.doc;
        let a = &doc.mentions[self.a];
        let (k, cl) = (key(a), class(a));
        let any_same = self
            .candidates
            .iter()
            .any(|&c| same_words(&doc.mentions[c], a));
        let any_fit = self.fits.contains(&Fit::Yes);
        let quote = doc.quotes.stretch.get(self.a).copied().flatten();
        let speaker = doc.quotes.speaker_of(self.a).is_some();
        let apposed = a.rel == DepRel::Appos || a.comma_before || a.predicate;
        out.extend([
            f1(NEW_KEY, k),
            f2(NEW_FORM_SEMANTIC, a.form as u64, a.semantic as u64),
            f2(NEW_SAME_WORDS, cl, any_same as u64),
            f2(NEW_FIT, k, any_fit as u64),
            f2(NEW_POSITION, cl, a.sentence.min(3) as u64),
            f3(NEW_QUOTE, k, quote.is_some() as u64, speaker as u64),
            f2(NEW_NUMBER, cl, a.number as u64),
            f2(NEW_HEAD_CLASS, a.head_class as u64, a.form as u64),
            f2(NEW_ROLE, k, a.role as u64),
            f2(NEW_APPOSITION, cl, apposed as u64),
            f2(NEW_CANDIDATES, cl, mention_bucket(self.candidates.len())),
            f2(NEW_BARE, a.form as u64, bare(a)),
        ]);
        if a.pronoun.is_none() {
            out.push(f1(NEW_HEAD, hash_str(&a.head_lemma)));
        }
    }

    /// The features of candidate `i` (an index into the candidates).
    pub(crate) fn pair_features(&self, i: usize, out: &mut Vec<u64>) {
        let doc = self.doc;
        let c = self.candidates[i];
        let (am, cm) = (&doc.mentions[self.a], &doc.mentions[c]);
        let (ka, kc, ca, cc) = (key(am), key(cm), class(am), class(cm));
        let entity = self.clusters.entity_of(c);
        let semantic = entity.semantic.unwrap_or(cm.semantic) as u64;
        let sd = am.sentence - cm.sentence;
        let fit = self.fits[i] as u64;
        let stretch = |m: usize| doc.quotes.stretch.get(m).copied().flatten();
        let quote = match (stretch(self.a), stretch(c)) {
            (None, None) => 0,
            (Some(x), Some(y)) if x == y => 1,
            (Some(_), Some(_)) => 2,
            (Some(_), None) => 3,
            (None, Some(_)) => 4,
        };
        out.extend([
            f1(PAIR_KEY, ka),
            f2(KEYS, ka, kc),
            f2(SENTENCES, ca, sentence_bucket(sd)),
            f2(MENTIONS, ca, mention_bucket(self.a - c)),
            f2(FIT, ka, fit),
            f3(RANK, ca, fit, self.ranks[i].min(4) as u64),
            f2(SEMANTIC, ka, semantic),
            f3(ROLE, ca, cm.role as u64, sd.min(2) as u64),
            f3(NUMBERS, ca, am.number as u64, cm.number as u64),
            f3(NAMES, ca, (entity.names > 0) as u64, cc),
            f2(SIZE, ca, size_bucket(entity.size)),
            f2(APPOSITION, ca, apposition(cm, am)),
            f3(QUOTE, ka, quote, cc),
            f2(RULE, ka, (self.rule == Some(c)) as u64),
            f3(FIRST, ca, doc.first_in_sentence(c) as u64, sd.min(3) as u64),
            f3(BEFORE_VERB, ca, cm.before_verb as u64, (sd > 0) as u64),
            f3(KEYS_DISTANCE, ka, kc, sd.min(3) as u64),
            f3(FIT_DISTANCE, ka, fit, sd.min(3) as u64),
            f3(SEMANTIC_DISTANCE, ka, semantic, sd.min(3) as u64),
            f3(BARE, am.form as u64, bare(am), cc),
        ]);
        if sd <= 1 {
            out.push(f3(ROLES, ca, am.role as u64, cm.role as u64));
        }
        match am.pronoun {
            Some(p) => {
                out.push(f2(PRONOUNS, p as u64, entity.pronouns as u64));
                let speaker = doc.quotes.speaker_of(self.a) == Some(c);
                out.push(f2(SPEAKER, p as u64, speaker as u64));
                if speaker {
                    out.push(f2(
                        SPEAKER,
                        p as u64,
                        2 + (entity.pronouns & pronoun_bit(p) != 0) as u64,
                    ));
                }
            }
            None => {
                out.push(f2(HEAD_CLASS, am.head_class as u64, semantic * 16 + cc));
                let has = |m: &Mention, w: &str| m.words.iter().any(|x| x == w);
                out.push(f2(HEAD_IN, ca, has(cm, &am.head_word) as u64));
                if cm.pronoun.is_none() {
                    out.extend([
                        f3(EXACT, ca, cc, (am.core == cm.core) as u64),
                        f3(HEAD, ca, cc, (am.head_lemma == cm.head_lemma) as u64),
                        f2(HEAD_HAS, ca, has(am, &cm.head_word) as u64),
                    ]);
                    if am.form == Form::Name && cm.form == Form::Name {
                        let within = |x: &Mention, y: &Mention| x.words.iter().all(|w| has(y, w));
                        let contained = within(am, cm) as u64 * 2 + within(cm, am) as u64;
                        out.push(f1(CONTAINED, contained));
                    }
                }
                if am.form != Form::Name {
                    let h = hash_str(&am.head_lemma);
                    out.push(f2(HEAD_SEMANTIC, h, semantic));
                    if cm.pronoun.is_none() {
                        out.push(f2(HEADS, h, hash_str(&cm.head_lemma)));
                    }
                }
            }
        }
    }
}
