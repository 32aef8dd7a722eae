//! The query subcommands as a user runs them: `stats`, `neighbors`, `subgraph`, `merge`,
//! their output, exit codes and messages; and the merge test: the graphs of two halves of
//! a corpus, merged, are the graph of the whole corpus.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{ROOT, assert_contains, build_seeds, code, json, names, run, stderr, stdout};
use serde_json::Value;

/// Short articles written for these tests (not from the seed), two of them dated, that
/// name some of the seed's actors again, so that edges and actors meet across documents.
const ARTICLES: [(&str, &str); 4] = [
    (
        "kerry-doha.txt",
        "Date: 2014-07-25\n\nSecretary of State John Kerry flew to Doha on Friday. Kerry held \
         talks with Qatar's foreign minister, Khalid al-Attiyah, about a truce in Gaza. \
         Israel rejected the proposal, Israeli officials said.\n",
    ),
    (
        "ban-appeal.txt",
        "United Nations Secretary-General Ban Ki-moon urged both sides to stop the fighting. \
         Ban met Egyptian President Abdel-Fattah el-Sissi in Cairo on Saturday. Sissi \
         criticized Hamas for rejecting the Egyptian plan.\n",
    ),
    (
        "ankara-protest.txt",
        "2014-07-27\nTurkish Prime Minister Recep Tayyip Erdogan accused Israel of \
         terrorism. Erdogan also criticized Egypt's leader. Secretary of State John Kerry \
         called Erdogan on Sunday.\n",
    ),
    (
        "london-talks.txt",
        "British Foreign Secretary Philip Hammond met John Kerry in London. Hammond backed \
         the Egyptian proposal. The Palestinian Authority welcomed the talks.\n",
    ),
];

/// A folder with the seed and [`ARTICLES`]; returns it and the article paths relative to
/// it, in corpus order: the seed, two articles, BBC politics, two articles, BBC business.
/// The BBC articles from ../shared, when that folder is there (it is in CI and beside the
/// work tree), are read by absolute path, never copied into the project.
fn corpus() -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let seed = Path::new(ROOT).join("seeds/gaza-ceasefire-cairo.txt");
    fs::copy(&seed, dir.path().join("gaza-ceasefire-cairo.txt")).unwrap();
    files.push("gaza-ceasefire-cairo.txt".to_string());
    let bbc = Path::new(ROOT).join("../shared/data/news/bbc");
    for (i, (name, text)) in ARTICLES.into_iter().enumerate() {
        fs::write(dir.path().join(name), text).unwrap();
        files.push(name.to_string());
        // Stems are unique among these (politics 001-008, business 011-018), so their
        // document ids do not depend on which other files a build reads.
        let (category, first) = match i {
            1 => ("politics", 1),
            3 => ("business", 11),
            _ => continue,
        };
        for n in first..first + 8 {
            let path = bbc.join(category).join(format!("{n:03}.txt"));
            if path.is_file() {
                files.push(path.to_string_lossy().into_owned());
            }
        }
    }
    (dir, files)
}

/// Where [`corpus`] is cut in two: at the third article, so that articles naming the same
/// actors fall in both halves.
fn half(files: &[String]) -> usize {
    files
        .iter()
        .position(|f| f == "ankara-protest.txt")
        .expect("the corpus has it")
}

