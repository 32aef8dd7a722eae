//! Builds the actor gazetteer and the relation-trigger lexicon in `assets/lexicon/`.
//!
//! ```text
//! cargo run --release --features train --bin build_lexicon -- --data ../shared/data/lexicon --out assets/lexicon
//! ```
//!
//! Inputs are the PETRARCH2 / Phoenix actor and agent dictionaries and the CAMEO verb
//! dictionary (TABARI formats, MIT licence), plus the hand-curated supplements in
//! `assets/lexicon/curated/`. Outputs are sorted TSV files, so a rerun on the same inputs
//! reproduces them byte for byte. The generator checks its own output and exits non-zero,
//! naming the offending row, when a row breaks the schema described in
//! `assets/lexicon/README.md`.

mod actors;
mod agents;
mod curated;
mod offices;
mod organizations;
mod places;
mod tabari;
mod triggers;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use actors::*;
use agents::*;
use curated::*;
use organizations::*;
use places::*;
use tabari::*;
use triggers::*;

type Result<T> = std::result::Result<T, String>;

const ACTOR_TYPES: &[&str] = &["person", "organization", "country", "group", "location"];
const ACTOR_FORMS: &[&str] = &[
    "name",
    "demonym",
    "demonym_plural",
    "capital",
    "city",
    "member",
];
const TRIGGER_POS: &[&str] = &["verb", "noun", "adj", "idiom"];
const TRIGGER_CLASSES: &[&str] = &["meets", "backs", "opposes", "none"];
const FRAMES: &[&str] = &[
    "obj",
    "prep:with",
    "prep:against",
    "prep:to",
    "prep:for",
    "prep:on",
    "prep:of",
    "prep:between",
    "prep:at",
    "prep:in",
    "prep:over",
    "prep:from",
    "prep:toward",
    "prep:into",
    "mutual",
    "agent_noun",
    "event_noun",
];
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
}

fn parse_args() -> Result<Options> {
    let mut data = PathBuf::from("../shared/data/lexicon");
    let mut out = PathBuf::from("assets/lexicon");
    let mut curated = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--data" => data = PathBuf::from(value("--data")?),
            "--out" => out = PathBuf::from(value("--out")?),
            "--curated" => curated = Some(PathBuf::from(value("--curated")?)),
            "-h" | "--help" => {
                println!(
                    "build_lexicon [--data DIR] [--out DIR] [--curated DIR]\n\n\
                     --data     PETRARCH2/Phoenix and CAMEO dictionaries (default ../shared/data/lexicon)\n\
                     --out      where the generated TSV files go (default assets/lexicon)\n\
                     --curated  hand-curated supplements (default OUT/curated)"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?} (try --help)")),
        }
    }
    let curated = curated.unwrap_or_else(|| out.join("curated"));
    Ok(Options { data, out, curated })
}

fn run() -> Result<()> {
    let opts = parse_args()?;
    let lexicon = Lexicon::build(&opts.data, &opts.curated)?;
    fs::create_dir_all(&opts.out).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    for (name, text) in lexicon.files(&opts.data)? {
        write_file(&opts.out.join(name), &text)?;
    }
    offices::write_offices(&opts.data, &lexicon.actors, &lexicon.titles, &opts.out)?;
    print_summary(
        &lexicon.actors,
        &lexicon.agents,
        &lexicon.titles,
        &lexicon.triggers,
        &lexicon.verb_forms,
    );
    Ok(())
}

/// Every generated table, checked against the schema.
struct Lexicon {
    actors: Vec<ActorRow>,
    agents: Vec<AgentRow>,
    titles: Vec<TitleRow>,
    triggers: Vec<TriggerRow>,
    verb_forms: BTreeMap<String, String>,
}

impl Lexicon {
    /// The tables of the dictionaries in `data` and the curated supplements in `curated`.
    fn build(data: &Path, curated: &Path) -> Result<Lexicon> {
        let curated = Curated::load(curated)?;
        let agents = build_agents(data, &curated)?;
        let titles = build_titles(&agents, &curated);
        let vocab = Vocabulary::new(&curated, &agents, &titles);
        let actors = build_actors(data, &curated, &vocab)?;
        let (triggers, verb_forms) = build_triggers(data, &curated)?;
        validate_actors(&actors)?;
        validate_agents(&agents)?;
        validate_titles(&titles)?;
        validate_triggers(&triggers)?;
        Ok(Lexicon {
            actors,
            agents,
            titles,
            triggers,
            verb_forms,
        })
    }

