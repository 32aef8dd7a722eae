//! The standard coreference metrics: MUC, B-cubed and CEAF-e, and their mean, the CoNLL
//! F1 of the CoNLL-2011/2012 shared tasks.
//!
//! The definitions are those of the reference scorer (Pradhan et al. 2014, "Scoring
//! Coreference Partitions of Predicted Mentions: A Reference Implementation"):
//!
//! - **MUC** (Vilain et al. 1995) counts links: the recall of a key entity `K` is
//!   `|K| - |p(K)|` over `|K| - 1`, where `p(K)` is the partition of `K` by the response
//!   (a mention the response lacks is a part of its own); precision swaps key and response.
//! - **B-cubed** (Bagga and Baldwin 1998) scores mentions: recall is
//!   `Σ_K Σ_R |K ∩ R|² / |K|` over the number of key mentions; precision swaps them.
//!   Mentions of one side only count in that side's denominator.
//! - **CEAF-e** (Luo 2005) aligns entities one to one, maximizing the summed similarity
//!   `φ4(K, R) = 2 |K ∩ R| / (|K| + |R|)` (Kuhn-Munkres); recall divides the sum by the
//!   number of key entities, precision by the number of response entities.
//!
//! Counts are summed over documents before dividing (micro average), as the reference
//! scorer does. Whether singleton entities count is the caller's choice
//! ([`without_singletons`]); the CoNLL-2012 convention leaves them out.

use std::collections::HashMap;
use std::hash::Hash;

/// Precision and recall as the numerators and denominators summed so far.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Numerator of recall.
    pub recall_num: f64,
    /// Denominator of recall.
    pub recall_den: f64,
    /// Numerator of precision.
    pub precision_num: f64,
    /// Denominator of precision.
    pub precision_den: f64,
}

impl Prf {
    /// Recall, 0 when nothing is to be found.
    pub fn recall(&self) -> f64 {
        ratio(self.recall_num, self.recall_den)
    }

    /// Precision, 0 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(self.precision_num, self.precision_den)
    }

    /// The harmonic mean of precision and recall, 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds the counts of another document.
    pub fn add(&mut self, other: &Prf) {
        self.recall_num += other.recall_num;
        self.recall_den += other.recall_den;
        self.precision_num += other.precision_num;
        self.precision_den += other.precision_den;
    }
}

fn ratio(num: f64, den: f64) -> f64 {
    if den == 0.0 { 0.0 } else { num / den }
}

/// The three metrics of one or more documents.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// MUC (links).
    pub muc: Prf,
    /// B-cubed (mentions).
    pub b_cubed: Prf,
    /// CEAF-e (entities).
    pub ceaf_e: Prf,
}

impl Scores {
    /// The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1.
    pub fn conll_f1(&self) -> f64 {
        (self.muc.f1() + self.b_cubed.f1() + self.ceaf_e.f1()) / 3.0
    }

    /// Adds the counts of another document.
    pub fn add(&mut self, other: &Scores) {
        self.muc.add(&other.muc);
        self.b_cubed.add(&other.b_cubed);
        self.ceaf_e.add(&other.ceaf_e);
    }
}

/// The entities of `entities` with two mentions or more.
pub fn without_singletons<M: Clone>(entities: &[Vec<M>]) -> Vec<Vec<M>> {
    entities.iter().filter(|e| e.len() > 1).cloned().collect()
}

/// Scores the response partition of one document against the key. Each entity is the
/// list of its mentions (any identifiers: spans, indices); a mention is in one entity at
/// most on each side.
pub fn score<M: Eq + Hash + Clone>(key: &[Vec<M>], response: &[Vec<M>]) -> Scores {
    let key_of = entity_of(key);
    let response_of = entity_of(response);
    Scores {
        muc: Prf {
            recall_num: muc_links(key, &response_of),
            recall_den: key.iter().map(|k| k.len().saturating_sub(1) as f64).sum(),
            precision_num: muc_links(response, &key_of),
            precision_den: response
                .iter()
                .map(|r| r.len().saturating_sub(1) as f64)
                .sum(),
        },
        b_cubed: Prf {
            recall_num: b_cubed(key, &response_of),
            recall_den: key.iter().map(Vec::len).sum::<usize>() as f64,
            precision_num: b_cubed(response, &key_of),
            precision_den: response.iter().map(Vec::len).sum::<usize>() as f64,
        },
        ceaf_e: {
            let aligned = ceaf_e_similarity(key, response);
            Prf {
                recall_num: aligned,
                recall_den: key.len() as f64,
                precision_num: aligned,
                precision_den: response.len() as f64,
            }
        },
    }
}

/// Which entity each mention is in.
fn entity_of<M: Eq + Hash + Clone>(entities: &[Vec<M>]) -> HashMap<M, usize> {
    let mut of = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        for m in e {
            of.insert(m.clone(), i);
        }
    }
    of
}

