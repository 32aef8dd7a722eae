//! Cytoscape.js elements JSON, which `cytoscape({ elements })` and `cy.json()` load, and
//! Cytoscape desktop imports as a `.cyjs` network.
//!
//! ```text
//! {
//!   "format_version": "1.0",
//!   "generated_by": "actorgraph 0.1.0",
//!   "target_cytoscapejs_version": "~3.0",
//!   "data": { "name": "actorgraph", "documents": [ { "id", "path"[, "date"] } ] },
//!   "elements": {
//!     "nodes": [ { "data": { "id", "label", "type", "aliases", "mentions", "roles" },
//!                  "classes": "person" } ],
//!     "edges": [ { "data": { "id": "e0", "source", "target", "relation", "symmetric",
//!                            "trigger", "triggers", "cameo", "goldstein", "weak",
//!                            "weight", "evidence" },
//!                  "classes": "meets" } ]
//!   }
//! }
//! ```
//!
//! Node ids are the canonical names, so `cy.getElementById("Egypt")` finds an actor. Edge ids
//! are `e0`, `e1`, ... in graph order; Cytoscape.js wants every element id unique, so when an
//! actor happens to be called `e<number>`, edge ids get a `_` prefix until none collides.
//! `classes` is the actor type or the relation (`weak` and `symmetric` are added when they
//! hold), ready for stylesheet selectors such as `node.person` or `edge.opposes`. Attribute
//! values are those of the JSON contract; `cameo` and `goldstein` are `null` without a CAMEO
//! code. Pretty-printed with two spaces and a final newline; the same graph always gives
//! the same bytes.

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::domain::{ActorType, DocumentInfo, Evidence, RelationKind};
use crate::error::{Error, Result};
use crate::export::json::{self, EdgeIn, GENERATOR, NodeIn};
use crate::graph::ActorGraph;

#[derive(Serialize)]
struct CytoscapeOut<'a> {
    format_version: &'static str,
    generated_by: &'static str,
    target_cytoscapejs_version: &'static str,
    data: GraphData<'a>,
    elements: Elements<'a>,
}

#[derive(Serialize)]
struct GraphData<'a> {
    name: &'static str,
    documents: &'a [DocumentInfo],
}

#[derive(Serialize)]
struct Elements<'a> {
    nodes: Vec<Element<NodeData<'a>>>,
    edges: Vec<Element<EdgeData<'a>>>,
}

#[derive(Serialize)]
struct Element<T> {
    data: T,
    classes: String,
}

#[derive(Serialize)]
struct NodeData<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: ActorType,
    aliases: &'a BTreeSet<String>,
    mentions: usize,
    roles: &'a BTreeSet<String>,
}

#[derive(Serialize)]
struct EdgeData<'a> {
    id: String,
    source: &'a str,
    target: &'a str,
    relation: RelationKind,
    symmetric: bool,
    trigger: &'a str,
    triggers: &'a [String],
    cameo: Option<&'a str>,
    goldstein: Option<f32>,
    weak: bool,
    weight: usize,
    evidence: &'a [Evidence],
}

