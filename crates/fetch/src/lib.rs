//! Polite HTTP fetching for `lede ingest`: feeds and pages from `http(s)://` URLs.
//!
//! Entry point: [`Fetcher::fetch`]. Polite by construction: every request names Lede in its
//! user agent; requests to one host are spaced by at least [`FetchConfig::per_host_delay`]
//! (or the host's robots.txt `Crawl-delay`, when longer); robots.txt is read once per origin
//! and honoured (RFC 9309: the group for `lede`, else `*`; longest match wins, `Allow` on a
//! tie; an unreachable or failing robots.txt disallows the origin, a missing one allows it);
//! a URL fetched before in this `Fetcher`'s life is asked for conditionally (`If-None-Match`,
//! `If-Modified-Since`), and a `304` comes back as [`Fetched::NotModified`].
//!
//! Architecture invariant: knows HTTP and nothing of articles, SQL or printing; never panics
//! on any response; a problem is a [`FetchError`] naming the URL.

use std::collections::HashMap;
use std::fmt;
use std::time::{Duration, Instant};

/// How polite to be.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Sent with every request, robots.txt included.
    pub user_agent: String,
    /// The token robots.txt groups are matched against (case-insensitive).
    pub robots_token: String,
    /// Least time between the starts of two requests to one host.
    pub per_host_delay: Duration,
    /// Longest a request may take, body included.
    pub timeout: Duration,
    /// Largest body accepted.
    pub max_body_bytes: u64,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            user_agent: format!(
                "Lede/{} (news event coder; honours robots.txt)",
                env!("CARGO_PKG_VERSION")
            ),
            robots_token: "lede".into(),
            per_host_delay: Duration::from_secs(1),
            timeout: Duration::from_secs(30),
            max_body_bytes: 64 * 1024 * 1024,
        }
    }
}

/// What a fetch gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// A 2xx response's body.
    Body(Vec<u8>),
    /// The server says the copy fetched before is still current (304).
    NotModified,
}

/// A URL that could not be fetched, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    pub url: String,
    pub message: String,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.message)
    }
}

/// The cache validators a response carried.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Validators {
    etag: Option<String>,
    last_modified: Option<String>,
}

/// A fetcher: one per run; it remembers robots.txt, request times and validators.
pub struct Fetcher {
    agent: ureq::Agent,
    config: FetchConfig,
    last_request: HashMap<String, Instant>,
    robots: HashMap<String, Robots>,
    validators: HashMap<String, Validators>,
}

/// The parts of an `http(s)://` URL that politeness needs.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    /// `scheme://host[:port]`, lower case.
    origin: String,
    /// Host and port, lower case: the unit of rate limiting.
    host: String,
    /// Path and query, `/` when empty.
    path: String,
}

