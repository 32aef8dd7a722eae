//! Agent nouns (`agents.tsv`) from the Phoenix agent dictionary, and the titles
//! (`titles.tsv`) derived from them and the curated supplements.

use super::*;

#[derive(Clone, Debug)]
pub(crate) struct AgentRow {
    pub(crate) noun: String,
    pub(crate) sector: String,
    pub(crate) kind: String,
}

/// Head words of agent nouns that name a body rather than one person.
#[rustfmt::skip]
pub(crate) const COLLECTIVE_HEADS: &[&str] = &[
    "government", "ministry", "ministries", "department", "army", "military", "police",
    "authority", "authorities", "administration", "cabinet", "council", "committee",
    "commission", "court", "parliament", "assembly", "congress", "senate", "party", "parties",
    "movement", "group", "organization", "organisation", "agency", "bureau", "office",
    "service", "company", "corporation", "media", "press", "navy", "force", "forces", "regime",
    "junta", "militia", "coalition", "alliance", "delegation", "embassy", "consulate", "union",
    "legislature", "judiciary", "industry", "business", "firm", "bank", "establishment",
    "troops", "personnel", "staff", "leadership", "corps", "guard", "patrol", "unit", "team",
    "brigade", "battalion", "regiment", "division", "squad", "fleet", "network", "front",
    "insurgency", "rebellion", "uprising", "opposition", "resistance", "family", "public",
    "people", "community", "society", "tribunal", "board", "chamber", "house", "body", "system",
    "sector", "institution", "station", "newspaper", "magazine", "agency", "television",
    "radio", "website", "publication", "gazette", "tabloid", "outlet", "intelligence",
    "presidium", "politburo", "chancellery", "secretariat", "mission", "diaspora", "clergy",
    "church", "garrison", "infantry", "artillery", "marines", "cavalry", "gendarmerie",
    "constabulary", "monarchy", "dynasty", "crown", "state", "kingdom", "polity", "bureaucracy", "airline", "airway", "automaker", "carmaker", "manufacturer",
    "maker", "conglomerate", "enterprise", "contractor", "elite", "nobility", "royalty",
    "junta", "high command", "command", "wing",
];

#[rustfmt::skip]
pub(crate) const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("man", "men"), ("woman", "women"), ("person", "people"), ("chief", "chiefs"),
    ("staff", "staff"), ("personnel", "personnel"), ("police", "police"),
    ("military", "military"), ("media", "media"), ("press", "press"), ("aircraft", "aircraft"),
    ("clergy", "clergy"), ("infantry", "infantry"), ("artillery", "artillery"),
    ("intelligence", "intelligence"), ("leadership", "leadership"), ("judiciary", "judiciary"),
    ("opposition", "opposition"), ("public", "public"),
    ("attorney general", "attorneys general"), ("secretary-general", "secretaries-general"),
    ("secretary general", "secretaries general"), ("commander-in-chief", "commanders-in-chief"),
    ("chief of staff", "chiefs of staff"), ("editor-in-chief", "editors-in-chief"),
    ("governor general", "governors general"), ("consul general", "consuls general"),
    ("director general", "directors general"), ("director-general", "directors-general"),
    ("surgeon general", "surgeons general"), ("solicitor general", "solicitors general"),
    ("auditor general", "auditors general"),
];

