//! The trained linguistic layer: part-of-speech tagger and lemmatizer, dependency parser
//! and entity recognizer, all averaged perceptrons over hashed features, trained from the
//! Universal Dependencies English treebanks (EWT, GUM) and CoNLL-2003.
//!
//! [`Models::load_default`] gives the shipped models, embedded in the library and used
//! in place (loading takes well under a millisecond and copies nothing);
//! [`Models::analyze`] annotates one sentence given as raw token strings (for example
//! from [`crate::text::segment`]), and [`Models::analyze_batch`] many sentences at once,
//! stage by stage, which is faster. The stages are also offered alone:
//! [`Models::tag`], [`Models::parse`] (given tags) and [`Models::entities`] (given tags).
//!
//! ```
//! use actorgraph::nlp::{DepRel, EntityLabel, Models, Upos};
//! let models = Models::load_default().unwrap();
//! let words = ["Kerry", "met", "Egyptian", "officials", "in", "Cairo", "."];
//! let a = models.analyze(&words);
//! assert_eq!(a.upos[1], Upos::Verb);
//! assert_eq!(a.lemmas.get(1), "meet");
//! assert_eq!(a.heads[0], 2); // "Kerry" depends on "met" (token 2)
//! assert_eq!(a.deprels[0], DepRel::Nsubj);
//! assert!(a.entities.iter().any(|e| e.label == EntityLabel::Location && words[e.start] == "Cairo"));
//! ```
//!
//! | stage | model | trained on | file |
//! |---|---|---|---|
//! | tagger (UPOS+XPOS pair per token), lemmatizer (edit rules + exceptions) | greedy averaged perceptron | EWT + GUM train | `assets/models/tagger.agm` |
//! | parser | arc-eager, dynamic oracle, perceptron transitions + arc labeler | EWT + GUM train, jackknifed tags | `assets/models/parser.agm` |
//! | entity recognizer (PER, ORG, LOC, MISC) | greedy BILOU perceptron | CoNLL-2003 train + GUM entities | `assets/models/ner.agm` |
//!
//! Train with `cargo run --release --features train --bin train` (deterministic; about
//! thirteen minutes on two cores) and score with `cargo run --release --features train
//! --example evaluate`; the model file
//! format is described in `model_io.rs`.

// The trainers and model writers of these modules serve `train` (feature `train`) and
// the tests; a build without that feature leaves them unused.
mod conllu;
pub mod coref;
mod features;
#[cfg_attr(not(feature = "train"), allow(dead_code))]
mod lemmatizer;
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) mod model_io;
#[cfg_attr(not(feature = "train"), allow(dead_code))]
mod ner;
#[cfg_attr(not(feature = "train"), allow(dead_code))]
mod parser;
#[cfg_attr(not(feature = "train"), allow(dead_code))]
mod perceptron;
mod repair;
#[cfg_attr(not(feature = "train"), allow(dead_code))]
mod tagger;
mod tags;
#[cfg(feature = "train")]
pub mod train;

use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;

pub use conllu::{
    ConlluLine, ConlluSentence, ConlluWord, annotate_conllu, parse_conllu, reannotate_conllu,
};
pub use lemmatizer::Lemmatizer;
pub use ner::EntityRecognizer;
pub use parser::Parser;
pub use tagger::Tagger;
pub use tags::{DepRel, EntityLabel, Upos, Xpos};

use crate::error::{Error, Result};
use crate::lexicon::{WordClass, Words};
/// The byte-string hash of the models' features, for keys the graph derives from text.
pub(crate) use features::hash_bytes;
use features::{Scratch, WordInfo, word_infos};
use model_io::{Bytes, ModelReader, ModelWriter};
use ner::{NerScratch, NerToken};
use parser::{ParseScratch, ParseToken};
use tagger::TagScratch;

/// File name of the tagger and lemmatizer model in a model directory.
pub const TAGGER_FILE: &str = "tagger.agm";
/// File name of the parser model in a model directory.
pub const PARSER_FILE: &str = "parser.agm";

static DEFAULT_TAGGER: &[u8] = include_bytes!("../../assets/models/tagger.agm");
static DEFAULT_PARSER: &[u8] = include_bytes!("../../assets/models/parser.agm");
/// File name of the entity recognizer model in a model directory.
pub const NER_FILE: &str = "ner.agm";
static DEFAULT_NER: &[u8] = include_bytes!("../../assets/models/ner.agm");

/// The lemmas of a sentence, stored in one string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lemmas {
    text: String,
    ends: Vec<u32>,
}

impl Lemmas {
    /// The lemma of token `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Number of lemmas.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The lemmas in token order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    fn push_end(&mut self) {
        self.ends.push(self.text.len() as u32);
    }

    /// Replaces the lemma of token `i` (a retagged token's lemma of its new tag).
    fn set(&mut self, i: usize, lemma: &str) {
        let old: Vec<String> = self.iter().map(str::to_string).collect();
        self.text.clear();
        self.ends.clear();
        for (k, l) in old.iter().enumerate() {
            self.text.push_str(if k == i { lemma } else { l });
            self.push_end();
        }
    }
}

/// Tags and lemmas of a sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tagged {
    /// Universal POS tag per token.
    pub upos: Vec<Upos>,
    /// Penn Treebank tag per token.
    pub xpos: Vec<Xpos>,
    /// Lemma per token.
    pub lemmas: Lemmas,
}

/// The hashed facts of the words of one sentence (form, case, shape, affixes) that the
/// tagger, the recognizer and the parser all read: computed once by
/// [`Models::tag_and_recognize`], reused by [`Models::parse_with`].
#[derive(Debug, Clone, Default)]
pub struct WordFacts(Vec<WordInfo>);

/// A named entity: tokens `start..end` of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntitySpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Kind of entity.
    pub label: EntityLabel,
}

/// The full analysis of a sentence; every vector has one entry per token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Universal POS tag per token.
    pub upos: Vec<Upos>,
    /// Penn Treebank tag per token.
    pub xpos: Vec<Xpos>,
    /// Lemma per token.
    pub lemmas: Lemmas,
    /// Head per token, CoNLL-U convention: 0 is the root, `i + 1` is token `i`.
    pub heads: Vec<u32>,
    /// Relation of each token to its head.
    pub deprels: Vec<DepRel>,
    /// Named entities, in text order, not overlapping.
    pub entities: Vec<EntitySpan>,
}

/// The repairs of the tree that need the recognizer's entities (`entities`: token
/// ranges and labels, in text order), so the pipeline and [`Models::analyze`] call them
/// once the entities and the tree are known: each name takes the place the parser gave
/// the role or description noun before it ("talks with LSE boss Clara Furse", "talks with
/// US telecoms firm Verizon";
/// `repair::role_before_name`), and two names a conjunction coordinates become conjuncts
/// where the parser folded them into one phrase ("North Korea and South Korea held
/// talks"; `repair::coordinated_names`), and a titled person's name after a conjunction
/// becomes one conjunct with its title where the parser broke them apart ("Serbian
/// President X and Hungarian Prime Minister Y signed"; `repair::titled_conjunct`), and a
/// coordinated phrase hung on a place moves to the noun the place modifies ("talks in
/// Kyiv between X and Y"; `repair::phrase_after_place`).
pub(crate) fn repair_with_entities(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &mut [DepRel],
    entities: &[(usize, usize, EntityLabel)],
) {
    let names: Vec<(usize, usize)> = entities.iter().map(|e| (e.0, e.1)).collect();
    repair::role_before_name(upos, heads, rels, names.iter().copied());
    repair::subject_before_name(upos, heads, rels, &names);
    repair::coordinated_names(upos, heads, rels, &names);
    repair::titled_conjunct(upos, heads, rels, entities);
    repair::phrase_after_place(upos, heads, rels, entities);
}

