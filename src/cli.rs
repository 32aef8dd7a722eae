//! Command-line interface: argument parsing and glue over the library.
//!
//! The library reads, extracts and writes; this file maps flags to calls, prints progress,
//! warnings and the summary on stderr, and maps outcomes to exit codes.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actorgraph::export::{self, Format};
use actorgraph::{ActorGraph, Error, Pipeline, RelationKind, query, read_inputs};
use anyhow::{Result, anyhow};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

/// Prints a line on stderr. Unlike `eprintln!`, a stderr that cannot be written (a closed
/// pipe) is not a panic: the exit code still tells the outcome.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}
pub(crate) use say;

/// Exit code: built and written, but files inside folders were skipped.
const EXIT_SKIPPED: u8 = 3;
/// Exit code of usage errors, as clap uses.
const EXIT_USAGE: u8 = 2;

const EXIT_CODES: &str = "\
Exit codes:
  0  the graph was built and every requested file written
  1  error: nothing was built; or a requested output could not be written (the message
     says which files, if any, were written)
  2  usage error: unknown flag, bad value, or --out - with other than one of json, dot
  3  the graph was built and written, but some files inside folders were skipped
     (binary, not UTF-8, empty or unreadable; each is named on stderr)";

/// Turn news articles into a graph of actors and the relations the text states between them.
///
/// Actors (people, organizations, countries, groups, locations) become nodes; the relations
/// the articles state between them (meets, backs, opposes, affiliated_with) become edges that
/// keep the sentences stating them. The graph is written as NetworkX node-link JSON, Graphviz
/// DOT and, when Graphviz is installed, an SVG picture; on request also as GraphML, GEXF,
/// Cytoscape.js JSON, Neo4j import files and a self-contained HTML page. stats, neighbors,
/// subgraph and merge answer questions over a built graph.
///
/// With no arguments, `actorgraph` builds the articles in `seeds/` into `out/`, the same as
/// `actorgraph build seeds --out out`.
#[derive(Debug, Parser)]
#[command(
    name = "actorgraph",
    version,
    after_help = format!("\
Examples:
  actorgraph                                  build seeds/ into out/
  actorgraph build news/ --out graph/         every .txt under news/ into graph/
  actorgraph build a.txt b.txt --format json  two articles, JSON only
  curl -s URL | actorgraph build - --out - --format dot | dot -Tpng > graph.png
  actorgraph build news/ --out g/ --format json,graphml,gexf,html
  actorgraph stats --graph g/                 counts and the most central actors
  actorgraph neighbors Sissi --graph g/       who Sissi meets, backs, opposes; with evidence

{EXIT_CODES}")
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the actor graph of articles and write graph.json, graph.dot and graph.svg.
    #[command(after_help = format!("\
Examples:
  actorgraph build                               seeds/ into out/ (graph.json, graph.dot, graph.svg)
  actorgraph build news/politics --out politics  a folder, walked for *.txt, into politics/
  actorgraph build story.md notes/ -q            a file (any extension) and a folder, quietly
  actorgraph build - --out - --format json < story.txt > graph.json
                                                 stdin to stdout

Output files in DIR: graph.json (NetworkX node-link JSON), graph.dot (Graphviz DOT),
graph.svg and graph.png (rendered by Graphviz `dot`, which must be on PATH),
graph.graphml (GraphML), graph.gexf (GEXF 1.3, Gephi), graph.cytoscape.json (Cytoscape.js),
neo4j/ (nodes.csv, relationships.csv, import.cypher) and graph.html (a page to explore the
graph offline: drag, zoom, filter, click for evidence). Each file is
written to a temporary file first and renamed into place, so a failed run leaves no
half-written file. Without Graphviz, the default run still writes graph.json and graph.dot,
warns and exits 0; asking for svg or png explicitly makes it an error (exit 1).

Progress (articles done, rate, time left) shows on stderr when it is a terminal; a one-line
summary (articles, actors, edges, seconds, files) ends every run. --quiet silences both.

{EXIT_CODES}"))]
    Build(BuildArgs),
    /// Print the linguistic analysis the extractor sees, as CoNLL-U: sentences, tokens,
    /// lemmas, UPOS and XPOS tags, dependency heads and labels, entity tags in MISC.
    #[command(after_help = "\
Examples:
  actorgraph annotate seeds/gaza-ceasefire-cairo.txt    an article, to standard output
  echo 'Hamas rejected the plan.' | actorgraph annotate
  actorgraph annotate --conllu en_ewt-ud-test.conllu --out pred.conllu
                                                        keep the gold tokens, re-annotate,
                                                        for scoring with a CoNLL-U scorer

Entities are in MISC as Entity=B-PER, I-PER, ... (BIO tags of PER, ORG, LOC, MISC).")]
    Annotate(AnnotateArgs),

    /// Counts by actor type and relation, components, and the top actors by degree,
    /// weighted degree and PageRank.
    #[command(after_help = format!("\
Examples:
  actorgraph stats                          the graph in out/graph.json
  actorgraph stats --graph bbc/ --top 20    bbc/graph.json, 20 actors per ranking
  actorgraph stats --json | jq .top_pagerank

Degree counts edges in and out; weighted degree counts statements (edge weights). PageRank
follows each edge from the agent to the other party (both ways when symmetric), weighted by
statements, damping 0.85.

{QUERY_EXIT_CODES}"))]
    Stats(StatsArgs),

    /// The actors around one actor, with the relation and evidence of each edge.
    #[command(after_help = format!("\
Examples:
  actorgraph neighbors Sissi                    edges touching Abdel-Fattah el-Sissi
  actorgraph neighbors \"john kerry\" --depth 2   and the edges of his neighbours
  actorgraph neighbors Hamas --relation opposes,backs --evidence all
  actorgraph neighbors Egypt --json

ACTOR is the canonical name or any alias, in any case; accents, hyphens and dots do not
matter (\"el sissi\", \"Erdogan\" for \"Erdoğan\"), and the last words of a name are enough.
A name shared by several actors, or none, is an error that lists them or close names.

{QUERY_EXIT_CODES}"))]
    Neighbors(NeighborsArgs),

    /// Write a smaller graph: around an actor, of some relations, or of heavy edges.
    #[command(after_help = format!("\
Examples:
  actorgraph subgraph --actor Hamas --depth 2 --out hamas/
  actorgraph subgraph --graph bbc/ --relation opposes --min-weight 3 --out conflict/ --format svg,html
  actorgraph subgraph --actor Blair --out - --format dot | dot -Tpng > blair.png

An edge is kept when its relation is one of --relation (all by default) and its weight is
at least --min-weight; with --actor, the actors kept are those within --depth steps of it
over kept edges, otherwise the actors with at least one kept edge. Everything kept keeps
its attributes and evidence. Formats and output as for `actorgraph build`.

{QUERY_EXIT_CODES}"))]
    Subgraph(SubgraphArgs),

    /// Merge graphs built separately into the graph of all their articles.
    #[command(after_help = format!("\
Examples:
  actorgraph merge monday/graph.json tuesday/graph.json --out week/
  actorgraph merge part1/ part2/ part3/ --out all/ --format json,graphml

Actors merge by canonical name (aliases and roles unified, mentions added), edges by
source, relation and target (weights added, every evidence sentence kept), documents are
listed in the order given. The graphs of the parts of a corpus, merged in corpus order,
give the graph of the whole corpus. Articles that share a file stem across graphs are
named by their path (without extension), as one build of them all would; the same article
in two graphs is an error, since its statements would count twice. Formats and output as for `actorgraph build`.

{QUERY_EXIT_CODES}"))]
    Merge(MergeArgs),
}

#[derive(Debug, Args)]
struct AnnotateArgs {
    /// A text article, or with --conllu a CoNLL-U file; - (the default) reads stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    input: PathBuf,

    /// INPUT is CoNLL-U: keep its tokens and sentences as given and annotate them anew.
    #[arg(long)]
    conllu: bool,

    /// File to write the CoNLL-U to (atomically), or - for standard output.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    out: PathBuf,
}

const QUERY_EXIT_CODES: &str = "\
Exit codes:
  0  done
  1  error: the graph file is missing or not a graph, the actor is unknown or ambiguous,
     or an output could not be written
  2  usage error: unknown flag or bad value";

#[derive(Debug, Args)]
struct BuildArgs {
    /// Articles to read: files (one article each, any extension), folders (walked
    /// recursively for *.txt, in path order), or - for standard input.
    #[arg(value_name = "INPUT", default_value = "seeds")]
    inputs: Vec<PathBuf>,

    /// Folder to write the graph files to (created if missing), or - to write one text
    /// format (json or dot, chosen with --format) to standard output.
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    out: PathBuf,

    /// Formats to write, comma-separated [default: json,dot,svg]. svg and png need Graphviz's
    /// `dot` on PATH.
    #[arg(short, long, value_name = "FORMAT,...", value_delimiter = ',')]
    format: Option<Vec<FormatArg>>,

    /// Print no progress and no summary; errors and warnings still print.
    #[arg(short, long)]
    quiet: bool,
}

// ---- query subcommands: arguments --------------------------------------------------------

/// The graph a query reads.
#[derive(Debug, Args)]
struct GraphArg {
    /// The graph to read: a graph.json written by `actorgraph build`, or the folder holding it.
    #[arg(short, long, value_name = "PATH", default_value = "out/graph.json")]
    graph: PathBuf,
}

#[derive(Debug, Args)]
struct StatsArgs {
    #[command(flatten)]
    graph: GraphArg,

    /// Actors listed in each ranking.
    #[arg(short, long, value_name = "N", default_value_t = 10)]
    top: usize,

    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct NeighborsArgs {
    /// The actor: its name or any alias, in any case.
    #[arg(value_name = "ACTOR")]
    actor: String,

    #[command(flatten)]
    graph: GraphArg,

    /// Follow only these relations, comma-separated [default: all].
    #[arg(short, long, value_name = "RELATION,...", value_delimiter = ',')]
    relation: Vec<RelationArg>,

    /// Steps to go out from the actor.
    #[arg(short, long, value_name = "N", default_value_t = 1)]
    depth: usize,

    /// Evidence sentences printed per edge: a number, or `all`.
    #[arg(short, long, value_name = "N|all", default_value = "3", value_parser = parse_evidence)]
    evidence: EvidenceLimit,

    /// Print JSON (every edge with all its evidence) instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
#[command(group(
    clap::ArgGroup::new("selection")
        .required(true)
        .multiple(true)
        .args(["actor", "relation", "min_weight"])
))]
struct SubgraphArgs {
    #[command(flatten)]
    graph: GraphArg,

