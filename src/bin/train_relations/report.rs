//! What the trainer prints about the corpus, and its diagnostics (environment variables:
//! `SHOW_MISSES=N`, `SHOW_UNSEEN=1`, `SHOW_FP=1`, `ADDED=1`).

use std::collections::BTreeMap;

use crate::corpus::{Corpus, overlaps};
use crate::cv::{decisions, out_of_fold};
use crate::score::score;
use actorgraph::learn::GoldRecord;

/// The corpus, its candidates and why gold relations have none.
pub fn summary(corpus: &Corpus) {
    let sentences: usize = corpus.records.iter().map(Vec::len).sum();
    let gold_total: usize = corpus.gold.iter().map(Vec::len).sum();
    let (mut truth, mut label) = ([0usize; 4], [0usize; 4]);
    for x in &corpus.data {
        truth[x.truth] += 1;
        label[x.label] += 1;
    }
    let proposed = corpus.proposed();
    let mut unseen = 0;
    for (d, records) in corpus.records.iter().enumerate() {
        for (gi, g) in corpus.gold[d].iter().enumerate() {
            let r = &records[g.record];
            let rel = &r.relations[g.relation];
            let both = [&rel.source, &rel.target]
                .iter()
                .all(|id| corpus.seen(d, r.actor(id).and_then(|a| a.span)));
            if !proposed.contains(&(d, gi)) && !both {
                unseen += 1;
            }
        }
    }
    println!(
        "corpus: {} documents, {sentences} sentences, {gold_total} relations (meets, backs, opposes)",
        corpus.names.len()
    );
    println!(
        "candidates: {} (of their pair: none {}, meets {}, backs {}, opposes {}; taught, by trigger: none {}, meets {}, backs {}, opposes {})",
        corpus.data.len(),
        truth[0],
        truth[1],
        truth[2],
        truth[3],
        label[0],
        label[1],
        label[2],
        label[3]
    );
    println!(
        "gold relations with no candidate of their pair: {} of {gold_total} ({unseen} with a side that is no actor of the pipeline's, {} rule misses)",
        gold_total - proposed.len(),
        gold_total - proposed.len() - unseen
    );
    let mut by_rule: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for x in &corpus.data {
        for r in &x.c.rules {
            let e = by_rule.entry(r).or_default();
            e[0] += 1;
            e[1] += usize::from(x.truth != 0);
            if x.c.engine.is_none() {
                e[2] += 1;
                e[3] += usize::from(x.truth != 0);
            }
        }
    }
    println!(
        "\n| rule | candidates | of them a gold relation | not the engine's | of them a gold relation |\n|---|---|---|---|---|"
    );
    for (r, [n, pos, new, new_pos]) in &by_rule {
        println!("| `{r}` | {n} | {pos} | {new} | {new_pos} |");
    }
}

/// `SHOW_MISSES=N`: N gold relations no candidate matches, with the sentence's candidates.
pub fn misses(corpus: &Corpus, n: usize) {
    let proposed = corpus.proposed();
    let mut shown = 0;
    for (d, records) in corpus.records.iter().enumerate() {
        let text = &corpus.texts[&corpus.names[d]];
        for (gi, g) in corpus.gold[d].iter().enumerate() {
            if proposed.contains(&(d, gi)) || shown >= n {
                continue;
            }
            shown += 1;
            let r = &records[g.record];
            let rel = &r.relations[g.relation];
            let span = |s: Option<(usize, usize)>| s.map_or("-", |(s, e)| &text[s..e]);
            println!(
                "MISS {} | {} -{}-> {} [{}]\n  {}",
                corpus.names[d],
                span(r.actor(&rel.source).and_then(|a| a.span)),
                rel.relation,
                span(r.actor(&rel.target).and_then(|a| a.span)),
                span(rel.trigger),
                &text[r.sentence.0..r.sentence.1]
            );
            for x in corpus
                .data
                .iter()
                .filter(|x| x.doc == d && x.record == g.record)
            {
                println!(
                    "  cand {} -> {} [{}] {:?} truth {}",
                    x.c.names.0,
                    x.c.names.1,
                    &text[x.c.trigger.0..x.c.trigger.1],
                    x.c.rules,
                    x.truth
                );
            }
        }
    }
}

/// `SHOW_FP=1`: the 60 most confident out-of-fold candidates the engine does not state.
pub fn confident(corpus: &Corpus, folds: &[Vec<usize>], engine: &[usize]) {
    let probs = out_of_fold(&corpus.data, folds, 1e-3);
    let mut top: Vec<(f32, usize)> = (0..corpus.data.len())
        .filter(|&i| engine[i] == 0)
        .map(|i| (1.0 - probs[i][0], i))
        .collect();
    top.sort_by(|a, b| b.0.total_cmp(&a.0));
    for &(p, i) in top.iter().take(60) {
        let x = &corpus.data[i];
        let text = &corpus.texts[&corpus.names[x.doc]];
        println!(
            "{p:.2} label {} truth {} {} -> {} [{}] {:?}\n   {}",
            x.label,
            x.truth,
            x.c.names.0,
            x.c.names.1,
            &text[x.c.trigger.0..x.c.trigger.1],
            x.c.rules,
            &text[x.c.sentence.0..x.c.sentence.1]
        );
    }
}

