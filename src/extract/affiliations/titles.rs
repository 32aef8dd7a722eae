//! The title rule: a person's title ties them to what qualifies it.

use super::{Affiliation, Document, Found, SentenceView};
use crate::domain::ActorType;
use crate::extract::entities::Registry;
use crate::extract::mentions::{MentionKind, TitleInfo};
use crate::lexicon::WordClass;
use crate::nlp::DepRel;

/// Rule: a title and what qualifies it. The person is the titled name, or for a described
/// title ("Egypt's new leader, the former general Sissi") the name in apposition to it;
/// the organization or country is the title's qualifier ("Turkish Prime Minister"), or
/// the "of" phrase of a described title ("the leader of al-Qaeda"). A title with neither
/// ties a person the dictionary knows to their country ("Prime Minister Tony Blair", when
/// the text names the United Kingdom), unless it is a shadow one (or was: "former shadow
/// chancellor"); else the person only
/// gets the role.
pub(super) fn titled(doc: &Document, s: &SentenceView, reg: &mut Registry, found: &mut Found) {
    for &k in s.ids {
        let m = &doc.placed[k].mention;
        let Some(title) = &m.title else { continue };
        let Some(person) = holder(doc, s, reg, k) else {
            continue;
        };
        if reg.entities[person].kind != ActorType::Person {
            continue;
        }
        let affiliation = |org| Affiliation {
            role: Some(title.role.clone()),
            ..Affiliation::stated(person, org, s.index, (m.start.saturating_sub(1), m.end))
        };
        if let Some(q) = qualifier(doc, s, reg, k, title) {
            found.add_titled(affiliation(q), &title.held_key, reg);
        } else if !title.shadow
            && let Some(code) = reg.entities[person].code.clone()
            && let Some(country) = doc.country_of(&code, reg)
        {
            found.add_titled(affiliation(country), &title.held_key, reg);
        } else {
            reg.add_role(person, &title.role, &title.key);
        }
    }
}

/// The person the title of the placed mention `k` belongs to: the name itself, or for a
/// description the name in apposition to it (either way round), or what the description
/// resolved to.
fn holder(doc: &Document, s: &SentenceView, reg: &Registry, k: usize) -> Option<usize> {
    let (pm, p) = (&doc.placed[k], s.p);
    let m = &pm.mention;
    match m.kind {
        MentionKind::Name => pm.entity,
        MentionKind::Description => {
            let head = (m.start..m.end)
                .find(|&t| p.head(t).is_none_or(|h| h < m.start || h >= m.end))
                .unwrap_or(m.end - 1);
            let appos_child = p
                .children_with(head, DepRel::Appos)
                .find_map(|a| person_in(s, a, reg));
            let appos_parent = (p.rel(head) == DepRel::Appos)
                .then(|| p.head(head))
                .flatten()
                .and_then(|h| person_in(s, h, reg));
            appos_child.or(appos_parent).or(pm.entity)
        }
        _ => None,
    }
}

/// The organization or country the title of the placed mention `k` is of: its qualifier
/// in front ("Turkish Prime Minister"), or after a described title ("the leader of
/// al-Qaeda", "spokesman for the Liberal Democrats").
fn qualifier(
    doc: &Document,
    s: &SentenceView,
    reg: &Registry,
    k: usize,
    title: &TitleInfo,
) -> Option<usize> {
    let m = &doc.placed[k].mention;
    // qualifier indices are positions in this sentence's mention list
    title
        .qualifier
        .and_then(|q| s.ids.get(q))
        .and_then(|&q| doc.placed[q].entity)
        .or_else(|| {
            (m.kind == MentionKind::Description)
                .then(|| of_phrase_actor(doc, s, (m.start, m.end), reg))
                .flatten()
        })
}

