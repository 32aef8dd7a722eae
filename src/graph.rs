//! The knowledge graph: actors as nodes, stated relations as edges, over petgraph.
//!
//! Documents are extracted one at a time into a [`DocumentGraph`] (plain vectors, cheap to
//! build in parallel) and merged into an [`ActorGraph`] in document order, which keeps the
//! output deterministic whatever the number of threads.
//!
//! Merging rules:
//! - an actor is identified by its canonical name (`id`); aliases, roles and mention counts of
//!   the same id add up;
//! - an edge is identified by (source, relation, target), or by the unordered pair for a
//!   symmetric statement; every statement adds one to the weight and keeps its evidence.

use rustc_hash::FxHashMap as HashMap;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};

use crate::domain::{
    Actor, ActorType, DocumentGraph, DocumentInfo, Evidence, RelationKind, Statement,
};

/// A merged edge of the graph: every statement of one (source, relation, target).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// The coarse class.
    pub relation: RelationKind,
    /// True when the relation holds both ways (always for `meets`).
    pub symmetric: bool,
    /// Trigger of the first statement.
    pub trigger: String,
    /// Every distinct trigger, in order of first use.
    pub triggers: Vec<String>,
    /// CAMEO code of the first statement that has one.
    pub cameo: Option<String>,
    /// Goldstein score of `cameo`.
    pub goldstein: Option<f32>,
    /// True when every statement is weak (hedged).
    pub weak: bool,
    /// True when every statement is of an affiliation that has ended ("has quit the
    /// party"); written only when true.
    pub former: bool,
    /// Number of statements merged into this edge.
    pub weight: usize,
    /// The sentences that state it, in document order.
    pub evidence: Vec<Evidence>,
}

impl Relation {
    fn from_statement(s: &Statement) -> Relation {
        Relation {
            relation: s.relation,
            symmetric: s.symmetric || s.relation == RelationKind::Meets,
            trigger: s.trigger.clone(),
            triggers: vec![s.trigger.clone()],
            cameo: s.cameo.clone(),
            goldstein: s.goldstein,
            weak: s.weak,
            former: s.former,
            weight: 1,
            evidence: vec![s.evidence.clone()],
        }
    }

    fn add(&mut self, s: &Statement) {
        self.weight += 1;
        self.weak &= s.weak;
        self.former &= s.former;
        if !self.triggers.contains(&s.trigger) {
            self.triggers.push(s.trigger.clone());
        }
        if self.cameo.is_none() {
            self.cameo = s.cameo.clone();
            self.goldstein = s.goldstein;
        }
        if !self.evidence.contains(&s.evidence) {
            self.evidence.push(s.evidence.clone());
        }
    }

    /// Adds a merged edge of another graph (same endpoints and class) to this one.
    pub fn absorb(&mut self, other: &Relation) {
        self.weight += other.weight;
        self.weak &= other.weak;
        self.former &= other.former;
        for t in &other.triggers {
            if !self.triggers.contains(t) {
                self.triggers.push(t.clone());
            }
        }
        if self.cameo.is_none() {
            self.cameo = other.cameo.clone();
            self.goldstein = other.goldstein;
        }
        for e in &other.evidence {
            if !self.evidence.contains(e) {
                self.evidence.push(e.clone());
            }
        }
    }
}

/// The actor graph of a corpus: a directed multigraph over petgraph.
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    graph: DiGraph<Actor, Relation>,
    by_id: HashMap<String, NodeIndex>,
    by_key: HashMap<EdgeKey, EdgeIndex>,
    documents: Vec<DocumentInfo>,
}

/// Identity of a merged edge; symmetric edges store the pair in node-index order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct EdgeKey {
    a: NodeIndex,
    b: NodeIndex,
    relation: RelationKind,
    symmetric: bool,
}

impl EdgeKey {
    fn new(s: NodeIndex, t: NodeIndex, relation: RelationKind, symmetric: bool) -> EdgeKey {
        let (a, b) = if symmetric && t < s { (t, s) } else { (s, t) };
        EdgeKey {
            a,
            b,
            relation,
            symmetric,
        }
    }
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// Merges one document's actors and statements into the graph.
    pub fn add_document(&mut self, doc: &DocumentGraph) {
        if let Some(info) = &doc.document {
            self.documents.push(info.clone());
        }
        for actor in &doc.actors {
            self.add_actor(actor);
        }
        for s in &doc.statements {
            self.add_statement(s);
        }
    }

    /// Adds an actor, or merges it into the node with the same id. Returns its node.
    pub fn add_actor(&mut self, actor: &Actor) -> NodeIndex {
        if let Some(&ix) = self.by_id.get(&actor.id) {
            self.graph[ix].absorb(actor);
            ix
        } else {
            let ix = self.graph.add_node(actor.clone());
            self.by_id.insert(actor.id.clone(), ix);
            ix
        }
    }

    fn node_or_placeholder(&mut self, id: &str) -> NodeIndex {
        match self.by_id.get(id) {
            Some(&ix) => ix,
            // A statement always names actors of its own document; this only happens
            // when a library user builds statements by hand.
            None => self.add_actor(&Actor::new(id, ActorType::Organization)),
        }
    }

