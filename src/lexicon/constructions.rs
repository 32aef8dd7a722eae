//! Codes of the relations that a construction states, not a trigger word: read from
//! `assets/lexicon/constructions.tsv`.
//!
//! A trigger carries its own CAMEO code and Goldstein score (`triggers.tsv`). A few
//! relations come from how words combine instead: "halted aid to X" is no aid but a cut
//! (CAMEO 16, reduce relations); "called X a terrorist state" is a disapproval
//! (CAMEO 112) built from a verb of naming and a pejorative noun. Their relation class,
//! code and score are rows here, so that no code or score is written in a rule.

use super::table;
use crate::domain::RelationKind;
use crate::error::Result;

/// A construction that states a relation of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Construction {
    /// A reducer verb over an event noun of cooperation: "halted economic aid to X",
    /// "severed ties with X".
    ReducedCooperation,
    /// A verb of naming with a pejorative predicate noun: "called X a terrorist state".
    CharacterizedAsEnemy,
    /// A verb of naming with an appreciative predicate noun: "called X a true friend".
    CharacterizedAsFriend,
    /// The trigger class `stance`: a speaker's judgement of another actor, or of its
    /// words, plans or leadership, whose judging word is positive: "X said Y's remarks
    /// were well justified".
    StanceApproval,
    /// The trigger class `stance` with a negative judging word: "X called Y's
    /// leadership disastrous".
    StanceDisapproval,
    /// A show of force at another actor's border: a force verb, a force noun as its
    /// object and a frontier noun naming that actor ("massed troops on its border with
    /// X", "sent jets into X's air defence zone"; CAMEO 15, exhibit force posture).
    ForcePosture,
    /// Actors acting together: an event noun with a joint modifier whose doers are two
    /// actors or more ("X and Y launched joint strikes", "a joint patrol of X and Y";
    /// CAMEO 06, material cooperation).
    JointAction,
    /// Material aid handed to a receiver: a transfer verb with material as its object and
    /// the receiver in a "to" phrase ("delivered howitzers to X"), or the receiver as the
    /// subject of a passive ("X was given aid by Y") or of a receiving verb ("X received
    /// a loan from Y"; CAMEO 07, provide aid).
    MaterialTransfer,
    /// A person handed over to another state or court: a handover verb with a person as
    /// its object and the receiver in a "to" phrase ("extradited X to Y"; CAMEO 063,
    /// judicial cooperation, of the sender with the receiver).
    JudicialHandover,
    /// A demand stated by saying what another actor must do: a speech verb whose clausal
    /// complement has a mandative modal and another actor as its subject ("Turkey said
    /// Greece must stop arming the islands"; CAMEO 100, demand).
    StatedMandate,
    /// A candidate the learned decision keeps as `meets` though its trigger has another
    /// class (or none): the code of a consultation.
    DecidedMeets,
    /// A candidate the learned decision keeps as `backs` though its trigger has another
    /// class (or none): the code of diplomatic cooperation.
    DecidedBacks,
    /// A candidate the learned decision keeps as `opposes` though its trigger has another
    /// class (or none): most are demands and pressure ("urged X to withdraw").
    DecidedOpposes,
    /// An accusation of an earlier sentence denied or rejected: a `denial_verb` whose
    /// object is "the" and an `accusation_noun` ("Belarus denied the accusation"; CAMEO
    /// 120, reject: the denier rejects the accuser's claim).
    DeniedAccusation,
    /// A `contact_verb` with no meeting sense of its own ("called") whose purpose clause
    /// conveys something to its object: "X called Y to express his support" is a call
    /// between them (CAMEO 041, discuss by telephone; `contact_call`).
    ContactCall,
    /// An `auspices_noun` over a meeting or an agreement of two sides or more: "X and Y
    /// held talks under the auspices of Z" is Z's mediation, Z meets each side (CAMEO 045,
    /// mediate; `auspices_mediator`).
    AuspicesMediation,
    /// A reaction that judges another's act named again by a definite noun, by a
    /// condemning adjective in a reported copula or by a feeling toward it: "X said the
    /// duties were unfounded", "X was disappointed by the decision" (CAMEO 111,
    /// criticize or denounce; act19).
    ActDisapproved,
    /// The same with an approving word: "X said the decision was justified", "X was
    /// delighted with the decision" (CAMEO 051, praise or endorse; act19).
    ActApproved,
}

