//! Feature hashing and the per-token facts every model's features are built from.
//!
//! Features are 64-bit hashes of a template id and its values: no feature strings are
//! built and no vocabulary is loaded. The word-level hashes (form, lowercase form,
//! affixes, shape) are computed once per token and shared by the tagger, the parser and
//! the entity recognizer.

use crate::text::normalize;

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// The 64-bit finalizer of MurmurHash3: every input bit affects every output bit, so the
/// low bits (the table slot) and the high bits (the fingerprint) are both well mixed.
#[inline]
pub(crate) fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Hash of a byte string under `seed`.
#[inline]
pub(crate) fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K2);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ v).wrapping_mul(K1);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // the last 1 to 7 bytes, little-endian, zero-padded: shifted in one by one, since
        // a copy of a length not known at compile time is a call of `memcpy` (a word's
        // facts hash eleven strings, most of them shorter than 8 bytes)
        let v = rest
            .iter()
            .enumerate()
            .fold(0u64, |v, (k, &b)| v | (b as u64) << (8 * k));
        h = (h.rotate_left(5) ^ v).wrapping_mul(K1);
    }
    fmix64(h)
}

/// Hash of a string value (word, affix, shape).
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    hash_bytes(0x51_7cc1_b727_220a, s.as_bytes())
}

/// Folded 128-bit product: one multiplication that mixes every bit of both inputs into
/// every bit of the result (the mixing step of wyhash).
#[inline(always)]
fn mum(a: u64, b: u64) -> u64 {
    let r = a as u128 * b as u128;
    (r as u64) ^ ((r >> 64) as u64)
}

/// The seed of feature template `t`.
#[inline(always)]
fn seed(t: u32) -> u64 {
    (t as u64 + 1).wrapping_mul(K1)
}

const K3: u64 = 0x1656_67B1_9E37_79F9;
const K4: u64 = 0x27D4_EB2F_1656_67C5;

/// A feature: template `t` with one value.
#[inline]
pub(crate) fn f1(t: u32, a: u64) -> u64 {
    mum(a ^ seed(t), K2)
}

/// A feature: template `t` with two values.
#[inline]
pub(crate) fn f2(t: u32, a: u64, b: u64) -> u64 {
    mum(a ^ seed(t), b ^ K2)
}

/// A feature: template `t` with three values.
#[inline]
pub(crate) fn f3(t: u32, a: u64, b: u64, c: u64) -> u64 {
    mum(mum(a ^ seed(t), b ^ K2) ^ K3, c ^ K4)
}

/// Word-shape and orthographic flags of a token.
pub(crate) mod flag {
    /// First character uppercase.
    pub const TITLE: u32 = 1;
    /// Every letter uppercase (and at least one letter).
    pub const UPPER: u32 = 2;
    /// Every letter lowercase (and at least one letter).
    pub const LOWER: u32 = 4;
    /// Contains a digit.
    pub const DIGIT: u32 = 8;
    /// Contains a hyphen.
    pub const HYPHEN: u32 = 16;
    /// No letter and no digit.
    pub const PUNCT: u32 = 32;
    /// Contains a period.
    pub const PERIOD: u32 = 64;
}

/// The hashed facts of one token that features are made of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// The normalized form.
    pub form: u64,
    /// The lowercase normalized form.
    pub lower: u64,
    /// Word shape, character classes with runs capped at length 2 (`Xxx`, `dd.d`).
    pub shape: u64,
    /// Short shape, runs collapsed (`Xx`, `d.d`).
    pub short_shape: u64,
    /// Lowercase prefixes of 1 to 3 characters.
    pub prefix: [u64; 3],
    /// Lowercase suffixes of 1 to 4 characters.
    pub suffix: [u64; 4],
    /// [`flag`] bits.
    pub flags: u32,
    /// Length in characters, capped at 15.
    pub len: u8,
}

/// Reusable buffers for computing [`WordInfo`]s without allocating per token.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    lower: String,
    shape: String,
    short: String,
    ends: Vec<usize>,
}

impl WordInfo {
    /// Hash value standing for the position before the first and after the last token.
    pub const PAD: u64 = 0x005e_ed0f_0b0d;

