//! Sources → articles: folders (recursive), `.txt`, `.jsonl`, `.json`, HTML pages (main text
//! by `dom_smoothie`), RSS/Atom feeds (`feed-rs`), WARC archives ([`crate::warc`], streamed by
//! [`stream_source`]). Each article keeps what a store needs besides the text: URL, source, and
//! where it was read from.

use crate::{decode, looks_binary, parse_date, read_jsonl_lines, InputError, MAX_ARTICLE_BYTES};
use chrono::NaiveDate;
use lede_extract::{ArticleInput, CodingOptions};
use lede_model::Diagnostic;
use std::path::{Path, PathBuf};

/// Pages larger than this are refused (the article text itself is limited to
/// [`MAX_ARTICLE_BYTES`]).
pub const MAX_PAGE_BYTES: usize = 16 * 1024 * 1024;
/// Files larger than this are refused whole (split JSONL files and feeds first).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024 * 1024;

/// An article as a source gave it: the coding input plus what a store keeps besides.
#[derive(Debug, Clone)]
pub struct SourcedArticle {
    pub input: ArticleInput,
    pub url: Option<String>,
    pub source: Option<String>,
    /// Where it was read from: `path`, `path:line`, `path#item`, `path@offset` (WARC record).
    pub origin: String,
    /// The reader that produced it: `txt`, `jsonl`, `json`, `html`, `feed`, `warc`.
    pub reader: &'static str,
}

/// The kinds of input Lede reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Text,
    Jsonl,
    Json,
    Html,
    Feed,
    Warc,
}

/// Decides the kind by extension, else by the first bytes.
pub fn source_kind(name: &str, bytes: &[u8]) -> SourceKind {
    let ext = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if crate::warc::is_warc_name(name) || crate::warc::looks_like_warc(bytes) {
        return SourceKind::Warc;
    }
    match ext.as_str() {
        "jsonl" | "ndjson" => return SourceKind::Jsonl,
        "json" => return SourceKind::Json,
        "html" | "htm" | "xhtml" => return SourceKind::Html,
        "rss" | "atom" | "xml" => return SourceKind::Feed,
        "txt" | "text" => return SourceKind::Text,
        _ => {}
    }
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        SourceKind::Html
    } else if head.starts_with("<?xml") || head.starts_with("<rss") || head.starts_with("<feed") {
        if head.contains("<html") {
            SourceKind::Html
        } else {
            SourceKind::Feed
        }
    } else if head.starts_with('{') || head.starts_with('[') {
        // piped JSON ("... | lede code -"): one article object a line, or one JSON document
        let body = String::from_utf8_lossy(bytes);
        let body = body.trim_start_matches('\u{feff}').trim_start();
        let article = |v: &serde_json::Value| v.get("text").is_some_and(|t| t.is_string());
        let first_line = body.lines().next().unwrap_or("");
        if serde_json::from_str::<serde_json::Value>(first_line).is_ok_and(|v| article(&v)) {
            SourceKind::Jsonl
        } else if serde_json::from_str::<serde_json::Value>(body).is_ok_and(|v| {
            article(&v) || v.as_array().is_some_and(|a| a.first().is_some_and(article))
        }) {
            SourceKind::Json
        } else {
            SourceKind::Text
        }
    } else {
        SourceKind::Text
    }
}

/// Expands inputs: a folder becomes every non-hidden file under it (recursively, sorted, so
/// runs are repeatable); files and `-` stay as given.
pub fn expand_inputs(inputs: &[String]) -> (Vec<String>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let path = Path::new(input);
        if input != "-" && path.is_dir() {
            walk(path, &mut files, &mut errors);
        } else {
            files.push(input.clone());
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<String>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError {
                input: dir.display().to_string(),
                message: format!("cannot list the folder: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| !n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, files, errors);
        } else {
            files.push(p.display().to_string());
        }
    }
}

/// Reads one input and hands each article, and each problem, to `each` (which returns `false`
/// to stop) as soon as it is read. A `.warc`/`.warc.gz` file is streamed record by record
/// (never whole in memory, no file size limit); every other input is read by [`read_source`].
pub fn stream_source(
    name: &str,
    bytes: Option<Vec<u8>>,
    default_date: Option<NaiveDate>,
    each: &mut dyn FnMut(Result<SourcedArticle, InputError>) -> bool,
) {
    if bytes.is_none() && name != "-" && crate::warc::is_warc_name(name) {
        match std::fs::File::open(name) {
            Ok(file) => crate::warc::read_warc(name, file, default_date, each),
            Err(e) => {
                each(Err(InputError {
                    input: name.to_string(),
                    message: open_error(name, &e),
                }));
            }
        }
        return;
    }
    let (articles, errors) = read_source(name, bytes, default_date);
    for e in errors {
        if !each(Err(e)) {
            return;
        }
    }
    for a in articles {
        if !each(Ok(a)) {
            return;
        }
    }
}

fn open_error(name: &str, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        "no such file; check the path".into()
    } else if e.kind() == std::io::ErrorKind::IsADirectory || Path::new(name).is_dir() {
        "is a folder; give the article files inside it (or use `lede ingest` for folders)".into()
    } else {
        format!("cannot read: {e}")
    }
}

