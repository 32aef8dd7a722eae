//! Mentions by common nouns and pronouns: definite descriptions ("the group", "the
//! kingdom"), personal pronouns ("he", "its"), and groups named by a people or a religion
//! and an agent noun ("Rwandan rebels", "Islamist militants").
//!
//! Descriptions and pronouns refer to an actor met before and resolve later
//! ([`crate::extract::entities`]); an "it" that stands for a clause ("it is clear that")
//! refers to nothing. A group named by a people's word and a non-state agent noun is an
//! actor of its own, not the people's country ("Egyptian officials" stay Egypt: officials
//! are of the state).

use super::{Finder, Mention, MentionKind, Sentence, is_capitalized};
use crate::domain::ActorType;
use crate::extract::parse::Parsed;
use crate::extract::relations::enabled as relations_enabled;
use crate::lexicon::{Lexicon, TriggerPos, WordClass};
use crate::nlp::{DepRel, Upos};

/// The pronoun classes, with the type of actor and the number of each.
const PRONOUNS: &[(WordClass, ActorType, bool)] = &[
    (WordClass::PersonPronoun, ActorType::Person, false),
    (WordClass::NeuterPronoun, ActorType::Organization, false),
    (WordClass::PluralPronoun, ActorType::Group, true),
    (
        WordClass::FirstPersonSingularPronoun,
        ActorType::Person,
        false,
    ),
    (WordClass::FirstPersonPluralPronoun, ActorType::Group, true),
];

/// The classes of nouns that with "the" describe an actor met before, with the type of
/// actor and the number of each.
const DESCRIPTIONS: &[(WordClass, ActorType, bool)] = &[
    (
        WordClass::OrganizationDescription,
        ActorType::Organization,
        false,
    ),
    (
        WordClass::OrganizationPluralDescription,
        ActorType::Organization,
        true,
    ),
    (
        WordClass::SoleOrganizationDescription,
        ActorType::Organization,
        false,
    ),
    (WordClass::CountryDescription, ActorType::Country, false),
    // `kind_description`: read as the one actor of the noun's kind
    // ([`crate::extract::entities`]), a plural one as a bare group
    (
        WordClass::ArmedGroupDescription,
        ActorType::Organization,
        false,
    ),
    (WordClass::MediaDescription, ActorType::Organization, false),
    // (`kind_body`: "the regulator" is no other class's)
    (
        WordClass::RegulatorDescription,
        ActorType::Organization,
        false,
    ),
];

/// Words that may stand between an expletive "it" and its linking verb's clause word ("it
/// is not yet clear whether"), at most.
const MAX_EXPLETIVE_GAP: usize = 4;

/// Modifiers that may stand between the article and the noun of a business description
/// ("the British energy major", "the consumer goods group"), at most
/// ([`Sentence::trade_description`]).
const MAX_TRADE_MODIFIERS: usize = 3;

/// Adjectives that may stand between a people's word and its agent noun ("Kurdish armed
/// rebels"), at most.
const MAX_GROUP_ADJECTIVES: usize = 2;

/// Lower-case modifiers that may stand in front of a bare group's head ("public sector
/// unions", "medical workers"), at most.
const MAX_BARE_GROUP_MODIFIERS: usize = 2;

/// Words that may stand between a people's word and the person noun it modifies, past the
/// people's own ("Australian and British suspects", "UK and foreign terror suspects": a
/// list of peoples, its coordinators and adjectives), at most ([`people_of_persons`]).
const MAX_PEOPLE_LIST_WORDS: usize = 4;

