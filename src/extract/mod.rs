//! Extraction: from an analysed document to its actors and statements.
//!
//! 1. every sentence is annotated (tags, lemmas, dependency tree, entities);
//! 2. mentions are found in each sentence ([`mentions`]);
//! 3. names resolve to document entities in text order, then pronouns and descriptions
//!    ([`entities`]);
//! 4. affiliations come from titles, appositives and the dictionary ([`affiliations`]);
//! 5. relations come from triggers and their arguments in the tree ([`relations`]).
//!
//! `extract_part` runs these as one function each: `analyse` (1-2), `resolve` (3),
//! `affiliations::find_affiliations` (4), `relation_statements` (5); then
//! `distinct_statements` keeps each relation once per sentence and `actors_of` lists the
//! actors in order of first mention.

mod affiliations;
mod entities;
mod hyphen_pairs;
mod mentions;
pub(crate) mod parse;
pub(crate) mod relations;
mod repair;

#[cfg(feature = "train")]
pub(crate) use relations::model as relations_model;

use std::collections::HashMap;

use rayon::prelude::*;

use crate::domain::{Actor, ActorType, DocumentGraph, Evidence, RelationKind, Statement};
use crate::domain::{Coreference, Document};
use crate::lexicon::{Lexicon, WordClass};
use crate::text::{Sentence, Span, segment};

use entities::{Placed, Registry};
use mentions::MentionKind;
pub(crate) use parse::Parsed;

/// Whether the learned relation decision's model could be read (see
/// `relations::model::RelationModel::check`).
pub(crate) fn check_relation_model() -> crate::Result<()> {
    relations::model::RelationModel::check()
}
use relations::SentenceActors;

/// Sentences longer than this are analysed in pieces: a run-on "sentence" (a table, a
/// 100 MB line) must not cost more than its length.
pub(crate) const MAX_SENTENCE_TOKENS: usize = 150;

/// Anything that turns a sentence's words into an analysis, in two steps: tags, lemmas
/// and entities for every sentence, the dependency tree only for sentences where two
/// actors may relate (parsing is most of the cost).
pub(crate) trait Annotator {
    /// What the annotator keeps of a tagged sentence for parsing it later (the models'
    /// own tag and word-feature tables); the extractor only hands it back.
    type Pending;
    /// Tags one sentence and finds its entities; the tree may be left empty.
    fn tag<'a>(&self, words: &[&'a str]) -> (Parsed<'a>, Self::Pending);
    /// Adds the dependency tree to a tagged sentence (nothing if it has one).
    fn parse(&self, parsed: &mut Parsed<'_>, pending: Self::Pending);
    /// Tags and parses one sentence.
    #[cfg(test)]
    fn annotate<'a>(&self, words: &[&'a str]) -> Parsed<'a> {
        let (mut p, pending) = self.tag(words);
        self.parse(&mut p, pending);
        p
    }
}

/// Splits sentences longer than [`MAX_SENTENCE_TOKENS`].
fn cap_sentences(sentences: &[Sentence], tokens: &[crate::text::Token]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut first = s.first_token;
        while first < s.end_token {
            let end = (first + MAX_SENTENCE_TOKENS).min(s.end_token);
            out.push(Sentence {
                span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
                first_token: first,
                end_token: end,
            });
            first = end;
        }
    }
    out
}

/// Extracts the actors and statements of one document, references resolved by the
/// default [`Coreference`].
#[cfg(test)]
pub(crate) fn extract_document<A: Annotator + Sync>(
    doc: &Document,
    lex: &Lexicon,
    annotator: &A,
) -> DocumentGraph {
    extract_document_with(doc, lex, annotator, Coreference::default())
}

/// Extracts the actors and statements of one document.
pub(crate) fn extract_document_with<A: Annotator + Sync>(
    doc: &Document,
    lex: &Lexicon,
    annotator: &A,
    coreference: Coreference,
) -> DocumentGraph {
    let text = doc.text.as_str();
    // "the Russia-Ukraine talks": a pair of sides in one word is read as its two names
    let seg = hyphen_pairs::split_pairs(text, segment(text), lex);
    let sentences = cap_sentences(&seg.sentences, &seg.tokens);
    let (actors, statements) = if sentences.len() <= PART_SENTENCES {
        extract_part(doc, &seg, &sentences, 0, lex, annotator, coreference)
    } else {
        // a huge document (a 100 MB line, a book) is read in parts, in parallel, each with
        // its own coreference, so that memory stays bounded by a part
        let parts: Vec<(Vec<Actor>, Vec<Statement>)> = sentences
            .par_chunks(PART_SENTENCES)
            .enumerate()
            .map(|(k, part)| {
                let first = k * PART_SENTENCES;
                extract_part(doc, &seg, part, first, lex, annotator, coreference)
            })
            .collect();
        let mut actors: Vec<Actor> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut statements = Vec::new();
        for (part_actors, part_statements) in parts {
            for a in part_actors {
                match index.get(&a.id) {
                    Some(&i) => actors[i].absorb(&a),
                    None => {
                        index.insert(a.id.clone(), actors.len());
                        actors.push(a);
                    }
                }
            }
            statements.extend(part_statements);
        }
        (actors, statements)
    };
    DocumentGraph {
        document: Some(doc.info()),
        actors,
        statements,
    }
}

/// Sentences read together, with one coreference: far more than any news article has.
const PART_SENTENCES: usize = 2_000;

