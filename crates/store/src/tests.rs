use super::*;
use lede_model::*;

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("lede-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn db(&self) -> PathBuf {
        self.0.join("lede.db")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn side(code: &str, name: &str) -> Option<ActorRef> {
    Some(ActorRef {
        code: Some(code.into()),
        name: Some(name.into()),
        text: name.into(),
    })
}

/// A coded article with one event, one quote, one actor, one place, one date.
fn record(
    id: &str,
    url: Option<&str>,
    text: &str,
    date: &str,
    code: &str,
    plover: &str,
) -> ArticleRecord {
    let (src, tgt) = (
        side("USAGOV", "Steve Witkoff"),
        side("RUSGOV", "Vladimir Putin"),
    );
    let result = ArticleResult {
        id: id.into(),
        date: Some(date.into()),
        title: None,
        text: None,
        actors: vec![Actor {
            name: Some("Vladimir Putin".into()),
            code: Some("RUSGOV".into()),
            country: Some("RUS".into()),
            kind: ActorKind::Person,
            mentions: vec![
                Mention {
                    text: "Putin".into(),
                    start: 0,
                    end: 5,
                },
                Mention {
                    text: "he".into(),
                    start: 20,
                    end: 22,
                },
            ],
            rule: "dict:lede/actors:Putin".into(),
        }],
        events: vec![Event {
            code: code.into(),
            root: code[..2].into(),
            plover: Some(plover.into()),
            source: src,
            target: tgt,
            date: Some(date.into()),
            place: Some(PlaceRef {
                name: "Moscow".into(),
                country: Some("RUS".into()),
            }),
            modality: Modality::Asserted,
            sentence: text.into(),
            start: 0,
            end: text.len(),
            trigger: Mention {
                text: "met".into(),
                start: 6,
                end: 9,
            },
            rule: "verb:MEET".into(),
        }],
        quotes: vec![Quote {
            text: "It does take two to tango".into(),
            speaker: Some(Speaker {
                name: Some("Donald Trump".into()),
                code: Some("USAGOV".into()),
                text: "Trump".into(),
                start: 0,
                end: 5,
            }),
            kind: QuoteKind::Direct,
            verb: Some("said".into()),
            start: 1,
            end: 26,
            rule: "quote:said".into(),
        }],
        places: vec![Place {
            name: "Moscow".into(),
            country: Some("RUS".into()),
            lat: Some(55.75),
            lon: Some(37.62),
            region: None,
            kind: PlaceKind::City,
            mentions: vec![Mention {
                text: "Moscow".into(),
                start: 10,
                end: 16,
            }],
        }],
        dates: vec![DateMention {
            text: "Tuesday".into(),
            value: date.into(),
            end_value: None,
            start: 30,
            end: 37,
        }],
        diagnostics: vec![],
    };
    ArticleRecord {
        ext_id: id.into(),
        url: url.map(str::to_string),
        source: Some("wire".into()),
        title: Some(format!("Title {id}")),
        date: Some(date.into()),
        text: text.into(),
        origin: format!("test:{id}"),
        reader: "reader:test".into(),
        result,
    }
}

#[test]
fn the_same_article_twice_is_stored_once() {
    let dir = TempDir::new("idem");
    let mut store = Store::open(&dir.db()).unwrap();
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    let a = record(
        "a1",
        Some("https://x.test/1"),
        "Putin met Witkoff in Moscow.",
        "2025-12-02",
        "042",
        "CONSULT",
    );
    let b = record(
        "b1",
        None,
        "Talks on Ukraine ended without a deal.",
        "2025-12-03",
        "190",
        "FIGHT",
    );
    let c1 = store.write_batch(prov, &[a.clone(), b.clone()]).unwrap();
    assert_eq!((c1.inserted, c1.events, c1.quotes, c1.actors), (2, 2, 2, 2));
    // Again, in another batch, and twice within one batch: nothing new.
    let c2 = store.write_batch(prov, &[a.clone(), b.clone(), b]).unwrap();
    assert_eq!((c2.inserted, c2.already_stored, c2.events), (0, 3, 0));
    let s = store.stats().unwrap();
    assert_eq!(
        (s.articles, s.events, s.quotes, s.actors, s.stories),
        (2, 2, 2, 2, 0)
    );
    assert_eq!(s.schema_version, SCHEMA_VERSION);
    assert!(store
        .contains_key(&article_key(a.url.as_deref(), &a.text))
        .unwrap());
    assert!(!store.contains_key("url:https://x.test/2").unwrap());
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
}

#[test]
fn a_syndicated_copy_is_linked_not_counted() {
    let dir = TempDir::new("synd");
    let mut store = Store::open(&dir.db()).unwrap();
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    let a = record(
        "a",
        Some("https://x.test/a"),
        "Putin met Witkoff in Moscow.",
        "2025-12-02",
        "042",
        "CONSULT",
    );
    let copy = record(
        "copy",
        Some("https://y.test/b"),
        "PUTIN met Witkoff in  Moscow!",
        "2025-12-02",
        "042",
        "CONSULT",
    );
    let c = store.write_batch(prov, &[a, copy]).unwrap();
    assert_eq!((c.inserted, c.duplicates, c.events), (1, 1, 1));
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.duplicates, s.events), (1, 1, 1));
    let rows = store.search(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1].duplicate_of.as_deref(), Some("a"));
    // Full-text search finds the story once.
    let hits = store
        .search(&Filter {
            text: Some("witkoff".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
}

const WIRE: &str = "Russian President Vladimir Putin met U.S. envoys Steve Witkoff and Jared \
    Kushner in Moscow on Tuesday for five hours of talks on a plan to end the war in Ukraine, the \
    Kremlin said. Aide Yuri Ushakov told reporters that no compromise had been found on territory \
    but that some of the American proposals could be discussed. The envoys are due to brief \
    Ukrainian officials in Miami later this week, a State Department spokesperson said.";

#[test]
fn a_near_copy_is_linked_and_an_update_with_new_figures_is_not() {
    let dir = TempDir::new("near");
    let mut store = Store::open(&dir.db()).unwrap();
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    let rec = |id: &str, text: &str, date: &str| {
        record(
            id,
            Some(&format!("https://{id}.test/a")),
            text,
            date,
            "042",
            "CONSULT",
        )
    };
    let a = rec("a", WIRE, "2025-12-02");
    // Another outlet's copy: its own dateline and credit line, a day later.
    let copy = rec(
        "copy",
        &format!("MOSCOW (Wire) - {WIRE} (Reporting by the Moscow bureau.)"),
        "2025-12-03",
    );
    // The same wire a week on, and an update with another figure: new reports.
    let later = rec("later", &format!("{WIRE} It was reposted."), "2025-12-09");
    let update = rec(
        "update",
        &WIRE.replace("five hours", "six hours"),
        "2025-12-02",
    );
    let c = store.write_batch(prov, &[a, copy, later, update]).unwrap();
    assert_eq!((c.inserted, c.duplicates), (3, 1));
    let rows = store.search(&Filter::default()).unwrap();
    let dup: Vec<(&str, Option<&str>)> = rows
        .iter()
        .map(|r| (r.id.as_str(), r.duplicate_of.as_deref()))
        .collect();
    assert!(dup.contains(&("copy", Some("a"))), "{dup:?}");
    assert!(
        dup.contains(&("later", None)) && dup.contains(&("update", None)),
        "{dup:?}"
    );
    let rule: Option<String> = store
        .conn
        .query_row(
            "SELECT duplicate_rule FROM articles WHERE ext_id = 'copy'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(rule.is_some_and(|r| r.starts_with("near-copy J=")));
}

#[test]
fn originals_stored_before_sketches_get_them_on_migration() {
    let dir = TempDir::new("sketch");
    {
        let store = Store::open_at_version(&dir.db(), 4).unwrap();
        store
            .conn
            .execute_batch(&format!(
                "INSERT INTO provenance (id, engine_version, dict_hash) VALUES (1, 'lede 0.0.9', 'old');
                 INSERT INTO articles (id, key, ext_id, date, text, text_hash, origin, provenance_id, rule)
                 VALUES (1, 'url:https://a.test/a', 'a', '2025-12-02', '{WIRE}', 'h1', 'a.txt', 1, 'reader:txt');
                 INSERT INTO articles_fts (rowid, title, text) VALUES (1, NULL, '{WIRE}');"
            ))
            .unwrap();
    }
    let mut store = Store::open(&dir.db()).unwrap();
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    let copy = record(
        "copy",
        Some("https://b.test/copy"),
        &format!("{WIRE} Copyright the wire service."),
        "2025-12-02",
        "042",
        "CONSULT",
    );
    let c = store.write_batch(prov, &[copy]).unwrap();
    assert_eq!((c.inserted, c.duplicates), (0, 1));
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
}

#[test]
fn a_common_and_a_rare_actor_code_select_the_same_way() {
    let dir = TempDir::new("common");
    let mut store = Store::open(&dir.db()).unwrap();
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    // 2,100 events of USAGOV -> RUSGOV (common: over the 2,000 of the index's cut-off), and
    // one article whose text names "Usama" (a name, never matched by the code USA).
    let mut batch: Vec<ArticleRecord> = (0..2100)
        .map(|i| {
            record(
                &format!("a{i}"),
                None,
                &format!("Witkoff met Putin in Moscow, meeting number {i}."),
                &format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                "042",
                "CONSULT",
            )
        })
        .collect();
    let mut usama = record("u", None, "Usama spoke.", "2025-06-01", "010", "STATEMENT");
    for e in &mut usama.result.events {
        e.source = side("SAU", "Usama");
        e.target = side("SAU", "Usama");
    }
    batch.push(usama);
    store.write_batch(prov, &batch).unwrap();
    let count = |actor: &str| {
        store
            .events(&Filter {
                actor: Some(actor.into()),
                ..Filter::default()
            })
            .unwrap()
            .len()
    };
    assert!(matches!(
        store.actor_match("USA").unwrap(),
        crate::query::ActorMatch::Code { rare: false, .. }
    ));
    assert!(matches!(
        store.actor_match("SAU").unwrap(),
        crate::query::ActorMatch::Code { rare: true, .. }
    ));
    assert_eq!(count("USA"), 2100, "a code prefix matches codes only");
    assert_eq!(count("USAGOV"), 2100);
    assert_eq!(count("SAU"), 1);
    assert_eq!(count("usa"), 1, "lower case is a name: Usama");
    assert_eq!(count("NATO"), 0, "no code starts with NATO: names only");
    // A page of the common code walks the date order and comes back in it.
    let page = store
        .events_page(
            &Filter {
                actor: Some("RUS".into()),
                limit: Some(50),
                ..Filter::default()
            },
            &crate::EventPage::default(),
        )
        .unwrap();
    assert_eq!(page.len(), 50);
    assert!(page.windows(2).all(|w| w[0].1.date <= w[1].1.date));
}

#[test]
fn filters_narrow_every_query() {
    let dir = TempDir::new("filters");
    let mut store = Store::open(&dir.db()).unwrap();
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    let batch = [
        record(
            "m",
            None,
            "Putin met Witkoff in Moscow for five hours.",
            "2025-12-02",
            "042",
            "CONSULT",
        ),
        record(
            "p",
            None,
            "Protesters marched in Kyiv against the plan.",
            "2025-11-20",
            "141",
            "PROTEST",
        ),
        record(
            "t",
            None,
            "The envoy threatened sanctions over the deal.",
            "2025-12-10",
            "138",
            "THREATEN",
        ),
    ];
    store.write_batch(prov, &batch).unwrap();
    let ev = |f: Filter| store.events(&f).unwrap();
    assert_eq!(ev(Filter::default()).len(), 3);
    // Oldest first.
    assert_eq!(ev(Filter::default())[0].article, "p");
    assert_eq!(
        ev(Filter {
            root: Some("4".into()),
            ..Filter::default()
        })[0]
            .article,
        "m"
    );
    assert_eq!(
        ev(Filter {
            root: Some("04".into()),
            ..Filter::default()
        })
        .len(),
        1
    );
    assert_eq!(
        ev(Filter {
            plover: Some("protest".into()),
            ..Filter::default()
        })[0]
            .code,
        "141"
    );
    assert_eq!(
        ev(Filter {
            actor: Some("USA".into()),
            ..Filter::default()
        })
        .len(),
        3
    );
    assert_eq!(
        ev(Filter {
            actor: Some("putin".into()),
            ..Filter::default()
        })
        .len(),
        3
    );
    assert_eq!(
        ev(Filter {
            actor: Some("CHN".into()),
            ..Filter::default()
        })
        .len(),
        0
    );
    assert_eq!(
        ev(Filter {
            country: Some("rus".into()),
            ..Filter::default()
        })
        .len(),
        3
    );
    let dec = ev(Filter {
        from: Some("2025-12-01".into()),
        to: Some("2025-12-05".into()),
        ..Filter::default()
    });
    assert_eq!(
        dec.iter().map(|e| e.article.as_str()).collect::<Vec<_>>(),
        ["m"]
    );
    assert_eq!(
        ev(Filter {
            to: Some("2025-12".into()),
            ..Filter::default()
        })
        .len(),
        3
    );
    assert_eq!(
        ev(Filter {
            text: Some("marched".into()),
            ..Filter::default()
        })[0]
            .article,
        "p"
    );
    // Porter stemming: "march" finds "marched".
    assert_eq!(
        ev(Filter {
            text: Some("march".into()),
            ..Filter::default()
        })
        .len(),
        1
    );
    assert_eq!(
        ev(Filter {
            limit: Some(2),
            ..Filter::default()
        })
        .len(),
        2
    );
    let e = &ev(Filter::default())[1];
    assert_eq!(
        (
            e.engine_version.as_str(),
            e.dict_hash.as_str(),
            e.rule.as_str()
        ),
        ("lede 0.1.0", "abc", "verb:MEET")
    );

    let q = store
        .quotes(&Filter {
            text: Some("tango".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(q.len(), 3);
    let q = store
        .quotes(&Filter {
            plover: Some("THREATEN".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(
        q.iter().map(|q| q.article.as_str()).collect::<Vec<_>>(),
        ["t"]
    );
    assert!(store
        .quotes(&Filter {
            text: Some("nowhere".into()),
            ..Filter::default()
        })
        .unwrap()
        .is_empty());

    let actors = store.actors(&Filter::default()).unwrap();
    assert_eq!(actors.len(), 1);
    assert_eq!((actors[0].articles, actors[0].mentions), (3, 6));
    assert!(store
        .actors(&Filter {
            country: Some("UKR".into()),
            ..Filter::default()
        })
        .unwrap()
        .is_empty());

    let hits = store
        .search(&Filter {
            text: Some("\"five hours\"".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0].snippet.as_deref().unwrap().contains("[five hours]"),
        "{:?}",
        hits[0].snippet
    );
    assert_eq!((hits[0].events, hits[0].quotes), (1, 1));
    let bad = store.search(&Filter {
        text: Some("\"unclosed".into()),
        ..Filter::default()
    });
    assert!(matches!(bad, Err(StoreError::BadQuery { .. })), "{bad:?}");
}

#[test]
fn a_version_1_database_is_migrated_and_keeps_its_articles() {
    let dir = TempDir::new("migrate");
    {
        let store = Store::open_at_version(&dir.db(), 1).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
        // Rows as Lede at schema version 1 wrote them.
        store
            .conn
            .execute_batch(
                "INSERT INTO provenance (id, engine_version, dict_hash) VALUES (1, 'lede 0.0.9', 'old');
                 INSERT INTO articles (id, key, ext_id, title, date, text, text_hash, origin, provenance_id, rule)
                 VALUES (1, 'text:00', 'old-1', 'Old', '2024-01-05', 'Ministers met in Geneva.', 'h0', 'old.txt', 1, 'reader:txt');
                 INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'Old', 'Ministers met in Geneva.');
                 INSERT INTO events (article_id, code, root, modality, sentence, start, \"end\", trigger_text,
                                     trigger_start, trigger_end, provenance_id, rule, date)
                 VALUES (1, '040', '04', 'asserted', 'Ministers met in Geneva.', 0, 24, 'met', 10, 13, 1, 'verb:MEET', '2024-01-05');",
            )
            .unwrap();
        let has_dup: bool = store
            .conn
            .query_row(
                "SELECT count(*) > 0 FROM pragma_table_info('articles') WHERE name = 'duplicate_of'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(!has_dup, "version 1 has no duplicate_of column");
    }
    let mut store = Store::open_existing(&dir.db()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.events), (1, 1));
    let old = store.events(&Filter::default()).unwrap();
    assert_eq!(
        (old[0].article.as_str(), old[0].engine_version.as_str()),
        ("old-1", "lede 0.0.9")
    );
    assert_eq!(
        store
            .search(&Filter {
                text: Some("geneva".into()),
                ..Filter::default()
            })
            .unwrap()
            .len(),
        1
    );
    // And it takes new articles.
    let prov = store.provenance("lede 0.1.0", "abc").unwrap();
    let c = store
        .write_batch(
            prov,
            &[record(
                "new",
                None,
                "Putin met Witkoff.",
                "2025-12-02",
                "042",
                "CONSULT",
            )],
        )
        .unwrap();
    assert_eq!(c.inserted, 1);
    assert_eq!(store.stats().unwrap().articles, 2);
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
    // Opening again is a no-op.
    drop(store);
    assert_eq!(Store::open(&dir.db()).unwrap().stats().unwrap().articles, 2);
}

#[test]
fn a_newer_database_is_refused_and_left_alone() {
    let dir = TempDir::new("newer");
    {
        let store = Store::open(&dir.db()).unwrap();
        store
            .conn
            .execute(
                "INSERT INTO schema_version (version) VALUES (?1)",
                [SCHEMA_VERSION + 5],
            )
            .unwrap();
    }
    match Store::open(&dir.db()) {
        Err(StoreError::NewerSchema { found, supported }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 5, SCHEMA_VERSION))
        }
        other => panic!("expected NewerSchema, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn a_missing_database_is_named_and_not_created() {
    let dir = TempDir::new("missing");
    let err = Store::open_existing(&dir.db()).err().unwrap();
    assert!(err.to_string().contains("no such database"), "{err}");
    assert!(!dir.db().exists());
}

#[test]
fn a_file_that_is_not_a_database_is_an_error_not_a_panic() {
    let dir = TempDir::new("notdb");
    std::fs::write(
        dir.db(),
        b"this is plain text, not SQLite, and long enough to have a header........",
    )
    .unwrap();
    assert!(Store::open(&dir.db()).is_err());
}
