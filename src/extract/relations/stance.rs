//! Stance without an event word.
//!
//! - [`characterization`]: "calling Israel a terrorist state" characterizes the object as
//!   an enemy (opposes) or a friend (backs) of the subject, by the curated pejorative and
//!   appreciative nouns of `words.tsv`;
//! - [`judgement`], the trigger class `stance`: a speaker's judgement of another actor, or
//!   of its words, plans or leadership ([`JUDGED`]: a `judged_aspect` noun the actor
//!   possesses), by the sign of the judging word's valence in `polarity.tsv` (VADER).
//!   Named rules ([`STANCE_RULES`]) find the judged phrase and the judging word:
//!   - `judged_complement`: a `judgement_verb` whose clausal complement is a copular
//!     predicate of the judged phrase: "X said Y's plan was reckless";
//!   - `judged_object`: a `characterize_verb` whose object is the judged phrase and whose
//!     predicate (a second object, an open complement, an "as" phrase) judges it: "X
//!     called Y's leadership destructive", "X described Y as dishonest";
//!   - `quoted_judgement`: a quote whose predicate judges, attributed by "said X" beside
//!     it (parataxis): "“Y's plan is reckless,” said X";
//!   - `attributed_judgement`: the same without quotation marks, the attribution after a
//!     comma: "Y's reform is a disaster, X said";
//!   - `judged_conjunct`: a coordinated predicate judges by a conjunct that does;
//!   - `verdict_noun`: a `verdict_noun` judges even with an article ("X said Y was a
//!     danger", "X called Y's budget a disgrace"), where any other noun with a
//!     determiner judges only through its adjectives;
//!   - `judged_conduct`: the reported clause is a `conduct_verb` of the judged phrase,
//!     whose very use judges its subject: "X said Y had failed", "Y has misled voters, X
//!     said";
//!   - `felt_toward` ([`felt_toward`]): a `feeling_predicate` of the subject toward an
//!     actor or its act, with no reporting verb needed: "X was disappointed with Y's
//!     handling", "X was appalled by Y's plans";
//!   - `quoted_attribution`: a quote whose attribution after it the parser attached as a
//!     conjunct or complement of the quote's predicate: "“Y's scheme is a model,” X said
//!     at a rally";
//!   - `nearest_subject`: of two subjects the parser gives a reported predicate, the
//!     nearest: "said [that] [Y's plan] was credible", "said [Mr] [Y's] re-election ...";
//!   - `verdict_class`: a `condemning_predicate` or `approving_predicate` that neither
//!     lexicon rates judges by its class's sign: "said Y's veto was disproportionate";
//!   - `voiced_misgiving` ([`voiced_misgiving`]): a `misgiving_noun` voiced by a
//!     `misgiving_verb` about an actor or its act: "X expressed concern over Y's drills";
//!   - `force_act`: armed force or its display (a `force_noun`) is its possessor's act:
//!     "X said Y's drills were reckless".
//!
//!   The speaker is the verb's subject, the target the judged actor; positive valence
//!   backs, negative opposes (codes: the `stance_*` rows of `constructions.tsv`). A
//!   denied verb or a negated predicate states no stance ("X said Y's plan was not
//!   reckless": dropped, not flipped); a state of the subject's own (`state_predicate`:
//!   "Y was happy") is no judgement of it. The evidence trigger is the judging word.
//!   The class is kept or dropped as a whole ([`crate::lexicon::Lexicon::keep_stance`],
//!   `--stance`/`--no-stance`); it is off by default
//!   ([`crate::lexicon::STANCE_DEFAULT`]).

use super::arguments::SentenceActors;
use super::{Found, enabled, push_pairs};
use crate::lexicon::{Construction, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// The rules of the trigger class `stance`, by name (each tried on every verb).
#[cfg(test)]
pub(super) const STANCE_RULES: &[&str] = &[
    "judged_complement",
    "judged_object",
    "quoted_judgement",
    "judged_conjunct",
    "verdict_noun",
    "attributed_judgement",
    "judged_act",
    "split_subject",
    "felt_toward",
    "judged_conduct",
    "quoted_attribution",
    "nearest_subject",
    "verdict_class",
    "voiced_misgiving",
    "force_act",
];

/// The word class of the nouns whose possessor a judgement of them judges.
const JUDGED: WordClass = WordClass::JudgedAspect;

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
    let base = Found::of_construction(code, (v, v + 1), sa.hedged(v), crate::TriggerClass::Event);
    push_pairs(out, &agents, &targets, &base);
}

/// The trigger class `stance` at verb `v`: the judgements its rules find, as statements of
/// the speaker toward the judged actors (see the module docs).
pub(super) fn judgement(sa: &SentenceActors<'_, '_>, v: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if !lex.stance() || p.upos[v] != Upos::Verb || sa.denied(v) {
        return;
    }
    let lemma = &p.lemmas[v];
    // (judged phrase, predicate) pairs
    let mut judged: Vec<(usize, usize)> = Vec::new();
    if lex.words.has(WordClass::JudgementVerb, lemma) {
        if enabled("judged_complement") {
            judged.extend(
                p.children_with(v, DepRel::Ccomp)
                    .filter_map(|c| judged_clause(sa, c).map(|s| (s, c))),
            );
        }
        let quoted = enabled("quoted_judgement") && p.lower.iter().any(|w| w == "\"");
        if quoted {
            let quotes = p
                .children_with(v, DepRel::Parataxis)
                .chain(p.head(v).filter(|_| p.rel(v) == DepRel::Parataxis));
            judged.extend(quotes.filter_map(|c| judged_clause(sa, c).map(|s| (s, c))));
        }
        // rule `quoted_attribution`: a quote whose attribution after it the parser attached
        // otherwise than beside it ("“Y's scheme is a model,” X said at a rally": "said" a
        // conjunct of the quote's predicate) is attributed as an unquoted judgement is
        if (!quoted || enabled("quoted_attribution"))
            && enabled("attributed_judgement")
            && let Some(c) = attributed_predicate(sa, v)
            && !judged.iter().any(|&(_, x)| x == c)
            && let Some(s) = judged_clause(sa, c)
        {
            judged.push((s, c));
        }
    }
    if enabled("judged_object")
        && lex.words.has(WordClass::CharacterizeVerb, lemma)
        // "declared X bankrupt": a status conferred, no judgement
        && !lex.words.has(WordClass::ConferringVerb, lemma)
        // "called Israel a terrorist state": the characterization said it already
        && !out.iter().any(|f| f.trigger == (v, v + 1))
        && let Some(object) = p.child_with(v, DepRel::Obj)
    {
        judged.extend(
            object_predicates(sa, v, object)
                .into_iter()
                .map(|x| (object, x)),
        );
    }
    for (phrase, predicate) in judged {
        let Some((word, valence)) = judging_word(sa, predicate) else {
            continue;
        };
        let targets = judged_actors(sa, phrase);
        if targets.is_empty() {
            continue;
        }
        let agents = subject_actors(sa, v);
        let construction = if valence > 0.0 {
            Construction::StanceApproval
        } else {
            Construction::StanceDisapproval
        };
        let code = lex.constructions.get(construction);
        let weak = sa.hedged(v) || sa.hedged(predicate);
        let base =
            Found::of_construction(code, (word, word + 1), weak, crate::TriggerClass::Stance);
        push_pairs(out, &agents, &targets, &base);
    }
}

