//! Affiliations: who belongs to or leads which organization or country.
//!
//! Each way a text states one is a named rule. The sentence rules run on each sentence in
//! the order of [`SENTENCE_RULES`]; an affiliation an earlier rule found keeps its role
//! and trigger:
//!
//! - [`titles::titled`]: a title and its qualifier ("Turkish Prime Minister Erdogan",
//!   "United Nations chief Ban"), a described title and its appositive ("Egypt's new
//!   leader, the former general Sissi"), a title's "of" phrase ("the leader of al-Qaeda");
//! - [`phrases::member_of`]: a person's "of" phrase ("Simon Thomas, of Plaid Cymru");
//! - [`phrases::possessive`]: a person's possessive ("Morsi and his Muslim Brotherhood");
//! - [`phrases::speaker_for`]: the one who speaks for an organization named first ("For
//!   the Liberal Democrats, Sir Menzies Campbell said");
//! - [`phrases::national_institution`]: a country written in front of its institution
//!   ("U.S. State Department");
//! - [`phrases::parent_body`]: a body named with its parent organization in front ("the
//!   AU Peace and Security Council", "the EU's Foreign Affairs Council");
//! - [`phrases::group_modifier`]: a group and the actor named in front of it ("Kurdish
//!   fighters", "PKK guerrillas");
//! - [`phrases::party_possessive`]: an organization's possessive on a person's name
//!   ("Labour's Ken Livingstone");
//! - [`phrases::left_organization`]: a person leaving an organization, an ended
//!   membership ("has quit the party", "resigned from the Conservatives").
//!
//! Then [`context_party`] gives a shadow minister no sentence ties to a party the party
//! the article is about, and [`dictionary_sector`] reads the dictionary for state institutions ("State
//! Department" is a U.S. government body) and officials ("President Barack Obama") that no
//! sentence affiliates.

mod phrases;
mod titles;

use super::entities::{Placed, Registry, government_name};
use super::parse::Parsed;
use crate::domain::ActorType;
use crate::lexicon::{Lexicon, WordClass};

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
    /// The membership has ended: "has quit the party".
    pub former: bool,
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
            former: false,
        }
    }
}

/// The body a person speaks for as "we" in a quotation, from the affiliations of the
/// sentence that names the speaker (`sentence`): the organization or country of the
/// first, unless its title says the person leads it ("the union's chairwoman, Ann Cole":
/// her "we" is her own word, as a reader attributes it; a spokeswoman's is her body's).
pub(crate) fn spoken_for(
    affiliations: &[Affiliation],
    lex: &Lexicon,
    member: usize,
    sentence: usize,
) -> Option<usize> {
    affiliations
        .iter()
        .find(|a| a.member == member && a.sentence == sentence)
        .filter(|a| {
            a.role.as_ref().is_none_or(|role| {
                let role = role.to_lowercase();
                let title = role.rsplit(' ').next().unwrap_or(&role);
                !lex.title(title).is_some_and(|t| t.head)
            })
        })
        .map(|a| a.org)
}

/// The state `member` serves by the article's affiliations ("Georgian Prime Minister X",
/// "X, the president of Peru"): the first country, or body of a state (a code of a state
/// sector: "United Kingdom government", "State Department"), the article ties them to and
/// that they have not left.
pub(crate) fn served_state(
    affiliations: &[Affiliation],
    lex: &Lexicon,
    reg: &Registry,
    member: usize,
) -> Option<usize> {
    affiliations
        .iter()
        .filter(|a| a.member == member && !a.former)
        .map(|a| a.org)
        .find(|&org| {
            let e = &reg.entities[org];
            e.kind == ActorType::Country
                || e.code
                    .as_deref()
                    .and_then(|code| code.get(3..6))
                    .is_some_and(|sector| lex.words.has(WordClass::StateSector, sector))
        })
}

/// What every rule reads of the document.
struct Document<'d> {
    lex: &'d Lexicon,
    placed: &'d [Placed],
    /// The canonical name of the country with a three-letter CAMEO code.
    country_codes: &'d dyn Fn(&str) -> Option<String>,
}

impl Document<'_> {
    /// The country entity of a CAMEO code: its first three letters name a country that the
    /// document mentions; or its government, when every mention of the country went to
    /// the government ("No 10", "the British Government" with "the government": the
    /// country is no node of the article, and the state's people and bodies belong to it
    /// through its government, as the dev gold ties "Tony Blair" to "UK government").
    fn country_of(&self, code: &str, reg: &Registry) -> Option<usize> {
        let prefix = code.get(..3)?;
        let canonical = (self.country_codes)(prefix)?;
        let id = reg.get(&canonical)?;
        if reg.entities[id].kind != ActorType::Country {
            return None;
        }
        if reg.entities[id].mentions > 0 {
            return Some(id);
        }
        reg.get(&government_name(&canonical))
            .filter(|&g| reg.entities[g].mentions > 0)
    }
}