    /// Computes the facts of the raw token `word`.
    pub fn new(word: &str, scratch: &mut Scratch) -> WordInfo {
        let form = normalize(word);
        let form: &str = &form;
        let Scratch {
            lower,
            shape,
            short,
            ends,
        } = scratch;
        lower.clear();
        shape.clear();
        short.clear();
        ends.clear();
        let mut flags = 0u32;
        let mut letters = 0usize;
        let mut uppers = 0usize;
        let mut lowers = 0usize;
        let mut digits = 0usize;
        let mut last_class = '\0';
        let mut run = 0;
        let mut nchars = 0usize;
        for (i, c) in form.chars().enumerate() {
            nchars += 1;
            let class = if c.is_uppercase() {
                letters += 1;
                uppers += 1;
                if i == 0 {
                    flags |= flag::TITLE;
                }
                'X'
            } else if c.is_alphabetic() {
                letters += 1;
                lowers += 1;
                'x'
            } else if c.is_numeric() {
                digits += 1;
                'd'
            } else {
                if c == '-' {
                    flags |= flag::HYPHEN;
                } else if c == '.' {
                    flags |= flag::PERIOD;
                }
                c
            };
            if class == last_class {
                run += 1;
            } else {
                run = 1;
                short.push(class);
            }
            if run <= 2 {
                shape.push(class);
            }
            last_class = class;
            if c.is_ascii() {
                lower.push(c.to_ascii_lowercase());
            } else {
                lower.extend(c.to_lowercase());
            }
            ends.push(lower.len());
        }
        if letters > 0 && uppers == letters {
            flags |= flag::UPPER;
        }
        if letters > 0 && lowers == letters {
            flags |= flag::LOWER;
        }
        if digits > 0 {
            flags |= flag::DIGIT;
        }
        if letters == 0 && digits == 0 {
            flags |= flag::PUNCT;
        }
        let mut prefix = [0u64; 3];
        let mut suffix = [0u64; 4];
        // `ends` holds the byte end of each lowercase char; a char may lowercase to
        // several, which only shifts affix boundaries and is harmless.
        let n = ends.len();
        for (k, p) in prefix.iter_mut().enumerate() {
            let end = ends.get(k.min(n.saturating_sub(1))).copied().unwrap_or(0);
            *p = f1(100 + k as u32, hash_str(&lower[..end.min(lower.len())]));
        }
        for k in 0..4 {
            let start = if k + 1 >= n { 0 } else { ends[n - k - 2] };
            suffix[k] = f1(110 + k as u32, hash_str(&lower[start..]));
        }
        WordInfo {
            form: hash_str(form),
            lower: hash_str(lower),
            shape: hash_str(shape),
            short_shape: hash_str(short),
            prefix,
            suffix,
            flags,
            len: nchars.min(15) as u8,
        }
    }
}

/// Fills `out` with the facts of every word.
pub(crate) fn word_infos(words: &[&str], scratch: &mut Scratch, out: &mut Vec<WordInfo>) {
    out.clear();
    out.extend(words.iter().map(|w| WordInfo::new(w, scratch)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(w: &str) -> WordInfo {
        WordInfo::new(w, &mut Scratch::default())
    }

    #[test]
    fn case_and_quotes_are_normalized_where_they_should_be() {
        assert_eq!(info("Egypt").lower, info("egypt").lower);
        assert_ne!(info("Egypt").form, info("egypt").form);
        // typographic and ASCII apostrophes look the same to the models
        assert_eq!(info("n\u{2019}t").form, info("n't").form);
        assert_eq!(info("\u{201C}").form, info("\"").form);
    }

    #[test]
    fn affixes_and_shapes() {
        let a = info("Talking");
        let b = info("walking");
        assert_eq!(a.suffix[2], b.suffix[2]); // "ing"
        assert_ne!(a.prefix[0], b.prefix[0]);
        assert_eq!(info("Kerry").shape, info("Sissi").shape); // Xxx
        assert_eq!(info("1,234").short_shape, info("56,789").short_shape); // d,d
        assert_ne!(info("1,234").short_shape, info("1234").short_shape);
        let f = info("U.S.").flags;
        assert!(f & flag::UPPER != 0 && f & flag::PERIOD != 0 && f & flag::TITLE != 0);
        assert!(info(",").flags & flag::PUNCT != 0);
        assert!(info("cease-fire").flags & flag::HYPHEN != 0);
        // an empty token (never produced by the tokenizer, but possible through the API)
        // must not panic
        let e = info("");
        assert_eq!(
            (e.lower, e.len, e.prefix[0]),
            (hash_str(""), 0, f1(100, hash_str("")))
        );
        // a one-letter word has all its affixes equal to the word
        let x = info("a");
        assert_eq!(
            x.suffix[3],
            f1(113, hash_str("a")),
            "suffix of a short word is the whole word"
        );
    }

    #[test]
    fn the_last_bytes_hash_as_a_zero_padded_block() {
        // the definition `hash_bytes` must keep (every model's features are these hashes):
        // whole 8-byte blocks, then the rest copied into a zeroed block
        let reference = |seed: u64, bytes: &[u8]| {
            let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K2);
            for c in bytes.chunks(8) {
                let mut buf = [0u8; 8];
                buf[..c.len()].copy_from_slice(c);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K1);
            }
            fmix64(h)
        };
        let text = "Kerry met Sissi in Cairo \u{e9}\u{2019}\u{ff}\x7f\x01 and 1,234!";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let b = &text.as_bytes()[start..end];
                assert_eq!(hash_bytes(7, b), reference(7, b), "{b:?}");
            }
        }
        assert_ne!(hash_str("ab"), hash_str("ab\0"));
    }

    #[test]
    fn feature_hashes_depend_on_template_and_order() {
        let a = hash_str("a");
        let b = hash_str("b");
        assert_ne!(f1(1, a), f1(2, a));
        assert_ne!(f2(1, a, b), f2(1, b, a));
        assert_ne!(f3(1, a, b, a), f3(1, b, a, a));
    }
}
