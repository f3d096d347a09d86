//! `lede ingest` and the store commands as a user runs them: every kind of source, bad input,
//! idempotency, and a real process killed with SIGKILL mid-way and resumed.

use lede_store::{Filter, Store};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn lede() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lede"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lede-ingest-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn stats(db: &Path) -> serde_json::Value {
    let out = lede().args(["stats", "--db"]).arg(db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ingest(db: &Path, inputs: &[&Path]) -> Output {
    lede()
        .args(["ingest", "--date", "2025-12-03", "--db"])
        .arg(db)
        .args(inputs)
        .output()
        .unwrap()
}

const CITIES: [&str; 6] = ["Moscow", "Kyiv", "Paris", "Cairo", "Beijing", "Ankara"];
const LEADERS: [(&str, &str); 6] = [
    ("Russian President", "Vladimir Putin"),
    ("Ukrainian President", "Volodymyr Zelenskyy"),
    ("French President", "Emmanuel Macron"),
    ("Egyptian President", "Abdel Fattah al-Sisi"),
    ("Chinese President", "Xi Jinping"),
    ("Turkish President", "Recep Tayyip Erdogan"),
];

/// A short wire article, different for every `i`.
fn article(i: usize) -> String {
    let (t1, n1) = LEADERS[i % 6];
    let (t2, n2) = LEADERS[(i / 6 + 1 + i) % 6];
    let city = CITIES[(i / 36) % 6];
    format!(
        "{city} (Lede) — {t1} {n1} met {t2} {n2} in {city} on Tuesday to discuss trade, report {i}.\n\n\
         \"We agreed to continue the talks,\" {n1} told reporters after the meeting.\n\n\
         Protesters gathered outside the venue, and police detained {} people, officials said.",
        i % 17 + 2
    )
}

fn articles_by_id(db: &Path) -> BTreeMap<String, usize> {
    let store = Store::open_existing(db).unwrap();
    let mut counts = BTreeMap::new();
    for row in store.search(&Filter::default()).unwrap() {
        *counts.entry(row.id).or_insert(0) += 1;
    }
    counts
}

#[test]
fn every_kind_of_source_is_stored_once_and_again_adds_nothing() {
    let d = tmpdir("kinds");
    let input = d.join("in");
    write(&input.join("a.txt"), article(1).as_bytes());
    write(&input.join("nested/deeper/b.txt"), article(2).as_bytes());
    write(
        &input.join("batch.jsonl"),
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "j1", "url": "https://wire.test/j1", "text": article(3)}),
            serde_json::json!({"id": "j2", "text": article(4), "date": "2025-11-30"})
        )
        .as_bytes(),
    );
    write(
        &input.join("one.json"),
        serde_json::json!({"id": "doc", "url": "https://gov.test/doc", "title": "Readout", "text": article(5)})
            .to_string()
            .as_bytes(),
    );
    let para = article(6).replace("\n\n", "</p><p>");
    write(
        &input.join("page.html"),
        format!(
            "<!DOCTYPE html><html><head><title>Talks</title><link rel=\"canonical\" href=\"https://desk.test/talks\"></head>\
             <body><nav><a href=\"/\">Home</a></nav><article><h1>Talks</h1><p>{para}</p></article>\
             <footer>Subscribe to our newsletter</footer></body></html>"
        )
        .as_bytes(),
    );
    write(
        &input.join("feed.xml"),
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
             <item><title>One</title><link>https://wire.test/f1</link><description>{}</description></item>\
             <item><title>Two</title><link>https://wire.test/f2</link><description>{}</description></item>\
             </channel></rss>",
            article(7),
            article(8)
        )
        .as_bytes(),
    );
    // The same story as a.txt under another URL: a syndicated copy, linked, not counted.
    write(
        &input.join("copy.jsonl"),
        format!(
            "{}\n",
            serde_json::json!({"id": "copy", "url": "https://other.test/x", "text": article(1).to_uppercase()})
        )
        .as_bytes(),
    );
    let db = d.join("lede.db");
    let out = ingest(&db, &[&input]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("8 articles stored"), "{err}");
    assert!(err.contains("1 copies linked"), "{err}");
    let s = stats(&db);
    assert_eq!(s["articles"], 8, "{s}");
    assert_eq!(s["duplicates"], 1, "{s}");
    // Stories are built at ingest (`tests/stories.rs` checks how they group); these texts
    // share one template, so how many stories they make is not this test's business.
    let stories = s["stories"].as_u64().unwrap();
    assert!((1..=8).contains(&stories), "{s}");
    for k in ["events", "quotes", "actors"] {
        assert!(s[k].as_u64().unwrap() >= 8, "{k}: {s}");
    }
    let ids = articles_by_id(&db);
    for id in ["a", "b", "j1", "j2", "doc", "page", "copy"] {
        assert_eq!(ids.get(id), Some(&1), "{id}: {ids:?}");
    }

    // Again: nothing new, and the same counts.
    let out = ingest(&db, &[&input]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("0 articles stored (9 already stored"), "{err}");
    assert_eq!(stats(&db), s);

    // The query commands answer from the store.
    let q = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = lede().args(args).arg("--db").arg(&db).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let all = q(&["events"]);
    assert_eq!(all.len() as u64, s["events"].as_u64().unwrap());
    let meet = q(&["events", "--root", "04"]);
    assert!(!meet.is_empty() && meet.iter().all(|e| e["root"] == "04"));
    let putin = q(&["events", "--actor", "RUS"]);
    assert!(!putin.is_empty() && putin.len() < all.len());
    let dated = q(&["events", "--from", "2025-12-01", "--to", "2025-12-31"]);
    assert!(dated
        .iter()
        .all(|e| e["date"].as_str().unwrap().starts_with("2025-12")));
    let hits = q(&["search", "\"report 6\""]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["id"], "page");
    assert_eq!(hits[0]["url"], "https://desk.test/talks");
    let quotes = q(&["quotes", "continue talks"]);
    assert_eq!(quotes.len(), 8);
    assert!(!q(&["actors", "--country", "FRA"]).is_empty());
    // A readable table on request.
    let out = lede()
        .args(["actors", "--format", "pretty", "--limit", "3", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("articles"), "{table}");
    assert_eq!(table.lines().count(), 4, "{table}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn bad_inputs_are_named_the_rest_ingested_and_the_status_is_1() {
    let d = tmpdir("bad");
    let input = d.join("in");
    write(&input.join("good.txt"), article(10).as_bytes());
    write(
        &input.join("binary.dat"),
        &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0],
    );
    let mut latin = article(11).into_bytes();
    latin.extend_from_slice(b" Caf\xe9 talks.");
    write(&input.join("latin.txt"), &latin);
    write(&input.join("empty.txt"), b"");
    write(
        &input.join("lines.jsonl"),
        format!(
            "{}\n{{\"id\": \"broken\", \"text\": \"cut here\n{}\n",
            serde_json::json!({"id": "ok1", "text": article(12)}),
            serde_json::json!({"id": "ok2", "text": article(13)})
        )
        .as_bytes(),
    );
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <item><title>One</title><link>https://wire.test/t1</link><description>{}</description></item>\
         <item><title>Two</title><link>https://wire.test/t2</link><descrip",
        article(14)
    );
    write(&input.join("truncated.rss"), feed.as_bytes());
    let db = d.join("lede.db");
    let out = ingest(&db, &[&input, Path::new("/no/such/input.txt")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for (name, why) in [
        ("binary.dat", "binary"),
        ("latin.txt", "UTF-8"),
        ("empty.txt", "empty"),
        ("lines.jsonl:2", "JSON"),
        ("truncated.rss", "feed"),
        ("/no/such/input.txt", "no such file"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains(why)),
            "{name} / {why} not on stderr:\n{err}"
        );
    }
    // good.txt, latin.txt (decoded lossily), ok1, ok2.
    assert_eq!(stats(&db)["articles"], 4, "{err}");
    let ids = articles_by_id(&db);
    assert_eq!(
        ids.keys().collect::<Vec<_>>(),
        ["good", "latin", "ok1", "ok2"]
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_killed_ingest_leaves_a_sound_database_and_resumes_with_every_article_once() {
    const N: usize = 1200;
    let d = tmpdir("kill");
    let input = d.join("in");
    // Some articles as files, the rest as JSONL lines.
    for i in 0..N / 2 {
        write(&input.join(format!("f/{i:05}.txt")), article(i).as_bytes());
    }
    let mut jsonl = String::new();
    for i in N / 2..N {
        jsonl.push_str(
            &serde_json::json!({"id": format!("{i:05}"), "text": article(i)}).to_string(),
        );
        jsonl.push('\n');
    }
    write(&input.join("rest.jsonl"), jsonl.as_bytes());
    let db = d.join("lede.db");

    let mut child = lede()
        .args([
            "ingest",
            "--date",
            "2025-12-03",
            "--batch-size",
            "16",
            "--db",
        ])
        .arg(&db)
        .arg(&input)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are committed, while it is still working.
    let started = Instant::now();
    let mut stored_before_kill = 0;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("ingest finished ({status}) before it could be killed; raise N");
        }
        if db.exists() {
            if let Ok(store) = Store::open_reader(&db) {
                if let Ok(s) = store.stats() {
                    stored_before_kill = s.articles;
                }
            }
        }
        if stored_before_kill >= 48 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(120), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let store = Store::open_existing(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
    let partial = store.stats().unwrap();
    assert!(partial.articles >= stored_before_kill);
    assert!(partial.articles < N as u64, "killed mid-way: {partial:?}");
    drop(store);

    let out = ingest(&db, &[&input]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open_existing(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
    let ids = articles_by_id(&db);
    assert_eq!(ids.len(), N, "every article stored");
    assert!(ids.values().all(|&n| n == 1), "each exactly once");
    let expected: Vec<String> = (0..N).map(|i| format!("{i:05}")).collect();
    assert_eq!(ids.keys().cloned().collect::<Vec<_>>(), expected);
    let full = store.stats().unwrap();
    assert_eq!(full.articles, N as u64);
    // Nothing doubled or lost: the same rows as one uninterrupted run.
    let clean = d.join("clean.db");
    assert!(ingest(&clean, &[&input]).status.success());
    let clean = Store::open_existing(&clean).unwrap().stats().unwrap();
    assert_eq!(full, clean);

    // And once more: nothing added.
    let out = ingest(&db, &[&input]);
    assert!(out.status.success());
    assert_eq!(store.stats().unwrap(), full);
    let _ = std::fs::remove_dir_all(&d);
}

/// A WARC record (the blank-line separator included).
fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-11-28T08:30:00Z\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// A `response` record of an HTML page carrying article `i` (chunked when asked).
fn warc_page(i: usize, chunked: bool) -> Vec<u8> {
    let para = article(i).replace("\n\n", "</p><p>");
    let html = format!(
        "<!DOCTYPE html><html><head><title>Report {i}</title></head><body><nav><a href=\"/\">Home</a></nav>\
         <article><h1>Report {i}</h1><p>{para}</p></article><footer>Subscribe to our newsletter</footer></body></html>"
    );
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n".to_vec();
    if chunked {
        http.extend_from_slice(b"Transfer-Encoding: chunked\r\n\r\n");
        for part in html.as_bytes().chunks(100) {
            http.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            http.extend_from_slice(part);
            http.extend_from_slice(b"\r\n");
        }
        http.extend_from_slice(b"0\r\n\r\n");
    } else {
        http.extend_from_slice(b"\r\n");
        http.extend_from_slice(html.as_bytes());
    }
    warc_record(
        "response",
        &format!("https://archive.test/news/{i}"),
        "application/http; msgtype=response",
        &http,
    )
}

fn gzip_members(records: &[Vec<u8>]) -> Vec<u8> {
    use std::io::Write;
    let mut out = Vec::new();
    for r in records {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(r).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

#[test]
fn warc_archives_are_ingested_and_a_truncated_one_is_named_with_its_offset() {
    let d = tmpdir("warc");
    let input = d.join("in");
    let info = warc_record(
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: test\r\n",
    );
    let request = warc_record(
        "request",
        "https://archive.test/news/20",
        "application/http; msgtype=request",
        b"GET /news/20 HTTP/1.1\r\nHost: archive.test\r\n\r\n",
    );
    // Gzipped per record, as CC-NEWS is.
    write(
        &input.join("cc-news.warc.gz"),
        &gzip_members(&[
            info.clone(),
            request,
            warc_page(20, false),
            warc_page(21, true),
            warc_page(22, false),
        ]),
    );
    write(
        &input.join("more.warc"),
        &[info.clone(), warc_page(23, true), warc_page(24, false)].concat(),
    );
    let db = d.join("lede.db");
    let out = ingest(&db, &[&input]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("5 articles stored"), "{err}");
    let ids = articles_by_id(&db);
    let urls: Vec<String> = (20..25)
        .map(|i| format!("https://archive.test/news/{i}"))
        .collect();
    assert_eq!(ids.keys().cloned().collect::<Vec<_>>(), urls, "{ids:?}");
    let store = Store::open_existing(&db).unwrap();
    let rows = store.search(&Filter::default()).unwrap();
    for row in &rows {
        assert_eq!(row.url.as_deref(), Some(row.id.as_str()));
    }
    drop(store);
    // The page names no date: the record's WARC-Date wins over --date.
    let out = lede()
        .args([
            "search",
            "--from",
            "2025-11-28",
            "--to",
            "2025-11-28",
            "--db",
        ])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
    let hits = lede()
        .args(["search", "\"report 21\"", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let hits = String::from_utf8_lossy(&hits.stdout);
    assert_eq!(hits.lines().count(), 1, "{hits}");
    assert!(hits.contains("https://archive.test/news/21"), "{hits}");
    assert!(!hits.contains("HTTP/1.1"), "{hits}");

    // Again: nothing new.
    let out = ingest(&db, &[&input]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("0 articles stored (5 already stored"), "{err}");

    // A truncated archive: the complete records before the cut are stored, the cut one is
    // named with its offset, and the status is 1.
    let whole = [
        info,
        warc_page(25, false),
        warc_page(26, true),
        warc_page(27, false),
    ];
    let cut_at: usize = whole[..3].iter().map(Vec::len).sum();
    let cut = d.join("cut.warc");
    write(&cut, &whole.concat()[..cut_at + 400]);
    let out = ingest(&db, &[&cut]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{}@{cut_at}: truncated WARC", cut.display())),
        "{err}"
    );
    assert!(err.contains("2 articles stored"), "{err}");
    assert_eq!(stats(&db)["articles"], 7);
    let ids = articles_by_id(&db);
    assert!(ids.contains_key("https://archive.test/news/26"), "{ids:?}");
    assert!(!ids.contains_key("https://archive.test/news/27"), "{ids:?}");

    // `lede code` reads the same archives.
    let out = lede()
        .args(["code", "--date", "2025-12-03"])
        .arg(input.join("more.warc"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "https://archive.test/news/23");
    let _ = std::fs::remove_dir_all(&d);
}

/// A loopback HTTP server (one request a connection) for the fetching test: answers from
/// `route(path, if-none-match)` and logs each request's path and headers (lower-case names).
#[allow(clippy::type_complexity)]
fn http_server(
    route: fn(&str, Option<&str>) -> (u16, &'static str, Vec<u8>),
) -> (
    String,
    std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>,
) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = std::sync::Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let mut headers = String::new();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
                    break;
                }
                headers.push_str(&h.to_ascii_lowercase());
            }
            let inm = headers
                .lines()
                .find_map(|l| l.strip_prefix("if-none-match:"))
                .map(|v| v.trim().to_string());
            let (status, content_type, body) = route(&path, inm.as_deref());
            seen.lock().unwrap().push((path, headers));
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nETag: \"e1\"\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (base, log)
}

#[test]
fn feeds_and_pages_are_fetched_politely_from_urls() {
    fn route(path: &str, if_none_match: Option<&str>) -> (u16, &'static str, Vec<u8>) {
        match path {
            "/robots.txt" => (
                200,
                "text/plain",
                b"User-agent: *\nDisallow: /private\n".to_vec(),
            ),
            "/feed.xml" => (
                200,
                "application/rss+xml",
                format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title>\
                     <item><title>One</title><link>https://wire.test/u1</link><description>{}</description></item>\
                     <item><title>Two</title><link>https://wire.test/u2</link><description>{}</description></item>\
                     </channel></rss>",
                    article(30),
                    article(31)
                )
                .into_bytes(),
            ),
            "/news/talks" if if_none_match == Some("\"e1\"") => (304, "text/html", Vec::new()),
            "/news/talks" | "/private/memo" => {
                let para = article(32).replace("\n\n", "</p><p>");
                (
                    200,
                    "text/html",
                    format!(
                        "<!DOCTYPE html><html><head><title>Talks</title></head><body>\
                         <article><h1>Talks</h1><p>{para}</p></article></body></html>"
                    )
                    .into_bytes(),
                )
            }
            _ => (404, "text/plain", b"not here".to_vec()),
        }
    }
    let (base, log) = http_server(route);
    let d = tmpdir("fetch");
    let db = d.join("lede.db");
    let url = |p: &str| format!("{base}{p}");
    let out = lede()
        .args([
            "ingest",
            "--per-host-delay",
            "0",
            "--date",
            "2025-12-03",
            "--db",
        ])
        .arg(&db)
        .args([
            url("/feed.xml"),
            url("/news/talks"),
            url("/news/talks"),
            url("/private/memo"),
            url("/gone"),
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("3 articles stored"), "{err}");
    assert!(
        err.contains(&format!("{}: disallowed by", url("/private/memo"))),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}: the server answered HTTP 404", url("/gone"))),
        "{err}"
    );
    let page = url("/news/talks");
    let store = Store::open_existing(&db).unwrap();
    let mut urls: Vec<String> = store
        .search(&Filter::default())
        .unwrap()
        .into_iter()
        .filter_map(|r| r.url)
        .collect();
    urls.sort();
    assert_eq!(
        urls,
        [
            page.as_str(),
            "https://wire.test/u1",
            "https://wire.test/u2"
        ]
    );
    // A page that names no canonical URL is the article of the URL it was fetched from.
    assert_eq!(articles_by_id(&db).get(&page), Some(&1));

    let log_handle = log;
    let log = log_handle.lock().unwrap().clone();
    let paths: Vec<&str> = log.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/robots.txt",
            "/feed.xml",
            "/news/talks",
            "/news/talks",
            "/gone"
        ],
        "robots.txt once, the disallowed page never"
    );
    for (p, headers) in &log {
        assert!(headers.contains("user-agent: lede/"), "{p}: {headers}");
    }
    assert!(!log[2].1.contains("if-none-match"), "{}", log[2].1);
    assert!(log[3].1.contains("if-none-match: \"e1\""), "{}", log[3].1);

    // The next run asks conditionally from the first request on: the validators were kept.
    let out = lede()
        .args(["ingest", "--per-host-delay", "0", "--db"])
        .arg(&db)
        .arg(&page)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let all = log_handle.lock().unwrap().clone();
    let last = all.last().unwrap();
    assert_eq!(last.0, "/news/talks");
    assert!(last.1.contains("if-none-match: \"e1\""), "{}", last.1);
    assert_eq!(
        Store::open_existing(&db).unwrap().stats().unwrap().articles,
        3
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_50_mb_page_is_named_and_refused_and_the_rest_is_ingested() {
    let d = tmpdir("huge");
    let input = d.join("in");
    // 50 MB of real page: paragraphs of an article over and over.
    let para = format!("<p>{}</p>\n", article(40).replace("\n\n", "</p><p>"));
    let mut page =
        String::from("<!DOCTYPE html><html><head><title>Huge</title></head><body><article>");
    while page.len() < 50 * 1024 * 1024 {
        page.push_str(&para);
    }
    page.push_str("</article></body></html>");
    write(&input.join("huge.html"), page.as_bytes());
    write(&input.join("fine.txt"), article(41).as_bytes());
    let db = d.join("lede.db");
    let out = ingest(&db, &[&input]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("huge.html") && l.contains("MB") && l.contains("limit")),
        "{err}"
    );
    assert_eq!(stats(&db)["articles"], 1, "{err}");
    assert!(articles_by_id(&db).contains_key("fine"));
    let _ = std::fs::remove_dir_all(&d);
}
