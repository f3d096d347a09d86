//! `lede validate SUITE.jsonl --dict DIR`: codes a peer validation suite (PETRARCH unit tests,
//! UniversalPetrarch re-coding, real news sentences) and prints records right per category
//! and overall, with every miss listed. A record is right when the set of
//! (source, target, code) triples equals its `expected` set. Suites are JSON lines, or
//! TABARI's own validation format (records `YYMMDD ID`, text, `/* { SRC / TGT / CODE } */`).

use lede_extract::{ArticleInput, CodingOptions, Engine};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

pub struct Summary {
    pub report: String,
    pub right: usize,
    pub total: usize,
    pub errors: usize,
}

fn triples(v: &serde_json::Value) -> BTreeSet<(String, String, String)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let f = |k: &str| e.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
                    (f("source"), f("target"), f("code"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An event side as the suites write it: the actor's code, or PETRARCH's null actor `---`
/// where the side is unknown (events coded with `require_dyad` false).
fn side_code(side: Option<&lede_model::ActorRef>) -> String {
    side.and_then(|s| s.code.clone())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "---".to_string())
}

/// One record of a suite, whichever format it came in.
struct Record {
    id: String,
    category: String,
    text: String,
    date: Option<chrono::NaiveDate>,
    options: CodingOptions,
    expected: BTreeSet<(String, String, String)>,
}

/// The records of a JSON-lines suite (`{"id", "date", "text", "expected", "config", ...}`).
fn json_records(suite_name: &str, text: &str, errors: &mut Vec<String>) -> Vec<Record> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Ok(rec) = serde_json::from_str::<serde_json::Value>(line) else {
            errors.push(format!("{suite_name}:{}: not a JSON record", i + 1));
            continue;
        };
        let s = |k: &str| rec.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let mut options = CodingOptions::default();
        if let Some(cfg) = rec.get("config").and_then(|c| c.as_object()) {
            for (k, v) in cfg {
                let v = match v {
                    serde_json::Value::String(x) => x.clone(),
                    other => other.to_string(),
                };
                if let Err(e) = options.set_option(k, &v) {
                    errors.push(format!("{suite_name}:{}: {e}", i + 1));
                }
            }
        }
        out.push(Record {
            id: s("id").unwrap_or_else(|| "?".into()),
            category: s("category").unwrap_or_else(|| "-".into()),
            text: s("text").unwrap_or_default(),
            // YYYYMMDD, YYYY-MM-DD, or PETRARCH's YYMMDD
            date: s("date")
                .as_deref()
                .and_then(|d| tabari_date(d).or_else(|| lede_pipeline::parse_date(d))),
            options,
            expected: triples(rec.get("expected").unwrap_or(&serde_json::Value::Null)),
        });
    }
    out
}

/// A TABARI date `YYMMDD` (years 00-30 are 20xx) or `YYYYMMDD`.
fn tabari_date(d: &str) -> Option<chrono::NaiveDate> {
    let full = match d.len() {
        6 => {
            let yy: u32 = d.get(..2)?.parse().ok()?;
            format!("{}{d}", if yy <= 30 { "20" } else { "19" })
        }
        8 => d.to_string(),
        _ => return None,
    };
    chrono::NaiveDate::parse_from_str(&full, "%Y%m%d").ok()
}

/// The records of a suite in TABARI's validation format: a header line `YYMMDD  ID`, the
/// text, then a `/* ... */` comment whose `{ SRC / TGT / CODE }` groups are the expected
/// events (`{---}` none, `{###}` a discard, `{+++}` complex: no events) and whose
/// `{ OPTION: KEY = VALUE }` groups change the options from that record on. The category is
/// the ID's part before its last `-`.
fn tabari_records(suite_name: &str, text: &str, errors: &mut Vec<String>) -> Vec<Record> {
    let header = |l: &str| {
        let mut it = l.split_whitespace();
        let d = it.next()?;
        let id = it.next()?;
        (it.next().is_none()
            && (d.len() == 6 || d.len() == 8)
            && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (d.to_string(), id.to_string()))
    };
    let mut out: Vec<Record> = Vec::new();
    let mut options = CodingOptions::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let Some((d, id)) = header(lines[i].trim()) else {
            i += 1;
            continue;
        };
        let line_no = i + 1;
        i += 1;
        let mut body = Vec::new();
        while i < lines.len()
            && !lines[i].trim_start().starts_with("/*")
            && header(lines[i].trim()).is_none()
        {
            body.push(lines[i].trim());
            i += 1;
        }
        let mut comment = String::new();
        if i < lines.len() && lines[i].trim_start().starts_with("/*") {
            loop {
                comment.push_str(lines[i]);
                comment.push('\n');
                let done = lines[i].contains("*/");
                i += 1;
                if done || i >= lines.len() {
                    break;
                }
            }
        }
        let mut expected = BTreeSet::new();
        let mut rest = comment.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                errors.push(format!(
                    "{suite_name}:{line_no}: {id}: unclosed '{{' in the comment"
                ));
                break;
            };
            let group = rest[open + 1..open + close].trim();
            rest = &rest[open + close + 1..];
            if let Some(opt) = group
                .strip_prefix("OPTION:")
                .or_else(|| group.strip_prefix("OPTION"))
            {
                // "KEY = VALUE", "KEY: VALUE", or "KEY VALUE"
                let pair = opt
                    .split_once(['=', ':'])
                    .or_else(|| opt.trim().rsplit_once(char::is_whitespace));
                match pair {
                    Some((k, v)) => {
                        if let Err(e) = options.set_option(k, v) {
                            errors.push(format!("{suite_name}:{line_no}: {id}: {e}"));
                        }
                    }
                    None => errors.push(format!(
                        "{suite_name}:{line_no}: {id}: expected '{{ OPTION: NAME = VALUE }}', found '{{{group}}}'"
                    )),
                }
                continue;
            }
            let parts: Vec<&str> = group.split('/').map(str::trim).collect();
            match parts.as_slice() {
                [src, tgt, code] => {
                    expected.insert((src.to_string(), tgt.to_string(), code.to_string()));
                }
                [one] if matches!(*one, "---" | "###" | "+++" | "") => {}
                _ => errors.push(format!(
                    "{suite_name}:{line_no}: {id}: expected '{{ SOURCE / TARGET / CODE }}', found '{{{group}}}'"
                )),
            }
        }
        let category = id.rsplit_once('-').map_or("-", |(c, _)| c).to_string();
        out.push(Record {
            id,
            category,
            text: body.join(" "),
            date: tabari_date(&d),
            options: options.clone(),
            expected,
        });
    }
    out
}

