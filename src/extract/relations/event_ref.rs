//! A reaction to an event named in an earlier sentence: "Hamas submitted a new ceasefire
//! proposal on Monday. Israel rejected the proposal." -> Israel opposes Hamas.
//!
//! A definite event noun of `event_nouns.tsv` ("the proposal", "the strikes"), object of a
//! `reaction_verb` (condemn, reject, welcome, praise ...), with no actor inside its own
//! phrase, refers to the latest event of its kind in the [`WINDOW`] sentences before it:
//! the same noun, or a verb the table lists for it ("struck" -> "the strikes", "proposed"
//! -> "the proposal"). The event's agent becomes the reaction's target; the relation is the
//! reaction verb's own trigger class (condemning opposes, welcoming backs), with the
//! reaction's sentence as evidence. Never when the reaction is denied or hedged ("did not
//! reject", "could reject"), when the event has no agent ("A missile struck ..."), or when
//! its agent is the reactor itself. When no event of the noun's kind is in reach, an event
//! of its CAMEO class is (see [`Match::Class`]: "bombed" -> "the strikes", "detained" ->
//! "the arrest"). The sentence-level pieces are here; the document stage
//! (`extract/mod.rs`) pairs them across sentences.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::{
    Found, SentenceActors, push_unique, regular_stem, statement, trigger_at, verb_lemma_at,
};
use crate::domain::RelationKind;
use crate::extract::Parsed;
use crate::lexicon::{Construction, Lexicon, Trigger, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// How many sentences before a reaction its event is looked for: a reaction takes up an
/// event of the last few sentences, not one named far back in the article.
pub(crate) const WINDOW: usize = 3;

/// The sentences before sentence `si` where a reaction looks for its event, nearest
/// first: the [`WINDOW`] sentences before it, then (`lead_event`) the article's lead, its
/// first sentence, when `lead` says the sentences are the article's from its start. The
/// lead states the story's event, which a reaction at the end of a long article takes up
/// ("A court sentenced ... [four sentences] ... The State Department condemned the
/// sentence."); it is read only when no event of the kind is nearer.
pub(crate) fn searched(si: usize, lead: bool) -> impl Iterator<Item = usize> {
    let window = si.saturating_sub(WINDOW)..si;
    let lead = (lead && si > WINDOW).then_some(0);
    window.rev().chain(lead)
}

/// At most this many adjectives stand between "the" and the event noun ("the latest
/// ceasefire proposal" is read by its head, "the new proposal" by "new").
const MAX_MODIFIERS: usize = 3;

/// One row of `event_nouns.tsv`: the kind of event a noun names, and the verbs that
/// state the same event.
struct EventNoun {
    /// The kind (a noun of the table standing for its group: "proposal" for "plan").
    kind: Box<str>,
    /// Verb lemmas.
    verbs: Vec<Box<str>>,
}

/// The shipped event nouns, by noun lemma.
fn event_nouns() -> &'static HashMap<Box<str>, EventNoun> {
    static NOUNS: OnceLock<HashMap<Box<str>, EventNoun>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        parse_nouns(include_str!("../../../assets/lexicon/event_nouns.tsv"))
            .expect("the shipped event_nouns.tsv parses")
    })
}

/// Reads `event_nouns.tsv` (the lexicon's table format, [`crate::lexicon::read_table`]):
/// noun -> its kind and verbs (`-` for none).
fn parse_nouns(text: &str) -> crate::error::Result<HashMap<Box<str>, EventNoun>> {
    Ok(
        crate::lexicon::read_table("event_nouns.tsv", text, &["noun", "kind", "verbs"])?
            .into_iter()
            .map(|row| {
                let verbs = row.fields[2]
                    .split(',')
                    .map(str::trim)
                    .filter(|v| *v != "-" && !v.is_empty())
                    .map(Box::from)
                    .collect();
                let kind = row.fields[1].into();
                (row.fields[0].into(), EventNoun { kind, verbs })
            })
            .collect(),
    )
}

/// The kind of event the noun `lemma` names: its group in the table, else, for an event
/// noun of the trigger lexicon that relates two actors ("detention", "airstrike"), the
/// noun itself.
fn kind_of<'l>(lex: &'l Lexicon, lemma: &str) -> Option<&'l str> {
    if let Some(n) = event_nouns().get(lemma) {
        return Some(&n.kind);
    }
    lex.triggers
        .get(lemma, TriggerPos::Noun)
        .filter(|t| t.frame.event_noun && t.class.is_some())
        .map(|t| &*t.lemma)
}

/// How a reaction's noun finds its event.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Match<'l> {
    /// An event of the noun's kind: a noun of its group or a verb the table lists for it.
    Kind(&'l str),
    /// An event whose CAMEO code the noun's code covers (the same code, a code under it,
    /// or any code of its root when the noun's is the root's generic "X0": "the strikes"
    /// (190) takes up "bombed" (195) and "shelled" (190), not "invaded" (192)). Tried only
    /// when no event of the kind is in reach: news names an event again by another word of
    /// its class ("Police detained the activist. The party condemned the arrest.").
    Class(&'l str),
    /// The main act of an earlier sentence ([`main_act`]), for a `general_act_noun`
    /// ("the decision", "the move", "the ruling"), which names whatever its author did:
    /// tried only when no event of the noun's kind or class is in reach ("Ghana expelled
    /// two diplomats. Togo criticised the decision.").
    Act,
}

/// The CAMEO code of a trigger that relates two actors.
fn relating_code(t: &Trigger) -> Option<&str> {
    t.class.is_some().then_some(&*t.cameo)
}

/// The CAMEO code of the event noun `lemma`: its own trigger's, else that of the first
/// verb the table lists for it ("seizure" -> "seize", 171).
fn noun_code<'l>(lex: &'l Lexicon, lemma: &str) -> Option<&'l str> {
    kind_of(lex, lemma)?;
    if let Some(code) = lex
        .triggers
        .get(lemma, TriggerPos::Noun)
        .and_then(relating_code)
    {
        return Some(code);
    }
    event_nouns().get(lemma)?.verbs.iter().find_map(|v| {
        lex.triggers
            .get(v, TriggerPos::Verb)
            .and_then(relating_code)
    })
}