impl Sentence<'_> {
    /// "It was because he had rejected ...", "it is clear that", "it was announced that":
    /// an "it" at `i` that stands for the clause after it, not for an actor.
    fn expletive_it(&self, i: usize) -> bool {
        let p = self.p;
        let linked = self.has(WordClass::ExpletivePronoun, i)
            && i + 1 < self.len()
            && self.has(WordClass::ExpletiveLink, i + 1);
        if !linked {
            return false;
        }
        // past adverbs, "not", an adjective or a participle: "it is not yet clear whether"
        let mut k = i + 2;
        while k < p.len()
            && k < i + 2 + MAX_EXPLETIVE_GAP
            && matches!(
                p.upos[k],
                Upos::Adv | Upos::Part | Upos::Adj | Upos::Verb | Upos::Aux
            )
        {
            if self.has(WordClass::ExpletiveClauseWord, k) {
                break;
            }
            k += 1;
        }
        if k >= p.len() || !self.has(WordClass::ExpletiveClauseWord, k) {
            return false;
        }
        // the clause's own word: "to" of an infinitive ("it remains committed to
        // addressing" is about something), "that" as a conjunction ("it is that concern")
        if self.has(WordClass::InfinitiveMarker, k) {
            // "it is important to", not "it is ready to talk" (the actor is ready)
            p.upos[k] == Upos::Part
                && (i + 2..k).any(|a| self.has(WordClass::ExtraposingAdjective, a))
        } else if self.has(WordClass::DeterminerComplementizer, k) {
            p.upos[k] == Upos::Sconj
        } else {
            true
        }
    }

    /// The type and number of the actor the pronoun at `i` may refer to.
    fn pronoun(&self, i: usize) -> Option<(ActorType, bool)> {
        if self.p.upos[i] != Upos::Pron {
            return None;
        }
        PRONOUNS
            .iter()
            .find(|&&(class, _, _)| self.has(class, i))
            .map(|&(_, actor_type, plural)| (actor_type, plural))
    }

    /// A description of two actors named before starting at `i`: "the pair" (a
    /// [`WordClass::PairNoun`]), or a [`WordClass::DualQuantifier`] ("both", "the two") and
    /// a plural noun of people, states or sides ("both men", "the two countries", "the two
    /// sides"); its end and the type of the actors (`Group` for any). The noun must end
    /// the phrase: "the two leaders of Hamas" are two others.
    fn dual_description(&self, i: usize) -> Option<(usize, ActorType)> {
        let (lower, n) = (&self.lower, self.len());
        // a two-word member of `class` at `k` (compared word by word: no allocation for
        // each token the finder tries)
        let has2 = |class: WordClass, k: usize| {
            k + 1 < n && {
                // the length test first: it rejects nearly every member, "the two"
                // after every "the" among them, without searching it for the space
                let len = lower[k].len() + 1 + lower[k + 1].len();
                self.lex.words.members(class).any(|m| {
                    m.len() == len
                        && m.split_once(' ')
                            .is_some_and(|(a, b)| a == lower[k] && b == lower[k + 1])
                })
            }
        };
        let counted = || {
            let q = if has2(WordClass::DualQuantifier, i) {
                i + 2
            } else if self.has(WordClass::DualQuantifier, i) {
                i + 1
            } else {
                return None;
            };
            if q >= n || self.p.upos[q] != Upos::Noun {
                return None;
            }
            let actor_type = if self.has(WordClass::DualPersonNoun, q) {
                ActorType::Person
            } else if self.has(WordClass::DualStateNoun, q) {
                ActorType::Country
            } else if self.has(WordClass::DualSideNoun, q) {
                ActorType::Group
            } else {
                return None;
            };
            Some((q + 1, actor_type))
        };
        // "the two" alone is a pair ("The two later met X"), not before a number or an
        // adjective of a noun ("the two main parties": `bare_two`)
        let alone = |end: usize| {
            end >= n
                || !(self.p.upos[end] == Upos::Num
                    || (self.p.upos[end] == Upos::Adj
                        && end + 1 < n
                        && matches!(self.p.upos[end + 1], Upos::Noun | Upos::Propn)))
        };
        let pair = has2(WordClass::PairNoun, i);
        let (end, actor_type) = if let Some(counted) = counted() {
            counted
        } else if pair
            && (!has2(WordClass::DualQuantifier, i)
                || (relations_enabled("bare_two") && alone(i + 2)))
        {
            (i + 2, ActorType::Group)
        } else {
            return None;
        };
        let ends = end >= n
            || !(matches!(self.p.upos[end], Upos::Propn | Upos::Noun)
                || self.has(WordClass::MemberPreposition, end))
            || self.charge_after(end);
        ends.then_some((end, actor_type))
    }

    /// A description of the representatives of actors named before, starting at the
    /// article `i` ([`Mention::collective`]): "the" + at most one number or lower-case
    /// adjective + a [`WordClass::RepresentativeNoun`] that ends the phrase ("the
    /// ministers", "the three ministers", "the foreign ministers"); the noun's index. "The
    /// ministers of Chile" (an "of" after it) are others, named there; "the two ministers"
    /// is a description of two ([`Self::dual_description`]).
    fn collective_description(&self, i: usize) -> Option<usize> {
        let (p, n) = (self.p, self.len());
        // ("the two ministers" is a description of two)
        if !self.has(WordClass::DefiniteArticle, i) || self.dual_description(i).is_some() {
            return None;
        }
        let mut q = i + 1;
        if q < n
            && (p.upos[q] == Upos::Num || p.upos[q] == Upos::Adj)
            && !is_capitalized(p.words[q])
        {
            q += 1;
        }
        let fits = q < n
            && p.upos[q] == Upos::Noun
            && !is_capitalized(p.words[q])
            && self.has(WordClass::RepresentativeNoun, q);
        let ends = q + 1 >= n
            || !(matches!(p.upos[q + 1], Upos::Propn | Upos::Noun)
                || self.has(WordClass::MemberPreposition, q + 1))
            || self.charge_after(q + 1);
        (fits && ends).then_some(q)
    }

    /// `word` is a [`WordClass::GroupNoun`] without a [`WordClass::PluralEnding`] ("rebel"
    /// of "rebels"): the word with each ending looked up, where every group noun was
    /// tried against every ending, some forty comparisons for each word asked.
    fn group_noun_stem(&self, word: &str) -> bool {
        let words = &self.lex.words;
        words.members(WordClass::PluralEnding).any(|ending| {
            let mut plural = String::with_capacity(word.len() + ending.len());
            plural.push_str(word);
            plural.push_str(ending);
            words.has(WordClass::GroupNoun, &plural)
        })
    }

    /// Whether the [`WordClass::MemberPreposition`] at `k`, after a description, opens a
    /// verb's "-ing" form: the charge or the act of an "accuse X of doing" ("accused the
    /// two countries of forming blocs", "blamed both sides for violating the truce"), which
    /// the parser hangs on the noun; it names no one the description is a member of, so
    /// the description still ends there ("the two leaders of Hamas" does not) (construction
    /// `description_charge`).
    fn charge_after(&self, k: usize) -> bool {
        relations_enabled("description_charge")
            && k + 1 < self.len()
            && self.has(WordClass::MemberPreposition, k)
            && self.p.upos[k + 1] == Upos::Verb
    }

    /// The description noun after the article at `i`: its length in words, the type of
    /// actor it describes and its number. The noun must end the phrase ("the group" but
    /// not "the group leader").
    fn description(&self, i: usize) -> Option<(usize, ActorType, bool)> {
        // a description is a common noun: "the Coalition" is a name
        if !self.has(WordClass::DefiniteArticle, i)
            || (i + 1 < self.len() && is_capitalized(self.p.words[i + 1]))
        {
            return None;
        }
        let n = self.len();
        if let Some(described) = self.modified_description(i) {
            return Some(described);
        }
        if let Some(described) = self.group_modified_description(i) {
            return Some(described);
        }
        DESCRIPTIONS
            .iter()
            .find_map(|&(class, actor_type, plural)| {
                self.lex.words.members(class).find_map(|noun| {
                    // a noun that does not start with the next word cannot fit: told
                    // before its words are split and counted
                    if i + 1 >= n || !noun.starts_with(self.lower[i + 1]) {
                        return None;
                    }
                    // "the insurgents" heads a bare group, which stays an actor of its
                    // own when it takes up no one
                    if class == WordClass::ArmedGroupDescription && self.bare_group_head(i + 1) {
                        return None;
                    }
                    let len = noun.split(' ').count();
                    let fits = i + len < n
                        && noun
                            .split(' ')
                            .enumerate()
                            .all(|(k, w)| self.lower[i + 1 + k] == w)
                        && !(i + len + 1 < n
                            && matches!(self.p.upos[i + len + 1], Upos::Propn | Upos::Noun))
                        && !self.named_complement(i + len + 1);
                    fits.then_some((len, actor_type, plural))
                })
            })
    }

    /// `trade_description`: "the Italian bank", "the British oil company", "the
    /// Virginia-based company", "the Danish shipping group", "the German carmaker", "the
    /// chipmaker": after the article at `i`, at most [`MAX_TRADE_MODIFIERS`] modifiers of
    /// the noun's own (a people's word or a country's name, a lower-case adjective, noun or
    /// participle, a hyphenated word with a lower-case second part: "Virginia-based",
    /// "state-owned") and a noun of a business ([`WordClass::BusinessDescription`], after
    /// a people's word, a country or a hyphenated word among them: "the company" alone
    /// stays the one company in focus, "the law firm" no one's) or of a trade
    /// ([`WordClass::TradeNoun`], alone too) that ends the phrase: a description of
    /// one organization met before, as "the group" is; its length in words. Business news
    /// takes up a company so, and the modifiers narrow it, so that it needs neither be the
    /// one company in focus nor carry the noun in its name ([`Mention::modified`]). Tried
    /// after the other descriptions ("the central bank" stays a named one); a people's word
    /// in front was read as its country ("the Italian bank said" as Italy). Not a group's
    /// noun ("the Palestinian militant group", "the rebel group" are others'), a count, a
    /// quantity ("the other company") or a superlative ("the largest bank" is new).
    pub(super) fn trade_description(&self, i: usize) -> Option<usize> {
        use crate::lexicon::Form;
        let (p, n) = (self.p, self.len());
        if !relations_enabled("trade_description") || !self.has(WordClass::DefiniteArticle, i) {
            return None;
        }
        // a modifier at `k`: how many words it takes, and whether it marks the noun as one
        // company's (a people's word, a country, a hyphenated word: "the Italian bank",
        // "the Virginia-based company"); lower-case words alone do not ("the law firm",
        // "the lobby group" took up any organization named before when the one meant was
        // named by no actor)
        let modifier = |k: usize| -> Option<(usize, bool)> {
            if let Some(g) = self.gaz_at(k).filter(|g| {
                g.entry.kind == ActorType::Country
                    && matches!(g.entry.form, Form::Demonym | Form::Name)
            }) {
                return Some((g.len, true));
            }
            let w = p.words[k];
            let hyphenated = w
                .split_once('-')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !is_capitalized(b));
            // "the Iran-backed group", "the Qatar-based company": a hyphenated word that
            // names an actor is read by the hyphen step, its actor a mention of its own
            if hyphenated && super::names::hyphenated_actor(self.lex, w, k).is_some() {
                return None;
            }
            let lower = !is_capitalized(w)
                && matches!(p.upos[k], Upos::Adj | Upos::Noun | Upos::Verb | Upos::Propn);
            let grouped = self.has(WordClass::GroupNoun, k) || self.group_noun_stem(self.lower[k]);
            let fits = (hyphenated || lower)
                && !grouped
                && !self.has(WordClass::QuantityModifier, k)
                && !(p.upos[k] == Upos::Adj && self.superlative(k));
            fits.then_some((1, hyphenated))
        };
        // a name right after is the one described ("the German carmaker Volkswagen", the
        // name tagged a foreign word or any other way)
        let ends = |k: usize| {
            !(k + 1 < n
                && (matches!(p.upos[k + 1], Upos::Propn | Upos::Noun)
                    || is_capitalized(p.words[k + 1])))
                && !self.named_complement(k + 1)
        };
        let (mut k, mut modifiers, mut marked) = (i + 1, 0, false);
        while k < n {
            let head = self.has(WordClass::TradeNoun, k)
                || (marked && self.has(WordClass::BusinessDescription, k));
            if head && p.upos[k] == Upos::Noun && ends(k) {
                return Some(k - i);
            }
            if modifiers == MAX_TRADE_MODIFIERS {
                return None;
            }
            let (len, marks) = modifier(k)?;
            k += len;
            modifiers += 1;
            marked |= marks;
        }
        None
    }

    /// `named_complement`: whether a noun's own complement that names someone starts at
    /// `k` ([`WordClass::NounComplementPreposition`] and a proper noun: "the emirate of
    /// Kuwait", "the island nation of Palau"): the phrase carries its own name and takes up
    /// no one named before.
    fn named_complement(&self, k: usize) -> bool {
        relations_enabled("named_complement")
            && k + 1 < self.len()
            && self.has(WordClass::NounComplementPreposition, k)
            && self.p.upos[k + 1] == Upos::Propn
    }

    /// `backed_description`: "the Iran-backed group", "the Hamas-run movement": the
    /// hyphenated word at `i` that names an actor ("Iran-backed", a
    /// [`WordClass::HyphenSuffix`]), after the article and before a one-word organization
    /// description that ends the phrase and is no institution's
    /// ([`WordClass::NamedDescription`]: "the Hamas-run ministry" is Hamas's): a
    /// description of the organization met before, as "the group" is; the actor named in
    /// front is a mention of its own. Returns the description noun's index.
    pub(super) fn backed_description(&self, i: usize) -> Option<usize> {
        let (p, n) = (self.p, self.len());
        let k = i + 1;
        let fits = relations_enabled("backed_description")
            && i > 0
            && k < n
            && self.has(WordClass::DefiniteArticle, i - 1)
            && p.words[i]
                .split_once('-')
                .is_some_and(|(_, suffix)| self.lex.words.has(WordClass::HyphenSuffix, suffix))
            && self.has(WordClass::OrganizationDescription, k)
            // "the Hamas-run ministry", "the Taliban-led council": an institution run by
            // the named actor stands for it, and is read so ([`super::names`])
            && !self.has(WordClass::NamedDescription, k)
            && !(k + 1 < n && matches!(p.upos[k + 1], Upos::Propn | Upos::Noun))
            && !self.named_complement(k + 1);
        fits.then_some(k)
    }

    /// "the international coalition", "the ruling party": a description noun whose actor
    /// carries it in its name ([`WordClass::NamedDescription`]), after the article at `i`
    /// and one or two lower-case adjectives: its length in words, the type and number.
    fn modified_description(&self, i: usize) -> Option<(usize, ActorType, bool)> {
        let (p, n) = (self.p, self.len());
        let mut k = i + 1;
        while k < n && k < i + 1 + MAX_GROUP_ADJECTIVES && p.upos[k] == Upos::Adj {
            if is_capitalized(p.words[k]) {
                return None;
            }
            k += 1;
        }
        let described = k > i + 1
            && k < n
            && self.has(WordClass::NamedDescription, k)
            && self.has(WordClass::OrganizationDescription, k)
            && !(k + 1 < n && matches!(p.upos[k + 1], Upos::Propn | Upos::Noun));
        described.then_some((k - i, ActorType::Organization, false))
    }

    /// `group_modified_description`: "the rebel group", "the guerrilla movement", "the
    /// opposition alliance": after the article at `i`, a group noun used as a modifier (a
    /// [`WordClass::GroupNoun`], or the singular of a plural one: "rebel" of "rebels",
    /// "insurgent" of "insurgents") and a one-word organization description that ends the
    /// phrase. An organization description of two words, as "the group" is of one.
    fn group_modified_description(&self, i: usize) -> Option<(usize, ActorType, bool)> {
        let (p, n) = (self.p, self.len());
        if i + 3 > n || is_capitalized(p.words[i + 1]) {
            return None;
        }
        // the head first: one lookup, and most phrases fail there
        if !self.has(WordClass::OrganizationDescription, i + 2)
            || (i + 3 < n && matches!(p.upos[i + 3], Upos::Propn | Upos::Noun))
        {
            return None;
        }
        let modifier: &str = self.lower[i + 1];
        let grouped = self.has(WordClass::GroupNoun, i + 1) || self.group_noun_stem(modifier);
        grouped.then_some((2, ActorType::Organization, false))
    }

    /// The head of a group's noun phrase right after an actor's name (`k`), skipping a
    /// possessive, a few adjectives and one lower-case noun before a group noun: "Rwandan
    /// rebels", "Kurdish peshmerga fighters", "Israel's high court". The head is a group
    /// noun ([`WordClass::GroupNoun`]), or with `any_agent` (after a people's or a
    /// religion's word) any agent noun of a non-state sector ("Serbian parliament").
    pub(super) fn group_head_after(&self, mut k: usize, any_agent: bool) -> Option<usize> {
        let (p, n) = (self.p, self.len());
        let possessed = k < n && self.has(WordClass::PossessiveClitic, k);
        if possessed {
            k += 1;
        }
        let mut adjectives = 0;
        while k < n
            && p.upos[k] == Upos::Adj
            && adjectives < MAX_GROUP_ADJECTIVES
            && !is_capitalized(p.words[k])
        {
            // "the UK's highest court" describes an institution, it does not name a group
            if self.superlative(k) {
                return None;
            }
            k += 1;
            adjectives += 1;
        }
        // "security forces" is no group noun, "peshmerga fighters" ends in one
        if k + 1 < n
            && p.upos[k] == Upos::Noun
            && !is_capitalized(p.words[k])
            && self.has(WordClass::GroupNoun, k + 1)
        {
            k += 1;
        }
        if k >= n
            || !matches!(p.upos[k], Upos::Noun | Upos::Propn)
            || self.has(WordClass::PopulationNoun, k)
        {
            return None;
        }
        // "Palestinian prisoner release": the head must end the phrase; "Muslim
        // Brotherhood" is a name, not a head
        if (k + 1 < n && p.upos[k + 1] == Upos::Noun) || self.gaz_at(k).is_some_and(|g| g.len > 1) {
            return None;
        }
        if self.has(WordClass::GroupNoun, k) {
            // "Poland's opposition to X": a possessed group noun that is also an event noun,
            // followed by a preposition its trigger frame takes, names the act of the
            // possessor (its author), not a group of it; "the Syrian opposition to X" stays
            // the group (news names the opposition movement of a people so)
            let act = possessed
                && k + 1 < n
                && self
                    .lex
                    .triggers
                    .get(self.lower[k], TriggerPos::Noun)
                    .is_some_and(|t| t.frame.event_noun && t.frame.takes(self.lower[k + 1]));
            return (!act).then_some(k);
        }
        if !any_agent {
            return None;
        }
        // an agent noun of the dictionary, or a person noun of WordNet it lacks in the
        // singular ("a French researcher": one person, of no state's sector); the plural of
        // such a noun stays the people's country ("Ukrainian pilots", "British suspects":
        // as the dev set's and the user's gold code them, a people acting or held as such)
        let (collective, state) = match self.lex.agent(self.lower[k]) {
            Some(agent) => (agent.collective, self.state_agent(k)),
            None => match self.lex.person_noun(self.lower[k])? {
                false => (false, false),
                true => return None,
            },
        };
        // "the American reporter Mark Dolan", "French teacher Ann Roux": one person's agent
        // noun right before a name describes that person; it names no group; nor does a
        // collective one right before a name ("the Chinese carmaker Xpeng", "the Korean
        // shipbuilder Hanwha": one organization, described; mentions are found before the
        // parse, so by the words), unless that is a date ("Syrian activists Sunday said")
        if k + 1 < n
            && p.upos[k + 1] == Upos::Propn
            && (!collective || !self.has(WordClass::CalendarWord, k + 1))
        {
            return None;
        }
        (!state).then_some(k)
    }

    /// The word at `k` is an agent noun of a state's own sector ([`WordClass::StateSector`]:
    /// officials, troops, police), whose bearers act for their country.
    pub(super) fn state_agent(&self, k: usize) -> bool {
        self.lex.agent(self.lower[k]).is_some_and(|agent| {
            let sector = agent.sector.get(..3).unwrap_or(&agent.sector);
            self.lex.words.has(WordClass::StateSector, sector)
        })
    }

    /// "the British Government", "Iraq's government": a government word right after a
    /// country's name at `e` (past a possessive): where the country's mention then ends.
    pub(super) fn government_after(&self, e: usize) -> Option<usize> {
        let k = if e < self.len() && self.has(WordClass::PossessiveClitic, e) {
            e + 1
        } else {
            e
        };
        self.government_word_ends_phrase(k, WordClass::GovernmentWord)
            .then_some(k + 1)
    }

    /// The end of a place's government after the place's name ending at `e`: a government
    /// word ending the phrase, maybe after the possessive and one `subnational_modifier`
    /// ("Kerala government", "Ontario provincial government", "Bavaria's state
    /// government"; construction `place_government`).
    pub(super) fn place_government_after(&self, e: usize) -> Option<usize> {
        if !crate::extract::relations::enabled("place_government") {
            return None;
        }
        let mut k = e + usize::from(e < self.len() && self.has(WordClass::PossessiveClitic, e));
        if k < self.len() && self.has(WordClass::SubnationalModifier, k) {
            k += 1;
        }
        self.government_word_ends_phrase(k, WordClass::GovernmentWord)
            .then_some(k + 1)
    }

    /// The word at `k` is of the government class `class` and ends its noun phrase ("the
    /// British Government", "his cabinet"; not "government plans", "his cabinet ministers").
    pub(super) fn government_word_ends_phrase(&self, k: usize, class: WordClass) -> bool {
        k < self.len()
            && self.has(class, k)
            && (k + 1 >= self.len() || self.p.upos[k + 1] != Upos::Noun)
    }

    /// Where the mention of a word at `i` starts when a possessor stands right before it:
    /// at `i` after a person's possessive pronoun ("his government"), at the clitic after
    /// a proper noun's possessive ("Modi's government", "Putin's administration"), so that
    /// the mention begins where the possessor's ends; `None` with no such possessor.
    pub(super) fn possessor_before(&self, i: usize) -> Option<usize> {
        if i > 0 && self.has(WordClass::PersonPronoun, i - 1) {
            return Some(i);
        }
        (i >= 2
            && self.has(WordClass::PossessiveClitic, i - 1)
            && self.p.upos[i - 2] == Upos::Propn)
            .then(|| i - 1)
    }

    /// The tokens `[start, end)`, a name or a possessive pronoun, name the government of
    /// whom they refer to: a [`WordClass::LeaderGovernment`] word follows and ends the
    /// phrase ("the Modi government", "his administration"), or stands before "of" and
    /// them ("the regime of Bashar al-Assad").
    pub(super) fn names_leaders_government(&self, start: usize, end: usize) -> bool {
        self.government_word_ends_phrase(end, WordClass::LeaderGovernment)
            || (start >= 2
                && self.has(WordClass::OrganizationPreposition, start - 1)
                && self.has(WordClass::LeaderGovernment, start - 2))
    }

    /// "the government", "ministers", "government plans": a word at `i` that stands for
    /// the government of the article's country ([`WordClass::GovernmentReference`]),
    /// written in lower case (or capitalized opening the sentence): plural, or singular
    /// after a definite word or in front of a noun or a possessive (not the office in
    /// "a change of government", "Labour in government"); with no name or noun in front
    /// ("Labour ministers", "finance ministers" are others', and so are "ASEAN foreign
    /// ministers", the name past the portfolio's adjectives), and neither generic ("a
    /// government") nor a region's or the opposition's ("local government", "the shadow
    /// cabinet"), nor another state's, named after it ("the ministers of Australia and
    /// India").
    fn government_reference(&self, i: usize) -> bool {
        let (p, w) = (self.p, self.p.words[i]);
        if !self.has(WordClass::GovernmentReference, i)
            || (is_capitalized(w) && !self.sentence_initial(i))
        {
            return false;
        }
        let plural = self
            .lex
            .words
            .members(WordClass::PluralEnding)
            .any(|ending| self.lower[i].ends_with(ending));
        let determined = i > 0 && self.has(WordClass::DefiniteWord, i - 1);
        let modifies = i + 1 < self.len()
            && (p.upos[i + 1] == Upos::Noun || self.has(WordClass::PossessiveClitic, i + 1));
        if !(plural || determined || modifies) {
            return false;
        }
        // "the ministers of Australia and India": a name after "of" says whose they are
        let named_after = {
            let k = i
                + 2
                + usize::from(i + 2 < self.len() && self.has(WordClass::DefiniteArticle, i + 2));
            i + 1 < self.len()
                && self.has(WordClass::OrganizationPreposition, i + 1)
                && k < self.len()
                && p.upos[k] == Upos::Propn
        };
        if named_after {
            return false;
        }
        let Some(mut b) = i.checked_sub(1) else {
            return true;
        };
        // `portfolio_owner`: the word in front of a portfolio's lower-case adjectives says
        // whose ministers they are ("ASEAN foreign ministers", "Arab League foreign
        // ministers" are the bloc's; "the foreign ministers" are the government's)
        if relations_enabled("portfolio_owner") {
            // (a region's or the opposition's modifier still says whose: "local government")
            while b > 0
                && p.upos[b] == Upos::Adj
                && !is_capitalized(p.words[b])
                && !self.has(WordClass::SubnationalModifier, b)
                && !self.has(WordClass::ShadowModifier, b)
            {
                b -= 1;
            }
        }
        !(matches!(p.upos[b], Upos::Noun | Upos::Propn | Upos::Num)
            || (is_capitalized(p.words[b]) && p.upos[b] != Upos::Det)
            || self.has(WordClass::IndefiniteArticle, b)
            || self.has(WordClass::SubnationalModifier, b)
            || self.has(WordClass::ShadowModifier, b))
    }

    /// "police", "the unions", "public sector unions", "the fighters": a group named by a
    /// common noun phrase alone, starting at `i`: the span of its words (without the
    /// article). The head is a [`WordClass::CollectiveAgent`] noun or a plural group noun
    /// ([`WordClass::GroupNoun`]) that ends the phrase; in front of it stand at most
    /// [`MAX_BARE_GROUP_MODIFIERS`] lower-case adjectives or nouns, none of them a
    /// quantity ([`WordClass::QuantityModifier`]: "many workers", "other executives"),
    /// and before them "the" or nothing that determines, counts, possesses or names ("a
    /// protester", "two workers", "his supporters", "Egyptian police", "Labour
    /// backbenchers" are not bare).
    fn bare_group(&self, i: usize) -> Option<(usize, usize)> {
        let (p, n) = (self.p, self.len());
        let start = if self.has(WordClass::DefiniteArticle, i) {
            i + 1
        } else {
            if let Some(b) = i.checked_sub(1) {
                let determined = matches!(
                    p.upos[b],
                    Upos::Det | Upos::Num | Upos::Pron | Upos::Propn | Upos::Adj | Upos::Noun
                ) || self.has(WordClass::PossessiveClitic, b)
                    || self.has(WordClass::PossessiveMarker, b)
                    || (is_capitalized(p.words[b]) && !self.sentence_initial(b));
                if determined {
                    return None;
                }
            }
            i
        };
        // lower case, or capitalized only as the sentence's first word
        let common = |k: usize| !is_capitalized(p.words[k]) || self.sentence_initial(k);
        let head = (start..n)
            .take(MAX_BARE_GROUP_MODIFIERS + 1)
            .take_while(|&k| {
                common(k)
                    && matches!(p.upos[k], Upos::Adj | Upos::Noun)
                    && !self.has(WordClass::QuantityModifier, k)
            })
            .find(|&k| self.bare_group_head(k))?;
        let ends_phrase = head + 1 >= n || !matches!(p.upos[head + 1], Upos::Noun | Upos::Propn);
        ends_phrase.then_some((start, head + 1))
    }

    /// "Thousands of protesters", "tens of thousands of demonstrators": the first of the
    /// crowd words ([`WordClass::CrowdQuantity`], each with "of" after it) that count the
    /// bare group starting at `start`, which the parser makes the head of the phrase.
    /// They refer to the crowd too, so that the group is the subject of "Thousands of
    /// protesters marched".
    fn crowd_before(&self, start: usize) -> Option<usize> {
        let mut lead = start;
        while lead >= 2
            && self.has(WordClass::NounComplementPreposition, lead - 1)
            && self.has(WordClass::CrowdQuantity, lead - 2)
        {
            lead -= 2;
        }
        (lead < start).then_some(lead)
    }

    /// The noun at `k` heads a bare group: a collective agent ("police", "unions"), or a
    /// group noun in the plural ("rebels", not "opposition" or "insurgency").
    fn bare_group_head(&self, k: usize) -> bool {
        let plural = || {
            self.lex
                .words
                .members(WordClass::PluralEnding)
                .any(|ending| self.lower[k].ends_with(ending))
        };
        self.p.upos[k] == Upos::Noun
            && (self.has(WordClass::CollectiveAgent, k)
                || (self.has(WordClass::GroupNoun, k) && plural()))
    }

    /// The adjective at `k` is a superlative: a superlative ending after a stem of two
    /// letters at least.
    fn superlative(&self, k: usize) -> bool {
        let w = self.lower[k];
        self.lex
            .words
            .members(WordClass::SuperlativeEnding)
            .any(|ending| w.ends_with(ending) && w.len() > ending.len() + 1)
    }
}