/// MUC's numerator: `Σ |E| - |p(E)|` over `entities`, partitioned by `other`.
fn muc_links<M: Eq + Hash>(entities: &[Vec<M>], other: &HashMap<M, usize>) -> f64 {
    let mut links = 0.0;
    for e in entities {
        if e.is_empty() {
            continue;
        }
        let mut parts: Vec<usize> = Vec::new();
        let mut missing = 0;
        for m in e {
            match other.get(m) {
                Some(&o) => parts.push(o),
                None => missing += 1,
            }
        }
        parts.sort_unstable();
        parts.dedup();
        links += (e.len() - parts.len() - missing) as f64;
    }
    links
}

/// B-cubed's numerator: `Σ_E Σ_O |E ∩ O|² / |E|` over `entities`, against `other`.
fn b_cubed<M: Eq + Hash>(entities: &[Vec<M>], other: &HashMap<M, usize>) -> f64 {
    let mut sum = 0.0;
    for e in entities {
        let mut overlap: HashMap<usize, usize> = HashMap::new();
        for m in e {
            if let Some(&o) = other.get(m) {
                *overlap.entry(o).or_default() += 1;
            }
        }
        let squares: usize = overlap.values().map(|n| n * n).sum();
        sum += squares as f64 / e.len().max(1) as f64;
    }
    sum
}

/// CEAF-e's aligned similarity: the largest `Σ φ4` of a one-to-one alignment.
fn ceaf_e_similarity<M: Eq + Hash + Clone>(key: &[Vec<M>], response: &[Vec<M>]) -> f64 {
    if key.is_empty() || response.is_empty() {
        return 0.0;
    }
    let response_of = entity_of(response);
    let mut phi = vec![vec![0.0; response.len()]; key.len()];
    for (i, k) in key.iter().enumerate() {
        let mut overlap: HashMap<usize, usize> = HashMap::new();
        for m in k {
            if let Some(&r) = response_of.get(m) {
                *overlap.entry(r).or_default() += 1;
            }
        }
        for (r, n) in overlap {
            phi[i][r] = 2.0 * n as f64 / (k.len() + response[r].len()) as f64;
        }
    }
    max_assignment(&phi)
}

