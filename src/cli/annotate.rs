//! `actorgraph annotate`: the linguistic analysis the extractor sees, as CoNLL-U.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use actorgraph::export;
use anyhow::{Result, anyhow};
use clap::Args;

#[derive(Debug, Args)]
pub(super) struct AnnotateArgs {
    /// A text article, or with --conllu a CoNLL-U file; - (the default) reads stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    input: PathBuf,

    /// INPUT is CoNLL-U: keep its tokens and sentences as given and annotate them anew.
    #[arg(long)]
    conllu: bool,

    /// File to write the CoNLL-U to (atomically), or - for standard output.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    out: PathBuf,
}

pub(super) fn annotate(args: AnnotateArgs) -> Result<ExitCode> {
    let text = if args.input.as_os_str() == "-" {
        actorgraph::read_reader(&args.input, io::stdin().lock())?
    } else {
        actorgraph::read_file(&args.input)?
    };
    let models = actorgraph::nlp::Models::load_default()?;
    let conllu = if args.conllu {
        actorgraph::nlp::reannotate_conllu(&models, &text)
            .map_err(|e| anyhow!("{}: {e}", args.input.display()))?
    } else {
        actorgraph::nlp::annotate_conllu(&models, &text)
    };
    if args.out.as_os_str() == "-" {
        let mut out = io::stdout().lock();
        if let Err(e) = out.write_all(conllu.as_bytes()).and_then(|()| out.flush())
            && e.kind() != io::ErrorKind::BrokenPipe
        {
            return Err(anyhow!("standard output: {e}"));
        }
    } else {
        export::write_atomic(&args.out, |w| w.write_all(conllu.as_bytes()))?;
    }
    Ok(ExitCode::SUCCESS)
}
