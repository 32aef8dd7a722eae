//! Rules over the phrases around a name: a person's "of" phrase and possessive, an opening
//! "for" phrase naming who the speaker speaks for, and a country in front of its
//! institution.

use super::{Affiliation, Document, Found, SentenceView};
use crate::domain::ActorType;
use crate::extract::entities::Registry;
use crate::extract::mentions::MentionKind;
use crate::lexicon::WordClass;
use crate::nlp::{DepRel, Upos};

/// Lower-case words that may stand between the comma after an opening "for" phrase and
/// the speaker's name ("For Labour, shadow chancellor John Smith said"), at most.
const MAX_SPEAKER_TITLE_WORDS: usize = 3;

/// Rule: "Simon Thomas, of Plaid Cymru": a person's "of" (or "from") phrase naming an
/// organization.
pub(super) fn member_of(doc: &Document, s: &SentenceView, reg: &mut Registry, found: &mut Found) {
    let p = s.p;
    for &k in s.ids {
        let pm = &doc.placed[k];
        let (Some(person), MentionKind::Name) = (pm.entity, pm.mention.kind) else {
            continue;
        };
        if reg.entities[person].kind != ActorType::Person {
            continue;
        }
        let m = &pm.mention;
        for t in m.start..m.end {
            for &c in p.children(t) {
                if (c < m.start || c >= m.end)
                    && p.rel(c) == DepRel::Nmod
                    && p.case_of(c)
                        .is_some_and(|k| doc.lex.words.has(WordClass::MembershipPreposition, &k))
                    && let Some(org) = s.token_entity[c]
                    && matches!(reg.entities[org].kind, ActorType::Organization)
                {
                    let a = Affiliation::stated(person, org, s.index, (m.start, c + 1));
                    found.add(a, reg);
                }
            }
        }
    }
}

/// Rule: "his Muslim Brotherhood": a possessive pronoun resolved to a person on an
/// organization.
pub(super) fn possessive(doc: &Document, s: &SentenceView, reg: &mut Registry, found: &mut Found) {
    for &k in s.ids {
        let pm = &doc.placed[k];
        let t = pm.mention.start;
        if pm.mention.kind != MentionKind::Pronoun
            || !doc
                .lex
                .words
                .has(WordClass::PersonalPossessive, &s.p.lower[t])
        {
            continue;
        }
        let (Some(person), Some(h)) = (pm.entity, owned(s, t)) else {
            continue;
        };
        if reg.entities[person].kind != ActorType::Person {
            continue;
        }
        if let Some(org) = s.token_entity[h]
            && reg.entities[org].kind == ActorType::Organization
        {
            let a = Affiliation {
                // the edge reads as what it states, not as the pronoun ("his")
                label: Some("member".to_string()),
                ..Affiliation::stated(person, org, s.index, (t, h + 1))
            };
            found.add(a, reg);
        }
    }
}

/// The token of what the possessive at `t` modifies; when the parser attached the pronoun
/// elsewhere, the name right after it ("his Muslim Brotherhood"), if that name ends the
/// phrase ("his Muslim Brotherhood negotiated", not "his G8 priorities").
fn owned(s: &SentenceView, t: usize) -> Option<usize> {
    let p = s.p;
    p.head(t)
        .filter(|_| p.deprels[t] == DepRel::NmodPoss)
        .filter(|&h| s.token_entity[h].is_some())
        .or_else(|| {
            let mut k = t + 1;
            while k < p.len() && p.upos[k] == Upos::Adj && s.token_entity[k].is_none() {
                k += 1;
            }
            let mut end = k;
            while end < p.len()
                && s.token_mention[end].is_some()
                && s.token_mention[end] == s.token_mention[k]
            {
                end += 1;
            }
            let ends_phrase = end >= p.len() || !matches!(p.upos[end], Upos::Noun | Upos::Propn);
            (k < p.len() && ends_phrase).then_some(k)
        })
}

