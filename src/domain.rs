//! The domain: what the pipeline reads and what it finds, shared by every stage.
//!
//! A [`Document`] goes in; the extractor turns it into [`Actor`]s and [`Statement`]s
//! (a [`DocumentGraph`]), each statement keeping the [`Evidence`] that states it as a
//! [`Span`] of the text. The graph module merges these; the exporters write them. Nothing
//! here depends on the graph, so the lexicon and the extractor never import it.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod dates;
mod names;
pub use dates::Dates;
pub use names::Names;

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
    /// Every type, in the order of their declaration.
    pub const ALL: [ActorType; 5] = [
        ActorType::Person,
        ActorType::Organization,
        ActorType::Country,
        ActorType::Group,
        ActorType::Location,
    ];

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

/// How pronouns and definite descriptions ("he", "the group") find the actor they refer
/// to. Both resolve a first-person pronoun inside a quotation to the quotation's speaker
/// and a described title ("the Home Secretary") to its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Coreference {
    /// The nearest actor of a fitting type before the reference in its sentence, else the
    /// subject of a sentence before it. The default: on news it draws fewer wrong edges
    /// than the model (README, "Coreference").
    #[default]
    Rule,
    /// The rule, overruled where the coreference model trained on GUM ranks another actor
    /// first by a wide margin (better on GUM's own genres, worse on news relations).
    Model,
}

/// The coarse relation class of an edge (see the ontology in DESIGN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// The CLI's `--relation` parses the kinds themselves (no mirror enum to keep in step).
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum RelationKind {
    /// Consultation: meet, hold talks with, visit, host, negotiate (CAMEO 04). Symmetric.
    Meets,
    /// Cooperation and aid: support, back, praise, fund, ally with (CAMEO 05-07).
    Backs,
    /// Conflict: criticize, reject, accuse, threaten, sanction, attack (CAMEO 10-20).
    Opposes,
    /// Membership or leadership: a person or unit belongs to or leads an organization or country.
    #[cfg_attr(
        feature = "cli",
        value(name = "affiliated_with", alias = "affiliated-with")
    )]
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

/// The trigger class of a relation: what kind of words it was read from, so that a user
/// can keep or drop a whole class (written `class` in every output format).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum TriggerClass {
    /// A trigger word or construction of the lexicon: an event verb or noun ("met",
    /// "talks", "sanctions"), a relational predicate ("at odds"), a characterization
    /// ("called X a terrorist state"), an affiliation's role or verb.
    #[default]
    Event,
    /// A speaker's evaluative judgement of an actor or of its words, plans or leadership,
    /// with no event word ("X said Y's plan was reckless"): the trigger is the judging
    /// word. Off by default (`--stance`).
    Stance,
}

impl TriggerClass {
    /// The snake-case name written in every format: `event` or `stance`.
    pub fn as_str(self) -> &'static str {
        match self {
            TriggerClass::Event => "event",
            TriggerClass::Stance => "stance",
        }
    }

    /// Parses the names written by [`TriggerClass::as_str`].
    pub fn parse(name: &str) -> Option<TriggerClass> {
        match name {
            "event" => Some(TriggerClass::Event),
            "stance" => Some(TriggerClass::Stance),
            _ => None,
        }
    }
}

impl fmt::Display for TriggerClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calendar day, written `YYYY-MM-DD` (years 0000 to 9999).
///
/// Four bytes, ordered by time, so that graphs of millions of dated statements keep their
/// counts per day compactly. Serialized as the `YYYY-MM-DD` string everywhere (JSON values
/// and map keys).
///
/// ```
/// use actorgraph::Date;
///
/// let day: Date = "2014-07-22".parse().unwrap();
/// assert_eq!(day.to_string(), "2014-07-22");
/// assert_eq!(Date::parse_iso("2014-07-22T09:30:00+02:00"), Some(day));
/// assert_eq!(Date::parse_iso("2013-02-29"), None); // not a real day
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(u32);

