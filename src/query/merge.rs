//! Joining graphs built separately (one per day, one per machine) into one.

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
/// (`politics/001` rather than `bbc/politics/001`), which the separate graphs cannot know.
///
/// # Errors
///
/// [`Error::Merge`] naming the graph when one of its documents (the same path, other than
/// `-` for standard input) is already in an earlier graph: its statements would be counted
/// twice.
pub fn merge(graphs: &[(PathBuf, ActorGraph)]) -> Result<ActorGraph> {
    let mut seen: HashMap<&str, &DocumentInfo> = HashMap::new();
    for (path, graph) in graphs {
        for d in graph.documents().iter().filter(|d| d.path != "-") {
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
    let ids = document_ids(graphs);
    let mut out = ActorGraph::new();
    for ((_, graph), ids) in graphs.iter().zip(&ids) {
        let renamed: HashMap<&str, &str> = graph
            .documents()
            .iter()
            .zip(ids)
            .filter(|(d, id)| d.id != **id)
            .map(|(d, id)| (d.id.as_str(), id.as_str()))
            .collect();
        for (d, id) in graph.documents().iter().zip(ids) {
            let mut info = d.clone();
            info.id = id.clone();
            out.add_document_info(info);
        }
        for actor in graph.actors() {
            out.add_actor(actor);
        }
        for (s, t, r) in graph.edges() {
            if renamed.is_empty() {
                out.add_relation(&s.id, &t.id, r);
            } else {
                let mut r = r.clone();
                for e in &mut r.evidence {
                    if let Some(id) = renamed.get(e.document.as_str()) {
                        e.document = id.to_string();
                    }
                }
                out.add_relation(&s.id, &t.id, &r);
            }
        }
    }
    Ok(out)
}

/// The id of every document of every graph in the merged graph (see [`merge`]).
fn document_ids(graphs: &[(PathBuf, ActorGraph)]) -> Vec<Vec<String>> {
    let stem = |d: &DocumentInfo| {
        Path::new(&d.path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
    };
    let by_stem = |d: &DocumentInfo| stem(d).is_some_and(|s| s == d.id);
    // Every article with that stem counts, whatever its own build named it.
    let mut stems: HashMap<String, usize> = HashMap::new();
    for (_, g) in graphs {
        for s in g.documents().iter().filter_map(stem) {
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
        .map(|(_, g)| {
            g.documents()
                .iter()
                .map(|d| {
                    let id = wanted(d);
                    taken.insert(id.clone()).then_some(id)
                })
                .collect()
        })
        .collect();
    for ((_, g), ids) in graphs.iter().zip(&mut ids) {
        for (d, id) in g.documents().iter().zip(ids.iter_mut()) {
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
    } else {
        without_extension(&d.path)
    }
}

/// `a/b/c.txt` -> `a/b/c`, with `/` separators, as document ids are written.
fn without_extension(path: &str) -> String {
    let p = Path::new(path).with_extension("");
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
                    evidence: Evidence {
                        document: id.into(),
                        sentence: i,
                        start: 0,
                        end: 1,
                        text: format!("{s} {relation} {t} in {id}"),
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
        let ids: Vec<_> = merged.documents().iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            ["news/22/001", "002", "news/23/001", "stdin", "stdin~2"]
        );
        let (_, _, r) = merged.edges().next().unwrap();
        assert_eq!(r.weight, 2);
        let docs: Vec<_> = r.evidence.iter().map(|e| e.document.as_str()).collect();
        assert_eq!(docs, ["news/22/001", "news/23/001"]);
    }
}