/// `owner_after_group`: "fighters of ISWAP", "rebels from Chad", "militants belonging to
/// al-Shabaab", "fighters loyal to the Taliban": a bare group whose head is a
/// [`WordClass::OwnedGroupNoun`], followed by a [`WordClass::GroupOwnerLink`] (one word or
/// two), maybe "the", and the name of one organization or country (a mention of `ms`
/// starting there, not coordinated with another) is that actor's group, as
/// the name in front of the noun makes it ([`Finder::group_of`]): named as that form is
/// ("ISWAP fighters"; a country by its people's word, "Chadian rebels", when the dictionary
/// has one), so that both forms in one article are one node, and affiliated with the owner.
/// A place after "in" says where a group is, not whose ("refugees in Lebanon"); a state's
/// forces are no owned group noun ("troops from Chad" stay Chad).
pub(super) fn name_owned_groups(s: &Sentence<'_>, ms: &mut [Mention]) {
    let (p, n) = (s.p, s.len());
    for g in 0..ms.len() {
        let m = &ms[g];
        if !m.bare_group || !s.has(WordClass::OwnedGroupNoun, m.end - 1) {
            continue;
        }
        // a group ending the sentence has no owner after it
        let k = m.end;
        if k >= n {
            continue;
        }
        let link = if s.has(WordClass::GroupOwnerLink, k) {
            1
        } else if k + 1 < n
            && s.lex.words.has(
                WordClass::GroupOwnerLink,
                &format!("{} {}", s.lower[k], s.lower[k + 1]),
            )
        {
            2
        } else {
            continue;
        };
        let mut at = k + link;
        if at < n && s.has(WordClass::DefiniteArticle, at) {
            at += 1;
        }
        let Some(o) = ms.iter().position(|o| o.start == at && !o.bare_group) else {
            continue;
        };
        let owner = &ms[o];
        // an organization or a country; a people of the dictionary ("the Kurds") has no
        // adjective there to name the group as "Kurdish fighters" does
        let fits = owner.kind == MentionKind::Name
            && match owner.actor_type {
                ActorType::Organization | ActorType::Country => true,
                ActorType::Group => owner.canonical.is_none(),
                _ => false,
            };
        // "fighters of Hamas and Islamic Jihad" belong to no one owner; "fighters of the
        // Hamas movement" name a longer phrase than the owner
        let ends = owner.end >= n
            || !(matches!(p.upos[owner.end], Upos::Cconj | Upos::Noun | Upos::Propn)
                || ms.iter().any(|x| x.affiliate == Some(o)));
        if !fits || owner.tentative || !ends {
            continue;
        }
        // a country by its people's word, as in front of the noun
        let owner_name = owner
            .canonical
            .as_ref()
            .and_then(|(canonical, _)| s.lex.gazetteer.demonym(canonical))
            .unwrap_or(&owner.name)
            .to_string();
        // `unknown_owner`: an owner no dictionary knows is the armed group or movement the
        // text introduces by its members ("fighters of the Nuer White Army"): the phrase
        // names it, one actor, not a group of it beside it
        if owner.canonical.is_none() && relations_enabled("unknown_owner") {
            let (name, actor_type) = (owner.name.clone(), owner.actor_type);
            let group = &mut ms[g];
            group.name = name;
            group.actor_type = actor_type;
            group.kind = MentionKind::Name;
            group.bare_group = false;
            continue;
        }
        // the owner and the head alone: the bare group's modifiers may be a verb the
        // tagger misread ("bombed fighters of ISWAP")
        let head = s.lower[k - 1];
        let group = &mut ms[g];
        group.name = format!("{owner_name} {head}");
        group.kind = MentionKind::Name;
        group.bare_group = false;
        group.affiliate = Some(o);
    }
}

