//! Writing the graph: node-link JSON, Graphviz DOT and pictures, GraphML, GEXF, Cytoscape.js
//! JSON, Neo4j import files and a self-contained HTML view.
//!
//! Every format is a [`Format`] of the one registry, [`formats()`]: its name on the command
//! line, what it is for, the file it is written to, and its [`Exporter`], which writes it and,
//! where the format holds the whole graph, reads it back. The command line's `--format`
//! parsing and help read the registry, so a new format is one module and one row there.
//!
//! One file per format: [`json`] (the NetworkX contract of DESIGN.md), [`dot`] (Graphviz
//! source through graphviz-rust), [`svg`] (SVG or PNG from Graphviz's `dot` program),
//! [`graphml`] (NetworkX, igraph, Gephi, yEd), [`gexf`] (Gephi, NetworkX), [`cytoscape`]
//! (Cytoscape.js and Cytoscape desktop), [`neo4j`] (CSV for `neo4j-admin database import` and
//! a `LOAD CSV` script), [`html`] (one page to explore the graph in a browser, offline),
//! [`parquet`] (tables of nodes, edges and evidence for analysis tools). Every
//! format but DOT and the pictures is read back ([`Format::read`]), which is how the tests
//! check that each holds what it should.
//!
//! [`Format::write`] puts one format into a folder as its file name (Neo4j: the folder
//! `neo4j/`), atomically: the bytes go to a temporary file in the same folder, renamed over
//! the target only when complete, so a failed run never leaves a half-written file.
//!
//! ```
//! use actorgraph::{Actor, ActorGraph, ActorType, export};
//!
//! let mut graph = ActorGraph::new();
//! graph.add_actor(&Actor::new("Hamas", ActorType::Organization));
//! let json = export::json::to_string(&graph);
//! assert!(json.contains("\"type\": \"organization\""));
//! let gexf = export::by_name("gexf").unwrap();
//! assert_eq!(gexf.file_name, "graph.gexf");
//! let again = gexf.parse(&String::from_utf8(gexf.render(&graph)?).unwrap())?;
//! assert!(again.actor("Hamas").is_some());
//! # Ok::<(), actorgraph::Error>(())
//! ```

mod atomic;
pub mod cytoscape;
pub mod dot;
pub mod evidence;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod neo4j;
pub mod parquet;
pub mod svg;
mod xml;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use atomic::{AtomicFile, write_atomic};

use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// Stops a run that is being interrupted (a command line calls it from its Ctrl-C handler,
/// just before exiting): kills every Graphviz `dot` process still drawing a picture and
/// removes every temporary file of an atomic write not yet renamed into place, so nothing
/// is left behind. Writes in progress then fail; the process is expected to exit.
pub fn interrupt() {
    svg::kill_running();
    atomic::remove_pending();
}

/// Every format, in the order they are written and listed.
#[rustfmt::skip]
static FORMATS: [Format; 10] = [
    //          name         file name               exporter               what it is
    Format::new("json",      "graph.json",           &json::JSON,           "NetworkX node-link JSON"),
    Format::new("dot",       "graph.dot",            &dot::DOT,             "Graphviz DOT source"),
    Format::new("svg",       "graph.svg",            &svg::SVG,             "SVG picture rendered by Graphviz"),
    Format::new("png",       "graph.png",            &svg::PNG,             "PNG picture rendered by Graphviz"),
    Format::new("graphml",   "graph.graphml",        &graphml::GRAPHML,     "GraphML for NetworkX, igraph, Gephi, yEd"),
    Format::new("gexf",      "graph.gexf",           &gexf::GEXF,           "GEXF 1.3 for Gephi and NetworkX"),
    Format::new("cytoscape", "graph.cytoscape.json", &cytoscape::CYTOSCAPE, "Cytoscape.js elements JSON"),
    Format::new("neo4j",     neo4j::FOLDER,          &neo4j::Neo4j,         "Neo4j import CSV files and a LOAD CSV script"),
    Format::new("html",      "graph.html",           &html::HTML,           "Self-contained interactive page to explore the graph offline"),
    Format::new("parquet",   parquet::FOLDER,        &parquet::Parquet,     "Parquet tables of nodes, edges and evidence for DuckDB, pandas, Spark"),
];

