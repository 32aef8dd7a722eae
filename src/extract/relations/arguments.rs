//! Arguments: the actors a phrase refers to, the subjects and targets of a predicate, and
//! whether a predicate is denied or hedged.
//!
//! Three readings here are ordered step lists (see [`super::first_step`]): the actors of a
//! phrase ([`ACTOR_STEPS`]), the subject of a predicate when it has no `nsubj`
//! ([`SUBJECT_FALLBACKS`]), and the actors of an object naming none
//! ([`OBJECT_FALLBACKS`]).

use std::borrow::Cow;

use super::super::mentions::MentionKind;
use super::super::parse::Parsed;
use super::{first_step, nonempty, push_unique, verb_lemma_at};
use crate::domain::{ActorType, RelationKind};
use crate::lexicon::{Lexicon, Trigger, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// A step of [`ACTOR_STEPS`].
type PhraseStep = (&'static str, fn(&Phrase<'_>) -> Option<Vec<usize>>);
/// A step of [`SUBJECT_FALLBACKS`].
type PredicateStep = (&'static str, fn(&Predicate<'_>) -> Option<Vec<usize>>);
/// A step of [`OBJECT_FALLBACKS`].
type ObjectStep = (&'static str, fn(&Object<'_>) -> Option<Vec<usize>>);

/// The actors each token of a sentence refers to.
pub(crate) struct SentenceActors<'p, 'a> {
    /// The analysed sentence.
    pub p: &'p Parsed<'a>,
    /// The lexicon whose word classes the rules key on.
    pub lex: &'p Lexicon,
    /// Entity of each token that is part of a resolved mention.
    pub entity: Vec<Option<usize>>,
    /// Kind of the mention each token is part of.
    pub kind: Vec<Option<MentionKind>>,
    /// Whether each token is part of a place (a city, a region, a seat).
    pub place: Vec<bool>,
    /// The places of the sentence that no state the article names stands for (a city or
    /// region of a state not mentioned, or of none), each once: met by no visit. Decided
    /// per entity, not per token, as `visited_state` is a property of the place.
    pub unmet_places: Vec<usize>,
    /// The type of the actor each token refers to.
    pub actor_type: Vec<Option<crate::domain::ActorType>>,
    /// The pairs of sides named in one hyphenated word in front of an event noun ("the
    /// Russia-Ukraine talks"): (noun, one side, the other), actors no other rule reads
    /// (`hyphen_pair`).
    pub pairs: Vec<(usize, usize, usize)>,
    /// The plural references that stand for several actors ("the pair", "they" after "X
    /// and Y"): the tokens of each and its actors (`plural_reference`).
    pub groups: Vec<(std::ops::Range<usize>, Vec<usize>)>,
}

/// A phrase whose actors are read: its head `t`, whether it is a target (a modifier may
/// then stand for the phrase: "an Egyptian cease-fire"), and the depth of the reading.
pub(super) struct Phrase<'c> {
    sa: &'c SentenceActors<'c, 'c>,
    t: usize,
    target: bool,
    depth: usize,
}

/// How a phrase refers to actors, tried in order:
///
/// 0. `held_place` first: a place as a target stands for its holder, whatever names it;
///    `apposed_list` next: a description with a list of names in apposition ("two
///    opposition leaders, X and Y,") stands for the names, however the parser hung them;
/// 1. `appositive_name` before `named_mention`: "Egypt's new leader, the former general
///    Sissi" names Sissi even when the title itself resolved (to a description);
/// 2. `organization_title_name`: "UN Secretary-General Kofi Annan" parsed with "UN" as
///    the head and the title and name hung on it: the person's actor, not the
///    organization's;
/// 3. `plural_reference` then `named_mention`: the phrase is a resolved mention, a plural
///    reference standing for each actor of a coordination named before;
/// 4. `title_head_name`: "LSE boss Clara Furse" parsed with the title as the head and the
///    name as its `flat` part: the name's actor;
/// 5. `relative_pronoun`: "which", "who" stand for the noun their clause modifies;
/// 6. `noun_phrase` last, as it reads any actor named inside the phrase: "Egyptian and
///    Arab League officials", "officials of Egypt".
pub(super) const ACTOR_STEPS: &[PhraseStep] = &[
    ("held_place", held_place),
    ("apposed_list", apposed_list),
    ("appositive_name", appositive_name),
    ("organization_title_name", organization_title_name),
    ("plural_reference", plural_reference),
    ("named_mention", named_mention),
    ("title_head_name", title_head_name),
    ("relative_pronoun", relative_pronoun),
    ("noun_phrase", noun_phrase),
];

/// "besieged Sinja, a town held by X", "shelled Avdiivka, held by X": a place named as a
/// target whose appositive or own participle names its holder (`owner_participle`, as
/// "positions held by X") stands for the holder; a place is no actor one fights, its
/// holder is. A place with no holder named is left to the steps after.
///
/// (The appositive of an object may be parsed as the verb's appositive or second object,
/// after the name and a comma.)
///
/// `owned_thing_name`: so does a name that is no place when its appositive is a thing
/// (a common noun that is no agent noun or title) owned, run or held by an actor:
/// "raided Villa Verde, a farm owned by X", "seized the Ocean Star, a tanker owned by X":
/// what the thing is called is no actor, its owner is (the name may well have been
/// taken for a person's or an organization's).
fn held_place(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, p, lex, t) = (ph.sa, ph.sa.p, ph.sa.lex, ph.t);
    if !ph.target || ph.depth >= 2 {
        return None;
    }
    let place = sa.place[t];
    let thing = |n: usize| {
        n != t
            && p.upos[n] == Upos::Noun
            && sa.entity[n].is_none()
            && lex.agent(&p.lemmas[n]).is_none()
            && lex.title(&p.lemmas[n]).is_none()
            && super::enabled("owned_thing_name")
    };
    // the appositive may hang on the clause's verb instead, right after the name and a
    // comma, as an appositive or a second object ("besieged [Sinja], [a town held by X]")
    let next_to = |a: usize| {
        a > t
            && matches!(p.rel(a), DepRel::Appos | DepRel::Obj)
            && (t + 1..p.left_edge(a)).all(|k| p.upos[k] == Upos::Punct || p.head(k) == Some(t))
            && (t + 1..=p.left_edge(a)).any(|k| p.upos[k] == Upos::Punct)
    };
    let siblings = p
        .head(t)
        .into_iter()
        .flat_map(|g| p.children(g).iter().copied())
        .filter(|&a| next_to(a));
    let mut holders = Vec::new();
    for n in std::iter::once(t)
        .chain(p.children_with(t, DepRel::Appos))
        .chain(siblings)
        .filter(|&n| place || thing(n))
    {
        for c in sa.owner_agents(n) {
            push_unique(&mut holders, sa.acting_actors(c, ph.depth + 1));
        }
    }
    nonempty(holders)
}

/// "Two Labour MPs, X and Y, criticised Z", "met two opposition leaders, X and Y, in
/// Moscow": an agent noun or title followed by a comma and a list of two names or more
/// closed by punctuation stands for the names, not for the description (nor for an actor
/// named in it). Read by position, as the parser hangs such a list anywhere: on the noun,
/// on its "of" phrase ("two lawmakers of the ruling party, X and Y,"), on the verb, or
/// with the second name as a conjunct of the noun. A list of places or of things names no
/// actor ("visited two cities, Aleppo and Homs,": no agent noun).
fn apposed_list(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, p, lex, t) = (ph.sa, ph.sa.p, ph.sa.lex, ph.t);
    let agentive = |w: &str| lex.agent(w).is_some() || lex.title(w).is_some_and(|tt| !tt.honorific);
    if ph.depth >= 2
        || !matches!(p.upos[t], Upos::Noun | Upos::Propn)
        || !(agentive(&p.lower[t]) || agentive(&p.lemmas[t]))
    {
        return None;
    }
    // the comma closing the noun's own phrase: every word before it hangs under the noun
    let comma = (t + 1..p.len())
        .find(|&k| p.upos[k] == Upos::Punct || !sa.ancestor_of(Some(t), k))
        .filter(|&k| p.upos[k] == Upos::Punct)?;
    // the name right after it: its mention's word whose head lies outside the mention
    let e = (*sa.entity.get(comma + 1)?)?;
    let end = (comma + 1..p.len())
        .take_while(|&k| sa.entity[k] == Some(e))
        .last()?;
    let first = (comma + 1..=end).find(|&k| p.head(k).is_none_or(|h| h <= comma || h > end))?;
    // a conjunct opened by its own preposition ("..., X and Y, on Tuesday") is an
    // adverbial the parser coordinated with the last name, no member of the list
    let mut names: Vec<usize> = p
        .with_conjuncts(first)
        .into_iter()
        .filter(|&x| !p.children_with(x, DepRel::Case).any(|_| true))
        .collect();
    if names.len() == 1 {
        // "[Two Labour MPs], [John Smith] and [Mary Jones]": the second name a conjunct
        // of the noun
        names.extend(p.conjuncts(t).into_iter().filter(|&c| c > first));
    }
    let last = *names.iter().max()?;
    let closed = (last..p.len())
        .find(|&k| sa.entity[k] != sa.entity[last])
        .is_some_and(|k| p.upos[k] == Upos::Punct);
    if names.len() < 2 || !closed || names.iter().any(|&x| sa.place[x] || sa.entity[x].is_none()) {
        return None;
    }
    let mut v = Vec::new();
    for x in names {
        push_unique(&mut v, sa.actors(x, ph.target, ph.depth + 1));
    }
    nonempty(v)
}

/// "Egypt's new leader, the former general Sissi": the appositive names the actor of an
/// unresolved or descriptive head (with its conjuncts: "Secretary of State John Kerry and
/// United Nations chief Ban Ki-moon" may hang both names off the title).
fn appositive_name(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, t) = (ph.sa, ph.t);
    if sa.entity[t].is_some() && sa.kind[t] != Some(MentionKind::Description) {
        return None;
    }
    sa.p.children_with(t, DepRel::Appos).find_map(|a| {
        let mut v = Vec::new();
        for x in sa.p.with_conjuncts(a) {
            push_unique(&mut v, sa.actors(x, ph.target, ph.depth + 1));
        }
        (!v.is_empty()).then_some(v)
    })
}

/// A resolved mention is its actor; a title that refers to its holder may still carry
/// the coordination on its appositive name: "Secretary of State [John Kerry and ... Ban
/// Ki-moon]".
fn named_mention(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, t) = (ph.sa, ph.t);
    let mut v = vec![sa.entity[t]?];
    for a in sa.p.children_with(t, DepRel::Appos) {
        for x in sa.p.conjuncts(a) {
            push_unique(&mut v, sa.actors(x, ph.target, ph.depth + 1));
        }
    }
    Some(v)
}

/// "X and Y met in Berlin. The pair (both men, they) backed Z": a plural reference resolved
/// to the actors of a coordination ([`crate::extract::entities::resolve_references`])
/// stands for each of them.
fn plural_reference(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let t = ph.t;
    ph.sa
        .groups
        .iter()
        .any(|(span, _)| span.contains(&t))
        .then(|| ph.sa.actors_at(t).to_vec())
}

/// "LSE boss Clara Furse" parsed as the title "boss" with the name as its `flat` part: a
/// head naming no actor whose `flat` part is a name stands for that name's actor.
fn title_head_name(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, t) = (ph.sa, ph.t);
    if sa.entity[t].is_some() {
        return None;
    }
    let name =
        sa.p.children_with(t, DepRel::Flat)
            .find(|&f| f > t && sa.entity[f].is_some() && sa.kind[f] == Some(MentionKind::Name))?;
    Some(vec![sa.entity[name]?])
}

/// "UN Secretary-General Antonio Guterres met X" parsed with "UN" as the head and the
/// title and name as its `flat` parts: an organization or country heading a title and a
/// person's name stands for the person (the organization is the title's); before
/// `named_mention`, which would take the head's own actor.
fn organization_title_name(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    use crate::domain::ActorType;
    let (sa, p, t) = (ph.sa, ph.sa.p, ph.t);
    let own = sa.entity[t]?;
    if !matches!(
        sa.actor_type[t],
        Some(ActorType::Organization | ActorType::Country)
    ) {
        return None;
    }
    // (or the name as a conjunct with no conjunction or comma before it: "UN
    // Secretary-General Kofi Annan" parsed as "UN" coordinated with "Annan")
    // (or as an apposition with no comma before it: "met Bread and Roses leader Karl
    // Berg" parsed with "Karl" in apposition to "Bread"; a coordinator inside the
    // organization's own name joins nothing: "Bread and [Roses leader] Karl Berg")
    let joined = |f: usize| {
        p.rel(f) == DepRel::Flat
            || (p.rel(f) == DepRel::Conj
                && (t + 1..f).all(|k| {
                    !matches!(p.upos[k], Upos::Cconj | Upos::Punct) || sa.entity[k] == Some(own)
                }))
            || (p.rel(f) == DepRel::Appos && (t + 1..f).all(|k| p.upos[k] != Upos::Punct))
            // (or as a modifier of the organization with no preposition of its own and
            // only title words between: "met with Boeing chief executive Martin Quincy"
            // parsed with "with" as the object and the name an `nmod` of "Boeing")
            || (p.rel(f) == DepRel::Nmod
                && !p.children(f).iter().any(|&c| c < f && p.rel(c) == DepRel::Case)
                && (t + 1..f).all(|k| sa.entity[k] == Some(own) || sa.lex.title(&p.lower[k]).is_some()))
    };
    let person = p.children(t).iter().copied().find(|&f| {
        f > t
            && joined(f)
            && sa.kind[f] == Some(MentionKind::Name)
            && sa.actor_type[f] == Some(ActorType::Person)
            && sa.entity[f].is_some_and(|e| e != own)
            && (t + 1..f).any(|k| sa.lex.title(&p.lower[k]).is_some())
    });
    // "met Law and Justice leader Jaroslaw Kaczynski" parsed with "Law" as the object and
    // the name (or its title) beside it, on the verb: the organization's name, then only
    // title words up to a person's name, whose phrase hangs on the same head
    let person = person.or_else(|| {
        let end = (t..p.len())
            .take_while(|&k| sa.entity[k] == Some(own))
            .last()?
            + 1;
        let f = (end..p.len()).find(|&k| sa.lex.title(&p.lower[k]).is_none())?;
        let mut top = f;
        while let Some(h) = p.head(top).filter(|h| (end..f).contains(h)) {
            top = h;
        }
        (f > end
            && p.head(top).is_some()
            && p.head(top) == p.head(t)
            && sa.kind[f] == Some(MentionKind::Name)
            && sa.actor_type[f] == Some(ActorType::Person)
            && sa.entity[f].is_some_and(|e| e != own))
        .then_some(f)
    })?;
    Some(vec![sa.entity[person]?])
}

