//! Pictures: SVG or PNG rendered from DOT by Graphviz's `dot` program.
//!
//! Graphviz is a program, not a library here: `dot -Tsvg` (or `-Tpng`) runs as a child
//! process reading the DOT on its standard input and writing the picture to its standard
//! output, so no temporary file is involved. When `dot` is not on `PATH` the error is
//! [`Error::DotNotFound`], whose message says how to install it; JSON and DOT need no
//! Graphviz. Pictures are not read back.
//!
//! Graphviz can take many minutes to lay out thousands of actors, so it runs under a time
//! limit ([`Picture::render_within`]; [`DEFAULT_TIME_LIMIT`] through the [`Exporter`]
//! trait): past it the child is killed and the picture is a [`Error::Render`] error that
//! says so. [`super::interrupt`] kills every `dot` still running (a Ctrl-C handler calls
//! it), so an interrupted run leaves no Graphviz behind.

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use super::{Body, Exporter, Kind, dot};
use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// The time Graphviz gets to draw a picture written through the [`Exporter`] trait.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(120);

/// How often a running `dot` is looked at (for its end, the time limit, an interrupt).
const POLL: Duration = Duration::from_millis(10);

/// A picture format: what Graphviz is asked to draw.
pub struct Picture {
    /// The output format `dot` is asked for (`-T`).
    output: &'static str,
}

/// The exporter of the `svg` format ([`super::formats()`]).
pub static SVG: Picture = Picture { output: "svg" };

/// The exporter of the `png` format ([`super::formats()`]).
pub static PNG: Picture = Picture { output: "png" };

/// The `dot` processes running, by a number of their own: [`interrupt`] kills them.
static RUNNING: Mutex<BTreeMap<u64, Child>> = Mutex::new(BTreeMap::new());
static NEXT_CHILD: AtomicU64 = AtomicU64::new(0);

impl Picture {
    /// Renders DOT source to this picture with `dot -Tsvg` (or `-Tpng`), within
    /// [`DEFAULT_TIME_LIMIT`].
    ///
    /// # Errors
    ///
    /// As [`render_within`](Picture::render_within).
    pub fn render(&self, dot: &str) -> Result<Vec<u8>> {
        self.render_within(dot, DEFAULT_TIME_LIMIT, &mut |_| {})
    }

    /// Renders DOT source to this picture, killing `dot` when it runs longer than `limit`.
    /// While it runs, `waiting` is called with the time taken so far, every ten seconds
    /// from the first five, so a command line can say that Graphviz is still at work.
    ///
    /// # Errors
    ///
    /// [`Error::DotNotFound`] when Graphviz's `dot` is not on `PATH`; [`Error::Render`] with
    /// what `dot` said when it fails, with the limit when it took longer, or when
    /// [`super::interrupt`] stopped it.
    pub fn render_within(
        &self,
        dot: &str,
        limit: Duration,
        waiting: &mut dyn FnMut(Duration),
    ) -> Result<Vec<u8>> {
        let failed = |reason: String| Error::Render { reason };
        let mut child = Command::new("dot")
            .arg(format!("-T{}", self.output))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                ErrorKind::NotFound => Error::DotNotFound,
                _ => failed(format!("cannot run dot: {e}")),
            })?;
        let (mut stdin, stdout, stderr) = (
            child.stdin.take().expect("piped"),
            child.stdout.take().expect("piped"),
            child.stderr.take().expect("piped"),
        );
        let id = NEXT_CHILD.fetch_add(1, Ordering::Relaxed);
        running().insert(id, child);
        // The three pipes are served by threads, so that a large picture cannot fill a
        // pipe and stall `dot` while this thread waits; each ends when `dot` ends.
        let source = dot.as_bytes().to_vec();
        let feeder = thread::spawn(move || {
            // `dot` may stop reading early (a syntax error): its message says why.
            let _ = stdin.write_all(&source);
        });
        let output = reader(stdout);
        let messages = reader(stderr);
        let status = wait(id, limit, waiting);
        let _ = feeder.join();
        let output = output.join().unwrap_or_default();
        let messages = String::from_utf8_lossy(&messages.join().unwrap_or_default())
            .trim()
            .to_string();
        match status {
            Waited::Exited(true) => Ok(output),
            Waited::Exited(false) => Err(failed(messages)),
            Waited::TimedOut => Err(failed(format!(
                "took longer than the time limit of {} s and was stopped",
                limit.as_secs_f64()
            ))),
            Waited::Interrupted => Err(failed("interrupted".to_string())),
        }
    }
}

