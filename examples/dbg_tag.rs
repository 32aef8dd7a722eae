use actorgraph::nlp::{self, Models};
use std::collections::BTreeMap;
fn main() {
    let m = Models::load_dir(std::path::Path::new("assets/models")).unwrap();
    let f = std::env::args().nth(1).unwrap();
    let g = nlp::parse_conllu(&std::fs::read_to_string(f).unwrap()).unwrap();
    let mut conf: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut words: BTreeMap<String, usize> = BTreeMap::new();
    let (mut n, mut ok) = (0, 0);
    for s in &g {
        let t = m.tag(&s.forms());
        for (i, w) in s.words.iter().enumerate() {
            n += 1;
            if t.upos[i].as_str() == w.upos { ok += 1; } else {
                *conf.entry((w.upos.clone(), t.upos[i].as_str().to_string())).or_default() += 1;
                *words.entry(format!("{} {}->{}", w.form.to_lowercase(), w.upos, t.upos[i])).or_default() += 1;
            }
        }
    }
    println!("{} {}", n, ok as f64 / n as f64);
    let mut c: Vec<_> = conf.into_iter().collect(); c.sort_by_key(|x| std::cmp::Reverse(x.1));
    for x in c.iter().take(25) { println!("{:?}", x); }
    let mut c: Vec<_> = words.into_iter().collect(); c.sort_by_key(|x| std::cmp::Reverse(x.1));
    for x in c.iter().take(40) { println!("{:?}", x); }
}
