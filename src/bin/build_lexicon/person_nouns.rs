//! `person_nouns.tsv`: the common nouns WordNet files first of all as people (lexicographer
//! file noun.person: "researcher", "teacher", "blogger") that the agent table lacks, with
//! their plurals. A people's word in front of one names a person or a group of that people
//! ("a French researcher", "German scientists"), not the people's country.

use super::*;

/// One row: a noun form and whether it names one person or many.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct PersonNounRow {
    pub(crate) noun: String,
    /// `individual` (the lemma) or `collective` (its plural).
    pub(crate) kind: &'static str,
}

/// The single-word lemmas whose most frequent sense is a common noun of noun.person (no
/// instance, "Einstein"; no capitalised word, "American", "Democrat") and that neither
/// the agent nouns, the titles nor the relation triggers naming an agent ("backer",
/// "rival": `agent_noun` frame, a relation to what goes with them) claim, in singular and
/// plural.
pub(crate) fn build_person_nouns(
    wordnet: &WordNet,
    agents: &[AgentRow],
    titles: &[TitleRow],
    triggers: &[TriggerRow],
) -> Vec<PersonNounRow> {
    let relation_nouns = triggers
        .iter()
        .filter(|t| t.pos == "noun" && t.frame.split(',').any(|f| f == "agent_noun"))
        .map(|t| t.lemma.as_str());
    let claimed: BTreeSet<&str> = agents
        .iter()
        .map(|a| a.noun.as_str())
        .chain(titles.iter().map(|t| t.title.as_str()))
        .chain(relation_nouns)
        .collect();
    let mut rows = BTreeSet::new();
    for lemma in wordnet.lemmas('n') {
        if lemma.len() < 3 || !lemma.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let Some(first) = wordnet.senses('n', lemma).first() else {
            continue;
        };
        let Some(synset) = wordnet.synset('n', *first) else {
            continue;
        };
        let common = synset
            .words
            .iter()
            .zip(&synset.capitalized)
            .any(|((w, _), &cap)| w == lemma && !cap);
        if synset.lexfile != PERSON_NOUN_FILE
            || !common
            || synset.pointers.iter().any(|p| p.symbol == "@i")
        {
            continue;
        }
        let plural = pluralize(lemma);
        if claimed.contains(lemma) || claimed.contains(plural.as_str()) {
            continue;
        }
        rows.insert(PersonNounRow {
            noun: lemma.to_string(),
            kind: "individual",
        });
        if plural != lemma {
            rows.insert(PersonNounRow {
                noun: plural,
                kind: "collective",
            });
        }
    }
    // a plural that is also another lemma ("people"-like forms) keeps one row
    let mut out: Vec<PersonNounRow> = Vec::with_capacity(rows.len());
    for r in rows {
        if out.last().is_none_or(|l: &PersonNounRow| l.noun != r.noun) {
            out.push(r);
        }
    }
    out
}

pub(crate) fn render_person_nouns(rows: &[PersonNounRow]) -> String {
    render_pairs(
        columns::PERSON_NOUNS,
        rows.iter().map(|r| (r.noun.as_str(), r.kind)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_person_nouns_outside_the_agent_table_with_their_plurals() {
        let wn = WordNet::load(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/bin/build_lexicon/testdata/wordnet"
        )))
        .unwrap();
        let agents = [AgentRow {
            noun: "supplier".into(),
            sector: "CVL".into(),
            kind: "individual".into(),
        }];
        let rows = build_person_nouns(&wn, &agents, &[], &[]);
        let nouns: Vec<&str> = rows.iter().map(|r| r.noun.as_str()).collect();
        // the agent table's own noun is left out, and so is its plural; a word whose most
        // frequent sense is no person ("fan": a device first) is no person noun
        for absent in ["supplier", "suppliers", "fan", "fans"] {
            assert!(!nouns.contains(&absent), "{absent}: {nouns:?}");
        }
        for (noun, kind) in [("donor", "individual"), ("donors", "collective")] {
            assert!(
                rows.iter().any(|r| r.noun == noun && r.kind == kind),
                "{noun} {kind}: {nouns:?}"
            );
        }
    }
}
