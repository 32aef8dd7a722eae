//! Joining graphs built separately (one per day, one per machine) into one.

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::domain::DocumentInfo;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// Merges graphs built separately into the graph of all their articles, in the order given.
///
/// This is what building all the articles together gives, because extraction reads one
/// article at a time and the graph merges by the same rules: actors by canonical id (aliases
/// and roles unified, mentions added, type and label from the first graph that has the
/// actor), edges by (source, relation, target), or the unordered pair for a symmetric
/// edge (weights added, triggers and evidence kept, CAMEO code of the first), documents
/// listed in order. Given the graphs of the parts of a corpus in corpus order, the result is
/// byte for byte the graph of the whole corpus (document ids included, see below); in
/// another order, the same actors and edges with the same weights and evidence, but
/// "first" attributes and the order of lists follow the order given.
///
/// Document ids: a build names an article by its file stem (`001`) unless another article
/// of the same build has that stem, and then by its path. Two separate builds may each have
/// an `001`; a build of everything would have seen the clash. So the ids are chosen again
/// over all the documents, as [`read_inputs`](crate::read_inputs) does: a document named by
/// its stem keeps it when no other document has that stem, and is named by its path
/// without extension otherwise (then `~2`, `~3`, ... if still taken); the evidence follows.
/// This gives the ids of one build of everything made from the same file and folder
/// arguments; a build of one parent folder names clashing articles relative to it
/// (`news/001` rather than `wire/news/001`), which the separate graphs cannot know.
///
/// # Errors
///
/// [`Error::Merge`] naming the graph when one of its documents (the same path, other than
/// `-` for standard input) is already in an earlier graph: its statements would be counted
/// twice.
pub fn merge(graphs: &[(PathBuf, ActorGraph)]) -> Result<ActorGraph> {
    merge_with(graphs, crate::graph::DEFAULT_EVIDENCE)
}

/// [`merge`], keeping at most `evidence_limit` evidence sentences per edge: the first in
/// [`Evidence::order`](crate::Evidence::order), as a build does. Merge graphs built with
/// the same limit, so that the sample is the one one build of everything would keep.
///
/// Every rule of the merge is commutative and associative (see
/// [`ActorGraph`](crate::ActorGraph)): merging in any order and any grouping (`((a b) c)`,
/// `(a (b c))`) gives the same actors and edges with the same attributes, evidence and
/// counts per day; only the order of the lists (nodes, edges, documents) and the direction a
/// symmetric edge is stored in follow the order given. Document ids are the exception when
/// two documents of different graphs have the same stem and path (see above): the `~2`
/// suffix goes to the later one.
///
/// The graphs may be owned or borrowed (`&[(PathBuf, ActorGraph)]`, `&[(&Path,
/// &ActorGraph)]`), so that a caller holding graphs elsewhere (the Python package) merges
/// them without copying.
///
/// # Errors
///
/// As [`merge`].
pub fn merge_with<P, G>(graphs: &[(P, G)], evidence_limit: usize) -> Result<ActorGraph>
where
    P: AsRef<Path>,
    G: Borrow<ActorGraph>,
{
    // The graphs' documents as a list each (a graph stores them compactly).
    let documents: Vec<Vec<DocumentInfo>> = graphs
        .iter()
        .map(|(_, g)| g.borrow().documents().to_vec())
        .collect();
    let mut seen: HashMap<&str, &DocumentInfo> = HashMap::new();
    for ((path, _), docs) in graphs.iter().zip(&documents) {
        let path = path.as_ref();
        for d in docs
            .iter()
            .filter(|d| d.path != "-" && !d.path.starts_with("-:"))
        {
            if let Some(earlier) = seen.insert(d.path.as_str(), d) {
                return Err(Error::Merge {
                    path: path.to_path_buf(),
                    reason: format!(
                        "article {} (document {:?}) is already in an earlier graph (as {:?}): \
                         merging would count its statements twice",
                        d.path, d.id, earlier.id
                    ),
                });
            }
        }
    }
    let ids = document_ids(&documents);
    let mut out = ActorGraph::with_evidence_limit(evidence_limit);
    for (((_, graph), ids), docs) in graphs.iter().zip(&ids).zip(&documents) {
        let graph = graph.borrow();
        let renamed: HashMap<&str, &str> = docs
            .iter()
            .zip(ids)
            .filter(|(d, id)| d.id != **id)
            .map(|(d, id)| (d.id.as_str(), id.as_str()))
            .collect();
        for (d, id) in docs.iter().zip(ids) {
            let mut info = d.clone();
            info.id = id.clone();
            out.add_document_info(info);
        }
        for actor in graph.actors() {
            out.add_actor(actor);
        }
        for (s, t, r) in graph.edges() {
            if renamed.is_empty() {
                out.merge_relation(&s.id, &t.id, r);
            } else {
                let mut r = r.clone();
                for e in &mut r.evidence {
                    if let Some(id) = renamed.get(e.document.as_str()) {
                        e.document = id.to_string();
                    }
                }
                out.merge_relation(&s.id, &t.id, &r);
            }
        }
    }
    Ok(out)
}

