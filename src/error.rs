//! Typed library errors. The library never prints and never exits; the binary maps these
//! to messages and exit codes.

use std::path::PathBuf;

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path given by the user does not exist.
    #[error("{}: no such file or directory", .path.display())]
    NotFound {
        /// The missing path.
        path: PathBuf,
    },
    /// Reading or writing a file failed.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file holds binary data, not text.
    #[error("{}: binary file, not a text article (it contains NUL bytes)", .path.display())]
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// A file is not valid UTF-8.
    #[error("{}: not valid UTF-8 text (first bad byte at offset {offset})", .path.display())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A file or stdin holds no text.
    #[error("{}: empty article (no text)", .path.display())]
    Empty {
        /// The file (`-` for stdin).
        path: PathBuf,
    },
    /// A folder holds no articles: no `.txt`, `.jsonl`, `.ndjson` or `.csv` file (nor one of
    /// them gzipped, `.gz`).
    #[error("{}: no articles in this folder (no .txt, .jsonl, .ndjson or .csv files)", .path.display())]
    NoArticles {
        /// The folder.
        path: PathBuf,
    },
    /// A path names a FIFO, a device or a socket: only regular files are read (a FIFO could
    /// block forever, `/dev/zero` never ends).
    #[error("{}: not a regular file ({what}); only regular files are read (pipe a stream to `-`)", .path.display())]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is: `a FIFO`, `a character device`, ...
        what: &'static str,
    },
    /// An article is longer than the limit (`ReadOptions::max_article_bytes`).
    #[error("{}: article longer than the limit of {} (raise it with --max-article-size)", .path.display(), human_bytes(*.limit))]
    TooLarge {
        /// The file, or `FILE:LINE` for a record of a feed.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    /// A line (record) of a JSON Lines or CSV feed is not an article: invalid JSON, no text,
    /// a bad date, not UTF-8. It is skipped and the rest of the feed is read.
    #[error("{}:{line}: {reason}", .path.display())]
    BadRecord {
        /// The feed file (`-` for standard input).
        path: PathBuf,
        /// Line number of the record, from 1 (the line it starts on, for a CSV record that
        /// spans lines).
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A feed file cannot be read as one: a CSV file without a text column, gzip data that
    /// is corrupt.
    #[error("{}: {reason}", .path.display())]
    Feed {
        /// The feed file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A model or lexicon file is of another format version, truncated or corrupt.
    #[error("{what}: {reason}")]
    Model {
        /// Which model or lexicon.
        what: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A lexicon table (shipped or the user's) does not match its format: wrong version
    /// line, other columns, an unknown value, a duplicate row.
    #[error("{file}:{line}: {reason}")]
    Lexicon {
        /// The table's file name (`words.tsv`) or the path the user gave.
        file: String,
        /// Line number, from 1.
        line: usize,
        /// What is wrong there.
        reason: String,
    },
    /// An output folder could not be created (its parent is a file, a permission is missing).
    #[error("{}: cannot create output folder: {source}", .path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// An output file could not be written. Nothing was left at `path`: files are written
    /// to a temporary file first and renamed into place only when complete.
    #[error("{}: cannot write: {source}", .path.display())]
    Write {
        /// The file (`-` for standard output).
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Graphviz's `dot` program, needed for SVG and PNG pictures, is not on `PATH`.
    #[error(
        "Graphviz `dot` not found; install it (Debian/Ubuntu: apt-get install graphviz, \
         macOS: brew install graphviz)"
    )]
    DotNotFound,
    /// Graphviz's `dot` ran but failed to render the graph.
    #[error("Graphviz `dot` failed: {reason}")]
    Render {
        /// What `dot` said.
        reason: String,
    },
    /// A format cannot go where it was asked to (a folder format to one stream).
    #[error("{reason}")]
    Unsupported {
        /// What was asked, and what works instead.
        reason: String,
    },
    /// A query names an actor that is not in the graph.
    #[error("no actor {name:?} in the graph{}", did_you_mean(.suggestions))]
    UnknownActor {
        /// The name asked for.
        name: String,
        /// Actors with close names, best first (at most five).
        suggestions: Vec<String>,
    },
    /// A query names an alias shared by several actors.
    #[error("{name:?} names {} actors: {}; use the full name", .candidates.len(), quoted(.candidates))]
    AmbiguousActor {
        /// The name asked for.
        name: String,
        /// The actors it could mean.
        candidates: Vec<String>,
    },
    /// Graphs cannot be merged as asked (the same article in two of them).
    #[error("{}: {reason}", .path.display())]
    Merge {
        /// The graph file that cannot be merged.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A graph file could not be parsed.
    #[error("{}: {reason}", .path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

impl Error {
    /// The error of an I/O failure on `path`: [`Error::NotFound`] when the file is missing,
    /// [`Error::Io`] otherwise.
    pub fn io(path: &std::path::Path, source: std::io::Error) -> Error {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    }
}

/// `16777216` -> `16 MiB`; other sizes in bytes.
pub(crate) fn human_bytes(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", quoted(suggestions))
    }
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
