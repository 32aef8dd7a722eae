//! Pictures: SVG or PNG rendered from DOT by Graphviz's `dot` program.
//!
//! Graphviz is a program, not a library here: it is run through graphviz-rust's `exec_dot`.
//! When `dot` is not on `PATH` the error is [`Error::DotNotFound`], whose message says how
//! to install it; JSON and DOT need no Graphviz. Pictures are not read back.

use std::io::ErrorKind;

use graphviz_rust::cmd::{CommandArg, Format as Graphviz};

use super::{Body, Exporter, Kind, dot};
use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// A picture format: what Graphviz is asked to draw.
pub struct Picture {
    graphviz: Graphviz,
}

/// The exporter of the `svg` format ([`super::formats()`]).
pub static SVG: Picture = Picture {
    graphviz: Graphviz::Svg,
};

/// The exporter of the `png` format ([`super::formats()`]).
pub static PNG: Picture = Picture {
    graphviz: Graphviz::Png,
};

impl Picture {
    /// Renders DOT source to this picture with `dot -Tsvg` (or `-Tpng`).
    ///
    /// # Errors
    ///
    /// [`Error::DotNotFound`] when Graphviz's `dot` is not on `PATH`; [`Error::Render`] with
    /// what `dot` said when it fails.
    pub fn render(&self, dot: &str) -> Result<Vec<u8>> {
        graphviz_rust::exec_dot(dot.to_string(), vec![CommandArg::Format(self.graphviz)]).map_err(
            |e| {
                // NotFound can also come from the temporary file graphviz-rust writes the DOT to.
                if e.kind() == ErrorKind::NotFound && !dot_available() {
                    Error::DotNotFound
                } else {
                    Error::Render {
                        reason: e.to_string().trim().to_string(),
                    }
                }
            },
        )
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
}

/// True when Graphviz's `dot` can be run (it answers `dot -V`).
pub fn dot_available() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
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
}
