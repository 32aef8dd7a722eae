//! Document-level actors: one entity per real-world actor, whatever the surface form.
//!
//! Names resolve in text order: a gazetteer name to its canonical actor; a person's
//! surname or first name to the one person of the document who carries it; an acronym to
//! the organization whose initials it spells. Pronouns and descriptions resolve afterwards
//! (see [`resolve_references`]), to the actor the coreference model ranks first, or to
//! nothing.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

mod cues;
pub(crate) mod governments;
mod references;

pub(crate) use cues::{count_cues, cue};
pub(crate) use governments::{
    government_name, resolve_governments, resolve_leader_governments, resolve_ministries,
    resolve_offices,
};
pub(crate) use references::{Spoken, resolve_references, speak_for};
#[cfg(test)]
pub(crate) use references::{Strategy, resolve_with};

use super::mentions::{Mention, MentionKind, acronym_like, spells};
use crate::domain::ActorType;
use crate::lexicon::{WordClass, Words};

/// One actor of the document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entity {
    pub canonical: String,
    pub kind: ActorType,
    pub aliases: BTreeSet<String>,
    pub roles: BTreeSet<String>,
    /// Lower-case roles without "former", for resolving "the Home Secretary".
    pub role_keys: BTreeSet<String>,
    /// Roles a description in apposition gave the person ("Ann Cole, the chairwoman of
    /// the union"), lower case, with the actor that qualifies each (the union), for
    /// resolving a later description of the same office ("the chair").
    pub apposed_roles: Vec<(String, Option<usize>)>,
    pub mentions: usize,
    /// Gazetteer code (CAMEO actor code), when known.
    pub code: Option<String>,
    /// A person's name words, lower case, without particles ("el-sissi" also as "sissi").
    pub name_words: Vec<String>,
    /// Where it is first mentioned: (sentence, token).
    pub first: (usize, usize),
    /// The type is certain: it came from the gazetteer, a title or an honorific.
    pub firm: bool,
    /// Mentions typed by the recognizer alone, per type (person, organization, country,
    /// group, location): the type of an entity that is not firm is their majority.
    pub votes: [usize; 5],
    /// What the article's words around its names say of its type, per type (see
    /// [`cues`]): when there is any, the most cued type beats the recognizer's votes.
    pub cues: [usize; 5],
    /// Cues that an organization stands by this name as a noun phrase of its own ("Arm's
    /// chief executive", "shares in Shell", "carmaker Fiat", "Shell, the oil company,"),
    /// not as a modifier ("European operations"), and not as the tail of a longer name
    /// ("Club for Growth, the anti-tax group,"): a common word so cued is a company's name
    /// (`cued_common_word`, [`crate::extract`]'s `drop_common_words`).
    pub company_cues: usize,
    /// The name to show when it is not the canonical one: a bare group's ("police" for
    /// "police #1a2b3c4d", see [`resolve_bare_groups`]).
    pub label: Option<String>,
    /// A state that a ministry's name stood for ("Chile's Foreign Ministry",
    /// [`Mention::ministry`]): "the ministry" later may refer to it.
    pub ministry: bool,
}

fn type_index(kind: ActorType) -> usize {
    match kind {
        ActorType::Person => 0,
        ActorType::Organization => 1,
        ActorType::Country => 2,
        ActorType::Group => 3,
        ActorType::Location => 4,
    }
}

impl Entity {
    /// The country its gazetteer code places it in: the code's first three letters
    /// (CAMEO actor codes open with the country: "GBRGOV" is the United Kingdom's
    /// government, "GBR" the country itself).
    pub(crate) fn country_code(&self) -> Option<&str> {
        self.code.as_deref()?.get(..3)
    }

    /// The type the mentions support best: the firm one, else the most cued, else the
    /// most voted (the first one on a tie).
    pub(crate) fn settled_kind(&self) -> ActorType {
        if self.firm {
            return self.kind;
        }
        let votes = if self.cues.iter().any(|&n| n > 0) {
            &self.cues
        } else {
            &self.votes
        };
        let current = type_index(self.kind);
        let best = (0..5).fold(current, |b, k| if votes[k] > votes[b] { k } else { b });
        ActorType::ALL[best]
    }
}

/// The one person of a dictionary with a surname: canonical name and code.
pub(crate) type SurnameLookup<'a> = &'a dyn Fn(&str) -> Option<(String, String)>;

/// Whether the dictionary lists a word as something other than a person (a place, a
/// country, an organization).
pub(crate) type ListedOtherwise<'a> = &'a dyn Fn(&str) -> bool;

/// Where each mention of the document points.
pub(crate) struct Registry<'a> {
    pub entities: Vec<Entity>,
    by_canonical: HashMap<String, usize>,
    dictionary: SurnameLookup<'a>,
    /// The word classes names and references are read with.
    words: &'a Words,
    /// The surnames (lower case, without particle) of the people the document names in
    /// full, anywhere in it: a bare surname met before them is theirs, not the
    /// dictionary's ([`Registry::expect_full_names`]).
    named_in_full: Vec<String>,
    /// Words the dictionary knows as no person ([`Registry::with_listed_otherwise`]).
    listed_otherwise: ListedOtherwise<'a>,
    /// Short forms the text defined in brackets after an organization's name, whether or
    /// not they spell it ([`Registry::define_short_form`]).
    short_forms: HashMap<String, usize>,
    /// Organizations' names without the state's name written in front of them ("Securities
    /// and Exchange Commission" for "the US Securities and Exchange Commission"), and the
    /// actor each names ([`Registry::state_prefixed`]).
    state_bare: HashMap<String, usize>,
}

impl std::fmt::Debug for Registry<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("entities", &self.entities)
            .finish()
    }
}

/// The name words of a person, lower case, each also without a particle it is written
/// with ([`WordClass::NameParticle`]): "Abdel-Fattah el-Sissi" -> "abdel-fattah",
/// "sissi", "el-sissi".
fn name_words(words: &Words, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in name.split_whitespace() {
        let lw = crate::text::normalize(w).to_lowercase();
        for p in words.members(WordClass::NameParticle) {
            if let Some(rest) = lw.strip_prefix(p)
                && !rest.is_empty()
            {
                out.push(rest.to_string());
            }
        }
        out.push(lw);
    }
    out
}

