//! Averaged perceptron: a sparse trainer and the compact, flat model it exports.
//!
//! At run time a model is a hash table from feature hash to its weights: a dense row of
//! 16-bit weights, or a run of sparse parameters, each a class id (8 bits) and a 16-bit
//! weight in one `u32`. Only the classes a feature has a weight for are stored, so a
//! feature costs one table probe and a few adds; every array is read from the file as
//! it is.

mod cache;
mod tables;
mod trainer;

pub(crate) use cache::{ModelId, RowCache, add_pad_rows, add_word_rows};
pub(crate) use tables::*;
pub(crate) use trainer::{Rng, Trainer};

use super::model_io::{Bytes, Cursor, LINE, pad_to_line};

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
    /// The dense rows start on a cache line and none straddles two (a row is whole
    /// lines long, or half a line).
    dense_lines: bool,
}

/// Marks a dense row in a [`Linear`] index payload.
const DENSE: u32 = 1 << 31;

/// Features looked up together.
const BATCH: usize = 64;

/// Largest quantized weight: weights are 16-bit, so that a dense row of 64 classes is two
/// cache lines, not four (the tables are read from memory, not computed on, so their
/// size is the cost). The `i32` score sums of a few hundred features cannot overflow.
const QMAX: f32 = 32767.0;

/// Bytes per weight of a dense row.
const W: usize = 2;

/// Whether the processor has AVX2, for [`add_dense`]: asked once per batch of rows,
/// not once per row (the answer is cached, but reading it per row was 4 million checks
/// in the benchmark's 200 articles).
#[inline]
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    return std::is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    return false;
}

