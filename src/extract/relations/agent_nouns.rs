//! Agent nouns: the noun is the agent, its complement the target ("Hamas backers such as
//! Qatar", "allies of Israel", "X is a critic of Y").

use super::arguments::SentenceActors;
use super::{Found, first_step, nonempty, push_pairs, push_unique};
use crate::lexicon::{Trigger, WordClass};
use crate::nlp::{DepRel, Upos};

/// A step of [`AGENT_NOUN_FALLBACKS`].
type AgentNounStep = (&'static str, fn(&AgentNoun<'_>) -> Option<Vec<usize>>);

/// An agent noun trigger in its sentence.
pub(super) struct AgentNoun<'c> {
    sa: &'c SentenceActors<'c, 'c>,
    /// The noun token.
    n: usize,
}

/// Who the agent noun stands for when no example names them ("backers such as X" does),
/// tried in order: `coordinated_predicate` ("X quit and has been a backer of Hamas"),
/// `coordinated_noun` ("Qatar is a backer of Hamas and a critic of Fatah"),
/// `predicate_noun_subject` ("Qatar is a backer of Hamas"), `subject_noun_predicate`
/// ("Hamas's main backer is Qatar"), `reckoned_among` ("Hamas counts Qatar among its
/// backers"), then `dash_anchor` ("went to
/// X - a backer of Hamas"), `appositive_anchor` ("Qatar, a backer of Hamas") and
/// `described_name` ("Hamas's backer Qatar"); a copula decides, even with a subject that
/// names no actor; `copular_verb_subject` ("Qatar remains a backer of Hamas") after the
/// "as" phrase, and the partitive ("one of the backers") last, which reads its own
/// predicate by all of them.
pub(super) const AGENT_NOUN_FALLBACKS: &[AgentNounStep] = &[
    ("coordinated_predicate", coordinated_predicate),
    ("coordinated_noun", coordinated_noun),
    ("predicate_noun_subject", predicate_noun_subject),
    ("subject_noun_predicate", subject_noun_predicate),
    ("reckoned_among", reckoned_among),
    ("dash_anchor", dash_anchor),
    ("appositive_anchor", appositive_anchor),
    ("described_name", described_name),
    ("predicated_with_as", predicated_with_as),
    ("copular_verb_subject", copular_verb_subject),
    ("partitive_head", partitive_head),
];

/// "X remains an ally of Y", "X has become one of the critics of Y": the agent noun
/// predicated of the subject of a `copular_verb` other than "be" (UD makes the noun the
/// verb's open complement; the parser gives an object at times), as the copula's subject
/// is (`predicate_noun_subject`). A denied verb ("has never become an ally") names none;
/// a hypothetical one ("could become an ally if ...") is read where every predicate is.
fn copular_verb_subject(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let g = p.head(n).filter(|&g| {
        matches!(p.rel(n), DepRel::Xcomp | DepRel::Obj)
            && p.upos[g] == Upos::Verb
            && sa.lex.words.has(WordClass::CopularVerb, &p.lemmas[g])
    })?;
    Some(dependents_unless_denied(sa, g, DepRel::Nsubj))
}

/// The actors of `v`'s dependents of relation `rel` (each with its conjuncts), or none
/// when `v` is denied: the agents a copula's subject or a reckoning verb's object names.
fn dependents_unless_denied(sa: &SentenceActors<'_, '_>, v: usize, rel: DepRel) -> Vec<usize> {
    let mut agents = Vec::new();
    if !sa.denied(v) {
        for d in sa.p.children_with(v, rel) {
            push_unique(&mut agents, sa.actors_conj(d, false));
        }
    }
    agents
}

/// "X is one of the critics of Y", "X, one of Y's closest allies, ...", "X and Y are two of
/// the donors to Z": the agent noun is the "of" phrase of a `partitive_head` word, which
/// stands for some of its agents; the partitive's own copula, apposition or "as" phrase names
/// them, as the noun's would ("X is a critic of Y"). A negated partitive ("X is not one of
/// the critics") names none.
fn partitive_head(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let h = p.head(n).filter(|&h| {
        p.rel(n) == DepRel::Nmod
            && p.case_of(n).as_deref() == Some("of")
            && sa.lex.words.has(WordClass::PartitiveHead, &p.lower[h])
    })?;
    if sa.negated(h) {
        return Some(Vec::new());
    }
    let anchor = AgentNoun { sa, n: h };
    predicate_noun_subject(&anchor)
        .or_else(|| appositive_anchor(&anchor))
        .or_else(|| predicated_with_as(&anchor))
        .or_else(|| {
            super::enabled("copular_verb_subject")
                .then(|| copular_verb_subject(&anchor))
                .flatten()
        })
}

