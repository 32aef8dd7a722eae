//! The lexicon: the actor gazetteer, agent nouns, titles and relation triggers.
//!
//! The data lives in `assets/lexicon/*.tsv`, generated from the PETRARCH2 / Phoenix actor
//! dictionaries, the CAMEO verb dictionary, WordNet and VerbNet by `cargo run --release
//! --features train --bin build_lexicon` (see `assets/lexicon/README.md`), and is embedded
//! in the binary. Every file is a versioned table ([`read_table`]): a table of another
//! format, with other columns or a bad value is an error naming the file and line. Loading
//! parses the tables once into hash maps keyed by lower-case token sequences.

mod constructions;
mod gazetteer;
mod index_io;
mod offices;
mod polarity;
mod sectors;
mod table;
mod triggers;
mod user;
mod words;

use rustc_hash::FxHashMap as HashMap;

pub use constructions::{Construction, ConstructionCode, Constructions};
pub use gazetteer::{ActorEntry, ActorMatch, Form, Gazetteer};
pub use offices::{Offices, Term};
pub use polarity::Polarity;
pub use sectors::Sectors;
pub(crate) use table::read_map;
pub use table::{FORMAT_LINE, TableRow, columns, for_each_row, header, read_table};
pub use triggers::{
    FRAME_PREPOSITIONS, Frame, TRIGGER_SOURCES, Trigger, TriggerObject, TriggerPos, Triggers,
};
pub use words::{WordClass, Words};

use crate::domain::ActorType;
use crate::error::Result;

/// An agent noun: "officials", "troops", "government".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// CAMEO agent sector: GOV, MIL, COP, REB, ...
    pub sector: Box<str>,
    /// True for bodies or groups that stand for their country or organization
    /// ("officials", "government"), false for one person ("official", "spokesman").
    pub collective: bool,
}

/// A title or role: "prime minister", "secretary of state", "chief".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The role as written in the graph: "Prime Minister".
    pub role: Box<str>,
    /// CAMEO sector, `-` for honorifics.
    pub sector: Box<str>,
    /// The holder leads what the title is attached to (president, chief, leader).
    pub head: bool,
    /// An honorific (Mr, Sir, Dr): part of how a name is written, not a role.
    pub honorific: bool,
}

/// The whole lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Actor names, demonyms, capitals.
    pub gazetteer: Gazetteer,
    agents: HashMap<Box<str>, Agent>,
    titles: HashMap<Box<str>, Title>,
    /// First word of a title -> the most words of a title starting with it.
    title_first: HashMap<Box<str>, usize>,
    /// Relation triggers.
    pub triggers: Triggers,
    verb_forms: HashMap<Box<str>, Box<str>>,
    /// The word classes the extraction rules key on.
    pub words: Words,
    /// Codes of the relations that constructions state.
    pub constructions: Constructions,
    /// Offices and their holders over time.
    pub offices: Offices,
    /// How an affiliation by dictionary code reads, per sector.
    pub sectors: Sectors,
    /// Words English writes as common words (`common_words.tsv`, lower case).
    common_words: rustc_hash::FxHashSet<Box<str>>,
    /// WordNet's person nouns the agent table lacks (`person_nouns.tsv`, lower case): true
    /// for a plural.
    person_nouns: rustc_hash::FxHashMap<Box<str>, bool>,
    /// Affiliations of the user's actors: member -> organization or country.
    affiliations: HashMap<Box<str>, Box<str>>,
    /// Valence of evaluative words, for the stance rules (`polarity.tsv`).
    pub polarity: Polarity,
    /// Whether the stance rules run: the trigger class `stance` is kept.
    stance: bool,
}

/// The agent nouns, the titles, and the most words of a title by its first word.
type NameTables = (
    HashMap<Box<str>, Agent>,
    HashMap<Box<str>, Title>,
    HashMap<Box<str>, usize>,
);

