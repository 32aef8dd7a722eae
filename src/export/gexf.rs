//! GEXF 1.3, Gephi's own format, also read by NetworkX (`read_gexf`).
//!
//! ```text
//! <gexf xmlns="http://gexf.net/1.3" version="1.3">
//!   <meta><creator>actorgraph 0.1.0</creator><description>...</description></meta>
//!   <graph defaultedgetype="directed" mode="static">          (mode="dynamic" timeformat="date" with dates)
//!     <attributes class="node"> type, aliases, mentions, roles </attributes>
//!     <attributes class="edge"> relation, symmetric, trigger, triggers, cameo, goldstein, weak, former, class, evidence </attributes>
//!     <nodes><node id="John Kerry" label="John Kerry"><attvalues>...</attvalues></node></nodes>
//!     <edges><edge id="0" source="John Kerry" target="Egypt" label="meets" kind="meets"
//!                  weight="1"><attvalues>...</attvalues>
//!                  <spells><spell start="2014-07-22" end="2014-07-23"/></spells></edge></edges>
//!   </graph>
//! </gexf>
//! ```
//!
//! Node `label` is the display name; `type` is a string, `mentions` an integer, `aliases`
//! and `roles` JSON arrays in a string (as in GraphML: a list that cannot be confused with a
//! name). Each edge has the relation as `label` and as `kind`, GEXF's way of telling
//! parallel edges apart (a symmetric `opposes` or `backs` beside a directed one of the same
//! pair is `opposes_mutual`, `backs_mutual`; a judgement, class `stance`, beside an event of
//! the same relation is `opposes_stance`, `backs_stance`); `weight` is the number of
//! statements. The
//! other edge attributes are as in JSON; `cameo` and `goldstein` are absent when the
//! trigger has no CAMEO code, `former` (an affiliation that has ended) is written on every
//! edge, `false` too (JSON leaves it out when false), `class` is the trigger class (`event`
//! or `stance`), and `evidence` is a JSON array. All
//! edges are `directed` (a symmetric one says so in `symmetric`: NetworkX refuses
//! undirected edges in a directed graph and doubles `mutual` ones).
//!
//! Time: when articles carry a date (a feed's date field, or
//! [`article_date`](crate::article_date)), the graph is `dynamic` with `timeformat="date"`,
//! and every node and edge of dated articles has `<spells>`: one `<spell start end>` per run
//! of consecutive days on which the actor was mentioned or the relation stated (both ends
//! included), so Gephi's timeline shows each relation on the days it was reported, and
//! NetworkX reads them as `spells`, a list of (start, end) pairs. A `dates` attribute (JSON
//! text, `{"2014-07-22": 2}`) keeps the counts per day. Without dates the graph is
//! `static`, with no spells and no `dates` attribute. GEXF has no place for the list of
//! documents read: it is not written (the evidence still names each document).

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

use quick_xml::Writer;

use super::Text;
use super::graphml::json_text;
use super::xml::{self, Element, clean};
use crate::Names;
use crate::domain::{Dates, Evidence, RelationKind, TriggerClass};
use crate::error::Result;
use crate::export::json::GENERATOR;
use crate::graph::{ActorGraph, Relation};

const NAMESPACE: &str = "http://gexf.net/1.3";
const SCHEMA: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/// Node attributes: (id and title, GEXF type).
const NODE_ATTRIBUTES: [(&str, &str); 4] = [
    ("type", "string"),
    ("aliases", "string"),
    ("mentions", "integer"),
    ("roles", "string"),
];

/// Edge attributes: (id and title, GEXF type). `weight` is GEXF's own edge attribute.
const EDGE_ATTRIBUTES: [(&str, &str); 10] = [
    ("relation", "string"),
    ("symmetric", "boolean"),
    ("trigger", "string"),
    ("triggers", "string"),
    ("cameo", "string"),
    ("goldstein", "double"),
    ("weak", "boolean"),
    ("former", "boolean"),
    ("class", "string"),
    ("evidence", "string"),
];

