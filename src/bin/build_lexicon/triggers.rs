//! Relation triggers (`triggers.tsv`) and irregular verb forms (`verb_forms.tsv`) from the
//! CAMEO verb dictionary and the curated verb overrides.

use super::*;

#[derive(Clone, Debug)]
pub(crate) struct TriggerRow {
    pub(crate) lemma: String,
    pub(crate) pos: String,
    pub(crate) cameo: String,
    pub(crate) class: String,
    pub(crate) goldstein: f64,
    pub(crate) frame: String,
    pub(crate) source: String,
}

/// Goldstein conflict-cooperation weights of the CAMEO event codes at the three-digit
/// level (the standard CAMEO/GDELT table); four-digit codes take their parent's value.
#[rustfmt::skip]
pub(crate) const GOLDSTEIN: &[(&str, f64)] = &[
    ("010", 0.0), ("011", -0.1), ("012", -0.4), ("013", 0.4), ("014", 0.0), ("015", 0.0),
    ("016", 3.4), ("017", 0.0), ("018", 3.4), ("019", 3.4), ("020", 3.0), ("021", 3.4),
    ("022", 3.2), ("023", 3.4), ("024", -0.3), ("025", -0.3), ("026", 4.0), ("027", 4.0),
    ("028", 4.0), ("030", 4.0), ("031", 5.2), ("032", 4.5), ("033", 5.2), ("034", 7.0),
    ("035", 7.0), ("036", 4.0), ("037", 5.0), ("038", 7.0), ("039", 5.0), ("040", 1.0),
    ("041", 1.0), ("042", 1.9), ("043", 2.8), ("044", 2.5), ("045", 5.0), ("046", 7.0),
    ("050", 3.5), ("051", 3.4), ("052", 3.5), ("053", 3.8), ("054", 6.0), ("055", 7.0),
    ("056", 7.0), ("057", 8.0), ("060", 6.0), ("061", 6.4), ("062", 7.4), ("063", 7.4),
    ("064", 7.0), ("070", 7.0), ("071", 7.4), ("072", 8.3), ("073", 7.4), ("074", 8.5),
    ("075", 7.0), ("080", 5.0), ("081", 5.0), ("082", 5.0), ("083", 5.0), ("084", 7.0),
    ("085", 7.0), ("086", 9.0), ("087", 9.0), ("090", -2.0), ("091", -2.0), ("092", -2.0),
    ("093", -2.0), ("094", -2.0), ("100", -5.0), ("101", -5.0), ("102", -5.0), ("103", -5.0),
    ("104", -5.0), ("105", -5.0), ("106", -5.0), ("107", -5.0), ("108", -5.0), ("110", -2.0),
    ("111", -2.0), ("112", -2.0), ("113", -2.0), ("114", -2.0), ("115", -2.0), ("116", -2.0),
    ("120", -4.0), ("121", -4.0), ("122", -4.0), ("123", -4.0), ("124", -5.0), ("125", -5.0),
    ("126", -5.0), ("127", -5.0), ("128", -5.0), ("129", -5.0), ("130", -4.4), ("131", -5.8),
    ("132", -5.8), ("133", -5.8), ("134", -5.8), ("135", -5.8), ("136", -7.0), ("137", -7.0),
    ("138", -7.0), ("139", -7.0), ("140", -6.5), ("141", -6.5), ("142", -6.5), ("143", -6.5),
    ("144", -7.5), ("145", -7.5), ("150", -7.2), ("151", -7.2), ("152", -7.2), ("153", -7.2),
    ("154", -7.2), ("160", -4.0), ("161", -4.0), ("162", -5.6), ("163", -8.0), ("164", -7.0),
    ("165", -7.0), ("166", -7.0), ("170", -7.0), ("171", -9.2), ("172", -5.0), ("173", -5.0),
    ("174", -5.0), ("175", -9.0), ("180", -9.0), ("181", -9.0), ("182", -9.5), ("183", -10.0),
    ("184", -8.0), ("185", -8.0), ("186", -10.0), ("190", -10.0), ("191", -9.5), ("192", -9.5),
    ("193", -10.0), ("194", -10.0), ("195", -10.0), ("196", -9.5), ("200", -10.0),
    ("201", -9.5), ("202", -10.0), ("203", -10.0), ("204", -10.0),
];

pub(crate) fn goldstein(code: &str) -> Option<f64> {
    let parent = code.get(..3)?;
    GOLDSTEIN
        .iter()
        .find(|(c, _)| *c == parent)
        .map(|(_, v)| *v)
}

