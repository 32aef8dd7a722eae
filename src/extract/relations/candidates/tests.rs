//! The argument rules, each by a table of invented sentences.

use super::RULES;
use crate::domain::Document;
use crate::extract::candidate_records;
use crate::extract::relations::testing::shipped;

/// One row: a sentence, and a candidate it must give (agent, target) with the rule that
/// must be among those that proposed it.
struct Row {
    rule: &'static str,
    text: &'static str,
    agent: &'static str,
    target: &'static str,
}

const fn row(
    rule: &'static str,
    text: &'static str,
    agent: &'static str,
    target: &'static str,
) -> Row {
    Row {
        rule,
        text,
        agent,
        target,
    }
}

const ROWS: &[Row] = &[
    row("subject", "Serbia criticised Croatia.", "Serbia", "Croatia"),
    row("object", "Serbia criticised Croatia.", "Serbia", "Croatia"),
    row("engine", "Serbia criticised Croatia.", "Serbia", "Croatia"),
    row(
        "inherited_subject",
        "Serbia vowed on Sunday to attack Kosovo.",
        "Serbia",
        "Kosovo",
    ),
    row(
        "passive_by",
        "Serbia was criticised by Hungary.",
        "Hungary",
        "Serbia",
    ),
    row(
        "passive_subject",
        "Serbia was criticised by Hungary.",
        "Hungary",
        "Serbia",
    ),
    row(
        "noun_modifier",
        "Russian aid to Serbia increased.",
        "Russia",
        "Serbia",
    ),
    row(
        "preposition_phrase",
        "Russian aid to Serbia increased.",
        "Russia",
        "Serbia",
    ),
    row(
        "event_author",
        "Serbia came under strong criticism from Hungary.",
        "Hungary",
        "Serbia",
    ),
    row(
        "light_verb",
        "Serbia arrived in Zagreb for talks with Croatia.",
        "Serbia",
        "Croatia",
    ),
    row(
        "light_verb_phrase",
        "Norway gave Mali a large grant.",
        "Norway",
        "Mali",
    ),
    row(
        "reported_speech",
        "Hungary said that Serbia had attacked Croatia.",
        "Hungary",
        "Croatia",
    ),
    row(
        "phrase_inside",
        "Serbia rejected the latest proposals by Croatia.",
        "Serbia",
        "Croatia",
    ),
    row(
        "complement_subject",
        "Serbia demanded that Kosovo give up its claims.",
        "Serbia",
        "Kosovo",
    ),
    row(
        "between_set",
        "Norway mediated between Serbia and Kosovo.",
        "Norway",
        "Serbia",
    ),
    row(
        "coordinated_subjects",
        "Serbia and Croatia met in Geneva.",
        "Serbia",
        "Croatia",
    ),
    row(
        "clause_actor",
        "Serbia criticised the treatment of refugees in Croatia.",
        "Serbia",
        "Croatia",
    ),
    row(
        "unlisted_verb",
        "Serbia outmanoeuvred Croatia.",
        "Serbia",
        "Croatia",
    ),
];

/// The candidates of `text`: agent, target and rules.
fn candidates_of(text: &str) -> Vec<(String, String, Vec<&'static str>)> {
    let (lex, models) = shipped();
    candidate_records(&Document::new("t", text), lex, models)
        .into_iter()
        .flat_map(|s| s.candidates)
        .map(|c| (c.names.0, c.names.1, c.rules))
        .collect()
}

#[test]
fn every_rule_proposes_its_rows() {
    let mut failures = Vec::new();
    for rule in RULES {
        if *rule != "coordinated_object" && !ROWS.iter().any(|r| r.rule == *rule) {
            failures.push(format!("rule {rule} has no row"));
        }
    }
    for r in ROWS {
        let found = candidates_of(r.text);
        let ok = found.iter().any(|(a, t, rules)| {
            rules.contains(&r.rule)
                && ((a == r.agent && t == r.target)
                    || (r.rule == "coordinated_subjects" && a == r.target && t == r.agent))
        });
        if !ok {
            failures.push(format!("{} ({}): {found:?}", r.text, r.rule));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn topics_and_times_are_no_targets() {
    for text in [
        "Serbia protested about Croatia.",
        "Serbia criticised the plan after Croatia.",
    ] {
        let found = candidates_of(text);
        assert!(
            !found.iter().any(|(_, _, rules)| rules
                .iter()
                .any(|r| matches!(*r, "preposition_phrase" | "phrase_inside"))),
            "{text}: {found:?}"
        );
    }
}

/// A candidate says whether the engine's statement of it is a judgement (the class
/// `stance`, scored apart by `train_relations`): a quoted judgement is, an event verb is
/// not.
#[test]
fn a_judgement_is_marked_as_one() {
    let (lex, models) = shipped();
    let stance_of = |text: &str| -> Vec<(String, String, bool)> {
        candidate_records(&Document::new("t", text.to_string()), lex, models)
            .into_iter()
            .flat_map(|s| s.candidates)
            .filter(|c| c.engine.is_some())
            .map(|c| (c.names.0, c.names.1, c.engine_stance))
            .collect()
    };
    let judged = stance_of("Hungary said Serbia's plan was reckless.");
    assert!(
        judged
            .iter()
            .any(|(a, t, s)| a == "Hungary" && t == "Serbia" && *s),
        "{judged:?}"
    );
    let event = stance_of("Hungary criticised Serbia.");
    assert!(
        event
            .iter()
            .any(|(a, t, s)| a == "Hungary" && t == "Serbia" && !*s),
        "{event:?}"
    );
}
