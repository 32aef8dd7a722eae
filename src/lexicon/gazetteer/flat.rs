//! The gazetteer's maps as flat bytes: an open-addressing hash table from a `u64` key
//! (a key's hash, or a country code) to a `u32` value, laid out as the index stores it,
//! so that the shipped gazetteer uses the table in place in the embedded index instead of
//! rebuilding a hash map from it (about 3 MB of heap for its six maps). Only the slots a
//! lookup touches are ever read, and an embedded table's pages that are not read take no
//! memory.
//!
//! Unlike the model files' hash indexes, which keep 32-bit fingerprints, a slot holds the
//! whole key: a lookup answers exactly as the map the table was built from.

use std::borrow::Cow;

/// Bytes of a slot: the key (`u64`), the value (`u32`), little-endian.
pub(super) const SLOT: usize = 12;

/// The value of an empty slot: never stored (row ids, word counts and
/// [`super::AMBIGUOUS`] are all below it).
const EMPTY: u32 = u32::MAX;

/// An exact hash table from `u64` keys to `u32` values, in [`SLOT`]-byte slots probed
/// linearly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct FlatMap {
    slots: Cow<'static, [u8]>,
}

/// The home slot of `key` in a table of `n` slots: the key mixed (country codes are
/// small numbers, not hashes), scaled to `0..n`.
#[inline]
fn home(key: u64, n: usize) -> usize {
    let mixed = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((u128::from(mixed) * n as u128) >> 64) as usize
}

impl FlatMap {
    /// The table of `pairs` (distinct keys; values other than `u32::MAX`). The slots
    /// depend on the order of the pairs: give them sorted, so that they depend on the
    /// contents only.
    pub fn build(pairs: &[(u64, u32)]) -> FlatMap {
        // a load of at most 3/4 keeps the probes short, and leaves an empty slot
        let n = pairs.len() * 4 / 3 + 1;
        let mut slots = vec![0u8; n * SLOT];
        for slot in slots.chunks_exact_mut(SLOT) {
            slot[8..].copy_from_slice(&EMPTY.to_le_bytes());
        }
        for &(key, value) in pairs {
            assert_ne!(value, EMPTY, "a value of a gazetteer map is below u32::MAX");
            let mut i = home(key, n);
            while value_at(&slots, i) != EMPTY {
                i = if i + 1 == n { 0 } else { i + 1 };
            }
            slots[i * SLOT..i * SLOT + 8].copy_from_slice(&key.to_le_bytes());
            slots[i * SLOT + 8..(i + 1) * SLOT].copy_from_slice(&value.to_le_bytes());
        }
        FlatMap {
            slots: Cow::Owned(slots),
        }
    }

    /// The table stored in `bytes` (as [`FlatMap::as_bytes`] gives them), used in place;
    /// `None` when they are no whole number of slots or hold no empty slot.
    pub fn from_static(bytes: &'static [u8]) -> Option<FlatMap> {
        let map = FlatMap {
            slots: Cow::Borrowed(bytes),
        };
        (bytes.len().is_multiple_of(SLOT) && map.slots().any(|(_, v)| v == EMPTY)).then_some(map)
    }

    /// The slots as stored.
    #[cfg(test)]
    pub fn as_bytes(&self) -> &[u8] {
        &self.slots
    }

    /// Every stored value.
    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        self.slots().map(|(_, v)| v).filter(|&v| v != EMPTY)
    }

    fn slots(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.slots.chunks_exact(SLOT).map(|s| {
            let key = u64::from_le_bytes(s[..8].try_into().expect("8 bytes"));
            (key, u32::from_le_bytes(s[8..].try_into().expect("4 bytes")))
        })
    }

    /// The value stored for `key`.
    #[inline]
    pub fn get(&self, key: u64) -> Option<u32> {
        let n = self.slots.len() / SLOT;
        if n == 0 {
            return None;
        }
        let mut i = home(key, n);
        // bounded, so that even a table without an empty slot cannot loop forever
        for _ in 0..n {
            let slot = &self.slots[i * SLOT..(i + 1) * SLOT];
            let value = u32::from_le_bytes(slot[8..].try_into().expect("4 bytes"));
            if value == EMPTY {
                return None;
            }
            if slot[..8] == key.to_le_bytes() {
                return Some(value);
            }
            i = if i + 1 == n { 0 } else { i + 1 };
        }
        None
    }
}

fn value_at(slots: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(
        slots[i * SLOT + 8..(i + 1) * SLOT]
            .try_into()
            .expect("4 bytes"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_map_answers_as_the_pairs_it_was_built_from() {
        let pairs: Vec<(u64, u32)> = (0..1000u64).map(|k| (k * 7919, k as u32)).collect();
        let map = FlatMap::build(&pairs);
        for &(k, v) in &pairs {
            assert_eq!(map.get(k), Some(v));
        }
        assert_eq!(map.get(1), None);
        assert_eq!(map.values().count(), pairs.len());
        let bytes: &'static [u8] = map.as_bytes().to_vec().leak();
        assert_eq!(FlatMap::from_static(bytes), Some(map));
        assert_eq!(FlatMap::default().get(0), None);
        assert!(FlatMap::from_static(&bytes[1..]).is_none());
    }
}