pub(crate) fn is_cameo_code(code: &str) -> bool {
    (code.len() == 3 || code.len() == 4)
        && code.chars().all(|c| c.is_ascii_digit())
        && goldstein(code).is_some()
}

/// The coarse relation class of a CAMEO code. Roots 01-03 and 08-09 state no actor-to-actor
/// relation on their own: "intend to cooperate" (03) is a promise, not cooperation, and
/// "yield" (08) concedes without aligning with anyone.
pub(crate) fn class_of(code: &str) -> &'static str {
    match code.get(..2).unwrap_or("") {
        "04" => "meets",
        "05" | "06" | "07" => "backs",
        "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" => "opposes",
        _ => "none",
    }
}

/// How the target of a verb with this code is usually attached.
pub(crate) fn default_verb_frame(code: &str) -> &'static str {
    match code.get(..3).unwrap_or("") {
        "040" | "041" | "044" | "045" | "046" => "obj,prep:with,mutual",
        "050" | "060" => "prep:with,mutual",
        "140" | "141" | "142" | "143" | "144" | "145" => "prep:against",
        _ => "obj",
    }
}

pub(crate) fn default_idiom_frame(code: &str) -> &'static str {
    match class_of(code) {
        "meets" => "prep:with,mutual",
        "backs" => "prep:to,prep:for,prep:with",
        "opposes" => "prep:against,prep:on,prep:with",
        _ => "prep:with",
    }
}

/// Verbs whose meaning in a verb + noun pattern comes from the noun ("hold talks", "impose
/// sanctions", "sever ties"). Patterns with other verbs ("attack bus", "denounce
/// kidnapping") name the event's object, not a relation between actors, and are skipped.
#[rustfmt::skip]
pub(crate) const LIGHT_VERBS: &[&str] = &[
    "hold", "have", "give", "provide", "launch", "impose", "sign", "establish", "sever", "cut",
    "break", "forge", "form", "conduct", "stage", "wage", "declare", "extend", "express", "lend",
    "pay", "offer", "send", "deliver", "seek", "open", "resume", "begin", "start", "enter",
    "continue", "end", "suspend", "halt", "lift", "ease", "tighten", "make", "take", "carry",
    "restore", "normalize", "normalise", "strengthen", "deepen", "boost", "expand", "grant",
    "issue", "level", "mount", "step", "pledge", "reach", "conclude", "call", "host", "receive",
    "exchange", "renew", "build", "improve", "develop", "withdraw", "recall", "expel", "freeze",
];

pub(crate) const PREPOSITIONS: &[&str] = &[
    "WITH", "AGAINST", "TO", "FOR", "ON", "OF", "BETWEEN", "AT", "IN", "OVER", "FROM",
];

#[derive(Default)]
pub(crate) struct VerbBlock {
    pub(crate) default_code: Option<String>,
    /// (lemma words, own code)
    pub(crate) verbs: Vec<(String, Option<String>)>,
    pub(crate) patterns: Vec<Pattern>,
}

