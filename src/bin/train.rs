//! Trains the shipped models from the treebanks and writes them to `assets/models/`.
//!
//! ```text
//! cargo run --release --features train --bin train -- [--data DIR] [--out DIR]
//!     [--only tagger|parser|ner] [--floating-quantifiers] [--seed N] [--tagger-epochs N] ...
//! ```
//!
//! `--data` defaults to `../shared/data` relative to the project root. Training is
//! deterministic for a fixed seed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use actorgraph::nlp::{self, ConlluSentence, train};

/// Any error, shown as its message.
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The text of `path`, naming it in errors.
fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()).into())
}

fn read_conllu(path: &Path) -> Result<Vec<ConlluSentence>> {
    Ok(nlp::parse_conllu(&read_text(path)?)?)
}

struct Args {
    data: PathBuf,
    out: PathBuf,
    only: Option<String>,
    /// Add the copies of `train::floating_quantifiers` to the training sentences (tried,
    /// not shipped: see the README, "Floating quantifiers").
    augment: bool,
    tagger: train::TaggerOptions,
    parser: train::ParserOptions,
    ner: train::NerOptions,
}

fn parse_args() -> Result<Args> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        data: root.join("../shared/data"),
        out: root.join("assets/models"),
        only: None,
        augment: false,
        tagger: train::TaggerOptions::default(),
        parser: train::ParserOptions::default(),
        ner: train::NerOptions::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => a.data = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--only" => a.only = Some(value()?),
            "--floating-quantifiers" => a.augment = true,
            "--seed" => a.tagger.seed = value()?.parse()?,
            "--tagger-epochs" => a.tagger.epochs = value()?.parse()?,
            "--tagger-prune" => a.tagger.prune = value()?.parse()?,
            "--parser-epochs" => a.parser.epochs = value()?.parse()?,
            "--jackknife" => a.parser.jackknife_folds = value()?.parse()?,
            "--parser-prune" => a.parser.prune = value()?.parse()?,
            "--labeler-prune" => a.parser.labeler_prune = value()?.parse()?,
            "--ner-epochs" => a.ner.epochs = value()?.parse()?,
            "--ner-prune" => a.ner.prune = value()?.parse()?,
            "--ner-prune-levels" => {
                a.ner.prune_levels = value()?
                    .split(',')
                    .map(str::parse)
                    .collect::<std::result::Result<_, _>>()?
            }
            "--parser-prune-levels" => {
                a.parser.prune_levels = value()?
                    .split(',')
                    .map(str::parse)
                    .collect::<std::result::Result<_, _>>()?
            }
            "-h" | "--help" => {
                println!(
                    "usage: train [--data DIR] [--out DIR] [--only tagger|parser|ner] [--floating-quantifiers] [--seed N] \
                     [--tagger-epochs N] [--tagger-prune X] [--parser-epochs N] [--jackknife FOLDS] [--parser-prune X] [--ner-epochs N] [--ner-prune X]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown flag {other}").into()),
        }
    }
    Ok(a)
}

fn main() -> Result<()> {
    // `train --convert-parser OLD NEW`: rewrite a parser file of 80-byte transition
    // buckets in buckets of one cache line, without retraining
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--convert-parser") && argv.len() == 4 {
        let (bytes, shadowed) = train::convert_parser(std::fs::read(&argv[2])?)?;
        std::fs::write(&argv[3], &bytes)?;
        eprintln!(
            "wrote {} ({} bytes; {shadowed} transition features left out)",
            argv[3],
            bytes.len()
        );
        return Ok(());
    }
    let args = parse_args()?;
    let ud = args.data.join("ud");
    let start = Instant::now();
    let mut progress = |msg: String| eprintln!("[{:7.1}s] {msg}", start.elapsed().as_secs_f64());
    let mut train_set = read_conllu(&ud.join("en_ewt-ud-train.conllu"))?;
    train_set.extend(read_conllu(&ud.join("en_gum-open-ud-train.conllu"))?);
    let treebanks = train_set.len();
    if args.augment {
        let copies = train::floating_quantifiers(&train_set);
        train_set.extend(copies);
    }
    let dev = read_conllu(&ud.join("en_ewt-ud-dev.conllu"))?;
    progress(format!(
        "read {treebanks} training sentences (and {} with a floating quantifier), {} dev",
        train_set.len() - treebanks,
        dev.len()
    ));
    std::fs::create_dir_all(&args.out)?;
    let want = |m: &str| args.only.as_deref().is_none_or(|o| o == m);
    let tagger_path = args.out.join(nlp::TAGGER_FILE);
    if want("tagger") {
        let bytes = train::train_tagger(&train_set, &dev, &args.tagger, &mut progress);
        std::fs::write(&tagger_path, &bytes)?;
        progress(format!(
            "wrote {} ({:.2} MB)",
            tagger_path.display(),
            bytes.len() as f64 / 1e6
        ));
    }
    if want("parser") {
        let tagger_file = std::fs::read(&tagger_path)?;
        let tags = if args.parser.jackknife_folds > 1 {
            train::jackknife_tags(
                &train_set,
                args.parser.jackknife_folds,
                &args.parser.tagger,
                &mut progress,
            )
        } else {
            train::predicted_tags(&train_set, &tagger_file)?
        };
        let bytes = train::train_parser(
            &train_set,
            &tags,
            &dev,
            &tagger_file,
            &args.parser,
            &mut progress,
        );
        let path = args.out.join(nlp::PARSER_FILE);
        std::fs::write(&path, &bytes)?;
        progress(format!(
            "wrote {} ({:.2} MB)",
            path.display(),
            bytes.len() as f64 / 1e6
        ));
    }
    if want("ner") {
        let tagger_file = std::fs::read(&tagger_path)?;
        let parser_file = std::fs::read(args.out.join(nlp::PARSER_FILE))?;
        let read = |name: &str| read_text(&args.data.join("ner").join(name));
        let mut ner_train = train::read_iob(&read("conll2003-train.txt")?, 0, 3);
        let conll = ner_train.len();
        let gum = read_conllu(&ud.join("en_gum-open-ud-train.conllu"))?;
        ner_train.extend(gum.iter().map(train::gum_entities));
        let ner_dev = train::read_iob(&read("conll2003-dev.txt")?, 0, 3);
        progress(format!(
            "ner: {conll} CoNLL-2003 and {} GUM training sentences, {} dev",
            ner_train.len() - conll,
            ner_dev.len()
        ));
        let bytes = train::train_ner(
            &ner_train,
            &ner_dev,
            &tagger_file,
            &parser_file,
            &args.ner,
            &mut progress,
        )?;
        let path = args.out.join(nlp::NER_FILE);
        std::fs::write(&path, &bytes)?;
        progress(format!(
            "wrote {} ({:.2} MB)",
            path.display(),
            bytes.len() as f64 / 1e6
        ));
    }
    Ok(())
}
