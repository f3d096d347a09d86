//! `gdelt`: the GDELT 2.0 Event table — 61 tab-separated columns in the codebook's order
//! (GDELT Event Codebook V2.0, <http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf>),
//! one event a line, no header unless asked ([`header`]; GDELT's own files have none).
//!
//! What Lede fills, and where the mapping is lossy:
//! - `GlobalEventID`: the event's row id in the store (unique within one store);
//! - `Day`, `MonthYear`, `Year`, `FractionDate` from the event's date (`Day` and
//!   `FractionDate` empty where the text gave only a month or a year);
//! - actors: `ActorNCode` the full CAMEO code; `ActorNName` the canonical name, else the words of
//!   the mention, in capitals as GDELT writes names; `ActorNCountryCode` the country the coder
//!   resolved, else the code's first three letters unless they are a non-state code (IGO, NGO,
//!   IMG, MNC...); `ActorNKnownGroupCode` the three letters after a non-state code
//!   (`IGOUNO` → `UNO`); `ActorNType1-3Code` the following 3-letter role codes. Ethnic and
//!   religion codes stay empty (Lede codes neither);
//! - `IsRootEvent` 1 when the event's sentence is in the article's lead paragraph;
//! - `EventCode` as stored, `EventBaseCode` its first three characters, `EventRootCode` the
//!   root; `QuadClass` from the root (1 verbal cooperation 01-05, 2 material cooperation
//!   06-08, 3 verbal conflict 09-13, 4 material conflict 14-20); `GoldsteinScale` from
//!   `data/goldstein.tsv` (GDELT's CAMEO table; a code it lacks takes its longest listed
//!   prefix, and is empty when none is listed);
//! - `NumMentions`, `NumSources`, `NumArticles`: 1 each — a Lede row is one mention of the event
//!   in one article; `AvgTone` empty (Lede measures no tone);
//! - `Actor1Geo_*`, `Actor2Geo_*` empty (Lede places events, not actors); `ActionGeo_Type`
//!   from the place's kind (1 country, 2/5 US state/other first-level region, 3/4 US/world
//!   city; venues count as cities), `ActionGeo_FullName` the place and its region,
//!   `ActionGeo_Lat`/`Long`; `ActionGeo_CountryCode` the FIPS 10-4 code GDELT uses, from the
//!   place's ISO 3166 country through `data/fips.tsv` (GeoNames' table; empty for a country
//!   it lacks), and `ActionGeo_ADM1Code` the same for a country-level place, empty below it
//!   (Lede keeps a region's name, not its FIPS code); `ActionGeo_FeatureID` empty (no GeoNames
//!   id is stored);
//! - `DATEADDED` empty: the store keeps no time of ingest, and Lede never reads the clock;
//! - `SOURCEURL` the article's URL, else its source's name, else its id.
//!
//! Tabs and line breaks inside any cell are made spaces, so every line has 61 cells.

use crate::{one_line, ExportEvent, ExportSide};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The 61 columns of the GDELT 2.0 Event table, in order.
pub const COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The header line (column names, tab-separated, newline included).
pub fn header() -> String {
    let mut s = COLUMNS.join("\t");
    s.push('\n');
    s
}

/// CAMEO's non-state top-level actor codes: a code starting with one has no country, and
/// the next three letters name the group.
const NON_STATE: &[&str] = &["IGO", "NGO", "IMG", "MNC", "ISM", "NGM", "INT"];

/// ISO 3166-1 alpha-3 → FIPS 10-4 (`data/fips.tsv`).
fn fips_table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/fips.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(iso, fips)| (iso.trim(), fips.trim()))
            .collect()
    })
}

/// The FIPS 10-4 country code GDELT's geography columns use, for an ISO 3166-1 alpha-3 code.
pub fn fips_of(iso3: &str) -> Option<&'static str> {
    fips_table()
        .get(iso3.trim().to_ascii_uppercase().as_str())
        .copied()
}

/// The Goldstein table of `data/goldstein.tsv`: CAMEO code → scale value.
fn goldstein_table() -> &'static HashMap<&'static str, f64> {
    static TABLE: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/goldstein.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (code, value) = l.split_once('\t')?;
                Some((code.trim(), value.trim().parse().ok()?))
            })
            .collect()
    })
}

