//! The line a CSV record starts on, counted from the bytes the CSV reader reads.
//!
//! The `csv` crate counts a record's line from where its parser started, which is before
//! the line ending of the previous record when it is CRLF (the parser stops at the `\r`)
//! and before any blank lines it skips, so a bad record after either would be named one or
//! more lines early. [`LineCounter`] sits between the file and the CSV reader, keeps the
//! bytes from the last record asked about onwards, and counts the line endings (`\n`,
//! `\r\n`, and a lone `\r`, which the CSV reader also takes for one) before a record's
//! first byte that is not a line ending.

use std::cell::RefCell;
use std::io::{self, Read};

/// A reader that remembers what it has passed on, for [`LineCounter::line_at`].
pub(super) struct LineCounter<R> {
    inner: R,
    seen: RefCell<Seen>,
}

/// The bytes passed on from byte `start` of the stream, and the lines before it.
#[derive(Default)]
struct Seen {
    start: u64,
    newlines: u64,
    bytes: Vec<u8>,
}

impl<R: Read> LineCounter<R> {
    /// Counts the lines of `inner`.
    pub(super) fn new(inner: R) -> LineCounter<R> {
        LineCounter {
            inner,
            seen: RefCell::default(),
        }
    }

    /// The line (from 1) of the first byte at or after byte `byte` of the stream that is not
    /// a line ending: the first line of a record whose parse began at `byte`. Positions must
    /// be asked in increasing order; the bytes before `byte` are forgotten, so memory holds
    /// only what the CSV reader has read ahead of its record.
    pub(super) fn line_at(&self, byte: u64) -> usize {
        let mut seen = self.seen.borrow_mut();
        let Seen {
            start,
            newlines,
            bytes,
        } = &mut *seen;
        let mut skip = usize::try_from(byte.saturating_sub(*start))
            .unwrap_or(usize::MAX)
            .min(bytes.len());
        // A `\r` whose next byte is not read yet stays: it may be half of a CRLF.
        if skip > 0 && skip == bytes.len() && bytes[skip - 1] == b'\r' {
            skip -= 1;
        }
        *newlines += line_ends(&bytes[..skip + usize::from(skip < bytes.len())], skip);
        bytes.drain(..skip);
        *start += skip as u64;
        let endings = bytes
            .iter()
            .take_while(|&&b| b == b'\n' || b == b'\r')
            .count();
        let ending = line_ends(&bytes[..(endings + 1).min(bytes.len())], endings);
        usize::try_from(*newlines + ending + 1).unwrap_or(usize::MAX)
    }
}

/// The line endings that start in the first `n` bytes of `bytes`: `\n`, `\r\n` and a lone
/// `\r`, as the CSV reader takes them (a lone `\r` ends a record, so it ends a line too,
/// as in old Mac text). A `\r` at byte `n - 1` is looked at with the byte after it, when
/// `bytes` has it.
fn line_ends(bytes: &[u8], n: usize) -> u64 {
    (0..n)
        .filter(|&i| bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count() as u64
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen.get_mut().bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of each record of `text` as the CSV reader reports its start.
    fn lines(text: &str) -> Vec<(String, usize)> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(LineCounter::new(text.as_bytes()));
        let mut out = Vec::new();
        let mut record = csv::ByteRecord::new();
        reader.byte_headers().unwrap();
        while reader.read_byte_record(&mut record).unwrap() {
            let byte = record.position().unwrap().byte();
            let first = String::from_utf8_lossy(&record[0]).into_owned();
            out.push((first, reader.get_ref().line_at(byte)));
        }
        out
    }

    #[test]
    fn records_are_named_by_their_first_line() {
        let rows: &[(&str, &[(&str, usize)])] = &[
            ("id,text\na,x\nb,y\n", &[("a", 2), ("b", 3)]),
            // CRLF endings: the parser starts a record at the previous line's \n
            (
                "id,text\r\na,x\r\nb,\r\nc,z\r\n",
                &[("a", 2), ("b", 3), ("c", 4)],
            ),
            // blank lines are skipped, and counted
            (
                "id,text\na,x\n\nb,\n\n\nc,\n",
                &[("a", 2), ("b", 4), ("c", 7)],
            ),
            ("id,text\r\n\r\na,x\r\n\r\n\r\nb,y", &[("a", 3), ("b", 6)]),
            // a lone \r ends a line (and a record), as the CSV reader reads it
            ("id,text\ra,x\rb,y\r", &[("a", 2), ("b", 3)]),
            (
                "id,text\na,x\r\rb,y\n\r\nc,z",
                &[("a", 2), ("b", 4), ("c", 6)],
            ),
            // a quoted field over several lines: the next record's line counts them
            (
                "id,text\na,\"one\ntwo\nthree\"\nb,y\n",
                &[("a", 2), ("b", 5)],
            ),
        ];
        for (text, want) in rows {
            let want: Vec<(String, usize)> =
                want.iter().map(|(s, n)| (s.to_string(), *n)).collect();
            assert_eq!(lines(text), want, "{text:?}");
        }
    }

    #[test]
    fn memory_holds_only_the_bytes_after_the_last_record_asked_about() {
        let text = "id,text\n".to_string() + &"a,xxxxxxxxxx\n".repeat(100_000);
        let mut reader = csv::ReaderBuilder::new().from_reader(LineCounter::new(text.as_bytes()));
        let mut record = csv::ByteRecord::new();
        let mut last = 0;
        while reader.read_byte_record(&mut record).unwrap() {
            last = reader.get_ref().line_at(record.position().unwrap().byte());
        }
        assert_eq!(last, 100_001);
        assert!(reader.get_ref().seen.borrow().bytes.len() < 1 << 17);
    }
}
