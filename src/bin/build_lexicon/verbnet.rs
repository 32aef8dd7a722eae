//! Reading VerbNet 3.4 (one XML file per class): the members of each class and
//! subclass, with their WordNet sense keys, and the syntactic frames they share, to learn
//! which preposition introduces which participant ("fight with X", "rebel against X",
//! "give X to Y").

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use super::*;

/// Thematic roles whose phrase names the other party of a relation between two actors.
pub(crate) const PARTY_ROLES: &[&str] = &[
    "Co-Agent",
    "Co-Patient",
    "Recipient",
    "Beneficiary",
    "Maleficiary",
    "Patient",
    "Experiencer",
];
/// Roles that name the other party only when the class restricts them to animate or
/// organized beings ("talk to X": Recipient; "appeal to X": a Goal that is +animate).
pub(crate) const ANIMATE_ROLES: &[&str] = &["Theme", "Stimulus", "Goal", "Destination", "Source"];
/// Selectional restrictions that make a role an actor.
const ANIMATE_RESTRICTIONS: &[&str] = &["animate", "human", "organization", "animal"];

/// One element of a frame's syntax.
#[derive(Clone, Debug, PartialEq)]
enum Syntax {
    /// A noun phrase of a role.
    Np(String),
    Verb,
    /// Prepositions (alternatives).
    Prep(Vec<String>),
    Other,
}

/// A class or subclass with what it inherits.
#[derive(Clone, Debug, Default)]
struct VnClass {
    id: String,
    /// Role -> restricted to animate beings.
    roles: HashMap<String, bool>,
    frames: Vec<Vec<Syntax>>,
}

/// What VerbNet says of a verb in one class.
#[derive(Clone, Debug)]
pub(crate) struct VnSense {
    /// WordNet sense keys of the member (may be empty).
    pub(crate) wn: Vec<String>,
    /// Prepositions that introduce the other party in some frame, with its role.
    pub(crate) preps: BTreeSet<(String, String)>,
}

#[derive(Default)]
pub(crate) struct VerbNet {
    /// Member lemma (lower case, spaces) -> its senses.
    pub(crate) senses: HashMap<String, Vec<VnSense>>,
}

impl VerbNet {
    /// Reads every `*.xml` class file of `dir`.
    pub(crate) fn load(dir: &Path) -> Result<VerbNet> {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "xml"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(format!("{}: no VerbNet class files (*.xml)", dir.display()));
        }
        let mut vn = VerbNet::default();
        for path in files {
            let text = read_text(&path)?;
            parse_class_file(&text, &mut vn).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(vn)
    }

    /// The senses of `lemma` that fit the WordNet synsets `synsets` (verb offsets): those
    /// whose member lists a sense key of one of them; a member without sense keys fits when
    /// the verb is in no other class.
    pub(crate) fn fitting(&self, wn: &WordNet, lemma: &str, synsets: &[u32]) -> Vec<&VnSense> {
        let Some(senses) = self.senses.get(lemma) else {
            return Vec::new();
        };
        let keyed: Vec<&VnSense> = senses
            .iter()
            .filter(|s| {
                s.wn.iter().any(|k| {
                    wn.sense_key_synset(k)
                        .is_some_and(|(pos, o)| pos == 'v' && synsets.contains(&o))
                })
            })
            .collect();
        if !keyed.is_empty() {
            return keyed;
        }
        if senses.len() == 1 && senses[0].wn.is_empty() {
            return vec![&senses[0]];
        }
        Vec::new()
    }
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.to_string())
}

