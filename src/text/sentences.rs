//! Sentence boundaries over the token list.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (with the closing quotes and brackets
//! attached to it) when the next word can start a sentence, and at every line break unless
//! the line wraps mid-sentence; a wire dateline that opens a line ("KYIV, Ukraine (AP) -")
//! a live blog's time stamp that opens a sentence ("14:05 GMT -") and a timeline entry's
//! date before a colon or a dash ("2014:", "March 3 -") are sentences of their own. An abbreviation that ends in a period (`U.S.`, `Inc.`) ends
//! a sentence only before a word that typically starts one; a title (`Mr.`, `Gen.`) or an
//! initial never does.

use super::tokenize::is_abbreviation;
use super::{Sentence, Span, Token};

/// Titles whose period never ends a sentence: a name follows.
const TITLES: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Messrs.", "Mme.", "Dr.", "Prof.", "St.", "Gen.", "Lt.", "Col.", "Maj.",
    "Capt.", "Cmdr.", "Cdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Rep.", "Sen.", "Gov.",
    "Pres.", "Rev.", "Hon.", "Fr.", "Supt.", "Insp.", "Det.", "Amb.", "Atty.", "No.",
];

/// Words that commonly open a sentence; after an abbreviation they signal a boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Although",
    "Though",
    "However",
    "Meanwhile",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Many",
    "Some",
    "Most",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Also",
    "Still",
    "Now",
    "Then",
    "Both",
    "Each",
    "Every",
    "All",
    "No",
    "Not",
    "One",
    "Two",
    "Such",
    "Other",
    "Officials",
    "According",
    "Despite",
    "Under",
    "During",
    "Until",
    "Instead",
];

fn is_terminal(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | "..." | "\u{2026}" | "?!" | "!?")
        || word.bytes().all(|b| b == b'.' || b == b'!' || b == b'?') && !word.is_empty()
}

fn is_closer(word: &str) -> bool {
    matches!(
        word,
        "\"" | "''" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "}" | "\u{00BB}"
    )
}

fn newlines_between(text: &str, a: &Token, b: &Token) -> usize {
    text[a.span.end..b.span.start]
        .bytes()
        .filter(|&c| c == b'\n')
        .count()
}

fn starts_lowercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Could `word` start a sentence after a full stop?
fn can_start_sentence(word: &str) -> bool {
    match word.chars().next() {
        Some(c) if c.is_lowercase() => false,
        Some(c) => !matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '%' | '.' | '!' | '?'),
        None => false,
    }
}

/// Dashes that end a dateline: "KYIV, Ukraine (AP) —".
fn is_dateline_dash(word: &str) -> bool {
    matches!(
        word,
        "-" | "--" | "---" | "\u{2013}" | "\u{2014}" | "\u{2015}"
    )
}

/// A word of a dateline's place written in capitals: "KYIV", "NEW", "ST.".
fn is_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| !c.is_lowercase() && (c.is_alphabetic() || c == '.' || c == '-' || c == '\''))
}

/// A word of a dateline after its place: a region, a country, a month, a day ("Ukraine",
/// "Calif.", "March", "3", "2024").
fn is_dateline_word(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// One past the last token of a wire dateline opening a line at `start`, if there is one:
/// a place in capitals ("KYIV", "NEW YORK"), optional comma-separated regions and dates
/// ("Ukraine", "March 3"), an optional agency in brackets ("(AP)", "(Reuters)"), then a
/// dash, with words after it on the line. A dateline states where the story was filed,
/// not who did what: read as part of the first sentence, its country became the subject
/// of the story's first verb ("KYIV, Ukraine (AP) - Russia attacked Poland" made Ukraine
/// attack Poland).
fn dateline_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map(|t| t.text(text));
    let same_line = |k: usize| newlines_between(text, &tokens[k - 1], &tokens[k]) == 0;
    let mut k = start;
    while k < start + 4 && word(k).is_some_and(is_capitals) && (k == start || same_line(k)) {
        k += 1;
    }
    if k == start {
        return None;
    }
    let place_end = k;
    // ", Ukraine", ", March 3": up to three parts of up to three words
    let mut parts = 0;
    while parts < 3 && word(k) == Some(",") && same_line(k) {
        let mut w = k + 1;
        while w < k + 4 && word(w).is_some_and(is_dateline_word) && same_line(w) {
            w += 1;
        }
        if w == k + 1 {
            return None;
        }
        k = w;
        parts += 1;
    }
    // "(AP)", "(Reuters)"
    if word(k) == Some("(") && same_line(k) {
        let mut w = k + 1;
        while w < k + 5 && word(w).is_some_and(is_dateline_word) && same_line(w) {
            w += 1;
        }
        if word(w) != Some(")") || w == k + 1 {
            return None;
        }
        k = w + 1;
    }
    // a bare place before the dash must be longer than an acronym's two or three letters
    // ("UK - EU talks" is a headline)
    let place_letters: usize = (start..place_end)
        .filter_map(word)
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    if k == place_end && place_letters < 4 {
        return None;
    }
    if !word(k).is_some_and(is_dateline_dash) || !same_line(k) {
        return None;
    }
    k += 1;
    // "--" written as two tokens
    if word(k).is_some_and(|w| w == "-") && tokens[k].span.start == tokens[k - 1].span.end {
        k += 1;
    }
    (k < tokens.len() && same_line(k)).then_some(k)
}

