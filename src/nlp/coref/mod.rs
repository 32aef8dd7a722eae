//! Coreference within a document: the earlier mention, if any, that a mention refers
//! back to, chosen by a learned mention-ranking model.
//!
//! A [`Document`] is its [`Mention`]s in text order, each described by what the ranking
//! reads of it ([`describe`] builds one from a sentence's analysis): its form (pronoun,
//! name, definite description, ...), pronoun class, semantic type, number, grammatical
//! role, head word, and the quoted stretch it stands in with that stretch's speaker
//! ([`find_quotes`]). For a mention `a`, [`Model::antecedent`] scores every candidate
//! antecedent `c` of [`candidates`] (the earlier mentions within a window of sentences,
//! and for names and nouns any earlier mention with the same words) and a "new entity"
//! option, each as a sum of the weights of hashed features: distance in sentences and
//! mentions, agreement in number, gender and type, string and head match, the roles of
//! both, apposition, the quote's speaker, what the entity of `c` holds so far
//! ([`Clusters`]), and the choice of a plain rule (the nearest fitting actor, else the
//! subject of a sentence before: [`rule_antecedent`]). The highest score wins.
//!
//! The weights are an averaged perceptron trained on the coreference annotation of the GUM
//! treebank (`train` feature, module `train`) and shipped in `assets/models/coref.agm`, in the
//! model file format of the other models (its own kind, `CORF`, and a version of its
//! feature templates). [`score`] has the standard metrics (MUC, B-cubed, CEAF-e).
//!
//! ```
//! use actorgraph::nlp::coref::{Clusters, Model, candidates};
//! let model = Model::load_default().unwrap();
//! let doc = actorgraph::nlp::coref::Document::default();
//! let clusters = Clusters::new(doc.mentions.len());
//! assert!(doc.mentions.iter().enumerate().all(|(a, _)| {
//!     model.antecedent(&doc, a, &candidates(&doc, a), &clusters).is_none()
//! }));
//! ```

mod chunks;
mod describe;
mod features;
mod model;
mod quotes;
pub mod score;

#[cfg(feature = "train")]
pub mod gum;
#[cfg(feature = "train")]
pub mod train;

pub use chunks::noun_phrases;
pub use describe::{describe, pronoun_class};
pub use model::{Clusters, Model, candidates, rule_antecedent};
pub use quotes::{Quotes, find_quotes};

use super::{DepRel, EntityLabel, Upos};

/// One analysed sentence as coreference reads it. Every slice has one entry per token.
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'a> {
    /// Lower-case words.
    pub lower: &'a [String],
    /// Lower-case lemmas.
    pub lemmas: &'a [String],
    /// Part-of-speech tags.
    pub upos: &'a [Upos],
    /// Head of each token, `usize::MAX` for the root (meaningless without a tree).
    pub heads: &'a [usize],
    /// Relation of each token to its head.
    pub deprels: &'a [DepRel],
    /// The sentence was parsed: heads and relations hold.
    pub has_tree: bool,
    /// Named entities: tokens `[start, end)` and label.
    pub entities: &'a [(usize, usize, EntityLabel)],
}

impl Tokens<'_> {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.lower.len()
    }

    /// True for a sentence without tokens.
    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    /// The head of token `i`, when the sentence has a tree and `i` is not its root.
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = *self.heads.get(i)?;
        (self.has_tree && h < self.len()).then_some(h)
    }
}

/// How a mention is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// A pronoun: "he", "its", "we".
    Pronoun,
    /// A proper name: "John Kerry", "the United Nations".
    Name,
    /// A noun phrase with the definite article: "the minister".
    Definite,
    /// A noun phrase with a demonstrative: "this group".
    Demonstrative,
    /// A noun phrase with a possessor: "Egypt's leader", "his party".
    Possessed,
    /// A noun phrase with an indefinite article: "a spokesman".
    Indefinite,
    /// Any other noun phrase: "officials", "two ministers".
    Other,
}

