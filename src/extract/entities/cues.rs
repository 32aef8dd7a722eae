//! The type an article's own words give a name: "Fiat's shares", "carmaker Fiat",
//! "Blackpool residents", "a conference in Blackpool".
//!
//! The recognizer types an unknown one-word name from its spelling and neighbours, and a
//! name with no first name comes out a person more often than not ("Fiat", "Rosneft",
//! "Pfizer"). What the article says around the name, anywhere in it, is better evidence: a
//! cue of one of the constructions below counts for the whole entity, and the type most
//! cues name beats the recognizer's votes (an entity the gazetteer, a title or an
//! honorific typed stays as it is). Every word a construction keys on is a word class of
//! `words.tsv`.

use super::{Placed, Registry, type_index};
use crate::domain::ActorType;
use crate::extract::mentions::MentionKind;
use crate::extract::parse::Parsed;
use crate::lexicon::{WordClass, Words};
use crate::nlp::Upos;

/// How many words an apposition may have before its head noun: "Fiat, Italy's largest
/// private sector employer,".
const MAX_APPOSITION_WORDS: usize = 8;

/// How many modifiers may stand between a possessive and the noun it owns: "Fiat's
/// carmaking operations", "Fiat's chief executive".
const MAX_OWNED_MODIFIERS: usize = 2;

