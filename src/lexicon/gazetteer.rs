//! The actor gazetteer: surface forms of countries, organizations, groups and people.

use std::borrow::Cow;
use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use super::table::{self, columns};
use super::{WordClass, Words};
use crate::domain::ActorType;
use crate::error::Result;
use crate::text::tokenize;

mod flat;
mod index;

use flat::FlatMap;

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
    /// A seat of government standing for the executive of its country: "Downing Street",
    /// "the Kremlin", "the White House" (`curated/seats.tsv`).
    Seat,
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
            "seat" => Form::Seat,
            _ => return None,
        })
    }
}

/// One row of the gazetteer, borrowed from the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorEntry<'g> {
    /// The surface form as written in the lexicon.
    pub surface: &'g str,
    /// The actor's canonical name: the node id.
    pub canonical: &'g str,
    /// The actor's type.
    pub kind: ActorType,
    /// How this surface refers to the actor.
    pub form: Form,
    /// CAMEO / Phoenix actor code: its first three letters name the country for
    /// country-level codes (`USAGOV`), `IGO...` and the like otherwise.
    pub code: &'g str,
}

/// A gazetteer match in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct ActorMatch<'g> {
    /// Number of tokens matched.
    pub len: usize,
    /// The entry matched (the preferred one when several share the surface).
    pub entry: ActorEntry<'g>,
}

/// A byte range into the gazetteer's text or key buffer.
type Range32 = (u32, u32);

/// A row, stored as ranges into one buffer: loading allocates per file, not per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Row {
    surface: Range32,
    canonical: Range32,
    code: Range32,
    key: Range32,
    kind: ActorType,
    form: Form,
    /// The surface must match case exactly (acronyms: "US" is not "us").
    exact_case: bool,
    /// Next row whose key has the same hash, or `NONE`.
    next: u32,
}

const NONE: u32 = u32::MAX;

/// The bytes of a row in [`Gazetteer::rows`]: four ranges, kind, form, exact case, a
/// zero byte, `next` (little-endian).
const ROW_BYTES: usize = 4 * 8 + 4 + 4;

/// The actor types in the order of their row codes.
const KINDS: [ActorType; 5] = ActorType::ALL;

/// The forms in the order of their row codes.
const FORMS: [Form; 7] = [
    Form::Name,
    Form::Capital,
    Form::Demonym,
    Form::DemonymPlural,
    Form::Member,
    Form::City,
    Form::Seat,
];

fn code_of<T: PartialEq>(all: &[T], x: &T) -> u8 {
    all.iter()
        .position(|y| y == x)
        .expect("every variant listed") as u8
}