/// The organization or country of a prepositional phrase ("of", "for", "at") attached to a
/// title noun. The words of the title are `span` ("Minister of Foreign Affairs" [of Iraq]).
fn of_phrase_actor(
    doc: &Document,
    s: &SentenceView,
    span: (usize, usize),
    reg: &Registry,
) -> Option<usize> {
    let p = s.p;
    (span.0..span.1)
        .flat_map(|t| p.children(t).iter())
        .filter(|&&c| c >= span.1 && p.rel(c) == DepRel::Nmod)
        .filter(|&&c| {
            p.case_of(c)
                .is_some_and(|k| doc.lex.words.has(WordClass::TitlePreposition, &k))
        })
        .find_map(|&c| {
            s.token_entity[c].filter(|&e| {
                matches!(
                    reg.entities[e].kind,
                    ActorType::Organization | ActorType::Country | ActorType::Group
                )
            })
        })
}

/// The person named at token `t` (or in its flat name), if any.
fn person_in(s: &SentenceView, t: usize, reg: &Registry) -> Option<usize> {
    let is_person = |e: usize| reg.entities[e].kind == ActorType::Person;
    if let Some(e) = s.token_entity[t].filter(|&e| is_person(e)) {
        return Some(e);
    }
    s.p.children(t)
        .iter()
        .filter(|&&c| matches!(s.p.rel(c), DepRel::Flat | DepRel::Compound | DepRel::Appos))
        .find_map(|&c| s.token_entity[c].filter(|&e| is_person(e)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Rows, check};

    const QUALIFIED: &str = "Kenyan/ADJ/3/amod/B-MISC Foreign/PROPN/3/compound Minister/PROPN/4/nmod:desc \
    Amina/PROPN/6/nsubj/B-PER Odhiambo/PROPN/4/flat/I-PER spoke/VERB/0/root \
    ./PUNCT/6/punct";

    const APPOSITIVE: &str = "Chile/PROPN/4/nmod:poss/B-LOC 's/PART/1/case new/ADJ/4/amod leader/NOUN/9/nsubj \
    ,/PUNCT/7/punct Rosa/PROPN/4/appos/B-PER Valdes/PROPN/6/flat/I-PER ,/PUNCT/6/punct \
    resigned/VERB/0/root ./PUNCT/9/punct";

    const OF_PHRASE: &str = "Tomas/PROPN/8/nsubj/B-PER Berg/PROPN/1/flat/I-PER ,/PUNCT/5/punct the/DET/5/det \
    spokesman/NOUN/1/appos for/ADP/7/case Hamas/PROPN/5/nmod/B-ORG spoke/VERB/0/root \
    ./PUNCT/8/punct";

    const SHADOW: &str = "Yesterday/NOUN/7/obl:tmod ,/PUNCT/7/punct shadow/NOUN/4/compound \
    chancellor/NOUN/5/nmod:desc George/PROPN/7/nsubj/B-PER Osborne/PROPN/5/flat/I-PER \
    agreed/VERB/0/root with/ADP/9/case Britain/PROPN/7/obl/B-LOC ./PUNCT/7/punct";

    const OFFICE: &str = "Yesterday/NOUN/6/obl:tmod ,/PUNCT/6/punct chancellor/NOUN/4/nmod:desc \
    George/PROPN/6/nsubj/B-PER Osborne/PROPN/4/flat/I-PER agreed/VERB/0/root \
    with/ADP/8/case Britain/PROPN/6/obl/B-LOC ./PUNCT/6/punct";

    #[test]
    fn a_title_ties_its_holder_to_its_qualifier() {
        let rows: Rows = &[
            (
                &[QUALIFIED],
                &["Amina Odhiambo -> Kenya [Foreign Minister] @0"],
            ),
            (&[APPOSITIVE], &["Rosa Valdes -> Chile [leader] @0"]),
            (&[OF_PHRASE], &["Tomas Berg -> Hamas [spokesman] @0"]),
            // with no qualifier, the country of a person the dictionary knows; not for a
            // shadow title (the dictionary's own rule still ties them)
            (
                &[OFFICE],
                &["George Osborne -> United Kingdom [Chancellor] @0"],
            ),
            (
                &[SHADOW],
                &["George Osborne -> United Kingdom [member of the British government] @0"],
            ),
        ];
        check(rows);
    }
}
