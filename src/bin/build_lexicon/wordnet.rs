//! Reading WordNet 3.0 (the database files of Debian's `wordnet-base`: `index.*`,
//! `data.*`, `*.exc`): synsets with their lexicographer file, words and pointers, the
//! senses of a lemma in frequency order, and base forms.
//!
//! Data lines are keyed by their own offset field, not by their position in the file, so an
//! excerpt of the files (the tests' `testdata/wordnet/`) reads like the whole.

use std::collections::HashMap;

use super::*;

/// A part of speech of the database: `n`, `v`, `a` (adjective satellites `s` are read as
/// `a`).
pub(crate) type WnPos = char;

/// One pointer of a synset: `+` (derivationally related form), `&` (similar to), ...
#[derive(Clone, Debug)]
pub(crate) struct Pointer {
    pub(crate) symbol: String,
    pub(crate) target: u32,
    pub(crate) pos: WnPos,
    /// Word number in this synset the pointer starts from (0: the whole synset).
    pub(crate) source: usize,
    /// Word number in the target synset (0: the whole synset).
    pub(crate) dest: usize,
}

/// One synset.
#[derive(Clone, Debug)]
pub(crate) struct Synset {
    /// Lexicographer file number (see `lexnames(5WN)`): 04 noun.act, 10 noun.communication,
    /// 18 noun.person, ...
    pub(crate) lexfile: u8,
    /// Its words, lower case with spaces, and their lexical ids.
    pub(crate) words: Vec<(String, u8)>,
    /// For each word, whether the database writes it capitalised ("American", "Einstein").
    pub(crate) capitalized: Vec<bool>,
    pub(crate) pointers: Vec<Pointer>,
}

/// The lexicographer files of nouns that name an act or event ("condemnation",
/// "deployment"), a message ("demand", "accusation"), a state or relation between parties
/// ("alliance", "hostility").
pub(crate) const EVENT_NOUN_FILES: &[u8] = &[4, 10, 11, 26];
/// noun.person: agent nouns ("supporter", "critic").
pub(crate) const PERSON_NOUN_FILE: u8 = 18;

#[derive(Default)]
pub(crate) struct WordNet {
    index: HashMap<(WnPos, String), Vec<u32>>,
    synsets: HashMap<(WnPos, u32), Synset>,
    exceptions: HashMap<(WnPos, String), String>,
    /// The licence at the head of `data.verb`.
    pub(crate) licence: String,
}

fn pos_name(pos: WnPos) -> &'static str {
    match pos {
        'n' => "noun",
        'v' => "verb",
        _ => "adj",
    }
}

