//! News feeds: JSON Lines and CSV records read one at a time into documents.

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::lines::LineCounter;
use super::{Fields, InputFormat, ReadOptions, article_date};
use crate::domain::{Date, Document};
use crate::error::{Error, Result};

/// The records of one feed file, read as they are asked for.
pub(super) struct Records {
    path: PathBuf,
    /// `news` for `news.jsonl.gz`: ids of records without one are `news:LINE`.
    stem: String,
    kind: Kind,
    /// A read error ended the file.
    done: bool,
}

enum Kind {
    Jsonl {
        reader: Box<dyn BufRead + Send>,
        line: usize,
        buf: Vec<u8>,
    },
    Csv {
        // boxed: the CSV parser's state (its DFA tables) is large and inline
        reader: Box<csv::Reader<LineCounter<Box<dyn BufRead + Send>>>>,
        columns: Columns,
        record: csv::ByteRecord,
    },
}

/// The column of each field in a CSV header.
struct Columns {
    text: usize,
    id: Option<usize>,
    date: Option<(usize, String)>,
    url: Option<usize>,
    title: Option<usize>,
}

/// What a record holds, before it is checked.
#[derive(Default)]
struct Raw {
    text: Option<String>,
    id: Option<String>,
    /// The field name and its value.
    date: Option<(String, String)>,
    url: Option<String>,
    title: Option<String>,
}

/// A bad record: the feed file and the error naming its line.
type Bad = (PathBuf, Error);

