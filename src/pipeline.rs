//! The pipeline: document -> segmented text -> annotations -> actors and statements.

use crate::Result;
use crate::graph::{ActorGraph, DocumentGraph, DocumentInfo};
use crate::ingest::Document;

/// Everything needed to turn documents into graphs: lexicon and models, loaded once.
#[derive(Debug)]
pub struct Pipeline {
    _private: (),
}

impl Pipeline {
    /// The pipeline with the lexicon and models shipped with the crate.
    pub fn new() -> Result<Pipeline> {
        Ok(Pipeline { _private: () })
    }

    /// Extracts one document's actors and statements.
    pub fn extract(&self, doc: &Document) -> DocumentGraph {
        // placeholder until the extractor lands: no actors, no statements
        DocumentGraph {
            document: Some(DocumentInfo {
                id: doc.id.clone(),
                path: doc.path.clone(),
            }),
            actors: Vec::new(),
            statements: Vec::new(),
        }
    }

    /// Extracts every document and merges them into one graph, in input order.
    /// `progress` is called after each document with the number done so far.
    pub fn build(&self, docs: &[Document], progress: &(dyn Fn(usize) + Sync)) -> ActorGraph {
        let mut graph = ActorGraph::new();
        for (i, doc) in docs.iter().enumerate() {
            graph.add_document(&self.extract(doc));
            progress(i + 1);
        }
        graph
    }
}
