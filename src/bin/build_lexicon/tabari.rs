//! Reading the TABARI / PETRARCH actor dictionaries: entries, codes with dates, phrases, and
//! the display form of a name (case, acronyms, particles).

use super::*;

#[derive(Clone, Debug)]
pub(crate) struct CodeSpec {
    pub(crate) code: String,
    /// `>date`: from that date on, i.e. current.
    pub(crate) open: bool,
    /// No date at all: the default code.
    pub(crate) undated: bool,
    /// Last day the code applies (yyyymmdd normalised), for closed ranges.
    pub(crate) end: u64,
}

#[derive(Clone, Debug)]
pub(crate) struct ActorEntry {
    pub(crate) line: usize,
    pub(crate) names: Vec<String>,
    pub(crate) codes: Vec<CodeSpec>,
    pub(crate) comment: String,
}

impl ActorEntry {
    /// The code that applies today: an open-ended one, else the undated default, else the
    /// range that ended last.
    pub(crate) fn current_code(&self) -> Option<String> {
        let usable: Vec<&CodeSpec> = self
            .codes
            .iter()
            .filter(|c| c.code != "---" && !c.code.is_empty())
            .collect();
        if let Some(c) = usable.iter().rev().find(|c| c.open) {
            return Some(c.code.clone());
        }
        if let Some(c) = usable.iter().find(|c| c.undated) {
            return Some(c.code.clone());
        }
        usable.iter().max_by_key(|c| c.end).map(|c| c.code.clone())
    }
}

/// TABARI dates are yymmdd or yyyymmdd; two-digit years below 30 are 20xx.
pub(crate) fn normalise_date(date: &str) -> u64 {
    let digits: String = date.chars().filter(|c| c.is_ascii_digit()).collect();
    let value: u64 = digits.parse().unwrap_or(0);
    if digits.len() == 6 {
        let year = value / 10000;
        let century = if year < 30 { 20_000_000 } else { 19_000_000 };
        century + value
    } else {
        value
    }
}

pub(crate) fn parse_code(spec: &str) -> CodeSpec {
    let mut parts = spec.split_whitespace();
    let code = parts
        .next()
        .unwrap_or("")
        .trim_start_matches('~')
        .to_string();
    let date = parts.next().unwrap_or("");
    let (open, undated, end) = if date.is_empty() {
        (false, true, 0)
    } else if let Some(d) = date.strip_prefix('>') {
        (true, false, normalise_date(d))
    } else if let Some(d) = date.strip_prefix('<') {
        (false, false, normalise_date(d))
    } else {
        let end = date.rsplit('-').next().unwrap_or("");
        (false, false, normalise_date(end))
    };
    CodeSpec {
        code,
        open,
        undated,
        end,
    }
}

/// Splits `NAME [CODE] [CODE]` into the name text and the bracketed codes.
pub(crate) fn split_codes(text: &str) -> (String, Vec<CodeSpec>) {
    let mut name = String::new();
    let mut codes = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        name.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find([']', '}']) {
            Some(close) => {
                codes.push(parse_code(&after[..close]));
                rest = &after[close + 1..];
            }
            None => {
                rest = "";
            }
        }
    }
    name.push_str(rest);
    (name, codes)
}

pub(crate) fn parse_actor_file(text: &str) -> Vec<ActorEntry> {
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut current: Option<ActorEntry> = None;
    for (number, raw) in text.lines().enumerate() {
        let (body, comment) = match raw.find('#') {
            Some(i) => (&raw[..i], raw[i + 1..].trim()),
            None => (raw, ""),
        };
        if body.trim().is_empty() {
            continue;
        }
        let (name_text, codes) = split_codes(body);
        let first = body.chars().next().unwrap_or(' ');
        if first == '+' {
            if let Some(entry) = current.as_mut() {
                for alias in name_text.split('+') {
                    push_name(&mut entry.names, alias);
                }
                entry.codes.extend(codes);
            }
        } else if first.is_whitespace() {
            if let Some(entry) = current.as_mut() {
                push_name(&mut entry.names, &name_text);
                entry.codes.extend(codes);
            }
        } else if let Some(entry) = current.as_mut().filter(|e| e.codes.is_empty()) {
            // Root phrases without codes share the codes that follow them, as PETRARCH
            // reads them: `IVO_JOSIPOVIC_` / `JOSIPOVIC_` / `[HRVGOV]`.
            push_name(&mut entry.names, &name_text);
            entry.codes.extend(codes);
            if entry.comment.is_empty() {
                entry.comment = comment.to_string();
            }
        } else {
            if let Some(done) = current.take() {
                entries.push(done);
            }
            let mut names = Vec::new();
            push_name(&mut names, &name_text);
            current = Some(ActorEntry {
                line: number + 1,
                names,
                codes,
                comment: comment.to_string(),
            });
        }
    }
    entries.extend(current.take().filter(|e| !e.codes.is_empty()));
    entries
}

