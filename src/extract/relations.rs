//! Relations: a trigger (verb, noun, adjective or idiom from the lexicon) and its arguments
//! in the dependency tree, mapped to actors.
//!
//! - verbs take their agent from the subject (the `by` phrase when passive, the controller
//!   when the verb is an infinitive or participle) and their target from the object or a
//!   preposition the trigger's frame names;
//! - event nouns ("talks", "aid", "ties") take their agent from a possessive or modifier
//!   ("U.S. aid") or from the subject of the clause they sit in ("Kerry is in Cairo for
//!   talks"); agent nouns ("backers", "allies") are the agents, their complement the target;
//! - adjectives and idioms ("sympathetic to", "at odds") take the subject of the copula;
//! - "between X and Y", and a coordinated subject with no target ("X and Y are at odds"),
//!   state a symmetric relation;
//! - negation on the trigger, or a governing "refuse", "deny", "fail", blocks the edge;
//!   hedges and "less" weaken it ("far less sympathetic" is a weak opposite).

use super::mentions::MentionKind;
use super::parse::Parsed;
use crate::domain::RelationKind;
use crate::lexicon::WordClass;
use crate::lexicon::{Lexicon, Trigger, TriggerPos};
use crate::nlp::{DepRel, Upos};

/// One relation found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub agent: usize,
    pub target: usize,
    pub relation: RelationKind,
    pub symmetric: bool,
    pub weak: bool,
    /// Token range of the trigger words.
    pub trigger: (usize, usize),
    pub cameo: String,
    pub goldstein: f32,
}

/// The actors each token of a sentence refers to.
pub(crate) struct SentenceActors<'p, 'a> {
    pub p: &'p Parsed<'a>,
    /// The lexicon whose word classes the rules key on.
    pub lex: &'p Lexicon,
    /// Entity of each token that is part of a resolved mention.
    pub entity: Vec<Option<usize>>,
    /// Kind of the mention each token is part of.
    pub kind: Vec<Option<MentionKind>>,
    /// Whether each token is part of a place (a city, a region, a seat).
    pub place: Vec<bool>,
}