impl Row {
    /// Appends the [`ROW_BYTES`] of the row.
    fn encode(&self, out: &mut Vec<u8>) {
        for (a, b) in [self.surface, self.canonical, self.code, self.key] {
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        out.extend_from_slice(&[
            code_of(&KINDS, &self.kind),
            code_of(&FORMS, &self.form),
            self.exact_case as u8,
            0,
        ]);
        out.extend_from_slice(&self.next.to_le_bytes());
    }

    /// The row [`Row::encode`] wrote; `None` for an unknown kind or form code (the ranges
    /// are not checked here).
    fn decode(rec: &[u8; ROW_BYTES]) -> Option<Row> {
        let u32_at = |k: usize| u32::from_le_bytes([rec[k], rec[k + 1], rec[k + 2], rec[k + 3]]);
        let range = |k: usize| (u32_at(k), u32_at(k + 4));
        Some(Row {
            surface: range(0),
            canonical: range(8),
            code: range(16),
            key: range(24),
            kind: *KINDS.get(rec[32] as usize)?,
            form: *FORMS.get(rec[33] as usize)?,
            exact_case: rec[34] != 0,
            next: u32_at(36),
        })
    }
}

/// Surface forms indexed by their lower-case token sequence.
///
/// The shipped gazetteer borrows its text, keys, rows and maps from the program (the
/// embedded `actors.tsv` and `actors.idx`, see `gazetteer/index.rs`): nothing is copied,
/// and only the pages a lookup reads take memory. One parsed from another table owns
/// them, in the same layout.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// The TSV source; rows point into it.
    text: Cow<'static, str>,
    /// Lookup keys of every row, concatenated.
    keys: Cow<'static, str>,
    /// The rows, [`ROW_BYTES`] each ([`Row::encode`]).
    rows: Cow<'static, [u8]>,
    /// Hash of a key -> first row with that key hash (rows chain through `next`).
    by_key: FlatMap,
    /// Hash of a first key word -> longest key (in words) starting with it.
    max_len_by_first: FlatMap,
    /// Hash of a canonical name -> its preferred row.
    by_canonical: FlatMap,
    /// Country rows by their three-letter CAMEO code ([`code_key`]).
    countries: FlatMap,
    /// Hash of a lower-case surname -> the one dictionary person with it ([`AMBIGUOUS`]
    /// when several people share it).
    surnames: FlatMap,
    /// Lower-case words that may stand inside a name without a capital.
    name_connectors: FxHashSet<Box<str>>,
    /// Hash of a country's canonical name -> its longest demonym row (the adjective more
    /// often than the noun: "Turkish", not "Turk").
    demonyms: FlatMap,
}

/// The gazetteer's tables while a table is parsed: rows and maps that grow row by row
/// (a row's `next` changes when a later row has the same key), flattened at the end
/// ([`Builder::finish`]).
#[derive(Default)]
struct Builder {
    keys: String,
    rows: Vec<Row>,
    by_key: FxHashMap<u64, u32>,
    max_len_by_first: FxHashMap<u64, u32>,
    by_canonical: FxHashMap<u64, u32>,
    countries: FxHashMap<u64, u32>,
    surnames: FxHashMap<u64, u32>,
    demonyms: FxHashMap<u64, u32>,
}

/// The key of a three-letter country code in [`Gazetteer::countries`]: its bytes.
fn code_key(c: [u8; 3]) -> u64 {
    u64::from(c[0]) | u64::from(c[1]) << 8 | u64::from(c[2]) << 16
}

/// A map of the builder as a flat table, its pairs sorted so that the table depends on
/// the map's contents only.
fn flatten(map: &FxHashMap<u64, u32>) -> FlatMap {
    let mut pairs: Vec<(u64, u32)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_unstable();
    FlatMap::build(&pairs)
}

/// A surname shared by several people of the dictionary.
const AMBIGUOUS: u32 = u32::MAX - 1;

fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Appends the lookup key of `surface` to `out`: its tokens, lower case, joined by one
/// space. Plain surfaces (letters, digits, hyphens, single spaces) skip the tokenizer.
fn push_key(surface: &str, out: &mut String) {
    let plain = surface
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b' ')
        && !surface.contains("--")
        && !surface.contains("  ")
        && !surface.starts_with(' ')
        && !surface.ends_with(' ');
    if plain {
        out.extend(surface.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for (i, t) in tokenize(surface).iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&t.text(surface).to_lowercase());
    }
}

/// The lookup key of a surface: its tokens, lower case, joined by one space.
pub(crate) fn key_of(surface: &str) -> String {
    let mut key = String::with_capacity(surface.len());
    push_key(surface, &mut key);
    key
}

fn is_acronym(surface: &str) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 1
        && surface
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == '&')
        && !surface.contains(' ')
}

fn range_of(text: &str, part: &str) -> Range32 {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    (start as u32, (start + part.len()) as u32)
}

/// The lower-case words that may stand inside a name ([`WordClass::DictionaryNameConnector`]).
fn name_connectors(words: &Words) -> FxHashSet<Box<str>> {
    words
        .members(WordClass::DictionaryNameConnector)
        .map(Into::into)
        .collect()
}

