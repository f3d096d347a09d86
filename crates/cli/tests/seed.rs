//! The seed article (examples/seed-article.txt, the user's own document shipped with the
//! repository) coded end to end, checked against what "right" means in the foundation issue.

use lede_extract::{ArticleInput, Engine};
use lede_model::{ArticleResult, QuoteKind};

fn code_seed() -> (String, ArticleResult) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/seed-article.txt"
    );
    let text =
        std::fs::read_to_string(path).expect("examples/seed-article.txt is part of the repository");
    let engine = Engine::new(&[lede_dict::default_set()]);
    let input = ArticleInput {
        id: "seed-article".into(),
        text: text.clone(),
        date: chrono::NaiveDate::from_ymd_opt(2025, 12, 3),
        ..Default::default()
    };
    (text, engine.code(&input))
}

fn country(code: &Option<String>) -> String {
    code.as_deref()
        .map(|c| c.chars().take(3).collect())
        .unwrap_or_default()
}

#[test]
fn seed_events() {
    let (_, r) = code_seed();
    let has = |root: &str, s: &str, t: &str| {
        r.events.iter().any(|e| {
            e.root == root
                && e.source.as_ref().is_some_and(|x| country(&x.code) == s)
                && e.target.as_ref().is_some_and(|x| country(&x.code) == t)
        })
    };
    // Witkoff and Kushner (USA) meet Putin (RUS): consult, 2025-12-02, Moscow
    let meet = r
        .events
        .iter()
        .find(|e| {
            e.root == "04"
                && e.target
                    .as_ref()
                    .is_some_and(|t| t.name.as_deref() == Some("Vladimir Putin"))
        })
        .expect("a consult event with Putin");
    assert_eq!(meet.date.as_deref(), Some("2025-12-02"));
    assert_eq!(meet.place.as_ref().map(|p| p.name.as_str()), Some("Moscow"));
    assert_eq!(country(&meet.source.as_ref().unwrap().code), "USA");
    assert!(
        has("10", "RUS", "UKR"),
        "Russia's demand on Ukraine: {:#?}",
        r.events
    );
    assert!(
        has("12", "UKR", "RUS"),
        "Ukraine's rejection: {:#?}",
        r.events
    );
    assert!(
        r.events.iter().any(|e| e
            .target
            .as_ref()
            .is_some_and(|t| t.name.as_deref() == Some("Rustem Umerov"))
            && e.trigger.text.starts_with("invit")),
        "Umerov's invitation"
    );
}

#[test]
fn seed_quotes_and_speakers() {
    let (_, r) = code_seed();
    // the quotations in quotation marks (direct and partial); reported speech is checked below
    let marked: Vec<_> = r
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    let by = |name: &str| {
        marked
            .iter()
            .filter(|q| q.speaker.as_ref().and_then(|s| s.name.as_deref()) == Some(name))
            .count()
    };
    assert_eq!(by("Donald Trump"), 5, "{:#?}", r.quotes);
    assert_eq!(by("Yuri Ushakov"), 1);
    assert_eq!(by("Marco Rubio"), 2);
    assert!(marked
        .iter()
        .any(|q| q.text == "reasonably good meeting" && q.kind == QuoteKind::Partial));
    assert!(marked.iter().any(|q| q.text == "more normal life"));
    assert_eq!(marked.len(), 8);
    // "Trump has just confirmed that ... held a meeting" is Trump's reported speech
    let reported = r
        .quotes
        .iter()
        .find(|q| {
            q.kind == QuoteKind::Indirect && q.text.starts_with("U.S. Special Envoy Steve Witkoff")
        })
        .expect("reported speech");
    assert_eq!(
        reported.speaker.as_ref().and_then(|s| s.name.as_deref()),
        Some("Donald Trump")
    );
    assert_eq!(reported.verb.as_deref(), Some("confirmed"));
}

#[test]
fn seed_actors_places_dates() {
    let (_, r) = code_seed();
    for (name, c) in [
        ("Donald Trump", "USA"),
        ("Steve Witkoff", "USA"),
        ("Jared Kushner", "USA"),
        ("Marco Rubio", "USA"),
        ("Vladimir Putin", "RUS"),
        ("Kirill Dmitriev", "RUS"),
        ("Yuri Ushakov", "RUS"),
        ("Rustem Umerov", "UKR"),
    ] {
        let a = r
            .actors
            .iter()
            .find(|a| a.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("actor {name}"));
        assert_eq!(a.country.as_deref(), Some(c), "{name}");
    }
    for (name, c) in [("Moscow", "RUS"), ("Miami", "USA"), ("Donbas", "UKR")] {
        assert!(
            r.places
                .iter()
                .any(|p| p.name == name && p.country.as_deref() == Some(c)),
            "place {name}: {:?}",
            r.places
        );
    }
    let dates: Vec<(&str, &str)> = r
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert!(dates.contains(&("December 2, 2025", "2025-12-02")));
    assert!(dates.contains(&("earlier today", "2025-12-03")));
    assert!(!r.dates.iter().any(|d| d.text.contains("four years")));
}

#[test]
fn every_span_slices_the_raw_text() {
    let (text, r) = code_seed();
    for a in &r.actors {
        for m in &a.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    for e in &r.events {
        assert_eq!(&text[e.start..e.end], e.sentence);
        assert_eq!(&text[e.trigger.start..e.trigger.end], e.trigger.text);
    }
    for q in &r.quotes {
        assert_eq!(&text[q.start..q.end], q.text);
        if let Some(s) = &q.speaker {
            assert_eq!(&text[s.start..s.end], s.text);
        }
    }
    for p in &r.places {
        for m in &p.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    for d in &r.dates {
        assert_eq!(&text[d.start..d.end], d.text);
    }
    // the contract's example offsets
    let rubio = r
        .actors
        .iter()
        .find(|a| a.name.as_deref() == Some("Marco Rubio"))
        .unwrap();
    assert!(
        rubio
            .mentions
            .iter()
            .any(|m| m.start == 1757 && m.end == 1792),
        "{:?}",
        rubio.mentions
    );
}