/// Counts the cues of every name mention for its entity ([`super::Entity::cues`]), for the
/// entities named by one word.
pub(crate) fn count_cues(placed: &[Placed], parsed: &[Parsed<'_>], reg: &mut Registry<'_>) {
    for pm in placed {
        let Some(id) = pm.entity else { continue };
        // "the Trump administration" names the government of a person, not a firm
        if pm.mention.kind != MentionKind::Name
            || pm.mention.end <= pm.mention.start
            || pm.mention.leader_government
        {
            continue;
        }
        let Some(p) = parsed.get(pm.sentence) else {
            continue;
        };
        // a name of two words or more ("Kurt Barnard") has the shape the recognizer types
        // well: it keeps its type (cued too, the relation corpus lost an affiliation)
        if reg.entities[id].canonical.contains(char::is_whitespace) {
            continue;
        }
        if let Some(kind) = cue(p, pm.mention.start, pm.mention.end, reg.words) {
            reg.entities[id].cues[type_index(kind)] += 1;
            if kind == ActorType::Organization
                && names_alone(p, pm.mention.start, pm.mention.end, reg.words)
            {
                reg.entities[id].company_cues += 1;
            }
        }
    }
}

/// The organization cue of the name `[start, end)` has it stand as a noun phrase of its
/// own: not a modifier of the noun after it ("European operations", "Transport shares"),
/// and not the last word of a longer name cut before it ("Club for Growth": a
/// `name_connector` between it and a capitalized word).
fn names_alone(p: &Parsed<'_>, start: usize, end: usize, words: &Words) -> bool {
    let has = |class, i: usize| p.lower.get(i).is_some_and(|w| words.has(class, w));
    let modifier = p.upos.get(end) == Some(&Upos::Noun)
        && has(WordClass::OrganizationPossession, end)
        && !has(WordClass::PossessiveClitic, end);
    let tail = start >= 2
        && has(WordClass::NameConnector, start - 1)
        && p.words[start - 2].starts_with(char::is_uppercase);
    !modifier && !tail
}

/// The type the words around the name `[start, end)` of `p` give it, if any.
pub(crate) fn cue(p: &Parsed<'_>, start: usize, end: usize, words: &Words) -> Option<ActorType> {
    let has = |class, i: usize| p.lower.get(i).is_some_and(|w| words.has(class, w));
    let noun = |i: usize| p.upos.get(i) == Some(&Upos::Noun);
    // "Fiat's shares", "Fiat's chief executive", "Fiat's carmaking operations"
    if has(WordClass::PossessiveClitic, end) {
        let modifier =
            |i: usize| matches!(p.upos.get(i), Some(Upos::Noun | Upos::Adj | Upos::Verb));
        // "Arm's chief executive,": the tagger may read the owned noun as an adjective; it
        // is the owned thing when it heads the phrase (no noun or adjective after it:
        // "Blair's executive order" owns an order) (`owned_adjective`)
        let owned_word = |i: usize| {
            noun(i)
                || (p.upos[i] == Upos::Adj
                    && !modifier(i + 1)
                    && crate::extract::relations::enabled("owned_adjective"))
        };
        let owned = (end + 1..p.lower.len())
            .take(MAX_OWNED_MODIFIERS + 1)
            .take_while(|&i| modifier(i))
            .any(|i| owned_word(i) && has(WordClass::OrganizationPossession, i));
        return owned.then_some(ActorType::Organization);
    }
    // "Fiat shares", "Fiat boss"; "Blackpool residents", "the Dorset constituency"
    if noun(end) && has(WordClass::OrganizationPossession, end) {
        return Some(ActorType::Organization);
    }
    if noun(end) && has(WordClass::PlacePossession, end) {
        return Some(ActorType::Location);
    }
    if start >= 1 {
        // "carmaker Fiat", "drugs giant Pfizer" (the tagger reads "giant" as an adjective)
        let modifier = matches!(p.upos[start - 1], Upos::Noun | Upos::Adj);
        if modifier && has(WordClass::OrganizationNoun, start - 1) {
            return Some(ActorType::Organization);
        }
        let before = start.checked_sub(2);
        let owns = before.is_some_and(|b| noun(b) && has(WordClass::OrganizationPossession, b));
        // "a stake in Fiat", "the chief executive of Fiat"
        if owns && has(WordClass::StakePreposition, start - 1) {
            return Some(ActorType::Organization);
        }
        // "a conference in Blackpool": a one-word name that no name word follows
        if !owns
            && end == start + 1
            && has(WordClass::PlacePreposition, start - 1)
            && !matches!(p.upos.get(end), Some(Upos::Propn))
            && !has(WordClass::PossessiveClitic, end)
        {
            return Some(ActorType::Location);
        }
    }
    apposition_head(p, end, words)
        .filter(|&h| has(WordClass::OrganizationNoun, h))
        .map(|_| ActorType::Organization)
}

/// The head of the apposition set off by a comma right after a name: the last word before
/// the closing comma or the sentence's end, when it is a common noun written in lower case
/// and no preposition comes before it ("Fiat, Italy's largest employer, did not comment";
/// not "Mehta, manager of a banking firm,", whose head is "manager").
fn apposition_head(p: &Parsed<'_>, end: usize, words: &Words) -> Option<usize> {
    if !p
        .lower
        .get(end)
        .is_some_and(|w| words.has(WordClass::AppositionMark, w))
    {
        return None;
    }
    let close = (end + 1..p.lower.len())
        .take(MAX_APPOSITION_WORDS + 1)
        .find(|&i| p.upos[i] == Upos::Punct)?;
    let head = close.checked_sub(1).filter(|&h| h > end)?;
    let plain = p.words[head].chars().all(|c| !c.is_uppercase());
    let no_preposition = (end + 1..head).all(|i| p.upos[i] != Upos::Adp);
    (p.upos[head] == Upos::Noun && plain && no_preposition).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions::tests::gold;
    use crate::lexicon::tests::shipped_words;

    /// The cue of the name marked `*` in `tokens` ("word/UPOS", one name word marked, or
    /// two in a row).
    fn cue_of(tokens: &str) -> Option<ActorType> {
        let marked: Vec<bool> = tokens
            .split_whitespace()
            .map(|t| t.starts_with('*'))
            .collect();
        let start = marked.iter().position(|&m| m).expect("a marked name");
        let end = start + marked[start..].iter().take_while(|&&m| m).count();
        let analysis: String = tokens
            .split_whitespace()
            .map(|t| format!("{}/0/dep ", t.trim_start_matches('*')))
            .collect();
        cue(&gold(&analysis), start, end, &shipped_words())
    }

    #[test]
    fn the_words_around_a_name_give_its_type() {
        use ActorType::{Location as L, Organization as O};
        let table: &[(&str, Option<ActorType>)] = &[
            // tune rows, written with the rules
            ("*Fiat/PROPN 's/PART shares/NOUN fell/VERB", Some(O)),
            (
                "*Fiat/PROPN 's/PART carmaking/NOUN operations/NOUN lost/VERB money/NOUN",
                Some(O),
            ),
            (
                "*Fiat/PROPN 's/PART chief/ADJ executive/NOUN resigned/VERB",
                Some(O),
            ),
            ("*Fiat/PROPN shares/NOUN rose/VERB", Some(O)),
            (
                "GM/PROPN sold/VERB its/PRON stake/NOUN in/ADP *Fiat/PROPN",
                Some(O),
            ),
            (
                "the/DET chairman/NOUN of/ADP *Fiat/PROPN spoke/VERB",
                Some(O),
            ),
            ("Italian/ADJ carmaker/NOUN *Fiat/PROPN gained/VERB", Some(O)),
            ("drugs/NOUN giant/ADJ *Pfizer/PROPN gained/VERB", Some(O)),
            (
                "*Fiat/PROPN ,/PUNCT Italy/PROPN 's/PART largest/ADJ employer/NOUN ,/PUNCT \
                 declined/VERB",
                Some(O),
            ),
            // the apposition or modifier names what the company does (names5)
            (
                "*Alrosa/PROPN ,/PUNCT the/DET Russian/ADJ diamond/NOUN miner/NOUN ,/PUNCT \
                 said/VERB",
                Some(O),
            ),
            (
                "*Lundbeck/PROPN ,/PUNCT the/DET Danish/ADJ drugmaker/NOUN ,/PUNCT \
                 accused/VERB Teva/PROPN",
                Some(O),
            ),
            (
                "mortgage/NOUN lender/NOUN *Nationwide/PROPN cut/VERB rates/NOUN",
                Some(O),
            ),
            ("*Blackpool/PROPN residents/NOUN complained/VERB", Some(L)),
            (
                "the/DET *Dorset/PROPN constituency/NOUN voted/VERB",
                Some(L),
            ),
            (
                "the/DET conference/NOUN met/VERB in/ADP *Blackpool/PROPN ./PUNCT",
                Some(L),
            ),
            // no cue: a person's possessions, a name inside a longer one, a title phrase
            ("*Blair/PROPN 's/PART business/NOUN grew/VERB", None),
            (
                "a/DET dinner/NOUN in/ADP *Blackpool/PROPN Hotel/PROPN",
                None,
            ),
            (
                "*Hiten/PROPN *Mehta/PROPN ,/PUNCT manager/NOUN of/ADP a/DET banking/NOUN \
                 firm/NOUN ,/PUNCT said/VERB",
                None,
            ),
            (
                "documentary/NOUN maker/NOUN *Michael/PROPN *Cockerell/PROPN filmed/VERB",
                None,
            ),
            // check rows, written before the rules ran on them
            ("*Rosneft/PROPN 's/PART profits/NOUN doubled/VERB", Some(O)),
            (
                "investors/NOUN bought/VERB shares/NOUN in/ADP *Glaxo/PROPN",
                Some(O),
            ),
            (
                "US/PROPN firm/NOUN *Chrysler/PROPN cut/VERB jobs/NOUN",
                Some(O),
            ),
            ("*Saab/PROPN bosses/NOUN met/VERB unions/NOUN", Some(O)),
            ("*Shrewsbury/PROPN voters/NOUN turned/VERB out/ADP", Some(L)),
            (
                "he/PRON campaigned/VERB in/ADP *Basingstoke/PROPN ,/PUNCT then/ADV left/VERB",
                Some(L),
            ),
            (
                "*Hynix/PROPN ,/PUNCT a/DET South/ADJ Korean/ADJ chipmaker/NOUN ,/PUNCT \
                 sued/VERB",
                Some(O),
            ),
            (
                "power/NOUN utility/NOUN *Eskom/PROPN cut/VERB supply/NOUN",
                Some(O),
            ),
            (
                "*Jones/PROPN ,/PUNCT a/DET local/ADJ builder/NOUN ,/PUNCT \
                 said/VERB",
                None,
            ),
            ("*Brown/PROPN 's/PART speech/NOUN was/AUX long/ADJ", None),
            ("the/DET *Erewash/PROPN seat/NOUN fell/VERB", None),
            (
                "*Mr/PROPN *Smith/PROPN ,/PUNCT a/DET lawyer/NOUN ,/PUNCT spoke/VERB",
                None,
            ),
        ];
        for (tokens, want) in table {
            assert_eq!(cue_of(tokens), *want, "{tokens}");
        }
    }
}