/// One sentence as the sentence rules read it: its analysis, its mentions, and the
/// mention and entity of each token.
struct SentenceView<'s> {
    /// The sentence's number in the document.
    index: usize,
    p: &'s Parsed<'s>,
    /// Indices into the document's placed mentions of this sentence's mentions.
    ids: &'s [usize],
    /// The entity each token refers to.
    token_entity: Vec<Option<usize>>,
    /// The placed mention each token belongs to.
    token_mention: Vec<Option<usize>>,
}

impl<'s> SentenceView<'s> {
    fn new(index: usize, p: &'s Parsed<'s>, ids: &'s [usize], placed: &[Placed]) -> Self {
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
        SentenceView {
            index,
            p,
            ids,
            token_entity,
            token_mention,
        }
    }
}

/// The affiliations found so far.
#[derive(Default)]
struct Found {
    out: Vec<Affiliation>,
}

impl Found {
    /// Adds an affiliation, once per member and organization; a person or a place is no
    /// organization, and no one is their own member.
    fn add(&mut self, a: Affiliation, reg: &mut Registry) {
        self.add_with_role(a, None, reg);
    }

    /// Adds an affiliation stated by a title, and gives the member its role.
    fn add_titled(&mut self, a: Affiliation, held_key: &str, reg: &mut Registry) {
        self.add_with_role(a, Some(held_key), reg);
    }

    fn add_with_role(&mut self, a: Affiliation, held_key: Option<&str>, reg: &mut Registry) {
        if a.member == a.org
            || reg.entities[a.org].kind == ActorType::Person
            || reg.entities[a.org].kind == ActorType::Location
        {
            return;
        }
        if let (Some(role), Some(key)) = (&a.role, held_key) {
            reg.add_role(a.member, role, key);
        }
        match self
            .out
            .iter_mut()
            .find(|b| b.member == a.member && b.org == a.org)
        {
            // a membership the text also says has ended is a former one
            Some(b) => b.former |= a.former,
            None => self.out.push(a),
        }
    }
}

/// A rule that finds the affiliations one sentence states.
type SentenceRule = fn(&Document, &SentenceView, &mut Registry, &mut Found);

/// The sentence rules, in the order they apply (see the module docs).
const SENTENCE_RULES: &[SentenceRule] = &[
    titles::titled,
    phrases::member_of,
    phrases::possessive,
    phrases::speaker_for,
    phrases::national_institution,
    phrases::parent_body,
    phrases::group_modifier,
    phrases::party_possessive,
    phrases::left_organization,
];

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
    let doc = Document {
        lex,
        placed,
        country_codes,
    };
    let mut found = Found::default();
    for (s, ids) in sentence_mentions.iter().enumerate() {
        let view = SentenceView::new(s, &parsed[s], ids, placed);
        for rule in SENTENCE_RULES {
            rule(&doc, &view, reg, &mut found);
        }
    }
    context_party(&doc, reg, &mut found);
    listed_affiliation(&doc, reg, &mut found);
    dictionary_sector(&doc, reg, &mut found);
    found.out
}

/// Mentions a party needs, at least, to be the one an article is about.
const MIN_CONTEXT_PARTY_MENTIONS: usize = 2;

/// A party given by the article's context: a person with a shadow title (an opposition
/// role: "shadow home secretary Mr Davis") whom no sentence ties to a party belongs to the
/// party the article is about: the party (CAMEO sector [`WordClass::PartySector`]) it
/// mentions most, at least twice and more than any other. An article about several
/// parties alike gives no one a party.
fn context_party(doc: &Document, reg: &mut Registry, found: &mut Found) {
    let words = &doc.lex.words;
    let is_party = |e: &crate::extract::entities::Entity| {
        e.kind == ActorType::Organization
            && e.code
                .as_deref()
                .and_then(|c| c.get(3..6))
                .is_some_and(|sector| words.has(WordClass::PartySector, sector))
    };
    let mut parties: Vec<(usize, usize)> = reg
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| is_party(e))
        .map(|(i, e)| (e.mentions, i))
        .collect();
    parties.sort_unstable_by(|a, b| b.cmp(a));
    let party = match parties.as_slice() {
        [(n, i), rest @ ..]
            if *n >= MIN_CONTEXT_PARTY_MENTIONS && rest.first().is_none_or(|(m, _)| m < n) =>
        {
            *i
        }
        _ => return,
    };
    for pm in doc.placed {
        let (Some(person), Some(title)) = (pm.entity, &pm.mention.title) else {
            continue;
        };
        let has_party = found
            .out
            .iter()
            .any(|a| a.member == person && is_party(&reg.entities[a.org]));
        if !title.shadow || reg.entities[person].kind != ActorType::Person || has_party {
            continue;
        }
        let m = &pm.mention;
        let a = Affiliation {
            role: Some(title.role.clone()),
            label: Some("the article's party".to_string()),
            ..Affiliation::stated(person, party, pm.sentence, (m.tokens().start, m.end))
        };
        found.add(a, reg);
    }
}

