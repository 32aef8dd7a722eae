//! The flat hash tables of a model file: feature hash -> parameters.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::nlp::model_io::{Bytes, Cursor, LINE, U64s, get_u64, pad_to_line};

/// Hasher for keys that are already good 64-bit hashes.
#[derive(Default)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A hash map keyed by feature hashes.
pub(crate) type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// Open-addressing table from a 64-bit key hash to a 32-bit value, stored as one flat
/// array of `u64` slots: fingerprint (high 32 bits of the key hash, never 0) and value.
/// The slot is the low bits of the key hash; collisions probe linearly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HashIndex {
    slots: U64s,
}

/// The home slot of key hash `h` in a table of `n` slots: the low 32 bits scaled to
/// `0..n` (multiply-shift), so tables need not be a power of two in size and can be
/// sized to their contents.
#[inline]
fn home(h: u64, n: usize) -> usize {
    ((h as u32 as u64 * n as u64) >> 32) as usize
}

/// The slot after `i` in a table of `n` slots.
#[inline]
fn next(i: usize, n: usize) -> usize {
    if i + 1 == n { 0 } else { i + 1 }
}

/// Slots per stored key: a load of at most 3/4 keeps linear probing short, also for the
/// many lookups of features the model has never seen.
fn table_size(keys: usize) -> usize {
    (keys * 4 / 3 + 1).max(8)
}

#[inline]
fn fingerprint(h: u64) -> u64 {
    let fp = h >> 32;
    if fp == 0 { 1 } else { fp }
}

impl HashIndex {
    /// An index of `entries` (key hash, value); keys must be distinct.
    pub fn build(entries: &[(u64, u32)]) -> HashIndex {
        let cap = table_size(entries.len());
        let mut slots = vec![0u64; cap];
        for &(h, v) in entries {
            let mut i = home(h, cap);
            while slots[i] != 0 {
                i = next(i, cap);
            }
            slots[i] = fingerprint(h) << 32 | v as u64;
        }
        HashIndex {
            slots: U64s::from_vec(&slots),
        }
    }

    /// The value stored for key hash `h`.
    #[inline]
    pub fn get(&self, h: u64) -> Option<u32> {
        let fp = fingerprint(h);
        let raw = self.slots.raw();
        let n = self.slots.len();
        let mut i = home(h, n);
        // bounded, so that even a (corrupt) full table cannot loop forever
        for _ in 0..n {
            let s = get_u64(raw, i);
            if s == 0 {
                return None;
            }
            if s >> 32 == fp {
                return Some(s as u32);
            }
            i = next(i, n);
        }
        None
    }

    /// Every stored value.
    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        self.slots.iter().filter(|&s| s != 0).map(|s| s as u32)
    }

    /// Serialized form: slot count, then the slots.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.slots.len() as u64).to_le_bytes());
        out.extend_from_slice(self.slots.as_bytes());
    }

    /// Reads what [`HashIndex::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<HashIndex> {
        let n = usize::try_from(c.u64()?).ok()?;
        if n == 0 {
            return None;
        }
        Some(HashIndex { slots: c.u64s(n)? })
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.slots.len() * 8
    }
}

/// Slots per bucket of a [`Buckets`] table.
const SLOTS: usize = 8;

/// The fingerprint of key hash `h` in a [`Buckets`] table: its top 32 bits, never 0
/// (0 marks an empty slot). With 32 bits a key the table does not hold matches another
/// key's fingerprint about once in a billion lookups, so the table answers exactly like
/// the map it was built from.
#[inline]
fn fp32(h: u64) -> u32 {
    ((h >> 32) as u32).max(1)
}

/// Bit masks of the slots of a bucket whose fingerprint is `fp` and of the empty slots
/// (four bits per slot).
#[inline(always)]
fn match_fps(fps: &[u8; 4 * SLOTS], fp: u32) -> (u32, u32) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of every x86_64 processor; the loads read exactly the
        // 32 bytes of `fps`.
        unsafe {
            let lo = _mm_loadu_si128(fps.as_ptr() as *const __m128i);
            let hi = _mm_loadu_si128(fps.as_ptr().add(16) as *const __m128i);
            let f = _mm_set1_epi32(fp as i32);
            let z = _mm_setzero_si128();
            let m = _mm_movemask_epi8(_mm_cmpeq_epi32(lo, f)) as u32
                | (_mm_movemask_epi8(_mm_cmpeq_epi32(hi, f)) as u32) << 16;
            let e = _mm_movemask_epi8(_mm_cmpeq_epi32(lo, z)) as u32
                | (_mm_movemask_epi8(_mm_cmpeq_epi32(hi, z)) as u32) << 16;
            (m, e)
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let (mut m, mut e) = (0u32, 0u32);
        for s in 0..SLOTS {
            let f = u32::from_le_bytes(fps[4 * s..4 * s + 4].try_into().expect("4 bytes"));
            m |= ((f == fp) as u32 * 15) << (4 * s);
            e |= ((f == 0) as u32 * 15) << (4 * s);
        }
        (m, e)
    }
}

