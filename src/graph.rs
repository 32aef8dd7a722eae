//! The knowledge graph: actors as nodes, stated relations as edges, over petgraph.
//!
//! Documents are extracted one at a time into a [`DocumentGraph`] (plain vectors, cheap to
//! build in parallel) and merged into an [`ActorGraph`] in document order, which keeps the
//! output deterministic whatever the number of threads.
//!
//! Merging rules:
//! - an actor is identified by its canonical name (`id`); aliases, roles, mention counts and
//!   mentions per day of the same id add up (see [`Actor::absorb`]);
//! - an edge is identified by (source, relation, target, trigger class), or by the
//!   unordered pair for a symmetric statement (a judgement and an event of the same pair
//!   are two edges, so that a user can drop the class `stance` whole); every statement adds one to the weight and to the count of its
//!   day, and the edge keeps a bounded sample of its evidence (see [`Relation`]).
//!
//! Every rule is commutative and associative: statements and graphs merged in any order and
//! any grouping give the same actors and edges with the same attributes (only the order of
//! the lists, and the direction a symmetric edge is stored in, follow the order given). That
//! is what lets a corpus be built in parts, on several machines, and merged.

use hashbrown::HashTable;
use rustc_hash::FxHashMap as HashMap;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};

use crate::documents::Documents;
use crate::domain::{
    Actor, ActorType, Dates, DocumentGraph, DocumentInfo, Evidence, RelationKind, Statement,
    TriggerClass,
};

/// Evidence sentences an edge keeps by default (`--evidence`).
pub const DEFAULT_EVIDENCE: usize = 10;

/// A merged edge of the graph: every statement of one (source, relation, target).
///
/// The weight and the counts per day count every statement; the evidence is a sample of at
/// most the graph's [`evidence limit`](ActorGraph::evidence_limit): the first distinct
/// sentences in [`Evidence::order`] (by date, undated first, then document id and
/// sentence). A fixed order rather than the order of reading makes the sample the same
/// however the statements or graphs are merged, and keeping it sorted and bounded makes a
/// statement cost the same however many the edge already has. The full evidence, one row
/// per statement, goes to the evidence table (`evidence.jsonl`, `evidence.parquet`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// The coarse class.
    pub relation: RelationKind,
    /// True when the relation holds both ways (always for `meets`).
    pub symmetric: bool,
    /// The first of [`triggers`](Self::triggers).
    pub trigger: String,
    /// Every distinct trigger, sorted.
    pub triggers: Vec<String>,
    /// The smallest CAMEO code of its statements, when one has a code.
    pub cameo: Option<String>,
    /// Goldstein score of `cameo`.
    pub goldstein: Option<f32>,
    /// True when every statement is weak (hedged).
    pub weak: bool,
    /// True when every statement is of an affiliation that has ended ("has quit the
    /// party"); written only when true.
    pub former: bool,
    /// The trigger class of its statements (part of the edge's identity: an edge is all
    /// events or all judgements).
    #[serde(default)]
    pub class: TriggerClass,
    /// Number of statements merged into this edge.
    pub weight: usize,
    /// Statements per day, from the dates of their documents.
    pub dates: Dates,
    /// A sample of the sentences that state it: the first distinct ones in
    /// [`Evidence::order`], at most the graph's evidence limit.
    pub evidence: Vec<Evidence>,
}

impl Relation {
    fn from_statement(s: &Statement, limit: usize) -> Relation {
        let mut dates = Dates::new();
        if let Some(day) = s.evidence.date {
            dates.add(day, 1);
        }
        Relation {
            relation: s.relation,
            symmetric: s.symmetric || s.relation == RelationKind::Meets,
            trigger: s.trigger.clone(),
            triggers: vec![s.trigger.clone()],
            cameo: s.cameo.clone(),
            goldstein: s.goldstein,
            weak: s.weak,
            former: s.former,
            class: s.class,
            weight: 1,
            dates,
            evidence: if limit > 0 {
                vec![s.evidence.clone()]
            } else {
                Vec::new()
            },
        }
    }

    /// Adds one statement: constant time in the statements the edge already has (the
    /// triggers and the sample are small sorted lists).
    fn add(&mut self, s: &Statement, limit: usize) {
        self.weight += 1;
        self.weak &= s.weak;
        self.former &= s.former;
        self.add_trigger(&s.trigger);
        self.add_cameo(s.cameo.as_deref(), s.goldstein);
        if let Some(day) = s.evidence.date {
            self.dates.add(day, 1);
        }
        self.add_evidence(&s.evidence, limit);
    }

    fn add_trigger(&mut self, trigger: &str) {
        if let Err(at) = self.triggers.binary_search_by(|t| t.as_str().cmp(trigger)) {
            self.triggers.insert(at, trigger.to_string());
            // No spare room: most edges get a second trigger rarely, if ever, and a large
            // graph's hundreds of thousands of edges would each keep the vector's doubling.
            self.triggers.shrink_to_fit();
        }
        if let Some(first) = self.triggers.first()
            && *first != self.trigger
        {
            self.trigger = first.clone();
        }
    }

