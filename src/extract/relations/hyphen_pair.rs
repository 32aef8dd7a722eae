//! `hyphen_pair`: the two sides of an event noun named in one hyphenated word in front of
//! it, "the Russia-Ukraine talks", "the US-China trade war", "Franco-German cooperation".
//! [`crate::extract::hyphen_pairs`] cut the word into its parts and the hyphen; the pair
//! is then read as "between X and Y" is: the sides of talks meet each other, of a war
//! oppose each other, of a deal back each other, and a host or mediator meets each.
//!
//! The pair is read from the words, as the cut was made, not from the tree: the parser
//! often hangs the parts elsewhere ("hosted the US - Iran talks" read with "US" as the
//! object and "Iran" as its `flat` part). Its two actors are then **only** the noun's
//! sides ([`take_pairs`]): no other rule reads them, as no rule reads the actors of a
//! "between" phrase as its own ("U.S. lauds Russian-Chechen deal" states the deal, not
//! that the U.S. backs Russia).

use super::arguments::SentenceActors;
use crate::extract::hyphen_pairs::{MAX_WORDS_BEFORE_NOUN, is_hyphen, states_between};
use crate::extract::parse::Parsed;
use crate::lexicon::Lexicon;
use crate::nlp::Upos;

/// The step's name, for the tests that disable it.
pub(super) const STEP: &str = "hyphen_pair";

/// Every pair "X - Y" of the sentence in front of an event noun that states a relation
/// between two sides, with at most [`MAX_WORDS_BEFORE_NOUN`] lower-case nouns or
/// adjectives between (a modifier of the noun, "trade", "border"; not a verb: "EU-US
/// seeking deal" states no deal): X and Y each a mention of one token (`entity` of each
/// token), of two different actors. Returns (noun, X's token, Y's token).
pub(crate) fn find_pairs(
    lex: &Lexicon,
    p: &Parsed<'_>,
    entity: &[Option<usize>],
) -> Vec<(usize, usize, usize)> {
    let one_token = |k: usize| {
        entity[k].is_some()
            && (k == 0 || entity[k - 1] != entity[k])
            && (k + 1 >= p.len() || entity[k + 1] != entity[k])
    };
    let mut out = Vec::new();
    for h in 1..p.len().saturating_sub(2) {
        let (a, b) = (h - 1, h + 1);
        if !is_hyphen(p.words[h]) || !one_token(a) || !one_token(b) || entity[a] == entity[b] {
            continue;
        }
        for n in b + 1..(b + 2 + MAX_WORDS_BEFORE_NOUN).min(p.len()) {
            // the noun by its lemma or as written ("wars" as "war")
            if p.words[n].chars().all(char::is_lowercase)
                && (states_between(lex, &p.lemmas[n]) || states_between(lex, &p.lower[n]))
            {
                out.push((n, a, b));
                break;
            }
            if !(p.words[n].chars().all(char::is_lowercase)
                && matches!(p.upos[n], Upos::Noun | Upos::Adj))
            {
                break;
            }
        }
    }
    out
}

/// Takes the actors of every pair ([`find_pairs`]) out of `entity`, so that only the
/// pair's noun reads them, and calls `taken` on each of their tokens; returns (noun, X's
/// actor, Y's actor).
pub(crate) fn take_pairs(
    lex: &Lexicon,
    p: &Parsed<'_>,
    entity: &mut [Option<usize>],
    mut taken: impl FnMut(usize),
) -> Vec<(usize, usize, usize)> {
    let pairs = find_pairs(lex, p, entity);
    pairs
        .into_iter()
        .filter_map(|(n, a, b)| {
            let (x, y) = (entity[a].take()?, entity[b].take()?);
            taken(a);
            taken(b);
            Some((n, x, y))
        })
        .collect()
}

/// The two actors of the pair in front of the event noun `n`, if any.
pub(super) fn sides(sa: &SentenceActors<'_, '_>, n: usize) -> Option<Vec<usize>> {
    sa.pairs
        .iter()
        .find(|&&(noun, _, _)| noun == n)
        .map(|&(_, x, y)| vec![x, y])
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};
    use super::STEP;

    const ROWS: &[Row] = &[
        // talks: the sides meet; a host meets each side (as it does "between X and Y")
        Row::model(
            STEP,
            "The Serbia-Croatia talks ended on Monday.",
            &["Serbia -meets/sym-> Croatia [talks]"],
        ),
        Row::model(
            STEP,
            "Hungary hosted the Serbia-Croatia talks in Budapest.",
            &[
                "Hungary -meets/sym-> Serbia [talks]",
                "Hungary -meets/sym-> Croatia [talks]",
                "Serbia -meets/sym-> Croatia [talks]",
            ],
        ),
        // war, with a modifier between: the sides oppose each other
        Row::model(
            STEP,
            "The Serbia-Croatia border war ended in 1995.",
            &["Serbia -opposes/sym-> Croatia [war]"],
        ),
        // nationality adjectives and a deal: the sides back each other
        Row::model(
            STEP,
            "The Serbian-Croatian trade deal was signed in May.",
            &["Serbia -backs/sym-> Croatia [deal]"],
        ),
        // a combining form names its country before the hyphen
        Row::model(
            STEP,
            "The Sino-Croatian partnership deepened last year.",
            &["China -backs/sym-> Croatia [partnership]"],
        ),
        // a verb between the pair and the noun: they seek a deal, none is stated
        Row::model("-", "Serbia-Croatia seeking deal on fishing.", &[]),
        // no pair: a topic suffix, a route between cities, a surname
        Row::model("-", "Serbia-related talks ended on Monday.", &[]),
        Row::model("-", "The Manchester-Liverpool talks ended on Monday.", &[]),
        Row::model("-", "Ann Smith-Jones praised the hospital.", &[]),
    ];

    #[test]
    fn a_pair_of_sides_in_one_word_reads_as_between() {
        check_rows(&[STEP], ROWS);
    }
}
