//! Averaged perceptron: a sparse trainer and the compact, flat model it exports.
//!
//! At run time a model is a [`HashIndex`] from feature hash to a run of parameters, and
//! one flat array of parameters, each a class id (8 bits) and a quantized weight (24
//! bits) in one `u32`. Only the classes a feature has a weight for are stored, so a
//! feature costs one table probe and a few adds; both arrays are read from the file as
//! they are.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::model_io::{Bytes, Cursor, U64s, get_u64};

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
}

impl<const W: usize> Buckets<W> {
    const SIZE: usize = 4 * SLOTS + SLOTS * W;

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
        (
            Buckets {
                bytes: Bytes::from_vec(b),
                n,
            },
            shadowed,
        )
    }

    /// The raw table, for [`Buckets::find`].
    #[inline]
    fn raw(&self) -> &[u8] {
        &self.bytes
    }

    /// Starts loading the home bucket of key hash `h`.
    #[inline]
    pub fn prefetch(&self, raw: &[u8], h: u64) {
        // a bucket is not aligned to cache lines, so it may span two: load both
        let start = home(h, self.n) * Self::SIZE;
        prefetch_at(raw, start);
        prefetch_at(raw, start + Self::SIZE - 1);
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

    /// Serialized form: bucket count, then the buckets.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.n as u64).to_le_bytes());
        out.extend_from_slice(&self.bytes);
        while !out.len().is_multiple_of(8) {
            out.push(0);
        }
    }

    /// Reads what [`Buckets::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<Buckets<W>> {
        let n = usize::try_from(c.u64()?).ok()?;
        if n == 0 {
            return None;
        }
        let size = n.checked_mul(Self::SIZE)?;
        let bytes = c.take(size)?;
        c.take(size.next_multiple_of(8) - size)?;
        Some(Buckets { bytes, n })
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.bytes.len()
    }
}

/// A compact linear model: scores classes by summing the weights of features.
///
/// The index maps a feature to its weights: a dense row of 16-bit weights, one per
/// class (padded to [`Linear::stride`] classes so that it adds in whole vector
/// registers), for a feature with weights for many classes; a run of sparse parameters,
/// each a class (8 bits) and a 16-bit weight in a `u32`, for the many features with
/// weights for a few classes only. Every array is read from the file as it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Linear {
    n_classes: usize,
    stride: usize,
    /// Per feature: `DENSE | row` or `start << 8 | len` into `sparse`.
    index: Buckets<4>,
    dense: Bytes,
    sparse: Bytes,
}

/// Marks a dense row in a [`Linear`] index payload.
const DENSE: u32 = 1 << 31;

