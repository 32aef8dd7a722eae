//! A text as the subject of the verb that states a relation, its author the source
//! (`text_author`): "Amnesty International published a report on Monday. The report
//! accused X of torture." -> Amnesty International opposes X.
//!
//! A definite noun of a text ([`WordClass::AuthoredText`]: report, statement, resolution,
//! ruling ...), subject of its clause and naming no actor in its own phrase, stands for the
//! author of the text of the same noun named in the [`super::event_ref::WINDOW`] sentences
//! before it: the subject of an `issuing_verb` whose object the text is ("published a
//! report", "adopted a resolution"), the "by" phrase of such a passive ("a statement was
//! issued by X"), the speaker who spoke in it ("said in a statement":
//! `text_preposition`), or the actor its own phrase names ("Amnesty's report", "a UN
//! report", "the report by X"). Texts of the noun by two different authors, or only texts
//! with no author ("a report was published"), leave it to no one; the indefinite "a
//! report" is a new text, no text of before. A text naming its author in its own phrase
//! is read as that actor by the argument steps already ("the report by X accused Y").
//! The sentence-level pieces are here; the document stage (`extract/mod.rs`) pairs them
//! across sentences and reads the sentence with the text standing for its author.

use super::event_ref::{clause_agents, definite_noun, own_agents};
use super::{SentenceActors, push_unique};
use crate::domain::ActorType;
use crate::extract::Parsed;
use crate::extract::mentions::MentionKind;
use crate::lexicon::{Lexicon, WordClass};
use crate::nlp::{DepRel, Upos};

/// Is `n` a definite noun of a text ("the report", "the joint statement")? Words only, so
/// that a sentence not yet parsed can be told to need its tree.
pub(crate) fn definite_text(p: &Parsed<'_>, lex: &Lexicon, n: usize) -> bool {
    p.upos[n] == Upos::Noun
        && lex.words.has(WordClass::AuthoredText, &p.lemmas[n])
        && definite_noun(p, lex, n)
}

/// The texts of a parsed sentence that are the subject of their clause ("the report
/// accused", also as the parser may read it: "the study, by X, praised" taken for a
/// passive; "the communique called on X" taken for a noun with its clause, whose doer
/// the noun is as `modified_noun` reads it): the nouns that may stand for their author.
/// Not a text that is another clause's object or oblique ("rejected the report").
pub(crate) fn text_subjects(p: &Parsed<'_>, lex: &Lexicon) -> Vec<usize> {
    if !super::enabled("text_author") {
        return Vec::new();
    }
    let sentence_head = |n: usize| {
        p.head(n).is_none()
            && p.children(n)
                .iter()
                .any(|&c| c > n && p.rel(c) == DepRel::Acl && p.upos[c] == Upos::Verb)
    };
    (0..p.len())
        .filter(|&n| {
            (matches!(p.deprels[n], DepRel::Nsubj | DepRel::NsubjPass) || sentence_head(n))
                && p.upos[n] == Upos::Noun
                && lex.words.has(WordClass::AuthoredText, &p.lemmas[n])
        })
        .collect()
}

/// Is `v` a verb of [`WordClass::IssuingVerb`], by its lemma or its lemma and particle?
fn issuing(sa: &SentenceActors<'_, '_>, v: usize) -> bool {
    sa.p.upos[v] == Upos::Verb && sa.verb_in(v, WordClass::IssuingVerb)
}

/// The authors text noun `n` names in its own phrase: a modifier, a possessive or an
/// author phrase ("a UN report", "the report from X"), or the "by" phrase of an issuing
/// participle on it ("the resolution, adopted by X,").
pub(crate) fn own_authors(sa: &SentenceActors<'_, '_>, n: usize) -> Vec<usize> {
    let p = sa.p;
    let mut authors = own_agents(sa, n);
    if authors.is_empty() {
        for &v in p.children(n) {
            if p.rel(v) != DepRel::Acl
                || !issuing(sa, v)
                || p.children(v).iter().any(|&c| p.rel(c) == DepRel::Nsubj)
            {
                continue;
            }
            for &c in p.children(v) {
                if p.rel(c) == DepRel::Obl && sa.case_in(c, WordClass::EventAuthorPreposition) {
                    push_unique(&mut authors, sa.actors_conj(c, true));
                }
            }
        }
    }
    authors
}