/// The GEXF `kind` of an edge: its relation, marked when a symmetric `opposes` or `backs`
/// could stand beside a directed one of the same pair, and when it is a judgement (class
/// `stance`), which can stand beside an event of the same pair and relation.
pub fn kind(relation: &Relation) -> String {
    let mut kind = relation.relation.as_str().to_string();
    if relation.symmetric && relation.relation != RelationKind::Meets {
        kind.push_str("_mutual");
    }
    if relation.class == TriggerClass::Stance {
        kind.push_str("_stance");
    }
    kind
}

/// Whether any node or edge has dates: the graph is then dynamic.
fn is_dynamic(graph: &ActorGraph) -> bool {
    graph.actors().any(|a| !a.dates.is_empty())
        || graph.edges().any(|(_, _, r)| !r.dates.is_empty())
}

/// `<spells>` of the runs of consecutive days of `dates`, when there are any.
fn spells<W: Write>(w: &mut Writer<W>, dates: &Dates) -> io::Result<()> {
    if dates.is_empty() {
        return Ok(());
    }
    w.create_element("spells").write_inner_content(|w| {
        for (start, end) in dates.spans() {
            w.create_element("spell")
                .with_attributes([
                    ("start", start.to_string().as_str()),
                    ("end", end.to_string().as_str()),
                ])
                .write_empty()?;
        }
        Ok::<(), io::Error>(())
    })?;
    Ok(())
}

/// Writes `graph` as GEXF 1.3 to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let dynamic = is_dynamic(graph);
    let mut out = io::BufWriter::new(out);
    let mut w = xml::writer(&mut out)?;
    xml::root(&mut w, "gexf", NAMESPACE, SCHEMA)
        .with_attribute(("version", "1.3"))
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("creator")
                    .write_text_content(xml::text(GENERATOR))?;
                let n = graph.documents().len();
                let description = format!(
                    "Actors and the relations news articles state between them ({n} {})",
                    if n == 1 { "article" } else { "articles" }
                );
                w.create_element("description")
                    .write_text_content(xml::text(&description))?;
                Ok::<(), io::Error>(())
            })?;
            let mut element = w
                .create_element("graph")
                .with_attribute(("defaultedgetype", "directed"));
            element = if dynamic {
                element.with_attributes([("mode", "dynamic"), ("timeformat", "date")])
            } else {
                element.with_attribute(("mode", "static"))
            };
            element.write_inner_content(|w| write_graph(w, graph, dynamic))?;
            Ok::<(), io::Error>(())
        })?;
    out.write_all(b"\n")?;
    out.flush()
}

fn declare<W: Write>(w: &mut Writer<W>, class: &str, list: &[(&str, &str)]) -> io::Result<()> {
    w.create_element("attributes")
        .with_attributes([("class", class), ("mode", "static")])
        .write_inner_content(|w| {
            for &(id, kind) in list {
                w.create_element("attribute")
                    .with_attributes([("id", id), ("title", id), ("type", kind)])
                    .write_empty()?;
            }
            Ok::<(), io::Error>(())
        })?;
    Ok(())
}

fn attvalues<W: Write>(w: &mut Writer<W>, values: &[(&str, &str)]) -> io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for &(key, value) in values {
            w.create_element("attvalue")
                .with_attributes([("for", key), ("value", clean(value).as_ref())])
                .write_empty()?;
        }
        Ok::<(), io::Error>(())
    })?;
    Ok(())
}

