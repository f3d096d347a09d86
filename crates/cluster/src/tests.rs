//! Rule tests on hand-built codings (no dictionaries): joining, near misses, merging, event
//! identity, discrepancies, breaking, determinism.

use super::*;
use lede_model::{
    Actor, ActorKind, ActorRef, Event, Mention, Modality, Place, PlaceKind, Quote, QuoteKind,
};

pub(crate) struct Art {
    pub id: &'static str,
    pub date: &'static str,
    pub source: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub result: ArticleResult,
}

fn actor(name: &str, code: &str) -> Actor {
    Actor {
        name: Some(name.to_string()),
        code: Some(code.to_string()),
        country: Some(code[..3].to_string()),
        kind: ActorKind::Person,
        mentions: vec![Mention {
            text: name.to_string(),
            start: 0,
            end: 0,
        }],
        rule: "test".to_string(),
    }
}

fn place(name: &str) -> Place {
    Place {
        name: name.to_string(),
        country: None,
        lat: None,
        lon: None,
        region: None,
        kind: PlaceKind::City,
        mentions: vec![Mention {
            text: name.to_string(),
            start: 0,
            end: 0,
        }],
    }
}

fn event(src: &str, tgt: &str, code: &str, date: &str, place: Option<&str>) -> Event {
    let r = |c: &str| ActorRef {
        code: Some(c.to_string()),
        name: None,
        text: c.to_string(),
    };
    Event {
        code: code.to_string(),
        root: code[..2].to_string(),
        plover: None,
        source: Some(r(src)),
        target: Some(r(tgt)),
        date: Some(date.to_string()),
        place: place.map(|p| lede_model::PlaceRef {
            name: p.to_string(),
            country: None,
        }),
        modality: Modality::Asserted,
        sentence: format!("{src} {code} {tgt}."),
        start: 0,
        end: 0,
        trigger: Mention {
            text: String::new(),
            start: 0,
            end: 0,
        },
        rule: "test".to_string(),
    }
}

fn result(id: &str, actors: Vec<Actor>, places: Vec<Place>, events: Vec<Event>) -> ArticleResult {
    ArticleResult {
        id: id.to_string(),
        date: None,
        title: None,
        text: None,
        actors,
        events,
        quotes: Vec::new(),
        places,
        dates: Vec::new(),
        diagnostics: Vec::new(),
    }
}

fn input(a: &Art) -> ArticleIn<'_> {
    ArticleIn {
        id: a.id,
        title: Some(a.title),
        date: Some(a.date),
        source: Some(a.source),
        text: a.text,
        result: &a.result,
    }
}

fn israel_lebanon(
    id: &'static str,
    date: &'static str,
    source: &'static str,
    text: &'static str,
) -> Art {
    Art {
        id,
        date,
        source,
        title: "Israeli strikes hit southern Lebanon",
        text,
        result: result(
            id,
            vec![
                actor("Israel Defense Forces", "ISRMIL"),
                actor("Hezbollah", "LBNREB"),
            ],
            vec![place("Nabatieh")],
            vec![event("ISRMIL", "LBNREB", "190", date, Some("Nabatieh"))],
        ),
    }
}

fn cluster(arts: &[Art]) -> (Clusterer, Vec<Assignment>) {
    let mut c = Clusterer::default();
    let got = arts.iter().map(|a| c.add(input(a))).collect();
    (c, got)
}

