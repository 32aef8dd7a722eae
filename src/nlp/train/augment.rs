//! Training sentences made from the treebank's own: a floating quantifier ("both", "each",
//! "all") inserted where news puts it and the treebanks rarely do.
//!
//! "France and Germany have both condemned Russia": EWT and GUM train have 4 "both" and no
//! "each" between an auxiliary and its verb, and the parser trained on them reads "both"
//! as a preconjunct and "condemned" as an adjective of "Russia". A copy of every training
//! sentence whose plural subject comes before an auxiliary standing right before its verb
//! gets a quantifier after that auxiliary, annotated as UD annotates the floating
//! quantifiers it has ("they were both working": ADV RB `advmod` of the verb; "each" DET DT
//! `advmod`, as in "these companies each fit").

use crate::nlp::conllu::{ConlluLine, ConlluSentence, ConlluWord};

/// The quantifiers inserted, in turn; "both" only after a subject of two conjuncts.
const MANY: [&str; 2] = ["all", "each"];

/// A copy of `s` with `form` inserted before word `at` (0-based) as an `advmod` of word
/// `verb` (0-based); words from the insertion point on move one place right. Range and empty
/// node lines are dropped (the copy is for training, which reads the words only).
fn with_quantifier(s: &ConlluSentence, at: usize, verb: usize, form: &str) -> ConlluSentence {
    let shift = |h: u32| if h as usize > at { h + 1 } else { h };
    let mut words: Vec<ConlluWord> = s
        .words
        .iter()
        .map(|w| ConlluWord {
            head: shift(w.head),
            ..w.clone()
        })
        .collect();
    let (upos, xpos) = if form == "each" {
        ("DET", "DT")
    } else {
        ("ADV", "RB")
    };
    words.insert(
        at,
        ConlluWord {
            form: form.to_string(),
            lemma: form.to_string(),
            upos: upos.to_string(),
            xpos: xpos.to_string(),
            head: shift(verb as u32 + 1),
            deprel: "advmod".to_string(),
            misc: "_".to_string(),
        },
    );
    ConlluSentence {
        lines: (0..words.len()).map(ConlluLine::Word).collect(),
        words,
    }
}

/// Whether word `i` (0-based) of `s` is a plural subject, and how many conjuncts it heads.
fn plural_subject(s: &ConlluSentence, i: usize) -> Option<usize> {
    let w = &s.words[i];
    let conjuncts = s
        .words
        .iter()
        .filter(|d| d.head as usize == i + 1 && d.deprel == "conj")
        .count();
    let plural = matches!(w.xpos.as_str(), "NNS" | "NNPS")
        || conjuncts > 0
        || matches!(w.form.to_lowercase().as_str(), "we" | "they");
    plural.then_some(conjuncts)
}