/// English plural of a noun phrase: the head noun (the word before "of", or the last word)
/// takes the plural.
pub(crate) fn pluralize(noun: &str) -> String {
    if let Some((_, plural)) = IRREGULAR_PLURALS.iter().find(|(s, _)| *s == noun) {
        return plural.to_string();
    }
    let head = head_phrase(noun);
    if head.len() < noun.len() && !head.is_empty() {
        return format!("{}{}", pluralize(head), &noun[head.len()..]);
    }
    let (prefix, last) = match noun.rsplit_once(' ') {
        Some((p, l)) => (format!("{p} "), l),
        None => (String::new(), noun),
    };
    if let Some((_, plural)) = IRREGULAR_PLURALS.iter().find(|(s, _)| *s == last) {
        return format!("{prefix}{plural}");
    }
    if let Some(stem) = last
        .strip_suffix("man")
        .filter(|s| !s.is_empty() && !s.ends_with('r'))
    {
        // spokesman -> spokesmen, but not "german"
        return format!("{prefix}{stem}men");
    }
    let plural = if last.ends_with('y')
        && !last.ends_with("ay")
        && !last.ends_with("ey")
        && !last.ends_with("oy")
        && !last.ends_with("uy")
    {
        format!("{}ies", &last[..last.len() - 1])
    } else if last.ends_with('s')
        || last.ends_with('x')
        || last.ends_with('z')
        || last.ends_with("ch")
        || last.ends_with("sh")
    {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{prefix}{plural}")
}

pub(crate) fn is_plural_form(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    last.ends_with("men")
        || last == "people"
        || (last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && !last.ends_with("is")
            && last != "press"
            && last != "corps"
            && last != "headquarters")
}

/// The head noun of an agent phrase: the last word before a prepositional complement
/// ("ministers of oil" -> "ministers", "ministry for youth" -> "ministry").
pub(crate) fn head_phrase(noun: &str) -> &str {
    let mut end = noun.len();
    for prep in [" of ", " for ", " to ", " in ", " on ", " at ", " with "] {
        if let Some(i) = noun.find(prep) {
            end = end.min(i);
        }
    }
    &noun[..end]
}

pub(crate) fn agent_kind(noun: &str) -> &'static str {
    let head_phrase = head_phrase(noun);
    let head = head_phrase.rsplit(' ').next().unwrap_or(head_phrase);
    if COLLECTIVE_HEADS.contains(&head) || is_plural_form(head_phrase) {
        "collective"
    } else {
        "individual"
    }
}

pub(crate) fn build_agents(data: &Path, curated: &Curated) -> Result<Vec<AgentRow>> {
    let text = read_text(&data.join("Phoenix.agents.txt"))?;
    Ok(agents_of(&text, curated))
}

/// The agent rows of the text of an agent dictionary, corrected by the curated rows.
pub(crate) fn agents_of(text: &str, curated: &Curated) -> Vec<AgentRow> {
    let mut substitutions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut rows: BTreeMap<String, AgentRow> = BTreeMap::new();
    let drops: BTreeSet<String> = curated
        .agents
        .iter()
        .filter(|r| r[1] == "-")
        .map(|r| r[0].clone())
        .collect();
    for line in text.lines() {
        let body = line.split('#').next().unwrap_or("");
        if body.trim().is_empty() {
            continue;
        }
        if let Some((name, values)) = body
            .split_once('=')
            .filter(|(name, _)| name.trim().starts_with('!'))
        {
            substitutions.insert(
                name.trim().to_string(),
                values.split(',').map(|v| v.trim().to_string()).collect(),
            );
            continue;
        }
        let Some(entry) = AgentEntry::parse(body) else {
            continue;
        };
        let forms = match substitutions
            .iter()
            .find(|(k, _)| entry.phrase.contains(k.as_str()))
        {
            Some((key, values)) => values
                .iter()
                .map(|v| (entry.phrase.replace(key.as_str(), v), true))
                .collect(),
            None => vec![(entry.phrase.clone(), false)],
        };
        for (form, from_substitution) in expand_stems(forms) {
            let noun = normalise_agent_noun(&form);
            if noun.is_empty()
                || noun.chars().any(|c| c.is_ascii_digit())
                || !noun
                    .chars()
                    .all(|c| c.is_alphabetic() || " -'.".contains(c))
                || drops.contains(&noun)
            {
                continue;
            }
            let mut all = vec![noun.clone()];
            if !from_substitution {
                match &entry.plurals {
                    Some(plurals) => {
                        all.extend(plurals.iter().map(|p| normalise_agent_noun(p)));
                    }
                    None if !is_plural_form(&noun) => all.push(pluralize(&noun)),
                    None => {}
                }
            }
            for (i, n) in all.into_iter().enumerate() {
                if n.is_empty() || drops.contains(&n) {
                    continue;
                }
                // Every form after the first is a plural: many people or a body.
                let kind = if i > 0 { "collective" } else { agent_kind(&n) };
                rows.entry(n.clone()).or_insert_with(|| AgentRow {
                    kind: kind.to_string(),
                    noun: n,
                    sector: entry.sector.clone(),
                });
            }
        }
    }
    // Curated rows add nouns the dictionary lacks and correct sector or kind.
    for [noun, sector, kind] in &curated.agents {
        if sector == "-" {
            rows.remove(noun);
            continue;
        }
        rows.insert(
            noun.clone(),
            AgentRow {
                noun: noun.clone(),
                sector: sector.clone(),
                kind: kind.clone(),
            },
        );
    }
    rows.into_values().collect()
}

