//! Statistics of a graph: counts, components, and the most central actors.

use std::fmt;

use petgraph::Direction;
use petgraph::unionfind::UnionFind;
use serde::Serialize;

use super::page_rank;
use crate::domain::{ActorType, RelationKind};
use crate::graph::ActorGraph;

/// PageRank damping factor used by [`stats`].
pub const DAMPING: f64 = 0.85;

/// How many actors of one type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeCount {
    /// The actor type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Actors of that type.
    pub actors: usize,
}

/// How many edges and statements of one relation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationCount {
    /// The relation.
    pub relation: RelationKind,
    /// Merged edges.
    pub edges: usize,
    /// Statements (the sum of the edges' weights).
    pub statements: usize,
}

/// One actor in a ranking, with its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked<T> {
    /// The actor's canonical id.
    pub actor: String,
    /// The actor's type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Its score.
    pub score: T,
}

/// What [`stats`] finds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Documents read.
    pub documents: usize,
    /// Actors (nodes).
    pub actors: usize,
    /// Merged edges.
    pub edges: usize,
    /// Statements (the sum of the edge weights).
    pub statements: usize,
    /// Distinct evidence sentences.
    pub sentences: usize,
    /// Actors by type, in the order of [`ActorType`]; types with no actor are listed with 0.
    pub by_type: Vec<TypeCount>,
    /// Edges and statements by relation, in the order of [`RelationKind`].
    pub by_relation: Vec<RelationCount>,
    /// Weakly connected components (an actor without edges is one).
    pub components: usize,
    /// Actors in the largest component.
    pub largest_component: usize,
    /// Actors without any edge.
    pub isolated: usize,
    /// Most edges (in and out).
    pub top_degree: Vec<Ranked<usize>>,
    /// Most statements (the weights of their edges, in and out).
    pub top_weighted_degree: Vec<Ranked<usize>>,
    /// Highest PageRank (see [`page_rank`]), damping [`DAMPING`].
    pub top_pagerank: Vec<Ranked<f64>>,
}

/// Counts and rankings of `graph`; each ranking lists the `top` best actors, ties in graph
/// order (first mention).
pub fn stats(graph: &ActorGraph, top: usize) -> Stats {
    let g = graph.petgraph();
    let by_type = [
        ActorType::Person,
        ActorType::Organization,
        ActorType::Country,
        ActorType::Group,
        ActorType::Location,
    ]
    .into_iter()
    .map(|kind| TypeCount {
        kind,
        actors: graph.actors().filter(|a| a.kind == kind).count(),
    })
    .collect();
    let by_relation = [
        RelationKind::Meets,
        RelationKind::Backs,
        RelationKind::Opposes,
        RelationKind::AffiliatedWith,
    ]
    .into_iter()
    .map(|relation| {
        let edges: Vec<_> = graph
            .edges()
            .filter(|(_, _, r)| r.relation == relation)
            .collect();
        RelationCount {
            relation,
            edges: edges.len(),
            statements: edges.iter().map(|(_, _, r)| r.weight).sum(),
        }
    })
    .collect();

    let mut union = UnionFind::<usize>::new(g.node_count());
    for e in g.edge_indices() {
        let (s, t) = g.edge_endpoints(e).expect("edge index from this graph");
        union.union(s.index(), t.index());
    }
    let mut sizes = vec![0usize; g.node_count()];
    for i in 0..g.node_count() {
        sizes[union.find(i)] += 1;
    }

    let incident = |i| {
        g.edges_directed(i, Direction::Outgoing)
            .chain(g.edges_directed(i, Direction::Incoming))
    };
    let degree: Vec<usize> = g.node_indices().map(|i| incident(i).count()).collect();
    let weighted: Vec<usize> = g
        .node_indices()
        .map(|i| incident(i).map(|e| e.weight().weight).sum())
        .collect();
    let sentences: std::collections::HashSet<_> = graph
        .edges()
        .flat_map(|(_, _, r)| r.evidence.iter())
        .collect();
    Stats {
        documents: graph.documents().len(),
        actors: graph.actor_count(),
        edges: graph.edge_count(),
        statements: graph.edges().map(|(_, _, r)| r.weight).sum(),
        sentences: sentences.len(),
        by_type,
        by_relation,
        components: petgraph::algo::connected_components(g),
        largest_component: sizes.iter().copied().max().unwrap_or(0),
        isolated: degree.iter().filter(|&&d| d == 0).count(),
        top_degree: ranking(graph, &degree, top),
        top_weighted_degree: ranking(graph, &weighted, top),
        top_pagerank: ranking(graph, &page_rank(graph, DAMPING), top),
    }
}

