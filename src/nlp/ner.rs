//! Entity recognizer: greedy left-to-right BILOU tagging with an averaged perceptron.
//!
//! Each token gets O or B/I/L/U (begin, inside, last, unit) of PER, ORG, LOC or MISC;
//! only tag sequences that form well-nested spans are allowed, so the output always
//! decodes to non-overlapping entities.

use super::EntitySpan;
use super::features::{WordInfo, f1, f2, f3, flag};
use super::model_io::{Bytes, ModelReader, ModelWriter};
use super::perceptron::{Linear, ModelId, RowCache, add_pad_rows, add_word_rows, argmax_i32};
use super::tags::{EntityLabel, Upos, Xpos};
use crate::error::Result;

/// Number of BILOU classes: O plus four per label.
pub(crate) const N_CLASSES: usize = 1 + 4 * 4;
const START: u64 = 0xfff;
/// Features with weights for at least this many classes get a dense row.
const DENSE_MIN: usize = 12;

/// Position of a token in an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Begin = 0,
    Inside = 1,
    Last = 2,
    Unit = 3,
}

/// The class of `part` of an entity of `label`.
pub(crate) fn class(label: EntityLabel, part: Part) -> usize {
    1 + 4 * label.id() as usize + part as usize
}

fn decode(c: usize) -> Option<(EntityLabel, usize)> {
    if c == 0 {
        None
    } else {
        Some((EntityLabel::from_id(((c - 1) / 4) as u8)?, (c - 1) % 4))
    }
}

/// True when class `c` may follow class `prev` (`None` at the start).
pub(crate) fn allowed(prev: Option<usize>, c: usize) -> bool {
    let open = prev.and_then(decode).filter(|&(_, p)| p == 0 || p == 1);
    match (open, decode(c)) {
        (Some((l, _)), Some((m, p))) => l == m && (p == 1 || p == 2),
        (Some(_), None) => false,
        (None, Some((_, p))) => p == 0 || p == 3,
        (None, None) => true,
    }
}

/// True when class `c` may end a sentence.
fn can_end(c: usize) -> bool {
    decode(c).is_none_or(|(_, p)| p == 2 || p == 3)
}

/// The spans of a valid class sequence.
pub(crate) fn spans(classes: &[usize]) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in classes.iter().enumerate() {
        if let Some((label, p)) = decode(c) {
            if p == 0 || p == 3 {
                start = i;
            }
            if p == 2 || p == 3 {
                out.push(EntitySpan {
                    start,
                    end: i + 1,
                    label,
                });
            }
        }
    }
    out
}

/// The class sequence of spans over `n` tokens.
pub(crate) fn classes_of(spans: &[EntitySpan], n: usize) -> Vec<usize> {
    let mut out = vec![0; n];
    for s in spans {
        if s.end - s.start == 1 {
            out[s.start] = class(s.label, Part::Unit);
        } else {
            out[s.start] = class(s.label, Part::Begin);
            for c in &mut out[s.start + 1..s.end - 1] {
                *c = class(s.label, Part::Inside);
            }
            out[s.end - 1] = class(s.label, Part::Last);
        }
    }
    out
}

/// The recognizer's view of a token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NerToken {
    pub w: WordInfo,
    pub tag: u64,
}

impl NerToken {
    /// The token for word facts and tags.
    pub fn new(w: &WordInfo, upos: Upos, xpos: Xpos) -> NerToken {
        NerToken {
            w: *w,
            tag: (upos.id() as u64) << 8 | xpos.id() as u64,
        }
    }
}

fn at(toks: &[NerToken], i: usize, k: isize) -> Option<&NerToken> {
    let j = i as isize + k;
    if j < 0 || j as usize >= toks.len() {
        None
    } else {
        Some(&toks[j as usize])
    }
}

fn shape(toks: &[NerToken], i: usize, k: isize) -> u64 {
    at(toks, i, k).map_or(WordInfo::PAD, |x| x.w.short_shape)
}

/// Number of features [`static_features`] gives per token.
pub(crate) const N_STATIC: usize = 32;

/// The features of token `i` that do not depend on earlier decisions (appended to
/// `out`, exactly [`N_STATIC`] of them).
pub(crate) fn static_features(toks: &[NerToken], caps: u64, i: usize, out: &mut Vec<u64>) {
    // The same features whatever their order: the scores are integer sums.
    word_features(&toks[i], out);
    context_features(toks, caps, i, out);
}

