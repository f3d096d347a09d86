//! `lede validate SUITE.jsonl --dict DIR`: codes a peer validation suite (PETRARCH unit tests,
//! UniversalPetrarch re-coding, real news sentences) and prints records right per category
//! and overall, with every miss listed. A record is right when the set of
//! (source, target, code) triples equals its `expected` set.

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

pub fn run(engine: &Engine, suite_name: &str, text: &str) -> Summary {
    let mut per_cat: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = String::new();
    let (mut right, mut total, mut errors) = (0, 0, 0);
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Ok(rec) = serde_json::from_str::<serde_json::Value>(line) else {
            errors += 1;
            let _ = writeln!(misses, "{suite_name}:{}: not a JSON record", i + 1);
            continue;
        };
        let id = rec
            .get("id")
            .and_then(|x| x.as_str())
            .unwrap_or("?")
            .to_string();
        let category = rec
            .get("category")
            .and_then(|x| x.as_str())
            .unwrap_or("-")
            .to_string();
        let date = rec
            .get("date")
            .and_then(|x| x.as_str())
            .and_then(lede_pipeline::parse_date);
        let mut options = CodingOptions::default();
        if let Some(b) = rec.get("config").and_then(|c| c.get("require_dyad")) {
            options.require_dyad = b
                .as_bool()
                .unwrap_or_else(|| b.as_str().is_none_or(|s| !s.eq_ignore_ascii_case("false")));
        }
        let input = ArticleInput {
            id: id.clone(),
            text: rec
                .get("text")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .to_string(),
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
        let want = triples(rec.get("expected").unwrap_or(&serde_json::Value::Null));
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
