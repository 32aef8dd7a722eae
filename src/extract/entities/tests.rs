//! Tests of entity resolution over gold-analysed sentences.

use super::*;
use crate::extract::mentions::find_mentions;
use crate::extract::mentions::tests::{gold, lexicon, text_of};
use crate::extract::parse::Parsed;
use crate::lexicon::tests::shipped_words;

/// A document of gold-analysed sentences, its mentions found, placed and resolved as
/// the extractor does: names in text order, then pronouns and descriptions.
pub(crate) struct Resolved {
    pub parsed: Vec<Parsed<'static>>,
    /// Each sentence's text (its words joined by spaces) and word spans.
    pub texts: Vec<(String, Vec<(usize, usize)>)>,
    pub placed: Vec<Placed>,
    /// Indices into `placed` of each sentence's mentions.
    pub sentence_mentions: Vec<Vec<usize>>,
    pub reg: Registry<'static>,
}

/// Resolves the gold analyses `sentences` (see [`gold`]) with the shipped lexicon.
pub(crate) fn resolve(sentences: &[&str]) -> Resolved {
    resolve_by(sentences, Strategy::Model)
}

/// [`resolve`] with pronouns and descriptions resolved by `strategy`.
pub(crate) fn resolve_by(sentences: &[&str], strategy: Strategy) -> Resolved {
    let lex = lexicon();
    let parsed: Vec<Parsed<'static>> = sentences.iter().map(|c| gold(c)).collect();
    let (mut placed, mut sentence_mentions, mut texts) = (Vec::new(), Vec::new(), Vec::new());
    for (s, p) in parsed.iter().enumerate() {
        let (text, spans) = text_of(p);
        let mut ids = Vec::new();
        for mention in find_mentions(p, lex, &spans, &text) {
            ids.push(placed.len());
            placed.push(Placed {
                sentence: s,
                mention,
                entity: None,
                members: Vec::new(),
            });
        }
        sentence_mentions.push(ids);
        texts.push((text, spans));
    }
    let mut reg = Registry::new(&|_| None, &lex.words);
    for pm in placed.iter_mut() {
        if !matches!(
            pm.mention.kind,
            MentionKind::Pronoun | MentionKind::Description
        ) {
            pm.entity = reg.resolve_name(&pm.mention, (pm.sentence, pm.mention.start));
        }
    }
    resolve_with(&mut placed, &parsed, &mut reg, lex, strategy);
    Resolved {
        parsed,
        texts,
        placed,
        sentence_mentions,
        reg,
    }
}

fn name(text: &str, actor_type: ActorType) -> Mention {
    let end = text.split_whitespace().count();
    Mention::new(0, end, MentionKind::Name, actor_type, text.to_string())
}

#[test]
fn surnames_and_first_names_join_the_full_name() {
    let words = shipped_words();
    let mut reg = Registry::new(&|_| None, &words);
    let kerry = reg
        .resolve_name(&name("John Kerry", ActorType::Person), (0, 0))
        .unwrap();
    let ban = reg
        .resolve_name(&name("Ban Ki-moon", ActorType::Person), (0, 5))
        .unwrap();
    let sissi = reg
        .resolve_name(&name("Abdel-Fattah el-Sissi", ActorType::Person), (1, 0))
        .unwrap();
    let mut short = name("Kerry", ActorType::Person);
    short.tentative = true;
    assert_eq!(reg.resolve_name(&short, (2, 0)), Some(kerry));
    assert_eq!(
        reg.resolve_name(&name("John", ActorType::Person), (3, 0)),
        Some(kerry)
    );
    assert_eq!(
        reg.resolve_name(&name("Ban", ActorType::Person), (3, 2)),
        Some(ban)
    );
    assert_eq!(
        reg.resolve_name(&name("Sissi", ActorType::Person), (4, 0)),
        Some(sissi)
    );
    let mut unknown = name("Zurich", ActorType::Person);
    unknown.tentative = true;
    assert_eq!(reg.resolve_name(&unknown, (5, 0)), None);
    let e = &reg.entities[kerry];
    assert_eq!(e.mentions, 3);
    assert_eq!(
        e.aliases.iter().map(String::as_str).collect::<Vec<_>>(),
        ["John", "Kerry"]
    );
}

