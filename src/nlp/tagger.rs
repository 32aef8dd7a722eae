//! Part-of-speech tagger: a greedy left-to-right averaged perceptron over word, affix,
//! shape and context features, predicting the (UPOS, XPOS) pair of each token as one
//! class so the two tags always agree.

use super::features::{WordInfo, f1, f2, f3};
use super::model_io::{Cursor, ModelReader, ModelWriter};
use super::perceptron::{HashIndex, Linear, ModelId, RowCache, Trainer, argmax_f32, argmax_i32};
use super::tags::{Upos, Xpos};
use crate::error::Result;

/// Features with weights for at least this many classes get a dense row.
const DENSE_MIN: usize = 12;

/// Class id standing for "no previous token".
const START: u64 = 0xfff;

/// The trained tagger.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagger {
    classes: Vec<(Upos, Xpos)>,
    /// Lowercase form hash -> id of the set of classes the word takes in training
    /// (its ambiguity class); only words seen often enough to trust.
    lexicon: HashIndex,
    model: Linear,
    /// Tells the word caches of the threads which weights their rows were summed from.
    id: ModelId,
}

/// Ambiguity class of each word (0 when unknown).
pub(crate) fn ambiguity(lexicon: &HashIndex, words: &[WordInfo], out: &mut Vec<u64>) {
    out.clear();
    out.extend(
        words
            .iter()
            .map(|w| lexicon.get(w.lower).map_or(0, |v| v as u64 + 1)),
    );
}

#[inline]
fn at(words: &[WordInfo], i: isize) -> Option<&WordInfo> {
    if i < 0 { None } else { words.get(i as usize) }
}

/// Number of features [`static_features`] gives per token.
pub(crate) const N_STATIC: usize = 33;

/// The features of token `i` that do not depend on the tags chosen before it (appended
/// to `out`, exactly [`N_STATIC`] of them): they can be looked up for a whole sentence
/// at once.
pub(crate) fn static_features(words: &[WordInfo], amb: &[u64], i: usize, out: &mut Vec<u64>) {
    // The same features whatever their order: the scores are integer sums.
    word_features(&words[i], amb_at(amb, i as isize), out);
    context_features(words, amb, i, out);
}

/// Number of features [`word_features`] gives per token.
const N_WORD: usize = 14;
/// Number of features [`context_features`] gives per token.
const N_CONTEXT: usize = N_STATIC - N_WORD;

/// The features of [`static_features`] that depend on the token's word alone: its facts
/// `w` and its ambiguity class `a0` (exactly [`N_WORD`] of them). Their summed weights are
/// the same wherever the word stands, which is what [`WordCache`] keeps.
fn word_features(w: &WordInfo, a0: u64, out: &mut Vec<u64>) {
    out.push(f1(0, 0));
    out.push(f1(1, w.lower));
    out.push(f1(2, w.form));
    out.extend_from_slice(&w.prefix);
    out.extend_from_slice(&w.suffix);
    out.push(f1(10, w.shape));
    out.push(f2(31, w.len as u64, w.flags as u64));
    out.push(f1(40, a0));
    out.push(f2(46, a0, w.suffix[2]));
}

/// The other features of [`static_features`]: those of the token's neighbours and its
/// place in the sentence (exactly [`N_CONTEXT`] of them).
fn context_features(words: &[WordInfo], amb: &[u64], i: usize, out: &mut Vec<u64>) {
    let w = &words[i];
    let ii = i as isize;
    let lower = |k: isize| at(words, ii + k).map_or(WordInfo::PAD, |x| x.lower);
    let first = (i == 0) as u64;
    out.push(f2(11, w.short_shape, first));
    out.push(f2(12, w.flags as u64, first));
    out.push(f1(13, lower(-1)));
    out.push(f1(14, lower(-2)));
    out.push(f1(15, lower(1)));
    out.push(f1(16, lower(2)));
    let prev = at(words, ii - 1);
    let next = at(words, ii + 1);
    out.push(f1(17, prev.map_or(WordInfo::PAD, |x| x.suffix[2])));
    out.push(f1(18, next.map_or(WordInfo::PAD, |x| x.suffix[2])));
    out.push(f1(19, next.map_or(WordInfo::PAD, |x| x.shape)));
    out.push(f1(20, next.map_or(WordInfo::PAD, |x| x.flags as u64)));
    out.push(f2(24, lower(-1), w.lower));
    out.push(f2(25, w.lower, lower(1)));
    out.push(f3(27, lower(-1), w.lower, lower(1)));
    out.push(f1(29, next.map_or(WordInfo::PAD, |x| x.suffix[1])));
    out.push(f1(
        30,
        at(words, ii + 2).map_or(WordInfo::PAD, |x| x.suffix[2]),
    ));
    let a = |k: isize| amb_at(amb, ii + k);
    out.push(f1(41, a(1)));
    out.push(f1(42, a(2)));
    out.push(f2(43, a(0), a(1)));
    out.push(f2(47, a(-1), a(0)));
}