fn build(dir: &Path, files: &[String], out: &str) -> PathBuf {
    let mut args = vec!["build"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--out", out, "--format", "json", "-q"]);
    let output = run(&args, dir);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    dir.join(out).join("graph.json")
}

/// The run succeeded, and its summary line on stderr starts with `summary`.
fn assert_succeeded_saying(output: &Output, summary: &str) {
    assert_eq!(code(output), 0, "{}", stderr(output));
    assert!(stderr(output).starts_with(summary), "{}", stderr(output));
}

/// The graph as sets, independent of order and of the attributes taken from the first
/// statement (label, type, trigger, CAMEO code, the direction a symmetric edge is stored in):
/// actor -> (aliases, mentions, roles); edge -> (weight, weak, triggers, evidence).
type Actors = BTreeMap<String, (BTreeSet<String>, u64, BTreeSet<String>)>;
type Edges =
    BTreeMap<(String, String, String, bool), (u64, bool, BTreeSet<String>, BTreeSet<String>)>;

fn as_sets(graph: &Value) -> (Actors, Edges, BTreeSet<String>) {
    let strings = |v: &Value| -> BTreeSet<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_string))
            .collect()
    };
    let actors = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_string(),
                (
                    strings(&n["aliases"]),
                    n["mentions"].as_u64().unwrap(),
                    strings(&n["roles"]),
                ),
            )
        })
        .collect();
    let edges = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (mut s, mut t) = (
                e["source"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
            );
            let symmetric = e["symmetric"].as_bool().unwrap();
            if symmetric && t < s {
                std::mem::swap(&mut s, &mut t);
            }
            (
                (s, e["relation"].as_str().unwrap().to_string(), t, symmetric),
                (
                    e["weight"].as_u64().unwrap(),
                    e["weak"].as_bool().unwrap(),
                    strings(&e["triggers"]),
                    strings(&e["evidence"]),
                ),
            )
        })
        .collect();
    let documents = graph["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.to_string())
        .collect();
    (actors, edges, documents)
}

