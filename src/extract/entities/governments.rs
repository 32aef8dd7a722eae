//! The state's actors with no name of their own: "the government" of the article's
//! country, and a described office ("the chancellor") held on the article's date.

use rustc_hash::FxHashMap as HashMap;

use super::{Placed, Registry};
use crate::domain::ActorType;
use crate::extract::mentions::MentionKind;
use crate::lexicon::{Offices, WordClass};

/// Mentions of the article's country by its actors' codes that make it the country of
/// "the government": at least this many, and more than any other country's.
const MIN_GOVERNMENT_COUNTRY_MENTIONS: usize = 2;

/// What the name of a country's government adds to the country's: "United Kingdom
/// government".
const GOVERNMENT_SUFFIX: &str = "government";

/// The CAMEO sector code of a government, after its country's code ("GBRGOV").
const GOVERNMENT_SECTOR: &str = "GOV";

/// The name of a country's government node: "United Kingdom government".
pub(crate) fn government_name(country: &str) -> String {
    format!("{country} {GOVERNMENT_SUFFIX}")
}

/// Whether `name` is the name of `country`'s government node ([`government_name`]),
/// without making that name.
pub(crate) fn is_government_name(name: &str, country: &str) -> bool {
    name.strip_suffix(GOVERNMENT_SUFFIX)
        .and_then(|rest| rest.strip_suffix(' '))
        == Some(country)
}

/// "the government", "ministers" ([`Mention::government`]): the government of the
/// article's country, an organization of its own named "<country> government" (code: the
/// country's, sector GOV), as the relation corpus and the dev gold name it: the parties that
/// oppose the government do not oppose their country. The article's country is the one whose dictionary code the mentions of its resolved names
/// carry most ("Labour", "Mr Blair" and "Britain" are British by their codes), by more than
/// any other and at least [`MIN_GOVERNMENT_COUNTRY_MENTIONS`] times; with none, the
/// government refers to no one. A name of that country's government ("the British
/// Government", "Government of Iraq") or a seat of it ("Downing Street", "No 10"), which
/// alone stands for the country, then joins it, its name with it: the article has one
/// node for its government. `country_of` names the country of a code's first three
/// letters ("GBR" -> "United Kingdom"), or `None` when they are no country's.
pub(crate) fn resolve_governments(
    placed: &mut [Placed],
    reg: &mut Registry,
    country_of: &dyn Fn(&str) -> Option<String>,
) {
    // "his government" is the government of the one "his" refers to
    // ([`resolve_leader_governments`]): it makes no government of the article, but joins
    // the one the article has. "Mr Blair's government", after a name written out, is
    // a government of the article as "the government" is (the BBC gold's "UK
    // government"); its leader's state takes it over afterwards when that is another's
    let after_name = |k: usize| {
        k > 0
            && placed[k - 1].sentence == placed[k].sentence
            && placed[k - 1].mention.end == placed[k].mention.start
            && placed[k - 1].mention.kind == MentionKind::Name
    };
    let Some(first) = (0..placed.len()).find(|&k| {
        placed[k].mention.government && (!placed[k].mention.leader_government || after_name(k))
    }) else {
        return;
    };
    let Some((prefix, canonical)) = article_country(placed, reg, country_of) else {
        return;
    };
    let at = (placed[first].sentence, placed[first].mention.start);
    let name = government_name(&canonical);
    let id = reg.get(&name).unwrap_or_else(|| {
        let code = format!("{prefix}{GOVERNMENT_SECTOR}");
        let id = reg.create(name, ActorType::Organization, Some(code), at);
        reg.entities[id].firm = true;
        id
    });
    for pm in placed.iter_mut().filter(|pm| pm.mention.government) {
        pm.entity = Some(id);
        let e = &mut reg.entities[id];
        e.mentions += 1;
        e.aliases.insert(pm.mention.name.to_lowercase());
    }
    // "the British Government", "Downing Street" next to "the government": one
    // government, one node
    let mut moved: Vec<(usize, String)> = Vec::new();
    for pm in placed.iter_mut().filter(|pm| pm.mention.names_government) {
        let Some(country) = pm.entity.filter(|&c| {
            reg.entities[c].kind == ActorType::Country
                && reg.entities[c].country_code() == Some(&prefix)
        }) else {
            continue;
        };
        pm.entity = Some(id);
        reg.entities[country].mentions -= 1;
        reg.entities[id].mentions += 1;
        if pm.mention.kind == MentionKind::Capital {
            moved.push((country, pm.mention.name.clone()));
        }
    }
    // a seat's name goes with its mention: "Downing Street" is a name of the government,
    // and of the country only while a mention left to the country is written so (the name
    // of "the US government" is the country's "US": it stays)
    for (country, name) in moved {
        if !placed
            .iter()
            .any(|pm| pm.entity == Some(country) && pm.mention.name == name)
        {
            reg.entities[country].aliases.remove(&name);
        }
        if name != reg.entities[id].canonical {
            reg.entities[id].aliases.insert(name);
        }
    }
}

