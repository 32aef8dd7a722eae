//! Writing the graph: node-link JSON, Graphviz DOT and pictures, GraphML, GEXF, Cytoscape.js
//! JSON, Neo4j import files and a self-contained HTML view.
//!
//! One file per format: [`json`] (the NetworkX contract of DESIGN.md, and reading it back),
//! [`dot`] (Graphviz source through graphviz-rust), [`svg`] (SVG or PNG from Graphviz's `dot`
//! program), [`graphml`] (NetworkX, igraph, Gephi, yEd), [`gexf`] (Gephi, NetworkX),
//! [`cytoscape`] (Cytoscape.js and Cytoscape desktop), [`neo4j`] (CSV for `neo4j-admin
//! database import` and a `LOAD CSV` script), [`html`] (one page to explore the graph in a
//! browser, offline). Every format but DOT and the pictures is read back by its module
//! (`from_str`, `read`), which is how the tests check that each holds what it should.
//!
//! [`write()`] puts one format into a folder as `graph.<ext>` (Neo4j: the folder `neo4j/`),
//! atomically: the bytes go to a temporary file in the same folder, renamed over the target
//! only when complete, so a failed run never leaves a half-written file.
//!
//! ```
//! use actorgraph::{Actor, ActorGraph, ActorType, export};
//!
//! let mut graph = ActorGraph::new();
//! graph.add_actor(&Actor::new("Hamas", ActorType::Organization));
//! let json = export::json::to_string(&graph);
//! assert!(json.contains("\"type\": \"organization\""));
//! assert!(export::dot::to_string(&graph).contains("\"Hamas\""));
//! ```

mod atomic;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod neo4j;
pub mod svg;
mod xml;

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use atomic::write_atomic;

use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// NetworkX node-link JSON (`graph.json`).
    Json,
    /// Graphviz DOT source (`graph.dot`).
    Dot,
    /// SVG picture rendered by Graphviz `dot` (`graph.svg`).
    Svg,
    /// PNG picture rendered by Graphviz `dot` (`graph.png`).
    Png,
    /// GraphML for NetworkX, igraph, Gephi, yEd (`graph.graphml`).
    Graphml,
    /// GEXF 1.3 for Gephi and NetworkX (`graph.gexf`).
    Gexf,
    /// Cytoscape.js elements JSON (`graph.cytoscape.json`).
    Cytoscape,
    /// Neo4j import files: a folder `neo4j/` with `nodes.csv`, `relationships.csv` and
    /// `import.cypher`.
    Neo4j,
    /// A self-contained interactive page (`graph.html`).
    Html,
}

impl Format {
    /// Every format, in the order they are written.
    pub const ALL: [Format; 9] = [
        Format::Json,
        Format::Dot,
        Format::Svg,
        Format::Png,
        Format::Graphml,
        Format::Gexf,
        Format::Cytoscape,
        Format::Neo4j,
        Format::Html,
    ];

    /// The name used on the command line and as the file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Cytoscape => "cytoscape",
            Format::Neo4j => "neo4j",
            Format::Html => "html",
        }
    }

    /// The file name the format is written to: `graph.json`, `graph.dot`, ...,
    /// `graph.cytoscape.json`, and the folder `neo4j` for Neo4j.
    pub fn file_name(self) -> String {
        match self {
            Format::Cytoscape => "graph.cytoscape.json".to_string(),
            Format::Neo4j => neo4j::FOLDER.to_string(),
            _ => format!("graph.{}", self.as_str()),
        }
    }

    /// True for Neo4j, which is a folder of files rather than one file.
    pub fn is_folder(self) -> bool {
        self == Format::Neo4j
    }

    /// True for the formats that are one text file, which can go to standard output: all but
    /// the pictures and the Neo4j folder.
    pub fn is_stream(self) -> bool {
        !self.needs_graphviz() && !self.is_folder()
    }

    /// True for pictures, which need Graphviz's `dot` program.
    pub fn needs_graphviz(self) -> bool {
        matches!(self, Format::Svg | Format::Png)
    }

    /// True for formats that are text (JSON, DOT, SVG), as opposed to PNG.
    pub fn is_text(self) -> bool {
        !matches!(self, Format::Png)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(name: &str) -> std::result::Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                format!(
                    "unknown format {name:?} (expected json, dot, svg, png, graphml, gexf, \
                     cytoscape, neo4j or html)"
                )
            })
    }
}