/// Rule: "For the Liberal Democrats, Sir Menzies Campbell said": the one who speaks for an
/// organization, named right after it opens the sentence, belongs to it.
pub(super) fn speaker_for(doc: &Document, s: &SentenceView, reg: &mut Registry, found: &mut Found) {
    let (p, words) = (s.p, &doc.lex.words);
    if p.len() <= 4 || !words.has(WordClass::BehalfPreposition, &p.lower[0]) {
        return;
    }
    let org_start = if words.has(WordClass::DefiniteArticle, &p.lower[1]) {
        2
    } else {
        1
    };
    let Some(org_mention) = s.token_mention[org_start].filter(|&q| {
        let m = &doc.placed[q].mention;
        m.start == org_start
            && m.end < p.len()
            && words.has(WordClass::AppositionMark, p.words[m.end])
    }) else {
        return;
    };
    let org = doc.placed[org_mention]
        .entity
        .filter(|&e| reg.entities[e].kind == ActorType::Organization);
    // the name, or a title in front of it ("shadow chancellor George Osborne")
    let after = doc.placed[org_mention].mention.end + 1;
    let mut t = after;
    while t < p.len()
        && t < after + MAX_SPEAKER_TITLE_WORDS
        && s.token_mention[t].is_none()
        && p.words[t].chars().all(|c| c.is_lowercase() || c == '-')
    {
        t += 1;
    }
    let speaker = s.token_mention.get(t).copied().flatten().filter(|&q| {
        let m = &doc.placed[q].mention;
        m.kind == MentionKind::Name
            && m.end < p.len()
            && matches!(p.upos[m.end], Upos::Verb | Upos::Aux)
    });
    if let (Some(org), Some(q)) = (org, speaker)
        && let Some(person) = doc.placed[q].entity
        && reg.entities[person].kind == ActorType::Person
    {
        let trigger = (0, doc.placed[org_mention].mention.end);
        found.add(Affiliation::stated(person, org, s.index, trigger), reg);
    }
}

/// Rule: "U.S. State Department": a country written right in front of its institution.
pub(super) fn national_institution(
    doc: &Document,
    s: &SentenceView,
    reg: &mut Registry,
    found: &mut Found,
) {
    for &k in s.ids {
        let pm = &doc.placed[k];
        let Some(org) = pm.entity else { continue };
        if reg.entities[org].kind != ActorType::Organization
            || pm.mention.kind != MentionKind::Name
            || pm.mention.start == 0
        {
            continue;
        }
        let before = pm.mention.start - 1;
        if let Some(country) = s.token_entity[before]
            && reg.entities[country].kind == ActorType::Country
            && s.token_mention[before]
                .is_some_and(|q| doc.placed[q].mention.end == pm.mention.start)
        {
            let a = Affiliation::stated(org, country, s.index, (before, pm.mention.end));
            found.add(a, reg);
        }
    }
}

/// Rule: "the AU Peace and Security Council", "the NATO-Russia
/// Council", "the EU's Foreign Affairs Council": a body whose name ends with an
/// `organization_word` and is opened by another organization's known name (its first
/// words, or the first part of a hyphenated first word) or follows an organization's
/// possessive is a body of that organization ("the African Union Transition Mission in
/// Somalia": a deployed body's name ends, for this, at its type word before the country,
/// `deployed_body`). The body stays one node of its own; the
/// parent named only inside it becomes a node for the affiliation.
pub(super) fn parent_body(doc: &Document, s: &SentenceView, reg: &mut Registry, found: &mut Found) {
    let (p, lex) = (s.p, doc.lex);
    let lower: Vec<&str> = p.lower.iter().map(String::as_str).collect();
    for &k in s.ids {
        let pm = &doc.placed[k];
        let m = &pm.mention;
        let Some(body) = pm
            .entity
            .filter(|&e| reg.entities[e].kind == ActorType::Organization)
        else {
            continue;
        };
        if m.kind != MentionKind::Name || m.end > p.len() || m.end < m.start + 2 {
            continue;
        }
        // "the African Union Transition Mission in Somalia": the body's type word before
        // the country it serves in ends the name's own words
        let head = (m.start + 1..m.end - 1)
            .find(|&j| {
                lex.words.has(WordClass::DeploymentPreposition, lower[j])
                    && lex.words.has(WordClass::DeployedBodyWord, lower[j - 1])
            })
            .map_or(m.end - 1, |j| j - 1);
        if !lex.words.has(WordClass::OrganizationWord, lower[head]) {
            continue;
        }
        // "the EU's Foreign Affairs Council": the possessor's actor
        let possessor = (m.start >= 2
            && lex
                .words
                .has(WordClass::PossessiveClitic, &p.lower[m.start - 1]))
        .then(|| s.token_entity[m.start - 2])
        .flatten()
        .filter(|&o| reg.entities[o].kind == ActorType::Organization);
        // "AU Peace and Security Council", "NATO-Russia Council": the known name opening it
        let first = p.words[m.start];
        let opening = lex
            .gazetteer
            .longest_at(&p.words, &lower, m.start)
            .filter(|g| m.start + g.len < head)
            .or_else(|| {
                let (part, _) = first.split_once('-')?;
                lex.gazetteer
                    .longest_at(&[part], &[part.to_lowercase().as_str()], 0)
            })
            .filter(|g| g.entry.kind == ActorType::Organization)
            .map(|g| (g.entry.canonical.to_string(), g.entry.code.to_string()));
        let parent = possessor.or_else(|| {
            let (canonical, code) = opening?;
            let known = reg
                .get(&canonical)
                .filter(|&o| reg.entities[o].kind == ActorType::Organization);
            Some(known.unwrap_or_else(|| {
                let id = reg.create(
                    canonical,
                    ActorType::Organization,
                    Some(code),
                    (pm.sentence, m.start),
                );
                reg.entities[id].firm = true;
                id
            }))
        });
        if let Some(parent) = parent.filter(|&o| o != body) {
            let from = if possessor.is_some() {
                m.start - 2
            } else {
                m.start
            };
            found.add(
                Affiliation::stated(body, parent, s.index, (from, m.end)),
                reg,
            );
        }
    }
}