/// A clock time of a live blog's entry: "14:05", "6:30" (hours to 24, two-digit minutes).
pub fn is_clock(word: &str) -> bool {
    let Some((h, m)) = word.split_once(':') else {
        return false;
    };
    let number = |x: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit()))
            .then(|| x.parse::<u8>().ok())
            .flatten()
    };
    number(h, 1..=2).is_some_and(|h| h <= 24) && number(m, 2..=2).is_some_and(|m| m < 60)
}

/// One past the last token of a live blog's time stamp opening a sentence at `start`, if
/// there is one: a clock time, an optional time zone in capitals ("GMT", "BST") or "a.m."
/// / "p.m.", then a dash, with words after it on the line ("14:05 GMT - Turkey's foreign
/// minister has arrived"). Like a dateline it says when, not who: read as part of the
/// entry, the time became the root of the sentence and the entry's verb a relative clause,
/// and every edge of the entry was lost. Entries pasted on one line follow one another
/// after a full stop, so the stamp is looked for at any sentence start, not only a line's.
fn timestamp_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map(|t| t.text(text));
    let same_line =
        |k: usize| k < tokens.len() && newlines_between(text, &tokens[k - 1], &tokens[k]) == 0;
    if !word(start).is_some_and(is_clock) {
        return None;
    }
    let mut k = start + 1;
    let zone = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (2..=4).contains(&letters) && is_capitals(w) || matches!(w, "a.m." | "p.m." | "am" | "pm")
    };
    if same_line(k) && word(k).is_some_and(zone) {
        k += 1;
    }
    if !same_line(k) || !word(k).is_some_and(is_dateline_dash) {
        return None;
    }
    k += 1;
    same_line(k).then_some(k)
}

/// A year written in digits: "1984", "2014".
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word
            .parse::<u16>()
            .is_ok_and(|y| (1000..=2199).contains(&y))
}

/// A day of a month written in digits: "3", "31".
fn is_day(word: &str) -> bool {
    (1..=2).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_digit())
        && word.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A capitalised word of letters, as a month is written ("March", "Feb", "Sept.").
fn is_capitalised_word(word: &str) -> bool {
    let letters = word.strip_suffix('.').unwrap_or(word);
    letters.chars().next().is_some_and(char::is_uppercase)
        && letters.chars().all(char::is_alphabetic)
}

/// One past the last token of a timeline entry's date opening a sentence at `start`, if
/// there is one: a year ("2014"), a capitalised word with a year or a day ("May 2019",
/// "March 3", "Feb 2020"), or a day, a word and a year ("3 March 2021"), then a colon or a
/// dash, with words after it on the line ("2014: Russia annexes Crimea", "2016 - Colombia
/// signs a peace deal"). Like a time stamp it says when, not who: read as part of the
/// entry, the date became the root or the subject ("Feb" an actor signing the deal) and
/// the entry's verb lost its own. A day alone before a dash ("Chelsea 2 - 1") is a score,
/// not a date, and a word that opens sentences ("In 2014: ...") no month: both are left.
fn date_label_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map(|t| t.text(text));
    let same_line =
        |k: usize| k < tokens.len() && newlines_between(text, &tokens[k - 1], &tokens[k]) == 0;
    let first = word(start)?;
    let k = if is_year(first) {
        start + 1
    } else if is_capitalised_word(first)
        && !SENTENCE_STARTERS.contains(&first)
        && same_line(start + 1)
    {
        match word(start + 1) {
            Some(w) if is_year(w) => start + 2,
            Some(w) if is_day(w) => {
                // "March 3, 2014:"
                if same_line(start + 3)
                    && word(start + 2) == Some(",")
                    && word(start + 3).is_some_and(is_year)
                {
                    start + 4
                } else {
                    start + 2
                }
            }
            _ => return None,
        }
    } else if is_day(first)
        && same_line(start + 2)
        && word(start + 1).is_some_and(is_capitalised_word)
        && word(start + 2).is_some_and(is_year)
    {
        start + 3
    } else {
        return None;
    };
    if !same_line(k) {
        return None;
    }
    let mark = word(k)?;
    let day_only = !(start..k).filter_map(word).any(is_year);
    if !(mark == ":" || is_dateline_dash(mark) && !day_only) {
        return None;
    }
    (same_line(k + 1) && !word(k + 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())))
        .then_some(k + 1)
}

