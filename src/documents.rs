//! The documents a graph was built from, stored compactly.
//!
//! A graph of a million articles lists a million documents (`graph.documents` of the JSON
//! contract). As a vector of [`DocumentInfo`] that is four strings an article, about 190
//! bytes with their allocations, a fifth of the memory of such a run; here the ids, URLs
//! and file paths share one string, a feed's file is stored once for all its records, and a
//! record's line is a number: about 60 bytes an article. [`Documents::iter`] gives the [`DocumentInfo`]s back,
//! field for field as they were added.

use rustc_hash::FxHashMap as HashMap;
use serde::{Serialize, Serializer};

use crate::domain::{Date, DocumentInfo};

/// No line number, or no URL (the paths of plain files, the documents without a URL).
const NONE: u32 = u32::MAX;

/// One document: where its id, URL and path are in [`Documents::text`], or, for a feed
/// record, its feed file and line.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    start: usize,
    id_len: u32,
    url_len: u32,
    /// The length of the path in the text, for a path that is not a file and a line.
    path_len: u32,
    /// The index of the feed file in [`Documents::files`], with `line`.
    file: u32,
    line: u32,
    date: Option<Date>,
}

/// The documents of a graph in input order: what [`DocumentInfo`] holds, without an
/// allocation per document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Documents {
    /// The id, the URL and the path (unless a feed file and a line) of every document,
    /// one after the other.
    text: String,
    entries: Vec<Entry>,
    /// The distinct feed files of the paths that end in a line.
    files: Vec<String>,
    /// Where each feed file is in `files`.
    file_index: HashMap<String, u32>,
}

/// A path as a file and a line: `feed.jsonl:12` is (`feed.jsonl`, 12) when the part after
/// the last colon is a number as written back (no sign, no leading zero), so that joining
/// them gives the same path; any other path is all file.
fn split_path(path: &str) -> (&str, u32) {
    if let Some((file, line)) = path.rsplit_once(':')
        && !line.is_empty()
        && line.bytes().all(|b| b.is_ascii_digit())
        && (line == "0" || !line.starts_with('0'))
        && let Ok(n) = line.parse::<u32>()
        && n != NONE
    {
        return (file, n);
    }
    (path, NONE)
}

impl Documents {
    /// No document.
    pub fn new() -> Documents {
        Documents::default()
    }

    /// Adds a document at the end.
    pub fn push(&mut self, info: &DocumentInfo) {
        let (file, line) = split_path(&info.path);
        let start = self.text.len();
        self.text.push_str(&info.id);
        let url_len = match &info.url {
            Some(url) => {
                self.text.push_str(url);
                u32::try_from(url.len()).unwrap_or(NONE)
            }
            None => NONE,
        };
        let (file, path_len) = if line == NONE {
            self.text.push_str(&info.path);
            (NONE, info.path.len() as u32)
        } else {
            let i = match self.file_index.get(file) {
                Some(&i) => i,
                None => {
                    let i = self.files.len() as u32;
                    self.files.push(file.to_string());
                    self.file_index.insert(file.to_string(), i);
                    i
                }
            };
            (i, 0)
        };
        self.entries.push(Entry {
            start,
            id_len: info.id.len() as u32,
            url_len,
            path_len,
            file,
            line,
            date: info.date,
        });
    }

    /// How many documents.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The id of document `i`.
    pub fn id(&self, i: usize) -> &str {
        let e = &self.entries[i];
        &self.text[e.start..e.start + e.id_len as usize]
    }

    /// The date of document `i`, when it has one.
    pub fn date(&self, i: usize) -> Option<Date> {
        self.entries[i].date
    }

    /// Document `i` as it was added.
    pub fn get(&self, i: usize) -> DocumentInfo {
        let e = &self.entries[i];
        let url_start = e.start + e.id_len as usize;
        let url_len = if e.url_len == NONE {
            0
        } else {
            e.url_len as usize
        };
        let path_start = url_start + url_len;
        DocumentInfo {
            id: self.id(i).to_string(),
            path: if e.file == NONE {
                self.text[path_start..path_start + e.path_len as usize].to_string()
            } else {
                format!("{}:{}", self.files[e.file as usize], e.line)
            },
            date: e.date,
            url: (e.url_len != NONE).then(|| self.text[url_start..url_start + url_len].to_string()),
        }
    }

    /// Every document in order, as it was added.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = DocumentInfo> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Every document, as a vector.
    pub fn to_vec(&self) -> Vec<DocumentInfo> {
        self.iter().collect()
    }
}

impl Extend<DocumentInfo> for Documents {
    fn extend<I: IntoIterator<Item = DocumentInfo>>(&mut self, infos: I) {
        for info in infos {
            self.push(&info);
        }
    }
}

impl FromIterator<DocumentInfo> for Documents {
    fn from_iter<I: IntoIterator<Item = DocumentInfo>>(infos: I) -> Documents {
        let mut documents = Documents::new();
        documents.extend(infos);
        documents
    }
}

/// A list of [`DocumentInfo`] objects, one at a time.
impl Serialize for Documents {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(id: &str, path: &str, date: Option<&str>, url: Option<&str>) -> DocumentInfo {
        DocumentInfo {
            id: id.into(),
            path: path.into(),
            date: date.map(|d| d.parse().unwrap()),
            url: url.map(Into::into),
        }
    }

    /// Every kind of path and field comes back as it went in: a feed record's line, a
    /// plain file, paths whose last colon is not a line as written back (a leading zero,
    /// a sign, too large, nothing after it), files seen again later, no URL, an empty id.
    #[test]
    fn documents_come_back_field_for_field() {
        let infos = vec![
            info(
                "a0",
                "feeds/news.jsonl:1",
                Some("2014-07-22"),
                Some("https://x.example/a0"),
            ),
            info("a1", "feeds/news.jsonl:2", None, None),
            info("story", "articles/story.txt", Some("2001-01-01"), None),
            info("odd", "odd:012", None, Some("")),
            info("neg", "neg:-3", None, None),
            info("big", "big:99999999999", None, None),
            info("max", "max:4294967295", None, None),
            info("colon", "colon:", None, None),
            info("zero", "zero:0", None, None),
            info("back", "feeds/news.jsonl:3", None, None),
            info("", "-", None, None),
            info("é", "C:\\dir\\é.txt", None, None),
        ];
        let docs: Documents = infos.iter().cloned().collect();
        assert_eq!(docs.len(), infos.len());
        assert_eq!(docs.to_vec(), infos);
        assert_eq!(docs.id(3), "odd");
        assert_eq!(docs.date(0), infos[0].date);
        assert_eq!(
            docs.files
                .iter()
                .filter(|f| *f == "feeds/news.jsonl")
                .count(),
            1
        );
        assert_eq!(
            serde_json::to_string(&docs).unwrap(),
            serde_json::to_string(&infos).unwrap()
        );
    }

    #[test]
    fn split_path_keeps_what_it_cannot_join_back() {
        assert_eq!(split_path("f.jsonl:12"), ("f.jsonl", 12));
        assert_eq!(split_path("f.jsonl:0"), ("f.jsonl", 0));
        assert_eq!(split_path("f:007"), ("f:007", NONE));
        assert_eq!(split_path("f:+7"), ("f:+7", NONE));
        assert_eq!(split_path("plain.txt"), ("plain.txt", NONE));
    }
}
