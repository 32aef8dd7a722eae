//! The actor gazetteer: surface forms of countries, organizations, groups and people.

use std::collections::HashMap;

use super::{bad_value, rows};
use crate::error::Result;
use crate::graph::ActorType;
use crate::text::tokenize;

/// How a surface form refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// The name, an alias or an acronym: "Egypt", "U.N.".
    Name,
    /// A capital standing for the government: "Washington", "Cairo".
    Capital,
    /// The adjective or singular demonym: "Egyptian".
    Demonym,
    /// The people: "Egyptians".
    DemonymPlural,
    /// A member of the dictionary (a person with a country and sector code).
    Member,
    /// Another city, region or landmark of a country: a location, not the country.
    City,
}

impl Form {
    fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "name" => Form::Name,
            "capital" => Form::Capital,
            "demonym" => Form::Demonym,
            "demonym_plural" => Form::DemonymPlural,
            "member" => Form::Member,
            "city" => Form::City,
            _ => return None,
        })
    }
}

/// One row of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// The surface form as written in the lexicon.
    pub surface: Box<str>,
    /// The actor's canonical name: the node id.
    pub canonical: Box<str>,
    /// The actor's type.
    pub kind: ActorType,
    /// How this surface refers to the actor.
    pub form: Form,
    /// CAMEO / Phoenix actor code: its first three letters name the country for
    /// country-level codes (`USAGOV`), `IGO...` and the like otherwise.
    pub code: Box<str>,
    /// The surface must match case exactly (acronyms: "US" is not "us").
    exact_case: bool,
}

/// A gazetteer match in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct ActorMatch<'a> {
    /// Number of tokens matched.
    pub len: usize,
    /// The entry matched (the preferred one when several share the surface).
    pub entry: &'a ActorEntry,
}

/// Surface forms indexed by their lower-case token sequence.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<ActorEntry>,
    by_key: HashMap<Box<str>, Vec<u32>>,
    /// Longest surface (in tokens) starting with a given lower-case first token.
    max_len_by_first: HashMap<Box<str>, usize>,
    by_canonical: HashMap<Box<str>, u32>,
    /// Country names by their three-letter CAMEO code.
    countries: HashMap<Box<str>, Box<str>>,
}

/// The lookup key of a surface: its tokens, lower case, joined by one space.
pub(crate) fn key_of(surface: &str) -> String {
    let toks = tokenize(surface);
    let mut key = String::with_capacity(surface.len());
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&t.text(surface).to_lowercase());
    }
    key
}

/// Lower-case words that may stand inside a name without a capital ("Organization of the
/// Islamic Conference", "Abdel-Fattah el-Sissi", "Osama bin Laden").
const NAME_CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "della", "der", "den", "des", "du", "da", "dos", "al",
    "el", "al-", "bin", "ibn", "van", "von", "la", "le", "on", "in", "y", "&", "'s",
];

fn is_acronym(surface: &str) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 1
        && surface
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == '&')
        && !surface.contains(' ')
}

impl Gazetteer {
    /// Parses `actors.tsv`.
    pub fn parse(text: &str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        for row in rows("actors.tsv", text, 5) {
            let row = row?;
            let kind = match row[2] {
                "person" => ActorType::Person,
                "organization" => ActorType::Organization,
                "country" => ActorType::Country,
                "group" => ActorType::Group,
                "location" => ActorType::Location,
                other => return Err(bad_value("actors.tsv", "type", other)),
            };
            let form =
                Form::parse(row[3]).ok_or_else(|| bad_value("actors.tsv", "form", row[3]))?;
            g.push(ActorEntry {
                surface: row[0].into(),
                canonical: row[1].into(),
                kind,
                form,
                code: row[4].into(),
                exact_case: is_acronym(row[0]),
            });
        }
        Ok(g)
    }

    fn push(&mut self, entry: ActorEntry) {
        let key = key_of(&entry.surface);
        if key.is_empty() {
            return;
        }
        let n = key.split(' ').count();
        let first = key.split(' ').next().unwrap_or_default();
        let max = self.max_len_by_first.entry(first.into()).or_default();
        *max = (*max).max(n);
        let id = self.entries.len() as u32;
        if entry.kind == ActorType::Country && entry.form == Form::Name && entry.code.len() == 3 {
            self.countries
                .entry(entry.code.clone())
                .or_insert_with(|| entry.canonical.clone());
        }
        let replace = match self.by_canonical.get(&entry.canonical) {
            None => true,
            Some(&old) => entry.form == Form::Name && self.entries[old as usize].form != Form::Name,
        };
        if replace {
            self.by_canonical.insert(entry.canonical.clone(), id);
        }
        self.by_key.entry(key.into()).or_default().push(id);
        self.entries.push(entry);
    }

