//! The real consumers of the output: Graphviz `dot` renders graph.dot, NetworkX loads
//! graph.json with `nx.node_link_graph(data)` and no options.
//!
//! These tests FAIL when `dot` or python3 with networkx is missing, so a green run means the
//! consumers were really exercised. On a machine without them, set
//! `ACTORGRAPH_SKIP_CONSUMERS=1` to skip them (CI installs both: see `.ci/run`).

use std::fs;
use std::path::Path;
use std::process::Command;

use actorgraph::export;
use actorgraph::{
    Actor, ActorGraph, ActorType, DocumentGraph, DocumentInfo, Evidence, RelationKind, Span,
    Statement,
};
use serde_json::Value;

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

fn dot_wanted() -> bool {
    let available = Command::new("dot").arg("-V").output().is_ok();
    consumers_wanted("Graphviz `dot` (apt-get install graphviz)", available)
}

fn networkx_wanted() -> bool {
    let available = Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    consumers_wanted(
        "python3 with networkx (python3 -m pip install networkx)",
        available,
    )
}

/// Names that DOT must quote and escape, and that must come out as written.
const TRICKY: [(&str, ActorType); 9] = [
    ("Recep Tayyip Erdo\u{011F}an", ActorType::Person),
    ("Seamus O\"Brien", ActorType::Person),
    ("C:\\path", ActorType::Organization),
    ("trailing\\", ActorType::Organization),
    ("two\nlines", ActorType::Group),
    ("AT&T <b>&lt;", ActorType::Organization),
    ("\\N \\G \\l", ActorType::Group),
    (
        "\u{0627}\u{0644}\u{0642}\u{0627}\u{0647}\u{0631}\u{0629} Cairo",
        ActorType::Location,
    ),
    ("\"Quoted\"", ActorType::Country),
];

/// A graph over the tricky names: a chain of edges of every relation, a symmetric one, and
/// two parallel edges between the same ordered pair.
fn tricky_graph() -> ActorGraph {
    let text = "Erdo\u{011F}an accused O\"Brien of backing C:\\path.";
    let relations = [
        RelationKind::Opposes,
        RelationKind::Backs,
        RelationKind::AffiliatedWith,
        RelationKind::Meets,
    ];
    let mut statements = Vec::new();
    for (i, pair) in TRICKY.windows(2).enumerate() {
        statements.push(Statement {
            source: pair[0].0.to_string(),
            target: pair[1].0.to_string(),
            relation: relations[i % relations.len()],
            symmetric: false,
            trigger: format!("trigger \"{i}\" \\ & more"),
            trigger_span: Span::new(0, 4),
            cameo: None,
            goldstein: None,
            weak: i % 3 == 0,
            evidence: Evidence {
                document: "tricky".into(),
                sentence: 0,
                start: 0,
                end: text.len(),
                text: text.into(),
            },
        });
    }
    // A second, parallel edge between the first two actors.
    let mut parallel = statements[0].clone();
    parallel.relation = RelationKind::Meets;
    statements.push(parallel);
    let doc = DocumentGraph {
        document: Some(DocumentInfo {
            id: "tricky".into(),
            path: "tricky.txt".into(),
            date: None,
        }),
        actors: TRICKY
            .iter()
            .map(|&(name, kind)| {
                let mut actor = Actor::new(name, kind);
                actor.aliases.insert(format!("alias of {name}"));
                actor.mentions = 1;
                actor
            })
            .collect(),
        statements,
    };
    let mut graph = ActorGraph::new();
    graph.add_document(&doc);
    graph
}

/// The seed's graph as the binary writes it.
fn seed_outputs(dir: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["build", "seeds", "--format", "json,dot", "-q", "--out"])
        .arg(dir)
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
}