#[test]
fn linking_cannot_over_merge() {
    let words = shipped_words();
    let mut reg = Registry::new(&|_| None, &words);
    let shapps = reg
        .resolve_name(&name("Grant Shapps", ActorType::Person), (0, 0))
        .unwrap();
    // "Mr Grant": an honorific goes with a surname only
    let mut mr = name("Grant", ActorType::Person);
    mr.honorific = Some("Mr".into());
    let grant = reg.resolve_name(&mr, (1, 0)).unwrap();
    assert_ne!(grant, shapps);
    // a lone first name still joins the one person who has it
    assert_eq!(
        reg.resolve_name(&name("Grant", ActorType::Person), (2, 0)),
        Some(grant)
    );
    // "Lord Smith" is not John Smith, and "Smith" is not the peer
    let smith = reg
        .resolve_name(&name("John Smith", ActorType::Person), (3, 0))
        .unwrap();
    let lord = reg
        .resolve_name(&name("Lord Smith", ActorType::Person), (3, 5))
        .unwrap();
    assert_ne!(lord, smith);
    assert_eq!(
        reg.resolve_name(&name("Smith", ActorType::Person), (4, 0)),
        Some(smith)
    );
    // a generic head is no short form of a longer name ending with it
    let stop = reg
        .resolve_name(
            &name("Stop the War Coalition", ActorType::Organization),
            (5, 0),
        )
        .unwrap();
    let mut coalition = name("Coalition", ActorType::Organization);
    coalition.tentative = true;
    assert_eq!(reg.resolve_name(&coalition, (6, 0)), None);
    let mut brotherhood = name("Brotherhood", ActorType::Person);
    brotherhood.tentative = true;
    let mb = reg
        .resolve_name(&name("Muslim Brotherhood", ActorType::Organization), (7, 0))
        .unwrap();
    assert_eq!(reg.resolve_name(&brotherhood, (8, 0)), Some(mb));
    assert_ne!(mb, stop);
    // one country's name starting another's is no short form of it, either way round
    for (first, second) in [
        ("Niger", "Nigeria"),
        ("Nigeria", "Niger"),
        ("Oman", "Omania"),
    ] {
        let mut reg = Registry::new(&|_| None, &words);
        let a = reg
            .resolve_name(&name(first, ActorType::Country), (0, 0))
            .unwrap();
        let b = reg
            .resolve_name(&name(second, ActorType::Country), (1, 0))
            .unwrap();
        assert_ne!(a, b, "{first} / {second}");
    }
}

/// An acronym with a hyphen or digits, written alone after its long form, is the same
/// actor: the registry tests acronyms with the mention finder's `acronym_like`, so what the
/// bracket step reads as an acronym the registry finds again.
#[test]
fn an_acronym_with_a_hyphen_resolves_to_its_long_form() {
    let words = shipped_words();
    let rows: &[(&str, &str)] = &[
        ("Sudan People's Liberation Movement-North", "SPLM-N"),
        ("Sudan People's Liberation Army-in-Opposition", "SPLA-IO"),
        ("Allied Democratic Forces", "ADF"),
        ("Allied Democratic Forces", "A.D.F."),
    ];
    for &(long, short) in rows {
        let mut reg = Registry::new(&|_| None, &words);
        let id = reg
            .resolve_name(&name(long, ActorType::Organization), (0, 0))
            .unwrap();
        assert_eq!(
            reg.resolve_name(&name(short, ActorType::Organization), (1, 0)),
            Some(id),
            "{short} / {long}"
        );
    }
}

#[test]
fn longer_name_becomes_canonical_and_acronyms_resolve() {
    let words = shipped_words();
    let mut reg = Registry::new(&|_| None, &words);
    let obama = reg
        .resolve_name(&name("Obama", ActorType::Person), (0, 0))
        .unwrap();
    assert_eq!(
        reg.resolve_name(&name("Barack Obama", ActorType::Person), (1, 0)),
        Some(obama)
    );
    assert_eq!(reg.entities[obama].canonical, "Barack Obama");
    assert!(reg.entities[obama].aliases.contains("Obama"));
    let maliki = reg
        .resolve_name(&name("Nouri Maliki", ActorType::Person), (1, 5))
        .unwrap();
    assert_eq!(
        reg.resolve_name(&name("Nouri al-Maliki", ActorType::Person), (1, 9)),
        Some(maliki)
    );
    let sdf = reg
        .resolve_name(
            &name("Syrian Democratic Forces", ActorType::Organization),
            (2, 0),
        )
        .unwrap();
    assert_eq!(
        reg.resolve_name(&name("SDF", ActorType::Organization), (3, 0)),
        Some(sdf)
    );
    // a dictionary company written without its legal form: its acronym is the initials
    // of the name as written
    let mut aig = name("American International Group", ActorType::Organization);
    aig.canonical = Some(("American International Group Inc".into(), "MNCUSA".into()));
    let aig = reg.resolve_name(&aig, (4, 0)).unwrap();
    assert_eq!(
        reg.resolve_name(&name("AIG", ActorType::Organization), (5, 0)),
        Some(aig)
    );
    let lib = reg
        .resolve_name(&name("Lib Dems", ActorType::Organization), (6, 0))
        .unwrap();
    assert_eq!(
        reg.resolve_name(&name("Lib Dem", ActorType::Organization), (6, 3)),
        Some(lib)
    );
    let mut libdems = name("Liberal Democrats", ActorType::Organization);
    libdems.canonical = Some(("Liberal Democrats".into(), "GBRPTY".into()));
    assert_eq!(reg.resolve_name(&libdems, (7, 0)), Some(lib));
    assert_eq!(reg.entities[lib].canonical, "Liberal Democrats");
    assert!(!abbreviates(&words, "Democratic Party", "Democratic Party"));
    assert!(!abbreviates(&words, "Lib", "Liberal Democrats"));
    let mut brotherhood = name("Brotherhood", ActorType::Person);
    brotherhood.tentative = true;
    let mb = reg
        .resolve_name(&name("Muslim Brotherhood", ActorType::Organization), (4, 0))
        .unwrap();
    assert_eq!(reg.resolve_name(&brotherhood, (5, 0)), Some(mb));
}

