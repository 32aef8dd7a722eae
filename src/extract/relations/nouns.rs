//! Event nouns: "talks with X", "U.S. aid to X", "acrimony between X and Y".
//!
//! The frame of the trigger names the noun's target preposition; when the noun has none,
//! [`NOUN_TARGET_FALLBACKS`] look for it. The agent is the noun's possessor or modifier
//! ("U.S. aid"), else someone of the clause the noun sits in ("Kerry held talks"), as
//! [`NOUN_AGENT_STEPS`] try in order.

use super::super::mentions::MentionKind;
use super::arguments::SentenceActors;
use super::{Found, first_step, nonempty, push_mutual, push_pairs, push_unique};
use crate::domain::{ActorType, RelationKind};
use crate::extract::parse::Parsed;
use crate::lexicon::{Construction, Lexicon, Trigger, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// A step of [`NOUN_TARGET_FALLBACKS`] and [`NOUN_TARGET_ACTOR_FALLBACKS`].
type NounStep = (&'static str, fn(&EventNoun<'_>) -> Option<Vec<usize>>);
/// A step of [`NOUN_AGENT_STEPS`].
type AgencyStep = (&'static str, fn(&EventNoun<'_>) -> Option<Agency>);

/// An event noun trigger in its sentence.
pub(super) struct EventNoun<'c> {
    sa: &'c SentenceActors<'c, 'c>,
    /// The noun token.
    n: usize,
    trigger: &'c Trigger,
    /// The relation the trigger states here.
    relation: RelationKind,
}

/// Where the target phrase is when the frame finds none on the noun itself: first the
/// noun's own possessor when it names whom the event is done to (`patient_possessor`:
/// "X requested Y's extradition"); `phrase_attached_higher` ("ties with Hamas" read as "[strength of ties] [with Hamas]"),
/// the participles that put or aim the noun at its target ("imposed on X", "targeting
/// X"), then `noun_mandate_subject` ("X's demand that Y withdraw"), a clause away; the
/// noun as the instrument of a passive; a target phrase the parser hung on the author's
/// name (`target_on_author`, the noun's own phrase, before the phrases of a verb of
/// occurrence it is the subject of: "strikes by X against Y resumed on Tuesday"); last,
/// the subject of a clause exposed to the noun (`exposed_subject`: "X came under fire
/// from Y"); the destination of a traveller on a visit (`travel_destination`); the one
/// called, for what a caller conveys (`contacted_party`); the guest of an invitation
/// (`invited_guest`); the sides of a copular "between" predicate (`copular_between`).
pub(super) const NOUN_TARGET_FALLBACKS: &[NounStep] = &[
    ("patient_possessor", patient_possessor),
    ("relative_clause_phrase", relative_clause_phrase),
    ("phrase_attached_higher", phrase_attached_higher),
    ("imposing_participle", imposing_participle),
    ("passive_support_phrase", passive_support_phrase),
    ("aiming_participle", aiming_participle),
    ("noun_mandate_subject", noun_mandate_subject),
    ("instrument_of_passive", instrument_of_passive),
    ("target_on_author", target_on_author),
    ("occurrence_subject", occurrence_subject),
    ("exposed_subject", exposed_subject),
    ("travel_destination", travel_destination),
    ("helped_state", helped_state),
    ("contacted_party", contacted_party),
    ("invited_guest", invited_guest),
    ("copular_between", copular_between),
];

/// `copular_between`: "the race is between X and Y", "the talks were between X and Y": a
/// noun whose frame takes "between", the subject of a copular predicate that is itself a
/// `between_preposition` phrase, has that phrase's sides (read as "the race between X and
/// Y"). Not a negated predicate ("the race is not between X and Y").
fn copular_between(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if !en.trigger.frame.takes("between") {
        return None;
    }
    let h = p.head(n).filter(|&h| {
        p.rel(n) == DepRel::Nsubj
            && p.children(h).iter().any(|&c| p.rel(c) == DepRel::Cop)
            && sa.case_in(h, WordClass::BetweenPreposition)
            && !sa.negated(h)
    })?;
    Some(vec![h])
}

/// `invited_guest`: "X invited Y to talks", "X asked Y to dinner": a meeting noun with no
/// target of its own in an `invitation_preposition` phrase of an `invitation_verb` is held
/// with the guest, the verb's object (or indirect object, or the object the parser hung
/// the phrase on); the host, the verb's subject,
/// is its agent as for any noun of the clause (`clause_subject`). A planned meeting, read
/// as "X is due to meet Y" is. No guest that is no actor ("invited reporters to lunch").
fn invited_guest(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if en.relation != RelationKind::Meets {
        return None;
    }
    if !sa.case_in(n, WordClass::InvitationPreposition) {
        return None;
    }
    let h = p.head(n)?;
    let guest = |c: usize| matches!(p.rel(c), DepRel::Obj | DepRel::Iobj);
    match p.rel(n) {
        DepRel::Obl if sa.verb_in(h, WordClass::InvitationVerb) => nonempty(
            p.children(h)
                .iter()
                .copied()
                .filter(|&c| guest(c))
                .collect(),
        ),
        // (the parser may hang the phrase on the guest: "invited [Y to lunch]")
        DepRel::Nmod
            if guest(h)
                && p.head(h)
                    .is_some_and(|g| sa.verb_in(g, WordClass::InvitationVerb)) =>
        {
            Some(vec![h])
        }
        _ => None,
    }
}

/// "X requested Y's extradition", "X demanded Y's expulsion": the possessor of a
/// `patient_noun` whose frame takes "of" is whom the event is done to, as "the extradition
/// of Y" names it, when the noun has no "of" phrase of its own ("Britain's extradition of
/// Y" makes the possessor the one acting again). The possessor is then no agent
/// (`noun_modifier` leaves it), and the agent is read as for "the extradition of Y": the
/// clause that asks for or carries out the event ("condemned Y's extradition" states
/// nothing of Y, as "condemned the extradition of Y" does not). Not a noun that is itself
/// the complement of another ("reports of Y's detention were false"): the event is what is
/// reported, and the clause above says nothing of who did it.
fn patient_possessor(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    possessed_patient(en).map(|c| vec![c])
}

/// The possessor `patient_possessor` reads as the target of the event noun, if any.
fn possessed_patient(en: &EventNoun<'_>) -> Option<usize> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if !super::enabled("patient_possessor")
        || en.trigger.pos != TriggerPos::Noun
        || !en.trigger.frame.takes("of")
        || !sa.lex.words.has(WordClass::PatientNoun, &p.lemmas[n])
        || (p.rel(n) == DepRel::Nmod && sa.case_in(n, WordClass::NounComplementPreposition))
        || p.children(n).iter().any(|&c| {
            c > n && p.rel(c) == DepRel::Nmod && sa.case_in(c, WordClass::NounComplementPreposition)
        })
    {
        return None;
    }
    // (a person's name in front is the one acted on too, as the parser may read "placed
    // Y under house arrest" with Y a compound of "arrest": a person arrests no one by it)
    p.children(n).iter().copied().find(|&c| {
        c < n
            && (p.deprels[c] == DepRel::NmodPoss
                || (p.deprels[c] == DepRel::Compound
                    && sa.actor_type[c] == Some(ActorType::Person)
                    && super::enabled("person_compound_patient")))
    })
}

/// The `contact_verb` of a clause conveying the event noun `n` to the one called: `n` the
/// object of an `expressing_verb` in a contact verb's purpose clause ("phoned Y to express
/// his support"; see [`super::arguments::contact_purpose_verb`]).
fn contact_of_conveyed(sa: &SentenceActors<'_, '_>, n: usize) -> Option<usize> {
    let p = sa.p;
    let v = p.head(n).filter(|_| p.rel(n) == DepRel::Obj)?;
    super::arguments::contact_purpose_verb(sa.lex, p, v)
}

/// `contacted_party`: "X phoned Y to express his support", "called Y to convey its
/// solidarity": a noun with no target of its own, conveyed in the purpose clause of a
/// `contact_verb`, is conveyed to the one called, the contact verb's object. Not a noun
/// with its own target ("phoned Y to express support for Z").
fn contacted_party(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let g = contact_of_conveyed(en.sa, en.n)?;
    nonempty(en.sa.p.child_with(g, DepRel::Obj).into_iter().collect())
}

/// "X arrived in Baghdad on a two-day visit", "X flew to Tokyo for talks": a meeting noun
/// with no target of its own, in an `errand_preposition` phrase of an `arrival_verb`, is
/// held where the traveller goes, the verb's `destination_preposition` phrase: a state,
/// or its capital standing for it (as CAMEO codes "arrive (in ^) (for consultation)"), not
/// any other place. Not a `gathering_noun`: "arrived in Ethiopia for a summit" of the
/// African Union meets no one the summit is held with. Not after
/// any verb ("returned to X for talks" may be a return home), nor in any phrase ("arrived
/// in X after talks in Y").
fn travel_destination(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if en.relation != RelationKind::Meets
        || p.rel(n) != DepRel::Obl
        || !sa.case_in(n, WordClass::ErrandPreposition)
        || sa.lex.words.has(WordClass::GatheringNoun, &p.lemmas[n])
    {
        return None;
    }
    let g = p.head(n)?;
    if p.upos[g] != Upos::Verb || !sa.lex.words.has(WordClass::ArrivalVerb, &p.lemmas[g]) {
        return None;
    }
    nonempty(
        p.children(g)
            .iter()
            .copied()
            .filter(|&c| {
                c != n
                    && p.rel(c) == DepRel::Obl
                    && sa.case_in(c, WordClass::DestinationPreposition)
                    && sa.actor_type[c] == Some(ActorType::Country)
            })
            .collect(),
    )
}

/// `helped_state`: "U.N. relief in Somalia", "France's peacekeeping in Mali",
/// "announced new aid in Afghanistan": a `relief_noun` with no target phrase of its frame
/// helps the state its `relief_place_preposition` phrase names, as "aid to X" does
/// (corpus/GUIDE.md 11.10: peacekeeping in X backs X). The phrase is the noun's own or,
/// for the object of a verb, the verb's after it (where the parser may hang it). Only a
/// state by its name: a city, a region or a capital there is where the aid is given
/// ("relief in Goma"), a year names no one ("aid in 2005").
fn helped_state(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if en.relation != RelationKind::Backs || !sa.lex.words.has(WordClass::ReliefNoun, &p.lemmas[n])
    {
        return None;
    }
    let state = |c: usize, rel: DepRel| {
        c > n
            && p.rel(c) == rel
            && sa.case_in(c, WordClass::ReliefPlacePreposition)
            && sa.kind[c] == Some(MentionKind::Name)
            && sa.actor_type[c] == Some(ActorType::Country)
            && !sa.place[c]
    };
    let own: Vec<usize> = p
        .children(n)
        .iter()
        .copied()
        .filter(|&c| state(c, DepRel::Nmod))
        .collect();
    if !own.is_empty() {
        return Some(own);
    }
    let g = p.head(n).filter(|_| p.rel(n) == DepRel::Obj)?;
    nonempty(
        p.children(g)
            .iter()
            .copied()
            .filter(|&c| state(c, DepRel::Obl))
            .collect(),
    )
}

/// "air strikes by X against Y": the parser may hang the target phrase on the author's
/// name (the noun's own `event_author_preposition` phrase); a name has no phrase of its
/// own, so a phrase of the noun's frame there is the noun's (the mirror of `noun_author`
/// reading "attacks on Y by X"). Only a noun with an entry of its own, not one read by
/// its verb's ("donations of pounds 250,000 from X on Y": the currency is no bombing).
fn target_on_author(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if en.trigger.pos != TriggerPos::Noun {
        return None;
    }
    let mut found = Vec::new();
    for &c in p.children(n) {
        if c > n
            && p.rel(c) == DepRel::Nmod
            && sa.kind[c] == Some(MentionKind::Name)
            && (sa.case_in(c, WordClass::EventAuthorPreposition) || of_author(en, c))
        {
            found.extend(p.children(c).iter().copied().filter(|&d| {
                p.rel(d) == DepRel::Nmod && p.case_of(d).is_some_and(|k| en.trigger.frame.takes(&k))
            }));
        }
    }
    nonempty(found)
}

/// "the visit of Y to X", "the support of Y for X": the noun's "of" phrase names its
/// author when the noun's frame does not take "of" and the noun has a target phrase of its
/// frame, on the noun or on the "of" phrase's name (where the parser hangs "to X"). Only
/// for meeting and backing nouns, whose "of" phrase is the one who visits or supports:
/// "the expulsion of Y from X" names whom the event is done to (construction `of_author`).
fn of_author(en: &EventNoun<'_>, c: usize) -> bool {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let framed = |d: usize| {
        p.rel(d) == DepRel::Nmod && p.case_of(d).is_some_and(|k| en.trigger.frame.takes(&k))
    };
    c > n
        && p.rel(c) == DepRel::Nmod
        && matches!(en.relation, RelationKind::Meets | RelationKind::Backs)
        && sa.case_in(c, WordClass::NounComplementPreposition)
        && p.case_of(c).is_some_and(|k| !en.trigger.frame.takes(&k))
        && (p.children(n).iter().any(|&d| framed(d)) || p.children(c).iter().any(|&d| framed(d)))
        && super::enabled("of_author")
}

/// "X came under fire from Y", "X was under attack by Y": a hostile event noun in an
/// `exposure_preposition` phrase is done to the subject of the clause it sits in (see
/// [`exposure_predicate`]); its author is the noun's own, else the predicate's "from"/"by"
/// phrase (`exposure_author`), never that subject.
fn exposed_subject(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let g = exposure_predicate(en)?;
    let (subjects, passive) = en.sa.subjects(g, 0);
    if passive {
        return None;
    }
    nonempty(subjects)
}

/// The predicate whose subject undergoes a hostile noun of an `exposure_preposition`
/// phrase: the verb the phrase hangs on ("came under fire"), or the noun itself as the
/// predicate of a copula ("was under attack"). Only for a noun that opposes: "under a deal
/// with Y", "under the protection of Y" are no exposure.
fn exposure_predicate(en: &EventNoun<'_>) -> Option<usize> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if en.relation != RelationKind::Opposes || !sa.case_in(n, WordClass::ExposurePreposition) {
        return None;
    }
    if p.children(n).iter().any(|&c| p.rel(c) == DepRel::Cop) {
        return Some(n);
    }
    let g = p.head(n)?;
    (p.rel(n) == DepRel::Obl && p.upos[g] == Upos::Verb).then_some(g)
}

