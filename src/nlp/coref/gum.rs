//! GUM's coreference annotation as training and evaluation documents.
//!
//! GUM (Zeldes 2017) marks mentions in the MISC column: `Entity=(ID-type-infstat-...`
//! opens a mention of entity `ID` at a token and `ID)` closes it (`(ID-...)` is a
//! one-token mention); entity ids are local to a document (`# newdoc id = ...`). Every
//! mention counts: pronouns, names, noun phrases of any type, singletons too.
//!
//! The mentions are described ([`super::describe`]) from the analysis of the shipped
//! models, never from the treebank's gold tags or tree, so that the features read what
//! they read at run time; and as at run time, where a sentence is parsed only when it has
//! two actor mentions, a sentence with fewer than two mentions an actor extractor would
//! find ([`actor_like`]) is described without its tree.

use std::collections::HashMap;

use super::{Document, Form, HeadClass, Mention, Pronoun, Semantic, Tokens, describe, find_quotes};
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::nlp::{ConlluSentence, DepRel, EntityLabel, Models, Upos, parse_conllu};
use crate::text::normalize;

/// A GUM document: its mentions and the gold entity of each.
#[derive(Debug, Clone)]
pub struct GoldDocument {
    /// The document id (`GUM_news_nasa`).
    pub id: String,
    /// The mentions, described.
    pub doc: Document,
    /// The gold entity of each mention (numbered from 0 in the document).
    pub entity: Vec<usize>,
    /// GUM's entity type of each mention (`person`, `organization`, `place`, ...).
    pub gum_type: Vec<String>,
}

impl GoldDocument {
    /// The gold entities, each as its mentions.
    pub fn entities(&self) -> Vec<Vec<usize>> {
        let n = self.entity.iter().max().map_or(0, |m| m + 1);
        let mut out = vec![Vec::new(); n];
        for (m, &e) in self.entity.iter().enumerate() {
            out[e].push(m);
        }
        out.retain(|e| !e.is_empty());
        out
    }
}

/// A mention an actor extractor would find: a pronoun of a person, a thing or a group;
/// a name of a person, organization or place; a definite description of a title, agent
/// or body.
pub fn actor_like(m: &Mention) -> bool {
    match m.pronoun {
        Some(Pronoun::Other | Pronoun::Second) => false,
        Some(_) => true,
        None => {
            m.form == Form::Name
                && matches!(
                    m.semantic,
                    Semantic::Person | Semantic::Organization | Semantic::Place
                )
                || matches!(m.form, Form::Definite | Form::Possessed)
                    && m.head_class != HeadClass::None
        }
    }
}

/// One mention as annotated: sentence, tokens, entity id, type.
struct Annotated {
    sentence: usize,
    start: usize,
    end: usize,
    id: String,
    kind: String,
}

/// Reads the coreference of a GUM CoNLL-U file, analysing its sentences with `models`.
pub fn read_gum(text: &str, models: &Models, lex: &Lexicon) -> Result<Vec<GoldDocument>> {
    let sentences = parse_conllu(text)?;
    let mut docs = Vec::new();
    let mut current: Option<(String, Vec<ConlluSentence>)> = None;
    for s in sentences {
        if let Some(id) = newdoc(&s) {
            if let Some((id, ss)) = current.take() {
                docs.push(document(id, &ss, models, lex)?);
            }
            current = Some((id, Vec::new()));
        }
        match &mut current {
            Some((_, ss)) => ss.push(s),
            None => current = Some((String::new(), vec![s])),
        }
    }
    if let Some((id, ss)) = current {
        docs.push(document(id, &ss, models, lex)?);
    }
    Ok(docs)
}

fn newdoc(s: &ConlluSentence) -> Option<String> {
    s.lines.iter().find_map(|l| match l {
        crate::nlp::ConlluLine::Comment(c) => c
            .strip_prefix("# newdoc id = ")
            .map(|id| id.trim().to_string()),
        _ => None,
    })
}

/// The owned analysis of one sentence.
struct Analysed {
    lower: Vec<String>,
    lemmas: Vec<String>,
    upos: Vec<Upos>,
    heads: Vec<usize>,
    deprels: Vec<DepRel>,
    entities: Vec<(usize, usize, EntityLabel)>,
}

