//! The learned decision: which candidates ([`super::candidates`]) the text states, and as
//! what.
//!
//! A multinomial logistic regression over hashed sparse features decides, for each
//! candidate, among `none`, `meets`, `backs` and `opposes`; a candidate is kept when the
//! probability of `none` is below `1 - threshold`, as the most probable other class. The
//! features ([`features`]) read the trigger (lemma, class, CAMEO code and root, part of
//! speech), the rules that proposed the candidate and what the engine's step lists state
//! of it, the dependency paths from the trigger to each side (labels and directions, and
//! their lengths), the prepositions and relations of the sides, negation, modals and
//! hedges, distances and order, the actors' types and mention kinds, quotes and reported
//! speech. Symmetry follows the class (`meets`) or the rules ("between X and Y", "X and Y
//! met").
//!
//! The model is trained on the relation corpus (`corpus/`) by `train_relations` (feature
//! `train`) and shipped in `assets/models/relations.agm`, in the format of
//! [`crate::nlp::model_io`]: kind `RELS`, a section `HEAD` (hash bits, the meets threshold, the drop
//! threshold, number of classes, the backs and opposes thresholds; a file without the
//! last two has the first for every class) and a section `WGHT` (the weights, `f32` little-endian, bucket-major).

use std::sync::OnceLock;

use super::Found;
use super::arguments::SentenceActors;
use super::candidates::{Candidate, candidates};
use crate::domain::{ActorType, RelationKind};
use crate::error::{Error, Result};
use crate::lexicon::{Construction, WordClass};
use crate::nlp::DepRel;
#[cfg(any(test, feature = "train"))]
use crate::nlp::model_io::ModelWriter;
use crate::nlp::model_io::{Bytes, Cursor, ModelReader};

/// The classes the model decides among, in weight order.
pub const CLASSES: [Option<RelationKind>; 4] = [
    None,
    Some(RelationKind::Meets),
    Some(RelationKind::Backs),
    Some(RelationKind::Opposes),
];

/// The model file's kind.
const KIND: &[u8; 4] = b"RELS";

/// The shipped model.
static SHIPPED: &[u8] = include_bytes!("../../../assets/models/relations.agm");

/// A multinomial logistic regression over hashed features.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationModel {
    /// log2 of the number of hash buckets.
    pub bits: u32,
    /// Keep a candidate the engine does not state, as its most probable class (meets,
    /// backs, opposes), when `1 - P(none)` reaches that class's threshold here.
    pub thresholds: [f32; 3],
    /// Drop a candidate the engine states when `P(none)` reaches this.
    pub drop: f32,
    /// `buckets * CLASSES.len()` weights, bucket-major.
    pub weights: Vec<f32>,
}

impl RelationModel {
    /// A model of zero weights.
    #[cfg(any(test, feature = "train"))]
    pub fn zeros(bits: u32, threshold: f32, drop: f32) -> RelationModel {
        RelationModel {
            bits,
            thresholds: [threshold; 3],
            drop,
            weights: vec![0.0; (1usize << bits) * CLASSES.len()],
        }
    }

