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
        match self {
            DateValue::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            DateValue::Month { year, month } => format!("{year:04}-{month:02}"),
            DateValue::Year(y) => format!("{y:04}"),
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
