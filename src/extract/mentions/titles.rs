//! Titles, honorifics, portfolios and qualifiers: the words in front of a person's name
//! that are not the name.
//!
//! A title ("Prime Minister", "spokesman") is kept as the person's role, with what
//! qualifies it: the country or organization written in front ("Turkish", "United
//! Nations"), modifiers that make it a past holder's ("former", "the late") or the
//! opposition's counterpart ("shadow"), and a capitalized portfolio the title list does
//! not know ("International Development" Secretary). An honorific ("Mr", "Sir") is part of
//! how the name is written, not a role.

use super::{
    Finder, Mention, MentionKind, PendingHonorific, PendingTitle, Portfolio, TitleInfo,
    is_capitalized,
};
use crate::domain::ActorType;
use crate::lexicon::{Title, WordClass};
use crate::nlp::{EntityLabel, Upos};

/// The word the graph writes in front of a past holder's role, whatever the text said
/// ("ex-", "the late", "outgoing").
const FORMER_LABEL: &str = "former";

/// Lower-case words of a portfolio that may stand between a qualifier and a title ("Lib
/// Dem home affairs spokesman"), at most.
const MAX_PORTFOLIO_WORDS: usize = 4;

impl Finder<'_> {
    /// Step: a title or honorific at `i`. In front of a name it waits for the name; a title
    /// with no name after it describes its holder when it is capitalized or follows a
    /// determiner, a possessive or a qualifier ("the President", "Egypt's new leader").
    pub(super) fn title(&mut self, i: usize) -> Option<usize> {
        let (len, title) = self.s.title_at(i)?;
        let after = i + len;
        // "the Justice Department", "Justice Ministry officials": a capitalized title that
        // opens an organization's name is a word of that name, not a holder's role
        if !title.honorific
            && is_capitalized(self.s.p.words[i])
            && (self.s.title_opens_organization_name(i, len)
                // "the Police Chief's Office": the body named after the office
                || self.s.plural_possessor_inside(i, after))
            && crate::extract::relations::enabled("title_opens_organization")
        {
            return None;
        }
        // "deputy leader": a title that modifies the title after it is part of that one
        if !title.honorific
            && self.s.has(WordClass::TitleModifier, i)
            && self.s.title_at(after).is_some_and(|(_, t)| !t.honorific)
        {
            return None;
        }
        let next_is_name = after < self.s.len()
            && (self.s.name_like(after)
                || self.s.title_at(after).is_some_and(|(_, t)| t.honorific));
        if title.honorific {
            if !next_is_name {
                return None;
            }
            self.honorific = Some(PendingHonorific {
                honorific: self.s.surface(i, after),
                start: i,
            });
            return Some(after);
        }
        let introduced = !next_is_name && self.title_is_introduced(i);
        if !(next_is_name
            || is_capitalized(self.s.p.words[i])
            || self.title_is_described(i)
            || self.title_is_predicate(i)
            || introduced)
        {
            return None;
        }
        let portfolio = self.portfolio.take().filter(|p| p.end == i);
        let start = portfolio.as_ref().map_or(i, |p| p.start);
        let info = self.title_info(i, start, title, portfolio.as_ref());
        if next_is_name {
            self.pending = Some(PendingTitle { title: info, start });
        } else {
            let name = self.s.surface(start, after);
            self.out.push(Mention {
                title: Some(info),
                indefinite: introduced,
                ..Mention::new(
                    start,
                    after,
                    MentionKind::Description,
                    ActorType::Person,
                    name,
                )
            });
        }
        Some(after)
    }

    /// The title at `i` follows, past its modifiers, a determiner or possessive ("the
    /// former president") or a mention that may qualify it ("Egypt['s] new leader").
    fn title_is_described(&self, i: usize) -> bool {
        let (k, _) = self.modifiers_start(&self.out, i, false);
        k > 0
            && (self.s.has(WordClass::DefiniteWord, k - 1)
                || self.out.last().is_some_and(|m| m.end == k))
    }

    /// The title at `i` is introduced by an indefinite article that opens the sentence
    /// (or follows a dateline's dash), past the title's modifiers and a qualifier's name
    /// ("A federal judge", "A Republican senator"): a wire lede that names its holder only
    /// in the next sentence ("A federal judge in Texas on Friday blocked X. U.S. District
    /// Judge Y said ...", `delayed_identification`). Mentions are found before the parse,
    /// so the place opening the sentence stands for the subject here; the references
    /// read the tree (`delayed_holder`). Inside a sentence ("appealed to a judge") the
    /// article introduces no one the story goes on to name.
    fn title_is_introduced(&self, i: usize) -> bool {
        let (mut k, _) = self.modifiers_start(&self.out, i, false);
        if let Some(m) = self.out.last().filter(|m| m.end == k) {
            k = m.start;
        }
        let opens = k == 1 || (k >= 2 && self.s.has(WordClass::DatelineDash, k - 2));
        k > 0
            && opens
            && self.s.has(WordClass::IndefiniteArticle, k - 1)
            && crate::extract::relations::enabled("delayed_identification")
    }

    /// The bare title at `i` is a predicate ("sworn in as prime minister", "was elected
    /// president", "became chancellor"): right after a predicative preposition
    /// ([`WordClass::PredicativePreposition`]), or after a verb or an auxiliary and ending
    /// its phrase ("opposes mayor apology" is a headline's compound). Its holder is whom
    /// the clause says it of (`predicated_title` in the references).
    fn title_is_predicate(&self, i: usize) -> bool {
        let Some((len, _)) = self.s.title_at(i) else {
            return false;
        };
        let ends_phrase = self
            .s
            .p
            .upos
            .get(i + len)
            .is_none_or(|u| !matches!(u, Upos::Noun | Upos::Propn));
        i > 0
            && (self.s.has(WordClass::PredicativePreposition, i - 1)
                || (matches!(self.s.p.upos[i - 1], Upos::Verb | Upos::Aux) && ends_phrase))
    }

    /// The role of the title at `i`, whose words (with a portfolio in front) start at
    /// `start`.
    fn title_info(
        &self,
        i: usize,
        start: usize,
        title: &Title,
        portfolio: Option<&Portfolio>,
    ) -> TitleInfo {
        let (qualifier, former) = self.qualifier(start);
        // "ex-minister": a former holder's prefix joined to the title
        let former = former
            || self
                .s
                .lex
                .words
                .members(WordClass::FormerPrefix)
                .any(|prefix| {
                    self.s.lower[i].len() > prefix.len() && self.s.lower[i].starts_with(prefix)
                });
        // "shadow home secretary" is an opposition role, not the office
        let shadow = {
            let (k, _) = self.modifiers_start(&self.out, i, false);
            (k..i)
                .find(|&x| self.s.has(WordClass::ShadowModifier, x))
                .map(|x| self.s.lower[x])
        };
        let office = title.role.to_lowercase();
        let key = match shadow {
            Some(w) => format!("{w} {office}"),
            None => office,
        };
        let (base_role, key) = match portfolio {
            Some(p) => (
                format!("{} {}", p.words, title.role),
                format!("{} {key}", p.words.to_lowercase()),
            ),
            None => (title.role.to_string(), key),
        };
        // the title in front that modifies this one ("deputy" leader) is part of the role
        let (base_role, key) = match i.checked_sub(1).and_then(|k| {
            self.s
                .title_at(k)
                .filter(|&(len, t)| len == 1 && !t.honorific)
                .filter(|_| self.s.has(WordClass::TitleModifier, k))
        }) {
            Some((_, rank)) => (
                format!("{} {base_role}", rank.role),
                format!("{} {key}", rank.role.to_lowercase()),
            ),
            None => (base_role, key),
        };
        // a former shadow minister held the shadow role, not the office
        let held = match shadow {
            Some(w) => format!("{w} {base_role}"),
            None => base_role,
        };
        let role = if former {
            format!("{FORMER_LABEL} {held}")
        } else {
            held.clone()
        };
        TitleInfo {
            role,
            key,
            held_key: held.to_lowercase(),
            head: title.head,
            qualifier,
            former,
            shadow: shadow.is_some(),
            sector: title.sector.to_string(),
        }
    }

    /// Walks back from a title at `i` over modifiers ("former", "new", adjectives, a
    /// lower-case portfolio; possessives when `skip_possessive`) to the first token that
    /// is not one; stops at a mention of `out`. Also says whether a modifier made the title
    /// a former one.
    fn modifiers_start(&self, out: &[Mention], i: usize, skip_possessive: bool) -> (usize, bool) {
        let (p, s) = (self.s.p, &self.s);
        let mut k = i;
        let mut former = false;
        let mut portfolio = 0;
        while k > 0 {
            if out.last().is_some_and(|m| m.end == k) {
                break;
            }
            let possessive = s.has(WordClass::PossessiveClitic, k - 1);
            // a portfolio between qualifier and title: "Lib Dem home affairs spokesman",
            // "his transport and environment spokesman" (lower-case words only)
            // (a coordinator only between two such words: "Britain and shadow
            // chancellor" has none)
            let lower_noun =
                |x: usize| p.upos[x] == Upos::Noun && p.words[x].starts_with(char::is_lowercase);
            let portfolio_word = portfolio < MAX_PORTFOLIO_WORDS
                && (lower_noun(k - 1)
                    || (p.upos[k - 1] == Upos::Cconj
                        && portfolio > 0
                        && k >= 2
                        && lower_noun(k - 2)
                        && p.words[k - 1].starts_with(char::is_lowercase)));
            let modifier = s.has(WordClass::TitleModifier, k - 1)
                || p.upos[k - 1] == Upos::Adj
                || (skip_possessive && possessive)
                || portfolio_word;
            if !modifier {
                break;
            }
            portfolio += usize::from(portfolio_word);
            former |= s.has(WordClass::FormerModifier, k - 1);
            k -= 1;
        }
        (k, former)
    }

    /// The country or organization qualifying a title that starts at `i`, and whether the
    /// title is a former one.
    fn qualifier(&self, i: usize) -> (Option<usize>, bool) {
        let out = &self.out;
        let (k, mut former) = self.modifiers_start(out, i, true);
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
            let (_, f) = self.modifiers_start(&out[..q], out[q].start, false);
            former |= f;
        }
        (qualifier, former)
    }

    /// "International Development Secretary Hilary Benn": the unknown capitalized words
    /// `[i, e)` right before a capitalized title belong to the title as its portfolio.
    /// Records them and says so.
    pub(super) fn portfolio(&mut self, i: usize, e: usize) -> bool {
        let s = &self.s;
        let here = self.pending.is_none()
            && e < s.len()
            && s.title_at(e).is_some_and(|(_, t)| !t.honorific)
            // "Tom Hartley MSP said": letters after a name, not an office's portfolio
            && !s.post_nominal(e)
            && !self.serves_before_title(i, e)
            && !s.has(WordClass::OrganizationWord, e - 1)
            && !(i..e).any(|k| {
                s.ner_at(k)
                    .is_some_and(|(_, _, l)| l == EntityLabel::Person)
            });
        if here {
            self.portfolio = Some(Portfolio {
                words: s.surface(i, e),
                start: i,
                end: e,
            });
        }
        here
    }

    /// "Dunmore mayor Ray Cole", "Radio Forth DJ Sally Brand": the capitalized words `[i,
    /// e)` before a title written in lower case or as an abbreviation are the place or body
    /// the holder serves, not the title's portfolio, when the recognizer makes them an
    /// organization or a place and no known name stops inside them. A portfolio goes with
    /// a capitalized title ("Overseas Trade Secretary") or is no entity of the recognizer
    /// ("Work and Pensions secretary"); "Scottish National Party Holyrood leader" keeps
    /// "Holyrood" in the title as before.
    fn serves_before_title(&self, i: usize, e: usize) -> bool {
        let (s, w) = (&self.s, self.s.p.words[e]);
        let lower_or_letters = !is_capitalized(w) || !w.chars().any(char::is_lowercase);
        lower_or_letters
            && s.ner_at(i).is_some_and(|(start, end, l)| {
                start == i
                    && end >= e
                    && matches!(l, EntityLabel::Organization | EntityLabel::Location)
            })
            && s.gaz_at(i).is_none_or(|g| i + g.len >= e)
    }

    /// Gives the name `m` the title and honorific waiting for it. A title in front of what
    /// is not a person's name stays a description of its own ("President Hotel").
    pub(super) fn attach_title(&mut self, m: &mut Mention) {
        if let Some(PendingTitle { title, start }) = self.pending.take() {
            if m.kind == MentionKind::Name && m.actor_type == ActorType::Person {
                m.full = Some(self.s.surface(start, m.end));
                m.title = Some(title);
                m.lead = Some(start);
            } else if m.kind == MentionKind::Name {
                let name = self.s.surface(start, m.start);
                self.out.push(Mention {
                    title: Some(title),
                    ..Mention::new(
                        start,
                        m.start,
                        MentionKind::Description,
                        ActorType::Person,
                        name,
                    )
                });
            }
        }
        if let Some(PendingHonorific { honorific, start }) = self.honorific.take()
            && m.actor_type == ActorType::Person
        {
            // "Lord Smith": a peer's title is part of the name
            let peer = honorific.split_whitespace().next().is_some_and(|w| {
                self.s
                    .lex
                    .words
                    .has(WordClass::PeerageHonorific, &w.to_lowercase())
            });
            if peer && m.canonical.is_none() {
                m.name = format!("{honorific} {}", m.name);
            }
            if m.full.is_none() {
                m.full = Some(format!("{honorific} {}", m.name));
            }
            m.honorific = Some(honorific);
            m.lead = Some(m.lead.unwrap_or(start).min(start));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions, show};

    const SHADOW: &str = "The/DET/4/det former/ADJ/4/amod shadow/NOUN/4/compound chancellor/NOUN/5/nsubj \
    resigned/VERB/0/root and/CCONJ/9/cc the/DET/9/det shadow/NOUN/9/compound \
    chancellor/NOUN/5/conj stayed/VERB/5/conj ./PUNCT/5/punct";

    #[test]
    fn modifiers_make_a_title_former_or_shadow() {
        let ms = mentions(SHADOW);
        assert_eq!(
            show(&ms),
            [
                "Description person \"chancellor\" [former shadow Chancellor]",
                "Description person \"chancellor\" [shadow Chancellor]",
            ]
        );
        let (former, shadow) = (ms[0].title.as_ref().unwrap(), ms[1].title.as_ref().unwrap());
        assert!(former.former && former.shadow);
        assert_eq!(
            (former.key.as_str(), former.held_key.as_str()),
            ("shadow chancellor", "shadow chancellor")
        );
        assert!(!shadow.former && shadow.shadow);
        assert_eq!(
            (shadow.key.as_str(), shadow.held_key.as_str()),
            ("shadow chancellor", "shadow chancellor")
        );
    }

    const QUALIFIED: &str = "Former/ADJ/4/amod Egyptian/ADJ/4/amod/B-MISC President/PROPN/4/nmod:desc \
    Karim/PROPN/6/nsubj/B-PER Salah/PROPN/4/flat/I-PER spoke/VERB/0/root to/ADP/8/case \
    Sir/PROPN/6/obl/B-PER Alan/PROPN/8/flat/I-PER Brock/PROPN/8/flat/I-PER \
    ./PUNCT/6/punct";

    #[test]
    fn a_qualifier_in_front_and_an_honorific_join_the_name() {
        let ms = mentions(QUALIFIED);
        assert_eq!(
            show(&ms),
            [
                "Demonym country \"Egyptian\" =Egypt",
                "Name person \"Karim Salah\" [former President] of \"Egyptian\" full=\"President Karim Salah\"",
                "Name person \"Alan Brock\" full=\"Sir Alan Brock\"",
            ]
        );
        assert_eq!(ms[1].lead, Some(2));
        assert_eq!(ms[2].honorific.as_deref(), Some("Sir"));
        assert_eq!(ms[2].tokens(), 7..10);
    }

    const PORTFOLIO: &str = "Overseas/PROPN/3/compound Trade/PROPN/3/compound Secretary/PROPN/4/nmod:desc \
    Ann/PROPN/6/nsubj/B-PER Fenwick/PROPN/4/flat/I-PER resigned/VERB/0/root \
    ./PUNCT/6/punct";

    #[test]
    fn an_unknown_capitalized_portfolio_joins_the_title() {
        let ms = mentions(PORTFOLIO);
        assert_eq!(
            show(&ms),
            [
                "Name person \"Ann Fenwick\" [Overseas Trade Secretary] full=\"Overseas Trade Secretary Ann Fenwick\""
            ]
        );
        let t = ms[0].title.as_ref().unwrap();
        assert_eq!(t.key, "overseas trade secretary");
        assert_eq!(ms[0].lead, Some(0));
    }

    #[test]
    fn a_devolved_members_abbreviation_is_a_title_not_part_of_the_name() {
        // (sentence, mentions): "MSP", "MLA" stand in front of a name like "MP", "MEP"
        let table: &[(&str, &[&str])] = &[
            (
                "MSP/PROPN/2/compound/B-ORG Jane/PROPN/4/nsubj/I-ORG Rowan/PROPN/2/flat/I-ORG \
                wants/VERB/0/root a/DET/6/det break/NOUN/4/obj ./PUNCT/4/punct",
                &["Name person \"Jane Rowan\" [MSP] full=\"MSP Jane Rowan\""],
            ),
            (
                "MLA/PROPN/2/compound Tom/PROPN/4/nsubj/B-PER Quill/PROPN/2/flat/I-PER \
                resigned/VERB/0/root ./PUNCT/4/punct",
                &["Name person \"Tom Quill\" [MLA] full=\"MLA Tom Quill\""],
            ),
            (
                "Labour/PROPN/2/compound/B-ORG MSP/PROPN/3/compound/I-ORG \
                Ann/PROPN/5/nsubj/I-ORG Byres/PROPN/3/flat/I-ORG spoke/VERB/0/root \
                ./PUNCT/5/punct",
                &[
                    "Name organization \"Labour\" =Labour Party",
                    "Name person \"Ann Byres\" [MSP] of \"Labour\" full=\"MSP Ann Byres\"",
                ],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    #[test]
    fn capitalized_words_before_a_lower_case_title_are_a_name_not_its_portfolio() {
        // (sentence, mentions): before a lower-case title or an abbreviation, capitalized
        // words the recognizer makes a place or an organization name the place or body the
        // holder serves ("Radio Forth" before "DJ"); words it does not are the title's
        // portfolio, as before a capitalized title ("Overseas Trade Secretary", above)
        let table: &[(&str, &[&str])] = &[
            (
                "Dunmore/PROPN/2/compound/B-LOC mayor/NOUN/3/compound Ray/PROPN/5/nsubj/B-PER \
                Cole/PROPN/3/flat/I-PER said/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name location \"Dunmore\"",
                    "Name person \"Ray Cole\" [Mayor] full=\"mayor Ray Cole\"",
                ],
            ),
            (
                "Fellshire/PROPN/2/compound/B-LOC chief/NOUN/3/compound Tom/PROPN/5/nsubj/B-PER \
                Rees/PROPN/3/flat/I-PER resigned/VERB/0/root ./PUNCT/5/punct",
                &[
                    "Name location \"Fellshire\"",
                    "Name person \"Tom Rees\" [chief] full=\"chief Tom Rees\"",
                ],
            ),
            (
                "Radio/PROPN/2/compound/B-ORG Forth/PROPN/3/compound/I-ORG DJ/PROPN/4/compound/I-ORG \
                Sally/PROPN/6/nsubj/I-ORG Brand/PROPN/4/flat/I-ORG spoke/VERB/0/root \
                ./PUNCT/6/punct",
                &[
                    "Name organization \"Radio Forth\"",
                    "Name person \"Sally Brand\" [DJ] of \"Radio Forth\" full=\"DJ Sally Brand\"",
                ],
            ),
            (
                "Work/NOUN/3/compound and/CCONJ/3/cc Pensions/PROPN/4/compound/B-MISC \
                secretary/NOUN/5/compound Ann/PROPN/7/nsubj/B-PER Lowe/PROPN/5/flat/I-PER \
                spoke/VERB/0/root ./PUNCT/7/punct",
                &[
                    "Name person \"Ann Lowe\" [Pensions Secretary] full=\"Pensions secretary Ann Lowe\"",
                ],
            ),
            (
                "Fellshire/PROPN/2/compound mayor/NOUN/3/compound Ray/PROPN/5/nsubj/B-PER \
                Cole/PROPN/3/flat/I-PER said/VERB/0/root ./PUNCT/5/punct",
                &["Name person \"Ray Cole\" [Fellshire Mayor] full=\"Fellshire mayor Ray Cole\""],
            ),
            (
                "said/VERB/0/root Undersecretary-General/PROPN/1/nsubj Ken/PROPN/2/flat/B-PER \
                Oduya/PROPN/2/flat/I-PER ./PUNCT/1/punct",
                &[
                    "Name person \"Ken Oduya\" [Under-Secretary-General] full=\"Undersecretary-General Ken Oduya\"",
                ],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(show(&mentions(sentence)), *expected, "{sentence}");
        }
    }

    const NOT_A_PERSON: &str = "He/PRON/2/nsubj works/VERB/0/root at/ADP/6/case the/DET/6/det \
    President/PROPN/6/compound Kenya/PROPN/2/obl/B-LOC ./PUNCT/2/punct";

    /// The recognizer's organization span starts right after the title and ends with an
    /// organization word: the untyped title opens that name ("the President Bank").
    const TITLE_BEFORE_NAME: &str = "He/PRON/2/nsubj works/VERB/0/root at/ADP/6/case the/DET/6/det \
    President/PROPN/6/compound Bank/PROPN/2/obl/B-ORG ./PUNCT/2/punct";

    /// The recognizer's organization span opens with the title and ends with an
    /// organization word: the title is the first word of that name (step
    /// `title_opens_organization`, "the Justice Department").
    const TITLE_OPENS_NAME: &str = "He/PRON/2/nsubj works/VERB/0/root at/ADP/6/case the/DET/6/det \
    President/PROPN/6/compound/B-ORG Bank/PROPN/2/obl/I-ORG ./PUNCT/2/punct";

    #[test]
    fn a_title_that_opens_an_organization_name_is_part_of_it() {
        assert_eq!(
            show(&mentions(TITLE_OPENS_NAME)),
            [
                "Pronoun person \"He\"",
                "Name organization \"President Bank\"",
            ]
        );
    }

    #[test]
    fn a_title_in_front_of_no_person_stays_a_description() {
        assert_eq!(
            show(&mentions(NOT_A_PERSON)),
            [
                "Pronoun person \"He\"",
                "Description person \"President\" [President]",
                "Name country \"Kenya\" =Kenya",
            ]
        );
        assert_eq!(
            show(&mentions(TITLE_BEFORE_NAME)),
            [
                "Pronoun person \"He\"",
                "Name organization \"President Bank\"",
            ]
        );
    }
}
