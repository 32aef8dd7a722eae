//! Mentions: the places in a sentence that refer to an actor.
//!
//! Names come from three sources that check each other: the gazetteer (known countries,
//! organizations, demonyms, capitals), the entity recognizer, and runs of proper nouns.
//! Titles in front of a name ("Turkish Prime Minister", "United Nations chief", "Sir") are
//! split off and kept as the person's role, with the country or organization that
//! qualifies them. Pronouns and definite descriptions ("the group", "the Home Secretary")
//! become mentions to resolve later.

use super::parse::Parsed;
use crate::domain::ActorType;
use crate::lexicon::WordClass;
use crate::lexicon::{ActorMatch, Form, Lexicon, Title};
use crate::nlp::{EntityLabel, Upos};

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
    /// The title means the holder leads what qualifies it.
    pub head: bool,
    /// Index (in the sentence's mention list) of the country or organization qualifying
    /// the title: "Turkish" in "Turkish Prime Minister".
    pub qualifier: Option<usize>,
    /// The title belongs to a past holder ("former").
    pub former: bool,
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
    /// Kerry"): those tokens refer to the person too.
    pub lead: Option<usize>,
}

impl Mention {
    /// The tokens that refer to the mention's actor: its title and honorific, and the name.
    pub(crate) fn tokens(&self) -> std::ops::Range<usize> {
        self.lead.unwrap_or(self.start).min(self.start)..self.end
    }
}

/// Nouns that, with "the", describe an actor mentioned before.
const DESCRIPTION_NOUNS: &[(&str, ActorType, bool)] = &[
    ("group", ActorType::Organization, false),
    ("movement", ActorType::Organization, false),
    ("organisation", ActorType::Organization, false),
    ("organization", ActorType::Organization, false),
    ("militants", ActorType::Organization, true),
    ("militant group", ActorType::Organization, false),
    ("party", ActorType::Organization, false),
    ("country", ActorType::Country, false),
    ("nation", ActorType::Country, false),
    ("kingdom", ActorType::Country, false),
    ("republic", ActorType::Country, false),
];

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// "It was because he had rejected ...", "it is clear that", "it was announced that":
/// an "it" that stands for the clause after it, not for an actor.
fn expletive_it(lex: &Lexicon, p: &Parsed<'_>, lower: &[&str], i: usize) -> bool {
    if lower[i] != "it"
        || !lower
            .get(i + 1)
            .is_some_and(|w| lex.words.has(WordClass::ExpletiveLink, w))
    {
        return false;
    }
    // past adverbs, "not", an adjective or a participle: "it is not yet clear whether"
    let mut k = i + 2;
    while k < p.len()
        && k < i + 6
        && matches!(
            p.upos[k],
            Upos::Adv | Upos::Part | Upos::Adj | Upos::Verb | Upos::Aux
        )
    {
        if lex.words.has(WordClass::ExpletiveClauseWord, lower[k]) {
            break;
        }
        k += 1;
    }
    // the clause's own word: "to" of an infinitive ("it remains committed to addressing"
    // is about something), "that" as a conjunction ("it is that concern")
    k < p.len()
        && lex.words.has(WordClass::ExpletiveClauseWord, lower[k])
        && match lower[k] {
            // "it is important to", not "it is ready to talk" (the actor is ready)
            "to" => {
                p.upos[k] == Upos::Part
                    && (i + 2..k).any(|a| lex.words.has(WordClass::ExtraposingAdjective, lower[a]))
            }
            "that" => p.upos[k] == Upos::Sconj,
            _ => true,
        }
}

fn pronoun(lower: &str) -> Option<(ActorType, bool)> {
    match lower {
        "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself" => {
            Some((ActorType::Person, false))
        }
        "it" | "its" | "itself" => Some((ActorType::Organization, false)),
        "they" | "them" | "their" | "theirs" | "themselves" => Some((ActorType::Group, true)),
        _ => None,
    }
}

