//! Mentions by common nouns and pronouns: definite descriptions ("the group", "the
//! kingdom"), personal pronouns ("he", "its"), and groups named by a people or a religion
//! and an agent noun ("Rwandan rebels", "Muslim hackers").
//!
//! Descriptions and pronouns refer to an actor met before and resolve later
//! ([`crate::extract::entities`]); an "it" that stands for a clause ("it is clear that")
//! refers to nothing. A group named by a people's word and a non-state agent noun is an
//! actor of its own, not the people's country ("Egyptian officials" stay Egypt: officials
//! are of the state).

use super::{Finder, Mention, MentionKind, Sentence, is_capitalized};
use crate::domain::ActorType;
use crate::lexicon::WordClass;
use crate::nlp::Upos;

/// The pronoun classes, with the type of actor and the number of each.
const PRONOUNS: &[(WordClass, ActorType, bool)] = &[
    (WordClass::PersonPronoun, ActorType::Person, false),
    (WordClass::NeuterPronoun, ActorType::Organization, false),
    (WordClass::PluralPronoun, ActorType::Group, true),
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
    (WordClass::CountryDescription, ActorType::Country, false),
];

/// Words that may stand between an expletive "it" and its linking verb's clause word ("it
/// is not yet clear whether"), at most.
const MAX_EXPLETIVE_GAP: usize = 4;

