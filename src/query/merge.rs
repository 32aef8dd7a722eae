//! Joining graphs built separately (one per day, one per machine) into one.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::graph::{ActorGraph, DocumentInfo};

/// Merges graphs built separately into the graph of all their articles, in the order given.
///
/// This is what building all the articles together gives, because extraction reads one
/// article at a time and the graph merges by the same rules: actors by canonical id (aliases
/// and roles unified, mentions added, type and label from the first graph that has the
/// actor), edges by (source, relation, target), or the unordered pair for a symmetric
/// edge (weights added, triggers and evidence kept, CAMEO code of the first), documents
/// listed in order. Given the graphs of the parts of a corpus in corpus order, the result is
/// byte for byte the graph of the whole corpus, as long as the document ids are the same
/// in both (see below); in another order, the same actors and edges with the same weights,
/// but "first" attributes and the order of lists follow the order given.
///
/// Document ids: a build makes the ids of its own articles unique (file stems, then paths
/// relative to the folder read), but two separate builds may both have an `001`. A
/// document whose id an earlier graph already uses is renamed, here and in its evidence, to
/// its path without extension, then with `~2`, `~3`, ... So ids can differ from those of a
/// single build of everything, which would have found the clash itself.
///
/// # Errors
///
/// [`Error::Merge`] naming the graph when one of its documents (the same path, other than
/// `-` for standard input) is already in an earlier graph: its statements would be counted
/// twice.
pub fn merge(graphs: &[(PathBuf, ActorGraph)]) -> Result<ActorGraph> {
    let mut out = ActorGraph::new();
    for (path, graph) in graphs {
        merge_into(&mut out, graph, path)?;
    }
    Ok(out)
}

/// Merges `graph` (read from `path`, which names it in errors) into `into`, as [`merge`].
///
/// # Errors
///
/// As [`merge`]; `into` is unchanged then.
pub fn merge_into(into: &mut ActorGraph, graph: &ActorGraph, path: &Path) -> Result<()> {
    let paths: HashMap<&str, &DocumentInfo> = into
        .documents()
        .iter()
        .filter(|d| d.path != "-")
        .map(|d| (d.path.as_str(), d))
        .collect();
    for d in graph.documents() {
        if let Some(earlier) = paths.get(d.path.as_str()) {
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
    let mut taken: HashSet<String> = into.documents().iter().map(|d| d.id.clone()).collect();
    let mut renamed: HashMap<&str, String> = HashMap::new();
    let mut documents = Vec::with_capacity(graph.documents().len());
    for d in graph.documents() {
        let mut info = d.clone();
        if taken.contains(&d.id) {
            let base = without_extension(&d.path);
            let id = std::iter::once(base.clone())
                .chain((2..).map(|n| format!("{base}~{n}")))
                .find(|c| !taken.contains(c) && !graph.documents().iter().any(|o| &o.id == c))
                .expect("some suffix is free");
            renamed.insert(d.id.as_str(), id.clone());
            info.id = id;
        }
        taken.insert(info.id.clone());
        documents.push(info);
    }
    for info in documents {
        into.add_document_info(info);
    }
    for actor in graph.actors() {
        into.add_actor(actor);
    }
    for (s, t, r) in graph.edges() {
        if renamed.is_empty() {
            into.add_relation(&s.id, &t.id, r);
        } else {
            let mut r = r.clone();
            for e in &mut r.evidence {
                if let Some(id) = renamed.get(e.document.as_str()) {
                    e.document = id.clone();
                }
            }
            into.add_relation(&s.id, &t.id, &r);
        }
    }
    Ok(())
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
    use crate::export::json;
    use crate::export::tests::sample_graph;
    use crate::graph::{Actor, ActorType, DocumentGraph, Evidence, RelationKind, Statement};
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
    fn a_clashing_document_id_is_renamed_in_the_evidence_too() {
        use RelationKind::*;
        let day1 = built(&[doc(
            "001",
            "2014-07-22/001.txt",
            &[("Egypt", "Israel", Opposes)],
        )]);
        let day2 = built(&[doc(
            "001",
            "2014-07-23/001.txt",
            &[("Egypt", "Israel", Opposes)],
        )]);
        let merged = merge(&[("1.json".into(), day1), ("2.json".into(), day2)]).unwrap();
        let ids: Vec<_> = merged.documents().iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["001", "2014-07-23/001"]);
        let (_, _, r) = merged.edges().next().unwrap();
        assert_eq!(r.weight, 2);
        let docs: Vec<_> = r.evidence.iter().map(|e| e.document.as_str()).collect();
        assert_eq!(docs, ["001", "2014-07-23/001"]);
    }
}
