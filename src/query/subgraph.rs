//! Smaller graphs cut out of a big one, for readable diagrams.

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::Direction;
use petgraph::visit::EdgeRef;

use super::find_actor;
use crate::domain::RelationKind;
use crate::error::Result;
use crate::graph::ActorGraph;

/// Which part of a graph [`subgraph`] keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Keep only the actors within [`depth`](Self::depth) steps of this one (any alias).
    pub actor: Option<String>,
    /// Steps from [`actor`](Self::actor), following kept edges both ways.
    pub depth: usize,
    /// Keep only edges of these relations (all when empty).
    pub relations: Vec<RelationKind>,
    /// Keep only edges of at least this many statements.
    pub min_weight: usize,
}

impl Default for Selection {
    /// Everything: no actor, depth 1, every relation, weight 1.
    fn default() -> Selection {
        Selection {
            actor: None,
            depth: 1,
            relations: Vec::new(),
            min_weight: 1,
        }
    }
}

/// The part of `graph` that `selection` keeps.
///
/// An edge is kept when its relation is selected and its weight is at least the minimum,
/// and both its ends are kept. With an actor, the actors kept are those within `depth`
/// steps of it over kept edges (the actor itself always); without one, the actors with at
/// least one kept edge, so a filter on relations or weight drops the actors it leaves
/// alone. Actors and edges keep all their attributes and their order; the list of
/// documents is that of `graph`.
///
/// # Errors
///
/// As [`find_actor`], when the actor is not in the graph.
pub fn subgraph(graph: &ActorGraph, selection: &Selection) -> Result<ActorGraph> {
    let g = graph.petgraph();
    let kept_edge = |r: &crate::graph::Relation| {
        (selection.relations.is_empty() || selection.relations.contains(&r.relation))
            && r.weight >= selection.min_weight
    };
    let mut kept: HashSet<petgraph::graph::NodeIndex> = HashSet::new();
    match &selection.actor {
        Some(name) => {
            let start = super::node_index(graph)[find_actor(graph, name)?.id.as_str()];
            let mut distance = HashMap::from([(start, 0usize)]);
            let mut queue = VecDeque::from([start]);
            while let Some(node) = queue.pop_front() {
                let d = distance[&node];
                if d >= selection.depth {
                    continue;
                }
                for e in g
                    .edges_directed(node, Direction::Outgoing)
                    .chain(g.edges_directed(node, Direction::Incoming))
                    .filter(|e| kept_edge(e.weight()))
                {
                    let other = if e.source() == node {
                        e.target()
                    } else {
                        e.source()
                    };
                    if let std::collections::hash_map::Entry::Vacant(slot) = distance.entry(other) {
                        slot.insert(d + 1);
                        queue.push_back(other);
                    }
                }
            }
            kept.extend(distance.keys());
        }
        None => {
            for e in g.edge_references().filter(|e| kept_edge(e.weight())) {
                kept.insert(e.source());
                kept.insert(e.target());
            }
        }
    }
    let mut out = ActorGraph::new();
    for info in graph.documents().iter() {
        out.add_document_info(info);
    }
    for i in g.node_indices().filter(|i| kept.contains(i)) {
        out.add_actor(&g[i]);
    }
    for e in g.edge_references() {
        if kept_edge(e.weight()) && kept.contains(&e.source()) && kept.contains(&e.target()) {
            out.add_relation(&g[e.source()].id, &g[e.target()].id, e.weight());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample_graph;

    fn ids(g: &ActorGraph) -> Vec<&str> {
        g.actors().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn around_an_actor() {
        let g = sample_graph();
        let s = subgraph(
            &g,
            &Selection {
                actor: Some("Erdogan".into()),
                ..Selection::default()
            },
        )
        .unwrap();
        assert_eq!(ids(&s), ["Recep Tayyip Erdoğan", "Turkey", "Israel"]);
        // the affiliation, the event and the judgement of Israel
        assert_eq!(s.edge_count(), 3);
        assert_eq!(s.documents(), g.documents());
    }

    #[test]
    fn by_relation_and_weight() {
        let g = sample_graph();
        let opposes = subgraph(
            &g,
            &Selection {
                relations: vec![RelationKind::Opposes],
                ..Selection::default()
            },
        )
        .unwrap();
        assert_eq!(
            ids(&opposes),
            ["John Kerry", "Egypt", "Recep Tayyip Erdoğan", "Israel"]
        );
        assert!(
            opposes
                .edges()
                .all(|(_, _, r)| r.relation == RelationKind::Opposes)
        );
        let heavy = subgraph(
            &g,
            &Selection {
                min_weight: 2,
                ..Selection::default()
            },
        )
        .unwrap();
        assert_eq!(ids(&heavy), ["John Kerry", "Egypt"]);
        assert_eq!(heavy.edge_count(), 1);
        let all = subgraph(&g, &Selection::default()).unwrap();
        assert_eq!(all.actor_count(), g.actor_count() - 1, "Gaza has no edge");
    }

    #[test]
    fn an_actor_alone_is_kept() {
        let s = subgraph(
            &sample_graph(),
            &Selection {
                actor: Some("gaza strip & <sea>".into()),
                depth: 3,
                ..Selection::default()
            },
        )
        .unwrap();
        assert_eq!(s.actor_count(), 1);
        assert_eq!(s.edge_count(), 0);
    }
}
