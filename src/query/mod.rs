//! Questions over a built graph: statistics, the neighbourhood of an actor, smaller
//! subgraphs, and merging graphs built separately.
//!
//! - [`find_actor`]: an actor by its name or any alias, ignoring case, accents and
//!   punctuation ("sissi", "el-Sissi"), with close names suggested when there is none;
//! - [`stats`]: counts by actor type and relation, components, and the top actors by degree,
//!   weighted degree and PageRank ([`page_rank`]);
//! - [`neighbors`]: the actors within some steps of one actor, with the relation and evidence
//!   of each edge;
//! - [`subgraph`]: the part of a graph around an actor, of some relations, or of edges with
//!   a minimum weight;
//! - [`merge`]: graphs built separately joined into the graph of all their articles;
//! - [`between`]: the part of a graph stated in a period of time (`--since`, `--until`).
//!
//! ```
//! use actorgraph::{Actor, ActorGraph, ActorType, query};
//!
//! let mut graph = ActorGraph::new();
//! let mut sissi = Actor::new("Abdel-Fattah el-Sissi", ActorType::Person);
//! sissi.aliases.insert("Sissi".to_string());
//! graph.add_actor(&sissi);
//! assert_eq!(query::find_actor(&graph, "el-sissi").unwrap().id, "Abdel-Fattah el-Sissi");
//! assert_eq!(query::stats(&graph, 10).actors, 1);
//! ```

mod find;
mod merge;
mod neighbors;
mod pagerank;
mod period;
mod stats;
mod subgraph;

pub use find::{find_actor, fold};
pub use merge::{merge, merge_with};
pub use neighbors::{Neighbor, NeighborEdge, Neighborhood, neighbors};
pub use pagerank::page_rank;
pub use period::between;
pub use stats::{DAMPING, Ranked, RelationCount, Stats, TypeCount, stats};
pub use subgraph::{Selection, subgraph};

use std::collections::HashMap;

use petgraph::graph::NodeIndex;

use crate::graph::ActorGraph;

/// The node index of every actor id.
fn node_index(graph: &ActorGraph) -> HashMap<&str, NodeIndex> {
    let g = graph.petgraph();
    g.node_indices().map(|i| (g[i].id.as_str(), i)).collect()
}
