//! Builds the actor gazetteer and the relation-trigger lexicon in `assets/lexicon/`.
//!
//! ```text
//! cargo run --release --features train --bin build_lexicon -- --data ../shared/data/lexicon --out assets/lexicon
//! ```
//!
//! Inputs are the PETRARCH2 / Phoenix actor and agent dictionaries and the CAMEO verb
//! dictionary (TABARI formats, MIT licence), WordNet 3.0 (Debian's `wordnet-base`,
//! `--wordnet`), VerbNet 3.4 (`DATA/verbnet3.4`), the verb forms of the Universal
//! Dependencies English training files (`--ud`, for `tag_dictionary.tsv`), plus the
//! hand-curated supplements in `assets/lexicon/curated/`. Outputs are sorted versioned tables (`#actorgraph-lexicon
//! v1`), so a rerun on the same inputs reproduces them byte for byte. The generator checks
//! its own output and exits non-zero, naming the offending row, when a row breaks the
//! schema described in `assets/lexicon/README.md`.

mod actors;
mod agents;
mod cameo;
mod curated;
mod derived;
mod notice;
mod offices;
mod organizations;
mod person_nouns;
mod places;
mod senses;
mod tabari;
mod tag_dictionary;
mod triggers;
mod verbnet;
mod wordnet;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use actorgraph::lexicon::{FRAME_PREPOSITIONS, columns, header, read_table};
use actors::*;
use agents::*;
use cameo::*;
use curated::*;
use derived::*;
use notice::*;
use organizations::*;
use person_nouns::*;
use places::*;
use senses::*;
use tabari::*;
use tag_dictionary::*;
use triggers::*;
use verbnet::*;
use wordnet::*;

type Result<T> = std::result::Result<T, String>;

const ACTOR_TYPES: &[&str] = &["person", "organization", "country", "group", "location"];
const ACTOR_FORMS: &[&str] = &[
    "name",
    "demonym",
    "demonym_plural",
    "capital",
    "seat",
    "city",
    "member",
];
const TRIGGER_POS: &[&str] = &["verb", "noun", "adj", "idiom"];
const TRIGGER_CLASSES: &[&str] = &["meets", "backs", "opposes", "none"];
const AGENT_KINDS: &[&str] = &["collective", "individual"];
const TITLE_HEADS: &[&str] = &["yes", "no", "honorific"];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("build_lexicon: {message}");
            ExitCode::FAILURE
        }
    }
}

struct Options {
    data: PathBuf,
    out: PathBuf,
    curated: PathBuf,
    wordnet: PathBuf,
    ud: PathBuf,
}

fn parse_args() -> Result<Options> {
    let mut data = PathBuf::from("../shared/data/lexicon");
    let mut out = PathBuf::from("assets/lexicon");
    let mut curated = None;
    let mut wordnet = PathBuf::from("/usr/share/wordnet");
    let mut ud = PathBuf::from("../shared/data/ud");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--data" => data = PathBuf::from(value("--data")?),
            "--out" => out = PathBuf::from(value("--out")?),
            "--curated" => curated = Some(PathBuf::from(value("--curated")?)),
            "--wordnet" => wordnet = PathBuf::from(value("--wordnet")?),
            "--ud" => ud = PathBuf::from(value("--ud")?),
            "-h" | "--help" => {
                println!(
                    "build_lexicon [--data DIR] [--out DIR] [--curated DIR] [--wordnet DIR] [--ud DIR]\n\n\
                     --data     PETRARCH2/Phoenix and CAMEO dictionaries, verbnet3.4/ (default ../shared/data/lexicon)\n\
                     --out      where the generated TSV files go (default assets/lexicon)\n\
                     --curated  hand-curated supplements (default OUT/curated)\n\
                     --wordnet  the WordNet 3.0 database (default /usr/share/wordnet: apt-get install wordnet-base)\n\
                     --ud       the UD English EWT and GUM training files (default ../shared/data/ud)"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?} (try --help)")),
        }
    }
    let curated = curated.unwrap_or_else(|| out.join("curated"));
    Ok(Options {
        data,
        out,
        curated,
        wordnet,
        ud,
    })
}

