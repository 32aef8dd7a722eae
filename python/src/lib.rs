//! `actorgraph._native`: the library's pipeline, graphs, formats and merge, for Python.
//!
//! The Python package (`actorgraph/__init__.py`) wraps this module: it sorts texts from
//! paths, turns dates into strings and graphs into NetworkX and pandas objects. This module
//! does the work, with the GIL released (`Python::detach`) while articles are read,
//! extracted and merged and files written, so that other Python threads run meanwhile.
//!
//! Errors of the library become `ActorGraphError` with the message the command line prints
//! after `error: `; wrong arguments are `TypeError` or `ValueError`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use actorgraph::export::{self, Format};
use actorgraph::{
    ActorGraph, Date, Document, Error, Input, Pipeline, ReadOptions, open_inputs, query,
    read_reader,
};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

create_exception!(
    actorgraph,
    ActorGraphError,
    PyException,
    "An error of actorgraph: bad input (text that is not UTF-8, a bad date, a missing \
     file), a graph file that cannot be read, graphs that cannot be merged, an output that \
     cannot be written. The message is the one the command line prints."
);

/// The Python exception of a library error.
fn failed(e: Error) -> PyErr {
    ActorGraphError::new_err(e.to_string())
}

/// The pipeline, loaded once per process (about 40 ms: lexicon and models) and shared by
/// every build, whatever the thread.
static PIPELINE: OnceLock<Result<Pipeline, String>> = OnceLock::new();

fn pipeline() -> Result<&'static Pipeline, Error> {
    PIPELINE
        .get_or_init(|| Pipeline::new().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|reason| Error::Unsupported {
            reason: reason.clone(),
        })
}

/// A built graph. Frozen: every operation returns a new graph, so a graph can be shared
/// between threads, and read without the GIL.
#[pyclass(frozen, module = "actorgraph._native")]
struct Graph {
    graph: ActorGraph,
    /// Evidence sentences kept per edge by builds and merges of this graph.
    evidence: usize,
}

#[pymethods]
impl Graph {
    /// The graph as NetworkX node-link JSON: the bytes of `graph.json`.
    fn to_json(&self, py: Python<'_>) -> String {
        py.detach(|| export::json::to_string(&self.graph))
    }

    /// Evidence sentences kept per edge.
    #[getter]
    fn evidence_limit(&self) -> usize {
        self.evidence
    }

    /// Number of actors (nodes).
    #[getter]
    fn actor_count(&self) -> usize {
        self.graph.actor_count()
    }

    /// Number of edges.
    #[getter]
    fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Number of documents (articles) the graph was built from.
    #[getter]
    fn document_count(&self) -> usize {
        self.graph.documents().len()
    }

    /// Writes the graph into `dir` (created if missing) in each format named, and returns
    /// the paths written.
    fn write(&self, py: Python<'_>, dir: PathBuf, formats: Vec<String>) -> PyResult<Vec<String>> {
        let formats = formats
            .iter()
            .map(|name| format_named(name))
            .collect::<PyResult<Vec<Format>>>()?;
        py.detach(|| {
            std::fs::create_dir_all(&dir).map_err(|source| Error::CreateDir {
                path: dir.clone(),
                source,
            })?;
            formats
                .iter()
                .map(|f| Ok(f.write(&self.graph, &dir)?.display().to_string()))
                .collect::<Result<Vec<String>, Error>>()
        })
        .map_err(failed)
    }
}

/// The format of this name, or a `ValueError` listing them.
fn format_named(name: &str) -> PyResult<Format> {
    export::by_name(name).ok_or_else(|| {
        let names: Vec<&str> = export::formats().iter().map(|f| f.name).collect();
        PyValueError::new_err(format!(
            "unknown format {name:?} (the formats are {})",
            names.join(", ")
        ))
    })
}

/// The bytes of `texts[i]`: a `str` (its UTF-8), or `bytes` or `bytearray` (checked
/// later, as a file's).
fn text_bytes(i: usize, item: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = item.cast::<PyString>() {
        return Ok(s.extract::<String>()?.into_bytes());
    }
    if let Ok(b) = item.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    // What Spark gives for a binary column.
    if let Ok(b) = item.cast::<PyByteArray>() {
        return Ok(b.to_vec());
    }
    let kind = item.get_type().name()?;
    Err(PyTypeError::new_err(format!(
        "texts[{i}] is {}, not a text (str, or UTF-8 bytes)",
        if item.is_none() {
            "None".to_string()
        } else {
            format!("a {kind}")
        }
    )))
}