/// The id of every document of every graph in the merged graph (see [`merge`]).
fn document_ids(graphs: &[Vec<DocumentInfo>]) -> Vec<Vec<String>> {
    // A feed record (`news.jsonl:17`) has an id of its own, not its file's stem.
    let stem = |d: &DocumentInfo| {
        if is_record(&d.path) {
            return None;
        }
        crate::ingest::without_gz(Path::new(&d.path))
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
    };
    let by_stem = |d: &DocumentInfo| stem(d).is_some_and(|s| s == d.id);
    // Every article with that stem counts, whatever its own build named it.
    let mut stems: HashMap<String, usize> = HashMap::new();
    for docs in graphs {
        for s in docs.iter().filter_map(stem) {
            *stems.entry(s).or_default() += 1;
        }
    }
    // First the ids that stay, so that a renamed document never takes one of them.
    let wanted = |d: &DocumentInfo| {
        if by_stem(d) && stems[&d.id] > 1 {
            base(d)
        } else {
            d.id.clone()
        }
    };
    let mut taken: HashSet<String> = HashSet::new();
    let mut ids: Vec<Vec<Option<String>>> = graphs
        .iter()
        .map(|docs| {
            docs.iter()
                .map(|d| {
                    let id = wanted(d);
                    taken.insert(id.clone()).then_some(id)
                })
                .collect()
        })
        .collect();
    for (docs, ids) in graphs.iter().zip(&mut ids) {
        for (d, id) in docs.iter().zip(ids.iter_mut()) {
            if id.is_none() {
                let base = base(d);
                let free = std::iter::once(base.clone())
                    .chain((2..).map(|n| format!("{base}~{n}")))
                    .find(|c| taken.insert(c.clone()))
                    .expect("some suffix is free");
                *id = Some(free);
            }
        }
    }
    ids.into_iter()
        .map(|list| list.into_iter().map(|id| id.unwrap_or_default()).collect())
        .collect()
}

/// The id a clashing document falls back to: its path without extension (`stdin` for
/// standard input).
fn base(d: &DocumentInfo) -> String {
    if d.path == "-" {
        "stdin".to_string()
    } else if is_record(&d.path) {
        d.id.clone()
    } else {
        without_extension(&d.path)
    }
}

/// Whether a document path is `FILE:LINE` of a JSON Lines or CSV feed (`-:LINE` for one
/// read from standard input).
fn is_record(path: &str) -> bool {
    path.rsplit_once(':').is_some_and(|(file, line)| {
        !line.is_empty()
            && line.bytes().all(|b| b.is_ascii_digit())
            && (file == "-"
                || crate::ingest::InputFormat::of_path(Path::new(file))
                    .is_some_and(|f| f != crate::ingest::InputFormat::Text))
    })
}

