//! Parties and movements named by capitalised common words: "Civic Platform", "National
//! Rally", "Law and Justice", "Five Star Movement", "the Workers' Party".
//!
//! The tagger reads such words as adjectives and nouns, and at the start of a sentence
//! [`Sentence::word_is_name_like`] rightly distrusts a capitalised common word ("Justice
//! was served", "Rally organisers said"); a coordinator inside ("Law and Justice") splits
//! the run in two. What makes these words one name is the text's own mark of a name:
//!
//! - a party word ending the run, written in capitals (`party_name_word`: "Civic
//!   Platform", "Five Star Movement", "the Workers' Party");
//! - a party noun after the run, in lower case (`party_noun`: "the Law and Justice party");
//! - a title the party's head holds right after the run (`party_role_word` opening the
//!   title: "Law and Justice leader Jaroslaw Kaczynski");
//! - the same words met before in the article under one of these marks: a run of common
//!   words joined by "and" with no mark is a tentative name, kept only when it names an
//!   actor met before ("Law and Justice accused ..." after "Law and Justice leader X").
//!
//! The run opens with a capitalised common word (`common_words.tsv`) that starts no known
//! name: a known name ("Labour Party", "African National Congress") or a run of proper
//! nouns is read by [`Finder::name`] as before. One word alone is never a party ("Rally
//! organisers", "Union members"), and a title inside the run ends it ("Union Home Minister",
//! "Justice Minister": a portfolio).

use super::{Finder, Mention, MentionKind, Sentence, is_capitalized};
use crate::domain::ActorType;
use crate::lexicon::WordClass;
use crate::nlp::Upos;

/// A party's name found at a position: the words of the name, the mention's end (past a
/// lower-case party noun after it), and whether only an actor met before keeps it.
struct PartyName {
    /// End of the name's words.
    end: usize,
    /// End of the mention: `end`, or one past it for a lower-case party noun.
    mention_end: usize,
    /// No mark in the sentence: the name stands only for a party met before.
    tentative: bool,
}

