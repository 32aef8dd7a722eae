//! Builds the actor gazetteer and the relation-trigger lexicon in `assets/lexicon/`.
//!
//! ```text
//! cargo run --release --example build_lexicon -- --data ../shared/data/lexicon --out assets/lexicon
//! ```
//!
//! Inputs are the PETRARCH2 / Phoenix actor and agent dictionaries and the CAMEO verb
//! dictionary (TABARI formats, MIT licence), plus the hand-curated supplements in
//! `assets/lexicon/curated/`. Outputs are sorted TSV files, so a rerun on the same inputs
//! reproduces them byte for byte. The generator checks its own output and exits non-zero,
//! naming the offending row, when a row breaks the schema described in
//! `assets/lexicon/README.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
    let curated = Curated::load(&opts.curated)?;

    let agents = build_agents(&opts.data, &curated)?;
    let titles = build_titles(&agents, &curated);
    let vocab = Vocabulary::new(&curated, &agents, &titles);
    let actors = build_actors(&opts.data, &curated, &vocab)?;
    let (triggers, verb_forms) = build_triggers(&opts.data, &curated)?;

    validate_actors(&actors)?;
    validate_agents(&agents)?;
    validate_titles(&titles)?;
    validate_triggers(&triggers)?;

    fs::create_dir_all(&opts.out).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    write_file(&opts.out.join("actors.tsv"), &render_actors(&actors))?;
    write_file(&opts.out.join("agents.tsv"), &render_agents(&agents))?;
    write_file(&opts.out.join("titles.tsv"), &render_titles(&titles))?;
    write_file(&opts.out.join("triggers.tsv"), &render_triggers(&triggers))?;
    write_file(
        &opts.out.join("verb_forms.tsv"),
        &render_verb_forms(&verb_forms),
    )?;
    write_file(&opts.out.join("NOTICE"), &render_notice(&opts.data)?)?;

    print_summary(&actors, &agents, &titles, &triggers, &verb_forms);
    Ok(())
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // A few dictionary lines carry mojibake; lossy decoding keeps the rest usable.
    Ok(String::from_utf8_lossy(&bytes).replace('\r', ""))
}

// ---------------------------------------------------------------------------------------
// Curated supplements
// ---------------------------------------------------------------------------------------

/// One row of `curated/countries.tsv`.
struct CountryInfo {
    code: String,
    canonical: String,
    kind: String,
    names: Vec<String>,
    demonyms: Vec<String>,
    plurals: Vec<String>,
    capitals: Vec<String>,
}

struct VerbOverride {
    action: String,
    cameo: String,
    class: String,
    frame: String,
}

struct Curated {
    countries: Vec<CountryInfo>,
    actors: Vec<[String; 5]>,
    exclude: BTreeSet<String>,
    acronyms: BTreeSet<String>,
    given_names: BTreeSet<String>,
    agents: Vec<[String; 3]>,
    titles: Vec<[String; 4]>,
    triggers: Vec<[String; 5]>,
    verb_overrides: BTreeMap<String, VerbOverride>,
}

/// Reads a curated TSV file: `#` lines are comments, every other line has `columns` fields.
fn read_tsv(path: &Path, columns: usize) -> Result<Vec<Vec<String>>> {
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

fn split_list(field: &str) -> Vec<String> {
    if field == "-" {
        return Vec::new();
    }
    field
        .split('|')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn to_array<const N: usize>(row: Vec<String>) -> [String; N] {
    row.try_into().expect("column count checked by read_tsv")
}

impl Curated {
    fn load(dir: &Path) -> Result<Curated> {
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
struct Vocabulary {
    /// Upper-case words that introduce or qualify a role ("PRESIDENT", "FORMER", "EGYPTIAN").
    role_words: BTreeSet<String>,
    /// Lower-case agent nouns and titles: never actor names on their own.
    generic_nouns: BTreeSet<String>,
    acronyms: BTreeSet<String>,
}

impl Vocabulary {
    fn new(curated: &Curated, agents: &[AgentRow], titles: &[TitleRow]) -> Vocabulary {
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

// ---------------------------------------------------------------------------------------
// TABARI / PETRARCH actor dictionaries
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct CodeSpec {
    code: String,
    /// `>date`: from that date on, i.e. current.
    open: bool,
    /// No date at all: the default code.
    undated: bool,
    /// Last day the code applies (yyyymmdd normalised), for closed ranges.
    end: u64,
}

#[derive(Clone, Debug)]
struct ActorEntry {
    line: usize,
    names: Vec<String>,
    codes: Vec<CodeSpec>,
    comment: String,
}

impl ActorEntry {
    /// The code that applies today: an open-ended one, else the undated default, else the
    /// range that ended last.
    fn current_code(&self) -> Option<String> {
        let usable: Vec<&CodeSpec> = self
            .codes
            .iter()
            .filter(|c| c.code != "---" && !c.code.is_empty())
            .collect();
        if let Some(c) = usable.iter().rev().find(|c| c.open) {
            return Some(c.code.clone());
        }
        if let Some(c) = usable.iter().find(|c| c.undated) {
            return Some(c.code.clone());
        }
        usable.iter().max_by_key(|c| c.end).map(|c| c.code.clone())
    }
}

/// TABARI dates are yymmdd or yyyymmdd; two-digit years below 30 are 20xx.
fn normalise_date(date: &str) -> u64 {
    let digits: String = date.chars().filter(|c| c.is_ascii_digit()).collect();
    let value: u64 = digits.parse().unwrap_or(0);
    if digits.len() == 6 {
        let year = value / 10000;
        let century = if year < 30 { 20_000_000 } else { 19_000_000 };
        century + value
    } else {
        value
    }
}

fn parse_code(spec: &str) -> CodeSpec {
    let mut parts = spec.split_whitespace();
    let code = parts
        .next()
        .unwrap_or("")
        .trim_start_matches('~')
        .to_string();
    let date = parts.next().unwrap_or("");
    let (open, undated, end) = if date.is_empty() {
        (false, true, 0)
    } else if let Some(d) = date.strip_prefix('>') {
        (true, false, normalise_date(d))
    } else if let Some(d) = date.strip_prefix('<') {
        (false, false, normalise_date(d))
    } else {
        let end = date.rsplit('-').next().unwrap_or("");
        (false, false, normalise_date(end))
    };
    CodeSpec {
        code,
        open,
        undated,
        end,
    }
}

/// Splits `NAME [CODE] [CODE]` into the name text and the bracketed codes.
fn split_codes(text: &str) -> (String, Vec<CodeSpec>) {
    let mut name = String::new();
    let mut codes = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        name.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find([']', '}']) {
            Some(close) => {
                codes.push(parse_code(&after[..close]));
                rest = &after[close + 1..];
            }
            None => {
                rest = "";
            }
        }
    }
    name.push_str(rest);
    (name, codes)
}

fn parse_actor_file(text: &str) -> Vec<ActorEntry> {
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut current: Option<ActorEntry> = None;
    for (number, raw) in text.lines().enumerate() {
        let (body, comment) = match raw.find('#') {
            Some(i) => (&raw[..i], raw[i + 1..].trim()),
            None => (raw, ""),
        };
        if body.trim().is_empty() {
            continue;
        }
        let (name_text, codes) = split_codes(body);
        let first = body.chars().next().unwrap_or(' ');
        if first == '+' {
            if let Some(entry) = current.as_mut() {
                for alias in name_text.split('+') {
                    push_name(&mut entry.names, alias);
                }
                entry.codes.extend(codes);
            }
        } else if first.is_whitespace() {
            if let Some(entry) = current.as_mut() {
                push_name(&mut entry.names, &name_text);
                entry.codes.extend(codes);
            }
        } else if let Some(entry) = current.as_mut().filter(|e| e.codes.is_empty()) {
            // Root phrases without codes share the codes that follow them, as PETRARCH
            // reads them: `IVO_JOSIPOVIC_` / `JOSIPOVIC_` / `[HRVGOV]`.
            push_name(&mut entry.names, &name_text);
            entry.codes.extend(codes);
            if entry.comment.is_empty() {
                entry.comment = comment.to_string();
            }
        } else {
            if let Some(done) = current.take() {
                entries.push(done);
            }
            let mut names = Vec::new();
            push_name(&mut names, &name_text);
            current = Some(ActorEntry {
                line: number + 1,
                names,
                codes,
                comment: comment.to_string(),
            });
        }
    }
    entries.extend(current.take().filter(|e| !e.codes.is_empty()));
    entries
}

fn push_name(names: &mut Vec<String>, text: &str) {
    // Tabs separate a name from trailing junk (`OSMAN_OLCAY\t_TURKEY_`); spaces are joins.
    let name = text.trim().split('\t').next().unwrap_or("").trim();
    if !name.is_empty() {
        names.push(name.replace(' ', "_"));
    }
}

/// A dictionary phrase split into upper-case words, with parenthesised acronyms apart.
struct Phrase {
    words: Vec<String>,
    parenthesised: Vec<String>,
}

fn parse_phrase(raw: &str) -> Option<Phrase> {
    let mut text = String::new();
    let mut parenthesised = Vec::new();
    let mut rest = raw;
    while let Some(open) = rest.find('(') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(')') {
            Some(close) => {
                parenthesised.push(after[..close].trim_matches('_').to_string());
                rest = &after[close + 1..];
            }
            None => rest = "",
        }
    }
    text.push_str(rest);
    let mut words: Vec<String> = text
        .split(['_', ' '])
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ';' || c == ':'))
        .filter(|w| !w.is_empty() && *w != "-" && *w != "--")
        .map(|w| w.to_uppercase())
        .collect();
    // "ORDER,_THE" and "THE_US" both carry an article that is not part of the name.
    if words.len() > 1 && words[0] == "THE" {
        words.remove(0);
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "THE") {
        words.pop();
    }
    let valid = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '-' | '/' | '&'))
    });
    if words.is_empty() || !valid {
        return None;
    }
    Some(Phrase {
        words,
        parenthesised,
    })
}

