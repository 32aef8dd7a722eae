//! The shipped models on real sentences (not from the seed article), the stage APIs and
//! the CoNLL-U round trip.

use actorgraph::nlp::{
    Analysis, DepRel, EntityLabel, Models, Upos, Xpos, annotate_conllu, parse_conllu,
    reannotate_conllu,
};

fn models() -> Models {
    Models::load_default().expect("built-in models load")
}

fn words(s: &str) -> Vec<&str> {
    s.split(' ').collect()
}

/// The analyses of `w` by one sentence's call and by a batch's: every repair must hold in
/// both.
fn both_analyses(m: &Models, w: &[&str]) -> [Analysis; 2] {
    [m.analyze(w), m.analyze_batch(&[w.to_vec()]).remove(0)]
}

#[test]
fn models_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Models>();
    let m = models();
    let w = words("Prices rose sharply .");
    let here = m.analyze(&w);
    let there = std::thread::scope(|s| s.spawn(|| m.analyze(&w)).join().unwrap());
    assert_eq!(here, there);
}

#[test]
fn word_facts_shared_between_stages_give_the_same_analysis() {
    let m = models();
    let w = words("Iran 's foreign minister held talks with his Turkish counterpart in Ankara .");
    let whole = m.analyze(&w);
    let (mut tags, entities, facts) = m.tag_and_recognize(&w);
    let (heads, deprels) = m.parse_with(&facts, &mut tags);
    assert_eq!(tags.upos, whole.upos);
    assert_eq!(entities, whole.entities);
    assert_eq!((heads, deprels), (whole.heads, whole.deprels));
    assert!(entities.iter().any(|e| e.label == EntityLabel::Location));
}

#[test]
fn tags_and_lemmas_of_a_news_sentence() {
    let m = models();
    let w = words("The ministers were meeting in Brussels on Tuesday to discuss new sanctions .");
    let t = m.tag(&w);
    use Upos::*;
    assert_eq!(
        t.upos,
        [
            Det, Noun, Aux, Verb, Adp, Propn, Adp, Propn, Part, Verb, Adj, Noun, Punct
        ]
    );
    assert_eq!(t.xpos[2], Xpos::Vbd);
    assert_eq!(t.xpos[3], Xpos::Vbg);
    let lemmas: Vec<&str> = t.lemmas.iter().collect();
    assert_eq!(
        lemmas,
        [
            "the", "minister", "be", "meet", "in", "Brussels", "on", "Tuesday", "to", "discuss",
            "new", "sanction", "."
        ]
    );
}

#[test]
fn parses_subject_object_and_oblique() {
    let m = models();
    let w = words("The union rejected the offer from the company .");
    let a = m.analyze(&w);
    assert_eq!(a.heads, [2, 3, 0, 5, 3, 8, 8, 5, 3]);
    assert_eq!(a.deprels[1], DepRel::Nsubj);
    assert_eq!(a.deprels[2], DepRel::Root);
    assert_eq!(a.deprels[4], DepRel::Obj);
    assert_eq!(a.deprels[8], DepRel::Punct);
    // exactly one root, and every head is inside the sentence
    assert_eq!(a.heads.iter().filter(|&&h| h == 0).count(), 1);
    assert!(a.heads.iter().all(|&h| (h as usize) <= w.len()));
}

#[test]
fn passive_subject_gets_its_subtype() {
    let m = models();
    let a = m.analyze(&words("The bill was passed by parliament ."));
    assert_eq!(a.deprels[1], DepRel::NsubjPass);
    assert_eq!(a.deprels[2], DepRel::AuxPass);
    assert_eq!(a.heads[1], 4);
}