/// `place_government`: a place whose own government the article names ("the Kerala
/// government", [`Mention::place_government`](crate::extract::mentions::Mention)) is that
/// government's node, an organization, wherever else the article names it ("protests in
/// Kerala"): a place does not act, its government does ("the Kerala government criticised
/// X"), and it is not the country's government either.
pub(crate) fn place_governments(placed: &[Placed], reg: &mut Registry) {
    for pm in placed.iter().filter(|pm| pm.mention.place_government) {
        if let Some(id) = pm.entity
            && reg.entities[id].kind == ActorType::Location
        {
            reg.entities[id].kind = ActorType::Organization;
        }
    }
}

/// "Chile's Foreign Ministry ... the ministry": marks every state a ministry's name stood
/// for ([`Mention::ministry`](crate::extract::mentions::Mention): a ministry named with its
/// state is that state's mention) as [`super::Entity::ministry`], so that "the ministry"
/// later may refer to it.
pub(crate) fn resolve_ministries(placed: &[Placed], reg: &mut Registry) {
    for pm in placed.iter().filter(|pm| pm.mention.ministry) {
        if let Some(e) = pm
            .entity
            .filter(|&e| reg.entities[e].kind == ActorType::Country)
        {
            reg.entities[e].ministry = true;
        }
    }
}

/// The article's country by its actors' codes: the country (code prefix, name) whose
/// code the mentions of resolved names carry most ("Labour", "Mr Blair" and "Britain"
/// are British by their codes), by more than any other and at least
/// [`MIN_GOVERNMENT_COUNTRY_MENTIONS`] times; `None` when no country is so.
fn article_country(
    placed: &[Placed],
    reg: &Registry,
    country_of: &dyn Fn(&str) -> Option<String>,
) -> Option<(String, String)> {
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for pm in placed.iter() {
        let code = pm.entity.and_then(|e| reg.entities[e].country_code());
        if let Some(prefix) = code {
            *counts.entry(prefix).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, &str, String)> = counts
        .into_iter()
        .filter_map(|(prefix, n)| Some((n, prefix, country_of(prefix)?)))
        .collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(n, prefix, canonical), rest @ ..]
            if *n >= MIN_GOVERNMENT_COUNTRY_MENTIONS && rest.first().is_none_or(|r| r.0 < *n) =>
        {
            Some((prefix.to_string(), canonical.clone()))
        }
        _ => None,
    }
}