const LABOUR: &str = "Labour/PROPN/2/nsubj/B-ORG and/CCONJ/4/cc the/DET/4/det \
Tories/PROPN/1/conj/B-ORG criticised/VERB/0/root the/DET/7/det government/NOUN/5/obj \
./PUNCT/5/punct";
const MINISTERS: &str = "Ministers/NOUN/2/nsubj met/VERB/0/root France/PROPN/2/obj/B-LOC \
./PUNCT/2/punct";

/// The mentions of `sentences` resolved, then the government words: `words -> actor`.
fn governments(sentences: &[&str]) -> Vec<String> {
    let mut doc = resolve(sentences);
    let lex = lexicon();
    let country_of = |prefix: &str| lex.gazetteer.country_by_code(prefix).map(str::to_string);
    resolve_governments(&mut doc.placed, &mut doc.reg, &country_of);
    doc.placed
        .iter()
        .filter(|pm| pm.mention.government)
        .map(|pm| {
            let actor = pm.entity.map_or("-", |e| &doc.reg.entities[e].canonical);
            format!("{} -> {actor}", pm.mention.name)
        })
        .collect()
}

#[test]
fn a_government_word_is_the_government_of_the_country_most_actors_belong_to() {
    // two British parties against one mention of France
    assert_eq!(
        governments(&[LABOUR, MINISTERS]),
        [
            "government -> United Kingdom government",
            "Ministers -> United Kingdom government"
        ]
    );
    // France named twice and nothing else: its government
    assert_eq!(
        governments(&[MINISTERS, MINISTERS]),
        [
            "Ministers -> France government",
            "Ministers -> France government"
        ]
    );
    let mut doc = resolve(&[LABOUR, MINISTERS]);
    let lex = lexicon();
    let country_of = |prefix: &str| lex.gazetteer.country_by_code(prefix).map(str::to_string);
    resolve_governments(&mut doc.placed, &mut doc.reg, &country_of);
    let id = doc.reg.get("United Kingdom government").unwrap();
    let e = &doc.reg.entities[id];
    assert_eq!(
        (e.kind, e.code.as_deref()),
        (ActorType::Organization, Some("GBRGOV"))
    );
    assert_eq!(e.mentions, 2);
}

#[test]
fn with_no_leading_country_a_government_word_refers_to_no_one() {
    const ONE_EACH: &str = "Labour/PROPN/2/nsubj/B-ORG met/VERB/0/root France/PROPN/2/obj/B-LOC \
    and/CCONJ/6/cc the/DET/6/det government/NOUN/3/conj ./PUNCT/2/punct";
    assert_eq!(governments(&[ONE_EACH]), ["government -> -"]);
}

/// The mentions of `sentences` resolved, then the government words: each mention that
/// names a government or is one, `words -> actor`, and the actors left with mentions.
fn named_governments(sentences: &[&str]) -> (Vec<String>, Vec<String>) {
    let mut doc = resolve(sentences);
    let lex = lexicon();
    let country_of = |prefix: &str| lex.gazetteer.country_by_code(prefix).map(str::to_string);
    resolve_governments(&mut doc.placed, &mut doc.reg, &country_of);
    let shown = doc
        .placed
        .iter()
        .filter(|pm| pm.mention.government || pm.mention.names_government)
        .map(|pm| {
            let actor = pm.entity.map_or("-", |e| &doc.reg.entities[e].canonical);
            format!("{} -> {actor}", pm.mention.name)
        })
        .collect();
    let actors = doc
        .reg
        .entities
        .iter()
        .filter(|e| e.mentions > 0)
        .map(|e| e.canonical.clone())
        .collect();
    (shown, actors)
}

const BRITISH_GOVERNMENT: &str = "The/DET/3/det British/ADJ/3/amod/B-MISC \
Government/PROPN/4/nsubj agreed/VERB/0/root ./PUNCT/4/punct";
const GOVERNMENT_OF_FRANCE: &str = "Labour/PROPN/2/nsubj/B-ORG met/VERB/0/root the/DET/4/det \
government/NOUN/2/obj of/ADP/6/case France/PROPN/4/nmod/B-LOC ./PUNCT/2/punct";

#[test]
fn a_named_government_joins_the_articles_government_of_that_country() {
    // "the British Government" and "the government" of a British article: one node
    let (shown, actors) = named_governments(&[BRITISH_GOVERNMENT, LABOUR]);
    assert_eq!(
        shown,
        [
            "British -> United Kingdom government",
            "government -> United Kingdom government"
        ]
    );
    assert!(!actors.contains(&"United Kingdom".to_string()));
    // another country's government stays that country: "the government of France" in a
    // British article
    let (shown, actors) = named_governments(&[GOVERNMENT_OF_FRANCE, LABOUR]);
    assert_eq!(
        shown,
        [
            "government of France -> France",
            "government -> United Kingdom government"
        ]
    );
    assert!(actors.contains(&"France".to_string()));
    // with no bare government word, the named government is its country, as before
    let (shown, _) = named_governments(&[BRITISH_GOVERNMENT]);
    assert_eq!(shown, ["British -> United Kingdom"]);
    // "Britain" itself stays the country next to its government
    const BRITAIN: &str = "Britain/PROPN/2/nsubj/B-LOC agreed/VERB/0/root ./PUNCT/2/punct";
    let (shown, actors) = named_governments(&[BRITAIN, BRITISH_GOVERNMENT, LABOUR]);
    assert_eq!(
        shown,
        [
            "British -> United Kingdom government",
            "government -> United Kingdom government"
        ]
    );
    assert!(actors.contains(&"United Kingdom".to_string()));
}

