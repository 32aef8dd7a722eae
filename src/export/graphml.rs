//! GraphML: the XML graph format of NetworkX (`read_graphml`), igraph (`Graph.Read_GraphML`),
//! Gephi, yEd and Cytoscape desktop.
//!
//! ```text
//! <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
//!   <key id="n_type" for="node" attr.name="type" attr.type="string"/>  ... one typed key per attribute
//!   <graph id="actorgraph" edgedefault="directed">
//!     <data key="g_generator">actorgraph 0.1.0</data>
//!     <data key="g_documents">[{"id": ..., "path": ...}]</data>
//!     <node id="John Kerry"><data key="n_label">John Kerry</data> ...</node>
//!     <edge id="e0" source="John Kerry" target="Egypt"><data key="e_label">meets</data> ...</edge>
//!   </graph>
//! </graphml>
//! ```
//!
//! | for   | attribute   | type    | value |
//! |-------|-------------|---------|-------|
//! | graph | `generator` | string  | `actorgraph 0.1.0` |
//! | graph | `documents` | string  | the documents read, as a JSON array of `{id, path[, date]}` |
//! | node  | `label`     | string  | display name |
//! | node  | `type`      | string  | `person`, `organization`, `country`, `group`, `location` |
//! | node  | `aliases`   | string  | JSON array of strings, sorted |
//! | node  | `mentions`  | int     | |
//! | node  | `roles`     | string  | JSON array of strings, sorted |
//! | edge  | `label`     | string  | the relation (`meets`, `backs`, `opposes`, `affiliated_with`) |
//! | edge  | `relation`  | string  | the same |
//! | edge  | `symmetric` | boolean | |
//! | edge  | `trigger`   | string  | |
//! | edge  | `triggers`  | string  | JSON array of strings |
//! | edge  | `cameo`     | string  | absent when the trigger has no CAMEO code |
//! | edge  | `goldstein` | double  | absent with `cameo` |
//! | edge  | `weak`      | boolean | |
//! | edge  | `former`    | boolean | an affiliation that has ended ("has quit the party") |
//! | edge  | `class`     | string  | the trigger class: `event`, or `stance` (a judgement) |
//! | edge  | `weight`    | int     | number of statements |
//! | edge  | `evidence`  | string  | JSON array of `{document, sentence, start, end, text}` |
//!
//! igraph (through libxml2) reads a `&` in a node id as `&#38;`; the `label` attribute, which
//! holds the same name as element text, reads back exactly in every tool.
//!
//! GraphML has no list type: lists are JSON text, which any reader can decode
//! (`json.loads(G.nodes[n]["aliases"])`) and which, unlike a separator, cannot be confused
//! with a name. The graph is directed; parallel edges are kept, each with its own id (`e0`,
//! `e1`, ... in graph order). Node ids are the canonical names. Key ids are prefixed by
//! domain (`n_`, `e_`, `g_`) so that node `label` and edge `label` stay apart. Escaping and
//! the characters XML cannot hold: see the `xml` module. The same graph always gives the
//! same bytes.

use std::io::{self, Write};
use std::path::Path;

use quick_xml::Writer;

use super::Text;
use super::xml::{self, Element, clean};
use crate::Names;
use crate::domain::{Dates, DocumentInfo, Evidence, RelationKind, TriggerClass};
use crate::error::Result;
use crate::export::json::GENERATOR;
use crate::graph::{ActorGraph, Relation};

/// The GraphML namespace.
const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str = "http://graphml.graphdrawing.org/xmlns \
                      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// Every key: (id, domain, attribute name, GraphML type).
