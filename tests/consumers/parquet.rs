//! DuckDB and pandas (through pyarrow) read the Parquet tables: the counts, the column types
//! and the values agree with graph.json. Checked on the analyst sample written by the
//! library (evidence from the graph's samples), on the ended membership of
//! [`samples::former`] and on a dated feed of the seed, both built by the binary (the full
//! evidence streamed during the build).

use std::fs;
use std::path::Path;

use actorgraph::{ActorGraph, export};
use serde_json::{Value, json};

use crate::common::{Run, code, stderr};
use crate::python;
use crate::samples;

crate::checks! {
    parquet_tables_load_in_duckdb_and_pandas: DuckDb, Pandas;
}

/// What DuckDB and pandas see of the three tables in the folder.
const SCRIPT: &str = r#"
import json, sys
import duckdb
import pandas as pd
folder = sys.argv[1]
con = duckdb.connect()
def table(name):
    return f"read_parquet('{folder}/{name}.parquet')"
def q(sql):
    return con.execute(sql).fetchall()
types = {t: [[c[0], c[1]] for c in q(f"DESCRIBE SELECT * FROM {table(t)}")]
         for t in ["nodes", "edges", "evidence"]}
nodes = q(f"""SELECT id, type, mentions, aliases, CAST(first_date AS VARCHAR),
                     [CAST(k AS VARCHAR) FOR k IN map_keys(dates)], map_values(dates)
              FROM {table('nodes')}""")
edges = q(f"""SELECT source, target, key, relation, weight, triggers,
                     CAST(first_date AS VARCHAR), CAST(last_date AS VARCHAR),
                     [CAST(k AS VARCHAR) FOR k IN map_keys(dates)], map_values(dates), former,
                     class
              FROM {table('edges')}""")
evidence = q(f"""SELECT count(*), count(trigger), count(date),
                        count(DISTINCT document), min(length(text))
                 FROM {table('evidence')}""")[0]
frames = {t: pd.read_parquet(f"{folder}/{t}.parquet") for t in ["nodes", "edges", "evidence"]}
print(json.dumps({
    "types": types,
    "nodes": [list(r) for r in nodes],
    "edges": [list(r) for r in edges],
    "evidence": list(evidence),
    "pandas_rows": {t: len(f) for t, f in frames.items()},
    "pandas_weight": str(frames["edges"]["weight"].dtype),
    "pandas_first_date": [str(d) for d in frames["edges"]["first_date"]],
    "pandas_former": [bool(f) for f in frames["edges"]["former"]],
    "pandas_class": [str(c) for c in frames["edges"]["class"]],
    "evidence_classes": sorted(set(c for c in frames["evidence"]["class"])),
}))
"#;

/// DuckDB reads every column with the type the module documents.
fn assert_column_types(seen: &Value) {
    let column = |t: &str| -> Vec<Value> { seen["types"][t].as_array().unwrap().clone() };
    assert_eq!(
        column("nodes"),
        json!([
            ["id", "VARCHAR"],
            ["label", "VARCHAR"],
            ["type", "VARCHAR"],
            ["aliases", "VARCHAR[]"],
            ["mentions", "BIGINT"],
            ["roles", "VARCHAR[]"],
            ["first_date", "DATE"],
            ["last_date", "DATE"],
            ["dates", "MAP(DATE, BIGINT)"]
        ])
        .as_array()
        .unwrap()
        .clone()
    );
    assert_eq!(
        column("edges"),
        json!([
            ["source", "VARCHAR"],
            ["target", "VARCHAR"],
            ["key", "BIGINT"],
            ["relation", "VARCHAR"],
            ["symmetric", "BOOLEAN"],
            ["trigger", "VARCHAR"],
            ["triggers", "VARCHAR[]"],
            ["cameo", "VARCHAR"],
            ["goldstein", "FLOAT"],
            ["weak", "BOOLEAN"],
            ["weight", "BIGINT"],
            ["first_date", "DATE"],
            ["last_date", "DATE"],
            ["dates", "MAP(DATE, BIGINT)"],
            ["former", "BOOLEAN"],
            ["class", "VARCHAR"]
        ])
        .as_array()
        .unwrap()
        .clone()
    );
    assert_eq!(
        column("evidence"),
        json!([
            ["source", "VARCHAR"],
            ["target", "VARCHAR"],
            ["relation", "VARCHAR"],
            ["symmetric", "BOOLEAN"],
            ["document", "VARCHAR"],
            ["sentence", "BIGINT"],
            ["start", "BIGINT"],
            ["end", "BIGINT"],
            ["date", "DATE"],
            ["trigger", "VARCHAR"],
            ["text", "VARCHAR"],
            ["class", "VARCHAR"]
        ])
        .as_array()
        .unwrap()
        .clone()
    );
}

