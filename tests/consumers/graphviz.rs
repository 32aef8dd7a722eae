//! Graphviz `dot` renders graph.dot, and the tool draws graph.svg and graph.png with it.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use actorgraph::Error;
use actorgraph::export;

use crate::common::{Run, SEED, code, json, names, stderr};
use crate::samples::{self, TRICKY};

crate::checks! {
    dot_renders_tricky_names_as_written: Graphviz;
    dot_renders_the_seed_graph: Graphviz;
    svg_names_a_former_membership_in_words: Graphviz;
    dot_renders_a_large_graph_in_reasonable_time: Graphviz;
    default_build_draws_graph_svg_the_same_twice: Graphviz;
    png_is_written_when_asked: Graphviz;
    render_reports_what_dot_says: Graphviz;
    a_picture_past_its_time_limit_costs_only_its_file: Graphviz;
}

/// Runs `dot -Tsvg` on a file; returns the SVG, failing on any error or warning.
fn render_svg(path: &Path) -> String {
    let output = Command::new("dot").arg("-Tsvg").arg(path).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot failed: {stderr}");
    assert!(stderr.is_empty(), "dot warned: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// How SVG writes a text: XML-escaped.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Checks that an SVG drawn by `dot` has one node per actor and one edge per edge of the
/// graph.json beside it (parallel edges are kept, each drawn), each edge's element of the
/// SVG class of its trigger class (`edge event`, `edge stance`).
fn assert_draws_the_graph(svg: &str, graph_json: &Path) {
    let graph = json(graph_json);
    let nodes = graph["nodes"].as_array().unwrap().len();
    let edges = graph["edges"].as_array().unwrap();
    assert_eq!(svg.matches("class=\"node\"").count(), nodes);
    assert_eq!(svg.matches("class=\"edge ").count(), edges.len());
    for class in ["event", "stance"] {
        let n = edges.iter().filter(|e| e["class"] == class).count();
        let drawn = format!("class=\"edge {class}\"");
        assert_eq!(svg.matches(&drawn).count(), n, "{drawn}");
    }
}

fn dot_renders_tricky_names_as_written() {
    let graph = samples::tricky_graph();
    let dir = tempfile::tempdir().unwrap();
    let path = export::by_name("dot")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let svg = render_svg(&path);
    for (name, _) in TRICKY {
        // A name with a line break is drawn as two text lines.
        for line in name.split('\n') {
            let text = format!(">{}</text>", xml(line));
            assert!(
                svg.contains(&text),
                "{name:?} not drawn as written: {text}\n{svg}"
            );
        }
    }
    assert_eq!(svg.matches("class=\"node\"").count(), graph.actor_count());
    // Parallel edges are kept: one drawn edge per graph edge.
    assert_eq!(
        svg.matches("class=\"edge event\"").count(),
        graph.edge_count()
    );
    assert_eq!(graph.edge_count(), TRICKY.len());
}

fn dot_renders_the_seed_graph() {
    let dir = tempfile::tempdir().unwrap();
    samples::seed(dir.path(), "json,dot");
    let svg = render_svg(&dir.path().join("graph.dot"));
    assert_draws_the_graph(&svg, &dir.path().join("graph.json"));
}

/// The tool's own picture of an ended membership: the edge says "former member of" and the
/// party in words, in the affiliation's grey made fainter, and the legend has a row for it.
fn svg_names_a_former_membership_in_words() {
    let dir = tempfile::tempdir().unwrap();
    samples::former(dir.path(), "json,svg");
    let svg = fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    assert_draws_the_graph(&svg, &dir.path().join("graph.json"));
    assert!(
        svg.contains(">former member of Labour Party</text>"),
        "{svg}"
    );
    assert!(
        svg.contains("&gt; former member of</text>"),
        "legend row: {svg}"
    );
    assert!(
        svg.contains("Jane Doe former member of Labour Party"),
        "tooltip: {svg}"
    );
    assert!(
        !svg.contains("affiliated_with"),
        "no code in the picture: {svg}"
    );
    // the judgement of the sample (built with --stance): dashed, and a legend row
    assert!(
        svg.contains("judgement (stance, dashed)</text>"),
        "legend row: {svg}"
    );
    assert!(svg.contains("a judgement"), "tooltip: {svg}");
}

fn dot_renders_a_large_graph_in_reasonable_time() {
    // 400 actors, 800 edges: `dot`'s hierarchical layout takes minutes on such a graph; the
    // exporter asks for sfdp, which takes well under a second.
    let graph = samples::tangle(400, 800);
    let dir = tempfile::tempdir().unwrap();
    let path = export::by_name("dot")
        .unwrap()
        .write(&graph, dir.path())
        .unwrap();
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("graph.svg"))
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dot took over a minute on 400 actors and 800 edges");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let svg = fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    assert_eq!(svg.matches("class=\"node\"").count(), 400);
}

/// With Graphviz, the default formats include the picture, drawn the same twice.
fn default_build_draws_graph_svg_the_same_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for out in [&a, &b] {
        let output = Run::new(&["build", "seeds", "-q", "--out", out.to_str().unwrap()]).output();
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        assert_eq!(stderr(&output), "", "no warning when Graphviz is there");
    }
    assert_eq!(names(&a), ["graph.dot", "graph.json", "graph.svg"]);
    let svg = fs::read_to_string(a.join("graph.svg")).unwrap();
    assert_eq!(svg, fs::read_to_string(b.join("graph.svg")).unwrap());
    assert_draws_the_graph(&svg, &a.join("graph.json"));
}

fn png_is_written_when_asked() {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().to_str().unwrap();
    let output = Run::new(&["build", SEED, "--out", out, "--format", "png", "-q"]).output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let png = fs::read(Path::new(out).join("graph.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
}

/// The library's renderer with the real `dot`: a picture of what it was given, and a bad
/// DOT text is an error carrying what `dot` said.
fn render_reports_what_dot_says() {
    let svg = export::svg::SVG
        .render("digraph { \"Erdo\u{011F}an\" -> b }")
        .unwrap();
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.contains(">Erdo\u{011F}an</text>"), "{svg}");
    match export::svg::SVG.render("digraph { a -> }") {
        Err(Error::Render { reason }) => assert!(reason.contains("syntax error"), "{reason}"),
        other => panic!("expected a render error, got {other:?}"),
    }
}

/// Graphviz past `--picture-time-limit`: stopped, the other formats written, no picture
/// and no temporary file left, exit code 4 naming the picture; with the default formats
/// (pictures not asked for) the same is a warning and exit code 0.
fn a_picture_past_its_time_limit_costs_only_its_file() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    let asked = [
        "build",
        SEED,
        "--out",
        dir,
        "--format",
        "svg,json,png,html",
        "--picture-time-limit",
        "0.001",
    ];
    let output = Run::new(&asked).output();
    assert_eq!(code(&output), 4, "{}", stderr(&output));
    assert_eq!(names(out.path()), ["graph.html", "graph.json"]);
    for file in ["graph.svg", "graph.png"] {
        let line = format!(
            "error: no {file}: Graphviz `dot` failed: took longer than the time limit of \
             0.001 s and was stopped"
        );
        assert!(stderr(&output).contains(&line), "{}", stderr(&output));
    }
    let default = tempfile::tempdir().unwrap();
    let dir = default.path().to_str().unwrap();
    let output = Run::new(&["build", SEED, "--out", dir, "--picture-time-limit", "0.001"]).output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(names(default.path()), ["graph.dot", "graph.json"]);
    assert!(
        stderr(&output).contains("warning: no graph.svg:"),
        "{}",
        stderr(&output)
    );
}