/// A group named by the words `[start, end)`: "Rwandan rebels".
pub(super) fn group_mention(start: usize, end: usize, name: String) -> Mention {
    Mention {
        plural: true,
        ..Mention::new(start, end, MentionKind::Name, ActorType::Group, name)
    }
}

impl Finder<'_> {
    /// Step: a religious group at `i`: "Islamist militants", "Muslim extremists".
    pub(super) fn religious_group(&mut self, i: usize) -> Option<usize> {
        let s = &self.s;
        if !(s.has(WordClass::ReligiousWord, i) && is_capitalized(s.p.words[i])) {
            return None;
        }
        let k = s.group_head_after(i + 1, true)?;
        let m = group_mention(i, k + 1, s.surface(i, k + 1));
        self.forget_title();
        self.out.push(m);
        Some(k + 1)
    }

    /// A group that the name `m` starts ("Rwandan rebels", "ethnic Albanian militias",
    /// "PKK guerrillas"): records the name and the group, which belongs to it, and returns
    /// where reading goes on. `national`: the name is a people's or a country's, after
    /// which any non-state agent noun names a group; after an organization's, only a group
    /// noun does ("Hamas officials" are Hamas).
    pub(super) fn group_of(&mut self, m: Mention, national: bool) -> Option<usize> {
        let s = &self.s;
        let k = s.group_head_after(m.end, national)?;
        let start = if national && m.start > 0 && s.has(WordClass::EthnicModifier, m.start - 1) {
            m.start - 1
        } else {
            m.start
        };
        let group = Mention {
            affiliate: Some(self.out.len()),
            ..group_mention(start, k + 1, s.surface(start, k + 1))
        };
        self.forget_title();
        self.out.push(m);
        self.out.push(group);
        Some(k + 1)
    }

    /// "Government of Iraq", "the government of Iraq": a government word, "of" and a
    /// country's name at `i` are the country; so are a [`WordClass::SeatGovernment`] word,
    /// a [`WordClass::CapitalPreposition`] and a capital or seat of the country ("the
    /// government in Kabul", "the authorities in Tripoli"). Records it and returns where
    /// reading goes on.
    pub(super) fn government_of(&mut self, i: usize) -> Option<usize> {
        use crate::lexicon::Form;
        let s = &self.s;
        if i + 2 >= s.len() {
            return None;
        }
        let forms: &[Form] = if s.has(WordClass::GovernmentWord, i)
            && s.has(WordClass::OrganizationPreposition, i + 1)
        {
            &[Form::Name]
        } else if s.has(WordClass::SeatGovernment, i)
            && s.has(WordClass::CapitalPreposition, i + 1)
            // "local authorities in Paris" are the city's
            && !(i > 0 && s.has(WordClass::SubnationalModifier, i - 1))
        {
            &[Form::Capital, Form::Seat]
        } else {
            return None;
        };
        let g = s.gaz_at(i + 2)?;
        // "the government of Bihar": a region's own government (`place_government`)
        let place = forms == [Form::Name]
            && g.entry.kind == ActorType::Location
            && matches!(g.entry.form, Form::Name | Form::City)
            && crate::extract::relations::enabled("place_government");
        if !place && (g.entry.kind != ActorType::Country || !forms.contains(&g.entry.form)) {
            return None;
        }
        let end = i + 2 + g.len;
        let kind = if place {
            ActorType::Organization
        } else {
            g.entry.kind
        };
        let m = Mention {
            canonical: Some((g.entry.canonical.to_string(), g.entry.code.to_string())),
            names_government: !place,
            place_government: place,
            ..Mention::new(i, end, MentionKind::Name, kind, s.surface(i, end))
        };
        self.forget_title();
        self.out.push(m);
        Some(end)
    }

    /// A bare group at `i` ([`Sentence::bare_group`]): records it and returns where reading
    /// goes on.
    fn bare_group(&mut self, i: usize) -> Option<usize> {
        let s = &self.s;
        let (start, end) = s.bare_group(i)?;
        let m = Mention {
            lead: s.crowd_before(start),
            plural: true,
            bare_group: true,
            ..Mention::new(
                start,
                end,
                MentionKind::Description,
                ActorType::Group,
                s.surface(start, end).to_lowercase(),
            )
        };
        self.out.push(m);
        Some(end)
    }

    /// Step: a pronoun or a definite description at `i`. A word here is neither a title
    /// nor a name, so it ends what a title or honorific waited for.
    pub(super) fn reference(&mut self, i: usize) -> Option<usize> {
        self.forget_title();
        let s = &self.s;
        if let Some((actor_type, plural)) = s.pronoun(i)
            && !s.expletive_it(i)
        {
            let m = Mention {
                plural,
                ..Mention::new(
                    i,
                    i + 1,
                    MentionKind::Pronoun,
                    actor_type,
                    s.p.words[i].to_string(),
                )
            };
            self.out.push(m);
            return Some(i + 1);
        }
        // "the government of Iraq" is Iraq
        if let Some(next) = self.government_of(i) {
            return Some(next);
        }
        let s = &self.s;
        // "the government": the article's country; "his government", "her
        // administration", "Modi's government": the government of the person the pronoun
        // or the name before refers to, when that person serves a state, else what the
        // word alone is. After a name the mention takes the possessive clitic in, so that
        // it starts where the name ends, as after a pronoun
        let possessor_start = s.possessor_before(i);
        let leader_government = possessor_start.is_some()
            && s.government_word_ends_phrase(i, WordClass::LeaderGovernment);
        let government = s.government_reference(i);
        if government || leader_government {
            let start = if leader_government {
                possessor_start.unwrap_or(i)
            } else {
                i
            };
            let m = Mention {
                government,
                leader_government,
                ..Mention::new(
                    start,
                    i + 1,
                    MentionKind::Description,
                    ActorType::Country,
                    s.p.words[i].to_string(),
                )
            };
            self.out.push(m);
            return Some(i + 1);
        }
        // "the ministers" after "the foreign ministers of A and B": a government word
        // right after the article stays the article's government until an antecedent is
        // found for it
        if let Some(q) = s.collective_description(i) {
            let government = q == i + 1 && s.government_reference(q);
            let (kind, start) = if government {
                (ActorType::Country, q)
            } else {
                (ActorType::Group, i + 1)
            };
            let m = Mention {
                plural: !government,
                government,
                collective: true,
                ..Mention::new(
                    start,
                    q + 1,
                    MentionKind::Description,
                    kind,
                    s.surface(start, q + 1),
                )
            };
            self.out.push(m);
            return Some(q + 1);
        }
        if let Some((end, actor_type)) = s.dual_description(i) {
            let m = Mention {
                plural: true,
                dual: true,
                ..Mention::new(
                    i,
                    end,
                    MentionKind::Description,
                    actor_type,
                    s.surface(i, end),
                )
            };
            self.out.push(m);
            return Some(end);
        }
        let Some((len, actor_type, plural)) = s.description(i) else {
            if let Some(len) = s.trade_description(i) {
                let m = Mention {
                    modified: true,
                    ..Mention::new(
                        i + 1,
                        i + 1 + len,
                        MentionKind::Description,
                        ActorType::Organization,
                        s.surface(i, i + 1 + len),
                    )
                };
                self.out.push(m);
                return Some(i + 1 + len);
            }
            return self.bare_group(i);
        };
        let m = Mention {
            plural,
            // "the international coalition" is an actor of its own when it is none met
            // before; "the coalition" refers to one or to nothing
            standalone: len > 1 && s.has(WordClass::GroupNoun, i + len),
            ..Mention::new(
                i + 1,
                i + 1 + len,
                MentionKind::Description,
                actor_type,
                s.surface(i, i + 1 + len),
            )
        };
        self.out.push(m);
        Some(i + 1 + len)
    }
}

