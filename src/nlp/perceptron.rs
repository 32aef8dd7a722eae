//! Averaged perceptron: a sparse trainer and the compact, flat model it exports.
//!
//! At run time a model is a [`HashIndex`] from feature hash to a run of parameters, and
//! one flat array of parameters, each a class id (8 bits) and a quantized weight (24
//! bits) in one `u32`. Only the classes a feature has a weight for are stored, so a
//! feature costs one table probe and a few adds; both arrays are read from the file as
//! they are.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::model_io::{Cursor, U32s, U64s, get_u64};

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

/// A compact linear model: scores classes by summing the weights of features.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Linear {
    n_classes: usize,
    index: HashIndex,
    params: U32s,
}

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

/// Features looked up together in [`Linear::score`].
const BATCH: usize = 64;

/// Largest quantized weight; with at most a few hundred features per decision the
/// `i32` score sums cannot overflow.
const QMAX: f32 = (1 << 20) as f32;

impl Linear {
    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Scores for `features` into `scores`, which is resized to the class count.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut Vec<i32>) {
        scores.clear();
        scores.resize(self.n_classes, 0);
        self.add_groups(features, |_| 0, scores);
    }

    /// Adds the weights of many features at once: feature `k` of `features` adds to
    /// the scores of group `group(k)`, `scores[group(k) * n_classes..][..n_classes]`.
    /// Features of a group beyond the end of `scores` are ignored.
    ///
    /// The tables are megabytes large, so nearly every feature costs a cache miss on its
    /// slot and another on its parameters. Looking features up one after the other
    /// serializes those misses behind unpredictable hit/miss branches; instead the slots
    /// of a whole batch are loaded first (independent loads the processor overlaps),
    /// then the first parameter of every hit, and only then are the scores summed. The
    /// larger the batch, the more misses overlap: callers hand over the features of a
    /// whole sentence where they can.
    #[inline]
    pub fn add_groups(&self, features: &[u64], group: impl Fn(usize) -> usize, scores: &mut [i32]) {
        let mut base = 0;
        for chunk in features.chunks(BATCH) {
            self.add_batch(chunk, |k| group(base + k), scores);
            base += chunk.len();
        }
    }

    #[inline]
    fn add_batch(&self, features: &[u64], group: impl Fn(usize) -> usize, scores: &mut [i32]) {
        let slots = self.index.slots.raw();
        let n = self.index.slots.len();
        for &h in features {
            prefetch(slots, home(h, n));
        }
        let mut first = [0u64; BATCH];
        for (f, &h) in first.iter_mut().zip(features) {
            *f = get_u64(slots, home(h, n));
        }
        let mut rows = [(0u32, 0u32, 0u32); BATCH];
        let mut n = 0;
        for (k, (&h, &s)) in features.iter().zip(&first).enumerate() {
            let v = if s == 0 {
                continue;
            } else if s >> 32 == fingerprint(h) {
                s as u32
            } else {
                match self.index.get(h) {
                    Some(v) => v,
                    None => continue,
                }
            };
            rows[n] = (v >> 8, v & 0xff, group(k) as u32);
            n += 1;
        }
        let rows = &rows[..n];
        let params = self.params.raw();
        for &(start, _, _) in rows {
            prefetch(params, start as usize / 2);
        }
        let nc = self.n_classes;
        for &(start, len, g) in rows {
            // a reference out of range (only in a corrupt file) reads nothing
            let Some(run) = params.get(start as usize * 4..(start + len) as usize * 4) else {
                continue;
            };
            let Some(row) = scores.get_mut(g as usize * nc..(g as usize + 1) * nc) else {
                continue;
            };
            for c in run.chunks_exact(4) {
                let p = u32::from_le_bytes(c.try_into().expect("4 bytes"));
                if let Some(s) = row.get_mut((p & 0xff) as usize) {
                    *s += (p as i32) >> 8;
                }
            }
        }
    }

    /// Serialized form.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.n_classes as u64).to_le_bytes());
        self.index.write(out);
        out.extend_from_slice(&(self.params.len() as u64).to_le_bytes());
        out.extend_from_slice(self.params.as_bytes());
    }

    /// Reads what [`Linear::write`] wrote. The parameters are not checked one by one
    /// (that would read the whole table at load); scoring ignores references out of
    /// range instead, so even a corrupt table cannot make it panic.
    pub fn read(c: &mut Cursor) -> Option<Linear> {
        let n_classes = usize::try_from(c.u64()?).ok()?;
        if n_classes == 0 || n_classes > 256 {
            return None;
        }
        let index = HashIndex::read(c)?;
        let n = usize::try_from(c.u64()?).ok()?;
        let params = c.u32s(n)?;
        Some(Linear {
            n_classes,
            index,
            params,
        })
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.index.values().count()
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.index.bytes() + self.params.len() * 4
    }
}

/// A linear model over exactly four classes with each feature's weights inline in its
/// hash slot: one `u64` holds a 16-bit fingerprint and the weights of classes 1 to 3
/// relative to class 0 (16 bits each). Adding the same amount to every class changes no
/// decision, so three numbers carry all four weights, and a feature costs one memory
/// access instead of two. Used for the parser's transitions, the hottest model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Inline4 {
    slots: U64s,
}

