//! Query strings: parsed strictly (unknown or repeated names are errors), validated into the
//! store's filters. Every problem is a 400 from the error table, never a 500.

use crate::error::{ApiError, ErrorCode};
use lede_store::{EventKey, Filter};
use std::collections::BTreeMap;

/// Page size when none is asked for.
pub const DEFAULT_LIMIT: u32 = 50;
/// Page sizes above this are capped to it.
pub const MAX_LIMIT: u32 = 500;
/// Offset paging goes this deep at most (events page by cursor, without a bound).
pub const MAX_OFFSET: u32 = 10_000;

/// The filter names every list route takes, as the CLI's query commands do.
pub const FILTER_NAMES: &[&str] = &["actor", "country", "root", "plover", "from", "to", "q"];

/// A parsed query string.
#[derive(Debug, Default)]
pub struct Params(BTreeMap<String, String>);

impl Params {
    /// Parses `raw`, refusing names not in `allowed` and names given twice.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut map = BTreeMap::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if !allowed.contains(&k.as_ref()) {
                return Err(ApiError::new(
                    ErrorCode::UnknownParameter,
                    format!(
                        "unknown parameter `{k}`; this route takes {}",
                        if allowed.is_empty() {
                            "no parameters".to_string()
                        } else {
                            allowed.join(", ")
                        }
                    ),
                ));
            }
            if map.insert(k.to_string(), v.to_string()).is_some() {
                return Err(ApiError::new(
                    ErrorCode::DuplicateParameter,
                    format!("parameter `{k}` is given twice; give it once"),
                ));
            }
        }
        Ok(Params(map))
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// A non-empty text value of at most `max` bytes.
    fn text(&self, name: &str, max: usize) -> Result<Option<String>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) if v.trim().is_empty() => Err(ApiError::param(format!(
                "`{name}` is empty; give a value or leave it out"
            ))),
            Some(v) if v.len() > max => Err(ApiError::param(format!(
                "`{name}` is {} bytes long; at most {max} are taken",
                v.len()
            ))),
            Some(v) => Ok(Some(v.trim().to_string())),
        }
    }

    /// The store filter these parameters ask for (without a limit).
    pub fn filter(&self) -> Result<Filter, ApiError> {
        let date = |name: &str| -> Result<Option<String>, ApiError> {
            match self.get(name) {
                None => Ok(None),
                Some(d) if valid_date(d) => Ok(Some(d.to_string())),
                Some(d) => Err(ApiError::param(format!(
                    "`{name}` {d:?} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
                ))),
            }
        };
        let root = match self.get("root") {
            None => None,
            Some(r) if !r.is_empty() && r.len() <= 2 && r.bytes().all(|b| b.is_ascii_digit()) => {
                Some(r.to_string())
            }
            Some(r) => {
                return Err(ApiError::param(format!(
                    "`root` {r:?} is not a CAMEO root; write two digits such as 04"
                )))
            }
        };
        let country = match self.get("country") {
            None => None,
            Some(c) if c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Some(c.to_ascii_uppercase())
            }
            Some(c) => {
                return Err(ApiError::param(format!(
                    "`country` {c:?} is not an ISO 3166-1 alpha-3 code such as USA"
                )))
            }
        };
        let plover = match self.get("plover") {
            None => None,
            Some(p)
                if !p.is_empty()
                    && p.len() <= 40
                    && p.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') =>
            {
                Some(p.to_string())
            }
            Some(p) => {
                return Err(ApiError::param(format!(
                    "`plover` {p:?} is not a PLOVER category such as CONSULT"
                )))
            }
        };
        Ok(Filter {
            actor: self.text("actor", 200)?,
            country,
            root,
            plover,
            from: date("from")?,
            to: date("to")?,
            text: self.text("q", 500)?,
            limit: None,
        })
    }

    /// The page size: [`DEFAULT_LIMIT`] when absent, capped to [`MAX_LIMIT`].
    pub fn limit(&self) -> Result<u32, ApiError> {
        match self.get("limit") {
            None => Ok(DEFAULT_LIMIT),
            Some(v) => match v.parse::<u64>() {
                Ok(n) if n >= 1 => Ok(n.min(MAX_LIMIT as u64) as u32),
                _ => Err(ApiError::param(format!(
                    "`limit` {v:?} is not a positive integer; pages hold 1 to {MAX_LIMIT} rows"
                ))),
            },
        }
    }

    pub fn offset(&self) -> Result<u32, ApiError> {
        match self.get("offset") {
            None => Ok(0),
            Some(v) => match v.parse::<u64>() {
                Ok(n) if n <= MAX_OFFSET as u64 => Ok(n as u32),
                Ok(_) => Err(ApiError::param(format!(
                    "`offset` {v} is deeper than {MAX_OFFSET}; narrow the filters"
                ))),
                Err(_) => Err(ApiError::param(format!(
                    "`offset` {v:?} is not a non-negative integer"
                ))),
            },
        }
    }

    /// `order=asc|desc` (oldest or newest first), `asc` by default.
    pub fn newest_first(&self) -> Result<bool, ApiError> {
        match self.get("order") {
            None | Some("asc") => Ok(false),
            Some("desc") => Ok(true),
            Some(v) => Err(ApiError::param(format!(
                "`order` {v:?} is neither asc nor desc"
            ))),
        }
    }

    pub fn cursor(&self) -> Result<Option<EventKey>, ApiError> {
        self.get("cursor").map(decode_cursor).transpose()
    }

    /// A non-negative integer parameter.
    pub fn integer(&self, name: &str) -> Result<Option<i64>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => match v.parse::<i64>() {
                Ok(n) if n >= 0 => Ok(Some(n)),
                _ => Err(ApiError::param(format!(
                    "`{name}` {v:?} is not a non-negative integer"
                ))),
            },
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible numbers.
pub fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, len: usize, lo: u32, hi: u32| {
        s.len() == len
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    match parts.as_slice() {
        [y] => num(y, 4, 0, 9999),
        [y, m] => num(y, 4, 0, 9999) && num(m, 2, 1, 12),
        [y, m, day] => num(y, 4, 0, 9999) && num(m, 2, 1, 12) && num(day, 2, 1, 31),
        _ => false,
    }
}