/// Keeps a bare group ([`Mention::bare_group`]) only where it is an argument of a clause
/// in the sentence's tree `p`: a subject or an object ("police arrested him", "accused by
/// unions", "clashed with protesters", a conjunct of one), or a side of an event noun
/// ("talks with unions", "attacks by rebels", "clashes between police and protesters":
/// [`WordClass::CounterpartPreposition`], [`WordClass::EventAuthorPreposition`],
/// [`WordClass::BetweenPreposition`]), or the possessor of such an argument's noun
/// ("backed separatist rebels' bid"); not another possessor, a
/// predicate ("they are students"), a compound, a topic ("about students") or a phrase
/// inside another noun's ("the plight of workers"). With no tree (a sentence of one
/// mention) it can take part in no relation and is dropped: no actor of a single passing
/// mention.
///
/// A crowd counted in front of the group ("Thousands of protesters", [`Mention::lead`])
/// is an argument when either its count or its noun is one: the parser makes either the
/// head.
///
/// `employer_after_group`: nor a group that acts for the organization or state named after
/// it ("met executives of Shell", "lawyers for Meta said": a
/// [`WordClass::EmployedCollective`] with a [`WordClass::MemberPreposition`] phrase that is
/// a name): the phrase stands for that actor, as "officials of X" does, and the
/// relation is read with it.
pub(crate) fn keep_arguments(p: &Parsed<'_>, lex: &Lexicon, ms: &mut Vec<Mention>) {
    let employers: Vec<(usize, usize)> = ms
        .iter()
        // (of any type: a company no dictionary knows may be typed a person's or a place's
        // name, and "lawyers for X" act for a person too)
        .filter(|m| !m.bare_group && m.kind == MentionKind::Name)
        .map(|m| (m.start, m.end))
        .collect();
    ms.retain(|m| {
        !m.bare_group
            || (p.has_tree
                && !acts_for_employer(p, lex, m.end - 1, &employers)
                && (is_argument(p, lex, m.end - 1)
                    || m.lead.is_some_and(|l| is_argument(p, lex, l))))
    });
}

/// The group headed by `head` is a [`WordClass::EmployedCollective`] whose
/// [`WordClass::MemberPreposition`] phrase is one of the `employers` (mention spans):
/// "executives of Shell" (`employer_after_group`).
fn acts_for_employer(
    p: &Parsed<'_>,
    lex: &Lexicon,
    head: usize,
    employers: &[(usize, usize)],
) -> bool {
    lex.words.has(WordClass::EmployedCollective, &p.lower[head])
        && relations_enabled("employer_after_group")
        && p.children(head).iter().any(|&c| {
            c > head
                && p.rel(c) == DepRel::Nmod
                && p.case_of(c)
                    .is_some_and(|w| lex.words.has(WordClass::MemberPreposition, &w))
                && employers.iter().any(|&(a, b)| (a..b).contains(&c))
        })
}

