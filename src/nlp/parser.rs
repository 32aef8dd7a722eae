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
use super::model_io::{Bytes, Cursor, ModelReader, ModelWriter};
use super::perceptron::{Inline4, Linear, Trainer, argmax_i32};
use super::tags::{DepRel, Upos, Xpos};
use crate::error::Result;

const NONE: u32 = u32::MAX;

/// Labeler features with weights for at least this many labels get a dense row.
const LABELER_DENSE_MIN: usize = 12;

/// The transitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Move {
    Shift = 0,
    Left = 1,
    Right = 2,
    Reduce = 3,
}

const MOVES: [Move; 4] = [Move::Shift, Move::Left, Move::Right, Move::Reduce];

/// The parser's view of a token: word facts and tags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ParseToken {
    pub word: u64,
    pub suffix: u64,
    pub tag: u64,
    pub upos: u64,
}

impl ParseToken {
    /// The token for word facts and tags.
    pub fn new(w: &WordInfo, upos: Upos, xpos: Xpos) -> ParseToken {
        ParseToken {
            word: w.lower,
            suffix: w.suffix[2],
            tag: (upos.id() as u64) << 8 | xpos.id() as u64,
            upos: upos.id() as u64,
        }
    }

    const ROOT: ParseToken = ParseToken {
        word: 0x0123_4567,
        suffix: 0x0123_4567,
        tag: 0xfffe,
        upos: 0xfe,
    };
    const NULL: ParseToken = ParseToken {
        word: 0x0765_4321,
        suffix: 0x0765_4321,
        tag: 0xffff,
        upos: 0xff,
    };
}

/// A parser configuration, reused across sentences.
#[derive(Debug, Default)]
pub(crate) struct State {
    n: u32,
    stack: Vec<u32>,
    b: u32,
    in_stack: Vec<bool>,
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    fn reset(&mut self, n: usize) {
        let m = n + 1;
        self.n = n as u32;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(m, NONE);
        }
        self.in_stack.clear();
        self.in_stack.resize(m, false);
        self.in_stack[0] = true;
        self.labels.clear();
        self.labels.resize(m, 0);
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(m, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(m, 0);
        }
    }

    fn done(&self) -> bool {
        self.b > self.n
    }

    fn top(&self) -> u32 {
        *self.stack.last().expect("the root never leaves the stack")
    }

    fn valid(&self, m: Move) -> bool {
        let s = self.top();
        let buffer = self.b <= self.n;
        match m {
            Move::Shift => buffer,
            Move::Left => buffer && s != 0 && self.heads[s as usize] == NONE,
            Move::Right => buffer && (s != 0 || self.rc1[0] == NONE),
            Move::Reduce => s != 0 && self.heads[s as usize] != NONE,
        }
    }

    fn attach(&mut self, h: u32, d: u32, label: u8) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        if d < h {
            // left children arrive from the nearest outwards
            self.lc2[hu] = self.lc1[hu];
            self.lc1[hu] = d;
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= 1 << (label & 63);
        } else {
            self.rc2[hu] = self.rc1[hu];
            self.rc1[hu] = d;
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= 1 << (label & 63);
        }
    }

    /// Applies `m`; `label` is called for the new arc (head, dependent) if one is built.
    fn apply(&mut self, m: Move, mut label: impl FnMut(&State, u32, u32) -> u8) {
        let s = self.top();
        let b = self.b;
        match m {
            Move::Shift => {
                self.stack.push(b);
                self.in_stack[b as usize] = true;
                self.b += 1;
            }
            Move::Left => {
                let l = label(self, b, s);
                self.attach(b, s, l);
                self.stack.pop();
                self.in_stack[s as usize] = false;
            }
            Move::Right => {
                let l = label(self, s, b);
                self.attach(s, b, l);
                self.stack.push(b);
                self.in_stack[b as usize] = true;
                self.b += 1;
            }
            Move::Reduce => {
                self.stack.pop();
                self.in_stack[s as usize] = false;
            }
        }
    }

    /// Attaches the words left without a head: to the root's dependent, or, when the root
    /// has none, the first of them becomes the root.
    fn finish(&mut self, mut label: impl FnMut(&State, u32, u32) -> u8, root_label: u8) {
        for d in 1..=self.n {
            if self.heads[d as usize] != NONE {
                continue;
            }
            let root_child = self.rc1[0];
            if root_child == NONE {
                self.attach(0, d, root_label);
            } else {
                let l = label(self, root_child, d);
                self.attach(root_child, d, l);
            }
        }
    }

    /// Cost of move `m`: gold arcs it makes unreachable (`gold[i]` is the head of word i).
    fn cost(&self, m: Move, gold: &[u32]) -> u32 {
        let s = self.top();
        let b = self.b;
        let n = self.n;
        let in_buffer = |k: u32| k >= b && k <= n && k != NONE;
        let headless_stack_deps = |h: u32| {
            self.stack
                .iter()
                .filter(|&&k| k != 0 && gold[k as usize] == h && self.heads[k as usize] == NONE)
                .count() as u32
        };
        let buffer_deps =
            |h: u32, from: u32| (from..=n).filter(|&k| gold[k as usize] == h).count() as u32;
        match m {
            Move::Left => {
                let g = gold[s as usize];
                (in_buffer(g) && g != b) as u32 + buffer_deps(s, b)
            }
            Move::Right => {
                let g = gold[b as usize];
                let lost_head = g != s && (in_buffer(g) || self.in_stack[g as usize]);
                lost_head as u32 + headless_stack_deps(b)
            }
            Move::Reduce => buffer_deps(s, b),
            Move::Shift => {
                let g = gold[b as usize];
                self.in_stack[g as usize] as u32 + headless_stack_deps(b)
            }
        }
    }
}

