//! Near-copies: syndicated versions of one report that differ in a headline, a byline, a
//! dateline or a trimmed sentence. Pure functions, no SQL.
//!
//! A text's words (alphanumeric runs, lower case, as [`crate::text_hash`] folds them) make
//! overlapping four-word shingles; a MinHash sketch of [`HASHES`] values over them is cut into
//! [`BANDS`] bands, and an article is a candidate copy of any stored original sharing a band
//! (locality-sensitive hashing: two texts with shingle overlap 0.8 share a band with
//! probability above 0.98). A candidate is a copy only when [`is_near_copy`] says so on the two
//! texts themselves: shingle Jaccard of at least [`MIN_JACCARD`], the same numbers (an update
//! that changes a death toll is a new report, not a copy), and dates at most
//! [`MAX_DAYS_APART`] apart.

use std::collections::HashSet;

/// Words per shingle.
const SHINGLE: usize = 4;
/// MinHash values per text.
const HASHES: usize = 32;
/// Bands the sketch is cut into (`HASHES / BANDS` values each).
const BANDS: usize = 8;
/// Texts with fewer shingles are matched only when their folded text is the same.
const MIN_SHINGLES: usize = 24;
/// Least shingle overlap (intersection over union) of a near-copy.
pub const MIN_JACCARD: f64 = 0.8;
/// Most days between the dates of a near-copy and its original.
pub const MAX_DAYS_APART: i64 = 2;

fn fnv64(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

const FNV64: u64 = 0xcbf2_9ce4_8422_2325;

/// Numbers written as words, compared like figures.
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "half",
    "first",
    "second",
    "third",
];

/// splitmix64's finalizer: a bijective mix, so `mix(x ^ seed)` is a random-like permutation.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The folded words of `text`, each as a 64-bit hash, and the numbers among them.
fn words(text: &str) -> (Vec<u64>, Vec<String>) {
    let mut out = Vec::new();
    let mut numbers = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<u64>, numbers: &mut Vec<String>| {
        if cur.is_empty() {
            return;
        }
        out.push(cur.bytes().fold(FNV64, fnv64));
        if cur.bytes().any(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(&cur.as_str()) {
            numbers.push(cur.clone());
        }
        cur.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else {
            flush(&mut cur, &mut out, &mut numbers);
        }
    }
    flush(&mut cur, &mut out, &mut numbers);
    (out, numbers)
}

fn shingles(words: &[u64]) -> HashSet<u64> {
    words
        .windows(SHINGLE)
        .map(|w| w.iter().fold(FNV64, |h, &x| mix(h ^ x)))
        .collect()
}

/// The band keys of `text`'s sketch, or none when the text is too short for near matching.
pub fn band_keys(text: &str) -> Vec<i64> {
    let (w, _) = words(text);
    let sh = shingles(&w);
    if sh.len() < MIN_SHINGLES {
        return Vec::new();
    }
    let mut sig = [u64::MAX; HASHES];
    for &s in &sh {
        for (i, m) in sig.iter_mut().enumerate() {
            let v = mix(s ^ mix(i as u64 + 1));
            if v < *m {
                *m = v;
            }
        }
    }
    let rows = HASHES / BANDS;
    sig.chunks(rows)
        .enumerate()
        .map(|(b, vals)| {
            let h = vals.iter().fold(mix(b as u64 + 0x9e37), |h, &v| mix(h ^ v));
            h as i64
        })
        .collect()
}

/// Days since 1970-01-01 of an ISO date's first ten characters.
fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    let y: i64 = d.get(..4)?.parse().ok()?;
    let m: i64 = d.get(5..7)?.parse().ok()?;
    let day: i64 = d.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Whether `a` (dated `a_date`) is a near-copy of `b`: see the module documentation.
/// Returns the shingle overlap when it is.
pub fn is_near_copy(a: &str, a_date: Option<&str>, b: &str, b_date: Option<&str>) -> Option<f64> {
    if let (Some(x), Some(y)) = (a_date.and_then(day_number), b_date.and_then(day_number)) {
        if (x - y).abs() > MAX_DAYS_APART {
            return None;
        }
    }
    let (wa, mut na) = words(a);
    let (wb, mut nb) = words(b);
    na.sort_unstable();
    na.dedup();
    nb.sort_unstable();
    nb.dedup();
    if na != nb {
        return None;
    }
    let (sa, sb) = (shingles(&wa), shingles(&wb));
    if sa.len() < MIN_SHINGLES || sb.len() < MIN_SHINGLES {
        return None;
    }
    let inter = sa.intersection(&sb).count();
    let union = sa.len() + sb.len() - inter;
    let j = inter as f64 / union.max(1) as f64;
    (j >= MIN_JACCARD).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "Russian President Vladimir Putin met U.S. envoys Steve Witkoff and Jared \
        Kushner in Moscow on Tuesday for five hours of talks on a plan to end the war in Ukraine, \
        the Kremlin said. Aide Yuri Ushakov told reporters that no compromise had been found on \
        territory but that some of the American proposals could be discussed. The envoys are \
        due to brief Ukrainian officials in Miami later this week, a State Department \
        spokesperson said, adding that the 28-point plan had been revised to 19 points.";

    #[test]
    fn a_syndicated_copy_with_a_new_dateline_and_byline_is_near() {
        let copy = format!(
            "MOSCOW (Wire) - {} Reporting by a staff writer; editing by the desk.",
            WIRE.replace("Tuesday", "Tuesday,")
        );
        let j = is_near_copy(&copy, Some("2025-12-03"), WIRE, Some("2025-12-02"));
        assert!(j.is_some_and(|j| j >= MIN_JACCARD), "{j:?}");
        // And the sketches share a band, so the store finds the candidate.
        let (a, b) = (band_keys(&copy), band_keys(WIRE));
        assert_eq!(a.len(), BANDS);
        assert!(a.iter().any(|k| b.contains(k)));
    }

    #[test]
    fn changed_numbers_a_rewrite_or_a_far_date_are_not_copies() {
        let update = WIRE.replace("five hours", "six hours");
        assert_eq!(is_near_copy(&update, None, WIRE, None), None);
        let rewrite = "Vladimir Putin received the American envoys Witkoff and Kushner at the \
            Kremlin for talks that lasted into the night. The Russian side, according to Yuri \
            Ushakov, found parts of the American plan acceptable but rejected the territorial \
            terms; the envoys fly to Miami to meet the Ukrainians, officials said, with a \
            28-point plan now cut to 19 points.";
        assert_eq!(is_near_copy(rewrite, None, WIRE, None), None);
        assert_eq!(
            is_near_copy(WIRE, Some("2025-12-09"), WIRE, Some("2025-12-02")),
            None
        );
        assert!(is_near_copy(WIRE, Some("2025-12-04"), WIRE, Some("2025-12-02")).is_some());
    }

    #[test]
    fn short_texts_have_no_sketch() {
        assert!(band_keys("Putin met the envoys in Moscow.").is_empty());
        assert!(band_keys("").is_empty());
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(day_number("2024-13-01"), None);
    }
}
