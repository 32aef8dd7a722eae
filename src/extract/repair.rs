//! Repairs of the parser's tree that key on the lexicon's word classes, run on every
//! sentence the extractor parses, before its mentions and relations are read. The repairs
//! of [`crate::nlp`] (`repair.rs`, `repair_with_entities`) see tags and entities only; a
//! repair that needs to know what a word is (a class of `words.tsv`) runs here.

use crate::extract::parse::{Parsed, ROOT};
use crate::extract::relations;
use crate::lexicon::{Lexicon, WordClass};
use crate::nlp::{DepRel, EntityLabel, Upos};

/// The repairs of one parsed sentence, in order; rebuilds the child lists when the tree
/// changed.
pub(crate) fn repair(p: &mut Parsed<'_>, lex: &Lexicon) {
    let mut changed = relations::enabled("visiting_participle") && visiting_participle(p, lex) > 0;
    changed |= relations::enabled("listed_company_subject") && listed_company_subject(p, lex);
    changed |= relations::enabled("relative_clause_verb") && relative_clause_verb(p, lex);
    if changed {
        p.finish();
    }
    // the repairs below read the child lists, so each runs on a finished tree
    changed = relations::enabled("relative_clause_end") && relative_clause_end(p, lex);
    changed |= relations::enabled("relative_clause_object") && relative_clause_object(p, lex);
    changed |= relations::enabled("relative_pronoun_object") && relative_pronoun_object(p, lex);
    changed |= relations::enabled("relative_clause_person") && relative_clause_person(p, lex);
    if changed {
        p.finish();
    }
    changed = relations::enabled("adverbial_complement") && adverbial_complement(p, lex);
    if changed {
        p.finish();
    }
    changed = relations::enabled("phrase_before_complement") && phrase_before_complement(p, lex);
    if changed {
        p.finish();
    }
}

/// Makes a company the dictionary lists under a common word ([`Lexicon::listed_company`]),
/// opening the sentence right before a verb that has no subject, that verb's subject,
/// where the tagger read the word as something else: "Next accused Shein of ..." (an
/// adverb), "Arm sued Qualcomm" (an auxiliary). The mention finder takes the word as the
/// company's name there (`listed_common_company`); without a subject the verb's event has
/// no author. Returns whether the tree changed.
pub(crate) fn listed_company_subject(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let v = 1;
    if p.len() < 2
        || p.upos[v] != Upos::Verb
        || p.deprels[0] == DepRel::Nsubj
        || !p.words[0].starts_with(char::is_uppercase)
        || p.children(v)
            .iter()
            .any(|&k| matches!(p.deprels[k], DepRel::Nsubj | DepRel::NsubjPass))
        || lex.listed_company(p.words[0]).is_none()
    {
        return false;
    }
    p.heads[0] = v;
    p.deprels[0] = DepRel::Nsubj;
    p.upos[0] = Upos::Propn;
    true
}

/// Most title words (adjectives, nouns, proper nouns) between a visiting participle and
/// the name it modifies: "visiting Saudi Crown Prince X" has three.
const MAX_TITLE: usize = 6;

