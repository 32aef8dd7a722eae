//! The binary on news feeds: JSON Lines and CSV files, gzip, standard input, bad lines,
//! files that are not regular files, dates in the graph, `--since`/`--until`, bounded
//! evidence and the evidence tables.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use common::{Run, code, folder, json, names, run, seed_text, stderr, stdout};
use serde_json::{Value, json};

/// The seed article as one JSON Lines record, dated.
fn seed_record(id: &str, date: &str) -> String {
    let record = json!({ "id": id, "date": date, "url": format!("https://news.example/{id}"),
                         "text": seed_text() });
    format!("{record}\n")
}

/// The nodes and edges of a graph.json, without the list of documents and without what
/// dates add.
fn shape(graph: &Value) -> Value {
    let mut g = graph.clone();
    for list in ["nodes", "edges", "links"] {
        for item in g[list].as_array_mut().unwrap() {
            let o = item.as_object_mut().unwrap();
            for key in ["first_date", "last_date", "dates"] {
                o.remove(key);
            }
            for e in o
                .get_mut("evidence")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                let e = e.as_object_mut().unwrap();
                e.remove("date");
                e.insert("document".into(), json!("-"));
            }
        }
    }
    g.as_object_mut().unwrap().remove("graph");
    g
}

/// A JSON Lines feed of the seed article once per day of `days`, ids `s0`, `s1`, ...
fn seed_feed(days: &[&str]) -> String {
    days.iter()
        .enumerate()
        .map(|(i, day)| seed_record(&format!("s{i}"), day))
        .collect()
}