/// The bytes of `graph` in `format`. Text formats never fail; pictures run Graphviz.
///
/// # Errors
///
/// For SVG and PNG: [`Error::DotNotFound`] when Graphviz's `dot` is not on `PATH`,
/// [`Error::Render`] when it fails. For Neo4j, which is three files:
/// [`Error::Unsupported`] (use [`write()`] or the functions of [`neo4j`]).
pub fn render(graph: &ActorGraph, format: Format) -> Result<Vec<u8>> {
    match format {
        Format::Json => Ok(json::to_string(graph).into_bytes()),
        Format::Dot => Ok(dot::to_string(graph).into_bytes()),
        Format::Svg | Format::Png => svg::render(&dot::to_string(graph), format),
        Format::Graphml => Ok(graphml::to_string(graph).into_bytes()),
        Format::Gexf => Ok(gexf::to_string(graph).into_bytes()),
        Format::Cytoscape => Ok(cytoscape::to_string(graph).into_bytes()),
        Format::Html => Ok(html::to_string(graph).into_bytes()),
        Format::Neo4j => Err(folder_format()),
    }
}

fn folder_format() -> Error {
    Error::Unsupported {
        reason: "neo4j is a folder of three files (nodes.csv, relationships.csv, \
                 import.cypher), not one stream: write it to a folder"
            .to_string(),
    }
}

/// Reads a whole text file, naming it in errors.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Writes a one-file text format to `out`, streaming where the format allows it (a large
/// corpus gives large files, no need to hold them twice).
fn write_text(graph: &ActorGraph, format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(graph, out),
        Format::Dot => out.write_all(dot::to_string(graph).as_bytes()),
        Format::Graphml => graphml::write(graph, out),
        Format::Gexf => gexf::write(graph, out),
        Format::Cytoscape => cytoscape::write(graph, out),
        Format::Html => html::write(graph, out),
        Format::Svg | Format::Png | Format::Neo4j => Err(std::io::Error::other(format!(
            "{format} is not a one-file text format"
        ))),
    }
}

/// Writes `graph` in `format` to `dir/<file name>` atomically and returns that path.
/// `dir` must exist. Neo4j writes the folder `dir/neo4j/` and its three files, each
/// atomically.
///
/// Pictures are rendered before anything is written, so a missing Graphviz leaves no file.
///
/// # Errors
///
/// As [`render`], and [`Error::Write`] naming the file when it cannot be written (nothing is
/// left at the path then).
pub fn write(graph: &ActorGraph, format: Format, dir: &Path) -> Result<PathBuf> {
    if format.is_folder() {
        return neo4j::write(graph, dir);
    }
    let path = dir.join(format.file_name());
    if format.needs_graphviz() {
        let bytes = render(graph, format)?;
        write_atomic(&path, |out| out.write_all(&bytes))?;
    } else {
        write_atomic(&path, |out| write_text(graph, format, out))?;
    }
    Ok(path)
}

