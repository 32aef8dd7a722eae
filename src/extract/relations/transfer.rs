//! Material aid handed to a receiver (construction `material_transfer`, CAMEO 07): the
//! lexicon's senses of "deliver", "send", "give" name some objects ("aid", "&weapon"),
//! but a user writes any verb of handing over with any arms or amount ("shipped artillery
//! shells to X", "pledged $1 billion to X"), and news names the receiver as the subject
//! as often ("X was given aid by Y", "X received a loan from Y").
//!
//! Three readings of one construction, each with a `transfer_material` object (its head,
//! or a word the head is compounded with: "air defence systems", "missile batteries"):
//!
//! 1. `transfer_to`: a `transfer_verb`, active, whose "to" phrase (on the verb or on the
//!    object) or indirect object ("gave X $40 million", "handed X a loan") names the
//!    receiver; its subject gives;
//! 2. `given_by`: a `transfer_verb` in the passive, whose subject receives and whose "by"
//!    phrase (on the verb, or hung by the parser on a phrase of the verb) gives;
//! 3. `received_from`: a `receiving_verb`, active, whose subject receives and whose
//!    "from" phrase gives;
//! 4. `committed_for`: a `commitment_verb` (announcing or approving a provision, not
//!    handing it over), active, whose object's "to" or "for" phrase, or the verb's own "to"
//!    phrase, names the receiver and whose subject gives ("approved a $1 billion loan for
//!    X", "announced arms deliveries to X"); a `delivery_noun` ("shipments") is material
//!    whatever it carries.
//!
//! Denied, nothing; hedged, weak. Read after every trigger of the sentence: a pair already
//! stated as backing is left to its trigger ("gave humanitarian aid to X" is the event
//! noun's), and a `received_from` pair replaces what the receiving verb stated of the two
//! (its own sense is a visit received: "received X").

use super::arguments::SentenceActors;
use super::{Found, push_pairs, push_unique, verb_lemma_at};
use crate::lexicon::{Construction, WordClass};
use crate::nlp::{DepRel, Upos};

/// The readings of this file, for the tests.
#[cfg(test)]
pub(super) const STEPS: &[&str] = &["transfer_to", "given_by", "received_from", "committed_for"];

/// States the transfer of material aid at verb `v`, if any (see the module).
pub(super) fn material_transfer(sa: &SentenceActors<'_, '_>, v: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if p.upos[v] != Upos::Verb {
        return;
    }
    let lemma = verb_lemma_at(lex, p, v);
    let giving = lex.words.has(WordClass::TransferVerb, lemma);
    let receiving = lex.words.has(WordClass::ReceivingVerb, lemma);
    let committing = lex.words.has(WordClass::CommitmentVerb, lemma);
    if !(giving || receiving || committing) || sa.denied(v) {
        return;
    }
    let objects: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&o| p.rel(o) == DepRel::Obj && material(sa, o))
        .collect();
    if objects.is_empty() {
        return;
    }
    let (subjects, passive) = sa.subjects(v, 0);
    // the phrases of the verb and of its objects whose preposition is in `class`; with
    // `deep`, also those hung on the verb's obliques ("was given $1 billion [in loans by X]")
    let phrases = |class: WordClass, deep: bool| -> Vec<usize> {
        let mut hosts = objects.clone();
        if deep {
            hosts.extend(
                p.children(v)
                    .iter()
                    .copied()
                    .filter(|&d| p.rel(d) == DepRel::Obl),
            );
        }
        sa.case_phrases(v, &hosts, class)
    };
    let actors_of = |tokens: &[usize]| {
        let mut found = Vec::new();
        for &t in tokens {
            push_unique(&mut found, sa.actors_conj(t, true));
        }
        found
    };
    let (givers, receivers, replace) = if committing && !giving && !receiving {
        if passive || !super::enabled("committed_for") {
            return;
        }
        // the object's "to"/"for" phrase, or the verb's "to" phrase
        let mut to = phrases(WordClass::RecipientPreposition, false);
        to.extend(objects.iter().flat_map(|&o| {
            p.children(o).iter().copied().filter(move |&e| {
                e > o
                    && p.rel(e) == DepRel::Nmod
                    && sa.case_in(e, WordClass::BeneficiaryPreposition)
            })
        }));
        (actors_of(&subjects), actors_of(&to), false)
    } else if giving && !passive {
        if !super::enabled("transfer_to") {
            return;
        }
        // the receiver follows "to", or is the first object of the double-object
        // construction ("gave X $40 million", "sent X a loan"), which the parser marks
        // `iobj` or as a first `obj` before the material one
        let mut to = phrases(WordClass::RecipientPreposition, false);
        to.extend(p.children(v).iter().copied().filter(|&d| {
            p.rel(d) == DepRel::Iobj
                || (p.rel(d) == DepRel::Obj
                    && !objects.contains(&d)
                    && objects.iter().any(|&o| o > d))
        }));
        (actors_of(&subjects), actors_of(&to), false)
    } else if giving {
        if !super::enabled("given_by") {
            return;
        }
        (
            actors_of(&phrases(WordClass::PassiveAgentPreposition, true)),
            actors_of(&subjects),
            false,
        )
    } else if !passive {
        if !super::enabled("received_from") {
            return;
        }
        (
            actors_of(&phrases(WordClass::GiverPreposition, false)),
            actors_of(&subjects),
            true,
        )
    } else {
        return;
    };
    if givers.is_empty() || receivers.is_empty() {
        return;
    }
    let at_verb = |f: &Found| (f.trigger.0..f.trigger.1).contains(&v);
    let same_pair = |f: &Found, a: usize, t: usize| {
        (f.agent == a && f.target == t) || (f.agent == t && f.target == a)
    };
    if replace {
        out.retain(|f| {
            !(at_verb(f)
                && givers
                    .iter()
                    .any(|&a| receivers.iter().any(|&t| same_pair(f, a, t))))
        });
    }
    let code = lex.constructions.get(Construction::MaterialTransfer);
    let base = Found::of_construction(code, (v, v + 1), sa.hedged(v), crate::TriggerClass::Event);
    let mut new = Vec::new();
    push_pairs(&mut new, &givers, &receivers, &base);
    new.retain(|n| {
        !out.iter()
            .any(|f| f.agent == n.agent && f.target == n.target && f.relation == n.relation)
    });
    out.extend(new);
}