/// The authors of each text of lemma `lemma` that a parsed sentence names with its author
/// (see the module), one list per text, each sorted; texts with no author are left out.
pub(crate) fn text_authors(sa: &SentenceActors<'_, '_>, lemma: &str) -> Vec<Vec<usize>> {
    let p = sa.p;
    let mut out = Vec::new();
    for n in (0..p.len()).filter(|&n| p.upos[n] == Upos::Noun && p.lemmas[n] == lemma) {
        let mut authors = own_authors(sa, n);
        if authors.is_empty()
            && let Some(v) = p.head(n)
            && !sa.denied(v)
        {
            let rel = p.rel(n);
            // "X published a report", "a report was published by X"
            let put_out =
                (rel == DepRel::Obj || p.deprels[n] == DepRel::NsubjPass) && issuing(sa, v);
            // "X said in a statement"
            let spoken_in = rel == DepRel::Obl
                && p.upos[v] == Upos::Verb
                && sa.verb_in(v, WordClass::SpeechVerb)
                && sa.case_in(n, WordClass::TextPreposition);
            if put_out || spoken_in {
                authors = clause_agents(sa, v);
            }
        }
        if !authors.is_empty() {
            authors.sort_unstable();
            out.push(authors);
        }
    }
    out
}

/// The one author list of `found` (the lists of the texts before), or `None` when there
/// are none or two that differ.
pub(crate) fn sole_author(mut found: Vec<Vec<usize>>) -> Option<Vec<usize>> {
    found.sort_unstable();
    found.dedup();
    (found.len() == 1).then(|| found.remove(0))
}

/// Reads text noun `n` of `sa`'s sentence, with the words in front of it from its article
/// on, as its `authors` (as a plural reference is read: each of them), the first of type
/// `kind`.
pub(crate) fn stand_for_authors(
    sa: &mut SentenceActors<'_, '_>,
    n: usize,
    authors: Vec<usize>,
    kind: Option<ActorType>,
) {
    let p = sa.p;
    let start = (0..n)
        .rev()
        .take_while(|&k| p.head(k) == Some(n) || matches!(p.upos[k], Upos::Adj))
        .last()
        .unwrap_or(n);
    for t in start..=n {
        sa.entity[t] = authors.first().copied();
        sa.kind[t] = Some(MentionKind::Description);
        sa.actor_type[t] = kind;
    }
    sa.groups.push((start..n + 1, authors));
}

/// Does token `n` of a parsed sentence refer to an actor already (so that it stands for
/// no author)?
pub(crate) fn refers(sa: &SentenceActors<'_, '_>, n: usize) -> bool {
    !sa.actors_at(n).is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Row, check_rows};

    /// refs21: a text as its clause's subject stands for its author (`text_author`): the
    /// one author of a text of its noun named in the sentences before (an issuing verb's
    /// subject, a passive's "by" phrase, a speaker who spoke in it, coordinated authors of
    /// a joint text; a text the parser made the head of its verb's clause), or the author
    /// its own phrase names ("from X", an issuing
    /// participle's "by X"). Silent: two texts of the noun by two authors, a text with no
    /// author, a text someone received, an indefinite text.
    const TEXT_ROWS: &[Row] = &[
        Row::model(
            "text_author",
            "Human Rights Watch released a report on Friday. The report accused Eritrea of jailing journalists.",
            &["Human Rights Watch -opposes-> Eritrea [accused]"],
        ),
        Row::model(
            "text_author",
            "The Arab League adopted a resolution on Sunday. The resolution condemned Iran.",
            &["Arab League -opposes-> Iran [condemned]"],
        ),
        Row::model(
            "text_author",
            "A statement was issued by the African Union on Monday. The statement praised Senegal for the peaceful election.",
            &["African Union -backs-> Senegal [praised]"],
        ),
        Row::model(
            "text_author",
            "NATO said in a statement on Monday that talks would continue. The statement urged Russia to withdraw its troops.",
            &["NATO -opposes-> Russia [urged]"],
        ),
        Row::model(
            "text_author",
            "Egypt and Qatar issued a joint statement on Monday. The statement urged Israel to open the crossings.",
            &[
                "Egypt -opposes-> Israel [urged]",
                "Qatar -opposes-> Israel [urged]",
            ],
        ),
        Row::model(
            "text_author",
            "The African Union issued a communique on Friday. The communique called on Sudan to end the fighting.",
            &["African Union -opposes-> Sudan [called on]"],
        ),
        Row::model(
            "text_author",
            "The report from Amnesty International accused Egypt of torture.",
            &["Amnesty International -opposes-> Egypt [accused]"],
        ),
        Row::model(
            "text_author",
            "The declaration, signed by the European Union, condemned Russia.",
            &["European Union -opposes-> Russia [condemned]"],
        ),
        Row::model(
            "-",
            "Amnesty International released a report on Monday. Human Rights Watch released a report on Tuesday. The report accused Egypt of torture.",
            &[],
        ),
        Row::model(
            "-",
            "A report was released on Monday. The report accused Egypt of torture.",
            &[],
        ),
        Row::model(
            "-",
            "Egypt received a letter on Monday. The letter urged Israel to open the crossings.",
            &[],
        ),
        Row::model(
            "-",
            "Amnesty International published a report on Monday. A report accused Egypt of torture.",
            &[],
        ),
    ];

    #[test]
    fn text_rows() {
        check_rows(&["text_author"], TEXT_ROWS);
    }
}
