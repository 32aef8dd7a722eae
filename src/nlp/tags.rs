//! The label sets the models predict: Universal POS tags, English (Penn Treebank) XPOS
//! tags, Universal Dependencies relations and entity labels.
//!
//! Each label is a compact id (one byte) so analyses stay small and the models can index
//! arrays with it; `as_str` gives the treebank spelling.

use std::fmt;

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in id order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The treebank spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value spelled `text`, if any.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The compact id (index into [`Self::ALL`]).
            pub fn id(self) -> u8 {
                self as u8
            }

            /// The value with compact id `id`, if any.
            pub fn from_id(id: u8) -> Option<$name> {
                Self::ALL.get(id as usize).copied()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// A Universal Dependencies part-of-speech tag (the 17 UPOS tags).
    Upos {
        /// adjective
        Adj = "ADJ",
        /// adposition
        Adp = "ADP",
        /// adverb
        Adv = "ADV",
        /// auxiliary
        Aux = "AUX",
        /// coordinating conjunction
        Cconj = "CCONJ",
        /// determiner
        Det = "DET",
        /// interjection
        Intj = "INTJ",
        /// noun
        Noun = "NOUN",
        /// numeral
        Num = "NUM",
        /// particle
        Part = "PART",
        /// pronoun
        Pron = "PRON",
        /// proper noun
        Propn = "PROPN",
        /// punctuation
        Punct = "PUNCT",
        /// subordinating conjunction
        Sconj = "SCONJ",
        /// symbol
        Sym = "SYM",
        /// verb
        Verb = "VERB",
        /// other
        X = "X",
    }
}

string_enum! {
    /// An English Penn Treebank part-of-speech tag, as used by the EWT and GUM treebanks.
    Xpos {
        /// comma
        Comma = ",",
        /// sentence-final punctuation
        Period = ".",
        /// colon, semicolon, dash, ellipsis
        Colon = ":",
        /// opening quote
        OpenQuote = "``",
        /// closing quote
        CloseQuote = "''",
        /// opening bracket
        Lrb = "-LRB-",
        /// closing bracket
        Rrb = "-RRB-",
        /// currency sign
        Dollar = "$",
        /// hyphen
        Hyph = "HYPH",
        /// other punctuation
        Nfp = "NFP",
        /// email or web address
        Add = "ADD",
        /// affix
        Afx = "AFX",
        /// coordinating conjunction
        Cc = "CC",
        /// cardinal number
        Cd = "CD",
        /// determiner
        Dt = "DT",
        /// existential there
        Ex = "EX",
        /// foreign word
        Fw = "FW",
        /// goes-with fragment
        Gw = "GW",
        /// preposition or subordinating conjunction
        In = "IN",
        /// adjective
        Jj = "JJ",
        /// comparative adjective
        Jjr = "JJR",
        /// superlative adjective
        Jjs = "JJS",
        /// list item marker
        Ls = "LS",
        /// modal
        Md = "MD",
        /// singular noun
        Nn = "NN",
        /// singular proper noun
        Nnp = "NNP",
        /// plural proper noun
        Nnps = "NNPS",
        /// plural noun
        Nns = "NNS",
        /// predeterminer
        Pdt = "PDT",
        /// possessive ending
        Pos = "POS",
        /// personal pronoun
        Prp = "PRP",
        /// possessive pronoun
        PrpS = "PRP$",
        /// adverb
        Rb = "RB",
        /// comparative adverb
        Rbr = "RBR",
        /// superlative adverb
        Rbs = "RBS",
        /// particle
        Rp = "RP",
        /// symbol
        Sym = "SYM",
        /// to
        To = "TO",
        /// interjection
        Uh = "UH",
        /// verb, base form
        Vb = "VB",
        /// verb, past tense
        Vbd = "VBD",
        /// verb, gerund or present participle
        Vbg = "VBG",
        /// verb, past participle
        Vbn = "VBN",
        /// verb, non-3rd person singular present
        Vbp = "VBP",
        /// verb, 3rd person singular present
        Vbz = "VBZ",
        /// wh-determiner
        Wdt = "WDT",
        /// wh-pronoun
        Wp = "WP",
        /// possessive wh-pronoun
        WpS = "WP$",
        /// wh-adverb
        Wrb = "WRB",
        /// unknown
        Xx = "XX",
    }
}

