//! The pipeline: reads inputs into articles, codes them (in parallel when asked), and pushes
//! results into a [`Sink`], in input order.
//!
//! Entry points: [`read_input`] (one `.txt`, `.jsonl` file or stdin text into articles, with
//! per-input and per-line errors), [`code_all`] (articles → sink).
//! Architecture invariant: no SQL, no HTTP, no printing; errors are values naming the input
//! and what to do.

use chrono::NaiveDate;
use lede_extract::{ArticleInput, CodingOptions, Engine};
use lede_model::{ArticleResult, Diagnostic};
use std::fmt;
use std::path::Path;

/// Articles larger than this are refused with an error (split them first).
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// A problem with one input or one line of it; the other inputs and lines still go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// `path` or `path:line`.
    pub input: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.message)
    }
}

/// Where results go: a printer, a store writer, a test collector.
pub trait Sink {
    fn article(&mut self, result: ArticleResult);
}

impl Sink for Vec<ArticleResult> {
    fn article(&mut self, result: ArticleResult) {
        self.push(result);
    }
}

/// Parses `YYYY-MM-DD` or `YYYYMMDD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y%m%d"))
        .ok()
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b))
        .count();
    nul > 0 || ctrl * 10 > sample.len().max(1)
}

/// Decodes bytes as UTF-8, lossily, noting where it had to.
fn decode(bytes: Vec<u8>, name: &str, diags: &mut Vec<Diagnostic>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            diags.push(Diagnostic::warning(format!(
                "{name}: invalid UTF-8 at byte {at}; decoded lossily (invalid bytes became U+FFFD), so offsets index the decoded text"
            )));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Reads one input into articles. `name` is the path (or `-` for stdin, whose `bytes` are given).
pub fn read_input(
    name: &str,
    bytes: Option<Vec<u8>>,
    default_date: Option<NaiveDate>,
) -> (Vec<ArticleInput>, Vec<InputError>) {
    let err = |message: String| {
        (
            Vec::new(),
            vec![InputError {
                input: name.to_string(),
                message,
            }],
        )
    };
    let bytes = match bytes {
        Some(b) => b,
        None => match std::fs::read(name) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return err("no such file; check the path".into()),
            Err(e) if e.kind() == std::io::ErrorKind::IsADirectory || Path::new(name).is_dir() => return err("is a folder; give the article files inside it (or use `lede ingest` for folders)".into()),
            Err(e) => return err(format!("cannot read: {e}")),
        },
    };
    if bytes.is_empty() {
        return err("empty file; nothing to code".into());
    }
    if looks_binary(&bytes) {
        return err("looks like a binary file, not text; give .txt or .jsonl articles".into());
    }
    let is_jsonl = name.ends_with(".jsonl") || name.ends_with(".ndjson");
    if is_jsonl {
        return read_jsonl(name, bytes, default_date);
    }
    if bytes.len() > MAX_ARTICLE_BYTES {
        return err(format!("article is {} MB, over the {} MB limit for one article; split it into articles (e.g. one per line in a .jsonl file)", bytes.len() / (1024 * 1024), MAX_ARTICLE_BYTES / (1024 * 1024)));
    }
    let mut diagnostics = Vec::new();
    let text = decode(bytes, name, &mut diagnostics);
    let id = if name == "-" {
        "stdin".to_string()
    } else {
        Path::new(name)
            .file_stem()
            .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned())
    };
    let article = ArticleInput {
        id,
        text,
        date: default_date,
        title: None,
        options: CodingOptions::default(),
        diagnostics,
    };
    (vec![article], Vec::new())
}

fn read_jsonl(
    name: &str,
    bytes: Vec<u8>,
    default_date: Option<NaiveDate>,
) -> (Vec<ArticleInput>, Vec<InputError>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let lineno = i + 1;
        let at = || format!("{name}:{lineno}");
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        if line.len() > MAX_ARTICLE_BYTES {
            errors.push(InputError {
                input: at(),
                message: "line over the one-article size limit; split the article".into(),
            });
            continue;
        }
        let mut diagnostics = Vec::new();
        let text = decode(line.to_vec(), &at(), &mut diagnostics);
        let value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                errors.push(InputError { input: at(), message: format!("not valid JSON ({e}); each line must be one JSON object with a \"text\" field") });
                continue;
            }
        };
        let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
            errors.push(InputError {
                input: at(),
                message: "no \"text\" string field; each article needs its text".into(),
            });
            continue;
        };
        let id = match value.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v @ serde_json::Value::Number(_)) => v.to_string(),
            _ => lineno.to_string(),
        };
        let date = match value.get("date").and_then(|d| d.as_str()) {
            Some(d) => match parse_date(d) {
                Some(d) => Some(d),
                None => {
                    diagnostics.push(Diagnostic::warning(format!(
                        "{}: date {d:?} is not YYYY-MM-DD; using --date",
                        at()
                    )));
                    default_date
                }
            },
            None => default_date,
        };
        let mut options = CodingOptions::default();
        if let Some(o) = value.get("options").or_else(|| value.get("config")) {
            if let Some(b) = o.get("require_dyad") {
                options.require_dyad = b
                    .as_bool()
                    .unwrap_or_else(|| b.as_str().is_none_or(|s| !s.eq_ignore_ascii_case("false")));
            }
        }
        let title = value
            .get("title")
            .and_then(|t| t.as_str())
            .map(str::to_string);
        articles.push(ArticleInput {
            id,
            text: text.to_string(),
            date,
            title,
            options,
            diagnostics,
        });
    }
    (articles, errors)
}

/// Codes articles on `threads` worker threads and pushes the results into `sink` in input order.
pub fn code_all(engine: &Engine, articles: Vec<ArticleInput>, threads: usize, sink: &mut dyn Sink) {
    let threads = threads.max(1);
    if threads == 1 || articles.len() < 2 {
        for a in &articles {
            sink.article(engine.code(a));
        }
        return;
    }
    let chunk = articles.len().div_ceil(threads);
    let results: Vec<Vec<ArticleResult>> = std::thread::scope(|scope| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|a| engine.code(a)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for r in results.into_iter().flatten() {
        sink.article(r);
    }
}