impl Records {
    /// Opens a feed; a CSV file's header must name a text column.
    pub(super) fn open(
        path: &Path,
        format: InputFormat,
        reader: Box<dyn BufRead + Send>,
        options: &ReadOptions,
    ) -> Result<Records> {
        let stem = feed_stem(path);
        let kind = match format {
            InputFormat::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .buffer_capacity(1 << 16)
                    .from_reader(LineCounter::new(reader));
                let headers = reader.byte_headers().map_err(|e| Error::Feed {
                    path: path.to_path_buf(),
                    reason: format!("cannot read the CSV header: {e}"),
                })?;
                let names: Vec<String> = headers
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        let h = String::from_utf8_lossy(h);
                        let h = if i == 0 {
                            h.trim_start_matches('\u{feff}')
                        } else {
                            &h
                        };
                        h.trim().to_string()
                    })
                    .collect();
                let find = |wanted: &[String]| -> Option<(usize, String)> {
                    wanted.iter().find_map(|w| {
                        names
                            .iter()
                            .position(|n| n == w)
                            .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case(w)))
                            .map(|i| (i, w.clone()))
                    })
                };
                let fields = &options.fields;
                let text = find(&fields.text).ok_or_else(|| Error::Feed {
                    path: path.to_path_buf(),
                    reason: format!(
                        "no text column in the CSV header (looked for {}; name it with \
                         --text-field)",
                        names_list(&fields.text)
                    ),
                })?;
                Kind::Csv {
                    reader: Box::new(reader),
                    columns: Columns {
                        text: text.0,
                        id: find(&fields.id).map(|c| c.0),
                        date: find(&fields.date),
                        url: find(&fields.url).map(|c| c.0),
                        title: find(&fields.title).map(|c| c.0),
                    },
                    record: csv::ByteRecord::new(),
                }
            }
            _ => Kind::Jsonl {
                reader,
                line: 0,
                buf: Vec::new(),
            },
        };
        Ok(Records {
            path: path.to_path_buf(),
            stem,
            kind,
            done: false,
        })
    }

    /// The next record as a document (its id not yet made unique), a bad record, or `None`
    /// at the end of the file.
    pub(super) fn next_record(
        &mut self,
        options: &ReadOptions,
    ) -> Option<std::result::Result<Document, Bad>> {
        if self.done {
            return None;
        }
        let limit = options.max_article_bytes;
        let bad = |path: &Path, line: usize, reason: String| -> Bad {
            (
                path.to_path_buf(),
                Error::BadRecord {
                    path: path.to_path_buf(),
                    line,
                    reason,
                },
            )
        };
        let too_long = format!(
            "record longer than the limit of {} (raise it with --max-article-size)",
            crate::error::human_bytes(limit)
        );
        loop {
            let (line, raw) = match &mut self.kind {
                Kind::Jsonl { reader, line, buf } => {
                    let long = match read_line_limited(reader.as_mut(), buf, limit) {
                        Ok(None) => return None,
                        Ok(Some(long)) => long,
                        Err(e) => {
                            let line = *line;
                            self.done = true;
                            return Some(Err(self.read_failed(line, e)));
                        }
                    };
                    *line += 1;
                    let n = *line;
                    if long {
                        return Some(Err(bad(&self.path, n, too_long)));
                    }
                    let bytes = if n == 1 {
                        buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(buf)
                    } else {
                        &buf[..]
                    };
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    match json_record(bytes, &options.fields) {
                        Ok(raw) => (n, raw),
                        Err(reason) => return Some(Err(bad(&self.path, n, reason))),
                    }
                }
                Kind::Csv {
                    reader,
                    columns,
                    record,
                } => {
                    match reader.read_byte_record(record) {
                        Ok(false) => return None,
                        Ok(true) => {}
                        Err(e) => {
                            let line = e
                                .position()
                                .map_or(0, |p| reader.get_ref().line_at(p.byte()));
                            if let csv::ErrorKind::Io(_) = e.kind() {
                                let e = match e.into_kind() {
                                    csv::ErrorKind::Io(e) => e,
                                    _ => unreachable!("matched as an I/O error"),
                                };
                                self.done = true;
                                return Some(Err(self.read_failed(line, e)));
                            }
                            return Some(Err(bad(&self.path, line, e.to_string())));
                        }
                    }
                    let n = record
                        .position()
                        .map_or(0, |p| reader.get_ref().line_at(p.byte()));
                    if record.as_slice().len() as u64 > limit {
                        return Some(Err(bad(&self.path, n, too_long)));
                    }
                    match csv_record(record, columns) {
                        Ok(raw) => (n, raw),
                        Err(reason) => return Some(Err(bad(&self.path, n, reason))),
                    }
                }
            };
            return Some(
                document(&self.path, &self.stem, line, raw, &options.fields)
                    .map_err(|reason| bad(&self.path, line, reason)),
            );
        }
    }

    /// The error of a read that failed after `line` (corrupt gzip data, an I/O error): the
    /// rest of the file is skipped.
    fn read_failed(&self, line: usize, e: io::Error) -> Bad {
        (
            self.path.clone(),
            Error::Feed {
                path: self.path.clone(),
                reason: format!(
                    "read failed after line {line} ({e}); the rest of the file is skipped"
                ),
            },
        )
    }
}

/// `news` for `dir/news.jsonl.gz`, `stdin` for `-`.
fn feed_stem(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_string();
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match name.len().checked_sub(3) {
        Some(cut) if name[cut..].eq_ignore_ascii_case(".gz") => name[..cut].to_string(),
        _ => name,
    };
    Path::new(&name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or(name)
}

fn names_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `limit` bytes: a longer
/// line is consumed to its end and reported as `Some(true)`, so one runaway line costs no
/// memory. `None` at the end of the input.
fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: u64,
) -> io::Result<Option<bool>> {
    buf.clear();
    let mut read_any = false;
    let mut long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(read_any.then_some(long));
        }
        read_any = true;
        let (chunk, end) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        if !long {
            if (buf.len() + chunk.len()) as u64 > limit {
                long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = end.unwrap_or(available.len());
        reader.consume(used);
        if end.is_some() {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(long));
        }
    }
}

