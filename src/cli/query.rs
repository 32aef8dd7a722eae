//! `actorgraph stats`, `neighbors`, `subgraph` and `merge`: questions over a built graph.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use actorgraph::{ActorGraph, Date, Error, RelationKind, export, query};
use anyhow::{Result, anyhow};
use clap::Args;

use super::output::OutputArgs;

pub(super) const EXIT_CODES: &str = "\
Exit codes:
  0  done
  1  error: the graph file is missing or not a graph, the actor is unknown or ambiguous,
     or an output could not be written
  2  usage error: unknown flag or bad value";

/// The graph a query reads.
#[derive(Debug, Args)]
struct GraphArg {
    /// The graph to read: a graph.json written by `actorgraph build`, or the folder holding it.
    #[arg(short, long, value_name = "PATH", default_value = "out/graph.json")]
    graph: PathBuf,
}

/// The period a query looks at.
#[derive(Debug, Args)]
struct PeriodArgs {
    /// Only what was stated on or after this day (YYYY-MM-DD): edges weigh their statements
    /// of the period, actors their mentions; undated articles are left out.
    #[arg(long, value_name = "DATE")]
    since: Option<Date>,

    /// Only what was stated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<Date>,
}

impl PeriodArgs {
    /// The graph at `path`, cut to the period when one is given.
    fn load(&self, path: &Path) -> Result<ActorGraph> {
        let graph = load_graph(path)?;
        Ok(if self.since.is_some() || self.until.is_some() {
            query::between(&graph, self.since, self.until)
        } else {
            graph
        })
    }
}

#[derive(Debug, Args)]
pub(super) struct StatsArgs {
    #[command(flatten)]
    graph: GraphArg,

    #[command(flatten)]
    period: PeriodArgs,

    /// Actors listed in each ranking.
    #[arg(short, long, value_name = "N", default_value_t = 10)]
    top: usize,

    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub(super) struct NeighborsArgs {
    /// The actor: its name or any alias, in any case.
    #[arg(value_name = "ACTOR")]
    actor: String,

    #[command(flatten)]
    graph: GraphArg,

    #[command(flatten)]
    period: PeriodArgs,

    /// Follow only these relations, comma-separated [default: all].
    #[arg(short, long, value_name = "RELATION,...", value_delimiter = ',')]
    relation: Vec<RelationKind>,

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
pub(super) struct SubgraphArgs {
    #[command(flatten)]
    graph: GraphArg,

    #[command(flatten)]
    period: PeriodArgs,

    /// Keep the actors around this one (its name or any alias).
    #[arg(short, long, value_name = "ACTOR")]
    actor: Option<String>,

    /// Steps from --actor.
    #[arg(short, long, value_name = "N", default_value_t = 1, requires = "actor")]
    depth: usize,

    /// Keep only edges of these relations, comma-separated.
    #[arg(short, long, value_name = "RELATION,...", value_delimiter = ',')]
    relation: Vec<RelationKind>,

    /// Keep only edges stated at least W times.
    #[arg(short = 'w', long, value_name = "W")]
    min_weight: Option<usize>,

    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Debug, Args)]
pub(super) struct MergeArgs {
    /// Graphs to merge, in order: graph.json files written by `actorgraph build`, or the
    /// folders holding them.
    #[arg(value_name = "GRAPH", required = true)]
    graphs: Vec<PathBuf>,

    /// Evidence sentences kept per edge: the first N by date, document and sentence, as
    /// `build --evidence N` keeps them (merge graphs built with the same N).
    #[arg(long, value_name = "N", default_value_t = actorgraph::DEFAULT_EVIDENCE)]
    evidence: usize,

    #[command(flatten)]
    output: OutputArgs,
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

pub(super) fn stats(args: StatsArgs) -> Result<ExitCode> {
    let graph = args.period.load(&args.graph.graph)?;
    let stats = query::stats(&graph, args.top);
    print_stdout(&if args.json {
        to_json(&stats)
    } else {
        stats.to_string()
    })?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn neighbors(args: NeighborsArgs) -> Result<ExitCode> {
    let graph = args.period.load(&args.graph.graph)?;
    let relations: Vec<RelationKind> = args.relation.clone();
    let found = query::neighbors(&graph, &args.actor, &relations, args.depth)?;
    print_stdout(&if args.json {
        to_json(&found)
    } else {
        found.to_text(args.evidence.0)
    })?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn subgraph(args: SubgraphArgs) -> Result<ExitCode> {
    args.output.write_graph("subgraph", || {
        let graph = args.period.load(&args.graph.graph)?;
        let selection = query::Selection {
            actor: args.actor,
            depth: args.depth,
            relations: args.relation.clone(),
            min_weight: args.min_weight.unwrap_or(1),
        };
        let part = query::subgraph(&graph, &selection)?;
        let summary = format!(
            "actorgraph: kept {} of {} actors, {} of {} edges",
            part.actor_count(),
            graph.actor_count(),
            part.edge_count(),
            graph.edge_count(),
        );
        Ok((part, summary))
    })
}

pub(super) fn merge(args: MergeArgs) -> Result<ExitCode> {
    args.output.write_graph("merge", || {
        let graphs = args
            .graphs
            .iter()
            .map(|path| Ok((path.clone(), load_graph(path)?)))
            .collect::<Result<Vec<_>>>()?;
        let merged = query::merge_with(&graphs, args.evidence)?;
        let summary = format!(
            "actorgraph: merged {} graphs ({} documents): {} actors, {} edges",
            args.graphs.len(),
            merged.documents().len(),
            merged.actor_count(),
            merged.edge_count(),
        );
        Ok((merged, summary))
    })
}