fn target(url: &str) -> Option<Target> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, h)| h)
        .to_ascii_lowercase();
    if host.is_empty() {
        return None;
    }
    let mut path = rest[end..].split('#').next().unwrap_or("").to_string();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    Some(Target {
        origin: format!("{scheme}://{host}"),
        host,
        path,
    })
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(config.user_agent.as_str())
            .timeout_global(Some(config.timeout))
            .max_redirects(5)
            .build()
            .into();
        Fetcher {
            agent,
            config,
            last_request: HashMap::new(),
            robots: HashMap::new(),
            validators: HashMap::new(),
        }
    }

    /// Remembers the validators a response for `url` carried in an earlier run, so that the
    /// next fetch of it is conditional (`If-None-Match`, `If-Modified-Since`).
    pub fn remember(&mut self, url: &str, etag: Option<String>, last_modified: Option<String>) {
        let v = Validators {
            etag,
            last_modified,
        };
        if v != Validators::default() {
            self.validators.insert(url.to_string(), v);
        }
    }

    /// Every URL's validators as the latest responses gave them (url, ETag, Last-Modified),
    /// sorted by URL: what to keep for the next run.
    pub fn validators(&self) -> Vec<(String, Option<String>, Option<String>)> {
        let mut out: Vec<_> = self
            .validators
            .iter()
            .map(|(u, v)| (u.clone(), v.etag.clone(), v.last_modified.clone()))
            .collect();
        out.sort();
        out
    }

    /// Fetches `url` politely (see the crate doc).
    pub fn fetch(&mut self, url: &str) -> Result<Fetched, FetchError> {
        let err = |message: String| FetchError {
            url: url.to_string(),
            message,
        };
        let Some(t) = target(url) else {
            return Err(err("not an http:// or https:// URL".into()));
        };
        if !self.robots.contains_key(&t.origin) {
            let robots = self.load_robots(&t);
            self.robots.insert(t.origin.clone(), robots);
        }
        let robots = &self.robots[&t.origin];
        if let Some(why) = &robots.unavailable {
            return Err(err(format!(
                "robots.txt of {} could not be read ({why}); not fetching from a site whose rules are unknown",
                t.origin
            )));
        }
        if !robots.allows(&t.path) {
            return Err(err(format!(
                "disallowed by {}/robots.txt for {}",
                t.origin, self.config.robots_token
            )));
        }
        let mut request = self.agent.get(url);
        if let Some(v) = self.validators.get(url) {
            if let Some(etag) = &v.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(lm) = &v.last_modified {
                request = request.header("If-Modified-Since", lm);
            }
        }
        self.wait_turn(&t);
        let response = request
            .call()
            .map_err(|e| err(format!("request failed: {e}")))?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Fetched::NotModified);
        }
        if !(200..300).contains(&status) {
            return Err(err(format!("the server answered HTTP {status}")));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let body = response
            .into_body()
            .with_config()
            .limit(self.config.max_body_bytes)
            .read_to_vec()
            .map_err(|e| err(format!("cannot read the body: {e}")))?;
        if validators != Validators::default() {
            self.validators.insert(url.to_string(), validators);
        }
        Ok(Fetched::Body(body))
    }

    /// Sleeps until this host may be asked again, then notes the request.
    fn wait_turn(&mut self, t: &Target) {
        let delay = self
            .robots
            .get(&t.origin)
            .and_then(|r| r.crawl_delay)
            .map_or(self.config.per_host_delay, |d| {
                d.max(self.config.per_host_delay)
            });
        if let Some(last) = self.last_request.get(&t.host) {
            let since = last.elapsed();
            if since < delay {
                std::thread::sleep(delay - since);
            }
        }
        self.last_request.insert(t.host.clone(), Instant::now());
    }

    fn load_robots(&mut self, t: &Target) -> Robots {
        let url = format!("{}/robots.txt", t.origin);
        self.wait_turn(t);
        let response = match self.agent.get(&url).call() {
            Ok(r) => r,
            Err(e) => return Robots::unavailable(e.to_string()),
        };
        let status = response.status().as_u16();
        match status {
            200..=299 => {
                match response
                    .into_body()
                    .with_config()
                    .limit(512 * 1024)
                    .read_to_vec()
                {
                    Ok(body) => {
                        Robots::parse(&String::from_utf8_lossy(&body), &self.config.robots_token)
                    }
                    Err(e) => Robots::unavailable(e.to_string()),
                }
            }
            // RFC 9309 2.3.1.3: a robots.txt that is unavailable (4xx) allows everything.
            400..=499 => Robots::default(),
            _ => Robots::unavailable(format!("HTTP {status}")),
        }
    }
}

/// The rules of one origin's robots.txt that apply to Lede.
#[derive(Debug, Clone, Default, PartialEq)]
struct Robots {
    /// (allow, pattern)
    rules: Vec<(bool, String)>,
    crawl_delay: Option<Duration>,
    /// Why the file could not be read (then nothing is fetched).
    unavailable: Option<String>,
}

impl Robots {
    fn unavailable(why: String) -> Self {
        Robots {
            unavailable: Some(why),
            ..Robots::default()
        }
    }