/// Rule: "Kurdish fighters", "PKK guerrillas": a group belongs to the country or
/// organization named in front of it, or after its noun ("fighters of ISWAP",
/// `owner_after_group`).
pub(super) fn group_modifier(
    doc: &Document,
    s: &SentenceView,
    reg: &mut Registry,
    found: &mut Found,
) {
    for &k in s.ids {
        let pm = &doc.placed[k];
        let (Some(group), Some(q)) = (pm.entity, pm.mention.affiliate) else {
            continue;
        };
        let Some(org) = s.ids.get(q).and_then(|&q| doc.placed[q].entity) else {
            continue;
        };
        // "fighters of ISWAP": the owner after the noun is stated with it
        let (m, owner) = (&pm.mention, &doc.placed[s.ids[q]].mention);
        let span = (m.start.min(owner.start), m.end.max(owner.end));
        found.add(Affiliation::stated(group, org, s.index, span), reg);
    }
}

/// Rule: "Labour's Ken Livingstone": an organization's possessive right before a person's
/// name.
pub(super) fn party_possessive(
    doc: &Document,
    s: &SentenceView,
    reg: &mut Registry,
    found: &mut Found,
) {
    let (p, words) = (s.p, &doc.lex.words);
    for &k in s.ids {
        let pm = &doc.placed[k];
        let Some(org) = pm
            .entity
            .filter(|&e| reg.entities[e].kind == ActorType::Organization)
        else {
            continue;
        };
        let end = pm.mention.end;
        if end + 1 >= p.len() || !words.has(WordClass::PossessiveClitic, &p.lower[end]) {
            continue;
        }
        let person = s.token_mention[end + 1].filter(|&q| {
            let m = &doc.placed[q].mention;
            m.kind == MentionKind::Name && m.tokens().start == end + 1
        });
        if let Some(q) = person
            && let Some(id) = doc.placed[q].entity
            && reg.entities[id].kind == ActorType::Person
        {
            let a = Affiliation::stated(id, org, s.index, (pm.mention.start, end + 1));
            found.add(a, reg);
        }
    }
}

