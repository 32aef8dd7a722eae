//! The actor gazetteer (`actors.tsv`): rows, the builder that collects them from the
//! dictionaries and the curated supplements, people, and the checks and rendering.

use super::*;

#[derive(Clone, Debug)]
pub(crate) struct ActorRow {
    pub(crate) surface: String,
    pub(crate) canonical: String,
    pub(crate) kind: String,
    pub(crate) form: String,
    pub(crate) code: String,
    /// Lower wins when two sources claim one surface (curated first, people last).
    pub(crate) rank: u8,
    /// Order of discovery, to break ties deterministically.
    pub(crate) seq: usize,
    pub(crate) source: String,
}

pub(crate) const RANK_CURATED: u8 = 0;
pub(crate) const RANK_COUNTRY: u8 = 1;
pub(crate) const RANK_IGO: u8 = 2;
pub(crate) const RANK_ARMED: u8 = 3;
pub(crate) const RANK_INSTITUTION: u8 = 4;
pub(crate) const RANK_PERSON: u8 = 5;
pub(crate) const RANK_CITY: u8 = 6;

/// Words that mark a dictionary entry as an organization rather than a person.
#[rustfmt::skip]
pub(crate) const ORG_WORDS: &[&str] = &[
    "ARMY", "ARMIES", "FORCE", "FORCES", "MINISTRY", "DEPARTMENT", "COUNCIL", "ASSEMBLY",
    "PARLIAMENT", "CONGRESS", "SENATE", "COURT", "TRIBUNAL", "PARTY", "FRONT", "MOVEMENT",
    "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS", "COMMITTEE", "COMMITTEES", "COMMISSION",
    "AGENCY", "BUREAU", "OFFICE", "SERVICE", "SERVICES", "GUARD", "GUARDS", "POLICE", "BANK",
    "UNION", "ORGANIZATION", "ORGANISATION", "ASSOCIATION", "FOUNDATION", "INSTITUTE",
    "INSTITUTION", "UNIVERSITY", "CORPORATION", "CORP", "CORP.", "COMPANY", "CO.", "INC",
    "INC.", "LTD", "LTD.", "GROUP", "GROUPS", "LEAGUE", "ALLIANCE", "COALITION", "AUTHORITY",
    "ADMINISTRATION", "GOVERNMENT", "CABINET", "DIRECTORATE", "NETWORK", "FEDERATION",
    "CONFEDERATION", "SOCIETY", "FUND", "PROGRAM", "PROGRAMME", "CENTER", "CENTRE", "CHAMBER",
    "BOARD", "TRUST", "CHURCH", "MISSION", "CAMPAIGN", "INITIATIVE", "FORUM", "CONFERENCE",
    "PROJECT", "COMMAND", "CORPS", "MILITIA", "MILITIAS", "REGIME", "JUNTA", "SYNDICATE",
    "CARTEL", "FACTION", "WING", "RESISTANCE", "JIHAD", "HOUSE", "PALACE", "YARD",
    "HEADQUARTERS", "INTELLIGENCE", "SECURITY", "DEFENSE", "DEFENCE", "NATIONS", "CELLS",
    "NUCLEI", "COMMANDOS", "COMMANDO", "INTERNATIONAL", "COUNCILS", "SCHOOL", "COLLEGE",
    "ACADEMY", "HOSPITAL", "AIRLINES", "AIRWAYS", "TIMES", "NEWS", "POST", "PRESS", "RADIO",
    "TELEVISION", "TV", "AGENCE", "WORKERS", "FIGHTERS", "REBELS", "PATRIOTS", "VOLUNTEERS",
    "DIVISION", "REGIMENT", "UNIT", "UNITS", "SQUAD", "TEAM", "CLUB", "FEDERAL", "NATIONAL",
    "REPUBLICAN", "DEMOCRATIC", "ISLAMIC", "REVOLUTIONARY", "LIBERATION", "POPULAR", "UNITED",
];