fn tok(tokens: &[ParseToken], i: u32) -> ParseToken {
    if i == NONE {
        ParseToken::NULL
    } else if i == 0 {
        ParseToken::ROOT
    } else {
        tokens[i as usize - 1]
    }
}

fn opt(v: &[u32], i: u32) -> u32 {
    if i == NONE { NONE } else { v[i as usize] }
}

fn label_of(st: &State, i: u32) -> u64 {
    if i == NONE || i == 0 || st.heads[i as usize] == NONE {
        0xff
    } else {
        st.labels[i as usize] as u64
    }
}

/// The positions whose token features enter the transition classifier on their own
/// (in this order): stack top, buffer front, the next two buffer words, second on the
/// stack, the stack top's head, leftmost and rightmost children, the buffer front's
/// leftmost child, the stack top's head's head, and the second leftmost and rightmost
/// children.
const N_ROLES: usize = 13;

/// The positions of the roles of [`N_ROLES`] in configuration `st` (`NONE` for none).
fn role_tokens(st: &State) -> [u32; N_ROLES] {
    let n = st.n;
    let s0i = st.top();
    let s1i = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let b0i = if st.b <= n { st.b } else { NONE };
    let bi = |k: u32| if st.b + k <= n { st.b + k } else { NONE };
    let s0hi = opt(&st.heads, s0i);
    [
        s0i,
        b0i,
        bi(1),
        bi(2),
        s1i,
        s0hi,
        opt(&st.lc1, s0i),
        opt(&st.rc1, s0i),
        opt(&st.lc1, b0i),
        opt(&st.heads, s0hi),
        opt(&st.lc2, s0i),
        opt(&st.rc2, s0i),
        opt(&st.lc2, b0i),
    ]
}

/// Number of features [`role_features`] gives for all roles together.
const N_ROLE_FEATURES: usize = 31;

/// The role of each of the [`N_ROLE_FEATURES`] features of [`all_role_features`].
const ROLE_OF: [u8; N_ROLE_FEATURES] = [
    0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
    12,
];

