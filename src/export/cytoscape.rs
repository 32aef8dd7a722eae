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
//!                            "trigger", "triggers", "cameo", "goldstein", "weak"[,
//!                            "former"], "class", "weight", "evidence" },
//!                  "classes": "meets" } ]
//!   }
//! }
//! ```
//!
//! Node ids are the canonical names, so `cy.getElementById("Egypt")` finds an actor. Edge ids
//! are `e0`, `e1`, ... in graph order; Cytoscape.js wants every element id unique, so when an
//! actor happens to be called `e<number>`, edge ids get a `_` prefix until none collides.
//! `classes` is the actor type or the relation (`weak`, `symmetric`, `former`, an
//! affiliation that has ended, and `stance`, an edge of the trigger class `stance`, are
//! added when they hold), ready for stylesheet selectors such as `node.person`,
//! `edge.opposes`, `edge.former` or `edge.stance`. Attribute
//! values are those of the JSON contract; `cameo` and `goldstein` are `null` without a CAMEO
//! code. Pretty-printed with two spaces and a final newline; the same graph always gives
//! the same bytes.

use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Text;
use crate::domain::{DocumentInfo, TriggerClass};
use crate::error::Result;
use crate::export::json::{self, EdgeIn, GENERATOR, NodeIn, NodeOut, RelationOut};
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
    documents: &'a crate::Documents,
}

#[derive(Serialize)]
struct Elements<'a> {
    nodes: Vec<Element<NodeOut<'a>>>,
    edges: Vec<Element<EdgeData<'a>>>,
}

#[derive(Serialize)]
struct Element<T> {
    data: T,
    classes: String,
}

#[derive(Serialize)]
struct EdgeData<'a> {
    id: String,
    source: &'a str,
    target: &'a str,
    #[serde(flatten)]
    relation: RelationOut<'a>,
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
            data: NodeOut::new(a),
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
            if r.former {
                classes.push_str(" former");
            }
            if r.class == TriggerClass::Stance {
                classes.push_str(" stance");
            }
            Element {
                data: EdgeData {
                    id: format!("{prefix}{i}"),
                    source: &s.id,
                    target: &t.id,
                    relation: RelationOut::new(r),
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
    json::write_pretty(out, &doc)
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

/// The `cytoscape` format of [`super::formats()`]: [`write()`], and a
/// reader that loads what it wrote (writing that again gives the same bytes). A text that
/// is not such a graph is an [`Error::Parse`](crate::Error::Parse): not JSON, no `elements`, an unknown actor type
/// or relation, two nodes with one id, or an edge to an id that is not a node.
pub static CYTOSCAPE: Text = Text::new(|graph, out| write(graph, out), Some(parse));

fn parse(text: &str, path: &Path) -> Result<ActorGraph> {
    let fail = super::parse_error(path);
    let data: CytoscapeIn = json::object(text, &fail, "not Cytoscape.js JSON")?;
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
    use crate::domain::{Actor, ActorType};
    use crate::export::tests::{parse_as, sample_graph, text_of};
    use std::collections::BTreeSet;

    #[test]
    fn edge_ids_never_collide_with_actor_names() {
        let mut graph = sample_graph();
        assert_eq!(edge_prefix(&graph), "e");
        graph.add_actor(&Actor::new("e12", ActorType::Person));
        graph.add_actor(&Actor::new("_e3", ActorType::Person));
        graph.add_actor(&Actor::new("eel", ActorType::Person));
        assert_eq!(edge_prefix(&graph), "__e");
        let value: serde_json::Value = serde_json::from_str(&text_of("cytoscape", &graph)).unwrap();
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
            let e = parse_as("cytoscape", text).unwrap_err();
            assert_eq!(e.to_string(), format!("<cytoscape>: {reason}"), "{text}");
        }
    }
}