/// A relative pronoun stands for the noun its clause modifies: "the group, which attacked
/// X"; for the name an apposition describes when the clause modifies the apposition.
fn relative_pronoun(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, p, t) = (ph.sa, ph.sa.p, ph.t);
    if !sa.lex.words.has(WordClass::RelativePronoun, &p.lower[t]) {
        return None;
    }
    let v = p.head(t)?;
    if p.deprels[v] != DepRel::AclRelcl {
        return None;
    }
    let mut noun = p.head(v)?;
    // "Anna Berg, the Labour councillor who criticised X": the clause's noun is an
    // apposition describing a name, and the pronoun stands for the one named, not for an
    // actor named inside the description (the party)
    if p.deprels[noun] == DepRel::Appos
        && let Some(h) = p.head(noun).filter(|&h| sa.entity[h].is_some())
    {
        noun = h;
    }
    Some(sa.actors(noun, ph.target, ph.depth + 1))
}

/// `title_inside_name`: whether token `x` (of actor `e`) lies, inside the phrase of `t`,
/// under another actor's name: the nationality of a title in a possessor ("condemned
/// Israeli Prime Minister Benjamin Netanyahu's tests", "backed Chinese President Xi
/// Jinping's bid") describes the person, whose affiliation it is, and is no actor of
/// the phrase of its own (as it is not when the titled name is the object itself).
///
/// Only a person's name counts, reached by no conjunct's arc ("Russian and Syrian jets":
/// Syria is Russia's conjunct, an actor of its own). A demonym that the parser hung on the
/// possessed noun itself, right before the person's possessor phrase ("condemned [Danish]
/// Prime Minister Mette Frederiksen's remarks", "Danish" an `amod` of "remarks"), is the
/// title's too.
fn inside_other_name(sa: &SentenceActors<'_, '_>, x: usize, t: usize, e: usize) -> bool {
    let p = sa.p;
    if p.head(x) == Some(t)
        && sa.kind[x] == Some(MentionKind::Demonym)
        && p.children(x).is_empty()
        && p.children(t).iter().any(|&o| {
            p.deprels[o] == DepRel::NmodPoss
                && p.left_edge(o) == x + 1
                && sa.entity[o].is_some_and(|o| o != e)
                && sa.actor_type[o] == Some(crate::domain::ActorType::Person)
        })
    {
        return true;
    }
    let mut a = x;
    for _ in 0..p.len() {
        match p.head(a) {
            Some(h) if h != t => {
                if p.rel(a) != DepRel::Conj
                    && sa.entity[h].is_some_and(|o| o != e)
                    && sa.actor_type[h] == Some(crate::domain::ActorType::Person)
                {
                    return true;
                }
                a = h;
            }
            _ => return false,
        }
    }
    false
}

/// Nouns whose own phrases name the actors they stand for as a target: the word class,
/// the step's name and its reading (see [`SentenceActors::event_parties`],
/// [`SentenceActors::goods_origin`]).
type StandingNoun = (
    WordClass,
    &'static str,
    fn(&SentenceActors<'_, '_>, usize, usize) -> Vec<usize>,
);

/// The nouns of [`StandingNoun`], read in `noun_phrase`.
const STANDING_NOUNS: &[StandingNoun] = &[
    (
        WordClass::PartyEventNoun,
        "event_parties",
        |sa, n, depth| sa.event_parties(n, depth),
    ),
    (WordClass::GoodsNoun, "goods_origin", |sa, n, depth| {
        sa.goods_origin(n, depth)
    }),
    (
        WordClass::TradeFlowNoun,
        "trade_counterpart",
        |sa, n, depth| sa.trade_counterparts(n, depth),
    ),
];

