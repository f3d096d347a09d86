//! WARC files (WARC/1.0 and 1.1; news archives such as CC-NEWS), read as a stream: one record
//! at a time, so a multi-gigabyte archive never sits in memory. Plain, gzipped per record
//! (the usual `.warc.gz`: one gzip member a record) or gzipped whole.
//!
//! Only `response` records whose HTTP payload is a 2xx HTML page become articles: the HTTP
//! status line and headers are stripped, `Transfer-Encoding: chunked` and `Content-Encoding:
//! gzip`/`deflate` are undone, and the page goes through the same main-text extraction as an
//! `.html` file. The record's `WARC-Target-URI` is the article's URL and id, its `WARC-Date`
//! the date when the page names none. Other records (`warcinfo`, `request`, `metadata`,
//! redirects, images...) are skipped silently.
//!
//! Offsets name where a record starts, in bytes of the (decompressed) WARC stream.
//! A truncated or corrupt file stops the reading at the record where it breaks, with an
//! [`InputError`] naming `file@offset` and the reason; every complete record before it has
//! already been handed out.

use crate::sources::{read_html, source_kind, SourceKind, SourcedArticle, MAX_PAGE_BYTES};
use crate::{parse_date, InputError};
use chrono::NaiveDate;
use std::io::{BufRead, BufReader, Read};

/// Longest header line accepted (a longer one means the file is not WARC, or is corrupt).
const MAX_HEADER_LINE: usize = 64 * 1024;
/// Most header bytes in one record.
const MAX_HEADER_BYTES: usize = 1024 * 1024;
/// Largest record block read into memory; larger HTML responses are skipped with an error.
const MAX_RECORD_BYTES: u64 = MAX_PAGE_BYTES as u64 + 1024 * 1024;

/// True when `bytes` begin a WARC file: `WARC/`, or a gzip stream that decompresses to it.
pub fn looks_like_warc(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"WARC/") {
        return true;
    }
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return false;
    }
    let mut head = [0u8; 5];
    let mut gz = flate2::read::MultiGzDecoder::new(bytes);
    gz.read_exact(&mut head).is_ok() && &head == b"WARC/"
}

/// True when the name ends in `.warc` or `.warc.gz` (any case).
pub fn is_warc_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".warc") || lower.ends_with(".warc.gz")
}

/// A reader that counts the bytes taken out of it.
struct Counted<R> {
    inner: R,
    pos: u64,
}

