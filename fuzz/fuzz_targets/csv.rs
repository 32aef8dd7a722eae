//! The CSV feed reader: arbitrary bytes as a feed `f.csv`. Reading it is a feed error
//! (a header without a text column, a header that cannot be read) or its records: every
//! document passes the article checks, no longer than its record allows, and documents and
//! bad records name lines of the file, in order; the same bytes gzipped (`f.csv.gz`) read
//! the same; and the bytes themselves named `.gz` give documents that pass the checks, or
//! an error, never a panic.
#![no_main]

mod common;

use actorgraph::{Error, Inputs, read_inputs_with};
use common::{LIMIT, check_documents, gzip, line_of, options, reading, skipped_lines, write};
use libfuzzer_sys::fuzz_target;

/// The only error reading a whole CSV feed may end in: the feed's own (its header).
fn feed_error(e: Error) -> String {
    match e {
        Error::Feed { reason, .. } => reason,
        other => panic!("a CSV feed failed for another reason: {other}"),
    }
}

/// A record's text and title are fields of one record of at most `LIMIT` bytes, joined by
/// a blank line.
const MAX_TEXT: usize = LIMIT as usize + 2;

fuzz_target!(|data: &[u8]| {
    // a record may end at \n, \r or \r\n: a line number is at most one past their count
    let breaks = data.iter().filter(|&&b| b == b'\n' || b == b'\r').count();

    let plain = write("plain", "f.csv", data);
    let read = read_inputs_with(std::slice::from_ref(&plain), &options()).map_err(feed_error);
    if let Ok(inputs) = &read {
        check_documents(&inputs.documents, MAX_TEXT);
        let doc_lines: Vec<usize> = inputs
            .documents
            .iter()
            .map(|d| line_of(d, &plain))
            .collect();
        let bad_lines: Vec<usize> = skipped_lines(inputs, false).iter().map(|s| s.0).collect();
        for lines in [&doc_lines, &bad_lines] {
            // Never decreasing, but not strictly increasing: a lone \r ends a CSV record
            // without starting a line, so two records may share one (and a header ended by
            // a lone \r leaves records on line 1).
            assert!(
                lines.windows(2).all(|w| w[0] <= w[1]),
                "lines out of order: {lines:?}"
            );
            assert!(
                lines.iter().all(|&l| (1..=breaks + 1).contains(&l)),
                "{lines:?}"
            );
        }
    }

    let gz = write("gz", "f.csv.gz", &gzip(data));
    let zipped = read_inputs_with(std::slice::from_ref(&gz), &options()).map_err(feed_error);
    let view = |r: &Result<Inputs, String>, file| {
        r.as_ref().map(|i| reading(i, file)).map_err(Clone::clone)
    };
    assert_eq!(view(&zipped, &gz), view(&read, &plain), "gzipped");

    let raw = write("raw", "f.csv.gz", data);
    if let Ok(inputs) = read_inputs_with(&[raw], &options()) {
        check_documents(&inputs.documents, MAX_TEXT);
        skipped_lines(&inputs, true);
    }
});