/// Is the object `o` (or a conjunct of it) material aid: its head word a
/// `transfer_material` ("aid", "$"), or a word compounded with its head ("Patriot
/// missile batteries", "air defence systems")?
fn material(sa: &SentenceActors<'_, '_>, o: usize) -> bool {
    let (p, words) = (sa.p, &sa.lex.words);
    let is = |k: usize| {
        [WordClass::TransferMaterial, WordClass::DeliveryNoun]
            .into_iter()
            .any(|c| words.has(c, &p.lemmas[k]) || words.has(c, &p.lower[k]))
    };
    p.with_conjuncts(o).into_iter().any(|x| {
        is(x)
            || p.children(x)
                .iter()
                .any(|&c| c < x && p.rel(c) == DepRel::Compound && is(c))
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};
    use super::STEPS;

    const ROWS: &[Row] = &[
        Row::model(
            "transfer_to",
            "Hungary shipped artillery shells to Croatia.",
            &["Hungary -backs-> Croatia [shipped]"],
        ),
        Row::model(
            "transfer_to",
            "Serbia pledged $40 million to Montenegro.",
            &["Serbia -backs-> Montenegro [pledged]"],
        ),
        Row::model(
            "transfer_to",
            "Austria delivered air defence systems to Slovenia.",
            &["Austria -backs-> Slovenia [delivered]"],
        ),
        // materiel: vessels, vehicles, equipment
        Row::model(
            "transfer_to",
            "Japan delivered ten patrol boats to the Philippines.",
            &["Japan -backs-> Philippines [delivered]"],
        ),
        Row::model(
            "transfer_to",
            "Norway handed over two minesweeping vessels to Ukraine.",
            &["Norway -backs-> Ukraine [handed]"],
        ),
        Row::model(
            "transfer_to",
            "Poland delivered military equipment to Lithuania.",
            &["Poland -backs-> Lithuania [delivered]"],
        ),
        Row::model(
            "transfer_to",
            "Austria sent peacekeepers to Kosovo.",
            &["Austria -backs-> Kosovo [sent]"],
        ),
        // the double-object construction: the indirect object receives
        Row::model(
            "transfer_to",
            "Greece gave Albania $30 million to rebuild its roads.",
            &["Greece -backs-> Albania [gave]"],
        ),
        Row::model(
            "transfer_to",
            "Austria handed Slovenia a loan of $2 billion.",
            &["Austria -backs-> Slovenia [handed]"],
        ),
        Row::model(
            "transfer_to",
            "Hungary sent Croatia new tanks in March.",
            &["Hungary -backs-> Croatia [sent]"],
        ),
        Row::model(
            "given_by",
            "Albania was given emergency aid by Greece.",
            &["Greece -backs-> Albania [given]"],
        ),
        // (a received event noun with its author is the noun's: `undergone_event`)
        Row::model(
            "-",
            "Slovakia received a large loan from Austria.",
            &["Austria -backs-> Slovakia [loan]"],
        ),
        Row::model(
            "received_from",
            "Croatia received new tanks from Hungary.",
            &["Hungary -backs-> Croatia [received]"],
        ),
        Row::model(
            "committed_for",
            "Austria approved a $200 million loan for Slovenia.",
            &["Austria -backs-> Slovenia [approved]"],
        ),
        Row::model(
            "committed_for",
            "Hungary announced new arms deliveries to Croatia.",
            &["Hungary -backs-> Croatia [announced]"],
        ),
        Row::model(
            "committed_for",
            "Serbia unveiled an aid package for Montenegro.",
            &["Serbia -backs-> Montenegro [unveiled]"],
        ),
        Row::model(
            "transfer_to",
            "Greece sent fuel shipments to Albania.",
            &["Greece -backs-> Albania [sent]"],
        ),
        // a commitment of no material, or with no receiver
        Row::model("-", "Austria approved a new lending strategy.", &[]),
        Row::model("-", "Hungary announced a new strategy for Croatia.", &[]),
        Row::model("-", "Serbia did not approve the loan for Montenegro.", &[]),
        // no material: a message, a letter, a visitor
        Row::model("-", "Hungary delivered a message to Croatia.", &[]),
        Row::model("-", "Serbia handed a letter to Montenegro.", &[]),
        Row::model("-", "Serbia gave Montenegro a warning on Monday.", &[]),
        // denied
        Row::model(
            "-",
            "Croatia has not received the promised tanks from Hungary.",
            &[],
        ),
    ];

    #[test]
    fn material_aid_to_a_receiver() {
        check_rows(STEPS, ROWS);
    }
}