impl Analysed {
    fn tokens(&self, has_tree: bool) -> Tokens<'_> {
        Tokens {
            lower: &self.lower,
            lemmas: &self.lemmas,
            upos: &self.upos,
            heads: &self.heads,
            deprels: &self.deprels,
            has_tree,
            entities: &self.entities,
        }
    }
}

fn document(
    id: String,
    sentences: &[ConlluSentence],
    models: &Models,
    lex: &Lexicon,
) -> Result<GoldDocument> {
    let forms: Vec<Vec<&str>> = sentences.iter().map(ConlluSentence::forms).collect();
    let analysed: Vec<Analysed> = models
        .analyze_batch(&forms)
        .into_iter()
        .zip(&forms)
        .map(|(a, words)| Analysed {
            lower: words.iter().map(|w| normalize(w).to_lowercase()).collect(),
            lemmas: a.lemmas.iter().map(str::to_lowercase).collect(),
            upos: a.upos,
            heads: a
                .heads
                .iter()
                .map(|&h| if h == 0 { usize::MAX } else { h as usize - 1 })
                .collect(),
            deprels: a.deprels,
            entities: a
                .entities
                .iter()
                .map(|e| (e.start, e.end, e.label))
                .collect(),
        })
        .collect();
    let mut annotated = annotations(&id, sentences)?;
    annotated.sort_by_key(|m| (m.sentence, m.start, std::cmp::Reverse(m.end)));
    annotated.dedup_by_key(|m| (m.sentence, m.start, m.end));
    // the sentences with two actor mentions keep their tree
    let with_tree: Vec<Mention> = annotated
        .iter()
        .map(|m| {
            describe(
                &analysed[m.sentence].tokens(true),
                m.sentence,
                m.start,
                m.end,
                lex,
            )
        })
        .collect();
    let mut actors = vec![0usize; sentences.len()];
    for m in &with_tree {
        actors[m.sentence] += actor_like(m) as usize;
    }
    let has_tree: Vec<bool> = actors.iter().map(|&n| n >= 2).collect();
    let mentions: Vec<Mention> = annotated
        .iter()
        .zip(with_tree)
        .map(|(a, m)| {
            if has_tree[a.sentence] {
                m
            } else {
                describe(
                    &analysed[a.sentence].tokens(false),
                    a.sentence,
                    a.start,
                    a.end,
                    lex,
                )
            }
        })
        .collect();
    let tokens: Vec<Tokens<'_>> = analysed
        .iter()
        .zip(&has_tree)
        .map(|(a, &t)| a.tokens(t))
        .collect();
    let spans: Vec<(usize, usize, usize)> = mentions
        .iter()
        .map(|m| (m.sentence, m.start, m.end))
        .collect();
    let quotes = find_quotes(&tokens, &spans, &lex.words);
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let entity = annotated
        .iter()
        .map(|m| {
            let next = ids.len();
            *ids.entry(m.id.as_str()).or_insert(next)
        })
        .collect();
    Ok(GoldDocument {
        gum_type: annotated.iter().map(|m| m.kind.clone()).collect(),
        id,
        doc: Document::new(mentions, quotes),
        entity,
    })
}

/// The mentions annotated in the MISC column of `sentences`.
fn annotations(doc: &str, sentences: &[ConlluSentence]) -> Result<Vec<Annotated>> {
    let mut out = Vec::new();
    // open mentions: entity id, type, sentence, first token
    let mut open: Vec<(String, String, usize, usize)> = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        for (t, w) in sentence.words.iter().enumerate() {
            let Some(value) = w.misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
                continue;
            };
            for event in brackets(value) {
                match event {
                    Bracket::Open(id, kind) => open.push((id, kind, s, t)),
                    Bracket::Close(id) => {
                        let Some(i) = open.iter().rposition(|o| o.0 == id) else {
                            return Err(Error::Parse {
                                path: doc.into(),
                                reason: format!(
                                    "sentence {}: entity {id} closed, never opened",
                                    s + 1
                                ),
                            });
                        };
                        let (id, kind, os, ot) = open.remove(i);
                        // a mention over a sentence break keeps to its first sentence
                        let end = if os == s {
                            t + 1
                        } else {
                            sentences[os].words.len()
                        };
                        out.push(Annotated {
                            sentence: os,
                            start: ot,
                            end,
                            id,
                            kind,
                        });
                    }
                }
            }
        }
    }
    Ok(out)
}

