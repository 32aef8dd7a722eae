//! The gazetteer precompiled: `assets/lexicon/actors.idx`, the tables
//! [`Gazetteer::parse`] builds from `actors.tsv`, stored flat so that loading is a few
//! copies and the rebuilding of the hash maps from their pairs, instead of splitting,
//! tokenizing and hashing 32,000 rows. Parsing was the longest part of the start-up (about
//! 55 ms of processor time, on one thread while the other had finished its share of
//! the loading); reading the index takes a few milliseconds.
//!
//! The index starts with the checksum of the `actors.tsv` it was made from: if the table
//! was edited since, the index is ignored and the table parsed (slower, never wrong). A
//! test checks that the committed index is what parsing the committed table gives, byte
//! for byte; `ACTORGRAPH_WRITE_INDEX=1 cargo test --lib gazetteer_index` rewrites it.
//!
//! ```text
//! magic "AGGAZIX1", checksum of actors.tsv (u64)
//! keys: length (u64), the bytes
//! rows: count (u64), each surface, canonical, code, key (u32 start, u32 end each),
//!       kind, form, exact_case (u8 each), a zero byte, next (u32)
//! by_key, max_len_by_first, by_canonical, countries, surnames, demonyms: count (u64),
//!       then the pairs sorted by key (u64 key, or 3 bytes of a country code; u32 value,
//!       u8 for max_len_by_first)
//! ```
//!
//! Every integer is little-endian.

use std::hash::Hash;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{AMBIGUOUS, Form, Gazetteer, NONE, Range32, Row};
use crate::domain::ActorType;
use crate::lexicon::index_io::Reader;
#[cfg(test)]
use crate::lexicon::index_io::{put_u32, put_u64};
use crate::nlp::model_io::checksum;

const MAGIC: &[u8; 8] = b"AGGAZIX1";

/// The actor types in the order of their index codes.
const KINDS: [ActorType; 5] = [
    ActorType::Person,
    ActorType::Organization,
    ActorType::Country,
    ActorType::Group,
    ActorType::Location,
];

/// The forms in the order of their index codes.
const FORMS: [Form; 7] = [
    Form::Name,
    Form::Capital,
    Form::Demonym,
    Form::DemonymPlural,
    Form::Member,
    Form::City,
    Form::Seat,
];

#[cfg(test)]
fn code_of<T: PartialEq>(all: &[T], x: &T) -> u8 {
    all.iter()
        .position(|y| y == x)
        .expect("every variant listed") as u8
}

/// The index of `g`, the gazetteer parsed from `g.text`.
#[cfg(test)]
pub(super) fn write(g: &Gazetteer) -> Vec<u8> {
    let mut out = Vec::with_capacity(g.keys.len() + g.rows.len() * 60);
    out.extend_from_slice(MAGIC);
    put_u64(&mut out, checksum(g.text.as_bytes()));
    put_u64(&mut out, g.keys.len() as u64);
    out.extend_from_slice(g.keys.as_bytes());
    put_u64(&mut out, g.rows.len() as u64);
    for r in &g.rows {
        for (a, b) in [r.surface, r.canonical, r.code, r.key] {
            put_u32(&mut out, a);
            put_u32(&mut out, b);
        }
        out.extend_from_slice(&[
            code_of(&KINDS, &r.kind),
            code_of(&FORMS, &r.form),
            r.exact_case as u8,
            0,
        ]);
        put_u32(&mut out, r.next);
    }
    put_map(
        &mut out,
        &g.by_key,
        |o, k| put_u64(o, *k),
        |o, v| put_u32(o, *v),
    );
    put_map(
        &mut out,
        &g.max_len_by_first,
        |o, k| put_u64(o, *k),
        |o, v| o.push(*v),
    );
    put_map(
        &mut out,
        &g.by_canonical,
        |o, k| put_u64(o, *k),
        |o, v| put_u32(o, *v),
    );
    put_map(
        &mut out,
        &g.countries,
        |o, k| o.extend_from_slice(k),
        |o, v| put_u32(o, *v),
    );
    put_map(
        &mut out,
        &g.surnames,
        |o, k| put_u64(o, *k),
        |o, v| put_u32(o, *v),
    );
    put_map(
        &mut out,
        &g.demonyms,
        |o, k| put_u64(o, *k),
        |o, v| put_u32(o, *v),
    );
    out
}

/// The gazetteer of the table `text` read from its index `bytes`; `None` when the index
/// was made from another table or is malformed (the caller then parses the table).
pub(super) fn read(
    text: &str,
    bytes: &[u8],
    name_connectors: FxHashSet<Box<str>>,
) -> Option<Gazetteer> {
    let mut c = Reader(bytes);
    if c.take(8)? != MAGIC || c.u64()? != checksum(text.as_bytes()) {
        return None;
    }
    let n = usize::try_from(c.u64()?).ok()?;
    let keys = std::str::from_utf8(c.take(n)?).ok()?.to_string();
    let n = usize::try_from(c.u64()?).ok()?;
    let mut rows = Vec::with_capacity(n.min(bytes.len() / 40));
    for _ in 0..n {
        rows.push(read_row(&mut c, text, &keys, n)?);
    }
    let id = |v: u32| (v as usize) < rows.len();
    let g = Gazetteer {
        by_key: read_map(&mut c, Reader::u64, Reader::u32, id)?,
        max_len_by_first: read_map(&mut c, Reader::u64, Reader::u8, |_| true)?,
        by_canonical: read_map(&mut c, Reader::u64, Reader::u32, id)?,
        countries: read_map(&mut c, Reader::code, Reader::u32, id)?,
        surnames: read_map(&mut c, Reader::u64, Reader::u32, |v| {
            v == AMBIGUOUS || id(v)
        })?,
        demonyms: read_map(&mut c, Reader::u64, Reader::u32, id)?,
        text: text.to_string(),
        keys,
        rows,
        name_connectors,
    };
    c.0.is_empty().then_some(g)
}