#[rustfmt::skip]
const LOWER_PARTICLES: &[&str] = &[
    "OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "DE", "DA", "DI", "DO", "DOS",
    "DAS", "DEL", "DELLA", "DER", "DEN", "VAN", "VON", "LA", "LE", "DU", "DES", "BIN", "IBN",
    "BINT", "AL", "EL", "UL", "WAL", "WA", "Y", "E", "OR", "AGAINST", "WITH", "FROM", "ET",
];

fn is_roman_numeral(word: &str) -> bool {
    matches!(
        word,
        "II" | "III" | "IV" | "VI" | "VII" | "VIII" | "IX" | "XI" | "XII"
    )
}

fn capitalise(part: &str) -> String {
    let mut chars = part.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn case_part(part: &str, lower_first: bool) -> String {
    if let Some(rest) = part.strip_prefix("MC").filter(|r| r.len() > 1) {
        return format!("Mc{}", capitalise(rest));
    }
    if let Some((head, tail)) = part.split_once('\'') {
        if head.chars().count() == 1 && !tail.is_empty() {
            // O'Brien, d'Ivoire, l'Est
            let head = if head == "O" || !lower_first {
                head.to_string()
            } else {
                head.to_lowercase()
            };
            return format!("{head}'{}", capitalise(tail));
        }
        return format!("{}'{}", capitalise(head), tail.to_lowercase());
    }
    capitalise(part)
}

/// Cases one upper-case dictionary word for display.
fn case_word(word: &str, first: bool, style: Style, acronyms: &BTreeSet<String>) -> String {
    let korean = style == Style::KoreanPerson
        || (style == Style::Person
            && word
                .split_once('-')
                .is_some_and(|(a, b)| a.len() <= 5 && KOREAN_SYLLABLES.contains(&b)));
    if acronyms.contains(word) || (!first && is_roman_numeral(word)) {
        return word.to_string();
    }
    if word.contains('/') {
        // "DHKP/C", "BRIGADES/COMMUNIST": each part on its own.
        return word
            .split('/')
            .map(|part| case_word(part, first, style, acronyms))
            .collect::<Vec<_>>()
            .join("/");
    }
    if word.contains('.') {
        // U.S., U.N., D.C. and initials stay as they are; "ST." becomes "St.".
        if word
            .split('.')
            .all(|p| p.chars().filter(|c| c.is_alphabetic()).count() <= 1)
        {
            return word.to_string();
        }
        return capitalise(word);
    }
    if !first && LOWER_PARTICLES.contains(&word) {
        return word.to_lowercase();
    }
    if style == Style::Organization && word.chars().count() <= 4 && looks_like_acronym(word) {
        return word.to_string();
    }
    let mut out = String::new();
    for (i, part) in word.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let prefix_particle = matches!(part, "AL" | "EL" | "UL" | "E" | "I" | "WAL" | "UD" | "AD");
        let lower = if i == 0 {
            prefix_particle && word.contains('-')
        } else {
            korean || prefix_particle
        };
        if lower {
            out.push_str(&part.to_lowercase());
        } else {
            out.push_str(&case_part(part, !first || i > 0));
        }
    }
    out
}

/// Second syllables of romanised Korean given names, written in lower case after the
/// hyphen ("Ki-moon", "Jong-un", "Geun-hye").
#[rustfmt::skip]
const KOREAN_SYLLABLES: &[&str] = &[
    "MOON", "UN", "IL", "HYE", "IN", "YEOL", "HO", "HYUN", "JIN", "SOO", "SUNG", "HEE", "JAE",
    "WOO", "CHUL", "YOUNG", "HWAN", "SIK", "HOON", "KYU", "MIN", "JUN", "NAM", "TAE", "YONG",
    "SEOK", "SUK", "GUN", "KUN", "WON", "DUK", "DONG", "GIL", "PIL", "SANG", "SOON", "GYU",
    "HYUK", "JONG", "KYUNG", "MYUNG", "BOK", "YEON", "SEOB", "HONG", "KWAN", "CHAN",
];

/// How a name is cased: acronyms are guessed only in organization names (a person named
/// "Ng" or a town named "Qum" is not an acronym), hyphenated parts of Korean given names
/// are lower case ("Ban Ki-moon").
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Person,
    KoreanPerson,
    Organization,
    Place,
}