    /// Adds one statement: a new edge, or one more weight and evidence on an existing one.
    pub fn add_statement(&mut self, s: &Statement) {
        let source = self.node_or_placeholder(&s.source);
        let target = self.node_or_placeholder(&s.target);
        let symmetric = s.symmetric || s.relation == RelationKind::Meets;
        let key = EdgeKey::new(source, target, s.relation, symmetric);
        if let Some(&e) = self.by_key.get(&key) {
            self.graph[e].add(s);
        } else {
            let e = self
                .graph
                .add_edge(source, target, Relation::from_statement(s));
            self.by_key.insert(key, e);
        }
    }

    /// Adds a merged edge (from another graph) between two actors already in the graph,
    /// merging it with an equal edge. Used to join graphs built separately.
    pub fn add_relation(&mut self, source: &str, target: &str, relation: &Relation) {
        let s = self.node_or_placeholder(source);
        let t = self.node_or_placeholder(target);
        let key = EdgeKey::new(s, t, relation.relation, relation.symmetric);
        if let Some(&e) = self.by_key.get(&key) {
            self.graph[e].absorb(relation);
        } else {
            let e = self.graph.add_edge(s, t, relation.clone());
            self.by_key.insert(key, e);
        }
    }

    /// Records a document as read (for the graph metadata).
    pub fn add_document_info(&mut self, info: DocumentInfo) {
        self.documents.push(info);
    }

    /// The documents read, in input order.
    pub fn documents(&self) -> &[DocumentInfo] {
        &self.documents
    }

    /// The underlying petgraph graph, for algorithms (PageRank, components, ...).
    pub fn petgraph(&self) -> &DiGraph<Actor, Relation> {
        &self.graph
    }

    /// Number of actors.
    pub fn actor_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of merged edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The actor with canonical id `id`.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&ix| &self.graph[ix])
    }

    /// Actors in deterministic order: the order of first mention in the corpus.
    pub fn actors(&self) -> impl Iterator<Item = &Actor> {
        self.graph.node_weights()
    }

    /// Edges in deterministic order (order of first statement) as (source, target, relation).
    pub fn edges(&self) -> impl Iterator<Item = (&Actor, &Actor, &Relation)> {
        self.graph.edge_indices().map(move |e| {
            let (s, t) = self
                .graph
                .edge_endpoints(e)
                .expect("edge index from this graph");
            (&self.graph[s], &self.graph[t], &self.graph[e])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Span;

    fn evidence(sentence: usize) -> Evidence {
        Evidence {
            document: "d".into(),
            sentence,
            start: 0,
            end: 1,
            text: "x".into(),
        }
    }

    fn statement(s: &str, t: &str, relation: RelationKind, sentence: usize) -> Statement {
        Statement {
            source: s.into(),
            target: t.into(),
            relation,
            symmetric: false,
            trigger: "t".into(),
            trigger_span: Span::new(0, 1),
            cameo: None,
            goldstein: None,
            weak: false,
            former: false,
            evidence: evidence(sentence),
        }
    }

    #[test]
    fn same_statement_twice_is_one_edge_of_weight_two() {
        let mut g = ActorGraph::new();
        let doc = DocumentGraph {
            document: None,
            actors: vec![
                Actor::new("Hamas", ActorType::Organization),
                Actor::new("Egypt", ActorType::Country),
            ],
            statements: vec![
                statement("Hamas", "Egypt", RelationKind::Opposes, 0),
                statement("Hamas", "Egypt", RelationKind::Opposes, 3),
                statement("Egypt", "Hamas", RelationKind::Opposes, 4),
            ],
        };
        g.add_document(&doc);
        assert_eq!(g.actor_count(), 2);
        assert_eq!(g.edge_count(), 2, "opposite directions stay apart");
        let (s, t, r) = g.edges().next().unwrap();
        assert_eq!(
            (s.id.as_str(), t.id.as_str(), r.weight),
            ("Hamas", "Egypt", 2)
        );
        assert_eq!(r.evidence.len(), 2);
    }

    #[test]
    fn meets_is_symmetric_when_merging() {
        let mut g = ActorGraph::new();
        g.add_actor(&Actor::new("A", ActorType::Person));
        g.add_actor(&Actor::new("B", ActorType::Person));
        g.add_statement(&statement("A", "B", RelationKind::Meets, 0));
        g.add_statement(&statement("B", "A", RelationKind::Meets, 1));
        assert_eq!(g.edge_count(), 1);
        let (_, _, r) = g.edges().next().unwrap();
        assert!(r.symmetric);
        assert_eq!(r.weight, 2);
    }

    #[test]
    fn actors_merge_by_id() {
        let mut g = ActorGraph::new();
        let mut a = Actor::new("John Kerry", ActorType::Person);
        a.aliases.insert("Kerry".into());
        a.mentions = 2;
        let mut b = Actor::new("John Kerry", ActorType::Person);
        b.aliases.insert("John".into());
        b.mentions = 1;
        g.add_actor(&a);
        g.add_actor(&b);
        let kerry = g.actor("John Kerry").unwrap();
        assert_eq!(kerry.mentions, 3);
        assert_eq!(
            kerry.aliases.iter().map(String::as_str).collect::<Vec<_>>(),
            ["John", "Kerry"]
        );
    }
}