impl<R: BufRead> Counted<R> {
    /// One line without its `\n` (and `\r`); `Ok(None)` at the end of the stream. Fails on a
    /// line longer than [`MAX_HEADER_LINE`].
    fn line(&mut self) -> Result<Option<Vec<u8>>, Broken> {
        let mut line = Vec::new();
        let n = (&mut self.inner)
            .take(MAX_HEADER_LINE as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(Broken::Io)?;
        self.pos += n as u64;
        if n == 0 {
            return Ok(None);
        }
        if line.last() != Some(&b'\n') {
            if n > MAX_HEADER_LINE {
                return Err(Broken::Corrupt(format!(
                    "a header line is over {} KB; this is not a WARC record",
                    MAX_HEADER_LINE / 1024
                )));
            }
            return Err(Broken::Truncated(
                "the file ends inside the record's headers".into(),
            ));
        }
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(Some(line))
    }

    /// Reads exactly `len` bytes; the count read when the stream ends first.
    fn block(&mut self, len: u64) -> Result<Vec<u8>, Broken> {
        let mut block = Vec::with_capacity(len.min(MAX_RECORD_BYTES) as usize);
        let n = (&mut self.inner)
            .take(len)
            .read_to_end(&mut block)
            .map_err(Broken::Io)?;
        self.pos += n as u64;
        if (n as u64) < len {
            return Err(short_block(n as u64, len));
        }
        Ok(block)
    }

    /// Skips exactly `len` bytes.
    fn skip(&mut self, len: u64) -> Result<(), Broken> {
        let n = std::io::copy(&mut (&mut self.inner).take(len), &mut std::io::sink())
            .map_err(Broken::Io)?;
        self.pos += n;
        if n < len {
            return Err(short_block(n, len));
        }
        Ok(())
    }
}

fn short_block(got: u64, len: u64) -> Broken {
    Broken::Truncated(format!(
        "the file ends {got} bytes into a record block of Content-Length {len}"
    ))
}

/// Why reading stopped.
enum Broken {
    Truncated(String),
    Corrupt(String),
    Io(std::io::Error),
}

/// One record's headers (names as written; looked up without regard to case).
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a WARC stream (plain or gzipped; detected by its first bytes) and hands each article,
/// and each record or stream problem, to `each`, which returns `false` to stop. `name` names
/// the input in origins (`name@offset`) and errors.
pub fn read_warc(
    name: &str,
    reader: impl Read,
    default_date: Option<NaiveDate>,
    each: &mut dyn FnMut(Result<SourcedArticle, InputError>) -> bool,
) {
    let mut raw = BufReader::with_capacity(64 * 1024, reader);
    let gzipped = match raw.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => {
            each(Err(InputError {
                input: name.to_string(),
                message: format!("cannot read: {e}"),
            }));
            return;
        }
    };
    let stream: Box<dyn BufRead> = if gzipped {
        Box::new(BufReader::with_capacity(
            64 * 1024,
            flate2::read::MultiGzDecoder::new(raw),
        ))
    } else {
        Box::new(raw)
    };
    let mut r = Counted {
        inner: stream,
        pos: 0,
    };
    let at = |offset: u64| format!("{name}@{offset}");
    let mut records = 0u64;
    loop {
        let mut start = r.pos;
        let outcome = next_record(&mut r, name, &mut start, default_date);
        let stop = match outcome {
            Ok(None) => {
                if records == 0 {
                    each(Err(InputError {
                        input: name.to_string(),
                        message: "empty WARC file; no records".into(),
                    }));
                }
                return;
            }
            Ok(Some(Record::Skipped)) => false,
            Ok(Some(Record::Article(a))) => !each(Ok(*a)),
            Ok(Some(Record::Failed(e))) => !each(Err(e)),
            Err(broken) => {
                let (kind, reason) = match broken {
                    Broken::Truncated(r) => ("truncated WARC", r),
                    Broken::Corrupt(r) => ("corrupt WARC", r),
                    Broken::Io(e) if gzipped => ("unreadable gzip data in the WARC", e.to_string()),
                    Broken::Io(e) => ("cannot read the WARC", e.to_string()),
                };
                let stream = if gzipped { " (decompressed)" } else { "" };
                each(Err(InputError {
                    input: at(start),
                    message: format!(
                        "{kind}: {reason}; stopped at the record at byte {start}{stream}, after {records} complete records"
                    ),
                }));
                return;
            }
        };
        records += 1;
        if stop {
            return;
        }
    }
}

enum Record {
    Article(Box<SourcedArticle>),
    Failed(InputError),
    Skipped,
}

