//! Candidates: every (trigger, agent, target) that the argument rules can connect, with the
//! names of the rules that connected it. The rules propose generously; the learned model
//! ([`super::model`]) decides which candidates the text states, and as what.
//!
//! # The argument rules
//!
//! Each rule reads one construction of the dependency tree around a trigger and names
//! the tokens of one side; its words are classes of `words.tsv`, never spellings here.
//!
//! | rule | side | reads |
//! |---|---|---|
//! | `subject` | agent | the trigger's own `nsubj` ("X rejected ...") |
//! | `inherited_subject` | agent | no `nsubj` of its own: the subject of the clause it depends on (purpose and adverbial clauses, open complements, coordinated verbs: [`super::arguments::SUBJECT_FALLBACKS`]) |
//! | `passive_by` | agent | a passive's `by` phrase; its subject is then a target (`passive_subject`) |
//! | `noun_modifier` | agent | an event noun's possessive, compound or adjective ("U.S. sanctions", "Iran's demand") |
//! | `event_author` | agent | an event noun's `by`/`from` phrase ("criticism from X", "strikes by X") |
//! | `light_verb` | agent | the subject of the verb that carries an event noun, climbing objects and phrases ("held talks", "launched strikes", "came under fire") |
//! | `reported_speech` | agent | the speaker of a speech verb whose complement holds the trigger ("X said Y must ...") |
//! | `object` | target | the trigger's `obj`/`iobj` |
//! | `preposition_phrase` | target | a phrase of the trigger whose preposition is the frame's or an `argument_preposition` (not a topic or time) |
//! | `light_verb_phrase` | target | the light verb's own object or phrase ("give X a grant", "launch strikes against X") |
//! | `phrase_inside` | target | an actor inside a target phrase, through `argument_preposition` phrases and possessives ("rejected the proposals by X", "took action against X") |
//! | `complement_subject` | target | the subject of the clausal complement of a `pressure_verb` or `speech_verb` ("demanded that X give up", "said X must") |
//! | `between_set` | both | "between X and Y": each side with the agent, or with each other |
//! | `coordinated_subjects` | both | "X and Y met": a mutual trigger with two subjects and no target |
//! | `coordinated_object` | target | a name coordinated with the trigger itself, which the parser made of "accused X and Y" |
//! | `clause_actor` | target | last and most generous: any other actor in the trigger's phrase (its subtree, at most four steps down), for the model to weigh by its path |
//! | `unlisted_verb` | trigger | a verb the trigger lexicon lacks, read as a trigger of no class with every rule above; the model learns its lemma from the corpus |
//! | `engine` | both | what the step lists of the predicate kinds ([`super::find_relations`]) read |

use super::arguments::SentenceActors;
use super::{Found, push_unique, trigger_at};
use crate::domain::RelationKind;
use crate::lexicon::{Trigger, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// The argument rules, in the order of their bits in [`Candidate::rules`].
pub(crate) const RULES: &[&str] = &[
    "subject",
    "inherited_subject",
    "passive_by",
    "passive_subject",
    "noun_modifier",
    "event_author",
    "light_verb",
    "reported_speech",
    "object",
    "preposition_phrase",
    "light_verb_phrase",
    "phrase_inside",
    "complement_subject",
    "between_set",
    "coordinated_subjects",
    "coordinated_object",
    "clause_actor",
    "unlisted_verb",
    "engine",
];

/// The bit of rule `name`.
fn bit(name: &str) -> u32 {
    1 << RULES
        .iter()
        .position(|r| *r == name)
        .expect("a rule of RULES")
}

/// One proposed relation.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// The entity proposed as the agent.
    pub agent: usize,
    /// The entity proposed as the other party.
    pub target: usize,
    /// The token through which the agent was reached.
    pub agent_tok: usize,
    /// The token through which the target was reached.
    pub target_tok: usize,
    /// The trigger's predicate token.
    pub pred: usize,
    /// Token range of the trigger words.
    pub trigger: (usize, usize),
    /// The trigger's lemma (for a construction of the engine: its first word's).
    pub lemma: String,
    /// The trigger's part of speech, `None` for a construction.
    pub pos: Option<TriggerPos>,
    /// The trigger's class.
    pub class: Option<RelationKind>,
    /// CAMEO code of the trigger.
    pub cameo: String,
    /// Goldstein score of the code.
    pub goldstein: f32,
    /// Bits of [`RULES`] that proposed the candidate.
    pub rules: u32,
    /// Proposed as both sides of one relation ("between X and Y", "X and Y met").
    pub mutual: bool,
    /// What the engine's step lists state of the pair, if anything.
    pub engine: Option<Found>,
}