/// One past a wire dateline opening a line at `start` ([`dateline_end`]), a live blog's
/// time stamp ([`timestamp_end`]) or a timeline entry's date ([`date_label_end`]) opening a
/// sentence there, if there is one.
fn opening_stamp(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let line_start = start == 0 || newlines_between(text, &tokens[start - 1], &tokens[start]) > 0;
    line_start
        .then(|| dateline_end(text, tokens, start))
        .flatten()
        .or_else(|| timestamp_end(text, tokens, start))
        .or_else(|| date_label_end(text, tokens, start))
}

/// The sentence of tokens `first..end`.
fn sentence(tokens: &[Token], first: usize, end: usize) -> Sentence {
    Sentence {
        span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
        first_token: first,
        end_token: end,
    }
}

/// Groups `tokens` (from [`super::tokenize`]) into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        // a wire dateline opening a line, and a live blog's time stamp opening a
        // sentence, are sentences of their own
        if i == first
            && let Some(end) = opening_stamp(text, tokens, i)
        {
            sentences.push(sentence(tokens, first, end));
            first = end;
            i = end;
            continue;
        }
        let word = tokens[i].text(text);
        let mut end = i + 1; // one past the last token of a sentence ending here
        let mut boundary = false;
        let abbreviation = word.len() > 1 && word.ends_with('.') && !is_terminal(word);
        if is_terminal(word) || abbreviation {
            // closing quotes and brackets written right after the stop belong to this sentence
            // and so do reference marks: "... al-Freiji.[2] He was"
            loop {
                let glued =
                    |k: usize| k < tokens.len() && tokens[k].span.start == tokens[k - 1].span.end;
                if glued(end) && is_closer(tokens[end].text(text)) {
                    end += 1;
                } else if glued(end)
                    && tokens[end].text(text) == "["
                    && glued(end + 1)
                    && tokens[end + 1].text(text).len() <= 4
                    && tokens[end + 1]
                        .text(text)
                        .chars()
                        .all(char::is_alphanumeric)
                    && glued(end + 2)
                    && tokens[end + 2].text(text) == "]"
                {
                    end += 3;
                } else {
                    break;
                }
            }
            boundary = match tokens.get(end) {
                None => true,
                Some(next) => {
                    let next_word = next.text(text);
                    if newlines_between(text, &tokens[end - 1], next) > 0 {
                        true
                    } else if abbreviation {
                        let stem = &word[..word.len() - 1];
                        !TITLES.contains(&word)
                            && stem.chars().count() > 1
                            && is_abbreviation(stem, next_word.chars().next())
                            && SENTENCE_STARTERS.contains(&next_word)
                    } else {
                        can_start_sentence(next_word)
                    }
                }
            };
        }
        if !boundary {
            end = i + 1;
            if let Some(next) = tokens.get(end) {
                let breaks = newlines_between(text, &tokens[i], next);
                // a blank line always ends a sentence; a single line break does unless
                // the next line continues in lower case (hard-wrapped text)
                boundary = breaks >= 2 || (breaks == 1 && !starts_lowercase(next.text(text)));
            } else {
                boundary = true;
            }
        }
        if boundary {
            sentences.push(sentence(tokens, first, end));
            first = end;
        }
        i = end;
    }
    sentences
}

