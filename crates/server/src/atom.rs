//! Atom 1.0 feeds of events (RFC 4287), written by hand: a feed is a short, fixed shape.

use crate::dto::Event;
use std::fmt::Write;

/// Escapes text for XML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// `YYYY[-MM[-DD]]` as an RFC 3339 timestamp (midnight UTC of its first day).
fn timestamp(date: Option<&str>) -> String {
    let d = date.unwrap_or("1970-01-01");
    let mut parts = d.split('-');
    let y = parts.next().unwrap_or("1970");
    let m = parts.next().unwrap_or("01");
    let day = parts.next().unwrap_or("01");
    format!("{y}-{m}-{day}T00:00:00Z")
}

fn side_label(s: &Option<crate::dto::Side>) -> String {
    match s {
        Some(s) => s
            .name
            .clone()
            .or_else(|| s.code.clone())
            .or_else(|| s.text.clone())
            .unwrap_or_else(|| "?".into()),
        None => "—".into(),
    }
}

/// A feed of `events` (newest first), each with a stable id of its own.
/// `base` is the server's origin (`http://127.0.0.1:8080`); `self_path` the feed's own path.
pub fn events_feed(title: &str, base: &str, self_path: &str, events: &[(String, Event)]) -> String {
    let updated = timestamp(events.first().and_then(|(_, e)| e.date.as_deref()));
    let mut x = String::new();
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>{}</title>\n<id>{}</id>\n<updated>{updated}</updated>\n\
         <link rel=\"self\" href=\"{}\"/>\n<link rel=\"alternate\" href=\"{}/\"/>\n\
         <author><name>Lede</name></author>\n<generator>Lede</generator>\n",
        escape(title),
        escape(&format!("{base}{self_path}")),
        escape(&format!("{base}{self_path}")),
        escape(base),
    );
    for (id, e) in events {
        let title = format!(
            "{} → {}: {} ({})",
            side_label(&e.source),
            side_label(&e.target),
            e.plover.as_deref().unwrap_or("event"),
            e.code
        );
        let link = format!(
            "{base}/#/article/{}?hl={}-{}",
            urlencode(&e.article),
            e.start,
            e.end
        );
        let _ = write!(
            x,
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<updated>{}</updated>\n\
             <link href=\"{}\"/>\n<summary>{}</summary>\n</entry>\n",
            escape(&title),
            escape(&format!("{base}/api/v1/events#{}", atom_id(id))),
            timestamp(e.date.as_deref()),
            escape(&link),
            escape(&e.sentence),
        );
    }
    x.push_str("</feed>\n");
    x
}

fn atom_id(id: &str) -> String {
    urlencode(id)
}

/// Percent-encodes a path segment or query value.
pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped_and_control_characters_dropped() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(timestamp(Some("2025-12")), "2025-12-01T00:00:00Z");
        let feed = events_feed("t <x>", "http://h", "/f", &[]);
        assert!(feed.contains("<title>t &lt;x&gt;</title>"));
        assert!(feed.ends_with("</feed>\n"));
    }
}