/// The features of token `t` in role `role` (appended to `out`): they depend on that
/// token alone, so they can be looked up once per token and sentence rather than once
/// per transition.
fn role_features(role: usize, t: &ParseToken, out: &mut Vec<u64>) {
    let (w, g) = (t.word, t.tag);
    match role {
        0 => out.extend([f1(1, w), f1(2, g), f2(3, w, g), f1(16, t.suffix)]),
        1 => out.extend([f1(4, w), f1(5, g), f2(6, w, g), f1(15, t.suffix)]),
        2 => out.extend([f1(7, w), f1(8, g), f2(9, w, g)]),
        3 => out.extend([f1(10, w), f1(11, g)]),
        4 => out.extend([f1(13, g), f2(14, w, g)]),
        5 => out.extend([f1(60, w), f1(61, g)]),
        6 => out.extend([f1(63, w), f1(64, g)]),
        7 => out.extend([f1(66, w), f1(67, g)]),
        8 => out.extend([f1(69, w), f1(70, g)]),
        9 => out.extend([f1(80, w), f1(81, g)]),
        10 => out.extend([f1(83, w), f1(84, g)]),
        11 => out.extend([f1(86, w), f1(87, g)]),
        _ => out.extend([f1(89, w), f1(90, g)]),
    }
}

/// The features of token `t` in every role, [`N_ROLE_FEATURES`] of them.
fn all_role_features(t: &ParseToken, out: &mut Vec<u64>) {
    for role in 0..N_ROLES {
        role_features(role, t, out);
    }
}

/// Features of a configuration for the transition classifier (after Zhang and Nivre,
/// 2011: words, tags, distance, valency, children and their labels): the bias, the
/// features of each role's token, then [`dynamic_features`].
fn transition_features(st: &State, tokens: &[ParseToken], out: &mut Vec<u64>) {
    out.clear();
    out.push(f1(0, 0));
    let roles = role_tokens(st);
    for (role, &i) in roles.iter().enumerate() {
        role_features(role, &tok(tokens, i), out);
    }
    dynamic_features(st, tokens, &roles, out);
}