#[inline]
fn fingerprint16(h: u64) -> u64 {
    let fp = h >> 48;
    if fp == 0 { 1 } else { fp }
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
    /// many features at once (see [`Linear::add_groups`]). Features of a group beyond
    /// the end of `scores` are ignored.
    #[inline]
    pub fn add_groups(
        &self,
        features: &[u64],
        group: impl Fn(usize) -> usize,
        scores: &mut [[i32; 4]],
    ) {
        let raw = self.slots.raw();
        let n = self.slots.len();
        let mut base = 0;
        for chunk in features.chunks(BATCH) {
            for &h in chunk {
                prefetch(raw, home(h, n));
            }
            let mut first = [0u64; BATCH];
            for (f, &h) in first.iter_mut().zip(chunk) {
                *f = get_u64(raw, home(h, n));
            }
            for (k, (&h, &s)) in chunk.iter().zip(&first).enumerate() {
                let fp = fingerprint16(h);
                let s = if s == 0 {
                    continue;
                } else if s >> 48 == fp {
                    s
                } else {
                    match self.probe(h, fp) {
                        Some(s) => s,
                        None => continue,
                    }
                };
                let Some(sc) = scores.get_mut(group(base + k)) else {
                    continue;
                };
                sc[1] += (s as u16) as i16 as i32;
                sc[2] += ((s >> 16) as u16) as i16 as i32;
                sc[3] += ((s >> 32) as u16) as i16 as i32;
            }
            base += chunk.len();
        }
    }

    fn probe(&self, h: u64, fp: u64) -> Option<u64> {
        let raw = self.slots.raw();
        let n = self.slots.len();
        let mut i = home(h, n);
        for _ in 0..n {
            let s = get_u64(raw, i);
            if s == 0 {
                return None;
            }
            if s >> 48 == fp {
                return Some(s);
            }
            i = next(i, n);
        }
        None
    }

    /// Serialized form: slot count, then the slots.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.slots.len() as u64).to_le_bytes());
        out.extend_from_slice(self.slots.as_bytes());
    }

    /// Reads what [`Inline4::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<Inline4> {
        let n = usize::try_from(c.u64()?).ok()?;
        if n == 0 {
            return None;
        }
        Some(Inline4 { slots: c.u64s(n)? })
    }

    /// Number of features with weights.
    #[allow(dead_code)]
    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|&s| s != 0).count()
    }

    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.slots.len() * 8
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
            time: 0,
        }
    }

    /// Current (not averaged) scores for `features`.
    pub fn score(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for h in features {
            if let Some(&r) = self.index.get(h) {
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

    /// The averaged weights as a compact model. Features updated fewer than
    /// `min_updates` times are dropped: they are rare and their weights mostly noise,
    /// and dropping them shrinks the model several times over.
    pub fn export(&self, min_updates: u32) -> Linear {
        let time = self.time.max(1) as f64;
        let mut keyed: Vec<(u64, u32)> = self.index.iter().map(|(&h, &r)| (h, r)).collect();
        keyed.sort_unstable();
        let avg =
            |p: &Param| ((p.total + (self.time - p.stamp) as f64 * p.weight as f64) / time) as f32;
        let max = self
            .rows
            .iter()
            .flat_map(|r| r.iter().map(|p| avg(p).abs()))
            .fold(0.0f32, f32::max)
            .max(1e-9);
        let scale = QMAX / max;
        let mut params = Vec::new();
        let mut entries = Vec::new();
        for (h, r) in keyed {
            if self.updates[r as usize] < min_updates {
                continue;
            }
            let start = params.len();
            let mut row: Vec<&Param> = self.rows[r as usize].iter().collect();
            row.sort_by_key(|p| p.class);
            for p in row {
                let a = avg(p);
                let q = (a * scale).round() as i32;
                if q != 0 {
                    params.push(((q << 8) as u32) | p.class as u32);
                }
            }
            let len = params.len() - start;
            if len > 0 {
                assert!(start < 1 << 24, "too many parameters for the index format");
                entries.push((h, (start as u32) << 8 | len as u32));
            }
        }
        Linear {
            n_classes: self.n_classes,
            index: HashIndex::build(&entries),
            params: U32s::from_vec(&params),
        }
    }
}

impl Trainer {
    /// The averaged weights of a four-class model as an [`Inline4`], without the
    /// features updated fewer than `min_updates` times.
    pub fn export_inline4(&self, min_updates: u32) -> Inline4 {
        assert_eq!(self.n_classes, 4, "Inline4 holds four classes");
        let time = self.time.max(1) as f64;
        let avg =
            |p: &Param| ((p.total + (self.time - p.stamp) as f64 * p.weight as f64) / time) as f32;
        let mut keyed: Vec<(u64, u32)> = self.index.iter().map(|(&h, &r)| (h, r)).collect();
        keyed.sort_unstable();
        let mut rows: Vec<(u64, [f32; 3])> = Vec::new();
        let mut max = 1e-9f32;
        for (h, r) in keyed {
            if self.updates[r as usize] < min_updates {
                continue;
            }
            let mut w = [0f32; 4];
            for p in &self.rows[r as usize] {
                w[p.class as usize] = avg(p);
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
            entries.push((h, q));
        }
        let cap = table_size(entries.len());
        let mut slots = vec![0u64; cap];
        for (h, q) in entries {
            let mut i = home(h, cap);
            while slots[i] != 0 {
                i = next(i, cap);
            }
            slots[i] = fingerprint16(h) << 48
                | (q[2] as u16 as u64) << 32
                | (q[1] as u16 as u64) << 16
                | q[0] as u16 as u64;
        }
        Inline4 {
            slots: U64s::from_vec(&slots),
        }
    }
}

/// Index of the highest score, the first on ties; `allowed` masks classes out.
#[inline]
pub(crate) fn argmax_i32(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
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
        let model = t.export(1);
        let mut s = Vec::new();
        for (f, y) in &data[..3] {
            model.score(f, &mut s);
            assert_eq!(argmax_i32(&s), *y);
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
