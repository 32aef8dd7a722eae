//! # actorgraph
//!
//! Turns news articles into a knowledge graph of actors (people, organizations, countries,
//! groups) and the relations the text states between them (meets, backs, opposes,
//! affiliated with), with the sentence that states each edge.
//!
//! ```text
//!  files, folders, stdin; JSON Lines and CSV feeds (gzip too)
//!        |  ingest      Document { id, text, date }, read lazily
//!        v
//!  text          sentences and tokens as byte spans of the original text
//!        v
//!  nlp           tags (Upos), lemmas, entities, dependency tree (DepRel): trained here
//!        v
//!  extract       mentions -> actors (names, titles, descriptions, references)
//!                affiliations; relations (argument rules over the tree + the lexicon)
//!        v       DocumentGraph: actors and statements, each with its evidence
//!  graph         ActorGraph: one node per actor, one edge per (source, relation, target)
//!        v
//!  export        JSON, DOT, SVG, GraphML, GEXF, Cytoscape.js, Neo4j, HTML, Parquet
//!  query         stats, neighbors, subgraph, merge over a built graph
//! ```
//!
//! [`Pipeline`] holds the shipped lexicon and models and extracts documents (in parallel
//! batches, merged in input order); [`export`] writes each format (and reads each back);
//! [`query`] answers questions over a built graph: statistics, an actor's neighbourhood,
//! subgraphs, and merging graphs built separately. [`nlp`] is the trained linguistic layer
//! (tagger, lemmatizer, dependency parser, entity recognizer) and [`lexicon`] the
//! gazetteer and relation triggers.
//!
//! ```
//! use actorgraph::{Document, Pipeline, RelationKind};
//!
//! let pipeline = Pipeline::new()?;
//! let text = "Turkish Prime Minister Recep Tayyip Erdogan condemned Israel.";
//! let graph = pipeline.build(&[Document::new("example", text)], &|_done| {});
//! let edges: Vec<String> = graph
//!     .edges()
//!     .map(|(s, t, r)| format!("{} -{}-> {}", s.id, r.relation, t.id))
//!     .collect();
//! assert!(edges.contains(&"Recep Tayyip Erdogan -opposes-> Israel".to_string()));
//! assert!(edges.contains(&"Recep Tayyip Erdogan -affiliated_with-> Turkey".to_string()));
//! let (_, _, r) = graph.edges().find(|(_, _, r)| r.relation == RelationKind::Opposes).unwrap();
//! assert_eq!(r.evidence[0].text, text); // every edge keeps the sentence that states it
//! # Ok::<(), actorgraph::Error>(())
//! ```
#![deny(missing_docs)]

#[cfg(feature = "train")]
mod corpus;
mod documents;
mod domain;
mod error;
pub mod export;
mod extract;
mod graph;
mod ingest;
pub mod lexicon;
pub mod nlp;
mod pipeline;
pub mod query;
pub mod text;

pub use documents::Documents;
pub use domain::{
    Actor, ActorType, Coreference, Date, Dates, Document, DocumentGraph, DocumentInfo, Evidence,
    Names, RelationKind, Span, Statement, TriggerClass, TypeVotes,
};
pub use error::{Error, Result};
pub use graph::{ActorGraph, DEFAULT_EVIDENCE, Relation};
pub use ingest::{
    Articles, Fields, Input, InputFormat, Inputs, MAX_ARTICLE_BYTES, ReadOptions, article_date,
    open_inputs, read_file, read_inputs, read_inputs_with, read_reader,
};
pub use pipeline::{Pipeline, PipelineBuilder};

/// Training the learned relation decision (feature `train`): the candidates of a document
/// with their features, the model and its trainer, and the relation corpus reader.
#[cfg(feature = "train")]
pub mod learn {
    pub use crate::corpus::{CorpusError, GoldActor, GoldRecord, GoldRelation, read_gold};
    pub use crate::corpus::{conll_document, document_text, sha256_hex};
    pub use crate::extract::relations_model::{
        CLASSES, Example, RelationModel, TrainOptions, train,
    };
    pub use crate::extract::{CandidateRecord, CandidateSentence};
}
pub use text::{Segmented, Sentence, Token};

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
