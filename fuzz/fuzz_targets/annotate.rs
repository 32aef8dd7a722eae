//! The annotate path (`actorgraph annotate`): CoNLL-U of arbitrary text, and the same
//! bytes read as CoNLL-U and annotated again (`annotate --conllu`), which may be an
//! error but never a panic.
#![no_main]

use std::sync::LazyLock;

use actorgraph::nlp::{self, Models};
use libfuzzer_sys::fuzz_target;

static MODELS: LazyLock<Models> = LazyLock::new(|| Models::load_default().expect("models"));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let out = nlp::annotate_conllu(&MODELS, &text);
    // what annotate writes is CoNLL-U that annotate --conllu reads back
    nlp::reannotate_conllu(&MODELS, &out).expect("annotate's own output reads back");
    let _ = nlp::reannotate_conllu(&MODELS, &text);
});
