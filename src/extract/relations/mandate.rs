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
//! not an actor deeper inside it ("a quarter of those polled for X said"). A person
//! speaking demands of a person ("Davis says Blunkett should quit") or of the one told
//! ("told Y he should resign"), not of a state, party or firm: a person's "X must" is as
//! often a call to their own party or country ("Blair said Labour must win", "Macron said
//! France should rearm"), which the sentence does not tell apart from a demand; a state,
//! an organisation or a group speaks for itself. The complement may come first, as a
//! quote ("'Y must go,' said X"). A negated mandate is no demand of its subject ("said Y
//! should not be blamed" defends Y). Hedged, weak.
//!
//! Reading `said_request` (`arguments::requested_by`): the act such a mandate names is
//! asked for, as "urged Y to expel Z" asks for it: a hostile one is the speaker's
//! hostility ("said Y should sack Z", "said Z should be prosecuted": the speaker opposes
//! Z). The demand is then on Z, not on Y, who is only asked to carry it out
//! (`advocated_act`: "Spain said Morocco should attack Algeria" is no opposition to
//! Morocco).

use super::super::mentions::MentionKind;
use super::super::parse::Parsed;
use super::arguments::SentenceActors;
use super::verbs::{clause_subjects, first_aux};
use super::{Found, push_pairs, push_unique};
use crate::domain::ActorType;
use crate::domain::RelationKind;
use crate::lexicon::{Construction, Lexicon, WordClass};
use crate::nlp::{DepRel, Upos};

/// The reading of this file (the tests disable it by name).
pub(super) const STEP: &str = "said_mandate";

/// Is `x` what `v`, a `mandate_speech_verb`, says, and a mandate: its first auxiliary a
/// `mandative_aux` ("said Y must stop")? What is said is the verb's clausal complement,
/// or, quoted before it, the clause the verb is a parenthetical of ("'Y should go,' X
/// said", where the parser makes the quote the root).
pub(super) fn mandate_of_speech(lex: &Lexicon, p: &Parsed<'_>, v: usize, x: usize) -> bool {
    mandate_or_obligation(lex, p, v, x, false)
}

/// As [`mandate_of_speech`], or, when `obliged`, an obligation of the complement's subject
/// ("said Y would have to withdraw", [`obligation`]): a demand of that subject, as a
/// mandate is, though the act it names stays the subject's own, as planned (what one "will
/// have to" do is reported as coming, not asked for by the speaker).
fn mandate_or_obligation(lex: &Lexicon, p: &Parsed<'_>, v: usize, x: usize, obliged: bool) -> bool {
    let said = (p.head(x) == Some(v) && p.rel(x) == DepRel::Ccomp)
        || (p.head(v) == Some(x) && p.rel(v) == DepRel::Parataxis && x < v);
    said && p.upos[v] == Upos::Verb
        && lex.words.has(WordClass::MandateSpeechVerb, &p.lemmas[v])
        && (first_aux(p, x).is_some_and(|a| {
            p.rel(a) == DepRel::Aux && lex.words.has(WordClass::MandativeAux, &p.lower[a])
        }) || (obliged && obligation(lex, p, x)))
}

