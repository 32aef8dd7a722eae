//! Affiliations: who belongs to or leads which organization or country.
//!
//! Stated by a title and its qualifier ("Turkish Prime Minister Erdogan", "United Nations
//! chief Ban"), by an appositive ("Egypt's new leader, the former general Sissi"), by a
//! possessive ("Morsi and his Muslim Brotherhood"), or by the dictionary for state
//! institutions ("State Department" is a U.S. government body) and for titled officials the
//! dictionary knows ("President Barack Obama").

use super::entities::{Placed, Registry};
use super::mentions::MentionKind;
use super::parse::Parsed;
use crate::domain::ActorType;
use crate::lexicon::{Lexicon, WordClass};
use crate::nlp::{DepRel, Upos};

/// One affiliation found in the document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Affiliation {
    pub member: usize,
    pub org: usize,
    pub role: Option<String>,
    pub sentence: usize,
    /// Token range of the words that state it (title, appositive head, possessive).
    pub trigger: (usize, usize),
    /// The trigger to show when no words of the sentence state it (the dictionary does).
    pub label: Option<String>,
}

impl Affiliation {
    /// An affiliation stated by the words `trigger` of sentence `sentence`, with no role.
    fn stated(member: usize, org: usize, sentence: usize, trigger: (usize, usize)) -> Affiliation {
        Affiliation {
            member,
            org,
            role: None,
            sentence,
            trigger,
            label: None,
        }
    }
}

/// The country entity of a CAMEO code: its first three letters name a country that the
/// document mentions.
fn country_of(
    code: &str,
    reg: &Registry,
    country_codes: &dyn Fn(&str) -> Option<String>,
) -> Option<usize> {
    let prefix = code.get(..3)?;
    let canonical = country_codes(prefix)?;
    let id = reg.get(&canonical)?;
    (reg.entities[id].kind == ActorType::Country).then_some(id)
}

