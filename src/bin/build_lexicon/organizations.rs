//! Organizations, armed groups and institutions of the actor dictionaries.

use super::*;

pub(crate) fn add_organization_file(
    b: &mut ActorBuilder,
    entries: &[ActorEntry],
    rank: u8,
    file: &str,
) {
    for entry in entries {
        let Some(code) = entry.current_code() else {
            continue;
        };
        let Some(head) = entry.names.first().and_then(|n| parse_phrase(n)) else {
            continue;
        };
        match classify_entry(b, entry, &head.words, file) {
            EntryKind::Person => add_person(b, entry, &code, file),
            _ => add_organization(b, entry, &code, rank, file),
        }
    }
}

/// An organization block: the head names it, `+` lines are aliases. Aliases that are
/// people (a leader listed under his group) become person rows of their own.
pub(crate) fn add_organization(
    b: &mut ActorBuilder,
    entry: &ActorEntry,
    code: &str,
    rank: u8,
    file: &str,
) {
    let acronyms = &b.vocab.acronyms;
    let phrases: Vec<Phrase> = entry.names.iter().filter_map(|n| parse_phrase(n)).collect();
    let Some(head) = phrases.first() else {
        return;
    };
    let long_forms: Vec<&Vec<String>> = phrases
        .iter()
        .filter(|p| p.words.len() >= 2)
        .map(|p| &p.words)
        .collect();
    let render = |words: &[String]| -> String {
        if words.len() == 1 && long_forms.iter().any(|l| is_initialism(&words[0], l)) {
            return words[0].clone();
        }
        display_name(words, Style::Organization, acronyms)
    };

    // Surfaces of this block that are organization names, in block order.
    let mut names: Vec<String> = Vec::new();
    let mut people: Vec<Vec<String>> = Vec::new();
    for (i, phrase) in phrases.iter().enumerate() {
        let words = &phrase.words;
        let looks_like_person = i > 0
            && words.len() >= 2
            && !words.iter().any(|w| ORG_WORDS.contains(&w.as_str()))
            && (b.given_names.contains(&words[0]) || b.vocab.role_words.contains(&words[0]));
        if looks_like_person {
            people.push(words.clone());
            continue;
        }
        let descriptive = words
            .iter()
            .any(|w| DESCRIPTIVE_WORDS.contains(&w.as_str()))
            || (i > 0 && b.vocab.role_words.contains(&words[0]));
        if descriptive {
            continue;
        }
        names.push(render(words));
        for inner in &phrase.parenthesised {
            let inner_words: Vec<String> = inner
                .split('_')
                .filter(|w| !w.is_empty())
                .map(str::to_uppercase)
                .collect();
            let acronym_like = inner_words.len() == 1
                && inner.len() >= 2
                && inner.len() <= 6
                && inner.chars().all(|c| c.is_ascii_uppercase() || c == '/')
                && !b.country_words.contains(&inner_words[0]);
            if acronym_like {
                names.push(inner_words[0].clone());
            }
        }
    }
    // Surnames of the people listed in the block are not names of the organization.
    let person_last: BTreeSet<String> = people.iter().filter_map(|p| p.last().cloned()).collect();
    names.retain(|n| !person_last.contains(&n.to_uppercase()));

    let head_surface = render(&head.words);
    // Only the head decides: aliases in these blocks are often other groups ("PLA" inside
    // the INLA entry), so an alias match would rename the wrong actor.
    let curated_match = b.curated_orgs.get(&head_surface.to_lowercase()).cloned();
    let (canonical, kind, code) = match curated_match {
        Some((canonical, kind, curated_code)) => (canonical, kind, curated_code),
        None => (head_surface, "organization".to_string(), code.to_string()),
    };
    // National institution entries group several agencies under one code ("Bureau of
    // Land Management" filed under Housing and Urban Development). A multi-word alias
    // sharing no significant word with the head is an agency of its own.
    let country_words = b.country_words.clone();
    let significant = |name: &str| -> BTreeSet<String> {
        name.split([' ', '-'])
            .map(str::to_uppercase)
            .filter(|w| {
                !LOWER_PARTICLES.contains(&w.as_str())
                    && !country_words.contains(w)
                    && !matches!(w.as_str(), "U.S." | "US" | "UNITED" | "STATES" | "NATIONAL")
            })
            .collect()
    };
    let head_words = significant(&canonical);
    for surface in names {
        let own = rank == RANK_INSTITUTION
            && surface.contains(' ')
            && significant(&surface).is_disjoint(&head_words);
        let canonical = if own {
            surface.clone()
        } else {
            canonical.clone()
        };
        b.push(ActorRow {
            surface,
            canonical,
            kind: kind.clone(),
            form: "name".to_string(),
            code: code.clone(),
            rank,
            seq: 0,
            source: format!("{file}:{}", entry.line),
        });
    }
    for words in people {
        let person = ActorEntry {
            line: entry.line,
            names: vec![words.join("_")],
            codes: Vec::new(),
            comment: String::new(),
        };
        add_person(b, &person, &code, file);
    }
}
