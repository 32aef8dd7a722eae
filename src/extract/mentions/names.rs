//! Names: the gazetteer's names, demonyms and capitals, and runs of proper nouns.
//!
//! Three sources check each other. The gazetteer knows countries, organizations, peoples,
//! capitals and listed people; the entity recognizer types what it sees; runs of
//! capitalized words the tagger calls proper nouns fill the rest. A gazetteer name gives
//! way to a longer name that starts with it ("Syrian Democratic Forces"); a run is cut
//! before a title or a known name inside it ("Egypt President Morsi"); an unknown name is
//! typed by its last word ("... Bank", "Court of Appeal"), by the recognizer, or else is a
//! person's, tentatively when it is a single word.

use super::{Finder, Mention, MentionKind, Sentence, acronym_like, is_capitalized};
use crate::domain::ActorType;
use crate::extract::entities::cue;
use crate::extract::relations::enabled as relations_enabled;
use crate::lexicon::{ActorMatch, Form, Lexicon, WordClass};
use crate::nlp::{EntityLabel, Upos};

/// Most words of a run of proper nouns that is taken for a person's name when the
/// recognizer has no opinion.
const MAX_PERSON_WORDS: usize = 4;

/// Most lower-case modifiers between a name and the lower-case head that makes one name of
/// them ("the Commons public accounts committee").
const MAX_HEAD_MODIFIERS: usize = 3;

/// Fewest letters a compound keeps before the plural it ends in ("dock" of "dockworkers";
/// [`Sentence::compound_plural`]).
const MIN_COMPOUND_PREFIX: usize = 3;

/// Fewest letters of the plural a compound ends in ("workers"; not "ones" of "Jones").
const MIN_COMPOUND_TAIL: usize = 5;

