//! Coding with the community's production dictionaries: `LEDE_SHARED=/path/to/shared cargo
//! bench -p lede-extract --bench petrarch`. Loads `dictionaries/petrarch2` (PETRARCH-2
//! CAMEO verbs, Phoenix actors and agents, discards, issues), compiles it, and codes the
//! committed sentences of `petrarch_sentences.txt` one article each on one thread; the
//! items counter reads as sentences per second. Without `LEDE_SHARED` (or without the
//! folder) every bench prints a notice and measures nothing.

use divan::counter::ItemsCount;
use lede_extract::{ArticleInput, Engine};
use std::path::PathBuf;
use std::sync::OnceLock;

// the allocator `lede` codes with (crates/cli/src/alloc.rs)
#[path = "../../cli/src/alloc.rs"]
mod alloc;

/// The allocator `lede` codes with.
#[global_allocator]
static ALLOCATOR: alloc::MiMalloc = alloc::MiMalloc;

fn main() {
    divan::main();
}

fn dict_dir() -> Option<PathBuf> {
    let shared = std::env::var_os("LEDE_SHARED")?;
    let dir = PathBuf::from(shared).join("dictionaries/petrarch2");
    dir.is_dir().then_some(dir)
}

fn skip_notice() {
    static SHOWN: OnceLock<()> = OnceLock::new();
    SHOWN.get_or_init(|| {
        eprintln!("petrarch bench: LEDE_SHARED/dictionaries/petrarch2 not found; skipped")
    });
}

fn engine() -> Option<&'static Engine> {
    static ENGINE: OnceLock<Option<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let set = lede_dict::load_dir(&dict_dir()?).ok()?;
            Some(Engine::from_sets(vec![set]))
        })
        .as_ref()
}

fn sentences() -> Vec<ArticleInput> {
    include_str!("petrarch_sentences.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, text)| ArticleInput {
            id: i.to_string(),
            text: text.to_string(),
            date: chrono::NaiveDate::from_ymd_opt(2024, 6, 1),
            ..Default::default()
        })
        .collect()
}

/// Reading the folder: every file parsed into a `DictSet`.
#[divan::bench(sample_count = 10)]
fn load_petrarch2() {
    let Some(dir) = dict_dir() else {
        return skip_notice();
    };
    divan::black_box(lede_dict::load_dir(&dir).ok());
}

/// Reading and compiling as `lede` does (`Engine::from_sets`, no second copy of the sets):
/// what a coder pays before its first sentence, besides the embedded tagger and gazetteer
/// (`embedded_data`). The engine is returned, so that freeing it is not timed.
#[divan::bench(sample_count = 10)]
fn load_and_compile_petrarch2() -> Option<Engine> {
    let Some(dir) = dict_dir() else {
        skip_notice();
        return None;
    };
    let set = lede_dict::load_dir(&dir).ok()?;
    Some(Engine::from_sets(vec![set]))
}

/// Sentences coded per second, one sentence an article.
#[divan::bench(sample_count = 20)]
fn code_sentences(bencher: divan::Bencher) {
    let Some(engine) = engine() else {
        skip_notice();
        return;
    };
    let inputs = sentences();
    bencher.counter(ItemsCount::new(inputs.len())).bench(|| {
        for a in &inputs {
            divan::black_box(engine.code(a));
        }
    });
}
