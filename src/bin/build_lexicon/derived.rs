//! What WordNet and VerbNet add to the verbs of the trigger table:
//!
//! - the WordNet sense of a CAMEO verb: CAMEO's verb blocks are WordNet synonym sets, so
//!   the sense is a synset the verb shares with another verb of its block (else its most
//!   frequent sense);
//! - prepositions of its frame from the VerbNet classes of that sense: a preposition
//!   whose phrase is a party (Co-Agent, Recipient, Beneficiary, ..., or an animate Theme
//!   or Goal) introduces the target ("fight with X", "rebel against X");
//! - phrasal verbs: the particle verbs of that sense ("lash out" beside "attack");
//! - noun forms: the nouns WordNet derives from that sense, when the derived sense is the
//!   noun's most frequent one and the noun is made with a suffix (a noun spelled like its
//!   verb names other things too: "charge", "rally", "storm", "target"): event nouns from
//!   noun.act, noun.communication, noun.event and noun.state ("condemnation",
//!   "deployment", "refusal"); agent nouns from noun.person for verbal stances only (CAMEO
//!   05, 10-13: "endorser", "accuser"), since the modifier of a violent or commercial agent
//!   noun is its own side, not its target ("Hamas fighters", "US investors"), and never a
//!   noun of the one the act is done to ("detainee").

use super::*;

/// How the WordNet senses of the trigger verbs are chosen.
pub(crate) struct Senses<'w> {
    pub(crate) wordnet: &'w WordNet,
    /// Each CAMEO verb's block: its synonyms.
    synonyms: &'w BTreeMap<String, Vec<String>>,
}

impl<'w> Senses<'w> {
    pub(crate) fn new(wordnet: &'w WordNet, synonyms: &'w BTreeMap<String, Vec<String>>) -> Self {
        Senses { wordnet, synonyms }
    }

    /// The verb synsets of the CAMEO sense of `lemma`.
    pub(crate) fn verb_synsets(&self, lemma: &str) -> Vec<u32> {
        let all = self.wordnet.senses('v', lemma);
        let block = self.synonyms.get(lemma);
        let shared: Vec<u32> = all
            .iter()
            .copied()
            .filter(|&o| {
                let Some(s) = self.wordnet.synset('v', o) else {
                    return false;
                };
                block.is_some_and(|b| {
                    b.iter()
                        .any(|m| m != lemma && s.words.iter().any(|(w, _)| w == m))
                })
            })
            .collect();
        if shared.is_empty() {
            all.iter().take(1).copied().collect()
        } else {
            shared
        }
    }
}

/// The verb rows of a relation that WordNet and VerbNet can extend: single verbs in the
/// sense of the word alone.
fn relation_verbs(rows: &TriggerRows) -> Vec<TriggerRow> {
    rows.values()
        .filter(|r| r.pos == "verb" && r.object == "-" && r.class != "none")
        .cloned()
        .collect()
}

/// Whether a party of `role` is the target of a relation of `class`: a Beneficiary only of
/// support ("provide X for Y", not "seize X for Y"), a Maleficiary only of hostility, a
/// Recipient only of a meeting or support ("talk to X", "supply X to Y"; not "complain to
/// X"), a Source only of hostility ("distance oneself from X", not "shelter X from Y").
fn role_fits(role: &str, class: &str) -> bool {
    match role {
        "Beneficiary" => class == "backs",
        "Maleficiary" => class == "opposes",
        // the hearer of a complaint or an allegation is not its target
        "Recipient" => class != "opposes",
        // what one distances oneself from, not what one shelters from
        "Source" => class == "opposes",
        _ => true,
    }
}