/// The shipped tables, in the order of [`LexiconSources`]' fields.
const SHIPPED: [&str; 12] = [
    include_str!("../../assets/lexicon/actors.tsv"),
    include_str!("../../assets/lexicon/agents.tsv"),
    include_str!("../../assets/lexicon/titles.tsv"),
    include_str!("../../assets/lexicon/triggers.tsv"),
    include_str!("../../assets/lexicon/object_sets.tsv"),
    include_str!("../../assets/lexicon/verb_forms.tsv"),
    include_str!("../../assets/lexicon/words.tsv"),
    include_str!("../../assets/lexicon/constructions.tsv"),
    include_str!("../../assets/lexicon/offices.tsv"),
    include_str!("../../assets/lexicon/sectors.tsv"),
    include_str!("../../assets/lexicon/common_words.tsv"),
    include_str!("../../assets/lexicon/person_nouns.tsv"),
];

/// `actors.tsv` precompiled (see `gazetteer/index.rs`).
static ACTORS_INDEX: &[u8] = include_bytes!("../../assets/lexicon/actors.idx");

/// `triggers.tsv` precompiled (see `triggers/index.rs`).
static TRIGGERS_INDEX: &[u8] = include_bytes!("../../assets/lexicon/triggers.idx");

/// The shipped polarity table.
const POLARITY: &str = include_str!("../../assets/lexicon/polarity.tsv");

/// The curated judging words VADER lacks, added to [`POLARITY`].
const JUDGEMENTS: &str = include_str!("../../assets/lexicon/judgements.tsv");

/// Whether the trigger class `stance` is kept unless the user says otherwise (see the
/// README, "Stance", for the precision that decided it: on since stance22, the challenge
/// files' check halves as precise with it as without, 0.843 against 0.841).
pub const STANCE_DEFAULT: bool = true;

/// The TSV sources of a lexicon.
#[derive(Debug, Clone, Copy, Default)]
pub struct LexiconSources<'a> {
    /// `actors.tsv`: surface, canonical, type, form, code.
    pub actors: &'a str,
    /// `agents.tsv`: noun, sector, kind.
    pub agents: &'a str,
    /// `titles.tsv`: title, role, sector, head.
    pub titles: &'a str,
    /// `triggers.tsv`: lemma, pos, object, cameo, class, goldstein, frame, source.
    pub triggers: &'a str,
    /// `object_sets.tsv`: set, word (the object sets triggers name).
    pub object_sets: &'a str,
    /// `verb_forms.tsv`: form, lemma.
    pub verb_forms: &'a str,
    /// `words.tsv`: class, word (versioned table, see [`header`]).
    pub words: &'a str,
    /// `constructions.tsv`: construction, relation, cameo, goldstein (versioned table).
    pub constructions: &'a str,
    /// `offices.tsv`: country, office, holder, code, start, end (versioned table; empty:
    /// no offices).
    pub offices: &'a str,
    /// `sectors.tsv`: sector, person, organization (versioned table; empty: plain
    /// "member of" phrases).
    pub sectors: &'a str,
    /// `common_words.tsv`: word (versioned table; empty: none).
    pub common_words: &'a str,
    /// `person_nouns.tsv`: noun, kind (versioned table; empty: none).
    pub person_nouns: &'a str,
}

impl Lexicon {
    /// The lexicon shipped with the crate, with the polarity table of the stance rules.
    pub fn load_default() -> Result<Lexicon> {
        let (lexicon, polarity) = rayon::join(Lexicon::load_tables, || {
            let mut polarity = Polarity::parse("polarity.tsv", POLARITY)?;
            polarity.add_curated("judgements.tsv", JUDGEMENTS)?;
            Ok::<_, crate::Error>(polarity)
        });
        let mut lexicon = lexicon?;
        lexicon.polarity = polarity?;
        // the lexicon holds its own copies of the tables, and the gazetteer reads its
        // table and index in place only where a lookup goes: the pages read while loading
        // (about 5 MB, most of them the gazetteer's) are given back
        let sources = SHIPPED.iter().map(|s| s.as_bytes());
        let indexes = [ACTORS_INDEX, TRIGGERS_INDEX];
        for bytes in sources
            .chain(indexes)
            .chain([POLARITY.as_bytes(), JUDGEMENTS.as_bytes()])
        {
            crate::nlp::model_io::release_static(bytes);
        }
        Ok(lexicon)
    }