/// `ADDED=1`: out-of-fold precision and recall by threshold, with the engine kept.
pub fn curve(corpus: &Corpus, folds: &[Vec<usize>], engine: &[usize], all: &[usize]) {
    for l2 in [1e-3, 3e-3] {
        let probs = out_of_fold(&corpus.data, folds, l2);
        let gate = std::env::var("GATE").unwrap_or_default();
        let pass: Vec<bool> = corpus
            .data
            .iter()
            .map(|x| {
                gate.split(',')
                    .filter(|g| !g.is_empty())
                    .all(|g| x.c.features.iter().any(|f| f == g))
            })
            .collect();
        for &t in crate::cv::THRESHOLDS {
            let mut kept = decisions(&probs, engine, [t; 3], 1.01);
            for (i, k) in kept.iter_mut().enumerate() {
                if engine[i] == 0 && !pass[i] {
                    *k = 0;
                }
            }
            let c = score(&corpus.data, &kept, all, &corpus.gold)[0];
            let (n, right) = crate::score::added(&corpus.data, &kept, engine, all);
            println!(
                "curve l2 {l2:e} t {t}: P {:.3} R {:.3} F {:.3}; added {n}, right {right}",
                c.p(),
                c.r(),
                c.f()
            );
        }
    }
}

/// `ENGINE_FP=N`: N candidates the engine states whose pair has no gold relation of that
/// class.
pub fn engine_errors(corpus: &Corpus, engine: &[usize], n: usize) {
    for (i, x) in corpus
        .data
        .iter()
        .enumerate()
        .filter(|(i, x)| engine[*i] != 0 && x.truth != engine[*i])
        .take(n)
    {
        let text = &corpus.texts[&corpus.names[x.doc]];
        let r = &corpus.records[x.doc][x.record];
        let gold = gold_relations(r, false);
        println!(
            "ENGINE {} truth {} {} -> {} [{}]\n   {}\n   gold: {}",
            engine[i],
            x.truth,
            x.c.names.0,
            x.c.names.1,
            &text[x.c.trigger.0..x.c.trigger.1],
            &text[x.c.sentence.0..x.c.sentence.1],
            gold
        );
    }
}

/// `STANCE_LIST=1`: every statement the engine makes in the class `stance`, right or
/// wrong, with its sentence and the gold of the sentence (to read them one by one).
pub fn stance_statements(corpus: &Corpus, engine: &[usize]) {
    for (i, x) in corpus
        .data
        .iter()
        .enumerate()
        .filter(|(i, x)| engine[*i] != 0 && x.c.engine_stance)
    {
        let text = &corpus.texts[&corpus.names[x.doc]];
        let r = &corpus.records[x.doc][x.record];
        let gold = gold_relations(r, true);
        println!(
            "STANCE {} {} {} -> {} [{}] {}\n   {}\n   gold: {}",
            if x.truth == engine[i] {
                "right"
            } else {
                "wrong"
            },
            actorgraph::learn::CLASSES[engine[i]].map_or("none", |c| c.as_str()),
            x.c.names.0,
            x.c.names.1,
            &text[x.c.trigger.0..x.c.trigger.1],
            corpus.names[x.doc],
            &text[x.c.sentence.0..x.c.sentence.1],
            gold
        );
    }
}