/// A static hash table from 64-bit key hashes to payloads of `W` bytes, in buckets of
/// [`SLOTS`] slots: each bucket holds the 32-bit fingerprints of its slots, then their
/// payloads. A key lives in its home bucket or, when that is full, in one of the next
/// ones. A lookup compares the fingerprints of a whole bucket at once and stops at the
/// first bucket with an empty slot, so it costs a handful of instructions and, at the
/// load used here (at most 70%), nearly always a single bucket, whether the key is
/// there or not. Keys are inserted most frequent first, so the frequent ones sit in
/// their home buckets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Buckets<const W: usize> {
    bytes: Bytes,
    n: usize,
    /// Every bucket is one cache line: 64 bytes, the table starting on a line.
    one_line: bool,
}

impl<const W: usize> Buckets<W> {
    const SIZE: usize = 4 * SLOTS + SLOTS * W;

    fn new(bytes: Bytes, n: usize) -> Buckets<W> {
        let one_line = Self::SIZE == LINE && (bytes.as_ptr() as usize).is_multiple_of(LINE);
        Buckets { bytes, n, one_line }
    }

    /// True when the table starts on a cache line (and so, with buckets of 64 bytes,
    /// every bucket is one line: see [`Buckets::prefetch`]).
    #[cfg(test)]
    pub(crate) fn starts_on_line(&self) -> bool {
        (self.bytes.as_ptr() as usize).is_multiple_of(LINE) && (self.one_line || Self::SIZE != LINE)
    }

    /// A table of `entries` (key hash, payload), inserted in the order given. An entry
    /// whose fingerprint already occurs on its probe path would be shadowed by the
    /// earlier key and is left out; returns the table and the number left out.
    pub fn build(entries: &[(u64, [u8; W])]) -> (Buckets<W>, usize) {
        let n = (entries.len() * 10).div_ceil(SLOTS * 7).max(1);
        let mut b = vec![0u8; n * Self::SIZE];
        let mut shadowed = 0;
        'entries: for &(h, payload) in entries {
            let fp = fp32(h).to_le_bytes();
            let mut i = home(h, n);
            loop {
                let bucket = &mut b[i * Self::SIZE..(i + 1) * Self::SIZE];
                let mut empty = None;
                for s in 0..SLOTS {
                    let f = &bucket[4 * s..4 * s + 4];
                    if f == fp {
                        shadowed += 1;
                        continue 'entries;
                    }
                    if f == [0; 4] && empty.is_none() {
                        empty = Some(s);
                    }
                }
                if let Some(s) = empty {
                    bucket[4 * s..4 * s + 4].copy_from_slice(&fp);
                    let at = 4 * SLOTS + s * W;
                    bucket[at..at + W].copy_from_slice(&payload);
                    break;
                }
                i = next(i, n);
            }
        }
        (Buckets::new(Bytes::from_vec(b), n), shadowed)
    }

    /// The raw table, for [`Buckets::find`].
    #[inline]
    pub(crate) fn raw(&self) -> &[u8] {
        &self.bytes
    }

    /// Starts loading the home bucket of key hash `h`.
    #[inline]
    pub fn prefetch(&self, raw: &[u8], h: u64) {
        let start = home(h, self.n) * Self::SIZE;
        prefetch_at(raw, start);
        // a bucket not on a cache line of its own may span two: load both
        if !self.one_line {
            prefetch_at(raw, start + Self::SIZE - 1);
        }
    }

    /// The payload of key hash `h`, given the table's [`Buckets::raw`] bytes.
    #[inline]
    pub fn find<'a>(&self, raw: &'a [u8], h: u64) -> Option<&'a [u8; W]> {
        let fp = fp32(h);
        let mut i = home(h, self.n);
        // bounded, so that even a (corrupt) full table cannot loop forever
        for _ in 0..self.n {
            let base = i * Self::SIZE;
            let bucket = raw.get(base..base + Self::SIZE)?;
            let fps: &[u8; 4 * SLOTS] = bucket[..4 * SLOTS].try_into().ok()?;
            let (m, e) = match_fps(fps, fp);
            if m != 0 {
                let at = 4 * SLOTS + (m.trailing_zeros() as usize / 4) * W;
                return bucket.get(at..at + W)?.try_into().ok();
            }
            if e != 0 {
                return None;
            }
            i = next(i, self.n);
        }
        None
    }

    /// Every stored payload.
    pub fn payloads(&self) -> impl Iterator<Item = [u8; W]> + '_ {
        self.bytes.chunks_exact(Self::SIZE).flat_map(|b| {
            (0..SLOTS)
                .filter(move |&s| b[4 * s..4 * s + 4] != [0; 4])
                .map(move |s| {
                    let at = 4 * SLOTS + s * W;
                    b[at..at + W].try_into().expect("W bytes")
                })
        })
    }

    /// Serialized form: bucket count, zero padding to a cache line of the section
    /// (`out` holds the section so far), then the buckets.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.n as u64).to_le_bytes());
        pad_to_line(out);
        out.extend_from_slice(&self.bytes);
        while !out.len().is_multiple_of(8) {
            out.push(0);
        }
    }

    /// Reads what [`Buckets::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<Buckets<W>> {
        let (bytes, n) = read_buckets(c, Self::SIZE)?;
        c.take(bytes.len().next_multiple_of(8) - bytes.len())?;
        Some(Buckets::new(bytes, n))
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.bytes.len()
    }
}

