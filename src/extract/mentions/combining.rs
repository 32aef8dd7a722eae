//! A combining form of a country's name as one side of a hyphenated pair: "Sino" in "the
//! Sino - Russian partnership" after [`crate::extract::hyphen_pairs::split_pairs`] cut the
//! word. Alone ("General Franco", "Rene Russo") the form is no actor: it names its country
//! only right before a hyphen with a capitalized word after it.

use super::{Finder, Mention, MentionKind};
use crate::domain::ActorType;
use crate::extract::hyphen_pairs::{combining_country, is_hyphen};

impl Finder<'_> {
    /// Step: a combining form before the hyphen of a pair ("Sino", "Franco", "Anglo").
    pub(super) fn combining_form(&mut self, i: usize) -> Option<usize> {
        let words = &self.s.p.words;
        if !(i + 2 < words.len()
            && is_hyphen(words[i + 1])
            && words[i + 2].starts_with(char::is_uppercase))
        {
            return None;
        }
        let (canonical, code) = combining_country(self.s.lex, words[i])?;
        self.forget_title();
        self.out.push(Mention {
            canonical: Some((canonical.to_string(), code.to_string())),
            ..Mention::new(
                i,
                i + 1,
                MentionKind::Demonym,
                ActorType::Country,
                words[i].to_string(),
            )
        });
        Some(i + 1)
    }
}