/// The `top` actors by `score`, best first, ties in graph order.
fn ranking<T: Copy + PartialOrd>(graph: &ActorGraph, score: &[T], top: usize) -> Vec<Ranked<T>> {
    let actors: Vec<_> = graph.actors().collect();
    let mut order: Vec<usize> = (0..actors.len()).collect();
    order.sort_by(|&a, &b| {
        score[b]
            .partial_cmp(&score[a])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    order
        .into_iter()
        .take(top)
        .map(|i| Ranked {
            actor: actors[i].id.clone(),
            kind: actors[i].kind,
            score: score[i],
        })
        .collect()
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} documents, {} actors, {} edges ({} statements in {} sentences)",
            self.documents, self.actors, self.edges, self.statements, self.sentences
        )?;
        writeln!(
            f,
            "{} components (largest: {} actors), {} actors without edges",
            self.components, self.largest_component, self.isolated
        )?;
        writeln!(f, "\nactors by type")?;
        for t in &self.by_type {
            writeln!(f, "  {:<16} {:>7}", t.kind.as_str(), t.actors)?;
        }
        writeln!(f, "\nedges by relation            edges  statements")?;
        for r in &self.by_relation {
            writeln!(
                f,
                "  {:<24} {:>7} {:>11}",
                r.relation.as_str(),
                r.edges,
                r.statements
            )?;
        }
        let table = |f: &mut fmt::Formatter<'_>, title: &str, rows: Vec<(String, String)>| {
            writeln!(f, "\n{title}")?;
            if rows.is_empty() {
                writeln!(f, "  (no actors)")?;
            }
            for (i, (actor, score)) in rows.into_iter().enumerate() {
                writeln!(f, "  {:>3}. {score:>9}  {actor}", i + 1)?;
            }
            Ok(())
        };
        let label = |r: &Ranked<usize>| (format!("{} ({})", r.actor, r.kind), r.score.to_string());
        table(
            f,
            "top actors by degree (edges)",
            self.top_degree.iter().map(label).collect(),
        )?;
        table(
            f,
            "top actors by weighted degree (statements)",
            self.top_weighted_degree.iter().map(label).collect(),
        )?;
        table(
            f,
            "top actors by PageRank",
            self.top_pagerank
                .iter()
                .map(|r| {
                    (
                        format!("{} ({})", r.actor, r.kind),
                        format!("{:.4}", r.score),
                    )
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample_graph;

    #[test]
    fn sample_graph_stats() {
        let s = stats(&sample_graph(), 3);
        assert_eq!((s.documents, s.actors, s.edges), (1, 7, 7));
        assert_eq!(s.statements, 8, "meets Kerry-Egypt was stated twice");
        assert_eq!(s.sentences, 2);
        let types: Vec<_> = s.by_type.iter().map(|t| t.actors).collect();
        assert_eq!(types, [2, 0, 3, 1, 1]);
        let relations: Vec<_> = s
            .by_relation
            .iter()
            .map(|r| (r.relation.as_str(), r.edges, r.statements))
            .collect();
        assert_eq!(
            relations,
            [
                ("meets", 2, 3),
                ("backs", 1, 1),
                ("opposes", 3, 3),
                ("affiliated_with", 1, 1)
            ]
        );
        // {Kerry, Egypt, O"Brien}, {Erdogan, Turkey, Israel}, {Gaza}.
        assert_eq!((s.components, s.largest_component, s.isolated), (3, 3, 1));
        let degree: Vec<_> = s
            .top_degree
            .iter()
            .map(|r| (r.actor.as_str(), r.score))
            .collect();
        assert_eq!(
            degree,
            [("Egypt", 4), ("John Kerry", 3), ("Recep Tayyip Erdoğan", 3)]
        );
        let weighted: Vec<_> = s
            .top_weighted_degree
            .iter()
            .map(|r| (r.actor.as_str(), r.score))
            .collect();
        assert_eq!(weighted[0], ("Egypt", 5));
        assert_eq!(s.top_pagerank.len(), 3);
        let text = s.to_string();
        assert!(text.starts_with("1 documents, 7 actors, 7 edges (8 statements in 2 sentences)\n"));
        assert!(
            text.contains("\n    1.         4  Egypt (country)\n"),
            "{text}"
        );
    }

    #[test]
    fn empty_graph() {
        let s = stats(&ActorGraph::new(), 10);
        assert_eq!((s.actors, s.components, s.largest_component), (0, 0, 0));
        assert!(s.to_string().contains("(no actors)"));
    }
}
