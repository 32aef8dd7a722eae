//! Mentions: the places in a sentence that refer to an actor.
//!
//! [`find_mentions`] reads a sentence left to right. At each position it tries the steps
//! below in this order; the first that recognizes something there records it and says
//! where reading goes on, and when none does the word is passed over.
//!
//! 0. **A name defined by an acronym in brackets** ([`acronyms`]): "the Cooperative for the
//!    Development of Congo (CODECO)": first, as the bracket settles where the name starts
//!    and ends, over the recognizer's cut and any title or known name inside it.
//! 1. **A title or honorific** ([`titles`]): "Prime Minister", "the former general",
//!    "Mr". In front of a name it waits for that name; with no name after it, a title
//!    standing after "the" or a possessive is a description of its holder ("Egypt's new
//!    leader"). Titles come first because their words are capitalized too ("Secretary of
//!    State John Kerry"): read as a name, the title would swallow the person's name.
//! 2. **A hyphenated actor** ([`names`]): "U.S.-backed", "Hamas-run": one word that would
//!    otherwise read as a modifier.
//!    A combining form right before the hyphen of a pair of sides ([`combining`]): "Sino"
//!    in "Sino - Russian", once [`super::hyphen_pairs`] cut the word.
//! 3. **A religious group** ([`descriptions`]): "Islamist militants": before names, so that
//!    the capitalized adjective does not start a proper-noun run.
//! 4. **A party named by capitalised common words** ([`parties`]): "Civic Platform",
//!    "the Law and Justice party", "Law and Justice leader X": a run the text marks as a
//!    party's name, which the name step would cut or drop.
//! 5. **A name** ([`names`]): the gazetteer's names, demonyms and capitals, and runs of
//!    proper nouns the recognizer and the tagger support. A demonym or country followed
//!    by a non-state agent noun is that people's group instead ("Rwandan rebels",
//!    [`descriptions`]); a capitalized portfolio right before a title joins that title
//!    ("International Development Secretary", [`titles`]). A name takes the title and
//!    honorific read in front of it.
//! 6. **A pronoun or a definite description** ([`descriptions`]): "he", "its", "the
//!    group", "the kingdom"; an "it" that stands for a clause ("it is clear that") is
//!    none. Last, as they are lower-case words no earlier step claims; they resolve to an
//!    actor later, in [`super::entities`].
//!
//! Any word that is neither a title nor a name ends what a title or honorific was waiting
//! for: "President" in "the President said" is no one's title.
//!
//! Where a new kind of mention goes: a new way of writing a name belongs to [`names`]; a
//! new word in front of a name that is not part of it (a rank, a modifier of an office)
//! to [`titles`]; a mention by a common noun or a pronoun to [`descriptions`]. Words the
//! steps key on are word classes of `assets/lexicon/words.tsv` ([`WordClass`]): a new
//! word of an existing kind is a row there, not code.

mod acronyms;
mod combining;
mod descriptions;
mod ministries;
pub(crate) use acronyms::{acronym_like, spells};
pub(crate) use descriptions::{keep_arguments, people_of_persons};
mod names;
mod parties;
mod titles;

use super::parse::Parsed;
use crate::domain::ActorType;
use crate::lexicon::{ActorMatch, Lexicon, Title, WordClass};
use crate::nlp::{EntityLabel, Upos};
use crate::text::is_format;

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name: "John Kerry", "Hamas", "Egypt".
    Name,
    /// A demonym: "Egyptian" (officials), "Israelis".
    Demonym,
    /// A capital standing for its government: "Washington".
    Capital,
    /// A personal pronoun: "he", "its".
    Pronoun,
    /// A definite description: "the group", "the Home Secretary", "Egypt's new leader".
    Description,
}

/// A title in front of (or standing for) a person.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TitleInfo {
    /// The role as it reads: "Prime Minister", "former President".
    pub role: String,
    /// The role without "former", lower case, for matching descriptions.
    pub key: String,
    /// The role as its holder is registered with it: without "former", lower case.
    /// It differs from `key` in the order of a shadow and a portfolio ("shadow
    /// International Development Secretary" against "international development shadow
    /// secretary").
    pub held_key: String,
    /// The title means the holder leads what qualifies it.
    pub head: bool,
    /// Index (in the sentence's mention list) of the country or organization qualifying
    /// the title: "Turkish" in "Turkish Prime Minister".
    pub qualifier: Option<usize>,
    /// The title belongs to a past holder ("former").
    pub former: bool,
    /// The title is the opposition's counterpart of the office ("shadow chancellor").
    pub shadow: bool,
    /// CAMEO sector of the title (GOV, MIL, ...).
    pub sector: String,
}

