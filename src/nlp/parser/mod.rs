//! Dependency parser: greedy arc-eager transitions scored by an averaged perceptron,
//! with a second perceptron that labels each arc when it is built.
//!
//! Tokens are numbered 1..=n, 0 is the artificial root at the bottom of the stack. The
//! moves are SHIFT, LEFT (the buffer front becomes the head of the stack top, which is
//! popped), RIGHT (the stack top becomes the head of the buffer front, which is pushed)
//! and REDUCE (pop a stack top that has its head). The root takes one dependent only.
//! Words left without a head at the end attach to the root's dependent (or the first
//! such word becomes the root).
//!
//! Training uses the dynamic oracle of Goldberg and Nivre (2012): after each move the
//! oracle knows which moves still reach the best tree reachable, so the parser learns
//! to recover from its own mistakes. Arc-eager builds projective trees only; a
//! non-projective training tree is first projectivized by lifting each crossing arc to
//! the head's head until no arc crosses (the lifted word keeps its relation), so about
//! 1% of the training arcs are attached higher than in the treebank, and the parser
//! never outputs a crossing arc.

use super::features::{WordInfo, f1, f2, f3};
use super::model_io::{Bytes, ModelReader, ModelWriter};
use super::perceptron::{Inline4, Linear, ModelId, RowCache, Trainer, argmax_i32};
use super::tags::{DepRel, Upos, Xpos};
use crate::error::Result;

mod features;
mod projective;
mod state;
/// Training of the parser.
pub(crate) mod train;

use features::*;
#[cfg(test)]
pub(crate) use projective::is_projective;
#[cfg(any(test, feature = "train"))]
pub(crate) use projective::projectivize;
pub(crate) use state::ParseToken;
use state::*;

/// The trained parser.
#[derive(Debug, Clone, PartialEq)]
pub struct Parser {
    labels: Vec<DepRel>,
    transitions: Inline4,
    labeler: Linear,
    /// Transition scores of the bias feature.
    bias: [i32; 4],
    /// Role scores of the artificial root and of the missing token, by role.
    root_roles: [[i32; 4]; N_ROLES],
    null_roles: [[i32; 4]; N_ROLES],
    /// Tells the role caches of the threads which weights their rows were summed from.
    id: ModelId,
}

/// Reusable buffers for parsing.
#[derive(Debug, Default)]
pub(crate) struct ParseScratch {
    state: State,
    feats: Vec<u64>,
    /// Role scores of every token: `roles[i * N_ROLES + r]` for token `i` (1-based,
    /// 0 is the root) in role `r`; the missing token is `n + 1`.
    roles: Vec<[i32; 4]>,
    lab_feats: Vec<u64>,
    /// The features of the next steps' lookups, asked for ahead ([`Parser::ask_ahead`]).
    ahead: Vec<u64>,
    /// The scores of the [`buffer_features`] of every position of the buffer's front:
    /// `buffer[b - 1]` for front `b`.
    buffer: Vec<[i32; 4]>,
    /// Tokens whose role scores were not in the cache, and their summed role scores.
    missed: Vec<usize>,
    rows: Vec<[i32; 4]>,
    cache: RoleCache,
}

/// Tokens whose role scores are kept, per thread.
const CACHE_SLOTS: usize = 1024;

/// The role scores (a row of [`N_ROLES`] move scores) of recently seen tokens, keyed by
/// everything [`all_role_features`] reads of a token (see [`RowCache`]): a token seen
/// before costs one row copied instead of [`N_ROLE_FEATURES`] table lookups.
type RoleCache = RowCache<ParseToken, CACHE_SLOTS, [i32; 4]>;

/// The hash that places token `t` in the [`RoleCache`].
fn cache_hash(t: &ParseToken) -> u64 {
    t.word ^ t.tag
}

