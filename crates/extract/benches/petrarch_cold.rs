//! What one fresh process pays with the production dictionaries, measured once (divan's
//! repeated samples cannot see it: the embedded tagger and gazetteer are parsed once per
//! process): `LEDE_SHARED=/path/to/shared cargo bench -p lede-extract --bench petrarch_cold`.
//! Prints the wall time of reading `dictionaries/petrarch2`, of `Engine::from_sets` (which also
//! readies the embedded tagger and gazetteer), of the first sentence, of coding the committed
//! sentences of `petrarch_sentences.txt` (one article each, one thread) for about a second,
//! and the peak resident memory (Linux `VmHWM`). Run it several times; the machine's load
//! shows. Without `LEDE_SHARED` it prints a notice and measures nothing.

use lede_extract::{ArticleInput, Engine};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    // `cargo bench` passes `--bench`; nothing here takes arguments
    let Some(dir) = std::env::var_os("LEDE_SHARED")
        .map(|s| PathBuf::from(s).join("dictionaries/petrarch2"))
        .filter(|d| d.is_dir())
    else {
        eprintln!("petrarch_cold: LEDE_SHARED/dictionaries/petrarch2 not found; skipped");
        return;
    };
    let t0 = Instant::now();
    let set = match lede_dict::load_dir(&dir) {
        Ok(set) => set,
        Err(e) => {
            eprintln!("petrarch_cold: {e}");
            return;
        }
    };
    let load = t0.elapsed();
    let t1 = Instant::now();
    let engine = Engine::from_sets(vec![set]);
    let compile = t1.elapsed();
    let inputs: Vec<ArticleInput> = include_str!("petrarch_sentences.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, text)| ArticleInput {
            id: i.to_string(),
            text: text.to_string(),
            date: chrono::NaiveDate::from_ymd_opt(2024, 6, 1),
            ..Default::default()
        })
        .collect();
    let t2 = Instant::now();
    std::hint::black_box(engine.code(&inputs[0]));
    let first = t2.elapsed();
    let t3 = Instant::now();
    let mut n = 0usize;
    while t3.elapsed() < Duration::from_secs(1) {
        for a in &inputs {
            std::hint::black_box(engine.code(a));
        }
        n += inputs.len();
    }
    let rate = n as f64 / t3.elapsed().as_secs_f64();
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string());
    println!(
        "load {:.1} ms | from_sets (with tagger and gazetteer) {:.1} ms | load+compile {:.1} ms | \
         first sentence {:.2} ms | {:.0} sentences/s | peak RSS {peak}",
        ms(load),
        ms(compile),
        ms(load + compile),
        ms(first),
        rate
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
