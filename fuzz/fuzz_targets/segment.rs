//! The tokenizer and sentence splitter on arbitrary text: every token is a non-empty
//! slice of the text of at most `MAX_TOKEN_BYTES`, in order, not overlapping; the
//! sentences cover every token once, in order.
#![no_main]

use actorgraph::text::{self, MAX_TOKEN_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let seg = text::segment(&text);
    let mut end = 0;
    for t in &seg.tokens {
        assert!(t.span.start >= end && t.span.start < t.span.end);
        assert!(t.span.end - t.span.start <= MAX_TOKEN_BYTES);
        // slicing panics on a span off the text or off a character boundary
        let word = t.text(&text);
        assert!(!word.trim().is_empty() || word.chars().all(|c| !c.is_whitespace()));
        end = t.span.end;
    }
    let mut next = 0;
    for s in &seg.sentences {
        assert_eq!(s.first_token, next);
        assert!(s.end_token > s.first_token);
        assert_eq!(s.span.start, seg.tokens[s.first_token].span.start);
        assert_eq!(s.span.end, seg.tokens[s.end_token - 1].span.end);
        next = s.end_token;
    }
    assert_eq!(next, seg.tokens.len());
    // normalizing a token never panics either
    for t in &seg.tokens {
        let _ = text::normalize(t.text(&text));
    }
});
