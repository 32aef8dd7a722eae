//! Reading the CAMEO verb dictionary (`CAMEO.2.0.txt`, PETRARCH format): its synonym sets,
//! its verb blocks (verbs with their codes and irregular forms) and the patterns of each
//! block, tokenized.
//!
//! ```text
//! ####### SYNONYM SETS #######
//! &WEAPON
//! +MISSILE
//! ####### VERB PATTERNS #######
//! ---  MEET_PEOPLE   [040]  ---
//! +MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
//! MEET {MEETS MET MEETING}
//! - * (AT)                                   [036:036]     # MEET
//! - * TALKS                                  [046]         # HOLD
//! - * SANCTIONS (ON)                         [163]         # IMPOSE
//! - &MILITARY *                              [154]         # RUSH
//! ```

use super::*;

/// One item after the verb (`*`) of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Item {
    /// A word, lower case ("talks", "up").
    Word(String),
    /// `{PEACE TALKS}`: words that must come together, lower case.
    Phrase(Vec<String>),
    /// `&WEAPON`: a member of a synonym set (its name, lower case).
    Set(String),
    /// `(WITH ...)`: a preposition (lower case) and what follows it inside the parentheses.
    Prep(String, Vec<Item>),
    /// `$` (source), `+` (target), `^` (skip), `%` (compound): actor slots.
    Slot(char),
}

/// A pattern of a verb block: `- PRE * POST [code] # VERBS`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pattern {
    /// Material before the verb (subject constraints).
    pub(crate) pre: Vec<String>,
    /// Items after the verb.
    pub(crate) post: Vec<Item>,
    /// The event code; `None` for `---` or a target-only code.
    pub(crate) code: Option<String>,
    /// The verbs the comment names (lower case, words joined by spaces).
    pub(crate) verbs: Vec<String>,
}

/// A block of the verb dictionary: synonyms sharing a default code, and their patterns.
#[derive(Clone, Debug, Default)]
pub(crate) struct VerbBlock {
    pub(crate) default_code: Option<String>,
    /// (lemma words, own code)
    pub(crate) verbs: Vec<(String, Option<String>)>,
    pub(crate) patterns: Vec<Pattern>,
}

impl VerbBlock {
    /// The code of a verb of the block: its own, else the block's.
    pub(crate) fn code_of(&self, own: &Option<String>) -> Option<String> {
        own.clone().or_else(|| self.default_code.clone())
    }

    /// The verbs a pattern applies to: those its comment names that are in the block, else
    /// every verb of the block.
    pub(crate) fn pattern_verbs<'b>(&'b self, pattern: &Pattern) -> Vec<&'b str> {
        let all: Vec<&str> = self.verbs.iter().map(|(l, _)| l.as_str()).collect();
        let named: Vec<&str> = all
            .iter()
            .copied()
            .filter(|l| pattern.verbs.iter().any(|v| v == l))
            .collect();
        let mut out = if named.is_empty() { all } else { named };
        out.dedup();
        out
    }
}

/// The parsed verb dictionary.
#[derive(Default)]
pub(crate) struct CameoDictionary {
    pub(crate) blocks: Vec<VerbBlock>,
    /// Synonym sets by lower-case name (without `&` and a trailing `_`): lower-case words.
    pub(crate) sets: BTreeMap<String, Vec<String>>,
    /// Irregular verb forms: form -> lemma.
    pub(crate) forms: BTreeMap<String, String>,
}

/// First half of a `[code:code]` pair; None for `---`, for a target-only `:code`, or junk.
pub(crate) fn event_code(spec: &str) -> Option<String> {
    let first = spec.trim().split(':').next().unwrap_or("").trim();
    if first.is_empty() || first == "---" {
        return None;
    }
    is_cameo_code(first).then(|| first.to_string())
}

pub(crate) fn bracket(text: &str) -> Option<(usize, usize)> {
    let open = text.find('[')?;
    let close = text[open..].find(']')? + open;
    Some((open, close))
}

