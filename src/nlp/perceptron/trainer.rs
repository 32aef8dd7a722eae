//! The averaged perceptron while training, and the deterministic shuffling of its data.

use super::*;

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
                let r = dense.len() / (W * stride);
                assert!(r < DENSE as usize, "too many dense rows");
                let mut d = vec![0i16; stride];
                for (c, w) in q {
                    d[c as usize] = w as i16;
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
        Linear::new(
            self.n_classes,
            index,
            Bytes::from_vec(dense),
            Bytes::from_vec(sparse),
        )
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
            index: LineTable::build(&entries).0,
        }
    }
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
        crate::nlp::features::fmix64(self.0)
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}
