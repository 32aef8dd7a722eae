//! Scores the models on the held-out data: UPOS, XPOS, lemma, UAS and LAS on the UD
//! English EWT and GUM test files (gold tokens, predicted tags, punctuation included,
//! LAS on universal relations as the CoNLL 2018 shared task scores it), and entity F1
//! (exact span and type, conlleval style) on CoNLL-2003 dev and UNER English-EWT dev.
//!
//! ```text
//! cargo run --release --example evaluate -- [--data DIR] [--models DIR] [--write-conllu DIR] [--dev]
//! ```
//!
//! `--dev` scores the EWT and GUM dev files instead of the test files: the figures to
//! choose features and settings on, keeping the test files for the final report.
//!
//! `--write-conllu DIR` also writes the test files re-annotated by the models (through
//! `nlp::reannotate_conllu`, as `actorgraph annotate --conllu` does), so that an
//! independent scorer such as the CoNLL 2018 shared task's `conll18_ud_eval.py` can
//! check the figures against the gold files.
//!
//! `--models` defaults to the built-in models. The last line printed is one JSON object
//! with the headline figures (fractions from 0 to 1).

use std::path::{Path, PathBuf};
use std::time::Instant;

use actorgraph::nlp::{self, EntityLabel, Models, train};

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut data = root.join("../shared/data");
    let mut models_dir: Option<PathBuf> = None;
    let mut write_dir: Option<PathBuf> = None;
    let mut split = "test";
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--data" => {
                data = it
                    .next()
                    .ok_or_else(|| anyhow::anyhow!("--data needs a value"))?
                    .into()
            }
            "--models" => {
                models_dir = Some(
                    it.next()
                        .ok_or_else(|| anyhow::anyhow!("--models needs a value"))?
                        .into(),
                )
            }
            "--write-conllu" => {
                write_dir = Some(
                    it.next()
                        .ok_or_else(|| anyhow::anyhow!("--write-conllu needs a value"))?
                        .into(),
                )
            }
            "--dev" => split = "dev",
            "-h" | "--help" => {
                println!(
                    "usage: evaluate [--data DIR] [--models DIR] [--write-conllu DIR] [--dev]"
                );
                return Ok(());
            }
            other => anyhow::bail!("unknown flag {other}"),
        }
    }
    let t = Instant::now();
    let models = match &models_dir {
        Some(d) => Models::load_dir(d)?,
        None => Models::load_default()?,
    };
    println!(
        "models: {} loaded in {:.1} ms",
        models_dir
            .as_ref()
            .map_or("built-in".to_string(), |d| d.display().to_string()),
        t.elapsed().as_secs_f64() * 1e3
    );
    for (name, bytes) in models.sizes() {
        println!("  {name:<18} {:>6.2} MB in memory", bytes as f64 / 1e6);
    }
    let mut json = Vec::new();
    for (key, file) in [
        ("ewt", format!("en_ewt-ud-{split}.conllu")),
        ("gum", format!("en_gum-open-ud-{split}.conllu")),
    ] {
        let file = file.as_str();
        let gold_text = read(&data.join("ud").join(file))?;
        let gold = nlp::parse_conllu(&gold_text)?;
        if let Some(dir) = &write_dir {
            std::fs::create_dir_all(dir)?;
            std::fs::write(dir.join(file), nlp::reannotate_conllu(&models, &gold_text)?)?;
        }
        let t = Instant::now();
        let s = train::treebank_scores(&models, &gold);
        println!(
            "{file}: {} words: UPOS {:.4} XPOS {:.4} lemma {:.4} UAS {:.4} LAS {:.4} (full labels {:.4}) [{:.2} s]",
            s.words,
            s.upos,
            s.xpos,
            s.lemma,
            s.uas,
            s.las,
            s.las_full,
            t.elapsed().as_secs_f64()
        );
        json.push(format!("\"upos_{key}\": {:.4}", s.upos));
        json.push(format!("\"uas_{key}\": {:.4}", s.uas));
        json.push(format!("\"las_{key}\": {:.4}", s.las));
    }
    let main = [
        EntityLabel::Person,
        EntityLabel::Organization,
        EntityLabel::Location,
    ];
    let conll = train::read_iob(&read(&data.join("ner/conll2003-dev.txt"))?, 0, 3);
    let uner = train::read_iob(&read(&data.join("ner/uner-ewt-dev.iob2"))?, 1, 2);
    for (key, name, gold) in [
        ("conll_dev", "CoNLL-2003 dev", &conll),
        ("uner_dev", "UNER EWT dev", &uner),
    ] {
        let s = train::entity_scores(&models, gold, &main);
        println!(
            "{name}: {} entities (PER, ORG, LOC): P {:.4} R {:.4} F1 {:.4}",
            s.gold, s.precision, s.recall, s.f1
        );
        for label in EntityLabel::ALL {
            let l = train::entity_scores(&models, gold, &[*label]);
            if l.gold > 0 {
                println!(
                    "  {:<5} {:>5} entities: P {:.4} R {:.4} F1 {:.4}",
                    label.as_str(),
                    l.gold,
                    l.precision,
                    l.recall,
                    l.f1
                );
            }
        }
        if key == "conll_dev" {
            let all = train::entity_scores(&models, gold, EntityLabel::ALL);
            println!(
                "  all four types: P {:.4} R {:.4} F1 {:.4}",
                all.precision, all.recall, all.f1
            );
        }
        json.push(format!("\"ner_f1_{key}\": {:.4}", s.f1));
    }
    println!("{{{}}}", json.join(", "));
    Ok(())
}