/// Words that make an alias a description of people around an actor, not its name.
#[rustfmt::skip]
pub(crate) const DESCRIPTIVE_WORDS: &[&str] = &[
    "LINKED", "AFFILIATED", "OFFSHOOT", "BACKED", "LED", "BASED", "OPERATIVES", "OPERATIVE",
    "MEMBERS", "MEMBER", "SUPPORTERS", "SYMPATHIZERS", "LOYALISTS", "SOURCE", "SOURCES",
    "OFFICIAL", "OFFICIALS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "MONITOR", "MONITORS",
    "PEACEKEEPER", "PEACEKEEPERS", "CHIEF", "LEADER", "LEADERS", "PRESIDENT", "SECRETARY",
    "SECRETARY-GENERAL", "SECY", "SEC.", "GEN", "JUSTICES", "SOLDIERS", "TROOPS", "ENVOY",
    "AMBASSADOR", "REPRESENTATIVE", "COMMANDER", "DIRECTOR", "HEAD", "MINISTER", "DEPUTY",
    "FORMER", "EX", "FIGHTER", "SUSPECTS", "SUSPECT",
];

/// Legal forms that end a company's name in the dictionaries ("Medtronic Inc", "Diageo
/// PLC", "Vale S.A."); news writes most companies without them. Not "Company", "Group" or
/// "Holdings": without them a name is often a description ("Advisory Board Company").
#[rustfmt::skip]
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "INC", "INC.", "CORP", "CORP.", "CORPORATION", "CO", "CO.", "LTD", "LTD.", "LIMITED", "PLC",
    "LLC", "L.L.C.", "LP", "L.P.", "AG", "SA", "S.A.", "NV", "N.V.", "SPA", "S.P.A.", "AB",
    "ASA", "SE", "BV", "B.V.", "GMBH", "OYJ",
];

/// The longest one-word name without its legal form that is left out as an acronym's
/// length (see [`add_names_without_legal_form`]).
const MAX_ACRONYM_LETTERS: usize = 4;

/// Words of official country names ("Arab Republic of Egypt").
#[rustfmt::skip]
pub(crate) const STATE_WORDS: &[&str] = &[
    "REPUBLIC", "KINGDOM", "FEDERATION", "STATE", "STATES", "EMIRATE", "EMIRATES", "SULTANATE",
    "PRINCIPALITY", "DUCHY", "COMMONWEALTH", "UNION", "CONFEDERATION", "ISLAMIC", "DEMOCRATIC",
    "PEOPLE'S", "PEOPLES", "SOCIALIST", "FEDERAL", "UNITED", "ARAB", "PLURINATIONAL",
    "BOLIVARIAN", "COOPERATIVE", "JAMAHIRIYA", "HASHEMITE",
];

pub(crate) struct ActorBuilder<'a> {
    pub(crate) rows: Vec<ActorRow>,
    pub(crate) vocab: &'a Vocabulary,
    pub(crate) curated: &'a Curated,
    /// Upper-case given names seen in person entries, plus the curated list.
    pub(crate) given_names: BTreeSet<String>,
    /// Upper-case last names of people: a single-word alias equal to one is a person's
    /// short name, not an organization or a place.
    pub(crate) surnames: BTreeSet<String>,
    /// Upper-case country names and demonyms (to strip "EGYPTIAN" from "EGYPTIAN_PRESIDENT_X").
    pub(crate) country_words: BTreeSet<String>,
    /// Curated surface (lower case) -> (canonical, type, code) for organizations.
    pub(crate) curated_orgs: BTreeMap<String, (String, String, String)>,
    pub(crate) excluded: BTreeMap<&'static str, usize>,
    /// Folded person name and country -> canonical name, to merge spelling variants.
    pub(crate) person_keys: BTreeMap<(String, String), String>,
}