/// Extracts the actors and statements of `sentences`, the first of which is sentence
/// `first` of the document, in stages: analyse, resolve, affiliations, relations, and the
/// statements they make.
fn extract_part<A: Annotator>(
    doc: &Document,
    seg: &crate::text::Segmented,
    sentences: &[Sentence],
    first: usize,
    lex: &Lexicon,
    annotator: &A,
    coreference: Coreference,
) -> (Vec<Actor>, Vec<Statement>) {
    let text = doc.text.as_str();
    let (mut part, mut pending) = analyse(text, seg, sentences, lex, annotator);
    let surname = |word: &str| person_by_surname(lex, word);
    let listed = |word: &str| listed_otherwise(lex, word);
    let mut reg = Registry::new(&surname, &lex.words).with_listed_otherwise(&listed);
    let (dropped, affiliations) = resolve_actors(doc, &mut part, &mut reg, lex, coreference);
    // after references and affiliations, which read the trees of two-mention sentences
    // only: a reaction's sentence and its event's get theirs now
    parse_for_reactions(&mut part, &mut pending, lex, annotator, first == 0);
    parse_for_authors(&mut part, &mut pending, lex, annotator);
    let words = StatementWords {
        doc,
        sentences,
        first,
        spans: &part.spans,
    };
    let mut statements = affiliation_statements(&words, &affiliations, &reg);
    statements.extend(relation_statements(&words, &part, lex, &reg));
    (actors_of(&reg, &dropped), distinct_statements(statements))
}

/// Stages 3-4: the actors the mentions refer to (names, groups, governments,
/// references, offices, speakers, a leader's government) and their affiliations; returns
/// the entities dropped as common words and the affiliations. One function for the
/// pipeline and for the candidate records of training ([`candidate_records`]), so that
/// the relation corpus measures the actors the shipped pipeline sees.
fn resolve_actors(
    doc: &Document,
    part: &mut Analysed<'_>,
    reg: &mut Registry<'_>,
    lex: &Lexicon,
    coreference: Coreference,
) -> (Vec<usize>, Vec<affiliations::Affiliation>) {
    let spoken = resolve(part, reg, lex, coreference);
    let dropped = drop_common_words(&mut part.placed, &part.parsed, reg, lex);
    // the offices table writes its days as ISO text, as `Date` displays them
    let date = doc.date.map(|d| d.to_string());
    let country_of = |prefix: &str| country_of_code(lex, prefix);
    entities::resolve_offices(
        &mut part.placed,
        reg,
        &lex.offices,
        date.as_deref(),
        &country_of,
    );
    let mut affiliations = affiliations_of(part, reg, lex);
    let affiliated = |member: usize, sentence: usize| {
        affiliations::spoken_for(&affiliations, lex, member, sentence)
    };
    entities::speak_for(&mut part.placed, &spoken, reg, &affiliated);
    // "his government", "the Modi government": the state the person serves
    let served =
        |member: usize, reg: &Registry| affiliations::served_state(&affiliations, lex, reg, member);
    let unmentioned =
        entities::resolve_leader_governments(&mut part.placed, reg, &served, &country_of);
    affiliations.retain(|a| !unmentioned.contains(&a.member));
    (dropped, affiliations)
}

/// A capitalized common word that the recognizer alone makes a name ("Morning", "One"
/// opening a sentence or a headline) is no actor: an entity that nothing firm stands behind
/// (no dictionary entry, title or honorific), named by one word and by no longer name, that
/// is a word of `common_words.tsv` or, with no cue of its type around any of its names
/// ([`entities::count_cues`]), a word the article itself also writes in lower case
/// ("Casinos also offer free food" beside "the casinos"), unless the word is an
/// `organization_word` ("Parliament" beside "parliament" is the institution), or the
/// article's cues make it a company ("shares in Shell", "Arm's chief executive": it is then
/// a firm's name written as a common word). Its mentions refer to nothing; returns the
/// entities dropped.
fn drop_common_words(
    placed: &mut [Placed],
    parsed: &[Parsed<'_>],
    reg: &Registry<'_>,
    lex: &Lexicon,
) -> Vec<usize> {
    // whether the article writes a word in lower case: asked only of an entity of one
    // word with nothing firm behind it and no cue, a few times an article, so the words
    // are read through for the first questions, and put in a set for the rest (a long
    // document asking often); hashing every word of every article cost more than that
    let in_lower_case =
        |w: &&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_uppercase);
    let words = || parsed.iter().flat_map(|p| p.words.iter());
    let (mut asked, mut written) = (0, None::<rustc_hash::FxHashSet<&str>>);
    let mut written_lower = |lower: &str| {
        asked += 1;
        if asked > 16 && written.is_none() {
            written = Some(words().copied().filter(in_lower_case).collect());
        }
        match &written {
            Some(set) => set.contains(lower),
            None => words().any(|w| *w == lower && in_lower_case(w)),
        }
    };
    let dropped: Vec<usize> = (0..reg.entities.len())
        .filter(|&i| {
            let e = &reg.entities[i];
            let lower = e.canonical.to_lowercase();
            // "shares in Shell", "Arm's chief executive": a common word the article's own
            // words make a company's name is one (`cued_common_word`)
            let cued_company = e.company_cues > 0
                && e.settled_kind() == ActorType::Organization
                && crate::extract::relations::enabled("cued_common_word");
            !e.firm
                && !cued_company
                && std::iter::once(&e.canonical)
                    .chain(&e.aliases)
                    .all(|name| !name.contains(char::is_whitespace))
                && (lex.is_common_word(&lower)
                    || (e.cues.iter().all(|&n| n == 0)
                        && written_lower(&lower)
                        && !lex.words.has(WordClass::OrganizationWord, &lower)))
        })
        .collect();
    for pm in placed.iter_mut() {
        if pm.entity.is_some_and(|id| dropped.contains(&id)) {
            pm.entity = None;
        }
    }
    dropped
}

/// The dictionary's person with the surname `word` alone ("Mr Putin"), as (canonical
/// name, code): what the registry asks of a surname the article never spells out. The
/// extraction, the training of the decision and the coreference evaluation all ask it here,
/// so they resolve names alike.
fn person_by_surname(lex: &Lexicon, word: &str) -> Option<(String, String)> {
    // "Mr German", "Ms Jordan": a surname that is also a place's or a people's name is
    // not completed from the dictionary
    if lex
        .gazetteer
        .lookup(word)
        .iter()
        .any(|e| e.kind != ActorType::Person)
    {
        return None;
    }
    lex.gazetteer
        .person_by_surname(word)
        .map(|e| (e.canonical.to_string(), e.code.to_string()))
}