impl Gazetteer {
    /// The gazetteer of the `actors.tsv` text `text`: read from `index`, its precompiled
    /// form (see `gazetteer/index.rs`), when that was made from this very text, else
    /// parsed. Either way the same gazetteer; the index only loads it faster, and in place.
    pub(crate) fn load(
        text: &'static str,
        index: &'static [u8],
        words: &Words,
    ) -> Result<Gazetteer> {
        match index::read(text, index, name_connectors(words)) {
            Some(g) => Ok(g),
            None => Gazetteer::parse(text, words),
        }
    }

    /// Parses `actors.tsv`; `words` gives the lower-case words a name may hold
    /// ([`WordClass::DictionaryNameConnector`]).
    pub fn parse(text: &str, words: &Words) -> Result<Gazetteer> {
        // sized for every line up front: growing the tables row by row rehashes them
        // again and again, a good part of the lexicon's load time
        let lines = text.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut b = Builder {
            keys: String::with_capacity(text.len() / 2),
            rows: Vec::with_capacity(lines),
            by_key: FxHashMap::with_capacity_and_hasher(lines, Default::default()),
            by_canonical: FxHashMap::with_capacity_and_hasher(lines, Default::default()),
            max_len_by_first: FxHashMap::with_capacity_and_hasher(lines / 2, Default::default()),
            surnames: FxHashMap::with_capacity_and_hasher(lines / 2, Default::default()),
            ..Builder::default()
        };
        for table_row in table::rows("actors.tsv", text, columns::ACTORS)? {
            let row = &table_row.fields;
            let kind = match row[2] {
                "person" => ActorType::Person,
                "organization" => ActorType::Organization,
                "country" => ActorType::Country,
                "group" => ActorType::Group,
                "location" => ActorType::Location,
                other => {
                    return Err(table_row.error("actors.tsv", format!("unknown type {other:?}")));
                }
            };
            let form = Form::parse(row[3]).ok_or_else(|| {
                table_row.error("actors.tsv", format!("unknown form {:?}", row[3]))
            })?;
            let key_start = b.keys.len();
            push_key(row[0], &mut b.keys);
            if b.keys.len() == key_start {
                continue;
            }
            b.push(
                Row {
                    surface: range_of(text, row[0]),
                    canonical: range_of(text, row[1]),
                    code: range_of(text, row[4]),
                    key: (key_start as u32, b.keys.len() as u32),
                    kind,
                    form,
                    exact_case: is_acronym(row[0]),
                    next: NONE,
                },
                text,
            );
        }
        Ok(b.finish(text.to_string(), name_connectors(words)))
    }

    /// The maps in the order of the index (see `gazetteer/index.rs`).
    #[cfg(test)]
    fn maps(&self) -> [&FlatMap; 6] {
        [
            &self.by_key,
            &self.max_len_by_first,
            &self.by_canonical,
            &self.countries,
            &self.surnames,
            &self.demonyms,
        ]
    }

    /// Row `id`.
    fn row(&self, id: u32) -> Row {
        let start = id as usize * ROW_BYTES;
        let rec = self.rows[start..start + ROW_BYTES]
            .try_into()
            .expect("a whole row");
        Row::decode(rec).expect("the rows were checked when read")
    }

    fn slice(&self, r: Range32) -> &str {
        &self.text[r.0 as usize..r.1 as usize]
    }

    fn key(&self, row: &Row) -> &str {
        &self.keys[row.key.0 as usize..row.key.1 as usize]
    }

