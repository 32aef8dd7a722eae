//! Python reads what we write: NetworkX loads graph.json with `nx.node_link_graph(data)` and
//! no options; NetworkX and python-igraph load graph.graphml; NetworkX loads graph.gexf; and
//! Python's csv module reads the Neo4j files as neo4j-admin reads them (no Neo4j here).
//! Every script runs with warnings as errors.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::Path;

use actorgraph::ActorGraph;
use actorgraph::export;
use serde_json::{Value, json};

use crate::common::assert_contains;
use crate::python;
use crate::samples::{self, TRICKY, assert_same_graph, expected, sorted};

crate::checks! {
    networkx_loads_json_with_no_options: NetworkX;
    graphml_loads_in_networkx_and_igraph: NetworkX, Igraph;
    gexf_loads_in_networkx_with_dates_as_spells: NetworkX;
    neo4j_csv_parses_as_neo4j_admin_reads_it: Python;
}

// ---- JSON -----------------------------------------------------------------------------------

/// NetworkX's view of a graph.json: what it loaded, and the key of every edge.
const JSON_SCRIPT: &str = r#"
import json, sys
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
G = nx.node_link_graph(data)
print(json.dumps({
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "nodes": [[n, d["type"], d["mentions"], d["aliases"]] for n, d in G.nodes(data=True)],
    "edges": [[u, v, d["relation"], d["weight"], len(d["evidence"]), d.get("former", False), d["class"]]
              for u, v, d in G.edges(data=True)],
    "keys": [[u, v, k] for u, v, k in G.edges(keys=True)],
}))
"#;

/// NetworkX loads graph.json as the directed multigraph it is; returns the keys it gave the
/// edges of each (source, target) pair.
fn check_json(graph: &ActorGraph, dir: &Path) -> BTreeMap<(String, String), Vec<u64>> {
    let seen = python(JSON_SCRIPT, &dir.join("graph.json"));
    assert_eq!(seen["directed"], true);
    assert_eq!(seen["multigraph"], true);
    let (nodes, edges) = expected(graph);
    assert_eq!(sorted(&seen["nodes"]), nodes);
    assert_eq!(sorted(&seen["edges"]), edges);
    let mut keys: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
    for key in seen["keys"].as_array().unwrap() {
        let pair = (
            key[0].as_str().unwrap().into(),
            key[1].as_str().unwrap().into(),
        );
        keys.entry(pair).or_default().push(key[2].as_u64().unwrap());
    }
    for (pair, list) in &mut keys {
        list.sort();
        let expected: Vec<u64> = (0..list.len() as u64).collect();
        assert_eq!(*list, expected, "keys of the edges {pair:?}");
    }
    keys
}

fn networkx_loads_json_with_no_options() {
    let dir = tempfile::tempdir().unwrap();
    let graph = samples::tricky_graph();
    export::by_name("json")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let keys = check_json(&graph, dir.path());
    // The parallel edges of one ordered pair got keys 0 and 1.
    let pair = (TRICKY[0].0.to_string(), TRICKY[1].0.to_string());
    assert_eq!(keys[&pair], [0, 1]);
    let seed = tempfile::tempdir().unwrap();
    let graph = samples::seed(seed.path(), "json");
    check_json(&graph, seed.path());
    let former = tempfile::tempdir().unwrap();
    let graph = samples::former(former.path(), "json");
    check_json(&graph, former.path());
}

// ---- GraphML --------------------------------------------------------------------------------

const GRAPHML_SCRIPT: &str = r#"
import json, math, sys
import networkx as nx
import igraph as ig
path = sys.argv[1]
G = nx.read_graphml(path)
g = ig.Graph.Read_GraphML(path)
def ident(v):
    # igraph (libxml2) hands back `&` in an id attribute as `&#38;`
    return v["id"].replace("&#38;", "&")