/// Every format, in the order they are written (and listed in `--help`).
pub fn formats() -> &'static [Format] {
    &FORMATS
}

/// The format of this name (`json`, `graphml`, ...), in any case.
pub fn by_name(name: &str) -> Option<Format> {
    FORMATS
        .iter()
        .find(|f| f.name.eq_ignore_ascii_case(name))
        .copied()
}

/// What a format is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One text file, which can also go to standard output.
    Text,
    /// A picture rendered by Graphviz's `dot` program, which must be on `PATH`.
    Picture,
    /// A folder of files.
    Folder,
}

/// Writes the bytes of one format to a file or stream; made by [`Exporter::prepare`] once
/// everything that can fail other than the output itself has been done.
pub type Body<'g> = Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + 'g>;

/// Reads a graph back from the text of a format, naming `source` (the file, or `<format>`)
/// in errors.
pub type Parse = fn(text: &str, source: &Path) -> Result<ActorGraph>;

/// How one format writes a graph, and reads it back where the format holds all of it.
///
/// The contract, which the tests check for every registered format: [`Format::write`] puts
/// exactly the format's file name into the folder, atomically; the same graph always gives
/// the same bytes; a format with a reader reads back what it wrote into a graph that writes
/// the same bytes again.
pub trait Exporter: Sync {
    /// What the format is written as.
    fn kind(&self) -> Kind;

    /// Does what can fail before the first byte is written (Graphviz draws a picture here),
    /// and returns what writes the bytes. Text formats stream from the graph, so a large
    /// corpus is never held twice.
    ///
    /// # Errors
    ///
    /// For pictures, [`Error::DotNotFound`] or [`Error::Render`]; for a folder format,
    /// [`Error::Unsupported`]: it is no one stream.
    fn prepare<'g>(&self, graph: &'g ActorGraph) -> Result<Body<'g>>;

    /// Writes `graph` to `path`, the format's file in the output folder: by default
    /// [`prepare`](Exporter::prepare) into a temporary file renamed to `path` when complete.
    ///
    /// # Errors
    ///
    /// As [`prepare`](Exporter::prepare), and [`Error::Write`] naming the file.
    fn write_file(&self, graph: &ActorGraph, path: &Path) -> Result<()> {
        write_atomic(path, self.prepare(graph)?)
    }

    /// How to read the format's text back into a graph; `None` for formats that do not hold
    /// the graph (pictures, DOT) or that are not one text.
    fn parser(&self) -> Option<Parse> {
        None
    }

    /// The picture this format draws with Graphviz (for [`Kind::Picture`] formats), so
    /// that a caller can give Graphviz its own time limit ([`svg::Picture::render_within`]).
    fn as_picture(&self) -> Option<&svg::Picture> {
        None
    }

    /// Whether [`read`](Exporter::read) loads what [`write_file`](Exporter::write_file)
    /// wrote.
    fn reads_back(&self) -> bool {
        self.parser().is_some()
    }

    /// Reads back the graph at `path`, as written by [`write_file`](Exporter::write_file).
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] or [`Error::Io`] when it cannot be read, [`Error::Parse`] naming
    /// the file when it is not what the format writes, [`Error::Unsupported`] when the
    /// format has no reader.
    fn read(&self, path: &Path) -> Result<ActorGraph> {
        let parse = self.parser().ok_or_else(|| Error::Unsupported {
            reason: format!("{}: this format cannot be read back", path.display()),
        })?;
        parse(&read_text(path)?, path)
    }
}

/// The exporter of a format that is one text: a function writes it, streaming, and another
/// reads it back where the format holds the whole graph.
pub struct Text {
    write: fn(&ActorGraph, &mut dyn Write) -> io::Result<()>,
    parse: Option<Parse>,
}