impl Parser {
    fn new(labels: Vec<DepRel>, transitions: Inline4, labeler: Linear) -> Parser {
        let mut feats = Vec::with_capacity(N_ROLE_FEATURES);
        let mut role_scores = |t: &ParseToken| {
            feats.clear();
            all_role_features(t, &mut feats);
            let mut out = [[0i32; 4]; N_ROLES];
            transitions.add_groups(&feats, |k| ROLE_OF[k] as usize, &mut out);
            out
        };
        let root_roles = role_scores(&ParseToken::ROOT);
        let null_roles = role_scores(&ParseToken::NULL);
        let bias = transitions.score(&[f1(0, 0)]);
        Parser {
            labels,
            transitions,
            labeler,
            bias,
            root_roles,
            null_roles,
            id: ModelId::new(),
        }
    }

    fn root_label(&self) -> u8 {
        self.labels
            .iter()
            .position(|&l| l == DepRel::Root)
            .unwrap_or(0) as u8
    }

    /// The role scores of every token of a sentence into `sc.roles` (see
    /// [`ParseScratch::roles`]): from the cache, or looked up together for the tokens not
    /// in it (and then cached).
    fn role_table(&self, tokens: &[ParseToken], sc: &mut ParseScratch) {
        let ParseScratch {
            feats,
            roles,
            missed,
            rows,
            cache,
            ..
        } = sc;
        let n = tokens.len();
        cache.prepare(self.id, N_ROLES);
        roles.clear();
        roles.extend_from_slice(&self.root_roles);
        // every token's row is set whole below
        roles.resize((n + 1) * N_ROLES, [0; 4]);
        roles.extend_from_slice(&self.null_roles);
        feats.clear();
        missed.clear();
        for (i, t) in tokens.iter().enumerate() {
            match cache.get(t, cache_hash(t)) {
                Some(row) => roles[(i + 1) * N_ROLES..][..N_ROLES].copy_from_slice(row),
                None => {
                    missed.push(i);
                    all_role_features(t, feats);
                }
            }
        }
        rows.clear();
        rows.resize(missed.len() * N_ROLES, [0; 4]);
        self.transitions.add_groups(
            feats,
            |k| k / N_ROLE_FEATURES * N_ROLES + ROLE_OF[k % N_ROLE_FEATURES] as usize,
            rows,
        );
        for (row, &i) in rows.chunks_exact(N_ROLES).zip(missed.iter()) {
            cache.put(&tokens[i], cache_hash(&tokens[i]), row);
            roles[(i + 1) * N_ROLES..][..N_ROLES].copy_from_slice(row);
        }
    }

    /// The scores of the [`buffer_features`] of every position of the buffer's front
    /// into `sc.buffer`, looked up together (their misses overlap) where each
    /// transition looked them up again.
    fn buffer_table(&self, tokens: &[ParseToken], sc: &mut ParseScratch) {
        let ParseScratch { feats, buffer, .. } = sc;
        feats.clear();
        for b in 1..=tokens.len() as u32 {
            buffer_features(tokens, b, feats);
        }
        buffer.clear();
        buffer.resize(tokens.len(), [0; 4]);
        self.transitions
            .add_groups(feats, |k| k / N_BUFFER_FEATURES, buffer);
    }

    /// The transition scores of configuration `st` with the buffer not empty, given the
    /// role and buffer scores of its sentence: equal to those of all of
    /// [`transition_features`], with fewer lookups.
    fn scores(
        &self,
        st: &State,
        tokens: &[ParseToken],
        roles: &[[i32; 4]],
        buffer: &[[i32; 4]],
        feats: &mut Vec<u64>,
        ahead: &mut Vec<u64>,
    ) -> [i32; 4] {
        let null = tokens.len() + 1;
        let r = role_tokens(st);
        let mut scores = [self.bias];
        let add = |s: &mut [i32; 4], v: [i32; 4]| {
            for (s, x) in s.iter_mut().zip(v) {
                *s += x;
            }
        };
        for (role, &i) in r.iter().enumerate() {
            let i = if i == NONE { null } else { i as usize };
            add(&mut scores[0], roles[i * N_ROLES + role]);
        }
        add(&mut scores[0], buffer[st.b as usize - 1]);
        feats.clear();
        dynamic_features(st, tokens, &r, feats);
        self.transitions.add_groups_with(
            feats,
            |_| 0,
            &mut scores,
            || self.ask_ahead(st, tokens, ahead),
        );
        scores[0]
    }

