//! Tag whitespace-tokenized sentences from stdin, one per line, printing `word/TAG`.
//!
//! echo "The talks resumed ." | cargo run --release -p lede-tagger --example tag

use std::io::{self, BufRead, Write};

use lede_tagger::Tagger;

fn main() -> io::Result<()> {
    let tagger = Tagger::embedded();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut tags = Vec::new();
    for line in io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        tagger.tag_into(&words, &mut tags);
        let tagged: Vec<String> = words
            .iter()
            .zip(&tags)
            .map(|(w, t)| format!("{w}/{t}"))
            .collect();
        writeln!(out, "{}", tagged.join(" "))?;
    }
    Ok(())
}