/// The prefix of edge ids: `e`, or `_e`, `__e`, ... when an actor is called `e<number>`.
fn edge_prefix(graph: &ActorGraph) -> String {
    let mut prefix = "e".to_string();
    let collides = |prefix: &str| {
        graph.actors().any(|a| {
            a.id.strip_prefix(prefix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    while collides(&prefix) {
        prefix.insert(0, '_');
    }
    prefix
}

/// Writes `graph` as Cytoscape.js JSON to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let prefix = edge_prefix(graph);
    let nodes = graph
        .actors()
        .map(|a| Element {
            data: NodeData {
                id: &a.id,
                label: &a.label,
                kind: a.kind,
                aliases: &a.aliases,
                mentions: a.mentions,
                roles: &a.roles,
            },
            classes: a.kind.as_str().to_string(),
        })
        .collect();
    let edges = graph
        .edges()
        .enumerate()
        .map(|(i, (s, t, r))| {
            let mut classes = r.relation.as_str().to_string();
            if r.symmetric {
                classes.push_str(" symmetric");
            }
            if r.weak {
                classes.push_str(" weak");
            }
            Element {
                data: EdgeData {
                    id: format!("{prefix}{i}"),
                    source: &s.id,
                    target: &t.id,
                    relation: r.relation,
                    symmetric: r.symmetric,
                    trigger: &r.trigger,
                    triggers: &r.triggers,
                    cameo: r.cameo.as_deref(),
                    goldstein: r.goldstein,
                    weak: r.weak,
                    weight: r.weight,
                    evidence: &r.evidence,
                },
                classes,
            }
        })
        .collect();
    let doc = CytoscapeOut {
        format_version: "1.0",
        generated_by: GENERATOR,
        target_cytoscapejs_version: "~3.0",
        data: GraphData {
            name: "actorgraph",
            documents: graph.documents(),
        },
        elements: Elements { nodes, edges },
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &doc).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The Cytoscape.js JSON of `graph` as a string.
pub fn to_string(graph: &ActorGraph) -> String {
    let mut bytes = Vec::new();
    write(graph, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

#[derive(Deserialize)]
struct CytoscapeIn {
    #[serde(default)]
    data: GraphDataIn,
    elements: ElementsIn,
}

#[derive(Deserialize, Default)]
struct GraphDataIn {
    #[serde(default)]
    documents: Vec<DocumentInfo>,
}

#[derive(Deserialize)]
struct ElementsIn {
    #[serde(default)]
    nodes: Vec<ElementIn<NodeIn>>,
    #[serde(default)]
    edges: Vec<ElementIn<EdgeIn>>,
}

#[derive(Deserialize)]
struct ElementIn<T> {
    data: T,
}

/// Loads a graph written by [`write()`]. Writing it again gives the same bytes.
///
/// # Errors
///
/// [`Error::Parse`] naming `<cytoscape>` when the text is not such a graph: not JSON, no
/// `elements`, an unknown actor type or relation, two nodes with one id, or an edge to an
/// id that is not a node.
pub fn from_str(text: &str) -> Result<ActorGraph> {
    parse(text, Path::new("<cytoscape>"))
}

/// Loads a graph from a Cytoscape.js JSON file, as [`from_str`].
///
/// # Errors
///
/// [`Error::NotFound`] or [`Error::Io`] when the file cannot be read, [`Error::Parse`]
/// naming the file when it is not such a graph.
pub fn read(path: &Path) -> Result<ActorGraph> {
    parse(&super::read_text(path)?, path)
}

fn parse(text: &str, path: &Path) -> Result<ActorGraph> {
    let fail = |reason: String| Error::Parse {
        path: path.to_path_buf(),
        reason,
    };
    if !text.trim_start().starts_with('{') {
        return Err(fail(
            "not Cytoscape.js JSON: expected a JSON object".to_string(),
        ));
    }
    let data: CytoscapeIn = serde_json::from_str(text).map_err(|e| fail(e.to_string()))?;
    let elements = data.elements;
    json::assemble(
        data.data.documents,
        elements.nodes.into_iter().map(|e| e.data),
        elements.edges.into_iter().map(|e| e.data),
        &fail,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Actor;
    use crate::export::tests::{assert_golden, sample_graph};

    #[test]
    fn sample_graph_gives_the_exact_file() {
        assert_golden("sample.cytoscape.json", &to_string(&sample_graph()));
    }

    #[test]
    fn round_trip_keeps_every_attribute() {
        let graph = sample_graph();
        let again = from_str(&to_string(&graph)).unwrap();
        assert_eq!(json::to_string(&again), json::to_string(&graph));
        assert_eq!(to_string(&again), to_string(&graph));
    }

    #[test]
    fn edge_ids_never_collide_with_actor_names() {
        let mut graph = sample_graph();
        assert_eq!(edge_prefix(&graph), "e");
        graph.add_actor(&Actor::new("e12", ActorType::Person));
        graph.add_actor(&Actor::new("_e3", ActorType::Person));
        graph.add_actor(&Actor::new("eel", ActorType::Person));
        assert_eq!(edge_prefix(&graph), "__e");
        let value: serde_json::Value = serde_json::from_str(&to_string(&graph)).unwrap();
        let mut ids = BTreeSet::new();
        for kind in ["nodes", "edges"] {
            for e in value["elements"][kind].as_array().unwrap() {
                assert!(ids.insert(e["data"]["id"].as_str().unwrap().to_string()));
            }
        }
        assert!(ids.contains("__e0"));
    }

    #[test]
    fn bad_files_are_parse_errors() {
        let rows = [
            ("[]", "not Cytoscape.js JSON: expected a JSON object"),
            ("{}", "missing field `elements` at line 1 column 2"),
            (
                r#"{"elements": {"nodes": [{"data": {"id": "A", "type": "person"}}],
                    "edges": [{"data": {"source": "A", "target": "B", "relation": "meets"}}]}}"#,
                "edge 0 names \"B\", which is not a node",
            ),
        ];
        for (text, reason) in rows {
            let e = from_str(text).unwrap_err();
            assert_eq!(e.to_string(), format!("<cytoscape>: {reason}"), "{text}");
        }
    }
}