/// The subject a reported clause `c` judges: of a copular predicate
/// ([`copular_subject`]), else of a verb of conduct ([`conduct_subject`]).
fn judged_clause(sa: &SentenceActors<'_, '_>, c: usize) -> Option<usize> {
    copular_subject(sa, c).or_else(|| conduct_subject(sa, c))
}

/// Rule `judged_conduct`: the subject of a reported `conduct_verb` `c`, whose very use
/// judges its doer ("X said [Y] had failed", "[Y] has misled voters, X said"): an actor or
/// a `judged_aspect` noun (its possessor judged: "Y's scheme had failed"), not an act
/// noun ("Y's bid failed" says how the bid went, not how Y behaved). Not a passive ("Y was
/// misled" is done to Y), a denied verb or a hypothetical.
fn conduct_subject(sa: &SentenceActors<'_, '_>, c: usize) -> Option<usize> {
    let (p, words) = (sa.p, &sa.lex.words);
    if !enabled("judged_conduct")
        || !conduct_verb(sa, c)
        || p.children(c)
            .iter()
            .any(|&k| matches!(p.deprels[k], DepRel::NsubjPass | DepRel::AuxPass))
        || sa.denied(c)
        || conditional(sa, c)
    {
        return None;
    }
    p.child_with(c, DepRel::Nsubj).filter(|&s| {
        sa.entity[s].is_some() || words.has(JUDGED, &p.lower[s]) || words.has(JUDGED, &p.lemmas[s])
    })
}

/// Is `c` a verb of the class `conduct_verb` (rule `judged_conduct`)?
fn conduct_verb(sa: &SentenceActors<'_, '_>, c: usize) -> bool {
    enabled("judged_conduct")
        && sa.p.upos[c] == Upos::Verb
        && sa.lex.words.has(WordClass::ConductVerb, &sa.p.lemmas[c])
}

/// The subject of the copular predicate `c` ("[Y's plan] was reckless"), or of a passive
/// participle that a degree adverb makes a judgement ("[Y's remarks] were well justified";
/// not "Y's plan was rejected [by Z]", an event), unless the predicate is negated or
/// denied.
fn copular_subject(sa: &SentenceActors<'_, '_>, c: usize) -> Option<usize> {
    let p = sa.p;
    let copular = p.child_with(c, DepRel::Cop).is_some();
    let gradable = || {
        p.child_with(c, DepRel::AuxPass).is_some()
            && p.child_with(c, DepRel::OblAgent).is_none()
            && p.children_with(c, DepRel::Advmod)
                .any(|m| sa.lex.words.has(WordClass::DegreeAdverb, &p.lower[m]))
    };
    if !(copular || gradable()) || sa.denied(c) || conditional(sa, c) {
        return None;
    }
    // rule `nearest_subject`: of two subjects the parser gives one predicate, the one
    // nearest before it is the clause's; the first is a word the parser misread ("said
    // [that] [Y's plan] was credible", "said [Mr] [Y's] re-election was a sham")
    let nearest = || p.children_with(c, DepRel::Nsubj).filter(|&s| s < c).last();
    let first = p.child_with(c, DepRel::Nsubj);
    let subject = if enabled("nearest_subject") {
        nearest().or(first)
    } else {
        first
    };
    subject.or_else(|| split_subject(sa, c))
}

/// Rule `split_subject`: the subject of a reported copular predicate `c` that the parser
/// split off as a complement of its own of the reporting verb, an object or a clausal
/// complement followed by a predicate without a subject ("X said [Y's new offer on the
/// border] [was a real success]", "said [Y's trip to Moscow] [was shameful]"): the
/// verb's noun complement whose phrase ends just before the predicate's.
fn split_subject(sa: &SentenceActors<'_, '_>, c: usize) -> Option<usize> {
    let p = sa.p;
    if !enabled("split_subject") || p.rel(c) != DepRel::Ccomp {
        return None;
    }
    let v = p.head(c)?;
    p.children(v).iter().copied().find(|&k| {
        k != c
            && matches!(p.rel(k), DepRel::Obj | DepRel::Ccomp)
            && matches!(p.upos[k], Upos::Noun | Upos::Propn)
            && p.right_edge(k) + 1 == p.left_edge(c)
    })
}

