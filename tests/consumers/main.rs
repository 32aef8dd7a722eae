//! The consumer checks: every format loaded by the real tool it is for. Graphviz `dot`
//! renders graph.dot (`graphviz.rs`); NetworkX loads graph.json, NetworkX and python-igraph
//! graph.graphml, NetworkX graph.gexf, and Python's csv module reads the Neo4j files as
//! neo4j-admin does (`python.rs`); DuckDB and pandas read the Parquet tables
//! (`parquet.rs`); Cytoscape.js loads graph.cytoscape.json and Debian's
//! Chromium opens graph.html and is used as a person would (`browser.rs`); and the whole
//! BBC corpus goes through all of them (`corpus.rs`).
//!
//! These tools are not Rust, so this is a test target of its own (`harness = false`, run by
//! libtest-mimic), which decides at run time what to run:
//!
//! - `cargo test`: every check is listed as ignored, and one line at the end says which
//!   consumers were not checked and how to check them. A machine with only Rust passes.
//! - `ACTORGRAPH_CONSUMERS=require cargo test`: every check but the corpus one runs, and a
//!   check whose consumer is missing FAILS with what to install, so a green run means each consumer really read
//!   our files. `.ci/run` installs every consumer and runs the tests this way.
//! - `--ignored` (or `--include-ignored`) runs the checks that were ignored, switch or not,
//!   failing likewise when a consumer is missing; test name filters and `--exact`,
//!   `--skip`, `--list` work as with any test binary.
//! - The BBC corpus check builds about 2,200 articles (under a minute in release, 5
//!   minutes in debug): it stays ignored even when consumers are required, and `.ci/run` runs it with
//!   `ACTORGRAPH_CONSUMERS=require cargo test --release --test consumers -- --ignored`.
//!
//! A real Neo4j is not available here (no registry of this machine serves it), so the Neo4j
//! files are checked by parsing them as neo4j-admin would read them, not by importing.

#[path = "../common/mod.rs"]
mod common;

mod browser;
mod corpus;
mod graphviz;
mod parquet;
mod python;
mod samples;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use libtest_mimic::{Arguments, Trial};
use serde_json::Value;

use crate::common::ROOT;

/// The environment switch `.ci/run` sets: `require` runs every consumer check.
const SWITCH: &str = "ACTORGRAPH_CONSUMERS";

/// A program or package that reads one of our formats.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Consumer {
    Graphviz,
    Python,
    NetworkX,
    Igraph,
    DuckDb,
    Pandas,
    CytoscapeJs,
    Chromium,
}

impl Consumer {
    fn name(self) -> &'static str {
        match self {
            Consumer::Graphviz => "Graphviz",
            Consumer::Python => "python3",
            Consumer::NetworkX => "NetworkX",
            Consumer::Igraph => "python-igraph",
            Consumer::DuckDb => "DuckDB",
            Consumer::Pandas => "pandas with pyarrow",
            Consumer::CytoscapeJs => "Cytoscape.js",
            Consumer::Chromium => "Chromium",
        }
    }

    /// What to install: the commands `.ci/run` runs for it.
    fn install(self) -> &'static str {
        match self {
            Consumer::Graphviz => "apt-get install graphviz",
            Consumer::Python => "apt-get install python3",
            Consumer::NetworkX => "python3 -m pip install networkx",
            Consumer::Igraph => "python3 -m pip install igraph",
            Consumer::DuckDb => "python3 -m pip install duckdb",
            Consumer::Pandas => "python3 -m pip install pandas pyarrow",
            Consumer::CytoscapeJs => "Node.js, then cd tests/js && npm ci",
            Consumer::Chromium => "apt-get install chromium, then cd tests/js && npm ci",
        }
    }

    fn available(self) -> bool {
        match self {
            Consumer::Graphviz => succeeds(Command::new("dot").arg("-V")),
            Consumer::Python => succeeds(Command::new("python3").arg("-V")),
            Consumer::NetworkX => succeeds(Command::new("python3").args(["-c", "import networkx"])),
            Consumer::Igraph => succeeds(Command::new("python3").args(["-c", "import igraph"])),
            Consumer::DuckDb => succeeds(Command::new("python3").args(["-c", "import duckdb"])),
            Consumer::Pandas => {
                succeeds(Command::new("python3").args(["-c", "import pandas, pyarrow"]))
            }
            Consumer::CytoscapeJs => npm_package("cytoscape"),
            // playwright-core drives the installed Chromium.
            Consumer::Chromium => npm_package("playwright-core") && Path::new(&chromium()).exists(),
        }
    }
}

fn succeeds(command: &mut Command) -> bool {
    command.output().is_ok_and(|o| o.status.success())
}

/// The folder of the Node scripts and their npm packages.
pub fn js_dir() -> PathBuf {
    Path::new(ROOT).join("tests/js")
}

fn npm_package(name: &str) -> bool {
    let package = js_dir()
        .join("node_modules")
        .join(name)
        .join("package.json");
    package.is_file() && succeeds(Command::new("node").arg("--version"))
}

