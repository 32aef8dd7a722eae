//! The graph.json reader on arbitrary text: a graph or an error, never a panic; a graph
//! it accepts writes JSON that reads back to the same bytes.
//!
//! (Readers of other formats, such as JSONL or CSV, get a target of their own beside this
//! one: `export::by_name(NAME).unwrap().parse(text)`.)
#![no_main]

use actorgraph::export;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let json = export::by_name("json").expect("the json format");
    if let Ok(graph) = json.parse(&text) {
        let out = export::json::to_string(&graph);
        let again = json.parse(&out).expect("our own JSON reads back");
        assert_eq!(export::json::to_string(&again), out);
    }
});