/// Whether the dictionary lists `word` as a place, a country or an organization: such a
/// word is no given name or surname of a person whose full name the recognizer typed
/// otherwise (see the registry's `typed_otherwise`).
fn listed_otherwise(lex: &Lexicon, word: &str) -> bool {
    lex.gazetteer
        .lookup(word)
        .iter()
        .any(|e| e.kind != ActorType::Person)
}

/// The sentences of a part, analysed, with their mentions.
struct Analysed<'t> {
    parsed: Vec<Parsed<'t>>,
    /// Byte spans of each sentence's tokens.
    spans: Vec<Vec<(usize, usize)>>,
    /// Every mention of the part, in text order.
    placed: Vec<Placed>,
    /// The mentions (indices into `placed`) of each sentence.
    sentence_mentions: Vec<Vec<usize>>,
    /// What makes the names of the article's bare groups its own
    /// ([`entities::resolve_bare_groups`]): a digest of its text.
    article_key: String,
    /// The sentences parsed only for a reaction to an earlier event
    /// ([`parse_for_reactions`]): no other relation is read in them.
    reaction_only: Vec<bool>,
}

impl Analysed<'_> {
    /// Whether a mention of sentence `si` refers to an actor.
    fn has_actor(&self, si: usize) -> bool {
        self.sentence_mentions[si]
            .iter()
            .any(|&k| self.placed[k].entity.is_some())
    }

    /// Whether the ordinary relation steps read sentence `si`: it has a tree of its own
    /// making (two mentions, or an annotator that parses all) or two mentions.
    fn relations_read(&self, si: usize) -> bool {
        (self.parsed[si].has_tree && !self.reaction_only[si])
            || self.sentence_mentions[si].len() >= 2
    }
}

/// Stages 1-2: annotates every sentence and finds its mentions; returns with them what
/// the annotator keeps to parse later a sentence of one mention left without a tree.
fn analyse<'t, A: Annotator>(
    text: &'t str,
    seg: &crate::text::Segmented,
    sentences: &[Sentence],
    lex: &Lexicon,
    annotator: &A,
) -> (Analysed<'t>, Vec<Option<A::Pending>>) {
    let mut part = Analysed {
        parsed: Vec::with_capacity(sentences.len()),
        spans: Vec::with_capacity(sentences.len()),
        placed: Vec::new(),
        sentence_mentions: Vec::with_capacity(sentences.len()),
        article_key: entities::article_key(text),
        reaction_only: vec![false; sentences.len()],
    };
    let mut kept = Vec::with_capacity(sentences.len());
    for (si, s) in sentences.iter().enumerate() {
        let toks = &seg.tokens[s.token_range()];
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let sp: Vec<(usize, usize)> = toks.iter().map(|t| (t.span.start, t.span.end)).collect();
        let (mut p, pending) = annotator.tag(&words);
        let mut ms = mentions::find_mentions(&p, lex, &sp, text);
        // a relation or an affiliation needs two mentions in the sentence; a sentence with
        // fewer needs no tree, unless its one mention may stand for two actors named in
        // the sentence before ("X and Y arrived. The two leaders then met.")
        // (construction `plural_reference_parsed`)
        let plural_after_two = si > 0
            && part.sentence_mentions[si - 1].len() >= 2
            && matches!(ms.as_slice(), [m] if m.dual || m.collective || (m.plural && m.kind == MentionKind::Pronoun))
            && relations::enabled("plural_reference_parsed");
        if ms.len() >= 2 || plural_after_two {
            annotator.parse(&mut p, pending);
            repair::repair(&mut p, lex);
            kept.push(None);
        } else {
            // (one mention may still react to, or do, an event of another sentence)
            kept.push((ms.len() == 1).then_some(pending));
        }
        // a bare group ("police") is an actor only as an argument of a clause
        mentions::keep_arguments(&p, lex, &mut ms);
        let mut ids = Vec::with_capacity(ms.len());
        for m in ms {
            ids.push(part.placed.len());
            part.placed.push(Placed {
                sentence: si,
                mention: m,
                entity: None,
                members: Vec::new(),
            });
        }
        part.sentence_mentions.push(ids);
        part.parsed.push(p);
        part.spans.push(sp);
    }
    (part, kept)
}

/// Parses the sentences of one mention that a reaction to an earlier event needs
/// ([`relations::event_ref`]): a sentence whose words may react to "the NOUN", and the
/// latest sentence of the [`relations::event_ref::WINDOW`] before it (else the lead, when
/// the part is the article's start: `lead`) that states an event of that kind; for a
/// general act noun ("the decision"), every sentence of the window with an actor. They
/// are marked `reaction_only`.
fn parse_for_reactions<A: Annotator>(
    part: &mut Analysed<'_>,
    pending: &mut [Option<A::Pending>],
    lex: &Lexicon,
    annotator: &A,
    lead: bool,
) {
    let mut wanted = Vec::new();
    for si in 0..part.parsed.len() {
        if !part.has_actor(si) {
            continue;
        }
        for m in relations::event_ref::reaction_kinds(&part.parsed[si], lex) {
            wanted.push(si);
            if m == relations::event_ref::Match::Act {
                // a general act noun takes up the nearest sentence of the window whose main
                // act an actor did: any of them with an actor may be it
                wanted.extend(
                    relations::event_ref::searched(si, false).filter(|&k| part.has_actor(k)),
                );
            } else if let Some(prev) = event_sentence(part, lex, si, m, lead) {
                wanted.push(prev);
            }
        }
    }
    parse_read_only(part, pending, lex, annotator, wanted);
}

/// Parses the sentences `wanted` that have no tree yet, marked `reaction_only`: read
/// for an act or a text of another sentence, not for their own relations.
fn parse_read_only<A: Annotator>(
    part: &mut Analysed<'_>,
    pending: &mut [Option<A::Pending>],
    lex: &Lexicon,
    annotator: &A,
    wanted: Vec<usize>,
) {
    for si in wanted {
        if let Some(pending) = pending[si].take() {
            annotator.parse(&mut part.parsed[si], pending);
            repair::repair(&mut part.parsed[si], lex);
            part.reaction_only[si] = true;
        }
    }
}

