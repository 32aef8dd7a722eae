//! The JSON Lines feed reader: arbitrary bytes as a feed `f.jsonl`. Reading it never
//! fails (bad lines are skipped); every line that is not blank gives exactly one document
//! or one bad record, on its own line number, in order; a document's text is its line's
//! text field (after the title, when there is one) and passes the article checks; the
//! same bytes gzipped (`f.jsonl.gz`) read the same; and the bytes themselves named `.gz`
//! give documents that pass the checks, or a read error, never a panic.
#![no_main]

mod common;

use actorgraph::read_inputs_with;
use common::{LIMIT, check_documents, gzip, line_of, options, reading, skipped_lines, write};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// The lines of `data` the reader must report (a document or a bad record), with their
/// bytes as it reads them (no `\r\n`, no byte-order mark on line 1): every line that is
/// not blank, and every line over the limit.
fn expected_lines(data: &[u8]) -> Vec<(usize, &[u8])> {
    let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    if data.ends_with(b"\n") || data.is_empty() {
        lines.pop();
    }
    let mut out = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        if line.len() as u64 > LIMIT {
            out.push((i + 1, &line[..0]));
            continue;
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let line = if i == 0 {
            line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
        } else {
            line
        };
        if !line.iter().all(u8::is_ascii_whitespace) {
            out.push((i + 1, line));
        }
    }
    out
}

/// The text field of a JSON line, as the reader takes it: the first of `text`, `content`,
/// `body` that is present and not null.
fn text_field(line: &[u8]) -> Option<String> {
    let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(line) else {
        return None;
    };
    ["text", "content", "body"]
        .iter()
        .find_map(|name| match object.get(*name) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(Some(s.clone())),
            Some(_) => Some(None),
        })
        .flatten()
}

fuzz_target!(|data: &[u8]| {
    let plain = write("plain", "f.jsonl", data);
    let inputs = read_inputs_with(std::slice::from_ref(&plain), &options())
        .expect("a JSON Lines feed reads, its bad lines skipped");
    check_documents(&inputs.documents, LIMIT as usize);

    // every line reported once, in order, a document or a bad record
    let want = expected_lines(data);
    let doc_lines: Vec<usize> = inputs
        .documents
        .iter()
        .map(|d| line_of(d, &plain))
        .collect();
    let bad_lines: Vec<usize> = skipped_lines(&inputs, false).iter().map(|s| s.0).collect();
    assert!(
        doc_lines.is_sorted() && bad_lines.is_sorted(),
        "lines out of order"
    );
    let mut got = [doc_lines, bad_lines].concat();
    got.sort_unstable();
    let want_lines: Vec<usize> = want.iter().map(|w| w.0).collect();
    assert_eq!(got, want_lines, "the lines reported");

    // a document is its line's text field, after the title when there is one
    for doc in &inputs.documents {
        let line = line_of(doc, &plain);
        let bytes = want
            .iter()
            .find(|w| w.0 == line)
            .expect("a reported line")
            .1;
        let text = text_field(bytes).expect("a document's line has a text field");
        assert!(doc.text.ends_with(&text), "line {line}: {:?}", doc.text);
    }

    let gz = write("gz", "f.jsonl.gz", &gzip(data));
    let zipped = read_inputs_with(std::slice::from_ref(&gz), &options()).expect("the gzipped feed");
    assert_eq!(reading(&zipped, &gz), reading(&inputs, &plain), "gzipped");

    let raw = write("raw", "f.jsonl.gz", data);
    let inputs = read_inputs_with(std::slice::from_ref(&raw), &options()).expect("a feed");
    check_documents(&inputs.documents, LIMIT as usize);
    skipped_lines(&inputs, true);
});
