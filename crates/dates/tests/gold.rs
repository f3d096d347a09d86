//! Recall/precision of `find_dates` on the hand-annotated gold texts in the shared
//! folder (LEDE_SHARED, default ../../../shared relative to this crate). Skips with a
//! notice where the folder is absent. Gold texts are read, never copied.

use lede_dates::{find_dates, DateValue, NaiveDate};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn shared_dir() -> Option<PathBuf> {
    let p = match std::env::var_os("LEDE_SHARED") {
        Some(v) => PathBuf::from(v),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    p.join("gold").is_dir().then_some(p)
}

/// Gold writes ranges as "from/to" with full ISO ends.
fn gold_value(v: &DateValue) -> String {
    match v {
        DateValue::Range { from, to } => format!("{}/{}", from.iso(), to.iso()),
        other => other.iso(),
    }
}

#[test]
fn gold_recall() {
    let Some(dir) = shared_dir() else {
        println!("NOTICE: shared gold folder not found (set LEDE_SHARED); gold test skipped");
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(dir.join("gold"))
        .expect("read gold dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut gold_n, mut hit_n, mut found_n, mut correct_n) = (0usize, 0usize, 0usize, 0usize);
    for f in &files {
        let raw = std::fs::read_to_string(f).expect("read gold file");
        let doc: serde_json::Value = serde_json::from_str(&raw).expect("parse gold json");
        let text = doc["text"].as_str().unwrap_or_default();
        let published = doc["published"]
            .as_str()
            .and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok());
        let gold: BTreeSet<(String, String)> = doc["gold"]["dates"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|d| {
                        (
                            d["text"].as_str().unwrap_or_default().to_string(),
                            d["value"].as_str().unwrap_or_default().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let (exprs, diags) = find_dates(text, published);
        let found: BTreeSet<(String, String)> = exprs
            .iter()
            .map(|e| (text[e.start..e.end].to_string(), gold_value(&e.value)))
            .collect();
        let name = f.file_name().unwrap_or_default().to_string_lossy();
        for g in &gold {
            if !found.contains(g) {
                println!("{name}: MISS {:?} = {}", g.0, g.1);
            }
        }
        for x in &found {
            if !gold.contains(x) {
                println!("{name}: FALSE POSITIVE {:?} = {}", x.0, x.1);
            }
        }
        for d in &diags {
            println!(
                "{name}: diagnostic {:?}: {}",
                &text[d.start..d.end],
                d.message
            );
        }
        gold_n += gold.len();
        hit_n += gold.iter().filter(|g| found.contains(*g)).count();
        found_n += found.len();
        correct_n += found.iter().filter(|x| gold.contains(*x)).count();
    }
    let recall = hit_n as f64 / gold_n.max(1) as f64;
    let precision = correct_n as f64 / found_n.max(1) as f64;
    println!(
        "gold dates: {} files, recall {hit_n}/{gold_n} = {recall:.3}, precision {correct_n}/{found_n} = {precision:.3}",
        files.len()
    );
    assert!(gold_n > 0, "gold folder has no dates");
    assert!(recall >= 0.85, "gold recall {recall:.3} below floor 0.85");
}
