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
    /// Empties the cache unless it holds rows of `model` of row length `stride`.
    pub fn prepare(&mut self, model: ModelId, stride: usize) {
        if self.model != model.0 || self.stride != stride || self.keys.is_empty() {
            self.model = model.0;
            self.stride = stride;
            self.keys.clear();
            self.keys.resize(SLOTS, None);
            self.rows.clear();
            self.rows.resize(SLOTS * stride, T::default());
        }
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