def goldstein(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x
print(json.dumps({
    "networkx": {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": {k: G.graph[k] for k in ("generator",)},
        "documents": len(json.loads(G.graph["documents"])),
        "nodes": [[n, d["type"], d["mentions"], json.loads(d["aliases"])] for n, d in G.nodes(data=True)],
        "edges": [[u, v, d["relation"], d["weight"], len(json.loads(d["evidence"])), d["former"], d["class"]]
                  for u, v, d in G.edges(data=True)],
        "labels": sorted(set(d["label"] for u, v, d in G.edges(data=True))),
        "keys": [k for u, v, k in G.edges(keys=True)] if G.is_multigraph() else [],
        "types": sorted(set(type(d[k]).__name__ + " " + k for u, v, d in G.edges(data=True)
                            for k in ("weight", "symmetric", "weak", "former", "goldstein") if k in d)),
    },
    "igraph": {
        "directed": g.is_directed(),
        "nodes": [[ident(v), v["type"], int(v["mentions"]), json.loads(v["aliases"])] for v in g.vs],
        "edges": [[ident(g.vs[e.source]), ident(g.vs[e.target]), e["relation"], int(e["weight"]),
                   len(json.loads(e["evidence"])), e["former"], e["class"]] for e in g.es],
        "ids": [[ident(v), v["label"]] for v in g.vs],
        "labels": sorted(set(e["label"] for e in g.es)),
        "goldstein": sorted(str(goldstein(e["goldstein"])) for e in g.es),
        "symmetric": sorted(e["symmetric"] for e in g.es),
    },
}))
"#;

pub fn check_graphml(graph: &ActorGraph, dir: &Path) {
    let path = dir.join("graph.graphml");
    let seen = python(GRAPHML_SCRIPT, &path);
    let (nodes, edges) = expected(graph);
    for tool in ["networkx", "igraph"] {
        assert_eq!(seen[tool]["directed"], true, "{tool}");
        assert_eq!(sorted(&seen[tool]["nodes"]), nodes, "{tool} nodes");
        assert_eq!(sorted(&seen[tool]["edges"]), edges, "{tool} edges");
        let labels: BTreeSet<&str> = graph.edges().map(|(_, _, r)| r.relation.as_str()).collect();
        assert_eq!(
            seen[tool]["labels"],
            json!(labels),
            "{tool}: edge label = relation"
        );
    }
    let nx = &seen["networkx"];
    assert_eq!(nx["graph"]["generator"], export::json::GENERATOR);
    assert_eq!(nx["documents"], graph.documents().len());
    // Typed keys come back typed.
    if graph.edges().any(|(_, _, r)| r.goldstein.is_some()) {
        assert_eq!(
            nx["types"],
            json!([
                "bool former",
                "bool symmetric",
                "bool weak",
                "float goldstein",
                "int weight"
            ])
        );
    }
    // Parallel edges: NetworkX keeps them apart by their unique ids.
    let parallel = {
        let mut pairs = HashSet::new();
        graph
            .edges()
            .any(|(s, t, _)| !pairs.insert((s.id.clone(), t.id.clone())))
    };
    assert_eq!(nx["multigraph"], parallel);
    if parallel {
        let keys = nx["keys"].as_array().unwrap();
        let unique: HashSet<_> = keys.iter().map(|k| k.to_string()).collect();
        assert_eq!(unique.len(), graph.edge_count());
    }
    let ig = &seen["igraph"];
    // igraph (libxml2) hands back `&` in an id attribute as `&#38;` (the script turns it
    // back); each node's `label` data is the actor's display name, which differs from its
    // id for an article's bare group ("police #1a2b3c4d" labelled "police").
    let labels: HashMap<&str, String> = graph
        .actors()
        .map(|a| (a.id.as_str(), a.label().to_string()))
        .collect();
    for pair in ig["ids"].as_array().unwrap() {
        let (id, label) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        assert_eq!(
            labels.get(id).map(String::as_str),
            Some(label),
            "igraph label of {id}"
        );
    }
    let mut goldstein: Vec<String> = graph
        .edges()
        .map(|(_, _, r)| match r.goldstein {
            // Written as the shortest text that reads back as the same f32.
            Some(g) => format!("{:?}", g.to_string().parse::<f64>().unwrap()),
            None => "None".to_string(),
        })
        .collect();
    goldstein.sort();
    assert_eq!(
        ig["goldstein"],
        json!(goldstein),
        "absent goldstein is NaN in igraph"
    );
    // Read back by our own reader: every attribute.
    assert_same_graph(
        &export::by_name("graphml").unwrap().read(&path).unwrap(),
        graph,
    );
}

fn graphml_loads_in_networkx_and_igraph() {
    for (graph, dir) in samples::analyst_seed_and_former(export::by_name("graphml").unwrap()) {
        check_graphml(&graph, dir.path());
    }
}

// ---- GEXF -----------------------------------------------------------------------------------

const GEXF_SCRIPT: &str = r#"
import json, sys
import networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps({
    "directed": G.is_directed(),
    "mode": G.graph.get("mode"),
    "nodes": [[n, d["type"], d["mentions"], json.loads(d["aliases"])] for n, d in G.nodes(data=True)],
    "edges": [[u, v, d["relation"], int(d["weight"]), len(json.loads(d["evidence"])), d["former"], d["class"]]
              for u, v, d in G.edges(data=True)],
    "labels": sorted([u, v, d["label"], d.get("spells")] for u, v, d in G.edges(data=True)),
    "node_spells": sorted([n, d.get("spells")] for n, d in G.nodes(data=True) if d.get("spells")),
    "node_labels": sorted(d["label"] for n, d in G.nodes(data=True)),
}))
"#;