/// Reads the next record; `Ok(None)` at a clean end of the stream. `start` becomes the offset
/// of its first line.
fn next_record<R: BufRead>(
    r: &mut Counted<R>,
    name: &str,
    start: &mut u64,
    default_date: Option<NaiveDate>,
) -> Result<Option<Record>, Broken> {
    // Records are separated by blank lines; tolerate any number of them.
    let version = loop {
        *start = r.pos;
        match r.line()? {
            None => return Ok(None),
            Some(l) if l.iter().all(|b| b.is_ascii_whitespace()) => continue,
            Some(l) => break l,
        }
    };
    let origin = &format!("{name}@{start}");
    match version.as_slice() {
        b"WARC/1.0" | b"WARC/1.1" => {}
        v if v.starts_with(b"WARC/") => {
            return Err(Broken::Corrupt(format!(
                "unsupported version {:?}; Lede reads WARC/1.0 and WARC/1.1",
                String::from_utf8_lossy(v)
            )))
        }
        v => {
            let shown: String = String::from_utf8_lossy(&v[..v.len().min(40)]).into_owned();
            return Err(Broken::Corrupt(format!(
                "expected a record header (WARC/1.0 or WARC/1.1), found {shown:?}"
            )));
        }
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut header_bytes = 0;
    loop {
        let Some(line) = r.line()? else {
            return Err(Broken::Truncated(
                "the file ends inside the record's headers".into(),
            ));
        };
        if line.is_empty() {
            break;
        }
        header_bytes += line.len();
        if header_bytes > MAX_HEADER_BYTES {
            return Err(Broken::Corrupt("record headers over 1 MB".into()));
        }
        let line = String::from_utf8_lossy(&line);
        if line.starts_with([' ', '\t']) {
            // A continuation of the previous header's value.
            match headers.last_mut() {
                Some((_, v)) => {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                None => {
                    return Err(Broken::Corrupt(
                        "a continuation line opens the headers".into(),
                    ))
                }
            }
            continue;
        }
        let Some((n, v)) = line.split_once(':') else {
            return Err(Broken::Corrupt(format!(
                "header line {:?} has no ':'",
                line.chars().take(40).collect::<String>()
            )));
        };
        headers.push((n.trim().to_string(), v.trim().to_string()));
    }
    let headers = Headers(headers);
    let len: u64 = match headers.get("Content-Length").map(|v| v.parse()) {
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            return Err(Broken::Corrupt(
                "the record's Content-Length is not a number".into(),
            ))
        }
        None => return Err(Broken::Corrupt("the record has no Content-Length".into())),
    };
    let is_response = headers
        .get("WARC-Type")
        .is_some_and(|t| t.eq_ignore_ascii_case("response"));
    let is_http = headers
        .get("Content-Type")
        .is_none_or(|t| t.to_ascii_lowercase().starts_with("application/http"));
    if !(is_response && is_http) {
        r.skip(len)?;
        return Ok(Some(Record::Skipped));
    }
    if len > MAX_RECORD_BYTES {
        r.skip(len)?;
        return Ok(Some(Record::Failed(InputError {
            input: origin.to_string(),
            message: format!(
                "response record is {} MB, over the {} MB limit for one page; skipped",
                len / (1024 * 1024),
                MAX_RECORD_BYTES / (1024 * 1024)
            ),
        })));
    }
    let block = r.block(len)?;
    Ok(Some(response_article(
        origin,
        &headers,
        block,
        default_date,
    )))
}

/// The article of one `response` record, if its payload is an HTML page.
fn response_article(
    origin: &str,
    headers: &Headers,
    block: Vec<u8>,
    default_date: Option<NaiveDate>,
) -> Record {
    let failed = |message: String| {
        Record::Failed(InputError {
            input: origin.to_string(),
            message,
        })
    };
    let body = match http_html_body(block) {
        Ok(Some(body)) => body,
        Ok(None) => return Record::Skipped,
        Err(e) => return failed(e),
    };
    let url = headers
        .get("WARC-Target-URI")
        .map(|u| u.trim_start_matches('<').trim_end_matches('>').trim())
        .filter(|u| !u.is_empty())
        .map(str::to_string);
    let warc_date = headers
        .get("WARC-Date")
        .and_then(|d| parse_date(d.get(..10).unwrap_or(d)));
    let (mut articles, errors) = read_html(origin, body, warc_date.or(default_date));
    if let Some(e) = errors.into_iter().next() {
        return Record::Failed(e);
    }
    let Some(mut a) = articles.pop() else {
        return Record::Skipped;
    };
    a.input.id = url.clone().unwrap_or_else(|| origin.to_string());
    if url.is_some() {
        a.url = url;
    }
    a.reader = "warc";
    Record::Article(Box::new(a))
}

/// The body of an HTTP response block when it is a 2xx HTML page (`Ok(None)` when it is
/// something else), with chunked transfer and gzip/deflate content encodings undone.
fn http_html_body(block: Vec<u8>) -> Result<Option<Vec<u8>>, String> {
    let (head_len, sep) = match find(&block, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => match find(&block, b"\n\n") {
            Some(i) => (i, 2),
            None => return Err("HTTP response without the blank line that ends its headers".into()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_len]).into_owned();
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.split_whitespace();
    let protocol = parts.next().unwrap_or("");
    let status: Option<u16> = parts.next().and_then(|s| s.parse().ok());
    if !protocol.starts_with("HTTP/") || status.is_none() {
        return Err(format!(
            "payload does not start with an HTTP status line ({:?})",
            status_line.chars().take(40).collect::<String>()
        ));
    }
    if !status.is_some_and(|s| (200..300).contains(&s)) {
        return Ok(None);
    }
    let header = |name: &str| {
        head.lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_ascii_lowercase())
    };
    let mut body = block[head_len + sep..].to_vec();
    if header("Transfer-Encoding").is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body)?;
    }
    match header("Content-Encoding").as_deref() {
        None | Some("") | Some("identity") => {}
        Some("gzip") | Some("x-gzip") => {
            body = inflate(flate2::read::MultiGzDecoder::new(body.as_slice()), "gzip")?
        }
        Some("deflate") => {
            // Servers send either zlib-wrapped or raw deflate under this name.
            body = inflate(flate2::read::ZlibDecoder::new(body.as_slice()), "deflate").or_else(
                |_| {
                    inflate(
                        flate2::read::DeflateDecoder::new(body.as_slice()),
                        "deflate",
                    )
                },
            )?
        }
        Some(other) => {
            return Err(format!(
                "HTTP Content-Encoding {other:?} is not supported (gzip and deflate are)"
            ))
        }
    }
    let html = match header("Content-Type") {
        Some(t) => t.starts_with("text/html") || t.starts_with("application/xhtml"),
        None => source_kind("", &body) == SourceKind::Html,
    };
    Ok(html.then_some(body))
}