/// An agent noun or title ("Egyptian officials", "State Department officials", "officials
/// of Egypt"), or any noun read as a target: the actors named before it in its phrase and,
/// for an agent noun, in its "of"/"from"/"for" phrase.
fn noun_phrase(ph: &Phrase<'_>) -> Option<Vec<usize>> {
    let (sa, p, lex, t, target) = (ph.sa, ph.sa.p, ph.sa.lex, ph.t, ph.target);
    let agentive = lex.agent(&p.lower[t]).is_some()
        || lex.agent(&p.lemmas[t]).is_some()
        || lex.title(&p.lower[t]).is_some_and(|tt| !tt.honorific)
        || lex.title(&p.lemmas[t]).is_some_and(|tt| !tt.honorific);
    // `part_of_whole`: "most of X's plan", "parts of the French proposal", "copies of X":
    // a part or a copy of a thing is acted on as the thing is, so its "of" phrase is read
    // as the target ("most" is tagged an adjective)
    let part = target
        && lex.words.has(WordClass::PartOfWhole, &p.lemmas[t])
        && super::enabled("part_of_whole");
    // `collective_of`: "a group of X gunmen", "dozens of X activists": a head that counts or
    // gathers people stands for the people its "of" phrase names, as doer or target
    let collective = (lex.words.has(WordClass::CrowdQuantity, &p.lower[t])
        || lex.words.has(WordClass::CollectiveHead, &p.lemmas[t]))
        && super::enabled("collective_of");
    if !(agentive || target || collective)
        || !(part || matches!(p.upos[t], Upos::Noun | Upos::Propn))
    {
        return None;
    }
    let mut out = Vec::new();
    if collective && ph.depth < 2 {
        for &c in p.children(t) {
            if c > t
                && p.rel(c) == DepRel::Nmod
                && sa.case_in(c, WordClass::NounComplementPreposition)
            {
                for x in p.with_conjuncts(c) {
                    out.extend(sa.actors(x, target, ph.depth + 1));
                }
            }
        }
    }
    // (a collective that is neither an agent noun nor a target stands for its "of" phrase
    // only, as before this reading it stood for no one)
    if !(agentive || target) {
        out.sort_unstable();
        out.dedup();
        return Some(out);
    }
    // every actor named before the noun in its phrase: "Egyptian and Arab League
    // officials", "Senior State Department officials", "Egypt's government"
    // (not the possessor of what happened to it: "condemned Iran's arrest of ...")
    // ("Iran's arrest of the journalist" makes Iran the one acting again)
    let patient = target
        && lex.words.has(WordClass::PatientNoun, &p.lemmas[t])
        && !p.children(t).iter().any(|&c| {
            p.rel(c) == DepRel::Nmod && sa.case_in(c, WordClass::NounComplementPreposition)
        });
    // `person_following`: "supporters of X", "X's loyalists" stand for no one but
    // themselves when X is a person, as doers or as targets (a following is no office or
    // body of his); "supporters of the party" stand for it
    let following =
        lex.words.has(WordClass::FollowerNoun, &p.lemmas[t]) && super::enabled("person_following");
    let followed = |x: usize| following && sa.actor_type[x] == Some(ActorType::Person);
    for x in p.left_edge(t)..t {
        // a capital stands for its government only as an agent: "Washington officials",
        // not "the London exchange"
        // nor is a place in front of a thing an actor of it: "the Derbyshire seat"
        let place = !agentive
            && (sa.kind[x] == Some(MentionKind::Capital)
                || sa.place[x]
                // "the Iraq war undermined him": where it was, not who
                || (lex.words.has(WordClass::WhereNoun, &p.lemmas[t])
                    && p.deprels[x] == DepRel::Compound));
        // `located_hyphen`: "the Cyprus-based newspaper", "the German-born banker": where
        // the thing or the person is based or comes from, not whose it is (unlike "a US-led
        // plan", "an Iranian-backed militia", which name the one acting)
        let located = sa.located_hyphen(x);
        if let Some(e) = sa.entity[x]
            && !out.contains(&e)
            // (the possessor's whole phrase: all of "Omer Babiker's", whose second word hangs
            // on the first)
            && !(patient && p.branch_under(x, t).is_some_and(|k| p.deprels[k] == DepRel::NmodPoss))
            && !place
            && !located
            && !followed(x)
            && !(inside_other_name(sa, x, t, e) && super::enabled("title_inside_name"))
        {
            out.push(e);
        }
    }
    for &c in p.children(t) {
        let member_phrase = agentive
            && c > t
            && p.rel(c) == DepRel::Nmod
            && sa.case_in(c, WordClass::MemberPreposition);
        // the noun's "of" phrase, read as a target's, reaches the actor it names when the
        // noun stands for its owner or is its author's act; a place is no owner, nor a
        // capital as a target ("the Labour stronghold of Normanton", "the outposts of
        // Sarajevo")
        let of_phrase = target
            && !agentive
            && ph.depth < 2
            && c > t
            && p.rel(c) == DepRel::Nmod
            && sa.case_in(c, WordClass::NounComplementPreposition);
        // "attacked a convoy of the Malian army", "arrested members of X": a head that
        // stands for its owner, read as a target, reaches the owner through its "of"
        let owner_phrase =
            of_phrase && (part || lex.words.has(WordClass::OwnerStandingNoun, &p.lemmas[t]));
        // `act_of_author`: an act or a word of an actor's, whose "of" phrase names its
        // author as a possessive would ("rejected the demands of X" as "X's demands",
        // "welcomed the decision of X to ..."); only a phrase that names an actor itself
        // (`actors` with no modifier standing for it: "allegations of Russian
        // interference" are no Russian allegations); not an act that is a passive's agent,
        // a cause the subject reacts to ("were encouraged by the decision of X" is no act
        // of X's on them)
        let author_phrase = of_phrase
            && !owner_phrase
            && lex.words.has(WordClass::AuthorOfNoun, &p.lemmas[t])
            && !sa.case_in(t, WordClass::PassiveAgentPreposition)
            && super::enabled("act_of_author");
        if owner_phrase || author_phrase {
            let named = |x: &usize| !sa.place[*x] && sa.kind[*x] != Some(MentionKind::Capital);
            for x in p.with_conjuncts(c).into_iter().filter(named) {
                if followed(x) {
                    continue;
                }
                out.extend(sa.actors(x, owner_phrase, ph.depth + 1));
            }
        }
        if member_phrase {
            for x in p.with_conjuncts(c).into_iter().filter(|&x| !followed(x)) {
                if let Some(e) = sa.entity[x] {
                    out.push(e);
                } else if ph.depth < 2 {
                    out.extend(sa.actors(x, false, ph.depth + 1));
                }
            }
        }
    }
    // a noun whose own phrases name the actors it stands for as a target: a deal its
    // parties (`event_parties`: "blocked the purchase of X by Y", "vetoed the sale of X to
    // Y"), goods the country they come from (`goods_origin`: "duties on steel from X",
    // "banned imports of Russian oil")
    if target && !agentive && ph.depth < 2 {
        for (class, step, read) in STANDING_NOUNS {
            if lex.words.has(*class, &p.lemmas[t]) && super::enabled(step) {
                out.extend(read(sa, t, ph.depth + 1));
            }
        }
    }
    // "seized a tanker chartered by X", "shelled positions held by X": a thing owned, run
    // or held by an actor stands for it as a target, whatever the head; of the agent nouns
    // only those that stand for their owner ("a drone operated by X", "soldiers held by
    // X"), not a person "held by police"
    if target
        && (!agentive || lex.words.has(WordClass::OwnerStandingNoun, &p.lemmas[t]))
        && ph.depth < 2
    {
        // (an owner acts: "positions held by Kyiv" are the government's)
        for c in sa.owner_agents(t) {
            out.extend(sa.acting_actors(c, ph.depth + 1));
        }
    }
    // `author_owner`: "rejected the proposal by X", "opposed to any takeover by X": a
    // target naming no actor in front is its author's, named by its own "by" phrase; by a
    // "from" phrase only for a thing put to someone (`authored_noun`: "rejected a takeover
    // proposal from X", not one received), as "from" names a source as often as an author
    // ("weapons seized from X")
    // (in a passive clause a "by" phrase after the noun is the clause's agent the parser
    // hung on the noun: "it was met with protests by X")
    // `own_by_phrase`: not when the clause has its agent already, a "by" phrase of its own
    // verb: "a proposal by X was rejected by Y" is X's proposal, rejected by Y
    let passive_clause = p.head(t).is_some_and(|g| {
        let children = p.children(g);
        children
            .iter()
            .any(|&c| matches!(p.deprels[c], DepRel::NsubjPass | DepRel::AuxPass))
            && !(children.iter().any(|&c| p.deprels[c] == DepRel::OblAgent)
                && super::enabled("own_by_phrase"))
    });
    if out.is_empty()
        && target
        && !agentive
        && !passive_clause
        && ph.depth < 2
        && super::enabled("author_owner")
    {
        // (after a verb of receiving "from" names the giver, which that verb's own reading
        // takes: "received a takeover approach from X" is no meeting with X)
        let received = p
            .head(t)
            .is_some_and(|g| lex.words.has(WordClass::ReceivingVerb, &p.lemmas[g]));
        let authored = !received && lex.words.has(WordClass::AuthoredNoun, &p.lemmas[t]);
        let own = p.children(t).iter().copied().filter(|&c| {
            c > t
                && p.rel(c) == DepRel::Nmod
                && (sa.case_in(c, WordClass::PassiveAgentPreposition)
                    || (authored && sa.case_in(c, WordClass::AuthorPreposition)))
        });
        // (and "the sanctions imposed on it by X": see `imposing_participles`; "the cuts
        // announced by X", "the plan, which X had championed": see `author_clauses`)
        for c in own
            .chain(sa.imposing_authors(t))
            .chain(sa.author_clauses(t))
        {
            // (an author acts: "the offer by Washington" is the government's)
            out.extend(sa.acting_actors(c, ph.depth + 1));
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// A predicate whose subject is read.
pub(super) struct Predicate<'c> {
    sa: &'c SentenceActors<'c, 'c>,
    v: usize,
    depth: usize,
}

/// Where the subject of a predicate with no `nsubj` is, tried in order:
///
/// 0. `contact_purpose`: "phoned X to express support" is the caller's, before
///    `name_before_verb` (X is right before the infinitive) and `object_controller`
///    ("called X to resign" is X's); it asks for a well-formed parse;
/// 1. `stolen_subject`: a complement clause's subject that the parser hung on the verb
///    of saying above it, beside that verb's own subject; before `name_before_verb`,
///    which would take only the last name of a coordinated pair;
///    `name_before_verb`: a name right before the verb, which the parse gave another
///    role; first of the others, as the words outweigh a relation the parser got wrong;
/// 2. the subject of the clause the predicate depends on, by its relation to it:
///    `object_controller` (before `open_complement`: "urged X to meet Y" makes X, not the
///    urger, the one to meet), `open_complement`, `adjective_complement`,
///    `coordinated_verb`, `modified_noun`,
///    `infinitive_clause`, `adverbial_clause`, `joined_in_act`, `purpose_infinitive`;
/// 3. `stray_nominal`: a bare noun before the predicate that the parse lost the subject
///    relation of; after the clause readings, which a well-formed tree gives;
/// 4. `appositive_head` last: a verb hanging off the noun before it, when no stray
///    nominal is there ("Albania on Friday denounced ...").
pub(super) const SUBJECT_FALLBACKS: &[PredicateStep] = &[
    ("contact_purpose", contact_purpose),
    ("stolen_subject", stolen_subject),
    ("name_before_verb", name_before_verb),
    ("object_controller", object_controller),
    ("open_complement", open_complement),
    ("adjective_complement", adjective_complement),
    ("coordinated_verb", coordinated_verb),
    ("utterance_participle", utterance_participle),
    ("dispatched_agents", dispatched_agents),
    ("time_phrase_gerund", time_phrase_gerund),
    ("modified_noun", modified_noun),
    ("visiting_guest", visiting_guest),
    ("infinitive_clause", infinitive_clause),
    ("adverbial_clause", adverbial_clause),
    ("joined_in_act", joined_in_act),
    ("purpose_infinitive", purpose_infinitive),
    ("stray_nominal", stray_nominal),
    ("appositive_head", appositive_head),
];

/// `stolen_subject`: "Reuters, citing a source, said Serbia and Croatia had discussed the
/// dispute": after a fronted or parenthetical phrase the parser hangs the complement
/// clause's subject on the governing verb, as a second `nsubj` beside that verb's own
/// before it, and leaves the complement with none. A clause has one subject: an `nsubj`
/// of the governor after it and before the complement `v` (a `ccomp` with no subject of
/// its own) is the complement's, with its conjuncts. Only when the governor has a subject
/// before it too: "Said Serbia ..." is no such parse.
fn stolen_subject(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (p, v) = (pr.sa.p, pr.v);
    let g = p.head(v)?;
    if p.rel(v) != DepRel::Ccomp || p.upos[v] != Upos::Verb {
        return None;
    }
    let subjects = || {
        p.children(g)
            .iter()
            .copied()
            .filter(|&c| p.rel(c) == DepRel::Nsubj)
    };
    if !subjects().any(|s| s < g) {
        return None;
    }
    nonempty(subjects().filter(|&s| g < s && s < v).collect())
}

/// "after the Court of Appeal backed ...", parsed as a conjunct of the main verb: a name
/// right before the verb (past adverbs and auxiliaries) is its subject.
fn name_before_verb(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, v) = (pr.sa, pr.sa.p, pr.v);
    if p.upos[v] != Upos::Verb {
        return None;
    }
    let mut k = v;
    while k > 0 && matches!(p.upos[k - 1], Upos::Adv | Upos::Aux | Upos::Part) {
        k -= 1;
    }
    // (no child of `v` is its nsubj here: the reading with one comes first)
    if !(k > 0
        && sa.entity[k - 1].is_some()
        && sa.kind[k - 1].is_some_and(|m| m == MentionKind::Name)
        && p.rel(k - 1) != DepRel::Nsubj)
    {
        return None;
    }
    // `named_owner`: "Governor X of [Arizona] praised Y", the verb hung off the name: the
    // name before the verb closes a phrase of another actor's name, whose "of" phrase it
    // is (a place, a title's domain); that actor is the subject
    if super::enabled("named_owner")
        && p.rel(k - 1) == DepRel::Nmod
        && let Some(h) = p.head(k - 1)
        && h < k - 1
        && sa.entity[h].is_some()
        && sa.entity[h] != sa.entity[k - 1]
        && sa.kind[h].is_some_and(|m| m == MentionKind::Name)
    {
        return Some(vec![h]);
    }
    Some(vec![k - 1])
}

/// `contact_purpose`: "X phoned Y to express his support", "called Y to convey
/// condolences": the to-infinitive of an `expressing_verb` after a `contact_verb` and its
/// object states what the caller conveys to the one called (see [`contact_purpose_verb`]),
/// so the caller does it; before `name_before_verb` (Y stands right before "to") and
/// `object_controller`, which reads "called Y to ..." as object control (Y the doer:
/// "called Y to resign", which no expressing verb is).
fn contact_purpose(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let g = contact_purpose_verb(pr.sa.lex, pr.sa.p, pr.v)?;
    nonempty(pr.sa.subjects(g, pr.depth + 1).0)
}

/// The `contact_verb` whose purpose clause `v` is: `v` an `expressing_verb` in the
/// to-infinitive (an adverbial clause or open complement, as the parser reads either) of a
/// contact verb with an object before it, and no subject of its own.
pub(super) fn contact_purpose_verb(lex: &Lexicon, p: &Parsed<'_>, v: usize) -> Option<usize> {
    let g = p.head(v)?;
    (matches!(p.rel(v), DepRel::Advcl | DepRel::Xcomp)
        && p.upos[v] == Upos::Verb
        && p.upos[g] == Upos::Verb
        && lex.words.has(WordClass::ExpressingVerb, &p.lemmas[v])
        && lex.words.has(WordClass::ContactVerb, &p.lemmas[g])
        && to_infinitive(lex, p, v)
        && p.child_with(g, DepRel::Obj).is_some_and(|o| o < v)
        && !p.children(v).iter().any(|&k| p.rel(k) == DepRel::Nsubj)
        && super::enabled("contact_purpose"))
    .then_some(g)
}

/// "urged X to meet Y": the object of an object-control verb does its complement; "X was
/// urged by Y to meet Z": the passive's subject does (`controlled_object`).
fn object_controller(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (p, v) = (pr.sa.p, pr.v);
    let g = p.head(v)?;
    let controlled = controlled_object(p, g);
    let complement = (p.rel(v) == DepRel::Xcomp
        && pr
            .sa
            .lex
            .words
            .has(WordClass::ObjectControlVerb, &p.lemmas[g]))
        || object_control_complement(pr.sa.lex, p, g, controlled, v)
        || control_gerund(pr.sa, g, controlled, v);
    if !complement {
        return None;
    }
    Some(vec![controlled?])
}

/// `passive_control`: the one an object-control verb `v` passes down to its complement:
/// its object, or, as a passive, its subject ("X was urged by Y on Monday to withdraw":
/// X is to withdraw, and is whom Y urges).
pub(super) fn controlled_object(p: &Parsed<'_>, v: usize) -> Option<usize> {
    p.child_with(v, DepRel::Obj).or_else(|| {
        p.child_with(v, DepRel::NsubjPass)
            .filter(|_| super::enabled("passive_control"))
    })
}

/// "X wants to meet Y": an open complement's doer is its governor's subject.
fn open_complement(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    pr.climb_if(pr.sa.p.rel(pr.v) == DepRel::Xcomp)
}

/// `adjective_complement`: "X is due to meet Y", "X is set to back Y": the parser reads
/// the to-infinitive after a predicate adjective as the adjective's clausal subject even
/// when the adjective has a nominal subject of its own; a clause has one subject, so the
/// infinitive is an open complement of the adjective and its doer is that subject, as in
/// "X is likely to meet Y", which the parser reads right. A clausal subject with no
/// nominal one ("To meet Y is a risk") or an expletive ("It is vital to meet Y") has no
/// doer named here.
fn adjective_complement(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, v) = (pr.sa, pr.sa.p, pr.v);
    let g = p.head(v)?;
    pr.climb_if(
        p.rel(v) == DepRel::Csubj
            && p.upos[g] == Upos::Adj
            && to_infinitive(sa.lex, p, v)
            && p.children(g).iter().any(|&c| p.rel(c) == DepRel::Nsubj),
    )
}

/// "X met Y and condemned Z": a coordinated verb shares the first verb's subject.
fn coordinated_verb(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    pr.climb_if(pr.sa.p.rel(pr.v) == DepRel::Conj)
}

/// `dispatched_agents`: "Frontex sent 50 officers to help the Finnish border guard",
/// "X hired lawyers to sue Y": a to-infinitive modifying the object of a `dispatch_verb`
/// is what the people sent are to do for the sender, so the sender does it when the
/// object names no actor of its own; before `modified_noun`, which would make the
/// unnamed officers the doers (and drop the statement). "sent Kerry to meet X" keeps
/// Kerry.
fn dispatched_agents(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, v) = (pr.sa, pr.sa.p, pr.v);
    let g = p.head(v)?;
    let h = p.head(g)?;
    if p.rel(v) != DepRel::Acl
        || p.rel(g) != DepRel::Obj
        || !p
            .children(v)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Mark && c < v)
        || !sa.lex.words.has(WordClass::DispatchVerb, &p.lemmas[h])
        || !sa.actors_conj(g, true).is_empty()
    {
        return None;
    }
    nonempty(sa.subjects(h, pr.depth + 1).0)
}

/// `time_phrase_gerund`: "X seized the town after days of fighting with Y": a gerund
/// with its other side in a `reciprocal_preposition` phrase, modifying a noun that names
/// no actor ("days", "weeks") in an `event_time_preposition` phrase of a verb, is the
/// act of that verb's subject, as the event noun of such a phrase is (construction
/// `adverbial_event`); before `modified_noun`, which would make the days the doers.
fn time_phrase_gerund(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, v) = (pr.sa, pr.sa.p, pr.v);
    let g = p.head(v)?;
    let h = p.head(g)?;
    if p.rel(v) != DepRel::Acl
        || p.upos[v] != Upos::Verb
        || !p.lower[v].ends_with("ing")
        || p.rel(g) != DepRel::Obl
        || !sa.case_in(g, WordClass::EventTimePreposition)
        || p.upos[h] != Upos::Verb
        || sa.entity[g].is_some()
        || !p
            .children(v)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Obl && sa.case_in(c, WordClass::ReciprocalPreposition))
    {
        return None;
    }
    nonempty(sa.subjects(h, pr.depth + 1).0)
}

/// "Erdogan calling Israel ...", "the group, which attacked ...": a clause modifying a
/// noun is done by that noun.
fn modified_noun(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let p = pr.sa.p;
    let g = p.head(pr.v)?;
    (p.rel(pr.v) == DepRel::Acl).then(|| vec![g])
}

/// "X held talks with visiting Kenyan President Y in Beijing": a `visiting_participle`
/// modifying a person's name (as `crate::extract::repair` makes it) says that person is
/// the one who visits (the place is found by the verbs' step `visited_place`). Only a
/// person: "a visiting team from Brazil lost" visits no one.
fn visiting_guest(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, v) = (pr.sa, pr.sa.p, pr.v);
    let g = p.head(v)?;
    (p.rel(v) == DepRel::Amod
        && sa.lex.words.has(WordClass::VisitingParticiple, &p.lower[v])
        && sa.actor_type[g] == Some(crate::domain::ActorType::Person))
    .then(|| vec![g])
}

/// `utterance_participle`: "Jordan issued a statement condemning X", "said in a
/// communique criticising X", "a letter from Iran accusing X": a present participle
/// modifying an `utterance_noun` states what the text does, so its author does it: the
/// author the noun phrase names before the participle (its possessor, its `author_preposition`
/// phrase), else the subject of the verb whose object or oblique the noun is (who issued
/// the text or spoke in it); before `modified_noun`, which would make the text itself the
/// doer. Not a passive participle ("a statement issued by X" names who issued it).
fn utterance_participle(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, v) = (pr.sa, pr.sa.p, pr.v);
    let g = p.head(v)?;
    if p.rel(v) != DepRel::Acl
        || p.upos[v] != Upos::Verb
        || !p.lower[v].ends_with("ing")
        || !sa.lex.words.has(WordClass::UtteranceNoun, &p.lemmas[g])
    {
        return None;
    }
    let named: Vec<usize> = p
        .children(g)
        .iter()
        .copied()
        .filter(|&c| {
            c < v
                && (p.deprels[c] == DepRel::NmodPoss
                    || (p.rel(c) == DepRel::Nmod && sa.case_in(c, WordClass::AuthorPreposition)))
        })
        .collect();
    if !named.is_empty() {
        return Some(named);
    }
    let h = p.head(g)?;
    if !matches!(p.rel(g), DepRel::Obj | DepRel::Obl) || p.upos[h] != Upos::Verb {
        return None;
    }
    nonempty(sa.subjects(h, pr.depth + 1).0)
}