    /// The shipped model, read once; `None` before one is trained (an empty file), when
    /// the engine's step lists decide alone, or when the model file could not be read
    /// ([`RelationModel::check`] says why; [`crate::Pipeline::new`] calls it first).
    pub(crate) fn shipped() -> Option<&'static RelationModel> {
        Self::loaded().as_ref().ok().and_then(Option::as_ref)
    }

    /// Whether the model [`shipped`](RelationModel::shipped) uses could be read.
    ///
    /// # Errors
    ///
    /// [`Error::Model`] naming the file given by `ACTORGRAPH_RELATION_MODEL` when it cannot
    /// be read or is not a relation model.
    pub(crate) fn check() -> Result<()> {
        match Self::loaded() {
            Ok(_) => Ok(()),
            Err((what, reason)) => Err(Error::Model {
                what: what.clone(),
                reason: reason.clone(),
            }),
        }
    }

    /// The model, or what and why it could not be read.
    fn loaded() -> &'static std::result::Result<Option<RelationModel>, (String, String)> {
        static MODEL: OnceLock<std::result::Result<Option<RelationModel>, (String, String)>> =
            OnceLock::new();
        MODEL.get_or_init(|| {
            // A model file to try in place of the shipped one (development: the dev set
            // at other thresholds without a rebuild).
            if let Some(path) = std::env::var_os("ACTORGRAPH_RELATION_MODEL") {
                let what = format!(
                    "relation model {} (ACTORGRAPH_RELATION_MODEL)",
                    std::path::Path::new(&path).display()
                );
                let bytes = std::fs::read(&path).map_err(|e| (what.clone(), e.to_string()))?;
                return match RelationModel::read(Bytes::from_vec(bytes)) {
                    Ok(model) => Ok(Some(model)),
                    Err(e) => Err((what, e.to_string())),
                };
            }
            Ok((!SHIPPED.is_empty()).then(|| {
                let model = RelationModel::read(Bytes::from_static(SHIPPED))
                    .expect("the shipped relation model is checked by the tests");
                // the weights are copied: the embedded megabyte is not read again
                crate::nlp::model_io::release_static(SHIPPED);
                model
            }))
        })
    }

    /// Reads a model file.
    #[cfg(any(test, feature = "train"))]
    ///
    /// # Errors
    ///
    /// [`Error::Model`] for a file of another format version or kind, a truncated or
    /// corrupt one.
    pub fn from_bytes(bytes: &[u8]) -> Result<RelationModel> {
        RelationModel::read(Bytes::from_vec(bytes.to_vec()))
    }

    /// Reads a model file's bytes (the checksum of embedded ones is not recomputed).
    fn read(bytes: Bytes) -> Result<RelationModel> {
        let reader = ModelReader::new("relation model", &bytes, KIND)?;
        let mut head = Cursor::new(reader.section(b"HEAD")?);
        let bad = |why: &str| reader.error(why.to_string());
        let bits = head.u32().ok_or_else(|| bad("short HEAD section"))?;
        let threshold = f32::from_bits(head.u32().ok_or_else(|| bad("short HEAD section"))?);
        let drop = f32::from_bits(head.u32().ok_or_else(|| bad("short HEAD section"))?);
        let classes = head.u32().ok_or_else(|| bad("short HEAD section"))?;
        if classes as usize != CLASSES.len() || !(4..=24).contains(&bits) {
            return Err(bad("unexpected classes or hash size"));
        }
        // a threshold per class follows (a file of one threshold has it for every class)
        let mut thresholds = [threshold; 3];
        for t in &mut thresholds[1..] {
            if let Some(x) = head.u32() {
                *t = f32::from_bits(x);
            }
        }
        let w = reader.section(b"WGHT")?;
        let n = (1usize << bits) * CLASSES.len();
        if w.len() != n * 4 {
            return Err(bad("weights of the wrong size"));
        }
        let weights = w
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().expect("4 bytes")))
            .collect();
        Ok(RelationModel {
            bits,
            thresholds,
            drop,
            weights,
        })
    }

    /// The model file.
    #[cfg(any(test, feature = "train"))]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND);
        let mut head = Vec::new();
        head.extend_from_slice(&self.bits.to_le_bytes());
        head.extend_from_slice(&self.thresholds[0].to_bits().to_le_bytes());
        head.extend_from_slice(&self.drop.to_bits().to_le_bytes());
        head.extend_from_slice(&(CLASSES.len() as u32).to_le_bytes());
        for t in &self.thresholds[1..] {
            head.extend_from_slice(&t.to_bits().to_le_bytes());
        }
        w.section(b"HEAD", &head);
        let mut weights = Vec::with_capacity(self.weights.len() * 4);
        for x in &self.weights {
            weights.extend_from_slice(&x.to_le_bytes());
        }
        w.section(b"WGHT", &weights);
        w.finish()
    }

    /// The bucket of each feature.
    pub fn buckets(&self, features: &[String]) -> Vec<usize> {
        let mask = (1u64 << self.bits) - 1;
        features
            .iter()
            .map(|f| (crate::nlp::model_io::checksum(f.as_bytes()) & mask) as usize)
            .collect()
    }

    /// The probability of each class of [`CLASSES`] given the buckets of the features.
    pub fn probs(&self, buckets: &[usize]) -> [f32; 4] {
        let k = CLASSES.len();
        let mut z = [0f32; 4];
        for &b in buckets {
            for (c, zc) in z.iter_mut().enumerate() {
                *zc += self.weights[b * k + c];
            }
        }
        softmax(z)
    }

    /// The decision on a candidate with these class probabilities, given what the engine
    /// states of it: its class, or `None`.
    pub fn decide(&self, probs: &[f32; 4], engine: Option<RelationKind>) -> Option<RelationKind> {
        if let Some(e) = engine {
            return (probs[0] < self.drop).then_some(e);
        }
        let best = (1..CLASSES.len()).max_by(|&a, &b| probs[a].total_cmp(&probs[b]))?;
        if 1.0 - probs[0] < self.thresholds[best - 1] {
            return None;
        }
        CLASSES[best]
    }
}