impl Candidate {
    /// The names of the rules that proposed the candidate.
    pub(crate) fn rule_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        RULES
            .iter()
            .enumerate()
            .filter(|(k, _)| self.rules & (1 << k) != 0)
            .map(|(_, r)| *r)
    }
}

/// One side of an argument: a token and the rule that named it.
#[derive(Clone, Copy)]
struct Arg {
    tok: usize,
    rule: u32,
}

/// A trigger in its sentence, as the rules read it.
struct Site<'c> {
    sa: &'c SentenceActors<'c, 'c>,
    v: usize,
    /// The trigger's lemma (the verb's own for an unlisted verb).
    lemma: &'c str,
    /// Bits of the rules that proposed the trigger itself.
    rules: u32,
    span: (usize, usize),
    trigger: &'c Trigger,
    noun: bool,
}

impl Site<'_> {
    /// The words of the trigger, the predicate first.
    fn words(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.v).chain((self.span.0..self.span.1).filter(|&k| k != self.v))
    }

    /// Is `c` (a dependent) outside the trigger words?
    fn outside(&self, c: usize) -> bool {
        c < self.span.0 || c >= self.span.1
    }

    /// A phrase whose preposition may introduce an argument (the frame's, or an
    /// argument preposition), not a topic or a time.
    fn argument_phrase(&self, c: usize) -> bool {
        let (p, sa) = (self.sa.p, self.sa);
        if !matches!(p.rel(c), DepRel::Obl | DepRel::Nmod)
            || matches!(
                p.deprels[c],
                DepRel::OblTmod | DepRel::NmodTmod | DepRel::NmodPoss
            )
        {
            return false;
        }
        match p.case_of(c) {
            Some(k) => {
                !sa.lex.words.has(WordClass::TopicPreposition, &k)
                    && (self.trigger.frame.takes(&k)
                        || sa.lex.words.has(WordClass::ArgumentPreposition, &k))
            }
            None => false,
        }
    }
}

/// The agents, targets and mutual sets one trigger's rules find.
#[derive(Default)]
struct Sides {
    agents: Vec<Arg>,
    targets: Vec<Arg>,
    mutual: Vec<Arg>,
}

impl Sides {
    fn agent(&mut self, tok: usize, rule: &str) {
        self.agents.push(Arg {
            tok,
            rule: bit(rule),
        });
    }
    fn target(&mut self, tok: usize, rule: &str) {
        self.targets.push(Arg {
            tok,
            rule: bit(rule),
        });
    }
}

/// `subject`, `inherited_subject`, `passive_by`, `passive_subject`: the clause's subject.
fn clause_sides(s: &Site<'_>, out: &mut Sides) {
    let (sa, p) = (s.sa, s.sa.p);
    let own = p.children_with(s.v, DepRel::Nsubj).next().is_some();
    let (subjects, passive) = sa.subjects(s.v, 0);
    let by: Vec<usize> = p
        .children(s.v)
        .iter()
        .copied()
        .filter(|&d| p.rel(d) == DepRel::Obl && sa.case_in(d, WordClass::PassiveAgentPreposition))
        .collect();
    if passive {
        for &b in &by {
            out.agent(b, "passive_by");
        }
        for &x in &subjects {
            out.target(x, "passive_subject");
        }
        // "X is opposed to Y": a stative passive states the subject's stance
        if by.is_empty() {
            for &x in &subjects {
                out.agent(x, "inherited_subject");
            }
        }
    } else {
        let rule = if own { "subject" } else { "inherited_subject" };
        for &x in &subjects {
            out.agent(x, rule);
        }
    }
}