/// `a/b/c.txt` (or `a/b/c.txt.gz`) -> `a/b/c`, with `/` separators, as document ids are
/// written.
fn without_extension(path: &str) -> String {
    let p = crate::ingest::without_gz(Path::new(path)).with_extension("");
    p.components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            std::path::Component::ParentDir => Some("..".to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, ActorType, DocumentGraph, Evidence, RelationKind, Statement};
    use crate::export::json;
    use crate::export::tests::sample_graph;
    use crate::text::Span;

    fn doc(id: &str, path: &str, statements: &[(&str, &str, RelationKind)]) -> DocumentGraph {
        let mut actors: Vec<Actor> = Vec::new();
        for &(s, t, _) in statements {
            for name in [s, t] {
                if !actors.iter().any(|a| a.id == name) {
                    let mut a = Actor::new(name, ActorType::Country);
                    a.aliases.insert(format!("{name} in {id}"));
                    a.mentions = 1;
                    actors.push(a);
                }
            }
        }
        DocumentGraph {
            document: Some(DocumentInfo {
                id: id.into(),
                path: path.into(),
                date: None,
                url: None,
            }),
            actors,
            statements: statements
                .iter()
                .enumerate()
                .map(|(i, &(s, t, relation))| Statement {
                    source: s.into(),
                    target: t.into(),
                    relation,
                    symmetric: false,
                    trigger: format!("t{i}"),
                    trigger_span: Span::new(0, 1),
                    cameo: (i % 2 == 1).then(|| "040".to_string()),
                    goldstein: (i % 2 == 1).then_some(1.0),
                    weak: i % 3 == 0,
                    former: false,
                    class: crate::TriggerClass::Event,
                    evidence: Evidence {
                        document: id.into(),
                        sentence: i,
                        start: 0,
                        end: 1,
                        text: format!("{s} {relation} {t} in {id}"),
                        date: None,
                    },
                })
                .collect(),
        }
    }

    fn corpus() -> Vec<DocumentGraph> {
        use RelationKind::*;
        vec![
            doc(
                "a",
                "n/a.txt",
                &[("Egypt", "Israel", Opposes), ("Qatar", "Hamas", Backs)],
            ),
            doc(
                "b",
                "n/b.txt",
                &[("Israel", "Egypt", Meets), ("Egypt", "Israel", Opposes)],
            ),
            doc(
                "c",
                "n/c.txt",
                &[("Hamas", "Qatar", Meets), ("Turkey", "Israel", Opposes)],
            ),
            doc(
                "d",
                "n/d.txt",
                &[("Qatar", "Hamas", Backs), ("Egypt", "Hamas", Opposes)],
            ),
        ]
    }

    fn built(docs: &[DocumentGraph]) -> ActorGraph {
        let mut g = ActorGraph::new();
        for d in docs {
            g.add_document(d);
        }
        g
    }

    #[test]
    fn halves_merge_into_the_whole() {
        let docs = corpus();
        let whole = built(&docs);
        for split in 0..=docs.len() {
            let parts = [
                (PathBuf::from("first.json"), built(&docs[..split])),
                (PathBuf::from("second.json"), built(&docs[split..])),
            ];
            let merged = merge(&parts).unwrap();
            assert_eq!(
                json::to_string(&merged),
                json::to_string(&whole),
                "split {split}"
            );
        }
    }

    #[test]
    fn merging_through_json_is_the_same() {
        let docs = corpus();
        let parts: Vec<_> = [&docs[..1], &docs[1..3], &docs[3..]]
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let text = json::to_string(&built(d));
                (
                    PathBuf::from(format!("{i}.json")),
                    json::from_str(&text).unwrap(),
                )
            })
            .collect();
        assert_eq!(
            json::to_string(&merge(&parts).unwrap()),
            json::to_string(&built(&docs))
        );
    }

    #[test]
    fn the_same_article_twice_is_an_error() {
        let g = sample_graph();
        let e = merge(&[("a.json".into(), g.clone()), ("b.json".into(), g)]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "b.json: article seeds/cairo.txt (document \"cairo\") is already in an earlier \
             graph (as \"cairo\"): merging would count its statements twice"
        );
    }

    #[test]
    fn clashing_stems_are_named_by_path_as_one_build_would_in_the_evidence_too() {
        use RelationKind::*;
        let day1 = built(&[
            doc("001", "news/22/001.txt", &[("Egypt", "Israel", Opposes)]),
            doc("002", "news/22/002.txt", &[("Qatar", "Hamas", Backs)]),
        ]);
        let day2 = built(&[doc(
            "001",
            "news/23/001.txt",
            &[("Egypt", "Israel", Opposes)],
        )]);
        let stdin = built(&[doc("stdin", "-", &[("Qatar", "Hamas", Backs)])]);
        let merged = merge(&[
            ("1.json".into(), day1),
            ("2.json".into(), day2),
            ("3.json".into(), stdin.clone()),
            ("4.json".into(), stdin),
        ])
        .unwrap();
        let ids: Vec<_> = merged.documents().iter().map(|d| d.id).collect();
        assert_eq!(
            ids,
            ["news/22/001", "002", "news/23/001", "stdin", "stdin~2"]
        );
        let (_, _, r) = merged.edges().next().unwrap();
        assert_eq!(r.weight, 2);
        let docs: Vec<_> = r.evidence.iter().map(|e| e.document.as_str()).collect();
        assert_eq!(docs, ["news/22/001", "news/23/001"]);
    }

    #[test]
    fn gzipped_articles_clash_by_their_uncompressed_stem() {
        use RelationKind::*;
        // a build reads news/22/001.txt.gz as `001`, as it reads news/22/001.txt
        let day1 = built(&[doc(
            "001",
            "news/22/001.txt.gz",
            &[("Egypt", "Israel", Opposes)],
        )]);
        let day2 = built(&[doc("001", "news/23/001.txt", &[("Qatar", "Hamas", Backs)])]);
        let day3 = built(&[doc(
            "002",
            "news/24/002.TXT.GZ",
            &[("Qatar", "Hamas", Backs)],
        )]);
        let merged = merge(&[
            ("1.json".into(), day1),
            ("2.json".into(), day2),
            ("3.json".into(), day3),
        ])
        .unwrap();
        let ids: Vec<_> = merged.documents().iter().map(|d| d.id).collect();
        assert_eq!(ids, ["news/22/001", "news/23/001", "002"]);
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use crate::domain::{Actor, ActorType, DocumentGraph, Evidence, RelationKind, Statement};
    use crate::export::json;
    use crate::text::Span;
    use serde_json::Value;

    /// An article: id, date, and its statements (source, target, relation, trigger, CAMEO).
    type Article = (
        &'static str,
        Option<&'static str>,
        &'static [(
            &'static str,
            &'static str,
            RelationKind,
            &'static str,
            Option<&'static str>,
        )],
    );

    /// Eight dated (and two undated) articles whose statements overlap: the same edges in
    /// several articles with other triggers, CAMEO codes, hedges and days; an actor typed
    /// differently by two articles; symmetric edges stated both ways.
    fn articles() -> Vec<DocumentGraph> {
        use RelationKind::*;
        let rows: [Article; 10] = [
            (
                "a",
                Some("2014-07-21"),
                &[
                    ("Egypt", "Hamas", Opposes, "condemned", Some("122")),
                    ("Kerry", "Egypt", Meets, "talks", None),
                ],
            ),
            (
                "b",
                Some("2014-07-22"),
                &[
                    ("Egypt", "Hamas", Opposes, "accused", Some("112")),
                    ("Egypt", "Kerry", Meets, "met", Some("040")),
                ],
            ),
            (
                "c",
                Some("2014-07-22"),
                &[
                    ("Qatar", "Hamas", Backs, "backs", None),
                    ("Egypt", "Hamas", Opposes, "accused", None),
                ],
            ),
            (
                "d",
                None,
                &[
                    ("Egypt", "Hamas", Opposes, "rejected", None),
                    ("Turkey", "Israel", Opposes, "called", Some("111")),
                ],
            ),
            (
                "e",
                Some("2014-07-25"),
                &[
                    ("Qatar", "Hamas", Backs, "funds", Some("070")),
                    ("Kerry", "Egypt", Meets, "visited", None),
                ],
            ),
            (
                "f",
                Some("2014-07-20"),
                &[
                    ("Egypt", "Hamas", Opposes, "blamed", None),
                    ("Egypt", "Hamas", Opposes, "blamed", None),
                ],
            ),
            (
                "g",
                Some("2014-07-23"),
                &[("Hamas", "Egypt", Opposes, "rejected", Some("125"))],
            ),
            (
                "h",
                None,
                &[
                    ("Qatar", "Hamas", Backs, "supports", None),
                    ("Kerry", "Egypt", Meets, "talks", None),
                ],
            ),
            (
                "i",
                Some("2014-07-22"),
                &[
                    ("Turkey", "Israel", Opposes, "condemned", None),
                    ("Egypt", "Hamas", Opposes, "warned", Some("130")),
                ],
            ),
            (
                "j",
                Some("2014-07-26"),
                &[
                    ("Egypt", "Hamas", Opposes, "accused", None),
                    ("Qatar", "Hamas", Backs, "backs", None),
                ],
            ),
        ];
        rows.iter()
            .map(|&(id, date, statements)| document_graph(id, date, statements))
            .collect()
    }

    /// The graph of article `id` stating `statements`, each actor named once.
    fn document_graph(
        id: &'static str,
        date: Option<&'static str>,
        statements: &[(
            &'static str,
            &'static str,
            RelationKind,
            &'static str,
            Option<&'static str>,
        )],
    ) -> DocumentGraph {
        let date = date.map(|d| d.parse().unwrap());
        let mut actors: Vec<Actor> = Vec::new();
        for &(s, t, ..) in statements {
            for name in [s, t] {
                if !actors.iter().any(|a| a.id == name) {
                    // "Kerry" is a person in some articles, a group in others.
                    let kind = match name {
                        "Kerry" if id < "e" => ActorType::Group,
                        "Kerry" => ActorType::Person,
                        "Hamas" => ActorType::Organization,
                        _ => ActorType::Country,
                    };
                    let mut a = Actor::new(name, kind);
                    a.aliases.insert(format!("{name} of {id}"));
                    a.mentions = 1 + id.len();
                    actors.push(a);
                }
            }
        }
        let statements = statements
            .iter()
            .enumerate()
            .map(|(i, &(s, t, relation, trigger, cameo))| Statement {
                source: s.into(),
                target: t.into(),
                relation,
                symmetric: false,
                trigger: trigger.into(),
                trigger_span: Span::new(0, 1),
                cameo: cameo.map(str::to_string),
                goldstein: cameo.map(|c| -(c.len() as f32)),
                weak: trigger == "warned",
                former: false,
                class: crate::TriggerClass::Event,
                evidence: Evidence {
                    document: id.into(),
                    sentence: i,
                    start: i * 10,
                    end: i * 10 + 9,
                    text: format!("{s} {trigger} {t}."),
                    date,
                },
            })
            .collect();
        DocumentGraph {
            document: Some(DocumentInfo {
                id: id.into(),
                path: format!("news/{id}.txt"),
                date,
                url: None,
            }),
            actors,
            statements,
        }
    }

    /// The graph as a value that ignores what merging in another order may change: the
    /// order of the lists, the direction a symmetric edge is stored in, and edge keys.
    fn canonical(graph: &ActorGraph) -> Value {
        let mut v: Value = serde_json::from_str(&json::to_string(graph)).unwrap();
        let sort = |list: &mut Value, key: &dyn Fn(&Value) -> String| {
            let items = list.as_array_mut().unwrap();
            items.sort_by_key(|a| key(a));
        };
        sort(&mut v["graph"]["documents"], &|d| d["id"].to_string());
        sort(&mut v["nodes"], &|n| n["id"].to_string());
        for e in v["edges"].as_array_mut().unwrap() {
            e.as_object_mut().unwrap().remove("key");
            if e["symmetric"] == true && e["source"].as_str() > e["target"].as_str() {
                let (s, t) = (e["source"].clone(), e["target"].clone());
                e["source"] = t;
                e["target"] = s;
            }
        }
        sort(&mut v["edges"], &|e| {
            format!("{} {} {}", e["source"], e["target"], e["relation"])
        });
        v.as_object_mut().unwrap().remove("links");
        v
    }

    /// A linear congruential sequence: the same "random" orders every run.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) as usize % n
        }
    }

    /// Merges `graphs` by a random grouping: split in two at a random point, merge each
    /// half the same way, then the two results (in a random order).
    fn merge_grouped(graphs: Vec<ActorGraph>, rng: &mut Lcg, limit: usize) -> ActorGraph {
        if graphs.len() == 1 {
            return graphs.into_iter().next().unwrap();
        }
        let mut graphs = graphs;
        let split = 1 + rng.below(graphs.len() - 1);
        let right = graphs.split_off(split);
        let mut parts = vec![
            merge_grouped(graphs, rng, limit),
            merge_grouped(right, rng, limit),
        ];
        if rng.below(2) == 1 {
            parts.reverse();
        }
        let named: Vec<_> = parts
            .into_iter()
            .enumerate()
            .map(|(i, g)| (PathBuf::from(format!("{i}.json")), g))
            .collect();
        merge_with(&named, limit).unwrap()
    }

    #[test]
    fn merging_in_any_order_and_grouping_gives_the_same_graph() {
        for limit in [0, 1, 2, 10] {
            let docs = articles();
            let single = |d: &DocumentGraph| {
                let mut g = ActorGraph::with_evidence_limit(limit);
                g.add_document(d);
                g
            };
            let mut whole = ActorGraph::with_evidence_limit(limit);
            for d in &docs {
                whole.add_document(d);
            }
            let expected = canonical(&whole);
            let mut rng = Lcg(limit as u64 + 1);
            for round in 0..40 {
                let mut order: Vec<usize> = (0..docs.len()).collect();
                for i in (1..order.len()).rev() {
                    order.swap(i, rng.below(i + 1));
                }
                let graphs = order.iter().map(|&i| single(&docs[i])).collect();
                let merged = merge_grouped(graphs, &mut rng, limit);
                assert_eq!(
                    canonical(&merged),
                    expected,
                    "limit {limit}, round {round}, order {order:?}"
                );
                // Through JSON files too, as `actorgraph merge` reads them.
                let again = json::from_str(&json::to_string(&merged)).unwrap();
                assert_eq!(canonical(&again), expected);
            }
        }
    }

    #[test]
    fn the_merge_rules_are_the_canonical_ones() {
        let docs = articles();
        let mut whole = ActorGraph::with_evidence_limit(2);
        for d in &docs {
            whole.add_document(d);
        }
        let (_, _, r) = whole
            .edges()
            .find(|(s, t, r)| {
                s.id == "Egypt" && t.id == "Hamas" && r.relation == RelationKind::Opposes
            })
            .unwrap();
        assert_eq!(r.weight, 8);
        assert_eq!(r.trigger, "accused", "the first trigger in sorted order");
        assert_eq!(
            r.triggers,
            ["accused", "blamed", "condemned", "rejected", "warned"]
        );
        assert_eq!(r.cameo.as_deref(), Some("112"), "the smallest code");
        assert!(!r.weak);
        let docs: Vec<_> = r.evidence.iter().map(|e| e.document.as_str()).collect();
        assert_eq!(docs, ["d", "f"], "undated first, then by date: two kept");
        let days: Vec<_> = r.dates.iter().map(|(d, n)| (d.to_string(), n)).collect();
        assert_eq!(days.len(), 4);
        assert_eq!(days[0], ("2014-07-20".to_string(), 2));
        assert_eq!(r.dates.total(), 7, "the undated statement has no day");
        let kerry = whole.actor("Kerry").unwrap();
        // A group in a and b, a person in e and h, 2 mentions each: a tie, which the first
        // type in order wins.
        assert_eq!(kerry.kind, ActorType::Person);
        assert_eq!(kerry.types.len(), 2);
    }
}