/// Finds the affiliations of a document. `sentence_mentions[s]` are the indices into
/// `placed` of the mentions of sentence `s`.
pub(crate) fn find_affiliations(
    lex: &Lexicon,
    placed: &[Placed],
    sentence_mentions: &[Vec<usize>],
    parsed: &[Parsed<'_>],
    reg: &mut Registry,
    country_codes: &dyn Fn(&str) -> Option<String>,
) -> Vec<Affiliation> {
    let mut out: Vec<Affiliation> = Vec::new();
    let push = |out: &mut Vec<Affiliation>, a: Affiliation, reg: &mut Registry| {
        if a.member == a.org
            || reg.entities[a.org].kind == ActorType::Person
            || reg.entities[a.org].kind == ActorType::Location
        {
            return;
        }
        if let Some(role) = &a.role {
            let key = role.trim_start_matches("former ").to_lowercase();
            reg.add_role(a.member, role, &key);
        }
        if !out.iter().any(|b| b.member == a.member && b.org == a.org) {
            out.push(a);
        }
    };

    for (s, ids) in sentence_mentions.iter().enumerate() {
        let p = &parsed[s];
        // the entity of each token of this sentence
        let mut token_entity = vec![None; p.len()];
        let mut token_mention = vec![None; p.len()];
        for &k in ids {
            let m = &placed[k].mention;
            for t in m.tokens().start..m.end.min(p.len()) {
                token_mention[t] = Some(k);
                if placed[k].entity.is_some() {
                    token_entity[t] = placed[k].entity;
                }
            }
        }
        for &k in ids {
            let pm = &placed[k];
            let m = &pm.mention;
            let Some(title) = &m.title else { continue };
            // the person the title belongs to: the name itself, or for a description the
            // name in apposition to it
            let head = (m.start..m.end)
                .find(|&t| p.head(t).is_none_or(|h| h < m.start || h >= m.end))
                .unwrap_or(m.end - 1);
            let person = match m.kind {
                MentionKind::Name => pm.entity,
                MentionKind::Description => {
                    let appos_child = p
                        .children_with(head, DepRel::Appos)
                        .find_map(|a| person_in(p, a, &token_entity, reg));
                    let appos_parent = (p.rel(head) == DepRel::Appos)
                        .then(|| p.head(head))
                        .flatten()
                        .and_then(|h| person_in(p, h, &token_entity, reg));
                    appos_child.or(appos_parent).or(pm.entity)
                }
                _ => None,
            };
            let Some(person) = person else { continue };
            if reg.entities[person].kind != ActorType::Person {
                continue;
            }
            let start = m.start.saturating_sub(1);
            // qualifier indices are positions in this sentence's mention list
            // the qualifier in front ("Turkish Prime Minister"), or after a described
            // title ("the leader of al-Qaeda", "spokesman for the Liberal Democrats")
            let qualifier = title
                .qualifier
                .and_then(|q| ids.get(q))
                .and_then(|&q| placed[q].entity)
                .or_else(|| {
                    (m.kind == MentionKind::Description)
                        .then(|| of_phrase_actor(p, (m.start, m.end), &token_entity, reg))
                        .flatten()
                });
            if let Some(q) = qualifier {
                push(
                    &mut out,
                    Affiliation {
                        member: person,
                        org: q,
                        role: Some(title.role.clone()),
                        sentence: s,
                        trigger: (start, m.end),
                        label: None,
                    },
                    reg,
                );
            } else if !title.role.starts_with("shadow ")
                && let Some(code) = reg.entities[person].code.clone()
                && let Some(country) = country_of(&code, reg, country_codes)
            {
                push(
                    &mut out,
                    Affiliation {
                        member: person,
                        org: country,
                        role: Some(title.role.clone()),
                        sentence: s,
                        trigger: (start, m.end),
                        label: None,
                    },
                    reg,
                );
            } else {
                reg.add_role(person, &title.role, &title.key);
            }
        }
        // "Simon Thomas, of Plaid Cymru": a person's "of" phrase naming an organization
        for &k in ids {
            let pm = &placed[k];
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
                            .is_some_and(|k| matches!(k.as_str(), "of" | "from"))
                        && let Some(org) = token_entity[c]
                        && matches!(reg.entities[org].kind, ActorType::Organization)
                    {
                        push(
                            &mut out,
                            Affiliation::stated(person, org, s, (m.start, c + 1)),
                            reg,
                        );
                    }
                }
            }
        }
        // "his Muslim Brotherhood": a possessive pronoun resolved to a person on an organization
        for &k in ids {
            let pm = &placed[k];
            let t = pm.mention.start;
            if pm.mention.kind != MentionKind::Pronoun
                || !matches!(p.lower[t].as_str(), "his" | "her")
            {
                continue;
            }
            // the organization the possessive modifies; when the parser attached the
            // pronoun elsewhere, the name right after it ("his Muslim Brotherhood")
            let owned = p
                .head(t)
                .filter(|_| p.deprels[t] == DepRel::NmodPoss)
                .filter(|&h| token_entity[h].is_some())
                .or_else(|| {
                    let mut k = t + 1;
                    while k < p.len() && p.upos[k] == Upos::Adj && token_entity[k].is_none() {
                        k += 1;
                    }
                    // the name must end the phrase: "his Muslim Brotherhood negotiated",
                    // not "his G8 priorities"
                    let mut end = k;
                    while end < p.len()
                        && token_mention[end].is_some()
                        && token_mention[end] == token_mention[k]
                    {
                        end += 1;
                    }
                    let ends_phrase =
                        end >= p.len() || !matches!(p.upos[end], Upos::Noun | Upos::Propn);
                    (k < p.len() && ends_phrase).then_some(k)
                });
            let (Some(person), Some(h)) = (pm.entity, owned) else {
                continue;
            };
            if reg.entities[person].kind != ActorType::Person {
                continue;
            }
            if let Some(org) = token_entity[h]
                && reg.entities[org].kind == ActorType::Organization
            {
                push(
                    &mut out,
                    Affiliation::stated(person, org, s, (pm.mention.start, pm.mention.start + 1)),
                    reg,
                );
            }
        }
        // "For the Liberal Democrats, Sir Menzies Campbell said": the one who speaks for
        // an organization, named right after it opens the sentence, belongs to it
        if p.len() > 4 && p.lower[0] == "for" {
            let org_start = if p.lower[1] == "the" { 2 } else { 1 };
            let org_mention = token_mention[org_start].filter(|&q| {
                let m = &placed[q].mention;
                m.start == org_start && m.end < p.len() && p.words[m.end] == ","
            });
            let org = org_mention
                .and_then(|q| placed[q].entity)
                .filter(|&e| reg.entities[e].kind == ActorType::Organization);
            // the name, or a title in front of it ("shadow chancellor George Osborne")
            let speaker = org_mention
                .map(|q| {
                    let after = placed[q].mention.end + 1;
                    let mut t = after;
                    while t < p.len()
                        && t < after + 3
                        && token_mention[t].is_none()
                        && p.words[t].chars().all(|c| c.is_lowercase() || c == '-')
                    {
                        t += 1;
                    }
                    t
                })
                .and_then(|t| token_mention.get(t).copied().flatten())
                .filter(|&q| {
                    let m = &placed[q].mention;
                    m.kind == MentionKind::Name
                        && m.end < p.len()
                        && matches!(p.upos[m.end], Upos::Verb | Upos::Aux)
                });
            if let (Some(org), Some(q), Some(o)) = (org, speaker, org_mention)
                && let Some(person) = placed[q].entity
                && reg.entities[person].kind == ActorType::Person
            {
                push(
                    &mut out,
                    Affiliation::stated(person, org, s, (0, placed[o].mention.end)),
                    reg,
                );
            }
        }
        // "U.S. State Department": a country written in front of its institution
        for &k in ids {
            let pm = &placed[k];
            let Some(org) = pm.entity else { continue };
            if reg.entities[org].kind != ActorType::Organization
                || pm.mention.kind != MentionKind::Name
                || pm.mention.start == 0
            {
                continue;
            }
            let before = pm.mention.start - 1;
            if let Some(country) = token_entity[before]
                && reg.entities[country].kind == ActorType::Country
                && token_mention[before].is_some_and(|q| placed[q].mention.end == pm.mention.start)
            {
                push(
                    &mut out,
                    Affiliation::stated(org, country, s, (before, pm.mention.end)),
                    reg,
                );
            }
        }
    }
    // the dictionary's state institutions and office holders: "State Department" is a
    // body of the United States, Tony Blair a British politician (when the document
    // mentions the country at all, and names no other affiliation of theirs)
    for id in 0..reg.entities.len() {
        let e = &reg.entities[id];
        let Some(code) = e.code.clone() else { continue };
        let sector_ok = code.get(3..6).is_some_and(|sector| match e.kind {
            ActorType::Organization => lex.words.has(WordClass::StateSector, sector),
            ActorType::Person => {
                lex.words.has(WordClass::StateSector, sector)
                    || lex.words.has(WordClass::EliteSector, sector)
            }
            _ => false,
        });
        if !sector_ok || out.iter().any(|a| a.member == id) {
            continue;
        }
        if let Some(country) = country_of(&code, reg, country_codes) {
            let (s, t) = reg.entities[id].first;
            push(
                &mut out,
                Affiliation {
                    member: id,
                    org: country,
                    role: None,
                    sentence: s,
                    trigger: (t, t + 1),
                    // no words state it: the dictionary's code does
                    label: Some(format!("dictionary: {code}")),
                },
                reg,
            );
        }
    }
    out
}