    /// Asks for the lookups of the next configuration while those of configuration `st`
    /// are in flight (each transition's lookups wait on the move chosen before): the
    /// [`pair_features`] of the two configurations a move leads to (SHIFT and RIGHT: the
    /// front on the stack, the next token in front; LEFT and REDUCE: the second on the
    /// stack on top, the same front). Prefetches only: no score depends on them. (The
    /// labels of the two arcs a move may build, asked for the same way, made the run
    /// slower: 48 more hashes a transition for lookups the labeler's cached rows mostly
    /// answer.)
    fn ask_ahead(&self, st: &State, tokens: &[ParseToken], ahead: &mut Vec<u64>) {
        let (s, b) = (st.top(), st.b);
        ahead.clear();
        if b < st.n {
            pair_features(tokens, b, b + 1, ahead);
        }
        if s != 0 {
            pair_features(tokens, st.stack[st.stack.len() - 2], b, ahead);
        }
        self.transitions.prefetch(ahead);
    }

    /// Parses one sentence; heads (CoNLL-U convention) and labels go to `heads`, `rels`.
    ///
    /// The features of single tokens in each role are looked up for the whole sentence
    /// first (their misses overlap); each transition then only looks up the features
    /// that combine positions or depend on the arcs built.
    pub(crate) fn parse(
        &self,
        tokens: &[ParseToken],
        scratch: &mut ParseScratch,
        heads: &mut Vec<u32>,
        rels: &mut Vec<DepRel>,
    ) {
        self.role_table(tokens, scratch);
        self.buffer_table(tokens, scratch);
        let ParseScratch {
            state,
            feats,
            roles,
            buffer,
            lab_feats,
            ahead,
            ..
        } = scratch;
        let n = tokens.len();
        state.reset(n);
        let root = self.root_label();
        let n_labels = self.labels.len();
        let mut label = |st: &State, h: u32, d: u32| -> u8 {
            if h == 0 {
                return root;
            }
            label_features(st, tokens, h, d, lab_feats);
            let mut scores = [0i32; 256];
            let scores = &mut scores[..self.labeler.stride()];
            self.labeler.add_groups(lab_feats, |_| 0, scores);
            scores[root as usize] = i32::MIN;
            argmax_i32(&scores[..n_labels]) as u8
        };
        while !state.done() {
            let scores = self.scores(state, tokens, roles, buffer, feats, ahead);
            let mut best = None;
            for m in MOVES {
                if state.valid(m)
                    && best.is_none_or(|b: Move| scores[m as usize] > scores[b as usize])
                {
                    best = Some(m);
                }
            }
            let m = best.expect("a move is valid while the buffer is not empty");
            state.apply(m, &mut label);
        }
        state.finish(&mut label, root);
        // a word the decoder hung on a punctuation mark (UD: punctuation heads no word; "...
        // President Cyril Ramaphosa in Beijing on Tuesday." made the name the subject of the
        // full stop) moves to the mark's nearest head that is no punctuation and is labelled
        // again there; forbidding the arc while decoding costs the marks' own arcs more
        let punct = |i: u32| i != 0 && tokens[i as usize - 1].upos == Upos::Punct.id() as u64;
        for d in 1..=n as u32 {
            if punct(d) || !punct(state.heads[d as usize]) {
                continue;
            }
            let mut g = state.heads[d as usize];
            while punct(g) && g != d {
                g = state.heads[g as usize];
            }
            if g != 0 && g != d {
                let l = label(state, g, d);
                state.attach(g, d, l);
            }
        }
        heads.clear();
        rels.clear();
        for i in 1..=n {
            heads.push(state.heads[i]);
            rels.push(self.labels[state.labels[i] as usize]);
        }
    }

    /// Serializes the parser.
    pub(crate) fn write(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(b"PARS");
        let labels: Vec<u8> = self.labels.iter().map(|l| l.id()).collect();
        w.section(b"PLBL", &labels);
        let mut t = Vec::new();
        self.transitions.write(&mut t);
        w.section(b"PTRL", &t);
        let mut l = Vec::new();
        self.labeler.write(&mut l);
        w.section(b"PLAB", &l);
        w.finish()
    }

