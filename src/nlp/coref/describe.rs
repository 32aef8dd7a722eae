//! A mention as the ranking model reads it, from the analysis of its sentence: the same
//! description for a GUM mention in training and for an actor mention at run time.

use super::{Form, HeadClass, Mention, Number, Pronoun, Role, Semantic, Tokens};
use crate::lexicon::{Lexicon, WordClass, Words};
use crate::nlp::{DepRel, EntityLabel, Upos};

/// The pronoun classes of the word classes, in the order they are tried.
const PRONOUN_CLASSES: &[(WordClass, Pronoun)] = &[
    (WordClass::MasculinePronoun, Pronoun::Masculine),
    (WordClass::FemininePronoun, Pronoun::Feminine),
    (WordClass::NeuterPronoun, Pronoun::Neuter),
    (WordClass::PluralPronoun, Pronoun::Plural),
    (
        WordClass::FirstPersonSingularPronoun,
        Pronoun::FirstSingular,
    ),
    (WordClass::FirstPersonPluralPronoun, Pronoun::FirstPlural),
    (WordClass::SecondPersonPronoun, Pronoun::Second),
];

/// The class of the pronoun `lower` (a lower-case word tagged as a pronoun), from the
/// word classes.
pub fn pronoun_class(words: &Words, lower: &str) -> Pronoun {
    PRONOUN_CLASSES
        .iter()
        .find(|(class, _)| words.has(*class, lower))
        .map_or(Pronoun::Other, |&(_, p)| p)
}

/// Describes the mention of tokens `[start, end)` of sentence `sentence` (analysed as
/// `s`), reading words with the lexicon `lex`.
pub fn describe(
    s: &Tokens<'_>,
    sentence: usize,
    start: usize,
    end: usize,
    lex: &Lexicon,
) -> Mention {
    let words = &lex.words;
    let end = end.min(s.len()).max(start + 1);
    let (syntactic, head) = head_of(s, start, end);
    let lower = &s.lower[head];
    let pronoun =
        (end - start == 1 && s.upos[head] == Upos::Pron).then(|| pronoun_class(words, lower));
    let form = match pronoun {
        Some(_) => Form::Pronoun,
        None => form_of(s, start, head, words),
    };
    let head_class = if pronoun.is_some() {
        HeadClass::None
    } else {
        head_class(lex, lower, &s.lemmas[head])
    };
    let semantic = semantic_of(s, head, pronoun, head_class);
    let number = match pronoun {
        Some(Pronoun::Plural | Pronoun::FirstPlural) => Number::Plural,
        Some(Pronoun::Masculine | Pronoun::Feminine | Pronoun::Neuter | Pronoun::FirstSingular) => {
            Number::Singular
        }
        Some(_) => Number::Unknown,
        None => number_of(s, start, end, head),
    };
    let (governor, rel) = match s.head(syntactic) {
        Some(g) => (Some(g), s.deprels[syntactic]),
        None if s.has_tree => (None, DepRel::Root),
        None => (None, DepRel::Dep),
    };
    let role = if !s.has_tree {
        Role::Unknown
    } else if rel == DepRel::NmodPoss {
        Role::Possessor
    } else {
        match rel.base() {
            DepRel::Nsubj => Role::Subject,
            DepRel::Obj | DepRel::Iobj => Role::Object,
            DepRel::Obl | DepRel::Nmod => Role::Oblique,
            _ => Role::Other,
        }
    };
    let predicate = s.has_tree
        && (0..s.len()).any(|t| s.head(t) == Some(syntactic) && s.deprels[t] == DepRel::Cop);
    let skip = match form {
        Form::Definite | Form::Demonstrative | Form::Indefinite if end - start > 1 => 1,
        _ => 0,
    };
    Mention {
        core: s.lower[start + skip..end].join(" "),
        sentence,
        start,
        end,
        head,
        form,
        pronoun,
        semantic,
        number,
        role,
        head_class,
        words: s.lower[start..end].to_vec(),
        head_word: lower.clone(),
        head_lemma: s.lemmas[head].clone(),
        governor,
        rel,
        predicate,
        comma_before: start > 0 && words.has(WordClass::AppositionMark, &s.lower[start - 1]),
        before_verb: !s.upos[..start]
            .iter()
            .any(|u| matches!(u, Upos::Verb | Upos::Aux)),
    }
}

