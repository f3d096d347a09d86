//! Profiling the coder: `LEDE_SHARED=... cargo run --release -p lede-extract --example
//! profile -- [ROUNDS]` codes the bench sentences ROUNDS times (default 2000) with the
//! production dictionaries, so that a profiler sees coding rather than loading.

#[path = "../../cli/src/alloc.rs"]
mod alloc;

#[global_allocator]
static ALLOCATOR: alloc::MiMalloc = alloc::MiMalloc;

fn main() {
    let Some(shared) = std::env::var_os("LEDE_SHARED") else {
        eprintln!("profile: set LEDE_SHARED to the shared folder");
        return;
    };
    let dir = std::path::PathBuf::from(shared).join("dictionaries/petrarch2");
    let set = match lede_dict::load_dir(&dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("profile: {}: {e}", dir.display());
            return;
        }
    };
    let engine = lede_extract::Engine::from_sets(vec![set]);
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
    let start = std::time::Instant::now();
    let mut events = 0usize;
    for _ in 0..rounds {
        for a in &inputs {
            events += std::hint::black_box(engine.code(a)).events.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = rounds * inputs.len();
    println!(
        "{n} sentences, {events} events, {:.1} µs/sentence, {:.0} sentences/s",
        secs * 1e6 / n as f64,
        n as f64 / secs
    );
}
