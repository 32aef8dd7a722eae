//! The `actorgraph` binary as a user runs it: the seed folder, stdin, stdout, every bad input,
//! exit codes and the exact messages.
//!
//! Nothing here depends on whether Graphviz is installed: a run that could draw a picture
//! either names formats without one (`--format json,dot`) or hides `dot` from the tool
//! (`Run::without_dot`). Drawing with the real `dot` is a consumer check, in
//! `tests/consumers/graphviz.rs`.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{BIN, Run, SEED, assert_contains, code, folder, json, names, seed_text, stderr};
use serde_json::Value;

const HINT: &str = "Graphviz `dot` not found; install it (Debian/Ubuntu: apt-get install \
                    graphviz, macOS: brew install graphviz)";

/// Checks what holds for any graph.json the tool writes: the node-link shape, edges equal
/// to links, endpoints that are nodes, evidence text equal to its span of the article.
fn check_graph(graph: &Value, articles: &[(&str, &str, &str)]) {
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["multigraph"], true);
    assert_eq!(
        graph["graph"]["generator"],
        concat!("actorgraph ", env!("CARGO_PKG_VERSION"))
    );
    let documents: Vec<(&str, &str)> = graph["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["path"].as_str().unwrap()))
        .collect();
    let expected: Vec<(&str, &str)> = articles.iter().map(|(id, path, _)| (*id, *path)).collect();
    assert_eq!(documents, expected);
    assert_eq!(graph["edges"], graph["links"]);
    let nodes: Vec<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    for edge in graph["edges"].as_array().unwrap() {
        for end in ["source", "target"] {
            assert!(nodes.contains(&edge[end].as_str().unwrap()), "{edge}");
        }
        for e in edge["evidence"].as_array().unwrap() {
            let (_, _, text) = articles
                .iter()
                .find(|(id, _, _)| e["document"] == *id)
                .expect("evidence names a document that was read");
            let (start, end) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
            assert_eq!(text[start as usize..end as usize], e["text"], "{e}");
        }
    }
}

#[test]
fn seed_folder_builds_json_and_dot_and_twice_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    for out in [&a, &b] {
        let out = out.to_str().unwrap();
        let output = Run::new(&["build", "seeds", "--out", out, "--format", "json,dot"]).output();
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        assert!(output.stdout.is_empty());
    }
    let expected = ["graph.dot", "graph.json"];
    assert_eq!(names(&a), expected);
    for name in &expected {
        assert_eq!(
            fs::read(a.join(name)).unwrap(),
            fs::read(b.join(name)).unwrap(),
            "{name} differs between two runs"
        );
    }
    let seed = seed_text();
    check_graph(
        &json(&a.join("graph.json")),
        &[("gaza-ceasefire-cairo", SEED, &seed)],
    );
    let dot = fs::read_to_string(a.join("graph.dot")).unwrap();
    assert!(dot.starts_with("digraph actorgraph {\n"), "{dot}");
}

