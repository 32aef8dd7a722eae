//! The graphs the consumer checks write: names that need escaping in every format, a small
//! graph with everything the formats must carry, big ones for the layouts, the seed's
//! graph as the binary writes it, and a graph the binary builds from a text that states an
//! ended membership.

use std::path::Path;

use actorgraph::export::{self, Format};
use actorgraph::{
    Actor, ActorGraph, ActorType, DocumentGraph, DocumentInfo, Evidence, RelationKind, Span,
    Statement,
};
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::common::{Run, build_seeds, code, folder, stderr};

/// The seed folder built by the binary in `formats` (which include `json`) into `dir`, and
/// the graph read back from its graph.json.
pub fn seed(dir: &Path, formats: &str) -> ActorGraph {
    build_seeds(dir, formats);
    export::by_name("json")
        .unwrap()
        .read(&dir.join("graph.json"))
        .unwrap()
}

/// The graphs each format is checked on: [`analyst_graph`] written by the library, the
/// seed as the binary writes it, and [`former`] as the binary writes it; each with the
/// folder holding it in `format`.
pub fn analyst_seed_and_former(format: Format) -> [(ActorGraph, TempDir); 3] {
    let analyst = (analyst_graph(), tempfile::tempdir().unwrap());
    format.write(&analyst.0, analyst.1.path()).unwrap();
    let formats = format!("json,{}", format.name);
    let seed_dir = tempfile::tempdir().unwrap();
    let seed = seed(seed_dir.path(), &formats);
    let former_dir = tempfile::tempdir().unwrap();
    let former = former(former_dir.path(), &formats);
    [analyst, (seed, seed_dir), (former, former_dir)]
}

/// An article that states a membership that has ended ("has quit"), one that holds
/// ("met"), and a judgement (trigger class `stance`, built with `--stance`), written for
/// these checks.
pub const FORMER_TEXT: &str = "Jane Doe, a former Labour MP, has quit the Labour Party. She \
                               met Tony Blair in London on Monday. Jane Doe said Tony Blair's \
                               plan was reckless.";

/// [`FORMER_TEXT`] built by the binary in `formats` (which include `json`) into `dir`, and
/// the graph read back from its graph.json, which has an edge marked `former` and one of
/// the class `stance`: the check that a format carries the mark and the class can fail.
pub fn former(dir: &Path, formats: &str) -> ActorGraph {
    let input = folder(&[("quit.txt", FORMER_TEXT.as_bytes())]);
    let (input, out) = (input.path().to_str().unwrap(), dir.to_str().unwrap());
    let output = Run::new(&[
        "build", input, "-q", "--stance", "--format", formats, "--out", out,
    ])
    .output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let graph = export::by_name("json")
        .unwrap()
        .read(&dir.join("graph.json"))
        .unwrap();
    let classes: Vec<(&str, &str, &str)> = graph
        .edges()
        .map(|(s, t, r)| (s.id.as_str(), t.id.as_str(), r.class.as_str()))
        .collect();
    assert!(
        classes.contains(&("Jane Doe", "Tony Blair", "stance")),
        "the tool marks the judgement stance: {classes:?}"
    );
    assert!(
        classes.contains(&("Jane Doe", "Tony Blair", "event")),
        "and the meeting event: {classes:?}"
    );
    let marked: Vec<(&str, &str, bool)> = graph
        .edges()
        .map(|(s, t, r)| (s.id.as_str(), t.id.as_str(), r.former))
        .collect();
    assert!(
        marked.contains(&("Jane Doe", "Labour Party", true)),
        "the tool marks the ended membership former: {marked:?}"
    );
    assert!(
        marked.iter().any(|&(_, _, f)| !f),
        "and the relation that holds not: {marked:?}"
    );
    graph
}