/// The Goldstein scale value of a CAMEO code: the code's own, else its longest listed prefix
/// (a 4-digit code GDELT's table lacks takes its 3-digit parent's).
pub fn goldstein(code: &str) -> Option<f64> {
    let table = goldstein_table();
    let code = code.trim();
    (2..=code.len())
        .rev()
        .filter_map(|n| code.get(..n))
        .find_map(|prefix| table.get(prefix).copied())
}

/// GDELT's QuadClass of a CAMEO root: 1 verbal cooperation (01-05), 2 material cooperation
/// (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
pub fn quad_class(root: &str) -> Option<u8> {
    crate::plover::cameo_quad(root)
}

/// (year, month, day) of an ISO date or its leading part (`2025-12-02`, `2025-12`, `2025`).
fn date_parts(date: &str) -> (Option<u32>, Option<u32>, Option<u32>) {
    let mut parts = date.trim().splitn(3, '-');
    let num = |p: Option<&str>, len: usize| {
        p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = num(parts.next(), 4);
    let month = year
        .and(num(parts.next(), 2))
        .filter(|m| (1..=12).contains(m));
    let day = month
        .and(num(parts.next().map(|d| d.get(..2).unwrap_or(d)), 2))
        .filter(|&d| d >= 1 && d <= days_in_month(year.unwrap_or(1), month.unwrap_or(1)));
    (year, month, day)
}

fn is_leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// GDELT's FractionDate: the year plus the share of it completed by the start of the day,
/// `YYYY.FFFF`.
pub fn fraction_date(y: u32, m: u32, d: u32) -> String {
    let day_of_year: u32 = (1..m).map(|mm| days_in_month(y, mm)).sum::<u32>() + d - 1;
    let len = if is_leap(y) { 366.0 } else { 365.0 };
    format!("{:.4}", y as f64 + f64::from(day_of_year) / len)
}

/// The actor columns (Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
/// Religion2Code, Type1Code, Type2Code, Type3Code) of one side.
fn actor_cells(s: &ExportSide) -> [String; 10] {
    let mut cells: [String; 10] = Default::default();
    let code = s.code.as_deref().map(str::trim).unwrap_or("");
    cells[0] = code.to_string();
    cells[1] = s
        .name
        .as_deref()
        .or(s.text.as_deref())
        .map(|n| n.trim().to_uppercase())
        .unwrap_or_default();
    let top = code.get(..3).filter(|t| t.len() == 3);
    let non_state = top.is_some_and(|t| NON_STATE.contains(&t));
    let mut rest = code.get(3..).unwrap_or("");
    if non_state {
        if let Some(group) = rest.get(..3).filter(|g| g.len() == 3) {
            cells[3] = group.to_string();
            rest = &rest[3..];
        }
    }
    cells[2] = match (&s.country, top) {
        (Some(c), _) if !c.trim().is_empty() => c.trim().to_string(),
        (_, Some(t)) if !non_state && t.bytes().all(|b| b.is_ascii_uppercase()) => t.to_string(),
        _ => String::new(),
    };
    for (i, cell) in cells[7..].iter_mut().enumerate() {
        if let Some(t) = rest.get(i * 3..i * 3 + 3) {
            *cell = t.to_string();
        }
    }
    cells
}

/// The event as one GDELT line (61 cells, newline included).
pub fn row(e: &ExportEvent) -> String {
    let mut s = String::new();
    write_row(e, &mut s);
    s
}

/// Appends the event's GDELT line to `out`.
pub fn write_row(e: &ExportEvent, out: &mut String) {
    let mut cells: Vec<String> = Vec::with_capacity(COLUMNS.len());
    cells.push(e.row.to_string());
    let (y, m, d) = e.date.as_deref().map_or((None, None, None), date_parts);
    cells.push(match (y, m, d) {
        (Some(y), Some(m), Some(d)) => format!("{y:04}{m:02}{d:02}"),
        _ => String::new(),
    });
    cells.push(match (y, m) {
        (Some(y), Some(m)) => format!("{y:04}{m:02}"),
        _ => String::new(),
    });
    cells.push(y.map(|y| format!("{y:04}")).unwrap_or_default());
    cells.push(match (y, m, d) {
        (Some(y), Some(m), Some(d)) => fraction_date(y, m, d),
        _ => String::new(),
    });
    cells.extend(actor_cells(&e.source_actor));
    cells.extend(actor_cells(&e.target_actor));
    cells.push(if e.lead { "1" } else { "0" }.to_string());
    let code = e.code.trim();
    cells.push(code.to_string());
    cells.push(code.get(..3).unwrap_or(code).to_string());
    cells.push(e.root.trim().to_string());
    cells.push(
        quad_class(&e.root)
            .map(|q| q.to_string())
            .unwrap_or_default(),
    );
    cells.push(
        goldstein(code)
            .map(|g| format!("{g:.1}"))
            .unwrap_or_default(),
    );
    cells.extend(["1", "1", "1", ""].map(String::from));
    // Actor1Geo_* and Actor2Geo_*: 8 empty cells each.
    cells.extend(std::iter::repeat_n(String::new(), 16));
    match &e.place {
        Some(p) => {
            let us = p.country.as_deref() == Some("USA");
            cells.push(
                match p.kind.as_deref() {
                    Some("country") => "1",
                    Some("region") if us => "2",
                    Some("region") => "5",
                    Some("city" | "venue") if us => "3",
                    Some("city" | "venue") => "4",
                    _ => "",
                }
                .to_string(),
            );
            let mut full = p.name.trim().to_string();
            if let Some(r) = p.region.as_deref().map(str::trim) {
                if !r.is_empty() && r != full {
                    let _ = write!(full, ", {r}");
                }
            }
            cells.push(full);
            let fips = p.country.as_deref().and_then(fips_of).unwrap_or("");
            cells.push(fips.to_string());
            cells.push(if p.kind.as_deref() == Some("country") {
                fips.to_string()
            } else {
                String::new()
            });
            cells.push(String::new());
            cells.push(p.lat.map(|x| x.to_string()).unwrap_or_default());
            cells.push(p.lon.map(|x| x.to_string()).unwrap_or_default());
            cells.push(String::new());
        }
        None => cells.extend(std::iter::repeat_n(String::new(), 8)),
    }
    cells.push(String::new());
    cells.push(
        e.url
            .as_deref()
            .or(e.source.as_deref())
            .unwrap_or(&e.article)
            .to_string(),
    );
    debug_assert_eq!(cells.len(), COLUMNS.len());
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        out.push_str(&one_line(c));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::sample;

    fn cells(line: &str) -> Vec<String> {
        assert!(line.ends_with('\n'));
        line.trim_end_matches('\n')
            .split('\t')
            .map(String::from)
            .collect()
    }

    fn col(name: &str) -> usize {
        COLUMNS.iter().position(|c| *c == name).unwrap()
    }

    #[test]
    fn a_row_has_61_cells_in_the_codebooks_order() {
        assert_eq!(COLUMNS.len(), 61);
        assert_eq!(header().trim_end().split('\t').count(), 61);
        let c = cells(&row(&sample()));
        assert_eq!(c.len(), 61);
        assert_eq!(c[0], "17");
        assert_eq!(c[col("Day")], "20251202");
        assert_eq!(c[col("MonthYear")], "202512");
        assert_eq!(c[col("Year")], "2025");
        assert_eq!(c[col("FractionDate")], "2025.9178");
        assert_eq!(c[col("Actor1Code")], "USAGOV");
        assert_eq!(c[col("Actor1Name")], "STEVE WITKOFF");
        assert_eq!(c[col("Actor1CountryCode")], "USA");
        assert_eq!(c[col("Actor1Type1Code")], "GOV");
        assert_eq!(c[col("Actor2Code")], "RUSGOV");
        assert_eq!(c[col("IsRootEvent")], "1");
        assert_eq!(c[col("EventCode")], "042");
        assert_eq!(c[col("EventBaseCode")], "042");
        assert_eq!(c[col("EventRootCode")], "04");
        assert_eq!(c[col("QuadClass")], "1");
        assert_eq!(c[col("GoldsteinScale")], "1.9");
        assert_eq!(c[col("NumMentions")], "1");
        assert_eq!(c[col("AvgTone")], "");
        assert_eq!(c[col("ActionGeo_Type")], "4");
        assert_eq!(c[col("ActionGeo_FullName")], "Moscow");
        assert_eq!(c[col("ActionGeo_CountryCode")], "RS");
        assert_eq!(c[col("ActionGeo_ADM1Code")], "");
        assert_eq!(c[col("ActionGeo_Lat")], "55.75");
        assert_eq!(c[col("ActionGeo_Long")], "37.62");
        assert_eq!(c[col("SOURCEURL")], "https://example.org/news/1");
    }

    #[test]
    fn quad_class_and_goldstein_follow_the_cameo_tables() {
        for (code, quad, g) in [
            ("010", 1, 0.0),
            ("036", 1, 4.0),
            ("057", 1, 8.0),
            ("061", 2, 6.4),
            ("0874", 2, 10.0),
            ("090", 3, -2.0),
            ("112", 3, -2.0),
            ("1382", 3, -7.0),
            ("145", 4, -7.5),
            ("173", 4, -5.0),
            ("190", 4, -10.0),
            ("204", 4, -10.0),
        ] {
            assert_eq!(quad_class(&code[..2]), Some(quad), "{code}");
            assert_eq!(goldstein(code), Some(g), "{code}");
        }
        // A code GDELT's table lacks takes its parent's value; nonsense takes none.
        assert_eq!(goldstein("0429"), Some(1.9));
        assert_eq!(goldstein("---"), None);
        assert_eq!(goldstein(""), None);
        assert_eq!(quad_class("21"), None);
        assert_eq!(quad_class("x"), None);
    }

    /// Every data line of the two tables parses: their headers' row counts are what loads.
    #[test]
    fn the_data_tables_load_whole() {
        let rows = |text: &str| -> usize {
            let at = text.find("Rows: ").unwrap() + "Rows: ".len();
            text[at..]
                .split('.')
                .next()
                .unwrap()
                .trim()
                .parse()
                .unwrap()
        };
        let goldstein = include_str!("../data/goldstein.tsv");
        let fips = include_str!("../data/fips.tsv");
        assert_eq!(goldstein_table().len(), rows(goldstein));
        assert_eq!(fips_table().len(), rows(fips));
        assert!(goldstein_table()
            .values()
            .all(|v| (-10.0..=10.0).contains(v)));
        assert!(fips_table().values().all(|v| v.len() == 2));
    }

    #[test]
    fn tabs_and_line_breaks_never_split_a_row() {
        let mut e = sample();
        e.source_actor.name = Some("Tab\tand\nnewline".into());
        e.url = Some("https://x.org/a\tb\r\nc".into());
        e.place.as_mut().unwrap().name = "Line\nbreak".into();
        let line = row(&e);
        assert_eq!(line.matches('\n').count(), 1);
        let c = cells(&line);
        assert_eq!(c.len(), 61);
        assert_eq!(c[col("Actor1Name")], "TAB AND NEWLINE");
        assert_eq!(c[col("SOURCEURL")], "https://x.org/a b  c");
    }

    #[test]
    fn partial_dates_sides_and_groups() {
        let mut e = sample();
        e.date = Some("2024-02".into());
        e.target_actor = ExportSide::default();
        e.source_actor = ExportSide {
            code: Some("IGOUNOMIL".into()),
            name: None,
            text: Some("UN peacekeepers".into()),
            country: None,
        };
        e.place = None;
        e.url = None;
        let c = cells(&row(&e));
        assert_eq!(c.len(), 61);
        assert_eq!(c[col("Day")], "");
        assert_eq!(c[col("MonthYear")], "202402");
        assert_eq!(c[col("Year")], "2024");
        assert_eq!(c[col("FractionDate")], "");
        assert_eq!(c[col("Actor1Name")], "UN PEACEKEEPERS");
        assert_eq!(c[col("Actor1CountryCode")], "");
        assert_eq!(c[col("Actor1KnownGroupCode")], "UNO");
        assert_eq!(c[col("Actor1Type1Code")], "MIL");
        assert_eq!(c[col("Actor2Code")], "");
        assert_eq!(c[col("ActionGeo_Type")], "");
        assert_eq!(c[col("SOURCEURL")], "Lede Wire");
        assert_eq!(fraction_date(2024, 12, 31), "2024.9973");
        for (iso, fips) in [
            ("USA", "US"),
            ("GBR", "UK"),
            ("DEU", "GM"),
            ("UKR", "UP"),
            ("rus", "RS"),
        ] {
            assert_eq!(fips_of(iso), Some(fips), "{iso}");
        }
        assert_eq!(fips_of("XXX"), None);
        assert_eq!(fraction_date(2025, 1, 1), "2025.0000");
        assert_eq!(date_parts("2025-02-30"), (Some(2025), Some(2), None));
        assert_eq!(date_parts("garbage"), (None, None, None));
    }
}
