//! `POST /api/v1/articles`: a JSON article, a JSON array of them, or JSON lines, validated
//! whole before anything is coded, then coded with the engine and stored in one batch.

use crate::error::{ApiError, ErrorCode};
use chrono::NaiveDate;
use lede_extract::{ArticleInput, Engine};
use lede_store::ArticleRecord;
use serde::Deserialize;

/// At most this many articles in one request.
pub const MAX_ARTICLES: usize = 1000;

/// An input article, as a line of a `.jsonl` input (the contract's shape).
#[derive(Debug, Deserialize)]
pub struct Incoming {
    pub id: Option<serde_json::Value>,
    pub text: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// A validated article, ready to code.
#[derive(Debug)]
pub struct Valid {
    pub id: String,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

enum Shape {
    Json,
    Lines,
}

fn shape_of(content_type: Option<&str>) -> Result<Shape, ApiError> {
    let ct = content_type
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match ct.as_str() {
        "application/json" => Ok(Shape::Json),
        "application/x-ndjson"
        | "application/jsonl"
        | "application/x-jsonlines"
        | "application/json-lines"
        | "application/jsonlines" => Ok(Shape::Lines),
        "" => Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "no Content-Type; send application/json or application/x-ndjson",
        )),
        other => Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            format!(
                "Content-Type {other} is not taken; send application/json or application/x-ndjson"
            ),
        )),
    }
}

/// Parses and validates a request body; every problem names the article (`article N`, from 1).
pub fn parse(content_type: Option<&str>, body: &[u8]) -> Result<Vec<Valid>, ApiError> {
    let shape = shape_of(content_type)?;
    let text = std::str::from_utf8(body).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidBody,
            format!("the body is not UTF-8 ({e})"),
        )
    })?;
    let bad = |what: String| ApiError::new(ErrorCode::InvalidBody, what);
    let items: Vec<Incoming> = match shape {
        Shape::Json => {
            let v: serde_json::Value = serde_json::from_str(text)
                .map_err(|e| bad(format!("the body is not JSON ({e})")))?;
            let values = match v {
                serde_json::Value::Array(a) => a,
                other => vec![other],
            };
            if values.len() > MAX_ARTICLES {
                return Err(too_many(values.len()));
            }
            values
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    serde_json::from_value(v)
                        .map_err(|e| bad(format!("article {}: not an article object ({e})", i + 1)))
                })
                .collect::<Result<_, _>>()?
        }
        Shape::Lines => {
            let mut out = Vec::new();
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                if out.len() == MAX_ARTICLES {
                    return Err(too_many(
                        text.lines().filter(|l| !l.trim().is_empty()).count(),
                    ));
                }
                out.push(
                    serde_json::from_str(line)
                        .map_err(|e| bad(format!("line {}: not an article object ({e})", i + 1)))?,
                );
            }
            out
        }
    };
    if items.is_empty() {
        return Err(bad("the body holds no article".into()));
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, a)| validate(i + 1, a))
        .collect()
}

fn too_many(n: usize) -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!("{n} articles in one request; send at most {MAX_ARTICLES} at a time"),
    )
}

fn validate(n: usize, a: Incoming) -> Result<Valid, ApiError> {
    let bad = |what: &str| ApiError::new(ErrorCode::InvalidBody, format!("article {n}: {what}"));
    let text = match a.text {
        Some(t) if !t.trim().is_empty() => t,
        Some(_) => return Err(bad("`text` is empty")),
        None => return Err(bad("`text` is missing (it is the one required field)")),
    };
    let date = match a.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| bad(&format!("`date` {d:?} is not YYYY-MM-DD")))?,
        ),
    };
    let id = match a.id {
        None | Some(serde_json::Value::Null) => {
            // No id: one derived from the text, so the same text posted twice keeps its id.
            format!("api-{}", &lede_store::text_hash(&text)[..16])
        }
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() && s.len() <= 200 => s,
        Some(serde_json::Value::Number(x)) => x.to_string(),
        Some(_) => return Err(bad("`id` must be a non-empty string of at most 200 bytes")),
    };
    let short = |v: Option<String>, name: &str| -> Result<Option<String>, ApiError> {
        match v {
            Some(s) if s.len() > 2000 => Err(bad(&format!("`{name}` is over 2000 bytes"))),
            other => Ok(other.filter(|s| !s.trim().is_empty())),
        }
    };
    Ok(Valid {
        id,
        text,
        date,
        title: short(a.title, "title")?,
        url: short(a.url, "url")?,
        source: short(a.source, "source")?,
    })
}

/// Codes validated articles into records for the store.
pub fn code(engine: &Engine, articles: Vec<Valid>) -> Vec<ArticleRecord> {
    articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let input = ArticleInput {
                id: a.id.clone(),
                text: a.text.clone(),
                date: a.date,
                title: a.title.clone(),
                ..ArticleInput::default()
            };
            let result = engine.code(&input);
            ArticleRecord {
                ext_id: a.id,
                url: a.url,
                source: a.source,
                title: a.title,
                date: a.date.map(|d| d.format("%Y-%m-%d").to_string()),
                text: a.text,
                origin: format!("POST /api/v1/articles#{}", i + 1),
                reader: "reader:api".into(),
                result,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_in_both_shapes_and_their_faults() {
        let one = parse(Some("application/json"), br#"{"text": "Hi.", "id": 7}"#).unwrap();
        assert_eq!((one[0].id.as_str(), one[0].text.as_str()), ("7", "Hi."));
        let lines = parse(
            Some("application/x-ndjson; charset=utf-8"),
            b"{\"text\": \"A.\", \"date\": \"2025-12-03\"}\n\n{\"text\": \"B.\"}\n",
        )
        .unwrap();
        assert_eq!(lines.len(), 2);
        assert!(lines[1].id.starts_with("api-"));
        let err = |ct: Option<&str>, body: &[u8]| parse(ct, body).unwrap_err();
        assert_eq!(err(None, b"{}").code, ErrorCode::UnsupportedMediaType);
        assert_eq!(
            err(Some("text/html"), b"{}").code,
            ErrorCode::UnsupportedMediaType
        );
        let e = err(
            Some("application/json"),
            br#"[{"text": "ok"}, {"title": "no text"}]"#,
        );
        assert_eq!(e.code, ErrorCode::InvalidBody);
        assert!(e.message.starts_with("article 2:"), "{}", e.message);
        let e = err(Some("application/x-ndjson"), b"{\"text\": \"ok\"}\n{oops\n");
        assert!(e.message.starts_with("line 2:"), "{}", e.message);
        let e = err(
            Some("application/json"),
            br#"{"text": "x", "date": "03/12/2025"}"#,
        );
        assert!(e.message.contains("date"));
        assert_eq!(
            err(Some("application/json"), b"[]").code,
            ErrorCode::InvalidBody
        );
        assert_eq!(
            err(Some("application/json"), &[0xff, 0xfe]).code,
            ErrorCode::InvalidBody
        );
        let many = format!("[{}]", vec![r#"{"text":"x"}"#; MAX_ARTICLES + 1].join(","));
        assert_eq!(
            err(Some("application/json"), many.as_bytes()).code,
            ErrorCode::PayloadTooLarge
        );
    }
}