/// "X acted as a mediator between Y and Z", "named X as an ally", "X was seen as an ally":
/// the noun in a `predicative_preposition` phrase of a verb describes the verb's object,
/// or with none its subject (active or passive); after the copula and the apposition,
/// which the noun's own clause states more directly.
fn predicated_with_as(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let g = p
        .head(n)
        .filter(|_| p.rel(n) == DepRel::Obl && sa.case_in(n, WordClass::PredicativePreposition))?;
    let objects: Vec<usize> = p.children_with(g, DepRel::Obj).collect();
    let described: Vec<usize> = if objects.is_empty() {
        p.children_with(g, DepRel::Nsubj).collect()
    } else {
        objects
    };
    let mut agents = Vec::new();
    for d in described {
        push_unique(&mut agents, sa.actors_conj(d, false));
    }
    Some(agents)
}

/// "Qatar is a backer of Hamas": the subject of the copula.
fn predicate_noun_subject(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    if !p.children(n).iter().any(|&c| p.rel(c) == DepRel::Cop) {
        return None;
    }
    let mut agents = Vec::new();
    for s in p.children_with(n, DepRel::Nsubj) {
        agents.extend(sa.actors_conj(s, false));
    }
    Some(agents)
}

/// `subject_noun_predicate`: "Serbia's closest ally is Russia", "its main rivals are X and
/// Y", "Georgia's biggest foe remains Russia": the agent noun is the subject and the
/// actor the predicate, the other way round from "Russia is an ally of Serbia"
/// (`predicate_noun_subject`): the predicate nominal with its copula, or the complement of
/// a `copular_verb`. A denied predicate ("its ally is no longer Russia") names none.
fn subject_noun_predicate(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let h = p.head(n).filter(|_| p.rel(n) == DepRel::Nsubj)?;
    let predicates: Vec<usize> = if p.children(h).iter().any(|&c| p.rel(c) == DepRel::Cop) {
        vec![h]
    } else if p.upos[h] == Upos::Verb && sa.lex.words.has(WordClass::CopularVerb, &p.lemmas[h]) {
        p.children(h)
            .iter()
            .copied()
            .filter(|&c| matches!(p.rel(c), DepRel::Xcomp | DepRel::Obj))
            .collect()
    } else {
        return None;
    };
    if sa.denied(h) {
        return Some(Vec::new());
    }
    let mut agents = Vec::new();
    for x in predicates {
        push_unique(&mut agents, sa.actors_conj(x, false));
    }
    Some(agents)
}

/// The `reckoning_verb` that puts its object among the agent noun `n`'s members ("the
/// Houthis count Iran among their backers"), if there is one: `n`'s
/// `reckoning_preposition` phrase hangs on the verb, or on the object (or its last
/// conjunct) where the parser attaches it.
fn reckoning_verb(sa: &SentenceActors<'_, '_>, n: usize) -> Option<usize> {
    let p = sa.p;
    if !sa.case_in(n, WordClass::ReckoningPreposition) {
        return None;
    }
    let h = p.head(n)?;
    let verb = match p.rel(n) {
        DepRel::Obl => h,
        DepRel::Nmod => {
            let mut o = h;
            while p.rel(o) == DepRel::Conj {
                o = p.head(o)?;
            }
            p.head(o).filter(|_| p.rel(o) == DepRel::Obj)?
        }
        _ => return None,
    };
    (p.upos[verb] == Upos::Verb && sa.lex.words.has(WordClass::ReckoningVerb, &p.lemmas[verb]))
        .then_some(verb)
}

/// `reckoned_among`: "the Houthis count Iran among their backers", "X lists Y and Z among
/// its allies": the verb's object is among the noun's members, so it is the agent, as the
/// subject is of "Iran is among their backers" ([`reckoning_verb`]). A denied verb names
/// none.
fn reckoned_among(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let verb = reckoning_verb(an.sa, an.n)?;
    Some(dependents_unless_denied(an.sa, verb, DepRel::Obj))
}

