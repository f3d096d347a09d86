//! Recall of hand-annotated gold places (shared data; skipped where absent).

use lede_geo::{find_places, Gazetteer, GeoContext};
use std::path::PathBuf;

fn shared_dir() -> Option<PathBuf> {
    let p = match std::env::var("LEDE_SHARED") {
        Ok(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    p.join("gold").is_dir().then_some(p)
}

#[test]
fn gold_place_recall() {
    let Some(dir) = shared_dir() else {
        println!("NOTICE: shared gold texts not found (set LEDE_SHARED); skipping");
        return;
    };
    let g = Gazetteer::embedded();
    let mut files: Vec<_> = std::fs::read_dir(dir.join("gold"))
        .expect("read gold dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut total, mut hit) = (0usize, 0usize);
    for f in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(f).expect("read")).expect("json");
        let text = v["text"].as_str().unwrap_or("");
        let gold = &v["gold"];
        let mut ctx = GeoContext::default();
        for a in gold["actors"].as_array().into_iter().flatten() {
            if let Some(c) = a["country"].as_str() {
                if !ctx.focus_countries.iter().any(|(x, _)| x == c) {
                    ctx.focus_countries.push((c.to_string(), 1.0));
                }
            }
        }
        let found = find_places(text, &ctx);
        let found_desc: Vec<(String, Option<String>)> = found
            .iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    g.entry(m.id).country.clone(),
                )
            })
            .collect();
        if std::env::var("GEO_VERBOSE").is_ok() {
            println!(
                "{}: found {:?}",
                f.display(),
                found
                    .iter()
                    .map(|m| {
                        let e = g.entry(m.id);
                        format!(
                            "{}={}/{:?}/{:?}/{}/{:.2}",
                            &text[m.start..m.end],
                            e.name,
                            e.country,
                            e.kind,
                            m.rule,
                            m.confidence
                        )
                    })
                    .collect::<Vec<_>>()
            );
        }
        for p in gold["places"].as_array().into_iter().flatten() {
            let name = p["name"].as_str().unwrap_or("");
            let country = p["country"].as_str().map(String::from);
            let mut mentions: Vec<String> = vec![name.to_string()];
            for m in p["mentions"].as_array().into_iter().flatten() {
                if let Some(s) = m.as_str() {
                    mentions.push(s.to_string());
                }
            }
            total += 1;
            let ok = found_desc.iter().any(|(s, c)| {
                *c == country
                    && mentions
                        .iter()
                        .any(|m| m.contains(s.as_str()) || s.contains(m.as_str()))
            });
            if ok {
                hit += 1;
            } else {
                println!(
                    "MISS {}: {} ({:?}); found {:?}",
                    f.file_name()
                        .map(|x| x.to_string_lossy().to_string())
                        .unwrap_or_default(),
                    name,
                    country,
                    found_desc
                );
            }
        }
    }
    let recall = if total == 0 {
        1.0
    } else {
        hit as f64 / total as f64
    };
    println!(
        "gold place recall: {hit}/{total} = {recall:.3} over {} texts",
        files.len()
    );
    assert!(recall >= 0.8, "gold place recall {recall:.3} below 0.8");
}
