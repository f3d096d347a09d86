//! Lede's exporters: stored events written in the formats of the event-data ecosystem —
//! JSON lines of Lede's own event shape (`jsonl`), PLOVER event records (`plover`), the GDELT
//! 2.0 Event table (`gdelt`) and Apache Parquet (`parquet`, behind the cargo feature of the
//! same name).
//!
//! Entry points: [`export`] reads a store ([`lede_store::Store::export_events`], streamed,
//! constant memory) and writes one format to a writer; the per-format writers are pure
//! functions of one [`ExportEvent`] ([`jsonl::record`], [`plover::record`], [`gdelt::row`]),
//! testable without a database. [`Format`] names the formats as `--format` spells them.
//!
//! Architecture invariants: depends on `lede-store` (for the record it reads), `serde` and
//! `serde_json`, and with the `parquet` feature the `parquet` crate without Arrow — never on
//! `lede-extract`, `lede-pipeline`, `lede-server` or anything that codes text; an export is a
//! function of what the store holds. Never prints, exits or panics on any input:
//! an event that cannot be written in a format is counted and named in [`Summary::omitted`],
//! and the others are still written. No clock: the same store gives byte-identical output.

pub mod gdelt;
pub mod jsonl;
#[cfg(feature = "parquet")]
pub mod parquet_out;
pub mod plover;

pub use lede_store::export::{ExportEvent, ExportPlace, ExportQuery, ExportSide};
/// The parquet crate this build writes with, for readers (tests, tools) to read back with.
#[cfg(feature = "parquet")]
pub use parquet;

use lede_store::{Store, StoreError};
use std::fmt;
use std::io::Write;
use std::str::FromStr;

/// An export format, as `--format` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Plover,
    Gdelt,
    Parquet,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Plover,
        Format::Gdelt,
        Format::Jsonl,
        Format::Parquet,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Plover => "plover",
            Format::Gdelt => "gdelt",
            Format::Parquet => "parquet",
        }
    }

    /// Text formats can go to standard output; Parquet needs a file.
    pub fn is_text(self) -> bool {
        self != Format::Parquet
    }

    /// Whether this build can write the format (Parquet needs the `parquet` feature).
    pub fn available(self) -> bool {
        self != Format::Parquet || cfg!(feature = "parquet")
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!("unknown export format {s:?}; use one of plover, gdelt, jsonl, parquet")
            })
    }
}

/// How to write: settings that are not the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// GDELT: a first line naming the 61 columns (GDELT's own files have none).
    pub gdelt_header: bool,
}

/// Why an export stopped.
#[derive(Debug)]
pub enum ExportError {
    /// The store could not be read.
    Store(StoreError),
    /// The output could not be written.
    Write(std::io::Error),
    /// This build has no Parquet writer.
    ParquetUnavailable,
    /// The Parquet writer failed.
    Parquet(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Store(e) => write!(f, "{e}"),
            ExportError::Write(e) => write!(f, "cannot write the output ({e})"),
            ExportError::ParquetUnavailable => write!(
                f,
                "this lede was built without Parquet support; rebuild it with `cargo build --release -p lede --features parquet`, or export jsonl"
            ),
            ExportError::Parquet(e) => write!(f, "cannot write Parquet ({e})"),
        }
    }
}

impl std::error::Error for ExportError {}

impl From<StoreError> for ExportError {
    fn from(e: StoreError) -> Self {
        ExportError::Store(e)
    }
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Write(e)
    }
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Events read from the store.
    pub read: u64,
    /// Events written.
    pub written: u64,
    /// Events not written, each with why (`event row N: reason`): rows the store could not
    /// read, and events the format has no place for (PLOVER records need a category).
    pub omitted: Vec<String>,
}