/// A name word, lower case, without a particle: "al-Maliki" -> "maliki".
fn bare(words: &Words, word: &str) -> String {
    let lw = crate::text::normalize(word).to_lowercase();
    for p in words.members(WordClass::NameParticle) {
        if let Some(rest) = lw.strip_prefix(p)
            && !rest.is_empty()
        {
            return rest.to_string();
        }
    }
    lw
}

/// Letters an abbreviated word keeps at least: "Lib", "Dem".
const MIN_ABBREVIATION: usize = 3;

/// Does `short` abbreviate `long` word by word? Each word of `short` (without a plural
/// ending, [`WordClass::PluralEnding`]) starts the corresponding word of `long`, at least
/// three letters long; one word at least must differ. "Lib Dems" / "Liberal Democrats",
/// "Liberal Democrat" / "Liberal Democrats".
fn abbreviates(words: &Words, short: &str, long: &str) -> bool {
    // names of different lengths first, told without lower-casing their words: most of
    // the registry's names, against each of which a name is tried
    if short.split_whitespace().count() != long.split_whitespace().count() {
        return false;
    }
    let s: Vec<String> = short.split_whitespace().map(str::to_lowercase).collect();
    let l: Vec<String> = long.split_whitespace().map(str::to_lowercase).collect();
    if s.len() != l.len() || s == l {
        return false;
    }
    s.iter().zip(&l).all(|(a, b)| {
        let a = words
            .members(WordClass::PluralEnding)
            .find_map(|ending| a.strip_suffix(ending))
            .filter(|x| x.len() >= MIN_ABBREVIATION)
            .unwrap_or(a);
        a.len() >= MIN_ABBREVIATION && b.starts_with(a)
    })
}

/// Initials of a multiword name: "Syrian Democratic Forces" -> "SDF" (function words skipped).
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