/// Finds the mentions of one sentence. `text` is the document, `offsets` the byte spans of
/// the sentence's tokens (for the names as written).
pub(crate) fn find_mentions(
    p: &Parsed<'_>,
    lex: &Lexicon,
    spans: &[(usize, usize)],
    text: &str,
) -> Vec<Mention> {
    let n = p.len();
    let lower: Vec<&str> = p.lower.iter().map(String::as_str).collect();
    let surface = |s: usize, e: usize| -> String {
        let raw = &text[spans[s].0..spans[e - 1].1];
        raw.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let ner_at = |i: usize| {
        p.entities
            .iter()
            .find(|&&(s, e, _)| s <= i && i < e)
            .copied()
    };
    let name_like = |i: usize| -> bool {
        let w = p.words[i];
        if lex.words.has(WordClass::CalendarWord, lower[i]) || !w.chars().any(char::is_alphabetic) {
            return false;
        }
        // names are written with a capital (or a lower-case particle: "al-Qaeda"); a
        // recognizer's span that runs over "say they" does not make those words a name
        let cased = is_capitalized(w)
            || w.split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase));
        if !cased || lex.words.has(WordClass::LeadingModifier, lower[i]) {
            return false;
        }
        // "Bush-style", "Iraq-based": a name turned into a modifier
        if w.rsplit_once('-')
            .is_some_and(|(_, suffix)| lex.words.has(WordClass::HyphenSuffix, suffix))
        {
            return false;
        }
        if p.upos[i] == Upos::Propn {
            return true;
        }
        // function words ("Of", "All" at the start of a sentence) are no names, whatever
        // the recognizer says
        if matches!(
            p.upos[i],
            Upos::Adp
                | Upos::Det
                | Upos::Cconj
                | Upos::Sconj
                | Upos::Pron
                | Upos::Aux
                | Upos::Part
                | Upos::Adv
                | Upos::Intj
        ) {
            return false;
        }
        if let Some((_, _, label)) = ner_at(i)
            && label != EntityLabel::Misc
        {
            return true;
        }
        i > 0 && matches!(p.upos[i], Upos::Noun | Upos::Adj | Upos::X)
    };

    // every position's longest gazetteer name and title, looked up once
    let gaz_cache: Vec<Option<ActorMatch<'_>>> = (0..n)
        .map(|k| lex.gazetteer.longest_at(&p.words, &lower, k))
        .collect();
    let title_cache: Vec<Option<(usize, &Title)>> =
        (0..n).map(|k| lex.title_at(&lower, k)).collect();
    let gaz_at = |k: usize| gaz_cache.get(k).copied().flatten();
    let title_at = |k: usize| title_cache.get(k).copied().flatten();

    let mut out: Vec<Mention> = Vec::new();
    let mut pending: Option<(TitleInfo, usize)> = None; // title and where it started
    let mut honorific: Option<(String, usize)> = None;
    // a portfolio written before a title: its words, first token and end
    let mut portfolio: Option<(String, usize, usize)> = None;
    let mut i = 0;
    while i < n {
        // a title: in front of a name, or standing for its holder
        if let Some((len, title)) = title_at(i) {
            let after = i + len;
            let next_is_name = after < n
                && (name_like(after) || title_at(after).is_some_and(|(_, t)| t.honorific));
            let capital_title = is_capitalized(p.words[i]);
            if title.honorific {
                if next_is_name {
                    honorific = Some((surface(i, after), i));
                    i = after;
                    continue;
                }
            } else if next_is_name || capital_title || {
                let (k, _) = title_modifiers_start(lex, p, &out, &lower, i, false);
                k > 0
                    && (lex.words.has(WordClass::DefiniteWord, lower[k - 1])
                        || out.last().is_some_and(|m| m.end == k))
            } {
                let portfolio_words = portfolio.take().filter(|&(_, _, end)| end == i);
                let title_start = portfolio_words.as_ref().map_or(i, |&(_, start, _)| start);
                let (qualifier, former) = title_qualifier(lex, p, &out, &lower, title_start);
                // "shadow home secretary" is an opposition role, not the office
                let shadow = {
                    let (k, _) = title_modifiers_start(lex, p, &out, &lower, i, false);
                    (k..i).any(|x| lower[x] == "shadow")
                };
                let key = if shadow {
                    format!("shadow {}", title.role.to_lowercase())
                } else {
                    title.role.to_lowercase()
                };
                let base_role = match &portfolio_words {
                    Some((words, _, _)) => format!("{words} {}", title.role),
                    None => title.role.to_string(),
                };
                let key = match &portfolio_words {
                    Some((words, _, _)) => format!("{} {key}", words.to_lowercase()),
                    None => key,
                };
                let role = match (former, shadow) {
                    (true, _) => format!("former {base_role}"),
                    (false, true) => format!("shadow {base_role}"),
                    _ => base_role,
                };
                let info = TitleInfo {
                    role,
                    key,
                    head: title.head,
                    qualifier,
                    former,
                    sector: title.sector.to_string(),
                };
                if next_is_name {
                    pending = Some((info, title_start));
                } else {
                    out.push(Mention {
                        start: title_start,
                        end: after,
                        kind: MentionKind::Description,
                        actor_type: ActorType::Person,
                        name: surface(title_start, after),
                        canonical: None,
                        title: Some(info),
                        honorific: None,
                        full: None,
                        plural: false,
                        tentative: false,
                        lead: None,
                    });
                }
                i = after;
                continue;
            }
        }

        // "U.S.-backed", "Jordanian-born": a country or organization in a hyphenated word
        if let Some(m) = hyphenated_actor(p.words[i], lex) {
            pending = None;
            honorific = None;
            out.push(Mention {
                start: i,
                end: i + 1,
                ..m
            });
            i += 1;
            continue;
        }

        // "Muslim hackers", "Islamic fundamentalists": a religious group
        if lex.words.has(WordClass::ReligiousWord, lower[i])
            && is_capitalized(p.words[i])
            && let Some(k) = nonstate_agent_after(p, lex, &lower, i + 1)
        {
            pending = None;
            honorific = None;
            out.push(group_mention(i, k + 1, surface(i, k + 1)));
            i = k + 1;
            continue;
        }

        // a name: the gazetteer, the recognizer and proper-noun runs
        if name_like(i) || gaz_at(i).is_some() {
            let run_end = proper_run_end(lex, p, &lower, i, &name_like, &gaz_at);
            let gaz = gaz_at(i);
            let ner = ner_at(i).filter(|&(s, _, _)| s == i);
            // "Islamic Action Front", "Bank of England": an organization's name, whole
            let whole_org = run_end > i + 1
                && (lex
                    .words
                    .has(WordClass::OrganizationWord, lower[run_end - 1])
                    || (run_end > i + 2 && org_with_phrase(lex, &lower[i..run_end])));
            let use_gaz = match gaz {
                Some(g) => {
                    // "Syrian Democratic Forces", "Jordan Henderson": a longer name that
                    // starts with a gazetteer word is its own actor
                    let longer_name = run_end > i + g.len
                        && title_at(i + g.len).is_none()
                        && (whole_org
                            || g.entry.kind == ActorType::Person
                            || ner.is_some_and(|(_, e, l)| {
                                e >= run_end && l != EntityLabel::Misc && e > i + g.len
                            }));
                    // "Mr German", "Ms Jordan": after an honorific a place's name is a
                    // surname
                    let surname = honorific.is_some() && g.entry.kind != ActorType::Person;
                    !longer_name && !surname
                }
                None => false,
            };
            if let (true, Some(g)) = (use_gaz, gaz) {
                let e = i + g.len;
                let (kind, actor_type) = match g.entry.form {
                    Form::Demonym | Form::DemonymPlural => (MentionKind::Demonym, g.entry.kind),
                    Form::Capital => (MentionKind::Capital, g.entry.kind),
                    Form::City => (MentionKind::Name, ActorType::Location),
                    Form::Name | Form::Member => (MentionKind::Name, g.entry.kind),
                };
                // a city keeps its own name; its code still tells its country
                let canonical = Some((g.entry.canonical.to_string(), g.entry.code.to_string()));
                // "Rwandan rebels", "Serbian parliament": a people's non-state group is an
                // actor of its own; "Egyptian officials" stay Egypt
                let national = kind == MentionKind::Demonym
                    || (kind == MentionKind::Name && actor_type == ActorType::Country);
                if national && let Some(k) = nonstate_agent_after(p, lex, &lower, e) {
                    let start = if i > 0 && lower[i - 1] == "ethnic" {
                        i - 1
                    } else {
                        i
                    };
                    pending = None;
                    honorific = None;
                    out.push(group_mention(start, k + 1, surface(start, k + 1)));
                    i = k + 1;
                    continue;
                }
                push_name(
                    lex,
                    &mut out,
                    &mut pending,
                    &mut honorific,
                    Mention {
                        start: i,
                        end: e,
                        kind,
                        actor_type,
                        name: surface(i, e),
                        canonical,
                        title: None,
                        honorific: None,
                        full: None,
                        plural: g.entry.form == Form::DemonymPlural,
                        tentative: false,
                        lead: None,
                    },
                    &surface,
                );
                i = e;
                continue;
            }
            if run_end > i {
                // the run stops before a title inside it that introduces another name
                // ("Egypt President Morsi"), not before one that ends it ("Tom King")
                let mut e = i + 1;
                while e < run_end
                    && title_at(e).is_none_or(|(len, _)| {
                        // "Metropolitan Police Commissioner": "Police" ends the
                        // organization's name rather than starting the title
                        e + len >= run_end
                            || (lex.words.has(WordClass::OrganizationWord, lower[e])
                                && title_at(e + 1).is_some())
                    })
                    && !(e > i
                        && gaz_at(e).is_some_and(|g| {
                            e + g.len <= run_end
                                    && !whole_org
                                    && g.entry.form != Form::Member
                                    // "Bob Wellington", "Mike German": a person's name
                                    // the recognizer saw whole is not cut at a place
                                    && !p.entities.iter().any(|&(s, en, l)| {
                                        l == EntityLabel::Person && s <= i && en >= e + g.len
                                    })
                        }))
                {
                    e += 1;
                }
                // "Irakli Labadze of [Georgia]": a run cut before a known name does not
                // keep the connector that led to it
                while e > i + 1 && lex.words.has(WordClass::NameConnector, lower[e - 1]) {
                    e -= 1;
                }
                // "International Development Secretary Hilary Benn": an unknown capitalized
                // portfolio right before a title belongs to the title
                let portfolio_here = pending.is_none()
                    && e < n
                    && title_at(e).is_some_and(|(_, t)| !t.honorific)
                    && !lex.words.has(WordClass::OrganizationWord, lower[e - 1])
                    && !(i..e).any(|k| ner_at(k).is_some_and(|(_, _, l)| l == EntityLabel::Person));
                if portfolio_here {
                    portfolio = Some((surface(i, e), i, e));
                    i = e;
                    continue;
                }
                let class = classify_name(
                    lex,
                    p,
                    &lower,
                    i,
                    e,
                    pending.is_some() || honorific.is_some(),
                    &ner_at,
                );
                if let Some((actor_type, tentative)) = class {
                    push_name(
                        lex,
                        &mut out,
                        &mut pending,
                        &mut honorific,
                        Mention {
                            start: i,
                            end: e,
                            kind: MentionKind::Name,
                            actor_type,
                            name: surface(i, e),
                            canonical: None,
                            title: None,
                            honorific: None,
                            full: None,
                            plural: false,
                            tentative,
                            lead: None,
                        },
                        &surface,
                    );
                } else {
                    pending = None;
                    honorific = None;
                }
                i = e;
                continue;
            }
        }
        pending = None;
        honorific = None;

        if let Some((actor_type, plural)) = pronoun(lower[i])
            && p.upos[i] == Upos::Pron
            && !expletive_it(lex, p, &lower, i)
        {
            out.push(Mention {
                start: i,
                end: i + 1,
                kind: MentionKind::Pronoun,
                actor_type,
                name: p.words[i].to_string(),
                canonical: None,
                title: None,
                honorific: None,
                full: None,
                plural,
                tentative: false,
                lead: None,
            });
        } else if lower[i] == "the"
            && let Some(&(noun, actor_type, plural)) =
                DESCRIPTION_NOUNS.iter().find(|(noun, _, _)| {
                    let words: Vec<&str> = noun.split(' ').collect();
                    i + words.len() < n
                        && words
                            .iter()
                            .enumerate()
                            .all(|(k, w)| lower[i + 1 + k] == *w)
                        && !(i + words.len() + 1 < n
                            && matches!(p.upos[i + words.len() + 1], Upos::Propn | Upos::Noun))
                })
        {
            let len = noun.split(' ').count();
            out.push(Mention {
                start: i + 1,
                end: i + 1 + len,
                kind: MentionKind::Description,
                actor_type,
                name: surface(i, i + 1 + len),
                canonical: None,
                title: None,
                honorific: None,
                full: None,
                plural,
                tentative: false,
                lead: None,
            });
            i += 1 + len;
            continue;
        }
        i += 1;
    }
    out
}