impl Analysis {
    /// Applies [`repair_with_entities`] with the analysis's own entities.
    fn place_people(&mut self) {
        let entities: Vec<(usize, usize, EntityLabel)> = self
            .entities
            .iter()
            .map(|e| (e.start, e.end, e.label))
            .collect();
        repair_with_entities(&self.upos, &mut self.heads, &mut self.deprels, &entities);
    }

    /// The analysis of the three stages' results.
    fn of(t: Tagged, (heads, deprels): (Vec<u32>, Vec<DepRel>), entities: Vec<EntitySpan>) -> Self {
        Analysis {
            heads,
            deprels,
            entities,
            upos: t.upos,
            xpos: t.xpos,
            lemmas: t.lemmas,
        }
    }
}

/// The trained models: tagger and lemmatizer, parser, entity recognizer. Immutable once
/// loaded, cheap to clone (the tables are shared), and `Send + Sync`, so threads can
/// share one.
#[derive(Debug, Clone)]
pub struct Models {
    tagger: Tagger,
    lemmatizer: Lemmatizer,
    parser: Parser,
    ner: EntityRecognizer,
}

fn read_file(path: &Path) -> Result<Bytes> {
    std::fs::read(path)
        .map(Bytes::from_vec)
        .map_err(|e| Error::io(path, e))
}

/// Reads a tagger model file (tagger and lemmatizer).
pub(crate) fn read_tagger(what: &str, bytes: &Bytes) -> Result<(Tagger, Lemmatizer)> {
    let r = ModelReader::new(what, bytes, b"TAGR")?;
    Ok((Tagger::read(&r)?, Lemmatizer::read(&r)?))
}

/// Writes a tagger model file (tagger and lemmatizer).
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) fn write_tagger(tagger: &Tagger, lemmatizer: &Lemmatizer) -> Vec<u8> {
    let mut w = ModelWriter::new(b"TAGR");
    tagger.write(&mut w);
    lemmatizer.write(&mut w);
    w.finish()
}

impl Models {
    /// The models shipped with the library (embedded at build time).
    pub fn load_default() -> Result<Models> {
        // copying a model into huge pages is most of its load: on two cores the three
        // are copied side by side (errors still in this order)
        let (tagger, (parser, ner)) = rayon::join(
            || read_tagger("built-in tagger model", &Bytes::embedded(DEFAULT_TAGGER)),
            || {
                rayon::join(
                    || Parser::read("built-in parser model", &Bytes::embedded(DEFAULT_PARSER)),
                    || {
                        EntityRecognizer::read(
                            "built-in entity model",
                            &Bytes::embedded(DEFAULT_NER),
                        )
                    },
                )
            },
        );
        let (tagger, lemmatizer) = tagger?;
        let (parser, ner) = (parser?, ner?);
        Ok(Models {
            tagger,
            lemmatizer,
            parser,
            ner,
        })
    }

    /// Loads the model files of a directory ([`TAGGER_FILE`], ...), as written by the
    /// training example.
    pub fn load_dir(dir: &Path) -> Result<Models> {
        let path = dir.join(TAGGER_FILE);
        let (tagger, lemmatizer) = read_tagger(&path.display().to_string(), &read_file(&path)?)?;
        let path = dir.join(PARSER_FILE);
        let parser = Parser::read(&path.display().to_string(), &read_file(&path)?)?;
        let path = dir.join(NER_FILE);
        let ner = EntityRecognizer::read(&path.display().to_string(), &read_file(&path)?)?;
        Ok(Models {
            tagger,
            lemmatizer,
            parser,
            ner,
        })
    }

