//! The relation corpus (`corpus/gold/NN.jsonl`, feature `train`): its records, and the
//! documents their byte offsets point into.
//!
//! A record is one annotated sentence (`corpus/GUIDE.md` § 6): a document locator, the
//! sha256 of the document text, the sentence's byte span, its actors and relations. The
//! text is read from the shared data directory: a BBC file as it is, a CoNLL-2003 document
//! rebuilt by the rule of `corpus/README.md` (tokens joined by spaces, sentences by
//! newlines). Reading checks every record against its text: an unknown key, an offset past
//! the end of the text, or a hash that no longer matches is an error naming the file and
//! the line.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// An actor mention of a gold record.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldActor {
    /// Unique within the record: "a1".
    pub id: String,
    /// Byte span in the document, `None` for an implicit country (GUIDE § 1.2).
    pub span: Option<(usize, usize)>,
    /// Canonical name.
    pub name: String,
    /// person, organization, country, group or location.
    #[serde(rename = "type")]
    pub kind: String,
}

/// A relation of a gold record.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldRelation {
    /// The agent's actor id.
    pub source: String,
    /// The other party's actor id.
    pub target: String,
    /// meets, backs, opposes or affiliated_with.
    pub relation: String,
    /// Stated of both sides.
    pub symmetric: bool,
    /// Byte span of the trigger words, if any.
    pub trigger: Option<(usize, usize)>,
    /// asserted, planned or hedged.
    pub modality: String,
    /// Carried by an evaluation.
    pub stance: bool,
    /// Through a thing the target owns or authored.
    pub indirect: bool,
}

/// One annotated sentence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldRecord {
    /// Locator relative to the data directory.
    pub doc: String,
    /// sha256 of the document text (hex).
    pub sha256: String,
    /// Byte span of the sentence.
    pub sentence: (usize, usize),
    /// Who annotated it ("gold" once adjudicated).
    pub annotator: String,
    /// `unsure`, `bad_split`.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Every actor mention of the sentence.
    pub actors: Vec<GoldActor>,
    /// Every relation the sentence states.
    pub relations: Vec<GoldRelation>,
}

impl GoldRecord {
    /// The actor with id `id`.
    pub fn actor(&self, id: &str) -> Option<&GoldActor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// A corpus file that cannot be read, naming the file and the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    /// The file.
    pub file: PathBuf,
    /// The line (1-based), 0 for the file as a whole.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.reason)
    }
}

impl std::error::Error for CorpusError {}

/// Reads a gold file and checks each record against its document, read from `data` (each
/// document once, through `texts`).
///
/// # Errors
///
/// A [`CorpusError`] naming the file and line of the first record with an unknown key or
/// another malformation, a document that cannot be read, a hash that does not match the
/// text, or an offset past the end of the text.
pub fn read_gold(
    path: &Path,
    data: &Path,
    texts: &mut HashMap<String, String>,
) -> Result<Vec<GoldRecord>, CorpusError> {
    let err = |line: usize, reason: String| CorpusError {
        file: path.to_path_buf(),
        line,
        reason,
    };
    let content = std::fs::read_to_string(path).map_err(|e| err(0, e.to_string()))?;
    let mut out = Vec::new();
    for (n, line) in content.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let record: GoldRecord =
            serde_json::from_str(line).map_err(|e| err(line_no, e.to_string()))?;
        if !texts.contains_key(&record.doc) {
            let text = document_text(data, &record.doc).map_err(|e| err(line_no, e))?;
            texts.insert(record.doc.clone(), text);
        }
        let text = &texts[&record.doc];
        let hash = sha256_hex(text.as_bytes());
        if hash != record.sha256 {
            return Err(err(
                line_no,
                format!(
                    "the text of {} changed: sha256 {hash}, the record says {}",
                    record.doc, record.sha256
                ),
            ));
        }
        let mut spans: Vec<(&str, (usize, usize))> = vec![("sentence", record.sentence)];
        spans.extend(
            record
                .actors
                .iter()
                .filter_map(|a| a.span.map(|s| (a.id.as_str(), s))),
        );
        spans.extend(
            record
                .relations
                .iter()
                .filter_map(|r| r.trigger.map(|s| ("trigger", s))),
        );
        for (what, (s, e)) in spans {
            if s > e || e > text.len() {
                return Err(err(
                    line_no,
                    format!(
                        "offset of {what} [{s}, {e}] past the end of {} ({} bytes)",
                        record.doc,
                        text.len()
                    ),
                ));
            }
        }
        for r in &record.relations {
            for id in [&r.source, &r.target] {
                if record.actor(id).is_none() {
                    return Err(err(line_no, format!("relation names no actor {id:?}")));
                }
            }
        }
        out.push(record);
    }
    Ok(out)
}