/// Does CAMEO code `class` cover `code` (see [`Match::Class`])?
fn covers(class: &str, code: &str) -> bool {
    code.starts_with(class)
        || (class.len() == 3 && class.ends_with('0') && code.get(..2) == class.get(..2))
}

/// Does token `t` state an event that `m` matches? A noun of the kind, or a verb of one
/// (by the lemma, an irregular form's lemma or a regular stem the lemmatizer missed:
/// "shelled" lemmatized "shel"); for a class, a noun or a verb (not a reaction verb: the
/// reaction is not what it reacts to) whose code the class covers. Reads tags and lemmas
/// only, no tree.
pub(crate) fn states(p: &Parsed<'_>, lex: &Lexicon, t: usize, m: Match<'_>) -> bool {
    let verb = |known: &dyn Fn(&str) -> bool| {
        let lemma = verb_lemma_at(lex, p, t);
        known(lemma) || regular_stem(&p.lower[t], known).is_some()
    };
    match (p.upos[t], m) {
        (Upos::Noun, Match::Kind(kind)) => kind_of(lex, &p.lemmas[t]) == Some(kind),
        (Upos::Noun, Match::Class(class)) => {
            noun_code(lex, &p.lemmas[t]).is_some_and(|c| covers(class, c))
        }
        (Upos::Verb, Match::Kind(kind)) => verb(&|s: &str| {
            event_nouns()
                .values()
                .any(|n| &*n.kind == kind && n.verbs.iter().any(|v| &**v == s))
        }),
        (Upos::Verb, Match::Act) => true,
        (Upos::Verb, Match::Class(class)) => {
            !reaction_verb(p, lex, t)
                && verb(&|s: &str| {
                    lex.triggers
                        .get(s, TriggerPos::Verb)
                        .and_then(relating_code)
                        .is_some_and(|c| covers(class, c))
                })
        }
        _ => false,
    }
}

