//! Reading articles: text files, JSON Lines and CSV news feeds (each maybe gzipped), folders
//! of them, and standard input.
//!
//! [`open_inputs`] turns what a user names on the command line into a lazy stream of
//! [`Document`]s ([`Articles`]): files are listed first (paths only), then read one at a
//! time as the pipeline asks for the next batch, so a folder of a million files or a 20 GB
//! feed is never held in memory. [`read_inputs`] collects the same stream, for small inputs.
//!
//! - a `.txt` file (or any file of another extension) is one article, as is standard input
//!   `-` (id `stdin`);
//! - a `.jsonl` or `.ndjson` file is a feed of one JSON object per line, a `.csv` file a feed
//!   of one record per row under a header row (quoted fields may span lines); the fields
//!   read are set by [`Fields`], and `--input-format` ([`ReadOptions::format`]) reads files
//!   named explicitly, and standard input, as a given format whatever their extension;
//! - a name ending in `.gz` is decompressed first (`news.jsonl.gz`, `story.txt.gz`), and so is
//!   standard input that starts with the gzip magic bytes;
//! - a folder is walked recursively for those extensions (in any case), in path order, so the
//!   same folder always gives the same documents in the same order; hidden entries (names
//!   starting with `.`) and symbolic links to folders are not followed.
//!
//! Only regular files are read: a FIFO, a device or a socket could block forever or never
//! end (`/dev/zero`). Named explicitly it is an error; met in a folder (even as `x.txt`) it
//! is skipped with a warning.
//!
//! Text is checked before it reaches the pipeline: text with NUL bytes is binary, text that
//! is not UTF-8 is rejected with the offset of the first bad byte, an empty or
//! whitespace-only text has no article, and an article longer than
//! [`ReadOptions::max_article_bytes`] (16 MiB by default) is refused unread: no news article
//! is that long, so it is a file that is not one (a log, a dump, records run together by a
//! lost newline), and cutting it would build a graph from an arbitrary part of it. A UTF-8
//! byte-order mark is dropped, so evidence offsets count from the first character after it;
//! line endings are kept as they are (CRLF works), so offsets are those of the file.
//!
//! A bad file named explicitly is an error; a bad file found inside a folder, and a bad
//! record of a feed (invalid JSON, no text, a bad date, not UTF-8, too long), is reported as
//! [`Input::Skipped`] with its file and line, and the rest is still read.
//!
//! A feed record becomes a document:
//! - its text is the first of the text fields present (`text`, `content`, `body`); a title
//!   (`title`) is put before it as its first line, followed by a blank line, as the BBC's
//!   article files have it, unless the text already starts with it: headlines state
//!   relations too ("Blair backs Brown"), and a feed of the BBC articles then builds the
//!   same graph as their files. Evidence offsets count in that text;
//! - its id is the id field (`id`, a string or a number), or `STEM:LINE` (`news:17`) without
//!   one; an id already taken gets `~2`, `~3`, ...;
//! - its date is the date field (`date`, `published`, `published_at`): an ISO date or date
//!   and time, kept as the day written (`2014-07-22T23:30:00+02:00` is 2014-07-22), and a
//!   date that is not one makes a bad record; without a date field, the date the text
//!   states in its first lines ([`article_date`]);
//! - its URL (`url`) is kept in the graph's list of documents; its path is `FILE:LINE`.

mod feed;
mod files;
mod lines;

use std::collections::{HashSet, VecDeque};
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub use files::{article_date, read_file, read_reader};

use crate::domain::Document;
use crate::error::{Error, Result};
use feed::Records;
use files::Found;

/// Path that names standard input.
const STDIN: &str = "-";

/// Articles longer than this are refused by default (see [`ReadOptions::max_article_bytes`]).
pub const MAX_ARTICLE_BYTES: u64 = 16 << 20;

/// How input files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The CLI's `--input-format` parses the formats themselves (`txt`, `jsonl`, `csv`).
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum InputFormat {
    /// One article per file (`.txt`, and any other extension).
    #[cfg_attr(feature = "cli", value(name = "txt"))]
    Text,
    /// JSON Lines: one JSON object per line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// CSV with a header row (`.csv`).
    Csv,
}

impl InputFormat {
    /// The format of a file by its extension (any case), after a `.gz` is taken off: `.txt`
    /// articles, `.jsonl` and `.ndjson`, `.csv` feeds. `None` for other extensions, which
    /// a folder walk passes over (named explicitly, such a file is one article).
    pub fn of_path(path: &Path) -> Option<InputFormat> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = Path::new(name).extension()?.to_str()?;
        match ext {
            "txt" => Some(InputFormat::Text),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "csv" => Some(InputFormat::Csv),
            _ => None,
        }
    }
}