    /// Number of surface forms.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the gazetteer has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries whose surface is exactly `surface` (any case).
    pub fn lookup(&self, surface: &str) -> impl Iterator<Item = &ActorEntry> {
        self.by_key
            .get(key_of(surface).as_str())
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i as usize])
    }

    /// An entry naming the actor `canonical` (its name row when there is one).
    pub fn canonical(&self, canonical: &str) -> Option<&ActorEntry> {
        self.by_canonical
            .get(canonical)
            .map(|&i| &self.entries[i as usize])
    }

    /// The canonical name of the country with this three-letter CAMEO code.
    pub fn country_by_code(&self, code: &str) -> Option<&str> {
        self.countries.get(code).map(|s| &**s)
    }

    /// The longest surface starting at `words[i]`. `words` are the sentence's tokens as
    /// written, `lower` the same lower-cased. Capitalization must fit a name: every word
    /// but connectors starts upper case, acronyms match case exactly.
    pub fn longest_at(&self, words: &[&str], lower: &[&str], i: usize) -> Option<ActorMatch<'_>> {
        let max = *self.max_len_by_first.get(lower[i])?;
        let max = max.min(words.len() - i);
        let mut key = String::new();
        let mut best = None;
        for n in 1..=max {
            if n > 1 {
                key.push(' ');
            }
            key.push_str(lower[i + n - 1]);
            let Some(ids) = self.by_key.get(key.as_str()) else {
                continue;
            };
            let chosen = ids
                .iter()
                .map(|&id| &self.entries[id as usize])
                .filter(|e| cased_like_a_name(e, &words[i..i + n]))
                .min_by_key(|e| e.form);
            if let Some(entry) = chosen {
                best = Some(ActorMatch { len: n, entry });
            }
        }
        best
    }
}

fn cased_like_a_name(entry: &ActorEntry, words: &[&str]) -> bool {
    if entry.exact_case {
        let surface_words: Vec<&str> = tokenize(&entry.surface)
            .iter()
            .map(|t| t.text(&entry.surface))
            .collect();
        return surface_words == words;
    }
    words.iter().enumerate().all(|(k, w)| {
        let first = w.chars().next();
        match first {
            Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
            Some(c) if !c.is_alphabetic() => true,
            // "al-Qaeda", "el-Sissi": a lower-case particle joined to a capitalized name
            _ if w
                .split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase)) =>
            {
                true
            }
            _ => k > 0 && NAME_CONNECTORS.contains(&w.to_lowercase().as_str()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::ACTORS;

    fn gaz() -> Gazetteer {
        Gazetteer::parse(ACTORS).unwrap()
    }

    fn find(g: &Gazetteer, sentence: &str) -> Vec<(String, &'static str)> {
        let toks = tokenize(sentence);
        let words: Vec<&str> = toks.iter().map(|t| t.text(sentence)).collect();
        let lower_owned: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let lower: Vec<&str> = lower_owned.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if let Some(m) = g.longest_at(&words, &lower, i) {
                let form = match m.entry.form {
                    Form::Name => "name",
                    Form::Capital => "capital",
                    Form::Demonym => "demonym",
                    Form::DemonymPlural => "demonym_plural",
                    Form::Member => "member",
                    Form::City => "city",
                };
                out.push((m.entry.canonical.to_string(), form));
                i += m.len;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn matches_names_demonyms_capitals() {
        let g = gaz();
        let s = |c: &str, f: &'static str| (c.to_string(), f);
        assert_eq!(
            find(
                &g,
                "U.S. officials in Washington met Egyptian and United Nations envoys in Cairo."
            ),
            [
                s("United States", "name"),
                s("United States", "capital"),
                s("Egypt", "demonym"),
                s("United Nations", "name"),
                s("Egypt", "capital"),
            ]
        );
    }

    #[test]
    fn acronyms_match_case_exactly_and_names_need_capitals() {
        let g = gaz();
        assert!(find(&g, "let us talk to them").is_empty());
        assert!(find(&g, "the united nations").is_empty());
        assert_eq!(
            find(&g, "top al-Qaeda leaders"),
            [("al-Qaeda".to_string(), "name")]
        );
        assert_eq!(find(&g, "the US said").len(), 1);
    }

    #[test]
    fn canonical_lookup_prefers_name_rows() {
        let g = gaz();
        assert_eq!(&*g.canonical("Egypt").unwrap().surface, "Egypt");
        assert_eq!(g.lookup("cairo").next().unwrap().form, Form::Capital);
        assert_eq!(g.len(), 12);
    }
}