/// "Fighting broke out on Thursday between X and Y", "clashes erupted with Y": a noun that
/// is the subject of an `occurrence_verb` (what reports that the event happened, with no
/// object) has its phrases on that verb, as the parser hangs them there. A between-phrase
/// may hang on a time or place phrase of the verb instead ("on Monday between X and Y");
/// the verb may be read as a participle on the noun ("fighting continued between ...").
fn occurrence_subject(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let occurrence = |g: usize| {
        p.upos[g] == Upos::Verb
            && sa.lex.words.has(WordClass::OccurrenceVerb, &p.lemmas[g])
            && p.child_with(g, DepRel::Obj).is_none()
    };
    // the verb above its subject, or a participle the parser hung on the noun as a
    // reduced relative ("fighting continued between X and Y" read as "fighting [that]
    // continued ...")
    let g = match p.head(n) {
        Some(g) if p.rel(n) == DepRel::Nsubj && occurrence(g) => g,
        _ => p
            .children(n)
            .iter()
            .copied()
            .find(|&c| c > n && p.rel(c) == DepRel::Acl && occurrence(c))?,
    };
    let takes = |c: usize| p.case_of(c).is_some_and(|k| en.trigger.frame.takes(&k));
    let mut found = Vec::new();
    for &c in p.children(g) {
        if c == n || p.rel(c) != DepRel::Obl {
            continue;
        }
        if takes(c) {
            found.push(c);
        } else {
            found.extend(p.children(c).iter().copied().filter(|&d| {
                p.rel(d) == DepRel::Nmod && sa.case_in(d, WordClass::BetweenPreposition) && takes(d)
            }));
        }
    }
    nonempty(found)
}

/// "X was hit with fresh sanctions by Y", "X was slapped with an embargo": the noun is
/// the instrument (an `instrument_preposition` phrase) of a passive `instrument_verb` (a
/// verb of striking: not "was met with protests", "was seen with close ties"), whose
/// subject is what the event is done to; its author is the noun's own "by" phrase
/// (`noun_author`), where the parser hangs the passive's agent. Last: the clause's
/// subject, a clause away from the noun.
fn instrument_of_passive(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let g = p.head(n)?;
    if p.rel(n) != DepRel::Obl
        || !sa.case_in(n, WordClass::InstrumentPreposition)
        || !sa.lex.words.has(WordClass::InstrumentVerb, &p.lemmas[g])
    {
        return None;
    }
    let (subjects, passive) = sa.subjects(g, 0);
    if !passive {
        return None;
    }
    nonempty(subjects)
}

/// "the sanctions imposed on X (by Y)", "the restrictions placed on X": the phrase of a
/// participle that puts the noun on its target (see
/// [`SentenceActors::imposing_participles`]), by the noun's frame.
fn imposing_participle(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p) = (en.sa, en.sa.p);
    let found: Vec<usize> = sa
        .imposing_participles(en.n)
        .into_iter()
        .flat_map(|v| p.children(v).iter().copied())
        .filter(|&c| {
            p.rel(c) == DepRel::Obl && p.case_of(c).is_some_and(|k| en.trigger.frame.takes(&k))
        })
        .collect();
    nonempty(found)
}

/// `passive_support_phrase`: "sanctions were imposed on X", "talks were held between X
/// and Y", "aid was given to X": the phrases of the noun's frame on the verb that carries
/// it out in the passive (see [`SentenceActors::passive_support_verb`]), where the parser
/// hangs them, as the active "imposed sanctions on X" has them on the verb too. Only a
/// phrase that names an actor: one that names none ("aid was given to the camps") leaves
/// the later readings their turn.
fn passive_support_phrase(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p) = (en.sa, en.sa.p);
    let g = sa.passive_support_verb(en.n)?;
    nonempty(
        p.children(g)
            .iter()
            .copied()
            .filter(|&c| {
                p.rel(c) == DepRel::Obl
                    && p.case_of(c).is_some_and(|k| en.trigger.frame.takes(&k))
                    && !sa.actors_conj(c, true).is_empty()
            })
            .collect(),
    )
}

/// "strikes targeting X", "sanctions aimed at X", "an operation directed against X": a
/// participle that aims the noun (an `aiming_verb` with no subject of its own) names its
/// target by its object or by an `aiming_preposition` phrase, whatever the noun's frame
/// (a place phrase of the participle, "targeting X in Gaza", is none).
fn aiming_participle(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p) = (en.sa, en.sa.p);
    let found: Vec<usize> = sa
        .participles(en.n, WordClass::AimingVerb)
        .into_iter()
        .flat_map(|v| p.children(v).iter().copied())
        .filter(|&c| match p.rel(c) {
            DepRel::Obj => true,
            DepRel::Obl => sa.case_in(c, WordClass::AimingPreposition),
            _ => false,
        })
        .collect();
    nonempty(found)
}

/// "X's demand that Y withdraw", "issued a demand that Y should withdraw": a hostile noun
/// of a `pressure_verb` targets the subject of the mandate its clause states (see
/// `verbs::mandate_subjects`), when that subject names an actor.
fn noun_mandate_subject(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if en.relation != RelationKind::Opposes
        || !sa.lex.words.has(WordClass::PressureVerb, &p.lemmas[n])
    {
        return None;
    }
    let mut found = Vec::new();
    for &x in p.children(n) {
        if x > n && matches!(p.rel(x), DepRel::Acl | DepRel::Ccomp) {
            found.extend(super::verbs::mandate_clause_subjects(sa, x));
        }
    }
    found.retain(|&s| !sa.actors_conj(s, true).is_empty());
    nonempty(found)
}

/// Is the noun `n` a demand made of an actor, as the clause sense `sense` of the noun
/// needs (`noun_clause_sense`): a to-infinitive modifying it, an owner, and after it a
/// phrase of the sense's frame that names an actor ("Y's call on X to withdraw", "made a
/// demand for X to pay")?
pub(super) fn demanded_of(sa: &SentenceActors<'_, '_>, n: usize, sense: &Trigger) -> bool {
    let p = sa.p;
    let infinitive = |x: usize| {
        x > n && p.upos[x] == Upos::Verb && super::arguments::to_infinitive(sa.lex, p, x)
    };
    // the noun's own to-infinitive, or one after it that the parser hung on the verb
    // whose object the noun is ("repeated his call for X to close the border")
    let clause = p
        .children(n)
        .iter()
        .any(|&x| p.rel(x) == DepRel::Acl && infinitive(x))
        || (p.rel(n) == DepRel::Obj
            && p.head(n).is_some_and(|g| {
                p.children(g)
                    .iter()
                    .any(|&x| matches!(p.rel(x), DepRel::Advcl | DepRel::Xcomp) && infinitive(x))
            }));
    // whose demand it is must be said: its possessor, or the subject of the support verb
    // that makes it ("made an appeal"); not the subject of "resisted calls for X to go"
    let owned = p.children(n).iter().any(|&c| p.is_rel(c, DepRel::NmodPoss))
        || (p.rel(n) == DepRel::Obj
            && p.head(n)
                .is_some_and(|g| sa.lex.words.has(WordClass::SupportVerb, &p.lemmas[g])));
    // the phrase on the noun, or right after it on the verb ("its call on the Venezuelan
    // authorities to release Y", as `phrase_attached_higher` reads it)
    let of_actor = |c: usize| {
        c > n
            && p.case_of(c).is_some_and(|case| sense.frame.takes(&case))
            && !sa.actors_conj(c, true).is_empty()
    };
    let higher = |c: usize| p.rel(c) == DepRel::Obl && p.left_edge(c) == p.right_edge(n) + 1;
    clause
        && owned
        && (p
            .children(n)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Nmod && of_actor(c))
            || p.head(n)
                .is_some_and(|g| p.children(g).iter().any(|&c| higher(c) && of_actor(c))))
}

/// A phrase right after the noun but attached higher up, at most a few words on, none of
/// them a verb or a preposition: "talks Tuesday with Egyptian officials".
fn phrase_attached_higher(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (p, n) = (en.sa.p, en.n);
    let g = p.head(n)?;
    let mut right = n + 1;
    while right < p.len() && p.head(right) == Some(n) {
        right = p.left_edge(right).max(right) + 1;
    }
    // "issued an arrest warrant on Tuesday for X": a time phrase of the same head between
    // the noun and the phrase is no word of either
    while right < p.len() && time_phrase_of(en.sa, g, right) {
        right += 1;
    }
    let close = |c: usize| {
        let start = p.left_edge(c);
        start >= right
            && start - right <= 3
            && (right..start)
                .all(|k| matches!(p.upos[k], Upos::Propn | Upos::Noun | Upos::Num | Upos::Adv))
    };
    let found: Vec<usize> = p
        .children(g)
        .iter()
        .copied()
        .filter(|&c| {
            c > n
                && matches!(p.rel(c), DepRel::Obl | DepRel::Nmod)
                && close(c)
                && p.case_of(c).is_some_and(|k| en.trigger.frame.takes(&k))
        })
        .collect();
    nonempty(found)
}

/// Is token `k` in a time phrase that hangs on `g`: an unmarked nominal ("last week":
/// `obl:unmarked` in UD 2.14 and the parser trained on it, `obl:tmod` in older
/// treebanks) or a phrase whose head is a `calendar_word` ("on Tuesday")?
fn time_phrase_of(sa: &SentenceActors<'_, '_>, g: usize, k: usize) -> bool {
    let p = sa.p;
    let mut x = k;
    for _ in 0..p.len() {
        match p.head(x) {
            Some(h) if h == g => {
                return [
                    DepRel::OblUnmarked,
                    DepRel::NmodUnmarked,
                    DepRel::OblTmod,
                    DepRel::NmodTmod,
                ]
                .iter()
                .any(|&r| p.is_rel(x, r))
                    || (matches!(p.rel(x), DepRel::Obl | DepRel::Nmod)
                        && (sa.lex.words.has(WordClass::CalendarWord, &p.lower[x])
                            || dated_head(sa, x)));
            }
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// `dated_time_phrase`: a time phrase headed by a part of a day that a `calendar_word`
/// names ("on Monday morning", "on Friday night"): the word in front dates it as the
/// day's name alone would.
fn dated_head(sa: &SentenceActors<'_, '_>, x: usize) -> bool {
    let p = sa.p;
    p.children(x).iter().any(|&k| {
        k < x
            && p.rel(k) == DepRel::Compound
            && sa.lex.words.has(WordClass::CalendarWord, &p.lower[k])
    }) && super::enabled("dated_time_phrase")
}

/// `elliptic_phrase`: "raids on the airport and on Malian army positions": a conjunct of
/// the event noun `n` opened by its own preposition, one the noun's frame takes, is a
/// second phrase of the noun with the noun left out ("and [raids] on ..."), as the parser
/// coordinates it with the noun; its actors are the noun's targets as the first phrase's
/// are. A conjunct with no preposition of its own is a second noun ("raids and arrests").
fn elliptic_phrases(sa: &SentenceActors<'_, '_>, n: usize, trigger: &Trigger) -> Vec<usize> {
    let p = sa.p;
    if !super::enabled("elliptic_phrase") {
        return Vec::new();
    }
    p.conjuncts(n)
        .into_iter()
        .filter(|&c| {
            c > n
                && matches!(p.upos[c], Upos::Noun | Upos::Propn)
                && p.case_of(c).is_some_and(|k| trigger.frame.takes(&k))
        })
        .collect()
}

/// Where the target is when the noun has no target phrase at all: `name_after_noun`,
/// read from the words.
pub(super) const NOUN_TARGET_ACTOR_FALLBACKS: &[NounStep] = &[("name_after_noun", name_after_noun)];

/// "military aid to war-torn Mozambique": see [`prep_name_after`].
fn name_after_noun(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    prep_name_after(en.sa, en.n, en.trigger).map(|e| vec![e])
}

/// "X thanked Y for its aid to Z", "thanked Y on Monday for its help": the `gratitude_verb`
/// whose `gratitude_preposition` phrase is the event noun `n`, hung on the verb or on one
/// of its objects or phrases (the parser's reading of "Y for its support" or "Monday for
/// its help"), neither denied nor hedged.
fn thanking_verb(sa: &SentenceActors<'_, '_>, n: usize) -> Option<usize> {
    let p = sa.p;
    if !matches!(p.rel(n), DepRel::Obl | DepRel::Nmod)
        || !sa.case_in(n, WordClass::GratitudePreposition)
    {
        return None;
    }
    let mut x = n;
    for _ in 0..2 {
        let g = p.head(x)?;
        if p.upos[g] == Upos::Verb && sa.lex.words.has(WordClass::GratitudeVerb, &p.lemmas[g]) {
            return (!sa.denied(g) && !sa.hedged(g)).then_some(g);
        }
        if !matches!(p.rel(g), DepRel::Obj | DepRel::Obl) {
            return None;
        }
        x = g;
    }
    None
}

/// "X thanked Y for its aid to Z": the gratitude verb's objects did the event (Y backs Z;
/// the climb to the clause's subject made it X's), and nobody when the object names no
/// actor ("thanked the audience for their support": not whoever "their" resolves to).
/// The thanker is not the event's target when the noun names none ("thanked Y for its
/// support"): the written challenge's annotations do not state it, and reading it so
/// added ten statements to their check halves, one right (construction `thanked_agent`).
fn thanked_agent(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p) = (en.sa, en.sa.p);
    let g = thanking_verb(sa, en.n)?;
    let mut actors = Vec::new();
    for &c in p.children(g) {
        if p.rel(c) == DepRel::Obj {
            push_unique(&mut actors, sa.actors_conj(c, true));
        }
    }
    Some(if actors.is_empty() {
        Agency::Nobody
    } else {
        Agency::Agents { actors, near: true }
    })
}

/// Who does the event, tried in order:
///
/// 0. `thanked_agent`: the object of "X thanked Y for its aid to Z": the possessor is a
///    pronoun for the thanked, not the clause subject's;
/// 0. `caller_agent`: "X phoned Y to express his support": the caller conveys it, before
///    `noun_modifier`, which would take the pronoun for the nearer Y;
/// 1. `reduced_own_cooperation`: a cooperation owned by a possessive pronoun and cut by a
///    reducer verb ("halted its funding for X") is the cut (see 2), before
///    `noun_modifier`, which would read the owner's cooperation;
/// 1. `noun_modifier`: a possessive or modifier ("U.S. aid", "Egypt's talks"); first, as
///    it is the noun's own; an unresolved possessive ("its talks") stops the search:
///    someone's event, not the clause subject's;
/// 2. `reduced_cooperation`: a reducer verb over a cooperation ("halted aid to X") turns
///    the event into its cut, done by the verb's subject (a relation of its own, coded in
///    `constructions.tsv`); before 3 to 5, which would make someone the giver ("withdrew
///    support from X" is no support by X);
/// 3. `noun_author`: the noun's own "by"/"from" phrase ("airstrikes by X on Y", "criticism
///    of Y from X"), before the clause the noun sits in, whose subject does not do it;
/// 4. `exposure_author`: a hostile noun the clause's subject is exposed to ("X came
///    under fire from Y"): the predicate's "from"/"by" phrase, else nobody (the subject
///    undergoes it);
/// 5. `copular_subject`: the noun as predicate ("he has been in talks with X");
/// 6. `clause_subject` last: the subject of the clause the noun sits in, climbing
///    prepositions and support verbs ("X held talks with Y").
pub(super) const NOUN_AGENT_STEPS: &[AgencyStep] = &[
    ("thanked_agent", thanked_agent),
    ("caller_agent", caller_agent),
    ("reduced_own_cooperation", reduced_own_cooperation),
    ("noun_modifier", noun_modifier),
    ("reduced_cooperation", reduced_cooperation),
    ("noun_author", noun_author),
    ("passive_support_agent", passive_support_agent),
    ("exposure_author", exposure_author),
    ("copular_subject", copular_subject),
    ("relative_clause_subject", relative_clause_subject),
    ("clause_subject", clause_subject),
];

/// The relative clause on the event noun `n` whose verb is a
/// `support_verb` the noun is the gapped object of ("the meeting [Y had with Z]", "the
/// talks [that X held with Z]", "the sanctions [X imposed on Z]"): the relative clause
/// says who held the event and with whom, as "Y had a meeting with Z" does. Its subject is
/// named (no relative pronoun: "the talks that ended" is the noun's own clause), it has no
/// object of its own but a relative pronoun, and it is not denied (steps
/// `relative_clause_phrase`, `relative_clause_subject`).
fn relative_support_clause(sa: &SentenceActors<'_, '_>, n: usize) -> Option<usize> {
    let (p, words) = (sa.p, &sa.lex.words);
    p.children(n).iter().copied().find(|&r| {
        r > n
            && p.is_rel(r, DepRel::AclRelcl)
            && p.upos[r] == Upos::Verb
            && words.has(WordClass::SupportVerb, &p.lemmas[r])
            && !sa.denied(r)
            && p.children(r).iter().any(|&c| {
                p.rel(c) == DepRel::Nsubj && !words.has(WordClass::RelativePronoun, &p.lower[c])
            })
            && p.children(r).iter().all(|&c| {
                p.rel(c) != DepRel::Obj || words.has(WordClass::RelativePronoun, &p.lower[c])
            })
    })
}

/// The relative clause's phrase of the noun's frame ("the meeting Y had [with Z]"): see
/// [`relative_support_clause`].
fn relative_clause_phrase(en: &EventNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p) = (en.sa, en.sa.p);
    let r = relative_support_clause(sa, en.n)?;
    nonempty(
        p.children(r)
            .iter()
            .copied()
            .filter(|&c| {
                p.rel(c) == DepRel::Obl && p.case_of(c).is_some_and(|k| en.trigger.frame.takes(&k))
            })
            .collect(),
    )
}

/// The relative clause's subject ("the meeting [Y] had with Z"): see
/// [`relative_support_clause`].
fn relative_clause_subject(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p) = (en.sa, en.sa.p);
    let r = relative_support_clause(sa, en.n)?;
    let mut actors = Vec::new();
    for &s in p.children(r).iter().filter(|&&s| p.rel(s) == DepRel::Nsubj) {
        push_unique(&mut actors, sa.actors_conj(s, true));
    }
    (!actors.is_empty()).then_some(Agency::Agents { actors, near: true })
}