/// The matches of the events a sentence may react to, from its words alone: a definite
/// event noun after a `reaction_verb`, by its kind and its class, and a general act noun
/// by [`Match::Act`]. Tells which sentences
/// need a tree for [`reactions`] (and so their earlier events one too).
pub(crate) fn reaction_kinds<'l>(p: &Parsed<'_>, lex: &'l Lexicon) -> Vec<Match<'l>> {
    let mut out: Vec<Match<'l>> = Vec::new();
    let Some(first_verb) = (0..p.len()).find(|&v| reacting_word(p, lex, v)) else {
        return out;
    };
    for n in first_verb + 1..p.len() {
        if !definite_event_noun(p, lex, n) {
            continue;
        }
        let kind = kind_of(lex, &p.lemmas[n]).map(Match::Kind);
        let class = noun_code(lex, &p.lemmas[n]).map(Match::Class);
        let act = general_act_noun(p, lex, n).then_some(Match::Act);
        for m in [kind, class, act].into_iter().flatten() {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// Is `v` a verb (by its tag) whose lemma (the lexicon's verb form first) is of `class`?
fn verb_of(p: &Parsed<'_>, lex: &Lexicon, v: usize, class: WordClass) -> bool {
    p.upos[v] == Upos::Verb && lex.words.has(class, verb_lemma_at(lex, p, v))
}

/// Is `v` a verb of the class `reaction_verb`?
fn reaction_verb(p: &Parsed<'_>, lex: &Lexicon, v: usize) -> bool {
    verb_of(p, lex, v, WordClass::ReactionVerb)
}

/// Can `v` react to "the NOUN": a `reaction_verb`, a `denial_verb` (`denied_accusation`)
/// or a verb of naming that may judge its object (`judged_event`; not one that confers a
/// status, "declared the strike illegal")? Words only.
fn reacting_verb(p: &Parsed<'_>, lex: &Lexicon, v: usize) -> bool {
    if p.upos[v] != Upos::Verb {
        return false;
    }
    let lemma = verb_lemma_at(lex, p, v);
    reaction_verb(p, lex, v)
        || lex.words.has(WordClass::DenialVerb, lemma)
        || (lex.words.has(WordClass::CharacterizeVerb, lemma)
            && !lex.words.has(WordClass::ConferringVerb, lemma))
}

/// Can word `v` react to "the NOUN" in any of the ways [`reactions`] reads: a
/// [`reacting_verb`], a `judgement_verb` whose complement judges it ("said the duties
/// were unfounded"), a `feeling_predicate` toward it ("disappointed by the decision") or
/// a `joining_verb` ("will join the negotiations")? Words only.
fn reacting_word(p: &Parsed<'_>, lex: &Lexicon, v: usize) -> bool {
    reacting_verb(p, lex, v)
        || verb_of(p, lex, v, WordClass::JudgementVerb)
        || verb_of(p, lex, v, WordClass::JoiningVerb)
        || feeling_word(p, lex, v)
}

/// Is `a` a `feeling_predicate` ("disappointed", "delighted"), an adjective or a
/// participle?
fn feeling_word(p: &Parsed<'_>, lex: &Lexicon, a: usize) -> bool {
    matches!(p.upos[a], Upos::Adj | Upos::Verb)
        && (lex.words.has(WordClass::FeelingPredicate, &p.lower[a])
            || lex.words.has(WordClass::FeelingPredicate, &p.lemmas[a]))
}

/// Is `n` a noun of the class `general_act_noun` ("the decision", "the move")?
fn general_act_noun(p: &Parsed<'_>, lex: &Lexicon, n: usize) -> bool {
    p.upos[n] == Upos::Noun && lex.words.has(WordClass::GeneralActNoun, &p.lemmas[n])
}

/// Is `n` a noun of the table, or a general act noun, opened by "the" and at most
/// [`MAX_MODIFIERS`] adjectives or nouns ("the new ceasefire proposal")? Words only: the
/// indefinite "a strike" names no event of before.
fn definite_event_noun(p: &Parsed<'_>, lex: &Lexicon, n: usize) -> bool {
    p.upos[n] == Upos::Noun
        && (kind_of(lex, &p.lemmas[n]).is_some() || general_act_noun(p, lex, n))
        && definite_noun(p, lex, n)
}

/// Is `n` opened by "the" (a `definite_word`) and at most [`MAX_MODIFIERS`] adjectives or
/// nouns? Words only.
pub(super) fn definite_noun(p: &Parsed<'_>, lex: &Lexicon, n: usize) -> bool {
    let mut k = n;
    for _ in 0..=MAX_MODIFIERS {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        if p.upos[before] == Upos::Det {
            // (a possessive pronoun is no determiner: "its decision" is its owner's)
            return lex.words.has(WordClass::DefiniteWord, &p.lower[before]);
        }
        if !matches!(p.upos[before], Upos::Adj | Upos::Noun) {
            return false;
        }
        k = before;
    }
    false
}

/// A reaction to an event of an earlier sentence.
pub(crate) struct Reaction<'l> {
    /// The actors who react (the verb's subjects).
    pub reactors: Vec<usize>,
    /// How the noun finds its event: by its kind, then by its class.
    pub matches: Vec<Match<'l>>,
    /// The event noun's token.
    pub noun: usize,
    /// For [`Match::Act`]: the lemma of the verb of the general act noun's own clause
    /// ("the decision to expel X": "expel"), which the earlier act must be.
    pub act_verb: Option<&'l str>,
    /// The statement: the reaction verb's class and code, the trigger span from the verb
    /// to the noun; agent and target are filled per pair.
    pub base: Found,
}

/// The reactions of a parsed sentence: a verb that reacts ([`reacting_verb`]), neither
/// denied nor hedged, with an actor as its subject and, as its object, a definite event
/// noun whose phrase names no actor (else the event is the one its own sentence states:
/// "rejected the proposal by X" is read by the noun's author phrase). The statement is,
/// by the first rule that reads the pair:
/// - `denied_accusation`: a `denial_verb` and an `accusation_noun` ("Belarus denied the
///   accusation"): the construction `denied_accusation` (opposes the accuser);
/// - `judged_event`: a verb of naming whose predicate is pejorative or appreciative
///   ([`judging_predicate`]: "Poland called the treaty a provocation"): the constructions
///   of a characterization, `characterized_as_enemy` / `_friend`, toward the event's agent;
/// - the reaction verb's own trigger ("Israel rejected the proposal").
pub(crate) fn reactions<'p>(sa: &SentenceActors<'p, '_>) -> Vec<Reaction<'p>> {
    let (p, lex) = (sa.p, sa.lex);
    let lower: Vec<&str> = p.lower.iter().map(String::as_str).collect();
    let lemmas: Vec<&str> = p.lemmas.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for v in 0..p.len() {
        reported_verdict(sa, v, &mut out);
        felt_toward_act(sa, v, &mut out);
        joined_event(sa, v, &mut out);
        if !reacting_verb(p, lex, v) || sa.denied(v) || sa.hedged(v) {
            continue;
        }
        // the verb's own trigger: a reaction verb's class ("condemned the strikes")
        let own = reaction_verb(p, lex, v)
            .then(|| trigger_at(sa, &lower, &lemmas, v))
            .flatten()
            .and_then(|(w, trigger, pred)| (w == 1).then_some((trigger, pred)))
            .and_then(|(trigger, pred)| statement(sa, trigger, pred, (v, v + 1)))
            .filter(|base| !base.weak && base.relation != RelationKind::Meets);
        let Some(reactors) = sa.active_subject_actors(v) else {
            continue;
        };
        if reactors.is_empty() {
            continue;
        }
        let verb_lemma = verb_lemma_at(lex, p, v);
        for &o in p.children(v) {
            // `judged_act_adjective`: "called the suit groundless" parsed with the verdict
            // as the object's head and the event noun its compound: the noun is the object
            let verdict_head = (p.rel(o) == DepRel::Obj
                && super::enabled("judged_act_adjective")
                && lex.words.has(WordClass::CharacterizeVerb, verb_lemma)
                && verdict_word(p, lex, o).is_some())
            .then(|| {
                p.children(o)
                    .iter()
                    .copied()
                    .find(|&c| p.rel(c) == DepRel::Compound && c + 1 == o)
            })
            .flatten();
            let n = verdict_head.unwrap_or(o);
            let kind = kind_of(lex, &p.lemmas[n]);
            // a general act noun with a clause of its own (not a relative one) names its act
            // by that clause's verb: an earlier act must be the same ("expelled two
            // diplomats ... the decision to expel them"; not "the CBI called for a pause
            // ... supported the move to raise the minimum wage")
            let act_verb = own_clause_verb(p, lex, n);
            let act = (general_act_noun(p, lex, n) && super::enabled("general_act"))
                .then_some(Match::Act);
            if kind.is_none() && act.is_none() {
                continue;
            }
            if p.rel(o) != DepRel::Obj || !definite_event_noun(p, lex, n) || names_actor(sa, n) {
                continue;
            }
            let construction = if let Some(head) = verdict_head.and(Some(o)) {
                verdict_word(p, lex, head)
            } else if lex.words.has(WordClass::DenialVerb, verb_lemma)
                && lex.words.has(WordClass::AccusationNoun, &p.lemmas[n])
            {
                Some(Construction::DeniedAccusation)
            } else if lex.words.has(WordClass::CharacterizeVerb, verb_lemma) {
                judging_predicate(sa, v, n)
            } else {
                None
            };
            let trigger = (v, n + 1);
            let base = match (construction, &own) {
                (Some(c), _) => judged_act(lex, c, trigger),
                (None, Some(own)) => Found {
                    trigger,
                    ..own.clone()
                },
                (None, None) => continue,
            };
            let class = noun_code(lex, &p.lemmas[n]).map(Match::Class);
            out.push(Reaction {
                reactors: reactors.clone(),
                matches: [kind.map(Match::Kind), class, act]
                    .into_iter()
                    .flatten()
                    .collect(),
                noun: n,
                act_verb,
                base,
            });
        }
    }
    out
}

/// A participle modifying a noun with no dependent of its own but punctuation: the
/// parser's reading of an object's predicate ("called the decision justified").
fn bare_participle(p: &Parsed<'_>, c: usize) -> bool {
    p.deprels[c] == DepRel::Acl
        && p.upos[c] == Upos::Verb
        && p.children(c).iter().all(|&m| p.upos[m] == Upos::Punct)
}

/// The verb of a general act noun's own clause (not a relative one, nor a bare participle
/// that is its predicate): "the decision to expel the envoys" -> "expel", which the
/// earlier act must be ([`Reaction::act_verb`]).
fn own_clause_verb<'l>(p: &'l Parsed<'_>, lex: &'l Lexicon, n: usize) -> Option<&'l str> {
    p.children(n)
        .iter()
        .find(|&&c| {
            p.deprels[c] == DepRel::Acl && p.upos[c] == Upos::Verb && !bare_participle(p, c)
        })
        .map(|&c| verb_lemma_at(lex, p, c))
}

