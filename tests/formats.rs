//! The real consumers of the analyst formats: NetworkX and python-igraph read graph.graphml,
//! NetworkX reads graph.gexf, Cytoscape.js loads graph.cytoscape.json, Python's csv module
//! reads the Neo4j files, and Debian's Chromium opens graph.html and is used as a person
//! would (click, read the evidence, filter, drag, zoom), with screenshots.
//!
//! These tests FAIL when a consumer is missing, so a green run means each was exercised. On
//! a machine without them, set `ACTORGRAPH_SKIP_CONSUMERS=1` to skip them. `.ci/run` installs
//! them all: python3 with networkx and igraph, Chromium, and `npm ci` in `tests/js`.
//!
//! A real Neo4j is not available here (no registry of this machine serves it), so the
//! Neo4j files are checked by parsing them as neo4j-admin would read them, not by importing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use actorgraph::export;
use actorgraph::{
    Actor, ActorGraph, ActorType, DocumentGraph, DocumentInfo, Evidence, RelationKind, Span,
    Statement,
};
use serde_json::{Value, json};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// False when consumers are to be skipped; panics when one is required but missing.
fn consumers_wanted(what: &str, available: bool) -> bool {
    if std::env::var_os("ACTORGRAPH_SKIP_CONSUMERS").is_some_and(|v| v == "1") {
        eprintln!("ACTORGRAPH_SKIP_CONSUMERS=1: not checking with {what}");
        return false;
    }
    assert!(
        available,
        "{what} is needed for this test: install it (see README, .ci/run) or set \
         ACTORGRAPH_SKIP_CONSUMERS=1 to skip the consumer tests"
    );
    true
}

