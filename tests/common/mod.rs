//! What the test binaries share: running the `actorgraph` binary as a user does, reading
//! what it wrote, and folders of articles made for one test.
//!
//! Every test binary that runs the tool compiles this module (`mod common;`) and uses a
//! part of it, so `dead_code` is allowed here: what one binary leaves unused another uses.
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");
pub const SEED: &str = "seeds/gaza-ceasefire-cairo.txt";

/// A run of the binary: in `cwd` (the project folder unless set), with `stdin` piped in,
/// and `path` as PATH when given.
pub struct Run<'a> {
    args: Vec<&'a str>,
    cwd: &'a Path,
    stdin: &'a [u8],
    path: Option<&'a Path>,
}

impl<'a> Run<'a> {
    pub fn new(args: &[&'a str]) -> Run<'a> {
        Run {
            args: args.to_vec(),
            cwd: Path::new(ROOT),
            stdin: b"",
            path: None,
        }
    }

    pub fn cwd(mut self, cwd: &'a Path) -> Self {
        self.cwd = cwd;
        self
    }

    pub fn stdin(mut self, stdin: &'a [u8]) -> Self {
        self.stdin = stdin;
        self
    }

    /// PATH without Graphviz: an empty folder. The tool finds `dot` through PATH only, so
    /// this is a machine without Graphviz whatever this one has.
    pub fn without_dot(mut self, empty: &'a Path) -> Self {
        self.path = Some(empty);
        self
    }

    pub fn output(self) -> Output {
        let mut command = Command::new(BIN);
        command
            .args(&self.args)
            .current_dir(self.cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(path) = self.path {
            command.env("PATH", path);
        }
        let mut child = command.spawn().expect("run actorgraph");
        let mut stdin = child.stdin.take().unwrap();
        // The binary may exit before reading stdin (bad arguments): a closed pipe is fine.
        let _ = stdin.write_all(self.stdin);
        drop(stdin);
        child.wait_with_output().unwrap()
    }
}

/// Runs the binary with `args` in `cwd`.
pub fn run(args: &[&str], cwd: &Path) -> Output {
    Run::new(args).cwd(cwd).output()
}

/// Builds the seed folder into `out` in the given formats (`json,dot`, ...), quietly,
/// failing on anything but success.
pub fn build_seeds(out: &Path, formats: &str) {
    let out = out.to_str().unwrap();
    let output = Run::new(&["build", "seeds", "-q", "--format", formats, "--out", out]).output();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exited, not killed")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn json(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

/// The names in a folder, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// A folder holding the given files.
pub fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

/// Checks that `text` contains every one of `needles`.
pub fn assert_contains(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "{needle:?} not in\n{text}");
    }
}

pub fn seed_text() -> String {
    fs::read_to_string(Path::new(ROOT).join(SEED)).unwrap()
}