/// A judgement stated as the consequence of a condition, "X said Y would be a danger if it
/// left the treaty": a `hedge_modal` on the predicate and a `conditional_mark` in its span
/// or opening a clause of the verb that reports it, wherever the parser hung the
/// condition (a hypothetical states no judgement).
fn conditional(sa: &SentenceActors<'_, '_>, c: usize) -> bool {
    let (p, words) = (sa.p, &sa.lex.words);
    let condition =
        |k: usize| p.rel(k) == DepRel::Mark && words.has(WordClass::ConditionalMark, &p.lower[k]);
    p.children_with(c, DepRel::Aux)
        .any(|a| words.has(WordClass::HedgeModal, &p.lower[a]))
        && ((p.left_edge(c)..=p.right_edge(c)).any(condition)
            || p.head(c).is_some_and(|v| {
                p.children_with(v, DepRel::Advcl)
                    .any(|a| p.children(a).iter().any(|&m| condition(m)))
            }))
}

/// Rule `attributed_judgement`: the predicate of a judgement reported before its
/// attribution without quotation marks, "Y's reform is a disaster, X said": the
/// `judgement_verb` `v` follows the predicate after a comma, attached to it (parataxis, or
/// read as a relative clause, a conjunct or a clausal complement), with no complement of its own (the predicate is its
/// content; "the plan Y said would fail" has one).
fn attributed_predicate(sa: &SentenceActors<'_, '_>, v: usize) -> Option<usize> {
    let p = sa.p;
    let c = p.head(v)?;
    // (or read as a conjunct of the predicate, without a conjunction: "..., X said")
    // (or as a clausal complement: "Y has misled the court, X said")
    let attached = matches!(p.rel(v), DepRel::Parataxis | DepRel::Ccomp)
        || p.deprels[v] == DepRel::AclRelcl
        || (p.rel(v) == DepRel::Conj && p.child_with(v, DepRel::Cc).is_none());
    let complement = || {
        p.children(v)
            .iter()
            .any(|&k| matches!(p.rel(k), DepRel::Ccomp | DepRel::Obj | DepRel::Xcomp))
    };
    if !attached || complement() {
        return None;
    }
    // (the comma opens the attribution's subtree or stands just before it)
    let edge = p.left_edge(v);
    let after_comma =
        c < edge && (p.lower[edge] == "," || (edge > c + 1 && p.lower[edge - 1] == ","));
    after_comma.then_some(c)
}

/// Is `x` a `verdict_noun` (rule `verdict_noun`): a noun that passes a verdict on what it
/// is said of even with an article, "a disaster", "a betrayal", "a triumph"?
fn verdict_noun(sa: &SentenceActors<'_, '_>, x: usize) -> bool {
    let (p, words) = (sa.p, &sa.lex.words);
    enabled("verdict_noun")
        && p.upos[x] == Upos::Noun
        && (words.has(WordClass::VerdictNoun, &p.lower[x])
            || words.has(WordClass::VerdictNoun, &p.lemmas[x]))
}

/// The predicates a verb of naming gives its object: a second object, an open
/// complement, an "as" phrase, or (in some parses) the object's own complement, its "as"
/// phrase ("dismissed [Y's claims as fantasy]") or a verdict noun hung on it without a
/// preposition ("called [Y's plan a betrayal]").
fn object_predicates(sa: &SentenceActors<'_, '_>, v: usize, object: usize) -> Vec<usize> {
    let p = sa.p;
    let of_verb = p.children(v).iter().copied().filter(|&c| {
        c != object
            && (matches!(p.rel(c), DepRel::Xcomp | DepRel::Obj)
                || (p.rel(c) == DepRel::Obl && sa.case_in(c, WordClass::PredicativePreposition)))
    });
    let of_object = p.children(object).iter().copied().filter(|&c| {
        matches!(p.rel(c), DepRel::Xcomp | DepRel::Acl | DepRel::Appos)
            || (p.deprels[c] == DepRel::Nmod && sa.case_in(c, WordClass::PredicativePreposition))
            || (matches!(
                p.deprels[c],
                DepRel::Obj | DepRel::Nmod | DepRel::NmodUnmarked
            ) && p.case_of(c).is_none()
                && verdict_noun(sa, c))
    });
    of_verb
        .chain(of_object)
        .filter(|&x| !sa.negated(x))
        .collect()
}

/// The word that judges in predicate `x`, and its valence ([`own_judging_word`]), else,
/// for a coordinated predicate ("was unconstitutional and dangerous", "fair and long
/// overdue"), the first of its conjuncts that judges, when all that judge agree in sign
/// (rule `judged_conjunct`: "sudden and dangerous" judges by "dangerous"; "sudden, brave
/// and dangerous" by none; a head that judges by itself is the judging word as before).
fn judging_word(sa: &SentenceActors<'_, '_>, x: usize) -> Option<(usize, f32)> {
    // a verb of conduct judges by itself, whatever its objects ("had misled voters")
    if conduct_verb(sa, x) {
        return valence(sa, x).map(|v| (x, v));
    }
    let own = own_judging_word(sa, x);
    if own.is_some() || !enabled("judged_conjunct") {
        return own;
    }
    let mut found =
        sa.p.children_with(x, DepRel::Conj)
            .filter_map(|c| own_judging_word(sa, c));
    let first = found.next()?;
    found
        .all(|(_, v)| (v > 0.0) == (first.1 > 0.0))
        .then_some(first)
}

