//! Tests of the extraction driver over gold analyses, and a development aid.

use super::*;
use crate::domain::ActorType;
use crate::lexicon::LexiconSources;

const ACTORS: &str = "#actorgraph-lexicon v1
# surface\tcanonical\ttype\tform\tcode
Russia\tRussia\tcountry\tname\tRUS
Russian\tRussia\tcountry\tdemonym\tRUS
China\tChina\tcountry\tname\tCHN
Chinese\tChina\tcountry\tdemonym\tCHN
India\tIndia\tcountry\tname\tIND
Indian\tIndia\tcountry\tdemonym\tIND
Iran\tIran\tcountry\tname\tIRN
Iranian\tIran\tcountry\tdemonym\tIRN
Tehran\tIran\tcountry\tcapital\tIRN
Saudi Arabia\tSaudi Arabia\tcountry\tname\tSAU
Yemen\tYemen\tcountry\tname\tYEM
Ukraine\tUkraine\tcountry\tname\tUKR
Poland\tPoland\tcountry\tname\tPOL
Britain\tUnited Kingdom\tcountry\tname\tGBR
British\tUnited Kingdom\tcountry\tdemonym\tGBR
United Kingdom\tUnited Kingdom\tcountry\tname\tGBR
Israel\tIsrael\tcountry\tname\tISR
Turkey\tTurkey\tcountry\tname\tTUR
Ankara\tTurkey\tcountry\tcapital\tTUR
France\tFrance\tcountry\tname\tFRA
French\tFrance\tcountry\tdemonym\tFRA
Syria\tSyria\tcountry\tname\tSYR
United States\tUnited States\tcountry\tname\tUSA
Washington\tUnited States\tcountry\tcapital\tUSA
Hezbollah\tHezbollah\torganization\tname\tLBNREBHEZ
Pentagon\tUnited States Military\torganization\tname\tUSAMIL
Pakistan\tPakistan\tcountry\tname\tPAK
al-Qaeda\tal-Qaeda\torganization\tname\tIMGMUSALQ
";
const AGENTS: &str = "#actorgraph-lexicon v1
# noun\tsector\tkind
officials\tGOV\tcollective
government\tGOV\tcollective
";
const TITLES: &str = "#actorgraph-lexicon v1
# title\trole\tsector\thead
president\tPresident\tGOV\tyes
leader\tleader\tGOV\tyes
ayatollah\tAyatollah\tREL\tno
foreign secretary\tForeign Secretary\tGOV\tno
";
const TRIGGERS: &str = "#actorgraph-lexicon v1
# lemma\tpos\tobject\tcameo\tclass\tgoldstein\tframe\tsource
talks\tnoun\t-\t040\tmeets\t1.0\tprep:with,event_noun,mutual\tcurated
meet\tverb\t-\t040\tmeets\t1.0\tobj,prep:with,mutual\tcurated
reject\tverb\t-\t120\topposes\t-4.0\tobj\tcurated
criticise\tverb\t-\t111\topposes\t-2.0\tobj\tcurated
criticize\tverb\t-\t111\topposes\t-2.0\tobj\tcurated
condemn\tverb\t-\t111\topposes\t-2.0\tobj\tcurated
backer\tnoun\t-\t050\tbacks\t3.5\tagent_noun,prep:of\tcurated
sympathetic\tadj\t-\t050\tbacks\t3.5\tprep:to\tcurated
at odds\tidiom\t-\t110\topposes\t-2.0\tprep:with,mutual\tcurated
";

fn lexicon() -> Lexicon {
    Lexicon::from_sources(LexiconSources {
        actors: ACTORS,
        agents: AGENTS,
        titles: TITLES,
        triggers: TRIGGERS,
        object_sets: "#actorgraph-lexicon v1\n# set\tword\n",
        verb_forms: "#actorgraph-lexicon v1\n# form\tlemma\n",
        words: include_str!("../../assets/lexicon/words.tsv"),
        constructions: include_str!("../../assets/lexicon/constructions.tsv"),
        offices: "",
        sectors: include_str!("../../assets/lexicon/sectors.tsv"),
        common_words: include_str!("../../assets/lexicon/common_words.tsv"),
        person_nouns: include_str!("../../assets/lexicon/person_nouns.tsv"),
    })
    .unwrap()
}