/// The organization or country of an "of"/"for"/"at" phrase attached to a title noun.
/// The words of the title are `span` ("Minister of Foreign Affairs" [of Iraq]).
fn of_phrase_actor(
    p: &Parsed<'_>,
    span: (usize, usize),
    token_entity: &[Option<usize>],
    reg: &Registry,
) -> Option<usize> {
    (span.0..span.1)
        .flat_map(|t| p.children(t).iter())
        .filter(|&&c| c >= span.1 && p.rel(c) == DepRel::Nmod)
        .filter(|&&c| {
            p.case_of(c)
                .is_some_and(|k| matches!(k.as_str(), "of" | "for" | "at"))
        })
        .find_map(|&c| {
            token_entity[c].filter(|&e| {
                matches!(
                    reg.entities[e].kind,
                    ActorType::Organization | ActorType::Country | ActorType::Group
                )
            })
        })
}

/// The person named at token `t` (or in its flat name), if any.
fn person_in(
    p: &Parsed<'_>,
    t: usize,
    token_entity: &[Option<usize>],
    reg: &Registry,
) -> Option<usize> {
    let is_person = |e: usize| reg.entities[e].kind == ActorType::Person;
    if let Some(e) = token_entity[t].filter(|&e| is_person(e)) {
        return Some(e);
    }
    p.children(t)
        .iter()
        .filter(|&&c| matches!(p.rel(c), DepRel::Flat | DepRel::Compound | DepRel::Appos))
        .find_map(|&c| token_entity[c].filter(|&e| is_person(e)))
}
