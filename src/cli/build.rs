//! `actorgraph build`: articles in, the graph written in the formats asked for.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use actorgraph::export::evidence::EvidenceJsonl;
use actorgraph::export::parquet::{self, EvidenceTable};
use actorgraph::export::{Format, Kind};
use actorgraph::{
    ActorGraph, Coreference, DocumentGraph, Error, Fields, Input, InputFormat, Pipeline,
    ReadOptions, open_inputs,
};
use anyhow::{Result, anyhow};
use clap::Args;

use super::output::{Destination, PictureArgs, format_parser};
use super::progress::Progress;
use super::say;

/// Exit code: built and written, but files inside folders were skipped.
const EXIT_SKIPPED: u8 = 3;

/// Above this many actors, the default formats leave out the SVG picture.
const MAX_DEFAULT_PICTURE_ACTORS: usize = 500;

#[derive(Debug, Args)]
pub(super) struct BuildArgs {
    /// Articles to read: files (a .txt file, or one of another extension, is one article;
    /// .jsonl, .ndjson and .csv files are news feeds, one article per record; .gz is
    /// decompressed), folders (walked recursively for those, in path order), or - for
    /// standard input (one article, or a feed with --input-format).
    #[arg(value_name = "INPUT", default_value = "seeds")]
    inputs: Vec<PathBuf>,

    /// Read the files named (not those found in folders) and standard input in this format,
    /// whatever their extension.
    #[arg(long, value_name = "FORMAT")]
    input_format: Option<InputFormat>,

    /// Feed field(s) holding the article text, comma-separated, the first present wins.
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        default_value = "text,content,body"
    )]
    text_field: Vec<String>,

    /// Feed field(s) holding the document id (without one: STEM:LINE).
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        default_value = "id"
    )]
    id_field: Vec<String>,

    /// Feed field(s) holding the publication date (ISO date or date and time).
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        default_value = "date,published,published_at"
    )]
    date_field: Vec<String>,

    /// Feed field(s) holding the article's URL (kept in the list of documents).
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        default_value = "url"
    )]
    url_field: Vec<String>,

    /// Feed field(s) holding the headline, put before the text as its first line.
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        default_value = "title"
    )]
    title_field: Vec<String>,

    /// Longest article read (bytes, or with K, M, G: 16M); a longer one is skipped with a
    /// warning (an error when it is a file named explicitly).
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size)]
    max_article_size: u64,

    /// Evidence sentences kept per edge in the graph: the first N by date, document and
    /// sentence. Every statement still counts in the weight, and --evidence-table or the
    /// parquet format keeps them all.
    #[arg(long, value_name = "N", default_value_t = actorgraph::DEFAULT_EVIDENCE)]
    evidence: usize,

    /// Also write evidence.jsonl: every statement with its sentence, one JSON object per
    /// line, streamed to disk during the build.
    #[arg(long)]
    evidence_table: bool,

    /// Folder to write the graph files to (created if missing), or - to write one text
    /// format (json or dot, chosen with --format) to standard output.
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    out: PathBuf,

    /// Formats to write, comma-separated [default: json,dot,svg]. svg and png need Graphviz's
    /// `dot` on PATH.
    #[arg(short, long, value_name = "FORMAT,...", value_delimiter = ',',
          value_parser = format_parser())]
    format: Option<Vec<Format>>,

    /// A TSV file of actors to add to the shipped dictionary or put in place of its
    /// entries: a header line naming the columns name, type, aliases (separated by |) and
    /// optionally affiliation, roles (`prime minister 2007-06-27..2010-05-11`, separated by
    /// |) and code. Repeatable.
    #[arg(long, value_name = "FILE")]
    actors: Vec<PathBuf>,

    /// A TSV file of relation triggers in the columns of the shipped triggers.tsv (lemma,
    /// pos, cameo, class, goldstein, frame), added to or in place of the shipped ones of
    /// the same lemma and part of speech. Repeatable.
    #[arg(long, value_name = "FILE")]
    triggers: Vec<PathBuf>,

    /// How pronouns and descriptions ("he", "the group") find their actor: `rule`, the
    /// nearest fitting actor (default; fewer wrong edges on news), or `model`, the rule
    /// overruled where the coreference model trained on GUM is confident.
    #[arg(long, value_enum, default_value_t = Coreference::Rule)]
    coreference: Coreference,

    /// Keep the relations of the trigger class `stance`: a speaker's judgement of another
    /// actor or of its words, plans or leadership ("X said Y's plan was reckless": X
    /// opposes Y), read with the VADER polarity lexicon. On by default (the written
    /// challenge files' check halves are as precise with it as without; see the README,
    /// "Stance").
    #[arg(long, overrides_with = "no_stance")]
    stance: bool,

    /// Drop the relations of the trigger class `stance` (see --stance).
    #[arg(long, overrides_with = "stance")]
    no_stance: bool,

    /// Print no progress and no summary; errors and warnings still print.
    #[arg(short, long)]
    quiet: bool,

    #[command(flatten)]
    pictures: PictureArgs,
}