/// Whether a path names gzip-compressed data (`.gz`, any case).
fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("gz"))
}

/// `path` without a `.gz` extension (any case): a gzipped article (`politics/001.txt.gz`)
/// has the id it has uncompressed (`001`), as a gzipped feed's records do.
pub(crate) fn without_gz(path: &Path) -> PathBuf {
    if is_gzip(path) {
        path.with_extension("")
    } else {
        path.to_path_buf()
    }
}

/// The fields of a feed record that [`open_inputs`] reads, each a list of names tried in
/// order (the first present wins). In JSON, a name with dots (`article.body`) also reaches
/// into nested objects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// The article text: `text`, `content`, `body`.
    pub text: Vec<String>,
    /// The document id: `id`.
    pub id: Vec<String>,
    /// The publication date: `date`, `published`, `published_at`.
    pub date: Vec<String>,
    /// Where it was published: `url`.
    pub url: Vec<String>,
    /// The headline, put before the text as its first line: `title`.
    pub title: Vec<String>,
}

impl Default for Fields {
    /// The names common news dumps use.
    fn default() -> Fields {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        Fields {
            text: names(&["text", "content", "body"]),
            id: names(&["id"]),
            date: names(&["date", "published", "published_at"]),
            url: names(&["url"]),
            title: names(&["title"]),
        }
    }
}

/// How [`open_inputs`] reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// Read files named explicitly, and standard input, in this format whatever their
    /// extension. `None`: by extension (standard input is one text article).
    pub format: Option<InputFormat>,
    /// The fields of feed records.
    pub fields: Fields,
    /// Longest article read, in bytes (after decompression): a longer file or record is
    /// refused unread (see the module documentation).
    pub max_article_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            format: None,
            fields: Fields::default(),
            max_article_bytes: MAX_ARTICLE_BYTES,
        }
    }
}

/// What [`read_inputs`] read.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The articles, in input order (folders in path order), with unique ids.
    pub documents: Vec<Document>,
    /// Files inside folders and records of feeds that could not be read as articles, with
    /// the reason.
    pub skipped: Vec<(PathBuf, Error)>,
}

/// One item of [`Articles`].
#[derive(Debug)]
pub enum Input {
    /// An article.
    Article(Document),
    /// A file inside a folder, or a record of a feed, that is not an article: the file, and
    /// why (the error names the file, and the line for a record).
    Skipped(PathBuf, Error),
}

/// Reads every input into memory: files, folders, feeds and `-` for standard input, with
/// the default [`ReadOptions`].
///
/// Document ids are file stems; when two files share a stem (`news/001.txt`,
/// `sport/001.txt`), each gets its path relative to the folder it was found in, without the
/// extension (`news/001`), then the path as given, then a numeric suffix. A file named
/// twice (directly or through a folder) is read once. Feed records have ids of their own
/// (see the module documentation).
///
/// # Errors
///
/// As [`open_inputs`], and an explicitly named file that is unreadable, binary, not UTF-8,
/// empty or too long. Bad files inside folders and bad records are not errors: they are
/// listed in [`Inputs::skipped`].
pub fn read_inputs(paths: &[PathBuf]) -> Result<Inputs> {
    read_inputs_with(paths, &ReadOptions::default())
}

/// [`read_inputs`] with other [`ReadOptions`].
///
/// # Errors
///
/// As [`read_inputs`].
pub fn read_inputs_with(paths: &[PathBuf], options: &ReadOptions) -> Result<Inputs> {
    let mut inputs = Inputs::default();
    for item in open_inputs(paths, options)? {
        match item? {
            Input::Article(doc) => inputs.documents.push(doc),
            Input::Skipped(path, e) => inputs.skipped.push((path, e)),
        }
    }
    Ok(inputs)
}

