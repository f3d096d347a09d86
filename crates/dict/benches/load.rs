//! Load time of the community dictionaries (PETRARCH-2 production set and the others).
//! Reads `LEDE_SHARED` (default `../../../shared` from the crate); does nothing if absent.
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("LEDE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    p.join("dictionaries").is_dir().then_some(p)
}

fn main() {
    if shared().is_none() {
        println!("load bench: no shared dictionaries (set LEDE_SHARED); skipped");
        return;
    }
    divan::main();
}

fn load(folder: &str) -> Option<lede_dict::DictSet> {
    let dir = shared()?.join("dictionaries").join(folder);
    lede_dict::petrarch::load_dir(&dir).ok()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn petrarch2_all_files() -> Option<lede_dict::DictSet> {
    load("petrarch2")
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn petrarch1_verbs() -> Option<lede_dict::DictSet> {
    load("petrarch1-verbs")
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn petr_validate() -> Option<lede_dict::DictSet> {
    load("petr-validate")
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn tabari_demo() -> Option<lede_dict::DictSet> {
    load("tabari-demo")
}
