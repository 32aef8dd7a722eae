//! Narrow repairs of the parser's trees, each for one construction the greedy parser gets
//! wrong on news and measured on the treebanks (see the README, "Linguistic models").

use super::tags::{DepRel, EntityLabel, Upos, Xpos};

/// Retags a floating quantifier between an auxiliary and its verb as an adverb, for a
/// second parse: in "France and Germany have both condemned Russia" the tagger reads
/// "both" as a determiner (DT), and the parser, which has a determiner right before a verb
/// almost nowhere in its training data, makes "both" a preconjunct and "condemned" an
/// adjective of "Russia", losing the subject and the relation. EWT and GUM tag the
/// quantifiers floating there ("they were both working", "we are all suffering") ADV RB.
/// A determiner (DET DT; not "that" read as a pronoun) right after an auxiliary, followed
/// by a bare verb or participle (VB, VBN) with only adverbs (RB) between ("have both
/// sharply criticised"), takes that tag, unless the first parse (`rels`) made the
/// auxiliary a copula: then the determiner belongs to the predicate's noun phrase ("you
/// 're the perverted old man", "is the preferred candidate"). A gerund (VBG) is left
/// alone ("is the leading cause"). A finite main verb before the determiner is taken for
/// an auxiliary (and retagged AUX) only when the first parse made the determiner, alone,
/// the subject of the verb after it ("Russia and Ukraine have each freed 200 prisoners":
/// "have" the root, "each" its participle's `nsubj:pass`); a determiner of a noun stays
/// ("rejected a revised proposal", "release the detained sailors"). Returns how many were
/// retagged.
pub(crate) fn floating_quantifier(upos: &mut [Upos], xpos: &mut [Xpos], rels: &[DepRel]) -> usize {
    let mut changed = 0;
    for i in 1..upos.len() {
        let before = i - 1;
        // "have" read as a main verb ("X and Y have each freed ..."): the first parse then
        // makes the lone determiner the subject of the participle after it
        let finite = matches!(xpos[before], Xpos::Vbp | Xpos::Vbz | Xpos::Vbd);
        let lone_subject = matches!(rels[i], DepRel::Nsubj | DepRel::NsubjPass);
        let auxiliary = upos[before] == Upos::Aux && rels[before] != DepRel::Cop
            || upos[before] == Upos::Verb && finite && lone_subject;
        if upos[i] != Upos::Det || xpos[i] != Xpos::Dt || !auxiliary {
            continue;
        }
        let Some(v) = (i + 1..upos.len()).find(|&k| xpos[k] != Xpos::Rb) else {
            continue;
        };
        if upos[v] != Upos::Verb || !matches!(xpos[v], Xpos::Vb | Xpos::Vbn) {
            continue;
        }
        upos[i] = Upos::Adv;
        xpos[i] = Xpos::Rb;
        upos[before] = Upos::Aux;
        changed += 1;
    }
    changed
}

/// Reattaches a second object conjunct that the parser hung on the verb to the first
/// object: in "Michael Howard accused the minister and Gordon Brown of squabbling" the
/// parser makes "Brown" a `conj` of "accused" (a second clause or predicate) instead of a
/// `conj` of "minister", and the relation to Brown is lost.
///
/// A blanket repair of nominal conjuncts of verbs is wrong more often than right on EWT and
/// GUM (most are coordinated predicates or clauses with the verb elided), so this one is
/// narrow. A conjunct `x` of verb `v` moves to `v`'s object `d` when all hold:
/// - `x` is a noun, proper noun or pronoun, and `x` or `d` is a proper noun (a name
///   coordinated with a description of an actor, the case that costs relations);
/// - `x` heads no clause and no possessor (no subject, copula, auxiliary, marker, object,
///   expletive or `nmod:poss` of its own: "December and January's figures" stays);
/// - `x` has a coordinating conjunction `cc` before it that starts `x`'s phrase, and `d`'s
///   phrase ends right before that conjunction ("the minister | and Gordon Brown"), `d`
///   standing after the verb.
///
/// Heads are in the CoNLL-U convention (0 the root, `i + 1` token `i`); the tree stays
/// projective (`d`'s phrase and `x`'s phrase are adjacent). Returns how many arcs moved.
pub(crate) fn coordinated_objects(upos: &[Upos], heads: &mut [u32], rels: &[DepRel]) -> usize {
    let n = heads.len();
    let nominal = |i: usize| matches!(upos[i], Upos::Noun | Upos::Propn | Upos::Pron);
    // only sentences with a nominal conjunct of a verb need the spans below
    let suspects = (0..n).any(|x| {
        rels[x] == DepRel::Conj && heads[x] != 0 && upos[heads[x] as usize - 1] == Upos::Verb
    });
    if !suspects {
        return 0;
    }
    let spans = phrase_spans(heads);
    let clause_or_possessor = |r: DepRel| {
        matches!(
            r,
            DepRel::Nsubj
                | DepRel::NsubjPass
                | DepRel::NsubjOuter
                | DepRel::Cop
                | DepRel::Aux
                | DepRel::AuxPass
                | DepRel::Mark
                | DepRel::Obj
                | DepRel::Expl
                | DepRel::Csubj
                | DepRel::NmodPoss
        )
    };
    let mut moved = 0;
    for x in 0..n {
        if rels[x] != DepRel::Conj || heads[x] == 0 || !nominal(x) {
            continue;
        }
        let v = heads[x] as usize - 1;
        if upos[v] != Upos::Verb {
            continue;
        }
        if dependents(heads, x).any(|k| clause_or_possessor(rels[k])) {
            continue;
        }
        let Some(cc) = dependents(heads, x).find(|&k| k < x && rels[k] == DepRel::Cc) else {
            continue;
        };
        if spans[x].0 != cc || cc == 0 {
            continue;
        }
        let object = dependents(heads, v).find(|&d| {
            rels[d] == DepRel::Obj
                && v < d
                && d < cc
                && nominal(d)
                && spans[d].1 == cc - 1
                && (upos[x] == Upos::Propn || upos[d] == Upos::Propn)
        });
        if let Some(d) = object {
            heads[x] = d as u32 + 1;
            moved += 1;
        }
    }
    moved
}

/// Puts a person's name in the place the parser gave the role noun before it: in "held
/// talks with LSE boss Clara Furse" the parser makes "boss" the `nmod` of "talks" (with
/// "with") and "Clara Furse" a second, caseless `obl` of "held", so "Furse" is no longer
/// the one the talks are with. The name takes the role noun's head and relation (and its
/// case marker), and the role noun becomes the name's `nmod:desc`, as the parser itself
/// attaches "Tory leader Michael Howard".
///
/// The names are those the entity recognizer found (`people`: token ranges; people,
/// organizations, places and other names alike: "held merger talks with US telecoms firm
/// Verizon" splits as the person's phrase does), since proper nouns after a noun are as
/// often dates or titles ("released a statement Friday"). A name moves when all hold: the token before it is a
/// noun whose phrase ends there; neither is attached to the other; the noun is an object,
/// oblique or nominal modifier; the name is an oblique, object, nominal modifier or
/// unlabelled dependent (not a subject: there the name's place is right, "prosecutor
/// Bernd Mauruschat limited ..."; not an apposition: "Merck's head of research Peter Kim"
/// has the name right, apposed to "head", and in the 200 BBC articles no apposed name
/// moved for the better); and the noun's head is not inside the name's phrase. Returns
/// how many names moved.
pub(crate) fn role_before_name(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &mut [DepRel],
    people: impl IntoIterator<Item = (usize, usize)>,
) -> usize {
    let mut moved = 0;
    for (s, e) in people {
        let Some(n) = head_after_words(heads, (s, e)) else {
            continue;
        };
        let r = s - 1;
        if upos[r] != Upos::Noun {
            continue;
        }
        let (hr, hn) = (heads[r] as usize, heads[n] as usize);
        if hr == 0 || hn == 0 || hr == n + 1 || hn == r + 1 {
            continue;
        }
        if dependents(heads, r).any(|k| k > r) {
            continue;
        }
        let role_place = matches!(
            rels[r],
            DepRel::Obj | DepRel::Obl | DepRel::Nmod | DepRel::Iobj | DepRel::OblAgent
        );
        let name_place = matches!(
            rels[n],
            DepRel::Obl
                | DepRel::OblUnmarked
                | DepRel::OblNpmod
                | DepRel::Obj
                | DepRel::Nmod
                | DepRel::Dep
        );
        if !role_place || !name_place || descends(heads, hr - 1, n) {
            continue;
        }
        heads[n] = hr as u32;
        rels[n] = rels[r];
        heads[r] = n as u32 + 1;
        rels[r] = DepRel::NmodDesc;
        for k in 0..r {
            if heads[k] as usize == r + 1 && rels[k] == DepRel::Case {
                heads[k] = n as u32 + 1;
            }
        }
        moved += 1;
    }
    moved
}

/// Labels a name right after a verb its object where the labeler called it an oblique with
/// no preposition: in "Emmanuel Macron urged Brazilian President Lula da Silva to
/// withdraw" the tree is right but "Lula" is an `obl` (and an `obl:agent` with no "by" in
/// "hosted Nigerian President Bola Tinubu in Paris"), so the verb has no object and the
/// demand or the meeting is lost.
///
/// A proper noun `d` labelled `obl` or `obl:agent` becomes `obj` when all hold: its head
/// `v` is a verb with no object, `d`'s phrase starts right after `v` (no preposition, no
/// word between them), and `d` has no case marker of its own. A time or measure phrase
/// keeps its own label (`obl:unmarked`, `obl:tmod`, `obl:npmod`: "closed Tuesday"). On the
/// EWT and GUM training files it relabels 16 arcs: 8 objects (gained), 2 obliques (lost),
/// 6 wrong either way (4 of them with the head wrong); on dev 2 objects, none lost. Only the labels change. Returns how
/// many did.
pub(crate) fn caseless_name_object(upos: &[Upos], heads: &[u32], rels: &mut [DepRel]) -> usize {
    let n = heads.len();
    let suspects =
        (0..n).any(|d| matches!(rels[d], DepRel::Obl | DepRel::OblAgent) && upos[d] == Upos::Propn);
    if !suspects {
        return 0;
    }
    let spans = phrase_spans(heads);
    let mut changed = 0;
    for d in 0..n {
        if !matches!(rels[d], DepRel::Obl | DepRel::OblAgent) || upos[d] != Upos::Propn {
            continue;
        }
        let Some(v) = (heads[d] as usize).checked_sub(1) else {
            continue;
        };
        if upos[v] != Upos::Verb
            || d < v
            || spans[d].0 != v + 1
            || dependents(heads, d).any(|k| rels[k] == DepRel::Case)
            || dependents(heads, v).any(|k| rels[k] == DepRel::Obj)
        {
            continue;
        }
        rels[d] = DepRel::Obj;
        changed += 1;
    }
    changed
}