/// The tables in `folder` hold `graph`; `statements` rows of evidence (with triggers when
/// `full`, the full evidence of a build).
fn check(graph: &ActorGraph, folder: &Path, evidence_rows: usize, full: bool) {
    let seen = python(SCRIPT, folder);
    assert_column_types(&seen);
    let day = |d: Option<actorgraph::Date>| d.map_or(Value::Null, |d| json!(d.to_string()));
    let days = |dates: &actorgraph::Dates| -> (Value, Value) {
        (
            dates.iter().map(|(d, _)| d.to_string()).collect(),
            dates.iter().map(|(_, n)| n).collect(),
        )
    };
    let nodes: Vec<Value> = graph
        .actors()
        .map(|a| {
            let (keys, counts) = days(&a.dates);
            json!([
                a.id,
                a.kind.as_str(),
                a.mentions,
                a.aliases,
                day(a.dates.first()),
                keys,
                counts
            ])
        })
        .collect();
    assert_eq!(seen["nodes"], json!(nodes));
    let graph_json: Value = serde_json::from_str(&export::json::to_string(graph)).unwrap();
    let edges: Vec<Value> = graph
        .edges()
        .zip(graph_json["edges"].as_array().unwrap())
        .map(|((s, t, r), e)| {
            let (keys, counts) = days(&r.dates);
            json!([
                s.id,
                t.id,
                e["key"],
                r.relation.as_str(),
                r.weight,
                r.triggers,
                day(r.first_date()),
                day(r.last_date()),
                keys,
                counts,
                r.former,
                r.class.as_str()
            ])
        })
        .collect();
    assert_eq!(seen["edges"], json!(edges));
    let evidence = &seen["evidence"];
    assert_eq!(evidence[0], evidence_rows);
    assert_eq!(
        evidence[1],
        if full { evidence_rows } else { 0 },
        "triggers"
    );
    assert_eq!(
        seen["pandas_rows"],
        json!({"nodes": graph.actor_count(), "edges": graph.edge_count(), "evidence": evidence_rows})
    );
    assert_eq!(seen["pandas_weight"], "int64");
    let first: Vec<String> = graph
        .edges()
        .map(|(_, _, r)| r.first_date().map_or("None".into(), |d| d.to_string()))
        .collect();
    assert_eq!(seen["pandas_first_date"], json!(first));
    let former: Vec<bool> = graph.edges().map(|(_, _, r)| r.former).collect();
    assert_eq!(seen["pandas_former"], json!(former));
    let class: Vec<&str> = graph.edges().map(|(_, _, r)| r.class.as_str()).collect();
    assert_eq!(seen["pandas_class"], json!(class));
    // every evidence row names its statement's class, and a judgement's is `stance`
    let classes: std::collections::BTreeSet<&str> = class.into_iter().collect();
    assert_eq!(seen["evidence_classes"], json!(classes));
}

fn parquet_tables_load_in_duckdb_and_pandas() {
    let parquet = export::by_name("parquet").unwrap();
    let analyst = samples::analyst_graph();
    let dir = tempfile::tempdir().unwrap();
    let folder = parquet.write(&analyst, dir.path()).unwrap();
    let samples: usize = analyst.edges().map(|(_, _, r)| r.evidence.len()).sum();
    check(&analyst, &folder, samples, false);

    // An ended membership, built by the binary: `former` is read back true.
    let dir = tempfile::tempdir().unwrap();
    let graph = samples::former(dir.path(), "json,parquet");
    let statements: usize = graph.edges().map(|(_, _, r)| r.weight).sum();
    check(&graph, &dir.path().join("parquet"), statements, true);

    // The seed, three times on three days, as a feed built by the binary: the evidence
    // table holds every statement.
    let text =
        fs::read_to_string(Path::new(crate::common::ROOT).join(crate::common::SEED)).unwrap();
    let feed: String = ["2014-07-21", "2014-07-22", "2014-07-24"]
        .iter()
        .enumerate()
        .map(|(i, d)| {
            format!(
                "{}\n",
                json!({"id": format!("s{i}"), "date": d, "text": text})
            )
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("seed.jsonl"), feed).unwrap();
    let output = Run::new(&[
        "build",
        "seed.jsonl",
        "--out",
        "out",
        "--format",
        "json,parquet",
        "-q",
        "--evidence",
        "2",
    ])
    .cwd(dir.path())
    .output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let out = dir.path().join("out");
    let graph = export::json::read(&out.join("graph.json")).unwrap();
    let statements: usize = graph.edges().map(|(_, _, r)| r.weight).sum();
    check(&graph, &out.join("parquet"), statements, true);
}