pub fn check_gexf(graph: &ActorGraph, dir: &Path) {
    let path = dir.join("graph.gexf");
    let seen = python(GEXF_SCRIPT, &path);
    let (nodes, edges) = expected(graph);
    assert_eq!(seen["directed"], true);
    assert_eq!(sorted(&seen["nodes"]), nodes);
    assert_eq!(sorted(&seen["edges"]), edges);
    let spells = |dates: &actorgraph::Dates| -> Value {
        if dates.is_empty() {
            Value::Null
        } else {
            dates
                .spans()
                .iter()
                .map(|(a, b)| json!([a.to_string(), b.to_string()]))
                .collect()
        }
    };
    let dated = graph.edges().any(|(_, _, r)| !r.dates.is_empty());
    let mut labels: Vec<Value> = graph
        .edges()
        .map(|(s, t, r)| json!([s.id, t.id, r.relation.as_str(), spells(&r.dates)]))
        .collect();
    labels.sort_by(|a, b| {
        // Python sorts None first among equal prefixes; compare as Python would.
        a.to_string().cmp(&b.to_string())
    });
    let mut seen_labels = seen["labels"].as_array().unwrap().clone();
    seen_labels.sort_by_key(|v| v.to_string());
    assert_eq!(
        seen_labels, labels,
        "label = relation, spells = the runs of days the relation was stated"
    );
    let mut node_spells: Vec<Value> = graph
        .actors()
        .filter(|a| !a.dates.is_empty())
        .map(|a| json!([a.id, spells(&a.dates)]))
        .collect();
    node_spells.sort_by_key(|v| v.to_string());
    let mut seen_nodes = seen["node_spells"].as_array().unwrap().clone();
    seen_nodes.sort_by_key(|v| v.to_string());
    assert_eq!(
        seen_nodes, node_spells,
        "actors have the spells of their mentions"
    );
    assert_eq!(seen["mode"], if !dated { "static" } else { "dynamic" });
    let again = export::by_name("gexf").unwrap().read(&path).unwrap();
    assert_eq!(again.actor_count(), graph.actor_count());
    for ((s1, t1, r1), (s2, t2, r2)) in again.edges().zip(graph.edges()) {
        assert_eq!((&s1.id, &t1.id, r1), (&s2.id, &t2.id, r2));
    }
}

fn gexf_loads_in_networkx_with_dates_as_spells() {
    let [analyst, seed, former] =
        samples::analyst_seed_and_former(export::by_name("gexf").unwrap());
    for (graph, dir) in [&analyst, &seed, &former] {
        check_gexf(graph, dir.path());
    }
    let text = fs::read_to_string(analyst.1.path().join("graph.gexf")).unwrap();
    assert!(
        text.contains(r#"<spell start="2014-07-22" end="2014-07-22"/>"#),
        "dated edges have spells"
    );
}

// ---- Neo4j ----------------------------------------------------------------------------------

/// Python's csv module reads the files as neo4j-admin does: header with types, arrays split
/// on the delimiter given by --array-delimiter=U+001F.
const NEO4J_SCRIPT: &str = r#"
import csv, json, os, sys
folder = sys.argv[1]
def rows(name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))
def arr(v):
    return v.split("\x1f") if v else []
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
nh, rh = nodes[0], rels[0]
N = [dict(zip(nh, r)) for r in nodes[1:]]
R = [dict(zip(rh, r)) for r in rels[1:]]
print(json.dumps({
    "node_header": nh,
    "relationship_header": rh,
    "nodes": [[n["id:ID"], n["type"], int(n["mentions:int"]), arr(n["aliases:string[]"])] for n in N],
    "labels": sorted(set(n[":LABEL"] for n in N)),
    "edges": [[r[":START_ID"], r[":END_ID"], r["relation"], int(r["weight:int"]),
               len(arr(r["evidence_texts:string[]"])), r["former:boolean"] == "true", r["class"]] for r in R],
    "types": sorted(set(r[":TYPE"] for r in R)),
    "texts": [arr(r["evidence_texts:string[]"]) for r in R],
    "dates": [r["first_date:date"] for r in R],
    "days": [[r["last_date:date"], arr(r["dates:date[]"]), [int(n) for n in arr(r["date_counts:int[]"])]] for r in R],
    "widths": sorted(set(len(r) for r in nodes[1:])) + sorted(set(len(r) for r in rels[1:])),
}))
"#;