fn inflate(decoder: impl Read, name: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    decoder
        .take(MAX_PAGE_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("HTTP body is not valid {name} data ({e})"))?;
    if out.len() > MAX_PAGE_BYTES {
        return Err(format!(
            "page is over the {} MB limit for one page once decompressed",
            MAX_PAGE_BYTES / (1024 * 1024)
        ));
    }
    Ok(out)
}

/// Undoes `Transfer-Encoding: chunked` (hex size lines, optional extensions, a last empty
/// chunk and optional trailers).
fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let Some(eol) = find(data, b"\n") else {
            return Err("chunked HTTP body ends without its last (empty) chunk".into());
        };
        let size_line = String::from_utf8_lossy(&data[..eol]);
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16)
            .map_err(|_| format!("chunked HTTP body has a bad chunk size {size_hex:?}"))?;
        data = &data[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        if data.len() < size {
            return Err(format!(
                "chunked HTTP body is cut short: a chunk of {size} bytes has {} left",
                data.len()
            ));
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size..];
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn page(title: &str, body: &str) -> String {
        let para = format!("{body} ").repeat(3);
        format!(
            "<!DOCTYPE html><html><head><title>{title}</title></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>\
             <article><h1>{title}</h1><p>{para}</p><p>Officials said the talks would resume next week after consultations.</p></article>\
             <footer>Subscribe to our newsletter</footer></body></html>"
        )
    }

    fn record(kind: &str, uri: &str, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n\
             WARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\nContent-Type: {content_type}\r\n\
             Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut b = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        b.extend_from_slice(body);
        b
    }

    fn response(uri: &str, headers: &str, body: &[u8]) -> Vec<u8> {
        record(
            "response",
            uri,
            "2025-11-28T10:00:00Z",
            "application/http; msgtype=response",
            &http(headers, body),
        )
    }

    const ONE: &str = "Foreign ministers of Iran and France met in Geneva on Monday to discuss the nuclear programme.";
    const TWO: &str = "Russian President Vladimir Putin met U.S. envoys in Moscow on Tuesday to discuss a ceasefire.";
    const THREE: &str =
        "Protesters marched in Kyiv on Sunday, and police detained twelve people, officials said.";

    /// A small archive: warcinfo, request, three HTML responses (plain, chunked, gzip-encoded),
    /// a redirect, an image, a metadata record.
    fn records() -> Vec<Vec<u8>> {
        let chunked = {
            let p = page("Envoys in Moscow", TWO).into_bytes();
            let (a, b) = p.split_at(p.len() / 3);
            let mut c = format!("{:x};ext=1\r\n", a.len()).into_bytes();
            c.extend_from_slice(a);
            c.extend_from_slice(format!("\r\n{:X}\r\n", b.len()).as_bytes());
            c.extend_from_slice(b);
            c.extend_from_slice(b"\r\n0\r\nX-Trailer: t\r\n\r\n");
            c
        };
        let gzipped = {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(page("March in Kyiv", THREE).as_bytes())
                .unwrap();
            gz.finish().unwrap()
        };
        vec![
            record(
                "warcinfo",
                "",
                "2025-11-28T09:00:00Z",
                "application/warc-fields",
                b"software: test\r\n",
            ),
            record(
                "request",
                "https://desk.test/geneva",
                "2025-11-28T10:00:00Z",
                "application/http; msgtype=request",
                b"GET /geneva HTTP/1.1\r\nHost: desk.test\r\n\r\n",
            ),
            response(
                "https://desk.test/geneva",
                "Content-Type: text/html; charset=utf-8\r\n",
                page("Talks in Geneva", ONE).as_bytes(),
            ),
            response(
                "<https://wire.test/moscow>",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &chunked,
            ),
            record(
                "response",
                "https://desk.test/old",
                "2025-11-28T10:00:00Z",
                "application/http; msgtype=response",
                b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://desk.test/new\r\n\r\n",
            ),
            response(
                "https://desk.test/logo.png",
                "Content-Type: image/png\r\n",
                b"\x89PNG\r\n\x1a\n\0\0",
            ),
            response(
                "https://news.test/kyiv",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &gzipped,
            ),
            record(
                "metadata",
                "https://news.test/kyiv",
                "2025-11-28T10:00:00Z",
                "application/warc-fields",
                b"fetchTimeMs: 12\r\n",
            ),
        ]
    }

    fn read(bytes: &[u8]) -> (Vec<SourcedArticle>, Vec<InputError>) {
        let mut articles = Vec::new();
        let mut errors = Vec::new();
        read_warc("t.warc", bytes, None, &mut |item| {
            match item {
                Ok(a) => articles.push(a),
                Err(e) => errors.push(e),
            }
            true
        });
        (articles, errors)
    }

    fn gzip_each(records: &[Vec<u8>]) -> Vec<u8> {
        let mut out = Vec::new();
        for r in records {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(r).unwrap();
            out.extend(gz.finish().unwrap());
        }
        out
    }

    fn check_three(articles: &[SourcedArticle]) {
        let urls: Vec<_> = articles
            .iter()
            .map(|a| a.url.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(
            urls,
            [
                "https://desk.test/geneva",
                "https://wire.test/moscow",
                "https://news.test/kyiv"
            ]
        );
        for (a, body) in articles.iter().zip([ONE, TWO, THREE]) {
            assert!(a.input.text.starts_with(body), "{}", a.input.text);
            assert!(!a.input.text.contains("Subscribe"), "{}", a.input.text);
            assert!(!a.input.text.contains("HTTP/1.1"), "{}", a.input.text);
            assert_eq!(
                a.input.date.map(|d| d.to_string()).as_deref(),
                Some("2025-11-28")
            );
            assert_eq!(a.reader, "warc");
            assert_eq!(a.input.id, a.url.clone().unwrap());
        }
        assert_eq!(articles[1].input.title.as_deref(), Some("Envoys in Moscow"));
    }

    #[test]
    fn html_responses_become_articles_and_other_records_are_skipped() {
        let plain: Vec<u8> = records().concat();
        let (a, e) = read(&plain);
        assert!(e.is_empty(), "{e:?}");
        check_three(&a);
        // Origins are the offsets where the records start.
        let start = records()[..2].iter().map(Vec::len).sum::<usize>();
        assert_eq!(a[0].origin, format!("t.warc@{start}"));
        assert_eq!(&plain[start..start + 8], b"WARC/1.1");
    }

    #[test]
    fn gzip_per_record_and_whole_file_read_the_same() {
        let per_record = gzip_each(&records());
        let (a, e) = read(&per_record);
        assert!(e.is_empty(), "{e:?}");
        check_three(&a);
        let whole = gzip_each(&[records().concat()]);
        let (b, e) = read(&whole);
        assert!(e.is_empty(), "{e:?}");
        check_three(&b);
        assert!(looks_like_warc(&per_record) && looks_like_warc(&whole));
        assert!(!looks_like_warc(&gzip_each(&[b"hello".to_vec()])));
    }

    #[test]
    fn a_truncated_record_stops_the_reading_after_the_complete_ones() {
        let rs = records();
        let plain = rs.concat();
        let cut_record = rs[..6].iter().map(Vec::len).sum::<usize>();
        // Cut inside the block of the gzip-encoded response.
        let (a, e) = read(&plain[..cut_record + 300]);
        assert_eq!(a.len(), 2, "the two complete pages before the cut are kept");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].input, format!("t.warc@{cut_record}"));
        assert!(e[0].message.contains("truncated WARC"), "{}", e[0].message);
        assert!(e[0].message.contains("Content-Length"), "{}", e[0].message);
        // Cut inside the headers.
        let (a, e) = read(&plain[..cut_record + 30]);
        assert_eq!((a.len(), e.len()), (2, 1));
        assert!(e[0].message.contains("headers"), "{}", e[0].message);
    }

    #[test]
    fn a_truncated_gzip_stops_at_the_broken_record() {
        let rs = records();
        let gz = gzip_each(&rs);
        let members: Vec<usize> = rs
            .iter()
            .map(|r| gzip_each(std::slice::from_ref(r)).len())
            .collect();
        let cut = members[..6].iter().sum::<usize>() + members[6] / 2;
        let (a, e) = read(&gz[..cut]);
        assert_eq!(a.len(), 2);
        assert_eq!(e.len(), 1, "{e:?}");
        let start = rs[..6].iter().map(Vec::len).sum::<usize>();
        assert_eq!(e[0].input, format!("t.warc@{start}"));
        assert!(e[0].message.contains("(decompressed)"), "{}", e[0].message);
    }

    #[test]
    fn corrupt_records_are_named_with_their_offset() {
        let rs = records();
        let mut bad = rs[..3].concat();
        let at = bad.len();
        bad.extend_from_slice(b"GARBAGE in the middle\r\n");
        bad.extend(rs[3..].concat());
        let (a, e) = read(&bad);
        assert_eq!(a.len(), 1);
        assert_eq!(e[0].input, format!("t.warc@{at}"));
        assert!(e[0].message.contains("corrupt WARC"), "{}", e[0].message);
        let no_length = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nxx".to_vec();
        let (_, e) = read(&no_length);
        assert!(
            e[0].message.contains("no Content-Length"),
            "{}",
            e[0].message
        );
        let (_, e) = read(b"WARC/2.0\r\n\r\n");
        assert!(
            e[0].message.contains("unsupported version"),
            "{}",
            e[0].message
        );
        let (a, e) = read(b"");
        assert!(a.is_empty());
        assert!(e[0].message.contains("empty"), "{}", e[0].message);
    }

    #[test]
    fn bad_http_payloads_fail_their_record_only() {
        let rs = records();
        let mut v = rs[2].clone();
        v.extend(response(
            "https://x.test/br",
            "Content-Type: text/html\r\nContent-Encoding: br\r\n",
            b"\x1b\x00",
        ));
        v.extend(response(
            "https://x.test/chunk",
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
            b"zz\r\nabc\r\n0\r\n\r\n",
        ));
        v.extend(rs[3].clone());
        let (a, e) = read(&v);
        assert_eq!(a.len(), 2);
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e[0].message.contains("\"br\""), "{}", e[0].message);
        assert!(e[1].message.contains("chunk size"), "{}", e[1].message);
    }

    #[test]
    fn dechunking_follows_the_sizes() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n").unwrap(),
            b"abcde"
        );
        assert_eq!(dechunk(b"A\nabcdefghij\n0\n").unwrap(), b"abcdefghij");
        assert!(dechunk(b"5\r\nab").is_err());
        assert!(dechunk(b"3\r\nabc\r\n").is_err());
    }
}
