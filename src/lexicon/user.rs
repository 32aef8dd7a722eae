//! User dictionaries: actors and triggers a user adds to the shipped lexicon, or puts in
//! place of shipped entries (`--actors FILE`, `--triggers FILE`, [`Lexicon::add_actors`],
//! [`Lexicon::add_triggers`]).
//!
//! The actors file is a TSV file whose first line names its columns (in any order, a
//! leading `# ` allowed): `name`, `type` and `aliases` (several separated by `|`), and
//! optionally `affiliation` (the actor it belongs to), `roles` (offices with their terms,
//! `prime minister 2007-06-27..2010-05-11`, several separated by `|`, an open end written
//! `2024-07-05..`) and `code` (a CAMEO actor code, `GBRGOV`). Blank lines and lines
//! starting with `#` are comments; an empty field is an absent value.
//!
//! A user actor replaces the shipped actor of the same name (every row of it) and every
//! shipped row spelled like one of its names: the user's word is the last one. Its
//! affiliation holds in every article that mentions both; its roles are the offices the
//! article's date resolves "the prime minister" to (see `offices.tsv`), in the country of
//! its code, else of its affiliation, and take the place of shipped terms they overlap.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::gazetteer::key_of;
use super::table;
use super::{Lexicon, Term};
use crate::domain::{ActorType, Date};
use crate::error::Result;

/// The columns an actors file may have.
const ACTOR_COLUMNS: &[&str] = &["name", "type", "aliases", "affiliation", "roles", "code"];

/// The end of a term the user leaves open.
const OPEN_END: &str = "9999-12-31";

/// One actor of a user's file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct UserActor {
    name: String,
    kind: ActorType,
    aliases: Vec<String>,
    affiliation: Option<String>,
    /// (office key, start, end).
    roles: Vec<(String, String, String)>,
    code: String,
}

fn actor_type(s: &str) -> Option<ActorType> {
    Some(match s {
        "person" => ActorType::Person,
        "organization" => ActorType::Organization,
        "country" => ActorType::Country,
        "group" => ActorType::Group,
        "location" => ActorType::Location,
        _ => return None,
    })
}

/// The non-empty parts of a `|`-separated field.
fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// The column positions named by the header line.
fn header_columns(file: &str, header: &str) -> Result<HashMap<&'static str, usize>> {
    let header = header.trim_end().trim_start_matches('#').trim_start();
    let mut at = HashMap::default();
    for (k, name) in header.split('\t').enumerate() {
        let name = name.trim().to_lowercase();
        let Some(&known) = ACTOR_COLUMNS.iter().find(|c| **c == name) else {
            return Err(table::error(
                file,
                1,
                format!(
                    "unknown column {name:?} (the columns are {})",
                    ACTOR_COLUMNS.join(", ")
                ),
            ));
        };
        if at.insert(known, k).is_some() {
            return Err(table::error(file, 1, format!("column {name:?} twice")));
        }
    }
    for needed in ["name", "type"] {
        if !at.contains_key(needed) {
            return Err(table::error(
                file,
                1,
                format!(
                    "no {needed:?} column: the first line names the columns (name, type, aliases, ...)"
                ),
            ));
        }
    }
    Ok(at)
}

/// `prime minister 2007-06-27..2010-05-11`: the office's key and its term.
fn role(lex: &Lexicon, text: &str) -> std::result::Result<(String, String, String), String> {
    let bad = || format!("role {text:?} is not written `office START..END` (dates YYYY-MM-DD)");
    let (office, term) = text.rsplit_once(char::is_whitespace).ok_or_else(bad)?;
    let (start, end) = term.split_once("..").ok_or_else(bad)?;
    let end = if end.is_empty() { OPEN_END } else { end };
    if Date::parse_iso(start).is_none() || start.len() != 10 {
        return Err(bad());
    }
    if end != OPEN_END && (Date::parse_iso(end).is_none() || end.len() != 10) {
        return Err(bad());
    }
    if end < start {
        return Err(format!(
            "the term of {office:?} ends ({end}) before it starts"
        ));
    }
    let words = office.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = lex
        .title(&words.to_lowercase())
        .filter(|t| !t.honorific)
        .ok_or_else(|| format!("{office:?} is not a title of titles.tsv"))?;
    Ok((
        title.role.to_lowercase(),
        start.to_string(),
        end.to_string(),
    ))
}

