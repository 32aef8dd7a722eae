//! # actorgraph
//!
//! Turns news articles into a knowledge graph of actors (people, organizations, countries,
//! groups) and the relations the text states between them (meets, backs, opposes,
//! affiliated with), with the sentence that states each edge.
//!
//! ```text
//! text -> documents -> sentences/tokens -> annotations -> mentions -> actors
//!                                                             |
//!                                                             v
//!                                  relations -> graph -> JSON / DOT / SVG / GraphML / GEXF /
//!                                                        Cytoscape.js / Neo4j / HTML
//! ```
//!
//! [`export`] writes each format (and reads each back); [`query`] answers questions over a
//! built graph: statistics, an actor's neighbourhood, subgraphs, and merging graphs built
//! separately.
#![deny(missing_docs)]

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

pub use error::{Error, Result};
pub use graph::{
    Actor, ActorGraph, ActorType, DocumentGraph, DocumentInfo, Evidence, Relation, RelationKind,
    Statement,
};
pub use ingest::{Document, Inputs, article_date, read_file, read_inputs, read_reader};
pub use pipeline::Pipeline;
pub use text::{Segmented, Sentence, Span, Token};

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
