//! The hand-curated supplements (`assets/lexicon/curated/`) and the vocabulary of words
//! they and the agent dictionary make known.

use super::*;

/// One row of `curated/countries.tsv`.
pub(crate) struct CountryInfo {
    pub(crate) code: String,
    pub(crate) canonical: String,
    pub(crate) kind: String,
    pub(crate) names: Vec<String>,
    pub(crate) demonyms: Vec<String>,
    pub(crate) plurals: Vec<String>,
    pub(crate) capitals: Vec<String>,
}

pub(crate) struct VerbOverride {
    pub(crate) action: String,
    pub(crate) cameo: String,
    pub(crate) class: String,
    pub(crate) frame: String,
}

#[derive(Default)]
pub(crate) struct Curated {
    pub(crate) countries: Vec<CountryInfo>,
    pub(crate) actors: Vec<[String; 5]>,
    pub(crate) exclude: BTreeSet<String>,
    pub(crate) acronyms: BTreeSet<String>,
    pub(crate) given_names: BTreeSet<String>,
    pub(crate) agents: Vec<[String; 3]>,
    pub(crate) titles: Vec<[String; 4]>,
    pub(crate) triggers: Vec<[String; 5]>,
    pub(crate) verb_overrides: BTreeMap<String, VerbOverride>,
}

/// Reads a curated TSV file: `#` lines are comments, every other line has `columns` fields.
pub(crate) fn read_tsv(path: &Path, columns: usize) -> Result<Vec<Vec<String>>> {
    let text = read_text(path)?;
    let mut rows = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<String> = line.split('\t').map(|f| f.trim().to_string()).collect();
        if fields.len() != columns {
            return Err(format!(
                "{}:{}: expected {columns} tab-separated fields, found {}",
                path.display(),
                number + 1,
                fields.len()
            ));
        }
        rows.push(fields);
    }
    Ok(rows)
}

pub(crate) fn split_list(field: &str) -> Vec<String> {
    if field == "-" {
        return Vec::new();
    }
    field
        .split('|')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

pub(crate) fn to_array<const N: usize>(row: Vec<String>) -> [String; N] {
    row.try_into().expect("column count checked by read_tsv")
}

impl Curated {
    pub(crate) fn load(dir: &Path) -> Result<Curated> {
        let countries = read_tsv(&dir.join("countries.tsv"), 7)?
            .into_iter()
            .map(|r| CountryInfo {
                code: r[0].clone(),
                canonical: r[1].clone(),
                kind: r[2].clone(),
                names: split_list(&r[3]),
                demonyms: split_list(&r[4]),
                plurals: split_list(&r[5]),
                capitals: split_list(&r[6]),
            })
            .collect();
        let actors = read_tsv(&dir.join("actors.tsv"), 5)?
            .into_iter()
            .map(to_array)
            .collect();
        let exclude = read_tsv(&dir.join("exclude.tsv"), 2)?
            .into_iter()
            .map(|r| r[0].to_lowercase())
            .collect();
        let acronyms = read_tsv(&dir.join("acronyms.tsv"), 1)?
            .into_iter()
            .map(|r| r[0].clone())
            .collect();
        let given_names = read_tsv(&dir.join("given_names.tsv"), 1)?
            .into_iter()
            .map(|r| r[0].to_uppercase())
            .collect();
        let agents = read_tsv(&dir.join("agents.tsv"), 3)?
            .into_iter()
            .map(to_array)
            .collect();
        let titles = read_tsv(&dir.join("titles.tsv"), 4)?
            .into_iter()
            .map(to_array)
            .collect();
        let triggers = read_tsv(&dir.join("triggers.tsv"), 5)?
            .into_iter()
            .map(to_array)
            .collect();
        let verb_overrides = read_tsv(&dir.join("verb_overrides.tsv"), 5)?
            .into_iter()
            .map(|r| {
                (
                    r[0].clone(),
                    VerbOverride {
                        action: r[1].clone(),
                        cameo: r[2].clone(),
                        class: r[3].clone(),
                        frame: r[4].clone(),
                    },
                )
            })
            .collect();
        Ok(Curated {
            countries,
            actors,
            exclude,
            acronyms,
            given_names,
            agents,
            titles,
            triggers,
            verb_overrides,
        })
    }
}

/// Word sets shared by the actor rules: what counts as a title, an agent noun, a country word.
pub(crate) struct Vocabulary {
    /// Upper-case words that introduce or qualify a role ("PRESIDENT", "FORMER", "EGYPTIAN").
    pub(crate) role_words: BTreeSet<String>,
    /// Lower-case agent nouns and titles: never actor names on their own.
    pub(crate) generic_nouns: BTreeSet<String>,
    pub(crate) acronyms: BTreeSet<String>,
}

impl Vocabulary {
    pub(crate) fn new(curated: &Curated, agents: &[AgentRow], titles: &[TitleRow]) -> Vocabulary {
        let mut role_words = BTreeSet::new();
        for t in titles {
            if t.title.contains('.') {
                continue;
            }
            for w in t.title.split([' ', '-']) {
                if !matches!(w, "of" | "the" | "for" | "and" | "to" | "on" | "in") {
                    role_words.insert(w.to_uppercase());
                }
            }
        }
        for w in [
            "FORMER",
            "EX",
            "ACTING",
            "LATE",
            "INTERIM",
            "DEPUTY",
            "VICE",
            "SENIOR",
            "TOP",
            "NEW",
            "SHEIKH",
            "SHEIK",
            "SHAIKH",
            "SAYYID",
            "SAYYED",
            "SEYYED",
            "MULLAH",
            "MAWLAWI",
            "HAJI",
            "HAJJI",
            "MR",
            "MR.",
            "MRS",
            "MRS.",
            "DR",
            "DR.",
            "SIR",
            "LORD",
            "LADY",
            "BARON",
            "BARONESS",
            "DATUK",
            "DATO",
            "TUN",
            "PENGIRAN",
            "SECY",
            "SEC.",
            "GEN",
            "GEN.",
            "GENERAL",
            "SECRETARY-GENERAL",
            "SECRETARY",
            "PRESIDENT",
            "PM",
            "EX-SOVIET",
            "CONGRESSMAN",
            "REPRESENTATIVE",
            "SPOKESMAN",
            "SPOKESWOMAN",
            "OFFICIAL",
            "CHIEF",
            "LEADER",
            "MINISTER",
            "PREMIER",
            "CHAIRMAN",
            "AYATOLLAH",
            "GRAND",
        ] {
            role_words.insert(w.to_string());
        }
        let mut generic_nouns = BTreeSet::new();
        for a in agents {
            generic_nouns.insert(a.noun.clone());
        }
        for t in titles {
            generic_nouns.insert(t.title.clone());
            generic_nouns.insert(pluralize(&t.title));
        }
        let acronyms = curated.acronyms.clone();
        Vocabulary {
            role_words,
            generic_nouns,
            acronyms,
        }
    }
}
