//! Writing a graph in the formats asked for: the `--format` list (the library's registry of
//! formats), `--out DIR` or `--out -`, the summary line and a missing Graphviz.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use actorgraph::export::{self, Format, Kind};
use actorgraph::{ActorGraph, Error};
use anyhow::{Result, anyhow};
use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use super::{EXIT_PICTURE, say, usage_error};

/// The formats written when `--format` is not given.
const DEFAULT_FORMATS: [&str; 3] = ["json", "dot", "svg"];

/// `--format`: names of the library's formats, each listed by `--help` with what it is and
/// the file it writes.
pub(super) fn format_parser() -> impl TypedValueParser<Value = Format> {
    let names = export::formats()
        .iter()
        .map(|f| PossibleValue::new(f.name).help(f.help()));
    PossibleValuesParser::new(names)
        .map(|name| export::by_name(&name).expect("every possible value names a format"))
}

/// Where and how a query writes a graph.
#[derive(Debug, Args)]
pub(super) struct OutputArgs {
    /// Folder to write the graph files to (created if missing), or - to write one text
    /// format to standard output.
    #[arg(short, long, value_name = "DIR")]
    pub(super) out: PathBuf,

    /// Formats to write, comma-separated [default: json,dot,svg].
    #[arg(short, long, value_name = "FORMAT,...", value_delimiter = ',',
          value_parser = format_parser())]
    pub(super) format: Option<Vec<Format>>,

    /// Print no summary; errors and warnings still print.
    #[arg(short, long)]
    pub(super) quiet: bool,

    #[command(flatten)]
    pub(super) pictures: PictureArgs,
}

/// How pictures are drawn.
#[derive(Debug, Clone, Copy, Args)]
pub(super) struct PictureArgs {
    /// Seconds Graphviz may take to draw each picture (svg, png); past them it is stopped
    /// and only that picture is missing.
    #[arg(long, value_name = "SECONDS", default_value_t = 120.0,
          value_parser = seconds)]
    pub(super) picture_time_limit: f64,
}

/// A positive number of seconds.
fn seconds(text: &str) -> std::result::Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s.is_finite() => Ok(s),
        _ => Err(format!("{text:?} is not a positive number of seconds")),
    }
}

impl OutputArgs {
    /// Checks the output asked for (a usage error of `subcommand` gives its exit code),
    /// then writes the graph `make` gives, and unless `--quiet` says its summary line,
    /// with the time taken and the files written.
    pub(super) fn write_graph(
        &self,
        subcommand: &str,
        make: impl FnOnce() -> Result<(ActorGraph, String)>,
    ) -> Result<ExitCode> {
        let mut destination = match Destination::new(subcommand, &self.out, &self.format) {
            Ok(destination) => destination,
            Err(code) => return Ok(code),
        };
        destination.pictures = self.pictures;
        let started = Instant::now();
        let (graph, summary) = make()?;
        let drawn = destination.write(&graph, self.quiet, |files| {
            format!(
                "{summary} in {:.2} s -> {}",
                started.elapsed().as_secs_f64(),
                files.join(", ")
            )
        })?;
        Ok(drawn.exit_code(ExitCode::SUCCESS))
    }
}

/// Where a command writes its graph, and in which formats.
pub(super) struct Destination<'a> {
    out: &'a Path,
    /// In the order of the registry, each once.
    pub(super) formats: Vec<Format>,
    /// Whether `--format` was given (a missing Graphviz is then an error).
    pub(super) explicit: bool,
    /// How pictures are drawn.
    pub(super) pictures: PictureArgs,
}

/// Whether the pictures asked for were all drawn.
#[must_use]
pub(super) struct Drawn {
    failed: bool,
}

impl Drawn {
    /// `otherwise`, or the exit code of a picture that could not be drawn.
    pub(super) fn exit_code(&self, otherwise: ExitCode) -> ExitCode {
        if self.failed {
            ExitCode::from(EXIT_PICTURE)
        } else {
            otherwise
        }
    }
}