/// `coordinated_noun`: "X has been a close ally of Y and a bitter rival of Z": an agent
/// noun coordinated with an earlier predicate noun, with no copula or subject of its own,
/// is said of whoever that noun is said of: its agents by the steps here, tried on it.
/// The parser often hangs the second noun on the first one's complement ("ally of [Y and
/// a rival of Z]"); a noun with a complement of its own is then the predicate's conjunct
/// all the same.
fn coordinated_noun(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let g = p.head(n).filter(|&g| p.rel(n) == DepRel::Conj && g < n)?;
    let kids = p.children(n);
    if kids
        .iter()
        .any(|&c| matches!(p.rel(c), DepRel::Cop | DepRel::Nsubj))
    {
        return None;
    }
    let predicate = |x: usize| p.children(x).iter().any(|&c| p.rel(c) == DepRel::Cop);
    let own_complement = kids.iter().any(|&c| c > n && p.rel(c) == DepRel::Nmod);
    let first = if predicate(g) {
        g
    } else {
        p.head(g)
            .filter(|&h| own_complement && p.rel(g) == DepRel::Nmod && predicate(h))?
    };
    first_step(AGENT_NOUN_FALLBACKS, &AgentNoun { sa, n: first }).and_then(nonempty)
}

/// "Qatar, a backer of Hamas": the noun the agent noun is in apposition to.
fn appositive_anchor(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let h = p.head(n).filter(|_| p.rel(n) == DepRel::Appos)?;
    Some(sa.actors_conj(h, false))
}

/// `coordinated_predicate`: "X quit the cabinet and has been a loyal supporter of Y": an
/// agent noun predicated by a copula with no subject of its own, coordinated with an
/// earlier predicate, is said of that predicate's subject, as a coordinated verb's doer is
/// (`coordinated_verb`); active or passive ("X was sacked and is now a critic of Y").
fn coordinated_predicate(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let g = p.head(n).filter(|_| p.rel(n) == DepRel::Conj)?;
    let kids = p.children(n);
    if !kids.iter().any(|&c| p.rel(c) == DepRel::Cop)
        || kids.iter().any(|&c| p.rel(c) == DepRel::Nsubj)
    {
        return None;
    }
    let mut agents = Vec::new();
    // A subject never carries a preposition of its own: "the panel on Lords reform", read
    // as a clause "Lords reform" under "on", has no doer to lend the noun.
    let marked = |s: usize| p.children(s).iter().any(|&c| p.rel(c) == DepRel::Case);
    for s in sa.subjects(g, 1).0.into_iter().filter(|&s| !marked(s)) {
        push_unique(&mut agents, sa.actors_conj(s, false));
    }
    nonempty(agents)
}

/// `dash_anchor`: "the post went to X - a key ally of Y": an agent noun after an
/// `apposition_dash`, which the parser hangs on the clause (`parataxis`, or an apposition
/// of the verb) rather than on the name before the dash, is in apposition to that name:
/// the actors of the word right before the dash. The dash must open the noun's own phrase
/// (every word between is the noun's). An apposition to a noun is `appositive_anchor`'s.
fn dash_anchor(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let on_clause = match p.rel(n) {
        DepRel::Parataxis => true,
        DepRel::Appos => p.head(n).is_some_and(|h| p.upos[h] == Upos::Verb),
        _ => false,
    };
    if !on_clause {
        return None;
    }
    let d = p.children(n).iter().copied().find(|&c| {
        c > 0
            && c < n
            && p.rel(c) == DepRel::Punct
            && sa.lex.words.has(WordClass::AppositionDash, &p.lower[c])
    })?;
    let inside = |k: usize| {
        let mut h = Some(k);
        while let Some(x) = h.filter(|&x| x > d && x < n) {
            h = p.head(x);
        }
        h == Some(n)
    };
    if !(d + 1..n).all(inside) {
        return None;
    }
    nonempty(sa.actors_conj(d - 1, false))
}