const KEYS: [(&str, &str, &str, &str); 19] = [
    ("g_generator", "graph", "generator", "string"),
    ("g_documents", "graph", "documents", "string"),
    ("n_label", "node", "label", "string"),
    ("n_type", "node", "type", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_roles", "node", "roles", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_symmetric", "edge", "symmetric", "boolean"),
    ("e_trigger", "edge", "trigger", "string"),
    ("e_triggers", "edge", "triggers", "string"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_goldstein", "edge", "goldstein", "double"),
    ("e_weak", "edge", "weak", "boolean"),
    ("e_former", "edge", "former", "boolean"),
    ("e_class", "edge", "class", "string"),
    ("e_weight", "edge", "weight", "int"),
    ("e_evidence", "edge", "evidence", "string"),
];

/// The mentions under each type of an actor whose documents disagree on its type (JSON
/// text, `{"organization": 12, "person": 1}`), declared only when there is one.
const TYPES_KEY: [(&str, &str, &str, &str); 1] = [("n_types", "node", "types", "string")];

/// The keys of time, declared only when some node or edge has dates, so that undated
/// graphs are written as before: first and last day (`YYYY-MM-DD`) and the counts per day
/// (JSON text, `{"2014-07-22": 2}`).
const TIME_KEYS: [(&str, &str, &str, &str); 6] = [
    ("n_first_date", "node", "first_date", "string"),
    ("n_last_date", "node", "last_date", "string"),
    ("n_dates", "node", "dates", "string"),
    ("e_first_date", "edge", "first_date", "string"),
    ("e_last_date", "edge", "last_date", "string"),
    ("e_dates", "edge", "dates", "string"),
];

/// Writes `graph` as GraphML to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    let mut w = xml::writer(&mut out)?;
    let dated = graph.actors().any(|a| !a.dates.is_empty())
        || graph.edges().any(|(_, _, r)| !r.dates.is_empty());
    let time: &[_] = if dated { &TIME_KEYS } else { &[] };
    let typed = graph.actors().any(|a| !a.types.is_empty());
    let types: &[_] = if typed { &TYPES_KEY } else { &[] };
    xml::root(&mut w, "graphml", NAMESPACE, SCHEMA).write_inner_content(|w| {
        for &(id, domain, name, kind) in KEYS.iter().chain(types).chain(time) {
            w.create_element("key")
                .with_attributes([
                    ("id", id),
                    ("for", domain),
                    ("attr.name", name),
                    ("attr.type", kind),
                ])
                .write_empty()?;
        }
        w.create_element("graph")
            .with_attributes([("id", "actorgraph"), ("edgedefault", "directed")])
            .write_inner_content(|w| write_graph(w, graph))?;
        Ok::<(), io::Error>(())
    })?;
    out.write_all(b"\n")?;
    out.flush()
}

fn write_graph<W: Write>(w: &mut Writer<W>, graph: &ActorGraph) -> io::Result<()> {
    data(w, "g_generator", GENERATOR)?;
    data(w, "g_documents", &json_text(graph.documents()))?;
    for actor in graph.actors() {
        w.create_element("node")
            .with_attribute(("id", clean(&actor.id).as_ref()))
            .write_inner_content(|w| {
                data(w, "n_label", actor.label())?;
                data(w, "n_type", actor.kind.as_str())?;
                data(w, "n_aliases", &json_text(&actor.aliases))?;
                data(w, "n_mentions", &actor.mentions.to_string())?;
                data(w, "n_roles", &json_text(&actor.roles))?;
                if !actor.types.is_empty() {
                    data(w, "n_types", &json_text(&actor.types))?;
                }
                time_data(w, "n", &actor.dates)?;
                Ok::<(), io::Error>(())
            })?;
    }
    for (i, (s, t, r)) in graph.edges().enumerate() {
        w.create_element("edge")
            .with_attributes([
                ("id", format!("e{i}").as_str()),
                ("source", clean(&s.id).as_ref()),
                ("target", clean(&t.id).as_ref()),
            ])
            .write_inner_content(|w| {
                data(w, "e_label", r.relation.as_str())?;
                data(w, "e_relation", r.relation.as_str())?;
                data(w, "e_symmetric", bool_text(r.symmetric))?;
                data(w, "e_trigger", &r.trigger)?;
                data(w, "e_triggers", &json_text(&r.triggers))?;
                if let Some(cameo) = &r.cameo {
                    data(w, "e_cameo", cameo)?;
                }
                if let Some(goldstein) = r.goldstein {
                    data(w, "e_goldstein", &goldstein.to_string())?;
                }
                data(w, "e_weak", bool_text(r.weak))?;
                data(w, "e_former", bool_text(r.former))?;
                data(w, "e_class", r.class.as_str())?;
                data(w, "e_weight", &r.weight.to_string())?;
                data(w, "e_evidence", &json_text(&r.evidence))?;
                time_data(w, "e", &r.dates)?;
                Ok::<(), io::Error>(())
            })?;
    }
    Ok(())
}

