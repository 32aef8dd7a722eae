//! A demand stated by saying what another actor must do (construction `stated_mandate`,
//! CAMEO 100, demand): "Turkey said Greece must stop arming its islands", "Pakistan said
//! India should lift the curfew", "Germany told Iran it must release the aid workers".
//! "say" and "tell" have no sense of their own (CAMEO 010, a statement); what they state
//! is a demand when it is a mandate of someone else, as "demanded that X release" is.
//!
//! Reading `said_mandate`: a `mandate_speech_verb`, active and not denied, whose clausal
//! complement opens with a `mandative_aux` ("must", "should": a speech verb's bare present
//! states what is so, "said Greek jets violate its airspace") and has a subject naming an
//! actor other than the speaker: the speaker opposes that actor. The subject is a name
//! ("said doctors should be cautious", "said some Pakistanis should integrate" tell a kind
//! of people, no actor, what to do), or a pronoun after "tell", which stands for the one
//! told ("told Y it must"); "said it must act" is the speaker's own resolve. The speaker
//! is the verb's subject itself or a modifier of its head ("X's foreign ministry said"),
//! not an actor deeper inside it ("a quarter of those polled for X said"), and no person: a person's "X
//! must" is as often a call to their own party or country ("Blair said Labour must win",
//! "Macron said France should rearm"), which the sentence does not tell apart from a
//! demand; a state, an organisation or a group speaks for itself. Hedged, weak.

use super::super::mentions::MentionKind;
use super::arguments::SentenceActors;
use super::verbs::{clause_subjects, first_aux};
use super::{Found, push_pairs, push_unique};
use crate::domain::ActorType;
use crate::lexicon::{Construction, WordClass};
use crate::nlp::{DepRel, Upos};

/// The reading of this file (the tests disable it by name).
pub(super) const STEP: &str = "said_mandate";

/// States the demand of a speech verb at `v`, if its complement is a mandate of another
/// actor (see the module).
pub(super) fn stated_mandate(sa: &SentenceActors<'_, '_>, v: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if p.upos[v] != Upos::Verb
        || !super::enabled(STEP)
        || !lex.words.has(WordClass::MandateSpeechVerb, &p.lemmas[v])
    {
        return;
    }
    let mandates: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&x| {
            x > v
                && p.rel(x) == DepRel::Ccomp
                && first_aux(p, x).is_some_and(|a| {
                    p.rel(a) == DepRel::Aux && lex.words.has(WordClass::MandativeAux, &p.lower[a])
                })
        })
        .collect();
    if mandates.is_empty() || sa.denied(v) {
        return;
    }
    let (subjects, passive) = sa.subjects(v, 0);
    if passive {
        return;
    }
    // the subject or a modifier of its head names the speaker ("X's foreign ministry",
    // "the Russian foreign ministry"); "a quarter of those polled for X" is not X
    let names_speaker = |s: usize| {
        sa.entity[s].is_some()
            || p.children(s).iter().any(|&m| {
                (p.deprels[m] == DepRel::NmodPoss
                    || matches!(p.rel(m), DepRel::Amod | DepRel::Compound))
                    && sa.entity[m].is_some()
            })
    };
    let mut speakers = Vec::new();
    for &s in subjects.iter().filter(|&&s| names_speaker(s)) {
        // read as a target would be, so that the modifier stands for the phrase
        push_unique(&mut speakers, sa.actors_conj(s, true));
    }
    let person = |a: usize| {
        (0..p.len()).any(|k| sa.entity[k] == Some(a) && sa.actor_type[k] == Some(ActorType::Person))
    };
    if speakers.is_empty() || speakers.iter().any(|&a| person(a)) {
        return;
    }
    let told: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&o| matches!(p.rel(o), DepRel::Obj | DepRel::Iobj))
        .collect();
    let mut targets = Vec::new();
    for x in mandates {
        for s in clause_subjects(p, x) {
            let mut named = Vec::new();
            if p.upos[s] == Upos::Pron {
                // "told Y it must": the pronoun is the one told, whoever it was resolved to
                for &o in &told {
                    push_unique(&mut named, sa.actors_conj(o, true));
                }
            } else if matches!(sa.kind[s], Some(MentionKind::Name | MentionKind::Capital)) {
                // a name: "doctors", "some Pakistanis", "ministers" are told what their
                // kind should do, no actor a demand is made of
                named = sa.actors_conj(s, true);
            }
            // "said it must act": the speaker's own resolve
            named.retain(|a| !speakers.contains(a));
            push_unique(&mut targets, named);
        }
    }
    let code = lex.constructions.get(Construction::StatedMandate);
    let base = Found::of_construction(code, (v, v + 1), sa.hedged(v), crate::TriggerClass::Event);
    push_pairs(out, &speakers, &targets, &base);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};
    use super::STEP;

    const ROWS: &[Row] = &[
        Row::model(
            "said_mandate",
            "Spain said Morocco must take back the migrants who crossed into Ceuta.",
            &["Spain -opposes-> Morocco [said]"],
        ),
        Row::model(
            "said_mandate",
            "The Arab League said on Sunday that Israel should halt its settlement building.",
            &["Arab League -opposes-> Israel [said]"],
        ),
        // the possessor of the subject's head speaks
        Row::model(
            "said_mandate",
            "Spain's interior ministry said Morocco should take back the migrants.",
            &["Spain -opposes-> Morocco [said]"],
        ),
        // the pronoun after "tell" is the one told
        Row::model(
            "said_mandate",
            "Sweden told Hungary it must ratify the accession treaty this month.",
            &["Sweden -opposes-> Hungary [told]"],
        ),
        // the speaker's own resolve, a bare present that states what is so, a person
        // speaking (their own side or not, the sentence does not say), a denied saying
        Row::model("-", "Spain said it must protect its fishermen.", &[]),
        Row::model(
            "-",
            "Spain said doctors should be cautious with the new drug.",
            &[],
        ),
        Row::model("-", "Spain said Moroccan boats fish in its waters.", &[]),
        Row::model("-", "Pedro Sanchez said Spain must act quickly.", &[]),
        Row::model(
            "-",
            "Spain did not say Morocco must take back the migrants.",
            &[],
        ),
    ];

    #[test]
    fn a_demand_stated_by_saying() {
        check_rows(&[STEP], ROWS);
    }
}
