//! The server end to end: a real SQLite file, populated by coding our own texts through
//! `POST /api/v1/articles`, queried over loopback HTTP; and the dashboard in headless Chromium.

mod support;

use serde_json::{json, Value};
use support::*;

/// Byte slice of an article text, as the API's offsets index it.
fn slice(text: &str, start: &Value, end: &Value) -> String {
    let (s, e) = (
        start.as_u64().unwrap() as usize,
        end.as_u64().unwrap() as usize,
    );
    text.get(s..e)
        .unwrap_or_else(|| panic!("{s}..{e} is not a span of the text"))
        .to_string()
}

#[test]
fn stored_articles_come_back_whole_with_every_span_true() {
    let f = fixture();
    let stats = get(f.addr, "/api/v1/stats").json();
    assert_eq!(stats["articles"], 5);
    assert!(stats["events"].as_u64().unwrap() >= 5, "{stats}");
    assert!(stats["quotes"].as_u64().unwrap() >= 3, "{stats}");
    for id in [
        "moscow-talks",
        "berlin-aid",
        "gaza-truce",
        "paris-summit",
        "kyiv-strike",
    ] {
        let r = get(f.addr, &format!("/api/v1/articles/{id}"));
        assert_eq!(r.status, 200, "{id}: {}", r.text());
        let a = r.json();
        let text = a["text"].as_str().unwrap();
        for e in a["events"].as_array().unwrap() {
            assert_eq!(
                slice(text, &e["start"], &e["end"]),
                e["sentence"].as_str().unwrap()
            );
            assert_eq!(
                slice(text, &e["trigger_start"], &e["trigger_end"]),
                e["trigger"].as_str().unwrap()
            );
        }
        for q in a["quotes"].as_array().unwrap() {
            assert!(slice(text, &q["start"], &q["end"]).contains(q["text"].as_str().unwrap()));
        }
        for act in a["actors"].as_array().unwrap() {
            for m in act["mentions"].as_array().unwrap() {
                assert_eq!(
                    slice(text, &m["start"], &m["end"]),
                    m["text"].as_str().unwrap()
                );
            }
        }
    }
    let moscow = get(f.addr, "/api/v1/articles/moscow-talks").json();
    assert!(
        moscow["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["root"] == "04"),
        "the meeting is a consultation: {}",
        moscow["events"]
    );
    assert!(moscow["places"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Moscow"));
}

#[test]
fn filters_narrow_and_pages_walk_the_whole_list() {
    let f = fixture();
    let all = get(f.addr, "/api/v1/events?limit=500").json();
    let all = all["data"].as_array().unwrap().clone();
    assert!(all.len() >= 5);
    // Cursor pages of 2, oldest first, add up to the whole list in order.
    let mut walked = Vec::new();
    let mut next = Some("/api/v1/events?limit=2".to_string());
    while let Some(path) = next {
        let page = get(f.addr, &path).json();
        walked.extend(page["data"].as_array().unwrap().iter().cloned());
        next = page["next"].as_str().map(str::to_string);
        assert!(walked.len() <= all.len());
    }
    assert_eq!(walked, all);
    let dates: Vec<&str> = all.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let desc = get(f.addr, "/api/v1/events?limit=500&order=desc").json();
    let mut rev = desc["data"].as_array().unwrap().clone();
    rev.reverse();
    assert_eq!(rev, all);

    for (query, check) in [
        (
            "root=04",
            &(|e: &Value| e["root"] == "04") as &dyn Fn(&Value) -> bool,
        ),
        ("country=UKR", &|e: &Value| {
            [&e["source"]["code"], &e["target"]["code"]]
                .iter()
                .any(|c| c.as_str().is_some_and(|c| c.starts_with("UKR")))
                || e["place"]["country"] == "UKR"
        }),
        ("from=2025-12-01&to=2025-12", &|e: &Value| {
            e["date"]
                .as_str()
                .is_some_and(|d| ("2025-12-01"..="2025-12-31").contains(&d))
        }),
    ] {
        let page = get(f.addr, &format!("/api/v1/events?limit=500&{query}")).json();
        let rows = page["data"].as_array().unwrap();
        assert!(!rows.is_empty(), "{query}: nothing");
        assert!(rows.len() < all.len(), "{query} does not narrow");
        assert!(rows.iter().all(check), "{query}: {rows:?}");
    }

    // Offset pages of quotes add up too.
    let quotes = get(f.addr, "/api/v1/quotes?limit=500").json()["data"].clone();
    let mut walked = Vec::new();
    let mut next = Some("/api/v1/quotes?limit=1".to_string());
    while let Some(path) = next {
        let page = get(f.addr, &path).json();
        walked.extend(page["data"].as_array().unwrap().iter().cloned());
        next = page["next"].as_str().map(str::to_string);
    }
    assert_eq!(Value::Array(walked), quotes);

    let actors = get(f.addr, "/api/v1/actors?actor=Putin").json();
    assert!(actors["data"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["name"] == "Vladimir Putin"));
    let places = get(f.addr, "/api/v1/places?country=RUS").json();
    assert!(places["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["country"] == "RUS"));
    let found = get(f.addr, "/api/v1/search?q=ceasefire").json();
    assert_eq!(found["data"][0]["id"], "gaza-truce");
    assert!(found["data"][0]["snippet"]
        .as_str()
        .unwrap()
        .contains("[ceasefire]"));
    let capped = get(f.addr, "/api/v1/articles?limit=100000").json();
    assert_eq!(capped["limit"], 500);
    let stories = get(f.addr, "/api/v1/stories").json();
    assert_eq!(stories["data"], json!([]));
}

/// The error table, answer by answer: status and the whole body.
#[test]
fn errors_come_from_the_table_with_the_right_status() {
    let f = fixture();
    let cases: &[(&str, &str, u16, Value)] = &[
        (
            "GET",
            "/api/v1/events?limit=0",
            400,
            json!({"message": "`limit` \"0\" is not a positive integer; pages hold 1 to 500 rows", "code": "invalid_parameter", "type": "invalid_request", "link": "/api/v1/errors#invalid_parameter"}),
        ),
        (
            "GET",
            "/api/v1/events?from=yesterday",
            400,
            json!({"message": "`from` \"yesterday\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY", "code": "invalid_parameter", "type": "invalid_request", "link": "/api/v1/errors#invalid_parameter"}),
        ),
        (
            "GET",
            "/api/v1/quotes?speaker=Putin",
            400,
            json!({"message": "unknown parameter `speaker`; this route takes actor, country, root, plover, from, to, q, limit, offset", "code": "unknown_parameter", "type": "invalid_request", "link": "/api/v1/errors#unknown_parameter"}),
        ),
        (
            "GET",
            "/api/v1/events?root=04&root=05",
            400,
            json!({"message": "parameter `root` is given twice; give it once", "code": "duplicate_parameter", "type": "invalid_request", "link": "/api/v1/errors#duplicate_parameter"}),
        ),
        (
            "GET",
            "/api/v1/events?cursor=abc",
            400,
            json!({"message": "cursor \"abc\" was not handed out by this API; follow a page's `next` link", "code": "invalid_cursor", "type": "invalid_request", "link": "/api/v1/errors#invalid_cursor"}),
        ),
        (
            "GET",
            "/api/v1/search",
            400,
            json!({"message": "search needs `q`, a full-text query (words, \"a phrase\", prefix*, AND/OR/NOT)", "code": "missing_search_query", "type": "invalid_request", "link": "/api/v1/errors#missing_search_query"}),
        ),
        (
            "GET",
            "/api/v1/articles/no-such-article",
            404,
            json!({"message": "no stored article has id \"no-such-article\"", "code": "article_not_found", "type": "invalid_request", "link": "/api/v1/errors#article_not_found"}),
        ),
        (
            "GET",
            "/api/v1/stories/s1/timeline",
            404,
            json!({"message": "no story has id \"s1\"", "code": "story_not_found", "type": "invalid_request", "link": "/api/v1/errors#story_not_found"}),
        ),
        (
            "GET",
            "/api/v2/events",
            404,
            json!({"message": "no route /api/v2/events; see /api/v1/openapi.json", "code": "route_not_found", "type": "invalid_request", "link": "/api/v1/errors#route_not_found"}),
        ),
        (
            "DELETE",
            "/api/v1/events",
            405,
            json!({"message": "DELETE is not allowed on /api/v1/events", "code": "method_not_allowed", "type": "invalid_request", "link": "/api/v1/errors#method_not_allowed"}),
        ),
        (
            "POST",
            "/api/v1/articles",
            401,
            json!({"message": "writes need the header `Authorization: Bearer TOKEN`", "code": "missing_authorization", "type": "auth", "link": "/api/v1/errors#missing_authorization"}),
        ),
    ];
    for (method, path, status, body) in cases {
        let r = request(f.addr, method, path, &[], b"").unwrap();
        assert_eq!(r.status, *status, "{method} {path}: {}", r.text());
        assert_eq!(
            r.header("content-type"),
            Some("application/json"),
            "{method} {path}"
        );
        assert_eq!(&r.json(), body, "{method} {path}");
    }
    // A malformed full-text query is the client's fault, on every route that takes one.
    for route in ["events", "quotes", "actors", "articles", "search"] {
        let r = get(f.addr, &format!("/api/v1/{route}?q=%22unclosed"));
        assert_eq!(r.status, 400, "{route}: {}", r.text());
        assert_eq!(r.json()["code"], "invalid_search_query", "{route}");
    }
    // No bad parameter is ever a 500.
    let bad_values = [
        "",
        "%00",
        "'--",
        "99999999999999999999",
        "-1",
        "%FF%FE",
        "2025-02-30x",
        "a%20b",
    ];
    for route in [
        "events",
        "quotes",
        "actors",
        "articles",
        "places",
        "search",
        "events/feed.atom",
        "stories",
    ] {
        for name in [
            "limit", "offset", "cursor", "root", "country", "from", "to", "plover", "actor", "q",
            "order", "zzz",
        ] {
            for v in bad_values {
                let r = get(f.addr, &format!("/api/v1/{route}?{name}={v}"));
                assert!(
                    r.status < 500,
                    "{route}?{name}={v}: {} {}",
                    r.status,
                    r.text()
                );
                if r.status >= 400 {
                    let body = r.json();
                    assert!(
                        body["message"].is_string() && body["link"].is_string(),
                        "{body}"
                    );
                }
            }
        }
    }
    let table = get(f.addr, "/api/v1/errors").json();
    assert!(table
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["code"] == "invalid_parameter" && e["status"] == 400));
}

#[test]
fn writes_need_the_token_and_bodies_are_bounded() {
    let (server, _dir) = start("writes", Some(TOKEN));
    let addr = server.addr();
    let body = br#"{"text": "Egypt urged Israel to accept a ceasefire."}"#;
    let code = |r: Reply| {
        (
            r.status,
            r.json()["code"].as_str().unwrap_or("").to_string(),
        )
    };
    let wrong = request(
        addr,
        "POST",
        "/api/v1/articles",
        &[
            ("Authorization", "Bearer nope"),
            ("Content-Type", "application/json"),
        ],
        body,
    )
    .unwrap();
    assert_eq!(code(wrong), (403, "invalid_authorization".into()));
    let unauth = request(
        addr,
        "POST",
        "/api/v1/articles",
        &[("Content-Type", "application/json")],
        body,
    )
    .unwrap();
    assert_eq!(code(unauth), (401, "missing_authorization".into()));
    assert_eq!(
        code(post(addr, "text/html", "<p>hi</p>")),
        (415, "unsupported_media_type".into())
    );
    assert_eq!(
        code(post(addr, "application/json", "{\"title\": \"no text\"}")),
        (400, "invalid_body".into())
    );
    // Refused on its announced length, before a byte of it is read (so none is sent here).
    let big = raw(
        addr,
        &format!(
            "POST /api/v1/articles HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            2 * 1024 * 1024
        ),
    );
    assert_eq!(code(big), (413, "payload_too_large".into()));
    // A body without a length is cut off at the bound as it streams in.
    let n = 1024 * 1024 + 10;
    let chunked = raw(
        addr,
        &format!(
            "POST /api/v1/articles HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{n:x}\r\n{}\r\n0\r\n\r\n",
            "x".repeat(n)
        ),
    );
    assert_eq!(code(chunked), (413, "payload_too_large".into()));
    // Stored once, however often posted.
    let first = post(addr, "application/json", std::str::from_utf8(body).unwrap());
    assert_eq!(first.status, 201, "{}", first.text());
    let again = post(addr, "application/json", std::str::from_utf8(body).unwrap());
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["already_stored"], 1);
    assert_eq!(get(addr, "/api/v1/stats").json()["articles"], 1);
    drop(server);

    let (server, _dir) = start("readonly", None);
    let r = post(
        server.addr(),
        "application/json",
        std::str::from_utf8(body).unwrap(),
    );
    assert_eq!(code(r), (403, "writes_disabled".into()));
}

#[test]
fn new_events_stream_live_and_replay_from_an_id() {
    let (server, _dir) = start("stream", Some(TOKEN));
    let addr = server.addr();
    // Live: a stream opened before the write sees the write's events.
    let got = sse(addr, "/api/v1/events/stream", 1, || {
        let r = post(addr, "application/x-ndjson", MORE);
        assert_eq!(r.status, 201, "{}", r.text());
    });
    assert_eq!(got.len(), 1);
    let first: Value = serde_json::from_str(&got[0].1).unwrap();
    assert!(["paris-summit", "kyiv-strike"].contains(&first["article"].as_str().unwrap()));
    // Replay: from id 0, every stored event in id order.
    let stored = get(addr, "/api/v1/stats").json()["events"]
        .as_u64()
        .unwrap() as usize;
    let replay = sse(addr, "/api/v1/events/stream?after=0", stored, || {});
    assert_eq!(replay.len(), stored);
    assert!(replay.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(get(addr, "/api/v1/events/stream?after=x").status, 400);
}

#[test]
fn story_alerts_stream_when_a_write_changes_the_stories() {
    // The hook stands in for the clusterer: one story holding every stored article, breaking
    // from its third article on, written as `lede ingest` writes stories.
    let hook: lede_server::AfterWrite = std::sync::Arc::new(|store: &mut lede_store::Store| {
        let rows = store.story_replay_order().map_err(|e| e.to_string())?;
        let articles: Vec<String> = rows.iter().map(|r| r.order.ext_id.clone()).collect();
        let story = lede_store::StoryRecord {
            id: articles.first().cloned().unwrap_or_default(),
            title: "Everything".into(),
            first_seen: "2025-12-01".into(),
            last_seen: "2025-12-06".into(),
            breaking: (articles.len() >= 3).then(|| format!("{} reports", articles.len())),
            articles,
            merged: vec![],
            detail: "{}".into(),
            position: 0,
        };
        let state = lede_store::ClusterState {
            format: 0,
            state: vec![],
            articles: rows.len() as u64,
            last_row: rows.iter().map(|r| r.row).max().unwrap_or(0),
            last: None,
        };
        store
            .update_stories_with_state(&[story], &[], true, &state)
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    let (server, dir) = start_with("alerts", Some(TOKEN), Some(hook));
    let addr = server.addr();
    let one = "{\"id\": \"a1\", \"date\": \"2025-12-01\", \"text\": \"Ministers met in Geneva on Monday.\"}";
    let got = sse_kinds(addr, "/api/v1/events/stream", &["story"], 1, || {
        let r = post(addr, "application/x-ndjson", one);
        assert_eq!(r.status, 201, "{}", r.text());
        assert!(!r.text().contains("stories_error"), "{}", r.text());
    });
    let alert: Value = serde_json::from_str(&got[0].2).unwrap();
    assert_eq!(got[0].1, None, "a story alert leaves Last-Event-ID alone");
    assert_eq!(alert["change"], "new");
    assert_eq!(alert["id"], "a1");
    assert_eq!(alert["articles"], 1);
    assert_eq!(alert["link"], "/api/v1/stories/a1");
    // Two more articles: the story grows and turns breaking; events and alerts share the
    // stream, each under its own name (events with their ids).
    let events_before = get(addr, "/api/v1/stats").json()["events"]
        .as_u64()
        .unwrap();
    let got = sse_kinds(addr, "/api/v1/events/stream", &["story"], 1, || {
        assert_eq!(post(addr, "application/x-ndjson", MORE).status, 201);
    });
    let alert: Value = serde_json::from_str(&got[0].2).unwrap();
    assert_eq!(alert["change"], "breaking");
    assert_eq!(alert["articles"], 3);
    assert_eq!(alert["breaking_reason"], "3 reports");
    let events_after = get(addr, "/api/v1/stats").json()["events"]
        .as_u64()
        .unwrap();
    assert!(events_after > events_before);
    let replay = sse_kinds(
        addr,
        "/api/v1/events/stream?after=0",
        &["event"],
        events_after as usize,
        || {},
    );
    assert!(replay.iter().all(|g| g.1.is_some()), "{replay:?}");
    // Nothing stored, nothing new: a repeated post writes no story.
    assert_eq!(post(addr, "application/x-ndjson", MORE).status, 200);
    let s = lede_store::Store::open(&dir.join("lede.db")).unwrap();
    assert_eq!(s.story_revision().unwrap(), 2);
}

#[test]
fn stories_with_breaking_flags_timelines_and_feeds() {
    let (server, dir) = start("stories", Some(TOKEN));
    let addr = server.addr();
    assert_eq!(post(addr, "application/json", ARTICLES).status, 201);
    // Stories as the clusterer stores them (`lede stories`), written beside the running server.
    let mut store = lede_store::Store::open(&dir.join("lede.db")).unwrap();
    let story = |id: &str, breaking: Option<&str>, articles: &[&str]| lede_store::StoryRecord {
        id: id.into(),
        title: format!("Story {id}"),
        first_seen: "2025-11-20".into(),
        last_seen: "2025-12-03".into(),
        breaking: breaking.map(str::to_string),
        articles: articles.iter().map(|a| a.to_string()).collect(),
        merged: vec![],
        detail: "{}".into(),
        position: 0,
    };
    store
        .replace_stories(&[
            story(
                "ukraine",
                Some("3 reports in the last day"),
                &["berlin-aid", "moscow-talks"],
            ),
            story("gaza", None, &["gaza-truce"]),
        ])
        .unwrap();
    let list = get(addr, "/api/v1/stories").json();
    let list = list["data"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    let ukraine = list.iter().find(|s| s["id"] == "ukraine").unwrap();
    assert_eq!(ukraine["breaking"], true);
    assert_eq!(ukraine["articles"], json!(["berlin-aid", "moscow-talks"]));
    assert_eq!(
        list.iter().find(|s| s["id"] == "gaza").unwrap()["breaking"],
        false
    );
    // A story answers to one of its articles' ids too.
    assert_eq!(
        get(addr, "/api/v1/stories/moscow-talks").json()["id"],
        "ukraine"
    );
    let timeline = get(addr, "/api/v1/stories/ukraine/timeline").json();
    let timeline = timeline.as_array().unwrap();
    let expected: usize = ["berlin-aid", "moscow-talks"]
        .iter()
        .map(|a| {
            get(addr, &format!("/api/v1/articles/{a}")).json()["events"]
                .as_array()
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(timeline.len(), expected);
    assert!(timeline
        .iter()
        .all(|e| ["berlin-aid", "moscow-talks"].contains(&e["article"].as_str().unwrap())));
    let dates: Vec<&str> = timeline.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let feed = get(addr, "/api/v1/stories/ukraine/feed.atom").text();
    assert_eq!(feed.matches("<entry>").count(), expected);
    assert!(feed.contains("<title>Lede: Story ukraine</title>"));
    assert_eq!(get(addr, "/api/v1/stories/nope/timeline").status, 404);
}

#[test]
fn atom_feeds_per_query() {
    let f = fixture();
    let r = get(f.addr, "/api/v1/events/feed.atom?root=04&limit=3");
    assert_eq!(r.status, 200);
    assert!(r
        .header("content-type")
        .unwrap()
        .starts_with("application/atom+xml"));
    let xml = r.text();
    assert!(xml.starts_with("<?xml") && xml.trim_end().ends_with("</feed>"));
    assert!(xml.contains("<title>Lede: events where root=04</title>"));
    let entries = xml.matches("<entry>").count();
    let rows = get(f.addr, "/api/v1/events?root=04&limit=3").json()["data"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(entries, rows);
    assert!(xml.contains("/#/article/"));
    assert_eq!(get(f.addr, "/api/v1/stories/x/feed.atom").status, 404);
}

#[test]
fn the_openapi_document_and_the_dashboard_are_served() {
    let f = fixture();
    let doc = get(f.addr, "/api/v1/openapi.json").json();
    assert!(doc["paths"]["/api/v1/events"]["get"].is_object());
    let page = get(f.addr, "/");
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("default-src 'self'"));
    let html = page.text();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the page loads nothing from elsewhere"
    );
    for asset in ["/assets/app.js", "/assets/app.css", "/assets/world.js"] {
        let r = get(f.addr, asset);
        assert_eq!(r.status, 200, "{asset}");
        assert!(!r.text().contains("https://"), "{asset} reaches out");
    }
}

/// 2,000 requests from 16 concurrent clients, every one answered 200.
#[test]
fn a_burst_of_2000_requests_from_16_clients() {
    let f = fixture();
    let paths = [
        "/api/v1/events?limit=20",
        "/api/v1/events?root=04",
        "/api/v1/quotes",
        "/api/v1/actors?country=UKR",
        "/api/v1/articles/moscow-talks",
        "/api/v1/search?q=Ukraine",
        "/api/v1/places",
        "/api/v1/stats",
    ];
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..16)
            .map(|c| {
                s.spawn(move || {
                    let mut bad = Vec::new();
                    for i in 0..125 {
                        let path = paths[(c + i) % paths.len()];
                        match request(f.addr, "GET", path, &[], b"") {
                            Ok(r) if r.status == 200 => {}
                            Ok(r) => bad.push(format!("{path}: {} {}", r.status, r.text())),
                            Err(e) => bad.push(format!("{path}: {e}")),
                        }
                    }
                    bad
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} failed, first: {:?}",
        failures.len(),
        failures.first()
    );
}

/// The dashboard in headless Chromium: the story list, a story, an evidence link, and the
/// sentence highlighted in the article text.
#[test]
fn dashboard_in_headless_chromium() {
    let Some((chromium, driver)) = webdriver::find() else {
        eprintln!("skipping the browser test: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        return;
    };
    let f = fixture();
    let b = webdriver::Browser::start(chromium, driver).expect("browser starts");
    let base = format!("http://{}", f.addr);
    b.goto(&format!("{base}/")).unwrap();
    let story = b.wait_for("a.story-link").unwrap();
    let listed = b.find_all("a.story-link").unwrap().len();
    assert_eq!(
        listed, 5,
        "every article is listed while there are no stories"
    );
    b.click(&story).unwrap();
    let evidence = b.wait_for("a.evidence").unwrap();
    assert!(!b.find_all(".timeline li").unwrap().is_empty());
    assert!(
        !b.find_all("svg.map path.land").unwrap().is_empty(),
        "the base map is drawn"
    );
    assert!(
        !b.find_all("svg.network").unwrap().is_empty(),
        "the actor network is drawn"
    );
    let href = b
        .attribute(&evidence, "href")
        .unwrap()
        .expect("evidence has a link");
    b.click(&evidence).unwrap();
    let mark = b.wait_for("mark.highlight").unwrap();
    let shown = b.text(&mark).unwrap();
    // The highlighted words are exactly the bytes the link names, in the stored text.
    let (path, hl) = href.split_once("?hl=").expect("hl in link");
    let id = path.rsplit('/').next().unwrap();
    let (s, e) = hl.split_once('-').unwrap();
    let article = get(f.addr, &format!("/api/v1/articles/{id}")).json();
    let want = slice(
        article["text"].as_str().unwrap(),
        &json!(s.parse::<u64>().unwrap()),
        &json!(e.parse::<u64>().unwrap()),
    );
    assert_eq!(
        shown.split_whitespace().collect::<Vec<_>>(),
        want.split_whitespace().collect::<Vec<_>>()
    );
    assert!(b.url().unwrap().contains("#/article/"));
    if let Ok(dir) = std::env::var("LEDE_SCREENSHOT_DIR") {
        let png = b.screenshot_png().unwrap();
        let _ = std::fs::write(std::path::Path::new(&dir).join("dashboard.png"), png);
    }
    // An actor page from a link in the timeline.
    let actor = b.wait_for("a.actor").unwrap();
    b.click(&actor).unwrap();
    b.wait_for("h1").unwrap();
    assert!(b.url().unwrap().contains("#/actor/"));
    b.wait_for(".timeline li").unwrap();
}