/// Parses the sentences of one mention that a text standing for its author needs
/// ([`relations::authored`]): a sentence with an actor and a definite text ("The report
/// accused X"), and the sentences of the window before it that name a text of that noun
/// and an actor ("Amnesty published a report"). They are marked `reaction_only`: only the
/// text's author is read in them.
fn parse_for_authors<A: Annotator>(
    part: &mut Analysed<'_>,
    pending: &mut [Option<A::Pending>],
    lex: &Lexicon,
    annotator: &A,
) {
    if !relations::enabled("text_author") {
        return;
    }
    let mut wanted = Vec::new();
    for si in 0..part.parsed.len() {
        let p = &part.parsed[si];
        if !part.has_actor(si) {
            continue;
        }
        for n in (0..p.len()).filter(|&n| relations::authored::definite_text(p, lex, n)) {
            let issued: Vec<usize> = relations::event_ref::searched(si, false)
                .filter(|&k| {
                    let pk = &part.parsed[k];
                    part.has_actor(k)
                        && (0..pk.len()).any(|t| {
                            pk.upos[t] == crate::nlp::Upos::Noun && pk.lemmas[t] == p.lemmas[n]
                        })
                })
                .collect();
            if !issued.is_empty() {
                wanted.push(si);
                wanted.extend(issued);
            }
        }
    }
    parse_read_only(part, pending, lex, annotator, wanted);
}

/// The texts `subjects` of sentence `si` (its [`relations::authored::text_subjects`],
/// read through `sa`) that stand for their author named before
/// ([`relations::authored`]), each with its authors.
fn authored_subjects(
    part: &Analysed<'_>,
    lex: &Lexicon,
    reg: &Registry<'_>,
    si: usize,
    sa: &SentenceActors<'_, '_>,
    subjects: Vec<usize>,
) -> Vec<(usize, Vec<usize>)> {
    let p = &part.parsed[si];
    subjects
        .into_iter()
        .filter(|&n| !relations::authored::refers(sa, n))
        .filter_map(|n| {
            // its own phrase's author first ("the report from X"), else, for a definite
            // text, the one author of such a text named before
            let own = relations::authored::own_authors(sa, n);
            if !own.is_empty() {
                return Some((n, own));
            }
            if !relations::authored::definite_text(p, lex, n) {
                return None;
            }
            let found = relations::event_ref::searched(si, false)
                .filter(|&k| part.parsed[k].has_tree)
                .flat_map(|k| {
                    let psa = sentence_actors(&part.parsed[k], lex, part, k, reg);
                    relations::authored::text_authors(&psa, &p.lemmas[n])
                })
                .collect();
            relations::authored::sole_author(found).map(|a| (n, a))
        })
        .collect()
}

/// The latest of the sentences before `si` (at most [`relations::event_ref::WINDOW`] back,
/// then the article's lead when `lead`: [`relations::event_ref::searched`]) that states an
/// event `m` matches.
fn event_sentence(
    part: &Analysed<'_>,
    lex: &Lexicon,
    si: usize,
    m: relations::event_ref::Match<'_>,
    lead: bool,
) -> Option<usize> {
    relations::event_ref::searched(si, lead).find(|&k| {
        let p = &part.parsed[k];
        (0..p.len()).any(|t| relations::event_ref::states(p, lex, t, m))
    })
}

/// Stage 3: resolves names to entities, then pronouns and descriptions; returns the
/// "we" of quotations spoken by a person, which may speak for a body
/// ([`entities::speak_for`], once affiliations are known).
fn resolve(
    part: &mut Analysed<'_>,
    reg: &mut Registry<'_>,
    lex: &Lexicon,
    coreference: Coreference,
) -> Vec<entities::Spoken> {
    resolve_names(part, reg);
    entities::resolve_bare_groups(&mut part.placed, reg, &part.article_key);
    entities::resolve_ministries(&part.placed, reg);
    let country_of = |prefix: &str| country_of_code(lex, prefix);
    entities::resolve_governments(&mut part.placed, reg, &country_of);
    entities::governments::place_governments(&part.placed, reg);
    // a titled name holds its role before descriptions are read: "the Home Secretary"
    // after "Home Secretary Ann Fenwick" is her
    entities::register_roles(&part.placed, reg);
    let spoken =
        entities::resolve_references(&mut part.placed, &part.parsed, reg, lex, coreference);
    entities::resolve_standalone(&mut part.placed, reg);
    spoken
}

/// Names, demonyms and capitals to entities, in text order; then each entity's type.
fn resolve_names(part: &mut Analysed<'_>, reg: &mut Registry<'_>) {
    reg.expect_full_names(
        part.placed
            .iter()
            .filter(|pm| {
                pm.mention.kind == MentionKind::Name && pm.mention.actor_type == ActorType::Person
            })
            .map(|pm| pm.mention.name.as_str()),
    );
    for k in 0..part.placed.len() {
        let pm = &part.placed[k];
        if !matches!(
            pm.mention.kind,
            MentionKind::Name | MentionKind::Demonym | MentionKind::Capital
        ) {
            continue;
        }
        // an acronym met first that the bracket after this name defines
        if let Some(next) = part.placed.get(k + 1)
            && matches!(
                pm.mention.actor_type,
                ActorType::Organization | ActorType::Group
            )
            && bracketed(pm, next, &part.parsed[pm.sentence])
            && relations::enabled("bracket_met_first")
        {
            let listed = pm
                .mention
                .canonical
                .as_ref()
                .map(|(c, code)| (c.as_str(), code.as_str()));
            reg.adopt_bracketed_acronym(&next.mention.name, &pm.mention.name, listed);
        }
        let defined = k
            .checked_sub(1)
            .and_then(|j| bracketed_short_form(&part.placed[j], pm, &part.parsed[pm.sentence]))
            .and_then(|id| {
                let code = pm.mention.canonical.as_ref().map(|(_, c)| c.as_str());
                reg.define_short_form(&pm.mention.name, code, id)
            });
        let pm = &mut part.placed[k];
        pm.entity =
            defined.or_else(|| reg.resolve_name(&pm.mention, (pm.sentence, pm.mention.start)));
    }
    entities::count_cues(&part.placed, &part.parsed, reg);
    for e in reg.entities.iter_mut() {
        e.kind = e.settled_kind();
    }
}