impl Destination<'_> {
    /// The formats asked for, or the default json,dot,svg. With `--out -`, exactly one
    /// one-file text format; otherwise a usage error of `subcommand` (its exit code).
    pub(super) fn new<'a>(
        subcommand: &str,
        out: &'a Path,
        asked: &Option<Vec<Format>>,
    ) -> std::result::Result<Destination<'a>, ExitCode> {
        let formats: Vec<Format> = match asked {
            Some(list) => export::formats()
                .iter()
                .filter(|f| list.contains(f))
                .copied()
                .collect(),
            None => DEFAULT_FORMATS
                .iter()
                .map(|name| export::by_name(name).expect("a default format"))
                .collect(),
        };
        let to_stdout = out.as_os_str() == "-";
        if to_stdout && !matches!(formats.as_slice(), [f] if f.kind() == Kind::Text) {
            let text: Vec<&str> = export::formats()
                .iter()
                .filter(|f| f.kind() == Kind::Text)
                .map(|f| f.name)
                .collect();
            return Err(usage_error(
                subcommand,
                &format!(
                    "--out - writes one text format to standard output: add --format with \
                     one of {}",
                    text.join(", ")
                ),
            ));
        }
        Ok(Destination {
            out,
            formats,
            explicit: asked.is_some(),
            pictures: PictureArgs {
                picture_time_limit: 120.0,
            },
        })
    }

    /// Writes `graph` in every format, says `summary` of the files written (unless
    /// `quiet`), then reports a missing Graphviz and pictures that could not be drawn: an
    /// error when pictures were asked for (a missing Graphviz is then an error, a failed
    /// picture exit code 4), a warning otherwise.
    pub(super) fn write(
        &self,
        graph: &ActorGraph,
        quiet: bool,
        summary: impl FnOnce(&[String]) -> String,
    ) -> Result<Drawn> {
        let written = self.write_files(graph, quiet)?;
        if !quiet {
            say!("{}", summary(&written.files));
        }
        let level = if self.explicit { "error" } else { "warning" };
        for (format, e) in &written.failed {
            say!("{level}: no {}: {e}", format.file_name);
        }
        if let Some(format) = written.missing_dot {
            let hint = dot_hint(format, &self.formats);
            if self.explicit {
                return Err(anyhow!("{hint}"));
            }
            say!("warning: {hint}");
        }
        Ok(Drawn {
            failed: self.explicit && !written.failed.is_empty(),
        })
    }

    /// Writes `graph` to the folder (created if missing), or to standard output for `-`:
    /// the pictures last, so that Graphviz never holds the other formats back. A picture
    /// that needs the missing Graphviz is reported in [`Written::missing_dot`], one that
    /// Graphviz could not draw in time in [`Written::failed`]; any other failure is an
    /// error after saying what was written.
    fn write_files(&self, graph: &ActorGraph, quiet: bool) -> Result<Written> {
        let mut written = Written {
            files: Vec::new(),
            missing_dot: None,
            failed: Vec::new(),
        };
        if self.out.as_os_str() == "-" {
            if let Err(e) = self.formats[0].write_to(graph, io::stdout().lock()) {
                // A reader that stops early (`| head`) is not an error of ours.
                if !matches!(&e, Error::Write { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
                {
                    return Err(e.into());
                }
            }
            written.files.push("standard output".to_string());
            return Ok(written);
        }
        std::fs::create_dir_all(self.out).map_err(|source| Error::CreateDir {
            path: self.out.to_path_buf(),
            source,
        })?;
        let (pictures, others): (Vec<Format>, Vec<Format>) =
            self.formats.iter().partition(|f| f.kind() == Kind::Picture);
        for format in others {
            match format.write(graph, self.out) {
                Ok(path) => written.files.push(path.display().to_string()),
                Err(e) => {
                    // Report what did get written, then fail.
                    if !written.files.is_empty() {
                        say!("actorgraph: wrote {}", written.files.join(", "));
                    }
                    return Err(e.into());
                }
            };
        }
        let limit = Duration::from_secs_f64(self.pictures.picture_time_limit);
        let mut source = None;
        for format in pictures {
            let picture = format.picture().expect("a picture format draws a picture");
            let dot = source.get_or_insert_with(|| export::dot::to_string(graph));
            let mut waiting = |elapsed: Duration| {
                if !quiet {
                    say!(
                        "actorgraph: Graphviz is still drawing {} ({} actors) after {:.0} s; \
                         it stops at {} s (--picture-time-limit)",
                        format.file_name,
                        graph.actor_count(),
                        elapsed.as_secs_f64(),
                        limit.as_secs_f64()
                    );
                }
            };
            let drawn = picture.render_within(dot, limit, &mut waiting);
            let path = self.out.join(format.file_name);
            match drawn.and_then(|bytes| export::write_atomic(&path, |w| w.write_all(&bytes))) {
                Ok(()) => written.files.push(path.display().to_string()),
                Err(Error::DotNotFound) => {
                    written.missing_dot.get_or_insert(format);
                }
                Err(e @ Error::Render { .. }) => written.failed.push((format, e)),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(written)
    }
}

/// What [`Destination::write_files`] wrote.
struct Written {
    /// The files (or `standard output`).
    files: Vec<String>,
    /// The first picture not drawn because Graphviz is missing.
    missing_dot: Option<Format>,
    /// The pictures Graphviz failed to draw or did not draw in time, and why.
    failed: Vec<(Format, Error)>,
}

/// The Graphviz install hint, naming the picture that is missing and what was written.
fn dot_hint(missing: Format, formats: &[Format]) -> String {
    let done: Vec<&str> = formats
        .iter()
        .filter(|f| f.kind() != Kind::Picture)
        .map(|f| f.file_name)
        .collect();
    let written = match done.as_slice() {
        [] => String::new(),
        [one] => format!(" {one} was written."),
        [init @ .., last] => format!(" {} and {last} were written.", init.join(", ")),
    };
    format!(
        "{} to get {}.{written}",
        Error::DotNotFound,
        missing.file_name
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formats(names: &[&str]) -> Vec<Format> {
        names.iter().map(|n| export::by_name(n).unwrap()).collect()
    }

    #[test]
    fn hint_names_what_was_written() {
        let [svg, png] = [
            export::by_name("svg").unwrap(),
            export::by_name("png").unwrap(),
        ];
        assert_eq!(
            dot_hint(svg, &formats(&["json", "dot", "svg"])),
            "Graphviz `dot` not found; install it (Debian/Ubuntu: apt-get install graphviz, \
             macOS: brew install graphviz) to get graph.svg. graph.json and graph.dot were \
             written."
        );
        assert!(dot_hint(png, &[png]).ends_with("to get graph.png."));
        assert!(
            dot_hint(svg, &formats(&["json", "svg"]))
                .ends_with("graph.svg. graph.json was written.")
        );
    }

    #[test]
    fn formats_are_written_in_registry_order_each_once() {
        let asked = Some(formats(&["html", "json", "html", "dot"]));
        let dest = Destination::new("build", Path::new("out"), &asked).unwrap();
        assert_eq!(dest.formats, formats(&["json", "dot", "html"]));
        let default = Destination::new("build", Path::new("out"), &None).unwrap();
        assert_eq!(default.formats, formats(&DEFAULT_FORMATS));
        assert!(!default.explicit);
    }
}