const DOWNING_STREET: &str = "Downing/PROPN/2/compound/B-LOC Street/PROPN/3/nsubj/I-LOC \
denied/VERB/0/root the/DET/5/det report/NOUN/3/obj ./PUNCT/3/punct";
const NO_10: &str = "No/PROPN/2/compound 10/NUM/3/nsubj said/VERB/0/root nothing/PRON/3/obj \
./PUNCT/3/punct";
const NUMBER_10: &str = "Aides/NOUN/5/nsubj at/ADP/4/case Number/PROPN/4/compound/B-LOC \
10/NUM/1/nmod/I-LOC declined/VERB/0/root ./PUNCT/5/punct";
const THE_KREMLIN: &str = "The/DET/2/det Kremlin/PROPN/3/nsubj/B-ORG welcomed/VERB/0/root \
the/DET/5/det plan/NOUN/3/obj ./PUNCT/3/punct";
const THE_WHITE_HOUSE: &str = "The/DET/3/det White/PROPN/3/compound/B-ORG House/PROPN/4/nsubj/I-ORG \
agreed/VERB/0/root ./PUNCT/4/punct";
const WESTMINSTER: &str = "Westminster/PROPN/2/nsubj/B-LOC agreed/VERB/0/root ./PUNCT/2/punct";

#[test]
fn a_seat_of_government_is_the_government_of_its_country() {
    // (sentences, each mention naming a government or being one -> its actor, whether the
    // country is left an actor of its own)
    let table: &[(&[&str], &[&str], bool)] = &[
        // the seat and "the government" of a British article: one node, no country
        (
            &[DOWNING_STREET, LABOUR],
            &[
                "Downing Street -> United Kingdom government",
                "government -> United Kingdom government",
            ],
            false,
        ),
        (
            &[NO_10, NUMBER_10, LABOUR],
            &[
                "No 10 -> United Kingdom government",
                "Number 10 -> United Kingdom government",
                "government -> United Kingdom government",
            ],
            false,
        ),
        // another country's seat is that country: "the Kremlin" in a British article
        (
            &[THE_KREMLIN, LABOUR],
            &[
                "The Kremlin -> Russia",
                "government -> United Kingdom government",
            ],
            false,
        ),
        // with no bare government word, the seat is its country (PLOVER codes "the
        // Kremlin" as Russia)
        (&[THE_WHITE_HOUSE], &["White House -> United States"], true),
    ];
    for (sentences, expected, country_left) in table {
        let (shown, actors) = named_governments(sentences);
        assert_eq!(shown, *expected, "{sentences:?}");
        assert_eq!(
            actors
                .iter()
                .any(|a| a == "United Kingdom" || a == "United States"),
            *country_left,
            "{sentences:?}: {actors:?}"
        );
    }
    // "Westminster" is no seat (as often Parliament): the country, beside the government
    let (shown, actors) = named_governments(&[WESTMINSTER, LABOUR]);
    assert_eq!(shown, ["government -> United Kingdom government"]);
    assert!(actors.contains(&"United Kingdom".to_string()));
    // the seat's name goes to the government; "Britain" stays the country's
    const BRITAIN: &str = "Britain/PROPN/2/nsubj/B-LOC agreed/VERB/0/root ./PUNCT/2/punct";
    let mut doc = resolve(&[BRITAIN, DOWNING_STREET, LABOUR]);
    let lex = lexicon();
    let country_of = |prefix: &str| lex.gazetteer.country_by_code(prefix).map(str::to_string);
    resolve_governments(&mut doc.placed, &mut doc.reg, &country_of);
    let gov = &doc.reg.entities[doc.reg.get("United Kingdom government").unwrap()];
    let uk = &doc.reg.entities[doc.reg.get("United Kingdom").unwrap()];
    assert!(gov.aliases.contains("Downing Street"), "{:?}", gov.aliases);
    assert!(!uk.aliases.contains("Downing Street"), "{:?}", uk.aliases);
    assert!(uk.aliases.contains("Britain"));
    assert_eq!((gov.mentions, uk.mentions), (2, 1));
}

/// A person's name written with the honorific `h` in front, as the title step reads it.
fn honoured(h: &str, text: &str) -> Mention {
    Mention {
        honorific: Some(h.to_string()),
        full: Some(format!("{h} {text}")),
        ..name(text, ActorType::Person)
    }
}