impl<'p, 'a> SentenceActors<'p, 'a> {
    /// The actors a phrase headed by `t` refers to (its conjuncts are not included).
    /// `target` allows a modifier to stand for the phrase ("an Egyptian cease-fire").
    fn actors(&self, lex: &Lexicon, t: usize, target: bool, depth: usize) -> Vec<usize> {
        let p = self.p;
        if depth > 4 {
            return Vec::new();
        }
        let is_description = self.kind[t] == Some(MentionKind::Description);
        // "Egypt's new leader, the former general Sissi": the appositive names the actor
        if self.entity[t].is_none() || is_description {
            for a in p.children_with(t, DepRel::Appos) {
                // the appositive with its conjuncts: "Secretary of State John Kerry and
                // United Nations chief Ban Ki-moon" may hang both names off the title
                let mut v = Vec::new();
                for x in p.with_conjuncts(a) {
                    push_unique(&mut v, self.actors(lex, x, target, depth + 1));
                }
                if !v.is_empty() {
                    return v;
                }
            }
        }
        if let Some(e) = self.entity[t] {
            // a title that refers to its holder may still carry the coordination on its
            // appositive name: "Secretary of State [John Kerry and ... Ban Ki-moon]"
            let mut v = vec![e];
            for a in p.children_with(t, DepRel::Appos) {
                for x in p.conjuncts(a) {
                    push_unique(&mut v, self.actors(lex, x, target, depth + 1));
                }
            }
            return v;
        }
        // a relative pronoun stands for the noun its clause modifies
        if matches!(p.lower[t].as_str(), "who" | "which" | "that")
            && let Some(v) = p.head(t)
            && p.deprels[v] == DepRel::AclRelcl
            && let Some(noun) = p.head(v)
        {
            return self.actors(lex, noun, target, depth + 1);
        }
        // "Egyptian officials", "State Department officials", "officials of Egypt"
        let agentive = lex.agent(&p.lower[t]).is_some()
            || lex.agent(&p.lemmas[t]).is_some()
            || lex.title(&p.lower[t]).is_some_and(|tt| !tt.honorific)
            || lex.title(&p.lemmas[t]).is_some_and(|tt| !tt.honorific);
        if !(agentive || target) || !matches!(p.upos[t], Upos::Noun | Upos::Propn) {
            return Vec::new();
        }
        let mut out = Vec::new();
        // every actor named before the noun in its phrase: "Egyptian and Arab League
        // officials", "Senior State Department officials", "Egypt's government"
        // (not the possessor of what happened to it: "condemned Iran's arrest of ...")
        // ("Iran's arrest of the journalist" makes Iran the one acting again)
        let patient = target
            && lex.words.has(WordClass::PatientNoun, p.lemmas[t].as_str())
            && !p
                .children(t)
                .iter()
                .any(|&c| p.rel(c) == DepRel::Nmod && p.case_of(c).as_deref() == Some("of"));
        for x in p.left_edge(t)..t {
            // a capital stands for its government only as an agent: "Washington officials",
            // not "the London exchange"
            // nor is a place in front of a thing an actor of it: "the Derbyshire seat"
            let place = !agentive
                && (self.kind[x] == Some(MentionKind::Capital)
                    || self.place[x]
                    // "the Iraq war undermined him": where it was, not who
                    || (lex.words.has(WordClass::WhereNoun, p.lemmas[t].as_str())
                        && p.deprels[x] == DepRel::Compound));
            if let Some(e) = self.entity[x]
                && !out.contains(&e)
                && !(patient && p.deprels[x] == DepRel::NmodPoss)
                && !place
            {
                out.push(e);
            }
        }
        for &c in p.children(t) {
            let of_phrase = agentive
                && c > t
                && p.rel(c) == DepRel::Nmod
                && p.case_of(c)
                    .as_deref()
                    .is_some_and(|k| matches!(k, "of" | "from" | "for"));
            if of_phrase {
                for x in p.with_conjuncts(c) {
                    if let Some(e) = self.entity[x] {
                        out.push(e);
                    } else if depth < 2 {
                        out.extend(self.actors(lex, x, false, depth + 1));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Actors of `t` and its conjuncts.
    fn actors_conj(&self, lex: &Lexicon, t: usize, target: bool) -> Vec<usize> {
        let mut out = Vec::new();
        for x in self.p.with_conjuncts(t) {
            push_unique(&mut out, self.actors(lex, x, target, 0));
        }
        out
    }

    /// The actors of a target `t` of predicate `v`, with two repairs for common parser
    /// slips: a number read as the object ("deported [168] Liberians") stands for the
    /// noun after it, and an object naming no actor takes its author from a "by" or
    /// "from" phrase right after it ("rejected calls by Kofi Annan").
    fn object_actors(&self, lex: &Lexicon, v: usize, t: usize) -> Vec<usize> {
        let p = self.p;
        let found = self.actors_conj(lex, t, true);
        if !found.is_empty() || p.rel(t) != DepRel::Obj {
            return found;
        }
        if p.upos[t] == Upos::Num
            && t + 1 < p.len()
            && matches!(p.upos[t + 1], Upos::Noun | Upos::Propn | Upos::Adj)
        {
            let next = (t + 1..p.len())
                .find(|&k| matches!(p.upos[k], Upos::Noun | Upos::Propn))
                .unwrap_or(t + 1);
            if self.entity[next].is_some() || p.head(next) == Some(v) || p.head(next) == Some(t) {
                return self.actors_conj(lex, next, true);
            }
        }
        let end = (t..p.len())
            .take_while(|&k| p.head(k) == Some(t) || k == t)
            .last()
            .unwrap_or(t)
            + 1;
        p.children(v)
            .iter()
            .copied()
            .filter(|&c| c > t && p.left_edge(c) <= end + 1 && p.left_edge(c) >= end)
            .filter(|&c| {
                p.case_of(c)
                    .is_some_and(|k| matches!(k.as_str(), "by" | "from"))
            })
            .flat_map(|c| self.actors_conj(lex, c, true))
            .collect()
    }

    /// Subject tokens of predicate `v`, and whether `v` is passive.
    fn subjects(&self, v: usize, depth: usize) -> (Vec<usize>, bool) {
        let (p, lex) = (self.p, self.lex);
        let passive = p
            .children(v)
            .iter()
            .any(|&c| matches!(p.deprels[c], DepRel::NsubjPass | DepRel::AuxPass));
        let subj: Vec<usize> = p
            .children(v)
            .iter()
            .copied()
            .filter(|&c| p.rel(c) == DepRel::Nsubj)
            .collect();
        if !subj.is_empty() || depth > 3 {
            return (subj, passive);
        }
        // a parse that lost the subject relation: a bare nominal before the predicate
        // ("Secretary ... are in Cairo" with "Secretary" as nmod:desc)
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
        });
        // a name right before the verb is its subject when the tree gave it another role
        // ("after the Court of Appeal backed ...", parsed as a conjunct of the main verb)
        if p.upos[v] == Upos::Verb {
            let mut k = v;
            while k > 0 && matches!(p.upos[k - 1], Upos::Adv | Upos::Aux | Upos::Part) {
                k -= 1;
            }
            if k > 0
                && self.entity[k - 1].is_some()
                && self.kind[k - 1].is_some_and(|m| m == MentionKind::Name)
                && (k == v
                    || !p
                        .children(v)
                        .iter()
                        .any(|&c| c < v && p.rel(c) == DepRel::Nsubj))
                && p.rel(k - 1) != DepRel::Nsubj
            {
                return (vec![k - 1], passive);
            }
        }
        let Some(g) = p.head(v) else {
            return (stray.into_iter().collect(), passive);
        };
        match p.rel(v) {
            DepRel::Xcomp => {
                if lex
                    .words
                    .has(WordClass::ObjectControlVerb, p.lemmas[g].as_str())
                    && let Some(o) = p.child_with(g, DepRel::Obj)
                {
                    return (vec![o], passive);
                }
                (self.subjects(g, depth + 1).0, passive)
            }
            DepRel::Conj => (self.subjects(g, depth + 1).0, passive),
            // "Erdogan calling Israel ..." / "the group, which attacked ..."
            DepRel::Acl => (vec![g], passive),
            DepRel::Advcl if infinitive_complement(lex, p, g, v) => {
                (self.subjects(g, depth + 1).0, passive)
            }
            DepRel::Advcl
                if p.upos[v] == Upos::Verb
                    && !p
                        .children(v)
                        .iter()
                        .any(|&c| p.rel(c) == DepRel::Mark && p.lower[c] != "by") =>
            {
                (self.subjects(g, depth + 1).0, passive)
            }
            // "Albania on Friday denounced ..." parsed with the verb hanging off the noun
            DepRel::Appos | DepRel::Dep | DepRel::Parataxis
                if g < v && matches!(p.upos[g], Upos::Propn | Upos::Noun) && stray.is_none() =>
            {
                (vec![g], passive)
            }
            _ => (stray.into_iter().collect(), passive),
        }
    }

    /// Is the predicate `v` negated, directly, through its auxiliaries, or by a governing
    /// "refuse"/"deny"?
    fn denied(&self, v: usize) -> bool {
        let (p, lex) = (self.p, self.lex);
        if p.is_negated(v) {
            return true;
        }
        let mut x = v;
        for _ in 0..3 {
            let Some(g) = p.head(x) else { break };
            if matches!(p.rel(x), DepRel::Xcomp | DepRel::Ccomp | DepRel::Csubj)
                && (lex
                    .words
                    .has(WordClass::NegativeGovernor, p.lemmas[g].as_str())
                    || p.is_negated(g))
            {
                return true;
            }
            if p.rel(x) != DepRel::Xcomp {
                break;
            }
            x = g;
        }
        false
    }

    /// Is the predicate `v` hedged by a modal or an adverb?
    fn hedged(&self, v: usize) -> bool {
        let (p, lex) = (self.p, self.lex);
        p.children(v).iter().any(|&c| {
            (p.rel(c) == DepRel::Aux && lex.words.has(WordClass::HedgeModal, p.lower[c].as_str()))
                || (p.rel(c) == DepRel::Advmod
                    && lex.words.has(WordClass::HedgeAdverb, p.lower[c].as_str()))
                || (p.rel(c) == DepRel::Mark && p.lower[c] == "if")
        })
    }

    /// The two sides of "between X and Y". The tree gives `found`; when it holds fewer
    /// than two (the parser attached "and Y" elsewhere), read the words after "between":
    /// names, "and", commas, determiners and adjectives.
    fn between_set(&self, targets: &[usize], found: Vec<usize>) -> Vec<usize> {
        let p = self.p;
        if found.len() >= 2 {
            return found;
        }
        let Some(prep) = targets.iter().find_map(|&t| {
            p.children(t).iter().copied().find(|&c| {
                p.deprels[c] == DepRel::Case
                    && matches!(p.lower[c].as_str(), "between" | "among" | "amongst")
            })
        }) else {
            return found;
        };
        let mut set = Vec::new();
        for k in prep + 1..p.len() {
            if let Some(e) = self.entity[k] {
                push_unique(&mut set, [e]);
            } else if !(matches!(p.lower[k].as_str(), "and" | "," | "the")
                || matches!(p.upos[k], Upos::Det | Upos::Adj))
            {
                break;
            }
        }
        if set.len() >= 2 { set } else { found }
    }

    /// Targets of predicate `v` per the trigger's frame: tokens, and whether they came
    /// from "between" (a symmetric set).
    fn frame_targets(&self, v: usize, trigger: &Trigger) -> (Vec<usize>, bool) {
        self.span_targets(v, (v, v + 1), trigger)
    }

    /// Targets of the trigger words `span` (headed by `v`): the dependents of any of
    /// them, so that "held talks with X" finds X on "talks".
    fn span_targets(
        &self,
        v: usize,
        span: (usize, usize),
        trigger: &Trigger,
    ) -> (Vec<usize>, bool) {
        let p = self.p;
        let mut out = Vec::new();
        let mut between = false;
        let words = std::iter::once(v).chain((span.0..span.1).filter(|&k| k != v));
        let children: Vec<usize> = words
            .flat_map(|w| p.children(w).iter().copied())
            .filter(|&c| c < span.0 || c >= span.1)
            .collect();
        for c in children {
            match p.rel(c) {
                DepRel::Obj | DepRel::Iobj if trigger.frame.obj => out.push(c),
                DepRel::Obl | DepRel::Nmod => {
                    if let Some(prep) = p.case_of(c)
                        && trigger.frame.takes(&prep)
                    {
                        if matches!(prep.as_str(), "between" | "among" | "amongst") {
                            between = true;
                        }
                        out.push(c);
                    }
                }
                _ => {}
            }
        }
        (out, between)
    }
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

/// Appends the actors not yet in `list`, keeping order.
fn push_unique(list: &mut Vec<usize>, actors: impl IntoIterator<Item = usize>) {
    for e in actors {
        if !list.contains(&e) {
            list.push(e);
        }
    }
}

fn push_pairs(out: &mut Vec<Found>, agents: &[usize], targets: &[usize], base: &Found) {
    for &a in agents {
        for &t in targets {
            if a != t {
                out.push(Found {
                    agent: a,
                    target: t,
                    ..base.clone()
                });
            }
        }
    }
}

fn push_mutual(out: &mut Vec<Found>, set: &[usize], base: &Found) {
    for (k, &a) in set.iter().enumerate() {
        for &b in &set[k + 1..] {
            if a != b {
                out.push(Found {
                    agent: a,
                    target: b,
                    symmetric: true,
                    ..base.clone()
                });
            }
        }
    }
}

/// Finds the relations of one sentence.
pub(crate) fn find_relations(sa: &SentenceActors<'_, '_>, lex: &Lexicon) -> Vec<Found> {
    let p = sa.p;
    let lower: Vec<&str> = p.lower.iter().map(String::as_str).collect();
    let lemmas: Vec<&str> = p.lemmas.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.len() {
        // idioms first ("at odds", "hold talks"), then single words
        let (len, trigger, pred) =
            if let Some((len, trig)) = lex.triggers.multiword_at(&lower, &lemmas, i) {
                // the idiom's predicate is its word whose head lies outside it
                let pred = (i..i + len)
                    .find(|&k| p.head(k).is_none_or(|h| h < i || h >= i + len))
                    .unwrap_or(i + len - 1);
                (len, trig, pred)
            } else {
                let pos = match p.upos[i] {
                    Upos::Verb => Some(TriggerPos::Verb),
                    Upos::Noun => Some(TriggerPos::Noun),
                    Upos::Adj => Some(TriggerPos::Adj),
                    _ => None,
                };
                let lemma = lex
                    .verb_lemma(lower[i])
                    .filter(|_| pos == Some(TriggerPos::Verb))
                    .unwrap_or(lemmas[i]);
                let found = pos.and_then(|pos| {
                    lex.triggers
                        .get(lemma, pos)
                        .or_else(|| lex.triggers.get(lower[i], pos))
                        // "Palestinian riots against ...": a noun spelled like a verb
                        // trigger names its event (its prepositions only, no object)
                        .or_else(|| {
                            (pos == TriggerPos::Noun)
                                .then(|| lex.triggers.get(lemma, TriggerPos::Verb))
                                .flatten()
                                .filter(|t| !t.frame.preps.is_empty())
                        })
                });
                match found {
                    Some(t) => (1, t, i),
                    None => {
                        characterization(sa, lex, i, &mut out);
                        i += 1;
                        continue;
                    }
                }
            };
        if trigger.class.is_none() && len == 1 {
            // "call", "describe": no relation of their own, but "called X a terrorist" is one
            characterization(sa, lex, i, &mut out);
        }
        let Some(class) = trigger.class else {
            i += len;
            continue;
        };
        if sa.denied(pred) {
            i += len;
            continue;
        }
        let mut relation = class;
        let mut weak = sa.hedged(pred);
        // "less sympathetic": a weaker stance, read as its opposite
        if p.children(pred)
            .iter()
            .any(|&c| p.rel(c) == DepRel::Advmod && matches!(p.lower[c].as_str(), "less" | "least"))
        {
            relation = match class {
                RelationKind::Backs => RelationKind::Opposes,
                RelationKind::Opposes => RelationKind::Backs,
                other => other,
            };
            weak = true;
        }
        let base = Found {
            agent: 0,
            target: 0,
            relation,
            symmetric: relation == RelationKind::Meets,
            weak,
            trigger: (i, i + len),
            cameo: trigger.cameo.to_string(),
            goldstein: trigger.goldstein,
        };
        // a multiword noun ("humanitarian aid") reads like a noun, an idiom ("hold talks",
        // "at odds") like a predicate
        let is_noun = matches!(p.upos[pred], Upos::Noun | Upos::Propn)
            && (len == 1 || trigger.pos == TriggerPos::Noun);
        if is_noun && trigger.frame.agent_noun {
            agent_noun(sa, lex, pred, trigger, &base, &mut out);
        } else if is_noun {
            event_noun(sa, lex, pred, trigger, &base, &mut out);
        } else {
            predicate(sa, lex, pred, (i, i + len), trigger, &base, &mut out);
        }
        i += len;
    }
    out
}

/// A verb, adjective or idiom: subject to target.
fn predicate(
    sa: &SentenceActors<'_, '_>,
    lex: &Lexicon,
    v: usize,
    span: (usize, usize),
    trigger: &Trigger,
    base: &Found,
    out: &mut Vec<Found>,
) {
    let p = sa.p;
    let (subjects, passive) = sa.subjects(v, 0);
    let (mut target_tokens, between) = sa.span_targets(v, span, trigger);
    let mut agent_tokens = subjects.clone();
    let by: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&c| p.rel(c) == DepRel::Obl && p.case_of(c).as_deref() == Some("by"))
        .collect();
    // "was killed in a raid by US forces": the author of the event the passive happened in
    let by = if passive && by.is_empty() {
        p.children(v)
            .iter()
            .filter(|&&c| {
                p.rel(c) == DepRel::Obl
                    && p.case_of(c)
                        .is_some_and(|k| matches!(k.as_str(), "in" | "during"))
            })
            .flat_map(|&c| p.children(c).iter().copied())
            .filter(|&d| p.rel(d) == DepRel::Nmod && p.case_of(d).as_deref() == Some("by"))
            .collect()
    } else {
        by
    };
    // "X is opposed to Y", "X is allied with Y": a passive form that states the
    // subject's stance, with no "by" and a target of the frame's preposition or of
    // to/with/against
    if passive && by.is_empty() && target_tokens.is_empty() {
        target_tokens.extend(p.children(v).iter().copied().filter(|&c| {
            p.rel(c) == DepRel::Obl
                && p.case_of(c)
                    .is_some_and(|k| matches!(k.as_str(), "to" | "with" | "against"))
        }));
    }
    // "spoke on the telephone to X": the frame's preposition on a phrase of the verb
    if target_tokens.is_empty() && !passive {
        for &c in p.children(v) {
            if matches!(p.rel(c), DepRel::Obl | DepRel::Obj) && c > v {
                for &d in p.children(c) {
                    if d > c
                        && p.rel(d) == DepRel::Nmod
                        && p.case_of(d)
                            .is_some_and(|k| trigger.frame.takes(&k) && k != "of")
                    {
                        target_tokens.push(d);
                    }
                }
            }
        }
    }
    // "threatened to deliver devastating blows to the United States": an opposing verb
    // with no target of its own takes those of its infinitive
    if target_tokens.is_empty() && !passive && base.relation == RelationKind::Opposes {
        let to_target = |c: usize| {
            matches!(p.rel(c), DepRel::Obl | DepRel::Nmod)
                && p.case_of(c)
                    .is_some_and(|k| matches!(k.as_str(), "to" | "against" | "on"))
        };
        // (an infinitive read as an adverbial clause is the same complement)
        let xcomps: Vec<usize> = p
            .children(v)
            .iter()
            .copied()
            .filter(|&c| p.rel(c) == DepRel::Xcomp || infinitive_complement(lex, p, v, c))
            .collect();
        for x in xcomps {
            for &c in p.children(x) {
                if p.rel(c) == DepRel::Obj {
                    target_tokens.push(c);
                    // "deliver blows to X": the phrase may hang off the object
                    target_tokens.extend(p.children(c).iter().copied().filter(|&d| to_target(d)));
                } else if to_target(c) {
                    target_tokens.push(c);
                }
            }
        }
    }
    let stative = passive && by.is_empty() && !target_tokens.is_empty();
    if passive && !stative {
        // "X was attacked by Y": Y is the agent, X the target
        agent_tokens = by;
        if trigger.frame.obj {
            target_tokens.extend(subjects.iter().copied());
        }
    }
    let mut agents = Vec::new();
    for &a in &agent_tokens {
        // "US Predator attacks have killed", "Israeli army bulldozers demolished": the
        // actor named in front of the subject acts
        push_unique(&mut agents, sa.actors_conj(lex, a, true));
    }
    if between {
        let mut set = Vec::new();
        for &t in &target_tokens {
            set.extend(sa.actors_conj(lex, t, true));
        }
        let set = sa.between_set(&target_tokens, set);
        push_mutual(out, &set, base);
        return;
    }
    let mut targets = Vec::new();
    for &t in &target_tokens {
        push_unique(&mut targets, sa.object_actors(lex, v, t));
    }
    // "refused visas to Iraqis": an object naming no actor passes on the frame's
    // preposition attached to it
    if targets.is_empty() && !passive {
        for &t in &target_tokens {
            for &d in p.children(t) {
                if d > t
                    && p.rel(d) == DepRel::Nmod
                    && p.case_of(d)
                        .is_some_and(|k| k != "of" && trigger.frame.takes(&k))
                {
                    push_unique(&mut targets, sa.actors_conj(lex, d, true));
                }
            }
        }
    }
    // "demanded the removal of President X": opposing someone's staying is opposing them
    if targets.is_empty() && !passive && base.relation == RelationKind::Opposes {
        for &t in &target_tokens {
            if p.rel(t) == DepRel::Obj
                && lex.words.has(WordClass::RemovalNoun, p.lemmas[t].as_str())
            {
                for &d in p.children(t) {
                    if d > t && p.rel(d) == DepRel::Nmod && p.case_of(d).as_deref() == Some("of") {
                        push_unique(&mut targets, sa.actors_conj(lex, d, true));
                    }
                }
            }
        }
    }
    if targets.is_empty() && !passive && trigger.frame.obj {
        targets.extend(possessor_after(sa, lex, v));
    }
    // "X and Y met": both sides at once; not "X and Y negotiated a deal", whose object
    // tells what they did together
    let has_object = p.children(v).iter().any(|&c| p.rel(c) == DepRel::Obj);
    if targets.is_empty() && trigger.frame.mutual && agents.len() >= 2 && !has_object {
        push_mutual(out, &agents, base);
    } else {
        push_pairs(out, &agents, &targets, base);
    }
}

/// "military aid to war-torn Mozambique": the frame's preposition right after the event
/// noun and a name a few modifiers on, read from the words when the parser attached the
/// preposition elsewhere (here as the mark of "war-torn" read as a verb).
fn prep_name_after(sa: &SentenceActors<'_, '_>, n: usize, trigger: &Trigger) -> Option<usize> {
    let p = sa.p;
    let prep = p.lower.get(n + 1)?;
    if matches!(prep.as_str(), "between" | "among" | "amongst") || !trigger.frame.takes(prep) {
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
    (sa.kind[k] == Some(MentionKind::Name)).then_some(e)
}

/// Is clause `c` the infinitive complement of verb `v` that the parser read as an adverbial
/// clause ("threatened on Monday [to break relations]")?
fn infinitive_complement(lex: &Lexicon, p: &Parsed<'_>, v: usize, c: usize) -> bool {
    p.rel(c) == DepRel::Advcl
        && p.head(c) == Some(v)
        && lex
            .words
            .has(WordClass::InfinitiveVerb, p.lemmas[v].as_str())
        && p.upos[c] == Upos::Verb
        && p.children(c)
            .iter()
            .any(|&m| p.rel(m) == DepRel::Mark && p.lower[m] == "to")
}

/// "attacked Labour's 'unfair' taxes": an actor written as the possessor right after the
/// verb, read from the words when the parser lost the object (the stance is toward the
/// owner of what the verb targets).
fn possessor_after(sa: &SentenceActors<'_, '_>, lex: &Lexicon, v: usize) -> Option<usize> {
    let p = sa.p;
    let mut k = v + 1;
    while k < p.len() && matches!(p.upos[k], Upos::Det | Upos::Adv) && sa.entity[k].is_none() {
        k += 1;
    }
    let e = sa.entity.get(k).copied().flatten()?;
    let mut end = k;
    while end < p.len() && sa.entity[end] == Some(e) {
        end += 1;
    }
    if end >= p.len() {
        return None;
    }
    // "rejected a US offer": a name modifying the common noun after it (which the
    // parser may have read as a verb)
    let modifier = k > v + 1
        && !sa.place[k]
        && p.upos[v + 1] == Upos::Det
        && matches!(p.upos[end], Upos::Noun | Upos::Verb)
        && p.words[end].chars().all(|c| c.is_lowercase())
        && p.upos.get(end + 1).is_none_or(|&u| u != Upos::Noun);
    if modifier {
        // not a hostile event, whose modifier may be either side: "the Iraq war", "US
        // sanctions"
        let hostile = lex
            .triggers
            .get(&p.lemmas[end], TriggerPos::Noun)
            .is_some_and(|t| t.class == Some(RelationKind::Opposes));
        return (!hostile
            && !lex
                .words
                .has(WordClass::PatientNoun, p.lemmas[end].as_str()))
        .then_some(e);
    }
    if !matches!(p.lower[end].as_str(), "'s" | "'" | "\u{2019}s") {
        return None;
    }
    // the possessed noun, a few words on past quotes and adjectives
    let owned = (end + 1..p.len().min(end + 8)).find(|&n| p.upos[n] == Upos::Noun)?;
    if (end + 1..owned).any(|n| matches!(p.upos[n], Upos::Verb | Upos::Adp | Upos::Pron)) {
        return None;
    }
    let acts = p.lower.get(owned + 1).is_some_and(|w| w == "of");
    (acts
        || !lex
            .words
            .has(WordClass::PatientNoun, p.lemmas[owned].as_str()))
    .then_some(e)
}

/// The subject of the clause an event noun sits in: climbs prepositional phrases, and
/// objects of support verbs ("held talks"), to the first predicate with a subject.
fn clause_agents(sa: &SentenceActors<'_, '_>, lex: &Lexicon, noun: usize) -> (Vec<usize>, usize) {
    let p = sa.p;
    let mut x = noun;
    for step in 0..5 {
        let Some(g) = p.head(x) else {
            return (Vec::new(), step);
        };
        match p.rel(x) {
            // the event as the object: only of a verb that carries it out ("held talks"),
            // not one that refuses it ("rejected talks"); deeper in the clause, any verb
            // that is not denied ("negotiated a deal on the strength of ties with X")
            DepRel::Obj => {
                let support = lex.words.has(WordClass::SupportVerb, p.lemmas[g].as_str());
                if (step == 0 && !support && p.upos[g] == Upos::Verb && p.rel(g) != DepRel::Acl)
                    || sa.denied(g)
                {
                    return (Vec::new(), step);
                }
            }
            // "at odds over the war", "talked about the fighting": a topic, not an event
            // the subject takes part in
            DepRel::Obl | DepRel::Nmod
                if p.case_of(x)
                    .is_some_and(|k| lex.words.has(WordClass::TopicPreposition, k.as_str())) =>
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
        // "refused to commit to any assistance to X": the event of a denied clause is
        // denied with it
        if sa.denied(g) {
            return (Vec::new(), step);
        }
        let (subj, passive) = sa.subjects(g, 0);
        if !subj.is_empty() && !passive {
            let mut out = Vec::new();
            for s in subj {
                push_unique(&mut out, sa.actors_conj(lex, s, true));
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

/// An event noun: "talks with X", "U.S. aid to X", "acrimony between X and Y".
fn event_noun(
    sa: &SentenceActors<'_, '_>,
    lex: &Lexicon,
    n: usize,
    trigger: &Trigger,
    base: &Found,
    out: &mut Vec<Found>,
) {
    let p = sa.p;
    if p.is_negated(n) {
        return;
    }
    let (mut target_tokens, mut between) = sa.frame_targets(n, trigger);
    if target_tokens.is_empty()
        && let Some(g) = p.head(n)
    {
        // a phrase right after the noun but attached higher up: "ties with Hamas" read as
        // "[strength of ties] [with Hamas]"
        let mut right = n + 1;
        while right < p.len() && p.head(right) == Some(n) {
            right = p.left_edge(right).max(right) + 1;
        }
        // at most a few words between, none of them a verb or a preposition:
        // "talks Tuesday with Egyptian officials"
        let close = |c: usize| {
            let start = p.left_edge(c);
            start >= right
                && start - right <= 3
                && (right..start)
                    .all(|k| matches!(p.upos[k], Upos::Propn | Upos::Noun | Upos::Num | Upos::Adv))
        };
        for &c in p.children(g) {
            if c > n
                && matches!(p.rel(c), DepRel::Obl | DepRel::Nmod)
                && close(c)
                && let Some(prep) = p.case_of(c)
                && trigger.frame.takes(&prep)
            {
                between |= matches!(prep.as_str(), "between" | "among" | "amongst");
                target_tokens.push(c);
            }
        }
    }
    let mut targets = Vec::new();
    for &t in &target_tokens {
        push_unique(&mut targets, sa.actors_conj(lex, t, true));
    }
    if target_tokens.is_empty()
        && !between
        && let Some(e) = prep_name_after(sa, n, trigger)
    {
        targets.push(e);
    }
    if between {
        let set = sa.between_set(&target_tokens, targets);
        push_mutual(out, &set, base);
        return;
    }
    // the agent: a possessive or modifier of the noun, else the clause's subject
    let mut agents: Vec<usize> = Vec::new();
    // "its talks with X" with "its" unresolved: someone's talks, not the clause subject's
    let mut unknown_owner = false;
    for &c in p.children(n) {
        if c < n
            && matches!(
                p.deprels[c],
                DepRel::Amod | DepRel::Compound | DepRel::NmodPoss
            )
        {
            for x in p.with_conjuncts(c) {
                if let Some(e) = sa.entity[x]
                    && !agents.contains(&e)
                {
                    agents.push(e);
                }
            }
            unknown_owner |= p.deprels[c] == DepRel::NmodPoss
                && p.upos[c] == Upos::Pron
                && sa.entity[c].is_none();
        }
    }
    if agents.is_empty() && unknown_owner {
        return;
    }
    // "halted economic aid to Serbia", "severed ties with Qatar": ending cooperation is
    // opposition (CAMEO 16, reduce relations), stated by the verb's subject
    if agents.is_empty()
        && matches!(base.relation, RelationKind::Backs | RelationKind::Meets)
        && p.rel(n) == DepRel::Obj
        && let Some(g) = p.head(n)
        && lex.words.has(WordClass::ReducerVerb, p.lemmas[g].as_str())
        && !sa.denied(g)
    {
        let (subjects, passive) = sa.subjects(g, 0);
        if passive {
            return;
        }
        let mut agents = Vec::new();
        for s in subjects {
            agents.extend(sa.actors_conj(lex, s, true));
        }
        let reduced = Found {
            relation: RelationKind::Opposes,
            symmetric: false,
            trigger: (g.min(n), g.max(n) + 1),
            cameo: "160".to_string(),
            goldstein: -4.0,
            ..base.clone()
        };
        push_pairs(out, &agents, &targets, &reduced);
        return;
    }
    // "he has been in talks with X": the noun is the predicate, with its own subject
    if agents.is_empty() && p.children(n).iter().any(|&c| p.rel(c) == DepRel::Cop) {
        let (subjects, passive) = sa.subjects(n, 0);
        if !passive {
            for s in subjects {
                push_unique(&mut agents, sa.actors_conj(lex, s, true));
            }
        }
    }
    let mut near = true;
    if agents.is_empty() {
        let (found, step) = clause_agents(sa, lex, n);
        agents = found;
        near = step == 0;
    }
    // "Qatar and Egypt held talks" states both sides; "X and Y seek an end to the
    // fighting" does not make X and Y the ones fighting
    if targets.is_empty() && trigger.frame.mutual && agents.len() >= 2 {
        if !near {
            return;
        }
        push_mutual(out, &agents, base);
    } else {
        push_pairs(out, &agents, &targets, base);
    }
}

/// An agent noun: "Hamas backers such as Qatar", "allies of Israel", "X is a critic of Y".
fn agent_noun(
    sa: &SentenceActors<'_, '_>,
    lex: &Lexicon,
    n: usize,
    trigger: &Trigger,
    base: &Found,
    out: &mut Vec<Found>,
) {
    let p = sa.p;
    if p.is_negated(n) {
        return;
    }
    let mut targets = Vec::new();
    let mut agents = Vec::new();
    for &c in p.children(n) {
        let rel = p.rel(c);
        let prenominal = c < n && matches!(p.deprels[c], DepRel::Compound | DepRel::NmodPoss);
        let complement = c > n
            && rel == DepRel::Nmod
            && p.case_of(c)
                .is_some_and(|k| k == "of" || trigger.frame.takes(&k));
        let example = c > n
            && matches!(rel, DepRel::Nmod | DepRel::Appos)
            && (rel == DepRel::Appos
                || p.case_of(c).is_some_and(|k| {
                    matches!(k.as_str(), "such as" | "including" | "like" | "such")
                }));
        if prenominal || complement {
            push_unique(&mut targets, sa.actors_conj(lex, c, true));
        } else if example {
            push_unique(&mut agents, sa.actors_conj(lex, c, false));
        }
    }
    // "Qatar is a backer of Hamas" / "Qatar, a backer of Hamas"
    if agents.is_empty() {
        if p.children(n).iter().any(|&c| p.rel(c) == DepRel::Cop) {
            for s in p.children_with(n, DepRel::Nsubj) {
                agents.extend(sa.actors_conj(lex, s, false));
            }
        } else if p.rel(n) == DepRel::Appos
            && let Some(h) = p.head(n)
        {
            agents.extend(sa.actors_conj(lex, h, false));
        }
    }
    push_pairs(out, &agents, &targets, base);
}

/// "calling Israel a terrorist state": a characterization of the object as an enemy
/// (opposes) or a friend (backs) by the subject.
fn characterization(sa: &SentenceActors<'_, '_>, lex: &Lexicon, v: usize, out: &mut Vec<Found>) {
    let p = sa.p;
    if p.upos[v] != Upos::Verb
        || !lex
            .words
            .has(WordClass::CharacterizeVerb, p.lemmas[v].as_str())
        || sa.denied(v)
    {
        return;
    }
    let objects: Vec<usize> = p
        .children(v)
        .iter()
        .copied()
        .filter(|&c| p.rel(c) == DepRel::Obj)
        .collect();
    let Some(&object) = objects.first() else {
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
                    || (p.rel(c) == DepRel::Obl && p.case_of(c).as_deref() == Some("as")))
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
    let relation = if predicates
        .iter()
        .any(|&x| describes(x, WordClass::PejorativeNoun))
    {
        RelationKind::Opposes
    } else if predicates
        .iter()
        .any(|&x| describes(x, WordClass::AppreciativeNoun))
    {
        RelationKind::Backs
    } else {
        return;
    };
    let (subjects, _) = sa.subjects(v, 0);
    let mut agents = Vec::new();
    for s in subjects {
        agents.extend(sa.actors_conj(lex, s, false));
    }
    let targets = sa.actors_conj(lex, object, false);
    let (cameo, goldstein) = if relation == RelationKind::Opposes {
        ("112", -2.0)
    } else {
        ("051", 3.4)
    };
    let base = Found {
        agent: 0,
        target: 0,
        relation,
        symmetric: false,
        weak: sa.hedged(v),
        trigger: (v, v + 1),
        cameo: cameo.to_string(),
        goldstein,
    };
    push_pairs(out, &agents, &targets, &base);
}
