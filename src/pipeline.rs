//! The pipeline: document -> segmented text -> annotations -> actors and statements.

use std::borrow::Borrow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::Result;
use crate::domain::DocumentGraph;
use crate::domain::{Coreference, Document};
use crate::extract::{Annotator, Parsed, extract_document_with, parse};
use crate::graph::ActorGraph;
use crate::lexicon::Lexicon;
use crate::nlp::{DepRel, Models, Tagged, Upos, WordFacts};
use crate::text::normalize;

/// Everything needed to turn documents into graphs: lexicon and models, loaded once.
#[derive(Debug)]
pub struct Pipeline {
    lexicon: Lexicon,
    models: Models,
    coreference: Coreference,
}

/// Documents are extracted in parallel batches of this size and merged in input order, so
/// memory stays bounded by a batch, not the corpus.
const BATCH: usize = 512;

/// A batch also ends after this many bytes of text, so that a batch of long articles stays
/// as small in memory as one of short ones.
const BATCH_BYTES: usize = 64 << 20;

impl Annotator for Models {
    /// The tagger's output and the word features, which the parser reuses.
    type Pending = (Tagged, WordFacts);

    fn tag<'a>(&self, words: &[&'a str]) -> (Parsed<'a>, Self::Pending) {
        let (tagged, entities, facts) = self.tag_and_recognize(words);
        let mut p = Parsed {
            words: words.to_vec(),
            lower: words.iter().map(|w| normalize(w).to_lowercase()).collect(),
            upos: tagged.upos.clone(),
            lemmas: tagged.lemmas.iter().map(str::to_lowercase).collect(),
            heads: vec![parse::ROOT; words.len()],
            deprels: vec![DepRel::Dep; words.len()],
            entities: entities.iter().map(|e| (e.start, e.end, e.label)).collect(),
            ..Parsed::default()
        };
        p.finish();
        (p, (tagged, facts))
    }

    fn parse(&self, p: &mut Parsed<'_>, (mut tagged, facts): Self::Pending) {
        if p.has_tree {
            return;
        }
        // a retag by the parse (participle to past tense) keeps the word's UPOS and
        // lemma; a plural noun read again as a present tense ("Peru thanks Chile") becomes
        // a verb with the verb's lemma, which `p` takes (the quantifier retag of
        // `repair::floating_quantifier` stays the parser's own)
        let (mut heads, mut deprels) = self.parse_with(&facts, &mut tagged);
        for k in 0..p.upos.len() {
            if tagged.upos[k] == Upos::Verb && p.upos[k] != Upos::Verb {
                p.upos[k] = Upos::Verb;
                p.lemmas[k] = tagged.lemmas.get(k).to_lowercase();
            }
        }
        // the repairs of the tree that need the recognizer's entities (as `Models::analyze`)
        crate::nlp::repair_with_entities(&tagged.upos, &mut heads, &mut deprels, &p.entities);
        p.heads = heads
            .iter()
            .map(|&h| if h == 0 { parse::ROOT } else { h as usize - 1 })
            .collect();
        p.deprels = deprels;
        p.has_tree = true;
        p.finish();
    }
}

impl Pipeline {
    /// The pipeline with the lexicon and models shipped with the crate.
    pub fn new() -> Result<Pipeline> {
        // the two loads are independent; on two cores they take the time of the longer
        let (lexicon, models) = rayon::join(Lexicon::load_default, Models::load_default);
        crate::extract::check_relation_model()?;
        Ok(Pipeline::with(lexicon?, models?))
    }

    /// A builder of a pipeline with the user's dictionaries added to the shipped lexicon.
    ///
    /// ```no_run
    /// use actorgraph::Pipeline;
    ///
    /// let pipeline = Pipeline::builder()
    ///     .actors("my-actors.tsv")
    ///     .triggers("my-triggers.tsv")
    ///     .build()?;
    /// # Ok::<(), actorgraph::Error>(())
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// A pipeline with the given lexicon and models.
    pub fn with(lexicon: Lexicon, models: Models) -> Pipeline {
        Pipeline {
            lexicon,
            models,
            coreference: Coreference::default(),
        }
    }

    /// Every candidate relation of a document with the features of the learned decision,
    /// before the decision: what `train_relations` labels and learns from.
    #[cfg(feature = "train")]
    pub fn relation_candidates(&self, doc: &Document) -> Vec<crate::extract::CandidateSentence> {
        crate::extract::candidate_records(doc, &self.lexicon, &self.models)
    }

    /// Extracts one document's actors and statements.
    pub fn extract(&self, doc: &Document) -> DocumentGraph {
        extract_document_with(doc, &self.lexicon, &self.models, self.coreference)
    }

    /// Extracts every document (in parallel) and merges them into one graph, in input
    /// order. `progress` is called after each document with the number done so far.
    pub fn build(&self, docs: &[Document], progress: &(dyn Fn(usize) + Sync)) -> ActorGraph {
        self.build_stream(docs.iter(), ActorGraph::new(), progress, &mut |_| {})
    }