/// One copy, with a floating quantifier after the first auxiliary, of every sentence of
/// `train` with a verb right after its auxiliaries and a plural subject before them (the
/// first such verb). The quantifiers take turns ("all", "each"; "both" for
/// every other subject of two conjuncts), so the copies are the same on every run.
pub fn floating_quantifiers(train: &[ConlluSentence]) -> Vec<ConlluSentence> {
    let mut out = Vec::new();
    let (mut many, mut two) = (0usize, 0usize);
    for s in train {
        let found = s.words.iter().enumerate().find_map(|(v, w)| {
            if w.upos != "VERB" {
                return None;
            }
            // the auxiliaries right before the verb, all its own; the quantifier goes
            // after the first ("have both been arrested")
            let is_aux = |d: &ConlluWord| {
                d.upos == "AUX"
                    && d.head as usize == v + 1
                    && matches!(d.deprel.as_str(), "aux" | "aux:pass")
            };
            let first = (0..v).rev().take_while(|&a| is_aux(&s.words[a])).last()?;
            let subject = s.words[..first].iter().position(|d| {
                d.head as usize == v + 1 && matches!(d.deprel.as_str(), "nsubj" | "nsubj:pass")
            })?;
            Some((first + 1, v, plural_subject(s, subject)?))
        });
        let Some((at, verb, conjuncts)) = found else {
            continue;
        };
        let form = if conjuncts == 1 && two % 2 == 0 {
            two += 1;
            "both"
        } else {
            two += (conjuncts == 1) as usize;
            many += 1;
            MANY[many % MANY.len()]
        };
        out.push(with_quantifier(s, at, verb, form));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::parse_conllu;

    /// A sentence in CoNLL-U from (form, upos, xpos, head, deprel) rows.
    fn sentence(rows: &[(&str, &str, &str, u32, &str)]) -> ConlluSentence {
        let text: String = rows
            .iter()
            .enumerate()
            .map(|(i, (f, u, x, h, d))| {
                format!("{}\t{f}\t{f}\t{u}\t{x}\t_\t{h}\t{d}\t_\t_\n", i + 1)
            })
            .collect();
        parse_conllu(&text).expect("test sentence").remove(0)
    }

    fn shown(s: &ConlluSentence) -> String {
        s.words
            .iter()
            .map(|w| format!("{}/{}/{}/{}", w.form, w.xpos, w.head, w.deprel))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_quantifier_floats_after_the_auxiliary_of_a_plural_subject() {
        let two = sentence(&[
            ("France", "PROPN", "NNP", 5, "nsubj"),
            ("and", "CCONJ", "CC", 3, "cc"),
            ("Germany", "PROPN", "NNP", 1, "conj"),
            ("have", "AUX", "VBP", 5, "aux"),
            ("condemned", "VERB", "VBN", 0, "root"),
            ("Russia", "PROPN", "NNP", 5, "obj"),
            (".", "PUNCT", ".", 5, "punct"),
        ]);
        let plural = sentence(&[
            ("Officials", "NOUN", "NNS", 3, "nsubj:pass"),
            ("were", "AUX", "VBD", 3, "aux:pass"),
            ("arrested", "VERB", "VBN", 0, "root"),
        ]);
        let single = sentence(&[
            ("He", "PRON", "PRP", 3, "nsubj"),
            ("has", "AUX", "VBZ", 3, "aux"),
            ("left", "VERB", "VBN", 0, "root"),
        ]);
        let question = sentence(&[
            ("Have", "AUX", "VBP", 3, "aux"),
            ("they", "PRON", "PRP", 3, "nsubj"),
            ("left", "VERB", "VBN", 0, "root"),
        ]);
        let apart = sentence(&[
            ("They", "PRON", "PRP", 4, "nsubj"),
            ("have", "AUX", "VBP", 4, "aux"),
            ("not", "PART", "RB", 4, "advmod"),
            ("left", "VERB", "VBN", 0, "root"),
        ]);
        let chain = sentence(&[
            ("They", "PRON", "PRP", 4, "nsubj:pass"),
            ("have", "AUX", "VBP", 4, "aux"),
            ("been", "AUX", "VBN", 4, "aux:pass"),
            ("arrested", "VERB", "VBN", 0, "root"),
        ]);
        let copies = floating_quantifiers(&[
            two.clone(),
            plural,
            single,
            question,
            apart,
            two.clone(),
            chain,
        ]);
        let got: Vec<String> = copies.iter().map(shown).collect();
        assert_eq!(
            got,
            [
                "France/NNP/6/nsubj and/CC/3/cc Germany/NNP/1/conj have/VBP/6/aux \
                 both/RB/6/advmod condemned/VBN/0/root Russia/NNP/6/obj ././6/punct",
                "Officials/NNS/4/nsubj:pass were/VBD/4/aux:pass each/DT/4/advmod \
                 arrested/VBN/0/root",
                "France/NNP/6/nsubj and/CC/3/cc Germany/NNP/1/conj have/VBP/6/aux \
                 all/RB/6/advmod condemned/VBN/0/root Russia/NNP/6/obj ././6/punct",
                "They/PRP/5/nsubj:pass have/VBP/5/aux each/DT/5/advmod been/VBN/5/aux:pass \
                 arrested/VBN/0/root",
            ]
        );
        assert_eq!(copies[0].lines.len(), copies[0].words.len());
    }
}