/// Makes a participle of a verb of visiting (`visiting_participle`: "visiting",
/// "touring") before a person's titled name a modifier of the name, where the parser read
/// it as a verb whose object is the name: in "X held talks with visiting Kenyan President
/// William Ruto" it makes "visiting" an adverbial clause whose `mark` is "with" and
/// "William" its object, and in "X received visiting Turkish President Y" an `xcomp` of
/// "received", so the meeting loses its other side. State-agency copy and readouts name
/// the guest this way ("held talks with visiting ...", "met visiting ...").
///
/// The shape: a participle of the class, then 0 to [`MAX_TITLE`] title words (adjectives,
/// nouns, proper nouns), then a person's name (the recognizer's span) whose head hangs on
/// the participle. Right before the participle stands a `counterpart_preposition` ("with
/// visiting ...") or the verb the participle hangs on ("received visiting ..."); after a
/// subordinating word ("while visiting President X", "after visiting troops") or a comma
/// the participle is a verb of its own and is left alone, and so is a place after it
/// ("visiting Moscow": no person). The name takes the participle's place: an `obl` (an
/// `nmod` under a noun) with the preposition as its `case`, or the verb's `obj`; the
/// participle becomes its `amod`, and the participle's other dependents after it (time and
/// place phrases: "on Friday") hang on the participle's old head. Returns how many
/// participles were repaired.
pub(crate) fn visiting_participle(p: &mut Parsed<'_>, lex: &Lexicon) -> usize {
    let title_word =
        |p: &Parsed<'_>, k: usize| matches!(p.upos[k], Upos::Adj | Upos::Noun | Upos::Propn);
    let mut repaired = 0;
    let people: Vec<(usize, usize)> = p
        .entities
        .iter()
        .filter(|x| x.2 == EntityLabel::Person)
        .map(|x| (x.0, x.1))
        .collect();
    for (s, e) in people {
        // the participle, back over the title words
        let mut v = None;
        for k in (s.saturating_sub(MAX_TITLE + 1)..s).rev() {
            if lex.words.has(WordClass::VisitingParticiple, &p.lower[k]) {
                v = Some(k);
                break;
            }
            if !title_word(p, k) {
                break;
            }
        }
        let Some(v) = v else { continue };
        if !(v + 1..s).all(|k| title_word(p, k)) {
            continue;
        }
        // the name's head, hung on the participle (or beside it, on the participle's head)
        let Some(n) = (s..e).find(|&k| p.heads[k] == ROOT || !(s..e).contains(&p.heads[k])) else {
            continue;
        };
        let h = p.heads[v];
        if h == ROOT || (p.heads[n] != v && p.heads[n] != h) {
            continue;
        }
        let rel = if v == 0 {
            // "Visiting Brazilian President X met Y": the name is the subject of the verb
            // right after it (past the rest of its own phrase), not the participle's object
            if p.upos[h] != Upos::Verb
                || h < e
                || (e..h).any(|k| k != n && p.branch_under(k, n).is_none())
            {
                continue;
            }
            DepRel::Nsubj
        } else if lex
            .words
            .has(WordClass::CounterpartPreposition, &p.lower[v - 1])
        {
            if p.heads[n] != v {
                continue;
            }
            p.heads[v - 1] = n;
            p.deprels[v - 1] = DepRel::Case;
            if matches!(p.upos[h], Upos::Verb | Upos::Aux) {
                DepRel::Obl
            } else {
                DepRel::Nmod
            }
        } else if v - 1 == h && p.upos[h] == Upos::Verb {
            DepRel::Obj
        } else {
            continue;
        };
        for k in v + 1..p.len() {
            if p.heads[k] == v && k != n && !(v + 1..s).contains(&k) {
                p.heads[k] = h;
            }
        }
        p.heads[n] = h;
        p.deprels[n] = rel;
        p.heads[v] = n;
        p.deprels[v] = DepRel::Amod;
        repaired += 1;
    }
    repaired
}

/// Whether token `i` is a comma.
fn comma(p: &Parsed<'_>, i: usize) -> bool {
    p.upos[i] == Upos::Punct && p.lower[i] == ","
}

/// The head of the nominal phrase that ends at token `end` (a name's first word when the
/// parser made the others its `flat` parts: "Viktor Orban"), if it is a noun or name.
fn phrase_head_ending_at(p: &Parsed<'_>, end: usize) -> Option<usize> {
    let mut a = end;
    while p.rel(a) == DepRel::Flat {
        match p.head(a) {
            Some(h) if h < a => a = h,
            _ => break,
        }
    }
    matches!(p.upos[a], Upos::Noun | Upos::Propn).then_some(a)
}

/// The verbs that head a relative clause (`acl:relcl`), in order.
fn relative_clause_verbs(p: &Parsed<'_>) -> Vec<usize> {
    (0..p.len())
        .filter(|&v| p.deprels[v] == DepRel::AclRelcl && p.upos[v] == Upos::Verb)
        .collect()
}

/// The relative pronoun of a relative clause headed by `v` that is its subject or object
/// ("who has endorsed Y", "which Y backs"; "whom Y jailed" the parser may label an
/// oblique), not one with a preposition ("in which").
fn relative_pronoun_of(p: &Parsed<'_>, lex: &Lexicon, v: usize) -> Option<usize> {
    p.children(v).iter().copied().find(|&c| {
        c < v
            && matches!(p.rel(c), DepRel::Nsubj | DepRel::Obj | DepRel::Obl)
            && !p.children(c).iter().any(|&k| p.rel(k) == DepRel::Case)
            && lex.words.has(WordClass::RelativePronoun, &p.lower[c])
    })
}