/// "the chancellor", "the US president": a described office that no name of the article
/// holds, in the country that qualifies it or else the country the article mentions most.
/// With a date, it is the holder on that day ([`Offices::holder`]), or no one when no one
/// or two held it then. With no date (the BBC's articles carry none), it is the one person
/// named in the article who held the office at any time by the table, and whom the
/// article does not title with another office ([`undated_holders`]), or no one. When no
/// country of the office is mentioned more than any other (none is named: a British
/// politics story that never writes "Britain"; or two tie: "spoke about Iraq and
/// Israel"), the office's country is the article's country by its actors' codes
/// ([`article_country`]), as for "the government", when that country has the office and
/// the article names no holder of the office in another state.
pub(crate) fn resolve_offices(
    placed: &mut [Placed],
    reg: &mut Registry,
    offices: &Offices,
    date: Option<&str>,
    country_of: &dyn Fn(&str) -> Option<String>,
) {
    let by_codes = article_country(placed, reg, country_of).map(|(prefix, _)| prefix);
    // the descriptions to resolve: (mention, country code, office key)
    let mut described: Vec<(usize, String, String)> = Vec::new();
    for k in 0..placed.len() {
        let (s, m) = (placed[k].sentence, &placed[k].mention);
        let Some(title) = m.title.as_ref() else {
            continue;
        };
        if m.kind != MentionKind::Description
            || placed[k].entity.is_some()
            || title.former
            || title.shadow
        {
            continue;
        }
        // the qualifier's country ("the US president"), else the article's main country
        let qualifier = title
            .qualifier
            .and_then(|q| placed.iter().filter(|p| p.sentence == s).nth(q))
            .and_then(|q| q.entity);
        let country = match qualifier {
            Some(q) => Some(q),
            None => main_country(reg, |code| offices.has(code, &title.key)),
        };
        let code = match country {
            Some(c) => (reg.entities[c].kind == ActorType::Country)
                .then(|| reg.entities[c].code.clone())
                .flatten(),
            // no country mentioned most: the article's, by its actors' codes, unless the
            // article names a holder of that office in another state ("Tony Blair met
            // Ehud Olmert ... the prime minister": either's)
            None => by_codes.clone().filter(|prefix| {
                offices.has(prefix, &title.key)
                    && !reg.entities.iter().any(|e| {
                        e.kind == ActorType::Person
                            && offices.held_elsewhere(prefix, &title.key, &e.canonical)
                    })
            }),
        };
        let Some(code) = code else {
            continue;
        };
        let country = code.get(..3).unwrap_or(&code).to_string();
        described.push((k, country, title.key.clone()));
    }
    let holders: Vec<Option<usize>> = match date {
        Some(date) => described
            .iter()
            .map(|(k, country, key)| {
                let term = offices.holder(country, key, date)?;
                let at = (placed[*k].sentence, placed[*k].mention.start);
                Some(reg.listed_person(&term.holder, &term.code, at))
            })
            .collect(),
        None => {
            let wanted: Vec<(String, String)> = described
                .iter()
                .map(|(_, c, key)| (c.clone(), key.clone()))
                .collect();
            let found = undated_holders(placed, reg, offices, &wanted);
            wanted
                .iter()
                .map(|w| found.iter().find(|(o, _)| o == w).map(|&(_, id)| id))
                .collect()
        }
    };
    for ((k, _, _), id) in described.into_iter().zip(holders) {
        let Some(id) = id else { continue };
        let title = placed[k]
            .mention
            .title
            .as_ref()
            .expect("a described office");
        let (role, key) = (title.role.clone(), title.key.clone());
        reg.entities[id].mentions += 1;
        reg.add_role(id, &role, &key);
        placed[k].entity = Some(id);
    }
}

