//! The domain: what the pipeline reads and what it finds, shared by every stage.
//!
//! A [`Document`] goes in; the extractor turns it into [`Actor`]s and [`Statement`]s
//! (a [`DocumentGraph`]), each statement keeping the [`Evidence`] that states it as a
//! [`Span`] of the text. The graph module merges these; the exporters write them. Nothing
//! here depends on the graph, so the lexicon and the extractor never import it.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// What kind of actor a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorType {
    /// A named person: "John Kerry".
    Person,
    /// An agency, party, company, armed group or international body: "Hamas", "United Nations".
    Organization,
    /// A state, or its government by metonymy: "Egypt", "Washington".
    Country,
    /// A people or other collective without an organization: "Palestinians".
    Group,
    /// A place that is not acting as an actor: "Gaza", "Cairo" (as a place).
    Location,
}

impl ActorType {
    /// The lower-case name used in JSON and DOT.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::Person => "person",
            ActorType::Organization => "organization",
            ActorType::Country => "country",
            ActorType::Group => "group",
            ActorType::Location => "location",
        }
    }
}

impl fmt::Display for ActorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The coarse relation class of an edge (see the ontology in DESIGN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Consultation: meet, hold talks with, visit, host, negotiate (CAMEO 04). Symmetric.
    Meets,
    /// Cooperation and aid: support, back, praise, fund, ally with (CAMEO 05-07).
    Backs,
    /// Conflict: criticize, reject, accuse, threaten, sanction, attack (CAMEO 10-20).
    Opposes,
    /// Membership or leadership: a person or unit belongs to or leads an organization or country.
    AffiliatedWith,
}

impl RelationKind {
    /// The snake-case name used in JSON and DOT.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Meets => "meets",
            RelationKind::Backs => "backs",
            RelationKind::Opposes => "opposes",
            RelationKind::AffiliatedWith => "affiliated_with",
        }
    }

    /// Parses the names written by [`RelationKind::as_str`].
    pub fn parse(name: &str) -> Option<RelationKind> {
        match name {
            "meets" => Some(RelationKind::Meets),
            "backs" => Some(RelationKind::Backs),
            "opposes" => Some(RelationKind::Opposes),
            "affiliated_with" => Some(RelationKind::AffiliatedWith),
            _ => None,
        }
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a statement was read: the sentence that states it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Id of the document (its file stem, or `stdin`).
    pub document: String,
    /// Index of the sentence in the document, from 0.
    pub sentence: usize,
    /// Byte offset of the sentence start in the document text.
    pub start: usize,
    /// Byte offset of the sentence end (exclusive).
    pub end: usize,
    /// The sentence text, `document_text[start..end]`.
    pub text: String,
}

/// One real-world actor as found in one document or in the whole corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name, unique in the graph: "John Kerry".
    pub id: String,
    /// Display name (the canonical name).
    pub label: String,
    /// What kind of actor this is.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Every other surface form the text used for it: "Kerry", "John", "Secretary of State John Kerry".
    pub aliases: BTreeSet<String>,
    /// How many times the text refers to it (names, short forms, pronouns).
    pub mentions: usize,
    /// Titles and roles the text gives it: "Secretary of State".
    pub roles: BTreeSet<String>,
}

impl Actor {
    /// A new actor with no aliases, roles or mentions yet.
    pub fn new(id: impl Into<String>, kind: ActorType) -> Actor {
        let id = id.into();
        Actor {
            label: id.clone(),
            id,
            kind,
            aliases: BTreeSet::new(),
            mentions: 0,
            roles: BTreeSet::new(),
        }
    }

    /// Adds what `other` (the same actor seen elsewhere) knows to `self`.
    pub fn absorb(&mut self, other: &Actor) {
        for alias in &other.aliases {
            if *alias != self.id {
                self.aliases.insert(alias.clone());
            }
        }
        if other.id != self.id {
            self.aliases.insert(other.id.clone());
        }
        self.roles.extend(other.roles.iter().cloned());
        self.mentions += other.mentions;
    }
}

/// One statement of a relation in one sentence, before merging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Canonical id of the agent.
    pub source: String,
    /// Canonical id of the other party.
    pub target: String,
    /// The coarse class.
    pub relation: RelationKind,
    /// True when the text states the relation of both sides at once ("Qatar and Egypt are at odds").
    pub symmetric: bool,
    /// The words that state it: "held talks", "at odds", "rejected".
    pub trigger: String,
    /// Byte span of the trigger in the document.
    pub trigger_span: Span,
    /// CAMEO event code of the trigger, when it has one: "040".
    pub cameo: Option<String>,
    /// Goldstein conflict/cooperation score of the CAMEO code.
    pub goldstein: Option<f32>,
    /// A hedge or an intensity modifier weakens the statement ("far less sympathetic").
    pub weak: bool,
    /// An affiliation that has ended: "X has quit the party".
    pub former: bool,
    /// The sentence that states it.
    pub evidence: Evidence,
}

/// `source -relation-> target [trigger]`, with `/sym` and `/weak` after the relation when
/// they hold: "Iran -opposes/sym-> Saudi Arabia [at odds]".
impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} -{}{}{}-> {} [{}]",
            self.source,
            self.relation,
            if self.symmetric { "/sym" } else { "" },
            if self.weak { "/weak" } else { "" },
            self.target,
            self.trigger
        )
    }
}

/// A document that was read, as listed in the graph metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Document id (file stem or `stdin`).
    pub id: String,
    /// Path it was read from (`-` for stdin).
    pub path: String,
    /// Publication date, `YYYY-MM-DD`, when the article states one (see
    /// [`article_date`](crate::article_date)); written to JSON only when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// What one document yields: its actors and its statements, not yet merged.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentGraph {
    /// The document this came from.
    pub document: Option<DocumentInfo>,
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Statements in order of their sentence.
    pub statements: Vec<Statement>,
}

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Short unique id: the file stem (`gaza-ceasefire-cairo`), or `stdin`.
    pub id: String,
    /// Where it was read from (`-` for stdin).
    pub path: String,
    /// The article text.
    pub text: String,
    /// Publication date, `YYYY-MM-DD`, when known: read by ingest from the article's first
    /// lines (see [`article_date`](crate::article_date)).
    pub date: Option<String>,
}

impl Document {
    /// A document from a string (for library use and tests); its date is read from its
    /// first lines as ingest reads it from a file's.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let id = id.into();
        let text = text.into();
        Document {
            path: id.clone(),
            date: crate::ingest::article_date(&text),
            id,
            text,
        }
    }
}