/// The time keys of a node (`prefix` `n`) or an edge (`e`), when it has dates.
fn time_data<W: Write>(w: &mut Writer<W>, prefix: &str, dates: &Dates) -> io::Result<()> {
    if let (Some(first), Some(last)) = (dates.first(), dates.last()) {
        data(w, &format!("{prefix}_first_date"), &first.to_string())?;
        data(w, &format!("{prefix}_last_date"), &last.to_string())?;
        data(w, &format!("{prefix}_dates"), &json_text(dates))?;
    }
    Ok(())
}

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(xml::text(value))?;
    Ok(())
}

fn bool_text(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Compact JSON of a list, for the list attributes.
pub(crate) fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("lists of strings and numbers serialize")
}

/// The `graphml` format of [`super::formats()`]: [`write()`], and a reader
/// that loads what it wrote (writing that again gives the same bytes). Attributes with
/// unknown keys are ignored; missing ones take their defaults (no aliases, weight 1, ...).
/// A text that is not such a graph is an [`Error::Parse`](crate::Error::Parse): not well-formed XML, not GraphML,
/// a value of the wrong type, an unknown actor type or relation, or an edge to an id that
/// is not a node.
pub static GRAPHML: Text = Text::new(|graph, out| write(graph, out), Some(parse));

fn parse(text: &str, path: &Path) -> Result<ActorGraph> {
    parse_graphml(text).map_err(super::parse_error(path))
}

/// The `<data>` of one element by attribute name.
struct Data<'a> {
    keys: &'a [(String, String, String)],
    element: &'a Element,
    what: String,
}

impl Data<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        let domain = self.element.name.as_str();
        self.element.children("data").find_map(|d| {
            let key = d.attribute("key")?;
            self.keys
                .iter()
                .any(|(id, f, n)| id == key && n == name && (f == domain || f == "all"))
                .then_some(d.text.as_str())
        })
    }

    fn string(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().to_string()
    }

    fn number<T: std::str::FromStr>(
        &self,
        name: &str,
        default: T,
    ) -> std::result::Result<T, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .trim()
                .parse()
                .map_err(|_| format!("{}: {name} {v:?} is not a number", self.what)),
        }
    }

    fn boolean(&self, name: &str) -> std::result::Result<bool, String> {
        match self.get(name).map(str::trim) {
            None => Ok(false),
            Some(v) if v.eq_ignore_ascii_case("true") || v == "1" => Ok(true),
            Some(v) if v.eq_ignore_ascii_case("false") || v == "0" => Ok(false),
            Some(v) => Err(format!("{}: {name} {v:?} is not a boolean", self.what)),
        }
    }

    fn json<T: serde::de::DeserializeOwned + Default>(
        &self,
        name: &str,
    ) -> std::result::Result<T, String> {
        match self.get(name) {
            None | Some("") => Ok(T::default()),
            Some(v) => serde_json::from_str(v)
                .map_err(|e| format!("{}: {name} is not the expected JSON: {e}", self.what)),
        }
    }
}

