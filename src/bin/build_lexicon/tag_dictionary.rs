//! `tag_dictionary.tsv`: the words the tagger may not read as a verb. The tagger reads a
//! noun after a name as a verb now and then ("an EU diplomat said", "diplomat" VBD; "the
//! Iranian envoy met"), and the parse is then built around a verb that is none. A word
//! WordNet knows as a noun and never as a verb (not itself, not as an inflected form of a
//! verb, by `verb.exc` or a regular ending), and that the Universal Dependencies training
//! files (EWT and GUM train) never tag VERB or AUX, is such a word: so are its plurals.

use super::*;

/// One row: a lower-case word and the tag class it never takes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TagDictionaryRow {
    pub(crate) word: String,
    /// `verb`: no VERB or AUX class.
    pub(crate) never: &'static str,
}

/// The UD training files the verb forms are read from, in `--ud DIR`.
pub(crate) const UD_TRAIN_FILES: &[&str] =
    &["en_ewt-ud-train.conllu", "en_gum-open-ud-train.conllu"];

/// The lower-case forms the files `UD_TRAIN_FILES` of `dir` tag VERB or AUX at least once.
pub(crate) fn ud_verb_forms(dir: &Path) -> Result<BTreeSet<String>> {
    let mut verbs = BTreeSet::new();
    for file in UD_TRAIN_FILES {
        let path = dir.join(file);
        let text = read_text(&path)?;
        let sentences =
            actorgraph::nlp::parse_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for w in sentences.iter().flat_map(|s| &s.words) {
            if w.upos == "VERB" || w.upos == "AUX" {
                verbs.insert(w.form.to_lowercase());
            }
        }
    }
    Ok(verbs)
}

/// The single-word lower-case noun lemmas of WordNet (letters and inner hyphens) written in
/// lower case in one sense at least, and their plurals, that are no verb: WordNet has no verb base form for them (`base_form('v')`:
/// the word itself, an exception of `verb.exc`, a regular ending removed) and
/// `ud_verbs` lacks them.
pub(crate) fn build_tag_dictionary(
    wordnet: &WordNet,
    ud_verbs: &BTreeSet<String>,
) -> Vec<TagDictionaryRow> {
    let is_word = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !w.starts_with('-')
            && !w.ends_with('-')
    };
    // a lemma WordNet writes capitalised in every sense is a name ("Algol", "Shikoku"),
    // and a capitalised word inside a sentence is one to the tagger's dictionary too: the
    // table leaves them out (a quarter of its rows, a quarter of its reading time)
    let common = |lemma: &str| {
        wordnet.senses('n', lemma).iter().any(|&o| {
            wordnet.synset('n', o).is_some_and(|s| {
                s.words
                    .iter()
                    .zip(&s.capitalized)
                    .any(|((w, _), &cap)| w == lemma && !cap)
            })
        })
    };
    let mut words = BTreeSet::new();
    for lemma in wordnet.lemmas('n').filter(|l| is_word(l) && common(l)) {
        words.insert(lemma.to_string());
        let plural = pluralize(lemma);
        if is_word(&plural) {
            words.insert(plural);
        }
    }
    words
        .into_iter()
        .filter(|w| wordnet.base_form('v', w).is_none() && !ud_verbs.contains(w))
        .map(|word| TagDictionaryRow {
            word,
            never: "verb",
        })
        .collect()
}

pub(crate) fn render_tag_dictionary(rows: &[TagDictionaryRow]) -> String {
    render_pairs(
        columns::TAG_DICTIONARY,
        rows.iter().map(|r| (r.word.as_str(), r.never)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_that_are_no_verb_form_nor_a_verb_of_the_treebanks() {
        let wn = WordNet::load(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/bin/build_lexicon/testdata/wordnet"
        )))
        .unwrap();
        // the treebanks tag "fan" a verb once ("they fan the flames"): not "fans"
        let ud: BTreeSet<String> = ["fan"].iter().map(|s| s.to_string()).collect();
        let rows = build_tag_dictionary(&wn, &ud);
        let words: Vec<&str> = rows.iter().map(|r| r.word.as_str()).collect();
        // nouns WordNet has no verb for, and their plurals
        for present in ["donor", "donors", "cynic", "cynics", "accuser", "fans"] {
            assert!(words.contains(&present), "{present}: {words:?}");
        }
        // a verb of WordNet ("meet", "give"), an inflection of one ("meeting": "meet" +
        // "ing"; "gives"), a verb of the treebanks and a multiword lemma are not
        for absent in [
            "meet", "meeting", "give", "gives", "giving", "fan", "cave in",
        ] {
            assert!(!words.contains(&absent), "{absent}: {words:?}");
        }
        assert!(rows.iter().all(|r| r.never == "verb"));
    }
}
