//! The licence notice (`assets/lexicon/NOTICE`) of the material the tables derive from.

use super::*;

/// The VerbNet licence, as the University of Colorado distributes it with VerbNet 3.x
/// (the copy of VerbNet in the data folder carries none of its own).
pub(crate) const VERBNET_LICENCE: &str = "\
VerbNet 3.0 License (also applies to VerbNet 3.X versions)

This software and database is being provided to you, the LICENSEE, by
the University of Colorado under the following license. By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

VerbNet 3.0 (or 3.X) Copyright 2009 by University of Colorado. All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND THE UNIVERSITY
OF COLORADO MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, THE UNIVERSITY
OF COLORADO MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of the University of Colorado or CU may not be used in
advertising or publicity pertaining to distribution of the software
and/or database. Title to copyright in this software, database and
any associated documentation shall at all times remain with
the University of Colorado and LICENSEE agrees to preserve same.";

pub(crate) fn render_notice(data: &Path, wordnet: &WordNet) -> Result<String> {
    let licence = read_text(&data.join("LICENSE.petrarch2.txt"))?;
    let mut copyrights = BTreeSet::new();
    for file in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "CAMEO.2.0.txt",
    ] {
        let text = read_text(&data.join(file))?;
        for line in text.lines().filter(|l| l.starts_with('#')) {
            let line = line.trim_start_matches('#').trim();
            if line.starts_with("Copyright") {
                copyrights.insert(format!("{line} ({file})"));
            }
        }
    }
    let mut out = String::new();
    out.push_str(
        "The files in this directory other than those under curated/ are derived from:\n\n\
         - the PETRARCH2 / Phoenix actor and agent dictionaries and the CAMEO verb\n  \
         dictionary (Open Event Data Alliance; Computational Event Data System Project),\n  \
         MIT licence (below): actors.tsv, agents.tsv, titles.tsv, triggers.tsv,\n  \
         object_sets.tsv, verb_forms.tsv;\n\
         - WordNet 3.0 (Princeton University), WordNet licence (below): the noun forms,\n  \
         phrasal verbs and verb senses in triggers.tsv (source \"wordnet\"), the base\n  \
         forms of objects in triggers.tsv and object_sets.tsv, person_nouns.tsv, the\n  \
         words of tag_dictionary.tsv, the act_noun rows of words.tsv;\n\
         - the Universal Dependencies English EWT (CC BY-SA 4.0) and GUM training files,\n  \
         as the tagger's models are: the words they tag as a verb are left out of\n  \
         tag_dictionary.tsv;\n\
         - VerbNet 3.4 (University of Colorado), VerbNet licence (below): the prepositions\n  \
         of frames in triggers.tsv (source \"verbnet\").\n\n\
         The files under curated/ are written for actorgraph and are distributed under the\n\
         crate's own licence.\n\n\
         Copyright lines of the source dictionaries:\n",
    );
    for c in &copyrights {
        let _ = writeln!(out, "  {c}");
    }
    out.push_str(
        "\nThe Goldstein weights follow Goldstein (1992), \"A Conflict-Cooperation Scale for\n\
         WEIS Events Data\", Journal of Conflict Resolution 36(2), as mapped to CAMEO codes.\n\
         The PLOVER material in the source folder is not used.\n\n\
         ---- LICENSE.petrarch2.txt ----\n\n",
    );
    out.push_str(licence.trim_end());
    out.push_str("\n\n---- WordNet 3.0 licence (from the head of its data files) ----\n\n");
    out.push_str(wordnet.licence.trim_end());
    out.push_str("\n\n---- VerbNet licence ----\n\n");
    out.push_str(VERBNET_LICENCE);
    out.push('\n');
    Ok(out)
}