/// Writes `graph` in `format` to `out` (standard output, a socket, a buffer).
///
/// # Errors
///
/// As [`render`] (so Neo4j, a folder, is [`Error::Unsupported`]), and [`Error::Write`]
/// naming `-` when `out` fails (a closed pipe is [`std::io::ErrorKind::BrokenPipe`] in its
/// source).
pub fn write_to(graph: &ActorGraph, format: Format, mut out: impl Write) -> Result<()> {
    let failed = |source| Error::Write {
        path: PathBuf::from("-"),
        source,
    };
    if format.is_folder() {
        return Err(folder_format());
    }
    if format.needs_graphviz() {
        let bytes = render(graph, format)?;
        out.write_all(&bytes).map_err(failed)?;
    } else {
        write_text(graph, format, &mut out).map_err(failed)?;
    }
    out.flush().map_err(failed)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::RelationKind;
    use crate::domain::{Actor, ActorType, DocumentGraph, DocumentInfo, Evidence, Statement};
    use crate::graph::Relation;
    use crate::text::Span;

    /// A graph with every feature the exporters show: all actor types, aliases and roles,
    /// parallel and opposite edges, a symmetric edge, a weak one, a merged one, evidence, and
    /// names that need escaping (quotes, backslashes, newline, non-ASCII, `&`, `<`).
    pub(crate) fn sample_graph() -> ActorGraph {
        let text = "Kerry met Egyptian officials. Erdo\u{011F}an called Israel a terrorist state.";
        let evidence = |sentence: usize, start: usize, end: usize| Evidence {
            document: "cairo".into(),
            sentence,
            start,
            end,
            text: text[start..end].into(),
        };
        let statement = |source: &str, target: &str, relation, trigger: &str, sentence| {
            let (start, end) = if sentence == 0 {
                (0, 29)
            } else {
                (30, text.len())
            };
            Statement {
                source: source.into(),
                target: target.into(),
                relation,
                symmetric: false,
                trigger: trigger.into(),
                trigger_span: Span::new(start, start + 1),
                cameo: None,
                goldstein: None,
                weak: false,
                evidence: evidence(sentence, start, end),
            }
        };
        let mut kerry = Actor::new("John Kerry", ActorType::Person);
        kerry.aliases = ["Kerry".to_string(), "John".to_string()].into();
        kerry.roles = ["Secretary of State".to_string()].into();
        kerry.mentions = 3;
        let mut egypt = Actor::new("Egypt", ActorType::Country);
        egypt.aliases = ["Egyptian".to_string()].into();
        egypt.mentions = 1;
        let mut erdogan = Actor::new("Recep Tayyip Erdo\u{011F}an", ActorType::Person);
        erdogan.aliases = ["Erdogan".to_string(), "Erdo\u{011F}an".to_string()].into();
        erdogan.roles = ["Prime Minister".to_string()].into();
        erdogan.mentions = 2;
        let mut meets = statement("John Kerry", "Egypt", RelationKind::Meets, "met", 0);
        meets.cameo = Some("040".into());
        meets.goldstein = Some(1.0);
        let mut calls = statement(
            "Recep Tayyip Erdo\u{011F}an",
            "Israel",
            RelationKind::Opposes,
            "called a terrorist state",
            1,
        );
        calls.cameo = Some("112".into());
        calls.goldstein = Some(-2.0);
        let mut weak = statement("Egypt", "John Kerry", RelationKind::Opposes, "doubts", 0);
        weak.weak = true;
        let doc = DocumentGraph {
            document: Some(DocumentInfo {
                id: "cairo".into(),
                path: "seeds/cairo.txt".into(),
                date: None,
            }),
            actors: vec![
                kerry,
                egypt,
                erdogan,
                Actor::new("Turkey", ActorType::Country),
                Actor::new("Israel", ActorType::Country),
                Actor::new("O\"Brien \\ C:\\path", ActorType::Group),
            ],
            statements: vec![
                meets.clone(),
                statement(
                    "Recep Tayyip Erdo\u{011F}an",
                    "Turkey",
                    RelationKind::AffiliatedWith,
                    "Prime Minister",
                    1,
                ),
                calls,
                statement("John Kerry", "Egypt", RelationKind::Backs, "backed", 0),
                weak,
                statement("Egypt", "John Kerry", RelationKind::Meets, "talks", 0),
            ],
        };
        let mut graph = ActorGraph::new();
        graph.add_document(&doc);
        let mut gaza = Actor::new("Gaza\nStrip & <sea>", ActorType::Location);
        gaza.mentions = 1;
        graph.add_actor(&gaza);
        let odd = Relation {
            relation: RelationKind::Meets,
            symmetric: true,
            trigger: "held \"talks\"".into(),
            triggers: vec!["held \"talks\"".into()],
            cameo: None,
            goldstein: None,
            weak: false,
            weight: 1,
            evidence: vec![evidence(0, 0, 29)],
        };
        graph.add_relation("O\"Brien \\ C:\\path", "Egypt", &odd);
        graph
    }

    /// Compares `actual` with the file `src/export/testdata/<name>`; with
    /// `ACTORGRAPH_BLESS=1` in the environment, writes it there instead (review the diff).
    pub(crate) fn assert_golden(name: &str, actual: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/export/testdata")
            .join(name);
        if std::env::var_os("ACTORGRAPH_BLESS").is_some_and(|v| v == "1") {
            std::fs::write(&path, actual).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap();
        assert!(
            actual == expected,
            "{name} differs from {}; run with ACTORGRAPH_BLESS=1 and review the diff\n\
             --- actual ---\n{actual}",
            path.display()
        );
    }

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
        }
        let names: Vec<String> = Format::ALL.iter().map(|f| f.file_name()).collect();
        assert_eq!(
            names,
            [
                "graph.json",
                "graph.dot",
                "graph.svg",
                "graph.png",
                "graph.graphml",
                "graph.gexf",
                "graph.cytoscape.json",
                "neo4j",
                "graph.html"
            ]
        );
        assert_eq!("SVG".parse::<Format>(), Ok(Format::Svg));
        assert_eq!(
            "pdf".parse::<Format>(),
            Err(
                "unknown format \"pdf\" (expected json, dot, svg, png, graphml, gexf, \
                 cytoscape, neo4j or html)"
                    .to_string()
            )
        );
    }

    #[test]
    fn write_puts_each_text_format_in_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let graph = sample_graph();
        let text = Format::ALL.into_iter().filter(|f| f.is_stream());
        for format in text {
            let path = write(&graph, format, dir.path()).unwrap();
            assert_eq!(path, dir.path().join(format.file_name()));
            assert_eq!(
                std::fs::read(&path).unwrap(),
                render(&graph, format).unwrap()
            );
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(
            names,
            [
                "graph.cytoscape.json",
                "graph.dot",
                "graph.gexf",
                "graph.graphml",
                "graph.html",
                "graph.json"
            ],
            "no temporary file left"
        );
    }

    #[test]
    fn write_to_a_missing_folder_is_a_write_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        let e = write(&sample_graph(), Format::Json, &missing).unwrap_err();
        assert!(matches!(e, Error::Write { .. }));
        assert!(
            e.to_string().starts_with(&format!(
                "{}: cannot write: ",
                missing.join("graph.json").display()
            )),
            "{e}"
        );
    }

    #[test]
    fn neo4j_is_a_folder_not_a_stream() {
        let graph = sample_graph();
        let e = write_to(&graph, Format::Neo4j, Vec::new()).unwrap_err();
        assert!(matches!(e, Error::Unsupported { .. }));
        assert!(
            e.to_string()
                .starts_with("neo4j is a folder of three files"),
            "{e}"
        );
        assert!(matches!(
            render(&graph, Format::Neo4j),
            Err(Error::Unsupported { .. })
        ));
        let dir = tempfile::tempdir().unwrap();
        let path = write(&graph, Format::Neo4j, dir.path()).unwrap();
        assert!(path.join("nodes.csv").is_file());
    }

    #[test]
    fn write_to_a_stream() {
        let mut out = Vec::new();
        write_to(&sample_graph(), Format::Dot, &mut out).unwrap();
        assert_eq!(out, dot::to_string(&sample_graph()).into_bytes());
    }
}