/// Lists the inputs and returns the stream of their articles, read lazily (see the module
/// documentation).
///
/// # Errors
///
/// A missing path ([`Error::NotFound`]), a path that is not a regular file or a folder
/// ([`Error::NotRegular`]), a folder without input files ([`Error::NoArticles`]), an
/// explicitly named article over the size limit ([`Error::TooLarge`]), or an unreadable
/// folder. Errors found while reading come from the stream.
pub fn open_inputs(paths: &[PathBuf], options: &ReadOptions) -> Result<Articles> {
    let mut planned: Vec<Planned> = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut total: Option<u64> = Some(0);
    let add = |planned: &mut Vec<Planned>, found: &mut Vec<Found>, p: Planned, f| {
        if p.format == InputFormat::Text {
            found.push(f);
        }
        planned.push(p);
    };
    for path in paths {
        if path.as_os_str() == STDIN {
            if seen.insert(PathBuf::from(STDIN)) {
                total = None;
                let format = options.format.unwrap_or(InputFormat::Text);
                add(
                    &mut planned,
                    &mut found,
                    Planned::stdin(format),
                    Found::stdin(),
                );
            }
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let before = skipped.len();
            let files = files::walk(path, &mut skipped)?;
            if files.is_empty() && skipped.len() == before {
                return Err(Error::NoArticles { path: path.clone() });
            }
            for file in files {
                if !seen.insert(files::identity(&file)) {
                    continue;
                }
                let format = InputFormat::of_path(&file).unwrap_or(InputFormat::Text);
                let size = fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
                total = total.map(|t| t + size);
                let f = Found::file(&file, Some(path));
                add(
                    &mut planned,
                    &mut found,
                    Planned::file(file, format, false),
                    f,
                );
            }
        } else {
            let meta = files::regular_file(path)?;
            if !seen.insert(files::identity(path)) {
                continue;
            }
            let format = options
                .format
                .or_else(|| InputFormat::of_path(path))
                .unwrap_or(InputFormat::Text);
            if format == InputFormat::Text
                && !is_gzip(path)
                && meta.len() > options.max_article_bytes
            {
                return Err(Error::TooLarge {
                    path: path.clone(),
                    limit: options.max_article_bytes,
                });
            }
            total = total.map(|t| t + meta.len());
            let f = Found::file(path, None);
            add(
                &mut planned,
                &mut found,
                Planned::file(path.clone(), format, true),
                f,
            );
        }
    }
    let ids = files::unique_ids(&found);
    let mut ids = ids.into_iter();
    for p in planned.iter_mut().filter(|p| p.format == InputFormat::Text) {
        p.id = ids.next().expect("one id per article file");
    }
    let taken = planned
        .iter()
        .filter(|p| p.format == InputFormat::Text)
        .map(|p| p.id.clone())
        .collect();
    Ok(Articles {
        planned: planned.into(),
        skipped: skipped.into(),
        current: None,
        options: options.clone(),
        bytes: Arc::new(AtomicU64::new(0)),
        total_bytes: total,
        taken,
    })
}

/// One input, listed but not read yet.
struct Planned {
    /// The file, or `-`.
    path: PathBuf,
    format: InputFormat,
    /// Named on the command line (a bad one is an error) rather than found in a folder.
    explicit: bool,
    /// The document id of an article file (assigned over all of them at once).
    id: String,
}

impl Planned {
    fn stdin(format: InputFormat) -> Planned {
        Planned {
            path: PathBuf::from(STDIN),
            format,
            explicit: true,
            id: String::new(),
        }
    }

    fn file(path: PathBuf, format: InputFormat, explicit: bool) -> Planned {
        Planned {
            path,
            format,
            explicit,
            id: String::new(),
        }
    }

    fn display(&self) -> String {
        self.path.to_string_lossy().into_owned()
    }
}

/// The stream of articles of [`open_inputs`]: files are opened one at a time and feeds read
/// record by record, as the stream is consumed.
///
/// Each item is an [`Input`]; an `Err` is a file named explicitly that cannot be read as an
/// article, and ends the stream.
pub struct Articles {
    planned: VecDeque<Planned>,
    skipped: VecDeque<(PathBuf, Error)>,
    current: Option<Records>,
    options: ReadOptions,
    bytes: Arc<AtomicU64>,
    total_bytes: Option<u64>,
    /// Every document id given so far (and those of the article files).
    taken: TakenIds,
}

/// The set of document ids given so far, as 128-bit hashes: a feed of a million records
/// would otherwise keep a million id strings (some 90 bytes each with the set's slots) only
/// to check that the next one is new. Two ids share a hash with a probability of about
/// 2^-128 per pair (1.5e-27 for a billion pairs), which would only give the later one a `~2`.
#[derive(Default)]
struct TakenIds(HashSet<u128>);

impl TakenIds {
    fn key(id: &str) -> u128 {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        let hash = |salt: u8| BuildHasherDefault::<DefaultHasher>::default().hash_one((salt, id));
        (u128::from(hash(1)) << 64) | u128::from(hash(2))
    }

    /// Adds `id`; false when it was there already.
    fn insert(&mut self, id: &str) -> bool {
        self.0.insert(TakenIds::key(id))
    }

    fn contains(&self, id: &str) -> bool {
        self.0.contains(&TakenIds::key(id))
    }
}