impl Text {
    /// The format `write` writes and `parse` reads back.
    pub const fn new(
        write: fn(&ActorGraph, &mut dyn Write) -> io::Result<()>,
        parse: Option<Parse>,
    ) -> Text {
        Text { write, parse }
    }
}

impl Exporter for Text {
    fn kind(&self) -> Kind {
        Kind::Text
    }

    fn prepare<'g>(&self, graph: &'g ActorGraph) -> Result<Body<'g>> {
        let write = self.write;
        Ok(Box::new(move |out| write(graph, out)))
    }

    fn parser(&self) -> Option<Parse> {
        self.parse
    }
}

/// One output format: its name on the command line, the file (or folder) it is written to
/// in the output folder, what it is, and how it is written. Get one from [`formats()`],
/// [`by_name`] or by parsing its name.
#[derive(Clone, Copy)]
pub struct Format {
    /// The name on the command line: `json`, `dot`, `svg`, ...
    pub name: &'static str,
    /// The file written in the output folder (`graph.json`, `graph.cytoscape.json`, ...),
    /// or the folder of a [`Kind::Folder`] (`neo4j`).
    pub file_name: &'static str,
    /// What the format is and what reads it, in a few words.
    pub description: &'static str,
    exporter: &'static dyn Exporter,
}

impl Format {
    const fn new(
        name: &'static str,
        file_name: &'static str,
        exporter: &'static dyn Exporter,
        description: &'static str,
    ) -> Format {
        Format {
            name,
            file_name,
            description,
            exporter,
        }
    }

    /// Text, picture or folder.
    pub fn kind(self) -> Kind {
        self.exporter.kind()
    }

    /// The Graphviz picture of a [`Kind::Picture`] format, `None` for the others.
    pub fn picture(self) -> Option<&'static svg::Picture> {
        self.exporter.as_picture()
    }

    /// The description with the file written, as `--help` lists it:
    /// `NetworkX node-link JSON (graph.json)`, `... (neo4j/)`.
    pub fn help(self) -> String {
        let slash = if self.kind() == Kind::Folder { "/" } else { "" };
        format!("{} ({}{slash})", self.description, self.file_name)
    }

    /// Writes `graph` to `dir/<file name>` atomically and returns that path. `dir` must
    /// exist. Neo4j writes the folder `dir/neo4j/` and its three files, each atomically.
    ///
    /// Pictures are rendered before anything is written, so a missing Graphviz leaves no
    /// file.
    ///
    /// # Errors
    ///
    /// As [`Exporter::prepare`], and [`Error::Write`] naming the file when it cannot be
    /// written (nothing is left at the path then).
    pub fn write(self, graph: &ActorGraph, dir: &Path) -> Result<PathBuf> {
        let path = dir.join(self.file_name);
        self.exporter.write_file(graph, &path)?;
        Ok(path)
    }

    /// Writes `graph` to `out` (standard output, a socket, a buffer).
    ///
    /// # Errors
    ///
    /// As [`Exporter::prepare`] (so Neo4j, a folder, is [`Error::Unsupported`]), and
    /// [`Error::Write`] naming `-` when `out` fails (a closed pipe is
    /// [`std::io::ErrorKind::BrokenPipe`] in its source).
    pub fn write_to(self, graph: &ActorGraph, mut out: impl Write) -> Result<()> {
        let failed = |source| Error::Write {
            path: PathBuf::from("-"),
            source,
        };
        let body = self.exporter.prepare(graph)?;
        body(&mut out).map_err(failed)?;
        out.flush().map_err(failed)
    }

    /// The bytes of `graph` in this format.
    ///
    /// # Errors
    ///
    /// As [`Exporter::prepare`]: text formats never fail, pictures run Graphviz, and Neo4j,
    /// three files, is [`Error::Unsupported`] (use [`write`](Format::write)).
    pub fn render(self, graph: &ActorGraph) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        let body = self.exporter.prepare(graph)?;
        body(&mut bytes).expect("writing to memory cannot fail");
        Ok(bytes)
    }

    /// Whether [`read`](Format::read) loads what [`write`](Format::write) wrote: all formats
    /// but DOT and the pictures.
    pub fn reads_back(self) -> bool {
        self.exporter.reads_back()
    }

    /// Reads back the graph of a file (or, for Neo4j, folder) this format wrote.
    ///
    /// # Errors
    ///
    /// [`Error::Unsupported`] when the format cannot be read back; [`Error::NotFound`] or
    /// [`Error::Io`] when the file cannot be read, [`Error::Parse`] naming the file when it
    /// is not what the format writes.
    pub fn read(self, path: &Path) -> Result<ActorGraph> {
        if !self.reads_back() {
            return Err(self.no_reader());
        }
        self.exporter.read(path)
    }

    /// Reads back a graph from the text this format writes, naming `<name>` in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Unsupported`] when the format cannot be read back from one text;
    /// [`Error::Parse`] when the text is not what the format writes.
    pub fn parse(self, text: &str) -> Result<ActorGraph> {
        let parse = self.exporter.parser().ok_or_else(|| self.no_reader())?;
        parse(text, Path::new(&format!("<{}>", self.name)))
    }

    fn no_reader(self) -> Error {
        Error::Unsupported {
            reason: format!("{} cannot be read back into a graph", self.name),
        }
    }
}

impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.name == other.name
    }
}

impl Eq for Format {}

impl fmt::Debug for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Format({})", self.name)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl FromStr for Format {
    type Err = String;

    /// The format of a name, in any case; an unknown name is an error listing the formats.
    fn from_str(name: &str) -> std::result::Result<Format, String> {
        by_name(name).ok_or_else(|| {
            let names: Vec<&str> = FORMATS.iter().map(|f| f.name).collect();
            let (last, init) = names.split_last().expect("there are formats");
            format!(
                "unknown format {name:?} (expected {} or {last})",
                init.join(", ")
            )
        })
    }
}

/// Makes the error of a file (or `<format>`) that is not what its format writes.
pub(crate) fn parse_error(path: &Path) -> impl Fn(String) -> Error + '_ {
    |reason| Error::Parse {
        path: path.to_path_buf(),
        reason,
    }
}

/// Reads a whole text file, naming it in errors.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// A text format's bytes as a string, from its `write`.
pub(crate) fn string_of(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the formats are UTF-8")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::RelationKind;
    use crate::domain::{Actor, ActorType, DocumentGraph, DocumentInfo, Evidence, Statement};
    use crate::graph::Relation;
    use crate::text::Span;

    /// A graph with every feature the exporters show: all actor types, aliases and roles,
    /// parallel and opposite edges, a symmetric edge, a weak one, a former affiliation, a
    /// judgement (class `stance`) beside an event of the same relation, a
    /// merged one, evidence, and names that need escaping (quotes, backslashes, newline,
    /// non-ASCII, `&`, `<`).
    pub(crate) fn sample_graph() -> ActorGraph {
        let text = "Kerry met Egyptian officials. Erdo\u{011F}an called Israel a terrorist state.";
        let evidence = |sentence: usize, start: usize, end: usize| Evidence {
            document: "cairo".into(),
            sentence,
            start,
            end,
            text: text[start..end].into(),
            date: None,
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
                former: false,
                class: crate::TriggerClass::Event,
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
        // An affiliation that has ended, which every format must carry.
        let mut former = statement(
            "Recep Tayyip Erdo\u{011F}an",
            "Turkey",
            RelationKind::AffiliatedWith,
            "Prime Minister",
            1,
        );
        former.former = true;
        // A judgement beside the event of the same pair and relation: two edges, the
        // judgement's class written in every format.
        let judged = Statement {
            trigger: "reckless".into(),
            class: crate::TriggerClass::Stance,
            ..calls.clone()
        };
        let doc = DocumentGraph {
            document: Some(DocumentInfo {
                id: "cairo".into(),
                path: "seeds/cairo.txt".into(),
                date: None,
                url: None,
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
                former,
                calls,
                statement("John Kerry", "Egypt", RelationKind::Backs, "backed", 0),
                weak,
                statement("Egypt", "John Kerry", RelationKind::Meets, "talks", 0),
                judged,
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
            former: false,
            class: crate::TriggerClass::Event,
            weight: 1,
            dates: Default::default(),
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

    /// The text of `graph` in the format `name`.
    pub(crate) fn text_of(name: &str, graph: &ActorGraph) -> String {
        let bytes = by_name(name).unwrap().render(graph).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    /// A graph read back from `text` in the format `name`.
    pub(crate) fn parse_as(name: &str, text: &str) -> Result<ActorGraph> {
        by_name(name).unwrap().parse(text)
    }

    /// The names of the entries of `dir`, sorted.
    pub(crate) fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_registry_names_each_format_and_its_file() {
        let rows: Vec<(&str, &str)> = formats().iter().map(|f| (f.name, f.file_name)).collect();
        assert_eq!(
            rows,
            [
                ("json", "graph.json"),
                ("dot", "graph.dot"),
                ("svg", "graph.svg"),
                ("png", "graph.png"),
                ("graphml", "graph.graphml"),
                ("gexf", "graph.gexf"),
                ("cytoscape", "graph.cytoscape.json"),
                ("neo4j", "neo4j"),
                ("html", "graph.html"),
                ("parquet", "parquet"),
            ]
        );
        for &f in formats() {
            assert_eq!(f.name.parse::<Format>(), Ok(f));
            assert_eq!(f.name.to_uppercase().parse::<Format>(), Ok(f));
            assert!(f.help().ends_with(&format!(
                "({}{})",
                f.file_name,
                if f.kind() == Kind::Folder { "/" } else { "" }
            )));
        }
        assert_eq!(
            "pdf".parse::<Format>(),
            Err(
                "unknown format \"pdf\" (expected json, dot, svg, png, graphml, gexf, \
                 cytoscape, neo4j, html or parquet)"
                    .to_string()
            )
        );
    }

    #[test]
    fn every_format_writes_exactly_its_file() {
        let graph = sample_graph();
        for &format in formats() {
            let dir = tempfile::tempdir().unwrap();
            match format.write(&graph, dir.path()) {
                Ok(path) => assert_eq!(path, dir.path().join(format.file_name), "{format}"),
                // Without Graphviz a picture is an error that leaves nothing behind.
                Err(Error::DotNotFound) if format.kind() == Kind::Picture => {
                    assert_eq!(names(dir.path()), Vec::<String>::new(), "{format}");
                    continue;
                }
                Err(e) => panic!("{format}: {e}"),
            }
            assert_eq!(
                names(dir.path()),
                [format.file_name],
                "{format}: nothing else"
            );
            let path = dir.path().join(format.file_name);
            if format.kind() == Kind::Folder {
                assert!(path.is_dir(), "{format}");
            } else {
                let bytes = std::fs::read(&path).unwrap();
                assert_eq!(bytes, format.render(&graph).unwrap(), "{format}");
                let mut streamed = Vec::new();
                format.write_to(&graph, &mut streamed).unwrap();
                assert_eq!(streamed, bytes, "{format}");
            }
        }
    }

    #[test]
    fn the_same_graph_always_gives_the_same_bytes() {
        for format in formats().iter().filter(|f| f.kind() == Kind::Text) {
            let first = format.render(&sample_graph()).unwrap();
            assert_eq!(format.render(&sample_graph()).unwrap(), first, "{format}");
        }
    }

    #[test]
    fn the_text_formats_give_the_exact_files() {
        // The page embeds the viewer's script and styles: its tests check the data instead.
        for format in formats()
            .iter()
            .filter(|f| f.kind() == Kind::Text && f.name != "html")
        {
            let golden = format.file_name.replacen("graph.", "sample.", 1);
            assert_golden(&golden, &text_of(format.name, &sample_graph()));
        }
    }

    /// The sample with time and a disputed type: dated statements and mentions, and an
    /// actor two documents typed differently.
    fn timed_graph() -> ActorGraph {
        let mut graph = sample_graph();
        let (_, _, base) = graph.edges().next().unwrap();
        let mut dated = base.clone();
        dated.dates.add("2014-07-22".parse().unwrap(), 2);
        dated.dates.add("2014-07-24".parse().unwrap(), 1);
        dated.weight = 3;
        for e in &mut dated.evidence {
            e.date = Some("2014-07-22".parse().unwrap());
        }
        let mut yukos = Actor::new("Yukos", ActorType::Organization);
        yukos.mentions = 3;
        yukos.dates.add("2014-07-22".parse().unwrap(), 3);
        graph.add_actor(&yukos);
        let mut person = Actor::new("Yukos", ActorType::Person);
        person.mentions = 1;
        graph.add_actor(&person);
        graph.add_relation("Yukos", "Egypt", &dated);
        assert!(!graph.actor("Yukos").unwrap().types.is_empty());
        graph
    }

    #[test]
    fn formats_with_a_reader_read_back_what_they_wrote() {
        check_read_back(sample_graph());
        check_read_back(timed_graph());
    }

    fn check_read_back(graph: ActorGraph) {
        let readers: Vec<&str> = formats()
            .iter()
            .filter(|f| f.reads_back())
            .map(|f| f.name)
            .collect();
        assert_eq!(
            readers,
            ["json", "graphml", "gexf", "cytoscape", "neo4j", "html"]
        );
        // GEXF and Neo4j do not hold the list of documents.
        let mut without_documents = ActorGraph::new();
        for a in graph.actors() {
            without_documents.add_actor(a);
        }
        for (s, t, r) in graph.edges() {
            without_documents.add_relation(&s.id, &t.id, r);
        }
        for format in formats().iter().filter(|f| f.reads_back()) {
            let dirs = [(); 3].map(|()| tempfile::tempdir().unwrap());
            let again = format
                .read(&format.write(&graph, dirs[0].path()).unwrap())
                .unwrap();
            // Every actor and edge with all its attributes, and the documents if held.
            let expected = if again.documents().is_empty() {
                &without_documents
            } else {
                &graph
            };
            assert!(
                json::to_string(&again) == json::to_string(expected),
                "{format}"
            );
            // Written again, the graph read back gives the same bytes.
            format.write(&again, dirs[1].path()).unwrap();
            format.write(expected, dirs[2].path()).unwrap();
            let files = |dir: &Path| -> Vec<Vec<u8>> {
                let path = dir.join(format.file_name);
                if path.is_dir() {
                    names(&path)
                        .iter()
                        .map(|n| std::fs::read(path.join(n)).unwrap())
                        .collect()
                } else {
                    vec![std::fs::read(path).unwrap()]
                }
            };
            assert!(files(dirs[1].path()) == files(dirs[2].path()), "{format}");
        }
    }

    #[test]
    fn formats_without_a_reader_say_so() {
        let dir = tempfile::tempdir().unwrap();
        let dot = by_name("dot").unwrap();
        let path = dot.write(&sample_graph(), dir.path()).unwrap();
        let e = dot.read(&path).unwrap_err();
        assert_eq!(e.to_string(), "dot cannot be read back into a graph");
        let e = by_name("neo4j").unwrap().parse("id:ID").unwrap_err();
        assert_eq!(e.to_string(), "neo4j cannot be read back into a graph");
        assert!(matches!(
            by_name("svg").unwrap().parse(""),
            Err(Error::Unsupported { .. })
        ));
    }

    #[test]
    fn write_to_a_missing_folder_is_a_write_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        let e = by_name("json")
            .unwrap()
            .write(&sample_graph(), &missing)
            .unwrap_err();
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
        let neo4j = by_name("neo4j").unwrap();
        let e = neo4j.write_to(&graph, Vec::new()).unwrap_err();
        assert!(matches!(e, Error::Unsupported { .. }));
        assert!(
            e.to_string()
                .starts_with("neo4j is a folder of three files"),
            "{e}"
        );
        assert!(matches!(
            neo4j.render(&graph),
            Err(Error::Unsupported { .. })
        ));
    }
}