/// The characterization a verdict word gives its subject or object: a
/// `condemning_predicate` opposes, an `approving_predicate` backs.
fn verdict_word(p: &Parsed<'_>, lex: &Lexicon, w: usize) -> Option<Construction> {
    let has = |class| lex.words.has(class, &p.lower[w]) || lex.words.has(class, &p.lemmas[w]);
    if has(WordClass::CondemningPredicate) {
        Some(Construction::CharacterizedAsEnemy)
    } else if has(WordClass::ApprovingPredicate) {
        Some(Construction::CharacterizedAsFriend)
    } else {
        None
    }
}

/// `judged_event`: the characterization that verb `v` of naming gives its object, the
/// event noun `n`, by a predicate beside it (a second object, an open complement, an "as"
/// phrase) or on it (an open complement, an apposition, a noun with no preposition): the
/// predicate word, an adjective or compound of it, or the noun of its
/// "of" phrase ("a provocation", "a hostile act", "the work of criminals", "as the act of
/// true friends") in `pejorative_noun` (opposes) or `appreciative_noun` (backs).
fn judging_predicate(sa: &SentenceActors<'_, '_>, v: usize, n: usize) -> Option<Construction> {
    let (p, lex) = (sa.p, sa.lex);
    let beside = p.children(v).iter().copied().filter(|&c| {
        c != n
            && (matches!(p.rel(c), DepRel::Xcomp | DepRel::Obj)
                || (p.rel(c) == DepRel::Obl && sa.case_in(c, WordClass::PredicativePreposition)))
    });
    // on the object: an open complement, an apposition, or a noun with no preposition
    // (the second object read as the object's modifier: "called the move a provocation")
    // (`judged_act_adjective`: an adjective after the object, or a bare participle, read
    // as its modifier: "called the decision unjustified", "called the decision justified")
    let on = p.children(n).iter().copied().filter(|&c| {
        matches!(p.rel(c), DepRel::Xcomp | DepRel::Appos)
            || (c > n && p.rel(c) == DepRel::Nmod && p.case_of(c).is_none())
            || (c > n
                && super::enabled("judged_act_adjective")
                && (p.rel(c) == DepRel::Amod || bare_participle(p, c)))
    });
    // the predicate and the words that carry its judgement
    let mut words = Vec::new();
    for x in beside.chain(on) {
        words.push(x);
        for &m in p.children(x) {
            let modifier = matches!(p.rel(m), DepRel::Amod | DepRel::Compound);
            let of_phrase = p.rel(m) == DepRel::Nmod && m > x;
            if modifier || of_phrase {
                words.push(m);
                words.extend(
                    p.children(m)
                        .iter()
                        .copied()
                        .filter(|&a| of_phrase && p.rel(a) == DepRel::Amod),
                );
            }
        }
    }
    let has = |class: WordClass| {
        words
            .iter()
            .any(|&w| lex.words.has(class, &p.lower[w]) || lex.words.has(class, &p.lemmas[w]))
    };
    if has(WordClass::PejorativeNoun)
        || (has(WordClass::CondemningPredicate) && super::enabled("judged_act_adjective"))
    {
        Some(Construction::CharacterizedAsEnemy)
    } else if has(WordClass::AppreciativeNoun)
        || (has(WordClass::ApprovingPredicate) && super::enabled("judged_act_adjective"))
    {
        Some(Construction::CharacterizedAsFriend)
    } else {
        None
    }
}