    /// Extracts the documents of a stream and merges them into `graph`, in input order.
    ///
    /// Documents are taken from the stream a batch at a time (at most 512 documents or 64
    /// MiB of text) and extracted in parallel while the next batch is read, then merged
    /// and dropped: memory holds two batches and the graph, never the corpus. `observe`
    /// sees each document's actors and statements, in input order, before they are merged
    /// (the command line streams the full evidence table from it); `progress` is called
    /// after each document with the number done so far.
    pub fn build_stream<D, I>(
        &self,
        docs: I,
        mut graph: ActorGraph,
        progress: &(dyn Fn(usize) + Sync),
        observe: &mut dyn FnMut(&DocumentGraph),
    ) -> ActorGraph
    where
        I: Iterator<Item = D> + Send,
        D: Borrow<Document> + Send + Sync,
    {
        let done = AtomicUsize::new(0);
        let mut docs = docs;
        let mut batch = next_batch(&mut docs);
        while !batch.is_empty() {
            let (graphs, next) = rayon::join(
                || self.extract_batch(&batch, &done, progress),
                || next_batch(&mut docs),
            );
            drop(batch);
            for g in &graphs {
                observe(g);
                graph.add_document(g);
            }
            batch = next;
        }
        graph
    }
}

impl Pipeline {
    /// The graphs of the documents of a batch, in its order, extracted in parallel
    /// longest first: every thread takes the longest document left, so that at the end of
    /// the batch the threads wait for each other only as long as a short document takes,
    /// not a long one that happened to come last.
    fn extract_batch<D: Borrow<Document> + Sync>(
        &self,
        batch: &[D],
        done: &AtomicUsize,
        progress: &(dyn Fn(usize) + Sync),
    ) -> Vec<DocumentGraph> {
        let mut order: Vec<usize> = (0..batch.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(batch[i].borrow().text.len()));
        let graphs: Vec<OnceLock<DocumentGraph>> = batch.iter().map(|_| OnceLock::new()).collect();
        let taken = AtomicUsize::new(0);
        let work = || {
            while let Some(&i) = order.get(taken.fetch_add(1, Ordering::Relaxed)) {
                let _ = graphs[i].set(self.extract(batch[i].borrow()));
                progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            }
        };
        rayon::scope(|s| {
            for _ in 1..rayon::current_num_threads().min(batch.len()) {
                s.spawn(|_| work());
            }
            work();
        });
        graphs
            .into_iter()
            .map(|g| {
                g.into_inner()
                    .expect("every document of the batch extracted")
            })
            .collect()
    }
}

/// Builds a [`Pipeline`] with user dictionaries ([`Lexicon::add_actors`],
/// [`Lexicon::add_triggers`]), applied in the order given.
#[derive(Debug, Default, Clone)]
pub struct PipelineBuilder {
    actors: Vec<PathBuf>,
    triggers: Vec<PathBuf>,
    coreference: Coreference,
    stance: Option<bool>,
}

impl PipelineBuilder {
    /// Adds an actors file (TSV; see [`Lexicon::add_actors`]).
    pub fn actors(mut self, path: impl Into<PathBuf>) -> Self {
        self.actors.push(path.into());
        self
    }

    /// Adds a triggers file (the columns of `triggers.tsv`; see [`Lexicon::add_triggers`]).
    pub fn triggers(mut self, path: impl Into<PathBuf>) -> Self {
        self.triggers.push(path.into());
        self
    }

    /// Resolves pronouns and descriptions by `coreference` (default [`Coreference::Rule`]).
    pub fn coreference(mut self, coreference: Coreference) -> Self {
        self.coreference = coreference;
        self
    }

    /// Keeps (`true`) or drops the relations of the trigger class `stance`, a speaker's
    /// judgement of another actor ("X said Y's plan was reckless"; see
    /// [`Lexicon::keep_stance`]). Unset, the shipped default
    /// ([`crate::lexicon::STANCE_DEFAULT`]).
    pub fn stance(mut self, keep: bool) -> Self {
        self.stance = Some(keep);
        self
    }

    /// Loads the shipped lexicon and models and adds the files.
    ///
    /// # Errors
    ///
    /// A file that cannot be read ([`crate::Error::NotFound`], [`crate::Error::Io`]) or
    /// has a bad row ([`crate::Error::Lexicon`], naming the file and line).
    pub fn build(self) -> Result<Pipeline> {
        let (lexicon, models) = rayon::join(
            || -> Result<Lexicon> {
                let mut lexicon = Lexicon::load_default()?;
                for path in &self.actors {
                    let text = read_text(path)?;
                    lexicon.add_actors(&path.display().to_string(), &text)?;
                }
                for path in &self.triggers {
                    let text = read_text(path)?;
                    lexicon.add_triggers(&path.display().to_string(), &text)?;
                }
                if let Some(keep) = self.stance {
                    lexicon.keep_stance(keep);
                }
                Ok(lexicon)
            },
            Models::load_default,
        );
        crate::extract::check_relation_model()?;
        let mut pipeline = Pipeline::with(lexicon?, models?);
        pipeline.coreference = self.coreference;
        Ok(pipeline)
    }
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| crate::Error::io(path, e))
}

/// The next batch of documents: at most [`BATCH`] of them, or [`BATCH_BYTES`] of text.
fn next_batch<D: Borrow<Document>>(docs: &mut impl Iterator<Item = D>) -> Vec<D> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    for doc in docs.by_ref() {
        bytes += doc.borrow().text.len();
        batch.push(doc);
        if batch.len() >= BATCH || bytes >= BATCH_BYTES {
            break;
        }
    }
    batch
}