/// An opening or closing bracket of the `Entity` value.
#[derive(Debug, PartialEq)]
enum Bracket {
    /// `(ID-type-...`: entity id and type.
    Open(String, String),
    /// `ID)`.
    Close(String),
}

/// The brackets of an `Entity` value, in order: `(7-abstract-...(3-person-...)` opens 7,
/// opens 3 and closes 3; `7)6)` closes 7 and 6.
fn brackets(value: &str) -> Vec<Bracket> {
    let mut out = Vec::new();
    let b = value.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let end = value[i + 1..]
                .find(['(', ')'])
                .map_or(value.len(), |k| i + 1 + k);
            let attrs = &value[i + 1..end];
            let mut parts = attrs.split('-');
            let id = parts.next().unwrap_or("").to_string();
            let kind = parts.next().unwrap_or("").to_string();
            out.push(Bracket::Open(id.clone(), kind));
            if end < b.len() && b[end] == b')' {
                out.push(Bracket::Close(id));
                i = end + 1;
            } else {
                i = end;
            }
        } else {
            let end = value[i..].find(')').map_or(value.len(), |k| i + k);
            out.push(Bracket::Close(value[i..end].to_string()));
            i = end + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_open_and_close_in_order() {
        use Bracket::{Close, Open};
        let o = |id: &str, k: &str| Open(id.into(), k.into());
        let c = |id: &str| Close(id.into());
        assert_eq!(
            brackets("(7-abstract-new-nnnss-cf6-2-coref(3-abstract-giv:act-sssss-cf1-1-coref)"),
            [o("7", "abstract"), o("3", "abstract"), c("3")]
        );
        assert_eq!(brackets("7)6)5)"), [c("7"), c("6"), c("5")]);
        assert_eq!(
            brackets("(12-person-giv:act-nnnsn-cf1*-1-ana)7)"),
            [o("12", "person"), c("12"), c("7")]
        );
        assert_eq!(
            brackets(
                "(52-organization-new-nnnnn-cf3-1,2-sgl-Leiden_University(53-place-new-nnnnn-cf4-1-sgl-Leiden)"
            ),
            [o("52", "organization"), o("53", "place"), c("53")]
        );
    }

    const DOC: &str = "# newdoc id = GUM_test_one
# sent_id = 1
1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-coref-Kim)
2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(2-object-new-nnnnn-cf2-1-coref
4\tcar\tcar\tNOUN\tNN\t_\t2\tobj\t_\tEntity=2)|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# sent_id = 2
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-nnnnn-cf1-1-ana)
2\tbought\tbuy\tVERB\tVBD\t_\t0\troot\t_\t_
3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tEntity=(2-object-giv:act-nnnnn-cf1-1-ana)|SpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# newdoc id = GUM_test_two
# sent_id = 3
1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-abstract-new-nnnnn-cf1-1-sgl)
2\trained\train\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

    #[test]
    fn documents_mentions_and_entities() {
        let models = Models::load_default().unwrap();
        let lex = Lexicon::load_default().unwrap();
        let docs = read_gum(DOC, &models, &lex).unwrap();
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(d.id, "GUM_test_one");
        let spans: Vec<(usize, usize, usize)> = d
            .doc
            .mentions
            .iter()
            .map(|m| (m.sentence, m.start, m.end))
            .collect();
        assert_eq!(spans, [(0, 0, 1), (0, 2, 4), (1, 0, 1), (1, 2, 3)]);
        assert_eq!(d.entity, [0, 1, 0, 1]);
        assert_eq!(d.entities(), [vec![0, 2], vec![1, 3]]);
        assert_eq!(d.gum_type[0], "person");
        let she = &d.doc.mentions[2];
        assert_eq!(
            (she.form, she.pronoun),
            (Form::Pronoun, Some(Pronoun::Feminine))
        );
        assert_eq!(docs[1].entity, [0]);
    }
}