    fn add_cameo(&mut self, cameo: Option<&str>, goldstein: Option<f32>) {
        let Some(cameo) = cameo else { return };
        let smaller = match self.cameo.as_deref() {
            None => true,
            Some(mine) => {
                (cameo, goldstein.map(f32::to_bits)) < (mine, self.goldstein.map(f32::to_bits))
            }
        };
        if smaller {
            self.cameo = Some(cameo.to_string());
            self.goldstein = goldstein;
        }
    }

    /// Puts `e` into the sample in its place, unless the sample has it or is full of
    /// earlier evidence.
    fn add_evidence(&mut self, e: &Evidence, limit: usize) {
        if self.evidence.len() >= limit
            && self
                .evidence
                .last()
                .is_some_and(|last| e.order() >= last.order())
        {
            return;
        }
        if let Err(at) = self
            .evidence
            .binary_search_by(|k| k.order().cmp(&e.order()))
        {
            self.evidence.insert(at, e.clone());
            self.evidence.truncate(limit);
            self.evidence.shrink_to_fit();
        }
    }

    /// The sample sorted, without repeats, and at most `limit` long, as merging keeps it.
    fn normalize(&mut self, limit: usize) {
        self.evidence.sort_by(|a, b| a.order().cmp(&b.order()));
        self.evidence.dedup();
        self.evidence.truncate(limit);
        self.triggers.sort();
        self.triggers.dedup();
        if let Some(first) = self.triggers.first() {
            self.trigger = first.clone();
        }
    }

    /// Adds a merged edge of another graph (same endpoints and class) to this one, keeping
    /// at most `limit` evidence sentences.
    pub fn absorb(&mut self, other: &Relation, limit: usize) {
        self.weight += other.weight;
        self.weak &= other.weak;
        self.former &= other.former;
        for t in &other.triggers {
            self.add_trigger(t);
        }
        self.add_cameo(other.cameo.as_deref(), other.goldstein);
        self.dates.absorb(&other.dates);
        for e in &other.evidence {
            self.add_evidence(e, limit);
        }
    }

    /// The first day a statement of it was published, when its documents are dated.
    pub fn first_date(&self) -> Option<crate::domain::Date> {
        self.dates.first()
    }

    /// The last day a statement of it was published.
    pub fn last_date(&self) -> Option<crate::domain::Date> {
        self.dates.last()
    }
}

/// The actor graph of a corpus: a directed multigraph over petgraph.
#[derive(Debug, Clone)]
pub struct ActorGraph {
    graph: DiGraph<Actor, Relation>,
    /// The node of each actor id, found by the id's hash and checked against the node's own
    /// id: the ids are not stored twice (a graph of millions of actors would keep a second
    /// copy of every name only to find it).
    by_id: HashTable<NodeIndex>,
    by_key: HashMap<EdgeKey, EdgeIndex>,
    documents: Documents,
    evidence_limit: usize,
}

impl Default for ActorGraph {
    fn default() -> ActorGraph {
        ActorGraph::with_evidence_limit(DEFAULT_EVIDENCE)
    }
}

/// The hash an actor id is found by in [`ActorGraph`]'s table.
fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}

/// Identity of a merged edge; symmetric edges store the pair in node-index order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct EdgeKey {
    a: NodeIndex,
    b: NodeIndex,
    relation: RelationKind,
    symmetric: bool,
    class: TriggerClass,
}

impl EdgeKey {
    fn new(
        s: NodeIndex,
        t: NodeIndex,
        relation: RelationKind,
        symmetric: bool,
        class: TriggerClass,
    ) -> EdgeKey {
        let (a, b) = if symmetric && t < s { (t, s) } else { (s, t) };
        EdgeKey {
            a,
            b,
            relation,
            symmetric,
            class,
        }
    }
}

impl ActorGraph {
    /// An empty graph whose edges keep [`DEFAULT_EVIDENCE`] evidence sentences.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// An empty graph whose edges keep at most `limit` evidence sentences each (see
    /// [`Relation`]).
    pub fn with_evidence_limit(limit: usize) -> ActorGraph {
        ActorGraph {
            graph: DiGraph::default(),
            by_id: HashTable::new(),
            by_key: HashMap::default(),
            documents: Documents::new(),
            evidence_limit: limit,
        }
    }

    /// How many evidence sentences an edge keeps at most.
    pub fn evidence_limit(&self) -> usize {
        self.evidence_limit
    }