/// The features of token `i` that depend on the classes `p1`, `p2` of the two tokens
/// before it (appended to `out`).
pub(crate) fn history_features(toks: &[NerToken], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let t = &toks[i];
    out.push(f1(25, p1));
    out.push(f2(26, p1, p2));
    out.push(f2(27, p1, t.w.form));
    out.push(f2(28, p1, t.w.short_shape));
    out.push(f2(29, p1, t.tag));
    out.push(f2(37, p1, shape(toks, i, 1)));
}

/// All the features of token `i` given the classes of the two tokens before it (as
/// trained on).
pub(crate) fn features(
    toks: &[NerToken],
    caps: u64,
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u64>,
) {
    out.clear();
    static_features(toks, caps, i, out);
    history_features(toks, i, p1, p2, out);
}

/// Whether most words of the sentence are capitalized (headlines, all-caps text), where
/// capitals say little about names.
pub(crate) fn sentence_caps(toks: &[NerToken]) -> u64 {
    let letters = toks
        .iter()
        .filter(|t| t.w.flags & flag::PUNCT == 0)
        .count()
        .max(1);
    let upper = toks.iter().filter(|t| t.w.flags & flag::UPPER != 0).count();
    let title = toks.iter().filter(|t| t.w.flags & flag::TITLE != 0).count();
    if upper * 2 > letters {
        2
    } else if title * 3 > letters * 2 {
        1
    } else {
        0
    }
}

/// Reusable buffers for recognizing entities.
#[derive(Debug, Default)]
pub(crate) struct NerScratch {
    feats: Vec<u64>,
    /// The next token's history features, asked for ahead.
    ahead: Vec<u64>,
    scores: Vec<i32>,
    classes: Vec<usize>,
    /// Tokens whose word was not in the cache, and their summed word features.
    missed: Vec<usize>,
    rows: Vec<i32>,
    cache: WordCache,
    /// The rows a missing neighbour gives (rows 1 to 4 of [`N_ROWS`], for the cache's
    /// model): made again whenever the cache is emptied for another model.
    pads: Vec<i32>,
}

/// Words whose summed [`word_features`] weights are kept, per thread.
const CACHE_SLOTS: usize = 1024;

/// The summed weights of the [`word_features`] and the [`neighbour_features`] of recently
/// seen words ([`N_ROWS`] rows an entry), keyed by the word's facts and tags (see
/// [`RowCache`]).
type WordCache = RowCache<(WordInfo, u64), CACHE_SLOTS>;

/// Number of features [`word_features`] gives per token.
const N_WORD: usize = 12;
/// Number of features [`context_features`] gives per token.
const N_CONTEXT: usize = N_STATIC - N_WORD;

/// The features of [`static_features`] that depend on the token's word and tags alone
/// (exactly [`N_WORD`] of them): the same wherever the word stands, which is what
/// [`WordCache`] keeps.
fn word_features(t: &NerToken, out: &mut Vec<u64>) {
    let w = &t.w;
    out.push(f1(0, 0));
    out.push(f1(1, w.form));
    out.push(f1(2, w.lower));
    out.extend_from_slice(&w.prefix);
    out.extend_from_slice(&w.suffix);
    out.push(f1(13, t.tag));
    out.push(f2(32, w.suffix[2], t.tag));
}

/// The other features of [`static_features`]: those of the token's neighbours, its place
/// and the sentence's capitals (exactly [`N_CONTEXT`] of them).
fn context_features(toks: &[NerToken], caps: u64, i: usize, out: &mut Vec<u64>) {
    let t = &toks[i];
    let w = &t.w;
    let form = |k| at(toks, i, k).map_or(WordInfo::PAD, |x: &NerToken| x.w.form);
    let lower = |k| at(toks, i, k).map_or(WordInfo::PAD, |x: &NerToken| x.w.lower);
    let shape = |k| shape(toks, i, k);
    let tag = |k| at(toks, i, k).map_or(WordInfo::PAD, |x: &NerToken| x.tag);
    let first = (i == 0) as u64;
    out.push(f2(10, w.shape, caps));
    out.push(f2(11, w.short_shape, first));
    out.push(f3(12, w.flags as u64, first, caps));
    out.push(f1(14, lower(-1)));
    out.push(f1(15, lower(1)));
    out.push(f1(16, lower(-2)));
    out.push(f1(17, lower(2)));
    out.push(f1(18, form(-1)));
    out.push(f1(19, form(1)));
    out.push(f2(20, shape(-1), shape(1)));
    out.push(f3(21, shape(-1), w.short_shape, shape(1)));
    out.push(f3(22, tag(-1), t.tag, tag(1)));
    out.push(f1(23, tag(-1)));
    out.push(f1(24, tag(1)));
    out.push(f2(30, lower(-1), w.lower));
    out.push(f2(31, w.lower, lower(1)));
    out.push(f2(
        33,
        at(toks, i, 1).map_or(WordInfo::PAD, |x| x.w.suffix[2]),
        t.tag,
    ));
    out.push(f2(
        34,
        at(toks, i, -1).map_or(WordInfo::PAD, |x| x.w.suffix[2]),
        t.tag,
    ));
    out.push(f2(35, shape(1), tag(1)));
    out.push(f2(36, shape(-1), tag(-1)));
}

