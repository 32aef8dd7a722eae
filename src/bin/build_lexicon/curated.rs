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

/// One row of `curated/verb_review.tsv`: the decision on a sense of a CAMEO verb.
#[derive(Clone, Debug)]
pub(crate) struct VerbReview {
    pub(crate) lemma: String,
    /// `-` for the verb's own sense, else the object of an object sense.
    pub(crate) object: String,
    /// `keep`, `drop` or `set`.
    pub(crate) action: String,
    pub(crate) cameo: String,
    pub(crate) class: String,
    pub(crate) frame: String,
    pub(crate) reason: String,
}

/// The columns of the curated tables (each a versioned table, see
/// `actorgraph::lexicon::read_table`).
pub(crate) mod curated_columns {
    pub(crate) const COUNTRIES: &[&str] = &[
        "code",
        "canonical",
        "type",
        "names",
        "demonyms",
        "demonym_plurals",
        "capitals",
    ];
    pub(crate) const ACTORS: &[&str] = &["surface", "canonical", "type", "form", "code"];
    pub(crate) const SEATS: &[&str] = &["surface", "country", "reason"];
    pub(crate) const EXCLUDE: &[&str] = &["surface", "reason"];
    pub(crate) const ACRONYMS: &[&str] = &["word"];
    pub(crate) const GIVEN_NAMES: &[&str] = &["name"];
    pub(crate) const AGENTS: &[&str] = &["noun", "sector", "kind"];
    pub(crate) const TITLES: &[&str] = &["title", "role", "sector", "head"];
    pub(crate) const TRIGGERS: &[&str] = &["lemma", "pos", "object", "cameo", "class", "frame"];
    pub(crate) const VERB_REVIEW: &[&str] = &[
        "lemma", "object", "action", "cameo", "class", "frame", "reason",
    ];
}

#[derive(Default)]
pub(crate) struct Curated {
    pub(crate) countries: Vec<CountryInfo>,
    pub(crate) actors: Vec<[String; 5]>,
    /// `seats.tsv`: a seat of government and its country's code (the reason dropped).
    pub(crate) seats: Vec<(String, String)>,
    pub(crate) exclude: BTreeSet<String>,
    pub(crate) acronyms: BTreeSet<String>,
    pub(crate) given_names: BTreeSet<String>,
    pub(crate) agents: Vec<[String; 3]>,
    pub(crate) titles: Vec<[String; 4]>,
    pub(crate) triggers: Vec<[String; 6]>,
    pub(crate) verb_review: Vec<VerbReview>,
}

/// Reads a curated table: a versioned table (`#actorgraph-lexicon v1`, then exactly
/// `columns`), its fields trimmed.
pub(crate) fn read_tsv(path: &Path, columns: &[&str]) -> Result<Vec<Vec<String>>> {
    let text = read_text(path)?;
    let file = path.display().to_string();
    let rows = read_table(&file, &text, columns).map_err(|e| e.to_string())?;
    Ok(rows
        .into_iter()
        .map(|r| r.fields.iter().map(|f| f.trim().to_string()).collect())
        .collect())
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
        let countries = read_tsv(&dir.join("countries.tsv"), curated_columns::COUNTRIES)?
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
        let actors = read_tsv(&dir.join("actors.tsv"), curated_columns::ACTORS)?
            .into_iter()
            .map(to_array)
            .collect();
        let seats = read_tsv(&dir.join("seats.tsv"), curated_columns::SEATS)?
            .into_iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect();
        let exclude = read_tsv(&dir.join("exclude.tsv"), curated_columns::EXCLUDE)?
            .into_iter()
            .map(|r| r[0].to_lowercase())
            .collect();
        let acronyms = read_tsv(&dir.join("acronyms.tsv"), curated_columns::ACRONYMS)?
            .into_iter()
            .map(|r| r[0].clone())
            .collect();
        let given_names = read_tsv(&dir.join("given_names.tsv"), curated_columns::GIVEN_NAMES)?
            .into_iter()
            .map(|r| r[0].to_uppercase())
            .collect();
        let agents = read_tsv(&dir.join("agents.tsv"), curated_columns::AGENTS)?
            .into_iter()
            .map(to_array)
            .collect();
        let titles = read_tsv(&dir.join("titles.tsv"), curated_columns::TITLES)?
            .into_iter()
            .map(to_array)
            .collect();
        let triggers = read_tsv(&dir.join("triggers.tsv"), curated_columns::TRIGGERS)?
            .into_iter()
            .map(to_array)
            .collect();
        let verb_review = read_tsv(&dir.join("verb_review.tsv"), curated_columns::VERB_REVIEW)?
            .into_iter()
            .map(|r| VerbReview {
                lemma: r[0].clone(),
                object: r[1].clone(),
                action: r[2].clone(),
                cameo: r[3].clone(),
                class: r[4].clone(),
                frame: r[5].clone(),
                reason: r[6].clone(),
            })
            .collect();
        Ok(Curated {
            countries,
            actors,
            seats,
            exclude,
            acronyms,
            given_names,
            agents,
            titles,
            triggers,
            verb_review,
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
