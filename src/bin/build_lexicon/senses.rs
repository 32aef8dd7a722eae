//! The senses the patterns of a CAMEO verb block give its verbs:
//!
//! | pattern | row |
//! |---|---|
//! | `- * (WITH) [046]` | the verb's frame takes `prep:with` (same code), or the idiom "VERB with" (another code of a relation) |
//! | `- * AID [070]`, `- * {PEACE TALKS}`, `- * &WEAPON` | the verb with that object (`object` column): "give" + "aid"; not a sense of no relation where the verb alone states one |
//! | `- * SANCTIONS (ON) [163]` | the same, its target after "on" |
//! | `- * (FOR SANCTIONS) [1312]` | the idiom "VERB for" with that object: "call for" + "sanctions" |
//! | `- * OFF [160]`, `- * DOWN (ON)` | the phrasal verb "VERB off", "VERB down" (with its preposition) |
//! | `- * UP RESISTANCE [110]` | the phrasal verb "put up" with that object |
//!
//! Patterns with material before the verb (subject constraints: `- &MILITARY *`), with
//! actor slots (`$`, `+`, `^`, `%`) or with more than one phrase after the object are
//! left out, counted by reason in the report.

use super::*;

/// Words a pattern's object may start with that are no part of the noun.
const DETERMINERS: &[&str] = &["a", "an", "the"];

/// What a pattern's items after the verb say.
#[derive(Debug, PartialEq)]
enum Shape {
    /// `(PREP)`: the target after a preposition.
    Prep(String),
    /// An object noun (or set), with an optional preposition of the target after it.
    Object(String, Option<String>),
    /// `(PREP NOUN)`: an idiom "VERB PREP" whose prepositional object is the noun.
    PrepObject(String, String),
    /// A particle, and what follows it.
    Particle(String, Box<Option<Shape>>),
}

/// The object of items (words, a phrase, a set), lower case, without determiners: "aid",
/// "peace talks", "&weapon".
fn object_of(items: &[Item]) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    for item in items {
        match item {
            Item::Word(w) => words.push(w.clone()),
            Item::Phrase(ws) => words.extend(ws.iter().cloned()),
            Item::Set(s) if items.len() == 1 => return Some(format!("&{s}")),
            _ => return None,
        }
    }
    while words
        .first()
        .is_some_and(|w| DETERMINERS.contains(&w.as_str()))
    {
        words.remove(0);
    }
    let ok = !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.len() > 1
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c == ' ')
        })
        && !FRAME_PREPOSITIONS.contains(&words[0].as_str());
    ok.then(|| words.join(" "))
}

fn shape_of(post: &[Item]) -> std::result::Result<Shape, &'static str> {
    match post {
        [] => Err("patterns: the verb alone"),
        [Item::Prep(p, inner)] if inner.is_empty() => Ok(Shape::Prep(p.clone())),
        [Item::Prep(p, inner)] => object_of(inner)
            .map(|o| Shape::PrepObject(p.clone(), o))
            .ok_or("patterns: a prepositional phrase the rows cannot hold"),
        [Item::Word(w), rest @ ..] if PARTICLES.contains(&w.as_str()) => {
            let rest = if rest.is_empty() {
                None
            } else {
                Some(shape_of(rest)?)
            };
            if matches!(rest, Some(Shape::Particle(..))) {
                return Err("patterns: two particles");
            }
            Ok(Shape::Particle(w.clone(), Box::new(rest)))
        }
        // "agree ON &SOLUTION": a preposition written without parentheses
        [Item::Word(w), rest @ ..]
            if FRAME_PREPOSITIONS.contains(&w.as_str()) && !rest.is_empty() =>
        {
            object_of(rest)
                .map(|o| Shape::PrepObject(w.clone(), o))
                .ok_or("patterns: a prepositional phrase the rows cannot hold")
        }
        _ => {
            if post.iter().any(|i| matches!(i, Item::Slot(_))) {
                return Err("patterns: actor slots ($ + ^ %)");
            }
            let (object_items, prep) = match post.split_last() {
                Some((Item::Prep(p, inner), rest)) if inner.is_empty() => (rest, Some(p.clone())),
                _ => (post, None),
            };
            object_of(object_items)
                .map(|o| Shape::Object(o, prep))
                .ok_or("patterns: more than an object and a preposition")
        }
    }
}