/// Rule: "X has quit the party", "X resigned from the Conservatives": the subject of a
/// leave verb ([`WordClass::LeaveVerb`]) was a member of the organization it leaves (its
/// object or "from" phrase); the membership has ended.
pub(super) fn left_organization(
    doc: &Document,
    s: &SentenceView,
    reg: &mut Registry,
    found: &mut Found,
) {
    let (p, words) = (s.p, &doc.lex.words);
    if !p.has_tree {
        return;
    }
    for v in 0..p.len() {
        if !(p.upos[v] == Upos::Verb && words.has(WordClass::LeaveVerb, &p.lemmas[v])) {
            continue;
        }
        // the subject of the verb, or of the verb it complements or is coordinated with
        // ("has quit" parsed as "has" with "quit" its complement)
        let subject = |v: usize| {
            p.children_with(v, DepRel::Nsubj)
                .find_map(|c| s.token_entity[c])
                .filter(|&e| reg.entities[e].kind == ActorType::Person)
        };
        let person = subject(v).or_else(|| {
            matches!(p.rel(v), DepRel::Xcomp | DepRel::Conj)
                .then(|| p.head(v))
                .flatten()
                .and_then(subject)
        });
        let left = p.children(v).iter().copied().find_map(|c| {
            let object = p.rel(c) == DepRel::Obj
                || (p.rel(c) == DepRel::Obl
                    && p.case_of(c)
                        .is_some_and(|k| words.has(WordClass::LeavePreposition, &k)));
            object
                .then(|| s.token_entity[c])
                .flatten()
                .filter(|&e| reg.entities[e].kind == ActorType::Organization)
        });
        if let (Some(person), Some(org)) = (person, left) {
            let a = Affiliation {
                former: true,
                ..Affiliation::stated(person, org, s.index, (v, v + 1))
            };
            found.add(a, reg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Rows, check};

    const MEMBER_OF: &str = "Tomas/PROPN/6/nsubj/B-PER Berg/PROPN/1/flat/I-PER ,/PUNCT/5/punct of/ADP/5/case \
    Hamas/PROPN/1/nmod/B-ORG spoke/VERB/0/root in/ADP/8/case Lima/PROPN/6/obl/B-LOC \
    ./PUNCT/6/punct";

    const POSSESSIVE_1: &str =
        "Karim/PROPN/2/nsubj/B-PER Salah/PROPN/1/flat/I-PER spoke/VERB/0/root ./PUNCT/3/punct";

    const POSSESSIVE_2: &str = "He/PRON/2/nsubj thanked/VERB/0/root his/PRON/5/nmod:poss \
    Muslim/PROPN/5/compound/B-ORG Brotherhood/PROPN/2/obj/I-ORG and/CCONJ/9/cc \
    her/PRON/9/nmod:poss Hamas/PROPN/9/compound/B-ORG allies/NOUN/5/conj ./PUNCT/2/punct";

    const SPEAKER: &str = "For/ADP/4/case the/DET/4/det Liberal/PROPN/4/compound/B-ORG \
    Democrats/PROPN/9/obl/I-ORG ,/PUNCT/9/punct spokesman/NOUN/7/nmod:desc \
    Tomas/PROPN/9/nsubj/B-PER Berg/PROPN/7/flat/I-PER said/VERB/0/root no/INTJ/9/obj \
    ./PUNCT/9/punct";

    const INSTITUTION: &str = "Hamas/PROPN/2/nsubj/B-ORG met/VERB/0/root the/DET/5/det U.S./PROPN/5/compound/B-LOC \
    Pentagon/PROPN/2/obj/B-ORG ./PUNCT/2/punct";

    const PARENT_INSIDE: &str = "The/DET/4/det AU/PROPN/4/compound/B-ORG Peace/PROPN/4/compound/I-ORG \
    Council/PROPN/5/nsubj/I-ORG suspended/VERB/0/root Mali/PROPN/5/obj/B-LOC ./PUNCT/5/punct";

    const PARENT_DEPLOYED: &str = "The/DET/4/det AU/PROPN/4/compound/B-ORG \
    Training/PROPN/4/compound/I-ORG Mission/PROPN/7/nsubj/I-ORG in/ADP/6/case \
    Mali/PROPN/4/nmod/B-LOC praised/VERB/0/root Chad/PROPN/7/obj/B-LOC ./PUNCT/7/punct";

    const PARENT_HYPHEN: &str = "The/DET/3/det NATO-Russia/PROPN/3/compound/B-ORG \
    Council/PROPN/4/nsubj/I-ORG met/VERB/0/root ./PUNCT/4/punct";

    const PARENT_POSSESSIVE: &str = "The/DET/2/det EU/PROPN/6/nmod:poss/B-ORG 's/PART/2/case \
    Foreign/PROPN/6/compound/B-ORG Affairs/PROPN/6/compound/I-ORG Council/PROPN/7/nsubj/I-ORG \
    met/VERB/0/root ./PUNCT/7/punct";

    /// No organization's word ends the name: a firm of its own, no body of NATO's.
    const NO_BODY: &str = "The/DET/3/det NATO-Russia/PROPN/3/compound/B-ORG \
    summit/NOUN/4/nsubj ended/VERB/0/root ./PUNCT/4/punct";

    #[test]
    fn a_body_named_with_its_parent_organization_in_front_belongs_to_it() {
        check(&[
            (
                &[PARENT_INSIDE],
                &["AU Peace Council -> African Union [AU Peace Council] @0"],
            ),
            (
                &[PARENT_HYPHEN],
                &["NATO-Russia Council -> NATO [NATO-Russia Council] @0"],
            ),
            (
                &[PARENT_POSSESSIVE],
                &["Foreign Affairs Council -> European Union [EU 's Foreign Affairs Council] @0"],
            ),
            // a deployed body: its name ends with the country it serves in
            (
                &[PARENT_DEPLOYED],
                &["AU Training Mission in Mali -> African Union [AU Training Mission in Mali] @0"],
            ),
            (&[NO_BODY], &[]),
        ]);
    }

    #[test]
    fn phrases_around_a_name_state_affiliations() {
        let rows: Rows = &[
            (
                &[MEMBER_OF],
                &["Tomas Berg -> Hamas [Tomas Berg , of Hamas] @0"],
            ),
            // "her Hamas allies": the name does not end the phrase
            (
                &[POSSESSIVE_1, POSSESSIVE_2],
                &["Karim Salah -> Muslim Brotherhood [member] @1"],
            ),
            // past a lower-case title to the name
            (
                &[SPEAKER],
                &["Tomas Berg -> Liberal Democrats [For the Liberal Democrats] @0"],
            ),
            (
                &[INSTITUTION],
                &["Pentagon -> United States [U.S. Pentagon] @0"],
            ),
        ];
        check(rows);
    }
}