/// Reads an actors file.
fn parse_actors(lex: &Lexicon, file: &str, text: &str) -> Result<Vec<UserActor>> {
    let mut lines = text.lines().enumerate();
    let header = lines.next().map(|(_, l)| l).unwrap_or_default().to_string();
    let at = header_columns(file, &header)?;
    let width = header.split('\t').count();
    let mut out: Vec<UserActor> = Vec::new();
    for (n, line) in lines {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |reason: String| table::error(file, line_no, reason);
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() > width {
            return Err(err(format!(
                "{} tab-separated fields, the header names {width} columns",
                fields.len()
            )));
        }
        let get = |column: &str| {
            at.get(column)
                .and_then(|&k| fields.get(k))
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
        };
        let name = get("name").ok_or_else(|| err("empty name".into()))?;
        let kind = get("type").ok_or_else(|| err("empty type".into()))?;
        let kind = actor_type(kind).ok_or_else(|| {
            err(format!(
                "unknown type {kind:?} (person, organization, country, group, location)"
            ))
        })?;
        let code = get("code").unwrap_or("-");
        if code != "-" && !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(err(format!("code {code:?} is not a CAMEO code")));
        }
        if kind == ActorType::Country && code.len() != 3 {
            return Err(err(
                "a country needs its three-letter code (code column)".into()
            ));
        }
        let mut roles = Vec::new();
        for r in list(get("roles").unwrap_or_default()) {
            roles.push(role(lex, r).map_err(err)?);
        }
        if !roles.is_empty() && kind != ActorType::Person {
            return Err(err("only a person holds roles".into()));
        }
        let actor = UserActor {
            name: name.to_string(),
            kind,
            aliases: list(get("aliases").unwrap_or_default())
                .map(str::to_string)
                .collect(),
            affiliation: get("affiliation").map(str::to_string),
            roles,
            code: code.to_string(),
        };
        if out.iter().any(|a| a.name == actor.name) {
            return Err(err(format!("{name:?} is listed twice")));
        }
        if !actor.roles.is_empty() && country_code(lex, &out, &actor).is_none() {
            return Err(err(format!(
                "the roles of {name:?} need a country: a code, or a country as affiliation"
            )));
        }
        out.push(actor);
    }
    Ok(out)
}

/// The three-letter code of the country an actor's roles are held in: its code's, else
/// its affiliation's when that is a country (shipped, or listed before it).
fn country_code(lex: &Lexicon, before: &[UserActor], a: &UserActor) -> Option<String> {
    let of_code = a
        .code
        .get(..3)
        .filter(|c| lex.gazetteer.country_by_code(c).is_some());
    if let Some(c) = of_code {
        return Some(c.to_string());
    }
    let aff = a.affiliation.as_deref()?;
    if let Some(u) = before.iter().find(|u| u.name == aff) {
        return (u.kind == ActorType::Country).then(|| u.code.clone());
    }
    let e = lex.gazetteer.canonical(aff)?;
    (e.kind == ActorType::Country).then(|| e.code.get(..3).unwrap_or(e.code).to_string())
}