fn run() -> Result<()> {
    let opts = parse_args()?;
    let sources = Sources::load(&opts.data, &opts.wordnet, &opts.ud)?;
    let lexicon = Lexicon::build(&opts.data, &opts.curated, &sources)?;
    fs::create_dir_all(&opts.out).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    for (name, text) in lexicon.files(&opts.data, &sources)? {
        write_file(&opts.out.join(name), &text)?;
    }
    offices::write_offices(
        &opts.data,
        &opts.curated,
        &lexicon.actors,
        &lexicon.titles,
        &opts.out,
    )?;
    print_summary(&lexicon);
    Ok(())
}

/// The lexical resources besides the PETRARCH2 dictionaries.
struct Sources {
    wordnet: WordNet,
    verbnet: VerbNet,
    /// The lower-case forms the UD training files tag VERB or AUX.
    ud_verbs: BTreeSet<String>,
}

impl Sources {
    fn load(data: &Path, wordnet: &Path, ud: &Path) -> Result<Sources> {
        let wn = WordNet::load(wordnet).map_err(|e| {
            format!("{e} (WordNet 3.0: apt-get install wordnet-base, or --wordnet DIR)")
        })?;
        Ok(Sources {
            wordnet: wn,
            verbnet: VerbNet::load(&data.join("verbnet3.4"))?,
            ud_verbs: ud_verb_forms(ud)
                .map_err(|e| format!("{e} (the UD English training files: --ud DIR)"))?,
        })
    }
}

/// Every generated table, checked against the schema.
struct Lexicon {
    actors: Vec<ActorRow>,
    agents: Vec<AgentRow>,
    titles: Vec<TitleRow>,
    person_nouns: Vec<PersonNounRow>,
    tag_dictionary: Vec<TagDictionaryRow>,
    triggers: TriggerTables,
}

impl Lexicon {
    /// The tables of the dictionaries in `data`, the other `sources` and the curated
    /// supplements in `curated`.
    fn build(data: &Path, curated: &Path, sources: &Sources) -> Result<Lexicon> {
        let curated = Curated::load(curated)?;
        let agents = build_agents(data, &curated)?;
        let titles = build_titles(&agents, &curated);
        let vocab = Vocabulary::new(&curated, &agents, &titles);
        // a common word of any part of speech, or its inflection ("caterpillar",
        // "staples")
        let is_word = |w: &str| {
            ['n', 'v', 'a']
                .iter()
                .any(|&pos| sources.wordnet.base_form(pos, w).is_some())
        };
        let actors = build_actors(data, &curated, &vocab, &is_word)?;
        let triggers = build_triggers(
            data,
            &TriggerSources {
                curated: &curated,
                wordnet: &sources.wordnet,
                verbnet: &sources.verbnet,
                generic: &vocab.generic_nouns,
            },
        )?;
        let person_nouns = build_person_nouns(&sources.wordnet, &agents, &titles, &triggers.rows);
        let tag_dictionary = build_tag_dictionary(&sources.wordnet, &sources.ud_verbs);
        validate_actors(&actors)?;
        validate_agents(&agents)?;
        validate_titles(&titles)?;
        validate_triggers(&triggers.rows)?;
        Ok(Lexicon {
            actors,
            agents,
            titles,
            person_nouns,
            tag_dictionary,
            triggers,
        })
    }