/// `described_name`: "Y's ally X", "Y's critic X": an agent noun right before a name that
/// it describes (the parser's `nmod:desc`, as in "carmaker Fiat") is that name's; its
/// possessor is the target as ever.
fn described_name(an: &AgentNoun<'_>) -> Option<Vec<usize>> {
    let (sa, p, n) = (an.sa, an.sa.p, an.n);
    let h = p
        .head(n)
        .filter(|&h| h > n && p.deprels[n] == DepRel::NmodDesc)?;
    nonempty(sa.actors_conj(h, false))
}

/// An agent noun: "Hamas backers such as Qatar", "allies of Israel", "X is a critic of Y".
pub(super) fn agent_noun(
    sa: &SentenceActors<'_, '_>,
    n: usize,
    trigger: &Trigger,
    base: &Found,
    out: &mut Vec<Found>,
) {
    let p = sa.p;
    if sa.negated(n) {
        return;
    }
    let mut targets = Vec::new();
    let mut agents = Vec::new();
    for &c in p.children(n) {
        let rel = p.rel(c);
        // "Hamas backers", "Hamas's backers"; "backers of Hamas"
        let prenominal = c < n && matches!(p.deprels[c], DepRel::Compound | DepRel::NmodPoss);
        let complement = c > n
            && rel == DepRel::Nmod
            && p.case_of(c).is_some_and(|k| {
                sa.lex.words.has(WordClass::NounComplementPreposition, &k)
                    || trigger.frame.takes(&k)
            });
        // "backers such as Qatar", "backers, Qatar and Iran": the examples are the agents
        let example = c > n
            && (rel == DepRel::Appos
                || (rel == DepRel::Nmod && sa.case_in(c, WordClass::ExamplePreposition)));
        let reckoner = (prenominal && p.upos[c] == Upos::Pron)
            .then(|| reckoning_verb(sa, n))
            .flatten();
        if let Some(verb) = reckoner {
            // "X counts Y among its backers": the possessive is the reckoner, whom the
            // nearest name (the object) never stands for
            for s in p.children_with(verb, DepRel::Nsubj) {
                push_unique(&mut targets, sa.actors_conj(s, true));
            }
        } else if prenominal || complement {
            push_unique(&mut targets, sa.actors_conj(c, true));
        } else if example {
            push_unique(&mut agents, sa.actors_conj(c, false));
        }
    }
    if agents.is_empty() {
        agents = first_step(AGENT_NOUN_FALLBACKS, &AgentNoun { sa, n }).unwrap_or_default();
    }
    push_pairs(out, &agents, &targets, base);
}