/// "threatened on Monday to break relations with X": an infinitive complement the parser
/// read as an adverbial clause is done by the governor's subject.
fn infinitive_clause(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let p = pr.sa.p;
    let g = p.head(pr.v)?;
    pr.climb_if(infinitive_complement(pr.sa.lex, p, g, pr.v))
}

/// "X strengthened ties, backing Y", "by backing Y", "after meeting Y": an unmarked
/// adverbial clause of a verb, or one marked by a `shared_subject_mark` (by, after,
/// before, while ...), with no subject of its own shares the main clause's subject
/// (not "after Y backed Z", which has one; not "without meeting Y"). A passive clause
/// shares it too, as what was done to it: "X hit back after being criticised by Y" is Y's
/// criticism of X, the passive's agent its source.
fn adverbial_clause(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (p, lex, v) = (pr.sa.p, pr.sa.lex, pr.v);
    let marked = p.children(v).iter().any(|&c| {
        p.rel(c) == DepRel::Mark && !lex.words.has(WordClass::SharedSubjectMark, &p.lower[c])
    });
    pr.climb_if(p.rel(v) == DepRel::Advcl && p.upos[v] == Upos::Verb && !marked)
}

/// "X joined Y in condemning Z": the act a `joining_verb`'s adverbial clause names after a
/// `joined_act_mark` is done by the subject and by the one joined (its object), as "X and Y
/// condemned Z" states. A denied or hypothetical joining ("did not join", "could join Y
/// in ... if", the condition on the joining or on the act) names no doer: the act is said
/// of no one.
fn joined_in_act(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (sa, p, lex, v) = (pr.sa, pr.sa.p, pr.sa.lex, pr.v);
    let g = p.head(v).filter(|&g| {
        p.rel(v) == DepRel::Advcl
            && p.upos[v] == Upos::Verb
            && p.upos[g] == Upos::Verb
            && lex.words.has(WordClass::JoiningVerb, &p.lemmas[g])
            && p.children(v).iter().any(|&c| {
                p.rel(c) == DepRel::Mark && lex.words.has(WordClass::JoinedActMark, &p.lower[c])
            })
    })?;
    if sa.denied(g) || sa.hypothetical(g) || (sa.hedged(g) && sa.conditioned(v)) {
        return Some(Vec::new());
    }
    let (mut doers, passive) = sa.subjects(g, pr.depth + 1);
    if passive {
        return Some(Vec::new());
    }
    doers.extend(
        p.children(g)
            .iter()
            .copied()
            .filter(|&c| matches!(p.rel(c), DepRel::Obj | DepRel::Iobj)),
    );
    Some(doers)
}

/// "X left Amman on Thursday to hold talks with Y": the to-infinitive adverbial clause of
/// a `travel_verb` states the traveller's purpose, done by the main clause's subject; so
/// does that of a `means_verb` ("police used tear gas to disperse Y": the users disperse,
/// not the gas). Not of any verb: "X welcomed the move to isolate Y" is no act of X's.
fn purpose_infinitive(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (p, lex, v) = (pr.sa.p, pr.sa.lex, pr.v);
    let g = p.head(v)?;
    let to = to_infinitive(lex, p, v);
    pr.climb_if(
        p.rel(v) == DepRel::Advcl
            && p.upos[v] == Upos::Verb
            && p.upos[g] == Upos::Verb
            && to
            && (lex.words.has(WordClass::TravelVerb, &p.lemmas[g])
                || lex.words.has(WordClass::MeansVerb, &p.lemmas[g])),
    )
}

/// A parse that lost the subject relation: a bare nominal before the predicate
/// ("Secretary ... are in Cairo" with "Secretary" as nmod:desc).
fn stray_nominal(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (p, v) = (pr.sa.p, pr.v);
    let stray = p.children(v).iter().copied().find(|&c| {
        c < v
            && matches!(p.upos[c], Upos::Propn | Upos::Noun | Upos::Pron)
            && matches!(
                p.rel(c),
                DepRel::Nmod
                    | DepRel::Dep
                    | DepRel::Appos
                    | DepRel::Obl
                    | DepRel::Compound
                    | DepRel::Dislocated
            )
            && p.case_of(c).is_none()
            && !matches!(
                p.deprels[c],
                DepRel::OblTmod
                    | DepRel::OblUnmarked
                    | DepRel::NmodTmod
                    | DepRel::NmodUnmarked
                    | DepRel::NmodPoss
            )
    })?;
    Some(vec![stray])
}

/// "Albania on Friday denounced ..." parsed with the verb hanging off the noun before it.
fn appositive_head(pr: &Predicate<'_>) -> Option<Vec<usize>> {
    let (p, v) = (pr.sa.p, pr.v);
    let g = p.head(v)?;
    (matches!(p.rel(v), DepRel::Appos | DepRel::Dep | DepRel::Parataxis)
        && g < v
        && matches!(p.upos[g], Upos::Propn | Upos::Noun))
    .then(|| vec![g])
}

impl Predicate<'_> {
    /// When `holds`, the subjects of the predicate this one depends on (its governor's).
    fn climb_if(&self, holds: bool) -> Option<Vec<usize>> {
        let g = self.sa.p.head(self.v).filter(|_| holds)?;
        Some(self.sa.subjects(g, self.depth + 1).0)
    }
}

/// An object of predicate `v` whose actors are read.
pub(super) struct Object<'c> {
    sa: &'c SentenceActors<'c, 'c>,
    v: usize,
    t: usize,
}

/// Repairs for an object naming no actor, two common parser slips, tried in order:
/// `number_object` first, as its noun is the object itself; then `author_phrase`.
pub(super) const OBJECT_FALLBACKS: &[ObjectStep] = &[
    ("number_object", number_object),
    ("author_phrase", author_phrase),
];

/// "deported \[168\] Liberians": a number read as the object stands for the noun after it.
fn number_object(ob: &Object<'_>) -> Option<Vec<usize>> {
    let (sa, p, v, t) = (ob.sa, ob.sa.p, ob.v, ob.t);
    if p.upos[t] != Upos::Num
        || t + 1 >= p.len()
        || !matches!(p.upos[t + 1], Upos::Noun | Upos::Propn | Upos::Adj)
    {
        return None;
    }
    let next = (t + 1..p.len())
        .find(|&k| matches!(p.upos[k], Upos::Noun | Upos::Propn))
        .unwrap_or(t + 1);
    (sa.entity[next].is_some() || p.head(next) == Some(v) || p.head(next) == Some(t))
        .then(|| sa.actors_conj(next, true))
}

/// "rejected calls by Kofi Annan": an object naming no actor takes its author from a "by"
/// or "from" phrase right after it.
fn author_phrase(ob: &Object<'_>) -> Option<Vec<usize>> {
    let (sa, p, v, t) = (ob.sa, ob.sa.p, ob.v, ob.t);
    let end = (t..p.len())
        .take_while(|&k| p.head(k) == Some(t) || k == t)
        .last()
        .unwrap_or(t)
        + 1;
    Some(
        p.children(v)
            .iter()
            .copied()
            .filter(|&c| c > t && p.left_edge(c) <= end + 1 && p.left_edge(c) >= end)
            .filter(|&c| sa.case_in(c, WordClass::AuthorPreposition))
            .flat_map(|c| sa.actors_conj(c, true))
            .collect(),
    )
}

/// The names of every step of this file, for the tests.
#[cfg(test)]
pub(super) fn step_names() -> Vec<&'static str> {
    [
        ACTOR_STEPS.iter().map(|s| s.0).collect::<Vec<_>>(),
        SUBJECT_FALLBACKS.iter().map(|s| s.0).collect(),
        OBJECT_FALLBACKS.iter().map(|s| s.0).collect(),
        // the readings outside the step lists, named for their rows
        vec![
            "named_owner",
            "comitative_conjunct",
            "fronted_comitative",
            "comitative_noun",
            "owned_thing_name",
            "own_by_phrase",
            "inclusion_phrase",
            "reduced_passive",
            "author_owner",
            "act_of_author",
            "part_of_whole",
            "collective_of",
            "located_hyphen",
            "owner_participle",
            "event_parties",
            "goods_origin",
            "trade_counterpart",
            "author_participle",
            "hypothetical",
            "inverted_clause",
            "accusation_content",
            "object_relative",
            "title_inside_name",
            "name_coordinated_into_group",
            "object_control_complement",
            "control_gerund",
            "requested_content",
            "deontic_modal",
            "predicted_act",
            "no_longer",
            "passive_control",
            "between_head_noun",
            // the tree repairs of relative and adverbial clauses (`extract::repair`)
            "relative_clause_verb",
            "relative_clause_end",
            "relative_clause_object",
            "relative_pronoun_object",
            "relative_clause_person",
            "adverbial_complement",
            "phrase_before_complement",
        ],
    ]
    .concat()
}

impl<'p, 'a> SentenceActors<'p, 'a> {
    /// The actors a phrase headed by `t` refers to (its conjuncts are not included).
    /// `target` allows a modifier to stand for the phrase ("an Egyptian cease-fire").
    pub(super) fn actors(&self, t: usize, target: bool, depth: usize) -> Vec<usize> {
        if depth > 4 {
            return Vec::new();
        }
        let phrase = Phrase {
            sa: self,
            t,
            target,
            depth,
        };
        first_step(ACTOR_STEPS, &phrase).unwrap_or_default()
    }

    /// `located_hyphen`: whether token `x` is a hyphenated word whose ending says where a
    /// thing is based or a person comes from ("Cyprus-based", "German-born": a
    /// [`WordClass::LocatedHyphenSuffix`]), so that the place it names is no side.
    pub(super) fn located_hyphen(&self, x: usize) -> bool {
        self.p.lower[x]
            .rsplit_once('-')
            .is_some_and(|(_, suffix)| self.lex.words.has(WordClass::LocatedHyphenSuffix, suffix))
            && super::enabled("located_hyphen")
    }

    /// Actors of `t` and its conjuncts, with the comitative ones (see
    /// [`Self::comitatives`]).
    pub(super) fn actors_conj(&self, t: usize, target: bool) -> Vec<usize> {
        let mut out = Vec::new();
        for x in self.p.with_conjuncts(t) {
            // "Law and Justice": a conjunct inside the name of its head is that name's
            // word, no phrase of its own (the head may stand for a titled person after it)
            if x != t
                && self.entity[t].is_some()
                && (t.min(x)..=t.max(x)).all(|k| self.entity[k] == self.entity[t])
            {
                continue;
            }
            if let Some(k) = self.name_coordinated_into_group(x) {
                push_unique(&mut out, self.actors(k, target, 0));
            }
            push_unique(&mut out, self.actors(x, target, 0));
            for c in self.comitatives(x).into_iter().chain(self.inclusions(x)) {
                for y in self.p.with_conjuncts(c) {
                    push_unique(&mut out, self.actors(y, target, 0));
                }
            }
        }
        out
    }

    /// `name_coordinated_into_group`: "Hamas and Sudanese paramilitaries held talks",
    /// parsed as [Hamas and Sudanese] paramilitaries (a modifier shared by two conjuncts,
    /// as UD reads "Nato and US officials"): the group `x` stands with the name hung on it
    /// in front, whose conjunct is the people's word starting the group's phrase. The
    /// name is then a conjunct of the group, not of its nationality: "Nato and US
    /// officials" keeps its reading (no group).
    fn name_coordinated_into_group(&self, x: usize) -> Option<usize> {
        let p = self.p;
        if self.actor_type[x] != Some(crate::domain::ActorType::Group)
            || !super::enabled("name_coordinated_into_group")
        {
            return None;
        }
        p.children(x).iter().copied().find(|&k| {
            k + 2 < x
                && matches!(p.deprels[k], DepRel::Compound | DepRel::Nmod)
                && self.entity[k].is_some_and(|e| Some(e) != self.entity[x])
                && p.children(k).iter().any(|&c| {
                    c + 1 == x
                        && p.rel(c) == DepRel::Conj
                        && (self.kind[c] == Some(MentionKind::Demonym)
                            || self.entity[c] == self.entity[x])
                })
        })
    }

    /// `comitative_conjunct`: the phrases after `x` that the parser hung off it with a
    /// multiword comitative preposition (`comitative_preposition`: "Canada, along with
    /// Australia, backed Ukraine"), which add their actors to it as a conjunct would.
    /// Every `case` word of the phrase is joined, as "along" and "with" are both read as
    /// case markers.
    fn comitatives(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let mut out = Vec::new();
        if super::enabled("comitative_conjunct") {
            out.extend(
                p.children(x)
                    .iter()
                    .copied()
                    .filter(|&c| c > x && p.rel(c) == DepRel::Nmod && self.comitative_case(c)),
            );
        }
        out.extend(self.clause_comitatives(x));
        out
    }

    /// Is phrase `c` opened by a multiword comitative preposition ("along with")?
    fn comitative_case(&self, c: usize) -> bool {
        let words = self.case_words(c);
        words.contains(' ') && self.lex.words.has(WordClass::ComitativePreposition, &words)
    }