/// `BOTH_SEEN=N`: the gold relations the engine does not state though the pipeline sees
/// both sides as actors, counted by what the candidates of their pair are (no candidate,
/// one with the gold trigger the engine does not state, one with another trigger only, the
/// engine stating another class), and the first N of them with their candidates, each with
/// its modality and marks; with `STANCE_ONLY=1`, of the gold carried by an evaluation only,
/// with `NO_STANCE=1`, of the others only.
pub fn both_seen_misses(corpus: &Corpus, engine: &[usize], n: usize) {
    // `STANCE_ONLY=1`: only the gold relations the annotators marked as carried by an
    // evaluation; `NO_STANCE=1`: only those that are not
    let stance_only = std::env::var_os("STANCE_ONLY").is_some();
    let no_stance = std::env::var_os("NO_STANCE").is_some();
    let mut found = std::collections::HashSet::new();
    for (i, x) in corpus.data.iter().enumerate() {
        if engine[i] != 0 && engine[i] == x.truth {
            found.extend(x.matches.iter().map(|&g| (x.doc, g)));
        }
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut shown = 0;
    for (d, records) in corpus.records.iter().enumerate() {
        let text = &corpus.texts[&corpus.names[d]];
        for (gi, g) in corpus.gold[d].iter().enumerate() {
            let r = &records[g.record];
            let rel = &r.relations[g.relation];
            let spans = [&rel.source, &rel.target].map(|id| r.actor(id).and_then(|a| a.span));
            if found.contains(&(d, gi))
                || !spans.iter().all(|&s| corpus.seen(d, s))
                || (stance_only && !rel.stance)
                || (no_stance && rel.stance)
            {
                continue;
            }
            let pair: Vec<(usize, &crate::corpus::Labelled)> = corpus
                .data
                .iter()
                .enumerate()
                .filter(|(_, x)| x.doc == d && x.proposes.contains(&gi))
                .collect();
            let on_trigger = |x: &crate::corpus::Labelled| {
                rel.trigger
                    .is_none_or(|t| crate::corpus::overlaps(t, x.c.trigger))
            };
            let cause = if pair.is_empty() {
                "no candidate of the pair"
            } else if pair.iter().any(|(i, _)| engine[*i] != 0) {
                "the engine states the pair otherwise (class or direction)"
            } else if pair.iter().any(|(_, x)| on_trigger(x)) {
                "a candidate on the gold trigger, the engine silent"
            } else {
                "candidates of the pair on other words only"
            };
            *counts.entry(cause).or_default() += 1;
            if shown >= n {
                continue;
            }
            shown += 1;
            let span = |s: Option<(usize, usize)>| s.map_or("-", |(s, e)| &text[s..e]);
            let marks = [(rel.stance, " stance"), (rel.indirect, " indirect")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, m)| *m)
                .collect::<String>();
            println!(
                "SEEN {} | {} -{}-> {} [{}] {}{marks} ({cause})\n  {}",
                corpus.names[d],
                span(spans[0]),
                rel.relation,
                span(spans[1]),
                span(rel.trigger),
                rel.modality,
                &text[r.sentence.0..r.sentence.1]
            );
            for (i, x) in pair {
                println!(
                    "  cand {} -> {} [{}] {:?} engine {}",
                    x.c.names.0,
                    x.c.names.1,
                    &text[x.c.trigger.0..x.c.trigger.1],
                    x.c.rules,
                    engine[i]
                );
            }
        }
    }
    println!("\n| gold relation missed by the engine, both sides seen | count |\n|---|---|");
    for (cause, k) in counts {
        println!("| {cause} | {k} |");
    }
}

/// `SHOW_UNSEEN=1`: each side of a gold relation without a candidate that the pipeline does
/// not see as an actor of its sentence (what the actors' work must find), with the gold
/// name and type, the words of the span and the actors the pipeline sees in the sentence;
/// then the count of unseen sides by the gold type.
pub fn unseen(corpus: &Corpus) {
    let proposed = corpus.proposed();
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    for (d, records) in corpus.records.iter().enumerate() {
        let text = &corpus.texts[&corpus.names[d]];
        for (gi, g) in corpus.gold[d].iter().enumerate() {
            if proposed.contains(&(d, gi)) {
                continue;
            }
            let r = &records[g.record];
            let rel = &r.relations[g.relation];
            for id in [&rel.source, &rel.target] {
                let Some(a) = r.actor(id) else { continue };
                if corpus.seen(d, a.span) {
                    continue;
                }
                *by_kind.entry(a.kind.clone()).or_default() += 1;
                let seen: Vec<&str> = corpus.sentences[d]
                    .iter()
                    .filter(|s| overlaps(s.span, r.sentence))
                    .flat_map(|s| &s.actors)
                    .filter_map(|spans| Some(&text[spans.first()?.0..spans.last()?.1]))
                    .collect();
                println!(
                    "UNSEEN {} | {} \"{}\" = {} | {} | seen: {}\n  {}",
                    corpus.names[d],
                    a.kind,
                    a.span.map_or("-", |(s, e)| &text[s..e]),
                    a.name,
                    rel.relation,
                    seen.join(" / "),
                    &text[r.sentence.0..r.sentence.1]
                );
            }
        }
    }
    println!("unseen sides by gold type: {by_kind:?}");
}

/// The gold relations of a record as "source -relation-> target", joined by "; " (with
/// `mark_stance`, a judgement marked " (stance)"), for the listings above.
fn gold_relations(r: &GoldRecord, mark_stance: bool) -> String {
    let name = |id: &str| r.actor(id).map_or("?", |a| a.name.as_str());
    let rows: Vec<String> = r
        .relations
        .iter()
        .map(|g| {
            let mark = if mark_stance && g.stance {
                " (stance)"
            } else {
                ""
            };
            format!(
                "{} -{}-> {}{mark}",
                name(&g.source),
                g.relation,
                name(&g.target)
            )
        })
        .collect();
    rows.join("; ")
}