#[test]
fn a_knights_honorific_goes_with_the_first_name() {
    let words = shipped_words();
    let resolve_all = |names: &[Mention]| -> Vec<String> {
        let mut reg = Registry::new(&|_| None, &words);
        names
            .iter()
            .enumerate()
            .map(|(k, m)| {
                let id = reg.resolve_name(m, (k, 0));
                id.map_or("-".to_string(), |i| reg.entities[i].canonical.clone())
            })
            .collect()
    };
    // "Sir Alan Budd ... Sir Alan said": the knight named before
    assert_eq!(
        resolve_all(&[honoured("Sir", "Alan Budd"), honoured("Sir", "Alan")]),
        ["Alan Budd", "Alan Budd"]
    );
    // the knight, not another Alan of the article written without it
    assert_eq!(
        resolve_all(&[
            name("Alan Clark", ActorType::Person),
            honoured("Sir", "Alan Budd"),
            honoured("Sir", "Alan"),
        ]),
        ["Alan Clark", "Alan Budd", "Alan Budd"]
    );
    // two knights named Alan: neither
    assert_eq!(
        resolve_all(&[
            honoured("Sir", "Alan Budd"),
            honoured("Sir", "Alan Haselhurst"),
            honoured("Sir", "Alan"),
        ]),
        ["Alan Budd", "Alan Haselhurst", "Alan"]
    );
    // a headline's "Sir John" met first joins the knight named in full after it
    assert_eq!(
        resolve_all(&[honoured("Sir", "John"), honoured("Sir", "John Gieve")]),
        ["John", "John Gieve"]
    );
    let mut reg = Registry::new(&|_| None, &words);
    let a = reg.resolve_name(&honoured("Sir", "John"), (0, 0));
    let b = reg.resolve_name(&honoured("Sir", "John Gieve"), (1, 0));
    assert_eq!(a, b);
    // "Mr John Smith" met first is no "Sir John"; other honorifics keep to the surname
    assert_eq!(
        resolve_all(&[honoured("Mr", "John Smith"), honoured("Sir", "John")]),
        ["John Smith", "John"]
    );
    assert_eq!(
        resolve_all(&[honoured("Sir", "Alan Budd"), honoured("Mr", "Alan")]),
        ["Alan Budd", "Alan"]
    );
}

#[test]
fn an_acronym_with_its_head_word_is_the_long_name_it_spells() {
    let words = shipped_words();
    let org = |text: &str| name(text, ActorType::Organization);
    let mut reg = Registry::new(&|_| None, &words);
    let long = reg
        .resolve_name(&org("Federated Transport Workers Union"), (0, 0))
        .unwrap();
    // the acronym of the words before the head, and the head: the same union
    let short = reg.resolve_name(&org("FTW Union"), (1, 0)).unwrap();
    assert_eq!(long, short);
    // then the acronym of the whole fits one actor only
    let bare = reg.resolve_name(&org("FTWU"), (2, 0)).unwrap();
    assert_eq!(long, bare);
    // another head, or an acronym that spells other words, is another actor
    let council = reg.resolve_name(&org("FTW Council"), (3, 0)).unwrap();
    assert_ne!(long, council);
    let other = reg.resolve_name(&org("RMT Union"), (4, 0)).unwrap();
    assert_ne!(long, other);
}

#[test]
fn an_acronym_met_first_joins_the_name_it_spells_out() {
    let words = shipped_words();
    let org = |text: &str| name(text, ActorType::Organization);
    let mut reg = Registry::new(&|_| None, &words);
    // a headline's "CSA", then "the Child Support Agency": one actor, named in full
    let csa = reg.resolve_name(&org("CSA"), (0, 0)).unwrap();
    let agency = reg
        .resolve_name(&org("Child Support Agency"), (1, 0))
        .unwrap();
    assert_eq!(csa, agency);
    assert_eq!(reg.entities[csa].canonical, "Child Support Agency");
    assert!(reg.entities[csa].aliases.contains("CSA"));
    // a name that spells no acronym met before is an actor of its own
    let mut reg = Registry::new(&|_| None, &words);
    let csa = reg.resolve_name(&org("CSA"), (0, 0)).unwrap();
    let other = reg
        .resolve_name(&org("Child Benefit Office"), (1, 0))
        .unwrap();
    assert_ne!(csa, other);
    // a person's or a place's name never joins an acronym ("NE" and "North East")
    let mut reg = Registry::new(&|_| None, &words);
    let ne = reg.resolve_name(&org("NE"), (0, 0)).unwrap();
    let place = reg
        .resolve_name(&name("North East", ActorType::Location), (1, 0))
        .unwrap();
    assert_ne!(ne, place);
    // two acronyms alike ("IOC" twice is one; an "I.O.C." too): still one actor
    let mut reg = Registry::new(&|_| None, &words);
    let ioc = reg.resolve_name(&org("IOC"), (0, 0)).unwrap();
    let full = reg
        .resolve_name(&org("International Olympic Committee"), (1, 0))
        .unwrap();
    assert_eq!(ioc, full);
}

