//! The whole pipeline on arbitrary bytes: segmenting, tagging, parsing, entities,
//! mentions, coreference, relations, the graph of one document, and its JSON.
#![no_main]

use std::sync::LazyLock;

use actorgraph::{Document, Pipeline, export};
use libfuzzer_sys::fuzz_target;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| Pipeline::new().expect("pipeline"));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new("f", text.into_owned());
    let graph = PIPELINE.build(&[doc], &|_| {});
    // what was built can be written, and the JSON reads back to the same bytes
    let json = export::json::to_string(&graph);
    let again = export::json::from_str(&json).expect("our own JSON reads back");
    assert_eq!(export::json::to_string(&again), json);
});
