//! Joint action (construction `joint_action`): "X and Y launched joint strikes against Z",
//! "a joint patrol of X and Y". Actors who use armed force together back each other: the
//! noun's `joint_modifier` says they act as one side. A joint statement or report is no such
//! act (two actors may issue one to settle a quarrel) and states nothing.

use super::arguments::SentenceActors;
use super::{Found, push_mutual, push_unique};
use crate::domain::RelationKind;
use crate::lexicon::{Construction, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// The doers of noun `n` when a `joint_modifier` makes it a joint act of force (a
/// `force_noun`, or an event noun that opposes): its own
/// `joint_agent_preposition` phrase ("a joint patrol of X and Y", "joint drills between X
/// and Y"), else the subject of the active clause whose object or phrase it is ("X and Y
/// launched joint strikes", "X and Y took part in joint exercises"). Two of them or more
/// back each other, one symmetric statement a pair; one doer states nothing. Denied or negated, nothing; hedged, weak.
pub(super) fn joint_action(sa: &SentenceActors<'_, '_>, n: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if p.upos[n] != Upos::Noun || !super::enabled("joint_action") {
        return;
    }
    // armed force or its display ("joint exercises", "a joint patrol"), or a hostile act
    // ("joint strikes", "joint operations against X")
    let force = |w: &str| {
        lex.words.has(WordClass::ForceNoun, w)
            || lex
                .triggers
                .get(w, TriggerPos::Noun)
                .is_some_and(|t| t.class == Some(RelationKind::Opposes))
    };
    if !force(&p.lemmas[n]) && !force(&p.lower[n]) {
        return;
    }
    let Some(joint) = p.children(n).iter().copied().find(|&c| {
        p.rel(c) == DepRel::Amod && lex.words.has(WordClass::JointModifier, &p.lower[c])
    }) else {
        return;
    };
    if sa.negated(n) {
        return;
    }
    let mut doers = Vec::new();
    for &c in p.children(n) {
        if c > n && p.rel(c) == DepRel::Nmod && sa.case_in(c, WordClass::JointAgentPreposition) {
            push_unique(&mut doers, sa.actors_conj(c, true));
        }
    }
    let mut weak = false;
    if doers.is_empty() {
        let Some(v) = p.head(n) else {
            return;
        };
        if !matches!(p.rel(n), DepRel::Obj | DepRel::Obl) || p.upos[v] != Upos::Verb {
            return;
        }
        if sa.denied(v) {
            return;
        }
        let Some(subjects) = sa.active_subject_actors(v) else {
            return;
        };
        push_unique(&mut doers, subjects);
        weak = sa.hedged(v);
    }
    if doers.len() < 2 {
        return;
    }
    let code = lex.constructions.get(Construction::JointAction);
    let base = Found::of_construction(code, (joint, joint + 1), weak, crate::TriggerClass::Event);
    push_mutual(sa, out, &doers, &base);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};

    const ROWS: &[Row] = &[
        Row::model(
            "joint_action",
            "Hungarian and Austrian troops held joint exercises near Vienna.",
            &["Hungary -backs/sym-> Austria [joint]"],
        ),
        Row::model(
            "joint_action",
            "A joint patrol of Serbian and Croatian police came under fire.",
            &["Serbia -backs/sym-> Croatia [joint]"],
        ),
        Row::model(
            "joint_action",
            "Serbia and Croatia launched joint strikes against the rebels.",
            &[
                "Serbia -opposes-> rebels #2ff3327c [strikes]",
                "Croatia -opposes-> rebels #2ff3327c [strikes]",
                "Serbia -backs/sym-> Croatia [joint]",
            ],
        ),
        // a joint statement is no act of force; one doer, or a denied act: nothing
        Row::model(
            "-",
            "Hungary and Austria issued a joint statement on Monday.",
            &[],
        ),
        Row::model("-", "Hungary held joint exercises near Vienna.", &[]),
        Row::model(
            "-",
            "Hungary and Austria did not hold joint exercises.",
            &[],
        ),
    ];

    #[test]
    fn joint_action() {
        check_rows(&["joint_action"], ROWS);
    }
}
