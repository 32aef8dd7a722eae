//! The main job on the seed article, run as a user runs it (`actorgraph build seeds`):
//! exactly the expected actors and edges, each edge with its evidence sentence.

mod common;

use common::{build_seeds, json, seed_text};
use serde_json::Value;

fn seed_graph() -> (Value, String) {
    let out = tempfile::tempdir().unwrap();
    build_seeds(out.path(), "json");
    (json(&out.path().join("graph.json")), seed_text())
}

#[test]
fn seed_actors_and_edges_are_exactly_these() {
    let (g, text) = seed_graph();
    let actors: Vec<String> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            format!(
                "{}:{}",
                n["id"].as_str().unwrap(),
                n["type"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        actors,
        [
            "United States:country",
            "John Kerry:person",
            "United Nations:organization",
            "Ban Ki-moon:person",
            "Egypt:country",
            "Arab League:organization",
            "Gaza Strip:location",
            "Barack Obama:person",
            "Israel:country",
            "Hamas:organization",
            "State Department:organization",
            "Mohammed Morsi:person",
            "Muslim Brotherhood:organization",
            "Abdel-Fattah el-Sissi:person",
            "Qatar:country",
            "Turkey:country",
            "Recep Tayyip Erdogan:person",
            "Palestine:country",
        ]
    );
    let edges: Vec<String> = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} -{}{}-> {}",
                e["source"].as_str().unwrap(),
                e["relation"].as_str().unwrap(),
                if e["symmetric"] == true { "/sym" } else { "" },
                e["target"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        edges,
        [
            "John Kerry -affiliated_with-> United States",
            "Ban Ki-moon -affiliated_with-> United Nations",
            "John Kerry -meets/sym-> Egypt",
            "John Kerry -meets/sym-> Arab League",
            "Ban Ki-moon -meets/sym-> Egypt",
            "Ban Ki-moon -meets/sym-> Arab League",
            "Barack Obama -affiliated_with-> United States",
            "State Department -affiliated_with-> United States",
            "Mohammed Morsi -affiliated_with-> Egypt",
            "Mohammed Morsi -affiliated_with-> Muslim Brotherhood",
            "Mohammed Morsi -backs-> Hamas",
            "Muslim Brotherhood -backs-> Hamas",
            "Abdel-Fattah el-Sissi -affiliated_with-> Egypt",
            "Abdel-Fattah el-Sissi -opposes-> Hamas",
            "Qatar -backs-> Hamas",
            "Turkey -backs-> Hamas",
            "Qatar -opposes/sym-> Egypt",
            "Recep Tayyip Erdogan -affiliated_with-> Turkey",
            "Turkey -opposes/sym-> Israel",
            "Recep Tayyip Erdogan -opposes-> Israel",
            "Hamas -opposes-> Egypt",
            "United States -backs-> Palestine",
        ]
    );
    // every edge shows the sentence that states it, as a span of the article
    for e in g["edges"].as_array().unwrap() {
        for ev in e["evidence"].as_array().unwrap() {
            let (s, t) = (
                ev["start"].as_u64().unwrap() as usize,
                ev["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..t], ev["text"].as_str().unwrap());
        }
    }
}

#[test]
fn seed_hard_cases() {
    let (g, _) = seed_graph();
    let edge = |s: &str, r: &str, t: &str| {
        g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["source"] == s && e["relation"] == r && e["target"] == t)
            .unwrap_or_else(|| panic!("{s} -{r}-> {t}"))
            .clone()
    };
    // "far less sympathetic" is a weak opposition
    assert_eq!(
        edge("Abdel-Fattah el-Sissi", "opposes", "Hamas")["weak"],
        true
    );
    // attribution: Erdogan calling Israel a terrorist state
    assert_eq!(
        edge("Recep Tayyip Erdogan", "opposes", "Israel")["trigger"],
        "calling"
    );
    // nominal predicates with their CAMEO code
    assert_eq!(edge("Turkey", "opposes", "Israel")["trigger"], "acrimony");
    assert_eq!(edge("Qatar", "backs", "Hamas")["trigger"], "backers");
    assert_eq!(edge("John Kerry", "meets", "Egypt")["cameo"], "040");
    let node = |id: &str| {
        g["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()
            .clone()
    };
    // one node per actor, its surface forms as aliases
    let aliases = |id: &str| -> Vec<String> {
        let aliases = node(id)["aliases"].as_array().unwrap().clone();
        aliases.iter().map(|a| a.as_str().unwrap().into()).collect()
    };
    let kerry = aliases("John Kerry");
    for alias in ["Kerry", "John", "Secretary of State John Kerry"] {
        assert!(kerry.iter().any(|a| a == alias), "{alias}: {kerry:?}");
    }
    assert_eq!(node("John Kerry")["roles"][0], "Secretary of State");
    let us = aliases("United States");
    assert!(us.iter().any(|a| a == "Washington"), "{us:?}");
    let egypt = aliases("Egypt");
    assert!(egypt.iter().any(|a| a == "Egyptian"), "{egypt:?}");
}
