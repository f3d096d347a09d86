//! The fetcher against a real HTTP server on loopback (std `TcpListener`, one request a
//! connection): robots.txt, user agent, per-host spacing, conditional requests.

use lede_fetch::{FetchConfig, Fetched, Fetcher};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One request as the server saw it: path, headers (lower-case names), arrival.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    headers: Vec<(String, String)>,
    at: Instant,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

type Route = dyn Fn(&Seen) -> (u16, Vec<(&'static str, String)>, Vec<u8>) + Send + Sync;

/// Starts a server on a free loopback port; returns its base URL and what it has seen.
fn serve(route: Box<Route>) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
                    break;
                }
                if let Some((n, v)) = h.split_once(':') {
                    headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
                }
            }
            let req = Seen {
                path,
                headers,
                at: Instant::now(),
            };
            let (status, extra, body) = route(&req);
            log.lock().unwrap().push(req);
            let mut out = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (n, v) in extra {
                out.push_str(&format!("{n}: {v}\r\n"));
            }
            out.push_str("\r\n");
            let _ = stream.write_all(out.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (base, seen)
}

fn config(delay_ms: u64) -> FetchConfig {
    FetchConfig {
        per_host_delay: Duration::from_millis(delay_ms),
        timeout: Duration::from_secs(10),
        ..FetchConfig::default()
    }
}

const ROBOTS: &str = "User-agent: *\nDisallow: /\n\n# Lede may read the news\nUser-agent: Lede\nDisallow: /private\nAllow: /private/open\nDisallow: /*.pdf$\n";

#[test]
fn robots_txt_is_honoured_the_agent_named_and_requests_spaced() {
    let (base, seen) = serve(Box::new(|r| match r.path.as_str() {
        "/robots.txt" => (200, vec![], ROBOTS.as_bytes().to_vec()),
        p => (200, vec![], format!("page {p}").into_bytes()),
    }));
    let mut f = Fetcher::new(config(200));
    assert_eq!(
        f.fetch(&format!("{base}/news/1")).unwrap(),
        Fetched::Body(b"page /news/1".to_vec())
    );
    let e = f.fetch(&format!("{base}/private/memo")).unwrap_err();
    assert!(e.message.contains("disallowed by"), "{e}");
    assert!(f.fetch(&format!("{base}/report.pdf")).is_err());
    assert!(f.fetch(&format!("{base}/report.pdf?x=1")).is_ok());
    assert!(f.fetch(&format!("{base}/private/open/a")).is_ok());
    let seen = seen.lock().unwrap().clone();
    let paths: Vec<&str> = seen.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/robots.txt",
            "/news/1",
            "/report.pdf?x=1",
            "/private/open/a"
        ],
        "robots.txt once, disallowed paths never asked for"
    );
    for s in &seen {
        assert!(
            s.header("user-agent")
                .is_some_and(|ua| ua.starts_with("Lede/")),
            "{s:?}"
        );
    }
    // Politeness, not speed: one host is never asked twice within the delay (the client
    // sleeps; allow the server a little jitter in when it sees the connection).
    for w in seen.windows(2) {
        let gap = w[1].at.duration_since(w[0].at);
        assert!(
            gap >= Duration::from_millis(150),
            "{gap:?} between {:?} and {:?}",
            w[0].path,
            w[1].path
        );
    }
}

#[test]
fn a_url_fetched_again_is_asked_for_conditionally() {
    let (base, seen) = serve(Box::new(|r| match r.path.as_str() {
        "/robots.txt" => (404, vec![], Vec::new()),
        "/feed" if r.header("if-none-match") == Some("\"v1\"") => (304, vec![], Vec::new()),
        "/feed" => (
            200,
            vec![
                ("ETag", "\"v1\"".to_string()),
                ("Last-Modified", "Tue, 02 Dec 2025 18:00:00 GMT".to_string()),
            ],
            b"<rss/>".to_vec(),
        ),
        _ => (500, vec![], Vec::new()),
    }));
    let mut f = Fetcher::new(config(0));
    let url = format!("{base}/feed");
    assert_eq!(f.fetch(&url).unwrap(), Fetched::Body(b"<rss/>".to_vec()));
    assert_eq!(f.fetch(&url).unwrap(), Fetched::NotModified);
    let e = f.fetch(&format!("{base}/broken")).unwrap_err();
    assert!(e.message.contains("HTTP 500"), "{e}");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(seen[1].header("if-none-match"), None);
    assert_eq!(seen[2].header("if-none-match"), Some("\"v1\""));
    assert_eq!(
        seen[2].header("if-modified-since"),
        Some("Tue, 02 Dec 2025 18:00:00 GMT")
    );
    assert_eq!(seen[3].header("if-none-match"), None);
}

#[test]
fn a_failing_robots_txt_keeps_the_site_unvisited() {
    let (base, seen) = serve(Box::new(|_| (503, vec![], Vec::new())));
    let mut f = Fetcher::new(config(0));
    let e = f.fetch(&format!("{base}/news")).unwrap_err();
    assert!(e.message.contains("robots.txt"), "{e}");
    assert!(f.fetch(&format!("{base}/other")).is_err());
    let paths: Vec<String> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|s| s.path.clone())
        .collect();
    assert_eq!(paths, ["/robots.txt"]);
    let e = f.fetch("ftp://x.test/a").unwrap_err();
    assert!(e.message.contains("http"), "{e}");
}