#[test]
fn same_incident_joins_and_events_merge_across_reports() {
    let arts = [
        israel_lebanon("a1", "2024-10-01", "Wire A", "Israeli air strikes hit the town of Nabatieh in southern Lebanon, killing 12 civilians, local health authorities reported. Hezbollah fired rockets in response."),
        israel_lebanon("a2", "2024-10-01", "Wire B", "Israeli warplanes struck Nabatieh in southern Lebanon, killing 15 civilians according to the health ministry; Hezbollah answered with rockets."),
        israel_lebanon("a3", "2024-10-02", "Wire C", "A day after strikes on Nabatieh killed civilians, Hezbollah rockets hit northern Israel and Israeli strikes continued in southern Lebanon."),
    ];
    let (c, got) = cluster(&arts);
    assert!(got[0].created);
    assert_eq!(got[1].story, "a1");
    assert_eq!(got[2].story, "a1");
    let d = c.story("a1").unwrap();
    assert_eq!(d.summary.articles, ["a1", "a2", "a3"]);
    assert_eq!(d.summary.first_seen, "2024-10-01");
    assert_eq!(d.summary.last_seen, "2024-10-02");
    // One strike event (dates within a day, same place) reported by three sources.
    assert_eq!(d.events.len(), 1);
    assert_eq!(d.events[0].mentions.len(), 3);
    assert_eq!(d.events[0].sources, ["Wire A", "Wire B", "Wire C"]);
    assert_eq!(d.events[0].first_seen, "2024-10-01");
    // 12 vs 15 civilians: a discrepancy with who says which.
    let civ = d
        .discrepancies
        .iter()
        .find(|x| x.about == "civilian")
        .expect("civilian counts differ");
    let vals: Vec<(&str, &[String])> = civ
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.sources.as_slice()))
        .collect();
    assert_eq!(
        vals,
        [
            ("12", &["Wire A".to_string()][..]),
            ("15", &["Wire B".to_string()][..])
        ]
    );
    assert_eq!(d.adds[0].events.len(), 1);
    assert!(
        d.adds[1].events.is_empty(),
        "the second report adds no new event"
    );
}

#[test]
fn the_same_actors_weeks_apart_are_another_story() {
    let arts = [
        israel_lebanon("b1", "2024-10-01", "Wire A", "Israeli air strikes hit the town of Nabatieh in southern Lebanon. Hezbollah fired rockets in response."),
        israel_lebanon("b2", "2024-10-02", "Wire B", "Israeli warplanes struck Nabatieh in southern Lebanon; Hezbollah answered with rockets."),
        israel_lebanon("b3", "2024-11-05", "Wire A", "Israeli air strikes hit the town of Nabatieh in southern Lebanon. Hezbollah fired rockets in response."),
    ];
    let (_, got) = cluster(&arts);
    assert_eq!(got[1].story, "b1");
    assert!(
        got[2].created,
        "five weeks later is a new incident: {got:?}"
    );
}

#[test]
fn an_article_linking_two_stories_merges_them_into_the_older() {
    let mk = |id: &'static str, date, text: &'static str, places: Vec<Place>| Art {
        id,
        date,
        source: "Wire",
        title: "",
        text,
        result: result(id, vec![], places, vec![]),
    };
    let arts = [
        mk("m1", "2025-01-10", "Flooding along the Danube river forced evacuations in Vukovar as water levels kept rising.", vec![place("Vukovar")]),
        mk("m2", "2025-01-10", "Wildfire smoke over Vukovar forced school closures and emergency evacuations across Slavonia.", vec![place("Vukovar")]),
        mk("m3", "2025-01-11", "Danube flooding and wildfire smoke: Vukovar evacuations widen across Slavonia as river levels keep rising.", vec![place("Vukovar")]),
    ];
    let mut c = Clusterer::new(Config {
        join_threshold: 0.35,
        merge_threshold: 0.35,
        ..Config::default()
    });
    let got: Vec<Assignment> = arts.iter().map(|a| c.add(input(a))).collect();
    assert!(got[0].created && got[1].created, "{got:?}");
    assert_eq!(got[2].merged, ["m2"], "{got:?}");
    assert_eq!(got[2].story, "m1");
    let d = c.story("m2").expect("a merged id still finds its story");
    assert_eq!(d.summary.id, "m1");
    assert_eq!(d.summary.articles, ["m1", "m2", "m3"]);
    assert_eq!(d.merges.len(), 1);
    assert_eq!(d.merges[0].from, "m2");
    assert_eq!(d.merges[0].by_article, "m3");
    assert_eq!(c.stories().len(), 1);
}

#[test]
fn off_topic_text_stays_alone_and_ids_are_idempotent() {
    let arts = [
        israel_lebanon("c1", "2024-10-01", "Wire A", "Israeli air strikes hit the town of Nabatieh in southern Lebanon."),
        Art {
            id: "c2",
            date: "2024-10-01",
            source: "Sports Desk",
            title: "Local club wins the cup final",
            text: "The home side won the cup final on penalties after a goalless draw, their first trophy in a decade.",
            result: result("c2", vec![], vec![], vec![]),
        },
    ];
    let (mut c, got) = cluster(&arts);
    assert!(got[1].created);
    let again = c.add(input(&arts[0]));
    assert!(again.duplicate);
    assert_eq!(again.story, "c1");
    assert_eq!(c.len(), 2);
    assert_eq!(c.stories().len(), 2);
}

