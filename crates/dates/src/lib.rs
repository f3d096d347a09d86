//! lede-dates: finds date expressions in English news text and normalises them.
//!
//! Entry point: [`find_dates`], which takes a whole (normalised) article and its
//! publication date and returns every date expression found, as byte spans with
//! a [`DateValue`], plus [`DateDiagnostic`]s for doubtful material (ambiguous
//! numeric dates, impossible calendar dates, weekday/date mismatches).
//!
//! Covered: absolute dates in the common orders and abbreviations ("December 2,
//! 2025", "2 Dec 2025", "Dec. 2", "the 2nd of December", "2025-12-02",
//! "12/02/2025", "December 2025", "in 1990"), relative expressions resolved
//! against the article date ("today", "yesterday", "last week", "on Tuesday",
//! "three weeks ago", "earlier this month") and ranges ("March 23-25, 2025",
//! "from 2 to 5 December", "between 2020 and 2022").
//!
//! The scanner is a single byte-level pass with no regular expressions; it never
//! panics, whatever the input. Relative expressions (including month-day forms
//! without a year) are skipped when no article date is given: no value is
//! invented.
//!
//! This crate depends only on `chrono`. It must not depend on other Lede crates
//! (the model, tagger or pipeline): it is a leaf that they may use.

mod rules;
mod scan;

use chrono::Datelike;
pub use chrono::NaiveDate;

/// A normalised date value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateValue {
    /// A single calendar day.
    Day(NaiveDate),
    /// A calendar month.
    Month { year: i32, month: u32 },
    /// A calendar year.
    Year(i32),
    /// An inclusive range between two values of the same granularity.
    Range {
        from: Box<DateValue>,
        to: Box<DateValue>,
    },
}

impl DateValue {
    /// ISO-style rendering: "2025-12-02", "2025-12", "2025"; a range renders as its start.
    pub fn iso(&self) -> String {
        // (years 0 to 9999 and months below 100 written digit by digit: what the formats
        // below write for them, without the formatting machinery)
        let four = |y: i32| u32::try_from(y).ok().filter(|&y| y <= 9999);
        match self {
            DateValue::Day(d) => match four(d.year()) {
                Some(y) => {
                    let mut out = String::with_capacity(10);
                    push_digits(&mut out, [y / 100, y % 100, d.month(), d.day()], 3);
                    out
                }
                None => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            },
            DateValue::Month { year, month } => match four(*year).filter(|_| *month < 100) {
                Some(y) => {
                    let mut out = String::with_capacity(7);
                    push_digits(&mut out, [y / 100, y % 100, *month, 0], 2);
                    out
                }
                None => format!("{year:04}-{month:02}"),
            },
            DateValue::Year(y) => match four(*y) {
                Some(y) => {
                    let mut out = String::with_capacity(4);
                    push_digits(&mut out, [y / 100, y % 100, 0, 0], 1);
                    out
                }
                None => format!("{y:04}"),
            },
            DateValue::Range { from, .. } => from.iso(),
        }
    }

    /// First calendar day covered by the value (`None` only for impossible months/years).
    pub fn first_day(&self) -> Option<NaiveDate> {
        match self {
            DateValue::Day(d) => Some(*d),
            DateValue::Month { year, month } => NaiveDate::from_ymd_opt(*year, *month, 1),
            DateValue::Year(y) => NaiveDate::from_ymd_opt(*y, 1, 1),
            DateValue::Range { from, .. } => from.first_day(),
        }
    }
}

/// Appends `pairs[..=last]` (each below 100) as two digits each, with a `-` before the third
/// and the fourth: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` of (century, year of the century, month,
/// day).
fn push_digits(out: &mut String, pairs: [u32; 4], last: usize) {
    for (k, &n) in pairs.iter().enumerate().take(last + 1) {
        if k >= 2 {
            out.push('-');
        }
        out.push(char::from(b'0' + (n / 10 % 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    }
}

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset one past the last byte of the expression.
    pub end: usize,
    /// Normalised value.
    pub value: DateValue,
    /// True when the value depends on the article date (relative words, weekdays,
    /// month-day forms whose year was inferred).
    pub relative: bool,
    /// Name of the rule that matched (for debugging and evaluation).
    pub rule: &'static str,
}

/// Something doubtful found while scanning (the expression may or may not also be returned).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateDiagnostic {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

/// Find and normalise the date expressions in `text`.
///
/// `article_date` anchors relative expressions; without it they are skipped.
/// Expressions are returned in text order and never overlap.
pub fn find_dates(
    text: &str,
    article_date: Option<NaiveDate>,
) -> (Vec<DateExpr>, Vec<DateDiagnostic>) {
    rules::run(text, article_date)
}

#[cfg(test)]
mod iso_tests {
    use super::DateValue;
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn iso_is_the_zero_padded_format() {
        for (y, m, d) in [
            (2025, 12, 2),
            (1, 1, 1),
            (0, 7, 4),
            (9999, 12, 31),
            (10000, 1, 1),
        ]
        .into_iter()
        .chain([(-1, 3, 9), (-250, 10, 10), (99, 11, 30)])
        {
            let Some(day) = NaiveDate::from_ymd_opt(y, m, d) else {
                continue;
            };
            assert_eq!(
                DateValue::Day(day).iso(),
                format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
            );
        }
        for (year, month) in [(2025, 1), (7, 12), (-3, 5), (12345, 6), (2025, 123)] {
            assert_eq!(
                DateValue::Month { year, month }.iso(),
                format!("{year:04}-{month:02}")
            );
        }
        for y in [0, 5, 42, 999, 1990, 9999, 10000, -1, -12345] {
            assert_eq!(DateValue::Year(y).iso(), format!("{y:04}"));
        }
    }
}
