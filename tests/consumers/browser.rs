//! JavaScript reads what we write: Cytoscape.js (headless, in Node) loads
//! graph.cytoscape.json, and Debian's Chromium, driven by playwright-core, opens graph.html
//! and is used as a person would: click an actor and a relation and read the evidence,
//! filter, drag, zoom, search; screenshots go to `target/tmp/`. The Node scripts and their
//! npm packages are in `tests/js`.

use std::path::Path;

use actorgraph::export;
use actorgraph::{ActorGraph, RelationKind};
use serde_json::{Value, json};

use crate::common::assert_contains;
use crate::node;
use crate::samples::{self, assert_same_graph, expected, sorted};

crate::checks! {
    cytoscape_loads_in_cytoscape_js: CytoscapeJs;
    html_view_works_in_headless_chromium: Chromium;
    html_view_of_a_large_graph_opens_readable: Chromium;
    html_view_of_the_seed_in_headless_chromium: Chromium;
    html_view_names_a_former_membership_in_words: Chromium;
    html_view_hides_the_judgements: Chromium;
}

// ---- Cytoscape.js ---------------------------------------------------------------------------

pub fn check_cytoscape(graph: &ActorGraph, dir: &Path) {
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
            if r.former {
                c.push("former");
            }
            if r.class == actorgraph::TriggerClass::Stance {
                c.push("stance");
            }
            json!([
                s.id,
                t.id,
                r.relation.as_str(),
                r.weight,
                r.evidence.len(),
                r.former,
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
    assert_same_graph(
        &export::by_name("cytoscape").unwrap().read(&path).unwrap(),
        graph,
    );
}

fn cytoscape_loads_in_cytoscape_js() {
    for (graph, dir) in samples::analyst_seed_and_former(export::by_name("cytoscape").unwrap()) {
        check_cytoscape(&graph, dir.path());
    }
}

// ---- HTML in Chromium -----------------------------------------------------------------------

/// Opens `page` in Chromium with tests/js/html_check.mjs, which uses it as `visit` says:
/// `[]` to only look, or `[ACTOR_ID, EDGE_INDEX, RELATION, SEARCH]` to click that actor and
/// that relation, drag, zoom, filter the relation out and back, and search. Returns what it
/// saw; screenshots go to target/tmp/<name>-*.png.
pub fn browse(page: &Path, name: &str, visit: &[&str]) -> Value {
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let args = [page.to_str().unwrap(), shots.to_str().unwrap()];
    node("html_check.mjs", &[&args[..], visit].concat())
}

fn html_view_works_in_headless_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let graph = samples::analyst_graph();
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
    let visit = ["Abdel-Fattah el-Sissi", "2", "opposes", "erdogan"];
    let seen = browse(&page, "analyst", &visit);
    assert_eq!(seen["requests"], json!([]), "the page asked the network");
    assert_eq!(seen["errors"], json!([]), "script errors");
    let initial = &seen["initial"];
    assert_eq!(initial["actors"], graph.actor_count());
    assert_eq!(initial["relations"], graph.edge_count());
    assert_eq!(initial["title"], "Actor graph: 12 actors, 11 relations");
    // Clicking an actor shows it and its relations.
    assert_eq!(seen["nodeHeading"], "Abdel-Fattah el-Sissi");
    let details = seen["afterNodeClick"]["details"].as_str().unwrap();
    assert_contains(
        details,
        &[
            "aliases\nSissi, el-Sissi",
            "roles\nPresident, leader",
            "\u{2192} opposes \u{2192} Hamas",
            "\u{2014} meets \u{2014} John Kerry",
        ],
    );
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
    // The date inputs show the relations stated in the period: on its first day, those
    // with a statement of that day; the whole span shows every relation again.
    let first = graph
        .edges()
        .filter_map(|(_, _, r)| r.first_date())
        .min()
        .unwrap();
    assert_eq!(seen["period"]["first"], first.to_string());
    let on_first_day = graph
        .edges()
        .filter(|(_, _, r)| r.dates.iter().any(|(d, _)| d == first))
        .count();
    assert!(on_first_day > 0 && on_first_day < graph.edge_count());
    assert_eq!(seen["afterPeriod"]["relations"], on_first_day);
    assert_eq!(seen["afterWholePeriod"]["relations"], graph.edge_count());
    // Typing an alias, in lower case, finds the actor.
    assert_eq!(
        seen["afterSearch"]["selection"],
        json!({"kind": "node", "id": "Recep Tayyip Erdo\u{011F}an"})
    );
    // The page can be read back.
    assert_same_graph(
        &export::by_name("html").unwrap().read(&page).unwrap(),
        &graph,
    );
}

fn html_view_of_a_large_graph_opens_readable() {
    // 1,600 pairs of actors with one statement each, and 10 pairs with three.
    let graph = samples::pairs(1610, 10);
    let dir = tempfile::tempdir().unwrap();
    let page = export::by_name("html")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let seen = browse(&page, "large", &[]);
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

fn html_view_of_the_seed_in_headless_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let graph = samples::seed(dir.path(), "json,html");
    let (s, _, _) = graph.edges().next().expect("the seed has edges");
    let visit = [s.id.as_str(), "0", "affiliated_with", ""];
    let seen = browse(&dir.path().join("graph.html"), "seed", &visit);
    assert_eq!(seen["requests"], json!([]));
    assert_eq!(seen["errors"], json!([]));
    assert_eq!(seen["initial"]["actors"], graph.actor_count());
    assert_eq!(seen["initial"]["relations"], graph.edge_count());
    assert_eq!(seen["nodeHeading"], s.label());
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

/// The page of an ended membership, as the binary writes it: the actor's relations and the
/// relation's panel say "former member of", never the code, and the page reads back with
/// the mark.
fn html_view_names_a_former_membership_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let graph = samples::former(dir.path(), "json,html");
    let index = graph
        .edges()
        .position(|(_, _, r)| r.former)
        .expect("the sample has a former membership");
    let index = index.to_string();
    let visit = ["Jane Doe", index.as_str(), "affiliated_with", ""];
    let page = dir.path().join("graph.html");
    let seen = browse(&page, "former", &visit);
    assert_eq!(seen["requests"], json!([]));
    assert_eq!(seen["errors"], json!([]));
    let node = seen["afterNodeClick"]["details"].as_str().unwrap();
    assert_contains(node, &["\u{2192} former member of \u{2192} Labour Party"]);
    let edge = seen["afterEdgeClick"]["details"].as_str().unwrap();
    assert_contains(
        edge,
        &[
            "Jane Doe \u{2192} former member of \u{2192} Labour Party",
            "ended\nyes: every statement says the membership has ended",
        ],
    );
    assert!(!edge.contains("affiliated_with"), "{edge}");
    assert_same_graph(
        &export::by_name("html").unwrap().read(&page).unwrap(),
        &graph,
    );
}

/// A judgement (trigger class `stance`) says so when clicked, and its check box hides it
/// and shows it again, the event of the same pair staying.
fn html_view_hides_the_judgements() {
    let dir = tempfile::tempdir().unwrap();
    let graph = samples::former(dir.path(), "json,html");
    let index = graph
        .edges()
        .position(|(_, _, r)| r.class == actorgraph::TriggerClass::Stance)
        .expect("the sample has a judgement");
    let index = index.to_string();
    let visit = ["Jane Doe", index.as_str(), "stance", ""];
    let page = dir.path().join("graph.html");
    let seen = browse(&page, "stance", &visit);
    assert_eq!(seen["requests"], json!([]));
    assert_eq!(seen["errors"], json!([]));
    let edge = seen["afterEdgeClick"]["details"].as_str().unwrap();
    assert_contains(
        edge,
        &[
            "Jane Doe \u{2192} opposes \u{2192} Tony Blair",
            "class\nstance: a judgement, no event word",
        ],
    );
    let all = seen["initial"]["relations"].as_u64().unwrap();
    assert_eq!(seen["afterFilter"]["relations"], all - 1);
    assert_eq!(seen["afterUnfilter"]["relations"], all);
}