#[test]
fn a_feed_of_the_seed_builds_the_seed_graph_with_its_date() {
    let dir = folder(&[(
        "news.jsonl",
        seed_record("gaza", "2014-07-22T09:30:00Z").as_bytes(),
    )]);
    let output = run(
        &[
            "build",
            "news.jsonl",
            "--out",
            "out",
            "--format",
            "json",
            "-q",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let graph = json(&dir.path().join("out/graph.json"));
    let seed = json(&Path::new(common::ROOT).join("out/graph.json"));
    assert_eq!(
        shape(&graph),
        shape(&seed),
        "the same actors and edges as the .txt"
    );
    assert_eq!(
        graph["graph"]["documents"],
        json!([{"id": "gaza", "path": "news.jsonl:1", "date": "2014-07-22",
                "url": "https://news.example/gaza"}])
    );
    for edge in graph["edges"].as_array().unwrap() {
        assert_eq!(edge["first_date"], "2014-07-22");
        assert_eq!(edge["last_date"], "2014-07-22");
        assert_eq!(edge["dates"], json!({"2014-07-22": edge["weight"]}));
        assert_eq!(edge["evidence"][0]["date"], "2014-07-22");
    }
    let kerry = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "John Kerry")
        .unwrap();
    assert_eq!(kerry["dates"], json!({"2014-07-22": kerry["mentions"]}));
}

#[test]
fn bad_lines_are_reported_with_their_line_and_skipped() {
    let mut feed = seed_record("a", "2014-07-22");
    // A record cut short: the rest of the feed is still read.
    feed.push_str("{\"id\": \"b\", \"text\": \"Hamas rejected\n");
    feed.push_str("{\"id\": \"c\", \"date\": \"yesterday\", \"text\": \"Egypt backed Israel.\"}\n");
    feed.push_str(&seed_record("d", "2014-07-24"));
    let dir = folder(&[("feed.ndjson", feed.as_bytes())]);
    let output = run(
        &[
            "build",
            "feed.ndjson",
            "--out",
            "out",
            "--format",
            "json",
            "-q",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "warning: skipped feed.ndjson:2: invalid JSON: EOF while parsing a string at line 1 \
         column 35\n\
         warning: skipped feed.ndjson:3: bad date \"yesterday\" in field \"date\" (expected an \
         ISO date such as 2014-07-22 or 2014-07-22T09:30:00Z)\n"
    );
    let graph = json(&dir.path().join("out/graph.json"));
    let ids: Vec<_> = graph["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "d"]);
    let edge = &graph["edges"][0];
    assert_eq!(edge["dates"], json!({"2014-07-22": 1, "2014-07-24": 1}));
}

/// A CSV record is named by the line it starts on, after CRLF endings, blank lines and
/// quoted fields over several lines alike.
#[test]
fn bad_csv_records_are_named_by_their_own_line() {
    let feed = "id,text\r\na,Kerry met Sissi in Cairo.\r\nb,\r\n\r\n\r\nc,\"Obama met\r\nMerkel.\"\r\nd,\r\n";
    let dir = folder(&[("feed.csv", feed.as_bytes())]);
    let output = run(
        &[
            "build", "feed.csv", "--out", "out", "--format", "json", "-q",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    let err = stderr(&output);
    let lines: Vec<&str> = err
        .lines()
        .map(|l| l.split(": ").nth(1).unwrap_or(l))
        .collect();
    assert_eq!(lines, ["skipped feed.csv:3", "skipped feed.csv:8"]);
}

#[test]
fn gzip_csv_and_standard_input_feeds() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(seed_record("s", "2014-07-22").as_bytes())
        .unwrap();
    let gz = gz.finish().unwrap();
    let csv = format!(
        "id,published,text\n\"x\",2014-07-23,\"{}\"\n",
        seed_text().replace('"', "\"\"")
    );
    let dir = folder(&[("a.jsonl.gz", &gz), ("b.csv", csv.as_bytes())]);
    let output = run(
        &["build", ".", "--out", "out", "--format", "json", "-q"],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let graph = json(&dir.path().join("out/graph.json"));
    assert_eq!(graph["graph"]["documents"][1]["path"], "./b.csv:2");
    assert_eq!(graph["edges"][0]["last_date"], "2014-07-23");

    for (input, args) in [
        (gz.clone(), &["--input-format", "jsonl"][..]),
        (
            seed_record("s", "2014-07-22").into_bytes(),
            &["--input-format", "jsonl"][..],
        ),
    ] {
        let mut command = vec!["build", "-", "--out", "-", "--format", "json", "-q"];
        command.extend_from_slice(args);
        let output = Run::new(&command).stdin(&input).output();
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        let graph: Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(graph["graph"]["documents"][0]["path"], "-:1");
        assert_eq!(graph["graph"]["documents"][0]["date"], "2014-07-22");
    }
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_read() {
    let dir = folder(&[("news/a.txt", seed_text().as_bytes())]);
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("news/pipe.txt"))
        .status();
    if made.is_ok_and(|s| s.success()) {
        let output = run(
            &["build", "news", "--out", "out", "--format", "json", "-q"],
            dir.path(),
        );
        assert_eq!(code(&output), 3, "{}", stderr(&output));
        assert_eq!(
            stderr(&output),
            "warning: skipped news/pipe.txt: not a regular file (a FIFO); only regular files \
             are read (pipe a stream to `-`)\n"
        );
        let output = run(&["build", "news/pipe.txt", "--out", "out2"], dir.path());
        assert_eq!(code(&output), 1);
    }
    let output = run(&["build", "/dev/zero", "--out", "out3"], dir.path());
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "error: /dev/zero: not a regular file (a character device); only regular files are \
         read (pipe a stream to `-`)\n"
    );
    assert!(!dir.path().join("out3").exists());
}

#[test]
fn bounded_evidence_and_the_evidence_tables() {
    let feed = seed_feed(&["2014-07-24", "2014-07-22", "2014-07-23"]);
    let dir = folder(&[("f.jsonl", feed.as_bytes())]);
    let output = run(
        &[
            "build",
            "f.jsonl",
            "--out",
            "out",
            "--format",
            "json,parquet",
            "--evidence",
            "1",
            "--evidence-table",
            "-q",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let out = dir.path().join("out");
    assert_eq!(names(&out), ["evidence.jsonl", "graph.json", "parquet"]);
    assert_eq!(
        names(&out.join("parquet")),
        ["edges.parquet", "evidence.parquet", "nodes.parquet"]
    );
    let graph = json(&out.join("graph.json"));
    let mut statements = 0;
    for edge in graph["edges"].as_array().unwrap() {
        assert_eq!(edge["evidence"].as_array().unwrap().len(), 1);
        assert_eq!(
            edge["evidence"][0]["date"], "2014-07-22",
            "the earliest is kept"
        );
        statements += edge["weight"].as_u64().unwrap();
    }
    let rows: Vec<Value> = fs::read_to_string(out.join("evidence.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len() as u64, statements, "one row per statement");
    assert_eq!(rows[0]["document"], "s0");
    assert_eq!(rows[0]["date"], "2014-07-24", "in input order");
    assert!(rows[0]["trigger"].is_string());
}

#[test]
fn queries_over_a_period() {
    let feed = seed_feed(&["2014-07-21", "2014-07-22", "2014-07-24"]);
    let dir = folder(&[("f.jsonl", feed.as_bytes())]);
    let output = run(
        &["build", "f.jsonl", "--out", "g", "--format", "json", "-q"],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let stats = |period: &[&str]| -> Value {
        let mut args = vec!["stats", "--graph", "g", "--json"];
        args.extend_from_slice(period);
        let output = run(&args, dir.path());
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        serde_json::from_str(&stdout(&output)).unwrap()
    };
    let all = stats(&[]);
    let one = stats(&["--since", "2014-07-22", "--until", "2014-07-23"]);
    let two = stats(&["--since", "2014-07-22"]);
    assert_eq!(one["documents"], 1);
    assert_eq!(two["documents"], 2);
    let n = |v: &Value| v["statements"].as_u64().unwrap();
    assert_eq!(n(&all), 3 * n(&one));
    assert_eq!(n(&two), 2 * n(&one));
    assert_eq!(one["edges"], all["edges"]);
    assert_eq!(stats(&["--until", "2014-07-20"])["edges"], 0);

    let output = run(
        &[
            "neighbors",
            "Kerry",
            "--graph",
            "g",
            "--json",
            "--since",
            "2014-07-24",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let found: Value = serde_json::from_str(&stdout(&output)).unwrap();
    for edge in found["edges"].as_array().unwrap() {
        for e in edge["evidence"].as_array().unwrap() {
            assert_eq!(e["date"], "2014-07-24");
        }
    }
    let output = run(
        &[
            "subgraph",
            "--graph",
            "g",
            "--relation",
            "meets",
            "--until",
            "2014-07-21",
            "--out",
            "s",
            "-q",
            "--format",
            "json",
        ],
        dir.path(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let part = json(&dir.path().join("s/graph.json"));
    for edge in part["edges"].as_array().unwrap() {
        assert_eq!(edge["dates"], json!({"2014-07-21": edge["weight"]}));
    }
    let output = run(&["stats", "--graph", "g", "--since", "22 July"], dir.path());
    assert_eq!(code(&output), 2, "a bad date is a usage error");
}
