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
pub enum InputFormat {
    /// One article per file (`.txt`, and any other extension).
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
/// Document ids are file stems; when two files share a stem (`politics/001.txt`,
/// `sport/001.txt`), each gets its path relative to the folder it was found in, without the
/// extension (`politics/001`), then the path as given, then a numeric suffix. A file named
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
    taken: HashSet<String>,
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
        if self.taken.insert(id.clone()) {
            return id;
        }
        let free = (2..)
            .map(|n| format!("{id}~{n}"))
            .find(|c| !self.taken.contains(c))
            .expect("some suffix is free");
        self.taken.insert(free.clone());
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
mod tests {
    use super::files::{decode, without_extension};
    use super::*;

    /// A scratch folder with the given files (path, bytes).
    fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, bytes).unwrap();
        }
        dir
    }

    const ARTICLE: &[u8] = b"Kerry met Ban in Cairo on Tuesday.\n";

    #[test]
    fn article_dates_come_from_a_header_line_only() {
        let rows = [
            ("Date: 2014-07-22\nKerry met Sisi.", Some("2014-07-22")),
            ("date:2014-07-22T09:30:00Z\ntext", Some("2014-07-22")),
            (
                "Gaza talks\n\nDATE: 2013-11-05 10:00\ntext",
                Some("2013-11-05"),
            ),
            ("Gaza talks\n2012-02-29\ntext", Some("2012-02-29")),
            ("Gaza talks\n2013-02-29\ntext", None),
            ("Date: 2014-13-01\ntext", None),
            ("Date: 22 July 2014\ntext", None),
            ("Kerry met Sisi on 2014-07-22.", None),
            ("2014-07-22 was the day Kerry met Sisi.", None),
            ("a\nb\nc\nd\ne\nDate: 2014-07-22", None),
            ("", None),
        ];
        for (text, date) in rows {
            assert_eq!(
                article_date(text).map(|d| d.to_string()).as_deref(),
                date,
                "{text:?}"
            );
        }
    }

    #[test]
    fn decode_table() {
        // (bytes, Ok(text) or the error's message with the path "a.txt")
        let rows: &[(&[u8], std::result::Result<&str, &str>)] = &[
            (b"Hello.", Ok("Hello.")),
            (b"\xEF\xBB\xBFHello.", Ok("Hello.")),
            (b"One.\r\nTwo.\r\n", Ok("One.\r\nTwo.\r\n")),
            (
                "Erdo\u{011F}an spoke.".as_bytes(),
                Ok("Erdo\u{011F}an spoke."),
            ),
            (
                b"abc\0def",
                Err("a.txt: binary file, not a text article (it contains NUL bytes)"),
            ),
            (
                b"caf\xE9 au lait",
                Err("a.txt: not valid UTF-8 text (first bad byte at offset 3)"),
            ),
            (
                b"\xEF\xBB\xBFok \xFF",
                Err("a.txt: not valid UTF-8 text (first bad byte at offset 6)"),
            ),
            (b"", Err("a.txt: empty article (no text)")),
            (b" \r\n\t\n ", Err("a.txt: empty article (no text)")),
            (b"\xEF\xBB\xBF\n", Err("a.txt: empty article (no text)")),
        ];
        for (bytes, expected) in rows {
            let got = decode(Path::new("a.txt"), bytes.to_vec()).map_err(|e| e.to_string());
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "input {:?}", String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn crlf_text_splits_into_the_same_sentences_as_lf() {
        let lf = "Kerry met Ban.\n\nHamas rejected the plan.\n";
        let crlf = lf.replace('\n', "\r\n");
        let count = |t: &str| crate::text::segment(t).sentences.len();
        assert_eq!(count(&crlf), count(lf));
        assert_eq!(count(lf), 2);
    }

    #[test]
    fn folder_is_walked_recursively_in_path_order() {
        let dir = folder(&[
            ("b.txt", ARTICLE),
            ("a/z.TXT", ARTICLE),
            ("a/y.txt", ARTICLE),
            ("notes.md", ARTICLE),
            (".hidden/x.txt", ARTICLE),
            ("c.Txt", ARTICLE),
        ]);
        let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["y", "z", "b", "c"]);
        assert!(inputs.skipped.is_empty());
        let first = &inputs.documents[0];
        assert_eq!(
            first.path,
            dir.path().join("a/y.txt").to_string_lossy().into_owned()
        );
        assert_eq!(first.text.as_bytes(), ARTICLE);
    }

    #[test]
    fn shared_stems_get_their_relative_path() {
        let dir = folder(&[
            ("politics/001.txt", ARTICLE),
            ("sport/001.txt", ARTICLE),
            ("sport/002.txt", ARTICLE),
        ]);
        let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["politics/001", "sport/001", "002"]);
    }

    #[test]
    fn ids_stay_unique_across_inputs() {
        let dir = folder(&[
            ("x/a.txt", ARTICLE),
            ("y/a.txt", ARTICLE),
            ("y/a.md", ARTICLE),
        ]);
        let x = dir.path().join("x");
        let y = dir.path().join("y");
        // Same relative path `a` under two folders: the path as given decides.
        let inputs = read_inputs(&[x.clone(), y.clone(), y.join("a.md")]).unwrap();
        let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.clone()).collect();
        let given = |p: &Path| without_extension(p);
        assert_eq!(ids[0], given(&x.join("a.txt")));
        assert_eq!(ids[1], given(&y.join("a.txt")));
        // `y/a.md` and `y/a.txt` have the same path without extension.
        assert_eq!(ids[2], format!("{}~2", given(&y.join("a.md"))));
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), 3);
    }

    #[test]
    fn a_file_named_twice_is_read_once() {
        let dir = folder(&[("a.txt", ARTICLE), ("b.txt", ARTICLE)]);
        let a = dir.path().join("a.txt");
        let inputs = read_inputs(&[a.clone(), dir.path().to_path_buf(), a]).unwrap();
        let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn explicit_file_of_any_extension_is_an_article() {
        let dir = folder(&[("story.md", ARTICLE)]);
        let inputs = read_inputs(&[dir.path().join("story.md")]).unwrap();
        assert_eq!(inputs.documents[0].id, "story");
    }

    #[test]
    fn bad_files_in_a_folder_are_skipped_and_the_rest_is_read() {
        let dir = folder(&[
            ("a.txt", ARTICLE),
            ("b.txt", b"\x00\x01\x02"),
            ("c.txt", b"\xC3("),
            ("d.txt", b"   \n"),
            ("e.txt", ARTICLE),
        ]);
        let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "e"]);
        let skipped: Vec<_> = inputs
            .skipped
            .iter()
            .map(|(p, e)| (p.file_name().unwrap().to_str().unwrap(), e))
            .collect();
        assert_eq!(skipped.len(), 3);
        assert!(matches!(skipped[0], ("b.txt", Error::Binary { .. })));
        assert!(matches!(
            skipped[1],
            ("c.txt", Error::InvalidUtf8 { offset: 0, .. })
        ));
        assert!(matches!(skipped[2], ("d.txt", Error::Empty { .. })));
    }

    #[test]
    fn explicit_bad_inputs_are_errors() {
        let dir = folder(&[("bin.txt", b"a\0b"), ("notes.md", ARTICLE)]);
        let err = |p: PathBuf| read_inputs(&[p]).unwrap_err();
        assert!(matches!(
            err(dir.path().join("missing.txt")),
            Error::NotFound { .. }
        ));
        assert!(matches!(
            err(dir.path().join("bin.txt")),
            Error::Binary { .. }
        ));
        let empty = tempfile::tempdir().unwrap();
        let e = err(empty.path().to_path_buf());
        assert!(matches!(e, Error::NoArticles { .. }));
        assert_eq!(
            e.to_string(),
            format!(
                "{}: no articles in this folder (no .txt, .jsonl, .ndjson or .csv files)",
                empty.path().display()
            )
        );
    }

    #[test]
    fn a_folder_of_only_bad_articles_reports_them_all() {
        let dir = folder(&[("a.txt", b""), ("b.txt", b"\0")]);
        let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        assert!(inputs.documents.is_empty());
        assert_eq!(inputs.skipped.len(), 2);
    }

    #[test]
    fn reader_input_is_checked_like_a_file() {
        let text = read_reader(Path::new("-"), &b"\xEF\xBB\xBFHamas said no."[..]).unwrap();
        assert_eq!(text, "Hamas said no.");
        let e = read_reader(Path::new("-"), &b""[..]).unwrap_err();
        assert_eq!(e.to_string(), "-: empty article (no text)");
    }

    #[test]
    fn a_100_mb_single_line_file_is_read_under_a_raised_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "Kerry met Ban in Cairo. ".repeat(100 * 1024 * 1024 / 24);
        fs::write(&path, &line).unwrap();
        let e = read_inputs(std::slice::from_ref(&path)).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{}: article longer than the limit of 16 MiB (raise it with --max-article-size)",
                path.display()
            )
        );
        let options = ReadOptions {
            max_article_bytes: 128 << 20,
            ..ReadOptions::default()
        };
        let inputs = read_inputs_with(std::slice::from_ref(&path), &options).unwrap();
        assert_eq!(inputs.documents[0].text.len(), line.len());
    }

    #[test]
    fn long_articles_in_a_folder_are_skipped() {
        let dir = folder(&[("a.txt", ARTICLE), ("b.txt", &[b'x'; 2000])]);
        let options = ReadOptions {
            max_article_bytes: 1000,
            ..ReadOptions::default()
        };
        let inputs = read_inputs_with(&[dir.path().to_path_buf()], &options).unwrap();
        assert_eq!(inputs.documents.len(), 1);
        assert!(matches!(
            inputs.skipped[0].1,
            Error::TooLarge { limit: 1000, .. }
        ));
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_not_read() {
        let dir = folder(&[("a.txt", ARTICLE)]);
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here: nothing to check
        }
        let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(inputs.documents.len(), 1);
        assert_eq!(
            inputs.skipped[0].1.to_string(),
            format!(
                "{}: not a regular file (a FIFO); only regular files are read (pipe a stream \
                 to `-`)",
                fifo.display()
            )
        );
        let e = read_inputs(std::slice::from_ref(&fifo)).unwrap_err();
        assert!(matches!(e, Error::NotRegular { what: "a FIFO", .. }));
        let e = read_inputs(&[PathBuf::from("/dev/zero")]).unwrap_err();
        assert!(matches!(
            e,
            Error::NotRegular {
                what: "a character device",
                ..
            }
        ));
    }

    /// A feed in a scratch folder, read with the default options.
    fn feed(name: &str, content: &[u8]) -> (tempfile::TempDir, Inputs) {
        let dir = folder(&[(name, content)]);
        let inputs = read_inputs(&[dir.path().join(name)]).unwrap();
        (dir, inputs)
    }

    /// The skipped messages without the folder.
    fn messages(inputs: &Inputs) -> Vec<String> {
        inputs
            .skipped
            .iter()
            .map(|(path, e)| {
                let dir = format!("{}/", path.parent().unwrap().display());
                e.to_string().replace(&dir, "")
            })
            .collect()
    }

    #[test]
    fn a_jsonl_feed_gives_one_document_per_line_and_reports_bad_lines() {
        let lines = concat!(
            r#"{"id": "a1", "title": "Kerry in Cairo", "text": "Kerry met Ban.", "date": "2014-07-22T09:30:00Z", "url": "http://x/1"}"#,
            "\n",
            "not json\n",
            r#"{"content": "Hamas rejected the plan.", "published": "2014-07-23"}"#,
            "\n\n",
            r#"{"id": 7, "body": "Egypt backed the truce.", "date": "22/07/2014"}"#,
            "\n",
            r#"{"id": "a1", "text": "Qatar backs Hamas."}"#,
            "\n",
            r#"{"id": "x", "summary": "no text"}"#,
            "\n",
            "{\"text\": \"caf\u{e9}\"}\n",
        );
        let mut bytes = lines.as_bytes().to_vec();
        bytes.extend_from_slice(b"{\"text\": \"bad \xff\"}\n");
        let (_dir, inputs) = feed("news.jsonl", &bytes);
        let docs: Vec<_> = inputs
            .documents
            .iter()
            .map(|d| {
                (
                    d.id.as_str(),
                    d.date.map(|d| d.to_string()),
                    d.url.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            docs,
            [
                ("a1", Some("2014-07-22".to_string()), Some("http://x/1")),
                ("news:3", Some("2014-07-23".to_string()), None),
                ("a1~2", None, None),
                ("news:8", None, None),
            ]
        );
        assert_eq!(inputs.documents[0].text, "Kerry in Cairo\n\nKerry met Ban.");
        assert!(inputs.documents[0].path.ends_with("news.jsonl:1"));
        assert_eq!(
            messages(&inputs),
            [
                "news.jsonl:2: invalid JSON: expected ident at line 1 column 2",
                "news.jsonl:5: bad date \"22/07/2014\" in field \"date\" (expected an ISO date \
                 such as 2014-07-22 or 2014-07-22T09:30:00Z)",
                "news.jsonl:7: no text (looked for the fields \"text\", \"content\", \"body\"; \
                 name it with --text-field)",
                "news.jsonl:9: not valid UTF-8 (first bad byte at column 15)",
            ]
        );
    }

    #[test]
    fn a_gzipped_csv_feed_with_quoted_lines_is_read() {
        use std::io::Write as _;
        let csv = "id,date,title,text\n\
                   1,2014-07-22,Talks,\"Kerry met Ban.\nThey spoke of \"\"peace\"\".\"\n\
                   2,2014-13-01,,Hamas said no.\n\
                   3,,,\n\
                   4,2014-07-24,,Egypt backed Kerry.\n";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(csv.as_bytes()).unwrap();
        let (_dir, inputs) = feed("feed.CSV.gz", &gz.finish().unwrap());
        let docs: Vec<_> = inputs
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        assert_eq!(
            docs,
            [
                ("1", "Talks\n\nKerry met Ban.\nThey spoke of \"peace\"."),
                ("4", "Egypt backed Kerry."),
            ]
        );
        assert_eq!(
            messages(&inputs),
            [
                "feed.CSV.gz:4: bad date \"2014-13-01\" in field \"date\" (expected an ISO date \
                 such as 2014-07-22 or 2014-07-22T09:30:00Z)",
                "feed.CSV.gz:5: empty article (no text in \"text\", \"content\", \"body\")",
            ]
        );
    }

    #[test]
    fn a_csv_without_a_text_column_is_an_error_named_and_skipped_in_a_folder() {
        let dir = folder(&[("index.csv", b"id,name\n1,x\n"), ("a.txt", ARTICLE)]);
        let e = read_inputs(&[dir.path().join("index.csv")]).unwrap_err();
        assert!(e.to_string().ends_with(
            "index.csv: no text column in the CSV header (looked for \"text\", \"content\", \
             \"body\"; name it with --text-field)"
        ));
        let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(inputs.documents.len(), 1);
        assert_eq!(inputs.skipped.len(), 1);
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_without_holding_it() {
        let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(5000));
        let content = format!("{long}{{\"text\": \"Kerry met Ban.\"}}\n");
        let dir = folder(&[("f.ndjson", content.as_bytes())]);
        let options = ReadOptions {
            max_article_bytes: 1000,
            ..ReadOptions::default()
        };
        let inputs = read_inputs_with(&[dir.path().join("f.ndjson")], &options).unwrap();
        assert_eq!(inputs.documents.len(), 1);
        assert_eq!(inputs.documents[0].id, "f:2");
        assert!(messages(&inputs)[0].ends_with(
            "f.ndjson:1: record longer than the limit of 1000 bytes (raise it with \
             --max-article-size)"
        ));
    }

    #[test]
    fn iso_dates_and_times() {
        let rows = [
            ("2014-07-22", Some("2014-07-22")),
            ("2014-07-22T09:30:00Z", Some("2014-07-22")),
            ("2014-07-22T23:30:00.123+02:00", Some("2014-07-22")),
            ("2014-07-22 09:30", Some("2014-07-22")),
            ("2014-07-22T09:30:00-0500", Some("2014-07-22")),
            ("2014-07-22T25:00", None),
            ("2014-07-22Tnoon", None),
            ("2014-02-30", None),
            ("Tue, 22 Jul 2014 09:30:00 GMT", None),
            ("", None),
        ];
        for (text, date) in rows {
            assert_eq!(
                crate::Date::parse_iso(text)
                    .map(|d| d.to_string())
                    .as_deref(),
                date,
                "{text:?}"
            );
        }
    }
}
