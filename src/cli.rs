//! Command-line interface: argument parsing and glue over the library.
//!
//! The library reads, extracts and writes; this file maps flags to calls, prints progress,
//! warnings and the summary on stderr, and maps outcomes to exit codes.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actorgraph::export::{self, Format};
use actorgraph::{ActorGraph, Error, Pipeline, read_inputs};
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
/// DOT and, when Graphviz is installed, an SVG picture.
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
graph.svg and graph.png (rendered by Graphviz `dot`, which must be on PATH). Each file is
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
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
            FormatArg::Svg => Format::Svg,
            FormatArg::Png => Format::Png,
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
    let explicit_formats = args.format.is_some();
    let mut formats: Vec<Format> = match &args.format {
        Some(list) => list.iter().map(|&f| f.into()).collect(),
        None => vec![Format::Json, Format::Dot, Format::Svg],
    };
    formats.sort();
    formats.dedup();
    let to_stdout = args.out.as_os_str() == "-";
    if to_stdout && !matches!(formats.as_slice(), [Format::Json | Format::Dot]) {
        return Ok(usage_error(
            "--out - writes one text format to standard output: add --format json or --format dot",
        ));
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

    let mut written = Vec::new();
    let mut missing_dot = None;
    if to_stdout {
        if let Err(e) = export::write_to(&graph, formats[0], io::stdout().lock()) {
            // A reader that stops early (`| head`) is not an error of ours.
            if !matches!(&e, Error::Write { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
            {
                return Err(e.into());
            }
        }
        written.push("standard output".to_string());
    } else {
        std::fs::create_dir_all(&args.out).map_err(|source| Error::CreateDir {
            path: args.out.clone(),
            source,
        })?;
        for &format in &formats {
            match export::write(&graph, format, &args.out) {
                Ok(path) => written.push(path.display().to_string()),
                Err(Error::DotNotFound) => {
                    missing_dot.get_or_insert(format);
                }
                Err(e) => {
                    // Report what did get written, then fail.
                    if !written.is_empty() {
                        say!("actorgraph: wrote {}", written.join(", "));
                    }
                    return Err(e.into());
                }
            };
        }
    }

    if !args.quiet {
        say!(
            "{}",
            summary(
                &graph,
                inputs.documents.len(),
                inputs.skipped.len(),
                started.elapsed(),
                &written
            )
        );
    }
    if let Some(format) = missing_dot {
        let hint = dot_hint(format, &formats);
        if explicit_formats {
            return Err(anyhow!("{hint}"));
        }
        say!("warning: {hint}");
    }
    Ok(if inputs.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SKIPPED)
    })
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

/// Prints a clap-style usage error and gives its exit code.
fn usage_error(message: &str) -> ExitCode {
    let mut command = Cli::command();
    // Building propagates the binary name, so the usage line reads `actorgraph build`.
    command.build();
    let build = command
        .find_subcommand_mut("build")
        .expect("the build subcommand exists");
    let _ = build
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