    /// The co-agents of active subject `x` that its clause names in a phrase of the verb,
    /// not of the subject: `fronted_comitative`, a comitative phrase before the verb
    /// ("Along with Germany and Italy, France condemned Russia", which the parser hangs on
    /// the verb); only before it, as after the object the phrase may as well add to the
    /// object ("condemned Russia along with Belarus"); and `comitative_noun`, a phrase
    /// "in alliance with Y" (`comitative_noun` in a `comitative_noun_mark` phrase of the
    /// verb, its `comitative_noun_preposition` phrase naming the co-agent) anywhere in the
    /// clause: "X fought Z in alliance with Y" is Y fighting Z beside X. Not a passive's
    /// subject (what is done to it is not done with its companions).
    fn clause_comitatives(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(v) = p.head(x).filter(|_| p.deprels[x] == DepRel::Nsubj) else {
            return Vec::new();
        };
        // (and of the open complements that share the subject: "he began fighting Z in
        // alliance with Y")
        let mut clauses = vec![v];
        let mut k = 0;
        while k < clauses.len() {
            let g = clauses[k];
            clauses.extend(p.children_with(g, DepRel::Xcomp).filter(|&c| c > g));
            k += 1;
        }
        let mut out = Vec::new();
        for (g, c) in clauses
            .iter()
            .flat_map(|&g| p.children(g).iter().map(move |&c| (g, c)))
        {
            if p.rel(c) != DepRel::Obl || (g != v && c < g) {
                continue;
            }
            if g == v && c < v && self.comitative_case(c) && super::enabled("fronted_comitative") {
                out.push(c);
            }
            if self.comitative_noun(c) {
                out.extend(p.children(c).iter().copied().filter(|&y| {
                    y > c
                        && p.rel(y) == DepRel::Nmod
                        && self.case_in(y, WordClass::ComitativeNounPreposition)
                }));
            }
            if self.comitative_sibling(c) {
                out.push(c);
            }
        }
        out
    }

    /// Is `c` a `comitative_noun` phrase ("in alliance")?
    fn comitative_noun(&self, c: usize) -> bool {
        let p = self.p;
        self.lex.words.has(WordClass::ComitativeNoun, &p.lemmas[c])
            && self.case_in(c, WordClass::ComitativeNounMark)
            && super::enabled("comitative_noun")
    }

    /// Is `c` the co-agent phrase of a `comitative_noun` phrase right before it that the
    /// parser hung on the verb beside it ("fought Z [in alliance] [with Y]"), not on the
    /// noun? It is the noun's, not a phrase of the verb's own ("fight with Y").
    pub(super) fn comitative_sibling(&self, c: usize) -> bool {
        let p = self.p;
        let start = p.left_edge(c);
        p.rel(c) == DepRel::Obl
            && self.case_in(c, WordClass::ComitativeNounPreposition)
            && start > 0
            && p.head(start - 1) == p.head(c)
            && p.rel(start - 1) == DepRel::Obl
            && self.comitative_noun(start - 1)
    }