/// A country or organization named in the first part of a hyphenated word whose rest is
/// lower case: "U.S.-backed", "Jordanian-born", "Hamas-run".
fn hyphenated_actor(word: &str, lex: &Lexicon) -> Option<Mention> {
    let (head, rest) = word.split_once('-')?;
    if head.is_empty() || !is_capitalized(head) || !rest.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let entry = lex
        .gazetteer
        .lookup(head)
        .into_iter()
        .filter(|e| {
            matches!(
                e.kind,
                ActorType::Country | ActorType::Organization | ActorType::Group
            )
        })
        .filter(|e| !matches!(e.form, Form::City | Form::Member))
        .min_by_key(|e| e.form)?;
    let kind = match entry.form {
        Form::Demonym | Form::DemonymPlural => MentionKind::Demonym,
        Form::Capital => MentionKind::Capital,
        _ => MentionKind::Name,
    };
    Some(Mention {
        start: 0,
        end: 0,
        kind,
        actor_type: entry.kind,
        name: head.to_string(),
        canonical: Some((entry.canonical.to_string(), entry.code.to_string())),
        title: None,
        honorific: None,
        full: None,
        plural: false,
        tentative: false,
        lead: None,
    })
}

/// The agent noun of a non-state group right after a people's name (`k`), skipping a
/// possessive and up to two adjectives: "Rwandan rebels", "Israel's high court".
fn nonstate_agent_after(
    p: &Parsed<'_>,
    lex: &Lexicon,
    lower: &[&str],
    mut k: usize,
) -> Option<usize> {
    let n = p.len();
    if k < n && matches!(lower[k], "'s" | "\u{2019}s") {
        k += 1;
    }
    let mut adjectives = 0;
    while k < n && p.upos[k] == Upos::Adj && adjectives < 2 && !is_capitalized(p.words[k]) {
        // "the UK's highest court" describes an institution, it does not name a group
        if lower[k].ends_with("est") && lower[k].len() > 4 {
            return None;
        }
        k += 1;
        adjectives += 1;
    }
    if k >= n
        || !matches!(p.upos[k], Upos::Noun | Upos::Propn)
        || lex.words.has(WordClass::PopulationNoun, lower[k])
    {
        return None;
    }
    // "Palestinian prisoner release": the agent noun must end the phrase
    if k + 1 < n && p.upos[k + 1] == Upos::Noun {
        return None;
    }
    let agent = lex.agent(lower[k])?;
    let sector = agent.sector.get(..3).unwrap_or(&agent.sector);
    (!lex.words.has(WordClass::StateSector, sector)).then_some(k)
}

