//! Reading articles: files, folders of `.txt` files, stdin.
//!
//! [`read_inputs`] turns what a user names on the command line into [`Document`]s:
//!
//! - a file is one article, whatever its extension;
//! - a folder is walked recursively for `*.txt` files (extension in any case), in path order,
//!   so the same folder always gives the same documents in the same order; hidden entries
//!   (names starting with `.`) and symbolic links to folders are not followed;
//! - `-` is standard input, read to its end (id `stdin`).
//!
//! Text is checked before it reaches the pipeline: a file with NUL bytes is binary, a file
//! that is not UTF-8 is rejected with the offset of the first bad byte, an empty or
//! whitespace-only file has no article. A UTF-8 byte-order mark is dropped, so evidence offsets
//! count from the first character after it; line endings are kept as they are (CRLF works),
//! so offsets are those of the file.
//!
//! A bad file named explicitly is an error; a bad file found inside a folder is reported in
//! [`Inputs::skipped`] and the others are still read.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::domain::Document;
use crate::error::{Error, Result};

/// What [`read_inputs`] read.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The articles, in input order (folders in path order), with unique ids.
    pub documents: Vec<Document>,
    /// Files inside folders that could not be read as articles, with the reason.
    pub skipped: Vec<(PathBuf, Error)>,
}

/// Path that names standard input.
const STDIN: &str = "-";

/// Reads every input: files, folders of `.txt` articles, and `-` for standard input.
///
/// Document ids are file stems; when two files share a stem (`politics/001.txt`,
/// `sport/001.txt`), each gets its path relative to the folder it was found in, without the
/// extension (`politics/001`), then the path as given, then a numeric suffix. A file named
/// twice (directly or through a folder) is read once.
///
/// # Errors
///
/// A missing path ([`Error::NotFound`]), a folder without `.txt` files
/// ([`Error::NoArticles`]), or an explicitly named file that is unreadable, binary, not UTF-8
/// or empty. Bad files inside folders are not errors: they are listed in [`Inputs::skipped`].
pub fn read_inputs(paths: &[PathBuf]) -> Result<Inputs> {
    let mut found: Vec<Found> = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            if seen.insert(PathBuf::from(STDIN)) {
                let text = read_reader(Path::new(STDIN), io::stdin().lock())?;
                found.push(Found::stdin(text));
            }
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let files = walk_txt(path, &mut skipped)?;
            if files.is_empty() && !skipped.iter().any(|(p, _)| p.starts_with(path)) {
                return Err(Error::NoArticles { path: path.clone() });
            }
            for file in files {
                if !seen.insert(identity(&file)) {
                    continue;
                }
                match read_file(&file) {
                    Ok(text) => found.push(Found::file(&file, Some(path), text)),
                    Err(e) => skipped.push((file, e)),
                }
            }
        } else if seen.insert(identity(path)) {
            let text = read_file(path)?;
            found.push(Found::file(path, None, text));
        }
    }
    let ids = unique_ids(&found);
    let documents = found
        .into_iter()
        .zip(ids)
        .map(|(f, id)| Document {
            id,
            path: f.path,
            date: article_date(&f.text),
            text: f.text,
        })
        .collect();
    Ok(Inputs { documents, skipped })
}

/// Reads one file as an article.
///
/// # Errors
///
/// [`Error::NotFound`], [`Error::Io`], [`Error::Binary`], [`Error::InvalidUtf8`] or
/// [`Error::Empty`], each naming `path`.
pub fn read_file(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(path, bytes)
}

/// Reads an article from any reader (stdin, a socket, a decompressor); `path` names it in
/// errors.
///
/// # Errors
///
/// As [`read_file`].
pub fn read_reader(path: &Path, mut reader: impl Read) -> Result<String> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    decode(path, bytes)
}

/// Checks and converts the bytes of one article. Linear in the length: one scan for NUL,
/// one UTF-8 validation, at most one move to drop the byte-order mark.
fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.contains(&0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        return Err(Error::InvalidUtf8 {
            path: path.to_path_buf(),
            offset: e.valid_up_to(),
        });
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

/// The identity used to read a file once: its canonical path when it has one.
fn identity(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The `.txt` files under `root`, in path order. Unreadable sub-folders go to `skipped`;
/// an unreadable `root` is an error.
fn walk_txt(root: &Path, skipped: &mut Vec<(PathBuf, Error)>) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match list_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if dir == root => return Err(e),
            Err(e) => {
                skipped.push((dir, e));
                continue;
            }
        };
        let mut subdirs = Vec::new();
        for (path, file_type) in entries {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            if file_type.is_dir() {
                subdirs.push(path);
            } else if is_txt(&path) && !is_symlink_to_dir(&path, file_type) {
                files.push(path);
            }
        }
        // Sorted, so unreadable folders are reported in the same order every run.
        subdirs.sort();
        stack.extend(subdirs.into_iter().rev());
    }
    // `Path` order compares component by component: `a/z.txt` < `b.txt`, whatever order
    // the file system listed them in.
    files.sort();
    Ok(files)
}

