//! Rule tokenizer in the Universal Dependencies English style.

use super::{Span, Token};

/// Opening punctuation split off the front of a word.
const OPENERS: &[char] = &['"', '\u{201C}', '\u{2018}', '\u{00AB}', '(', '[', '{', '<'];

/// Closing punctuation split off the end of a word (the period is handled apart).
const CLOSERS: &[char] = &[
    '"', '\u{201D}', '\u{2019}', '\'', '\u{00BB}', ')', ']', '}', '>', ',', ';', ':', '!', '?',
    '\u{2026}',
];

/// Abbreviations whose period belongs to the word wherever they stand.
const ABBREVIATIONS: &[&str] = &[
    // titles and ranks
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj",
    "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov",
    "Pres", "Rev", "Hon", "Fr", "Supt", "Insp", "Det", "Amb", "Atty", "Gens",
    // months and days
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    // organizations and places
    "Co", "Corp", "Inc", "Ltd", "Bros", "Dept", "Univ", "Assn", "Mt", "Ft", "Ave", "Blvd", "Rd",
    "Govt", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ind", "Kan", "Ky", "Md",
    "Mich", "Minn", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo",
    // Latin and others
    "vs", "etc", "al", "approx", "est", "cf", "viz", "ca",
];

/// Abbreviations that take their period only before a number ("No. 10", "Art. 5").
const NUMBER_ABBREVIATIONS: &[&str] = &["No", "Nos", "no", "Art", "Fig", "p", "pp", "vol", "Vol"];

/// Longest word (in bytes, without its final period) that can be an abbreviation: the
/// longest listed one is 6 bytes and dotted acronyms ("U.S.A", "Ph.D") are short. The
/// bound keeps the test constant-time, so that a chunk ending in a long run of periods
/// and closers ("a.a.a.a...;.;.;.") costs linear time.
const MAX_ABBREVIATION_BYTES: usize = 24;

/// True when `word` (without its final period) is an abbreviation that keeps the period.
pub(super) fn is_abbreviation(word: &str, next: Option<char>) -> bool {
    if word.is_empty() || word.len() > MAX_ABBREVIATION_BYTES {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().expect("non-empty");
    // an initial: "J." in "John F. Kennedy"
    if chars.next().is_none() {
        return first.is_alphabetic();
    }
    // dotted acronyms: U.S, U.N, a.m, e.g, Ph.D
    if word.contains('.')
        && word.split('.').all(|part| {
            !part.is_empty() && part.len() <= 3 && part.chars().all(char::is_alphabetic)
        })
    {
        return true;
    }
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    NUMBER_ABBREVIATIONS.contains(&word) && next.is_some_and(|c| c.is_ascii_digit())
}

/// An invisible format character (Unicode category Cf) that separates words like white
/// space: marks of direction (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), the zero-width
/// space U+200B, the word joiner and invisible operators (U+2060-U+2064), the byte-order
/// mark U+FEFF, and the other format controls of Arabic, Syriac and Mongolian text. The
/// soft hyphen (U+00AD) and the zero-width (non-)joiners (U+200C, U+200D) are Cf too but
/// stand inside a word, so they stay in its token.
pub fn is_format(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{0605}'
        | '\u{061C}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{200E}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}')
}

/// White space or a format character ([`is_format`]): what separates tokens. Asked of
/// every character of every text, so kept inline in the tokenizer's loop.
#[inline]
fn separates(c: char) -> bool {
    c.is_whitespace() || is_format(c)
}

/// Splits `text` into tokens. Format characters ([`is_format`]) separate tokens like white
/// space and belong to none, so that a name written with a mark of direction in it still
/// reads as its words; offsets still point into `text` as given.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chunk_start = None;
    for (i, c) in text.char_indices() {
        if separates(c) {
            if let Some(s) = chunk_start.take() {
                let next = text[i..].trim_start_matches(separates).chars().next();
                split_chunk(text, s, i, next, &mut tokens);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, s, text.len(), None, &mut tokens);
    }
    tokens
}