pub(crate) struct Pattern {
    pub(crate) post: Vec<String>,
    pub(crate) code: Option<String>,
    pub(crate) verbs: Vec<String>,
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

pub(crate) fn parse_verb_dictionary(text: &str) -> (Vec<VerbBlock>, BTreeMap<String, String>) {
    let mut blocks: Vec<VerbBlock> = Vec::new();
    let mut forms: BTreeMap<String, String> = BTreeMap::new();
    let mut in_patterns = false;
    for line in text.lines() {
        if line.starts_with("####### VERB PATTERNS") {
            in_patterns = true;
            continue;
        }
        if !in_patterns {
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
        if body.starts_with("---") {
            let code = bracket(body).and_then(|(o, c)| event_code(&body[o + 1..c]));
            blocks.push(VerbBlock {
                default_code: code,
                ..VerbBlock::default()
            });
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            continue;
        };
        if let Some(rest) = body.strip_prefix('-') {
            let (text_part, code) = match bracket(rest) {
                Some((o, c)) => (&rest[..o], event_code(&rest[o + 1..c])),
                None => (rest, None),
            };
            let tokens: Vec<&str> = text_part.split_whitespace().collect();
            let Some(star) = tokens.iter().position(|t| *t == "*") else {
                continue;
            };
            if star != 0 {
                continue; // material before the verb: source-specific patterns
            }
            let verbs = comment
                .split(|c: char| !c.is_ascii_alphabetic() && c != '_')
                .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
                .map(str::to_string)
                .collect();
            block.patterns.push(Pattern {
                post: tokens[star + 1..].iter().map(|t| t.to_string()).collect(),
                code,
                verbs,
            });
            continue;
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
            continue;
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
                forms
                    .entry(form_first)
                    .or_insert_with(|| lemma_first.clone());
            }
        }
        block.verbs.push((lemma, code));
    }
    (blocks, forms)
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

pub(crate) fn build_triggers(
    data: &Path,
    curated: &Curated,
) -> Result<(Vec<TriggerRow>, BTreeMap<String, String>)> {
    triggers_of(&read_text(&data.join("CAMEO.2.0.txt"))?, curated)
}

/// (lemma, part of speech) -> trigger row.
type TriggerRows = BTreeMap<(String, String), TriggerRow>;

/// The trigger rows and irregular verb forms of the text of a CAMEO verb dictionary,
/// corrected by the curated rows.
pub(crate) fn triggers_of(
    text: &str,
    curated: &Curated,
) -> Result<(Vec<TriggerRow>, BTreeMap<String, String>)> {
    let (blocks, forms) = parse_verb_dictionary(text);
    // The first code seen for a lemma wins, frames accumulate.
    let mut rows = TriggerRows::new();
    for block in &blocks {
        add_block_verbs(&mut rows, block);
        add_block_patterns(&mut rows, block);
    }
    apply_verb_overrides(&mut rows, curated)?;
    for [lemma, pos, cameo, class, frame] in &curated.triggers {
        let key = (lemma.clone(), pos.clone());
        let class = if class == "-" {
            class_of(cameo).to_string()
        } else {
            class.clone()
        };
        rows.insert(
            key,
            TriggerRow {
                lemma: lemma.clone(),
                pos: pos.clone(),
                cameo: cameo.clone(),
                class,
                goldstein: goldstein(cameo).unwrap_or(f64::NAN),
                frame: frame.clone(),
                source: "curated/triggers.tsv".to_string(),
            },
        );
    }
    Ok((rows.into_values().collect(), forms))
}

/// Adds a trigger, or the frame of one of the same code.
fn add_trigger(
    rows: &mut TriggerRows,
    lemma: String,
    pos: &str,
    code: &str,
    frame: &str,
    source: &str,
) {
    let key = (lemma.clone(), pos.to_string());
    match rows.get_mut(&key) {
        Some(row) => {
            if row.cameo == code {
                row.frame = merge_frames(&row.frame, frame);
            }
        }
        None => {
            rows.insert(
                key,
                TriggerRow {
                    lemma,
                    pos: pos.to_string(),
                    cameo: code.to_string(),
                    class: class_of(code).to_string(),
                    goldstein: goldstein(code).unwrap_or(0.0),
                    frame: frame.to_string(),
                    source: source.to_string(),
                },
            );
        }
    }
}

/// The verbs of a block, each with its own code or the block's.
fn add_block_verbs(rows: &mut TriggerRows, block: &VerbBlock) {
    for (lemma, own) in &block.verbs {
        let Some(code) = own.clone().or_else(|| block.default_code.clone()) else {
            continue;
        };
        // "+MEET_WITH" is the verb "meet" taking its target with "with".
        let words: Vec<&str> = lemma.split(' ').collect();
        let last_upper = words.last().map(|w| w.to_uppercase()).unwrap_or_default();
        if words.len() == 2 && PREPOSITIONS.contains(&last_upper.as_str()) {
            let frame = format!("prep:{}", words[1]);
            add_trigger(
                rows,
                words[0].to_string(),
                "verb",
                &code,
                &frame,
                "CAMEO verb",
            );
        } else {
            let pos = if words.len() > 1 { "idiom" } else { "verb" };
            add_trigger(
                rows,
                lemma.clone(),
                pos,
                &code,
                default_verb_frame(&code),
                "CAMEO verb",
            );
        }
    }
}

/// The patterns of a block: a verb with its preposition, or a verb + noun idiom.
fn add_block_patterns(rows: &mut TriggerRows, block: &VerbBlock) {
    for pattern in &block.patterns {
        let Some(code) = &pattern.code else {
            continue;
        };
        let named: Vec<&String> = block
            .verbs
            .iter()
            .map(|(l, _)| l)
            .filter(|l| {
                pattern
                    .verbs
                    .iter()
                    .any(|v| v.replace('_', " ").to_lowercase() == **l)
            })
            .collect();
        let post = &pattern.post;
        // `- * (WITH) [046]`: the verb relates two actors through a preposition.
        if post.len() == 1 && post[0].starts_with('(') && post[0].ends_with(')') {
            let prep = post[0].trim_matches(|c| c == '(' || c == ')');
            if !PREPOSITIONS.contains(&prep) {
                continue;
            }
            let frame = format!("prep:{}", prep.to_lowercase());
            let targets: Vec<&String> = if named.is_empty() {
                block.verbs.iter().map(|(l, _)| l).collect()
            } else {
                named.clone()
            };
            for lemma in targets {
                if lemma.contains(' ') {
                    continue;
                }
                add_trigger(rows, lemma.clone(), "verb", code, &frame, "CAMEO pattern");
            }
            continue;
        }
        // `- * TALKS [046] # HOLD`: a verb + noun idiom ("hold talks").
        let Some(noun) = idiom_noun(post) else {
            continue;
        };
        let reciprocal = noun.0 == "each other" || noun.0 == "one another";
        for lemma in &named {
            if lemma.contains(' ') || !(reciprocal || LIGHT_VERBS.contains(&lemma.as_str())) {
                continue;
            }
            let idiom = format!("{lemma} {}", noun.0);
            let frame = match &noun.1 {
                Some(prep) => format!("prep:{prep}"),
                None if reciprocal => "mutual".to_string(),
                None => default_idiom_frame(code).to_string(),
            };
            add_trigger(rows, idiom, "idiom", code, &frame, "CAMEO pattern");
        }
    }
}

/// The noun phrase of a `- * NOUN [code]` pattern, with an optional trailing bare
/// preposition: `TALKS`, `{PEACE TALKS}`, `UP RESISTANCE`, `SANCTIONS (AGAINST)`.
pub(crate) fn idiom_noun(post: &[String]) -> Option<(String, Option<String>)> {
    let mut words = Vec::new();
    let mut prep = None;
    let joined = post.join(" ");
    let mut rest = joined.as_str();
    while !rest.is_empty() {
        rest = rest.trim_start();
        if let Some(inner) = rest.strip_prefix('{') {
            let close = inner.find('}')?;
            words.extend(inner[..close].split_whitespace().map(str::to_string));
            rest = &inner[close + 1..];
        } else if let Some(inner) = rest.strip_prefix('(') {
            let close = inner.find(')')?;
            let p = inner[..close].trim();
            if !PREPOSITIONS.contains(&p) || prep.is_some() || !inner[close + 1..].trim().is_empty()
            {
                return None;
            }
            prep = Some(p.to_lowercase());
            rest = &inner[close + 1..];
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            words.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let valid = words
        .iter()
        .all(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
    if !valid {
        return None;
    }
    Some((words.join(" ").to_lowercase(), prep))
}

pub(crate) fn merge_frames(a: &str, b: &str) -> String {
    let set: BTreeSet<&str> = a
        .split(',')
        .chain(b.split(','))
        .filter(|f| !f.is_empty())
        .collect();
    // Keep the documented order of FRAMES for readability.
    FRAMES
        .iter()
        .filter(|f| set.contains(*f))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn apply_verb_overrides(
    rows: &mut BTreeMap<(String, String), TriggerRow>,
    curated: &Curated,
) -> Result<()> {
    for (lemma, o) in &curated.verb_overrides {
        let keys: Vec<(String, String)> = rows
            .keys()
            .filter(|(l, pos)| l == lemma && (pos == "verb" || pos == "idiom"))
            .cloned()
            .collect();
        match o.action.as_str() {
            "drop" => {
                for k in keys {
                    rows.remove(&k);
                }
            }
            "set" => {
                if keys.is_empty() {
                    // A verb the dictionary lacks: add it as given.
                    if o.cameo == "-" || o.frame == "-" {
                        return Err(format!(
                            "curated/verb_overrides.tsv: {lemma:?} is not a CAMEO verb, so it needs a code and a frame"
                        ));
                    }
                    let pos = if lemma.contains(' ') { "idiom" } else { "verb" };
                    rows.insert(
                        (lemma.clone(), pos.to_string()),
                        TriggerRow {
                            lemma: lemma.clone(),
                            pos: pos.to_string(),
                            cameo: o.cameo.clone(),
                            class: if o.class == "-" {
                                class_of(&o.cameo).to_string()
                            } else {
                                o.class.clone()
                            },
                            goldstein: goldstein(&o.cameo).unwrap_or(f64::NAN),
                            frame: o.frame.clone(),
                            source: "curated/verb_overrides.tsv".to_string(),
                        },
                    );
                }
                for k in keys {
                    let row = rows.get_mut(&k).expect("key just listed");
                    if o.cameo != "-" {
                        row.cameo = o.cameo.clone();
                        row.goldstein = goldstein(&o.cameo).unwrap_or(f64::NAN);
                        row.class = class_of(&o.cameo).to_string();
                    }
                    if o.class != "-" {
                        row.class = o.class.clone();
                    }
                    if o.frame != "-" {
                        row.frame = o.frame.clone();
                    }
                    row.source = "curated/verb_overrides.tsv".to_string();
                }
            }
            other => {
                return Err(format!(
                    "curated/verb_overrides.tsv: {lemma:?} has unknown action {other:?}"
                ));
            }
        }
    }
    Ok(())
}

pub(crate) fn validate_triggers(rows: &[TriggerRow]) -> Result<()> {
    for r in rows {
        let where_ = || format!("triggers.tsv row {:?} ({})", r.lemma, r.source);
        if r.lemma.is_empty() || r.lemma != r.lemma.to_lowercase() {
            return Err(format!("{}: lemma must be lower case", where_()));
        }
        if !TRIGGER_POS.contains(&r.pos.as_str()) {
            return Err(format!("{}: unknown pos {:?}", where_(), r.pos));
        }
        if !is_cameo_code(&r.cameo) {
            return Err(format!("{}: malformed CAMEO code {:?}", where_(), r.cameo));
        }
        if !TRIGGER_CLASSES.contains(&r.class.as_str()) {
            return Err(format!("{}: unknown class {:?}", where_(), r.class));
        }
        if !r.goldstein.is_finite() {
            return Err(format!("{}: no Goldstein value", where_()));
        }
        if r.frame.is_empty() || !r.frame.split(',').all(|f| FRAMES.contains(&f)) {
            return Err(format!("{}: unknown frame in {:?}", where_(), r.frame));
        }
    }
    Ok(())
}

pub(crate) fn render_triggers(rows: &[TriggerRow]) -> String {
    let mut out = String::from("# lemma\tpos\tcameo\tclass\tgoldstein\tframe\n");
    let mut sorted: Vec<&TriggerRow> = rows.iter().collect();
    sorted.sort_by(|a, b| (&a.lemma, &a.pos).cmp(&(&b.lemma, &b.pos)));
    for r in sorted {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{:.1}\t{}",
            r.lemma, r.pos, r.cameo, r.class, r.goldstein, r.frame
        );
    }
    out
}

pub(crate) fn render_verb_forms(forms: &BTreeMap<String, String>) -> String {
    let mut out = String::from("# form\tlemma\n");
    for (form, lemma) in forms {
        let _ = writeln!(out, "{form}\t{lemma}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_give_class_and_goldstein() {
        assert_eq!(class_of("040"), "meets");
        assert_eq!(class_of("061"), "backs");
        assert_eq!(class_of("111"), "opposes");
        assert_eq!(class_of("020"), "none");
        assert_eq!(goldstein("040"), Some(1.0));
        assert!(is_cameo_code("1123") && !is_cameo_code("---"));
    }

    #[test]
    fn frames_merge_in_the_documented_order() {
        assert_eq!(merge_frames("prep:with", "obj"), "obj,prep:with");
        assert_eq!(merge_frames("obj", "obj"), "obj");
    }

    #[test]
    fn a_verb_block_gives_verbs_prepositions_and_idioms() {
        let text = "\
####### VERB PATTERNS #######
---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
HOLD {HOLDS HELD HOLDING}
MEET {MEETS MET MEETING}
- * (AT)                                              [036:036]     # MEET
- * TALKS                                             [046]         # HOLD
";
        let (rows, forms) = triggers_of(text, &Curated::default()).unwrap();
        let rows: Vec<String> = rows
            .iter()
            .map(|r| format!("{} {} {} {} {}", r.lemma, r.pos, r.cameo, r.class, r.frame))
            .collect();
        // Each verb takes the code of its block and its frames; `- * TALKS # HOLD` is the
        // idiom "hold talks" (046).
        assert_eq!(
            rows,
            [
                "hold verb 040 meets obj,prep:with,mutual",
                "hold talks idiom 046 meets prep:with,mutual",
                "meet verb 040 meets obj,prep:with,mutual"
            ]
        );
        assert_eq!(
            forms.get("met").map(String::as_str),
            Some("meet"),
            "{forms:?}"
        );
    }
}
