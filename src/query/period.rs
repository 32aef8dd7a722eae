//! The part of a graph stated in a period of time.

use std::collections::HashSet;

use crate::domain::Date;
use crate::graph::ActorGraph;

/// The graph of what was stated from `since` to `until` (both days included; either may be
/// open), for `stats`, `neighbors` and `subgraph` over a period.
///
/// An edge keeps the statements of its days in the period: its weight is their count, its
/// counts per day and its evidence sample are cut to the period, and an edge with none is
/// dropped. An actor keeps its mentions of those days, and is dropped when it has none and
/// no edge is kept to it. Documents are those dated in the period. Undated statements have
/// no day, so a period leaves them out; with neither bound the graph is returned as it is.
pub fn between(graph: &ActorGraph, since: Option<Date>, until: Option<Date>) -> ActorGraph {
    if since.is_none() && until.is_none() {
        return graph.clone();
    }
    let inside = |d: Option<Date>| {
        d.is_some_and(|d| since.is_none_or(|s| d >= s) && until.is_none_or(|u| d <= u))
    };
    let mut out = ActorGraph::with_evidence_limit(graph.evidence_limit());
    for info in graph.documents().iter().filter(|i| inside(i.date)) {
        out.add_document_info(info);
    }
    let mut edges = Vec::new();
    let mut ends: HashSet<&str> = HashSet::new();
    for (s, t, r) in graph.edges() {
        let dates = r.dates.between(since, until);
        if dates.is_empty() {
            continue;
        }
        let mut kept = r.clone();
        kept.weight = dates.total();
        kept.dates = dates;
        kept.evidence.retain(|e| inside(e.date));
        ends.insert(&s.id);
        ends.insert(&t.id);
        edges.push((s.id.as_str(), t.id.as_str(), kept));
    }
    for actor in graph.actors() {
        let dates = actor.dates.between(since, until);
        if dates.is_empty() && !ends.contains(actor.id.as_str()) {
            continue;
        }
        let mut kept = actor.clone();
        kept.mentions = dates.total();
        kept.dates = dates;
        out.add_actor(&kept);
    }
    for (s, t, r) in &edges {
        out.add_relation(s, t, r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, ActorType, DocumentGraph, DocumentInfo, RelationKind};
    use crate::domain::{Evidence, Span, Statement};

    fn day(d: &str) -> Option<Date> {
        Some(d.parse().unwrap())
    }

    /// Three articles of three days, each stating that Egypt opposes Hamas; the last also
    /// that Qatar backs Hamas; and one undated article.
    fn dated_graph() -> ActorGraph {
        let mut g = ActorGraph::new();
        for (id, date, backs) in [
            ("a", day("2014-07-21"), false),
            ("b", day("2014-07-22"), false),
            ("c", day("2014-07-24"), true),
            ("d", None, true),
        ] {
            let statement = |s: &str, t: &str, relation| Statement {
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
                evidence: Evidence {
                    document: id.into(),
                    sentence: 0,
                    start: 0,
                    end: 1,
                    text: "x".into(),
                    date,
                },
            };
            let mut statements = vec![statement("Egypt", "Hamas", RelationKind::Opposes)];
            let mut actors = vec![
                Actor::new("Egypt", ActorType::Country),
                Actor::new("Hamas", ActorType::Organization),
            ];
            if backs {
                statements.push(statement("Qatar", "Hamas", RelationKind::Backs));
                actors.push(Actor::new("Qatar", ActorType::Country));
            }
            for a in &mut actors {
                a.mentions = 1;
            }
            g.add_document(&DocumentGraph {
                document: Some(DocumentInfo {
                    id: id.into(),
                    path: format!("{id}.txt"),
                    date,
                    url: None,
                }),
                actors,
                statements,
            });
        }
        g
    }

    #[test]
    fn a_period_keeps_the_statements_of_its_days() {
        let g = dated_graph();
        let part = between(&g, day("2014-07-22"), day("2014-07-23"));
        let edges: Vec<_> = part
            .edges()
            .map(|(s, t, r)| (s.id.as_str(), t.id.as_str(), r.weight, r.evidence.len()))
            .collect();
        assert_eq!(edges, [("Egypt", "Hamas", 1, 1)]);
        let actors: Vec<_> = part.actors().map(|a| (a.id.as_str(), a.mentions)).collect();
        assert_eq!(actors, [("Egypt", 1), ("Hamas", 1)]);
        assert_eq!(part.documents().len(), 1);

        let since = between(&g, day("2014-07-22"), None);
        let weights: Vec<_> = since.edges().map(|(_, _, r)| r.weight).collect();
        assert_eq!(
            weights,
            [2, 1],
            "undated statements are outside every period"
        );
        assert_eq!(between(&g, None, None).edge_count(), 2);
        assert_eq!(
            between(&g, day("2014-07-25"), day("2014-07-20")).actor_count(),
            0
        );
    }
}