impl<'a> ActorBuilder<'a> {
    /// A builder with no rows yet, reading `vocab` and the `curated` supplements.
    pub(crate) fn new(vocab: &'a Vocabulary, curated: &'a Curated) -> ActorBuilder<'a> {
        ActorBuilder {
            rows: Vec::new(),
            vocab,
            curated,
            given_names: BTreeSet::new(),
            surnames: BTreeSet::new(),
            country_words: BTreeSet::new(),
            curated_orgs: BTreeMap::new(),
            excluded: BTreeMap::new(),
            person_keys: BTreeMap::new(),
        }
    }

    pub(crate) fn push(&mut self, mut row: ActorRow) {
        row.surface = row.surface.trim().to_string();
        row.canonical = row.canonical.trim().to_string();
        let surface_chars = row.surface.chars().count();
        if surface_chars < 2 || row.surface.chars().all(|c| !c.is_alphabetic()) {
            return;
        }
        if let Some(reason) = (row.rank != RANK_CURATED)
            .then(|| self.exclusion(&row))
            .flatten()
        {
            *self.excluded.entry(reason).or_default() += 1;
            return;
        }
        row.seq = self.rows.len();
        self.rows.push(row);
    }

    /// Why a generated row must not be emitted, if it must not.
    pub(crate) fn exclusion(&self, row: &ActorRow) -> Option<&'static str> {
        let lower = row.surface.to_lowercase();
        if self.curated.exclude.contains(&lower)
            || self
                .curated
                .exclude
                .contains(&format!("code:{}", row.code.to_lowercase()))
        {
            return Some("curated exclusion list");
        }
        // News in English writes names in Latin script; other scripts are transliteration
        // variants no English text contains.
        if row
            .surface
            .chars()
            .any(|c| c.is_alphabetic() && (c as u32) > 0x24F)
        {
            return Some("non-Latin script");
        }
        if self.vocab.generic_nouns.contains(&lower) {
            return Some("agent noun or title");
        }
        let single = !row.surface.contains(' ');
        if single && row.form != "demonym" && row.form != "demonym_plural" {
            let upper = row.surface.to_uppercase();
            if row.kind != "country" && self.given_names.contains(&upper) {
                return Some("given name");
            }
            if row.kind != "country" && row.kind != "person" && self.surnames.contains(&upper) {
                return Some("surname");
            }
        }
        if row.surface.chars().any(|c| c.is_ascii_digit()) && row.kind == "person" {
            return Some("digits in a person name");
        }
        None
    }
}

/// The actor rows of the dictionaries in `data` and the curated supplements; `is_word`
/// tells a common word (lower case) from a name.
pub(crate) fn build_actors(
    data: &Path,
    curated: &Curated,
    vocab: &Vocabulary,
    is_word: &dyn Fn(&str) -> bool,
) -> Result<Vec<ActorRow>> {
    let countries_text = read_text(&data.join("Phoenix.Countries.actors.txt"))?;
    let international_text = read_text(&data.join("Phoenix.International.actors.txt"))?;
    let armed_text = read_text(&data.join("Phoenix.MilNonState.actors.txt"))?;
    let countries = parse_actor_file(&countries_text);
    let international = parse_actor_file(&international_text);
    let armed = parse_actor_file(&armed_text);

    let mut builder = ActorBuilder::new(vocab, curated);
    collect_name_statistics(&mut builder, &countries, curated);

    add_curated_actors(&mut builder, curated)?;
    add_country_file(&mut builder, &countries)?;
    add_organization_file(&mut builder, &international, RANK_IGO, "International");
    add_organization_file(&mut builder, &armed, RANK_ARMED, "MilNonState");

    add_names_without_legal_form(&mut builder, is_word);
    drop_person_short_names(&mut builder);
    let rows = resolve_surfaces(std::mem::take(&mut builder.rows));
    for (reason, count) in &builder.excluded {
        eprintln!("actors: dropped {count} generated surfaces ({reason})");
    }
    Ok(rows)
}

