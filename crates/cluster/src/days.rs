//! Calendar days as integers (days since 1970-01-01), without a clock.

/// The day number of an ISO date (`YYYY-MM-DD`, or `YYYY-MM` as its first day); `None` when the
/// text is not one.
pub fn parse_day(s: &str) -> Option<i32> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i32> {
        let part = s.get(r)?;
        if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let y = num(0..4)?;
    if b.len() < 7 || b[4] != b'-' {
        return None;
    }
    let m = num(5..7)?;
    let d = if b.len() >= 10 && b[7] == b'-' {
        num(8..10)?
    } else {
        1
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m as u32, d as u32))
}

/// ISO `YYYY-MM-DD` of a day number.
pub fn format_day(day: i32) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = (y - era * 400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i32 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(
            parse_day("2024-03-01").unwrap() - parse_day("2024-02-28").unwrap(),
            2
        );
        for s in ["2025-12-03", "2000-02-29", "1999-12-31"] {
            assert_eq!(format_day(parse_day(s).unwrap()), s);
        }
        assert_eq!(parse_day("2025-12"), parse_day("2025-12-01"));
        assert_eq!(parse_day("2025"), None);
        assert_eq!(parse_day("2025-13-01"), None);
        assert_eq!(parse_day("soon"), None);
        assert_eq!(parse_day("2025-1é-01"), None);
    }
}