fn python_has(module: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn js_dir() -> PathBuf {
    Path::new(ROOT).join("tests/js")
}

fn npm_package(name: &str) -> bool {
    js_dir()
        .join("node_modules")
        .join(name)
        .join("package.json")
        .is_file()
        && Command::new("node").arg("--version").output().is_ok()
}

fn chromium() -> String {
    std::env::var("ACTORGRAPH_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string())
}

/// Runs a Python script on a file; returns its JSON output, failing with its stderr.
fn python(script: &str, path: &Path) -> Value {
    let output = Command::new("python3")
        .args(["-W", "error", "-c", script])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "python3 failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Runs a script of tests/js with node; returns its JSON output.
fn node(script: &str, args: &[&str]) -> Value {
    let output = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(js_dir())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "node {script} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "node {script} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// A small graph with everything the formats must carry: every actor type and relation,
/// parallel and opposite edges, symmetric and weak edges, CAMEO codes, merged evidence from
/// dated and undated articles, and names that need escaping in XML, CSV, JSON and HTML.
fn analyst_graph() -> ActorGraph {
    // (id, date, sentences, separator): offsets are those of the joined text.
    let articles: [(&str, Option<&str>, &[&str], &str); 3] = [
        (
            "cairo-talks",
            Some("2014-07-22"),
            &[
                "U.S. Secretary of State John Kerry held talks with Egyptian officials in Cairo.",
                "Kerry praised Egypt's truce plan; Egypt's leader Sissi accused Hamas of \
                 prolonging the war.",
            ],
            " ",
        ),
        (
            "ankara",
            Some("2014-07-24"),
            &[
                "Turkish Prime Minister Recep Tayyip Erdo\u{011F}an called Israel a \"terrorist \
                 state\".",
                "Qatar and Egypt are at odds over Hamas, which Qatar backs.",
            ],
            " ",
        ),
        (
            "undated",
            None,
            &[
                "Kerry met Egyptian President Sissi again.",
                "AT&T <b> \"Q\" & Sons backed Kerry.",
            ],
            "\r\n",
        ),
    ];
    let mut graph = ActorGraph::new();
    let actor = |id: &str, kind, aliases: &[&str], roles: &[&str], mentions| {
        let mut a = Actor::new(id, kind);
        a.aliases = aliases.iter().map(|s| s.to_string()).collect();
        a.roles = roles.iter().map(|s| s.to_string()).collect();
        a.mentions = mentions;
        a
    };
    for (id, date, parts, separator) in articles {
        let text = parts.join(separator);
        let mut sentences = Vec::new();
        let mut start = 0;
        for part in parts {
            sentences.push((start, start + part.len()));
            start += part.len() + separator.len();
        }
        let evidence = |n: usize| {
            let (s, e) = sentences[n];
            Evidence {
                document: id.into(),
                sentence: n,
                start: s,
                end: e,
                text: text[s..e].into(),
            }
        };
        let statement =
            |s: &str, t: &str, relation, trigger: &str, n, cameo: Option<(&str, f32)>| Statement {
                source: s.into(),
                target: t.into(),
                relation,
                symmetric: false,
                trigger: trigger.into(),
                trigger_span: Span::new(0, 1),
                cameo: cameo.map(|c| c.0.to_string()),
                goldstein: cameo.map(|c| c.1),
                weak: false,
                evidence: evidence(n),
            };
        use RelationKind::*;
        let (actors, statements) = match id {
            "cairo-talks" => (
                vec![
                    actor(
                        "John Kerry",
                        ActorType::Person,
                        &["Kerry"],
                        &["Secretary of State"],
                        2,
                    ),
                    actor("United States", ActorType::Country, &["U.S."], &[], 1),
                    actor(
                        "Egypt",
                        ActorType::Country,
                        &["Egyptian", "Egypt's"],
                        &[],
                        2,
                    ),
                    actor("Cairo", ActorType::Location, &[], &[], 1),
                    actor(
                        "Abdel-Fattah el-Sissi",
                        ActorType::Person,
                        &["Sissi", "el-Sissi"],
                        &["leader"],
                        1,
                    ),
                    actor("Hamas", ActorType::Organization, &[], &[], 1),
                ],
                vec![
                    statement(
                        "John Kerry",
                        "Egypt",
                        Meets,
                        "held talks",
                        0,
                        Some(("040", 1.0)),
                    ),
                    statement(
                        "John Kerry",
                        "United States",
                        AffiliatedWith,
                        "Secretary of State",
                        0,
                        None,
                    ),
                    statement(
                        "John Kerry",
                        "Egypt",
                        Backs,
                        "praised",
                        1,
                        Some(("051", 3.4)),
                    ),
                    statement(
                        "Abdel-Fattah el-Sissi",
                        "Egypt",
                        AffiliatedWith,
                        "leader",
                        1,
                        None,
                    ),
                    statement(
                        "Abdel-Fattah el-Sissi",
                        "Hamas",
                        Opposes,
                        "accused",
                        1,
                        Some(("112", -2.0)),
                    ),
                ],
            ),
            "ankara" => {
                let mut odds = statement("Qatar", "Egypt", Opposes, "at odds", 1, None);
                odds.symmetric = true;
                let mut backs = statement("Qatar", "Hamas", Backs, "backs", 1, None);
                backs.weak = true;
                (
                    vec![
                        actor(
                            "Recep Tayyip Erdo\u{011F}an",
                            ActorType::Person,
                            &["Erdogan"],
                            &["Prime Minister"],
                            1,
                        ),
                        actor("Turkey", ActorType::Country, &["Turkish"], &[], 1),
                        actor("Israel", ActorType::Country, &[], &[], 1),
                        actor("Qatar", ActorType::Country, &[], &[], 2),
                        actor("Egypt", ActorType::Country, &[], &[], 1),
                        actor("Hamas", ActorType::Organization, &[], &[], 1),
                        actor("Palestinians", ActorType::Group, &[], &[], 0),
                    ],
                    vec![
                        statement(
                            "Recep Tayyip Erdo\u{011F}an",
                            "Turkey",
                            AffiliatedWith,
                            "Prime Minister",
                            0,
                            None,
                        ),
                        statement(
                            "Recep Tayyip Erdo\u{011F}an",
                            "Israel",
                            Opposes,
                            "called a terrorist state",
                            0,
                            Some(("112", -2.0)),
                        ),
                        odds,
                        backs,
                    ],
                )
            }
            _ => (
                vec![
                    actor("John Kerry", ActorType::Person, &["Kerry"], &[], 2),
                    actor("Egypt", ActorType::Country, &["Egyptian"], &[], 1),
                    actor(
                        "Abdel-Fattah el-Sissi",
                        ActorType::Person,
                        &["Sissi"],
                        &["President"],
                        1,
                    ),
                    actor(
                        "AT&T <b> \"Q\" & Sons",
                        ActorType::Organization,
                        &[],
                        &[],
                        1,
                    ),
                ],
                vec![
                    statement(
                        "John Kerry",
                        "Abdel-Fattah el-Sissi",
                        Meets,
                        "met",
                        0,
                        Some(("040", 1.0)),
                    ),
                    statement("Egypt", "John Kerry", Meets, "met", 0, Some(("040", 1.0))),
                    statement(
                        "AT&T <b> \"Q\" & Sons",
                        "John Kerry",
                        Backs,
                        "backed",
                        1,
                        None,
                    ),
                ],
            ),
        };
        graph.add_document(&DocumentGraph {
            document: Some(DocumentInfo {
                id: id.into(),
                path: format!("news/{id}.txt"),
                date: date.map(str::to_string),
            }),
            actors,
            statements,
        });
    }
    graph
}

/// What every consumer should see, from our own JSON: nodes (id, type, mentions, aliases)
/// and edges (source, target, relation, weight, number of evidence sentences), sorted.
fn expected(graph: &ActorGraph) -> (Vec<Value>, Vec<Value>) {
    let mut nodes: Vec<Value> = graph
        .actors()
        .map(|a| json!([a.id, a.kind.as_str(), a.mentions, a.aliases]))
        .collect();
    let mut edges: Vec<Value> = graph
        .edges()
        .map(|(s, t, r)| json!([s.id, t.id, r.relation.as_str(), r.weight, r.evidence.len()]))
        .collect();
    nodes.sort_by_key(|v| v.to_string());
    edges.sort_by_key(|v| v.to_string());
    (nodes, edges)
}

fn sorted(value: &Value) -> Vec<Value> {
    let mut list = value.as_array().unwrap().clone();
    list.sort_by_key(|v| v.to_string());
    list
}

/// The seed graph, built by the binary in every format.
fn seed_outputs(dir: &Path) -> ActorGraph {
    let output = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args([
            "build",
            "seeds",
            "-q",
            "--format",
            "json,graphml,gexf,cytoscape,neo4j,html",
            "--out",
        ])
        .arg(dir)
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    export::json::read(&dir.join("graph.json")).unwrap()
}

// ---- GraphML --------------------------------------------------------------------------------

const GRAPHML_SCRIPT: &str = r#"
import json, math, sys
import networkx as nx
import igraph as ig
path = sys.argv[1]
G = nx.read_graphml(path)
g = ig.Graph.Read_GraphML(path)
def goldstein(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x
print(json.dumps({
    "networkx": {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": {k: G.graph[k] for k in ("generator",)},
        "documents": len(json.loads(G.graph["documents"])),
        "nodes": [[n, d["type"], d["mentions"], json.loads(d["aliases"])] for n, d in G.nodes(data=True)],
        "edges": [[u, v, d["relation"], d["weight"], len(json.loads(d["evidence"]))]
                  for u, v, d in G.edges(data=True)],
        "labels": sorted(set(d["label"] for u, v, d in G.edges(data=True))),
        "keys": [k for u, v, k in G.edges(keys=True)] if G.is_multigraph() else [],
        "types": sorted(set(type(d[k]).__name__ + " " + k for u, v, d in G.edges(data=True)
                            for k in ("weight", "symmetric", "weak", "goldstein") if k in d)),
    },
    "igraph": {
        "directed": g.is_directed(),
        "nodes": [[v["label"], v["type"], int(v["mentions"]), json.loads(v["aliases"])] for v in g.vs],
        "edges": [[g.vs[e.source]["label"], g.vs[e.target]["label"], e["relation"], int(e["weight"]),
                   len(json.loads(e["evidence"]))] for e in g.es],
        "ids": [[v["id"], v["label"]] for v in g.vs],
        "labels": sorted(set(e["label"] for e in g.es)),
        "goldstein": sorted(str(goldstein(e["goldstein"])) for e in g.es),
        "symmetric": sorted(e["symmetric"] for e in g.es),
    },
}))
"#;

fn check_graphml(graph: &ActorGraph, dir: &Path) {
    let path = dir.join("graph.graphml");
    let seen = python(GRAPHML_SCRIPT, &path);
    let (nodes, edges) = expected(graph);
    for tool in ["networkx", "igraph"] {
        assert_eq!(seen[tool]["directed"], true, "{tool}");
        assert_eq!(sorted(&seen[tool]["nodes"]), nodes, "{tool} nodes");
        assert_eq!(sorted(&seen[tool]["edges"]), edges, "{tool} edges");
        let labels: std::collections::BTreeSet<&str> =
            graph.edges().map(|(_, _, r)| r.relation.as_str()).collect();
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
                "bool symmetric",
                "bool weak",
                "float goldstein",
                "int weight"
            ])
        );
    }
    // Parallel edges: NetworkX keeps them apart by their unique ids.
    let parallel = {
        let mut pairs = std::collections::HashSet::new();
        graph
            .edges()
            .any(|(s, t, _)| !pairs.insert((s.id.clone(), t.id.clone())))
    };
    assert_eq!(nx["multigraph"], parallel);
    if parallel {
        let keys = nx["keys"].as_array().unwrap();
        let unique: std::collections::HashSet<_> = keys.iter().map(|k| k.to_string()).collect();
        assert_eq!(unique.len(), graph.edge_count());
    }
    let ig = &seen["igraph"];
    // igraph (libxml2) hands back `&` in an id attribute as `&#38;`; the `label` data is
    // exact, which is why the comparison above goes by label. Every other id is exact.
    for pair in ig["ids"].as_array().unwrap() {
        let (id, label) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        assert_eq!(id.replace("&#38;", "&"), label);
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
    let again = export::by_name("graphml").unwrap().read(&path).unwrap();
    assert_eq!(
        export::json::to_string(&again),
        export::json::to_string(graph)
    );
}

#[test]
fn graphml_loads_in_networkx_and_igraph() {
    if !consumers_wanted(
        "python3 with networkx and igraph (python3 -m pip install networkx igraph)",
        python_has("networkx") && python_has("igraph"),
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = analyst_graph();
    export::by_name("graphml")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    check_graphml(&graph, dir.path());
    let seed = tempfile::tempdir().unwrap();
    let graph = seed_outputs(seed.path());
    check_graphml(&graph, seed.path());
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
    "edges": [[u, v, d["relation"], int(d["weight"]), len(json.loads(d["evidence"]))]
              for u, v, d in G.edges(data=True)],
    "labels": sorted([u, v, d["label"], d.get("start")] for u, v, d in G.edges(data=True)),
    "node_labels": sorted(d["label"] for n, d in G.nodes(data=True)),
}))
"#;

fn check_gexf(graph: &ActorGraph, dir: &Path) {
    let path = dir.join("graph.gexf");
    let seen = python(GEXF_SCRIPT, &path);
    let (nodes, edges) = expected(graph);
    assert_eq!(seen["directed"], true);
    assert_eq!(sorted(&seen["nodes"]), nodes);
    assert_eq!(sorted(&seen["edges"]), edges);
    let dates: std::collections::HashMap<&str, &str> = graph
        .documents()
        .iter()
        .filter_map(|d| Some((d.id.as_str(), d.date.as_deref()?)))
        .collect();
    let mut labels: Vec<Value> = graph
        .edges()
        .map(|(s, t, r)| {
            let start = r
                .evidence
                .iter()
                .filter_map(|e| dates.get(e.document.as_str()))
                .min();
            json!([s.id, t.id, r.relation.as_str(), start])
        })
        .collect();
    labels.sort_by(|a, b| {
        // Python sorts None first among equal prefixes; compare as Python would.
        a.to_string().cmp(&b.to_string())
    });
    let mut seen_labels = seen["labels"].as_array().unwrap().clone();
    seen_labels.sort_by_key(|v| v.to_string());
    assert_eq!(
        seen_labels, labels,
        "label = relation, start = first dated statement"
    );
    assert_eq!(
        seen["mode"],
        if dates.is_empty() {
            "static"
        } else {
            "dynamic"
        }
    );
    let again = export::by_name("gexf").unwrap().read(&path).unwrap();
    assert_eq!(again.actor_count(), graph.actor_count());
    for ((s1, t1, r1), (s2, t2, r2)) in again.edges().zip(graph.edges()) {
        assert_eq!((&s1.id, &t1.id, r1), (&s2.id, &t2.id, r2));
    }
}

#[test]
fn gexf_loads_in_networkx_with_dates_as_start() {
    if !consumers_wanted(
        "python3 with networkx (python3 -m pip install networkx)",
        python_has("networkx"),
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = analyst_graph();
    export::by_name("gexf")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    check_gexf(&graph, dir.path());
    let text = fs::read_to_string(dir.path().join("graph.gexf")).unwrap();
    assert!(
        text.contains(r#"start="2014-07-22""#),
        "dated edges have a start"
    );
    let seed = tempfile::tempdir().unwrap();
    let graph = seed_outputs(seed.path());
    check_gexf(&graph, seed.path());
}

// ---- Cytoscape.js ---------------------------------------------------------------------------

fn check_cytoscape(graph: &ActorGraph, dir: &Path) {
    let path = dir.join("graph.cytoscape.json");
    let seen = node("cytoscape_check.mjs", &[path.to_str().unwrap()]);
    let (nodes, _) = expected(graph);
    let with_classes = |list: Vec<Value>, classes: &dyn Fn(&Value) -> Value| -> Vec<Value> {
        let mut list: Vec<Value> = list
            .into_iter()
            .map(|mut v| {
                let c = classes(&v);
                v.as_array_mut().unwrap().push(c);
                v
            })
            .collect();
        list.sort_by_key(|v| v.to_string());
        list
    };
    let nodes = with_classes(nodes, &|v| json!([v[1]]));
    // each edge with its classes, built directly: two edges may share source, target and
    // relation (a symmetric and a directed one)
    let mut edges: Vec<Value> = graph
        .edges()
        .map(|(s, t, r)| {
            let mut c = vec![r.relation.as_str()];
            if r.symmetric {
                c.push("symmetric");
            }
            if r.weak {
                c.push("weak");
            }
            json!([
                s.id,
                t.id,
                r.relation.as_str(),
                r.weight,
                r.evidence.len(),
                c
            ])
        })
        .collect();
    edges.sort_by_key(|v| v.to_string());
    assert_eq!(sorted(&seen["nodes"]), nodes);
    assert_eq!(sorted(&seen["edges"]), edges);
    assert_eq!(seen["found"], true);
    assert_eq!(seen["documents"], graph.documents().len());
    for relation in ["meets", "backs", "opposes", "affiliated_with"] {
        let n = graph
            .edges()
            .filter(|(_, _, r)| r.relation.as_str() == relation)
            .count();
        assert_eq!(seen["byRelation"][relation], n, "edge.{relation}");
    }
    let again = export::by_name("cytoscape").unwrap().read(&path).unwrap();
    assert_eq!(
        export::json::to_string(&again),
        export::json::to_string(graph)
    );
}

#[test]
fn cytoscape_loads_in_cytoscape_js() {
    if !consumers_wanted(
        "node with tests/js/node_modules (cd tests/js && npm ci)",
        npm_package("cytoscape"),
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = analyst_graph();
    export::by_name("cytoscape")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    check_cytoscape(&graph, dir.path());
    let seed = tempfile::tempdir().unwrap();
    let graph = seed_outputs(seed.path());
    check_cytoscape(&graph, seed.path());
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
               len(arr(r["evidence_texts:string[]"]))] for r in R],
    "types": sorted(set(r[":TYPE"] for r in R)),
    "texts": [arr(r["evidence_texts:string[]"]) for r in R],
    "dates": [r["first_date:date"] for r in R],
    "widths": sorted(set(len(r) for r in nodes[1:])) + sorted(set(len(r) for r in rels[1:])),
}))
"#;

#[test]
fn neo4j_csv_parses_as_neo4j_admin_reads_it() {
    if !consumers_wanted(
        "python3",
        Command::new("python3").arg("-V").output().is_ok(),
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = analyst_graph();
    let folder = export::by_name("neo4j")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let seen = python(NEO4J_SCRIPT, &folder);
    assert_eq!(seen["node_header"], json!(export::neo4j::NODE_HEADER));
    assert_eq!(
        seen["relationship_header"],
        json!(export::neo4j::RELATIONSHIP_HEADER)
    );
    let (nodes, edges) = expected(&graph);
    assert_eq!(sorted(&seen["nodes"]), nodes);
    assert_eq!(sorted(&seen["edges"]), edges);
    assert_eq!(
        seen["widths"],
        json!([7, 17]),
        "every row has the header's width"
    );
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
    // Sentences with semicolons, quotes and CRLF come back whole.
    let texts: Vec<String> = graph
        .edges()
        .flat_map(|(_, _, r)| r.evidence.iter().map(|e| e.text.clone()))
        .collect();
    let seen_texts: Vec<String> = seen["texts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t.as_array().unwrap().iter())
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    assert_eq!(seen_texts, texts);
    assert!(texts.iter().any(|t| t.contains(';')));
    assert!(
        seen["dates"]
            .as_array()
            .unwrap()
            .contains(&json!("2014-07-22"))
    );
    let script = fs::read_to_string(folder.join("import.cypher")).unwrap();
    for needle in [
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
        "MERGE (a:Actor {id: row.`id:ID`})",
        "MERGE (s)-[r:OPPOSES {symmetric: toBoolean(row.`symmetric:boolean`)}]->(t)",
        "--array-delimiter=U+001F --multiline-fields=true",
    ] {
        assert!(script.contains(needle), "import.cypher lacks {needle}");
    }
    let again = export::by_name("neo4j").unwrap().read(&folder).unwrap();
    assert_eq!(again.edge_count(), graph.edge_count());
}

// ---- HTML in Chromium -----------------------------------------------------------------------

fn html_wanted() -> bool {
    consumers_wanted(
        "Chromium (apt-get install chromium) and playwright-core in tests/js (cd tests/js && \
         npm ci)",
        npm_package("playwright-core") && Path::new(&chromium()).exists(),
    )
}

/// Opens `page` in Chromium; screenshots go to target/tmp/<name>-*.png.
fn browse(
    page: &Path,
    name: &str,
    actor: &str,
    edge: usize,
    relation: &str,
    search: &str,
) -> Value {
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    node(
        "html_check.mjs",
        &[
            page.to_str().unwrap(),
            shots.to_str().unwrap(),
            actor,
            &edge.to_string(),
            relation,
            search,
        ],
    )
}

#[test]
fn html_view_works_in_headless_chromium() {
    if !html_wanted() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = analyst_graph();
    let page = export::by_name("html")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    // Edge 2: Kerry backs Egypt, "praised", with the sentence that says so.
    let (s, t, r) = graph.edges().nth(2).unwrap();
    assert_eq!(
        (s.id.as_str(), r.relation, t.id.as_str()),
        ("John Kerry", RelationKind::Backs, "Egypt")
    );
    let seen = browse(
        &page,
        "analyst",
        "Abdel-Fattah el-Sissi",
        2,
        "opposes",
        "erdogan",
    );
    assert_eq!(seen["requests"], json!([]), "the page asked the network");
    assert_eq!(seen["errors"], json!([]), "script errors");
    let initial = &seen["initial"];
    assert_eq!(initial["actors"], graph.actor_count());
    assert_eq!(initial["relations"], graph.edge_count());
    assert_eq!(initial["title"], "Actor graph: 12 actors, 11 relations");
    // Clicking an actor shows it and its relations.
    assert_eq!(seen["nodeHeading"], "Abdel-Fattah el-Sissi");
    let details = seen["afterNodeClick"]["details"].as_str().unwrap();
    for needle in [
        "aliases\nSissi, el-Sissi",
        "roles\nPresident, leader",
        "\u{2192} opposes \u{2192} Hamas",
        "\u{2014} meets \u{2014} John Kerry",
    ] {
        assert!(details.contains(needle), "{needle:?} not in {details}");
    }
    // Clicking an edge shows its evidence sentence.
    assert_eq!(
        seen["afterEdgeClick"]["selection"],
        json!({"kind": "edge", "id": 2})
    );
    let evidence = seen["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 1);
    assert!(
        evidence[0]
            .as_str()
            .unwrap()
            .starts_with("Kerry praised Egypt's truce plan; Egypt's leader Sissi accused Hamas"),
        "{evidence:?}"
    );
    assert!(
        evidence[0]
            .as_str()
            .unwrap()
            .contains("cairo-talks (2014-07-22), sentence 2")
    );
    // Dragging moves the actor with the mouse: 120 px right, 60 px down at the zoom.
    let drag = &seen["drag"];
    let zoom = drag["zoom"].as_f64().unwrap();
    let dx = drag["during"]["x"].as_f64().unwrap() - drag["before"]["x"].as_f64().unwrap();
    let dy = drag["during"]["y"].as_f64().unwrap() - drag["before"]["y"].as_f64().unwrap();
    assert!(
        (dx * zoom - 120.0).abs() < 2.0 && (dy * zoom - 60.0).abs() < 2.0,
        "{drag}"
    );
    // The wheel zooms in.
    assert!(seen["zoom"]["after"].as_f64() > seen["zoom"]["before"].as_f64());
    // Filtering out `opposes` hides exactly those edges, and brings them back.
    let opposes = graph
        .edges()
        .filter(|(_, _, r)| r.relation == RelationKind::Opposes)
        .count();
    assert_eq!(opposes, 3);
    assert_eq!(
        seen["afterFilter"]["relations"],
        graph.edge_count() - opposes
    );
    assert_eq!(seen["afterUnfilter"]["relations"], graph.edge_count());
    // Typing an alias, in lower case, finds the actor.
    assert_eq!(
        seen["afterSearch"]["selection"],
        json!({"kind": "node", "id": "Recep Tayyip Erdo\u{011F}an"})
    );
    // The page can be read back.
    let again = export::by_name("html").unwrap().read(&page).unwrap();
    assert_eq!(
        export::json::to_string(&again),
        export::json::to_string(&graph)
    );
}

#[test]
fn html_view_of_a_large_graph_opens_readable() {
    if !html_wanted() {
        return;
    }
    // 1,600 pairs of actors with one statement each, and 10 pairs with three.
    let mut graph = ActorGraph::new();
    let evidence = Evidence {
        document: "d".into(),
        sentence: 0,
        start: 0,
        end: 1,
        text: "x".into(),
    };
    for i in 0..1610 {
        let (a, b) = (format!("A{i}"), format!("B{i}"));
        graph.add_actor(&Actor::new(a.as_str(), ActorType::Person));
        graph.add_actor(&Actor::new(b.as_str(), ActorType::Country));
        let relation = actorgraph::Relation {
            relation: RelationKind::AffiliatedWith,
            symmetric: false,
            trigger: "t".into(),
            triggers: vec!["t".into()],
            cameo: None,
            goldstein: None,
            weak: false,
            weight: if i < 10 { 3 } else { 1 },
            evidence: vec![evidence.clone()],
        };
        graph.add_relation(&a, &b, &relation);
    }
    let dir = tempfile::tempdir().unwrap();
    let page = export::by_name("html")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("large");
    let seen = node(
        "html_check.mjs",
        &[page.to_str().unwrap(), shots.to_str().unwrap()],
    );
    assert_eq!(seen["errors"], json!([]));
    let initial = &seen["initial"];
    assert_eq!(
        initial["minWeight"], 2,
        "raised until at most 1,500 actors show"
    );
    assert_eq!(initial["actors"], 20);
    assert_eq!(initial["relations"], 10);
    assert_eq!(
        initial["note"],
        "min. weight raised to 2 to keep the first view readable; lower it to see every relation"
    );
}

#[test]
fn html_view_of_the_seed_in_headless_chromium() {
    if !html_wanted() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = seed_outputs(dir.path());
    let (s, _, _) = graph.edges().next().expect("the seed has edges");
    let seen = browse(
        &dir.path().join("graph.html"),
        "seed",
        &s.id,
        0,
        "affiliated_with",
        "",
    );
    assert_eq!(seen["requests"], json!([]));
    assert_eq!(seen["errors"], json!([]));
    assert_eq!(seen["initial"]["actors"], graph.actor_count());
    assert_eq!(seen["initial"]["relations"], graph.edge_count());
    assert_eq!(seen["nodeHeading"], s.label.as_str());
    let (_, _, first) = graph.edges().next().unwrap();
    let evidence = seen["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), first.evidence.len());
    assert!(
        evidence[0]
            .as_str()
            .unwrap()
            .starts_with(first.evidence[0].text.trim())
    );
}

// ---- the whole BBC corpus -------------------------------------------------------------------

/// Every format of the whole BBC corpus (../shared/data/news/bbc, about 2,200 articles, never
/// copied into the project) loads in its consumer. Ignored by a plain `cargo test` (it
/// builds the corpus, best with the optimized binary); `.ci/run` runs it with
/// `cargo test --release --test formats -- --ignored`.
#[test]
#[ignore = "builds the BBC corpus: cargo test --release --test formats -- --ignored"]
fn bbc_corpus_formats_load_in_their_consumers() {
    let bbc = Path::new(ROOT).join("../shared/data/news/bbc");
    assert!(
        bbc.is_dir(),
        "{} is missing: this test reads the BBC corpus from ../shared",
        bbc.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args([
            "build",
            "-q",
            "--format",
            "json,graphml,gexf,cytoscape,neo4j,html",
            "--out",
        ])
        .arg(dir.path())
        .arg(&bbc)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    eprintln!(
        "BBC corpus built in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let graph = export::json::read(&dir.path().join("graph.json")).unwrap();
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
    let skip = std::env::var_os("ACTORGRAPH_SKIP_CONSUMERS").is_some_and(|v| v == "1");
    if !skip {
        check_graphml(&graph, dir.path());
        check_gexf(&graph, dir.path());
        check_cytoscape(&graph, dir.path());
        let seen = python(NEO4J_SCRIPT, &dir.path().join("neo4j"));
        let (nodes, edges) = expected(&graph);
        assert_eq!(sorted(&seen["nodes"]), nodes);
        assert_eq!(sorted(&seen["edges"]), edges);
    }
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
    if skip || !html_wanted() {
        return;
    }
    // The page in Chromium: the heaviest edge and its source.
    let (index, (s, _, r)) = graph
        .edges()
        .enumerate()
        .max_by_key(|(i, (_, _, r))| (r.weight, std::cmp::Reverse(*i)))
        .expect("the corpus has edges");
    let seen = browse(
        &dir.path().join("graph.html"),
        "bbc",
        &s.id,
        index,
        r.relation.as_str(),
        "",
    );
    assert_eq!(seen["requests"], json!([]));
    assert_eq!(seen["errors"], json!([]));
    assert!(seen["initial"]["actors"].as_u64().unwrap() <= export::html::FIRST_VIEW_ACTORS as u64);
    assert_eq!(seen["nodeHeading"], s.label.as_str());
    assert_eq!(seen["evidence"].as_array().unwrap().len(), r.evidence.len());
}