/// `relative_clause_verb`: "the Polisario Front, which Algeria backs, condemned Morocco":
/// after a relative pronoun and a name the tagger reads a verb's third-person form as a
/// plural noun ("Algeria backs" as a compound, like "Algeria bonds") and the clause is
/// lost, or its name taken for the main verb's subject. A name between a relative pronoun
/// set off by a comma and a word in `-s` that is a verb trigger's regular form, with a
/// comma or the sentence's end after it, is that clause: the word is its verb, the name its
/// subject, the pronoun its object, and the clause modifies the noun before the comma.
/// Returns whether the tree changed.
pub(crate) fn relative_clause_verb(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let mut changed = false;
    let names: Vec<(usize, usize)> = p.entities.iter().map(|x| (x.0, x.1)).collect();
    for (s, v) in names {
        if s < 3 || v >= p.len() {
            continue;
        }
        let k = s - 1;
        if !lex.words.has(WordClass::RelativePronoun, &p.lower[k])
            || p.upos[k] != Upos::Pron
            || !comma(p, k - 1)
            || p.upos[v] != Upos::Noun
            || !p.lower[v].ends_with('s')
            || (v + 1 < p.len() && p.upos[v + 1] != Upos::Punct)
        {
            continue;
        }
        let Some(stem) =
            relations::regular_stem(&p.lower[v], |x| relations::is_verb_trigger(lex, x))
        else {
            continue;
        };
        let Some(a) = phrase_head_ending_at(p, k - 2) else {
            continue;
        };
        let Some(n) = (s..v).find(|&t| !(s..v).contains(&p.heads[t])) else {
            continue;
        };
        if a == v || p.branch_under(a, v).is_some() {
            continue;
        }
        p.upos[v] = Upos::Verb;
        p.lemmas[v] = stem;
        p.heads[v] = a;
        p.deprels[v] = DepRel::AclRelcl;
        p.heads[k] = v;
        p.deprels[k] = DepRel::Obj;
        p.heads[n] = v;
        p.deprels[n] = DepRel::Nsubj;
        p.heads[k - 1] = v;
        p.deprels[k - 1] = DepRel::Punct;
        changed = true;
    }
    changed
}

/// `relative_clause_end`: "X, who leads the party, endorsed Y", "the Front, which Algeria
/// has long backed, condemned Z": the parser runs the relative clause on past its closing
/// comma, hangs the main verb inside it (a modifier of its object, a conjunct or open
/// complement of its verb) and leaves the noun it modifies the sentence's root with no
/// verb. A sentence whose root is a noun or name modified by such a clause, with a verb
/// right after a comma inside the clause that has no subject, mark or conjunction of its
/// own, is that verb's: the verb becomes the root, the noun its subject, and a name it
/// took as an open complement its object. Returns whether the tree changed.
pub(crate) fn relative_clause_end(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let Some(a) = (0..p.len()).find(|&i| p.heads[i] == ROOT) else {
        return false;
    };
    if !matches!(p.upos[a], Upos::Noun | Upos::Propn) {
        return false;
    }
    let Some(v) = p.children(a).iter().copied().find(|&c| {
        c > a && p.deprels[c] == DepRel::AclRelcl && relative_pronoun_of(p, lex, c).is_some()
    }) else {
        return false;
    };
    let Some(m) = (v + 2..p.len()).find(|&m| {
        p.upos[m] == Upos::Verb
            && comma(p, m - 1)
            && p.branch_under(m, v).is_some()
            && !p.lower[m].ends_with("ing")
            && !p.children(m).iter().any(|&c| {
                matches!(
                    p.rel(c),
                    DepRel::Nsubj | DepRel::Mark | DepRel::Cc | DepRel::Aux
                ) && c < m
            })
    }) else {
        return false;
    };
    let after: Vec<usize> = p.children(a).iter().copied().filter(|&c| c > m).collect();
    let complements: Vec<usize> = p
        .children(m)
        .iter()
        .copied()
        .filter(|&c| p.rel(c) == DepRel::Xcomp && matches!(p.upos[c], Upos::Propn | Upos::Noun))
        .collect();
    p.heads[m] = ROOT;
    p.deprels[m] = DepRel::Root;
    p.heads[a] = m;
    p.deprels[a] = DepRel::Nsubj;
    p.heads[m - 1] = m;
    p.deprels[m - 1] = DepRel::Punct;
    for c in after {
        p.heads[c] = m;
    }
    for c in complements {
        p.deprels[c] = DepRel::Obj;
    }
    true
}

