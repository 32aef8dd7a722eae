//! Names a text defines with an acronym in brackets: "the Allied Democratic Forces (ADF)",
//! "the Cooperative for the Development of Congo (CODECO)".
//!
//! Reports introduce an armed group, an agency or a company once by its full name and its
//! acronym, then use the acronym alone. The recognizer often cuts such a name where a word
//! is no proper noun to it ("Allied", "for the"), leaving "Democratic Forces" or
//! "Cooperative" as actors. The bracket says where the name starts: the run of
//! capitalised words (and the `long_form_connector` words between them) right before it
//! whose letters the acronym spells, in order, each word giving the acronym's next letters
//! from its own start ([`spells`]). That run is one organization's name; the acronym after
//! it is read by the name step as usual and resolves to the same actor
//! ([`super::super::entities`], whose acronym match uses [`spells`] too).

use super::{Finder, Mention, MentionKind, is_capitalized};
use crate::domain::ActorType;
use crate::lexicon::{Form, WordClass};

/// Longest long form read before a bracket, in tokens: "the Movement for the Emancipation
/// of the Niger Delta" is 9; a longer run is a list or a headline, not one name.
const MAX_LONG_FORM: usize = 12;

/// Whether `acronym` spells the capitalised words of `words` in order: every word gives
/// one or more of the acronym's next letters from its own start ("ADF": Allied, Democratic,
/// Forces; "CODECO": COoperative, DEvelopment, COngo), and nothing is left over. Dots,
/// hyphens and other non-alphanumeric characters of the acronym are skipped ("SPLM-N",
/// "U.N."); words that are not capitalised are connectors, skipped too.
pub(crate) fn spells<'w>(acronym: &str, words: impl IntoIterator<Item = &'w str>) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    // a hyphenated word is its parts ("Movement-North"); a capitalised word must give a
    // letter, a connector may ("IPOB": Indigenous People Of Biafra)
    let words: Vec<(Vec<char>, bool)> = words
        .into_iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .map(|w| {
            (
                w.chars().flat_map(char::to_uppercase).collect(),
                is_capitalized(w),
            )
        })
        .collect();
    let needed = words.iter().filter(|w| w.1).count();
    if letters.len() < 2 || needed < 2 || needed > letters.len() {
        return false;
    }
    spells_from(&letters, &words, needed)
}

/// [`spells`] on upper-case letters and words (each with whether it must give a letter;
/// `needed` of them must): the first word takes its share of the first letters, the rest
/// spell the remainder. Depth is the number of words (at most [`MAX_LONG_FORM`]), each
/// trying at most a few prefixes.
fn spells_from(letters: &[char], words: &[(Vec<char>, bool)], needed: usize) -> bool {
    let Some(((word, must), rest)) = words.split_first() else {
        return letters.is_empty();
    };
    let after = needed - usize::from(*must);
    // every word after this one that must give a letter needs one of its own
    let most = letters.len().saturating_sub(after).min(word.len());
    let least = usize::from(*must);
    (least..=most).any(|k| letters[..k] == word[..k] && spells_from(&letters[k..], rest, after))
}

