//! Article identity: the key that makes inserts idempotent, and the text hash that links
//! syndicated copies. Pure functions, no SQL.

const FNV_OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
const FNV_PRIME: u128 = 0x0000000001000000000000000000013B;

/// FNV-1a, 128-bit: stable across platforms and Rust versions (unlike `DefaultHasher`), and
/// wide enough that tens of millions of articles do not collide in practice.
pub fn fnv1a_128(bytes: impl IntoIterator<Item = u8>) -> u128 {
    let mut h = FNV_OFFSET;
    for b in bytes {
        h = (h ^ b as u128).wrapping_mul(FNV_PRIME);
    }
    h
}

/// Hash of the text with case, punctuation and spacing folded away: the same story re-wrapped,
/// re-punctuated or re-spaced hashes the same. It hashes the words (alphanumeric runs, lower
/// case) joined by single spaces, without building that string.
pub fn text_hash(text: &str) -> String {
    let mut h = FNV_OFFSET;
    let mut gap = false;
    let mut started = false;
    for c in text.chars() {
        if !c.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && started {
            h = (h ^ b' ' as u128).wrapping_mul(FNV_PRIME);
        }
        gap = false;
        started = true;
        if c.is_ascii() {
            h = (h ^ c.to_ascii_lowercase() as u128).wrapping_mul(FNV_PRIME);
        } else {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    h = (h ^ b as u128).wrapping_mul(FNV_PRIME);
                }
            }
        }
    }
    format!("{h:032x}")
}

/// [`article_key`] when the [`text_hash`] is already known.
pub(crate) fn article_key_hashed(url: Option<&str>, hash: &str) -> String {
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => format!("url:{}", normalize_url(u)),
        None => format!("text:{hash}"),
    }
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
        // The same as hashing the folded words outright.
        assert_eq!(
            a,
            format!(
                "{:032x}",
                fnv1a_128(*b"putin met witkoff in moscow talks lasted five hours")
            )
        );
        assert_eq!(
            text_hash("ÉTAT, état"),
            format!("{:032x}", fnv1a_128("état état".bytes()))
        );
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
