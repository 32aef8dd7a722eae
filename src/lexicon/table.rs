//! The versioned table format of the lexicon files (`assets/lexicon/*.tsv`).
//!
//! ```text
//! #actorgraph-lexicon v1
//! # class<TAB>word
//! # any comment
//! support_verb<TAB>hold
//! ```
//!
//! The first line names the format and its version; the second lists the columns, tab
//! separated, exactly as the reader expects them. Then one row per line with exactly that
//! many tab-separated fields, none empty; lines starting with `#` and blank lines are
//! comments. Anything else is an error naming the file and the line, so that a table of
//! another version, with a column more or less, never loads as garbage.
//!
//! Every table of `assets/lexicon/` is one: the generated ones (`actors.tsv`,
//! `triggers.tsv`, ...: [`columns`] lists their columns), the hand-written ones
//! (`words.tsv`, `constructions.tsv`) and the curated inputs of the generator
//! (`curated/*.tsv`), which it reads with [`read_table`].

use crate::error::{Error, Result};

/// The first line of every lexicon table.
pub const FORMAT_LINE: &str = "#actorgraph-lexicon v1";

/// The columns of the tables the crate reads, as their column line names them.
pub mod columns {
    /// `actors.tsv`: one row per surface form of an actor.
    pub const ACTORS: &[&str] = &["surface", "canonical", "type", "form", "code"];
    /// `agents.tsv`: generic agent nouns.
    pub const AGENTS: &[&str] = &["noun", "sector", "kind"];
    /// `person_nouns.tsv`: WordNet's person nouns the agent table lacks.
    pub const PERSON_NOUNS: &[&str] = &["noun", "kind"];
    /// `tag_dictionary.tsv`: words and the tag class the tagger may not give them.
    pub const TAG_DICTIONARY: &[&str] = &["word", "never"];
    /// `titles.tsv`: titles and roles.
    pub const TITLES: &[&str] = &["title", "role", "sector", "head"];
    /// `triggers.tsv`: relation triggers, with the object a sense depends on.
    pub const TRIGGERS: &[&str] = &[
        "lemma",
        "pos",
        "object",
        "cameo",
        "class",
        "goldstein",
        "frame",
        "source",
    ];
    /// `object_sets.tsv`: the named sets of object nouns that triggers name (`&weapon`).
    pub const OBJECT_SETS: &[&str] = &["set", "word"];
    /// `verb_forms.tsv`: irregular verb forms.
    pub const VERB_FORMS: &[&str] = &["form", "lemma"];
    /// `polarity.tsv`: evaluative words and their mean valence (VADER, -4 to +4).
    pub const POLARITY: &[&str] = &["word", "valence"];
    /// `judgements.tsv`: curated judging words VADER lacks, their valence and the reason.
    pub const JUDGEMENTS: &[&str] = &["word", "valence", "reason"];
}

/// One row of a table: its line number (from 1) and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow<'a> {
    /// Line number in the file, from 1.
    pub line: usize,
    /// The fields, as many as the table has columns.
    pub fields: Vec<&'a str>,
}

pub(crate) use TableRow as Row;
pub(crate) use read_table as rows;

impl TableRow<'_> {
    /// An error about this row: [`Error::Lexicon`] naming `file` and the row's line.
    pub fn error(&self, file: &str, reason: impl Into<String>) -> Error {
        error(file, self.line, reason)
    }
}

/// An error at `line` of `file`.
pub(crate) fn error(file: &str, line: usize, reason: impl Into<String>) -> Error {
    Error::Lexicon {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

/// Reads the two-column table `file` (columns `columns`, in order) as a map from the
/// field of column `key` to the other field: the small word tables read beside the
/// lexicon (`combining_forms.tsv`, `title_classes.tsv`).
///
/// # Errors
///
/// As [`read_table`].
pub(crate) fn read_map(
    file: &str,
    text: &str,
    columns: [&str; 2],
    key: usize,
) -> Result<std::collections::HashMap<Box<str>, Box<str>>> {
    Ok(read_table(file, text, &columns)?
        .into_iter()
        .map(|row| (row.fields[key].into(), row.fields[1 - key].into()))
        .collect())
}

/// The header a table with these columns starts with.
pub fn header(columns: &[&str]) -> String {
    format!("{FORMAT_LINE}\n# {}\n", columns.join("\t"))
}

/// Reads the rows of `text`, the table `file` with exactly `columns`.
///
/// # Errors
///
/// [`Error::Lexicon`] naming the file and line when the format line or the column line is
/// missing or different, or a row has another number of fields or an empty one.
pub fn read_table<'a>(file: &str, text: &'a str, columns: &[&str]) -> Result<Vec<Row<'a>>> {
    let mut out = Vec::new();
    for_each_row(file, text, columns, |row| {
        out.push(row.clone());
        Ok(())
    })?;
    Ok(out)
}

