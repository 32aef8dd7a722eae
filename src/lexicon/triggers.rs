//! Relation triggers: verbs, nouns, adjectives and idioms with their CAMEO code, coarse
//! class, Goldstein score and the ways they attach their target.

use rustc_hash::FxHashMap as HashMap;

use super::rows;
use crate::domain::RelationKind;
use crate::error::{Error, Result};

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    /// "reject", "meet".
    Verb,
    /// "talks", "backer", "acrimony".
    Noun,
    /// "sympathetic", "hostile".
    Adj,
    /// A fixed multiword expression: "at odds", "hold talks".
    Idiom,
}

impl TriggerPos {
    fn index(self) -> usize {
        match self {
            TriggerPos::Verb => 0,
            TriggerPos::Noun => 1,
            TriggerPos::Adj => 2,
            TriggerPos::Idiom => 3,
        }
    }
}

/// How a trigger attaches the other party.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frame {
    /// A direct object is the target: "X rejected Y".
    pub obj: bool,
    /// Prepositions that introduce the target: "with", "against", "to", "between".
    pub preps: Vec<Box<str>>,
    /// A plural or coordinated subject states the relation of both sides: "X and Y are at odds".
    pub mutual: bool,
    /// The noun denotes the agent, its complement the target: "Hamas backers", "allies of X".
    pub agent_noun: bool,
    /// The noun names the event; its possessor or modifier is the agent: "U.S. aid to X".
    pub event_noun: bool,
}

impl Frame {
    fn parse(s: &str) -> std::result::Result<Frame, String> {
        let mut f = Frame::default();
        for part in s
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty() && *p != "-")
        {
            match part {
                "obj" => f.obj = true,
                "mutual" => f.mutual = true,
                "agent_noun" => f.agent_noun = true,
                "event_noun" => f.event_noun = true,
                p if p.starts_with("prep:") => f.preps.push(p["prep:".len()..].into()),
                other => return Err(format!("unknown frame {other:?}")),
            }
        }
        Ok(f)
    }

    /// True when `prep` (lower case) introduces the target.
    pub fn takes(&self, prep: &str) -> bool {
        self.preps.iter().any(|p| &**p == prep)
    }
}

/// One trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// Lower-case lemma, words separated by one space.
    pub lemma: Box<str>,
    /// Part of speech.
    pub pos: TriggerPos,
    /// CAMEO event code: "040".
    pub cameo: Box<str>,
    /// Coarse class; `None` for events that relate no two actors (statements, appeals).
    pub class: Option<RelationKind>,
    /// Goldstein score of the code.
    pub goldstein: f32,
    /// How the target attaches.
    pub frame: Frame,
}

impl Trigger {
    /// A row of `triggers.tsv`: lemma, pos, cameo, class, goldstein, frame.
    fn parse(row: &[&str]) -> std::result::Result<Trigger, String> {
        let pos = match row[1] {
            "verb" => TriggerPos::Verb,
            "noun" => TriggerPos::Noun,
            "adj" => TriggerPos::Adj,
            "idiom" => TriggerPos::Idiom,
            other => return Err(format!("unknown pos {other:?}")),
        };
        let class = match row[3] {
            "none" => None,
            name => Some(
                RelationKind::parse(name)
                    .filter(|k| *k != RelationKind::AffiliatedWith)
                    .ok_or_else(|| format!("unknown class {name:?}"))?,
            ),
        };
        let goldstein: f32 = row[4]
            .parse()
            .map_err(|_| format!("goldstein {:?} is not a number", row[4]))?;
        let lemma = row[0].trim().to_lowercase();
        if lemma.is_empty() {
            return Err("empty lemma".into());
        }
        Ok(Trigger {
            lemma: lemma
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .into(),
            pos,
            cameo: row[2].into(),
            class,
            goldstein,
            frame: Frame::parse(row[5])?,
        })
    }
}

/// A multiword trigger: its words and its entry.
type Multiword = (Vec<Box<str>>, u32);

/// The trigger table.
#[derive(Debug, Clone, Default)]
pub struct Triggers {
    entries: Vec<Trigger>,
    single: HashMap<Box<str>, [Option<u32>; 4]>,
    /// Multiword triggers by their first word: (words, entry).
    multi: HashMap<Box<str>, Vec<Multiword>>,
}

impl Triggers {
    /// Parses `triggers.tsv`.
    pub fn parse(text: &str) -> Result<Triggers> {
        let mut entries = Vec::new();
        for row in rows("triggers.tsv", text, 6) {
            entries.push(Trigger::parse(&row?).map_err(|reason| Error::Model {
                what: "triggers.tsv".into(),
                reason,
            })?);
        }
        Ok(Triggers::from_entries(entries))
    }