/// The actor of `before` when `m` is an acronym in brackets right after it, with no
/// name of the dictionary's ("the National Liberation Army (ELN)"): see
/// [`Registry::define_short_form`].
fn bracketed_short_form(before: &Placed, m: &Placed, p: &Parsed<'_>) -> Option<usize> {
    (matches!(
        m.mention.actor_type,
        ActorType::Organization | ActorType::Group
    ) && bracketed(before, m, p))
    .then_some(before.entity)
    .flatten()
}

/// `m` is an acronym in brackets right after the name `before` (whatever type the
/// recognizer gave it: the acronym met first in a headline may have typed it a place).
fn bracketed(before: &Placed, m: &Placed, p: &Parsed<'_>) -> bool {
    let (b, n) = (&before.mention, &m.mention);
    let opens = |i: usize| p.words.get(i).is_some_and(|w| *w == "(");
    let closes = |i: usize| p.words.get(i).is_some_and(|w| *w == ")");
    before.sentence == m.sentence
        && n.kind == MentionKind::Name
        && n.end == n.start + 1
        && (2..=6).contains(&n.name.len())
        && mentions::acronym_like(&n.name)
        && b.kind == MentionKind::Name
        && b.end + 1 == n.start
        && opens(b.end)
        && closes(n.end)
}

/// The affiliations the part states (step 4 of the extraction).
fn affiliations_of(
    part: &Analysed<'_>,
    reg: &mut Registry,
    lex: &Lexicon,
) -> Vec<affiliations::Affiliation> {
    let country_codes = |prefix: &str| -> Option<String> { country_of_code(lex, prefix) };
    affiliations::find_affiliations(
        lex,
        &part.placed,
        &part.sentence_mentions,
        &part.parsed,
        reg,
        &country_codes,
    )
}

/// What a statement quotes of its part: the evidence sentence and the trigger words.
struct StatementWords<'w> {
    doc: &'w Document,
    sentences: &'w [Sentence],
    /// Index in the document of the part's first sentence.
    first: usize,
    spans: &'w [Vec<(usize, usize)>],
}

impl StatementWords<'_> {
    /// The evidence of sentence `si` of the part.
    fn evidence(&self, si: usize) -> Evidence {
        let span = self.sentences[si].span;
        Evidence {
            document: self.doc.id.clone(),
            sentence: self.first + si,
            start: span.start,
            end: span.end,
            text: span.slice(&self.doc.text).to_string(),
            date: self.doc.date,
        }
    }

    /// The words of tokens `a..b` of sentence `si`, white space folded, and their span.
    fn trigger(&self, si: usize, (a, b): (usize, usize)) -> (String, Span) {
        let sp = &self.spans[si];
        let b = b.min(sp.len());
        let a = a.min(b.saturating_sub(1));
        let span = Span::new(sp[a].0, sp[b - 1].1);
        (
            span.slice(&self.doc.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            span,
        )
    }
}

/// Stage 4's statements: one per affiliation, with the sentence it is stated in.
fn affiliation_statements(
    words: &StatementWords<'_>,
    affiliations: &[affiliations::Affiliation],
    reg: &Registry<'_>,
) -> Vec<(usize, Statement)> {
    affiliations
        .iter()
        .map(|a| {
            let (trigger, trigger_span) = words.trigger(a.sentence, a.trigger);
            let statement = Statement {
                source: reg.entities[a.member].canonical.clone(),
                target: reg.entities[a.org].canonical.clone(),
                relation: RelationKind::AffiliatedWith,
                symmetric: false,
                trigger: a
                    .role
                    .clone()
                    .or_else(|| a.label.clone())
                    .unwrap_or(trigger),
                trigger_span,
                cameo: None,
                goldstein: None,
                weak: false,
                former: a.former,
                class: crate::TriggerClass::Event,
                evidence: words.evidence(a.sentence),
            };
            (a.sentence, statement)
        })
        .collect()
}

/// Stage 5: the relations of every sentence with two mentions, as statements.
fn relation_statements(
    words: &StatementWords<'_>,
    part: &Analysed<'_>,
    lex: &Lexicon,
    reg: &Registry<'_>,
) -> Vec<(usize, Statement)> {
    let mut statements = Vec::new();
    for (si, p) in part.parsed.iter().enumerate() {
        let read = part.relations_read(si);
        let subjects = if p.has_tree {
            relations::authored::text_subjects(p, lex)
        } else {
            Vec::new()
        };
        if read || !subjects.is_empty() {
            // one reading of the sentence's actors, for its texts' authors and its relations
            let mut sa = sentence_actors(p, lex, part, si, reg);
            let authored = authored_subjects(part, lex, reg, si, &sa, subjects);
            // a text standing for its author: in a sentence read for it alone, only what
            // the author does is read
            let mut authors = Vec::new();
            for (n, a) in authored {
                authors.extend(a.iter().copied());
                let kind = reg.entities[a[0]].kind;
                relations::authored::stand_for_authors(&mut sa, n, a, Some(kind));
            }
            if read || !authors.is_empty() {
                for f in relations::decide(&sa) {
                    if read || authors.contains(&f.agent) {
                        statements.extend(relation_statement(words, lex, reg, si, f));
                    }
                }
            }
        }
        reaction_statements(words, part, lex, reg, si, &mut statements);
    }
    statements
}