/// One line of the agent dictionary: `PHRASE {PLURALS} [~SECTOR]`.
#[derive(Debug, PartialEq)]
pub(crate) struct AgentEntry {
    /// The noun phrase, words joined by `_`, perhaps with a `!substitution!`.
    pub(crate) phrase: String,
    /// Its plurals when the line gives them (`{}`: none).
    pub(crate) plurals: Option<Vec<String>>,
    /// The agent code (`GOV`, `MIL`, ...), without `~`.
    pub(crate) sector: String,
}

impl AgentEntry {
    /// The entry of a line without its comment; `None` for a line that is no agent (no
    /// sector code in brackets).
    pub(crate) fn parse(body: &str) -> Option<AgentEntry> {
        let open = body.find('[')?;
        let close = body[open..]
            .find([']', '}'])
            .map(|i| open + i)
            .unwrap_or(body.len());
        let sector = body[open + 1..close]
            .trim()
            .trim_start_matches('~')
            .to_string();
        if sector.is_empty() || !sector.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let mut phrase = body[..open].trim().to_string();
        // `{PLURALS}` gives irregular plurals; `{}` says the noun has none.
        let mut explicit_plurals: Option<Vec<String>> = None;
        if let Some(brace) = phrase.find('{') {
            let inner = phrase[brace + 1..].trim_end_matches('}').trim().to_string();
            explicit_plurals = Some(inner.split_whitespace().map(str::to_string).collect());
            phrase = phrase[..brace].trim().to_string();
        }
        Some(AgentEntry {
            phrase,
            plurals: explicit_plurals,
            sector,
        })
    }
}

/// The forms with the few stems left in the file ("HEALTH_MINIST", "PORT_AUTHORIT") written
/// out: each stands for its singular and plural nouns.
fn expand_stems(forms: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let mut expanded = Vec::new();
    for (form, from_substitution) in forms {
        let stems = [
            (
                "MINIST",
                &["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"][..],
            ),
            ("MINISTR", &["MINISTRY", "MINISTRIES"][..]),
            ("AUTHORIT", &["AUTHORITY", "AUTHORITIES"][..]),
        ];
        let trimmed = form.trim_end_matches('_');
        match stems
            .iter()
            .find(|(stem, _)| trimmed == *stem || trimmed.ends_with(&format!("_{stem}")))
        {
            Some((stem, full)) => {
                let base = &trimmed[..trimmed.len() - stem.len()];
                for f in *full {
                    expanded.push((format!("{base}{f}"), true));
                }
            }
            None => expanded.push((form, from_substitution)),
        }
    }
    expanded
}

pub(crate) fn normalise_agent_noun(raw: &str) -> String {
    raw.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub(crate) fn validate_agents(rows: &[AgentRow]) -> Result<()> {
    let mut seen = BTreeSet::new();
    for r in rows {
        if !seen.insert(&r.noun) {
            return Err(format!("agents.tsv: duplicate noun {:?}", r.noun));
        }
        if !AGENT_KINDS.contains(&r.kind.as_str()) {
            return Err(format!(
                "agents.tsv: {:?} has unknown kind {:?}",
                r.noun, r.kind
            ));
        }
        if r.sector.len() < 3 || !r.sector.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(format!(
                "agents.tsv: {:?} has malformed sector {:?}",
                r.noun, r.sector
            ));
        }
        if r.noun != r.noun.to_lowercase() {
            return Err(format!("agents.tsv: {:?} is not lower case", r.noun));
        }
    }
    Ok(())
}

