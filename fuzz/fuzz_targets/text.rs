//! The text reader: arbitrary bytes as an article file `f.txt`, read as `actorgraph build
//! f.txt` reads it, must give exactly the article the module documentation of `ingest`
//! promises (or its error): over the limit is too large, a NUL is binary, invalid UTF-8 is
//! an error at the first bad byte, a byte-order mark is dropped, blank text is empty.
//! The same bytes gzipped (`f.txt.gz`) read the same; found in a folder instead of named,
//! a bad file is skipped with that error and the walk goes on; and the bytes themselves
//! named `.gz` (a stream that is rarely valid gzip) are an article or an error, never a
//! panic.
#![no_main]

mod common;

use actorgraph::{Error, article_date, read_inputs_with};
use common::{LIMIT, check_documents, gzip, options, write};
use libfuzzer_sys::fuzz_target;

/// What reading `data` must give: the article's text, or the error's kind and offset.
fn expected(data: &[u8]) -> Result<String, (&'static str, usize)> {
    if data.len() as u64 > LIMIT {
        return Err(("too large", 0));
    }
    if data.contains(&0) {
        return Err(("binary", 0));
    }
    let text = std::str::from_utf8(data).map_err(|e| ("invalid UTF-8", e.valid_up_to()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(("empty", 0));
    }
    Ok(text.to_string())
}

/// The kind (and offset) of a reader error, as [`expected`] names them.
fn kind(e: &Error) -> (&'static str, usize) {
    match e {
        Error::TooLarge { .. } => ("too large", 0),
        Error::Binary { .. } => ("binary", 0),
        Error::InvalidUtf8 { offset, .. } => ("invalid UTF-8", *offset),
        Error::Empty { .. } => ("empty", 0),
        other => panic!("an article file failed for another reason: {other}"),
    }
}

/// Reads `file` named explicitly and checks it against `want`.
fn read_named(file: &std::path::Path, want: &Result<String, (&'static str, usize)>) {
    match (read_inputs_with(&[file.to_path_buf()], &options()), want) {
        (Ok(inputs), Ok(text)) => {
            assert!(inputs.skipped.is_empty());
            assert_eq!(inputs.documents.len(), 1);
            let doc = &inputs.documents[0];
            assert_eq!(&doc.text, text);
            assert_eq!(doc.id, "f");
            assert_eq!(doc.date, article_date(text));
        }
        (Err(e), Err(want)) => assert_eq!(kind(&e), *want, "{e}"),
        (got, want) => panic!("read {got:?}, expected {want:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let want = expected(data);

    let plain = write("plain", "f.txt", data);
    read_named(&plain, &want);

    // in a folder, a bad file is skipped with the same error instead of failing the read
    let dir = plain.parent().expect("the scratch subfolder").to_path_buf();
    let found = read_inputs_with(&[dir], &options()).expect("a folder with one .txt file");
    match &want {
        Ok(text) => {
            assert_eq!(found.documents.len(), 1);
            assert_eq!(&found.documents[0].text, text);
        }
        Err(want) => {
            assert!(found.documents.is_empty());
            assert_eq!(found.skipped.len(), 1);
            assert_eq!(kind(&found.skipped[0].1), *want);
        }
    }

    let gz = write("gz", "f.txt.gz", &gzip(data));
    read_named(&gz, &want);

    // the bytes as they are, named .gz: whatever is decompressed passes the checks
    let raw = write("raw", "f.txt.gz", data);
    if let Ok(inputs) = read_inputs_with(&[raw], &options()) {
        check_documents(&inputs.documents, LIMIT as usize);
    }
});
