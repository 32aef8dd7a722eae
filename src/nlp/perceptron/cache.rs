//! Per-thread caches of summed weight rows, for the features of a token that depend on its
//! word alone.

/// A number unique to each set of weights made in this process (clones share it), so
/// that a [`RowCache`] filled by one model is never read for another. Equal for any two
/// models: it is no part of the model.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ModelId(pub u64);

impl ModelId {
    /// A number no other model of this process has.
    pub fn new() -> ModelId {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        ModelId(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

impl PartialEq for ModelId {
    fn eq(&self, _: &ModelId) -> bool {
        true
    }
}

/// The summed weights of the word-only features of recently seen words, one row of
/// scores per word, in a direct-mapped table of `SLOTS` rows keyed by everything the
/// features are made of (`K`, compared in full, so a hit is always the same word). A
/// frequent word then costs one row copied instead of a dozen table lookups; the weights
/// are integers, so the sums are the same in any order and the decisions exactly those of
/// the lookups. A row is `stride` scores of type `T` (an `i32` per class, or the parser's
/// four move scores per role).
#[derive(Debug)]
pub(crate) struct RowCache<K, const SLOTS: usize, T = i32> {
    /// The model the rows were summed for.
    model: u64,
    stride: usize,
    keys: Vec<Option<K>>,
    rows: Vec<T>,
}

impl<K, const SLOTS: usize, T> Default for RowCache<K, SLOTS, T> {
    fn default() -> Self {
        RowCache {
            model: 0,
            stride: 0,
            keys: Vec::new(),
            rows: Vec::new(),
        }
    }
}

impl<K: Copy + PartialEq, const SLOTS: usize, T: Copy + Default> RowCache<K, SLOTS, T> {
    /// Empties the cache unless it holds rows of `model` of row length `stride`; returns
    /// whether it did (so that what a caller keeps beside the cache for one model is made
    /// again for another).
    pub fn prepare(&mut self, model: ModelId, stride: usize) -> bool {
        if self.model != model.0 || self.stride != stride || self.keys.is_empty() {
            self.model = model.0;
            self.stride = stride;
            self.keys.clear();
            self.keys.resize(SLOTS, None);
            self.rows.clear();
            self.rows.resize(SLOTS * stride, T::default());
            return true;
        }
        false
    }

    /// The row of `key`, whose hash is `h`, if cached.
    pub fn get(&self, key: &K, h: u64) -> Option<&[T]> {
        let k = h as usize % SLOTS;
        (self.keys[k].as_ref() == Some(key)).then(|| &self.rows[k * self.stride..][..self.stride])
    }

    /// Keeps `row` as the row of `key`, whose hash is `h`, in place of the one that had
    /// its slot.
    pub fn put(&mut self, key: &K, h: u64, row: &[T]) {
        let k = h as usize % SLOTS;
        self.keys[k] = Some(*key);
        self.rows[k * self.stride..][..self.stride].copy_from_slice(row);
    }
}

/// Adds the rows `rows` of the word at `i` (its own, then those it gives the token one
/// after it, two after, one before, two before, each `stride` long) to the score rows of
/// a sentence (`scores`, `n` tokens of `stride`), for the neighbours there are: the
/// layout of the tagger's and the recognizer's word caches.
#[inline]
pub(crate) fn add_word_rows(scores: &mut [i32], n: usize, stride: usize, i: usize, rows: &[i32]) {
    add_row(&mut scores[i * stride..][..stride], &rows[..stride]);
    let targets = [
        i.checked_add(1),
        i.checked_add(2),
        i.checked_sub(1),
        i.checked_sub(2),
    ];
    for (r, t) in targets.into_iter().enumerate() {
        if let Some(t) = t.filter(|&t| t < n) {
            add_row(
                &mut scores[t * stride..][..stride],
                &rows[(r + 1) * stride..][..stride],
            );
        }
    }
}

/// Adds the rows `pads` (laid out as a word's rows of [`add_word_rows`]; the first is not
/// read) that a missing neighbour gives to the tokens of a sentence that lack one: the
/// first two tokens the rows of the words before, the last two those of the words after.
#[inline]
pub(crate) fn add_pad_rows(scores: &mut [i32], n: usize, stride: usize, pads: &[i32]) {
    // the first two and the last two tokens, each once
    for t in (0..n.min(2)).chain(n.saturating_sub(2).max(2)..n) {
        let missing = [t < 1, t < 2, t + 1 >= n, t + 2 >= n];
        for (r, _) in missing.iter().enumerate().filter(|(_, m)| **m) {
            add_row(
                &mut scores[t * stride..][..stride],
                &pads[(r + 1) * stride..][..stride],
            );
        }
    }
}

/// `row += add`, element by element (the shorter decides).
#[inline(always)]
pub(crate) fn add_row(row: &mut [i32], add: &[i32]) {
    for (s, a) in row.iter_mut().zip(add) {
        *s += a;
    }
}