impl Sentence<'_> {
    /// The word at `k` is a capitalised content word that may be part of a party's name:
    /// no function word ("The", "And" at a start), no verb ("Fans Rally" in a headline), no
    /// title in use ("Justice Minister Ana Lind", "Union Home Minister"). A title word
    /// with no name after it is a common word of the name ("Law and Justice leader"), and
    /// "Party Leader" opens with the party word that ends the name before it.
    fn party_word_at(&self, k: usize) -> bool {
        let w = self.p.words[k];
        let in_use = |(len, _): (usize, _)| {
            len > 1
                || (k + 1 < self.len()
                    && is_capitalized(self.p.words[k + 1])
                    && !self.has(WordClass::PartyNameWord, k + 1))
        };
        is_capitalized(w)
            && w.chars().any(char::is_alphabetic)
            && matches!(
                self.p.upos[k],
                Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::X
            )
            && (self.title_at(k).is_none_or(|t| !in_use(t))
                || self.has(WordClass::PartyNameWord, k))
    }

    /// The word at `k` is a common word, by the dictionary of common words or by its tag
    /// (the tagger reads "Progressive", "Civic" as adjectives).
    fn common_at(&self, k: usize) -> bool {
        self.lex.is_common_word(self.lower[k])
            || matches!(self.p.upos[k], Upos::Adj | Upos::Noun | Upos::Num)
    }

    /// The capitalised run of a party's name starting at `i` (see the module docs), or
    /// `None`.
    fn party_name_at(&self, i: usize) -> Option<PartyName> {
        let n = self.len();
        // the first word: a common word that opens no known name, no leading modifier
        // ("Former Labour leader", "New Labour"), no hyphenated word ("Non-European Union")
        if !self.party_word_at(i)
            || !self.common_at(i)
            || self.gaz_at(i).is_some()
            || self.has(WordClass::LeadingModifier, i)
            || self.has(WordClass::FormerModifier, i)
            || self.p.words[i].contains('-')
        {
            return None;
        }
        // the run: capitalised words, a connector ("of", "for", "and") between two of them,
        // a possessive clitic before a party word ("Workers' Party")
        let (mut e, mut words, mut possessive) = (i + 1, 1, false);
        let mut coordinators = Vec::new();
        while e < n {
            if self.party_word_at(e) {
                e += 1;
                words += 1;
                if self.title_at(e - 1).is_some() && self.has(WordClass::PartyNameWord, e - 1) {
                    break;
                }
            } else if e + 1 < n
                && self.has(WordClass::NameConnector, e)
                && self.p.words[e].starts_with(char::is_lowercase)
                && self.party_word_at(e + 1)
            {
                if self.has(WordClass::NameCoordinator, e) {
                    coordinators.push(e);
                }
                e += 2;
                words += 1;
            } else if e + 1 < n
                && (self.has(WordClass::PossessiveClitic, e) || self.p.words[e] == "'")
                && self.p.upos[e] == Upos::Part
                && self.party_word_at(e + 1)
                && self.has(WordClass::PartyNameWord, e + 1)
            {
                e += 2;
                words += 1;
                possessive = true;
            } else {
                break;
            }
        }
        if words < 2 {
            return None;
        }
        // "the Free Democrats", "the Social Democrats": one adjective after "the" and a
        // party's members' word (`party_member_plural`), which alone the dictionary may
        // list as another party; not a noun ("the House Democrats") nor a people's or a
        // place's word ("Scottish Conservatives", which the dictionary reads)
        let members = e == i + 2
            && i > 0
            && self.has(WordClass::DefiniteArticle, i - 1)
            && self.p.upos[i] == Upos::Adj
            && self.has(WordClass::PartyMemberPlural, i + 1)
            && matches!(self.p.upos[i + 1], Upos::Noun | Upos::Propn);
        // one name, not two: a known name stands only after a connector ("Brothers of
        // Italy", "Together for Catalonia"), never as a word of the name's own ("Scottish
        // Conservative leader"); no organization's or party's word before a coordinator
        // ("Black Rebel Motorcycle Club and Bloc Party" are two)
        let one_name = (i + 1..e).all(|k| {
            (members && k == i + 1)
                || self.gaz_at(k).is_none()
                || self.has(WordClass::NameConnector, k - 1)
                || self.has(WordClass::PossessiveClitic, k - 1)
        }) && coordinators.iter().all(|&c| {
            (i..c).all(|k| {
                !self.has(WordClass::OrganizationWord, k) && !self.has(WordClass::PartyNameWord, k)
            })
        });
        let last = e - 1;
        let named = |end: usize, mention_end: usize| {
            one_name.then_some(PartyName {
                end,
                mention_end,
                tentative: false,
            })
        };
        // "the Law and Justice party", "the Five Star movement"
        if e < n
            && self.has(WordClass::PartyNoun, e)
            && self.p.words[e].starts_with(char::is_lowercase)
            && matches!(self.p.upos[e], Upos::Noun | Upos::Propn)
        {
            return named(e, e + 1);
        }
        // "the Free Democrats"
        if members {
            return named(e, e);
        }
        // "Civic Platform", "Five Star Movement", "the Workers' Party"
        if self.has(WordClass::PartyNameWord, last)
            && matches!(self.p.upos[last], Upos::Noun | Upos::Propn)
        {
            return named(e, e);
        }
        // "Law and Justice leader Jaroslaw Kaczynski"
        if e < n && self.title_at(e).is_some() && self.has(WordClass::PartyRoleWord, e) {
            return named(e, e);
        }
        // "Law and Justice" with no mark: only the party met before. Two words and a
        // coordinator alone ("Miles Davis and Bruni Sablan" are more), the first a common
        // word of the dictionary (not "GMB and Unison"), neither a known name, no name the recognizer holds whole across the coordinator ("Marks and
        // Spencer", which the name step reads), no organization's or party's word ("Trade
        // and Industry Department"), no portfolio before a title ("Trade and Industry
        // Secretary")
        let plain = e == i + 3
            && coordinators == [i + 1]
            && !possessive
            && self.lex.is_common_word(self.lower[i])
            && !acronym(self.p.words[i + 2])
            && [i, i + 2].iter().all(|&k| {
                self.gaz_at(k).is_none()
                    && !self.has(WordClass::OrganizationWord, k)
                    && !self.has(WordClass::PartyNameWord, k)
            })
            && !self.coordinated_name(i, i + 1)
            && !(e < n && self.title_at(e).is_some());
        plain.then_some(PartyName {
            end: e,
            mention_end: e,
            tentative: true,
        })
    }

    /// The word at `k` is the singular of a party's members' word, written in capitals
    /// ("Democrat", "Green": `party_member_plural` has "democrats", "greens").
    fn members_singular_at(&self, k: usize) -> bool {
        is_capitalized(self.p.words[k])
            && self
                .lex
                .words
                .has(WordClass::PartyMemberPlural, &format!("{}s", self.lower[k]))
    }

    /// A party named by the singular of its members' word before one of its people, at
    /// `i`: "a Green senator", "Social Democrat MPs", "Free Democrat leader X". Returns
    /// the end of the party's words. The word alone is a name too common to stand for a
    /// party ("Green spaces", "Democrat" as a person's), so a person's noun or a party
    /// role must follow it; the dictionary's own names ("Liberal Democrat", "Labour",
    /// "Republican") are read by the name step, and a capitalised word before the party's
    /// words is a name they end ("Damian Green MP").
    fn party_of_members_at(&self, i: usize) -> Option<usize> {
        let n = self.len();
        let adjective = i + 2 < n
            && is_capitalized(self.p.words[i])
            && (self.p.upos[i] == Upos::Adj
                || (self.p.upos[i] == Upos::Propn && self.lex.is_common_word(self.lower[i])))
            && self.members_singular_at(i + 1);
        let end = if adjective {
            i + 2
        } else if self.members_singular_at(i) && self.gaz_at(i).is_none() {
            i + 1
        } else {
            return None;
        };
        let person_after = end < n
            && (self.has(WordClass::PartyMemberNoun, end)
                || self.has(WordClass::PartyRoleWord, end))
            && matches!(self.p.upos[end], Upos::Noun | Upos::Propn);
        let open_before = i == 0
            || !is_capitalized(self.p.words[i - 1])
            || self.p.upos[i - 1] == Upos::Det
            || self.has(WordClass::FormerModifier, i - 1);
        (person_after
            && open_before
            && self.gaz_at(i).is_none()
            && !self.has(WordClass::LeadingModifier, i))
        .then_some(end)
    }

    /// A party named by a capitalised `party_bare_word` alone after "the", at `i`: "the
    /// Left". Not before a capitalised word, which makes it part of another name ("the
    /// Left Bank"); in lower case it is a side of politics, no party ("the left wing").
    ///
    /// Without "the", before one of its people ("Left leader X", "Left MPs"), like the
    /// members' word of [`Sentence::party_of_members_at`] (`bare_party_before_person`):
    /// "Left unchecked", "Left behind" have no person's noun after it.
    fn bare_party_at(&self, i: usize) -> bool {
        let after_the = i > 0
            && self.has(WordClass::DefiniteArticle, i - 1)
            && self.p.words.get(i + 1).is_none_or(|w| !is_capitalized(w));
        self.has(WordClass::PartyBareWord, i)
            && is_capitalized(self.p.words[i])
            && self.gaz_at(i).is_none()
            && (after_the
                || (self.person_of_party_at(i + 1)
                    && (i == 0 || !is_capitalized(self.p.words[i - 1]))
                    && crate::extract::relations::enabled("bare_party_before_person")))
    }

    /// A party's person at `k`: a person's noun of a party (`party_member_noun`: "MPs",
    /// "lawmaker") or a party role (`party_role_word`: "leader"), read as a noun.
    fn person_of_party_at(&self, k: usize) -> bool {
        k < self.len()
            && (self.has(WordClass::PartyMemberNoun, k) || self.has(WordClass::PartyRoleWord, k))
            && matches!(self.p.upos[k], Upos::Noun | Upos::Propn)
    }

    /// A party named by one unknown proper noun before the plural of a person's noun of a
    /// party, at `i`: "Fidesz MEPs", "Syriza lawmakers" (`unknown_party_members`). The
    /// name alone is the party, the plural its members, which the party stands for as a
    /// side ("Social Democrat MPs" is the Social Democrats). Not a common word ("Senior
    /// MPs", "Rebel MPs"), nor a known name, which the name step reads ("Tory MPs",
    /// "Scottish MPs"), nor a body's word ("Parliament members"), nor a portfolio ("Defence
    /// ministers"), nor a word after a capitalized one ("Damian Green MPs" is no party).
    fn unknown_party_of_members_at(&self, i: usize) -> bool {
        let k = i + 1;
        k < self.len()
            && self.p.upos[i] == Upos::Propn
            && is_capitalized(self.p.words[i])
            && !acronym(self.p.words[i])
            && !self.lex.is_common_word(self.lower[i])
            && self.gaz_at(i).is_none()
            && (i == 0 || !is_capitalized(self.p.words[i - 1]) || self.p.upos[i - 1] == Upos::Det)
            && self.members_plural_at(k)
            && !self.has(WordClass::OrganizationWord, i)
            && !self.portfolio_of_members(i, k)
            && crate::extract::relations::enabled("unknown_party_members")
    }

    /// The word at `i` and the singular of the members' plural at `k` make a title: "Defence
    /// ministers", "Finance ministers" hold a portfolio, they are of no party.
    fn portfolio_of_members(&self, i: usize, k: usize) -> bool {
        let lemma = self.p.lemmas[k].to_lowercase();
        let one = if lemma == self.lower[k] {
            self.lower[k].strip_suffix('s').unwrap_or(self.lower[k])
        } else {
            &lemma
        };
        self.lex
            .title(&format!("{} {one}", self.lower[i]))
            .is_some()
    }

    /// The plural of a person's noun of a party at `k` ("MPs", "MEPs", "lawmakers"): the
    /// lemmatizer reduces it, or, read as a proper noun it keeps, its singular without the
    /// "s" is one of the class too.
    fn members_plural_at(&self, k: usize) -> bool {
        let Some(&lower) = self.lower.get(k) else {
            return false;
        };
        self.has(WordClass::PartyMemberNoun, k)
            && (self.p.lemmas[k].to_lowercase() != lower
                || lower
                    .strip_suffix('s')
                    .is_some_and(|one| self.lex.words.has(WordClass::PartyMemberNoun, one)))
    }
}