/// One mention in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is.
    pub kind: MentionKind,
    /// The type of actor it names (for pronouns and descriptions: the type it can refer to;
    /// `Group` for plural pronouns that may refer to any collective).
    pub actor_type: ActorType,
    /// The name as written (titles excluded): "John Kerry", "U.S.".
    pub name: String,
    /// Canonical name and code from the gazetteer.
    pub canonical: Option<(String, String)>,
    /// A title in front of the name, or the title of a description.
    pub title: Option<TitleInfo>,
    /// An honorific written with the name ("Mr", "Sir").
    pub honorific: Option<String>,
    /// Title and name as written: "Secretary of State John Kerry".
    pub full: Option<String>,
    /// The pronoun or description is plural ("they", "the militants").
    pub plural: bool,
    /// An unknown single name: kept only if it resolves to an actor met before.
    pub tentative: bool,
    /// First token of the title or honorific written in front of the name, which the
    /// parser may make the head of the phrase ("Secretary" in "Secretary of State John
    /// Kerry"): those tokens refer to the person too. For a bare group, the first word of
    /// the count in front of it ("Thousands" in "Thousands of protesters").
    pub lead: Option<usize>,
    /// Index (in the sentence's mention list) of the country or organization a group
    /// belongs to, named in front of it: "Kurdish" in "Kurdish fighters", "PKK" in "PKK
    /// guerrillas".
    pub affiliate: Option<usize>,
    /// A description that names an actor of its own when it refers to no actor met
    /// before: "the international coalition".
    pub standalone: bool,
    /// A word for the government of the article's country, with no name of its own
    /// ("the government", "ministers"): it refers to that country
    /// ([`super::entities::resolve_governments`]), not to an actor met before.
    pub government: bool,
    /// A country's name with a government word ("the British Government", "Government of
    /// Iraq", "Iraq's government") or a seat of its government ("Downing Street", "the
    /// Kremlin": [`crate::lexicon::Form::Seat`]): the country, unless the article also
    /// speaks of its government with no name, which it then joins
    /// ([`super::entities::resolve_governments`]).
    pub names_government: bool,
    /// A place's name with a government word, maybe after a `subnational_modifier` ("the
    /// Kerala government", "the Ontario provincial government", "the government of
    /// Bihar"): the region's or state's own government, which acts as the place's node
    /// (a place alone does not act; [`super::entities::governments::place_governments`]),
    /// not the country's.
    pub place_government: bool,
    /// A person's name or possessive pronoun that names the government the person serves
    /// ("the Modi government", "his administration", "the regime of Bashar al-Assad": a
    /// [`crate::lexicon::WordClass::LeaderGovernment`] word after it, or before "of" and
    /// it): it stands for that person's state, or for no one when they serve none
    /// ([`super::entities::resolve_leader_governments`]).
    pub leader_government: bool,
    /// A group named by a common noun phrase alone ("police", "the unions", "medical
    /// workers"): a group actor of the article, kept only as an argument of a clause
    /// ([`keep_arguments`]) and resolved to no actor met before
    /// ([`super::entities::resolve_bare_groups`]).
    pub bare_group: bool,
    /// A description of two actors named before ("the pair", "both men", "the two
    /// leaders"): it refers to a coordination of two actors
    /// ([`super::entities::resolve_references`]), never to one.
    pub dual: bool,
    /// A description of the representatives of actors named before ("the ministers",
    /// "the three leaders" after "the foreign ministers of A, B and C"): it refers to the
    /// actors of an earlier phrase headed by the same noun
    /// ([`super::entities::resolve_references`]); one that finds none keeps what it had
    /// ("the ministers" the article's government, "the leaders" no one).
    pub collective: bool,
    /// A state's mention by its ministry or department written as a name with the state
    /// ("Chile's Foreign Ministry", "the Ministry of Defence of Georgia", [`ministries`]):
    /// "the ministry" later may refer to that state
    /// ([`super::entities::resolve_ministries`]).
    pub ministry: bool,
    /// A title introduced by an indefinite article as the subject of its clause ("A
    /// federal judge in Texas on Friday blocked ..."): the wire lede's delayed
    /// identification, whose holder the next sentence names ("U.S. District Judge X
    /// said ..."). It refers to that holder or to no one, never to an actor met before
    /// ([`super::entities::resolve_references`]).
    pub indefinite: bool,
    /// A description of a business by a noun with modifiers of its own, or by its trade
    /// ("the Italian bank", "the Virginia-based company", "the carmaker",
    /// [`descriptions`]' `trade_description`): it narrows itself, so that it may refer to
    /// an organization met before that is not the one in focus and does not carry the noun
    /// in its name.
    pub modified: bool,
    /// An organization's name written with its state's name in front ("the US Securities
    /// and Exchange Commission", "the UK Gambling Commission"): the name without the state,
    /// which the article may write next ("the Securities and Exchange Commission") for the
    /// same body (`state_prefixed_body`, [`super::entities`]).
    pub state_bare: Option<String>,
    /// A name that the sentence's own marks make an organization's or a place's, with no
    /// dictionary entry behind it: a party named by its members' word before one of its
    /// people ("a Green senator") or by a bare party word after "the" ("the Left",
    /// [`parties`]), a settlement's name ("the town of X", `settlement_of`). Its type is as
    /// firm as a dictionary name's, so a common word alone stays a name.
    pub marked: bool,
}

