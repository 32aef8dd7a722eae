//! Pronouns and descriptions: the actor each refers to, among the names already resolved.
//!
//! A described title ("the Home Secretary") refers to the person named in apposition to it,
//! or to the one person of the document holding that role. A pronoun or another
//! description ("he", "the group") refers to the nearest fitting actor before it in its
//! sentence, else to the subject of one of the sentences before (then their first fitting
//! actor), or to no one.

use super::{Entity, Placed, Registry};
use crate::domain::ActorType;
use crate::extract::mentions::{Mention, MentionKind, TitleInfo};
use crate::extract::parse::Parsed;
use crate::lexicon::{WordClass, Words};
use crate::nlp::DepRel;

/// Sentences before a description in which its actor is looked for.
const DESCRIPTION_WINDOW: usize = 4;

/// Sentences before a pronoun in which its actor is looked for.
const PRONOUN_WINDOW: usize = 2;

/// Tokens that may stand between a described title and the name in apposition to it ("the
/// Minister of Foreign Affairs of Iraq, Ibrahim al-Jaafari"), at most.
const MAX_APPOSITION_GAP: usize = 6;

/// Resolves pronouns and descriptions, in text order, to the entities of names already
/// resolved. `placed` is every mention of the document in text order.
pub(crate) fn resolve_references(placed: &mut [Placed], parsed: &[Parsed<'_>], reg: &mut Registry) {
    for k in 0..placed.len() {
        let m = placed[k].mention.clone();
        if !matches!(m.kind, MentionKind::Pronoun | MentionKind::Description) {
            continue;
        }
        let resolved = match m
            .title
            .as_ref()
            .filter(|_| m.kind == MentionKind::Description)
        {
            Some(title) => title_holder(placed, parsed, reg, k, title),
            None => {
                let reference = Reference::new(reg.words, &m);
                antecedent(placed, parsed, reg, k, &reference)
            }
        };
        if let Some(id) = resolved {
            reg.entities[id].mentions += 1;
        }
        placed[k].entity = resolved;
    }
}

/// The holder of the described title `placed[k]`: "the Minister of Foreign Affairs of
/// Iraq, Ibrahim al-Jaafari": a person named right after the description, past a comma and
/// a few words (honorifics, the "of" phrase), whatever the parser made of the apposition;
/// else ("the Home Secretary") the one holder of that role in the document.
fn title_holder(
    placed: &[Placed],
    parsed: &[Parsed<'_>],
    reg: &Registry,
    k: usize,
    title: &TitleInfo,
) -> Option<usize> {
    let (s, m) = (placed[k].sentence, &placed[k].mention);
    let words = &parsed[s].lower;
    let appositive = placed[k + 1..]
        .iter()
        .take_while(|q| q.sentence == s)
        .find(|q| {
            q.mention.kind == MentionKind::Name
                && q.entity
                    .is_some_and(|e| reg.entities[e].kind == ActorType::Person)
        })
        .filter(|q| {
            let gap = m.end..q.mention.tokens().start.max(m.end);
            gap.len() <= MAX_APPOSITION_GAP
                && words[gap]
                    .iter()
                    .any(|w| reg.words.has(WordClass::AppositionMark, w))
        })
        .and_then(|q| q.entity);
    appositive.or_else(|| {
        let mut holders = reg
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.role_keys.contains(&title.key))
            .map(|(i, _)| i);
        let first = holders.next();
        if holders.next().is_some() {
            None
        } else {
            first
        }
    })
}

/// The actor a pronoun or an untitled description `placed[k]` refers to: the nearest
/// fitting actor before it in its sentence, then the subject of the sentences before it,
/// then their first fitting actor.
fn antecedent(
    placed: &[Placed],
    parsed: &[Parsed<'_>],
    reg: &Registry,
    k: usize,
    reference: &Reference<'_>,
) -> Option<usize> {
    let (s, m) = (placed[k].sentence, reference.m);
    let fits = |e: usize| reference.fits(&reg.entities[e]);
    let before = placed[..k]
        .iter()
        .rev()
        .take_while(|q| q.sentence == s)
        .filter(|q| q.mention.start < m.start)
        .filter(|q| !matches!(q.mention.kind, MentionKind::Pronoun) || q.entity.is_some())
        .find_map(|q| q.entity.filter(|&e| fits(e)));
    before.or_else(|| {
        let window = if m.kind == MentionKind::Description {
            DESCRIPTION_WINDOW
        } else {
            PRONOUN_WINDOW
        };
        (1..=window).filter(|d| *d <= s).find_map(|d| {
            let prev: Vec<&Placed> = placed[..k].iter().filter(|q| q.sentence == s - d).collect();
            let subject = prev.iter().find(|q| {
                q.entity.is_some_and(fits) && is_subject(&parsed[q.sentence], &q.mention)
            });
            subject
                .or_else(|| prev.iter().find(|q| q.entity.is_some_and(fits)))
                .and_then(|q| q.entity)
        })
    })
}

fn is_subject(p: &Parsed<'_>, m: &Mention) -> bool {
    (m.start..m.end).any(|t| {
        matches!(p.rel(t), DepRel::Nsubj) && p.head(t).is_none_or(|h| h < m.start || h >= m.end)
    })
}

/// A pronoun or untitled description, and what it may refer to.
struct Reference<'m> {
    m: &'m Mention,
    /// The word a described organization carries in its name: "Party" for "the party"
    /// ([`WordClass::NamedDescription`]).
    name_word: Option<String>,
}

impl<'m> Reference<'m> {
    fn new(words: &Words, m: &'m Mention) -> Reference<'m> {
        let name_word = (m.kind == MentionKind::Description)
            .then(|| m.name.rsplit(' ').next())
            .flatten()
            .map(str::to_lowercase)
            .filter(|noun| words.has(WordClass::NamedDescription, noun))
            .map(|noun| {
                let mut chars = noun.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            });
        Reference { m, name_word }
    }

    /// The entity `e` is of the type the reference may refer to: a person for "he", any
    /// collective for "they", an organization or country for "it", a country for "the
    /// kingdom", an organization (with the noun in its name, for "the party") for "the
    /// group".
    fn fits(&self, e: &Entity) -> bool {
        match (self.m.kind, self.m.actor_type) {
            (MentionKind::Pronoun, ActorType::Person) => e.kind == ActorType::Person,
            (MentionKind::Pronoun, ActorType::Group) => {
                e.kind != ActorType::Person && e.kind != ActorType::Location
            }
            (MentionKind::Pronoun, _) => {
                matches!(e.kind, ActorType::Organization | ActorType::Country)
            }
            (MentionKind::Description, ActorType::Country) => e.kind == ActorType::Country,
            (MentionKind::Description, ActorType::Organization) => {
                e.kind == ActorType::Organization
                    && self
                        .name_word
                        .as_ref()
                        .is_none_or(|w| e.canonical.contains(w.as_str()))
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::resolve_references;
    use crate::extract::entities::tests::resolve;
    use crate::extract::mentions::MentionKind;

    /// Each pronoun and description of the document: `words@sentence -> actor`, `-` for
    /// none.
    fn references(sentences: &[&str]) -> Vec<String> {
        let doc = resolve(sentences);
        doc.placed
            .iter()
            .filter(|pm| {
                matches!(
                    pm.mention.kind,
                    MentionKind::Pronoun | MentionKind::Description
                )
            })
            .map(|pm| {
                let actor = pm.entity.map_or("-", |e| &doc.reg.entities[e].canonical);
                format!("{}@{} -> {actor}", pm.mention.name, pm.sentence)
            })
            .collect()
    }

    const PARTIES: &str = "Hamas/PROPN/5/nsubj/B-ORG and/CCONJ/4/cc the/DET/4/det \
    Zorvia/PROPN/4/compound/B-ORG Party/PROPN/1/conj/I-ORG met/VERB/0/root ./PUNCT/6/punct";
    const PARTY_AGREED: &str =
        "The/DET/2/det party/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct";
    const GROUP_AGREED: &str =
        "The/DET/2/det group/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct";

    #[test]
    fn the_party_is_an_organization_with_party_in_its_name() {
        assert_eq!(
            references(&[PARTIES, PARTY_AGREED]),
            ["The party@1 -> Zorvia Party"]
        );
        assert_eq!(
            references(&[PARTIES, GROUP_AGREED]),
            ["The group@1 -> Hamas"]
        );
    }

    const SPOKE: &str = "Hamas/PROPN/2/nsubj/B-ORG spoke/VERB/0/root ./PUNCT/2/punct";
    const RAIN: &str = "Rain/NOUN/2/nsubj fell/VERB/0/root ./PUNCT/2/punct";
    const IT_AND_GROUP: &str = "It/PRON/2/nsubj agreed/VERB/0/root and/CCONJ/6/cc the/DET/5/det \
    group/NOUN/6/nsubj left/VERB/2/conj ./PUNCT/2/punct";

    #[test]
    fn a_pronoun_looks_two_sentences_back_a_description_four() {
        assert_eq!(
            references(&[SPOKE, RAIN, RAIN, IT_AND_GROUP]),
            ["It@3 -> -", "the group@3 -> Hamas"]
        );
        assert_eq!(
            references(&[SPOKE, RAIN, IT_AND_GROUP]),
            ["It@2 -> Hamas", "the group@2 -> Hamas"]
        );
    }

    const HOLDER: &str = "Home/PROPN/2/compound Secretary/PROPN/3/nmod:desc Ann/PROPN/5/nsubj/B-PER \
    Fenwick/PROPN/3/flat/I-PER spoke/VERB/0/root ./PUNCT/5/punct";
    const THE_HOLDER: &str = "The/DET/3/det Home/PROPN/3/compound Secretary/PROPN/4/nsubj \
    agreed/VERB/0/root ./PUNCT/4/punct";
    const APPOSITION: &str = "The/DET/2/det spokesman/NOUN/8/nsubj for/ADP/4/case \
    Hamas/PROPN/2/nmod/B-ORG ,/PUNCT/6/punct Tomas/PROPN/2/appos/B-PER Berg/PROPN/6/flat/I-PER \
    said/VERB/0/root no/INTJ/8/obj ./PUNCT/8/punct";

    #[test]
    fn a_described_title_is_its_appositive_or_the_one_holder_of_the_role() {
        // roles are registered by the affiliation rules, which run after the references
        // are resolved: in the extractor's order no one holds "Home Secretary" yet
        assert_eq!(
            references(&[HOLDER, THE_HOLDER, APPOSITION]),
            ["Home Secretary@1 -> -", "spokesman@2 -> Tomas Berg"]
        );
        let mut doc = resolve(&[HOLDER, THE_HOLDER]);
        let fenwick = doc.reg.get("Ann Fenwick").unwrap();
        doc.reg
            .add_role(fenwick, "Home Secretary", "home secretary");
        resolve_references(&mut doc.placed, &doc.parsed, &mut doc.reg);
        assert_eq!(doc.placed[1].mention.name, "Home Secretary");
        assert_eq!(doc.placed[1].entity, Some(fenwick));
    }
}