impl Date {
    /// The day `year-month-day`, when it exists in the (proleptic Gregorian) calendar.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year <= 9999 && (1..=days).contains(&day))
            .then_some(Date(year * 10_000 + month * 100 + day))
    }

    /// The year.
    pub fn year(self) -> u32 {
        self.0 / 10_000
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.0 / 100 % 100
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        self.0 % 100
    }

    /// An ISO 8601 date (`2014-07-22`) or date and time (`2014-07-22T09:30:00Z`,
    /// `2014-07-22 09:30`, `2014-07-22T09:30:00.123+02:00`): the date as written, in the
    /// time zone the text gives it in (a time is checked, then ignored: an article
    /// published at 23:30 in Cairo is of that day in Cairo). `None` for anything else or a
    /// day the calendar lacks.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let text = text.trim();
        let date = Date::parse_day(text.get(..10)?)?;
        let rest = &text[10..];
        if rest.is_empty() {
            return Some(date);
        }
        let time = rest.strip_prefix(['T', 't', ' '])?;
        valid_time(time).then_some(date)
    }

    /// Exactly `YYYY-MM-DD`.
    fn parse_day(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
        {
            return None;
        }
        let number = |r: std::ops::Range<usize>| text[r].parse::<u32>().ok();
        Date::new(number(0..4)?, number(5..7)?, number(8..10)?)
    }

    /// Days since 1970-01-01 (negative before), to tell consecutive days apart.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year()),
            i64::from(self.month()),
            i64::from(self.day()),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// `HH:MM`, optionally `:SS` and a fraction, then nothing, `Z` or `+HH:MM` / `-HH:MM`
/// (`+HHMM`, `+HH` too).
fn valid_time(time: &str) -> bool {
    let b = time.as_bytes();
    let two = |i: usize, max: u8| -> bool {
        b.len() >= i + 2
            && b[i].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && (b[i] - b'0') * 10 + (b[i + 1] - b'0') <= max
    };
    if !(two(0, 23) && b.get(2) == Some(&b':') && two(3, 59)) {
        return false;
    }
    let mut i = 5;
    if b.get(i) == Some(&b':') {
        if !two(i + 1, 60) {
            return false;
        }
        i += 3;
        if matches!(b.get(i), Some(b'.' | b',')) {
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return false;
            }
            i += 1 + digits;
        }
    }
    match &time[i..] {
        "" | "Z" | "z" => true,
        zone => {
            let z = zone.as_bytes();
            matches!(z[0], b'+' | b'-')
                && match z.len() {
                    3 => two_digits(&z[1..3]),
                    5 => two_digits(&z[1..3]) && two_digits(&z[3..5]),
                    6 => two_digits(&z[1..3]) && z[3] == b':' && two_digits(&z[4..6]),
                    _ => false,
                }
        }
    }
}

