//! Table-driven tests of the relation rules: each row a sentence (analysed by the shipped
//! models, or by a gold CoNLL-U analysis when the construction is a parse the models do
//! not give reliably), the relations expected of it, and the step it needs. A row with a
//! step is also run with that step disabled and must then come out different: a step
//! whose rows pass without it is not shown to be needed.

use std::sync::OnceLock;

use super::DISABLED;
use crate::domain::{Document, DocumentGraph, RelationKind};
use crate::extract::extract_document;
use crate::extract::tests::GoldAnnotator;
use crate::lexicon::Lexicon;
use crate::nlp::Models;

/// One test sentence.
pub(super) struct Row {
    /// The step the row needs (`-` for none).
    pub step: &'static str,
    /// The sentence.
    pub text: &'static str,
    /// Gold analyses of its sentences (CoNLL-U), or none for the shipped models.
    pub gold: &'static [&'static str],
    /// The relations expected (`source -relation-> target [trigger]`), affiliations left
    /// out.
    pub edges: &'static [&'static str],
}

impl Row {
    /// A row analysed by the shipped models.
    pub const fn model(
        step: &'static str,
        text: &'static str,
        edges: &'static [&'static str],
    ) -> Row {
        Row {
            step,
            text,
            gold: &[],
            edges,
        }
    }

    /// A row with gold analyses.
    pub const fn gold(
        step: &'static str,
        text: &'static str,
        gold: &'static [&'static str],
        edges: &'static [&'static str],
    ) -> Row {
        Row {
            step,
            text,
            gold,
            edges,
        }
    }
}

/// The shipped lexicon and models, loaded once for all tests, with every trigger class kept.
pub(super) fn shipped() -> &'static (Lexicon, Models) {
    static SHIPPED: OnceLock<(Lexicon, Models)> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        // every rule on, the trigger class `stance` too (off by default)
        let mut lexicon = Lexicon::load_default().expect("shipped lexicon");
        lexicon.keep_stance(true);
        (lexicon, Models::load_default().expect("shipped models"))
    })
}

/// The graph of `text` analysed by the shipped models.
pub(crate) fn graph_of(text: &str) -> DocumentGraph {
    let (lex, models) = shipped();
    extract_document(&Document::new("t", text), lex, models)
}

/// The relations (not affiliations) of `text`, analysed by the shipped models or by the
/// `gold` analyses.
pub(crate) fn relations_of(text: &str, gold: &[&'static str]) -> Vec<String> {
    let graph = if gold.is_empty() {
        graph_of(text)
    } else {
        let lex = &shipped().0;
        extract_document(
            &Document::new("t", text),
            lex,
            &GoldAnnotator(gold.to_vec()),
        )
    };
    graph
        .statements
        .iter()
        .filter(|s| s.relation != RelationKind::AffiliatedWith)
        .map(ToString::to_string)
        .collect()
}

/// Fails naming every text of `table` (text, relations) whose relations by the shipped
/// models differ.
pub(crate) fn assert_relations(table: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for &(text, edges) in table {
        let found = relations_of(text, &[]);
        if found != edges {
            failures.push(format!("{text:?}\n  found {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The relations of `row` with `step` disabled (`""`: none).
fn run(row: &Row, step: &'static str) -> Vec<String> {
    DISABLED.with(|d| d.set(step));
    let found = relations_of(row.text, row.gold);
    DISABLED.with(|d| d.set(""));
    found
}

/// Checks that every row gives its relations, that every step of `steps` has a row, and
/// that every row with a step gives something else with the step disabled.
pub(super) fn check_rows(steps: &[&str], rows: &[Row]) {
    let mut failures = Vec::new();
    for step in steps {
        if !rows.iter().any(|r| r.step == *step) {
            failures.push(format!("step {step} has no row"));
        }
    }
    for row in rows {
        if row.step != "-" && !steps.contains(&row.step) {
            failures.push(format!("{:?}: no step {} here", row.text, row.step));
        }
        let found = run(row, "");
        if found != row.edges {
            failures.push(format!("{:?}\n  found {found:?}", row.text));
            continue;
        }
        if row.step != "-" && run(row, row.step) == row.edges {
            failures.push(format!(
                "{:?}: the same without step {}",
                row.text, row.step
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Development aid: which rule steps a sentence's relations hang on. For the text in
/// `EXPLAIN` and each step named in `STEPS` (comma-separated), prints the relations
/// with that step disabled where they differ (`EXPLAIN="..." STEPS="a,b" cargo test
/// --release --lib steps_of -- --ignored --nocapture`).
#[test]
#[ignore = "development aid, prints"]
fn steps_of() {
    let text = std::env::var("EXPLAIN").unwrap_or_default();
    let steps = std::env::var("STEPS").unwrap_or_default();
    let row = Row::model("-", "", &[]);
    let all = relations_of(&text, row.gold);
    println!("all steps: {all:?}");
    for step in steps.split(',').filter(|s| !s.is_empty()) {
        let step: &'static str = Box::leak(step.to_string().into_boxed_str());
        DISABLED.with(|d| d.set(step));
        let found = relations_of(&text, row.gold);
        DISABLED.with(|d| d.set(""));
        if found != all {
            println!("without {step}: {found:?}");
        }
    }
}
