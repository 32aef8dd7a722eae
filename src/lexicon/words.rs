//! Word classes: the closed sets of words the extraction rules key on, read from
//! `assets/lexicon/words.tsv`.
//!
//! A rule asks whether a word belongs to a class ("is this lemma a support verb?"), never
//! compares it with a word written in code, so every word a rule depends on is data, with
//! the class documented here and its members one row each in the table.

use rustc_hash::FxHashSet as HashSet;

use super::table;
use crate::error::Result;

macro_rules! word_classes {
    ($($(#[$meta:meta])* $variant:ident = $name:literal,)+) => {
        /// A class of words that a rule keys on.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum WordClass {
            $($(#[$meta])* $variant,)+
        }

        impl WordClass {
            /// Every class, in table order.
            pub const ALL: &'static [WordClass] = &[$(WordClass::$variant,)+];

            /// The name of the class in the table.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(WordClass::$variant => $name,)+
                }
            }

            /// The class named `name` in the table.
            pub fn parse(name: &str) -> Option<WordClass> {
                match name {
                    $($name => Some(WordClass::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

word_classes! {
        /// Verbs whose infinitive complement is negated by them: "refused to meet".
        NegativeGovernor = "negative_governor",
        /// Prepositions that introduce a topic or a time, not an event one takes part in.
        TopicPreposition = "topic_preposition",
        /// Verbs that end or cut what their object names: "halted aid", "severed ties".
        ReducerVerb = "reducer_verb",
        /// Verbs whose object names an event they carry out: "hold talks", "provide aid".
        SupportVerb = "support_verb",
        /// Verbs whose object names an event the subject wants done, not one it carries out: "demanded sanctions on X", "urged more aid to Y", "backed sanctions against X". The event's target is the subject's too when the event opposes or backs it (not a meeting: "proposed talks with X" is no meeting).
        AdvocacyVerb = "advocacy_verb",
        /// Nouns of ending or easing what their "of" or "to" phrase names: "an end to the sanctions on X", "the lifting of sanctions on X". The clause around them wants the event stopped, so its subject takes no part in it.
        ReducerNoun = "reducer_noun",
        /// Participles of being caught up in an event, whose passive subject takes part in the event their "in" phrase names: "Egypt, which is locked in a dispute with Ethiopia", "X is engaged in talks with Y" (construction `involvement_participle`).
        InvolvementParticiple = "involvement_participle",
        /// Predicates and adjectives of a relationship gone bad: a cooperation noun that is their subject or that they modify states no cooperation ("relations between X and Y have deteriorated", "strained ties with X"; construction `worsened_cooperation`).
        WorsenedWord = "worsened_word",
        /// Verbs whose subject undergoes the event their object noun names, done by the noun's "of" phrase or possessor: "X has the backing of Y", "X won Y's support", "X drew the condemnation of Y" (construction `undergone_event`).
        UndergoingVerb = "undergoing_verb",
        /// Verbs of removing someone from a body, whose passive with no "by" phrase is done by the body its `removal_preposition` phrase names: "Russia was expelled from the Council of Europe" (construction `removal_source`).
        RemovalVerb = "removal_verb",
        /// Verbs that send or engage people to act for their subject: a to-infinitive on their object names what the subject has them do ("sent 50 officers to help X", "hired lawyers to sue X"; construction `dispatched_agents`).
        DispatchVerb = "dispatch_verb",
        /// Prepositions of the body a removal verb removes someone from: "expelled from the party".
        RemovalPreposition = "removal_preposition",
        /// Verbs that pass their object down as the subject of their complement: "urged X to meet".
        ObjectControlVerb = "object_control_verb",
        /// Verbs that, with a predicate noun, characterize their object: "called Israel a terrorist state".
        CharacterizeVerb = "characterize_verb",
        /// All-capitals abbreviations English writes as common nouns, no actors: "the CEO said", "GDP fell" (generated from WordNet by `scripts/common_abbreviations.py`).
        CommonAbbreviation = "common_abbreviation",
        /// Abbreviations of time zones: after a clock time they are no name ("14:05 GMT -", a live blog's time stamp).
        TimeZone = "time_zone",
        /// Numbers and quantifiers that, with an "of" phrase, name some of a plural noun: "X is one of the critics of Y", "two of the donors to Z" (agent nouns' step `partitive_head`).
        PartitiveHead = "partitive_head",
        /// Verbs other than "be" that predicate a noun of their subject: "X remains an ally of Y", "X has become one of the critics of Y" (agent nouns' step `copular_verb_subject`).
        CopularVerb = "copular_verb",
        /// Verbs that reckon their object among a plural noun's members: "X counts Y among its backers", "lists Y among its allies" (agent nouns' step `reckoned_among`).
        ReckoningVerb = "reckoning_verb",
        /// The preposition of the group a `reckoning_verb` puts its object in: "among".
        ReckoningPreposition = "reckoning_preposition",
        /// Verbs of joining someone in an act: "X joined Y in condemning Z" makes the one joined a doer of the act too (subject step `joined_in_act`); with a meeting noun as object, the joiner meets its parties ("X will join the negotiations": `joined_event` in src/extract/relations/event_ref.rs).
        JoiningVerb = "joining_verb",
        /// The marks of the act one joins someone in: "joined Y in condemning Z" (subject step `joined_in_act`).
        JoinedActMark = "joined_act_mark",
        /// Auxiliaries of the passive: "the visit has been postponed", "the talks got delayed" (a conjunct of an event noun with one of these and no subject of its own is said of the noun; construction `cancelled_event`).
        PassiveAuxiliary = "passive_auxiliary",
        /// Predicate nouns that characterize their subject as an enemy or wrongdoer.
        PejorativeNoun = "pejorative_noun",
        /// Predicate nouns that characterize their subject as a friend.
        AppreciativeNoun = "appreciative_noun",
        /// Adverbs that hedge a statement.
        HedgeAdverb = "hedge_adverb",
        /// Modal auxiliaries that hedge a statement.
        HedgeModal = "hedge_modal",
        /// Verbs that take an infinitive as their complement, its doer their subject: "threatened to break relations", "vowed to continue".
        InfinitiveVerb = "infinitive_verb",
        /// Nouns of a text an actor issues, whose present participle states what the text does: "issued a statement condemning X".
        UtteranceNoun = "utterance_noun",
        /// Lower-case words and marks inside a name that an acronym in brackets defines: "the Cooperative for the Development of Congo (CODECO)".
        LongFormConnector = "long_form_connector",
        /// Conflicts named by where they happen or what they are about: "the Iraq war".
        WhereNoun = "where_noun",
        /// Nouns of someone's removal from power or presence: demanding it opposes them.
        RemovalNoun = "removal_noun",
        /// Nouns whose possessor is what the event happens to, not who acts: condemning "X's arrest" is no stance against X.
        PatientNoun = "patient_noun",
        /// Relative pronouns: the subject of a relative clause stands for the noun the clause modifies ("the group, which attacked ...").
        RelativePronoun = "relative_pronoun",
        /// Relative pronouns that stand for a person, never a thing or a whole clause: "the envoy X, who held talks with Y".
        PersonRelativePronoun = "person_relative_pronoun",
        /// Prepositions that tie an agent noun to whom it serves or speaks for: "officials of Egypt", "envoys from Qatar", "a spokesman for the army".
        MemberPreposition = "member_preposition",
        /// Multiword prepositions that add an actor to the one they modify, as a conjunct would: "X, along with Y, backed Z" is X and Y backing Z.
        ComitativePreposition = "comitative_preposition",
        /// Nouns of acting together whose phrase on a verb ("in alliance with Y") makes Y a co-agent of the clause's subject.
        ComitativeNoun = "comitative_noun",
        /// The preposition of a comitative noun's phrase on a verb ("in alliance with Y").
        ComitativeNounMark = "comitative_noun_mark",
        /// The preposition of a comitative noun's co-agent ("in alliance with Y").
        ComitativeNounPreposition = "comitative_noun_preposition",
        /// Prepositions whose phrase names some of what the phrase before it names, which then stand for it: "freed 14 prisoners, including X" frees X; "several states, such as X, condemned Y".
        InclusionPreposition = "inclusion_preposition",
        /// The preposition of a noun's own complement: what an event happens to ("the arrest of X", "the removal of X"), whom an agent noun relates to ("allies of X"). Such a phrase belongs to its noun, never to the verb above it.
        NounComplementPreposition = "noun_complement_preposition",
        /// Prepositions that name the author of a thing: "rejected calls by X", "an offer from X".
        AuthorPreposition = "author_preposition",
        /// The preposition of a passive verb's agent: "was condemned by X".
        PassiveAgentPreposition = "passive_agent_preposition",
        /// Prepositions of the event a passive happened in, whose own "by" phrase names the agent: "was killed in a raid by X".
        EventPhrasePreposition = "event_phrase_preposition",
        /// Prepositions of the target of a passive form that states its subject's stance: "is opposed to X", "is allied with X".
        StativePreposition = "stative_preposition",
        /// Prepositions of the target inside a hostile verb's infinitive: "threatened to deliver blows to X", "to take action against X".
        InfinitiveTargetPreposition = "infinitive_target_preposition",
        /// Prepositions of a symmetric set: "acrimony between X and Y", "talks among X, Y and Z".
        BetweenPreposition = "between_preposition",
        /// Words that may stand between the names of a between-set, read off the words when the tree lost them: "between the X, the Y and Z".
        BetweenListWord = "between_list_word",
        /// Words that introduce the examples of an agent noun, who are its agents: "backers such as X", "allies including X".
        ExamplePreposition = "example_preposition",
        /// The preposition of a predicate noun: "described X as a threat".
        PredicativePreposition = "predicative_preposition",
        /// The mark of an infinitive: "threatened to break relations".
        InfinitiveMark = "infinitive_mark",
        /// Marks of an adverbial clause that leave its doer the main clause's subject: "strengthened ties by backing X".
        SharedSubjectMark = "shared_subject_mark",
        /// Marks of a condition, which hedges the statement: "if X attacks".
        ConditionalMark = "conditional_mark",
        /// Marks of an open choice, which state neither side of it: "will decide whether to begin talks with X".
        OpenChoiceMark = "open_choice_mark",
        /// The rest of a hyphenated word that makes its first part a topic or a manner, no actor: "Iraq-related costs", "US-style reforms".
        TopicSuffix = "topic_suffix",
        /// Adverbs that turn a stance into a weak one of the other side: "far less sympathetic".
        DiminishingAdverb = "diminishing_adverb",
        /// Words that negate the predicate they depend on: "did not meet", "never backed", "without consulting".
        NegationWord = "negation_word",
        /// Adverbs of time that a negation word turns into an end: "no longer backs X" (construction `no_longer`).
        EndedAdverb = "ended_adverb",
        /// Possessive endings written as tokens of their own: "Labour 's plans".
        PossessiveMarker = "possessive_marker",
        /// Prepositions through which an argument finder reaches an actor inside a trigger's phrase: "rejected proposals by X", "action against X", "in support of X", "aid to X".
        ArgumentPreposition = "argument_preposition",
        /// Verbs of pressure whose clausal complement names whom they press: "demanded that X give up", "urged X to withdraw".
        PressureVerb = "pressure_verb",
        /// Verbs of speech or thought whose complement clause is what the speaker states: "X said Y must go".
        SpeechVerb = "speech_verb",
        /// Verbs of saying or thinking whose complement clause, or quote, may judge another actor: "X said Y's plan was reckless" (the stance rules; narrower than `speech_verb`).
        JudgementVerb = "judgement_verb",
        /// Nouns of what an actor says, plans or does: judging "Y's remarks" or "the leadership of Y" judges Y (the stance rules).
        JudgedAspect = "judged_aspect",
        /// Predicates of a subject's own feeling, readiness or fortune, which judge nothing about it: "X said Y was happy with the deal", "Y was the victim" (the stance rules skip them).
        StatePredicate = "state_predicate",
        /// Verbs of naming that confer a status rather than judge: "declared X bankrupt", "named X chairman" (the stance rules skip them).
        ConferringVerb = "conferring_verb",
        /// Adverbs of degree that make a passive participle a gradable judgement: "well justified", "deeply flawed" (the stance rules).
        DegreeAdverb = "degree_adverb",
        /// Nouns that pass a verdict on what they are said of even with an article: "Y's plan was a disaster", "called Y's budget a disgrace" (the stance rules; any other noun with a determiner judges only through its adjectives). The sign is the word's valence (`polarity.tsv`, `judgements.tsv`).
        VerdictNoun = "verdict_noun",
        /// Predicates of a feeling its subject has toward an actor or its act, named by a `feeling_preposition` phrase or a "that" clause: "X was disappointed with Y's handling", "was appalled by Y's plans" (the stance rule `felt_toward`; the sign is the word's valence; every row is a `state_predicate` too).
        FeelingPredicate = "feeling_predicate",
        /// Prepositions whose phrase names what a `feeling_predicate` is felt toward: "disappointed with", "appalled by", "dismayed at", "scathing of".
        FeelingPreposition = "feeling_preposition",
        /// Verbs whose very use of a subject judges its conduct: "X said Y had failed", "Y has misled voters, X said" (the stance rule `judged_conduct`; the sign is the word's valence).
        ConductVerb = "conduct_verb",
        /// Nouns that name an act, generated from WordNet 3.0 (a first sense in noun.act, `scripts/act_nouns.py`): judging "Y's veto" or "Y's trip" judges Y, its possessor or "by" phrase (the stance rules; "of" names what is acted on: "the annexation of Z").
        ActNoun = "act_noun",
        /// Act nouns and event nouns of the trigger lexicon whose verb is done to a person and only to one, generated from WordNet 3.0 (`scripts/act_nouns.py`): the possessor of "Y's arrest", "Y's detention", "Y's election" is the one acted on, so judging it judges the actor, not Y (the stance rules).
        ActedOnNoun = "acted_on_noun",
        /// Prepositions whose phrase names the author of an event noun: "criticism from X", "strikes by X".
        EventAuthorPreposition = "event_author_preposition",
        /// Modifiers that may stand between a qualifier and a title, or before a title.
        TitleModifier = "title_modifier",
        /// Words that end the names of organizations.
        OrganizationWord = "organization_word",
        /// Last words of names of laws, documents, plans and events: such a name is no actor ("Police Bill", "White Paper", "New Deal", "Kyoto Treaty").
        NonActorHead = "non_actor_head",
        /// Nouns of a settlement or a district whose definite "of" phrase names a place: "the town of El Mardoun", "the village of Dornesti" (`settlement_of`).
        SettlementNoun = "settlement_noun",
        /// Capitalized modifiers that start a sentence or a title but are no part of a name.
        LeadingModifier = "leading_modifier",
        /// Lower-case endings of hyphenated words that turn a name into a modifier.
        HyphenSuffix = "hyphen_suffix",
        /// Months and days: proper nouns that never name actors.
        CalendarWord = "calendar_word",
        /// Lower-case words allowed inside a proper-noun run, between two capitalized words ("Luca di Montezemolo", "Kengo wa Dondo", "Jose Eduardo dos Santos").
        NameConnector = "name_connector",
        /// Adjectives that put an infinitive after an empty "it": "it is important to".
        ExtraposingAdjective = "extraposing_adjective",
        /// Linking verb forms after an expletive "it": "it was because", "it seems that".
        ExpletiveLink = "expletive_link",
        /// Words that open the clause an expletive "it" stands for: "it is clear that", "it is important to".
        ExpletiveClauseWord = "expletive_clause_word",
        /// Religious adjectives that, with an agent noun, name a group ("Islamist militants": an agent noun of agents.tsv).
        ReligiousWord = "religious_word",
        /// Agent nouns for a whole people, not a group within it: "Egyptian people" is Egypt.
        PopulationNoun = "population_noun",
        /// Words of the part of a place, capitalized in front of its name.
        RegionWord = "region_word",
        /// Determiners and possessives that make a title a definite description ("the president", "Egypt's new leader").
        DefiniteWord = "definite_word",
        /// Lower-case words that may stand inside a name without a capital ("Organization of the Islamic Conference", "Abdel-Fattah el-Sissi", "Osama bin Laden").
        DictionaryNameConnector = "dictionary_name_connector",
        /// Sectors of CAMEO codes that make an organization a body of its state. Courts and parliaments are not counted: they stand apart from the government.
        StateSector = "state_sector",
        /// The CAMEO sector of elites (ELI): a person with it is of their state, as an official is.
        EliteSector = "elite_sector",
        /// The possessive clitic the tokenizer splits off as a word of its own ("Egypt 's new
        /// leader"); unlike `possessive_marker`, not the bare apostrophe of a plural.
        PossessiveClitic = "possessive_clitic",
        /// Plural nouns written with no final "s", whose possessive takes the clitic
        /// ("People's", "Women's"): with a capital, the possessor of a name's head ("the
        /// Taiwan People's Party"), as a plural in "s" and its bare apostrophe are ("the
        /// Students' Federation").
        UnmarkedPlural = "unmarked_plural",
        /// Modifiers in front of a title that make it a past holder's: "former president", "the late king".
        FormerModifier = "former_modifier",
        /// Prefixes joined to a title that make it a past holder's: "ex-minister".
        FormerPrefix = "former_prefix",
        /// Modifiers in front of a title that make it the opposition's counterpart of the office, not the office: "shadow chancellor".
        ShadowModifier = "shadow_modifier",
        /// Words in front of a people's name that belong to the name of one of its groups: "ethnic Albanian rebels".
        EthnicModifier = "ethnic_modifier",
        /// Endings of adjectives in the superlative: "the UK's highest court" describes an institution, not a group.
        SuperlativeEnding = "superlative_ending",
        /// Name connectors that also join two separate names ("Kerry and Ban"): inside a proper-noun run only where a recognized entity or a known name spans them ("Bosnia and Herzegovina").
        NameCoordinator = "name_coordinator",
        /// Name connectors that join the names of a firm's founders or owners, never a person's name nor two actors: "Procter & Gamble", "Marks & Spencer". A name with one inside is an organization's.
        FirmConnector = "firm_connector",
        /// Prepositions that join an organization word to the rest of its name: "Court of Appeal", "Commission for Africa".
        OrganizationPreposition = "organization_preposition",
        /// Prepositions that, after a legislature word, name a seat rather than the rest of a name: one enters "Parliament for Sheffield Brightside".
        SeatPreposition = "seat_preposition",
        /// Words of legislatures, whose "for" phrase names a seat: "parliament", "senate".
        LegislatureWord = "legislature_word",
        /// Pronouns that may stand for a clause instead of an actor: "it is clear that".
        ExpletivePronoun = "expletive_pronoun",
        /// Clause words that open an infinitive ("it is important to"): they make an "it" expletive only after an extraposing adjective ("it is ready to talk" is about an actor).
        InfinitiveMarker = "infinitive_marker",
        /// Clause words that are also determiners or pronouns ("it is that concern"): they make an "it" expletive only as a subordinating conjunction.
        DeterminerComplementizer = "determiner_complementizer",
        /// Pronouns that refer to one person: "he", "her".
        PersonPronoun = "person_pronoun",
        /// Pronouns that refer to one organization or country: "it", "its".
        NeuterPronoun = "neuter_pronoun",
        /// Plural pronouns, which may refer to any collective: "they", "their".
        PluralPronoun = "plural_pronoun",
        /// The definite article, which with a description noun refers to an actor met before: "the group".
        DefiniteArticle = "definite_article",
        /// Nouns (one or more words) that, after "the", describe one organization met before: "the group", "the militant group", "the court".
        OrganizationDescription = "organization_description",
        /// Plural nouns that, after "the", describe an organization met before by its members: "the militants".
        OrganizationPluralDescription = "organization_plural_description",
        /// Nouns that, after "the", describe the one organization the article has named in the last sentences, and no one when it has named two there: "the company", "the firm", "the watchdog".
        SoleOrganizationDescription = "sole_organization_description",
        /// Nouns of one company's trade that, after "the", describe one organization met before, alone or with modifiers of their own: "the carmaker", "the German carmaker".
        TradeNoun = "trade_noun",
        /// Nouns that, after "the", describe the one armed non-state group the article has named in the last sentences (of an armed_group_sector, by its code or its name's last word), and no one when it has named two there or none: "the gang", "the militia", "the insurgents" (a plural one stays a bare group when it takes up no one).
        ArmedGroupDescription = "armed_group_description",
        /// CAMEO sectors of armed non-state groups (rebels, unaligned armed forces, insurgents, criminals, separatists, militarised groups): the kind "the gang" and "the insurgents" take up.
        ArmedGroupSector = "armed_group_sector",
        /// CAMEO sectors of armed forces, a state's or not ("Wagner Group", "Rapid Support Forces", "Pentagon" are all MIL): an actor so coded may or may not be the armed group "the militia" names, so it neither is taken up by the kind nor counts as of another kind.
        ArmedForceSector = "armed_force_sector",
        /// Nouns that, after "the", describe the one media organization the article has named in the last sentences, and no one when it has named two there or none: "the broadcaster", "the newspaper".
        MediaDescription = "media_description",
        /// CAMEO sectors of the media: the kind "the broadcaster" takes up.
        MediaSector = "media_sector",
        /// Nouns that, after "the", describe the one bloc of states the article has named in the last sentences (of a bloc_sector by its code), and no one when it has named two there: "the bloc".
        BlocDescription = "bloc_description",
        /// CAMEO sectors of blocs of states (intergovernmental organizations): the kind "the bloc" takes up.
        BlocSector = "bloc_sector",
        /// Nouns that, after "the", describe the one regulator the article has named in the last sentences (a name ending in a regulator_name_word), and no one when it has named two there: "the regulator", "the watchdog".
        RegulatorDescription = "regulator_description",
        /// Last words of the names of regulators, which no gazetteer codes as such: "Civil Aviation Authority", "Federal Trade Commission". An organization whose name ends otherwise is no regulator "the regulator" takes up.
        RegulatorNameWord = "regulator_name_word",
        /// Last words of the names of public bodies, a state's or a bloc's organs, which are never a bloc or a bank whatever their code: "Central Election Commission", "European Parliament", "SADC Secretariat". Not "council" or "congress" ("Gulf Cooperation Council", "African National Congress").
        PublicBodyWord = "public_body_word",
        /// Nouns that, after "the", describe the one bank the article has named in the last sentences (a name ending in one of them: "Marden Bank"), and no one when it has named two there or a company that may be one: "the lender", "the bank".
        BankDescription = "bank_description",
        /// CAMEO sectors of companies: a company the dictionary lists under a common word and a form word is the company by the word alone ("Gap" for "Gap Inc"), a body of another sector not ("Islamic Group").
        CompanySector = "company_sector",
        /// CAMEO event code prefixes of uses of force (15 force posture, 18 assault, 19 fight, 20 mass violence, 171 seize or damage property): a place is no side of such an act, only where it happens ("shelled Aleppo"; `place_taken`).
        ForceEventCode = "force_event_code",
        /// CAMEO event code prefixes of acts done to territory (171 seize, 191 blockade or siege, 192 occupy): a name the recognizer alone types as a place is no side of them ("seized Goma"; `place_taken`).
        TerritorialEventCode = "territorial_event_code",
        /// Nouns of a business that, after "the" and a modifier of their own, describe one organization met before: "the Italian bank", "the Virginia-based company".
        BusinessDescription = "business_description",
        /// Words that end the names of bodies that are no business (courts, regulators, forces, unions), which a business description does not take up: "the consumer goods group" is no "New York court".
        NonBusinessWord = "non_business_word",
        /// Nouns that, after "the", describe a country met before: "the kingdom", "the emirate", "the island nation".
        CountryDescription = "country_description",
        /// Description nouns whose actor carries the noun in its name: "the party" is the Labour Party, not any organization; "the court" a court named before, "the foundation" the Gates Foundation.
        NamedDescription = "named_description",
        /// Prepositions of a person's phrase that name the organization they belong to: "Simon Thomas, of Plaid Cymru".
        MembershipPreposition = "membership_preposition",
        /// Prepositions of a title's phrase that name what the title is of: "the leader of al-Qaeda", "spokesman for the party".
        TitlePreposition = "title_preposition",
        /// Possessive pronouns of a person: "his Muslim Brotherhood" makes him a member.
        PersonalPossessive = "personal_possessive",
        /// Prepositions that, opening a sentence, name who its speaker speaks for: "For the Liberal Democrats, Sir Menzies Campbell said".
        BehalfPreposition = "behalf_preposition",
        /// Punctuation that sets off an apposition or an opening phrase: "the leader of al-Qaeda, Ayman al-Zawahri".
        AppositionMark = "apposition_mark",
        /// Particles that a name word may be written with or without: "al-Maliki" is "Maliki".
        NameParticle = "name_particle",
        /// Plural endings that a word of an abbreviated name may add: "Lib Dems" abbreviates "Liberal Democrat".
        PluralEnding = "plural_ending",
        // Coreference (src/nlp/coref, src/extract/entities/references.rs).
        /// Pronouns of one male person: "he", "his".
        MasculinePronoun = "masculine_pronoun",
        /// Pronouns of one female person: "she", "her".
        FemininePronoun = "feminine_pronoun",
        /// Pronouns of the speaker alone: "I", "my".
        FirstPersonSingularPronoun = "first_person_singular_pronoun",
        /// Pronouns of the speaker and those they speak for: "we", "our".
        FirstPersonPluralPronoun = "first_person_plural_pronoun",
        /// Pronouns of the one spoken to: "you".
        SecondPersonPronoun = "second_person_pronoun",
        /// Determiners that point at something near or just said: "this group", "those talks".
        DemonstrativeDeterminer = "demonstrative_determiner",
        /// Indefinite articles: "a spokesman" introduces someone new.
        IndefiniteArticle = "indefinite_article",
        /// Nouns (one or more words) that, after "the", describe one organization met before, besides the `organization_description` nouns that also count as mentions on their own: "the company", "the firm".
        CompanyDescription = "company_description",
        /// Quotation marks, straight or typographic (typographic ones are read as straight).
        QuoteMark = "quote_mark",
        /// Verbs (lemmas) that attribute a quotation to its speaker right after it: "'...,' said X", "added X".
        QuotationVerb = "quotation_verb",
        /// Reflexive pronouns: the one reference that may be its own clause's subject ("Peru armed itself"); any other pronoun or description that is an object or oblique of a clause refers to someone other than its subject ("Peru criticised the country").
        ReflexivePronoun = "reflexive_pronoun",
        /// Words in front of a plural noun that make it a description of two actors named before: "both men", "the two leaders" (written with their article).
        DualQuantifier = "dual_quantifier",
        /// A description of two actors named before, with its article: "the pair", "the duo".
        PairNoun = "pair_noun",
        /// Plural nouns of people that after a `dual_quantifier` describe two persons named before: "both men", "the two leaders".
        DualPersonNoun = "dual_person_noun",
        /// Plural nouns of states that after a `dual_quantifier` describe two countries named before: "the two countries", "both governments".
        DualStateNoun = "dual_state_noun",
        /// Plural nouns of parties that after a `dual_quantifier` describe two actors of any type named before: "the two sides", "both allies".
        DualSideNoun = "dual_side_noun",
        /// Plural nouns of people who act for the states or the organisation named after them in an "of" phrase ("the foreign ministers of A, B and C", "the leaders of the Forum"): "the ministers", "the three leaders" or "they" after them stand for those actors.
        RepresentativeNoun = "representative_noun",
        /// Reciprocal pronouns, written as two words: as the other side of a relation whose subject is two actors or more, the relation of each with each ("X and Y accused each other of ...", "blamed one another").
        ReciprocalPronoun = "reciprocal_pronoun",
        /// Heads of a noun phrase naming a non-state collective: with a people's, a place's or an organization's name in front it is a group of its own ("Kurdish fighters", "PKK guerrillas"), affiliated with that actor.
        GroupNoun = "group_noun",
        /// Plural group nouns whose members belong to the actor an of / from / loyal-to phrase after them names ([`WordClass::GroupOwnerLink`]): "fighters of ISWAP", "rebels from Chad" are that actor's group, named as "ISWAP fighters", "Chadian rebels" are (not "hostages of Hamas", "troops from Chad").
        OwnedGroupNoun = "owned_group_noun",
        /// The words, one or two, between an owned group noun and the actor its members belong to: "of", "from", "loyal to", "belonging to" (not a place's "in", nor "backed by").
        GroupOwnerLink = "group_owner_link",
        /// Plural or collective nouns for people who act together under no name: heading a bare or definite noun phrase with no name in front that is an argument of a clause, a group actor of the article ("police arrested him", "the unions opposed the plan").
        CollectiveAgent = "collective_agent",
        /// Collective agents who act for the organization or state that employs them: "executives of X", "lawyers for X" name X as the actor, as "officials of X" do, not a group of their own (construction `employer_after_group`).
        EmployedCollective = "employed_collective",
        /// Particles of a phrasal verb whose past tense the tagger may read as a noun after a name ("Iran shot down a drone"): the word is retagged a verb when one follows it with a noun phrase after it (`phrasal_past`).
        PhrasalParticle = "phrasal_particle",
        /// Heads of a noun phrase that, as the target of an act, stand for their owner: people of an actor ("members", "diplomats"), its units ("convoy", "patrol") and its places or property ("positions", "bases", "offices", "assets"); "attacked a convoy of the Malian army" is against Mali, "arrested members of X" against X.
        OwnerStandingNoun = "owner_standing_noun",
        /// Heads that name a part or a copy of a thing (and "most", "much" of it): as the target of an act, their "of" phrase is what is acted on, read as a target is ("rejected most of the French proposal" is against France, "backed parts of X's plan" for X, "seized copies of X" against X).
        PartOfWhole = "part_of_whole",
        /// Lower-case endings of hyphenated words that say where a thing or a person is based or comes from, not whose it is: "the Cyprus-based newspaper", "the German-born banker" (unlike "a US-led plan"); the place so named is no side of what is done to or by the noun.
        LocatedHyphenSuffix = "located_hyphen_suffix",
        /// Singular heads that gather people into one band (the counting plurals are [`WordClass::CrowdQuantity`]): "a group of X gunmen", "a band of X fighters" stand for the people their "of" phrase names, as doers, agents or targets.
        CollectiveHead = "collective_head",
        /// Plural nouns for a party's members that name the party, after "the" and one adjective of its own name: "the Free Democrats", "the Social Democrats", "the Christian Democrats" (the dictionary may list the noun alone as another party: "Democrats").
        PartyMemberPlural = "party_member_plural",
        /// Nouns for the people who follow a person, with no office or membership of his: "supporters", "loyalists", "followers". A person named with them, by an "of" phrase or a possessive, is no doer of what they do ("supporters of X clashed with police" is no act of X's); an organization or a country so named still is.
        FollowerNoun = "follower_noun",
        /// Nouns of a thing put to someone whose "from" phrase names its author, not a source: "rejected a takeover proposal from X", "accepted an offer from X", "a bid from X" (unlike "weapons seized from X").
        AuthoredNoun = "authored_noun",
        /// Nouns of an act or a word of an actor's whose "of" phrase, naming an actor, is its author as a possessive would be: "rejected the demands of X", "welcomed the decision of X", "criticised the remarks of X" (not nouns whose "of" names their content or patient: "allegations of fraud", "the arrest of X").
        AuthorOfNoun = "author_of_noun",
        /// Nouns of a text an actor puts out whose definite form as a clause's subject stands for its author named before: "X published a report. The report accused Y" (`text_author` in src/extract/relations/authored.rs).
        AuthoredText = "authored_text",
        /// Verbs whose object is a text they put out, their subject its author: "X published a report", "X adopted a resolution", "a statement was issued by X" (`text_author`).
        IssuingVerb = "issuing_verb",
        /// Prepositions of the text a speaker speaks in: "X said in a statement" makes X the statement's author (`text_author`).
        TextPreposition = "text_preposition",
        /// Participles that put an event noun on its target: "the sanctions imposed on X", "the restrictions placed on X"; their phrase is the noun's target, their "by" phrase its author.
        ImposingVerb = "imposing_verb",
        /// Participles whose "by" phrase names the owner, operator or holder of the noun they follow: "a tanker chartered by X", "positions held by X", "a drone operated by X"; as a target the noun stands for that owner (not a maker, a buyer or a destination: "built by", "bound for").
        OwnerParticiple = "owner_participle",
        /// Event nouns of a deal between parties whose phrases name them: the thing bought or joined after "of", the buyer after "by" or in front, the one it goes to after "to" ("blocked the purchase of X by Y", "cleared X's acquisition of Y", "halted the sale of X to Y", "approved the merger of X and Y"); as a target the deal stands for its parties.
        PartyEventNoun = "party_event_noun",
        /// Nouns of goods and their trade whose "from" phrase names their origin, and, for a trade noun, whose "of" phrase names the goods: "duties on steel from X", "banned imports of Russian oil"; as a target they stand for the country they come from.
        GoodsNoun = "goods_noun",
        /// Prepositions of the origin of goods: "steel from X".
        OriginPreposition = "origin_preposition",
        /// Nouns of goods moving from one country to another whose "to" phrase names where they go and whose "from" phrase names where they come from, on the noun or on the goods of its "of" phrase: "banned exports to X", "exports of gallium to X", "imports of furniture from X", "halted arms shipments to X"; as a target they stand for that other country (not when the exporter is named in front: "China's exports to X" are China's).
        TradeFlowNoun = "trade_flow_noun",
        /// Participles or adjectives after goods whose `destination_preposition` phrase (a traveller's) names where the goods go: "a shipment of fuel bound for X", "a cargo destined for X", "weapons headed to X".
        DestinationParticiple = "destination_participle",
        /// Participles whose "to" phrase names the owner of the noun they follow: "a cargo belonging to X"; as a target the noun stands for that owner, as with an `owner_participle`'s "by" phrase.
        BelongingVerb = "belonging_verb",
        /// Prepositions of the owner after a `belonging_verb`: "belonging to X".
        BelongingPreposition = "belonging_preposition",
        /// Participles that aim an event noun at its target: "strikes targeting X", "sanctions aimed at X", "an operation directed against X"; their object or `aiming_preposition` phrase is the noun's target.
        AimingVerb = "aiming_verb",
        /// Prepositions of what an `aiming_verb` aims at: "aimed at X", "directed against X".
        AimingPreposition = "aiming_preposition",
        /// Modifiers of an act of force (a `force_noun`, or an event noun that opposes) that make it the act of several actors together: "joint strikes", "a combined operation" (not "a joint statement").
        JointModifier = "joint_modifier",
        /// Prepositions of a joint event noun's doers: "a joint patrol of X and Y", "joint exercises by X and Y", "joint drills between X and Y".
        JointAgentPreposition = "joint_agent_preposition",
        /// Verbs (a lemma, or a lemma and its particle) whose "by" phrase as a participle, or whose subject in a relative clause, names the author of the noun they follow: "the cuts announced by X", "the bill introduced by X", "the plan, which X had championed", "the resolution put forward by X"; as a target the noun stands for that author.
        AuthorVerb = "author_verb",
        /// Verbs of travel whose to-infinitive states the traveller's purpose: "left Amman to hold talks with X", "flew to Cairo to meet X".
        TravelVerb = "travel_verb",
        /// Verbs of going to a place, whose destination phrase is where a meeting noun of an errand phrase happens: "arrived in Baghdad on a visit", "flew to Tokyo for talks" (step `travel_destination`).
        ArrivalVerb = "arrival_verb",
        /// Prepositions of the errand a traveller goes on: "on a visit", "for talks".
        ErrandPreposition = "errand_preposition",
        /// Prepositions of a traveller's destination: "arrived in X", "flew to X", "left for X".
        DestinationPreposition = "destination_preposition",
        /// Nouns of a gathering of many, hosted by a place rather than held with it: "arrived in X for a summit" meets no one in X (step `travel_destination`).
        GatheringNoun = "gathering_noun",
        /// Nouns of aid given where help is needed, whose `relief_place_preposition` phrase naming a state is the state helped: "relief in Somalia", "peacekeeping in Haiti", "aid in Cambodia" (step `helped_state`).
        ReliefNoun = "relief_noun",
        /// Prepositions of the place an aid noun of `relief_noun` is given in: "relief in Somalia".
        ReliefPlacePreposition = "relief_place_preposition",
        /// Prepositions whose phrase, a coordination of two actors or more, names the sides a mutual event noun joins when the noun has no phrase of its own frame: "a merger of X and Y", "an alliance of X and Y" (construction `joined_pair`).
        JoinedPairPreposition = "joined_pair_preposition",
        /// Nouns of trade between two sides, which in a figure state no relation (corpus/GUIDE.md 9.9: trade figures are nothing): "X's trade with Y rose to $3bn", "the highest figure for trade with Y" (construction `trade_figure`).
        CommerceNoun = "commerce_noun",
        /// Verbs of a quantity changing or reaching a level, whose subject is then a figure: "trade with Y rose to $3bn" (construction `trade_figure`).
        FigureVerb = "figure_verb",
        /// Nouns of a quantity, whose "for" or "of" phrase is measured: "the highest figure for trade with Y" (construction `trade_figure`).
        FigureNoun = "figure_noun",
        /// Nouns of a legal or coercive act against someone, whose agent is who orders, seeks, brings, files or wins it (a `legal_instigating_verb`), not who carries it out or undergoes it: "X ordered the arrest of Y", "X brought charges against Y", "X won an injunction against Y", "a warrant issued by X for Y", "Y's extradition was requested by X" (construction `legal_act_instigator`).
        LegalActNoun = "legal_act_noun",
        /// Verbs that order, seek, bring, file or win a `legal_act_noun`: their subject, or the "by" phrase of their passive or participle, is the act's agent ("won an injunction against Y" is the winner's act, not one the winner undergoes as in "won Y's support").
        LegalInstigatingVerb = "legal_instigating_verb",
        /// Nouns of a legal proceeding heard in a country's courts, whose state adjective or compound names where it is heard, not who brings it: "a US lawsuit against X", "a French case against Y" (construction `venue_modifier`; a possessive still names the party: "China's lawsuit against X").
        VenueLegalNoun = "venue_legal_noun",
        /// Prepositions of time whose meeting noun, with its other side in the noun's frame phrase, places the clause subject at the meeting: "During a visit to Cairo, X met Y" (construction `adverbial_visit`).
        PresencePreposition = "presence_preposition",
        /// Participles of verbs of visiting that, before a person's titled name, say the person is a guest: "held talks with visiting Kenyan President X", "received visiting Turkish President Y" (repair `visiting_participle`).
        VisitingParticiple = "visiting_participle",
        /// Verbs of using or sending a means whose to-infinitive states what the user does with it: "used tear gas to disperse X", "deployed troops to attack Y".
        MeansVerb = "means_verb",
        /// Prepositions of a mutual hostile act's other side that make it both sides' act: "X clashed with Y", "X exchanged fire with Y" (Y fought X too).
        ReciprocalPreposition = "reciprocal_preposition",
        /// Verbs that put forces somewhere or show them: with a `force_noun` object and a `frontier_noun` phrase a show of force ("massed troops on its border with X").
        ForceVerb = "force_verb",
        /// Heads of an object that is armed force or its display: "troops", "warships", "drills".
        ForceNoun = "force_noun",
        /// Heads of a phrase naming an actor's edge, whose "with" phrase or owner in front is that actor: "its border with X", "X's air defence zone".
        FrontierNoun = "frontier_noun",
        /// Prepositions through which an event noun names its other side: "talks with X", "action against X".
        CounterpartPreposition = "counterpart_preposition",
        /// Words in front of a plural noun that make it an amount or a generic part of a kind, not one group: "many workers", "other executives".
        QuantityModifier = "quantity_modifier",
        /// Nouns of a number of people in the plural that, with "of" and a plural noun, count a crowd rather than part it off: "thousands of protesters", "dozens of rebels" name the bare group of their noun.
        CrowdQuantity = "crowd_quantity",
        /// Words that, with a country's name or demonym, stand for the country itself: "the British Government", "Government of Iraq".
        GovernmentWord = "government_word",
        /// Words that, with no name of their own, stand for the government of the article's country: "the government", "ministers", "government plans".
        GovernmentReference = "government_reference",
        /// Words for a government that, after a person's name or possessive ("the Modi government", "his cabinet") or before "of" and a person's name ("the regime of X"), stand for the state that person serves.
        LeaderGovernment = "leader_government",
        /// Words for a government or its officers that, with a capital preposition and a state's capital ("the government in Kabul", "the authorities in Tripoli"), stand for that state.
        SeatGovernment = "seat_government",
        /// Words that head the name of a state's ministry or department ("Chile's Foreign Ministry", "the Ministry of Foreign Affairs of Peru", "the Foreign Ministry in Beijing"): tied to a state, the name speaks for that state.
        MinistryWord = "ministry_word",
        /// Words that are a state's ministry's name alone ("the US Treasury", "Britain's Exchequer"): tied to a state, the word speaks for that state as a ministry's name does.
        MinistryName = "ministry_name",
        /// Prepositions between a seat government word and a capital: "the government in Kabul".
        CapitalPreposition = "capital_preposition",
        /// Type words of a body an organization sends to a country, whose name goes on with a `deployment_preposition` and the country: "the African Union Transition Mission in Somalia", "the European Union Force in Bosnia", "the OSCE Mission to Moldova" (construction `deployed_body`).
        DeployedBodyWord = "deployed_body_word",
        /// Prepositions that tie a deployed body's type word to the country it serves in, inside the body's name: "Mission in Somalia", "Mission to Moldova".
        DeploymentPreposition = "deployment_preposition",
        /// Words in front of a government word that make it a region's or a town's: "local government".
        SubnationalModifier = "subnational_modifier",
        /// Honorifics of peers, part of the name: "Lord Smith" is not any Smith of the article.
        PeerageHonorific = "peerage_honorific",
        /// Honorifics written with a first name: "Sir Alan" is Sir Alan Budd, not any Alan of the article.
        FirstNameHonorific = "first_name_honorific",
        /// Generic heads of organization names, which on their own never join a longer name that merely ends with them: "the Coalition".
        GenericHead = "generic_head",
        /// Last words of a party's or movement's name written in capitals, which make a name of the capitalised common words before them: "Civic Platform", "National Rally", "Five Star Movement", "the Workers' Party".
        PartyNameWord = "party_name_word",
        /// Lower-case nouns after a run of capitalised words that say the run names a party: "the Law and Justice party", "the Five Star movement".
        PartyNoun = "party_noun",
        /// First words of a title that a party's own name stands before, as the body the holder leads: "Law and Justice leader Jaroslaw Kaczynski", "Together for Catalonia founder X".
        PartyRoleWord = "party_role_word",
        /// Nouns for a party's people after the singular of its members' word, which name the party as their side: "a Green senator", "Social Democrat MPs", "a Free Democrat lawmaker".
        PartyMemberNoun = "party_member_noun",
        /// Capitalised words that alone after "the" name a party, with no capitalised word after them: "the Left" (not "the Left Bank", "the left wing").
        PartyBareWord = "party_bare_word",
        /// Words of a company's legal or corporate form that end its name after the company's own name: "Multiplex Group", "UFJ Holdings"; the name's first word alone is the company.
        CompanyWord = "company_word",
        /// Words of a firm's trade that end its name: "General Motors", "General Electric", "Hess Petroleum", "Admiral Insurance". A capitalized title word that opens a name the recognizer ends with one is a word of that name, not its holder's title (title_opens_organization); "General Kowal" keeps its title.
        IndustryNameWord = "industry_name_word",
        /// Name words that take a number as the next word of the name: "Channel 5", "Radio 4".
        NumberedNameWord = "numbered_name_word",
        /// Last words of the names of military units and commands, which an ordinal in front opens: "3rd Infantry Division", "5th Fleet", "1st Battalion"; the arm a unit is often named by alone, its type word left out: "the 82nd Airborne", "the 1st Cavalry", "the 2nd Marines".
        MilitaryUnitWord = "military_unit_word",
        /// Unit words after which one capitalized code name still belongs to the unit's name, and says nothing of its type: "Task Force Tarawa", "Joint Task Force Bravo".
        CodeNamedUnitWord = "code_named_unit_word",
        /// Letters written after a person's name for an office or an honour, no part of the name: "Jane Porter QC", "Tom Hartley MSP" (matched only when written in capitals).
        PostNominal = "post_nominal",
        /// Lower-case head nouns that a name in front makes a name of its own, written in lower case after it: "the Dunmore socialist party", "Fell river", "Dunmore airport", "the Commons public accounts committee", a town's institutions "Zadar police", "a Hamburg court", "Orvieto city council". An organization word among them names an organization, the others a place. After a country's name a state's own agent noun (`state_sector`: "Nepal police") stays the state.
        LowerCaseNameHead = "lower_case_name_head",
        /// Words of an edition of a newspaper, which open its name before a `newspaper_word` like a day's name does: "Evening Standard".
        EditionWord = "edition_word",
        /// Last words of newspapers' names, which a day's or an edition's word in front makes a newspaper's name: "Sunday Times", "Evening Standard", "Sunday Herald".
        NewspaperWord = "newspaper_word",
        /// Verbs by which a person leaves an organization, ending the membership: "has quit the party".
        LeaveVerb = "leave_verb",
        /// Prepositions of what a leave verb leaves: "resigned from the party".
        LeavePreposition = "leave_preposition",
        /// The CAMEO sector of political parties (PTY): the party an article mentions most is the one its shadow ministers belong to.
        PartySector = "party_sector",
        /// Words of mediation: the one who mediates, brokers or hosts meets each side of the between-set, not the sides each other ("brokered a truce between X and Y", "China's mediation between X and Y"); a meeting noun carried by one of these verbs is still a meeting of the sides ("hosted talks between X and Y").
        MediationWord = "mediation_word",
        /// Nouns of a mediator's good offices whose "of" phrase or modifier names the mediator ("under the auspices of Z", "under Kenyan mediation"): over a meeting or an agreement of two sides or more, the mediator meets each side.
        AuspicesNoun = "auspices_noun",
        /// Auxiliaries and modals that make a that-clause a mandate, what its subject is to do, beside a verb in its base form: "demanded that X should withdraw", "insisted that X be punished".
        MandativeAux = "mandative_aux",
        /// Verbs of obligation whose to-infinitive is what their subject is to do, as a mandative modal's verb is: "said Y would have to withdraw", "warned that Y will have to pay" (`said_mandate`; not "has yet to", a `pending_adverb`).
        ObligationVerb = "obligation_verb",
        /// Modal auxiliaries of obligation or advice: "Y should sack Z", "Y must expel Z" say what Y is to do, not what Y did (`deontic_modal`).
        DeonticModal = "deontic_modal",
        /// Words whose to-infinitive is another's prediction of an act, not the act: "X is expected to meet Y", "X is likely / unlikely to back Y" (`predicted_act`).
        PredictionGovernor = "prediction_governor",
        /// Adverbs that make "have / be + to-infinitive" an act not done: "X has yet to recognise Y" (`predicted_act`).
        PendingAdverb = "pending_adverb",
        /// Verbs and nouns of demanding whose that-clause is a mandate, its verb in the base form ("demanded that X resign", "the demand that X step down"): after them the tagger's noun reading of that verb is retagged a verb (`Models::mandate_verb_candidate`).
        MandativeGovernor = "mandative_governor",
        /// Verbs that hand something over to a receiver named by a "to" phrase: "delivered howitzers to X", "pledged $1 billion to X"; with a `transfer_material` object, material aid (construction `material_transfer`).
        TransferVerb = "transfer_verb",
        /// Verbs of handing a wanted person over to another state or court, whose "to" phrase names the receiver: "extradited X to Y", "surrendered X to the court" (construction `judicial_handover`).
        HandoverVerb = "handover_verb",
        /// Verbs of saying with no sense of their own whose complement, with a mandative modal and another actor as its subject, states a demand of that actor: "X said Y must stop", "X told Y it should leave" (construction `stated_mandate`).
        MandateSpeechVerb = "mandate_speech_verb",
        /// Verbs of sending someone away whose "to" phrase names where they go, never whom they stand towards: "X was deported to Y" states no stance of X (not a stative passive as "X is opposed to Y").
        DestinationVerb = "destination_verb",
        /// Verbs whose subject is the receiver of what a "from" phrase's actor gives: "X received aid from Y".
        ReceivingVerb = "receiving_verb",
        /// Words of material aid or its amount: a transfer of one, or of a noun one modifies ("air defence systems"), to an actor backs it ("aid", "loan", "missile", "$").
        TransferMaterial = "transfer_material",
        /// Prepositions of the receiver of a transfer: "delivered tanks to X".
        RecipientPreposition = "recipient_preposition",
        /// Verbs that announce or approve a provision rather than hand it over: with a `transfer_material` or `delivery_noun` object whose "to" or "for" phrase names the receiver, material aid ("approved a $1 billion loan for X", "announced arms deliveries to X").
        CommitmentVerb = "commitment_verb",
        /// Nouns of a consignment handed over, material whatever they carry: "fuel shipments to X", "a consignment of tents".
        DeliveryNoun = "delivery_noun",
        /// Prepositions of the one a provision is for: "a loan for X".
        BeneficiaryPreposition = "beneficiary_preposition",
        /// Nouns that count or group what their "of" phrase names, the thing a verb really takes: "fired a volley of missiles at X", "launched a wave of drones at X".
        MeasureNoun = "measure_noun",
        /// Verbs of accusation: what their "of" clause says the accused did is the charge, not a stated event ("accused X of helping Y" states no backing of Y).
        AccusationVerb = "accusation_verb",
        /// Nouns of a contest that candidates or teams "meet in": facing each other in one is no meeting ("X and Y will meet in a run-off").
        ContestNoun = "contest_noun",
        /// Prepositions of the giver of what a receiving verb's subject receives: "received aid from X".
        GiverPreposition = "giver_preposition",
        /// Prepositions of the instrument of a passive act, an event noun done to the passive's subject: "X was hit with sanctions by Y".
        InstrumentPreposition = "instrument_preposition",
        /// Verbs of striking whose passive subject an instrument noun is done to: "X was hit with sanctions by Y", "X was slapped with an embargo" (not "was met with protests").
        InstrumentVerb = "instrument_verb",
        /// Verbs that report that an event happened, its noun their subject and its phrases theirs: "fighting broke out between X and Y", "clashes erupted with Y".
        OccurrenceVerb = "occurrence_verb",
        /// Verbs whose "if" clause is a question, not a condition: "asked if X had backed Y" states what it asks about.
        QuestionVerb = "question_verb",
        /// Verbs of asking someone to act whose complement is what they want done, not done: "urged X to attack Y", "asked X to mediate between Y and Z", "demanded that X hand Y over" state no attack, mediation or handover (implicative verbs, "helped X defeat Y", "forced X to withdraw", are not among them, nor commands, "ordered troops to attack Y", which news reports as carried out).
        RequestVerb = "request_verb",
        /// Verbs of wanting whose object is the one wanted to do their to-infinitive: a hostile act wanted of another is the wanter's hostility too, "wants Y to sanction Z" (`wanted_act`, beside Y's planned act); "wants to meet Y", with no object, is the subject's own intent.
        WishVerb = "wish_verb",
        /// Verbs of reacting to another's act, whose object "the NOUN" may name an event of an earlier sentence ("Israel rejected the proposal", "Egypt condemned the strikes"): the relation is the verb's own trigger class, its target the event's agent.
        ReactionVerb = "reaction_verb",
        /// Nouns a name owns or is counted by only as an organization: "Fiat's shares", "Fiat shareholders", "a stake in Fiat", "the chief executive of Fiat".
        OrganizationPossession = "organization_possession",
        /// Prepositions that tie an organization_possession noun to the organization after it: "a stake in Fiat", "the chairman of Fiat".
        StakePreposition = "stake_preposition",
        /// Nouns that, right before a name or as the head of its apposition, say it is an organization: "carmaker Fiat", "Fiat, Italy's largest employer,".
        OrganizationNoun = "organization_noun",
        /// Nouns a place's name modifies and an organization's or a person's does not: "Blackpool residents", "the Dorset constituency".
        PlacePossession = "place_possession",
        /// Prepositions of where something is, whose one-word name is a place unless a noun of organization_possession comes before: "a conference in Blackpool".
        PlacePreposition = "place_preposition",
        /// Auxiliaries that stand before their subject in a question or a supposition: "Will X keep backing Y?", "Had X sent arms to Y, ...".
        InvertingAuxiliary = "inverting_auxiliary",
        /// Prepositions of a hostile event the clause's subject is exposed to, done by the clause's "from"/"by" phrase: "X came under fire from Y", "X was under attack by Y".
        ExposurePreposition = "exposure_preposition",
        /// Marks of the gerund an object-control verb puts its object into, which the object then does: "pressured X into cutting ties with Y" (construction `control_gerund`).
        ControlGerundMark = "control_gerund_mark",
        /// Nouns of some members of a people, not its state nor its whole: a people's word in front of one says whose they are, and beside an organ of that people's own state in the sentence it is no actor of the clause ("the UK government will deport UK citizens" is no act against the United Kingdom; construction `people_of_persons`).
        MemberNoun = "member_noun",
        /// Verbs that deny or reject another's accusation: "Belarus denied the accusation" opposes who made it (`denied_accusation` in src/extract/relations/event_ref.rs).
        DenialVerb = "denial_verb",
        /// Nouns of an accusation that a denial_verb takes up: "denied the allegations", "dismissed the charges".
        AccusationNoun = "accusation_noun",
        /// Titles that, with a nationality in front and no name, describe that country's head of state or government named before by a title of its own: "the Slovak leader" after "Slovakia's prime minister, X" (construction `national_holder`).
        NationalLeaderTitle = "national_leader_title",
        /// Labels that, with a transcript_label_mark after them, open a journalist's question in a briefing transcript: "Q: Any comment?".
        TranscriptQuestion = "transcript_question",
        /// Labels that, with a transcript_label_mark after them, open the answer of the one who gives a briefing: "A: We firmly oppose it." (construction `transcript_answer`).
        TranscriptAnswer = "transcript_answer",
        /// The punctuation after a transcript's question or answer label: "Q:", "A:".
        TranscriptLabelMark = "transcript_label_mark",
        /// Verbs of thanking: the event noun of their `gratitude_preposition` phrase is done by their object ("X thanked Y for its aid to Z": Y backs Z; construction `thanked_agent` in src/extract/relations/nouns.rs).
        GratitudeVerb = "gratitude_verb",
        /// Prepositions of what one is thanked for: "thanked Y for its help".
        GratitudePreposition = "gratitude_preposition",
        /// Verbs that put off or cancel an event: an event noun that is their subject did not take place ("the visit was postponed", "a meeting between X and Y was called off"; construction `cancelled_event`).
        CancellingVerb = "cancelling_verb",
        /// Marks that open a clausal complement ("denied that he had met X"): an adverbial clause the parser gives such a mark is its governor's complement.
        ComplementMark = "complement_mark",
        /// Verbs of reaching someone by telephone, whose to-infinitive of an `expressing_verb` states what the caller conveys to the one called: "X phoned Y to express his support" (step `contact_purpose`); not a request ("called Y to resign").
        ContactVerb = "contact_verb",
        /// Verbs of conveying a stance or a feeling to someone, whose object names it: "phoned Y to express his support", "called Y to convey condolences".
        ExpressingVerb = "expressing_verb",
        /// Prepositions of time of an adverbial phrase whose event noun, with its other side in a `reciprocal_preposition` phrase, is the clause subject's act: "X seized the town after fighting with Y" (construction `adverbial_event`).
        EventTimePreposition = "event_time_preposition",
        /// Verbs of directing someone to act whose object is often the subject's own forces or staff: "ordered its troops to withdraw" (construction `directed_own_side`).
        DirectiveVerb = "directive_verb",
        /// Nouns for the people and bodies an actor commands or employs: a directive to one with no name of its own ("ordered the army to", "ordered British troops to", "ordered employees to") is an order within one side (construction `directed_own_side`).
        SubordinateNoun = "subordinate_noun",
        /// Nouns that name whatever its author did, no act of their own: "the decision", "the move", "the ruling"; object of a `reaction_verb` with no event of their kind in reach, they take up the main act of an earlier sentence ("Ghana expelled two diplomats. Togo criticised the decision.": `Match::Act` in src/extract/relations/event_ref.rs).
        GeneralActNoun = "general_act_noun",
        /// Dashes that set off an apposition after a name: "the post went to X - a key ally of Y" (agent nouns' step `dash_anchor`).
        AppositionDash = "apposition_dash",
        /// Verbs of inviting a guest to an event: "X invited Y to talks", "X asked Y to dinner" (event nouns' step `invited_guest`: the host meets the guest).
        InvitationVerb = "invitation_verb",
        /// Prepositions of the event a guest is invited to: "invited Y to talks".
        InvitationPreposition = "invitation_preposition",
        /// Dashes that close a wire dateline before the story's first sentence: "WASHINGTON (AP) — A federal judge ..." (mentions' `delayed_identification`: the lede's indefinite title opens the sentence there).
        DatelineDash = "dateline_dash",
        /// Adjectives that, predicated of another's act, condemn it: "called the move unjustified", "said the duties were unfounded" (src/extract/relations/event_ref.rs: the reactor opposes the act's author).
        CondemningPredicate = "condemning_predicate",
        /// Adjectives that, predicated of another's act, approve it: "called the decision justified" (event_ref: the reactor backs the act's author).
        ApprovingPredicate = "approving_predicate",
        /// Nouns of a misgiving voiced about something, always disapproving: "X expressed serious concern over Y's drills" (the stance rule `voiced_misgiving`: X opposes Y).
        MisgivingNoun = "misgiving_noun",
        /// Verbs by which their subject voices a misgiving, their object: "expressed concern over", "voiced alarm at", "raised concerns about" (rule `voiced_misgiving`; not "predicted concerns", someone else's).
        MisgivingVerb = "misgiving_verb",
        /// Prepositions of what a voiced misgiving is about: "concern over", "alarm at", "reservations about" (rule `voiced_misgiving`).
        MisgivingPreposition = "misgiving_preposition",
        /// Verbs with their particle and preposition of withdrawing from a commitment: "pulled out of its deal with X", "reneged on its accord with X" (construction `withdrawn_from`: the subject cuts the cooperation, CAMEO 160, as `reducer_verb` with an object).
        WithdrawalPhrase = "withdrawal_phrase",
}

/// The members of every word class.
#[derive(Debug, Clone, Default)]
pub struct Words {
    sets: Vec<HashSet<Box<str>>>,
    /// Members in table order, for rules that try each (prefixes, multiword phrases).
    lists: Vec<Vec<Box<str>>>,
}

/// The columns of `words.tsv`.
pub(crate) const COLUMNS: &[&str] = &["class", "word"];

impl Words {
    /// Reads `words.tsv` (`file` names it in errors).
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] for a table of another format, an unknown class, a row
    /// listed twice, or a class without members.
    pub fn parse(file: &str, text: &str) -> Result<Words> {
        let n = WordClass::ALL.len();
        let mut words = Words {
            sets: vec![HashSet::default(); n],
            lists: vec![Vec::new(); n],
        };
        table::for_each_row(file, text, COLUMNS, |row| {
            let class = WordClass::parse(row.fields[0]).ok_or_else(|| {
                row.error(file, format!("unknown word class {:?}", row.fields[0]))
            })?;
            let word: Box<str> = row.fields[1].into();
            if !words.sets[class as usize].insert(word.clone()) {
                return Err(row.error(
                    file,
                    format!("{:?} is listed twice in {}", row.fields[1], class.as_str()),
                ));
            }
            words.lists[class as usize].push(word);
            Ok(())
        })?;
        if let Some(&empty) = WordClass::ALL
            .iter()
            .find(|&&c| words.lists[c as usize].is_empty())
        {
            let last = text.lines().count();
            return Err(table::error(
                file,
                last,
                format!("the word class {} has no words", empty.as_str()),
            ));
        }
        Ok(words)
    }

    /// True when `word` (as written) is a member of `class`.
    pub fn has(&self, class: WordClass, word: &str) -> bool {
        self.sets
            .get(class as usize)
            .is_some_and(|set| set.contains(word))
    }

    /// True when `word` (lower case) is a first-person pronoun, singular or plural ("we",
    /// "I"): the speaker's own side, which several relation steps set apart.
    pub fn first_person(&self, word: &str) -> bool {
        self.has(WordClass::FirstPersonPluralPronoun, word)
            || self.has(WordClass::FirstPersonSingularPronoun, word)
    }

    /// Whether a CAMEO actor code has a three-letter part of `class` ("MNCUSA" of
    /// `company_sector`, "SOMREB" of `armed_group_sector`): a code is a country (or a
    /// region, an IGO, an MNC), then sectors.
    pub fn code_has(&self, class: WordClass, code: &str) -> bool {
        code.as_bytes()
            .chunks(3)
            .any(|part| std::str::from_utf8(part).is_ok_and(|part| self.has(class, part)))
    }

    /// Whether a CAMEO event code ("1711") falls under a prefix of `class` ("171").
    pub fn event_code_in(&self, class: WordClass, cameo: &str) -> bool {
        self.members(class).any(|prefix| cameo.starts_with(prefix))
    }

    /// The members of `class`, in table order.
    pub fn members(&self, class: WordClass) -> impl Iterator<Item = &str> {
        self.lists
            .get(class as usize)
            .into_iter()
            .flatten()
            .map(|w| &**w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &str) -> String {
        let mut text = table::header(COLUMNS);
        for class in WordClass::ALL {
            text.push_str(&format!("{}\tfiller\n", class.as_str()));
        }
        text + rows
    }

    #[test]
    fn the_shipped_table_loads() {
        let words = Words::parse("words.tsv", include_str!("../../assets/lexicon/words.tsv"))
            .expect("shipped words.tsv");
        assert!(words.has(WordClass::SupportVerb, "hold"));
        assert!(!words.has(WordClass::SupportVerb, "Hold"));
        assert!(words.members(WordClass::HedgeModal).any(|w| w == "may"));
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let ok = table("");
        let lines = ok.lines().count();
        let err = Words::parse("w.tsv", &table("no_such_class\tx\n")).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("w.tsv:{}: unknown word class \"no_such_class\"", lines + 1)
        );
        let err = Words::parse("w.tsv", &table("support_verb\tfiller\n")).unwrap_err();
        assert!(
            err.to_string().contains("listed twice in support_verb"),
            "{err}"
        );
        let err = Words::parse("w.tsv", &table::header(COLUMNS)).unwrap_err();
        assert!(err.to_string().contains("has no words"), "{err}");
    }
}
