//! Test support: a tiny HTTP/1.1 client over std's TcpStream (one request a connection), the
//! shared server fixture, and a WebDriver client for the browser test.

#![allow(dead_code)]

pub mod webdriver;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

/// One request; `Connection: close`, the whole answer read (chunked bodies decoded).
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Reply> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(60)))?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes())?;
    s.write_all(body)?;
    // Read the head, then exactly Content-Length bytes when given (some servers, chromedriver
    // among them, keep the connection open), else to the end.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            if let Some(n) = length {
                while raw.len() < end + 4 + n {
                    let k = s.read(&mut buf)?;
                    if k == 0 {
                        break;
                    }
                    raw.extend_from_slice(&buf[..k]);
                }
                return parse_reply(&raw);
            }
            break;
        }
        let k = s.read(&mut buf)?;
        if k == 0 {
            return parse_reply(&raw);
        }
        raw.extend_from_slice(&buf[..k]);
    }
    s.read_to_end(&mut raw)?;
    parse_reply(&raw)
}

fn parse_reply(raw: &[u8]) -> std::io::Result<Reply> {
    let bad = |m: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, m.to_string());
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("no end of headers"))?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|_| bad("headers not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| bad("no status"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        let mut out = Vec::new();
        let mut rest = &body[..];
        loop {
            let nl = rest
                .windows(2)
                .position(|w| w == b"\r\n")
                .ok_or_else(|| bad("bad chunk"))?;
            let size = usize::from_str_radix(
                std::str::from_utf8(&rest[..nl])
                    .map_err(|_| bad("bad chunk"))?
                    .trim(),
                16,
            )
            .map_err(|_| bad("bad chunk size"))?;
            if size == 0 {
                break;
            }
            out.extend_from_slice(&rest[nl + 2..nl + 2 + size]);
            rest = &rest[nl + 2 + size + 2..];
        }
        body = out;
    }
    Ok(Reply {
        status,
        headers,
        body,
    })
}

/// Writes `raw` as it is (a request head, say, whose body is never sent) and reads the answer.
pub fn raw(addr: SocketAddr, raw: &str) -> Reply {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    // The server may answer and close before the whole request is written: read anyway.
    let _ = s.write_all(raw.as_bytes());
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    parse_reply(&out).expect("an HTTP answer")
}

pub fn get(addr: SocketAddr, path: &str) -> Reply {
    request(addr, "GET", path, &[], b"").unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

/// Reads Server-Sent Events from a stream: returns the first `n` (id, data) pairs.
pub fn sse(addr: SocketAddr, path: &str, n: usize, on_open: impl FnOnce()) -> Vec<(i64, String)> {
    sse_kinds(addr, path, &["event"], n, on_open)
        .into_iter()
        .map(|(_, id, data)| (id.unwrap_or(-1), data))
        .collect()
}

/// The first `n` items of these `kinds` (`event: NAME`) on a Server-Sent Events stream, as
/// (kind, id, data), read after `on_open` ran.
pub fn sse_kinds(
    addr: SocketAddr,
    path: &str,
    kinds: &[&str],
    n: usize,
    on_open: impl FnOnce(),
) -> Vec<(String, Option<i64>, String)> {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut r = BufReader::new(s);
    let mut line = String::new();
    // Status line and headers.
    loop {
        line.clear();
        r.read_line(&mut line).expect("read headers");
        if line == "\r\n" || line.is_empty() {
            break;
        }
    }
    on_open();
    let mut out = Vec::new();
    let (mut kind, mut id, mut data) = (String::from("message"), None, None::<String>);
    while out.len() < n {
        line.clear();
        if r.read_line(&mut line).expect("read event (timed out?)") == 0 {
            break;
        }
        let l = line.trim_end();
        if let Some(v) = l.strip_prefix("event:") {
            kind = v.trim().to_string();
        } else if let Some(v) = l.strip_prefix("id:") {
            id = v.trim().parse().ok();
        } else if let Some(v) = l.strip_prefix("data:") {
            data = Some(v.trim().to_string());
        } else if l.is_empty() {
            // The blank line ends one item (chunk-size lines of the transfer are skipped:
            // they come without a field name).
            if let Some(d) = data.take() {
                if kinds.contains(&kind.as_str()) {
                    out.push((kind.clone(), id, d));
                }
            }
            kind = String::from("message");
            id = None;
        }
    }
    out
}

pub const TOKEN: &str = "test-token-0123456789";

/// Articles of our own (not from any corpus), coded by the real engine.
pub const ARTICLES: &str = r#"[
 {"id": "moscow-talks", "date": "2025-12-03", "title": "Envoys meet Putin in Moscow",
  "text": "MOSCOW (Reuters) - U.S. Special Envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Tuesday. \"The talks were useful and constructive,\" Kremlin spokesman Dmitry Peskov said after the meeting. Ukraine accused Russia of shelling Kharkiv overnight, killing two civilians."},
 {"id": "berlin-aid", "date": "2025-11-20", "title": "Germany pledges air defence",
  "text": "BERLIN - German Chancellor Friedrich Merz promised Ukraine new air defence systems on Thursday. Ukrainian President Volodymyr Zelenskiy thanked Germany for the support. \"We will not leave Ukraine alone,\" Merz told reporters in Berlin."},
 {"id": "gaza-truce", "date": "2025-10-10", "title": "Mediators press for Gaza truce",
  "text": "CAIRO - Egypt and Qatar urged Israel and Hamas to accept a ceasefire in Gaza, officials said on Friday. Israeli Prime Minister Benjamin Netanyahu rejected the proposal. \"There will be no ceasefire without the hostages,\" Netanyahu said in Jerusalem."}
]"#;