/// The relation of a reaction that judges an act by `construction` (an event, not stance:
/// the judgement names the act), on the words `trigger`; its sides come from the reaction.
fn judged_act(lex: &Lexicon, construction: Construction, trigger: (usize, usize)) -> Found {
    Found::of_construction(
        lex.constructions.get(construction),
        trigger,
        false,
        crate::TriggerClass::Event,
    )
}

/// The reaction a definite event noun `n` takes part in, pushed to `out` with its
/// matches (kind, class, general act) when it may refer back: "the" before it, no actor
/// in its phrase.
fn push_reaction<'p>(
    sa: &SentenceActors<'p, '_>,
    reactors: Vec<usize>,
    n: usize,
    base: Found,
    out: &mut Vec<Reaction<'p>>,
) {
    let (p, lex) = (sa.p, sa.lex);
    if reactors.is_empty() || !definite_event_noun(p, lex, n) || names_actor(sa, n) {
        return;
    }
    let kind = kind_of(lex, &p.lemmas[n]).map(Match::Kind);
    let class = noun_code(lex, &p.lemmas[n]).map(Match::Class);
    let act = (general_act_noun(p, lex, n) && super::enabled("general_act")).then_some(Match::Act);
    let act_verb = own_clause_verb(p, lex, n);
    out.push(Reaction {
        reactors,
        matches: [kind, class, act].into_iter().flatten().collect(),
        noun: n,
        act_verb,
        base,
    });
}

/// The actors of the subjects of `v` (a passive's subject too: "he was disappointed").
fn subject_actors(sa: &SentenceActors<'_, '_>, v: usize) -> Vec<usize> {
    let mut actors = Vec::new();
    for s in sa.subjects(v, 0).0 {
        push_unique(&mut actors, sa.actors_conj(s, true));
    }
    actors
}

/// The verdict a predicate `c` gives its subject: a `condemning_predicate` or
/// `pejorative_noun` (the word or an adjective of it) disapproves, an
/// `approving_predicate` or `appreciative_noun` approves; `None` for any other word
/// ("final", "historic") or a denied predicate ("was not justified").
fn verdict(sa: &SentenceActors<'_, '_>, c: usize) -> Option<Construction> {
    let (p, lex) = (sa.p, sa.lex);
    if sa.denied(c) {
        return None;
    }
    let mut words = vec![c];
    words.extend(
        p.children(c)
            .iter()
            .copied()
            .filter(|&m| matches!(p.rel(m), DepRel::Amod | DepRel::Conj)),
    );
    let has = |class: WordClass| {
        words
            .iter()
            .any(|&w| lex.words.has(class, &p.lower[w]) || lex.words.has(class, &p.lemmas[w]))
    };
    if has(WordClass::CondemningPredicate) || has(WordClass::PejorativeNoun) {
        Some(Construction::ActDisapproved)
    } else if has(WordClass::ApprovingPredicate) || has(WordClass::AppreciativeNoun) {
        Some(Construction::ActApproved)
    } else {
        None
    }
}

/// `reported_verdict` (act19): a `judgement_verb` ("said", "insisted"), neither denied
/// nor hedged, whose complement clause is a copula judging a definite event noun, its
/// subject: "Australia's trade minister said the tariffs were unfounded" -> the speaker
/// opposes whoever imposed the tariffs (a condemning or approving word: [`verdict`]).
fn reported_verdict<'p>(sa: &SentenceActors<'p, '_>, v: usize, out: &mut Vec<Reaction<'p>>) {
    let (p, lex) = (sa.p, sa.lex);
    if !verb_of(p, lex, v, WordClass::JudgementVerb)
        || !super::enabled("reported_verdict")
        || sa.denied(v)
        || sa.hedged(v)
    {
        return;
    }
    let Some(c) = p.child_with(v, DepRel::Ccomp) else {
        return;
    };
    // a copula: the predicate is the clause's head, "were" its child
    if p.child_with(c, DepRel::Cop).is_none() || sa.hedged(c) {
        return;
    }
    let Some(n) = p
        .children(c)
        .iter()
        .copied()
        .find(|&s| p.deprels[s] == DepRel::Nsubj)
    else {
        return;
    };
    let Some(construction) = verdict(sa, c) else {
        return;
    };
    let base = judged_act(lex, construction, (v, c + 1));
    push_reaction(sa, subject_actors(sa, v), n, base, out);
}

/// `felt_toward_act` (act19): a `feeling_predicate` of its subject toward a definite event
/// noun in a `feeling_preposition` phrase, neither denied nor hedged: "Google's chief
/// executive said he was disappointed by the decision" -> he opposes whoever decided, by
/// the word's valence (`polarity.tsv`, `judgements.tsv`). An active verb with an object
/// is the feeling's cause, not its holder ("the decision disappointed him").
fn felt_toward_act<'p>(sa: &SentenceActors<'p, '_>, a: usize, out: &mut Vec<Reaction<'p>>) {
    let (p, lex) = (sa.p, sa.lex);
    if !feeling_word(p, lex, a)
        || !super::enabled("felt_toward_act")
        || p.child_with(a, DepRel::Obj).is_some()
        || sa.denied(a)
        || sa.hedged(a)
    {
        return;
    }
    let polarity = &lex.polarity;
    let Some(valence) = polarity
        .valence(&p.lower[a])
        .or_else(|| polarity.valence(&p.lemmas[a]))
    else {
        return;
    };
    let construction = if valence > 0.0 {
        Construction::ActApproved
    } else {
        Construction::ActDisapproved
    };
    for &n in p.children(a) {
        let phrase = (p.rel(n) == DepRel::Obl || p.deprels[n] == DepRel::OblAgent)
            && sa.case_in(n, WordClass::FeelingPreposition);
        if !phrase {
            continue;
        }
        let base = judged_act(lex, construction, (a, n + 1));
        push_reaction(sa, subject_actors(sa, a), n, base, out);
    }
}