fn parse_class_file(text: &str, vn: &mut VerbNet) -> std::result::Result<(), String> {
    let mut reader = Reader::from_str(text);
    // the class being read, and its ancestors
    let mut stack: Vec<VnClass> = Vec::new();
    let mut members: Vec<Vec<(String, Vec<String>)>> = Vec::new();
    let mut role: Option<String> = None;
    let mut in_syntax = false;
    let mut np_depth = 0usize;
    let mut frame: Vec<Syntax> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        let (e, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            Event::End(end) => {
                match end.name().as_ref() {
                    "VNCLASS" | "VNSUBCLASS" => {
                        let class = stack.pop().ok_or("unbalanced class")?;
                        for (name, wn) in members.pop().unwrap_or_default() {
                            vn.senses
                                .entry(name)
                                .or_default()
                                .push(sense_of(&class, wn));
                        }
                    }
                    "THEMROLE" => role = None,
                    "SYNTAX" => {
                        in_syntax = false;
                        if let Some(class) = stack.last_mut() {
                            class.frames.push(std::mem::take(&mut frame));
                        }
                    }
                    "NP" => np_depth = np_depth.saturating_sub(1),
                    _ => {}
                }
                continue;
            }
            Event::Eof => break,
            _ => (None, false),
        };
        let Some(e) = e else { continue };
        match e.name().as_ref() {
            "VNCLASS" | "VNSUBCLASS" => {
                let mut class = stack.last().cloned().unwrap_or_default();
                class.id = attr(&e, "ID").unwrap_or_default();
                stack.push(class);
                members.push(Vec::new());
            }
            "MEMBER" => {
                if let (Some(name), Some(list)) = (attr(&e, "name"), members.last_mut()) {
                    let wn = attr(&e, "wn")
                        .unwrap_or_default()
                        .split_whitespace()
                        .map(|k| k.trim_start_matches('?').to_string())
                        .collect();
                    list.push((name.replace('_', " ").to_lowercase(), wn));
                }
            }
            "THEMROLE" => {
                let kind = attr(&e, "type").unwrap_or_default();
                if let Some(class) = stack.last_mut() {
                    class.roles.entry(kind.clone()).or_insert(false);
                }
                role = (!empty).then_some(kind);
            }
            "SELRESTR" if !in_syntax => {
                let plus = attr(&e, "Value").as_deref() == Some("+");
                let kind = attr(&e, "type").unwrap_or_default();
                if let (Some(r), Some(class), true) = (&role, stack.last_mut(), plus)
                    && ANIMATE_RESTRICTIONS.contains(&kind.as_str())
                {
                    class.roles.insert(r.clone(), true);
                }
            }
            "SYNTAX" => {
                in_syntax = true;
                frame.clear();
            }
            "NP" if in_syntax => {
                if np_depth == 0 {
                    frame.push(Syntax::Np(attr(&e, "value").unwrap_or_default()));
                }
                if !empty {
                    np_depth += 1;
                }
            }
            "VERB" if in_syntax && np_depth == 0 => frame.push(Syntax::Verb),
            "PREP" | "LEX" if in_syntax && np_depth == 0 => {
                let value = attr(&e, "value").unwrap_or_default().to_lowercase();
                let preps: Vec<String> = value
                    .split(|c: char| c == '|' || c.is_whitespace())
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect();
                frame.push(if preps.is_empty() {
                    Syntax::Other
                } else {
                    Syntax::Prep(preps)
                });
            }
            "ADJ" | "ADV" if in_syntax && np_depth == 0 => frame.push(Syntax::Other),
            _ => {}
        }
    }
    Ok(())
}

fn is_party(class: &VnClass, role: &str) -> bool {
    let role = role.trim_start_matches('?');
    PARTY_ROLES.contains(&role)
        || (ANIMATE_ROLES.contains(&role) && class.roles.get(role).copied().unwrap_or(false))
}

fn sense_of(class: &VnClass, wn: Vec<String>) -> VnSense {
    let mut preps = BTreeSet::new();
    for frame in &class.frames {
        let Some(v) = frame.iter().position(|s| *s == Syntax::Verb) else {
            continue;
        };
        // (a party right after the verb is not read: VerbNet's syntax leaves out the
        // preposition of some frames, see `add_verbnet_frames`)
        for (k, s) in frame.iter().enumerate().skip(v + 1) {
            if let (Syntax::Prep(ps), Some(Syntax::Np(role))) = (s, frame.get(k + 1))
                && is_party(class, role)
            {
                let role = role.trim_start_matches('?');
                preps.extend(ps.iter().map(|p| (p.clone(), role.to_string())));
            }
        }
    }
    VnSense { wn, preps }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLASS: &str = r#"<!DOCTYPE VNCLASS SYSTEM "vn_class-3.dtd">
<VNCLASS ID="battle-36.4">
 <MEMBERS>
  <MEMBER name="argue" wn="argue%2:32:00" grouping=""/>
 </MEMBERS>
 <THEMROLES>
  <THEMROLE type="Agent"><SELRESTRS><SELRESTR Value="+" type="animate"/></SELRESTRS></THEMROLE>
  <THEMROLE type="Co-Agent"><SELRESTRS/></THEMROLE>
  <THEMROLE type="Theme"><SELRESTRS/></THEMROLE>
 </THEMROLES>
 <FRAMES>
  <FRAME><SYNTAX>
   <NP value="Agent"><SYNRESTRS/></NP><VERB/><PREP value="with"><SELRESTRS/></PREP>
   <NP value="Co-Agent"><SYNRESTRS/></NP><PREP value="about | over"/><NP value="Theme"/>
  </SYNTAX></FRAME>
 </FRAMES>
 <SUBCLASSES>
  <VNSUBCLASS ID="battle-36.4-1">
   <MEMBERS><MEMBER name="fight" wn="" grouping=""/></MEMBERS>
   <THEMROLES/>
   <FRAMES>
    <FRAME><SYNTAX><NP value="Agent"/><VERB/><NP value="Co-Agent"/></SYNTAX></FRAME>
   </FRAMES>
  </VNSUBCLASS>
 </SUBCLASSES>
</VNCLASS>"#;

    #[test]
    fn frames_give_the_prepositions_of_the_other_party() {
        let mut vn = VerbNet::default();
        parse_class_file(CLASS, &mut vn).unwrap();
        let argue = &vn.senses["argue"][0];
        let preps: Vec<(&str, &str)> = argue
            .preps
            .iter()
            .map(|(p, r)| (p.as_str(), r.as_str()))
            .collect();
        assert_eq!(preps, [("with", "Co-Agent")]);
        assert_eq!(argue.wn, ["argue%2:32:00"]);
        // a subclass inherits its class's frames and adds its own
        let fight = &vn.senses["fight"][0];
        assert_eq!(fight.preps.len(), 1);
    }
}
