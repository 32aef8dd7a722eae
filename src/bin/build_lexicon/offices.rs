//! `offices.tsv`: who held which office of a country when, from the dated role codes of
//! the Phoenix country dictionary.
//!
//! A person's entry carries codes with date ranges (`[GBRGOV 070627-20100711]`) but does
//! not say which office a range is. The office comes from the entry itself:
//!
//! 1. a comment on the code's line naming the office ("`# Chancellor of Germany`",
//!    "`# PM`"): that range is that office's term;
//! 2. otherwise the titles the entry's own names carry ("`+PRIME_MINISTER_GORDON_BROWN_`",
//!    "`+US_PRESIDENT_GEORGE_W._BUSH`"): when they name exactly one office, it is the
//!    office of the entry's last government range (`CCCGOV`), the top of a career, and of
//!    no other.
//!
//! Only the offices of [`OFFICES`] (one holder at a time per country) are kept, under the
//! role the title table gives them ("premier" -> its role). An open range (`>090120`) ends
//! where the next holder's term starts, else on the last date the dictionary knows. The
//! holder is named by their canonical name in `actors.tsv`, so that "the chancellor" and
//! "Mrs Merkel" are one node. Rows are sorted; the step is deterministic.
//!
//! The curated table `curated/offices.tsv` (general world knowledge: heads of state and
//! government and some ministers since 1979 or 1990) is merged in: a curated term
//! replaces every dictionary term of the same country and office that overlaps it, since
//! the dictionaries' ranges are sometimes another post's ("James Baker" as secretary of
//! state from the day he left it).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use super::{ActorRow, Result, TitleRow, normalise_date, parse_actor_file, read_text};

/// Titles of offices that one person holds at a time in a country, as the title table
/// writes them (lower case).
pub(crate) const OFFICES: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "vice president",
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "home secretary",
    "defence secretary",
    "defense secretary",
    "king",
    "queen",
];

/// Abbreviations of offices in the dictionary's comments.
const ABBREVIATIONS: &[(&str, &str)] = &[("pm", "prime minister"), ("fm", "foreign minister")];

/// The dictionary's source file of country actors.
const COUNTRIES: &str = "Phoenix.Countries.actors.txt";

/// One term of an office.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct OfficeRow {
    pub(crate) country: String,
    pub(crate) office: String,
    /// yyyymmdd.
    pub(crate) start: u64,
    /// yyyymmdd; `None` while open.
    pub(crate) end: Option<u64>,
    pub(crate) holder: String,
    pub(crate) code: String,
}

/// A dated code on one line of an entry, with the comment of that line.
struct DatedCode {
    code: String,
    start: u64,
    end: Option<u64>,
    comment: String,
}

/// The dated codes of the lines `lines` (an entry's block).
fn dated_codes(lines: &[&str]) -> Vec<DatedCode> {
    let mut out = Vec::new();
    for line in lines {
        let (body, comment) = match line.find('#') {
            Some(i) => (&line[..i], line[i + 1..].trim()),
            None => (*line, ""),
        };
        let mut rest = body;
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            let Some(close) = after.find(']') else { break };
            let mut parts = after[..close].split_whitespace();
            let code = parts.next().unwrap_or_default().trim_start_matches('~');
            let date = parts.next().unwrap_or_default();
            let range = if let Some(d) = date.strip_prefix('>') {
                Some((normalise_date(d), None))
            } else if let Some((a, b)) = date.split_once('-') {
                Some((normalise_date(a), Some(normalise_date(b))))
            } else {
                None
            };
            if let Some((start, end)) = range {
                out.push(DatedCode {
                    code: code.to_string(),
                    start,
                    end,
                    comment: comment.to_lowercase(),
                });
            }
            rest = &after[close + 1..];
        }
    }
    out
}

/// A country's own government code: three letters and `GOV` ("GBRGOV"), not a sector of
/// it ("GBRGOVBUS") or another country's.
fn government_country(code: &str) -> Option<&str> {
    (code.len() == 6 && code.ends_with("GOV") && code[..3].bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| &code[..3])
}

/// The office a comment names: the office alone, an abbreviation of it, or the office
/// "of" the country (`country`, lower case): "chancellor of germany", "pm pt. 2".
fn comment_office(comment: &str, country: Option<&str>) -> Option<&'static str> {
    let text = comment.split(" pt.").next().unwrap_or_default().trim();
    if let Some(&(_, office)) = ABBREVIATIONS.iter().find(|(a, _)| *a == text) {
        return Some(office);
    }
    OFFICES.iter().copied().find(|office| {
        text == *office
            || country.is_some_and(|c| text.strip_prefix(office) == Some(&format!(" of {c}")))
    })
}

