//! The full evidence of a build as JSON Lines (`evidence.jsonl`): one object per statement,
//! streamed to disk as documents are extracted.
//!
//! ```text
//! {"source": "John Kerry", "target": "Egypt", "relation": "meets", "symmetric": true,
//!  "document": "gaza-ceasefire-cairo", "sentence": 0, "start": 0, "end": 186,
//!  "date": "2014-07-22", "trigger": "talks", "text": "U.S. Secretary of State ...",
//!  "class": "event"}
//! ```
//!
//! (one line each; `date` is `null` for an undated article). The graph keeps a bounded
//! sample of evidence per edge (`--evidence N`); this table keeps every statement, in input
//! order, and belongs to the edge of the same `source`, `relation`, `target`, `symmetric`
//! and `class` (the trigger class, `event` or `stance`; a symmetric edge may be stored the
//! other way round). `evidence.parquet`
//! holds the same rows as a table (see [`super::parquet`]).

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::AtomicFile;
use crate::domain::{Date, DocumentGraph, RelationKind, TriggerClass};
use crate::error::{Error, Result};

/// The file name of the table in the output folder.
pub const FILE: &str = "evidence.jsonl";

#[derive(Serialize)]
struct Row<'a> {
    source: &'a str,
    target: &'a str,
    relation: RelationKind,
    symmetric: bool,
    document: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    date: Option<Date>,
    trigger: &'a str,
    text: &'a str,
    class: TriggerClass,
}

/// `evidence.jsonl` being written: rows are appended as documents come, and
/// [`commit`](EvidenceJsonl::commit) puts the file into place (dropped without a commit,
/// nothing is left).
pub struct EvidenceJsonl {
    file: AtomicFile,
}

impl EvidenceJsonl {
    /// Starts writing the table at `path` (its folder must exist).
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming `path`.
    pub fn create(path: &Path) -> Result<EvidenceJsonl> {
        Ok(EvidenceJsonl {
            file: AtomicFile::create(path)?,
        })
    }

    /// Appends a row for every statement of one document.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming the file.
    pub fn add_document(&mut self, doc: &DocumentGraph) -> Result<()> {
        for s in &doc.statements {
            let e = &s.evidence;
            let row = Row {
                source: &s.source,
                target: &s.target,
                relation: s.relation,
                symmetric: s.symmetric || s.relation == RelationKind::Meets,
                document: &e.document,
                sentence: e.sentence,
                start: e.start,
                end: e.end,
                date: e.date,
                trigger: &s.trigger,
                text: &e.text,
                class: s.class,
            };
            serde_json::to_writer(&mut self.file, &row)
                .map_err(std::io::Error::from)
                .and_then(|()| self.file.write_all(b"\n"))
                .map_err(|source| Error::Write {
                    path: self.file.path().to_path_buf(),
                    source,
                })?;
        }
        Ok(())
    }

    /// Renames the file into place.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming the file.
    pub fn commit(self) -> Result<()> {
        self.file.commit()
    }
}
