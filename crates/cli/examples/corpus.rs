//! A synthetic news corpus for the end-to-end ingest benchmark, built from the committed
//! fixture articles (`tests/fixtures/*.txt`, and the example article): each article is a
//! deterministic mix of 4–7 paragraphs drawn from them, with its own id, URL, source and a date
//! spread over 60 days, so that texts differ (no two are copies) while actors, places and
//! stories recur as in a real feed.
//!
//! ```sh
//! cargo run --release -p lede --example corpus -- 3000 > /tmp/corpus.jsonl
//! lede ingest --db /tmp/bench.db /tmp/corpus.jsonl     # the summary line gives articles/s
//! ```

use std::io::Write;
use std::path::Path;

/// xorshift64*: a fixed, dependency-free generator (the same corpus on every machine).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.push(root.join("examples/seed-article.txt"));
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    // Paragraphs per source text, kept together so that an article stays mostly on one topic.
    let texts: Vec<Vec<String>> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            t.split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| p.len() > 40)
                .collect::<Vec<_>>()
        })
        .filter(|ps| ps.len() >= 2)
        .collect();
    if texts.is_empty() {
        eprintln!("corpus: no fixture texts under {}", root.display());
        std::process::exit(1);
    }
    let sources = [
        "Wire A", "Wire B", "Wire C", "Daily D", "Herald E", "Post F",
    ];
    let mut rng = Rng(0x5eed_1ede);
    let out = std::io::stdout();
    let mut out = out.lock();
    for i in 0..n {
        // Mostly one story's paragraphs, with one or two from elsewhere.
        let main = &texts[rng.below(texts.len())];
        let k = 4 + rng.below(4);
        let mut paras = Vec::with_capacity(k);
        for j in 0..k {
            let from = if j < k - 1 || rng.below(3) > 0 {
                main
            } else {
                &texts[rng.below(texts.len())]
            };
            paras.push(from[rng.below(from.len())].clone());
        }
        let title = paras[0]
            .split(['.', '\n'])
            .next()
            .unwrap_or("")
            .chars()
            .take(90)
            .collect::<String>();
        let day = rng.below(60);
        let date = format!("2025-{:02}-{:02}", 10 + day / 30, 1 + day % 30);
        let line = serde_json::json!({
            "id": format!("bench-{i}"),
            "url": format!("https://bench.example/{i}"),
            "source": sources[rng.below(sources.len())],
            "date": date,
            "title": title,
            "text": paras.join("\n\n"),
        });
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