impl Mention {
    /// A mention of tokens `[start, end)` with nothing known beyond what it is.
    pub(crate) fn new(
        start: usize,
        end: usize,
        kind: MentionKind,
        actor_type: ActorType,
        name: String,
    ) -> Mention {
        Mention {
            start,
            end,
            kind,
            actor_type,
            name,
            canonical: None,
            title: None,
            honorific: None,
            full: None,
            plural: false,
            tentative: false,
            lead: None,
            affiliate: None,
            standalone: false,
            government: false,
            names_government: false,
            place_government: false,
            leader_government: false,
            bare_group: false,
            dual: false,
            collective: false,
            ministry: false,
            indefinite: false,
            modified: false,
            state_bare: None,
            marked: false,
        }
    }

    /// The tokens that refer to the mention's actor: its title and honorific, and the name.
    pub(crate) fn tokens(&self) -> std::ops::Range<usize> {
        self.lead.unwrap_or(self.start).min(self.start)..self.end
    }
}

/// "Tanzanian President Samia Suluhu Hassan", "Alberta Premier Danielle Smith": a people's
/// word, or a place's or a country's name, right before the title of a person's name (one
/// of `others`, the mentions of its sentence) is the scope of that title, the person's
/// nationality or seat, an affiliation, never an actor of a clause nor a conjunct of a
/// coordination, however the parser hangs it ("X and Tanzanian President Y met" parsed
/// with "Tanzanian" as a conjunct of X; "Ontario Premier Doug Ford criticised Y" with
/// "Ontario" the subject and the rest its `flat` part) (construction
/// `scope_before_title`).
pub(crate) fn scope_before_title<'m>(
    m: &Mention,
    mut others: impl Iterator<Item = &'m Mention>,
) -> bool {
    (m.kind == MentionKind::Demonym
        || matches!(m.actor_type, ActorType::Location | ActorType::Country))
        && others.any(|n| {
            n.title.is_some() && n.lead == Some(m.end) && n.actor_type == ActorType::Person
        })
}

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Longest name a mention may have, in bytes. A longer run of capitalized words (a list, a
/// headline in capitals, a blob of text) names no actor: it is dropped, not cut, since a
/// name cut at a limit would name no one, and no actor is named by a paragraph.
pub(crate) const MAX_NAME_BYTES: usize = 200;

/// Finds the mentions of one sentence. `text` is the document, `spans` the byte spans of
/// the sentence's tokens (for the names as written).
pub(crate) fn find_mentions(
    p: &Parsed<'_>,
    lex: &Lexicon,
    spans: &[(usize, usize)],
    text: &str,
) -> Vec<Mention> {
    let mut finder = Finder::new(Sentence::new(p, lex, spans, text));
    let mut i = 0;
    while i < finder.s.len() {
        i = Finder::STEPS
            .iter()
            .find_map(|step| step(&mut finder, i))
            .unwrap_or(i + 1);
    }
    finder.out.retain(|m| m.name.len() <= MAX_NAME_BYTES);
    if super::relations::enabled("owner_after_group") {
        descriptions::name_owned_groups(&finder.s, &mut finder.out);
    }
    finder.out
}

/// A step of [`find_mentions`]: records what it recognizes at a position and returns where
/// reading goes on, or `None` when it recognizes nothing there (the next step tries).
type Step<'a> = fn(&mut Finder<'a>, usize) -> Option<usize>;

impl<'a> Finder<'a> {
    /// The steps in the order they are tried at each position (see the module docs).
    const STEPS: [Step<'a>; 8] = [
        Finder::defined_by_acronym,
        Finder::title,
        Finder::hyphenated,
        Finder::combining_form,
        Finder::religious_group,
        Finder::party_name,
        Finder::name,
        Finder::reference,
    ];
}

