//! Relation triggers (`triggers.tsv`, `object_sets.tsv`) and irregular verb forms
//! (`verb_forms.tsv`): the verbs of the CAMEO verb dictionary with their codes, the senses
//! its patterns give them with an object or a preposition (`senses.rs`), the review of its
//! verbs (`curated/verb_review.tsv`), the curated triggers, and what WordNet and VerbNet
//! add (`derived.rs`): noun forms, phrasal verbs, the prepositions of frames.

use super::*;

/// One row of `triggers.tsv`.
#[derive(Clone, Debug)]
pub(crate) struct TriggerRow {
    pub(crate) lemma: String,
    pub(crate) pos: String,
    /// `-`, a noun ("aid", "peace talk"), `&set` or `@clause`.
    pub(crate) object: String,
    pub(crate) cameo: String,
    pub(crate) class: String,
    pub(crate) goldstein: f64,
    pub(crate) frame: String,
    /// Where the row comes from: `cameo`, `pattern`, `review`, `curated`, `wordnet`,
    /// `verbnet` (the last for prepositions added to the frame).
    pub(crate) sources: BTreeSet<&'static str>,
}

impl TriggerRow {
    pub(crate) fn new(
        lemma: &str,
        pos: &str,
        object: &str,
        code: &str,
        frame: &str,
        source: &'static str,
    ) -> TriggerRow {
        TriggerRow {
            lemma: lemma.to_string(),
            pos: pos.to_string(),
            object: object.to_string(),
            cameo: code.to_string(),
            class: class_of(code).to_string(),
            goldstein: goldstein(code).unwrap_or(f64::NAN),
            frame: frame.to_string(),
            sources: BTreeSet::from([source]),
        }
    }

    pub(crate) fn key(&self) -> Key {
        (self.lemma.clone(), self.pos.clone(), self.object.clone())
    }
}

/// (lemma, pos, object)
pub(crate) type Key = (String, String, String);
/// Every row by its key.
pub(crate) type TriggerRows = BTreeMap<Key, TriggerRow>;

/// Counts of what the generator kept and left out, and why: printed, and documented in
/// `assets/lexicon/README.md`.
#[derive(Default, Debug)]
pub(crate) struct Report {
    pub(crate) counts: BTreeMap<String, usize>,
}

impl Report {
    pub(crate) fn add(&mut self, what: &str) {
        *self.counts.entry(what.to_string()).or_default() += 1;
    }
}

/// What the trigger tables are made of.
pub(crate) struct TriggerTables {
    pub(crate) rows: Vec<TriggerRow>,
    /// Object sets the rows name, with their members.
    pub(crate) object_sets: BTreeMap<String, BTreeSet<String>>,
    pub(crate) verb_forms: BTreeMap<String, String>,
    pub(crate) report: Report,
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

/// How the target of an event a noun names attaches, by the code's class: "talks with
/// X", "aid to X", "support for X", "sanctions against X", "attacks on X"; force aimed
/// at someone (CAMEO 18 assault, 19 fight, 20 mass violence) also "at" them: "fired
/// rockets at X", "launched missiles at X".
pub(crate) fn default_idiom_frame(code: &str) -> &'static str {
    // reducing diplomatic relations (161) is done to the other party: "cut diplomatic
    // ties with X", "recalled its ambassador from X", "halted supplies to X"
    if code.starts_with("161") {
        return REDUCE_RELATIONS_FRAME;
    }
    match code.get(..2).unwrap_or("") {
        "18" | "19" | "20" => "prep:against,prep:on,prep:at",
        _ => default_idiom_frame_of(class_of(code)),
    }
}

/// The frame of an object sense of reducing diplomatic relations (CAMEO 161) whose noun has no frame
/// of its own: the other party follows `with`, `from` or `to`, or as an opposing event's
/// `against`/`on`.
const REDUCE_RELATIONS_FRAME: &str = "prep:with,prep:from,prep:to,prep:against,prep:on";

/// [`default_idiom_frame`] by class.
pub(crate) fn default_idiom_frame_of(class: &str) -> &'static str {
    match class {
        "meets" => "prep:with,mutual",
        "backs" => "prep:to,prep:for",
        "opposes" => "prep:against,prep:on",
        _ => "obj",
    }
}

