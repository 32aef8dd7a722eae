//! The neighbourhood of one actor.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;

use petgraph::Direction;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::find_actor;
use crate::domain::{ActorType, Evidence, RelationKind};
use crate::error::Result;
use crate::graph::ActorGraph;

/// One edge around the actor asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeighborEdge {
    /// The agent.
    pub source: String,
    /// The other party.
    pub target: String,
    /// The relation.
    pub relation: RelationKind,
    /// True when the relation holds both ways.
    pub symmetric: bool,
    /// Number of statements.
    pub weight: usize,
    /// Every distinct trigger.
    pub triggers: Vec<String>,
    /// Steps from the actor asked for to the nearer end (0: the edge touches it).
    pub depth: usize,
    /// The sentences that state it.
    pub evidence: Vec<Evidence>,
}

/// An actor reached from the one asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbor {
    /// Canonical id.
    pub id: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Steps from the actor asked for.
    pub depth: usize,
}

/// What [`neighbors`] finds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighborhood {
    /// The actor asked for (its canonical id).
    pub actor: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// The actors reached, nearest first (then by the order they were reached).
    pub neighbors: Vec<Neighbor>,
    /// The edges followed, nearest first, then heaviest first, then in graph order.
    pub edges: Vec<NeighborEdge>,
}

/// The actors within `depth` steps of the actor named `name` (any alias, see
/// [`find_actor`]), following edges both ways, only of `relations` when that is not empty,
/// and every edge followed: those touching an actor less than `depth` steps away.
///
/// # Errors
///
/// As [`find_actor`].
pub fn neighbors(
    graph: &ActorGraph,
    name: &str,
    relations: &[RelationKind],
    depth: usize,
) -> Result<Neighborhood> {
    let actor = find_actor(graph, name)?;
    let g = graph.petgraph();
    let start = super::node_index(graph)[actor.id.as_str()];
    let wanted = |r: RelationKind| relations.is_empty() || relations.contains(&r);
    let mut distance = HashMap::from([(start, 0usize)]);
    let mut order = Vec::new();
    let mut queue = VecDeque::from([start]);
    let mut followed: Vec<(usize, petgraph::graph::EdgeIndex)> = Vec::new();
    while let Some(node) = queue.pop_front() {
        let d = distance[&node];
        if d >= depth {
            continue;
        }
        let mut incident: Vec<_> = g
            .edges_directed(node, Direction::Outgoing)
            .chain(g.edges_directed(node, Direction::Incoming))
            .filter(|e| wanted(e.weight().relation))
            .collect();
        incident.sort_by_key(|e| e.id());
        for e in incident {
            let other = if e.source() == node {
                e.target()
            } else {
                e.source()
            };
            let new = !distance.contains_key(&other);
            if new {
                distance.insert(other, d + 1);
                order.push(other);
                queue.push_back(other);
            }
            // An edge between two actors at the same depth is met from both ends.
            if !followed.iter().any(|&(_, f)| f == e.id()) {
                followed.push((d, e.id()));
            }
        }
    }
    followed.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(g[b.1].weight.cmp(&g[a.1].weight))
            .then(a.1.cmp(&b.1))
    });
    let edges = followed
        .into_iter()
        .map(|(d, e)| {
            let (s, t) = g.edge_endpoints(e).expect("edge index from this graph");
            let r = &g[e];
            NeighborEdge {
                source: g[s].id.clone(),
                target: g[t].id.clone(),
                relation: r.relation,
                symmetric: r.symmetric,
                weight: r.weight,
                triggers: r.triggers.clone(),
                depth: d,
                evidence: r.evidence.clone(),
            }
        })
        .collect();
    let mut neighbors: Vec<Neighbor> = order
        .into_iter()
        .map(|i| Neighbor {
            id: g[i].id.clone(),
            kind: g[i].kind,
            depth: distance[&i],
        })
        .collect();
    neighbors.sort_by_key(|n| n.depth);
    Ok(Neighborhood {
        actor: actor.id.clone(),
        kind: actor.kind,
        neighbors,
        edges,
    })
}