    /// The case words in front of phrase `c`, with their fixed parts, joined by spaces
    /// ("along with", "such as", "including").
    /// Borrowed when there is one word (most phrases: "of", "to"), so the common case
    /// allocates nothing; it is asked of every phrase of an argument.
    fn case_words(&self, c: usize) -> Cow<'p, str> {
        let p = self.p;
        let mut words: Cow<'p, str> = Cow::Borrowed("");
        let mut add = |w: &'p str| {
            if words.is_empty() {
                words = Cow::Borrowed(w);
            } else {
                let joined = words.to_mut();
                joined.push(' ');
                joined.push_str(w);
            }
        };
        for &k in p.children(c).iter().filter(|&&k| k < c) {
            if p.deprels[k] == DepRel::Case {
                add(&p.lower[k]);
                for &f in p.children(k) {
                    if p.deprels[f] == DepRel::Fixed {
                        add(&p.lower[f]);
                    }
                }
            }
        }
        words
    }

    /// `inclusion_phrase`: the phrases after `x` that name some of what it names
    /// (`inclusion_preposition`: "freed 14 prisoners, including X", "several states, such
    /// as X, ..."), whose actors stand for `x` as a conjunct's would. Hung off `x`, or off
    /// the verb of which `x` is the object, after it, as the parser hangs "including" with
    /// a comma before it.
    fn inclusions(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        if !super::enabled("inclusion_phrase") {
            return Vec::new();
        }
        let included = |c: usize| {
            self.lex
                .words
                .has(WordClass::InclusionPreposition, &self.case_words(c))
        };
        let mut out: Vec<usize> = p
            .children(x)
            .iter()
            .copied()
            .filter(|&c| c > x && p.rel(c) == DepRel::Nmod && included(c))
            .collect();
        if p.rel(x) == DepRel::Obj
            && let Some(v) = p.head(x)
        {
            out.extend(
                p.children(v)
                    .iter()
                    .copied()
                    .filter(|&c| c > x && p.rel(c) == DepRel::Obl && included(c)),
            );
        }
        out
    }

    /// The actors of a target `t` of predicate `v`; for an object naming none, the
    /// repairs of [`OBJECT_FALLBACKS`].
    pub(super) fn object_actors(&self, v: usize, t: usize) -> Vec<usize> {
        let found = self.actors_conj(t, true);
        if !found.is_empty() || self.p.rel(t) != DepRel::Obj {
            return found;
        }
        let object = Object { sa: self, v, t };
        first_step(OBJECT_FALLBACKS, &object).unwrap_or_default()
    }

    /// The actors of the subjects of predicate `v` (with their conjuncts), or `None` when
    /// `v` is passive: a passive's subject is not its doer.
    pub(super) fn active_subject_actors(&self, v: usize) -> Option<Vec<usize>> {
        let (subjects, passive) = self.subjects(v, 0);
        if passive {
            return None;
        }
        let mut actors = Vec::new();
        for s in subjects {
            push_unique(&mut actors, self.actors_conj(s, true));
        }
        Some(actors)
    }

    /// Subject tokens of predicate `v`, and whether `v` is passive: its `nsubj`, else the
    /// first of [`SUBJECT_FALLBACKS`] (not deeper than a few governing clauses).
    pub(super) fn subjects(&self, v: usize, depth: usize) -> (Vec<usize>, bool) {
        let p = self.p;
        let passive = p
            .children(v)
            .iter()
            .any(|&c| matches!(p.deprels[c], DepRel::NsubjPass | DepRel::AuxPass))
            || self.reduced_passive(v);
        let mut subj: Vec<usize> = p
            .children(v)
            .iter()
            .copied()
            .filter(|&c| p.rel(c) == DepRel::Nsubj)
            .collect();
        // "Hamas, which Qatar funds": a relative pronoun beside another subject is the
        // clause's object, read as its target (`object_relative`)
        if subj.len() > 1 && !self.object_relatives(v).is_empty() {
            subj.retain(|&c| !self.lex.words.has(WordClass::RelativePronoun, &p.lower[c]));
        }
        // `requested_content`: the act a request asks for is done, if at all, by whom
        // the requester asks; the requester wants it done (its subject, or as a passive
        // its "by" phrase: "X was urged by Y to ...")
        if !passive
            && depth <= 3
            && let Some(g) = self.requested_by(v)
        {
            let (requesters, asked) = self.subjects(g, depth + 1);
            return if asked {
                let by = p.children(g).iter().copied();
                (
                    by.filter(|&c| p.deprels[c] == DepRel::OblAgent).collect(),
                    false,
                )
            } else {
                (requesters, false)
            };
        }
        if !subj.is_empty() || depth > 3 {
            return (subj, passive);
        }
        let predicate = Predicate { sa: self, v, depth };
        let found = first_step(SUBJECT_FALLBACKS, &predicate).unwrap_or_default();
        (found, passive)
    }

    /// `object_relative`: the relative pronouns of relative clause `v` that stand for its
    /// object, not its subject: "Hamas, which Qatar funds", "Navalny, whom Russia jailed".
    /// A pronoun the parser labelled an object or an oblique, or a subject beside another
    /// subject that is no relative pronoun (the parser gives "which Qatar funds" two).
    pub(super) fn object_relatives(&self, v: usize) -> Vec<usize> {
        let p = self.p;
        if !super::enabled("object_relative") || p.deprels[v] != DepRel::AclRelcl {
            return Vec::new();
        }
        let relative = |c: usize| self.lex.words.has(WordClass::RelativePronoun, &p.lower[c]);
        let other_subject = p
            .children(v)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Nsubj && !relative(c));
        p.children(v)
            .iter()
            .copied()
            .filter(|&c| {
                // (not a pronoun with a preposition: "a speech, in which he praised X")
                c < v
                    && relative(c)
                    && !p.children(c).iter().any(|&k| p.rel(k) == DepRel::Case)
                    && other_subject
                    && matches!(p.rel(c), DepRel::Obj | DepRel::Obl | DepRel::Nsubj)
            })
            .collect()
    }

    /// `reduced_passive`: a participle modifying an actor's name, with no auxiliary, whose
    /// agent is a "by" phrase ("Hezbollah, backed by Iran, ..."): a passive whose subject
    /// is the name, the patient, not the doer. Only a name: a noun may hide its patient
    /// ("an IPCL board member accused by X" is the member, not IPCL; "a concert hosted by
    /// X" is no actor), and "troops sent by X to fight Y" keeps its doer reading.
    fn reduced_passive(&self, v: usize) -> bool {
        let p = self.p;
        super::enabled("reduced_passive")
            && p.deprels[v] == DepRel::Acl
            && p.upos[v] == Upos::Verb
            && p.head(v).is_some_and(|g| {
                self.entity[g].is_some() && self.kind[g] == Some(MentionKind::Name)
            })
            && p.children(v).iter().any(|&c| {
                p.rel(c) == DepRel::Obl && self.case_in(c, WordClass::PassiveAgentPreposition)
            })
    }

    /// `imposing_participle`: the participles that put noun `n` on its target ("the
    /// sanctions imposed on X", "the restrictions placed on X"): reduced relatives of an
    /// `imposing_verb`, with no subject of their own.
    pub(super) fn imposing_participles(&self, n: usize) -> Vec<usize> {
        let mut out = self.legal_instigators(n);
        if super::enabled("imposing_participle") {
            out.extend(self.participles(n, WordClass::ImposingVerb));
        }
        out
    }

    /// `legal_act_instigator`: the verbs that order, seek, bring or issue a
    /// `legal_act_noun` `n` and name who does so by their "by" phrase: a reduced relative ("a
    /// warrant issued by X for Y", "the extradition of Y requested by X") or the passive whose
    /// subject the noun is ("Y's arrest was ordered by X"). Their phrases are read as the
    /// imposing participles' are: "by" the act's author, a phrase of the noun's frame its
    /// target. A denied verb ("was not ordered by X") names no one.
    pub(super) fn legal_instigators(&self, n: usize) -> Vec<usize> {
        let p = self.p;
        if !self.lex.words.has(WordClass::LegalActNoun, &p.lemmas[n])
            || !super::enabled("legal_act_instigator")
        {
            return Vec::new();
        }
        let passive = p.head(n).filter(|&g| {
            p.is_rel(n, DepRel::NsubjPass)
                && self
                    .lex
                    .words
                    .has(WordClass::LegalInstigatingVerb, &p.lemmas[g])
        });
        self.participles(n, WordClass::LegalInstigatingVerb)
            .into_iter()
            .chain(passive)
            .filter(|&v| !self.denied(v))
            .collect()
    }

    /// Whether verb `g` instigates the `legal_act_noun` `n`, its object: "ordered the arrest
    /// of Y", "brought charges against Y", "won an injunction against Y"; the verb's subject
    /// is the act's agent (`legal_act_instigator`), not one who undergoes it.
    pub(super) fn legal_instigation(&self, g: usize, n: usize) -> bool {
        let p = self.p;
        p.rel(n) == DepRel::Obj
            && p.head(n) == Some(g)
            && self.lex.words.has(WordClass::LegalActNoun, &p.lemmas[n])
            && self
                .lex
                .words
                .has(WordClass::LegalInstigatingVerb, &p.lemmas[g])
            && super::enabled("legal_act_instigator")
    }

    /// The reduced relatives of noun `n` whose verb is in `class`: participles after the
    /// noun with no subject of their own ("the sanctions imposed on X", "a tanker
    /// chartered by X").
    pub(super) fn participles(&self, n: usize, class: WordClass) -> Vec<usize> {
        let p = self.p;
        p.children(n)
            .iter()
            .copied()
            .filter(|&v| {
                v > n
                    && p.deprels[v] == DepRel::Acl
                    && p.upos[v] == Upos::Verb
                    && self.lex.words.has(class, &p.lemmas[v])
                    && !p.children(v).iter().any(|&c| p.rel(c) == DepRel::Nsubj)
            })
            .collect()
    }

    /// The actors of phrase `c` (with its conjuncts) that act: an owner or author by a
    /// "by" phrase. A place names none, unless it is a capital standing for its
    /// government ("the offer by Washington").
    fn acting_actors(&self, c: usize, depth: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for x in self.p.with_conjuncts(c) {
            if !self.place[x] || self.kind[x] == Some(MentionKind::Capital) {
                out.extend(self.actors(x, true, depth));
            }
        }
        out
    }

    /// `event_parties`: the parties of deal `n` (a `party_event_noun`) named after it: the
    /// buyer after "by", the thing bought or the sides joined after "of" ("the merger of X
    /// and Y"), the one it goes to after "to" ("the sale of X to Y"); the one in front is
    /// read already. Refusing a deal opposes every party to it; approving one backs the
    /// party whose deal it is, so under a verb whose sense with this object backs, the
    /// "of" and "to" phrases count only when no buyer is named ("cleared X's acquisition
    /// of Y" backs X, not Y; "approved the merger of X and Y" backs both).
    fn event_parties(&self, n: usize, depth: usize) -> Vec<usize> {
        let p = self.p;
        let phrases = || {
            p.children(n)
                .iter()
                .copied()
                .filter(move |&c| c > n && p.rel(c) == DepRel::Nmod)
        };
        let by = |c: usize| self.case_in(c, WordClass::PassiveAgentPreposition);
        // (a possessive the parser lost still names the buyer: "cleared [X Holdings'] [acquisition]"
        // with the name an oblique of the verb)
        let marker = n
            .checked_sub(1)
            .filter(|&m| self.lex.words.has(WordClass::PossessiveMarker, &p.lower[m]));
        let buyer = phrases().any(by)
            || p.children(n)
                .iter()
                .any(|&c| c < n && p.deprels[c] == DepRel::NmodPoss && self.entity[c].is_some())
            || marker
                .and_then(|m| p.head(m))
                .is_some_and(|h| self.entity[h].is_some());
        let others = !(buyer && self.governor_backs(n));
        let mut out = Vec::new();
        for c in phrases() {
            let party = by(c)
                || (others
                    && (self.case_in(c, WordClass::NounComplementPreposition)
                        || self.case_in(c, WordClass::RecipientPreposition)));
            if party {
                out.extend(self.acting_actors(c, depth));
            }
        }
        out
    }

    /// Does the verb whose object is noun `n` back, in its sense with that object (or
    /// alone): "approved the purchase"?
    fn governor_backs(&self, n: usize) -> bool {
        let p = self.p;
        let Some(g) = p
            .head(n)
            .filter(|&g| p.rel(n) == DepRel::Obj && p.upos[g] == Upos::Verb)
        else {
            return false;
        };
        let lemma = verb_lemma_at(self.lex, p, g);
        let triggers = &self.lex.triggers;
        triggers
            .object_sense(lemma, TriggerPos::Verb, &p.lemmas[n])
            .or_else(|| triggers.get(lemma, TriggerPos::Verb))
            .is_some_and(|t| t.class == Some(RelationKind::Backs))
    }

    /// `goods_origin`: the countries goods `n` (a `goods_noun`) come from: its "from"
    /// phrase ("steel from X"; a place or a capital names where, not who), and, for a
    /// trade noun, the goods of its "of" phrase read as a target ("imports of Russian
    /// oil", "imports of wine from Georgia").
    fn goods_origin(&self, n: usize, depth: usize) -> Vec<usize> {
        let p = self.p;
        let mut out = Vec::new();
        // (the origin right after a noun with nothing after it, which the parser hung
        // higher: "imposed duties on [steel] [from X]" with "from X" on the verb)
        let hung_higher = (n + 1 < p.len() && !p.children(n).iter().any(|&c| c > n))
            .then(|| p.head(n + 1))
            .flatten()
            .filter(|&x| {
                p.rel(n + 1) == DepRel::Case
                    && p.left_edge(x) == n + 1
                    && matches!(p.rel(x), DepRel::Obl | DepRel::Nmod)
                    && self.ancestor_of(p.head(x), n)
            });
        for c in p.children(n).iter().copied().chain(hung_higher) {
            if c < n || !matches!(p.rel(c), DepRel::Nmod | DepRel::Obl) {
                continue;
            }
            if self.case_in(c, WordClass::OriginPreposition) {
                for x in p.with_conjuncts(c) {
                    if !self.place[x] && self.kind[x] != Some(MentionKind::Capital) {
                        out.extend(self.actors(x, true, depth));
                    }
                }
            } else if self.case_in(c, WordClass::NounComplementPreposition) {
                for x in p.with_conjuncts(c) {
                    if self.lex.words.has(WordClass::GoodsNoun, &p.lemmas[x]) {
                        out.extend(self.actors(x, true, depth));
                    }
                }
            }
        }
        out
    }

    /// `trade_counterpart`: the other country of trade flow `n` (a `trade_flow_noun`):
    /// where the goods go, named by a "to" phrase, and where they come from, by a "from"
    /// phrase, on the noun itself ("banned exports to X", "halted arms shipments to X") or
    /// on the goods of its "of" phrase, one level down ("exports of gallium to X", "imports
    /// of furniture and paper from X", "a ban on exports of equipment to X"), and the
    /// phrase of a `destination_participle` after either ("a shipment of fuel bound for X").
    /// A place or a capital names where, not who (as for `goods_origin`). None when the
    /// trader is named in front of the noun ("criticised China's exports to Mexico",
    /// "Russian sales to X"): the target is that trader, which the phrase's own reading
    /// takes; a pronoun in front ("halted its exports to X") is the subject's own flow.
    pub(super) fn trade_counterparts(&self, n: usize, depth: usize) -> Vec<usize> {
        let p = self.p;
        let trader_in_front = (p.left_edge(n)..n)
            .any(|x| self.entity[x].is_some() && p.upos[x] != Upos::Pron && p.upos[x] != Upos::Det);
        if trader_in_front {
            return Vec::new();
        }
        // the noun, and the goods of its "of" phrase with their conjuncts
        let mut holders = vec![n];
        for &c in p.children(n) {
            if c > n
                && p.rel(c) == DepRel::Nmod
                && self.case_in(c, WordClass::NounComplementPreposition)
            {
                holders.extend(p.with_conjuncts(c));
            }
        }
        let phrase = |c: usize, h: usize| c > h && matches!(p.rel(c), DepRel::Nmod | DepRel::Obl);
        let mut sides = Vec::new();
        for &h in &holders {
            for &c in p.children(h) {
                if phrase(c, h)
                    && (self.case_in(c, WordClass::RecipientPreposition)
                        || self.case_in(c, WordClass::OriginPreposition))
                {
                    sides.push(c);
                }
                // "bound for X", "destined for X", as an adjective or a participle
                let destination = c > h
                    && matches!(p.rel(c), DepRel::Acl | DepRel::Amod)
                    && (self
                        .lex
                        .words
                        .has(WordClass::DestinationParticiple, &p.lower[c])
                        || self
                            .lex
                            .words
                            .has(WordClass::DestinationParticiple, &p.lemmas[c]));
                if destination {
                    sides.extend(p.children(c).iter().copied().filter(|&d| {
                        phrase(d, c) && self.case_in(d, WordClass::DestinationPreposition)
                    }));
                }
            }
        }
        let mut out = Vec::new();
        for c in sides {
            for x in p.with_conjuncts(c) {
                if !self.place[x] && self.kind[x] != Some(MentionKind::Capital) {
                    out.extend(self.actors(x, true, depth));
                }
            }
        }
        out
    }

    /// Is `a` a token above `n` in the tree?
    fn ancestor_of(&self, a: Option<usize>, n: usize) -> bool {
        a.is_some_and(|a| self.p.branch_under(n, a).is_some())
    }

    /// `owner_participle`: the "by" phrases of the participles that name who owns, runs
    /// or holds noun `n` ("a tanker chartered by X", "positions held by X", "a drone
    /// operated by X"), or the "to" phrases of a `belonging_verb` ("a cargo belonging to
    /// X"): as a target, the thing stands for that owner, as with the "of" phrase of an
    /// `owner_standing_noun`.
    pub(super) fn owner_agents(&self, n: usize) -> Vec<usize> {
        let p = self.p;
        if !super::enabled("owner_participle") {
            return Vec::new();
        }
        let mut out = Vec::new();
        // (and "a cargo belonging to X": the "to" phrase of a `belonging_verb`)
        let owners = [
            (
                WordClass::OwnerParticiple,
                WordClass::PassiveAgentPreposition,
            ),
            (WordClass::BelongingVerb, WordClass::BelongingPreposition),
        ];
        for (verbs, preposition) in owners {
            for v in self.participles(n, verbs) {
                out.extend(
                    p.children(v)
                        .iter()
                        .copied()
                        .filter(|&c| p.rel(c) == DepRel::Obl && self.case_in(c, preposition)),
                );
            }
        }
        out
    }

    /// `author_participle`: who made noun `n`, named by a clause of an `author_verb` on
    /// it: the "by" phrase of a participle with no subject of its own ("the cuts announced
    /// by X", "the plan that was announced by X"), or the subject of a relative clause whose
    /// object is the noun ("the plan, which X had championed", "the proposal X tabled").
    /// Not a participle of another verb: "the plan criticised by X" names no author.
    pub(super) fn author_clauses(&self, n: usize) -> Vec<usize> {
        let p = self.p;
        if !super::enabled("author_participle") || !self.stance_on(n) {
            return Vec::new();
        }
        let author_verb = |v: usize| {
            p.upos[v] == Upos::Verb
                && (self.lex.words.has(WordClass::AuthorVerb, &p.lemmas[v])
                    || p.children(v).iter().any(|&c| {
                        p.deprels[c] == DepRel::CompoundPrt
                            && self.lex.words.has(
                                WordClass::AuthorVerb,
                                &format!("{} {}", p.lemmas[v], p.lower[c]),
                            )
                    }))
        };
        let relative = |c: usize| self.lex.words.has(WordClass::RelativePronoun, &p.lower[c]);
        let mut out = Vec::new();
        for &v in p.children(n) {
            if v < n || p.rel(v) != DepRel::Acl || !author_verb(v) {
                continue;
            }
            let children = p.children(v);
            let subjects: Vec<usize> = children
                .iter()
                .copied()
                .filter(|&c| p.deprels[c] == DepRel::Nsubj && !relative(c))
                .collect();
            if subjects.is_empty() {
                // a participle or a passive clause ("the plan that was announced by X")
                out.extend(children.iter().copied().filter(|&c| {
                    p.rel(c) == DepRel::Obl && self.case_in(c, WordClass::PassiveAgentPreposition)
                }));
            } else if children
                .iter()
                .all(|&c| p.rel(c) != DepRel::Obj || (c < v && relative(c)))
            {
                // the noun is the clause's object: a relative pronoun stands for it, or
                // none does ("the proposal X tabled", "the plan that X unveiled")
                out.extend(subjects);
            }
        }
        out
    }

    /// Is noun `n` what a word of stance governs: a verb or noun trigger whose sense alone
    /// backs or opposes ("condemned the cuts", "protest against the cuts")? Backing or
    /// opposing a thing is backing or opposing its author; meeting it is not meeting its
    /// author ("when it comes to the decisions that the government are making").
    fn stance_on(&self, n: usize) -> bool {
        let p = self.p;
        let Some(h) = p.head(n) else {
            return false;
        };
        let (lemma, pos) = match p.upos[h] {
            Upos::Verb => (verb_lemma_at(self.lex, p, h), TriggerPos::Verb),
            Upos::Noun => (p.lemmas[h].as_str(), TriggerPos::Noun),
            _ => return false,
        };
        let stance = |s: &str| {
            self.lex.triggers.get(s, pos).is_some_and(|t| {
                matches!(t.class, Some(RelationKind::Backs | RelationKind::Opposes))
            })
        };
        // (a regular stem where the lemmatizer missed: "ridiculed" lemmatized "ridicul")
        stance(lemma)
            || (pos == TriggerPos::Verb && super::regular_stem(&p.lower[h], stance).is_some())
    }

    /// The "by" phrases of the participles of [`Self::imposing_participles`]: the author
    /// of "the sanctions imposed on X by Y", also where the parser hung it off the target
    /// name ("imposed on [X by Y]": a name has no author).
    pub(super) fn imposing_authors(&self, n: usize) -> Vec<usize> {
        self.agent_phrases(self.imposing_participles(n))
    }

    /// `passive_support`: the verb that carries out event noun `n` said in the passive,
    /// the noun its passive subject: a `support_verb` or an `imposing_verb` ("sanctions
    /// were imposed on X by Y", "talks were held between X and Y", "the deal was signed
    /// by X and Y"), read as its active ("Y imposed sanctions on X", "X and Y signed the
    /// deal"): its phrases are the noun's, its "by" phrase the noun's author (see
    /// [`Self::agent_phrases`]). Not a denied verb ("was never signed"). A verb that
    /// states a relation of its own with the noun as patient ("the sanctions were
    /// criticised by Y") is no support verb and names no author.
    pub(super) fn passive_support_verb(&self, n: usize) -> Option<usize> {
        let p = self.p;
        let g = p.head(n)?;
        (p.is_rel(n, DepRel::NsubjPass)
            && p.upos[g] == Upos::Verb
            && (self.verb_in(g, WordClass::SupportVerb)
                || self.verb_in(g, WordClass::ImposingVerb))
            && !self.denied(g))
        .then_some(g)
    }

    /// The "by" phrases of the passive verbs `verbs`: on the verb, or where the parser
    /// hung it off a name or capital the verb governs ("imposed on [X by Y]", "signed in
    /// [Nairobi by X]": a name has no author).
    pub(super) fn agent_phrases(&self, verbs: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let p = self.p;
        let by = |c: usize, rel: DepRel| {
            p.rel(c) == rel && self.case_in(c, WordClass::PassiveAgentPreposition)
        };
        let mut out = Vec::new();
        for v in verbs {
            for &c in p.children(v) {
                if by(c, DepRel::Obl) {
                    out.push(c);
                } else if p.rel(c) == DepRel::Obl
                    && matches!(self.kind[c], Some(MentionKind::Name | MentionKind::Capital))
                {
                    out.extend(
                        p.children(c)
                            .iter()
                            .copied()
                            .filter(|&d| by(d, DepRel::Nmod)),
                    );
                }
            }
        }
        out
    }

    /// The phrases after verb `v` whose preposition is in `class`: on the verb (`obl`), or
    /// hung by the parser on one of `hosts` (`nmod`), as it hangs the second object of a
    /// three-place verb on the first ("extradited X [to Y]", "gave $1 billion [in loans by
    /// X]"). The hosts are the caller's: the objects, their appositions, an oblique.
    pub(super) fn case_phrases(&self, v: usize, hosts: &[usize], class: WordClass) -> Vec<usize> {
        let p = self.p;
        let mut found: Vec<usize> = p
            .children(v)
            .iter()
            .copied()
            .filter(|&d| d > v && p.rel(d) == DepRel::Obl && self.case_in(d, class))
            .collect();
        for &h in hosts {
            found.extend(
                p.children(h)
                    .iter()
                    .copied()
                    .filter(|&e| e > h && p.rel(e) == DepRel::Nmod && self.case_in(e, class)),
            );
        }
        found
    }

    /// The actors the token `t` refers to: each actor of a plural reference
    /// ([`Self::groups`]), else its mention's entity, if any.
    pub(super) fn actors_at(&self, t: usize) -> &[usize] {
        self.groups
            .iter()
            .find(|(span, _)| span.contains(&t))
            .map_or(self.entity[t].as_slice(), |(_, members)| members.as_slice())
    }

    /// The token `t` is a word of a reciprocal pronoun written as two words
    /// ([`WordClass::ReciprocalPronoun`]: "each other", "one another"), whichever the parser
    /// made the head.
    pub(super) fn reciprocal_pronoun(&self, t: usize) -> bool {
        let lower = &self.p.lower;
        let pair = |a: usize| {
            lower.get(a + 1).is_some_and(|b| {
                self.lex
                    .words
                    .has(WordClass::ReciprocalPronoun, &format!("{} {b}", lower[a]))
            })
        };
        self.entity[t].is_none() && (pair(t) || (t > 0 && pair(t - 1)))
    }

    /// True when the case marker of `c` (its preposition, multiword ones joined) is in
    /// `class`.
    pub(super) fn case_in(&self, c: usize, class: WordClass) -> bool {
        self.p
            .case_of(c)
            .is_some_and(|k| self.lex.words.has(class, &k))
    }

    /// True if `i` is negated: a negation word ("not", "never", "without") among its
    /// dependents.
    ///
    /// `no_longer`: or an `ended_adverb` ("longer") that a negation word modifies: "X no
    /// longer backs Y" states that the backing has ended, as "X does not back Y" does.
    pub(super) fn negated(&self, i: usize) -> bool {
        let p = self.p;
        let negation = |c: usize| {
            // the relation first: it is cheaper to compare than a word to look up
            matches!(
                p.rel(c),
                DepRel::Advmod | DepRel::Det | DepRel::Cc | DepRel::Case | DepRel::Mark
            ) && self.lex.words.has(WordClass::NegationWord, &p.lower[c])
        };
        p.children(i).iter().any(|&c| {
            negation(c)
                || (p.rel(c) == DepRel::Advmod
                    && self.lex.words.has(WordClass::EndedAdverb, &p.lower[c])
                    && p.children(c).iter().any(|&d| negation(d))
                    && super::enabled("no_longer"))
        })
    }

    /// Is the predicate `v` negated, directly, through its auxiliaries, or by a governing
    /// "refuse"/"deny"?
    pub(super) fn denied(&self, v: usize) -> bool {
        let (p, lex) = (self.p, self.lex);
        if self.negated(v) {
            return true;
        }
        // "Neither X nor Y backed Z": a subject opened by a negating conjunction denies
        // the predicate of all its conjuncts
        if p.children(v).iter().any(|&s| {
            p.rel(s) == DepRel::Nsubj
                && p.children(s).iter().any(|&c| {
                    p.rel(c) == DepRel::Cc && lex.words.has(WordClass::NegationWord, &p.lower[c])
                })
        }) {
            return true;
        }
        let mut x = v;
        for _ in 0..3 {
            let Some(g) = p.head(x) else { break };
            // a complement the parser labelled an oblique or object is still a clause when
            // it has a subject of its own ("denied it was in talks with X": "talks" hung on
            // "denied" as an oblique, with "it" its subject and "was" its copula)
            // a gerund read as an adverbial clause with no mark and no subject of its own
            // is the governor's complement too ("ruled out sending troops to X")
            let own = |r: DepRel| p.children(x).iter().any(|&c| p.rel(c) == r);
            // and so is a that-clause read as an adverbial one ("denied on Sunday that he
            // had met X", where the time phrase between led the parser astray)
            let that_clause = p.rel(x) == DepRel::Advcl
                && p.children(x).iter().any(|&c| {
                    p.rel(c) == DepRel::Mark
                        && lex.words.has(WordClass::ComplementMark, &p.lower[c])
                });
            let clause = matches!(p.rel(x), DepRel::Xcomp | DepRel::Ccomp | DepRel::Csubj)
                || that_clause
                || (matches!(p.rel(x), DepRel::Obl | DepRel::Obj) && own(DepRel::Nsubj))
                || (p.rel(x) == DepRel::Advcl
                    && p.lower[x].ends_with("ing")
                    && !own(DepRel::Nsubj)
                    && !own(DepRel::Mark));
            if clause && (self.negative_governor(g) || self.negated(g)) {
                return true;
            }
            if p.rel(x) == DepRel::Xcomp && self.predicted(g) {
                return true;
            }
            if p.rel(x) != DepRel::Xcomp {
                break;
            }
            x = g;
        }
        self.accusation_content(v) || self.hypothetical(v) || self.inverted_clause(v)
    }

    /// `requested_content`: the `request_verb` that asks someone to do the predicate `v`
    /// ("urged X to attack Y", "asked X to extradite Y", "demanded that X hand Y over").
    /// The request is stated (the verb's own sense, X its target); the act it asks for
    /// has not happened, but a hostile one is the requester's hostility, as an event noun
    /// after an `advocacy_verb` is ("demanded sanctions on Y"): the requester is its doer
    /// (see `subjects`); a meeting or a cooperation asked for states nothing
    /// (`statement`: "asked X to mediate between Y and Z", "urged X to normalise
    /// relations with Y"). Read upward as `hypothetical`
    /// reads (a noun to its verb as its object or phrase; a verb through open complements
    /// and conjuncts) to a complement of a `request_verb`: an open or clausal complement
    /// that is a to-infinitive or states a mandate in a that-clause ("that X should",
    /// "that X release": see `verbs::mandate_clause_subjects`; not a quote, "'I condemn
    /// X,' she told the crowd"), the to-infinitive the parser read as an adverbial clause
    /// after the verb's object (`object_control_complement`), or one it hung on that
    /// object ("urged rebels to withdraw").
    pub(super) fn requested_by(&self, v: usize) -> Option<usize> {
        let (p, lex) = (self.p, self.lex);
        if !super::enabled("requested_content") {
            return None;
        }
        let mut x = self.predicate_clause(v);
        for _ in 0..4 {
            // `said_request`: a speech verb whose clausal complement states a mandate, what
            // another is to do ("said Y should expel Z", "'Z must be punished,' X said"),
            // asks for it as "urged Y to expel Z" does (see `mandate`); the speaker's own
            // "'We must help Y,' X said" is a stance of theirs (`deontic_modal`)
            let first_person = |c: usize| lex.words.first_person(&p.lower[c]);
            if super::enabled("said_request")
                && !p
                    .children(x)
                    .iter()
                    .any(|&c| p.rel(c) == DepRel::Nsubj && first_person(c))
                && let Some(g) = super::mandate::mandate_speaker(lex, p, x)
            {
                return Some(g);
            }
            let g = p.head(x)?;
            // `contact_purpose`: "called Y to express its support" conveys, asks nothing
            if contact_purpose_verb(lex, p, x).is_some() {
                return None;
            }
            let request = lex.words.has(WordClass::RequestVerb, &p.lemmas[g]);
            let complement = match p.rel(x) {
                DepRel::Xcomp | DepRel::Ccomp => {
                    to_infinitive(lex, p, x)
                        || (p.children(x).iter().any(|&m| p.rel(m) == DepRel::Mark)
                            && !super::verbs::mandate_clause_subjects(self, x).is_empty())
                }
                DepRel::Advcl => object_control_complement(lex, p, g, controlled_object(p, g), x),
                DepRel::Acl => {
                    x > g
                        && p.rel(g) == DepRel::Obj
                        && to_infinitive(lex, p, x)
                        && p.head(g)
                            .is_some_and(|h| lex.words.has(WordClass::RequestVerb, &p.lemmas[h]))
                }
                _ => false,
            };
            if complement && p.rel(x) == DepRel::Acl {
                return p.head(g);
            }
            if complement && request {
                return Some(g);
            }
            if !matches!(p.rel(x), DepRel::Xcomp | DepRel::Conj) {
                return None;
            }
            x = g;
        }
        None
    }

    /// The clause of predicate `i`: a noun climbs to its verb as its object or phrase
    /// (up to three steps: "urged X to impose sanctions on Y" is the imposing's); a verb
    /// is its own.
    pub(super) fn predicate_clause(&self, i: usize) -> usize {
        let p = self.p;
        let mut x = i;
        for _ in 0..3 {
            if matches!(p.upos[x], Upos::Verb | Upos::Aux)
                || !matches!(p.rel(x), DepRel::Obj | DepRel::Obl | DepRel::Nmod)
            {
                break;
            }
            match p.head(x) {
                Some(g) => x = g,
                None => break,
            }
        }
        x
    }

    /// `inverted_clause`: is the predicate `v` in a clause whose auxiliary stands before
    /// its subject? In news copy that order asks ("Will X keep backing Y if ...?", "Did X
    /// attack Y?") or supposes ("Had X sent missiles to Y, the front line might ...",
    /// "Should X invade Y, ..."), and neither states the event. Read upward from `v` as
    /// `hypothetical` reads (a noun to its verb as its object or phrase; a verb through
    /// open complements and conjuncts) to the first clause with a subject: the word right
    /// before the subject's phrase is an `inverting_auxiliary` that is the clause's own
    /// auxiliary, or its head (the parser hangs "Had X sent ..." on "Had"), or the
    /// sentence's first word.
    fn inverted_clause(&self, v: usize) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        if !super::enabled("inverted_clause") {
            return false;
        }
        let mut x = v;
        for _ in 0..4 {
            if let Some(s) = p.child_with(x, DepRel::Nsubj) {
                let Some(a) = p.left_edge(s).checked_sub(1) else {
                    return false;
                };
                return words.has(WordClass::InvertingAuxiliary, &p.lower[a])
                    && (a == 0
                        || p.head(x) == Some(a)
                        || (p.head(a) == Some(x)
                            && matches!(p.rel(a), DepRel::Aux | DepRel::Cop)));
            }
            let climbs = if matches!(p.upos[x], Upos::Verb | Upos::Aux) {
                matches!(p.rel(x), DepRel::Xcomp | DepRel::Conj)
            } else {
                matches!(p.rel(x), DepRel::Obj | DepRel::Obl | DepRel::Nmod)
            };
            match p.head(x) {
                Some(g) if climbs => x = g,
                _ => return false,
            }
        }
        false
    }

    /// `accusation_content`: is the predicate `v` the charge of an accusation, its "of"
    /// clause on the accused ("accused X of helping Y") or on the verb ("charged with")?
    /// The accuser states the charge, the text does not state the event.
    fn accusation_content(&self, v: usize) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        if !super::enabled("accusation_content")
            || !matches!(p.rel(v), DepRel::Acl | DepRel::Advcl)
            || !p.children(v).iter().any(|&m| {
                p.rel(m) == DepRel::Mark
                    && words.has(WordClass::NounComplementPreposition, &p.lower[m])
            })
        {
            return false;
        }
        let Some(g) = p.head(v) else { return false };
        // the clause hangs on the accused object, or on the verb itself
        let verb = if p.rel(v) == DepRel::Acl && p.rel(g) == DepRel::Obj {
            p.head(g)
        } else {
            Some(g)
        };
        verb.is_some_and(|a| {
            let lemma = verb_lemma_at(self.lex, p, a);
            words.has(WordClass::AccusationVerb, lemma)
        })
    }

    /// `hypothetical`: is the predicate `i` part of a condition or of what would follow
    /// from one? Neither is a stated event: "If X invades Y, Z would back W" states no
    /// invasion and no backing. The clause of `i` (a noun's: the verb it depends on) and
    /// the clauses it is an open complement, conjunct or purpose of are read upward: an
    /// adverbial clause opened by a `conditional_mark` ("if", "unless") is a condition
    /// (a complement opened by "if" is a question: "asked if X had backed Y"); one with a
    /// `hedge_modal` ("would", "could") and a condition of its own is a consequence
    /// ("will" is not one: "X will attack unless Y withdraws" is a threat, stated).
    fn hypothetical(&self, i: usize) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        if !super::enabled("hypothetical") {
            return false;
        }
        // (a noun climbs to its verb as its object or phrase only: the subject of a
        // belief, "if you believe the rift between X and Y is bad", is no condition)
        let mut x = self.predicate_clause(i);
        // (also as the case of a phrase: the parser reads "unless X withdraws" as a noun
        // phrase at times)
        let conditional_mark = |c: usize| {
            matches!(p.rel(c), DepRel::Mark | DepRel::Case)
                && words.has(WordClass::ConditionalMark, &p.lower[c])
        };
        let asked = |x: usize| {
            p.head(x)
                .is_some_and(|g| words.has(WordClass::QuestionVerb, &p.lemmas[g]))
        };
        // a condition on an open complement read on the way up: "could become an ally of
        // Y if ..." (the parser hangs the condition on the complement, the modal on the verb)
        let mut condition_below = false;
        for _ in 0..4 {
            let children = p.children(x);
            // a clause opened by "whether", complement or adverbial, is an open choice
            // ("will decide whether to begin talks with X"), stated by no one; a question
            // verb's is read as its "if" is ("asked whether X had met Y")
            if matches!(
                p.rel(x),
                DepRel::Advcl | DepRel::Obl | DepRel::Ccomp | DepRel::Xcomp | DepRel::Csubj
            ) && children.iter().any(|&c| {
                p.rel(c) == DepRel::Mark && words.has(WordClass::OpenChoiceMark, &p.lower[c])
            }) && !asked(x)
            {
                return true;
            }
            // (an adverbial clause: "if" opening a complement asks a question, "asked if
            // Tory support for X had helped", and states what it asks about)
            if matches!(p.rel(x), DepRel::Advcl | DepRel::Obl)
                && children.iter().any(|&c| conditional_mark(c))
                // (nor when the parser hung a question on a `question_verb` as an
                // adverbial clause: "was asked if Tory support ...")
                && !asked(x)
            {
                return true;
            }
            let conditioned = condition_below || self.conditioned(x);
            if conditioned
                && children.iter().any(|&c| {
                    p.rel(c) == DepRel::Aux && words.has(WordClass::HedgeModal, &p.lower[c])
                })
            {
                return true;
            }
            // up from an open complement, a conjunct or a purpose clause ("would send
            // troops to defend Y")
            let purpose = p.rel(x) == DepRel::Advcl
                && p.children(x).iter().any(|&m| {
                    p.rel(m) == DepRel::Mark && words.has(WordClass::InfinitiveMark, &p.lower[m])
                });
            if !(matches!(p.rel(x), DepRel::Xcomp | DepRel::Conj) || purpose) {
                break;
            }
            condition_below = conditioned && p.rel(x) == DepRel::Xcomp;
            match p.head(x) {
                Some(g) => x = g,
                None => break,
            }
        }
        false
    }

    /// Does clause `x` have a condition of its own: an adverbial clause or phrase opened by
    /// a `conditional_mark` ("if the talks fail")? Also one the parser hung on a noun, as a
    /// relative clause or a noun phrase ("could become one of the allies of Y if the talks
    /// fail", "if the vote fails" with "fails" read as a noun).
    fn conditioned(&self, x: usize) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        p.children(x).iter().any(|&c| {
            matches!(
                p.rel(c),
                DepRel::Advcl | DepRel::Obl | DepRel::Acl | DepRel::Nmod
            ) && p.children(c).iter().any(|&m| {
                matches!(p.rel(m), DepRel::Mark | DepRel::Case)
                    && words.has(WordClass::ConditionalMark, &p.lower[m])
            })
        })
    }

    /// `predicted_act`: is `g` the governor of an act predicted or still pending, not
    /// done: the passive of a `prediction_governor` verb ("X is expected to meet Y"), such
    /// an adjective ("X is likely / unlikely to back Y"), or a verb with a `pending_adverb`
    /// ("X has yet to recognise Y")? The active "X expects to sign a deal with Y" is a
    /// plan of X's own and stays (as "plans to meet Y" does).
    fn predicted(&self, g: usize) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        if !super::enabled("predicted_act") {
            return false;
        }
        let governor = words.has(WordClass::PredictionGovernor, &p.lemmas[g])
            && (p.upos[g] == Upos::Adj
                || p.children(g)
                    .iter()
                    .any(|&c| matches!(p.deprels[c], DepRel::NsubjPass | DepRel::AuxPass)));
        governor
            || p.children(g).iter().any(|&c| {
                p.rel(c) == DepRel::Advmod && words.has(WordClass::PendingAdverb, &p.lower[c])
            })
    }

    /// Is `g` a verb that negates the event it governs: a `negative_governor` by its lemma
    /// ("refused to meet X") or by its lemma and particle ("ruled out backing X", "pulled
    /// out of talks with X")?
    pub(super) fn negative_governor(&self, g: usize) -> bool {
        self.verb_in(g, WordClass::NegativeGovernor)
    }

    /// Is `g` a verb of `class`, by its lemma or by its lemma and particle ("called off")?
    pub(super) fn verb_in(&self, g: usize, class: WordClass) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        if words.has(class, &p.lemmas[g]) {
            return true;
        }
        // the particle is the next word, whatever the parser made of it: a particle ("ruled
        // out"), an adverb ("walked away from") or the first of two prepositions ("pulled
        // out of talks"), on the verb or on one of its phrases
        let k = g + 1;
        k < p.len()
            && matches!(p.upos[k], Upos::Adp | Upos::Adv | Upos::Part)
            && p.head(k).is_some_and(|h| h == g || p.head(h) == Some(g))
            && words.has(class, &format!("{} {}", p.lemmas[g], p.lower[k]))
    }

    /// Is the predicate `v` hedged by a modal, an adverb or a condition?
    pub(super) fn hedged(&self, v: usize) -> bool {
        let (p, words) = (self.p, &self.lex.words);
        p.children(v).iter().any(|&c| {
            let word = p.lower[c].as_str();
            match p.rel(c) {
                DepRel::Aux => words.has(WordClass::HedgeModal, word),
                DepRel::Advmod => words.has(WordClass::HedgeAdverb, word),
                DepRel::Mark => words.has(WordClass::ConditionalMark, word),
                _ => false,
            }
        })
    }

    /// The person `officer` holds an office of the actor `owner`, or speaks for it, as the
    /// sentence says by naming `owner` right before `officer`'s mention (its title, or its
    /// name), or before a possessive clitic there ("Gazprom chairman Aleksey Miller",
    /// "India's petroleum minister Mani Aiyar", "Britain's Tony Blair"). A list that names
    /// them both names one side, not two.
    pub(crate) fn officer_of(&self, owner: usize, officer: usize) -> bool {
        let (p, n) = (self.p, self.p.len());
        (1..n).any(|k| {
            let title = if self.entity[k - 1] == Some(owner)
                && self.entity[k].is_none()
                && self.lex.words.has(WordClass::PossessiveClitic, &p.lower[k])
            {
                k + 1
            } else if self.entity[k - 1] == Some(owner) {
                k
            } else {
                return false;
            };
            title < n
                && self.entity[title] == Some(officer)
                && self.actor_type[title] == Some(ActorType::Person)
        })
    }

    /// True when one of the target tokens is a between-phrase ("between X and Y"): they
    /// state a symmetric set.
    pub(super) fn between(&self, targets: &[usize]) -> bool {
        let p = self.p;
        targets.iter().any(|&c| {
            // (or the predicate of a copula: "the race is between X and Y")
            (matches!(p.rel(c), DepRel::Obl | DepRel::Nmod)
                || p.children(c).iter().any(|&k| p.rel(k) == DepRel::Cop))
                && self.case_in(c, WordClass::BetweenPreposition)
        })
    }

    /// The two sides of "between X and Y". The tree gives `found`; when it holds fewer
    /// than two (the parser attached "and Y" elsewhere), read the words after "between":
    /// names, "and", commas, determiners and adjectives, and the noun an actor's word
    /// modifies ("between the Sudanese army and the RSF": "army" heads "Sudanese"'s
    /// phrase, the side is Sudan; construction `between_head_noun`).
    pub(super) fn between_set(&self, targets: &[usize], found: Vec<usize>) -> Vec<usize> {
        let (p, words) = (self.p, &self.lex.words);
        if found.len() >= 2 {
            return found;
        }
        let Some(prep) = targets.iter().find_map(|&t| {
            p.children(t).iter().copied().find(|&c| {
                p.deprels[c] == DepRel::Case
                    && words.has(WordClass::BetweenPreposition, &p.lower[c])
            })
        }) else {
            return found;
        };
        let mut set = Vec::new();
        for k in prep + 1..p.len() {
            if let Some(e) = self.entity[k] {
                push_unique(&mut set, [e]);
            } else if !(words.has(WordClass::BetweenListWord, &p.lower[k])
                || matches!(p.upos[k], Upos::Det | Upos::Adj)
                || (p.upos[k] == Upos::Noun
                    && k > prep + 1
                    && self.entity[k - 1].is_some()
                    && p.head(k - 1) == Some(k)
                    && super::enabled("between_head_noun")))
            {
                break;
            }
        }
        if set.len() >= 2 { set } else { found }
    }

    /// Targets of predicate `v` per the trigger's frame.
    pub(super) fn frame_targets(&self, v: usize, trigger: &Trigger) -> Vec<usize> {
        self.span_targets(v, (v, v + 1), trigger)
    }

    /// Targets of the trigger words `span` (headed by `v`) per the trigger's frame: the
    /// object, or a phrase of a preposition the frame names (whatever label the parser
    /// gave it), among the dependents of any
    /// of them, so that "held talks with X" finds X on "talks".
    pub(super) fn span_targets(
        &self,
        v: usize,
        span: (usize, usize),
        trigger: &Trigger,
    ) -> Vec<usize> {
        let p = self.p;
        let words = std::iter::once(v).chain((span.0..span.1).filter(|&k| k != v));
        words
            .flat_map(|w| p.children(w).iter().copied())
            .filter(|&c| c < span.0 || c >= span.1)
            .filter(|&c| match p.rel(c) {
                // an object phrase that opens with a preposition is the prepositional
                // phrase the parser mislabelled ("granted asylum [to 18] X" read as two
                // objects, the preposition on the number)
                DepRel::Obj | DepRel::Iobj => {
                    trigger.frame.obj || p.phrase_case(c).is_some_and(|k| trigger.frame.takes(&k))
                }
                // (not the co-agent of "in alliance with Y" hung on the verb)
                DepRel::Obl | DepRel::Nmod if self.comitative_sibling(c) => false,
                DepRel::Obl | DepRel::Nmod => {
                    p.case_of(c).is_some_and(|k| trigger.frame.takes(&k))
                        // an idiom that ends in its own preposition ("stood by X", "rounded
                        // on X", "threw its weight behind X"): the parser hangs the
                        // preposition on the noun, which is the idiom's object
                        || (trigger.frame.obj
                            && span.1 - span.0 > 1
                            && p.children(c).iter().any(|&k| {
                                p.rel(k) == DepRel::Case && k + 1 == span.1 && k < c
                            }))
                }
                _ => false,
            })
            .collect()
    }
}