    fn entry(&self, row: &Row) -> ActorEntry<'_> {
        ActorEntry {
            surface: self.slice(row.surface),
            canonical: self.slice(row.canonical),
            kind: row.kind,
            form: row.form,
            code: self.slice(row.code),
        }
    }

    /// Rows whose key is exactly `key`.
    fn rows_with_key<'s>(&'s self, key: &'s str) -> impl Iterator<Item = Row> + 's {
        let mut next = self.by_key.get(hash(key)).unwrap_or(NONE);
        std::iter::from_fn(move || {
            while next != NONE {
                let row = self.row(next);
                next = row.next;
                if self.key(&row) == key {
                    return Some(row);
                }
            }
            None
        })
    }

    /// The TSV text the gazetteer was read from.
    pub(crate) fn source(&self) -> &str {
        &self.text
    }

    /// Number of surface forms.
    pub fn len(&self) -> usize {
        self.rows.len() / ROW_BYTES
    }

    /// True when the gazetteer has no entry.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The entries whose surface is exactly `surface` (any case).
    pub fn lookup(&self, surface: &str) -> Vec<ActorEntry<'_>> {
        let key = key_of(surface);
        self.rows_with_key(&key).map(|r| self.entry(&r)).collect()
    }

    /// An entry naming the actor `canonical` (its name row when there is one).
    pub fn canonical(&self, canonical: &str) -> Option<ActorEntry<'_>> {
        let row = self.row(self.by_canonical.get(hash(canonical))?);
        (self.slice(row.canonical) == canonical).then(|| self.entry(&row))
    }

    /// The adjective of the country `canonical` ("German" for Germany), when the
    /// dictionary lists one.
    pub fn demonym(&self, canonical: &str) -> Option<&str> {
        let row = self.row(self.demonyms.get(hash(canonical))?);
        (self.slice(row.canonical) == canonical).then(|| self.slice(row.surface))
    }

    /// The one person of the dictionary whose name ends with the word `surname` (any
    /// case), when exactly one does.
    pub fn person_by_surname(&self, surname: &str) -> Option<ActorEntry<'_>> {
        let id = self.surnames.get(hash(&surname.to_lowercase()))?;
        if id == AMBIGUOUS {
            return None;
        }
        let row = self.row(id);
        let key = self.key(&row);
        (key.rsplit(' ').next() == Some(surname.to_lowercase().as_str())).then(|| self.entry(&row))
    }

    /// The canonical name of the country with this three-letter CAMEO code.
    pub fn country_by_code(&self, code: &str) -> Option<&str> {
        let c: [u8; 3] = code.as_bytes().try_into().ok()?;
        let id = self.countries.get(code_key(c))?;
        Some(self.slice(self.row(id).canonical))
    }

    /// The longest surface starting at `words[i]`. `words` are the sentence's tokens as
    /// written, `lower` the same lower-cased. Capitalization must fit a name: every word
    /// but connectors starts upper case, acronyms match case exactly.
    pub fn longest_at(&self, words: &[&str], lower: &[&str], i: usize) -> Option<ActorMatch<'_>> {
        let max = self.max_len_by_first.get(hash(lower[i]))? as usize;
        let max = max.min(words.len() - i);
        // room for the longest key at once: growing it word by word reallocated it
        let mut key = String::with_capacity(lower[i..i + max].iter().map(|w| w.len() + 1).sum());
        let mut best = None;
        for n in 1..=max {
            if n > 1 {
                key.push(' ');
            }
            key.push_str(lower[i + n - 1]);
            let chosen = self
                .rows_with_key(&key)
                .filter(|r| {
                    self.cased_like_a_name(self.slice(r.surface), r.exact_case, &words[i..i + n])
                })
                .min_by_key(|r| r.form);
            if let Some(row) = chosen {
                best = Some(ActorMatch {
                    len: n,
                    entry: self.entry(&row),
                });
            }
        }
        best
    }

    fn cased_like_a_name(&self, surface: &str, exact_case: bool, words: &[&str]) -> bool {
        if exact_case {
            let toks = tokenize(surface);
            return toks.len() == words.len()
                && toks.iter().zip(words).all(|(t, w)| t.text(surface) == *w);
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
                _ => k > 0 && self.name_connectors.contains(w.to_lowercase().as_str()),
            }
        })
    }
}

