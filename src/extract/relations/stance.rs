//! Stance without an event word: "calling Israel a terrorist state" characterizes the
//! object as an enemy (opposes) or a friend (backs) of the subject.

use super::arguments::SentenceActors;
use super::{Found, push_pairs};
use crate::lexicon::{Construction, WordClass};
use crate::nlp::{DepRel, Upos};

/// "calling Israel a terrorist state": a verb of naming whose predicate noun is
/// pejorative or appreciative states the subject's stance toward the object; the codes
/// are rows of `constructions.tsv`.
pub(super) fn characterization(sa: &SentenceActors<'_, '_>, v: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if p.upos[v] != Upos::Verb
        || !lex.words.has(WordClass::CharacterizeVerb, &p.lemmas[v])
        || sa.denied(v)
    {
        return;
    }
    let Some(object) = p
        .children(v)
        .iter()
        .copied()
        .find(|&c| p.rel(c) == DepRel::Obj)
    else {
        return;
    };
    // the predicate noun: a second object, an xcomp, an "as" phrase, or (in some parses)
    // the object's own head noun
    let predicates: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&c| {
            c != object
                && (matches!(p.rel(c), DepRel::Xcomp | DepRel::Obj)
                    || (p.rel(c) == DepRel::Obl
                        && sa.case_in(c, WordClass::PredicativePreposition)))
        })
        .chain(
            p.children(object)
                .iter()
                .copied()
                .filter(|&c| matches!(p.rel(c), DepRel::Xcomp | DepRel::Acl | DepRel::Appos)),
        )
        .collect();
    let describes = |x: usize, class: WordClass| -> bool {
        lex.words.has(class, &p.lower[x])
            || lex.words.has(class, &p.lemmas[x])
            || p.children(x).iter().any(|&m| {
                matches!(p.rel(m), DepRel::Amod | DepRel::Compound)
                    && lex.words.has(class, &p.lower[m])
            })
    };
    let construction = if predicates
        .iter()
        .any(|&x| describes(x, WordClass::PejorativeNoun))
    {
        Construction::CharacterizedAsEnemy
    } else if predicates
        .iter()
        .any(|&x| describes(x, WordClass::AppreciativeNoun))
    {
        Construction::CharacterizedAsFriend
    } else {
        return;
    };
    let (subjects, _) = sa.subjects(v, 0);
    let mut agents = Vec::new();
    for s in subjects {
        agents.extend(sa.actors_conj(s, false));
    }
    let targets = sa.actors_conj(object, false);
    let code = lex.constructions.get(construction);
    let base = Found {
        agent: 0,
        target: 0,
        relation: code.relation,
        symmetric: false,
        weak: sa.hedged(v),
        trigger: (v, v + 1),
        cameo: code.cameo.to_string(),
        goldstein: code.goldstein,
    };
    push_pairs(out, &agents, &targets, &base);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};

    const FRIEND: &str = "
1 Serbia Serbia PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 called call VERB VBD _ 0 root _ _
3 Russia Russia PROPN NNP _ 2 obj _ Entity=B-LOC
4 a a DET DT _ 5 det _ _
5 friend friend NOUN NN _ 2 xcomp _ _
6 . . PUNCT . _ 2 punct _ _
";

    const ROWS: &[Row] = &[
        Row::model(
            "-",
            "Hungary called Serbia a rogue state.",
            &["Hungary -opposes-> Serbia [called]"],
        ),
        Row::gold(
            "-",
            "Serbia called Russia a friend.",
            &[FRIEND],
            &["Serbia -backs-> Russia [called]"],
        ),
        Row::model(
            "-",
            "Hungary described Serbia as a threat.",
            &["Hungary -opposes-> Serbia [described]"],
        ),
        Row::model("-", "Hungary did not call Serbia a threat.", &[]),
        Row::model("-", "Hungary called Serbia a neighbour.", &[]),
    ];

    #[test]
    fn characterizations() {
        check_rows(&[], ROWS);
    }

    #[test]
    fn codes_come_from_the_constructions_table() {
        let (lex, _) = super::super::testing::shipped();
        let code = lex
            .constructions
            .get(crate::lexicon::Construction::CharacterizedAsEnemy);
        let graph = super::super::testing::graph_of("Hungary called Serbia a rogue state.");
        let statement = &graph.statements[0];
        assert_eq!(statement.cameo.as_deref(), Some(&*code.cameo));
        assert_eq!(statement.goldstein, Some(code.goldstein));
    }
}
