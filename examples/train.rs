//! Trains the shipped models from the treebanks and writes them to `assets/models/`.
//!
//! ```text
//! cargo run --release --example train -- [--data DIR] [--out DIR] [--only tagger|parser|ner]
//!                                        [--seed N] [--tagger-epochs N] ...
//! ```
//!
//! `--data` defaults to `../shared/data` relative to the project root. Training is
//! deterministic for a fixed seed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use actorgraph::nlp::{self, ConlluSentence, train};

fn read_conllu(path: &Path) -> anyhow::Result<Vec<ConlluSentence>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(nlp::parse_conllu(&text)?)
}

struct Args {
    data: PathBuf,
    out: PathBuf,
    only: Option<String>,
    tagger: train::TaggerOptions,
}

fn parse_args() -> anyhow::Result<Args> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        data: root.join("../shared/data"),
        out: root.join("assets/models"),
        only: None,
        tagger: train::TaggerOptions::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .ok_or_else(|| anyhow::anyhow!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--data" => a.data = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--only" => a.only = Some(value()?),
            "--seed" => a.tagger.seed = value()?.parse()?,
            "--tagger-epochs" => a.tagger.epochs = value()?.parse()?,
            "--tagger-prune" => a.tagger.prune = value()?.parse()?,
            "-h" | "--help" => {
                println!(
                    "usage: train [--data DIR] [--out DIR] [--only tagger|parser|ner] [--seed N] \
                     [--tagger-epochs N] [--tagger-prune X]"
                );
                std::process::exit(0);
            }
            other => anyhow::bail!("unknown flag {other}"),
        }
    }
    Ok(a)
}

fn main() -> anyhow::Result<()> {
    let args = parse_args()?;
    let ud = args.data.join("ud");
    let start = Instant::now();
    let mut progress = |msg: String| eprintln!("[{:7.1}s] {msg}", start.elapsed().as_secs_f64());
    let mut train_set = read_conllu(&ud.join("en_ewt-ud-train.conllu"))?;
    train_set.extend(read_conllu(&ud.join("en_gum-open-ud-train.conllu"))?);
    let dev = read_conllu(&ud.join("en_ewt-ud-dev.conllu"))?;
    progress(format!(
        "read {} training sentences, {} dev",
        train_set.len(),
        dev.len()
    ));
    std::fs::create_dir_all(&args.out)?;
    let want = |m: &str| args.only.as_deref().is_none_or(|o| o == m);
    if want("tagger") {
        let bytes = train::train_tagger(&train_set, &dev, &args.tagger, &mut progress);
        let path = args.out.join(nlp::TAGGER_FILE);
        std::fs::write(&path, &bytes)?;
        progress(format!(
            "wrote {} ({:.2} MB)",
            path.display(),
            bytes.len() as f64 / 1e6
        ));
    }
    Ok(())
}