/// The documents of in-memory texts, checked as the command line checks files.
fn documents(
    texts: Vec<Vec<u8>>,
    ids: Vec<String>,
    dates: Vec<Option<String>>,
) -> Result<Vec<Document>, Error> {
    let mut docs = Vec::with_capacity(texts.len());
    for (i, ((bytes, id), date)) in texts.into_iter().zip(ids).zip(dates).enumerate() {
        let name = PathBuf::from(format!("texts[{i}]"));
        let text = read_reader(&name, bytes.as_slice())?;
        let date = match date {
            Some(written) => Some(Date::parse_iso(&written).ok_or_else(|| Error::Parse {
                path: name.clone(),
                reason: format!(
                    "bad date {written:?} (expected an ISO date such as 2014-07-22 or \
                     2014-07-22T09:30:00Z)"
                ),
            })?),
            // As for an article file: the date the text states in its first lines.
            None => actorgraph::article_date(&text),
        };
        docs.push(Document {
            // In-memory texts have no file: the id stands for it (and keeps merges from
            // counting an article twice).
            path: id.clone(),
            id,
            text,
            date,
            url: None,
        });
    }
    Ok(docs)
}

/// Builds the graph of in-memory texts (`str` or `bytes`), with their ids (default: their
/// positions) and dates (ISO strings; `None` reads the date from the text's first lines).
#[pyfunction]
#[pyo3(signature = (texts, ids=None, dates=None, evidence=actorgraph::DEFAULT_EVIDENCE))]
fn build_texts(
    py: Python<'_>,
    texts: Vec<Bound<'_, PyAny>>,
    ids: Option<Vec<String>>,
    dates: Option<Vec<Option<String>>>,
    evidence: usize,
) -> PyResult<Graph> {
    let n = texts.len();
    for (name, len) in [
        ("ids", ids.as_ref().map(Vec::len)),
        ("dates", dates.as_ref().map(Vec::len)),
    ] {
        if let Some(len) = len.filter(|&len| len != n) {
            return Err(PyValueError::new_err(format!(
                "{len} {name} for {n} texts: give one per text"
            )));
        }
    }
    let ids = ids.unwrap_or_else(|| (0..n).map(|i| i.to_string()).collect());
    let mut seen = HashSet::new();
    if let Some(twice) = ids.iter().find(|id| !seen.insert(id.as_str())) {
        return Err(PyValueError::new_err(format!(
            "the document id {twice:?} is given twice: ids must be unique"
        )));
    }
    if n == 0 {
        return Err(ActorGraphError::new_err(
            "no article to build the graph from: the list of texts is empty",
        ));
    }
    let texts = texts
        .iter()
        .enumerate()
        .map(|(i, t)| text_bytes(i, t))
        .collect::<PyResult<Vec<_>>>()?;
    let dates = dates.unwrap_or_else(|| vec![None; n]);
    py.detach(|| {
        let docs = documents(texts, ids, dates)?;
        let pipeline = pipeline()?;
        let graph = pipeline.build_stream(
            docs.into_iter(),
            ActorGraph::with_evidence_limit(evidence),
            &|_| {},
            &mut |_| {},
        );
        Ok(Graph { graph, evidence })
    })
    .map_err(failed)
}