/// Is clause `c` the infinitive complement of verb `v` that the parser read as an adverbial
/// clause ("threatened on Monday [to break relations]")?
pub(super) fn infinitive_complement(lex: &Lexicon, p: &Parsed<'_>, v: usize, c: usize) -> bool {
    p.rel(c) == DepRel::Advcl
        && p.head(c) == Some(v)
        && lex.words.has(WordClass::InfinitiveVerb, &p.lemmas[v])
        && p.upos[c] == Upos::Verb
        && to_infinitive(lex, p, c)
}

/// `object_control_complement`: is clause `c` the to-infinitive complement of
/// object-control verb `v` that the parser read as an adverbial clause, as it does when a
/// time or place phrase stands between the object and the infinitive ("urged Russia on
/// Sunday [to return the children]", "pressed Egypt last week [to open the crossing]")?
/// The verb has its `object` (its direct object, or an idiom's own prepositional object:
/// "called on Iran on Monday to ...") before the clause, and the clause no subject of its
/// own.
pub(super) fn object_control_complement(
    lex: &Lexicon,
    p: &Parsed<'_>,
    v: usize,
    object: Option<usize>,
    c: usize,
) -> bool {
    controlled_adverbial(lex, p, WordClass::InfinitiveMark, (v, object, c))
        && super::enabled("object_control_complement")
}

