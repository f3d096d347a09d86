//! Load benchmark for `lede serve`: fills a database with synthetic coded articles (100,000
//! events by default), then drives event queries over loopback with keep-alive connections and
//! reports requests/s and latency percentiles.
//!
//! ```sh
//! cargo run --release -p lede-server --example load -- populate /tmp/load.db 100000
//! lede serve --db /tmp/load.db --addr 127.0.0.1:8099 &          # (release build)
//! cargo run --release -p lede-server --example load -- run 127.0.0.1:8099 16 20
//! ```
//! `run ADDR CONNECTIONS SECONDS [ONLY]` cycles over a fixed mix of event queries (first page,
//! newest first, a CAMEO root, a country, an actor code, a date range, a deeper cursor page, an
//! actor name), or only those whose path contains ONLY (`actor=` for the actor filters).

use lede_model::*;
use lede_store::{ArticleRecord, Store};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const ACTORS: &[(&str, &str)] = &[
    ("USAGOV", "Marco Rubio"),
    ("RUSGOV", "Vladimir Putin"),
    ("UKRGOV", "Volodymyr Zelenskiy"),
    ("UKRMIL", "Oleksandr Syrskyi"),
    ("ISRGOV", "Benjamin Netanyahu"),
    ("PSEHAM", "Hamas"),
    ("EGYGOV", "Abdel Fattah al-Sisi"),
    ("QATGOV", "Tamim bin Hamad Al Thani"),
    ("FRAGOV", "Emmanuel Macron"),
    ("DEUGOV", "Friedrich Merz"),
    ("CHNGOV", "Xi Jinping"),
    ("IRNGOV", "Masoud Pezeshkian"),
];
const CODES: &[(&str, &str, &str)] = &[
    ("042", "04", "CONSULT"),
    ("036", "03", "COOPERATE"),
    ("111", "11", "ACCUSE"),
    ("190", "19", "ASSAULT"),
    ("057", "05", "AGREE"),
    ("172", "17", "COERCE"),
];

fn populate(path: &str, events: usize) {
    let per_article = 20;
    let articles = events.div_ceil(per_article);
    let mut store = Store::open(std::path::Path::new(path)).expect("open the database");
    let prov = store.provenance("load", "synthetic").expect("provenance");
    let mut batch = Vec::new();
    let mut made = 0;
    for i in 0..articles {
        let day = i % 365;
        let date = format!("2025-{:02}-{:02}", 1 + day / 31 % 12, 1 + day % 28);
        let mut text = String::new();
        let mut evs = Vec::new();
        for k in 0..per_article.min(events - made) {
            let (s, t) = (
                ACTORS[(i + k) % ACTORS.len()],
                ACTORS[(i * 7 + k + 1) % ACTORS.len()],
            );
            let (code, root, plover) = CODES[(i + 3 * k) % CODES.len()];
            let start = text.len();
            text.push_str(&format!(
                "{} met {} in talks on day {day}, report {i}, sentence {k}. ",
                s.1, t.1
            ));
            let end = text.len() - 1;
            evs.push(Event {
                code: code.into(),
                root: root.into(),
                plover: Some(plover.into()),
                source: Some(ActorRef {
                    code: Some(s.0.into()),
                    name: Some(s.1.into()),
                    text: s.1.into(),
                }),
                target: Some(ActorRef {
                    code: Some(t.0.into()),
                    name: Some(t.1.into()),
                    text: t.1.into(),
                }),
                date: Some(date.clone()),
                place: None,
                modality: Modality::Asserted,
                sentence: text[start..end].to_string(),
                start,
                end,
                trigger: Mention {
                    text: "met".into(),
                    start: start + s.1.len() + 1,
                    end: start + s.1.len() + 4,
                },
                rule: "synthetic".into(),
            });
        }
        made += evs.len();
        batch.push(ArticleRecord {
            ext_id: format!("load-{i}"),
            url: None,
            source: Some("synthetic".into()),
            title: Some(format!("Synthetic report {i}")),
            date: Some(date.clone()),
            text,
            origin: "examples/load.rs".into(),
            reader: "reader:synthetic".into(),
            result: ArticleResult {
                id: format!("load-{i}"),
                date: Some(date),
                title: None,
                text: None,
                actors: vec![],
                events: evs,
                quotes: vec![],
                places: vec![],
                dates: vec![],
                diagnostics: vec![],
            },
        });
        if batch.len() == 500 {
            store.write_batch(prov, &batch).expect("write");
            batch.clear();
        }
    }
    store.write_batch(prov, &batch).expect("write");
    let stats = store.stats().expect("stats");
    println!(
        "{path}: {} articles, {} events",
        stats.articles, stats.events
    );
}