/// The bytes of a row in the index: four ranges, four bytes, `next`.
const ROW_BYTES: usize = 4 * 8 + 4 + 4;

/// One row, its ranges checked to lie on character boundaries of `text` and `keys`.
fn read_row(c: &mut Reader<'_>, text: &str, keys: &str, n: usize) -> Option<Row> {
    // the row is taken whole and its fields read at fixed offsets: one length check per
    // row instead of one per field (32,000 rows)
    let rec: &[u8; ROW_BYTES] = c.take(ROW_BYTES)?.try_into().ok()?;
    let u32_at = |k: usize| u32::from_le_bytes([rec[k], rec[k + 1], rec[k + 2], rec[k + 3]]);
    let range = |k: usize, s: &str| -> Option<Range32> {
        let (a, b) = (u32_at(k), u32_at(k + 4));
        (a <= b && s.is_char_boundary(a as usize) && s.is_char_boundary(b as usize))
            .then_some((a, b))
    };
    let (surface, canonical, code) = (range(0, text)?, range(8, text)?, range(16, text)?);
    let key = range(24, keys)?;
    let [kind, form, exact_case] = [rec[32], rec[33], rec[34]];
    let next = u32_at(36);
    (next == NONE || (next as usize) < n).then_some(())?;
    Some(Row {
        surface,
        canonical,
        code,
        key,
        kind: *KINDS.get(kind as usize)?,
        form: *FORMS.get(form as usize)?,
        exact_case: exact_case != 0,
        next,
    })
}

/// Writes the pairs of `map` sorted by key, so that the index depends on the contents of
/// the map only.
#[cfg(test)]
fn put_map<K: Ord + Copy, V: Copy>(
    out: &mut Vec<u8>,
    map: &FxHashMap<K, V>,
    key: impl Fn(&mut Vec<u8>, &K),
    value: impl Fn(&mut Vec<u8>, &V),
) {
    let mut pairs: Vec<(K, V)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_unstable_by_key(|p| p.0);
    put_u64(out, pairs.len() as u64);
    for (k, v) in &pairs {
        key(out, k);
        value(out, v);
    }
}

/// Reads what [`put_map`] wrote; every value must pass `valid`.
fn read_map<'a, K: Eq + Hash, V: Copy>(
    c: &mut Reader<'a>,
    key: impl Fn(&mut Reader<'a>) -> Option<K>,
    value: impl Fn(&mut Reader<'a>) -> Option<V>,
    valid: impl Fn(V) -> bool,
) -> Option<FxHashMap<K, V>> {
    let n = usize::try_from(c.u64()?).ok()?;
    let mut map = FxHashMap::with_capacity_and_hasher(n.min(c.0.len()), Default::default());
    for _ in 0..n {
        let k = key(c)?;
        let v = value(c)?;
        valid(v).then_some(())?;
        map.insert(k, v);
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{WordClass, Words};

    const TSV: &str = include_str!("../../../assets/lexicon/actors.tsv");
    const INDEX: &[u8] = include_bytes!("../../../assets/lexicon/actors.idx");

    fn connectors(words: &Words) -> FxHashSet<Box<str>> {
        words
            .members(WordClass::DictionaryNameConnector)
            .map(Into::into)
            .collect()
    }

    /// The committed index is what parsing the committed table gives, and reads back into
    /// a gazetteer that writes the same index.
    #[test]
    fn gazetteer_index_is_the_parsed_table() {
        let words = crate::lexicon::tests::shipped_words();
        let parsed = Gazetteer::parse(TSV, &words).unwrap();
        let fresh = write(&parsed);
        let index = ("actors.idx", "actors.tsv", "gazetteer_index");
        if !crate::lexicon::tests::is_committed_index(&fresh, INDEX, index.0, index.1, index.2) {
            return;
        }
        let read = read(TSV, INDEX, connectors(&words)).expect("the index reads");
        assert_eq!(write(&read), fresh);
        assert_eq!(read.name_connectors, parsed.name_connectors);
        assert_eq!(read.text, parsed.text);
    }

    #[test]
    fn an_index_of_another_table_or_cut_short_is_not_read() {
        let words = crate::lexicon::tests::shipped_words();
        let small = crate::lexicon::tests::ACTORS;
        let g = Gazetteer::parse(small, &words).unwrap();
        let bytes = write(&g);
        assert!(read(small, &bytes, connectors(&words)).is_some());
        let edited = small.replace("Egypt", "Egipt");
        assert!(read(&edited, &bytes, connectors(&words)).is_none());
        for cut in 0..bytes.len() {
            assert!(read(small, &bytes[..cut], connectors(&words)).is_none());
        }
    }
}