    /// The files to write, by name, with the licence notice of the sources.
    fn files(&self, data: &Path, sources: &Sources) -> Result<[(&'static str, String); 9]> {
        Ok([
            ("actors.tsv", render_actors(&self.actors)),
            ("agents.tsv", render_agents(&self.agents)),
            ("titles.tsv", render_titles(&self.titles)),
            ("person_nouns.tsv", render_person_nouns(&self.person_nouns)),
            (
                "tag_dictionary.tsv",
                render_tag_dictionary(&self.tag_dictionary),
            ),
            ("triggers.tsv", render_triggers(&self.triggers.rows)),
            (
                "object_sets.tsv",
                render_object_sets(&self.triggers.object_sets),
            ),
            (
                "verb_forms.tsv",
                render_verb_forms(&self.triggers.verb_forms),
            ),
            ("NOTICE", render_notice(data, &sources.wordnet)?),
        ])
    }
}

/// A two-column table: the header of `columns`, then one row per pair.
fn render_pairs<'a>(columns: &[&str], rows: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = header(columns);
    for (a, b) in rows {
        let _ = writeln!(out, "{a}\t{b}");
    }
    out
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // A few dictionary lines carry mojibake; lossy decoding keeps the rest usable.
    Ok(String::from_utf8_lossy(&bytes).replace('\r', ""))
}