pub fn run(engine: &Engine, suite_name: &str, text: &str) -> Summary {
    let mut per_cat: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = String::new();
    let (mut right, mut total) = (0, 0);
    let mut bad = Vec::new();
    // JSON lines, else TABARI's own validation format
    let json = text.trim_start().starts_with('{');
    let records = if json {
        json_records(suite_name, text, &mut bad)
    } else {
        tabari_records(suite_name, text, &mut bad)
    };
    let errors = bad.len();
    for b in bad {
        let _ = writeln!(misses, "{b}");
    }
    for rec in records {
        let Record {
            id,
            category,
            text,
            date,
            options,
            expected: want,
        } = rec;
        let input = ArticleInput {
            id: id.clone(),
            text,
            date,
            options,
            ..Default::default()
        };
        let result = engine.code(&input);
        let got: BTreeSet<(String, String, String)> = result
            .events
            .iter()
            .map(|e| {
                (
                    side_code(e.source.as_ref()),
                    side_code(e.target.as_ref()),
                    e.code.clone(),
                )
            })
            .collect();
        let ok = got == want;
        total += 1;
        let c = per_cat.entry(category).or_default();
        c.1 += 1;
        if ok {
            right += 1;
            c.0 += 1;
        } else {
            let _ = writeln!(misses, "  MISS {id}: expected {want:?}, got {got:?}");
        }
    }
    let mut report = String::new();
    let _ = writeln!(
        report,
        "{suite_name}: {right}/{total} records right ({:.1}%)",
        100.0 * right as f64 / total.max(1) as f64
    );
    let _ = writeln!(
        report,
        "  {:<14} {:>6} {:>6} {:>7}",
        "category", "right", "total", "%"
    );
    for (cat, (r, t)) in &per_cat {
        let _ = writeln!(
            report,
            "  {cat:<14} {r:>6} {t:>6} {:>6.1}%",
            100.0 * *r as f64 / (*t).max(1) as f64
        );
    }
    report.push_str(&misses);
    Summary {
        report,
        right,
        total,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabari_validation_records() {
        let text = "950101  DEMO-01\nArnor is about to restore full diplomatic ties\nwith Gondor.\n/*\n[Simple coding]\n{ ARN / GON / 064 }\n*/\n\n950102  DEMO-02\nNothing happens here.\n/* [none] { OPTION: require_dyad = false } { OPTION: COMMA EMAX 0 } {---} */\n021231  OTHER-TEST-3\nText.\n/* { A / B } */\n";
        let mut errors = Vec::new();
        let recs = tabari_records("v.txt", text, &mut errors);
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[0].id, "DEMO-01");
        assert_eq!(recs[0].category, "DEMO");
        assert_eq!(
            recs[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor."
        );
        assert_eq!(recs[0].date, chrono::NaiveDate::from_ymd_opt(1995, 1, 1));
        assert!(recs[0].options.require_dyad);
        let want: BTreeSet<_> = [("ARN".to_string(), "GON".to_string(), "064".to_string())]
            .into_iter()
            .collect();
        assert_eq!(recs[0].expected, want);
        assert!(recs[1].expected.is_empty());
        assert!(!recs[1].options.require_dyad);
        // options hold from their record on
        assert!(!recs[2].options.require_dyad);
        assert_eq!(recs[0].options.comma.emax, 8);
        assert_eq!(recs[2].options.comma.emax, 0);
        assert_eq!(recs[2].category, "OTHER-TEST");
        assert_eq!(recs[2].date, chrono::NaiveDate::from_ymd_opt(2002, 12, 31));
        assert_eq!(errors.len(), 1, "{errors:?}");
    }
}
