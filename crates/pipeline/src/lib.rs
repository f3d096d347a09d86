//! The pipeline: reads inputs into articles, codes them (in parallel when asked), and pushes
//! results into a [`Sink`], in input order.
//!
//! Entry points: [`read_input`] (one `.txt`, `.jsonl` file or stdin text into articles, with
//! per-input and per-line errors), [`stream_source`] (one input, WARC archives record by
//! record, articles handed out as they are read), [`code_all`] (articles → sink).
//! Architecture invariant: no SQL, no HTTP, no printing; errors are values naming the input
//! and what to do.

use chrono::NaiveDate;
use lede_extract::{ArticleInput, CodingOptions, Engine};
use lede_model::{ArticleResult, Diagnostic};
use std::fmt;

pub mod ingest;
pub mod sources;
pub mod warc;

pub use ingest::{
    ingest, BatchSink, CodedArticle, IngestConfig, Progress, ReadItem, Stage, Totals, WriteCounts,
};
pub use sources::{expand_inputs, read_source, stream_source, SourceKind, SourcedArticle};

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

pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b))
        .count();
    nul > 0 || ctrl * 10 > sample.len().max(1)
}

/// Decodes bytes as UTF-8, lossily, noting where it had to.
pub(crate) fn decode(bytes: Vec<u8>, name: &str, diags: &mut Vec<Diagnostic>) -> String {
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
/// `.html` pages give their main text (see [`sources::read_source`] for every kind).
pub fn read_input(
    name: &str,
    bytes: Option<Vec<u8>>,
    default_date: Option<NaiveDate>,
) -> (Vec<ArticleInput>, Vec<InputError>) {
    let (articles, errors) = read_source(name, bytes, default_date);
    (articles.into_iter().map(|a| a.input).collect(), errors)
}

/// One article a line; a line's `url` and `source` are kept for the store.
pub(crate) fn read_jsonl_lines(
    name: &str,
    bytes: Vec<u8>,
    default_date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
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
        let date_field = value
            .get("date")
            .or_else(|| value.get("published"))
            .and_then(|d| d.as_str());
        let date = match date_field {
            Some(d) => match parse_date(d.get(..10).unwrap_or(d)) {
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
            match o.as_object() {
                // every PETRARCH/TABARI option by its name: require_dyad, new_actor_length,
                // comma_min ... comma_emax (booleans, numbers or their strings)
                Some(o) => {
                    for (key, v) in o {
                        let text = match v {
                            serde_json::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        if let Err(e) = options.set_option(key, &text) {
                            diagnostics.push(Diagnostic::warning(format!(
                                "{}: options.{key}: {e}; ignored",
                                at()
                            )));
                        }
                    }
                }
                None => diagnostics.push(Diagnostic::warning(format!(
                    "{}: \"options\" must be an object of PETRARCH/TABARI options; ignored",
                    at()
                ))),
            }
        }
        let title = value
            .get("title")
            .and_then(|t| t.as_str())
            .map(str::to_string);
        let string_field = |k: &str| {
            value
                .get(k)
                .and_then(|v| v.as_str())
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        articles.push(SourcedArticle {
            input: ArticleInput {
                id,
                text: text.to_string(),
                date,
                title,
                options,
                diagnostics,
            },
            url: string_field("url"),
            source: string_field("source"),
            origin: at(),
            reader: "jsonl",
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

/// Sets each result's `text` where the article text is not the input as given (HTML main
/// text, feed items), so that offsets can be checked against it.
struct WithText<'a> {
    texts: std::vec::IntoIter<Option<String>>,
    inner: &'a mut dyn Sink,
}

impl Sink for WithText<'_> {
    fn article(&mut self, mut result: ArticleResult) {
        if let Some(Some(text)) = self.texts.next() {
            result.text = Some(text);
        }
        self.inner.article(result);
    }
}

/// [`code_all`] for articles from [`read_source`]: results of HTML pages (also from WARC
/// records) and feed items also
/// carry the extracted text their offsets index.
pub fn code_sourced(
    engine: &Engine,
    articles: Vec<SourcedArticle>,
    threads: usize,
    sink: &mut dyn Sink,
) {
    let texts: Vec<Option<String>> = articles
        .iter()
        .map(|a| matches!(a.reader, "html" | "feed" | "warc").then(|| a.input.text.clone()))
        .collect();
    let inputs = articles.into_iter().map(|a| a.input).collect();
    let mut with_text = WithText {
        texts: texts.into_iter(),
        inner: sink,
    };
    code_all(engine, inputs, threads, &mut with_text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lines_options_reach_the_coder_and_a_bad_one_is_named() {
        let input = br#"{"id": "a", "text": "Rebels attacked.", "options": {"require_dyad": false, "new_actor_length": 2}}
{"id": "b", "text": "Rebels attacked.", "options": {"require_dyad": "false", "new_actor_length": "3"}}
{"id": "c", "text": "Rebels attacked.", "options": {"new_actor_length": "many"}}
{"id": "d", "text": "Rebels attacked."}
{"id": "e", "text": "Rebels attacked.", "options": {"comma_max": 5, "comma_bmax": "3", "comma_emin": -1}}
{"id": "f", "text": "Rebels attacked.", "options": "require_dyad=false"}"#;
        let (arts, errors) = read_jsonl_lines("in.jsonl", input.to_vec(), None);
        assert!(errors.is_empty(), "{errors:?}");
        let o: Vec<(bool, usize)> = arts
            .iter()
            .map(|a| {
                (
                    a.input.options.require_dyad,
                    a.input.options.new_actor_length,
                )
            })
            .collect();
        assert_eq!(
            o,
            [
                (false, 2),
                (false, 3),
                (true, 0),
                (true, 0),
                (true, 0),
                (true, 0)
            ]
        );
        assert!(arts[2].input.diagnostics[0].message.contains("in.jsonl:3"));
        assert!(arts[3].input.diagnostics.is_empty());
        // comma_* reach the coder; a bad one is named and the others still apply
        let (comma, default) = (&arts[4].input.options.comma, &arts[3].input.options.comma);
        assert_eq!((comma.max, comma.bmax), (5, 3));
        assert_eq!(comma.emin, default.emin);
        let warned = &arts[4].input.diagnostics;
        assert!(warned.len() == 1 && warned[0].message.contains("options.comma_emin"));
        assert!(arts[5].input.diagnostics[0].message.contains("in.jsonl:6"));
    }
}