/// Calls `each` with every row of `text`, the table `file` with exactly `columns`, checked
/// as [`read_table`] checks them, in one reused row: the large tables read at start-up
/// (`tag_dictionary.tsv`, 76,000 rows) need no vector per row. An error of `each` stops the
/// reading and is returned.
///
/// # Errors
///
/// As [`read_table`], and those of `each`.
pub fn for_each_row<'a>(
    file: &str,
    text: &'a str,
    columns: &[&str],
    mut each: impl FnMut(&Row<'a>) -> Result<()>,
) -> Result<()> {
    // the two header lines as `lines` gives them, trailing white space aside
    let mut header = text.split_inclusive('\n');
    let first_line = header.next().unwrap_or_default();
    let second_line = header.next().unwrap_or_default();
    let first = first_line.trim_end();
    if first != FORMAT_LINE {
        let reason = if first.starts_with("#actorgraph-lexicon") {
            format!("format {first:?} is not the one this version reads ({FORMAT_LINE:?})")
        } else {
            format!("not a lexicon table: the first line must be {FORMAT_LINE:?}")
        };
        return Err(error(file, 1, reason));
    }
    let expected = format!("# {}", columns.join("\t"));
    let second = second_line.trim_end();
    if second != expected {
        return Err(error(
            file,
            2,
            format!("the columns must be {expected:?}, found {second:?}"),
        ));
    }
    let mut row = Row {
        line: 0,
        fields: Vec::with_capacity(columns.len()),
    };
    // The rows are cut into lines and fields in one pass over their bytes, as `lines` and
    // `split('\t')` cut them (a line feed ends a line, a carriage return before it is
    // dropped, a last line needs none): a tab and a line feed are ASCII, so every cut is
    // a character boundary. Searching each line and each field apart cost several times
    // more on the short rows of the large tables.
    let bytes = text.as_bytes();
    let mut pos = first_line.len() + second_line.len();
    let mut line_no = 2;
    while pos < bytes.len() {
        line_no += 1;
        let start = pos;
        let mut field = pos;
        let (mut end, mut cr) = (bytes.len(), false);
        row.fields.clear();
        while pos < bytes.len() {
            match bytes[pos] {
                b'\t' => {
                    row.fields.push(&text[field..pos]);
                    field = pos + 1;
                }
                b'\n' => {
                    end = pos;
                    cr = pos > start && bytes[pos - 1] == b'\r';
                    break;
                }
                _ => {}
            }
            pos += 1;
        }
        pos = end + 1;
        if cr {
            end -= 1;
        }
        // a carriage return is no tab: the last field starts at or before it
        row.fields.push(&text[field..end]);
        let line = &text[start..end];
        if blank(line) || line.starts_with('#') {
            continue;
        }
        row.line = line_no;
        if row.fields.len() != columns.len() {
            return Err(error(
                file,
                line_no,
                format!(
                    "expected {} tab-separated fields ({}), found {}",
                    columns.len(),
                    columns.join(", "),
                    row.fields.len()
                ),
            ));
        }
        if let Some(k) = row.fields.iter().position(|f| blank(f)) {
            return Err(error(file, line_no, format!("empty {}", columns[k])));
        }
        each(&row)?;
    }
    Ok(())
}

/// Whether `s` is empty or white space only (`s.trim().is_empty()`, without its call:
/// a row's first character already answers).
#[inline]
fn blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[&str] = &["class", "word"];

    fn read(text: &str) -> Result<Vec<Vec<&str>>> {
        Ok(rows("t.tsv", text, COLUMNS)?
            .into_iter()
            .map(|r| r.fields)
            .collect())
    }

    #[test]
    fn rows_follow_the_header_and_skip_comments() {
        let text = format!(
            "{}# a comment\n\nsupport_verb\thold\nmodal\tmay\n",
            header(COLUMNS)
        );
        assert_eq!(
            read(&text).unwrap(),
            [vec!["support_verb", "hold"], vec!["modal", "may"]]
        );
        let rows = rows("t.tsv", &text, COLUMNS).unwrap();
        assert_eq!(rows[0].line, 5);
    }

    /// Rows are cut as `lines` and `split('\t')` cut them: a carriage return before a line
    /// feed dropped, one elsewhere kept, a last line without a line feed, blank and
    /// comment lines skipped, the line numbers counted over every line.
    #[test]
    fn rows_are_cut_as_lines_and_tabs_cut_them() {
        let texts = [
            "support_verb\thold\r\nmodal\tmay\n",
            "support_verb\thold\nmodal\tmay",
            "support_verb\thold\nmodal\tmay\r",
            "support_verb\thold\r\r\n\n \t \r\n# c\ta\nmodal\tmay\n\n",
            "a\rb\tc d\n\u{e9}t\u{e9}\t\u{2014}\n",
        ];
        for body in texts {
            let text = format!("{}{body}", header(COLUMNS));
            let mut expected = Vec::new();
            for (n, line) in text.lines().enumerate().skip(2) {
                if !line.trim().is_empty() && !line.starts_with('#') {
                    expected.push((n + 1, line.split('\t').collect::<Vec<_>>()));
                }
            }
            let got: Vec<_> = rows("t.tsv", &text, COLUMNS)
                .unwrap()
                .into_iter()
                .map(|r| (r.line, r.fields))
                .collect();
            assert_eq!(got, expected, "{body:?}");
        }
        for s in ["", " ", "\t\u{a0}\r", " a ", "\u{2003}", "\u{2003}b", "-"] {
            assert_eq!(blank(s), s.trim().is_empty(), "{s:?}");
        }
    }

    #[test]
    fn mismatches_name_the_file_and_line() {
        let cases = [
            ("support_verb\thold\n", "t.tsv:1: not a lexicon table"),
            ("#actorgraph-lexicon v2\n# class\tword\n", "t.tsv:1: format"),
            (
                "#actorgraph-lexicon v1\n# class\n",
                "t.tsv:2: the columns must be",
            ),
            (
                "#actorgraph-lexicon v1\n# class\tword\nmodal\tmay\textra\n",
                "t.tsv:3: expected 2 tab-separated fields (class, word), found 3",
            ),
            (
                "#actorgraph-lexicon v1\n# class\tword\n# c\nmodal\n",
                "t.tsv:4: expected 2",
            ),
            (
                "#actorgraph-lexicon v1\n# class\tword\nmodal\t \n",
                "t.tsv:3: empty word",
            ),
            ("", "t.tsv:1: not a lexicon table"),
        ];
        for (text, message) in cases {
            let err = read(text).unwrap_err().to_string();
            assert!(err.starts_with(message), "{text:?}: {err}");
        }
    }
}
