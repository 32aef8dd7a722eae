//! The analysis of one sentence as the extractor sees it: words, tags, lemmas, the
//! dependency tree and entity spans, with tree helpers. Tags and relations are the typed
//! labels of [`crate::nlp`], so a rule compares values, never spellings.

use std::borrow::Cow;

use crate::nlp::{DepRel, EntityLabel, Upos};

/// Sentinel head of the root token.
pub(crate) const ROOT: usize = usize::MAX;

/// One analysed sentence. Indices are token positions within the sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Parsed<'a> {
    /// Tokens as written.
    pub words: Vec<&'a str>,
    /// Lower-cased, typographic quotes normalized.
    pub lower: Vec<String>,
    /// Universal POS tags.
    pub upos: Vec<Upos>,
    /// Lower-case lemmas.
    pub lemmas: Vec<String>,
    /// Head of each token, [`ROOT`] for the root.
    pub heads: Vec<usize>,
    /// Dependency relation to the head, with its subtype (`nsubj:pass`, `obl:tmod`, ...).
    pub deprels: Vec<DepRel>,
    /// Entity spans `[start, end)` with labels.
    pub entities: Vec<(usize, usize, EntityLabel)>,
    /// Children of every token, in order, those of `i` at
    /// `kids[kid_start[i]..kid_start[i + 1]]`: two allocations per sentence, not one per
    /// token with children.
    pub(crate) kids: Vec<usize>,
    pub(crate) kid_start: Vec<usize>,
    /// True once the tree is filled in.
    pub(crate) has_tree: bool,
}

impl<'a> Parsed<'a> {
    /// Builds the child lists; call after filling the vectors.
    pub(crate) fn finish(&mut self) {
        let n = self.words.len();
        let start = &mut self.kid_start;
        // a counting sort of the tokens by head, stable, so children stay in order:
        // counts at h + 2, summed, put the start of h's children at h + 1, where
        // placing them moves it to their end, the start of h + 1's
        start.clear();
        start.resize(n + 2, 0);
        for &h in &self.heads {
            if h != ROOT && h < n {
                start[h + 2] += 1;
            }
        }
        for i in 2..n + 2 {
            start[i] += start[i - 1];
        }
        self.kids.clear();
        self.kids.resize(start[n + 1], 0);
        for (i, &h) in self.heads.iter().enumerate() {
            if h != ROOT && h < n {
                self.kids[start[h + 1]] = i;
                start[h + 1] += 1;
            }
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The head of `i`, `None` for the root.
    pub(crate) fn head(&self, i: usize) -> Option<usize> {
        let h = self.heads[i];
        (h != ROOT).then_some(h)
    }

    /// The dependents of `i`, in order.
    pub(crate) fn children(&self, i: usize) -> &[usize] {
        &self.kids[self.kid_start[i]..self.kid_start[i + 1]]
    }

    /// The relation without its subtype: `nsubj:pass` -> `nsubj`.
    pub(crate) fn rel(&self, i: usize) -> DepRel {
        self.deprels[i].base()
    }

    /// Whether token `i`'s relation is `rel`: the full relation when `rel` has a subtype
    /// (`nmod:poss`), else the relation without its subtype (`nmod` also matches
    /// `nmod:poss`). `rel(i) == DepRel::NmodPoss` never holds, since `rel` drops the
    /// subtype.
    pub(crate) fn is_rel(&self, i: usize, rel: DepRel) -> bool {
        self.deprels[i] == rel || self.rel(i) == rel
    }

    /// Children whose relation (full, or without subtype) is `rel`.
    pub(crate) fn children_with<'s>(
        &'s self,
        i: usize,
        rel: DepRel,
    ) -> impl Iterator<Item = usize> + 's {
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| self.is_rel(c, rel))
    }

    /// The first child whose relation (full, or without subtype) is `rel`.
    pub(crate) fn child_with(&self, i: usize, rel: DepRel) -> Option<usize> {
        self.children_with(i, rel).next()
    }

    /// The lower-case prepositions (case/mark children) of `i`, multiword ones joined:
    /// "such as", "because of". Borrowed when it is one word ("of", "to"), as it mostly
    /// is: the rules ask it of every phrase they look at.
    pub(crate) fn case_of(&self, i: usize) -> Option<Cow<'_, str>> {
        let c = self
            .children(i)
            .iter()
            .copied()
            .find(|&c| self.deprels[c] == DepRel::Case && c < i)?;
        let mut prep = Cow::Borrowed(self.lower[c].as_str());
        for &f in self.children(c) {
            if self.deprels[f] == DepRel::Fixed {
                let joined = prep.to_mut();
                joined.push(' ');
                joined.push_str(&self.lower[f]);
            }
        }
        Some(prep)
    }

    /// The preposition of phrase `i` ([`Parsed::case_of`]), or the one its phrase opens
    /// with where the parser hung it on a modifier and read the phrase as an object
    /// ("granted asylum [to 18] X", "placed X [on its sanctions] list").
    pub(crate) fn phrase_case(&self, i: usize) -> Option<Cow<'_, str>> {
        self.case_of(i).or_else(|| {
            let e = self.left_edge(i);
            (self.rel(e) == DepRel::Case).then(|| self.lower[e].as_str().into())
        })
    }

    /// Conjuncts of `i` (recursively), not including `i`.
    pub(crate) fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            for c in self.children_with(x, DepRel::Conj) {
                out.push(c);
                stack.push(c);
            }
        }
        out.sort_unstable();
        out
    }

    /// `i` and its conjuncts.
    pub(crate) fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut v = vec![i];
        v.extend(self.conjuncts(i));
        v
    }
}