impl Sentence<'_> {
    /// The word at `k` may be part of a name: capitalized (or a lower-case particle joined
    /// to a capitalized word: "al-Qaeda"), no calendar word, no leading modifier, no name
    /// turned into a modifier ("Bush-style"); a proper noun, or a content word the
    /// recognizer puts in an entity or that does not open the sentence.
    pub(super) fn word_is_name_like(&self, k: usize) -> bool {
        let (p, w) = (self.p, self.p.words[k]);
        // "al- Qaeda": a name particle cut from its name by a space
        if self.has(WordClass::NameParticle, k)
            && k + 1 < self.len()
            && is_capitalized(self.p.words[k + 1])
        {
            return true;
        }
        // names are written with a capital (or a lower-case particle: "al-Qaeda"); a
        // recognizer's span that runs over "say they" does not make those words a name.
        // (Checked before the word classes: most words fail here, without a lookup.)
        let cased = is_capitalized(w)
            || w.split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase));
        if !cased || !w.chars().any(char::is_alphabetic) {
            return false;
        }
        if self.has(WordClass::CalendarWord, k) && !self.opens_newspaper_name(k) {
            return false;
        }
        // "14:05 GMT": a `time_zone` after a clock time is no name, whatever the
        // recognizer says (a live blog's time stamp)
        if k > 0 && crate::text::is_clock(p.words[k - 1]) && self.has(WordClass::TimeZone, k) {
            return false;
        }
        if self.has(WordClass::LeadingModifier, k) && !self.opens_organization_name(k) {
            return false;
        }
        // "Bush-style", "Iraq-based": a name turned into a modifier
        if w.rsplit_once('-')
            .is_some_and(|(_, suffix)| self.lex.words.has(WordClass::HyphenSuffix, suffix))
        {
            return false;
        }
        if p.upos[k] == Upos::Propn {
            return true;
        }
        // "Bright Systems accused ...": the first word of a company's name ending in a
        // common noun's plural, which the tagger reads as an adjective at the sentence's
        // start
        if self.plural_head_span(k).is_some() && !matches!(p.upos[k], Upos::Adp | Upos::Det) {
            return true;
        }
        if self.known_acronym(k) {
            return true;
        }
        // "Next warned ...", "Gap closed ...": a company the dictionary lists under a
        // common word, opening the sentence right before its verb, whatever the tagger
        // read it as (an adverb, an auxiliary, a noun)
        if self.sentence_initial(k)
            && matches!(p.upos.get(k + 1), Some(Upos::Verb | Upos::Aux))
            && self.listed_company_at(k).is_some()
        {
            return true;
        }
        // function words ("Of", "All" at the start of a sentence) are no names, whatever
        // the recognizer says
        if matches!(
            p.upos[k],
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
        // a common word the recognizer alone calls a name is one only inside a longer
        // name when it opens the sentence: "Transport", "Look" are capitalized there
        if let Some((s, e, label)) = self.ner_at(k)
            && label != EntityLabel::Misc
            && !(e - s == 1 && self.sentence_initial(k))
        {
            return true;
        }
        k > 0 && matches!(p.upos[k], Upos::Noun | Upos::Adj | Upos::X)
    }

    /// "The New Democratic Party": a capitalized leading modifier at `k` is the first word of
    /// an organization's name when the recognizer's organization span opens with it, runs
    /// past it, and ends with an `organization_word`, the word the name is typed by. "New
    /// chief executive X", "Former Labour Party leader X" have no such span from the modifier.
    fn opens_organization_name(&self, k: usize) -> bool {
        self.opens_organization_name_past(k, 1)
    }

    /// The `len` words at `k` (a leading modifier, a title: "the Justice Department") are the
    /// first words of an organization's name: the recognizer's organization span opens at
    /// `k`, runs past them, and ends with an `organization_word`.
    pub(super) fn opens_organization_name_past(&self, k: usize, len: usize) -> bool {
        self.organization_span_past(k, k + len, false)
    }

    /// "General Motors sued Ford", "the President Bank": the capitalized title of `len`
    /// words at `k` opens an organization's name when the recognizer's organization span
    /// opens with it or right after it (the recognizer often leaves a title out of the
    /// name it opens: "General [Motors]"), runs past it, and ends with an
    /// `organization_word` or an `industry_name_word`. "General [Kowal]" ends with none
    /// and keeps its title.
    pub(super) fn title_opens_organization_name(&self, k: usize, len: usize) -> bool {
        let after = k + len;
        self.organization_span_past(k, after, true)
            || (self.ner_at(k).is_none() && self.organization_span_past(after, after, true))
    }

    /// Whether the recognizer's organization span opens at `start`, ends after `past`, and
    /// ends with an `organization_word` (or, with `industry`, an `industry_name_word`).
    fn organization_span_past(&self, start: usize, past: usize, industry: bool) -> bool {
        self.ner_at(start).is_some_and(|(s, e, label)| {
            label == EntityLabel::Organization
                && s == start
                && e > past
                && (self.has(WordClass::OrganizationWord, e - 1)
                    || (industry && self.has(WordClass::IndustryNameWord, e - 1)))
        })
    }

    /// "the Sunday Times", "an Evening Standard journalist": a capitalized day or edition
    /// word (`calendar_word`, `edition_word`) at `k` right before a capitalized
    /// `newspaper_word` that ends the run of capitals opens a newspaper's name.
    pub(super) fn opens_newspaper_name(&self, k: usize) -> bool {
        let words = &self.p.words;
        (self.has(WordClass::CalendarWord, k) || self.has(WordClass::EditionWord, k))
            && is_capitalized(words[k])
            && k + 1 < self.len()
            && is_capitalized(words[k + 1])
            && self.has(WordClass::NewspaperWord, k + 1)
            && !(k + 2 < self.len() && is_capitalized(words[k + 2]))
    }

    /// "The NHS accused ...", "talks with the RMT", "the SPLM-IO": a word in capitals at `k`
    /// (an acronym, [`acronym_like`], of letters and hyphens: with digits or dots it is
    /// more often a model or a unit, "DB9", "A400M") that the recognizer leaves untyped
    /// names an organization, whatever the tagger makes of it ("NHS" is read as a plural noun),
    /// unless English writes it as a common noun (`common_abbreviation`, `common_words.tsv`:
    /// "the CEO", "GDP", "TV") or a word beside it is in capitals too (a headline: "NHS
    /// CRISIS DEEPENS").
    fn unknown_acronym(&self, k: usize) -> bool {
        let words = &self.p.words;
        acronym_like(words[k])
            && words[k].chars().all(|c| c.is_ascii_uppercase() || c == '-')
            && !self.has(WordClass::CommonAbbreviation, k)
            && !self.lex.is_common_word(self.lower[k])
            && !self.shouted_beside(k)
    }

    /// A word beside `k` is written in capitals too: a headline ("NHS CRISIS DEEPENS",
    /// "WHO WILL PAY"), where capitals make no acronym.
    fn shouted_beside(&self, k: usize) -> bool {
        let words = &self.p.words;
        let shouted = |j: usize| {
            words[j].chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !words[j].chars().any(char::is_lowercase)
        };
        (k > 0 && shouted(k - 1)) || (k + 1 < self.len() && shouted(k + 1))
    }

    /// "The WHO Executive Board": a word in capitals at `k` that the dictionary knows as
    /// an organization's acronym is a name, so that the body it opens is read whole,
    /// whatever the tagger makes of it ("WHO" is read as the pronoun); not in a headline.
    fn known_acronym(&self, k: usize) -> bool {
        let w = self.p.words[k];
        acronym_like(w)
            && w.chars().all(|c| c.is_ascii_uppercase())
            && self
                .gaz_at(k)
                .is_some_and(|g| g.len == 1 && g.entry.kind == ActorType::Organization)
            && !self.shouted_beside(k)
    }

    /// `plural_head_name`: the recognizer's miscellaneous entity covering `k`, when it is a
    /// company's name ending in the plural of a common noun ("Bright Systems", "Getty
    /// Images", "Blue Harbor Industries"): two capitalized words or more, the last a plural (the
    /// lemmatizer reduces it) of a word English writes in lower case (`common_words.tsv`),
    /// no article in front ("the Commonwealth Games", "the Brit Awards" are events) and no
    /// known name at its head. A person's name does not end in a common noun's plural, and
    /// the recognizer's miscellany (nationalities, events, products) holds the companies it
    /// does not know; one it types a person ("Tony Banks") keeps its type. A `non_actor_head`
    /// still names no actor ("Epic Games": games are events first). Returns the span.
    fn plural_head_span(&self, k: usize) -> Option<(usize, usize)> {
        let (s, e, label) = self.ner_at(k)?;
        if label != EntityLabel::Misc || e < s + 2 || !relations_enabled("plural_head_name") {
            return None;
        }
        let last = e - 1;
        let lower = self.lower[last];
        let lemma = self.p.lemmas[last].to_lowercase();
        let plural = lower.ends_with('s')
            && lemma != lower
            && (self.lex.is_common_word(lower) || self.lex.is_common_word(&lemma))
            && matches!(self.p.upos[last], Upos::Noun | Upos::Propn);
        let article = s > 0
            && (self.has(WordClass::DefiniteWord, s - 1)
                || self.has(WordClass::IndefiniteArticle, s - 1)
                || self.p.upos[s - 1] == Upos::Det);
        let cased = (s..e).all(|j| is_capitalized(self.p.words[j]));
        (plural && !article && cased && self.gaz_at(last).is_none()).then_some((s, e))
    }

    /// `state_prefixed_body`: "the US Securities and Exchange Commission", "the UK Gambling
    /// Commission": an organization's name `[i, e)` that opens with a state's name (the
    /// gazetteer's name of a country, not its people's word: "Canadian National", "British
    /// Airways" are firms of their own) followed by two words or more ending in an
    /// `organization_word`. Returns where the name without the state starts.
    fn state_prefix(&self, i: usize, e: usize) -> Option<usize> {
        let g = self.gaz_at(i)?;
        let k = i + g.len;
        (relations_enabled("state_prefixed_body")
            && g.entry.kind == ActorType::Country
            && g.entry.form == Form::Name
            && e >= k + 2
            && (k..e).all(|j| self.name_like(j) || self.has(WordClass::NameConnector, j))
            && is_capitalized(self.p.words[k])
            && self.has(WordClass::OrganizationWord, e - 1))
        .then_some(k)
    }

    /// End of the run of proper nouns that starts at `i` (`i` itself when it is no name).
    fn proper_run_end(&self, i: usize) -> usize {
        if !self.name_like(i) {
            return i;
        }
        let mut e = i + 1;
        while e < self.len() {
            // "Jane Porter QC": letters after the name are no part of it
            if self.post_nominal(e) {
                break;
            }
            if self.name_like(e) {
                e += 1;
            } else if self.numbered(e) {
                // "Channel 5", "BBC Radio 4": a number after a word that takes one
                e += 1;
            } else if self.plural_possessor_inside(i, e) {
                // "the Inter University Students' Federation": the marker and the head
                e += 1;
            } else if self.article_phrase(i, e) {
                // "the Movement for the Liberation of the Congo": the preposition and its
                // article inside the organization's name
                e += 2;
            } else if let Some(place) = self.deployed_body(i, e) {
                // "the African Union Transition Mission in Somalia": the preposition (and
                // an article) before the country the body serves in
                e = place;
            } else if self.has(WordClass::NameConnector, e)
                && e + 1 < self.len()
                && self.name_like(e + 1)
            {
                if self.has(WordClass::NameCoordinator, e) && !self.coordinated_name(i, e) {
                    break;
                }
                e += 2;
            } else {
                break;
            }
        }
        e
    }

    /// `plural_possessor`: the possessive marker at `e`, inside the run of proper nouns
    /// starting at `i`, joins the plural common noun before it to the organization's head
    /// after it as one name: "the Inter University Students' Federation", "the Metal
    /// Workers' Union", "the Taiwan People's Party". A plural's possessive (a word in "s"
    /// with the bare apostrophe, or an `unmarked_plural` with the clitic: "People's")
    /// names the members an organization is of, and the capitalised words after it end
    /// with an `organization_word`. So does an office's title with the clitic
    /// ([`Self::office_title_before`]: "the Munich Public Prosecutor's Office"), and a
    /// compound the dictionary does not list ([`Self::compound_plural`]: "the ABC
    /// Metalworkers' Union"). Not a name's possessive ("Britain's Foreign Office",
    /// "Labour's Policy Forum", "Jones' Bakery": no plural, or a known name), nor a singular's ("the
    /// Party's Central Committee", the organ of an organization met before), nor a head
    /// that is no organization's ("the Workers' Day").
    pub(super) fn plural_possessor_inside(&self, i: usize, e: usize) -> bool {
        if !(e > i && e + 1 < self.len() && relations_enabled("plural_possessor")) {
            return false;
        }
        let possessor = e - 1;
        let marker = self.p.words[e];
        // a plural in "s" is a common word or one the lemmatizer reduces ("Farmers" ->
        // "farmer"); a name in "s" ("Jones' Bakery") is neither
        let lower = self.lower[possessor];
        let clitic = self.has(WordClass::PossessiveClitic, e);
        let plural = (marker == "'"
            && lower.ends_with('s')
            && (self.p.lemmas[possessor] != lower
                || self.lex.is_common_word(lower)
                || self.compound_plural(lower, false)))
            || (clitic
                && (self.has(WordClass::UnmarkedPlural, possessor)
                    || self.compound_plural(lower, true)));
        if !((plural || (clitic && self.office_title_before(i, e)))
            && self.p.upos[e] == Upos::Part
            && matches!(self.p.upos[possessor], Upos::Noun | Upos::Propn)
            && self.gaz_at(possessor).is_none())
        {
            return false;
        }
        let mut r = e + 1;
        while r < self.len() && self.name_like(r) && !self.post_nominal(r) {
            r += 1;
        }
        r > e + 1 && self.has(WordClass::OrganizationWord, r - 1)
    }

    /// `compound_plural`: `lower` is a compound the dictionary does not list that ends in
    /// a plural it does ("metalworkers", "dockworkers": a common word in "s" whose singular
    /// is common too; "longshoremen": an `unmarked_plural` when `unmarked`), after at least
    /// [`MIN_COMPOUND_PREFIX`] letters of its own, so that a surname in "s" ("Jones",
    /// "Hastings") splits into no such pair.
    fn compound_plural(&self, lower: &str, unmarked: bool) -> bool {
        if !relations_enabled("compound_plural") {
            return false;
        }
        lower
            .char_indices()
            .skip(MIN_COMPOUND_PREFIX)
            .map(|(k, _)| &lower[k..])
            .any(|tail| {
                if unmarked {
                    self.lex.words.has(WordClass::UnmarkedPlural, tail)
                } else {
                    tail.len() >= MIN_COMPOUND_TAIL
                        && self.lex.is_common_word(tail)
                        && tail
                            .strip_suffix('s')
                            .is_some_and(|one| self.lex.is_common_word(one))
                }
            })
    }

    /// `office_title`: the words of the name run from `i` up to the possessive at `e` end
    /// with an office's title ("the Munich Public Prosecutor's Office", "the Denver District
    /// Attorney's Office"): the office an organization is named after, as a plural names
    /// its members ([`Self::plural_possessor_inside`]); not an organization's own organ
    /// ("the Party's Central Committee": no title).
    fn office_title_before(&self, i: usize, e: usize) -> bool {
        relations_enabled("office_title")
            && (i..e).any(|j| {
                self.lex
                    .title_at(&self.lower, j)
                    .is_some_and(|(n, _)| j + n == e)
            })
    }

    /// The word at `k` is a post-nominal ("QC", "MSP") after a name: written in capitals,
    /// so that a title word ending a name ("Tom King") stays in it; with no name after it,
    /// where it is the title of that name ("Leeds MP Jane Rowan"); and after a name with no
    /// article in front, where the words are the title's portfolio ("the Leeds MP").
    pub(super) fn post_nominal(&self, k: usize) -> bool {
        let w = self.p.words[k];
        if !(k > 0
            && self.has(WordClass::PostNominal, k)
            && w.chars().all(|c| c.is_ascii_uppercase())
            && self.name_like(k - 1)
            && !(k + 1 < self.len() && self.name_like(k + 1)))
        {
            return false;
        }
        let start = (0..k)
            .rev()
            .take_while(|&j| self.name_like(j))
            .last()
            .unwrap_or(k);
        !(start > 0
            && (self.has(WordClass::DefiniteWord, start - 1)
                || self.has(WordClass::IndefiniteArticle, start - 1)))
    }

    /// "Dunmore airport", "the Commons public accounts committee": after a name ending at
    /// `e`, at most [`MAX_HEAD_MODIFIERS`] lower-case modifiers (nouns, adjectives, a
    /// coordinator between two of them) and a `lower_case_name_head` noun that ends the
    /// phrase (not "Dunmore airport staff"). The head's index and the number of modifiers.
    fn lower_case_head_after(&self, e: usize) -> Option<(usize, usize)> {
        let p = self.p;
        let lower = |k: usize| k < self.len() && p.words[k].starts_with(char::is_lowercase);
        let modifier = |k: usize| lower(k) && matches!(p.upos[k], Upos::Noun | Upos::Adj);
        let (mut k, mut modifiers) = (e, 0);
        while lower(k) {
            if self.has(WordClass::LowerCaseNameHead, k)
                && !(lower(k + 1) && p.upos[k + 1] == Upos::Noun)
            {
                return Some((k, modifiers));
            }
            if modifier(k) && modifiers < MAX_HEAD_MODIFIERS {
                modifiers += 1;
                k += 1;
            } else if p.upos[k] == Upos::Cconj && modifiers > 0 && modifier(k + 1) {
                k += 1;
            } else {
                return None;
            }
        }
        None
    }

    /// `article_phrase_name`: "the Movement for the Liberation of the Congo", "the Rally
    /// of the Togolese People": the organization's preposition at `e` and an article after
    /// it, before a capitalized word, go on with the run of proper nouns starting at `i`
    /// when the run is an organization word alone, unknown to the dictionary, or already
    /// such a word with its phrase ("... Liberation" before "of the Congo"). A person
    /// ("Ann Kell of the Guardian") or a title ("the Leader of the Opposition") is no
    /// organization word, and stays apart from the name after "of the".
    fn article_phrase(&self, i: usize, e: usize) -> bool {
        e + 2 < self.len()
            && self.has(WordClass::NameConnector, e)
            && self.has(WordClass::OrganizationPreposition, e)
            && self.has(WordClass::DefiniteArticle, e + 1)
            && is_capitalized(self.p.words[e + 2])
            && self.name_like(e + 2)
            && self.gaz_at(i).is_none()
            && ((e == i + 1 && self.has(WordClass::OrganizationWord, i))
                || (e >= i + 3 && org_with_phrase(self.lex, &self.lower[i..e])))
            && relations_enabled("article_phrase_name")
    }

    /// `body_after_article`: "The European Union Training Mission in Mali", "the United
    /// Nations Assistance Mission in Afghanistan": a known name written with its article
    /// (`len` words from `i`, the article first) gives way to the unknown name of a body
    /// that starts after the article and runs past the known name to its deployed body's
    /// type word (`deployed_body`), as it gives way to a longer known name; without the
    /// article the known name already opens such a run ("the African Union Transition
    /// Mission in Somalia").
    fn body_after_article(&self, i: usize, len: usize) -> bool {
        let run_end = self.proper_run_end(i + 1);
        relations_enabled("body_after_article")
            && run_end > i + len
            && (i + len..run_end).any(|j| self.deployed_body(i + 1, j).is_some())
    }

    /// `deployed_body`: "the African Union Transition Mission in Somalia", "the European
    /// Union Force in Bosnia", "the OSCE Mission to Moldova": in the run of proper nouns
    /// starting at `i`, a capitalized `deployed_body_word` right before the
    /// `deployment_preposition` at `e`, and a country or a region after it (an article may
    /// come between: "in the Central African Republic"), are one body's name. Two missions
    /// of one organization are two bodies, told apart by their country. Returns where the
    /// country's name starts. Not after a state's name alone ("the Kenyan Mission in
    /// Geneva" is a state's post abroad), nor before a capital, a date or a lower-case word
    /// ("the European Council in Brussels", "the Force in March", "the UN mission in
    /// Bamako": "in" ends those names).
    fn deployed_body(&self, i: usize, e: usize) -> Option<usize> {
        let body = e.checked_sub(1)?;
        if !(body > i
            && e + 1 < self.len()
            && self.has(WordClass::DeploymentPreposition, e)
            && self.has(WordClass::DeployedBodyWord, body)
            && is_capitalized(self.p.words[body])
            && relations_enabled("deployed_body"))
        {
            return None;
        }
        if self
            .gaz_at(i)
            .is_some_and(|g| g.entry.kind == ActorType::Country && i + g.len == body)
        {
            return None;
        }
        let place = if self.has(WordClass::DefiniteArticle, e + 1) {
            e + 2
        } else {
            e + 1
        };
        let country = place < self.len()
            && self.name_like(place)
            && match self.gaz_at(place) {
                Some(g) => {
                    matches!(g.entry.form, Form::Name | Form::City)
                        && matches!(g.entry.kind, ActorType::Country | ActorType::Location)
                }
                None => self
                    .ner_at(place)
                    .is_some_and(|(s, _, l)| s == place && l == EntityLabel::Location),
            };
        country.then_some(place)
    }

    /// The word at `k` is a number that continues the name before it: "Channel 5".
    fn numbered(&self, k: usize) -> bool {
        k > 0
            && self.p.words[k].bytes().all(|b| b.is_ascii_digit())
            && self.has(WordClass::NumberedNameWord, k - 1)
    }

    /// The last word of the name `[s, e)` that says what it names: the word before a
    /// number that continues it ("Radio" in "BBC Radio 4").
    /// ("Force" in "Task Force Tarawa": the code name after a `code_named_unit_word`.)
    fn head_word(&self, s: usize, e: usize) -> usize {
        // "Mission" in "the OSCE Mission to Moldova": the type word before the country
        if let Some(j) = (s + 2..e.saturating_sub(1)).find(|&j| self.deployed_body(s, j).is_some())
        {
            return j - 1;
        }
        if (e - s >= 2 && self.numbered(e - 1)) || self.code_name(s, e) {
            e - 2
        } else {
            e - 1
        }
    }

    /// The last word of the run `[s, e)` is the code name of the unit the word before it
    /// names ("Task Force Tarawa", "Joint Task Force Bravo"): a proper noun after a
    /// `code_named_unit_word` that is not the run's first word. A code name says nothing of
    /// what it names, so the unit word stays the head, even when the code name is a place.
    fn code_name(&self, s: usize, e: usize) -> bool {
        e - s >= 3
            && self.has(WordClass::CodeNamedUnitWord, e - 2)
            && is_capitalized(self.p.words[e - 1])
            && self.p.upos[e - 1] == Upos::Propn
    }

    /// "3rd Infantry Division", "5th Fleet": an ordinal at `i` before a run of proper nouns
    /// whose head is a `military_unit_word` opens the unit's name. Returns the run's end.
    fn ordinal_unit_end(&self, i: usize) -> Option<usize> {
        if !is_ordinal(self.p.words[i]) || i + 1 >= self.len() || !self.name_like(i + 1) {
            return None;
        }
        let run_end = self.proper_run_end(i + 1);
        (run_end > i + 1 && self.has(WordClass::MilitaryUnitWord, self.head_word(i + 1, run_end)))
            .then_some(run_end)
    }

    /// The coordinator at `e` joins two parts of the name starting at `i`, not two names
    /// ("Bosnia and Herzegovina", not "Kerry and Ban"): a recognized entity or a known
    /// name spans it, the part after it does not repeat the first word of the name
    /// ("BBC One and BBC News"), and the two sides are not two full names
    /// (`two_full_names`).
    pub(super) fn coordinated_name(&self, i: usize, e: usize) -> bool {
        // "Ogilvy & Mather and Cordiant": a firm's name with an ampersand ends before the
        // coordinator, which joins it to another name
        if (i..e).any(|k| self.has(WordClass::FirmConnector, k)) {
            return false;
        }
        let inside_entity = self
            .p
            .entities
            .iter()
            .any(|&(s, en, _)| s <= i && en > e + 1)
            && self.lower[e + 1] != self.lower[i]
            && !self.two_full_names(i, e);
        let known = self.gaz_at(i).is_some_and(|g| i + g.len > e + 1);
        if !known && self.acronym_conjunct(e) {
            return false;
        }
        inside_entity || known || self.phrase_coordinated(i, e) || self.company_coordinated(i, e)
    }

    /// `acronym_conjunct`: "Canadian National and CPKC", "Western Digital and AMD": a lone
    /// acronym (letters in capitals, no common abbreviation) right after the coordinator at
    /// `e` that ends the run of names is a second name, not the last part of the first: a
    /// name's own parts after "and" are words ("Bosnia and Herzegovina", "Marks and
    /// Spencer"), and the recognizer's one span over both is two companies.
    fn acronym_conjunct(&self, e: usize) -> bool {
        let k = e + 1;
        relations_enabled("acronym_conjunct")
            && k < self.len()
            && acronym_like(self.p.words[k])
            && self.p.words[k].chars().all(|c| c.is_ascii_uppercase())
            && !self.has(WordClass::CommonAbbreviation, k)
            && !(k + 1 < self.len() && self.name_like(k + 1))
    }

    /// "Fortnum and Mason plc", "Dombey and Sons Group": one unknown name word on each side
    /// of the coordinator at `e` and a company's form word (`company_word`) right after
    /// the second make one company's name; writers put the form after the whole name, not
    /// after the second of two companies ("Tesco and Asda" stay two, and so do known names).
    fn company_coordinated(&self, i: usize, e: usize) -> bool {
        e == i + 1
            && e + 2 < self.len()
            && self.has(WordClass::CompanyWord, e + 2)
            && self.gaz_at(i).is_none()
            && self.gaz_at(e + 1).is_none()
    }

    /// "Department of Trade and Industry", "Welsh Institute for Health and Social Care":
    /// after an organization word and its "of" or "for" phrase in the run starting at `i`,
    /// the coordinator at `e` joins two parts of that phrase when the words after it start
    /// no name of their own (no recognized entity, no known name there) and do not end in
    /// an organization word ("Ministry of Defence and Foreign Office" are two).
    fn phrase_coordinated(&self, i: usize, e: usize) -> bool {
        if e + 1 >= self.len()
            || !(i..e.saturating_sub(2)).any(|j| org_with_phrase(self.lex, &self.lower[j..e]))
            || self.p.entities.iter().any(|&(s, _, _)| s == e + 1)
            || self.gaz_at(e + 1).is_some()
        {
            return false;
        }
        let mut r = e + 1;
        while r < self.len() && is_capitalized(self.p.words[r]) && self.name_like(r) {
            r += 1;
        }
        r > e + 1 && !self.has(WordClass::OrganizationWord, r - 1)
    }

    /// "stars Morgan Freeman and Cate Blanchett": the recognizer may span two people's names
    /// and their coordinator at `e` as one entity. Names are found before the sentence is
    /// parsed, so this reads words: two capitalized words or more on each side, no
    /// connector ("of", "for") before the coordinator, and the words after it not ending
    /// in an `organization_word` that heads both sides ("World Travel and Tourism Council",
    /// "National Development and Reform Commission" keep theirs). One word on either side
    /// ("Marks and Spencer", "Food and Agriculture Organisation") is left to the recognizer.
    fn two_full_names(&self, i: usize, e: usize) -> bool {
        let words = &self.p.words;
        let plain = |k: usize| {
            k < self.len()
                && is_capitalized(words[k])
                && self.name_like(k)
                && !self.has(WordClass::NameConnector, k)
        };
        let mut r = e + 1;
        while plain(r) {
            r += 1;
        }
        e >= i + 2
            && (i..e).all(plain)
            && r >= e + 3
            && !self.has(WordClass::OrganizationWord, r - 1)
    }

    /// Where a run `[i, run_end)` of unknown proper nouns ends as one name: before a title
    /// that introduces another name ("Egypt President Morsi", not the title ending it:
    /// "Tom King") or a known name inside it, and without the connector that led there.
    /// `titled`: a title or honorific waits in front of the run for its name.
    fn name_end(&self, i: usize, run_end: usize, whole_org: bool, titled: bool) -> usize {
        let mut e = i + 1;
        while e < run_end
            && self.title_at(e).is_none_or(|(len, t)| {
                // "Metropolitan Police Commissioner": "Police" ends the organization's
                // name rather than starting the title
                e + len >= run_end
                    || (self.has(WordClass::OrganizationWord, e) && self.title_at(e + 1).is_some())
                    // "the WHO Executive Board": a title word right before the
                    // organization's word that ends the run is a word of the body's name
                    || (whole_org
                        && e + len + 1 == run_end
                        && self.has(WordClass::OrganizationWord, run_end - 1))
                    || (t.honorific && self.honorific_inside_name(i, e, e + len, run_end, titled))
                    // "the Denver District Attorney's Office": the office's title the
                    // body is named after (`office_title`)
                    || (e + len < run_end && self.plural_possessor_inside(i, e + len))
            })
            && !self.known_name_inside(i, e, run_end, whole_org)
            && !self.person_before_connector(i, e)
        {
            e += 1;
        }
        // "Irakli Labadze of [Georgia]": a run cut before a known name does not keep the
        // connector that led to it
        while e > i + 1 && self.has(WordClass::NameConnector, e - 1) {
            e -= 1;
        }
        e
    }

    /// `honorific_inside_name`: a name of three words with an honorific in the middle
    /// (`[i, run_end)`, the honorific `[e, after)`: "Hassan Sheikh Mohamud", a Somali name
    /// with "Sheikh" inside), which the recognizer reads as one person, is one name: one
    /// word before the honorific and one after, none of them a known name. Not "the
    /// Archbishop of Canterbury Dr Rowan Williams" (two words after), nor "Kilroy-Silk and
    /// Ms Kelly" (a connector before), which the recognizer may take for one person; a
    /// title inside a run still cuts it ("Labour MP Ann Cole"). After a title waiting for
    /// its name (`titled`: "Somali President Ahmed Sheikh Hassan") the name is a person's
    /// whatever label the recognizer gives the span covering it (it may read title and
    /// name as one organization); the span must still cover the three words.
    fn honorific_inside_name(
        &self,
        i: usize,
        e: usize,
        after: usize,
        run_end: usize,
        titled: bool,
    ) -> bool {
        e == i + 1
            && after + 1 == run_end
            && self
                .p
                .entities
                .iter()
                .any(|&(s, en, l)| (l == EntityLabel::Person || titled) && s <= i && en >= run_end)
            && (i..run_end).all(|k| self.gaz_at(k).is_none())
    }

    /// "Ann Vickers of Fair Vote Now": the recognizer's person, ending at `e` (it may start
    /// before `i`, at an honorific: "Dr Doug Williams of BT"), a full name of two words or
    /// more, ends right before a connector at `e` that ties a member to what it serves
    /// (`member_preposition`: "of", "for"), and a capitalized word follows (the recognizer
    /// may miss or mislabel what it starts: "Jamie Graham of Total Film"): two names, the
    /// person's and the one the connector leads to. Not a particle ("Henri de Rinaldo"),
    /// nor a single word ("Hall of Fame"), nor a peer's name the recognizer saw whole
    /// ("Lord Nicholls of Birkenhead").
    fn person_before_connector(&self, i: usize, e: usize) -> bool {
        e + 1 < self.len()
            && e >= i + 2
            && self.has(WordClass::NameConnector, e)
            && self.has(WordClass::MemberPreposition, e)
            && self
                .p
                .entities
                .iter()
                .any(|&(s, en, l)| l == EntityLabel::Person && s <= i && en == e)
            && is_capitalized(self.p.words[e + 1])
    }

    /// A gazetteer name at `e`, inside the run `[i, run_end)`, that is an actor of its own
    /// rather than a part of the run's name.
    fn known_name_inside(&self, i: usize, e: usize, run_end: usize, whole_org: bool) -> bool {
        e > i
            // "al- Zarqawi": a name written apart from its particle is still its part
            && !self.has(WordClass::NameParticle, e - 1)
            && self.gaz_at(e).is_some_and(|g| {
                e + g.len <= run_end
                    && !whole_org
                    && g.entry.form != Form::Member
                    // "Bob Wellington", "Mike German": a person's name the recognizer saw
                    // whole is not cut at a place
                    && !self.p.entities.iter().any(|&(s, en, l)| {
                        l == EntityLabel::Person && s <= i && en >= e + g.len
                    })
                    && !self.organization_ending_with_country(i, e, g)
            })
    }

    /// "Air China", "Reserve Bank of Australia", "Universal Music Germany": the run from
    /// `i` and the country's name `g` at `e` are one organization's name. The recognizer
    /// saw them as one organization ending with the country, and the words before the
    /// country are proper nouns ("Big US firms" is no name; "Corus and France" are two), or
    /// an organization word and an "of" or "for" ("the Muslim Council of Britain", but
    /// "LG Electronics of South Korea" is the firm and its country), or a plural of members
    /// the lemmatizer reduces and an "of" ("the Communications Workers of America",
    /// "Brothers of Italy": `plural_members_of`). A people's word ends no name ("Cult
    /// British director").
    fn organization_ending_with_country(&self, i: usize, e: usize, g: ActorMatch<'_>) -> bool {
        let (p, end) = (self.p, e + g.len);
        let seen_whole = p
            .entities
            .iter()
            .any(|&(s, en, l)| l == EntityLabel::Organization && s <= i && en == end);
        if !seen_whole
            || g.entry.kind != ActorType::Country
            || matches!(g.entry.form, Form::Demonym | Form::DemonymPlural)
        {
            return false;
        }
        if self.has(WordClass::NameConnector, e - 1) {
            e >= i + 2
                && (self.has(WordClass::OrganizationWord, e - 2) || self.plural_members_of(e - 2))
                && (i..e).all(|k| p.upos[k] != Upos::Cconj)
        } else {
            (i..e).all(|k| p.upos[k] == Upos::Propn)
        }
    }

    /// The company the dictionary lists under the capitalized common word at `k` and a
    /// form word ("Gap" for "Gap Inc", [`Lexicon::listed_company`]), where the word stands
    /// as a noun phrase of its own: one word, no capitalized word of a name nor an article
    /// right before it, and no noun, adjective or number after it that it would modify
    /// ("Gap years", "Shell casings", "Target practice" name no company)
    /// (`listed_common_company`).
    fn listed_company_at(&self, k: usize) -> Option<crate::lexicon::ActorEntry<'_>> {
        let p = self.p;
        let modifies = |i: usize| {
            matches!(
                p.upos.get(i),
                Some(Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num)
            )
        };
        // "Campaign for Borders Rail" is cut before; "the Borders" is a region, a company's
        // common word is written without an article
        let named_before = k > 0 && is_capitalized(p.words[k - 1]);
        let article =
            k > 0 && (p.upos[k - 1] == Upos::Det || self.has(WordClass::DefiniteArticle, k - 1));
        if !relations_enabled("listed_common_company")
            || !is_capitalized(p.words[k])
            || named_before
            || article
            || modifies(k + 1)
        {
            return None;
        }
        self.lex.listed_company(p.words[k])
    }

    /// "Workers", "Brothers", "Patriots" at `k` before "of" and a country, inside one
    /// organization the recognizer saw whole: a capitalized plural of persons that the
    /// lemmatizer reduces ("Workers" -> "worker"), no known name, is the members an
    /// organization is named by, and the country after "of" is part of that name. Not a
    /// word in "s" the lemmatizer keeps ("Electronics", "Communications": the firm and its
    /// country stay two), nor a singular.
    fn plural_members_of(&self, k: usize) -> bool {
        let lower = self.lower[k];
        relations_enabled("plural_members_of")
            && self.has(WordClass::NameConnector, k + 1)
            && is_capitalized(self.p.words[k])
            && matches!(self.p.upos[k], Upos::Noun | Upos::Propn)
            && lower.ends_with('s')
            && self.p.lemmas[k] != lower
            && self.gaz_at(k).is_none()
    }

    /// `settlement_of`: the name at `s` is the "of" phrase of a definite settlement noun,
    /// "the town of El Mardoun", "the village of Dornesti", "the port of Velbay": the
    /// article says it is a place, whatever the recognizer reads in its spelling (a two-word
    /// name keeps the recognizer's type otherwise, and "El Mardoun" came out an
    /// organization, "Dornesti" a person).
    fn settlement_named(&self, s: usize) -> bool {
        s >= 3
            && self.has(WordClass::NounComplementPreposition, s - 1)
            && self.has(WordClass::SettlementNoun, s - 2)
            && self.p.upos[s - 2] == Upos::Noun
            && self.has(WordClass::DefiniteArticle, s - 3)
            && relations_enabled("settlement_of")
    }

    /// The actor type of an unknown name `[s, e)` and whether it is tentative, or `None`
    /// when it names no actor. `titled`: a title or honorific stands in front of it.
    fn classify_name(&self, s: usize, e: usize, titled: bool) -> Option<(ActorType, bool)> {
        let head = self.head_word(s, e);
        // "the Committee for the Defence of Human Rights": the organization word opening
        // the name says what it names, not the last word of its phrase
        if self.has(WordClass::NonActorHead, head) && !self.article_phrase(s, s + 1) {
            return None;
        }
        if self.settlement_named(s) {
            return Some((ActorType::Location, false));
        }
        // a lone honorific before a lower-case word ("Mr" in "Mr and Mrs") names no one
        if e - s == 1
            && self
                .title_at(s)
                .is_some_and(|(len, t)| len == 1 && t.honorific)
        {
            return None;
        }
        // "the Coalition", "the Party": a generic head alone names only an actor met
        // before under that very name
        if e - s == 1 && self.has(WordClass::GenericHead, s) {
            return Some((ActorType::Organization, true));
        }
        if self.has(WordClass::OrganizationWord, head) {
            return Some((ActorType::Organization, false));
        }
        // "Sunday Telegraph", "Evening Standard": a newspaper, whatever the recognizer says
        if e - s == 2 && self.opens_newspaper_name(s) {
            return Some((ActorType::Organization, false));
        }
        // "Court of Appeal", "Ministry of Defence", "Bank of England": an organization word
        // with its "of" phrase
        if e - s >= 3 && org_with_phrase(self.lex, &self.lower[s..e]) && !titled {
            return Some((ActorType::Organization, false));
        }
        // "Procter & Gamble", "Marks & Spencer": an ampersand inside joins a firm's names,
        // whatever the recognizer says of the words around it
        if (s + 1..e - 1).any(|k| self.has(WordClass::FirmConnector, k)) {
            return Some((ActorType::Organization, false));
        }
        // "Fortnum and Mason plc": a company's form word after the second part
        if e - s >= 3
            && self.has(WordClass::NameCoordinator, s + 1)
            && self.company_coordinated(s, s + 1)
        {
            return Some((ActorType::Organization, false));
        }
        if titled {
            return Some((ActorType::Person, false));
        }
        let label = (s..e)
            .find_map(|k| self.ner_at(k))
            .map(|(_, _, label)| label);
        // "Bright Systems", "Getty Images": a company's name ending in a common noun's plural
        if label == Some(EntityLabel::Misc)
            && e - s >= 2
            && self.plural_head_span(s).is_some_and(|(_, end)| end == e)
        {
            return Some((ActorType::Organization, false));
        }
        // "Dutch firm Ispat", "Rosneft, a Russian oil firm,": a one-word name the recognizer
        // did not see, or saw only as a nationality or an event, is an organization when the
        // article's own words say so (the cues of `entities::cue`), not a tentative person
        // that only a name met before keeps
        if e - s == 1 && label.is_none() && self.unknown_acronym(s) {
            return Some((ActorType::Organization, false));
        }
        if e - s == 1
            && matches!(label, None | Some(EntityLabel::Misc))
            && cue(self.p, s, e, &self.lex.words) == Some(ActorType::Organization)
        {
            return Some((ActorType::Organization, false));
        }
        if let Some(label) = label {
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
        let propn = (s..e).filter(|&k| self.p.upos[k] == Upos::Propn).count();
        if self.p.entities.is_empty() && propn >= 2 && e - s <= MAX_PERSON_WORDS {
            Some((ActorType::Person, false))
        } else if propn >= 1 {
            Some((ActorType::Person, true))
        } else {
            None
        }
    }
}