/// `joined_event` (act19): a `joining_verb`, neither denied nor hedged, whose object is a
/// definite event noun of a meeting (its trigger's class `meets`: talks, negotiations, a
/// summit): "Mitsubishi Motors will join the negotiations" after "Honda and Nissan began
/// talks" -> Mitsubishi Motors meets Honda and Nissan, the parties of the talks, by the
/// noun's own trigger.
fn joined_event<'p>(sa: &SentenceActors<'p, '_>, v: usize, out: &mut Vec<Reaction<'p>>) {
    let (p, lex) = (sa.p, sa.lex);
    if !verb_of(p, lex, v, WordClass::JoiningVerb)
        || !super::enabled("joined_event")
        || sa.denied(v)
        || sa.hedged(v)
    {
        return;
    }
    let Some(n) = p.child_with(v, DepRel::Obj) else {
        return;
    };
    let Some(trigger) = lex
        .triggers
        .get(&p.lemmas[n], TriggerPos::Noun)
        .filter(|t| t.frame.event_noun && t.class == Some(RelationKind::Meets))
    else {
        return;
    };
    let Some(base) = statement(sa, trigger, n, (v, n + 1)) else {
        return;
    };
    push_reaction(sa, subject_actors(sa, v), n, base, out);
}

/// Does the phrase of `n` (its subtree) name an actor?
fn names_actor(sa: &SentenceActors<'_, '_>, n: usize) -> bool {
    let mut stack = vec![n];
    while let Some(x) = stack.pop() {
        if sa.entity[x].is_some() {
            return true;
        }
        stack.extend(sa.p.children(x).iter().copied());
    }
    false
}

/// The agents of the latest event that `m` matches among the first `before` tokens of a
/// parsed sentence (see [`states`]), or `None` when they state none. An event whose agent
/// no actor stands for ("A missile struck ..."), or that is denied, gives an empty list: it
/// is still the latest event of its kind, so the search stops there.
pub(crate) fn latest_event(
    sa: &SentenceActors<'_, '_>,
    m: Match<'_>,
    before: usize,
) -> Option<Vec<usize>> {
    let p = sa.p;
    // (`reacting_clause`: a noun some verb reacts to, judges or denies, with no author of
    // its own, is a mention of the event, not its statement: "Y called the ban illegal"
    // is passed over for the ban Y reacted to; "endorsed an Egyptian plan" is not)
    (0..before.min(p.len()))
        .rev()
        .filter(|&t| states(p, sa.lex, t, m))
        .find_map(|t| {
            let agents = event_agents(sa, t);
            let mention =
                super::enabled("reacting_clause") && reacted(p, sa.lex, t) && agents.is_empty();
            (!mention).then_some(agents)
        })
}

/// The agents of the event token `t` states ([`latest_event`]).
fn event_agents(sa: &SentenceActors<'_, '_>, t: usize) -> Vec<usize> {
    let p = sa.p;
    if p.upos[t] == Upos::Verb {
        return if sa.denied(t) {
            Vec::new()
        } else {
            clause_agents(sa, t)
        };
    }
    // the noun's own modifier or possessive ("Russia's invasion", "the Russian strikes"),
    // its author phrase ("strikes by X"), else the subject of the clause that carries it
    // as its object ("Hamas submitted a proposal"), unless that clause is itself a
    // reaction ("MPs backed the invasion": who reacts to an event did not make it), a
    // judgement or a denial of it (`reacting_clause`: "X called the raid an attempt")
    let mut agents = own_agents(sa, t);
    if agents.is_empty()
        && p.rel(t) == DepRel::Obj
        && let Some(g) = p.head(t)
        && p.upos[g] == Upos::Verb
        && !(reaction_verb(p, sa.lex, g)
            || (super::enabled("reacting_clause") && reacting_verb(p, sa.lex, g)))
        && !sa.denied(g)
    {
        agents = clause_agents(sa, g);
    }
    // `meeting_parties`: a meeting's other parties, in its own "with" or "between" phrase
    // or in that of the clause that holds it ("held talks with Y", "talks between X and
    // Y"), by the prepositions of the noun's trigger: one who joins the talks meets them
    if super::enabled("meeting_parties")
        && let Some(trigger) = sa
            .lex
            .triggers
            .get(&p.lemmas[t], TriggerPos::Noun)
            .filter(|tr| tr.frame.mutual && tr.class == Some(RelationKind::Meets))
    {
        let of_frame = |c: usize| {
            p.case_of(c)
                .is_some_and(|w| trigger.frame.preps.iter().any(|x| **x == *w))
        };
        let clause = (p.rel(t) == DepRel::Obj).then(|| p.head(t)).flatten();
        let phrases = p
            .children(t)
            .iter()
            .copied()
            .filter(|&c| c > t && p.rel(c) == DepRel::Nmod && of_frame(c))
            .chain(clause.into_iter().flat_map(|g| {
                p.children(g)
                    .iter()
                    .copied()
                    .filter(|&c| p.rel(c) == DepRel::Obl && of_frame(c))
            }))
            .collect::<Vec<_>>();
        for c in phrases {
            push_unique(&mut agents, sa.actors_conj(c, true));
        }
    }
    agents
}