/// The Chromium that the page checks drive; `ACTORGRAPH_CHROMIUM` names another one (the
/// Node script reads the same variable).
pub fn chromium() -> String {
    std::env::var("ACTORGRAPH_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string())
}

/// One consumer check: a function that panics on failure, and the consumers it needs.
pub struct Check {
    pub name: &'static str,
    pub needs: &'static [Consumer],
    pub run: fn(),
    /// Run only when asked for with `--ignored`, even when consumers are required.
    pub on_request: bool,
}

/// The checks of a module: `checks! { function: Consumer, Consumer; ... }`.
macro_rules! checks {
    ($($run:ident: $($needs:ident),+;)+) => {
        pub const CHECKS: &[crate::Check] = &[$(crate::Check {
            name: stringify!($run),
            needs: &[$(crate::Consumer::$needs),+],
            run: $run,
            on_request: false,
        }),+];
    };
}
pub(crate) use checks;

/// Runs a Python script with warnings as errors on a file; returns its JSON output,
/// failing with its stderr.
pub fn python(script: &str, path: &Path) -> Value {
    let output = Command::new("python3")
        .args(["-W", "error", "-c", script])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "python3 failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Runs a script of tests/js with node; returns its JSON output.
pub fn node(script: &str, args: &[&str]) -> Value {
    let output = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(js_dir())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "node {script} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "node {script} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Consumers named for a message: `Graphviz (apt-get install graphviz), ...`.
fn with_install(consumers: &[Consumer]) -> String {
    let named: Vec<String> = consumers
        .iter()
        .map(|c| format!("{} ({})", c.name(), c.install()))
        .collect();
    named.join(", ")
}

fn trial(module: &str, check: &Check, required: bool) -> Trial {
    let (needs, run) = (check.needs, check.run);
    Trial::test(format!("{module}::{}", check.name), move || {
        let missing: Vec<Consumer> = needs.iter().copied().filter(|c| !c.available()).collect();
        if !missing.is_empty() {
            return Err(format!("not installed: {}", with_install(&missing)).into());
        }
        run();
        Ok(())
    })
    .with_ignored_flag(check.on_request || !required)
}

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let required = match std::env::var_os(SWITCH) {
        None => false,
        Some(value) if value.is_empty() => false,
        Some(value) if value == "require" => true,
        Some(value) => {
            // A misspelt switch must not pass as a skip.
            let value = value.to_string_lossy();
            eprintln!("error: {SWITCH}={value}: set it to `require`, or leave it unset");
            return ExitCode::from(2);
        }
    };
    let modules = [
        ("graphviz", graphviz::CHECKS),
        ("python", python::CHECKS),
        ("parquet", parquet::CHECKS),
        ("browser", browser::CHECKS),
        ("corpus", corpus::CHECKS),
    ];
    let mut trials = Vec::new();
    let mut skipped: Vec<&Check> = Vec::new();
    let mut run: Vec<&Check> = Vec::new();
    for (module, checks) in modules {
        for check in checks {
            let trial = trial(module, check, required);
            if !args.is_filtered_out(&trial) {
                if args.is_ignored(&trial) {
                    skipped.push(check);
                } else {
                    run.push(check);
                }
            }
            trials.push(trial);
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if !args.list {
        if let Some(line) = not_run_line(&skipped) {
            println!("{line}");
        }
        let mut missing: Vec<Consumer> = run.iter().flat_map(|c| c.needs).copied().collect();
        missing.sort();
        missing.dedup();
        missing.retain(|c| !c.available());
        if !missing.is_empty() {
            println!("consumers not installed: {}", with_install(&missing));
        }
    }
    conclusion.exit_code()
}

/// The one line that says which checks were not run and how to run them, if any were not.
fn not_run_line(skipped: &[&Check]) -> Option<String> {
    if skipped.is_empty() {
        return None;
    }
    if skipped.iter().all(|c| c.on_request) {
        // The others ran: only the corpus check, which is run on its own, in release.
        return Some(format!(
            "consumer checks not run: 1 (the BBC corpus); run it with {SWITCH}=require cargo \
             test --release --test consumers -- --ignored, as .ci/run does"
        ));
    }
    let mut consumers: Vec<Consumer> = skipped.iter().flat_map(|c| c.needs).copied().collect();
    consumers.sort();
    consumers.dedup();
    let mut what: Vec<&str> = consumers.iter().map(|c| c.name()).collect();
    if skipped.iter().any(|c| c.on_request) {
        what.push("the BBC corpus");
    }
    // In release: the corpus check builds 2,200 articles, 5 minutes in debug.
    Some(format!(
        "consumer checks not run: {} ({}); to run them, install the consumers (README, \
         Prerequisites) and run {SWITCH}=require cargo test --release --test consumers -- \
         --include-ignored, as .ci/run does",
        skipped.len(),
        what.join(", "),
    ))
}