/// The frame of an object sense: the pattern's preposition; else, when the verb alone
/// states the same relation, the verb's own way: the prepositions of a verb of giving or
/// meeting, whose object is the thing given ("provided aerial photographs to X"), or the
/// object's owner or author for a verb of stance ("welcomed X's decision", "backed the X
/// plan"); else the noun names the event, and its target follows a preposition of its
/// class ("held talks with X", "imposed sanctions on X", "backed sanctions against X").
fn object_frame(own: Option<&TriggerRow>, code: &str, prep: Option<&str>) -> String {
    let class = class_of(code);
    if let Some(p) = prep {
        return format!("prep:{p}");
    }
    match own.filter(|r| r.class == class) {
        Some(own) => {
            let preps: Vec<&str> = own
                .frame
                .split(',')
                .filter(|f| f.starts_with("prep:") || *f == "mutual")
                .collect();
            if preps.iter().any(|f| f.starts_with("prep:")) {
                preps.join(",")
            } else {
                "obj".to_string()
            }
        }
        None => default_idiom_frame(code).to_string(),
    }
}

/// The prepositions of an event noun's frame ("prep:to,prep:for"), with `mutual` for a
/// meeting; the noun's own `of` (its patient) is left out.
fn noun_prepositions(frame: &str, class: &str) -> String {
    let mut out: Vec<&str> = frame
        .split(',')
        .filter(|f| f.starts_with("prep:") && *f != "prep:of")
        .collect();
    if class == "meets" && frame.split(',').any(|f| f == "mutual") {
        out.push("mutual");
    }
    if out.is_empty() {
        return default_idiom_frame_of(class).to_string();
    }
    out.join(",")
}

/// The object as the row names it: a set, or the noun in its WordNet base form ("talks"
/// -> "talk").
fn object_key(wordnet: &WordNet, object: &str) -> String {
    if object.starts_with('&') {
        return object.to_string();
    }
    base_noun(wordnet, object).unwrap_or_else(|| object.to_string())
}

/// Adds the senses of the patterns of `block`; `own` holds the rows of the verbs alone.
pub(crate) fn add_block_senses(
    rows: &mut TriggerRows,
    own: &TriggerRows,
    block: &VerbBlock,
    dict: &CameoDictionary,
    wordnet: &WordNet,
    report: &mut Report,
) {
    for pattern in &block.patterns {
        let Some(code) = &pattern.code else {
            report.add("patterns: no event code");
            continue;
        };
        if !pattern.pre.is_empty() {
            report.add("patterns: material before the verb");
            continue;
        }
        let shape = match shape_of(&pattern.post) {
            Ok(shape) => shape,
            Err(why) => {
                report.add(why);
                continue;
            }
        };
        if !sets_known(&shape, dict) {
            report.add("patterns: a synonym set the dictionary lacks");
            continue;
        }
        for verb in block.pattern_verbs(pattern) {
            let what = add_sense(rows, own, verb, code, &shape, wordnet);
            report.add(what);
        }
    }
}

/// True when every synonym set the shape names is in the dictionary.
fn sets_known(shape: &Shape, dict: &CameoDictionary) -> bool {
    let known = |o: &str| {
        o.strip_prefix('&')
            .is_none_or(|set| dict.sets.contains_key(set))
    };
    match shape {
        Shape::Prep(_) => true,
        Shape::Object(o, _) | Shape::PrepObject(_, o) => known(o),
        Shape::Particle(_, rest) => rest.as_ref().as_ref().is_none_or(|r| sets_known(r, dict)),
    }
}