/// Harvests given names and surnames from the CountryInfo person entries, which are the
/// largest list of real people's names in the dictionaries.
pub(crate) fn collect_name_statistics(
    b: &mut ActorBuilder,
    countries: &[ActorEntry],
    curated: &Curated,
) {
    let mut first_counts: BTreeMap<String, usize> = BTreeMap::new();
    for entry in countries {
        if !entry.comment.to_lowercase().contains("countryinfo") {
            continue;
        }
        let Some(phrase) = entry.names.first().and_then(|n| parse_phrase(n)) else {
            continue;
        };
        if phrase.words.len() >= 2 {
            *first_counts.entry(phrase.words[0].clone()).or_default() += 1;
            b.surnames
                .insert(phrase.words.last().cloned().unwrap_or_default());
        }
    }
    for c in &curated.countries {
        for n in c
            .names
            .iter()
            .chain([&c.canonical])
            .chain(&c.demonyms)
            .chain(&c.plurals)
        {
            for w in n.split([' ', '-']) {
                b.country_words.insert(w.to_uppercase());
            }
        }
    }
    let blocked: BTreeSet<&str> = ORG_WORDS.iter().copied().collect();
    b.given_names = first_counts
        .into_iter()
        .filter(|(name, count)| {
            *count >= 2
                && name.chars().count() >= 3
                && !blocked.contains(name.as_str())
                && !LOWER_PARTICLES.contains(&name.as_str())
                && !b.country_words.contains(name)
        })
        .map(|(name, _)| name)
        .chain(curated.given_names.iter().cloned())
        .collect();
    b.surnames
        .retain(|s| !b.country_words.contains(s) && s.chars().count() >= 3);
}

pub(crate) fn add_curated_actors(b: &mut ActorBuilder, curated: &Curated) -> Result<()> {
    for c in &curated.countries {
        let mut add = |surface: &str, form: &str| {
            b.push(ActorRow {
                surface: surface.to_string(),
                canonical: c.canonical.clone(),
                kind: c.kind.clone(),
                form: form.to_string(),
                code: c.code.clone(),
                rank: RANK_CURATED,
                seq: 0,
                source: "curated/countries.tsv".to_string(),
            });
        };
        add(&c.canonical, "name");
        for n in &c.names {
            add(n, "name");
        }
        for n in &c.demonyms {
            add(n, "demonym");
        }
        for n in &c.plurals {
            add(n, "demonym_plural");
        }
        for n in &c.capitals {
            add(n, "capital");
        }
    }
    // a seat of government ("Downing Street"): its country's name and type, form `seat`
    for (surface, code) in &curated.seats {
        let Some(c) = curated.countries.iter().find(|c| c.code == *code) else {
            return Err(format!(
                "curated/seats.tsv: {surface:?}: no country with code {code:?} in countries.tsv"
            ));
        };
        b.push(ActorRow {
            surface: surface.clone(),
            canonical: c.canonical.clone(),
            kind: c.kind.clone(),
            form: "seat".to_string(),
            code: c.code.clone(),
            rank: RANK_CURATED,
            seq: 0,
            source: "curated/seats.tsv".to_string(),
        });
    }
    for [surface, canonical, kind, form, code] in &curated.actors {
        if form == "name" {
            b.curated_orgs.insert(
                surface.to_lowercase(),
                (canonical.clone(), kind.clone(), code.clone()),
            );
        }
        b.push(ActorRow {
            surface: surface.clone(),
            canonical: canonical.clone(),
            kind: kind.clone(),
            form: form.clone(),
            code: code.clone(),
            rank: RANK_CURATED,
            seq: 0,
            source: "curated/actors.tsv".to_string(),
        });
    }
    Ok(())
}

/// How the rules read one dictionary entry that is not a country block.
#[derive(PartialEq)]
pub(crate) enum EntryKind {
    Person,
    Organization,
    Location,
}

pub(crate) fn classify_entry(
    b: &ActorBuilder,
    entry: &ActorEntry,
    words: &[String],
    file: &str,
) -> EntryKind {
    let comment = entry.comment.to_lowercase();
    if comment.contains("countryinfo") || comment.contains("igorulers") {
        return EntryKind::Person;
    }
    if words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
        return EntryKind::Organization;
    }
    let code = entry.current_code().unwrap_or_default();
    if words.len() >= 2 && b.given_names.contains(&words[0]) {
        return EntryKind::Person;
    }
    // Arabic patronymics ("OSAMA_BIN_LADEN") mark a person's name.
    if words.len() >= 3
        && words[1..]
            .iter()
            .any(|w| matches!(w.as_str(), "BIN" | "IBN" | "BINT"))
    {
        return EntryKind::Person;
    }
    if words.len() >= 2 && b.vocab.role_words.contains(&words[0]) {
        return EntryKind::Person;
    }
    if file == "Countries" {
        if words.len() >= 2 {
            return EntryKind::Person;
        }
        // A single word: an institution when the code names a sector (MOSSAD = ISRSPY),
        // otherwise a place (GAZA = PSEGZA).
        let sector = code.get(3..).unwrap_or("");
        let sector_like = [
            "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "REB", "OPP", "PTY", "ELI",
        ]
        .iter()
        .any(|s| sector.starts_with(s));
        return if sector_like {
            EntryKind::Organization
        } else {
            EntryKind::Location
        };
    }
    let dated = entry.codes.iter().any(|c| !c.undated);
    if words.len() >= 2 && dated && entry.names.len() <= 3 {
        return EntryKind::Person;
    }
    EntryKind::Organization
}