fn group_mention(start: usize, end: usize, name: String) -> Mention {
    Mention {
        start,
        end,
        kind: MentionKind::Name,
        actor_type: ActorType::Group,
        name,
        canonical: None,
        title: None,
        honorific: None,
        full: None,
        plural: true,
        tentative: false,
        lead: None,
    }
}

/// Adds a name mention, attaching a pending title and honorific to it.
fn push_name(
    lex: &Lexicon,
    out: &mut Vec<Mention>,
    pending: &mut Option<(TitleInfo, usize)>,
    honorific: &mut Option<(String, usize)>,
    mut m: Mention,
    surface: &dyn Fn(usize, usize) -> String,
) {
    // "Middle England", "Southern Iraq": a region word left over in front of a place is
    // no actor of its own
    if m.kind == MentionKind::Name
        && m.canonical.is_none()
        && m.end == m.start + 1
        && pending.is_none()
        && honorific.is_none()
        && lex
            .words
            .has(WordClass::RegionWord, m.name.to_lowercase().as_str())
    {
        return;
    }
    if let Some((title, start)) = pending.take() {
        if m.kind == MentionKind::Name && matches!(m.actor_type, ActorType::Person) {
            m.full = Some(surface(start, m.end));
            m.title = Some(title);
            m.lead = Some(start);
        } else if m.kind == MentionKind::Name {
            // a title in front of something that is not a person ("Prime Minister Tony" is
            // a person; "President Hotel" is not): keep the title as a description
            out.push(Mention {
                start,
                end: m.start,
                kind: MentionKind::Description,
                actor_type: ActorType::Person,
                name: surface(start, m.start),
                canonical: None,
                title: Some(title),
                honorific: None,
                full: None,
                plural: false,
                tentative: false,
                lead: None,
            });
        }
    }
    if let Some((h, start)) = honorific.take()
        && m.actor_type == ActorType::Person
    {
        if m.full.is_none() {
            m.full = Some(format!("{h} {}", m.name));
        }
        m.honorific = Some(h);
        m.lead = Some(m.lead.unwrap_or(start).min(start));
    }
    out.push(m);
}