#[test]
fn breaking_needs_a_burst_from_several_sources() {
    let mut arts = vec![israel_lebanon(
        "d0",
        "2024-10-01",
        "Wire A",
        "Israeli air strikes hit Nabatieh in southern Lebanon; Hezbollah fired rockets.",
    )];
    for (id, src) in [
        ("d1", "Wire B"),
        ("d2", "Wire C"),
        ("d3", "Wire D"),
        ("d4", "Wire A"),
    ] {
        arts.push(israel_lebanon(
            id,
            "2024-10-05",
            src,
            "Israeli air strikes hit Nabatieh in southern Lebanon again; Hezbollah fired rockets.",
        ));
    }
    let (c, _) = cluster(&arts[..1]);
    assert!(c.breaking().is_empty());
    let (c, got) = cluster(&arts);
    assert!(got.iter().all(|g| g.story == "d0"), "{got:?}");
    let b = c.breaking();
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].0, "d0");
    assert_eq!(b[0].1.recent_articles, 4);
    assert_eq!(b[0].1.recent_sources, 4);
    assert!(
        b[0].1.reason.contains("4 articles from 4 sources"),
        "{}",
        b[0].1.reason
    );
}

#[test]
fn quotes_and_dated_statements_make_the_timeline() {
    let text = "Talks resumed in Geneva on March 3, 2025. \"We made progress,\" the envoy said.";
    let mut r = result(
        "t1",
        vec![actor("Steve Witkoff", "USAGOV")],
        vec![place("Geneva")],
        vec![],
    );
    r.quotes.push(Quote {
        text: "We made progress,".to_string(),
        speaker: None,
        kind: QuoteKind::Direct,
        verb: Some("said".to_string()),
        start: 0,
        end: 0,
        rule: "test".to_string(),
    });
    r.dates.push(lede_model::DateMention {
        text: "March 3, 2025".to_string(),
        value: "2025-03-03".to_string(),
        end_value: None,
        start: text.find("March").unwrap(),
        end: text.find("2025.").unwrap() + 4,
    });
    let a = Art {
        id: "t1",
        date: "2025-03-04",
        source: "Wire",
        title: "Geneva talks",
        text,
        result: r,
    };
    let (c, _) = cluster(std::slice::from_ref(&a));
    let d = c.story("t1").unwrap();
    let kinds: Vec<(&str, TimelineKind)> = d
        .timeline
        .iter()
        .map(|t| (t.date.as_str(), t.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("2025-03-03", TimelineKind::Statement),
            ("2025-03-04", TimelineKind::Quote)
        ]
    );
    assert_eq!(
        d.timeline[0].text,
        "Talks resumed in Geneva on March 3, 2025."
    );
    assert_eq!(d.adds[0].actors, ["Steve Witkoff"]);
    assert_eq!(d.adds[0].places, ["Geneva"]);
}

#[test]
fn same_input_same_output() {
    let arts = [
        israel_lebanon(
            "e1",
            "2024-10-01",
            "Wire A",
            "Israeli air strikes hit Nabatieh in southern Lebanon.",
        ),
        israel_lebanon(
            "e2",
            "2024-10-01",
            "Wire B",
            "Israeli warplanes struck Nabatieh; Hezbollah answered with rockets.",
        ),
        israel_lebanon(
            "e3",
            "2024-12-01",
            "Wire B",
            "Israeli warplanes struck Nabatieh; Hezbollah answered with rockets.",
        ),
    ];
    let a = format!("{:?}", cluster(&arts).0.stories());
    let b = format!("{:?}", cluster(&arts).0.stories());
    assert_eq!(a, b);
}

#[test]
fn bcubed_scores() {
    let s = bcubed(&[1, 1, 2, 3], &["a", "a", "b", "b"]);
    assert!((s.precision - 1.0).abs() < 1e-9);
    assert!((s.recall - 0.75).abs() < 1e-9);
    let s = bcubed(&[1, 1, 1], &["a", "a", "b"]);
    assert!((s.precision - (2.0 / 3.0 * 2.0 + 1.0 / 3.0) / 3.0).abs() < 1e-9);
    assert_eq!(bcubed::<i32, i32>(&[], &[]).f1, 0.0);
}