/// Adds to each relation verb's frame the prepositions VerbNet gives its party in the
/// classes of its sense.
pub(crate) fn add_verbnet_frames(
    rows: &mut TriggerRows,
    senses: &Senses<'_>,
    verbnet: &VerbNet,
    report: &mut Report,
) {
    for verb in relation_verbs(rows) {
        let synsets = senses.verb_synsets(&verb.lemma);
        let fitting = verbnet.fitting(senses.wordnet, &verb.lemma, &synsets);
        if fitting.is_empty() {
            continue;
        }
        report.add("verbnet: verbs with a class of their sense");
        let mut frame = verb.frame.clone();
        // (a party right after the verb is not trusted: VerbNet's syntax leaves out the
        // preposition of some frames, "agree PP.co-agent" written "VERB NP.Co-Agent")
        for sense in fitting {
            for (p, role) in &sense.preps {
                if !role_fits(role, &verb.class) {
                    continue;
                }
                if FRAME_PREPOSITIONS.contains(&p.as_str()) && p != "of" {
                    frame = merge_frames(&frame, &format!("prep:{p}"));
                }
            }
        }
        if frame != verb.frame {
            let added = frame
                .split(',')
                .filter(|f| !verb.frame.split(',').any(|g| g == *f))
                .count();
            for _ in 0..added {
                report.add("verbnet: frame values added");
            }
            let row = rows.get_mut(&verb.key()).expect("a row of the table");
            row.frame = frame;
            row.sources.insert("verbnet");
        }
    }
}

/// Adds the particle verbs of each relation verb's sense (its synonyms: "lash out" beside
/// "attack"), when that sense is the particle verb's only one; troponyms are too loose
/// ("set up" under "supply").
pub(crate) fn add_phrasal_verbs(rows: &mut TriggerRows, senses: &Senses<'_>, report: &mut Report) {
    let wn = senses.wordnet;
    let mut new = TriggerRows::new();
    for verb in relation_verbs(rows) {
        for offset in senses.verb_synsets(&verb.lemma) {
            let Some(synset) = wn.synset('v', offset) else {
                continue;
            };
            for (word, _) in &synset.words {
                let parts: Vec<&str> = word.split(' ').collect();
                let is_phrasal = parts.len() == 2
                    && PARTICLES.contains(&parts[1])
                    && parts[0].chars().all(|c| c.is_ascii_lowercase());
                // the sense must be the phrasal verb's only one: "pick up" is a synonym of
                // "arrest" in one of its sixteen senses
                if !is_phrasal || wn.senses('v', word) != [offset] {
                    continue;
                }
                let key = (word.clone(), "idiom".to_string(), "-".to_string());
                if rows.contains_key(&key) || new.contains_key(&key) {
                    continue;
                }
                let frame = particle_frame(&verb.class);
                let mut row = TriggerRow::new(word, "idiom", "-", &verb.cameo, frame, "wordnet");
                row.class = verb.class.clone();
                new.insert(key, row);
                report.add("wordnet: phrasal verbs of a verb's sense");
            }
        }
    }
    rows.extend(new);
}

/// The frame of a noun derived from a verb with `frame` and `class`: an agent noun takes
/// its target as possessor, compound or "of" phrase ("Hamas's backers", "critics of X"); an
/// event noun keeps the verb's prepositions, and the verb's object becomes an "of" phrase
/// of a hostile event ("condemnation of X"), a "for" phrase of support ("backing for X")
/// or a "with" phrase of a meeting ("consultation with X").
pub(crate) fn noun_frame(frame: &str, class: &str, agent: bool) -> String {
    let values: Vec<&str> = frame.split(',').collect();
    let mutual = if values.contains(&"mutual") {
        "mutual"
    } else {
        ""
    };
    if agent {
        return merge_frames("agent_noun,prep:of", mutual);
    }
    let mut out = merge_frames("event_noun", mutual);
    for v in values.iter().filter(|v| v.starts_with("prep:")) {
        out = merge_frames(&out, v);
    }
    if values.contains(&"obj") {
        let of_object = match class {
            "opposes" => "prep:of",
            "backs" => "prep:for",
            "meets" => "prep:with",
            _ => "",
        };
        out = merge_frames(&out, of_object);
    }
    out
}

