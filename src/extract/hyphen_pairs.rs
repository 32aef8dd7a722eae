//! Two sides in one hyphenated word: "the Russia-Ukraine talks", "the US-China trade war",
//! "the Sino-Russian partnership".
//!
//! The tokenizer keeps a hyphenated word whole, and a token holds one mention at most, so
//! such a word named neither side. [`split_pairs`] cuts it into its two parts and the
//! hyphen (three tokens, each slicing the original text) when the word is a **pair of
//! sides**: both parts are actors the lexicon knows (a country, a nationality adjective, a
//! capital, an organization or group of the gazetteer, or a combining form of
//! `combining_forms.tsv` such as "Sino", "Franco") naming two different actors, and the
//! word stands in front of an event noun that states a relation *between* two sides (a
//! noun trigger whose frame is `mutual` and takes `between`: talks, summit, war, clashes,
//! deal, partnership, tensions ...), with at most two lower-case words between ("trade",
//! "border", "peace"). Everything else stays one token: "Iraq-related costs", "Korean-American
//! voters", "Sino-Tibetan languages", "the Paris-Dakar rally" (no event noun), "the
//! Manchester-Liverpool talks" (cities are no sides), "Ann Smith-Jones". The treebanks the parser learned from write such words split ("Al -
//! Jazeera", "Eye - Tracking"), so the parser reads the split form as it was trained.
//!
//! The relation engine then reads the pair as it reads "between X and Y"
//! ([`super::relations`], `hyphen_pair`), and a combining form is a mention of its country
//! only right before the hyphen of such a pair ([`combining_country`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::{ActorType, Span};
use crate::lexicon::{Form, Lexicon, TriggerPos};
use crate::text::{Segmented, Sentence, Token};

/// Most lower-case words between a pair and its event noun ("US-China [trade] war",
/// "EU-Japan [economic partnership] agreement").
pub(crate) const MAX_WORDS_BEFORE_NOUN: usize = 2;

/// The marks that join the two parts of a pair: a hyphen or an en dash.
const HYPHENS: [char; 2] = ['-', '\u{2013}'];

/// True for a token that is one hyphen or en dash (a pair after its cut).
pub(crate) fn is_hyphen(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| HYPHENS.contains(&c)) && chars.next().is_none()
}

/// The shipped combining forms: lower-case form -> canonical name of the country.
fn combining_forms() -> &'static HashMap<Box<str>, Box<str>> {
    static FORMS: OnceLock<HashMap<Box<str>, Box<str>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        parse_forms(include_str!("../../assets/lexicon/combining_forms.tsv"))
            .expect("the shipped combining_forms.tsv parses")
    })
}

/// Reads `combining_forms.tsv` (the lexicon's table format, [`crate::lexicon::read_table`]):
/// lower-case form -> canonical name of the country.
fn parse_forms(text: &str) -> crate::error::Result<HashMap<Box<str>, Box<str>>> {
    crate::lexicon::read_map("combining_forms.tsv", text, ["form", "canonical"], 0)
}

/// The country a combining form names ("Sino" -> China), with its dictionary code.
pub(crate) fn combining_country<'l>(lex: &'l Lexicon, word: &str) -> Option<(&'l str, &'l str)> {
    let canonical = combining_forms().get(word.to_lowercase().as_str())?;
    let entry = lex.gazetteer.canonical(canonical)?;
    Some((entry.canonical, entry.code))
}

/// The actor one part of a pair names (its canonical name), if any: a combining form, or
/// a country, organization or group of the gazetteer by a name, demonym, capital or seat
/// (not a city or a listed person: "Manchester-Liverpool" is a route, "Smith-Jones" a
/// surname).
fn part_actor<'l>(lex: &'l Lexicon, part: &str) -> Option<&'l str> {
    if !part.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if let Some((canonical, _)) = combining_country(lex, part) {
        return Some(canonical);
    }
    lex.gazetteer
        .lookup(part)
        .into_iter()
        .filter(|e| {
            matches!(
                e.kind,
                ActorType::Country | ActorType::Organization | ActorType::Group
            ) && !matches!(e.form, Form::City | Form::Member)
        })
        .min_by_key(|e| e.form)
        .map(|e| e.canonical)
}

/// Byte offset of the hyphen of `word` when it is a pair of two different known actors.
fn pair_hyphen(lex: &Lexicon, word: &str) -> Option<usize> {
    let at = word.find(HYPHENS)?;
    let hyphen_len = word[at..].chars().next()?.len_utf8();
    let (first, second) = (&word[..at], &word[at + hyphen_len..]);
    if first.is_empty() || second.is_empty() || second.contains(HYPHENS) {
        return None;
    }
    let (a, b) = (part_actor(lex, first)?, part_actor(lex, second)?);
    (a != b).then_some(at)
}

/// An event noun that states a relation between two sides: a noun trigger whose frame is
/// mutual and takes "between" ("talks", "war", "deal"), as written or without a plural
/// "s" ("wars", "deals").
pub(crate) fn states_between(lex: &Lexicon, word: &str) -> bool {
    let mutual = |w: &str| {
        lex.triggers
            .get(w, TriggerPos::Noun)
            .is_some_and(|t| t.frame.mutual && t.frame.takes("between"))
    };
    mutual(word) || word.strip_suffix('s').is_some_and(mutual)
}