    /// The shipped lexicon without its polarity table.
    fn load_tables() -> Result<Lexicon> {
        let [
            actors,
            agents,
            titles,
            triggers,
            object_sets,
            verb_forms,
            words,
            constructions,
            offices,
            sectors,
            common_words,
            person_nouns,
        ] = SHIPPED;
        Lexicon::from_parts(
            LexiconSources {
                actors,
                agents,
                titles,
                triggers,
                object_sets,
                verb_forms,
                words,
                constructions,
                offices,
                sectors,
                common_words,
                person_nouns,
            },
            |words| Gazetteer::load(actors, ACTORS_INDEX, words),
            TRIGGERS_INDEX,
        )
    }

    /// Parses a lexicon from its TSV sources (without a polarity table: set
    /// [`Lexicon::polarity`] for the stance rules).
    pub fn from_sources(src: LexiconSources<'_>) -> Result<Lexicon> {
        Lexicon::from_parts(src, |words| Gazetteer::parse(src.actors, words), &[])
    }

    /// [`Lexicon::from_sources`], the gazetteer made by `gazetteer` from the word
    /// classes (the shipped one read in place from `actors.idx`, its precompiled form),
    /// the triggers read from `triggers_index` (`triggers.idx`) when that was made from
    /// `src`'s tables.
    fn from_parts(
        src: LexiconSources<'_>,
        gazetteer: impl FnOnce(&Words) -> Result<Gazetteer> + Send,
        triggers_index: &[u8],
    ) -> Result<Lexicon> {
        let words = Words::parse("words.tsv", src.words)?;
        // on two cores the other tables are read beside the gazetteer (errors still come
        // in file order: the gazetteer's first)
        let (gazetteer, tables) = rayon::join(
            || gazetteer(&words),
            || Lexicon::tables(src, triggers_index),
        );
        let gazetteer = gazetteer?;
        Ok(Lexicon {
            gazetteer,
            words,
            ..tables?
        })
    }

    /// The tables of `src` other than the word classes and the gazetteer, in a lexicon
    /// whose gazetteer and word classes are empty (the triggers read from `triggers_index`
    /// when that is their tables' precompiled form).
    fn tables(src: LexiconSources<'_>, triggers_index: &[u8]) -> Result<Lexicon> {
        // the triggers are the largest of these tables: on two cores they are read beside
        // the others (errors still in file order)
        let (triggers, others) = rayon::join(
            || Triggers::load(src.triggers, src.object_sets, triggers_index),
            || (Lexicon::name_tables(src), Lexicon::other_tables(src)),
        );
        let (names, others) = others;
        let (agents, titles, title_first) = names?;
        let triggers = triggers?;
        Ok(Lexicon {
            agents,
            titles,
            title_first,
            triggers,
            ..others?
        })
    }

    /// The agent nouns and the titles of `src`: the agents, the titles and the most words
    /// of a title by its first word.
    fn name_tables(src: LexiconSources<'_>) -> Result<NameTables> {
        let mut agents = HashMap::default();
        table::for_each_row("agents.tsv", src.agents, columns::AGENTS, |row| {
            let [noun, sector, kind] = row.fields[..] else {
                unreachable!("table::for_each_row checks the column count")
            };
            let collective = match kind {
                "collective" => true,
                "individual" => false,
                other => return Err(row.error("agents.tsv", format!("unknown kind {other:?}"))),
            };
            agents.insert(
                noun.to_lowercase().into_boxed_str(),
                Agent {
                    sector: sector.into(),
                    collective,
                },
            );
            Ok(())
        })?;
        let mut titles = HashMap::default();
        let mut title_first: HashMap<Box<str>, usize> = HashMap::default();
        table::for_each_row("titles.tsv", src.titles, columns::TITLES, |table_row| {
            let row = &table_row.fields;
            let (head, honorific) = match row[3] {
                "yes" => (true, false),
                "no" => (false, false),
                "honorific" => (false, true),
                other => {
                    return Err(table_row.error("titles.tsv", format!("unknown head {other:?}")));
                }
            };
            // titles are written lower case, abbreviations with their period ("capt."):
            // words split at spaces, as the tokenizer keeps "Capt." whole in text
            let key = row[0]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let words = key.split(' ').count();
            let first = key.split(' ').next().unwrap_or_default();
            let most = title_first.entry(first.into()).or_insert(0);
            *most = (*most).max(words);
            titles.insert(
                key.into_boxed_str(),
                Title {
                    role: row[1].into(),
                    sector: row[2].into(),
                    head,
                    honorific,
                },
            );
            Ok(())
        })?;
        Ok((agents, titles, title_first))
    }