/// `caller_agent`: "X phoned Y to express his support", "telephoned Y to offer
/// condolences": the event noun a caller conveys in a `contact_verb`'s purpose clause (see
/// [`contact_of_conveyed`]) is the caller's, the contact verb's subject; a possessive
/// pronoun there is the caller's own (the reference to the nearer name, the one called, is
/// wrong). A named possessor is left to `noun_modifier` ("to express Egypt's support").
fn caller_agent(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let g = contact_of_conveyed(sa, n)?;
    if p.children(n).iter().any(|&c| {
        c < n
            && matches!(
                p.deprels[c],
                DepRel::Amod | DepRel::Compound | DepRel::NmodPoss
            )
            && p.upos[c] != Upos::Pron
    }) {
        return None;
    }
    let actors = sa.active_subject_actors(g).unwrap_or_default();
    (!actors.is_empty()).then_some(Agency::Agents { actors, near: true })
}

/// Who does an event, as a step of [`NOUN_AGENT_STEPS`] reads it.
pub(super) enum Agency {
    /// These actors.
    Agents {
        /// The agents.
        actors: Vec<usize>,
        /// The noun's own clause (or the noun) gave them, not one climbed to.
        near: bool,
    },
    /// Someone no actor stands for: no statement.
    Nobody,
    /// The subjects of `verb` cut the cooperation the noun names.
    Reduced {
        /// The subjects' actors.
        actors: Vec<usize>,
        /// The reducer verb ("halted", "severed").
        verb: usize,
    },
}

/// `reduced_own_cooperation`: "halted its funding for X", "suspended its aid to X": a
/// cooperation noun whose owner is a possessive pronoun (the subject's own, "its"), the
/// object of a reducer verb, is cut by the verb's subject (`reduced_cooperation`), not
/// given by the pronoun's actor, as "halted funding for X" is; a cut denied ("did not
/// halt its funding for X", "refused to suspend its aid") states nothing: neither the cut
/// nor the cooperation. A named owner keeps its own reading ("halted Japan's aid to X":
/// `noun_modifier`).
fn reduced_own_cooperation(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let mut pronoun = false;
    for &c in p.children(n) {
        if c < n
            && matches!(
                p.deprels[c],
                DepRel::Amod | DepRel::Compound | DepRel::NmodPoss
            )
        {
            if p.deprels[c] == DepRel::NmodPoss && p.upos[c] == Upos::Pron {
                pronoun = true;
            } else if !sa.actors_at(c).is_empty() {
                return None;
            }
        }
    }
    if !pronoun {
        return None;
    }
    let g = cutting_verb(sa, n)?;
    match reduced_cooperation(en) {
        Some(reduced) => Some(reduced),
        None => (sa.denied(g) && matches!(en.relation, RelationKind::Backs | RelationKind::Meets))
            .then_some(Agency::Nobody),
    }
}

/// "U.S. aid", "Egypt's talks": the actors of the noun's possessive or modifiers.
///
/// `venue_modifier`: a state's adjective or compound before a `venue_legal_noun` names the
/// country whose courts hear it ("a separate US lawsuit against X"), not who brings it; its
/// possessive still does ("China's lawsuit against X").
fn noun_modifier(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let venue = sa.lex.words.has(WordClass::VenueLegalNoun, &p.lemmas[n])
        && super::enabled("venue_modifier");
    let mut agents: Vec<usize> = Vec::new();
    // "its talks with X" with "its" unresolved: someone's talks, not the clause subject's
    let mut unknown_owner = false;
    // ("Y's extradition": the possessor is whom it is done to, `patient_possessor`)
    let patient = possessed_patient(en);
    for &c in p.children(n) {
        if c < n
            && Some(c) != patient
            && matches!(
                p.deprels[c],
                DepRel::Amod | DepRel::Compound | DepRel::NmodPoss
            )
        {
            for x in p.with_conjuncts(c) {
                if venue
                    && p.deprels[c] != DepRel::NmodPoss
                    && sa.actor_type[x] == Some(ActorType::Country)
                {
                    continue;
                }
                // ("their support" after "X and Y": each of them)
                for &e in sa.actors_at(x) {
                    if !agents.contains(&e) {
                        agents.push(e);
                    }
                }
            }
            unknown_owner |= p.deprels[c] == DepRel::NmodPoss
                && p.upos[c] == Upos::Pron
                && sa.entity[c].is_none();
        }
    }
    if !agents.is_empty() {
        Some(Agency::Agents {
            actors: agents,
            near: true,
        })
    } else {
        unknown_owner.then_some(Agency::Nobody)
    }
}

/// "airstrikes by Serbia on Croatia", "criticism of X from Y": the actors of the event
/// noun's author phrase (an `event_author_preposition` after it), also where the parser
/// hung it off the noun's target name ("attacks on X by Y": a name has no author).
///
/// `requested_from`: the "from" phrase of a legal act that a verb's subject requests or
/// orders names the state or body asked, no author: "X requested the extradition of Y from
/// Z" (corpus/GUIDE.md 9.9: the requester opposes Y, nothing towards the state asked);
/// "the expulsion of Y from the Council" alone is the Council's act.
///
/// `author_on_verb`: the parser may hang the noun's "by" phrase on the active verb whose
/// object the noun is, right after the noun's phrase ("reported the arrest of X by Y"); an
/// active verb with a subject has no agent phrase of its own, so the phrase is the noun's.
fn noun_author(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let requested = p
        .head(n)
        .is_some_and(|g| sa.legal_instigation(g, n) && super::enabled("requested_from"));
    let author = |c: usize| {
        c > n
            && p.rel(c) == DepRel::Nmod
            && (sa.case_in(c, WordClass::EventAuthorPreposition) || of_author(en, c))
            && !(requested && sa.case_in(c, WordClass::RemovalPreposition))
    };
    let mut actors = Vec::new();
    if let Some(g) = p
        .head(n)
        .filter(|_| p.rel(n) == DepRel::Obj && super::enabled("author_on_verb"))
    {
        let (subjects, passive) = sa.subjects(g, 0);
        let next = p.right_edge(n) + 1;
        for &c in p.children(g) {
            if !passive
                && !subjects.is_empty()
                && p.rel(c) == DepRel::Obl
                && p.left_edge(c) == next
                && sa.case_in(c, WordClass::PassiveAgentPreposition)
            {
                push_unique(&mut actors, sa.actors_conj(c, true));
            }
        }
    }
    // "the sanctions imposed on X by Y": the participle's agent
    for c in sa.imposing_authors(n) {
        push_unique(&mut actors, sa.actors_conj(c, true));
    }
    for &c in p.children(n) {
        if author(c) {
            push_unique(&mut actors, sa.actors_conj(c, true));
        } else if p.rel(c) == DepRel::Nmod && sa.kind[c] == Some(MentionKind::Name) {
            for &d in p.children(c) {
                if author(d) {
                    push_unique(&mut actors, sa.actors_conj(d, true));
                }
            }
        }
    }
    (!actors.is_empty()).then_some(Agency::Agents { actors, near: true })
}

/// `passive_support_agent`: "sanctions were imposed on X by Y", "the deal was signed by X
/// and Y": the "by" phrase of the verb that carries the noun out in the passive (see
/// [`SentenceActors::passive_support_verb`]) names who does it, as the active's subject
/// does; the passive's subject, the noun itself, is no one. Coordinated doers of a mutual
/// noun with no other side state it of each other, as "X and Y signed the deal" does.
fn passive_support_agent(en: &EventNoun<'_>) -> Option<Agency> {
    let sa = en.sa;
    let g = sa.passive_support_verb(en.n)?;
    let mut actors = Vec::new();
    for c in sa.agent_phrases([g]) {
        push_unique(&mut actors, sa.actors_conj(c, true));
    }
    (!actors.is_empty()).then_some(Agency::Agents { actors, near: true })
}

/// "X came under fire from Y": see [`exposure_predicate`]. The author phrase hangs on the
/// verb (the noun's own phrase is read by `noun_author`, first); with none, nobody the
/// text names: the subject is the one attacked, not the attacker.
fn exposure_author(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let g = exposure_predicate(en)?;
    let mut actors = Vec::new();
    for &c in p.children(g) {
        if c > n && p.rel(c) == DepRel::Obl && sa.case_in(c, WordClass::EventAuthorPreposition) {
            push_unique(&mut actors, sa.actors_conj(c, true));
        }
    }
    Some(if actors.is_empty() {
        Agency::Nobody
    } else {
        Agency::Agents { actors, near: true }
    })
}

/// "halted economic aid to Serbia", "severed ties with Qatar": ending cooperation is
/// opposition (CAMEO 16, reduce relations), stated by the verb's subject. The cooperation
/// may be the object's own complement: "froze $2bn of loans to X", "suspended the delivery
/// of aid to X" (construction `reduced_complement`).
fn reduced_cooperation(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    let object = if p.rel(n) == DepRel::Nmod
        && sa.case_in(n, WordClass::NounComplementPreposition)
        && p.head(n).is_some_and(|m| p.rel(m) == DepRel::Obj)
        && super::enabled("reduced_complement")
    {
        p.head(n)?
    } else {
        n
    };
    let g = p.head(object)?;
    // "blocked the purchase of X by Y": a cooperation its own "by" phrase names the doer
    // of is that doer's (`noun_author`), stopped by the verb, not cut by its subject
    let authored = p.children(n).iter().any(|&c| {
        c > n && p.rel(c) == DepRel::Nmod && sa.case_in(c, WordClass::PassiveAgentPreposition)
    });
    // "ended a three-day visit to X", "ended the meeting with X": a reducer verb whose
    // object sense with the noun is of the noun's own root (the lexicon's "end" + "visit",
    // 042) carries the event out, it does not cut it (construction `carried_out_not_cut`)
    let carried = carries_out(sa.lex, p, g, object) && super::enabled("carried_out_not_cut");
    if authored
        || carried
        || !matches!(en.relation, RelationKind::Backs | RelationKind::Meets)
        || cutting_verb(sa, object) != Some(g)
        || sa.denied(g)
    {
        return None;
    }
    let (subjects, passive) = sa.subjects(g, 0);
    if passive {
        return Some(Agency::Nobody);
    }
    let mut actors = Vec::new();
    for s in subjects {
        actors.extend(sa.actors_conj(s, true));
    }
    Some(Agency::Reduced { actors, verb: g })
}