/// Gold analyses of the test sentences, looked up by their words.
pub(crate) struct GoldAnnotator(pub Vec<&'static str>);

impl Annotator for GoldAnnotator {
    type Pending = ();

    fn parse(&self, _: &mut Parsed<'_>, _: ()) {}

    fn tag<'a>(&self, words: &[&'a str]) -> (Parsed<'a>, ()) {
        for conllu in &self.0 {
            let gold = parse::from_conllu(conllu);
            if gold.words == words {
                let mut p = Parsed {
                    words: words.to_vec(),
                    lower: gold.lower.clone(),
                    upos: gold.upos.clone(),
                    lemmas: gold.lemmas.clone(),
                    heads: gold.heads.clone(),
                    deprels: gold.deprels.clone(),
                    entities: gold.entities.clone(),
                    ..Parsed::default()
                };
                p.finish();
                return (p, ());
            }
        }
        panic!("no gold analysis for {words:?}");
    }
}

fn run(text: &str, gold: &[&'static str]) -> DocumentGraph {
    extract_document(
        &Document::new("t", text),
        &lexicon(),
        &GoldAnnotator(gold.to_vec()),
    )
}

fn edges(g: &DocumentGraph) -> Vec<String> {
    g.statements.iter().map(ToString::to_string).collect()
}

fn actors(g: &DocumentGraph) -> Vec<String> {
    g.actors
        .iter()
        .map(|a| format!("{}:{}", a.id, a.kind))
        .collect()
}

const PUTIN: &str = "
1 Russian Russian ADJ JJ _ 2 amod _ Entity=B-MISC
2 President President PROPN NNP _ 3 nmod:desc _ _
3 Vladimir Vladimir PROPN NNP _ 5 nsubj _ Entity=B-PER
4 Putin Putin PROPN NNP _ 3 flat _ Entity=I-PER
5 held hold VERB VBD _ 0 root _ _
6 talks talk NOUN NNS _ 5 obj _ _
7 with with ADP IN _ 11 case _ _
8 Chinese Chinese ADJ JJ _ 11 amod _ Entity=B-MISC
9 and and CCONJ CC _ 10 cc _ _
10 Indian Indian ADJ JJ _ 8 conj _ Entity=B-MISC
11 officials official NOUN NNS _ 6 nmod _ _
12 on on ADP IN _ 13 case _ _
13 Monday Monday PROPN NNP _ 5 obl _ _
14 . . PUNCT . _ 5 punct _ _
";

#[test]
fn talks_with_coordinated_demonyms_and_title_affiliation() {
    let text =
        "Russian President Vladimir Putin held talks with Chinese and Indian officials on Monday.";
    let g = run(text, &[PUTIN]);
    assert_eq!(
        actors(&g),
        [
            "Russia:country",
            "Vladimir Putin:person",
            "China:country",
            "India:country"
        ]
    );
    assert_eq!(
        edges(&g),
        [
            "Vladimir Putin -affiliated_with-> Russia [President]",
            "Vladimir Putin -meets/sym-> China [talks]",
            "Vladimir Putin -meets/sym-> India [talks]",
        ]
    );
    let putin = &g.actors[1];
    assert!(putin.roles.contains("President"));
    assert!(putin.aliases.contains("President Vladimir Putin"));
    // evidence spans slice the text
    let ev = &g.statements[1].evidence;
    assert_eq!(&text[ev.start..ev.end], ev.text);
    assert_eq!(
        &text[g.statements[1].trigger_span.start..g.statements[1].trigger_span.end],
        "talks"
    );
}

const ODDS: &str = "
1 Iran Iran PROPN NNP _ 7 nsubj _ Entity=B-LOC
2 and and CCONJ CC _ 4 cc _ _
3 Saudi Saudi PROPN NNP _ 4 compound _ Entity=B-LOC
4 Arabia Arabia PROPN NNP _ 1 conj _ Entity=I-LOC
5 are be AUX VBP _ 7 cop _ _
6 at at ADP IN _ 7 case _ _
7 odds odds NOUN NNS _ 0 root _ _
8 over over ADP IN _ 9 case _ _
9 Yemen Yemen PROPN NNP _ 7 obl _ Entity=B-LOC
10 . . PUNCT . _ 7 punct _ _
";

#[test]
fn coordinated_subjects_at_odds_are_symmetric() {
    let g = run("Iran and Saudi Arabia are at odds over Yemen.", &[ODDS]);
    assert_eq!(edges(&g), ["Iran -opposes/sym-> Saudi Arabia [at odds]"]);
    assert_eq!(
        actors(&g),
        ["Iran:country", "Saudi Arabia:country", "Yemen:country"]
    );
}

const BACKERS: &str = "
1 Ukraine Ukraine PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 thanked thank VERB VBD _ 0 root _ _
3 its its PRON PRP$ _ 4 nmod:poss _ _
4 backers backer NOUN NNS _ 2 obj _ _
5 such such ADJ JJ _ 7 case _ _
6 as as ADP IN _ 5 fixed _ _
7 Poland Poland PROPN NNP _ 4 nmod _ Entity=B-LOC
8 and and CCONJ CC _ 9 cc _ _
9 Britain Britain PROPN NNP _ 7 conj _ Entity=B-LOC
10 . . PUNCT . _ 2 punct _ _
";

#[test]
fn agent_noun_with_examples_and_possessive_pronoun() {
    let g = run(
        "Ukraine thanked its backers such as Poland and Britain.",
        &[BACKERS],
    );
    assert_eq!(
        edges(&g),
        [
            "Poland -backs-> Ukraine [backers]",
            "United Kingdom -backs-> Ukraine [backers]"
        ]
    );
    assert_eq!(g.actors[0].mentions, 2, "Ukraine and its");
}

const KHAMENEI: &str = "
1 Iran Iran PROPN NNP _ 4 nmod:poss _ Entity=B-LOC
2 's 's PART POS _ 1 case _ _
3 supreme supreme ADJ JJ _ 4 amod _ _
4 leader leader NOUN NN _ 13 nsubj _ _
5 , , PUNCT , _ 7 punct _ _
6 Ayatollah Ayatollah PROPN NNP _ 7 nmod:desc _ _
7 Ali Ali PROPN NNP _ 4 appos _ Entity=B-PER
8 Khamenei Khamenei PROPN NNP _ 7 flat _ Entity=I-PER
9 , , PUNCT , _ 7 punct _ _
10 is be AUX VBZ _ 13 cop _ _
11 far far ADV RB _ 12 advmod _ _
12 less less ADV RBR _ 13 advmod _ _
13 sympathetic sympathetic ADJ JJ _ 0 root _ _
14 to to ADP IN _ 15 case _ _
15 Washington Washington PROPN NNP _ 13 obl _ Entity=B-LOC
16 . . PUNCT . _ 13 punct _ _
";

#[test]
fn appositive_names_the_agent_and_less_sympathetic_is_weak_opposition() {
    let g = run(
        "Iran's supreme leader, Ayatollah Ali Khamenei, is far less sympathetic to Washington.",
        &[KHAMENEI],
    );
    assert_eq!(
        edges(&g),
        [
            "Ali Khamenei -affiliated_with-> Iran [leader]",
            "Ali Khamenei -opposes/weak-> United States [sympathetic]",
        ]
    );
    assert!(
        g.actors
            .iter()
            .any(|a| a.id == "United States" && a.aliases.contains("Washington"))
    );
}

const CONDEMNED: &str = "
1 Israel Israel PROPN NNP _ 3 nsubj:pass _ Entity=B-LOC
2 was be AUX VBD _ 3 aux:pass _ _
3 condemned condemn VERB VBN _ 0 root _ _
4 by by ADP IN _ 5 case _ _
5 Turkey Turkey PROPN NNP _ 3 obl:agent _ Entity=B-LOC
6 , , PUNCT , _ 10 punct _ _
7 but but CCONJ CC _ 10 cc _ _
8 Syria Syria PROPN NNP _ 10 nsubj _ Entity=B-LOC
9 did do AUX VBD _ 10 aux _ _
10 not not PART RB _ 3 conj _ _
11 . . PUNCT . _ 3 punct _ _
";

const NOT_CRITICIZE: &str = "
1 France France PROPN NNP _ 4 nsubj _ Entity=B-LOC
2 did do AUX VBD _ 4 aux _ _
3 not not PART RB _ 4 advmod _ _
4 criticize criticize VERB VB _ 0 root _ _
5 Hezbollah Hezbollah PROPN NNP _ 4 obj _ Entity=B-ORG
6 . . PUNCT . _ 4 punct _ _
";

#[test]
fn passive_agent_and_negation() {
    let g = run(
        "Israel was condemned by Turkey, but Syria did not. France did not criticize Hezbollah.",
        &[CONDEMNED, NOT_CRITICIZE],
    );
    assert_eq!(edges(&g), ["Turkey -opposes-> Israel [condemned]"]);
    assert!(
        g.actors
            .iter()
            .any(|a| a.id == "Hezbollah" && a.kind == ActorType::Organization)
    );
}

const CALLED: &str = "
1 Ankara Ankara PROPN NNP _ 3 nsubj _ Entity=B-LOC
2 has have AUX VBZ _ 3 aux _ _
3 called call VERB VBN _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 PKK PKK PROPN NNP _ 3 obj _ Entity=B-ORG
6 a a DET DT _ 8 det _ _
7 terrorist terrorist ADJ JJ _ 8 amod _ _
8 organization organization NOUN NN _ 3 xcomp _ _
9 . . PUNCT . _ 3 punct _ _
";

#[test]
fn calling_someone_a_terrorist_is_opposition() {
    let g = run(
        "Ankara has called the PKK a terrorist organization.",
        &[CALLED],
    );
    assert_eq!(edges(&g), ["Turkey -opposes-> PKK [called]"]);
    assert_eq!(actors(&g), ["Turkey:country", "PKK:organization"]);
}

const ZAWAHRI: &str = "
1 Ayman Ayman PROPN NNP _ 9 nsubj _ Entity=B-PER
2 al-Zawahri al-Zawahri PROPN NNP _ 1 flat _ Entity=I-PER
3 , , PUNCT , _ 5 punct _ _
4 the the DET DT _ 5 det _ _
5 leader leader NOUN NN _ 1 appos _ _
6 of of ADP IN _ 7 case _ _
7 al-Qaeda al-Qaeda PROPN NNP _ 5 nmod _ Entity=B-ORG
8 , , PUNCT , _ 5 punct _ _
9 criticized criticize VERB VBD _ 0 root _ _
10 Pakistan Pakistan PROPN NNP _ 9 obj _ Entity=B-LOC
11 . . PUNCT . _ 9 punct _ _
";

#[test]
fn appositive_title_with_of_phrase_is_an_affiliation() {
    let g = run(
        "Ayman al-Zawahri, the leader of al-Qaeda, criticized Pakistan.",
        &[ZAWAHRI],
    );
    assert_eq!(
        edges(&g),
        [
            "Ayman al-Zawahri -affiliated_with-> al-Qaeda [leader]",
            "Ayman al-Zawahri -opposes-> Pakistan [criticized]",
        ]
    );
}

const STRAW_1: &str = "
1 British British ADJ JJ _ 3 amod _ Entity=B-MISC
2 Foreign Foreign PROPN NNP _ 3 compound _ _
3 Secretary Secretary PROPN NNP _ 4 nmod:desc _ _
4 Jack Jack PROPN NNP _ 6 nsubj _ Entity=B-PER
5 Straw Straw PROPN NNP _ 4 flat _ Entity=I-PER
6 met meet VERB VBD _ 0 root _ _
7 Iranian Iranian ADJ JJ _ 8 amod _ Entity=B-MISC
8 officials official NOUN NNS _ 6 obj _ _
9 in in ADP IN _ 10 case _ _
10 Tehran Tehran PROPN NNP _ 6 obl _ Entity=B-LOC
11 . . PUNCT . _ 6 punct _ _
";

const STRAW_2: &str = "
1 He he PRON PRP _ 3 nsubj _ _
2 later later ADV RB _ 3 advmod _ _
3 criticised criticise VERB VBD _ 0 root _ _
4 the the DET DT _ 6 det _ _
5 Pentagon Pentagon PROPN NNP _ 6 compound _ Entity=B-ORG
6 officials official NOUN NNS _ 3 obj _ _
7 . . PUNCT . _ 3 punct _ _
";

const STRAW_3: &str = "
1 Straw Straw PROPN NNP _ 2 nsubj _ Entity=B-PER
2 said say VERB VBD _ 0 root _ _
3 Washington Washington PROPN NNP _ 4 nsubj _ Entity=B-LOC
4 agreed agree VERB VBD _ 2 ccomp _ _
5 . . PUNCT . _ 2 punct _ _
";

#[test]
fn pronouns_surnames_and_state_institutions_across_sentences() {
    let g = run(
        "British Foreign Secretary Jack Straw met Iranian officials in Tehran. He later criticised the Pentagon officials. Straw said Washington agreed.",
        &[STRAW_1, STRAW_2, STRAW_3],
    );
    assert_eq!(
        edges(&g),
        [
            "Jack Straw -affiliated_with-> United Kingdom [Foreign Secretary]",
            "Jack Straw -meets/sym-> Iran [met]",
            "United States Military -affiliated_with-> United States [part of the United States military]",
            "Jack Straw -opposes-> United States Military [criticised]",
        ]
    );
    let straw = g.actors.iter().find(|a| a.id == "Jack Straw").unwrap();
    assert_eq!(straw.mentions, 3, "Jack Straw, He, Straw");
    let iran = g.actors.iter().find(|a| a.id == "Iran").unwrap();
    assert!(iran.aliases.contains("Tehran") && iran.aliases.contains("Iranian"));
}

/// Development aid: prints the analysis, mentions and statements of the text in the
/// environment variable `EXPLAIN` (`EXPLAIN="..." cargo test --release explain -- --ignored
/// --nocapture`).
#[test]
#[ignore = "development aid, prints"]
fn explain() {
    let text = std::env::var("EXPLAIN").unwrap_or_default();
    let lex = Lexicon::load_default().unwrap();
    let models = crate::nlp::Models::load_default().unwrap();
    let seg = segment(&text);
    for s in &seg.sentences {
        let words: Vec<&str> = seg.tokens[s.token_range()]
            .iter()
            .map(|t| t.text(&text))
            .collect();
        let sp: Vec<(usize, usize)> = seg.tokens[s.token_range()]
            .iter()
            .map(|t| (t.span.start, t.span.end))
            .collect();
        let p = models.annotate(&words);
        for i in 0..p.len() {
            let h = p.head(i).map_or(0, |h| h + 1);
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                i + 1,
                p.words[i],
                p.lemmas[i],
                p.upos[i],
                h,
                p.deprels[i]
            );
        }
        println!("entities: {:?}", p.entities);
        for m in mentions::find_mentions(&p, &lex, &sp, &text) {
            println!(
                "  {:?} {:?} [{}..{}] {:?} canon={:?} title={:?} tentative={}",
                m.kind,
                m.actor_type,
                m.start,
                m.end,
                m.name,
                m.canonical,
                m.title.as_ref().map(|t| (&t.role, t.qualifier)),
                m.tentative
            );
        }
    }
    let g = extract_document(&Document::new("explain", text.clone()), &lex, &models);
    for a in &g.actors {
        println!(
            "ACTOR {} ({}) aliases={:?} roles={:?} mentions={}",
            a.id, a.kind, a.aliases, a.roles, a.mentions
        );
    }
    for s in &g.statements {
        println!("EDGE {s}");
    }
}