#[test]
fn recognizes_people_organizations_and_places() {
    let m = models();
    let w = words("Angela Merkel met officials of the European Union in Paris on Monday .");
    let a = m.analyze(&w);
    let found: Vec<(String, EntityLabel)> = a
        .entities
        .iter()
        .map(|e| (w[e.start..e.end].join(" "), e.label))
        .collect();
    assert!(
        found.contains(&("Angela Merkel".to_string(), EntityLabel::Person)),
        "{found:?}"
    );
    assert!(
        found.contains(&("European Union".to_string(), EntityLabel::Organization)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Paris".to_string(), EntityLabel::Location)),
        "{found:?}"
    );
}

#[test]
fn stages_agree_with_the_full_analysis() {
    let m = models();
    let w = words("Shares in Vodafone fell sharply after the results .");
    let a = m.analyze(&w);
    let t = m.tag(&w);
    assert_eq!(t.upos, a.upos);
    let (heads, rels) = m.parse(&w, &t);
    assert_eq!(heads, a.heads);
    assert_eq!(rels, a.deprels);
    assert_eq!(m.entities(&w, &t), a.entities);
    let other = words("Prices rose .");
    let batch = m.analyze_batch(&[w.clone(), other.clone(), vec![]]);
    assert_eq!(batch, [a.clone(), m.analyze(&other), m.analyze(&[])]);
    // odd tokens: empty, whitespace, control and non-Latin characters, a very long word
    let long = "x".repeat(5000);
    let odd = [
        "",
        " ",
        "\u{0}",
        "Ø",
        "北京",
        "\u{1F600}",
        long.as_str(),
        ".",
    ];
    let a = m.analyze(&odd);
    assert_eq!(a.heads.len(), odd.len());
    assert_eq!(a.heads.iter().filter(|&&h| h == 0).count(), 1);
    let empty = m.analyze(&[]);
    assert!(empty.upos.is_empty() && empty.heads.is_empty() && empty.entities.is_empty());
}

#[test]
fn conllu_output_and_reannotation_keep_the_tokens() {
    let m = models();
    let text = "Ms. Smith didn't go to Rome. She stayed home!";
    let out = annotate_conllu(&m, text);
    let sents = parse_conllu(&out).expect("our output parses");
    assert_eq!(sents.len(), 2);
    assert_eq!(
        sents[0].forms(),
        ["Ms.", "Smith", "did", "n't", "go", "to", "Rome", "."]
    );
    assert!(out.contains("# text = Ms. Smith didn't go to Rome."));
    // "did" is glued to "n't", "Rome" to "."
    assert!(sents[0].words[2].misc.contains("SpaceAfter=No"));
    assert!(sents[0].words[6].misc.contains("Entity=B-LOC"));
    let gold = "# sent_id = a\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n3.1\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n4\t!\t!\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    let re = reannotate_conllu(&m, gold).expect("valid input");
    let lines: Vec<&str> = re.lines().collect();
    assert_eq!(lines[0], "# sent_id = a");
    assert!(lines[1].starts_with("1-2\tdon't"));
    assert!(!re.contains("3.1\t"), "empty nodes are dropped");
    let back = parse_conllu(&re).unwrap();
    assert_eq!(back[0].forms(), ["do", "n't", "go", "!"]);
    assert_eq!(back[0].words[1].lemma, "not");
    assert_eq!(back[0].words[2].misc, "SpaceAfter=No");
    assert!(reannotate_conllu(&m, "1\tbad\n").is_err());
}

#[test]
fn load_dir_reports_missing_and_corrupt_files() {
    let dir = tempfile::tempdir().unwrap();
    let e = Models::load_dir(dir.path()).unwrap_err().to_string();
    assert!(
        e.contains("tagger.agm") && e.contains("no such file"),
        "{e}"
    );
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/models");
    for f in ["tagger.agm", "parser.agm", "ner.agm"] {
        std::fs::copy(shipped.join(f), dir.path().join(f)).unwrap();
    }
    assert!(Models::load_dir(dir.path()).is_ok());
    let parser = dir.path().join("parser.agm");
    let bytes = std::fs::read(&parser).unwrap();
    std::fs::write(&parser, &bytes[..bytes.len() / 2]).unwrap();
    let e = Models::load_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("parser.agm") && e.contains("truncated"), "{e}");
    let mut other_version = bytes.clone();
    other_version[8] = other_version[8].wrapping_add(1);
    std::fs::write(&parser, &other_version).unwrap();
    let e = Models::load_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("model format version"), "{e}");
    // a section's bytes start on a cache line of the file, after zero padding: a file
    // whose padding is not zero is corrupt, even when its checksum agrees
    let mut bad_padding = bytes.clone();
    assert_eq!(&bad_padding[24..28], b"PLBL");
    assert!(bad_padding[40..64].iter().all(|&b| b == 0));
    bad_padding[50] = 1;
    let n = bad_padding.len();
    let sum = model_checksum(&bad_padding[24..n - 8]);
    bad_padding[n - 8..].copy_from_slice(&sum.to_le_bytes());
    std::fs::write(&parser, &bad_padding).unwrap();
    let e = Models::load_dir(dir.path()).unwrap_err().to_string();
    assert!(
        e.contains("parser.agm") && e.contains("padding before its bytes is not zero"),
        "{e}"
    );
    // a tagger file where the parser belongs is the wrong kind
    std::fs::copy(shipped.join("tagger.agm"), &parser).unwrap();
    let e = Models::load_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("wrong model kind"), "{e}");
}

