//! `jsonl`: one JSON object a line, the event shape of `CONTRACT.md` (`code`, `root`,
//! `plover`, `source`, `target`, `date`, `place`, `sentence`, `start`, `end`) with everything
//! else the store holds for the event, so that an export round-trips the store:
//!
//! ```json
//! {"id": 17,
//!  "article": {"id": "seed-article", "url": "...", "title": "...", "source": "Lede Wire",
//!              "date": "2025-12-03", "origin": "tests/seed.txt"},
//!  "story": "s-1",
//!  "code": "042", "root": "04", "plover": "CONSULT",
//!  "source": {"code": "USAGOV", "name": "Steve Witkoff", "text": "...", "country": "USA"},
//!  "target": {"code": "RUSGOV", "name": "Vladimir Putin", "text": "...", "country": "RUS"},
//!  "date": "2025-12-02",
//!  "place": {"name": "Moscow", "country": "RUS", "lat": 55.75, "lon": 37.62,
//!            "region": "Moscow", "kind": "city"},
//!  "modality": "asserted",
//!  "sentence": "...", "start": 0, "end": 39,
//!  "trigger": {"text": "met", "start": 8, "end": 11},
//!  "lead": true, "rule": "verbs.txt:12",
//!  "provenance": {"engine": "lede 0.1.0", "dictionaries": "abc123"}}
//! ```
//!
//! `id` is the event's row id in the store (unique there); `source`/`target`/`place` are null
//! where the event has none; `start`/`end` are byte offsets into the article text as stored.
//! Nothing is lossy.

use crate::{ExportEvent, ExportPlace, ExportSide};
use serde::Serialize;

#[derive(Serialize)]
struct Record<'a> {
    id: i64,
    article: Article<'a>,
    story: Option<&'a str>,
    code: &'a str,
    root: &'a str,
    plover: Option<&'a str>,
    source: Option<Side<'a>>,
    target: Option<Side<'a>>,
    date: Option<&'a str>,
    place: Option<Place<'a>>,
    modality: &'a str,
    sentence: &'a str,
    start: i64,
    end: i64,
    trigger: Trigger<'a>,
    lead: bool,
    rule: &'a str,
    provenance: Provenance<'a>,
}

#[derive(Serialize)]
struct Article<'a> {
    id: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    source: Option<&'a str>,
    date: Option<&'a str>,
    origin: &'a str,
}

#[derive(Serialize)]
struct Side<'a> {
    code: Option<&'a str>,
    name: Option<&'a str>,
    text: Option<&'a str>,
    country: Option<&'a str>,
}

#[derive(Serialize)]
struct Place<'a> {
    name: &'a str,
    country: Option<&'a str>,
    lat: Option<f64>,
    lon: Option<f64>,
    region: Option<&'a str>,
    kind: Option<&'a str>,
}

#[derive(Serialize)]
struct Trigger<'a> {
    text: &'a str,
    start: i64,
    end: i64,
}

#[derive(Serialize)]
struct Provenance<'a> {
    engine: &'a str,
    dictionaries: &'a str,
}

fn side(s: &ExportSide) -> Option<Side<'_>> {
    (!s.is_empty()).then_some(Side {
        code: s.code.as_deref(),
        name: s.name.as_deref(),
        text: s.text.as_deref(),
        country: s.country.as_deref(),
    })
}

fn place(p: &ExportPlace) -> Place<'_> {
    Place {
        name: &p.name,
        country: p.country.as_deref(),
        lat: p.lat,
        lon: p.lon,
        region: p.region.as_deref(),
        kind: p.kind.as_deref(),
    }
}

/// The event as one JSON line, newline included.
pub fn record(e: &ExportEvent) -> String {
    let mut s = String::new();
    write_record(e, &mut s);
    s
}

/// Appends the event's JSON line (newline included) to `out`.
pub fn write_record(e: &ExportEvent, out: &mut String) {
    let r = Record {
        id: e.row,
        article: Article {
            id: &e.article,
            url: e.url.as_deref(),
            title: e.title.as_deref(),
            source: e.source.as_deref(),
            date: e.article_date.as_deref(),
            origin: &e.origin,
        },
        story: e.story.as_deref(),
        code: &e.code,
        root: &e.root,
        plover: e.plover.as_deref(),
        source: side(&e.source_actor),
        target: side(&e.target_actor),
        date: e.date.as_deref(),
        place: e.place.as_ref().map(place),
        modality: &e.modality,
        sentence: &e.sentence,
        start: e.start,
        end: e.end,
        trigger: Trigger {
            text: &e.trigger,
            start: e.trigger_start,
            end: e.trigger_end,
        },
        lead: e.lead,
        rule: &e.rule,
        provenance: Provenance {
            engine: &e.engine_version,
            dictionaries: &e.dict_hash,
        },
    };
    // Serializing borrowed strings, numbers and options cannot fail; non-finite floats (which
    // JSON cannot hold) are written as null by serde_json.
    if let Ok(line) = serde_json::to_string(&r) {
        out.push_str(&line);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::sample;
    use serde_json::Value;

    #[test]
    fn a_record_carries_the_contract_shape_and_the_article() {
        let line = record(&sample());
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["code"], "042");
        assert_eq!(v["root"], "04");
        assert_eq!(v["plover"], "CONSULT");
        assert_eq!(v["source"]["code"], "USAGOV");
        assert_eq!(v["source"]["name"], "Steve Witkoff");
        assert_eq!(v["target"]["text"], "Russian President Vladimir Putin");
        assert_eq!(v["place"]["name"], "Moscow");
        assert_eq!(v["place"]["lat"], 55.75);
        assert_eq!(v["date"], "2025-12-02");
        assert_eq!(
            (v["start"].as_i64(), v["end"].as_i64()),
            (Some(0), Some(39))
        );
        assert_eq!(v["modality"], "asserted");
        assert_eq!(v["article"]["id"], "seed-article");
        assert_eq!(v["article"]["url"], "https://example.org/news/1");
        assert_eq!(v["article"]["title"], "Talks in Moscow");
        assert_eq!(v["article"]["source"], "Lede Wire");
        assert_eq!(v["trigger"]["text"], "met");
        assert_eq!(v["id"], 17);
    }

    #[test]
    fn odd_text_is_escaped_and_missing_sides_are_null() {
        let mut e = sample();
        e.sentence = "He said \"no\"\tthen\nleft \\ \u{1} — é 😀".into();
        e.target_actor = ExportSide::default();
        e.place = None;
        e.place = Some(ExportPlace {
            name: "Nowhere".into(),
            lat: Some(f64::NAN),
            ..ExportPlace::default()
        });
        let line = record(&e);
        assert_eq!(line.matches('\n').count(), 1, "{line}");
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["sentence"], e.sentence.as_str());
        assert!(v["target"].is_null());
        assert!(v["place"]["lat"].is_null());
    }
}