/// The longest token, in bytes. A longer stretch that the rules leave whole (a line of
/// 100 MB without a space, an encoded blob, a run of one punctuation mark) is cut: its
/// first bytes, up to the last character boundary at or before the limit, are the token,
/// and the rest of the stretch is skipped (the punctuation split off its ends still makes
/// tokens). No later stage sees a longer word, a blob cannot become an actor named by a
/// megabyte of text, and every token still slices the original text.
pub const MAX_TOKEN_BYTES: usize = 1000;

fn push(text: &str, tokens: &mut Vec<Token>, start: usize, mut end: usize) {
    if end.saturating_sub(start) > MAX_TOKEN_BYTES {
        end = start + MAX_TOKEN_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
    }
    if start < end {
        tokens.push(Token {
            span: Span::new(start, end),
        });
    }
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Tokenizes one whitespace-free chunk `text[start..end]`; `next` is the first character
/// after the following whitespace.
fn split_chunk(
    text: &str,
    mut start: usize,
    mut end: usize,
    next: Option<char>,
    out: &mut Vec<Token>,
) {
    // leading punctuation
    while start < end {
        let rest = &text[start..end];
        let n = leading_punctuation(rest);
        if n == 0 {
            break;
        }
        push(text, out, start, start + n);
        start += n;
    }

    // trailing punctuation, collected back to front
    let mut trailing: Vec<(usize, usize)> = Vec::new();
    while start < end {
        let rest = &text[start..end];
        if rest.len() > 2 && (rest.ends_with("''") || rest.ends_with("...")) {
            let n = if rest.ends_with("''") {
                2
            } else {
                rest.bytes().rev().take_while(|&b| b == b'.').count()
            };
            let n = n.min(rest.len() - 1);
            trailing.push((end - n, end));
            end -= n;
            continue;
        }
        let c = last_char(rest).expect("non-empty");
        let word_len = rest.len() - c.len_utf8();
        if word_len == 0 {
            break;
        }
        if CLOSERS.contains(&c) || matches!(c, '\u{2014}') {
            trailing.push((end - c.len_utf8(), end));
            end -= c.len_utf8();
        } else if c == '.' {
            let word = &rest[..word_len];
            if is_abbreviation(word, next) {
                break;
            }
            trailing.push((end - 1, end));
            end -= 1;
        } else if c == '%' && rest[..word_len].ends_with(|p: char| p.is_ascii_digit()) {
            trailing.push((end - 1, end));
            end -= 1;
        } else {
            break;
        }
    }

    split_core(text, start, end, out);
    for &(s, e) in trailing.iter().rev() {
        push(text, out, s, e);
    }
}

/// Length in bytes of a punctuation token at the front of `rest`, or 0.
fn leading_punctuation(rest: &str) -> usize {
    let c = first_char(rest).expect("non-empty");
    let clen = c.len_utf8();
    let after = rest[clen..].chars().next();
    let more = rest.len() > clen;
    if rest.starts_with("``") {
        2
    } else if rest.starts_with("--") {
        rest.bytes().take_while(|&b| b == b'-').count()
    } else if (OPENERS.contains(&c) && more)
        // a quote, unless it is a clitic ('s) or an elided year ('90s)
        || ((c == '\'' || c == '\u{2019}')
            && after.is_some_and(|a| !a.is_ascii_digit())
            && !is_leading_clitic(&rest[clen..]))
        // a currency sign before its number
        || (matches!(c, '$' | '\u{00A3}' | '\u{20AC}' | '#' | '\u{00A5}')
            && after.is_some_and(|a| a.is_ascii_digit()))
        || (matches!(c, '\u{2014}' | '\u{2013}' | '*' | '\u{2022}') && more)
    {
        clen
    } else {
        0
    }
}

/// `'s`, `'re`, `'em` at the front of a chunk: a clitic written apart, not a quote.
fn is_leading_clitic(rest: &str) -> bool {
    // the clitics are one or two bytes: looking no further keeps a run of quotes linear
    if rest.len() > 2 {
        return false;
    }
    let lower = rest.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "s" | "re" | "ve" | "ll" | "d" | "m" | "em" | "t"
    )
}