/// Reads one input into articles (name is a path, or `-` with `bytes` given). A WARC file's
/// articles are all collected (use [`stream_source`] for large archives).
pub fn read_source(
    name: &str,
    bytes: Option<Vec<u8>>,
    default_date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
    if bytes.is_none() && name != "-" && crate::warc::is_warc_name(name) {
        return collect_stream(name, None, default_date);
    }
    let err = |message: String| {
        (
            Vec::new(),
            vec![InputError {
                input: name.to_string(),
                message,
            }],
        )
    };
    let bytes = match bytes {
        Some(b) => b,
        None => {
            if let Ok(meta) = std::fs::metadata(name) {
                if meta.is_file() && meta.len() > MAX_FILE_BYTES {
                    return err(format!(
                        "file is {} MB, over the {} MB limit; split it",
                        meta.len() / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024)
                    ));
                }
            }
            match std::fs::read(name) {
                Ok(b) => b,
                Err(e) => return err(open_error(name, &e)),
            }
        }
    };
    if bytes.is_empty() {
        return err("empty file; nothing to code".into());
    }
    if crate::warc::looks_like_warc(&bytes) {
        return collect_stream(name, Some(bytes), default_date);
    }
    if looks_binary(&bytes) {
        return err(
            "looks like a binary file, not text; give .txt, .jsonl, .json, .html or RSS/Atom files"
                .into(),
        );
    }
    match source_kind(name, &bytes) {
        SourceKind::Jsonl => {
            let (articles, errors) = read_jsonl_lines(name, bytes, default_date);
            (articles, errors)
        }
        SourceKind::Json => read_json(name, bytes, default_date),
        SourceKind::Html => read_html(name, bytes, default_date),
        SourceKind::Feed => read_feed(name, bytes, default_date),
        SourceKind::Text => read_text(name, bytes, default_date),
        SourceKind::Warc => collect_stream(name, Some(bytes), default_date),
    }
}

/// A WARC's articles and errors, collected (in memory: bytes given, or the file streamed).
fn collect_stream(
    name: &str,
    bytes: Option<Vec<u8>>,
    default_date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    let mut each = |item: Result<SourcedArticle, InputError>| {
        match item {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
        true
    };
    match bytes {
        Some(b) => crate::warc::read_warc(name, b.as_slice(), default_date, &mut each),
        None => stream_source(name, None, default_date, &mut each),
    }
    (articles, errors)
}

fn file_id(name: &str) -> String {
    if name == "-" {
        "stdin".to_string()
    } else {
        Path::new(name)
            .file_stem()
            .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned())
    }
}

fn too_big(name: &str, len: usize) -> InputError {
    InputError {
        input: name.to_string(),
        message: format!(
            "article is {} MB, over the {} MB limit for one article; split it into articles (e.g. one per line in a .jsonl file)",
            len / (1024 * 1024),
            MAX_ARTICLE_BYTES / (1024 * 1024)
        ),
    }
}

fn read_text(
    name: &str,
    bytes: Vec<u8>,
    date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return (Vec::new(), vec![too_big(name, bytes.len())]);
    }
    let mut diagnostics = Vec::new();
    let text = decode(bytes, name, &mut diagnostics);
    let article = SourcedArticle {
        input: ArticleInput {
            id: file_id(name),
            text,
            date,
            title: None,
            options: CodingOptions::default(),
            diagnostics,
        },
        url: None,
        source: None,
        origin: name.to_string(),
        reader: "txt",
    };
    (vec![article], Vec::new())
}