/// Makes a noun hung on a verb as its second subject, after it, the object of the verb
/// right before it: in "NATO said on Tuesday it would support Joe Biden." the parser hangs
/// "Joe" on "said" as an `nsubj` (so "said" has two subjects and "support" none of its
/// objects), and the support is lost.
///
/// A subject `d` (a noun or proper noun) of `v` becomes the object of `w` when all hold:
/// `d` stands after `v`, and `v` has another subject before it (a verb has one subject;
/// a subject after its verb alone is an inversion: "said John Smith"); `w`, the token
/// right before `d`'s phrase, is a verb under `v` with no object of its own. The parser
/// makes no such pair of subjects on the EWT and GUM training and dev files. Returns how
/// many moved.
pub(crate) fn object_read_as_subject(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> usize {
    let n = heads.len();
    let late_subject = |d: usize, heads: &[u32], rels: &[DepRel]| {
        rels[d] == DepRel::Nsubj
            && heads[d] != 0
            && (heads[d] as usize) <= d
            && matches!(upos[d], Upos::Noun | Upos::Propn)
    };
    if !(0..n).any(|d| late_subject(d, heads, rels)) {
        return 0;
    }
    let mut moved = 0;
    for d in 0..n {
        if !late_subject(d, heads, rels) {
            continue;
        }
        let v = heads[d] as usize - 1;
        if !dependents(heads, v).any(|s| s < v && rels[s] == DepRel::Nsubj) {
            continue;
        }
        let spans = phrase_spans(heads);
        let Some(w) = spans[d].0.checked_sub(1) else {
            continue;
        };
        if w <= v
            || upos[w] != Upos::Verb
            || !descends(heads, w, v)
            || dependents(heads, w).any(|k| rels[k] == DepRel::Obj)
        {
            continue;
        }
        heads[d] = w as u32 + 1;
        rels[d] = DepRel::Obj;
        moved += 1;
    }
    moved
}

/// Makes the role noun before a person's name the name's description where the parser read
/// both as subjects of one verb: in "Danish energy commissioner Lars Holm met X" it hangs
/// "commissioner" and "Lars" on "met" as two `nsubj`s, and the title's
/// nationality then acts too. When a name (`names`: the recognizer's spans) is a subject
/// and the phrase right before it, ending where the name begins, is another subject of the
/// same verb headed by a noun, the noun becomes the name's `nmod:desc` (as the parser
/// itself attaches "Tory leader Michael Howard"). A verb has one subject in UD, so two are
/// an error; with no conjunction or comma between them they are one phrase. Returns how
/// many moved.
pub(crate) fn subject_before_name(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &mut [DepRel],
    names: &[(usize, usize)],
) -> usize {
    let mut moved = 0;
    for &(s, e) in names {
        let Some(n) = head_after_words(heads, (s, e)) else {
            continue;
        };
        if rels[n] != DepRel::Nsubj || heads[n] == 0 {
            continue;
        }
        let verb = heads[n];
        // (the spans only for a verb with a second subject before the name: most have one)
        if !(0..s).any(|r| heads[r] == verb && rels[r] == DepRel::Nsubj) {
            continue;
        }
        let spans = phrase_spans(heads);
        let first = (0..s).find(|&r| {
            heads[r] == verb
                && rels[r] == DepRel::Nsubj
                && spans[r].1 + 1 == s
                && matches!(upos[r], Upos::Noun | Upos::Propn)
        });
        if let Some(r) = first {
            heads[r] = n as u32 + 1;
            rels[r] = DepRel::NmodDesc;
            moved += 1;
        }
    }
    moved
}

/// Makes the first of two names joined by a conjunction its partner's conjunct where the
/// parser folded it into the second name's phrase: in "North Korea and South Korea held
/// talks" the parser reads a chain of compounds ("North Korea and South" all modifying the
/// last "Korea"), so the subject is South Korea alone and the coordination is lost.
///
/// The parser also reads "South Africa and New Zealand signed" as two subjects of the
/// verb, neither the other's conjunct.
///
/// `names` are the recognizer's entity spans (token ranges, in order). Two names are
/// coordinated when the one token between them is a coordinating conjunction attached
/// inside the second name. Then, with `a` and `b` the names' heads (their one token
/// attached outside them):
/// - `a` attached inside the second name by anything but `conj` becomes a `conj` of `b`
///   (the arc stays where it was, so the tree stays projective; UD would put the first
///   conjunct on top, but the readers of the tree follow `conj` either way);
/// - `a` and `b` attached to one head with one relation (two subjects, two objects): `b`
///   becomes the `conj` of `a`, as UD has it.
///
/// Returns how many names were joined.
pub(crate) fn coordinated_names(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &mut [DepRel],
    names: &[(usize, usize)],
) -> usize {
    let n_tokens = heads.len();
    let mut joined = 0;
    for w in names.windows(2) {
        let ((s1, e1), (s2, e2)) = (w[0], w[1]);
        if s1 >= e1 || s2 >= e2 || e2 > n_tokens || e1 + 1 != s2 || upos[e1] != Upos::Cconj {
            continue;
        }
        let (Some(a), Some(b)) = (span_head(heads, (s1, e1)), span_head(heads, (s2, e2))) else {
            continue;
        };
        let cc = heads[e1] as usize;
        if cc == 0 || !(s2..e2).contains(&(cc - 1)) || rels[a] == DepRel::Conj {
            continue;
        }
        let h = heads[a] as usize;
        if h != 0 && (s2..e2).contains(&(h - 1)) {
            heads[a] = b as u32 + 1;
            rels[a] = DepRel::Conj;
            joined += 1;
        } else if heads[a] == heads[b] && rels[a] == rels[b] {
            heads[b] = a as u32 + 1;
            rels[b] = DepRel::Conj;
            joined += 1;
        }
    }
    joined
}

/// Makes a person's name after a conjunction, with its title before it, one conjunct of
/// the name before the conjunction, where the parser broke the title and the name apart:
/// in "Serbian President Nikola Stojanovic and Hungarian Prime Minister Viktor Balogh
/// signed" it makes "Hungarian" a `conj` of "Nikola" and "Viktor" an `appos`; in "Turkish
/// President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed" it makes
/// "Vladimir" the subject and "Recep" an `obl`; in "Egyptian Foreign Minister Sameh
/// Shoukry and his Jordanian counterpart Ayman Safadi met" it makes "counterpart" a
/// conjunct of its own, so Jordan meets. Official texts and wire copy write leaders this
/// way all the time.
///
/// `entities` are the recognizer's spans (token ranges and labels, in order). The shape: a person's name `s..e` whose title words (`s - k..s`, 1 to 6 words:
/// determiners, adjectives, nouns and proper nouns, a possessive pronoun first, a noun or
/// proper noun last) follow a coordinating conjunction `c` that ends another name (any
/// kind: "The United Arab Emirates and Brazilian President Lula da Silva"). With `a` and
/// `b` the two names' heads (a second name whose words all hung on one head outside it is
/// rebuilt first: its first word the head, the others `flat`), nothing changes when `b` is already `a`'s `conj` with every
/// title word under it; nor when a word outside the second conjunct hangs on a title word
/// or a name word other than `b` (the phrase is built otherwise). Else `b` becomes `a`'s
/// `conj` and the conjunction its `cc`; each title word not under `b` hangs on the last
/// title word (`det`, `nmod:poss`, `amod`, `compound` by its tag), the last one on `b`
/// (`nmod:desc`, as the parser attaches "Tory leader Michael Howard"). `a` keeps its place
/// when `b` hung inside the first name or both had one head and relation; it takes `b`'s
/// place when it hung inside the second conjunct, or when both hung on one head and `b`
/// was the subject ("Recep" an `obl`, "Vladimir" the `nsubj`); any other tree is left
/// alone. Returns how many conjuncts were joined.
pub(crate) fn titled_conjunct(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &mut [DepRel],
    entities: &[(usize, usize, EntityLabel)],
) -> usize {
    const MAX_TITLE: usize = 6;
    let n = heads.len();
    let mut joined = 0;
    let people = entities.iter().filter(|x| x.2 == EntityLabel::Person);
    for &(s, e, _) in people {
        if s < 3 || e > n || s >= e {
            continue;
        }
        // the title words back to the conjunction
        let title_word =
            |k: usize| matches!(upos[k], Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn);
        let mut c = s - 1;
        while c > 0 && s - c <= MAX_TITLE && title_word(c) {
            c -= 1;
        }
        if c + 1 == s {
            continue;
        }
        // a possessive first ("and his Jordanian counterpart")
        if upos[c] == Upos::Pron && c > 0 && c + 1 < s {
            c -= 1;
        }
        if upos[c] != Upos::Cconj || !matches!(upos[s - 1], Upos::Noun | Upos::Propn) {
            continue;
        }
        let Some(&(s1, e1, _)) = entities.iter().find(|x| x.1 == c) else {
            continue;
        };
        let Some(a) = span_head(heads, (s1, e1)) else {
            continue;
        };
        // a name the parser hung word by word on one head ("President Paul Kagame and
        // Congolese President Felix Tshisekedi": "Felix" and "Tshisekedi" each a `list`
        // of "Paul") is one phrase headed by its first word
        let hung_out = |heads: &[u32], k: usize| heads[k] as usize <= s || heads[k] as usize > e;
        let (b, broken) = match span_head(heads, (s, e)) {
            Some(b) => (b, false),
            None if (s..e)
                .filter(|&k| hung_out(heads, k))
                .all(|k| heads[k] == heads[s])
                && heads[s] != 0 =>
            {
                (s, true)
            }
            None => continue,
        };
        let chunk = c..e;
        let title = c + 1..s;
        if heads[b] as usize == a + 1
            && rels[b] == DepRel::Conj
            && title.clone().all(|k| descends(heads, k, b))
        {
            continue;
        }
        // no word outside hangs on a title word or on a name word other than b
        let inside = |h: u32| h != 0 && chunk.contains(&(h as usize - 1)) && h as usize - 1 != b;
        if (0..n).any(|k| k != a && !chunk.contains(&k) && inside(heads[k])) {
            continue;
        }
        let (ha, hb) = (heads[a] as usize, heads[b] as usize);
        let subject = |r: DepRel| matches!(r, DepRel::Nsubj | DepRel::NsubjPass);
        let a_takes = if ha != 0 && chunk.contains(&(ha - 1)) {
            true
        } else if hb != 0 && (s1..e1).contains(&(hb - 1)) || ha == hb && rels[a] == rels[b] {
            false
        } else if ha == hb && subject(rels[b]) && !subject(rels[a]) {
            true
        } else {
            continue;
        };
        if a_takes {
            if hb != 0 && chunk.contains(&(hb - 1)) {
                continue;
            }
            heads[a] = hb as u32;
            rels[a] = rels[b];
        }
        if broken {
            for k in s + 1..e {
                if hung_out(heads, k) {
                    heads[k] = s as u32 + 1;
                    rels[k] = DepRel::Flat;
                }
            }
        }
        heads[b] = a as u32 + 1;
        rels[b] = DepRel::Conj;
        heads[c] = b as u32 + 1;
        rels[c] = DepRel::Cc;
        let last = s - 1;
        for k in title.rev() {
            if descends(heads, k, b) {
                continue;
            }
            if k == last {
                heads[k] = b as u32 + 1;
                rels[k] = DepRel::NmodDesc;
                continue;
            }
            heads[k] = last as u32 + 1;
            rels[k] = match upos[k] {
                Upos::Det => DepRel::Det,
                Upos::Pron => DepRel::NmodPoss,
                Upos::Adj => DepRel::Amod,
                _ => DepRel::Compound,
            };
        }
        joined += 1;
    }
    joined
}

/// Hangs a coordinated phrase after a place on the noun the place modifies: in "talks in
/// Kyiv between Prime Minister Helen Marsh and President Volodymyr Zelensky" the parser
/// makes "Helen" (with "between") an `nmod` of "Kyiv", so the talks have no sides, while
/// "talks between X and Y in Kyiv" is read. A place named in a prepositional phrase is
/// seldom itself modified by a second one that coordinates actors, so the second phrase
/// belongs to the event noun ("a meeting in Doha between the two sides", "offices in
/// London of Barclays and HSBC").
///
/// `x` moves from `y` to `z` when all hold: `x` is a noun or proper noun with a case marker
/// of its own that opens its phrase, and a `conj`; `x` is an `nmod` of `y`, a place (the
/// recognizer's location span, `places`) whose phrase ends right before `x`'s; `y` is an
/// `nmod` or `obl` with a case marker of its own, hung on a noun `z` before it. Returns how
/// many moved.
pub(crate) fn phrase_after_place(
    upos: &[Upos],
    heads: &mut [u32],
    rels: &[DepRel],
    entities: &[(usize, usize, EntityLabel)],
) -> usize {
    let mut moved = 0;
    for &(s, e, label) in entities {
        if label != EntityLabel::Location {
            continue;
        }
        let Some(y) = head_after_words(heads, (s, e)) else {
            continue;
        };
        if rels[y] != DepRel::Nmod || heads[y] == 0 {
            continue;
        }
        let z = heads[y] as usize - 1;
        if z >= s
            || upos[z] != Upos::Noun
            || !dependents(heads, y).any(|k| k < s && rels[k] == DepRel::Case)
        {
            continue;
        }
        let Some(x) = dependents(heads, y).find(|&x| x >= e && rels[x] == DepRel::Nmod) else {
            continue;
        };
        if !matches!(upos[x], Upos::Noun | Upos::Propn)
            || !dependents(heads, x).any(|k| rels[k] == DepRel::Conj)
            || !dependents(heads, x).any(|k| k == e && rels[k] == DepRel::Case)
            || (e..x).any(|k| !descends(heads, k, x))
        {
            continue;
        }
        heads[x] = z as u32 + 1;
        moved += 1;
    }
    moved
}

/// Makes a list of three or more names that opens the sentence the subject of the verb
/// right after it: in "Australia, India, Japan and Brazil met on Monday" the parser makes
/// "Australia" the root and "met" its `parataxis`, and in "Egypt, Jordan and Qatar met"
/// it reads "Egypt, Jordan" as one name (`flat` across the comma, as in "Amman, Jordan"):
/// the verb loses its subject or a side. Joint statements and summits are written this way
/// ("Japan, Australia and India reaffirmed ...").
///
/// The shape, read from the tags: from the first word, names (proper-noun tokens, NNP or
/// NNPS, each after an optional determiner: "the United States") separated by commas, the
/// last two by a conjunction (after a comma or not), at least three names; right after
/// the last name, at most two auxiliaries or adverbs and a verb `v`, finite (VBD, VBZ,
/// VBP) or after an auxiliary. The tree's root is inside the list or is `v`; when it is
/// `v` and the list is already its subject with the other names as conjuncts, nothing
/// changes. Else `v` becomes the root; the first name's head its `nsubj` (`nsubj:pass`
/// after a passive auxiliary), every other name's head a `conj` of it with its comma
/// (`punct`) and conjunction (`cc`); a name that is no phrase of the tree is rebuilt with
/// its first proper noun as head (`flat`, the determiner `det`); and every word after the
/// list that hung inside it hangs on `v`. Returns how many sentences changed (0 or 1).
pub(crate) fn listed_subject(
    upos: &[Upos],
    xpos: &[Xpos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> usize {
    let n = heads.len();
    let proper = |k: usize| matches!(xpos[k], Xpos::Nnp | Xpos::Nnps);
    // the names, each (start, first proper noun, end), and the separators before each
    let mut names: Vec<(usize, usize, usize)> = Vec::new();
    let mut separators: Vec<Vec<usize>> = vec![Vec::new()];
    let mut i = 0;
    let mut last = false;
    loop {
        let start = i;
        if i < n && upos[i] == Upos::Det {
            i += 1;
        }
        let first = i;
        while i < n && proper(i) {
            i += 1;
        }
        if i == first {
            return 0;
        }
        names.push((start, first, i));
        if last {
            break;
        }
        let mut sep = Vec::new();
        if i < n && xpos[i] == Xpos::Comma {
            sep.push(i);
            i += 1;
        }
        if i < n && upos[i] == Upos::Cconj {
            sep.push(i);
            i += 1;
            last = true;
        }
        if sep.is_empty() {
            return 0;
        }
        separators.push(sep);
    }
    let end = i;
    if names.len() < 3 {
        return 0;
    }
    // the verb after at most two auxiliaries or adverbs
    let mut v = end;
    while v < n && v < end + 2 && (upos[v] == Upos::Aux || xpos[v] == Xpos::Rb) {
        v += 1;
    }
    let after_aux = (end..v).any(|k| upos[k] == Upos::Aux);
    if v >= n
        || upos[v] != Upos::Verb
        || !(matches!(xpos[v], Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            || after_aux && matches!(xpos[v], Xpos::Vb | Xpos::Vbn | Xpos::Vbg))
    {
        return 0;
    }
    let Some(root) = heads.iter().position(|&h| h == 0) else {
        return 0;
    };
    if root >= end && root != v {
        return 0;
    }
    let name_head =
        |heads: &[u32], &(s, f, e): &(usize, usize, usize)| span_head(heads, (s, e)).unwrap_or(f);
    let a = name_head(heads, &names[0]);
    let subject_rel = if (end..v).any(|k| rels[k] == DepRel::AuxPass) {
        DepRel::NsubjPass
    } else {
        DepRel::Nsubj
    };
    let already = root == v
        && heads[a] as usize == v + 1
        && rels[a].base() == DepRel::Nsubj
        && names[1..].iter().all(|name| {
            span_head(heads, (name.0, name.2))
                .is_some_and(|h| heads[h] as usize == a + 1 && rels[h] == DepRel::Conj)
        });
    if already {
        return 0;
    }
    // words after the list that hung inside it hang on the verb
    for (k, h) in heads.iter_mut().enumerate().skip(end) {
        if k != v && *h != 0 && (*h as usize) <= end {
            *h = v as u32 + 1;
        }
    }
    heads[v] = 0;
    rels[v] = DepRel::Root;
    for (idx, name) in names.iter().enumerate() {
        let &(s, f, e) = name;
        let h = match span_head(heads, (s, e)) {
            Some(h) => h,
            None => {
                for k in s..e {
                    if k != f {
                        heads[k] = f as u32 + 1;
                        rels[k] = if k < f { DepRel::Det } else { DepRel::Flat };
                    }
                }
                f
            }
        };
        if idx == 0 {
            heads[h] = v as u32 + 1;
            rels[h] = subject_rel;
        } else {
            heads[h] = a as u32 + 1;
            rels[h] = DepRel::Conj;
            for &sep in &separators[idx] {
                heads[sep] = h as u32 + 1;
                rels[sep] = if upos[sep] == Upos::Cconj {
                    DepRel::Cc
                } else {
                    DepRel::Punct
                };
            }
        }
    }
    1
}

/// Makes a sentence-opening name the subject of the verb after its apposition where the
/// parser hung the verb on the name: in "Anthony Meyer, a Tory backbencher, attacked
/// Margaret Thatcher." the greedy parser makes "Anthony" the root and "attacked" its
/// `parataxis` (or `advcl`, `conj`, `acl`), so the verb has no subject and the relation is
/// lost or left to a fallback. News opens sentences this way all the time ("Dave Prentis,
/// general secretary of Unison, said ...", "Mr Hague, 43, told ...").
///
/// The shape, read from the tags and the tree: the sentence opens with a phrase of no verb
/// (`0..c1`, one head `a`, a noun or proper noun) and a first comma `c1`; a second phrase of
/// no verb between `c1` and the next comma `c2` (one head `m`: the apposition, an age, "of
/// the union"); right after `c2`, at most two auxiliaries and a verb `v`, finite (VBD,
/// VBZ, VBP) or after a finite auxiliary; and the tree's root inside `0..=c2`, with `v`
/// not already having a subject before it (a noun "subject" after it is its object, read
/// wrongly for want of a subject). Then `v` becomes the root, `a` its subject (`nsubj:pass`
/// after a passive auxiliary), `m` an apposition of `a` (`nmod` when it opens with a
/// preposition), the two commas `m`'s punctuation, and every word after `c2` that hung
/// inside `0..=c2` hangs on `v`. Returns how many sentences changed (0 or 1).
pub(crate) fn apposed_subject(
    upos: &[Upos],
    xpos: &[Xpos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> usize {
    let n = heads.len();
    let is_comma = |i: usize| xpos[i] == Xpos::Comma;
    let Some(c1) = (1..n).find(|&i| is_comma(i)) else {
        return 0;
    };
    let Some(c2) = (c1 + 2..n).find(|&i| is_comma(i)) else {
        return 0;
    };
    if (0..c2).any(|i| matches!(upos[i], Upos::Verb | Upos::Aux)) {
        return 0;
    }
    let finite = |x: Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    let mut v = c2 + 1;
    while v < n && v < c2 + 3 && upos[v] == Upos::Aux {
        v += 1;
    }
    if v >= n || upos[v] != Upos::Verb {
        return 0;
    }
    let verb_finite = if v == c2 + 1 {
        finite(xpos[v])
    } else {
        finite(xpos[c2 + 1])
    };
    if !verb_finite {
        return 0;
    }
    let (Some(a), Some(m)) = (span_head(heads, (0, c1)), span_head(heads, (c1 + 1, c2))) else {
        return 0;
    };
    if !matches!(upos[a], Upos::Noun | Upos::Propn)
        || !matches!(upos[m], Upos::Noun | Upos::Propn | Upos::Num)
    {
        return 0;
    }
    let root = heads.iter().position(|&h| h == 0);
    if root.is_none_or(|r| r > c2) {
        return 0;
    }
    let subject = |r: DepRel| matches!(r, DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj);
    if dependents(heads, v).any(|d| d < v && subject(rels[d])) {
        return 0;
    }
    // a "subject" after the verb is its object read wrongly once the real subject was
    // missing ("X, a backbencher, has challenged [Margaret] Thatcher")
    let misread: Vec<usize> = dependents(heads, v)
        .filter(|&d| subject(rels[d]) && matches!(upos[d], Upos::Noun | Upos::Propn))
        .collect();
    for (t, h) in heads.iter_mut().enumerate().skip(c2 + 1) {
        if t != v && *h != 0 && *h as usize <= c2 + 1 {
            *h = v as u32 + 1;
        }
    }
    for t in c2 + 1..v {
        heads[t] = v as u32 + 1;
        if rels[t] != DepRel::AuxPass {
            rels[t] = DepRel::Aux;
        }
    }
    for d in misread {
        rels[d] = DepRel::Obj;
    }
    let passive = dependents(heads, v).any(|d| rels[d] == DepRel::AuxPass);
    heads[v] = 0;
    rels[v] = DepRel::Root;
    heads[a] = v as u32 + 1;
    rels[a] = if passive {
        DepRel::NsubjPass
    } else {
        DepRel::Nsubj
    };
    let opens_with_case = dependents(heads, m).any(|d| d == c1 + 1 && rels[d] == DepRel::Case);
    heads[m] = a as u32 + 1;
    rels[m] = if opens_with_case {
        DepRel::Nmod
    } else {
        DepRel::Appos
    };
    for c in [c1, c2] {
        heads[c] = m as u32 + 1;
        rels[c] = DepRel::Punct;
    }
    1
}

/// The head of the name `s..e` when words come before it (the repairs that move what
/// precedes a name); `None` for a name that opens the sentence, a span out of the
/// sentence, or one that is no phrase of the tree.
fn head_after_words(heads: &[u32], (s, e): (usize, usize)) -> Option<usize> {
    if s == 0 || e > heads.len() || s >= e {
        return None;
    }
    span_head(heads, (s, e))
}

/// The head of the token span `s..e` (0-based): its one token attached outside it, or
/// `None` when the parser attached several outside (the span is no phrase of the tree).
fn span_head(heads: &[u32], (s, e): (usize, usize)) -> Option<usize> {
    let mut outside = (s..e).filter(|&i| {
        let h = heads[i] as usize;
        h == 0 || h <= s || h > e
    });
    match (outside.next(), outside.next()) {
        (Some(x), None) => Some(x),
        _ => None,
    }
}

/// Makes the verb after an apposed name the sentence's verb, with the name as its subject,
/// where the parser hung the verb on the name as a modifier: in "Eritrea's information
/// minister, Yemane Gebremeskel, blamed Ethiopia" (the wire copy's title, name and verb)
/// the parser makes the name the root and "blamed" its `acl`, so the verb has no subject
/// and the blame is lost. It does so with a past tense too ("threw"), so the second decode
/// of [`super::Models`] that reads a participle as a past tense does not mend it.
///
/// The verb `v` becomes the root and the root `r` its `nsubj` when all hold: `r` is a noun
/// or proper noun, `v` is its `acl`, right after a comma that closes `r`'s phrase, and a
/// second comma inside that phrase sets a title or a name apart (the apposition: "NP,
/// Name," or "Name, NP,"); `v` has no subject, auxiliary, copula or marker of its own (a
/// clause of its own, a passive or a "when ..." clause stay); and `v` is a past tense, or
/// a participle with a direct object, a nominal `xcomp` or a past tense as its conjunct (a
/// reduced passive has none: "X, born in 1950, ..." keeps its tree). The dependents of `r` after `v` (the final stop) move to `v` so the
/// tree stays projective; a nominal `xcomp` whose phrase starts right after `v`, which
/// has no object, becomes its object (the parser's label for "blamed X for ..."). Returns whether it moved.
pub(crate) fn apposed_acl_subject(
    upos: &[Upos],
    xpos: &[Xpos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> bool {
    let Some(r) = heads.iter().position(|&h| h == 0) else {
        return false;
    };
    if !matches!(upos[r], Upos::Noun | Upos::Propn) {
        return false;
    }
    let is_comma = |k: usize| xpos[k] == Xpos::Comma;
    let Some(v) = dependents(heads, r).find(|&v| {
        rels[v] == DepRel::Acl && v > r && upos[v] == Upos::Verb && v >= 1 && is_comma(v - 1)
    }) else {
        return false;
    };
    let own = |rel: DepRel| dependents(heads, v).any(|k| rels[k] == rel);
    let clause = [
        DepRel::Nsubj,
        DepRel::NsubjPass,
        DepRel::Aux,
        DepRel::AuxPass,
        DepRel::Cop,
        DepRel::Mark,
    ];
    if clause.into_iter().any(own) {
        return false;
    }
    // a participle with a nominal complement (the parser labels the object of "blamed X
    // for" an `xcomp`) or with a past tense as its conjunct is as finite as a past tense
    let complement = dependents(heads, v).any(|k| {
        (rels[k] == DepRel::Obj
            || (rels[k] == DepRel::Xcomp && matches!(upos[k], Upos::Noun | Upos::Propn)))
            || (rels[k] == DepRel::Conj && xpos[k] == Xpos::Vbd)
    });
    let finite = xpos[v] == Xpos::Vbd || (xpos[v] == Xpos::Vbn && complement);
    // the phrase of r before the comma that opens v: a second comma sets the apposition apart
    let first = (0..r).find(|&k| descends(heads, k, r)).unwrap_or(r);
    if !finite || !(first..v - 1).any(|k| is_comma(k) && descends(heads, k, r)) {
        return false;
    }
    let has_object = own(DepRel::Obj);
    for h in heads.iter_mut().skip(v + 1) {
        if *h as usize == r + 1 {
            *h = v as u32 + 1;
        }
    }
    heads[v] = 0;
    rels[v] = DepRel::Root;
    heads[r] = v as u32 + 1;
    rels[r] = DepRel::Nsubj;
    // with no object, a nominal xcomp right after the verb is its object ("blamed X for")
    if !has_object
        && let Some(x) = dependents(heads, v)
            .find(|&k| rels[k] == DepRel::Xcomp && matches!(upos[k], Upos::Noun | Upos::Propn))
        && (v + 1..x).all(|k| descends(heads, k, x))
    {
        rels[x] = DepRel::Obj;
    }
    true
}

/// Makes the subject of a trailing attribution its verb's, where the parser hung it on the
/// sentence as a conjunct of the phrase before it: in "X met Y in Riyadh on Tuesday, the
/// State Department said" the parser reads "Tuesday, the State Department" as two
/// conjuncts with no conjunction and "said" as a second verb of "met" with no subject, so
/// the department becomes one of those X met.
///
/// A nominal conjunct `n` moves under the verb `v` as its `nsubj`, and `v` becomes a
/// `parataxis` of its head (the UD reading of "..., the ministry said"), when all hold: `v`
/// is a verb, a `conj` of another verb, with no subject and no conjunction of its own;
/// `n`'s phrase ends right before `v` and starts right after a comma; and the coordination
/// of `n` has no conjunction at all (a list closes with "and" or "or": "Iran, Iraq and
/// Syria"). Returns how many moved.
pub(crate) fn attribution_subject(upos: &[Upos], heads: &mut [u32], rels: &mut [DepRel]) -> usize {
    let mut moved = 0;
    for v in 1..heads.len() {
        if upos[v] != Upos::Verb || rels[v] != DepRel::Conj || heads[v] == 0 {
            continue;
        }
        let m = heads[v] as usize - 1;
        if upos[m] != Upos::Verb
            || dependents(heads, v).any(|k| matches!(rels[k], DepRel::Nsubj | DepRel::Cc))
        {
            continue;
        }
        let spans = phrase_spans(heads);
        let Some(n) = (0..v).find(|&n| {
            rels[n] == DepRel::Conj
                && matches!(upos[n], Upos::Noun | Upos::Propn)
                && spans[n].1 + 1 == v
                // (the comma is the phrase's first token when hung on it)
                && (upos[spans[n].0] == Upos::Punct
                    || (spans[n].0 >= 1 && upos[spans[n].0 - 1] == Upos::Punct))
        }) else {
            continue;
        };
        let first = heads[n] as usize - 1;
        let listed = std::iter::once(first)
            .chain(dependents(heads, first).filter(|&c| rels[c] == DepRel::Conj))
            .any(|c| dependents(heads, c).any(|k| rels[k] == DepRel::Cc));
        if listed {
            continue;
        }
        heads[n] = v as u32 + 1;
        rels[n] = DepRel::Nsubj;
        rels[v] = DepRel::Parataxis;
        moved += 1;
    }
    moved
}

/// Hangs a relative clause on the name before it where the parser read it as a clause of
/// the verb: in "He took a call from envoy Dennis Ross, who held talks with Israeli
/// officials" the parser makes "held" a `conj`, `parataxis` or `advcl` of "took", so "who"
/// is no longer Ross and the talks are not his. A clause whose subject is a relative
/// pronoun right after a comma is none of those (a conjunct clause has "and" or "or"
/// before it, an embedded question no comma; a second question, "who's buying, who's
/// selling", is the exception, rare in news).
///
/// A predicate `v` labelled `conj`, `parataxis`, `advcl` or `ccomp` becomes an `acl:relcl` of the noun `t`
/// before the comma when all hold: `v`'s subject is a wh-pronoun (XPOS `WP`: who, whom)
/// whose phrase starts right after a comma, and `v`'s own phrase starts at that comma or
/// that pronoun; the token before the comma is a noun or proper noun. `t` is the highest
/// noun whose phrase ends right before the comma through `flat`, `compound` and `conj`
/// ("Russia and Pakistan, who" takes "Russia", as UD attaches the clause to the first
/// conjunct); not through `nmod`, where the nearest name is as often the one meant ("a
/// call from envoy Dennis Ross, who", against "the owners of Rover, who"). The comma
/// becomes `v`'s.
/// "Which" (WDT) is left alone: after a comma it as often takes up a whole clause ("...
/// in 2010, which leaves"). Re-parsing the EWT and GUM training and dev files it changes 7
/// clauses: 4 take the gold head, 1 its gold label, 2 lose the gold head (the second
/// question above; "the Muslim League and Pakistan People's Party, who", gold on the first
/// party); in the 557 BBC articles of `tools/regress.sh` it fires on 29, 26 by reading
/// on the noun meant.
/// Returns how many moved.
pub(crate) fn relative_clause_conjunct(
    upos: &[Upos],
    xpos: &[Xpos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> usize {
    let n = heads.len();
    let suspect = |v: usize, heads: &[u32], rels: &[DepRel]| {
        matches!(
            rels[v],
            DepRel::Conj | DepRel::Parataxis | DepRel::Advcl | DepRel::Ccomp
        ) && heads[v] != 0
            && !matches!(upos[v], Upos::Punct | Upos::Sym | Upos::X)
    };
    if !(0..n).any(|v| suspect(v, heads, rels)) {
        return 0;
    }
    let nominal = |i: usize| matches!(upos[i], Upos::Noun | Upos::Propn);
    let mut moved = 0;
    for v in 0..n {
        if !suspect(v, heads, rels) {
            continue;
        }
        let Some(d) = dependents(heads, v)
            .find(|&k| matches!(rels[k], DepRel::Nsubj | DepRel::NsubjPass) && xpos[k] == Xpos::Wp)
        else {
            continue;
        };
        if d < 2 || xpos[d - 1] != Xpos::Comma || !nominal(d - 2) {
            continue;
        }
        let spans = phrase_spans(heads);
        if spans[v].0 + 1 < d || spans[d].0 != d {
            continue;
        }
        let end = d - 2;
        let mut t = end;
        while matches!(rels[t], DepRel::Flat | DepRel::Compound | DepRel::Conj) && heads[t] != 0 {
            let h = heads[t] as usize - 1;
            if !nominal(h) || spans[h].1 != end {
                break;
            }
            t = h;
        }
        if descends(heads, t, v) {
            continue;
        }
        heads[v] = t as u32 + 1;
        rels[v] = DepRel::AclRelcl;
        heads[d - 1] = v as u32 + 1;
        rels[d - 1] = DepRel::Punct;
        moved += 1;
    }
    moved
}

/// Makes a clause opened by a word the parser read as a preposition a subordinate clause,
/// where its subject carries an apposition: in "He was speaking as Sir Digby Jones, CBI
/// director general, warned Mr Brown ..." the parser takes "as Sir Digby Jones" for an
/// oblique of "speaking" and "warned" for a second verb of "speaking" with no subject, so
/// the warning became the speaker's. The same happens after "after", "before", "until",
/// "since" ("He left after Ann Lee, the party's chief, attacked the plan"); no word is
/// named here: a preposition and its noun followed by a finite verb can only be a clause.
///
/// A verb `v` labelled `conj` becomes an `advcl` of its head `h`, the oblique `o` its
/// `nsubj` and the oblique's preposition `c` its `mark`, when all hold: `v` is a finite
/// verb (VBD, VBZ, VBP) with no subject and no conjunction of its own; `o` is an `obl` of
/// `h`, a noun or proper noun, whose phrase opens with `c` (an `ADP`, its `case`) and ends
/// with an `appos` of `o`, right before a comma that comes right before `v`. The apposition
/// is what tells the clause from two verbs of one subject ("He arrived in London, met
/// Brown and left", where "London" has none). Returns how many moved.
pub(crate) fn clause_after_preposition(
    upos: &[Upos],
    xpos: &[Xpos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> usize {
    let n = heads.len();
    let finite = |i: usize| matches!(xpos[i], Xpos::Vbd | Xpos::Vbz | Xpos::Vbp);
    let mut moved = 0;
    for v in 2..n {
        if upos[v] != Upos::Verb || rels[v] != DepRel::Conj || heads[v] == 0 || !finite(v) {
            continue;
        }
        if xpos[v - 1] != Xpos::Comma {
            continue;
        }
        let own = |rel: DepRel| dependents(heads, v).any(|k| rels[k] == rel);
        if own(DepRel::Nsubj) || own(DepRel::NsubjPass) || own(DepRel::Cc) {
            continue;
        }
        let h = heads[v] as usize - 1;
        let spans = phrase_spans(heads);
        let Some(o) = dependents(heads, h).find(|&o| {
            rels[o] == DepRel::Obl
                && o < v
                && matches!(upos[o], Upos::Noun | Upos::Propn)
                && spans[o].1 + 2 == v
        }) else {
            continue;
        };
        let first = spans[o].0;
        if upos[first] != Upos::Adp || heads[first] as usize != o + 1 || rels[first] != DepRel::Case
        {
            continue;
        }
        let closes_apposition =
            dependents(heads, o).any(|k| rels[k] == DepRel::Appos && spans[k].1 + 2 == v);
        if !closes_apposition {
            continue;
        }
        rels[v] = DepRel::Advcl;
        heads[o] = v as u32 + 1;
        rels[o] = DepRel::Nsubj;
        heads[first] = v as u32 + 1;
        rels[first] = DepRel::Mark;
        heads[v - 1] = v as u32 + 1;
        rels[v - 1] = DepRel::Punct;
        moved += 1;
    }
    moved
}

/// Whether token `t` is `a` or lies under it (0-based tokens).
fn descends(heads: &[u32], t: usize, a: usize) -> bool {
    let mut x = t;
    for _ in 0..=heads.len() {
        if x == a {
            return true;
        }
        match heads[x] {
            0 => return false,
            h => x = h as usize - 1,
        }
    }
    false
}

/// The dependents of token `h` (0-based).
/// Gives the verb after a fronted phrase its subject where the parser hung the subject's
/// words inside that phrase: in "During talks in Geneva, Iranian Foreign Minister Reza
/// Karimi rejected the proposal" the parser makes "Minister" and "Reza" conjuncts of
/// "Geneva", so "rejected" has no subject and the relation is lost. News opens sentences
/// this way all the time ("In a statement, ...", "After a meeting with X, ...",
/// "Speaking in Cairo, ...").
///
/// The shape: the sentence opens with a phrase up to its first comma `c` whose head `f`
/// is an oblique or adverbial clause of a verb `v` after the comma; `v` has no subject
/// (nominal or clausal, nor an expletive) and is finite (a past or present tense, or
/// after at most two auxiliaries the first of which is finite; or the root participle,
/// with a direct object and no auxiliary, of a sentence of no finite verb, which becomes
/// a past tense); the words between the
/// comma and `v`'s first auxiliary are a phrase of no verb and no comma, every word of
/// it attached inside itself or to a word before the comma. The phrase's words attached
/// before the comma are its heads: one (`h`), or a title or role and a name the parser
/// broke up (proper nouns after a first noun or proper noun, no conjunction among them:
/// "Foreign Minister | Clara | Vidal"): the last is `h`, the others its `compound` (a
/// role noun its `nmod:desc`, as the parser attaches "Tory leader Michael Howard"). Then
/// `h` becomes `v`'s `nsubj` (`nsubj:pass` after a passive
/// auxiliary) and the comma `f`'s punctuation. Returns how many sentences changed (0 or 1).
pub(crate) fn fronted_phrase_subject(
    upos: &[Upos],
    xpos: &mut [Xpos],
    heads: &mut [u32],
    rels: &mut [DepRel],
) -> usize {
    let n = heads.len();
    let Some(c) = (1..n).find(|&i| xpos[i] == Xpos::Comma) else {
        return 0;
    };
    let Some(f) = span_head(heads, (0, c)) else {
        return 0;
    };
    if !matches!(rels[f], DepRel::Obl | DepRel::Advcl) || heads[f] == 0 {
        return 0;
    }
    let v = heads[f] as usize - 1;
    if v <= c + 1 || upos[v] != Upos::Verb {
        return 0;
    }
    let subject = |r: DepRel| {
        matches!(
            r,
            DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj | DepRel::Expl
        )
    };
    if dependents(heads, v).any(|d| subject(rels[d])) {
        return 0;
    }
    // the verb's auxiliaries right before it
    let mut first = v;
    while first > c + 1 && upos[first - 1] == Upos::Aux && v - (first - 1) <= 2 {
        first -= 1;
    }
    let finite = |x: Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    // a participle root with no auxiliary and a direct object, in a sentence of no finite
    // verb, is a past tense the tagger missed for want of a subject (as
    // `Models::parse_retagged` reads one: a passive has no object)
    let participle = first == v
        && xpos[v] == Xpos::Vbn
        && heads[v] == 0
        && !xpos.iter().any(|&x| finite(x))
        && dependents(heads, v).any(|d| rels[d] == DepRel::Obj);
    if !finite(xpos[first]) && !participle {
        return 0;
    }
    let (s, e) = (c + 1, first);
    if s >= e
        || (s..e).any(|i| {
            matches!(upos[i], Upos::Verb | Upos::Aux | Upos::Punct) || xpos[i] == Xpos::Comma
        })
    {
        return 0;
    }
    let mut outer = Vec::new();
    for (i, &h) in heads.iter().enumerate().take(e).skip(s) {
        let h = h as usize;
        if h == 0 || h > e {
            return 0;
        }
        // (heads count from 1: `h <= s` is a word at or before the comma)
        if h <= s {
            outer.push(i);
        }
    }
    // a word before the comma hung inside the phrase: no tree to mend this way (the
    // comma itself is given to the fronted phrase below)
    if (0..c).any(|i| (s + 1..=e).contains(&(heads[i] as usize))) {
        return 0;
    }
    // several heads: a title or role and a name the parser broke up ("Foreign Minister |
    // Clara | Vidal"); never a coordination ("Peru and Chile")
    let Some(&h) = outer.last() else {
        return 0;
    };
    let broken_name = outer.len() == 1
        || (upos[h] == Upos::Propn
            && outer[1..].iter().all(|&o| upos[o] == Upos::Propn)
            && matches!(upos[outer[0]], Upos::Noun | Upos::Propn)
            && !(s..e).any(|i| upos[i] == Upos::Cconj));
    if !broken_name || !matches!(upos[h], Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron) {
        return 0;
    }
    for &o in &outer[..outer.len() - 1] {
        heads[o] = h as u32 + 1;
        rels[o] = if upos[o] == Upos::Noun {
            DepRel::NmodDesc
        } else {
            DepRel::Compound
        };
    }
    let passive = dependents(heads, v).any(|d| rels[d] == DepRel::AuxPass);
    heads[h] = v as u32 + 1;
    rels[h] = if passive {
        DepRel::NsubjPass
    } else {
        DepRel::Nsubj
    };
    heads[c] = f as u32 + 1;
    rels[c] = DepRel::Punct;
    if participle {
        xpos[v] = Xpos::Vbd;
    }
    1
}

fn dependents(heads: &[u32], h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..heads.len()).filter(move |&k| heads[k] as usize == h + 1)
}

/// The first and last token of the phrase (subtree) of every token.
fn phrase_spans(heads: &[u32]) -> Vec<(usize, usize)> {
    let n = heads.len();
    let mut spans: Vec<(usize, usize)> = (0..n).map(|i| (i, i)).collect();
    for i in 0..n {
        // walk up the ancestors (a tree has no cycle; the bound guards a malformed one)
        let mut h = heads[i] as usize;
        let mut steps = 0;
        while h != 0 && steps < n {
            let s = &mut spans[h - 1];
            s.0 = s.0.min(i);
            s.1 = s.1.max(i);
            h = heads[h - 1] as usize;
            steps += 1;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trees written by hand: `(word, upos, head, rel)`.
    fn tree(rows: &[(&str, Upos, u32, DepRel)]) -> (Vec<Upos>, Vec<u32>, Vec<DepRel>) {
        (
            rows.iter().map(|r| r.1).collect(),
            rows.iter().map(|r| r.2).collect(),
            rows.iter().map(|r| r.3).collect(),
        )
    }

    /// A tagged and parsed sentence written by hand: `(upos, xpos, head, rel)` per word.
    type Tree = (Vec<Upos>, Vec<Xpos>, Vec<u32>, Vec<DepRel>);

    fn tagged_tree(rows: &[(Upos, Xpos, u32, DepRel)]) -> Tree {
        (
            rows.iter().map(|r| r.0).collect(),
            rows.iter().map(|r| r.1).collect(),
            rows.iter().map(|r| r.2).collect(),
            rows.iter().map(|r| r.3).collect(),
        )
    }

    #[test]
    fn a_subject_hung_inside_a_fronted_phrase_is_the_verbs() {
        use DepRel as D;
        use Upos as U;
        use Xpos as X;
        let name = |head, rel| (U::Propn, X::Nnp, head, rel);
        // "During talks in Geneva , Iranian Foreign Minister Reza Karimi rejected the
        // proposal .": "Minister" and "Reza" conjuncts of "Geneva"
        let rows = [
            (U::Adp, X::In, 2, D::Case),
            (U::Noun, X::Nns, 11, D::Obl),
            (U::Adp, X::In, 4, D::Case),
            name(2, D::Nmod),
            (U::Punct, X::Comma, 8, D::Punct),
            (U::Adj, X::Jj, 8, D::Amod),
            (U::Adj, X::Jj, 8, D::Amod),
            name(4, D::Conj),
            name(4, D::Conj),
            name(9, D::Flat),
            (U::Verb, X::Vbd, 0, D::Root),
            (U::Det, X::Dt, 13, D::Det),
            (U::Noun, X::Nn, 11, D::Obj),
            (U::Punct, X::Period, 11, D::Punct),
        ];
        let (u, mut x, mut h, mut r) = tagged_tree(&rows);
        assert_eq!(fronted_phrase_subject(&u, &mut x, &mut h, &mut r), 1);
        assert_eq!((h[8], r[8]), (11, D::Nsubj), "Reza: the verb's subject");
        assert_eq!((h[7], r[7]), (9, D::Compound), "Minister: Reza's title");
        assert_eq!(
            (h[4], r[4]),
            (2, D::Punct),
            "the comma: the fronted phrase's"
        );
        assert_eq!(h[3], 2, "Geneva stays in the fronted phrase");
        // the verb has a subject already: nothing moves
        let mut rows2 = rows;
        rows2[8] = name(11, D::Nsubj);
        let (u, mut x, mut h, mut r) = tagged_tree(&rows2);
        assert_eq!(fronted_phrase_subject(&u, &mut x, &mut h, &mut r), 0);
        // a root participle with its object, no auxiliary and no finite verb: a past tense
        let mut rows3 = rows;
        rows3[10] = (U::Verb, X::Vbn, 0, D::Root);
        let (u, mut x, mut h, mut r) = tagged_tree(&rows3);
        assert_eq!(fronted_phrase_subject(&u, &mut x, &mut h, &mut r), 1);
        assert_eq!((x[10], h[8], r[8]), (X::Vbd, 11, D::Nsubj));
        // without its object it may be a passive or a caption: nothing moves
        rows3[12] = (U::Noun, X::Nn, 11, D::Obl);
        let (u, mut x, mut h, mut r) = tagged_tree(&rows3);
        assert_eq!(fronted_phrase_subject(&u, &mut x, &mut h, &mut r), 0);
        // an adjective among the words hung before the comma: no one phrase to take
        let mut rows4 = rows;
        rows4[5] = (U::Adj, X::Jj, 4, D::Conj);
        let (u, mut x, mut h, mut r) = tagged_tree(&rows4);
        assert_eq!(fronted_phrase_subject(&u, &mut x, &mut h, &mut r), 0);
        // a coordination: "During talks in Geneva , Peru and Chile rejected ..."
        let mut rows4 = rows;
        rows4[5] = name(4, D::Conj);
        rows4[6] = (U::Cconj, X::Cc, 8, D::Cc);
        let (u, mut x, mut h, mut r) = tagged_tree(&rows4);
        assert_eq!(fronted_phrase_subject(&u, &mut x, &mut h, &mut r), 0);
    }

    #[test]
    fn a_list_of_names_opening_the_sentence_is_the_verbs_subject() {
        use DepRel as D;
        use Upos as U;
        use Xpos as X;
        let name = |head, rel| (U::Propn, X::Nnp, head, rel);
        // "Australia , India , Japan and Brazil met on Monday .": the root on "Australia",
        // "met" its parataxis
        let (u, x, mut h, mut r) = tagged_tree(&[
            name(0, D::Root),
            (U::Punct, X::Comma, 3, D::Punct),
            name(1, D::Conj),
            (U::Punct, X::Comma, 5, D::Punct),
            name(1, D::Conj),
            (U::Cconj, X::Cc, 7, D::Cc),
            name(1, D::Conj),
            (U::Verb, X::Vbd, 1, D::Parataxis),
            (U::Adp, X::In, 10, D::Case),
            name(8, D::Obl),
            (U::Punct, X::Period, 8, D::Punct),
        ]);
        assert_eq!(listed_subject(&u, &x, &mut h, &mut r), 1);
        assert_eq!(h, [8, 3, 1, 5, 1, 7, 1, 0, 10, 8, 8]);
        assert_eq!(r[0], D::Nsubj);
        assert_eq!(r[7], D::Root);
        assert_eq!([r[2], r[4], r[6]], [D::Conj, D::Conj, D::Conj]);
        assert_eq!(r[5], D::Cc);
        // "Egypt , Jordan and Qatar met .": "Jordan" read as part of "Egypt" (flat)
        let (u, x, mut h, mut r) = tagged_tree(&[
            name(6, D::Nsubj),
            (U::Punct, X::Comma, 1, D::Punct),
            name(1, D::Flat),
            (U::Cconj, X::Cc, 5, D::Cc),
            name(1, D::Conj),
            (U::Verb, X::Vbd, 0, D::Root),
            (U::Punct, X::Period, 6, D::Punct),
        ]);
        assert_eq!(listed_subject(&u, &x, &mut h, &mut r), 1);
        assert_eq!(h, [6, 3, 1, 5, 1, 0, 6]);
        assert_eq!([r[2], r[4]], [D::Conj, D::Conj]);
        // the same, already right: unchanged
        let before = (h.clone(), r.clone());
        assert_eq!(listed_subject(&u, &x, &mut h, &mut r), 0);
        assert_eq!((h, r), before);
        // two names, a name with no verb after the list, a dateline: unchanged
        for rows in [
            &[
                name(4, D::Nsubj),
                (U::Cconj, X::Cc, 3, D::Cc),
                name(1, D::Conj),
                (U::Verb, X::Vbd, 0, D::Root),
            ][..],
            &[
                name(0, D::Root),
                (U::Punct, X::Comma, 3, D::Punct),
                name(1, D::Conj),
                (U::Cconj, X::Cc, 5, D::Cc),
                name(1, D::Conj),
                (U::Noun, X::Nns, 1, D::Appos),
            ][..],
            &[
                name(0, D::Root),
                (U::Punct, X::Comma, 3, D::Punct),
                name(1, D::Flat),
                (U::Num, X::Cd, 3, D::Nummod),
                (U::Verb, X::Vbd, 1, D::Parataxis),
            ][..],
        ] {
            let (u, x, mut h, mut r) = tagged_tree(rows);
            assert_eq!(listed_subject(&u, &x, &mut h, &mut r), 0);
        }
    }

    #[test]
    fn a_determiner_floating_before_a_participle_is_an_adverb() {
        use Upos::{Aux, Det, Noun, Pron, Propn, Verb};
        use Xpos as X;
        // (tags as the tagger gives them, the index of the word retagged if any; the
        // auxiliary right before a determiner is a copula in the first parse in the rows
        // marked "copula")
        type Row = (&'static str, &'static [(Upos, Xpos)], Option<usize>);
        let table: &[Row] = &[
            (
                "France and Germany have both condemned Russia",
                &[
                    (Propn, X::Nnp),
                    (Upos::Cconj, X::Cc),
                    (Propn, X::Nnp),
                    (Aux, X::Vbp),
                    (Det, X::Dt),
                    (Verb, X::Vbn),
                    (Propn, X::Nnp),
                ],
                Some(4),
            ),
            (
                "they were each freed",
                &[(Pron, X::Prp), (Aux, X::Vbd), (Det, X::Dt), (Verb, X::Vbn)],
                Some(2),
            ),
            (
                "they have each freed prisoners (have a verb, each a subject)",
                &[
                    (Pron, X::Prp),
                    (Verb, X::Vbp),
                    (Det, X::Dt),
                    (Verb, X::Vbn),
                    (Noun, X::Nns),
                ],
                Some(2),
            ),
            (
                "Unilever rejected a revised proposal (a main verb)",
                &[
                    (Propn, X::Nnp),
                    (Verb, X::Vbd),
                    (Det, X::Dt),
                    (Verb, X::Vbn),
                    (Noun, X::Nn),
                ],
                None,
            ),
            (
                "you are the preferred candidate (copula)",
                &[
                    (Pron, X::Prp),
                    (Aux, X::Vbp),
                    (Det, X::Dt),
                    (Verb, X::Vbn),
                    (Noun, X::Nn),
                ],
                None,
            ),
            (
                "they have both sharply criticised Kyiv",
                &[
                    (Pron, X::Prp),
                    (Aux, X::Vbp),
                    (Det, X::Dt),
                    (Upos::Adv, X::Rb),
                    (Verb, X::Vbn),
                    (Propn, X::Nnp),
                ],
                Some(2),
            ),
            (
                "they will all send troops",
                &[
                    (Pron, X::Prp),
                    (Aux, X::Md),
                    (Det, X::Dt),
                    (Verb, X::Vb),
                    (Noun, X::Nns),
                ],
                Some(2),
            ),
            (
                "it is the leading cause (a gerund)",
                &[
                    (Pron, X::Prp),
                    (Aux, X::Vbz),
                    (Det, X::Dt),
                    (Verb, X::Vbg),
                    (Noun, X::Nn),
                ],
                None,
            ),
            (
                "they have the documents",
                &[(Pron, X::Prp), (Verb, X::Vbp), (Det, X::Dt), (Noun, X::Nns)],
                None,
            ),
            (
                "does that fit (a pronoun)",
                &[(Aux, X::Vbz), (Pron, X::Dt), (Verb, X::Vb)],
                None,
            ),
            (
                "they both condemned it (no auxiliary)",
                &[(Pron, X::Prp), (Det, X::Dt), (Verb, X::Vbd), (Pron, X::Prp)],
                None,
            ),
        ];
        for (text, tags, want) in table {
            let mut upos: Vec<Upos> = tags.iter().map(|t| t.0).collect();
            let mut xpos: Vec<Xpos> = tags.iter().map(|t| t.1).collect();
            let rels: Vec<DepRel> = (0..tags.len())
                .map(|k| {
                    let copula =
                        text.ends_with("(copula)") && tags.get(k + 1).map(|t| t.0) == Some(Det);
                    let subject = text.ends_with("a subject)") && tags[k].0 == Det;
                    if copula {
                        DepRel::Cop
                    } else if subject {
                        DepRel::NsubjPass
                    } else {
                        DepRel::Dep
                    }
                })
                .collect();
            let n = floating_quantifier(&mut upos, &mut xpos, &rels);
            assert_eq!(n, want.is_some() as usize, "{text}");
            if let Some(i) = *want {
                assert_eq!((upos[i], xpos[i]), (Upos::Adv, X::Rb), "{text}");
                assert_eq!(upos[i - 1], Aux, "{text}");
            }
        }
    }

    #[test]
    fn a_verb_hung_on_an_apposed_name_takes_it_as_subject() {
        use DepRel::*;
        use Upos::{Noun, Propn, Verb};
        use Xpos as X;
        type Row = (&'static str, Upos, Xpos, u32, DepRel);
        // "Smith , the envoy , " as the parser reads it before the verb (token 6)
        let apposed: [Row; 5] = [
            ("Smith", Propn, X::Nnp, 0, Root),
            (",", Upos::Punct, X::Comma, 4, Punct),
            ("the", Upos::Det, X::Dt, 4, Det),
            ("envoy", Noun, X::Nn, 1, Appos),
            (",", Upos::Punct, X::Comma, 6, Punct),
        ];
        let stop: Row = (".", Upos::Punct, X::Period, 1, Punct);
        // (the verb and what follows it, as the parser gave them; whether the verb moves)
        let table: &[(&[Row], bool)] = &[
            // "... , blamed Lee ." (a participle with an object)
            (
                &[
                    ("blamed", Verb, X::Vbn, 1, Acl),
                    ("Lee", Propn, X::Nnp, 6, Obj),
                ],
                true,
            ),
            // "... , met Lee ." (a past tense)
            (
                &[
                    ("met", Verb, X::Vbd, 1, Acl),
                    ("Lee", Propn, X::Nnp, 6, Obj),
                ],
                true,
            ),
            // "... , blamed Lee for it ." (the object read as an xcomp)
            (
                &[
                    ("blamed", Verb, X::Vbn, 1, Acl),
                    ("Lee", Propn, X::Nnp, 6, Xcomp),
                    ("for", Upos::Adp, X::In, 9, Case),
                    ("it", Upos::Pron, X::Prp, 6, Obl),
                ],
                true,
            ),
            // "... , born in Rome ." (a reduced passive: no object)
            (
                &[
                    ("born", Verb, X::Vbn, 1, Acl),
                    ("in", Upos::Adp, X::In, 8, Case),
                    ("Rome", Propn, X::Nnp, 6, Obl),
                ],
                false,
            ),
        ];
        let mut sentences: Vec<(Vec<Row>, bool)> = table
            .iter()
            .map(|(rest, moves)| {
                let mut rows = apposed.to_vec();
                rows.extend_from_slice(rest);
                rows.push(stop);
                (rows, *moves)
            })
            .collect();
        // "Minister Smith , blamed Lee ." (no apposition set apart: one comma)
        sentences.push((
            vec![
                ("Minister", Propn, X::Nnp, 2, Compound),
                ("Smith", Propn, X::Nnp, 0, Root),
                (",", Upos::Punct, X::Comma, 4, Punct),
                ("blamed", Verb, X::Vbn, 2, Acl),
                ("Lee", Propn, X::Nnp, 4, Obj),
                (".", Upos::Punct, X::Period, 2, Punct),
            ],
            false,
        ));
        for (rows, moves) in &sentences {
            let upos: Vec<Upos> = rows.iter().map(|r| r.1).collect();
            let xpos: Vec<Xpos> = rows.iter().map(|r| r.2).collect();
            let mut heads: Vec<u32> = rows.iter().map(|r| r.3).collect();
            let mut rels: Vec<DepRel> = rows.iter().map(|r| r.4).collect();
            let words: Vec<&str> = rows.iter().map(|r| r.0).collect();
            assert_eq!(
                apposed_acl_subject(&upos, &xpos, &mut heads, &mut rels),
                *moves,
                "{words:?}"
            );
            if *moves {
                let v = heads.iter().position(|&h| h == 0).unwrap();
                assert_eq!(upos[v], Verb, "{words:?}");
                assert_eq!((heads[0] as usize, rels[0]), (v + 1, Nsubj), "{words:?}");
                assert_eq!(
                    heads[heads.len() - 1] as usize,
                    v + 1,
                    "the stop follows the verb"
                );
                assert!(!rels.contains(&Xcomp), "{words:?}: the xcomp is the object");
            }
        }
    }

    #[test]
    fn a_trailing_attribution_takes_its_subject_back() {
        use DepRel::*;
        use Upos::{Cconj, Noun, Propn, Verb};
        // "Lee met Kim on Monday , the ministry said ." as the parser gave it
        let rows: &[(&str, Upos, u32, DepRel)] = &[
            ("Lee", Propn, 2, Nsubj),
            ("met", Verb, 0, Root),
            ("Kim", Propn, 2, Obj),
            ("on", Upos::Adp, 5, Case),
            ("Monday", Propn, 2, Obl),
            // (the parser hangs the comma on the conjunct)
            (",", Upos::Punct, 8, Punct),
            ("the", Upos::Det, 8, Det),
            ("ministry", Noun, 5, Conj),
            ("said", Verb, 2, Conj),
            (".", Upos::Punct, 2, Punct),
        ];
        let (u, mut h, mut r) = tree(rows);
        assert_eq!(attribution_subject(&u, &mut h, &mut r), 1);
        assert_eq!((h[7], r[7]), (9, Nsubj), "the ministry says");
        assert_eq!(r[8], Parataxis);
        // "Lee met Kim , Park and Cho , then left ." keeps its list (it has "and")
        let rows: &[(&str, Upos, u32, DepRel)] = &[
            ("Lee", Propn, 2, Nsubj),
            ("met", Verb, 0, Root),
            ("Kim", Propn, 2, Obj),
            (",", Upos::Punct, 5, Punct),
            ("Park", Propn, 3, Conj),
            ("and", Cconj, 7, Cc),
            ("Cho", Propn, 3, Conj),
            (",", Upos::Punct, 9, Punct),
            ("left", Verb, 2, Conj),
            (".", Upos::Punct, 2, Punct),
        ];
        let (u, mut h, mut r) = tree(rows);
        assert_eq!(attribution_subject(&u, &mut h, &mut r), 0);
    }

    #[test]
    fn a_clause_after_a_preposition_takes_its_subject() {
        use DepRel::*;
        use Upos::{Noun, Pron, Propn, Verb};
        use Xpos as X;
        // "He spoke as/in <name>" opens every tree below
        let opening: [(Upos, Xpos, u32, DepRel); 4] = [
            (Pron, X::Prp, 2, Nsubj),
            (Verb, X::Vbd, 0, Root),
            (Upos::Adp, X::In, 4, Case),
            (Propn, X::Nnp, 2, Obl),
        ];
        // "He spoke as Ann Lee , the chief , warned Kim ." as the parser gave it
        let rows = [
            &opening[..],
            &[
                (Propn, X::Nnp, 4, Flat),
                (Upos::Punct, X::Comma, 8, Punct),
                (Upos::Det, X::Dt, 8, Det),
                (Noun, X::Nn, 4, Appos),
                (Upos::Punct, X::Comma, 10, Punct),
                (Verb, X::Vbd, 2, Conj),
                (Propn, X::Nnp, 10, Obj),
                (Upos::Punct, X::Period, 2, Punct),
            ][..],
        ]
        .concat();
        let (u, x, mut h, mut r) = tagged_tree(&rows);
        assert_eq!(clause_after_preposition(&u, &x, &mut h, &mut r), 1);
        assert_eq!((h[3], r[3]), (10, Nsubj), "Ann Lee warns");
        assert_eq!((h[2], r[2]), (10, Mark));
        assert_eq!((h[9], r[9]), (2, Advcl));
        // "He arrived in London , met Kim ." keeps its two verbs: no apposition
        let rows = [
            &opening[..],
            &[
                (Upos::Punct, X::Comma, 6, Punct),
                (Verb, X::Vbd, 2, Conj),
                (Propn, X::Nnp, 6, Obj),
                (Upos::Punct, X::Period, 2, Punct),
            ][..],
        ]
        .concat();
        let (u, x, mut h, mut r) = tagged_tree(&rows);
        assert_eq!(clause_after_preposition(&u, &x, &mut h, &mut r), 0);
        // "He spoke in Rome , the capital , and met Kim ." keeps them too: a conjunction
        let rows = [
            &opening[..],
            &[
                (Upos::Punct, X::Comma, 7, Punct),
                (Upos::Det, X::Dt, 7, Det),
                (Noun, X::Nn, 4, Appos),
                (Upos::Punct, X::Comma, 10, Punct),
                (Upos::Cconj, X::Cc, 10, Cc),
                (Verb, X::Vbd, 2, Conj),
                (Propn, X::Nnp, 10, Obj),
                (Upos::Punct, X::Period, 2, Punct),
            ][..],
        ]
        .concat();
        let (u, x, mut h, mut r) = tagged_tree(&rows);
        assert_eq!(clause_after_preposition(&u, &x, &mut h, &mut r), 0);
    }

    #[test]
    fn a_relative_clause_read_as_a_second_clause_hangs_on_its_name() {
        use DepRel::*;
        use Upos::{Noun, Pron, Propn, Verb};
        // "Lee took a call from Kim Jong , who held talks ." with "held" read as a conjunct
        // (or a parataxis, an adverbial clause) of "took"
        for rel in [Conj, Parataxis, Advcl] {
            let rows: &[(&str, Upos, u32, DepRel)] = &[
                ("Lee", Propn, 2, Nsubj),
                ("took", Verb, 0, Root),
                ("a", Upos::Det, 4, Det),
                ("call", Noun, 2, Obj),
                ("from", Upos::Adp, 6, Case),
                ("Kim", Propn, 4, Nmod),
                ("Jong", Propn, 6, Flat),
                (",", Upos::Punct, 2, Punct),
                ("who", Pron, 10, Nsubj),
                ("held", Verb, 2, rel),
                ("talks", Noun, 10, Obj),
                (".", Upos::Punct, 2, Punct),
            ];
            let (u, mut h, mut r) = tree(rows);
            let mut x = vec![Xpos::Nnp; u.len()];
            (x[7], x[8]) = (Xpos::Comma, Xpos::Wp);
            assert_eq!(
                relative_clause_conjunct(&u, &x, &mut h, &mut r),
                1,
                "{rel:?}"
            );
            assert_eq!((h[9], r[9]), (6, AclRelcl), "Kim held the talks ({rel:?})");
            assert_eq!(h[7], 10, "the comma is the clause's");
            // a relative "which", a clause with its conjunction ("Kim , and who"), a
            // pronoun before the comma: the tree stays
            for (k, xp, up) in [
                (8, Xpos::Wdt, Pron),
                (7, Xpos::Cc, Upos::Cconj),
                (6, Xpos::Prp, Pron),
            ] {
                let (mut u, mut h, mut r) = tree(rows);
                let mut x = vec![Xpos::Nnp; u.len()];
                (x[7], x[8]) = (Xpos::Comma, Xpos::Wp);
                x[k] = xp;
                u[k] = up;
                assert_eq!(relative_clause_conjunct(&u, &x, &mut h, &mut r), 0, "{k}");
                assert_eq!((h[9], r[9]), (2, rel));
            }
        }
    }

    #[test]
    fn a_titled_name_after_a_conjunction_is_one_conjunct() {
        use DepRel::*;
        use EntityLabel::{Misc, Person as Per};
        use Upos::{Adj, Cconj, Noun, Pron, Propn, Verb};
        // "Serbian President Nikola Lee and Hungarian Prime Minister Viktor Kim have
        // signed a deal ." as the parser gave it: the nationality a conjunct, the name an
        // apposition
        let rows: &[(&str, Upos, u32, DepRel)] = &[
            ("Serbian", Adj, 3, Amod),
            ("President", Propn, 3, NmodDesc),
            ("Nikola", Propn, 12, Nsubj),
            ("Lee", Propn, 3, Flat),
            ("and", Cconj, 6, Cc),
            ("Hungarian", Propn, 3, Conj),
            ("Prime", Adj, 8, Amod),
            ("Minister", Propn, 9, NmodDesc),
            ("Viktor", Propn, 3, Appos),
            ("Kim", Propn, 9, Flat),
            ("have", Upos::Aux, 12, DepRel::Aux),
            ("signed", Verb, 0, Root),
            ("a", Upos::Det, 14, Det),
            ("deal", Noun, 12, Obj),
            (".", Upos::Punct, 12, Punct),
        ];
        let entities = [(0, 1, Misc), (2, 4, Per), (5, 6, Misc), (8, 10, Per)];
        let (u, mut h, mut r) = tree(rows);
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &entities), 1);
        assert_eq!((h[2], r[2]), (12, Nsubj), "Nikola stays the subject");
        assert_eq!((h[8], r[8]), (3, Conj), "Viktor is Nikola's conjunct");
        assert_eq!((h[4], r[4]), (9, Cc));
        assert_eq!((h[7], r[7]), (9, NmodDesc), "the title describes Viktor");
        assert_eq!(
            (h[5], r[5]),
            (8, Compound),
            "the nationality is the title's"
        );
        assert_eq!(h[6], 8);
        // once repaired, nothing changes; without the person's span, nothing either
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &entities), 0);
        let (u, mut h, mut r) = tree(rows);
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &entities[..3]), 0);

        // "Turkish President Recep Ali and Russian President Ivan Popov discussed it ."
        // : the first name an oblique, the second the subject of one verb
        let (u, mut h, mut r) = tree(&[
            ("Turkish", Adj, 3, Amod),
            ("President", Propn, 3, NmodDesc),
            ("Recep", Propn, 10, Obl),
            ("Ali", Propn, 3, Flat),
            ("and", Cconj, 6, Cc),
            ("Russian", Adj, 3, Conj),
            ("President", Propn, 8, NmodDesc),
            ("Ivan", Propn, 10, Nsubj),
            ("Popov", Propn, 8, Flat),
            ("discussed", Verb, 0, Root),
            ("it", Pron, 10, Obj),
        ]);
        let entities = [(2, 4, Per), (7, 9, Per)];
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &entities), 1);
        assert_eq!((h[2], r[2]), (10, Nsubj), "Recep takes the subject's place");
        assert_eq!((h[7], r[7]), (3, Conj));
        assert_eq!((h[6], r[6]), (8, NmodDesc));
        assert_eq!((h[5], r[5]), (7, Amod), "the nationality is the title's");

        // "Foreign Minister Sami Ali and his Jordanian counterpart Ayman Omar met ." : the
        // title noun a conjunct of its own (Jordan would meet), the name another
        let (u, mut h, mut r) = tree(&[
            ("Foreign", Adj, 2, Amod),
            ("Minister", Propn, 3, NmodDesc),
            ("Sami", Propn, 4, Compound),
            ("Ali", Propn, 11, Nsubj),
            ("and", Cconj, 8, Cc),
            ("his", Pron, 8, NmodPoss),
            ("Jordanian", Propn, 8, Amod),
            ("counterpart", Noun, 4, Conj),
            ("Ayman", Propn, 10, Compound),
            ("Omar", Propn, 4, Conj),
            ("met", Verb, 0, Root),
        ]);
        let entities = [(2, 4, Per), (6, 7, Misc), (8, 10, Per)];
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &entities), 1);
        assert_eq!((h[9], r[9]), (4, Conj));
        assert_eq!((h[7], r[7]), (10, NmodDesc), "the counterpart is Omar");
        assert_eq!((h[4], r[4]), (10, Cc));
        assert_eq!(
            (h[5], h[6]),
            (8, 8),
            "his and Jordanian stay the counterpart's"
        );
        assert_eq!((h[3], r[3]), (11, Nsubj));

        // "Lee hosted Rwandan President Paul Kim and Congolese President Felix Omar ." :
        // the second name hung word by word on the first, no phrase of its own
        let (u, mut h, mut r) = tree(&[
            ("Lee", Propn, 2, Nsubj),
            ("hosted", Verb, 0, Root),
            ("Rwandan", Propn, 4, Amod),
            ("President", Propn, 5, NmodDesc),
            ("Paul", Propn, 2, Obj),
            ("Kim", Propn, 5, Flat),
            ("and", Cconj, 8, Cc),
            ("Congolese", Propn, 5, Conj),
            ("President", Propn, 5, List),
            ("Felix", Propn, 5, List),
            ("Omar", Propn, 5, List),
            (".", Upos::Punct, 2, Punct),
        ]);
        let entities = [
            (0, 1, Per),
            (2, 3, Misc),
            (4, 6, Per),
            (7, 8, Misc),
            (9, 11, Per),
        ];
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &entities), 1);
        assert_eq!((h[9], r[9]), (5, Conj), "Felix is Paul's conjunct");
        assert_eq!((h[10], r[10]), (10, Flat), "Omar is Felix's last name");
        assert_eq!((h[8], r[8]), (10, NmodDesc));
        assert_eq!((h[7], r[7]), (9, Compound));
        assert_eq!((h[4], r[4]), (2, Obj), "Paul stays the object");
    }

    #[test]
    fn a_coordinated_phrase_after_a_place_hangs_on_the_event() {
        use DepRel::*;
        use EntityLabel::{Location as Loc, Person as Per};
        use Upos::{Adp, Cconj, Noun, Propn, Verb};
        // "Lee joined talks in Kyiv between Ann Kim and Bob Park ." as the parser gave it
        let rows: &[(&str, Upos, u32, DepRel)] = &[
            ("Lee", Propn, 2, Nsubj),
            ("joined", Verb, 0, Root),
            ("talks", Noun, 2, Obj),
            ("in", Adp, 5, Case),
            ("Kyiv", Propn, 3, Nmod),
            ("between", Adp, 7, Case),
            ("Ann", Propn, 5, Nmod),
            ("Kim", Propn, 7, Flat),
            ("and", Cconj, 10, Cc),
            ("Bob", Propn, 7, Conj),
            ("Park", Propn, 10, Flat),
            (".", Upos::Punct, 2, Punct),
        ];
        let entities = [(0, 1, Per), (4, 5, Loc), (6, 8, Per), (9, 11, Per)];
        let (u, mut h, r) = tree(rows);
        assert_eq!(phrase_after_place(&u, &mut h, &r, &entities), 1);
        assert_eq!(h[6], 3, "the talks are between Ann and Bob");
        // a phrase of one name ("in Kyiv with Ann Kim"), a place not recognized as one,
        // or a place hung on a verb ("met in Kyiv between ...") stays
        let (u, mut h, mut r) = tree(rows);
        r[9] = Appos;
        assert_eq!(phrase_after_place(&u, &mut h, &r, &entities), 0);
        let (u, mut h, r) = tree(rows);
        let unplaced = [(0, 1, Per), (4, 5, Per), (6, 8, Per), (9, 11, Per)];
        assert_eq!(phrase_after_place(&u, &mut h, &r, &unplaced), 0);
        let (mut u, mut h, r) = tree(rows);
        u[2] = Verb;
        assert_eq!(phrase_after_place(&u, &mut h, &r, &entities), 0);
        assert_eq!(h[6], 5);
    }

    #[test]
    fn titles_of_one_person_and_other_coordinations_stay() {
        use DepRel::*;
        use EntityLabel::{Location as Loc, Person as Per};
        use Upos::{Adj, Cconj, Propn, Verb};
        // "Foreign Minister and Deputy Prime Minister Ishaq Dar met Lee ." : two titles of
        // one person; no name ends at the conjunction
        let (u, mut h, mut r) = tree(&[
            ("Foreign", Adj, 2, Amod),
            ("Minister", Propn, 8, Nsubj),
            ("and", Cconj, 6, Cc),
            ("Deputy", Adj, 6, Amod),
            ("Prime", Adj, 6, Amod),
            ("Minister", Propn, 2, Conj),
            ("Ishaq", Propn, 2, Appos),
            ("Dar", Propn, 7, Flat),
            ("met", Verb, 0, Root),
            ("Lee", Propn, 9, Obj),
        ]);
        let before = (h.clone(), r.clone());
        assert_eq!(
            titled_conjunct(&u, &mut h, &mut r, &[(6, 8, Per), (9, 10, Per)]),
            0
        );
        assert_eq!((h, r), before);
        // "Lee flew to Kenya , Uganda and Tanzania ." : a list of places, no title
        let (u, mut h, mut r) = tree(&[
            ("Lee", Propn, 2, Nsubj),
            ("flew", Verb, 0, Root),
            ("to", Upos::Adp, 4, Case),
            ("Kenya", Propn, 2, Obl),
            (",", Upos::Punct, 6, Punct),
            ("Uganda", Propn, 4, Conj),
            ("and", Cconj, 8, Cc),
            ("Tanzania", Propn, 4, Conj),
        ]);
        let places = [(0, 1, Per), (3, 4, Loc), (5, 6, Loc), (7, 8, Loc)];
        assert_eq!(titled_conjunct(&u, &mut h, &mut r, &places), 0);
        // "Lee praised Kenya and Chinese leader Xi Ping said no ." : two clauses (the
        // second name the subject of another verb) stay
        let (u, mut h, mut r) = tree(&[
            ("Lee", Propn, 2, Nsubj),
            ("praised", Verb, 0, Root),
            ("Kenya", Propn, 2, Obj),
            ("and", Cconj, 10, Cc),
            ("Chinese", Adj, 6, Amod),
            ("leader", Upos::Noun, 7, NmodDesc),
            ("Xi", Propn, 10, Nsubj),
            ("Ping", Propn, 7, Flat),
            ("said", Verb, 2, Conj),
            ("no", Upos::Intj, 9, Obj),
        ]);
        // (the conjunction hangs on "said": a word outside the name hangs inside)
        h[3] = 9;
        let before = (h.clone(), r.clone());
        assert_eq!(
            titled_conjunct(&u, &mut h, &mut r, &[(0, 1, Per), (2, 3, Loc), (6, 8, Per)]),
            0
        );
        assert_eq!((h, r), before);
    }

    #[test]
    fn a_name_coordinated_with_the_object_moves_to_it() {
        use DepRel::*;
        use Upos::{Cconj, Noun, Propn, Sconj, Verb};
        // "Howard accused the minister and Gordon Brown of lying ." as the parser gave it
        let (u, mut h, r) = tree(&[
            ("Howard", Propn, 2, Nsubj),
            ("accused", Verb, 0, Root),
            ("the", Upos::Det, 4, Det),
            ("minister", Noun, 2, Obj),
            ("and", Cconj, 7, Cc),
            ("Gordon", Propn, 7, Compound),
            ("Brown", Propn, 2, Conj),
            ("of", Sconj, 9, Mark),
            ("lying", Verb, 7, Acl),
            (".", Upos::Punct, 2, Punct),
        ]);
        assert_eq!(coordinated_objects(&u, &mut h, &r), 1);
        assert_eq!(h[6], 4, "Brown is a conjunct of minister");
    }

    #[test]
    fn clauses_possessors_and_plain_nouns_stay() {
        use DepRel::*;
        use Upos::{Adp, Aux, Cconj, Noun, Part, Pron, Propn, Verb};
        // "She met Ann and it was a talk ." : the conjunct has a subject and a copula
        let (u, mut h, r) = tree(&[
            ("She", Pron, 2, Nsubj),
            ("met", Verb, 0, Root),
            ("Ann", Propn, 2, Obj),
            ("and", Cconj, 8, Cc),
            ("it", Pron, 8, Nsubj),
            ("was", Aux, 8, Cop),
            ("a", Upos::Det, 8, Det),
            ("talk", Noun, 2, Conj),
            (".", Upos::Punct, 2, Punct),
        ]);
        assert_eq!(coordinated_objects(&u, &mut h, &r), 0);
        // "They added Paris and Rome 's figures ." : the conjunct has a possessor
        let (u, mut h, r) = tree(&[
            ("They", Pron, 2, Nsubj),
            ("added", Verb, 0, Root),
            ("Paris", Propn, 2, Obj),
            ("and", Cconj, 7, Cc),
            ("Rome", Propn, 7, NmodPoss),
            ("'s", Part, 5, Case),
            ("figures", Noun, 2, Conj),
            (".", Upos::Punct, 2, Punct),
        ]);
        assert_eq!(coordinated_objects(&u, &mut h, &r), 0);
        // with no name on either side ("He sold cars and boats", misparsed) nothing
        // moves: such arcs are as often a second predicate with its verb left out
        let (u, mut h, r) = tree(&[
            ("He", Pron, 2, Nsubj),
            ("sold", Verb, 0, Root),
            ("cars", Noun, 2, Obj),
            ("and", Cconj, 5, Cc),
            ("boats", Noun, 2, Conj),
            (".", Upos::Punct, 2, Punct),
        ]);
        assert_eq!(coordinated_objects(&u, &mut h, &r), 0);
        // a conjunct not adjacent to the object's phrase ("met Ann on Monday and Bob")
        let (u, mut h, r) = tree(&[
            ("She", Pron, 2, Nsubj),
            ("met", Verb, 0, Root),
            ("Ann", Propn, 2, Obj),
            ("on", Adp, 5, Case),
            ("Monday", Propn, 2, Obl),
            ("and", Cconj, 7, Cc),
            ("Bob", Propn, 2, Conj),
        ]);
        assert_eq!(coordinated_objects(&u, &mut h, &r), 0);
    }

    #[test]
    fn a_person_after_a_role_noun_takes_its_place() {
        use DepRel::*;
        use Upos::{Adp, Noun, Propn, Verb};
        // "Ann held talks with bank boss Clara Furse ." as the parser gave it
        let (u, mut h, mut r) = tree(&[
            ("Ann", Propn, 2, Nsubj),
            ("held", Verb, 0, Root),
            ("talks", Noun, 2, Obj),
            ("with", Adp, 6, Case),
            ("bank", Noun, 6, Compound),
            ("boss", Noun, 3, Nmod),
            ("Clara", Propn, 8, Compound),
            ("Furse", Propn, 2, Obl),
            (".", Upos::Punct, 2, Punct),
        ]);
        assert_eq!(role_before_name(&u, &mut h, &mut r, [(6, 8)]), 1);
        assert_eq!((h[7], r[7]), (3, Nmod), "Furse is the nmod of talks");
        assert_eq!((h[5], r[5]), (8, NmodDesc), "boss describes Furse");
        assert_eq!(h[3], 8, "with marks Furse");
        // not a person (no span given), or the name a subject: nothing moves
        let (u, mut h2, mut r2) = (u.clone(), h.clone(), r.clone());
        assert_eq!(role_before_name(&u, &mut h2, &mut r2, []), 0);
        let (u, mut h, mut r) = tree(&[
            ("prosecutor", Noun, 4, Appos),
            ("Bernd", Propn, 4, Nsubj),
            ("limited", Verb, 0, Root),
            ("charges", Noun, 3, Obj),
        ]);
        assert_eq!(role_before_name(&u, &mut h, &mut r, [(1, 2)]), 0);
    }

    #[test]
    fn a_name_before_its_apposition_is_the_subject_of_the_verb_after_it() {
        use DepRel::*;
        use Upos::{Noun, Propn, Punct as P, Verb};
        let c = Xpos::Comma;
        // "Anthony Meyer , a Tory backbencher , attacked Margaret Thatcher ." as parsed,
        // with the verb hung on the name by `verb_rel`
        let parsed = |verb_rel: DepRel| {
            tree(&[
                ("Anthony", Propn, 0, Root),
                ("Meyer", Propn, 1, Flat),
                (",", P, 6, Punct),
                ("a", Upos::Det, 6, Det),
                ("Tory", Propn, 6, Compound),
                ("backbencher", Noun, 1, Appos),
                (",", P, 1, Punct),
                ("attacked", Verb, 1, verb_rel),
                ("Margaret", Propn, 8, Obj),
                ("Thatcher", Propn, 9, Flat),
                (".", P, 1, Punct),
            ])
        };
        let (u, mut h, mut r) = parsed(Parataxis);
        let x = |verb: Xpos| {
            use Xpos::*;
            vec![Nnp, Nnp, c, Dt, Nnp, Nn, c, verb, Nnp, Nnp, Period]
        };
        assert_eq!(apposed_subject(&u, &x(Xpos::Vbd), &mut h, &mut r), 1);
        assert_eq!((h[7], r[7]), (0, Root), "attacked is the root");
        assert_eq!((h[0], r[0]), (8, Nsubj), "Anthony is its subject");
        assert_eq!(
            (h[5], r[5]),
            (1, Appos),
            "the backbencher is Anthony's apposition"
        );
        assert_eq!((h[6], h[2]), (6, 6), "the commas are the apposition's");
        assert_eq!(h[10], 8, "the full stop hangs on the verb");
        // once repaired, nothing changes
        assert_eq!(apposed_subject(&u, &x(Xpos::Vbd), &mut h, &mut r), 0);

        // a participle with no auxiliary (a reduced relative: "Meyer, a backbencher,
        // elected in 1970") and a tree whose root lies after the second comma stay
        let (u, mut h, mut r) = parsed(Acl);
        assert_eq!(apposed_subject(&u, &x(Xpos::Vbn), &mut h, &mut r), 0);
        let mut h2: Vec<u32> = vec![8, 1, 6, 6, 6, 1, 1, 0, 8, 9, 8];
        let mut r2 = r.clone();
        assert_eq!(apposed_subject(&u, &x(Xpos::Vbd), &mut h2, &mut r2), 0);
    }

    #[test]
    fn a_clause_before_the_second_comma_or_no_name_first_stays() {
        use DepRel::*;
        use Upos::{Adv, Noun, Pron, Propn, Punct as P, Verb};
        let c = Xpos::Comma;
        // "Meanwhile , in London , police arrested him ." : no noun opens the sentence
        let (u, mut h, mut r) = tree(&[
            ("Meanwhile", Adv, 0, Root),
            (",", P, 1, Punct),
            ("in", Upos::Adp, 4, Case),
            ("London", Propn, 1, Obl),
            (",", P, 1, Punct),
            ("police", Noun, 7, Nsubj),
            ("arrested", Verb, 1, Parataxis),
            ("him", Pron, 7, Obj),
        ]);
        let x = {
            use Xpos::*;
            vec![Rb, c, In, Nnp, c, Nns, Vbd, Prp]
        };
        assert_eq!(apposed_subject(&u, &x, &mut h, &mut r), 0);
        // "Ann , who left , said no ." : a verb between the commas
        let (u, mut h, mut r) = tree(&[
            ("Ann", Propn, 0, Root),
            (",", P, 4, Punct),
            ("who", Pron, 4, Nsubj),
            ("left", Verb, 1, AclRelcl),
            (",", P, 1, Punct),
            ("said", Verb, 1, Parataxis),
            ("no", Upos::Intj, 6, Obj),
        ]);
        let x = {
            use Xpos::*;
            vec![Nnp, c, Wp, Vbd, c, Vbd, Uh]
        };
        assert_eq!(apposed_subject(&u, &x, &mut h, &mut r), 0);
    }
}