pub(crate) fn render_agents(rows: &[AgentRow]) -> String {
    let mut out = header(columns::AGENTS);
    for r in rows {
        let _ = writeln!(out, "{}\t{}\t{}", r.noun, r.sector, r.kind);
    }
    out
}

#[derive(Clone, Debug)]
pub(crate) struct TitleRow {
    pub(crate) title: String,
    pub(crate) role: String,
    pub(crate) sector: String,
    pub(crate) head: String,
}

/// Words whose presence makes a title the head of what it is attached to.
#[rustfmt::skip]
pub(crate) const HEAD_WORDS: &[&str] = &[
    "president", "premier", "king", "queen", "emperor", "empress", "emir", "sultan", "monarch",
    "ruler", "leader", "chief", "chairman", "chairwoman", "chairperson", "chair", "head",
    "secretary-general", "director", "director-general", "commander", "commander-in-chief",
    "governor", "mayor", "chancellor", "prime", "sovereign", "dictator", "potentate",
    "generalissimo", "speaker", "tyrant", "autocrat", "despot",
];

/// Sectors whose individual agent nouns are roles a person holds in a government, a force
/// or a party, and so can stand before a name or head an appositive.
pub(crate) const TITLE_SECTORS: &[&str] = &[
    "GOV", "ELI", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP",
];