/// The statement of relation `f` found in sentence `si`, or `None` when it states nothing
/// between two actors ([`relation_parties`]).
fn relation_statement(
    words: &StatementWords<'_>,
    lex: &Lexicon,
    reg: &Registry<'_>,
    si: usize,
    f: relations::Found,
) -> Option<(usize, Statement)> {
    let (source, target) = relation_parties(lex, reg, &f)?;
    let (trigger, trigger_span) = words.trigger(si, f.trigger);
    Some((
        si,
        Statement {
            source: reg.entities[source].canonical.clone(),
            target: reg.entities[target].canonical.clone(),
            relation: f.relation,
            symmetric: f.symmetric,
            trigger,
            trigger_span,
            cameo: Some(f.cameo),
            goldstein: Some(f.goldstein),
            weak: f.weak,
            former: false,
            class: f.class,
            evidence: words.evidence(si),
        },
    ))
}

/// The reactions of sentence `si` to an event of an earlier sentence
/// ([`relations::event_ref`]), appended to `statements`: "Hamas submitted a proposal.
/// Israel rejected the proposal." -> Israel opposes Hamas, with the reaction's sentence as
/// evidence. Nothing when the latest event of the kind has no agent or is the reactor's
/// own.
fn reaction_statements(
    words: &StatementWords<'_>,
    part: &Analysed<'_>,
    lex: &Lexicon,
    reg: &Registry<'_>,
    si: usize,
    statements: &mut Vec<(usize, Statement)>,
) {
    let p = &part.parsed[si];
    if !p.has_tree
        || part.sentence_mentions[si].is_empty()
        || relations::event_ref::reaction_kinds(p, lex).is_empty()
    {
        return;
    }
    let sa = sentence_actors(p, lex, part, si, reg);
    for reaction in relations::event_ref::reactions(&sa) {
        // the latest event of the kind, else of the class: in the reaction's own sentence
        // before its noun ("the proposals ... sparked an outcry, with X opposing the
        // plan"), else in the sentences before
        let agents = reaction.matches.iter().find_map(|&m| {
            if m == relations::event_ref::Match::Act {
                // the main act of the nearest earlier sentence (of the window) that states
                // one an actor did
                return relations::event_ref::searched(si, false).find_map(|k| {
                    let pk = &part.parsed[k];
                    if !pk.has_tree {
                        return None;
                    }
                    let psa = sentence_actors(pk, lex, part, k, reg);
                    relations::event_ref::main_act(&psa, reaction.act_verb)
                });
            }
            if let Some(agents) = relations::event_ref::latest_event(&sa, m, reaction.noun) {
                return Some(agents);
            }
            // the sentences with a word of the event, nearest first; one whose only
            // mentions are reacted to ("Y called the ban illegal") is passed over; when
            // every one is, the search stops there, as at an event without an agent: the
            // noun names that event, not another act
            let lead = words.first == 0;
            let with_event: Vec<usize> = relations::event_ref::searched(si, lead)
                .filter(|&k| {
                    let pk = &part.parsed[k];
                    (0..pk.len()).any(|t| relations::event_ref::states(pk, lex, t, m))
                })
                .collect();
            let found = with_event.iter().find_map(|&k| {
                let pk = &part.parsed[k];
                if !pk.has_tree {
                    return Some(Vec::new());
                }
                let psa = sentence_actors(pk, lex, part, k, reg);
                relations::event_ref::latest_event(&psa, m, pk.len())
            });
            found.or_else(|| (!with_event.is_empty()).then(Vec::new))
        });
        let Some(agents) = agents else {
            continue;
        };
        if agents.iter().any(|a| reaction.reactors.contains(a)) {
            continue;
        }
        for &r in &reaction.reactors {
            for &a in &agents {
                let f = relations::Found {
                    agent: r,
                    target: a,
                    ..reaction.base.clone()
                };
                statements.extend(relation_statement(words, lex, reg, si, f));
            }
        }
    }
}

/// The actors each token of sentence `si` refers to.
fn sentence_actors<'p, 'a>(
    p: &'p Parsed<'a>,
    lex: &'p Lexicon,
    part: &Analysed<'_>,
    si: usize,
    reg: &Registry<'_>,
) -> SentenceActors<'p, 'a> {
    let mut entity = vec![None; p.len()];
    let mut kind = vec![None; p.len()];
    let mut groups = Vec::new();
    let mentions = &part.sentence_mentions[si];
    let of_sentence = || mentions.iter().map(|&k| &part.placed[k].mention);
    // the country of the actor mention `k` refers to
    let state = |k: usize| reg.entities[part.placed[k].entity?].country_code();
    // `owner_after_group`: "fighters of ISWAP": the owner's name after the group's noun is
    // part of the group's phrase and refers to the group, as the name in front of it does
    // ("ISWAP fighters", whose mention spans both)
    let owner_group = |j: usize| {
        let m = &part.placed[mentions[j]].mention;
        mentions.iter().find_map(|&g| {
            let group = &part.placed[g].mention;
            (group.affiliate == Some(j) && group.end <= m.start)
                .then_some(part.placed[g].entity)
                .flatten()
        })
    };
    for (j, &k) in mentions.iter().enumerate() {
        let m = &part.placed[k].mention;
        if let Some(group) = owner_group(j).filter(|_| relations::enabled("owner_after_group")) {
            for t in m.tokens().start..m.end.min(p.len()) {
                kind[t] = Some(MentionKind::Name);
                entity[t] = Some(group);
            }
            continue;
        }
        if mentions::scope_before_title(m, of_sentence())
            && relations::enabled("scope_before_title")
        {
            continue;
        }
        // "the UK government will deport UK terror suspects": the persons' people is the
        // state that another actor of the sentence (an organ of it, not the state itself
        // named again) belongs to, which acts on its own people
        let organ_of = |home: &str| {
            mentions
                .iter()
                .any(|&o| part.placed[o].entity != part.placed[k].entity && state(o) == Some(home))
        };
        if mentions::people_of_persons(p, lex, m)
            && state(k).is_some_and(organ_of)
            && relations::enabled("people_of_persons")
        {
            continue;
        }
        if !part.placed[k].members.is_empty() {
            groups.push((m.tokens(), part.placed[k].members.clone()));
        }
        for t in m.tokens().start..m.end.min(p.len()) {
            kind[t] = Some(m.kind);
            entity[t] = part.placed[k].entity;
        }
    }
    // "the Russia-Ukraine talks": the pair's actors are the noun's sides only
    let pairs = relations::take_pairs(lex, p, &mut entity, |t| kind[t] = None);
    let place = entity
        .iter()
        .map(|e| e.is_some_and(|e| reg.entities[e].kind == ActorType::Location))
        .collect();
    let actor_type = entity
        .iter()
        .map(|e| e.map(|e| reg.entities[e].kind))
        .collect();
    // `place_visited`: the places no state of the article stands for (the decision that a
    // visit to a place of a named state meets that state is `relation_parties`'s)
    let mut unmet_places: Vec<usize> = entity.iter().flatten().copied().collect();
    unmet_places.sort_unstable();
    unmet_places.dedup();
    unmet_places.retain(|&e| {
        reg.entities[e].kind == ActorType::Location && visited_state(lex, reg, e).is_none()
    });
    SentenceActors {
        p,
        lex,
        entity,
        kind,
        place,
        unmet_places,
        actor_type,
        pairs,
        groups,
    }
}