    /// Keep the actors around this one (its name or any alias).
    #[arg(short, long, value_name = "ACTOR")]
    actor: Option<String>,

    /// Steps from --actor.
    #[arg(short, long, value_name = "N", default_value_t = 1, requires = "actor")]
    depth: usize,

    /// Keep only edges of these relations, comma-separated.
    #[arg(short, long, value_name = "RELATION,...", value_delimiter = ',')]
    relation: Vec<RelationArg>,

    /// Keep only edges stated at least W times.
    #[arg(short = 'w', long, value_name = "W")]
    min_weight: Option<usize>,

    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Debug, Args)]
struct MergeArgs {
    /// Graphs to merge, in order: graph.json files written by `actorgraph build`, or the
    /// folders holding them.
    #[arg(value_name = "GRAPH", required = true)]
    graphs: Vec<PathBuf>,

    #[command(flatten)]
    output: OutputArgs,
}

/// Where and how a query writes a graph.
#[derive(Debug, Args)]
struct OutputArgs {
    /// Folder to write the graph files to (created if missing), or - to write one text
    /// format to standard output.
    #[arg(short, long, value_name = "DIR")]
    out: PathBuf,

    /// Formats to write, comma-separated [default: json,dot,svg].
    #[arg(short, long, value_name = "FORMAT,...", value_delimiter = ',')]
    format: Option<Vec<FormatArg>>,

