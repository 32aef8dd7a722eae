//! Quoted speech: the stretches of a document between quotation marks, and the mention
//! that speaks each ("'We will not back down,' said Ann Cole": Ann Cole speaks the quote).
//!
//! Marks pair up in text order, double and single quotes apart; a mark that opens a
//! sentence always opens a stretch (a quotation that runs over paragraphs reopens at each
//! one, leaving the last unclosed); a stretch left open longer than
//! [`MAX_QUOTE_SENTENCES`] was a stray mark. A single quote counts only where the tagger
//! made it punctuation (not the possessive of "ministers' "). The speaker is the subject of
//! a speech verb ([`WordClass::QuotationVerb`]) right after the closing mark ("..." said X,
//! "..." X said), else right before the opening one (X said: "..."), else that of the
//! stretch it continues or that continues it, in the next sentence.
//!
//! A briefing transcript's answers are stretches too (`transcript_answer`): "A: We firmly
//! oppose it" runs from its label over the sentences after it up to the next label ("Q:",
//! "A:"), and is spoken by the subject of the sentence that opens the transcript, right
//! before its first question ("Spokeswoman Ann Cole gave the regular briefing on Monday.
//! Q: ... A: ...").

use super::Tokens;
use crate::lexicon::{WordClass, Words};
use crate::nlp::{DepRel, Upos};

/// Sentences a quotation may run over before an unclosed mark counts as stray.
pub const MAX_QUOTE_SENTENCES: usize = 6;

/// Words between a closing mark and its speech verb, or between the verb and the speaker
/// when the sentence has no tree, at most: `," the minister of defence said`.
const MAX_ATTRIBUTION_GAP: usize = 6;

/// Words of an apposition that may follow a speaker's description before its speech verb,
/// besides [`MAX_ATTRIBUTION_GAP`], at most: `,' the union's chairwoman, Ann Cole, said`.
const MAX_APPOSITION_WORDS: usize = 6;

/// The quoted stretches of a document and who speaks them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quotes {
    /// For each mention, the stretch it stands in (the innermost), if any.
    pub stretch: Vec<Option<usize>>,
    /// For each stretch, the mention that speaks it, when the text says.
    pub speakers: Vec<Option<usize>>,
    /// For each stretch, whether it is a briefing transcript's answer.
    pub answers: Vec<bool>,
}

impl Quotes {
    /// The speaker of the stretch mention `m` stands in.
    pub fn speaker_of(&self, m: usize) -> Option<usize> {
        self.stretch
            .get(m)
            .copied()
            .flatten()
            .and_then(|q| self.speakers[q])
    }

    /// Mention `m` stands in a briefing transcript's answer.
    pub fn in_answer(&self, m: usize) -> bool {
        self.stretch
            .get(m)
            .copied()
            .flatten()
            .is_some_and(|q| self.answers[q])
    }
}

/// A position: sentence and token.
type Pos = (usize, usize);

/// One quoted stretch: strictly between `open` and `close`. A stretch closed by the end
/// of its sentence has its close one past the last token.
#[derive(Debug, Clone, Copy)]
struct Stretch {
    open: Pos,
    close: Pos,
    /// Closed by a mark (not by the end of a sentence).
    marked: bool,
    /// A briefing transcript's answer ([`answer_stretches`]).
    answer: bool,
}

