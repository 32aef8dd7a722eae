//! User dictionaries: `--actors FILE` and `--triggers FILE` on the command line, and
//! [`Pipeline::builder`] in the library. The names are invented, so that nothing shipped
//! knows them.

mod common;

use common::{Run, code, folder, json, names, stderr};
use serde_json::Value;

use actorgraph::{Document, Pipeline};

const ARTICLE: &str = "VMI criticised Tarsk on Monday, French officials said. \
                       Egypt stonewalled Hamas.";

const ACTORS: &str = "name\ttype\taliases\taffiliation\n\
                      Velmora Industries\torganization\tVelmora|VMI\tFrance\n\
                      # an actor without affiliation leaves the column empty\n\
                      Tarsk Capital\torganization\tTarsk\t\n";

const TRIGGERS: &str = "# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource\n\
                        stonewall\tverb\t-\t128\topposes\t-2.0\tobj\tuser\n";

/// `source -relation-> target [trigger]` of every edge.
fn edges(graph: &Value) -> Vec<String> {
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} -{}-> {} [{}]",
                e["source"].as_str().unwrap(),
                e["relation"].as_str().unwrap(),
                e["target"].as_str().unwrap(),
                e["trigger"].as_str().unwrap()
            )
        })
        .collect()
}

/// `id:type` of every node.
fn nodes(graph: &Value) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            format!(
                "{}:{}",
                n["id"].as_str().unwrap(),
                n["type"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn user_actors_and_triggers_add_to_the_shipped_ones() {
    let dir = folder(&[
        ("a.txt", ARTICLE.as_bytes()),
        ("actors.tsv", ACTORS.as_bytes()),
        ("triggers.tsv", TRIGGERS.as_bytes()),
    ]);
    let args = [
        "build",
        "a.txt",
        "--out",
        "out",
        "--format",
        "json",
        "--quiet",
        "--actors",
        "actors.tsv",
        "--triggers",
        "triggers.tsv",
    ];
    let output = Run::new(&args).cwd(dir.path()).output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let graph = json(&dir.path().join("out/graph.json"));
    let nodes = nodes(&graph);
    for node in [
        "Velmora Industries:organization",
        "Tarsk Capital:organization",
        "Egypt:country",
        "Hamas:organization",
    ] {
        assert!(nodes.contains(&node.to_string()), "{node} in {nodes:?}");
    }
    let edges = edges(&graph);
    for edge in [
        "Velmora Industries -opposes-> Tarsk Capital [criticised]",
        "Velmora Industries -affiliated_with-> France [listed member]",
        "Egypt -opposes-> Hamas [stonewalled]",
    ] {
        assert!(edges.contains(&edge.to_string()), "{edge} in {edges:?}");
    }
}

#[test]
fn a_bad_row_is_an_error_naming_file_and_line_and_nothing_is_written() {
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "--actors",
            b"name\ttype\taliases\nVelmora\torganization\t\nTarsk\tcompany\t\n",
            "error: bad.tsv:3: unknown type \"company\" (person, organization, country, \
             group, location)\n",
        ),
        (
            "--actors",
            b"name\tkind\n",
            "error: bad.tsv:1: unknown column \"kind\" (the columns are name, type, aliases, \
             affiliation, roles, code)\n",
        ),
        (
            "--triggers",
            b"# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource\n\
              stonewall\tverb\t-\t128\thates\t-2\tobj\tuser\n",
            "error: bad.tsv:2: unknown class \"hates\"\n",
        ),
        (
            "--triggers",
            b"# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource\n\
              stonewall\tverb\t128\topposes\n",
            "error: bad.tsv:2: expected 8 tab-separated fields (lemma, pos, object, cameo, \
             class, goldstein, frame, source), found 4\n",
        ),
    ];
    for (flag, file, message) in cases {
        let dir = folder(&[("a.txt", ARTICLE.as_bytes()), ("bad.tsv", file)]);
        let args = ["build", "a.txt", "--out", "out", flag, "bad.tsv"];
        let output = Run::new(&args).cwd(dir.path()).output();
        assert_eq!(code(&output), 1);
        assert_eq!(stderr(&output), message);
        assert_eq!(names(dir.path()), ["a.txt", "bad.tsv"], "nothing written");
    }
    let dir = folder(&[("a.txt", ARTICLE.as_bytes())]);
    let args = ["build", "a.txt", "--out", "out", "--actors", "none.tsv"];
    let output = Run::new(&args).cwd(dir.path()).output();
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "error: none.tsv: no such file or directory\n"
    );
}

#[test]
fn the_library_builds_a_pipeline_with_user_dictionaries() {
    let dir = folder(&[
        ("actors.tsv", ACTORS.as_bytes()),
        ("triggers.tsv", TRIGGERS.as_bytes()),
    ]);
    let pipeline = Pipeline::builder()
        .actors(dir.path().join("actors.tsv"))
        .triggers(dir.path().join("triggers.tsv"))
        .build()
        .unwrap();
    let graph = pipeline.build(&[Document::new("a", ARTICLE)], &|_| {});
    let edges: Vec<String> = graph
        .edges()
        .map(|(s, t, r)| format!("{} -{}-> {}", s.id, r.relation, t.id))
        .collect();
    assert!(edges.contains(&"Velmora Industries -opposes-> Tarsk Capital".to_string()));
    assert!(edges.contains(&"Egypt -opposes-> Hamas".to_string()));
    let err = Pipeline::builder()
        .actors(dir.path().join("triggers.tsv"))
        .build()
        .unwrap_err();
    assert!(
        err.to_string().ends_with("triggers.tsv:1: unknown column \"lemma\" (the columns are name, type, aliases, affiliation, roles, code)"),
        "{err}"
    );
}
