//! Offices and their holders over time, read from `assets/lexicon/offices.tsv`.
//!
//! ```text
//! #actorgraph-lexicon v1
//! # country<TAB>office<TAB>holder<TAB>code<TAB>start<TAB>end
//! GBR<TAB>prime minister<TAB>Gordon Brown<TAB>GBRGOV<TAB>2007-06-27<TAB>2010-07-11
//! ```
//!
//! One row per term: the country's three-letter CAMEO code, the office as a lower-case
//! title ("prime minister", "chancellor"), the holder's canonical name in the gazetteer,
//! their code, and the first and last day of the term (ISO dates). The table is generated
//! from the dated role codes of the Phoenix dictionaries (`build_lexicon`, module
//! `offices`). "The chancellor" in an article of a given date is the one holder of the
//! office that day, or no one.

use rustc_hash::FxHashMap as HashMap;

use super::table;
use crate::error::Result;

/// The columns of `offices.tsv`.
pub(crate) const COLUMNS: &[&str] = &["country", "office", "holder", "code", "start", "end"];

/// One term of an office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The holder's canonical name: "Gordon Brown".
    pub holder: Box<str>,
    /// The holder's CAMEO code: "GBRGOV".
    pub code: Box<str>,
    /// First day, `YYYY-MM-DD`.
    pub start: Box<str>,
    /// Last day, `YYYY-MM-DD`.
    pub end: Box<str>,
}

/// Every office's terms, by country code and office.
#[derive(Debug, Clone, Default)]
pub struct Offices {
    terms: HashMap<(Box<str>, Box<str>), Vec<Term>>,
}

/// A date as the table writes it: `YYYY-MM-DD`.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

impl Offices {
    /// Reads `offices.tsv` (`file` names it in errors).
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] for a table of another format, a date that is not
    /// `YYYY-MM-DD`, or a term that ends before it starts.
    pub fn parse(file: &str, text: &str) -> Result<Offices> {
        let mut terms: HashMap<(Box<str>, Box<str>), Vec<Term>> = HashMap::default();
        table::for_each_row(file, text, COLUMNS, |row| {
            let f = &row.fields;
            let (start, end) = (f[4], f[5]);
            if !is_date(start) || !is_date(end) {
                return Err(row.error(file, "dates must be written YYYY-MM-DD"));
            }
            if end < start {
                return Err(row.error(file, format!("the term ends ({end}) before it starts")));
            }
            terms
                .entry((f[0].into(), f[1].into()))
                .or_default()
                .push(Term {
                    holder: f[2].into(),
                    code: f[3].into(),
                    start: start.into(),
                    end: end.into(),
                });
            Ok(())
        })?;
        Ok(Offices { terms })
    }

    /// Adds a term of `office` in `country`, in place of the terms it overlaps: two
    /// holders on one day would resolve the office to no one.
    pub(crate) fn replace_term(&mut self, country: &str, office: &str, term: Term) {
        let terms = self
            .terms
            .entry((country.into(), office.into()))
            .or_default();
        terms.retain(|t| t.end < term.start || term.end < t.start);
        terms.push(term);
    }

    /// The country has the office at all.
    pub fn has(&self, country: &str, office: &str) -> bool {
        self.terms.contains_key(&(country.into(), office.into()))
    }

    /// Every term of `office` (lower case) in the country of CAMEO code `country`, at any
    /// time.
    pub fn terms(&self, country: &str, office: &str) -> &[Term] {
        self.terms
            .get(&(country.into(), office.into()))
            .map_or(&[], Vec::as_slice)
    }

    /// `holder` held `office` (lower case) at some time in a country other than the one of
    /// CAMEO code `country` ("Ehud Olmert" held "prime minister" outside Britain).
    pub fn held_elsewhere(&self, country: &str, office: &str, holder: &str) -> bool {
        self.terms.iter().any(|((c, o), terms)| {
            &**c != country && &**o == office && terms.iter().any(|t| &*t.holder == holder)
        })
    }

    /// `a` and `b` are two keys of one office of `country`: the same terms
    /// ("chancellor" and "chancellor of the exchequer" in Britain).
    pub fn same_office(&self, country: &str, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        let (ta, tb) = (self.terms(country, a), self.terms(country, b));
        !ta.is_empty() && ta.len() == tb.len() && ta.iter().all(|t| tb.contains(t))
    }

    /// The one holder of `office` (lower case) in the country of CAMEO code `country` on
    /// `date` (`YYYY-MM-DD`): `None` when no one, or more than one, held it that day.
    pub fn holder(&self, country: &str, office: &str, date: &str) -> Option<&Term> {
        if !is_date(date) {
            return None;
        }
        let terms = self.terms.get(&(country.into(), office.into()))?;
        let mut on = terms
            .iter()
            .filter(|t| &*t.start <= date && date <= &*t.end);
        let first = on.next()?;
        on.next().is_none().then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &str) -> String {
        table::header(COLUMNS) + rows
    }

    #[test]
    fn the_holder_on_a_date_is_the_one_whose_term_covers_it() {
        let offices = Offices::parse(
            "o.tsv",
            &table(
                "GBR\tprime minister\tTony Blair\tGBRGOV\t1997-05-02\t2007-06-27\n\
                 GBR\tprime minister\tGordon Brown\tGBRGOV\t2007-06-27\t2010-07-11\n",
            ),
        )
        .unwrap();
        let holder = |date| {
            offices
                .holder("GBR", "prime minister", date)
                .map(|t| &*t.holder)
        };
        assert_eq!(holder("2005-03-01"), Some("Tony Blair"));
        assert_eq!(holder("2008-01-01"), Some("Gordon Brown"));
        // the day of a handover has two holders: no guess
        assert_eq!(holder("2007-06-27"), None);
        assert_eq!(holder("2012-01-01"), None);
        assert_eq!(holder("2005"), None);
        assert!(offices.has("GBR", "prime minister"));
        assert_eq!(offices.terms("GBR", "prime minister").len(), 2);
        assert!(offices.terms("GBR", "king").is_empty());
        assert!(offices.same_office("GBR", "king", "king"));
        assert!(!offices.same_office("GBR", "prime minister", "king"));
        assert!(
            offices
                .holder("DEU", "prime minister", "2005-03-01")
                .is_none()
        );
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = Offices::parse("o.tsv", &table("GBR\tking\tX\tGBRGOV\t2005\t2006-01-01\n"))
            .unwrap_err();
        assert_eq!(err.to_string(), "o.tsv:3: dates must be written YYYY-MM-DD");
        let err = Offices::parse(
            "o.tsv",
            &table("GBR\tking\tX\tGBRGOV\t2006-01-01\t2005-01-01\n"),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("ends (2005-01-01) before"),
            "{err}"
        );
    }
}