/// Whether the words after token `k` reach an event noun of a pair
/// ([`states_between`]) through at most [`MAX_WORDS_BEFORE_NOUN`] other lower-case words.
fn before_event_noun(lex: &Lexicon, text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .iter()
        .skip(k + 1)
        .take(MAX_WORDS_BEFORE_NOUN + 1)
        .map(|t| t.text(text))
        .take_while(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .any(|w| states_between(lex, w))
}

/// Cuts every pair of sides ([module docs](self)) into its two parts and the hyphen;
/// sentences keep their spans and cover the same text.
pub(crate) fn split_pairs(text: &str, seg: Segmented, lex: &Lexicon) -> Segmented {
    let cuts: Vec<(usize, usize)> = (0..seg.tokens.len())
        .filter_map(|k| {
            let word = seg.tokens[k].text(text);
            if !word.contains(HYPHENS) {
                return None;
            }
            let at = pair_hyphen(lex, word)?;
            before_event_noun(lex, text, &seg.tokens, k).then_some((k, at))
        })
        .collect();
    if cuts.is_empty() {
        return seg;
    }
    let mut tokens = Vec::with_capacity(seg.tokens.len() + 2 * cuts.len());
    // new index of each old token's first piece, and one past the end
    let mut first = Vec::with_capacity(seg.tokens.len() + 1);
    let mut cut = cuts.iter().peekable();
    for (k, t) in seg.tokens.iter().enumerate() {
        first.push(tokens.len());
        match cut.next_if(|c| c.0 == k) {
            Some(&(_, at)) => {
                let (s, e) = (t.span.start, t.span.end);
                let h = s + at;
                let hyphen_end = h + text[h..].chars().next().map_or(1, char::len_utf8);
                for (a, b) in [(s, h), (h, hyphen_end), (hyphen_end, e)] {
                    tokens.push(Token {
                        span: Span::new(a, b),
                    });
                }
            }
            None => tokens.push(*t),
        }
    }
    first.push(tokens.len());
    let sentences = seg
        .sentences
        .iter()
        .map(|s| Sentence {
            first_token: first[s.first_token],
            end_token: first[s.end_token],
            ..*s
        })
        .collect();
    Segmented { tokens, sentences }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions::tests::lexicon;
    use crate::text::segment;

    /// The words of `text` after the cut, `|` between tokens.
    fn cut(text: &str) -> String {
        let seg = split_pairs(text, segment(text), lexicon());
        let s = &seg.sentences[0];
        assert_eq!(
            (s.span.slice(text), seg.sentences.len()),
            (text, 1),
            "the sentence covers the same text"
        );
        seg.tokens[s.first_token..s.end_token]
            .iter()
            .map(|t| t.text(text))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn a_pair_of_sides_before_an_event_noun_is_cut() {
        let rows = [
            (
                "The Russia-Ukraine talks ended.",
                "The|Russia|-|Ukraine|talks|ended|.",
            ),
            (
                "The US-China trade war hit farmers.",
                "The|US|-|China|trade|war|hit|farmers|.",
            ),
            ("Sino-Russian ties grew.", "Sino|-|Russian|ties|grew|."),
            (
                "The Israeli\u{2013}Palestinian talks resumed.",
                "The|Israeli|\u{2013}|Palestinian|talks|resumed|.",
            ),
            (
                "The EU-Japan partnership agreement took effect.",
                "The|EU|-|Japan|partnership|agreement|took|effect|.",
            ),
            // no event noun of two sides after it
            (
                "Korean-American voters turned out.",
                "Korean-American|voters|turned|out|.",
            ),
            (
                "The Russia-Ukraine border was closed.",
                "The|Russia-Ukraine|border|was|closed|.",
            ),
            (
                "Sino-Tibetan languages are old.",
                "Sino-Tibetan|languages|are|old|.",
            ),
            (
                "Talks followed Egypt-Israel.",
                "Talks|followed|Egypt-Israel|.",
            ),
            // a part that is no side: a topic, a city, a surname, an unknown word
            ("Iraq-related talks ended.", "Iraq-related|talks|ended|."),
            // capitals stand for their governments ("the Washington-Moscow talks"); a
            // rally between them states nothing
            (
                "The Paris-Dakar rally was moved.",
                "The|Paris-Dakar|rally|was|moved|.",
            ),
            (
                "The Washington-Moscow talks ended.",
                "The|Washington|-|Moscow|talks|ended|.",
            ),
            (
                "The Manchester-Liverpool talks ended.",
                "The|Manchester-Liverpool|talks|ended|.",
            ),
            (
                "The Smith-Jones talks ended.",
                "The|Smith-Jones|talks|ended|.",
            ),
            ("The Anglo-Saxon war ended.", "The|Anglo-Saxon|war|ended|."),
            // one actor twice
            (
                "The US-America talks ended.",
                "The|US-America|talks|ended|.",
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(cut(text), expected, "{text}");
        }
    }

    #[test]
    fn a_combining_form_names_its_country_only_from_the_table() {
        let lex = lexicon();
        assert_eq!(combining_country(lex, "Sino").map(|c| c.0), Some("China"));
        assert_eq!(
            combining_country(lex, "Franco").map(|c| c.0),
            Some("France")
        );
        assert_eq!(combining_country(lex, "Afro"), None);
        // every row names a country of the gazetteer
        for canonical in combining_forms().values() {
            assert!(lex.gazetteer.canonical(canonical).is_some(), "{canonical}");
        }
        assert!(
            parse_forms("sino\tChina\n").is_err(),
            "the header is required"
        );
    }
}