    /// Print no summary; errors and warnings still print.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RelationArg {
    /// meets (symmetric)
    Meets,
    /// backs
    Backs,
    /// opposes
    Opposes,
    /// affiliated_with
    #[value(name = "affiliated_with", alias = "affiliated-with")]
    AffiliatedWith,
}

impl From<RelationArg> for RelationKind {
    fn from(r: RelationArg) -> RelationKind {
        match r {
            RelationArg::Meets => RelationKind::Meets,
            RelationArg::Backs => RelationKind::Backs,
            RelationArg::Opposes => RelationKind::Opposes,
            RelationArg::AffiliatedWith => RelationKind::AffiliatedWith,
        }
    }
}

/// How many evidence sentences `neighbors` prints per edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EvidenceLimit(Option<usize>);

fn parse_evidence(value: &str) -> std::result::Result<EvidenceLimit, String> {
    if value.eq_ignore_ascii_case("all") {
        return Ok(EvidenceLimit(None));
    }
    value
        .parse()
        .map(|n| EvidenceLimit(Some(n)))
        .map_err(|_| format!("expected a number or `all`, not {value:?}"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    /// NetworkX node-link JSON (graph.json)
    Json,
    /// Graphviz DOT source (graph.dot)
    Dot,
    /// SVG picture rendered by Graphviz (graph.svg)
    Svg,
    /// PNG picture rendered by Graphviz (graph.png)
    Png,
    /// GraphML for NetworkX, igraph, Gephi, yEd (graph.graphml)
    Graphml,
    /// GEXF 1.3 for Gephi and NetworkX (graph.gexf)
    Gexf,
    /// Cytoscape.js elements JSON (graph.cytoscape.json)
    Cytoscape,
    /// Neo4j import CSV files and a LOAD CSV script (neo4j/)
    Neo4j,
    /// Self-contained interactive page to explore the graph offline (graph.html)
    Html,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
            FormatArg::Svg => Format::Svg,
            FormatArg::Png => Format::Png,
            FormatArg::Graphml => Format::Graphml,
            FormatArg::Gexf => Format::Gexf,
            FormatArg::Cytoscape => Format::Cytoscape,
            FormatArg::Neo4j => Format::Neo4j,
            FormatArg::Html => Format::Html,
        }
    }
}

