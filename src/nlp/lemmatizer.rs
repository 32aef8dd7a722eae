//! Lemmatizer: edit rules learned from the treebanks.
//!
//! A rule turns a form into its lemma: optionally lowercase it, strip `strip` characters
//! from the end, append a string (`studies` -> strip 3, append `y`). Each word form seen in
//! training keeps the rule it took most often under its XPOS tag (`was`/VBD -> `be`,
//! `n't`/RB -> `not`, `talks`/VBZ -> `talk`), so that common words cost one lookup;
//! every other word takes the rule of its longest known suffix under its XPOS tag.

use std::collections::BTreeMap;

use super::features::{f2, hash_str};
use super::model_io::{Cursor, ModelReader, ModelWriter};
use super::perceptron::HashIndex;
use super::tags::Xpos;
use crate::error::Result;
use crate::text::normalize;

/// Longest suffix (in characters) the rules look at.
const MAX_SUFFIX: usize = 6;

/// One edit from form to lemma.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Rule {
    lower: bool,
    strip: u8,
    append: String,
}

impl Rule {
    /// The rule that turns `form` into `lemma`, the shortest of the case-keeping and the
    /// lowercasing edit.
    fn between(form: &str, lemma: &str) -> Rule {
        let edit = |base: &str, lower: bool| {
            let common = base
                .chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let strip = base.chars().count() - common;
            let append: String = lemma.chars().skip(common).collect();
            (
                strip + append.chars().count(),
                Rule {
                    lower,
                    strip: strip.min(255) as u8,
                    append,
                },
            )
        };
        let keep = edit(form, false);
        let low = edit(&form.to_lowercase(), true);
        if low.0 < keep.0 { low.1 } else { keep.1 }
    }

    /// Applies the rule to `form`, appending the lemma to `out`; false (and nothing
    /// written) when the form is too short for it.
    fn apply(&self, form: &str, out: &mut String) -> bool {
        let start = out.len();
        if self.lower {
            for c in form.chars() {
                out.extend(c.to_lowercase());
            }
        } else {
            out.push_str(form);
        }
        let mut strip = self.strip as usize;
        while strip > 0 {
            if out.len() == start {
                out.truncate(start);
                return false;
            }
            out.pop();
            strip -= 1;
        }
        out.push_str(&self.append);
        true
    }
}

/// The trained lemmatizer.
#[derive(Debug, Clone, PartialEq)]
pub struct Lemmatizer {
    rules: Vec<Rule>,
    exceptions: HashIndex,
    suffixes: HashIndex,
}

fn exception_key(form: &str, xpos: Xpos) -> u64 {
    f2(900, hash_str(form), xpos.id() as u64)
}

fn suffix_key(suffix: &str, k: usize, xpos: Xpos) -> u64 {
    f2(901 + k as u32, hash_str(suffix), xpos.id() as u64)
}

/// Byte offsets where each suffix of 0..=MAX_SUFFIX characters of `s` starts.
fn suffix_starts(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let n = s.chars().count();
    let mut starts: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    starts.push(s.len());
    (0..=MAX_SUFFIX.min(n)).map(move |k| (k, starts[n - k]))
}

impl Lemmatizer {
    /// Appends the lemma of `word` tagged `xpos` to `out`.
    pub fn lemmatize_into(&self, word: &str, xpos: Xpos, out: &mut String) {
        let form = normalize(word);
        self.lemmatize_hashed(word, hash_str(&form), xpos, out);
    }

    /// [`Lemmatizer::lemmatize_into`] given the hash of the normalized form
    /// (`hash_str(&normalize(word))`, which the tagger has computed already).
    pub(crate) fn lemmatize_hashed(
        &self,
        word: &str,
        form_hash: u64,
        xpos: Xpos,
        out: &mut String,
    ) {
        let form = normalize(word);
        if let Some(r) = self.exceptions.get(f2(900, form_hash, xpos.id() as u64))
            && let Some(rule) = self.rules.get(r as usize)
            && rule.apply(&form, out)
        {
            return;
        }
        let lower = form.to_lowercase();
        // the start of the suffix of k characters, for k = 0..=MAX_SUFFIX (or fewer)
        let mut starts = [lower.len(); MAX_SUFFIX + 1];
        let mut n = 0;
        for (i, _) in lower.char_indices().rev().take(MAX_SUFFIX) {
            n += 1;
            starts[n] = i;
        }
        // the longest known suffix whose rule applies
        for k in (0..=n).rev() {
            if let Some(r) = self.suffixes.get(suffix_key(&lower[starts[k]..], k, xpos))
                && let Some(rule) = self.rules.get(r as usize)
                && rule.apply(&form, out)
            {
                return;
            }
        }
        out.push_str(&lower);
    }