#[cfg(test)]
mod tests {
    use crate::text::segment;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn table() {
        let rows: &[(&str, &[&str])] = &[
            (
                "U.S. Secretary of State John Kerry arrived. He met Gen. Sissi on Jan. 5.",
                &[
                    "U.S. Secretary of State John Kerry arrived.",
                    "He met Gen. Sissi on Jan. 5.",
                ],
            ),
            (
                "Aid came from the U.S. The U.N. said so.",
                &["Aid came from the U.S.", "The U.N. said so."],
            ),
            (
                "\"The work will not be easy. Obviously, it is hard,\" Obama said. \"We don't.\"",
                &[
                    "\"The work will not be easy.",
                    "Obviously, it is hard,\" Obama said.",
                    "\"We don't.\"",
                ],
            ),
            (
                "He chose Mohan al-Freiji.[2] He was later removed.[3][4]",
                &[
                    "He chose Mohan al-Freiji.[2]",
                    "He was later removed.[3][4]",
                ],
            ),
            (
                "\"Why?\" he asked. Mr. Smith left.",
                &["\"Why?\" he asked.", "Mr. Smith left."],
            ),
            (
                "Headline here\n\nThe Conservatives said no.\nNew line.",
                &["Headline here", "The Conservatives said no.", "New line."],
            ),
            (
                "George W. Bush met him at No. 10 Downing Street.",
                &["George W. Bush met him at No. 10 Downing Street."],
            ),
            (
                "It cost $5.5 million. Rebels fled.",
                &["It cost $5.5 million.", "Rebels fled."],
            ),
            ("a line that\nwraps here.", &["a line that\nwraps here."]),
            ("Wait... What? Yes!", &["Wait...", "What?", "Yes!"]),
            ("UK - EU talks end.", &["UK - EU talks end."]),
            // wire datelines opening a line are sentences of their own
            (
                "KYIV, Ukraine (AP) \u{2014} Russia attacked Poland.",
                &["KYIV, Ukraine (AP) \u{2014}", "Russia attacked Poland."],
            ),
            (
                "Headline\n\nNAIROBI, Kenya, March 3 (Reuters) - Somalia accused Ethiopia.",
                &[
                    "Headline",
                    "NAIROBI, Kenya, March 3 (Reuters) -",
                    "Somalia accused Ethiopia.",
                ],
            ),
            (
                "NEW YORK -- Iran met Iraq. BEIJING, Jan. 5 (Xinhua) - China spoke.",
                &[
                    "NEW YORK --",
                    "Iran met Iraq.",
                    "BEIJING, Jan. 5 (Xinhua) - China spoke.",
                ],
            ),
            // not a dateline: no capitals, no dash, or nothing after it
            (
                "Kyiv, Ukraine - Russia attacked.\nIRA leaders met NATO.\nLONDON -",
                &[
                    "Kyiv, Ukraine - Russia attacked.",
                    "IRA leaders met NATO.",
                    "LONDON -",
                ],
            ),
            // a live blog's time stamps, at a line's start or after a full stop
            (
                "14:05 GMT - Iran met Iraq.\n9:30 a.m. \u{2013} Oman spoke. 16:45 - Qatar left.",
                &[
                    "14:05 GMT -",
                    "Iran met Iraq.",
                    "9:30 a.m. \u{2013}",
                    "Oman spoke.",
                    "16:45 -",
                    "Qatar left.",
                ],
            ),
            // a timeline entry's date before a colon or a dash
            (
                "2014: Oman met Iran. May 2019: Iraq spoke.\nMarch 3: Qatar left. 2016 - Fiji won.",
                &[
                    "2014:",
                    "Oman met Iran.",
                    "May 2019:",
                    "Iraq spoke.",
                    "March 3:",
                    "Qatar left.",
                    "2016 -",
                    "Fiji won.",
                ],
            ),
            (
                "3 March 2021: Chad voted. March 3, 2014 - Peru voted.",
                &[
                    "3 March 2021:",
                    "Chad voted.",
                    "March 3, 2014 -",
                    "Peru voted.",
                ],
            ),
            // not a date label: a score, a date mid-sentence, a year read on, nothing after it
            (
                "Chelsea 2 - 1 Arsenal. In 2014: a coup. 2014 was a bad year. 1990 - 1995 saw war.\n2014:",
                &[
                    "Chelsea 2 - 1 Arsenal.",
                    "In 2014: a coup.",
                    "2014 was a bad year.",
                    "1990 - 1995 saw war.",
                    "2014:",
                ],
            ),
            // not a time stamp: a score or a ratio, no dash, a time mid-sentence, nothing
            // after the dash
            (
                "It ended 2:1 - a rout. 31:45 - a draw. 14:05 GMT talks ended.\n10:15 -",
                &[
                    "It ended 2:1 - a rout.",
                    "31:45 - a draw.",
                    "14:05 GMT talks ended.",
                    "10:15 -",
                ],
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(sentences(text), *expected, "{text}");
        }
    }

    #[test]
    fn every_token_in_exactly_one_sentence() {
        let text = "One. Two three! \"Four?\" five.\n\nSix";
        let seg = segment(text);
        let mut next = 0;
        for s in &seg.sentences {
            assert_eq!(s.first_token, next);
            assert!(s.end_token > s.first_token);
            next = s.end_token;
        }
        assert_eq!(next, seg.tokens.len());
    }
}