/// `people_of_persons`: a people's word, or a country's or a place's name, in front of a
/// noun of persons who are no agents of anyone (a person noun of WordNet the agent table
/// lacks, `person_nouns.tsv`, or a [`WordClass::MemberNoun`]: "UK terror suspects",
/// "Algerian nationals", "Canadian citizens", "Russian hackers") says whose people they are.
/// Where an organ of that same state acts in the sentence, the extraction keeps it out of
/// the clause (`sentence_actors`): "The UK government will deport UK and foreign terror
/// suspects" is no act of the government against its own country. Another state's people
/// stay that state ("France deported Algerian nationals" opposes Algeria, as the dev set,
/// CAMEO and the written-challenge files code them; a rule for every state cost right
/// statements there). The mention stays the country's (a group of them lowered the dev
/// set's actors: README "Actors"). A list of peoples
/// ("Australian and British suspects", "UK and foreign terror suspects"), a few
/// adjectives and one lower-case noun ("terror") may stand between; the person noun must
/// end the phrase ("Palestinian prisoner release" names an event). What is no person
/// ("Iranian positions") or is a state's agent ("Russian diplomats") stays the state.
pub(crate) fn people_of_persons(p: &Parsed<'_>, lex: &Lexicon, m: &Mention) -> bool {
    let peoples = m.kind == MentionKind::Demonym
        || matches!(m.actor_type, ActorType::Location | ActorType::Country);
    let n = p.len();
    if !peoples || m.end >= n {
        return false;
    }
    let mut k = m.end;
    if lex.words.has(WordClass::PossessiveClitic, &p.lower[k]) {
        k += 1;
    }
    // the rest of a list of peoples and the adjectives: a coordinator or a comma only
    // before another adjective or name ("Iran and Iraq, residents said" lists no people)
    let listed = |k: usize| k < n && matches!(p.upos[k], Upos::Adj | Upos::Propn);
    let mut skipped = 0;
    while k < n && skipped < MAX_PEOPLE_LIST_WORDS {
        let connects = matches!(p.upos[k], Upos::Cconj | Upos::Punct) && listed(k + 1);
        if !(listed(k) || connects) {
            break;
        }
        k += 1;
        skipped += 1;
    }
    // "terror suspects": one lower-case noun before the head
    if k + 1 < n
        && p.upos[k] == Upos::Noun
        && p.upos[k + 1] == Upos::Noun
        && !is_capitalized(p.words[k])
    {
        k += 1;
    }
    let persons = k < n
        && p.upos[k] == Upos::Noun
        && (lex.person_noun(&p.lower[k]).is_some()
            || lex.words.has(WordClass::MemberNoun, &p.lower[k]));
    persons && !(k + 1 < n && matches!(p.upos[k + 1], Upos::Noun | Upos::Propn))
}

/// The phrase headed by `head` is an argument of a clause (see [`keep_arguments`]).
fn is_argument(p: &Parsed<'_>, lex: &Lexicon, head: usize) -> bool {
    let mut h = head;
    // "police and protesters clashed": a conjunct stands where its first conjunct does
    while p.deprels[h] == DepRel::Conj {
        match p.head(h) {
            Some(first) => h = first,
            None => return false,
        }
    }
    // `possessor_of_argument`: "backed separatist rebels' bid": the possessor of an
    // argument's noun is a side of it (not of a phrase inside another noun's)
    if p.deprels[h] == DepRel::NmodPoss {
        return p.head(h).is_some_and(|g| {
            matches!(p.rel(g), DepRel::Nsubj | DepRel::Obj | DepRel::Iobj)
                || (p.rel(g) == DepRel::Obl && p.case_of(g).is_none())
        });
    }
    let case = p.case_of(h);
    let case_in = |class: WordClass| case.as_deref().is_some_and(|c| lex.words.has(class, c));
    match p.rel(h) {
        DepRel::Nsubj | DepRel::Obj | DepRel::Iobj => true,
        DepRel::Obl => !case_in(WordClass::TopicPreposition),
        DepRel::Nmod => {
            case_in(WordClass::CounterpartPreposition)
                || case_in(WordClass::EventAuthorPreposition)
                || case_in(WordClass::BetweenPreposition)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions, show};

    const EXPLETIVE: &str = "It/PRON/4/expl is/AUX/4/cop not/PART/4/advmod clear/ADJ/0/root whether/SCONJ/7/mark \
    it/PRON/7/nsubj is/AUX/4/csubj ready/ADJ/7/xcomp to/PART/10/mark talk/VERB/8/xcomp \
    ./PUNCT/4/punct";

    #[test]
    fn an_it_that_stands_for_a_clause_is_no_mention() {
        let ms = mentions(EXPLETIVE);
        assert_eq!(show(&ms), ["Pronoun organization \"it\""]);
        assert_eq!(ms[0].start, 5);
    }

    const IMPORTANT: &str = "They/PRON/2/nsubj said/VERB/0/root it/PRON/5/expl was/AUX/5/cop \
    important/ADJ/2/ccomp to/PART/7/mark meet/VERB/5/csubj him/PRON/7/obj \
    and/CCONJ/11/cc that/DET/11/det it/PRON/7/conj was/AUX/11/cop that/DET/14/det \
    plan/NOUN/11/appos ./PUNCT/2/punct";

    #[test]
    fn an_infinitive_needs_an_extraposing_adjective_and_that_a_conjunction() {
        assert_eq!(
            show(&mentions(IMPORTANT)),
            [
                "Pronoun group \"They\" plural",
                "Pronoun person \"him\"",
                "Pronoun organization \"it\"",
            ]
        );
    }

    /// `group_noun` heads of a movement or a trade that acts together under no name
    /// ("fundamentalists", "hackers", "hardliners", "pirates"): after a religion's, a
    /// people's or a party's word, a group of its own; a plural person noun outside the
    /// class stays the people's ("British suspects").
    #[test]
    fn a_movement_or_trade_of_people_after_a_name_is_a_group() {
        let rows: &[(&str, &[&str])] = &[
            (
                "Islamic/ADJ/2/amod fundamentalists/NOUN/3/nsubj attacked/VERB/0/root",
                &["Name group \"Islamic fundamentalists\" plural"],
            ),
            (
                "Muslim/ADJ/2/amod/B-MISC hackers/NOUN/3/nsubj attacked/VERB/0/root",
                &["Name group \"Muslim hackers\" plural"],
            ),
            (
                "Tory/PROPN/2/compound/B-ORG hardliners/NOUN/3/nsubj attacked/VERB/0/root",
                &[
                    "Name organization \"Tory\" =Conservative Party",
                    "Name group \"Tory hardliners\" in \"Tory\" plural",
                ],
            ),
            (
                "Serb/ADJ/2/amod/B-MISC nationalists/NOUN/3/nsubj protested/VERB/0/root",
                &[
                    "Demonym country \"Serb\" =Serbia",
                    "Name group \"Serb nationalists\" in \"Serb\" plural",
                ],
            ),
            (
                "British/ADJ/2/amod/B-MISC suspects/NOUN/3/nsubj appeared/VERB/0/root",
                &["Demonym country \"British\" =United Kingdom"],
            ),
        ];
        for (tokens, expected) in rows {
            assert_eq!(show(&mentions(tokens)), *expected, "{tokens}");
        }
    }

    const DESCRIBED: &str = "The/DET/3/det the/DET/3/det militants/NOUN/6/nsubj and/CCONJ/6/cc the/DET/6/det \
    group/NOUN/9/conj headquarters/NOUN/6/compound the/DET/10/det militant/ADJ/10/amod \
    group/NOUN/0/root left/VERB/10/acl the/DET/13/det kingdom/NOUN/11/obj \
    ./PUNCT/11/punct";

    #[test]
    fn a_description_noun_after_the_article_must_end_the_phrase() {
        assert_eq!(
            show(&mentions(DESCRIBED)),
            [
                "Description organization \"the militants\" plural",
                "Description organization \"the militant group\"",
                "Description country \"the kingdom\"",
            ]
        );
    }

    const GOVERNMENT: &str = "The/DET/2/det government/NOUN/3/nsubj told/VERB/0/root \
    ministers/NOUN/3/obj and/CCONJ/7/cc Labour/PROPN/7/compound/B-ORG ministers/NOUN/4/conj \
    about/ADP/10/case government/NOUN/10/compound plans/NOUN/3/obl ./PUNCT/3/punct";
    const NO_GOVERNMENT: &str = "A/DET/2/det government/NOUN/8/nsubj of/ADP/4/case \
    change/NOUN/2/nmod and/CCONJ/7/cc local/ADJ/7/amod government/NOUN/2/conj \
    met/VERB/0/root the/DET/11/det shadow/NOUN/11/compound cabinet/NOUN/8/obj \
    and/CCONJ/14/cc finance/NOUN/14/compound ministers/NOUN/11/conj in/ADP/16/case \
    government/NOUN/8/obl ./PUNCT/8/punct";
    const NAMED_MINISTERS: &str = "The/DET/2/det ministers/NOUN/7/nsubj of/ADP/4/case \
    Australia/PROPN/2/nmod/B-LOC and/CCONJ/6/cc India/PROPN/4/conj/B-LOC met/VERB/0/root \
    ./PUNCT/7/punct";
    const GOVERNMENT_OF: &str = "They/PRON/2/nsubj met/VERB/0/root the/DET/4/det \
    government/NOUN/2/obj of/ADP/6/case Iraq/PROPN/4/nmod/B-LOC and/CCONJ/10/cc \
    Mr/PROPN/9/compound Kell/PROPN/10/nmod:poss/B-PER 's/PART/9/case cabinet/NOUN/4/conj \
    ./PUNCT/2/punct";

    #[test]
    fn a_government_word_with_no_name_stands_for_the_articles_government() {
        assert_eq!(
            show(&mentions(GOVERNMENT)),
            [
                "Description country \"government\"",
                "Description country \"ministers\"",
                "Name organization \"Labour\" =Labour Party",
                "Description country \"government\"",
            ]
        );
        assert!(
            mentions(GOVERNMENT)
                .iter()
                .all(|m| m.government == (m.kind == super::MentionKind::Description))
        );
        // generic, the office, a region's, the opposition's, another body's ministers
        assert!(show(&mentions(NO_GOVERNMENT)).is_empty());
        // "the ministers of Australia and India" are theirs, not the article's government
        assert!(
            mentions(NAMED_MINISTERS)
                .iter()
                .all(|m| m.kind != super::MentionKind::Description),
            "{:?}",
            show(&mentions(NAMED_MINISTERS))
        );
        // "the government of Iraq" is Iraq; a person's cabinet is the article's government
        assert_eq!(
            show(&mentions(GOVERNMENT_OF)),
            [
                "Pronoun group \"They\" plural",
                "Name country \"government of Iraq\" =Iraq",
                "Name person \"Kell\" full=\"Mr Kell\"",
                "Description country \"cabinet\"",
            ]
        );
    }

    const GROUPS: &str = "Muslim/ADJ/2/amod/B-MISC militias/NOUN/3/nsubj attacked/VERB/0/root \
    ethnic/ADJ/6/amod Albanian/ADJ/6/amod/B-MISC rebels/NOUN/3/obj ,/PUNCT/10/punct \
    Egypt/PROPN/10/nmod:poss/B-LOC 's/PART/8/case highest/ADJ/11/amod court/NOUN/3/conj \
    and/CCONJ/14/cc Egyptian/ADJ/14/amod/B-MISC people/NOUN/3/conj ./PUNCT/3/punct";

    #[test]
    fn a_peoples_word_and_one_persons_agent_noun_before_a_name_are_no_group() {
        // (sentence, mentions): "the Vantorian reporter Ann Roux" describes Ann Roux; a
        // people's word and the same noun in the plural, or with no name after it, stay a group
        let table: &[(&str, &[&str])] = &[
            (
                "Police/NOUN/2/nsubj detained/VERB/0/root the/DET/6/det American/ADJ/5/amod/B-MISC \
                 reporter/NOUN/2/obj Ann/PROPN/5/appos/B-PER Roux/PROPN/6/flat/I-PER \
                 ./PUNCT/2/punct",
                &[
                    "Demonym country \"American\" =United States",
                    "Name person \"Ann Roux\"",
                ],
            ),
            (
                "Police/NOUN/2/nsubj detained/VERB/0/root American/ADJ/4/amod/B-MISC \
                 reporters/NOUN/2/obj ./PUNCT/2/punct",
                &[
                    "Demonym country \"American\" =United States",
                    "Name group \"American reporters\" in \"American\" plural",
                ],
            ),
            // a collective agent noun right before a name describes that organization
            (
                "Police/NOUN/2/nsubj fined/VERB/0/root the/DET/5/det Chinese/ADJ/5/amod/B-MISC \
                 carmaker/NOUN/2/obj Vantor/PROPN/5/appos/B-ORG ./PUNCT/2/punct",
                &[
                    "Demonym country \"Chinese\" =China",
                    "Name organization \"Vantor\"",
                ],
            ),
            // (with no name in apposition it is a group)
            (
                "Police/NOUN/2/nsubj fined/VERB/0/root Chinese/ADJ/4/amod/B-MISC \
                 carmakers/NOUN/2/obj ./PUNCT/2/punct",
                &[
                    "Demonym country \"Chinese\" =China",
                    "Name group \"Chinese carmakers\" in \"Chinese\" plural",
                ],
            ),
        ];
        for (tokens, expected) in table {
            let shown: Vec<String> = show(&mentions(tokens))
                .into_iter()
                .filter(|m| !m.contains("Police") && !m.contains("police"))
                .collect();
            assert_eq!(&shown, expected, "{tokens}");
        }
    }

    #[test]
    fn a_group_noun_that_names_an_act_by_its_frame_preposition_is_no_group() {
        // (sentence, its mentions): "opposition" before "to", the preposition of its event
        // noun frame, is the act of the actor in front ("Poland's opposition to X": Poland
        // opposes X); with no such preposition, or with a people's word in front ("the
        // Syrian opposition to X"), it stays the actor's opposition group
        let table: &[(&str, &[&str])] = &[
            (
                "Poland/PROPN/3/nmod:poss/B-LOC 's/PART/1/case opposition/NOUN/6/nsubj \
                 to/ADP/5/case Belarus/PROPN/3/nmod/B-LOC grew/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name country \"Poland\" =Poland",
                    "Name country \"Belarus\" =Belarus",
                ],
            ),
            (
                "Poland/PROPN/3/nmod:poss/B-LOC 's/PART/1/case opposition/NOUN/4/nsubj \
                 criticised/VERB/0/root Belarus/PROPN/4/obj/B-LOC ./PUNCT/4/punct",
                &[
                    "Name country \"Poland\" =Poland",
                    "Name group \"Poland 's opposition\" in \"Poland\" plural",
                    "Name country \"Belarus\" =Belarus",
                ],
            ),
            (
                "The/DET/3/det Syrian/ADJ/3/amod/B-MISC opposition/NOUN/6/nsubj \
                 to/ADP/5/case Assad/PROPN/3/nmod/B-PER grew/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Demonym country \"Syrian\" =Syria",
                    "Name group \"Syrian opposition\" in \"Syrian\" plural",
                    "Name person \"Assad\"",
                ],
            ),
        ];
        for (tokens, expected) in table {
            assert_eq!(&show(&mentions(tokens)), expected, "{tokens}");
        }
    }

    #[test]
    fn a_peoples_word_and_a_singular_person_noun_of_wordnet_is_a_person_not_the_country() {
        // (sentence, the mentions other than the police's): a person noun the agent table
        // lacks ("researcher", "photographer": person_nouns.tsv) after a people's word names
        // one person of that people, as a non-state agent noun does, not the country; before
        // a name it describes the named person; a state's agents stay the state
        let table: &[(&str, &[&str])] = &[
            (
                "Police/NOUN/2/nsubj detained/VERB/0/root a/DET/5/det French/ADJ/5/amod/B-MISC \
                 researcher/NOUN/2/obj ./PUNCT/2/punct",
                &[
                    "Demonym country \"French\" =France",
                    "Name group \"French researcher\" in \"French\" plural",
                ],
            ),
            (
                "Police/NOUN/2/nsubj detained/VERB/0/root Spanish/ADJ/4/amod/B-MISC \
                 photographers/NOUN/2/obj ./PUNCT/2/punct",
                // the plural stays the people's (see `group_head_after`)
                &["Demonym country \"Spanish\" =Spain"],
            ),
            (
                "Police/NOUN/2/nsubj detained/VERB/0/root French/ADJ/4/amod/B-MISC \
                 researcher/NOUN/2/obj Ann/PROPN/4/appos/B-PER Roux/PROPN/5/flat/I-PER \
                 ./PUNCT/2/punct",
                &[
                    "Demonym country \"French\" =France",
                    "Name person \"Ann Roux\"",
                ],
            ),
            (
                "French/ADJ/2/amod/B-MISC diplomats/NOUN/3/nsubj criticised/VERB/0/root \
                 police/NOUN/3/obj ./PUNCT/3/punct",
                &["Demonym country \"French\" =France"],
            ),
        ];
        for (tokens, expected) in table {
            let shown: Vec<String> = show(&mentions(tokens))
                .into_iter()
                .filter(|m| !m.contains("Police") && !m.contains("police"))
                .collect();
            assert_eq!(&shown, expected, "{tokens}");
        }
    }

    #[test]
    fn a_people_or_a_religion_with_a_non_state_agent_noun_is_a_group() {
        assert_eq!(
            show(&mentions(GROUPS)),
            [
                "Name group \"Muslim militias\" plural",
                "Demonym country \"Albanian\" =Albania",
                "Name group \"ethnic Albanian rebels\" in \"Albanian\" plural",
                "Name country \"Egypt\" =Egypt",
                "Demonym country \"Egyptian\" =Egypt",
            ]
        );
    }
}