/// The features of a configuration that combine several positions or depend on the
/// arcs built so far (appended to `out`).
fn dynamic_features(st: &State, tokens: &[ParseToken], roles: &[u32; N_ROLES], out: &mut Vec<u64>) {
    let [
        s0i,
        b0i,
        b1i,
        b2i,
        s1i,
        s0hi,
        s0li,
        s0ri,
        b0li,
        s0h2i,
        s0l2i,
        s0r2i,
        b0l2i,
    ] = *roles;
    let s0 = tok(tokens, s0i);
    let s1 = tok(tokens, s1i);
    let b0 = tok(tokens, b0i);
    let b1 = tok(tokens, b1i);
    let b2 = tok(tokens, b2i);
    let s0h = tok(tokens, s0hi);
    let s0h2 = tok(tokens, s0h2i);
    let (s0l, s0r, s0l2, s0r2) = (
        tok(tokens, s0li),
        tok(tokens, s0ri),
        tok(tokens, s0l2i),
        tok(tokens, s0r2i),
    );
    let (b0l, b0l2) = (tok(tokens, b0li), tok(tokens, b0l2i));
    let has_head = (s0hi != NONE) as u64;
    let dist = if b0i != NONE && s0i != 0 {
        (b0i - s0i).min(6) as u64
    } else {
        7
    };
    let vr = if s0i == NONE {
        0
    } else {
        st.nr[s0i as usize] as u64
    };
    let vl = if s0i == NONE {
        0
    } else {
        st.nl[s0i as usize] as u64
    };
    let bvl = if b0i == NONE {
        0
    } else {
        st.nl[b0i as usize] as u64
    };
    let sr = if s0i == NONE {
        0
    } else {
        st.rset[s0i as usize]
    };
    let sl = if s0i == NONE {
        0
    } else {
        st.lset[s0i as usize]
    };
    let bl = if b0i == NONE {
        0
    } else {
        st.lset[b0i as usize]
    };

    // single words
    out.push(f2(12, s0.tag, has_head));
    // pairs
    out.push(f3(20, s0.word, s0.tag, f2(0, b0.word, b0.tag)));
    out.push(f3(21, s0.word, s0.tag, b0.word));
    out.push(f3(22, s0.word, b0.word, b0.tag));
    out.push(f3(23, s0.word, s0.tag, b0.tag));
    out.push(f3(24, s0.tag, b0.word, b0.tag));
    out.push(f2(25, s0.word, b0.word));
    out.push(f3(26, s0.tag, b0.tag, has_head));
    out.push(f2(27, b0.tag, b1.tag));
    out.push(f2(28, b0.word, b1.tag));
    out.push(f2(29, b0.tag, b1.word));
    // three tags
    out.push(f3(30, b0.tag, b1.tag, b2.tag));
    out.push(f3(31, s0.tag, b0.tag, b1.tag));
    out.push(f3(32, s0h.tag, s0.tag, b0.tag));
    out.push(f3(33, s0.tag, s0l.tag, b0.tag));
    out.push(f3(34, s0.tag, s0r.tag, b0.tag));
    out.push(f3(35, s0.tag, b0.tag, b0l.tag));
    out.push(f3(36, s1.tag, s0.tag, b0.tag));
    out.push(f3(37, s0.word, b0.tag, b1.tag));
    out.push(f3(38, s0.upos, b0.upos, dist));
    out.push(f3(39, s1.upos, s0.upos, b0.upos));
    out.push(f2(17, s0.word, b0.upos));
    out.push(f2(18, s0.upos, b0.word));
    out.push(f3(19, s0.upos, b0.upos, b1.upos));
    // distance
    out.push(f2(40, s0.word, dist));
    out.push(f2(41, s0.tag, dist));
    out.push(f2(42, b0.word, dist));
    out.push(f2(43, b0.tag, dist));
    out.push(f3(44, s0.word, b0.word, dist));
    out.push(f3(45, s0.tag, b0.tag, dist));
    // valency
    out.push(f2(50, s0.word, vr));
    out.push(f2(51, s0.tag, vr));
    out.push(f2(52, s0.word, vl));
    out.push(f2(53, s0.tag, vl));
    out.push(f2(54, b0.word, bvl));
    out.push(f2(55, b0.tag, bvl));
    // second order
    out.push(f1(62, label_of(st, s0i)));
    out.push(f1(65, label_of(st, s0li)));
    out.push(f1(68, label_of(st, s0ri)));
    out.push(f1(71, label_of(st, b0li)));
    // third order
    out.push(f1(82, label_of(st, s0hi)));
    out.push(f1(85, label_of(st, s0l2i)));
    out.push(f1(88, label_of(st, s0r2i)));
    out.push(f1(91, label_of(st, b0l2i)));
    out.push(f3(92, s0.tag, s0l.tag, s0l2.tag));
    out.push(f3(93, s0.tag, s0r.tag, s0r2.tag));
    out.push(f3(94, s0.tag, s0h.tag, s0h2.tag));
    out.push(f3(95, b0.tag, b0l.tag, b0l2.tag));
    // label sets
    out.push(f2(100, s0.word, sr));
    out.push(f2(101, s0.tag, sr));
    out.push(f2(102, s0.word, sl));
    out.push(f2(103, s0.tag, sl));
    out.push(f2(104, b0.word, bl));
    out.push(f2(105, b0.tag, bl));
}

