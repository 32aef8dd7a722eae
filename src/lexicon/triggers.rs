//! Relation triggers: verbs, nouns, adjectives and idioms with their CAMEO code, coarse
//! class, Goldstein score and the ways they attach their target, read from
//! `assets/lexicon/triggers.tsv`; and the named sets of object nouns some of them name,
//! from `assets/lexicon/object_sets.tsv`.
//!
//! A trigger row may restrict its sense to an object: "give" states nothing on its own,
//! "give" + "aid" is aid (backs, CAMEO 070); "welcome" is approval, "welcome" + "visit"
//! or a person welcomed hosting (meets, 043); "call on" is an appeal, "call on" + a to-infinitive its object
//! must carry out ("called on X to withdraw") a demand (opposes, 10). The extractor asks
//! [`Triggers::get_with_object`] with the verb's object; [`Triggers::get`] gives the sense
//! of the word alone.

mod index;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::table::{self, Row, columns};
use crate::domain::RelationKind;
use crate::error::Result;

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    /// "reject", "meet".
    Verb,
    /// "talks", "backer", "acrimony".
    Noun,
    /// "sympathetic", "hostile".
    Adj,
    /// A fixed multiword expression: "at odds", "hit out", "crack down".
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

    fn parse(s: &str) -> Option<TriggerPos> {
        Some(match s {
            "verb" => TriggerPos::Verb,
            "noun" => TriggerPos::Noun,
            "adj" => TriggerPos::Adj,
            "idiom" => TriggerPos::Idiom,
            _ => return None,
        })
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

/// The prepositions a frame may name (`prep:X`).
pub const FRAME_PREPOSITIONS: &[&str] = &[
    "with",
    "against",
    "to",
    "for",
    "on",
    "of",
    "between",
    "at",
    "in",
    "over",
    "from",
    "toward",
    "into",
    "about",
    "as",
    "upon",
    "behind",
    "alongside",
];

impl Frame {
    fn parse(s: &str) -> std::result::Result<Frame, String> {
        let mut f = Frame::default();
        for part in s.split(',').map(str::trim) {
            match part {
                "obj" => f.obj = true,
                "mutual" => f.mutual = true,
                "agent_noun" => f.agent_noun = true,
                "event_noun" => f.event_noun = true,
                p if p
                    .strip_prefix("prep:")
                    .is_some_and(|prep| FRAME_PREPOSITIONS.contains(&prep)) =>
                {
                    f.preps.push(p["prep:".len()..].into())
                }
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

/// What a trigger's sense requires of the verb's object (the `object` column).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TriggerObject {
    /// `-`: any object or none; the sense of the word alone.
    Any,
    /// The object's head noun, lower case, or a modifier and the head ("aid", "peace
    /// talks").
    Word(Box<str>),
    /// `&set`: a member of a named set of `object_sets.tsv` ("&weapon").
    Set(Box<str>),
    /// `@clause`: a to-infinitive that the verb's object is the subject of ("called on X to
    /// withdraw", "urged X to halt").
    Clause,
    /// `@actor`: an object that names an actor ("welcomed the Croatian delegation": a
    /// reception; "welcomed the decision" is approval).
    Actor,
}

impl TriggerObject {
    fn parse(s: &str) -> std::result::Result<TriggerObject, String> {
        let ok = |w: &str| {
            !w.is_empty()
                && w.split(' ').all(|part| {
                    !part.is_empty()
                        && part
                            .chars()
                            // ("%": a percentage object, "bought 10% of X")
                            .all(|c| c.is_lowercase() || c.is_ascii_digit() || "-'.%".contains(c))
                })
        };
        Ok(match s {
            "-" => TriggerObject::Any,
            "@clause" => TriggerObject::Clause,
            "@actor" => TriggerObject::Actor,
            s if s.len() > 1
                && s.starts_with('&')
                && s[1..]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') =>
            {
                TriggerObject::Set(s[1..].into())
            }
            s if ok(s) => TriggerObject::Word(s.into()),
            other => return Err(format!("unknown object {other:?}")),
        })
    }
}

/// One trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// Lower-case lemma, words separated by one space.
    pub lemma: Box<str>,
    /// Part of speech.
    pub pos: TriggerPos,
    /// The object the sense depends on ([`TriggerObject::Any`] for the word alone).
    pub object: TriggerObject,
    /// CAMEO event code: "040".
    pub cameo: Box<str>,
    /// Coarse class; `None` for events that relate no two actors (statements, appeals).
    pub class: Option<RelationKind>,
    /// Goldstein score of the code.
    pub goldstein: f32,
    /// How the target attaches.
    pub frame: Frame,
}

/// A multiword trigger: its words and its entry.
type Multiword = (Vec<Box<str>>, u32);

/// The sources a trigger row may name (its `source` column, a comma list).
pub const TRIGGER_SOURCES: &[&str] = &[
    "cameo", "pattern", "review", "curated", "wordnet", "verbnet", "user",
];

/// The trigger table.
#[derive(Debug, Clone, Default)]
pub struct Triggers {
    entries: Vec<Trigger>,
    /// The sense of a single word alone, by lemma and part of speech.
    single: HashMap<Box<str>, [Option<u32>; 4]>,
    /// Multiword triggers by their first word: (words, entry of the sense alone, or of
    /// the first object sense when it has none).
    multi: HashMap<Box<str>, Vec<Multiword>>,
    /// The senses that depend on the object, by lemma and part of speech.
    senses: HashMap<Box<str>, [Vec<u32>; 4]>,
    /// The object sets, by name.
    sets: HashMap<Box<str>, HashSet<Box<str>>>,
}

impl Triggers {
    /// Parses `triggers.tsv` alone (no object sets).
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] naming the file and line of a row that breaks the format.
    pub fn parse(text: &str) -> Result<Triggers> {
        Triggers::parse_with_sets(text, &table::header(columns::OBJECT_SETS))
    }

    /// Parses `triggers.tsv` and `object_sets.tsv`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] naming the file and line of a row that breaks the format:
    /// another column line, an unknown part of speech, class, frame, object or source, a
    /// Goldstein score that is no number, a sense listed twice, an object set that
    /// `object_sets.tsv` lacks.
    pub fn parse_with_sets(text: &str, sets: &str) -> Result<Triggers> {
        Triggers::load(text, sets, &[])
    }

    /// [`Triggers::parse_with_sets`], the triggers read from `index`, the tables'
    /// precompiled form (see `triggers/index.rs`), when that was made from these very
    /// tables, else parsed. Either way the same triggers; the index only loads them faster.
    ///
    /// # Errors
    ///
    /// Those of [`Triggers::parse_with_sets`].
    pub(crate) fn load(text: &str, sets: &str, index: &[u8]) -> Result<Triggers> {
        let mut t = Triggers::default();
        table::for_each_row("object_sets.tsv", sets, columns::OBJECT_SETS, |row| {
            let [set, word] = row.fields[..] else {
                unreachable!("the table has two columns")
            };
            let members = t.sets.entry(set.into()).or_default();
            if !members.insert(word.into()) {
                return Err(row.error("object_sets.tsv", format!("{word:?} is listed twice")));
            }
            Ok(())
        })?;
        let triggers = match index::read(text, sets, index) {
            Some(triggers) => triggers,
            None => t.read_rows("triggers.tsv", text)?,
        };
        for trigger in triggers {
            t.push(trigger);
        }
        t.sort_multiwords();
        Ok(t)
    }

    /// The triggers of a user's file `file` (the columns of `triggers.tsv`, under its
    /// column line; the format line may be left out; object sets are those of `shipped`),
    /// then those of `shipped` that no user row replaces: a user row replaces every
    /// shipped sense of its lemma and part of speech.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] naming `file` and the line of the first bad row.
    pub fn parse_user(file: &str, text: &str, shipped: &Triggers) -> Result<Triggers> {
        // The format line guards the shipped tables against another version; a user's
        // file names its columns, which is enough, so the line may be left out (the
        // errors still give the lines of the user's file).
        let given = text.lines().next().map(str::trim_end) == Some(table::FORMAT_LINE);
        let text = if given {
            text.to_string()
        } else {
            format!("{}\n{text}", table::FORMAT_LINE)
        };
        let mut t = Triggers {
            sets: shipped.sets.clone(),
            ..Triggers::default()
        };
        let users = t.read_rows(file, &text).map_err(|e| match e {
            crate::Error::Lexicon { file, line, reason } if !given => crate::Error::Lexicon {
                file,
                line: line.saturating_sub(1).max(1),
                reason,
            },
            e => e,
        })?;
        let replaced: HashSet<(Box<str>, TriggerPos)> =
            users.iter().map(|u| (u.lemma.clone(), u.pos)).collect();
        for trigger in users {
            t.push(trigger);
        }
        for trigger in &shipped.entries {
            if !replaced.contains(&(trigger.lemma.clone(), trigger.pos)) {
                t.push(trigger.clone());
            }
        }
        t.sort_multiwords();
        Ok(t)
    }

    /// The triggers of the rows of `text`, the table `file`, checked against the object
    /// sets read so far.
    fn read_rows(&self, file: &str, text: &str) -> Result<Vec<Trigger>> {
        // A sense is told by its lemma, part of speech and object as the row writes them
        // (an object's text and its parsed form determine each other), borrowed from the
        // text: no copy of each row's strings for the check alone.
        let mut seen: HashSet<(&str, TriggerPos, &str)> = HashSet::default();
        let mut out = Vec::new();
        table::for_each_row(file, text, columns::TRIGGERS, |row| {
            let trigger = parse_row(row).map_err(|reason| row.error(file, reason))?;
            if let TriggerObject::Set(set) = &trigger.object
                && !self.sets.contains_key(set)
            {
                return Err(row.error(file, format!("no object set {set:?} in object_sets.tsv")));
            }
            if !seen.insert((row.fields[0], trigger.pos, row.fields[2])) {
                return Err(row.error(
                    file,
                    format!("{:?} ({}) is listed twice", row.fields[0], row.fields[2]),
                ));
            }
            out.push(trigger);
            Ok(())
        })?;
        Ok(out)
    }

    /// Orders each first word's multiword triggers longest first, so that the first match
    /// is the longest.
    fn sort_multiwords(&mut self) {
        for list in self.multi.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
    }

    fn push(&mut self, trigger: Trigger) {
        let id = self.entries.len() as u32;
        let any = trigger.object == TriggerObject::Any;
        if trigger.lemma.contains(' ') || trigger.pos == TriggerPos::Idiom {
            let words: Vec<Box<str>> = trigger.lemma.split(' ').map(Into::into).collect();
            let list = self.multi.entry(words[0].clone()).or_default();
            match list.iter_mut().find(|(w, _)| *w == words) {
                // the sense alone stands for the words, object senses refine it
                Some(found) if any => found.1 = id,
                Some(_) => {}
                None => list.push((words, id)),
            }
        } else if any {
            // the lemma is copied only for a key the map lacks
            let slots = match self.single.get_mut(&*trigger.lemma) {
                Some(slots) => slots,
                None => self.single.entry(trigger.lemma.clone()).or_default(),
            };
            slots[trigger.pos.index()].get_or_insert(id);
        }
        if !any {
            let senses = match self.senses.get_mut(&*trigger.lemma) {
                Some(senses) => senses,
                None => self.senses.entry(trigger.lemma.clone()).or_default(),
            };
            senses[trigger.pos.index()].push(id);
        }
        self.entries.push(trigger);
    }

    /// The single-word trigger with this lemma and part of speech, in the sense of the
    /// word alone.
    pub fn get(&self, lemma: &str, pos: TriggerPos) -> Option<&Trigger> {
        let id = self.single.get(lemma)?[pos.index()]?;
        Some(&self.entries[id as usize])
    }

    /// True when some sense of the trigger `lemma` (single word or multiword) depends on
    /// its object: only then is the object worth reading.
    pub fn has_object_senses(&self, lemma: &str, pos: TriggerPos) -> bool {
        self.sense_ids(lemma, pos).is_some()
    }

    /// The sense of the trigger `lemma` whose object is `object` (a lower-case word or
    /// words: the object's form, lemma, or modifier and head), if one depends on it.
    pub fn object_sense(&self, lemma: &str, pos: TriggerPos, object: &str) -> Option<&Trigger> {
        let ids = self.sense_ids(lemma, pos)?;
        let entry = |id: &u32| &self.entries[*id as usize];
        ids.iter()
            .map(entry)
            .find(|t| matches!(&t.object, TriggerObject::Word(w) if **w == *object))
            .or_else(|| {
                ids.iter().map(entry).find(|t| {
                    matches!(&t.object, TriggerObject::Set(s)
                        if self.sets.get(s).is_some_and(|m| m.contains(object)))
                })
            })
    }

    /// The sense of the trigger `lemma` when its object is the subject of a to-infinitive
    /// it governs ("called on X to withdraw"), if it has one.
    pub fn clause_sense(&self, lemma: &str, pos: TriggerPos) -> Option<&Trigger> {
        self.sense_ids(lemma, pos)?
            .iter()
            .map(|&id| &self.entries[id as usize])
            .find(|t| t.object == TriggerObject::Clause)
    }

    /// The sense of the trigger `lemma` when its object names an actor, if it has one.
    pub fn actor_sense(&self, lemma: &str, pos: TriggerPos) -> Option<&Trigger> {
        self.sense_ids(lemma, pos)?
            .iter()
            .map(|&id| &self.entries[id as usize])
            .find(|t| t.object == TriggerObject::Actor)
    }

    /// The sense of the single-word trigger `lemma` with the object `object`: the one
    /// that depends on it, else the word's own ([`Triggers::get`]).
    pub fn get_with_object(&self, lemma: &str, pos: TriggerPos, object: &str) -> Option<&Trigger> {
        self.object_sense(lemma, pos, object)
            .or_else(|| self.get(lemma, pos))
    }

    fn sense_ids(&self, lemma: &str, pos: TriggerPos) -> Option<&[u32]> {
        let ids = &self.senses.get(lemma)?[pos.index()];
        (!ids.is_empty()).then_some(ids.as_slice())
    }

    /// The longest multiword trigger starting at token `i`; each of its words must equal
    /// the token's lower-case form or its lemma. Returns its length in tokens, and the
    /// sense of the words alone (or, for words that only have senses depending on their
    /// object, the first of those: see [`Triggers::object_sense`]).
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

    /// True when some multiword trigger (an idiom) starts with `word`, a form or a lemma.
    pub fn starts_multiword(&self, word: &str) -> bool {
        self.multi.contains_key(word)
    }

    /// Number of triggers (rows).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no trigger.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Whether `s` is its own lower case (`s == s.to_lowercase()`), without the copy for
/// the ASCII words nearly every row has.
fn is_lower_case(s: &str) -> bool {
    if s.is_ascii() {
        !s.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        s == s.to_lowercase()
    }
}

/// A row of `triggers.tsv`, or what is wrong with it.
fn parse_row(row: &Row<'_>) -> std::result::Result<Trigger, String> {
    let [lemma, pos, object, cameo, class, goldstein, frame, source] = row.fields[..] else {
        unreachable!("table::rows checks the column count")
    };
    if !is_lower_case(lemma) || lemma.split(' ').any(str::is_empty) {
        return Err(format!("lemma {lemma:?} is not lower case words"));
    }
    let pos = TriggerPos::parse(pos).ok_or_else(|| format!("unknown pos {pos:?}"))?;
    let object = TriggerObject::parse(object)?;
    if !(cameo.len() == 3 || cameo.len() == 4) || !cameo.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("CAMEO code {cameo:?} is not 3 or 4 digits"));
    }
    let class = match class {
        "none" => None,
        name => Some(
            RelationKind::parse(name)
                .filter(|k| *k != RelationKind::AffiliatedWith)
                .ok_or_else(|| format!("unknown class {name:?}"))?,
        ),
    };
    let goldstein: f32 = goldstein
        .parse()
        .map_err(|_| format!("goldstein {goldstein:?} is not a number"))?;
    if let Some(bad) = source.split(',').find(|s| !TRIGGER_SOURCES.contains(s)) {
        return Err(format!("unknown source {bad:?}"));
    }
    Ok(Trigger {
        lemma: lemma.into(),
        pos,
        object,
        cameo: cameo.into(),
        class,
        goldstein,
        frame: Frame::parse(frame)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::{OBJECT_SETS, TRIGGERS};

    #[test]
    fn single_and_multiword() {
        let t = Triggers::parse_with_sets(TRIGGERS, OBJECT_SETS).unwrap();
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
    fn senses_that_depend_on_the_object() {
        let t = Triggers::parse_with_sets(TRIGGERS, OBJECT_SETS).unwrap();
        // "give" alone states nothing; "give aid" is aid
        assert!(t.get("give", TriggerPos::Verb).is_none());
        assert!(t.has_object_senses("give", TriggerPos::Verb));
        let aid = t.get_with_object("give", TriggerPos::Verb, "aid").unwrap();
        assert_eq!((aid.class, &*aid.cameo), (Some(RelationKind::Backs), "070"));
        assert!(
            t.get_with_object("give", TriggerPos::Verb, "speech")
                .is_none()
        );
        // "welcome" alone is approval; "welcome" a visit is hosting
        let welcome = t
            .get_with_object("welcome", TriggerPos::Verb, "statement")
            .unwrap();
        assert_eq!(welcome.class, Some(RelationKind::Backs));
        let visit = t
            .get_with_object("welcome", TriggerPos::Verb, "visit")
            .unwrap();
        assert_eq!(visit.class, Some(RelationKind::Meets));
        // an object set
        let arms = t.object_sense("sell", TriggerPos::Verb, "missile").unwrap();
        assert_eq!(&*arms.cameo, "072");
        assert!(t.object_sense("sell", TriggerPos::Verb, "car").is_none());
        // an idiom whose object controls an infinitive
        let lower = ["called", "on", "iran", "to", "halt"];
        let lemmas = ["call", "on", "iran", "to", "halt"];
        let (n, call_on) = t.multiword_at(&lower, &lemmas, 0).unwrap();
        assert_eq!((n, call_on.class), (2, None));
        let demand = t.clause_sense("call on", TriggerPos::Idiom).unwrap();
        assert_eq!(demand.class, Some(RelationKind::Opposes));
        assert!(t.clause_sense("welcome", TriggerPos::Verb).is_none());
        let host = t.actor_sense("welcome", TriggerPos::Verb).unwrap();
        assert_eq!(host.class, Some(RelationKind::Meets));
    }

    const SHIPPED_TRIGGERS: &str = include_str!("../../assets/lexicon/triggers.tsv");
    const SHIPPED_SETS: &str = include_str!("../../assets/lexicon/object_sets.tsv");
    const SHIPPED_INDEX: &[u8] = include_bytes!("../../assets/lexicon/triggers.idx");

    #[test]
    fn triggers_index_is_the_parsed_table() {
        let parsed = Triggers::parse_with_sets(SHIPPED_TRIGGERS, SHIPPED_SETS).unwrap();
        let fresh = index::write(&parsed.entries, SHIPPED_TRIGGERS, SHIPPED_SETS);
        if !crate::lexicon::tests::is_committed_index(
            &fresh,
            SHIPPED_INDEX,
            "triggers.idx",
            "triggers.tsv",
            "triggers_index",
        ) {
            return;
        }
        // read from the index: the same triggers and maps as parsed
        let loaded = Triggers::load(SHIPPED_TRIGGERS, SHIPPED_SETS, SHIPPED_INDEX).unwrap();
        assert!(index::read(SHIPPED_TRIGGERS, SHIPPED_SETS, SHIPPED_INDEX).is_some());
        assert_eq!(format!("{parsed:?}"), format!("{loaded:?}"));
    }

    #[test]
    fn a_stale_or_cut_trigger_index_is_not_read() {
        // another table (an edited row, another object set file) or a cut index: parsed
        let edited = format!("{SHIPPED_TRIGGERS}zzz\tverb\t-\t040\tmeets\t1.0\tobj\tcurated\n");
        assert!(index::read(&edited, SHIPPED_SETS, SHIPPED_INDEX).is_none());
        let t = Triggers::load(&edited, SHIPPED_SETS, SHIPPED_INDEX).unwrap();
        assert_eq!(
            t.get("zzz", TriggerPos::Verb).unwrap().class,
            Some(RelationKind::Meets)
        );
        let sets = format!("{SHIPPED_SETS}weapon\tzzz\n");
        assert!(index::read(SHIPPED_TRIGGERS, &sets, SHIPPED_INDEX).is_none());
        let cut = &SHIPPED_INDEX[..SHIPPED_INDEX.len() - 1];
        assert!(index::read(SHIPPED_TRIGGERS, SHIPPED_SETS, cut).is_none());
        let longer = [SHIPPED_INDEX, &[0]].concat();
        assert!(index::read(SHIPPED_TRIGGERS, SHIPPED_SETS, &longer).is_none());
        // a set the object set file lacks is still an error when the index is stale
        let head = table::header(columns::TRIGGERS);
        let bad = format!("{head}sell\tverb\t&ghosts\t072\tbacks\t8.3\tprep:to\tpattern\n");
        assert!(Triggers::load(&bad, SHIPPED_SETS, SHIPPED_INDEX).is_err());
    }

    #[test]
    fn bad_rows_name_the_file_and_line() {
        let head = table::header(columns::TRIGGERS);
        let sets = table::header(columns::OBJECT_SETS);
        let cases = [
            (
                "meet\tverb\t-\t040\tmeets\t1.0\tsideways\tcameo\n",
                "triggers.tsv:3: unknown frame \"sideways\"",
            ),
            (
                "meet\tverb\t-\t040\tmeets\t1.0\tprep:beside\tcameo\n",
                "triggers.tsv:3: unknown frame \"prep:beside\"",
            ),
            ("meet\tnoun\t-\t040\tmeets\t1.0\tobj\tcameo\n", ""),
            (
                "meet\tverbs\t-\t040\tmeets\t1.0\tobj\tcameo\n",
                "triggers.tsv:3: unknown pos \"verbs\"",
            ),
            (
                "meet\tverb\t-\t40\tmeets\t1.0\tobj\tcameo\n",
                "triggers.tsv:3: CAMEO code \"40\"",
            ),
            (
                "meet\tverb\t-\t040\tlikes\t1.0\tobj\tcameo\n",
                "triggers.tsv:3: unknown class \"likes\"",
            ),
            (
                "meet\tverb\t-\t040\tmeets\tlots\tobj\tcameo\n",
                "triggers.tsv:3: goldstein \"lots\"",
            ),
            (
                "meet\tverb\t-\t040\tmeets\t1.0\tobj\tguess\n",
                "triggers.tsv:3: unknown source \"guess\"",
            ),
            (
                "meet\tverb\tTalks\t040\tmeets\t1.0\tobj\tcameo\n",
                "triggers.tsv:3: unknown object \"Talks\"",
            ),
            (
                "meet\tverb\t&ghosts\t040\tmeets\t1.0\tobj\tcameo\n",
                "triggers.tsv:3: no object set \"ghosts\"",
            ),
            (
                "Meet\tverb\t-\t040\tmeets\t1.0\tobj\tcameo\n",
                "triggers.tsv:3: lemma \"Meet\"",
            ),
            (
                "meet\tverb\t-\t040\tmeets\t1.0\tobj\n",
                "triggers.tsv:3: expected 8 tab-separated fields",
            ),
            (
                "meet\tverb\t-\t040\tmeets\t1.0\tobj\tcameo\nmeet\tverb\t-\t041\tmeets\t1.0\tobj\tcameo\n",
                "triggers.tsv:4: \"meet\" (-) is listed twice",
            ),
        ];
        for (rows, message) in cases {
            let result = Triggers::parse_with_sets(&format!("{head}{rows}"), &sets);
            match result {
                Ok(_) => assert!(message.is_empty(), "{rows:?} parsed"),
                Err(err) => assert!(
                    !message.is_empty() && err.to_string().starts_with(message),
                    "{rows:?}: {err}"
                ),
            }
        }
        let err = Triggers::parse("# lemma\tpos\tcameo\tclass\tgoldstein\tframe\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("triggers.tsv:1: not a lexicon table"),
            "{err}"
        );
        let err = Triggers::parse_with_sets(&head, &format!("{sets}weapon\tgun\nweapon\tgun\n"))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "object_sets.tsv:4: \"gun\" is listed twice"
        );
    }
}