#[test]
fn no_arguments_builds_seeds_into_out() {
    let project = folder(&[(SEED, seed_text().as_bytes())]);
    // Both runs without Graphviz, so that they write the same files on any machine.
    let empty = tempfile::tempdir().unwrap();
    let output = Run::new(&[])
        .cwd(project.path())
        .without_dot(empty.path())
        .output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let explicit = Run::new(&["build", "seeds", "--out", "explicit"])
        .cwd(project.path())
        .without_dot(empty.path())
        .output();
    assert_eq!(code(&explicit), 0);
    let (out, explicit) = (project.path().join("out"), project.path().join("explicit"));
    assert_eq!(names(&out), ["graph.dot", "graph.json"]);
    assert_eq!(names(&explicit), names(&out));
    for name in names(&out) {
        assert_eq!(
            fs::read(out.join(&name)).unwrap(),
            fs::read(explicit.join(&name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn summary_line_and_quiet() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let out = out.to_str().unwrap();
    let output = Run::new(&["build", SEED, "--out", out, "--format", "json"]).output();
    let err = stderr(&output);
    assert!(err.starts_with("actorgraph: 1 article, "), "{err}");
    assert!(err.ends_with(&format!(" s -> {out}/graph.json\n")), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let quiet = Run::new(&["build", SEED, "--out", out, "--format", "json", "-q"]).output();
    assert_eq!(code(&quiet), 0);
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn stdin_is_an_article_named_stdin() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = seed_text();
    let out = tmp.path().to_str().unwrap();
    let output = Run::new(&["build", "-", "--out", out, "--format", "json", "-q"])
        .stdin(seed.as_bytes())
        .output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let from_stdin = json(&tmp.path().join("graph.json"));
    check_graph(&from_stdin, &[("stdin", "-", &seed)]);
    // Same actors as the file gives.
    let file = Run::new(&["build", SEED, "--out", "-", "--format", "json", "-q"]).output();
    let from_file: Value = serde_json::from_slice(&file.stdout).unwrap();
    assert_eq!(from_stdin["nodes"], from_file["nodes"]);
}

#[test]
fn out_dash_writes_one_text_format_to_stdout() {
    let tmp = tempfile::tempdir().unwrap();
    for format in ["json", "dot"] {
        let stdout = Run::new(&["build", "seeds", "--out", "-", "--format", format, "-q"]).output();
        assert_eq!(code(&stdout), 0, "{}", stderr(&stdout));
        assert_eq!(stderr(&stdout), "");
        let out = tmp.path().join(format);
        let file = Run::new(&[
            "build",
            "seeds",
            "--out",
            out.to_str().unwrap(),
            "--format",
            format,
            "-q",
        ])
        .output();
        assert_eq!(code(&file), 0);
        assert_eq!(
            stdout.stdout,
            fs::read(out.join(format!("graph.{format}"))).unwrap()
        );
    }
}

#[test]
fn out_dash_with_other_formats_is_a_usage_error() {
    let message = "error: --out - writes one text format to standard output: add --format \
                   with one of json, dot, graphml, gexf, cytoscape, html\n\nUsage: actorgraph \
                   build [OPTIONS] [INPUT]...\n\nFor more information, try '--help'.\n";
    for args in [
        &["build", "--out", "-"][..],
        &["build", "--out", "-", "--format", "json,dot"],
        &["build", "--out", "-", "--format", "svg"],
        &["build", "--out", "-", "--format", "neo4j"],
    ] {
        let output = Run::new(args).output();
        assert_eq!(code(&output), 2, "{args:?}");
        assert_eq!(stderr(&output), message);
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["build", "--format", "pdf"][..],
        &["build", "--frobnicate"],
        &["biuld"],
    ] {
        let output = Run::new(args).output();
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(
            stderr(&output).starts_with("error: "),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn help_documents_every_flag_and_the_exit_codes() {
    let top = Run::new(&["--help"]).output();
    assert_eq!(code(&top), 0);
    let top = String::from_utf8(top.stdout).unwrap();
    assert_contains(&top, &["build", "Examples:", "Exit codes:", "--version"]);
    let build = Run::new(&["build", "--help"]).output();
    assert_eq!(code(&build), 0);
    let build = String::from_utf8(build.stdout).unwrap();
    assert_contains(
        &build,
        &[
            "[INPUT]...",
            "--out <DIR>",
            "--format <FORMAT,...>",
            "--quiet",
            "[default: seeds]",
            "[default: out]",
            "[default: json,dot,svg]",
            "Examples:",
            "Exit codes:",
            "  3  the graph was built and written, but some files inside folders or records of feeds",
        ],
    );
}

/// Runs the binary in `dir`, which must fail with exit code 1; returns its stderr.
fn error_in(dir: &Path, args: &[&str]) -> String {
    let output = Run::new(args).cwd(dir).output();
    assert_eq!(code(&output), 1, "{args:?}: {}", stderr(&output));
    stderr(&output)
}

#[test]
fn missing_input_is_an_error_naming_it_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(
        error_in(tmp.path(), &["build", "nope.txt", "--out", "out"]),
        "error: nope.txt: no such file or directory\n"
    );
    assert!(names(tmp.path()).is_empty(), "nothing written");
}

#[test]
fn missing_seeds_folder_says_where_to_run() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(
        error_in(tmp.path(), &[]),
        "error: seeds: no such file or directory (run actorgraph from the project folder, or \
         name the articles: actorgraph build FILE|FOLDER|-)\n"
    );
}

#[test]
fn bad_files_in_a_folder_are_skipped_with_exit_3() {
    let seed = seed_text();
    let dir = folder(&[
        ("news/binary.txt", b"GIF89a\x00\x01\x00"),
        ("news/good.txt", seed.as_bytes()),
        ("news/latin1.txt", b"Caf\xe9 talks"),
        ("news/empty.txt", b" \n"),
    ]);
    let output = Run::new(&[
        "build", "news", "--out", "out", "--format", "json,dot", "-q",
    ])
    .cwd(dir.path())
    .output();
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "warning: skipped news/binary.txt: binary file, not a text article (it contains NUL \
         bytes)\n\
         warning: skipped news/empty.txt: empty article (no text)\n\
         warning: skipped news/latin1.txt: not valid UTF-8 text (first bad byte at offset 3)\n"
    );
    check_graph(
        &json(&dir.path().join("out/graph.json")),
        &[("good", "news/good.txt", &seed)],
    );
}

#[test]
fn a_folder_of_only_bad_files_is_an_error() {
    let dir = folder(&[("news/a.txt", b"\0"), ("news/b.txt", b"")]);
    assert_eq!(
        error_in(dir.path(), &["build", "news", "--out", "out"]),
        "warning: skipped news/a.txt: binary file, not a text article (it contains NUL bytes)\n\
         warning: skipped news/b.txt: empty article (no text)\n\
         error: no article to build the graph from: all 2 inputs were skipped\n"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn explicit_bad_files_are_errors() {
    let dir = folder(&[
        ("latin1.txt", b"Erdo\xf0an met Kerry."),
        ("empty.txt", b""),
        ("blank.txt", b"\r\n  \t\r\n"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("no-articles/readme.md", b"not an article"),
    ]);
    let rows = [
        (
            "latin1.txt",
            "latin1.txt: not valid UTF-8 text (first bad byte at offset 4)",
        ),
        ("empty.txt", "empty.txt: empty article (no text)"),
        ("blank.txt", "blank.txt: empty article (no text)"),
        (
            "image.png",
            "image.png: binary file, not a text article (it contains NUL bytes)",
        ),
        (
            "no-articles",
            "no-articles: no articles in this folder (no .txt, .jsonl, .ndjson or .csv files)",
        ),
    ];
    for (input, message) in rows {
        let said = error_in(dir.path(), &["build", input, "--out", "out"]);
        assert_eq!(said, format!("error: {message}\n"));
        assert!(!dir.path().join("out").exists(), "{input}: nothing written");
    }
}

#[test]
fn empty_stdin_is_an_error() {
    let output = Run::new(&["build", "-", "--out", "-", "--format", "json"]).output();
    assert_eq!(code(&output), 1);
    assert_eq!(stderr(&output), "error: -: empty article (no text)\n");
    assert!(output.stdout.is_empty());
}

#[test]
fn crlf_and_bom_give_the_same_graph_as_lf() {
    let seed = seed_text();
    let crlf = format!("\u{FEFF}{}", seed.replace('\n', "\r\n"));
    let dir = folder(&[
        ("lf/a.txt", seed.as_bytes()),
        ("crlf/a.txt", crlf.as_bytes()),
    ]);
    let graph = |input: &str| {
        let output = Run::new(&["build", input, "--out", "-", "--format", "json"])
            .cwd(dir.path())
            .output();
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    let (lf, crlf_graph) = (graph("lf/a.txt"), graph("crlf/a.txt"));
    check_graph(&crlf_graph, &[("a", "crlf/a.txt", &crlf[3..])]);
    assert_eq!(lf["nodes"], crlf_graph["nodes"]);
    let ends = |g: &Value| -> Vec<(Value, Value, Value)> {
        g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["source"].clone(),
                    e["target"].clone(),
                    e["relation"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(ends(&lf), ends(&crlf_graph));
}

#[test]
fn an_output_folder_under_a_file_is_an_error_and_writes_nothing() {
    // CI runs as root, which ignores read-only modes: a parent that is a file blocks anyone.
    let dir = folder(&[("file", b"not a folder")]);
    let out = dir.path().join("file/out");
    let output = Run::new(&["build", SEED, "--out", out.to_str().unwrap()]).output();
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        format!(
            "error: {}: cannot create output folder: Not a directory (os error 20)\n",
            out.display()
        )
    );
    assert_eq!(names(dir.path()), ["file"]);
}

#[test]
fn an_unwritable_output_file_leaves_no_partial_file() {
    // graph.json is taken by a folder: the rename fails after the content was written.
    let dir = folder(&[("out/graph.json/keep", b"")]);
    let out = dir.path().join("out");
    let args = [
        "build",
        SEED,
        "--out",
        out.to_str().unwrap(),
        "--format",
        "json,dot",
        "-q",
    ];
    let output = Run::new(&args).output();
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        format!(
            "error: {}: cannot write: Is a directory (os error 21)\n",
            out.join("graph.json").display()
        )
    );
    assert_eq!(
        names(&out),
        ["graph.json"],
        "no temporary or later file left"
    );
}

#[test]
fn without_graphviz_the_default_run_warns_and_writes_json_and_dot() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = Run::new(&["build", SEED, "--out", out.path().to_str().unwrap(), "-q"])
        .without_dot(empty.path())
        .output();
    assert_eq!(code(&output), 0);
    assert_eq!(
        stderr(&output),
        format!("warning: {HINT} to get graph.svg. graph.json and graph.dot were written.\n")
    );
    assert_eq!(names(out.path()), ["graph.dot", "graph.json"]);
}

#[test]
fn without_graphviz_an_explicit_svg_is_an_error_after_the_other_formats() {
    let empty = tempfile::tempdir().unwrap();
    let rows: [(&str, &str, &[&str]); 3] = [
        (
            "json,dot,svg",
            " graph.json and graph.dot were written.",
            &["graph.dot", "graph.json"],
        ),
        ("svg,json", " graph.json was written.", &["graph.json"]),
        ("svg", "", &[]),
    ];
    for (formats, written, files) in rows {
        let out = tempfile::tempdir().unwrap();
        let output = Run::new(&[
            "build",
            SEED,
            "--out",
            out.path().to_str().unwrap(),
            "--format",
            formats,
            "-q",
        ])
        .without_dot(empty.path())
        .output();
        assert_eq!(code(&output), 1, "{formats}");
        assert_eq!(
            stderr(&output),
            format!("error: {HINT} to get graph.svg.{written}\n")
        );
        assert_eq!(names(out.path()), files.to_vec(), "{formats}");
    }
}

#[test]
fn shared_stems_in_subfolders_get_distinct_ids() {
    let dir = folder(&[
        ("wire/news/001.txt", b"Blair met Brown."),
        ("wire/sport/001.txt", b"Arsenal beat Chelsea."),
    ]);
    let output = Run::new(&["build", "wire", "--out", "-", "--format", "json"])
        .cwd(dir.path())
        .output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let graph: Value = serde_json::from_slice(&output.stdout).unwrap();
    check_graph(
        &graph,
        &[
            ("news/001", "wire/news/001.txt", "Blair met Brown."),
            ("sport/001", "wire/sport/001.txt", "Arsenal beat Chelsea."),
        ],
    );
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // Enough documents that graph.json outgrows the pipe buffer, so the writer meets the
    // closed pipe (`actorgraph ... --out - | head -c 10`).
    let dir = tempfile::tempdir().unwrap();
    for i in 0..2000 {
        fs::write(dir.path().join(format!("{i:04}.txt")), "Kerry met Ban.").unwrap();
    }
    let mut child = Command::new(BIN)
        .args(["build", ".", "--out", "-", "--format", "json", "-q"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut head = [0u8; 10];
    std::io::Read::read_exact(&mut stdout, &mut head).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(&head, b"{\n  \"direc");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn annotate_prints_conllu_of_an_article() {
    let out = Run::new(&["annotate"])
        .stdin(b"Hamas rejected the plan. Egypt's officials met Qatar.")
        .output();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let sentences: Vec<&str> = text
        .split("\n\n")
        .filter(|s| !s.trim().is_empty())
        .collect();
    assert_eq!(sentences.len(), 2, "{text}");
    assert!(sentences[0].starts_with("# sent_id = 1\n# text = Hamas rejected the plan.\n"));
    let rows: Vec<Vec<&str>> = sentences[1]
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.iter().all(|r| r.len() == 10), "{text}");
    let forms: Vec<&str> = rows.iter().map(|r| r[1]).collect();
    assert_eq!(forms, ["Egypt", "'s", "officials", "met", "Qatar", "."]);
    assert_eq!(rows[3][2], "meet", "lemma of met");
    // exactly one root, every head a token of the sentence
    let heads: Vec<usize> = rows.iter().map(|r| r[6].parse().unwrap()).collect();
    assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{text}");
    assert!(heads.iter().all(|&h| h <= rows.len()));
}

#[test]
fn annotate_conllu_keeps_the_given_tokens() {
    let gold = "# sent_id = a\n1\tU.S.\t_\t_\t_\t_\t2\tnsubj\t_\t_\n2\tobjects\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
    let dir = folder(&[("gold.conllu", gold.as_bytes())]);
    let pred = dir.path().join("pred.conllu");
    let out = Run::new(&[
        "annotate",
        "--conllu",
        "gold.conllu",
        "--out",
        "pred.conllu",
    ])
    .cwd(dir.path())
    .output();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = fs::read_to_string(pred).unwrap();
    let forms: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(forms, ["U.S.", "objects"]);
    assert!(text.contains("# sent_id = a"));
}

#[test]
fn annotate_bad_input_is_an_error() {
    let out = Run::new(&["annotate", "no-such-file.txt"]).output();
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "error: no-such-file.txt: no such file or directory\n"
    );
    let dir = folder(&[("bad.conllu", b"1\tonly three\tcolumns\n")]);
    let out = Run::new(&["annotate", "--conllu", "bad.conllu"])
        .cwd(dir.path())
        .output();
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).starts_with("error: bad.conllu: "),
        "{}",
        stderr(&out)
    );
}

/// Ctrl-C in the middle of a build (here while it waits for standard input, with the
/// evidence table already being written): exit code 130, a message, and no temporary file
/// left in the output folder.
#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_temporary_file() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    let child = Command::new(BIN)
        .args([
            "build",
            "-",
            "--out",
            dir,
            "--format",
            "json",
            "--evidence-table",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while names(out.path()).is_empty() {
        assert!(
            started.elapsed().as_secs() < 60,
            "no evidence table was started"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(names(out.path())[0].starts_with(".evidence.jsonl."));
    // SAFETY: kill(2) on the pid of a child this test started and has not waited for.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    // Standard input stays open until the end: closed, it would end the input and race
    // the interrupt with the error of an empty article.
    let mut child = child;
    let stdin = child.stdin.take();
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(output.status.code(), Some(130));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "actorgraph: interrupted\n"
    );
    assert!(names(out.path()).is_empty(), "{:?}", names(out.path()));
}

/// A relation model given in place of the shipped one that is not one is an error naming
/// the file, before anything is read or written.
#[test]
fn a_bad_relation_model_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model.agm");
    fs::write(&model, b"not a model").unwrap();
    let out = dir.path().join("out");
    let output = Command::new(BIN)
        .args(["build", SEED, "--format", "json", "--out"])
        .arg(&out)
        .env("ACTORGRAPH_RELATION_MODEL", &model)
        .output()
        .unwrap();
    assert_eq!(code(&output), 1);
    assert_contains(
        &stderr(&output),
        &[&format!(
            "error: relation model {} (ACTORGRAPH_RELATION_MODEL): ",
            model.display()
        )],
    );
    assert!(!out.exists());
}
