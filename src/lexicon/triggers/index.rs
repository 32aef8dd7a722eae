//! The trigger table precompiled: `assets/lexicon/triggers.idx`, the triggers
//! [`Triggers::parse_with_sets`] reads from `triggers.tsv`, one record each in the table's
//! order, so that loading skips splitting the 5,400 rows and checking every field (about
//! 15 million instructions, a fifth of a one-sentence build's); the maps by lemma are
//! built from the records as from the parsed rows.
//!
//! The index starts with the checksums of the `triggers.tsv` and `object_sets.tsv` it was
//! made from (a row's object set is checked against the sets): if either table was edited
//! since, the index is ignored and the tables parsed (slower, never different). A test
//! checks that the committed index is what parsing the committed tables gives, byte for
//! byte; `ACTORGRAPH_WRITE_INDEX=1 cargo test --lib triggers_index` rewrites it.
//!
//! ```text
//! magic "AGTRGIX1", checksum of triggers.tsv (u64), checksum of object_sets.tsv (u64)
//! triggers: count (u32), then each:
//!   lemma (string), part of speech (u8: verb, noun, adj, idiom),
//!   object (u8: any, word, set, clause, actor; a word or set then its string),
//!   CAMEO code (string), class (u8: none, meets, backs, opposes), Goldstein (f32 bits, u32),
//!   frame (u8 bits: obj 1, mutual 2, agent_noun 4, event_noun 8), prepositions (u8 count,
//!   then the index of each in FRAME_PREPOSITIONS, u8)
//! ```
//!
//! A string is its length (u16) and its UTF-8 bytes; every integer is little-endian.

use super::{FRAME_PREPOSITIONS, Frame, Trigger, TriggerObject, TriggerPos};
use crate::domain::RelationKind;
use crate::lexicon::index_io::Reader;
#[cfg(test)]
use crate::lexicon::index_io::{put_str, put_u32, put_u64};
use crate::nlp::model_io::checksum;

const MAGIC: &[u8; 8] = b"AGTRGIX1";

/// The parts of speech in the order of their index codes.
const POS: [TriggerPos; 4] = [
    TriggerPos::Verb,
    TriggerPos::Noun,
    TriggerPos::Adj,
    TriggerPos::Idiom,
];

/// The classes a trigger may have, in the order of their index codes (after 0, none).
const CLASSES: [RelationKind; 3] = [
    RelationKind::Meets,
    RelationKind::Backs,
    RelationKind::Opposes,
];

/// The index of `triggers`, parsed from the tables `text` and `sets`.
#[cfg(test)]
pub(super) fn write(triggers: &[Trigger], text: &str, sets: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(triggers.len() * 32);
    out.extend_from_slice(MAGIC);
    put_u64(&mut out, checksum(text.as_bytes()));
    put_u64(&mut out, checksum(sets.as_bytes()));
    put_u32(&mut out, triggers.len() as u32);
    for t in triggers {
        put_str(&mut out, &t.lemma);
        out.push(t.pos.index() as u8);
        match &t.object {
            TriggerObject::Any => out.push(0),
            TriggerObject::Word(w) => {
                out.push(1);
                put_str(&mut out, w);
            }
            TriggerObject::Set(s) => {
                out.push(2);
                put_str(&mut out, s);
            }
            TriggerObject::Clause => out.push(3),
            TriggerObject::Actor => out.push(4),
        }
        put_str(&mut out, &t.cameo);
        out.push(t.class.map_or(0, |k| {
            CLASSES
                .iter()
                .position(|&c| c == k)
                .expect("a trigger's class") as u8
                + 1
        }));
        put_u32(&mut out, t.goldstein.to_bits());
        let f = &t.frame;
        out.push(
            f.obj as u8
                | (f.mutual as u8) << 1
                | (f.agent_noun as u8) << 2
                | (f.event_noun as u8) << 3,
        );
        out.push(f.preps.len() as u8);
        for p in &f.preps {
            let i = FRAME_PREPOSITIONS.iter().position(|q| **q == **p);
            out.push(i.expect("a frame's preposition") as u8);
        }
    }
    out
}

/// The triggers of the tables `text` and `sets` read from their index `bytes`, in the
/// table's order; `None` when the index was made from other tables or is malformed (the
/// caller then parses the tables).
pub(super) fn read(text: &str, sets: &str, bytes: &[u8]) -> Option<Vec<Trigger>> {
    let mut c = Reader(bytes);
    if c.take(8)? != MAGIC
        || c.u64()? != checksum(text.as_bytes())
        || c.u64()? != checksum(sets.as_bytes())
    {
        return None;
    }
    let n = c.u32()? as usize;
    let mut out = Vec::with_capacity(n.min(bytes.len() / 16));
    for _ in 0..n {
        out.push(read_trigger(&mut c)?);
    }
    c.0.is_empty().then_some(out)
}

/// One trigger's record.
fn read_trigger(c: &mut Reader<'_>) -> Option<Trigger> {
    let lemma = c.str()?.into();
    let pos = *POS.get(c.u8()? as usize)?;
    let object = match c.u8()? {
        0 => TriggerObject::Any,
        1 => TriggerObject::Word(c.str()?.into()),
        2 => TriggerObject::Set(c.str()?.into()),
        3 => TriggerObject::Clause,
        4 => TriggerObject::Actor,
        _ => return None,
    };
    let cameo = c.str()?.into();
    let class = match c.u8()? {
        0 => None,
        k => Some(*CLASSES.get(k as usize - 1)?),
    };
    let goldstein = f32::from_bits(c.u32()?);
    let bits = c.u8()?;
    let n = c.u8()? as usize;
    let preps = c
        .take(n)?
        .iter()
        .map(|&i| FRAME_PREPOSITIONS.get(i as usize).map(|p| (*p).into()))
        .collect::<Option<_>>()?;
    Some(Trigger {
        lemma,
        pos,
        object,
        cameo,
        class,
        goldstein,
        frame: Frame {
            obj: bits & 1 != 0,
            preps,
            mutual: bits & 2 != 0,
            agent_noun: bits & 4 != 0,
            event_noun: bits & 8 != 0,
        },
    })
}
