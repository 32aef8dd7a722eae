//! NetworkX node-link JSON: a directed multigraph, the contract of DESIGN.md.
//!
//! ```text
//! {
//!   "directed": true,
//!   "multigraph": true,
//!   "graph": { "generator": "actorgraph 0.1.0", "documents": [ { "id": ..., "path": ... } ] },
//!   "nodes": [ { "id", "label", "type", "aliases", "mentions", "roles",
//!                "first_date", "last_date", "dates" } ],
//!   "edges": [ { "source", "target", "key", "relation", "symmetric", "trigger", "triggers",
//!                "cameo", "goldstein", "weak", "class", "weight", "first_date", "last_date", "dates",
//!                "evidence": [ { "document", "sentence", "start", "end", "text", "date" } ] } ],
//!   "links": [ the same array as "edges" ]
//! }
//! ```
//!
//! `nx.node_link_graph(data)` loads it with no options: NetworkX 3.6 reads `edges`, 3.3-3.5
//! read `links`. `key` numbers the parallel edges of one ordered (source, target) pair from 0,
//! as NetworkX does. `cameo` and `goldstein` are `null` when the trigger has no CAMEO code,
//! so every edge has the same fields. `class` is the edge's trigger class, `event` or
//! `stance` (a judgement, `--stance`; a judgement and an event of one pair are two edges);
//! a file without it reads as `event`. Aliases and roles are sorted. A node whose documents
//! disagree on its type has `types`, its mentions under each (`{"organization": 12,
//! "person": 1}`), `type` being the one with the most; the others have no `types`. Time is only written
//! where there is some: a node or edge of dated articles has `first_date`, `last_date` and
//! `dates` (`{"2014-07-22": 2, ...}`: mentions of the actor, statements of the edge, per
//! day), an evidence sentence of a dated article its `date`; undated graphs have none of
//! these fields. The output is
//! pretty-printed with two spaces and ends with a newline; the same graph always gives the
//! same bytes.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Text;
use crate::documents::Documents;
use crate::domain::{
    Actor, ActorType, Date, Dates, DocumentInfo, Evidence, Names, RelationKind, TriggerClass,
};
use crate::error::{Error, Result};
use crate::graph::{ActorGraph, Relation};

/// The `graph.generator` value: this crate and its version.
pub const GENERATOR: &str = concat!("actorgraph ", env!("CARGO_PKG_VERSION"));

/// The `json` format of [`super::formats()`]: [`write()`] and [`from_str`].
pub static JSON: Text = Text::new(|graph, out| write(graph, out), Some(parse));

#[derive(Serialize)]
struct NodeLinkOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphOut<'a>,
    nodes: NodesOut<'a>,
    edges: EdgesOut<'a>,
    links: EdgesOut<'a>,
}

/// The nodes, serialized one by one as they are read from the graph: a graph of a million
/// articles is written without a second copy of its nodes or edges in memory.
struct NodesOut<'a>(&'a ActorGraph);

impl Serialize for NodesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.actors().map(NodeOut::new))
    }
}

/// The edges, serialized one by one, with their NetworkX keys (see [`edge_keys`]).
#[derive(Clone, Copy)]
struct EdgesOut<'a> {
    graph: &'a ActorGraph,
    keys: &'a [u32],
}

impl Serialize for EdgesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.graph
                .edges()
                .zip(self.keys)
                .map(|((s, t, r), &key)| EdgeOut {
                    source: &s.id,
                    target: &t.id,
                    key: key as usize,
                    relation: RelationOut::new(r),
                }),
        )
    }
}

/// The NetworkX key of every edge, in the order of [`ActorGraph::edges`]: its rank among the
/// edges of the same ordered (source, target) pair. Found by sorting the edge indices by
/// their pair (4 bytes an edge, and as much again while sorting) rather than with a map of
/// the pairs, which would cost some ten times as much on a graph of millions of edges.
fn edge_keys(graph: &ActorGraph) -> Vec<u32> {
    let g = graph.petgraph();
    let ends = |e: u32| {
        let (s, t) = g
            .edge_endpoints(petgraph::graph::EdgeIndex::new(e as usize))
            .expect("edge index from this graph");
        (s.index(), t.index())
    };
    let mut order: Vec<u32> = (0..g.edge_count() as u32).collect();
    order.sort_unstable_by_key(|&e| (ends(e), e));
    let mut keys = vec![0u32; order.len()];
    for (i, &e) in order.iter().enumerate() {
        if i > 0 && ends(order[i - 1]) == ends(e) {
            keys[e as usize] = keys[order[i - 1] as usize] + 1;
        }
    }
    keys
}

