//! Profiling the coder: `LEDE_SHARED=... cargo run --release -p lede-extract --example
//! profile -- [ROUNDS]` codes the bench sentences ROUNDS times (default 2000) with the
//! production dictionaries, so that a profiler sees coding rather than loading.
//!
//! Variants, by environment variable: `JOINED=1` codes the sentences as one article (per-article
//! costs paid once), `TEXT="..."` codes that text 40 times a round (the cost of one phrase),
//! `FIXTURES=1` codes `tests/fixtures/*.txt` with Lede's default dictionaries (figures are per
//! article then).

#[path = "../../cli/src/alloc.rs"]
mod alloc;

#[global_allocator]
static ALLOCATOR: alloc::MiMalloc = alloc::MiMalloc;

fn main() {
    let engine = if std::env::var_os("FIXTURES").is_some() {
        lede_extract::Engine::new(&[lede_dict::default_set()])
    } else {
        let Some(shared) = std::env::var_os("LEDE_SHARED") else {
            eprintln!("profile: set LEDE_SHARED to the shared folder (or FIXTURES=1)");
            return;
        };
        let dir = std::path::PathBuf::from(shared).join("dictionaries/petrarch2");
        match lede_dict::load_dir(&dir) {
            Ok(set) => lede_extract::Engine::from_sets(vec![set]),
            Err(e) => {
                eprintln!("profile: {}: {e}", dir.display());
                return;
            }
        }
    };
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let inputs: Vec<_> = include_str!("../benches/petrarch_sentences.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, text)| lede_extract::ArticleInput {
            id: i.to_string(),
            text: text.to_string(),
            date: chrono::NaiveDate::from_ymd_opt(2024, 6, 1),
            ..Default::default()
        })
        .collect();
    let inputs: Vec<_> = if std::env::var_os("JOINED").is_some() {
        let text = inputs
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        vec![lede_extract::ArticleInput {
            id: "all".into(),
            text,
            date: inputs[0].date,
            ..Default::default()
        }]
    } else {
        inputs
    };
    let inputs: Vec<_> = if let Some(t) = std::env::var_os("TEXT") {
        vec![
            lede_extract::ArticleInput {
                id: "t".into(),
                text: t.to_string_lossy().into_owned(),
                date: inputs[0].date,
                ..Default::default()
            };
            40
        ]
    } else {
        inputs
    };
    let inputs: Vec<_> = if std::env::var_os("FIXTURES").is_some() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(root)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .enumerate()
            .map(|(i, text)| lede_extract::ArticleInput {
                id: i.to_string(),
                text,
                date: chrono::NaiveDate::from_ymd_opt(2025, 12, 3),
                ..Default::default()
            })
            .collect()
    } else {
        inputs
    };
    let per = if std::env::var_os("JOINED").is_some() {
        40
    } else {
        1
    };
    let start = std::time::Instant::now();
    let mut events = 0usize;
    for _ in 0..rounds {
        for a in &inputs {
            events += std::hint::black_box(engine.code(a)).events.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = rounds * inputs.len() * per;
    println!(
        "{n} sentences, {events} events, {:.1} µs/sentence, {:.0} sentences/s",
        secs * 1e6 / n as f64,
        n as f64 / secs
    );
}