    /// Reads a parser model file.
    pub(crate) fn read(what: &str, bytes: &Bytes) -> Result<Parser> {
        let r = ModelReader::new(what, bytes, b"PARS")?;
        let corrupt = |part: &str| r.error(format!("corrupt parser {part}"));
        let labels: Vec<DepRel> = r
            .section(b"PLBL")?
            .iter()
            .map(|&i| DepRel::from_id(i))
            .collect::<Option<_>>()
            .ok_or_else(|| corrupt("labels"))?;
        if labels.is_empty() || labels.len() > 64 || !labels.contains(&DepRel::Root) {
            return Err(corrupt("labels"));
        }
        // "PTRL": buckets of one cache line; "PTRN" (files written before them): buckets
        // of 80 bytes, converted here
        let transitions = match r.cursor(b"PTRL") {
            Ok(mut c) => Inline4::read(&mut c).filter(|_| c.at_end()),
            Err(_) => {
                let mut c = r.cursor(b"PTRN")?;
                Inline4::read_buckets(&mut c)
                    .filter(|_| c.at_end())
                    .map(|(t, _)| t)
            }
        }
        .ok_or_else(|| corrupt("transition weights"))?;
        let mut c = r.cursor(b"PLAB")?;
        let labeler = Linear::read(&mut c)
            .filter(|m| m.n_classes() == labels.len() && c.at_end())
            .ok_or_else(|| corrupt("label weights"))?;
        Ok(Parser::new(labels, transitions, labeler))
    }

    /// Whether the weight tables lie on cache lines (see [`Linear::on_lines`]).
    #[cfg(test)]
    pub(crate) fn on_lines(&self) -> bool {
        self.transitions.on_lines() && self.labeler.on_lines()
    }

    /// Model size in bytes.
    pub(crate) fn bytes(&self) -> usize {
        self.transitions.bytes() + self.labeler.bytes()
    }

    /// Size of the transition model in bytes.
    pub(crate) fn transition_bytes(&self) -> usize {
        self.transitions.bytes()
    }

    /// Feature counts: transition model, labeler.
    #[allow(dead_code)]
    pub(crate) fn n_features(&self) -> (usize, usize) {
        (self.transitions.n_features(), self.labeler.n_features())
    }
}

#[cfg(test)]
mod tests {
    use super::train::oracle_parse;
    use super::*;

    /// "Kerry and Ban held talks with Egyptian officials in Cairo ."
    const TREE: [u32; 11] = [4, 3, 1, 0, 4, 8, 8, 5, 10, 4, 4];

    fn with_root(heads: &[u32]) -> Vec<u32> {
        let mut g = vec![0];
        g.extend_from_slice(heads);
        g
    }

    #[test]
    fn static_oracle_reproduces_gold_projective_trees() {
        assert!(is_projective(&TREE));
        assert_eq!(oracle_parse(&with_root(&TREE)), TREE);
        // a right-branching chain and a left-branching chain
        let right = [0, 1, 2, 3, 4];
        assert_eq!(oracle_parse(&with_root(&right)), right);
        let left = [2, 3, 4, 5, 0];
        assert_eq!(oracle_parse(&with_root(&left)), left);
    }

    #[test]
    fn projectivize_lifts_crossing_arcs() {
        // "A hearing is scheduled on the issue today .": "on" (5) belongs to "hearing"
        // (2) across the root "scheduled" (4); lifting attaches it to "scheduled"
        let mut heads = [2, 4, 4, 0, 2, 7, 5, 4, 4];
        assert!(!is_projective(&heads));
        projectivize(&mut heads);
        assert_eq!(heads, [2, 4, 4, 0, 4, 7, 5, 4, 4]);
        assert_eq!(oracle_parse(&with_root(&heads)), heads);
        // a cycle is not a tree; projectivize must still stop
        let mut cycle = [3, 4, 0, 2];
        projectivize(&mut cycle);
    }