#[test]
fn a_bare_surname_waits_for_the_full_name_the_article_gives() {
    let words = shipped_words();
    let dictionary =
        |w: &str| (w == "Howard").then(|| ("John Howard".to_string(), "AUSGOV".to_string()));
    let person = |text: &str| name(text, ActorType::Person);
    // "Howard rebuts ..." in a headline, "Michael Howard" in the text: one person
    let mut reg = Registry::new(&dictionary, &words);
    reg.expect_full_names(["Howard", "Michael Howard"]);
    let bare = reg.resolve_name(&person("Howard"), (0, 0)).unwrap();
    let full = reg.resolve_name(&person("Michael Howard"), (1, 0)).unwrap();
    assert_eq!(bare, full);
    assert_eq!(reg.entities[full].canonical, "Michael Howard");
    // an article that names no Howard in full: the dictionary's one Howard
    let mut reg = Registry::new(&dictionary, &words);
    reg.expect_full_names(["Howard"]);
    let bare = reg.resolve_name(&person("Howard"), (0, 0)).unwrap();
    assert_eq!(reg.entities[bare].canonical, "John Howard");
    // a surname with an honorific is not bare ("Mrs Howard" may be another Howard): the
    // dictionary, as before
    let mut reg = Registry::new(&dictionary, &words);
    reg.expect_full_names(["Howard", "Michael Howard"]);
    let mrs = Mention {
        honorific: Some("Mrs".to_string()),
        ..person("Howard")
    };
    let titled = reg.resolve_name(&mrs, (0, 0)).unwrap();
    assert_eq!(reg.entities[titled].canonical, "John Howard");
}

/// A full name the recognizer typed an organization or a place, and the same person's
/// surname with a title or an honorific, in either order: one person, unless the long
/// name is an organization's (an organization word, a dictionary entry) or a place's, or
/// the surname is the dictionary's place.
#[test]
fn a_full_name_typed_otherwise_joins_the_titled_surname() {
    let words = shipped_words();
    // the dictionary of the test: these words are places
    let places = |w: &str| matches!(w, "Sheffield" | "Jordan");
    let titled = |surname: &str| {
        let mut m = name(surname, ActorType::Person);
        m.honorific = Some("Ms".into());
        m
    };
    // (long name, its type, the short form with an honorific, joined?)
    let table: [(&str, ActorType, &str, bool); 7] = [
        // "Elena Brightwater said ...", "Ms Brightwater added ..."
        (
            "Elena Brightwater",
            ActorType::Organization,
            "Brightwater",
            true,
        ),
        ("Tomas Ferrow", ActorType::Location, "Ferrow", true),
        ("Anya Del Castro", ActorType::Group, "Castro", true),
        // "Castmere Group" is a company, its "Ms Castmere" another actor
        ("Castmere Group", ActorType::Organization, "Group", false),
        // "Sheffield Hallam", a seat, is no Ms Hallam
        ("Sheffield Hallam", ActorType::Location, "Hallam", false),
        // "Ms Jordan": a surname the dictionary knows as a place
        ("Maria Jordan", ActorType::Organization, "Jordan", false),
        // four words: no person's name
        (
            "Alcohol Focus North Scotland",
            ActorType::Organization,
            "Scotland",
            false,
        ),
    ];
    for (long, kind, short, joined) in table {
        for long_first in [true, false] {
            let mut reg = Registry::new(&|_| None, &words).with_listed_otherwise(&places);
            let (a, b) = if long_first {
                let a = reg.resolve_name(&name(long, kind), (0, 0)).unwrap();
                (a, reg.resolve_name(&titled(short), (1, 0)).unwrap())
            } else {
                let b = reg.resolve_name(&titled(short), (0, 0)).unwrap();
                (reg.resolve_name(&name(long, kind), (1, 0)).unwrap(), b)
            };
            assert_eq!(
                a == b,
                joined,
                "{long} / Ms {short}, long first: {long_first}"
            );
            if joined {
                let e = &reg.entities[a];
                assert_eq!(e.kind, ActorType::Person, "{long}");
                assert_eq!(e.canonical, long);
                assert_eq!(e.settled_kind(), ActorType::Person);
            }
        }
    }
    // two full names typed otherwise end with the surname: neither
    let mut reg = Registry::new(&|_| None, &words);
    let anna = reg
        .resolve_name(&name("Anna Brightwater", ActorType::Organization), (0, 0))
        .unwrap();
    let paul = reg
        .resolve_name(&name("Paul Brightwater", ActorType::Location), (0, 4))
        .unwrap();
    let ms = reg.resolve_name(&titled("Brightwater"), (1, 0)).unwrap();
    assert!(ms != anna && ms != paul);
    // the dictionary's organization ("Pernod Ricard") is no Ms Ricard
    let mut reg = Registry::new(&|_| None, &words);
    let mut listed = name("Pernod Ricard", ActorType::Organization);
    listed.canonical = Some(("Pernod Ricard".into(), "FRABUS".into()));
    let firm = reg.resolve_name(&listed, (0, 0)).unwrap();
    assert_ne!(reg.resolve_name(&titled("Ricard"), (1, 0)), Some(firm));
}

#[test]
fn a_surname_of_several_words_joins_the_one_full_name_it_ends() {
    let words = shipped_words();
    // (full name met first, later form and its type, joined?)
    let table: [(&str, &str, ActorType, bool); 5] = [
        // "Marine Le Pen ...", "Le Pen said ..." typed a person or otherwise
        ("Marine Le Pen", "Le Pen", ActorType::Person, true),
        ("Marine Le Pen", "Le Pen", ActorType::Organization, true),
        ("Louis van Gaal", "Van Gaal", ActorType::Location, true),
        (
            "Maria Del Castro Ruiz",
            "Castro Ruiz",
            ActorType::Person,
            true,
        ),
        // not the end of the name
        ("Marine Le Pen", "Marine Le", ActorType::Organization, false),
    ];
    for (full, later, kind, joined) in table {
        let mut reg = Registry::new(&|_| None, &words);
        let a = reg
            .resolve_name(&name(full, ActorType::Person), (0, 0))
            .unwrap();
        let b = reg.resolve_name(&name(later, kind), (1, 0)).unwrap();
        assert_eq!(a == b, joined, "{full} / {later} ({kind:?})");
    }
    // two people whose names end with it: neither
    let mut reg = Registry::new(&|_| None, &words);
    let marine = reg
        .resolve_name(&name("Marine Le Pen", ActorType::Person), (0, 0))
        .unwrap();
    let jean = reg
        .resolve_name(&name("Jean-Marie Le Pen", ActorType::Person), (0, 4))
        .unwrap();
    let later = reg
        .resolve_name(&name("Le Pen", ActorType::Organization), (1, 0))
        .unwrap();
    assert!(later != marine && later != jean);
}

