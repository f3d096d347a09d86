//! Tagging throughput on committed sample sentences.
//!
//! cargo bench -p lede-tagger --bench tag

use lede_tagger::{Tag, Tagger};

fn main() {
    divan::main();
}

const SAMPLE: &str = include_str!("sample.txt");

/// Naive whitespace tokenization with punctuation split off the ends; good enough to
/// produce realistic token streams for timing.
fn sentences() -> Vec<Vec<String>> {
    SAMPLE
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut toks = Vec::new();
            for w in l.split_whitespace() {
                let mut w = w;
                let mut lead = Vec::new();
                while let Some(c) = w.chars().next().filter(|c| "\"'(".contains(*c)) {
                    lead.push(c.to_string());
                    w = &w[c.len_utf8()..];
                }
                let mut trail = Vec::new();
                while let Some(c) = w.chars().last().filter(|c| ",;:\"')?!".contains(*c)) {
                    trail.push(c.to_string());
                    w = &w[..w.len() - c.len_utf8()];
                }
                if w.ends_with('.') && !w[..w.len() - 1].contains('.') && w.len() > 1 {
                    trail.push(".".to_string());
                    w = &w[..w.len() - 1];
                }
                if let Some(stem) = w.strip_suffix("n't") {
                    toks.extend(lead);
                    toks.push(stem.to_string());
                    toks.push("n't".to_string());
                } else if let Some(stem) = w.strip_suffix("'s").filter(|s| !s.is_empty()) {
                    toks.extend(lead);
                    toks.push(stem.to_string());
                    toks.push("'s".to_string());
                } else {
                    toks.extend(lead);
                    if !w.is_empty() {
                        toks.push(w.to_string());
                    }
                }
                toks.extend(trail.into_iter().rev());
            }
            toks
        })
        .collect()
}

#[divan::bench]
fn tag_sample(bencher: divan::Bencher) {
    let sents = sentences();
    let refs: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.iter().map(|w| w.as_str()).collect())
        .collect();
    let ntok: usize = refs.iter().map(|s| s.len()).sum();
    let tagger = Tagger::embedded();
    let mut out: Vec<Tag> = Vec::with_capacity(256);
    bencher
        .counter(divan::counter::ItemsCount::new(ntok))
        .bench_local(|| {
            for s in &refs {
                tagger.tag_into(divan::black_box(s), &mut out);
                divan::black_box(&out);
            }
        });
}
