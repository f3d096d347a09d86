//! Date rules over the token stream. Each rule is tried at a token; the first
//! rule that matches emits an expression and the scan continues after it.

use crate::scan::{may_hold_date, tokenize, Kind, Lex, Tok, Unit};
use crate::{DateDiagnostic, DateExpr, DateValue, NaiveDate};
use chrono::{Datelike, Days};

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A parsed but not yet resolved absolute expression.
#[derive(Clone, Copy, Debug)]
enum P {
    Day {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    DayRange {
        y1: Option<i32>,
        m1: u32,
        d1: u32,
        y2: Option<i32>,
        m2: u32,
        d2: u32,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    YearRange(i32, i32),
}

/// How a bare weekday is resolved against the article date.
#[derive(Clone, Copy)]
enum Dir {
    /// Latest such day on or before the article date.
    Back,
    /// Earliest such day on or after the article date.
    Fwd,
    /// Strictly before ("last Tuesday").
    StrictBack,
    /// Strictly after ("next Tuesday").
    StrictFwd,
}

struct Cx<'a> {
    text: &'a str,
    t: &'a [Tok],
    ad: Option<NaiveDate>,
    out: Vec<DateExpr>,
    diags: Vec<DateDiagnostic>,
}

pub(crate) fn run(text: &str, ad: Option<NaiveDate>) -> (Vec<DateExpr>, Vec<DateDiagnostic>) {
    if !may_hold_date(text) {
        return (Vec::new(), Vec::new());
    }
    run_all(text, ad)
}

/// [`run`] without its cheap test for texts that hold no date.
fn run_all(text: &str, ad: Option<NaiveDate>) -> (Vec<DateExpr>, Vec<DateDiagnostic>) {
    let mut toks = Vec::with_capacity(text.len() / 5 + 8);
    tokenize(text, &mut toks);
    let mut cx = Cx {
        text,
        t: &toks,
        ad,
        out: Vec::new(),
        diags: Vec::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        match cx.at(i) {
            Some(end) if end > i => i = end,
            _ => i += 1,
        }
    }
    (cx.out, cx.diags)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(delta);
    let ny = idx.div_euclid(12);
    let nm = idx.rem_euclid(12) as u32 + 1;
    (
        ny.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        nm,
    )
}

fn shift(d: NaiveDate, delta: i64) -> Option<NaiveDate> {
    if delta >= 0 {
        d.checked_add_days(Days::new(delta as u64))
    } else {
        d.checked_sub_days(Days::new(delta.unsigned_abs()))
    }
}

/// Day `m`/`d` in the year that puts it nearest `ad` (ties go to the past).
fn nearest_day(m: u32, d: u32, ad: NaiveDate) -> Option<NaiveDate> {
    let mut best: Option<(i64, NaiveDate)> = None;
    for y in [ad.year() - 1, ad.year(), ad.year() + 1] {
        if let Some(c) = NaiveDate::from_ymd_opt(y, m, d) {
            let dist = (c - ad).num_days().abs();
            if best.is_none_or(|(bd, _)| dist < bd) {
                best = Some((dist, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// Year for month `m` that puts it nearest the article month (ties go to the past).
fn nearest_month_year(m: u32, ad: NaiveDate) -> i32 {
    let a = i64::from(ad.year()) * 12 + i64::from(ad.month());
    let mut best = (i64::MAX, ad.year());
    for y in [ad.year() - 1, ad.year(), ad.year() + 1] {
        let dist = (i64::from(y) * 12 + i64::from(m) - a).abs();
        if dist < best.0 {
            best = (dist, y);
        }
    }
    best.1
}

fn weekday_date(ad: NaiveDate, w: u32, dir: Dir) -> Option<NaiveDate> {
    let a = i64::from(ad.weekday().num_days_from_monday());
    let w = i64::from(w);
    let back = (a - w).rem_euclid(7);
    let fwd = (w - a).rem_euclid(7);
    match dir {
        Dir::Back => shift(ad, -back),
        Dir::StrictBack => shift(ad, -(if back == 0 { 7 } else { back })),
        Dir::Fwd => shift(ad, fwd),
        Dir::StrictFwd => shift(ad, if fwd == 0 { 7 } else { fwd }),
    }
}

/// May a lower-case word follow a year in date context? "in 1990 the wall fell",
/// "since 2014 too" are fine; a following noun, especially a plural, suggests a
/// count ("in 2000 cases", "by 1500 troops", "around 1800 people").
fn year_follower_ok(w: &[u8]) -> bool {
    const FUNCTION: &[&[u8]] = &[
        b"was", b"is", b"has", b"as", b"its", b"his", b"this", b"onwards", b"s", b"us", b"thus",
        b"whereas", b"always", b"perhaps", b"across",
    ];
    const COUNT: &[&[u8]] = &[
        b"more",
        b"other",
        b"new",
        b"additional",
        b"extra",
        b"local",
        b"people",
        b"men",
        b"women",
        b"children",
        b"hours",
        b"hrs",
        b"of",
        b"million",
        b"billion",
        b"thousand",
        b"percent",
        b"per",
    ];
    if FUNCTION.iter().any(|o| o.eq_ignore_ascii_case(w)) {
        return true;
    }
    if COUNT.iter().any(|o| o.eq_ignore_ascii_case(w)) {
        return false;
    }
    !matches!(w.last(), Some(b's' | b'S'))
}

/// Nouns that make "of" a date context ("the end of 2023", "the summer of 1990").
fn time_noun(w: &[u8]) -> bool {
    const OK: &[&[u8]] = &[
        b"end",
        b"start",
        b"beginning",
        b"middle",
        b"half",
        b"quarter",
        b"course",
        b"rest",
        b"spring",
        b"summer",
        b"autumn",
        b"fall",
        b"winter",
        b"week",
        b"month",
        b"months",
        b"part",
        b"ides",
        b"first",
        b"last",
    ];
    OK.iter().any(|o| o.eq_ignore_ascii_case(w))
}

impl<'a> Cx<'a> {
    // ---------- token helpers ----------

    fn lex(&self, i: usize) -> Lex {
        self.t.get(i).map_or(Lex::None, |t| t.lex)
    }

    /// Token `i` exists and continues the current line.
    fn cont(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.nl)
    }

    /// Token `i` exists, continues the line and has lexeme `l`.
    fn is(&self, i: usize, l: Lex) -> bool {
        self.cont(i) && self.t[i].lex == l
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    fn tight(&self, i: usize) -> bool {
        i + 1 < self.t.len() && self.t[i].e == self.t[i + 1].s
    }

    fn word(&self, i: usize) -> &'a [u8] {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Word => &self.text.as_bytes()[t.s..t.e],
            _ => b"",
        }
    }

    fn day_at(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        let ok = match t.kind {
            Kind::Num | Kind::Ord => t.nd <= 2 && (1..=31).contains(&t.num),
            _ => false,
        };
        ok.then_some(t.num)
    }

    fn year_at(&self, i: usize, lo: u32, hi: u32) -> Option<i32> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Num && t.nd == 4 && (lo..=hi).contains(&t.num)).then_some(t.num as i32)
    }

    /// The number at `i` is glued to more digits by `-`, `/` or `:` (a larger numeric structure).
    fn num_continues(&self, i: usize) -> bool {
        self.tight(i)
            && (self.punct(i + 1, b'-')
                || self.punct(i + 1, b'/')
                || self.punct(i + 1, b':')
                || self.punct(i + 1, b'%'))
            && (self.punct(i + 1, b'%')
                || (self.tight(i + 1)
                    && self
                        .t
                        .get(i + 2)
                        .is_some_and(|t| matches!(t.kind, Kind::Num | Kind::NumX))))
    }

    /// The number at `i` is glued to a preceding numeric structure ("3/", "1.", "-2").
    fn num_preceded(&self, i: usize) -> bool {
        i >= 1
            && self.tight(i - 1)
            && match self.t[i - 1].kind {
                Kind::Num | Kind::NumX | Kind::Ord => true,
                Kind::Punct(c) => {
                    matches!(c, b'/' | b':' | b'.' | b'$' | b'#' | b'+')
                        || (matches!(c, b'-' | b',')
                            && i >= 2
                            && self.tight(i - 2)
                            && matches!(self.t[i - 2].kind, Kind::Num | Kind::NumX))
                }
                _ => false,
            }
    }

    /// Month name at `i` (capitalised), with an abbreviation's full stop.
    /// Returns (month, index after it, abbreviated).
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.t.get(i)?;
        match t.lex {
            Lex::Month(m, abbr) if t.cap => {
                let mut j = i + 1;
                if abbr && self.tight(i) && self.punct(j, b'.') {
                    j += 1;
                }
                Some((m, j, abbr))
            }
            _ => None,
        }
    }

    // ---------- emission ----------

    fn push(&mut self, s: usize, e: usize, value: DateValue, relative: bool, rule: &'static str) {
        self.out.push(DateExpr {
            start: self.t[s].s,
            end: self.t[e - 1].e,
            value,
            relative,
            rule,
        });
    }

    fn diag(&mut self, s: usize, e: usize, message: String) {
        self.diags.push(DateDiagnostic {
            start: self.t[s].s,
            end: self.t[e - 1].e,
            message,
        });
    }

    /// Resolve a parsed expression. `Err(Some)` = impossible date, `Err(None)` = needs
    /// an article date that is missing.
    fn resolve(&self, p: P) -> Result<(DateValue, bool), Option<String>> {
        let invalid =
            |y: i32, m: u32, d: u32| Some(format!("invalid calendar date: {y:04}-{m:02}-{d:02}"));
        match p {
            P::Day { y: Some(y), m, d } => NaiveDate::from_ymd_opt(y, m, d)
                .map(|x| (DateValue::Day(x), false))
                .ok_or_else(|| invalid(y, m, d)),
            P::Day { y: None, m, d } => {
                let ad = self.ad.ok_or(None)?;
                if d > days_in_month(2000, m) {
                    return Err(Some(format!(
                        "invalid calendar date: {} {d}",
                        MONTHS[(m - 1) as usize]
                    )));
                }
                nearest_day(m, d, ad)
                    .map(|x| (DateValue::Day(x), true))
                    .ok_or_else(|| {
                        Some(format!(
                            "invalid calendar date near {ad}: {} {d}",
                            MONTHS[(m - 1) as usize]
                        ))
                    })
            }
            P::DayRange {
                y1,
                m1,
                d1,
                y2,
                m2,
                d2,
            } => {
                let wrap = i32::from(m2 < m1);
                let (from, rel) = match (y1, y2) {
                    (Some(y), _) => (
                        NaiveDate::from_ymd_opt(y, m1, d1).ok_or_else(|| invalid(y, m1, d1))?,
                        false,
                    ),
                    (None, Some(y)) => {
                        let y = y - wrap;
                        (
                            NaiveDate::from_ymd_opt(y, m1, d1).ok_or_else(|| invalid(y, m1, d1))?,
                            false,
                        )
                    }
                    (None, None) => {
                        let ad = self.ad.ok_or(None)?;
                        let f = nearest_day(m1, d1, ad).ok_or_else(|| {
                            Some(format!(
                                "invalid calendar date: {} {d1}",
                                MONTHS[(m1 - 1) as usize]
                            ))
                        })?;
                        (f, true)
                    }
                };
                let ty = y2.unwrap_or(from.year() + wrap);
                let to = NaiveDate::from_ymd_opt(ty, m2, d2).ok_or_else(|| invalid(ty, m2, d2))?;
                if to < from {
                    return Err(Some(format!("range ends before it starts: {from} to {to}")));
                }
                Ok((
                    DateValue::Range {
                        from: Box::new(DateValue::Day(from)),
                        to: Box::new(DateValue::Day(to)),
                    },
                    rel,
                ))
            }
            P::Month { y: Some(y), m } => Ok((DateValue::Month { year: y, month: m }, false)),
            P::Month { y: None, m } => {
                let ad = self.ad.ok_or(None)?;
                Ok((
                    DateValue::Month {
                        year: nearest_month_year(m, ad),
                        month: m,
                    },
                    true,
                ))
            }
            P::YearRange(a, b) => Ok((
                DateValue::Range {
                    from: Box::new(DateValue::Year(a)),
                    to: Box::new(DateValue::Year(b)),
                },
                false,
            )),
        }
    }

    /// Resolve and emit; returns the end token (also when only a diagnostic was produced).
    fn emit(&mut self, s: usize, e: usize, p: P, rule: &'static str) -> Option<usize> {
        match self.resolve(p) {
            Ok((v, rel)) => self.push(s, e, v, rel, rule),
            Err(Some(msg)) => self.diag(s, e, msg),
            Err(None) => {}
        }
        Some(e)
    }

    /// Emit a value computed from the article date (skipped when there is none).
    fn emit_rel(
        &mut self,
        s: usize,
        e: usize,
        f: impl FnOnce(NaiveDate) -> Option<DateValue>,
        rule: &'static str,
    ) -> Option<usize> {
        if let Some(v) = self.ad.and_then(f) {
            self.push(s, e, v, true, rule);
        }
        Some(e)
    }

    // ---------- dispatch ----------

    fn at(&mut self, i: usize) -> Option<usize> {
        let t = self.t[i];
        match t.kind {
            Kind::Word => match t.lex {
                Lex::Weekday(w) if t.cap => self.weekday(i, w),
                Lex::Month(..) if t.cap => self.month(i),
                Lex::The => self.the(i),
                Lex::From | Lex::Between => self.range(i),
                Lex::Today | Lex::Tonight => {
                    self.emit_rel(i, i + 1, |ad| Some(DateValue::Day(ad)), "today")
                }
                Lex::Yesterday | Lex::Tomorrow => {
                    let delta = if t.lex == Lex::Yesterday { -1 } else { 1 };
                    let mut e = i + 1;
                    if self.is(e, Lex::TimeOfDay) || self.is(e, Lex::Night) {
                        e += 1;
                    }
                    let rule = if delta < 0 { "yesterday" } else { "tomorrow" };
                    self.emit_rel(i, e, |ad| shift(ad, delta).map(DateValue::Day), rule)
                }
                Lex::This | Lex::Last | Lex::Next => self.modified(i, i),
                Lex::Earlier | Lex::Later => {
                    if self.is(i + 1, Lex::Today) || self.is(i + 1, Lex::Tonight) {
                        self.emit_rel(i, i + 2, |ad| Some(DateValue::Day(ad)), "today")
                    } else if self.is(i + 1, Lex::This) {
                        self.modified(i, i + 1)
                    } else {
                        None
                    }
                }
                Lex::NumWord(n) => self.ago(i, n),
                _ => None,
            },
            Kind::Num | Kind::Ord => self.number(i),
            _ => None,
        }
    }

    // ---------- absolute parsers ----------

    /// "December 2", "Dec. 2, 2025", "March 23-25, 2025", "March 30-April 2", "December 2025".
    fn parse_month_first(&self, i: usize) -> Option<(P, usize)> {
        let (m, j, _) = self.month_at(i)?;
        if !self.cont(j) {
            return None;
        }
        if let Some(d) = self.day_at(j) {
            if self.num_continues(j) && !self.punct(j + 1, b'-') {
                return None;
            }
            let mut k = j + 1;
            let (mut m2, mut d2) = (m, None);
            if self.cont(k) && self.punct(k, b'-') && self.cont(k + 1) {
                if let Some(x) = self.day_at(k + 1).filter(|&x| x > d) {
                    d2 = Some(x);
                    k += 2;
                } else if let Some((mm, jj, _)) = self.month_at(k + 1) {
                    if let Some(x) = self.day_at(jj).filter(|_| self.cont(jj)) {
                        m2 = mm;
                        d2 = Some(x);
                        k = jj + 1;
                    }
                }
            }
            if d2.is_none() && self.num_continues(j) {
                return None;
            }
            let mut y = None;
            if self.cont(k) && self.punct(k, b',') && self.cont(k + 1) {
                if let Some(yy) = self
                    .year_at(k + 1, 1000, 2999)
                    .filter(|_| !self.num_continues(k + 1))
                {
                    y = Some(yy);
                    k += 2;
                }
            } else if self.cont(k) {
                if let Some(yy) = self
                    .year_at(k, 1000, 2999)
                    .filter(|_| !self.num_continues(k))
                {
                    y = Some(yy);
                    k += 1;
                }
            }
            let p = match d2 {
                None => P::Day { y, m, d },
                Some(d2) => P::DayRange {
                    y1: None,
                    m1: m,
                    d1: d,
                    y2: y,
                    m2,
                    d2,
                },
            };
            return Some((p, k));
        }
        if let Some(y) = self
            .year_at(j, 1000, 2999)
            .filter(|_| !self.num_continues(j))
        {
            return Some((P::Month { y: Some(y), m }, j + 1));
        }
        if self.is(j, Lex::Of) && self.cont(j + 1) {
            if let Some(y) = self
                .year_at(j + 1, 1000, 2999)
                .filter(|_| !self.num_continues(j + 1))
            {
                return Some((P::Month { y: Some(y), m }, j + 2));
            }
        }
        None
    }

    /// "2 December 2025", "2nd of December", "the 2nd of December", "2-5 December 2025".
    fn parse_day_first(&self, i: usize) -> Option<(P, usize)> {
        let mut j = i;
        if self.lex(i) == Lex::The {
            if self.cont(i + 1) && self.t.get(i + 1).is_some_and(|t| t.kind == Kind::Ord) {
                j = i + 1;
            } else {
                return None;
            }
        }
        let d = self.day_at(j)?;
        if self.num_preceded(j) {
            return None;
        }
        let mut k = j + 1;
        let mut d2 = None;
        let mut ordinal = self.t[j].kind == Kind::Ord;
        if self.cont(k) && self.punct(k, b'-') && self.cont(k + 1) {
            if let Some(x) = self.day_at(k + 1).filter(|&x| x > d) {
                d2 = Some(x);
                ordinal |= self.t[k + 1].kind == Kind::Ord;
                k += 2;
            }
        }
        if ordinal && self.is(k, Lex::Of) {
            k += 1;
        }
        if !self.cont(k) {
            return None;
        }
        let (m, mut k, _) = self.month_at(k)?;
        let mut y = None;
        if self.cont(k) {
            let at = if self.punct(k, b',') && self.cont(k + 1) {
                k + 1
            } else {
                k
            };
            if let Some(yy) = self
                .year_at(at, 1000, 2999)
                .filter(|_| !self.num_continues(at))
            {
                y = Some(yy);
                k = at + 1;
            }
        }
        let p = match d2 {
            None => P::Day { y, m, d },
            Some(d2) => P::DayRange {
                y1: None,
                m1: m,
                d1: d,
                y2: y,
                m2: m,
                d2,
            },
        };
        Some((p, k))
    }

    fn parse_abs(&self, i: usize) -> Option<(P, usize)> {
        self.parse_month_first(i)
            .or_else(|| self.parse_day_first(i))
    }

    // ---------- rules ----------

    fn month(&mut self, i: usize) -> Option<usize> {
        if let Some((p, e)) = self.parse_month_first(i) {
            let rule = match p {
                P::Day { y: Some(_), .. } => "month-day-year",
                P::Day { .. } => "month-day",
                P::DayRange { .. } => "month-day-range",
                _ => "month-year",
            };
            return self.emit(i, e, p, rule);
        }
        // Bare month name: only a date after a preposition ("in December").
        let (m, _, abbr) = self.month_at(i)?;
        if abbr || !self.date_context_before(i) {
            return None;
        }
        // Without a year, a bare month is the latest such month on or before the
        // article month, or the next one on or after it in a future context.
        let future = self.future_context(i);
        self.emit_rel(
            i,
            i + 1,
            |ad| {
                let am = ad.month();
                let year = match future {
                    true if m < am => ad.year() + 1,
                    false if m > am => ad.year() - 1,
                    _ => ad.year(),
                };
                Some(DateValue::Month { year, month: m })
            },
            "month-context",
        )
    }

    /// Is the token before `i` (skipping early/late/mid- and seasons) a date preposition?
    fn date_context_before(&self, i: usize) -> bool {
        let mut p = i;
        loop {
            if p == 0 || self.t[p].nl {
                return false;
            }
            let q = p - 1;
            match self.t[q].lex {
                Lex::Modifier | Lex::Season => p = q,
                Lex::None
                    if self.punct(q, b'-')
                        && self.tight(q)
                        && q >= 1
                        && self.t[q - 1].lex == Lex::Modifier =>
                {
                    p = q
                }
                Lex::Ctx | Lex::From | Lex::Before | Lex::After => return true,
                Lex::Of => return q >= 1 && !self.t[q].nl && time_noun(self.word(q - 1)),
                Lex::Unit(Unit::Year, false) => return true,
                _ => return false,
            }
        }
    }

    fn the(&mut self, i: usize) -> Option<usize> {
        if self.is(i + 1, Lex::Unit(Unit::Day, false)) {
            if self.is(i + 2, Lex::Before) && self.is(i + 3, Lex::Yesterday) {
                return self.emit_rel(
                    i,
                    i + 4,
                    |ad| shift(ad, -2).map(DateValue::Day),
                    "day-before-yesterday",
                );
            }
            if self.is(i + 2, Lex::After) && self.is(i + 3, Lex::Tomorrow) {
                return self.emit_rel(
                    i,
                    i + 4,
                    |ad| shift(ad, 2).map(DateValue::Day),
                    "day-after-tomorrow",
                );
            }
        }
        let (p, e) = self.parse_day_first(i)?;
        self.emit(i, e, p, "the-day-of-month")
    }

    fn weekday(&mut self, i: usize, w: u32) -> Option<usize> {
        let mut j = i + 1;
        if self.cont(j) && self.punct(j, b',') {
            j += 1;
        }
        if self.cont(j) {
            if let Some((p, e)) = self.parse_abs(j) {
                if let P::Day { .. } = p {
                    match self.resolve(p) {
                        Ok((v, rel)) => {
                            if let DateValue::Day(d) = v {
                                if d.weekday().num_days_from_monday() != w {
                                    self.diag(
                                        i,
                                        e,
                                        format!(
                                            "weekday mismatch: {} but {d} is a {}",
                                            WEEKDAYS[w as usize],
                                            WEEKDAYS[d.weekday().num_days_from_monday() as usize]
                                        ),
                                    );
                                }
                            }
                            self.push(i, e, v, rel, "weekday-date");
                        }
                        Err(Some(msg)) => self.diag(i, e, msg),
                        Err(None) => {}
                    }
                    return Some(e);
                }
            }
        }
        let dir = if self.future_context(i) {
            Dir::Fwd
        } else {
            Dir::Back
        };
        self.emit_weekday(i, i, w, dir)
    }

    fn emit_weekday(&mut self, s: usize, wi: usize, w: u32, dir: Dir) -> Option<usize> {
        let mut e = wi + 1;
        if self.is(e, Lex::TimeOfDay) || self.is(e, Lex::Night) {
            e += 1;
        }
        self.emit_rel(
            s,
            e,
            |ad| weekday_date(ad, w, dir).map(DateValue::Day),
            "weekday",
        )
    }

    /// Future markers in the same sentence: up to 10 tokens before, 4 after.
    fn future_context(&self, i: usize) -> bool {
        let boundary = |t: &Tok| matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?' | b';'));
        let marker = |k: usize| match self.t[k].lex {
            Lex::Will | Lex::Future | Lex::Next => true,
            Lex::FutureLead => {
                self.cont(k + 1)
                    && (self.lex(k + 1) == Lex::To || self.word(k + 1).eq_ignore_ascii_case(b"for"))
            }
            _ => false,
        };
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 10 && !self.t[k].nl {
            k -= 1;
            steps += 1;
            if boundary(&self.t[k]) {
                break;
            }
            if marker(k) {
                return true;
            }
        }
        let mut k = i + 1;
        while k < self.t.len() && k <= i + 4 && !self.t[k].nl && !boundary(&self.t[k]) {
            if marker(k) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// this/last/next (at `m`) + week/month/year/weekday/month name/morning/night;
    /// `s` is where the span starts ("earlier this month").
    fn modified(&mut self, s: usize, m: usize) -> Option<usize> {
        let which = self.t[m].lex;
        // "the last week", "the next month", "the past year" are durations.
        if which != Lex::This
            && m >= 1
            && !self.t[m].nl
            && matches!(self.t[m - 1].lex, Lex::The | Lex::Past)
        {
            return None;
        }
        let j = m + 1;
        if !self.cont(j) {
            return None;
        }
        let sign: i32 = match which {
            Lex::Last => -1,
            Lex::Next => 1,
            _ => 0,
        };
        let tj = self.t[j];
        match tj.lex {
            Lex::Unit(Unit::Week, false) => self.emit_rel(
                s,
                j + 1,
                |ad| shift(ad, 7 * i64::from(sign)).map(DateValue::Day),
                "relative-week",
            ),
            Lex::Unit(Unit::Month, false) => self.emit_rel(
                s,
                j + 1,
                |ad| {
                    let (year, month) = add_months(ad.year(), ad.month(), sign);
                    Some(DateValue::Month { year, month })
                },
                "relative-month",
            ),
            Lex::Unit(Unit::Year, false) => self.emit_rel(
                s,
                j + 1,
                |ad| Some(DateValue::Year(ad.year() + sign)),
                "relative-year",
            ),
            Lex::TimeOfDay | Lex::Night if which != Lex::Next => {
                let delta = i64::from(sign.min(0));
                self.emit_rel(s, j + 1, |ad| shift(ad, delta).map(DateValue::Day), "today")
            }
            Lex::Weekday(w) if tj.cap => {
                let dir = match which {
                    Lex::Last => Dir::StrictBack,
                    Lex::Next => Dir::StrictFwd,
                    _ if self.future_context(j) => Dir::Fwd,
                    _ => Dir::Back,
                };
                self.emit_weekday(s, j, w, dir)
            }
            Lex::Month(mo, false) if tj.cap => self.emit_rel(
                s,
                j + 1,
                |ad| {
                    let am = ad.month();
                    let year = match which {
                        Lex::Last if mo < am => ad.year(),
                        Lex::Last => ad.year() - 1,
                        Lex::Next if mo > am => ad.year(),
                        Lex::Next => ad.year() + 1,
                        _ => ad.year(),
                    };
                    Some(DateValue::Month { year, month: mo })
                },
                "relative-month-name",
            ),
            _ => None,
        }
    }

    /// "two days ago", "a week ago", "20 years ago".
    fn ago(&mut self, i: usize, n: u32) -> Option<usize> {
        let unit = match self.t.get(i + 1) {
            Some(t) if !t.nl => match t.lex {
                Lex::Unit(u, _) => u,
                _ => return None,
            },
            _ => return None,
        };
        if !self.is(i + 2, Lex::Ago) {
            return None;
        }
        let n = i64::from(n.min(5000));
        self.emit_rel(
            i,
            i + 3,
            |ad| match unit {
                Unit::Day => shift(ad, -n).map(DateValue::Day),
                Unit::Week => shift(ad, -7 * n).map(DateValue::Day),
                Unit::Month => {
                    let (year, month) = add_months(ad.year(), ad.month(), -(n as i32));
                    Some(DateValue::Month { year, month })
                }
                Unit::Year => Some(DateValue::Year(ad.year() - n as i32)),
            },
            "ago",
        )
    }

    /// "from 2020 to 2022", "between 2020 and 2022", "from 2 to 5 December",
    /// "from December 2 to December 5, 2025".
    fn range(&mut self, i: usize) -> Option<usize> {
        let between = self.t[i].lex == Lex::Between;
        let conn = |cx: &Self, k: usize| {
            cx.cont(k)
                && if between {
                    cx.t[k].lex == Lex::And
                } else {
                    cx.t[k].lex == Lex::To
                        || cx.punct(k, b'-')
                        || cx.word(k).eq_ignore_ascii_case(b"until")
                        || cx.word(k).eq_ignore_ascii_case(b"through")
                }
        };
        let a = i + 1;
        if !self.cont(a) {
            return None;
        }
        // Years.
        if let Some(ya) = self.year_at(a, 1000, 2999) {
            if conn(self, a + 1) && self.cont(a + 2) {
                if let Some(yb) = self.year_at(a + 2, 1000, 2999) {
                    if yb > ya && !self.num_continues(a + 2) {
                        return self.emit(i, a + 3, P::YearRange(ya, yb), "year-range");
                    }
                }
            }
        }
        // Bare day number then a full day-first date: "from 2 to 5 December".
        if let Some(d1) = self.day_at(a) {
            if conn(self, a + 1) && self.cont(a + 2) {
                if let Some((P::Day { y, m, d }, e)) = self.parse_day_first(a + 2) {
                    if d > d1 {
                        return self.emit(
                            i,
                            e,
                            P::DayRange {
                                y1: None,
                                m1: m,
                                d1,
                                y2: y,
                                m2: m,
                                d2: d,
                            },
                            "day-range",
                        );
                    }
                }
            }
        }
        // Full date to full date (or to a bare day of the same month).
        if let Some((
            P::Day {
                y: y1,
                m: m1,
                d: d1,
            },
            ea,
        )) = self.parse_abs(a)
        {
            if conn(self, ea) && self.cont(ea + 1) {
                if let Some((
                    P::Day {
                        y: y2,
                        m: m2,
                        d: d2,
                    },
                    e,
                )) = self.parse_abs(ea + 1)
                {
                    let y1 = y1.or(y2.map(|y| y - i32::from(m1 > m2)));
                    return self.emit(
                        i,
                        e,
                        P::DayRange {
                            y1,
                            m1,
                            d1,
                            y2,
                            m2,
                            d2,
                        },
                        "day-range",
                    );
                }
                if let Some(d2) = self
                    .day_at(ea + 1)
                    .filter(|&x| x > d1 && !self.num_continues(ea + 1))
                {
                    let mut e = ea + 2;
                    let mut y2 = None;
                    if self.cont(e) {
                        let at = if self.punct(e, b',') { e + 1 } else { e };
                        if let Some(y) = self.year_at(at, 1000, 2999).filter(|_| self.cont(at)) {
                            y2 = Some(y);
                            e = at + 1;
                        }
                    }
                    let y1 = y1.or(y2);
                    return self.emit(
                        i,
                        e,
                        P::DayRange {
                            y1,
                            m1,
                            d1,
                            y2: y2.or(y1),
                            m2: m1,
                            d2,
                        },
                        "day-range",
                    );
                }
            }
        }
        None
    }

    fn number(&mut self, i: usize) -> Option<usize> {
        if self.num_preceded(i) {
            return None;
        }
        if let Some(e) = self.iso(i) {
            return Some(e);
        }
        if let Some(e) = self.numeric(i) {
            return Some(e);
        }
        if let Some(e) = self.year_range(i) {
            return Some(e);
        }
        if let Some((p, e)) = self.parse_day_first(i) {
            let rule = match p {
                P::DayRange { .. } => "day-month-range",
                P::Day { y: Some(_), .. } => "day-month-year",
                _ => "day-month",
            };
            return self.emit(i, e, p, rule);
        }
        if let Some(e) = self.bare_year(i) {
            return Some(e);
        }
        let t = self.t[i];
        if t.kind == Kind::Num && t.nd <= 4 {
            return self.ago(i, t.num);
        }
        None
    }

    /// 2025-12-02
    fn iso(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let y = self.year_at(i, 1000, 2999)?;
        if !(self.tight(i)
            && self.punct(i + 1, b'-')
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.punct(i + 3, b'-')
            && self.tight(i + 3))
        {
            return None;
        }
        let (mt, dt) = (t.get(i + 2)?, t.get(i + 4)?);
        if mt.kind != Kind::Num
            || dt.kind != Kind::Num
            || mt.nd > 2
            || dt.nd > 2
            || self.num_continues(i + 4)
        {
            return None;
        }
        if !(1..=12).contains(&mt.num) || !(1..=31).contains(&dt.num) {
            return None;
        }
        self.emit(
            i,
            i + 5,
            P::Day {
                y: Some(y),
                m: mt.num,
                d: dt.num,
            },
            "iso",
        )
    }

    /// 12/02/2025 or 12-02-2025 (month/day order preferred; ambiguity reported).
    fn numeric(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let a = t[i];
        if a.kind != Kind::Num || a.nd > 2 {
            return None;
        }
        let sep = match t.get(i + 1)?.kind {
            Kind::Punct(c @ (b'/' | b'-')) => c,
            _ => return None,
        };
        if !(self.tight(i)
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.punct(i + 3, sep)
            && self.tight(i + 3))
        {
            return None;
        }
        let b = *t.get(i + 2)?;
        if b.kind != Kind::Num || b.nd > 2 {
            return None;
        }
        let y = self.year_at(i + 4, 1000, 2999)?;
        if self.num_continues(i + 4) {
            return None;
        }
        let us = NaiveDate::from_ymd_opt(y, a.num, b.num);
        let eu = NaiveDate::from_ymd_opt(y, b.num, a.num);
        let e = i + 5;
        let v = match (us, eu) {
            (Some(u), Some(x)) => {
                if u != x {
                    let text = &self.text[t[i].s..t[e - 1].e];
                    self.diag(
                        i,
                        e,
                        format!(
                            "ambiguous numeric date {text}: month/day reading {u} or day/month reading {x}; taking month/day"
                        ),
                    );
                }
                u
            }
            (Some(u), None) => u,
            (None, Some(x)) => x,
            (None, None) => {
                if a.num >= 1 && b.num >= 1 && a.num <= 31 && b.num <= 31 {
                    let text = &self.text[t[i].s..t[e - 1].e];
                    self.diag(i, e, format!("invalid numeric date {text}"));
                    return Some(e);
                }
                return None;
            }
        };
        self.push(i, e, DateValue::Day(v), false, "numeric");
        Some(e)
    }

    /// 2020-2022, 2014-15
    fn year_range(&mut self, i: usize) -> Option<usize> {
        let a = self.year_at(i, 1000, 2999)?;
        if !(self.tight(i) && self.punct(i + 1, b'-') && self.tight(i + 1)) {
            return None;
        }
        let bt = *self.t.get(i + 2)?;
        if bt.kind != Kind::Num || self.num_continues(i + 2) {
            return None;
        }
        let b = match bt.nd {
            4 => bt.num as i32,
            2 => a - a.rem_euclid(100) + bt.num as i32,
            _ => return None,
        };
        let next_is_number = self
            .t
            .get(i + 3)
            .is_some_and(|n| !n.nl && matches!(n.kind, Kind::Num | Kind::NumX | Kind::Punct(b'%')));
        if b <= a || b - a > 200 || next_is_number {
            return None;
        }
        self.emit(i, i + 3, P::YearRange(a, b), "year-range")
    }

    fn year_follows_ok(&self, i: usize) -> bool {
        match self.t.get(i + 1) {
            Some(n) if !n.nl => match n.kind {
                Kind::Word if !n.cap => year_follower_ok(self.word(i + 1)),
                Kind::Punct(b'%') => false,
                Kind::Num | Kind::NumX => false,
                _ => true,
            },
            _ => true,
        }
    }

    /// "in 1990", "since 2014", "by early 2025", "the year 2000".
    fn bare_year(&mut self, i: usize) -> Option<usize> {
        let y = self.year_at(i, 1600, 2100)?;
        // "the year 2000" is a year whatever follows it.
        let year_word =
            i >= 1 && !self.t[i].nl && self.t[i - 1].lex == Lex::Unit(Unit::Year, false);
        if self.num_continues(i)
            || !(year_word || self.year_follows_ok(i))
            || !self.date_context_before(i)
        {
            return None;
        }
        self.push(i, i + 1, DateValue::Year(y), false, "year-context");
        Some(i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_without_numbers_or_date_words_hold_no_date() {
        let ad = NaiveDate::from_ymd_opt(2024, 6, 1);
        let texts = [
            "Russia accused Ukraine of shelling a power station near the border.",
            "The minister said the talks would resume soon, and that both sides were ready.",
            "They met earlier this week in Geneva.",
            "Officials said on Monday that the ceasefire held.",
            "It happened the day before yesterday, late at night.",
            "Three weeks ago the army moved; last month it withdrew; next Tuesday it returns.",
            "In the spring of last year, from early summer until the winter.",
            "He will visit in March; the 2nd of December; between 2020 and 2022; 12/02/2025.",
            "Talks are set for tomorrow morning, not tonight or this evening.",
            "Late on Sat. the Sept. meeting, Jan, Feb. and Dec; MAY and may; a Monday.",
            "Naïve café owners in Zürich—no dates—said so; ÉTÉ; the ﬁrst of many.",
            "",
        ];
        for t in texts {
            let all = run_all(t, ad);
            if !may_hold_date(t) {
                assert!(all.0.is_empty() && all.1.is_empty(), "{t}");
            }
            assert_eq!(run(t, ad), all, "{t}");
        }
        assert!(!may_hold_date(texts[0]));
        assert!(!may_hold_date(texts[1]));
        assert!(may_hold_date(texts[2]));
        assert!(may_hold_date(texts[3]));
        assert!(may_hold_date("in 1990"));
    }
}