impl Lexicon {
    /// Adds the actors of a user's actors file to the gazetteer, in place of shipped
    /// actors of the same name and shipped rows of the same spelling; their affiliations
    /// and dated roles too. `file` names the file in errors.
    ///
    /// The file is TSV; its first line names the columns (any order, a leading `# `
    /// allowed): `name`, `type` (person, organization, country, group, location) and
    /// optionally `aliases` (separated by `|`), `affiliation` (the actor it belongs to),
    /// `roles` (offices with their terms, `prime minister 2007-06-27..2010-05-11`,
    /// separated by `|`; an open term `2024-07-05..`) and `code` (a CAMEO actor code; a
    /// country needs its three letters). Roles are held in the country of the code, else
    /// of the affiliation.
    ///
    /// ```
    /// use actorgraph::lexicon::Lexicon;
    ///
    /// let mut lexicon = Lexicon::load_default()?;
    /// let file = "name\ttype\taliases\taffiliation\n\
    ///             Acme Corp\torganization\tAcme|ACME Corporation\tUnited States\n";
    /// lexicon.add_actors("mine.tsv", file)?;
    /// assert_eq!(lexicon.gazetteer.lookup("Acme")[0].canonical, "Acme Corp");
    /// assert_eq!(lexicon.listed_affiliation("Acme Corp"), Some("United States"));
    /// # Ok::<(), actorgraph::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] naming the file and line of the first bad row (an
    /// unknown column or type, a role that is no title or has bad dates, an actor listed
    /// twice); the lexicon is then unchanged.
    pub fn add_actors(&mut self, file: &str, text: &str) -> Result<()> {
        let actors = parse_actors(self, file, text)?;
        let names: HashSet<&str> = actors.iter().map(|a| a.name.as_str()).collect();
        let mut keys: HashSet<String> = HashSet::default();
        let mut rows = super::table::header(super::columns::ACTORS);
        for a in &actors {
            let form = if a.kind == ActorType::Person {
                "member"
            } else {
                "name"
            };
            for surface in std::iter::once(&a.name).chain(&a.aliases) {
                keys.insert(key_of(surface));
                rows.push_str(&format!(
                    "{surface}\t{}\t{}\t{form}\t{}\n",
                    a.name, a.kind, a.code
                ));
            }
        }
        // the user's rows first: among rows of one spelling the first is preferred
        for line in self.gazetteer.source().lines() {
            let mut cols = line.split('\t');
            let (Some(surface), Some(canonical)) = (cols.next(), cols.next()) else {
                continue;
            };
            if line.starts_with('#') || names.contains(canonical) || keys.contains(&key_of(surface))
            {
                continue;
            }
            rows.push_str(line);
            rows.push('\n');
        }
        let gazetteer = super::Gazetteer::parse(&rows, &self.words)?;
        let mut offices = self.offices.clone();
        for a in &actors {
            let Some(country) = country_code(self, &actors, a) else {
                continue;
            };
            for (office, start, end) in &a.roles {
                offices.replace_term(
                    &country,
                    office,
                    Term {
                        holder: a.name.as_str().into(),
                        code: a.code.as_str().into(),
                        start: start.as_str().into(),
                        end: end.as_str().into(),
                    },
                );
            }
        }
        self.gazetteer = gazetteer;
        self.offices = offices;
        for a in actors {
            match a.affiliation {
                Some(org) => self.affiliations.insert(a.name.into(), org.into()),
                None => self.affiliations.remove(a.name.as_str()),
            };
        }
        Ok(())
    }

    /// The organization or country a user's actors file affiliates the actor `canonical`
    /// with.
    pub fn listed_affiliation(&self, canonical: &str) -> Option<&str> {
        self.affiliations.get(canonical).map(|s| &**s)
    }