/// Articles of several kinds (two stories, a merge, an off-topic text, an undated one).
fn mixed() -> Vec<Art> {
    let mk = |id: &'static str, date, text: &'static str, places: Vec<Place>| Art {
        id,
        date,
        source: "Wire",
        title: "",
        text,
        result: result(id, vec![], places, vec![]),
    };
    vec![
        israel_lebanon("e1", "2024-10-01", "Wire A", "Israeli air strikes hit Nabatieh in southern Lebanon, killing 12 people."),
        mk("m1", "2024-10-01", "Flooding along the Danube river forced evacuations in Vukovar as water levels kept rising.", vec![place("Vukovar")]),
        israel_lebanon("e2", "2024-10-02", "Wire B", "Israeli warplanes struck Nabatieh; Hezbollah answered with rockets. 15 people were killed."),
        mk("m2", "2024-10-02", "Wildfire smoke over Vukovar forced school closures and emergency evacuations across Slavonia.", vec![place("Vukovar")]),
        mk("m3", "2024-10-03", "Danube flooding and wildfire smoke: Vukovar evacuations widen across Slavonia as river levels keep rising.", vec![place("Vukovar")]),
        mk("bake", "2024-10-03", "A bakery in Leeds won the national sourdough prize for a loaf of heritage wheat.", vec![]),
        israel_lebanon("e3", "2024-10-03", "Wire C", "Hezbollah fired rockets after Israeli strikes on Nabatieh, the army said."),
        israel_lebanon("e4", "", "Wire D", "Nabatieh counted its dead after the Israeli strikes on southern Lebanon."),
    ]
}

fn everything(c: &Clusterer) -> String {
    let stories = c.stories();
    let details: Vec<_> = stories.iter().map(|s| c.story(&s.id)).collect();
    format!("{stories:?}\n{details:?}\n{:?}", c.breaking())
}

#[test]
fn a_saved_state_goes_on_exactly_as_the_clusterer_would_have() {
    let config = Config {
        join_threshold: 0.35,
        merge_threshold: 0.35,
        ..Config::default()
    };
    let arts = mixed();
    let mut whole = Clusterer::new(config.clone());
    for a in &arts {
        whole.add(input(a));
    }
    assert!(whole.stories().iter().any(|s| s.articles.len() > 1));
    let want = everything(&whole);
    let want_bytes = whole.save();
    // Cut anywhere: save, load, add the rest; the same stories and the same state.
    for cut in 0..=arts.len() {
        let mut first = Clusterer::new(config.clone());
        for a in &arts[..cut] {
            first.add(input(a));
        }
        let mut next = Clusterer::load(&first.save()).expect("its own state loads");
        assert_eq!(next.config(), &config);
        assert_eq!(next.len(), cut);
        for a in &arts[cut..] {
            next.add(input(a));
        }
        assert_eq!(everything(&next), want, "cut at {cut}");
        assert_eq!(next.save(), want_bytes, "cut at {cut}");
    }
    assert!(whole.contains("m2") && !whole.contains("nope"));
    let (p1, pm3) = (whole.story_position("e1"), whole.story_position("m1"));
    assert!(p1.is_some() && pm3.is_some() && p1 != pm3);
    assert_eq!(whole.story_position("m2"), None, "merged away");
}

#[test]
fn a_bad_state_is_an_error_not_a_panic() {
    let mut c = Clusterer::default();
    for a in &mixed() {
        c.add(input(a));
    }
    let bytes = c.save();
    assert!(matches!(
        Clusterer::load(b"nonsense"),
        Err(StateError::NotAState)
    ));
    let mut other = bytes.clone();
    other[8..12].copy_from_slice(&(STATE_FORMAT + 1).to_le_bytes());
    assert!(matches!(
        Clusterer::load(&other),
        Err(StateError::Version { found, .. }) if found == STATE_FORMAT + 1
    ));
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(
        Clusterer::load(&longer),
        Err(StateError::TrailingBytes)
    ));
    // Every cut is refused.
    for n in 0..bytes.len() {
        assert!(Clusterer::load(&bytes[..n]).is_err(), "cut at {n}");
    }
    // Any byte changed: an error or a state that can go on without panicking.
    for i in (0..bytes.len()).step_by(3) {
        for x in [0u8, 0xff, bytes[i] ^ 1] {
            let mut b = bytes.clone();
            b[i] = x;
            if let Ok(mut c) = Clusterer::load(&b) {
                let more = israel_lebanon("zz", "2024-10-04", "W", "Nabatieh again.");
                c.add(input(&more));
                let _ = everything(&c);
            }
        }
    }
}