/// Features for labeling the arc head `h` -> dependent `d`.
fn label_features(st: &State, tokens: &[ParseToken], h: u32, d: u32, out: &mut Vec<u64>) {
    out.clear();
    let ht = tok(tokens, h);
    let dt = tok(tokens, d);
    let dir = (d < h) as u64;
    let dist = if h == 0 {
        9
    } else {
        (h.abs_diff(d)).min(8) as u64
    };
    let dl = tok(tokens, st.lc1[d as usize]);
    let dl2 = tok(tokens, st.lc2[d as usize]);
    let dr = tok(tokens, st.rc1[d as usize]);
    let hh = opt(&st.heads, h);
    let before = tok(tokens, if d >= 1 { d - 1 } else { NONE });
    let after = tok(tokens, if d < st.n { d + 1 } else { NONE });
    out.push(f1(200, dir));
    out.push(f2(201, dt.word, dir));
    out.push(f2(202, dt.tag, dir));
    out.push(f2(203, ht.word, dir));
    out.push(f2(204, ht.tag, dir));
    out.push(f3(205, ht.tag, dt.tag, dir));
    out.push(f3(206, ht.word, dt.tag, dir));
    out.push(f3(207, ht.tag, dt.word, dir));
    out.push(f3(208, ht.word, dt.word, dir));
    out.push(f3(209, dt.tag, dist, dir));
    out.push(f3(210, ht.tag, dt.tag, dist));
    out.push(f3(211, dt.tag, dl.word, dl.tag));
    out.push(f3(212, dt.tag, dl.tag, dl2.tag));
    out.push(f3(213, dt.tag, dr.tag, dir));
    out.push(f3(214, ht.tag, dt.tag, st.lset[h as usize]));
    out.push(f3(215, ht.tag, dt.tag, label_of(st, h)));
    out.push(f3(216, dt.tag, tok(tokens, hh).tag, dir));
    out.push(f3(217, dt.tag, before.tag, after.tag));
    out.push(f3(218, dt.suffix, dt.upos, dir));
    out.push(f3(219, ht.tag, dt.tag, st.lset[d as usize]));
    out.push(f3(220, ht.word, dl.word, dir));
    out.push(f3(221, dt.word, dl.word, dir));
    out.push(f3(222, ht.tag, dt.tag, st.rset[h as usize]));
    out.push(f2(
        223,
        dt.tag,
        (st.nl[d as usize] as u64) << 8 | st.nr[d as usize] as u64,
    ));
}

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
        }
    }

    fn root_label(&self) -> u8 {
        self.labels
            .iter()
            .position(|&l| l == DepRel::Root)
            .unwrap_or(0) as u8
    }

    /// The role scores of every token of a sentence (see [`ParseScratch::roles`]).
    fn role_table(&self, tokens: &[ParseToken], feats: &mut Vec<u64>, roles: &mut Vec<[i32; 4]>) {
        let n = tokens.len();
        feats.clear();
        for t in tokens {
            all_role_features(t, feats);
        }
        roles.clear();
        roles.extend_from_slice(&self.root_roles);
        roles.resize((n + 1) * N_ROLES, [0; 4]);
        roles.extend_from_slice(&self.null_roles);
        self.transitions.add_groups(
            feats,
            |k| (k / N_ROLE_FEATURES + 1) * N_ROLES + ROLE_OF[k % N_ROLE_FEATURES] as usize,
            roles,
        );
    }

    /// The transition scores of configuration `st`, given the role scores of its
    /// sentence: equal to those of all of [`transition_features`], with fewer lookups.
    fn scores(
        &self,
        st: &State,
        tokens: &[ParseToken],
        roles: &[[i32; 4]],
        feats: &mut Vec<u64>,
    ) -> [i32; 4] {
        let null = tokens.len() + 1;
        let r = role_tokens(st);
        let mut scores = [self.bias];
        for (role, &i) in r.iter().enumerate() {
            let i = if i == NONE { null } else { i as usize };
            let v = roles[i * N_ROLES + role];
            for (s, x) in scores[0].iter_mut().zip(v) {
                *s += x;
            }
        }
        feats.clear();
        dynamic_features(st, tokens, &r, feats);
        self.transitions.add_groups(feats, |_| 0, &mut scores);
        scores[0]
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
        let ParseScratch {
            state,
            feats,
            roles,
            lab_feats,
        } = scratch;
        let n = tokens.len();
        state.reset(n);
        self.role_table(tokens, feats, roles);
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
            let scores = self.scores(state, tokens, roles, feats);
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
        w.section(b"PTRN", &t);
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
        let mut c = Cursor::new(r.section(b"PTRN")?);
        let transitions = Inline4::read(&mut c)
            .filter(|_| c.at_end())
            .ok_or_else(|| corrupt("transition weights"))?;
        let mut c = Cursor::new(r.section(b"PLAB")?);
        let labeler = Linear::read(&mut c)
            .filter(|m| m.n_classes() == labels.len() && c.at_end())
            .ok_or_else(|| corrupt("label weights"))?;
        Ok(Parser::new(labels, transitions, labeler))
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

/// Training of the parser.
pub(crate) mod train {
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
        let (mut feats, mut roles, mut all) = (Vec::new(), Vec::new(), Vec::new());
        p.role_table(&tokens, &mut feats, &mut roles);
        let mut st = State::default();
        st.reset(tokens.len());
        let mut steps = 0;
        while !st.done() {
            let fast = p.scores(&st, &tokens, &roles, &mut feats);
            transition_features(&st, &tokens, &mut all);
            assert_eq!(fast, p.transitions.score(&all), "step {steps}");
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