/// Strips leading titles and nationality words from a person's name:
/// "SOVIET_LEADER_LEONID_BREZHNEV" -> "LEONID BREZHNEV". None when no name of two or more
/// words is left.
pub(crate) fn person_name(b: &ActorBuilder, words: &[String]) -> Option<Vec<String>> {
    let strip = |w: &String| {
        b.vocab.role_words.contains(w)
            || b.country_words.contains(w)
            || b.vocab.acronyms.contains(w)
            || matches!(w.as_str(), "OF" | "THE" | "U.S." | "U.N." | "UN" | "US")
    };
    let mut start = 0;
    for (i, w) in words.iter().enumerate() {
        if i + 2 <= words.len() && strip(w) {
            start = i + 1;
        }
    }
    let name: Vec<String> = words[start..].to_vec();
    // Role words left inside the name mean it is a description ("Moscow Party Chief X");
    // ordinary surnames that are also titles ("John Major", "King") stay.
    if name.len() < 2 || name.iter().any(|w| DESCRIPTIVE_WORDS.contains(&w.as_str())) {
        return None;
    }
    if LOWER_PARTICLES.contains(&name[0].as_str()) {
        return None;
    }
    if name
        .iter()
        .any(|w| ORG_WORDS.contains(&w.as_str()) || w.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some(name)
}

pub(crate) fn is_korean(code: &str) -> bool {
    code.starts_with("KOR") || code.starts_with("PRK")
}

pub(crate) fn add_person(b: &mut ActorBuilder, entry: &ActorEntry, code: &str, source: &str) {
    let korean = is_korean(code);
    let mut canonical: Option<String> = None;
    let mut surfaces = Vec::new();
    for raw in &entry.names {
        let Some(phrase) = parse_phrase(raw) else {
            continue;
        };
        let Some(name) = person_name(b, &phrase.words) else {
            continue;
        };
        let style = if korean {
            Style::KoreanPerson
        } else {
            Style::Person
        };
        let surface = display_name(&name, style, &b.vocab.acronyms);
        if canonical.is_none() {
            canonical = Some(surface.clone());
        }
        surfaces.push(surface);
    }
    let Some(mut canonical) = canonical else {
        return;
    };
    // One node per person: spelling variants that differ only in hyphens, spaces or case
    // ("Bashar al Assad" / "Bashar al-Assad", "Ban Ki Moon" / "Ban Ki-moon") share the
    // first canonical seen.
    let key = (fold(&canonical), String::new());
    match b.person_keys.get(&key) {
        Some(first) => canonical = first.clone(),
        None => {
            b.person_keys.insert(key, canonical.clone());
        }
    }
    for surface in surfaces {
        b.push(ActorRow {
            surface,
            canonical: canonical.clone(),
            kind: "person".to_string(),
            form: "member".to_string(),
            code: code.to_string(),
            rank: RANK_PERSON,
            seq: 0,
            source: format!("{source}:{}", entry.line),
        });
    }
}

/// Adds for every organization name that ends with a legal form ([`LEGAL_FORMS`]) the name
/// without it ("Medtronic" for "Medtronic Inc"), as news writes it. The short name is left
/// out when any row already claims it (a person, a place, another organization: the
/// dictionary's own reading wins), when two organizations would share it ("Unilever NV",
/// "Unilever PLC"), when it ends with a particle, a sign or a possessive ("Smith &", "Carter's": any
/// Carter's), when it is one word
/// of an acronym's length ("Saic", "CDI": news writes acronyms of many bodies), and when
/// it is one word that `is_word` knows as a common word ("Caterpillar": at a sentence's start it
/// is the insect as often as the company). [`ActorBuilder::push`] then drops given names
/// and surnames as for any generated row.
pub(crate) fn add_names_without_legal_form(b: &mut ActorBuilder, is_word: &dyn Fn(&str) -> bool) {
    let claimed: BTreeSet<String> = b.rows.iter().map(|r| r.surface.to_lowercase()).collect();
    let mut short: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in b.rows.iter().enumerate() {
        if r.kind != "organization" || r.form != "name" {
            continue;
        }
        let Some((rest, last)) = r.surface.rsplit_once(' ') else {
            continue;
        };
        if !LEGAL_FORMS.contains(&last.to_uppercase().as_str()) {
            continue;
        }
        let rest = rest.trim_end_matches([',', ' ']);
        let last_word = rest.rsplit(' ').next().unwrap_or(rest);
        // "Carter's Inc": without the form it reads as any Carter's possessive
        let possessive = last_word.ends_with("'s");
        let ends_in_name = rest.ends_with(|c: char| c.is_alphanumeric() || c == '.')
            && !LOWER_PARTICLES.contains(&last_word.to_uppercase().as_str())
            && !possessive;
        if ends_in_name {
            short.entry(rest.to_lowercase()).or_default().push(i);
        }
    }
    let mut added = 0;
    for (lower, rows) in short {
        let first = &b.rows[rows[0]];
        let shared = rows.iter().any(|&i| b.rows[i].canonical != first.canonical);
        let one_word = !lower.contains(' ');
        // a short one ("Saic", "CDI") is written as an acronym, and an article's own
        // acronym ("SAIC" for Shanghai Automotive) must not meet a dictionary's company
        let acronym_length = one_word && lower.chars().count() <= MAX_ACRONYM_LETTERS;
        if shared || claimed.contains(&lower) || acronym_length || (one_word && is_word(&lower)) {
            continue;
        }
        let rest = first.surface.rsplit_once(' ').map_or("", |(r, _)| r);
        let row = ActorRow {
            surface: rest.trim_end_matches([',', ' ']).to_string(),
            source: format!("{} (legal form dropped)", first.source),
            ..first.clone()
        };
        let before = b.rows.len();
        b.push(row);
        added += b.rows.len() - before;
    }
    eprintln!("actors: {added} organization names without their legal form");
}

/// Drops generated one-word organization and place surfaces that are the last name of a
/// listed person ("Josipovic", "Yeltsin"): the dictionaries file such short names under the
/// person's party or country, but in text they denote the person.
pub(crate) fn drop_person_short_names(b: &mut ActorBuilder) {
    let last_names: BTreeSet<String> = b
        .rows
        .iter()
        .filter(|r| r.kind == "person")
        .filter_map(|r| r.surface.rsplit(' ').next().map(str::to_lowercase))
        .collect();
    let before = b.rows.len();
    b.rows.retain(|r| {
        r.rank == RANK_CURATED
            || r.kind == "person"
            || r.surface.contains(' ')
            || !last_names.contains(&r.surface.to_lowercase())
    });
    let dropped = before - b.rows.len();
    *b.excluded
        .entry("last name of a listed person")
        .or_default() += dropped;
}

/// Keeps one row per surface (the best-ranked source, first seen on a tie), and drops
/// repeated (surface, canonical) pairs.
pub(crate) fn resolve_surfaces(rows: Vec<ActorRow>) -> Vec<ActorRow> {
    let mut best: BTreeMap<String, ActorRow> = BTreeMap::new();
    let mut conflicts = 0usize;
    for row in rows {
        match best.get(&row.surface) {
            Some(kept) if (kept.rank, kept.seq) <= (row.rank, row.seq) => {
                if kept.canonical != row.canonical && row.rank <= RANK_PERSON {
                    conflicts += 1;
                    if std::env::var_os("LEXICON_VERBOSE").is_some() {
                        eprintln!(
                            "  {:?}: kept {:?} ({}), dropped {:?} ({})",
                            row.surface, kept.canonical, kept.source, row.canonical, row.source
                        );
                    }
                }
            }
            _ => {
                best.insert(row.surface.clone(), row);
            }
        }
    }
    eprintln!("actors: {conflicts} surfaces claimed by more than one actor (best source kept)");
    let mut rows: Vec<ActorRow> = best.into_values().collect();
    rows.sort_by(|a, b| (&a.surface, &a.canonical).cmp(&(&b.surface, &b.canonical)));
    rows
}

pub(crate) fn validate_actors(rows: &[ActorRow]) -> Result<()> {
    let mut seen = BTreeSet::new();
    for r in rows {
        let where_ = || format!("actors.tsv row {:?} ({})", r.surface, r.source);
        if !seen.insert((r.surface.clone(), r.canonical.clone())) {
            return Err(format!("{}: duplicate (surface, canonical)", where_()));
        }
        if !ACTOR_TYPES.contains(&r.kind.as_str()) {
            return Err(format!("{}: unknown type {:?}", where_(), r.kind));
        }
        if !ACTOR_FORMS.contains(&r.form.as_str()) {
            return Err(format!("{}: unknown form {:?}", where_(), r.form));
        }
        let code_ok = r.code == "-"
            || (r.code.len() >= 3
                && r.code.starts_with(|c: char| c.is_ascii_uppercase())
                && r.code
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
        if !code_ok {
            return Err(format!("{}: malformed actor code {:?}", where_(), r.code));
        }
        for field in [&r.surface, &r.canonical] {
            if field.is_empty() || field.contains('\t') || field.contains('\n') {
                return Err(format!("{}: empty field or tab inside a field", where_()));
            }
        }
    }
    Ok(())
}

pub(crate) fn render_actors(rows: &[ActorRow]) -> String {
    let mut out = header(columns::ACTORS);
    for r in rows {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            r.surface, r.canonical, r.kind, r.form, r.code
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(surface: &str, kind: &str) -> ActorRow {
        ActorRow {
            surface: surface.to_string(),
            canonical: surface.to_string(),
            kind: kind.to_string(),
            form: "name".to_string(),
            code: "MNC".to_string(),
            rank: RANK_IGO,
            seq: 0,
            source: "test".to_string(),
        }
    }

    #[test]
    fn a_company_is_also_named_without_its_legal_form() {
        let vocab = Vocabulary {
            role_words: BTreeSet::new(),
            generic_nouns: BTreeSet::new(),
            acronyms: BTreeSet::new(),
        };
        let curated = Curated::default();
        let mut b = ActorBuilder::new(&vocab, &curated);
        // (surface, type) rows of the dictionaries
        let rows = [
            ("Medtronic Inc", "organization"),
            ("Diageo PLC", "organization"),
            ("Schlumberger N.V.", "organization"),
            ("Advanced Micro Devices Inc", "organization"),
            ("Procter & Gamble Co", "organization"),
            // a common word, a shared short name, an acronym's length, a surface
            // claimed by another row, a form that is no legal one, a particle at the end
            ("Caterpillar Inc", "organization"),
            ("Vale S.A.", "organization"),
            ("Unilever NV", "organization"),
            ("Unilever PLC", "organization"),
            ("Saic Inc", "organization"),
            ("Troy Corporation", "organization"),
            ("Troy", "location"),
            ("Kellogg Company", "organization"),
            ("Bank of Ltd", "organization"),
            ("Smith & Co", "organization"),
            ("Carter's Inc", "organization"),
            ("Ford Ltd", "person"),
        ];
        for (surface, kind) in rows {
            b.push(row(surface, kind));
        }
        let is_word = |w: &str| matches!(w, "caterpillar" | "vale");
        add_names_without_legal_form(&mut b, &is_word);
        let added: Vec<(&str, &str)> = b
            .rows
            .iter()
            .skip(rows.len())
            .map(|r| (r.surface.as_str(), r.canonical.as_str()))
            .collect();
        assert_eq!(
            added,
            [
                ("Advanced Micro Devices", "Advanced Micro Devices Inc"),
                ("Diageo", "Diageo PLC"),
                ("Medtronic", "Medtronic Inc"),
                ("Procter & Gamble", "Procter & Gamble Co"),
                ("Schlumberger", "Schlumberger N.V."),
            ]
        );
    }
}