/// The checksum of a model file's payload, as `src/nlp/model_io.rs` computes it (copied
/// here: the library keeps it private), to make a file corrupt in one way only.
fn model_checksum(bytes: &[u8]) -> u64 {
    let fmix = |mut h: u64| {
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    };
    let mut h = 0x243f_6a88_85a3_08d3u64 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().unwrap());
        h = (h ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(23);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(23);
    }
    fmix(h)
}

/// A sentence the tagger leaves without a finite verb (a past tense read as a participle
/// after a long, appositive subject) is parsed again with that word as a past tense
/// (`Models::analyze`, `parse_with`): the verb becomes the root with its subject and
/// object. Captions and headlines whose participle has no object keep the participle.
/// `(sentence, verb, subject, object)`; invented sentences; the first two are read by the
/// first parse with "accused" as a participle (VBN) and a noun root.
#[test]
fn a_sentence_without_a_finite_verb_gets_its_past_tense() {
    let m = models();
    let table = [
        (
            "But the Labour Party 's shadow health secretary , Anna Ford , accused Mr Jones of ignoring the main problem with the hospital waiting lists .",
            "accused",
            "secretary",
            "Jones",
        ),
        (
            "The Liberal Democrat 's shadow chancellor , Vincent Hale , accused Mr Brown of avoiding the issue .",
            "accused",
            "chancellor",
            "Brown",
        ),
        (
            "The party 's shadow home secretary , Mark Oaten , accused Mr Clarke of avoiding the issue .",
            "accused",
            "secretary",
            "Clarke",
        ),
    ];
    for (sentence, verb, subject, object) in table {
        let w = words(sentence);
        let at = |x: &str| w.iter().position(|&y| y == x).unwrap();
        let (v, s, o) = (at(verb), at(subject), at(object));
        for a in both_analyses(&m, &w) {
            assert_eq!(a.xpos[v], Xpos::Vbd, "{sentence}");
            assert_eq!(a.heads[v], 0, "{sentence}");
            assert_eq!((a.heads[s], a.deprels[s]), (v as u32 + 1, DepRel::Nsubj));
            // the object's name, or the title it is flat to ("Mr Jones")
            let o = match a.deprels[o] {
                DepRel::Flat => a.heads[o] as usize - 1,
                _ => o,
            };
            assert_eq!((a.heads[o], a.deprels[o]), (v as u32 + 1, DepRel::Obj));
        }
        // the stage by stage API gives the same tree and tags
        let (mut tags, _, facts) = m.tag_and_recognize(&w);
        let whole = m.analyze(&w);
        assert_eq!(
            m.parse_with(&facts, &mut tags),
            (whole.heads, whole.deprels)
        );
        assert_eq!(tags.xpos, whole.xpos);
    }
    // participles of captions and headlines, with no object: left as they are
    for (sentence, participle) in [
        (
            "Talk delivered by a visiting professor at the university in May .",
            "delivered",
        ),
        ("Photos taken by our reporter in the old town .", "taken"),
        (
            "Old bridge destroyed in the storm last winter .",
            "destroyed",
        ),
    ] {
        let w = words(sentence);
        let p = w.iter().position(|&y| y == participle).unwrap();
        let a = m.analyze(&w);
        assert_eq!(a.xpos[p], Xpos::Vbn, "{sentence}");
        assert_ne!(a.heads[p], 0, "{sentence}");
    }
}