/// The word that judges in predicate `x` by itself, and its valence: the predicate itself
/// (an adjective or participle), else its strongest adjective or adverb ("a reckless
/// gamble"). None for a state of the subject's own ("happy", "the victim", "in danger"),
/// an attitude to someone else ("suspicious of Z"), or a word without valence.
fn own_judging_word(sa: &SentenceActors<'_, '_>, x: usize) -> Option<(usize, f32)> {
    let (p, lex) = (sa.p, sa.lex);
    let state = |k: usize| {
        lex.words.has(WordClass::StatePredicate, &p.lower[k])
            || lex.words.has(WordClass::StatePredicate, &p.lemmas[k])
    };
    let valence = |k: usize| valence(sa, k);
    // "suspicious of Z", "critical of Z": the subject's attitude to a third party; "in
    // danger", "up to his old trick": a prepositional predicate, a state
    let attitude = p.children(x).iter().any(|&c| match p.rel(c) {
        DepRel::Obl => true,
        // "described Y as [a failing body]" is the predicate's own preposition
        DepRel::Case => !lex
            .words
            .has(WordClass::PredicativePreposition, &p.lower[c]),
        _ => false,
    });
    // a verb with an object or an infinitive mark is an action, no quality ("was right to
    // reject the idea" parsed with "reject" as the predicate); a participle has neither
    let action = p.upos[x] == Upos::Verb
        && p.children(x)
            .iter()
            .any(|&c| matches!(p.rel(c), DepRel::Obj | DepRel::Mark));
    if !matches!(p.upos[x], Upos::Adj | Upos::Noun | Upos::Verb) || state(x) || attitude || action {
        return None;
    }
    // a noun with a determiner judges only through its modifiers: VADER rates nouns as
    // things ("a party", "a boost", "a fight"), not as what they call someone; a bare one
    // is most often an adjective the tagger took for a noun ("was clever")
    // (rule `verdict_noun`: but "a disaster", "a betrayal" pass a verdict on their subject)
    let thing =
        p.upos[x] == Upos::Noun && p.child_with(x, DepRel::Det).is_some() && !verdict_noun(sa, x);
    if !thing && let Some(v) = valence(x) {
        return Some((x, v));
    }
    p.children(x)
        .iter()
        .copied()
        // a degree adverb intensifies, it does not judge: "perfectly entitled"
        .filter(|&m| {
            matches!(p.rel(m), DepRel::Amod | DepRel::Advmod)
                && !state(m)
                && !lex.words.has(WordClass::DegreeAdverb, &p.lower[m])
        })
        .filter_map(|m| valence(m).map(|v| (m, v)))
        .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))
}

/// The valence a verdict word of `words.tsv` has when neither lexicon rates it (rule
/// `verdict_class`): the magnitude of a plain judging word ("reckless" is -1.7 in VADER).
const VERDICT_VALENCE: f32 = 2.0;

/// The valence of word `k` (`polarity.tsv`, `judgements.tsv`), by its form or its lemma;
/// else (rule `verdict_class`) the sign of the verdict class it belongs to: a
/// `condemning_predicate` ("disproportionate", "baseless", "provocative") or an
/// `approving_predicate` of the reactions to an act, which VADER mostly lacks.
fn valence(sa: &SentenceActors<'_, '_>, k: usize) -> Option<f32> {
    let (p, polarity, words) = (sa.p, &sa.lex.polarity, &sa.lex.words);
    let in_class =
        |class: WordClass| words.has(class, &p.lower[k]) || words.has(class, &p.lemmas[k]);
    polarity
        .valence(&p.lower[k])
        .or_else(|| polarity.valence(&p.lemmas[k]))
        .or_else(|| {
            if !enabled("verdict_class") {
                None
            } else if in_class(WordClass::CondemningPredicate) {
                Some(-VERDICT_VALENCE)
            } else if in_class(WordClass::ApprovingPredicate) {
                Some(VERDICT_VALENCE)
            } else {
                None
            }
        })
}

/// The actors the subjects of `v` name (the speaker of a judgement, the holder of a
/// feeling or a misgiving), each once.
fn subject_actors(sa: &SentenceActors<'_, '_>, v: usize) -> Vec<usize> {
    let mut actors = Vec::new();
    for s in sa.subjects(v, 0).0 {
        super::push_unique(&mut actors, sa.actors_conj(s, false));
    }
    actors
}

/// Rule `voiced_misgiving`: a `misgiving_noun` that the subject of `v`, a `misgiving_verb`,
/// voices about an actor or its act, named by a `misgiving_preposition` phrase of the noun
/// or of the verb ("X expressed serious concern over [Y's drills]", "voiced concern at [Y's
/// new law]"): the subject opposes that actor, whatever the noun's own valence (a misgiving
/// is always one). Not a denied verb or noun ("X did not voice concern ..."), nor a concern
/// about a thing nobody owns ("over rising tensions"). Read whatever the verb's own senses
/// ("raise" is a trigger of its own). The evidence trigger is the noun.
pub(super) fn voiced_misgiving(sa: &SentenceActors<'_, '_>, v: usize, out: &mut Vec<Found>) {
    let (p, words) = (sa.p, &sa.lex.words);
    if !sa.lex.stance()
        || !enabled("voiced_misgiving")
        || p.upos[v] != Upos::Verb
        || !words.has(WordClass::MisgivingVerb, &p.lemmas[v])
        || sa.denied(v)
    {
        return;
    }
    let Some(noun) = p.child_with(v, DepRel::Obj).filter(|&n| {
        (words.has(WordClass::MisgivingNoun, &p.lower[n])
            || words.has(WordClass::MisgivingNoun, &p.lemmas[n]))
            && !sa.negated(n)
    }) else {
        return;
    };
    let phrases = p
        .children(noun)
        .iter()
        .copied()
        .filter(|&c| p.rel(c) == DepRel::Nmod)
        .chain(p.children_with(v, DepRel::Obl))
        .filter(|&c| sa.case_in(c, WordClass::MisgivingPreposition));
    let mut targets = Vec::new();
    for phrase in phrases {
        super::push_unique(&mut targets, judged_actors(sa, phrase));
    }
    if targets.is_empty() {
        return;
    }
    let holders = subject_actors(sa, v);
    let code = sa.lex.constructions.get(Construction::StanceDisapproval);
    let base = Found::of_construction(
        code,
        (noun, noun + 1),
        sa.hedged(v),
        crate::TriggerClass::Stance,
    );
    push_pairs(out, &holders, &targets, &base);
}