/// Walks back from a title at `i` over modifiers ("former", "new", adjectives) to the first
/// token that is not one; stops at a mention.
fn title_modifiers_start(
    lex: &Lexicon,
    p: &Parsed<'_>,
    out: &[Mention],
    lower: &[&str],
    i: usize,
    skip_possessive: bool,
) -> (usize, bool) {
    let mut k = i;
    let mut former = false;
    let mut portfolio = 0;
    while k > 0 {
        if out.last().is_some_and(|m| m.end == k) {
            break;
        }
        let w = lower[k - 1];
        let possessive = matches!(w, "'s" | "\u{2019}s");
        // a portfolio between qualifier and title: "Lib Dem home affairs spokesman",
        // "his transport and environment spokesman" (lower-case words only)
        let portfolio_word = portfolio < 4
            && matches!(p.upos[k - 1], Upos::Noun | Upos::Cconj)
            && p.words[k - 1].starts_with(char::is_lowercase);
        let modifier = (lex.words.has(WordClass::TitleModifier, w)
            && !matches!(w, "the" | "a" | "an" | "its")
            && !possessive)
            || p.upos[k - 1] == Upos::Adj
            || (skip_possessive && possessive)
            || portfolio_word;
        if !modifier {
            break;
        }
        portfolio += usize::from(portfolio_word);
        former |= matches!(
            w,
            "former" | "ex" | "ex-" | "late" | "then" | "retired" | "outgoing"
        );
        k -= 1;
    }
    (k, former)
}