    /// The lemma of `word` tagged `xpos`.
    pub fn lemmatize(&self, word: &str, xpos: Xpos) -> String {
        let mut s = String::new();
        self.lemmatize_into(word, xpos, &mut s);
        s
    }

    /// Serializes the lemmatizer into a model file writer.
    pub(crate) fn write(&self, w: &mut ModelWriter) {
        let mut b = Vec::new();
        b.extend_from_slice(&(self.rules.len() as u32).to_le_bytes());
        for r in &self.rules {
            b.push(r.lower as u8);
            b.push(r.strip);
            b.extend_from_slice(&(r.append.len() as u16).to_le_bytes());
            b.extend_from_slice(r.append.as_bytes());
        }
        w.section(b"LRUL", &b);
        let mut e = Vec::new();
        self.exceptions.write(&mut e);
        w.section(b"LEXC", &e);
        let mut s = Vec::new();
        self.suffixes.write(&mut s);
        w.section(b"LSUF", &s);
    }

    /// Reads the lemmatizer sections of a model file.
    pub(crate) fn read(r: &ModelReader<'_>) -> Result<Lemmatizer> {
        let corrupt = || r.error("corrupt lemmatizer tables".into());
        let mut c = Cursor::new(r.section(b"LRUL")?);
        let n = c.u32().ok_or_else(corrupt)?;
        let mut rules = Vec::new();
        for _ in 0..n {
            let lower = c.u8().ok_or_else(corrupt)? != 0;
            let strip = c.u8().ok_or_else(corrupt)?;
            let len = c.u16().ok_or_else(corrupt)? as usize;
            let bytes = c.take(len).ok_or_else(corrupt)?;
            let append = std::str::from_utf8(&bytes)
                .map_err(|_| corrupt())?
                .to_string();
            rules.push(Rule {
                lower,
                strip,
                append,
            });
        }
        let read_index = |tag: &[u8; 4]| -> Result<HashIndex> {
            let mut c = Cursor::new(r.section(tag)?);
            let idx = HashIndex::read(&mut c)
                .filter(|i| c.at_end() && i.values().all(|v| (v as usize) < rules.len()))
                .ok_or_else(corrupt)?;
            Ok(idx)
        };
        let exceptions = read_index(b"LEXC")?;
        let suffixes = read_index(b"LSUF")?;
        Ok(Lemmatizer {
            rules,
            exceptions,
            suffixes,
        })
    }

    /// Model size in bytes.
    pub(crate) fn bytes(&self) -> usize {
        self.exceptions.bytes() + self.suffixes.bytes()
    }