#[derive(Serialize)]
struct GraphOut<'a> {
    generator: &'static str,
    documents: &'a Documents,
}

/// An actor as JSON and Cytoscape.js write it.
#[derive(Serialize)]
pub(super) struct NodeOut<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: ActorType,
    aliases: &'a Names,
    mentions: usize,
    roles: &'a Names,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    types: &'a BTreeMap<ActorType, usize>,
    #[serde(flatten)]
    time: TimeOut<'a>,
}

/// The time of a node or an edge: written only when it has dates.
#[derive(Serialize)]
pub(super) struct TimeOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<Date>,
    #[serde(skip_serializing_if = "Dates::is_empty")]
    dates: &'a Dates,
}

impl<'a> TimeOut<'a> {
    pub(super) fn new(dates: &'a Dates) -> TimeOut<'a> {
        TimeOut {
            first_date: dates.first(),
            last_date: dates.last(),
            dates,
        }
    }
}

impl<'a> NodeOut<'a> {
    pub(super) fn new(a: &'a Actor) -> NodeOut<'a> {
        NodeOut {
            id: &a.id,
            label: a.label(),
            kind: a.kind,
            aliases: &a.aliases,
            mentions: a.mentions,
            roles: &a.roles,
            types: &a.types,
            time: TimeOut::new(&a.dates),
        }
    }
}

/// What JSON and Cytoscape.js write of a relation after the ends of its edge.
#[derive(Serialize)]
pub(super) struct RelationOut<'a> {
    relation: RelationKind,
    symmetric: bool,
    trigger: &'a str,
    triggers: &'a [String],
    cameo: Option<&'a str>,
    goldstein: Option<f32>,
    weak: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    former: bool,
    class: TriggerClass,
    weight: usize,
    #[serde(flatten)]
    time: TimeOut<'a>,
    evidence: &'a [Evidence],
}

impl<'a> RelationOut<'a> {
    pub(super) fn new(r: &'a Relation) -> RelationOut<'a> {
        RelationOut {
            relation: r.relation,
            symmetric: r.symmetric,
            trigger: &r.trigger,
            triggers: &r.triggers,
            cameo: r.cameo.as_deref(),
            goldstein: r.goldstein,
            weak: r.weak,
            former: r.former,
            class: r.class,
            weight: r.weight,
            time: TimeOut::new(&r.dates),
            evidence: &r.evidence,
        }
    }
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    target: &'a str,
    key: usize,
    #[serde(flatten)]
    relation: RelationOut<'a>,
}

/// Writes `graph` as node-link JSON to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let keys = edge_keys(graph);
    let edges = EdgesOut { graph, keys: &keys };
    let doc = NodeLinkOut {
        directed: true,
        multigraph: true,
        graph: GraphOut {
            generator: GENERATOR,
            documents: graph.documents(),
        },
        nodes: NodesOut(graph),
        edges,
        links: edges,
    };
    write_pretty(out, &doc)
}

/// Writes `value` as JSON indented by two spaces, with a final newline.
pub(super) fn write_pretty(out: impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The node-link JSON of `graph` as a string.
pub fn to_string(graph: &ActorGraph) -> String {
    super::string_of(|out| write(graph, out))
}

#[derive(Deserialize)]
#[serde(expecting = "a node-link graph object")]
struct NodeLinkIn {
    #[serde(default)]
    graph: GraphIn,
    nodes: Vec<NodeIn>,
    edges: Option<Vec<EdgeIn>>,
    links: Option<Vec<EdgeIn>>,
}

#[derive(Deserialize, Default)]
#[serde(expecting = "the \"graph\" object")]
struct GraphIn {
    #[serde(default)]
    documents: Vec<DocumentInfo>,
}

/// A node as written by the JSON exporters (node-link and Cytoscape.js share its fields).
#[derive(Deserialize)]
#[serde(expecting = "a node object")]
pub(super) struct NodeIn {
    id: String,
    label: Option<String>,
    #[serde(rename = "type")]
    kind: ActorType,
    #[serde(default)]
    aliases: Names,
    #[serde(default)]
    mentions: usize,
    #[serde(default)]
    roles: Names,
    #[serde(default)]
    dates: Dates,
    #[serde(default)]
    types: BTreeMap<ActorType, usize>,
}

/// An edge as written by the JSON exporters.
#[derive(Deserialize)]
#[serde(expecting = "an edge object")]
pub(super) struct EdgeIn {
    source: String,
    target: String,
    relation: RelationKind,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    trigger: String,
    #[serde(default)]
    triggers: Vec<String>,
    #[serde(default)]
    cameo: Option<String>,
    #[serde(default)]
    goldstein: Option<f32>,
    #[serde(default)]
    weak: bool,
    #[serde(default)]
    former: bool,
    #[serde(default)]
    class: TriggerClass,
    #[serde(default = "one")]
    weight: usize,
    #[serde(default)]
    dates: Dates,
    #[serde(default)]
    evidence: Vec<Evidence>,
}

fn one() -> usize {
    1
}

/// Loads a graph written by [`write()`] (or any node-link JSON with the same fields).
///
/// Fields that only repeat others (`key`, `links` when `edges` is there) are not read back;
/// unknown fields are ignored. Writing the loaded graph again gives the same bytes.
///
/// # Errors
///
/// [`Error::Parse`] naming `<json>` when the text is not such a graph: not JSON, a missing
/// field, an unknown actor type or relation, two nodes with one id, or an edge to an id
/// that is not a node.
pub fn from_str(text: &str) -> Result<ActorGraph> {
    parse(text, Path::new("<json>"))
}

/// Loads a graph from a node-link JSON file, as [`from_str`].
///
/// # Errors
///
/// [`Error::NotFound`] or [`Error::Io`] when the file cannot be read, [`Error::Parse`]
/// naming the file when it is not such a graph.
pub fn read(path: &Path) -> Result<ActorGraph> {
    parse(&super::read_text(path)?, path)
}

fn parse(text: &str, path: &Path) -> Result<ActorGraph> {
    let fail = super::parse_error(path);
    let data: NodeLinkIn = object(text, &fail, "not a node-link graph")?;
    let edges = data.edges.or(data.links).ok_or_else(|| {
        fail("no \"edges\" (or \"links\") array: not a node-link graph".to_string())
    })?;
    assemble(data.graph.documents, data.nodes, edges, &fail)
}

/// The JSON object in `text`, or `fail` with "`what`: expected a JSON object" when the
/// text is not an object.
pub(super) fn object<T: serde::de::DeserializeOwned>(
    text: &str,
    fail: &dyn Fn(String) -> Error,
    what: &str,
) -> Result<T> {
    // serde reads a JSON array as a struct too (fields by position): refuse it up front.
    if !text.trim_start().starts_with('{') {
        return Err(fail(format!("{what}: expected a JSON object")));
    }
    serde_json::from_str(text).map_err(|e| fail(e.to_string()))
}

/// The graph of `documents`, `nodes` and `edges` as read from a JSON export; `fail` makes
/// the error naming the file for two nodes with one id or an edge to a missing node.
pub(super) fn assemble(
    documents: Vec<DocumentInfo>,
    nodes: impl IntoIterator<Item = NodeIn>,
    edges: impl IntoIterator<Item = EdgeIn>,
    fail: &dyn Fn(String) -> Error,
) -> Result<ActorGraph> {
    let mut graph = ActorGraph::new();
    for info in documents {
        graph.add_document_info(info);
    }
    for node in nodes {
        if graph.actor(&node.id).is_some() {
            return Err(fail(format!("two nodes have the id {:?}", node.id)));
        }
        let mut actor = Actor::new(node.id, node.kind);
        if let Some(label) = node.label {
            actor.set_label(label);
        }
        actor.aliases = node.aliases;
        actor.mentions = node.mentions;
        actor.roles = node.roles;
        actor.dates = node.dates;
        actor.types = node.types.into();
        graph.add_actor(&actor);
    }
    for (i, edge) in edges.into_iter().enumerate() {
        for end in [&edge.source, &edge.target] {
            if graph.actor(end).is_none() {
                return Err(fail(format!("edge {i} names {end:?}, which is not a node")));
            }
        }
        let triggers = if edge.triggers.is_empty() && !edge.trigger.is_empty() {
            vec![edge.trigger.clone()]
        } else {
            edge.triggers
        };
        let relation = Relation {
            relation: edge.relation,
            symmetric: edge.symmetric,
            trigger: edge.trigger,
            triggers,
            cameo: edge.cameo,
            goldstein: edge.goldstein,
            weak: edge.weak,
            former: edge.former,
            class: edge.class,
            weight: edge.weight,
            dates: edge.dates,
            evidence: edge.evidence,
        };
        graph.add_relation(&edge.source, &edge.target, &relation);
    }
    Ok(graph)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample_graph;

    #[test]
    fn empty_graph() {
        let json = to_string(&ActorGraph::new());
        let expected = format!(
            "{{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {{\n    \
             \"generator\": \"{GENERATOR}\",\n    \"documents\": []\n  }},\n  \"nodes\": [],\n  \
             \"edges\": [],\n  \"links\": []\n}}\n"
        );
        assert_eq!(json, expected);
    }

    #[test]
    fn keys_number_parallel_edges_of_one_ordered_pair() {
        let json: serde_json::Value = serde_json::from_str(&to_string(&sample_graph())).unwrap();
        let keys: Vec<_> = json["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["source"].as_str().unwrap(),
                    e["target"].as_str().unwrap(),
                    e["relation"].as_str().unwrap(),
                    e["key"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            keys,
            [
                ("John Kerry", "Egypt", "meets", 0),
                ("Recep Tayyip Erdoğan", "Turkey", "affiliated_with", 0),
                ("Recep Tayyip Erdoğan", "Israel", "opposes", 0),
                ("John Kerry", "Egypt", "backs", 1),
                ("Egypt", "John Kerry", "opposes", 0),
                ("Recep Tayyip Erdoğan", "Israel", "opposes", 1),
                ("O\"Brien \\ C:\\path", "Egypt", "meets", 0),
            ]
        );
        assert_eq!(json["edges"], json["links"]);
    }

    #[test]
    fn round_trip_gives_identical_bytes() {
        let first = to_string(&sample_graph());
        let graph = from_str(&first).unwrap();
        assert_eq!(graph.actor_count(), 7);
        assert_eq!(graph.edge_count(), 7);
        assert_eq!(to_string(&graph), first);
        // the judgement keeps its class, apart from the event of the same relation
        let classes: Vec<_> = graph.edges().map(|(_, _, r)| r.class.as_str()).collect();
        assert_eq!(classes.iter().filter(|&&c| c == "stance").count(), 1);
    }

    #[test]
    fn read_loads_a_file_and_names_it_in_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        std::fs::write(&path, to_string(&sample_graph())).unwrap();
        assert_eq!(read(&path).unwrap().actor_count(), 7);
        std::fs::write(&path, "{").unwrap();
        let e = read(&path).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{}: EOF while parsing an object at line 1 column 1",
                path.display()
            )
        );
        let missing = dir.path().join("missing.json");
        assert!(matches!(read(&missing), Err(Error::NotFound { .. })));
    }

