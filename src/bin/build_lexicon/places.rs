//! Countries and locations of the actor dictionaries: a country block gives the country,
//! its aliases, demonyms, capital and cities.

use super::*;

pub(crate) fn country_lookup(curated: &Curated) -> BTreeMap<&str, &CountryInfo> {
    curated
        .countries
        .iter()
        .map(|c| (c.code.as_str(), c))
        .collect()
}

/// Edit distance, for recognising misspelt variants of a country's names.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

pub(crate) fn add_country_file(b: &mut ActorBuilder, entries: &[ActorEntry]) -> Result<()> {
    let curated = b.curated;
    let lookup = country_lookup(curated);
    for entry in entries {
        let Some(code) = entry.current_code() else {
            continue;
        };
        if let Some(country) = lookup.get(code.as_str()) {
            add_country_block(b, entry, country);
            continue;
        }
        let Some(head) = entry.names.first().and_then(|n| parse_phrase(n)) else {
            continue;
        };
        match classify_entry(b, entry, &head.words, "Countries") {
            EntryKind::Person => add_person(b, entry, &code, "Countries"),
            EntryKind::Organization => {
                add_organization(b, entry, &code, RANK_INSTITUTION, "Countries")
            }
            EntryKind::Location => add_location_block(b, entry, &code),
        }
    }
    Ok(())
}

/// Territories and regions with their own code (GAZA = PSEGZA). The head names the place;
/// aliases are mostly towns inside it, kept as places of their own.
pub(crate) fn add_location_block(b: &mut ActorBuilder, entry: &ActorEntry, code: &str) {
    let Some(head) = entry.names.first().and_then(|n| parse_phrase(n)) else {
        return;
    };
    let head_surface = display_name(&head.words, Style::Place, &b.vocab.acronyms);
    let (canonical, kind, code) = match b.curated_orgs.get(&head_surface.to_lowercase()) {
        Some((canonical, kind, code)) => (canonical.clone(), kind.clone(), code.clone()),
        None => (
            head_surface.clone(),
            "location".to_string(),
            code.to_string(),
        ),
    };
    for (i, raw) in entry.names.iter().enumerate() {
        let Some(phrase) = parse_phrase(raw) else {
            continue;
        };
        let surface = display_name(&phrase.words, Style::Place, &b.vocab.acronyms);
        let (canonical, form) = if i == 0 {
            (canonical.clone(), "name")
        } else {
            (surface.clone(), "city")
        };
        b.push(ActorRow {
            surface,
            canonical,
            kind: kind.clone(),
            form: form.to_string(),
            code: code.clone(),
            rank: RANK_CITY,
            seq: 0,
            source: format!("Countries:{}", entry.line),
        });
    }
}

/// Folds accents and case so that variant spellings compare equal ("Côte" / "COTE").
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            let base = match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                    'a'
                }
                'ç' | 'Ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
                'ñ' | 'Ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
                c if c.is_alphanumeric() => c.to_ascii_lowercase(),
                _ => return None,
            };
            Some(base)
        })
        .collect()
}

/// True when `alias` is a misspelling or a foreign-language form of one of `known`
/// ("AFGANISTAN", "PHILLIPENES", "TADSCHIKISTAN", "DANMOERK"): close in spelling, or a
/// single word that starts like the name and is about as long.
pub(crate) fn is_variant_of(alias: &str, known: &[String]) -> bool {
    let a = fold(alias);
    known.iter().map(|k| fold(k)).any(|k| {
        if k == a || k.len() < 4 || a.len() < 4 {
            return false;
        }
        let d = edit_distance(&k, &a);
        let close = d * 10 <= k.len().max(a.len()) * 3;
        let same_start = !alias.contains(' ')
            && k.chars().take(4).eq(a.chars().take(4))
            && a.len() + 4 >= k.len()
            && k.len() + 4 >= a.len();
        close || same_start
    })
}

pub(crate) fn add_country_block(b: &mut ActorBuilder, entry: &ActorEntry, country: &CountryInfo) {
    let known: Vec<String> = [&country.canonical]
        .into_iter()
        .chain(&country.names)
        .chain(&country.demonyms)
        .chain(&country.plurals)
        .chain(&country.capitals)
        .map(|s| s.to_uppercase())
        .collect();
    let name_words: BTreeSet<String> = [&country.canonical]
        .into_iter()
        .chain(&country.names)
        .flat_map(|n| n.split(' ').map(str::to_uppercase).collect::<Vec<_>>())
        .filter(|w| !LOWER_PARTICLES.contains(&w.as_str()))
        .collect();
    for raw in &entry.names {
        let Some(phrase) = parse_phrase(raw) else {
            continue;
        };
        let upper = phrase.words.join(" ");
        if known.contains(&upper) {
            continue; // already emitted from the curated table
        }
        if is_variant_of(&upper, &known) {
            continue;
        }
        let mentions_country = phrase.words.iter().any(|w| name_words.contains(w));
        let surface = display_name(&phrase.words, Style::Place, &b.vocab.acronyms);
        if mentions_country {
            // An official name has only the country's own words, state words and
            // particles ("Arab Republic of Egypt"); anything else is a description
            // ("Administrative Divisions of the Republic of the Congo").
            let official = phrase.words.iter().all(|w| {
                name_words.contains(w)
                    || STATE_WORDS.contains(&w.as_str())
                    || LOWER_PARTICLES.contains(&w.as_str())
            });
            if official {
                b.push(ActorRow {
                    surface,
                    canonical: country.canonical.clone(),
                    kind: country.kind.clone(),
                    form: "name".to_string(),
                    code: country.code.clone(),
                    rank: RANK_COUNTRY,
                    seq: 0,
                    source: format!("Countries:{}", entry.line),
                });
            }
            // Other phrases that contain the country's name describe it ("SOVIET OCCUPIED
            // AFGHANISTAN") and are not names people write.
            continue;
        }
        b.push(ActorRow {
            surface: surface.clone(),
            canonical: surface,
            kind: "location".to_string(),
            form: "city".to_string(),
            code: country.code.clone(),
            rank: RANK_CITY,
            seq: 0,
            source: format!("Countries:{}", entry.line),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_to_plain_letters() {
        assert_eq!(fold("Côte d'Ivoire"), "cotedivoire");
        assert_eq!(edit_distance("Sisi", "Sissi"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