/// Adds the sense `shape` of `verb` with `code`; says what it did, for the report.
fn add_sense(
    rows: &mut TriggerRows,
    own: &TriggerRows,
    verb: &str,
    code: &str,
    shape: &Shape,
    wordnet: &WordNet,
) -> &'static str {
    let class = class_of(code);
    let own_row =
        |lemma: &str, pos: &str| own.get(&(lemma.to_string(), pos.to_string(), "-".to_string()));
    let pos = if verb.contains(' ') { "idiom" } else { "verb" };
    match shape {
        Shape::Prep(p) => {
            if !FRAME_PREPOSITIONS.contains(&p.as_str()) {
                return "patterns: a preposition of no party (by, until, ...)";
            }
            let verb_row = own_row(verb, pos);
            // the same relation: the verb's frame takes the preposition (its own code kept)
            if let Some(own) = verb_row.filter(|r| r.class == class) {
                let mut row = own.clone();
                row.frame = format!("prep:{p}");
                add_row(rows, row);
                return "patterns: a preposition of the verb's frame";
            }
            if class == "none" && verb_row.is_some_and(|r| r.class != "none") {
                return "patterns: a preposition of no relation that would hide the verb's";
            }
            let lemma = format!("{verb} {p}");
            let frame = idiom_frame(&lemma, "obj");
            if add_row(
                rows,
                TriggerRow::new(&lemma, "idiom", "-", code, &frame, "pattern"),
            ) {
                "patterns: a verb + preposition idiom"
            } else {
                "patterns: an idiom listed before"
            }
        }
        Shape::Object(written, prep) => {
            let object = object_key(wordnet, written);
            let own_verb = own_row(verb, pos);
            if own_verb.is_some_and(|r| r.cameo == *code && prep.is_none()) {
                return "patterns: an object sense with the verb's own code";
            }
            if class == "none" && own_verb.is_some_and(|r| r.class != "none") {
                return "patterns: an object sense of no relation that would hide the verb's";
            }
            let mut frame = object_frame(own_verb, code, prep.as_deref());
            // the object names an event of the table: its target follows the event noun's
            // own prepositions ("halted aid to X", "imposed sanctions on X")
            if prep.is_none() && own_verb.is_none_or(|r| r.class != class) {
                let noun_row =
                    |n: &str| own.get(&(n.to_string(), "noun".to_string(), "-".to_string()));
                let noun = noun_row(&object).or_else(|| noun_row(written));
                if let Some(preps) = noun.map(|n| noun_prepositions(&n.frame, class)) {
                    frame = preps;
                }
            }
            if add_row(
                rows,
                TriggerRow::new(verb, pos, &object, code, &frame, "pattern"),
            ) {
                "patterns: an object sense"
            } else {
                "patterns: an object sense listed before"
            }
        }
        Shape::PrepObject(p, object) => {
            let object = object_key(wordnet, object);
            let lemma = format!("{verb} {p}");
            // the preposition's noun is the object, not the target: "called for sanctions
            // against X"
            let frame = object_frame(None, code, None);
            if add_row(
                rows,
                TriggerRow::new(&lemma, "idiom", &object, code, &frame, "pattern"),
            ) {
                "patterns: an object sense of a verb + preposition idiom"
            } else {
                "patterns: an object sense listed before"
            }
        }
        Shape::Particle(particle, rest) => {
            let lemma = format!("{verb} {particle}");
            let (object, frame) = match rest.as_ref() {
                None => ("-".to_string(), particle_frame(class).to_string()),
                Some(Shape::Prep(p)) if FRAME_PREPOSITIONS.contains(&p.as_str()) => {
                    ("-".to_string(), format!("prep:{p}"))
                }
                Some(Shape::Object(o, prep)) => (
                    object_key(wordnet, o),
                    object_frame(None, code, prep.as_deref()),
                ),
                _ => return "patterns: a particle with a phrase the rows cannot hold",
            };
            if add_row(
                rows,
                TriggerRow::new(&lemma, "idiom", &object, code, &frame, "pattern"),
            ) {
                if object == "-" {
                    "patterns: a phrasal verb"
                } else {
                    "patterns: an object sense of a phrasal verb"
                }
            } else {
                "patterns: an idiom listed before"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> std::result::Result<Shape, &'static str> {
        shape_of(&parse_items(text).unwrap())
    }

    #[test]
    fn pattern_shapes() {
        assert_eq!(shape("(WITH)"), Ok(Shape::Prep("with".into())));
        assert_eq!(shape("AID"), Ok(Shape::Object("aid".into(), None)));
        assert_eq!(
            shape("{PEACE TALKS}"),
            Ok(Shape::Object("peace talks".into(), None))
        );
        assert_eq!(shape("A DEVIL"), Ok(Shape::Object("devil".into(), None)));
        assert_eq!(
            shape("SANCTIONS (ON)"),
            Ok(Shape::Object("sanctions".into(), Some("on".into())))
        );
        assert_eq!(shape("&WEAPON"), Ok(Shape::Object("&weapon".into(), None)));
        assert_eq!(
            shape("(FOR SANCTIONS)"),
            Ok(Shape::PrepObject("for".into(), "sanctions".into()))
        );
        assert_eq!(
            shape("ON &SOLUTION"),
            Ok(Shape::PrepObject("on".into(), "&solution".into()))
        );
        assert_eq!(
            shape("UP RESISTANCE"),
            Ok(Shape::Particle(
                "up".into(),
                Box::new(Some(Shape::Object("resistance".into(), None)))
            ))
        );
        assert_eq!(
            shape("OFF"),
            Ok(Shape::Particle("off".into(), Box::new(None)))
        );
        assert!(shape("$ (TO)").is_err());
        assert!(shape("STRIKE (FOR RESIGNATION)").is_err());
        assert!(shape("").is_err());
    }

    #[test]
    fn frames_of_object_senses() {
        // "hold" alone states no meeting: "held talks with X"
        assert_eq!(object_frame(None, "046", None), "prep:with,mutual");
        assert_eq!(object_frame(None, "163", Some("on")), "prep:on");
        // "welcome" alone is approval: "welcomed X's decision"
        let welcome = TriggerRow::new("welcome", "verb", "-", "051", "obj", "cameo");
        assert_eq!(object_frame(Some(&welcome), "052", None), "obj");
        // "provided aerial photographs to X"
        let provide = TriggerRow::new("provide", "verb", "-", "070", "obj,prep:to", "cameo");
        assert_eq!(object_frame(Some(&provide), "072", None), "prep:to");
        // "backed sanctions against X"
        assert_eq!(
            object_frame(Some(&welcome), "1312", None),
            "prep:against,prep:on"
        );
    }
}
