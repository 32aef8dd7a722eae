//! Sentence boundaries over the token list.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (with the closing quotes and brackets
//! attached to it) when the next word can start a sentence, and at every line break unless
//! the line wraps mid-sentence. An abbreviation that ends in a period (`U.S.`, `Inc.`) ends
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

/// A word written in capitals only, as a wire dateline writes its place ("ANKARA", "ADDIS").
fn is_capitals(word: &str) -> bool {
    word.chars().count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '.')
        && word.chars().any(char::is_alphabetic)
}

fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--" | "\u{2013}" | "\u{2014}")
}

/// One past the dash of a wire dateline that opens the line at token `first`, if one does.
///
/// A dateline is a place in capitals, then at most a region in title case, a date (a word
/// and a number: "Feb 11") and an agency in brackets, before a dash: "ANKARA, Feb 11 -",
/// "ERBIL, Iraq, June 12 -", "CAIRO (Reuters) -". Read as the sentence's opening, its
/// place became the subject of the sentence's verb ("ANKARA ... held talks"); cut off,
/// it is a line of its own that states nothing. The shape alone decides (no word list):
/// capitals first, and a date or an agency, so that "NATO - the alliance" stays whole.
fn dateline_end(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    /// A dateline is short: a place of a few words, a region, a date, an agency.
    const MAX_DATELINE_TOKENS: usize = 14;
    let word = |k: usize| tokens[k].text(text);
    let mut k = first;
    while k < tokens.len() && is_capitals(word(k)) {
        k += 1;
    }
    if k == first {
        return None;
    }
    let mut dated = false;
    while k < tokens.len() && k - first < MAX_DATELINE_TOKENS {
        let w = word(k);
        if is_dash(w) {
            return dated.then_some(k + 1);
        }
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let number = w.chars().all(|c| c.is_ascii_digit());
        if w == "(" {
            // an agency in brackets: "(Reuters)", "(AP)"
            let close = (k + 1..tokens.len().min(k + 5)).find(|&j| word(j) == ")")?;
            dated = true;
            k = close + 1;
        } else if capitalised
            && k + 1 < tokens.len()
            && word(k + 1).chars().all(|c| c.is_ascii_digit())
        {
            dated = true;
            k += 2;
        } else if w == "," || capitalised || number || w.ends_with('.') {
            k += 1;
        } else {
            return None;
        }
    }
    None
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
        let line_start =
            i == first && (i == 0 || newlines_between(text, &tokens[i - 1], &tokens[i]) > 0);
        if let Some(end) = line_start.then(|| dateline_end(text, tokens, i)).flatten() {
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
            // a wire dateline is a line of its own: its place is no subject
            (
                "ANKARA, Feb 11 - Turkey's foreign minister held talks.",
                &["ANKARA, Feb 11 -", "Turkey's foreign minister held talks."],
            ),
            (
                "ERBIL, Iraq, June 12 - Jets struck. LA PAZ, May 3 - No.",
                &[
                    "ERBIL, Iraq, June 12 -",
                    "Jets struck.",
                    "LA PAZ, May 3 - No.",
                ],
            ),
            (
                "Title\nADDIS ABABA (Reuters) \u{2014} The bloc met.",
                &["Title", "ADDIS ABABA (Reuters) \u{2014}", "The bloc met."],
            ),
            (
                "VATICAN CITY, Dec. 14 -- The pope spoke.",
                &["VATICAN CITY, Dec. 14 --", "The pope spoke."],
            ),
            // capitals with no date nor agency, or a dash further in, open no dateline
            (
                "NATO - the alliance - met.",
                &["NATO - the alliance - met."],
            ),
            (
                "EU leaders met on Monday - and agreed.",
                &["EU leaders met on Monday - and agreed."],
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