impl FromIterator<String> for TakenIds {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> TakenIds {
        let mut taken = TakenIds::default();
        for id in ids {
            taken.insert(&id);
        }
        taken
    }
}

impl std::fmt::Debug for Articles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Articles")
            .field("files_left", &self.planned.len())
            .field("bytes_read", &self.bytes.load(Ordering::Relaxed))
            .field("total_bytes", &self.total_bytes)
            .finish()
    }
}

impl Articles {
    /// Bytes of the input files read so far (as stored: compressed bytes for `.gz`), shared
    /// with a progress display.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes)
    }

    /// The size of all the input files, when known (not for standard input).
    pub fn total_bytes(&self) -> Option<u64> {
        self.total_bytes
    }

    /// A unique document id: `id`, or `id~2`, `id~3`, ... when it is taken.
    fn unique(&mut self, id: String) -> String {
        if self.taken.insert(&id) {
            return id;
        }
        let free = (2..)
            .map(|n| format!("{id}~{n}"))
            .find(|c| !self.taken.contains(c))
            .expect("some suffix is free");
        self.taken.insert(&free);
        free
    }

    /// Opens the next planned input: an article file is read whole, a feed is opened.
    fn open(&mut self, p: Planned) -> Option<Result<Input>> {
        let limit = self.options.max_article_bytes;
        let failed = |e: Error, p: &Planned| -> Option<Result<Input>> {
            if p.explicit {
                Some(Err(e))
            } else {
                Some(Ok(Input::Skipped(p.path.clone(), e)))
            }
        };
        let reader: Box<dyn BufRead + Send> = if p.path.as_os_str() == STDIN {
            let stdin = CountingReader::new(io::stdin(), Arc::clone(&self.bytes));
            match sniff_gzip(BufReader::with_capacity(1 << 16, stdin)) {
                Ok(r) => r,
                Err(e) => return failed(Error::io(&p.path, e), &p),
            }
        } else {
            if let Err(e) = files::regular_file(&p.path) {
                return failed(e, &p);
            }
            let file = match fs::File::open(&p.path) {
                Ok(f) => CountingReader::new(f, Arc::clone(&self.bytes)),
                Err(e) => return failed(Error::io(&p.path, e), &p),
            };
            if is_gzip(&p.path) {
                Box::new(BufReader::with_capacity(
                    1 << 16,
                    flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, file)),
                ))
            } else {
                Box::new(BufReader::with_capacity(1 << 16, file))
            }
        };
        match p.format {
            InputFormat::Text => match files::read_limited(&p.path, reader, limit) {
                Ok(text) => Some(Ok(Input::Article(Document {
                    id: p.id.clone(),
                    path: p.display(),
                    date: article_date(&text),
                    url: None,
                    text,
                }))),
                Err(e) => failed(e, &p),
            },
            InputFormat::Jsonl | InputFormat::Csv => {
                match Records::open(&p.path, p.format, reader, &self.options) {
                    Ok(records) => {
                        self.current = Some(records);
                        None
                    }
                    Err(e) => failed(e, &p),
                }
            }
        }
    }
}

impl Iterator for Articles {
    type Item = Result<Input>;

    fn next(&mut self) -> Option<Result<Input>> {
        if let Some((path, e)) = self.skipped.pop_front() {
            return Some(Ok(Input::Skipped(path, e)));
        }
        loop {
            if let Some(records) = &mut self.current {
                match records.next_record(&self.options) {
                    Some(Ok(record)) => {
                        let id = record.id.clone();
                        let mut doc = record;
                        doc.id = self.unique(id);
                        return Some(Ok(Input::Article(doc)));
                    }
                    Some(Err((path, e))) => return Some(Ok(Input::Skipped(path, e))),
                    None => self.current = None,
                }
            }
            let p = self.planned.pop_front()?;
            if let Some(item) = self.open(p) {
                return Some(item);
            }
        }
    }
}

/// Counts the bytes read through it, for the progress display.
struct CountingReader<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R> CountingReader<R> {
    fn new(inner: R, count: Arc<AtomicU64>) -> CountingReader<R> {
        CountingReader { inner, count }
    }
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Standard input, decompressed when it starts with the gzip magic bytes (it has no name
/// to tell).
fn sniff_gzip<R: BufRead + Send + 'static>(mut reader: R) -> io::Result<Box<dyn BufRead + Send>> {
    let start = reader.fill_buf()?;
    if start.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(
            reader,
        ))))
    } else {
        Ok(Box::new(reader))
    }
}
#[cfg(test)]
mod tests;