    /// Adds the triggers of a user's triggers file (the columns of `triggers.tsv`: lemma,
    /// pos, object, cameo, class, goldstein, frame, source, under their column line) in
    /// place of shipped triggers of the same lemma and part of speech. `file` names the
    /// file in errors.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] naming the file and line of the first bad row; the
    /// lexicon is then unchanged.
    pub fn add_triggers(&mut self, file: &str, text: &str) -> Result<()> {
        self.triggers = super::Triggers::parse_user(file, text, &self.triggers)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::small;

    const HEADER: &str = "name\ttype\taliases\taffiliation\troles\n";

    #[test]
    fn user_actors_add_and_replace() {
        let mut lex = small();
        let text = format!(
            "{HEADER}Acme Corp\torganization\tAcme|ACME Corporation\t\t\n\
             # a comment\n\
             Hamas\tgroup\tIslamic Resistance Movement\tEgypt\t\n\
             Jane Roe\tperson\tRoe\tEgypt\tpresident 2014-06-08..2018-06-01\n"
        );
        lex.add_actors("mine.tsv", &text).unwrap();
        let acme = lex.gazetteer.lookup("acme corporation");
        assert_eq!(acme[0].canonical, "Acme Corp");
        assert_eq!(acme[0].kind, ActorType::Organization);
        // the shipped Hamas (an organization) is replaced by the user's group
        let hamas = lex.gazetteer.lookup("Hamas");
        assert_eq!(hamas.len(), 1);
        assert_eq!(hamas[0].kind, ActorType::Group);
        assert_eq!(lex.listed_affiliation("Hamas"), Some("Egypt"));
        // shipped rows of other actors stay
        assert_eq!(lex.gazetteer.lookup("Cairo")[0].canonical, "Egypt");
        let term = lex
            .offices
            .holder("EGY", "president", "2015-01-01")
            .unwrap();
        assert_eq!(&*term.holder, "Jane Roe");
        assert!(
            lex.offices
                .holder("EGY", "president", "2019-01-01")
                .is_none()
        );
    }

    #[test]
    fn a_bad_row_names_the_file_and_line_and_changes_nothing() {
        let cases = [
            ("name\tkind\n", "mine.tsv:1: unknown column \"kind\""),
            ("aliases\n", "mine.tsv:1: no \"name\" column"),
            (
                "name\ttype\nX\tperson\n\nY\tparty\n",
                "mine.tsv:4: unknown type \"party\"",
            ),
            ("name\ttype\n\tperson\n", "mine.tsv:2: empty name"),
            (
                "name\ttype\nX\tperson\textra\n",
                "mine.tsv:2: 3 tab-separated",
            ),
            (
                "name\ttype\troles\taffiliation\nX\tperson\tpresident 2014-13-01..\tEgypt\n",
                "mine.tsv:2: role \"president 2014-13-01..\" is not written",
            ),
            (
                "name\ttype\troles\taffiliation\nX\tperson\tbaker 2014-01-01..\tEgypt\n",
                "mine.tsv:2: \"baker\" is not a title",
            ),
            (
                "name\ttype\troles\nX\tperson\tpresident 2014-01-01..2015-01-01\n",
                "mine.tsv:2: the roles of \"X\" need a country",
            ),
            (
                "name\ttype\nX\tperson\nX\tgroup\n",
                "mine.tsv:3: \"X\" is listed twice",
            ),
            (
                "name\ttype\nNarnia\tcountry\n",
                "mine.tsv:2: a country needs",
            ),
        ];
        for (text, message) in cases {
            let mut lex = small();
            let before = lex.gazetteer.len();
            let err = lex.add_actors("mine.tsv", text).unwrap_err().to_string();
            assert!(err.starts_with(message), "{text:?}: {err}");
            assert_eq!(lex.gazetteer.len(), before);
        }
    }

    #[test]
    fn user_triggers_add_and_replace() {
        let mut lex = small();
        let text = "# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource\n\
                    snub\tverb\t-\t120\topposes\t-4.0\tobj\tuser\n\
                    meet\tverb\t-\t040\tbacks\t1.0\tobj\tuser\n";
        lex.add_triggers("t.tsv", text).unwrap();
        let snub = lex
            .triggers
            .get("snub", super::super::TriggerPos::Verb)
            .unwrap();
        assert_eq!(snub.class, Some(crate::domain::RelationKind::Opposes));
        let meet = lex
            .triggers
            .get("meet", super::super::TriggerPos::Verb)
            .unwrap();
        assert_eq!(meet.class, Some(crate::domain::RelationKind::Backs));
        assert!(
            lex.triggers
                .get("reject", super::super::TriggerPos::Verb)
                .is_some()
        );
        let columns = "# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource\n";
        let err = lex
            .add_triggers(
                "t.tsv",
                &format!("{columns}snub\tverb\t-\t120\topposes\tmuch\tobj\tuser\n"),
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.tsv:2: goldstein \"much\" is not a number"
        );
        let err = lex
            .add_triggers("t.tsv", &format!("{columns}snub\tverb\t120\n"))
            .unwrap_err();
        assert!(err.to_string().starts_with("t.tsv:2: expected 8"), "{err}");
        // the format line may be given; the lines are the file's either way
        let err = lex
            .add_triggers(
                "t.tsv",
                &format!("{}\n{columns}snub\tverb\t120\n", super::super::FORMAT_LINE),
            )
            .unwrap_err();
        assert!(err.to_string().starts_with("t.tsv:3: expected 8"), "{err}");
        let err = lex.add_triggers("t.tsv", "snub\tverb\t120\n").unwrap_err();
        assert!(
            err.to_string().starts_with("t.tsv:1: the columns must be"),
            "{err}"
        );
    }
}