/// The names of every step of this file, for the tests.
#[cfg(test)]
pub(super) fn step_names() -> Vec<&'static str> {
    AGENT_NOUN_FALLBACKS.iter().map(|s| s.0).collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};
    use super::step_names;

    const ROWS: &[Row] = &[
        Row::model(
            "-",
            "Russia thanked its backers such as Serbia and Belarus.",
            // (those thanked: "such as" names some of the backers, `inclusion_phrase`)
            &[
                "Russia -backs-> Serbia [thanked]",
                "Russia -backs-> Belarus [thanked]",
                "Serbia -backs-> Russia [backers]",
                "Belarus -backs-> Russia [backers]",
            ],
        ),
        Row::model(
            "predicate_noun_subject",
            "Serbia is an ally of Russia.",
            &["Serbia -backs-> Russia [ally]"],
        ),
        Row::model(
            "predicated_with_as",
            "Norway acted as a mediator between Serbia and Kosovo.",
            &[
                "Norway -meets/sym-> Serbia [mediator]",
                "Norway -meets/sym-> Kosovo [mediator]",
            ],
        ),
        Row::model(
            "predicated_with_as",
            "Hungary was seen as an ally of Russia.",
            &["Hungary -backs-> Russia [ally]"],
        ),
        Row::model(
            "appositive_anchor",
            "Serbia, a close ally of Russia, criticised Kosovo.",
            &[
                "Serbia -backs-> Russia [ally]",
                "Serbia -opposes-> Kosovo [criticised]",
            ],
        ),
        Row::model(
            "partitive_head",
            "Slovakia is one of the harshest critics of Austria.",
            &["Slovakia -opposes-> Austria [critics]"],
        ),
        Row::model(
            "partitive_head",
            "Greece and Cyprus are two of Armenia's oldest friends.",
            &[
                "Greece -backs-> Armenia [friends]",
                "Cyprus -backs-> Armenia [friends]",
            ],
        ),
        Row::model(
            "partitive_head",
            "Chile, one of the main donors to Bolivia, hosted the talks.",
            &["Chile -backs-> Bolivia [donors]"],
        ),
        Row::model(
            "copular_verb_subject",
            "Romania remains a close ally of Moldova.",
            &["Romania -backs-> Moldova [ally]"],
        ),
        Row::model(
            "copular_verb_subject",
            "Estonia has become a harsh critic of Belarus.",
            &["Estonia -opposes-> Belarus [critic]"],
        ),
        Row::model(
            "copular_verb_subject",
            "Kenya became one of the main donors to Somalia.",
            &["Kenya -backs-> Somalia [donors]"],
        ),
        Row::model(
            "coordinated_predicate",
            "Tomas Ryba resigned in 2015 and is now a fierce critic of Andrej Babis.",
            &["Tomas Ryba -opposes-> Andrej Babis [critic]"],
        ),
        Row::model(
            "dash_anchor",
            "The award went to Anna Lindh - a close ally of Magdalena Andersson.",
            &["Anna Lindh -backs-> Magdalena Andersson [ally]"],
        ),
        Row::model(
            "described_name",
            "Vladimir Putin's ally Alexander Lukashenko praised the plan.",
            &["Alexander Lukashenko -backs-> Vladimir Putin [ally]"],
        ),
        Row::model(
            "-",
            "Tomas Ryba resigned in 2015 and has never been a critic of Andrej Babis.",
            &[],
        ),
        Row::model(
            "-",
            "He has served as the chairman of the panel on Lords reform and has been a loyal supporter of Gordon Brown.",
            &[],
        ),
        Row::model(
            "-",
            "The award went to Anna Lindh - a close ally of the reform.",
            &[],
        ),
        Row::model(
            "dash_anchor",
            "Talks were led by Ivo Sanader - a close friend of Franjo Tudjman.",
            &["Ivo Sanader -backs-> Franjo Tudjman [friend]"],
        ),
        Row::model(
            "subject_noun_predicate",
            "Serbia's closest ally is Russia.",
            &["Russia -backs-> Serbia [ally]"],
        ),
        Row::model(
            "subject_noun_predicate",
            "Estonia's main trading partners are Finland and Sweden.",
            &[
                "Finland -backs-> Estonia [partners]",
                "Sweden -backs-> Estonia [partners]",
            ],
        ),
        Row::model("-", "Serbia's closest ally is not Russia.", &[]),
        Row::model(
            "reckoned_among",
            "Venezuela counts Cuba and Nicaragua among its allies.",
            &[
                "Cuba -backs-> Venezuela [allies]",
                "Nicaragua -backs-> Venezuela [allies]",
            ],
        ),
        Row::model(
            "reckoned_among",
            "Hamas counts Qatar and the Iranian Revolutionary Guards among its backers.",
            &[
                "Qatar -backs-> Hamas [backers]",
                "Islamic Revolutionary Guard Corps -backs-> Hamas [backers]",
            ],
        ),
        Row::model("-", "Hamas does not count Qatar among its backers.", &[]),
        Row::model(
            "coordinated_noun",
            "Petr Novak is a close ally of Andrej Babis and a fierce critic of Petr Fiala.",
            &[
                "Petr Novak -backs-> Andrej Babis [ally]",
                "Petr Novak -opposes-> Petr Fiala [critic]",
            ],
        ),
        Row::model(
            "coordinated_noun",
            "Lena Berg has been a loyal friend of Olaf Scholz and a harsh critic of Markus Soder.",
            &[
                "Lena Berg -backs-> Olaf Scholz [friend]",
                "Lena Berg -opposes-> Markus Soder [critic]",
            ],
        ),
        Row::model(
            "-",
            "Petr Novak is not an ally of Andrej Babis but a critic of the reform.",
            &[],
        ),
        Row::model("-", "Estonia has never become a critic of Belarus.", &[]),
        Row::model(
            "-",
            "Romania could become an ally of Moldova if the vote passes.",
            &[],
        ),
        Row::model("-", "Slovakia is not one of the critics of Austria.", &[]),
        Row::model(
            "-",
            "Slovakia is one of the critics of the new law on Austria.",
            &[],
        ),
    ];

    #[test]
    fn agent_nouns() {
        check_rows(&step_names(), ROWS);
    }
}