/// The rows of a word's entry in the [`WordCache`]: its own [`word_features`], then the
/// features it gives the token after it, two after, one before and two before
/// ([`neighbour_features`]).
const N_ROWS: usize = 5;

/// Number of features [`neighbour_features`] gives per word.
const N_NEIGHBOUR: usize = 10;

/// The row of a word's cache entry that feature `k` of [`word_features`] followed by
/// [`neighbour_features`] adds to.
const ROW_OF: [u8; N_WORD + N_NEIGHBOUR] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4,
];

/// The features of [`context_features`] that a neighbour's word and tag alone make,
/// given its lower case, form, short shape and tag (exactly [`N_NEIGHBOUR`] of them,
/// grouped as [`ROW_OF`] says): for the token after it, two after, one before, two
/// before. Their summed weights are the same wherever the word stands, so they are kept
/// beside its own in the [`WordCache`]; a missing neighbour is [`WordInfo::PAD`]
/// throughout.
fn neighbour_features(lower: u64, form: u64, short_shape: u64, tag: u64, out: &mut Vec<u64>) {
    // the token after sees this one as its previous word
    out.push(f1(14, lower));
    out.push(f1(18, form));
    out.push(f1(23, tag));
    out.push(f2(36, short_shape, tag));
    // ... two after
    out.push(f1(16, lower));
    // the token before sees this one as its next word
    out.push(f1(15, lower));
    out.push(f1(19, form));
    out.push(f1(24, tag));
    out.push(f2(35, short_shape, tag));
    // ... two before
    out.push(f1(17, lower));
}

/// [`neighbour_features`] of token `t`.
fn token_neighbour_features(t: &NerToken, out: &mut Vec<u64>) {
    neighbour_features(t.w.lower, t.w.form, t.w.short_shape, t.tag, out);
}

/// Number of features [`own_context_features`] gives per token.
const N_OWN_CONTEXT: usize = N_CONTEXT - N_NEIGHBOUR;

/// The features of [`context_features`] that no single neighbour makes alone: the
/// token's place, the sentence's capitals, and the pairs and triples of the token and its
/// neighbours (exactly [`N_OWN_CONTEXT`] of them). With [`neighbour_features`] of the
/// words around, they are the context features.
fn own_context_features(toks: &[NerToken], caps: u64, i: usize, out: &mut Vec<u64>) {
    let t = &toks[i];
    let w = &t.w;
    let lower = |k| at(toks, i, k).map_or(WordInfo::PAD, |x: &NerToken| x.w.lower);
    let shape = |k| shape(toks, i, k);
    let tag = |k| at(toks, i, k).map_or(WordInfo::PAD, |x: &NerToken| x.tag);
    let first = (i == 0) as u64;
    out.push(f2(10, w.shape, caps));
    out.push(f2(11, w.short_shape, first));
    out.push(f3(12, w.flags as u64, first, caps));
    out.push(f2(20, shape(-1), shape(1)));
    out.push(f3(21, shape(-1), w.short_shape, shape(1)));
    out.push(f3(22, tag(-1), t.tag, tag(1)));
    out.push(f2(30, lower(-1), w.lower));
    out.push(f2(31, w.lower, lower(1)));
    out.push(f2(
        33,
        at(toks, i, 1).map_or(WordInfo::PAD, |x| x.w.suffix[2]),
        t.tag,
    ));
    out.push(f2(
        34,
        at(toks, i, -1).map_or(WordInfo::PAD, |x| x.w.suffix[2]),
        t.tag,
    ));
}

/// The trained entity recognizer.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognizer {
    model: Linear,
    /// Tells the word caches of the threads which weights their rows were summed from.
    id: ModelId,
}