/// Writes the events `q` selects from `store` to `out` in `format`. Text formats are written
/// as they are read; Parquet in row groups of at most [`parquet_out::ROW_GROUP`] events.
pub fn export(
    store: &Store,
    q: &ExportQuery,
    format: Format,
    opts: &Options,
    out: &mut (dyn Write + Send),
) -> Result<Summary, ExportError> {
    let mut summary = Summary::default();
    let mut failed: Option<ExportError> = None;
    let read = match format {
        Format::Jsonl | Format::Plover | Format::Gdelt => {
            if format == Format::Gdelt && opts.gdelt_header {
                out.write_all(gdelt::header().as_bytes())?;
            }
            let mut line = String::new();
            store.export_events(q, |e| {
                summary.read += 1;
                line.clear();
                let written = match format {
                    Format::Jsonl => {
                        jsonl::write_record(&e, &mut line);
                        true
                    }
                    Format::Plover => plover::write_record(&e, &mut line),
                    _ => {
                        gdelt::write_row(&e, &mut line);
                        true
                    }
                };
                if !written {
                    summary.omitted.push(format!(
                        "event row {}: CAMEO {} has no PLOVER category in the store (PLOVER drops CAMEO 01)",
                        e.row, e.code
                    ));
                    return true;
                }
                match out.write_all(line.as_bytes()) {
                    Ok(()) => {
                        summary.written += 1;
                        true
                    }
                    Err(err) => {
                        failed = Some(ExportError::Write(err));
                        false
                    }
                }
            })?
        }
        Format::Parquet => export_parquet(store, q, out, &mut summary, &mut failed)?,
    };
    if let Some(e) = failed {
        return Err(e);
    }
    out.flush()?;
    summary.omitted.splice(0..0, read.skipped);
    Ok(summary)
}

#[cfg(feature = "parquet")]
fn export_parquet(
    store: &Store,
    q: &ExportQuery,
    out: &mut (dyn Write + Send),
    summary: &mut Summary,
    failed: &mut Option<ExportError>,
) -> Result<lede_store::export::ExportRead, ExportError> {
    let mut writer = parquet_out::Writer::new(out)?;
    let read = store.export_events(q, |e| {
        summary.read += 1;
        match writer.push(&e) {
            Ok(()) => {
                summary.written += 1;
                true
            }
            Err(err) => {
                *failed = Some(err);
                false
            }
        }
    })?;
    if failed.is_none() {
        writer.finish()?;
    }
    Ok(read)
}

#[cfg(not(feature = "parquet"))]
fn export_parquet(
    _store: &Store,
    _q: &ExportQuery,
    _out: &mut (dyn Write + Send),
    _summary: &mut Summary,
    _failed: &mut Option<ExportError>,
) -> Result<lede_store::export::ExportRead, ExportError> {
    Err(ExportError::ParquetUnavailable)
}

/// The text of a cell or field with tabs and line breaks made spaces (GDELT cells, Parquet
/// never needs it).
pub(crate) fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        std::borrow::Cow::Owned(s.replace(['\t', '\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An event as `lede ingest` stores one, every field filled.
    pub fn sample() -> ExportEvent {
        ExportEvent {
            row: 17,
            article: "seed-article".into(),
            url: Some("https://example.org/news/1".into()),
            title: Some("Talks in Moscow".into()),
            source: Some("Lede Wire".into()),
            article_date: Some("2025-12-03".into()),
            origin: "tests/seed.txt".into(),
            story: Some("s-1".into()),
            date: Some("2025-12-02".into()),
            code: "042".into(),
            root: "04".into(),
            plover: Some("CONSULT".into()),
            source_actor: ExportSide {
                code: Some("USAGOV".into()),
                name: Some("Steve Witkoff".into()),
                text: Some("U.S. Special Envoy Steve Witkoff".into()),
                country: Some("USA".into()),
            },
            target_actor: ExportSide {
                code: Some("RUSGOV".into()),
                name: Some("Vladimir Putin".into()),
                text: Some("Russian President Vladimir Putin".into()),
                country: Some("RUS".into()),
            },
            place: Some(ExportPlace {
                name: "Moscow".into(),
                country: Some("RUS".into()),
                lat: Some(55.75),
                lon: Some(37.62),
                region: Some("Moscow".into()),
                kind: Some("city".into()),
            }),
            modality: "asserted".into(),
            sentence: "Witkoff met Putin in Moscow on Tuesday.".into(),
            start: 0,
            end: 39,
            trigger: "met".into(),
            trigger_start: 8,
            trigger_end: 11,
            lead: true,
            rule: "verbs.txt:12".into(),
            engine_version: "lede 0.1.0".into(),
            dict_hash: "abc123".into(),
        }
    }

    #[test]
    fn formats_parse_as_the_flag_spells_them_and_unknown_ones_are_named() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
        assert_eq!("GDELT".parse::<Format>(), Ok(Format::Gdelt));
        let err = "csv".parse::<Format>().unwrap_err();
        assert!(err.contains("\"csv\"") && err.contains("plover"), "{err}");
        assert!(!Format::Parquet.is_text() && Format::Gdelt.is_text());
    }

    #[test]
    fn cells_lose_tabs_and_line_breaks_only() {
        assert_eq!(one_line("a\tb\nc\r\nd"), "a b c  d");
        assert!(matches!(one_line("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