    /// Learns rules from `(form, xpos, lemma)` triples.
    pub(crate) fn train<'a>(
        data: impl Iterator<Item = (&'a str, Xpos, &'a str)> + Clone,
    ) -> Lemmatizer {
        let mut rule_ids: BTreeMap<Rule, u32> = BTreeMap::new();
        let mut rules = Vec::new();
        let mut intern = |r: Rule| -> u32 {
            *rule_ids.entry(r.clone()).or_insert_with(|| {
                rules.push(r);
                rules.len() as u32 - 1
            })
        };
        let mut by_form: BTreeMap<(String, Xpos), BTreeMap<u32, usize>> = BTreeMap::new();
        let mut by_suffix: BTreeMap<(Xpos, usize, String), BTreeMap<u32, usize>> = BTreeMap::new();
        for (word, xpos, lemma) in data {
            if lemma == "_" && word != "_" {
                continue;
            }
            let form = normalize(word).into_owned();
            let lemma = normalize(lemma);
            let rule = intern(Rule::between(&form, &lemma));
            *by_form
                .entry((form.clone(), xpos))
                .or_default()
                .entry(rule)
                .or_default() += 1;
            let lower = form.to_lowercase();
            for (k, start) in suffix_starts(&lower) {
                *by_suffix
                    .entry((xpos, k, lower[start..].to_string()))
                    .or_default()
                    .entry(rule)
                    .or_default() += 1;
            }
        }
        let best = |counts: &BTreeMap<u32, usize>| {
            counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(&r, &n)| (r, n))
                .expect("non-empty")
        };
        let mut suffix_entries = Vec::new();
        for ((xpos, k, suffix), counts) in &by_suffix {
            let (rule, n) = best(counts);
            let total: usize = counts.values().sum();
            if *k > 0 && (n < 2 || total < 2) {
                continue;
            }
            if *k > 0 {
                let parent: String = {
                    let chars: Vec<char> = suffix.chars().collect();
                    chars[1..].iter().collect()
                };
                if let Some(pc) = by_suffix.get(&(*xpos, k - 1, parent))
                    && best(pc).0 == rule
                {
                    continue;
                }
            }
            suffix_entries.push((suffix_key(suffix, *k, *xpos), rule));
        }
        suffix_entries.sort_unstable();
        let mut lem = Lemmatizer {
            rules: rules.clone(),
            exceptions: HashIndex::build(&[]),
            suffixes: HashIndex::build(&suffix_entries),
        };
        // every form seen in training keeps its own rule, even where the suffix rules
        // would give the same lemma: one lookup then lemmatizes the common words
        let mut exc = Vec::new();
        for ((form, xpos), counts) in &by_form {
            exc.push((exception_key(form, *xpos), best(counts).0));
        }
        exc.sort_unstable();
        lem.exceptions = HashIndex::build(&exc);
        lem
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::model_io::Bytes;

    #[test]
    fn rules_between_forms_and_lemmas() {
        let r = Rule::between("studies", "study");
        assert_eq!((r.strip, r.append.as_str(), r.lower), (3, "y", false));
        let r = Rule::between("The", "the");
        assert_eq!((r.strip, r.append.as_str(), r.lower), (0, "", true));
        let r = Rule::between("Kerry", "Kerry");
        assert_eq!((r.strip, r.append.as_str(), r.lower), (0, "", false));
        let mut out = String::new();
        assert!(Rule::between("studies", "study").apply("carries", &mut out));
        assert_eq!(out, "carry");
        out.clear();
        assert!(!Rule::between("studies", "study").apply("is", &mut out));
        assert_eq!(out, "");
    }

    #[test]
    fn learns_suffix_rules_and_exceptions() {
        let data = [
            ("talks", Xpos::Vbz, "talk"),
            ("walks", Xpos::Vbz, "walk"),
            ("meets", Xpos::Vbz, "meet"),
            ("is", Xpos::Vbz, "be"),
            ("was", Xpos::Vbd, "be"),
            ("talked", Xpos::Vbd, "talk"),
            ("walked", Xpos::Vbd, "walk"),
            ("The", Xpos::Dt, "the"),
            ("Egypt", Xpos::Nnp, "Egypt"),
            ("Cairo", Xpos::Nnp, "Cairo"),
        ];
        let lem = Lemmatizer::train(data.iter().copied());
        assert_eq!(lem.lemmatize("rejects", Xpos::Vbz), "reject");
        assert_eq!(lem.lemmatize("rejected", Xpos::Vbd), "reject");
        assert_eq!(lem.lemmatize("is", Xpos::Vbz), "be");
        assert_eq!(lem.lemmatize("was", Xpos::Vbd), "be");
        assert_eq!(lem.lemmatize("Gaza", Xpos::Nnp), "Gaza");
        assert_eq!(lem.lemmatize("THE", Xpos::Dt), "the");
        // an unknown tag falls back to the lowercase form
        assert_eq!(lem.lemmatize("Hello", Xpos::Uh), "hello");
        let mut w = ModelWriter::new(b"TAGR");
        lem.write(&mut w);
        let bytes = w.finish();
        let r = ModelReader::new("t", &Bytes::from_vec(bytes), b"TAGR").unwrap();
        assert_eq!(Lemmatizer::read(&r).unwrap(), lem);
    }
}
