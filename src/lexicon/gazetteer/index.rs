//! The gazetteer precompiled: `assets/lexicon/actors.idx`, the tables
//! [`Gazetteer::parse`] builds from `actors.tsv`, stored as the gazetteer holds them, so
//! that the shipped gazetteer uses them in place (see [`FlatMap`]) instead of splitting,
//! tokenizing and hashing 32,000 rows, or copying the tables out. Parsing was the longest
//! part of the start-up (about 55 ms of processor time); reading the index is a check of
//! every row and table, after which the lexicon gives the pages back
//! (`release_static`): a run then holds only the pages its lookups read.
//!
//! The index starts with the checksum of the `actors.tsv` it was made from: if the table
//! was edited since, the index is ignored and the table parsed (slower, never wrong). A
//! test checks that the committed index is what parsing the committed table gives, byte
//! for byte; `ACTORGRAPH_WRITE_INDEX=1 cargo test --lib gazetteer_index` rewrites it.
//!
//! ```text
//! magic "AGGAZIX2", checksum of actors.tsv (u64)
//! keys: length (u64), the bytes
//! rows: count (u64), each surface, canonical, code, key (u32 start, u32 end each),
//!       kind, form, exact_case (u8 each), a zero byte, next (u32)
//! by_key, max_len_by_first, by_canonical, countries, surnames, demonyms: slot count
//!       (u64), then the slots of the flat table, each a u64 key and a u32 value
//! ```
//!
//! Every integer is little-endian.

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use super::flat::{FlatMap, SLOT};
use super::{AMBIGUOUS, Gazetteer, NONE, ROW_BYTES, Range32, Row};
use crate::lexicon::index_io::Reader;
#[cfg(test)]
use crate::lexicon::index_io::put_u64;
use crate::nlp::model_io::checksum;

const MAGIC: &[u8; 8] = b"AGGAZIX2";

/// The index of `g`, the gazetteer parsed from `g.text`.
#[cfg(test)]
pub(super) fn write(g: &Gazetteer) -> Vec<u8> {
    let mut out = Vec::with_capacity(g.keys.len() + g.rows.len() * 2);
    out.extend_from_slice(MAGIC);
    put_u64(&mut out, checksum(g.text.as_bytes()));
    put_u64(&mut out, g.keys.len() as u64);
    out.extend_from_slice(g.keys.as_bytes());
    put_u64(&mut out, g.len() as u64);
    out.extend_from_slice(&g.rows);
    for map in g.maps() {
        put_u64(&mut out, (map.as_bytes().len() / SLOT) as u64);
        out.extend_from_slice(map.as_bytes());
    }
    out
}

/// The gazetteer of the table `text` read from its index `bytes`, in place; `None` when
/// the index was made from another table or is malformed (the caller then parses the
/// table). Every row and every value of the maps is checked here, so that using them
/// later cannot go out of bounds.
pub(super) fn read(
    text: &'static str,
    bytes: &'static [u8],
    name_connectors: FxHashSet<Box<str>>,
) -> Option<Gazetteer> {
    let mut c = Reader(bytes);
    if c.take(8)? != MAGIC || c.u64()? != checksum(text.as_bytes()) {
        return None;
    }
    let n = usize::try_from(c.u64()?).ok()?;
    let keys = std::str::from_utf8(c.take(n)?).ok()?;
    let n = usize::try_from(c.u64()?).ok()?;
    let rows = c.take(n.checked_mul(ROW_BYTES)?)?;
    for rec in rows.chunks_exact(ROW_BYTES) {
        check_row(rec.try_into().ok()?, text, keys, n)?;
    }
    let mut map = |valid: &dyn Fn(u32) -> bool| -> Option<FlatMap> {
        let slots = usize::try_from(c.u64()?).ok()?;
        let map = FlatMap::from_static(c.take(slots.checked_mul(SLOT)?)?)?;
        let all_valid = map.values().all(valid);
        all_valid.then_some(map)
    };
    let id = |v: u32| (v as usize) < n;
    let g = Gazetteer {
        by_key: map(&id)?,
        max_len_by_first: map(&|v| v <= u32::from(u8::MAX))?,
        by_canonical: map(&id)?,
        countries: map(&id)?,
        surnames: map(&|v| v == AMBIGUOUS || id(v))?,
        demonyms: map(&id)?,
        text: Cow::Borrowed(text),
        keys: Cow::Borrowed(keys),
        rows: Cow::Borrowed(rows),
        name_connectors,
    };
    c.0.is_empty().then_some(g)
}

/// Whether a row of `n` is well formed: known kind and form, its ranges on character
/// boundaries of `text` and `keys`, its `next` a row or none.
fn check_row(rec: &[u8; ROW_BYTES], text: &str, keys: &str, n: usize) -> Option<()> {
    let row = Row::decode(rec)?;
    let fits = |(a, b): Range32, s: &str| {
        a <= b && s.is_char_boundary(a as usize) && s.is_char_boundary(b as usize)
    };
    (fits(row.surface, text)
        && fits(row.canonical, text)
        && fits(row.code, text)
        && fits(row.key, keys)
        && (row.next == NONE || (row.next as usize) < n))
        .then_some(())
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
        let bytes: &'static [u8] = write(&g).leak();
        let read_back = read(small, bytes, connectors(&words)).expect("the index reads");
        assert_eq!(write(&read_back), bytes);
        let edited: &'static str = small.replace("Egypt", "Egipt").leak();
        assert!(read(edited, bytes, connectors(&words)).is_none());
        for cut in 0..bytes.len() {
            assert!(read(small, &bytes[..cut], connectors(&words)).is_none());
        }
    }
}