fn write_graph<W: Write>(w: &mut Writer<W>, graph: &ActorGraph, dynamic: bool) -> io::Result<()> {
    let with_dates = |list: &[(&'static str, &'static str)]| {
        let mut list = list.to_vec();
        if dynamic {
            list.push(("dates", "string"));
        }
        list
    };
    let mut node_attributes = with_dates(&NODE_ATTRIBUTES);
    if graph.actors().any(|a| !a.types.is_empty()) {
        node_attributes.push(("types", "string"));
    }
    declare(w, "node", &node_attributes)?;
    declare(w, "edge", &with_dates(&EDGE_ATTRIBUTES))?;
    w.create_element("nodes").write_inner_content(|w| {
        for actor in graph.actors() {
            w.create_element("node")
                .with_attributes([
                    ("id", clean(&actor.id).as_ref()),
                    ("label", clean(actor.label()).as_ref()),
                ])
                .write_inner_content(|w| {
                    let dates = json_text(&actor.dates);
                    let (aliases, mentions, roles) = (
                        json_text(&actor.aliases),
                        actor.mentions.to_string(),
                        json_text(&actor.roles),
                    );
                    let mut values = vec![
                        ("type", actor.kind.as_str()),
                        ("aliases", &aliases),
                        ("mentions", &mentions),
                        ("roles", &roles),
                    ];
                    if !actor.dates.is_empty() {
                        values.push(("dates", &dates));
                    }
                    let types = json_text(&actor.types);
                    if !actor.types.is_empty() {
                        values.push(("types", &types));
                    }
                    attvalues(w, &values)?;
                    spells(w, &actor.dates)
                })?;
        }
        Ok::<(), io::Error>(())
    })?;
    w.create_element("edges").write_inner_content(|w| {
        for (i, (s, t, r)) in graph.edges().enumerate() {
            let id = i.to_string();
            let kind = kind(r);
            let weight = r.weight.to_string();
            let attributes = [
                ("id", id.as_str()),
                ("source", &s.id),
                ("target", &t.id),
                ("label", r.relation.as_str()),
                ("kind", &kind),
                ("weight", &weight),
            ];
            let cleaned: Vec<(&str, String)> = attributes
                .into_iter()
                .map(|(k, v)| (k, clean(v).into_owned()))
                .collect();
            let goldstein = r.goldstein.map(|g| g.to_string());
            let triggers = json_text(&r.triggers);
            let evidence = json_text(&r.evidence);
            let mut values = vec![
                ("relation", r.relation.as_str()),
                ("symmetric", if r.symmetric { "true" } else { "false" }),
                ("trigger", r.trigger.as_str()),
                ("triggers", triggers.as_str()),
            ];
            if let Some(cameo) = &r.cameo {
                values.push(("cameo", cameo));
            }
            if let Some(goldstein) = &goldstein {
                values.push(("goldstein", goldstein));
            }
            values.push(("weak", if r.weak { "true" } else { "false" }));
            values.push(("former", if r.former { "true" } else { "false" }));
            values.push(("class", r.class.as_str()));
            values.push(("evidence", &evidence));
            let dates = json_text(&r.dates);
            if !r.dates.is_empty() {
                values.push(("dates", &dates));
            }
            w.create_element("edge")
                .with_attributes(cleaned.iter().map(|(k, v)| (*k, v.as_str())))
                .write_inner_content(|w| {
                    attvalues(w, &values)?;
                    spells(w, &r.dates)
                })?;
        }
        Ok::<(), io::Error>(())
    })?;
    Ok(())
}

/// The `gexf` format of [`super::formats()`]: [`write()`], and a reader that
/// loads every actor and edge with its attributes. GEXF does not hold the list of
/// documents, so the loaded graph has none. A text that is not such a graph is an
/// [`Error::Parse`](crate::Error::Parse): not well-formed XML, not GEXF, a value of the wrong type, an unknown
/// actor type or relation, or an edge to an id that is not a node.
pub static GEXF: Text = Text::new(|graph, out| write(graph, out), Some(parse));

fn parse(text: &str, path: &Path) -> Result<ActorGraph> {
    parse_gexf(text).map_err(super::parse_error(path))
}

/// The attribute values of a node or edge, by title.
fn values(
    element: &Element,
    titles: &HashMap<(String, String), String>,
    class: &str,
) -> HashMap<String, String> {
    let mut values = HashMap::new();
    if let Some(list) = element.child("attvalues") {
        for v in list.children("attvalue") {
            if let (Some(key), Some(value)) = (v.attribute("for"), v.attribute("value")) {
                let title = titles
                    .get(&(class.to_string(), key.to_string()))
                    .cloned()
                    .unwrap_or_else(|| key.to_string());
                values.insert(title, value.to_string());
            }
        }
    }
    values
}

fn json_list<T: serde::de::DeserializeOwned + Default>(
    values: &HashMap<String, String>,
    name: &str,
    what: &str,
) -> std::result::Result<T, String> {
    match values.get(name).map(String::as_str) {
        None | Some("") => Ok(T::default()),
        Some(v) => serde_json::from_str(v)
            .map_err(|e| format!("{what}: {name} is not the expected JSON: {e}")),
    }
}