/// A name coordinated with the verb's object is a conjunct of the object, not of the verb
/// (the parser hangs it on the verb in these; `repair::coordinated_objects` moves it).
/// `(sentence, object, conjunct)`; invented sentences.
#[test]
fn a_name_coordinated_with_the_object_is_its_conjunct() {
    let m = models();
    for (sentence, object, conjunct) in [
        (
            "Michael Howard accused the minister and Gordon Brown of squabbling .",
            "minister",
            "Brown",
        ),
        (
            "Peter Mills accused the minister and John Reed of squabbling .",
            "minister",
            "John",
        ),
    ] {
        let w = words(sentence);
        let at = |x: &str| w.iter().position(|&y| y == x).unwrap();
        let a = m.analyze(&w);
        let (o, c) = (at(object), at(conjunct));
        assert_eq!(a.deprels[o], DepRel::Obj, "{sentence}");
        assert_eq!(
            (a.heads[c], a.deprels[c]),
            (o as u32 + 1, DepRel::Conj),
            "{sentence}"
        );
    }
}

/// A name after a role or description noun takes the place the parser gave the noun (which
/// becomes the name's `nmod:desc`), with its case marker. `(sentence, role, name, head of
/// the name, its relation, case marker)`; invented sentences the parser splits.
#[test]
fn a_person_after_a_role_noun_takes_its_place() {
    let m = models();
    for (sentence, role, name, head, rel, case) in [
        (
            "Acme chief Jean Dupont held talks with rival boss Clara Hume the day after the bid .",
            "boss",
            "Hume",
            "talks",
            DepRel::Nmod,
            Some("with"),
        ),
        (
            "The unions will oppose any bid from US tycoon Peter Graves .",
            "tycoon",
            "Peter",
            "bid",
            DepRel::Nmod,
            Some("from"),
        ),
        // an organization or a place the recognizer found, after the noun that describes it
        (
            "Vodafone held merger talks with US telecoms firm Verizon .",
            "firm",
            "Verizon",
            "talks",
            DepRel::Nmod,
            Some("with"),
        ),
        (
            "Lloyds held talks with US bank Citigroup .",
            "bank",
            "Citigroup",
            "talks",
            DepRel::Nmod,
            Some("with"),
        ),
        (
            "Lawyers defending former Globex chief Sam Barnes have called a new witness .",
            "chief",
            "Barnes",
            "defending",
            DepRel::Obj,
            None,
        ),
    ] {
        let w = words(sentence);
        let at = |x: &str| w.iter().position(|&y| y == x).unwrap();
        let (r, n, h) = (at(role), at(name), at(head));
        for a in both_analyses(&m, &w) {
            assert_eq!(
                (a.heads[n], a.deprels[n]),
                (h as u32 + 1, rel),
                "{sentence}"
            );
            assert_eq!((a.heads[r], a.deprels[r]), (n as u32 + 1, DepRel::NmodDesc));
            if let Some(c) = case {
                assert_eq!(a.heads[at(c)], n as u32 + 1, "{sentence}");
            }
        }
    }
}

/// Two names joined by "and" that the parser folded into one phrase or read as two
/// subjects become conjuncts. `(sentence, conjunct, its head)` as token indices; invented
/// sentences the parser gets wrong.
#[test]
fn two_names_joined_by_a_conjunction_are_conjuncts() {
    let m = models();
    for (sentence, conjunct, head) in [
        // a chain of compounds: the first "Korea" becomes the second's conjunct
        ("North Korea and South Korea held talks .", 1, 4),
        // two subjects: the second becomes the first's conjunct
        ("South Africa and New Zealand signed a trade deal .", 3, 1),
    ] {
        let w = words(sentence);
        for a in both_analyses(&m, &w) {
            assert_eq!(
                (a.heads[conjunct], a.deprels[conjunct]),
                (head as u32 + 1, DepRel::Conj),
                "{sentence}"
            );
        }
    }
}

/// In `sentence` (words split by spaces) the word `name` hangs on `head` with `rel`, by
/// one sentence's analysis and by a batch's.
fn assert_attached(m: &Models, sentence: &str, name: &str, head: &str, rel: DepRel) {
    let w = words(sentence);
    let at = |x: &str| w.iter().position(|&y| y == x).unwrap();
    for a in both_analyses(m, &w) {
        assert_eq!(
            (a.heads[at(name)], a.deprels[at(name)]),
            (at(head) as u32 + 1, rel),
            "{sentence}"
        );
    }
}

