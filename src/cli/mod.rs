//! Command-line interface: argument parsing and glue over the library.
//!
//! The library reads, extracts and writes; these files map flags to calls, print progress,
//! warnings and the summary on stderr, and map outcomes to exit codes: [`build`] and
//! [`annotate`] read articles, [`query`] answers questions over a built graph, [`output`]
//! writes graphs in the formats of the library's registry, [`progress`] shows how a long
//! build goes.

mod annotate;
mod build;
mod output;
mod progress;
mod query;

use std::process::ExitCode;

use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand};

/// Prints a line on stderr. Unlike `eprintln!`, a stderr that cannot be written (a closed
/// pipe) is not a panic: the exit code still tells the outcome.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
pub(crate) use say;

/// Exit code of usage errors, as clap uses.
const EXIT_USAGE: u8 = 2;

const EXIT_CODES: &str = "\
Exit codes:
  0  the graph was built and every requested file written
  1  error: nothing was built; or a requested output could not be written (the message
     says which files, if any, were written)
  2  usage error: unknown flag, bad value, or --out - with other than one of json, dot
  3  the graph was built and written, but some files inside folders or records of feeds
     were skipped (binary, not UTF-8, empty, unreadable, not a regular file, too long, a bad
     JSON line or date; each is named on stderr, with its line)
  4  the graph was built and written, but a picture asked for with --format (svg, png)
     could not be drawn: Graphviz failed or ran past --picture-time-limit (every other
     format was written; the message says which picture failed and why)";

/// Exit code of a run whose pictures asked for could not all be drawn.
const EXIT_PICTURE: u8 = 4;

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
  actorgraph build dump.jsonl.gz --format json,parquet --out g/
                                                 a gzipped JSON Lines feed, with Parquet tables
  actorgraph build feed.csv --text-field body --date-field pubDate --out g/
  actorgraph build - --out - --format json < story.txt > graph.json
                                                 stdin to stdout

Feeds: a .jsonl/.ndjson line or a .csv row is one article: its text from the first of
--text-field present, its id, date (ISO, e.g. 2014-07-22T09:30:00Z), URL and title from
the other --*-field options; a bad record is named with its line, skipped, and the build goes
on (exit 3). .gz files are decompressed.

Output files in DIR: one per format, named as --help lists them under --format (neo4j/
and parquet/ are folders: nodes.csv, relationships.csv, import.cypher; nodes.parquet,
edges.parquet, evidence.parquet). --evidence-table adds evidence.jsonl, every statement. Each file is written to a
temporary file first and renamed into place, so a failed run leaves no half-written file.
Without Graphviz, the default run still writes graph.json and graph.dot, warns and exits 0;
asking for svg or png explicitly makes it an error (exit 1).

Progress (articles done, rate, time left) shows on stderr when it is a terminal; a one-line
summary (articles, actors, edges, seconds, files) ends every run. --quiet silences both.

{EXIT_CODES}"))]
    Build(build::BuildArgs),
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
    Annotate(annotate::AnnotateArgs),

    /// Counts by actor type and relation, components, and the top actors by degree,
    /// weighted degree and PageRank.
    #[command(after_help = format!("\
Examples:
  actorgraph stats                          the graph in out/graph.json
  actorgraph stats --graph bbc/ --top 20    bbc/graph.json, 20 actors per ranking
  actorgraph stats --graph g/ --since 2014-07-01 --until 2014-07-31
                                            what July's articles stated
  actorgraph stats --json | jq .top_pagerank

Degree counts edges in and out; weighted degree counts statements (edge weights). PageRank
follows each edge from the agent to the other party (both ways when symmetric), weighted by
statements, damping 0.85.

{}", query::EXIT_CODES))]
    Stats(query::StatsArgs),

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

{}", query::EXIT_CODES))]
    Neighbors(query::NeighborsArgs),

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

{}", query::EXIT_CODES))]
    Subgraph(query::SubgraphArgs),

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

{}", query::EXIT_CODES))]
    Merge(query::MergeArgs),
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
        Command::Build(args) => build::build(args),
        Command::Annotate(args) => annotate::annotate(args),
        Command::Stats(args) => query::stats(args),
        Command::Neighbors(args) => query::neighbors(args),
        Command::Subgraph(args) => query::subgraph(args),
        Command::Merge(args) => query::merge(args),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