#[cfg(test)]
mod bare_group_tests {
    use super::super::find_mentions;
    use super::super::tests::{gold, lexicon, text_of};
    use super::keep_arguments;

    /// The bare groups of a gold analysis that are kept as arguments.
    fn bare_groups(tokens: &str) -> Vec<String> {
        let p = gold(tokens);
        let (text, spans) = text_of(&p);
        let mut ms = find_mentions(&p, lexicon(), &spans, &text);
        keep_arguments(&p, lexicon(), &mut ms);
        ms.into_iter()
            .filter(|m| m.bare_group)
            .map(|m| m.name)
            .collect()
    }

    /// Sentences written for this table: each with the bare groups it must yield.
    const TABLE: &[(&str, &[&str])] = &[
        // positive: subject, object, passive agent, "with" phrase, conjuncts, the article
        (
            "Police/NOUN/2/nsubj arrested/VERB/0/root the/DET/4/det men/NOUN/2/obj ./PUNCT/2/punct",
            &["police"],
        ),
        (
            "The/DET/2/det unions/NOUN/3/nsubj accused/VERB/0/root Acme/PROPN/3/obj/B-ORG \
             ./PUNCT/3/punct",
            &["unions"],
        ),
        (
            "Acme/PROPN/3/nsubj:pass/B-ORG was/AUX/3/aux:pass criticised/VERB/0/root \
             by/ADP/6/case medical/ADJ/6/amod workers/NOUN/3/obl:agent ./PUNCT/3/punct",
            &["medical workers"],
        ),
        (
            "Rebels/NOUN/2/nsubj clashed/VERB/0/root with/ADP/5/case riot/NOUN/5/compound \
             police/NOUN/2/obl in/ADP/7/case Gao/PROPN/2/obl/B-LOC ./PUNCT/2/punct",
            &["rebels", "riot police"],
        ),
        (
            "Students/NOUN/4/nsubj and/CCONJ/3/cc lawyers/NOUN/1/conj met/VERB/0/root \
             Acme/PROPN/4/obj/B-ORG ./PUNCT/4/punct",
            &["students", "lawyers"],
        ),
        (
            "Acme/PROPN/2/nsubj/B-ORG held/VERB/0/root talks/NOUN/2/obj with/ADP/5/case \
             unions/NOUN/3/nmod ./PUNCT/2/punct",
            &["unions"],
        ),
        // the possessor of an argument's noun (`possessor_of_argument`)
        (
            "Acme/PROPN/2/nsubj/B-ORG condemned/VERB/0/root separatist/ADJ/4/amod \
             rebels/NOUN/6/nmod:poss '/PART/4/case attacks/NOUN/2/obj ./PUNCT/2/punct",
            &["separatist rebels"],
        ),
        (
            "Acme/PROPN/2/nsubj/B-ORG backed/VERB/0/root opposition/NOUN/4/compound \
             activists/NOUN/6/nmod:poss '/PART/4/case calls/NOUN/2/obj ./PUNCT/2/punct",
            &["opposition activists"],
        ),
        // ... not of a noun inside another noun's phrase
        (
            "The/DET/2/det plight/NOUN/8/nsubj of/ADP/7/case the/DET/5/det \
             workers/NOUN/7/nmod:poss '/PART/5/case families/NOUN/2/nmod \
             worried/VERB/0/root Acme/PROPN/8/obj/B-ORG ./PUNCT/8/punct",
            &[],
        ),
        // negative: a singular, an indefinite, a quantity, a number, a possessive, a
        // name in front (a state's police stay the state), a topic, inside another noun's
        // phrase, a predicate, a compound, a singular group noun
        (
            "A/DET/2/det protester/NOUN/3/nsubj attacked/VERB/0/root Acme/PROPN/3/obj/B-ORG \
             ./PUNCT/3/punct",
            &[],
        ),
        (
            "Many/ADJ/2/amod workers/NOUN/3/nsubj left/VERB/0/root Acme/PROPN/3/obj/B-ORG \
             ./PUNCT/3/punct",
            &[],
        ),
        (
            "Other/ADJ/2/amod executives/NOUN/3/nsubj deceived/VERB/0/root \
             Mr/PROPN/5/compound/B-PER Cole/PROPN/3/obj/I-PER ./PUNCT/3/punct",
            &[],
        ),
        (
            "Two/NUM/2/nummod workers/NOUN/3/nsubj sued/VERB/0/root Acme/PROPN/3/obj/B-ORG \
             ./PUNCT/3/punct",
            &[],
        ),
        (
            "His/PRON/2/nmod:poss supporters/NOUN/3/nsubj backed/VERB/0/root \
             Acme/PROPN/3/obj/B-ORG ./PUNCT/3/punct",
            &[],
        ),
        (
            "Egyptian/ADJ/2/amod/B-MISC police/NOUN/3/nsubj arrested/VERB/0/root \
             protesters/NOUN/3/obj ./PUNCT/3/punct",
            &["protesters"],
        ),
        (
            "Acme/PROPN/2/nsubj/B-ORG talked/VERB/0/root about/ADP/4/case students/NOUN/2/obl \
             with/ADP/6/case Oxfam/PROPN/2/obl/B-ORG ./PUNCT/2/punct",
            &[],
        ),
        (
            "The/DET/2/det plight/NOUN/5/nsubj of/ADP/4/case workers/NOUN/2/nmod \
             worried/VERB/0/root Acme/PROPN/5/obj/B-ORG ./PUNCT/5/punct",
            &[],
        ),
        (
            "Acme/PROPN/3/nsubj/B-ORG 's/AUX/3/cop critics/NOUN/0/root ./PUNCT/3/punct",
            &[],
        ),
        (
            "Police/NOUN/2/compound officers/NOUN/3/nsubj arrested/VERB/0/root \
             Mr/PROPN/5/compound/B-PER Cole/PROPN/3/obj/I-PER ./PUNCT/3/punct",
            &[],
        ),
        (
            "The/DET/2/det opposition/NOUN/3/nsubj criticised/VERB/0/root \
             Acme/PROPN/3/obj/B-ORG ./PUNCT/3/punct",
            &[],
        ),
        // a crowd counted by a number word is the group of its noun, whichever of the two
        // the parser makes the head; not a count of a noun that names no group, nor a
        // counted crowd inside another noun's phrase
        (
            "Thousands/NOUN/4/nsubj of/ADP/3/case protesters/NOUN/1/nmod marched/VERB/0/root \
             against/ADP/6/case Acme/PROPN/4/obl/B-ORG ./PUNCT/4/punct",
            &["protesters"],
        ),
        (
            "Tens/NOUN/6/nsubj of/ADP/3/case thousands/NOUN/1/nmod of/ADP/5/case \
             demonstrators/NOUN/3/nmod accused/VERB/0/root Acme/PROPN/6/obj/B-ORG \
             ./PUNCT/6/punct",
            &["demonstrators"],
        ),
        (
            "Hundreds/NUM/3/nummod of/ADP/1/case students/NOUN/5/nsubj:pass were/AUX/5/aux:pass \
             arrested/VERB/0/root by/ADP/7/case police/NOUN/5/obl:agent ./PUNCT/5/punct",
            &["students", "police"],
        ),
        (
            "Thousands/NOUN/4/nsubj of/ADP/3/case people/NOUN/1/nmod marched/VERB/0/root \
             against/ADP/6/case Acme/PROPN/4/obl/B-ORG ./PUNCT/4/punct",
            &[],
        ),
        (
            "The/DET/2/det anger/NOUN/7/nsubj of/ADP/4/case thousands/NOUN/2/nmod of/ADP/6/case \
             workers/NOUN/4/nmod worried/VERB/0/root Acme/PROPN/7/obj/B-ORG ./PUNCT/7/punct",
            &[],
        ),
    ];

