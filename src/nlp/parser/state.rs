//! The arc-eager transition system: moves, the parser state and the dynamic oracle.

use super::*;

pub(super) const NONE: u32 = u32::MAX;

/// Labeler features with weights for at least this many labels get a dense row.
pub(super) const LABELER_DENSE_MIN: usize = 12;

/// The transitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Move {
    Shift = 0,
    Left = 1,
    Right = 2,
    Reduce = 3,
}

pub(super) const MOVES: [Move; 4] = [Move::Shift, Move::Left, Move::Right, Move::Reduce];

/// The parser's view of a token: word facts and tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

    pub(crate) const ROOT: ParseToken = ParseToken {
        word: 0x0123_4567,
        suffix: 0x0123_4567,
        tag: 0xfffe,
        upos: 0xfe,
    };
    pub(crate) const NULL: ParseToken = ParseToken {
        word: 0x0765_4321,
        suffix: 0x0765_4321,
        tag: 0xffff,
        upos: 0xff,
    };
}

/// A parser configuration, reused across sentences.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) n: u32,
    pub(crate) stack: Vec<u32>,
    pub(crate) b: u32,
    pub(crate) in_stack: Vec<bool>,
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
    pub(crate) lc1: Vec<u32>,
    pub(crate) lc2: Vec<u32>,
    pub(crate) rc1: Vec<u32>,
    pub(crate) rc2: Vec<u32>,
    pub(crate) nl: Vec<u8>,
    pub(crate) nr: Vec<u8>,
    pub(crate) lset: Vec<u64>,
    pub(crate) rset: Vec<u64>,
}

impl State {
    pub(crate) fn reset(&mut self, n: usize) {
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

    pub(crate) fn done(&self) -> bool {
        self.b > self.n
    }

    pub(crate) fn top(&self) -> u32 {
        *self.stack.last().expect("the root never leaves the stack")
    }

    pub(crate) fn valid(&self, m: Move) -> bool {
        let s = self.top();
        let buffer = self.b <= self.n;
        match m {
            Move::Shift => buffer,
            Move::Left => buffer && s != 0 && self.heads[s as usize] == NONE,
            Move::Right => buffer && (s != 0 || self.rc1[0] == NONE),
            Move::Reduce => s != 0 && self.heads[s as usize] != NONE,
        }
    }

    pub(crate) fn attach(&mut self, h: u32, d: u32, label: u8) {
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
    pub(crate) fn apply(&mut self, m: Move, mut label: impl FnMut(&State, u32, u32) -> u8) {
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
    pub(crate) fn finish(&mut self, mut label: impl FnMut(&State, u32, u32) -> u8, root_label: u8) {
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
    pub(crate) fn cost(&self, m: Move, gold: &[u32]) -> u32 {
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