impl Neighborhood {
    /// The neighbourhood as text for a terminal: a heading, then each edge with its
    /// trigger and weight, and under it at most `max_evidence` of its sentences (all when
    /// `None`), each with its document and sentence number.
    pub fn to_text(&self, max_evidence: Option<usize>) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} ({}): {} {}, {} {}",
            self.actor,
            self.kind,
            self.neighbors.len(),
            if self.neighbors.len() == 1 {
                "actor"
            } else {
                "actors"
            },
            self.edges.len(),
            if self.edges.len() == 1 {
                "relation"
            } else {
                "relations"
            },
        );
        for e in &self.edges {
            let arrow = if e.symmetric { "--" } else { "->" };
            let _ = writeln!(
                out,
                "\n{} {arrow} {} {arrow} {}   weight {}, \"{}\"",
                e.source,
                e.relation,
                e.target,
                e.weight,
                e.triggers.join("\", \"")
            );
            let shown = max_evidence.unwrap_or(usize::MAX).min(e.evidence.len());
            for ev in &e.evidence[..shown] {
                let text: String = ev.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let _ = writeln!(out, "    [{} #{}] {text}", ev.document, ev.sentence + 1);
            }
            if shown < e.evidence.len() {
                let more = e.evidence.len() - shown;
                let _ = writeln!(
                    out,
                    "    ... {more} more {}",
                    if more == 1 { "sentence" } else { "sentences" }
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample_graph;

    #[test]
    fn the_edges_around_an_actor_with_evidence() {
        let n = neighbors(&sample_graph(), "kerry", &[], 1).unwrap();
        assert_eq!(n.actor, "John Kerry");
        let ids: Vec<_> = n
            .neighbors
            .iter()
            .map(|a| (a.id.as_str(), a.depth))
            .collect();
        assert_eq!(ids, [("Egypt", 1)]);
        let edges: Vec<_> = n
            .edges
            .iter()
            .map(|e| {
                (
                    e.source.as_str(),
                    e.relation.as_str(),
                    e.target.as_str(),
                    e.weight,
                )
            })
            .collect();
        assert_eq!(
            edges,
            [
                ("John Kerry", "meets", "Egypt", 2),
                ("John Kerry", "backs", "Egypt", 1),
                ("Egypt", "opposes", "John Kerry", 1),
            ]
        );
        assert_eq!(n.edges[0].evidence[0].text, "Kerry met Egyptian officials.");
        let text = n.to_text(Some(1));
        assert!(
            text.starts_with("John Kerry (person): 1 actor, 3 relations\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "\nJohn Kerry -- meets -- Egypt   weight 2, \"met\", \"talks\"\n    \
             [cairo #1] Kerry met Egyptian officials.\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn depth_and_relation_filters() {
        let g = sample_graph();
        let two = neighbors(&g, "Kerry", &[], 2).unwrap();
        let ids: Vec<_> = two
            .neighbors
            .iter()
            .map(|a| (a.id.as_str(), a.depth))
            .collect();
        assert_eq!(ids, [("Egypt", 1), ("O\"Brien \\ C:\\path", 2)]);
        assert_eq!(two.edges.len(), 4);
        assert_eq!(two.edges[3].depth, 1);
        let opposes = neighbors(&g, "Kerry", &[RelationKind::Opposes], 3).unwrap();
        assert_eq!(opposes.edges.len(), 1);
        assert_eq!(opposes.edges[0].relation, RelationKind::Opposes);
        let none = neighbors(&g, "Gaza\nStrip & <sea>", &[], 1).unwrap();
        assert!(none.neighbors.is_empty() && none.edges.is_empty());
        assert!(neighbors(&g, "Nobody", &[], 1).is_err());
    }
}