/// The verb that cuts the cooperation `object` names: a `reducer_verb` whose object it is
/// ("halted its aid to X"), or a verb that leaves it, the noun in its `withdrawal_phrase`
/// (construction `withdrawn_from`: "pulled out of its merger with X", "reneged on its deal
/// with X", "went back on its accord with X"; the preposition may follow a particle the
/// parser hangs on the verb or on the noun). A phrase of another preposition ("withdrew
/// troops under the deal") or a movement out of a place (no cooperation noun) is not cut.
fn cutting_verb(sa: &SentenceActors<'_, '_>, object: usize) -> Option<usize> {
    let p = sa.p;
    let g = p.head(object)?;
    match p.rel(object) {
        DepRel::Obj => sa
            .lex
            .words
            .has(WordClass::ReducerVerb, &p.lemmas[g])
            .then_some(g),
        DepRel::Obl if g < object && super::enabled("withdrawn_from") => {
            let mut phrase = p.lemmas[g].clone();
            for k in g + 1..object {
                let case = p.head(k) == Some(object) && p.deprels[k] == DepRel::Case;
                let particle = p.head(k) == Some(g)
                    && matches!(p.deprels[k], DepRel::Advmod | DepRel::CompoundPrt);
                if case || particle {
                    phrase.push(' ');
                    phrase.push_str(&p.lower[k]);
                }
            }
            sa.lex
                .words
                .has(WordClass::WithdrawalPhrase, &phrase)
                .then_some(g)
        }
        _ => None,
    }
}

/// "he has been in talks with X": the noun is the predicate, with its own subject.
fn copular_subject(en: &EventNoun<'_>) -> Option<Agency> {
    let (sa, p, n) = (en.sa, en.sa.p, en.n);
    if !p.children(n).iter().any(|&c| p.rel(c) == DepRel::Cop) {
        return None;
    }
    let actors = sa.active_subject_actors(n).unwrap_or_default();
    (!actors.is_empty()).then_some(Agency::Agents { actors, near: true })
}

/// "Kerry is in Cairo for talks", "X held talks with Y": the subject of the clause.
fn clause_subject(en: &EventNoun<'_>) -> Option<Agency> {
    // wanting an event that opposes or backs its target does the same; wanting a meeting
    // is no meeting
    let advocated = en.relation != RelationKind::Meets;
    let (actors, step) = clause_agents(en.sa, en.n, advocated);
    Some(Agency::Agents {
        actors,
        near: step == 0,
    })
}

/// "military aid to war-torn Mozambique": the frame's preposition right after the event
/// noun and a name a few modifiers on, read from the words when the parser attached the
/// preposition elsewhere (here as the mark of "war-torn" read as a verb).
fn prep_name_after(sa: &SentenceActors<'_, '_>, n: usize, trigger: &Trigger) -> Option<usize> {
    let (p, words) = (sa.p, &sa.lex.words);
    let prep = p.lower.get(n + 1)?;
    if words.has(WordClass::BetweenPreposition, prep) || !trigger.frame.takes(prep) {
        return None;
    }
    let mut k = n + 2;
    while k < p.len()
        && k < n + 5
        && sa.entity[k].is_none()
        && (matches!(p.upos[k], Upos::Det | Upos::Adj) || p.lower[k].contains('-'))
    {
        k += 1;
    }
    let e = sa.entity.get(k).copied().flatten()?;
    (sa.kind[k] == Some(super::super::mentions::MentionKind::Name)).then_some(e)
}

/// `adverbial_event`: "X seized the town after fighting with Y", "X signed the deal after
/// talks with Y": an event noun in an `event_time_preposition` phrase (`x`, the noun or
/// the noun it hangs on: "after days of fighting with Y") whose other side its own
/// `reciprocal_preposition` phrase names is an act of the clause's subject, not a mere
/// time: the subject is the other side's counterpart. Not with no such phrase ("after
/// talks in Geneva", "after the clashes"): anyone's event; nor a topic ("over talks with
/// Y"); a noun whose owner is named keeps it (`noun_modifier`, first: "after Nigeria's
/// clashes with Y").
fn adverbial_event(sa: &SentenceActors<'_, '_>, noun: usize, x: usize) -> bool {
    let p = sa.p;
    (p.rel(x) == DepRel::Obl || object_time_phrase(sa, x).is_some())
        && sa.case_in(x, WordClass::EventTimePreposition)
        && p.children(noun).iter().any(|&c| {
            c > noun
                && p.rel(c) == DepRel::Nmod
                && (sa.case_in(c, WordClass::ReciprocalPreposition)
                    || attended_meeting(sa, noun, x, c))
                && !sa.actors_conj(c, true).is_empty()
        })
        && super::enabled("adverbial_event")
}

/// `time_phrase_on_object`: an `event_time_preposition` phrase `x` that the parser hung on
/// the object of a verb, after it ("made [the remarks] [during a visit to Y]", "signed [the
/// loan agreement] [after talks with Y]"), is the verb's adverbial all the same: a time
/// phrase dates the act, not the thing acted on. Returns the object, past which
/// `clause_agents` climbs to the verb (an event noun as the object, "signed [the
/// agreement]", would otherwise keep the phrase as its own).
fn object_time_phrase(sa: &SentenceActors<'_, '_>, x: usize) -> Option<usize> {
    let p = sa.p;
    let o = p.head(x)?;
    (p.rel(x) == DepRel::Nmod
        && o < x
        && p.rel(o) == DepRel::Obj
        && p.head(o).is_some_and(|g| p.upos[g] == Upos::Verb)
        && sa.case_in(x, WordClass::EventTimePreposition)
        && super::enabled("time_phrase_on_object"))
    .then_some(o)
}

/// `adverbial_visit`: "During a visit to Cairo, X met Y", "X spoke to reporters during a
/// trip to Japan": a meeting noun (a `meets` trigger, not a `gathering_noun`) in a
/// `presence_preposition` phrase, with the other side in its frame's own phrase ("a visit
/// to", "a tour of"), places the clause subject at the meeting: the subject is the
/// visitor. Only "during": after "amid" or "after" a visit may be anyone's ("China
/// launched drills amid a visit to Taiwan"), and a visit with its own visitor keeps it
/// ("during a visit to Taiwan by X", `noun_author`, first).
fn attended_meeting(sa: &SentenceActors<'_, '_>, noun: usize, x: usize, c: usize) -> bool {
    let (p, lex) = (sa.p, sa.lex);
    sa.case_in(x, WordClass::PresencePreposition)
        && !lex.words.has(WordClass::GatheringNoun, &p.lemmas[noun])
        && lex
            .triggers
            .get(&p.lemmas[noun], TriggerPos::Noun)
            .is_some_and(|t| {
                t.class == Some(RelationKind::Meets)
                    && p.case_of(c).is_some_and(|k| t.frame.takes(&k))
            })
        && super::enabled("adverbial_visit")
}

/// Is the noun at `i` a relation trigger (its own or its verb's)?
fn is_trigger_noun(lex: &Lexicon, p: &Parsed<'_>, i: usize) -> bool {
    let lemma = p.lemmas[i].as_str();
    lex.triggers
        .get(lemma, TriggerPos::Noun)
        .or_else(|| lex.triggers.get(&p.lower[i], TriggerPos::Noun))
        .or_else(|| lex.triggers.get(lemma, TriggerPos::Verb))
        .is_some_and(|t| t.class.is_some())
}

/// The subject of the clause an event noun sits in: climbs prepositional phrases, and
/// objects of support verbs ("held talks"), to the first predicate with a subject; with
/// `advocated`, also objects of advocacy verbs ("demanded sanctions on X"). Returns the
/// actors and the number of steps climbed.
fn clause_agents(sa: &SentenceActors<'_, '_>, noun: usize, advocated: bool) -> (Vec<usize>, usize) {
    let (p, lex) = (sa.p, sa.lex);
    let mut x = noun;
    // "launched drone and missile attacks on X": the parser makes the event noun a
    // conjunct of the first modifier, the verb's object, which takes the noun's place in
    // the clause (construction `conjunct_event_noun`); a conjunct of a noun in another
    // place ("assistance for X, including shelter, food and medical supplies for Y") is
    // part of a list, not the verb's event
    if p.rel(x) == DepRel::Conj
        && p.head(x)
            .is_some_and(|g| g < x && p.upos[g] == Upos::Noun && p.rel(g) == DepRel::Obj)
        && super::enabled("conjunct_event_noun")
    {
        x = p.head(x).unwrap_or(x);
    }
    for step in 0..5 {
        let Some(g) = p.head(x) else {
            return (Vec::new(), step);
        };
        // (a time phrase hung on the verb's object: on to the verb, past the object)
        if adverbial_event(sa, noun, x) && object_time_phrase(sa, x).is_some() {
            x = g;
            continue;
        }
        match p.rel(x) {
            // the event as the object: only of a verb that carries it out ("held talks"),
            // not one that refuses it ("rejected talks"); deeper in the clause, any verb
            // that is not denied ("negotiated a deal on the strength of ties with X");
            // at the first step the event noun itself is what the verb carries out
            DepRel::Obj => {
                let event = if step == 0 { noun } else { x };
                let support = lex.words.has(WordClass::SupportVerb, &p.lemmas[g])
                    || carries_out(lex, p, g, event)
                    || sa.legal_instigation(g, event)
                    || (advocated && lex.words.has(WordClass::AdvocacyVerb, &p.lemmas[g]));
                if (step == 0 && !support && p.upos[g] == Upos::Verb && p.rel(g) != DepRel::Acl)
                    || sa.denied(g)
                {
                    return (Vec::new(), step);
                }
            }
            // "at odds over the war", "talked about the fighting": a topic, not an event
            // the subject takes part in (but see `adverbial_event`)
            DepRel::Obl | DepRel::Nmod
                if sa.case_in(x, WordClass::TopicPreposition) && !adverbial_event(sa, noun, x) =>
            {
                return (Vec::new(), step);
            }
            DepRel::Obl | DepRel::Nmod | DepRel::Xcomp | DepRel::Acl => {}
            _ => return (Vec::new(), step),
        }
        // "his opposition to the war on Iraq": an event named inside another event
        // noun's phrase belongs to that noun, not to the clause
        if matches!(p.upos[g], Upos::Noun) && is_trigger_noun(lex, p, g) {
            return (Vec::new(), step);
        }
        // "demanded an end to the sanctions on X", "urged the lifting of sanctions on X":
        // the clause wants the event stopped, its subject takes no part in it
        if matches!(p.upos[g], Upos::Noun) && lex.words.has(WordClass::ReducerNoun, &p.lemmas[g]) {
            return (Vec::new(), step);
        }
        // "refused to commit to any assistance to X": the event of a denied clause is
        // denied with it; "pulled out of talks with X": an event a negative governor
        // governs through a preposition is one the subject leaves, not takes part in
        if sa.denied(g) || (p.rel(x) == DepRel::Obl && sa.negative_governor(g)) {
            return (Vec::new(), step);
        }
        let (subj, passive) = sa.subjects(g, 0);
        // "Egypt, which is locked in a dispute with Ethiopia": the passive subject of a
        // participle of involvement takes part in the event its phrase names
        let involved = passive
            && p.rel(x) == DepRel::Obl
            && lex
                .words
                .has(WordClass::InvolvementParticiple, &p.lemmas[g])
            && super::enabled("involvement_participle");
        if !subj.is_empty() && (!passive || involved) {
            let mut out = Vec::new();
            for s in subj {
                push_unique(&mut out, sa.actors_conj(s, true));
            }
            // a subject that names no actor ("the strength of ties") does not stop the
            // climb to the clause's own subject
            if !out.is_empty() {
                return (out, step);
            }
        }
        x = g;
    }
    (Vec::new(), 5)
}

// ---------------------------------------------------------------------------------------
// Lexicon hook: the object senses of `triggers.tsv` tell which verbs carry out the event
// their object noun names ("launch" + "attack", "impose" + "sanctions"), beyond the
// support verbs of `words.tsv`.

/// Whether verb `g` carries out the event its object noun `n` names: an object sense of
/// the verb with this noun states a relation of the noun's own CAMEO root ("launched an
/// attack": 19 and 19; not "condemned the attack": 11). A phrasal verb is read with its
/// particle, the next word on the verb ("wrapped up a visit", "cut short a trip"), as
/// the lexicon's idioms spell it (construction `phrasal_carries_out`).
pub(super) fn carries_out(lex: &Lexicon, p: &Parsed<'_>, g: usize, n: usize) -> bool {
    let root = |code: &str| code.get(..2).map(str::to_string);
    let Some(noun_root) = lex
        .triggers
        .get(&p.lemmas[n], TriggerPos::Noun)
        .or_else(|| lex.triggers.get(&p.lower[n], TriggerPos::Noun))
        .and_then(|t| root(&t.cameo))
    else {
        return false;
    };
    let k = g + 1;
    let phrasal = (k < n
        && p.head(k) == Some(g)
        && matches!(p.upos[k], Upos::Adp | Upos::Adv | Upos::Part | Upos::Adj)
        && super::enabled("phrasal_carries_out"))
    .then(|| format!("{} {}", p.lemmas[g], p.lower[k]));
    let senses = [(p.lemmas[g].clone(), TriggerPos::Verb)]
        .into_iter()
        .chain(phrasal.map(|idiom| (idiom, TriggerPos::Idiom)));
    senses.into_iter().any(|(verb, pos)| {
        [&p.lemmas[n], &p.lower[n]].iter().any(|object| {
            lex.triggers
                .object_sense(&verb, pos, object)
                .is_some_and(|s| s.class.is_some() && root(&s.cameo) == Some(noun_root.clone()))
        })
    })
}

/// "The visit was postponed", "a planned meeting between X and Y was called off", "the
/// cancelled talks with X", "the visit, which was postponed": an event noun that is the
/// subject of a `cancelling_verb`, or that such a verb's participle or clause modifies
/// (also the parser's reading of "X's visit to Y was postponed" with "visit" the root), did
/// not take place (construction `cancelled_event`). Its object is read already: the climb
/// to the clause's subject stops at a verb that does not carry the event out ("postponed
/// the talks").
pub(super) fn cancelled_event(sa: &SentenceActors<'_, '_>, n: usize) -> bool {
    let p = sa.p;
    let cancelling = |g: usize| sa.verb_in(g, WordClass::CancellingVerb) && !sa.denied(g);
    (p.rel(n) == DepRel::Nsubj && p.head(n).is_some_and(cancelling)
        || p.children(n)
            .iter()
            .any(|&c| matches!(p.rel(c), DepRel::Acl | DepRel::Amod) && cancelling(c))
        || p.children(n)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Conj && cancelling(c) && subjectless_passive(sa, c)))
        && super::enabled("cancelled_event")
}