/// Runs the command line. Errors are printed by `main` and exit with 1.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let command = match cli.command {
        Some(command) => command,
        // No subcommand: the main job, with exactly the defaults of `build`.
        None => match Cli::parse_from(["actorgraph", "build"]).command {
            Some(command) => command,
            None => unreachable!("`build` parses to a command"),
        },
    };
    match command {
        Command::Build(args) => build(args),
        Command::Annotate(args) => annotate(args),
        Command::Stats(args) => stats(args),
        Command::Neighbors(args) => neighbors(args),
        Command::Subgraph(args) => subgraph(args),
        Command::Merge(args) => merge(args),
    }
}

fn annotate(args: AnnotateArgs) -> Result<ExitCode> {
    let text = if args.input.as_os_str() == "-" {
        actorgraph::read_reader(&args.input, io::stdin().lock())?
    } else {
        actorgraph::read_file(&args.input)?
    };
    let models = actorgraph::nlp::Models::load_default()?;
    let conllu = if args.conllu {
        actorgraph::nlp::reannotate_conllu(&models, &text)
            .map_err(|e| anyhow!("{}: {e}", args.input.display()))?
    } else {
        actorgraph::nlp::annotate_conllu(&models, &text)
    };
    if args.out.as_os_str() == "-" {
        let mut out = io::stdout().lock();
        if let Err(e) = out.write_all(conllu.as_bytes()).and_then(|()| out.flush())
            && e.kind() != io::ErrorKind::BrokenPipe
        {
            return Err(anyhow!("standard output: {e}"));
        }
    } else {
        export::write_atomic(&args.out, |w| w.write_all(conllu.as_bytes()))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn build(args: BuildArgs) -> Result<ExitCode> {
    let formats = chosen_formats(&args.format);
    if let Some(code) = check_stdout("build", &args.out, &formats) {
        return Ok(code);
    }

    let started = Instant::now();
    if args.inputs.iter().any(|p| p.as_os_str() == "-") && io::stdin().is_terminal() {
        say!("actorgraph: reading an article from standard input (end it with Ctrl-D)");
    }
    let inputs = read_inputs(&args.inputs).map_err(|e| match e {
        Error::NotFound { ref path } if args.inputs == [PathBuf::from("seeds")] => anyhow!(
            "{e} (run actorgraph from the project folder, or name the articles: \
             actorgraph build FILE|FOLDER|-)",
            e = Error::NotFound { path: path.clone() }
        ),
        e => anyhow!(e),
    })?;
    for (_, e) in &inputs.skipped {
        say!("warning: skipped {e}");
    }
    if inputs.documents.is_empty() {
        return Err(anyhow!(
            "no article to build the graph from: all {} files were skipped",
            inputs.skipped.len()
        ));
    }

    let pipeline = Pipeline::new()?;
    let progress = Progress::new(inputs.documents.len(), !args.quiet);
    let graph = pipeline.build(&inputs.documents, &|done| progress.update(done));
    progress.finish();

    // Graphviz takes many minutes to lay out thousands of actors, and the picture is
    // unreadable: by default a large graph gets no SVG (asked for explicitly, it does)
    let mut formats = formats;
    if args.format.is_none() && graph.actor_count() > MAX_DEFAULT_PICTURE_ACTORS {
        formats.retain(|f| *f != Format::Svg);
        say!(
            "note: no graph.svg: {} actors are too many to draw readably; draw a part with \
             `actorgraph subgraph --graph {} --relation opposes --min-weight 2 --out DIR --format svg`, \
             or ask for it with --format svg",
            graph.actor_count(),
            args.out.display()
        );
    }
    let written = write_outputs(&graph, &args.out, &formats)?;
    if !args.quiet {
        say!(
            "{}",
            summary(
                &graph,
                inputs.documents.len(),
                inputs.skipped.len(),
                started.elapsed(),
                &written.files
            )
        );
    }
    finish_missing_dot(&written, &formats, args.format.is_some())?;
    Ok(if inputs.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SKIPPED)
    })
}