/// An ordinal written in digits: "3rd", "82nd", "101st", "21st".
fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// "Court of Appeal", "Commission for Africa": a name made of an organization word and
/// its "of" or "for" phrase. Not a legislature "for" a place: one enters "Parliament for
/// Sheffield Brightside", a seat, not an organization of that name.
fn org_with_phrase(lex: &Lexicon, words: &[&str]) -> bool {
    let has = |class, w| lex.words.has(class, w);
    words.len() >= 3
        && has(WordClass::OrganizationWord, words[0])
        && has(WordClass::OrganizationPreposition, words[1])
        && !(has(WordClass::SeatPreposition, words[1]) && has(WordClass::LegislatureWord, words[0]))
}

/// A country or organization named in the first part of a hyphenated word whose rest is
/// lower case: "U.S.-backed", "Jordanian-born", "Hamas-run". The mention is the whole
/// word's, at `k`.
pub(super) fn hyphenated_actor(lex: &Lexicon, word: &str, k: usize) -> Option<Mention> {
    let (head, rest) = word.split_once('-')?;
    if head.is_empty() || !is_capitalized(head) || !rest.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    // "Iraq-related costs", "US-style reforms": the name is the topic or the manner of
    // the noun, no actor of the sentence
    if lex.words.has(WordClass::TopicSuffix, rest) {
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
        Form::Capital | Form::Seat => MentionKind::Capital,
        _ => MentionKind::Name,
    };
    Some(Mention {
        canonical: Some((entry.canonical.to_string(), entry.code.to_string())),
        names_government: entry.form == Form::Seat,
        ..Mention::new(k, k + 1, kind, entry.kind, head.to_string())
    })
}