/// Builds the graph of files and folders as `actorgraph build PATH...` does, and returns it
/// with the warnings of the files and records skipped.
#[pyfunction]
#[pyo3(signature = (paths, evidence=actorgraph::DEFAULT_EVIDENCE, max_article_size=actorgraph::MAX_ARTICLE_BYTES))]
fn build_paths(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    evidence: usize,
    max_article_size: u64,
) -> PyResult<(Graph, Vec<String>)> {
    if max_article_size == 0 {
        return Err(PyValueError::new_err("max_article_size must be positive"));
    }
    let options = ReadOptions {
        max_article_bytes: max_article_size,
        ..ReadOptions::default()
    };
    py.detach(|| {
        let articles = open_inputs(&paths, &options)?;
        let pipeline = pipeline()?;
        let mut warnings = Vec::new();
        let mut read = 0usize;
        let mut fatal = None;
        let stream = articles
            .map_while(|item| item.map_err(|e| fatal = Some(e)).ok())
            .filter_map(|input| match input {
                Input::Article(doc) => {
                    read += 1;
                    Some(doc)
                }
                Input::Skipped(_, e) => {
                    warnings.push(format!("skipped {e}"));
                    None
                }
            });
        let graph = pipeline.build_stream(
            stream,
            ActorGraph::with_evidence_limit(evidence),
            &|_| {},
            &mut |_| {},
        );
        if let Some(e) = fatal {
            return Err(e);
        }
        if read == 0 {
            let skipped = warnings.len();
            return Err(Error::Unsupported {
                reason: format!(
                    "no article to build the graph from: all {skipped} {} skipped",
                    if skipped == 1 {
                        "input was"
                    } else {
                        "inputs were"
                    }
                ),
            });
        }
        Ok((Graph { graph, evidence }, warnings))
    })
    .map_err(failed)
}

/// Reads a graph written by `actorgraph build` or `Graph.write`: a `graph.json` (or the
/// folder holding it), or a file of another format that reads back (`graphml`, `gexf`,
/// `cytoscape`, `html`, `neo4j`).
#[pyfunction]
#[pyo3(signature = (path, format="json", evidence=actorgraph::DEFAULT_EVIDENCE))]
fn read(py: Python<'_>, path: PathBuf, format: &str, evidence: usize) -> PyResult<Graph> {
    let format = format_named(format)?;
    py.detach(|| {
        let file = if path.is_dir() && format.name != "neo4j" {
            path.join(format.file_name)
        } else {
            path
        };
        let graph = format.read(&file)?;
        Ok(Graph { graph, evidence })
    })
    .map_err(failed)
}

/// Reads a graph from the text of `graph.json`; `source` names it in errors.
#[pyfunction]
#[pyo3(signature = (text, source="<json>", evidence=actorgraph::DEFAULT_EVIDENCE))]
fn loads(py: Python<'_>, text: &str, source: &str, evidence: usize) -> PyResult<Graph> {
    py.detach(|| {
        let graph = export::json::from_str(text).map_err(|e| match e {
            Error::Parse { reason, .. } => Error::Parse {
                path: PathBuf::from(source),
                reason,
            },
            e => e,
        })?;
        Ok(Graph { graph, evidence })
    })
    .map_err(failed)
}

/// Merges graphs, in the order given, as `actorgraph merge` does (`names` name them in
/// errors), keeping `evidence` sentences per edge.
#[pyfunction]
fn merge(
    py: Python<'_>,
    graphs: Vec<Py<Graph>>,
    names: Vec<String>,
    evidence: usize,
) -> PyResult<Graph> {
    if names.len() != graphs.len() {
        return Err(PyValueError::new_err("one name per graph"));
    }
    py.detach(|| {
        let parts: Vec<(&Path, &ActorGraph)> = names
            .iter()
            .zip(&graphs)
            .map(|(name, g)| (Path::new(name.as_str()), &g.get().graph))
            .collect();
        let graph = query::merge_with(&parts, evidence)?;
        Ok(Graph { graph, evidence })
    })
    .map_err(failed)
}

/// Every output format: (name, file or folder written, description).
#[pyfunction]
fn formats() -> Vec<(&'static str, &'static str, &'static str)> {
    export::formats()
        .iter()
        .map(|f| (f.name, f.file_name, f.description))
        .collect()
}

/// The native half of the `actorgraph` package.
#[pymodule]
mod _native {
    #[pymodule_export]
    use super::{ActorGraphError, Graph, build_paths, build_texts, formats, loads, merge, read};

    #[pymodule_init]
    fn init(m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        use pyo3::types::PyModuleMethods;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("DEFAULT_EVIDENCE", actorgraph::DEFAULT_EVIDENCE)?;
        m.add("MAX_ARTICLE_BYTES", actorgraph::MAX_ARTICLE_BYTES)
    }
}
