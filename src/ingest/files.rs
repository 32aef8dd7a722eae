//! Files and folders: which files are articles or feeds, their ids, and the checks of an
//! article's text.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::InputFormat;
use crate::domain::Date;
use crate::error::{Error, Result};

/// Reads one file as an article.
///
/// # Errors
///
/// [`Error::NotFound`], [`Error::Io`], [`Error::Binary`], [`Error::InvalidUtf8`] or
/// [`Error::Empty`], each naming `path`.
pub fn read_file(path: &Path) -> Result<String> {
    read_file_limited(path, u64::MAX)
}

/// Reads one file as an article of at most `limit` bytes (after decompression for `.gz`).
///
/// # Errors
///
/// As [`read_file`], and [`Error::NotRegular`] or [`Error::TooLarge`].
pub(super) fn read_file_limited(path: &Path, limit: u64) -> Result<String> {
    let meta = regular_file(path)?;
    if super::is_gzip(path) {
        let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
        return read_limited(path, flate2::read::MultiGzDecoder::new(file), limit);
    }
    if meta.len() > limit {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit,
        });
    }
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(path, bytes)
}

/// Reads at most `limit` bytes of one article from `reader`.
pub(super) fn read_limited(path: &Path, reader: impl Read, limit: u64) -> Result<String> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit,
        });
    }
    decode(path, bytes)
}

/// The metadata of `path` when it is a regular file (or a link to one); a FIFO, a device
/// or a socket is [`Error::NotRegular`]: reading one could block forever or never end.
pub(super) fn regular_file(path: &Path) -> Result<fs::Metadata> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_file() {
        return Ok(meta);
    }
    let what = if meta.is_dir() {
        "a folder"
    } else {
        special_kind(&meta.file_type())
    };
    Err(Error::NotRegular {
        path: path.to_path_buf(),
        what,
    })
}

#[cfg(unix)]
fn special_kind(t: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::FileType) -> &'static str {
    "not a file"
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
pub(super) fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
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
pub(super) fn identity(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The input files under `root` (`.txt` articles and `.jsonl`, `.ndjson`, `.csv` feeds,
/// each maybe gzipped), in path order. Unreadable sub-folders and entries that are not
/// regular files (a FIFO named `x.txt`) go to `skipped`; an unreadable `root` is an error.
pub(super) fn walk(root: &Path, skipped: &mut Vec<(PathBuf, Error)>) -> Result<Vec<PathBuf>> {
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
            } else if InputFormat::of_path(&path).is_some() && !is_symlink_to_dir(&path, file_type)
            {
                match regular_file(&path) {
                    Ok(_) => files.push(path),
                    Err(e) => skipped.push((path, e)),
                }
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

fn is_symlink_to_dir(path: &Path, file_type: fs::FileType) -> bool {
    file_type.is_symlink() && path.is_dir()
}

/// An article file (or stdin) before ids are assigned.
pub(super) struct Found {
    /// Id candidates from shortest to longest: stem, path relative to its folder, path as
    /// given; all without extension.
    candidates: [String; 3],
}

impl Found {
    pub(super) fn stdin() -> Found {
        Found {
            candidates: [
                "stdin".to_string(),
                "stdin".to_string(),
                "stdin".to_string(),
            ],
        }
    }

    pub(super) fn file(path: &Path, root: Option<&Path>) -> Found {
        let relative = root.and_then(|r| path.strip_prefix(r).ok());
        let path = &super::without_gz(path);
        let stem = path
            .file_stem()
            .unwrap_or(path.as_os_str())
            .to_string_lossy()
            .into_owned();
        let relative = relative.map_or_else(
            || stem.clone(),
            |r| without_extension(&super::without_gz(r)),
        );
        let given = without_extension(path);
        Found {
            candidates: [stem, relative, given],
        }
    }
}

/// `a/b/c.txt` -> `a/b/c`, with `/` separators whatever the platform (`a/b/c.txt.gz` too,
/// after [`Found::file`] takes the `.gz` off).
pub(super) fn without_extension(path: &Path) -> String {
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
pub(super) fn unique_ids(found: &[Found]) -> Vec<String> {
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
///     actorgraph::article_date("Date: 2014-07-22\nKerry met Sisi.").map(|d| d.to_string()),
///     Some("2014-07-22".to_string())
/// );
/// assert_eq!(actorgraph::article_date("Kerry met Sisi on 2014-07-22."), None);
/// ```
pub fn article_date(text: &str) -> Option<Date> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(DATE_LINES)
        .find_map(|line| {
            let value = match line.split_once(':') {
                Some((key, value)) if key.trim().eq_ignore_ascii_case("date") => value.trim(),
                _ => line,
            };
            Date::parse_iso(value)
        })
}