/// The head token of `[start, end)`: in a tree, the token whose head lies outside;
/// without one, the last noun before a preposition or a comma. Returned twice: as the
/// tree has it, and as its words are compared, where a proper noun moves to the last word
/// of its run of proper nouns ("John Kerry": "John" in the tree, "Kerry" compared).
fn head_of(s: &Tokens<'_>, start: usize, end: usize) -> (usize, usize) {
    let nominal = |u: Upos| matches!(u, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num);
    let from_tree = s
        .has_tree
        .then(|| (start..end).find(|&t| s.head(t).is_none_or(|h| h < start || h >= end)));
    let mut head = match from_tree.flatten() {
        Some(h) => h,
        None => {
            let mut last = None;
            for t in start..end {
                if nominal(s.upos[t]) {
                    last = Some(t);
                } else if last.is_some() && matches!(s.upos[t], Upos::Adp | Upos::Punct) {
                    break;
                }
            }
            last.unwrap_or(end - 1)
        }
    };
    let syntactic = head;
    if s.upos[head] == Upos::Propn {
        while head + 1 < end && s.upos[head + 1] == Upos::Propn {
            head += 1;
        }
    }
    (syntactic, head)
}

/// The form of a mention that is no pronoun, from its head and first word.
fn form_of(s: &Tokens<'_>, start: usize, head: usize, words: &Words) -> Form {
    let first = s.lower[start].as_str();
    let possessed = (start..head)
        .any(|t| s.upos[t] == Upos::Pron || words.has(WordClass::PossessiveClitic, &s.lower[t]));
    if s.upos[head] == Upos::Propn {
        Form::Name
    } else if possessed {
        Form::Possessed
    } else if words.has(WordClass::DefiniteArticle, first) {
        Form::Definite
    } else if words.has(WordClass::DemonstrativeDeterminer, first) && start < head {
        Form::Demonstrative
    } else if words.has(WordClass::IndefiniteArticle, first) {
        Form::Indefinite
    } else {
        Form::Other
    }
}

/// What the head noun says of the referent.
fn head_class(lex: &Lexicon, lower: &str, lemma: &str) -> HeadClass {
    let words = &lex.words;
    if let Some(t) = lex.title(lower).or_else(|| lex.title(lemma))
        && !t.honorific
    {
        return HeadClass::Title;
    }
    if let Some(a) = lex.agent(lower) {
        return if a.collective {
            HeadClass::Collective
        } else {
            HeadClass::Agent
        };
    }
    let described = |class: WordClass| words.has(class, lower) || words.has(class, lemma);
    if described(WordClass::OrganizationDescription)
        || described(WordClass::OrganizationPluralDescription)
        || described(WordClass::CompanyDescription)
    {
        HeadClass::Organization
    } else if described(WordClass::CountryDescription) {
        HeadClass::Country
    } else {
        HeadClass::None
    }
}

/// The semantic type: the recognizer's label of the head, else what the pronoun or the
/// head noun says.
fn semantic_of(
    s: &Tokens<'_>,
    head: usize,
    pronoun: Option<Pronoun>,
    head_class: HeadClass,
) -> Semantic {
    if let Some(&(_, _, label)) = s.entities.iter().find(|e| e.0 <= head && head < e.1) {
        return match label {
            EntityLabel::Person => Semantic::Person,
            EntityLabel::Organization => Semantic::Organization,
            EntityLabel::Location => Semantic::Place,
            EntityLabel::Misc => Semantic::Other,
        };
    }
    match (pronoun, head_class) {
        (Some(Pronoun::Masculine | Pronoun::Feminine | Pronoun::FirstSingular), _) => {
            Semantic::Person
        }
        (_, HeadClass::Title | HeadClass::Agent) => Semantic::Person,
        (_, HeadClass::Collective | HeadClass::Organization) => Semantic::Organization,
        (_, HeadClass::Country) => Semantic::Place,
        _ => Semantic::Unknown,
    }
}

