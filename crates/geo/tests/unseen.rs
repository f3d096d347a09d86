//! Place recall on short wire-style texts written for this test and hand-marked in
//! `tests/unseen/gold.tsv` before any rule was tuned on them (no focus countries given: the
//! finder sees only the text). Prints every miss and every place found that the gold lacks.

use lede_geo::{find_places, Gazetteer, GeoContext};
use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn unseen_texts_place_recall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unseen");
    let gold = std::fs::read_to_string(dir.join("gold.tsv")).expect("gold.tsv");
    let mut by_file: BTreeMap<&str, Vec<(&str, Option<&str>)>> = BTreeMap::new();
    for line in gold
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 2, "bad gold line {line:?}");
        let country = f.get(2).copied().filter(|c| !c.is_empty());
        by_file.entry(f[0]).or_default().push((f[1], country));
    }
    let g = Gazetteer::embedded();
    let (mut total, mut hit, mut extra) = (0usize, 0usize, 0usize);
    for (file, want) in &by_file {
        let text = std::fs::read_to_string(dir.join(format!("{file}.txt"))).expect("text");
        let found: Vec<(String, Option<String>)> = find_places(&text, &GeoContext::default())
            .iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    g.entry(m.id).country.clone(),
                )
            })
            .collect();
        for (name, country) in want {
            total += 1;
            let ok = found.iter().any(|(s, c)| {
                c.as_deref() == *country && (s.contains(name) || name.contains(s.as_str()))
            });
            if ok {
                hit += 1;
            } else {
                let seen: Vec<_> = found
                    .iter()
                    .filter(|(s, _)| name.contains(s.as_str()))
                    .collect();
                println!("MISS {file}: {name} ({country:?}); found as {seen:?}");
            }
        }
        for (s, c) in &found {
            if !want
                .iter()
                .any(|(n, _)| n.contains(s.as_str()) || s.contains(n))
            {
                extra += 1;
                println!("EXTRA {file}: {s} ({c:?})");
            }
        }
    }
    let recall = hit as f64 / total.max(1) as f64;
    println!(
        "unseen place recall: {hit}/{total} = {recall:.3}; places found outside the gold: {extra}"
    );
    assert!(recall >= 0.85, "unseen place recall {recall:.3} below 0.85");
}