/// Particles of phrasal verbs ("crack down", "lash out", "back down").
pub(crate) const PARTICLES: &[&str] = &[
    "up", "down", "out", "off", "back", "away", "aside", "together", "apart", "forward",
];

/// How a phrasal verb or an idiom of a class takes its target, when no dictionary says:
/// "crack down on X", "lash out at X", "team up with X", "rally behind X".
pub(crate) fn particle_frame(class: &str) -> &'static str {
    match class {
        "meets" => "prep:with,mutual",
        "backs" => "prep:with,prep:for,prep:behind,prep:to",
        "opposes" => "prep:on,prep:at,prep:against",
        _ => "obj",
    }
}

/// The frame of an idiom: its own, plus the preposition it ends with ("side with X",
/// "stand up to X", "turn against X": the target follows it).
pub(crate) fn idiom_frame(lemma: &str, frame: &str) -> String {
    let last = lemma.rsplit(' ').next().unwrap_or("");
    if lemma.contains(' ') && FRAME_PREPOSITIONS.contains(&last) && !PARTICLES.contains(&last) {
        merge_frames(frame, &format!("prep:{last}"))
    } else {
        frame.to_string()
    }
}

/// Adds a row, or merges its frame into the row of the same key and code; a row of the
/// same key with another code is left as it is (the first code wins). Returns whether
/// the key was new.
pub(crate) fn add_row(rows: &mut TriggerRows, row: TriggerRow) -> bool {
    match rows.get_mut(&row.key()) {
        Some(old) => {
            if old.cameo == row.cameo {
                old.frame = merge_frames(&old.frame, &row.frame);
            }
            false
        }
        None => {
            rows.insert(row.key(), row);
            true
        }
    }
}

/// What the trigger tables are built from.
pub(crate) struct TriggerSources<'a> {
    pub(crate) curated: &'a Curated,
    pub(crate) wordnet: &'a WordNet,
    pub(crate) verbnet: &'a VerbNet,
    /// Agent nouns and titles of the lexicon: never noun triggers.
    pub(crate) generic: &'a BTreeSet<String>,
}

pub(crate) fn build_triggers(data: &Path, sources: &TriggerSources<'_>) -> Result<TriggerTables> {
    let dict = parse_cameo(&read_text(&data.join("CAMEO.2.0.txt"))?);
    triggers_of(&dict, sources)
}

/// The trigger tables of a parsed CAMEO dictionary, the curated supplements, WordNet and
/// VerbNet.
pub(crate) fn triggers_of(
    dict: &CameoDictionary,
    sources: &TriggerSources<'_>,
) -> Result<TriggerTables> {
    let (curated, wordnet, verbnet) = (sources.curated, sources.wordnet, sources.verbnet);
    let mut report = Report::default();
    let mut rows = TriggerRows::new();
    // each verb's synonyms: the block it took its code from
    let mut synonyms: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // verbs the dictionary or the curated rows know alone: "+MEET_WITH" is "meet" with
    // "with", "+RUN_INTO" (no "run") an idiom
    let known: BTreeSet<&str> = dict
        .blocks
        .iter()
        .flat_map(|b| b.verbs.iter().map(|(l, _)| l.as_str()))
        .chain(
            curated
                .triggers
                .iter()
                .filter(|r| r[1] == "verb")
                .map(|r| r[0].as_str()),
        )
        .collect();
    for block in &dict.blocks {
        add_block_verbs(&mut rows, block, &known, &mut synonyms, &mut report);
    }
    // the verbs alone, as reviewed and curated, before the senses of their patterns
    apply_review(&mut rows, curated, false, &mut report)?;
    for [lemma, pos, object, cameo, class, frame] in &curated.triggers {
        let mut row = TriggerRow::new(lemma, pos, object, cameo, frame, "curated");
        if class != "-" {
            row.class = class.clone();
        }
        if pos == "idiom" {
            row.frame = idiom_frame(lemma, &row.frame);
        }
        report.add("curated rows");
        rows.insert(row.key(), row);
    }
    let own: TriggerRows = rows
        .iter()
        .filter(|(_, r)| r.object == "-")
        .map(|(k, r)| (k.clone(), r.clone()))
        .collect();
    for block in &dict.blocks {
        add_block_senses(&mut rows, &own, block, dict, wordnet, &mut report);
    }
    apply_review(&mut rows, curated, true, &mut report)?;
    let senses = Senses::new(wordnet, &synonyms);
    add_verbnet_frames(&mut rows, &senses, verbnet, &mut report);
    add_phrasal_verbs(&mut rows, &senses, &mut report);
    add_noun_forms(&mut rows, &senses, sources.generic, &mut report);
    apply_review_to_derived(&mut rows, curated, &mut report);
    let object_sets = object_sets_of(&rows, dict, wordnet)?;
    for row in rows.values() {
        for source in &row.sources {
            report.add(&format!("rows from {source}"));
        }
    }
    Ok(TriggerTables {
        rows: rows.into_values().collect(),
        object_sets,
        verb_forms: dict.forms.clone(),
        report,
    })
}