/// The source and target entities of a relation found, or `None` when it states
/// nothing between two actors.
fn relation_parties(
    lex: &Lexicon,
    reg: &Registry<'_>,
    f: &relations::Found,
) -> Option<(usize, usize)> {
    // "will visit Aceh in Indonesia": visiting a place of a country the article names is
    // meeting that country (a blockade or an attack on a place is not one on its state:
    // its people are not its government)
    if place_taken(lex, reg, f) {
        return None;
    }
    let target = match &reg.entities[f.target] {
        place if place.kind == ActorType::Location && f.relation == RelationKind::Meets => {
            visited_state(lex, reg, f.target).unwrap_or(f.target)
        }
        _ => f.target,
    };
    if target == f.agent {
        return None;
    }
    // a home-country politician visiting one of its towns meets no one by it
    let country = |e: usize| reg.entities[e].country_code();
    let domestic =
        target != f.target && country(f.agent).is_some_and(|home| country(target) == Some(home));
    // places do not act: a location takes part only as a target
    if domestic || reg.entities[f.agent].kind == ActorType::Location {
        return None;
    }
    // a state and its own government are one side, not two actors: "Britons have protested
    // against the government" (a people folded into its state), "the UK's biggest union
    // ... in protest at government plans" (the union's state read as its agent), "the
    // government must stand up for Britain" (construction `own_government`)
    if relations::enabled("own_government")
        && (government_of(reg, f.agent, target) || government_of(reg, target, f.agent))
    {
        return None;
    }
    Some((f.agent, target))
}

/// `place_taken`: a place is no side of a use of force (CAMEO roots 15 force posture, 18
/// assault, 19 fight, 20 mass violence, and 171 seize or damage property): "besieged
/// Kassala", "captured the village of Dornesti", "shelled Aleppo" name where force is
/// used, not whom it is used against (the corpus guide: a location takes part in no
/// relation). The holder of a place named with it is read as the target before ("a town
/// held by X", `held_place`), and so is the unit a place is taken from ("captured D from
/// the 12th Brigade"). The recognizer types names it does not know as places too often
/// ("We will fight Wes Streeting", "sued Glencore"): a place of its typing alone is left
/// out only of the acts done to territory (171 seize, 191 blockade or siege, 192 occupy:
/// "seized Goma"); any use of force leaves out a place whose type is firm (the
/// gazetteer's, or the sentence's own: "the village of X"). Other acts keep a place-typed
/// side: "met Nantes officials" meets the town's government.
fn place_taken(lex: &Lexicon, reg: &Registry<'_>, f: &relations::Found) -> bool {
    let force = lex.words.event_code_in(WordClass::ForceEventCode, &f.cameo);
    let territorial = lex
        .words
        .event_code_in(WordClass::TerritorialEventCode, &f.cameo);
    let place = &reg.entities[f.target];
    f.relation == RelationKind::Opposes
        && place.kind == ActorType::Location
        && (territorial || (force && place.firm))
        && relations::enabled("place_taken")
}

/// Whether entity `g` is the government node of state `c` that the article's government
/// words make ("United Kingdom government", `governments::resolve_governments`). Not any
/// body with the state's government code: a regional government carries it too (the
/// Kurdistan Regional Government's is Iraq's), and so does a person of the government.
fn government_of(reg: &Registry<'_>, g: usize, c: usize) -> bool {
    let (g, c) = (&reg.entities[g], &reg.entities[c]);
    c.kind == ActorType::Country
        && g.kind == ActorType::Organization
        && entities::governments::is_government_name(&g.canonical, &c.canonical)
}

/// The statements in sentence order, each relation once per sentence: one sentence
/// states a relation once, whatever the number of its trigger words ("attacked and
/// condemned"), so the weight of an edge counts sentences.
fn distinct_statements(mut statements: Vec<(usize, Statement)>) -> Vec<Statement> {
    statements.sort_by_key(|(s, _)| *s);
    let mut seen = std::collections::HashSet::new();
    statements.retain(|(si, st)| {
        let (a, b) = if st.symmetric && st.target < st.source {
            (&st.target, &st.source)
        } else {
            (&st.source, &st.target)
        };
        seen.insert((*si, a.clone(), b.clone(), st.relation, st.symmetric))
    });
    statements.into_iter().map(|(_, s)| s).collect()
}