pub(crate) fn title_case_role(title: &str) -> String {
    title
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && matches!(w, "of" | "the" | "for" | "and" | "to" | "on" | "in" | "at") {
                w.to_string()
            } else {
                w.split('-')
                    .map(|p| {
                        if matches!(p, "in" | "of" | "at") {
                            p.to_string()
                        } else {
                            capitalise(p)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("-")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Last words that name a person holding a role (besides the -er/-or/-ist/-ian/-ant/-ent
/// and -man endings).
#[rustfmt::skip]
pub(crate) const PERSON_ROLE_WORDS: &[&str] = &[
    "chief", "head", "general", "colonel", "major", "captain", "lieutenant", "sergeant",
    "admiral", "marshal", "envoy", "king", "queen", "prince", "princess", "emperor", "empress",
    "sultan", "emir", "sheikh", "monarch", "consul", "deputy", "delegate", "aide", "mayor",
    "judge", "justice", "attorney", "counsel", "spy", "agent", "mp", "premier", "secretary",
    "diplomat", "official", "bureaucrat", "autocrat", "despot", "tyrant", "regent",
    "commandant", "cadet", "corporal", "ensign", "commodore", "generalissimo", "brigadier",
    "recruit", "veteran", "mercenary", "pilot", "militant", "rebel", "guerrilla", "guerilla",
    "insurgent", "separatist", "spokesperson", "representative", "whip", "clerk", "magistrate",
    "advocate", "chair", "executive", "activist", "dissident", "candidate", "nominee",
    "incumbent", "attaché", "attache", "operative", "plenipotentiary", "potentate", "lady",
    "autocrat", "chancellor", "viceroy", "bishop", "cardinal", "imam", "ayatollah", "cleric",
];

/// Role nouns ending like person nouns that name machines or places instead.
#[rustfmt::skip]
pub(crate) const NOT_PERSON_WORDS: &[&str] = &[
    "bomber", "destroyer", "carrier", "cruiser", "fighter", "freighter", "tanker", "helicopter",
    "trawler", "launcher", "container", "transporter", "trainer", "raptor", "harrier", "hornet",
    "chancery", "chamber", "corner", "center", "centre", "quarter", "border", "order",
    "minister's office", "register", "tower", "water", "river", "power", "sector", "humvee",
    "jetfighter", "enforcement", "government", "management", "department", "parliament",
    "establishment", "movement", "settlement", "employer", "lawgiver", "conveyancer",
];

pub(crate) fn is_person_role(noun: &str) -> bool {
    let last = noun.rsplit([' ', '-']).next().unwrap_or(noun);
    if NOT_PERSON_WORDS.contains(&last) {
        return false;
    }
    PERSON_ROLE_WORDS.contains(&last)
        || [
            "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ary",
        ]
        .iter()
        .any(|suffix| last.ends_with(suffix))
}

pub(crate) fn build_titles(agents: &[AgentRow], curated: &Curated) -> Vec<TitleRow> {
    let mut rows: BTreeMap<String, TitleRow> = BTreeMap::new();
    for a in agents {
        let primary = a.sector.get(..3).unwrap_or("");
        let words = a.noun.split(' ').count();
        // "former", "ousted" and the like are modifiers the extractor reads itself.
        let modified = [
            "former", "ex", "ousted", "exiled", "retired", "alleged", "the", "a",
        ]
        .iter()
        .any(|m| a.noun.split([' ', '-']).next() == Some(m));
        if a.kind != "individual"
            || !TITLE_SECTORS.contains(&primary)
            || words > 4
            || modified
            || !is_person_role(head_phrase(&a.noun))
        {
            continue;
        }
        let head = if a.noun.split([' ', '-']).any(|w| HEAD_WORDS.contains(&w))
            && !a.noun.contains("deputy")
            && !a.noun.contains("vice")
        {
            "yes"
        } else {
            "no"
        };
        rows.insert(
            a.noun.clone(),
            TitleRow {
                title: a.noun.clone(),
                role: title_case_role(&a.noun),
                sector: primary.to_string(),
                head: head.to_string(),
            },
        );
    }
    for [title, role, sector, head] in &curated.titles {
        if role == "-" && sector == "-" && head == "-" {
            rows.remove(title);
            continue;
        }
        rows.insert(
            title.clone(),
            TitleRow {
                title: title.clone(),
                role: role.clone(),
                sector: sector.clone(),
                head: head.clone(),
            },
        );
    }
    rows.into_values().collect()
}

pub(crate) fn validate_titles(rows: &[TitleRow]) -> Result<()> {
    for r in rows {
        if !TITLE_HEADS.contains(&r.head.as_str()) {
            return Err(format!(
                "titles.tsv: {:?} has unknown head {:?}",
                r.title, r.head
            ));
        }
        if r.title != r.title.to_lowercase() || r.title.is_empty() || r.role.is_empty() {
            return Err(format!(
                "titles.tsv: {:?} must be lower case with a role",
                r.title
            ));
        }
        let sector_ok = r.sector == "-"
            || (r.sector.len() >= 3 && r.sector.chars().all(|c| c.is_ascii_uppercase()));
        if !sector_ok {
            return Err(format!(
                "titles.tsv: {:?} has malformed sector {:?}",
                r.title, r.sector
            ));
        }
    }
    Ok(())
}

pub(crate) fn render_titles(rows: &[TitleRow]) -> String {
    let mut out = header(columns::TITLES);
    for r in rows {
        let _ = writeln!(out, "{}\t{}\t{}\t{}", r.title, r.role, r.sector, r.head);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_give_phrase_plurals_and_sector() {
        let entry = AgentEntry::parse("CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL] ").unwrap();
        assert_eq!(entry.phrase, "CHIEF_OF_STAFF");
        assert_eq!(entry.plurals, Some(vec!["CHIEFS_OF_STAFF".to_string()]));
        assert_eq!(entry.sector, "MIL");
        assert_eq!(
            AgentEntry::parse("MINER [~lab]"),
            None,
            "no code in capitals"
        );
        assert_eq!(AgentEntry::parse("NO CODE HERE"), None);
    }

    #[test]
    fn nouns_get_their_plurals() {
        assert_eq!(pluralize("ministry"), "ministries");
        assert_eq!(pluralize("police officer"), "police officers");
        assert!(is_plural_form("ministers"));
    }

    #[test]
    fn substitutions_and_stems_expand_into_nouns() {
        let text = "!MINIST! = MINISTER, MINISTRY\nHEALTH_!MINIST! [~GOV]\nPORT_AUTHORIT [~BUS]\n";
        let rows = agents_of(text, &Curated::default());
        let nouns: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.noun.as_str(), r.sector.as_str(), r.kind.as_str()))
            .collect();
        assert!(
            nouns.contains(&("health minister", "GOV", "individual")),
            "{nouns:?}"
        );
        assert!(
            nouns.contains(&("health ministry", "GOV", "collective")),
            "{nouns:?}"
        );
        assert!(
            nouns.contains(&("port authorities", "BUS", "collective")),
            "{nouns:?}"
        );
    }
}