/// Asks the processor to start loading the cache line of `b[i * 8]`. A prefetch
/// retires at once, unlike a load, so a whole batch of misses can be in flight together.
#[inline(always)]
pub(crate) fn prefetch(b: &[u8], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(x) = b.get(i * 8) {
        // SAFETY: a prefetch is only a hint; it never faults and changes no state the
        // program can observe, and the address is inside `b` anyway.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                x as *const u8 as *const i8,
            )
        };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (b, i);
}

/// Asks the processor to start loading the cache line of `b[i]`.
#[inline(always)]
pub(crate) fn prefetch_at(b: &[u8], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(x) = b.get(i) {
        // SAFETY: a prefetch is only a hint; it never faults and changes no state the
        // program can observe, and the address is inside `b` anyway.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                x as *const u8 as *const i8,
            )
        };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (b, i);
}

/// Slots per bucket of a [`LineTable`].
const LINE_SLOTS: usize = 7;

/// Byte offset of the first payload in a [`LineTable`] bucket: 7 low halves of the
/// fingerprints (16 bits each), then their 7 high bytes.
const LINE_PAYLOADS: usize = 3 * LINE_SLOTS;

/// Byte of a [`LineTable`] bucket that filters the keys stored past it (see
/// [`LineTable::find`]).
const LINE_FILTER: usize = LINE - 1;

/// The bit of fingerprint `fp` in a bucket's filter byte.
#[inline]
fn filter_bit(fp: u32) -> u8 {
    1 << (fp & 7)
}

/// The fingerprint of key hash `h` in a [`LineTable`]: its top 24 bits, never 0 (0
/// marks an empty slot). It is the top 24 bits of the 32-bit fingerprint of a
/// [`Buckets`] table (or 1 where that is below 256), so that a table of those can be
/// converted without the keys.
#[inline]
fn fp24(h: u64) -> u32 {
    ((h >> 40) as u32).max(1)
}

/// Bit masks of the slots of a [`LineTable`] bucket whose fingerprint is `fp` and of
/// the empty slots (two bits per slot).
#[inline(always)]
fn match_fps7(b: &[u8], fp: u32) -> (u32, u32) {
    const MASK: u32 = (1 << (2 * LINE_SLOTS)) - 1;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        assert!(b.len() >= 22);
        // SAFETY: SSE2 is part of every x86_64 processor; the loads read bytes 0..16
        // and 14..22 of `b`, which is at least 22 bytes long (just checked).
        unsafe {
            let lo = _mm_loadu_si128(b.as_ptr() as *const __m128i);
            let hi = _mm_loadl_epi64(b.as_ptr().add(2 * LINE_SLOTS) as *const __m128i);
            let z = _mm_setzero_si128();
            // each high byte's comparison widened to the 16-bit lane of its low half
            let both = |flo: __m128i, fhi: __m128i| {
                let h = _mm_cmpeq_epi8(hi, fhi);
                _mm_movemask_epi8(_mm_and_si128(
                    _mm_cmpeq_epi16(lo, flo),
                    _mm_unpacklo_epi8(h, h),
                )) as u32
                    & MASK
            };
            let m = both(
                _mm_set1_epi16(fp as u16 as i16),
                _mm_set1_epi8((fp >> 16) as u8 as i8),
            );
            (m, both(z, z))
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let (mut m, mut e) = (0u32, 0u32);
        for s in 0..LINE_SLOTS {
            let f = u16::from_le_bytes([b[2 * s], b[2 * s + 1]]) as u32
                | (b[2 * LINE_SLOTS + s] as u32) << 16;
            m |= ((f == fp) as u32 * 3) << (2 * s);
            e |= ((f == 0) as u32 * 3) << (2 * s);
        }
        (m, e)
    }
}