/// Softmax of four scores.
fn softmax(z: [f32; 4]) -> [f32; 4] {
    let m = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e = z.map(|x| (x - m).exp());
    let s: f32 = e.iter().sum();
    e.map(|x| x / s)
}

/// The dependency path from token `a` to token `b`: `^rel` for each step up from `a` to
/// their common ancestor, `vrel` for each step down to `b`; and its length.
fn path(sa: &SentenceActors<'_, '_>, a: usize, b: usize) -> (String, usize) {
    let p = sa.p;
    let chain = |mut x: usize| {
        let mut v = vec![x];
        while let Some(h) = p.head(x) {
            if v.len() > 64 {
                break;
            }
            v.push(h);
            x = h;
        }
        v
    };
    let up = chain(a);
    let down = chain(b);
    let Some((i, j)) = up
        .iter()
        .enumerate()
        .find_map(|(i, x)| down.iter().position(|y| y == x).map(|j| (i, j)))
    else {
        return ("none".into(), 99);
    };
    let len = i + j;
    if len > 5 {
        return ("long".into(), len);
    }
    let mut s = String::new();
    for &x in &up[..i] {
        s.push('^');
        s.push_str(p.deprels[x].as_str());
    }
    for &x in down[..j].iter().rev() {
        s.push('v');
        s.push_str(p.deprels[x].as_str());
    }
    (s, len)
}

/// A small bucket of a count.
fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=4 => "3-4",
        5..=8 => "5-8",
        _ => "9+",
    }
}