/// `said_obligation`: is clause `x` an `obligation_verb` with a to-infinitive, what its
/// subject is to do ("said Y would have to withdraw", "warned Y will have to pay")? A
/// mandate as "said Y must withdraw" is; "has yet to withdraw" (a `pending_adverb`) is
/// an act not done, no obligation; nor "had the votes to override it", a "have" with an
/// object, which owns the means of the act; nor one under a condition ("warned that if
/// bars opened late the police would have to ...": a consequence foretold, no demand).
pub(super) fn obligation(lex: &Lexicon, p: &Parsed<'_>, x: usize) -> bool {
    let children = p.children(x);
    super::enabled("said_obligation")
        && p.upos[x] == Upos::Verb
        && lex.words.has(WordClass::ObligationVerb, &p.lemmas[x])
        && children
            .iter()
            .any(|&c| p.rel(c) == DepRel::Xcomp && super::arguments::to_infinitive(lex, p, c))
        && !children.iter().any(|&c| {
            p.rel(c) == DepRel::Obj
                || (p.rel(c) == DepRel::Advmod
                    && lex.words.has(WordClass::PendingAdverb, &p.lower[c]))
                || (p.rel(c) == DepRel::Advcl
                    && p.children(c).iter().any(|&m| {
                        p.rel(m) == DepRel::Mark
                            && lex.words.has(WordClass::ConditionalMark, &p.lower[m])
                    }))
        })
}

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
    // (a negated mandate defends its subject: "said Y should not be blamed")
    let mandates: Vec<usize> = mandates_of(lex, p, v)
        .into_iter()
        .filter(|&x| !sa.denied(x))
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
    if speakers.is_empty() {
        return;
    }
    // "we", "I": the speaker's own side
    let first_person = |c: usize| lex.words.first_person(&p.lower[c]);
    // a person demands of a person, or of the one told, only
    let person_speaking = speakers.iter().any(|&a| person(a));
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
            if p.upos[s] == Upos::Pron && !first_person(s) {
                // "told Y it must": the pronoun is the one told, whoever it was resolved to
                // ("told Y we must" is the speaker's own resolve)
                for &o in &told {
                    push_unique(&mut named, sa.actors_conj(o, true));
                }
            } else if matches!(sa.kind[s], Some(MentionKind::Name | MentionKind::Capital)) {
                // a name: "doctors", "some Pakistanis", "ministers" are told what their
                // kind should do, no actor a demand is made of
                named = sa.actors_conj(s, true);
                if person_speaking {
                    named.retain(|&a| person(a));
                }
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

/// The speech verb that says the mandate `x`, if it is one (see [`mandate_of_speech`]).
pub(super) fn mandate_speaker(lex: &Lexicon, p: &Parsed<'_>, x: usize) -> Option<usize> {
    p.head(x)
        .into_iter()
        .chain(p.children(x).iter().copied())
        .find(|&v| mandate_of_speech(lex, p, v, x))
}

/// The mandates the speech verb `v` says (see [`mandate_of_speech`]).
fn mandates_of(lex: &Lexicon, p: &Parsed<'_>, v: usize) -> Vec<usize> {
    p.children(v)
        .iter()
        .copied()
        .chain(p.head(v))
        .filter(|&x| mandate_or_obligation(lex, p, v, x, true))
        .collect()
}

/// `advocated_act`: a speaker who says another should do a hostile act to Z ("Spain said
/// Morocco should attack Algeria", "X said the prime minister should sack Y") opposes Z
/// (`said_request`), and makes no demand of the one who is to carry the act out: the
/// speaker's demand on that subject ([`stated_mandate`]) is dropped when the speaker is
/// found doing a hostile act inside the same mandate.
pub(super) fn advocated_act(sa: &SentenceActors<'_, '_>, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if !super::enabled("advocated_act") {
        return;
    }
    let code = lex.constructions.get(Construction::StatedMandate);
    // is token `t` inside clause `x` (`x` itself or below it)?
    let within = |t: usize, x: usize| {
        let mut k = t;
        for _ in 0..p.len() {
            if k == x {
                return true;
            }
            match p.head(k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    };
    let acts: Vec<(usize, usize)> = out
        .iter()
        .filter(|g| g.relation == RelationKind::Opposes && *g.cameo != *code.cameo)
        .map(|g| (g.agent, g.trigger.0))
        .collect();
    out.retain(|f| {
        let v = f.trigger.0;
        if *f.cameo != *code.cameo || f.trigger.1 != v + 1 {
            return true;
        }
        !mandates_of(lex, p, v).into_iter().any(|x| {
            acts.iter()
                .any(|&(agent, t)| agent == f.agent && t != v && within(t, x))
        })
    });
}

/// `ordered_act`: a hostile act ordered of another actor ("Russia ordered Gazprom to cut
/// gas supplies to Moldova", "ordered Infosys to cut ties with Huawei") is the one who
/// orders it as well: the orderer opposes its target, beside the order's demand of the one
/// ordered (the `directive_verb`'s own sense) and the act the one ordered carries out (news
/// reports a command as done). `wanted_act`: so is a hostile act wanted of another ("Spain
/// wants Morocco to sanction Algeria": Spain opposes Algeria), a `wish_verb` with an
/// object; the act stays the one wanted to do it's, as planned, as "wants to" keeps its
/// reading. The act's clause is the governor's to-infinitive, after its object; an order
/// or a wish denied asks for nothing; a friendly act ordered or wanted ("ordered Gazprom to
/// resume supplies to Moldova", "wants Y to join the talks") states nothing more of the
/// one who asks: it may be ending a dispute of its own.
pub(super) fn ordered_act(sa: &SentenceActors<'_, '_>, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if !super::enabled("ordered_act") {
        return;
    }
    let mut added: Vec<Found> = Vec::new();
    for f in out.iter() {
        if f.relation != RelationKind::Opposes || f.class != crate::TriggerClass::Event {
            continue;
        }
        let x = sa.predicate_clause(f.trigger.0);
        let Some(g) = p.head(x) else { continue };
        if p.rel(x) != DepRel::Xcomp
            || !super::arguments::to_infinitive(lex, p, x)
            || p.upos[g] != Upos::Verb
            || !(lex.words.has(WordClass::DirectiveVerb, &p.lemmas[g])
                || (lex.words.has(WordClass::WishVerb, &p.lemmas[g])
                    && super::enabled("wanted_act")))
            || !p
                .children(g)
                .iter()
                .any(|&o| p.rel(o) == DepRel::Obj && o < x)
            || sa.denied(g)
        {
            continue;
        }
        let Some(orderers) = sa.active_subject_actors(g) else {
            continue;
        };
        for a in orderers {
            let known =
                |g: &Found| g.agent == a && g.target == f.target && g.relation == f.relation;
            if a != f.target && a != f.agent && !out.iter().chain(&added).any(known) {
                // (the orderer's own hostility: "cut ties with Z" is mutual between the
                // one ordered and Z only)
                added.push(Found {
                    agent: a,
                    symmetric: false,
                    ..f.clone()
                });
            }
        }
    }
    out.extend(added);
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
        // a person demands of a person, of the one told, and in a quote before the verb
        Row::model(
            "said_mandate",
            "Shadow minister Jane Holt says Carl Nash should resign.",
            &["Jane Holt -opposes-> Carl Nash [says]"],
        ),
        Row::model(
            "said_mandate",
            "Mayor Tom Ellis told Carl Nash he should apologise.",
            &["Tom Ellis -opposes-> Carl Nash [told]"],
        ),
        Row::model(
            "said_mandate",
            "\"Carl Nash must step down,\" said Mayor Tom Ellis.",
            &["Tom Ellis -opposes-> Carl Nash [said]"],
        ),
        // a negated mandate defends its subject
        Row::model(
            "-",
            "Norway said Sweden should not be blamed for the delay.",
            &[],
        ),
        Row::model("-", "Norway said Sweden should not sanction Finland.", &[]),
        // "told Y we must": the speaker's own resolve, not Y's
        Row::model(
            "-",
            "Mayor Tom Ellis told Radio Kent: \"We must cut the budget.\"",
            &[],
        ),
    ];

    /// An act asked for by saying what another should do (`said_request`, its passive,
    /// and `advocated_act`, the demand on the doer dropped).
    const ADVOCATED: &[Row] = &[
        Row::model(
            "said_request",
            "Norway said the European Union should sanction Belarus.",
            &["Norway -opposes-> Belarus [sanction]"],
        ),
        Row::model(
            "advocated_act",
            "Jane Holt said Tony Blair should sack Mark Reid.",
            &["Jane Holt -opposes-> Mark Reid [sack]"],
        ),
        Row::model(
            "requested_passive",
            "Jane Holt said Belarus should be sanctioned.",
            &["Jane Holt -opposes-> Belarus [sanctioned]"],
        ),
        // the speaker's own "we must" is a stance of theirs, friendly as well
        Row::model(
            "-",
            "\"We must help Moldova,\" Jane Holt said.",
            &["Jane Holt -backs-> Moldova [help]"],
        ),
    ];

    /// "would have to" states a mandate as "should" does (`said_obligation`).
    const OBLIGATION: &[Row] = &[
        Row::model(
            "said_obligation",
            "Norway said Sweden would have to withdraw its troops from Finland.",
            &["Norway -opposes-> Sweden [said]"],
        ),
        // (the act stays the subject's, as planned)
        Row::model(
            "said_obligation",
            "Norway said Sweden will have to expel the Russian ambassador.",
            &[
                "Norway -opposes-> Sweden [said]",
                "Sweden -opposes-> Russia [expel]",
            ],
        ),
        // one's own obligation, a negated one, one not yet met
        Row::model("-", "Norway said it would have to cut its budget.", &[]),
        Row::model(
            "-",
            "Norway said Sweden would not have to repay the loan.",
            &[],
        ),
        Row::model("-", "Norway said Sweden has yet to repay the loan.", &[]),
        Row::model(
            "-",
            "Norway said Sweden had the votes to sanction Belarus.",
            &[],
        ),
        Row::model(
            "-",
            "Norway warned that if the talks failed Sweden would have to repay the loan.",
            &[],
        ),
    ];

    /// A hostile act ordered of another is the orderer's too (`ordered_act`).
    const ORDERED: &[Row] = &[
        Row::model(
            "ordered_act",
            "Germany ordered Siemens to cut ties with Gazprom.",
            &[
                "Germany -opposes-> Siemens [ordered]",
                "Siemens -opposes/sym-> Gazprom [cut ties]",
                "Germany -opposes-> Gazprom [cut ties]",
            ],
        ),
        // a friendly act ordered
        Row::model(
            "-",
            "Germany ordered Siemens to resume gas supplies to Gazprom.",
            &[
                "Germany -opposes-> Siemens [ordered]",
                "Siemens -backs-> Gazprom [supplies]",
            ],
        ),
    ];

    /// A hostile act wanted of another is the wanter's too (`wanted_act`).
    const WANTED: &[Row] = &[
        Row::model(
            "wanted_act",
            "Norway wants the European Union to impose sanctions on Belarus.",
            &[
                "European Union -opposes-> Belarus [impose sanctions]",
                "Norway -opposes-> Belarus [impose sanctions]",
            ],
        ),
        Row::model(
            "wanted_act",
            "Jane Holt wants Tony Blair to sack Mark Reid.",
            &[
                "Tony Blair -opposes-> Mark Reid [sack]",
                "Jane Holt -opposes-> Mark Reid [sack]",
            ],
        ),
        // a friendly act wanted; one's own intent
        Row::model(
            "-",
            "Norway wants Sweden to sign a trade agreement with Belarus.",
            &["Sweden -backs-> Belarus [agreement]"],
        ),
        Row::model(
            "-",
            "Norway wants to impose sanctions on Belarus.",
            &["Norway -opposes-> Belarus [impose sanctions]"],
        ),
    ];

    #[test]
    fn an_act_ordered_of_another() {
        check_rows(&["ordered_act"], ORDERED);
    }

    #[test]
    fn an_act_wanted_of_another() {
        check_rows(&["wanted_act"], WANTED);
    }

    #[test]
    fn an_obligation_stated_by_saying() {
        check_rows(&["said_obligation"], OBLIGATION);
    }

    #[test]
    fn a_demand_stated_by_saying() {
        check_rows(&[STEP], ROWS);
    }

    #[test]
    fn an_act_asked_for_by_saying() {
        check_rows(
            &["said_request", "advocated_act", "requested_passive"],
            ADVOCATED,
        );
    }
}