    /// Sizes of the loaded models in bytes: tagger, lemmatizer.
    pub fn sizes(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("tagger", self.tagger.bytes()),
            ("lemmatizer", self.lemmatizer.bytes()),
            ("parser transitions", self.parser.transition_bytes()),
            (
                "parser labeler",
                self.parser.bytes() - self.parser.transition_bytes(),
            ),
            ("entity recognizer", self.ner.bytes()),
        ]
    }

    fn tag_infos(&self, words: &[&str], infos: &[WordInfo], work: &mut Work) -> Tagged {
        self.tagger.tag_ids(infos, &mut work.ids, &mut work.tag);
        let classes = self.tagger.classes();
        let mut t = Tagged {
            upos: Vec::with_capacity(words.len()),
            xpos: Vec::with_capacity(words.len()),
            lemmas: Lemmas {
                text: String::with_capacity(words.len() * 8),
                ends: Vec::with_capacity(words.len()),
            },
        };
        let name_tag = |k: usize| matches!(classes[work.ids[k] as usize].1, Xpos::Nnp | Xpos::Nnps);
        for (k, ((w, info), &c)) in words.iter().zip(infos).zip(work.ids.iter()).enumerate() {
            let (mut u, mut x) = classes[c as usize];
            if name_tag(k) && is_common_word_read_as_name(words, k, name_tag) {
                (u, x) = if x == Xpos::Nnps {
                    (Upos::Noun, Xpos::Nns)
                } else {
                    (Upos::Noun, Xpos::Nn)
                };
            } else if !name_tag(k) && is_particle_name(w) {
                (u, x) = (Upos::Propn, Xpos::Nnp);
            }
            t.upos.push(u);
            t.xpos.push(x);
            self.lemmatizer
                .lemmatize_hashed(w, info.form, x, &mut t.lemmas.text);
            t.lemmas.push_end();
        }
        t
    }

    /// Tags and lemmatizes one sentence given as raw token strings.
    pub fn tag(&self, words: &[&str]) -> Tagged {
        with_work(words, |work, infos| self.tag_infos(words, infos, work))
    }

    fn parse_infos(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        work: &mut Work,
    ) -> (Vec<u32>, Vec<DepRel>) {
        work.tokens.clear();
        work.tokens.extend(
            infos
                .iter()
                .zip(tags.upos.iter().zip(&tags.xpos))
                .map(|(w, (&u, &x))| ParseToken::new(w, u, x)),
        );
        let mut heads = Vec::with_capacity(infos.len());
        let mut rels = Vec::with_capacity(infos.len());
        self.parser
            .parse(&work.tokens, &mut work.parse, &mut heads, &mut rels);
        (heads, rels)
    }

    /// Parses a sentence as [`Models::parse_retagged`] does, then applies the narrow
    /// tree repairs of `repair.rs` (a list of three or more names opening the sentence, the
    /// verb's subject: [`repair::listed_subject`]; a sentence's opening name and its
    /// apposition, the verb
    /// after them hung on the name: [`repair::apposed_subject`]; a name coordinated with
    /// the verb's object, hung on the verb: [`repair::coordinated_objects`]; a name right after a verb labelled an oblique
    /// with no preposition: [`repair::caseless_name_object`]; a noun after a clause hung on
    /// the main verb as its second subject: [`repair::object_read_as_subject`]; a verb
    /// hung on an apposed name as its modifier: [`repair::apposed_acl_subject`]; the subject of
    /// a trailing "..., the ministry said" read as a conjunct: [`repair::attribution_subject`]; a
    /// relative clause after a comma read as a second clause:
    /// [`repair::relative_clause_conjunct`]; a clause opened by a preposition whose
    /// subject has an apposition, read as two verbs: [`repair::clause_after_preposition`]; a
    /// subject after a fronted phrase hung inside it: [`repair::fronted_phrase_subject`]).
    fn parse_repaired(
        &self,
        infos: &[WordInfo],
        tags: &mut Tagged,
        work: &mut Work,
    ) -> (Vec<u32>, Vec<DepRel>) {
        let (mut heads, mut rels) = self.parse_retagged(infos, tags, work);
        repair::listed_subject(&tags.upos, &tags.xpos, &mut heads, &mut rels);
        repair::apposed_subject(&tags.upos, &tags.xpos, &mut heads, &mut rels);
        repair::coordinated_objects(&tags.upos, &mut heads, &rels);
        repair::caseless_name_object(&tags.upos, &heads, &mut rels);
        repair::object_read_as_subject(&tags.upos, &mut heads, &mut rels);
        repair::apposed_acl_subject(&tags.upos, &tags.xpos, &mut heads, &mut rels);
        repair::attribution_subject(&tags.upos, &mut heads, &mut rels);
        repair::clause_after_preposition(&tags.upos, &tags.xpos, &mut heads, &mut rels);
        repair::relative_clause_conjunct(&tags.upos, &tags.xpos, &mut heads, &mut rels);
        repair::fronted_phrase_subject(&tags.upos, &mut tags.xpos, &mut heads, &mut rels);
        (heads, rels)
    }

    /// Parses a sentence, then gives it a finite verb where its tags left it none (a
    /// constrained second decode). The tagger reads a past tense as a participle where
    /// the subject is far from its verb ("The party's home secretary, Mark Oaten,
    /// accused Mr Clarke of ..." tags "accused" VBN), and the parser then builds a tree
    /// around a noun with the verb as a modifier, losing the verb's subject and objects.
    /// So when the sentence has no finite verb tag (VBD, VBZ, VBP, MD) and its root is not
    /// a verb, the participle (VBN verb with no auxiliary or copula of its own) whose
    /// past-tense score the tagger put closest to its participle score is retagged VBD
    /// and the sentence parsed again; the second parse is kept only when it makes that
    /// verb the root with a nominal subject and a direct object, else the first parse
    /// and tags stand. The
    /// lemma is kept (a form read as both past tense and participle has one lemma).
    /// Returns the heads and relations; `tags` holds the tags the tree was built on.
    fn parse_retagged(
        &self,
        infos: &[WordInfo],
        tags: &mut Tagged,
        work: &mut Work,
    ) -> (Vec<u32>, Vec<DepRel>) {
        let mut first = self.parse_infos(infos, tags, work);
        // a quantifier floating after an auxiliary, read as a determiner: retagged, the
        // sentence is parsed again (rare: the first parse's copulas tell it from an article)
        if repair::floating_quantifier(&mut tags.upos, &mut tags.xpos, &first.1) > 0 {
            first = self.parse_infos(infos, tags, work);
        }
        if let Some(i) = present_tense_candidate(tags, &first) {
            let lemma = tags.lemmas.get(i).to_string();
            let plural = tags.xpos[i] == Xpos::Nns;
            // kept only when the second parse gives the verb its subject and object
            // ("Peru thanks Chile", "Seoul protests Tokyo's claim"); else the noun stands
            let retagged = self.try_retag(
                infos,
                tags,
                work,
                &[(i, Upos::Verb, Xpos::Vbz)],
                |heads, rels| {
                    // "thanks Chile": the parser keeps the reading of "thanks, John" (a
                    // vocative), but a name right after a verb, with no comma between, is its
                    // object
                    if i + 1 < rels.len()
                        && heads[i + 1] as usize == i + 1
                        && rels[i + 1] == DepRel::Vocative
                    {
                        rels[i + 1] = DepRel::Obj;
                    }
                    has_dependent(heads, rels, i, DepRel::Nsubj)
                        && has_dependent(heads, rels, i, DepRel::Obj)
                },
            );
            if let Some(parse) = retagged {
                // a plural's lemma is the verb's ("protests" -> "protest"); a singular in
                // "s" is the verb's form ("thanks" -> "thank")
                if !plural {
                    let lemma = self.lemmatizer.lemmatize(&lemma, Xpos::Vbz);
                    tags.lemmas.set(i, &lemma);
                }
                return parse;
            }
        }
        if let Some(i) = phrasal_past_candidate(tags) {
            // kept only when the second parse gives the verb its subject and object
            // ("Iran shot down an American drone"); else the noun stands
            let retagged = self.try_retag(
                infos,
                tags,
                work,
                // (the particle too: read as a preposition, "down a drone" is a phrase)
                &[(i, Upos::Verb, Xpos::Vbd), (i + 1, Upos::Adp, Xpos::Rp)],
                |heads, rels| {
                    has_dependent(heads, rels, i, DepRel::Nsubj)
                        && has_dependent(heads, rels, i, DepRel::Obj)
                },
            );
            // (the lemma stays the form: the learned lemmatizer misreads irregular pasts
            // "shot", which the relations read by `verb_forms.tsv`)
            if let Some(parse) = retagged {
                return parse;
            }
        }
        if let Some((g, i)) = self.mandate_verb_candidate(infos, tags, work) {
            // kept only when the second parse makes the verb the governor's clause with a
            // subject of its own ("demanded that President X resign"); else the noun stands
            let retagged = self.try_retag(
                infos,
                tags,
                work,
                &[(i, Upos::Verb, Xpos::Vb)],
                |heads, rels| {
                    heads[i] as usize == g + 1 && has_dependent(heads, rels, i, DepRel::Nsubj)
                },
            );
            if let Some(parse) = retagged {
                return parse;
            }
        }
        if let Some((m, i)) = self.modal_verb_candidate(infos, tags, &first, work) {
            let lemma = tags.lemmas.get(i).to_lowercase();
            // kept only when the second parse makes the modal the verb's auxiliary ("UKIP
            // could sue X", "the party would back the plan"); else the first reading stands
            let retagged = self.try_retag(
                infos,
                tags,
                work,
                &[(i, Upos::Verb, Xpos::Vb)],
                |heads, rels| heads[m] as usize == i + 1 && rels[m] == DepRel::Aux,
            );
            if let Some(parse) = retagged {
                let lemma = self.lemmatizer.lemmatize(&lemma, Xpos::Vb);
                tags.lemmas.set(i, &lemma);
                return parse;
            }
        }
        if let Some((g, i)) = self.infinitive_verb_candidate(infos, tags, work) {
            // kept only when the second parse makes the verb the governor's open
            // complement with an object ("voted to sanction Russia"); else the first stands
            let retags = [(i - 1, Upos::Part, Xpos::To), (i, Upos::Verb, Xpos::Vb)];
            let retagged = self.try_retag(infos, tags, work, &retags, |heads, rels| {
                heads[i] as usize == g + 1
                    && rels[i] == DepRel::Xcomp
                    && has_dependent(heads, rels, i, DepRel::Obj)
            });
            if let Some(parse) = retagged {
                return parse;
            }
        }
        let Some(i) = self.past_tense_candidate(infos, tags, &first, work) else {
            return first;
        };
        tags.xpos[i] = Xpos::Vbd;
        let (mut heads, mut rels) = self.parse_infos(infos, tags, work);
        // the past tense read, the verb may still hang on an opening name with an
        // apposition ("X, a backbencher, criticised Y"): the repair puts it on top first
        repair::apposed_subject(&tags.upos, &tags.xpos, &mut heads, &mut rels);
        let has = |rel: DepRel| has_dependent(&heads, &rels, i, rel);
        // a participle with a direct object is not a passive one, and an active one
        // (perfect) would have had its auxiliary: so the object is what tells a past
        // tense from the participle of a headline or caption ("Talk delivered by ...",
        // "Unique tree carvings done by ...", which keep their first parse)
        if heads[i] == 0 && has(DepRel::Nsubj) && has(DepRel::Obj) {
            return (heads, rels);
        }
        tags.xpos[i] = Xpos::Vbn;
        first
    }

    /// Retags the tokens of `retags` (position, tag) and parses again: the second parse
    /// when `keep` accepts it (it may mend a relation first), else the tags as they were
    /// and `None`. The retags of a misread verb (present tense, mandate, modal,
    /// infinitive) try their reading so.
    fn try_retag(
        &self,
        infos: &[WordInfo],
        tags: &mut Tagged,
        work: &mut Work,
        retags: &[(usize, Upos, Xpos)],
        keep: impl FnOnce(&[u32], &mut [DepRel]) -> bool,
    ) -> Option<(Vec<u32>, Vec<DepRel>)> {
        let kept: Vec<(Upos, Xpos)> = retags
            .iter()
            .map(|&(k, ..)| (tags.upos[k], tags.xpos[k]))
            .collect();
        for &(k, upos, xpos) in retags {
            (tags.upos[k], tags.xpos[k]) = (upos, xpos);
        }
        let (heads, mut rels) = self.parse_infos(infos, tags, work);
        if keep(&heads, &mut rels) {
            return Some((heads, rels));
        }
        for (&(k, ..), &(upos, xpos)) in retags.iter().zip(&kept) {
            (tags.upos[k], tags.xpos[k]) = (upos, xpos);
        }
        None
    }

    /// The bare verb of a mandative that-clause that the tagger read as a singular noun,
    /// the token [`Models::parse_retagged`] retags VB and parses again, with the clause's
    /// governor: `(governor, verb)`. A mandate's verb is in its base form, with no "s"
    /// after a singular subject ("demanded that President X resign", "insisted that X
    /// step down", "demanded that X dissolve parliament"), so after a name or a noun the
    /// tagger reads it as one more noun of the subject's phrase, and the clause has no
    /// verb. The clause is opened by "that" right after a `mandative_governor` (a verb or
    /// a noun of demanding: "demand", "insist", "urge", "proposal"); its words up to the
    /// first that is no determiner, adjective or noun are the subject with the misread
    /// verb, and a clause whose next word is a verb or an auxiliary has its verb already
    /// ("insisted that the government report was false"). The candidate is a singular
    /// common noun after a noun of that phrase (the subject's head before it); of several
    /// ("that the Kenya Airways strike end"), the one the tagger scored nearest a verb,
    /// which no word of the tag dictionary's nouns that are never verbs can be.
    fn mandate_verb_candidate(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        work: &mut Work,
    ) -> Option<(usize, usize)> {
        let n = tags.xpos.len();
        let nominal = |x: Xpos| matches!(x, Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps);
        let phrase = |x: Xpos| {
            nominal(x) || matches!(x, Xpos::Dt | Xpos::Jj | Xpos::Cd | Xpos::Pos | Xpos::PrpS)
        };
        let words = shipped_words();
        let g = (0..n.saturating_sub(3)).find(|&g| {
            matches!(tags.upos[g], Upos::Verb | Upos::Noun)
                && words.has(WordClass::MandativeGovernor, tags.lemmas.get(g))
                && tags.lemmas.get(g + 1).eq_ignore_ascii_case("that")
        })?;
        let end = (g + 2..n).find(|&k| !phrase(tags.xpos[k])).unwrap_or(n);
        if end < n && matches!(tags.upos[end], Upos::Verb | Upos::Aux) {
            return None;
        }
        let candidates: Vec<usize> = (g + 3..end)
            .filter(|&k| tags.xpos[k] == Xpos::Nn && nominal(tags.xpos[k - 1]))
            .filter(|&k| infos[k].flags & features::flag::LOWER != 0)
            .collect();
        if candidates.is_empty() {
            return None;
        }
        self.nearest_verb(infos, tags, candidates, work)
            .map(|best| (g, best))
    }

    /// Of `candidates`, the word the tagger scored nearest a bare verb (VB) against the tag
    /// it gave it, if the tag dictionary allows a verb there: a word it never saw as a verb
    /// keeps its masked score far below any other. The retags of a misread verb (after a
    /// mandate, a modal, an infinitive's "to") choose their word so.
    fn nearest_verb(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        candidates: impl IntoIterator<Item = usize>,
        work: &mut Work,
    ) -> Option<usize> {
        let vb = self.tagger.class_id(Upos::Verb, Xpos::Vb)?;
        let mut ids = Vec::new();
        self.tagger.tag_ids(infos, &mut ids, &mut work.tag);
        let margin = |k: usize| {
            let own = self.tagger.class_id(tags.upos[k], tags.xpos[k]);
            let own = own.map_or(0, |c| self.tagger.last_score(&work.tag, k, c));
            self.tagger.last_score(&work.tag, k, vb) - own
        };
        let best = candidates.into_iter().max_by_key(|&k| (margin(k), k))?;
        (margin(best) > tagger::MASKED / 2).then_some(best)
    }

    /// The bare verb after a modal that the tagger read as another word class, the token
    /// [`Models::parse_retagged`] retags VB and parses again, with the modal: `(modal,
    /// verb)`. A modal is followed by its verb in the base form, but a base form that is
    /// also a noun, an adverb or an adjective ("back", "phone", "prompt", "sue" read as a
    /// name) loses to that reading before a noun phrase: "the party would back the
    /// government's plan" and "UKIP could sue Veritas" then have no verb after the modal,
    /// and the support or the lawsuit is lost. The candidates are the lower-case words of
    /// the run of at most [`MODAL_GAP`] nouns, adjectives, proper nouns and adverbs right
    /// after the modal, when no verb or auxiliary ends the run ("could no longer afford",
    /// "should still top expectations" keep theirs) and the first parse hangs the modal on
    /// no verb; of several, the one the tagger scored nearest a verb, which a word the tag
    /// dictionary never saw as a verb ("no", "most", "poverty") cannot be.
    fn modal_verb_candidate(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        (heads, _): &(Vec<u32>, Vec<DepRel>),
        work: &mut Work,
    ) -> Option<(usize, usize)> {
        let n = tags.xpos.len();
        let open = |k: usize| {
            matches!(
                tags.upos[k],
                Upos::Noun | Upos::Adj | Upos::Propn | Upos::Adv
            )
        };
        let verbal = |k: usize| matches!(tags.upos[k], Upos::Verb | Upos::Aux);
        let mut found = None;
        for (m, &h) in heads.iter().enumerate().take(n.saturating_sub(1)) {
            if tags.xpos[m] != Xpos::Md {
                continue;
            }
            // the modal already hangs on a verb: its clause has one
            let h = h as usize;
            if h > 0 && verbal(h - 1) {
                continue;
            }
            let run: Vec<usize> = (m + 1..n)
                .take(MODAL_GAP)
                .take_while(|&k| open(k))
                .collect();
            let after = m + 1 + run.len();
            if run.is_empty() || (after < n && verbal(after)) {
                continue;
            }
            let lower = |k: usize| infos[k].flags & features::flag::LOWER != 0;
            // a verb taking an object or a preposition: a noun phrase or a preposition
            // opens right after it ("back the plan", "sue Veritas", "impact on"); an
            // adverb or adjective before another lower-case word of the run is that
            // word's modifier ("could further jeopardise growth", "should still top
            // expectations", "would most likely focus on")
            let object_after = |k: usize| {
                k + 1 < n
                    && (matches!(
                        tags.upos[k + 1],
                        Upos::Det
                            | Upos::Propn
                            | Upos::Noun
                            | Upos::Adj
                            | Upos::Pron
                            | Upos::Num
                            | Upos::Adp
                    ) || tags.xpos[k + 1] == Xpos::PrpS)
            };
            // a base form has no inflection: a plural, a comparative or a superlative
            // is not one ("win prizes", "should more than double")
            let base =
                |k: usize| matches!(tags.xpos[k], Xpos::Nn | Xpos::Nnp | Xpos::Jj | Xpos::Rb);
            let candidates: Vec<usize> = run
                .iter()
                .copied()
                .filter(|&k| lower(k) && base(k) && object_after(k))
                .filter(|&k| {
                    !matches!(tags.upos[k], Upos::Adv | Upos::Adj)
                        || !run.contains(&(k + 1))
                        || !lower(k + 1)
                })
                .collect();
            if !candidates.is_empty() {
                found = Some((m, candidates));
                break;
            }
        }
        let (m, candidates) = found?;
        self.nearest_verb(infos, tags, candidates, work)
            .map(|best| (m, best))
    }

    /// The bare verb of a to-infinitive after an `infinitive_verb` that the tagger misread,
    /// the token [`Models::parse_retagged`] retags VB (and the "to" before it TO) and parses
    /// again, with the infinitive's governor: `(governor, verb)`. After "voted" the tagger
    /// reads "to" as a preposition and a verb that is also a noun as that noun ("voted to
    /// sanction Russia": "sanction" NN, "Russia" its apposition), or "to" as a preposition
    /// before a verb ("voted to impeach President X": the verb an oblique, the name a bare
    /// oblique of "voted"), and after "agreed", "decided" the noun reading stays ("agreed
    /// to sanction Iran"); the act then has no object. The shape: a verb of the class, "to",
    /// a singular common noun or a bare verb not already tagged an infinitive after TO, and
    /// the start of a noun phrase right after it (a name, a determiner, a possessive
    /// pronoun): "agreed to sanction the company", not "went to court on Monday" nor "voted
    /// to power". The word must be one the tagger can read as a verb (no noun of the tag
    /// dictionary's nouns that are never verbs).
    fn infinitive_verb_candidate(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        work: &mut Work,
    ) -> Option<(usize, usize)> {
        let n = tags.xpos.len();
        let words = shipped_words();
        let g = (0..n.saturating_sub(3)).find(|&g| {
            let i = g + 2;
            tags.upos[g] == Upos::Verb
                && words.has(WordClass::InfinitiveVerb, tags.lemmas.get(g))
                && tags.lemmas.get(g + 1).eq_ignore_ascii_case("to")
                && (tags.xpos[i] == Xpos::Nn && infos[i].flags & features::flag::LOWER != 0
                    || tags.xpos[i] == Xpos::Vb && tags.xpos[g + 1] != Xpos::To)
                && matches!(
                    tags.xpos[i + 1],
                    Xpos::Nnp | Xpos::Nnps | Xpos::Dt | Xpos::PrpS
                )
        })?;
        let i = g + 2;
        if tags.xpos[i] == Xpos::Vb {
            return Some((g, i));
        }
        self.nearest_verb(infos, tags, [i], work).map(|i| (g, i))
    }

    /// The token [`Models::parse_retagged`] retags as a past tense, if the first parse
    /// calls for one.
    fn past_tense_candidate(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        (heads, rels): &(Vec<u32>, Vec<DepRel>),
        work: &mut Work,
    ) -> Option<usize> {
        let finite = |x: &Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
        if tags.xpos.iter().any(finite) {
            return None;
        }
        let root = heads.iter().position(|&h| h == 0)?;
        if matches!(tags.upos[root], Upos::Verb | Upos::Aux) {
            return None;
        }
        let has_auxiliary = |i: usize| {
            heads.iter().zip(rels).any(|(&h, &r)| {
                h as usize == i + 1 && matches!(r, DepRel::Aux | DepRel::AuxPass | DepRel::Cop)
            })
        };
        let candidates: Vec<usize> = (0..tags.xpos.len())
            .filter(|&i| tags.upos[i] == Upos::Verb && tags.xpos[i] == Xpos::Vbn)
            .filter(|&i| !has_auxiliary(i))
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let vbd = self.tagger.class_id(Upos::Verb, Xpos::Vbd)?;
        let vbn = self.tagger.class_id(Upos::Verb, Xpos::Vbn)?;
        // the tagger's scores of the sentence (tagging again costs less than a parse,
        // and this runs only on the few sentences without a finite verb)
        let mut ids = Vec::new();
        self.tagger.tag_ids(infos, &mut ids, &mut work.tag);
        let margin = |i: usize| {
            self.tagger.last_score(&work.tag, i, vbn) - self.tagger.last_score(&work.tag, i, vbd)
        };
        candidates.into_iter().min_by_key(|&i| (margin(i), i))
    }

    /// Parses one sentence given its tags (from [`Models::tag`] or elsewhere): heads
    /// (CoNLL-U convention, 0 = root) and relations.
    pub fn parse(&self, words: &[&str], tags: &Tagged) -> (Vec<u32>, Vec<DepRel>) {
        with_work(words, |work, infos| self.parse_infos(infos, tags, work))
    }

    fn entities_infos(
        &self,
        infos: &[WordInfo],
        tags: &Tagged,
        work: &mut Work,
    ) -> Vec<EntitySpan> {
        work.ner_tokens.clear();
        work.ner_tokens.extend(
            infos
                .iter()
                .zip(tags.upos.iter().zip(&tags.xpos))
                .map(|(w, (&u, &x))| NerToken::new(w, u, x)),
        );
        self.ner.recognize(&work.ner_tokens, &mut work.ner)
    }

    /// Recognizes the named entities of one sentence given its tags.
    pub fn entities(&self, words: &[&str], tags: &Tagged) -> Vec<EntitySpan> {
        with_work(words, |work, infos| self.entities_infos(infos, tags, work))
    }

    /// Tags a sentence and finds its entities, keeping the word facts both computed
    /// from so that a later [`Models::parse_with`] of the same sentence need not compute
    /// them a third time.
    pub fn tag_and_recognize(&self, words: &[&str]) -> (Tagged, Vec<EntitySpan>, WordFacts) {
        with_work(words, |work, infos| {
            let t = self.tag_infos(words, infos, work);
            let entities = self.entities_infos(infos, &t, work);
            (t, entities, WordFacts(infos.to_vec()))
        })
    }

    /// Parses a sentence from the word facts and tags [`Models::tag_and_recognize`] gave.
    /// A sentence left without a finite verb may have one participle retagged as a past
    /// tense (VBN to VBD, see [`Models::analyze`]); `tags` then holds the new tag. The
    /// repair that needs the entities (a person after a role noun, applied by
    /// [`Models::analyze`]) is left to the caller, who has them (the pipeline does it).
    pub fn parse_with(&self, facts: &WordFacts, tags: &mut Tagged) -> (Vec<u32>, Vec<DepRel>) {
        with_buffers(|work| self.parse_repaired(&facts.0, tags, work))
    }

    /// Analyzes one sentence given as raw token strings.
    ///
    /// Unlike [`Models::tag`] then [`Models::parse`], a sentence the tagger left without
    /// a finite verb, whose first parse has no verbal root, is parsed a second time with
    /// its most likely participle read as a past tense (VBN to VBD), and that parse kept
    /// when it makes the verb the root with a subject and an object.
    pub fn analyze(&self, words: &[&str]) -> Analysis {
        let (t, (heads, deprels), entities) = with_work(words, |work, infos| {
            let mut t = self.tag_infos(words, infos, work);
            let parsed = self.parse_repaired(infos, &mut t, work);
            let entities = self.entities_infos(infos, &t, work);
            (t, parsed, entities)
        });
        let mut a = Analysis::of(t, (heads, deprels), entities);
        a.place_people();
        a
    }

    /// Analyzes many sentences (for example all those of a document), stage by stage:
    /// first every sentence is tagged, then every sentence parsed, then every sentence's
    /// entities found. The result equals [`Models::analyze`] on each sentence, but each
    /// model's tables stay in the processor cache through its stage, which makes this
    /// markedly faster on real text than analyzing sentence by sentence.
    pub fn analyze_batch<S: AsRef<[W]>, W: AsRef<str>>(&self, sentences: &[S]) -> Vec<Analysis> {
        let mut words: Vec<&str> = Vec::new();
        let mut prepared = Vec::with_capacity(sentences.len());
        for s in sentences {
            words.clear();
            words.extend(s.as_ref().iter().map(AsRef::as_ref));
            let (infos, t) = with_work(&words, |work, infos| {
                (infos.to_vec(), self.tag_infos(&words, infos, work))
            });
            prepared.push((infos, t));
        }
        let mut work = Work::default();
        let parsed: Vec<_> = prepared
            .iter_mut()
            .map(|(infos, t)| self.parse_repaired(infos, t, &mut work))
            .collect();
        prepared
            .into_iter()
            .zip(parsed)
            .map(|((infos, t), (heads, deprels))| {
                let entities = self.entities_infos(&infos, &t, &mut work);
                let mut a = Analysis::of(t, (heads, deprels), entities);
                a.place_people();
                a
            })
            .collect()
    }
}