/// Rule `felt_toward` (trigger class `stance`): a `feeling_predicate` `a` of its subject
/// toward an actor or the actor's act, named by a `feeling_preposition` phrase ("X was
/// disappointed with [Y's handling]", "was appalled by [Y's plans]", "was scathing of
/// [Y]") or by the subject of a "that" clause ("X was dismayed that [Y] had delayed its
/// ruling"): the subject backs or opposes that actor by the word's valence. No reporting
/// verb is needed (a feeling stated of its holder is the holder's stance); an active verb
/// with an object is the cause of a feeling, not its holder ("Y's veto disappointed X"),
/// and a denied feeling or a thing nobody owns ("disappointed with the weather") states
/// nothing.
pub(super) fn felt_toward(sa: &SentenceActors<'_, '_>, a: usize, out: &mut Vec<Found>) {
    let (p, lex) = (sa.p, sa.lex);
    if !lex.stance()
        || !enabled("felt_toward")
        || !matches!(p.upos[a], Upos::Adj | Upos::Verb)
        || !(lex.words.has(WordClass::FeelingPredicate, &p.lower[a])
            || lex.words.has(WordClass::FeelingPredicate, &p.lemmas[a]))
        || p.child_with(a, DepRel::Obj).is_some()
        || sa.denied(a)
        || conditional(sa, a)
    {
        return;
    }
    let Some(valence) = valence(sa, a) else {
        return;
    };
    let mut targets = Vec::new();
    for &c in p.children(a) {
        let phrase = (p.rel(c) == DepRel::Obl || p.deprels[c] == DepRel::OblAgent)
            && sa.case_in(c, WordClass::FeelingPreposition);
        let that_clause = p.rel(c) == DepRel::Ccomp
            && p.children(c).iter().any(|&m| {
                p.rel(m) == DepRel::Mark && lex.words.has(WordClass::ComplementMark, &p.lower[m])
            });
        if phrase {
            super::push_unique(&mut targets, judged_actors(sa, c));
        } else if that_clause
            && let Some(s) = p.child_with(c, DepRel::Nsubj)
            && p.deprels[s] != DepRel::NsubjPass
        {
            super::push_unique(&mut targets, judged_actors(sa, s));
        }
    }
    if targets.is_empty() {
        return;
    }
    let holders = subject_actors(sa, a);
    let construction = if valence > 0.0 {
        Construction::StanceApproval
    } else {
        Construction::StanceDisapproval
    };
    let code = lex.constructions.get(construction);
    let base = Found::of_construction(code, (a, a + 1), sa.hedged(a), crate::TriggerClass::Stance);
    push_pairs(out, &holders, &targets, &base);
}

/// Is `t` a noun that names an act (rule `judged_act`): an `act_noun` (WordNet's noun.act)
/// or an event noun of the trigger lexicon ("ban", "demand", "visit"), or (rule
/// `force_act`) armed force or its display, a `force_noun` ("Y's drills", "Y's warships":
/// what Y's forces do is Y's act)?
fn act_noun(sa: &SentenceActors<'_, '_>, t: usize) -> bool {
    let (p, lex) = (sa.p, sa.lex);
    enabled("judged_act")
        && p.upos[t] == Upos::Noun
        && (lex.words.has(WordClass::ActNoun, &p.lemmas[t])
            || (enabled("force_act") && lex.words.has(WordClass::ForceNoun, &p.lemmas[t]))
            || lex
                .triggers
                .get(&p.lemmas[t], TriggerPos::Noun)
                .is_some_and(|tr| tr.frame.event_noun))
}