    /// The rules of the groups naming `token` (a user-agent line containing it), else of `*`.
    fn parse(text: &str, token: &str) -> Robots {
        let token = token.to_ascii_lowercase();
        #[derive(Default)]
        struct Group {
            agents: Vec<String>,
            rules: Vec<(bool, String)>,
            delay: Option<Duration>,
        }
        let mut groups: Vec<Group> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push(Group::default());
                    }
                    in_agents = true;
                    if let Some(g) = groups.last_mut() {
                        g.agents.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        // An empty Disallow allows everything: no rule.
                        if !value.is_empty() {
                            g.rules.push((key == "allow", value.to_string()));
                        }
                    }
                }
                "crawl-delay" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        g.delay = value
                            .parse::<f64>()
                            .ok()
                            .filter(|s| s.is_finite() && *s >= 0.0)
                            .map(|s| Duration::from_secs_f64(s.min(60.0)));
                    }
                }
                _ => {}
            }
        }
        let named: Vec<&Group> = groups
            .iter()
            .filter(|g| {
                g.agents
                    .iter()
                    .any(|a| a != "*" && token.contains(a.as_str()))
            })
            .collect();
        let chosen: Vec<&Group> = if named.is_empty() {
            groups
                .iter()
                .filter(|g| g.agents.iter().any(|a| a == "*"))
                .collect()
        } else {
            named
        };
        Robots {
            rules: chosen.iter().flat_map(|g| g.rules.clone()).collect(),
            crawl_delay: chosen.iter().filter_map(|g| g.delay).max(),
            unavailable: None,
        }
    }

    fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if pattern_matches(pattern, path) {
                let len = pattern.len();
                let better = match best {
                    None => true,
                    Some((l, a)) => len > l || (len == l && *allow && !a),
                };
                if better {
                    best = Some((len, *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// robots.txt path patterns: a prefix, with `*` for any run of characters and a final `$`
/// anchoring the end.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut pos = 0;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            pos = part.len();
        } else if i == parts.len() - 1 && anchored {
            return path.len() >= pos + part.len() && path[pos..].ends_with(part);
        } else {
            match path[pos..].find(part) {
                Some(at) => pos += at + part.len(),
                None => return false,
            }
        }
    }
    !anchored || pos == path.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_groups_and_patterns() {
        let r = Robots::parse(
            "User-agent: *\nDisallow: /\n\nUser-agent: other\nUser-agent: Lede # us\nDisallow: /a\nAllow: /a/b\nDisallow: /*.pdf$\nCrawl-delay: 2.5\n",
            "lede",
        );
        assert_eq!(r.crawl_delay, Some(Duration::from_millis(2500)));
        assert!(r.allows("/"));
        assert!(!r.allows("/a"));
        assert!(!r.allows("/abc"));
        assert!(r.allows("/a/b/c"));
        assert!(!r.allows("/x/y.pdf"));
        assert!(r.allows("/x/y.pdf?v=1"));
        let star = Robots::parse("User-agent: *\nDisallow: /private\nDisallow:\n", "lede");
        assert!(!star.allows("/private/x") && star.allows("/public"));
        assert!(Robots::parse("", "lede").allows("/anything"));
        // Equal length: Allow wins.
        let tie = Robots::parse("User-agent: *\nDisallow: /p\nAllow: /p\n", "lede");
        assert!(tie.allows("/p"));
    }

    #[test]
    fn urls_split_into_origin_host_and_path() {
        let t = target("HTTPS://User@News.Test:8443/a/b?q=1#frag").unwrap();
        assert_eq!(t.origin, "https://news.test:8443");
        assert_eq!(t.host, "news.test:8443");
        assert_eq!(t.path, "/a/b?q=1");
        assert_eq!(target("http://x.test").unwrap().path, "/");
        assert_eq!(target("http://x.test?a").unwrap().path, "/?a");
        assert!(target("ftp://x.test/").is_none());
        assert!(target("http:///nohost").is_none());
    }
}
