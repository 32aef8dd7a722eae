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