/// One JSON article object (`{"id", "text", "title", "url", "source", "date" or "published"}`).
fn read_json(
    name: &str,
    bytes: Vec<u8>,
    date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
    // The same reader as a JSONL line, with the file's own name as the default id.
    let mut flat: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
        .collect();
    flat.push(b'\n');
    let (mut articles, errors) = read_jsonl_lines(name, flat, date);
    let errors = errors
        .into_iter()
        .map(|mut e| {
            e.input = name.to_string();
            e
        })
        .collect();
    for a in &mut articles {
        a.reader = "json";
        a.origin = name.to_string();
        if a.input.id == "1" {
            a.input.id = file_id(name);
        }
    }
    (articles, errors)
}

pub(crate) fn read_html(
    name: &str,
    bytes: Vec<u8>,
    default_date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
    let err = |message: String| {
        (
            Vec::new(),
            vec![InputError {
                input: name.to_string(),
                message,
            }],
        )
    };
    if bytes.len() > MAX_PAGE_BYTES {
        return err(format!(
            "page is {} MB, over the {} MB limit for one page",
            bytes.len() / (1024 * 1024),
            MAX_PAGE_BYTES / (1024 * 1024)
        ));
    }
    let mut diagnostics = Vec::new();
    let html = decode(bytes, name, &mut diagnostics);
    let page = match html_article(&html) {
        Ok(p) => p,
        Err(message) => return err(message),
    };
    if page.text.len() > MAX_ARTICLE_BYTES {
        return (Vec::new(), vec![too_big(name, page.text.len())]);
    }
    let date = page
        .published
        .as_deref()
        .and_then(|d| parse_date(d.get(..10).unwrap_or(d)))
        .or(default_date);
    // A page fetched from a URL is that URL's article, unless it names its canonical one.
    let fetched_from =
        (name.starts_with("http://") || name.starts_with("https://")).then(|| name.to_string());
    let article = SourcedArticle {
        input: ArticleInput {
            id: fetched_from.clone().unwrap_or_else(|| file_id(name)),
            text: page.text,
            date,
            title: page.title,
            options: CodingOptions::default(),
            diagnostics,
        },
        url: page.url.or(fetched_from),
        source: page.site_name.or(page.byline),
        origin: name.to_string(),
        reader: "html",
    };
    (vec![article], Vec::new())
}

/// What a page's main-text extraction gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlArticle {
    pub title: Option<String>,
    /// Paragraphs separated by blank lines.
    pub text: String,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    /// The page's canonical URL, when it names an absolute one.
    pub url: Option<String>,
}

/// Main text and metadata of an HTML page.
pub fn html_article(html: &str) -> Result<HtmlArticle, String> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    // The page's own URL: <link rel=canonical>, else og:url (read before parsing rewrites it).
    let canonical = r
        .doc
        .select(r#"link[rel="canonical"]"#)
        .attr("href")
        .or_else(|| r.doc.select(r#"meta[property="og:url"]"#).attr("content"))
        .map(|s| s.trim().to_string());
    let a = r
        .parse()
        .map_err(|e| format!("no article text found in the page ({e}); is it an article page?"))?;
    let text = a.text_content.trim().to_string();
    if text.is_empty() {
        return Err("no article text found in the page; is it an article page?".into());
    }
    let non_empty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(HtmlArticle {
        title: non_empty(Some(a.title)),
        text,
        byline: non_empty(a.byline),
        site_name: non_empty(a.site_name),
        published: non_empty(a.published_time),
        url: non_empty(a.url.or(canonical))
            .filter(|u| u.starts_with("http://") || u.starts_with("https://")),
    })
}

fn read_feed(
    name: &str,
    bytes: Vec<u8>,
    default_date: Option<NaiveDate>,
) -> (Vec<SourcedArticle>, Vec<InputError>) {
    let feed = match feed_rs::parser::parse(bytes.as_slice()) {
        Ok(f) => f,
        Err(e) => {
            return (
                Vec::new(),
                vec![InputError {
                    input: name.to_string(),
                    message: format!("not a readable RSS/Atom feed ({e}); is the file complete?"),
                }],
            )
        }
    };
    let feed_title = feed.title.map(|t| t.content);
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let origin = format!("{name}#{}", i + 1);
        let body = entry
            .content
            .and_then(|c| c.body)
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.map(|s| s.content));
        let text = body.map(|b| fragment_text(&b)).unwrap_or_default();
        if text.trim().is_empty() {
            errors.push(InputError {
                input: origin,
                message: "feed item has no text (neither content nor summary)".into(),
            });
            continue;
        }
        if text.len() > MAX_ARTICLE_BYTES {
            errors.push(too_big(&origin, text.len()));
            continue;
        }
        let url = entry.links.first().map(|l| l.href.clone());
        let date = entry
            .published
            .or(entry.updated)
            .map(|d| d.date_naive())
            .or(default_date);
        let id = if entry.id.is_empty() {
            origin.clone()
        } else {
            entry.id
        };
        articles.push(SourcedArticle {
            input: ArticleInput {
                id,
                text,
                date,
                title: entry.title.map(|t| fragment_text(&t.content)),
                options: CodingOptions::default(),
                diagnostics: Vec::<Diagnostic>::new(),
            },
            url,
            source: feed_title.clone(),
            origin,
            reader: "feed",
        });
    }
    (articles, errors)
}