#[test]
fn a_bare_group_is_one_node_of_its_article_and_no_other_articles() {
    let sentences = [
        "The/DET/2/det police/NOUN/3/nsubj arrested/VERB/0/root protesters/NOUN/3/obj \
         ./PUNCT/3/punct",
        "Police/NOUN/2/nsubj charged/VERB/0/root Mr/PROPN/4/compound/B-PER \
         Cole/PROPN/2/obj/I-PER ./PUNCT/2/punct",
    ];
    let mut doc = resolve(&sentences);
    resolve_bare_groups(&mut doc.placed, &mut doc.reg, &article_key("one article"));
    let police: Vec<usize> = doc
        .placed
        .iter()
        .filter(|pm| pm.mention.bare_group && pm.mention.name == "police")
        .filter_map(|pm| pm.entity)
        .collect();
    assert_eq!(police.len(), 2);
    assert_eq!(police[0], police[1], "one node for the article's police");
    let e = &doc.reg.entities[police[0]];
    assert_eq!(e.kind, ActorType::Group);
    assert_eq!(e.mentions, 2);
    assert_eq!(e.label.as_deref(), Some("police"));
    assert!(e.aliases.contains("police"));
    assert_eq!(
        e.canonical,
        format!("police #{}", article_key("one article"))
    );
    // the same words in another article are another node; the same article, the same
    assert_ne!(article_key("one article"), article_key("another article"));
    assert_eq!(article_key("one article"), article_key("one article"));
    // a long text: the key reads a bounded head and the length
    let long = "x".repeat(200_000);
    assert_ne!(article_key(&long), article_key(&long[..199_999]));
    // a plural pronoun may refer back to a bare group, a bare group to nothing met before
    assert!(
        doc.placed
            .iter()
            .filter(|pm| pm.mention.bare_group)
            .all(|pm| pm.entity.is_some())
    );
}