impl EntityRecognizer {
    /// Recognizes the entities of a sentence: the features that do not depend on
    /// earlier decisions are looked up for the whole sentence at once, then the sentence
    /// is tagged left to right.
    pub(crate) fn recognize(&self, toks: &[NerToken], sc: &mut NerScratch) -> Vec<EntitySpan> {
        let n = toks.len();
        let caps = sentence_caps(toks);
        let stride = self.model.stride();
        sc.scores.clear();
        sc.scores.resize(n * stride, 0);
        self.word_scores(toks, sc);
        sc.feats.clear();
        for i in 0..n {
            own_context_features(toks, caps, i, &mut sc.feats);
        }
        self.model
            .add_groups(&sc.feats, |k| k / N_OWN_CONTEXT, &mut sc.scores);
        sc.classes.clear();
        let (mut p1, mut p2) = (START, START);
        let mut prev = None;
        for i in 0..n {
            sc.feats.clear();
            history_features(toks, i, p1, p2, &mut sc.feats);
            let row = &mut sc.scores[i * stride..(i + 1) * stride];
            // the next token's history lookups asked for while this token's are in
            // flight, with this token's class guessed from its scores so far (mostly
            // right): a prefetch, which changes no score
            let guess = argmax_i32(&row[..N_CLASSES]) as u64;
            let ahead = &mut sc.ahead;
            self.model.add_groups_with(
                &sc.feats,
                |_| 0,
                row,
                || {
                    if i + 1 < n {
                        ahead.clear();
                        history_features(toks, i + 1, guess, p1, ahead);
                        self.model.prefetch(ahead);
                    }
                },
            );
            let scores = &mut row[..N_CLASSES];
            let last = i + 1 == n;
            for (c, s) in scores.iter_mut().enumerate() {
                if !allowed(prev, c) || (last && !can_end(c)) {
                    *s = i32::MIN;
                }
            }
            let c = argmax_i32(scores);
            sc.classes.push(c);
            prev = Some(c);
            p2 = p1;
            p1 = c as u64;
        }
        spans(&sc.classes)
    }

    /// Adds to each token's row of `sc.scores` (zeros) the summed weights of its
    /// [`word_features`] and of the [`neighbour_features`] of the tokens around it (or of
    /// the missing neighbours): from the cache, or looked up together for the words not
    /// in it (and then cached).
    fn word_scores(&self, toks: &[NerToken], sc: &mut NerScratch) {
        let stride = self.model.stride();
        let n = toks.len();
        if sc.cache.prepare(self.id, N_ROWS * stride) {
            // the rows of a missing neighbour, as a word's rows 1 to 4
            sc.feats.clear();
            let pad = WordInfo::PAD;
            neighbour_features(pad, pad, pad, pad, &mut sc.feats);
            sc.pads.clear();
            sc.pads.resize(N_ROWS * stride, 0);
            self.model
                .add_groups(&sc.feats, |k| ROW_OF[N_WORD + k] as usize, &mut sc.pads);
        }
        add_pad_rows(&mut sc.scores, n, stride, &sc.pads);
        sc.feats.clear();
        sc.missed.clear();
        for (i, t) in toks.iter().enumerate() {
            match sc.cache.get(&(t.w, t.tag), t.w.form ^ t.tag) {
                Some(rows) => add_word_rows(&mut sc.scores, n, stride, i, rows),
                None => {
                    sc.missed.push(i);
                    word_features(t, &mut sc.feats);
                    token_neighbour_features(t, &mut sc.feats);
                }
            }
        }
        sc.rows.clear();
        sc.rows.resize(sc.missed.len() * N_ROWS * stride, 0);
        const PER_WORD: usize = N_WORD + N_NEIGHBOUR;
        self.model.add_groups(
            &sc.feats,
            |k| k / PER_WORD * N_ROWS + ROW_OF[k % PER_WORD] as usize,
            &mut sc.rows,
        );
        for (rows, &i) in sc.rows.chunks_exact(N_ROWS * stride).zip(&sc.missed) {
            let t = &toks[i];
            sc.cache.put(&(t.w, t.tag), t.w.form ^ t.tag, rows);
            add_word_rows(&mut sc.scores, n, stride, i, rows);
        }
    }

    /// Serializes the recognizer.
    pub(crate) fn write(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(b"NERC");
        let mut m = Vec::new();
        self.model.write(&mut m);
        w.section(b"NLIN", &m);
        w.finish()
    }