    #[test]
    fn role_scores_equal_the_scores_of_all_features() {
        use crate::nlp::features::{Scratch, word_infos};
        let models = crate::nlp::Models::load_default().unwrap();
        let p = &models.parser;
        let words = [
            "Kerry",
            "and",
            "Ban",
            "held",
            "talks",
            "with",
            "Egyptian",
            "officials",
            "in",
            "Cairo",
            "on",
            "Tuesday",
            ",",
            "officials",
            "said",
            ".",
        ];
        let tags = models.tag(&words);
        let mut infos = Vec::new();
        word_infos(&words, &mut Scratch::default(), &mut infos);
        let tokens: Vec<ParseToken> = infos
            .iter()
            .zip(tags.upos.iter().zip(&tags.xpos))
            .map(|(w, (&u, &x))| ParseToken::new(w, u, x))
            .collect();
        let (mut sc, mut feats, mut ahead, mut all) =
            (ParseScratch::default(), Vec::new(), Vec::new(), Vec::new());
        // a cold role cache (every row looked up), then a warm one (the rows from the
        // cache but for a token whose slot another took)
        for pass in 0..2 {
            p.role_table(&tokens, &mut sc);
            p.buffer_table(&tokens, &mut sc);
            if pass == 0 {
                assert_eq!(sc.missed.len(), tokens.len());
            } else {
                assert!(sc.missed.len() < tokens.len() / 2, "{:?}", sc.missed);
            }
            let mut st = State::default();
            st.reset(tokens.len());
            let mut steps = 0;
            while !st.done() {
                let fast = p.scores(&st, &tokens, &sc.roles, &sc.buffer, &mut feats, &mut ahead);
                transition_features(&st, &tokens, &mut all);
                assert_eq!(fast, p.transitions.score(&all), "pass {pass} step {steps}");
                // follow every kind of move the state allows, in turn
                let m = (0..4)
                    .map(|k| MOVES[(steps + k) % 4])
                    .find(|&m| st.valid(m))
                    .unwrap();
                st.apply(m, |_, _, _| 1);
                steps += 1;
            }
            assert!(steps >= tokens.len());
        }
    }

    #[test]
    fn a_file_of_80_byte_transition_buckets_is_read_and_converted() {
        use crate::nlp::model_io::ModelWriter;
        use crate::nlp::perceptron::Buckets;
        let shipped = Parser::read("parser", &Bytes::embedded(crate::nlp::DEFAULT_PARSER)).unwrap();
        // a file as written before the tables of one line: section "PTRN", buckets of 8
        // slots of 32-bit fingerprints
        let h = crate::nlp::features::fmix64;
        let entries: Vec<(u64, [u8; 6])> = (0..3000u64)
            .map(|i| (h(i + 1), [(i % 7) as u8 + 1, 0, 0, 0, 2, 0]))
            .collect();
        let (old, _) = Buckets::<6>::build(&entries);
        let mut w = ModelWriter::new(b"PARS");
        let labels: Vec<u8> = shipped.labels.iter().map(|l| l.id()).collect();
        w.section(b"PLBL", &labels);
        let mut t = Vec::new();
        old.write(&mut t);
        w.section(b"PTRN", &t);
        let mut l = Vec::new();
        shipped.labeler.write(&mut l);
        w.section(b"PLAB", &l);
        let p = Parser::read("old parser", &Bytes::from_vec(w.finish())).unwrap();
        for &(k, v) in &entries {
            assert_eq!(p.transitions.score(&[k]), [0, v[0] as i32, 0, 2]);
        }
        // written again, it is a file of the new section, read as it is
        let again = Parser::read("new parser", &Bytes::from_vec(p.write())).unwrap();
        assert_eq!(again, p);
    }

    #[test]
    fn dynamic_oracle_costs_count_lost_arcs() {
        let gold = with_root(&TREE);
        let mut st = State::default();
        st.reset(TREE.len());
        // at the start, shifting "Kerry" loses nothing, a RIGHT arc root -> Kerry loses
        // Kerry's gold head ("held") and nothing else
        assert_eq!(st.cost(Move::Shift, &gold), 0);
        assert_eq!(st.cost(Move::Right, &gold), 1);
        st.apply(Move::Shift, |_, _, _| 0);
        // LEFT "and" <- Kerry: Kerry loses its head "held" and its dependent "Ban"
        assert_eq!(st.cost(Move::Left, &gold), 2);
    }
}