/// A static hash table from 64-bit key hashes to 6-byte payloads whose every bucket is
/// one cache line: 7 slots, each a 24-bit fingerprint and a payload, in 64 bytes (the
/// fingerprints' low halves, their high bytes, the payloads, a filter byte). It answers
/// as [`Buckets`] does (home bucket, the next ones while full, a lookup stops at the
/// first bucket with an empty slot), but a probe loads one line where a bucket of 8
/// slots of 32-bit fingerprints (80 bytes) loaded two. With 24 bits a key the table
/// lacks matches a fingerprint of its bucket about once in three million lookups.
///
/// The filter byte of a full bucket has the bit of every fingerprint (its low 3 bits)
/// of the keys stored past it whose probe path crosses it: a lookup of a key the table
/// lacks stops at a full bucket whose filter lacks its bit, without loading the next
/// line (which was not prefetched), most of the time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineTable {
    bytes: Bytes,
    n: usize,
}

impl LineTable {
    const SIZE: usize = LINE;

    /// A table of `entries` (key hash, payload), inserted in the order given, at a load
    /// of at most 70%; returns the table and the number of entries left out because
    /// their fingerprint already occurs on their probe path.
    pub fn build(entries: &[(u64, [u8; 6])]) -> (LineTable, usize) {
        let n = (entries.len() * 10).div_ceil(LINE_SLOTS * 7).max(1);
        Self::place(
            n,
            entries.iter().map(|&(h, p)| {
                let i = home(h, n);
                (i, i, fp24(h), p)
            }),
        )
    }

    /// The same table as `old` (its buckets of 8 slots of 32-bit fingerprints) in
    /// buckets of one line, without the keys: the same number of buckets, each entry
    /// placed from the bucket it lies in. An entry lies in its home bucket or, when that
    /// was full, in a later one with every bucket between full; those are full here too
    /// (their 8 entries are placed from them, and 7 fill a bucket), so a lookup from its
    /// home still reaches it. Its home is one of the buckets from the first of the run
    /// of full buckets before the one it lay in: those get its bit in their filters.
    /// Returns the table and the number of entries left out because their fingerprint
    /// already occurs on their probe path from the first possible home.
    pub fn from_buckets(old: &Buckets<6>) -> (LineTable, usize) {
        let old_size = Buckets::<6>::SIZE;
        let n = old.n;
        let full: Vec<bool> = old
            .bytes
            .chunks_exact(old_size)
            .map(|b| (0..SLOTS).all(|s| b[4 * s..4 * s + 4] != [0; 4]))
            .collect();
        // the first bucket of the run of full buckets that ends just before bucket `i`
        let first = |i: usize| {
            let mut k = i;
            for _ in 1..n {
                let before = if k == 0 { n - 1 } else { k - 1 };
                if !full[before] {
                    break;
                }
                k = before;
            }
            k
        };
        let firsts: Vec<usize> = (0..n).map(first).collect();
        let entries = old
            .bytes
            .chunks_exact(old_size)
            .enumerate()
            .flat_map(|(i, b)| {
                (0..SLOTS).filter_map(move |s| {
                    let f = u32::from_le_bytes(b[4 * s..4 * s + 4].try_into().expect("4 bytes"));
                    let at = 4 * SLOTS + 6 * s;
                    (f != 0).then(|| (i, (f >> 8).max(1), b[at..at + 6].try_into().expect("6")))
                })
            })
            .map(|(i, fp, p)| (firsts[i], i, fp, p));
        Self::place(n, entries)
    }