/// The text of the document at `locator` under `data`: a file's bytes, or document `#N`
/// of a CoNLL-2003 file rebuilt ([`conll_document`]).
///
/// # Errors
///
/// A message when the file cannot be read, is not UTF-8, or has no such document.
pub fn document_text(data: &Path, locator: &str) -> Result<String, String> {
    let (file, index) = match locator.split_once('#') {
        Some((f, i)) => (
            f,
            Some(
                i.parse::<usize>()
                    .map_err(|_| format!("bad document index in {locator:?}"))?,
            ),
        ),
        None => (locator, None),
    };
    let path = data.join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    match index {
        None => Ok(text),
        Some(i) => {
            conll_document(&text, i).ok_or_else(|| format!("{}: no document {i}", path.display()))
        }
    }
}

/// Document `index` of a CoNLL-2003 file, as `corpus/README.md` rebuilds it: lines split at
/// `\n` (a trailing `\r` dropped); a `-DOCSTART-` line starts the next document (lines
/// before the first are ignored); an empty line ends a sentence; a token is the first
/// field of its line; the text is each sentence's tokens joined by a space, sentences
/// joined by `\n`.
pub fn conll_document(file: &str, index: usize) -> Option<String> {
    let mut doc: Option<usize> = None;
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in file.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with("-DOCSTART-") {
            if doc == Some(index) {
                break;
            }
            doc = Some(doc.map_or(0, |d| d + 1));
            sentence.clear();
            continue;
        }
        if doc != Some(index) {
            continue;
        }
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        if let Some(token) = line.split_whitespace().next() {
            sentence.push(token);
        }
    }
    if doc.is_none_or(|d| d < index) {
        return None;
    }
    if !sentence.is_empty() {
        sentences.push(sentence);
    }
    Some(
        sentences
            .iter()
            .map(|s| s.join(" "))
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// The sha256 of `data`, in lower-case hex (FIPS 180-4).
pub fn sha256_hex(data: &[u8]) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes(word.try_into().expect("4 bytes"));
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_strings() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    const CONLL: &str = "-DOCSTART- -X- O O\r\n\r\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n\
        German JJ B-NP B-MISC\ncall NN I-NP O\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP B-PER\n";

    #[test]
    fn conll_documents_are_rebuilt() {
        assert_eq!(
            conll_document(CONLL, 0).as_deref(),
            Some("EU rejects\nGerman call")
        );
        assert_eq!(conll_document(CONLL, 1).as_deref(), Some("Peter"));
        assert_eq!(conll_document(CONLL, 2), None);
    }

    /// The check of the port that `corpus/README.md` gives, when the data is there.
    #[test]
    fn conll_train_document_0_has_the_documented_hash() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        let Ok(text) = document_text(&data, "ner/conll2003-train.txt#0") else {
            return;
        };
        assert_eq!(
            sha256_hex(text.as_bytes()),
            "09b5ea7e6e18ad86a0f0b5ca139fb6200340a02591b1badbb7922142332e4d6e"
        );
    }

    fn gold_file(line: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("doc.txt"), "Ann met Bob.").unwrap();
        let path = dir.path().join("gold.jsonl");
        std::fs::write(&path, format!("\n{line}\n")).unwrap();
        (dir, path)
    }

    fn record(extra: &str, hash: &str, span: &str) -> String {
        format!(
            r#"{{"doc": "doc.txt", "sha256": "{hash}", "sentence": [0, 12], "annotator": "gold", "flags": [], "actors": [{{"id": "a1", "span": {span}, "name": "Ann", "type": "person"}}], "relations": []{extra}}}"#
        )
    }

    #[test]
    fn gold_errors_name_file_and_line() {
        let hash = sha256_hex(b"Ann met Bob.");
        let mut texts = HashMap::new();
        let (dir, path) = gold_file(&record("", &hash, "[0, 3]"));
        let records = read_gold(&path, dir.path(), &mut texts).unwrap();
        assert_eq!(records[0].actors[0].name, "Ann");

        let (dir, path) = gold_file(&record(r#", "note": "x""#, &hash, "[0, 3]"));
        let e = read_gold(&path, dir.path(), &mut HashMap::new()).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().contains("unknown field `note`"), "{e}");
        assert!(
            e.to_string().starts_with(&path.display().to_string()),
            "{e}"
        );

        let (dir, path) = gold_file(&record("", &hash, "[0, 30]"));
        let e = read_gold(&path, dir.path(), &mut HashMap::new()).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("past the end"), "{e}");

        let (dir, path) = gold_file(&record("", &"0".repeat(64), "[0, 3]"));
        let e = read_gold(&path, dir.path(), &mut HashMap::new()).unwrap_err();
        assert!(e.reason.contains("changed"), "{e}");
    }
}
