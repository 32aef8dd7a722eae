//! CoNLL-U reading (treebanks for training and evaluation) and writing (the analysis of
//! a text, or of the tokens of a given CoNLL-U file, for inspection and scoring).

use std::fmt::Write as _;
use std::path::PathBuf;

use super::{Analysis, Models};
use crate::error::{Error, Result};
use crate::text;

/// One word line of a CoNLL-U file (multiword-token ranges and empty nodes excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluWord {
    /// FORM
    pub form: String,
    /// LEMMA
    pub lemma: String,
    /// UPOS
    pub upos: String,
    /// XPOS
    pub xpos: String,
    /// HEAD (0 = root)
    pub head: u32,
    /// DEPREL
    pub deprel: String,
    /// MISC
    pub misc: String,
}

/// A line of a sentence block, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConlluLine {
    /// A comment line, kept verbatim.
    Comment(String),
    /// The word with this index in [`ConlluSentence::words`].
    Word(usize),
    /// A multiword-token range line (`3-4 don't ...`), kept verbatim.
    Range(String),
    /// An empty node line (`8.1 ...`), kept verbatim.
    Empty(String),
}

/// A sentence of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConlluSentence {
    /// Every line, in order.
    pub lines: Vec<ConlluLine>,
    /// The syntactic words.
    pub words: Vec<ConlluWord>,
}

impl ConlluSentence {
    /// The word forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }
}

fn parse_error(line: usize, reason: impl Into<String>) -> Error {
    Error::Parse {
        path: PathBuf::from("<CoNLL-U input>"),
        reason: format!("line {line}: {}", reason.into()),
    }
}

