//! Every format of the whole BBC corpus (../shared/data/news/bbc, about 2,200 articles,
//! never copied into the project) loads in its consumer, and reads back the same graph.
//!
//! It builds the corpus, best with the optimized binary, so it runs only when asked for
//! with `--ignored`: `.ci/run` runs it with
//! `ACTORGRAPH_CONSUMERS=require cargo test --release --test consumers -- --ignored`.

use std::fs;
use std::path::Path;

use actorgraph::ActorGraph;
use actorgraph::export;
use serde_json::json;

use crate::browser::{browse, check_cytoscape};
use crate::common::{ROOT, Run, code, stderr};
use crate::python::{check_gexf, check_graphml, check_neo4j};
use crate::{Check, Consumer};

/// The corpus, beside the work tree.
const CORPUS: &str = "../shared/data/news/bbc";

pub const CHECKS: &[Check] = &[Check {
    name: "bbc_corpus_formats_load_in_their_consumers",
    needs: &[
        Consumer::Python,
        Consumer::NetworkX,
        Consumer::Igraph,
        Consumer::CytoscapeJs,
        Consumer::Chromium,
    ],
    run: bbc_corpus_formats_load_in_their_consumers,
    on_request: true,
}];

fn bbc_corpus_formats_load_in_their_consumers() {
    let bbc = Path::new(ROOT).join(CORPUS);
    assert!(
        bbc.is_dir(),
        "{} is missing: this test reads the BBC corpus from ../shared",
        bbc.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let (out, bbc_path) = (dir.path().to_str().unwrap(), bbc.to_str().unwrap());
    let formats = "json,graphml,gexf,cytoscape,neo4j,html";
    let output = Run::new(&["build", "-q", "--format", formats, "--out", out, bbc_path]).output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    eprintln!(
        "BBC corpus built in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let graph = export::by_name("json")
        .unwrap()
        .read(&dir.path().join("graph.json"))
        .unwrap();
    assert!(graph.documents().len() > 2000);
    for entry in fs::read_dir(dir.path()).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_file() {
            eprintln!(
                "{:>10} bytes  {}",
                entry.metadata().unwrap().len(),
                entry.file_name().to_string_lossy()
            );
        }
    }
    check_graphml(&graph, dir.path());
    check_gexf(&graph, dir.path());
    check_cytoscape(&graph, dir.path());
    check_neo4j(&graph, dir.path());
    // Every file holds the same graph, read back by our own readers.
    let reference = export::json::to_string(&graph);
    let without_documents = {
        let mut g = ActorGraph::new();
        for a in graph.actors() {
            g.add_actor(a);
        }
        for (s, t, r) in graph.edges() {
            g.add_relation(&s.id, &t.id, r);
        }
        export::json::to_string(&g)
    };
    let read = |g: ActorGraph| export::json::to_string(&g);
    assert!(
        read(
            export::by_name("graphml")
                .unwrap()
                .read(&dir.path().join("graph.graphml"))
                .unwrap()
        ) == reference
    );
    assert!(
        read(
            export::by_name("cytoscape")
                .unwrap()
                .read(&dir.path().join("graph.cytoscape.json"))
                .unwrap()
        ) == reference
    );
    assert!(
        read(
            export::by_name("html")
                .unwrap()
                .read(&dir.path().join("graph.html"))
                .unwrap()
        ) == reference
    );
    assert!(
        read(
            export::by_name("gexf")
                .unwrap()
                .read(&dir.path().join("graph.gexf"))
                .unwrap()
        ) == without_documents
    );
    assert!(
        read(
            export::by_name("neo4j")
                .unwrap()
                .read(&dir.path().join("neo4j"))
                .unwrap()
        ) == without_documents
    );
    // The page in Chromium: the heaviest edge and its source.
    let (index, (s, _, r)) = graph
        .edges()
        .enumerate()
        .max_by_key(|(i, (_, _, r))| (r.weight, std::cmp::Reverse(*i)))
        .expect("the corpus has edges");
    let index = index.to_string();
    let visit = [s.id.as_str(), &index, r.relation.as_str(), ""];
    let seen = browse(&dir.path().join("graph.html"), "bbc", &visit);
    assert_eq!(seen["requests"], json!([]));
    assert_eq!(seen["errors"], json!([]));
    assert!(seen["initial"]["actors"].as_u64().unwrap() <= export::html::FIRST_VIEW_ACTORS as u64);
    assert_eq!(seen["nodeHeading"], s.label());
    assert_eq!(seen["evidence"].as_array().unwrap().len(), r.evidence.len());
}
