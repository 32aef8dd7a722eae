//! Pictures: SVG or PNG rendered from DOT by Graphviz's `dot` program.
//!
//! Graphviz is a program, not a library here: it is run through graphviz-rust's `exec_dot`.
//! When `dot` is not on `PATH` the error is [`Error::DotNotFound`], whose message says how
//! to install it; JSON and DOT need no Graphviz.

use std::io::ErrorKind;

use graphviz_rust::cmd::{CommandArg, Format as DotFormat};

use super::Format;
use crate::error::{Error, Result};

/// Renders DOT source to a picture with `dot -Tsvg` (or `-Tpng`).
///
/// # Errors
///
/// [`Error::DotNotFound`] when Graphviz's `dot` is not on `PATH`; [`Error::Render`] with what
/// `dot` said when it fails, or when `format` is not a picture.
pub fn render(dot: &str, format: Format) -> Result<Vec<u8>> {
    let dot_format = match format {
        Format::Svg => DotFormat::Svg,
        Format::Png => DotFormat::Png,
        other => {
            return Err(Error::Render {
                reason: format!("{other} is not a picture format"),
            });
        }
    };
    graphviz_rust::exec_dot(dot.to_string(), vec![CommandArg::Format(dot_format)]).map_err(|e| {
        // NotFound can also come from the temporary file graphviz-rust writes the DOT to.
        if e.kind() == ErrorKind::NotFound && !dot_available() {
            Error::DotNotFound
        } else {
            Error::Render {
                reason: e.to_string().trim().to_string(),
            }
        }
    })
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
    fn text_formats_are_not_pictures() {
        let e = render("digraph {}", Format::Json).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Graphviz `dot` failed: json is not a picture format"
        );
    }

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
        match render("digraph { \"Erdo\u{011F}an\" -> b }", Format::Svg) {
            Ok(svg) => {
                let svg = String::from_utf8(svg).unwrap();
                assert!(svg.contains(">Erdo\u{011F}an</text>"), "{svg}");
            }
            Err(e) => assert!(matches!(e, Error::DotNotFound), "{e}"),
        }
    }

    #[test]
    fn bad_dot_is_a_render_error() {
        match render("digraph { a -> }", Format::Svg) {
            Err(Error::Render { reason }) => assert!(reason.contains("syntax error"), "{reason}"),
            Err(Error::DotNotFound) => {}
            other => panic!("expected a render error, got {other:?}"),
        }
    }
}