/// The parser's reading of "X's visit to Y has been postponed" with "visit" the root and
/// "postponed" its conjunct: a passive verb (a `passive_auxiliary` among its auxiliaries,
/// which the parser labels `aux` or `aux:pass`) with no subject of its own, whose subject is then
/// the noun it hangs on (`cancelled_event`). A conjunct with a subject ("the visit went
/// ahead and X postponed the talks") says nothing of the noun.
fn subjectless_passive(sa: &SentenceActors<'_, '_>, v: usize) -> bool {
    let p = sa.p;
    let kids = p.children(v);
    kids.iter().any(|&a| {
        matches!(p.rel(a), DepRel::Aux | DepRel::AuxPass)
            && sa.lex.words.has(WordClass::PassiveAuxiliary, &p.lemmas[a])
    }) && !kids
        .iter()
        .any(|&a| matches!(p.rel(a), DepRel::Nsubj | DepRel::NsubjPass))
}

/// "Relations between X and Y have deteriorated", "strained ties with X": a cooperation
/// noun whose predicate or modifier is a `worsened_word` describes a relationship gone
/// bad, no act of cooperation; nor is it one of opposition, which a relationship's state
/// is not (construction `worsened_cooperation`).
fn worsened_cooperation(sa: &SentenceActors<'_, '_>, n: usize, relation: RelationKind) -> bool {
    let (p, words) = (sa.p, &sa.lex.words);
    let worse = |t: usize| words.has(WordClass::WorsenedWord, &p.lemmas[t]);
    relation == RelationKind::Backs
        && super::enabled("worsened_cooperation")
        && (p.rel(n) == DepRel::Nsubj && p.head(n).is_some_and(worse)
            || p.children(n)
                .iter()
                .any(|&c| p.rel(c) == DepRel::Amod && worse(c)))
}

/// `trade_figure`: "X's trade with Y rose to $3bn", "the highest figure for trade with Y",
/// "$20bn in trade with Y": a `commerce_noun` measured states no relation (corpus/GUIDE.md
/// 9.9: trade figures are nothing, a trade deal backs): the subject of a `figure_verb`
/// (or the noun the parser hangs it on), the phrase of a `figure_noun` or of an amount.
/// "X will expand trade with Y" is no figure.
fn trade_figure(sa: &SentenceActors<'_, '_>, n: usize) -> bool {
    let (p, words) = (sa.p, &sa.lex.words);
    if !words.has(WordClass::CommerceNoun, &p.lemmas[n]) || !super::enabled("trade_figure") {
        return false;
    }
    let figure_verb = |v: usize| words.has(WordClass::FigureVerb, &p.lemmas[v]);
    let amount = |h: usize| {
        words.has(WordClass::FigureNoun, &p.lemmas[h])
            || p.children(h).iter().any(|&c| p.rel(c) == DepRel::Nummod)
    };
    (p.rel(n) == DepRel::Nsubj && p.head(n).is_some_and(figure_verb))
        || p.children(n)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Acl && figure_verb(c))
        || (p.rel(n) == DepRel::Nmod && p.head(n).is_some_and(amount))
}

/// "X has the backing of Y", "X won Y's support", "X drew the condemnation of Y": the
/// object of an `undergoing_verb` is done to the verb's subject by the noun's own "of"
/// phrase or possessor (the noun's frame would read the "of" phrase as its target, and the
/// light verb's subject as its agent: "X backs Y"). Pushes those statements and returns
/// true when the noun has such an author; with no actor as the subject, it states
/// nothing (construction `undergone_event`).
fn undergone_event(
    sa: &SentenceActors<'_, '_>,
    n: usize,
    base: &Found,
    out: &mut Vec<Found>,
) -> bool {
    let p = sa.p;
    let Some(g) = p.head(n) else {
        return false;
    };
    if base.relation == RelationKind::Meets {
        return false;
    }
    let agents = undergone_authors(sa, n);
    if agents.is_empty() {
        return false;
    }
    if let Some(targets) = sa.active_subject_actors(g).filter(|_| !sa.denied(g)) {
        push_pairs(out, &agents, &targets, base);
    }
    true
}

/// The authors of the event noun `n` when it is the object of an `undergoing_verb`
/// (`undergone_event`): the actors of its possessor, its "of" phrase or its author phrase
/// ("from Y"); none otherwise.
fn undergone_authors(sa: &SentenceActors<'_, '_>, n: usize) -> Vec<usize> {
    let p = sa.p;
    let mut agents = Vec::new();
    // ("won its lawsuit against Y": the winner brought it, `legal_act_instigator`)
    if p.rel(n) != DepRel::Obj
        || !p.head(n).is_some_and(|g| {
            sa.lex.words.has(WordClass::UndergoingVerb, &p.lemmas[g]) && !sa.legal_instigation(g, n)
        })
        || !super::enabled("undergone_event")
    {
        return agents;
    }
    for &c in p.children(n) {
        if p.is_rel(c, DepRel::NmodPoss) {
            // a possessor is read as `noun_modifier` reads it
            for x in p.with_conjuncts(c) {
                push_unique(&mut agents, sa.actors_at(x).iter().copied());
            }
        } else if c > n
            && p.rel(c) == DepRel::Nmod
            && (sa.case_in(c, WordClass::NounComplementPreposition)
                || sa.case_in(c, WordClass::EventAuthorPreposition))
        {
            // "won the backing of Y", "drew criticism from Y"
            push_unique(&mut agents, sa.actors_conj(c, true));
        }
    }
    agents
}

/// "X received Y's support": an `undergoing_verb` whose object is an event noun of
/// backing or opposition with an author leaves the event to the noun
/// (`undergone_event`), whatever sense the verb has with any object ("receive" is
/// hosting a visit: "received the delegation").
pub(super) fn undergone_object(sa: &SentenceActors<'_, '_>, v: usize) -> bool {
    let p = sa.p;
    p.children(v).iter().any(|&n| {
        matches!(p.upos[n], Upos::Noun)
            && sa
                .lex
                .triggers
                .get(&p.lemmas[n], TriggerPos::Noun)
                .and_then(|t| t.class)
                .is_some_and(|c| c != RelationKind::Meets)
            && !undergone_authors(sa, n).is_empty()
    })
}

/// An event noun: "talks with X", "U.S. aid to X", "acrimony between X and Y".
pub(super) fn event_noun(
    sa: &SentenceActors<'_, '_>,
    n: usize,
    trigger: &Trigger,
    base: &Found,
    out: &mut Vec<Found>,
) {
    if sa.negated(n)
        || cancelled_event(sa, n)
        || worsened_cooperation(sa, n, base.relation)
        || trade_figure(sa, n)
        || undergone_event(sa, n, base, out)
    {
        return;
    }
    let en = EventNoun {
        sa,
        n,
        trigger,
        relation: base.relation,
    };
    let mut target_tokens = sa.frame_targets(n, trigger);
    target_tokens.extend(elliptic_phrases(sa, n, trigger));
    if target_tokens.is_empty() {
        target_tokens = first_step(NOUN_TARGET_FALLBACKS, &en).unwrap_or_default();
    }
    // "the Russia-Ukraine talks": a pair of sides in front of a noun that states a
    // relation between two sides reads as "talks between Russia and Ukraine"
    let pair = (target_tokens.is_empty()
        && trigger.frame.mutual
        && trigger.frame.takes("between")
        && super::enabled(super::hyphen_pair::STEP))
    .then(|| super::hyphen_pair::sides(sa, n))
    .flatten();
    // "a merger of X and Y": the pair joined, as "a merger between X and Y" states it
    let pair = pair.or_else(|| joined_pair(sa, n, trigger, base.relation, &target_tokens));
    let between = pair.is_some() || sa.between(&target_tokens);
    let mut targets = Vec::new();
    for &t in &target_tokens {
        push_unique(&mut targets, sa.actors_conj(t, true));
    }
    if target_tokens.is_empty() {
        targets.extend(first_step(NOUN_TARGET_ACTOR_FALLBACKS, &en).unwrap_or_default());
    }
    if between {
        let from_pair = pair.is_some();
        let set = match pair {
            Some(set) => set,
            None => sa.between_set(&target_tokens, targets),
        };
        // "China's mediation between X and Y", "hosted talks between X and Y": the
        // mediator meets each side; the sides of talks meet each other, of a mediation not
        let (p, words) = (sa.p, &sa.lex.words);
        let mediation = words.has(WordClass::MediationWord, &p.lemmas[n]);
        // the verb that carries the noun as its object: its subject hosts or brokers
        // ("hosted the US - Iran talks": the parser may take the pair's first part for
        // the object and hang the noun on the verb as a bare oblique)
        let object = p.rel(n) == DepRel::Obj
            || (from_pair && p.rel(n) == DepRel::Obl && p.case_of(n).is_none());
        // "mediated a new round of talks between X and Y": the verb takes the measure
        // noun that counts the talks
        let (object, held) = match p.head(n) {
            Some(m)
                if !object
                    && p.rel(n) == DepRel::Nmod
                    && p.rel(m) == DepRel::Obj
                    && words.has(WordClass::MeasureNoun, &p.lemmas[m]) =>
            {
                (true, m)
            }
            _ => (object, n),
        };
        let carrier = p.head(held).filter(|&g| {
            object && p.upos[g] == Upos::Verb && words.has(WordClass::MediationWord, &p.lemmas[g])
        });
        let mut mediators = Vec::new();
        if let Some(g) = carrier {
            mediators = sa.active_subject_actors(g).unwrap_or_default();
        } else if mediation
            && let Some(Agency::Agents { actors, .. }) = first_step(NOUN_AGENT_STEPS, &en)
        {
            mediators = actors;
        }
        super::verbs::mediator_meets_each(out, &mediators, &set, base);
        if !mediation {
            push_mutual(sa, out, &set, base);
        }
        return;
    }
    match first_step(NOUN_AGENT_STEPS, &en) {
        None | Some(Agency::Nobody) => {}
        Some(Agency::Reduced { actors, verb }) => {
            let code = sa.lex.constructions.get(Construction::ReducedCooperation);
            let reduced = Found {
                relation: code.relation,
                symmetric: false,
                trigger: (verb.min(n), verb.max(n) + 1),
                cameo: code.cameo.to_string(),
                goldstein: code.goldstein,
                class: crate::TriggerClass::Event,
                ..base.clone()
            };
            push_pairs(out, &actors, &targets, &reduced);
        }
        // "Qatar and Egypt held talks" states both sides; "X and Y seek an end to the
        // fighting" does not make X and Y the ones fighting
        Some(Agency::Agents { actors, near }) => {
            if targets.is_empty() && trigger.frame.mutual && actors.len() >= 2 {
                if near {
                    push_mutual(sa, out, &actors, base);
                }
            } else if reciprocal_noun(sa, trigger, base, &target_tokens) {
                for &a in &actors {
                    for &t in &targets {
                        push_mutual(sa, out, &[a, t], base);
                    }
                }
            } else {
                push_pairs(out, &actors, &targets, base);
            }
        }
    }
}

/// `joined_pair`: "a merger of X and Y", "an alliance of X and Y": a mutual event noun
/// whose frame takes "between" and that has no phrase of its frame joins the two actors or
/// more of its `joined_pair_preposition` phrase, a coordination, as "between X and Y" does.
/// One actor there is an author or an owner ("the alliance of X with Y"), no pair; nor
/// is a meeting's "of" phrase ("meetings of the G7 and the WTO" are each one's own).
fn joined_pair(
    sa: &SentenceActors<'_, '_>,
    n: usize,
    trigger: &Trigger,
    relation: RelationKind,
    target_tokens: &[usize],
) -> Option<Vec<usize>> {
    let p = sa.p;
    if !target_tokens.is_empty()
        || relation != RelationKind::Backs
        || !trigger.frame.mutual
        || !trigger.frame.takes("between")
        || !super::enabled("joined_pair")
    {
        return None;
    }
    p.children(n).iter().copied().find_map(|c| {
        let set = (c > n
            && p.rel(c) == DepRel::Nmod
            && sa.case_in(c, WordClass::JoinedPairPreposition)
            && !p.conjuncts(c).is_empty())
        .then(|| sa.actors_conj(c, true))?;
        (set.len() >= 2).then_some(set)
    })
}

/// `reciprocal_noun`: a mutual hostile event noun whose other side stands in a reciprocal
/// phrase ("after clashes with the army", "in a gun battle with police", "fighting with
/// Y") is done by both sides, as the verb's "X clashed with Y" is
/// (`reciprocal_object`): each side opposes the other. One-way nouns ("an attack on Y",
/// "sanctions against Y") and friendly ones ("cooperation with Y") stay one way.
fn reciprocal_noun(
    sa: &SentenceActors<'_, '_>,
    trigger: &Trigger,
    base: &Found,
    target_tokens: &[usize],
) -> bool {
    let p = sa.p;
    trigger.frame.mutual
        && base.relation == RelationKind::Opposes
        && !target_tokens.is_empty()
        && target_tokens.iter().all(|&t| {
            matches!(p.rel(t), DepRel::Obl | DepRel::Nmod)
                && sa.case_in(t, WordClass::ReciprocalPreposition)
        })
        && super::enabled("reciprocal_noun")
}

/// The names of every step of this file, for the tests.
#[cfg(test)]
pub(super) fn step_names() -> Vec<&'static str> {
    NOUN_TARGET_FALLBACKS
        .iter()
        .chain(NOUN_TARGET_ACTOR_FALLBACKS)
        .map(|s| s.0)
        .chain(NOUN_AGENT_STEPS.iter().map(|s| s.0))
        // the readings outside the step lists, named for their rows
        .chain([
            "conjunct_event_noun",
            "involvement_participle",
            "worsened_cooperation",
            "reduced_complement",
            "withdrawn_from",
            "undergone_event",
            "cancelled_event",
            "of_author",
            "adverbial_event",
            "adverbial_visit",
            "time_phrase_on_object",
            "reciprocal_noun",
            "dated_time_phrase",
            "elliptic_phrase",
            "joined_pair",
            "trade_figure",
            "legal_act_instigator",
            "requested_from",
            "author_on_verb",
            "person_compound_patient",
            "venue_modifier",
        ])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};
    use super::step_names;

    // "with Croatian officials" attached to the verb, a day between it and the noun
    const HIGHER: &str = "