fn two_digits(b: &[u8]) -> bool {
    b.iter().all(u8::is_ascii_digit)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl FromStr for Date {
    type Err = String;

    /// Exactly `YYYY-MM-DD`, a day the calendar has.
    fn from_str(text: &str) -> Result<Date, String> {
        Date::parse_day(text).ok_or_else(|| format!("{text:?} is not a date (YYYY-MM-DD)"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
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
    /// The date of the document, when it has one; written to JSON only when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl Evidence {
    /// The order in which an edge keeps its sample of evidence (see
    /// [`Relation`](crate::Relation)): date (undated first), document id, sentence, then
    /// the rest, so that the sample does not depend on the order graphs are merged in.
    pub fn order(&self) -> (Option<Date>, &str, usize, usize, usize, &str) {
        (
            self.date,
            &self.document,
            self.sentence,
            self.start,
            self.end,
            &self.text,
        )
    }
}

/// One real-world actor as found in one document or in the whole corpus.
///
/// Kept small (a large feed's graph holds millions, most named once): the rare parts,
/// aliases, roles, votes by type and a label other than the id, cost a pointer each when
/// absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name, unique in the graph: "John Kerry".
    pub id: String,
    /// Display name, when it is not the id (see [`Actor::label`]); serialized only then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<Box<str>>,
    /// What kind of actor this is.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Every other surface form the text used for it: "Kerry", "John", "Secretary of State John Kerry".
    pub aliases: Names,
    /// How many times the text refers to it (names, short forms, pronouns).
    pub mentions: usize,
    /// Titles and roles the text gives it: "Secretary of State".
    pub roles: Names,
    /// Mentions per day, from the dates of the documents that mention it.
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    pub dates: Dates,
    /// Mentions under each type, kept only when documents disagree on the type: `kind` is
    /// the type with the most (see [`Actor::absorb`]). Empty when every mention has `kind`.
    #[serde(default, skip_serializing_if = "TypeVotes::is_empty")]
    pub types: TypeVotes,
}

/// [`Actor::types`]: mentions under each type, present only when documents disagree on an
/// actor's type (rare), so absent it is one null pointer. Reads as a `BTreeMap` (it
/// dereferences to one, empty when absent) and is written as one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
// Boxed on purpose: an absent map is 8 bytes in every actor, where a `BTreeMap` is 24.
#[allow(clippy::box_collection)]
pub struct TypeVotes(Option<Box<BTreeMap<ActorType, usize>>>);

/// The map an absent [`TypeVotes`] reads as.
static NO_VOTES: BTreeMap<ActorType, usize> = BTreeMap::new();

impl std::ops::Deref for TypeVotes {
    type Target = BTreeMap<ActorType, usize>;
    fn deref(&self) -> &BTreeMap<ActorType, usize> {
        self.0.as_deref().unwrap_or(&NO_VOTES)
    }
}

impl From<BTreeMap<ActorType, usize>> for TypeVotes {
    fn from(votes: BTreeMap<ActorType, usize>) -> TypeVotes {
        TypeVotes((!votes.is_empty()).then(|| Box::new(votes)))
    }
}

impl FromIterator<(ActorType, usize)> for TypeVotes {
    fn from_iter<I: IntoIterator<Item = (ActorType, usize)>>(votes: I) -> TypeVotes {
        votes.into_iter().collect::<BTreeMap<_, _>>().into()
    }
}

impl Serialize for TypeVotes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TypeVotes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TypeVotes, D::Error> {
        Ok(BTreeMap::deserialize(deserializer)?.into())
    }
}

impl TypeVotes {
    /// True when every mention has the actor's `kind`.
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }
}

impl Actor {
    /// A new actor with no aliases, roles or mentions yet.
    pub fn new(id: impl Into<String>, kind: ActorType) -> Actor {
        let mut id = id.into();
        id.shrink_to_fit();
        Actor {
            id,
            label: None,
            kind,
            aliases: Names::new(),
            mentions: 0,
            roles: Names::new(),
            dates: Dates::new(),
            types: TypeVotes::default(),
        }
    }

    /// Display name: the canonical name unless a graph file gave another.
    pub fn label(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.id)
    }

    /// Sets the display name (kept only when it differs from the id).
    pub fn set_label(&mut self, label: impl Into<String>) {
        let label = label.into();
        self.label = (label != self.id).then(|| label.into_boxed_str());
    }

    /// Mentions under each type: [`types`](Actor::types), or all of them under `kind`.
    pub fn type_votes(&self) -> BTreeMap<ActorType, usize> {
        if self.types.is_empty() {
            BTreeMap::from([(self.kind, self.mentions)])
        } else {
            (*self.types).clone()
        }
    }

    /// Adds what `other` (the same actor seen elsewhere) knows to `self`.
    ///
    /// Every rule is commutative and associative, so actors merge to the same actor in any
    /// order: aliases and roles are unions, mentions and dates add up, and when documents
    /// disagree on the type, the type with the most mentions wins (on a tie, the first in
    /// [`ActorType`] order), its count per type kept in [`types`](Actor::types); of two
    /// labels, the smaller.
    pub fn absorb(&mut self, other: &Actor) {
        if other.kind != self.kind || !self.types.is_empty() || !other.types.is_empty() {
            let mut votes = self.type_votes();
            for (kind, n) in other.type_votes() {
                *votes.entry(kind).or_default() += n;
            }
            self.kind = votes
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(&kind, _)| kind)
                .unwrap_or(self.kind);
            self.types = if votes.len() > 1 {
                votes.into()
            } else {
                TypeVotes::default()
            };
        }
        if other.label() < self.label() {
            self.set_label(other.label());
        }
        self.dates.absorb(&other.dates);
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
    /// The trigger class: an event word, or a judgement (`stance`).
    #[serde(default)]
    pub class: TriggerClass,
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
    /// Publication date, when known: a feed's date field, or the date the article states
    /// in its first lines (see [`article_date`](crate::article_date)); written to JSON
    /// only when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where the article was published, from a feed's URL field; written only when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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
    /// Where it was read from: the file (`-` for stdin), or `FILE:LINE` for a record of a
    /// JSON Lines or CSV feed.
    pub path: String,
    /// The article text.
    pub text: String,
    /// Publication date, when known: a feed's date field, or read by ingest from the
    /// article's first lines (see [`article_date`](crate::article_date)).
    pub date: Option<Date>,
    /// Where the article was published, from a feed's URL field.
    pub url: Option<String>,
}

impl Document {
    /// What the graph lists of the document: id, path, date and URL.
    pub fn info(&self) -> DocumentInfo {
        DocumentInfo {
            id: self.id.clone(),
            path: self.path.clone(),
            date: self.date,
            url: self.url.clone(),
        }
    }

    /// A document from a string (for library use and tests); its date is read from its
    /// first lines as ingest reads it from a file's.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let id = id.into();
        let text = text.into();
        Document {
            path: id.clone(),
            date: crate::ingest::article_date(&text),
            url: None,
            id,
            text,
        }
    }
}