/// `relative_clause_object`: "X, who has endorsed Donald Trump, met Trump in Florida": the
/// parser closes the relative clause at its verb and reads the name after it as the
/// subject of the main verb after the comma, beside (or over) the noun the clause
/// modifies. A relative clause whose verb has no object, followed by a name up to a comma
/// that hangs on the next verb as its subject, has that name as its object; the modified
/// noun is the main verb's subject. Returns whether the tree changed.
pub(crate) fn relative_clause_object(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let mut changed = false;
    for v in relative_clause_verbs(p) {
        if p.rel(relative_pronoun_of(p, lex, v).unwrap_or(v)) != DepRel::Nsubj
            || p.children(v)
                .iter()
                .any(|&c| c > v && matches!(p.rel(c), DepRel::Obj | DepRel::Ccomp | DepRel::Xcomp))
        {
            continue;
        }
        let Some(a) = p.head(v) else { continue };
        let Some(c) = (v + 1..p.len()).find(|&c| comma(p, c)) else {
            continue;
        };
        let Some(m) = (c + 1..p.len()).find(|&m| p.upos[m] != Upos::Adv) else {
            continue;
        };
        if c == v + 1 || p.upos[m] != Upos::Verb {
            continue;
        }
        // the name: the one token of the span that hangs outside it, on the main verb, as
        // its subject (and the span's modifiers the parser hung on that verb too)
        let span = v + 1..c;
        let outside: Vec<usize> = span
            .clone()
            .filter(|&t| !span.contains(&p.heads[t]))
            .collect();
        let subjects: Vec<usize> = outside
            .iter()
            .copied()
            .filter(|&t| p.rel(t) == DepRel::Nsubj && p.upos[t] == Upos::Propn)
            .collect();
        let [n] = subjects[..] else { continue };
        if outside.iter().any(|&t| p.heads[t] != m)
            || !p.entities.iter().any(|x| (x.0..x.1).contains(&n))
            || !(p.heads[a] == m || p.branch_under(a, n).is_some())
        {
            continue;
        }
        for t in outside {
            if t != n {
                p.heads[t] = n;
                if p.upos[t] == Upos::Adj {
                    p.deprels[t] = DepRel::Amod;
                }
            }
        }
        p.heads[n] = v;
        p.deprels[n] = DepRel::Obj;
        if p.heads[a] != m {
            p.heads[a] = m;
            p.deprels[a] = DepRel::Nsubj;
        }
        changed = true;
    }
    changed
}

/// `relative_pronoun_object`: "the Front, which Algeria has long backed, ...": the parser
/// labels the relative pronoun a passive subject beside the clause's own active subject
/// after it, so the clause reads as a passive done to the noun it modifies (with no doer).
/// A clause has one subject: a relative pronoun labelled a passive subject before an
/// active subject of the same verb is its object (as `object_relative` reads a pronoun
/// labelled an active subject beside another). Returns whether the tree changed.
pub(crate) fn relative_pronoun_object(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let mut changed = false;
    for v in relative_clause_verbs(p) {
        let subjects: Vec<usize> = p
            .children(v)
            .iter()
            .copied()
            .filter(|&c| c < v && matches!(p.deprels[c], DepRel::Nsubj | DepRel::NsubjPass))
            .collect();
        let [k, s] = subjects[..] else { continue };
        if p.deprels[k] != DepRel::NsubjPass
            || p.deprels[s] != DepRel::Nsubj
            || !lex.words.has(WordClass::RelativePronoun, &p.lower[k])
            || p.children(v).iter().any(|&c| p.rel(c) == DepRel::Obj)
        {
            continue;
        }
        p.deprels[k] = DepRel::Obj;
        changed = true;
    }
    changed
}