fn parse_graphml(text: &str) -> std::result::Result<ActorGraph, String> {
    let root = xml::parse(text)?;
    if root.name != "graphml" {
        return Err(format!("not GraphML: the root element is <{}>", root.name));
    }
    let keys: Vec<(String, String, String)> = root
        .children("key")
        .map(|k| {
            let attr = |n| k.attribute(n).unwrap_or_default().to_string();
            (attr("id"), attr("for"), attr("attr.name"))
        })
        .collect();
    let g = root
        .child("graph")
        .ok_or_else(|| "no <graph> element".to_string())?;
    let mut graph = ActorGraph::new();
    let meta = Data {
        keys: &keys,
        element: g,
        what: "graph".into(),
    };
    let documents: Vec<DocumentInfo> = meta.json("documents")?;
    for info in documents {
        graph.add_document_info(info);
    }
    for node in g.children("node") {
        let id = node.node_id()?;
        let d = Data {
            keys: &keys,
            element: node,
            what: format!("node {id:?}"),
        };
        let kind = d.get("type").unwrap_or_default();
        let mut actor = xml::new_actor(&graph, id, kind, &d.what)?;
        if let Some(label) = d.get("label") {
            actor.set_label(label.to_string());
        }
        actor.aliases = d.json::<Names>("aliases")?;
        actor.mentions = d.number("mentions", 0)?;
        actor.roles = d.json::<Names>("roles")?;
        actor.dates = d.json::<Dates>("dates")?;
        actor.types = d.json("types")?;
        graph.add_actor(&actor);
    }
    for (i, edge) in g.children("edge").enumerate() {
        let (source, target) = edge.edge_ends(&graph, &format!("edge {i}"))?;
        let d = Data {
            keys: &keys,
            element: edge,
            what: format!("edge {i}"),
        };
        let name = d.get("relation").or(d.get("label")).unwrap_or_default();
        let relation = RelationKind::parse(name)
            .ok_or_else(|| format!("edge {i}: unknown relation {name:?}"))?;
        let trigger = d.string("trigger");
        let mut triggers: Vec<String> = d.json("triggers")?;
        if triggers.is_empty() && !trigger.is_empty() {
            triggers.push(trigger.clone());
        }
        let class = match d.get("class") {
            None => TriggerClass::Event,
            Some(name) => TriggerClass::parse(name)
                .ok_or_else(|| format!("edge {i}: unknown class {name:?}"))?,
        };
        let goldstein = match d.get("goldstein") {
            None => None,
            Some(_) => Some(d.number("goldstein", 0.0f32)?),
        };
        let relation = Relation {
            relation,
            symmetric: d.boolean("symmetric")?,
            trigger,
            triggers,
            cameo: d.get("cameo").map(str::to_string),
            goldstein,
            weak: d.boolean("weak")?,
            former: d.boolean("former")?,
            class,
            weight: d.number("weight", 1)?,
            dates: d.json::<Dates>("dates")?,
            evidence: d.json::<Vec<Evidence>>("evidence")?,
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
    fn parallel_edges_have_unique_ids_and_the_relation_as_label() {
        let text = text_of("graphml", &sample_graph());
        let root = xml::parse(&text).unwrap();
        let g = root.child("graph").unwrap();
        assert_eq!(g.attribute("edgedefault"), Some("directed"));
        let edges: Vec<_> = g.children("edge").collect();
        let ids: std::collections::BTreeSet<_> =
            edges.iter().map(|e| e.attribute("id").unwrap()).collect();
        assert_eq!(ids.len(), edges.len());
        let labels: Vec<_> = edges
            .iter()
            .map(|e| {
                let label = e
                    .children("data")
                    .find(|d| d.attribute("key") == Some("e_label"));
                label.unwrap().text.as_str()
            })
            .collect();
        assert_eq!(
            labels,
            [
                "meets",
                "affiliated_with",
                "opposes",
                "backs",
                "opposes",
                "opposes",
                "meets"
            ]
        );
        // the judgement beside the event of the same relation says its class
        let classes: Vec<_> = edges
            .iter()
            .map(|e| {
                let class = e
                    .children("data")
                    .find(|d| d.attribute("key") == Some("e_class"));
                class.unwrap().text.as_str()
            })
            .collect();
        assert_eq!(
            classes,
            [
                "event", "event", "event", "event", "event", "stance", "event"
            ]
        );
    }

    #[test]
    fn bad_files_are_parse_errors() {
        let rows = [
            ("<graph/>", "not GraphML: the root element is <graph>"),
            ("<graphml/>", "no <graph> element"),
            (
                r#"<graphml><key id="t" for="node" attr.name="type"/><graph>
                   <node id="A"><data key="t">planet</data></node></graph></graphml>"#,
                "node \"A\": unknown actor type \"planet\"",
            ),
            (
                r#"<graphml><graph><node id="A"/></graph></graphml>"#,
                "node \"A\": unknown actor type \"\"",
            ),
            (
                r#"<graphml><key id="t" for="node" attr.name="type"/><graph>
                   <node id="A"><data key="t">person</data></node>
                   <edge source="A" target="B"/></graph></graphml>"#,
                "edge 0 names \"B\", which is not a node",
            ),
        ];
        for (text, reason) in rows {
            let e = parse_as("graphml", text).unwrap_err();
            assert_eq!(e.to_string(), format!("<graphml>: {reason}"), "{text}");
        }
        assert!(parse_as("graphml", "<graphml><graph>").is_err());
    }
}