/// Above this many actors, the default formats leave out the SVG picture.
const MAX_DEFAULT_PICTURE_ACTORS: usize = 500;

/// The formats asked for, sorted, or the default json,dot,svg.
fn chosen_formats(asked: &Option<Vec<FormatArg>>) -> Vec<Format> {
    let mut formats: Vec<Format> = match asked {
        Some(list) => list.iter().map(|&f| f.into()).collect(),
        None => vec![Format::Json, Format::Dot, Format::Svg],
    };
    formats.sort();
    formats.dedup();
    formats
}

/// With `--out -`, exactly one one-file text format; otherwise a usage error (its exit code).
fn check_stdout(subcommand: &str, out: &Path, formats: &[Format]) -> Option<ExitCode> {
    let to_stdout = out.as_os_str() == "-";
    if to_stdout && !matches!(formats, [f] if f.is_stream()) {
        return Some(usage_error(
            subcommand,
            "--out - writes one text format to standard output: add --format with one of \
             json, dot, graphml, gexf, cytoscape, html",
        ));
    }
    None
}

/// What [`write_outputs`] wrote.
struct Written {
    /// The files (or `standard output`).
    files: Vec<String>,
    /// The first picture not drawn because Graphviz is missing.
    missing_dot: Option<Format>,
}