impl Builder {
    fn push(&mut self, mut row: Row, text: &str) {
        let id = self.rows.len() as u32;
        let key = &self.keys[row.key.0 as usize..row.key.1 as usize];
        let words = key.split(' ').count().min(u8::MAX as usize) as u32;
        let first = key.split(' ').next().unwrap_or_default();
        let max = self.max_len_by_first.entry(hash(first)).or_default();
        *max = (*max).max(words);
        let canonical = &text[row.canonical.0 as usize..row.canonical.1 as usize];
        let code = &text[row.code.0 as usize..row.code.1 as usize];
        if row.kind == ActorType::Country && row.form == Form::Name && code.len() == 3 {
            let c = code.as_bytes();
            self.countries
                .entry(code_key([c[0], c[1], c[2]]))
                .or_insert(id);
        }
        let ch = hash(canonical);
        if row.kind == ActorType::Country && row.form == Form::Demonym {
            let len = row.surface.1 - row.surface.0;
            let longer = self.demonyms.get(&ch).is_none_or(|&old| {
                len > self.rows[old as usize].surface.1 - self.rows[old as usize].surface.0
            });
            if longer {
                self.demonyms.insert(ch, id);
            }
        }
        let replace = match self.by_canonical.get(&ch) {
            None => true,
            Some(&old) => row.form == Form::Name && self.rows[old as usize].form != Form::Name,
        };
        if replace {
            self.by_canonical.insert(ch, id);
        }
        if row.form == Form::Member && row.kind == ActorType::Person && words >= 2 {
            let last = key.rsplit(' ').next().unwrap_or_default();
            let sh = hash(last);
            match self.surnames.get(&sh).copied() {
                None => {
                    self.surnames.insert(sh, id);
                }
                Some(AMBIGUOUS) => {}
                Some(other) => {
                    let theirs = self.rows[other as usize].canonical;
                    if text[theirs.0 as usize..theirs.1 as usize] != *canonical {
                        self.surnames.insert(sh, AMBIGUOUS);
                    }
                }
            }
        }
        let kh = hash(key);
        if let Some(first) = self.by_key.get(&kh) {
            // append to the end of the chain, keeping file order
            let mut last = *first;
            while self.rows[last as usize].next != NONE {
                last = self.rows[last as usize].next;
            }
            self.rows[last as usize].next = id;
        } else {
            self.by_key.insert(kh, id);
        }
        row.next = NONE;
        self.rows.push(row);
    }

    /// The gazetteer of these tables, parsed from `text`.
    fn finish(self, text: String, name_connectors: FxHashSet<Box<str>>) -> Gazetteer {
        let mut rows = Vec::with_capacity(self.rows.len() * ROW_BYTES);
        for row in &self.rows {
            row.encode(&mut rows);
        }
        Gazetteer {
            text: Cow::Owned(text),
            keys: Cow::Owned(self.keys),
            rows: Cow::Owned(rows),
            by_key: flatten(&self.by_key),
            max_len_by_first: flatten(&self.max_len_by_first),
            by_canonical: flatten(&self.by_canonical),
            countries: flatten(&self.countries),
            surnames: flatten(&self.surnames),
            name_connectors,
            demonyms: flatten(&self.demonyms),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::ACTORS;

    fn gaz() -> Gazetteer {
        Gazetteer::parse(ACTORS, &crate::lexicon::tests::shipped_words()).unwrap()
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
                    Form::Seat => "seat",
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
        assert_eq!(g.canonical("Egypt").unwrap().surface, "Egypt");
        assert_eq!(g.lookup("cairo")[0].form, Form::Capital);
        assert_eq!(g.country_by_code("USA"), Some("United States"));
        assert_eq!(g.country_by_code("ZZZ"), None);
        assert_eq!(g.len(), 12);
    }
}