/// Finds the quoted stretches of `sentences` and the speaker of each among `mentions`
/// (sentence, first token, end token; in text order).
pub fn find_quotes(
    sentences: &[Tokens<'_>],
    mentions: &[(usize, usize, usize)],
    words: &Words,
) -> Quotes {
    let mut stretches = stretches(sentences, words);
    stretches.extend(answer_stretches(sentences, words));
    stretches.sort_by_key(|q| q.open);
    let mention_at = |s: usize, t: usize| {
        mentions
            .iter()
            .position(|&(ms, a, b)| ms == s && a <= t && t < b)
    };
    let inside = |p: Pos| {
        stretches
            .iter()
            .enumerate()
            .filter(|(_, q)| q.open < p && p < q.close)
            .map(|(i, _)| i)
            .next_back()
    };
    let stretch: Vec<Option<usize>> = mentions.iter().map(|&(s, a, _)| inside((s, a))).collect();
    let briefer = briefer(sentences, words, &mention_at);
    let mut speakers: Vec<Option<usize>> = stretches
        .iter()
        .map(|q| {
            if q.answer {
                return briefer;
            }
            let after = q
                .marked
                .then(|| speaker_after(sentences, words, q.close, &mention_at))
                .flatten();
            after.or_else(|| speaker_before(sentences, words, q.open, &mention_at))
        })
        .map(|m| m.filter(|&m| stretch[m].is_none()))
        .collect();
    // a stretch that runs on into the next sentence's shares its speaker
    for _ in 0..2 {
        for i in 0..stretches.len() {
            for j in [i.wrapping_sub(1), i + 1] {
                let Some(other) = stretches.get(j) else {
                    continue;
                };
                let (first, second) = if j < i {
                    (other, &stretches[i])
                } else {
                    (&stretches[i], other)
                };
                let continues = (second.open.1 == 0 && second.open.0 == first.close.0 + 1
                    || !first.marked && second.open.0 == first.open.0 + 1)
                    && !first.answer
                    && !second.answer;
                if speakers[i].is_none() && continues {
                    speakers[i] = speakers[j];
                }
            }
        }
    }
    let answers = stretches.iter().map(|q| q.answer).collect();
    Quotes {
        stretch,
        speakers,
        answers,
    }
}

/// Sentence `toks` opens with a transcript's label of `class` and its mark ("Q:", "A:"),
/// and has words after them.
fn labelled(toks: &Tokens<'_>, words: &Words, class: WordClass) -> bool {
    toks.len() > 2
        && words.has(class, &toks.lower[0])
        && words.has(WordClass::TranscriptLabelMark, &toks.lower[1])
}

/// The answers of a briefing transcript: from each answer's label over the sentences after
/// it, up to the next label or [`MAX_QUOTE_SENTENCES`] sentences.
fn answer_stretches(sentences: &[Tokens<'_>], words: &Words) -> Vec<Stretch> {
    let label = |s: usize| {
        labelled(&sentences[s], words, WordClass::TranscriptQuestion)
            || labelled(&sentences[s], words, WordClass::TranscriptAnswer)
    };
    (0..sentences.len())
        .filter(|&s| labelled(&sentences[s], words, WordClass::TranscriptAnswer))
        .map(|s| {
            let last = (s + 1..sentences.len().min(s + MAX_QUOTE_SENTENCES))
                .take_while(|&x| !label(x))
                .last()
                .unwrap_or(s);
            Stretch {
                open: (s, 1),
                close: (last, sentences[last].len()),
                marked: false,
                answer: true,
            }
        })
        .collect()
}

/// The one who gives the answers of a briefing transcript: the subject of the main clause
/// of the sentence right before its first question ("Spokeswoman Ann Cole gave the
/// regular briefing on Monday. Q: ..."), when the sentence has a tree.
fn briefer(
    sentences: &[Tokens<'_>],
    words: &Words,
    mention_at: &dyn Fn(usize, usize) -> Option<usize>,
) -> Option<usize> {
    let first = sentences
        .iter()
        .position(|toks| labelled(toks, words, WordClass::TranscriptQuestion))?;
    let s = first.checked_sub(1)?;
    let toks = &sentences[s];
    let root = (0..toks.len()).find(|&t| toks.has_tree && toks.head(t).is_none())?;
    let subject = (0..toks.len())
        .find(|&t| toks.head(t) == Some(root) && toks.deprels[t].base() == DepRel::Nsubj)?;
    mention_at(s, subject)
}

/// The stretches between paired quotation marks.
fn stretches(sentences: &[Tokens<'_>], words: &Words) -> Vec<Stretch> {
    let mut out = Vec::new();
    // the open mark of each kind: its position and word
    let mut open: Vec<(Pos, &str)> = Vec::new();
    for (s, toks) in sentences.iter().enumerate() {
        for t in 0..toks.len() {
            let w = toks.lower[t].as_str();
            if toks.upos[t] != Upos::Punct || !words.has(WordClass::QuoteMark, w) {
                continue;
            }
            let same = open.iter().position(|&(_, k)| k == w);
            match same {
                Some(i) if t > 0 && open[i].0.0 + MAX_QUOTE_SENTENCES >= s => {
                    let (o, _) = open.remove(i);
                    out.push(Stretch {
                        open: o,
                        close: (s, t),
                        marked: true,
                        answer: false,
                    });
                }
                Some(i) => {
                    // a new paragraph's opening mark: the quote before ends with its sentence
                    let (o, _) = open.remove(i);
                    if s > 0 && o.0 + MAX_QUOTE_SENTENCES >= s {
                        out.push(Stretch {
                            open: o,
                            close: (s - 1, sentences[s - 1].len()),
                            marked: false,
                            answer: false,
                        });
                    }
                    open.push(((s, t), w));
                }
                None => open.push(((s, t), w)),
            }
        }
    }
    // an opening mark never closed: the quote runs to the end of its sentence
    for ((s, t), _) in open {
        out.push(Stretch {
            open: (s, t),
            close: (s, sentences[s].len()),
            marked: false,
            answer: false,
        });
    }
    out.sort_by_key(|q| q.open);
    out
}

/// The speech verb of `[from, to)` of a sentence nearest to `near`.
fn speech_verb(
    toks: &Tokens<'_>,
    words: &Words,
    from: usize,
    to: usize,
    near: usize,
) -> Option<usize> {
    (from..to.min(toks.len()))
        .filter(|&t| {
            toks.upos[t] == Upos::Verb && words.has(WordClass::QuotationVerb, &toks.lemmas[t])
        })
        .min_by_key(|&t| t.abs_diff(near))
}

/// The mention that is the subject of speech verb `v` of sentence `s`: its `nsubj` in a
/// tree, else the mention nearest to it within `[from, to)`.
fn subject_of(
    toks: &Tokens<'_>,
    s: usize,
    v: usize,
    (from, to): (usize, usize),
    mention_at: &dyn Fn(usize, usize) -> Option<usize>,
) -> Option<usize> {
    if toks.has_tree {
        let subject = (0..toks.len())
            .find(|&t| toks.head(t) == Some(v) && toks.deprels[t].base() == DepRel::Nsubj);
        if let Some(t) = subject {
            return mention_at(s, t);
        }
    }
    let near = |t: usize| t.abs_diff(v) <= MAX_ATTRIBUTION_GAP;
    (from..to.min(toks.len()))
        .filter(|&t| t != v && near(t))
        .filter_map(|t| mention_at(s, t).map(|m| (t, m)))
        .min_by_key(|&(t, _)| (t.abs_diff(v), t < v))
        .map(|(_, m)| m)
}

/// The speaker named right after a closing mark at `close`: `," said Ann Cole`.
fn speaker_after(
    sentences: &[Tokens<'_>],
    words: &Words,
    (s, close): Pos,
    mention_at: &dyn Fn(usize, usize) -> Option<usize>,
) -> Option<usize> {
    let toks = &sentences[s];
    let end = (close + 1..toks.len())
        .find(|&t| words.has(WordClass::QuoteMark, &toks.lower[t]) && toks.upos[t] == Upos::Punct)
        .unwrap_or(toks.len());
    let v = speech_verb(
        toks,
        words,
        close + 1,
        end.min(close + 2 + MAX_ATTRIBUTION_GAP),
        close,
    )
    .or_else(|| {
        // a description and a name in apposition to it: the verb is farther, with no
        // other verb before it
        let far = end.min(close + 2 + MAX_ATTRIBUTION_GAP + MAX_APPOSITION_WORDS);
        let clause = (close + 1..far)
            .find(|&t| matches!(toks.upos[t], Upos::Verb | Upos::Aux))
            .unwrap_or(far);
        speech_verb(toks, words, clause, (clause + 1).min(far), close)
    })?;
    subject_of(toks, s, v, (close + 1, end), mention_at)
}

/// The speaker named before an opening mark at `open`: `Ann Cole said: "`.
fn speaker_before(
    sentences: &[Tokens<'_>],
    words: &Words,
    (s, open): Pos,
    mention_at: &dyn Fn(usize, usize) -> Option<usize>,
) -> Option<usize> {
    let toks = &sentences[s];
    let start = (0..open)
        .rev()
        .find(|&t| words.has(WordClass::QuoteMark, &toks.lower[t]) && toks.upos[t] == Upos::Punct)
        .map_or(0, |t| t + 1);
    let v = speech_verb(toks, words, start, open, open)?;
    subject_of(toks, s, v, (start, open), mention_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::shipped_words;

    struct Owned {
        lower: Vec<String>,
        lemmas: Vec<String>,
        upos: Vec<Upos>,
        heads: Vec<usize>,
        deprels: Vec<DepRel>,
    }

    /// A sentence of `word/UPOS[/lemma]` tokens, without a tree.
    fn sentence(spec: &str) -> Owned {
        let mut o = Owned {
            lower: Vec::new(),
            lemmas: Vec::new(),
            upos: Vec::new(),
            heads: Vec::new(),
            deprels: Vec::new(),
        };
        for t in spec.split_whitespace() {
            let f: Vec<&str> = t.split('/').collect();
            o.lower.push(f[0].to_lowercase());
            o.lemmas.push(f.get(2).unwrap_or(&f[0]).to_lowercase());
            o.upos.push(Upos::parse(f[1]).unwrap());
            o.heads.push(usize::MAX);
            o.deprels.push(DepRel::Dep);
        }
        o
    }

    fn tokens(o: &Owned) -> Tokens<'_> {
        Tokens {
            lower: &o.lower,
            lemmas: &o.lemmas,
            upos: &o.upos,
            heads: &o.heads,
            deprels: &o.deprels,
            has_tree: false,
            entities: &[],
        }
    }

    #[test]
    fn the_speaker_after_before_and_across_sentences() {
        let words = shipped_words();
        let s = [
            // 'We will not back down,' said Ann Cole.
            sentence(
                "'/PUNCT We/PRON will/AUX not/PART back/VERB down/ADP ,/PUNCT '/PUNCT said/VERB/say Ann/PROPN Cole/PROPN ./PUNCT",
            ),
            // Cole said: "We will fight.
            sentence(
                "Cole/PROPN said/VERB/say :/PUNCT \"/PUNCT We/PRON will/AUX fight/VERB ./PUNCT",
            ),
            // "We will win," he added. The ministers' view is clear.
            sentence(
                "\"/PUNCT We/PRON will/AUX win/VERB ,/PUNCT \"/PUNCT he/PRON added/VERB/add ./PUNCT",
            ),
            sentence("The/DET ministers/NOUN '/PART view/NOUN is/AUX clear/ADJ ./PUNCT"),
        ];
        let toks: Vec<Tokens<'_>> = s.iter().map(tokens).collect();
        let mentions = [
            (0, 1, 2),
            (0, 9, 11),
            (1, 0, 1),
            (1, 4, 5),
            (2, 1, 2),
            (2, 6, 7),
            (3, 0, 2),
        ];
        let q = find_quotes(&toks, &mentions, &words);
        // "We" of each sentence stands in a stretch; the speakers stand outside
        assert_eq!(
            q.stretch,
            [Some(0), None, None, Some(1), Some(2), None, None]
        );
        assert_eq!(q.speaker_of(0), Some(1), "said Ann Cole");
        // the paragraph-style quote: reopened by the next sentence, spoken by Cole
        assert_eq!(q.speaker_of(3), Some(2), "Cole said:");
        assert_eq!(q.speaker_of(4), Some(5), "he added");
        assert_eq!(q.speaker_of(1), None);
    }

    #[test]
    fn a_stray_mark_quotes_no_more_than_its_sentence() {
        let words = shipped_words();
        let s = [
            sentence("\"/PUNCT It/PRON rained/VERB ./PUNCT"),
            sentence("He/PRON left/VERB ./PUNCT"),
        ];
        let toks: Vec<Tokens<'_>> = s.iter().map(tokens).collect();
        let q = find_quotes(&toks, &[(0, 1, 2), (1, 0, 1)], &words);
        assert_eq!(q.stretch, [Some(0), None]);
        assert_eq!(q.speakers, [None]);
    }

    #[test]
    fn a_speaker_described_and_named_in_apposition_speaks() {
        let words = shipped_words();
        let s = [
            // 'We will fight Zorvia,' the union's chairwoman, Ann Cole, said.
            sentence(
                "'/PUNCT We/PRON will/AUX fight/VERB Zorvia/PROPN ,/PUNCT '/PUNCT the/DET union/NOUN 's/PART chairwoman/NOUN ,/PUNCT Ann/PROPN Cole/PROPN ,/PUNCT said/VERB/say ./PUNCT",
            ),
            // 'We will fight,' the union's chairwoman, who met Ann Cole, said.
            sentence(
                "'/PUNCT We/PRON will/AUX fight/VERB ,/PUNCT '/PUNCT the/DET union/NOUN 's/PART chairwoman/NOUN ,/PUNCT who/PRON met/VERB/meet Ann/PROPN Cole/PROPN ,/PUNCT said/VERB/say ./PUNCT",
            ),
        ];
        // each sentence alone: the second would continue the first's quotation
        let speaker = |o: &Owned, mentions: &[(usize, usize, usize)]| {
            find_quotes(&[tokens(o)], mentions, &words).speaker_of(0)
        };
        assert_eq!(
            speaker(&s[0], &[(0, 1, 2), (0, 7, 9), (0, 12, 14)]),
            Some(2),
            "the union's chairwoman, Ann Cole, said"
        );
        // a clause of its own between: its verb is not the speech verb
        assert_eq!(speaker(&s[1], &[(0, 1, 2), (0, 6, 8), (0, 13, 15)]), None);
    }
}