/// Is noun `t` the object of a verb that reacts to it ([`reacting_verb`]: "condemned the
/// ban", "called the ban illegal", "denied the accusation")?
fn reacted(p: &Parsed<'_>, lex: &Lexicon, t: usize) -> bool {
    p.upos[t] == Upos::Noun
        && p.rel(t) == DepRel::Obj
        && p.head(t).is_some_and(|g| reacting_verb(p, lex, g))
}

/// The authors of the main act of a parsed sentence, which a general act noun of a later
/// sentence takes up ([`Match::Act`]): the root verb, or, when that is a `speech_verb`,
/// the verb of its complement clause ("Canada announced that it would recognise ..."),
/// with the verbs conjoined to it ("froze its aid and recalled its ambassador"); their
/// subjects' actors, or a passive's "by" phrase; only the verbs of lemma `verb` when the
/// noun names its act by a clause of its own ([`Reaction::act_verb`]). `None` when the sentence states no act
/// an actor did (its root no verb, its act agentless, "Heavy rain flooded ..."): the
/// search goes on to the sentence before. A denied act gives an empty list: it is the
/// sentence's act, so the search stops there.
pub(crate) fn main_act(sa: &SentenceActors<'_, '_>, verb: Option<&str>) -> Option<Vec<usize>> {
    let (p, lex) = (sa.p, sa.lex);
    let root = (0..p.len()).find(|&t| p.head(t).is_none())?;
    let speech = |v: usize| {
        lex.words
            .has(WordClass::SpeechVerb, verb_lemma_at(lex, p, v))
    };
    let act = if p.upos[root] == Upos::Verb && speech(root) {
        p.child_with(root, DepRel::Ccomp)?
    } else {
        root
    };
    if p.upos[act] != Upos::Verb {
        return None;
    }
    if sa.denied(act) {
        return Some(Vec::new());
    }
    let lemma = |v: usize| verb_lemma_at(lex, p, v);
    let mut agents = Vec::new();
    for v in p.with_conjuncts(act) {
        if p.upos[v] == Upos::Verb && !sa.denied(v) && verb.is_none_or(|w| lemma(v) == w) {
            push_unique(&mut agents, clause_agents(sa, v));
        }
    }
    (!agents.is_empty()).then_some(agents)
}

/// The actors a noun `t` names as its own in its phrase: a modifier or possessive in
/// front ("Russia's invasion", "the Russian strikes", "a UN report") or an author phrase
/// after it ("strikes by X", "the report from X").
pub(super) fn own_agents(sa: &SentenceActors<'_, '_>, t: usize) -> Vec<usize> {
    let p = sa.p;
    let mut agents = Vec::new();
    for &c in p.children(t) {
        let own = c < t
            && matches!(
                p.deprels[c],
                DepRel::Amod | DepRel::Compound | DepRel::NmodPoss
            );
        let author =
            c > t && p.rel(c) == DepRel::Nmod && sa.case_in(c, WordClass::EventAuthorPreposition);
        if own || author {
            push_unique(&mut agents, sa.actors_conj(c, true));
        }
    }
    agents
}