/// `object`, `preposition_phrase`: the trigger words' own dependents.
fn own_targets(s: &Site<'_>, out: &mut Sides) {
    let p = s.sa.p;
    let words: Vec<usize> = s.words().collect();
    for w in words {
        for &c in p.children(w) {
            if !s.outside(c) {
                continue;
            }
            match p.rel(c) {
                DepRel::Obj | DepRel::Iobj => out.target(c, "object"),
                DepRel::Conj
                    if !s.noun
                        && matches!(p.upos[c], Upos::Noun | Upos::Propn | Upos::Pron)
                        && p.children(s.v).iter().any(|&o| p.rel(o) == DepRel::Obj) =>
                {
                    out.target(c, "coordinated_object")
                }
                DepRel::Obl | DepRel::Nmod if s.argument_phrase(c) => {
                    if s.sa.case_in(c, WordClass::BetweenPreposition) {
                        out.mutual.push(Arg {
                            tok: c,
                            rule: bit("between_set"),
                        });
                    } else if s.noun && s.sa.case_in(c, WordClass::EventAuthorPreposition) {
                        out.agent(c, "event_author");
                    } else {
                        out.target(c, "preposition_phrase");
                    }
                }
                _ => {}
            }
        }
    }
}

/// `noun_modifier`, `light_verb`, `light_verb_phrase`: an event noun's own agent, and the
/// clause that carries it.
fn noun_sides(s: &Site<'_>, out: &mut Sides) {
    let (sa, p, n) = (s.sa, s.sa.p, s.v);
    for &c in p.children(n) {
        if c < n
            && matches!(
                p.deprels[c],
                DepRel::Amod | DepRel::Compound | DepRel::NmodPoss
            )
        {
            out.agent(c, "noun_modifier");
        }
    }
    if p.children(n).iter().any(|&c| p.rel(c) == DepRel::Cop) {
        let (subjects, passive) = sa.subjects(n, 0);
        if !passive {
            for x in subjects {
                out.agent(x, "subject");
            }
        }
        return;
    }
    // climb to the verb that carries the event
    let mut x = n;
    for _ in 0..4 {
        let Some(g) = p.head(x) else { return };
        if !matches!(
            p.rel(x),
            DepRel::Obj | DepRel::Obl | DepRel::Nmod | DepRel::Xcomp | DepRel::Conj
        ) || (matches!(p.rel(x), DepRel::Obl | DepRel::Nmod)
            && sa.case_in(x, WordClass::TopicPreposition))
        {
            return;
        }
        if matches!(p.upos[g], Upos::Verb | Upos::Aux | Upos::Adj) {
            let (subjects, passive) = sa.subjects(g, 0);
            // "came under fire from X": with an author of its own, the event happens to the
            // clause's subject
            let authored = out.agents.iter().any(|a| a.rule == bit("event_author"));
            for &y in &subjects {
                if passive || authored {
                    out.target(y, "light_verb");
                } else {
                    out.agent(y, "light_verb");
                }
            }
            for &c in p.children(g) {
                if c == x {
                    continue;
                }
                let phrase = matches!(p.rel(c), DepRel::Obl)
                    && !matches!(p.deprels[c], DepRel::OblTmod)
                    && p.case_of(c).is_some_and(|k| {
                        !sa.lex.words.has(WordClass::TopicPreposition, &k)
                            && (s.trigger.frame.takes(&k)
                                || sa.lex.words.has(WordClass::ArgumentPreposition, &k))
                    });
                if p.rel(c) == DepRel::Iobj || (phrase && c > x) {
                    out.target(c, "light_verb_phrase");
                }
            }
            return;
        }
        x = g;
    }
}