1 Serbia Serbia PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 conducted conduct VERB VBD _ 0 root _ _
3 talks talk NOUN NNS _ 2 obj _ _
4 Tuesday Tuesday PROPN NNP _ 2 obl:tmod _ _
5 with with ADP IN _ 7 case _ _
6 Croatian Croatian ADJ JJ _ 7 amod _ Entity=B-MISC
7 officials official NOUN NNS _ 2 obl _ _
8 . . PUNCT . _ 2 punct _ _
";

    // the parser's reading of "placed Y under house arrest" with Y a compound of "arrest"
    const HOUSE_ARREST: &str = "
1 Kofi Kofi PROPN NNP _ 3 nsubj _ Entity=B-PER
2 Mensah Mensah PROPN NNP _ 1 flat _ Entity=I-PER
3 placed place VERB VBD _ 0 root _ _
4 Ama Ama PROPN NNP _ 8 compound _ Entity=B-PER
5 Boateng Boateng PROPN NNP _ 4 flat _ Entity=I-PER
6 under under ADP IN _ 8 case _ _
7 house house NOUN NN _ 8 compound _ _
8 arrest arrest NOUN NN _ 3 obl _ _
9 . . PUNCT . _ 3 punct _ _
";

    // "pounds" read by the verb "pound"'s entry; "on Croatia" hung on the author's name
    const POUNDS: &str = "