/// The agents of verb `v`: its subjects' actors ("Russian missiles" stand for Russia), or
/// the "by" phrase of a passive.
pub(super) fn clause_agents(sa: &SentenceActors<'_, '_>, v: usize) -> Vec<usize> {
    let p = sa.p;
    let (subjects, passive) = sa.subjects(v, 0);
    let tokens: Vec<usize> = if passive {
        p.children(v)
            .iter()
            .copied()
            .filter(|&c| {
                p.rel(c) == DepRel::Obl && sa.case_in(c, WordClass::EventAuthorPreposition)
            })
            .collect()
    } else {
        subjects
    };
    let mut agents = Vec::new();
    for s in tokens {
        push_unique(&mut agents, sa.actors_conj(s, true));
    }
    agents
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};

    /// `general_act` (xref16): a general act noun ("the decision", "the move", "the
    /// ruling", "the step", "the measures"), object of a reaction verb with no event of its
    /// kind in reach, takes up the main act of the nearest earlier sentence that states one
    /// an actor did: the root verb and its conjuncts, or a speech verb's complement; by its
    /// clause's verb when the noun has one ("the decision to expel them"). Silent: an
    /// agentless act, a sentence that only reports speech, a hedged reaction, the
    /// reactor's own act, a noun whose own clause names another act.
    const GENERAL_ACT_ROWS: &[Row] = &[
        Row::model(
            "general_act",
            "Chile expelled two Bolivian diplomats on Monday. Bolivia criticised the decision.",
            &[
                "Chile -opposes-> Bolivia [expelled]",
                "Bolivia -opposes-> Chile [criticised the decision]",
            ],
        ),
        Row::model(
            "general_act",
            "Chile expelled two Bolivian diplomats on Monday. Bolivia criticised the decision to expel the envoys.",
            &[
                "Chile -opposes-> Bolivia [expelled]",
                "Bolivia -opposes-> Chile [criticised the decision]",
            ],
        ),
        Row::model(
            "general_act",
            "Peru's Supreme Court overturned the ban on the opposition party on Thursday. Amnesty International welcomed the ruling.",
            &["Amnesty International -backs-> Supreme Court [welcomed the ruling]"],
        ),
        Row::model(
            "general_act",
            "Norway announced on Friday that it would halt its aid to Eritrea. Eritrea condemned the step.",
            &[
                "Norway -opposes/weak-> Eritrea [halt its aid]",
                "Eritrea -opposes-> Norway [condemned the step]",
            ],
        ),
        Row::model(
            "general_act",
            "Estonia and Latvia raised their fuel taxes on Monday. Heavy rain fell in the north. Moscow criticised the measures.",
            &[
                "Russia -opposes-> Estonia [criticised the measures]",
                "Russia -opposes-> Latvia [criticised the measures]",
            ],
        ),
        Row::model(
            "-",
            "A storm destroyed the harbour of Tonga on Sunday. Fiji welcomed the decision.",
            &[],
        ),
        Row::model(
            "-",
            "Ghana's finance minister said on Monday that prices had fallen. The IMF welcomed the move.",
            &[],
        ),
        Row::model(
            "-",
            "Zambia raised its fuel tax on Monday. The IMF could criticise the decision.",
            &[],
        ),
        Row::model(
            "-",
            "Brazil raised its import tariffs on Monday. Brazil later praised the move.",
            &[],
        ),
        Row::model(
            "-",
            "Chile raised its fuel tax on Monday. Bolivia criticised the decision to expel the envoys.",
            &[],
        ),
    ];

    #[test]
    fn general_act_rows() {
        check_rows(&["general_act"], GENERAL_ACT_ROWS);
    }

    /// act19: an act named again by a definite noun, judged by an adjective of a verb of
    /// naming (`judged_act_adjective`), judged in a reported copula (`reported_verdict`),
    /// felt toward (`felt_toward_act`) or joined (`joined_event`); a clause that judges
    /// the noun is no author of its event, and is passed over for the event it judges
    /// (`reacting_clause`: not the editor's, the police's raid). Silent: an agentless act,
    /// the reactor's own act, a word that is no verdict, a denied verdict, a feeling
    /// toward no act, an act beyond the window.
    const ACT_ROWS: &[Row] = &[
        Row::model(
            "judged_act_adjective",
            "Ghana expelled two Nigerian diplomats on Monday. Nigeria called the decision unjustified.",
            &[
                "Ghana -opposes-> Nigeria [expelled]",
                "Nigeria -opposes-> Ghana [called the decision]",
            ],
        ),
        Row::model(
            "judged_act_adjective",
            "Latvia expelled two Belarusian diplomats on Friday. Lithuania called the move legitimate.",
            &[
                "Latvia -opposes-> Belarus [expelled]",
                "Lithuania -backs-> Latvia [called the move]",
            ],
        ),
        Row::model(
            "reported_verdict",
            "China imposed tariffs on Australian barley on Monday. Australia's trade minister, Tom Hale, said the tariffs were unfounded.",
            &[
                "China -opposes-> Australia [imposed tariffs]",
                "Tom Hale -opposes-> China [said the tariffs were unfounded]",
            ],
        ),
        Row::model(
            "felt_toward_act",
            "The European Commission fined Google 2 billion euros on Wednesday. Google's chief executive, Sundar Pichai, said he was disappointed by the decision.",
            &[
                "European Commission -opposes-> Google [fined]",
                "Sundar Pichai -opposes-> European Commission [disappointed by the decision]",
            ],
        ),
        Row::model(
            "joined_event",
            "Armenia and Azerbaijan opened peace talks in Geneva on Tuesday. Georgia joined the talks on Wednesday.",
            &[
                "Armenia -meets/sym-> Azerbaijan [talks]",
                "Georgia -meets/sym-> Armenia [joined the talks]",
                "Georgia -meets/sym-> Azerbaijan [joined the talks]",
            ],
        ),
        Row::model(
            "reacting_clause",
            "Police raided the offices of the Daily Herald on Friday. Its editor, Luis Mora, called the raid an attempt to silence the paper. Amnesty International condemned the raid.",
            &[
                "police #9693b48b -opposes-> Daily Herald [raided]",
                "Amnesty International -opposes-> police #9693b48b [condemned the raid]",
            ],
        ),
        Row::model(
            "-",
            "A fire closed the main border crossing near Rafah on Monday. Egypt called the closure regrettable.",
            &[],
        ),
        Row::model(
            "-",
            "Norway froze its aid to Mali on Friday. Norway said the decision was justified.",
            &["Norway -opposes-> Mali [froze its aid]"],
        ),
        Row::model(
            "-",
            "Japan expelled two Chinese diplomats on Monday. South Korea called the decision historic.",
            &["Japan -opposes-> China [expelled]"],
        ),
        Row::model(
            "-",
            "Egypt expelled two Sudanese diplomats on Monday. Libya said the decision was not justified.",
            &["Egypt -opposes-> Sudan [expelled]"],
        ),
        Row::model(
            "-",
            "France fined Apple 30 million euros on Tuesday. Apple's lawyer, Marc Dupont, said he was disappointed by the rain.",
            &[],
        ),
        Row::model(
            "-",
            "Markets were calm in Lima on Monday. Chile expelled two Peruvian diplomats on Tuesday. Heavy rain fell in the south. Schools stayed closed. Traffic was slow in the capital. Bolivia called the decision unjustified.",
            &["Chile -opposes-> Peru [expelled]"],
        ),
    ];

    #[test]
    fn act_rows() {
        check_rows(
            &[
                "judged_act_adjective",
                "reported_verdict",
                "felt_toward_act",
                "joined_event",
                "reacting_clause",
            ],
            ACT_ROWS,
        );
    }
}