/// One keep-alive GET; returns the status.
fn get(s: &mut TcpStream, host: &str, path: &str, buf: &mut Vec<u8>) -> std::io::Result<u16> {
    write!(s, "GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n")?;
    buf.clear();
    let mut chunk = [0u8; 65536];
    loop {
        let n = s.read(&mut chunk)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let status: u16 = head[9..12].parse().unwrap_or(0);
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            while buf.len() < end + 4 + len {
                let n = s.read(&mut chunk)?;
                if n == 0 {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            return Ok(status);
        }
    }
}

fn run(addr: &str, connections: usize, seconds: u64, only: Option<&str>) {
    let mut paths = vec![
        "/api/v1/events?limit=50".to_string(),
        "/api/v1/events?limit=50&order=desc".to_string(),
        "/api/v1/events?root=19&limit=50".to_string(),
        "/api/v1/events?country=UKR&limit=50".to_string(),
        "/api/v1/events?actor=RUSGOV&limit=50".to_string(),
        "/api/v1/events?from=2025-06-01&to=2025-06&limit=50".to_string(),
        "/api/v1/events?limit=50&cursor=50000.2025-06-15".to_string(),
        "/api/v1/events?actor=Putin&limit=50".to_string(),
    ];
    if let Some(o) = only {
        paths.retain(|p| p.contains(o));
        assert!(!paths.is_empty(), "no query of the mix contains {o:?}");
    }
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let results: Vec<(Vec<Duration>, usize)> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..connections)
            .map(|c| {
                let paths = &paths;
                s.spawn(move || {
                    let mut lat = Vec::new();
                    let mut errors = 0;
                    let mut conn = TcpStream::connect(addr).expect("connect");
                    conn.set_nodelay(true).ok();
                    let mut buf = Vec::new();
                    let mut i = c;
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        match get(&mut conn, addr, &paths[i % paths.len()], &mut buf) {
                            Ok(200) => lat.push(t.elapsed()),
                            Ok(_) => errors += 1,
                            Err(_) => {
                                errors += 1;
                                conn = TcpStream::connect(addr).expect("reconnect");
                            }
                        }
                        i += 1;
                    }
                    (lat, errors)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let errors: usize = results.iter().map(|r| r.1).sum();
    let mut all: Vec<Duration> = results.into_iter().flat_map(|r| r.0).collect();
    all.sort();
    let pct = |p: f64| all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)));
    println!(
        "{} requests in {seconds} s over {connections} connections: {:.0} req/s, {errors} errors; \
         latency p50 {:?}, p90 {:?}, p99 {:?}, max {:?}",
        all.len(),
        all.len() as f64 / seconds as f64,
        pct(0.50).copied().unwrap_or_default(),
        pct(0.90).copied().unwrap_or_default(),
        pct(0.99).copied().unwrap_or_default(),
        all.last().copied().unwrap_or_default()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["populate", path, n] => populate(path, n.parse().expect("a number of events")),
        ["populate", path] => populate(path, 100_000),
        ["run", addr, c, s, rest @ ..] if rest.len() <= 1 => run(
            addr,
            c.parse().expect("connections"),
            s.parse().expect("seconds"),
            rest.first().copied(),
        ),
        ["run", addr] => run(addr, 16, 20, None),
        _ => eprintln!(
            "usage: load populate DB [EVENTS] | load run ADDR [CONNECTIONS SECONDS [ONLY]]\n\
             (ONLY: run only the queries of the mix whose path contains it, e.g. actor)"
        ),
    }
}