/// The first word separator inside `core` after its first byte (an em dash, a double
/// hyphen, an ellipsis; an opening bracket, which splits off without a token of its own):
/// its position and length. One pass, so that a 100 MB chunk of
/// separators costs linear time.
fn first_separator(core: &str) -> Option<(usize, usize)> {
    let b = core.as_bytes();
    let run = |i: usize, c: u8| b[i..].iter().take_while(|&&x| x == c).count();
    // ASCII bytes and the lead byte 0xE2 only occur at character boundaries
    (1..b.len()).find_map(|i| match b[i] {
        b'-' if b.get(i + 1) == Some(&b'-') => Some((i, run(i, b'-'))),
        b'.' if b[i..].starts_with(b"...") => Some((i, run(i, b'.'))),
        // a reference mark glued to a word: "Haidar,[1]", "al-Freiji.[2]"
        b'[' => Some((i, 0)),
        // a comma with no space after it between words ("Union,dismissed"), not in a
        // number ("1,000")
        b',' if b[i - 1].is_ascii_alphabetic()
            && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) =>
        {
            Some((i, 1))
        }
        0xE2 if core[i..].starts_with('\u{2014}') || core[i..].starts_with('\u{2026}') => {
            Some((i, 3))
        }
        _ => None,
    })
}

/// Splits the word core: internal dashes and ellipses, clitics, `cannot`.
fn split_core(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let mut s = start;
    while s < end {
        let core = &text[s..end];
        let Some((p, n)) = first_separator(core) else {
            let split = clitic_split(core);
            push(text, out, s, s + split);
            // "gonna" style splits give two words, clitics one
            push(text, out, s + split, end);
            return;
        };
        let sep = core[p..].chars().next();
        split_chunk(text, s, s + p, sep, out);
        push(text, out, s + p, s + p + n);
        s += p + n;
        while s < end {
            let k = leading_punctuation(&text[s..end]);
            if k == 0 {
                break;
            }
            push(text, out, s, s + k);
            s += k;
        }
    }
}

