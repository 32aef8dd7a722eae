//! Projectivizing treebank trees for the arc-eager training oracle.

/// True when no arc crosses another (with the root arc from position 0).
#[cfg(test)]
pub(crate) fn is_projective(heads: &[u32]) -> bool {
    non_projective_arc(heads).is_none()
}

/// A dependent whose arc crosses another arc, the one with the shortest arc.
fn non_projective_arc(heads: &[u32]) -> Option<usize> {
    let n = heads.len();
    let mut best: Option<(u32, usize)> = None;
    for d in 1..=n {
        let h = heads[d - 1] as usize;
        // every word is dominated by the root, so a root arc is never the one to lift
        if h == 0 || h > n {
            continue;
        }
        let (lo, hi) = if h < d { (h, d) } else { (d, h) };
        for k in lo + 1..hi {
            let kh = heads[k - 1] as usize;
            if kh < lo || kh > hi {
                let len = (hi - lo) as u32;
                if best.is_none_or(|b| len < b.0) {
                    best = Some((len, d));
                }
                break;
            }
        }
    }
    best.map(|b| b.1)
}

/// Lifts crossing arcs (the dependent moves to its head's head) until the tree is
/// projective. The number of lifts is bounded so that malformed input (a cycle) cannot
/// loop forever.
pub(crate) fn projectivize(heads: &mut [u32]) {
    let mut budget = heads.len() * heads.len() + 1;
    while let Some(d) = non_projective_arc(heads) {
        let h = heads[d - 1];
        heads[d - 1] = if h == 0 { 0 } else { heads[h as usize - 1] };
        budget -= 1;
        if budget == 0 {
            break;
        }
    }
}