1 Donations donation NOUN NNS _ 10 nsubj:pass _ _
2 of of ADP IN _ 3 case _ _
3 pounds pound NOUN NNS _ 1 nmod _ _
4 5,000 5000 NUM CD _ 3 nummod _ _
5 from from ADP IN _ 6 case _ _
6 Serbia Serbia PROPN NNP _ 3 nmod _ Entity=B-LOC
7 on on ADP IN _ 8 case _ _
8 Croatia Croatia PROPN NNP _ 6 nmod _ Entity=B-LOC
9 were be AUX VBD _ 10 aux:pass _ _
10 declared declare VERB VBN _ 0 root _ _
11 . . PUNCT . _ 10 punct _ _
";

    const ROWS: &[Row] = &[
        // an event noun held in a relative clause of a support verb: its subject holds
        // it, its phrase names the other side (`relative_support_clause`)
        Row::model(
            "relative_clause_subject",
            "Jane Holt refused to discuss the meeting that Mark Reid had with Tom Ellis.",
            &["Mark Reid -meets/sym-> Tom Ellis [meeting]"],
        ),
        Row::model(
            "relative_clause_phrase",
            "The talks that Norway held with Sweden in Oslo ended without a deal.",
            &["Norway -meets/sym-> Sweden [talks]"],
        ),
        // the noun's own clause, with a relative pronoun for its subject; a denied one
        Row::model(
            "-",
            "The talks that began with Sweden in Oslo ended without a deal.",
            &[],
        ),
        Row::model(
            "-",
            "Jane Holt denied the meeting that Mark Reid never had with Tom Ellis.",
            &[],
        ),
        // hostile events with their sides where the parser or the clause hides them
        Row::model(
            "target_on_author",
            "Air strikes by Serbia against the Houthis resumed on Tuesday after a two-week pause.",
            &["Serbia -opposes-> Houthis [Air strikes]"],
        ),
        // a noun read only by its verb's entry takes no target from the author's name
        Row::gold(
            "-",
            "Donations of pounds 5,000 from Serbia on Croatia were declared.",
            &[POUNDS],
            &[],
        ),
        Row::model(
            "exposure_author",
            "A Serbian convoy came under fire from Croatian forces near Vukovar.",
            &["Croatia -opposes-> Serbia [fire]"],
        ),
        Row::model(
            "exposed_subject",
            "Serbian positions came under heavy attack by Croatia on Monday.",
            &["Croatia -opposes-> Serbia [attack]"],
        ),
        Row::model(
            "exposed_subject",
            "Serbia was under attack from Croatia all week.",
            &["Croatia -opposes-> Serbia [attack]"],
        ),
        Row::model(
            "exposed_subject",
            "Serbian troops came under Croatian fire near Vukovar.",
            &["Croatia -opposes-> Serbia [fire]"],
        ),
        // exposed to no one named: the subject is not the attacker
        Row::model("-", "Serbia came under fire over its budget.", &[]),
        Row::model(
            "-",
            "Serbian troops came under attack near Vukovar on Monday.",
            &[],
        ),
        // a mutual hostile noun's "with" phrase: both sides fight (`reciprocal_noun`)
        Row::model(
            "reciprocal_noun",
            "Serbia seized the village after clashes with Croatia.",
            &["Serbia -opposes/sym-> Croatia [clashes]"],
        ),
        Row::model(
            "reciprocal_noun",
            "Serbia regained the village after a gun battle with Croatia.",
            &["Serbia -opposes/sym-> Croatia [battle]"],
        ),
        // one-way and friendly nouns stay one way
        Row::model(
            "-",
            "Serbia launched an attack on Croatia.",
            &["Serbia -opposes-> Croatia [launched an attack]"],
        ),
        Row::model(
            "-",
            "Serbia praised its cooperation with Croatia.",
            &["Serbia -backs-> Croatia [cooperation]"],
        ),
        // the noun is the subject of a verb of occurrence, its phrases the verb's
        Row::model(
            "occurrence_subject",
            "Heavy fighting broke out on Tuesday between Serbia and Croatia.",
            &["Serbia -opposes/sym-> Croatia [fighting]"],
        ),
        Row::model(
            "occurrence_subject",
            "Fresh clashes erupted near the border between the Serbian army and Croatia.",
            &["Serbia -opposes/sym-> Croatia [clashes]"],
        ),
        Row::model(
            "occurrence_subject",
            "Fierce fighting continued between Serbian and Croatian forces near Vukovar.",
            &["Serbia -opposes/sym-> Croatia [fighting]"],
        ),
        Row::model(
            "-",
            "Fighting broke out on Tuesday between two villages in Serbia.",
            &[],
        ),
        Row::model(
            "-",
            "The fighting broke the truce between Serbia and Croatia.",
            &[],
        ),
        // the possessor of a patient noun is whom the event is done to
        Row::model(
            "patient_possessor",
            "Serbia requested Ratko Mladic's extradition.",
            &["Serbia -opposes-> Ratko Mladic [extradition]"],
        ),
        Row::model(
            "patient_possessor",
            "Chile asked for Alberto Fujimori's extradition.",
            &["Chile -opposes-> Alberto Fujimori [extradition]"],
        ),
        Row::model("-", "Serbia condemned Ratko Mladic's extradition.", &[]),
        Row::model(
            "-",
            "Serbian police said reports of Ratko Mladic's detention were false.",
            &[],
        ),
        Row::model(
            "-",
            "Serbia has not requested Ratko Mladic's extradition.",
            &[],
        ),
        // a time phrase dated by a day's name before the target phrase hung on the verb
        Row::model(
            "dated_time_phrase",
            "Serbia resumed its attack on Monday morning on Croatian positions near Knin.",
            &["Serbia -opposes-> Croatia [attack]"],
        ),
        Row::model(
            "-",
            "Serbia resumed its attack on Monday morning on the outskirts of Vukovar.",
            &[],
        ),
        // a second phrase of the noun coordinated with it, the noun left out
        Row::model(
            "elliptic_phrase",
            "Serbian forces launched raids on the airport and on Croatian army positions near Knin.",
            &["Serbia -opposes-> Croatia [raids]"],
        ),
        Row::model(
            "-",
            "Serbian forces launched raids on the airport and on the port near Knin.",
            &[],
        ),
        Row::gold(
            "phrase_attached_higher",
            "Serbia conducted talks Tuesday with Croatian officials.",
            &[HIGHER],
            &["Serbia -meets/sym-> Croatia [talks]"],
        ),
        // a participle that puts the noun on its target; its "by" phrase the author
        Row::model(
            "imposing_participle",
            "The sanctions imposed on Serbia by Croatia ended in May.",
            &["Croatia -opposes-> Serbia [sanctions]"],
        ),
        Row::model(
            "imposing_participle",
            "Hungary extended the embargo imposed on Serbia.",
            &["Hungary -opposes-> Serbia [embargo]"],
        ),
        Row::model(
            "-",
            "The sanctions imposed on the company ended in May.",
            &[],
        ),
        // the noun as the passive subject of the verb that carries it out: the verb's
        // phrases are the noun's, its "by" phrase the noun's author
        Row::model(
            "passive_support_phrase",
            "Fresh sanctions were imposed on Serbia by Croatia on Monday.",
            &["Croatia -opposes-> Serbia [sanctions]"],
        ),
        Row::model(
            "passive_support_phrase",
            "Direct talks were held between Serbia and Croatia in Vienna.",
            &["Serbia -meets/sym-> Croatia [talks]"],
        ),
        Row::model(
            "passive_support_agent",
            "An arms embargo was imposed on Serbia by Hungary.",
            &["Hungary -opposes-> Serbia [embargo]"],
        ),
        Row::model(
            "passive_support_agent",
            "The border agreement was signed in Vienna by Serbia and Croatia.",
            &["Serbia -backs/sym-> Croatia [agreement]"],
        ),
        Row::model(
            "passive_support_agent",
            "A new trade deal was reached by Serbia and Hungary on Friday.",
            &["Serbia -backs/sym-> Hungary [deal]"],
        ),
        // no doer named, the act denied, a verb with a relation of its own
        Row::model(
            "-",
            "Fresh sanctions were imposed on Serbia on Monday.",
            &[],
        ),
        Row::model(
            "-",
            "The agreement was never signed by Serbia and Croatia.",
            &[],
        ),
        Row::model(
            "-",
            "The sanctions on Serbia were criticised by the Vatican.",
            &[],
        ),
        // a participle that aims the noun: its object or "at" phrase is the target
        Row::model(
            "aiming_participle",
            "Serbia launched strikes targeting Croatia on Monday.",
            &["Serbia -opposes-> Croatia [strikes]"],
        ),
        Row::model(
            "aiming_participle",
            "Hungary announced new sanctions aimed at Serbia.",
            &["Hungary -opposes-> Serbia [sanctions]"],
        ),
        Row::model("-", "Serbia launched strikes targeting bridges.", &[]),
        // an event the subject undergoes, done by the noun's "of" phrase or possessor
        Row::model(
            "undergone_event",
            "Dodik has the backing of Serbia and Hungary.",
            &[
                "Serbia -backs-> Dodik [backing]",
                "Hungary -backs-> Dodik [backing]",
            ],
        ),
        Row::model(
            "undergone_event",
            "Croatia drew the condemnation of Serbia.",
            &["Serbia -opposes-> Croatia [condemnation]"],
        ),
        Row::model(
            "undergone_event",
            "Montenegro won Serbia's support.",
            &["Serbia -backs-> Montenegro [support]"],
        ),
        Row::model(
            "undergone_event",
            "Montenegro received Germany's support for its bid.",
            &["Germany -backs-> Montenegro [support]"],
        ),
        Row::model(
            "-",
            "Montenegro received strong support from Serbia.",
            &["Serbia -backs-> Montenegro [support]"],
        ),
        Row::model(
            "-",
            "Montenegro received the delegation from Serbia.",
            &["Montenegro -meets/sym-> Serbia [received]"],
        ),
        Row::model("-", "Montenegro denied it had won Serbia's support.", &[]),
        // "X thanked Y for its aid to Z": the thanked did the event
        Row::model(
            "thanked_agent",
            "Serbia thanked Croatia and Hungary for the aid to Bosnia.",
            &[
                "Serbia -backs-> Croatia [thanked]",
                "Serbia -backs-> Hungary [thanked]",
                "Croatia -backs-> Bosnia and Herzegovina [aid]",
                "Hungary -backs-> Bosnia and Herzegovina [aid]",
            ],
        ),
        Row::model(
            "-",
            "Serbia thanked Croatia for its support.",
            &["Serbia -backs-> Croatia [thanked]"],
        ),
        Row::model("-", "Serbia thanked the audience for their support.", &[]),
        Row::model("-", "Serbia did not thank Croatia for its support.", &[]),
        // an event put off or cancelled did not take place
        Row::model(
            "cancelled_event",
            "A planned meeting between Serbia and Croatia was called off.",
            &[],
        ),
        Row::model(
            "cancelled_event",
            "Talks between Serbia and Croatia were postponed until May.",
            &[],
        ),
        Row::model(
            "cancelled_event",
            "Milorad Dodik's visit to Croatia has been postponed until June.",
            &[],
        ),
        Row::model(
            "-",
            "Milorad Dodik's visit to Croatia has been extended until June.",
            &["Milorad Dodik -meets/sym-> Croatia [visit]"],
        ),
        Row::model(
            "-",
            "Talks between Serbia and Croatia ended without agreement.",
            &["Serbia -meets/sym-> Croatia [Talks]"],
        ),
        // "the visit of Y to X": the "of" phrase of a meeting or backing noun is its author
        Row::model(
            "of_author",
            "The visit of Milorad Dodik to Croatia lasted two days.",
            &["Milorad Dodik -meets/sym-> Croatia [visit]"],
        ),
        Row::model(
            "of_author",
            "The support of Hungary for Serbia was decisive.",
            &["Hungary -backs-> Serbia [support]"],
        ),
        // not the "of" phrase of a hostile noun: whom the event is done to
        Row::model(
            "-",
            "Croatia condemned the expulsion of Serbia from the Council of Europe.",
            &[
                "Croatia -opposes-> Serbia [condemned]",
                "Council of Europe -opposes-> Serbia [expulsion]",
            ],
        ),
        Row::model("-", "The plan has the backing of Serbia.", &[]),
        // cooperation cut through the object's complement: an amount, a delivery
        Row::model(
            "reduced_complement",
            "Croatia has frozen 30m euros of military aid to Serbia.",
            &["Croatia -opposes-> Serbia [frozen 30m euros of military aid]"],
        ),
        Row::model(
            "reduced_complement",
            "Croatia suspended the delivery of aid to Serbia.",
            &["Croatia -opposes-> Serbia [suspended the delivery of aid]"],
        ),
        Row::model(
            "-",
            "Croatia doubled the delivery of aid to Serbia.",
            &["Croatia -backs-> Serbia [aid]"],
        ),
        // a cooperation left through a verb of withdrawing from a commitment
        // (`withdrawal_phrase`): cut by the subject, not given
        Row::model(
            "withdrawn_from",
            "Croatia pulled out of its gas deal with Serbia on Monday.",
            &["Croatia -opposes-> Serbia [pulled out of its gas deal]"],
        ),
        Row::model(
            "withdrawn_from",
            "Croatia reneged on the trade agreement with Serbia.",
            &["Croatia -opposes-> Serbia [reneged on the trade agreement]"],
        ),
        Row::model(
            "withdrawn_from",
            "Croatia went back on its accord with Serbia within a week.",
            &["Croatia -opposes-> Serbia [went back on its accord]"],
        ),
        Row::model("-", "Croatia pulled out of the town of Vukovar.", &[]),
        Row::model(
            "-",
            "Croatia did not pull out of its gas deal with Serbia.",
            &[],
        ),
        // a relationship gone bad is no cooperation, nor an act against anyone
        Row::model(
            "worsened_cooperation",
            "Relations between Serbia and Croatia have deteriorated sharply since May.",
            &[],
        ),
        Row::model(
            "worsened_cooperation",
            "Serbia's strained ties with Croatia worried the region.",
            &[],
        ),
        Row::model(
            "-",
            "Relations between Serbia and Croatia have improved.",
            &["Serbia -backs/sym-> Croatia [Relations]"],
        ),
        // an event noun the parser made a conjunct of the modifier before it
        Row::model(
            "conjunct_event_noun",
            "Moscow has launched daily drone and missile attacks on Ukraine.",
            &["Russia -opposes-> Ukraine [attacks]"],
        ),
        // the passive subject of a participle of involvement takes part in the event
        Row::model(
            "involvement_participle",
            "Serbia, which is locked in a dispute with Croatia over fishing rights, recalled its envoy.",
            &["Serbia -opposes/sym-> Croatia [dispute]"],
        ),
        Row::model(
            "involvement_participle",
            "Serbia has been mired in a row with Croatia since May.",
            &["Serbia -opposes/sym-> Croatia [row]"],
        ),
        Row::model(
            "involvement_participle",
            "Serbia is embroiled in a bitter feud with Croatia over the border.",
            &["Serbia -opposes/sym-> Croatia [feud]"],
        ),
        Row::model(
            "-",
            "Serbia was not involved in the talks with Croatia.",
            &[],
        ),
        // a generic act aimed "against" someone is hostile; alone, or on a topic, nothing
        Row::model(
            "-",
            "Serbia took military action against Croatia.",
            &["Serbia -opposes-> Croatia [action]"],
        ),
        Row::model(
            "-",
            "Serbia carried out reprisals against Croatia.",
            &["Serbia -opposes-> Croatia [reprisals]"],
        ),
        Row::model("-", "Serbia took action on climate change.", &[]),
        // the instrument of a passive is done to its subject, by the noun's "by" phrase
        Row::model(
            "instrument_of_passive",
            "Serbia was hit with new sanctions by Croatia.",
            &["Croatia -opposes-> Serbia [sanctions]"],
        ),
        Row::model(
            "instrument_of_passive",
            "Belarus was slapped with an arms embargo by Poland.",
            &["Poland -opposes-> Belarus [embargo]"],
        ),
        Row::model("-", "Serbia was pleased with the sanctions.", &[]),
        Row::model(
            "noun_mandate_subject",
            "Hungary issued a demand that Croatia release the detained fishermen.",
            &["Hungary -opposes-> Croatia [demand]"],
        ),
        // a clause stating what is so is no mandate
        Row::model(
            "-",
            "Hungary's demand that Croatia had ignored was modest.",
            &[],
        ),
        Row::model(
            "name_after_noun",
            "Norway pledged military aid to war-torn Mali.",
            &["Norway -backs-> Mali [military aid]"],
        ),
        Row::model(
            "noun_modifier",
            "Russian aid to Serbia increased.",
            &["Russia -backs-> Serbia [aid]"],
        ),
        Row::model(
            "noun_author",
            "Attacks by Serbia on Croatian towns continued.",
            &["Serbia -opposes-> Croatia [Attacks]"],
        ),
        Row::model(
            "noun_author",
            // the author hung off the target name
            "The airstrikes on Croatia by Serbia killed ten people.",
            &["Serbia -opposes-> Croatia [airstrikes]"],
        ),
        Row::model(
            "noun_author",
            // the author, not the clause's subject, gives the aid
            "Hungary praised the military aid to Croatia from Austria.",
            &["Austria -backs-> Croatia [military aid]"],
        ),
        Row::model(
            "reduced_cooperation",
            // (a verb the object senses of triggers.tsv do not pair with "aid")
            "Hungary suspended military aid to Serbia.",
            &["Hungary -opposes-> Serbia [suspended military aid]"],
        ),
        Row::model(
            "reduced_own_cooperation",
            "Hungary halted its funding for Serbia on Friday.",
            &["Hungary -opposes-> Serbia [halted its funding]"],
        ),
        Row::model(
            "reduced_own_cooperation",
            "Austria has suspended its military aid to Croatia.",
            &["Austria -opposes-> Croatia [suspended its military aid]"],
        ),
        Row::model(
            "reduced_own_cooperation",
            // a cut denied: neither the cut nor the aid
            "Hungary did not halt its funding for Serbia.",
            &[],
        ),
        // not a reducer verb: the owner's cooperation
        Row::model(
            "-",
            "Hungary resumed its funding for Serbia.",
            &["Hungary -backs-> Serbia [funding]"],
        ),
        Row::model(
            "copular_subject",
            "Serbia has been in close talks with Croatia.",
            &["Serbia -meets/sym-> Croatia [talks]"],
        ),
        Row::model(
            "clause_subject",
            "Serbia arrived in Zagreb for talks with Croatia.",
            &["Serbia -meets/sym-> Croatia [talks]"],
        ),
        // a signed agreement is cooperation of both sides
        Row::model(
            "-",
            "Poland and Hungary signed a trade agreement in May.",
            &["Poland -backs/sym-> Hungary [agreement]"],
        ),
        Row::model(
            "-",
            "Serbia signed a peace deal with Croatia on Monday.",
            &["Serbia -backs-> Croatia [deal]"],
        ),
        // a shareholding is investment in the company
        Row::model(
            "-",
            "Austria's stake in Slovenia rose to 20%.",
            &["Austria -backs-> Slovenia [stake]"],
        ),
        Row::model(
            "-",
            "Hungary holds a large stake in Croatia.",
            &["Hungary -backs-> Croatia [stake]"],
        ),
        // business (eval/challenge/biz5.tsv): a share bought in X, a joint venture formed
        // with X (material cooperation); a licence or permit of X taken away (reduced
        // relations, the owner read through "of" or the possessive)
        Row::model(
            "-",
            "Austria agreed to buy a 20% stake in Slovenia.",
            &["Austria -backs-> Slovenia [stake]"],
        ),
        Row::model(
            "-",
            "Hungary acquired a holding in Croatia.",
            &["Hungary -backs-> Croatia [acquired a holding]"],
        ),
        Row::model(
            "-",
            "Austria agreed to form a joint venture with Slovenia.",
            &["Austria -backs-> Slovenia [joint venture]"],
        ),
        Row::model(
            "-",
            "Serbia revoked the licence of Gazprom.",
            &["Serbia -opposes-> Gazprom [revoked the licence]"],
        ),
        Row::model(
            "-",
            "Serbia suspended Gazprom's permit.",
            &["Serbia -opposes-> Gazprom [suspended Gazprom's permit]"],
        ),
        Row::model("-", "Serbia revoked the licence of a driver.", &[]),
        // trigger18: a merger or tie-up with X (061, mutual), a shareholder or investor in X
        // (061, the agent the noun names), relief sent to X (aid, 070); relief as a mood
        // names no one
        Row::model(
            "-",
            "Austria announced its merger with Slovenia on Monday.",
            &["Austria -backs-> Slovenia [merger]"],
        ),
        Row::model(
            "-",
            "Gazprom, the largest shareholder in Rosneft, backed the plan.",
            &["Gazprom -backs-> Rosneft [shareholder]"],
        ),
        Row::model(
            "-",
            "Austria sent emergency relief to Slovenia after the floods.",
            &["Austria -backs-> Slovenia [relief]"],
        ),
        Row::model("-", "There was relief in Slovenia at the verdict.", &[]),
        // trigger19: a walkout or strike at an employer (143), a hostile bid for a company
        // (110; a bid alone states nothing), contact with X (040, mutual), arguments or
        // differences between two (110, mutual); differences put aside name no quarrel
        Row::model(
            "-",
            "The Kovia Workers Union began a walkout at Varna Metals.",
            &["Kovia Workers Union -opposes-> Varna Metals [walkout]"],
        ),
        Row::model(
            "-",
            "The Kovia Workers Union staged a strike at Varna Metals.",
            &["Kovia Workers Union -opposes-> Varna Metals [strike]"],
        ),
        Row::model(
            "-",
            "Kovia Steel made a hostile bid for Varna Metals.",
            &["Kovia Steel -opposes-> Varna Metals [hostile bid]"],
        ),
        Row::model(
            "-",
            "Kovia Steel made a friendly bid for Varna Metals.",
            &[],
        ),
        Row::model(
            "-",
            "The Kovia Front is in regular contact with the Varna Union.",
            &["Kovia Front -meets/sym-> Varna Union [contact]"],
        ),
        Row::model(
            "-",
            "The arguments between the Kovia Front and the Varna Union grew louder.",
            &["Kovia Front -opposes/sym-> Varna Union [arguments]"],
        ),
        Row::model(
            "-",
            "The Kovia Front and the Varna Union put aside their differences.",
            &[],
        ),
        // an advocacy verb wants the event done: its subject takes the event's side
        // against or behind the target, but wanting talks is no meeting; an event whose
        // end or lifting is wanted is no event of the subject's
        Row::model(
            "clause_subject",
            "Poland demanded new sanctions on Belarus.",
            &["Poland -opposes-> Belarus [sanctions]"],
        ),
        Row::model(
            "clause_subject",
            "Latvia backed tougher sanctions against Belarus.",
            &["Latvia -opposes-> Belarus [sanctions]"],
        ),
        Row::model(
            "clause_subject",
            "Estonia urged more military aid to Georgia.",
            &["Estonia -backs-> Georgia [military aid]"],
        ),
        Row::model("-", "Poland proposed talks with Belarus.", &[]),
        Row::model("-", "Poland did not demand sanctions on Belarus.", &[]),
        Row::model(
            "-",
            "Poland demanded an end to the sanctions on Belarus.",
            &[],
        ),
        Row::model(
            "-",
            "Latvia urged the lifting of sanctions on Belarus.",
            &[],
        ),
        Row::model(
            "-",
            "Estonia called for a halt to military aid to Georgia.",
            &[],
        ),
        // a visit or talks a traveller goes on are held at the destination
        Row::model(
            "travel_destination",
            "Hakan Demir arrived in Baghdad on a two-day visit.",
            &["Hakan Demir -meets/sym-> Iraq [visit]"],
        ),
        Row::model(
            "travel_destination",
            "Narendra Modi flew to Japan on Monday for talks.",
            &["Narendra Modi -meets/sym-> Japan [talks]"],
        ),
        // the noun's own target; a phrase that is no errand; a return; no meeting noun
        Row::model(
            "-",
            "Hakan Demir arrived in Baghdad on a visit to Iran.",
            &["Hakan Demir -meets/sym-> Iran [visit]"],
        ),
        Row::model(
            "-",
            "Hakan Demir arrived in Baghdad after talks in Tehran.",
            &[],
        ),
        Row::model("-", "Hakan Demir returned to Turkey for talks.", &[]),
        Row::model("-", "Hakan Demir flew to Lyon for talks.", &[]),
        Row::model("-", "Hakan Demir flew to Kenya for a regional summit.", &[]),
        Row::model("-", "Hakan Demir arrived in Baghdad on Monday.", &[]),
        // aid given in a state helps the state; a city there, a year, a sale are no side
        Row::model(
            "helped_state",
            "Norway stepped up its emergency relief in Eritrea.",
            &["Norway -backs-> Eritrea [relief]"],
        ),
        Row::model(
            "helped_state",
            "Portugal has led peacekeeping in Guinea-Bissau since 2019.",
            &["Portugal -backs-> Guinea-Bissau [peacekeeping]"],
        ),
        Row::model(
            "helped_state",
            "Finland announced new humanitarian aid in Yemen on Monday.",
            &["Finland -backs-> Yemen [humanitarian aid]"],
        ),
        Row::model(
            "-",
            "Finland stepped up its relief in Aden after the storm.",
            &[],
        ),
        Row::model("-", "Finland doubled its aid in 2019.", &[]),
        Row::model("-", "Nokia's sales in Yemen rose last year.", &[]),
        // a legal act's agent is who orders, brings, wins or requests it (corpus21)
        Row::model(
            "legal_act_instigator",
            "Norway brought charges against Anders Lund.",
            &["Norway -opposes-> Anders Lund [charges]"],
        ),
        Row::model(
            "legal_act_instigator",
            "Nokia won its lawsuit against Ericsson.",
            &["Nokia -opposes-> Ericsson [lawsuit]"],
        ),
        Row::model(
            "legal_act_instigator",
            "The arrest of Mateo Rojas was ordered by Chile.",
            &["Chile -opposes-> Mateo Rojas [arrest]"],
        ),
        Row::model(
            "legal_act_instigator",
            "The extradition of Mateo Rojas requested by Chile was refused.",
            &["Chile -opposes-> Mateo Rojas [extradition]"],
        ),
        Row::model(
            "-",
            "The arrest of Mateo Rojas was not ordered by Chile.",
            &[],
        ),
        Row::model(
            "-",
            "The arrest of Mateo Rojas was announced on Friday.",
            &[],
        ),
        Row::model("-", "Peru condemned the arrest of Mateo Rojas.", &[]),
        Row::model("-", "Peru denied ordering the arrest of Mateo Rojas.", &[]),
        // a person's name in front of an act done to a person is the one it is done to,
        // no agent (read as one before: "Ama Boateng -opposes-> Kofi Mensah")
        Row::gold(
            "person_compound_patient",
            "Kofi Mensah placed Ama Boateng under house arrest.",
            &[HOUSE_ARREST],
            &[],
        ),
        // a state's adjective before a lawsuit is where it is heard (a possessive, the party)
        Row::model(
            "venue_modifier",
            "Yukos faces a separate US lawsuit against Gazprom.",
            &[],
        ),
        Row::model(
            "venue_modifier",
            "A French lawsuit against Renault was dismissed on Monday.",
            &[],
        ),
        Row::model(
            "-",
            "China's lawsuit against Apple was dismissed.",
            &["China -opposes-> Apple [lawsuit]"],
        ),
        Row::model(
            "-",
            "The US charges against Ivan Petrov include fraud.",
            &["United States -opposes-> Ivan Petrov [charges]"],
        ),
        // the state a removal takes someone from is no author
        Row::model(
            "requested_from",
            "Chile requested the extradition of Mateo Rojas from Peru.",
            &["Chile -opposes-> Mateo Rojas [extradition]"],
        ),
        // the noun's "by" phrase hung on the active verb
        Row::model(
            "author_on_verb",
            "The BBC reported the arrest of Mateo Rojas by Chilean police.",
            &["Chile -opposes-> Mateo Rojas [arrest]"],
        ),
        // trade measured is a figure; trade to come is cooperation
        Row::model(
            "trade_figure",
            "Chile's trade with Peru rose to 3 billion dollars last year.",
            &[],
        ),
        Row::model(
            "trade_figure",
            "This is the highest figure for Chilean trade with Peru since 1990.",
            &[],
        ),
        // the pair a merger or an alliance joins, after "of"
        Row::model(
            "joined_pair",
            "A merger of Lloyds and HSBC would create a giant.",
            &["Lloyds -backs/sym-> HSBC [merger]"],
        ),
        Row::model(
            "joined_pair",
            "An alliance of Fatah and Hamas now runs the town council.",
            &["Fatah -backs/sym-> Hamas [alliance]"],
        ),
        Row::model("-", "A merger of the two units of HSBC was announced.", &[]),
        Row::model(
            "-",
            "A combination of cash and shares was offered by HSBC.",
            &[],
        ),
        // what a caller conveys in a contact verb's purpose clause: the caller's (not the
        // nearer name's a pronoun was taken for), towards the one called
        Row::model(
            "caller_agent",
            "Chilean President Gabriel Boric phoned Peruvian President Dina Boluarte to \
             express his solidarity.",
            &[
                "Gabriel Boric -meets/sym-> Dina Boluarte [phoned]",
                "Gabriel Boric -backs-> Dina Boluarte [solidarity]",
            ],
        ),
        Row::model(
            "contacted_party",
            "Norway phoned Denmark to pledge its support.",
            &[
                "Norway -meets/sym-> Denmark [phoned]",
                "Norway -backs-> Denmark [support]",
            ],
        ),
        // a purpose that conveys no stance; a meeting's purpose; a request
        Row::model(
            "-",
            "Chilean President Gabriel Boric phoned Peruvian President Dina Boluarte to \
             express concern.",
            &["Gabriel Boric -meets/sym-> Dina Boluarte [phoned]"],
        ),
        Row::model(
            "-",
            "Chilean President Gabriel Boric called Peruvian President Dina Boluarte to \
             discuss trade.",
            &[],
        ),
        // the host of an invitation to a meeting meets the guest
        Row::model(
            "invited_guest",
            "Norway invited Serbia to talks in Oslo.",
            &["Norway -meets/sym-> Serbia [talks]"],
        ),
        Row::model(
            "invited_guest",
            "Hungary asked Austria to dinner last week.",
            &["Hungary -meets/sym-> Austria [dinner]"],
        ),
        // a guest that is no actor; a request for a meeting
        Row::model("-", "Olaf Scholz invited reporters to lunch.", &[]),
        Row::model("-", "Norway asked Serbia for talks.", &[]),
        Row::model(
            "invited_guest",
            "Jacinda Ardern invited Anthony Albanese to lunch on Tuesday.",
            &["Jacinda Ardern -meets/sym-> Anthony Albanese [lunch]"],
        ),
        // a telephone call is a phone call
        Row::model(
            "-",
            "Yasser Arafat had a telephone call with Dennis Ross.",
            &["Yasser Arafat -meets/sym-> Dennis Ross [telephone call]"],
        ),
        // a copular "between" predicate names the sides of the noun
        Row::model(
            "copular_between",
            "In the north the race is between Labour and the Liberal Democrats.",
            &["Labour Party -opposes/sym-> Liberal Democrats [race]"],
        ),
        Row::model(
            "-",
            "In the north the race is not between Labour and the Liberal Democrats.",
            &[],
        ),
        Row::model("-", "The race is between two local candidates.", &[]),
        // an event noun in a time phrase with its other side in a "with" phrase is the
        // clause subject's act
        Row::model(
            "adverbial_event",
            "Armenia signed the accord after talks with Azerbaijan.",
            &["Armenia -meets/sym-> Azerbaijan [talks]"],
        ),
        Row::model(
            "adverbial_event",
            "Armenia raised the issue during talks with Azerbaijan.",
            &["Armenia -meets/sym-> Azerbaijan [talks]"],
        ),
        // a meeting noun under "during" with its other side in its frame's phrase: the
        // subject is the visitor
        Row::model(
            "adverbial_visit",
            "During a visit to Kenya, Brazil's foreign minister Paulo Souza signed a trade deal.",
            &["Paulo Souza -meets/sym-> Kenya [visit]"],
        ),
        Row::model(
            "adverbial_visit",
            "Chilean President Gabriel Boric spoke to reporters during a trip to Japan.",
            &["Gabriel Boric -meets/sym-> Japan [trip]"],
        ),
        Row::model(
            "adverbial_visit",
            "During a two-day tour of Vietnam, Indian Prime Minister Arjun Rao opened a factory.",
            &["Arjun Rao -meets/sym-> Vietnam [tour]"],
        ),
        // a time phrase the parser hung on the verb's object dates the verb's act: the
        // subject's visit or talks
        Row::model(
            "time_phrase_on_object",
            "Brazilian President Paulo Souza made the remarks during a visit to Kenya.",
            &["Paulo Souza -meets/sym-> Kenya [visit]"],
        ),
        Row::model(
            "time_phrase_on_object",
            "Armenia signed the loan agreement after talks with the World Bank.",
            &["Armenia -meets/sym-> World Bank [talks]"],
        ),
        // a visit with its own visitor, a passive with no doer: not the subject's
        Row::model(
            "-",
            "Kenyan police detained two protesters during a visit to Kenya by Paulo Souza.",
            &["Paulo Souza -meets/sym-> Kenya [visit]"],
        ),
        Row::model("-", "The remarks were made during a visit to Kenya.", &[]),
        // not after "amid" or "after"; not a gathering; not a visit with its own visitor;
        // not a place that is no actor
        Row::model("-", "China launched drills amid a visit to Taiwan.", &[]),
        Row::model(
            "-",
            "Chilean President Gabriel Boric spoke during a summit in Japan.",
            &[],
        ),
        Row::model(
            "-",
            "China launched drills during a visit to Taiwan by Senator Mark Hale.",
            &["Mark Hale -meets/sym-> Taiwan [visit]"],
        ),
        Row::model(
            "-",
            "Gabriel Boric spoke to reporters during a visit to the border.",
            &[],
        ),
        // no "with" phrase; no subject that acts; a topic; the noun's own agent
        Row::model("-", "Armenia signed the accord after talks in Geneva.", &[]),
        Row::model(
            "-",
            "The accord was signed after talks with Azerbaijan.",
            &[],
        ),
        Row::model("-", "Prices fell during clashes with the rebels.", &[]),
        Row::model(
            "-",
            "Armenia recalled its envoy over talks with Azerbaijan.",
            &[],
        ),
        Row::model(
            "-",
            "Armenia closed its border after Iran's clashes with Azerbaijan.",
            &["Iran -opposes/sym-> Azerbaijan [clashes]"],
        ),
    ];

    /// `fronted_possessor`: a possessive pronoun in a phrase before the clause's subject
    /// is the subject's ("During his visit to X, Y ..."), not that of a person named in
    /// the sentence before; after the subject it refers back as any pronoun does.
    const FRONTED_ROWS: &[Row] = &[
        Row::model(
            "fronted_possessor",
            "Kenya's president Samuel Otieno spoke on Monday. During his visit to Chile, \
             Brazil's foreign minister Paulo Souza met President Gabriel Boric.",
            &[
                "Paulo Souza -meets/sym-> Chile [visit]",
                "Paulo Souza -meets/sym-> Gabriel Boric [met]",
            ],
        ),
        Row::model(
            "fronted_possessor",
            "Ana Ruiz criticised Spain. During her talks with Peru, Foreign Minister Clara \
             Vidal praised Chile.",
            &[
                "Ana Ruiz -opposes-> Spain [criticised]",
                "Clara Vidal -meets/sym-> Peru [talks]",
                "Clara Vidal -backs-> Chile [praised]",
            ],
        ),
        // after the subject: the ordinary reference back
        Row::model(
            "-",
            "Kenya's president Samuel Otieno spoke on Monday. Paulo Souza, during his visit to \
             Chile, met President Gabriel Boric.",
            &[
                "Paulo Souza -meets/sym-> Chile [visit]",
                "Paulo Souza -meets/sym-> Gabriel Boric [met]",
            ],
        ),
    ];

    #[test]
    fn fronted_possessor_rows() {
        check_rows(&["fronted_possessor"], FRONTED_ROWS);
    }

    /// A mediation noun: its owner meets each side; a meeting noun a mediation verb
    /// carries: its subject meets each side, and the sides meet each other.
    const MEDIATION: &[Row] = &[
        Row::model(
            "-",
            "China's mediation between Saudi Arabia and Iran surprised many.",
            &[
                "China -meets/sym-> Saudi Arabia [mediation]",
                "China -meets/sym-> Iran [mediation]",
            ],
        ),
        Row::model(
            "-",
            "Switzerland has hosted talks between Armenia and Azerbaijan.",
            &[
                "Switzerland -meets/sym-> Armenia [talks]",
                "Switzerland -meets/sym-> Azerbaijan [talks]",
                "Armenia -meets/sym-> Azerbaijan [talks]",
            ],
        ),
        Row::model(
            "-",
            "Switzerland mediated a new round of talks between Armenia and Azerbaijan.",
            &[
                "Switzerland -meets/sym-> Armenia [talks]",
                "Switzerland -meets/sym-> Azerbaijan [talks]",
                "Armenia -meets/sym-> Azerbaijan [talks]",
            ],
        ),
        Row::model(
            "-",
            "Talks between Armenia and Azerbaijan resumed.",
            &["Armenia -meets/sym-> Azerbaijan [Talks]"],
        ),
    ];

    /// An event noun that a verb of planning, arranging or preparing carries (word class
    /// `support_verb`): the event is stated as "plans to meet X" is; a plan the text denies,
    /// refuses or negates states nothing.
    const PLANNED: &[Row] = &[
        Row::model(
            "-",
            "Serbia plans a visit to Croatia in June.",
            &["Serbia -meets/sym-> Croatia [visit]"],
        ),
        Row::model(
            "-",
            "Hungary is arranging talks with Slovakia.",
            &["Hungary -meets/sym-> Slovakia [talks]"],
        ),
        Row::model(
            "-",
            "Serbia is preparing an offensive against Kosovo.",
            &["Serbia -opposes-> Kosovo [offensive]"],
        ),
        Row::model(
            "-",
            "Austria plans new sanctions against Hungary.",
            &["Austria -opposes-> Hungary [sanctions]"],
        ),
        Row::model("-", "Serbia did not plan a visit to Croatia.", &[]),
        Row::model("-", "Hungary refused to arrange talks with Slovakia.", &[]),
        Row::model("-", "Serbia has no plans for a visit to Croatia.", &[]),
    ];

    /// A visit, trip or tour by the class of its verb (the object senses of
    /// `curated/verb_review.tsv`): made, begun, ended, wrapped up or cut short, it took
    /// place (042); cancelled, called off or suspended, it did not (CAMEO 160, class
    /// none); finalized, it is an intent (036); planned, it reads as "plans to meet".
    const VISITS: &[Row] = &[
        Row::model(
            "-",
            "Milorad Dodik made a two-day trip to Croatia.",
            &["Milorad Dodik -meets/sym-> Croatia [trip]"],
        ),
        Row::model(
            "-",
            "Milorad Dodik began a trip to Croatia on Monday.",
            &["Milorad Dodik -meets/sym-> Croatia [trip]"],
        ),
        Row::model(
            "carried_out_not_cut",
            "Milorad Dodik ended a three-day visit to Croatia.",
            &["Milorad Dodik -meets/sym-> Croatia [visit]"],
        ),
        Row::model(
            "carried_out_not_cut",
            "Milorad Dodik ended a trip to Croatia on Friday.",
            &["Milorad Dodik -meets/sym-> Croatia [trip]"],
        ),
        Row::model(
            "phrasal_carries_out",
            "Milorad Dodik wrapped up a tour of Croatia.",
            &["Milorad Dodik -meets/sym-> Croatia [tour]"],
        ),
        Row::model(
            "phrasal_carries_out",
            "Milorad Dodik cut short a trip to Croatia.",
            &["Milorad Dodik -meets/sym-> Croatia [trip]"],
        ),
        Row::model(
            "-",
            "Milorad Dodik made a brief stop in Zagreb.",
            &["Milorad Dodik -meets/sym-> Croatia [made a brief stop]"],
        ),
        Row::model("-", "Milorad Dodik cancelled his trip to Croatia.", &[]),
        Row::model("-", "Milorad Dodik called off a visit to Croatia.", &[]),
        Row::model("-", "Milorad Dodik suspended his tour of Croatia.", &[]),
        Row::model("-", "Milorad Dodik postponed a visit to Croatia.", &[]),
        Row::model("-", "Milorad Dodik finalized a visit to Croatia.", &[]),
        Row::model(
            "-",
            "Milorad Dodik planned a tour of Croatia.",
            &["Milorad Dodik -meets/sym-> Croatia [tour]"],
        ),
        Row::model(
            "carried_out_not_cut",
            "Serbia ended the meeting with Croatia.",
            &["Serbia -meets/sym-> Croatia [meeting]"],
        ),
        // ending cooperation is still its cut ("end" + "talks" is CAMEO 160)
        Row::model(
            "-",
            "Serbia ended talks with Croatia.",
            &["Serbia -opposes-> Croatia [ended talks]"],
        ),
        Row::model(
            "-",
            "Serbia halted aid to Croatia.",
            &["Serbia -opposes-> Croatia [halted aid]"],
        ),
    ];

    #[test]
    fn planned_events() {
        check_rows(&[], PLANNED);
    }

    #[test]
    fn visits_by_verb_class() {
        check_rows(&["phrasal_carries_out", "carried_out_not_cut"], VISITS);
    }

    #[test]
    fn mediation_between_sides() {
        check_rows(&[], MEDIATION);
    }

    #[test]
    fn event_nouns() {
        check_rows(&step_names(), ROWS);
    }
}