/// Byte position where a clitic starts in `word`, or `word.len()` when it has none.
///
/// The clitics are compared with the word's last characters folded (ASCII lower case, a
/// curly apostrophe as a straight one), read from its end without a folded copy of the
/// word: this runs on every word of every text.
fn clitic_split(word: &str) -> usize {
    let fold = |c: char| {
        if c == '\u{2019}' {
            '\''
        } else {
            c.to_ascii_lowercase()
        }
    };
    // the last four characters folded, the last first, with where each starts; `n` of
    // them (fewer when the word is shorter)
    let mut last = [('\0', 0); 4];
    let mut n = 0;
    for (i, c) in word.char_indices().rev().take(4) {
        last[n] = (fold(c), i);
        n += 1;
    }
    let ends_with = |clitic: &str| {
        clitic.len() <= n && clitic.chars().rev().zip(&last).all(|(a, &(b, _))| a == b)
    };
    // more characters than the clitic: a clitic alone is a word of its own
    if n > 3 && ends_with("n't") {
        return last[2].1;
    }
    if n > 2 && ["'s", "'m", "'d"].into_iter().any(ends_with) {
        return last[1].1;
    }
    if n > 3 && ["'ll", "'re", "'ve"].into_iter().any(ends_with) {
        return last[2].1;
    }
    if ["cannot", "gonna", "wanna", "gotta"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        3
    } else {
        word.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    /// `clitic_split` as it was written first, on a lower-cased copy of the word: the
    /// definition the copy-free one must agree with.
    fn clitic_split_by_copy(word: &str) -> usize {
        let lower: String = word
            .chars()
            .map(|c| {
                if c == '\u{2019}' {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let suffix_chars = |n: usize| word.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
        let n = lower.chars().count();
        if n > 3 && lower.ends_with("n't") {
            return suffix_chars(3);
        }
        if n > 2 && ["'s", "'m", "'d"].iter().any(|c| lower.ends_with(c)) {
            return suffix_chars(2);
        }
        if n > 3 && ["'ll", "'re", "'ve"].iter().any(|c| lower.ends_with(c)) {
            return suffix_chars(3);
        }
        match lower.as_str() {
            "cannot" | "gonna" | "wanna" | "gotta" => 3,
            _ => word.len(),
        }
    }

    #[test]
    fn clitic_split_reads_the_end_as_the_folded_copy_did() {
        let words = [
            "",
            "s",
            "'s",
            "’s",
            "a's",
            "a’s",
            "A’S",
            "é's",
            "é’s",
            "ça’d",
            "n't",
            "an't",
            "can't",
            "CAN’T",
            "can’t",
            "don’t",
            "’ll",
            "x’ll",
            "we’ll",
            "we'LL",
            "they're",
            "I've",
            "'ve",
            "é've",
            "I'm",
            "he'd",
            "cannot",
            "CANNOT",
            "Cannot",
            "cannót",
            "gonna",
            "Wanna",
            "gotta",
            "gott’a",
            "'",
            "’",
            "''",
            "’’s",
            "n’t",
            "ñ't",
            "ñ’t",
            "Egypt's",
            "Egypt",
            "naïve",
            "日本's",
            "日本’ll",
            "Ａ's",
            "x'S",
            "x'D",
            "x'M",
        ];
        for w in words {
            assert_eq!(clitic_split(w), clitic_split_by_copy(w), "{w:?}");
        }
        // and every substring of a text of mixed scripts and apostrophes
        let text = "Can’t they'd é’s wE'Ll GONNA 日本's n't ’’ve";
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (a, &i) in cuts.iter().enumerate() {
            for &j in &cuts[a..] {
                let w = &text[i..j];
                assert_eq!(clitic_split(w), clitic_split_by_copy(w), "{w:?}");
            }
        }
    }

    #[test]
    fn table() {
        let rows: &[(&str, &[&str])] = &[
            ("Hamas rejected it.", &["Hamas", "rejected", "it", "."]),
            (
                "U.S. officials met Mr. Blair in Washington, D.C.",
                &[
                    "U.S.",
                    "officials",
                    "met",
                    "Mr.",
                    "Blair",
                    "in",
                    "Washington",
                    ",",
                    "D.C.",
                ],
            ),
            ("Egypt's leader", &["Egypt", "'s", "leader"]),
            (
                "the European Union,dismissed 1,000 claims",
                &[
                    "the",
                    "European",
                    "Union",
                    ",",
                    "dismissed",
                    "1,000",
                    "claims",
                ],
            ),
            (
                "Abu Haidar,[1] was born",
                &["Abu", "Haidar", ",", "[", "1", "]", "was", "born"],
            ),
            ("We don\u{2019}t want", &["We", "do", "n\u{2019}t", "want"]),
            ("can't cannot", &["ca", "n't", "can", "not"]),
            (
                "Ban Ki-moon, el-Sissi",
                &["Ban", "Ki-moon", ",", "el-Sissi"],
            ),
            (
                "$47 million (47%)",
                &["$", "47", "million", "(", "47", "%", ")"],
            ),
            (
                "\"without any condition.\"",
                &["\"", "without", "any", "condition", ".", "\""],
            ),
            (
                "a ``special law'' here",
                &["a", "``", "special", "law", "''", "here"],
            ),
            ("No. 10 Downing Street", &["No.", "10", "Downing", "Street"]),
            ("said no. The", &["said", "no", ".", "The"]),
            ("George W. Bush", &["George", "W.", "Bush"]),
            ("wait...what", &["wait", "...", "what"]),
            ("a--b---\"c", &["a", "--", "b", "---", "\"", "c"]),
            ("easy.\"\u{2014}he", &["easy", ".", "\"", "\u{2014}", "he"]),
            ("peace\u{2014}or war", &["peace", "\u{2014}", "or", "war"]),
            ("the states' rights", &["the", "states", "'", "rights"]),
            ("'90s music", &["'90s", "music"]),
            ("2,000 troops, 3.5 m", &["2,000", "troops", ",", "3.5", "m"]),
        ];
        for (text, expected) in rows {
            assert_eq!(words(text), *expected, "{text}");
        }
    }

    #[test]
    fn offsets_slice_the_text() {
        let text = "  \u{201C}Erdo\u{011F}an\u{2019}s\u{201D} call\u{2026}\n";
        let toks = tokenize(text);
        let got: Vec<&str> = toks
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(
            got,
            [
                "\u{201C}",
                "Erdo\u{011F}an",
                "\u{2019}s",
                "\u{201D}",
                "call",
                "\u{2026}"
            ]
        );
    }

    #[test]
    fn long_runs_of_separators_are_linear() {
        let text = "a...".repeat(200_000);
        let toks = tokenize(&text);
        assert_eq!(toks.len(), 400_000);
        assert_eq!(toks[1].text(&text), "...");
    }

    #[test]
    fn format_characters_separate_tokens_and_offsets_still_slice_the_text() {
        let text = "Ban\u{200E} Ki-moon met\u{200B}Abdel\u{200F}Fattah and Ken\u{00AD}nedy";
        assert_eq!(
            words(text),
            [
                "Ban",
                "Ki-moon",
                "met",
                "Abdel",
                "Fattah",
                "and",
                "Ken\u{00AD}nedy"
            ]
        );
        let toks = tokenize("\u{FEFF}\u{200E}Egypt\u{200E}.");
        assert_eq!(toks.len(), 2);
        assert_eq!((toks[0].span.start, toks[0].span.end), (6, 11));
    }

    #[test]
    fn long_tokens_are_cut_at_character_boundaries() {
        // 1,001 two-byte letters: the first 500 (1,000 bytes) are the token, the rest is
        // skipped; the comma split off the end is still a token
        let text = format!("Hamas {}, said", "\u{00E9}".repeat(1001));
        let toks = tokenize(&text);
        let lens: Vec<usize> = toks.iter().map(|t| t.span.end - t.span.start).collect();
        assert_eq!(lens, [5, 1000, 1, 4]);
        assert_eq!(toks[1].span.start, 6);
        assert_eq!(toks[1].text(&text), "\u{00E9}".repeat(500));
        assert_eq!(toks[2].text(&text), ",");
        // a three-byte character across the limit is left out whole
        let text = format!("a{}", "\u{2192}".repeat(400));
        assert_eq!(tokenize(&text)[0].span.end, 1 + 333 * 3);
        // a run of one punctuation mark too
        let dots = ".".repeat(2500);
        assert!(
            tokenize(&dots)
                .iter()
                .all(|t| t.span.end - t.span.start <= MAX_TOKEN_BYTES)
        );
    }

    #[test]
    fn runs_of_punctuation_are_linear() {
        // each of these took time quadratic in the run (a clitic test over the rest of
        // the chunk at every quote; an abbreviation test over the word at every period)
        let n = 20_000;
        let quotes = "'".repeat(n);
        assert_eq!(tokenize(&quotes).len(), n);
        let curly = "\u{2019}".repeat(n);
        assert_eq!(tokenize(&curly).len(), n);
        let text = format!("{}{}", "a.".repeat(n), ";.".repeat(n));
        let toks = tokenize(&text);
        // the ";" and "." split off one by one, the last period of "a.a.a." too (too long
        // for an abbreviation), then "a.a.a" cut to the longest token
        assert_eq!(toks.len(), 2 * n + 2);
        assert_eq!(toks[0].span.end, MAX_TOKEN_BYTES);
        let text = format!("x{}", "--'".repeat(n));
        assert!(tokenize(&text).len() >= n);
    }

    #[test]
    fn empty_and_blank() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ").is_empty());
        assert_eq!(words("."), ["."]);
        assert_eq!(words("\""), ["\""]);
    }
}