/// One sentence as the steps read it: its analysis, and what the lexicon says of each
/// position, looked up once.
struct Sentence<'a> {
    p: &'a Parsed<'a>,
    lex: &'a Lexicon,
    /// Lower-case words.
    lower: Vec<&'a str>,
    spans: &'a [(usize, usize)],
    text: &'a str,
    /// The longest gazetteer name starting at each position.
    gazetteer: Vec<Option<ActorMatch<'a>>>,
    /// The longest title starting at each position, and its length.
    titles: Vec<Option<(usize, &'a Title)>>,
    /// Whether each word may be part of a name ([`Sentence::name_like`]).
    name_like: Vec<bool>,
}

impl<'a> Sentence<'a> {
    fn new(
        p: &'a Parsed<'a>,
        lex: &'a Lexicon,
        spans: &'a [(usize, usize)],
        text: &'a str,
    ) -> Sentence<'a> {
        let lower: Vec<&str> = p.lower.iter().map(String::as_str).collect();
        let n = p.len();
        let gazetteer = (0..n)
            .map(|k| lex.gazetteer.longest_at(&p.words, &lower, k))
            .collect();
        let titles = (0..n).map(|k| lex.title_at(&lower, k)).collect();
        let mut s = Sentence {
            p,
            lex,
            lower,
            spans,
            text,
            gazetteer,
            titles,
            name_like: Vec::new(),
        };
        s.name_like = (0..n).map(|k| s.word_is_name_like(k)).collect();
        s
    }

    fn len(&self) -> usize {
        self.p.len()
    }

    /// The word at `k` is a member of `class`.
    fn has(&self, class: WordClass, k: usize) -> bool {
        self.lex.words.has(class, self.lower[k])
    }

    /// The words `[s, e)` as written, white space folded to single spaces, format
    /// characters dropped, and a name particle cut from its name by a space joined to it
    /// again ("al- Qaeda" -> "al-Qaeda").
    fn surface(&self, s: usize, e: usize) -> String {
        let raw = &self.text[self.spans[s].0..self.spans[e - 1].1];
        let mut out = String::with_capacity(raw.len());
        for w in raw
            .split(|c: char| c.is_whitespace() || is_format(c))
            .filter(|w| !w.is_empty())
        {
            let last = out.rsplit(' ').next().unwrap_or_default().to_lowercase();
            if !out.is_empty() && !self.lex.words.has(WordClass::NameParticle, &last) {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    }

    /// The word at `k` opens its sentence: only punctuation (an opening quote, a dash)
    /// stands before it.
    fn sentence_initial(&self, k: usize) -> bool {
        self.p.upos[..k].iter().all(|&u| u == Upos::Punct)
    }

    /// The recognizer's entity covering `k`.
    fn ner_at(&self, k: usize) -> Option<(usize, usize, EntityLabel)> {
        self.p
            .entities
            .iter()
            .find(|&&(s, e, _)| s <= k && k < e)
            .copied()
    }

    /// The longest gazetteer name starting at `k`.
    fn gaz_at(&self, k: usize) -> Option<ActorMatch<'a>> {
        self.gazetteer.get(k).copied().flatten()
    }

    /// The longest title starting at `k`, and its length.
    fn title_at(&self, k: usize) -> Option<(usize, &'a Title)> {
        self.titles.get(k).copied().flatten()
    }

    /// The word at `k` may be part of a name.
    fn name_like(&self, k: usize) -> bool {
        self.name_like[k]
    }
}

/// A title read in front of a name, waiting for it.
struct PendingTitle {
    title: TitleInfo,
    /// Its first token.
    start: usize,
}

/// An honorific read in front of a name, waiting for it.
struct PendingHonorific {
    /// As written: "Mr", "Sir".
    honorific: String,
    /// Its first token.
    start: usize,
}

/// A capitalized portfolio read right before a title, which the title takes: "International
/// Development" Secretary.
struct Portfolio {
    words: String,
    start: usize,
    end: usize,
}

/// The mentions found so far, and what the words read leave waiting for the next ones.
struct Finder<'a> {
    s: Sentence<'a>,
    out: Vec<Mention>,
    pending: Option<PendingTitle>,
    honorific: Option<PendingHonorific>,
    portfolio: Option<Portfolio>,
}