/// Adds the 16-bit little-endian weights `w` to `row`, both a whole number of groups
/// of 16 classes long (the shorter decides); `avx2` is [`has_avx2`].
#[inline(always)]
fn add_dense(row: &mut [i32], w: &[u8], avx2: bool) {
    let n = row.len().min(w.len() / W) / 16 * 16;
    let (row, w) = (&mut row[..n], &w[..W * n]);
    #[cfg(target_arch = "x86_64")]
    {
        if avx2 {
            // SAFETY: the processor has AVX2 (`has_avx2`, the caller's question).
            unsafe { add_dense_avx2(row, w) };
        } else {
            add_dense_sse2(row, w);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = avx2;
    #[cfg(not(target_arch = "x86_64"))]
    for (r, w) in row.iter_mut().zip(w.chunks_exact(W)) {
        *r += i16::from_le_bytes(w.try_into().expect("2 bytes")) as i32;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_dense_avx2(row: &mut [i32], w: &[u8]) {
    use std::arch::x86_64::*;
    for (r, w) in row.chunks_exact_mut(8).zip(w.chunks_exact(16)) {
        // SAFETY: each load and store covers exactly the bytes of its chunk (8 scores of
        // 4 bytes, 8 weights of 2).
        unsafe {
            let a = _mm256_loadu_si256(r.as_ptr() as *const __m256i);
            let b = _mm256_cvtepi16_epi32(_mm_loadu_si128(w.as_ptr() as *const __m128i));
            _mm256_storeu_si256(r.as_mut_ptr() as *mut __m256i, _mm256_add_epi32(a, b));
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn add_dense_sse2(row: &mut [i32], w: &[u8]) {
    use std::arch::x86_64::*;
    for (r, w) in row.chunks_exact_mut(4).zip(w.chunks_exact(8)) {
        // SAFETY: SSE2 is part of every x86_64 processor; each load and store covers
        // exactly the bytes of its chunk (4 scores of 4 bytes, 4 weights of 2).
        unsafe {
            let a = _mm_loadu_si128(r.as_ptr() as *const __m128i);
            let b = _mm_loadl_epi64(w.as_ptr() as *const __m128i);
            // each weight into the high half of a 32-bit lane, then shifted down with
            // its sign
            let b = _mm_srai_epi32(_mm_unpacklo_epi16(b, b), 16);
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
        self.add_groups_with(features, group, scores, || ());
    }

    /// [`Linear::add_groups`], calling `meanwhile` once the first batch's lookups are
    /// asked for and before their answers are read: work that waits on none of them (the
    /// features of the next lookups, their prefetches) runs while they are in flight.
    #[inline]
    pub fn add_groups_with(
        &self,
        features: &[u64],
        group: impl Fn(usize) -> usize,
        scores: &mut [i32],
        meanwhile: impl FnOnce(),
    ) {
        let raw = self.index.raw();
        let dense: &[u8] = &self.dense;
        let sparse: &[u8] = &self.sparse;
        let stride = self.stride;
        let avx2 = has_avx2();
        let mut base = 0;
        let mut meanwhile = Some(meanwhile);
        for chunk in features.chunks(BATCH) {
            for &h in chunk {
                self.index.prefetch(raw, h);
            }
            if let Some(f) = meanwhile.take() {
                f();
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
                        let at = (v & !DENSE) as usize * stride * W;
                        for line in (at..at + stride * W).step_by(LINE) {
                            prefetch_at(dense, line);
                        }
                        if !self.dense_lines {
                            // a row that straddles lines ends in one more
                            prefetch_at(dense, at + stride * W - 1);
                        }
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
                    if let Some(w) = dense.get(r * stride * W..(r + 1) * stride * W) {
                        add_dense(row, w, avx2);
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
        if let Some(f) = meanwhile {
            f();
        }
    }

    /// Starts loading the index buckets of `features`, for an [`Linear::add_groups`]
    /// soon after: a hint, which changes no score.
    #[inline]
    pub fn prefetch(&self, features: &[u64]) {
        let raw = self.index.raw();
        for &h in features {
            self.index.prefetch(raw, h);
        }
    }

    /// Serialized form: the class count, the index, the dense rows (from a cache line
    /// of the section: `out` holds the section so far), the sparse parameters.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.n_classes as u64).to_le_bytes());
        self.index.write(out);
        for (i, b) in [&self.dense, &self.sparse].into_iter().enumerate() {
            out.extend_from_slice(&(b.len() as u64).to_le_bytes());
            if i == 0 {
                pad_to_line(out);
            }
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
        for (i, a) in arrays.iter_mut().enumerate() {
            let n = usize::try_from(c.u64()?).ok()?;
            if i == 0 {
                c.align()?;
            }
            *a = Some(c.take(n)?);
            c.take(n.next_multiple_of(8) - n)?;
        }
        let [dense, sparse] = arrays;
        Some(Linear::new(n_classes, index, dense?, sparse?))
    }

    /// A model of its parts.
    pub(crate) fn new(n_classes: usize, index: Buckets<4>, dense: Bytes, sparse: Bytes) -> Linear {
        let stride = n_classes.next_multiple_of(16);
        let row = stride * W;
        let dense_lines = (dense.as_ptr() as usize).is_multiple_of(LINE)
            && (row.is_multiple_of(LINE) || LINE.is_multiple_of(row));
        Linear {
            n_classes,
            stride,
            index,
            dense,
            sparse,
            dense_lines,
        }
    }

    /// Whether the index's buckets and the dense rows each lie on cache lines of their
    /// own, as a model read from a file of the current version into memory starting on
    /// a cache line does.
    #[cfg(test)]
    pub(crate) fn on_lines(&self) -> bool {
        self.index.starts_on_line() && (self.dense.is_empty() || self.dense_lines)
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
/// parser's transitions, the hottest model. The table's buckets are one cache line each
/// ([`LineTable`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Inline4 {
    index: LineTable,
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
        self.add_groups_with(features, group, scores, || ());
    }

    /// [`Inline4::add_groups`], calling `meanwhile` once the first batch's lookups are
    /// asked for and before their answers are read: work that waits on none of them (the
    /// features of the next lookups, their prefetches) runs while they are in flight.
    #[inline]
    pub fn add_groups_with(
        &self,
        features: &[u64],
        group: impl Fn(usize) -> usize,
        scores: &mut [[i32; 4]],
        meanwhile: impl FnOnce(),
    ) {
        let raw = self.index.raw();
        let mut base = 0;
        let mut meanwhile = Some(meanwhile);
        for chunk in features.chunks(BATCH) {
            for &h in chunk {
                self.index.prefetch(raw, h);
            }
            if let Some(f) = meanwhile.take() {
                f();
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
        if let Some(f) = meanwhile {
            f();
        }
    }

    /// Starts loading the buckets of `features`, for an [`Inline4::add_groups`] soon
    /// after: a hint, which changes no score.
    #[inline]
    pub fn prefetch(&self, features: &[u64]) {
        let raw = self.index.raw();
        for &h in features {
            self.index.prefetch(raw, h);
        }
    }

    /// Serialized form.
    pub fn write(&self, out: &mut Vec<u8>) {
        self.index.write(out);
    }

    /// Reads what [`Inline4::write`] wrote; `None` when malformed.
    pub fn read(c: &mut Cursor) -> Option<Inline4> {
        Some(Inline4 {
            index: LineTable::read(c)?,
        })
    }

    /// Reads the table of 80-byte buckets (8 slots of 32-bit fingerprints) that files
    /// written before the tables of one line held, and converts it
    /// ([`LineTable::from_buckets`]): the same weights, the same answers but for the
    /// rare key the shorter fingerprints confuse. Returns the model and the number of
    /// entries the conversion left out.
    pub fn read_buckets(c: &mut Cursor) -> Option<(Inline4, usize)> {
        let (index, shadowed) = LineTable::from_buckets(&Buckets::read(c)?);
        Some((Inline4 { index }, shadowed))
    }

    /// Whether the table starts on a cache line (and so every bucket is one).
    #[cfg(test)]
    pub(crate) fn on_lines(&self) -> bool {
        self.index.starts_on_line()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_finds_what_it_holds_and_nothing_else() {
        let entries: Vec<(u64, u32)> = (0..1000u64)
            .map(|i| (crate::nlp::features::fmix64(i + 1), i as u32))
            .collect();
        let idx = HashIndex::build(&entries);
        for &(h, v) in &entries {
            assert_eq!(idx.get(h), Some(v));
        }
        let absent = (5000..6000u64)
            .filter(|&i| idx.get(crate::nlp::features::fmix64(i)).is_some())
            .count();
        assert_eq!(absent, 0);
    }

    #[test]
    fn buckets_find_what_they_hold_and_nothing_else() {
        let h = crate::nlp::features::fmix64;
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
    fn line_tables_find_what_they_hold_and_nothing_else() {
        let h = crate::nlp::features::fmix64;
        let payload = |i: u64| -> [u8; 6] { std::array::from_fn(|k| (i >> (4 * k)) as u8) };
        let entries: Vec<(u64, [u8; 6])> = (0..5000u64).map(|i| (h(i + 1), payload(i))).collect();
        let (t, shadowed) = LineTable::build(&entries);
        assert_eq!(shadowed, 0);
        assert!(t.starts_on_line());
        for &(k, v) in &entries {
            assert_eq!(t.find(t.raw(), k), Some(&v));
        }
        assert!((10_000..20_000u64).all(|i| t.find(t.raw(), h(i)).is_none()));
        assert_eq!(t.payloads().count(), entries.len());
        // keys that all share one home bucket spill into the next buckets
        let same_home: Vec<(u64, [u8; 6])> = (0..40u64)
            .map(|i| ((i + 1) << 40 | 7, payload(i)))
            .collect();
        let (t, _) = LineTable::build(&same_home);
        for &(k, v) in &same_home {
            assert_eq!(t.find(t.raw(), k), Some(&v));
        }
        assert_eq!(t.find(t.raw(), 99 << 40 | 7), None);
        // a key whose 24-bit fingerprint repeats one on its path is left out
        let (t, shadowed) = LineTable::build(&[(1 << 40 | 5, [1; 6]), (1 << 40 | 1 << 32, [2; 6])]);
        assert_eq!((shadowed, t.payloads().count()), (1, 1));
        let mut bytes = Vec::new();
        t.write(&mut bytes);
        assert_eq!(LineTable::read(&mut Cursor::copied(&bytes)).unwrap(), t);
        for cut in 0..bytes.len() {
            assert!(LineTable::read(&mut Cursor::copied(&bytes[..cut])).is_none());
        }
    }

    #[test]
    fn a_table_of_80_byte_buckets_converts_to_lines_without_its_keys() {
        let h = crate::nlp::features::fmix64;
        let payload = |i: u64| -> [u8; 6] { std::array::from_fn(|k| (i >> (4 * k)) as u8) };
        // a full table (8 slots at 70% load: many buckets overflow), and keys crowded
        // on a few home buckets, so that runs of full buckets occur
        let mut entries: Vec<(u64, [u8; 6])> =
            (0..20_000u64).map(|i| (h(i + 1), payload(i))).collect();
        entries.extend((0..60u64).map(|i| ((i + 1) << 40 | 3, payload(i))));
        let (old, shadowed) = Buckets::<6>::build(&entries);
        assert_eq!(shadowed, 0);
        let (new, shadowed) = LineTable::from_buckets(&old);
        assert_eq!(shadowed, 0);
        assert_eq!(new.bytes(), old.bytes() / 80 * 64);
        // every key finds the same payload, a key of neither table finds nothing
        for &(k, _) in &entries {
            assert_eq!(new.find(new.raw(), k), old.find(old.raw(), k), "{k:x}");
        }
        assert!((50_000..90_000u64).all(|i| new.find(new.raw(), h(i)).is_none()));
        // the model reads and writes it
        let mut bytes = Vec::new();
        old.write(&mut bytes);
        let (m, _) = Inline4::read_buckets(&mut Cursor::copied(&bytes)).unwrap();
        assert_eq!(m.index, new);
    }

    #[test]
    fn perceptron_learns_a_separable_problem_and_round_trips() {
        // class = which of the features 1, 2, 3 is present; feature 9 is noise
        let h = crate::nlp::features::fmix64;
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
        // the buckets start on a cache line of the section, after the class and bucket
        // counts and zero padding; padding that is not zero is a corrupt table
        assert!(back.on_lines() && bytes[16..64].iter().all(|&b| b == 0));
        let mut bad = bytes.clone();
        bad[40] = 1;
        assert!(Linear::read(&mut Cursor::copied(&bad)).is_none());
        // any truncation is rejected, never a panic
        for cut in 0..bytes.len() {
            assert!(Linear::read(&mut Cursor::copied(&bytes[..cut])).is_none());
        }
    }

    #[test]
    fn inline_four_class_model_decides_like_the_trainer() {
        let h = crate::nlp::features::fmix64;
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
    fn dense_rows_add_signed_16_bit_weights_on_every_path() {
        let w: Vec<i16> = (0..32).map(|i| (i - 16) * 1000 + i).collect();
        let bytes: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        let want: Vec<i32> = w.iter().map(|&x| 5 + x as i32).collect();
        let mut row = vec![5i32; 32];
        add_dense(&mut row, &bytes, has_avx2());
        assert_eq!(row, want);
        #[cfg(target_arch = "x86_64")]
        {
            let mut row = vec![5i32; 32];
            add_dense_sse2(&mut row, &bytes);
            assert_eq!(row, want);
            if std::is_x86_feature_detected!("avx2") {
                let mut row = vec![5i32; 32];
                // SAFETY: the processor has AVX2, just checked.
                unsafe { add_dense_avx2(&mut row, &bytes) };
                assert_eq!(row, want);
            }
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