/// An event cursor: `ID` for an event without a date, `ID.DATE` otherwise.
pub fn encode_cursor(k: &EventKey) -> String {
    match &k.date {
        Some(d) => format!("{}.{d}", k.id),
        None => k.id.to_string(),
    }
}

pub fn decode_cursor(s: &str) -> Result<EventKey, ApiError> {
    let bad = || {
        ApiError::new(
            ErrorCode::InvalidCursor,
            format!("cursor {s:?} was not handed out by this API; follow a page's `next` link"),
        )
    };
    let (id, date) = match s.split_once('.') {
        Some((id, d)) => (id, Some(d)),
        None => (s, None),
    };
    let id: i64 = id.parse().map_err(|_| bad())?;
    if id < 0 || date.is_some_and(|d| !valid_date(d)) {
        return Err(bad());
    }
    Ok(EventKey {
        date: date.map(str::to_string),
        id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_names_and_values() {
        let all = ["actor", "limit", "from"];
        assert_eq!(
            Params::parse(Some("actor=x&actr=y"), &all)
                .unwrap_err()
                .code,
            ErrorCode::UnknownParameter
        );
        assert_eq!(
            Params::parse(Some("actor=x&actor=y"), &all)
                .unwrap_err()
                .code,
            ErrorCode::DuplicateParameter
        );
        let p = Params::parse(Some("actor=Vladimir%20Putin&limit=100000"), &all).unwrap();
        assert_eq!(p.filter().unwrap().actor.as_deref(), Some("Vladimir Putin"));
        assert_eq!(p.limit().unwrap(), MAX_LIMIT);
        for bad in [
            "limit=0",
            "limit=-1",
            "limit=ten",
            "from=2025-13-01",
            "from=12/03/2025",
        ] {
            let p = Params::parse(Some(bad), &all).unwrap();
            assert!(p.limit().is_err() || p.filter().is_err(), "{bad}");
        }
        assert!(valid_date("2025") && valid_date("2025-12") && valid_date("2025-12-03"));
        assert!(!valid_date("2025-1-03") && !valid_date("") && !valid_date("2025-12-03-1"));
    }

    #[test]
    fn cursors_round_trip_and_junk_is_refused() {
        for k in [
            EventKey {
                date: Some("2025-12-02".into()),
                id: 42,
            },
            EventKey { date: None, id: 7 },
        ] {
            assert_eq!(decode_cursor(&encode_cursor(&k)).unwrap(), k);
        }
        for junk in ["", "x", "-3", "5.garbage", "5.2025-12-02'--"] {
            assert_eq!(
                decode_cursor(junk).unwrap_err().code,
                ErrorCode::InvalidCursor
            );
        }
    }
}