pub(crate) fn push_name(names: &mut Vec<String>, text: &str) {
    // Tabs separate a name from trailing junk (`OSMAN_OLCAY\t_TURKEY_`); spaces are joins.
    let name = text.trim().split('\t').next().unwrap_or("").trim();
    if !name.is_empty() {
        names.push(name.replace(' ', "_"));
    }
}

/// A dictionary phrase split into upper-case words, with parenthesised acronyms apart.
pub(crate) struct Phrase {
    pub(crate) words: Vec<String>,
    pub(crate) parenthesised: Vec<String>,
}

pub(crate) fn parse_phrase(raw: &str) -> Option<Phrase> {
    let mut text = String::new();
    let mut parenthesised = Vec::new();
    let mut rest = raw;
    while let Some(open) = rest.find('(') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(')') {
            Some(close) => {
                parenthesised.push(after[..close].trim_matches('_').to_string());
                rest = &after[close + 1..];
            }
            None => rest = "",
        }
    }
    text.push_str(rest);
    let mut words: Vec<String> = text
        .split(['_', ' '])
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ';' || c == ':'))
        .filter(|w| !w.is_empty() && *w != "-" && *w != "--")
        .map(|w| w.to_uppercase())
        .collect();
    // "ORDER,_THE" and "THE_US" both carry an article that is not part of the name.
    if words.len() > 1 && words[0] == "THE" {
        words.remove(0);
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "THE") {
        words.pop();
    }
    let valid = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '-' | '/' | '&'))
    });
    if words.is_empty() || !valid {
        return None;
    }
    Some(Phrase {
        words,
        parenthesised,
    })
}

#[rustfmt::skip]
pub(crate) const LOWER_PARTICLES: &[&str] = &[
    "OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "DE", "DA", "DI", "DO", "DOS",
    "DAS", "DEL", "DELLA", "DER", "DEN", "VAN", "VON", "LA", "LE", "DU", "DES", "BIN", "IBN",
    "BINT", "AL", "EL", "UL", "WAL", "WA", "Y", "E", "OR", "AGAINST", "WITH", "FROM", "ET",
];

pub(crate) fn is_roman_numeral(word: &str) -> bool {
    matches!(
        word,
        "II" | "III" | "IV" | "VI" | "VII" | "VIII" | "IX" | "XI" | "XII"
    )
}