/// Endings of event nouns made from verbs ("condemnation", "deployment", "refusal").
const EVENT_SUFFIXES: &[&str] = &[
    "ion", "ment", "ance", "ence", "ancy", "ency", "al", "ure", "ery", "ism", "acy",
];
/// Endings of agent nouns made from verbs ("endorser", "accuser", "opponent").
const AGENT_SUFFIXES: &[&str] = &["er", "or", "ist", "ant", "ent"];
/// CAMEO roots whose agent nouns are stances toward their modifier: appeals and
/// diplomatic cooperation (05), demands, disapproval, rejection, threats (10-13).
const STANCE_ROOTS: &[&str] = &["05", "10", "11", "12", "13"];

/// Whether `noun`, derived from `verb`, is made with a suffix of its kind.
fn suffixed(noun: &str, verb: &str, agent: bool) -> bool {
    let suffixes = if agent {
        AGENT_SUFFIXES
    } else {
        EVENT_SUFFIXES
    };
    noun != verb && suffixes.iter().any(|s| noun.ends_with(s))
}

/// Adds the nouns WordNet derives from the sense of each relation verb; `generic` holds
/// the agent nouns and titles of the lexicon ("fighter", "minister"), which are no
/// triggers.
pub(crate) fn add_noun_forms(
    rows: &mut TriggerRows,
    senses: &Senses<'_>,
    generic: &BTreeSet<String>,
    report: &mut Report,
) {
    let wn = senses.wordnet;
    let mut new = TriggerRows::new();
    for verb in relation_verbs(rows) {
        for offset in senses.verb_synsets(&verb.lemma) {
            for (noun, target) in wn.derived_nouns(offset, &verb.lemma) {
                if noun.contains(' ') || !noun.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    continue;
                }
                let Some(lexfile) = wn.synset('n', target).map(|s| s.lexfile) else {
                    continue;
                };
                let agent = lexfile == PERSON_NOUN_FILE;
                if !agent && !EVENT_NOUN_FILES.contains(&lexfile) {
                    report.add("wordnet: derived nouns of another kind (artifact, attribute, ...)");
                    continue;
                }
                if wn.sense_rank('n', &noun, target) != Some(0) {
                    report.add("wordnet: derived nouns in another than their first sense");
                    continue;
                }
                if !suffixed(&noun, &verb.lemma, agent) {
                    report.add("wordnet: derived nouns without a suffix of their kind");
                    continue;
                }
                if agent && !STANCE_ROOTS.contains(&verb.cameo.get(..2).unwrap_or("")) {
                    report.add("wordnet: agent nouns of other than a verbal stance");
                    continue;
                }
                if generic.contains(&noun) {
                    report.add("wordnet: derived nouns that are agent nouns or titles");
                    continue;
                }
                let key = (noun.clone(), "noun".to_string(), "-".to_string());
                if rows.contains_key(&key) {
                    report.add("wordnet: derived nouns the table has");
                    continue;
                }
                if new.contains_key(&key) {
                    continue;
                }
                let frame = noun_frame(&verb.frame, &verb.class, agent);
                let mut row = TriggerRow::new(&noun, "noun", "-", &verb.cameo, &frame, "wordnet");
                row.class = verb.class.clone();
                new.insert(key, row);
                report.add(if agent {
                    "wordnet: agent nouns"
                } else {
                    "wordnet: event nouns"
                });
            }
        }
    }
    rows.extend(new);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_frames_follow_the_verb() {
        assert_eq!(noun_frame("obj", "opposes", false), "prep:of,event_noun");
        assert_eq!(
            noun_frame("obj,prep:to", "backs", false),
            "prep:to,prep:for,event_noun"
        );
        assert_eq!(
            noun_frame("obj,prep:with,mutual", "meets", false),
            "prep:with,mutual,event_noun"
        );
        assert_eq!(noun_frame("obj", "backs", true), "prep:of,agent_noun");
    }
}