/// Adjectives that may stand between a people's word and its agent noun ("Kurdish armed
/// rebels"), at most.
const MAX_GROUP_ADJECTIVES: usize = 2;

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

    /// The description noun after the article at `i`: its length in words, the type of
    /// actor it describes and its number. The noun must end the phrase ("the group" but
    /// not "the group leader").
    fn description(&self, i: usize) -> Option<(usize, ActorType, bool)> {
        if !self.has(WordClass::DefiniteArticle, i) {
            return None;
        }
        let n = self.len();
        DESCRIPTIONS
            .iter()
            .find_map(|&(class, actor_type, plural)| {
                self.lex.words.members(class).find_map(|noun| {
                    let len = noun.split(' ').count();
                    let fits = i + len < n
                        && noun
                            .split(' ')
                            .enumerate()
                            .all(|(k, w)| self.lower[i + 1 + k] == w)
                        && !(i + len + 1 < n
                            && matches!(self.p.upos[i + len + 1], Upos::Propn | Upos::Noun));
                    fits.then_some((len, actor_type, plural))
                })
            })
    }

    /// The agent noun of a non-state group right after a people's name (`k`), skipping a
    /// possessive and a few adjectives: "Rwandan rebels", "Israel's high court".
    fn nonstate_agent_after(&self, mut k: usize) -> Option<usize> {
        let (p, n) = (self.p, self.len());
        if k < n && self.has(WordClass::PossessiveMarker, k) {
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
        if k >= n
            || !matches!(p.upos[k], Upos::Noun | Upos::Propn)
            || self.has(WordClass::PopulationNoun, k)
        {
            return None;
        }
        // "Palestinian prisoner release": the agent noun must end the phrase
        if k + 1 < n && p.upos[k + 1] == Upos::Noun {
            return None;
        }
        let agent = self.lex.agent(self.lower[k])?;
        let sector = agent.sector.get(..3).unwrap_or(&agent.sector);
        (!self.lex.words.has(WordClass::StateSector, sector)).then_some(k)
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

/// A group named by the words `[start, end)`: "Rwandan rebels".
fn group_mention(start: usize, end: usize, name: String) -> Mention {
    Mention {
        plural: true,
        ..Mention::new(start, end, MentionKind::Name, ActorType::Group, name)
    }
}

impl Finder<'_> {
    /// Step: a religious group at `i`: "Muslim hackers", "Islamic fundamentalists".
    pub(super) fn religious_group(&mut self, i: usize) -> Option<usize> {
        let s = &self.s;
        if !(s.has(WordClass::ReligiousWord, i) && is_capitalized(s.p.words[i])) {
            return None;
        }
        let k = s.nonstate_agent_after(i + 1)?;
        let m = group_mention(i, k + 1, s.surface(i, k + 1));
        self.forget_title();
        self.out.push(m);
        Some(k + 1)
    }

    /// A people's non-state group that the people's name `[i, e)` starts ("Rwandan
    /// rebels", "ethnic Albanian militias"): records it and returns where reading goes on.
    pub(super) fn national_group(&mut self, i: usize, e: usize) -> Option<usize> {
        let s = &self.s;
        let k = s.nonstate_agent_after(e)?;
        let start = if i > 0 && s.has(WordClass::EthnicModifier, i - 1) {
            i - 1
        } else {
            i
        };
        let m = group_mention(start, k + 1, s.surface(start, k + 1));
        self.forget_title();
        self.out.push(m);
        Some(k + 1)
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
        let (len, actor_type, plural) = s.description(i)?;
        let m = Mention {
            plural,
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

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions, show};

    const EXPLETIVE: &str = "
1 It it PRON PRP _ 4 expl _ _
2 is be AUX VBZ _ 4 cop _ _
3 not not PART RB _ 4 advmod _ _
4 clear clear ADJ JJ _ 0 root _ _
5 whether whether SCONJ IN _ 7 mark _ _
6 it it PRON PRP _ 7 nsubj _ _
7 is be AUX VBZ _ 4 csubj _ _
8 ready ready ADJ JJ _ 7 xcomp _ _
9 to to PART TO _ 10 mark _ _
10 talk talk VERB VB _ 8 xcomp _ _
11 . . PUNCT . _ 4 punct _ _
";

    #[test]
    fn an_it_that_stands_for_a_clause_is_no_mention() {
        let ms = mentions(EXPLETIVE);
        assert_eq!(show(&ms), ["Pronoun organization \"it\""]);
        assert_eq!(ms[0].start, 5);
    }

    const IMPORTANT: &str = "
1 They they PRON PRP _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 it it PRON PRP _ 5 expl _ _
4 was be AUX VBD _ 5 cop _ _
5 important important ADJ JJ _ 2 ccomp _ _
6 to to PART TO _ 7 mark _ _
7 meet meet VERB VB _ 5 csubj _ _
8 him he PRON PRP _ 7 obj _ _
9 and and CCONJ CC _ 11 cc _ _
10 that that DET DT _ 11 det _ _
11 it it PRON PRP _ 7 conj _ _
12 was be AUX VBD _ 11 cop _ _
13 that that DET DT _ 14 det _ _
14 plan plan NOUN NN _ 11 appos _ _
15 . . PUNCT . _ 2 punct _ _
";

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

    const DESCRIBED: &str = "
1 The the DET DT _ 3 det _ _
2 the the DET DT _ 3 det _ _
3 militants militant NOUN NNS _ 6 nsubj _ _
4 and and CCONJ CC _ 6 cc _ _
5 the the DET DT _ 6 det _ _
6 group group NOUN NN _ 9 conj _ _
7 headquarters headquarters NOUN NN _ 6 compound _ _
8 the the DET DT _ 10 det _ _
9 militant militant ADJ JJ _ 10 amod _ _
10 group group NOUN NN _ 0 root _ _
11 left leave VERB VBD _ 10 acl _ _
12 the the DET DT _ 13 det _ _
13 kingdom kingdom NOUN NN _ 11 obj _ _
14 . . PUNCT . _ 11 punct _ _
";

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

    const GROUPS: &str = "
1 Muslim Muslim ADJ JJ _ 2 amod _ Entity=B-MISC
2 militias militia NOUN NNS _ 3 nsubj _ _
3 attacked attack VERB VBD _ 0 root _ _
4 ethnic ethnic ADJ JJ _ 6 amod _ _
5 Albanian Albanian ADJ JJ _ 6 amod _ Entity=B-MISC
6 rebels rebel NOUN NNS _ 3 obj _ _
7 , , PUNCT , _ 10 punct _ _
8 Egypt Egypt PROPN NNP _ 10 nmod:poss _ Entity=B-LOC
9 's 's PART POS _ 8 case _ _
10 highest high ADJ JJS _ 11 amod _ _
11 court court NOUN NN _ 3 conj _ _
12 and and CCONJ CC _ 14 cc _ _
13 Egyptian Egyptian ADJ JJ _ 14 amod _ Entity=B-MISC
14 people people NOUN NNS _ 3 conj _ _
15 . . PUNCT . _ 3 punct _ _
";

    #[test]
    fn a_people_or_a_religion_with_a_non_state_agent_noun_is_a_group() {
        assert_eq!(
            show(&mentions(GROUPS)),
            [
                "Name group \"Muslim militias\" plural",
                "Name group \"ethnic Albanian rebels\" plural",
                "Name country \"Egypt\" =Egypt",
                "Demonym country \"Egyptian\" =Egypt",
            ]
        );
    }
}