    /// The tables of `src` after the triggers (verb forms, constructions, offices,
    /// sectors, common words), in a lexicon otherwise empty.
    fn other_tables(src: LexiconSources<'_>) -> Result<Lexicon> {
        let mut verb_forms = HashMap::default();
        table::for_each_row(
            "verb_forms.tsv",
            src.verb_forms,
            columns::VERB_FORMS,
            |row| {
                let row = &row.fields;
                verb_forms.insert(row[0].to_lowercase().into(), row[1].to_lowercase().into());
                Ok(())
            },
        )?;
        let constructions = Constructions::parse("constructions.tsv", src.constructions)?;
        let offices = if src.offices.is_empty() {
            Offices::default()
        } else {
            Offices::parse("offices.tsv", src.offices)?
        };
        let sectors = if src.sectors.is_empty() {
            Sectors::default()
        } else {
            Sectors::parse("sectors.tsv", src.sectors)?
        };
        let mut common_words = rustc_hash::FxHashSet::default();
        if !src.common_words.is_empty() {
            table::for_each_row("common_words.tsv", src.common_words, &["word"], |row| {
                common_words.insert(row.fields[0].to_lowercase().into());
                Ok(())
            })?;
        }
        let mut person_nouns = rustc_hash::FxHashMap::default();
        if !src.person_nouns.is_empty() {
            let file = "person_nouns.tsv";
            table::for_each_row(file, src.person_nouns, columns::PERSON_NOUNS, |row| {
                let collective = match row.fields[1] {
                    "individual" => false,
                    "collective" => true,
                    other => {
                        return Err(
                            row.error("person_nouns.tsv", format!("unknown kind {other:?}"))
                        );
                    }
                };
                person_nouns.insert(row.fields[0].to_lowercase().into(), collective);
                Ok(())
            })?;
        }
        Ok(Lexicon {
            common_words,
            person_nouns,
            sectors,
            offices,
            gazetteer: Gazetteer::default(),
            agents: HashMap::default(),
            titles: HashMap::default(),
            title_first: HashMap::default(),
            triggers: Triggers::default(),
            verb_forms,
            words: Words::default(),
            constructions,
            affiliations: HashMap::default(),
            polarity: Polarity::default(),
            stance: STANCE_DEFAULT,
        })
    }

    /// Keeps (`true`) or drops the relations of the trigger class `stance`: a speaker's
    /// judgement of another actor ("X said Y's plan was reckless"), read with the polarity
    /// table.
    pub fn keep_stance(&mut self, keep: bool) {
        self.stance = keep;
    }

    /// Whether the relations of the trigger class `stance` are kept.
    pub fn stance(&self) -> bool {
        self.stance && !self.polarity.is_empty()
    }

    /// Whether `word` (lower case) is a person noun of WordNet the agent table lacks
    /// ("researcher", "bloggers"), and if so whether it is a plural.
    pub fn person_noun(&self, word: &str) -> Option<bool> {
        self.person_nouns.get(word).copied()
    }

