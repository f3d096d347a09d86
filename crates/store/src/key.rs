//! Article identity: the key that makes inserts idempotent, and the text hash that links
//! syndicated copies. Pure functions, no SQL.

/// FNV-1a, 128-bit: stable across platforms and Rust versions (unlike `DefaultHasher`), and
/// wide enough that tens of millions of articles do not collide in practice.
pub fn fnv1a_128(bytes: impl IntoIterator<Item = u8>) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for b in bytes {
        h ^= b as u128;
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// Hash of the text with case, punctuation and spacing folded away: the same story re-wrapped,
/// re-punctuated or re-spaced hashes the same.
pub fn text_hash(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_space && !folded.is_empty() {
                folded.push(' ');
            }
            pending_space = false;
            folded.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    format!("{:032x}", fnv1a_128(folded.bytes()))
}

/// A URL as an identity: trimmed, without its `#fragment`, scheme and host in lower case.
pub fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            let host_end = rest.find('/').unwrap_or(rest.len());
            format!(
                "{}://{}{}",
                url[..i].to_ascii_lowercase(),
                rest[..host_end].to_ascii_lowercase(),
                &rest[host_end..]
            )
        }
        None => url.to_string(),
    }
}

/// The key an article is stored under: its URL when it has one, else the hash of its
/// normalized text. Two inputs with the same key are the same article.
pub fn article_key(url: Option<&str>, text: &str) -> String {
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => format!("url:{}", normalize_url(u)),
        None => format!("text:{}", text_hash(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_hash_folds_case_spacing_and_punctuation() {
        let a = text_hash("Putin met Witkoff in Moscow.\n\nTalks lasted five hours.");
        let b = text_hash("  putin met  witkoff in moscow —  talks lasted five hours ");
        assert_eq!(a, b);
        assert_ne!(
            a,
            text_hash("Putin met Kushner in Moscow. Talks lasted five hours.")
        );
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn url_keys_ignore_fragment_and_host_case() {
        assert_eq!(
            article_key(Some(" HTTPS://Example.COM/News/1#top "), "x"),
            "url:https://example.com/News/1"
        );
        assert_eq!(article_key(Some(""), "Hello"), article_key(None, "hello!"));
        assert!(article_key(None, "hello").starts_with("text:"));
    }
}
