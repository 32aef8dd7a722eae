//! Finding an actor by any of its names.

use crate::domain::Actor;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;

/// How many close names an unknown-actor error suggests.
const SUGGESTIONS: usize = 5;

/// A name folded for matching: lower case, common accents removed ("Erdoğan" -> "erdogan"),
/// hyphens, dots, apostrophes and other punctuation turned into spaces, spaces collapsed.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = true;
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = plain_letter(c);
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The letter without its accent, for the accented Latin letters of names in the news.
fn plain_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ř' | 'ŕ' | 'ŗ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' | 'ŝ' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '’' | '\'' => '\'',
        c => c,
    }
}

/// Every name of an actor: its id, its label and its aliases.
fn names(actor: &Actor) -> impl Iterator<Item = &str> {
    [actor.id.as_str(), actor.label()]
        .into_iter()
        .chain(actor.aliases.iter().map(String::as_str))
}

/// The actor that `name` names.
///
/// Tried in order, the first rule that matches decides: the canonical id; an alias or label
/// as written; any name ignoring case; any name [`fold`]ed (accents, hyphens and punctuation
/// ignored: "el sissi" finds "el-Sissi"); the last words of a name ("Sissi" finds
/// "Abdel-Fattah el-Sissi"). When one rule matches several actors, the name is ambiguous.
///
/// # Errors
///
/// [`Error::UnknownActor`] with up to five close names when nothing matches,
/// [`Error::AmbiguousActor`] listing the actors when a name fits several.
pub fn find_actor<'g>(graph: &'g ActorGraph, name: &str) -> Result<&'g Actor> {
    if let Some(actor) = graph.actor(name) {
        return Ok(actor);
    }
    let folded = fold(name);
    let rules: [&dyn Fn(&str) -> bool; 4] = [
        &|n| n == name,
        &|n| n.to_lowercase() == name.to_lowercase(),
        &|n| !folded.is_empty() && fold(n) == folded,
        &|n| {
            let n = fold(n);
            !folded.is_empty() && n.len() > folded.len() && n.ends_with(&format!(" {folded}"))
        },
    ];
    for rule in rules {
        let found: Vec<&Actor> = graph.actors().filter(|a| names(a).any(rule)).collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok(one),
            many => {
                return Err(Error::AmbiguousActor {
                    name: name.to_string(),
                    candidates: many.iter().map(|a| a.id.clone()).collect(),
                });
            }
        }
    }
    Err(Error::UnknownActor {
        name: name.to_string(),
        suggestions: suggestions(graph, &folded),
    })
}

/// Up to [`SUGGESTIONS`] actors whose names are close to `folded`, closest first.
fn suggestions(graph: &ActorGraph, folded: &str) -> Vec<String> {
    if folded.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, usize, &str)> = graph
        .actors()
        .enumerate()
        .filter_map(|(order, a)| {
            let best = names(a)
                .map(|n| similarity(folded, &fold(n)))
                .fold(0.0, f64::max);
            (best >= 0.5).then_some((best, order, a.id.as_str()))
        })
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    scored
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, _, id)| id.to_string())
        .collect()
}

/// From 0 (nothing alike) to 1 (equal): one less the edit distance over the longer length,
/// and at least 0.75 when one name contains the other as whole words.
fn similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longest = x.len().max(y.len()) as f64;
    let edit = 1.0 - levenshtein(&x, &y) as f64 / longest;
    let words = |s: &str, part: &str| format!(" {s} ").contains(&format!(" {part} "));
    if words(a, b) || words(b, a) {
        edit.max(0.75)
    } else {
        edit
    }
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ActorType;

    fn graph() -> ActorGraph {
        let mut g = ActorGraph::new();
        let mut sissi = Actor::new("Abdel-Fattah el-Sissi", ActorType::Person);
        sissi.aliases = ["Sissi".to_string(), "el-Sissi".to_string()].into();
        let mut erdogan = Actor::new("Recep Tayyip Erdo\u{011F}an", ActorType::Person);
        erdogan.aliases = ["Erdo\u{011F}an".to_string()].into();
        let mut kerry = Actor::new("John Kerry", ActorType::Person);
        kerry.aliases = ["Kerry".to_string(), "John".to_string()].into();
        let mut john = Actor::new("John Prescott", ActorType::Person);
        john.aliases = ["John".to_string()].into();
        for a in [sissi, erdogan, kerry, john] {
            g.add_actor(&a);
        }
        g.add_actor(&Actor::new("United States", ActorType::Country));
        g.add_actor(&Actor::new("Hamas", ActorType::Organization));
        g
    }

    #[test]
    fn any_name_finds_the_actor() {
        let g = graph();
        let rows = [
            ("Abdel-Fattah el-Sissi", "Abdel-Fattah el-Sissi"),
            ("Sissi", "Abdel-Fattah el-Sissi"),
            ("el-Sissi", "Abdel-Fattah el-Sissi"),
            ("SISSI", "Abdel-Fattah el-Sissi"),
            ("el sissi", "Abdel-Fattah el-Sissi"),
            ("abdel fattah el-sissi", "Abdel-Fattah el-Sissi"),
            ("Erdogan", "Recep Tayyip Erdo\u{011F}an"),
            ("erdoğan", "Recep Tayyip Erdo\u{011F}an"),
            ("Tayyip Erdogan", "Recep Tayyip Erdo\u{011F}an"),
            ("kerry", "John Kerry"),
            ("hamas", "Hamas"),
            ("  united   states ", "United States"),
            ("Prescott", "John Prescott"),
        ];
        for (name, id) in rows {
            assert_eq!(
                find_actor(&g, name).map(|a| a.id.as_str()).ok(),
                Some(id),
                "{name}"
            );
        }
    }

    #[test]
    fn a_shared_alias_is_ambiguous() {
        let e = find_actor(&graph(), "john").unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"john\" names 2 actors: \"John Kerry\", \"John Prescott\"; use the full name"
        );
    }

    #[test]
    fn an_unknown_name_suggests_close_ones() {
        let g = graph();
        let e = find_actor(&g, "Sisi").unwrap_err();
        assert_eq!(
            e.to_string(),
            "no actor \"Sisi\" in the graph; did you mean \"Abdel-Fattah el-Sissi\"?"
        );
        let e = find_actor(&g, "Hammas").unwrap_err();
        assert!(e.to_string().ends_with("did you mean \"Hamas\"?"), "{e}");
        let e = find_actor(&g, "Zzyzx").unwrap_err();
        assert_eq!(e.to_string(), "no actor \"Zzyzx\" in the graph");
        assert!(matches!(
            find_actor(&g, ""),
            Err(Error::UnknownActor { .. })
        ));
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Abdel-Fattah el-Sissi"), "abdel fattah el sissi");
        assert_eq!(fold(" U.S.  Secretary "), "u s secretary");
        assert_eq!(fold("Erdo\u{011F}an"), "erdogan");
        assert_eq!(fold("--"), "");
    }
}
