//! Table of US press titles and the names they stand in front of (`user16tune`, issues 9
//! and 10): AP style abbreviates a state office before a full name ("Gov. Jane Doe", "Lt.
//! Gov. John Roe", some papers "Atty. Gen. X"), and a title word may open an organization's
//! name ("the Justice Department", "General Motors"). The titles are rows of `curated/titles.tsv` (no step:
//! a lexicon row cannot be switched off); `title_opens_organization` is the step in
//! `mentions/titles.rs`. Read on user16's tune half again (`user16b`): a lede's "A federal
//! judge" whom the next sentence names (`delayed_identification`, `mentions/titles.rs` and
//! `entities/references.rs`).

use super::testing::{Row, check_rows};

const US_TITLE_ROWS: &[Row] = &[
    // a title word that opens an organization's name is a word of that name
    Row::model(
        "title_opens_organization",
        "The Justice Department sued Microsoft on Monday.",
        &["Justice Department -opposes-> Microsoft [sued]"],
    ),
    // a title word that opens a firm's name ending in a word of its trade (the recognizer
    // leaves the title out of the name: "General [Motors]")
    Row::model(
        "title_opens_organization",
        "General Motors sued Ford on Monday.",
        &["General Motors -opposes-> Ford [sued]"],
    ),
    Row::model(
        "title_opens_organization",
        "Admiral Petroleum accused Shell of breaking the contract.",
        &["Admiral Petroleum -opposes-> Shell [accused]"],
    ),
    Row::model(
        "-",
        "General Anna Kowal accused Russia of provocations.",
        &["Anna Kowal -opposes-> Russia [accused]"],
    ),
    // in front of a person's name the word stays a title
    Row::model(
        "-",
        "Justice Amy Kerr criticized the Justice Department.",
        &["Amy Kerr -opposes-> Justice Department [criticized]"],
    ),
    // AP abbreviations of state offices are titles, no part of the name
    Row::model(
        "-",
        "Gov. Amy Brennan urged Lt. Gov. Ronald Tate to resign.",
        &["Amy Brennan -opposes-> Ronald Tate [urged]"],
    ),
    Row::model(
        "-",
        "Florida Gov. Ashley Grady criticized China on Tuesday.",
        &["Ashley Grady -opposes-> China [criticized]"],
    ),
    Row::model(
        "-",
        "Atty. Gen. Paul Castellanos sued Amazon on Wednesday.",
        &["Paul Castellanos -opposes-> Amazon [sued]"],
    ),
    Row::model(
        "-",
        "Lieutenant Governor Ron Tate met President Richard Hale on Monday.",
        &["Ron Tate -meets/sym-> Richard Hale [met]"],
    ),
    // a wire lede's "a judge" subject is the holder the next sentence names first with a
    // title of that office (AP delayed identification)
    Row::model(
        "delayed_identification",
        "A federal judge in Ohio on Monday ordered Uber to rehire two drivers. U.S. District Judge Ann Morrow said the firings broke the law.",
        &["Ann Morrow -opposes-> Uber [ordered]"],
    ),
    Row::model(
        "delayed_identification",
        "COLUMBUS, Ohio (AP) \u{2014} A federal judge on Monday ordered Uber to rehire two drivers. U.S. District Judge Ann Morrow said the firings broke the law.",
        &["Ann Morrow -opposes-> Uber [ordered]"],
    ),
    Row::model(
        "delayed_identification",
        "A Democratic senator on Friday accused Tesla of hiding crash data. Sen. Lena Ortiz, D-N.M., said the company had misled regulators.",
        &["Lena Ortiz -opposes-> Tesla [accused]"],
    ),
    // a person of another office named next is not the judge, and two judges leave the
    // description to no one
    Row::model(
        "-",
        "A federal judge in Ohio on Monday ordered Uber to rehire two drivers. Uber spokesman Tim Lake said the company would appeal.",
        &[],
    ),
    Row::model(
        "-",
        "A federal judge in Ohio on Monday ordered Uber to rehire two drivers. U.S. District Judge Ann Morrow and U.S. District Judge Carl Ames heard the case.",
        &[],
    ),
    // a titled name with no act towards another actor states no relation
    Row::model(
        "-",
        "Gov. Janet Cho spoke about the wildfires on Maui.",
        &[],
    ),
];

#[test]
fn us_title_rows() {
    check_rows(
        &["title_opens_organization", "delayed_identification"],
        US_TITLE_ROWS,
    );
}

/// The graph keeps the holder's name without the AP title, and the title as the role.
#[test]
fn an_ap_title_is_the_role_not_the_name() {
    let graph = super::testing::graph_of("Gov. Amy Brennan criticized Lt. Gov. Ronald Tate.");
    let names: Vec<&str> = graph.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(names.contains(&"Amy Brennan"), "{names:?}");
    assert!(names.contains(&"Ronald Tate"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Gov.")), "{names:?}");
}