    /// The agent noun `word` (any case), if it is one.
    pub fn agent(&self, word: &str) -> Option<&Agent> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.agents.get(word.to_lowercase().as_str())
        } else {
            self.agents.get(word)
        }
    }

    /// The longest title starting at `words[i]`: its length in words and the title.
    /// A former holder's title counts as the title: "ex-minister", "ex-foreign secretary".
    pub fn title_at(&self, lower_words: &[&str], i: usize) -> Option<(usize, &Title)> {
        let first = *lower_words.get(i)?;
        let first = self
            .words
            .members(WordClass::FormerPrefix)
            .find_map(|prefix| first.strip_prefix(prefix).filter(|rest| !rest.is_empty()))
            .unwrap_or(first);
        let max = (*self.title_first.get(first)?).min(lower_words.len() - i);
        // room for the longest key at once: growing it word by word reallocated it
        let mut key =
            String::with_capacity(lower_words[i..i + max].iter().map(|w| w.len() + 1).sum());
        let mut best = None;
        for n in 1..=max {
            if n > 1 {
                key.push(' ');
            }
            key.push_str(if n == 1 {
                first
            } else {
                lower_words[i + n - 1]
            });
            if let Some(t) = self.titles.get(key.as_str()) {
                best = Some((n, t));
            }
        }
        best
    }

    /// `lower` (a lower-case word) is one English writes as a common word
    /// (`common_words.tsv`, counted in the UD treebanks): "morning", "one", "look".
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common_words.contains(lower)
    }

    /// The company the dictionary lists under the common word `word` and one of its form
    /// words (`company_word`: "Gap Inc", "Target Corp", "Arm Holdings"), when `word` is a
    /// common word ([`Lexicon::is_common_word`]): news writes such a company by the word
    /// alone ("Gap closed 200 stores"), which the dictionary's generated short names leave
    /// out since the word is as often the common noun. The caller decides where the word
    /// stands as the company's name (`listed_common_company`).
    pub fn listed_company(&self, word: &str) -> Option<ActorEntry<'_>> {
        let lower = word.to_lowercase();
        if !self.is_common_word(&lower) {
            return None;
        }
        self.words
            .members(WordClass::CompanyWord)
            .flat_map(|form| self.gazetteer.lookup(&format!("{lower} {form}")))
            .find(|g| {
                g.kind == ActorType::Organization
                    && g.form == Form::Name
                    && self.words.code_has(WordClass::CompanySector, g.code)
            })
    }

    /// The title spelled exactly `words` (lower case, space separated).
    pub fn title(&self, lower: &str) -> Option<&Title> {
        self.titles.get(lower)
    }

    /// The lemma of an irregular verb form listed by the CAMEO dictionary ("sped" -> "speed").
    pub fn verb_lemma(&self, lower_form: &str) -> Option<&str> {
        self.verb_forms.get(lower_form).map(|s| &**s)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small lexicon in the shipped format, for unit tests of the lexicon and extractor.
    pub(crate) const ACTORS: &str = "#actorgraph-lexicon v1
# surface\tcanonical\ttype\tform\tcode
Egypt\tEgypt\tcountry\tname\tEGY
Egyptian\tEgypt\tcountry\tdemonym\tEGY
Egyptians\tEgypt\tcountry\tdemonym_plural\tEGY
Cairo\tEgypt\tcountry\tcapital\tEGY
United States\tUnited States\tcountry\tname\tUSA
U.S.\tUnited States\tcountry\tname\tUSA
US\tUnited States\tcountry\tname\tUSA
Washington\tUnited States\tcountry\tcapital\tUSA
United Nations\tUnited Nations\torganization\tname\tIGOUNO
Hamas\tHamas\torganization\tname\tPSEREBHMS
Alexandria\tEgypt\tcountry\tcity\tEGY
al-Qaeda\tal-Qaeda\torganization\tname\tIMGMUSALQ
";
    pub(crate) const AGENTS: &str = "#actorgraph-lexicon v1
# noun\tsector\tkind
officials\tGOV\tcollective
official\tGOV\tindividual
troops\tMIL\tcollective
";
    pub(crate) const TITLES: &str = "#actorgraph-lexicon v1
# title\trole\tsector\thead
president\tPresident\tGOV\tyes
prime minister\tPrime Minister\tGOV\tyes
secretary of state\tSecretary of State\tGOV\tno
mr\tMr\t-\thonorific
capt.\tCaptain\tMIL\tno
";
    pub(crate) const TRIGGERS: &str = "#actorgraph-lexicon v1
# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource
meet\tverb\t-\t040\tmeets\t1.0\tobj,prep:with,mutual\tcameo
reject\tverb\t-\t120\topposes\t-4.0\tobj\tcameo
talks\tnoun\t-\t040\tmeets\t1.0\tprep:with,event_noun,mutual\tcurated
backer\tnoun\t-\t050\tbacks\t3.5\tagent_noun,prep:of\tcurated
at odds\tidiom\t-\t110\topposes\t-2.0\tprep:with,mutual\tcurated
say\tverb\t-\t010\tnone\t0.0\tobj\tcameo
give\tverb\taid\t070\tbacks\t7.0\tprep:to,prep:for\tpattern
welcome\tverb\t-\t051\tbacks\t3.4\tobj\tcameo
welcome\tverb\tvisit\t043\tmeets\t2.8\tobj,prep:to\tpattern
welcome\tverb\t@actor\t043\tmeets\t2.8\tobj\tcurated
sell\tverb\t&weapon\t072\tbacks\t8.3\tprep:to\tpattern
call on\tidiom\t-\t020\tnone\t3.0\tobj,prep:on\tcameo
call on\tidiom\t@clause\t100\topposes\t-5.0\tobj,prep:on\tcurated
";
    pub(crate) const OBJECT_SETS: &str = "#actorgraph-lexicon v1
# set\tword
weapon\tmissile
weapon\trifle
";
    pub(crate) const VERB_FORMS: &str = "#actorgraph-lexicon v1\n# form\tlemma\nmet\tmeet\n";

    /// Whether `fresh`, the index made from the committed table `table`, is the committed
    /// `assets/lexicon/` file `index` (bytes `committed`): fails the test, naming the
    /// command that rewrites it (`cargo test --lib` and `test`), when it is not. With
    /// `ACTORGRAPH_WRITE_INDEX` set, writes `fresh` there instead and returns false (the
    /// committed bytes are not those, nothing more to check).
    pub(crate) fn is_committed_index(
        fresh: &[u8],
        committed: &[u8],
        index: &str,
        table: &str,
        test: &str,
    ) -> bool {
        if std::env::var_os("ACTORGRAPH_WRITE_INDEX").is_some() {
            let path = format!("{}/assets/lexicon/{index}", env!("CARGO_MANIFEST_DIR"));
            std::fs::write(path, fresh).unwrap();
            return false;
        }
        assert!(
            fresh == committed,
            "assets/lexicon/{index} is not {table}'s: rewrite it with \
             ACTORGRAPH_WRITE_INDEX=1 cargo test --lib {test}"
        );
        true
    }

    /// The shipped word classes.
    pub(crate) fn shipped_words() -> Words {
        Words::parse("words.tsv", include_str!("../../assets/lexicon/words.tsv")).unwrap()
    }

    pub(crate) fn small() -> Lexicon {
        Lexicon::from_sources(LexiconSources {
            actors: ACTORS,
            agents: AGENTS,
            titles: TITLES,
            triggers: TRIGGERS,
            object_sets: OBJECT_SETS,
            verb_forms: VERB_FORMS,
            words: include_str!("../../assets/lexicon/words.tsv"),
            constructions: include_str!("../../assets/lexicon/constructions.tsv"),
            offices: "",
            sectors: include_str!("../../assets/lexicon/sectors.tsv"),
            common_words: include_str!("../../assets/lexicon/common_words.tsv"),
            person_nouns: "",
        })
        .expect("test lexicon parses")
    }

    #[test]
    fn titles_longest_match() {
        let lex = small();
        let words = ["prime", "minister", "recep"];
        let (n, t) = lex.title_at(&words, 0).unwrap();
        assert_eq!((n, &*t.role, t.head), (2, "Prime Minister", true));
        assert!(lex.title_at(&words, 2).is_none());
        // a former holder's prefix (former_prefix) is no part of the title
        let (n, t) = lex.title_at(&["ex-prime", "minister"], 0).unwrap();
        assert_eq!((n, &*t.role), (2, "Prime Minister"));
        assert!(lex.title_at(&["ex-"], 0).is_none());
        assert!(lex.title_at(&["expresident"], 0).is_none());
        assert!(lex.title("mr").unwrap().honorific);
        assert_eq!(
            &*lex.title_at(&["capt.", "jeff"], 0).unwrap().1.role,
            "Captain"
        );
    }

    #[test]
    fn agents_any_case() {
        let lex = small();
        assert!(lex.agent("Officials").unwrap().collective);
        assert!(!lex.agent("official").unwrap().collective);
        assert!(lex.agent("farmers").is_none());
        assert_eq!(lex.verb_lemma("met"), Some("meet"));
    }

    #[test]
    fn bad_rows_name_the_file_and_line() {
        let sources = || LexiconSources {
            actors: ACTORS,
            agents: AGENTS,
            titles: TITLES,
            triggers: TRIGGERS,
            object_sets: OBJECT_SETS,
            verb_forms: VERB_FORMS,
            words: include_str!("../../assets/lexicon/words.tsv"),
            constructions: include_str!("../../assets/lexicon/constructions.tsv"),
            offices: "",
            sectors: include_str!("../../assets/lexicon/sectors.tsv"),
            common_words: include_str!("../../assets/lexicon/common_words.tsv"),
            person_nouns: "",
        };
        let error = |src: LexiconSources<'_>| Lexicon::from_sources(src).unwrap_err().to_string();
        let agents = format!("{AGENTS}farmers\tAGR\tmany\n");
        assert_eq!(
            error(LexiconSources {
                agents: &agents,
                ..sources()
            }),
            "agents.tsv:6: unknown kind \"many\""
        );
        let agents = format!("{AGENTS}farmers\tAGR\n");
        assert!(
            error(LexiconSources {
                agents: &agents,
                ..sources()
            })
            .starts_with(
                "agents.tsv:6: expected 3 tab-separated fields (noun, sector, kind), found 2"
            )
        );
        assert_eq!(
            error(LexiconSources {
                agents: "officials\tGOV\tcollective\n",
                ..sources()
            }),
            "agents.tsv:1: not a lexicon table: the first line must be \"#actorgraph-lexicon v1\""
        );
        let titles = format!("{TITLES}king\tKing\tGOV\tperhaps\n");
        assert_eq!(
            error(LexiconSources {
                titles: &titles,
                ..sources()
            }),
            "titles.tsv:8: unknown head \"perhaps\""
        );
        let actors = format!("{ACTORS}Gaul\tGaul\tempire\tname\tGAU\n");
        assert_eq!(
            error(LexiconSources {
                actors: &actors,
                ..sources()
            }),
            "actors.tsv:15: unknown type \"empire\""
        );
        let actors = format!("{ACTORS}Gaul\tGaul\tcountry\tnickname\tGAU\n");
        assert_eq!(
            error(LexiconSources {
                actors: &actors,
                ..sources()
            }),
            "actors.tsv:15: unknown form \"nickname\""
        );
        let actors = ACTORS.replace("# surface\tcanonical", "# name\tcanonical");
        assert!(
            error(LexiconSources {
                actors: &actors,
                ..sources()
            })
            .starts_with("actors.tsv:2: the columns must be")
        );
        let forms = "#actorgraph-lexicon v1\n# form\tlemma\nmet\n";
        assert!(
            error(LexiconSources {
                verb_forms: forms,
                ..sources()
            })
            .starts_with("verb_forms.tsv:3: expected 2")
        );
        let triggers = format!("{TRIGGERS}meet\tverb\t-\t040\tmeets\t1.0\tobj\tcameo\n");
        assert_eq!(
            error(LexiconSources {
                triggers: &triggers,
                ..sources()
            }),
            format!(
                "triggers.tsv:{}: \"meet\" (-) is listed twice",
                TRIGGERS.lines().count() + 1
            )
        );
        assert!(Lexicon::from_sources(sources()).is_ok());
    }
}