/// The actors a judgement of phrase `t` judges: the actors it names, or the possessor of
/// a judged noun ("Y's remarks", "the leadership of Y", "the Y plan"), or the actor of an
/// act noun (rule `judged_act`: "Y's veto", "the vote by Y"; its "of" phrase is what the
/// act is done to, "the annexation of Z"); none for "it" or anything else ("the
/// economy").
fn judged_actors(sa: &SentenceActors<'_, '_>, t: usize) -> Vec<usize> {
    let (p, lex) = (sa.p, sa.lex);
    // "it is disappointing": the subject "it" of a copular judgement is an expletive or a
    // thing, never the judged actor (an object "it" may be: "described it as failing")
    if p.rel(t) == DepRel::Nsubj && lex.words.has(WordClass::NeuterPronoun, &p.lower[t]) {
        return Vec::new();
    }
    if sa.entity[t].is_some() {
        return sa.actors_conj(t, false);
    }
    let complement = if lex.words.has(JUDGED, &p.lower[t]) || lex.words.has(JUDGED, &p.lemmas[t]) {
        WordClass::NounComplementPreposition
    } else if act_noun(sa, t) {
        WordClass::EventAuthorPreposition
    } else {
        return Vec::new();
    };
    // "Y's arrest", "his detention": a person who possesses an act done to persons is the
    // one acted on ("Russia's occupation" is still Russia's act)
    let acts = complement == WordClass::EventAuthorPreposition;
    let acted_on = acts && lex.words.has(WordClass::ActedOnNoun, &p.lemmas[t]);
    let mut out = Vec::new();
    for &c in p.children(t) {
        if acted_on
            && (p.upos[c] == Upos::Pron
                || sa.actor_type[c] == Some(crate::domain::ActorType::Person))
        {
            continue;
        }
        // "“Our plan is a model,” X said": the speaker's own side, however "our" resolves
        if lex.words.first_person(&p.lower[c]) {
            continue;
        }
        // (a compound of an act noun names a party to it, not its actor: "the Wales game")
        let possessor = p.deprels[c] == DepRel::NmodPoss
            || (p.deprels[c] == DepRel::Compound && !acts)
            || (p.rel(c) == DepRel::Amod && sa.entity[c].is_some())
            || (p.rel(c) == DepRel::Nmod && sa.case_in(c, complement));
        if possessor {
            super::push_unique(&mut out, sa.actors_conj(c, false));
        }
    }
    out
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

    /// A quote whose predicate is the root, "said X" attached to it as parataxis (the UD
    /// analysis of a quote before its attribution).
    const QUOTE: &str = "
1 \" \" PUNCT `` _ 6 punct _ _
2 Serbia Serbia PROPN NNP _ 4 nmod:poss _ Entity=B-LOC
3 's 's PART POS _ 2 case _ _
4 plan plan NOUN NN _ 6 nsubj _ _
5 is be AUX VBZ _ 6 cop _ _
6 reckless reckless ADJ JJ _ 0 root _ _
7 , , PUNCT , _ 6 punct _ _
8 \" \" PUNCT '' _ 6 punct _ _
9 said say VERB VBD _ 6 parataxis _ _
10 Hungary Hungary PROPN NNP _ 9 nsubj _ Entity=B-LOC
11 . . PUNCT . _ 6 punct _ _
";

    /// The trigger class `stance`: positive rows for each rule, and the judgements that
    /// state no stance (negated, denied, a state, no actor judged, "it").
    const STANCE: &[Row] = &[
        Row::model(
            "judged_complement",
            "Hungary said Serbia's plan was reckless.",
            &["Hungary -opposes-> Serbia [reckless]"],
        ),
        Row::model(
            "judged_complement",
            "Hungary said Serbia's remarks were well justified.",
            &["Hungary -backs-> Serbia [justified]"],
        ),
        Row::model(
            "judged_complement",
            "Hungary said the plans of Serbia were excellent.",
            &["Hungary -backs-> Serbia [excellent]"],
        ),
        Row::model(
            "judged_complement",
            "Hungary said Serbia's plan might be reckless.",
            &["Hungary -opposes/weak-> Serbia [reckless]"],
        ),
        Row::model(
            "judged_object",
            "Hungary called Serbia's leadership destructive.",
            &["Hungary -opposes-> Serbia [destructive]"],
        ),
        Row::model(
            "judged_object",
            "Hungary described Serbia as dishonest.",
            &["Hungary -opposes-> Serbia [dishonest]"],
        ),
        Row::gold(
            "quoted_judgement",
            "\"Serbia's plan is reckless,\" said Hungary.",
            &[QUOTE],
            &["Hungary -opposes-> Serbia [reckless]"],
        ),
        Row::model(
            "judged_conjunct",
            "Hungary said Serbia's reform was sudden and dangerous.",
            &["Hungary -opposes-> Serbia [dangerous]"],
        ),
        Row::model(
            "judged_conjunct",
            "Hungary called Serbia's budget timely and wise.",
            &["Hungary -backs-> Serbia [wise]"],
        ),
        Row::model(
            "-",
            "Hungary said Serbia's reform was sudden, brave and dangerous.",
            &[],
        ),
        Row::model("-", "Hungary said Serbia's plan was not reckless.", &[]),
        Row::model("-", "Hungary declared Serbia bankrupt.", &[]),
        Row::model("-", "Hungary did not say Serbia's plan was reckless.", &[]),
        Row::model("-", "Hungary said Serbia was happy with the deal.", &[]),
        Row::model("-", "Hungary said Serbia was in danger.", &[]),
        Row::model("-", "Hungary said Serbia's economy was weak.", &[]),
        Row::model(
            "-",
            "Hungary said it was a disappointing day for Serbia.",
            &[],
        ),
        // an event, which its trigger states; a passive without a degree adverb judges nothing
        Row::model(
            "-",
            "Hungary said Serbia's plan was rejected by Croatia.",
            &["Croatia -opposes-> Serbia [rejected]"],
        ),
    ];

    #[test]
    fn stance_rules() {
        // (the rules of nouns of verdict and of trailing attributions have their rows in
        // `VERDICTS`, those of acts and split subjects in `ACTS`, those of feelings and
        // conduct in `FEELINGS`, stance22's in `QUOTED`)
        let rules: Vec<&str> = super::STANCE_RULES
            .iter()
            .copied()
            .filter(|r| {
                ![
                    "verdict_noun",
                    "attributed_judgement",
                    "judged_act",
                    "split_subject",
                    "felt_toward",
                    "judged_conduct",
                    "quoted_attribution",
                    "nearest_subject",
                    "verdict_class",
                    "voiced_misgiving",
                    "force_act",
                ]
                .contains(r)
            })
            .collect();
        check_rows(&rules, STANCE);
    }

    /// The curated judging words VADER lacks (`judgements.tsv`), through each rule, and
    /// their denials (sentences written for this table).
    const CURATED: &[Row] = &[
        Row::model(
            "judged_complement",
            "Hungary said Serbia's pledges were vacuous.",
            &["Hungary -opposes-> Serbia [vacuous]"],
        ),
        Row::model(
            "judged_complement",
            "Hungary said Serbia's plan was sensible.",
            &["Hungary -backs-> Serbia [sensible]"],
        ),
        Row::model(
            "judged_object",
            "Hungary called Serbia's leadership corrosive.",
            &["Hungary -opposes-> Serbia [corrosive]"],
        ),
        Row::model(
            "judged_object",
            "Hungary called Serbia's leadership sensible.",
            &["Hungary -backs-> Serbia [sensible]"],
        ),
        Row::model(
            "judged_complement",
            "Hungary said Serbia's new law was unconstitutional.",
            &["Hungary -opposes-> Serbia [unconstitutional]"],
        ),
        Row::model(
            "judged_object",
            "Hungary called Serbia's offer fair.",
            &["Hungary -backs-> Serbia [fair]"],
        ),
        Row::model(
            "judged_object",
            "Hungary called Serbia's decree unlawful.",
            &["Hungary -opposes-> Serbia [unlawful]"],
        ),
        Row::model(
            "judged_complement",
            "Hungary said Serbia's ruling was biased and politically motivated.",
            &["Hungary -opposes-> Serbia [biased]"],
        ),
        Row::model("-", "Hungary said the weather in Belgrade was fair.", &[]),
        Row::model("-", "Hungary said Serbia's plan was not unworkable.", &[]),
        Row::model(
            "-",
            "Hungary did not call Serbia's leadership corrosive.",
            &[],
        ),
        Row::model("-", "Hungary denied that Serbia's plan was shambolic.", &[]),
    ];

    #[test]
    fn curated_judging_words() {
        check_rows(&["judged_complement", "judged_object"], CURATED);
    }

    /// A judgement given by a noun with an article or a degree word (`verdict_noun`), an
    /// "as" phrase or a verdict noun the parser hung on the object, a judgement reported
    /// before its attribution without quotation marks (`attributed_judgement`); and what
    /// they do not state (sentences written for this table).
    const VERDICTS: &[Row] = &[
        Row::model(
            "verdict_noun",
            "Hungary said Serbia's plan was a disaster.",
            &["Hungary -opposes-> Serbia [disaster]"],
        ),
        Row::model(
            "verdict_noun",
            "Hungary said Serbia was a danger to the region.",
            &["Hungary -opposes-> Serbia [danger]"],
        ),
        Row::model(
            "verdict_noun",
            "Hungary said Serbia's reform was a success.",
            &["Hungary -backs-> Serbia [success]"],
        ),
        Row::model(
            "verdict_noun",
            "Hungary called Serbia's budget a disgrace.",
            &["Hungary -opposes-> Serbia [disgrace]"],
        ),
        Row::model(
            "verdict_noun",
            "Hungary called Serbia's new plan a betrayal of the treaty.",
            &["Hungary -opposes-> Serbia [betrayal]"],
        ),
        Row::model(
            "judged_object",
            "Hungary dismissed Serbia's claims as pure fantasy.",
            &["Hungary -opposes-> Serbia [fantasy]"],
        ),
        Row::model(
            "attributed_judgement",
            "Serbia's new law is a disgrace, Hungary said.",
            &["Hungary -opposes-> Serbia [disgrace]"],
        ),
        Row::model(
            "attributed_judgement",
            "Serbia's plan is reckless, Hungary said.",
            &["Hungary -opposes-> Serbia [reckless]"],
        ),
        Row::model("-", "Hungary said Serbia's plan was not a disaster.", &[]),
        Row::model("-", "Hungary said the war was a disaster for Serbia.", &[]),
        Row::model("-", "Hungary called Serbia's proposal a first step.", &[]),
        Row::model("-", "Hungary called it a good question.", &[]),
        Row::model(
            "-",
            "Hungary said Serbia would be a danger if it joined the alliance.",
            &[],
        ),
    ];

    #[test]
    fn verdicts() {
        check_rows(
            &["verdict_noun", "attributed_judgement", "judged_object"],
            VERDICTS,
        );
    }

    /// The actor of an act noun judged (rule `judged_act`: an `act_noun` of WordNet's
    /// noun.act, or an event noun of the trigger lexicon), through each rule, and what
    /// states no stance: a denial, a hypothetical, a state of the speaker's own, the "of"
    /// phrase of what the act is done to (sentences written for this table).
    const ACTS: &[Row] = &[
        Row::model(
            "judged_act",
            "Hungary called Serbia's veto cynical and shameful.",
            &["Hungary -opposes-> Serbia [cynical]"],
        ),
        Row::model(
            "judged_act",
            "Hungary said Serbia's ban was brave.",
            &["Hungary -backs-> Serbia [brave]"],
        ),
        Row::model(
            "judged_act",
            "Hungary said Serbia's amendment was openly hostile.",
            &["Hungary -opposes-> Serbia [hostile]"],
        ),
        Row::model(
            "judged_act",
            "Hungary said Serbia's annexation of the province was illegal.",
            &["Hungary -opposes-> Serbia [illegal]"],
        ),
        Row::model(
            "judged_act",
            "Hungary said Serbia's trip to Moscow was shameful.",
            &[
                "Hungary -opposes-> Serbia [shameful]",
                "Serbia -meets/sym-> Russia [trip]",
            ],
        ),
        Row::model(
            "split_subject",
            "Hungary said Serbia's new offer on the border was a real success.",
            &["Hungary -backs-> Serbia [success]"],
        ),
        Row::model("-", "Hungary did not call Serbia's veto shameful.", &[]),
        Row::model(
            "-",
            "Hungary said Serbia's veto would be reckless if it blocked the aid.",
            &[],
        ),
        Row::model("-", "Hungary said it was proud of Serbia's vote.", &[]),
        Row::model(
            "-",
            "Hungary said the annexation of Serbia was illegal.",
            &[],
        ),
        Row::model("-", "Hungary said Ivan Petrov's arrest was unjust.", &[]),
        Row::model("-", "Hungary said the Serbia game was amazing.", &[]),
        Row::model(
            "-",
            "Hungary called Ivan Petrov's detention politically motivated.",
            &[],
        ),
        Row::model("-", "Hungary said Serbia's economy was a success.", &[]),
    ];

    /// The constructions of the user files' quoted judgements (stance22): a quote whose
    /// attribution the parser makes a conjunct, a doubled subject, a verdict word only its
    /// class rates, a voiced misgiving, an act of armed force; and what they do not state:
    /// the speaker's own side, a misgiving about no actor's act, a denied misgiving
    /// (sentences written for this table).
    const QUOTED: &[Row] = &[
        Row::model(
            "quoted_attribution",
            "\"Serbia's new budget is a model for the region,\" Hungarian Finance Minister Anna Kovacs said at a forum in Budapest on Monday.",
            &["Anna Kovacs -backs-> Serbia [model]"],
        ),
        Row::model(
            "-",
            "\"Our plan is a model for Europe,\" Hungarian minister Anna Kovacs said.",
            &[],
        ),
        Row::model(
            "nearest_subject",
            "Hungarian Finance Minister Anna Kovacs said on Monday that Serbia's budget was \"credible\".",
            &["Anna Kovacs -backs-> Serbia [credible]"],
        ),
        Row::model(
            "nearest_subject",
            "Hungary said on Monday that Serbia's budget was \"credible\".",
            &["Hungary -backs-> Serbia [credible]"],
        ),
        Row::model(
            "verdict_class",
            "Hungary said Serbia's veto was \"unwarranted\".",
            &["Hungary -opposes-> Serbia [unwarranted]"],
        ),
        Row::model(
            "voiced_misgiving",
            "Hungary expressed concern over Serbia's plans.",
            &["Hungary -opposes-> Serbia [concern]"],
        ),
        Row::model(
            "voiced_misgiving",
            "Hungary raised concerns about Serbia's new law.",
            &["Hungary -opposes-> Serbia [concerns]"],
        ),
        Row::model("-", "Hungary expressed concern over rising prices.", &[]),
        Row::model(
            "-",
            "Hungary did not express concern over Serbia's plans.",
            &[],
        ),
        Row::model("-", "Hungary voiced alarm at the weather.", &[]),
        Row::model(
            "force_act",
            "Hungary said Serbia's drills were reckless.",
            &["Hungary -opposes-> Serbia [reckless]"],
        ),
    ];

    #[test]
    fn quoted() {
        check_rows(
            &[
                "quoted_attribution",
                "nearest_subject",
                "verdict_class",
                "voiced_misgiving",
                "force_act",
            ],
            QUOTED,
        );
    }

    #[test]
    fn acts() {
        check_rows(&["judged_act", "split_subject"], ACTS);
    }

    /// A feeling of its subject toward an actor or its act (rule `felt_toward`) and a
    /// reported verb of conduct (rule `judged_conduct`), and what they do not state: a
    /// feeling about a thing nobody owns, a denied feeling, the cause of a feeling, a
    /// failure of no actor, a failure stated by the reporter with no speaker, a denied or
    /// passive conduct verb, an act's fortune (sentences written for this table).
    const FEELINGS: &[Row] = &[
        Row::model(
            "felt_toward",
            "Hungary was disappointed with Serbia's handling of the crisis.",
            &["Hungary -opposes-> Serbia [disappointed]"],
        ),
        Row::model(
            "felt_toward",
            "Hungary said it was appalled by Serbia's plans.",
            &["Hungary -opposes-> Serbia [appalled]"],
        ),
        Row::model(
            "felt_toward",
            "Hungary was delighted with Serbia's offer.",
            &["Hungary -backs-> Serbia [delighted]"],
        ),
        Row::model(
            "felt_toward",
            "Hungary was dismayed that Serbia had closed the border.",
            &["Hungary -opposes-> Serbia [dismayed]"],
        ),
        Row::model("-", "Hungary was disappointed with the weather.", &[]),
        Row::model(
            "-",
            "Hungary was not disappointed with Serbia's offer.",
            &[],
        ),
        Row::model("-", "Serbia's veto disappointed the voters.", &[]),
        Row::model("-", "Hungary said Serbia was disappointed.", &[]),
        Row::model(
            "judged_conduct",
            "Hungary said Serbia had failed.",
            &["Hungary -opposes-> Serbia [failed]"],
        ),
        Row::model(
            "judged_conduct",
            "Hungary said Serbia's reforms had failed.",
            &["Hungary -opposes-> Serbia [failed]"],
        ),
        Row::model(
            "judged_conduct",
            "Serbia has deceived the court, Hungary said.",
            &["Hungary -opposes-> Serbia [deceived]"],
        ),
        Row::model("-", "The talks failed, Hungary said.", &[]),
        Row::model("-", "Serbia has failed to publish its budget.", &[]),
        Row::model("-", "Hungary said Serbia had not failed.", &[]),
        Row::model("-", "Hungary said Serbia had been misled.", &[]),
        Row::model("-", "Hungary said Serbia's bid had failed.", &[]),
    ];

    #[test]
    fn feelings_and_conduct() {
        check_rows(&["felt_toward", "judged_conduct"], FEELINGS);
    }

    /// Every `feeling_predicate` and `conduct_verb` has the valence that signs it, and every
    /// `feeling_predicate` is a `state_predicate` (a feeling judges nothing about its
    /// holder).
    #[test]
    fn every_feeling_and_conduct_word_has_a_valence() {
        use crate::lexicon::WordClass;
        let (lex, _) = super::super::testing::shipped();
        for class in [WordClass::FeelingPredicate, WordClass::ConductVerb] {
            let words: Vec<&str> = lex.words.members(class).collect();
            assert!(words.len() > 8, "{class:?}");
            for word in words {
                assert!(lex.polarity.valence(word).is_some(), "{word}");
                if class == WordClass::FeelingPredicate {
                    assert!(lex.words.has(WordClass::StatePredicate, word), "{word}");
                }
            }
        }
    }

    /// Every `verdict_noun` has the valence that signs its verdict (`polarity.tsv` or
    /// `judgements.tsv`).
    #[test]
    fn every_verdict_noun_has_a_valence() {
        let (lex, _) = super::super::testing::shipped();
        let nouns: Vec<&str> = lex
            .words
            .members(crate::lexicon::WordClass::VerdictNoun)
            .collect();
        assert!(nouns.len() > 20);
        for noun in nouns {
            assert!(lex.polarity.valence(noun).is_some(), "{noun}");
        }
    }

    #[test]
    fn the_stance_class_is_off_unless_asked_for() {
        let shipped = crate::lexicon::Lexicon::load_default().unwrap();
        assert!(!shipped.polarity.is_empty());
        assert_eq!(shipped.stance(), crate::lexicon::STANCE_DEFAULT);
    }

    #[test]
    fn the_stance_class_can_be_dropped() {
        use crate::domain::Document;
        let (lex, models) = super::super::testing::shipped();
        let mut without = lex.clone();
        without.keep_stance(false);
        let text = "Hungary said Serbia's plan was reckless.";
        let graph = crate::extract::extract_document(&Document::new("t", text), &without, models);
        assert!(graph.statements.is_empty(), "{:?}", graph.statements);
        let graph = super::super::testing::graph_of(text);
        assert_eq!(graph.statements[0].class, crate::TriggerClass::Stance);
        let code = lex
            .constructions
            .get(crate::lexicon::Construction::StanceDisapproval);
        assert_eq!(graph.statements[0].cameo.as_deref(), Some(&*code.cameo));
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