fn display_name(words: &[String], style: Style, acronyms: &BTreeSet<String>) -> String {
    if style == Style::Organization && words.len() == 1 {
        let w = &words[0];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let plain = w.chars().all(|c| c.is_ascii_uppercase());
        if plain && (letters <= 3 || (letters <= 6 && looks_like_acronym(w))) {
            return w.clone();
        }
    }
    words
        .iter()
        .enumerate()
        .map(|(i, w)| case_word(w, i == 0, style, acronyms))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Word-initial consonant pairs of English and romanised names.
const ONSETS: &[&str] = &[
    "BL", "BR", "CH", "CL", "CR", "DR", "DH", "DJ", "FL", "FR", "GH", "GL", "GR", "KH", "KL", "KN",
    "KR", "PH", "PL", "PR", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW",
    "TS", "WH", "WR", "ZH", "SZ",
];
/// Word-final consonant pairs of English and romanised names.
const CODAS: &[&str] = &[
    "CH", "CK", "CT", "FT", "GH", "LD", "LF", "LK", "LL", "LM", "LP", "LT", "MB", "MP", "ND", "NG",
    "NK", "NT", "NZ", "PH", "PT", "RB", "RC", "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RT",
    "SH", "SK", "SP", "SS", "ST", "TH", "TT", "WN", "XT", "RR", "FF", "ZZ", "DS", "GS", "KS", "PS",
    "BS", "FS", "NS", "RS", "TS", "LS", "MS", "WS", "HS", "TZ", "SZ",
];
/// Three-consonant runs that occur inside ordinary words.
const CLUSTERS: &[&str] = &[
    "STR", "SCH", "SCR", "SPR", "SPL", "SHR", "THR", "CHR", "PHR", "NCH", "NTS", "NDS", "NGS",
    "RST", "RTS", "RCH", "LCH", "TCH", "NST", "MPS", "MPT", "NGL", "NGR", "RDS", "LDS", "RLD",
    "RTH", "NTH", "NCT", "NKS", "LTS", "CHT", "GHT", "NGH", "SHT", "RGH", "LLS", "TTS",
];
/// Short words that are abbreviations written in title case ("Inc", "Co").
const ABBREVIATIONS: &[&str] = &[
    "INC", "LTD", "CO", "CORP", "ST", "MT", "JR", "SR", "MR", "DR",
];

/// Guesses whether an upper-case word is an acronym (ACLU, EMC) rather than a word or name
/// (Amal, Kach): acronyms have no vowel or consonant runs no English word has.
fn looks_like_acronym(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 || !chars.iter().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    let vowel = |c: char| "AEIOUY".contains(c);
    if !chars.iter().any(|&c| vowel(c)) {
        return true;
    }
    let mut i = 0;
    while i < chars.len() {
        if vowel(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !vowel(chars[i]) {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        let len = i - start;
        if len >= 3 && !CLUSTERS.contains(&run.as_str()) {
            return true;
        }
        if len == 2 && start == 0 && !ONSETS.contains(&run.as_str()) {
            return true;
        }
        if len == 2 && i == chars.len() && !CODAS.contains(&run.as_str()) {
            return true;
        }
    }
    false
}

/// True when `short` spells the initials of the significant words of `long`
/// (NATO / North Atlantic Treaty Organization).
fn is_initialism(short: &str, long: &[String]) -> bool {
    if short.len() < 2 || long.len() < 2 {
        return false;
    }
    let initials: String = long
        .iter()
        .filter(|w| !LOWER_PARTICLES.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    let all_initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
    initials == short || all_initials == short
}

// ---------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct ActorRow {
    surface: String,
    canonical: String,
    kind: String,
    form: String,
    code: String,
    /// Lower wins when two sources claim one surface (curated first, people last).
    rank: u8,
    /// Order of discovery, to break ties deterministically.
    seq: usize,
    source: String,
}

const RANK_CURATED: u8 = 0;
const RANK_COUNTRY: u8 = 1;
const RANK_IGO: u8 = 2;
const RANK_ARMED: u8 = 3;
const RANK_INSTITUTION: u8 = 4;
const RANK_PERSON: u8 = 5;
const RANK_CITY: u8 = 6;

/// Words that mark a dictionary entry as an organization rather than a person.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
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
const DESCRIPTIVE_WORDS: &[&str] = &[
    "LINKED", "AFFILIATED", "OFFSHOOT", "BACKED", "LED", "BASED", "OPERATIVES", "OPERATIVE",
    "MEMBERS", "MEMBER", "SUPPORTERS", "SYMPATHIZERS", "LOYALISTS", "SOURCE", "SOURCES",
    "OFFICIAL", "OFFICIALS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "MONITOR", "MONITORS",
    "PEACEKEEPER", "PEACEKEEPERS", "CHIEF", "LEADER", "LEADERS", "PRESIDENT", "SECRETARY",
    "SECRETARY-GENERAL", "SECY", "SEC.", "GEN", "JUSTICES", "SOLDIERS", "TROOPS", "ENVOY",
    "AMBASSADOR", "REPRESENTATIVE", "COMMANDER", "DIRECTOR", "HEAD", "MINISTER", "DEPUTY",
    "FORMER", "EX", "FIGHTER", "SUSPECTS", "SUSPECT",
];

/// Words of official country names ("Arab Republic of Egypt").
#[rustfmt::skip]
const STATE_WORDS: &[&str] = &[
    "REPUBLIC", "KINGDOM", "FEDERATION", "STATE", "STATES", "EMIRATE", "EMIRATES", "SULTANATE",
    "PRINCIPALITY", "DUCHY", "COMMONWEALTH", "UNION", "CONFEDERATION", "ISLAMIC", "DEMOCRATIC",
    "PEOPLE'S", "PEOPLES", "SOCIALIST", "FEDERAL", "UNITED", "ARAB", "PLURINATIONAL",
    "BOLIVARIAN", "COOPERATIVE", "JAMAHIRIYA", "HASHEMITE",
];

struct ActorBuilder<'a> {
    rows: Vec<ActorRow>,
    vocab: &'a Vocabulary,
    curated: &'a Curated,
    /// Upper-case given names seen in person entries, plus the curated list.
    given_names: BTreeSet<String>,
    /// Upper-case last names of people: a single-word alias equal to one is a person's
    /// short name, not an organization or a place.
    surnames: BTreeSet<String>,
    /// Upper-case country names and demonyms (to strip "EGYPTIAN" from "EGYPTIAN_PRESIDENT_X").
    country_words: BTreeSet<String>,
    /// Curated surface (lower case) -> (canonical, type, code) for organizations.
    curated_orgs: BTreeMap<String, (String, String, String)>,
    excluded: BTreeMap<&'static str, usize>,
    /// Folded person name and country -> canonical name, to merge spelling variants.
    person_keys: BTreeMap<(String, String), String>,
}

impl<'a> ActorBuilder<'a> {
    fn push(&mut self, mut row: ActorRow) {
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
    fn exclusion(&self, row: &ActorRow) -> Option<&'static str> {
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

fn build_actors(data: &Path, curated: &Curated, vocab: &Vocabulary) -> Result<Vec<ActorRow>> {
    let countries_text = read_text(&data.join("Phoenix.Countries.actors.txt"))?;
    let international_text = read_text(&data.join("Phoenix.International.actors.txt"))?;
    let armed_text = read_text(&data.join("Phoenix.MilNonState.actors.txt"))?;
    let countries = parse_actor_file(&countries_text);
    let international = parse_actor_file(&international_text);
    let armed = parse_actor_file(&armed_text);

    let mut builder = ActorBuilder {
        rows: Vec::new(),
        vocab,
        curated,
        given_names: BTreeSet::new(),
        surnames: BTreeSet::new(),
        country_words: BTreeSet::new(),
        curated_orgs: BTreeMap::new(),
        excluded: BTreeMap::new(),
        person_keys: BTreeMap::new(),
    };
    collect_name_statistics(&mut builder, &countries, curated);

    add_curated_actors(&mut builder, curated)?;
    add_country_file(&mut builder, &countries)?;
    add_organization_file(&mut builder, &international, RANK_IGO, "International");
    add_organization_file(&mut builder, &armed, RANK_ARMED, "MilNonState");

    drop_person_short_names(&mut builder);
    let rows = resolve_surfaces(std::mem::take(&mut builder.rows));
    for (reason, count) in &builder.excluded {
        eprintln!("actors: dropped {count} generated surfaces ({reason})");
    }
    Ok(rows)
}

/// Harvests given names and surnames from the CountryInfo person entries, which are the
/// largest list of real people's names in the dictionaries.
fn collect_name_statistics(b: &mut ActorBuilder, countries: &[ActorEntry], curated: &Curated) {
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

fn add_curated_actors(b: &mut ActorBuilder, curated: &Curated) -> Result<()> {
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
enum EntryKind {
    Person,
    Organization,
    Location,
}

fn classify_entry(b: &ActorBuilder, entry: &ActorEntry, words: &[String], file: &str) -> EntryKind {
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
fn person_name(b: &ActorBuilder, words: &[String]) -> Option<Vec<String>> {
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

fn is_korean(code: &str) -> bool {
    code.starts_with("KOR") || code.starts_with("PRK")
}

fn add_person(b: &mut ActorBuilder, entry: &ActorEntry, code: &str, source: &str) {
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

fn country_lookup(curated: &Curated) -> BTreeMap<&str, &CountryInfo> {
    curated
        .countries
        .iter()
        .map(|c| (c.code.as_str(), c))
        .collect()
}

/// Edit distance, for recognising misspelt variants of a country's names.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn add_country_file(b: &mut ActorBuilder, entries: &[ActorEntry]) -> Result<()> {
    let curated = b.curated;
    let lookup = country_lookup(curated);
    for entry in entries {
        let Some(code) = entry.current_code() else {
            continue;
        };
        if let Some(country) = lookup.get(code.as_str()) {
            add_country_block(b, entry, country);
            continue;
        }
        let Some(head) = entry.names.first().and_then(|n| parse_phrase(n)) else {
            continue;
        };
        match classify_entry(b, entry, &head.words, "Countries") {
            EntryKind::Person => add_person(b, entry, &code, "Countries"),
            EntryKind::Organization => {
                add_organization(b, entry, &code, RANK_INSTITUTION, "Countries")
            }
            EntryKind::Location => add_location_block(b, entry, &code),
        }
    }
    Ok(())
}

/// Territories and regions with their own code (GAZA = PSEGZA). The head names the place;
/// aliases are mostly towns inside it, kept as places of their own.
fn add_location_block(b: &mut ActorBuilder, entry: &ActorEntry, code: &str) {
    let Some(head) = entry.names.first().and_then(|n| parse_phrase(n)) else {
        return;
    };
    let head_surface = display_name(&head.words, Style::Place, &b.vocab.acronyms);
    let (canonical, kind, code) = match b.curated_orgs.get(&head_surface.to_lowercase()) {
        Some((canonical, kind, code)) => (canonical.clone(), kind.clone(), code.clone()),
        None => (
            head_surface.clone(),
            "location".to_string(),
            code.to_string(),
        ),
    };
    for (i, raw) in entry.names.iter().enumerate() {
        let Some(phrase) = parse_phrase(raw) else {
            continue;
        };
        let surface = display_name(&phrase.words, Style::Place, &b.vocab.acronyms);
        let (canonical, form) = if i == 0 {
            (canonical.clone(), "name")
        } else {
            (surface.clone(), "city")
        };
        b.push(ActorRow {
            surface,
            canonical,
            kind: kind.clone(),
            form: form.to_string(),
            code: code.clone(),
            rank: RANK_CITY,
            seq: 0,
            source: format!("Countries:{}", entry.line),
        });
    }
}

/// Folds accents and case so that variant spellings compare equal ("Côte" / "COTE").
fn fold(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            let base = match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                    'a'
                }
                'ç' | 'Ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
                'ñ' | 'Ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
                c if c.is_alphanumeric() => c.to_ascii_lowercase(),
                _ => return None,
            };
            Some(base)
        })
        .collect()
}

/// True when `alias` is a misspelling or a foreign-language form of one of `known`
/// ("AFGANISTAN", "PHILLIPENES", "TADSCHIKISTAN", "DANMOERK"): close in spelling, or a
/// single word that starts like the name and is about as long.
fn is_variant_of(alias: &str, known: &[String]) -> bool {
    let a = fold(alias);
    known.iter().map(|k| fold(k)).any(|k| {
        if k == a || k.len() < 4 || a.len() < 4 {
            return false;
        }
        let d = edit_distance(&k, &a);
        let close = d * 10 <= k.len().max(a.len()) * 3;
        let same_start = !alias.contains(' ')
            && k.chars().take(4).eq(a.chars().take(4))
            && a.len() + 4 >= k.len()
            && k.len() + 4 >= a.len();
        close || same_start
    })
}

fn add_country_block(b: &mut ActorBuilder, entry: &ActorEntry, country: &CountryInfo) {
    let known: Vec<String> = [&country.canonical]
        .into_iter()
        .chain(&country.names)
        .chain(&country.demonyms)
        .chain(&country.plurals)
        .chain(&country.capitals)
        .map(|s| s.to_uppercase())
        .collect();
    let name_words: BTreeSet<String> = [&country.canonical]
        .into_iter()
        .chain(&country.names)
        .flat_map(|n| n.split(' ').map(str::to_uppercase).collect::<Vec<_>>())
        .filter(|w| !LOWER_PARTICLES.contains(&w.as_str()))
        .collect();
    for raw in &entry.names {
        let Some(phrase) = parse_phrase(raw) else {
            continue;
        };
        let upper = phrase.words.join(" ");
        if known.contains(&upper) {
            continue; // already emitted from the curated table
        }
        if is_variant_of(&upper, &known) {
            continue;
        }
        let mentions_country = phrase.words.iter().any(|w| name_words.contains(w));
        let surface = display_name(&phrase.words, Style::Place, &b.vocab.acronyms);
        if mentions_country {
            // An official name has only the country's own words, state words and
            // particles ("Arab Republic of Egypt"); anything else is a description
            // ("Administrative Divisions of the Republic of the Congo").
            let official = phrase.words.iter().all(|w| {
                name_words.contains(w)
                    || STATE_WORDS.contains(&w.as_str())
                    || LOWER_PARTICLES.contains(&w.as_str())
            });
            if official {
                b.push(ActorRow {
                    surface,
                    canonical: country.canonical.clone(),
                    kind: country.kind.clone(),
                    form: "name".to_string(),
                    code: country.code.clone(),
                    rank: RANK_COUNTRY,
                    seq: 0,
                    source: format!("Countries:{}", entry.line),
                });
            }
            // Other phrases that contain the country's name describe it ("SOVIET OCCUPIED
            // AFGHANISTAN") and are not names people write.
            continue;
        }
        b.push(ActorRow {
            surface: surface.clone(),
            canonical: surface,
            kind: "location".to_string(),
            form: "city".to_string(),
            code: country.code.clone(),
            rank: RANK_CITY,
            seq: 0,
            source: format!("Countries:{}", entry.line),
        });
    }
}

fn add_organization_file(b: &mut ActorBuilder, entries: &[ActorEntry], rank: u8, file: &str) {
    for entry in entries {
        let Some(code) = entry.current_code() else {
            continue;
        };
        let Some(head) = entry.names.first().and_then(|n| parse_phrase(n)) else {
            continue;
        };
        match classify_entry(b, entry, &head.words, file) {
            EntryKind::Person => add_person(b, entry, &code, file),
            _ => add_organization(b, entry, &code, rank, file),
        }
    }
}

/// An organization block: the head names it, `+` lines are aliases. Aliases that are
/// people (a leader listed under his group) become person rows of their own.
fn add_organization(b: &mut ActorBuilder, entry: &ActorEntry, code: &str, rank: u8, file: &str) {
    let acronyms = &b.vocab.acronyms;
    let phrases: Vec<Phrase> = entry.names.iter().filter_map(|n| parse_phrase(n)).collect();
    let Some(head) = phrases.first() else {
        return;
    };
    let long_forms: Vec<&Vec<String>> = phrases
        .iter()
        .filter(|p| p.words.len() >= 2)
        .map(|p| &p.words)
        .collect();
    let render = |words: &[String]| -> String {
        if words.len() == 1 && long_forms.iter().any(|l| is_initialism(&words[0], l)) {
            return words[0].clone();
        }
        display_name(words, Style::Organization, acronyms)
    };

    // Surfaces of this block that are organization names, in block order.
    let mut names: Vec<String> = Vec::new();
    let mut people: Vec<Vec<String>> = Vec::new();
    for (i, phrase) in phrases.iter().enumerate() {
        let words = &phrase.words;
        let looks_like_person = i > 0
            && words.len() >= 2
            && !words.iter().any(|w| ORG_WORDS.contains(&w.as_str()))
            && (b.given_names.contains(&words[0]) || b.vocab.role_words.contains(&words[0]));
        if looks_like_person {
            people.push(words.clone());
            continue;
        }
        let descriptive = words
            .iter()
            .any(|w| DESCRIPTIVE_WORDS.contains(&w.as_str()))
            || (i > 0 && b.vocab.role_words.contains(&words[0]));
        if descriptive {
            continue;
        }
        names.push(render(words));
        for inner in &phrase.parenthesised {
            let inner_words: Vec<String> = inner
                .split('_')
                .filter(|w| !w.is_empty())
                .map(str::to_uppercase)
                .collect();
            let acronym_like = inner_words.len() == 1
                && inner.len() >= 2
                && inner.len() <= 6
                && inner.chars().all(|c| c.is_ascii_uppercase() || c == '/')
                && !b.country_words.contains(&inner_words[0]);
            if acronym_like {
                names.push(inner_words[0].clone());
            }
        }
    }
    // Surnames of the people listed in the block are not names of the organization.
    let person_last: BTreeSet<String> = people.iter().filter_map(|p| p.last().cloned()).collect();
    names.retain(|n| !person_last.contains(&n.to_uppercase()));

    let head_surface = render(&head.words);
    // Only the head decides: aliases in these blocks are often other groups ("PLA" inside
    // the INLA entry), so an alias match would rename the wrong actor.
    let curated_match = b.curated_orgs.get(&head_surface.to_lowercase()).cloned();
    let (canonical, kind, code) = match curated_match {
        Some((canonical, kind, curated_code)) => (canonical, kind, curated_code),
        None => (head_surface, "organization".to_string(), code.to_string()),
    };
    // National institution entries group several agencies under one code ("Bureau of
    // Land Management" filed under Housing and Urban Development). A multi-word alias
    // sharing no significant word with the head is an agency of its own.
    let country_words = b.country_words.clone();
    let significant = |name: &str| -> BTreeSet<String> {
        name.split([' ', '-'])
            .map(str::to_uppercase)
            .filter(|w| {
                !LOWER_PARTICLES.contains(&w.as_str())
                    && !country_words.contains(w)
                    && !matches!(w.as_str(), "U.S." | "US" | "UNITED" | "STATES" | "NATIONAL")
            })
            .collect()
    };
    let head_words = significant(&canonical);
    for surface in names {
        let own = rank == RANK_INSTITUTION
            && surface.contains(' ')
            && significant(&surface).is_disjoint(&head_words);
        let canonical = if own {
            surface.clone()
        } else {
            canonical.clone()
        };
        b.push(ActorRow {
            surface,
            canonical,
            kind: kind.clone(),
            form: "name".to_string(),
            code: code.clone(),
            rank,
            seq: 0,
            source: format!("{file}:{}", entry.line),
        });
    }
    for words in people {
        let person = ActorEntry {
            line: entry.line,
            names: vec![words.join("_")],
            codes: Vec::new(),
            comment: String::new(),
        };
        add_person(b, &person, &code, file);
    }
}

/// Drops generated one-word organization and place surfaces that are the last name of a
/// listed person ("Josipovic", "Yeltsin"): the dictionaries file such short names under the
/// person's party or country, but in text they denote the person.
fn drop_person_short_names(b: &mut ActorBuilder) {
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
fn resolve_surfaces(rows: Vec<ActorRow>) -> Vec<ActorRow> {
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

fn validate_actors(rows: &[ActorRow]) -> Result<()> {
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

fn render_actors(rows: &[ActorRow]) -> String {
    let mut out = String::from("# surface\tcanonical\ttype\tform\tcode\n");
    for r in rows {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            r.surface, r.canonical, r.kind, r.form, r.code
        );
    }
    out
}

// ---------------------------------------------------------------------------------------
// Agents and titles
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct AgentRow {
    noun: String,
    sector: String,
    kind: String,
}

/// Head words of agent nouns that name a body rather than one person.
#[rustfmt::skip]
const COLLECTIVE_HEADS: &[&str] = &[
    "government", "ministry", "ministries", "department", "army", "military", "police",
    "authority", "authorities", "administration", "cabinet", "council", "committee",
    "commission", "court", "parliament", "assembly", "congress", "senate", "party", "parties",
    "movement", "group", "organization", "organisation", "agency", "bureau", "office",
    "service", "company", "corporation", "media", "press", "navy", "force", "forces", "regime",
    "junta", "militia", "coalition", "alliance", "delegation", "embassy", "consulate", "union",
    "legislature", "judiciary", "industry", "business", "firm", "bank", "establishment",
    "troops", "personnel", "staff", "leadership", "corps", "guard", "patrol", "unit", "team",
    "brigade", "battalion", "regiment", "division", "squad", "fleet", "network", "front",
    "insurgency", "rebellion", "uprising", "opposition", "resistance", "family", "public",
    "people", "community", "society", "tribunal", "board", "chamber", "house", "body", "system",
    "sector", "institution", "station", "newspaper", "magazine", "agency", "television",
    "radio", "website", "publication", "gazette", "tabloid", "outlet", "intelligence",
    "presidium", "politburo", "chancellery", "secretariat", "mission", "diaspora", "clergy",
    "church", "garrison", "infantry", "artillery", "marines", "cavalry", "gendarmerie",
    "constabulary", "monarchy", "dynasty", "crown", "state", "kingdom", "polity", "bureaucracy", "airline", "airway", "automaker", "carmaker", "manufacturer",
    "maker", "conglomerate", "enterprise", "contractor", "elite", "nobility", "royalty",
    "junta", "high command", "command", "wing",
];

#[rustfmt::skip]
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("man", "men"), ("woman", "women"), ("person", "people"), ("chief", "chiefs"),
    ("staff", "staff"), ("personnel", "personnel"), ("police", "police"),
    ("military", "military"), ("media", "media"), ("press", "press"), ("aircraft", "aircraft"),
    ("clergy", "clergy"), ("infantry", "infantry"), ("artillery", "artillery"),
    ("intelligence", "intelligence"), ("leadership", "leadership"), ("judiciary", "judiciary"),
    ("opposition", "opposition"), ("public", "public"),
    ("attorney general", "attorneys general"), ("secretary-general", "secretaries-general"),
    ("secretary general", "secretaries general"), ("commander-in-chief", "commanders-in-chief"),
    ("chief of staff", "chiefs of staff"), ("editor-in-chief", "editors-in-chief"),
    ("governor general", "governors general"), ("consul general", "consuls general"),
    ("director general", "directors general"), ("director-general", "directors-general"),
    ("surgeon general", "surgeons general"), ("solicitor general", "solicitors general"),
    ("auditor general", "auditors general"),
];

/// English plural of a noun phrase: the head noun (the word before "of", or the last word)
/// takes the plural.
fn pluralize(noun: &str) -> String {
    if let Some((_, plural)) = IRREGULAR_PLURALS.iter().find(|(s, _)| *s == noun) {
        return plural.to_string();
    }
    let head = head_phrase(noun);
    if head.len() < noun.len() && !head.is_empty() {
        return format!("{}{}", pluralize(head), &noun[head.len()..]);
    }
    let (prefix, last) = match noun.rsplit_once(' ') {
        Some((p, l)) => (format!("{p} "), l),
        None => (String::new(), noun),
    };
    if let Some((_, plural)) = IRREGULAR_PLURALS.iter().find(|(s, _)| *s == last) {
        return format!("{prefix}{plural}");
    }
    if let Some(stem) = last
        .strip_suffix("man")
        .filter(|s| !s.is_empty() && !s.ends_with('r'))
    {
        // spokesman -> spokesmen, but not "german"
        return format!("{prefix}{stem}men");
    }
    let plural = if last.ends_with('y')
        && !last.ends_with("ay")
        && !last.ends_with("ey")
        && !last.ends_with("oy")
        && !last.ends_with("uy")
    {
        format!("{}ies", &last[..last.len() - 1])
    } else if last.ends_with('s')
        || last.ends_with('x')
        || last.ends_with('z')
        || last.ends_with("ch")
        || last.ends_with("sh")
    {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{prefix}{plural}")
}

fn is_plural_form(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    last.ends_with("men")
        || last == "people"
        || (last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && !last.ends_with("is")
            && last != "press"
            && last != "corps"
            && last != "headquarters")
}

/// The head noun of an agent phrase: the last word before a prepositional complement
/// ("ministers of oil" -> "ministers", "ministry for youth" -> "ministry").
fn head_phrase(noun: &str) -> &str {
    let mut end = noun.len();
    for prep in [" of ", " for ", " to ", " in ", " on ", " at ", " with "] {
        if let Some(i) = noun.find(prep) {
            end = end.min(i);
        }
    }
    &noun[..end]
}

fn agent_kind(noun: &str) -> &'static str {
    let head_phrase = head_phrase(noun);
    let head = head_phrase.rsplit(' ').next().unwrap_or(head_phrase);
    if COLLECTIVE_HEADS.contains(&head) || is_plural_form(head_phrase) {
        "collective"
    } else {
        "individual"
    }
}

fn build_agents(data: &Path, curated: &Curated) -> Result<Vec<AgentRow>> {
    let text = read_text(&data.join("Phoenix.agents.txt"))?;
    let mut substitutions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut rows: BTreeMap<String, AgentRow> = BTreeMap::new();
    let drops: BTreeSet<String> = curated
        .agents
        .iter()
        .filter(|r| r[1] == "-")
        .map(|r| r[0].clone())
        .collect();
    for line in text.lines() {
        let body = line.split('#').next().unwrap_or("");
        if body.trim().is_empty() {
            continue;
        }
        if let Some((name, values)) = body
            .split_once('=')
            .filter(|(name, _)| name.trim().starts_with('!'))
        {
            substitutions.insert(
                name.trim().to_string(),
                values.split(',').map(|v| v.trim().to_string()).collect(),
            );
            continue;
        }
        let Some(open) = body.find('[') else {
            continue;
        };
        let close = body[open..]
            .find([']', '}'])
            .map(|i| open + i)
            .unwrap_or(body.len());
        let sector = body[open + 1..close]
            .trim()
            .trim_start_matches('~')
            .to_string();
        if sector.is_empty() || !sector.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let mut phrase = body[..open].trim().to_string();
        // `{PLURALS}` gives irregular plurals; `{}` says the noun has none.
        let mut explicit_plurals: Option<Vec<String>> = None;
        if let Some(brace) = phrase.find('{') {
            let inner = phrase[brace + 1..].trim_end_matches('}').trim().to_string();
            explicit_plurals = Some(inner.split_whitespace().map(str::to_string).collect());
            phrase = phrase[..brace].trim().to_string();
        }
        let mut forms: Vec<(String, bool)> = Vec::new();
        let substituted = substitutions
            .iter()
            .find(|(k, _)| phrase.contains(k.as_str()));
        match substituted {
            Some((key, values)) => {
                for v in values {
                    forms.push((phrase.replace(key.as_str(), v), true));
                }
            }
            None => forms.push((phrase.clone(), false)),
        }
        // The few stems left in the file ("HEALTH_MINIST", "PORT_AUTHORIT") stand for
        // their singular and plural nouns.
        let mut expanded = Vec::new();
        for (form, from_substitution) in forms {
            let stems = [
                (
                    "MINIST",
                    &["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"][..],
                ),
                ("MINISTR", &["MINISTRY", "MINISTRIES"][..]),
                ("AUTHORIT", &["AUTHORITY", "AUTHORITIES"][..]),
            ];
            let trimmed = form.trim_end_matches('_');
            match stems
                .iter()
                .find(|(stem, _)| trimmed == *stem || trimmed.ends_with(&format!("_{stem}")))
            {
                Some((stem, full)) => {
                    let base = &trimmed[..trimmed.len() - stem.len()];
                    for f in *full {
                        expanded.push((format!("{base}{f}"), true));
                    }
                }
                None => expanded.push((form, from_substitution)),
            }
        }
        let forms = expanded;
        for (form, from_substitution) in forms {
            let noun = normalise_agent_noun(&form);
            if noun.is_empty()
                || noun.chars().any(|c| c.is_ascii_digit())
                || !noun
                    .chars()
                    .all(|c| c.is_alphabetic() || " -'.".contains(c))
                || drops.contains(&noun)
            {
                continue;
            }
            let mut all = vec![noun.clone()];
            if !from_substitution {
                match &explicit_plurals {
                    Some(plurals) => {
                        all.extend(plurals.iter().map(|p| normalise_agent_noun(p)));
                    }
                    None if !is_plural_form(&noun) => all.push(pluralize(&noun)),
                    None => {}
                }
            }
            for (i, n) in all.into_iter().enumerate() {
                if n.is_empty() || drops.contains(&n) {
                    continue;
                }
                // Every form after the first is a plural: many people or a body.
                let kind = if i > 0 { "collective" } else { agent_kind(&n) };
                rows.entry(n.clone()).or_insert_with(|| AgentRow {
                    kind: kind.to_string(),
                    noun: n,
                    sector: sector.clone(),
                });
            }
        }
    }
    // Curated rows add nouns the dictionary lacks and correct sector or kind.
    for [noun, sector, kind] in &curated.agents {
        if sector == "-" {
            rows.remove(noun);
            continue;
        }
        rows.insert(
            noun.clone(),
            AgentRow {
                noun: noun.clone(),
                sector: sector.clone(),
                kind: kind.clone(),
            },
        );
    }
    Ok(rows.into_values().collect())
}

fn normalise_agent_noun(raw: &str) -> String {
    raw.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn validate_agents(rows: &[AgentRow]) -> Result<()> {
    let mut seen = BTreeSet::new();
    for r in rows {
        if !seen.insert(&r.noun) {
            return Err(format!("agents.tsv: duplicate noun {:?}", r.noun));
        }
        if !AGENT_KINDS.contains(&r.kind.as_str()) {
            return Err(format!(
                "agents.tsv: {:?} has unknown kind {:?}",
                r.noun, r.kind
            ));
        }
        if r.sector.len() < 3 || !r.sector.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(format!(
                "agents.tsv: {:?} has malformed sector {:?}",
                r.noun, r.sector
            ));
        }
        if r.noun != r.noun.to_lowercase() {
            return Err(format!("agents.tsv: {:?} is not lower case", r.noun));
        }
    }
    Ok(())
}

fn render_agents(rows: &[AgentRow]) -> String {
    let mut out = String::from("# noun\tsector\tkind\n");
    for r in rows {
        let _ = writeln!(out, "{}\t{}\t{}", r.noun, r.sector, r.kind);
    }
    out
}

#[derive(Clone, Debug)]
struct TitleRow {
    title: String,
    role: String,
    sector: String,
    head: String,
}

/// Words whose presence makes a title the head of what it is attached to.
#[rustfmt::skip]
const HEAD_WORDS: &[&str] = &[
    "president", "premier", "king", "queen", "emperor", "empress", "emir", "sultan", "monarch",
    "ruler", "leader", "chief", "chairman", "chairwoman", "chairperson", "chair", "head",
    "secretary-general", "director", "director-general", "commander", "commander-in-chief",
    "governor", "mayor", "chancellor", "prime", "sovereign", "dictator", "potentate",
    "generalissimo", "speaker", "tyrant", "autocrat", "despot",
];

/// Sectors whose individual agent nouns are roles a person holds in a government, a force
/// or a party, and so can stand before a name or head an appositive.
const TITLE_SECTORS: &[&str] = &[
    "GOV", "ELI", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP",
];

fn title_case_role(title: &str) -> String {
    title
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && matches!(w, "of" | "the" | "for" | "and" | "to" | "on" | "in" | "at") {
                w.to_string()
            } else {
                w.split('-')
                    .map(|p| {
                        if matches!(p, "in" | "of" | "at") {
                            p.to_string()
                        } else {
                            capitalise(p)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("-")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Last words that name a person holding a role (besides the -er/-or/-ist/-ian/-ant/-ent
/// and -man endings).
#[rustfmt::skip]
const PERSON_ROLE_WORDS: &[&str] = &[
    "chief", "head", "general", "colonel", "major", "captain", "lieutenant", "sergeant",
    "admiral", "marshal", "envoy", "king", "queen", "prince", "princess", "emperor", "empress",
    "sultan", "emir", "sheikh", "monarch", "consul", "deputy", "delegate", "aide", "mayor",
    "judge", "justice", "attorney", "counsel", "spy", "agent", "mp", "premier", "secretary",
    "diplomat", "official", "bureaucrat", "autocrat", "despot", "tyrant", "regent",
    "commandant", "cadet", "corporal", "ensign", "commodore", "generalissimo", "brigadier",
    "recruit", "veteran", "mercenary", "pilot", "militant", "rebel", "guerrilla", "guerilla",
    "insurgent", "separatist", "spokesperson", "representative", "whip", "clerk", "magistrate",
    "advocate", "chair", "executive", "activist", "dissident", "candidate", "nominee",
    "incumbent", "attaché", "attache", "operative", "plenipotentiary", "potentate", "lady",
    "autocrat", "chancellor", "viceroy", "bishop", "cardinal", "imam", "ayatollah", "cleric",
];

/// Role nouns ending like person nouns that name machines or places instead.
#[rustfmt::skip]
const NOT_PERSON_WORDS: &[&str] = &[
    "bomber", "destroyer", "carrier", "cruiser", "fighter", "freighter", "tanker", "helicopter",
    "trawler", "launcher", "container", "transporter", "trainer", "raptor", "harrier", "hornet",
    "chancery", "chamber", "corner", "center", "centre", "quarter", "border", "order",
    "minister's office", "register", "tower", "water", "river", "power", "sector", "humvee",
    "jetfighter", "enforcement", "government", "management", "department", "parliament",
    "establishment", "movement", "settlement", "employer", "lawgiver", "conveyancer",
];

fn is_person_role(noun: &str) -> bool {
    let last = noun.rsplit([' ', '-']).next().unwrap_or(noun);
    if NOT_PERSON_WORDS.contains(&last) {
        return false;
    }
    PERSON_ROLE_WORDS.contains(&last)
        || [
            "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ary",
        ]
        .iter()
        .any(|suffix| last.ends_with(suffix))
}

fn build_titles(agents: &[AgentRow], curated: &Curated) -> Vec<TitleRow> {
    let mut rows: BTreeMap<String, TitleRow> = BTreeMap::new();
    for a in agents {
        let primary = a.sector.get(..3).unwrap_or("");
        let words = a.noun.split(' ').count();
        // "former", "ousted" and the like are modifiers the extractor reads itself.
        let modified = [
            "former", "ex", "ousted", "exiled", "retired", "alleged", "the", "a",
        ]
        .iter()
        .any(|m| a.noun.split([' ', '-']).next() == Some(m));
        if a.kind != "individual"
            || !TITLE_SECTORS.contains(&primary)
            || words > 4
            || modified
            || !is_person_role(head_phrase(&a.noun))
        {
            continue;
        }
        let head = if a.noun.split([' ', '-']).any(|w| HEAD_WORDS.contains(&w))
            && !a.noun.contains("deputy")
            && !a.noun.contains("vice")
        {
            "yes"
        } else {
            "no"
        };
        rows.insert(
            a.noun.clone(),
            TitleRow {
                title: a.noun.clone(),
                role: title_case_role(&a.noun),
                sector: primary.to_string(),
                head: head.to_string(),
            },
        );
    }
    for [title, role, sector, head] in &curated.titles {
        if role == "-" && sector == "-" && head == "-" {
            rows.remove(title);
            continue;
        }
        rows.insert(
            title.clone(),
            TitleRow {
                title: title.clone(),
                role: role.clone(),
                sector: sector.clone(),
                head: head.clone(),
            },
        );
    }
    rows.into_values().collect()
}

fn validate_titles(rows: &[TitleRow]) -> Result<()> {
    for r in rows {
        if !TITLE_HEADS.contains(&r.head.as_str()) {
            return Err(format!(
                "titles.tsv: {:?} has unknown head {:?}",
                r.title, r.head
            ));
        }
        if r.title != r.title.to_lowercase() || r.title.is_empty() || r.role.is_empty() {
            return Err(format!(
                "titles.tsv: {:?} must be lower case with a role",
                r.title
            ));
        }
        let sector_ok = r.sector == "-"
            || (r.sector.len() >= 3 && r.sector.chars().all(|c| c.is_ascii_uppercase()));
        if !sector_ok {
            return Err(format!(
                "titles.tsv: {:?} has malformed sector {:?}",
                r.title, r.sector
            ));
        }
    }
    Ok(())
}

fn render_titles(rows: &[TitleRow]) -> String {
    let mut out = String::from("# title\trole\tsector\thead\n");
    for r in rows {
        let _ = writeln!(out, "{}\t{}\t{}\t{}", r.title, r.role, r.sector, r.head);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Relation triggers from the CAMEO verb dictionary
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct TriggerRow {
    lemma: String,
    pos: String,
    cameo: String,
    class: String,
    goldstein: f64,
    frame: String,
    source: String,
}

/// Goldstein conflict-cooperation weights of the CAMEO event codes at the three-digit
/// level (the standard CAMEO/GDELT table); four-digit codes take their parent's value.
#[rustfmt::skip]
const GOLDSTEIN: &[(&str, f64)] = &[
    ("010", 0.0), ("011", -0.1), ("012", -0.4), ("013", 0.4), ("014", 0.0), ("015", 0.0),
    ("016", 3.4), ("017", 0.0), ("018", 3.4), ("019", 3.4), ("020", 3.0), ("021", 3.4),
    ("022", 3.2), ("023", 3.4), ("024", -0.3), ("025", -0.3), ("026", 4.0), ("027", 4.0),
    ("028", 4.0), ("030", 4.0), ("031", 5.2), ("032", 4.5), ("033", 5.2), ("034", 7.0),
    ("035", 7.0), ("036", 4.0), ("037", 5.0), ("038", 7.0), ("039", 5.0), ("040", 1.0),
    ("041", 1.0), ("042", 1.9), ("043", 2.8), ("044", 2.5), ("045", 5.0), ("046", 7.0),
    ("050", 3.5), ("051", 3.4), ("052", 3.5), ("053", 3.8), ("054", 6.0), ("055", 7.0),
    ("056", 7.0), ("057", 8.0), ("060", 6.0), ("061", 6.4), ("062", 7.4), ("063", 7.4),
    ("064", 7.0), ("070", 7.0), ("071", 7.4), ("072", 8.3), ("073", 7.4), ("074", 8.5),
    ("075", 7.0), ("080", 5.0), ("081", 5.0), ("082", 5.0), ("083", 5.0), ("084", 7.0),
    ("085", 7.0), ("086", 9.0), ("087", 9.0), ("090", -2.0), ("091", -2.0), ("092", -2.0),
    ("093", -2.0), ("094", -2.0), ("100", -5.0), ("101", -5.0), ("102", -5.0), ("103", -5.0),
    ("104", -5.0), ("105", -5.0), ("106", -5.0), ("107", -5.0), ("108", -5.0), ("110", -2.0),
    ("111", -2.0), ("112", -2.0), ("113", -2.0), ("114", -2.0), ("115", -2.0), ("116", -2.0),
    ("120", -4.0), ("121", -4.0), ("122", -4.0), ("123", -4.0), ("124", -5.0), ("125", -5.0),
    ("126", -5.0), ("127", -5.0), ("128", -5.0), ("129", -5.0), ("130", -4.4), ("131", -5.8),
    ("132", -5.8), ("133", -5.8), ("134", -5.8), ("135", -5.8), ("136", -7.0), ("137", -7.0),
    ("138", -7.0), ("139", -7.0), ("140", -6.5), ("141", -6.5), ("142", -6.5), ("143", -6.5),
    ("144", -7.5), ("145", -7.5), ("150", -7.2), ("151", -7.2), ("152", -7.2), ("153", -7.2),
    ("154", -7.2), ("160", -4.0), ("161", -4.0), ("162", -5.6), ("163", -8.0), ("164", -7.0),
    ("165", -7.0), ("166", -7.0), ("170", -7.0), ("171", -9.2), ("172", -5.0), ("173", -5.0),
    ("174", -5.0), ("175", -9.0), ("180", -9.0), ("181", -9.0), ("182", -9.5), ("183", -10.0),
    ("184", -8.0), ("185", -8.0), ("186", -10.0), ("190", -10.0), ("191", -9.5), ("192", -9.5),
    ("193", -10.0), ("194", -10.0), ("195", -10.0), ("196", -9.5), ("200", -10.0),
    ("201", -9.5), ("202", -10.0), ("203", -10.0), ("204", -10.0),
];

fn goldstein(code: &str) -> Option<f64> {
    let parent = code.get(..3)?;
    GOLDSTEIN
        .iter()
        .find(|(c, _)| *c == parent)
        .map(|(_, v)| *v)
}

fn is_cameo_code(code: &str) -> bool {
    (code.len() == 3 || code.len() == 4)
        && code.chars().all(|c| c.is_ascii_digit())
        && goldstein(code).is_some()
}

/// The coarse relation class of a CAMEO code. Roots 01-03 and 08-09 state no actor-to-actor
/// relation on their own: "intend to cooperate" (03) is a promise, not cooperation, and
/// "yield" (08) concedes without aligning with anyone.
fn class_of(code: &str) -> &'static str {
    match code.get(..2).unwrap_or("") {
        "04" => "meets",
        "05" | "06" | "07" => "backs",
        "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" => "opposes",
        _ => "none",
    }
}

/// How the target of a verb with this code is usually attached.
fn default_verb_frame(code: &str) -> &'static str {
    match code.get(..3).unwrap_or("") {
        "040" | "041" | "044" | "045" | "046" => "obj,prep:with,mutual",
        "050" | "060" => "prep:with,mutual",
        "140" | "141" | "142" | "143" | "144" | "145" => "prep:against",
        _ => "obj",
    }
}

fn default_idiom_frame(code: &str) -> &'static str {
    match class_of(code) {
        "meets" => "prep:with,mutual",
        "backs" => "prep:to,prep:for,prep:with",
        "opposes" => "prep:against,prep:on,prep:with",
        _ => "prep:with",
    }
}

/// Verbs whose meaning in a verb + noun pattern comes from the noun ("hold talks", "impose
/// sanctions", "sever ties"). Patterns with other verbs ("attack bus", "denounce
/// kidnapping") name the event's object, not a relation between actors, and are skipped.
#[rustfmt::skip]
const LIGHT_VERBS: &[&str] = &[
    "hold", "have", "give", "provide", "launch", "impose", "sign", "establish", "sever", "cut",
    "break", "forge", "form", "conduct", "stage", "wage", "declare", "extend", "express", "lend",
    "pay", "offer", "send", "deliver", "seek", "open", "resume", "begin", "start", "enter",
    "continue", "end", "suspend", "halt", "lift", "ease", "tighten", "make", "take", "carry",
    "restore", "normalize", "normalise", "strengthen", "deepen", "boost", "expand", "grant",
    "issue", "level", "mount", "step", "pledge", "reach", "conclude", "call", "host", "receive",
    "exchange", "renew", "build", "improve", "develop", "withdraw", "recall", "expel", "freeze",
];

const PREPOSITIONS: &[&str] = &[
    "WITH", "AGAINST", "TO", "FOR", "ON", "OF", "BETWEEN", "AT", "IN", "OVER", "FROM",
];

#[derive(Default)]
struct VerbBlock {
    default_code: Option<String>,
    /// (lemma words, own code)
    verbs: Vec<(String, Option<String>)>,
    patterns: Vec<Pattern>,
}

struct Pattern {
    post: Vec<String>,
    code: Option<String>,
    verbs: Vec<String>,
}

/// First half of a `[code:code]` pair; None for `---`, for a target-only `:code`, or junk.
fn event_code(spec: &str) -> Option<String> {
    let first = spec.trim().split(':').next().unwrap_or("").trim();
    if first.is_empty() || first == "---" {
        return None;
    }
    is_cameo_code(first).then(|| first.to_string())
}

fn bracket(text: &str) -> Option<(usize, usize)> {
    let open = text.find('[')?;
    let close = text[open..].find(']')? + open;
    Some((open, close))
}

fn parse_verb_dictionary(text: &str) -> (Vec<VerbBlock>, BTreeMap<String, String>) {
    let mut blocks: Vec<VerbBlock> = Vec::new();
    let mut forms: BTreeMap<String, String> = BTreeMap::new();
    let mut in_patterns = false;
    for line in text.lines() {
        if line.starts_with("####### VERB PATTERNS") {
            in_patterns = true;
            continue;
        }
        if !in_patterns {
            continue;
        }
        let (body, comment) = match line.find('#') {
            Some(i) => (&line[..i], &line[i + 1..]),
            None => (line, ""),
        };
        let body = body.trim_end();
        if body.trim().is_empty() {
            continue;
        }
        if body.starts_with("---") {
            let code = bracket(body).and_then(|(o, c)| event_code(&body[o + 1..c]));
            blocks.push(VerbBlock {
                default_code: code,
                ..VerbBlock::default()
            });
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            continue;
        };
        if let Some(rest) = body.strip_prefix('-') {
            let (text_part, code) = match bracket(rest) {
                Some((o, c)) => (&rest[..o], event_code(&rest[o + 1..c])),
                None => (rest, None),
            };
            let tokens: Vec<&str> = text_part.split_whitespace().collect();
            let Some(star) = tokens.iter().position(|t| *t == "*") else {
                continue;
            };
            if star != 0 {
                continue; // material before the verb: source-specific patterns
            }
            let verbs = comment
                .split(|c: char| !c.is_ascii_alphabetic() && c != '_')
                .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
                .map(str::to_string)
                .collect();
            block.patterns.push(Pattern {
                post: tokens[star + 1..].iter().map(|t| t.to_string()).collect(),
                code,
                verbs,
            });
            continue;
        }
        // A verb line: VERB {FORMS} [CODE] or +MULTI_WORD {+FORMS} [CODE].
        let (verb_part, code) = match bracket(body) {
            Some((o, c)) => (&body[..o], event_code(&body[o + 1..c])),
            None => (body, None),
        };
        let (lemma_part, braces) = match verb_part.find('{') {
            Some(i) => (
                &verb_part[..i],
                verb_part[i + 1..]
                    .trim_end()
                    .trim_end_matches('}')
                    .to_string(),
            ),
            None => (verb_part, String::new()),
        };
        let lemma_raw = lemma_part
            .trim()
            .trim_start_matches('+')
            .trim_end_matches('_');
        if lemma_raw.is_empty()
            || !lemma_raw
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c == '-')
        {
            continue;
        }
        let lemma = lemma_raw.replace('_', " ").to_lowercase();
        let lemma_first = lemma.split(' ').next().unwrap_or("").to_string();
        for form in braces.split_whitespace() {
            let form = form
                .trim_start_matches('+')
                .replace('_', " ")
                .to_lowercase();
            let form_first = form.split(' ').next().unwrap_or("").to_string();
            if form_first.chars().all(|c| c.is_ascii_lowercase())
                && !is_regular_inflection(&lemma_first, &form_first)
            {
                forms
                    .entry(form_first)
                    .or_insert_with(|| lemma_first.clone());
            }
        }
        block.verbs.push((lemma, code));
    }
    (blocks, forms)
}

/// True for -s, -es, -ed, -d, -ing forms (with e-dropping, y->i and doubled consonants),
/// which a lemmatizer derives by rule.
fn is_regular_inflection(lemma: &str, form: &str) -> bool {
    if form == lemma {
        return true;
    }
    let stems = [
        lemma.to_string(),
        lemma.trim_end_matches('e').to_string(),
        format!("{}i", lemma.strip_suffix('y').unwrap_or("")),
        format!("{lemma}{}", lemma.chars().last().unwrap_or(' ')),
        format!("{lemma}k"),
    ];
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        stems
            .iter()
            .any(|stem| !stem.is_empty() && format!("{stem}{suffix}") == form)
    })
}

fn build_triggers(
    data: &Path,
    curated: &Curated,
) -> Result<(Vec<TriggerRow>, BTreeMap<String, String>)> {
    let text = read_text(&data.join("CAMEO.2.0.txt"))?;
    let (blocks, forms) = parse_verb_dictionary(&text);
    // (lemma, pos) -> row; the first code seen for a lemma wins, frames accumulate.
    let mut rows: BTreeMap<(String, String), TriggerRow> = BTreeMap::new();
    let add = |rows: &mut BTreeMap<(String, String), TriggerRow>,
               lemma: String,
               pos: &str,
               code: &str,
               frame: &str,
               source: &str| {
        let key = (lemma.clone(), pos.to_string());
        match rows.get_mut(&key) {
            Some(row) => {
                if row.cameo == code {
                    row.frame = merge_frames(&row.frame, frame);
                }
            }
            None => {
                rows.insert(
                    key,
                    TriggerRow {
                        lemma,
                        pos: pos.to_string(),
                        cameo: code.to_string(),
                        class: class_of(code).to_string(),
                        goldstein: goldstein(code).unwrap_or(0.0),
                        frame: frame.to_string(),
                        source: source.to_string(),
                    },
                );
            }
        }
    };

    for block in &blocks {
        for (lemma, own) in &block.verbs {
            let Some(code) = own.clone().or_else(|| block.default_code.clone()) else {
                continue;
            };
            // "+MEET_WITH" is the verb "meet" taking its target with "with".
            let words: Vec<&str> = lemma.split(' ').collect();
            let last_upper = words.last().map(|w| w.to_uppercase()).unwrap_or_default();
            if words.len() == 2 && PREPOSITIONS.contains(&last_upper.as_str()) {
                let frame = format!("prep:{}", words[1]);
                add(
                    &mut rows,
                    words[0].to_string(),
                    "verb",
                    &code,
                    &frame,
                    "CAMEO verb",
                );
            } else {
                let pos = if words.len() > 1 { "idiom" } else { "verb" };
                add(
                    &mut rows,
                    lemma.clone(),
                    pos,
                    &code,
                    default_verb_frame(&code),
                    "CAMEO verb",
                );
            }
        }
        for pattern in &block.patterns {
            let Some(code) = &pattern.code else {
                continue;
            };
            let named: Vec<&String> = block
                .verbs
                .iter()
                .map(|(l, _)| l)
                .filter(|l| {
                    pattern
                        .verbs
                        .iter()
                        .any(|v| v.replace('_', " ").to_lowercase() == **l)
                })
                .collect();
            let post = &pattern.post;
            // `- * (WITH) [046]`: the verb relates two actors through a preposition.
            if post.len() == 1 && post[0].starts_with('(') && post[0].ends_with(')') {
                let prep = post[0].trim_matches(|c| c == '(' || c == ')');
                if !PREPOSITIONS.contains(&prep) {
                    continue;
                }
                let frame = format!("prep:{}", prep.to_lowercase());
                let targets: Vec<&String> = if named.is_empty() {
                    block.verbs.iter().map(|(l, _)| l).collect()
                } else {
                    named.clone()
                };
                for lemma in targets {
                    if lemma.contains(' ') {
                        continue;
                    }
                    add(
                        &mut rows,
                        lemma.clone(),
                        "verb",
                        code,
                        &frame,
                        "CAMEO pattern",
                    );
                }
                continue;
            }
            // `- * TALKS [046] # HOLD`: a verb + noun idiom ("hold talks").
            let Some(noun) = idiom_noun(post) else {
                continue;
            };
            let reciprocal = noun.0 == "each other" || noun.0 == "one another";
            for lemma in &named {
                if lemma.contains(' ') || !(reciprocal || LIGHT_VERBS.contains(&lemma.as_str())) {
                    continue;
                }
                let idiom = format!("{lemma} {}", noun.0);
                let frame = match &noun.1 {
                    Some(prep) => format!("prep:{prep}"),
                    None if reciprocal => "mutual".to_string(),
                    None => default_idiom_frame(code).to_string(),
                };
                add(&mut rows, idiom, "idiom", code, &frame, "CAMEO pattern");
            }
        }
    }

    apply_verb_overrides(&mut rows, curated)?;
    for [lemma, pos, cameo, class, frame] in &curated.triggers {
        let key = (lemma.clone(), pos.clone());
        let class = if class == "-" {
            class_of(cameo).to_string()
        } else {
            class.clone()
        };
        rows.insert(
            key,
            TriggerRow {
                lemma: lemma.clone(),
                pos: pos.clone(),
                cameo: cameo.clone(),
                class,
                goldstein: goldstein(cameo).unwrap_or(f64::NAN),
                frame: frame.clone(),
                source: "curated/triggers.tsv".to_string(),
            },
        );
    }
    Ok((rows.into_values().collect(), forms))
}

/// The noun phrase of a `- * NOUN [code]` pattern, with an optional trailing bare
/// preposition: `TALKS`, `{PEACE TALKS}`, `UP RESISTANCE`, `SANCTIONS (AGAINST)`.
fn idiom_noun(post: &[String]) -> Option<(String, Option<String>)> {
    let mut words = Vec::new();
    let mut prep = None;
    let joined = post.join(" ");
    let mut rest = joined.as_str();
    while !rest.is_empty() {
        rest = rest.trim_start();
        if let Some(inner) = rest.strip_prefix('{') {
            let close = inner.find('}')?;
            words.extend(inner[..close].split_whitespace().map(str::to_string));
            rest = &inner[close + 1..];
        } else if let Some(inner) = rest.strip_prefix('(') {
            let close = inner.find(')')?;
            let p = inner[..close].trim();
            if !PREPOSITIONS.contains(&p) || prep.is_some() || !inner[close + 1..].trim().is_empty()
            {
                return None;
            }
            prep = Some(p.to_lowercase());
            rest = &inner[close + 1..];
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            words.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let valid = words
        .iter()
        .all(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
    if !valid {
        return None;
    }
    Some((words.join(" ").to_lowercase(), prep))
}

fn merge_frames(a: &str, b: &str) -> String {
    let set: BTreeSet<&str> = a
        .split(',')
        .chain(b.split(','))
        .filter(|f| !f.is_empty())
        .collect();
    // Keep the documented order of FRAMES for readability.
    FRAMES
        .iter()
        .filter(|f| set.contains(*f))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

fn apply_verb_overrides(
    rows: &mut BTreeMap<(String, String), TriggerRow>,
    curated: &Curated,
) -> Result<()> {
    for (lemma, o) in &curated.verb_overrides {
        let keys: Vec<(String, String)> = rows
            .keys()
            .filter(|(l, pos)| l == lemma && (pos == "verb" || pos == "idiom"))
            .cloned()
            .collect();
        match o.action.as_str() {
            "drop" => {
                for k in keys {
                    rows.remove(&k);
                }
            }
            "set" => {
                if keys.is_empty() {
                    // A verb the dictionary lacks: add it as given.
                    if o.cameo == "-" || o.frame == "-" {
                        return Err(format!(
                            "curated/verb_overrides.tsv: {lemma:?} is not a CAMEO verb, so it needs a code and a frame"
                        ));
                    }
                    let pos = if lemma.contains(' ') { "idiom" } else { "verb" };
                    rows.insert(
                        (lemma.clone(), pos.to_string()),
                        TriggerRow {
                            lemma: lemma.clone(),
                            pos: pos.to_string(),
                            cameo: o.cameo.clone(),
                            class: if o.class == "-" {
                                class_of(&o.cameo).to_string()
                            } else {
                                o.class.clone()
                            },
                            goldstein: goldstein(&o.cameo).unwrap_or(f64::NAN),
                            frame: o.frame.clone(),
                            source: "curated/verb_overrides.tsv".to_string(),
                        },
                    );
                }
                for k in keys {
                    let row = rows.get_mut(&k).expect("key just listed");
                    if o.cameo != "-" {
                        row.cameo = o.cameo.clone();
                        row.goldstein = goldstein(&o.cameo).unwrap_or(f64::NAN);
                        row.class = class_of(&o.cameo).to_string();
                    }
                    if o.class != "-" {
                        row.class = o.class.clone();
                    }
                    if o.frame != "-" {
                        row.frame = o.frame.clone();
                    }
                    row.source = "curated/verb_overrides.tsv".to_string();
                }
            }
            other => {
                return Err(format!(
                    "curated/verb_overrides.tsv: {lemma:?} has unknown action {other:?}"
                ));
            }
        }
    }
    Ok(())
}

fn validate_triggers(rows: &[TriggerRow]) -> Result<()> {
    for r in rows {
        let where_ = || format!("triggers.tsv row {:?} ({})", r.lemma, r.source);
        if r.lemma.is_empty() || r.lemma != r.lemma.to_lowercase() {
            return Err(format!("{}: lemma must be lower case", where_()));
        }
        if !TRIGGER_POS.contains(&r.pos.as_str()) {
            return Err(format!("{}: unknown pos {:?}", where_(), r.pos));
        }
        if !is_cameo_code(&r.cameo) {
            return Err(format!("{}: malformed CAMEO code {:?}", where_(), r.cameo));
        }
        if !TRIGGER_CLASSES.contains(&r.class.as_str()) {
            return Err(format!("{}: unknown class {:?}", where_(), r.class));
        }
        if !r.goldstein.is_finite() {
            return Err(format!("{}: no Goldstein value", where_()));
        }
        if r.frame.is_empty() || !r.frame.split(',').all(|f| FRAMES.contains(&f)) {
            return Err(format!("{}: unknown frame in {:?}", where_(), r.frame));
        }
    }
    Ok(())
}

fn render_triggers(rows: &[TriggerRow]) -> String {
    let mut out = String::from("# lemma\tpos\tcameo\tclass\tgoldstein\tframe\n");
    let mut sorted: Vec<&TriggerRow> = rows.iter().collect();
    sorted.sort_by(|a, b| (&a.lemma, &a.pos).cmp(&(&b.lemma, &b.pos)));
    for r in sorted {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{:.1}\t{}",
            r.lemma, r.pos, r.cameo, r.class, r.goldstein, r.frame
        );
    }
    out
}

fn render_verb_forms(forms: &BTreeMap<String, String>) -> String {
    let mut out = String::from("# form\tlemma\n");
    for (form, lemma) in forms {
        let _ = writeln!(out, "{form}\t{lemma}");
    }
    out
}

// ---------------------------------------------------------------------------------------
// Licence notice and summary
// ---------------------------------------------------------------------------------------

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
