//! Train the tagger on CoNLL-U (optionally gzip-compressed) and write the weights.
//!
//! cargo run --release -p lede-tagger --example train -- TRAIN.conllu.gz EVAL.conllu.gz OUT.bin [EPOCHS] [PRUNE]
//! cargo run --release -p lede-tagger --example train -- --eval-only EVAL.conllu.gz WEIGHTS.bin

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::time::Instant;

use lede_tagger::train::{self, Sentence, TrainConfig};
use lede_tagger::Tagger;

fn read(path: &str) -> Result<Vec<Sentence>, Box<dyn std::error::Error>> {
    let f = File::open(path)?;
    let r: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(f)))
    } else {
        Box::new(BufReader::new(f))
    };
    Ok(train::read_conllu(r)?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: train TRAIN.conllu[.gz] EVAL.conllu[.gz] OUT.bin [EPOCHS] [PRUNE]");
        std::process::exit(2);
    }
    let mut cfg = TrainConfig::default();
    if let Some(e) = args.get(3) {
        cfg.epochs = e.parse()?;
    }
    if let Some(p) = args.get(4) {
        cfg.prune = p.parse()?;
    }
    let t0 = Instant::now();
    let eval = read(&args[1])?;
    let eval_merged: Vec<Sentence> = eval
        .iter()
        .map(|s| train::merge_hyphens(s).unwrap_or_else(|| s.clone()))
        .collect();
    if args[0] == "--eval-only" {
        // Evaluate existing weights: train --eval-only EVAL WEIGHTS
        let bytes = std::fs::read(&args[2])?;
        report(
            &Tagger::from_bytes(&bytes)?,
            bytes.len(),
            &eval,
            &eval_merged,
        );
        return Ok(());
    }
    let base = read(&args[0])?;
    let mut sents = base.clone();
    sents.extend(base.iter().filter_map(train::merge_hyphens));
    eprintln!(
        "read {} training sentences ({} with hyphen-joined copies), {} eval sentences in {:.1}s",
        base.len(),
        sents.len(),
        eval.len(),
        t0.elapsed().as_secs_f64()
    );
    let tagger = train::train(&sents, &cfg, |e, acc| {
        eprintln!(
            "epoch {e}: training accuracy {acc:.4} ({:.1}s)",
            t0.elapsed().as_secs_f64()
        );
    });
    let bytes = tagger.to_bytes();
    std::fs::write(&args[2], &bytes)?;
    let reread = Tagger::from_bytes(&bytes)?;
    report(&reread, bytes.len(), &eval, &eval_merged);
    Ok(())
}

fn report(reread: &Tagger, size: usize, eval: &[Sentence], eval_merged: &[Sentence]) {
    let (c, n) = train::evaluate(reread, eval);
    let (cm, nm) = train::evaluate(reread, eval_merged);
    println!(
        "features {}, dictionary {}, weight file {} bytes",
        reread.feature_count(),
        reread.dictionary().count(),
        size
    );
    println!(
        "eval accuracy {:.4} ({c}/{n} tokens, spaCy tokenization)",
        c as f64 / n as f64
    );
    println!(
        "eval accuracy {:.4} ({cm}/{nm} tokens, hyphenated words joined)",
        cm as f64 / nm as f64
    );
    // Throughput on the eval set (best of 20 passes; wall clock, one thread).
    let words: Vec<Vec<&str>> = eval_merged
        .iter()
        .map(|s| s.words.iter().map(|w| w.as_str()).collect())
        .collect();
    let mut out = Vec::with_capacity(1024);
    let mut best = f64::INFINITY;
    for _ in 0..20 {
        let t = Instant::now();
        for w in &words {
            reread.tag_into(w, &mut out);
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "tagging speed {:.2} M tokens/s (eval set)",
        nm as f64 / best / 1e6
    );
}