impl Parsed<'_> {
    /// The dependent of `a` whose phrase holds token `x` (`x` itself when it hangs on
    /// `a`), `None` when `x` is not below `a`. Reads the heads, so it holds while a repair
    /// is still moving them (before [`Parsed::finish`]).
    pub(crate) fn branch_under(&self, x: usize, a: usize) -> Option<usize> {
        let mut k = x;
        // (a tree has no cycle; the bound guards a malformed one)
        for _ in 0..self.len() {
            match self.head(k) {
                Some(h) if h == a => return Some(k),
                Some(h) => k = h,
                None => return None,
            }
        }
        None
    }

    /// The first token of the subtree of `i`.
    pub(crate) fn left_edge(&self, i: usize) -> usize {
        let mut lo = i;
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            lo = lo.min(x);
            stack.extend(self.children(x).iter().copied().filter(|&c| c < x));
        }
        lo
    }

    /// The last token of the subtree of `i`.
    pub(crate) fn right_edge(&self, i: usize) -> usize {
        let mut hi = i;
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            hi = hi.max(x);
            stack.extend(self.children(x).iter().copied().filter(|&c| c > x));
        }
        hi
    }
}

/// Reads a sentence in CoNLL-U (gold analyses in unit tests). Columns: ID FORM LEMMA UPOS
/// XPOS FEATS HEAD DEPREL; MISC `Entity=B-PER` style tags give entity spans.
#[cfg(test)]
pub(crate) fn from_conllu(conllu: &'static str) -> Parsed<'static> {
    let mut p = Parsed::default();
    let mut open: Option<(usize, EntityLabel)> = None;
    for line in conllu
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let i = p.words.len();
        p.words.push(cols[1]);
        p.lower.push(crate::text::normalize(cols[1]).to_lowercase());
        p.lemmas.push(cols[2].to_lowercase());
        p.upos.push(Upos::parse(cols[3]).expect("UPOS tag"));
        let h: usize = cols[6].parse().expect("head");
        p.heads.push(if h == 0 { ROOT } else { h - 1 });
        p.deprels
            .push(DepRel::parse(cols[7]).expect("dependency relation"));
        let misc = cols.get(9).copied().unwrap_or("_");
        let tag = misc
            .split('|')
            .find_map(|kv| kv.strip_prefix("Entity="))
            .unwrap_or("O");
        let label = |t: &str| EntityLabel::parse(t).expect("entity label");
        if tag == "O" || tag.starts_with("B-") {
            if let Some((s, l)) = open.take() {
                p.entities.push((s, i, l));
            }
            if let Some(t) = tag.strip_prefix("B-") {
                open = Some((i, label(t)));
            }
        }
    }
    if let Some((s, l)) = open.take() {
        p.entities.push((s, p.words.len(), l));
    }
    p.has_tree = true;
    p.finish();
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENT: &str = "
1 Hamas Hamas PROPN NNP _ 2 nsubj _ Entity=B-ORG
2 rejected reject VERB VBD _ 0 root _ _
3 an a DET DT _ 5 det _ _
4 Egyptian Egyptian ADJ JJ _ 5 amod _ Entity=B-MISC
5 cease-fire cease-fire NOUN NN _ 2 obj _ _
6 . . PUNCT . _ 2 punct _ _
";

    #[test]
    fn tree_helpers() {
        let p = from_conllu(SENT);
        assert_eq!(p.len(), 6);
        assert_eq!(p.head(0), Some(1));
        assert_eq!(p.head(1), None);
        assert_eq!(p.child_with(1, DepRel::Nsubj), Some(0));
        assert_eq!(p.child_with(1, DepRel::Obj), Some(4));
        assert_eq!(p.children(4), [2, 3]);
        assert_eq!(p.left_edge(4), 2);
        assert_eq!(p.left_edge(1), 0);
        assert_eq!(
            p.entities,
            [(0, 1, EntityLabel::Organization), (3, 4, EntityLabel::Misc)]
        );
    }
}