    /// Parses a user's triggers file (the columns of `triggers.tsv`).
    ///
    /// # Errors
    ///
    /// [`Error::Lexicon`] naming `file` and the line of the first bad row.
    pub fn parse_file(file: &str, text: &str) -> Result<Triggers> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let parsed = if cols.len() == 6 {
                Trigger::parse(&cols)
            } else {
                Err(format!(
                    "expected 6 tab-separated columns (lemma, pos, cameo, class, goldstein, \
                     frame), found {}",
                    cols.len()
                ))
            };
            entries.push(parsed.map_err(|reason| super::table::error(file, n + 1, reason))?);
        }
        Ok(Triggers::from_entries(entries))
    }

    /// These triggers, then those of `other` that none of these replaces (same lemma and
    /// part of speech).
    pub(crate) fn before(&self, other: &Triggers) -> Triggers {
        let mine: std::collections::HashSet<(&str, TriggerPos)> =
            self.entries.iter().map(|t| (&*t.lemma, t.pos)).collect();
        let entries = self
            .entries
            .iter()
            .chain(
                other
                    .entries
                    .iter()
                    .filter(|t| !mine.contains(&(&*t.lemma, t.pos))),
            )
            .cloned()
            .collect();
        Triggers::from_entries(entries)
    }

    /// The table of `entries`: where two share a lemma and part of speech, the first wins.
    fn from_entries(entries: Vec<Trigger>) -> Triggers {
        let mut t = Triggers::default();
        for (id, e) in entries.iter().enumerate() {
            let id = id as u32;
            let words: Vec<Box<str>> = e.lemma.split_whitespace().map(Into::into).collect();
            if words.len() > 1 || e.pos == TriggerPos::Idiom {
                t.multi
                    .entry(words[0].clone())
                    .or_default()
                    .push((words.clone(), id));
            } else {
                let slot = &mut t.single.entry(e.lemma.clone()).or_default()[e.pos.index()];
                // the first row wins: the generator sorts rows, duplicates are its error
                slot.get_or_insert(id);
            }
        }
        for list in t.multi.values_mut() {
            // longest first, so the first match is the longest
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
        t.entries = entries;
        t
    }

    /// The single-word trigger with this lemma and part of speech.
    pub fn get(&self, lemma: &str, pos: TriggerPos) -> Option<&Trigger> {
        let id = self.single.get(lemma)?[pos.index()]?;
        Some(&self.entries[id as usize])
    }

    /// The longest multiword trigger starting at token `i`; each of its words must equal
    /// the token's lower-case form or its lemma. Returns its length in tokens.
    pub fn multiword_at(
        &self,
        lower: &[&str],
        lemmas: &[&str],
        i: usize,
    ) -> Option<(usize, &Trigger)> {
        let candidates = self
            .multi
            .get(lower[i])
            .into_iter()
            .chain(self.multi.get(lemmas[i]))
            .flatten();
        let mut best: Option<(usize, u32)> = None;
        for (words, id) in candidates {
            let n = words.len();
            if i + n > lower.len() || best.is_some_and(|(len, _)| len >= n) {
                continue;
            }
            if words
                .iter()
                .enumerate()
                .all(|(k, w)| **w == *lower[i + k] || **w == *lemmas[i + k])
            {
                best = Some((n, *id));
            }
        }
        best.map(|(n, id)| (n, &self.entries[id as usize]))
    }

    /// Number of triggers.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no trigger.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::TRIGGERS;

    #[test]
    fn single_and_multiword() {
        let t = Triggers::parse(TRIGGERS).unwrap();
        let meet = t.get("meet", TriggerPos::Verb).unwrap();
        assert_eq!(meet.class, Some(RelationKind::Meets));
        assert!(meet.frame.obj && meet.frame.takes("with") && meet.frame.mutual);
        assert!(t.get("meet", TriggerPos::Noun).is_none());
        assert_eq!(t.get("say", TriggerPos::Verb).unwrap().class, None);
        let lower = ["are", "at", "odds", "over"];
        let (n, odds) = t.multiword_at(&lower, &lower, 1).unwrap();
        assert_eq!((n, &*odds.cameo), (2, "110"));
        assert!(t.multiword_at(&lower, &lower, 2).is_none());
    }

    #[test]
    fn bad_frame_is_an_error() {
        let err = Triggers::parse("meet\tverb\t040\tmeets\t1.0\tsideways\n").unwrap_err();
        assert!(err.to_string().contains("frame"), "{err}");
    }
}