    #[test]
    fn a_bare_group_is_an_actor_only_as_an_argument_with_no_name_or_quantity_in_front() {
        for (tokens, expected) in TABLE {
            assert_eq!(&bare_groups(tokens), expected, "{tokens}");
        }
    }

    #[test]
    fn a_counted_crowd_refers_from_its_count_on() {
        let p = gold(
            "Tens/NOUN/6/nsubj of/ADP/3/case thousands/NOUN/1/nmod of/ADP/5/case \
             protesters/NOUN/3/nmod accused/VERB/0/root Acme/PROPN/6/obj/B-ORG ./PUNCT/6/punct",
        );
        let (text, spans) = text_of(&p);
        let ms = find_mentions(&p, lexicon(), &spans, &text);
        let crowd = ms.iter().find(|m| m.bare_group).unwrap();
        assert_eq!((crowd.start, crowd.tokens()), (4, 0..5));
    }

    #[test]
    fn a_sentence_without_a_tree_keeps_no_bare_group() {
        let mut p = gold("Police/NOUN/2/nsubj arrived/VERB/0/root ./PUNCT/2/punct");
        p.has_tree = false;
        let (text, spans) = text_of(&p);
        let mut ms = find_mentions(&p, lexicon(), &spans, &text);
        assert_eq!(ms.len(), 1);
        keep_arguments(&p, lexicon(), &mut ms);
        assert!(ms.is_empty());
    }
}

#[cfg(test)]
mod people_of_persons_tests {
    use super::super::find_mentions;
    use super::super::tests::{gold, lexicon, text_of};
    use super::people_of_persons;

    /// The mentions of a gold analysis that name the people of the persons after them.
    fn peoples(tokens: &str) -> Vec<String> {
        let p = gold(tokens);
        let (text, spans) = text_of(&p);
        find_mentions(&p, lexicon(), &spans, &text)
            .into_iter()
            .filter(|m| people_of_persons(&p, lexicon(), m))
            .map(|m| m.name)
            .collect()
    }

    /// Sentences written for this table: each with the mentions that only say whose
    /// people the persons after them are.
    const TABLE: &[(&str, &[&str])] = &[
        // a list of peoples and a lower-case noun before a person noun of WordNet
        (
            "Ministers/NOUN/2/nsubj kept/VERB/0/root UK/PROPN/7/compound/B-LOC and/CCONJ/5/cc \
             foreign/ADJ/3/conj terror/NOUN/7/compound suspects/NOUN/2/obj ./PUNCT/2/punct",
            &["UK"],
        ),
        (
            "Indonesia/PROPN/2/nsubj/B-LOC jailed/VERB/0/root Australian/ADJ/6/amod \
             and/CCONJ/5/cc British/ADJ/3/conj suspects/NOUN/2/obj ./PUNCT/2/punct",
            &["Australian", "British"],
        ),
        // a member noun of a people
        (
            "China/PROPN/2/nsubj/B-LOC detained/VERB/0/root Canadian/ADJ/4/amod \
             citizens/NOUN/2/obj ./PUNCT/2/punct",
            &["Canadian"],
        ),
        // what is no person, a state's agent, a person noun that does not end the phrase
        (
            "Israel/PROPN/2/nsubj/B-LOC struck/VERB/0/root Iranian/ADJ/4/amod \
             positions/NOUN/2/obj ./PUNCT/2/punct",
            &[],
        ),
        (
            "Germany/PROPN/2/nsubj/B-LOC expelled/VERB/0/root Russian/ADJ/4/amod \
             diplomats/NOUN/2/obj ./PUNCT/2/punct",
            &[],
        ),
        (
            "Egypt/PROPN/2/nsubj/B-LOC sought/VERB/0/root an/DET/6/det Iranian/ADJ/6/amod \
             suspects/NOUN/6/compound list/NOUN/2/obj ./PUNCT/2/punct",
            &[],
        ),
        // a comma before a noun lists no people: "Iran, residents said, ..."
        (
            "Iran/PROPN/6/nsubj/B-LOC ,/PUNCT/4/punct hostages/NOUN/4/nsubj said/VERB/6/parataxis \
             ,/PUNCT/4/punct attacked/VERB/0/root Iraq/PROPN/6/obj/B-LOC ./PUNCT/6/punct",
            &[],
        ),
    ];

    #[test]
    fn a_peoples_word_before_a_person_noun_that_is_no_agent_names_only_their_people() {
        for (tokens, expected) in TABLE {
            assert_eq!(&peoples(tokens), expected, "{tokens}");
        }
    }
}