fn number<T: std::str::FromStr>(
    value: Option<&str>,
    name: &str,
    what: &str,
    default: T,
) -> std::result::Result<T, String> {
    match value {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| format!("{what}: {name} {v:?} is not a number")),
    }
}

fn parse_gexf(text: &str) -> std::result::Result<ActorGraph, String> {
    let root = xml::parse(text)?;
    if root.name != "gexf" {
        return Err(format!("not GEXF: the root element is <{}>", root.name));
    }
    let g = root
        .child("graph")
        .ok_or_else(|| "no <graph> element".to_string())?;
    let mut titles = HashMap::new();
    for list in g.children("attributes") {
        let class = list.attribute("class").unwrap_or_default();
        for a in list.children("attribute") {
            if let Some(id) = a.attribute("id") {
                let title = a.attribute("title").unwrap_or(id);
                titles.insert((class.to_string(), id.to_string()), title.to_string());
            }
        }
    }
    let mut graph = ActorGraph::new();
    for node in g
        .child("nodes")
        .into_iter()
        .flat_map(|n| n.children("node"))
    {
        let id = node.node_id()?;
        let what = format!("node {id:?}");
        let v = values(node, &titles, "node");
        let kind = v.get("type").map(String::as_str).unwrap_or_default();
        let mut actor = xml::new_actor(&graph, id, kind, &what)?;
        if let Some(label) = node.attribute("label") {
            actor.set_label(label.to_string());
        }
        actor.aliases = json_list::<Names>(&v, "aliases", &what)?;
        actor.mentions = number(v.get("mentions").map(String::as_str), "mentions", &what, 0)?;
        actor.roles = json_list::<Names>(&v, "roles", &what)?;
        actor.dates = json_list::<Dates>(&v, "dates", &what)?;
        actor.types = json_list(&v, "types", &what)?;
        graph.add_actor(&actor);
    }
    for (i, edge) in g
        .child("edges")
        .into_iter()
        .flat_map(|e| e.children("edge"))
        .enumerate()
    {
        let what = format!("edge {i}");
        let (source, target) = edge.edge_ends(&graph, &what)?;
        let v = values(edge, &titles, "edge");
        let get = |name: &str| v.get(name).map(String::as_str);
        let name = get("relation")
            .or(edge.attribute("label"))
            .unwrap_or_default();
        let relation = RelationKind::parse(name)
            .ok_or_else(|| format!("{what}: unknown relation {name:?}"))?;
        let boolean = |name: &str| match get(name) {
            None | Some("false") => Ok(false),
            Some("true") => Ok(true),
            Some(other) => Err(format!("{what}: {name} {other:?} is not a boolean")),
        };
        let trigger = get("trigger").unwrap_or_default().to_string();
        let mut triggers: Vec<String> = json_list(&v, "triggers", &what)?;
        if triggers.is_empty() && !trigger.is_empty() {
            triggers.push(trigger.clone());
        }
        let class = match get("class") {
            None => TriggerClass::Event,
            Some(name) => TriggerClass::parse(name)
                .ok_or_else(|| format!("{what}: unknown class {name:?}"))?,
        };
        // Gephi writes weights as decimals ("2.0").
        let weight: f64 = number(edge.attribute("weight"), "weight", &what, 1.0)?;
        let relation = Relation {
            relation,
            symmetric: boolean("symmetric")?,
            trigger,
            triggers,
            cameo: get("cameo").map(str::to_string),
            goldstein: match get("goldstein") {
                None => None,
                value => Some(number(value, "goldstein", &what, 0.0f32)?),
            },
            weak: boolean("weak")?,
            former: boolean("former")?,
            class,
            weight: weight.round().max(0.0) as usize,
            dates: json_list::<Dates>(&v, "dates", &what)?,
            evidence: json_list::<Vec<Evidence>>(&v, "evidence", &what)?,
        };
        graph.add_relation(source, target, &relation);
    }
    Ok(graph)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{parse_as, sample_graph, text_of};
    use crate::{Actor, ActorType};

    #[test]
    fn dated_articles_give_spells_of_consecutive_days() {
        let mut graph = ActorGraph::new();
        let mut kerry = Actor::new("Kerry", ActorType::Person);
        for day in ["2014-07-21", "2014-07-22", "2014-07-24"] {
            kerry.dates.add(day.parse().unwrap(), 1);
        }
        graph.add_actor(&kerry);
        graph.add_actor(&Actor::new("Egypt", ActorType::Country));
        let sample = sample_graph();
        let (_, _, base) = sample.edges().next().unwrap();
        let mut dated = Relation {
            relation: RelationKind::Backs,
            symmetric: false,
            ..base.clone()
        };
        for day in ["2014-07-23", "2014-07-21", "2014-07-22", "2014-07-21"] {
            dated.dates.add(day.parse().unwrap(), 1);
        }
        graph.add_relation("Kerry", "Egypt", &dated);
        let undated = Relation {
            relation: RelationKind::Opposes,
            symmetric: false,
            ..base.clone()
        };
        graph.add_relation("Kerry", "Egypt", &undated);
        let text = text_of("gexf", &graph);
        let root = xml::parse(&text).unwrap();
        let g = root.child("graph").unwrap();
        assert_eq!(g.attribute("mode"), Some("dynamic"));
        assert_eq!(g.attribute("timeformat"), Some("date"));
        let spells = |e: &Element| -> Vec<(String, String)> {
            e.child("spells")
                .into_iter()
                .flat_map(|s| s.children("spell"))
                .map(|s| {
                    (
                        s.attribute("start").unwrap().to_string(),
                        s.attribute("end").unwrap().to_string(),
                    )
                })
                .collect()
        };
        let day = |a: &str, b: &str| (a.to_string(), b.to_string());
        let edges: Vec<_> = g
            .child("edges")
            .unwrap()
            .children("edge")
            .map(spells)
            .collect();
        assert_eq!(edges, [vec![day("2014-07-21", "2014-07-23")], vec![]]);
        let nodes: Vec<_> = g
            .child("nodes")
            .unwrap()
            .children("node")
            .map(spells)
            .collect();
        assert_eq!(
            nodes[0],
            [
                day("2014-07-21", "2014-07-22"),
                day("2014-07-24", "2014-07-24")
            ]
        );
        let again = parse_as("gexf", &text).unwrap();
        assert_eq!(
            text_of("gexf", &again),
            text,
            "the counts per day are read back"
        );
        let static_graph = xml::parse(&text_of("gexf", &sample_graph())).unwrap();
        assert_eq!(
            static_graph.child("graph").unwrap().attribute("mode"),
            Some("static")
        );
    }

    #[test]
    fn parallel_edges_differ_in_kind() {
        let root = xml::parse(&text_of("gexf", &sample_graph())).unwrap();
        let edges = root.child("graph").unwrap().child("edges").unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for e in edges.children("edge") {
            let pair = (
                e.attribute("source").unwrap(),
                e.attribute("target").unwrap(),
                e.attribute("kind").unwrap(),
            );
            assert!(seen.insert(pair), "two edges {pair:?}");
        }
        let mut r = sample_graph().edges().next().unwrap().2.clone();
        assert_eq!(kind(&r), "meets");
        r.relation = RelationKind::Opposes;
        assert_eq!(kind(&r), "opposes_mutual");
        r.symmetric = false;
        assert_eq!(kind(&r), "opposes");
    }

    #[test]
    fn bad_files_are_parse_errors() {
        let rows = [
            ("<gexf/>", "no <graph> element"),
            ("<graphml/>", "not GEXF: the root element is <graphml>"),
            (
                r#"<gexf><graph><nodes><node id="A"><attvalues>
                   <attvalue for="type" value="planet"/></attvalues></node></nodes></graph></gexf>"#,
                "node \"A\": unknown actor type \"planet\"",
            ),
        ];
        for (text, reason) in rows {
            let e = parse_as("gexf", text).unwrap_err();
            assert_eq!(e.to_string(), format!("<gexf>: {reason}"), "{text}");
        }
    }
}