#[test]
fn merging_the_halves_of_a_corpus_gives_the_graph_of_the_whole() {
    let (dir, files) = corpus();
    let whole = build(dir.path(), &files, "whole");
    let half = half(&files);
    let a = build(dir.path(), &files[..half], "a");
    let b = build(dir.path(), &files[half..], "b");

    let output = run(
        &[
            "merge",
            "a/graph.json",
            "b",
            "--out",
            "merged",
            "--format",
            "json",
        ],
        dir.path(),
    );
    assert_succeeded_saying(&output, "actorgraph: merged 2 graphs (");

    // Equality, exactly: merged in corpus order, the same bytes as one build of everything
    // (same documents in the same order, same actors with the same attributes in the same
    // order, same edges with the same weights, triggers and evidence).
    let merged = fs::read_to_string(dir.path().join("merged/graph.json")).unwrap();
    let expected = fs::read_to_string(&whole).unwrap();
    assert!(
        merged == expected,
        "merged graph differs from the whole:\n{merged}"
    );

    // The test means something: the halves share actors and edges, whose mentions and
    // weights add up across them.
    let (whole_actors, whole_edges, _) = as_sets(&json(&whole));
    let (a_actors, a_edges, _) = as_sets(&json(&a));
    let (b_actors, b_edges, _) = as_sets(&json(&b));
    let shared: Vec<_> = a_actors
        .keys()
        .filter(|k| b_actors.contains_key(*k))
        .collect();
    assert!(!shared.is_empty(), "the halves share no actor");
    for id in &shared {
        assert_eq!(
            whole_actors[*id].1,
            a_actors[*id].1 + b_actors[*id].1,
            "{id}"
        );
    }
    let shared_edges: Vec<_> = a_edges
        .keys()
        .filter(|k| b_edges.contains_key(*k))
        .collect();
    assert!(!shared_edges.is_empty(), "the halves share no edge");
    for key in shared_edges {
        assert_eq!(
            whole_edges[key].0,
            a_edges[key].0 + b_edges[key].0,
            "{key:?}"
        );
        assert_eq!(
            whole_edges[key].3.len(),
            a_edges[key].3.len() + b_edges[key].3.len(),
            "evidence kept from both halves: {key:?}"
        );
    }

    // In the other order: the same actors and edges with the same aliases, mentions,
    // roles, weights and evidence; the documents listed in the order given.
    let output = run(
        &[
            "merge", "b", "a", "--out", "reversed", "--format", "json", "-q",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let reversed = json(&dir.path().join("reversed/graph.json"));
    let (r_actors, r_edges, r_documents) = as_sets(&reversed);
    let (_, _, documents) = as_sets(&json(&whole));
    assert_eq!(r_actors, whole_actors);
    assert_eq!(r_edges, whole_edges);
    assert_eq!(r_documents, documents);
    let first = reversed["graph"]["documents"][0]["path"].as_str().unwrap();
    assert_eq!(first, files[half], "documents in the order given");
}

#[test]
fn articles_sharing_a_stem_across_graphs_get_the_ids_of_one_build() {
    let dir = tempfile::tempdir().unwrap();
    for (day, (_, text)) in ["monday", "tuesday", "wednesday"].iter().zip(ARTICLES) {
        fs::create_dir(dir.path().join(day)).unwrap();
        fs::write(dir.path().join(day).join("001.txt"), text).unwrap();
        fs::write(
            dir.path().join(day).join(format!("{day}.txt")),
            ARTICLES[3].1,
        )
        .unwrap();
    }
    let days = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let whole = build(
        dir.path(),
        &days(&["monday", "tuesday", "wednesday"]),
        "whole",
    );
    build(dir.path(), &days(&["monday"]), "a");
    build(dir.path(), &days(&["tuesday", "wednesday"]), "b");
    let output = run(
        &["merge", "a", "b", "--out", "m", "--format", "json", "-q"],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let merged = json(&dir.path().join("m/graph.json"));
    let ids: Vec<&str> = merged["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "monday/001",
            "monday",
            "tuesday/001",
            "tuesday",
            "wednesday/001",
            "wednesday"
        ]
    );
    assert_eq!(merged, json(&whole));
}

#[test]
fn merging_the_same_article_twice_is_an_error() {
    let (dir, _) = corpus();
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    build(
        dir.path(),
        &names(&["gaza-ceasefire-cairo.txt", "kerry-doha.txt"]),
        "a",
    );
    build(
        dir.path(),
        &names(&["kerry-doha.txt", "ban-appeal.txt"]),
        "b",
    );
    let output = run(&["merge", "a", "b/graph.json", "--out", "m"], dir.path());
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "error: b/graph.json: article kerry-doha.txt (document \"kerry-doha\") is already in \
         an earlier graph (as \"kerry-doha\"): merging would count its statements twice\n"
    );
    assert!(!dir.path().join("m").exists(), "nothing written");
}

#[test]
fn dated_articles_carry_their_date_into_json_and_gexf() {
    let (dir, files) = corpus();
    let articles: Vec<String> = files.iter().filter(|f| !f.contains('/')).cloned().collect();
    build(dir.path(), &articles[..4], "g");
    let graph = json(&dir.path().join("g/graph.json"));
    let dates: Vec<(&str, Option<&str>)> = graph["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["date"].as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("gaza-ceasefire-cairo", None),
            ("kerry-doha", Some("2014-07-25")),
            ("ban-appeal", None),
            ("ankara-protest", Some("2014-07-27")),
        ]
    );
    let output = run(
        &[
            "subgraph",
            "--graph",
            "g",
            "--min-weight",
            "1",
            "--out",
            "-",
            "--format",
            "gexf",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let gexf = stdout(&output);
    assert!(
        gexf.contains(r#"mode="dynamic" timeformat="date""#),
        "{gexf}"
    );
}

/// The corpus built once into `g/` (all formats the queries read).
fn built_corpus() -> (tempfile::TempDir, Value) {
    let (dir, files) = corpus();
    let path = build(dir.path(), &files, "g");
    let graph = json(&path);
    (dir, graph)
}

#[test]
fn stats_prints_counts_and_rankings() {
    let (dir, graph) = built_corpus();
    let output = run(
        &["stats", "--graph", "g", "--json", "--top", "3"],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let stats: Value = serde_json::from_slice(&output.stdout).unwrap();
    let nodes = graph["nodes"].as_array().unwrap();
    let edges = graph["edges"].as_array().unwrap();
    assert_eq!(stats["actors"], nodes.len());
    assert_eq!(stats["edges"], edges.len());
    assert_eq!(
        stats["documents"],
        graph["graph"]["documents"].as_array().unwrap().len()
    );
    let by_type: u64 = stats["by_type"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["actors"].as_u64().unwrap())
        .sum();
    assert_eq!(by_type as usize, nodes.len());
    let statements: u64 = edges.iter().map(|e| e["weight"].as_u64().unwrap()).sum();
    assert_eq!(stats["statements"], statements);
    // The top actor by degree has as many edges as the JSON says.
    let top = &stats["top_degree"][0];
    let id = top["actor"].as_str().unwrap();
    let degree = edges
        .iter()
        .map(|e| usize::from(e["source"] == id) + usize::from(e["target"] == id))
        .sum::<usize>();
    assert_eq!(top["score"], degree);
    assert_eq!(stats["top_pagerank"].as_array().unwrap().len(), 3);

    let text = run(&["stats", "--graph", "g/graph.json"], dir.path());
    assert_eq!(code(&text), 0);
    let text = stdout(&text);
    assert_contains(
        &text,
        &[
            "actors by type",
            "edges by relation",
            "top actors by degree (edges)",
            "top actors by weighted degree (statements)",
            "top actors by PageRank",
        ],
    );
}

#[test]
fn neighbors_by_any_alias_with_evidence() {
    let (dir, graph) = built_corpus();
    let kerry = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "John Kerry")
        .expect("John Kerry is in the corpus graph");
    let edges: Vec<&Value> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source"] == "John Kerry" || e["target"] == "John Kerry")
        .collect();
    assert!(!edges.is_empty());
    for name in ["John Kerry", "kerry", "JOHN KERRY"] {
        let output = run(&["neighbors", name, "--graph", "g", "--json"], dir.path());
        assert_eq!(code(&output), 0, "{name}: {}", stderr(&output));
        let found: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(found["actor"], kerry["id"]);
        assert_eq!(found["edges"].as_array().unwrap().len(), edges.len());
    }
    let output = run(
        &["neighbors", "Kerry", "--graph", "g", "--evidence", "1"],
        dir.path(),
    );
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(text.starts_with("John Kerry (person): "), "{text}");
    let first = &edges.iter().max_by_key(|e| e["weight"].as_u64()).unwrap()["evidence"][0];
    let sentence: String = first["text"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&sentence), "{sentence} not in\n{text}");

    let output = run(
        &[
            "neighbors",
            "Kerry",
            "--graph",
            "g",
            "--relation",
            "affiliated_with",
            "--json",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        found["edges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["relation"] == "affiliated_with")
    );
}

#[test]
fn unknown_actor_lists_close_names() {
    let (dir, _) = built_corpus();
    let output = run(&["neighbors", "Jon Kery", "--graph", "g"], dir.path());
    assert_eq!(code(&output), 1);
    let message = stderr(&output);
    assert!(
        message
            .starts_with("error: no actor \"Jon Kery\" in the graph; did you mean \"John Kerry\""),
        "{message}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn bad_graph_files_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["stats", "--graph", "missing.json"], dir.path());
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "error: missing.json: no such file or directory (build a graph first: actorgraph \
         build ARTICLES --out DIR, then --graph DIR)\n"
    );
    let output = run(&["stats"], dir.path());
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).starts_with("error: out/graph.json: no such file or directory"));
    fs::write(dir.path().join("bad.json"), "{\"nodes\": [").unwrap();
    for args in [
        &["stats", "--graph", "bad.json"][..],
        &["neighbors", "x", "--graph", "bad.json"],
        &[
            "subgraph", "--graph", "bad.json", "--actor", "x", "--out", "o",
        ],
        &["merge", "bad.json", "--out", "o"],
    ] {
        let output = run(args, dir.path());
        assert_eq!(code(&output), 1, "{args:?}");
        assert!(
            stderr(&output).starts_with("error: bad.json: EOF while parsing"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert!(!dir.path().join("o").exists());
}

#[test]
fn subgraph_writes_a_smaller_graph_in_any_format() {
    let (dir, graph) = built_corpus();
    let output = run(
        &[
            "subgraph",
            "--graph",
            "g",
            "--actor",
            "kerry",
            "--depth",
            "1",
            "--out",
            "kerry",
            "--format",
            "json,graphml,gexf,cytoscape,neo4j,html,dot",
        ],
        dir.path(),
    );
    assert_succeeded_saying(&output, "actorgraph: kept ");
    for file in [
        "graph.json",
        "graph.graphml",
        "graph.gexf",
        "graph.cytoscape.json",
        "neo4j/nodes.csv",
        "neo4j/relationships.csv",
        "neo4j/import.cypher",
        "graph.html",
        "graph.dot",
    ] {
        assert!(dir.path().join("kerry").join(file).is_file(), "{file}");
    }
    let part = json(&dir.path().join("kerry/graph.json"));
    let nodes = part["nodes"].as_array().unwrap();
    assert!(nodes.len() < graph["nodes"].as_array().unwrap().len());
    assert!(nodes.iter().any(|n| n["id"] == "John Kerry"));
    // Every kept edge is one of the graph's, whole.
    let all = graph["edges"].as_array().unwrap();
    for e in part["edges"].as_array().unwrap() {
        assert!(all.iter().any(|f| f["source"] == e["source"]
            && f["target"] == e["target"]
            && f["relation"] == e["relation"]
            && f["evidence"] == e["evidence"]
            && f["weight"] == e["weight"]));
    }

    let output = run(
        &[
            "subgraph",
            "--graph",
            "g",
            "--relation",
            "affiliated_with",
            "--out",
            "-",
            "--format",
            "graphml",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));

    let output = run(&["subgraph", "--graph", "g", "--out", "x"], dir.path());
    assert_eq!(code(&output), 2, "a selection is required");
    assert!(
        stderr(&output).contains("--actor <ACTOR>"),
        "{}",
        stderr(&output)
    );

    let output = run(
        &[
            "subgraph",
            "--graph",
            "g",
            "--actor",
            "Nobody At All",
            "--out",
            "x",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).starts_with("error: no actor \"Nobody At All\" in the graph"));

    fs::write(dir.path().join("file"), "").unwrap();
    let output = run(
        &[
            "subgraph", "--graph", "g", "--actor", "Kerry", "--out", "file/sub", "--format", "json",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).starts_with("error: file/sub: cannot create output folder:"),
        "{}",
        stderr(&output)
    );
    let output = run(
        &[
            "subgraph", "--graph", "g", "--actor", "Kerry", "--out", "-", "--format", "neo4j",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 2);
}

#[test]
fn build_writes_every_format() {
    let dir = tempfile::tempdir().unwrap();
    build_seeds(dir.path(), "graphml,gexf,cytoscape,neo4j,html");
    assert_eq!(
        names(dir.path()),
        [
            "graph.cytoscape.json",
            "graph.gexf",
            "graph.graphml",
            "graph.html",
            "neo4j"
        ]
    );
    // Each one holds the same graph.
    let from_json = |g: actorgraph::ActorGraph| actorgraph::export::json::to_string(&g);
    let read = |format: &str, file: &str| {
        let format = actorgraph::export::by_name(format).unwrap();
        from_json(format.read(&dir.path().join(file)).unwrap())
    };
    let reference = read("graphml", "graph.graphml");
    assert_eq!(read("cytoscape", "graph.cytoscape.json"), reference);
    assert_eq!(read("html", "graph.html"), reference);
}

#[test]
fn help_lists_the_query_subcommands() {
    let output = run(&["--help"], Path::new(ROOT));
    let help = stdout(&output);
    assert_contains(
        &help,
        &["stats", "neighbors", "subgraph", "merge", "graphml", "gexf"],
    );
    for sub in ["stats", "neighbors", "subgraph", "merge"] {
        let output = run(&[sub, "--help"], Path::new(ROOT));
        assert_eq!(code(&output), 0);
        let help = stdout(&output);
        assert!(
            help.contains("Examples:") && help.contains("Exit codes:"),
            "{sub}"
        );
    }
    let output = run(&["build", "--help"], Path::new(ROOT));
    let help = stdout(&output);
    assert_contains(&help, &["graphml", "gexf", "cytoscape", "neo4j", "html"]);
}
