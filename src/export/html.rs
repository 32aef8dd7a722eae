//! A self-contained HTML page to explore the graph in a browser, with no network at view
//! time: the graph, the styles and the script are all inside `graph.html`.
//!
//! The page draws the actors (colour by type, size by weighted degree) and their relations
//! (colour by relation, arrow from the agent, none on symmetric edges, dotted when weak,
//! faint when former: an affiliation that has ended, which the page calls "former member
//! of", dash-dotted when a judgement: trigger class `stance`) with a force-directed layout computed in the page (Barnes-Hut many-body
//! repulsion, springs along edges; plain JavaScript on a canvas, written for this project,
//! see `html/viewer.js`). The user can drag actors, pan, zoom (wheel or buttons), filter by
//! relation and minimum weight, hide the judgements (a check box shown when the graph has
//! any), find an actor by any alias, and click an actor or a
//! relation to read the sentences that state it. Large graphs open with the minimum weight
//! raised until at most [`FIRST_VIEW_ACTORS`] actors show (the toolbar says so); lowering
//! it shows everything.
//!
//! The graph is embedded as JSON in `<script type="application/json" id="graph-data">`:
//!
//! ```text
//! { "generator": "actorgraph 0.1.0", "documents": [ {id, path[, date]} ],
//!   "nodes": [ {id, label, type, aliases, mentions, roles[, dates]} ],
//!   "edges": [ {source, target, relation, symmetric, trigger, triggers, cameo, goldstein,
//!               weak[, former], class, weight, evidence[, dates]} ],
//!   "sentences": [ {document, sentence, start, end, text[, date]} ] }
//! ```
//!
//! where an edge's `source` and `target` are indices into `nodes` and its `evidence` indices
//! into `sentences` (a sentence stating several relations is stored once). `<`, `>` and `&`
//! are written as `\u003c`, `\u003e`, `\u0026` so that no text can close the script
//! element; the page puts names and sentences into the document as text, never as markup.
//! `dates` (statements or mentions per day) are there only for dated articles; then the
//! toolbar has a time filter, two date inputs, that shows only the relations stated between
//! the two days (and weighs them by those statements).
//! [`HTML`] reads the graph back from a page.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Text;
use crate::domain::{Actor, ActorType, Dates, DocumentInfo, Evidence, RelationKind, TriggerClass};
use crate::error::Result;
use crate::export::json::GENERATOR;
use crate::graph::{ActorGraph, Relation};

/// Large graphs open with the minimum weight raised until at most this many actors show.
pub const FIRST_VIEW_ACTORS: usize = 1500;

const TEMPLATE: &str = include_str!("html/viewer.html");
const STYLE: &str = include_str!("html/viewer.css");
const SCRIPT: &str = include_str!("html/viewer.js");

/// Where the graph data starts in the page.
const DATA_START: &str = "<script type=\"application/json\" id=\"graph-data\">";

#[derive(Serialize, Deserialize)]
struct Page {
    generator: String,
    documents: Vec<DocumentInfo>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    /// [`FIRST_VIEW_ACTORS`], for the script.
    #[serde(default)]
    first_view_actors: usize,
    sentences: Vec<Evidence>,
}

#[derive(Serialize, Deserialize)]
struct Node {
    id: String,
    label: String,
    #[serde(rename = "type")]
    kind: ActorType,
    aliases: Vec<String>,
    mentions: usize,
    roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    dates: Dates,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    types: BTreeMap<ActorType, usize>,
}

#[derive(Serialize, Deserialize)]
struct Edge {
    source: usize,
    target: usize,
    relation: RelationKind,
    symmetric: bool,
    trigger: String,
    triggers: Vec<String>,
    cameo: Option<String>,
    goldstein: Option<f32>,
    weak: bool,
    /// An affiliation that has ended; written only when true, as in graph.json.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    former: bool,
    /// The trigger class, `event` or `stance` (a page without it reads as `event`).
    #[serde(default)]
    class: TriggerClass,
    weight: usize,
    evidence: Vec<usize>,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    dates: Dates,
}

fn page(graph: &ActorGraph) -> Page {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let nodes = graph
        .actors()
        .enumerate()
        .map(|(i, a)| {
            index.insert(a.id.as_str(), i);
            Node {
                id: a.id.clone(),
                label: a.label().to_string(),
                kind: a.kind,
                aliases: a.aliases.iter().cloned().collect(),
                mentions: a.mentions,
                roles: a.roles.iter().cloned().collect(),
                dates: a.dates.clone(),
                types: (*a.types).clone(),
            }
        })
        .collect();
    let mut sentences: Vec<Evidence> = Vec::new();
    let mut sentence_index: HashMap<&Evidence, usize> = HashMap::new();
    let mut edges = Vec::with_capacity(graph.edge_count());
    for (s, t, r) in graph.edges() {
        let evidence = r
            .evidence
            .iter()
            .map(|e| {
                *sentence_index.entry(e).or_insert_with(|| {
                    sentences.push(e.clone());
                    sentences.len() - 1
                })
            })
            .collect();
        edges.push(Edge {
            source: index[s.id.as_str()],
            target: index[t.id.as_str()],
            relation: r.relation,
            symmetric: r.symmetric,
            trigger: r.trigger.clone(),
            triggers: r.triggers.clone(),
            cameo: r.cameo.clone(),
            goldstein: r.goldstein,
            weak: r.weak,
            former: r.former,
            class: r.class,
            weight: r.weight,
            evidence,
            dates: r.dates.clone(),
        });
    }
    Page {
        generator: GENERATOR.to_string(),
        documents: graph.documents().to_vec(),
        nodes,
        edges,
        first_view_actors: FIRST_VIEW_ACTORS,
        sentences,
    }
}