/// `16M` -> 16 MiB; `K`, `M`, `G` (binary, with or without `iB`), or bytes.
fn parse_size(value: &str) -> std::result::Result<u64, String> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let digits = lower.trim_end_matches("ib").trim_end_matches('b');
    let (number, shift) = match digits.chars().last() {
        Some('k') => (&digits[..digits.len() - 1], 10),
        Some('m') => (&digits[..digits.len() - 1], 20),
        Some('g') => (&digits[..digits.len() - 1], 30),
        _ => (digits, 0),
    };
    number
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("expected a size such as 16M, 500K or 1048576, not {value:?}"))
}

/// Where the full evidence of the build goes, as it is extracted.
#[derive(Default)]
struct EvidenceSinks {
    jsonl: Option<EvidenceJsonl>,
    parquet: Option<EvidenceTable>,
    /// The first write error; writing stops there and the build fails after reading.
    failed: Option<Error>,
}

impl EvidenceSinks {
    fn add(&mut self, doc: &DocumentGraph) {
        if self.failed.is_some() {
            return;
        }
        let result = self
            .jsonl
            .as_mut()
            .map_or(Ok(()), |t| t.add_document(doc))
            .and_then(|()| {
                self.parquet
                    .as_mut()
                    .map_or(Ok(()), |t| t.add_document(doc))
            });
        if let Err(e) = result {
            self.failed = Some(e);
        }
    }
}

pub(super) fn build(args: BuildArgs) -> Result<ExitCode> {
    let mut destination = match Destination::new("build", &args.out, &args.format) {
        Ok(destination) => destination,
        Err(code) => return Ok(code),
    };
    destination.pictures = args.pictures;
    let to_stdout = args.out.as_os_str() == "-";
    if to_stdout && args.evidence_table {
        return Ok(super::usage_error(
            "build",
            "--evidence-table writes evidence.jsonl into an output folder, not to --out -",
        ));
    }

    let started = Instant::now();
    // the dictionaries first: a bad row stops the build before anything is written
    let pipeline = pipeline(&args)?;
    let options = read_options(&args);
    if args.inputs.iter().any(|p| p.as_os_str() == "-") && io::stdin().is_terminal() {
        say!("actorgraph: reading from standard input (end it with Ctrl-D)");
    }
    let articles = open_inputs(&args.inputs, &options).map_err(|e| match e {
        Error::NotFound { ref path } if args.inputs == [PathBuf::from("seeds")] => anyhow!(
            "{e} (run actorgraph from the project folder, or name the articles: \
             actorgraph build FILE|FOLDER|-)",
            e = Error::NotFound { path: path.clone() }
        ),
        e => anyhow!(e),
    })?;

    // The evidence tables are streamed into the output folder while the articles are read.
    let parquet_format = destination.formats.iter().position(|f| f.name == "parquet");
    let mut sinks = EvidenceSinks::open(&args.out, args.evidence_table, parquet_format.is_some())?;

    let progress = Progress::new(articles.total_bytes(), articles.bytes_read(), !args.quiet);
    let mut skipped = 0usize;
    let mut read = 0usize;
    let mut fatal: Option<Error> = None;
    let stream = articles
        .map_while(|item| match item {
            Ok(input) => Some(input),
            Err(e) => {
                fatal = Some(e);
                None
            }
        })
        .filter_map(|input| match input {
            Input::Article(doc) => {
                read += 1;
                Some(doc)
            }
            Input::Skipped(_, e) => {
                progress.suspend(|| say!("warning: skipped {e}"));
                skipped += 1;
                None
            }
        });
    let graph = pipeline.build_stream(
        stream,
        ActorGraph::with_evidence_limit(args.evidence),
        &|done| progress.update(done),
        &mut |doc| sinks.add(doc),
    );
    progress.finish();
    if let Some(e) = fatal {
        return Err(e.into());
    }
    if let Some(e) = sinks.failed {
        return Err(e.into());
    }
    if read == 0 {
        return Err(anyhow!(
            "no article to build the graph from: all {skipped} {} skipped",
            if skipped == 1 {
                "input was"
            } else {
                "inputs were"
            }
        ));
    }
    if let Some(i) = parquet_format {
        destination.formats.remove(i);
    }
    let tables = sinks.commit(&graph, &args.out, parquet_format.is_some())?;

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
    let drawn = destination.write(&graph, args.quiet, |files| {
        let mut files = files.to_vec();
        files.extend(tables);
        summary(&graph, read, skipped, started.elapsed(), &files)
    })?;
    // the process ends here: freeing the lexicon's and the graph's many small allocations
    // one by one and unmapping the models would take several milliseconds on one thread,
    // for memory the system takes back at exit anyway
    std::mem::forget(pipeline);
    std::mem::forget(graph);
    Ok(drawn.exit_code(if skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SKIPPED)
    }))
}

