//! Training the parser with the dynamic oracle.

use super::*;
use crate::nlp::perceptron::{Rng, argmax_f32};

/// A training sentence: tokens, gold heads (projective) and gold label ids.
pub struct ParseSentence {
    /// Tokens.
    pub tokens: Vec<ParseToken>,
    /// Gold head of each word, index 0 unused (root is 0).
    pub heads: Vec<u32>,
    /// Gold label id of each word, index 0 unused.
    pub labels: Vec<u8>,
}

/// Trains the parser with the dynamic oracle; `report` gets each epoch's model,
/// exported without the transition features updated fewer times than given (and
/// the labeler features updated fewer than `labeler_prune` times).
pub fn train(
    labels: Vec<DepRel>,
    data: &[ParseSentence],
    epochs: usize,
    seed: u64,
    labeler_prune: u32,
    mut report: impl FnMut(usize, &dyn Fn(u32) -> Parser),
) {
    let root = labels
        .iter()
        .position(|&l| l == DepRel::Root)
        .expect("root label") as u8;
    let mut tm = Trainer::new(MOVES.len());
    let mut lm = Trainer::new(labels.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut st = State::default();
    let mut feats = Vec::new();
    let mut scores = Vec::new();
    let mut lfeats = Vec::new();
    let mut lscores = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &data[si];
            st.reset(s.tokens.len());
            while !st.done() {
                transition_features(&st, &s.tokens, &mut feats);
                tm.score(&feats, &mut scores);
                let mut costs = [u32::MAX; 4];
                for m in MOVES {
                    if st.valid(m) {
                        costs[m as usize] = st.cost(m, &s.heads);
                    }
                }
                let min = *costs.iter().min().expect("four moves");
                let best_of = |ok: &dyn Fn(usize) -> bool| {
                    (0..4)
                        .filter(|&k| ok(k))
                        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                        .expect("a valid move")
                };
                let pred = best_of(&|k| costs[k] != u32::MAX);
                let gold = best_of(&|k| costs[k] == min);
                tm.tick();
                if costs[pred] != min {
                    tm.update(&feats, gold, pred);
                }
                // explore the model's own mistakes after the first epoch
                let follow =
                    if costs[pred] != min && epoch > 0 && !rng.next_u64().is_multiple_of(10) {
                        pred
                    } else {
                        gold
                    };
                st.apply(MOVES[follow], |st, h, d| {
                    if h == 0 {
                        return root;
                    }
                    label_features(st, &s.tokens, h, d, &mut lfeats);
                    lm.score(&lfeats, &mut lscores);
                    lscores[root as usize] = f32::MIN;
                    let guess = argmax_f32(&lscores);
                    if s.heads[d as usize] == h {
                        lm.tick();
                        lm.update(&lfeats, s.labels[d as usize] as usize, guess);
                    }
                    guess as u8
                });
            }
        }
        report(epoch, &|prune| {
            Parser::new(
                labels.clone(),
                tm.export_inline4(prune),
                lm.export(labeler_prune, LABELER_DENSE_MIN),
            )
        });
    }
}

/// Follows the dynamic oracle alone (always the first zero-cost move in the order
/// LEFT, RIGHT, REDUCE, SHIFT) and returns the heads it builds.
#[cfg(test)]
pub fn oracle_parse(gold: &[u32]) -> Vec<u32> {
    let n = gold.len() - 1;
    let mut st = State::default();
    st.reset(n);
    while !st.done() {
        let m = [Move::Left, Move::Right, Move::Reduce, Move::Shift]
            .into_iter()
            .find(|&m| st.valid(m) && st.cost(m, gold) == 0)
            .expect("a zero-cost move exists for a projective gold tree");
        st.apply(m, |_, _, _| 1);
    }
    st.finish(|_, _, _| 1, 0);
    st.heads[1..].to_vec()
}