impl Construction {
    /// Every construction, in declaration order.
    pub const ALL: &'static [Construction] = &[
        Construction::ReducedCooperation,
        Construction::CharacterizedAsEnemy,
        Construction::CharacterizedAsFriend,
        Construction::StanceApproval,
        Construction::StanceDisapproval,
        Construction::ForcePosture,
        Construction::JointAction,
        Construction::MaterialTransfer,
        Construction::JudicialHandover,
        Construction::StatedMandate,
        Construction::DecidedMeets,
        Construction::DecidedBacks,
        Construction::DecidedOpposes,
        Construction::DeniedAccusation,
        Construction::ContactCall,
        Construction::AuspicesMediation,
        Construction::ActDisapproved,
        Construction::ActApproved,
    ];

    /// The name of the construction in the table.
    pub fn as_str(self) -> &'static str {
        match self {
            Construction::ReducedCooperation => "reduced_cooperation",
            Construction::CharacterizedAsEnemy => "characterized_as_enemy",
            Construction::CharacterizedAsFriend => "characterized_as_friend",
            Construction::StanceApproval => "stance_approval",
            Construction::StanceDisapproval => "stance_disapproval",
            Construction::ForcePosture => "force_posture",
            Construction::JointAction => "joint_action",
            Construction::MaterialTransfer => "material_transfer",
            Construction::JudicialHandover => "judicial_handover",
            Construction::StatedMandate => "stated_mandate",
            Construction::DecidedMeets => "decided_meets",
            Construction::DecidedBacks => "decided_backs",
            Construction::DecidedOpposes => "decided_opposes",
            Construction::DeniedAccusation => "denied_accusation",
            Construction::ContactCall => "contact_call",
            Construction::AuspicesMediation => "auspices_mediation",
            Construction::ActDisapproved => "act_disapproved",
            Construction::ActApproved => "act_approved",
        }
    }

    /// The construction named `name` in the table.
    pub fn parse(name: &str) -> Option<Construction> {
        Construction::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == name)
    }
}

/// What a construction states: its relation class, CAMEO code and Goldstein score.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstructionCode {
    /// The coarse class of the relation.
    pub relation: RelationKind,
    /// CAMEO event code: "160".
    pub cameo: Box<str>,
    /// Goldstein score of the code.
    pub goldstein: f32,
}

/// The codes of every construction.
#[derive(Debug, Clone, Default)]
pub struct Constructions {
    codes: Vec<Option<ConstructionCode>>,
}

/// The columns of `constructions.tsv`.
pub(crate) const COLUMNS: &[&str] = &["construction", "relation", "cameo", "goldstein"];

impl Constructions {
    /// Reads `constructions.tsv` (`file` names it in errors).
    ///
    /// # Errors
    ///
    /// [`crate::Error::Lexicon`] for a table of another format, an unknown construction
    /// or relation, a score that is no number, a construction listed twice or not at all.
    pub fn parse(file: &str, text: &str) -> Result<Constructions> {
        let mut codes = vec![None; Construction::ALL.len()];
        for row in table::rows(file, text, COLUMNS)? {
            let [name, relation, cameo, goldstein] = row.fields[..] else {
                unreachable!("table::rows checks the column count");
            };
            let construction = Construction::parse(name)
                .ok_or_else(|| row.error(file, format!("unknown construction {name:?}")))?;
            let relation = RelationKind::parse(relation)
                .filter(|k| *k != RelationKind::AffiliatedWith)
                .ok_or_else(|| row.error(file, format!("unknown relation {relation:?}")))?;
            let goldstein: f32 = goldstein
                .parse()
                .map_err(|_| row.error(file, format!("goldstein {goldstein:?} is not a number")))?;
            let slot = &mut codes[construction as usize];
            if slot.is_some() {
                return Err(row.error(file, format!("{name:?} is listed twice")));
            }
            *slot = Some(ConstructionCode {
                relation,
                cameo: cameo.into(),
                goldstein,
            });
        }
        if let Some(&missing) = Construction::ALL
            .iter()
            .find(|&&c| codes[c as usize].is_none())
        {
            return Err(table::error(
                file,
                text.lines().count(),
                format!("the construction {} has no row", missing.as_str()),
            ));
        }
        Ok(Constructions { codes })
    }

    /// The code of `construction`.
    ///
    /// # Panics
    ///
    /// On a `Constructions::default()`, which holds no rows; a parsed table holds them all.
    pub fn get(&self, construction: Construction) -> &ConstructionCode {
        self.codes[construction as usize]
            .as_ref()
            .expect("a parsed constructions table has every construction")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../assets/lexicon/constructions.tsv");

    #[test]
    fn the_shipped_table_loads() {
        let c = Constructions::parse("constructions.tsv", SHIPPED).expect("shipped table");
        let cut = c.get(Construction::ReducedCooperation);
        assert_eq!(
            (cut.relation, &*cut.cameo, cut.goldstein),
            (RelationKind::Opposes, "160", -4.0)
        );
        let friend = c.get(Construction::CharacterizedAsFriend);
        assert_eq!(friend.relation, RelationKind::Backs);
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let head = table::header(COLUMNS);
        let full: String = Construction::ALL
            .iter()
            .map(|c| format!("{}\topposes\t110\t-2.0\n", c.as_str()))
            .collect();
        let twice = format!(
            "c.tsv:{}: \"reduced_cooperation\" is listed twice",
            3 + Construction::ALL.len()
        );
        let cases = [
            (
                format!("{head}nothing\topposes\t110\t-2\n"),
                "c.tsv:3: unknown construction",
            ),
            (
                format!("{head}reduced_cooperation\tdislikes\t110\t-2\n"),
                "c.tsv:3: unknown relation",
            ),
            (
                format!("{head}reduced_cooperation\tbacks\t050\thigh\n"),
                "c.tsv:3: goldstein \"high\" is not a number",
            ),
            (
                format!("{head}{full}reduced_cooperation\tbacks\t050\t1\n"),
                twice.as_str(),
            ),
            (
                head.clone(),
                "c.tsv:2: the construction reduced_cooperation has no row",
            ),
        ];
        for (text, message) in cases {
            let err = Constructions::parse("c.tsv", &text)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(message), "{text:?}: {err}");
        }
        assert!(Constructions::parse("c.tsv", &format!("{head}{full}")).is_ok());
    }
}