    /// Places (first possible home bucket, bucket to place from, fingerprint, payload)
    /// in a table of `n` buckets, and marks the entry's bit in the filters of the
    /// buckets it is stored past.
    fn place(
        n: usize,
        entries: impl Iterator<Item = (usize, usize, u32, [u8; 6])>,
    ) -> (LineTable, usize) {
        let mut b = vec![0u8; n * Self::SIZE];
        let mut shadowed = 0;
        'entries: for (first, start, fp, payload) in entries {
            let mut i = first;
            let mut placing = first == start;
            for _ in 0..n {
                let bucket = &b[i * Self::SIZE..(i + 1) * Self::SIZE];
                let (m, e) = match_fps7(bucket, fp);
                if m != 0 {
                    shadowed += 1;
                    continue 'entries;
                }
                if placing && e != 0 {
                    let s = e.trailing_zeros() as usize / 2;
                    let bucket = &mut b[i * Self::SIZE..(i + 1) * Self::SIZE];
                    bucket[2 * s..2 * s + 2].copy_from_slice(&(fp as u16).to_le_bytes());
                    bucket[2 * LINE_SLOTS + s] = (fp >> 16) as u8;
                    let at = LINE_PAYLOADS + 6 * s;
                    bucket[at..at + 6].copy_from_slice(&payload);
                    // the buckets from its first possible home to here: its bit
                    let mut k = first;
                    while k != i {
                        b[k * Self::SIZE + LINE_FILTER] |= filter_bit(fp);
                        k = next(k, n);
                    }
                    continue 'entries;
                }
                i = next(i, n);
                placing |= i == start;
            }
            panic!("a full table");
        }
        (
            LineTable {
                bytes: Bytes::from_vec(b),
                n,
            },
            shadowed,
        )
    }

    /// The raw table, for [`LineTable::find`].
    #[inline]
    pub(crate) fn raw(&self) -> &[u8] {
        &self.bytes
    }

    /// Starts loading the home bucket of key hash `h`.
    #[inline]
    pub fn prefetch(&self, raw: &[u8], h: u64) {
        prefetch_at(raw, home(h, self.n) * Self::SIZE);
    }

    /// The payload of key hash `h`, given the table's [`LineTable::raw`] bytes.
    #[inline]
    pub fn find<'a>(&self, raw: &'a [u8], h: u64) -> Option<&'a [u8; 6]> {
        let fp = fp24(h);
        let mut i = home(h, self.n);
        // bounded, so that even a (corrupt) full table cannot loop forever
        for _ in 0..self.n {
            let base = i * Self::SIZE;
            let bucket = raw.get(base..base + Self::SIZE)?;
            let (m, e) = match_fps7(bucket, fp);
            if m != 0 {
                let at = LINE_PAYLOADS + (m.trailing_zeros() as usize / 2) * 6;
                return bucket.get(at..at + 6)?.try_into().ok();
            }
            // an empty slot, or no key stored further with this key's filter bit
            if e != 0 || bucket[LINE_FILTER] & filter_bit(fp) == 0 {
                return None;
            }
            i = next(i, self.n);
        }
        None
    }

    /// Every stored payload.
    pub fn payloads(&self) -> impl Iterator<Item = [u8; 6]> + '_ {
        self.bytes.chunks_exact(Self::SIZE).flat_map(|b| {
            (0..LINE_SLOTS)
                .filter(move |&s| b[2 * s..2 * s + 2] != [0; 2] || b[2 * LINE_SLOTS + s] != 0)
                .map(move |s| {
                    let at = LINE_PAYLOADS + s * 6;
                    b[at..at + 6].try_into().expect("6 bytes")
                })
        })
    }

    /// Whether the table starts on a cache line (so that every bucket is one).
    #[cfg(test)]
    pub(crate) fn starts_on_line(&self) -> bool {
        (self.bytes.as_ptr() as usize).is_multiple_of(LINE)
    }

    /// Serialized form: bucket count, zero padding to a cache line of the section, then
    /// the buckets.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.n as u64).to_le_bytes());
        pad_to_line(out);
        out.extend_from_slice(&self.bytes);
    }

    /// Reads what [`LineTable::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<LineTable> {
        let (bytes, n) = read_buckets(c, Self::SIZE)?;
        Some(LineTable { bytes, n })
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.bytes.len()
    }
}

/// Reads a table's bucket count (never zero) and, past the padding to its line, its
/// `n` buckets of `size` bytes: the part of [`Buckets::read`] and [`LineTable::read`]
/// that is the same.
fn read_buckets(c: &mut Cursor, size: usize) -> Option<(Bytes, usize)> {
    let n = usize::try_from(c.u64()?).ok()?;
    if n == 0 {
        return None;
    }
    let total = n.checked_mul(size)?;
    c.align()?;
    Some((c.take(total)?, n))
}