/// How a `dot` process ended.
enum Waited {
    /// It exited, successfully or not.
    Exited(bool),
    /// It ran past the time limit and was killed.
    TimedOut,
    /// [`interrupt`] killed it.
    Interrupted,
}

/// Waits for the `dot` process `id` of [`RUNNING`] within `limit`, calling `waiting` as
/// [`Picture::render_within`] says.
fn wait(id: u64, limit: Duration, waiting: &mut dyn FnMut(Duration)) -> Waited {
    let started = Instant::now();
    let mut next_note = Duration::from_secs(5);
    loop {
        {
            let mut running = running();
            let Some(child) = running.get_mut(&id) else {
                return Waited::Interrupted;
            };
            match child.try_wait() {
                Ok(Some(status)) => {
                    running.remove(&id);
                    return Waited::Exited(status.success());
                }
                Ok(None) if started.elapsed() < limit => {}
                // Past the limit, or the process cannot be waited for: stop it.
                _ => {
                    let mut child = running.remove(&id).expect("looked up above");
                    let _ = child.kill();
                    let _ = child.wait();
                    return Waited::TimedOut;
                }
            }
        }
        if started.elapsed() >= next_note {
            waiting(started.elapsed());
            next_note += Duration::from_secs(10);
        }
        thread::sleep(POLL);
    }
}

/// The table of running `dot` processes, usable after a panic elsewhere.
fn running() -> std::sync::MutexGuard<'static, BTreeMap<u64, Child>> {
    RUNNING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Reads all of `pipe` on a thread of its own.
fn reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// Kills every `dot` process still drawing a picture; their renders fail as interrupted.
pub(super) fn kill_running() {
    for (_, mut child) in std::mem::take(&mut *running()) {
        let _ = child.kill();
        let _ = child.wait();
    }
}

impl Exporter for Picture {
    fn kind(&self) -> Kind {
        Kind::Picture
    }

    /// Draws the picture: a missing Graphviz fails here, before any file is opened.
    fn prepare<'g>(&self, graph: &'g ActorGraph) -> Result<Body<'g>> {
        let bytes = self.render(&dot::to_string(graph))?;
        Ok(Box::new(move |out| out.write_all(&bytes)))
    }

    fn as_picture(&self) -> Option<&Picture> {
        Some(self)
    }
}

/// True when Graphviz's `dot` can be run (it answers `dot -V`).
pub fn dot_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_dot_is_a_typed_error_with_the_install_hint() {
        assert_eq!(
            Error::DotNotFound.to_string(),
            "Graphviz `dot` not found; install it (Debian/Ubuntu: apt-get install graphviz, \
             macOS: brew install graphviz)"
        );
    }

    #[test]
    fn renders_svg_when_dot_is_installed() {
        // The consumer tests (tests/consumers.rs) fail when `dot` is missing; here a machine
        // without Graphviz checks the error instead.
        match SVG.render("digraph { \"Erdo\u{011F}an\" -> b }") {
            Ok(svg) => {
                let svg = String::from_utf8(svg).unwrap();
                assert!(svg.contains(">Erdo\u{011F}an</text>"), "{svg}");
            }
            Err(e) => assert!(matches!(e, Error::DotNotFound), "{e}"),
        }
    }

    #[test]
    fn bad_dot_is_a_render_error() {
        match SVG.render("digraph { a -> }") {
            Err(Error::Render { reason }) => assert!(reason.contains("syntax error"), "{reason}"),
            Err(Error::DotNotFound) => {}
            other => panic!("expected a render error, got {other:?}"),
        }
    }

    #[test]
    fn a_picture_past_its_time_limit_is_stopped_with_a_clear_error() {
        if !dot_available() {
            return;
        }
        // A graph Graphviz needs far more than a millisecond for.
        let mut dot = String::from("digraph {");
        for i in 0..3000 {
            dot.push_str(&format!(" n{i} -> n{};", (i * 7 + 1) % 3000));
        }
        dot.push('}');
        let started = Instant::now();
        let mut notes = 0;
        match SVG.render_within(&dot, Duration::from_millis(1), &mut |_| notes += 1) {
            Err(Error::Render { reason }) => {
                assert!(reason.contains("time limit of 0.001 s"), "{reason}")
            }
            other => panic!("expected a time-out, got {:?}", other.map(|b| b.len())),
        }
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(notes, 0);
    }
}