    #[test]
    fn older_files_with_only_links_load() {
        let text = r#"{"directed": true, "multigraph": true, "graph": {},
            "nodes": [{"id": "A", "type": "person"}, {"id": "B", "type": "country"}],
            "links": [{"source": "A", "target": "B", "key": 0, "relation": "backs",
                       "trigger": "backed"}]}"#;
        let graph = from_str(text).unwrap();
        let (s, t, r) = graph.edges().next().unwrap();
        assert_eq!((s.id.as_str(), t.id.as_str()), ("A", "B"));
        assert_eq!(r.triggers, ["backed"]);
        assert_eq!(r.weight, 1);
    }

    #[test]
    fn bad_graphs_are_parse_errors_with_a_reason() {
        let rows = [
            ("[1, 2]", "not a node-link graph: expected a JSON object"),
            ("", "not a node-link graph: expected a JSON object"),
            (
                r#"{"nodes": {}, "edges": []}"#,
                "invalid type: map, expected a sequence at line 1 column 10",
            ),
            (
                r#"{"nodes": [{"type": "person"}], "edges": []}"#,
                "missing field `id` at line 1 column 29",
            ),
            (
                r#"{"nodes": []}"#,
                "no \"edges\" (or \"links\") array: not a node-link graph",
            ),
            (
                r#"{"nodes": [{"id": "A", "type": "planet"}], "edges": []}"#,
                "unknown variant `planet`, expected one of `person`, `organization`, \
                 `country`, `group`, `location` at line 1 column 39",
            ),
            (
                r#"{"nodes": [{"id": "A", "type": "person"}, {"id": "A", "type": "person"}],
                    "edges": []}"#,
                "two nodes have the id \"A\"",
            ),
            (
                r#"{"nodes": [{"id": "A", "type": "person"}],
                    "edges": [{"source": "A", "target": "Z", "relation": "meets"}]}"#,
                "edge 0 names \"Z\", which is not a node",
            ),
            (
                r#"{"nodes": [{"id": "A", "type": "person"}],
                    "edges": [{"source": "A", "target": "A", "relation": "loves"}]}"#,
                "unknown variant `loves`, expected one of `meets`, `backs`, `opposes`, \
                 `affiliated_with` at line 2 column 80",
            ),
        ];
        for (text, reason) in rows {
            let e = from_str(text).unwrap_err();
            assert_eq!(e.to_string(), format!("<json>: {reason}"), "input {text}");
        }
    }
}
