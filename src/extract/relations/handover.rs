//! A wanted person handed over to another state or court (construction
//! `judicial_handover`, CAMEO 063, judicial cooperation): "Colombia extradited X to the
//! United States", "the Philippines surrendered X to the International Criminal Court".
//! The verb's own sense (`triggers.tsv`) states what the sender does to the person
//! ("extradite": opposes, as an arrest does); the "to" phrase names the state or court the
//! sender cooperates with, a second object the trigger's one frame cannot carry.
//!
//! Reading `handover_to`: a `handover_verb`, active and not denied, whose direct object
//! names a person (a place, a weapon or an unnamed group is no handover of a wanted person)
//! and whose "to" phrase (`recipient_preposition`, on the verb, or hung by the parser on
//! the object or its apposition) names an actor: the
//! subject backs that actor. Hedged, weak; the passive with no agent states nothing
//! ("X was extradited to Y").

use super::arguments::SentenceActors;
use super::{Found, push_pairs, push_unique, verb_lemma_at};
use crate::domain::ActorType;
use crate::lexicon::{Construction, WordClass};
use crate::nlp::{DepRel, Upos};

/// The reading of this file, for the tests.
#[cfg(test)]
pub(super) const STEP: &str = "handover_to";

/// States the cooperation of a handover at verb `v`, if any (see the module).
pub(super) fn judicial_handover(sa: &SentenceActors<'_, '_>, v: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if p.upos[v] != Upos::Verb || !super::enabled("handover_to") {
        return;
    }
    let lemma = verb_lemma_at(lex, p, v);
    if !lex.words.has(WordClass::HandoverVerb, lemma) || sa.denied(v) {
        return;
    }
    let (subjects, passive) = sa.subjects(v, 0);
    if passive {
        return;
    }
    // the object's actors, of which one is a person (its tokens carry the type)
    let objects: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&o| p.rel(o) == DepRel::Obj)
        .collect();
    let person = objects.iter().any(|&o| {
        sa.actors_conj(o, true).iter().any(|&a| {
            (0..p.len())
                .any(|k| sa.entity[k] == Some(a) && sa.actor_type[k] == Some(ActorType::Person))
        })
    });
    if !person {
        return;
    }
    // the "to" phrase on the verb, or hung by the parser on the object or on the name in
    // apposition to it ("the drug trafficker X [to the United States]")
    let mut hosts = Vec::new();
    for &o in &objects {
        hosts.push(o);
        hosts.extend(
            p.children(o)
                .iter()
                .copied()
                .filter(|&a| p.rel(a) == DepRel::Appos),
        );
    }
    let mut senders = Vec::new();
    for &s in &subjects {
        push_unique(&mut senders, sa.actors_conj(s, false));
    }
    let mut receivers = Vec::new();
    for d in sa.case_phrases(v, &hosts, WordClass::RecipientPreposition) {
        push_unique(&mut receivers, sa.actors_conj(d, true));
    }
    let code = lex.constructions.get(Construction::JudicialHandover);
    let base = Found::of_construction(code, (v, v + 1), sa.hedged(v), crate::TriggerClass::Event);
    push_pairs(out, &senders, &receivers, &base);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};
    use super::STEP;

    const ROWS: &[Row] = &[
        Row::model(
            "handover_to",
            "Spain extradited Hugo Carvajal to the United States.",
            &[
                "Spain -opposes-> Hugo Carvajal [extradited]",
                "Spain -backs-> United States [extradited]",
            ],
        ),
        // the "to" phrase hung on the name in apposition to the object
        Row::model(
            "handover_to",
            "Colombia extradited the drug trafficker Dairo Antonio Usuga to the United States on Thursday.",
            &[
                "Colombia -opposes-> Dairo Antonio Usuga [extradited]",
                "Colombia -backs-> United States [extradited]",
            ],
        ),
        // "surrender" states nothing of the person alone; the receiver is backed
        Row::model(
            "handover_to",
            "Uganda surrendered the rebel commander Dominic Ongwen to the International Criminal Court.",
            &["Uganda -backs-> International Criminal Court [surrendered]"],
        ),
        // no person handed over, no agent, or a destination of a passive: no cooperation
        // and no stance of the person towards where they go
        Row::model("-", "The rebels surrendered the town to the army.", &[]),
        Row::model(
            "-",
            "Hugo Carvajal was extradited to the United States.",
            &[],
        ),
        Row::model("-", "Hugo Carvajal was deported to Spain.", &[]),
    ];

    /// The justice senses of the lexicon (`curated/triggers.tsv`, `verb_review.tsv`): a
    /// court sentencing or convicting X opposes X, a pardon backs the pardoned, an arrest
    /// warrant opposes the one it is for, also past a time phrase the parser hangs on the
    /// verb (`phrase_attached_higher`: "on Tuesday", "last week"); a passive with no agent, a search warrant state
    /// nothing.
    const JUSTICE: &[Row] = &[
        Row::model(
            "-",
            "The Supreme Court sentenced Hugo Carvajal to ten years in prison.",
            &["Supreme Court -opposes-> Hugo Carvajal [sentenced]"],
        ),
        Row::model(
            "-",
            "The Supreme Court convicted Hugo Carvajal of fraud.",
            &["Supreme Court -opposes-> Hugo Carvajal [convicted]"],
        ),
        Row::model(
            "-",
            "Hugo Carvajal was sentenced to ten years in prison.",
            &[],
        ),
        Row::model(
            "-",
            "President Joe Biden pardoned Hugo Carvajal on Sunday.",
            &["Joe Biden -backs-> Hugo Carvajal [pardoned]"],
        ),
        Row::model(
            "phrase_attached_higher",
            "The International Criminal Court issued an arrest warrant on Tuesday for Hugo Carvajal.",
            &["International Criminal Court -opposes-> Hugo Carvajal [warrant]"],
        ),
        // an unmarked time phrase ("last week", obl:unmarked) between the noun and its
        // phrase, as well as a calendar word's
        Row::model(
            "phrase_attached_higher",
            "The International Criminal Court issued an arrest warrant last week for Hugo Carvajal.",
            &["International Criminal Court -opposes-> Hugo Carvajal [warrant]"],
        ),
        Row::model(
            "-",
            "Police in Berlin obtained a search warrant on Monday for the offices of Siemens.",
            &[],
        ),
    ];

    #[test]
    fn a_person_handed_over_to_a_receiver() {
        check_rows(&[STEP], ROWS);
    }

    #[test]
    fn justice_senses() {
        check_rows(&["phrase_attached_higher"], JUSTICE);
    }
}
