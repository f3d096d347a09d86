//! A WebDriver (W3C) client for chromedriver, over the tiny HTTP client: just what the
//! dashboard test needs (navigate, find, click, read text and attributes, wait).

use super::request;
use serde_json::{json, Value};
use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
}

/// Where Debian's chromium and chromedriver are, if both are.
pub fn find() -> Option<(&'static str, &'static str)> {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    Some((chromium, driver))
}

fn call(addr: SocketAddr, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
    let bytes = body.map(|b| b.to_string()).unwrap_or_default();
    let r = request(
        addr,
        method,
        path,
        &[("Content-Type", "application/json")],
        bytes.as_bytes(),
    )
    .map_err(|e| format!("{method} {path}: {e}"))?;
    let v: Value = serde_json::from_slice(&r.body).map_err(|e| format!("{method} {path}: {e}"))?;
    if r.status >= 400 {
        return Err(format!("{method} {path}: {} {}", r.status, v["value"]));
    }
    Ok(v["value"].clone())
}

impl Browser {
    pub fn start(chromium: &str, driver: &str) -> Result<Browser, String> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{driver}: {e}"))?;
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let mut b = Browser {
            driver: child,
            addr,
            session: String::new(),
        };
        let t0 = Instant::now();
        while call(addr, "GET", "/status", None)
            .map(|v| v["ready"] != json!(true))
            .unwrap_or(true)
        {
            if t0.elapsed() > Duration::from_secs(20) {
                return Err("chromedriver did not become ready".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = std::env::temp_dir().join(format!("lede-chromium-{}", std::process::id()));
        // The flags this machine needs: no sandbox as root, and no background networking
        // (its connections are refused here).
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                format!("--user-data-dir={}", profile.display())
            ]}
        }}});
        let v = call(addr, "POST", "/session", Some(caps))?;
        b.session = v["sessionId"].as_str().ok_or("no session id")?.to_string();
        Ok(b)
    }

    fn s(&self, path: &str) -> String {
        format!("/session/{}{path}", self.session)
    }

    pub fn goto(&self, url: &str) -> Result<(), String> {
        call(
            self.addr,
            "POST",
            &self.s("/url"),
            Some(json!({"url": url})),
        )
        .map(|_| ())
    }

    pub fn find_all(&self, css: &str) -> Result<Vec<String>, String> {
        let v = call(
            self.addr,
            "POST",
            &self.s("/elements"),
            Some(json!({"using": "css selector", "value": css})),
        )?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Waits for at least one element matching `css`; the first.
    pub fn wait_for(&self, css: &str) -> Result<String, String> {
        let t0 = Instant::now();
        loop {
            if let Some(e) = self.find_all(css)?.into_iter().next() {
                return Ok(e);
            }
            if t0.elapsed() > Duration::from_secs(20) {
                let page = call(self.addr, "GET", &self.s("/source"), None).unwrap_or_default();
                let page: String = page
                    .as_str()
                    .unwrap_or_default()
                    .chars()
                    .take(3000)
                    .collect();
                return Err(format!(
                    "nothing matched {css:?} within 20 s; the page: {page}"
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn click(&self, element: &str) -> Result<(), String> {
        call(
            self.addr,
            "POST",
            &self.s(&format!("/element/{element}/click")),
            Some(json!({})),
        )
        .map(|_| ())
    }

    pub fn text(&self, element: &str) -> Result<String, String> {
        let v = call(
            self.addr,
            "GET",
            &self.s(&format!("/element/{element}/text")),
            None,
        )?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub fn attribute(&self, element: &str, name: &str) -> Result<Option<String>, String> {
        let v = call(
            self.addr,
            "GET",
            &self.s(&format!("/element/{element}/attribute/{name}")),
            None,
        )?;
        Ok(v.as_str().map(str::to_string))
    }

    pub fn url(&self) -> Result<String, String> {
        let v = call(self.addr, "GET", &self.s("/url"), None)?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub fn screenshot_png(&self) -> Result<Vec<u8>, String> {
        let v = call(self.addr, "GET", &self.s("/screenshot"), None)?;
        decode_base64(v.as_str().unwrap_or_default())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = call(self.addr, "DELETE", &self.s(""), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn decode_base64(s: &str) -> Result<Vec<u8>, String> {
    let val = |c: u8| -> Result<u32, String> {
        Ok(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("bad base64 byte {c}")),
        } as u32)
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|&b| b != b'=' && !b.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= val(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    Ok(out)
}