/// JSON that is safe inside a `<script>` element.
fn script_safe_json(value: &impl Serialize) -> String {
    let json = serde_json::to_string(value).expect("the page data serializes");
    let mut out = String::with_capacity(json.len() + json.len() / 50);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes the page of `graph` to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write(graph: &ActorGraph, mut out: impl Write) -> io::Result<()> {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let title = format!(
        "Actor graph: {}, {}",
        plural(graph.actor_count(), "actor", "actors"),
        plural(graph.edge_count(), "relation", "relations")
    );
    let data = script_safe_json(&page(graph));
    let mut rest = TEMPLATE;
    for (marker, value) in [
        ("{{generator}}", GENERATOR),
        ("{{title}}", html_text(&title).as_str()),
        ("{{style}}", STYLE),
        ("{{data}}", data.as_str()),
        ("{{script}}", SCRIPT),
    ] {
        let (head, tail) = rest
            .split_once(marker)
            .expect("the template has every marker, in order");
        out.write_all(head.as_bytes())?;
        out.write_all(value.as_bytes())?;
        rest = tail;
    }
    out.write_all(rest.as_bytes())?;
    out.flush()
}

/// The `html` format of [`super::formats()`]: [`write()`], and a reader of
/// the graph embedded in the page (writing that again gives the same bytes). A page without
/// graph data, or with data other than what [`write()`] embeds, is an [`Error::Parse`](crate::Error::Parse).
pub static HTML: Text = Text::new(|graph, out| write(graph, out), Some(parse));

fn parse(text: &str, path: &Path) -> Result<ActorGraph> {
    let fail = super::parse_error(path);
    let data = text
        .split_once(DATA_START)
        .and_then(|(_, rest)| rest.split_once("</script>"))
        .map(|(data, _)| data)
        .ok_or_else(|| fail("no graph data in the page".to_string()))?;
    let page: Page = serde_json::from_str(data).map_err(|e| fail(e.to_string()))?;
    let mut graph = ActorGraph::new();
    for info in page.documents {
        graph.add_document_info(info);
    }
    let mut ids = Vec::with_capacity(page.nodes.len());
    for node in page.nodes {
        let mut actor = Actor::new(node.id, node.kind);
        actor.set_label(node.label);
        actor.aliases = node.aliases.into_iter().collect();
        actor.mentions = node.mentions;
        actor.roles = node.roles.into_iter().collect();
        actor.dates = node.dates;
        actor.types = node.types.into();
        graph.add_actor(&actor);
        ids.push(actor.id);
    }
    for (i, edge) in page.edges.into_iter().enumerate() {
        let end = |n: usize| {
            ids.get(n)
                .ok_or_else(|| fail(format!("edge {i} names node {n}, which is not there")))
        };
        let (source, target) = (end(edge.source)?, end(edge.target)?);
        let evidence =
            edge.evidence
                .iter()
                .map(|&k| {
                    page.sentences.get(k).cloned().ok_or_else(|| {
                        fail(format!("edge {i} names sentence {k}, which is not there"))
                    })
                })
                .collect::<Result<Vec<_>>>()?;
        let relation = Relation {
            relation: edge.relation,
            symmetric: edge.symmetric,
            trigger: edge.trigger,
            triggers: edge.triggers,
            cameo: edge.cameo,
            goldstein: edge.goldstein,
            weak: edge.weak,
            former: edge.former,
            class: edge.class,
            weight: edge.weight,
            dates: edge.dates,
            evidence,
        };
        graph.add_relation(source, target, &relation);
    }
    Ok(graph)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{parse_as, sample_graph, text_of};

    #[test]
    fn the_page_is_self_contained() {
        let page = text_of("html", &sample_graph());
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>Actor graph: 7 actors, 7 relations</title>"));
        for needle in ["http://", "https://", "src=", "href=", "@import", "url("] {
            assert!(!page.contains(needle), "the page refers to {needle}");
        }
        assert!(!page.contains("{{"), "a template marker is left");
    }

    #[test]
    fn names_cannot_close_the_script_element() {
        let mut graph = sample_graph();
        graph.add_actor(&Actor::new(
            "</script><script>alert(1)</script>",
            ActorType::Person,
        ));
        let page = text_of("html", &graph);
        let data = page.split_once(DATA_START).unwrap().1;
        let (data, after) = data.split_once("</script>").unwrap();
        assert!(!data.contains('<'));
        assert!(after.trim_start().starts_with("<script>"), "{after:.40}");
        let again = parse_as("html", &page).unwrap();
        assert!(again.actor("</script><script>alert(1)</script>").is_some());
    }

    #[test]
    fn a_sentence_stating_several_relations_is_stored_once() {
        let page = text_of("html", &sample_graph());
        let data = page.split_once(DATA_START).unwrap().1;
        let data: serde_json::Value =
            serde_json::from_str(data.split_once("</script>").unwrap().0).unwrap();
        let evidence: usize = sample_graph()
            .edges()
            .map(|(_, _, r)| r.evidence.len())
            .sum();
        assert_eq!(evidence, 7);
        assert_eq!(data["sentences"].as_array().unwrap().len(), 2);
        assert_eq!(data["first_view_actors"], FIRST_VIEW_ACTORS);
    }

    #[test]
    fn pages_without_data_are_parse_errors() {
        let e = parse_as("html", "<html></html>").unwrap_err();
        assert_eq!(e.to_string(), "<html>: no graph data in the page");
    }
}