/// Most words between a modal and the verb the tagger misread after it ("would most
/// likely back", "could no longer sue"): [`Models::modal_verb_candidate`].
const MODAL_GAP: usize = 3;

/// Has token `i` (0-based) a dependent of relation `rel` in the parse (`heads` 1-based)?
fn has_dependent(heads: &[u32], rels: &[DepRel], i: usize, rel: DepRel) -> bool {
    heads
        .iter()
        .zip(rels)
        .any(|(&h, &r)| h as usize == i + 1 && r == rel)
}

/// `phrasal_past`: the past tense of a phrasal verb that the tagger read as a singular
/// noun after a name, the token [`Models::parse_retagged`] retags VBD and parses again:
/// "Iran shot down an American drone" has "shot" a noun (a photograph) compounded with
/// "Iran", no verb, and the attack is lost. The candidate is a lower-case singular noun
/// right after a name, followed by a [`WordClass::PhrasalParticle`] and a noun phrase (a
/// determiner, a number, an adjective, a name or a possessive pronoun), in a sentence
/// with no finite verb: "the Iran shot down in 1988" has a determiner before the name.
fn phrasal_past_candidate(tags: &Tagged) -> Option<usize> {
    let finite = |x: &Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    if tags.xpos.iter().any(finite) {
        return None;
    }
    let words = shipped_words();
    let n = tags.upos.len();
    (1..n.saturating_sub(2)).find(|&i| {
        tags.upos[i] == Upos::Noun
            && tags.xpos[i] == Xpos::Nn
            && tags.upos[i - 1] == Upos::Propn
            && (i < 2 || tags.upos[i - 2] != Upos::Det)
            && tags
                .lemmas
                .get(i)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && words.has(
                WordClass::PhrasalParticle,
                &tags.lemmas.get(i + 1).to_lowercase(),
            )
            && (matches!(
                tags.upos[i + 2],
                Upos::Det | Upos::Num | Upos::Adj | Upos::Propn
            ) || tags.xpos[i + 2] == Xpos::PrpS)
    })
}