/// Words whose summed [`word_features`] weights are kept, per thread.
const CACHE_SLOTS: usize = 1024;

/// The summed weights of the [`word_features`] of recently tagged words, keyed by the
/// word's facts (see [`RowCache`]).
pub(crate) type WordCache = RowCache<WordInfo, CACHE_SLOTS>;

fn amb_at(amb: &[u64], j: isize) -> u64 {
    if j < 0 || j as usize >= amb.len() {
        1 << 40
    } else {
        amb[j as usize]
    }
}

/// The features of token `i` that depend on the classes `p1`, `p2` of the two tokens
/// before it (appended to `out`).
pub(crate) fn history_features(
    words: &[WordInfo],
    amb: &[u64],
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u64>,
) {
    let w = &words[i];
    let ii = i as isize;
    let a = |k: isize| amb_at(amb, ii + k);
    out.push(f1(21, p1));
    out.push(f2(22, p1, p2));
    out.push(f2(23, p1, w.lower));
    out.push(f2(26, p1, w.suffix[2]));
    out.push(f2(
        28,
        p1,
        at(words, ii + 1).map_or(WordInfo::PAD, |x| x.lower),
    ));
    out.push(f2(44, p1, a(0)));
    out.push(f3(45, p1, a(0), a(1)));
}

/// All the features of token `i` given the classes `p1`, `p2` of the two tokens before
/// it (as trained on).
pub(crate) fn features(
    words: &[WordInfo],
    amb: &[u64],
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u64>,
) {
    out.clear();
    static_features(words, amb, i, out);
    history_features(words, amb, i, p1, p2, out);
}

/// Reusable buffers for tagging.
#[derive(Debug, Default)]
pub(crate) struct TagScratch {
    amb: Vec<u64>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    /// Tokens whose word was not in the cache, and their summed word features.
    missed: Vec<usize>,
    rows: Vec<i32>,
    cache: WordCache,
}

impl Tagger {
    /// The class list: (UPOS, XPOS) pairs.
    pub(crate) fn classes(&self) -> &[(Upos, Xpos)] {
        &self.classes
    }

    /// Tags a sentence given its word facts; writes one class id per word.
    ///
    /// The features that do not depend on earlier decisions are looked up for the whole
    /// sentence in one go (their misses overlap), then the sentence is tagged left to
    /// right with only the few history features looked up per word.
    pub(crate) fn tag_ids(&self, words: &[WordInfo], out: &mut Vec<u8>, sc: &mut TagScratch) {
        out.clear();
        let n = words.len();
        let nc = self.classes.len();
        let stride = self.model.stride();
        ambiguity(&self.lexicon, words, &mut sc.amb);
        sc.scores.clear();
        sc.scores.resize(n * stride, 0);
        self.word_scores(words, sc);
        sc.feats.clear();
        for i in 0..n {
            context_features(words, &sc.amb, i, &mut sc.feats);
        }
        self.model
            .add_groups(&sc.feats, |k| k / N_CONTEXT, &mut sc.scores);
        let (mut p1, mut p2) = (START, START);
        for i in 0..n {
            sc.feats.clear();
            history_features(words, &sc.amb, i, p1, p2, &mut sc.feats);
            let row = &mut sc.scores[i * stride..(i + 1) * stride];
            self.model.add_groups(&sc.feats, |_| 0, row);
            let c = argmax_i32(&row[..nc]);
            out.push(c as u8);
            p2 = p1;
            p1 = c as u64;
        }
    }

    /// The score of class `class` at token `i` in the last [`Tagger::tag_ids`] run with
    /// `sc` (the full score, history features included, of the greedy decode).
    pub(crate) fn last_score(&self, sc: &TagScratch, i: usize, class: usize) -> i32 {
        sc.scores[i * self.model.stride() + class]
    }

    /// The id of the class (UPOS, XPOS), if the tagger has it.
    pub(crate) fn class_id(&self, u: Upos, x: Xpos) -> Option<usize> {
        self.classes.iter().position(|&c| c == (u, x))
    }

    /// Sets each token's row of `sc.scores` (all zero) to the summed weights of its
    /// [`word_features`]: from the cache, or looked up together for the words not in it
    /// (and then cached).
    fn word_scores(&self, words: &[WordInfo], sc: &mut TagScratch) {
        let stride = self.model.stride();
        sc.cache.prepare(self.id, stride);
        sc.feats.clear();
        sc.missed.clear();
        for (i, w) in words.iter().enumerate() {
            match sc.cache.get(w, w.form) {
                Some(row) => sc.scores[i * stride..][..stride].copy_from_slice(row),
                None => {
                    sc.missed.push(i);
                    word_features(w, sc.amb[i], &mut sc.feats);
                }
            }
        }
        sc.rows.clear();
        sc.rows.resize(sc.missed.len() * stride, 0);
        self.model
            .add_groups(&sc.feats, |k| k / N_WORD, &mut sc.rows);
        for (row, &i) in sc.rows.chunks_exact(stride).zip(&sc.missed) {
            sc.cache.put(&words[i], words[i].form, row);
            sc.scores[i * stride..][..stride].copy_from_slice(row);
        }
    }