/// Runs `dot -Tsvg` on a file; returns the SVG, failing on any error or warning.
fn render_svg(path: &Path) -> String {
    let output = Command::new("dot").arg("-Tsvg").arg(path).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot failed: {stderr}");
    assert!(stderr.is_empty(), "dot warned: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// How SVG writes a text: XML-escaped.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn dot_renders_tricky_names_as_written() {
    if !dot_wanted() {
        return;
    }
    let graph = tricky_graph();
    let dir = tempfile::tempdir().unwrap();
    let path = export::by_name("dot")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let svg = render_svg(&path);
    for (name, _) in TRICKY {
        // A name with a line break is drawn as two text lines.
        for line in name.split('\n') {
            let text = format!(">{}</text>", xml(line));
            assert!(
                svg.contains(&text),
                "{name:?} not drawn as written: {text}\n{svg}"
            );
        }
    }
    assert_eq!(svg.matches("class=\"node\"").count(), graph.actor_count());
    // Parallel edges are kept: one drawn edge per graph edge.
    assert_eq!(svg.matches("class=\"edge\"").count(), graph.edge_count());
    assert_eq!(graph.edge_count(), TRICKY.len());
}

#[test]
fn dot_renders_the_seed_graph() {
    if !dot_wanted() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    seed_outputs(dir.path());
    let svg = render_svg(&dir.path().join("graph.dot"));
    let json: Value =
        serde_json::from_slice(&fs::read(dir.path().join("graph.json")).unwrap()).unwrap();
    let nodes = json["nodes"].as_array().unwrap().len();
    let edges = json["edges"].as_array().unwrap().len();
    assert_eq!(svg.matches("class=\"node\"").count(), nodes);
    assert_eq!(svg.matches("class=\"edge\"").count(), edges);
}

#[test]
fn dot_renders_a_large_graph_in_reasonable_time() {
    if !dot_wanted() {
        return;
    }
    // 400 actors, 800 edges: `dot`'s hierarchical layout takes minutes on such a graph; the
    // exporter asks for sfdp, which takes well under a second.
    let mut graph = ActorGraph::new();
    let names: Vec<String> = (0..400).map(|i| format!("Actor {i}")).collect();
    for name in &names {
        graph.add_actor(&Actor::new(name.as_str(), ActorType::Person));
    }
    let mut state: u64 = 7;
    let mut next = |n: usize| {
        // A fixed linear congruential sequence: the same graph every run.
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % n
    };
    for i in 0..800 {
        let (s, t) = (next(names.len()), next(names.len()));
        graph.add_statement(&Statement {
            source: names[s].clone(),
            target: names[t].clone(),
            relation: RelationKind::Opposes,
            symmetric: false,
            trigger: format!("trigger {i}"),
            trigger_span: Span::new(0, 1),
            cameo: None,
            goldstein: None,
            weak: false,
            evidence: Evidence {
                document: "d".into(),
                sentence: i,
                start: 0,
                end: 1,
                text: "x".into(),
            },
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let path = export::by_name("dot")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("graph.svg"))
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dot took over a minute on 400 actors and 800 edges");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let svg = fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    assert_eq!(svg.matches("class=\"node\"").count(), 400);
}

/// Loads a graph.json with NetworkX, no options, warnings as errors; returns what NetworkX
/// sees: directedness, nodes with their type, edges with key, relation and weight.
fn networkx_view(path: &Path) -> Value {
    const SCRIPT: &str = r#"
import json, sys
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
G = nx.node_link_graph(data)
print(json.dumps({
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "nodes": sorted([n, d["type"], d["mentions"], d["aliases"]] for n, d in G.nodes(data=True)),
    "edges": sorted([u, v, k, d["relation"], d["weight"], len(d["evidence"])]
                    for u, v, k, d in G.edges(keys=True, data=True)),
}))
"#;
    let output = Command::new("python3")
        .args(["-W", "error", "-c", SCRIPT])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "NetworkX could not load {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// What NetworkX should see, computed from our own JSON.
fn expected_view(path: &Path) -> Value {
    let data: Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    let nodes: Vec<Value> = data["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| serde_json::json!([n["id"], n["type"], n["mentions"], n["aliases"]]))
        .collect();
    let edges: Vec<Value> = data["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            serde_json::json!([
                e["source"],
                e["target"],
                e["key"],
                e["relation"],
                e["weight"],
                e["evidence"].as_array().unwrap().len()
            ])
        })
        .collect();
    serde_json::json!({"directed": true, "multigraph": true, "nodes": nodes, "edges": edges})
}

/// Both views in one order (Python sorted its lists by its own rules).
fn normalized(mut view: Value) -> Value {
    for field in ["nodes", "edges"] {
        let list = view[field].as_array_mut().unwrap();
        list.sort_by_key(|v| v.to_string());
    }
    view
}

#[test]
fn networkx_loads_the_tricky_graph_with_no_options() {
    if !networkx_wanted() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = export::by_name("json")
        .unwrap()
        .write(&tricky_graph(), dir.path())
        .unwrap();
    let seen = normalized(networkx_view(&path));
    assert_eq!(seen, normalized(expected_view(&path)));
    assert_eq!(seen["nodes"].as_array().unwrap().len(), TRICKY.len());
    assert_eq!(seen["edges"].as_array().unwrap().len(), TRICKY.len());
    // The parallel edges of one ordered pair got keys 0 and 1.
    let keys: Vec<&Value> = seen["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e[0] == TRICKY[0].0 && e[1] == TRICKY[1].0)
        .map(|e| &e[2])
        .collect();
    assert_eq!(keys, [0, 1]);
}

#[test]
fn networkx_loads_the_seed_graph_with_no_options() {
    if !networkx_wanted() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    seed_outputs(dir.path());
    let path = dir.path().join("graph.json");
    assert_eq!(
        normalized(networkx_view(&path)),
        normalized(expected_view(&path))
    );
}