/// The class of a pronoun: who it can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pronoun {
    /// "he", "him", "his".
    Masculine,
    /// "she", "her".
    Feminine,
    /// "it", "its".
    Neuter,
    /// "they", "their".
    Plural,
    /// "I", "me", "my": the speaker.
    FirstSingular,
    /// "we", "us", "our": the speaker and those they speak for.
    FirstPlural,
    /// "you", "your".
    Second,
    /// Any other pronoun: "this", "that", "who", "something".
    Other,
}

impl Pronoun {
    /// First person: refers to the speaker.
    pub fn is_first_person(self) -> bool {
        matches!(self, Pronoun::FirstSingular | Pronoun::FirstPlural)
    }
}

/// What kind of thing a mention names, as far as its words or the entity recognizer tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Semantic {
    /// A person.
    Person,
    /// An organization, company, party, armed group.
    Organization,
    /// A place or country.
    Place,
    /// Anything else named: a nationality, an event, a work.
    Other,
    /// Not known.
    Unknown,
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    /// One.
    Singular,
    /// More than one, or a collective pronoun.
    Plural,
    /// Not known.
    Unknown,
}

/// The grammatical role of a mention's head in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Subject (active or passive).
    Subject,
    /// Direct or indirect object.
    Object,
    /// Possessor: "Egypt's", "his".
    Possessor,
    /// Oblique or nominal modifier: "with Egypt", "of the party".
    Oblique,
    /// Anything else.
    Other,
    /// The sentence has no tree.
    Unknown,
}

/// What the head noun of a mention says of its referent, from the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadClass {
    /// A title or office: "minister", "president".
    Title,
    /// An agent noun for one person: "spokesman", "official".
    Agent,
    /// An agent noun for a body: "government", "officials", "troops".
    Collective,
    /// A noun that describes an organization: "group", "party", "company".
    Organization,
    /// A noun that describes a country: "country", "kingdom".
    Country,
    /// None of these.
    None,
}

/// One mention, as the ranking model reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of its sentence in the document.
    pub sentence: usize,
    /// First token (in the sentence).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Its head token.
    pub head: usize,
    /// How it is written.
    pub form: Form,
    /// The class of a pronoun.
    pub pronoun: Option<Pronoun>,
    /// What it names.
    pub semantic: Semantic,
    /// Its number.
    pub number: Number,
    /// The role of its head.
    pub role: Role,
    /// What its head noun says of it.
    pub head_class: HeadClass,
    /// The lower-case words of the mention.
    pub words: Vec<String>,
    /// The words without a leading article or demonstrative, joined by spaces: what an
    /// exact match compares.
    pub core: String,
    /// The lower-case head word.
    pub head_word: String,
    /// The lower-case lemma of the head.
    pub head_lemma: String,
    /// The token its head depends on, in a parsed sentence.
    pub governor: Option<usize>,
    /// The relation of its head to the governor (`dep` without a tree).
    pub rel: DepRel,
    /// Its head is the predicate of a copula: "X is *the leader*".
    pub predicate: bool,
    /// A comma stands right before it.
    pub comma_before: bool,
    /// No verb stands before it in its sentence.
    pub before_verb: bool,
}

/// The mentions of a document in text order (by sentence, then first token, the longer
/// first), and the quoted stretches they stand in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The mentions.
    pub mentions: Vec<Mention>,
    /// The quoted stretch each mention stands in, and each stretch's speaker.
    pub quotes: Quotes,
}

impl Document {
    /// A document of `mentions` (in text order) and their quotes.
    pub fn new(mentions: Vec<Mention>, quotes: Quotes) -> Document {
        debug_assert!(
            mentions
                .windows(2)
                .all(|w| (w[0].sentence, w[0].start) <= (w[1].sentence, w[1].start)),
            "mentions in text order"
        );
        Document { mentions, quotes }
    }

    /// Mention `m` is the first of its sentence.
    pub fn first_in_sentence(&self, m: usize) -> bool {
        m == 0 || self.mentions[m - 1].sentence != self.mentions[m].sentence
    }
}
