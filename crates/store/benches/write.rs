//! Store write throughput: `cargo bench -p lede-store`.
//! Coded articles shaped like what `lede ingest` stores for 4 kB wire stories (36 actors
//! with 3 mentions each, 6 events, 12 quotes, 2 places, 2 dates) written in batches of 256, one transaction each,
//! into a fresh WAL database. Reports articles/s for the writer alone; the end-to-end figure
//! (read → code → write) comes from `lede ingest`'s summary line.

use divan::counter::ItemsCount;
use lede_model::*;
use lede_store::{ArticleRecord, Store};

fn main() {
    divan::main();
}

const WORDS: [&str; 12] = [
    "talks",
    "minister",
    "ceasefire",
    "border",
    "sanctions",
    "envoy",
    "parliament",
    "troops",
    "agreement",
    "protest",
    "summit",
    "election",
];

fn text(i: usize) -> String {
    let mut s = String::with_capacity(4200);
    let mut k = i;
    while s.len() < 4000 {
        k = k
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        s.push_str(WORDS[(k >> 33) % WORDS.len()]);
        s.push(if (k >> 20).is_multiple_of(9) {
            '.'
        } else {
            ' '
        });
    }
    s.push_str(&format!(" Article {i}."));
    s
}

fn record(i: usize) -> ArticleRecord {
    let text = text(i);
    let m = |s: usize| Mention {
        text: text[s..s + 5].to_string(),
        start: s,
        end: s + 5,
    };
    let side = |c: &str| {
        Some(ActorRef {
            code: Some(c.into()),
            name: Some("Some One".into()),
            text: "Some One".into(),
        })
    };
    let result = ArticleResult {
        id: i.to_string(),
        date: Some("2025-12-03".into()),
        title: None,
        text: None,
        actors: (0..36)
            .map(|a| Actor {
                name: Some(format!("Person {a}")),
                code: Some(["USAGOV", "RUSGOV", "UKRMIL", "FRA", "CHNGOV", "IGOUNO"][a % 6].into()),
                country: Some("USA".into()),
                kind: ActorKind::Person,
                mentions: vec![m(a * 100), m(a * 100 + 20), m(a * 100 + 40)],
                rule: "dict:lede/actors".into(),
            })
            .collect(),
        events: (0..6)
            .map(|e| Event {
                code: "042".into(),
                root: "04".into(),
                plover: Some("CONSULT".into()),
                source: side("USAGOV"),
                target: side("RUSGOV"),
                date: Some("2025-12-02".into()),
                place: Some(PlaceRef {
                    name: "Moscow".into(),
                    country: Some("RUS".into()),
                }),
                modality: Modality::Asserted,
                sentence: text[e * 600..e * 600 + 200].to_string(),
                start: e * 600,
                end: e * 600 + 200,
                trigger: m(e * 600 + 10),
                rule: "verb:MEET".into(),
            })
            .collect(),
        quotes: (0..12)
            .map(|q| Quote {
                text: text[200 + q * 300..200 + q * 300 + 120].to_string(),
                speaker: Some(Speaker {
                    name: Some("Some One".into()),
                    code: Some("USAGOV".into()),
                    text: "he".into(),
                    start: 1990,
                    end: 1992,
                }),
                kind: QuoteKind::Direct,
                verb: Some("said".into()),
                start: 200 + q * 300,
                end: 200 + q * 300 + 120,
                rule: "quote:said".into(),
            })
            .collect(),
        places: (0..2)
            .map(|p| Place {
                name: "Moscow".into(),
                country: Some("RUS".into()),
                lat: Some(55.75),
                lon: Some(37.62),
                region: None,
                kind: PlaceKind::City,
                mentions: vec![m(2500 + p * 10)],
            })
            .collect(),
        dates: (0..2)
            .map(|d| DateMention {
                text: "Tuesday".into(),
                value: "2025-12-02".into(),
                end_value: None,
                start: 2600 + d * 10,
                end: 2607 + d * 10,
            })
            .collect(),
        diagnostics: vec![],
    };
    ArticleRecord {
        ext_id: i.to_string(),
        url: Some(format!("https://wire.test/{i}")),
        source: Some("wire".into()),
        title: Some(format!("Story {i}")),
        date: Some("2025-12-03".into()),
        text,
        origin: format!("bench:{i}"),
        reader: "reader:bench".into(),
        result,
    }
}

const ARTICLES: usize = 2048;

#[divan::bench(sample_count = 5, sample_size = 1)]
fn write_batches(bencher: divan::Bencher) {
    let records: Vec<ArticleRecord> = (0..ARTICLES).map(record).collect();
    let dir = std::env::temp_dir().join(format!("lede-store-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut run = 0;
    bencher
        .counter(ItemsCount::new(ARTICLES))
        .with_inputs(|| {
            run += 1;
            let db = dir.join(format!("bench-{run}.db"));
            let mut store = Store::open(&db).unwrap();
            let prov = store.provenance("bench", "bench").unwrap();
            (store, prov)
        })
        .bench_local_values(|(mut store, prov)| {
            for batch in records.chunks(256) {
                store.write_batch(prov, batch).unwrap();
            }
            store
        });
    let _ = std::fs::remove_dir_all(&dir);
}