/// `reported_speech`: the speaker of the speech verb whose complement holds the trigger,
/// or that frames the quote the trigger is in ("'... X ...,' he said").
fn speaker(s: &Site<'_>, out: &mut Sides) {
    let (sa, p) = (s.sa, s.sa.p);
    let mut x = s.v;
    for _ in 0..3 {
        let Some(g) = p.head(x) else {
            for &c in p.children(x) {
                if p.rel(c) == DepRel::Parataxis
                    && c != s.v
                    && sa.lex.words.has(WordClass::SpeechVerb, &p.lemmas[c])
                {
                    for y in sa.subjects(c, 0).0 {
                        out.agent(y, "reported_speech");
                    }
                }
            }
            return;
        };
        match p.rel(x) {
            DepRel::Ccomp | DepRel::Parataxis => {
                if sa.lex.words.has(WordClass::SpeechVerb, &p.lemmas[g]) {
                    for y in sa.subjects(g, 0).0 {
                        out.agent(y, "reported_speech");
                    }
                    return;
                }
            }
            DepRel::Xcomp | DepRel::Conj | DepRel::Advcl => {}
            _ => return,
        }
        x = g;
    }
}

/// `complement_subject`: "demanded that X give up", "said X must", "urged that X".
fn complement(s: &Site<'_>, out: &mut Sides) {
    let (sa, p) = (s.sa, s.sa.p);
    let words = &sa.lex.words;
    if !(words.has(WordClass::PressureVerb, &p.lemmas[s.v])
        || words.has(WordClass::SpeechVerb, &p.lemmas[s.v]))
    {
        return;
    }
    for &c in p.children(s.v) {
        if matches!(p.rel(c), DepRel::Ccomp | DepRel::Xcomp | DepRel::Advcl) {
            for y in p.children(c) {
                if p.rel(*y) == DepRel::Nsubj {
                    out.target(*y, "complement_subject");
                }
            }
        }
    }
}

/// `phrase_inside`: actors inside a target phrase, through argument prepositions and
/// possessives, a few levels down.
fn inside(s: &Site<'_>, out: &mut Sides) {
    let (sa, p) = (s.sa, s.sa.p);
    let mut stack: Vec<(usize, usize)> = out.targets.iter().map(|a| (a.tok, 0)).collect();
    let mut found = Vec::new();
    while let Some((t, depth)) = stack.pop() {
        if depth >= 3 {
            continue;
        }
        for &c in p.children(t) {
            let through = match p.deprels[c] {
                DepRel::NmodPoss | DepRel::Compound | DepRel::Amod => c < t,
                _ => {
                    p.rel(c) == DepRel::Nmod
                        && p.case_of(c).is_some_and(|k| {
                            sa.lex.words.has(WordClass::ArgumentPreposition, &k)
                                && !sa.lex.words.has(WordClass::TopicPreposition, &k)
                        })
                }
            };
            if through {
                found.push(c);
                stack.push((c, depth + 1));
            }
        }
    }
    for c in found {
        out.target(c, "phrase_inside");
    }
}

/// `clause_actor`: every other actor token in the trigger's subtree, a few steps down,
/// outside the sides already found.
fn clause_actors(s: &Site<'_>, out: &mut Sides) {
    let (sa, p) = (s.sa, s.sa.p);
    let mut taken = vec![false; p.len()];
    let mark = |t: usize, taken: &mut Vec<bool>| {
        let mut stack = vec![t];
        while let Some(x) = stack.pop() {
            taken[x] = true;
            stack.extend(p.children(x).iter().copied());
        }
    };
    for a in out.agents.iter().chain(&out.mutual) {
        mark(a.tok, &mut taken);
    }
    for t in &mut taken[s.span.0..s.span.1] {
        *t = true;
    }
    let known: Vec<usize> = out.targets.iter().map(|a| a.tok).collect();
    let mut stack = vec![(s.v, 0)];
    let mut found = Vec::new();
    while let Some((x, depth)) = stack.pop() {
        for &c in p.children(x) {
            if taken[c] || depth >= 4 {
                continue;
            }
            if sa.entity[c].is_some() && !known.contains(&c) {
                found.push(c);
            }
            stack.push((c, depth + 1));
        }
    }
    for c in found {
        out.target(c, "clause_actor");
    }
}