pub(crate) fn capitalise(part: &str) -> String {
    let mut chars = part.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

pub(crate) fn case_part(part: &str, lower_first: bool) -> String {
    if let Some(rest) = part.strip_prefix("MC").filter(|r| r.len() > 1) {
        return format!("Mc{}", capitalise(rest));
    }
    if let Some((head, tail)) = part.split_once('\'') {
        if head.chars().count() == 1 && !tail.is_empty() {
            // O'Brien, d'Ivoire, l'Est
            let head = if head == "O" || !lower_first {
                head.to_string()
            } else {
                head.to_lowercase()
            };
            return format!("{head}'{}", capitalise(tail));
        }
        return format!("{}'{}", capitalise(head), tail.to_lowercase());
    }
    capitalise(part)
}

/// Cases one upper-case dictionary word for display.
pub(crate) fn case_word(
    word: &str,
    first: bool,
    style: Style,
    acronyms: &BTreeSet<String>,
) -> String {
    let korean = style == Style::KoreanPerson
        || (style == Style::Person
            && word
                .split_once('-')
                .is_some_and(|(a, b)| a.len() <= 5 && KOREAN_SYLLABLES.contains(&b)));
    if acronyms.contains(word) || (!first && is_roman_numeral(word)) {
        return word.to_string();
    }
    if word.contains('/') {
        // "DHKP/C", "BRIGADES/COMMUNIST": each part on its own.
        return word
            .split('/')
            .map(|part| case_word(part, first, style, acronyms))
            .collect::<Vec<_>>()
            .join("/");
    }
    if word.contains('.') {
        // U.S., U.N., D.C. and initials stay as they are; "ST." becomes "St.".
        if word
            .split('.')
            .all(|p| p.chars().filter(|c| c.is_alphabetic()).count() <= 1)
        {
            return word.to_string();
        }
        return capitalise(word);
    }
    if !first && LOWER_PARTICLES.contains(&word) {
        return word.to_lowercase();
    }
    if style == Style::Organization && word.chars().count() <= 4 && looks_like_acronym(word) {
        return word.to_string();
    }
    let mut out = String::new();
    for (i, part) in word.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let prefix_particle = matches!(part, "AL" | "EL" | "UL" | "E" | "I" | "WAL" | "UD" | "AD");
        let lower = if i == 0 {
            prefix_particle && word.contains('-')
        } else {
            korean || prefix_particle
        };
        if lower {
            out.push_str(&part.to_lowercase());
        } else {
            out.push_str(&case_part(part, !first || i > 0));
        }
    }
    out
}

/// Second syllables of romanised Korean given names, written in lower case after the
/// hyphen ("Ki-moon", "Jong-un", "Geun-hye").
#[rustfmt::skip]
pub(crate) const KOREAN_SYLLABLES: &[&str] = &[
    "MOON", "UN", "IL", "HYE", "IN", "YEOL", "HO", "HYUN", "JIN", "SOO", "SUNG", "HEE", "JAE",
    "WOO", "CHUL", "YOUNG", "HWAN", "SIK", "HOON", "KYU", "MIN", "JUN", "NAM", "TAE", "YONG",
    "SEOK", "SUK", "GUN", "KUN", "WON", "DUK", "DONG", "GIL", "PIL", "SANG", "SOON", "GYU",
    "HYUK", "JONG", "KYUNG", "MYUNG", "BOK", "YEON", "SEOB", "HONG", "KWAN", "CHAN",
];

/// How a name is cased: acronyms are guessed only in organization names (a person named
/// "Ng" or a town named "Qum" is not an acronym), hyphenated parts of Korean given names
/// are lower case ("Ban Ki-moon").
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Style {
    Person,
    KoreanPerson,
    Organization,
    Place,
}

pub(crate) fn display_name(words: &[String], style: Style, acronyms: &BTreeSet<String>) -> String {
    if style == Style::Organization && words.len() == 1 {
        let w = &words[0];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let plain = w.chars().all(|c| c.is_ascii_uppercase());
        if plain && (letters <= 3 || (letters <= 6 && looks_like_acronym(w))) {
            return w.clone();
        }
    }
    words
        .iter()
        .enumerate()
        .map(|(i, w)| case_word(w, i == 0, style, acronyms))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Word-initial consonant pairs of English and romanised names.
pub(crate) const ONSETS: &[&str] = &[
    "BL", "BR", "CH", "CL", "CR", "DR", "DH", "DJ", "FL", "FR", "GH", "GL", "GR", "KH", "KL", "KN",
    "KR", "PH", "PL", "PR", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW",
    "TS", "WH", "WR", "ZH", "SZ",
];
/// Word-final consonant pairs of English and romanised names.
pub(crate) const CODAS: &[&str] = &[
    "CH", "CK", "CT", "FT", "GH", "LD", "LF", "LK", "LL", "LM", "LP", "LT", "MB", "MP", "ND", "NG",
    "NK", "NT", "NZ", "PH", "PT", "RB", "RC", "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RT",
    "SH", "SK", "SP", "SS", "ST", "TH", "TT", "WN", "XT", "RR", "FF", "ZZ", "DS", "GS", "KS", "PS",
    "BS", "FS", "NS", "RS", "TS", "LS", "MS", "WS", "HS", "TZ", "SZ",
];
/// Three-consonant runs that occur inside ordinary words.
pub(crate) const CLUSTERS: &[&str] = &[
    "STR", "SCH", "SCR", "SPR", "SPL", "SHR", "THR", "CHR", "PHR", "NCH", "NTS", "NDS", "NGS",
    "RST", "RTS", "RCH", "LCH", "TCH", "NST", "MPS", "MPT", "NGL", "NGR", "RDS", "LDS", "RLD",
    "RTH", "NTH", "NCT", "NKS", "LTS", "CHT", "GHT", "NGH", "SHT", "RGH", "LLS", "TTS",
];
/// Short words that are abbreviations written in title case ("Inc", "Co").
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "INC", "LTD", "CO", "CORP", "ST", "MT", "JR", "SR", "MR", "DR",
];

