//! Rows of the argument steps: actors of a phrase, subjects, objects.

use super::super::testing::{Row, check_rows};
use super::step_names;

const RELATIVE: &str = "
1 Sweden Sweden PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 welcomed welcome VERB VBD _ 0 root _ _
3 Finland Finland PROPN NNP _ 2 obj _ Entity=B-LOC
4 , , PUNCT , _ 7 punct _ _
5 which which PRON WDT _ 7 nsubj _ _
6 had have AUX VBD _ 7 aux _ _
7 criticised criticise VERB VBN _ 3 acl:relcl _ _
8 Russia Russia PROPN NNP _ 7 obj _ Entity=B-LOC
9 . . PUNCT . _ 2 punct _ _
";

// a head that names no actor: "newcomer" is no title
const APPOSITIVE: &str = "
1 The the DET DT _ 2 det _ _
2 newcomer newcomer NOUN NN _ 7 nsubj _ _
3 , , PUNCT , _ 4 punct _ _
4 Olaf Olaf PROPN NNP _ 2 appos _ Entity=B-PER
5 Scholz Scholz PROPN NNP _ 4 flat _ Entity=I-PER
6 , , PUNCT , _ 4 punct _ _
7 criticised criticise VERB VBD _ 0 root _ _
8 Hungary Hungary PROPN NNP _ 7 obj _ Entity=B-LOC
9 . . PUNCT . _ 7 punct _ _
";

// the controller apart from the verb, so that no name stands right before it
const CONTROLLER: &str = "
1 The the DET DT _ 3 det _ _
2 European European PROPN NNP _ 3 compound _ Entity=B-ORG
3 Union Union PROPN NNP _ 4 nsubj _ Entity=I-ORG
4 forced force VERB VBD _ 0 root _ _
5 Serbian Serbian ADJ JJ _ 6 amod _ Entity=B-MISC
6 officials official NOUN NNS _ 4 obj _ _
7 to to PART TO _ 8 mark _ _
8 criticise criticise VERB VB _ 4 xcomp _ _
9 Russia Russia PROPN NNP _ 8 obj _ Entity=B-LOC
10 . . PUNCT . _ 4 punct _ _
";

// "backed" read as a conjunct of "welcomed", its subject as a phrase of "welcomed"
const NAME_BEFORE: &str = "
1 Austria Austria PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 welcomed welcome VERB VBD _ 0 root _ _
3 the the DET DT _ 4 det _ _
4 decision decision NOUN NN _ 2 obj _ _
5 after after ADP IN _ 6 case _ _
6 Slovakia Slovakia PROPN NNP _ 2 obl _ Entity=B-LOC
7 backed back VERB VBD _ 2 conj _ _
8 Hungary Hungary PROPN NNP _ 7 obj _ Entity=B-LOC
9 . . PUNCT . _ 2 punct _ _
";

// the subject lost: "government" hangs off the verb as `dep`
const STRAY: &str = "
1 Serbia Serbia PROPN NNP _ 3 nmod:poss _ Entity=B-LOC
2 's 's PART POS _ 1 case _ _
3 government government NOUN NN _ 6 dep _ _
4 on on ADP IN _ 5 case _ _
5 Monday Monday PROPN NNP _ 6 obl _ _
6 criticised criticise VERB VBD _ 0 root _ _
7 Hungary Hungary PROPN NNP _ 6 obj _ Entity=B-LOC
8 . . PUNCT . _ 6 punct _ _
";

// the verb hanging off the name before it
const HANGING: &str = "
1 Albania Albania PROPN NNP _ 0 root _ Entity=B-LOC
2 on on ADP IN _ 3 case _ _
3 Friday Friday PROPN NNP _ 4 obl _ _
4 denounced denounce VERB VBD _ 1 dep _ _
5 Serbia Serbia PROPN NNP _ 4 obj _ Entity=B-LOC
6 . . PUNCT . _ 1 punct _ _
";

const MODIFIED: &str = "
1 Serbia Serbia PROPN NNP _ 6 nsubj _ Entity=B-LOC
2 , , PUNCT , _ 3 punct _ _
3 criticising criticise VERB VBG _ 1 acl _ _
4 Hungary Hungary PROPN NNP _ 3 obj _ Entity=B-LOC
5 , , PUNCT , _ 3 punct _ _
6 left leave VERB VBD _ 0 root _ _
7 early early ADV RB _ 6 advmod _ _
8 . . PUNCT . _ 6 punct _ _
";

const NUMBER: &str = "
1 Hungary Hungary PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 deported deport VERB VBD _ 0 root _ _
3 40 40 NUM CD _ 2 obj _ _
4 Romanians Romanians PROPN NNPS _ 2 obl _ Entity=B-MISC
5 . . PUNCT . _ 2 punct _ _
";

const AUTHOR: &str = "
1 Serbia Serbia PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 rejected reject VERB VBD _ 0 root _ _
3 proposals proposal NOUN NNS _ 2 obj _ _
4 by by ADP IN _ 5 case _ _
5 Croatia Croatia PROPN NNP _ 2 obl _ Entity=B-LOC
6 . . PUNCT . _ 2 punct _ _
";

// the title as the head, the name as its `flat` part
const TITLE_HEAD: &str = "
1 Serbia Serbia PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 criticised criticise VERB VBD _ 0 root _ _
3 bank bank NOUN NN _ 4 compound _ _
4 boss boss NOUN NN _ 2 obj _ _
5 Anna Anna PROPN NNP _ 4 flat _ Entity=B-PER
6 Berg Berg PROPN NNP _ 4 flat _ Entity=I-PER
7 . . PUNCT . _ 2 punct _ _
";

// a participle on a noun of utterance: the statement's issuer condemns
const UTTERANCE: &str = "
1 Jordan Jordan PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 issued issue VERB VBD _ 0 root _ _
3 a a DET DT _ 4 det _ _
4 statement statement NOUN NN _ 2 obj _ _
5 condemning condemn VERB VBG _ 4 acl _ _
6 Israel Israel PROPN NNP _ 5 obj _ Entity=B-LOC
7 . . PUNCT . _ 2 punct _ _
";

// a time phrase between the object and the infinitive: the parser reads an adverbial clause
const CONTROL_ADVCL: &str = "
1 Germany Germany PROPN NNP _ 2 nsubj _ Entity=B-LOC
2 urged urge VERB VBD _ 0 root _ _
3 Iran Iran PROPN NNP _ 2 obj _ Entity=B-LOC
4 on on ADP IN _ 5 case _ _
5 Monday Monday PROPN NNP _ 2 obl _ _
6 to to PART TO _ 7 mark _ _
7 free free VERB VB _ 2 advcl _ _
8 the the DET DT _ 9 det _ _
9 reporters reporter NOUN NNS _ 7 obj _ _
10 . . PUNCT . _ 2 punct _ _
";

