//! The graph.json reader, as `actorgraph merge` (and stats, neighbors, subgraph) use it, on
//! arbitrary bytes: a graph or an error, never a panic. The file read and the text parsed
//! agree; a graph it accepts writes JSON that reads back to the same bytes; merging it
//! (with itself too) is a graph or the merge's own error, and what a merge writes reads
//! back to the same bytes as well.
#![no_main]

mod common;

use std::path::PathBuf;

use actorgraph::{Error, export, query};
use libfuzzer_sys::fuzz_target;

/// JSON of `graph` that reads back to the same bytes.
fn round_trip(graph: &actorgraph::ActorGraph) {
    let out = export::json::to_string(graph);
    let again = export::json::from_str(&out).expect("our own JSON reads back");
    assert_eq!(export::json::to_string(&again), out);
}

fuzz_target!(|data: &[u8]| {
    let file = common::write("graph", "graph.json", data);
    let read = export::json::read(&file);
    match std::str::from_utf8(data) {
        Ok(text) => {
            let parsed = export::by_name("json")
                .expect("the json format")
                .parse(text);
            assert_eq!(read.is_ok(), parsed.is_ok(), "file and text disagree");
        }
        // not UTF-8: an I/O error naming the file, as for any unreadable file
        Err(_) => assert!(matches!(read, Err(Error::Io { .. })), "{read:?}"),
    }
    let Ok(graph) = read else { return };
    round_trip(&graph);

    let one = query::merge(&[(file.clone(), graph.clone())]);
    let two = query::merge(&[(file.clone(), graph.clone()), (PathBuf::from("b"), graph)]);
    for merged in [one, two] {
        match merged {
            Ok(merged) => round_trip(&merged),
            Err(Error::Merge { .. }) => {}
            Err(other) => panic!("merge failed for another reason: {other}"),
        }
    }
});