/// The features of one candidate.
pub(crate) fn features(sa: &SentenceActors<'_, '_>, c: &Candidate) -> Vec<String> {
    let (p, words) = (sa.p, &sa.lex.words);
    let v = c.pred;
    let class = c.class.map_or("none", RelationKind::as_str);
    let mut f = Vec::with_capacity(64);
    f.push("bias".to_string());
    f.push(format!("lem={}", c.lemma));
    f.push(format!("cls={class}"));
    f.push(format!("cameo={}", c.cameo));
    f.push(format!("root={}", c.cameo.get(..2).unwrap_or("")));
    f.push(format!("pos={:?}", c.pos));
    f.push(format!("upos={}", p.upos[v].as_str()));
    f.push(format!("prel={}", p.deprels[v].as_str()));
    let mut names = String::new();
    for r in c.rule_names() {
        f.push(format!("r={r}"));
        f.push(format!("r={r}|cls={class}"));
        names.push_str(r);
        names.push('+');
    }
    f.push(format!("rules={names}"));
    f.push(format!("rules={names}|cls={class}"));
    match &c.engine {
        Some(e) => {
            f.push(format!("eng={}", e.relation.as_str()));
            f.push(format!("eng={}|sym={}", e.relation.as_str(), e.symmetric));
            f.push(format!("eng={}|lem={}", e.relation.as_str(), c.lemma));
        }
        None => f.push("eng=none".to_string()),
    }
    if c.mutual {
        f.push("mutual".to_string());
        f.push(format!("mutual|cls={class}"));
    }
    let (ap, al) = path(sa, v, c.agent_tok);
    let (tp, tl) = path(sa, v, c.target_tok);
    f.push(format!("apath={ap}"));
    f.push(format!("tpath={tp}"));
    f.push(format!("apath={ap}|cls={class}"));
    f.push(format!("tpath={tp}|cls={class}"));
    f.push(format!("paths={ap}|{tp}"));
    f.push(format!("alen={}", bucket(al)));
    f.push(format!("tlen={}", bucket(tl)));
    let (at, tt) = (c.agent_tok, c.target_tok);
    let tprep = p.case_of(tt).unwrap_or_else(|| "-".into());
    let aprep = p.case_of(at).unwrap_or_else(|| "-".into());
    f.push(format!("tprep={tprep}"));
    f.push(format!("tprep={tprep}|lem={}", c.lemma));
    f.push(format!("tprep={tprep}|cls={class}"));
    f.push(format!("aprep={aprep}"));
    f.push(format!("arel={}", p.deprels[at].as_str()));
    f.push(format!("trel={}", p.deprels[tt].as_str()));
    f.push(format!("trel={}|lem={}", p.deprels[tt].as_str(), c.lemma));
    f.push(format!("arel={}|lem={}", p.deprels[at].as_str(), c.lemma));
    if sa.denied(v) {
        f.push("denied".to_string());
        f.push(format!("denied|cls={class}"));
    }
    if sa.negated(v) {
        f.push("negated".to_string());
    }
    if sa.hedged(v) {
        f.push("hedged".to_string());
    }
    // the side's own clause: a modal in it ("Y must go"), a negation
    for (side, t) in [("a", at), ("t", tt)] {
        if let Some(h) = p.head(t) {
            for &m in p.children(h) {
                if p.rel(m) == DepRel::Aux {
                    f.push(format!("{side}aux={}", p.lower[m]));
                }
            }
            if words.has(WordClass::SpeechVerb, &p.lemmas[h]) {
                f.push(format!("{side}speech"));
            }
        }
    }
    actor_features(sa, c, class, &tprep, &mut f);
    f.push(format!("adist={}", bucket(at.abs_diff(v))));
    f.push(format!("tdist={}", bucket(tt.abs_diff(v))));
    f.push(format!(
        "order={}{}",
        if at < v { "a<" } else { "a>" },
        if tt < v { "t<" } else { "t>" }
    ));
    f.push(format!(
        "order={}{}|cls={class}",
        if at < v { "a<" } else { "a>" },
        if tt < v { "t<" } else { "t>" }
    ));
    let quotes = (0..v)
        .filter(|&k| matches!(p.lower[k].as_str(), "\"" | "'" | "``" | "''"))
        .count();
    if quotes % 2 == 1 {
        f.push("inquote".to_string());
    }
    if let Some(g) = p.head(v) {
        f.push(format!("gov={}|{}", p.deprels[v].as_str(), p.lemmas[g]));
        if words.has(WordClass::SpeechVerb, &p.lemmas[g]) {
            f.push("under_speech".to_string());
        }
    }
    f
}

/// The features of a candidate's actors: their types and mention kinds, places, and
/// which rules reached them.
fn actor_features(
    sa: &SentenceActors<'_, '_>,
    c: &Candidate,
    class: &str,
    tprep: &str,
    f: &mut Vec<String>,
) {
    let (at, tt) = (c.agent_tok, c.target_tok);
    let ty = |t: usize| {
        sa.actor_type[t].map_or("?", |k| match k {
            ActorType::Person => "per",
            ActorType::Organization => "org",
            ActorType::Country => "cty",
            ActorType::Group => "grp",
            ActorType::Location => "loc",
        })
    };
    let kind = |t: usize| sa.kind[t].map_or("?".to_string(), |k| format!("{k:?}"));
    f.push(format!("atype={}", ty(at)));
    f.push(format!("ttype={}", ty(tt)));
    f.push(format!("types={}|{}", ty(at), ty(tt)));
    f.push(format!("types={}|{}|cls={class}", ty(at), ty(tt)));
    f.push(format!("akind={}", kind(at)));
    f.push(format!("tkind={}", kind(tt)));
    f.push(format!("ttype={}|lem={}", ty(tt), c.lemma));
    // a place (a city, a seat) is where something happens far more often than a party
    if sa.place[tt] {
        f.push("tplace".to_string());
        f.push(format!("tplace|tprep={tprep}"));
    }
    if sa.place[at] {
        f.push("aplace".to_string());
    }
    // the few rules that read the trigger's own arguments, apart from the generous ones
    let direct = c.rule_names().any(|r| {
        matches!(
            r,
            "subject"
                | "object"
                | "passive_by"
                | "passive_subject"
                | "light_verb"
                | "light_verb_phrase"
        )
    });
    let generous = c.rule_names().any(|r| r == "clause_actor");
    f.push(format!("direct={direct}|generous={generous}|cls={class}"));
}