    /// Serializes the tagger into a model file writer.
    pub(crate) fn write(&self, w: &mut ModelWriter) {
        let mut cls = Vec::new();
        for (u, x) in &self.classes {
            cls.push(u.id());
            cls.push(x.id());
        }
        w.section(b"TCLS", &cls);
        let mut lex = Vec::new();
        self.lexicon.write(&mut lex);
        w.section(b"TLEX", &lex);
        let mut m = Vec::new();
        self.model.write(&mut m);
        w.section(b"TLIN", &m);
    }

    /// Reads the tagger sections of a model file.
    pub(crate) fn read(r: &ModelReader<'_>) -> Result<Tagger> {
        let cls = r.section(b"TCLS")?;
        if cls.is_empty() || cls.len() % 2 != 0 {
            return Err(r.error("corrupt tag class table".into()));
        }
        let mut classes = Vec::new();
        for pair in cls.chunks_exact(2) {
            match (Upos::from_id(pair[0]), Xpos::from_id(pair[1])) {
                (Some(u), Some(x)) => classes.push((u, x)),
                _ => return Err(r.error("corrupt tag class table".into())),
            }
        }
        let mut c = Cursor::new(r.section(b"TLEX")?);
        let lexicon = HashIndex::read(&mut c)
            .filter(|_| c.at_end())
            .ok_or_else(|| r.error("corrupt tagger lexicon".into()))?;
        let mut c = r.cursor(b"TLIN")?;
        let model = Linear::read(&mut c)
            .filter(|m| m.n_classes() == classes.len() && c.at_end())
            .ok_or_else(|| r.error("corrupt tagger weights".into()))?;
        Ok(Tagger {
            classes,
            lexicon,
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
        self.model.bytes() + self.lexicon.bytes()
    }

    /// Number of features with weights.
    pub(crate) fn n_features(&self) -> usize {
        self.model.n_features()
    }
}

/// Training of the tagger.
pub(crate) mod train {
    use super::*;
    use crate::nlp::perceptron::Rng;

    /// A gold-tagged sentence as word facts and class ids.
    pub struct TaggedSentence {
        /// Word facts.
        pub words: Vec<WordInfo>,
        /// Gold class ids.
        pub gold: Vec<u8>,
    }

    /// Chooses the class set: (UPOS, XPOS) pairs seen at least `min_count` times; a rarer
    /// pair maps to the XPOS's most frequent pair.
    pub fn class_set(pairs: &[(Upos, Xpos)], min_count: usize) -> Vec<(Upos, Xpos)> {
        let mut counts = std::collections::BTreeMap::new();
        for p in pairs {
            *counts.entry(*p).or_insert(0usize) += 1;
        }
        let mut classes: Vec<(Upos, Xpos)> = counts
            .iter()
            .filter(|&(_, &n)| n >= min_count)
            .map(|(&p, _)| p)
            .collect();
        // every XPOS needs at least one class
        for &x in Xpos::ALL {
            if !classes.iter().any(|c| c.1 == x)
                && let Some((&p, _)) = counts
                    .iter()
                    .filter(|(p, _)| p.1 == x)
                    .max_by_key(|(_, n)| **n)
            {
                classes.push(p);
            }
        }
        classes.sort();
        classes
    }

    /// The class of a gold pair under `classes`.
    pub fn class_of(classes: &[(Upos, Xpos)], u: Upos, x: Xpos) -> u8 {
        if let Some(i) = classes.iter().position(|&c| c == (u, x)) {
            return i as u8;
        }
        if let Some(i) = classes.iter().position(|&c| c.1 == x) {
            return i as u8;
        }
        classes.iter().position(|&c| c.0 == u).unwrap_or(0) as u8
    }

    /// Words seen at least this often get an ambiguity class.
    const LEXICON_MIN_COUNT: usize = 3;

    /// The ambiguity classes: for each frequent word, the set of classes that make up
    /// at least 5% of its occurrences.
    fn build_lexicon(data: &[TaggedSentence], n_classes: usize) -> HashIndex {
        use std::collections::BTreeMap;
        let mut counts: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
        for s in data {
            for (w, &g) in s.words.iter().zip(&s.gold) {
                counts.entry(w.lower).or_insert_with(|| vec![0; n_classes])[g as usize] += 1;
            }
        }
        let mut sets: BTreeMap<Vec<u8>, u32> = BTreeMap::new();
        let mut entries = Vec::new();
        for (h, c) in counts {
            let total: u32 = c.iter().sum();
            if (total as usize) < LEXICON_MIN_COUNT {
                continue;
            }
            let set: Vec<u8> = (0..n_classes)
                .filter(|&k| c[k] > 0 && c[k] * 20 >= total)
                .map(|k| k as u8)
                .collect();
            let next = sets.len() as u32;
            let id = *sets.entry(set).or_insert(next);
            entries.push((h, id));
        }
        HashIndex::build(&entries)
    }

    /// Trains for `epochs` passes; `report` gets each epoch's model to evaluate.
    pub fn train(
        classes: Vec<(Upos, Xpos)>,
        data: &[TaggedSentence],
        epochs: usize,
        seed: u64,
        prune: u32,
        mut report: impl FnMut(usize, &Tagger),
    ) -> Tagger {
        let lexicon = build_lexicon(data, classes.len());
        let mut t = Trainer::new(classes.len());
        let mut amb = Vec::new();
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Rng::new(seed);
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        let mut last = None;
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            for &s in &order {
                let sent = &data[s];
                ambiguity(&lexicon, &sent.words, &mut amb);
                let (mut p1, mut p2) = (START, START);
                for i in 0..sent.words.len() {
                    features(&sent.words, &amb, i, p1, p2, &mut feats);
                    t.score(&feats, &mut scores);
                    let guess = argmax_f32(&scores);
                    t.tick();
                    t.update(&feats, sent.gold[i] as usize, guess);
                    p2 = p1;
                    p1 = guess as u64;
                }
            }
            let tagger = Tagger {
                classes: classes.clone(),
                lexicon: lexicon.clone(),
                model: t.export(prune, DENSE_MIN),
                id: ModelId::new(),
            };
            report(epoch, &tagger);
            last = Some(tagger);
        }
        last.unwrap_or_else(|| Tagger {
            classes: classes.clone(),
            lexicon: lexicon.clone(),
            model: t.export(prune, DENSE_MIN),
            id: ModelId::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::features::{Scratch, word_infos};

    fn infos(sentence: &str) -> Vec<WordInfo> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut out = Vec::new();
        word_infos(&words, &mut Scratch::default(), &mut out);
        out
    }

    /// The word and context features are the static features, split in two.
    #[test]
    fn word_and_context_features_are_the_static_features() {
        let words = infos("The Egyptian officials met Kerry in Cairo on Tuesday .");
        let amb: Vec<u64> = (0..words.len() as u64).map(|i| i % 3).collect();
        for i in 0..words.len() {
            let (mut all, mut split) = (Vec::new(), Vec::new());
            static_features(&words, &amb, i, &mut all);
            word_features(&words[i], amb[i], &mut split);
            assert_eq!(split.len(), N_WORD);
            context_features(&words, &amb, i, &mut split);
            assert_eq!(split.len(), N_STATIC);
            all.sort_unstable();
            split.sort_unstable();
            assert_eq!(all, split, "token {i}");
        }
    }

    /// Tags from the word cache are those of a cold cache, also for a word that takes
    /// another's slot, and a cache is never read for another tagger.
    #[test]
    fn cached_word_rows_tag_as_the_lookups_do() {
        let bytes = crate::nlp::model_io::Bytes::from_static(crate::nlp::DEFAULT_TAGGER);
        let (tagger, _) = crate::nlp::read_tagger("tagger", &bytes).unwrap();
        let (other, _) = crate::nlp::read_tagger("tagger", &bytes).unwrap();
        let sentences = [
            "The Egyptian officials met Kerry in Cairo on Tuesday .",
            "Officials said the talks in Cairo would go on .",
            "Kerry said he met the officials .",
        ];
        let mut warm = TagScratch::default();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for round in 0..2 {
            for s in sentences {
                let words = infos(s);
                tagger.tag_ids(&words, &mut a, &mut warm);
                tagger.tag_ids(&words, &mut b, &mut TagScratch::default());
                assert_eq!(a, b, "round {round}: {s}");
                other.tag_ids(&words, &mut a, &mut warm);
                assert_eq!(a, b, "another tagger, round {round}: {s}");
            }
        }
        assert_ne!(tagger.id.0, other.id.0);
        // a word is found only with all its facts, not by its slot
        let cairo = infos("Cairo")[0];
        warm.cache
            .put(&cairo, cairo.form, &vec![7; tagger.model.stride()]);
        assert_eq!(warm.cache.get(&cairo, cairo.form).map(|r| r[0]), Some(7));
        let other_facts = WordInfo { len: 3, ..cairo };
        assert!(warm.cache.get(&other_facts, cairo.form).is_none());
    }
}