/// The number of a noun phrase: plural when its head noun's lemma differs from the word
/// ("ministers") or when it joins two nouns ("Egypt and Qatar").
fn number_of(s: &Tokens<'_>, start: usize, end: usize, head: usize) -> Number {
    let joined = (start + 1..end.saturating_sub(1)).any(|t| s.upos[t] == Upos::Cconj);
    match s.upos[head] {
        _ if joined => Number::Plural,
        Upos::Noun | Upos::Propn if s.lemmas[head] != s.lower[head] => Number::Plural,
        Upos::Noun | Upos::Propn | Upos::Num => Number::Singular,
        _ => Number::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::shipped_words;

    /// A sentence from `word/UPOS/head/deprel` tokens (heads from 1, 0 for the root).
    struct Owned {
        lower: Vec<String>,
        lemmas: Vec<String>,
        upos: Vec<Upos>,
        heads: Vec<usize>,
        deprels: Vec<DepRel>,
        entities: Vec<(usize, usize, EntityLabel)>,
    }

    fn sentence(spec: &str, entities: Vec<(usize, usize, EntityLabel)>) -> Owned {
        let mut o = Owned {
            lower: Vec::new(),
            lemmas: Vec::new(),
            upos: Vec::new(),
            heads: Vec::new(),
            deprels: Vec::new(),
            entities,
        };
        for t in spec.split_whitespace() {
            let f: Vec<&str> = t.split('/').collect();
            o.lower.push(f[0].to_lowercase());
            o.lemmas.push(f.get(4).unwrap_or(&f[0]).to_lowercase());
            o.upos.push(Upos::parse(f[1]).unwrap());
            let h: usize = f[2].parse().unwrap();
            o.heads.push(if h == 0 { usize::MAX } else { h - 1 });
            o.deprels.push(DepRel::parse(f[3]).unwrap());
        }
        o
    }

    fn tokens(o: &Owned, has_tree: bool) -> Tokens<'_> {
        Tokens {
            lower: &o.lower,
            lemmas: &o.lemmas,
            upos: &o.upos,
            heads: &o.heads,
            deprels: &o.deprels,
            has_tree,
            entities: &o.entities,
        }
    }

    fn lexicon() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::load_default().expect("shipped lexicon"))
    }

    const SENT: &str = "The/DET/2/det minister/NOUN/6/nsubj of/ADP/4/case Egypt/PROPN/2/nmod \
    has/AUX/6/aux met/VERB/0/root John/PROPN/6/obj Kerry/PROPN/7/flat and/CCONJ/12/cc \
    his/PRON/12/nmod:poss two/NUM/12/nummod aides/NOUN/7/conj/aide ./PUNCT/6/punct";

    #[test]
    fn forms_heads_and_roles() {
        let o = sentence(
            SENT,
            vec![(3, 4, EntityLabel::Location), (6, 8, EntityLabel::Person)],
        );
        let s = tokens(&o, true);
        let lex = lexicon();
        let m = describe(&s, 0, 0, 4, lex);
        assert_eq!(
            (m.form, m.head_word.as_str(), m.role),
            (Form::Definite, "minister", Role::Subject)
        );
        assert_eq!(
            (m.head_class, m.semantic, m.number),
            (HeadClass::Title, Semantic::Person, Number::Singular)
        );
        assert_eq!(m.core, "minister of egypt");
        let kerry = describe(&s, 0, 6, 8, lex);
        assert_eq!(
            (kerry.form, kerry.head_word.as_str()),
            (Form::Name, "kerry")
        );
        assert_eq!(
            (kerry.role, kerry.semantic),
            (Role::Object, Semantic::Person)
        );
        let his = describe(&s, 0, 9, 10, lex);
        assert_eq!(
            (his.form, his.pronoun, his.role),
            (Form::Pronoun, Some(Pronoun::Masculine), Role::Possessor)
        );
        let aides = describe(&s, 0, 9, 12, lex);
        assert_eq!(
            (aides.form, aides.number, aides.head_word.as_str()),
            (Form::Possessed, Number::Plural, "aides")
        );
        // without a tree: the last noun before the preposition, no role
        let s = tokens(&o, false);
        let m = describe(&s, 0, 0, 4, lex);
        assert_eq!(
            (m.head_word.as_str(), m.role, m.governor),
            ("minister", Role::Unknown, None)
        );
        assert!(m.before_verb && !describe(&s, 0, 6, 8, lex).before_verb);
    }

    #[test]
    fn pronoun_classes_come_from_the_word_classes() {
        let w = shipped_words();
        assert_eq!(pronoun_class(&w, "her"), Pronoun::Feminine);
        assert_eq!(pronoun_class(&w, "we"), Pronoun::FirstPlural);
        assert_eq!(pronoun_class(&w, "i"), Pronoun::FirstSingular);
        assert_eq!(pronoun_class(&w, "their"), Pronoun::Plural);
        assert_eq!(pronoun_class(&w, "which"), Pronoun::Other);
    }
}