/// A company written again by the first word of its name: "Brackwell" after "Brackwell
/// Martin" (any form, the long name met first), "Castmere" before or after "Castmere
/// Group" (a company's form word last, [`WordClass::CompanyWord`]), whatever type the
/// recognizer gave the lone word; never a place's body, a product, a fused pair, a region,
/// an organization word, a dictionary place, a titled surname or a person's given name.
#[test]
fn a_company_joins_its_first_word() {
    let words = shipped_words();
    // the dictionary of the test: "Sheffield" is a place, "Oakhurst" a person's surname
    let places = |w: &str| w == "Sheffield";
    let surnames = |w: &str| (w == "Oakhurst").then(|| ("Jan Oakhurst".into(), "GBR".into()));
    use ActorType::{Group, Location, Organization as Org, Person};
    // (long name and its type, lone first word and its type, long name first, joined?)
    let table: [(&str, ActorType, &str, ActorType, bool, bool); 21] = [
        // "Brackwell Martin won the order ... Brackwell said", the lone word typed a person
        ("Brackwell Martin", Org, "Brackwell", Person, true, true),
        ("Brackwell Martin", Group, "Brackwell", Person, true, true),
        // a lone word the recognizer types an organization or a place is an actor of its
        // own ("BT" and "BT Retail", "Brixton" and "Brixton Academy"), and so is a name of
        // no organization
        ("Brackwell Martin", Org, "Brackwell", Org, true, false),
        ("Brackwell Academy", Org, "Brackwell", Location, true, false),
        (
            "Brackwell Martin",
            Location,
            "Brackwell",
            Person,
            true,
            false,
        ),
        // a company's form word last: any type, either order
        ("Castmere Group", Org, "Castmere", Person, true, true),
        ("Castmere Holdings", Group, "Castmere", Location, true, true),
        ("Castmere Inc.", Location, "Castmere", Org, true, true),
        // "Castmere shares fell ... Castmere Group said"
        ("Castmere Group", Org, "Castmere", Person, false, true),
        ("Castmere Corp", Location, "Castmere", Org, false, true),
        // a unit named after its parent ("Fenwold Auto") joins a lone word met before it
        // only when met first itself
        ("Fenwold Auto", Org, "Fenwold", Person, true, true),
        ("Fenwold Auto", Org, "Fenwold", Person, false, false),
        // a body named after its place
        ("Dunmere Council", Org, "Dunmere", Person, true, false),
        (
            "Dunmere Hotel Association",
            Org,
            "Dunmere",
            Org,
            false,
            false,
        ),
        // two companies, a product, a region, an organization word
        ("Carrow and Pike", Org, "Carrow", Person, true, false),
        ("Tarrant X7", Org, "Tarrant", Person, true, false),
        ("Tarrant BLS Group", Org, "Tarrant", Person, true, false),
        ("Harwick Coastal Group", Org, "Harwick", Person, true, false),
        ("Commons Group", Org, "Commons", Person, true, false),
        // what the dictionary lists: a place, a person's surname
        ("Sheffield Steel", Org, "Sheffield", Person, true, false),
        ("Oakhurst Group", Org, "Oakhurst", Person, true, false),
    ];
    for (long, long_kind, short, short_kind, long_first, joined) in table {
        let mut reg = Registry::new(&surnames, &words).with_listed_otherwise(&places);
        let (a, b) = if long_first {
            let a = reg.resolve_name(&name(long, long_kind), (0, 0)).unwrap();
            (
                a,
                reg.resolve_name(&name(short, short_kind), (1, 0)).unwrap(),
            )
        } else {
            let b = reg.resolve_name(&name(short, short_kind), (0, 0)).unwrap();
            (reg.resolve_name(&name(long, long_kind), (1, 0)).unwrap(), b)
        };
        assert_eq!(a == b, joined, "{long} / {short}, long first: {long_first}");
        if joined {
            // more mentions of the lone word join too, and make it no person
            let c = reg.resolve_name(&name(short, short_kind), (2, 0)).unwrap();
            let d = reg.resolve_name(&name(short, Location), (3, 0)).unwrap();
            assert!(c == a && d == a, "{long}: later {short}");
            let e = &reg.entities[a];
            assert_eq!(e.canonical, long);
            assert_ne!(e.settled_kind(), Person, "{long}");
            assert_eq!(e.mentions, 4);
        }
    }
    // with a title, a surname: "Mr Brackwell" is no company
    let mut reg = Registry::new(&|_| None, &words);
    let company = reg
        .resolve_name(&name("Brackwell Martin", Org), (0, 0))
        .unwrap();
    let mut mr = name("Brackwell", Person);
    mr.honorific = Some("Mr".into());
    assert_ne!(reg.resolve_name(&mr, (1, 0)), Some(company));
    // a person's given name ("Garret" of Garret Finch) or surname ("Ford" of Henry Ford)
    // is the person's, not the company's
    let mut reg = Registry::new(&|_| None, &words);
    let garret = reg
        .resolve_name(&name("Garret Finch", Person), (0, 0))
        .unwrap();
    let holdings = reg
        .resolve_name(&name("Garret Holdings", Org), (0, 4))
        .unwrap();
    let lone = reg.resolve_name(&name("Garret", Person), (1, 0)).unwrap();
    assert_eq!(lone, garret);
    let lone = reg.resolve_name(&name("Garret", Org), (1, 4)).unwrap();
    assert_ne!(lone, holdings);
    let henry = reg
        .resolve_name(&name("Henry Ford", Person), (2, 0))
        .unwrap();
    reg.resolve_name(&name("Ford Motor", Org), (2, 4)).unwrap();
    assert_eq!(reg.resolve_name(&name("Ford", Org), (3, 0)), Some(henry));
    // two companies start with the word: neither
    let mut reg = Registry::new(&|_| None, &words);
    let group = reg
        .resolve_name(&name("Norland Group", Org), (0, 0))
        .unwrap();
    let bank = reg
        .resolve_name(&name("Norland Mutual", Org), (0, 4))
        .unwrap();
    let lone = reg.resolve_name(&name("Norland", Person), (1, 0)).unwrap();
    assert!(lone != group && lone != bank);
    // a party of the dictionary stays the dictionary's: "Labour" is no "Labour Party of
    // Ruritania" nor "Labour Holdings"
    let mut reg = Registry::new(&|_| None, &words);
    let other = reg
        .resolve_name(&name("Labour Holdings", Org), (0, 0))
        .unwrap();
    let mut labour = name("Labour", Org);
    labour.canonical = Some(("Labour Party".into(), "GBRPTY".into()));
    let party = reg.resolve_name(&labour, (1, 0)).unwrap();
    assert_ne!(party, other);
    assert_eq!(reg.entities[party].canonical, "Labour Party");
}

#[test]
fn a_name_in_other_capitals_is_the_same_actor() {
    let words = shipped_words();
    let org = |text: &str| name(text, ActorType::Organization);
    let place = |text: &str| name(text, ActorType::Location);
    // (first name, later name, one actor?)
    let table: &[(Mention, Mention, bool)] = &[
        (org("FellCom"), org("Fellcom"), true),
        (place("Dunmore"), place("DUNMORE"), true),
        (org("Acme Bank"), org("ACME BANK"), true),
        (org("Fellcom"), org("Norcom"), false),
        // a person's name is no organization's written otherwise
        (
            name("Jane Rowan", ActorType::Person),
            org("JANE ROWAN"),
            false,
        ),
    ];
    for (first, later, same) in table {
        let mut reg = Registry::new(&|_| None, &words);
        let a = reg.resolve_name(first, (0, 0)).unwrap();
        let b = reg.resolve_name(later, (1, 0)).unwrap();
        assert_eq!(a == b, *same, "{} / {}", first.name, later.name);
    }
}
