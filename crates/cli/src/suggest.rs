//! `lede dict suggest CORPUS...`: frequent capitalized names that no dictionary in force
//! covers, with counts and sample contexts, so a maintainer can grow the dictionaries.
//! CORPUS: `.txt`, `.jsonl`, `.json` (one object with a "text" field) files, or folders of them.

use lede_extract::lexicon::Lexicon;
use lede_text::Document;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Words that start sentences or are capitalized for other reasons than being names.
const SKIP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "its",
    "my",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "and",
    "but",
    "or",
    "as",
    "after",
    "before",
    "while",
    "when",
    "if",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "there",
    "here",
    "however",
    "also",
    "since",
    "during",
    "under",
    "over",
    "all",
    "both",
    "some",
    "many",
    "more",
    "most",
    "no",
    "not",
    "one",
    "two",
    "three",
    "first",
    "last",
    "new",
];

#[derive(Default)]
pub struct Candidate {
    pub count: usize,
    pub samples: Vec<String>,
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(rd) = std::fs::read_dir(path) {
            let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
            entries.sort();
            for e in entries {
                collect_files(&e, out);
            }
        }
    } else if path
        .extension()
        .is_some_and(|x| x == "txt" || x == "jsonl" || x == "json")
    {
        out.push(path.to_path_buf());
    }
}

/// Reads the texts of one corpus file; errors are returned as messages naming the file.
fn texts_of(path: &Path) -> Result<Vec<String>, String> {
    let name = path.display().to_string();
    if path.extension().is_some_and(|x| x == "json") {
        let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
            format!("{name}: not JSON ({e}); expected one object with a \"text\" field")
        })?;
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or_else(|| format!("{name}: no \"text\" field"))?;
        return Ok(vec![text.to_string()]);
    }
    let (articles, errors) = lede_pipeline::read_input(&name, None, None);
    if let Some(e) = errors.first() {
        if articles.is_empty() {
            return Err(e.to_string());
        }
    }
    Ok(articles.into_iter().map(|a| a.text).collect())
}

/// Counts uncovered capitalized name runs over the corpus.
pub fn suggest(
    lexicon: &Lexicon,
    inputs: &[PathBuf],
    errors: &mut Vec<String>,
) -> Vec<(String, Candidate)> {
    let mut files = Vec::new();
    for p in inputs {
        if !p.exists() {
            errors.push(format!("{}: no such file or folder", p.display()));
        }
        collect_files(p, &mut files);
    }
    let gazetteer = lede_geo::Gazetteer::embedded();
    let mut found: HashMap<String, Candidate> = HashMap::new();
    let mut buf = Vec::new();
    for f in &files {
        let texts = match texts_of(f) {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for text in texts {
            let doc = Document::new(text);
            for s in &doc.sentences {
                let words: Vec<&str> = s.tokens.clone().map(|i| doc.token_text(i)).collect();
                let lowers: Vec<&str> = s.tokens.clone().map(|i| doc.token_lower(i)).collect();
                let mut covered = vec![false; words.len()];
                for i in 0..words.len() {
                    buf.clear();
                    lexicon.matches_at(&words, &lowers, i, &mut buf);
                    if let Some(m) = buf.first() {
                        for c in &mut covered[m.start..m.end] {
                            *c = true;
                        }
                    }
                }
                let name_word = |k: usize| {
                    let w = words[k];
                    !covered[k]
                        && w.len() > 1
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().any(char::is_lowercase)
                        && !SKIP.contains(&lowers[k])
                };
                let mut k = 0;
                while k < words.len() {
                    if !name_word(k) {
                        k += 1;
                        continue;
                    }
                    let start = k;
                    while k < words.len() && name_word(k) {
                        k += 1;
                        // "Board of Peace", "Bank for International Settlements", "bin Salman"
                        let connector = k + 1 < words.len()
                            && matches!(
                                lowers[k],
                                "of" | "for" | "and" | "bin" | "al" | "de" | "von" | "van"
                            );
                        if connector && name_word(k + 1) {
                            k += 1;
                        }
                    }
                    // a lone capitalized word opening a sentence is usually not a name
                    if start == 0 && k - start == 1 {
                        continue;
                    }
                    let name = words[start..k].join(" ");
                    if !gazetteer.lookup(&name).is_empty() {
                        continue;
                    }
                    let c = found.entry(name).or_default();
                    c.count += 1;
                    if c.samples.len() < 2 {
                        let raw = doc.raw_text(doc.raw_span(s.span));
                        c.samples.push(raw.chars().take(160).collect());
                    }
                }
            }
        }
    }
    let mut out: Vec<(String, Candidate)> = found.into_iter().collect();
    out.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    out
}