/// The actors of the registry in order of first mention, each once.
fn actors_of(reg: &Registry<'_>, dropped: &[usize]) -> Vec<Actor> {
    // an entity whose every mention went to another ("the British Government" to the
    // article's government) is no actor
    let mut order: Vec<usize> = (0..reg.entities.len())
        .filter(|i| !dropped.contains(i) && reg.entities[*i].mentions > 0)
        .collect();
    order.sort_by_key(|&i| reg.entities[i].first);
    order
        .into_iter()
        .map(|i| {
            let e = &reg.entities[i];
            let mut a = Actor::new(e.canonical.clone(), e.kind);
            a.aliases = e
                .aliases
                .iter()
                .filter(|x| **x != e.canonical)
                .cloned()
                .collect();
            a.roles = e.roles.iter().cloned().collect();
            a.mentions = e.mentions;
            if let Some(label) = &e.label {
                a.set_label(label.clone());
            }
            a
        })
        .collect()
}

/// The state the article names that a visit to place `e` meets: the country of its
/// gazetteer code, when the article mentions that country ("will visit Aceh in Indonesia").
fn visited_state(lex: &Lexicon, reg: &Registry<'_>, e: usize) -> Option<usize> {
    reg.entities[e]
        .code
        .as_deref()
        .and_then(|code| country_of_code(lex, code.get(..3)?))
        .and_then(|country| reg.get(&country))
        .filter(|&c| reg.entities[c].mentions > 0)
}

/// The canonical name of the country whose CAMEO code is `prefix` ("USA" -> "United States").
fn country_of_code(lex: &Lexicon, prefix: &str) -> Option<String> {
    lex.gazetteer.country_by_code(prefix).map(str::to_string)
}

/// One candidate relation of a document, as the training of the decision reads it.
#[cfg(any(test, feature = "train"))]
#[cfg_attr(not(feature = "train"), allow(dead_code))]
#[derive(Debug, Clone)]
pub struct CandidateRecord {
    /// Byte span of the sentence.
    pub sentence: (usize, usize),
    /// Byte spans of the tokens of the sentence that refer to the agent.
    pub agent_spans: Vec<(usize, usize)>,
    /// Byte spans of the tokens of the sentence that refer to the target.
    pub target_spans: Vec<(usize, usize)>,
    /// Canonical names of the agent and the target.
    pub names: (String, String),
    /// Byte span of the trigger words.
    pub trigger: (usize, usize),
    /// The rules that proposed it.
    pub rules: Vec<&'static str>,
    /// What the engine's step lists state of it (class, symmetric).
    pub engine: Option<(RelationKind, bool)>,
    /// The engine's statement is a judgement (trigger class `stance`), to score the class
    /// apart.
    pub engine_stance: bool,
    /// Proposed as both sides of one relation.
    pub mutual: bool,
    /// The features of the decision.
    pub features: Vec<String>,
}

/// A sentence of a document as the training of the decision reads it.
#[cfg(any(test, feature = "train"))]
#[cfg_attr(not(feature = "train"), allow(dead_code))]
#[derive(Debug, Clone)]
pub struct CandidateSentence {
    /// Byte span of the sentence.
    pub span: (usize, usize),
    /// For each actor the sentence refers to, the byte spans of its tokens.
    pub actors: Vec<Vec<(usize, usize)>>,
    /// The candidates of the sentence.
    pub candidates: Vec<CandidateRecord>,
}

/// Every candidate relation of a document, with its features, as the pipeline proposes
/// them before the decision (feature `train`), by sentence.
#[cfg(any(test, feature = "train"))]
pub(crate) fn candidate_records<A: Annotator>(
    doc: &Document,
    lex: &Lexicon,
    annotator: &A,
) -> Vec<CandidateSentence> {
    let text = doc.text.as_str();
    // "the Russia-Ukraine talks": a pair of sides in one word is read as its two names
    let seg = hyphen_pairs::split_pairs(text, segment(text), lex);
    let sentences = cap_sentences(&seg.sentences, &seg.tokens);
    let (mut part, _) = analyse(text, &seg, &sentences, lex, annotator);
    let surname = |word: &str| person_by_surname(lex, word);
    let listed = |word: &str| listed_otherwise(lex, word);
    let mut reg = Registry::new(&surname, &lex.words).with_listed_otherwise(&listed);
    resolve_actors(doc, &mut part, &mut reg, lex, Coreference::default());
    let mut out = Vec::new();
    for (si, p) in part.parsed.iter().enumerate() {
        if !part.relations_read(si) {
            continue;
        }
        let sa = sentence_actors(p, lex, &part, si, &reg);
        let sp = &part.spans[si];
        let spans = |e: usize| -> Vec<(usize, usize)> {
            (0..p.len())
                .filter(|&t| sa.entity[t] == Some(e))
                .map(|t| sp[t])
                .collect()
        };
        let mut entities: Vec<usize> = sa.entity.iter().flatten().copied().collect();
        entities.sort_unstable();
        entities.dedup();
        out.push(CandidateSentence {
            span: (sentences[si].span.start, sentences[si].span.end),
            actors: entities.into_iter().map(spans).collect(),
            candidates: Vec::new(),
        });
        let list = &mut out.last_mut().expect("pushed").candidates;
        for c in relations::candidates(&sa) {
            if reg.entities[c.agent].kind == ActorType::Location || c.agent == c.target {
                continue;
            }
            list.push(CandidateRecord {
                sentence: (sentences[si].span.start, sentences[si].span.end),
                agent_spans: spans(c.agent),
                target_spans: spans(c.target),
                names: (
                    reg.entities[c.agent].canonical.clone(),
                    reg.entities[c.target].canonical.clone(),
                ),
                trigger: (
                    sp[c.trigger.0.min(sp.len() - 1)].0,
                    sp[(c.trigger.1.max(1) - 1).min(sp.len() - 1)].1,
                ),
                rules: c.rule_names().collect(),
                engine: c.engine.as_ref().map(|e| (e.relation, e.symmetric)),
                engine_stance: c
                    .engine
                    .as_ref()
                    .is_some_and(|e| e.class == crate::TriggerClass::Stance),
                mutual: c.mutual,
                features: relations::model::features(&sa, &c),
            });
        }
    }
    out
}

#[cfg(test)]
mod coref_eval;
#[cfg(test)]
pub(crate) mod tests;
