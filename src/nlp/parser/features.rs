//! The features of a parser state (for choosing a move) and of an arc (for labeling it).

use super::*;

pub(super) fn tok(tokens: &[ParseToken], i: u32) -> ParseToken {
    if i == NONE {
        ParseToken::NULL
    } else if i == 0 {
        ParseToken::ROOT
    } else {
        tokens[i as usize - 1]
    }
}

pub(super) fn opt(v: &[u32], i: u32) -> u32 {
    if i == NONE { NONE } else { v[i as usize] }
}

pub(super) fn label_of(st: &State, i: u32) -> u64 {
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
pub(super) const N_ROLES: usize = 13;

/// The positions of the roles of [`N_ROLES`] in configuration `st` (`NONE` for none).
pub(super) fn role_tokens(st: &State) -> [u32; N_ROLES] {
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
pub(super) const N_ROLE_FEATURES: usize = 31;

/// The role of each of the [`N_ROLE_FEATURES`] features of [`all_role_features`].
pub(super) const ROLE_OF: [u8; N_ROLE_FEATURES] = [
    0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
    12,
];

/// The features of token `t` in role `role` (appended to `out`): they depend on that
/// token alone, so they can be looked up once per token and sentence rather than once
/// per transition.
pub(super) fn role_features(role: usize, t: &ParseToken, out: &mut Vec<u64>) {
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
pub(super) fn all_role_features(t: &ParseToken, out: &mut Vec<u64>) {
    for role in 0..N_ROLES {
        role_features(role, t, out);
    }
}

/// Number of features [`buffer_features`] gives.
pub(super) const N_BUFFER_FEATURES: usize = 4;

/// The features of the buffer's first three tokens together (appended to `out`). The
/// buffer is every token from its front on, so they depend on the front's position
/// alone (`b`, 1-based; past the last token for an empty buffer) and are looked up once
/// per position and sentence rather than once per transition.
pub(super) fn buffer_features(tokens: &[ParseToken], b: u32, out: &mut Vec<u64>) {
    let n = tokens.len() as u32;
    let at = |k: u32| tok(tokens, if b + k <= n { b + k } else { NONE });
    let (b0, b1, b2) = (at(0), at(1), at(2));
    out.push(f2(27, b0.tag, b1.tag));
    out.push(f2(28, b0.word, b1.tag));
    out.push(f2(29, b0.tag, b1.word));
    out.push(f3(30, b0.tag, b1.tag, b2.tag));
}

/// Features of a configuration for the transition classifier (after Zhang and Nivre,
/// 2011: words, tags, distance, valency, children and their labels): the bias, the
/// features of each role's token, [`buffer_features`], then [`dynamic_features`].
pub(super) fn transition_features(st: &State, tokens: &[ParseToken], out: &mut Vec<u64>) {
    out.clear();
    out.push(f1(0, 0));
    let roles = role_tokens(st);
    for (role, &i) in roles.iter().enumerate() {
        role_features(role, &tok(tokens, i), out);
    }
    buffer_features(tokens, st.b, out);
    dynamic_features(st, tokens, &roles, out);
}

/// The features of the stack top `s0i` with the buffer's front `b0i` and the token
/// after it, and their distance (appended to `out`): they depend on the two positions
/// alone, so that the next configuration's can be asked for before its move is chosen
/// (see [`Parser::scores`]).
pub(super) fn pair_features(tokens: &[ParseToken], s0i: u32, b0i: u32, out: &mut Vec<u64>) {
    let b1i = if b0i != NONE && b0i < tokens.len() as u32 {
        b0i + 1
    } else {
        NONE
    };
    let (s0, b0, b1) = (tok(tokens, s0i), tok(tokens, b0i), tok(tokens, b1i));
    let dist = if b0i != NONE && s0i != 0 {
        (b0i - s0i).min(6) as u64
    } else {
        7
    };
    out.push(f3(20, s0.word, s0.tag, f2(0, b0.word, b0.tag)));
    out.push(f3(21, s0.word, s0.tag, b0.word));
    out.push(f3(22, s0.word, b0.word, b0.tag));
    out.push(f3(23, s0.word, s0.tag, b0.tag));
    out.push(f3(24, s0.tag, b0.word, b0.tag));
    out.push(f2(25, s0.word, b0.word));
    out.push(f3(31, s0.tag, b0.tag, b1.tag));
    out.push(f3(37, s0.word, b0.tag, b1.tag));
    out.push(f3(38, s0.upos, b0.upos, dist));
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
}

/// The features of a configuration that combine the stack's tokens with others or depend
/// on the arcs built so far (appended to `out`): [`pair_features`] and the rest.
pub(super) fn dynamic_features(
    st: &State,
    tokens: &[ParseToken],
    roles: &[u32; N_ROLES],
    out: &mut Vec<u64>,
) {
    let [
        s0i,
        b0i,
        _,
        _,
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
    // a count or label set of a token, 0 for a position that holds none
    let at = |v: &[u64], i: u32| if i == NONE { 0 } else { v[i as usize] };
    let count = |v: &[u8], i: u32| if i == NONE { 0 } else { v[i as usize] as u64 };
    let (vr, vl, bvl) = (count(&st.nr, s0i), count(&st.nl, s0i), count(&st.nl, b0i));
    let (sr, sl, bl) = (at(&st.rset, s0i), at(&st.lset, s0i), at(&st.lset, b0i));

    pair_features(tokens, s0i, b0i, out);
    // single words
    out.push(f2(12, s0.tag, has_head));
    // pairs
    out.push(f3(26, s0.tag, b0.tag, has_head));
    // three tags
    out.push(f3(32, s0h.tag, s0.tag, b0.tag));
    out.push(f3(33, s0.tag, s0l.tag, b0.tag));
    out.push(f3(34, s0.tag, s0r.tag, b0.tag));
    out.push(f3(35, s0.tag, b0.tag, b0l.tag));
    out.push(f3(36, s1.tag, s0.tag, b0.tag));
    out.push(f3(39, s1.upos, s0.upos, b0.upos));
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
pub(super) fn label_features(
    st: &State,
    tokens: &[ParseToken],
    h: u32,
    d: u32,
    out: &mut Vec<u64>,
) {
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