/// The country or organization qualifying a title that starts at `i`, and whether the title
/// is a former one.
fn title_qualifier(
    lex: &Lexicon,
    p: &Parsed<'_>,
    out: &[Mention],
    lower: &[&str],
    i: usize,
) -> (Option<usize>, bool) {
    let (k, mut former) = title_modifiers_start(lex, p, out, lower, i, true);
    let qualifier = out.iter().rposition(|m| {
        m.end == k
            && matches!(
                m.kind,
                MentionKind::Name | MentionKind::Demonym | MentionKind::Capital
            )
            && matches!(
                m.actor_type,
                ActorType::Country | ActorType::Organization | ActorType::Group
            )
    });
    // "Former Egyptian President": the modifier may also stand before the qualifier
    if let Some(q) = qualifier {
        let (_, f) = title_modifiers_start(lex, p, &out[..q], lower, out[q].start, false);
        former |= f;
    }
    (qualifier, former)
}

/// End of the run of proper nouns that starts at `i`.
fn proper_run_end<'g>(
    lex: &Lexicon,
    p: &Parsed<'_>,
    lower: &[&str],
    i: usize,
    name_like: &dyn Fn(usize) -> bool,
    gaz_at: &dyn Fn(usize) -> Option<ActorMatch<'g>>,
) -> usize {
    let n = p.len();
    if !name_like(i) {
        return i;
    }
    let mut e = i + 1;
    while e < n {
        if name_like(e) {
            e += 1;
        } else if lex.words.has(WordClass::NameConnector, lower[e]) && e + 1 < n && name_like(e + 1)
        {
            // "and" joins two names only inside a recognized entity or a known name
            // ("Bosnia and Herzegovina"), never "Kerry and Ban"
            if lower[e] == "and" {
                // (nor "BBC One and BBC News": a name does not repeat its first word)
                let inside_entity = p.entities.iter().any(|&(s, en, _)| s <= i && en > e + 1)
                    && lower[e + 1] != lower[i];
                let known = gaz_at(i).is_some_and(|g| i + g.len > e + 1);
                if !(inside_entity || known) {
                    break;
                }
            }
            e += 2;
        } else {
            break;
        }
    }
    e
}

