//! Small string builders for the coding path: what `format!` would give, in one allocation
//! and without the formatting machinery (noun phrases, actors and events each build several).

/// The concatenation of `parts`.
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `prefix` followed by `s` lower-cased as [`str::to_lowercase`] does.
pub(crate) fn prefixed_lower(prefix: &str, s: &str) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(prefix.len() + s.len());
        out.push_str(prefix);
        out.push_str(s);
        out[prefix.len()..].make_ascii_lowercase();
        out
    } else {
        concat(&[prefix, &s.to_lowercase()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_match_format() {
        assert_eq!(
            concat(&["g:", "USAGOV", ":", "officials"]),
            "g:USAGOV:officials"
        );
        assert_eq!(concat(&[]), "");
        for s in ["Vladimir Putin", "ΟΔΟΣ Σ", "İstanbul", "", "already lower"] {
            assert_eq!(prefixed_lower("p:", s), format!("p:{}", s.to_lowercase()));
        }
    }
}