fn list_dir(dir: &Path) -> Result<Vec<(PathBuf, fs::FileType)>> {
    let io_err = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_err)? {
        let entry = entry.map_err(io_err)?;
        let file_type = entry.file_type().map_err(io_err)?;
        entries.push((entry.path(), file_type));
    }
    Ok(entries)
}

fn is_txt(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"))
}

fn is_symlink_to_dir(path: &Path, file_type: fs::FileType) -> bool {
    file_type.is_symlink() && path.is_dir()
}

/// A file that was read, before ids are assigned.
struct Found {
    /// Display path (`-` for stdin).
    path: String,
    /// Id candidates from shortest to longest: stem, path relative to its folder, path as
    /// given; all without extension.
    candidates: [String; 3],
    text: String,
}

impl Found {
    fn stdin(text: String) -> Found {
        Found {
            path: STDIN.to_string(),
            candidates: [
                "stdin".to_string(),
                "stdin".to_string(),
                "stdin".to_string(),
            ],
            text,
        }
    }

    fn file(path: &Path, root: Option<&Path>, text: String) -> Found {
        let stem = path
            .file_stem()
            .unwrap_or(path.as_os_str())
            .to_string_lossy()
            .into_owned();
        let relative = root
            .and_then(|r| path.strip_prefix(r).ok())
            .map_or_else(|| stem.clone(), without_extension);
        let given = without_extension(path);
        Found {
            path: path.to_string_lossy().into_owned(),
            candidates: [stem, relative, given],
            text,
        }
    }
}

/// `a/b/c.txt` -> `a/b/c`, with `/` separators whatever the platform.
fn without_extension(path: &Path) -> String {
    let path = path.with_extension("");
    let parts: Vec<_> = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            std::path::Component::ParentDir => Some("..".to_string()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// One id per document, unique: the shortest candidate no other document shares.
fn unique_ids(found: &[Found]) -> Vec<String> {
    let mut ids: Vec<Option<String>> = vec![None; found.len()];
    let mut taken: HashSet<String> = HashSet::new();
    for tier in 0..3 {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (f, id) in found.iter().zip(&ids) {
            if id.is_none() {
                *counts.entry(f.candidates[tier].as_str()).or_default() += 1;
            }
        }
        for (f, id) in found.iter().zip(ids.iter_mut()) {
            let candidate = &f.candidates[tier];
            if id.is_none() && counts[candidate.as_str()] == 1 && !taken.contains(candidate) {
                taken.insert(candidate.clone());
                *id = Some(candidate.clone());
            }
        }
    }
    found
        .iter()
        .zip(ids)
        .map(|(f, id)| {
            id.unwrap_or_else(|| {
                let base = &f.candidates[2];
                if taken.insert(base.clone()) {
                    return base.clone();
                }
                (2..)
                    .map(|n| format!("{base}~{n}"))
                    .find(|candidate| taken.insert(candidate.clone()))
                    .expect("some suffix is free")
            })
        })
        .collect()
}

/// Lines at the start of an article searched for its date by [`article_date`].
const DATE_LINES: usize = 5;

/// The publication date an article states at its start, as `YYYY-MM-DD`.
///
/// Among the first five lines, the first that is a `Date:` header (`Date: 2014-07-22`, key in
/// any case) or that holds nothing but an ISO date (`2014-07-22`) gives it; a time after the
/// date (`2014-07-22T09:30:00Z`, `2014-07-22 09:30`) is ignored. Dates anywhere else in the
/// text are events the article reports, not its own date, and a file's modification time
/// says when it was copied, not written: neither is used. `None` when there is no such line
/// or the date is not a real calendar date.
///
/// ```
/// assert_eq!(
///     actorgraph::article_date("Date: 2014-07-22\nKerry met Sisi.").as_deref(),
///     Some("2014-07-22")
/// );
/// assert_eq!(actorgraph::article_date("Kerry met Sisi on 2014-07-22."), None);
/// ```
pub fn article_date(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(DATE_LINES)
        .find_map(|line| {
            let value = match line.split_once(':') {
                Some((key, value)) if key.trim().eq_ignore_ascii_case("date") => value.trim(),
                _ => line,
            };
            iso_date(value)
        })
}

/// `YYYY-MM-DD` at the start of `value`, followed by nothing or by a time.
fn iso_date(value: &str) -> Option<String> {
    let date = value.get(..10)?;
    let rest = &value[10..];
    let time = |r: &str| r.starts_with(|c: char| c.is_ascii_digit());
    if !(rest.is_empty() || rest.strip_prefix(['T', ' ']).is_some_and(time)) {
        return None;
    }
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let year: u32 = date[0..4].parse().ok()?;
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then(|| date.to_string())
}

#[cfg(test)]
mod tests {
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
            assert_eq!(article_date(text).as_deref(), date, "{text:?}");
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
                "{}: no .txt articles in this folder",
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
    fn a_100_mb_single_line_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "Kerry met Ban in Cairo. ".repeat(100 * 1024 * 1024 / 24);
        fs::write(&path, &line).unwrap();
        let inputs = read_inputs(std::slice::from_ref(&path)).unwrap();
        assert_eq!(inputs.documents[0].text.len(), line.len());
    }
}