/// Whether `word` is written as an acronym: two or more capitals, a capital first, and
/// nothing but capitals, digits, dots and hyphens ("ADF", "SPLM-N", "U.N.", "PFLP-GC"). The one
/// test for both ends of an acronym's life: the bracket that defines a long form here, and
/// the acronym alone later that the registry resolves to it (`entities`), so that an
/// acronym read as defined is also found again.
pub(crate) fn acronym_like(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && word.chars().filter(char::is_ascii_uppercase).count() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

impl Finder<'_> {
    /// A name defined by the acronym in brackets after it, starting at `i`: records it as
    /// an organization's name and returns where reading goes on (the bracket, whose
    /// acronym the name step reads next). `None` when no bracketed acronym spells a run
    /// that starts here, or when the dictionary knows the run as it is (its own step then
    /// names it, with its canonical name).
    pub(super) fn defined_by_acronym(&mut self, i: usize) -> Option<usize> {
        let s = &self.s;
        // "The Islamic State Sahel Province (ISSP)": the article in front is no part of
        // the name, and must not let a known name written with it ("The Islamic State")
        // take the words first
        let i = if s.has(WordClass::LongFormConnector, i) && i + 1 < s.len() {
            i + 1
        } else {
            i
        };
        if !is_capitalized(s.p.words[i]) || s.has(WordClass::LongFormConnector, i) {
            return None;
        }
        let limit = s.len().min(i + MAX_LONG_FORM + 1);
        let mut k = i + 1;
        while k < limit && (is_capitalized(s.p.words[k]) || s.has(WordClass::LongFormConnector, k))
        {
            k += 1;
        }
        // the run ends at an opening bracket, an acronym and a closing one
        if k + 2 >= s.len()
            || s.p.words[k] != "("
            || s.p.words[k + 2] != ")"
            || !acronym_like(s.p.words[k + 1])
            || !is_capitalized(s.p.words[k - 1])
            || !spells(s.p.words[k + 1], s.p.words[i..k].iter().copied())
            || s.gaz_at(i).is_some_and(|g| i + g.len == k)
        {
            return None;
        }
        // "the Asia-Pacific Economic Cooperation (APEC)": an acronym the dictionary knows
        // as an organization's name makes the long form that organization's
        let known = s.gaz_at(k + 1).filter(|g| {
            g.len == 1
                && g.entry.form == Form::Name
                && matches!(g.entry.kind, ActorType::Organization | ActorType::Group)
        });
        let m = Mention {
            canonical: known.map(|g| (g.entry.canonical.to_string(), g.entry.code.to_string())),
            ..Mention::new(
                i,
                k,
                MentionKind::Name,
                known.map_or(ActorType::Organization, |g| g.entry.kind),
                s.surface(i, k),
            )
        };
        self.push_name(m);
        Some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::{acronym_like, spells};

    #[test]
    fn an_acronym_is_capitals_with_digits_dots_or_hyphens() {
        let rows: &[(&str, bool)] = &[
            ("ADF", true),
            ("SPLM-N", true),
            ("SPLA-IO", true),
            ("U.N.", true),
            ("PFLP-GC", true),
            // one capital is a model's or a summit's name more often than an acronym
            ("M23", false),
            ("G77", false),
            ("A", false),
            ("Hamas", false),
            ("al-Shabaab", false),
            ("23", false),
        ];
        for &(word, want) in rows {
            assert_eq!(acronym_like(word), want, "{word}");
        }
    }

    #[test]
    fn an_acronym_spells_its_words_by_initials_or_by_their_first_letters() {
        let rows: &[(&str, &str, bool)] = &[
            ("ADF", "Allied Democratic Forces", true),
            ("TPLF", "Tigray People 's Liberation Front", true),
            ("CODECO", "Cooperative for the Development of Congo", true),
            (
                "MEND",
                "Movement for the Emancipation of the Niger Delta",
                true,
            ),
            ("SPLM-N", "Sudan People 's Liberation Movement-North", true),
            ("U.N.", "United Nations", true),
            // a connector may give a letter
            ("IPOB", "Indigenous People of Biafra", true),
            ("IPB", "Indigenous People of Biafra", true),
            // the acronym of another language spells nothing here
            (
                "FARDC",
                "Armed Forces of the Democratic Republic of the Congo",
                false,
            ),
            ("FNL", "Armed Forces for the Liberation of Burundi", false),
            // a word left with no letter, a letter left with no word
            ("AD", "Allied Democratic Forces", false),
            ("ADFX", "Allied Democratic Forces", false),
            // one word is no long form
            ("HAMAS", "Hamas", false),
        ];
        for &(acronym, name, want) in rows {
            assert_eq!(spells(acronym, name.split(' ')), want, "{acronym} / {name}");
        }
    }
}
