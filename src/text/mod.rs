//! Sentences and tokens as byte spans into the document text.
//!
//! Tokenization follows the Universal Dependencies English conventions (those of the EWT
//! and GUM treebanks the tagger and parser are trained on): punctuation is split off,
//! clitics are split (`Egypt's` -> `Egypt` `'s`, `don't` -> `do` `n't`), abbreviations
//! (`U.S.`, `Mr.`, `Jan.`) and initials keep their period, and hyphenated words stay whole
//! (`Ki-moon`, `el-Sissi`, `cease-fire`). No token is longer than [`MAX_TOKEN_BYTES`]:
//! a longer stretch is cut to that length.
//!
//! Both steps take time linear in the length of the text, whatever it holds (runs of a
//! million quotes, periods or dashes included).

mod sentences;
mod tokenize;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use crate::domain::Span;

pub use sentences::{is_clock, split_sentences};
pub use tokenize::{MAX_TOKEN_BYTES, is_format, tokenize};

/// A token: a span of the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Where the token is in the document.
    pub span: Span,
}

impl Token {
    /// The token's text.
    pub fn text(self, document: &str) -> &str {
        self.span.slice(document)
    }
}

/// A sentence: a span of the document and the range of its tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// From the first byte of the first token to the last byte of the last token.
    pub span: Span,
    /// Index of the first token in the document's token list.
    pub first_token: usize,
    /// One past the index of the last token.
    pub end_token: usize,
}

impl Sentence {
    /// The token indices of the sentence.
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.first_token..self.end_token
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.end_token - self.first_token
    }

    /// True for a sentence without tokens (never produced by [`segment`]).
    pub fn is_empty(&self) -> bool {
        self.end_token == self.first_token
    }
}

/// A document cut into tokens and sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Every token, in text order.
    pub tokens: Vec<Token>,
    /// Every sentence, in text order; together they cover every token exactly once.
    pub sentences: Vec<Sentence>,
}

/// Tokenizes `text` and splits it into sentences.
pub fn segment(text: &str) -> Segmented {
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    Segmented { tokens, sentences }
}

/// The form a model should see for a token: typographic quotes and apostrophes become
/// ASCII, and the PTB quote pairs (`` `` `` and `''`) become `"`.
pub fn normalize(form: &str) -> Cow<'_, str> {
    if form.is_ascii() && form != "``" && form != "''" {
        return Cow::Borrowed(form);
    }
    if form == "``" || form == "''" {
        return Cow::Borrowed("\"");
    }
    let mut out = String::with_capacity(form.len());
    for c in form.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            '\u{2013}' => out.push('-'),
            '\u{2014}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_quotes() {
        assert_eq!(normalize("n\u{2019}t"), "n't");
        assert_eq!(normalize("``"), "\"");
        assert_eq!(normalize("\u{201C}"), "\"");
        assert_eq!(normalize("Erdo\u{011F}an"), "Erdo\u{011F}an");
        assert!(matches!(normalize("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn span_slices_text() {
        let text = "Hamas rejected it.";
        assert_eq!(Span::new(6, 14).slice(text), "rejected");
        assert_eq!(Span::new(0, 5).cover(Span::new(6, 14)), Span::new(0, 14));
    }
}