/// The relations of one sentence: the candidates the model keeps, each as the class it
/// decides.
pub(crate) fn decide(sa: &SentenceActors<'_, '_>) -> Vec<Found> {
    // a model that neither adds nor drops anything leaves the engine's statements as they
    // are, at no cost
    let Some(model) = RelationModel::shipped()
        .filter(|m| m.thresholds.iter().any(|&t| t <= 1.0) || m.drop <= 1.0)
    else {
        return super::find_relations(sa);
    };
    let mut out = Vec::new();
    for c in candidates(sa) {
        let probs = model.probs(&model.buckets(&features(sa, &c)));
        let Some(relation) = model.decide(&probs, c.engine.as_ref().map(|e| e.relation)) else {
            continue;
        };
        out.push(found(sa, &c, relation));
    }
    out
}

/// The statement of candidate `c` as `relation`.
pub(crate) fn found(sa: &SentenceActors<'_, '_>, c: &Candidate, relation: RelationKind) -> Found {
    let symmetric = relation == RelationKind::Meets || c.mutual;
    if let Some(e) = c.engine.as_ref().filter(|e| e.relation == relation) {
        return Found {
            agent: c.agent,
            target: c.target,
            symmetric: symmetric || e.symmetric,
            ..e.clone()
        };
    }
    let (cameo, goldstein) = if c.class == Some(relation) {
        (c.cameo.clone(), c.goldstein)
    } else {
        let code = sa.lex.constructions.get(match relation {
            RelationKind::Meets => Construction::DecidedMeets,
            RelationKind::Backs => Construction::DecidedBacks,
            _ => Construction::DecidedOpposes,
        });
        (code.cameo.to_string(), code.goldstein)
    };
    Found {
        agent: c.agent,
        target: c.target,
        relation,
        symmetric,
        weak: sa.hedged(c.pred),
        trigger: c.trigger,
        cameo,
        goldstein,
        class: crate::TriggerClass::Event,
    }
}

/// A labelled example for training: the buckets are computed by the model being trained.
#[cfg(feature = "train")]
pub struct Example {
    /// The features.
    pub features: Vec<String>,
    /// The index in [`CLASSES`] of its label.
    pub label: usize,
}

/// Options of [`train`].
#[cfg(feature = "train")]
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// log2 of the number of hash buckets.
    pub bits: u32,
    /// Passes over the examples.
    pub epochs: usize,
    /// The learning rate at the start (decays as 1/(1 + epoch)).
    pub rate: f32,
    /// L2 regularization per example and step.
    pub l2: f32,
    /// The seed of the example order.
    pub seed: u64,
}

#[cfg(feature = "train")]
impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            bits: 16,
            epochs: 15,
            rate: 0.2,
            l2: 1e-5,
            seed: 7,
        }
    }
}