/// Writes `graph` in `formats` to the folder `out` (created if missing), or to standard
/// output when `out` is `-`. A picture that needs the missing Graphviz is skipped and
/// reported in [`Written::missing_dot`]; any other failure is an error after saying what
/// was written.
fn write_outputs(graph: &ActorGraph, out: &Path, formats: &[Format]) -> Result<Written> {
    let mut written = Written {
        files: Vec::new(),
        missing_dot: None,
    };
    if out.as_os_str() == "-" {
        if let Err(e) = export::write_to(graph, formats[0], io::stdout().lock()) {
            // A reader that stops early (`| head`) is not an error of ours.
            if !matches!(&e, Error::Write { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
            {
                return Err(e.into());
            }
        }
        written.files.push("standard output".to_string());
        return Ok(written);
    }
    std::fs::create_dir_all(out).map_err(|source| Error::CreateDir {
        path: out.to_path_buf(),
        source,
    })?;
    for &format in formats {
        match export::write(graph, format, out) {
            Ok(path) => written.files.push(path.display().to_string()),
            Err(Error::DotNotFound) => {
                written.missing_dot.get_or_insert(format);
            }
            Err(e) => {
                // Report what did get written, then fail.
                if !written.files.is_empty() {
                    say!("actorgraph: wrote {}", written.files.join(", "));
                }
                return Err(e.into());
            }
        };
    }
    Ok(written)
}

/// A missing Graphviz: an error when pictures were asked for, a warning otherwise.
fn finish_missing_dot(written: &Written, formats: &[Format], explicit: bool) -> Result<()> {
    if let Some(format) = written.missing_dot {
        let hint = dot_hint(format, formats);
        if explicit {
            return Err(anyhow!("{hint}"));
        }
        say!("warning: {hint}");
    }
    Ok(())
}

// ---- query subcommands ------------------------------------------------------------------

/// Reads the graph.json at `path`, or in the folder `path`.
fn load_graph(path: &Path) -> Result<ActorGraph> {
    let file = if path.is_dir() {
        path.join("graph.json")
    } else {
        path.to_path_buf()
    };
    export::json::read(&file).map_err(|e| match e {
        Error::NotFound { .. } => anyhow!(
            "{e} (build a graph first: actorgraph build ARTICLES --out DIR, then --graph DIR)"
        ),
        e => anyhow!(e),
    })
}

/// Prints `text` on standard output; a closed pipe (`| head`) is not an error.
fn print_stdout(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

fn to_json(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("query results serialize");
    text.push('\n');
    text
}

fn stats(args: StatsArgs) -> Result<ExitCode> {
    let graph = load_graph(&args.graph.graph)?;
    let stats = query::stats(&graph, args.top);
    print_stdout(&if args.json {
        to_json(&stats)
    } else {
        stats.to_string()
    })?;
    Ok(ExitCode::SUCCESS)
}

fn neighbors(args: NeighborsArgs) -> Result<ExitCode> {
    let graph = load_graph(&args.graph.graph)?;
    let relations: Vec<RelationKind> = args.relation.iter().map(|&r| r.into()).collect();
    let found = query::neighbors(&graph, &args.actor, &relations, args.depth)?;
    print_stdout(&if args.json {
        to_json(&found)
    } else {
        found.to_text(args.evidence.0)
    })?;
    Ok(ExitCode::SUCCESS)
}

fn subgraph(args: SubgraphArgs) -> Result<ExitCode> {
    let formats = chosen_formats(&args.output.format);
    if let Some(code) = check_stdout("subgraph", &args.output.out, &formats) {
        return Ok(code);
    }
    let started = Instant::now();
    let graph = load_graph(&args.graph.graph)?;
    let selection = query::Selection {
        actor: args.actor,
        depth: args.depth,
        relations: args.relation.iter().map(|&r| r.into()).collect(),
        min_weight: args.min_weight.unwrap_or(1),
    };
    let part = query::subgraph(&graph, &selection)?;
    let written = write_outputs(&part, &args.output.out, &formats)?;
    if !args.output.quiet {
        say!(
            "actorgraph: kept {} of {} actors, {} of {} edges in {:.2} s -> {}",
            part.actor_count(),
            graph.actor_count(),
            part.edge_count(),
            graph.edge_count(),
            started.elapsed().as_secs_f64(),
            written.files.join(", ")
        );
    }
    finish_missing_dot(&written, &formats, args.output.format.is_some())?;
    Ok(ExitCode::SUCCESS)
}

fn merge(args: MergeArgs) -> Result<ExitCode> {
    let formats = chosen_formats(&args.output.format);
    if let Some(code) = check_stdout("merge", &args.output.out, &formats) {
        return Ok(code);
    }
    let started = Instant::now();
    let graphs = args
        .graphs
        .iter()
        .map(|path| Ok((path.clone(), load_graph(path)?)))
        .collect::<Result<Vec<_>>>()?;
    let merged = query::merge(&graphs)?;
    let written = write_outputs(&merged, &args.output.out, &formats)?;
    if !args.output.quiet {
        say!(
            "actorgraph: merged {} graphs ({} documents): {} actors, {} edges in {:.2} s -> {}",
            args.graphs.len(),
            merged.documents().len(),
            merged.actor_count(),
            merged.edge_count(),
            started.elapsed().as_secs_f64(),
            written.files.join(", ")
        );
    }
    finish_missing_dot(&written, &formats, args.output.format.is_some())?;
    Ok(ExitCode::SUCCESS)
}

/// The Graphviz install hint, naming the picture that is missing and what was written.
fn dot_hint(missing: Format, formats: &[Format]) -> String {
    let done: Vec<String> = formats
        .iter()
        .filter(|f| !f.needs_graphviz())
        .map(|f| f.file_name())
        .collect();
    let written = match done.as_slice() {
        [] => String::new(),
        [one] => format!(" {one} was written."),
        [init @ .., last] => format!(" {} and {last} were written.", init.join(", ")),
    };
    format!(
        "{} to get {}.{written}",
        Error::DotNotFound,
        missing.file_name()
    )
}

fn summary(
    graph: &ActorGraph,
    articles: usize,
    skipped: usize,
    elapsed: Duration,
    written: &[String],
) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let skipped = if skipped > 0 {
        format!(" ({skipped} skipped)")
    } else {
        String::new()
    };
    let mut line = format!(
        "actorgraph: {}{skipped}, {}, {} in {:.2} s",
        plural(articles, "article"),
        plural(graph.actor_count(), "actor"),
        plural(graph.edge_count(), "edge"),
        elapsed.as_secs_f64()
    );
    if !written.is_empty() {
        line.push_str(&format!(" -> {}", written.join(", ")));
    }
    line
}

/// Prints a clap-style usage error of `subcommand` and gives its exit code.
fn usage_error(subcommand: &str, message: &str) -> ExitCode {
    let mut command = Cli::command();
    // Building propagates the binary name, so the usage line reads `actorgraph build`.
    command.build();
    let sub = command
        .find_subcommand_mut(subcommand)
        .expect("the subcommand exists");
    let _ = sub
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .print();
    ExitCode::from(EXIT_USAGE)
}

/// Progress on stderr, redrawn in place at most ten times a second, only when stderr is a
/// terminal (a log file gets no carriage returns) and the run lasts long enough to need it.
struct Progress {
    total: usize,
    started: Instant,
    enabled: bool,
    /// When the line was last drawn, `None` before the first time.
    drawn: Mutex<Option<Instant>>,
}

impl Progress {
    const INTERVAL: Duration = Duration::from_millis(100);
    /// Short runs finish before this and show only the summary.
    const DELAY: Duration = Duration::from_millis(300);

    fn new(total: usize, wanted: bool) -> Progress {
        Progress {
            total,
            started: Instant::now(),
            enabled: wanted && io::stderr().is_terminal(),
            drawn: Mutex::new(None),
        }
    }

    fn update(&self, done: usize) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        let elapsed = now - self.started;
        if elapsed < Self::DELAY {
            return;
        }
        let mut drawn = self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        if drawn.is_some_and(|at| now - at < Self::INTERVAL) {
            return;
        }
        *drawn = Some(now);
        let rate = done as f64 / elapsed.as_secs_f64();
        let left = if rate > 0.0 {
            format_duration((self.total - done.min(self.total)) as f64 / rate)
        } else {
            "?".to_string()
        };
        let mut err = io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[Kactorgraph: {done}/{} articles, {rate:.0}/s, {left} left",
            self.total
        );
        let _ = err.flush();
    }

    fn finish(&self) {
        let drawn = self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        if drawn.is_some() {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

/// `75.4` -> `1:15`.
fn format_duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations() {
        let rows = [
            (0.0, "0:00"),
            (59.6, "1:00"),
            (75.4, "1:15"),
            (3725.0, "1:02:05"),
        ];
        for (seconds, text) in rows {
            assert_eq!(format_duration(seconds), text);
        }
    }

    #[test]
    fn hint_names_what_was_written() {
        let all = [Format::Json, Format::Dot, Format::Svg];
        assert_eq!(
            dot_hint(Format::Svg, &all),
            "Graphviz `dot` not found; install it (Debian/Ubuntu: apt-get install graphviz, \
             macOS: brew install graphviz) to get graph.svg. graph.json and graph.dot were \
             written."
        );
        assert!(dot_hint(Format::Png, &[Format::Png]).ends_with("to get graph.png."));
        assert!(
            dot_hint(Format::Svg, &[Format::Json, Format::Svg])
                .ends_with("graph.svg. graph.json was written.")
        );
    }
}