string_enum! {
    /// A Universal Dependencies relation, with the English subtypes the EWT and GUM
    /// treebanks use.
    DepRel {
        /// root of the sentence
        Root = "root",
        /// punctuation
        Punct = "punct",
        /// case marking
        Case = "case",
        /// determiner
        Det = "det",
        /// nominal subject
        Nsubj = "nsubj",
        /// passive nominal subject
        NsubjPass = "nsubj:pass",
        /// outer subject of a copular clause
        NsubjOuter = "nsubj:outer",
        /// adjectival modifier
        Amod = "amod",
        /// adverbial modifier
        Advmod = "advmod",
        /// object
        Obj = "obj",
        /// indirect object
        Iobj = "iobj",
        /// oblique nominal
        Obl = "obl",
        /// agent in a passive
        OblAgent = "obl:agent",
        /// oblique without a case marker
        OblUnmarked = "obl:unmarked",
        /// temporal oblique (older UD releases)
        OblTmod = "obl:tmod",
        /// bare noun phrase oblique (older UD releases)
        OblNpmod = "obl:npmod",
        /// nominal modifier
        Nmod = "nmod",
        /// possessive nominal modifier
        NmodPoss = "nmod:poss",
        /// nominal modifier without a case marker
        NmodUnmarked = "nmod:unmarked",
        /// descriptive nominal modifier
        NmodDesc = "nmod:desc",
        /// temporal nominal modifier (older UD releases)
        NmodTmod = "nmod:tmod",
        /// bare noun phrase modifier (older UD releases)
        NmodNpmod = "nmod:npmod",
        /// compound
        Compound = "compound",
        /// phrasal verb particle
        CompoundPrt = "compound:prt",
        /// conjunct
        Conj = "conj",
        /// coordinating conjunction
        Cc = "cc",
        /// preconjunction
        CcPreconj = "cc:preconj",
        /// subordinating marker
        Mark = "mark",
        /// auxiliary
        Aux = "aux",
        /// passive auxiliary
        AuxPass = "aux:pass",
        /// copula
        Cop = "cop",
        /// adverbial clause
        Advcl = "advcl",
        /// adverbial relative clause
        AdvclRelcl = "advcl:relcl",
        /// open clausal complement
        Xcomp = "xcomp",
        /// clausal complement
        Ccomp = "ccomp",
        /// clausal modifier of a noun
        Acl = "acl",
        /// relative clause
        AclRelcl = "acl:relcl",
        /// flat multiword expression (names)
        Flat = "flat",
        /// flat foreign expression
        FlatForeign = "flat:foreign",
        /// appositional modifier
        Appos = "appos",
        /// numeric modifier
        Nummod = "nummod",
        /// parataxis
        Parataxis = "parataxis",
        /// discourse element
        Discourse = "discourse",
        /// expletive
        Expl = "expl",
        /// fixed multiword expression
        Fixed = "fixed",
        /// list
        List = "list",
        /// unspecified dependency
        Dep = "dep",
        /// clausal subject
        Csubj = "csubj",
        /// passive clausal subject
        CsubjPass = "csubj:pass",
        /// outer clausal subject
        CsubjOuter = "csubj:outer",
        /// predeterminer
        DetPredet = "det:predet",
        /// vocative
        Vocative = "vocative",
        /// goes with
        Goeswith = "goeswith",
        /// reparandum (disfluency)
        Reparandum = "reparandum",
        /// orphan in gapping
        Orphan = "orphan",
        /// dislocated element
        Dislocated = "dislocated",
        /// compound reduplication
        CompoundRedup = "compound:redup",
        /// classifier
        Clf = "clf",
    }
}

impl DepRel {
    /// The universal part of the relation, without its subtype (`nsubj:pass` -> `nsubj`).
    pub fn universal(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }

    /// The universal relation without its subtype (`nsubj:pass` -> `nsubj`), as a value.
    pub fn base(self) -> DepRel {
        match self {
            DepRel::NsubjPass | DepRel::NsubjOuter => DepRel::Nsubj,
            DepRel::OblAgent | DepRel::OblUnmarked | DepRel::OblTmod | DepRel::OblNpmod => {
                DepRel::Obl
            }
            DepRel::NmodPoss
            | DepRel::NmodUnmarked
            | DepRel::NmodDesc
            | DepRel::NmodTmod
            | DepRel::NmodNpmod => DepRel::Nmod,
            DepRel::CompoundPrt | DepRel::CompoundRedup => DepRel::Compound,
            DepRel::CcPreconj => DepRel::Cc,
            DepRel::AuxPass => DepRel::Aux,
            DepRel::AdvclRelcl => DepRel::Advcl,
            DepRel::AclRelcl => DepRel::Acl,
            DepRel::FlatForeign => DepRel::Flat,
            DepRel::CsubjPass | DepRel::CsubjOuter => DepRel::Csubj,
            DepRel::DetPredet => DepRel::Det,
            other => other,
        }
    }

    /// The relation spelled `text`; an unknown subtype falls back to its universal
    /// relation and anything else unknown to `dep`.
    pub fn parse_lenient(text: &str) -> DepRel {
        DepRel::parse(text)
            .or_else(|| DepRel::parse(text.split(':').next().unwrap_or(text)))
            .unwrap_or(DepRel::Dep)
    }
}

string_enum! {
    /// The kind of a named entity.
    EntityLabel {
        /// a person
        Person = "PER",
        /// an organization: company, agency, party, armed group
        Organization = "ORG",
        /// a place: country, city, region, geographic feature
        Location = "LOC",
        /// other names: nationalities and groups ("Palestinians", "Egyptian"), events, works
        Misc = "MISC",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_through_their_spelling() {
        for &t in Upos::ALL {
            assert_eq!(Upos::parse(t.as_str()), Some(t));
            assert_eq!(Upos::from_id(t.id()), Some(t));
        }
        for &t in Xpos::ALL {
            assert_eq!(Xpos::parse(t.as_str()), Some(t));
        }
        for &t in DepRel::ALL {
            assert_eq!(DepRel::parse(t.as_str()), Some(t));
        }
        assert_eq!(Upos::ALL.len(), 17);
    }

    #[test]
    fn unknown_relations_fall_back() {
        assert_eq!(DepRel::parse_lenient("nsubj:pass"), DepRel::NsubjPass);
        assert_eq!(DepRel::parse_lenient("obl:foo"), DepRel::Obl);
        assert_eq!(DepRel::parse_lenient("bogus"), DepRel::Dep);
        assert_eq!(DepRel::NsubjPass.universal(), "nsubj");
    }

    #[test]
    fn the_base_of_a_relation_is_its_universal_part() {
        for &t in DepRel::ALL {
            assert_eq!(t.base().as_str(), t.universal(), "{t}");
        }
    }
}
