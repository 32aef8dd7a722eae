//! `sectors.tsv`: how an affiliation that only a dictionary code states reads on an edge,
//! per CAMEO sector ("member of the United States government", not "USAGOV").

use rustc_hash::FxHashMap as HashMap;

use super::table;
use crate::domain::ActorType;
use crate::error::Result;

/// The columns of `sectors.tsv`.
const COLUMNS: &[&str] = &["sector", "person", "organization"];

/// A person's and an organization's phrase of a sector; `None` where it does not apply.
type Phrases = (Option<Box<str>>, Option<Box<str>>);

/// Phrases per sector, with `{}` where the country goes.
#[derive(Debug, Clone, Default)]
pub struct Sectors {
    phrases: HashMap<Box<str>, Phrases>,
}

impl Sectors {
    /// Reads `sectors.tsv` (`file` names it in errors).
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] for a table of another format, or a phrase without `{}`.
    pub fn parse(file: &str, text: &str) -> Result<Sectors> {
        let mut phrases = HashMap::default();
        for row in table::rows(file, text, COLUMNS)? {
            let phrase = |k: usize| -> Result<Option<Box<str>>> {
                match row.fields[k] {
                    "-" => Ok(None),
                    p if p.contains("{}") => Ok(Some(p.into())),
                    p => Err(row.error(file, format!("{p:?} has no {{}} for the country"))),
                }
            };
            let entry = (phrase(1)?, phrase(2)?);
            phrases.insert(row.fields[0].into(), entry);
        }
        Ok(Sectors { phrases })
    }

    /// How a `kind` of the CAMEO `sector` of `country` reads: "member of the Egypt
    /// government"; "member of Egypt" for a sector without a phrase.
    pub fn describe(&self, sector: &str, kind: ActorType, country: &str) -> String {
        let phrase = self
            .phrases
            .get(sector)
            .and_then(|(person, org)| match kind {
                ActorType::Person => person.as_deref(),
                _ => org.as_deref(),
            });
        match phrase {
            Some(p) => p.replacen("{}", country, 1),
            None => format!("member of {country}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads_in_plain_words() {
        let s = Sectors::parse(
            "sectors.tsv",
            include_str!("../../assets/lexicon/sectors.tsv"),
        )
        .unwrap();
        assert_eq!(
            s.describe("GOV", ActorType::Person, "United States"),
            "member of the United States government"
        );
        assert_eq!(
            s.describe("MIL", ActorType::Organization, "Egypt"),
            "part of the Egypt military"
        );
        assert_eq!(
            s.describe("ELI", ActorType::Organization, "Peru"),
            "member of Peru"
        );
        let bad = table::header(COLUMNS) + "GOV\tgovernment member\t-\n";
        let err = Sectors::parse("s.tsv", &bad).unwrap_err().to_string();
        assert_eq!(
            err,
            "s.tsv:3: \"government member\" has no {} for the country"
        );
    }
}