/// A name right after a verb that the labeler called an oblique with no preposition is the
/// verb's object (`repair::caseless_name_object`); a time phrase keeps its label.
/// `(sentence, name, verb, relation)`; invented sentences.
#[test]
fn a_caseless_name_after_the_verb_is_its_object() {
    let m = models();
    for (sentence, name, verb, rel) in [
        // labelled `obl` with the title's adjective starting the phrase
        (
            "Angela Merkel urged Argentine President Javier Milei to cut tariffs .",
            "Javier",
            "urged",
            DepRel::Obj,
        ),
        // labelled an agent with no "by"
        (
            "Shinzo Abe hosted Kenyan President William Ruto in Osaka on Monday .",
            "William",
            "hosted",
            DepRel::Obj,
        ),
        // a day after the verb stays a time phrase; a place with its preposition an oblique
        (
            "Trade rose Tuesday in Tokyo .",
            "Tuesday",
            "rose",
            DepRel::OblUnmarked,
        ),
        (
            "Trade rose Tuesday in Tokyo .",
            "Tokyo",
            "rose",
            DepRel::Obl,
        ),
    ] {
        assert_attached(&m, sentence, name, verb, rel);
    }
}

/// A name after a reported clause that the parser hung on the main verb as a second
/// subject is the object of the verb right before it (`repair::object_read_as_subject`);
/// a subject after its verb with none before it (an inversion) stays. `(sentence, name,
/// head, relation)`; invented sentences.
#[test]
fn a_second_subject_after_a_clause_is_its_object() {
    let m = models();
    for (sentence, name, head, rel) in [
        (
            "The union said on Friday it would support Maria Lopez .",
            "Maria",
            "support",
            DepRel::Obj,
        ),
        (
            "Paris said on Thursday it would support Maria Lopez .",
            "Maria",
            "support",
            DepRel::Obj,
        ),
        (
            "Berlin said on Tuesday it would support Joe Biden .",
            "Joe",
            "support",
            DepRel::Obj,
        ),
        // an inversion after a quote: the one subject of "said"
        (
            "\" The talks failed , \" said Maria Lopez .",
            "Maria",
            "said",
            DepRel::Nsubj,
        ),
    ] {
        assert_attached(&m, sentence, name, head, rel);
    }
}

/// A word the greedy parser hung on a punctuation mark moves to the mark's head and is
/// labelled again there (UD: punctuation heads no word). Invented sentences where the full
/// stop became the head of the meeting's second party; `(sentence, name, verb)`.
#[test]
fn punctuation_heads_no_word() {
    let m = models();
    for (sentence, name, verb) in [
        (
            "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Moscow on Friday .",
            "Luiz",
            "met",
        ),
        (
            "Chinese President Xi Jinping met South African President Cyril Ramaphosa in Delhi on Sunday .",
            "Cyril",
            "met",
        ),
    ] {
        let w = words(sentence);
        let at = |x: &str| w.iter().position(|&y| y == x).unwrap();
        for a in both_analyses(&m, &w) {
            for (i, &h) in a.heads.iter().enumerate() {
                if h != 0 && a.upos[h as usize - 1] == Upos::Punct {
                    assert_eq!(a.upos[i], Upos::Punct, "{sentence}: {}", w[i]);
                }
            }
            assert_eq!(
                (a.heads[at(name)], a.deprels[at(name)]),
                (at(verb) as u32 + 1, DepRel::Obj),
                "{sentence}"
            );
        }
    }
}

/// A role noun the parser read as a second subject right before a person's name becomes
/// the name's description (a verb has one subject). `(sentence, role, name)`; invented
/// sentences the parser splits.
#[test]
fn a_role_read_as_a_second_subject_describes_the_name() {
    let m = models();
    for (sentence, role, name) in [
        (
            "Dutch security coordinator Pieter Jansen met Tomasz Nowak in Warsaw .",
            "coordinator",
            "Pieter",
        ),
        (
            "Danish energy commissioner Lars Holm met Tomasz Nowak in Oslo .",
            "commissioner",
            "Lars",
        ),
    ] {
        let w = words(sentence);
        let at = |x: &str| w.iter().position(|&y| y == x).unwrap();
        for a in both_analyses(&m, &w) {
            assert_eq!(
                (a.heads[at(role)], a.deprels[at(role)]),
                (at(name) as u32 + 1, DepRel::NmodDesc),
                "{sentence}"
            );
            let subjects = a.deprels.iter().filter(|&&r| r == DepRel::Nsubj).count();
            assert_eq!(subjects, 1, "{sentence}");
        }
    }
}