impl Finder<'_> {
    /// Step: a country or organization in a hyphenated word ("U.S.-backed").
    pub(super) fn hyphenated(&mut self, i: usize) -> Option<usize> {
        let m = hyphenated_actor(self.s.lex, self.s.p.words[i], i)?;
        self.forget_title();
        // "the Iran-backed group": a description of the group met before, which the named
        // actor does not stand for
        if let Some(k) = self.s.backed_description(i) {
            self.out.push(m);
            let described = Mention::new(
                k,
                k + 1,
                MentionKind::Description,
                ActorType::Organization,
                self.s.surface(i - 1, k + 1),
            );
            self.out.push(described);
            return Some(k + 1);
        }
        // "U.S.-backed militias": a group of its own, which the named actor does not
        // belong to (it backs or leads it)
        if let Some(k) = self.s.group_head_after(i + 1, false) {
            self.out.push(m);
            let group = super::descriptions::group_mention(i, k + 1, self.s.surface(i, k + 1));
            self.out.push(group);
            return Some(k + 1);
        }
        self.out.push(m);
        Some(i + 1)
    }

    /// Step: a name at `i`, from the gazetteer or a run of proper nouns.
    pub(super) fn name(&mut self, i: usize) -> Option<usize> {
        if let Some(end) = self.s.ordinal_unit_end(i) {
            let m = Mention::new(
                i,
                end,
                MentionKind::Name,
                ActorType::Organization,
                self.s.surface(i, end),
            );
            self.push_name(m);
            return Some(end);
        }
        let s = &self.s;
        if !(s.name_like(i) || s.gaz_at(i).is_some()) {
            return None;
        }
        // "The United Nations Security Council" at the start of a sentence: a known name
        // written with its article ("the United Nations") gives way to a longer known name
        // that starts after the article; the article names nothing itself
        if let Some(g) = s.gaz_at(i)
            && s.p.upos[i] == Upos::Det
            && (s.gaz_at(i + 1).is_some_and(|h| h.len >= g.len) || s.body_after_article(i, g.len))
        {
            return None;
        }
        if let Some(next) = self.government_of(i) {
            return Some(next);
        }
        if let Some(next) = self.ministry(i) {
            return Some(next);
        }
        let s = &self.s;
        let run_end = s.proper_run_end(i);
        // "Islamic Action Front", "Bank of England": an organization's name, whole
        let whole_org = run_end > i + 1
            && (s.has(WordClass::OrganizationWord, s.head_word(i, run_end))
                || (run_end > i + 2 && org_with_phrase(s.lex, &s.lower[i..run_end])));
        let next = if let Some(g) = s.gaz_at(i)
            && self.gazetteer_applies(i, g, run_end, whole_org)
        {
            self.gazetteer_name(i, g)
        } else if run_end > i {
            self.unknown_name(i, run_end, whole_org)
        } else {
            return None;
        };
        let next = self.post_nominal_after(next);
        Some(self.lower_case_head(next))
    }

    /// "Dunmore airport", "the Dunmore socialist party", "the Commons public accounts
    /// committee": the name that ends at `next` and a lower-case head after it
    /// ([`Sentence::lower_case_head_after`]) are one name, an organization's when the head
    /// is an organization word, else a place's. A known country, people or organization
    /// in front stays an actor of its own, and the longer name belongs to it (the
    /// committee to the House of Commons, the party to the people's country); any other
    /// name in front (a town, an unknown word) only names what the head says. Not after a
    /// person's name, nor after a name that already ends with the head ("the Labour
    /// party"), nor right after a people's word, whose own noun makes a group of it
    /// ("Serbian parliament", [`Finder::group_of`]). Returns where reading goes on.
    fn lower_case_head(&mut self, next: usize) -> usize {
        let Some((head, modifiers)) = self.s.lower_case_head_after(next) else {
            return next;
        };
        let Some(last) = self.out.len().checked_sub(1) else {
            return next;
        };
        let m = &self.out[last];
        if m.end != next
            || !matches!(m.kind, MentionKind::Name | MentionKind::Demonym)
            || (m.actor_type == ActorType::Person && !m.tentative)
            || (m.kind == MentionKind::Demonym && modifiers == 0)
        {
            return next;
        }
        // "Nepal police": a state's own forces after its name stay the state, as "Nepalese
        // police" do (README, "Actors"); a town's police ("Zadar police") is no state's
        if m.actor_type == ActorType::Country && self.s.state_agent(head) {
            return next;
        }
        let head_word = self.s.lower[head];
        let says_it = |name: &str| {
            name.rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(head_word))
        };
        if says_it(&m.name) || m.canonical.as_ref().is_some_and(|(c, _)| says_it(c)) {
            return next;
        }
        let actor_type = if self.s.has(WordClass::OrganizationWord, head) {
            ActorType::Organization
        } else {
            ActorType::Location
        };
        let end = head + 1;
        let longer = Mention::new(
            m.start,
            end,
            MentionKind::Name,
            actor_type,
            self.s.surface(m.start, end),
        );
        let known = m.canonical.is_some()
            && (m.kind == MentionKind::Demonym
                || matches!(
                    m.actor_type,
                    ActorType::Country | ActorType::Organization | ActorType::Group
                ));
        if known {
            self.out.push(Mention {
                affiliate: Some(last),
                ..longer
            });
        } else {
            self.out[last] = longer;
        }
        end
    }

    /// "Jane Porter QC", "Tom Hartley MSP": the post-nominal right after a person's name
    /// belongs to its mention (its tokens refer to the person) but not to the name, and is
    /// read as nothing else. Returns where reading goes on.
    fn post_nominal_after(&mut self, next: usize) -> usize {
        if next < self.s.len()
            && self.s.post_nominal(next)
            && let Some(m) = self.out.last_mut()
            && m.end == next
            && m.kind == MentionKind::Name
            && m.actor_type == ActorType::Person
        {
            m.end = next + 1;
            return next + 1;
        }
        next
    }

    /// The gazetteer's name `g` at `i` is the name here: no longer name of the run
    /// `[i, run_end)` starts with it, and it does not follow an honorific as a surname.
    fn gazetteer_applies(
        &self,
        i: usize,
        g: ActorMatch<'_>,
        run_end: usize,
        whole_org: bool,
    ) -> bool {
        let s = &self.s;
        let ner = s.ner_at(i).filter(|&(start, _, _)| start == i);
        // "Syrian Democratic Forces", "Jordan Henderson": a longer name that starts with a
        // gazetteer word is its own actor
        // "Egyptian Muslim Brotherhood": a people's word before a known name of its own
        // stays apart from it
        let known_rest = s.gaz_at(i + g.len).is_some_and(|h| {
            i + g.len + h.len == run_end
                && h.entry.kind != ActorType::Person
                && h.entry.form == Form::Name
                && matches!(g.entry.form, Form::Demonym | Form::Name)
                && g.entry.kind == ActorType::Country
        });
        // "British Government", "the Kenyan Foreign Ministry": the country itself
        let government = g.entry.kind == ActorType::Country
            && ((run_end == i + g.len + 1 && s.has(WordClass::GovernmentWord, i + g.len))
                || s.ministry_after(i + g.len, g.entry.code).is_some());
        // "UN chief Ban", "NATO Secretary General X": a title after the known name waits
        // for its holder; but "the WHO Executive Board": a title word inside a run that an
        // organization's word ends is a word of the body's name
        let longer_name = run_end > i + g.len
            && !known_rest
            && !government
            && (s.title_at(i + g.len).is_none() || whole_org)
            && (whole_org
                || g.entry.kind == ActorType::Person
                || ner.is_some_and(|(_, e, l)| {
                    e >= run_end && l != EntityLabel::Misc && e > i + g.len
                }));
        // "Mr German", "Ms Jordan": after an honorific a place's name is a surname
        let surname = self.honorific.is_some() && g.entry.kind != ActorType::Person;
        !longer_name && !surname
    }

    /// Records the gazetteer's name `g` at `i` (or the people's group it starts) and
    /// returns where reading goes on.
    fn gazetteer_name(&mut self, i: usize, g: ActorMatch<'_>) -> usize {
        let e = i + g.len;
        let (kind, actor_type) = match g.entry.form {
            Form::Demonym | Form::DemonymPlural => (MentionKind::Demonym, g.entry.kind),
            Form::Capital | Form::Seat => (MentionKind::Capital, g.entry.kind),
            Form::City => (MentionKind::Name, ActorType::Location),
            Form::Name | Form::Member => (MentionKind::Name, g.entry.kind),
        };
        // "Rwandan rebels", "Serbian parliament": a people's non-state group is an actor of
        // its own; "Egyptian officials" stay Egypt
        let national = kind == MentionKind::Demonym
            || (kind == MentionKind::Name && actor_type == ActorType::Country);
        let m = Mention {
            // a city keeps its own name; its code still tells its country
            canonical: Some((g.entry.canonical.to_string(), g.entry.code.to_string())),
            plural: g.entry.form == Form::DemonymPlural,
            // "Downing Street said": a seat of government names the government of its
            // country, as "the British Government" does
            names_government: g.entry.form == Form::Seat,
            ..Mention::new(i, e, kind, actor_type, self.s.surface(i, e))
        };
        // "Chile's Foreign Ministry", "the Kenyan Defence Ministry": the state's ministry
        // speaks for it, the country itself (as "the British Government" below)
        if national && let Some(end) = self.s.ministry_after(e, g.entry.code) {
            let mut m = m;
            m.end = end;
            m.names_government = true;
            m.ministry = true;
            self.push_name(m);
            return end;
        }
        // "the Kerala government", "the Ontario provincial government": the region's own
        // government, the place's node acting (`place_government`)
        if kind == MentionKind::Name
            && actor_type == ActorType::Location
            && let Some(end) = self.s.place_government_after(e)
        {
            self.push_name(Mention {
                end,
                actor_type: ActorType::Organization,
                place_government: true,
                ..m
            });
            return end;
        }
        // "Darfur rebels", "Karen guerrillas", "Tehran protesters": a region's or a city's
        // group is a group of its own, named by the place (no state's: a capital names its
        // government only alone, "Tehran said"; the place is not its member)
        if (kind == MentionKind::Capital
            || (kind == MentionKind::Name && actor_type == ActorType::Location))
            && !(e < self.s.len() && self.s.has(WordClass::PossessiveClitic, e))
            && let Some(next) = self.place_group(i, e)
        {
            return next;
        }
        // "Rwandan rebels", "PKK guerrillas": a people's or an organization's group is an
        // actor of its own, belonging to it; "Egyptian officials" stay Egypt
        let organized = kind == MentionKind::Name
            && matches!(actor_type, ActorType::Organization | ActorType::Group);
        if (national || organized)
            && let Some(next) = self.group_of(m.clone(), national)
        {
            return next;
        }
        // "the British Government", "Iraq's government": the country itself
        if national && let Some(end) = self.s.government_after(e) {
            let mut m = m;
            m.end = end;
            m.names_government = true;
            self.push_name(m);
            return end;
        }
        self.push_name(m);
        e
    }

    /// Records the unknown name that starts the run `[i, run_end)` (or the portfolio of
    /// the title after it) and returns where reading goes on.
    fn unknown_name(&mut self, i: usize, run_end: usize, whole_org: bool) -> usize {
        let waiting = self.pending.is_some() || self.honorific.is_some();
        let e = self.s.name_end(i, run_end, whole_org, waiting);
        if self.portfolio(i, e) {
            return e;
        }
        // letters after the name ("QC", "MSP") are a person's, like a title in front
        // ... and so does a government word after a surname the dictionary gives one
        // person, or after its possessive ("the Modi government", "the Lula
        // administration", "Erdogan's government")
        let possessive = e < self.s.len() && self.s.has(WordClass::PossessiveClitic, e);
        let titled = self.pending.is_some()
            || self.honorific.is_some()
            || (e < self.s.len() && self.s.post_nominal(e))
            || (self.s.government_word_ends_phrase(
                e + usize::from(possessive),
                WordClass::LeaderGovernment,
            ) && self
                .s
                .lex
                .gazetteer
                .person_by_surname(self.s.p.words[e - 1])
                .is_some());
        // "al- Qaeda": the name written apart may be known once joined again
        let surface = self.s.surface(i, e);
        if e - i >= 2
            && (i..e - 1).any(|k| self.s.has(WordClass::NameParticle, k))
            && let Some(entry) = self
                .s
                .lex
                .gazetteer
                .lookup(&surface)
                .into_iter()
                .filter(|g| g.form == Form::Name || g.form == Form::Member)
                .min_by_key(|g| g.form)
        {
            let m = Mention {
                canonical: Some((entry.canonical.to_string(), entry.code.to_string())),
                ..Mention::new(i, e, MentionKind::Name, entry.kind, surface)
            };
            self.push_name(m);
            return e;
        }
        // "Walmart accused Target of ...": a company the dictionary lists under a common
        // word, standing alone
        if e - i == 1
            && !titled
            && let Some(entry) = self.s.listed_company_at(i)
        {
            // the word as written names the node ("Universal" stays the studio an article
            // means, not the dictionary's tobacco firm); marked, its type is as firm as a
            // dictionary name's, so the common-word drop keeps it
            let mut m = Mention::new(i, e, MentionKind::Name, entry.kind, surface);
            m.marked = true;
            self.push_name(m);
            return e;
        }
        match self.s.classify_name(i, e, titled) {
            Some((actor_type, tentative)) => {
                let state_bare = (actor_type == ActorType::Organization)
                    .then(|| self.s.state_prefix(i, e))
                    .flatten()
                    .map(|k| self.s.surface(k, e));
                // "the town of X": the sentence's own words make X a place, as firmly as
                // a dictionary would
                let marked = actor_type == ActorType::Location && self.s.settlement_named(i);
                let m = Mention {
                    tentative,
                    state_bare,
                    marked,
                    ..Mention::new(i, e, MentionKind::Name, actor_type, self.s.surface(i, e))
                };
                self.push_name(m);
            }
            None => self.forget_title(),
        }
        e
    }

    /// The group named by the place `[i, e)` and the plural group noun right after it
    /// ("Darfur rebels", "Tehran protesters"): records it and returns where reading goes
    /// on. Only a group noun heads it ("Darfur officials" is no group). Not after an
    /// unknown word: "Seleka rebels", "Fano fighters" are most often the armed group of
    /// that name itself, as the recognizer's organization already reads them.
    fn place_group(&mut self, i: usize, e: usize) -> Option<usize> {
        // letters only: "F-16 fighters" are aircraft
        if !self.s.p.words[i..e]
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic))
        {
            return None;
        }
        let k = self.s.group_head_after(e, false)?;
        // a plural head only: "the Fano militia", "an Amhara militia" name or describe one
        // organization (the name is its own), "Darfur rebels" a region's fighters
        if self.s.p.lemmas[k] == self.s.lower[k] {
            return None;
        }
        let group = super::descriptions::group_mention(i, k + 1, self.s.surface(i, k + 1));
        self.forget_title();
        self.out.push(group);
        Some(k + 1)
    }

    /// Adds a name mention with the title and honorific waiting for it.
    pub(super) fn push_name(&mut self, mut m: Mention) {
        // "Middle England", "Southern Iraq": a region word left over in front of a place is
        // no actor of its own
        if m.kind == MentionKind::Name
            && m.canonical.is_none()
            && m.end == m.start + 1
            && self.pending.is_none()
            && self.honorific.is_none()
            && self
                .s
                .lex
                .words
                .has(WordClass::RegionWord, m.name.to_lowercase().as_str())
        {
            return;
        }
        self.attach_title(&mut m);
        // "the Lula administration", "the regime of President X": the government of the
        // one named (a person's: resolved once affiliations are known)
        m.leader_government = m.kind == MentionKind::Name
            && self
                .s
                .names_leaders_government(m.lead.unwrap_or(m.start), m.end);
        self.out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{lexicon, mentions, show};
    use super::*;

    #[test]
    fn an_organization_word_with_its_phrase_is_one_name_unless_it_names_a_seat() {
        let lex = lexicon();
        let rows: &[(&[&str], bool)] = &[
            (&["court", "of", "appeal"], true),
            (&["commission", "for", "africa"], true),
            (&["parliament", "of", "ghana"], true),
            (&["parliament", "for", "leeds", "east"], false),
            (&["senate", "for", "ohio"], false),
            (&["court", "in", "paris"], false),
            (&["court", "of"], false),
        ];
        for &(words, expected) in rows {
            assert_eq!(org_with_phrase(lex, words), expected, "{words:?}");
        }
    }

    /// `place_group`: a place's name (a region's, a city's, a capital's) right before a
    /// plural group noun names a group of its own; not before another noun, nor before a
    /// singular one ("the Darfur militia" may be its name), and a capital alone stays its
    /// state.
    #[test]
    fn a_place_before_a_plural_group_noun_names_a_group() {
        let rows: &[(&str, &[&str])] = &[
            (
                "Darfur/PROPN/2/compound/B-LOC rebels=rebel/NOUN/3/nsubj attacked/VERB/0/root",
                &["Name group \"Darfur rebels\" plural"],
            ),
            (
                "Tehran/PROPN/2/compound/B-LOC protesters=protester/NOUN/3/nsubj marched/VERB/0/root",
                &["Name group \"Tehran protesters\" plural"],
            ),
            (
                "Darfur/PROPN/2/compound/B-LOC officials/NOUN/3/nsubj said/VERB/0/root",
                &["Name location \"Darfur\" =Darfur"],
            ),
            (
                "Tehran/PROPN/2/nsubj/B-LOC said/VERB/0/root",
                &["Capital country \"Tehran\" =Iran"],
            ),
            (
                "Troops/NOUN/2/nsubj entered/VERB/0/root Darfur/PROPN/2/obj/B-LOC",
                &["Name location \"Darfur\" =Darfur"],
            ),
            (
                "the/DET/3/det Darfur/PROPN/3/compound/B-LOC militia/NOUN/4/nsubj fought/VERB/0/root",
                &["Name location \"Darfur\" =Darfur"],
            ),
            (
                "Darfur/PROPN/3/compound/B-LOC rebel/NOUN/3/compound camps/NOUN/4/nsubj burned/VERB/0/root",
                &["Name location \"Darfur\" =Darfur"],
            ),
        ];
        for (tokens, expected) in rows {
            assert_eq!(show(&mentions(tokens)), *expected, "{tokens}");
        }
    }

    #[test]
    fn a_hyphenated_word_names_a_country_only_before_a_lower_case_rest() {
        let lex = lexicon();
        let m = hyphenated_actor(lex, "Egyptian-born", 3).unwrap();
        assert_eq!(
            (m.kind, m.actor_type, m.name.as_str(), (m.start, m.end)),
            (MentionKind::Demonym, ActorType::Country, "Egyptian", (3, 4))
        );
        assert_eq!(m.canonical.unwrap().0, "Egypt");
        assert!(hyphenated_actor(lex, "Egypt-Israel", 0).is_none());
        assert!(hyphenated_actor(lex, "Zanzibar-made", 0).is_none());
        assert!(hyphenated_actor(lex, "well-known", 0).is_none());
        // a topic or a manner, no actor
        assert!(hyphenated_actor(lex, "Egypt-related", 0).is_none());
        assert!(hyphenated_actor(lex, "Egyptian-style", 0).is_none());
    }

    /// A word in capitals the recognizer leaves untyped is an organization, however the
    /// tagger reads it ("NHS" as a plural noun, "Vantorix" as a proper noun); not a common
    /// abbreviation ("the CEO", "GDP", "TV"), nor a word of a headline in capitals.
    #[test]
    fn an_untyped_acronym_is_an_organization_unless_a_common_abbreviation() {
        let name = |tokens: &str| {
            show(&mentions(tokens))
                .into_iter()
                .filter(|m| m.starts_with("Name"))
                .collect::<Vec<_>>()
        };
        let rows: &[(&str, &[&str])] = &[
            (
                "The/DET/2/det NHS/NOUN/3/nsubj accused/VERB/0/root Pfizer/PROPN/3/obj/B-ORG \
                 ./PUNCT/3/punct",
                &["Name organization \"NHS\"", "Name organization \"Pfizer\""],
            ),
            (
                "they/PRON/2/nsubj met/VERB/0/root the/DET/4/det RMTX/PROPN/2/obj \
                 ./PUNCT/2/punct",
                &["Name organization \"RMTX\""],
            ),
            (
                "the/DET/2/det CEO/NOUN/3/nsubj said/VERB/0/root GDP/NOUN/5/nsubj \
                 fell/VERB/3/ccomp ./PUNCT/3/punct",
                &[],
            ),
            (
                "they/PRON/2/nsubj unveiled/VERB/0/root the/DET/4/det DB9/PROPN/2/obj \
                 ./PUNCT/2/punct",
                &["Name person \"DB9\" tentative"],
            ),
            (
                "he/PRON/2/nsubj spoke/VERB/0/root on/ADP/4/case TV/NOUN/2/obl \
                 ./PUNCT/2/punct",
                &[],
            ),
            ("NEW/ADJ/3/amod NHS/NOUN/3/compound CRISIS/NOUN/0/root", &[]),
        ];
        for &(tokens, want) in rows {
            assert_eq!(name(tokens), want, "{tokens}");
        }
    }

    /// A one-word name the recognizer did not tag: an organization where the words around
    /// it say so ("firm Ispat", "Rosneft, a Russian oil firm,"), otherwise a tentative
    /// person as before (a place's cue, "met in Vantor", does not make it a new actor).
    #[test]
    fn an_untagged_name_the_article_calls_a_company_is_an_organization() {
        let rows: &[(&str, &str)] = &[
            (
                "they/PRON/2/nsubj merged/VERB/0/root with/ADP/5/case Dutch/ADJ/5/amod \
                 firm/NOUN/6/compound Ispat/PROPN/2/obl/B-MISC ./PUNCT/2/punct",
                "Name organization \"Ispat\"",
            ),
            (
                "it/PRON/2/nsubj sold/VERB/0/root to/ADP/4/case Rosneft/PROPN/2/obl \
                 ,/PUNCT/9/punct a/DET/9/det Russian/ADJ/9/amod oil/NOUN/9/compound \
                 firm/NOUN/4/appos ,/PUNCT/2/punct",
                "Name organization \"Rosneft\"",
            ),
            (
                "they/PRON/2/nsubj met/VERB/0/root Vantor/PROPN/2/obj ./PUNCT/2/punct",
                "Name person \"Vantor\" tentative",
            ),
            (
                "they/PRON/2/nsubj met/VERB/0/root in/ADP/4/case Vantor/PROPN/2/obl \
                 ./PUNCT/2/punct",
                "Name person \"Vantor\" tentative",
            ),
        ];
        for &(tokens, want) in rows {
            let got = show(&mentions(tokens));
            assert!(got.iter().any(|m| m == want), "{tokens}: {got:?}");
        }
    }

    /// A person's name written with a lower-case particle of its language is one name.
    #[test]
    fn a_particle_inside_a_persons_name_keeps_it_whole() {
        let rows: &[(&str, &str)] = &[
            (
                "Luca/PROPN/4/nsubj/B-PER di/PROPN/1/flat Montezemolo/PROPN/1/flat/B-PER \
                 spoke/VERB/0/root ./PUNCT/4/punct",
                "Name person \"Luca di Montezemolo\"",
            ),
            (
                "Kengo/PROPN/4/nsubj/B-PER wa/PROPN/1/flat/I-PER Dondo/PROPN/1/flat/I-PER \
                 spoke/VERB/0/root ./PUNCT/4/punct",
                "Name person \"Kengo wa Dondo\"",
            ),
            (
                "Marta/PROPN/5/nsubj/B-PER Alves/PROPN/1/flat/I-PER dos/X/1/flat \
                 Reis/PROPN/1/flat/B-PER spoke/VERB/0/root ./PUNCT/5/punct",
                "Name person \"Marta Alves dos Reis\"",
            ),
        ];
        for &(tokens, want) in rows {
            let got = show(&mentions(tokens));
            assert!(got.iter().any(|m| m == want), "{tokens}: {got:?}");
        }
    }

    const RUNS: &str = "Greta/PROPN/8/nsubj/B-PER Lindqvist/PROPN/1/flat/I-PER of/ADP/4/case \
    Norway/PROPN/1/nmod/B-LOC and/CCONJ/6/cc Bosnia/PROPN/1/conj/B-LOC \
    and/CCONJ/8/cc/I-LOC Herzegovina/PROPN/6/conj/I-LOC wrote/VERB/0/root to/ADP/13/case \
    the/DET/13/det Zorvia/PROPN/13/compound/B-ORG Bank/PROPN/9/obl/I-ORG and/CCONJ/15/cc \
    Vantor/PROPN/13/conj ./PUNCT/9/punct";

    #[test]
    fn runs_are_cut_before_known_names_and_join_only_inside_a_name() {
        assert_eq!(
            show(&mentions(RUNS)),
            [
                "Name person \"Greta Lindqvist\"",
                "Name country \"Norway\" =Norway",
                "Name country \"Bosnia and Herzegovina\" =Bosnia and Herzegovina",
                "Name organization \"Zorvia Bank\"",
                "Name person \"Vantor\" tentative",
            ]
        );
    }

    #[test]
    fn an_organization_the_recognizer_sees_whole_is_not_cut_at_the_country_ending_it() {
        // (sentence, mentions): an organization's name that ends with a country's ("Air
        // Vantoria") is one name when the recognizer's organization covers it; a run the
        // recognizer does not see as one organization is still cut before the country, and
        // a country that starts a name is read as before
        let table: &[(&str, &[&str])] = &[
            (
                "Zorvia/PROPN/2/nsubj/B-ORG signed/VERB/0/root a/DET/4/det deal/NOUN/2/obj \
                 with/ADP/7/case Air/PROPN/7/compound/B-ORG China/PROPN/4/nmod/I-ORG \
                 ./PUNCT/2/punct",
                &[
                    "Name organization \"Zorvia\"",
                    "Name organization \"Air China\"",
                ],
            ),
            (
                "Air/PROPN/2/compound/B-ORG India/PROPN/3/nsubj/I-ORG sued/VERB/0/root \
                 Zorvia/PROPN/3/obj/B-ORG ./PUNCT/3/punct",
                &[
                    "Name organization \"Air India\"",
                    "Name organization \"Zorvia\"",
                ],
            ),
            (
                "Greta/PROPN/3/nsubj/B-PER Lindqvist/PROPN/1/flat/I-PER visited/VERB/0/root \
                 Kenya/PROPN/3/obj/B-LOC ./PUNCT/3/punct",
                &[
                    "Name person \"Greta Lindqvist\"",
                    "Name country \"Kenya\" =Kenya",
                ],
            ),
            (
                "The/DET/3/det Reserve/PROPN/3/compound/B-ORG Bank/PROPN/6/nsubj/I-ORG \
                 of/ADP/5/case/I-ORG Kenya/PROPN/3/nmod/I-ORG sued/VERB/0/root \
                 Zorvia/PROPN/6/obj/B-ORG ./PUNCT/6/punct",
                &[
                    "Name organization \"Reserve Bank of Kenya\"",
                    "Name organization \"Zorvia\"",
                ],
            ),
            (
                "The/DET/3/det Muslim/ADJ/3/amod/B-ORG Council/PROPN/6/nsubj/I-ORG \
                 of/ADP/5/case/I-ORG Kenya/PROPN/3/nmod/I-ORG sued/VERB/0/root \
                 Zorvia/PROPN/6/obj/B-ORG ./PUNCT/6/punct",
                &[
                    "Name organization \"Muslim Council of Kenya\"",
                    "Name organization \"Zorvia\"",
                ],
            ),
            // the firm and its country; an adjective and a conjunction are no part of a name
            (
                "Vantor/PROPN/2/compound/B-ORG Electronics/PROPN/5/nsubj/I-ORG of/ADP/4/case/I-ORG \
                 Kenya/PROPN/2/nmod/I-ORG sued/VERB/0/root Zorvia/PROPN/5/obj/B-ORG \
                 ./PUNCT/5/punct",
                &[
                    "Name organization \"Vantor Electronics\"",
                    "Name country \"Kenya\" =Kenya",
                    "Name organization \"Zorvia\"",
                ],
            ),
            (
                "Big/ADJ/3/amod/B-ORG Kenya/PROPN/3/compound/I-ORG firms/NOUN/4/nsubj \
                 sued/VERB/0/root Zorvia/PROPN/4/obj/B-ORG ./PUNCT/4/punct",
                // ("Big" alone is a common word, which the entities drop later)
                &[
                    "Name organization \"Big\"",
                    "Name country \"Kenya\" =Kenya",
                    "Name organization \"Zorvia\"",
                ],
            ),
            (
                "Vantor/PROPN/4/nsubj/B-ORG and/CCONJ/3/cc/I-ORG Kenya/PROPN/1/conj/I-ORG \
                 sued/VERB/0/root Zorvia/PROPN/4/obj/B-ORG ./PUNCT/4/punct",
                &[
                    "Name organization \"Vantor\"",
                    "Name country \"Kenya\" =Kenya",
                    "Name organization \"Zorvia\"",
                ],
            ),
            (
                "Vantor/PROPN/2/compound/B-ORG Kenya/PROPN/3/nsubj/B-LOC sued/VERB/0/root \
                 Zorvia/PROPN/3/obj/B-ORG ./PUNCT/3/punct",
                &[
                    "Name organization \"Vantor\"",
                    "Name country \"Kenya\" =Kenya",
                    "Name organization \"Zorvia\"",
                ],
            ),
            // a leading modifier that opens the recognizer's organization span ending in an
            // organization word is the name's first word ("The New Democratic Party")
            (
                "The/DET/4/det New/ADJ/4/amod/B-ORG Vantor/PROPN/4/compound/I-ORG \
                Party/PROPN/5/nsubj/I-ORG sued/VERB/0/root Zorvia/PROPN/5/obj/B-ORG \
                ./PUNCT/5/punct",
                &[
                    "Name organization \"New Vantor Party\"",
                    "Name organization \"Zorvia\"",
                ],
            ),
            // the modifier outside the recognizer's span, or a span ending in no
            // organization word: a modifier, no part of the name
            (
                "Former/ADJ/3/amod Vantor/PROPN/3/compound/B-ORG Party/PROPN/4/compound/I-ORG \
                leader/NOUN/5/nsubj Jan/PROPN/6/nsubj/B-PER Rusk/PROPN/5/flat/I-PER \
                spoke/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name organization \"Vantor Party\"",
                    "Name person \"Jan Rusk\" [former leader] of \"Vantor Party\" full=\"leader Jan Rusk\"",
                ],
            ),
            (
                "New/ADJ/2/amod/B-ORG Zorvia/PROPN/3/nsubj/I-ORG sued/VERB/0/root \
                Fellcom/PROPN/3/obj/B-ORG ./PUNCT/3/punct",
                &[
                    "Name organization \"Zorvia\"",
                    "Name organization \"Fellcom\"",
                ],
            ),
        ];
        for (tokens, expected) in table {
            assert_eq!(&show(&mentions(tokens)), expected, "{tokens}");
        }
    }

    #[test]
    fn letters_after_a_persons_name_are_no_part_of_it() {
        // (sentence, mentions): a post-nominal written in capitals after a name ends it and
        // makes it a person's; a title word ending a name ("King") and letters in lower
        // case stay in it
        let table: &[(&str, &[&str])] = &[
            (
                "Jane/PROPN/3/nsubj/B-PER Porter/PROPN/1/flat/I-PER QC/PROPN/1/flat/I-PER \
                resigned/VERB/0/root ./PUNCT/4/punct",
                &["Name person \"Jane Porter\""],
            ),
            (
                "Tom/PROPN/4/nsubj/B-ORG Hartley/PROPN/1/flat/I-ORG MSP/PROPN/1/flat/I-ORG \
                said/VERB/0/root so/ADV/4/advmod ./PUNCT/4/punct",
                &["Name person \"Tom Hartley\""],
            ),
            (
                "Ann/PROPN/4/nsubj Lowe/PROPN/1/flat OBE/PROPN/1/flat met/VERB/0/root \
                Bob/PROPN/4/obj/B-PER Dunn/PROPN/5/flat/I-PER MP/PROPN/5/flat \
                ./PUNCT/4/punct",
                &["Name person \"Ann Lowe\"", "Name person \"Bob Dunn\""],
            ),
            (
                "Tom/PROPN/3/nsubj/B-PER King/PROPN/1/flat/I-PER left/VERB/0/root \
                ./PUNCT/3/punct",
                // (a name the gazetteer lists: a holder of curated/offices.tsv)
                &["Name person \"Tom King\" =Tom King"],
            ),
            (
                "Leeds/PROPN/2/compound MP/PROPN/3/compound Jane/PROPN/5/nsubj/B-PER \
                Rowan/PROPN/3/flat/I-PER spoke/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name location \"Leeds\" =Leeds",
                    "Name person \"Jane Rowan\" [MP] full=\"MP Jane Rowan\"",
                ],
            ),
            (
                "The/DET/4/det North/PROPN/3/compound/B-LOC Fell/PROPN/4/compound/I-LOC \
                MEP/PROPN/5/nsubj quit/VERB/0/root ./PUNCT/5/punct",
                // (as before: the rule leaves it alone)
                &["Name location \"North Fell MEP\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
        // the letters are the mention's tokens, not its name's
        let ms = mentions(table[0].0);
        assert_eq!((ms[0].start, ms[0].end), (0, 3));
    }

    #[test]
    fn a_person_and_the_name_after_a_connector_are_two_names() {
        // (sentence, mentions): the recognizer's person ends before "of" and another of its
        // entities starts after it; one entity over the whole run stays one name
        let table: &[(&str, &[&str])] = &[
            (
                "Ann/PROPN/2/compound/B-PER Vickers/PROPN/7/nsubj/I-PER of/ADP/6/case \
                Fair/PROPN/6/compound/B-ORG Vote/PROPN/6/compound/I-ORG Now/PROPN/2/nmod/I-ORG \
                spoke/VERB/0/root ./PUNCT/7/punct",
                &[
                    "Name person \"Ann Vickers\"",
                    "Name organization \"Fair Vote Now\"",
                ],
            ),
            (
                "Ann/PROPN/2/compound/B-PER Vickers/PROPN/7/nsubj/I-PER of/ADP/6/case/I-PER \
                Fair/PROPN/6/compound/I-PER Vote/PROPN/6/compound/I-PER Now/PROPN/2/nmod/I-PER \
                spoke/VERB/0/root ./PUNCT/7/punct",
                &["Name person \"Ann Vickers of Fair Vote Now\""],
            ),
            (
                "Henri/PROPN/4/nsubj/B-PER de/PROPN/1/flat Rinaldo/PROPN/1/flat/B-PER \
                spoke/VERB/0/root ./PUNCT/4/punct",
                &["Name person \"Henri de Rinaldo\""],
            ),
            (
                "Hall/PROPN/4/nsubj/B-PER of/ADP/3/case Fame/PROPN/1/nmod/B-MISC \
                opened/VERB/0/root ./PUNCT/4/punct",
                &["Name person \"Hall of Fame\""],
            ),
            (
                // the recognizer's person starts at an honorific
                "Dr/PROPN/2/nmod:desc/B-PER Ray/PROPN/6/nsubj/I-PER Okafor/PROPN/2/flat/I-PER \
                of/ADP/5/case Dunmore/PROPN/2/nmod/B-ORG spoke/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name person \"Ray Okafor\" full=\"Dr Ray Okafor\"",
                    "Name organization \"Dunmore\"",
                ],
            ),
            (
                // what follows the connector is capitalized but no entity of its own
                "Lena/PROPN/6/nsubj/B-PER Marsh/PROPN/1/flat/I-PER of/ADP/5/case \
                Total/ADJ/5/amod Kinema/PROPN/1/nmod/B-MISC spoke/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name person \"Lena Marsh\"",
                    "Name person \"Total Kinema\" tentative",
                ],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn two_full_names_under_one_entity_are_two_names() {
        // (sentence, mentions): the recognizer spans the coordinator; two words or more on
        // each side are two names, unless an organization word heads both sides
        let table: &[(&str, &[&str])] = &[
            (
                "Stars/NOUN/0/root Lena/PROPN/1/obj/B-ORG Marsh/PROPN/2/flat/I-ORG \
                and/CCONJ/5/cc/I-ORG Ray/PROPN/2/conj/I-ORG Okafor/PROPN/5/flat/I-ORG \
                ./PUNCT/1/punct",
                // (typed by the recognizer's label, as one name would be)
                &[
                    "Name organization \"Lena Marsh\"",
                    "Name organization \"Ray Okafor\"",
                ],
            ),
            (
                "The/DET/3/det Dunmore/PROPN/3/compound/B-ORG Travel/PROPN/7/nsubj/I-ORG \
                and/CCONJ/5/cc/I-ORG Tourism/PROPN/3/conj/I-ORG Council/PROPN/3/flat/I-ORG \
                spoke/VERB/0/root ./PUNCT/7/punct",
                &["Name organization \"Dunmore Travel and Tourism Council\""],
            ),
            (
                "Kestel/PROPN/4/nsubj/B-ORG and/CCONJ/3/cc/I-ORG Varo/PROPN/1/conj/I-ORG \
                merged/VERB/0/root ./PUNCT/4/punct",
                &["Name organization \"Kestel and Varo\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_day_or_an_edition_before_a_newspaper_word_names_a_newspaper() {
        // (sentence, mentions)
        let table: &[(&str, &[&str])] = &[
            (
                "The/DET/3/det Sunday/PROPN/3/compound Herald/PROPN/4/nsubj/B-MISC \
                reported/VERB/0/root it/PRON/4/obj ./PUNCT/4/punct",
                &[
                    "Name organization \"Sunday Herald\"",
                    "Pronoun organization \"it\"",
                ],
            ),
            (
                "He/PRON/2/nsubj accused/VERB/0/root an/DET/6/det Evening/NOUN/5/compound \
                Star/PROPN/6/compound/B-MISC journalist/NOUN/2/obj ./PUNCT/2/punct",
                &[
                    "Pronoun person \"He\"",
                    "Name organization \"Evening Star\"",
                ],
            ),
            // a day before a longer run of capitals is the day: no newspaper
            (
                "On/ADP/2/case Sunday/PROPN/5/obl Star/PROPN/4/compound/B-PER \
                Smith/PROPN/5/nsubj/I-PER spoke/VERB/0/root ./PUNCT/5/punct",
                &["Name person \"Star Smith\""],
            ),
            // nor a day in lower case, nor a day before a word that names no newspaper
            (
                "On/ADP/2/case Sunday/PROPN/3/obl Fellcom/PROPN/4/nsubj/B-ORG \
                quit/VERB/0/root ./PUNCT/4/punct",
                &["Name organization \"Fellcom\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_name_and_a_lower_case_head_after_it_are_one_name() {
        // (sentence, mentions): a `lower_case_name_head` after a name makes one name of
        // both; a known country, people or organization in front stays, and the longer
        // name belongs to it
        let table: &[(&str, &[&str])] = &[
            (
                "The/DET/2/det plane/NOUN/3/nsubj landed/VERB/0/root at/ADP/6/case \
                Dunmore/PROPN/6/compound/B-LOC airport/NOUN/3/obl ./PUNCT/3/punct",
                &["Name location \"Dunmore airport\""],
            ),
            (
                "The/DET/4/det Greek/ADJ/4/amod/B-MISC socialist/ADJ/4/amod party/NOUN/5/nsubj \
                won/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Demonym country \"Greek\" =Greece",
                    "Name organization \"Greek socialist party\" in \"Greek\"",
                ],
            ),
            (
                "He/PRON/2/nsubj told/VERB/0/root the/DET/7/det Commons/PROPN/7/compound/B-ORG \
                public/ADJ/6/amod accounts/NOUN/7/compound committee/NOUN/2/obj \
                ./PUNCT/2/punct",
                &[
                    "Pronoun person \"He\"",
                    "Name organization \"Commons\" =House of Commons",
                    "Name organization \"Commons public accounts committee\" in \"Commons\"",
                ],
            ),
            (
                "The/DET/3/det Fell/PROPN/3/compound/B-LOC river/NOUN/4/nsubj \
                flooded/VERB/0/root ./PUNCT/4/punct",
                &["Name location \"Fell river\""],
            ),
            // a name that already says what it is
            (
                "The/DET/3/det Labour/PROPN/3/compound/B-ORG party/NOUN/4/nsubj \
                won/VERB/0/root ./PUNCT/4/punct",
                &["Name organization \"Labour\" =Labour Party"],
            ),
            // the head modifies a noun after it: the phrase names no airport
            (
                "Dunmore/PROPN/3/compound/B-LOC airport/NOUN/3/compound staff/NOUN/4/nsubj \
                struck/VERB/0/root ./PUNCT/4/punct",
                &["Name location \"Dunmore\""],
            ),
            // after a person's name the head is no part of it
            (
                "Jane/PROPN/4/nmod:poss/B-PER Rowan/PROPN/1/flat/I-PER 's/PART/1/case \
                party/NOUN/5/nsubj won/VERB/0/root ./PUNCT/5/punct",
                &["Name person \"Jane Rowan\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn and_inside_an_organizations_phrase_keeps_the_name_whole() {
        // (sentence, mentions): "and" after an organization word's "of" or "for" phrase
        // joins the phrase's parts, unless a name of its own or an organization word follows
        let table: &[(&str, &[&str])] = &[
            (
                "The/DET/2/det Department/PROPN/7/nsubj/B-ORG of/ADP/4/case/I-ORG \
                Trade/PROPN/2/nmod/I-ORG and/CCONJ/6/cc Industry/PROPN/4/conj \
                objected/VERB/0/root ./PUNCT/7/punct",
                &["Name organization \"Department of Trade and Industry\""],
            ),
            (
                "The/DET/2/det Ministry/PROPN/7/nsubj/B-ORG of/ADP/4/case/I-ORG \
                Defence/PROPN/2/nmod/I-ORG and/CCONJ/6/cc Foreign/PROPN/7/compound/B-ORG \
                Office/PROPN/2/conj/I-ORG objected/VERB/0/root ./PUNCT/7/punct",
                &[
                    "Name organization \"Ministry of Defence\" =Ministry of Defence",
                    "Name organization \"Foreign Office\" =Foreign Office",
                ],
            ),
            (
                "The/DET/2/det Ministry/PROPN/7/nsubj/B-ORG of/ADP/4/case/I-ORG \
                Fisheries/PROPN/2/nmod/I-ORG and/CCONJ/6/cc Coastal/PROPN/7/compound \
                Authority/PROPN/2/conj objected/VERB/0/root ./PUNCT/7/punct",
                &[
                    "Name organization \"Ministry of Fisheries\"",
                    "Name organization \"Coastal Authority\"",
                ],
            ),
            (
                "The/DET/2/det Bank/PROPN/6/nsubj/B-ORG of/ADP/4/case/I-ORG \
                Japan/PROPN/2/nmod/I-ORG and/CCONJ/6/cc Kuroda/PROPN/2/conj/B-PER \
                objected/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name organization \"Bank of Japan\"",
                    "Name person \"Kuroda\"",
                ],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_name_joined_by_an_ampersand_or_before_a_company_form_is_a_firm() {
        // (sentence, mentions): a `firm_connector` inside a run of proper nouns makes one
        // organization of it, whatever the recognizer says of its parts; so does "and"
        // between two unknown name words before a `company_word`
        let table: &[(&str, &[&str])] = &[
            (
                "Procter/PROPN/4/nsubj &/CCONJ/3/cc/B-MISC Gamble/PROPN/1/conj/B-PER \
                sued/VERB/0/root Unilever/PROPN/4/obj/B-ORG ./PUNCT/4/punct",
                &[
                    "Name organization \"Procter & Gamble\"",
                    "Name organization \"Unilever\"",
                ],
            ),
            (
                "Shares/NOUN/4/nsubj in/ADP/3/case Marks/PROPN/1/nmod/B-MISC \
                &/CCONJ/5/cc/I-MISC Spencer/PROPN/3/conj/I-MISC rose/VERB/0/root \
                ./PUNCT/6/punct",
                &["Name organization \"Marks & Spencer\""],
            ),
            // a firm's name with an ampersand ends before "and", inside an entity too
            (
                "Ogilvy/PROPN/6/nsubj/B-ORG &/CCONJ/3/cc/I-ORG Mather/PROPN/1/conj/I-ORG \
                and/CCONJ/5/cc/I-ORG Cordiant/PROPN/1/conj/I-ORG merged/VERB/0/root \
                ./PUNCT/6/punct",
                &[
                    "Name organization \"Ogilvy & Mather\"",
                    "Name organization \"Cordiant\"",
                ],
            ),
            // "and" still joins two names unless the recognizer spans them
            (
                "Kerry/PROPN/4/nsubj/B-PER and/CCONJ/3/cc Lavrov/PROPN/1/conj/B-PER \
                met/VERB/0/root ./PUNCT/4/punct",
                &["Name person \"Kerry\"", "Name person \"Lavrov\""],
            ),
            // a company's form word after the second part joins both (names9)
            (
                "Fortnum/PROPN/5/nsubj/B-ORG and/CCONJ/3/cc Mason/PROPN/1/conj/B-PER \
                plc/PROPN/3/flat accused/VERB/0/root Harrods/PROPN/5/obj/B-PER \
                ./PUNCT/5/punct",
                &[
                    "Name organization \"Fortnum and Mason\"",
                    "Name person \"Harrods\"",
                ],
            ),
            (
                "Dombey/PROPN/5/nsubj/B-PER and/CCONJ/3/cc Sons/PROPN/1/conj \
                Group/PROPN/1/flat/B-ORG sued/VERB/0/root ./PUNCT/5/punct",
                &["Name organization \"Dombey and Sons Group\""],
            ),
            // not two one-word names with no form word after them, nor a longer name
            (
                "Vantor/PROPN/4/nsubj/B-ORG and/CCONJ/3/cc Zorvia/PROPN/1/conj/B-ORG \
                cut/VERB/0/root prices/NOUN/4/obj ./PUNCT/4/punct",
                &[
                    "Name organization \"Vantor\"",
                    "Name organization \"Zorvia\"",
                ],
            ),
            (
                "Vantor/PROPN/5/nsubj/B-ORG and/CCONJ/3/cc J/PROPN/4/compound/B-ORG \
                Zorvia/PROPN/1/conj/I-ORG plc/PROPN/4/flat cut/VERB/0/root \
                ./PUNCT/6/punct",
                &[
                    "Name organization \"Vantor\"",
                    "Name organization \"J Zorvia\"",
                ],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_towns_police_court_or_council_is_a_name_of_its_own() {
        // (sentence, mentions): a town or region and a `lower_case_name_head` institution
        // are one organization ("Zadar police"); after a country's name a state's own
        // agent noun stays the state ("Nepal police", README "Actors")
        let table: &[(&str, &[&str])] = &[
            (
                "Zadar/PROPN/2/compound/B-LOC police/NOUN/3/nsubj arrested/VERB/0/root \
                Horvat/PROPN/3/obj/B-PER ./PUNCT/3/punct",
                &[
                    "Name organization \"Zadar police\"",
                    "Name person \"Horvat\"",
                ],
            ),
            (
                "A/DET/3/det Hamburg/PROPN/3/compound/B-LOC court/NOUN/4/nsubj \
                jailed/VERB/0/root Lauck/PROPN/4/obj/B-PER ./PUNCT/4/punct",
                &[
                    "Name organization \"Hamburg court\"",
                    "Name person \"Lauck\"",
                ],
            ),
            (
                "The/DET/4/det Orvieto/PROPN/4/compound/B-LOC city/NOUN/4/compound \
                council/NOUN/5/nsubj voted/VERB/0/root ./PUNCT/5/punct",
                &["Name organization \"Orvieto city council\""],
            ),
            (
                "Nepal/PROPN/2/compound/B-LOC police/NOUN/3/nsubj arrested/VERB/0/root \
                Dahal/PROPN/3/obj/B-PER ./PUNCT/3/punct",
                &["Name country \"Nepal\" =Nepal", "Name person \"Dahal\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_time_zone_after_a_clock_time_is_no_name() {
        // (sentence, mentions): a live blog's time stamp, even when the recognizer types
        // the zone; the same letters elsewhere, and a zone after no clock, stay as read
        let table: &[(&str, &[&str])] = &[
            (
                "14:05/NUM/0/root GMT/PROPN/1/nsubj/B-ORG -/PUNCT/1/punct",
                &[],
            ),
            (
                "03:20/NUM/0/root UTC/PROPN/1/flat/B-ORG -/PUNCT/1/punct",
                &[],
            ),
            (
                "The/DET/2/det UTC/PROPN/3/nsubj/B-ORG sued/VERB/0/root \
                Apple/PROPN/3/obj/B-ORG ./PUNCT/3/punct",
                &["Name organization \"UTC\"", "Name organization \"Apple\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_chamber_by_its_short_name_is_the_house() {
        // (sentence, mentions): curated rows of `actors.tsv` name the British chambers by
        // their short names
        let table: &[(&str, &[&str])] = &[
            (
                "Before/ADP/4/case a/DET/4/det Commons/PROPN/4/compound vote/NOUN/6/obl \
                she/PRON/6/nsubj quit/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name organization \"Commons\" =House of Commons",
                    "Pronoun person \"she\"",
                ],
            ),
            (
                "The/DET/2/det Lords/PROPN/3/nsubj/B-ORG rejected/VERB/0/root the/DET/5/det \
                bill/NOUN/3/obj ./PUNCT/3/punct",
                &["Name organization \"Lords\" =House of Lords"],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_title_word_before_the_organization_word_ending_a_known_bodys_run_is_in_its_name() {
        let table: &[(&str, &[&str])] = &[
            // "WHO" read as the pronoun, "Executive" a title: one body
            (
                "The/DET/4/det WHO/PRON/4/nsubj/B-ORG Executive/ADJ/4/amod/B-MISC \
                 Board/PROPN/5/nsubj praised/VERB/0/root Rwanda/PROPN/5/obj/B-LOC ./PUNCT/5/punct",
                &[
                    "Name organization \"WHO Executive Board\"",
                    "Name country \"Rwanda\" =Rwanda",
                ],
            ),
            // a title before a name waits for its holder
            (
                "WHO/PROPN/2/compound/B-ORG Executive/NOUN/3/compound Ana/PROPN/4/nsubj/B-PER \
                 Lind/PROPN/3/flat/I-PER spoke/VERB/0/root ./PUNCT/4/punct",
                &[
                    "Name organization \"WHO\" =World Health Organization",
                    "Name person \"Ana Lind\" [executive] of \"WHO\" full=\"Executive Ana Lind\"",
                ],
            ),
        ];
        for (tokens, want) in table {
            assert_eq!(show(&mentions(tokens)), *want, "{tokens}");
        }
    }

    #[test]
    fn a_military_unit_is_named_with_its_ordinal_and_its_code_name() {
        // (sentence, mentions): an ordinal opens the name of a unit (`military_unit_word`);
        // a code name after a `code_named_unit_word` stays in it, even a place's name
        let table: &[(&str, &[&str])] = &[
            (
                "Soldiers/NOUN/6/nsubj of/ADP/5/case the/DET/5/det 3rd/ADJ/5/amod \
                Infantry/PROPN/5/compound/B-MISC Division/NOUN/1/nmod/I-MISC \
                entered/VERB/0/root the/DET/9/det town/NOUN/7/obj ./PUNCT/7/punct",
                &["Name organization \"3rd Infantry Division\""],
            ),
            (
                "The/DET/3/det 5th/ADJ/3/amod Fleet/PROPN/4/nsubj/B-ORG patrolled/VERB/0/root \
                the/DET/6/det Gulf/PROPN/4/obj/B-LOC ./PUNCT/4/punct",
                &[
                    "Name organization \"5th Fleet\"",
                    "Name location \"Gulf\" =Gulf",
                ],
            ),
            (
                "Joint/PROPN/4/compound/B-PER Task/PROPN/4/compound/I-PER \
                Force/PROPN/4/compound/I-PER Bravo/PROPN/5/nsubj/I-PER delivered/VERB/0/root \
                aid/NOUN/5/obj ./PUNCT/5/punct",
                &["Name organization \"Joint Task Force Bravo\""],
            ),
            (
                "Task/PROPN/2/compound Force/PROPN/3/compound Tarawa/PROPN/4/nsubj/B-LOC \
                seized/VERB/0/root the/DET/6/det bridges/NOUN/4/obj ./PUNCT/4/punct",
                &["Name organization \"Task Force Tarawa\""],
            ),
            // the arm alone, the unit's type word left out
            (
                "The/DET/3/det 82nd/ADJ/3/amod Airborne/PROPN/4/nsubj/B-ORG attacked/VERB/0/root \
                the/DET/6/det town/NOUN/4/obj ./PUNCT/4/punct",
                &["Name organization \"82nd Airborne\""],
            ),
            (
                "The/DET/3/det 2nd/ADJ/3/amod Marines/PROPN/4/nsubj/B-ORG entered/VERB/0/root \
                the/DET/6/det town/NOUN/4/obj ./PUNCT/4/punct",
                &["Name organization \"2nd Marines\""],
            ),
            // no unit word at the head: the ordinal stays out of the name
            (
                "The/DET/4/det 4th/ADJ/4/amod Estate/PROPN/4/compound \
                Trust/PROPN/5/nsubj/B-ORG said/VERB/0/root ./PUNCT/5/punct",
                &["Name organization \"Estate Trust\""],
            ),
            (
                "Smith/PROPN/2/nsubj/B-PER finished/VERB/0/root 3rd/ADV/2/advmod \
                behind/ADP/5/case Jones/PROPN/2/obl/B-PER ./PUNCT/2/punct",
                &["Name person \"Smith\"", "Name person \"Jones\""],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_known_name_with_its_article_gives_way_to_a_longer_one_after_the_article() {
        let table: &[(&str, &[&str])] = &[
            (
                "The/DET/5/det United/PROPN/3/compound/B-ORG Nations/PROPN/5/compound/I-ORG \
                Security/PROPN/5/compound/I-ORG Council/PROPN/6/nsubj/I-ORG met/VERB/0/root \
                ./PUNCT/6/punct",
                &["Name organization \"United Nations Security Council\" =UN Security Council"],
            ),
            // the article's name alone is still read whole
            (
                "The/DET/3/det United/PROPN/3/compound/B-ORG Nations/PROPN/4/nsubj/I-ORG \
                met/VERB/0/root ./PUNCT/4/punct",
                &["Name organization \"The United Nations\" =United Nations"],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    const PEOPLE: &str = "Southern/ADJ/2/amod Mr/PROPN/3/nmod:desc German/PROPN/4/nsubj/B-PER met/VERB/0/root \
    Jordan/PROPN/4/obj/B-PER Pellow/PROPN/5/flat/I-PER in/ADP/9/case \
    Middle/PROPN/9/compound England/PROPN/4/obl/B-LOC on/ADP/11/case Friday/PROPN/4/obl \
    ./PUNCT/4/punct";

    #[test]
    fn a_place_name_after_an_honorific_or_before_a_surname_is_a_persons() {
        assert_eq!(
            show(&mentions(PEOPLE)),
            [
                "Name person \"German\" full=\"Mr German\"",
                "Name person \"Jordan Pellow\"",
                "Name location \"England\" =England",
            ]
        );
    }

    #[test]
    fn an_honorific_inside_the_recognizers_one_person_is_part_of_the_name() {
        // (sentence, mentions): "Sheikh" inside one recognized person; an honorific
        // opening a second person after a name, and a title inside a run, still cut it
        let table: &[(&str, &[&str])] = &[
            (
                "Hassan/PROPN/4/nsubj/B-PER Sheikh/PROPN/1/flat/I-PER Mohamud/PROPN/1/flat/I-PER \
                 met/VERB/0/root Abiy/PROPN/4/obj/B-PER Ahmed/PROPN/5/flat/I-PER ./PUNCT/4/punct",
                &[
                    "Name person \"Hassan Sheikh Mohamud\"",
                    "Name person \"Abiy Ahmed\"",
                ],
            ),
            (
                "Qatar/PROPN/3/nsubj/B-LOC Sheikh/PROPN/3/nsubj/B-PER Tamim/PROPN/2/flat/I-PER \
                 met/VERB/0/root Kagame/PROPN/4/obj/B-PER ./PUNCT/4/punct",
                &[
                    "Name country \"Qatar\" =Qatar",
                    "Name person \"Tamim\" full=\"Sheikh Tamim\"",
                    "Name person \"Kagame\"",
                ],
            ),
            // after a title waiting for its name, the recognizer's span over the three
            // words keeps them one person's name, whatever its label ...
            (
                "Malawian/PROPN/2/compound/B-ORG Premier/PROPN/3/nmod:desc/I-ORG \
                 Yusuf/PROPN/6/nsubj/I-ORG Sheikh/PROPN/5/compound/I-ORG \
                 Omar/PROPN/3/flat/I-ORG thanked/VERB/0/root Chad/PROPN/6/obj/B-LOC \
                 ./PUNCT/6/punct",
                &[
                    "Demonym country \"Malawian\" =Malawi",
                    "Name person \"Yusuf Sheikh Omar\" [Premier] of \"Malawian\" \
                     full=\"Premier Yusuf Sheikh Omar\"",
                    "Name country \"Chad\" =Chad",
                ],
            ),
            (
                "Mr/PROPN/2/compound/B-MISC Ali/PROPN/5/nsubj/I-MISC Mullah/PROPN/4/compound/I-MISC \
                 Dost/PROPN/2/flat/I-MISC left/VERB/0/root ./PUNCT/5/punct",
                &["Name person \"Ali Mullah Dost\" full=\"Mr Ali Mullah Dost\""],
            ),
            // ... but with no span over them, or no title in front, the honorific still
            // opens a name of its own
            (
                "Premier/PROPN/2/nmod:desc Yusuf/PROPN/5/nsubj Sheikh/PROPN/4/compound \
                 Omar/PROPN/2/flat thanked/VERB/0/root Chad/PROPN/5/obj/B-LOC ./PUNCT/5/punct",
                &[
                    "Name person \"Yusuf\" [Premier] full=\"Premier Yusuf\"",
                    "Name person \"Omar\" full=\"Sheikh Omar\"",
                    "Name country \"Chad\" =Chad",
                ],
            ),
            (
                "Dunmore/PROPN/3/compound/B-ORG Sheikh/PROPN/3/compound/I-ORG \
                 Omar/PROPN/4/nsubj/I-ORG spoke/VERB/0/root ./PUNCT/4/punct",
                &[
                    "Name organization \"Dunmore\"",
                    "Name person \"Omar\" full=\"Sheikh Omar\"",
                ],
            ),
            // two words after the honorific: two names, whatever the recognizer says
            (
                "Kelso/PROPN/5/nsubj/B-PER Dr/PROPN/4/compound/I-PER Rowan/PROPN/4/flat/I-PER \
                 Williams/PROPN/1/appos/I-PER spoke/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name person \"Kelso\"",
                    "Name person \"Rowan Williams\" full=\"Dr Rowan Williams\"",
                ],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }
}
