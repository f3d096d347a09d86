//! Character normalization with a byte map back to the raw text.
//!
//! Curly and angled quotes become `"` and `'`, dashes become `-` (en dash) or `--` (em dash),
//! odd spaces become ASCII spaces, zero-width characters and soft hyphens disappear, HTML
//! entities are decoded (then normalized the same way), `\r\n` becomes `\n`, `…` becomes `...`.

use lede_model::Span;

/// Normalized text and, for each of its bytes, the raw byte range of the character that
/// produced it.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// For each byte of `text`, its raw range; empty when `text` is the raw text itself, all
    /// ASCII (byte `k` from raw byte `k`: most articles, and no map to build).
    src: Vec<(u32, u32)>,
    raw_len: u32,
}

impl Normalized {
    /// The raw span that produced the normalized span `span`.
    pub fn raw_span(&self, span: Span) -> Span {
        if span.start >= self.text.len() {
            return Span::new(self.raw_len as usize, self.raw_len as usize);
        }
        if self.src.is_empty() {
            // (the text is the raw text: what the map would say of it)
            let end = if span.end <= span.start {
                span.start
            } else {
                span.end.min(self.text.len())
            };
            return Span::new(span.start, end);
        }
        let start = self.src[span.start].0 as usize;
        if span.end <= span.start {
            return Span::new(start, start);
        }
        let end = self.src[(span.end - 1).min(self.src.len() - 1)].1 as usize;
        Span::new(start, end.max(start))
    }

    /// The raw character that produced normalized byte `at` (for telling “ from ”).
    pub fn raw_char_span(&self, at: usize) -> Option<(usize, usize)> {
        if self.src.is_empty() {
            return (at < self.text.len()).then_some((at, at + 1));
        }
        self.src.get(at).map(|&(a, b)| (a as usize, b as usize))
    }
}

fn push(out: &mut Normalized, s: &str, from: usize, to: usize) {
    out.text.push_str(s);
    for _ in 0..s.len() {
        out.src.push((from as u32, to as u32));
    }
}

/// Maps one character to its normalized form, or `None` to keep it as is.
fn map_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{FF02}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
        | '\u{2032}' | '\u{02BC}' | '\u{FF07}' => "'",
        '\u{2013}' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => "-",
        '\u{2014}' | '\u{2015}' => "--",
        '\u{2026}' => "...",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => " ",
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        '\r' => "",
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        c if c.is_control() && c != '\n' => " ",
        _ => return None,
    })
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let n = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return char::from_u32(n);
    }
    Some(match name {
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => '\u{00A0}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "laquo" => '\u{00AB}',
        "raquo" => '\u{00BB}',
        "hellip" => '\u{2026}',
        "shy" => '\u{00AD}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "iacute" => 'í',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "szlig" => 'ß',
        "euro" => '€',
        "pound" => '£',
        "copy" => '©',
        _ => return None,
    })
}

/// Per byte: ASCII that stays as it is (printable characters other than those that may open
/// an entity or a quote pair, and line feeds), one look-up a byte.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b >= b' ' && b <= b'~' && !matches!(b, b'&' | b'`' | b'\'') || b == b'\n';
        i += 1;
    }
    t
};

/// Normalizes `raw`, keeping for every output byte the raw range it came from.
pub fn normalize(raw: &str) -> Normalized {
    if is_normal(raw.as_bytes()) {
        return Normalized {
            text: raw.to_string(),
            src: Vec::new(),
            raw_len: raw.len() as u32,
        };
    }
    normalize_mapped(raw)
}

/// Whether normalizing ASCII `raw` changes nothing: its bytes are [`PLAIN`], or a `'` or a
/// `` ` `` not doubled (a single one stays as it is).
fn is_normal(raw: &[u8]) -> bool {
    let mut prev = 0u8;
    for &b in raw {
        if !(PLAIN[usize::from(b)] || matches!(b, b'\'' | b'`') && prev != b) {
            return false;
        }
        prev = b;
    }
    true
}