/// `control_gerund`: is clause `c` the gerund object-control verb `v` puts its `object`
/// into ("pressured Panama into cutting ties with Taiwan", "pushed X into severing
/// relations with Y")? The parser reads it as an adverbial clause after the object, marked
/// by a `control_gerund_mark`, with no subject of its own. The object does it, and has
/// done it: one pressured into an act was brought to it, so it is no request
/// (`requested_by` reads only the to-infinitive).
pub(super) fn control_gerund(
    sa: &SentenceActors<'_, '_>,
    v: usize,
    object: Option<usize>,
    c: usize,
) -> bool {
    controlled_adverbial(sa.lex, sa.p, WordClass::ControlGerundMark, (v, object, c))
        && super::enabled("control_gerund")
}

/// Is clause `c` an adverbial clause of object-control verb `v` after its `object`, with
/// no subject of its own and a mark of class `mark`: the shape in which the parser leaves
/// a controlled complement?
fn controlled_adverbial(
    lex: &Lexicon,
    p: &Parsed<'_>,
    mark: WordClass,
    (v, object, c): (usize, Option<usize>, usize),
) -> bool {
    p.rel(c) == DepRel::Advcl
        && p.head(c) == Some(v)
        && p.upos[c] == Upos::Verb
        && lex.words.has(WordClass::ObjectControlVerb, &p.lemmas[v])
        && object.is_some_and(|o| o < c)
        && !p.children(c).iter().any(|&k| p.rel(k) == DepRel::Nsubj)
        && marked(lex, p, c, mark)
}

/// Is clause `c` a to-infinitive: has it a mark of the `infinitive_mark` class?
pub(super) fn to_infinitive(lex: &Lexicon, p: &Parsed<'_>, c: usize) -> bool {
    marked(lex, p, c, WordClass::InfinitiveMark)
}

/// Has clause `c` a mark of class `class`?
fn marked(lex: &Lexicon, p: &Parsed<'_>, c: usize, class: WordClass) -> bool {
    p.children(c)
        .iter()
        .any(|&m| p.rel(m) == DepRel::Mark && lex.words.has(class, &p.lower[m]))
}

#[cfg(test)]
mod tests;