#[test]
fn a_late_report_of_an_old_incident_does_not_hide_the_current_story() {
    let text = "Israeli air strikes hit the town of Nabatieh in southern Lebanon. Hezbollah fired rockets in response.";
    let arts = [
        israel_lebanon("l1", "2024-10-01", "Wire A", text),
        // Arrives late: an incident two months earlier, a story of its own.
        israel_lebanon("l2", "2024-08-01", "Wire B", text),
        // Today's follow-up still finds today's story behind the late one.
        israel_lebanon("l3", "2024-10-02", "Wire C", text),
    ];
    let (c, got) = cluster(&arts);
    assert!(got[1].created, "two months apart: {got:?}");
    assert_eq!(got[2].story, "l1", "{got:?}");
    assert_eq!(c.story("l2").unwrap().summary.articles, ["l2"]);
}

#[test]
fn reports_placing_the_same_strike_elsewhere_or_blaming_another_side_are_discrepancies() {
    let mk = |id: &'static str, source: &'static str, ev: Vec<Event>, places: Vec<Place>| {
        Art {
        id,
        date: "2024-10-01",
        source,
        title: "Strikes hit southern Lebanon",
        text: "Air strikes hit southern Lebanon on Tuesday, killing civilians, officials said; rockets were fired in response.",
        result: result(
            id,
            vec![
                actor("Israel Defense Forces", "ISRMIL"),
                actor("Hezbollah", "LBNREB"),
            ],
            places,
            ev,
        ),
    }
    };
    let strike = |src: &str, place: &str| event(src, "LBNREB", "190", "2024-10-01", Some(place));
    let arts = [
        mk(
            "p1",
            "Wire A",
            vec![strike("ISRMIL", "Nabatieh")],
            vec![place("Nabatieh")],
        ),
        mk(
            "p2",
            "Wire B",
            vec![strike("ISRMIL", "Tyre")],
            vec![place("Tyre")],
        ),
        // Naming two places for the strike lists them: no side in the dispute.
        mk(
            "p3",
            "Wire C",
            vec![strike("ISRMIL", "Nabatieh"), strike("ISRMIL", "Tyre")],
            vec![place("Nabatieh"), place("Tyre")],
        ),
        // Blames another side for the strike on Nabatieh.
        mk(
            "p4",
            "Wire D",
            vec![strike("SYRMIL", "Nabatieh")],
            vec![place("Nabatieh")],
        ),
    ];
    let (c, got) = cluster(&arts);
    assert!(got.iter().all(|g| g.story == "p1"), "{got:?}");
    let d = c.story("p1").unwrap();
    let place = d
        .discrepancies
        .iter()
        .find(|x| x.kind == "place" && x.about.contains("ISRMIL 19 LBNREB"))
        .expect("the place is disputed");
    let vals: Vec<(&str, Vec<&str>)> = place
        .values
        .iter()
        .map(|v| {
            (
                v.value.as_str(),
                v.articles.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(vals, [("Nabatieh", vec!["p1"]), ("Tyre", vec!["p2"])]);
    let who = d
        .discrepancies
        .iter()
        .find(|x| x.kind == "actor" && x.about.contains("in Nabatieh"))
        .expect("who struck is disputed");
    let vals: Vec<(&str, &[String])> = who
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.sources.as_slice()))
        .collect();
    assert_eq!(
        vals,
        [
            ("ISRMIL", &["Wire A".to_string(), "Wire C".to_string()][..]),
            ("SYRMIL", &["Wire D".to_string()][..])
        ]
    );
    // Where every report agrees, nothing is disputed.
    let (c, _) = cluster(&arts[..1]);
    assert!(c
        .story("p1")
        .unwrap()
        .discrepancies
        .iter()
        .all(|x| x.kind == "number"));
}