/// [`normalize`] with the map of every output byte to its raw range.
fn normalize_mapped(raw: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(raw.len()),
        src: Vec::with_capacity(raw.len()),
        raw_len: raw.len() as u32,
    };
    let bytes = raw.as_bytes();
    // ASCII that stays as it is: printable characters other than those that may open an
    // entity or a quote pair, and line feeds
    let plain = |b: u8| PLAIN[usize::from(b)];
    let mut i = 0;
    while i < raw.len() {
        if plain(bytes[i]) {
            let start = i;
            while i < bytes.len() && plain(bytes[i]) {
                i += 1;
            }
            out.text.push_str(&raw[start..i]);
            out.src
                .extend((start..i).map(|k| (k as u32, (k + 1) as u32)));
            continue;
        }
        let c = raw[i..].chars().next().unwrap_or(' ');
        let w = c.len_utf8();
        // HTML entity: &name; or &#123; within 10 bytes.
        if c == '&' {
            if let Some(semi) = bytes[i + 1..bytes.len().min(i + 12)]
                .iter()
                .position(|&b| b == b';')
            {
                let name = &raw[i + 1..i + 1 + semi];
                if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#')
                {
                    if let Some(d) = entity(name) {
                        let end = i + semi + 2;
                        let mut buf = [0u8; 4];
                        let s = map_char(d).unwrap_or_else(|| d.encode_utf8(&mut buf));
                        // `map_char` returns 'static; the encoded form lives in `buf`.
                        let s = s.to_string();
                        push(&mut out, &s, i, end);
                        i = end;
                        continue;
                    }
                }
            }
        }
        // `` and '' (old wire style) become double quotes.
        if (c == '`' && bytes.get(i + 1) == Some(&b'`'))
            || (c == '\'' && bytes.get(i + 1) == Some(&b'\''))
        {
            push(&mut out, "\"", i, i + 2);
            i += 2;
            continue;
        }
        if c == '\r' && bytes.get(i + 1) == Some(&b'\n') {
            push(&mut out, "\n", i, i + 2);
            i += 2;
            continue;
        }
        match map_char(c) {
            Some(s) => push(&mut out, s, i, i + w),
            None => {
                out.text.push(c);
                for _ in 0..w {
                    out.src.push((i as u32, (i + w) as u32));
                }
            }
        }
        i += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_text_maps_as_the_map_would() {
        for raw in [
            "",
            "Russia accused Ukraine of shelling a power station on Monday.",
            "Ukraine's army said 'no' and `yes` to\nthe plan (2,000 troops).",
            "a''b",
            "0123456789abcde''f",
            "0123456789abcdef'and'more text of a second block''",
            "a``b",
            "x'",
            "`",
            "R&D",
            "tab\there",
            "caf\u{e9} \u{201C}quoted\u{201D}",
        ] {
            let fast = normalize(raw);
            let mapped = normalize_mapped(raw);
            assert_eq!(fast.text, mapped.text, "{raw:?}");
            assert_eq!(fast.src.is_empty(), is_normal(raw.as_bytes()), "{raw:?}");
            let by_table = raw.bytes().enumerate().all(|(i, b)| {
                PLAIN[usize::from(b)]
                    || matches!(b, b'\'' | b'`') && raw.as_bytes().get(i + 1) != Some(&b)
            });
            assert_eq!(is_normal(raw.as_bytes()), by_table, "{raw:?}");
            let n = raw.len() + 2;
            for start in 0..n {
                assert_eq!(
                    fast.raw_char_span(start),
                    mapped.raw_char_span(start),
                    "{raw:?}"
                );
                for end in start..n {
                    let span = Span::new(start, end);
                    assert_eq!(
                        fast.raw_span(span),
                        mapped.raw_span(span),
                        "{raw:?} {span:?}"
                    );
                }
            }
        }
    }
}
