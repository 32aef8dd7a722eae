//! Trains the coreference model on GUM and writes it to `assets/models/coref.agm`;
//! scores it (and the plain rules) on GUM dev and test.
//!
//! ```text
//! cargo run --release --features train --bin train_coref -- [--data DIR] [--out FILE]
//!     [--epochs N] [--seed N] [--prune N] [--no-actor-view] [--own-entities] [--costs FN,FL,WL] [--evaluate]
//! ```
//!
//! `--data` defaults to `../shared/data` relative to the project root. `--evaluate`
//! scores the model at `--out` without training. The model is chosen on dev (the best
//! pass); test is only reported. Training is deterministic for a fixed seed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use actorgraph::lexicon::Lexicon;
use actorgraph::nlp::Models;
use actorgraph::nlp::coref::Model;
use actorgraph::nlp::coref::gum::{GoldDocument, read_gum};
use actorgraph::nlp::coref::score::Scores;
use actorgraph::nlp::coref::train::{self, CorefOptions, Report};

/// Any error, shown as its message.
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

struct Args {
    data: PathBuf,
    out: PathBuf,
    opts: CorefOptions,
    evaluate: bool,
}

fn parse_args() -> Result<Args> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        data: root.join("../shared/data"),
        out: root.join("assets/models/coref.agm"),
        opts: CorefOptions::default(),
        evaluate: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => a.data = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--epochs" => a.opts.epochs = value()?.parse()?,
            "--seed" => a.opts.seed = value()?.parse()?,
            "--prune" => a.opts.prune = value()?.parse()?,
            "--no-actor-view" => a.opts.actor_view = false,
            "--own-entities" => a.opts.own_entities = true,
            "--costs" => {
                let v: Vec<f32> = value()?
                    .split(',')
                    .map(str::parse)
                    .collect::<std::result::Result<_, _>>()?;
                if v.len() != 3 {
                    return Err("--costs takes FALSE_NEW,FALSE_LINK,WRONG_LINK".into());
                }
                a.opts.costs = train::Costs {
                    false_new: v[0],
                    false_link: v[1],
                    wrong_link: v[2],
                };
            }
            "--evaluate" => a.evaluate = true,
            "-h" | "--help" => {
                println!(
                    "usage: train_coref [--data DIR] [--out FILE] [--epochs N] [--seed N] \
                     [--prune N] [--no-actor-view] [--own-entities] [--costs FN,FL,WL] [--evaluate]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown flag {other}").into()),
        }
    }
    Ok(a)
}

fn read(path: &Path, models: &Models, lex: &Lexicon) -> Result<Vec<GoldDocument>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(read_gum(&text, models, lex)?)
}

fn line(name: &str, s: &Scores) -> String {
    format!(
        "  {name:<8} MUC {:5.2}  B3 {:5.2}  CEAF-e {:5.2}  CoNLL {:5.2}   (MUC P/R {:.1}/{:.1}, B3 {:.1}/{:.1}, CEAF-e {:.1}/{:.1})",
        100.0 * s.muc.f1(),
        100.0 * s.b_cubed.f1(),
        100.0 * s.ceaf_e.f1(),
        100.0 * s.conll_f1(),
        100.0 * s.muc.precision(),
        100.0 * s.muc.recall(),
        100.0 * s.b_cubed.precision(),
        100.0 * s.b_cubed.recall(),
        100.0 * s.ceaf_e.precision(),
        100.0 * s.ceaf_e.recall(),
    )
}

fn show(name: &str, r: &Report) {
    println!(
        "GUM {name}: {} documents, {} gold mentions (F1 x 100, singletons left out)",
        r.documents, r.mentions
    );
    println!("{}", line("model", &r.model));
    println!("{}", line("rules", &r.rules));
    println!("{}", line("hybrid", &r.hybrid));
    println!(
        "  actor anaphors ({}): model {:.2}%, rule {:.2}% right",
        r.actor_model.total,
        100.0 * r.actor_model.accuracy(),
        100.0 * r.actor_rules.accuracy()
    );
    for (form, d) in ["pronouns", "names", "others"].iter().zip(&r.decisions) {
        println!(
            "  {form:<8} right {:5}  new for a link {:5}  a link for new {:5}  wrong link {:5}",
            d[0], d[1], d[2], d[3]
        );
    }
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let ud = args.data.join("ud");
    let start = Instant::now();
    let mut progress = |msg: String| eprintln!("[{:7.1}s] {msg}", start.elapsed().as_secs_f64());
    let models = Models::load_default()?;
    let lex = Lexicon::load_default()?;
    let file = |split: &str| ud.join(format!("en_gum-open-ud-{split}.conllu"));
    let dev = read(&file("dev"), &models, &lex)?;
    let model = if args.evaluate {
        Model::from_bytes(&args.out.display().to_string(), std::fs::read(&args.out)?)?
    } else {
        let train_docs = read(&file("train"), &models, &lex)?;
        progress(format!(
            "read {} training documents ({} mentions), {} dev",
            train_docs.len(),
            train_docs
                .iter()
                .map(|d| d.doc.mentions.len())
                .sum::<usize>(),
            dev.len()
        ));
        let model = train::train(&train_docs, &dev, &args.opts, &mut progress);
        let bytes = model.to_bytes();
        std::fs::write(&args.out, &bytes)?;
        progress(format!(
            "wrote {} ({:.2} MB)",
            args.out.display(),
            bytes.len() as f64 / 1e6
        ));
        model
    };
    show("dev", &train::evaluate(&model, &dev));
    let test = read(&file("test"), &models, &lex)?;
    show("test", &train::evaluate(&model, &test));
    Ok(())
}