/// The holders of the offices `wanted` (country code, office key) that an undated article
/// describes without naming them: for each office, the people of the article (`reg`) who
/// held it at any time by the table, leaving out anyone the article titles with another
/// office, or as a former holder of any ("Chancellor Gordon Brown" is not "the prime
/// minister" of his article, whatever his later career). An office with one candidate is
/// theirs, and they are then no candidate of another office ("the chancellor" being
/// Gordon Brown, "the prime minister" of the article that also names Tony Blair is
/// Blair), until nothing changes; one person the only candidate of two offices, or an
/// office with two candidates or none: no one.
fn undated_holders(
    placed: &[Placed],
    reg: &Registry,
    offices: &Offices,
    wanted: &[(String, String)],
) -> Vec<((String, String), usize)> {
    // the keys of the titles the article gives each person, and whether they were former
    let mut titled: HashMap<usize, Vec<(&str, bool)>> = HashMap::default();
    for pm in placed {
        if let (Some(id), Some(t)) = (pm.entity, &pm.mention.title) {
            titled.entry(id).or_default().push((&t.key, t.former));
        }
    }
    let mut open: Vec<((String, String), Vec<usize>)> = Vec::new();
    for (country, office) in wanted {
        if open.iter().any(|((c, o), _)| c == country && o == office) {
            continue;
        }
        let other = |key: &str| !offices.same_office(country, key, office);
        let mut holders: Vec<&str> = offices
            .terms(country, office)
            .iter()
            .map(|t| &*t.holder)
            .collect();
        holders.sort_unstable();
        holders.dedup();
        let candidates: Vec<usize> = holders
            .into_iter()
            .filter_map(|h| reg.get(h))
            .filter(|&id| reg.entities[id].kind == ActorType::Person)
            .filter(|id| {
                let titles = titled.get(id).map_or(&[][..], Vec::as_slice);
                titles.iter().all(|&(key, former)| !former && !other(key))
                    && !reg.entities[*id].role_keys.iter().any(|k| other(k))
            })
            .collect();
        open.push(((country.clone(), office.clone()), candidates));
    }
    let mut found = Vec::new();
    while let Some(i) = open.iter().position(|(_, c)| c.len() == 1) {
        let ((country, office), candidates) = open.swap_remove(i);
        let id = candidates[0];
        let rival = |(c, o): &(String, String), cands: &[usize]| {
            cands == [id] && !(c == &country && offices.same_office(c, o, &office))
        };
        if open.iter().any(|(w, c)| rival(w, c)) {
            // the only candidate of two offices: neither is theirs
            open.retain(|(w, c)| !rival(w, c));
        } else {
            found.push(((country.clone(), office.clone()), id));
        }
        // no candidate of another office now (another key of this one keeps them)
        for ((c, o), cands) in &mut open {
            if !(*c == country && offices.same_office(c, o, &office)) {
                cands.retain(|&x| x != id);
            }
        }
    }
    found
}

/// The country the article mentions most among those `fits` accepts (by code), when one
/// is mentioned more than any other.
fn main_country(reg: &Registry, fits: impl Fn(&str) -> bool) -> Option<usize> {
    let mut countries: Vec<(usize, usize)> = reg
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorType::Country)
        .filter(|(_, e)| e.country_code().is_some_and(&fits))
        .map(|(i, e)| (e.mentions, i))
        .collect();
    countries.sort_unstable_by(|a, b| b.cmp(a));
    match countries.as_slice() {
        [(n, i), rest @ ..] if rest.first().is_none_or(|(m, _)| m < n) => Some(*i),
        _ => None,
    }
}