/// Trains a model by stochastic gradient descent on the log loss, deterministically.
#[cfg(feature = "train")]
pub fn train(examples: &[Example], opts: TrainOptions) -> RelationModel {
    let mut m = RelationModel::zeros(opts.bits, 0.5, 1.0);
    let k = CLASSES.len();
    let data: Vec<(Vec<usize>, usize)> = examples
        .iter()
        .map(|e| {
            let mut b = m.buckets(&e.features);
            b.sort_unstable();
            b.dedup();
            (b, e.label)
        })
        .collect();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut state = opts.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let rate = opts.rate / (1.0 + epoch as f32 * 0.5);
        for &i in &order {
            let (b, y) = &data[i];
            let pr = m.probs(b);
            for &f in b {
                for (c, &pc) in pr.iter().enumerate() {
                    let g = pc - if c == *y { 1.0 } else { 0.0 };
                    let w = &mut m.weights[f * k + c];
                    *w -= rate * (g + opts.l2 * *w);
                }
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_files_round_trip_and_fail_loudly() {
        let mut m = RelationModel::zeros(4, 0.3, 0.9);
        m.weights[5] = 1.5;
        m.weights[63] = -0.25;
        let bytes = m.to_bytes();
        assert_eq!(RelationModel::from_bytes(&bytes).unwrap(), m);
        let mut corrupt = bytes.clone();
        corrupt[40] ^= 1;
        let e = RelationModel::from_bytes(&corrupt).unwrap_err().to_string();
        assert!(
            e.contains("relation model") && e.contains("checksum"),
            "{e}"
        );
        let e = RelationModel::from_bytes(&bytes[..bytes.len() - 3])
            .unwrap_err()
            .to_string();
        assert!(e.contains("truncated"), "{e}");
        let mut other = bytes.clone();
        other[12..16].copy_from_slice(b"TAGR");
        let e = RelationModel::from_bytes(&other).unwrap_err().to_string();
        assert!(e.contains("wrong model kind"), "{e}");
    }

    #[test]
    fn decisions_follow_the_thresholds() {
        let m = RelationModel::zeros(4, 0.5, 0.9);
        let opposes = Some(RelationKind::Opposes);
        assert_eq!(m.decide(&[0.4, 0.1, 0.2, 0.3], None), opposes);
        assert_eq!(m.decide(&[0.6, 0.1, 0.1, 0.2], None), None);
        // what the engine states stays, as its class, unless `none` is very likely
        let backs = Some(RelationKind::Backs);
        assert_eq!(m.decide(&[0.8, 0.0, 0.0, 0.2], backs), backs);
        assert_eq!(m.decide(&[0.95, 0.0, 0.0, 0.05], backs), None);
        // each class has its own threshold: meets added, opposes never
        let mut m = RelationModel::zeros(4, 1.01, 1.01);
        m.thresholds[0] = 0.3;
        let meets = Some(RelationKind::Meets);
        assert_eq!(m.decide(&[0.6, 0.3, 0.05, 0.05], None), meets);
        assert_eq!(m.decide(&[0.1, 0.0, 0.0, 0.9], None), None);
    }

    #[test]
    fn a_file_of_one_threshold_has_it_for_every_class() {
        let m = RelationModel::zeros(4, 0.4, 0.9);
        let mut bytes = m.to_bytes();
        // rewrite the file with the HEAD section of the first format (16 bytes)
        let mut w = ModelWriter::new(KIND);
        let reader =
            ModelReader::new("relation model", &Bytes::from_vec(bytes.clone()), KIND).unwrap();
        w.section(b"HEAD", &reader.section(b"HEAD").unwrap()[..16]);
        w.section(b"WGHT", &reader.section(b"WGHT").unwrap());
        bytes = w.finish();
        assert_eq!(
            RelationModel::from_bytes(&bytes).unwrap().thresholds,
            [0.4; 3]
        );
    }

    #[test]
    fn the_shipped_model_loads() {
        let m = RelationModel::shipped().expect("a trained model is shipped");
        assert_eq!(m.weights.len(), (1 << m.bits) * CLASSES.len());
    }

    #[cfg(feature = "train")]
    #[test]
    fn training_learns_a_separable_toy() {
        let ex = |f: &str, label: usize| Example {
            features: vec!["bias".into(), f.into()],
            label,
        };
        let examples: Vec<Example> = (0..20)
            .flat_map(|_| [ex("lem=meet", 1), ex("lem=say", 0), ex("lem=attack", 3)])
            .collect();
        let m = train(&examples, TrainOptions::default());
        let class = |f: &str| {
            let p = m.probs(&m.buckets(&["bias".into(), f.into()]));
            (0..4).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap()
        };
        assert_eq!(
            [class("lem=meet"), class("lem=say"), class("lem=attack")],
            [1, 0, 3]
        );
        assert_eq!(
            train(&examples, TrainOptions::default()),
            m,
            "deterministic"
        );
    }
}