/// Python's csv module reads the Neo4j files of `graph` in `dir` as neo4j-admin does: every
/// row as wide as its header, every actor and edge, every evidence sentence whole (with its
/// semicolons, quotes and line breaks). Returns what it read.
pub fn check_neo4j(graph: &ActorGraph, dir: &Path) -> Value {
    let folder = dir.join(export::by_name("neo4j").unwrap().file_name);
    let seen = python(NEO4J_SCRIPT, &folder);
    assert_eq!(seen["node_header"], json!(export::neo4j::NODE_HEADER));
    assert_eq!(
        seen["relationship_header"],
        json!(export::neo4j::RELATIONSHIP_HEADER)
    );
    let (nodes, edges) = expected(graph);
    assert_eq!(sorted(&seen["nodes"]), nodes);
    assert_eq!(sorted(&seen["edges"]), edges);
    assert_eq!(
        seen["widths"],
        json!([13, 23]),
        "every row has the header's width"
    );
    let texts: Vec<&str> = graph
        .edges()
        .flat_map(|(_, _, r)| r.evidence.iter().map(|e| e.text.as_str()))
        .collect();
    let seen_texts: Vec<&str> = seen["texts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t.as_array().unwrap().iter())
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(seen_texts, texts);
    let days: Vec<Value> = graph
        .edges()
        .map(|(_, _, r)| {
            json!([
                r.last_date().map_or(String::new(), |d| d.to_string()),
                r.dates
                    .iter()
                    .map(|(d, _)| d.to_string())
                    .collect::<Vec<_>>(),
                r.dates.iter().map(|(_, n)| n).collect::<Vec<_>>(),
            ])
        })
        .collect();
    assert_eq!(
        seen["days"],
        json!(days),
        "last date and statements per day"
    );
    let again = export::by_name("neo4j").unwrap().read(&folder).unwrap();
    assert_eq!(again.edge_count(), graph.edge_count());
    for ((s1, t1, r1), (s2, t2, r2)) in again.edges().zip(graph.edges()) {
        assert_eq!((&s1.id, &t1.id, r1), (&s2.id, &t2.id, r2));
    }
    seen
}

fn neo4j_csv_parses_as_neo4j_admin_reads_it() {
    let [analyst, seed, former] =
        samples::analyst_seed_and_former(export::by_name("neo4j").unwrap());
    check_neo4j(&seed.0, seed.1.path());
    check_neo4j(&former.0, former.1.path());
    let (graph, dir) = analyst;
    let seen = check_neo4j(&graph, dir.path());
    // The sample has what could break the files.
    assert_eq!(
        seen["types"],
        json!(["AFFILIATED_WITH", "BACKS", "MEETS", "OPPOSES"])
    );
    assert!(
        seen["labels"]
            .as_array()
            .unwrap()
            .contains(&json!("Actor\u{1F}Person"))
    );
    assert!(
        graph
            .edges()
            .any(|(_, _, r)| r.evidence.iter().any(|e| e.text.contains(';')))
    );
    assert!(
        seen["dates"]
            .as_array()
            .unwrap()
            .contains(&json!("2014-07-22"))
    );
    let script = fs::read_to_string(dir.path().join("neo4j/import.cypher")).unwrap();
    assert_contains(
        &script,
        &[
            "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
            "MERGE (a:Actor {id: row.`id:ID`})",
            "MERGE (s)-[r:OPPOSES {symmetric: toBoolean(row.`symmetric:boolean`), class: row.class}]->(t)",
            "--array-delimiter=U+001F --multiline-fields=true",
        ],
    );
}