/// A present tense that the tagger read as a plural noun, the token
/// [`Models::parse_retagged`] retags VBZ and parses again. Feed copy (live-blog entries,
/// briefing lines, headlines) states past acts in the simple present, and a verb whose
/// form is also a plural noun ("thanks", "protests", "backs", "attacks") is tagged a noun
/// after a name: "09:30 - Aksoy thanks Greece for its help" then has no verb, and
/// "Mexico protests Guatemala's decision" makes "protests" the subject of "decision". The
/// candidate is the first noun in "s" (plural, or a singular lemma in "s": "thanks") that
/// follows a name (adverbs between: "Seoul firmly protests") with no finite verb before
/// it in its clause (back to a comma or a "that"), that no finite verb takes as its
/// subject in the first parse ("Hong Kong protests turned violent"), and that a noun
/// phrase follows (a name, a determiner, a possessive
/// pronoun): "Thanks to Norway", "Farmers' protests block roads", "Poland's thanks to its
/// allies" have none.
fn present_tense_candidate(
    tags: &Tagged,
    (heads, rels): &(Vec<u32>, Vec<DepRel>),
) -> Option<usize> {
    let finite = |x: Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    let n = tags.upos.len();
    for i in 1..n.saturating_sub(1) {
        if tags.upos[i] != Upos::Noun || !matches!(tags.xpos[i], Xpos::Nns | Xpos::Nn) {
            continue;
        }
        let lemma = tags.lemmas.get(i);
        let in_s = tags.xpos[i] == Xpos::Nns || (lemma.ends_with('s') && !lemma.ends_with("ss"));
        if !in_s {
            continue;
        }
        // the subject's last word, past any adverbs ("Seoul firmly protests")
        let mut j = i - 1;
        while j > 0 && tags.upos[j] == Upos::Adv {
            j -= 1;
        }
        if tags.upos[j] != Upos::Propn {
            continue;
        }
        let next = i + 1;
        let opens_phrase =
            matches!(tags.upos[next], Upos::Propn | Upos::Det) || tags.xpos[next] == Xpos::PrpS;
        // the clause's own finite verb, back to its opening word ("that", tagged a
        // conjunction or a relative pronoun) or a comma:
        // "X told a briefing that Seoul protests Y" is a clause of its own
        let clause_verb = (0..i)
            .rev()
            .take_while(|&k| {
                !matches!(tags.upos[k], Upos::Sconj | Upos::Punct) && tags.xpos[k] != Xpos::Wdt
            })
            .any(|k| finite(tags.xpos[k]));
        // a finite verb's subject, or one with an auxiliary ("Hong Kong protests turned
        // violent", "have turned"); a bare participle is no predicate of its own
        let h = heads[i] as usize;
        let subject_of_verb = h > 0
            && matches!(rels[i], DepRel::Nsubj | DepRel::NsubjPass)
            && matches!(tags.upos[h - 1], Upos::Verb | Upos::Aux)
            && (finite(tags.xpos[h - 1])
                || heads.iter().zip(rels).any(|(&g, &r)| {
                    g as usize == h && matches!(r, DepRel::Aux | DepRel::AuxPass | DepRel::Cop)
                }));
        if opens_phrase && !clause_verb && !subject_of_verb {
            return Some(i);
        }
    }
    None
}