const ROWS: &[Row] = &[
    // a visiting participle on a person's name: that person visits the place the meeting
    // is held in (a state's capital)
    Row::model(
        "visiting_guest",
        "Xi Jinping held talks with visiting Brazilian President Luiz Inacio Lula da Silva in Beijing.",
        &[
            "Xi Jinping -meets/sym-> Luiz Inacio Lula da Silva [held talks]",
            "Luiz Inacio Lula da Silva -meets/sym-> China [visiting]",
        ],
    ),
    Row::gold(
        "appositive_name",
        "The newcomer, Olaf Scholz, criticised Hungary.",
        &[APPOSITIVE],
        &["Olaf Scholz -opposes-> Hungary [criticised]"],
    ),
    Row::model(
        "named_mention",
        "Hungary criticised Poland.",
        &["Hungary -opposes-> Poland [criticised]"],
    ),
    Row::gold(
        "relative_pronoun",
        "Sweden welcomed Finland, which had criticised Russia.",
        &[RELATIVE],
        &[
            "Sweden -meets/sym-> Finland [welcomed]",
            "Finland -opposes-> Russia [criticised]",
        ],
    ),
    Row::model(
        "noun_phrase",
        "Hungarian officials criticised Poland.",
        &["Hungary -opposes-> Poland [criticised]"],
    ),
    Row::gold(
        "name_before_verb",
        "Austria welcomed the decision after Slovakia backed Hungary.",
        &[NAME_BEFORE],
        &["Slovakia -backs-> Hungary [backed]"],
    ),
    Row::model(
        "named_owner",
        "Governor Ana Ruiz of Arizona praised Mexico on Friday.",
        &["Ana Ruiz -backs-> Mexico [praised]"],
    ),
    Row::model(
        "named_owner",
        "Senator Tom Hale of Ohio criticised Canada on Monday.",
        &["Tom Hale -opposes-> Canada [criticised]"],
    ),
    Row::gold(
        "object_controller",
        "The European Union forced Serbian officials to criticise Russia.",
        &[CONTROLLER],
        // the forcing is coercion (an @clause sense of triggers.tsv), and done: "force"
        // is no `request_verb`
        &[
            "European Union -opposes-> Serbia [forced]",
            "Serbia -opposes-> Russia [criticise]",
        ],
    ),
    // what a request asks for is the requester's wish, not yet done (`request_verb`)
    Row::model(
        "requested_content",
        "The European Union urged Serbia to criticise Russia.",
        &[
            "European Union -opposes-> Serbia [urged]",
            "European Union -opposes-> Russia [criticise]",
        ],
    ),
    // (a mandate's modal hedges the act asked for)
    Row::model(
        "requested_content",
        "Britain insisted that France should condemn Russia.",
        &[
            "United Kingdom -opposes-> France [insisted]",
            "United Kingdom -opposes/weak-> Russia [condemn]",
        ],
    ),
    // an obligation or an advice is what one is to do, no act done (`deontic_modal`; said
    // by another, it is asked for, `said_request`: the speaker, no actor here, does it)
    Row::model(
        "-",
        "The mayor of Lyon said Pierre Martin should dismiss Paul Girard.",
        &[],
    ),
    Row::model("deontic_modal", "Chile must expel Peru's ambassador.", &[]),
    // "ought", read by the parser as a verb with an open complement, is a modal all the same
    Row::model(
        "deontic_modal",
        "Chile ought to condemn Peru, the senator said.",
        &[],
    ),
    // a noun trigger carried by a verb under the modal is as much an obligation
    Row::model(
        "deontic_modal",
        "Rather than boasting, Pedro Alves should begin the year with an apology to Brazil.",
        &[],
    ),
    Row::model("-", "Analysts said Ghana must give Togo more support.", &[]),
    // (a meeting asked for by saying states none either way, `said_request`)
    Row::model(
        "-",
        "Oxfam said Kenya should meet Somalia before the summit.",
        &["Oxfam -opposes-> Kenya [said]"],
    ),
    // another's prediction of an act, or an act still pending, is no act done
    // (`predicted_act`)
    Row::model(
        "predicted_act",
        "Slovenia is expected to condemn Croatia.",
        &[],
    ),
    Row::model(
        "predicted_act",
        "Estonia is unlikely to criticise Latvia.",
        &[],
    ),
    Row::model(
        "predicted_act",
        "Uruguay is likely to back Paraguay's bid.",
        &[],
    ),
    Row::model("predicted_act", "Ecuador has yet to recognise Kosovo.", &[]),
    // a negated adverb of time ends the relation (`no_longer`)
    Row::model("no_longer", "Qatar no longer funds Hamas.", &[]),
    Row::model("no_longer", "Mali no longer cooperates with France.", &[]),
    Row::model("no_longer", "Russia is no longer an ally of Armenia.", &[]),
    Row::model(
        "-",
        "Qatar funded Hamas for longer than a decade.",
        &["Qatar -backs-> Hamas [funded]"],
    ),
    // a plan of one's own stays, and so does the act done beside a prediction
    Row::model(
        "-",
        "Bolivia expects to sign an agreement with Paraguay.",
        &["Bolivia -backs-> Paraguay [sign an agreement]"],
    ),
    Row::model(
        "-",
        "Ireland criticised Israel, and Belgium is expected to follow.",
        &["Ireland -opposes-> Israel [criticised]"],
    ),
    // the speaker's own "we must" is a stance of theirs
    Row::model(
        "-",
        "'We must support Moldova,' Jonas Gahr Store said.",
        &["Jonas Gahr Store -backs-> Moldova [support]"],
    ),
    // a mediation or a meeting asked for is none
    Row::model(
        "requested_content",
        "Sudan asked Saudi Arabia to mediate between Egypt and Ethiopia.",
        &[],
    ),
    // a quote is no mandate, though its verb is in the base form
    Row::model(
        "-",
        "'I condemn Russia,' Angela Merkel told the crowd.",
        &["Angela Merkel -opposes-> Russia [condemn]"],
    ),
    // an implicative verb's complement is done
    Row::model(
        "-",
        "Iran helped Iraq defeat the Islamic State.",
        &[
            "Iran -backs-> Iraq [helped]",
            "Iraq -opposes-> Islamic State [defeat]",
        ],
    ),
    // the passive's subject is the one asked; the "by" phrase asks
    Row::model(
        "passive_control",
        "Serbia was urged by the European Union on Monday to criticise Russia.",
        &[
            "European Union -opposes-> Serbia [urged]",
            "European Union -opposes-> Russia [criticise]",
        ],
    ),
    Row::gold(
        "utterance_participle",
        "Jordan issued a statement condemning Israel.",
        &[UTTERANCE],
        &["Jordan -opposes-> Israel [condemning]"],
    ),
    Row::model(
        "-",
        "The Arab League released a communique on Monday denouncing Iran.",
        &["Arab League -opposes-> Iran [denouncing]"],
    ),
    // the author named in the phrase, not the clause's subject
    Row::model(
        "-",
        "The spokesman read out a statement by Hezbollah criticising Israel.",
        &["Hezbollah -opposes-> Israel [criticising]"],
    ),
    // a participle on a noun that is no utterance does nothing of the subject's
    Row::model(
        "-",
        "Turkey sent a convoy carrying aid to Syria.",
        &["Turkey -backs-> Syria [aid]"],
    ),
    Row::gold(
        "object_control_complement",
        "Germany urged Iran on Monday to free the reporters.",
        &[CONTROL_ADVCL],
        &["Germany -opposes-> Iran [urged]"],
    ),
    Row::model(
        "object_control_complement",
        "The United States pressed Egypt last week to open the crossing.",
        &["United States -opposes-> Egypt [pressed]"],
    ),
    // one pressured into an act does it, and has done it: no request
    Row::model(
        "control_gerund",
        "China pressured Panama into cutting ties with Taiwan.",
        &[
            "China -opposes-> Panama [pressured]",
            "Panama -opposes/sym-> Taiwan [cutting ties]",
        ],
    ),
    Row::model(
        "control_gerund",
        "Russia pushed Belarus into severing ties with Lithuania.",
        &[
            "Russia -opposes-> Belarus [pushed]",
            "Belarus -opposes/sym-> Lithuania [severing ties]",
        ],
    ),
    Row::model(
        "open_complement",
        "Serbia wants to criticise Russia.",
        &["Serbia -opposes-> Russia [criticise]"],
    ),
    // a to-infinitive after a predicate adjective with its own subject, read by the parser
    // as the adjective's clausal subject: the adjective's subject does it
    Row::model(
        "adjective_complement",
        "Serbia is due to meet Croatia on Friday.",
        &["Serbia -meets/sym-> Croatia [meet]"],
    ),
    Row::model(
        "adjective_complement",
        "Peter Szijjarto is due to meet Andrej Plenkovic in Zagreb.",
        &["Peter Szijjarto -meets/sym-> Andrej Plenkovic [meet]"],
    ),
    // no nominal subject, or an expletive one: no doer
    Row::model("-", "To criticise Croatia is dangerous.", &[]),
    Row::model("-", "It is unwise to criticise Croatia.", &[]),
    // the complement's subject hung on the verb of saying, beside its own subject
    Row::model(
        "stolen_subject",
        "Reuters, citing a government source, said Serbia and Croatia had discussed the border dispute.",
        &["Serbia -meets/sym-> Croatia [discussed]"],
    ),
    Row::model(
        "-",
        "Reuters said Serbia had criticised Croatia.",
        &["Serbia -opposes-> Croatia [criticised]"],
    ),
    Row::model(
        "coordinated_verb",
        "Serbia met Croatia and criticised Hungary.",
        &[
            "Serbia -meets/sym-> Croatia [met]",
            "Serbia -opposes-> Hungary [criticised]",
        ],
    ),
    Row::gold(
        "modified_noun",
        "Serbia, criticising Hungary, left early.",
        &[MODIFIED],
        &["Serbia -opposes-> Hungary [criticising]"],
    ),
    Row::model(
        "infinitive_clause",
        "Serbia vowed on Sunday to attack Kosovo.",
        &["Serbia -opposes-> Kosovo [attack]"],
    ),
    Row::model(
        "adverbial_clause",
        "Serbia angered Croatia by criticising Hungary.",
        &["Serbia -opposes-> Hungary [criticising]"],
    ),
    // the one joined in an act does it too
    Row::model(
        "joined_in_act",
        "Serbia joined Hungary in criticising Croatia.",
        &[
            "Serbia -opposes-> Croatia [criticising]",
            "Hungary -opposes-> Croatia [criticising]",
        ],
    ),
    Row::model(
        "joined_in_act",
        "Chile joined Peru in backing Bolivia.",
        &[
            "Chile -backs-> Bolivia [backing]",
            "Peru -backs-> Bolivia [backing]",
        ],
    ),
    Row::model(
        "-",
        "Serbia could join Hungary in criticising Croatia if the vote fails.",
        &[],
    ),
    Row::model("-", "Serbia joined Hungary in calling for calm.", &[]),
    // a passive adverbial clause shares the subject as its patient, the agent the source
    Row::model(
        "adverbial_clause",
        "Serbia hit back after being criticised by Hungary.",
        &["Hungary -opposes-> Serbia [criticised]"],
    ),
    Row::model(
        "adverbial_clause",
        "Serbia withdrew its envoy after being attacked by Hungary.",
        &["Hungary -opposes-> Serbia [attacked]"],
    ),
    Row::gold(
        "stray_nominal",
        "Serbia's government on Monday criticised Hungary.",
        &[STRAY],
        &["Serbia -opposes-> Hungary [criticised]"],
    ),
    Row::gold(
        "appositive_head",
        "Albania on Friday denounced Serbia.",
        &[HANGING],
        &["Albania -opposes-> Serbia [denounced]"],
    ),
    Row::gold(
        "number_object",
        "Hungary deported 40 Romanians.",
        &[NUMBER],
        &["Hungary -opposes-> Romania [deported]"],
    ),
    Row::gold(
        "author_phrase",
        "Serbia rejected proposals by Croatia.",
        &[AUTHOR],
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    Row::gold(
        "title_head_name",
        "Serbia criticised bank boss Anna Berg.",
        &[TITLE_HEAD],
        &["Serbia -opposes-> Anna Berg [criticised]"],
    ),
    // an organization heading a title and a person's name: the person acts
    Row::model(
        "organization_title_name",
        "EU Commissioner Olli Rehn met Serbian President Boris Tadic.",
        &["Olli Rehn -meets/sym-> Boris Tadic [met]"],
    ),
    Row::model(
        "organization_title_name",
        "UN Secretary-General Kofi Annan criticised Zimbabwe.",
        &["Kofi Annan -opposes-> Zimbabwe [criticised]"],
    ),
    // what a caller conveys in the purpose clause of a contact verb is the caller's (not
    // the object's, right before "to"; not object control, "called Y to ...")
    Row::model(
        "contact_purpose",
        "Chile phoned Peru to express support for Ecuador.",
        &[
            "Chile -meets/sym-> Peru [phoned]",
            "Chile -backs-> Ecuador [express support]",
        ],
    ),
    Row::model(
        "contact_purpose",
        "Finland called Sweden to express its support for Ukraine.",
        &[
            "Finland -meets/sym-> Sweden [called]",
            "Finland -backs-> Ukraine [support]",
        ],
    ),
    // a request is no contact purpose: "called Y to resign", "to back Z"
    Row::model("-", "Finland called Sweden to resign.", &[]),
    Row::model("-", "Finland called Sweden to back Ukraine.", &[]),
    // a gerund in a time phrase, with its other side in a "with" phrase, is the clause
    // subject's act; not when the subject names no actor, nor with no "with" phrase
    Row::model(
        "time_phrase_gerund",
        "The Taliban captured the district after weeks of fighting with Afghan forces.",
        &["Taliban -opposes/sym-> Afghanistan [fighting]"],
    ),
    Row::model(
        "-",
        "Prices fell after weeks of fighting with the rebels.",
        &[],
    ),
    Row::model(
        "-",
        "Armenia closed the road after days of fighting in the north.",
        &[],
    ),
    // ... a party named by common words ("Bread and Roses", `parties`) before its leader's
    // title, the name in apposition to the party's first word, or its conjunct past the
    // party's own coordinator
    Row::model(
        "organization_title_name",
        "Ana Lind met Bread and Roses leader Karl Berg on Monday.",
        &["Ana Lind -meets/sym-> Karl Berg [met]"],
    ),
    Row::model(
        "organization_title_name",
        "Norway criticised Bread and Roses leader Karl Berg over the fishing quota.",
        &["Norway -opposes-> Karl Berg [criticised]"],
    ),
    // ... a company's officer after "met with", the name parsed as a modifier of the
    // company's name (actors18)
    Row::model(
        "organization_title_name",
        "NASA Administrator Karl Berg met with Boeing chief executive Ana Lind in Houston.",
        &["Karl Berg -meets/sym-> Ana Lind [met]"],
    ),
    Row::model(
        "organization_title_name",
        "Mayor Karl Berg met with Boeing chief executive Ana Lind in Chicago.",
        &["Karl Berg -meets/sym-> Ana Lind [met]"],
    ),
    // a purpose infinitive is done by the main clause's subject
    Row::model(
        "purpose_infinitive",
        "Zoran Milanovic left Zagreb on Monday to hold talks with Aleksandar Vucic.",
        &["Zoran Milanovic -meets/sym-> Aleksandar Vucic [hold talks]"],
    ),
    // ... and so is that of a verb of using or sending a means (`means_verb`)
    Row::model(
        "purpose_infinitive",
        "Serbian police used tear gas to disperse Hungarian protesters.",
        &["Serbia -opposes-> Hungarian protesters [disperse]"],
    ),
    Row::model(
        "purpose_infinitive",
        "Croatia deployed troops to attack Serbia.",
        &["Croatia -opposes-> Serbia [attack]"],
    ),
    // a target naming no actor in front is its author's ("the proposal by X")
    Row::model(
        "author_owner",
        "Serbia rejected the proposal by Croatia on fishing.",
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    Row::model(
        "author_owner",
        "Slovenia welcomed the offer by Croatia to mediate.",
        &["Slovenia -backs-> Croatia [welcomed]"],
    ),
    Row::model("-", "Serbia rejected the proposal by a wide margin.", &[]),
    // `act_of_author`: an act or word whose "of" phrase names its author (`author_of_noun`)
    Row::model(
        "act_of_author",
        "Serbia rejected the latest demands of Croatia on Sunday.",
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    Row::model(
        "act_of_author",
        "Slovenia welcomed the decision of Croatia to open the border.",
        &["Slovenia -backs-> Croatia [welcomed]"],
    ),
    // a phrase that names no actor itself, a content, a patient
    Row::model(
        "-",
        "Serbia rejected allegations of Croatian interference.",
        &[],
    ),
    Row::model("-", "Serbia rejected the demands of the job.", &[]),
    // acts done by the actor of their "of" phrase: activities, drills, efforts
    Row::model(
        "act_of_author",
        "Serbia condemned the naval drills of Croatia near the coast.",
        &["Serbia -opposes-> Croatia [condemned]"],
    ),
    Row::model(
        "act_of_author",
        "Slovenia praised the efforts of Croatia to end the dispute.",
        &["Slovenia -backs-> Croatia [praised]"],
    ),
    // `part_of_whole`: a part or a copy of a thing is acted on as the thing is
    Row::model(
        "part_of_whole",
        "Serbia rejected most of the Croatian proposal.",
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    Row::model(
        "part_of_whole",
        "Slovenia welcomed key elements of the Austrian plan.",
        &["Slovenia -backs-> Austria [welcomed]"],
    ),
    Row::model(
        "part_of_whole",
        "Hungary criticised parts of the Commission's budget.",
        &["Hungary -opposes-> Commission [criticised]"],
    ),
    // `collective_of`: a band or a count of people stands for the people of its "of" phrase
    Row::model(
        "collective_of",
        "A group of Albanian gunmen attacked Serbia.",
        &["Albanian gunmen -opposes-> Serbia [attacked]"],
    ),
    Row::model(
        "collective_of",
        "Dozens of Serb militants attacked Croatia.",
        &["Serb militants -opposes-> Croatia [attacked]"],
    ),
    Row::model(
        "collective_of",
        "Serbia arrested a group of Albanian activists.",
        &["Serbia -opposes-> Albanian activists [arrested]"],
    ),
    // a group of things names no one, and a crowd that does nothing to anyone is no side
    Row::model("-", "Serbia criticised a group of companies.", &[]),
    Row::model(
        "-",
        "Dozens of Serb militants gathered near the border.",
        &[],
    ),
    // `located_hyphen`: where a thing is based or a person born is not whose they are
    Row::model(
        "located_hyphen",
        "Serbia banned the Austrian-based newspaper.",
        &[],
    ),
    Row::model(
        "located_hyphen",
        "Croatia praised the Hungarian-born economist.",
        &[],
    ),
    // a named thing based somewhere is still the side, and "-led" names the one acting
    Row::model(
        "-",
        "Serbia banned the Vienna-based newspaper Danas.",
        &["Serbia -opposes-> Danas [banned]"],
    ),
    Row::model(
        "-",
        "Serbia rejected the Croatian-led plan.",
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    // no owner named, or a part of a place
    Row::model("-", "Serbia rejected parts of the proposal.", &[]),
    Row::model("-", "Serbian troops shelled parts of the town.", &[]),
    // a contract is an agreement noun (`curated/triggers.tsv`), read as "a deal with X"
    Row::model(
        "-",
        "Serbia signed a contract with Siemens Energy on Monday.",
        &["Serbia -backs-> Siemens Energy [contract]"],
    ),
    Row::model(
        "-",
        "Serbia was encouraged by the decision of Croatia to open the border.",
        &[],
    ),
    // "from" names the author of a thing put to someone (`authored_noun`), not of one
    // received, nor of anything else
    Row::model(
        "author_owner",
        "Serbia rejected a revised takeover proposal from Croatia on Monday.",
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    Row::model(
        "author_owner",
        "Slovenia welcomed a fresh offer from Croatia.",
        &["Slovenia -backs-> Croatia [welcomed]"],
    ),
    Row::model(
        "-",
        "Serbia received a takeover approach from Croatia.",
        &[],
    ),
    Row::model("-", "Serbia rejected the offer from the start.", &[]),
    // a thing owned, run or held by an actor stands for it as a target (`owner_participle`)
    Row::model(
        "owner_participle",
        "Serbia seized a tanker chartered by Croatia.",
        &["Serbia -opposes-> Croatia [seized]"],
    ),
    Row::model(
        "owner_participle",
        "Serbian forces shelled positions held by Croatia.",
        &["Serbia -opposes-> Croatia [shelled]"],
    ),
    Row::model(
        "owner_participle",
        "Serbian air defences shot down a drone operated by Croatia.",
        &["Serbia -opposes-> Croatia [shot down]"],
    ),
    Row::model(
        "owner_participle",
        "Serbian police raided offices used by Hezbollah.",
        &["Serbia -opposes-> Hezbollah [raided]"],
    ),
    // ... and so does one belonging to an actor (`belonging_verb`)
    Row::model(
        "owner_participle",
        "Serbian forces seized a cargo belonging to Croatia.",
        &["Serbia -opposes-> Croatia [seized]"],
    ),
    // a deal stands for its parties (`event_parties`): refusing it opposes each of them
    Row::model(
        "event_parties",
        "Serbia blocked the purchase of Gazprom by Lukoil.",
        &[
            "Serbia -opposes-> Gazprom [blocked]",
            "Serbia -opposes-> Lukoil [blocked]",
            "Lukoil -backs-> Gazprom [purchase]",
        ],
    ),
    Row::model(
        "event_parties",
        "Serbia vetoed the sale of Gazprom to Lukoil.",
        &[
            "Serbia -opposes-> Gazprom [vetoed]",
            "Serbia -opposes-> Lukoil [vetoed]",
        ],
    ),
    // approving it backs the buyer, or both sides when no buyer is named
    Row::model(
        "-",
        "Serbia approved Lukoil's acquisition of Gazprom.",
        &[
            "Serbia -backs-> Lukoil [approved]",
            "Lukoil -backs-> Gazprom [acquisition]",
        ],
    ),
    Row::model(
        "event_parties",
        "Serbia approved the merger of Gazprom and Lukoil.",
        &[
            "Serbia -backs-> Gazprom [approved]",
            "Serbia -backs-> Lukoil [approved]",
            // the pair the merger joins (`joined_pair`)
            "Gazprom -backs/sym-> Lukoil [merger]",
        ],
    ),
    // a sale of things names no party
    Row::model("-", "Serbia vetoed the sale of government bonds.", &[]),
    // goods stand for the country they come from (`goods_origin`), not for a place
    Row::model(
        "goods_origin",
        "Serbia imposed duties on steel from Croatia.",
        &["Serbia -opposes-> Croatia [duties]"],
    ),
    Row::model(
        "goods_origin",
        "Serbia banned imports of Croatian wine.",
        &["Serbia -opposes-> Croatia [banned]"],
    ),
    // (the origin on the goods of an import's "of" phrase: `goods_origin` and
    // `trade_counterpart` both read it)
    Row::model(
        "-",
        "Serbia banned imports of wine from Croatia.",
        &["Serbia -opposes-> Croatia [banned]"],
    ),
    Row::model(
        "-",
        "Serbia imposed duties on steel from the Ruhr valley.",
        &[],
    ),
    // a trade flow stands for its other country (`trade_counterpart`): the "to" or "from"
    // phrase of the trade noun or of its goods, or after a participle of destination; not
    // when the trader is named in front (that trader is the target), nor a place
    Row::model(
        "trade_counterpart",
        "Serbia banned exports of timber to Croatia.",
        &["Serbia -opposes-> Croatia [banned]"],
    ),
    Row::model(
        "trade_counterpart",
        "Serbia banned imports of furniture and paper from Croatia.",
        &["Serbia -opposes-> Croatia [banned]"],
    ),
    Row::model(
        "trade_counterpart",
        "Serbia imposed a ban on exports of semiconductor equipment to Croatia.",
        &["Serbia -opposes-> Croatia [ban]"],
    ),
    Row::model(
        "trade_counterpart",
        "Serbia blocked a shipment of fuel bound for Croatia.",
        &["Serbia -opposes-> Croatia [blocked]"],
    ),
    Row::model(
        "-",
        "Serbia criticised Croatia's exports of timber to Hungary.",
        &["Serbia -opposes-> Croatia [criticised]"],
    ),
    Row::model(
        "-",
        "Serbia banned exports of timber to the Ruhr valley.",
        &[],
    ),
    Row::model("-", "Exports of timber to Croatia fell in March.", &[]),
    // a place as a target stands for its holder (`held_place`), named by its appositive
    // (here hung on the verb, or read as a second object); with none named, the place stays
    Row::model(
        "held_place",
        "The Serbian army shelled Knin, a town held by the Croatian army.",
        &["Serbia -opposes-> Croatia [shelled]"],
    ),
    Row::model(
        "held_place",
        // (a town the gazetteer does not know: a firm place is left out by `place_taken`
        // whoever holds it)
        "Serbian forces encircled Velmora, a city held by Ukraine.",
        &["Serbia -opposes-> Ukraine [encircled]"],
    ),
    Row::model(
        "-",
        "The Serbian army shelled Knin on Monday.",
        &["Serbia -opposes-> Knin [shelled]"],
    ),
    // a destination, a maker or a detainer is no owner
    Row::model("-", "Serbia seized a tanker bound for Croatia.", &[]),
    Row::model("-", "Serbia shot down a drone built by Croatia.", &[]),
    Row::model(
        "-",
        "Serbia condemned the arrest of a journalist held by Croatian police.",
        &[],
    ),
    // nor is the possessor of an act done to it, a name of two words as much as one
    Row::model("-", "Serbia condemned Ivan Petrov's arrest.", &[]),
    Row::model("-", "Serbia demanded Ivan Petrov's release.", &[]),
    Row::model("-", "Serbia condemned Petrov's arrest.", &[]),
    // a that-clause the parser read as an adverbial clause of a denial is still denied
    Row::model(
        "-",
        "Opposition leader Ivan Petrov denied on Sunday that he had met Ana Horvat in secret.",
        &[],
    ),
    Row::model(
        "-",
        "Opposition leader Ivan Petrov said on Sunday that he had met Ana Horvat in secret.",
        &["Ivan Petrov -meets/sym-> Ana Horvat [met]"],
    ),
    // backing or opposing a thing made by an actor backs or opposes its author, named by
    // an `author_verb` participle or relative clause (`author_participle`)
    Row::model(
        "author_participle",
        "Serbia condemned the cuts announced by Croatia.",
        &["Serbia -opposes-> Croatia [condemned]"],
    ),
    Row::model(
        "author_participle",
        "Serbia criticised the plan, which Croatia had championed.",
        &["Serbia -opposes-> Croatia [criticised]"],
    ),
    Row::model(
        "author_participle",
        "Serbia backed the bill that was introduced by Croatia.",
        &["Serbia -backs-> Croatia [backed]"],
    ),
    Row::model(
        "author_participle",
        "Serbia welcomed the resolution drafted by Croatia.",
        &["Serbia -backs-> Croatia [welcomed]"],
    ),
    // a participle of another verb names no author; a content clause is no relative
    Row::model("-", "Serbia backed the plan criticised by Croatia.", &[]),
    Row::model(
        "-",
        "Serbia condemned the claim that Croatia made a mistake.",
        &[],
    ),
    // the nationality of a title inside a possessor describes the person, who is the target
    // (right before the title, the sentence's actors leave it out already:
    // `scope_before_title` in `relations/mod.rs`; here a word stands between)
    Row::model(
        "title_inside_name",
        "Norway condemned Danish centre-left Prime Minister Mette Frederiksen's remarks.",
        &["Norway -opposes-> Mette Frederiksen [condemned]"],
    ),
    Row::model(
        "-",
        "Finland welcomed Estonian President Alar Karis's proposal.",
        &["Finland -backs-> Alar Karis [welcomed]"],
    ),
    // ... also when the parser hung it on the possessed noun
    Row::model(
        "-",
        "Norway condemned Danish Prime Minister Mette Frederiksen's remarks.",
        &["Norway -opposes-> Mette Frederiksen [condemned]"],
    ),
    // a name coordinated with a group's nationality, parsed as a shared modifier, is the
    // group's conjunct
    Row::model(
        "name_coordinated_into_group",
        "Ghana and Sudanese paramilitaries attacked Chad.",
        &[
            "Ghana -opposes-> Chad [attacked]",
            "Sudanese paramilitaries -opposes-> Chad [attacked]",
        ],
    ),
    Row::model(
        "name_coordinated_into_group",
        "Togo and Malian paramilitaries held talks.",
        &["Togo -meets/sym-> Malian paramilitaries [held talks]"],
    ),
    // ... an agent noun's shared modifiers stay as they are
    Row::model(
        "-",
        "NATO and US officials met Iran.",
        &[
            "NATO -meets/sym-> Iran [met]",
            "United States -meets/sym-> Iran [met]",
        ],
    ),
    // coordinated nationalities are each an actor
    Row::model(
        "-",
        "Austria criticised Hungarian and Slovak officials' remarks.",
        &[
            "Austria -opposes-> Hungary [criticised]",
            "Austria -opposes-> Slovakia [criticised]",
        ],
    ),
    Row::model("-", "The plan drafted by Croatia was rejected.", &[]),
    Row::model("-", "The plan was met with protests by Croatia.", &[]),
    // a passive subject's own "by" phrase, the clause's agent named apart (`np18`)
    Row::model(
        "own_by_phrase",
        "A proposal by Croatia was rejected by Serbia on Tuesday.",
        &["Serbia -opposes-> Croatia [rejected]"],
    ),
    // a comitative phrase fronted before the verb (hung on it) adds co-agents to the
    // subject; after the object it is left to the object (`np18`)
    Row::model(
        "fronted_comitative",
        "Along with Finland and Norway, Sweden condemned Russia.",
        &[
            "Sweden -opposes-> Russia [condemned]",
            "Finland -opposes-> Russia [condemned]",
            "Norway -opposes-> Russia [condemned]",
        ],
    ),
    Row::model(
        "fronted_comitative",
        "Along with Denmark, Sweden went on to criticise Russia.",
        &[
            "Sweden -opposes-> Russia [criticise]",
            "Denmark -opposes-> Russia [criticise]",
        ],
    ),
    Row::model(
        "-",
        "Unlike Finland, Sweden condemned Russia.",
        &["Sweden -opposes-> Russia [condemned]"],
    ),
    // "in alliance with Y" on the verb: Y acts beside the subject
    Row::model(
        "comitative_noun",
        "Sweden fought Russia in alliance with Finland.",
        &[
            "Sweden -opposes-> Russia [fought]",
            "Finland -opposes-> Russia [fought]",
            "Sweden -backs-> Finland [alliance]",
        ],
    ),
    Row::model(
        "comitative_noun",
        "Sweden began fighting Russia in 1940 in alliance with Finland.",
        &[
            "Sweden -opposes-> Russia [fighting]",
            "Finland -opposes-> Russia [fighting]",
            "Sweden -backs-> Finland [alliance]",
        ],
    ),
    Row::model(
        "-",
        "Sweden attacked Russia over its alliance with Finland.",
        &[
            "Sweden -opposes-> Russia [attacked]",
            "Russia -backs-> Finland [alliance]",
        ],
    ),
    // a named thing whose appositive is owned by an actor: the owner is the target
    Row::model(
        "owned_thing_name",
        "Swedish police raided Villa Nova, a farm owned by the Hells Angels, on Monday.",
        &["Sweden -opposes-> Hells Angels [raided]"],
    ),
    Row::model(
        "-",
        "Swedish police raided a farm near Malmo on Monday.",
        &[],
    ),
    // comitative prepositions add their actors to the phrase they hang off, either side
    Row::model(
        "comitative_conjunct",
        "Sweden, along with Finland, condemned Russia.",
        &[
            "Sweden -opposes-> Russia [condemned]",
            "Finland -opposes-> Russia [condemned]",
        ],
    ),
    Row::model(
        "comitative_conjunct",
        "Poland, along with Lithuania, met Ukraine.",
        &[
            "Poland -meets/sym-> Ukraine [met]",
            "Lithuania -meets/sym-> Ukraine [met]",
        ],
    ),
    // an inclusion phrase names some of what it hangs off (or off the verb, after the
    // object): they stand for it
    Row::model(
        "inclusion_phrase",
        "Moldova sanctioned several officials, including Viktor Orban.",
        &["Moldova -opposes-> Viktor Orban [sanctioned]"],
    ),
    Row::model(
        "inclusion_phrase",
        "Several countries, including Chile and Peru, condemned Bolivia.",
        &[
            "Chile -opposes-> Bolivia [condemned]",
            "Peru -opposes-> Bolivia [condemned]",
        ],
    ),
    Row::model(
        "inclusion_phrase",
        "Kenya met several regional leaders, such as Paul Kagame.",
        &["Kenya -meets/sym-> Paul Kagame [met]"],
    ),
    Row::model(
        "-",
        "The talks covered several issues, including Peru's debts.",
        &[],
    ),
    // a plural reference to a coordination named before ("the two countries", "the pair",
    // "they") stands for each of its actors; three names leave "the pair" to no one, and a
    // plural noun between keeps "they" from the names
    Row::model(
        "plural_reference",
        "Serbia and Croatia met in Vienna on Monday. The two countries criticised Hungary.",
        &[
            "Serbia -meets/sym-> Croatia [met]",
            "Serbia -opposes-> Hungary [criticised]",
            "Croatia -opposes-> Hungary [criticised]",
        ],
    ),
    Row::model(
        "plural_reference",
        "Ivan Petrov and Olaf Scholz arrived in Oslo on Monday. The pair praised Sweden.",
        &[
            "Ivan Petrov -backs-> Sweden [praised]",
            "Olaf Scholz -backs-> Sweden [praised]",
        ],
    ),
    Row::model(
        "plural_reference",
        "Ivan Petrov and Olaf Scholz arrived in Oslo on Monday. They criticised Hungary.",
        &[
            "Ivan Petrov -opposes-> Hungary [criticised]",
            "Olaf Scholz -opposes-> Hungary [criticised]",
        ],
    ),
    Row::model(
        "-",
        "Ivan Petrov and Olaf Scholz pledged their support for Sweden.",
        &[
            "Ivan Petrov -backs-> Sweden [support]",
            "Olaf Scholz -backs-> Sweden [support]",
        ],
    ),
    Row::model(
        "-",
        "Serbia, Croatia and Slovenia met in Vienna. The pair criticised Hungary.",
        &[
            "Serbia -meets/sym-> Croatia [met]",
            "Serbia -meets/sym-> Slovenia [met]",
            "Croatia -meets/sym-> Slovenia [met]",
        ],
    ),
    Row::model(
        "-",
        "Serbia and Croatia raised tariffs on Monday. Prices jumped, and they hurt Hungary.",
        &[],
    ),
    Row::model("-", "Hungary criticised both sides on Monday.", &[]),
    // a list of names in apposition to an agent noun stands for the noun, however the
    // parser hung it (on the noun, on its "of" phrase, on the verb, or the second name as a
    // conjunct of the noun); a list of places or things is none
    Row::model(
        "apposed_list",
        "Two Labour MPs, John Smith and Mary Jones, criticised Tony Blair.",
        &[
            "John Smith -opposes-> Tony Blair [criticised]",
            "Mary Jones -opposes-> Tony Blair [criticised]",
        ],
    ),
    // (here the parser hangs the list on "lawmakers" itself, which `appositive_name` reads)
    Row::model(
        "-",
        "Two lawmakers of the ruling party, Anna Berg and Olaf Scholz, criticised Hungary.",
        &[
            "Anna Berg -opposes-> Hungary [criticised]",
            "Olaf Scholz -opposes-> Hungary [criticised]",
        ],
    ),
    Row::model(
        "apposed_list",
        "Sweden met two opposition leaders, Anna Berg and Olaf Scholz, in Oslo on Monday.",
        &[
            "Sweden -meets/sym-> Anna Berg [met]",
            "Sweden -meets/sym-> Olaf Scholz [met]",
        ],
    ),
    Row::model(
        "-",
        "Sweden criticised two policies, the tariffs and the quotas, on Monday.",
        &[],
    ),
    // the parser may coordinate the adverbial after the list with its last name ("...,
    // Goran Petric and Milan Vukic, on Friday"): a conjunct opened by its own preposition
    // is no member of the list, and the list still stands for the noun in the object's
    // "of" phrase (before: the demonym, "Norway -opposes-> Serbia")
    Row::model(
        "apposed_list",
        "Norway froze the assets of two Serbian militia leaders, Goran Petric and Milan Vukic, on Friday over their role in the attacks.",
        &[
            "Norway -opposes-> Goran Petric [froze the assets]",
            "Norway -opposes-> Milan Vukic [froze the assets]",
        ],
    ),
    Row::model(
        "-",
        "Norway froze the assets of two Serbian militia leaders on Friday, Goran Petric said.",
        &["Norway -opposes-> Serbia [froze the assets]"],
    ),
    Row::model(
        "-",
        "Sweden criticised two officials, Anna Berg said on Monday.",
        &[],
    ),
    // a participle with a "by" agent modifying a noun: the noun is its patient
    Row::model(
        "reduced_passive",
        "Kosovo, backed by Albania, left the talks.",
        &["Albania -backs-> Kosovo [backed]"],
    ),
    Row::model(
        "reduced_passive",
        "Croatia, condemned by Serbia, left the talks.",
        &["Serbia -opposes-> Croatia [condemned]"],
    ),
    // a relative pronoun that is the clause's object: the antecedent is the target
    Row::model(
        "object_relative",
        "Hamas, which Syria funds, condemned Jordan.",
        &[
            "Syria -backs-> Hamas [funds]",
            "Hamas -opposes-> Jordan [condemned]",
        ],
    ),
    // a condition and what would follow from it are no stated events
    Row::model(
        "hypothetical",
        "If Russia invades Finland, Sweden would condemn Russia.",
        &[],
    ),
    Row::model(
        "hypothetical",
        "Hungary would condemn Croatia unless Croatia withdraws its troops.",
        &[],
    ),
    // the condition hung on an open complement, the modal on its verb
    Row::model(
        "hypothetical",
        "Serbia could become an ally of Hungary if the vote fails.",
        &[],
    ),
    // a question or a supposition (the auxiliary before the subject) states nothing
    Row::model(
        "inverted_clause",
        "Will Norway keep backing Estonia if the talks fail?",
        &[],
    ),
    Row::model(
        "inverted_clause",
        "Had Austria sent weapons to Slovenia, the war might have ended.",
        &[],
    ),
    Row::model("inverted_clause", "Did Latvia attack Belarus?", &[]),
    // the auxiliary after the subject: stated
    Row::model(
        "-",
        "Norway will keep backing Estonia.",
        &["Norway -backs-> Estonia [backing]"],
    ),
    // the charge of an accusation is not a stated event; the accusation is
    Row::model(
        "accusation_content",
        "Latvia accused Belarus of helping Russia.",
        &["Latvia -opposes-> Belarus [accused]"],
    ),
    Row::model(
        "accusation_content",
        "Slovakia accused Serbia of backing Russia.",
        &["Slovakia -opposes-> Serbia [accused]"],
    ),
    // a pronoun with a preposition is no object
    Row::model(
        "-",
        "Serbia gave a speech to Kosovo, in which Hungary praised Croatia.",
        &["Hungary -backs-> Croatia [praised]"],
    ),
    // "if" opening a complement asks a question; what it asks about is stated
    Row::model(
        "-",
        "Serbia was asked if Croatia's support for Kosovo had grown.",
        &["Croatia -backs-> Kosovo [support]"],
    ),
    // a condition on another clause leaves this one stated
    Row::model(
        "-",
        "Serbia condemned Kosovo, though Albania would back Kosovo if asked.",
        &["Serbia -opposes-> Kosovo [condemned]"],
    ),
    // a to-infinitive on the people a dispatch verb sends is done for the sender
    Row::model(
        "dispatched_agents",
        "Croatia sent 50 extra officers to help the Serbian border guard.",
        &["Croatia -backs-> Serbia [help]"],
    ),
    Row::model(
        "dispatched_agents",
        "Croatia recruited mercenaries to attack Serbia.",
        &["Croatia -opposes-> Serbia [attack]"],
    ),
    Row::model("-", "Croatia rejected a plan to help Serbia.", &[]),
    // the parser hangs "and Y" of a between-phrase on the main verb; the words after
    // "between" are read, through the noun a people's word modifies
    Row::model(
        "between_head_noun",
        "Talks between the Sudanese army and the RSF resumed in Jeddah.",
        &["Sudan -meets/sym-> Rapid Support Forces [Talks]"],
    ),
    Row::model(
        "between_head_noun",
        "Clashes between Indian police and Pakistan left four dead.",
        &["India -opposes/sym-> Pakistan [Clashes]"],
    ),
    // a noun with no actor's word before it still ends the set
    Row::model(
        "-",
        "Talks between the army and the RSF resumed in Jeddah.",
        &[],
    ),
    // a relative clause's verb in -s tagged a plural noun after its subject's name
    Row::model(
        "relative_clause_verb",
        "The Kachin Independence Army, which China backs, attacked Myanmar.",
        &[
            "China -backs-> Kachin Independence Army [backs]",
            "Kachin Independence Army -opposes-> Myanmar [attacked]",
        ],
    ),
    Row::model(
        "relative_clause_verb",
        "The Oromo Liberation Army, which Eritrea backs, fought Ethiopia in June.",
        &[
            "Eritrea -backs-> Oromo Liberation Army [backs]",
            "Oromo Liberation Army -opposes-> Ethiopia [fought]",
        ],
    ),
    // a relative clause on a thing: no side
    Row::model("-", "The dam, which Egypt opposes, opened in July.", &[]),
    // the main verb hung inside the relative clause, the noun before it the root
    Row::model(
        "relative_clause_end",
        "Tanja Fajon, who chairs the Slovenian Social Democratic Party, endorsed Robert Golob on Monday.",
        &["Tanja Fajon -backs-> Robert Golob [endorsed]"],
    ),
    Row::model(
        "relative_clause_end",
        "Alexei Navalny, whom Russia jailed, criticised Belarus.",
        &[
            "Russia -opposes-> Alexei Navalny [jailed]",
            "Alexei Navalny -opposes-> Belarus [criticised]",
        ],
    ),
    // the main verb a conjunct of the relative clause's verb with the subject inherited
    // through it: read before, as now
    Row::model(
        "-",
        "Tanja Fajon, who leads the Social Democrats, endorsed Robert Golob on Monday.",
        &["Tanja Fajon -backs-> Robert Golob [endorsed]"],
    ),
    // the relative clause's object read as the main verb's subject
    Row::model(
        "relative_clause_object",
        "Javier Milei, who has repeatedly praised former US President Donald Trump, met Trump at his estate in Florida on Friday.",
        &[
            "Javier Milei -backs-> Donald Trump [praised]",
            "Javier Milei -meets/sym-> Donald Trump [met]",
        ],
    ),
    // the relative pronoun labelled a passive subject beside the clause's subject
    Row::model(
        "relative_pronoun_object",
        "Hamas, which Iran has long backed, attacked Israel.",
        &[
            "Iran -backs-> Hamas [backed]",
            "Hamas -opposes-> Israel [attacked]",
        ],
    ),
    // a relative clause on a person's name, hung on a noun far back
    Row::model(
        "relative_clause_person",
        "Iran freed 12 political prisoners on Sunday, including the opposition figure Narges Rahimi, after a visit by the Omani envoy Badr Albusaidi, who held talks with Masoud Pezeshkian, according to the exiled opposition.",
        &["Badr Albusaidi -meets/sym-> Masoud Pezeshkian [held talks]"],
    ),
    // "who" after the name in a noun's phrase, hung on the name already
    Row::model(
        "-",
        "The ministry thanked the wife of John Smith, who met Olaf Scholz.",
        &["John Smith -meets/sym-> Olaf Scholz [met]"],
    ),
    // an adverbial clause under a verb of saying, read as its complement
    Row::model(
        "adverbial_complement",
        "Wang Yi said after meeting Penny Wong in Canberra that relations were improving.",
        &["Wang Yi -meets/sym-> Penny Wong [meeting]"],
    ),
    // parsed as an adverbial clause already
    Row::model(
        "-",
        "Recep Tayyip Erdogan said before meeting Vladimir Putin that he would raise the grain deal.",
        &["Recep Tayyip Erdogan -meets/sym-> Vladimir Putin [meeting]"],
    ),
    // its own subject: the clause's doer
    Row::model(
        "-",
        "Olaf Scholz said after Russia attacked Ukraine that Germany would help.",
        &["Russia -opposes-> Ukraine [attacked]"],
    ),
    // a phrase before the complement's mark hung on the complement's verb
    Row::model(
        "phrase_before_complement",
        "Emmanuel Macron said after talks with Olaf Scholz that Europe must act.",
        &["Emmanuel Macron -meets/sym-> Olaf Scholz [talks]"],
    ),
];

#[test]
fn actors_subjects_and_objects() {
    check_rows(&step_names(), ROWS);
}