/// The affiliations of the user's actors file ([`Lexicon::add_actors`]): an actor it
/// affiliates with an organization or country that the article mentions too.
fn listed_affiliation(doc: &Document, reg: &mut Registry, found: &mut Found) {
    for id in 0..reg.entities.len() {
        let Some(org) = doc.lex.listed_affiliation(&reg.entities[id].canonical) else {
            continue;
        };
        let Some(org) = reg.get(org).filter(|&o| reg.entities[o].mentions > 0) else {
            continue;
        };
        let (s, t) = reg.entities[id].first;
        let a = Affiliation {
            // no words state it: the user's file does
            label: Some("listed member".to_string()),
            ..Affiliation::stated(id, org, s, (t, t + 1))
        };
        found.add(a, reg);
    }
}

/// The dictionary's state institutions and office holders: "State Department" is a body
/// of the United States, Tony Blair a British politician (when the document mentions the
/// country at all, and names no other affiliation of theirs).
fn dictionary_sector(doc: &Document, reg: &mut Registry, found: &mut Found) {
    let words = &doc.lex.words;
    for id in 0..reg.entities.len() {
        let e = &reg.entities[id];
        let Some(code) = e.code.clone() else { continue };
        let sector_ok = code.get(3..6).is_some_and(|sector| match e.kind {
            ActorType::Organization => words.has(WordClass::StateSector, sector),
            ActorType::Person => {
                words.has(WordClass::StateSector, sector)
                    || words.has(WordClass::EliteSector, sector)
            }
            _ => false,
        });
        if !sector_ok || found.out.iter().any(|a| a.member == id) {
            continue;
        }
        if let Some(country) = doc.country_of(&code, reg) {
            let (s, t) = reg.entities[id].first;
            // no words state it: the dictionary's code does, told in words
            // the country's adjective, also for its government ("British")
            let name = code
                .get(..3)
                .and_then(|prefix| (doc.country_codes)(prefix))
                .unwrap_or_else(|| reg.entities[country].canonical.clone());
            let name = name.as_str();
            let adjective = doc.lex.gazetteer.demonym(name).unwrap_or(name);
            let sector = code.get(3..6).unwrap_or_default();
            let label = doc
                .lex
                .sectors
                .describe(sector, reg.entities[id].kind, adjective);
            let a = Affiliation {
                label: Some(label),
                ..Affiliation::stated(id, country, s, (t, t + 1))
            };
            found.add(a, reg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::tests::resolve;
    use crate::extract::mentions::tests::lexicon;

    /// The affiliations of gold-analysed sentences read as one document, with the shipped
    /// lexicon: `member -> org [role or trigger words] @sentence`.
    fn affiliations(sentences: &[&str]) -> Vec<String> {
        affiliations_of(sentences, false)
    }

    /// [`affiliations`], the government words resolved first (as the extractor does) when
    /// `governments`.
    fn affiliations_of(sentences: &[&str], governments: bool) -> Vec<String> {
        let lex = lexicon();
        let mut doc = resolve(sentences);
        let codes = |prefix: &str| lex.gazetteer.country_by_code(prefix).map(str::to_string);
        if governments {
            crate::extract::entities::resolve_governments(&mut doc.placed, &mut doc.reg, &codes);
        }
        let found = find_affiliations(
            lex,
            &doc.placed,
            &doc.sentence_mentions,
            &doc.parsed,
            &mut doc.reg,
            &codes,
        );
        found
            .iter()
            .map(|a| {
                let (text, spans) = &doc.texts[a.sentence];
                let (s, e) = a.trigger;
                let words = &text[spans[s].0..spans[e - 1].1];
                let why = a.role.as_deref().or(a.label.as_deref()).unwrap_or(words);
                let entities = &doc.reg.entities;
                let (member, org) = (&entities[a.member].canonical, &entities[a.org].canonical);
                format!("{member} -> {org} [{why}] @{}", a.sentence)
            })
            .collect()
    }

    /// Table rows: the sentences of a document, and the affiliations they state.
    pub(super) type Rows<'r> = &'r [(&'r [&'r str], &'r [&'r str])];

    /// Checks each row's affiliations.
    pub(super) fn check(rows: Rows<'_>) {
        for &(sentences, expected) in rows {
            assert_eq!(affiliations(sentences), expected, "{sentences:?}");
        }
    }

    const STATE_BODY: &str = "The/DET/3/det State/PROPN/3/compound/B-ORG Department/PROPN/4/nsubj/I-ORG \
    thanked/VERB/0/root Washington/PROPN/4/obj/B-LOC and/CCONJ/7/cc \
    Mozambique/PROPN/5/conj/B-LOC ./PUNCT/4/punct";

    const NO_COUNTRY: &str = "The/DET/3/det State/PROPN/3/compound/B-ORG Department/PROPN/4/nsubj/I-ORG \
    thanked/VERB/0/root Mozambique/PROPN/4/obj/B-LOC ./PUNCT/4/punct";

    const ELITE: &str = "Tony/PROPN/3/nsubj/B-PER Blair/PROPN/1/flat/I-PER met/VERB/0/root \
    Britain/PROPN/7/nmod:poss/B-LOC 's/PART/4/case Liberal/PROPN/7/compound/B-ORG \
    Democrats/PROPN/3/obj/I-ORG ./PUNCT/3/punct";

    #[test]
    fn dictionary_sector_ties_state_bodies_and_elites_to_a_country_the_text_names() {
        check(&[
            (
                &[STATE_BODY],
                &["State Department -> United States [part of the American government] @0"],
            ),
            (&[NO_COUNTRY], &[]),
            // a party (GBRPTY) is no body of its state
            (
                &[ELITE],
                &["Tony Blair -> United Kingdom [British public figure] @0"],
            ),
        ]);
    }

    const BLAIR_AT_NO_10: &str = "Tony/PROPN/3/nsubj/B-PER Blair/PROPN/1/flat/I-PER \
    left/VERB/0/root Downing/PROPN/5/compound/B-LOC Street/PROPN/3/obj/I-LOC ./PUNCT/3/punct";
    const BLAIR_IN_BRITAIN: &str = "Tony/PROPN/3/nsubj/B-PER Blair/PROPN/1/flat/I-PER \
    left/VERB/0/root Britain/PROPN/3/obj/B-LOC ./PUNCT/3/punct";
    const CRITICISED: &str = "Labour/PROPN/2/nsubj/B-ORG and/CCONJ/4/cc the/DET/4/det \
    Tories/PROPN/1/conj/B-ORG criticised/VERB/0/root the/DET/7/det government/NOUN/5/obj \
    ./PUNCT/5/punct";

    #[test]
    fn a_country_named_only_by_its_government_ties_its_people_to_the_government() {
        // "Downing Street" and "the government": the country is no node of the article,
        // its public figure belongs to its government
        assert_eq!(
            affiliations_of(&[BLAIR_AT_NO_10, CRITICISED], true),
            ["Tony Blair -> United Kingdom government [British public figure] @0"]
        );
        // "Britain" named too: the country
        let found = affiliations_of(&[BLAIR_IN_BRITAIN, CRITICISED], true);
        assert!(
            found.contains(&"Tony Blair -> United Kingdom [British public figure] @0".to_string()),
            "{found:?}"
        );
    }
}

#[cfg(test)]
mod parent_body_tests {
    use crate::domain::RelationKind;
    use crate::extract::relations::testing::graph_of;

    /// The affiliations of `text` analysed by the shipped models.
    fn affiliations_of(text: &str) -> Vec<String> {
        graph_of(text)
            .statements
            .iter()
            .filter(|s| s.relation == RelationKind::AffiliatedWith)
            .map(ToString::to_string)
            .collect()
    }

    /// `parent_body`: a body opened by its parent's known name, or after its possessive,
    /// belongs to the parent and stays a node of its own; a body that names no parent
    /// belongs to none.
    #[test]
    fn a_body_named_with_its_parent_belongs_to_the_parent() {
        for (text, expected) in [
            (
                "The AU Peace and Security Council condemned the coup.",
                &[
                    "AU Peace and Security Council -affiliated_with-> African Union [AU Peace and Security Council]",
                ][..],
            ),
            (
                "The EU's Foreign Affairs Council met on Monday.",
                &[
                    "Foreign Affairs Council -affiliated_with-> European Union [EU's Foreign Affairs Council]",
                ][..],
            ),
            ("The Security Council met on Monday.", &[][..]),
        ] {
            assert_eq!(affiliations_of(text), expected, "{text}");
        }
    }
}