/// The offices that the names of an entry carry in front of the person's name:
/// "PRIME_MINISTER_GORDON_BROWN_" -> "prime minister"; a country's name or demonym
/// (`countries`, lower case) may stand first ("US_PRESIDENT_..."), but no other word
/// ("DEPUTY_SECRETARY_OF_STATE_..." names no office of the list).
fn name_offices(names: &[String], countries: &BTreeSet<String>) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    for name in names {
        let words: Vec<String> = name
            .split('_')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        'starts: for start in 0..words.len().min(3) {
            if !words[..start].iter().all(|w| countries.contains(w)) {
                break;
            }
            for office in OFFICES {
                let n = office.split(' ').count();
                if start + n < words.len() && words[start..start + n].join(" ") == *office {
                    out.insert(*office);
                    break 'starts;
                }
            }
        }
    }
    out
}

/// yyyymmdd as an ISO date, if it is one.
fn iso(date: u64) -> Option<String> {
    let (y, m, d) = (date / 10_000, date / 100 % 100, date % 100);
    ((1000..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The terms of offices in the country dictionary of `data`, their holders named as
/// `actors` names them and their offices as `titles` give their roles.
pub(crate) fn build_offices(
    data: &Path,
    actors: &[ActorRow],
    titles: &[TitleRow],
) -> Result<Vec<OfficeRow>> {
    let text = read_text(&data.join(COUNTRIES))?;
    let lines: Vec<&str> = text.lines().collect();
    let entries = parse_actor_file(&text);
    let canonical: BTreeMap<String, &str> = actors
        .iter()
        .filter(|a| a.kind == "person")
        .map(|a| (a.source.clone(), a.canonical.as_str()))
        .collect();
    let surfaces: BTreeMap<String, &str> = actors
        .iter()
        .filter(|a| a.kind == "person")
        .map(|a| (a.surface.to_lowercase(), a.canonical.as_str()))
        .collect();
    let country_name: BTreeMap<&str, String> = actors
        .iter()
        .filter(|a| a.kind == "country" && a.form == "name" && a.code.len() == 3)
        .map(|a| (a.code.as_str(), a.canonical.to_lowercase()))
        .collect();
    let countries: BTreeSet<String> = actors
        .iter()
        .filter(|a| a.kind == "country" && matches!(a.form.as_str(), "name" | "demonym"))
        .map(|a| a.surface.to_lowercase().replace(' ', "_"))
        .collect();
    let role = |office: &str| -> String {
        titles
            .iter()
            .find(|t| t.title == office)
            .map_or_else(|| office.to_string(), |t| t.role.to_lowercase())
    };
    let mut rows = Vec::new();
    let mut vintage = 0;
    for (k, entry) in entries.iter().enumerate() {
        let end_line = entries.get(k + 1).map_or(lines.len(), |e| e.line - 1);
        let block = &lines[entry.line - 1..end_line.max(entry.line)];
        let codes = dated_codes(block);
        // the last day the dictionary knows: its latest valid start
        for c in codes.iter().filter(|c| iso(c.start).is_some()) {
            vintage = vintage.max(c.start);
        }
        // the person as the gazetteer names them: the row made from this entry, else the
        // row with one of the entry's names as its surface
        let by_surface = || {
            entry.names.iter().find_map(|n| {
                let name = n.trim_start_matches('+').replace('_', " ");
                surfaces.get(name.trim().to_lowercase().as_str()).copied()
            })
        };
        let Some(holder) = canonical
            .get(&format!("Countries:{}", entry.line))
            .copied()
            .or_else(by_surface)
        else {
            continue;
        };
        let governments: Vec<(&DatedCode, &str)> = codes
            .iter()
            .filter_map(|c| government_country(&c.code).map(|country| (c, country)))
            .collect();
        let commented: Vec<(&DatedCode, &str, &str)> = governments
            .iter()
            .filter_map(|&(c, country)| {
                let name = country_name.get(country).map(String::as_str);
                comment_office(&c.comment, name).map(|office| (c, country, office))
            })
            .collect();
        let terms: Vec<(&DatedCode, &str, &str)> = if !commented.is_empty() {
            commented
        } else {
            let offices = name_offices(&entry.names, &countries);
            let last = governments.iter().max_by_key(|(c, _)| c.start);
            match (offices.len(), last) {
                (1, Some(&(c, country))) => {
                    vec![(c, country, *offices.iter().next().expect("one office"))]
                }
                _ => Vec::new(),
            }
        };
        for (c, country, office) in terms {
            rows.push(OfficeRow {
                country: country.to_string(),
                office: role(office),
                start: c.start,
                end: c.end,
                holder: holder.to_string(),
                code: c.code.clone(),
            });
        }
    }
    // an open term ends where the next holder's starts, else when the dictionary does
    rows.sort();
    for i in 0..rows.len() {
        if rows[i].end.is_none() {
            let next = rows[i + 1..]
                .iter()
                .find(|r| r.country == rows[i].country && r.office == rows[i].office)
                .map(|r| r.start);
            rows[i].end = Some(next.unwrap_or(vintage).max(rows[i].start));
        }
    }
    rows.retain(|r| {
        iso(r.start).is_some() && r.end.and_then(iso).is_some() && r.end >= Some(r.start)
    });
    rows.dedup();
    Ok(rows)
}

/// The columns of `curated/offices.tsv` (as of `offices.tsv`).
const CURATED_COLUMNS: &[&str] = &["country", "office", "holder", "code", "start", "end"];

/// `yyyy-mm-dd` as yyyymmdd, if it is a date.
fn parse_iso(date: &str) -> Option<u64> {
    let digits: String = date.split('-').collect();
    (date.len() == 10 && digits.len() == 8)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|&d| iso(d).is_some())
}

/// The terms of `curated/offices.tsv` (`rows`: its fields, `file` names it in errors),
/// one row per office key ("defense secretary|secretary of defense" is two); every holder
/// must be a person of `actors` by canonical name.
fn curated_terms(file: &str, rows: &[Vec<String>], actors: &[ActorRow]) -> Result<Vec<OfficeRow>> {
    let people: BTreeSet<&str> = actors
        .iter()
        .filter(|a| a.kind == "person")
        .map(|a| a.canonical.as_str())
        .collect();
    let mut out = Vec::new();
    for (n, f) in rows.iter().enumerate() {
        let at = format!("{file}: row {}", n + 1);
        let (Some(start), Some(end)) = (parse_iso(&f[4]), parse_iso(&f[5])) else {
            return Err(format!("{at}: dates must be written YYYY-MM-DD"));
        };
        if end < start {
            return Err(format!("{at}: the term ends before it starts"));
        }
        if !people.contains(f[2].as_str()) {
            return Err(format!(
                "{at}: the holder {:?} is no person of the gazetteer (add a row to curated/actors.tsv)",
                f[2]
            ));
        }
        for office in f[1].split('|').map(str::trim).filter(|o| !o.is_empty()) {
            out.push(OfficeRow {
                country: f[0].clone(),
                office: office.to_string(),
                start,
                end: Some(end),
                holder: f[2].clone(),
                code: f[3].clone(),
            });
        }
    }
    Ok(out)
}

/// The dictionary's `rows` with the `curated` terms in place of those of the same country
/// and office that they overlap, sorted.
fn merge_curated(rows: Vec<OfficeRow>, curated: Vec<OfficeRow>) -> Vec<OfficeRow> {
    let overlaps = |r: &OfficeRow, c: &OfficeRow| {
        r.country == c.country
            && r.office == c.office
            && r.start <= c.end.unwrap_or(u64::MAX)
            && c.start <= r.end.unwrap_or(u64::MAX)
    };
    let mut out: Vec<OfficeRow> = rows
        .into_iter()
        .filter(|r| !curated.iter().any(|c| overlaps(r, c)))
        .collect();
    out.extend(curated);
    out.sort();
    out.dedup();
    out
}

/// The versioned table of `rows`.
pub(crate) fn render_offices(rows: &[OfficeRow]) -> String {
    let mut out = String::from(
        "#actorgraph-lexicon v1\n# country\toffice\tholder\tcode\tstart\tend\n\
         # Generated by build_lexicon (offices.rs) from the dated role codes of\n\
         # Phoenix.Countries.actors.txt (MIT licence, see NOTICE), and the curated terms of\n\
         # curated/offices.tsv in place of those they overlap. Do not edit by hand.\n",
    );
    for r in rows {
        let (Some(start), Some(end)) = (iso(r.start), r.end.and_then(iso)) else {
            continue;
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{start}\t{end}",
            r.country, r.office, r.holder, r.code
        );
    }
    out
}

/// Builds `offices.tsv` into `out` from the dictionaries in `data` and the curated terms
/// in `curated`.
pub(crate) fn write_offices(
    data: &Path,
    curated: &Path,
    actors: &[ActorRow],
    titles: &[TitleRow],
    out: &Path,
) -> Result<()> {
    let path = curated.join("offices.tsv");
    let fields = super::curated::read_tsv(&path, CURATED_COLUMNS)?;
    let terms = curated_terms(&path.display().to_string(), &fields, actors)?;
    let rows = merge_curated(build_offices(data, actors, titles)?, terms);
    let path = out.join("offices.tsv");
    std::fs::write(&path, render_offices(&rows)).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("offices.tsv: {} rows", rows.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_come_from_comments_or_from_the_titles_of_the_names() {
        let names = |ns: &[&str]| ns.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let countries = BTreeSet::from(["us".to_string(), "american".to_string()]);
        let offices = |ns: &[&str]| name_offices(&names(ns), &countries);
        assert_eq!(
            offices(&["GORDON_BROWN_", "PRIME_MINISTER_GORDON_BROWN_"]),
            BTreeSet::from(["prime minister"])
        );
        assert_eq!(
            offices(&["US_PRESIDENT_GEORGE_W._BUSH", "GOVERNOR_BUSH"]),
            BTreeSet::from(["president"])
        );
        assert_eq!(
            offices(&["US_VICE_PRESIDENT_JOE_BIDEN"]),
            BTreeSet::from(["vice president"])
        );
        assert!(offices(&["PRESIDENT-ELECT_OBAMA", "SENATOR_OBAMA"]).is_empty());
        assert!(offices(&["DEPUTY_SECRETARY_OF_STATE_STROBE_TALBOTT"]).is_empty());
        assert_eq!(
            comment_office("chancellor of germany", Some("germany")),
            Some("chancellor")
        );
        assert_eq!(comment_office("pm pt. 2", None), Some("prime minister"));
        assert_eq!(
            comment_office("prime minister of lower saxony", Some("germany")),
            None
        );
        assert_eq!(government_country("GBRGOV"), Some("GBR"));
        assert_eq!(government_country("GBRGOVBUS"), None);
    }

    fn row(office: &str, holder: &str, start: u64, end: u64) -> OfficeRow {
        OfficeRow {
            country: "GBR".into(),
            office: office.into(),
            start,
            end: Some(end),
            holder: holder.into(),
            code: "GBRGOV".into(),
        }
    }

    #[test]
    fn curated_terms_replace_the_dictionary_terms_they_overlap() {
        let actors: Vec<ActorRow> = ["Tony Blair", "Gordon Brown"]
            .iter()
            .map(|name| ActorRow {
                surface: name.to_string(),
                canonical: name.to_string(),
                kind: "person".into(),
                form: "member".into(),
                code: "GBRGOV".into(),
                rank: 0,
                seq: 0,
                source: String::new(),
            })
            .collect();
        let fields = |f: &[&str]| f.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let curated = curated_terms(
            "c.tsv",
            &[
                fields(&[
                    "GBR",
                    "prime minister",
                    "Gordon Brown",
                    "GBRGOV",
                    "2007-06-27",
                    "2010-05-11",
                ]),
                fields(&[
                    "GBR",
                    "chancellor|chancellor of the exchequer",
                    "Gordon Brown",
                    "GBRGOV",
                    "1997-05-02",
                    "2007-06-27",
                ]),
            ],
            &actors,
        )
        .unwrap();
        assert_eq!(curated.len(), 3);
        let phoenix = vec![
            // a wrong end, replaced
            row("prime minister", "Gordon Brown", 20070627, 20100711),
            // no overlap with a curated term: kept
            row("prime minister", "Tony Blair", 19970502, 20070626),
            row("foreign secretary", "Tony Blair", 20070627, 20100711),
        ];
        let merged = merge_curated(phoenix, curated);
        assert_eq!(merged.len(), 5);
        assert!(merged.contains(&row("prime minister", "Gordon Brown", 20070627, 20100511)));
        assert!(!merged.contains(&row("prime minister", "Gordon Brown", 20070627, 20100711)));
        assert!(merged.contains(&row("prime minister", "Tony Blair", 19970502, 20070626)));
        assert!(merged.contains(&row(
            "chancellor of the exchequer",
            "Gordon Brown",
            19970502,
            20070627
        )));
        // a holder the gazetteer does not know, or bad dates, are errors
        let e = curated_terms(
            "c.tsv",
            &[fields(&[
                "GBR",
                "king",
                "Nobody",
                "GBRGOV",
                "2001-01-01",
                "2002-01-01",
            ])],
            &actors,
        )
        .unwrap_err();
        assert!(e.contains("\"Nobody\" is no person"), "{e}");
        let e = curated_terms(
            "c.tsv",
            &[fields(&[
                "GBR",
                "king",
                "Tony Blair",
                "GBRGOV",
                "2001",
                "2002-01-01",
            ])],
            &actors,
        )
        .unwrap_err();
        assert!(e.starts_with("c.tsv: row 1: dates"), "{e}");
    }

    #[test]
    fn dated_codes_keep_their_line_comment_and_dates() {
        let codes = dated_codes(&[
            "\t[GBRGOV 070627-20100711] # PM",
            "\t[USAGOV >090120]",
            "\t[USAELI]",
        ]);
        assert_eq!(codes.len(), 2);
        assert_eq!((codes[0].start, codes[0].end), (20070627, Some(20100711)));
        assert_eq!(codes[0].comment, "pm");
        assert_eq!((codes[1].start, codes[1].end), (20090120, None));
        assert_eq!(iso(20090120).as_deref(), Some("2009-01-20"));
        assert_eq!(iso(20090100), None);
    }
}