impl<'a> Registry<'a> {
    /// An empty registry that completes lone surnames from `dictionary` and reads names
    /// with the word classes `words`.
    pub(crate) fn new(dictionary: SurnameLookup<'a>, words: &'a Words) -> Registry<'a> {
        Registry {
            entities: Vec::new(),
            by_canonical: HashMap::default(),
            dictionary,
            words,
            named_in_full: Vec::new(),
            listed_otherwise: &|_| false,
            short_forms: HashMap::default(),
            state_bare: HashMap::default(),
        }
    }

    /// `bracket_short_form`: "the National Liberation Army (ELN)", "the National Salvation
    /// Front (NAS)": an acronym in brackets right after an organization's name is the short
    /// form the article will use for it, whether or not it spells the name (a translated
    /// name keeps the acronym of its own language: Ejercito de Liberacion Nacional), as
    /// [`Self::acronym_of`] requires. Only a name no actor holds yet, and only for an
    /// organization or a group (a bracket after a person or a place gives a party, a
    /// country: "Ann Lee (SNP)", "Paris (AFP)"); an acronym the dictionary knows
    /// (`code`) only when it gives it the name's own code (the Phoenix dictionaries list
    /// "ELN" and "National Liberation Army" apart, under one code). Returns the actor it
    /// now names.
    pub(crate) fn define_short_form(
        &mut self,
        acronym: &str,
        code: Option<&str>,
        id: usize,
    ) -> Option<usize> {
        let kind = self.entities[id].kind;
        if !matches!(kind, ActorType::Organization | ActorType::Group)
            || code.is_some_and(|c| self.entities[id].code.as_deref() != Some(c))
            || self.get(acronym).is_some()
            || self.short_forms.contains_key(acronym)
        {
            return None;
        }
        self.short_forms.insert(acronym.to_string(), id);
        self.entities[id].aliases.insert(acronym.to_string());
        Some(id)
    }

    /// `bracket_met_first`: "GM, Ford cut output" in a headline, then "General Motors (GM)":
    /// the acronym met first, alone, which the recognizer may have typed a place, is the
    /// short form the bracket gives the name now read (`name`, or the dictionary's
    /// `canonical` for it), when the name spells it. The actor takes the full name (and the
    /// dictionary's code) before the name is resolved, so that both are one actor. Never
    /// a person's or a country's acronym, nor one the dictionary knows (`code`).
    pub(crate) fn adopt_bracketed_acronym(
        &mut self,
        acronym: &str,
        name: &str,
        listed: Option<(&str, &str)>,
    ) {
        let canonical = listed.map_or(name, |(c, _)| c);
        let Some(id) = self.get(acronym) else {
            return;
        };
        let e = &self.entities[id];
        if matches!(e.kind, ActorType::Person | ActorType::Country)
            || e.code.is_some()
            || self.get(canonical).is_some()
            || !(initials(name) == acronym || spells(acronym, name.split(' ')))
        {
            return;
        }
        self.rename(id, canonical);
        if let Some((_, code)) = listed {
            self.entities[id].code = Some(code.to_string());
        }
    }

    /// The registry reading a name word the dictionary lists as a place, a country or an
    /// organization (`listed`) as no given name or surname of a person whose full name the
    /// recognizer typed otherwise ([`Registry::typed_otherwise`]).
    pub(crate) fn with_listed_otherwise(mut self, listed: ListedOtherwise<'a>) -> Registry<'a> {
        self.listed_otherwise = listed;
        self
    }

    /// Tells the registry the people's names of the whole document (`names`: the names as
    /// written), before any is resolved: a headline's bare "Howard" then waits for the
    /// article's "Michael Howard" instead of becoming the dictionary's one Howard.
    pub(crate) fn expect_full_names<'n>(&mut self, names: impl IntoIterator<Item = &'n str>) {
        for name in names {
            let own: Vec<&str> = name.split_whitespace().collect();
            if own.len() > 1 && !self.is_peer(name) {
                self.named_in_full
                    .push(bare(self.words, own[own.len() - 1]));
            }
        }
    }

    pub(crate) fn get(&self, canonical: &str) -> Option<usize> {
        self.by_canonical.get(canonical).copied()
    }

    pub(crate) fn create(
        &mut self,
        canonical: String,
        kind: ActorType,
        code: Option<String>,
        at: (usize, usize),
    ) -> usize {
        let id = self.entities.len();
        self.by_canonical.insert(canonical.clone(), id);
        self.entities.push(Entity {
            name_words: if kind == ActorType::Person {
                name_words(self.words, &canonical)
            } else {
                Vec::new()
            },
            canonical,
            kind,
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            role_keys: BTreeSet::new(),
            apposed_roles: Vec::new(),
            mentions: 0,
            code,
            first: at,
            firm: false,
            votes: [0; 5],
            cues: [0; 5],
            company_cues: 0,
            label: None,
            ministry: false,
        });
        id
    }

    /// Resolves a name, demonym or capital mention to an entity, creating it when new.
    /// Returns `None` for a tentative name that matches no actor met before.
    pub(crate) fn resolve_name(&mut self, m: &Mention, at: (usize, usize)) -> Option<usize> {
        debug_assert!(!matches!(
            m.kind,
            MentionKind::Pronoun | MentionKind::Description
        ));
        let id = if let Some(&id) = self.short_forms.get(&m.name) {
            // a short form the text defined, which the dictionary may list apart
            id
        } else if let Some((canonical, code)) = &m.canonical {
            if m.actor_type == ActorType::Person {
                // a person of the dictionary keeps the name the text gives
                self.resolve_person(m, at, Some(code.clone()))?
            } else {
                self.resolve_listed(m, canonical, code, at)
            }
        } else if m.actor_type == ActorType::Person {
            self.resolve_person(m, at, None)?
        } else if let Some(id) = self.known_person(&m.name) {
            // "Nadal" after "Rafael Nadal": a surname the recognizer typed otherwise
            id
        } else if let Some(id) = self.get(&m.name) {
            id
        } else if let Some(id) = self.state_prefixed(m) {
            // "the Securities and Exchange Commission" and "the US Securities and Exchange
            // Commission": one body, with and without its state's name
            id
        } else if let Some(id) = self.same_letters(&m.name) {
            // "Worldcom" after "WorldCom", a headline's "DALLAS" after "Dallas"
            id
        } else if let Some(id) = self.acronym_of(&m.name) {
            id
        } else if let Some(id) = self.acronym_with_head(&m.name) {
            // "PCS Union" after "the Public and Commercial Services Union"
            id
        } else if let Some(id) = self.abbreviated(&m.name, m.actor_type) {
            id
        } else if let Some(id) = self.short_form(&m.name) {
            id
        } else if let Some(id) = self.first_word_of(m) {
            // "Lockheed" after "Lockheed Martin"
            id
        } else if let Some(id) = self.titled_surname_of(&m.name) {
            // "Ms Sturgeon" met first, now "Nicola Sturgeon" typed an organization
            self.rename_person(id, &m.name);
            id
        } else if m.tentative {
            return None;
        } else if let Some(id) = self
            .long_form(&m.name, m.actor_type)
            .or_else(|| self.expansion_of(&m.name, m.actor_type))
        {
            // "the Lords" met first, "House of Lords" now: the full name is canonical
            self.rename(id, &m.name);
            id
        } else if let Some(id) = self.company_short_of(&m.name, m.actor_type) {
            // "Multiplex" met first, "Multiplex Group" now: the company's full name is
            // canonical, and its form word settles the type the lone word was given
            self.rename(id, &m.name);
            let e = &mut self.entities[id];
            let cast: usize = e.votes.iter().sum();
            e.votes = [0; 5];
            e.votes[type_index(ActorType::Organization)] = cast;
            e.kind = ActorType::Organization;
            id
        } else {
            self.create(m.name.clone(), m.actor_type, None, at)
        };
        let e = &mut self.entities[id];
        e.mentions += 1;
        // "Blair" typed an organization by the recognizer, then "Mr Blair": the honorific
        // settles it
        let firm = m.canonical.is_some() || m.title.is_some() || m.honorific.is_some() || m.marked;
        // "Lockheed" typed a person by the recognizer, joined to "Lockheed Martin": the lone
        // word's type is the recognizer's guess at a word it does not know, no vote
        let first_word = !firm
            && e.kind != ActorType::Person
            && e.canonical.split_whitespace().next() == Some(m.name.as_str())
            && e.canonical.contains(' ');
        if firm && !e.firm {
            e.kind = m.actor_type;
            e.firm = true;
        } else if !firm && !first_word {
            e.votes[type_index(m.actor_type)] += 1;
        }
        if m.name != e.canonical {
            e.aliases.insert(m.name.clone());
        }
        if let Some(bare) = &m.state_bare
            && *bare != e.canonical
        {
            e.aliases.insert(bare.clone());
        }
        if let Some(full) = &m.full
            && *full != e.canonical
        {
            e.aliases.insert(full.clone());
        }
        if let Some(bare) = &m.state_bare {
            self.state_bare.entry(bare.clone()).or_insert(id);
        }
        Some(id)
    }

    /// Resolves a gazetteer name (not a person's) with its canonical name and code: the
    /// actor met before under that name, or met under a shorter form that becomes this one
    /// ("Lib Dems" met first, "Liberal Democrats" now; "the Lords", then "House of
    /// Lords"), or a new actor.
    fn resolve_listed(
        &mut self,
        m: &Mention,
        canonical: &str,
        code: &str,
        at: (usize, usize),
    ) -> usize {
        if let Some(id) = self.get(canonical) {
            return id;
        }
        let shorter = self
            .abbreviated(&m.name, m.actor_type)
            .or_else(|| self.long_form(canonical, m.actor_type))
            .or_else(|| self.expansion_of(canonical, m.actor_type));
        match shorter {
            Some(id) => {
                self.rename(id, canonical);
                self.entities[id]
                    .code
                    .get_or_insert_with(|| code.to_string());
                id
            }
            None => self.create(
                canonical.to_string(),
                m.actor_type,
                Some(code.to_string()),
                at,
            ),
        }
    }

    /// The one person met before whose surname is the single word `name`, or whose full
    /// name ends with the words of `name` ("Le Pen" after "Marine Le Pen", typed otherwise
    /// by the recognizer).
    fn known_person(&self, name: &str) -> Option<usize> {
        if self.get(name).is_some() {
            return None;
        }
        if name.contains(' ') {
            let own: Vec<&str> = name.split_whitespace().collect();
            return self.person_ending_with(&own);
        }
        let w = bare(self.words, name);
        let hits: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == ActorType::Person && e.canonical.contains(' '))
            .filter(|(_, e)| {
                e.canonical.rsplit(' ').next().map(|x| bare(self.words, x)) == Some(w.clone())
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// An organization or group whose name `name` abbreviates word by word, or that
    /// abbreviates `name`: "Lib Dems" and "Liberal Democrats", "Liberal Democrat".
    /// Never a country: the gazetteer lists every country's short forms as its aliases,
    /// and one country's name may start another's ("Niger", "Nigeria").
    fn abbreviated(&self, name: &str, kind: ActorType) -> Option<usize> {
        if matches!(
            kind,
            ActorType::Person | ActorType::Location | ActorType::Country
        ) {
            return None;
        }
        let hits: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == kind || (e.kind != ActorType::Person && e.kind != ActorType::Country)
            })
            .filter(|(_, e)| {
                abbreviates(self.words, name, &e.canonical)
                    || abbreviates(self.words, &e.canonical, name)
                    || e.aliases.iter().any(|a| abbreviates(self.words, name, a))
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// The one multiword organization whose last word is the single word `name`
    /// ("Lords" for "House of Lords").
    fn short_form(&self, name: &str) -> Option<usize> {
        if name.contains(' ') || !name.starts_with(char::is_uppercase) || self.is_generic_head(name)
        {
            return None;
        }
        let hits: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ActorType::Organization | ActorType::Group))
            .filter(|(_, e)| {
                e.canonical.contains(' ') && e.canonical.rsplit(' ').next() == Some(name)
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// Could the single word `word`, written with no title, honorific or dictionary entry,
    /// be a company written by the first word of its name ("Lockheed" for "Lockheed
    /// Martin")? Not an organization word or a generic head ("Commons", "Group"), not a word
    /// the dictionary lists as a place, a country, an organization or a person's surname,
    /// and not the given name of a person of the article ("Michael" of Michael Howard).
    fn may_be_company_word(&self, word: &str) -> bool {
        let w = bare(self.words, word);
        !word.contains(' ')
            && word.starts_with(char::is_uppercase)
            && !self.is_generic_head(word)
            && !self
                .words
                .has(WordClass::OrganizationWord, &word.to_lowercase())
            && !(self.listed_otherwise)(word)
            && (self.dictionary)(word).is_none()
            && !self.entities.iter().any(|e| {
                e.kind == ActorType::Person
                    && e.name_words.len() > 1
                    && e.name_words.first() == Some(&w)
            })
    }

    /// Is `name` a name of several words that starts with `word` and that `word` alone may
    /// stand for? Every word capitalized or a sign ("Marsh & McLennan"; not "Boeing and
    /// Airbus", not "Bank of England"), none a region word (a place's name: "Suffolk
    /// Coastal") and none after the first a code with a digit or in capitals (a product:
    /// "Cadillac BLS", "BMW X5"), and the last no organization word that is not a company's
    /// form: a body named after its place ("Darlington Council", "Blackpool Hotel
    /// Association") is not its place's name.
    fn starts_with_company_word(&self, name: &str, word: &str) -> bool {
        let own: Vec<&str> = name.split_whitespace().collect();
        let Some(last) = own.last().map(|w| w.to_lowercase()) else {
            return false;
        };
        let code = |w: &str| {
            w.chars().any(|c| c.is_ascii_digit())
                || (w.chars().count() > 1 && w.chars().all(char::is_uppercase))
        };
        own.len() > 1
            && own[0] == word
            && own[1..]
                .iter()
                .all(|w| !w.starts_with(char::is_lowercase) && !code(w))
            && own
                .iter()
                .all(|w| !self.words.has(WordClass::RegionWord, &w.to_lowercase()))
            && (!self.words.has(WordClass::OrganizationWord, &last)
                || self.words.has(WordClass::CompanyWord, &last))
    }

    /// The one organization met before whose multiword name starts with the single word
    /// of `m` ("Lockheed" after "Lockheed Martin", "Multiplex" after "Multiplex Group"): a
    /// company named again by its first word ([`Self::may_be_company_word`],
    /// [`Self::starts_with_company_word`]). A name ending with a company's form word
    /// ([`WordClass::CompanyWord`]) takes the word whatever its type; another
    /// organization's name only a word the recognizer typed a person, that is a word it
    /// does not know: one it types an organization is an actor of its own, often the
    /// parent of a unit or the maker of a product named after it ("BT" and "BT Retail",
    /// "Apple" and "Apple Mac"), and one it types a place is the place a body is named after
    /// ("Brixton Academy"); a word joined once stays joined, whatever type it is given
    /// next. Not for a titled name ("Mr Ford" is no "Ford Motor"), nor a
    /// person's surname met before, which resolves first.
    fn first_word_of(&self, m: &Mention) -> Option<usize> {
        if m.canonical.is_some()
            || m.title.is_some()
            || m.honorific.is_some()
            || !self.may_be_company_word(&m.name)
        {
            return None;
        }
        let hits: Vec<usize> = (0..self.entities.len())
            .filter(|&i| {
                let e = &self.entities[i];
                let form = e
                    .canonical
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| self.words.has(WordClass::CompanyWord, &w.to_lowercase()));
                let fits = if form {
                    matches!(
                        e.kind,
                        ActorType::Organization | ActorType::Group | ActorType::Location
                    )
                } else {
                    m.actor_type == ActorType::Person
                        && matches!(e.kind, ActorType::Organization | ActorType::Group)
                };
                // the word once joined, it is the company's whatever its type ("Lockheed"
                // typed a person, then a place)
                (fits || e.aliases.contains(&m.name))
                    && self.starts_with_company_word(&e.canonical, &m.name)
            })
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// The actor met before under the single word that starts the new name `name` of a
    /// company's form ([`WordClass::CompanyWord`]: "Multiplex" met first, "Multiplex Group"
    /// now), the word nothing firm stands behind (no dictionary entry, title or honorific)
    /// and typed anything but a country.
    fn company_short_of(&self, name: &str, kind: ActorType) -> Option<usize> {
        if kind == ActorType::Person {
            return None;
        }
        let first = name.split_whitespace().next()?;
        let last = name.split_whitespace().next_back()?.to_lowercase();
        if !self.words.has(WordClass::CompanyWord, &last)
            || !self.starts_with_company_word(name, first)
            || !self.may_be_company_word(first)
        {
            return None;
        }
        let id = self.get(first)?;
        let e = &self.entities[id];
        (!e.firm && e.code.is_none() && e.kind != ActorType::Country).then_some(id)
    }

    /// The one single-word organization that is the last word of the new multiword
    /// name `name`.
    fn long_form(&self, name: &str, kind: ActorType) -> Option<usize> {
        if !matches!(kind, ActorType::Organization | ActorType::Group) {
            return None;
        }
        let last = name.rsplit_once(' ')?.1;
        if self.is_generic_head(last) {
            return None;
        }
        self.entities.iter().position(|e| {
            matches!(e.kind, ActorType::Organization | ActorType::Group) && e.canonical == last
        })
    }

    /// The one acronym met before that the new multiword organization name `name` spells
    /// out: "the IOC (International Olympic Committee)", a headline's "CSA" and then "the
    /// Child Support Agency". Only an actor named by the acronym alone (no dictionary name
    /// of its own), and never a country's or a place's.
    fn expansion_of(&self, name: &str, kind: ActorType) -> Option<usize> {
        if !matches!(kind, ActorType::Organization | ActorType::Group) || !name.contains(' ') {
            return None;
        }
        let spelled = initials(name);
        let mut hits = self.entities.iter().enumerate().filter(|(_, e)| {
            !matches!(e.kind, ActorType::Country | ActorType::Location)
                && acronym_like(&e.canonical)
                && e.canonical
                    .chars()
                    .filter(|c| *c != '.')
                    .collect::<String>()
                    == spelled
        });
        let first = hits.next().map(|(i, _)| i);
        if hits.next().is_some() { None } else { first }
    }

    /// `state_prefixed_body`: the organization met before under this name with its
    /// state's name in front ("the US Securities and Exchange Commission", now "the
    /// Securities and Exchange Commission"), or under the name without the state that this
    /// one writes with it (the other way round). Only an organization's name of two words
    /// or more, so that a state's name in front never joins two bodies that merely share
    /// a last word.
    fn state_prefixed(&self, m: &Mention) -> Option<usize> {
        if m.actor_type != ActorType::Organization || !m.name.contains(' ') {
            return None;
        }
        let found = match &m.state_bare {
            Some(bare) => self.get(bare),
            None => self.state_bare.get(&m.name).copied(),
        }?;
        (self.entities[found].kind == ActorType::Organization).then_some(found)
    }

    fn rename(&mut self, id: usize, canonical: &str) {
        let old = std::mem::replace(&mut self.entities[id].canonical, canonical.to_string());
        self.by_canonical.remove(&old);
        self.by_canonical.insert(canonical.to_string(), id);
        self.entities[id].aliases.insert(old);
    }

    /// The one actor, not a person, met before under a name (canonical or alias) written
    /// with the same letters in other capitals: "Worldcom" and "WorldCom", a headline's
    /// "DALLAS" and "Dallas" are one name written two ways. A person's name is left to
    /// the rules of people's names.
    fn same_letters(&self, name: &str) -> Option<usize> {
        // compared char by char, lower-cased on the fly: this runs for every name not
        // met before, over every actor, and must not allocate for each
        let same = |n: &str| {
            n.chars()
                .flat_map(char::to_lowercase)
                .eq(name.chars().flat_map(char::to_lowercase))
        };
        let mut hits = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind != ActorType::Person
                && std::iter::once(&e.canonical)
                    .chain(e.aliases.iter())
                    .any(|n| same(n))
        });
        let first = hits.next().map(|(i, _)| i);
        if hits.next().is_some() { None } else { first }
    }

    fn acronym_of(&self, name: &str) -> Option<usize> {
        if !acronym_like(name) {
            return None;
        }
        let bare: String = name.chars().filter(|c| *c != '.').collect();
        // the initials of the canonical name or of a name the article wrote ("AIG" after
        // "American International Group", whose canonical is the dictionary's "American
        // International Group Inc"), or the first letters of each word ("CODECO" for the
        // Cooperative for the Development of Congo: see `mentions::spells`)
        let mut hits = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind != ActorType::Person
                && std::iter::once(&e.canonical).chain(&e.aliases).any(|n| {
                    n.contains(' ') && (initials(n) == bare || spells(&bare, n.split(' ')))
                })
        });
        let first = hits.next().map(|(i, _)| i);
        if hits.next().is_some() { None } else { first }
    }

    /// `acronym_with_head`: "PCS Union" after "the Public and Commercial Services Union": a
    /// name of an acronym and capitalised words after it is the one
    /// actor, not a person, met before under a longer name that ends with those words and
    /// whose words before them the acronym spells. Without it the third form of one union
    /// ("PCSU") fitted two long names and joined neither.
    fn acronym_with_head(&self, name: &str) -> Option<usize> {
        let (acronym, head) = name.split_once(' ')?;
        let head: Vec<&str> = head.split(' ').collect();
        if !acronym_like(acronym)
            || !head
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            || !crate::extract::relations::enabled("acronym_with_head")
        {
            return None;
        }
        let fits = |n: &str| {
            let words: Vec<&str> = n.split(' ').collect();
            words.len() > head.len() + 1
                && words[words.len() - head.len()..]
                    .iter()
                    .zip(&head)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
                && spells(acronym, words[..words.len() - head.len()].iter().copied())
        };
        let mut hits = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind != ActorType::Person
                && std::iter::once(&e.canonical)
                    .chain(&e.aliases)
                    .any(|n| fits(n))
        });
        let first = hits.next().map(|(i, _)| i);
        if hits.next().is_some() { None } else { first }
    }

    /// Resolves a person's name (`code`: the dictionary's code for it): the person met
    /// before under this name or a part of it, the one person of the dictionary with a
    /// lone surname, or a new person; `None` for a tentative name that matches no one.
    fn resolve_person(
        &mut self,
        m: &Mention,
        at: (usize, usize),
        code: Option<String>,
    ) -> Option<usize> {
        if let Some(id) = self.get(&m.name) {
            if self.entities[id].code.is_none() {
                self.entities[id].code = code;
            }
            return Some(id);
        }
        let words = name_words(self.words, &m.name);
        let own: Vec<&str> = m.name.split_whitespace().collect();
        let matched = if self.is_peer(&m.name) {
            // "Lord Smith" is no other Smith of the article: only the same peer
            PersonMatch::New
        } else if own.len() == 1 {
            self.one_word_person(m, own[0], &words[words.len() - 1], at)
        } else {
            self.full_name_person(&m.name, &own, words, &code, m.honorific.as_deref())
        };
        match matched {
            PersonMatch::Found(id) => Some(id),
            PersonMatch::New if !m.tentative => {
                Some(self.create(m.name.clone(), ActorType::Person, code, at))
            }
            PersonMatch::New => None,
        }
    }

    /// A single name word `word` (`last`: its last name word, without particle): the
    /// surname or first name of someone met before, an organization written short, an
    /// acronym, or (for a name that is not tentative) the dictionary's one person with
    /// that surname.
    fn one_word_person(
        &mut self,
        m: &Mention,
        word: &str,
        last: &str,
        at: (usize, usize),
    ) -> PersonMatch {
        // a surname or a first name of someone met before (not a peer's: "Smith" is not
        // "Lord Smith")
        let matches = |pos_last: bool| -> Vec<usize> {
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == ActorType::Person && e.name_words.len() > 1)
                .filter(|(_, e)| !self.is_peer(&e.canonical))
                .filter(|(_, e)| {
                    let their_last = e.name_words.last().map(String::as_str);
                    if pos_last {
                        their_last == Some(last)
                            || e.name_words.iter().rev().take(2).any(|x| x == last)
                                && e.canonical.split_whitespace().count() < e.name_words.len()
                    } else {
                        e.name_words.first().map(String::as_str) == Some(last)
                    }
                })
                .map(|(i, _)| i)
                .collect()
        };
        // several: the most recently introduced one
        if let Some(&id) = matches(true).last() {
            return PersonMatch::Found(id);
        }
        // "Sir Alan" after "Sir Alan Budd": a knight's honorific goes with the first name,
        // of the one person met before written with it
        if let Some(h) = m.honorific.as_deref().filter(|h| self.takes_first_name(h)) {
            let knights: Vec<usize> = (0..self.entities.len())
                .filter(|&i| self.is_knight_named(i, h, last))
                .collect();
            if knights.len() == 1 {
                return PersonMatch::Found(knights[0]);
            }
        }
        // a title or another honorific goes with a surname, never a first name: "Mr Grant"
        // is not Grant Shapps
        let titled = m.title.is_some() || m.honorific.is_some();
        let by_first = if titled { Vec::new() } else { matches(false) };
        if by_first.len() == 1 {
            return PersonMatch::Found(by_first[0]);
        }
        // an organization written short: "Brotherhood" for "Muslim Brotherhood" (not a
        // generic head: "Coalition" is no short form of "Stop the War Coalition")
        let generic = self.is_generic_head(word);
        let orgs: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|_| !generic && !titled)
            .filter(|(_, e)| e.kind != ActorType::Person && e.canonical.contains(' '))
            .filter(|(_, e)| e.canonical.split_whitespace().last() == Some(word))
            .map(|(i, _)| i)
            .collect();
        if orgs.len() == 1 {
            return PersonMatch::Found(orgs[0]);
        }
        // a company written by its first word: "Lockheed" after "Lockheed Martin"
        if let Some(id) = self.first_word_of(m) {
            return PersonMatch::Found(id);
        }
        // "Nicola Sturgeon" typed an organization by the recognizer, then "Ms Sturgeon": the
        // title or honorific says the full name was a person's
        if titled && !(self.listed_otherwise)(word) {
            let typed: Vec<usize> = (0..self.entities.len())
                .filter(|&i| {
                    self.typed_otherwise(i)
                        && self.entities[i].canonical.rsplit(' ').next() == Some(word)
                })
                .collect();
            if typed.len() == 1 {
                let id = typed[0];
                self.entities[id].name_words = name_words(self.words, &self.entities[id].canonical);
                return PersonMatch::Found(id);
            }
        }
        if let Some(id) = self.acronym_of(&m.name) {
            return PersonMatch::Found(id);
        }
        if m.tentative {
            return PersonMatch::New;
        }
        // a bare surname ("Howard rebuts ..." in a headline) of a person the article names
        // in full later: that person, whom the full name joins ([`Self::full_name_person`])
        if !titled && self.named_in_full.iter().any(|w| w == last) {
            return PersonMatch::New;
        }
        // "Mr Blair" in an article that never gives his full name: the one person of the
        // dictionary with that surname
        match (self.dictionary)(word) {
            Some((canonical, dcode)) => PersonMatch::Found(match self.get(&canonical) {
                Some(id) => id,
                None => self.create(canonical, ActorType::Person, Some(dcode), at),
            }),
            None => PersonMatch::New,
        }
    }

    /// A name of several words `own` (`words`: its name words, `honorific`: the one written
    /// in front): "Barack Obama" after "President Obama", "Ian Blair" after "Sir Ian Blair",
    /// "Sir John Gieve" after "Sir John". The longer form becomes the canonical name.
    fn full_name_person(
        &mut self,
        name: &str,
        own: &[&str],
        words: Vec<String>,
        code: &Option<String>,
        honorific: Option<&str>,
    ) -> PersonMatch {
        let last = bare(self.words, own[own.len() - 1]);
        let first = bare(self.words, own[0]);
        // "Sir John" met first (a headline), now "Sir John Gieve"
        let knight = honorific
            .filter(|h| self.takes_first_name(h))
            .and_then(|h| {
                (0..self.entities.len()).find(|&i| {
                    self.entities[i].name_words.len() == 1 && self.is_knight_named(i, h, &first)
                })
            });
        let hit = knight.or_else(|| {
            self.entities.iter().position(|e| {
                let theirs: Vec<&str> = e.canonical.split_whitespace().collect();
                // a lone surname met first, perhaps typed otherwise by the recognizer
                // ("Mallon wades into ..." before "Ray Mallon")
                let person_like = e.kind == ActorType::Person || (!e.firm && theirs.len() == 1);
                person_like
                    && theirs.last().map(|w| bare(self.words, w)) == Some(last.clone())
                    && (theirs.len() == 1 || bare(self.words, theirs[0]) == first)
            })
        });
        // "Le Pen" after "Marine Le Pen": a surname of several words ends the full name
        let Some(id) = hit.or_else(|| self.person_ending_with(own)) else {
            return PersonMatch::New;
        };
        if words.len() > self.entities[id].name_words.len() {
            let old = std::mem::replace(&mut self.entities[id].canonical, name.to_string());
            self.entities[id].aliases.insert(old.clone());
            self.entities[id].name_words = words;
            self.by_canonical.remove(&old);
            self.by_canonical.insert(name.to_string(), id);
        }
        if !self.entities[id].firm {
            self.entities[id].kind = ActorType::Person;
        }
        // the dictionary knows the full name only: "Clarke" met first
        if self.entities[id].code.is_none() {
            self.entities[id].code.clone_from(code);
        }
        PersonMatch::Found(id)
    }

    /// The one person met before whose full name has more words than `own` and ends with
    /// them, letter case aside ("Marine Le Pen" for "Le Pen", "Louis van Gaal" for "Van
    /// Gaal"): a surname of several words. Two such people, or none: `None`.
    fn person_ending_with(&self, own: &[&str]) -> Option<usize> {
        if own.len() < 2 {
            return None;
        }
        let same = |a: &str, b: &str| {
            crate::text::normalize(a).to_lowercase() == crate::text::normalize(b).to_lowercase()
        };
        let hits: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == ActorType::Person)
            .filter(|(_, e)| {
                let theirs: Vec<&str> = e.canonical.split_whitespace().collect();
                theirs.len() > own.len()
                    && theirs[theirs.len() - own.len()..]
                        .iter()
                        .zip(own)
                        .all(|(a, b)| same(a, b))
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// Could the entity `i` be a person whose full name the recognizer typed an organization
    /// or a place? Only a name of two or three capitalized words that nothing firm stands
    /// behind (no dictionary entry, title or honorific), none of them an organization word
    /// or a generic head ("Multiplex Group", "Borders Council") and neither its first nor its
    /// last word a place, country or organization of the dictionary ("Sheffield Hallam").
    fn typed_otherwise(&self, i: usize) -> bool {
        let e = &self.entities[i];
        !e.firm
            && e.code.is_none()
            && matches!(
                e.kind,
                ActorType::Organization | ActorType::Location | ActorType::Group
            )
            && self.person_shaped(&e.canonical)
    }

    /// A name shaped like a person's full name: two or three capitalized words, none an
    /// organization word or a generic head, neither the first nor the last a place, country
    /// or organization of the dictionary (what [`Self::typed_otherwise`] and
    /// [`Self::titled_surname_of`] both ask of a full name).
    fn person_shaped(&self, name: &str) -> bool {
        let own: Vec<&str> = name.split_whitespace().collect();
        (2..=3).contains(&own.len())
            && own.iter().all(|w| w.starts_with(char::is_uppercase))
            && own.iter().all(|w| {
                let lw = w.to_lowercase();
                !self.words.has(WordClass::OrganizationWord, &lw)
                    && !self.words.has(WordClass::GenericHead, &lw)
            })
            && !(self.listed_otherwise)(own[0])
            && !(self.listed_otherwise)(own[own.len() - 1])
    }

    /// The one person met before under a lone surname with a title or an honorific ("Ms
    /// Sturgeon") that the new name `name`, typed otherwise by the recognizer, ends with
    /// ("Nicola Sturgeon"): see [`Self::typed_otherwise`].
    fn titled_surname_of(&self, name: &str) -> Option<usize> {
        if !self.person_shaped(name) {
            return None;
        }
        let last = bare(self.words, name.split_whitespace().next_back()?);
        let hits: Vec<usize> = (0..self.entities.len())
            .filter(|&i| {
                let e = &self.entities[i];
                e.kind == ActorType::Person
                    && e.firm
                    && e.code.is_none()
                    && !e.canonical.contains(' ')
                    && bare(self.words, &e.canonical) == last
            })
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// The person `id` now named in full: `name` becomes the canonical name.
    fn rename_person(&mut self, id: usize, name: &str) {
        self.rename(id, name);
        self.entities[id].name_words = name_words(self.words, name);
    }

    /// An honorific written with the first name ([`WordClass::FirstNameHonorific`]): "Sir".
    fn takes_first_name(&self, honorific: &str) -> bool {
        self.words
            .has(WordClass::FirstNameHonorific, &honorific.to_lowercase())
    }

    /// Entity `i` is a person whose first name word is `first` (lower case, without
    /// particle) and who was written with the honorific `h` in front of it: "Sir Alan
    /// Budd", "minister Sir Nicholas Scott", or "Sir John" alone.
    fn is_knight_named(&self, i: usize, h: &str, first: &str) -> bool {
        let e = &self.entities[i];
        if e.kind != ActorType::Person || e.name_words.first().map(String::as_str) != Some(first) {
            return false;
        }
        let Some(written) = e.canonical.split_whitespace().next() else {
            return false;
        };
        let knighted = format!("{} {}", h.to_lowercase(), written.to_lowercase());
        e.aliases.iter().any(|a| {
            let a = a.to_lowercase();
            a == knighted
                || a.starts_with(&format!("{knighted} "))
                || a.contains(&format!(" {knighted} "))
                || a.ends_with(&format!(" {knighted}"))
        })
    }

    /// A generic head of organization names ([`WordClass::GenericHead`]): "Coalition".
    fn is_generic_head(&self, word: &str) -> bool {
        self.words.has(WordClass::GenericHead, &word.to_lowercase())
    }

    /// A peer's name, its title part of it ([`WordClass::PeerageHonorific`]): "Lord Smith".
    fn is_peer(&self, name: &str) -> bool {
        name.contains(' ')
            && name.split_whitespace().next().is_some_and(|w| {
                self.words
                    .has(WordClass::PeerageHonorific, &w.to_lowercase())
            })
    }

    /// The person of the dictionary named `canonical` (code `code`): the actor met before
    /// under that name, or a new one first mentioned at `at`.
    pub(crate) fn listed_person(
        &mut self,
        canonical: &str,
        code: &str,
        at: (usize, usize),
    ) -> usize {
        match self.get(canonical) {
            Some(id) => id,
            None => {
                let id = self.create(
                    canonical.to_string(),
                    ActorType::Person,
                    Some(code.to_string()),
                    at,
                );
                self.entities[id].firm = true;
                id
            }
        }
    }

    /// Adds a role to an entity.
    pub(crate) fn add_role(&mut self, id: usize, role: &str, key: &str) {
        let e = &mut self.entities[id];
        e.roles.insert(role.to_string());
        e.role_keys.insert(key.to_string());
    }
}

/// What a person's name matches among the actors met before.
enum PersonMatch {
    /// This actor.
    Found(usize),
    /// No one: a new person, unless the name is tentative.
    New,
}

/// Gives each titled name its role before the references are resolved, so that a
/// description of the role ("the Home Secretary") finds its holder. A past holder's role
/// ("former Home Secretary") describes no one now.
pub(crate) fn register_roles(placed: &[Placed], reg: &mut Registry) {
    for pm in placed {
        let (Some(id), Some(title)) = (pm.entity, &pm.mention.title) else {
            continue;
        };
        if pm.mention.kind == MentionKind::Name
            && !title.former
            && reg.entities[id].kind == ActorType::Person
        {
            reg.add_role(id, &title.role, &title.key);
        }
    }
}

/// "the international coalition" with no coalition named before: an actor of its own,
/// named by its words without the article.
pub(crate) fn resolve_standalone(placed: &mut [Placed], reg: &mut Registry) {
    for pm in placed.iter_mut() {
        let m = &pm.mention;
        if !(m.standalone && pm.entity.is_none() && m.kind == MentionKind::Description) {
            continue;
        }
        let name = m
            .name
            .split_once(' ')
            .map_or(m.name.as_str(), |(_, rest)| rest);
        let id = match reg.get(name) {
            Some(id) => id,
            None => reg.create(name.to_string(), m.actor_type, None, (pm.sentence, m.start)),
        };
        reg.entities[id].mentions += 1;
        pm.entity = Some(id);
    }
}

/// The bytes of an article's text that its key reads, at most: enough to tell two
/// articles apart, and a bounded cost for each part of a long document, each of which
/// computes the key of the whole text (hashing all of it in every part would make a
/// document's time grow with the square of its length).
const ARTICLE_KEY_BYTES: usize = 1 << 16;

/// The key that makes a bare group's name the article's own: 32 bits of the models'
/// byte hash ([`crate::nlp::hash_bytes`]) of the first [`ARTICLE_KEY_BYTES`] of its text,
/// seeded with the text's length, in hex. The same article gives the same key in any
/// build, any part of a long article and any merge; two articles, in practice, never the
/// same.
pub(crate) fn article_key(text: &str) -> String {
    let bytes = text.as_bytes();
    let head = &bytes[..bytes.len().min(ARTICLE_KEY_BYTES)];
    let hash = crate::nlp::hash_bytes(bytes.len() as u64, head);
    format!("{:08x}", hash >> 32)
}

/// "police", "the unions", "medical workers" ([`Mention::bare_group`]): a group of the
/// article, one node for all the mentions of the same words in it, named by them and
/// the article's key ("police #1a2b3c4d", label and alias "police"), so that the bare
/// groups of two articles never merge: "police" in a story on a riot in Leeds and in one
/// on fraud in Texas are two forces, "protesters" two crowds, and one node for them
/// would tie every article's actors together. Not qualified by a country (the bare
/// government's "United Kingdom government"): a country has one government, but not one
/// crowd of protesters.
pub(crate) fn resolve_bare_groups(placed: &mut [Placed], reg: &mut Registry, key: &str) {
    for pm in placed.iter_mut().filter(|pm| pm.mention.bare_group) {
        let m = &pm.mention;
        let canonical = format!("{} #{key}", m.name);
        let id = reg.get(&canonical).unwrap_or_else(|| {
            let id = reg.create(canonical, ActorType::Group, None, (pm.sentence, m.start));
            let e = &mut reg.entities[id];
            e.firm = true;
            e.label = Some(m.name.clone());
            e.aliases.insert(m.name.clone());
            id
        });
        reg.entities[id].mentions += 1;
        pm.entity = Some(id);
    }
}

/// A mention placed in the document.
#[derive(Debug, Clone)]
pub(crate) struct Placed {
    pub sentence: usize,
    pub mention: Mention,
    pub entity: Option<usize>,
    /// The actors a plural reference stands for ("the pair", "they" after "X and Y"),
    /// `entity` the first of them; empty for any other mention.
    pub members: Vec<usize>,
}

#[cfg(test)]
pub(super) mod tests;