/// Text of an HTML fragment (a feed item's content): tags dropped, block ends as paragraph
/// breaks, the common entities decoded.
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.trim().to_string();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[1..gt]
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let block = matches!(
            tag.as_str(),
            "p" | "div"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "li"
                | "blockquote"
                | "tr"
                | "section"
                | "article"
        );
        if block && !out.ends_with("\n\n") && !out.is_empty() {
            out.push_str("\n\n");
        } else if tag == "br" {
            out.push('\n');
        }
        rest = &after[gt + 1..];
    }
    out.push_str(&decode_entities(rest));
    // Collapse runs of spaces and trailing spaces on lines.
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .split("\n\n\n")
        .collect::<Vec<_>>()
        .join("\n\n")
        .trim()
        .to_string()
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &after[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "rsquo" => Some('\u{2019}'),
                "lsquo" => Some('\u{2018}'),
                "rdquo" => Some('\u{201d}'),
                "ldquo" => Some('\u{201c}'),
                "mdash" => Some('\u{2014}'),
                "ndash" => Some('\u{2013}'),
                _ => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn piped_json_is_read_as_json() {
        use super::{source_kind, SourceKind};
        let lines = b"{\"id\": \"a\", \"text\": \"Israel met Egypt.\"}\n{\"text\": \"b\"}\n";
        assert!(matches!(source_kind("-", lines), SourceKind::Jsonl));
        let doc = b"{\n  \"id\": \"a\",\n  \"text\": \"Israel met Egypt.\"\n}\n";
        assert!(matches!(source_kind("-", doc), SourceKind::Json));
        // text that merely starts with a brace, or JSON that is no article, stays text
        for text in [&b"{Reuters} Israel met Egypt."[..], b"{\"a\": 1}\n"] {
            assert!(matches!(source_kind("-", text), SourceKind::Text));
        }
    }

    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire Service</title><link>https://wire.test/</link>
<item><title>Envoys meet Putin</title><link>https://wire.test/a/1</link><guid>w-1</guid>
<pubDate>Tue, 02 Dec 2025 18:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>U.S. envoys met Russian President Vladimir Putin in Moscow.</p><p>The talks lasted five hours &amp; ended late.</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://wire.test/a/2</link>
<description>Protesters marched in Kyiv on Sunday.</description></item>
<item><title>Empty</title><link>https://wire.test/a/3</link></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2025-12-03T10:00:00Z</updated>
<entry><title>Talks in Geneva</title><id>urn:desk:1</id><link href="https://desk.test/1"/>
<published>2025-12-01T09:00:00Z</published><updated>2025-12-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;Iran and France held talks in Geneva.&lt;/p&gt;</content></entry>
</feed>"#;

    fn tmp(name: &str, bytes: &[u8]) -> String {
        let dir = std::env::temp_dir().join(format!("lede-sources-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    }

    #[test]
    fn rss_items_become_articles_with_url_date_and_source() {
        let (a, e) = read_source("feed.rss", Some(RSS.as_bytes().to_vec()), None);
        assert_eq!(a.len(), 2);
        assert_eq!(
            a[0].input.text,
            "U.S. envoys met Russian President Vladimir Putin in Moscow.\n\nThe talks lasted five hours & ended late."
        );
        assert_eq!(a[0].url.as_deref(), Some("https://wire.test/a/1"));
        assert_eq!(
            a[0].input.date.map(|d| d.to_string()).as_deref(),
            Some("2025-12-02")
        );
        assert_eq!(a[0].source.as_deref(), Some("Wire Service"));
        assert_eq!(a[0].input.title.as_deref(), Some("Envoys meet Putin"));
        assert_eq!(a[0].reader, "feed");
        assert_eq!(a[1].input.text, "Protesters marched in Kyiv on Sunday.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].input, "feed.rss#3");
        assert!(e[0].message.contains("no text"));
    }

    #[test]
    fn atom_entries_are_read_by_content_not_extension() {
        let (a, e) = read_source("desk", Some(ATOM.as_bytes().to_vec()), None);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].input.text, "Iran and France held talks in Geneva.");
        assert_eq!(
            a[0].input.date.map(|d| d.to_string()).as_deref(),
            Some("2025-12-01")
        );
        assert_eq!(a[0].url.as_deref(), Some("https://desk.test/1"));
    }

    #[test]
    fn a_truncated_feed_is_an_error_naming_it() {
        let cut = &RSS[..RSS.len() / 2];
        let (a, e) = read_source("cut.xml", Some(cut.as_bytes().to_vec()), None);
        assert!(a.is_empty());
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].input, "cut.xml");
        assert!(e[0].message.contains("feed"), "{}", e[0].message);
    }

    #[test]
    fn an_html_page_gives_its_main_text_title_and_date() {
        let body = "Foreign ministers of Iran and France met in Geneva on Monday to discuss the nuclear programme. ".repeat(3);
        let html = format!(
            r#"<!DOCTYPE html><html><head><title>Talks in Geneva | Desk</title>
<meta property="og:title" content="Talks in Geneva">
<meta property="article:published_time" content="2025-12-01T09:00:00Z">
<meta property="og:url" content="https://desk.test/geneva"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks in Geneva</h1><p>{body}</p><p>The talks will resume next week, officials said, after both sides consult their capitals.</p></article>
<footer>Copyright Desk. All rights reserved. Subscribe to our newsletter.</footer></body></html>"#
        );
        let (a, e) = read_source("page.html", Some(html.into_bytes()), None);
        assert!(e.is_empty(), "{e:?}");
        let a = &a[0];
        assert!(
            a.input.text.starts_with("Foreign ministers of Iran"),
            "{}",
            a.input.text
        );
        assert!(
            a.input.text.contains("\n\nThe talks will resume"),
            "{}",
            a.input.text
        );
        assert!(!a.input.text.contains("Subscribe"), "{}", a.input.text);
        assert!(!a.input.text.contains("Sport"), "{}", a.input.text);
        assert_eq!(a.input.title.as_deref(), Some("Talks in Geneva"));
        assert_eq!(
            a.input.date.map(|d| d.to_string()).as_deref(),
            Some("2025-12-01")
        );
        assert_eq!(a.url.as_deref(), Some("https://desk.test/geneva"));
        assert_eq!(a.input.id, "page");
    }

    #[test]
    fn a_json_file_is_one_article_with_its_fields() {
        let json = br#"{"id": "007", "url": "https://gov.test/7", "source": "State",
            "published": "2025-12-04", "title": "Readout", "text": "The Secretary met the Minister."}"#;
        let (a, e) = read_source("x/007.json", Some(json.to_vec()), None);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(a[0].input.id, "007");
        assert_eq!(a[0].url.as_deref(), Some("https://gov.test/7"));
        assert_eq!(a[0].source.as_deref(), Some("State"));
        assert_eq!(
            a[0].input.date.map(|d| d.to_string()).as_deref(),
            Some("2025-12-04")
        );
        assert_eq!(a[0].origin, "x/007.json");
        let (_, e) = read_source("bad.json", Some(b"{\"text\": ".to_vec()), None);
        assert_eq!(e[0].input, "bad.json");
    }

    #[test]
    fn folders_expand_recursively_in_order_without_hidden_files() {
        let a = tmp("walk/b.txt", b"");
        let _ = tmp("walk/sub/c.txt", b"");
        let _ = tmp("walk/.hidden", b"");
        let _ = tmp("walk/a.jsonl", b"");
        let dir = Path::new(&a).parent().unwrap().display().to_string();
        let (files, errors) = expand_inputs(&[dir.clone(), "-".into()]);
        assert!(errors.is_empty());
        let rel: Vec<String> = files
            .iter()
            .map(|f| f.strip_prefix(&dir).unwrap_or(f).to_string())
            .collect();
        assert_eq!(rel, ["/a.jsonl", "/b.txt", "/sub/c.txt", "-"]);
    }

    #[test]
    fn fragments_lose_tags_and_keep_paragraphs() {
        assert_eq!(
            fragment_text("<div><p>One &amp; two.</p><p>Three<br/>four &#8212; five</p></div>"),
            "One & two.\n\nThree\nfour \u{2014} five"
        );
        assert_eq!(fragment_text("plain"), "plain");
        assert_eq!(fragment_text("a &bogus; b < c"), "a &bogus; b");
    }
}