/// The verbs of a block, each with its own code or the block's; a verb without either is
/// left out (CAMEO codes it only through its patterns, which `senses.rs` reads).
fn add_block_verbs(
    rows: &mut TriggerRows,
    block: &VerbBlock,
    known: &BTreeSet<&str>,
    synonyms: &mut BTreeMap<String, Vec<String>>,
    report: &mut Report,
) {
    let members: Vec<String> = block.verbs.iter().map(|(l, _)| l.clone()).collect();
    for (lemma, own) in &block.verbs {
        let Some(code) = block.code_of(own) else {
            report.add("cameo verbs without a code (patterns only)");
            continue;
        };
        // "+MEET_WITH" is the verb "meet" taking its target with "with"; "+RUN_INTO"
        // (no verb "run" in the dictionary) is an idiom
        let words: Vec<&str> = lemma.split(' ').collect();
        let last = words.last().copied().unwrap_or("");
        let new =
            if words.len() == 2 && FRAME_PREPOSITIONS.contains(&last) && known.contains(words[0]) {
                let verb = TriggerRow::new(
                    words[0],
                    "verb",
                    "-",
                    &code,
                    &format!("prep:{last}"),
                    "cameo",
                );
                match rows.get(&verb.key()) {
                    // another relation: the verb with this preposition is a sense of its own
                    Some(old) if old.class != verb.class => {
                        let frame = idiom_frame(lemma, "obj");
                        add_row(
                            rows,
                            TriggerRow::new(lemma, "idiom", "-", &code, &frame, "cameo"),
                        )
                    }
                    Some(old) => {
                        let mut row = old.clone();
                        row.frame = merge_frames(&old.frame, &verb.frame);
                        rows.insert(row.key(), row);
                        true
                    }
                    None => add_row(rows, verb),
                }
            } else if words.len() > 1 {
                let frame = idiom_frame(lemma, particle_frame(class_of(&code)));
                add_row(
                    rows,
                    TriggerRow::new(lemma, "idiom", "-", &code, &frame, "cameo"),
                )
            } else {
                add_row(
                    rows,
                    TriggerRow::new(
                        lemma,
                        "verb",
                        "-",
                        &code,
                        default_verb_frame(&code),
                        "cameo",
                    ),
                )
            };
        if new {
            report.add("cameo verbs with a code");
            synonyms
                .entry(lemma.clone())
                .or_insert_with(|| members.clone());
        } else {
            report.add("cameo verbs listed again (first code kept)");
        }
    }
}