/// The fields of one JSON Lines record.
fn json_record(line: &[u8], fields: &Fields) -> std::result::Result<Raw, String> {
    if let Err(e) = std::str::from_utf8(line) {
        return Err(format!(
            "not valid UTF-8 (first bad byte at column {})",
            e.valid_up_to() + 1
        ));
    }
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(mut object) = value else {
        return Err(format!(
            "expected a JSON object, found {}",
            json_kind(&value)
        ));
    };
    let mut take = |names: &[String],
                    number_ok: bool|
     -> std::result::Result<Option<(String, String)>, String> {
        for name in names {
            match take_field(&mut object, name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some((name.clone(), s))),
                Some(Value::Number(n)) if number_ok => {
                    return Ok(Some((name.clone(), n.to_string())));
                }
                Some(other) => {
                    return Err(format!(
                        "field {name:?} is {}, not a string",
                        json_kind(&other)
                    ));
                }
            }
        }
        Ok(None)
    };
    Ok(Raw {
        text: take(&fields.text, false)?.map(|f| f.1),
        id: take(&fields.id, true)?.map(|f| f.1),
        date: take(&fields.date, false)?,
        url: take(&fields.url, false)?.map(|f| f.1),
        title: take(&fields.title, false)?.map(|f| f.1),
    })
    .and_then(|raw| {
        if raw.text.is_none() {
            Err(format!(
                "no text (looked for the fields {}; name it with --text-field)",
                names_list(&fields.text)
            ))
        } else {
            Ok(raw)
        }
    })
}

/// The value of `name` in `object`: the key as written, or a path of keys separated by dots
/// through nested objects (`article.body`).
fn take_field(object: &mut Map<String, Value>, name: &str) -> Option<Value> {
    if let Some(v) = object.remove(name) {
        return Some(v);
    }
    let (head, rest) = name.split_once('.')?;
    match object.get_mut(head)? {
        Value::Object(inner) => take_field(inner, rest),
        _ => None,
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The fields of one CSV record.
fn csv_record(record: &csv::ByteRecord, columns: &Columns) -> std::result::Result<Raw, String> {
    let field = |i: Option<usize>| -> std::result::Result<Option<String>, String> {
        let Some(bytes) = i.and_then(|i| record.get(i)) else {
            return Ok(None);
        };
        match std::str::from_utf8(bytes) {
            Ok("") => Ok(None),
            Ok(s) => Ok(Some(s.to_string())),
            Err(e) => Err(format!(
                "not valid UTF-8 (field {}, first bad byte at offset {})",
                i.unwrap_or(0) + 1,
                e.valid_up_to()
            )),
        }
    };
    Ok(Raw {
        text: field(Some(columns.text))?,
        id: field(columns.id)?,
        date: match &columns.date {
            Some((i, name)) => field(Some(*i))?.map(|v| (name.clone(), v)),
            None => None,
        },
        url: field(columns.url)?,
        title: field(columns.title)?,
    })
}

/// The document of a record on `line` of the feed `path`; the reason when it is not one.
fn document(
    path: &Path,
    stem: &str,
    line: usize,
    raw: Raw,
    fields: &Fields,
) -> std::result::Result<Document, String> {
    let text = raw.text.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(format!(
            "empty article (no text in {})",
            names_list(&fields.text)
        ));
    }
    let text = match raw.title.as_deref().map(str::trim) {
        Some(title) if !title.is_empty() && !text.trim_start().starts_with(title) => {
            format!("{title}\n\n{text}")
        }
        _ => text,
    };
    // After the title is put before the text: a NUL in either makes the article binary.
    if text.contains('\0') {
        return Err("binary text, not an article (it contains NUL bytes)".to_string());
    }
    let date = match raw.date {
        Some((name, value)) if !value.trim().is_empty() => {
            Some(Date::parse_iso(&value).ok_or_else(|| {
                format!(
                    "bad date {value:?} in field {name:?} (expected an ISO date such as \
                     2014-07-22 or 2014-07-22T09:30:00Z)"
                )
            })?)
        }
        _ => article_date(&text),
    };
    let id = match raw.id.map(|s| s.trim().to_string()) {
        Some(id) if !id.is_empty() => id,
        _ => format!("{stem}:{line}"),
    };
    Ok(Document {
        id,
        path: format!("{}:{line}", path.display()),
        text,
        date,
        url: raw.url,
    })
}
