//! What the reader targets share: a scratch folder for the files they write, gzip, and the
//! checks every document read must pass.
#![allow(dead_code)] // each target uses a part of it

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use actorgraph::{Document, Error, Inputs, ReadOptions};

/// The limit on an article or record the targets read under: small, so that inputs of a
/// few kilobytes reach the "too long" paths (the default, 16 MiB, no fuzzer input does).
pub const LIMIT: u64 = 1024;

/// The read options of every reader target.
pub fn options() -> ReadOptions {
    ReadOptions {
        max_article_bytes: LIMIT,
        ..ReadOptions::default()
    }
}

/// One scratch folder per fuzzing process, removed at exit: the readers are fed real files,
/// as `actorgraph build FILE` reads them (the size check, the `.gz` name, the folder walk).
static SCRATCH: LazyLock<tempfile::TempDir> =
    LazyLock::new(|| tempfile::tempdir().expect("a scratch folder"));

/// Writes `bytes` to `name` in the subfolder `sub` of the scratch folder (made empty of
/// other files first) and returns the file's path.
pub fn write(sub: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = SCRATCH.path().join(sub);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch subfolder");
    let path = dir.join(name);
    fs::write(&path, bytes).expect("a scratch file");
    path
}

/// `bytes` gzipped (fastest level: the target checks the reader, not the compression).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).expect("gzip into memory");
    gz.finish().expect("gzip into memory")
}

/// What must hold of every document a reader returns, whatever the input: text that is an
/// article (not blank, no NUL), no longer than the record it came from allows, and an id
/// of its own.
pub fn check_documents(docs: &[Document], max_text: usize) {
    let mut ids = HashSet::new();
    for d in docs {
        assert!(!d.text.trim().is_empty(), "a document without text: {d:?}");
        assert!(!d.text.contains('\0'), "a document with a NUL: {d:?}");
        assert!(
            d.text.len() <= max_text,
            "a document longer than its record"
        );
        assert!(!d.id.trim().is_empty(), "a document without an id");
        assert!(
            ids.insert(d.id.clone()),
            "two documents with the id {:?}",
            d.id
        );
    }
}

/// The line of a feed record from its document path `FILE:LINE`.
pub fn line_of(doc: &Document, file: &Path) -> usize {
    let prefix = format!("{}:", file.display());
    let line = doc
        .path
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("path {:?} is not {prefix}LINE", doc.path));
    line.parse().expect("a line number")
}

/// The line (and the error) of every skipped record: each is a bad record with its line, or
/// (`read_failed_ok`: for a stream that is not valid gzip) a read failure ending the file.
pub fn skipped_lines(inputs: &Inputs, read_failed_ok: bool) -> Vec<(usize, String)> {
    inputs
        .skipped
        .iter()
        .map(|(_, e)| match e {
            Error::BadRecord { line, reason, .. } => {
                assert!(*line >= 1, "a bad record on line 0: {e}");
                (*line, reason.clone())
            }
            Error::Feed { reason, .. } if read_failed_ok => (usize::MAX, reason.clone()),
            other => panic!("a feed record skipped for another reason: {other}"),
        })
        .collect()
}

/// A reading of a feed without the file's name: (line, id, text, date, url) of each
/// document and (line, reason) of each skipped record, to compare a feed with its gzip.
pub type Reading = (
    Vec<(usize, String, String, Option<String>, Option<String>)>,
    Vec<(usize, String)>,
);

/// The [`Reading`] of `inputs`, read from `file`.
pub fn reading(inputs: &Inputs, file: &Path) -> Reading {
    let docs = inputs
        .documents
        .iter()
        .map(|d| {
            (
                line_of(d, file),
                d.id.clone(),
                d.text.clone(),
                d.date.map(|d| d.to_string()),
                d.url.clone(),
            )
        })
        .collect();
    (docs, skipped_lines(inputs, false))
}