/// Applies `curated/verb_review.tsv`: each row drops a sense, sets its code, class or
/// frame, or keeps it as derived (a decision recorded with its reason). The rows of the
/// verbs alone are reviewed before the patterns' senses are read, those of object senses
/// (`objects`) after.
pub(crate) fn apply_review(
    rows: &mut TriggerRows,
    curated: &Curated,
    objects: bool,
    report: &mut Report,
) -> Result<()> {
    const FILE: &str = "curated/verb_review.tsv";
    for r in curated
        .verb_review
        .iter()
        .filter(|r| (r.object != "-") == objects)
    {
        let keys: Vec<Key> = rows
            .keys()
            .filter(|(l, pos, o)| *l == r.lemma && *o == r.object && pos != "adj")
            .cloned()
            .collect();
        if r.reason.len() < 8 {
            return Err(format!(
                "{FILE}: {:?} ({}) needs a reason",
                r.lemma, r.object
            ));
        }
        match r.action.as_str() {
            "drop" => {
                report.add("review: dropped");
                for k in keys {
                    rows.remove(&k);
                }
            }
            "keep" => report.add("review: kept as derived"),
            "set" if keys.is_empty() => {
                // a verb or sense the dictionary lacks: added as given
                if r.cameo == "-" || r.frame == "-" {
                    return Err(format!(
                        "{FILE}: {:?} ({}) is not in the dictionary, so it needs a code and a frame",
                        r.lemma, r.object
                    ));
                }
                report.add("review: added");
                let pos = if r.lemma.contains(' ') {
                    "idiom"
                } else {
                    "verb"
                };
                let mut row =
                    TriggerRow::new(&r.lemma, pos, &r.object, &r.cameo, &r.frame, "review");
                if r.class != "-" {
                    row.class = r.class.clone();
                }
                rows.insert(row.key(), row);
            }
            "set" => {
                report.add("review: corrected");
                for k in keys {
                    let row = rows.get_mut(&k).expect("key just listed");
                    if r.cameo != "-" {
                        row.cameo = r.cameo.clone();
                        row.goldstein = goldstein(&r.cameo).unwrap_or(f64::NAN);
                        row.class = class_of(&r.cameo).to_string();
                    }
                    if r.class != "-" {
                        row.class = r.class.clone();
                    }
                    if r.frame != "-" {
                        row.frame = r.frame.clone();
                    }
                    row.sources.insert("review");
                }
            }
            other => {
                return Err(format!(
                    "{FILE}: {:?} has unknown action {other:?}",
                    r.lemma
                ));
            }
        }
    }
    Ok(())
}

/// Applies the drops of the review to the rows WordNet added (phrasal verbs, nouns), which
/// the review before them could not see.
fn apply_review_to_derived(rows: &mut TriggerRows, curated: &Curated, report: &mut Report) {
    for r in curated.verb_review.iter().filter(|r| r.action == "drop") {
        let keys: Vec<Key> = rows
            .iter()
            .filter(|((l, _, o), row)| {
                *l == r.lemma && *o == r.object && row.sources.contains("wordnet")
            })
            .map(|(k, _)| k.clone())
            .collect();
        for k in keys {
            report.add("review: dropped (derived rows)");
            rows.remove(&k);
        }
    }
}

/// The object sets the rows name (`&weapon`), with their members and the members' base
/// forms.
fn object_sets_of(
    rows: &TriggerRows,
    dict: &CameoDictionary,
    wordnet: &WordNet,
) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in rows.values() {
        let Some(set) = row.object.strip_prefix('&') else {
            continue;
        };
        let members = dict
            .sets
            .get(set)
            .ok_or_else(|| format!("triggers.tsv row {:?}: no synonym set &{set}", row.lemma))?;
        let entry = out.entry(set.to_string()).or_default();
        for m in members {
            entry.insert(m.clone());
            if let Some(base) = base_noun(wordnet, m) {
                entry.insert(base);
            }
        }
    }
    Ok(out)
}

/// The base form of a noun or noun phrase (its last word's, per WordNet).
pub(crate) fn base_noun(wordnet: &WordNet, phrase: &str) -> Option<String> {
    let (head, last) = match phrase.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l),
        None => (String::new(), phrase),
    };
    let base = wordnet.base_form('n', last)?;
    Some(format!("{head}{base}"))
}

pub(crate) fn merge_frames(a: &str, b: &str) -> String {
    let set: BTreeSet<&str> = a
        .split(',')
        .chain(b.split(','))
        .filter(|f| !f.is_empty())
        .collect();
    // the documented order of the frame values
    frame_values()
        .into_iter()
        .filter(|f| set.contains(f.as_str()))
        .collect::<Vec<_>>()
        .join(",")
}