/// A one-word name that nothing firm types and that the article also writes in lower case
/// is a common word, no actor, unless the words around it cue its type (the shipped models).
#[test]
fn a_capitalized_word_the_article_writes_in_lower_case_is_no_actor() {
    let lex = Lexicon::load_default().unwrap();
    let models = crate::nlp::Models::load_default().unwrap();
    // (text, an actor it must not have, an actor (id or id:type) it must have)
    let table: &[(&str, &str, Option<&str>)] = &[
        // tune rows
        (
            "Casinos also offer free drinks to players. The casinos deny it.",
            "Casinos",
            None,
        ),
        (
            "Borrowing rose again in March. Analysts said borrowing would slow.",
            "Borrowing",
            None,
        ),
        // an organization word written alone names the institution
        (
            "The bill was passed by Parliament on Monday. The parliament is divided.",
            "Government",
            Some("Parliament"),
        ),
        // check rows, written before the rule ran on them
        (
            "Pensions will be cut, Labour said. The pensions of nurses are safe.",
            "Pensions",
            Some("Labour Party:organization"),
        ),
        (
            "Mortgage lending fell in May. The mortgage market is weak.",
            "Mortgage",
            None,
        ),
    ];
    for (text, absent, present) in table {
        let g = extract_document(&Document::new("t", *text), &lex, &models);
        let found = actors(&g);
        assert!(
            !found.iter().any(|a| a.split(':').next() == Some(*absent)),
            "{text}: {found:?}"
        );
        if let Some(p) = present {
            let named = |a: &String| a == p || a.split(':').next() == Some(*p);
            assert!(found.iter().any(named), "{text}: {found:?}");
        }
    }
}

