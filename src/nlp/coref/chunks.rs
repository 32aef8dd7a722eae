//! Noun phrases found from part-of-speech tags alone: the mentions of things that are no
//! actors ("the conflict", "the ink"), which a pronoun may refer to as well as an actor.
//! Without them, "it" in "the conflict itself" could only choose among actors.

use super::Tokens;
use super::describe::pronoun_class;
use crate::lexicon::{WordClass, Words};
use crate::nlp::Upos;

/// The noun phrases of a sentence, in order: runs of determiners, possessives, numbers,
/// adjectives and nouns that end in a noun (up to their last noun: "the former general",
/// "Egypt 's new leader"), and pronouns of a person, thing or group (and demonstrative
/// ones: "this", "that"). A possessive pronoun is a phrase of its own and starts the one
/// it possesses ("his" and "his party").
pub fn noun_phrases(s: &Tokens<'_>, words: &Words) -> Vec<(usize, usize)> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let u = s.upos[i];
        if u == Upos::Pron {
            let w = s.lower[i].as_str();
            let referring = pronoun_class(words, w) != super::Pronoun::Other
                || words.has(WordClass::DemonstrativeDeterminer, w);
            if referring {
                out.push((i, i + 1));
            }
            // "his party": the pronoun also starts the phrase it possesses
            if !(i + 1 < n && matches!(s.upos[i + 1], Upos::Noun | Upos::Propn | Upos::Adj)) {
                i += 1;
                continue;
            }
        } else if !phrase_word(s, i, words) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last_noun = matches!(u, Upos::Noun | Upos::Propn).then_some(i);
        while j < n && phrase_word(s, j, words) {
            if matches!(s.upos[j], Upos::Noun | Upos::Propn) {
                last_noun = Some(j);
            }
            j += 1;
        }
        match last_noun {
            Some(last) => {
                out.push((i, last + 1));
                i = last + 1;
            }
            None => i = j.max(i + 1),
        }
    }
    out
}

/// The word at `k` may stand inside a noun phrase.
fn phrase_word(s: &Tokens<'_>, k: usize, words: &Words) -> bool {
    matches!(
        s.upos[k],
        Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn
    ) || words.has(WordClass::PossessiveClitic, &s.lower[k])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::shipped_words;
    use crate::nlp::DepRel;

    #[test]
    fn phrases_end_in_their_last_noun() {
        let spec = "the/DET conflict/NOUN itself/PRON is/AUX further/ADV along/ADV than/SCONJ \
        it/PRON was/AUX ;/PUNCT Egypt/PROPN 's/PART new/ADJ leader/NOUN and/CCONJ his/PRON \
        Muslim/ADJ Brotherhood/PROPN met/VERB some/DET very/ADV big/ADJ ./PUNCT";
        let (mut lower, mut upos) = (Vec::new(), Vec::new());
        for t in spec.split_whitespace() {
            let (w, u) = t.split_once('/').unwrap();
            lower.push(w.to_lowercase());
            upos.push(Upos::parse(u).unwrap());
        }
        let n = lower.len();
        let (heads, deprels) = (vec![usize::MAX; n], vec![DepRel::Dep; n]);
        let s = Tokens {
            lower: &lower,
            lemmas: &lower,
            upos: &upos,
            heads: &heads,
            deprels: &deprels,
            has_tree: false,
            entities: &[],
        };
        let words = shipped_words();
        let phrases: Vec<String> = noun_phrases(&s, &words)
            .iter()
            .map(|&(a, b)| lower[a..b].join(" "))
            .collect();
        assert_eq!(
            phrases,
            [
                "the conflict",
                "itself",
                "it",
                "egypt 's new leader",
                "his",
                "his muslim brotherhood"
            ]
        );
    }
}