    /// Merges one document's actors and statements into the graph. An actor of a dated
    /// document counts its mentions on that day.
    pub fn add_document(&mut self, doc: &DocumentGraph) {
        let date = doc.document.as_ref().and_then(|info| info.date);
        if let Some(info) = &doc.document {
            self.documents.push(info);
        }
        for actor in &doc.actors {
            match date {
                Some(day) if actor.dates.is_empty() && actor.mentions > 0 => {
                    let mut dated = actor.clone();
                    dated.dates.add(day, actor.mentions);
                    self.add_actor(&dated);
                }
                _ => {
                    self.add_actor(actor);
                }
            }
        }
        for s in &doc.statements {
            self.add_statement(s);
        }
    }

    /// Adds an actor, or merges it into the node with the same id. Returns its node.
    pub fn add_actor(&mut self, actor: &Actor) -> NodeIndex {
        if let Some(ix) = self.node(&actor.id) {
            self.graph[ix].absorb(actor);
            ix
        } else {
            let ix = self.graph.add_node(actor.clone());
            let graph = &self.graph;
            self.by_id
                .insert_unique(id_hash(&actor.id), ix, |&i| id_hash(&graph[i].id));
            ix
        }
    }

    /// The node of the actor with id `id`.
    fn node(&self, id: &str) -> Option<NodeIndex> {
        self.by_id
            .find(id_hash(id), |&ix| self.graph[ix].id == id)
            .copied()
    }

    fn node_or_placeholder(&mut self, id: &str) -> NodeIndex {
        match self.node(id) {
            Some(ix) => ix,
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
        let key = EdgeKey::new(source, target, s.relation, symmetric, s.class);
        if let Some(&e) = self.by_key.get(&key) {
            self.graph[e].add(s, self.evidence_limit);
        } else {
            let relation = Relation::from_statement(s, self.evidence_limit);
            let e = self.graph.add_edge(source, target, relation);
            self.by_key.insert(key, e);
        }
    }

    /// Adds a merged edge (read from a file, or cut from another graph) between two actors
    /// already in the graph as it is, merging it with an equal edge.
    pub fn add_relation(&mut self, source: &str, target: &str, relation: &Relation) {
        self.insert_relation(source, target, relation, false);
    }

    /// Merges an edge of another graph into this one by the merge rules: a new edge's
    /// evidence is sorted and cut to this graph's limit, as if its statements had been
    /// added here one by one. Used to join graphs built separately.
    pub fn merge_relation(&mut self, source: &str, target: &str, relation: &Relation) {
        self.insert_relation(source, target, relation, true);
    }

    fn insert_relation(&mut self, source: &str, target: &str, relation: &Relation, merge: bool) {
        let s = self.node_or_placeholder(source);
        let t = self.node_or_placeholder(target);
        let key = EdgeKey::new(s, t, relation.relation, relation.symmetric, relation.class);
        if let Some(&e) = self.by_key.get(&key) {
            self.graph[e].absorb(relation, self.evidence_limit);
        } else {
            let mut relation = relation.clone();
            if merge {
                relation.normalize(self.evidence_limit);
            }
            let e = self.graph.add_edge(s, t, relation);
            self.by_key.insert(key, e);
        }
    }

    /// Records a document as read (for the graph metadata).
    pub fn add_document_info(&mut self, info: DocumentInfo) {
        self.documents.push(&info);
    }

    /// The documents read, in input order.
    pub fn documents(&self) -> &Documents {
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
        self.node(id).map(|ix| &self.graph[ix])
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
            date: None,
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
            class: crate::TriggerClass::Event,
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

    #[test]
    fn an_edge_keeps_a_bounded_sample_of_its_first_evidence() {
        let mut g = ActorGraph::with_evidence_limit(3);
        g.add_actor(&Actor::new("A", ActorType::Person));
        g.add_actor(&Actor::new("B", ActorType::Person));
        // In reverse order, and each twice: the sample is still the first three sentences.
        for i in (0..20_000).rev() {
            g.add_statement(&statement("A", "B", RelationKind::Backs, i / 2));
        }
        let (_, _, r) = g.edges().next().unwrap();
        assert_eq!(r.weight, 20_000);
        let kept: Vec<_> = r.evidence.iter().map(|e| e.sentence).collect();
        assert_eq!(kept, [0, 1, 2]);
    }

    #[test]
    fn the_type_with_the_most_mentions_wins() {
        let mut g = ActorGraph::new();
        let actor = |kind, mentions| {
            let mut a = Actor::new("Yukos", kind);
            a.mentions = mentions;
            a
        };
        g.add_actor(&actor(ActorType::Organization, 3));
        g.add_actor(&actor(ActorType::Person, 1));
        g.add_actor(&actor(ActorType::Organization, 2));
        let yukos = g.actor("Yukos").unwrap();
        assert_eq!(yukos.kind, ActorType::Organization);
        assert_eq!(
            yukos.types,
            [(ActorType::Person, 1), (ActorType::Organization, 5)]
                .into_iter()
                .collect()
        );
        assert_eq!(yukos.mentions, 6);
    }
}