/// Every frame value, in the order rows list them.
pub(crate) fn frame_values() -> Vec<String> {
    let mut out = vec!["obj".to_string()];
    out.extend(FRAME_PREPOSITIONS.iter().map(|p| format!("prep:{p}")));
    out.extend(["mutual", "agent_noun", "event_noun"].map(String::from));
    out
}

pub(crate) fn validate_triggers(rows: &[TriggerRow]) -> Result<()> {
    let frames = frame_values();
    for r in rows {
        let where_ = || {
            format!(
                "triggers.tsv row {:?} {} {} ({:?})",
                r.lemma, r.pos, r.object, r.sources
            )
        };
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
        if r.frame.is_empty() || !r.frame.split(',').all(|f| frames.iter().any(|x| x == f)) {
            return Err(format!("{}: unknown frame in {:?}", where_(), r.frame));
        }
        if r.object.is_empty() || r.object.chars().any(|c| c.is_uppercase() || c == '\t') {
            return Err(format!("{}: malformed object", where_()));
        }
    }
    Ok(())
}

pub(crate) fn render_triggers(rows: &[TriggerRow]) -> String {
    let mut out = header(columns::TRIGGERS);
    let mut sorted: Vec<&TriggerRow> = rows.iter().collect();
    sorted.sort_by(|a, b| (&a.lemma, &a.pos, &a.object).cmp(&(&b.lemma, &b.pos, &b.object)));
    for r in sorted {
        let sources: Vec<&str> = r.sources.iter().copied().collect();
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{:.1}\t{}\t{}",
            r.lemma,
            r.pos,
            r.object,
            r.cameo,
            r.class,
            r.goldstein,
            r.frame,
            sources.join(",")
        );
    }
    out
}

pub(crate) fn render_object_sets(sets: &BTreeMap<String, BTreeSet<String>>) -> String {
    let mut out = header(columns::OBJECT_SETS);
    for (set, members) in sets {
        for m in members {
            let _ = writeln!(out, "{set}\t{m}");
        }
    }
    out
}

pub(crate) fn render_verb_forms(forms: &BTreeMap<String, String>) -> String {
    let mut out = header(columns::VERB_FORMS);
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
        assert_eq!(idiom_frame("side with", "obj"), "obj,prep:with");
        assert_eq!(idiom_frame("crack down", "prep:on"), "prep:on");
    }

    #[test]
    fn a_verb_block_gives_verbs_senses_and_prepositions() {
        let text = "\
####### SYNONYM SETS #######
&WEAPON
+MISSILE
####### VERB PATTERNS #######
---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
- * (AT)                                              [036:036]     # MEET
---  HOLD   [---]  ---
HOLD {HOLDS HELD HOLDING}
- * TALKS                                             [046]         # HOLD
---  SELL   [---]  ---
SELL
- * &WEAPON (TO)                                      [072]         # SELL
- * OFF                                               [160]         # SELL
";
        let dict = parse_cameo(text);
        let sources = TriggerSources {
            curated: &Curated::default(),
            wordnet: &WordNet::default(),
            verbnet: &VerbNet::default(),
            generic: &BTreeSet::new(),
        };
        let tables = triggers_of(&dict, &sources).unwrap();
        let rows: Vec<String> = tables
            .rows
            .iter()
            .map(|r| {
                format!(
                    "{} {} {} {} {} {}",
                    r.lemma, r.pos, r.object, r.cameo, r.class, r.frame
                )
            })
            .collect();
        // each verb takes the code of its block and its frames; "hold" has no code, and
        // `- * TALKS # HOLD` is its sense with the object "talks" (046), the target after
        // the prepositions of a meeting; "(AT)" has a code of no relation (036), which would
        // hide the meeting of "met at"; "sell off" is a phrasal verb
        assert_eq!(
            rows,
            [
                "hold verb talks 046 meets prep:with,mutual",
                "meet verb - 040 meets obj,prep:with,mutual",
                "sell verb &weapon 072 backs prep:to",
                "sell off idiom - 160 opposes prep:on,prep:at,prep:against",
            ],
            "{rows:#?}"
        );
        assert_eq!(
            tables.object_sets["weapon"].iter().collect::<Vec<_>>(),
            ["missile"]
        );
        assert_eq!(
            tables.verb_forms.get("met").map(String::as_str),
            Some("meet")
        );
    }
}