pub const MORE: &str = "{\"id\": \"paris-summit\", \"date\": \"2025-12-05\", \"title\": \"Leaders meet in Paris\", \"text\": \"PARIS - French President Emmanuel Macron hosted British Prime Minister Keir Starmer in Paris on Friday. The two leaders discussed support for Ukraine.\"}\n{\"id\": \"kyiv-strike\", \"date\": \"2025-12-06\", \"text\": \"KYIV - Russia launched a missile attack on Kyiv early on Saturday, Ukrainian officials said. Ukraine condemned the attack.\"}\n";

pub struct Fixture {
    pub addr: SocketAddr,
    pub dir: PathBuf,
    _server: lede_server::Running,
}

pub fn engine() -> Arc<lede_extract::Engine> {
    static ENGINE: OnceLock<Arc<lede_extract::Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            Arc::new(lede_extract::Engine::from_sets(vec![
                lede_dict::default_set(),
            ]))
        })
        .clone()
}

pub fn temp_dir(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("lede-server-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

pub fn start(name: &str, token: Option<&str>) -> (lede_server::Running, PathBuf) {
    start_with(name, token, None)
}

pub fn start_with(
    name: &str,
    token: Option<&str>,
    after_write: Option<lede_server::AfterWrite>,
) -> (lede_server::Running, PathBuf) {
    let dir = temp_dir(name);
    let running = lede_server::start(lede_server::Config {
        db: dir.join("lede.db"),
        addr: "127.0.0.1:0".parse().unwrap(),
        token: token.map(str::to_string),
        engine: engine(),
        engine_version: "lede-test".into(),
        dict_hash: "test".into(),
        max_body_bytes: 1024 * 1024,
        workers: 2,
        after_write,
    })
    .expect("server starts");
    (running, dir)
}

pub fn post(addr: SocketAddr, content_type: &str, body: &str) -> Reply {
    let auth = format!("Bearer {TOKEN}");
    request(
        addr,
        "POST",
        "/api/v1/articles",
        &[("Authorization", &auth), ("Content-Type", content_type)],
        body.as_bytes(),
    )
    .expect("POST")
}

/// One server for the read tests, populated through the API itself.
pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let (server, dir) = start("fixture", Some(TOKEN));
        let addr = server.addr();
        let r = post(addr, "application/json", ARTICLES);
        assert_eq!(r.status, 201, "{}", r.text());
        let r = post(addr, "application/x-ndjson", MORE);
        assert_eq!(r.status, 201, "{}", r.text());
        Fixture {
            addr,
            dir,
            _server: server,
        }
    })
}