/// The reading options of the flags.
fn read_options(args: &BuildArgs) -> ReadOptions {
    ReadOptions {
        format: args.input_format,
        fields: Fields {
            text: args.text_field.clone(),
            id: args.id_field.clone(),
            date: args.date_field.clone(),
            url: args.url_field.clone(),
            title: args.title_field.clone(),
        },
        max_article_bytes: args.max_article_size,
    }
}

impl EvidenceSinks {
    /// Creates the evidence tables asked for (`evidence.jsonl`, the Parquet evidence table)
    /// in `out`, before the articles are read, since they are streamed during the build.
    fn open(out: &Path, jsonl: bool, parquet: bool) -> Result<EvidenceSinks> {
        let mut sinks = EvidenceSinks::default();
        if jsonl || parquet {
            create_dir(out)?;
        }
        if jsonl {
            sinks.jsonl = Some(EvidenceJsonl::create(
                &out.join(actorgraph::export::evidence::FILE),
            )?);
        }
        if parquet {
            let folder = out.join(parquet::FOLDER);
            create_dir(&folder)?;
            sinks.parquet = Some(EvidenceTable::create(&folder.join(parquet::EVIDENCE))?);
        }
        Ok(sinks)
    }

    /// Writes the Parquet node and edge tables of `graph` (when `parquet`) and renames the
    /// streamed evidence tables into place; returns the paths written.
    fn commit(&mut self, graph: &ActorGraph, out: &Path, parquet: bool) -> Result<Vec<String>> {
        let mut tables: Vec<String> = Vec::new();
        if parquet {
            let folder = out.join(parquet::FOLDER);
            for path in parquet::write_graph_tables(graph, &folder)? {
                tables.push(path.display().to_string());
            }
            if let Some(table) = self.parquet.take() {
                table.commit()?;
                tables.push(folder.join(parquet::EVIDENCE).display().to_string());
            }
        }
        if let Some(table) = self.jsonl.take() {
            table.commit()?;
            let path = out.join(actorgraph::export::evidence::FILE);
            tables.push(path.display().to_string());
        }
        Ok(tables)
    }
}

/// The pipeline with the user's dictionaries, in the order given.
fn pipeline(args: &BuildArgs) -> Result<Pipeline> {
    let mut builder = Pipeline::builder().coreference(args.coreference);
    for path in &args.actors {
        builder = builder.actors(path);
    }
    for path in &args.triggers {
        builder = builder.triggers(path);
    }
    if args.stance || args.no_stance {
        builder = builder.stance(args.stance);
    }
    Ok(builder.build()?)
}

fn create_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| Error::CreateDir {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(())
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
