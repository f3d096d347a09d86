//! Whole-article coding on committed input: `cargo bench -p lede-extract`.
//! Input: the bundled example article and the fixture articles in `tests/fixtures/`, coded with
//! Lede's default dictionaries on one thread. Reports bytes/s and articles/s.

use divan::counter::{BytesCount, ItemsCount};
use lede_extract::{ArticleInput, Engine};

fn main() {
    divan::main();
}

fn articles() -> Vec<ArticleInput> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut paths = vec![std::path::PathBuf::from(format!(
        "{root}/examples/seed-article.txt"
    ))];
    if let Ok(dir) = std::fs::read_dir(format!("{root}/tests/fixtures")) {
        let mut more: Vec<_> = dir
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        more.sort();
        paths.extend(more);
    }
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .enumerate()
        .map(|(i, text)| ArticleInput {
            id: i.to_string(),
            text,
            date: chrono::NaiveDate::from_ymd_opt(2025, 12, 3),
            ..Default::default()
        })
        .collect()
}

#[divan::bench(sample_count = 20)]
fn code_articles(bencher: divan::Bencher) {
    let engine = Engine::new(&[lede_dict::default_set()]);
    let inputs = articles();
    let bytes: usize = inputs.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(inputs.len()))
        .bench(|| {
            for a in &inputs {
                divan::black_box(engine.code(a));
            }
        });
}

#[divan::bench(sample_count = 10)]
fn load_default_dictionaries() -> Engine {
    Engine::new(&[lede_dict::default_set()])
}