/// The candidates of one sentence: every trigger's sides paired, and what the engine's
/// step lists state, merged.
pub(crate) fn candidates(sa: &SentenceActors<'_, '_>) -> Vec<Candidate> {
    let p = sa.p;
    let lower: Vec<&str> = p.lower.iter().map(String::as_str).collect();
    let lemmas: Vec<&str> = p.lemmas.iter().map(String::as_str).collect();
    let mut out: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < p.len() {
        let (len, trigger, pred, rules) = match trigger_at(sa, &lower, &lemmas, i) {
            Some((len, trigger, pred)) => (len, trigger, pred, 0),
            None if p.upos[i] == Upos::Verb => (1, unlisted(), i, bit("unlisted_verb")),
            None => {
                i += 1;
                continue;
            }
        };
        let noun = matches!(p.upos[pred], Upos::Noun | Upos::Propn)
            && (len == 1 || trigger.pos == TriggerPos::Noun);
        let site = Site {
            sa,
            v: pred,
            lemma: if rules == 0 {
                &trigger.lemma
            } else {
                &p.lemmas[pred]
            },
            rules,
            span: (i, i + len),
            trigger,
            noun,
        };
        let mut sides = Sides::default();
        own_targets(&site, &mut sides);
        if noun {
            noun_sides(&site, &mut sides);
        } else {
            clause_sides(&site, &mut sides);
        }
        complement(&site, &mut sides);
        speaker(&site, &mut sides);
        inside(&site, &mut sides);
        clause_actors(&site, &mut sides);
        pair(sa, &site, &sides, &mut out);
        i += len;
    }
    for f in super::find_relations(sa) {
        merge_engine(sa, f, &mut out);
    }
    out
}

/// The trigger entry of a verb the lexicon lacks: no class, no code, any object.
fn unlisted() -> &'static Trigger {
    static UNLISTED: std::sync::OnceLock<Trigger> = std::sync::OnceLock::new();
    UNLISTED.get_or_init(|| Trigger {
        lemma: "".into(),
        pos: TriggerPos::Verb,
        object: crate::lexicon::TriggerObject::Any,
        cameo: "---".into(),
        class: None,
        goldstein: 0.0,
        frame: crate::lexicon::Frame {
            obj: true,
            ..Default::default()
        },
    })
}

/// The actors of each argument token, with the rule and the token.
fn actors_of(sa: &SentenceActors<'_, '_>, args: &[Arg]) -> Vec<(usize, u32, usize)> {
    let mut out: Vec<(usize, u32, usize)> = Vec::new();
    for a in args {
        let mut es = Vec::new();
        push_unique(&mut es, sa.actors_conj(a.tok, true));
        for e in es {
            match out.iter_mut().find(|(x, _, _)| *x == e) {
                Some(found) => found.1 |= a.rule,
                None => out.push((e, a.rule, a.tok)),
            }
        }
    }
    out
}

