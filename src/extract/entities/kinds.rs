//! Organizations described by their kind: "the firm", "the bank", "the club" is the
//! organization of that kind the article met last; "his party", "her organisation" is the
//! possessor's own organization of that kind.
//!
//! An organization is of a kind when its name carries the noun ("the bank": the Bank of
//! England; "the committee": the Public Accounts Committee), when the article writes the
//! noun right before its name ("law firm Tods Murray", "the club Manchester United"), or,
//! for the nouns any business or any party fits ([`WordClass::BusinessDescription`],
//! [`WordClass::PartyDescription`]), when the dictionary codes it as one (a
//! [`WordClass::BusinessSector`] or [`WordClass::PartySector`] code) or its name ends in a
//! company's legal form ("Tods Murray plc"). Two organizations of the kind equally near
//! (met last in the same sentence), or none: no one. A description never makes an actor
//! and never joins two: it only points at one met before.

use super::{Entity, Placed, Registry};
use crate::domain::ActorType;
use crate::extract::mentions::MentionKind;
use crate::extract::parse::Parsed;
use crate::lexicon::{WordClass, Words};
use crate::nlp::Upos;

/// Records the kind nouns the article writes right before an organization's name ("law
/// firm Tods Murray": "firm"), for [`fits_kind`].
pub(crate) fn register_kinds(placed: &[Placed], parsed: &[Parsed<'_>], reg: &mut Registry) {
    for pm in placed {
        let Some(id) = pm.entity else { continue };
        let m = &pm.mention;
        if m.kind != MentionKind::Name || reg.entities[id].kind != ActorType::Organization {
            continue;
        }
        let Some(before) = m.tokens().start.checked_sub(1) else {
            continue;
        };
        let p = &parsed[pm.sentence];
        let noun = &p.lower[before];
        if p.upos[before] == Upos::Noun
            && p.words[before] == noun.as_str()
            && reg.words.has(WordClass::CompanyDescription, noun)
        {
            reg.entities[id].kinds.insert(noun.clone());
        }
    }
}

/// The organization `e` is of the kind the noun `noun` (lower case) says.
pub(crate) fn fits_kind(words: &Words, e: &Entity, noun: &str) -> bool {
    if e.kind != ActorType::Organization {
        return false;
    }
    let named = std::iter::once(&e.canonical)
        .chain(&e.aliases)
        .any(|name| name.split(' ').any(|w| w.to_lowercase() == noun));
    let sector = |class: WordClass| {
        e.code.as_deref().is_some_and(|code| {
            code.as_bytes()
                .chunks(3)
                .filter_map(|c| std::str::from_utf8(c).ok())
                .any(|c| words.has(class, c))
        })
    };
    let legal_form = || {
        e.canonical.rsplit(' ').next().is_some_and(|w| {
            e.canonical.contains(' ') && words.has(WordClass::CompanyWord, &w.to_lowercase())
        })
    };
    named
        || e.kinds.contains(noun)
        || (words.has(WordClass::BusinessDescription, noun)
            && (sector(WordClass::BusinessSector)
                || legal_form()
                || e.kinds
                    .iter()
                    .any(|k| words.has(WordClass::BusinessDescription, k))))
        || (words.has(WordClass::PartyDescription, noun) && sector(WordClass::PartySector))
}

/// The organization the kind description `placed[k]` ("the firm", noun `noun`) refers to:
/// the one of that kind met last before it, when it is also the one of that kind the
/// article has mentioned most so far, counting as possibly of the kind every organization
/// of no known kind (one of those nearer or more mentioned leaves the description to no
/// one) (the company a business story is about, not a
/// buyer or a rival named in passing), and no other of the kind is met in that same
/// sentence; else none. An actor of the description's own clause is no antecedent ("X
/// offered to buy the firm" is another firm), unless the description hangs on its
/// mention ("Baikal, the little-known firm").
pub(crate) fn kind_antecedent(
    placed: &[Placed],
    parsed: &[Parsed<'_>],
    reg: &Registry,
    k: usize,
    noun: &str,
) -> Option<usize> {
    let (s, m) = (placed[k].sentence, &placed[k].mention);
    let p = &parsed[s];
    // the organizations the description may be about: those of its kind, and those of
    // no known kind, which may be of it too ("Marsh" uncoded before "the company")
    let fits = |e: usize| {
        let o = &reg.entities[e];
        fits_kind(reg.words, o, noun)
            || (o.kind == ActorType::Organization && o.code.is_none() && o.kinds.is_empty())
    };
    let candidate = |q: &Placed| {
        if q.sentence < s {
            return true;
        }
        q.mention.end <= m.start
            && (hangs_on(p, m.end - 1, q.mention.tokens())
                || clause_of(p, m.end - 1) != clause_of(p, q.mention.end - 1))
    };
    let mut nearest: Option<(usize, usize)> = None;
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for q in placed[..k].iter().rev().filter(|q| candidate(q)) {
        let Some(e) = q.entity.filter(|&e| fits(e)) else {
            continue;
        };
        match nearest {
            None => nearest = Some((e, q.sentence)),
            Some((f, sentence)) if q.sentence == sentence && f != e => return None,
            _ => {}
        }
        match counts.iter_mut().find(|(c, _)| *c == e) {
            Some(c) => c.1 += 1,
            None => counts.push((e, 1)),
        }
    }
    let (e, _) = nearest?;
    let most = counts.iter().map(|c| c.1).max()?;
    let top: Vec<usize> = counts.iter().filter(|c| c.1 == most).map(|c| c.0).collect();
    (top == [e] && fits_kind(reg.words, &reg.entities[e], noun)).then_some(e)
}

/// The clause of token `t`: the first verb or auxiliary up its chain of heads (or the
/// root), in the sentence's tree `p`; `None` without a tree.
fn clause_of(p: &Parsed<'_>, t: usize) -> Option<usize> {
    if !p.has_tree {
        return None;
    }
    let mut t = t;
    for _ in 0..p.len() {
        if matches!(p.upos[t], Upos::Verb | Upos::Aux) {
            return Some(t);
        }
        match p.head(t) {
            Some(h) => t = h,
            None => return Some(t),
        }
    }
    None
}

/// Token `t` hangs on the words `span` in the tree `p`: a head of its chain, before any
/// verb, is one of them (an apposition, "Baikal, the little-known firm").
fn hangs_on(p: &Parsed<'_>, t: usize, span: std::ops::Range<usize>) -> bool {
    if !p.has_tree {
        return false;
    }
    let mut t = t;
    for _ in 0..p.len() {
        if span.contains(&t) {
            return true;
        }
        if matches!(p.upos[t], Upos::Verb | Upos::Aux) {
            return false;
        }
        match p.head(t) {
            Some(h) => t = h,
            None => return false,
        }
    }
    false
}

/// "his party", "her organisation" ([`crate::extract::mentions::Mention::possessor`]): once
/// the affiliations are known, each possessed description refers to the one organization
/// of its kind its possessor belongs to (`orgs_of(person)`, the organizations the person's
/// affiliations name and has not left): a noun any organization fits
/// ([`WordClass::OrganizationDescription`]: "organisation", "group") takes the one
/// organization, any other noun the one of its kind ([`fits_kind`]). A possessor that is no
/// person, or a person of none or of two: no one.
pub(crate) fn resolve_possessed(
    placed: &mut [Placed],
    reg: &mut Registry,
    orgs_of: &dyn Fn(usize) -> Vec<usize>,
) {
    for k in 0..placed.len() {
        let (Some(at), Some(noun)) = (
            placed[k].mention.possessor,
            placed[k].mention.kind_noun.clone(),
        ) else {
            continue;
        };
        let s = placed[k].sentence;
        let person = placed[..k]
            .iter()
            .rev()
            .take_while(|q| q.sentence == s)
            .find(|q| q.mention.kind == MentionKind::Pronoun && q.mention.start == at)
            .and_then(|q| q.entity)
            .filter(|&e| reg.entities[e].kind == ActorType::Person);
        let Some(person) = person else { continue };
        // "He said backing his party ...": with the person an actor of the sentence
        // besides the possessive, a relation of theirs to "his party" would be one to
        // their own organization, which their affiliation already says
        let again = placed
            .iter()
            .filter(|q| q.sentence == s && q.entity == Some(person))
            .any(|q| !(q.mention.kind == MentionKind::Pronoun && q.mention.start == at));
        if again {
            continue;
        }
        let any = reg.words.has(WordClass::OrganizationDescription, &noun)
            && !reg.words.has(WordClass::PartyDescription, &noun);
        let mut orgs: Vec<usize> = orgs_of(person)
            .into_iter()
            .filter(|&o| {
                let e = &reg.entities[o];
                e.kind == ActorType::Organization && (any || fits_kind(reg.words, e, &noun))
            })
            .collect();
        orgs.sort_unstable();
        orgs.dedup();
        if let [org] = orgs[..] {
            placed[k].entity = Some(org);
            reg.entities[org].mentions += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::resolve_possessed;
    use crate::extract::entities::tests::resolve;
    use crate::extract::mentions::MentionKind;

    /// Each description of the document: `words@sentence -> actor`, `-` for none.
    fn described(sentences: &[&str]) -> Vec<String> {
        let doc = resolve(sentences);
        doc.placed
            .iter()
            .filter(|pm| pm.mention.kind == MentionKind::Description)
            .map(|pm| {
                let actor = pm.entity.map_or("-", |e| &doc.reg.entities[e].canonical);
                format!("{}@{} -> {actor}", pm.mention.name, pm.sentence)
            })
            .collect()
    }

    const ZORVIA_BANK: &str = "Zorvia/PROPN/2/compound/B-ORG Bank/PROPN/3/nsubj/I-ORG \
    raised/VERB/0/root rates/NOUN/3/obj ./PUNCT/3/punct";
    const KELMAR_BANK: &str = "Kelmar/PROPN/2/compound/B-ORG Bank/PROPN/3/nsubj/I-ORG \
    raised/VERB/0/root rates/NOUN/3/obj ./PUNCT/3/punct";
    const TWO_BANKS: &str = "Zorvia/PROPN/2/compound/B-ORG Bank/PROPN/6/nsubj/I-ORG \
    and/CCONJ/5/cc Kelmar/PROPN/5/compound/B-ORG Bank/PROPN/2/conj/I-ORG met/VERB/0/root \
    ./PUNCT/6/punct";
    const THE_BANK: &str = "The/DET/2/det bank/NOUN/3/nsubj said/VERB/0/root no/INTJ/3/obj \
    ./PUNCT/3/punct";
    const BUYS_THE_BANK: &str = "Kelmar/PROPN/2/compound/B-ORG Bank/PROPN/4/nsubj/I-ORG \
    will/AUX/4/aux buy/VERB/0/root the/DET/6/det bank/NOUN/4/obj ./PUNCT/4/punct";
    const HOLDINGS: &str = "Orvan/PROPN/2/compound/B-ORG Holdings/PROPN/3/nsubj/I-ORG \
    raised/VERB/0/root prices/NOUN/3/obj ./PUNCT/3/punct";
    const THE_FIRM: &str = "The/DET/2/det firm/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct";
    const LAW_FIRM: &str = "The/DET/5/det law/NOUN/3/compound firm/NOUN/5/compound \
    Tamsin/PROPN/5/compound/B-ORG Brell/PROPN/6/nsubj/I-ORG grew/VERB/0/root ./PUNCT/6/punct";
    const UNKNOWN: &str = "Quillon/PROPN/2/nsubj/B-ORG said/VERB/0/root no/INTJ/2/obj \
    ./PUNCT/2/punct";

    #[test]
    fn a_kind_description_is_the_organization_of_that_kind_met_last() {
        let table: &[(&[&str], &[&str])] = &[
            // the name carries the noun
            (&[ZORVIA_BANK, THE_BANK], &["The bank@1 -> Zorvia Bank"]),
            // two of the kind equally near: no one
            (&[TWO_BANKS, THE_BANK], &["The bank@1 -> -"]),
            // the nearest is not the one the article mentions most: no one
            (
                &[ZORVIA_BANK, ZORVIA_BANK, KELMAR_BANK, THE_BANK],
                &["The bank@3 -> -"],
            ),
            (
                &[ZORVIA_BANK, KELMAR_BANK, KELMAR_BANK, THE_BANK],
                &["The bank@3 -> Kelmar Bank"],
            ),
            // an actor of the description's own clause is another one
            (
                &[ZORVIA_BANK, BUYS_THE_BANK],
                &["the bank@1 -> Zorvia Bank"],
            ),
            // a business by its legal form, or by the noun before its name
            (&[HOLDINGS, THE_FIRM], &["The firm@1 -> Orvan Holdings"]),
            (&[LAW_FIRM, THE_FIRM], &["The firm@1 -> Tamsin Brell"]),
            // no firm known; an organization of no known kind nearer: no one
            (&[ZORVIA_BANK, THE_FIRM], &["The firm@1 -> -"]),
            (&[HOLDINGS, UNKNOWN, THE_FIRM], &["The firm@2 -> -"]),
            // the bank is no firm, the firm no bank
            (&[HOLDINGS, THE_BANK], &["The bank@1 -> -"]),
        ];
        for (sentences, expected) in table {
            assert_eq!(described(sentences), *expected, "{sentences:?}");
        }
    }

    const PARTY: &str = "Zorvia/PROPN/2/compound/B-ORG Party/PROPN/3/nsubj/I-ORG \
    won/VERB/0/root ./PUNCT/3/punct";
    const FENWICK: &str = "Ann/PROPN/3/nsubj/B-PER Fenwick/PROPN/1/flat/I-PER \
    spoke/VERB/0/root ./PUNCT/3/punct";
    const HER_PARTY: &str = "Her/PRON/2/nmod:poss party/NOUN/3/nsubj won/VERB/0/root \
    ./PUNCT/3/punct";
    const HER_ORGANISATION: &str = "Her/PRON/2/nmod:poss organisation/NOUN/3/nsubj \
    won/VERB/0/root ./PUNCT/3/punct";
    const SHE_BACKED_HER_PARTY: &str = "She/PRON/2/nsubj backed/VERB/0/root \
    her/PRON/4/nmod:poss party/NOUN/2/obj ./PUNCT/2/punct";

    /// The possessed descriptions of `sentences` after [`resolve_possessed`], with Ann
    /// Fenwick a member of the organizations `orgs` (canonical names).
    fn possessed(sentences: &[&str], orgs: &[&str]) -> Vec<String> {
        let mut doc = resolve(sentences);
        let fenwick = doc.reg.get("Ann Fenwick").expect("Ann Fenwick");
        let ids: Vec<usize> = orgs.iter().map(|o| doc.reg.get(o).expect(o)).collect();
        let orgs_of = |p: usize| {
            if p == fenwick {
                ids.clone()
            } else {
                Vec::new()
            }
        };
        resolve_possessed(&mut doc.placed, &mut doc.reg, &orgs_of);
        doc.placed
            .iter()
            .filter(|pm| pm.mention.possessor.is_some())
            .map(|pm| {
                let actor = pm.entity.map_or("-", |e| &doc.reg.entities[e].canonical);
                format!("{}@{} -> {actor}", pm.mention.name, pm.sentence)
            })
            .collect()
    }

    #[test]
    fn a_possessed_description_is_the_possessors_one_organization_of_its_kind() {
        let party = [PARTY, HOLDINGS, FENWICK, HER_PARTY];
        assert_eq!(
            possessed(&party, &["Zorvia Party"]),
            ["Her party@3 -> Zorvia Party"]
        );
        // the firm she works for is no party; of two parties, neither
        assert_eq!(possessed(&party, &["Orvan Holdings"]), ["Her party@3 -> -"]);
        let two = [PARTY, KELMAR_BANK, FENWICK, HER_ORGANISATION];
        assert_eq!(
            possessed(&two, &["Zorvia Party"]),
            ["Her organisation@3 -> Zorvia Party"]
        );
        assert_eq!(
            possessed(&two, &["Zorvia Party", "Kelmar Bank"]),
            ["Her organisation@3 -> -"]
        );
        // "She backed her party": no relation of hers to her own party
        assert_eq!(
            possessed(&[PARTY, FENWICK, SHE_BACKED_HER_PARTY], &["Zorvia Party"]),
            ["her party@2 -> -"]
        );
    }
}