impl<'a> Finder<'a> {
    fn new(s: Sentence<'a>) -> Finder<'a> {
        Finder {
            s,
            out: Vec::new(),
            pending: None,
            honorific: None,
            portfolio: None,
        }
    }

    /// Drops the title and honorific waiting for a name: what came after them is none.
    fn forget_title(&mut self) {
        self.pending = None;
        self.honorific = None;
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::extract::parse::from_conllu;

    /// The words of a gold analysis joined by single spaces, and each word's byte span.
    pub(crate) fn text_of(p: &Parsed<'_>) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for w in &p.words {
            if !text.is_empty() {
                text.push(' ');
            }
            spans.push((text.len(), text.len() + w.len()));
            text.push_str(w);
        }
        (text, spans)
    }

    /// The shipped lexicon, loaded once for all the tests of this module.
    pub(crate) fn lexicon() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::load_default().expect("shipped lexicon"))
    }

    /// A gold analysis written compactly: one token after another, each
    /// `word/UPOS/head/deprel` with an entity tag (`B-PER`, `I-PER`...) after a fifth
    /// slash where there is one; heads count from 1, 0 for the root; lemmas are the lower-case
    /// words, or written after the word and `=` (`said=say/VERB/0/root`).
    pub(crate) fn gold(tokens: &str) -> Parsed<'static> {
        let conllu: String = tokens
            .split_whitespace()
            .enumerate()
            .map(|(i, token)| {
                let f: Vec<&str> = token.split('/').collect();
                let entity = f.get(4).map_or("_".to_string(), |e| format!("Entity={e}"));
                let (word, upos, head, rel) = (f[0], f[1], f[2], f[3]);
                let (word, lemma) = match word.split_once('=') {
                    Some((w, l)) if !w.is_empty() && !l.is_empty() => (w, l.to_string()),
                    _ => (word, word.to_lowercase()),
                };
                format!(
                    "{} {word} {lemma} {upos} _ _ {head} {rel} _ {entity}\n",
                    i + 1
                )
            })
            .collect();
        from_conllu(Box::leak(conllu.into_boxed_str()))
    }

    /// The mentions of a gold analysis ([`gold`]) with the shipped lexicon.
    pub(crate) fn mentions(tokens: &str) -> Vec<Mention> {
        let p = gold(tokens);
        let (text, spans) = text_of(&p);
        find_mentions(&p, lexicon(), &spans, &text)
    }

    /// One line per mention: `kind type "name"`, then what else it carries.
    pub(crate) fn show(ms: &[Mention]) -> Vec<String> {
        ms.iter()
            .map(|m| {
                let mut s = format!("{:?} {} {:?}", m.kind, m.actor_type, m.name);
                if let Some((canonical, _)) = &m.canonical {
                    s += &format!(" ={canonical}");
                }
                if let Some(t) = &m.title {
                    s += &format!(" [{}]", t.role);
                    if let Some(q) = t.qualifier {
                        s += &format!(" of {:?}", ms[q].name);
                    }
                }
                if let Some(full) = &m.full {
                    s += &format!(" full={full:?}");
                }
                if let Some(a) = m.affiliate {
                    s += &format!(" in {:?}", ms[a].name);
                }
                if m.plural {
                    s += " plural";
                }
                if m.tentative {
                    s += " tentative";
                }
                s
            })
            .collect()
    }

    const DRIVER: &str = "Turkish/ADJ/3/amod/B-MISC Prime/PROPN/3/compound Minister/PROPN/5/nmod:desc \
    Mr/PROPN/5/nmod:desc Kaya/PROPN/6/nsubj/B-PER told/VERB/0/root \
    U.S.-backed/ADJ/8/amod militants/NOUN/6/obj that/SCONJ/11/mark he/PRON/11/nsubj \
    met/VERB/6/ccomp the/DET/13/det group/NOUN/11/obj ./PUNCT/6/punct";

    #[test]
    fn the_steps_run_left_to_right_and_each_claims_its_words() {
        assert_eq!(
            show(&mentions(DRIVER)),
            [
                "Demonym country \"Turkish\" =Turkey",
                "Name person \"Kaya\" [Prime Minister] of \"Turkish\" full=\"Prime Minister Mr Kaya\"",
                "Name country \"U.S.\" =United States",
                "Name group \"U.S.-backed militants\" plural",
                "Pronoun person \"he\"",
                "Description organization \"the group\"",
            ]
        );
    }

    const NO_NAME: &str = "The/DET/2/det President/PROPN/3/nsubj said/VERB/0/root they/PRON/5/nsubj \
    agreed/VERB/3/ccomp ./PUNCT/3/punct";

    #[test]
    fn a_title_with_no_name_after_it_describes_its_holder() {
        let ms = mentions(NO_NAME);
        assert_eq!(
            show(&ms),
            [
                "Description person \"President\" [President]",
                "Pronoun group \"they\" plural",
            ]
        );
        assert_eq!((ms[0].tokens(), ms[1].tokens()), (1..2, 3..4));
    }
}