/// Pairs the sides of one trigger into candidates.
fn pair(sa: &SentenceActors<'_, '_>, s: &Site<'_>, sides: &Sides, out: &mut Vec<Candidate>) {
    let agents = actors_of(sa, &sides.agents);
    let targets = actors_of(sa, &sides.targets);
    let mut mutual = actors_of(sa, &sides.mutual);
    if mutual.len() < 2 && !sides.mutual.is_empty() {
        // the parser attached "and Y" elsewhere: the words after "between"
        let toks: Vec<usize> = sides.mutual.iter().map(|a| a.tok).collect();
        let found: Vec<usize> = mutual.iter().map(|m| m.0).collect();
        for e in sa.between_set(&toks, found) {
            if !mutual.iter().any(|m| m.0 == e) {
                let tok = (0..sa.p.len())
                    .find(|&t| sa.entity[t] == Some(e))
                    .unwrap_or(s.v);
                mutual.push((e, bit("between_set"), tok));
            }
        }
    }
    let mut add = |a: (usize, u32, usize), t: (usize, u32, usize), mutual: bool| {
        if a.0 == t.0 {
            return;
        }
        let rules = a.1 | t.1 | s.rules;
        if let Some(c) = out.iter_mut().find(|c| {
            c.pred == s.v
                && ((c.agent == a.0 && c.target == t.0)
                    || (c.mutual && c.agent == t.0 && c.target == a.0))
        }) {
            c.rules |= rules;
            c.mutual |= mutual;
            return;
        }
        out.push(Candidate {
            agent: a.0,
            target: t.0,
            agent_tok: a.2,
            target_tok: t.2,
            pred: s.v,
            trigger: s.span,
            lemma: s.lemma.to_string(),
            pos: (s.rules == 0).then_some(s.trigger.pos),
            class: s.trigger.class,
            cameo: s.trigger.cameo.to_string(),
            goldstein: s.trigger.goldstein,
            rules,
            mutual,
            engine: None,
        });
    };
    for &a in &agents {
        for &t in &targets {
            add(a, t, false);
        }
    }
    if !mutual.is_empty() {
        if agents.is_empty() {
            for (k, &a) in mutual.iter().enumerate() {
                for &b in &mutual[k + 1..] {
                    add(a, b, true);
                }
            }
        } else {
            for &a in &agents {
                for &m in &mutual {
                    add(a, m, false);
                }
            }
        }
    }
    let targeted = sides.targets.iter().any(|a| a.rule != bit("clause_actor"));
    if !targeted && s.trigger.frame.mutual && agents.len() >= 2 {
        let coord = bit("coordinated_subjects");
        for (k, &a) in agents.iter().enumerate() {
            for &b in &agents[k + 1..] {
                add((a.0, a.1 | coord, a.2), (b.0, b.1 | coord, b.2), true);
            }
        }
    }
}

/// Merges one relation the engine found into the candidates (as a candidate of its own
/// when no rule proposed its pair).
fn merge_engine(sa: &SentenceActors<'_, '_>, f: Found, out: &mut Vec<Candidate>) {
    let engine = bit("engine");
    if let Some(c) = out.iter_mut().find(|c| {
        c.trigger.0 <= f.trigger.0
            && f.trigger.0 < c.trigger.1.max(c.trigger.0 + 1)
            && ((c.agent == f.agent && c.target == f.target)
                || ((c.mutual || f.symmetric) && c.agent == f.target && c.target == f.agent))
    }) {
        c.rules |= engine;
        c.mutual |= f.symmetric && f.relation != RelationKind::Meets;
        c.engine = Some(f);
        return;
    }
    let p = sa.p;
    let pred = (f.trigger.0..f.trigger.1.min(p.len()))
        .find(|&k| {
            p.head(k)
                .is_none_or(|h| h < f.trigger.0 || h >= f.trigger.1)
        })
        .unwrap_or(f.trigger.0);
    let nearest = |e: usize| {
        (0..p.len())
            .filter(|&t| sa.entity[t] == Some(e))
            .min_by_key(|&t| t.abs_diff(pred))
            .unwrap_or(pred)
    };
    out.push(Candidate {
        agent: f.agent,
        target: f.target,
        agent_tok: nearest(f.agent),
        target_tok: nearest(f.target),
        pred,
        trigger: f.trigger,
        lemma: p.lemmas[pred].clone(),
        pos: None,
        class: Some(f.relation),
        cameo: f.cameo.clone(),
        goldstein: f.goldstein,
        rules: engine,
        mutual: f.symmetric && f.relation != RelationKind::Meets,
        engine: Some(f),
    });
}

#[cfg(test)]
mod tests;