/// A month written short without its period (`calendar_word`: "Feb", "Oct") is no actor,
/// alone or in front of a name.
#[test]
fn a_month_written_short_is_no_actor() {
    let lex = Lexicon::load_default().unwrap();
    let models = crate::nlp::Models::load_default().unwrap();
    let text =
        "Feb Fiji signs a deal with Tonga.\nTalks began. Feb saw Tonga sign a deal with Fiji.";
    let g = extract_document(&Document::new("t", text), &lex, &models);
    let found = actors(&g);
    assert!(!found.iter().any(|a| a.starts_with("Feb")), "{found:?}");
    assert!(found.iter().any(|a| a.starts_with("Fiji:")), "{found:?}");
}

/// `bracket_short_form`: an acronym in brackets after an organization's name is its
/// short form, whether or not it spells the name; a bracket after a person or a country's
/// acronym in brackets names no short form.
#[test]
fn an_acronym_in_brackets_after_an_organisation_is_its_short_form() {
    crate::extract::relations::testing::assert_relations(&[
        (
            "Peru's government suspended talks with the National Liberation Army (ELN) on \
             Monday. President Ana Ruiz accused the ELN of attacking villages.",
            &[
                "Peru -opposes-> National Liberation Army [suspended talks]",
                "Ana Ruiz -opposes-> National Liberation Army [accused]",
            ],
        ),
        (
            "The alliance includes the National Salvation Front (NAS). Chile's envoy, Ana \
             Ruiz, accused NAS of attacking a convoy.",
            &["Ana Ruiz -opposes-> National Salvation Front [accused]"],
        ),
        (
            "The Democratic Party (US) criticised the Labour Party (UK). The US backed the UK.",
            &[
                "Democratic Party -opposes-> Labour Party [criticised]",
                "United States -backs-> United Kingdom [backed]",
            ],
        ),
    ]);
}