impl WordNet {
    /// Reads the database in `dir`.
    pub(crate) fn load(dir: &Path) -> Result<WordNet> {
        let mut wn = WordNet::default();
        for pos in ['n', 'v', 'a'] {
            let name = pos_name(pos);
            let index = read_text(&dir.join(format!("index.{name}")))?;
            for line in index.lines().filter(|l| !l.starts_with(' ')) {
                let fields: Vec<&str> = line.split_whitespace().collect();
                if fields.len() < 4 {
                    continue;
                }
                let Ok(p_cnt) = fields[3].parse::<usize>() else {
                    continue;
                };
                // lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
                let offsets = fields
                    .iter()
                    .skip(4 + p_cnt + 2)
                    .filter_map(|o| o.parse::<u32>().ok())
                    .collect();
                wn.index.insert((pos, fields[0].replace('_', " ")), offsets);
            }
            let data = read_text(&dir.join(format!("data.{name}")))?;
            if pos == 'v' {
                wn.licence = data
                    .lines()
                    .take_while(|l| l.starts_with("  "))
                    .map(|l| {
                        let l = l.trim();
                        // "  12 use or for distribution.  ": drop the line number
                        l.split_once(' ')
                            .map_or("", |(_, rest)| rest)
                            .trim_end()
                            .to_string()
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            for line in data.lines().filter(|l| !l.starts_with(' ')) {
                if let Some((offset, synset)) = parse_data_line(line) {
                    wn.synsets.insert((pos, offset), synset);
                }
            }
            if let Ok(exc) =
                read_text(&dir.join(format!("{}.exc", if pos == 'a' { "adj" } else { name })))
            {
                for line in exc.lines() {
                    let mut f = line.split_whitespace();
                    if let (Some(form), Some(base)) = (f.next(), f.next()) {
                        wn.exceptions
                            .entry((pos, form.replace('_', " ")))
                            .or_insert_with(|| base.replace('_', " "));
                    }
                }
            }
        }
        Ok(wn)
    }

    /// The synsets of `lemma` (lower case, spaces), most frequent sense first.
    pub(crate) fn senses(&self, pos: WnPos, lemma: &str) -> &[u32] {
        self.index
            .get(&(pos, lemma.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// Every lemma of `pos` in the index (lower case, spaces), in no particular order.
    pub(crate) fn lemmas(&self, pos: WnPos) -> impl Iterator<Item = &str> {
        self.index
            .keys()
            .filter(move |(p, _)| *p == pos)
            .map(|(_, lemma)| lemma.as_str())
    }

    pub(crate) fn synset(&self, pos: WnPos, offset: u32) -> Option<&Synset> {
        self.synsets.get(&(pos, offset))
    }

    /// The base form WordNet knows for `word` of `pos`: itself, an exception's base, or a
    /// regular ending removed ("talks" -> "talk", "allies" -> "ally").
    pub(crate) fn base_form(&self, pos: WnPos, word: &str) -> Option<String> {
        if !self.senses(pos, word).is_empty() {
            return Some(word.to_string());
        }
        if let Some(base) = self.exceptions.get(&(pos, word.to_string())) {
            return Some(base.clone());
        }
        let rules: &[(&str, &str)] = match pos {
            'n' => &[
                ("s", ""),
                ("ses", "s"),
                ("xes", "x"),
                ("zes", "z"),
                ("ches", "ch"),
                ("shes", "sh"),
                ("men", "man"),
                ("ies", "y"),
            ],
            'v' => &[
                ("s", ""),
                ("ies", "y"),
                ("es", "e"),
                ("es", ""),
                ("ed", "e"),
                ("ed", ""),
                ("ing", "e"),
                ("ing", ""),
            ],
            _ => &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        };
        rules.iter().find_map(|(suffix, ending)| {
            let stem = word.strip_suffix(suffix)?;
            let base = format!("{stem}{ending}");
            (!stem.is_empty() && !self.senses(pos, &base).is_empty()).then_some(base)
        })
    }

    /// The nouns derived from `lemma` in verb synset `offset` (WordNet's derivationally
    /// related forms), each with its synset.
    pub(crate) fn derived_nouns(&self, offset: u32, lemma: &str) -> Vec<(String, u32)> {
        let Some(synset) = self.synset('v', offset) else {
            return Vec::new();
        };
        let Some(k) = synset.words.iter().position(|(w, _)| w == lemma) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for p in &synset.pointers {
            if p.symbol != "+" || p.pos != 'n' || (p.source != 0 && p.source != k + 1) {
                continue;
            }
            let Some(target) = self.synset('n', p.target) else {
                continue;
            };
            let words: Vec<&String> = if p.dest == 0 {
                target.words.iter().map(|(w, _)| w).collect()
            } else {
                target
                    .words
                    .get(p.dest - 1)
                    .map(|(w, _)| w)
                    .into_iter()
                    .collect()
            };
            for w in words {
                if !out
                    .iter()
                    .any(|(x, o): &(String, u32)| x == w && *o == p.target)
                {
                    out.push((w.clone(), p.target));
                }
            }
        }
        out
    }

    /// The rank (from 0) of synset `offset` among the senses of `lemma`.
    pub(crate) fn sense_rank(&self, pos: WnPos, lemma: &str, offset: u32) -> Option<usize> {
        self.senses(pos, lemma).iter().position(|&o| o == offset)
    }

    /// The synset a sense key names (`abuse%2:41:00::`), computed from the lemma, the
    /// lexicographer file and the lexical id, as WordNet defines sense keys.
    pub(crate) fn sense_key_synset(&self, key: &str) -> Option<(WnPos, u32)> {
        let (lemma, rest) = key.split_once('%')?;
        let mut parts = rest.split(':');
        let pos = match parts.next()? {
            "1" => 'n',
            "2" => 'v',
            "3" | "5" => 'a',
            _ => return None,
        };
        let lexfile: u8 = parts.next()?.parse().ok()?;
        let lex_id: u8 = parts.next()?.parse().ok()?;
        let lemma = lemma.replace('_', " ");
        self.senses(pos, &lemma).iter().copied().find_map(|o| {
            let s = self.synset(pos, o)?;
            (s.lexfile == lexfile && s.words.iter().any(|(w, id)| *w == lemma && *id == lex_id))
                .then_some((pos, o))
        })
    }
}

/// `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss`
fn parse_data_line(line: &str) -> Option<(u32, Synset)> {
    let head = line.split(" | ").next()?;
    let f: Vec<&str> = head.split_whitespace().collect();
    let offset: u32 = f.first()?.parse().ok()?;
    let lexfile: u8 = f.get(1)?.parse().ok()?;
    let w_cnt = usize::from_str_radix(f.get(3)?, 16).ok()?;
    let mut words = Vec::with_capacity(w_cnt);
    let mut capitalized = Vec::with_capacity(w_cnt);
    let mut i = 4;
    for _ in 0..w_cnt {
        let word = f.get(i)?;
        // adjectives may carry a syntactic marker: "galore(ip)"
        let word = word.split('(').next().unwrap_or(word);
        let lex_id = u8::from_str_radix(f.get(i + 1)?, 16).ok()?;
        capitalized.push(word.starts_with(|c: char| c.is_uppercase()));
        words.push((word.replace('_', " ").to_lowercase(), lex_id));
        i += 2;
    }
    let p_cnt: usize = f.get(i)?.parse().ok()?;
    i += 1;
    let mut pointers = Vec::with_capacity(p_cnt);
    for _ in 0..p_cnt {
        let symbol = f.get(i)?.to_string();
        let target: u32 = f.get(i + 1)?.parse().ok()?;
        let pos = match *f.get(i + 2)? {
            "s" => 'a',
            p => p.chars().next()?,
        };
        let st = f.get(i + 3)?;
        let source = usize::from_str_radix(st.get(..2)?, 16).ok()?;
        let dest = usize::from_str_radix(st.get(2..)?, 16).ok()?;
        pointers.push(Pointer {
            symbol,
            target,
            pos,
            source,
            dest,
        });
        i += 4;
    }
    Some((
        offset,
        Synset {
            lexfile,
            words,
            capitalized,
            pointers,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excerpt() -> WordNet {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        WordNet::load(&root.join("src/bin/build_lexicon/testdata/wordnet")).unwrap()
    }

    #[test]
    fn senses_derivations_and_base_forms() {
        let wn = excerpt();
        let condemn = wn.senses('v', "condemn");
        assert!(!condemn.is_empty());
        let nouns: Vec<String> = condemn
            .iter()
            .flat_map(|&o| wn.derived_nouns(o, "condemn"))
            .map(|(w, _)| w)
            .collect();
        assert!(nouns.contains(&"condemnation".to_string()), "{nouns:?}");
        assert_eq!(wn.base_form('n', "talks").as_deref(), Some("talk"));
        assert_eq!(wn.base_form('n', "allies").as_deref(), Some("ally"));
        assert!(wn.licence.starts_with("This software and database"));
        assert!(
            wn.licence
                .contains("WordNet 3.0 Copyright 2006 by Princeton University")
        );
    }
}