/// Parses CoNLL-U text into sentences.
pub fn parse_conllu(text: &str) -> Result<Vec<ConlluSentence>> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.lines.is_empty() {
                check_heads(&cur, n)?;
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            cur.lines.push(ConlluLine::Comment(line.to_string()));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(parse_error(
                n,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        let id = cols[0];
        if id.contains('-') {
            cur.lines.push(ConlluLine::Range(line.to_string()));
            continue;
        }
        if id.contains('.') {
            cur.lines.push(ConlluLine::Empty(line.to_string()));
            continue;
        }
        let idx: usize = id
            .parse()
            .map_err(|_| parse_error(n, format!("bad word id {id:?}")))?;
        if idx != cur.words.len() + 1 {
            return Err(parse_error(
                n,
                format!("word id {idx}, expected {}", cur.words.len() + 1),
            ));
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| parse_error(n, format!("bad head {:?}", cols[6])))?
        };
        cur.lines.push(ConlluLine::Word(cur.words.len()));
        cur.words.push(ConlluWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.lines.is_empty() {
        let n = text.lines().count();
        check_heads(&cur, n)?;
        out.push(cur);
    }
    Ok(out)
}

fn check_heads(s: &ConlluSentence, line: usize) -> Result<()> {
    if let Some(w) = s.words.iter().find(|w| w.head as usize > s.words.len()) {
        return Err(parse_error(
            line,
            format!("head {} past the end of the sentence", w.head),
        ));
    }
    Ok(())
}

fn entity_tags(a: &Analysis) -> Vec<Option<String>> {
    let mut tags = vec![None; a.upos.len()];
    for e in &a.entities {
        for (i, tag) in tags.iter_mut().enumerate().take(e.end).skip(e.start) {
            let p = if i == e.start { "B" } else { "I" };
            *tag = Some(format!("{p}-{}", e.label.as_str()));
        }
    }
    tags
}

fn write_word(out: &mut String, id: usize, form: &str, a: &Analysis, i: usize, misc: &str) {
    let _ = writeln!(
        out,
        "{id}\t{form}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
        a.lemmas.get(i),
        a.upos[i],
        a.xpos[i],
        a.heads[i],
        a.deprels[i],
        if misc.is_empty() { "_" } else { misc }
    );
}

fn misc_field(entity: Option<&str>, no_space: bool) -> String {
    let mut m = String::new();
    if let Some(e) = entity {
        m.push_str("Entity=");
        m.push_str(e);
    }
    if no_space {
        if !m.is_empty() {
            m.push('|');
        }
        m.push_str("SpaceAfter=No");
    }
    m
}

/// Sentences analyzed together by [`annotate_conllu`]: enough for each model's tables to
/// stay in cache through its stage, few enough to bound the memory of the analyses.
const BATCH_SENTENCES: usize = 2048;

/// Tokenizes, splits and analyzes `text`, and writes the result as CoNLL-U: `# sent_id`
/// and `# text` comments, lemma, UPOS, XPOS, head and relation per token, and in MISC the
/// entity tag (`Entity=B-PER`, `Entity=I-PER`) and `SpaceAfter=No` where no space follows.
pub fn annotate_conllu(models: &Models, text: &str) -> String {
    let seg = text::segment(text);
    let mut out = String::new();
    // sentences go through the models in batches, stage by stage (see
    // `Models::analyze_batch`): the same analyses, sooner
    let mut analyses = Vec::new();
    for (s, sent) in seg.sentences.iter().enumerate() {
        if s % BATCH_SENTENCES == 0 {
            let batch: Vec<Vec<&str>> = seg.sentences
                [s..(s + BATCH_SENTENCES).min(seg.sentences.len())]
                .iter()
                .map(|b| {
                    seg.tokens[b.token_range()]
                        .iter()
                        .map(|t| t.text(text))
                        .collect()
                })
                .collect();
            analyses = models.analyze_batch(&batch);
            analyses.reverse();
        }
        let toks = &seg.tokens[sent.token_range()];
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let a = analyses
            .pop()
            .expect("one analysis per sentence of the batch");
        let ents = entity_tags(&a);
        let _ = writeln!(out, "# sent_id = {}", s + 1);
        let _ = writeln!(
            out,
            "# text = {}",
            sent.span.slice(text).replace(['\n', '\r'], " ")
        );
        for (i, t) in toks.iter().enumerate() {
            let no_space = toks.get(i + 1).is_some_and(|n| n.span.start == t.span.end);
            let misc = misc_field(ents[i].as_deref(), no_space);
            write_word(&mut out, i + 1, words[i], &a, i, &misc);
        }
        out.push('\n');
    }
    out
}

/// Re-annotates the words of a CoNLL-U file, keeping its tokenization: comments and
/// multiword-token range lines are copied, empty nodes are dropped (the models do not
/// predict them), and every word line gets the models' lemma, tags, head, relation and
/// entity tag (MISC keeps `SpaceAfter=No`).
pub fn reannotate_conllu(models: &Models, conllu: &str) -> Result<String> {
    let mut out = String::new();
    for sent in parse_conllu(conllu)? {
        let words = sent.forms();
        let a = models.analyze(&words);
        let ents = entity_tags(&a);
        for line in &sent.lines {
            match line {
                ConlluLine::Comment(c) | ConlluLine::Range(c) => {
                    out.push_str(c);
                    out.push('\n');
                }
                ConlluLine::Empty(_) => {}
                &ConlluLine::Word(i) => {
                    let no_space = sent.words[i].misc.split('|').any(|m| m == "SpaceAfter=No");
                    let misc = misc_field(ents[i].as_deref(), no_space);
                    write_word(&mut out, i + 1, words[i], &a, i, &misc);
                }
            }
        }
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = x1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4.1\tknow\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn parses_words_ranges_and_empty_nodes() {
        let s = parse_conllu(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), ["I", "do", "n't", "know", "."]);
        assert_eq!(s[0].words[3].head, 0);
        assert_eq!(s[0].words[2].lemma, "not");
        assert!(matches!(s[0].lines[3], ConlluLine::Range(_)));
        assert!(s[0].lines.iter().any(|l| matches!(l, ConlluLine::Empty(_))));
    }

    #[test]
    fn malformed_input_is_an_error() {
        let e = parse_conllu("1\tI\tI\n").unwrap_err().to_string();
        assert!(
            e.contains("line 1: expected 10 tab-separated columns"),
            "{e}"
        );
        let e = parse_conllu("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("word id 2, expected 1"), "{e}");
        let e = parse_conllu("1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("head 7 past the end"), "{e}");
    }
}
