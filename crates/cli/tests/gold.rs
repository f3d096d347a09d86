//! Lede against the hand-annotated real texts of `../shared/gold` (read through LEDE_SHARED;
//! skipped with a notice where absent): quotes found and their speakers, actors with the right
//! country, places, dates, and events at root + dyad level (F1 over firm events; `uncertain`
//! and `background` ones are optional). Prints every miss; asserts floors a little below
//! today's figures so that a regression fails.

use lede_extract::{ArticleInput, Engine};
use serde_json::Value;
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("LEDE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    p.join("gold").is_dir().then_some(p)
}

fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn country3(code: Option<&str>) -> String {
    code.map(|c| c.chars().take(3).collect())
        .unwrap_or_default()
}

#[derive(Default)]
struct Tally {
    found: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.found += 1;
        }
    }
    fn rate(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.found as f64 / self.total as f64
        }
    }
}

#[test]
fn gold_texts() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/gold not found (set LEDE_SHARED)");
        return;
    };
    let engine = Engine::new(&[lede_dict::default_set()]);
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("gold"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut quotes, mut speakers, mut actors, mut places, mut dates) = (
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
    );
    let (mut ev_tp, mut ev_gold, mut ev_out) = (0usize, 0usize, 0usize);
    let mut negative_events = Vec::new();
    for f in &files {
        let d: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let id = d["id"].as_str().unwrap_or("?");
        let text = d["text"].as_str().unwrap_or("").to_string();
        let input = ArticleInput {
            id: id.into(),
            text,
            date: d["published"].as_str().and_then(lede_pipeline::parse_date),
            title: d["title"].as_str().map(str::to_string),
            ..Default::default()
        };
        let r = engine.code(&input);
        let g = &d["gold"];
        for q in g["quotes"].as_array().into_iter().flatten() {
            let want = norm(q["text"].as_str().unwrap_or(""));
            let hit = r.quotes.iter().find(|p| {
                let got = norm(&p.text);
                got == want
                    || (want.contains(&got) || got.contains(&want))
                        && got.len().min(want.len()) * 10 >= want.len().max(got.len()) * 8
            });
            quotes.add(hit.is_some());
            let speaker = q["speaker"].as_str().map(|s| s.to_lowercase());
            let got_speaker = hit
                .and_then(|h| h.speaker.as_ref())
                .and_then(|s| s.name.clone())
                .map(|s| s.to_lowercase());
            let ok = match (&speaker, &got_speaker) {
                (None, None) => true,
                (Some(w), Some(g)) => w == g || w.contains(g.as_str()),
                _ => false,
            };
            if hit.is_some() {
                speakers.add(ok);
            }
            if hit.is_none() || !ok {
                eprintln!(
                    "  {id}: quote {:?} speaker {speaker:?}: {}",
                    &want[..want.len().min(40)],
                    if hit.is_none() {
                        "not found".to_string()
                    } else {
                        format!("got {got_speaker:?}")
                    }
                );
            }
        }
        for a in g["actors"].as_array().into_iter().flatten() {
            let name = a["name"].as_str().unwrap_or("").to_lowercase();
            let mentions: Vec<String> = a["mentions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|m| m.as_str())
                .map(mention_key)
                .collect();
            let country = a["country"].as_str();
            let hit = r.actors.iter().find(|p| {
                p.name.as_deref().is_some_and(|n| n.to_lowercase() == name)
                    || p.mentions
                        .iter()
                        .any(|m| mentions.contains(&mention_key(&m.text)))
            });
            let ok = hit.is_some_and(|h| country.is_none() || h.country.as_deref() == country);
            actors.add(ok);
            if !ok {
                eprintln!(
                    "  {id}: actor {name:?} ({country:?}): {}",
                    hit.map_or("not found".to_string(), |h| format!(
                        "country {:?}",
                        h.country
                    ))
                );
            }
        }
        for p in g["places"].as_array().into_iter().flatten() {
            let name = p["name"].as_str().unwrap_or("").to_lowercase();
            let country = p["country"].as_str();
            let ok = r.places.iter().any(|x| {
                (x.name.to_lowercase() == name
                    || x.mentions.iter().any(|m| {
                        norm(&m.text).trim_start_matches("the ") == name.trim_start_matches("the ")
                    }))
                    && (country.is_none() || x.country.as_deref() == country)
            });
            places.add(ok);
            if !ok {
                eprintln!("  {id}: place {name:?} ({country:?}) not found");
            }
        }
        for dt in g["dates"].as_array().into_iter().flatten() {
            let (t, v) = (
                norm(dt["text"].as_str().unwrap_or("")),
                dt["value"].as_str().unwrap_or(""),
            );
            let ok = r
                .dates
                .iter()
                .any(|x| norm(&x.text) == t && date_value(x) == v);
            dates.add(ok);
            if !ok {
                eprintln!("  {id}: date {t:?} = {v} not found");
            }
        }
        // events: multiset match on (root, source country, target country)
        let key = |root: &str, s: Option<&str>, t: Option<&str>| {
            (root.to_string(), country3(s), country3(t))
        };
        let mut produced: Vec<(String, String, String)> = r
            .events
            .iter()
            .map(|e| {
                key(
                    &e.root,
                    e.source.as_ref().and_then(|s| s.code.as_deref()),
                    e.target.as_ref().and_then(|s| s.code.as_deref()),
                )
            })
            .collect();
        if d["negative"].as_bool() == Some(true) && !produced.is_empty() {
            negative_events.push(format!("{id}: {} events", produced.len()));
        }
        ev_out += produced.len();
        let mut optional = Vec::new();
        for e in g["events"].as_array().into_iter().flatten() {
            let k = key(
                e["root"].as_str().unwrap_or(""),
                e["source"].as_str(),
                e["target"].as_str(),
            );
            if e["uncertain"].as_bool() == Some(true) || e["background"].as_bool() == Some(true) {
                optional.push(k);
                continue;
            }
            ev_gold += 1;
            if let Some(i) = produced.iter().position(|p| *p == k) {
                produced.remove(i);
                ev_tp += 1;
            } else {
                eprintln!("  {id}: event missed {k:?}");
            }
        }
        // produced events matching optional gold events are neither right nor wrong
        for k in optional {
            if let Some(i) = produced.iter().position(|p| *p == k) {
                produced.remove(i);
                ev_out -= 1;
            }
        }
        for p in produced {
            eprintln!("  {id}: event not in gold {p:?}");
        }
    }
    let precision = ev_tp as f64 / ev_out.max(1) as f64;
    let recall = ev_tp as f64 / ev_gold.max(1) as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    eprintln!("gold ({} texts): quotes {}/{} speakers {}/{} actors {}/{} places {}/{} dates {}/{} events P {precision:.2} R {recall:.2} F1 {f1:.2} ({ev_tp} right of {ev_out} coded, {ev_gold} firm gold)", files.len(), quotes.found, quotes.total, speakers.found, speakers.total, actors.found, actors.total, places.found, places.total, dates.found, dates.total);
    assert!(
        negative_events.is_empty(),
        "off-topic texts produced events: {negative_events:?}"
    );
    assert!(quotes.rate() >= FLOOR_QUOTES, "quotes {}", quotes.rate());
    assert!(
        speakers.rate() >= FLOOR_SPEAKERS,
        "speakers {}",
        speakers.rate()
    );
    assert!(actors.rate() >= FLOOR_ACTORS, "actors {}", actors.rate());
    assert!(places.rate() >= FLOOR_PLACES, "places {}", places.rate());
    assert!(dates.rate() >= FLOOR_DATES, "dates {}", dates.rate());
    assert!(f1 >= FLOOR_EVENT_F1, "event F1 {f1}");
}

const FLOOR_QUOTES: f64 = 0.7;
const FLOOR_SPEAKERS: f64 = 0.9;
const FLOOR_ACTORS: f64 = 0.85;
const FLOOR_PLACES: f64 = 0.9;
const FLOOR_DATES: f64 = 0.9;
// today: P 0.92 R 0.73 F1 0.81
const FLOOR_EVENT_F1: f64 = 0.77;

/// A mention compared without a leading article ("the Georgian government").
fn mention_key(s: &str) -> String {
    let n = norm(s);
    n.strip_prefix("the ").map(str::to_string).unwrap_or(n)
}

/// A date's value as the gold writes it: `YYYY-MM-DD`, or `from/to` for a range.
fn date_value(d: &lede_model::DateMention) -> String {
    match &d.end_value {
        Some(end) => format!("{}/{end}", d.value),
        None => d.value.clone(),
    }
}