/// The largest sum of weights `w[i][j]` over a one-to-one assignment of rows to
/// columns (Kuhn-Munkres with potentials, O(n² m) for n rows and m columns).
pub(crate) fn max_assignment(w: &[Vec<f64>]) -> f64 {
    let rows = w.len();
    let cols = w.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return 0.0;
    }
    if rows > cols {
        let t: Vec<Vec<f64>> = (0..cols)
            .map(|j| (0..rows).map(|i| w[i][j]).collect())
            .collect();
        return max_assignment(&t);
    }
    // minimize the cost -w; rows and columns are 1-based below, 0 is the virtual start
    let (n, m) = (rows, cols);
    let cost = |i: usize, j: usize| -w[i - 1][j - 1];
    let mut u = vec![0.0; n + 1];
    let mut v = vec![0.0; m + 1];
    let mut row_of = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        row_of[0] = i;
        let mut j0 = 0;
        let mut min = vec![f64::INFINITY; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = row_of[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost(i0, j) - u[i0] - v[j];
                    if cur < min[j] {
                        min[j] = cur;
                        way[j] = j0;
                    }
                    if min[j] < delta {
                        delta = min[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    min[j] -= delta;
                }
            }
            j0 = j1;
            if row_of[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=m)
        .filter(|&j| row_of[j] != 0)
        .map(|j| w[row_of[j] - 1][j - 1])
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn entities(spec: &str) -> Vec<Vec<char>> {
        spec.split_whitespace()
            .map(|e| e.chars().collect())
            .collect()
    }

    /// (recall, precision) of each metric.
    fn rp(s: &Scores) -> [(f64, f64); 3] {
        [s.muc, s.b_cubed, s.ceaf_e].map(|m| (m.recall(), m.precision()))
    }

    fn assert_rp(got: [(f64, f64); 3], want: [(f64, f64); 3]) {
        for (name, (g, w)) in ["MUC", "B3", "CEAF-e"].iter().zip(got.iter().zip(&want)) {
            assert!(
                close(g.0, w.0) && close(g.1, w.1),
                "{name}: got R {} P {}, want R {} P {}",
                g.0,
                g.1,
                w.0,
                w.1
            );
        }
    }

    #[test]
    fn the_reference_papers_example() {
        // Pradhan et al. 2014, figure 1: key {a b c} {d e f g}, response {a b} {c d}
        // {f g h i}. By hand:
        // MUC R = ((3-2) + (4-3)) / (2 + 3) = 2/5; P = ((2-1) + (2-2) + (4-3)) / (1+1+3) = 2/5
        // B3  R = (4/3 + 1/3 + 1/4 + 4/4) / 7 = 5/12; P = (4/2 + 1/2 + 1/2 + 4/4) / 8 = 1/2
        // CEAF-e: φ4(K1,R1) = 4/5 and φ4(K2,R3) = 4/8 are the best alignment, 13/10:
        //     R = 1.3 / 2, P = 1.3 / 3
        let s = score(&entities("abc defg"), &entities("ab cd fghi"));
        assert_rp(rp(&s), [(0.4, 0.4), (5.0 / 12.0, 0.5), (0.65, 1.3 / 3.0)]);
        assert!(close(s.muc.f1(), 0.4));
        assert!(close(
            s.b_cubed.f1(),
            2.0 * (5.0 / 12.0) * 0.5 / (5.0 / 12.0 + 0.5)
        ));
        let ceaf = 2.0 * 0.65 * (1.3 / 3.0) / (0.65 + 1.3 / 3.0);
        assert!(close(s.ceaf_e.f1(), 0.52) && close(s.ceaf_e.f1(), ceaf));
        let conll = (0.4 + s.b_cubed.f1() + 0.52) / 3.0;
        assert!(close(s.conll_f1(), conll));
    }

    #[test]
    fn one_entity_for_everything_fools_muc_not_the_others() {
        // Vilain et al.'s observation: merging every key entity loses one MUC link only.
        // key {a b c} {d e}, response {a b c d e}:
        // MUC R = (2 + 1) / 3, P = (5 - 2) / 4
        // B3  R = 1; P = (9/5 + 4/5) / 5 = 13/25
        // CEAF-e: the response aligns with {a b c}: φ4 = 6/8; R = 0.75 / 2, P = 0.75 / 1
        let s = score(&entities("abc de"), &entities("abcde"));
        assert_rp(rp(&s), [(1.0, 0.75), (1.0, 13.0 / 25.0), (0.375, 0.75)]);
    }

    #[test]
    fn identical_partitions_score_one_and_disjoint_mentions_zero() {
        let key = entities("ab cde f");
        let s = score(&key, &key);
        assert_rp(rp(&s), [(1.0, 1.0); 3]);
        assert!(close(s.conll_f1(), 1.0));
        let s = score(&key, &entities("xy z"));
        assert_rp(rp(&s), [(0.0, 0.0); 3]);
        assert_eq!(s.conll_f1(), 0.0);
        // a response of singletons has no links: MUC is 0 whatever its mentions
        let s = score(&entities("abc"), &entities("a b c"));
        assert_eq!((s.muc.recall(), s.muc.precision()), (0.0, 0.0));
        assert!(close(s.b_cubed.recall(), 1.0 / 3.0) && close(s.b_cubed.precision(), 1.0));
    }

    #[test]
    fn counts_add_up_over_documents() {
        let mut total = score(&entities("abc defg"), &entities("ab cd fghi"));
        total.add(&score(&entities("abc de"), &entities("abcde")));
        // MUC: recall (2 + 3) / (5 + 3), precision (2 + 3) / (5 + 4)
        assert!(close(total.muc.recall(), 5.0 / 8.0));
        assert!(close(total.muc.precision(), 5.0 / 9.0));
        // CEAF-e: (1.3 + 0.75) over 4 key and 4 response entities
        assert!(close(total.ceaf_e.recall(), 2.05 / 4.0));
        assert!(close(total.ceaf_e.precision(), 2.05 / 4.0));
    }

    #[test]
    fn singletons_can_be_left_out() {
        let key = without_singletons(&entities("ab c d"));
        assert_eq!(key, entities("ab"));
    }

    #[test]
    fn the_assignment_is_optimal_not_greedy() {
        // greedy takes 0.9 first and then 0.1; the best is 0.8 + 0.8
        let w = vec![vec![0.9, 0.8], vec![0.8, 0.1]];
        assert!(close(max_assignment(&w), 1.6));
        // more columns than rows, and more rows than columns
        let w = vec![vec![0.1, 0.5, 0.4]];
        assert!(close(max_assignment(&w), 0.5));
        let t = vec![vec![0.1], vec![0.5], vec![0.4]];
        assert!(close(max_assignment(&t), 0.5));
        // brute force on a 4 x 4 matrix
        let w: Vec<Vec<f64>> = (0..4)
            .map(|i| (0..4).map(|j| ((i * 7 + j * 3) % 5) as f64 / 5.0).collect())
            .collect();
        let mut best: f64 = 0.0;
        let mut perm = [0, 1, 2, 3];
        permutations(&mut perm, 0, &mut |p| {
            best = best.max((0..4).map(|i| w[i][p[i]]).sum());
        });
        assert!(close(max_assignment(&w), best));
    }

    fn permutations(p: &mut [usize; 4], k: usize, f: &mut dyn FnMut(&[usize; 4])) {
        if k == p.len() {
            f(p);
            return;
        }
        for i in k..p.len() {
            p.swap(k, i);
            permutations(p, k + 1, f);
            p.swap(k, i);
        }
    }
}