    /// Reads a recognizer model file.
    pub(crate) fn read(what: &str, bytes: &Bytes) -> Result<EntityRecognizer> {
        let r = ModelReader::new(what, bytes, b"NERC")?;
        let mut c = r.cursor(b"NLIN")?;
        let model = Linear::read(&mut c)
            .filter(|m| m.n_classes() == N_CLASSES && c.at_end())
            .ok_or_else(|| r.error("corrupt entity recognizer weights".into()))?;
        Ok(EntityRecognizer {
            model,
            id: ModelId::new(),
        })
    }

    /// Whether the weight tables lie on cache lines (see [`Linear::on_lines`]).
    #[cfg(test)]
    pub(crate) fn on_lines(&self) -> bool {
        self.model.on_lines()
    }

    /// Model size in bytes.
    pub(crate) fn bytes(&self) -> usize {
        self.model.bytes()
    }
}

/// Training of the recognizer.
pub(crate) mod train {
    use super::*;
    use crate::nlp::perceptron::{Rng, Trainer, argmax_f32};

    /// A training sentence: tokens and gold classes.
    pub struct NerSentence {
        /// Tokens.
        pub toks: Vec<NerToken>,
        /// Gold BILOU classes.
        pub gold: Vec<usize>,
    }

    /// Trains for `epochs` passes; `report` gets each epoch's export function.
    pub fn train(
        data: &[NerSentence],
        epochs: usize,
        seed: u64,
        mut report: impl FnMut(usize, &dyn Fn(u32) -> EntityRecognizer),
    ) {
        let mut t = Trainer::new(N_CLASSES);
        let mut rng = Rng::new(seed);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            for &si in &order {
                let s = &data[si];
                let caps = sentence_caps(&s.toks);
                let (mut p1, mut p2) = (START, START);
                let mut prev = None;
                for i in 0..s.toks.len() {
                    features(&s.toks, caps, i, p1, p2, &mut feats);
                    t.score(&feats, &mut scores);
                    for (c, sc) in scores.iter_mut().enumerate() {
                        if !allowed(prev, c) {
                            *sc = f32::MIN;
                        }
                    }
                    let guess = argmax_f32(&scores);
                    t.tick();
                    t.update(&feats, s.gold[i], guess);
                    prev = Some(guess);
                    p2 = p1;
                    p1 = guess as u64;
                }
            }
            report(epoch, &|prune| EntityRecognizer {
                model: t.export(prune, DENSE_MIN),
                id: ModelId::new(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The recognizer's tokens of a sentence split at spaces, with made-up tags (the word's
    /// position modulo `tags`), enough to exercise every feature row.
    fn test_tokens(sentence: &str, tags: u64) -> Vec<NerToken> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut infos = Vec::new();
        crate::nlp::features::word_infos(&words, &mut Default::default(), &mut infos);
        infos
            .iter()
            .enumerate()
            .map(|(i, w)| NerToken {
                w: *w,
                tag: i as u64 % tags,
            })
            .collect()
    }

    /// Entities from the word cache are those of a cold cache.
    #[test]
    fn cached_word_rows_recognize_as_the_lookups_do() {
        let bytes = Bytes::from_static(crate::nlp::DEFAULT_NER);
        let ner = EntityRecognizer::read("ner", &bytes).unwrap();
        let mut warm = NerScratch::default();
        for round in 0..2 {
            for s in [
                "Kerry met Egyptian officials in Cairo on Tuesday .",
                "The United Nations said Hamas rejected the plan .",
                "Cairo said Kerry would return .",
            ] {
                let words: Vec<&str> = s.split(' ').collect();
                let mut infos = Vec::new();
                crate::nlp::features::word_infos(&words, &mut Default::default(), &mut infos);
                let toks: Vec<NerToken> = infos
                    .iter()
                    .map(|w| NerToken::new(w, Upos::Propn, Xpos::Nnp))
                    .collect();
                let cold = ner.recognize(&toks, &mut NerScratch::default());
                assert_eq!(ner.recognize(&toks, &mut warm), cold, "round {round}: {s}");
            }
        }
    }

    /// Every score of the greedy decode, cold cache or warm, is the sum of the weights of
    /// all the token's features (as trained on), for the classes the decode allows.
    #[test]
    fn decode_scores_are_the_sums_of_all_features() {
        let bytes = Bytes::from_static(crate::nlp::DEFAULT_NER);
        let ner = EntityRecognizer::read("ner", &bytes).unwrap();
        let mut warm = NerScratch::default();
        let (mut feats, mut want) = (Vec::new(), Vec::new());
        for round in 0..2 {
            for s in [
                "Kerry met Egyptian officials in Cairo on Tuesday .",
                "Cairo",
                "Hamas rejected it",
                "The United Nations said Hamas rejected the plan of the United Nations .",
            ] {
                let toks = test_tokens(s, 3);
                let caps = sentence_caps(&toks);
                for sc in [&mut warm, &mut NerScratch::default()] {
                    ner.recognize(&toks, sc);
                    let (mut p1, mut p2) = (START, START);
                    for i in 0..toks.len() {
                        features(&toks, caps, i, p1, p2, &mut feats);
                        ner.model.score(&feats, &mut want);
                        let stride = ner.model.stride();
                        let got = &sc.scores[i * stride..][..N_CLASSES];
                        for c in (0..N_CLASSES).filter(|&c| got[c] != i32::MIN) {
                            assert_eq!(got[c], want[c], "round {round}: {s}: token {i} class {c}");
                        }
                        (p2, p1) = (p1, sc.classes[i] as u64);
                    }
                }
            }
        }
    }

    /// The context features are those a token makes with its neighbours and those each
    /// neighbour (or a missing one) makes alone, in the rows [`ROW_OF`] gives them.
    #[test]
    fn own_and_neighbour_features_are_the_context_features() {
        for sentence in [
            "The Egyptian officials met Kerry in Cairo .",
            "Cairo",
            "In Cairo",
        ] {
            let toks = test_tokens(sentence, 4);
            let n = toks.len();
            let pad = WordInfo::PAD;
            let mut pads = Vec::new();
            neighbour_features(pad, pad, pad, pad, &mut pads);
            for i in 0..n {
                let (mut all, mut split) = (Vec::new(), Vec::new());
                context_features(&toks, 1, i, &mut all);
                own_context_features(&toks, 1, i, &mut split);
                assert_eq!(split.len(), N_OWN_CONTEXT);
                for (offset, row) in [(-1isize, 1u8), (-2, 2), (1, 3), (2, 4)] {
                    let j = i as isize + offset;
                    let mut f = Vec::new();
                    match usize::try_from(j).ok().filter(|&j| j < n) {
                        Some(j) => token_neighbour_features(&toks[j], &mut f),
                        None => f.clone_from(&pads),
                    }
                    assert_eq!(f.len(), N_NEIGHBOUR);
                    split.extend(
                        (0..N_NEIGHBOUR)
                            .filter(|&k| ROW_OF[N_WORD + k] == row)
                            .map(|k| f[k]),
                    );
                }
                all.sort_unstable();
                split.sort_unstable();
                assert_eq!(all, split, "{sentence}: token {i}");
            }
        }
    }

    /// The word and context features are the static features, split in two.
    #[test]
    fn word_and_context_features_are_the_static_features() {
        let words: Vec<&str> = "The Egyptian officials met Kerry in Cairo ."
            .split(' ')
            .collect();
        let mut infos = Vec::new();
        crate::nlp::features::word_infos(&words, &mut Default::default(), &mut infos);
        let toks: Vec<NerToken> = infos
            .iter()
            .enumerate()
            .map(|(i, w)| NerToken {
                w: *w,
                tag: i as u64 % 4,
            })
            .collect();
        for i in 0..toks.len() {
            let (mut all, mut split) = (Vec::new(), Vec::new());
            static_features(&toks, 1, i, &mut all);
            word_features(&toks[i], &mut split);
            assert_eq!(split.len(), N_WORD);
            context_features(&toks, 1, i, &mut split);
            assert_eq!(split.len(), N_STATIC);
            all.sort_unstable();
            split.sort_unstable();
            assert_eq!(all, split, "token {i}");
        }
    }

    #[test]
    fn bilou_round_trip_and_constraints() {
        let s = vec![
            EntitySpan {
                start: 0,
                end: 2,
                label: EntityLabel::Person,
            },
            EntitySpan {
                start: 3,
                end: 4,
                label: EntityLabel::Location,
            },
            EntitySpan {
                start: 5,
                end: 8,
                label: EntityLabel::Organization,
            },
        ];
        let c = classes_of(&s, 9);
        assert_eq!(spans(&c), s);
        let mut prev = None;
        for &x in &c {
            assert!(allowed(prev, x));
            prev = Some(x);
        }
        let b_per = class(EntityLabel::Person, Part::Begin);
        let l_org = class(EntityLabel::Organization, Part::Last);
        assert!(!allowed(Some(b_per), 0));
        assert!(!allowed(Some(b_per), l_org));
        assert!(!allowed(None, l_org));
        assert!(!can_end(b_per));
    }
}
