//! State ministries and departments written as names: "Chile's Foreign Ministry", "the
//! Kenyan Defence Ministry", "the Ministry of Foreign Affairs of Peru", "the DPRK Foreign
//! Ministry", "the Foreign Ministry in Beijing". Those who speak for a state are that state
//! (as "the British Government" and the lower-case "Cuba's foreign ministry" are): a
//! ministry's name tied to a state is a mention of the state, its span the whole phrase,
//! so that the evidence keeps the ministry's words ([`Mention::ministry`]; "the ministry"
//! later refers to it again: [`crate::extract::entities::resolve_ministries`]). A
//! ministry's name with no state of its own ("the Foreign Ministry said") stays an
//! organization of its own.

use super::{Finder, Mention, MentionKind, Sentence, is_capitalized};
use crate::domain::ActorType;
use crate::extract::relations::enabled as relations_enabled;
use crate::lexicon::{ActorMatch, Form, WordClass};
use crate::nlp::Upos;

impl<'a> Sentence<'a> {
    /// "Foreign Ministry", "State Department", "Ministry of Foreign Affairs", "Department
    /// for Work and Pensions": the capitalized name of a ministry that starts at `k`, headed
    /// by a [`WordClass::MinistryWord`] that either ends the capitalized words in front of it
    /// (the portfolio: "Defence Ministry"; none of them a known name, "Texas Department", nor
    /// an organization word, "Police Department") or opens the name before "of" or "for"
    /// ("Ministry of Defence"). Returns where the name ends: before an "of" phrase that
    /// names a country ("the Ministry of Foreign Affairs of Peru": whose ministry it is).
    /// Not a ministry word alone ("the Ministry"), nor one inside a longer name ("Lotte
    /// Department Store", "Department Stores"; a title or a day may follow: "Foreign
    /// Ministry Spokesperson X", "the Foreign Ministry Monday said").
    pub(super) fn ministry_name_end(&self, k: usize) -> Option<usize> {
        let (p, n) = (self.p, self.len());
        let portfolio = |j: usize| {
            is_capitalized(p.words[j])
                && matches!(p.upos[j], Upos::Propn | Upos::Adj | Upos::Noun)
                && self.gaz_at(j).is_none()
                && !self.has(WordClass::OrganizationWord, j)
        };
        // "the US Treasury", "Britain's Treasury": a word that is a ministry's name alone
        // (`ministry_name`), ending the capitalized words (a day may follow); not before a
        // ministry word ("Treasury Department", read below), nor opening a title ("US
        // Treasury Secretary John Snow": the person's title, which the state's name
        // scopes, as before)
        if relations_enabled("ministry_name")
            && self.has(WordClass::MinistryName, k)
            && is_capitalized(p.words[k])
            && self.title_at(k).is_none()
            && !(k + 1 < n && self.has(WordClass::MinistryWord, k + 1))
        {
            let ends = k + 1 >= n
                || !is_capitalized(p.words[k + 1])
                || self.title_at(k + 1).is_some()
                || self.has(WordClass::CalendarWord, k + 1);
            return ends.then_some(k + 1);
        }
        let head = (k..n)
            .take_while(|&j| portfolio(j) || self.has(WordClass::MinistryWord, j))
            .find(|&j| self.has(WordClass::MinistryWord, j))?;
        if !is_capitalized(p.words[head]) {
            return None;
        }
        // "Defence Ministry", "Foreign Ministry Spokesperson X"; not "Lotte Department
        // Store", a name the ministry word does not end
        if head > k {
            let ends = head + 1 >= n
                || !is_capitalized(p.words[head + 1])
                || self.title_at(head + 1).is_some()
                || self.has(WordClass::CalendarWord, head + 1);
            return ends.then_some(head + 1);
        }
        // "Ministry of Foreign Affairs", "Ministry of the Interior": the rest of the name
        // after "of" or "for", capitalized words joined by name connectors
        if !(head + 2 < n
            && self.has(WordClass::OrganizationPreposition, head + 1)
            && self.of_country(head + 1).is_none())
        {
            return None;
        }
        let mut e = head + 1;
        while e < n {
            if self.of_country(e).is_some() {
                break;
            }
            if is_capitalized(p.words[e]) && p.upos[e] != Upos::Punct {
                e += 1;
            } else if self.has(WordClass::NameConnector, e) {
                let after =
                    e + 1 + usize::from(e + 1 < n && self.has(WordClass::DefiniteArticle, e + 1));
                if after < n && is_capitalized(p.words[after]) {
                    e = after + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        (e > head + 2).then_some(e)
    }

    /// "of Peru", "of the Russian Federation": an "of" at `j` and a country's name after it
    /// (past "the"): where the name starts, and the name.
    fn of_country(&self, j: usize) -> Option<(usize, ActorMatch<'a>)> {
        if j >= self.len() || !self.has(WordClass::OrganizationPreposition, j) {
            return None;
        }
        let c =
            j + 1 + usize::from(j + 1 < self.len() && self.has(WordClass::DefiniteArticle, j + 1));
        let g = self.gaz_at(c)?;
        (g.entry.kind == ActorType::Country && g.entry.form == Form::Name).then_some((c, g))
    }

    /// "in Beijing": a [`WordClass::CapitalPreposition`] at `j` and the capital or seat of a
    /// country after it: where it starts, and the name.
    fn in_capital(&self, j: usize) -> Option<(usize, ActorMatch<'a>)> {
        if j + 1 >= self.len() || !self.has(WordClass::CapitalPreposition, j) {
            return None;
        }
        let g = self.gaz_at(j + 1)?;
        (g.entry.kind == ActorType::Country && matches!(g.entry.form, Form::Capital | Form::Seat))
            .then_some((j + 1, g))
    }

    /// "Chile's Foreign Ministry", "the Kenyan Defence Ministry", "the DPRK Foreign
    /// Ministry": a ministry's name right after a country's name or demonym ending at `e`
    /// (past its possessive): where it ends. `code` is the country's: a known name of
    /// that very state's government (the gazetteer's code `<code>GOV`: "Britain's Foreign
    /// Office", "the American State Department") is its ministry too.
    pub(super) fn ministry_after(&self, e: usize, code: &str) -> Option<usize> {
        let k = e + usize::from(e < self.len() && self.has(WordClass::PossessiveClitic, e));
        if k >= self.len() {
            return None;
        }
        if relations_enabled("state_organ")
            && let Some(g) = self.gaz_at(k)
            && g.entry.kind == ActorType::Organization
            && g.entry.form == Form::Name
            && !code.is_empty()
            && g.entry.code.strip_prefix(code) == Some("GOV")
        {
            return Some(k + g.len);
        }
        self.ministry_name_end(k)
    }
}

impl Finder<'_> {
    /// Step (with the names): a ministry's name at `i` and the state it belongs to after
    /// it, "of" and a country's name ("the Ministry of Foreign Affairs of Argentina") or a
    /// capital preposition and a capital ("the Foreign Ministry in Beijing"), are that
    /// state's mention. A ministry's name with neither is left to the names: with no state
    /// of its own it stays an organization ("The Foreign Ministry said"; README, "State
    /// ministries written as names", on the article's state tried). Returns where reading
    /// goes on.
    pub(super) fn ministry(&mut self, i: usize) -> Option<usize> {
        let s = &self.s;
        let e = s.ministry_name_end(i)?;
        let (c, g) = s.of_country(e).or_else(|| s.in_capital(e))?;
        // the state's name as written is its own words (as "Chile" in "Chile's Foreign
        // Ministry"); the mention spans the ministry's too, for the evidence
        let end = c + g.len;
        let m = Mention {
            canonical: Some((g.entry.canonical.to_string(), g.entry.code.to_string())),
            names_government: true,
            ministry: true,
            ..Mention::new(i, end, MentionKind::Name, g.entry.kind, s.surface(c, end))
        };
        self.forget_title();
        self.out.push(m);
        Some(end)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::testing::assert_relations;

    /// A ministry's name tied to its state by each of the five forms, taken up by "the
    /// ministry", and the names that stay apart (by the shipped models): (text,
    /// relations).
    const MINISTRIES: &[(&str, &[&str])] = &[
        // possessive, demonym, "of" phrase, short form, capital
        (
            "Norway's Foreign Ministry criticised Russia's military exercise.",
            &["Norway -opposes-> Russia [criticised]"],
        ),
        (
            "The Egyptian Ministry of Foreign Affairs praised Sudan.",
            &["Egypt -backs-> Sudan [praised]"],
        ),
        (
            "The Ministry of Defence of Ukraine thanked Poland for the tanks.",
            &["Ukraine -backs-> Poland [thanked]"],
        ),
        (
            "The ROK Foreign Ministry criticised Japan.",
            &["South Korea -opposes-> Japan [criticised]"],
        ),
        (
            "The Foreign Ministry in Tehran condemned Israel.",
            &["Iran -opposes-> Israel [condemned]"],
        ),
        (
            "The US Department of Energy praised Japan.",
            &["United States -backs-> Japan [praised]"],
        ),
        // "the ministry" later is the state its name stood for
        (
            "Qatar's Foreign Ministry issued a statement on Sunday. The ministry praised Oman.",
            &["Qatar -backs-> Oman [praised]"],
        ),
        // no state of its own: an organization of its own
        (
            "The Foreign Ministry criticised Serbia.",
            &["Foreign Ministry -opposes-> Serbia [criticised]"],
        ),
        // a spokesperson of the ministry is the side; the ministry is the title's scope
        (
            "Turkish Foreign Ministry spokesman Ali Demir criticised Greece.",
            &["Ali Demir -opposes-> Greece [criticised]"],
        ),
        // a region's ministry, a name the ministry word does not end
        (
            "The Ontario Ministry of Health criticised Canada's new rules.",
            &["Ministry of Health -opposes-> Canada [criticised]"],
        ),
        (
            "Lotte Department Store criticised Japan.",
            &["Lotte Department Store -opposes-> Japan [criticised]"],
        ),
    ];

    #[test]
    fn a_ministry_named_with_its_state_is_that_state() {
        assert_relations(MINISTRIES);
    }
}