fn print_summary(lexicon: &Lexicon) {
    let mut by_type: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for a in &lexicon.actors {
        *by_type.entry((&a.kind, &a.form)).or_default() += 1;
    }
    println!("actors.tsv: {} rows", lexicon.actors.len());
    for ((kind, form), n) in &by_type {
        println!("  {kind:<13} {form:<15} {n}");
    }
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &lexicon.agents {
        *by_kind.entry(&a.kind).or_default() += 1;
    }
    println!("agents.tsv: {} rows {by_kind:?}", lexicon.agents.len());
    let mut by_head: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &lexicon.titles {
        *by_head.entry(&t.head).or_default() += 1;
    }
    println!(
        "titles.tsv: {} rows (head: {by_head:?})",
        lexicon.titles.len()
    );
    println!("person_nouns.tsv: {} rows", lexicon.person_nouns.len());
    println!("tag_dictionary.tsv: {} rows", lexicon.tag_dictionary.len());
    let triggers = &lexicon.triggers;
    let mut by_class: BTreeMap<(&str, &str, bool), usize> = BTreeMap::new();
    for t in &triggers.rows {
        *by_class
            .entry((&t.class, &t.pos, t.object != "-"))
            .or_default() += 1;
    }
    println!("triggers.tsv: {} rows", triggers.rows.len());
    for ((class, pos, object), n) in &by_class {
        let object = if *object { "with object" } else { "" };
        println!("  {class:<8} {pos:<6} {object:<12} {n}");
    }
    println!("  how the rows were made, and what was left out:");
    for (what, n) in &triggers.report.counts {
        println!("    {what}: {n}");
    }
    println!("object_sets.tsv: {} sets", triggers.object_sets.len());
    println!("verb_forms.tsv: {} rows", triggers.verb_forms.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Excerpts of the dictionaries (`testdata/`) with the shipped curated supplements.
    fn fixture() -> (PathBuf, PathBuf) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        (
            root.join("src/bin/build_lexicon/testdata"),
            root.join("assets/lexicon/curated"),
        )
    }

    fn sources(data: &Path) -> Sources {
        Sources::load(data, &data.join("wordnet"), &data.join("ud")).unwrap()
    }

    #[test]
    fn excerpts_of_the_dictionaries_give_a_valid_lexicon() {
        let (data, curated) = fixture();
        let sources = sources(&data);
        let lexicon = Lexicon::build(&data, &curated, &sources).unwrap();
        let files = lexicon.files(&data, &sources).unwrap();
        let file = |name: &str| &files.iter().find(|(n, _)| *n == name).unwrap().1;
        let actors = file("actors.tsv");
        for row in [
            "Egypt\tEgypt\tcountry\tname\tEGY",
            "Cairo\tEgypt\tcountry\tcapital\tEGY",
            "Abdel Fattah el-Sisi\tAbdel Fattah el-Sisi\tperson\tmember\tEGYGOV",
        ] {
            assert!(actors.lines().any(|l| l == row), "no row {row:?}");
        }
        // a noun WordNet and the treebanks know as no verb; one the treebanks tag a verb
        let tag_dictionary = file("tag_dictionary.tsv");
        assert!(tag_dictionary.lines().any(|l| l == "donor\tverb"));
        assert!(!tag_dictionary.lines().any(|l| l == "fan\tverb"));
        let triggers = file("triggers.tsv");
        for start in [
            "meet\tverb\t-\t040\tmeets\t",
            // a sense that depends on the object, from a pattern
            "give\tverb\taid\t070\tbacks\t7.0\tprep:to,prep:for\tpattern",
            // a noun form from WordNet
            "condemnation\tnoun\t-\t111\topposes\t",
        ] {
            assert!(
                triggers.lines().any(|l| l.starts_with(start)),
                "no row {start:?}"
            );
        }
        // every table is versioned and reads back
        for (name, text) in &files {
            if name.ends_with(".tsv") {
                assert!(text.starts_with("#actorgraph-lexicon v1\n# "), "{name}");
            }
        }
        let read =
            actorgraph::lexicon::Lexicon::from_sources(actorgraph::lexicon::LexiconSources {
                actors: file("actors.tsv"),
                agents: file("agents.tsv"),
                titles: file("titles.tsv"),
                triggers: file("triggers.tsv"),
                object_sets: file("object_sets.tsv"),
                verb_forms: file("verb_forms.tsv"),
                words: include_str!("../../../assets/lexicon/words.tsv"),
                constructions: include_str!("../../../assets/lexicon/constructions.tsv"),
                offices: include_str!("../../../assets/lexicon/offices.tsv"),
                sectors: include_str!("../../../assets/lexicon/sectors.tsv"),
                common_words: include_str!("../../../assets/lexicon/common_words.tsv"),
                person_nouns: file("person_nouns.tsv"),
            });
        assert!(read.is_ok(), "{:?}", read.err());
        let notice = file("NOTICE");
        for licence in [
            "Permission is hereby granted",
            "WordNet 3.0 Copyright 2006",
            "VerbNet",
        ] {
            assert!(notice.contains(licence), "NOTICE lacks {licence:?}");
        }
        // Sorted rows: a rerun gives the same bytes.
        let again = Lexicon::build(&data, &curated, &sources)
            .unwrap()
            .files(&data, &sources)
            .unwrap();
        assert!(again == files);
    }

    #[test]
    fn a_missing_dictionary_is_an_error_naming_it() {
        let (_, curated) = fixture();
        let (data, _) = fixture();
        let e = Lexicon::build(Path::new("/nonexistent"), &curated, &sources(&data))
            .err()
            .unwrap();
        assert!(e.starts_with("/nonexistent/Phoenix.agents.txt: "), "{e}");
        let e = Sources::load(&data, Path::new("/nonexistent"), &data.join("ud"))
            .err()
            .unwrap();
        assert!(e.starts_with("/nonexistent/index.noun: "), "{e}");
        assert!(e.contains("apt-get install wordnet-base"), "{e}");
        let e = Sources::load(&data, &data.join("wordnet"), Path::new("/nonexistent"))
            .err()
            .unwrap();
        assert!(
            e.starts_with("/nonexistent/en_ewt-ud-train.conllu: "),
            "{e}"
        );
    }

    /// The committed `tag_dictionary.tsv` is what the generator gives from the full
    /// WordNet and UD training files (checked where both are installed, as on the
    /// development machine; elsewhere the test says it skipped).
    #[test]
    fn the_committed_tag_dictionary_is_the_generated_one() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (wordnet, ud) = (
            Path::new("/usr/share/wordnet"),
            root.join("../shared/data/ud"),
        );
        if !wordnet.join("index.noun").exists() || !ud.join(UD_TRAIN_FILES[0]).exists() {
            eprintln!("skipped: no WordNet in {wordnet:?} or no UD files in {ud:?}");
            return;
        }
        let wn = WordNet::load(wordnet).unwrap();
        let rows = build_tag_dictionary(&wn, &ud_verb_forms(&ud).unwrap());
        let committed = include_str!("../../../assets/lexicon/tag_dictionary.tsv");
        assert!(
            render_tag_dictionary(&rows) == committed,
            "assets/lexicon/tag_dictionary.tsv differs from the generator's output: rerun build_lexicon"
        );
    }
}