/// Asks the processor to start loading the cache line of `b[i * 8]`. A prefetch
/// retires at once, unlike a load, so a whole batch of misses can be in flight together.
#[inline(always)]
fn prefetch(b: &[u8], i: usize) {
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
fn prefetch_at(b: &[u8], i: usize) {
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

/// Features looked up together.
const BATCH: usize = 64;

/// Largest quantized weight; with at most a few hundred features per decision the
/// `i32` score sums cannot overflow.
const QMAX: f32 = (1 << 20) as f32;

/// Adds the 32-bit little-endian weights `w` to `row`, both a whole number of groups
/// of 16 classes long (the shorter decides).
#[inline(always)]
fn add_dense(row: &mut [i32], w: &[u8]) {
    let n = row.len().min(w.len() / 4) / 16 * 16;
    let (row, w) = (&mut row[..n], &w[..4 * n]);
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, just checked.
            unsafe { add_dense_avx2(row, w) };
        } else {
            add_dense_sse2(row, w);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    for (r, w) in row.iter_mut().zip(w.chunks_exact(4)) {
        *r += i32::from_le_bytes(w.try_into().expect("4 bytes"));
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_dense_avx2(row: &mut [i32], w: &[u8]) {
    use std::arch::x86_64::*;
    for (r, w) in row.chunks_exact_mut(8).zip(w.chunks_exact(32)) {
        // SAFETY: each load and store covers exactly the 32 bytes of its chunk.
        unsafe {
            let a = _mm256_loadu_si256(r.as_ptr() as *const __m256i);
            let b = _mm256_loadu_si256(w.as_ptr() as *const __m256i);
            _mm256_storeu_si256(r.as_mut_ptr() as *mut __m256i, _mm256_add_epi32(a, b));
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn add_dense_sse2(row: &mut [i32], w: &[u8]) {
    use std::arch::x86_64::*;
    for (r, w) in row.chunks_exact_mut(4).zip(w.chunks_exact(16)) {
        // SAFETY: SSE2 is part of every x86_64 processor; each load and store covers
        // exactly the 16 bytes of its chunk.
        unsafe {
            let a = _mm_loadu_si128(r.as_ptr() as *const __m128i);
            let b = _mm_loadu_si128(w.as_ptr() as *const __m128i);
            _mm_storeu_si128(r.as_mut_ptr() as *mut __m128i, _mm_add_epi32(a, b));
        }
    }
}

impl Linear {
    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Length of a row of scores: the class count rounded up to a multiple of 16. The
    /// scores past the class count are padding, always 0.
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Scores for `features` into `scores`, which is resized to the class count.
    #[cfg(test)]
    pub fn score(&self, features: &[u64], scores: &mut Vec<i32>) {
        scores.clear();
        scores.resize(self.stride, 0);
        self.add_groups(features, |_| 0, scores);
        scores.truncate(self.n_classes);
    }

    /// Adds the weights of many features at once: feature `k` of `features` adds to
    /// the row of scores of group `group(k)`, `scores[group(k) * stride..][..stride]`.
    /// Features of a group beyond the end of `scores` are ignored.
    ///
    /// The features of a batch are looked up first, their rows prefetched, and only
    /// then are the weights added, so that cache misses overlap.
    #[inline]
    pub fn add_groups(&self, features: &[u64], group: impl Fn(usize) -> usize, scores: &mut [i32]) {
        let raw = self.index.raw();
        let dense: &[u8] = &self.dense;
        let sparse: &[u8] = &self.sparse;
        let stride = self.stride;
        let mut base = 0;
        for chunk in features.chunks(BATCH) {
            for &h in chunk {
                self.index.prefetch(raw, h);
            }
            let mut rows = [(0u32, 0u32); BATCH];
            let mut n = 0;
            for (k, &h) in chunk.iter().enumerate() {
                if let Some(v) = self.index.find(raw, h) {
                    let v = u32::from_le_bytes(*v);
                    rows[n] = (v, group(base + k) as u32);
                    n += 1;
                    if v & DENSE != 0 {
                        // a row is several cache lines: load them all
                        let at = (v & !DENSE) as usize * stride * 4;
                        for line in (at..at + stride * 4).step_by(64) {
                            prefetch_at(dense, line);
                        }
                        prefetch_at(dense, at + stride * 4 - 1);
                    } else {
                        prefetch(sparse, (v >> 8) as usize / 2);
                    }
                }
            }
            for &(v, g) in &rows[..n] {
                let g = g as usize;
                let Some(row) = scores.get_mut(g * stride..(g + 1) * stride) else {
                    continue;
                };
                // a reference out of range (only in a corrupt file) adds nothing
                if v & DENSE != 0 {
                    let r = (v & !DENSE) as usize;
                    if let Some(w) = dense.get(r * stride * 4..(r + 1) * stride * 4) {
                        add_dense(row, w);
                    }
                } else {
                    let (start, len) = ((v >> 8) as usize, (v & 0xff) as usize);
                    if let Some(run) = sparse.get(start * 4..(start + len) * 4) {
                        for p in run.chunks_exact(4) {
                            let p = u32::from_le_bytes(p.try_into().expect("4 bytes"));
                            if let Some(s) = row.get_mut((p & 0xff) as usize) {
                                *s += (p as i32) >> 8;
                            }
                        }
                    }
                }
            }
            base += chunk.len();
        }
    }

    /// Serialized form.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.n_classes as u64).to_le_bytes());
        self.index.write(out);
        for b in [&self.dense, &self.sparse] {
            out.extend_from_slice(&(b.len() as u64).to_le_bytes());
            out.extend_from_slice(b);
            while !out.len().is_multiple_of(8) {
                out.push(0);
            }
        }
    }

    /// Reads what [`Linear::write`] wrote. The parameters are not checked one by one
    /// (that would read the whole table at load); scoring ignores references out of
    /// range instead, so even a corrupt table cannot make it panic.
    pub fn read(c: &mut Cursor) -> Option<Linear> {
        let n_classes = usize::try_from(c.u64()?).ok()?;
        if n_classes == 0 || n_classes > 256 {
            return None;
        }
        let index = Buckets::read(c)?;
        let mut arrays = [None, None];
        for a in &mut arrays {
            let n = usize::try_from(c.u64()?).ok()?;
            *a = Some(c.take(n)?);
            c.take(n.next_multiple_of(8) - n)?;
        }
        let [dense, sparse] = arrays;
        Some(Linear {
            n_classes,
            stride: n_classes.next_multiple_of(16),
            index,
            dense: dense?,
            sparse: sparse?,
        })
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.index.payloads().count()
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.index.bytes() + self.dense.len() + self.sparse.len()
    }
}

/// A linear model over exactly four classes with each feature's weights inline in its
/// hash slot: the weights of classes 1 to 3 relative to class 0 (16 bits each). Adding
/// the same amount to every class changes no decision, so three numbers carry all four
/// weights, and a feature costs one lookup and no second memory access. Used for the
/// parser's transitions, the hottest model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Inline4 {
    index: Buckets<6>,
}

impl Inline4 {
    /// Scores of the four classes for `features` (class 0 is the reference, 0).
    #[inline]
    pub fn score(&self, features: &[u64]) -> [i32; 4] {
        let mut scores = [[0i32; 4]];
        self.add_groups(features, |_| 0, &mut scores);
        scores[0]
    }

    /// Adds the weights of feature `k` of `features` to `scores[group(k)]`, looking up
    /// many features at once. Features of a group beyond the end of `scores` are
    /// ignored.
    #[inline]
    pub fn add_groups(
        &self,
        features: &[u64],
        group: impl Fn(usize) -> usize,
        scores: &mut [[i32; 4]],
    ) {
        let raw = self.index.raw();
        let mut base = 0;
        for chunk in features.chunks(BATCH) {
            for &h in chunk {
                self.index.prefetch(raw, h);
            }
            for (k, &h) in chunk.iter().enumerate() {
                if let Some(w) = self.index.find(raw, h)
                    && let Some(sc) = scores.get_mut(group(base + k))
                {
                    sc[1] += i16::from_le_bytes([w[0], w[1]]) as i32;
                    sc[2] += i16::from_le_bytes([w[2], w[3]]) as i32;
                    sc[3] += i16::from_le_bytes([w[4], w[5]]) as i32;
                }
            }
            base += chunk.len();
        }
    }

    /// Serialized form.
    pub fn write(&self, out: &mut Vec<u8>) {
        self.index.write(out);
    }

    /// Reads what [`Inline4::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<Inline4> {
        Some(Inline4 {
            index: Buckets::read(c)?,
        })
    }

    /// Number of features with weights.
    #[allow(dead_code)]
    pub fn n_features(&self) -> usize {
        self.index.payloads().count()
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.index.bytes()
    }
}

#[derive(Debug, Clone, Copy)]
struct Param {
    class: u8,
    weight: f32,
    total: f64,
    stamp: u64,
}

/// The averaged perceptron while training: sparse per-feature class weights with lazy
/// averaging (each weight remembers when it last changed).
#[derive(Debug)]
pub(crate) struct Trainer {
    n_classes: usize,
    index: FeatureMap<u32>,
    rows: Vec<Vec<Param>>,
    updates: Vec<u32>,
    /// How often each feature was scored since it got weights: the export stores the
    /// most frequent features first.
    seen: Vec<u32>,
    time: u64,
}

impl Trainer {
    /// A model over `n_classes` classes with every weight zero.
    pub fn new(n_classes: usize) -> Trainer {
        assert!(n_classes > 0 && n_classes <= 256, "1 to 256 classes");
        Trainer {
            n_classes,
            index: FeatureMap::default(),
            rows: Vec::new(),
            updates: Vec::new(),
            seen: Vec::new(),
            time: 0,
        }
    }

    /// Current (not averaged) scores for `features`.
    pub fn score(&mut self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for h in features {
            if let Some(&r) = self.index.get(h) {
                self.seen[r as usize] = self.seen[r as usize].saturating_add(1);
                for p in &self.rows[r as usize] {
                    scores[p.class as usize] += p.weight;
                }
            }
        }
    }

    /// Counts one training decision; call once per decision, updated or not, so the
    /// average weighs every decision alike.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Moves weight from class `wrong` to class `right` for every feature.
    pub fn update(&mut self, features: &[u64], right: usize, wrong: usize) {
        if right == wrong {
            return;
        }
        for &h in features {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(h).or_insert(next) as usize;
            if r == self.rows.len() {
                self.rows.push(Vec::new());
                self.updates.push(0);
                self.seen.push(0);
            }
            self.updates[r] = self.updates[r].saturating_add(1);
            let row = &mut self.rows[r];
            for (class, delta) in [(right, 1.0f32), (wrong, -1.0)] {
                let time = self.time;
                let p = match row.iter_mut().position(|p| p.class as usize == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Param {
                            class: class as u8,
                            weight: 0.0,
                            total: 0.0,
                            stamp: time,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                p.total += (time - p.stamp) as f64 * p.weight as f64;
                p.stamp = time;
                p.weight += delta;
            }
        }
    }

    /// The features updated at least `min_updates` times (with their row ids), the
    /// most often seen first (ties in hash order).
    fn ranked(&self, min_updates: u32) -> Vec<(u64, u32)> {
        let mut keyed: Vec<(u64, u32)> = self
            .index
            .iter()
            .map(|(&h, &r)| (h, r))
            .filter(|&(_, r)| self.updates[r as usize] >= min_updates)
            .collect();
        keyed.sort_unstable_by_key(|&(h, r)| (std::cmp::Reverse(self.seen[r as usize]), h));
        keyed
    }

    /// The averaged weights of feature row `r`, by class.
    fn averaged(&self, r: u32) -> Vec<(u8, f32)> {
        let time = self.time.max(1) as f64;
        let mut row: Vec<(u8, f32)> = self.rows[r as usize]
            .iter()
            .map(|p| {
                let total = p.total + (self.time - p.stamp) as f64 * p.weight as f64;
                (p.class, (total / time) as f32)
            })
            .collect();
        row.sort_by_key(|p| p.0);
        row
    }

    /// The averaged weights as a compact model. Features updated fewer than
    /// `min_updates` times are dropped: they are rare and their weights mostly noise,
    /// and dropping them shrinks the model several times over. A feature with weights
    /// for at least `dense_min` classes gets a dense row.
    pub fn export(&self, min_updates: u32, dense_min: usize) -> Linear {
        let ranked = self.ranked(min_updates);
        let rows: Vec<Vec<(u8, f32)>> = ranked.iter().map(|&(_, r)| self.averaged(r)).collect();
        let max = rows.iter().flatten().fold(1e-9f32, |m, p| m.max(p.1.abs()));
        let scale = QMAX / max;
        let stride = self.n_classes.next_multiple_of(16);
        let (mut dense, mut sparse) = (Vec::new(), Vec::new());
        let mut entries = Vec::new();
        for (&(h, _), row) in ranked.iter().zip(&rows) {
            let q: Vec<(u8, i32)> = row
                .iter()
                .map(|&(c, w)| (c, (w * scale).round() as i32))
                .filter(|p| p.1 != 0)
                .collect();
            if q.is_empty() {
                continue;
            }
            let v = if q.len() >= dense_min {
                let r = dense.len() / (4 * stride);
                assert!(r < DENSE as usize, "too many dense rows");
                let mut d = vec![0i32; stride];
                for (c, w) in q {
                    d[c as usize] = w;
                }
                dense.extend(d.iter().flat_map(|w| w.to_le_bytes()));
                DENSE | r as u32
            } else {
                let start = sparse.len() / 4;
                assert!(start < 1 << 23, "too many parameters for the index format");
                for &(c, w) in &q {
                    sparse.extend_from_slice(&(w << 8 | c as i32).to_le_bytes());
                }
                (start as u32) << 8 | q.len() as u32
            };
            entries.push((h, v.to_le_bytes()));
        }
        let (index, _) = Buckets::build(&entries);
        Linear {
            n_classes: self.n_classes,
            stride,
            index,
            dense: Bytes::from_vec(dense),
            sparse: Bytes::from_vec(sparse),
        }
    }

    /// The averaged weights of a four-class model as an [`Inline4`], without the
    /// features updated fewer than `min_updates` times.
    pub fn export_inline4(&self, min_updates: u32) -> Inline4 {
        assert_eq!(self.n_classes, 4, "Inline4 holds four classes");
        let mut rows: Vec<(u64, [f32; 3])> = Vec::new();
        let mut max = 1e-9f32;
        for (h, r) in self.ranked(min_updates) {
            let mut w = [0f32; 4];
            for (c, a) in self.averaged(r) {
                w[c as usize] = a;
            }
            let d = [w[1] - w[0], w[2] - w[0], w[3] - w[0]];
            max = d.iter().fold(max, |m, x| m.max(x.abs()));
            rows.push((h, d));
        }
        let scale = 32767.0 / max;
        let mut entries = Vec::new();
        for (h, d) in rows {
            let q = d.map(|x| (x * scale).round() as i16);
            if q == [0; 3] {
                continue;
            }
            let mut p = [0u8; 6];
            for (k, w) in q.iter().enumerate() {
                p[2 * k..2 * k + 2].copy_from_slice(&w.to_le_bytes());
            }
            entries.push((h, p));
        }
        Inline4 {
            index: Buckets::build(&entries).0,
        }
    }
}

/// Index of the highest score, the first on ties; `allowed` masks classes out.
#[inline]
pub(crate) fn argmax_i32(scores: &[i32]) -> usize {
    // two passes the compiler turns into vector code: the maximum, then where it is
    let max = scores.iter().copied().max().unwrap_or(0);
    scores.iter().position(|&s| s == max).unwrap_or(0)
}

/// Index of the highest score, the first on ties.
#[inline]
pub(crate) fn argmax_f32(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// A small deterministic random generator (SplitMix64) for shuffling training data.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        super::features::fmix64(self.0)
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_finds_what_it_holds_and_nothing_else() {
        let entries: Vec<(u64, u32)> = (0..1000u64)
            .map(|i| (super::super::features::fmix64(i + 1), i as u32))
            .collect();
        let idx = HashIndex::build(&entries);
        for &(h, v) in &entries {
            assert_eq!(idx.get(h), Some(v));
        }
        let absent = (5000..6000u64)
            .filter(|&i| idx.get(super::super::features::fmix64(i)).is_some())
            .count();
        assert_eq!(absent, 0);
    }

    #[test]
    fn buckets_find_what_they_hold_and_nothing_else() {
        let h = super::super::features::fmix64;
        let entries: Vec<(u64, [u8; 4])> = (0..5000u64)
            .map(|i| (h(i + 1), (i as u32).to_le_bytes()))
            .collect();
        let (t, shadowed) = Buckets::build(&entries);
        assert_eq!(shadowed, 0);
        let raw = t.raw();
        for &(k, v) in &entries {
            assert_eq!(t.find(raw, k), Some(&v));
        }
        assert!((10_000..20_000u64).all(|i| t.find(raw, h(i)).is_none()));
        assert_eq!(t.payloads().count(), entries.len());
        // keys that all share one home bucket spill into the next buckets
        let same_home: Vec<(u64, [u8; 4])> = (0..40u64)
            .map(|i| ((i + 1) << 32 | 7, (i as u32).to_le_bytes()))
            .collect();
        let (t, _) = Buckets::build(&same_home);
        for &(k, v) in &same_home {
            assert_eq!(t.find(t.raw(), k), Some(&v));
        }
        assert_eq!(t.find(t.raw(), 99 << 32 | 7), None);
        // a key whose fingerprint repeats one on its path is left out, not mistaken
        let (t, shadowed) = Buckets::build(&[(1 << 32 | 5, [1; 4]), (1 << 32 | 6, [2; 4])]);
        assert_eq!((shadowed, t.payloads().count()), (1, 1));
        let mut bytes = Vec::new();
        t.write(&mut bytes);
        let back: Buckets<4> = Buckets::read(&mut Cursor::copied(&bytes)).unwrap();
        assert_eq!(back, t);
        for cut in 0..bytes.len() {
            assert!(Buckets::<4>::read(&mut Cursor::copied(&bytes[..cut])).is_none());
        }
    }

    #[test]
    fn perceptron_learns_a_separable_problem_and_round_trips() {
        // class = which of the features 1, 2, 3 is present; feature 9 is noise
        let h = super::super::features::fmix64;
        let data: Vec<(Vec<u64>, usize)> = (0..300)
            .map(|i| (vec![h((i % 3) as u64 + 1), h(9)], i % 3))
            .collect();
        let mut t = Trainer::new(3);
        let mut scores = Vec::new();
        for _ in 0..3 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let guess = argmax_f32(&scores);
                t.tick();
                t.update(f, *y, guess);
            }
        }
        let model = t.export(1, 2);
        let sparse = t.export(1, 99);
        assert!(!model.dense.is_empty() && sparse.dense.is_empty());
        let (mut s, mut s2) = (Vec::new(), Vec::new());
        for (f, y) in &data[..3] {
            model.score(f, &mut s);
            assert_eq!(argmax_i32(&s), *y);
            // dense and sparse rows hold the same weights
            sparse.score(f, &mut s2);
            assert_eq!(s, s2);
        }
        let mut bytes = Vec::new();
        model.write(&mut bytes);
        let back = Linear::read(&mut Cursor::copied(&bytes)).unwrap();
        assert_eq!(back, model);
        // any truncation is rejected, never a panic
        for cut in 0..bytes.len() {
            assert!(Linear::read(&mut Cursor::copied(&bytes[..cut])).is_none());
        }
    }

    #[test]
    fn inline_four_class_model_decides_like_the_trainer() {
        let h = super::super::features::fmix64;
        // class = i % 4, told by one of four features; a fifth is always there
        let data: Vec<(Vec<u64>, usize)> = (0..400)
            .map(|i| (vec![h((i % 4) as u64 + 1), h(99)], i % 4))
            .collect();
        let mut t = Trainer::new(4);
        let mut scores = Vec::new();
        for _ in 0..3 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let guess = argmax_f32(&scores);
                t.tick();
                t.update(f, *y, guess);
            }
        }
        let model = t.export_inline4(1);
        for (f, y) in &data[..4] {
            assert_eq!(argmax_i32(&model.score(f)), *y);
        }
        assert_eq!(
            model.score(&[h(12345)]),
            [0; 4],
            "unknown features weigh nothing"
        );
        let mut bytes = Vec::new();
        model.write(&mut bytes);
        assert_eq!(Inline4::read(&mut Cursor::copied(&bytes)).unwrap(), model);
        for cut in 0..bytes.len() {
            assert!(Inline4::read(&mut Cursor::copied(&bytes[..cut])).is_none());
        }
    }

    #[test]
    fn shuffle_is_deterministic() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        Rng::new(7).shuffle(&mut a);
        Rng::new(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