/// A word written in capitals ("GMB"): an acronym, no common word of a party's name.
fn acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

impl Finder<'_> {
    /// Step: a party or movement named by capitalised common words at `i` (see the module
    /// docs). Not right after a title or honorific, which waits for a person's name.
    pub(super) fn party_name(&mut self, i: usize) -> Option<usize> {
        if self.pending.is_some() || self.honorific.is_some() {
            return None;
        }
        // "Free Democrat leader X": the members' word is the party's before the run's own
        // reading, which would name it "Free Democrat"
        if let Some(end) = self.party_named_apart(i) {
            return Some(end);
        }
        let party = self.s.party_name_at(i)?;
        let name = self.s.surface(i, party.end);
        let mut m = Mention::new(
            i,
            party.mention_end,
            MentionKind::Name,
            ActorType::Organization,
            name,
        );
        m.tentative = party.tentative;
        self.forget_title();
        self.push_name(m);
        Some(party.mention_end)
    }

    /// A party named by its members' word before one of its people, under the members'
    /// plural so that it is one actor with the party's own mentions ("a Free Democrat
    /// lawmaker" and "the Free Democrats"), or by a bare party word ("the Left").
    fn party_named_apart(&mut self, i: usize) -> Option<usize> {
        let (end, name) = if let Some(end) = self.s.party_of_members_at(i) {
            (end, format!("{}s", self.s.surface(i, end)))
        } else if self.s.bare_party_at(i) || self.s.unknown_party_of_members_at(i) {
            // "Left MPs", "Fidesz MEPs": the members' plural is the party's mention too (a
            // proper noun there would be a person of its own, taking the side)
            let end = i + 1 + usize::from(self.s.members_plural_at(i + 1));
            (end, self.s.surface(i, i + 1))
        } else {
            return None;
        };
        let mut m = Mention::new(i, end, MentionKind::Name, ActorType::Organization, name);
        m.marked = true;
        self.forget_title();
        self.push_name(m);
        Some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions, show};

    /// Each row: a sentence as a gold analysis, and the mentions wanted.
    fn check(rows: &[(&str, &[&str])]) {
        for (tokens, want) in rows {
            assert_eq!(show(&mentions(tokens)), *want, "{tokens}");
        }
    }

    #[test]
    fn a_party_word_ending_a_run_of_common_words_makes_it_a_name() {
        check(&[
            // at the start of a sentence, where a common word alone is no name
            (
                "Civic/ADJ/2/amod Platform/NOUN/3/nsubj accused/VERB/0/root \
                 Karol/PROPN/3/obj/B-PER Nowicki/PROPN/4/flat/I-PER ./PUNCT/3/punct",
                &[
                    "Name organization \"Civic Platform\"",
                    "Name person \"Karol Nowicki\"",
                ],
            ),
            // a number word opens it; a possessive clitic before the party word
            (
                "Seven/NUM/3/nummod Oaks/PROPN/3/compound Alliance/PROPN/4/nsubj \
                 praised/VERB/0/root the/DET/7/det Farmers/NOUN/7/nmod:poss '/PART/6/case \
                 Party/PROPN/4/obj ./PUNCT/4/punct",
                &[
                    "Name organization \"Seven Oaks Alliance\"",
                    "Name organization \"Farmers ' Party\"",
                ],
            ),
            // "the" and one adjective before a party's members' word, which alone the
            // dictionary lists as another party
            (
                "The/DET/3/det Free/ADJ/3/amod Democrats/PROPN/4/nsubj won/VERB/0/root \
                 ./PUNCT/4/punct",
                &["Name organization \"Free Democrats\""],
            ),
            // a lower-case party noun after the run; the coordinated run is whole
            (
                "The/DET/5/det Bread/PROPN/5/compound and/CCONJ/4/cc Roses/PROPN/2/conj \
                 party/NOUN/6/nsubj won/VERB/0/root ./PUNCT/6/punct",
                &["Name organization \"Bread and Roses\""],
            ),
        ]);
    }

    #[test]
    fn a_party_leaders_title_after_the_run_makes_it_a_name_and_the_name_recurs() {
        check(&[
            (
                "Bread/PROPN/5/compound and/CCONJ/3/cc Roses/PROPN/1/conj leader/NOUN/5/compound \
                 Ana/PROPN/6/nsubj/B-PER Lind/PROPN/5/flat/I-PER spoke/VERB/0/root ./PUNCT/7/punct",
                &[
                    "Name organization \"Bread and Roses\"",
                    "Name person \"Ana Lind\" [leader] of \"Bread and Roses\" full=\"leader Ana Lind\"",
                ],
            ),
            // no mark: a tentative name, which only the party met before keeps
            (
                "Bread/PROPN/4/nsubj and/CCONJ/3/cc Roses/PROPN/1/conj won/VERB/0/root ./PUNCT/4/punct",
                &["Name organization \"Bread and Roses\" tentative"],
            ),
        ]);
    }

    #[test]
    fn a_partys_members_word_before_one_of_its_people_names_the_party() {
        check(&[
            // the members' word's singular before a person's noun: the party, by its
            // members' plural, as "the Free Democrats" names it
            (
                "A/DET/4/det Free/ADJ/3/amod Democrat/PROPN/4/compound lawmaker/NOUN/5/nsubj \
                 spoke/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name organization \"Free Democrats\"",
                    "Description person \"lawmaker\" [lawmaker] of \"Free Democrats\"",
                ],
            ),
            (
                "A/DET/3/det Green/ADJ/3/amod senator/NOUN/4/nsubj spoke/VERB/0/root \
                 ./PUNCT/4/punct",
                &[
                    "Name organization \"Greens\"",
                    "Description person \"senator\" [Senator] of \"Greens\"",
                ],
            ),
            // before a party role, whose holder the title names
            (
                "Free/ADJ/3/amod Democrat/PROPN/3/compound leader/NOUN/4/compound \
                 Ana/PROPN/6/nsubj/B-PER Lind/PROPN/4/flat/I-PER spoke/VERB/0/root ./PUNCT/6/punct",
                &[
                    "Name organization \"Free Democrats\"",
                    "Name person \"Ana Lind\" [leader] of \"Free Democrats\" full=\"leader Ana Lind\"",
                ],
            ),
            (
                "Green/ADJ/2/amod co-leader/NOUN/3/compound Ana/PROPN/5/nsubj/B-PER \
                 Lind/PROPN/3/flat/I-PER spoke/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name organization \"Greens\"",
                    "Name person \"Ana Lind\" [co-leader] of \"Greens\" full=\"co-leader Ana Lind\"",
                ],
            ),
            // "the" and a bare party word with no capitalised word after it
            (
                "The/DET/2/det Left/PROPN/3/nsubj won/VERB/0/root ./PUNCT/3/punct",
                &["Name organization \"Left\""],
            ),
        ]);
    }

    #[test]
    fn the_members_word_or_a_bare_party_word_with_no_mark_names_no_party() {
        check(&[
            // no person's noun after it
            (
                "Green/ADJ/2/amod spaces/NOUN/3/nsubj shrank/VERB/0/root ./PUNCT/3/punct",
                &[],
            ),
            // a person's name that ends with the word
            (
                "Tom/PROPN/3/nsubj/B-PER Green/PROPN/1/flat/I-PER MP/PROPN/1/appos \
                 spoke/VERB/0/root ./PUNCT/4/punct",
                &["Name person \"Tom Green\""],
            ),
            // a name goes on after it (a bank's, a place's: "the Left Bank"); a side of
            // politics in lower case
            (
                "the/DET/3/det Left/PROPN/3/compound/B-LOC Bank/PROPN/0/root/I-LOC",
                &["Name organization \"Left Bank\""],
            ),
            (
                "The/DET/3/det left/ADJ/3/amod wing/NOUN/4/nsubj won/VERB/0/root ./PUNCT/4/punct",
                &[],
            ),
        ]);
    }

    #[test]
    fn a_bare_party_word_or_an_unknown_name_before_its_people_names_the_party() {
        check(&[
            // the bare party word with no "the", before a party role: the party, and the
            // title after it affiliates its holder
            (
                "Left/PROPN/2/compound leader/NOUN/3/compound Ana/PROPN/5/nsubj/B-PER \
                 Lind/PROPN/3/flat/I-PER spoke/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name organization \"Left\"",
                    "Name person \"Ana Lind\" [leader] of \"Left\" full=\"leader Ana Lind\"",
                ],
            ),
            // ... before its members' plural, which is the party's mention too
            (
                "Left/PROPN/2/compound MPs/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct",
                &["Name organization \"Left\""],
            ),
            // an unknown proper noun before its members' plural
            (
                "Syriza/PROPN/2/compound lawmakers/NOUN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct",
                &["Name organization \"Syriza\""],
            ),
            // no person's noun after the bare word; a common word before the members
            (
                "Left/VERB/0/root unchecked/ADJ/1/xcomp ./PUNCT/1/punct",
                &[],
            ),
            (
                "Senior/ADJ/2/amod MPs/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct",
                &["Name person \"MPs\" tentative"],
            ),
        ]);
    }

    #[test]
    fn capitalised_common_words_with_no_mark_name_no_party() {
        check(&[
            // one word before the party word, at the start of a sentence
            (
                "Rally/NOUN/2/compound organisers/NOUN/3/nsubj left/VERB/0/root ./PUNCT/3/punct",
                &[],
            ),
            // a word before a title is its portfolio
            (
                "Justice/PROPN/2/compound Minister/PROPN/3/nsubj/B-PER Ana/PROPN/4/flat/I-PER \
                 Lind/PROPN/3/flat/I-PER spoke/VERB/0/root ./PUNCT/5/punct",
                &["Name person \"Ana Lind\" [Justice Minister] full=\"Justice Minister Ana Lind\""],
            ),
            // a run of common words ending in no party word, with no coordinator
            (
                "Democratic/ADJ/2/amod values/NOUN/3/nsubj matter/VERB/0/root ./PUNCT/3/punct",
                &[],
            ),
            // a verb in a headline is no party word
            (
                "Fans/NOUN/2/nsubj Rally/VERB/0/root Behind/ADP/4/case Coach/NOUN/2/obl",
                &[],
            ),
        ]);
    }
}