/// Names that DOT must quote and escape, and that must come out as written.
pub const TRICKY: [(&str, ActorType); 9] = [
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
pub fn tricky_graph() -> ActorGraph {
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
            former: false,
            class: actorgraph::TriggerClass::Event,
            evidence: Evidence {
                document: "tricky".into(),
                sentence: 0,
                start: 0,
                end: text.len(),
                text: text.into(),
                date: None,
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
            url: None,
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

/// A small graph with everything the formats must carry: every actor type and relation,
/// parallel and opposite edges, symmetric and weak edges, CAMEO codes, merged evidence from
/// dated and undated articles, and names that need escaping in XML, CSV, JSON and HTML.
pub fn analyst_graph() -> ActorGraph {
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
                date: date.map(|d| d.parse().unwrap()),
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
                former: false,
                class: actorgraph::TriggerClass::Event,
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
                date: date.map(|d| d.parse().unwrap()),
                url: None,
            }),
            actors,
            statements,
        });
    }
    graph
}

/// Evidence whose sentence does not matter: sentence `n` of document `d`, reading "x".
fn placeholder_evidence(n: usize) -> Evidence {
    Evidence {
        document: "d".into(),
        sentence: n,
        start: 0,
        end: 1,
        text: "x".into(),
        date: None,
    }
}

/// `actors` people and `edges` `opposes` edges between pairs of them drawn by a fixed
/// sequence: the same tangle every run.
pub fn tangle(actors: usize, edges: usize) -> ActorGraph {
    let mut graph = ActorGraph::new();
    let names: Vec<String> = (0..actors).map(|i| format!("Actor {i}")).collect();
    for name in &names {
        graph.add_actor(&Actor::new(name.as_str(), ActorType::Person));
    }
    let mut state: u64 = 7;
    let mut next = |n: usize| {
        // A linear congruential sequence.
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % n
    };
    for i in 0..edges {
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
            former: false,
            class: actorgraph::TriggerClass::Event,
            evidence: placeholder_evidence(i),
        });
    }
    graph
}

/// `pairs` pairs of a person affiliated with a country (`A0` with `B0`, ...), each edge of
/// weight 1 but the first `heavy` ones, of weight 3.
pub fn pairs(pairs: usize, heavy: usize) -> ActorGraph {
    let mut graph = ActorGraph::new();
    for i in 0..pairs {
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
            former: false,
            class: actorgraph::TriggerClass::Event,
            weight: if i < heavy { 3 } else { 1 },
            dates: Default::default(),
            evidence: vec![placeholder_evidence(0)],
        };
        graph.add_relation(&a, &b, &relation);
    }
    graph
}

/// Checks that a graph read back by one of our readers (GraphML, Cytoscape.js, the HTML
/// page) is `graph`, attribute for attribute, `former` included.
pub fn assert_same_graph(again: &ActorGraph, graph: &ActorGraph) {
    assert_eq!(
        export::json::to_string(again),
        export::json::to_string(graph)
    );
}

/// What every consumer should see of a graph: nodes (id, type, mentions, aliases) and edges
/// (source, target, relation, weight, number of evidence sentences, whether the affiliation
/// has ended, trigger class), each list [`sorted`].
pub fn expected(graph: &ActorGraph) -> (Vec<Value>, Vec<Value>) {
    let nodes: Vec<Value> = graph
        .actors()
        .map(|a| json!([a.id, a.kind.as_str(), a.mentions, a.aliases]))
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .map(|(s, t, r)| {
            json!([
                s.id,
                t.id,
                r.relation.as_str(),
                r.weight,
                r.evidence.len(),
                r.former,
                r.class.as_str()
            ])
        })
        .collect();
    (sorted(&json!(nodes)), sorted(&json!(edges)))
}

/// A JSON list in one order, whatever order a consumer listed it in.
pub fn sorted(list: &Value) -> Vec<Value> {
    let mut list = list.as_array().unwrap().clone();
    list.sort_by_key(|v| v.to_string());
    list
}