/// The actor type of an unknown name `[s, e)` and whether it is tentative, or `None` when
/// it names no actor.
/// "Court of Appeal", "Commission for Africa": a name made of an organization word and
/// its "of" or "for" phrase. Not a legislature "for" a place: one enters "Parliament for
/// Sheffield Brightside", a seat, not an organization of that name.
fn org_with_phrase(lex: &Lexicon, words: &[&str]) -> bool {
    words.len() >= 3
        && lex.words.has(WordClass::OrganizationWord, words[0])
        && (words[1] == "of"
            || (words[1] == "for"
                && !matches!(words[0], "parliament" | "assembly" | "congress" | "senate")))
}

fn classify_name(
    lex: &Lexicon,
    p: &Parsed<'_>,
    lower: &[&str],
    s: usize,
    e: usize,
    titled: bool,
    ner_at: &dyn Fn(usize) -> Option<(usize, usize, EntityLabel)>,
) -> Option<(ActorType, bool)> {
    if lex.words.has(WordClass::NonActorHead, lower[e - 1]) {
        return None;
    }
    if lex.words.has(WordClass::OrganizationWord, lower[e - 1]) {
        return Some((ActorType::Organization, false));
    }
    // "Court of Appeal", "Ministry of Defence", "Bank of England": an organization word
    // with its "of" phrase
    if e - s >= 3 && org_with_phrase(lex, &lower[s..e]) && !titled {
        return Some((ActorType::Organization, false));
    }
    if titled {
        return Some((ActorType::Person, false));
    }
    if let Some((_, _, label)) = (s..e).find_map(ner_at) {
        return match label {
            EntityLabel::Person => Some((ActorType::Person, false)),
            EntityLabel::Organization => Some((ActorType::Organization, false)),
            EntityLabel::Location => Some((ActorType::Location, false)),
            // a nationality or an event: resolvable to a known actor, never a new one
            EntityLabel::Misc => Some((ActorType::Person, true)),
        };
    }
    // without a recognizer's opinion: two or more proper nouns are most often a person;
    // a single unknown proper noun is tentative: it survives only if it names an actor
    // met before ("Kerry" after "John Kerry"), see `entities`
    let propn = (s..e).filter(|&k| p.upos[k] == Upos::Propn).count();
    if p.entities.is_empty() && propn >= 2 && e - s <= 4 {
        Some((ActorType::Person, false))
    } else if propn >= 1 {
        Some((ActorType::Person, true))
    } else {
        None
    }
}