/// `relative_clause_person`: "freed X after a visit by the envoy Y, who held talks with
/// Z": the parser hangs a relative clause on a noun far back (here X's title) whose phrase
/// holds the name right before the clause's comma. "Who" stands for a person, and the
/// person named right before it is the one meant: a clause whose `person_relative_pronoun`
/// follows a comma after a person's name, hung on a noun that holds that name in its
/// phrase, modifies the name. Returns whether the tree changed.
pub(crate) fn relative_clause_person(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let mut changed = false;
    for v in relative_clause_verbs(p) {
        let Some(a) = p.head(v) else { continue };
        let Some(k) = p
            .children(v)
            .iter()
            .copied()
            .find(|&c| c < v && lex.words.has(WordClass::PersonRelativePronoun, &p.lower[c]))
        else {
            continue;
        };
        if k < 3
            || !comma(p, k - 1)
            || !p
                .entities
                .iter()
                .any(|x| x.2 == EntityLabel::Person && x.1 == k - 1)
        {
            continue;
        }
        let Some(n) = phrase_head_ending_at(p, k - 2) else {
            continue;
        };
        if n == a || p.branch_under(n, a).is_none() || p.branch_under(n, v).is_some() {
            continue;
        }
        p.heads[v] = n;
        changed = true;
    }
    changed
}

/// `adverbial_complement`: "X said after meeting Y that the talks were useful": the parser
/// reads the clause a `shared_subject_mark` opens (after, before, while ...) as the verb of
/// saying's complement, and the that-clause as the complement of that clause. A clause so
/// marked is adverbial, never a complement: it becomes an adverbial clause (done by the
/// main subject, as "spoke after meeting Y" is), and a that-clause (`complement_mark`) it
/// took after its own words, when the governor has no complement of its own, is the
/// governor's. Returns whether the tree changed.
pub(crate) fn adverbial_complement(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let mark = |p: &Parsed<'_>, v: usize, class: WordClass| {
        p.children(v)
            .iter()
            .any(|&c| c < v && p.rel(c) == DepRel::Mark && lex.words.has(class, &p.lower[c]))
    };
    let mut changed = false;
    for v in 0..p.len() {
        let Some(g) = p.head(v) else { continue };
        if p.deprels[v] != DepRel::Ccomp
            || p.upos[v] != Upos::Verb
            || !mark(p, v, WordClass::SharedSubjectMark)
            || mark(p, v, WordClass::ComplementMark)
        {
            continue;
        }
        p.deprels[v] = DepRel::Advcl;
        let own = p
            .children(g)
            .iter()
            .any(|&c| c != v && p.rel(c) == DepRel::Ccomp);
        if !own
            && let Some(d) = p.children(v).iter().copied().find(|&d| {
                d > v && p.rel(d) == DepRel::Ccomp && mark(p, d, WordClass::ComplementMark)
            })
        {
            p.heads[d] = g;
        }
        changed = true;
    }
    changed
}

/// `phrase_before_complement`: "X said after talks with Y that Europe must act": a phrase
/// between the verb of saying and the `complement_mark` opening its complement belongs to
/// the verb of saying, not to the complement, which begins at its mark; the parser hangs
/// it on the complement's verb. Returns whether the tree changed.
pub(crate) fn phrase_before_complement(p: &mut Parsed<'_>, lex: &Lexicon) -> bool {
    let mut changed = false;
    for d in 0..p.len() {
        let Some(g) = p.head(d) else { continue };
        if p.rel(d) != DepRel::Ccomp || g > d {
            continue;
        }
        let Some(m) = p.children(d).iter().copied().find(|&c| {
            c < d
                && p.rel(c) == DepRel::Mark
                && lex.words.has(WordClass::ComplementMark, &p.lower[c])
        }) else {
            continue;
        };
        let before: Vec<usize> = p
            .children(d)
            .iter()
            .copied()
            .filter(|&c| g < c && c < m && matches!(p.rel(c), DepRel::Obl | DepRel::Advcl))
            .collect();
        for c in before {
            p.heads[c] = g;
            changed = true;
        }
    }
    changed
}