/// A dictionary word as a lower-case phrase: `SUICIDE_ATTACK` -> "suicide attack",
/// `CASH_` -> "cash".
pub(crate) fn dictionary_words(word: &str) -> String {
    word.trim_matches('_')
        .split('_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The name of a synonym set, lower case: `&FIGHT_OF_WORDS` -> "fight_of_words".
pub(crate) fn set_name(name: &str) -> String {
    name.trim_matches('_').to_lowercase()
}

/// The items of the text after `*`: words, `{...}`, `(...)`, `&SET`, slots.
pub(crate) fn parse_items(text: &str) -> Option<Vec<Item>> {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let items = parse_until(&chars, &mut pos, None)?;
    Some(items)
}

fn parse_until(chars: &[char], pos: &mut usize, close: Option<char>) -> Option<Vec<Item>> {
    let mut items = Vec::new();
    loop {
        while *pos < chars.len() && chars[*pos].is_whitespace() {
            *pos += 1;
        }
        if *pos >= chars.len() {
            return close.is_none().then_some(items);
        }
        let c = chars[*pos];
        if Some(c) == close {
            *pos += 1;
            return Some(items);
        }
        match c {
            '(' => {
                *pos += 1;
                let inner = parse_until(chars, pos, Some(')'))?;
                let (first, rest) = inner.split_first()?;
                let Item::Word(prep) = first else {
                    return None;
                };
                items.push(Item::Prep(prep.clone(), rest.to_vec()));
            }
            '{' => {
                *pos += 1;
                let inner = parse_until(chars, pos, Some('}'))?;
                let mut words = Vec::new();
                for item in inner {
                    match item {
                        Item::Word(w) => words.push(w),
                        Item::Phrase(ws) => words.extend(ws),
                        _ => return None,
                    }
                }
                items.push(Item::Phrase(words));
            }
            '$' | '+' | '^' | '%' => {
                *pos += 1;
                items.push(Item::Slot(c));
            }
            ')' | '}' => return None,
            _ => {
                let start = *pos;
                while *pos < chars.len()
                    && !chars[*pos].is_whitespace()
                    && !"(){}".contains(chars[*pos])
                {
                    *pos += 1;
                }
                let word: String = chars[start..*pos].iter().collect();
                if let Some(set) = word.strip_prefix('&') {
                    items.push(Item::Set(set_name(set)));
                } else {
                    let w = dictionary_words(&word);
                    if w.is_empty() {
                        return None;
                    }
                    items.push(Item::Word(w));
                }
            }
        }
    }
}

pub(crate) fn parse_cameo(text: &str) -> CameoDictionary {
    let mut dict = CameoDictionary::default();
    #[derive(PartialEq)]
    enum Section {
        Preamble,
        Sets,
        Verbs,
        Done,
    }
    let mut section = Section::Preamble;
    let mut current_set: Option<String> = None;
    for line in text.lines() {
        if line.starts_with("####### SYNONYM SETS") {
            section = Section::Sets;
            continue;
        }
        if line.starts_with("####### VERB PATTERNS") {
            section = Section::Verbs;
            continue;
        }
        if line.starts_with("######## TRANSFORMATIONS") {
            section = Section::Done;
            continue;
        }
        let (body, comment) = match line.find('#') {
            Some(i) => (&line[..i], &line[i + 1..]),
            None => (line, ""),
        };
        let body = body.trim_end();
        if body.trim().is_empty() {
            continue;
        }
        match section {
            Section::Preamble | Section::Done => {}
            Section::Sets => {
                if let Some(name) = body.trim().strip_prefix('&') {
                    let name = set_name(name);
                    dict.sets.entry(name.clone()).or_default();
                    current_set = Some(name);
                } else if let (Some(word), Some(set)) =
                    (body.trim().strip_prefix('+'), current_set.as_ref())
                {
                    let word = dictionary_words(word);
                    let members = dict.sets.get_mut(set).expect("set opened above");
                    if !word.is_empty() && !members.contains(&word) {
                        members.push(word);
                    }
                }
            }
            Section::Verbs => parse_verb_line(&mut dict, body, comment),
        }
    }
    dict
}

fn parse_verb_line(dict: &mut CameoDictionary, body: &str, comment: &str) {
    if body.starts_with("---") {
        let code = bracket(body).and_then(|(o, c)| event_code(&body[o + 1..c]));
        dict.blocks.push(VerbBlock {
            default_code: code,
            ..VerbBlock::default()
        });
        return;
    }
    let Some(block) = dict.blocks.last_mut() else {
        return;
    };
    if let Some(rest) = body.strip_prefix('-') {
        let (text_part, code) = match bracket(rest) {
            Some((o, c)) => (&rest[..o], event_code(&rest[o + 1..c])),
            None => (rest, None),
        };
        let Some(star) = text_part.find(" * ").map(|i| i + 1).or_else(|| {
            text_part
                .trim_end()
                .ends_with(" *")
                .then(|| text_part.trim_end().len() - 1)
        }) else {
            return;
        };
        let pre: Vec<String> = text_part[..star]
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let Some(post) = parse_items(&text_part[star + 1..]) else {
            block.patterns.push(Pattern {
                pre: vec!["(unreadable)".to_string()],
                code,
                ..Pattern::default()
            });
            return;
        };
        let verbs = comment
            .split(|c: char| !c.is_ascii_alphabetic() && c != '_')
            .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
            .map(dictionary_words)
            .collect();
        block.patterns.push(Pattern {
            pre,
            post,
            code,
            verbs,
        });
        return;
    }
    // A verb line: VERB {FORMS} [CODE] or +MULTI_WORD {+FORMS} [CODE].
    let (verb_part, code) = match bracket(body) {
        Some((o, c)) => (&body[..o], event_code(&body[o + 1..c])),
        None => (body, None),
    };
    let (lemma_part, braces) = match verb_part.find('{') {
        Some(i) => (
            &verb_part[..i],
            verb_part[i + 1..]
                .trim_end()
                .trim_end_matches('}')
                .to_string(),
        ),
        None => (verb_part, String::new()),
    };
    let lemma_raw = lemma_part
        .trim()
        .trim_start_matches('+')
        .trim_end_matches('_');
    if lemma_raw.is_empty()
        || !lemma_raw
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_' || c == '-')
    {
        return;
    }
    let lemma = lemma_raw.replace('_', " ").to_lowercase();
    let lemma_first = lemma.split(' ').next().unwrap_or("").to_string();
    for form in braces.split_whitespace() {
        let form = form
            .trim_start_matches('+')
            .replace('_', " ")
            .to_lowercase();
        let form_first = form.split(' ').next().unwrap_or("").to_string();
        if form_first.chars().all(|c| c.is_ascii_lowercase())
            && !is_regular_inflection(&lemma_first, &form_first)
        {
            dict.forms
                .entry(form_first)
                .or_insert_with(|| lemma_first.clone());
        }
    }
    block.verbs.push((lemma, code));
}

/// True for -s, -es, -ed, -d, -ing forms (with e-dropping, y->i and doubled consonants),
/// which a lemmatizer derives by rule.
pub(crate) fn is_regular_inflection(lemma: &str, form: &str) -> bool {
    if form == lemma {
        return true;
    }
    let stems = [
        lemma.to_string(),
        lemma.trim_end_matches('e').to_string(),
        format!("{}i", lemma.strip_suffix('y').unwrap_or("")),
        format!("{lemma}{}", lemma.chars().last().unwrap_or(' ')),
        format!("{lemma}k"),
    ];
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        stems
            .iter()
            .any(|stem| !stem.is_empty() && format!("{stem}{suffix}") == form)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_nest_prepositions_phrases_and_sets() {
        let items = parse_items(" SANCTIONS (ON {NUCLEAR PROGRAM}) &WEAPON $ ").unwrap();
        assert_eq!(
            items,
            [
                Item::Word("sanctions".into()),
                Item::Prep(
                    "on".into(),
                    vec![Item::Phrase(vec!["nuclear".into(), "program".into()])]
                ),
                Item::Set("weapon".into()),
                Item::Slot('$'),
            ]
        );
        assert!(parse_items("(WITH").is_none());
        assert_eq!(dictionary_words("SUICIDE_ATTACK"), "suicide attack");
        assert_eq!(dictionary_words("CASH_"), "cash");
    }

    #[test]
    fn sets_blocks_and_patterns() {
        let text = "\
####### SYNONYM SETS #######
&WEAPON
+MISSILE
+ROCKET_LAUNCHER
####### VERB PATTERNS #######
---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH }
HOLD {HOLDS HELD HOLDING}
- * TALKS                                             [046]         # HOLD
- &MILITARY *                                         [154]         # HOLD
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
";
        let d = parse_cameo(text);
        assert_eq!(d.sets["weapon"], ["missile", "rocket launcher"]);
        assert_eq!(d.blocks.len(), 1);
        let b = &d.blocks[0];
        assert_eq!(b.default_code.as_deref(), Some("040"));
        assert_eq!(
            b.verbs,
            [("meet with".to_string(), None), ("hold".to_string(), None)]
        );
        assert_eq!(b.patterns[0].post, [Item::Word("talks".into())]);
        assert_eq!(b.pattern_verbs(&b.patterns[0]), ["hold"]);
        assert_eq!(b.patterns[1].pre, ["&MILITARY"]);
        assert_eq!(d.forms.get("held").map(String::as_str), Some("hold"));
    }
}