    /// The files to write, by name, with the licence notice of the dictionaries in `data`.
    fn files(&self, data: &Path) -> Result<[(&'static str, String); 6]> {
        Ok([
            ("actors.tsv", render_actors(&self.actors)),
            ("agents.tsv", render_agents(&self.agents)),
            ("titles.tsv", render_titles(&self.titles)),
            ("triggers.tsv", render_triggers(&self.triggers)),
            ("verb_forms.tsv", render_verb_forms(&self.verb_forms)),
            ("NOTICE", render_notice(data)?),
        ])
    }
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // A few dictionary lines carry mojibake; lossy decoding keeps the rest usable.
    Ok(String::from_utf8_lossy(&bytes).replace('\r', ""))
}

fn render_notice(data: &Path) -> Result<String> {
    let licence = read_text(&data.join("LICENSE.petrarch2.txt"))?;
    let mut copyrights = BTreeSet::new();
    for file in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "CAMEO.2.0.txt",
    ] {
        let text = read_text(&data.join(file))?;
        for line in text.lines().filter(|l| l.starts_with('#')) {
            let line = line.trim_start_matches('#').trim();
            if line.starts_with("Copyright") {
                copyrights.insert(format!("{line} ({file})"));
            }
        }
    }
    let mut out = String::new();
    out.push_str(
        "The files in this directory other than those under curated/ are derived from the\n\
         PETRARCH2 / Phoenix actor and agent dictionaries and the CAMEO verb dictionary\n\
         (Open Event Data Alliance; Computational Event Data System Project), distributed\n\
         under the MIT licence reproduced below. The files under curated/ are written for\n\
         actorgraph and are distributed under the crate's own licence.\n\n\
         Copyright lines of the source dictionaries:\n",
    );
    for c in &copyrights {
        let _ = writeln!(out, "  {c}");
    }
    out.push_str(
        "\nThe Goldstein weights follow Goldstein (1992), \"A Conflict-Cooperation Scale for\n\
         WEIS Events Data\", Journal of Conflict Resolution 36(2), as mapped to CAMEO codes.\n\
         The PLOVER material in the source folder is not used.\n\n\
         ---- LICENSE.petrarch2.txt ----\n\n",
    );
    out.push_str(licence.trim_end());
    out.push('\n');
    Ok(out)
}

fn print_summary(
    actors: &[ActorRow],
    agents: &[AgentRow],
    titles: &[TitleRow],
    triggers: &[TriggerRow],
    verb_forms: &BTreeMap<String, String>,
) {
    let mut by_type: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for a in actors {
        *by_type.entry((&a.kind, &a.form)).or_default() += 1;
    }
    println!("actors.tsv: {} rows", actors.len());
    for ((kind, form), n) in &by_type {
        println!("  {kind:<13} {form:<15} {n}");
    }
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for a in agents {
        *by_kind.entry(&a.kind).or_default() += 1;
    }
    println!("agents.tsv: {} rows {by_kind:?}", agents.len());
    let mut by_head: BTreeMap<&str, usize> = BTreeMap::new();
    for t in titles {
        *by_head.entry(&t.head).or_default() += 1;
    }
    println!("titles.tsv: {} rows (head: {by_head:?})", titles.len());
    let mut by_class: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for t in triggers {
        *by_class.entry((&t.class, &t.pos)).or_default() += 1;
    }
    println!("triggers.tsv: {} rows", triggers.len());
    for ((class, pos), n) in &by_class {
        println!("  {class:<8} {pos:<6} {n}");
    }
    println!("verb_forms.tsv: {} rows", verb_forms.len());
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

    #[test]
    fn excerpts_of_the_dictionaries_give_a_valid_lexicon() {
        let (data, curated) = fixture();
        let lexicon = Lexicon::build(&data, &curated).unwrap();
        let files = lexicon.files(&data).unwrap();
        let file = |name: &str| &files.iter().find(|(n, _)| *n == name).unwrap().1;
        let actors = file("actors.tsv");
        for row in [
            "Egypt\tEgypt\tcountry\tname\tEGY",
            "Cairo\tEgypt\tcountry\tcapital\tEGY",
            "Abdel Fattah el-Sisi\tAbdel Fattah el-Sisi\tperson\tmember\tEGYGOV",
        ] {
            assert!(actors.lines().any(|l| l == row), "no row {row:?}");
        }
        let triggers = file("triggers.tsv");
        assert!(
            triggers
                .lines()
                .any(|l| l.starts_with("meet\tverb\t040\tmeets\t"))
        );
        assert!(file("NOTICE").contains("Permission is hereby granted"));
        // Sorted rows: a rerun gives the same bytes.
        let again = Lexicon::build(&data, &curated)
            .unwrap()
            .files(&data)
            .unwrap();
        assert!(again == files);
    }

    #[test]
    fn a_missing_dictionary_is_an_error_naming_it() {
        let (_, curated) = fixture();
        let e = Lexicon::build(Path::new("/nonexistent"), &curated)
            .err()
            .unwrap();
        assert!(e.starts_with("/nonexistent/Phoenix.agents.txt: "), "{e}");
    }
}
