//! `actorgraph build`: articles in, the graph written in the formats asked for.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use actorgraph::export::{Format, Kind};
use actorgraph::{ActorGraph, Error, Pipeline, read_inputs};
use anyhow::{Result, anyhow};
use clap::Args;

use super::output::{Destination, format_parser};
use super::progress::Progress;
use super::say;

/// Exit code: built and written, but files inside folders were skipped.
const EXIT_SKIPPED: u8 = 3;

/// Above this many actors, the default formats leave out the SVG picture.
const MAX_DEFAULT_PICTURE_ACTORS: usize = 500;

#[derive(Debug, Args)]
pub(super) struct BuildArgs {
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
    #[arg(short, long, value_name = "FORMAT,...", value_delimiter = ',',
          value_parser = format_parser())]
    format: Option<Vec<Format>>,

    /// Print no progress and no summary; errors and warnings still print.
    #[arg(short, long)]
    quiet: bool,
}

pub(super) fn build(args: BuildArgs) -> Result<ExitCode> {
    let mut destination = match Destination::new("build", &args.out, &args.format) {
        Ok(destination) => destination,
        Err(code) => return Ok(code),
    };

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
    if !destination.explicit && graph.actor_count() > MAX_DEFAULT_PICTURE_ACTORS {
        destination.formats.retain(|f| f.kind() != Kind::Picture);
        say!(
            "note: no graph.svg: {} actors are too many to draw readably; draw a part with \
             `actorgraph subgraph --graph {} --relation opposes --min-weight 2 --out DIR --format svg`, \
             or ask for it with --format svg",
            graph.actor_count(),
            args.out.display()
        );
    }
    let (articles, skipped) = (inputs.documents.len(), inputs.skipped.len());
    destination.write(&graph, args.quiet, |files| {
        summary(&graph, articles, skipped, started.elapsed(), files)
    })?;
    Ok(if inputs.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SKIPPED)
    })
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