/// Guesses whether an upper-case word is an acronym (ACLU, EMC) rather than a word or name
/// (Amal, Kach): acronyms have no vowel or consonant runs no English word has.
pub(crate) fn looks_like_acronym(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 || !chars.iter().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    let vowel = |c: char| "AEIOUY".contains(c);
    if !chars.iter().any(|&c| vowel(c)) {
        return true;
    }
    let mut i = 0;
    while i < chars.len() {
        if vowel(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !vowel(chars[i]) {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        let len = i - start;
        if len >= 3 && !CLUSTERS.contains(&run.as_str()) {
            return true;
        }
        if len == 2 && start == 0 && !ONSETS.contains(&run.as_str()) {
            return true;
        }
        if len == 2 && i == chars.len() && !CODAS.contains(&run.as_str()) {
            return true;
        }
    }
    false
}

/// True when `short` spells the initials of the significant words of `long`
/// (NATO / North Atlantic Treaty Organization).
pub(crate) fn is_initialism(short: &str, long: &[String]) -> bool {
    if short.len() < 2 || long.len() < 2 {
        return false;
    }
    let initials: String = long
        .iter()
        .filter(|w| !LOWER_PARTICLES.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    let all_initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
    initials == short || all_initials == short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_two_digit_years_fall_in_their_century() {
        assert_eq!(normalise_date("130401"), 20_130_401);
        assert_eq!(normalise_date("750101"), 19_750_101);
        assert_eq!(normalise_date("20140101"), 20_140_101);
    }

    #[test]
    fn codes_carry_their_date_ranges() {
        let (name, codes) =
            split_codes("ABDEL_FATTAH_EL_SISI [EGYMIL 130701-140326] [~EGYGOV >140608]");
        assert_eq!(name.trim(), "ABDEL_FATTAH_EL_SISI");
        let specs: Vec<_> = codes
            .iter()
            .map(|c| (c.code.as_str(), c.open, c.undated, c.end))
            .collect();
        assert_eq!(
            specs,
            [
                ("EGYMIL", false, false, 20_140_326),
                ("EGYGOV", true, false, 20_140_608)
            ]
        );
        let undated = parse_code("EGY");
        assert!(undated.undated && !undated.open);
    }

    #[test]
    fn phrases_lose_articles_and_keep_parentheses_apart() {
        let phrase = parse_phrase("THE_ARAB_LEAGUE_(AL)").unwrap();
        assert_eq!(phrase.words, ["ARAB", "LEAGUE"]);
        assert_eq!(phrase.parenthesised, ["AL"]);
        assert_eq!(parse_phrase("ORDER,_THE").unwrap().words, ["ORDER"]);
        assert!(parse_phrase("BAD_#_NAME").is_none());
    }

    #[test]
    fn names_are_cased_for_display() {
        let none = BTreeSet::new();
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            display_name(&words("ARAB LEAGUE"), Style::Organization, &none),
            "Arab League"
        );
        assert_eq!(
            display_name(&words("NTC"), Style::Organization, &none),
            "NTC"
        );
        assert_eq!(
            display_name(&words("HAMAS"), Style::Organization, &none),
            "Hamas"
        );
        assert!(looks_like_acronym("NTC"));
        assert!(!looks_like_acronym("HAMAS"));
    }
}