/// The shipped word classes, read once, for those the tagger's retagging keys on
/// (`mandative_governor`, see [`Models::mandate_verb_candidate`]; `name_particle`, see
/// [`is_particle_name`]): the models are the shipped ones, so their word classes are the
/// shipped table's.
fn shipped_words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        Words::parse("words.tsv", include_str!("../../assets/lexicon/words.tsv"))
            .expect("the shipped words.tsv parses")
    })
}

/// Whether `words[k]`, which the tagger called a proper noun, is a common noun: it is
/// written in lower case, and is no particle inside a name. In "Iran's foreign ministry
/// condemned X" the tagger reads "ministry" as a proper noun (NNP), so the phrase is
/// neither a name (no capital) nor a description of an actor, and the verb loses its
/// subject. A name's lower-case particles ("Tarcisio de Freitas", "Ursula von der
/// Leyen", "Mohammed bin Salman") stand in a run of lower-case words tagged as names
/// between two capitalised ones, and keep their tag. Only a run after a capitalised
/// word's possessive (and at most three lower-case modifiers) is read so. The shape alone
/// decides.
fn is_common_word_read_as_name(words: &[&str], k: usize, name_tag: impl Fn(usize) -> bool) -> bool {
    let lower = |i: usize| {
        words[i].chars().any(char::is_alphabetic)
            && words[i].chars().all(|c| c.is_lowercase() || c == '-')
    };
    let capitalised_name =
        |i: usize| name_tag(i) && words[i].chars().next().is_some_and(char::is_uppercase);
    if !lower(k) {
        return false;
    }
    let mut first = k;
    while first > 0 && name_tag(first - 1) && lower(first - 1) {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < words.len() && name_tag(last + 1) && lower(last + 1) {
        last += 1;
    }
    let particle = first > 0
        && last + 1 < words.len()
        && capitalised_name(first - 1)
        && capitalised_name(last + 1);
    // only after a name's possessive ("Iran's foreign ministry"): elsewhere a lower-case
    // word the tagger calls a name is as often one written in lower case (web text:
    // "google", "ebay"), and the English Web Treebank's tags fell with the broader rule
    // (past at most three lower-case modifiers: "Iran's [foreign] ministry")
    let mut start = first;
    while start > 0 && first - start < 3 && lower(start - 1) {
        start -= 1;
    }
    let possessed = start >= 2
        && matches!(words[start - 1], "'s" | "'" | "\u{2019}s" | "\u{2019}")
        && words[start - 2]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    possessed && !particle
}

/// Whether `word` is a name written with its particle ([`WordClass::NameParticle`]:
/// "al-Shabaab", "al-Assad", "el-Sissi"): the particle in lower case, a hyphen, a capital,
/// and no lower-case word joined after ("al-Qaeda-linked" is an adjective). The tagger
/// reads such a word as often as an adjective as a name, for its lower-case start and
/// hyphen ("well-known"), and more often at the end of a clause ("The UN condemned
/// al-Shabaab yesterday" tagged JJ, an `amod` of the adverb): the object is lost. A
/// particle with a capital after it is a name in every use. The shape alone decides.
fn is_particle_name(word: &str) -> bool {
    let Some((particle, rest)) = word.split_once('-') else {
        return false;
    };
    let words = shipped_words();
    rest.chars().next().is_some_and(char::is_uppercase)
        && words.has(WordClass::NameParticle, &format!("{particle}-"))
        && !rest
            .split('-')
            .skip(1)
            .any(|part| part.chars().next().is_some_and(char::is_lowercase))
}

/// Reusable buffers of the models.
#[derive(Debug, Default)]
struct Work {
    scratch: Scratch,
    infos: Vec<WordInfo>,
    ids: Vec<u8>,
    tag: TagScratch,
    tokens: Vec<ParseToken>,
    parse: ParseScratch,
    ner_tokens: Vec<NerToken>,
    ner: NerScratch,
}

thread_local! {
    /// The buffers of the calls on this thread, kept between calls so that annotating
    /// sentence after sentence allocates nothing but the results.
    static WORK: RefCell<Work> = RefCell::new(Work::default());
}

/// Runs `f` with this thread's buffers and the word facts of `words`.
fn with_work<R>(words: &[&str], f: impl FnOnce(&mut Work, &[WordInfo]) -> R) -> R {
    with_buffers(|work| {
        let mut infos = std::mem::take(&mut work.infos);
        word_infos(words, &mut work.scratch, &mut infos);
        let r = f(work, &infos);
        work.infos = infos;
        r
    })
}

/// Runs `f` with this thread's buffers.
fn with_buffers<R>(f: impl FnOnce(&mut Work) -> R) -> R {
    WORK.with(|w| match w.try_borrow_mut() {
        Ok(mut work) => f(&mut work),
        Err(_) => f(&mut Work::default()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lower_case_word_read_as_a_name_is_a_common_noun_unless_a_particle() {
        // (words, which the tagger called names, the word asked about, common noun?)
        let table: &[(&[&str], &[usize], usize, bool)] = &[
            (
                &["Iran", "'s", "foreign", "ministry", "said"],
                &[0, 3],
                3,
                true,
            ),
            (&["Russia", "'s", "ministries", "met"], &[0, 2], 2, true),
            // with no capitalised possessor in front: a name written in lower case, as web
            // text writes "google" (the English Web Treebank's tags fell when read so)
            (&["the", "ministries", "met"], &[1], 1, false),
            (&["I", "searched", "google", "daily"], &[2], 2, false),
            (&["Tarcisio", "de", "Freitas", "won"], &[0, 1, 2], 1, false),
            (
                &["Ursula", "von", "der", "Leyen", "won"],
                &[0, 1, 2, 3],
                2,
                false,
            ),
            (&["Mohammed", "bin", "Salman"], &[0, 1, 2], 1, false),
            // a particle with no name after it is a common word after a possessive
            (&["Iran", "'s", "bin", "said"], &[0, 2], 2, true),
            // capitals or no letters: never
            (&["Iran", "'s", "Ministry"], &[0, 2], 2, false),
            (&["the", "42", "said"], &[1], 1, false),
        ];
        for (words, names, k, common) in table {
            let name_tag = |i: usize| names.contains(&i);
            assert_eq!(
                is_common_word_read_as_name(words, *k, name_tag),
                *common,
                "{words:?} {k}"
            );
        }
    }

    #[test]
    fn a_name_written_with_its_particle_is_a_name() {
        // the shape alone
        let table: &[(&str, bool)] = &[
            ("al-Shabaab", true),
            ("el-Sissi", true),
            ("al-Assad", true),
            ("al-Nusra", true),
            // a lower-case word joined after: an adjective
            ("al-Qaeda-linked", false),
            ("al-Qaeda-Iraq", true),
            // no capital after the particle, no particle, no hyphen
            ("al-fresco", false),
            ("well-Known", false),
            ("Alcoa", false),
            ("al", false),
        ];
        for (word, name) in table {
            assert_eq!(is_particle_name(word), *name, "{word}");
        }
        // in a sentence where the tagger alone read the name as an adjective
        let models = Models::load_default().unwrap();
        for sentence in [
            "The UN condemned al-Shabaab yesterday .",
            "Sudan later condemned al-Shabaab .",
        ] {
            let words: Vec<&str> = sentence.split(' ').collect();
            let a = models.analyze(&words);
            let i = words.iter().position(|w| w.starts_with("al-")).unwrap();
            assert_eq!(
                (a.upos[i], a.deprels[i]),
                (Upos::Propn, DepRel::Obj),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_mandate_s_bare_verb_read_as_a_noun_is_a_verb() {
        let models = Models::load_default().unwrap();
        // (sentence, the word asked about, read as a verb with a subject?)
        let table: &[(&str, &str, bool)] = &[
            (
                "Ali Nur demanded that President Omar Bashir resign .",
                "resign",
                true,
            ),
            ("Ali Nur demanded that Omar Bashir resign .", "resign", true),
            (
                "The union insisted that Prime Minister Kadri Lepp step down .",
                "step",
                true,
            ),
            (
                "Rui Sousa demanded that Carlos Meno step aside .",
                "step",
                true,
            ),
            // a transitive mandate: the verb read as a noun modifying its object
            (
                "The party demanded that Prime Minister Lek Sorn dissolve parliament .",
                "dissolve",
                true,
            ),
            // a noun of demanding governs the clause
            (
                "The rebels renewed their demand that President Ali Doko resign .",
                "resign",
                true,
            ),
            // the verb after a plural subject: the compound noun before it stays a noun
            ("Mia Holt demanded that the budget cuts end .", "end", true),
            (
                "Mia Holt demanded that the budget cuts end .",
                "budget",
                false,
            ),
            // a clause with a verb of its own, a governor of no demand, no "that"
            (
                "Ali Nur insisted that the government report was false .",
                "report",
                false,
            ),
            (
                "Ali Nur said that the Omar Bashir government fell .",
                "government",
                false,
            ),
            (
                "Ali Nur knew that President Omar Bashir resign letters were fake .",
                "resign",
                false,
            ),
            (
                "The Omar Bashir resignation surprised Sudan .",
                "resignation",
                false,
            ),
        ];
        for (sentence, word, verb) in table {
            let words: Vec<&str> = sentence.split(' ').collect();
            let a = models.analyze(&words);
            let i = words.iter().position(|w| w == word).unwrap();
            let subject = a
                .heads
                .iter()
                .zip(&a.deprels)
                .any(|(&h, &r)| h as usize == i + 1 && r == DepRel::Nsubj);
            assert_eq!(a.upos[i] == Upos::Verb && subject, *verb, "{sentence}");
        }
    }

    #[test]
    fn a_bare_verb_after_a_modal_read_as_another_word_is_a_verb() {
        let models = Models::load_default().unwrap();
        // (sentence, the word asked about, read as a verb with the modal as auxiliary?)
        let table: &[(&str, &str, bool)] = &[
            (
                "The senator will back Ugandan opposition leader Bobi Wine .",
                "back",
                true,
            ),
            (
                "Starmer will phone German Chancellor Olaf Scholz on Monday .",
                "phone",
                true,
            ),
            ("The Greens would back the mayor 's budget .", "back", true),
            ("The union could sue Ryanair over the cuts .", "sue", true),
            (
                "The delay might damage investor confidence in Kenya .",
                "damage",
                true,
            ),
            // the modal's verb is there: the words between are its modifiers
            (
                "Sales should still top forecasts this year .",
                "still",
                false,
            ),
            ("Revenues should more than double by 2030 .", "more", false),
            ("The firm could no longer afford the rent .", "no", false),
            // no object or preposition after the word: an intransitive reading is not
            // told from an elliptical modal ("fans will too")
            ("We are sure the fans will too .", "too", false),
            // an inflected form is no bare verb
            ("Seeing him win prizes pleased Lisa Moor .", "prizes", false),
            // a word the tag dictionary never saw as a verb
            ("Can poverty in Chad end soon ?", "poverty", false),
            // a capitalised word after a modal is a name ("Will Smith")
            ("The film would Will Smith star in ?", "Smith", false),
        ];
        for (sentence, word, verb) in table {
            let words: Vec<&str> = sentence.split(' ').collect();
            let a = models.analyze(&words);
            let i = words.iter().position(|w| w == word).unwrap();
            let with_modal = a
                .heads
                .iter()
                .zip(&a.deprels)
                .zip(&a.xpos)
                .any(|((&h, &r), &x)| h as usize == i + 1 && r == DepRel::Aux && x == Xpos::Md);
            assert_eq!(a.upos[i] == Upos::Verb && with_modal, *verb, "{sentence}");
        }
    }

    #[test]
    fn a_present_tense_read_as_a_plural_noun_is_a_verb_after_a_name() {
        let models = Models::load_default().unwrap();
        // (sentence, the word asked about, read as a verb with a subject and an object?)
        let table: &[(&str, &str, bool)] = &[
            (
                "Estonian Prime Minister Kadri Lepp thanks Finland for its help .",
                "thanks",
                true,
            ),
            (
                "Mexico protests Guatemala 's decision to close the crossing .",
                "protests",
                true,
            ),
            (
                "Seoul firmly protests Tokyo 's claim , the ministry says .",
                "protests",
                true,
            ),
            (
                "Portugal backs Spain 's bid to host the summit .",
                "backs",
                true,
            ),
            // the noun in its noun use: no name before it, a verb taking it as subject,
            // no noun phrase after it, a finite verb before it
            (
                "Thanks to Norway 's funding , the clinic opened .",
                "Thanks",
                false,
            ),
            (
                "Farmers ' protests block roads into Madrid .",
                "protests",
                false,
            ),
            (
                "Poland 's thanks to its allies came in a statement .",
                "thanks",
                false,
            ),
            (
                "Hong Kong protests turned violent on Sunday .",
                "protests",
                false,
            ),
            (
                "Police said Kenya protests the court would rule .",
                "protests",
                false,
            ),
            // in a clause of its own, after "that"
            (
                "Kim told a briefing that Seoul strongly protests Japan 's claim .",
                "protests",
                true,
            ),
        ];
        for (sentence, word, verb) in table {
            let (a, i, read) = read_as_verb(&models, sentence, word);
            assert_eq!(read, *verb, "{sentence}");
            if *verb {
                assert_eq!(a.xpos[i], Xpos::Vbz, "{sentence}");
                assert!(!a.lemmas.get(i).ends_with('s'), "{sentence}: lemma");
            }
        }
    }

    #[test]
    fn a_phrasal_past_read_as_a_noun_is_a_verb_after_a_name() {
        let models = Models::load_default().unwrap();
        // (sentence, the word asked about, read as a verb with a subject and an object?)
        let table: &[(&str, &str, bool)] = &[
            (
                "Turkey shot down a Syrian helicopter near the border .",
                "shot",
                true,
            ),
            (
                "Syria shot down an Israeli fighter jet in 2018 .",
                "shot",
                true,
            ),
            (
                "Russia shot down two Ukrainian drones on Monday .",
                "shot",
                true,
            ),
            // a finite verb in the sentence, or a determiner before the name: the noun
            (
                "The Reuters shot down the street won a prize .",
                "shot",
                false,
            ),
            (
                "A Getty shot down the valley shows the river .",
                "shot",
                false,
            ),
        ];
        for (sentence, word, verb) in table {
            assert_eq!(read_as_verb(&models, sentence, word).2, *verb, "{sentence}");
        }
    }

    /// The analysis of `sentence` (words split at spaces), the position of `word` in it,
    /// and whether it is read as a verb with a subject and an object.
    fn read_as_verb(models: &Models, sentence: &str, word: &str) -> (Analysis, usize, bool) {
        let words: Vec<&str> = sentence.split(' ').collect();
        let a = models.analyze(&words);
        let i = words.iter().position(|w| *w == word).unwrap();
        let has = |rel: DepRel| {
            a.heads
                .iter()
                .zip(&a.deprels)
                .any(|(&h, &r)| h as usize == i + 1 && r == rel)
        };
        let read = a.upos[i] == Upos::Verb && has(DepRel::Nsubj) && has(DepRel::Obj);
        (a, i, read)
    }

    #[test]
    fn shipped_models_are_laid_out_on_cache_lines() {
        let (tagger, lemmatizer) = read_tagger("tagger", &Bytes::embedded(DEFAULT_TAGGER)).unwrap();
        let parser = Parser::read("parser", &Bytes::embedded(DEFAULT_PARSER)).unwrap();
        let ner = EntityRecognizer::read("ner", &Bytes::embedded(DEFAULT_NER)).unwrap();
        // on Linux the embedded models are copied to huge pages; elsewhere they may be
        // used where the program's data puts them, not necessarily on a cache line
        if cfg!(target_os = "linux") {
            assert!(tagger.on_lines(), "tagger");
            assert!(parser.on_lines(), "parser");
            assert!(ner.on_lines(), "entity recognizer");
        }
        // the shipped files are exactly what this build writes (the current version,
        // every table padded as the writer pads it)
        assert!(
            write_tagger(&tagger, &lemmatizer) == DEFAULT_TAGGER,
            "tagger file"
        );
        assert!(parser.write() == DEFAULT_PARSER, "parser file");
        assert!(ner.write() == DEFAULT_NER, "entity recognizer file");
        // a file read from disk is copied to a cache line too
        let (tagger, _) = read_tagger("tagger", &Bytes::from_vec(DEFAULT_TAGGER.to_vec())).unwrap();
        assert!(tagger.on_lines());
        let ner = EntityRecognizer::read("ner", &Bytes::from_vec(DEFAULT_NER.to_vec())).unwrap();
        assert!(ner.on_lines());
    }
}