/// "his government", "the Lula administration", "the regime of Bashar al-Assad"
/// ([`Mention::leader_government`](crate::extract::mentions::Mention)): a person's
/// government is the state they serve, as its officials acting for it are the state. The
/// state is the country of the state body or country the article affiliates the person
/// with (`served`: "Georgian Prime Minister X", "X, the president of Peru"), else of the
/// person's own dictionary code when its sector is a state's or an elite's ("Narendra
/// Modi" is India's government); it is that country's government node when the article
/// has one ([`resolve_governments`]: one government, one node), else the country, which
/// the article then mentions if it did not. A person who serves no state known (a company
/// chief's "his administration") leaves the mention to no one; a mention that refers to
/// an organization or a group keeps it ("the Taliban-led government" is the group's).
/// Returns the people no mention refers to any more ("the Modi government" alone names
/// India, not Narendra Modi), whose affiliations then say nothing of the article.
pub(crate) fn resolve_leader_governments(
    placed: &mut [Placed],
    reg: &mut Registry,
    served: &dyn Fn(usize, &Registry) -> Option<usize>,
    country_of: &dyn Fn(&str) -> Option<String>,
) -> Vec<usize> {
    let mut unmentioned = Vec::new();
    for k in 0..placed.len() {
        if !placed[k].mention.leader_government {
            continue;
        }
        // a name stands for its own referent; "government" after "his" or "Modi's" for
        // the possessor's, the mention right before it
        let possessor = (placed[k].mention.kind == MentionKind::Description)
            .then(|| k.checked_sub(1))
            .flatten()
            .filter(|&b| {
                placed[b].sentence == placed[k].sentence
                    && placed[b].mention.end == placed[k].mention.start
            });
        let leader = match possessor {
            Some(b) => placed[b].entity,
            None => placed[k].entity,
        };
        let Some(person) = leader.filter(|&p| reg.entities[p].kind == ActorType::Person) else {
            continue;
        };
        // "his" in "his government" names the government's leader, no actor of the
        // clause: the phrase is the government's
        if let Some(b) = possessor {
            placed[b].entity = None;
            reg.entities[person].mentions -= 1;
            if reg.entities[person].mentions == 0 {
                unmentioned.push(person);
            }
        }
        let own = reg.entities[person].code.as_deref().filter(|code| {
            code.get(3..6).is_some_and(|sector| {
                reg.words.has(WordClass::StateSector, sector)
                    || reg.words.has(WordClass::EliteSector, sector)
            })
        });
        let prefix = served(person, reg)
            .and_then(|s| reg.entities[s].country_code())
            .or_else(|| own.and_then(|code| code.get(..3)))
            .map(str::to_string);
        let state = prefix.and_then(|prefix| {
            let canonical = country_of(&prefix)?;
            let government = reg
                .get(&government_name(&canonical))
                .filter(|&g| reg.entities[g].mentions > 0);
            let country = reg
                .get(&canonical)
                .filter(|&c| reg.entities[c].kind == ActorType::Country);
            Some(government.or(country).unwrap_or_else(|| {
                let at = (placed[k].sentence, placed[k].mention.start);
                let id = reg.create(canonical, ActorType::Country, Some(prefix), at);
                reg.entities[id].firm = true;
                id
            }))
        });
        if let Some(old) = placed[k].entity {
            reg.entities[old].mentions -= 1;
            if reg.entities[old].mentions == 0 {
                unmentioned.push(old);
            }
        }
        placed[k].entity = state;
        if let Some(id) = state {
            reg.entities[id].mentions += 1;
        }
    }
    unmentioned
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::testing::assert_relations;

    /// A state's government named through its leader, a pronoun or its seat
    /// ([`super::resolve_leader_governments`], `government_of`), by the shipped models:
    /// (text, relations).
    const LEADERS_GOVERNMENTS: &[(&str, &[&str])] = &[
        (
            "Hungarian Prime Minister Viktor Orban spoke in Budapest on Friday. He said \
             Ukraine was blackmailing his government.",
            &["Ukraine -opposes-> Hungary [blackmailing]"],
        ),
        (
            "The Orban government criticised Ukraine on Thursday over its language law.",
            &["Hungary -opposes-> Ukraine [criticised]"],
        ),
        (
            "The regime of Bashar al-Assad accused Israel on Monday of bombing Damascus airport.",
            &["Syria -opposes-> Israel [accused]"],
        ),
        (
            "The government in Kabul condemned Iran on Monday over the deportations.",
            &["Afghanistan -opposes-> Iran [condemned]"],
        ),
        (
            "The authorities in Tripoli accused Turkey of meddling.",
            &["Libya -opposes-> Turkey [accused]"],
        ),
        // a leader's possessive: the state, and the leader is no side of the clause; in an
        // article about the leader's own country, that country's government node (as "Mr
        // Blair's government" is the BBC gold's "UK government")
        (
            "Hungarian Prime Minister Viktor Orban spoke in Budapest on Friday. Croatia \
             criticised Orban's government over the oil pipeline.",
            &["Croatia -opposes-> Hungary government [criticised]"],
        ),
        (
            "Slovenia accused Erdogan's government on Tuesday of blocking the talks.",
            &["Slovenia -opposes-> Turkey [accused]"],
        ),
        // the leader serves no state the article or the dictionary knows: no one
        (
            "Tech entrepreneur Jonas Lind spoke on Monday. He said Sweden had blackmailed his \
             administration.",
            &[],
        ),
        (
            "Tech entrepreneur Jonas Lind spoke on Monday. Sweden criticised Lind's \
             administration.",
            &[],
        ),
        // a town's authorities, and a group that leads a government
        (
            "Local authorities in Paris criticised the European Commission on Monday.",
            &[],
        ),
        (
            "The Taliban-led government condemned Iran on Monday.",
            &["Taliban -opposes-> Iran [condemned]"],
        ),
    ];

    #[test]
    fn a_leaders_government_is_the_state_the_leader_serves() {
        assert_relations(LEADERS_GOVERNMENTS);
    }
}