/// `bracket_met_first`: an acronym met first, alone (a headline's), and then in brackets
/// after the name it spells, is that name's short form: one actor.
#[test]
fn an_acronym_met_first_and_then_in_brackets_joins_the_name() {
    crate::extract::relations::testing::assert_relations(&[(
        "KMC, Ford cut output as sales fall\n\nCar firms Kestrel Motor Corporation (KMC) and \
         Ford have cut production. KMC accused Toyota of dumping cars.",
        &["Kestrel Motor Corporation -opposes-> Toyota [accused]"],
    )]);
}

/// Border senses of `triggers.tsv` (`verb_review.tsv`, border14): a border is shared, and
/// its other side follows "with" or "to"; closing opposes it, reopening (CAMEO 050) backs
/// it, a border closed for no actor or with no agent states nothing.
#[test]
fn a_border_closed_or_reopened_relates_the_side_after_with_or_to() {
    crate::extract::relations::testing::assert_relations(&[
        (
            "Latvia closed its border with Belarus on Friday.",
            &["Latvia -opposes-> Belarus [closed its border]"],
        ),
        (
            "Georgia sealed its border with Azerbaijan after the riots.",
            &["Georgia -opposes-> Azerbaijan [sealed its border]"],
        ),
        (
            "Croatia shut the crossing with Serbia overnight.",
            &["Croatia -opposes-> Serbia [shut the crossing]"],
        ),
        (
            "Laos reopened its border with Vietnam for trade.",
            &["Laos -backs-> Vietnam [reopened its border]"],
        ),
        ("Laos closed the border for the New Year.", &[]),
        ("The border with Vietnam was closed on Sunday.", &[]),
    ]);
}
