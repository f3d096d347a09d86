//! `lede export`: stored events in an ecosystem format (PLOVER, GDELT 2.0, JSON lines,
//! Parquet). Wiring only: the rows come from `lede-store`, the formats from `lede-export`.
//!
//! A file output is written beside its path (`PATH.partial`) and renamed into place when the
//! export is complete, so a failed or interrupted export never leaves a truncated file under
//! the name asked for.

use clap::Args;
use lede_export::{ExportQuery, Format, Options};
use lede_store::{Store, StoreError};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args)]
pub struct ExportArgs {
    /// The database file written by `lede ingest`.
    #[arg(long)]
    pub db: PathBuf,
    /// plover (PLOVER event JSON, one a line), gdelt (GDELT 2.0 Event table, 61 tab-separated
    /// columns), jsonl (Lede's event objects with their article), parquet (one typed row an
    /// event; in builds with the default `parquet` feature).
    #[arg(long, value_parser = parse_format)]
    pub format: Format,
    /// Output file, or - for standard output (text formats only).
    #[arg(long)]
    pub out: PathBuf,
    /// gdelt: begin with a line naming the 61 columns (GDELT's own files have none).
    #[arg(long)]
    pub header: bool,
    #[command(flatten)]
    pub filter: crate::store_cmds::FilterArgs,
    /// Only the events of this story's articles (an id from `lede stories`).
    #[arg(long)]
    pub story: Option<String>,
    /// Full-text query over the articles (SQLite FTS5: words, "a phrase", prefix*, AND/OR/NOT).
    #[arg(long)]
    pub text: Option<String>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn query_of(a: &ExportArgs) -> Result<ExportQuery, String> {
    Ok(ExportQuery {
        filter: a.filter.filter(a.text.clone())?,
        story: a.story.clone(),
    })
}

/// `PATH.partial`, beside `path`.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

pub fn run(args: ExportArgs) -> ExitCode {
    let started = Instant::now();
    let format = args.format;
    if !format.available() {
        eprintln!(
            "lede: --format {format}: {}",
            lede_export::ExportError::ParquetUnavailable
        );
        return ExitCode::from(2);
    }
    let query = match query_of(&args) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    if args.header && format != Format::Gdelt {
        eprintln!("lede: --header is for --format gdelt only; the other formats name their fields themselves");
        return ExitCode::from(2);
    }
    let to_stdout = args.out.as_os_str() == "-";
    if to_stdout && !format.is_text() {
        eprintln!(
            "lede: --format {format} is binary and cannot go to standard output; give --out FILE"
        );
        return ExitCode::from(2);
    }
    let store = match Store::open_reader(&args.db) {
        Ok(s) => s,
        Err(_) if !args.db.is_file() => {
            eprintln!(
                "lede: {}: no such database; create it with `lede ingest --db {} INPUT...`",
                args.db.display(),
                args.db.display()
            );
            return ExitCode::from(2);
        }
        // An older schema (migrated on open), or a file being written: open it normally.
        Err(_) => match Store::open_existing(&args.db) {
            Ok(s) => s,
            // These name the file themselves.
            Err(e @ (StoreError::Open { .. } | StoreError::NotFound(_))) => {
                eprintln!("lede: {e}");
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("lede: {}: {e}", args.db.display());
                return ExitCode::from(2);
            }
        },
    };
    let opts = Options {
        gdelt_header: args.header,
    };
    let (result, target) = if to_stdout {
        // `Stdout` (not its lock) is `Send`, as the export's writer must be.
        let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout());
        let r = lede_export::export(&store, &query, format, &opts, &mut out).and_then(|s| {
            out.flush()?;
            Ok(s)
        });
        (r, "standard output".to_string())
    } else {
        let partial = partial_path(&args.out);
        let file = match std::fs::File::create(&partial) {
            Ok(f) => f,
            Err(e) => {
                eprintln!(
                    "lede: {}: cannot write the output ({e}); check that its folder exists and is writable",
                    args.out.display()
                );
                return ExitCode::from(2);
            }
        };
        let mut out = BufWriter::with_capacity(1 << 16, file);
        let r = lede_export::export(&store, &query, format, &opts, &mut out).and_then(|s| {
            out.flush()?;
            out.get_ref().sync_all()?;
            Ok(s)
        });
        drop(out);
        let r = match r {
            Ok(s) => std::fs::rename(&partial, &args.out)
                .map(|_| s)
                .map_err(lede_export::ExportError::Write),
            Err(e) => Err(e),
        };
        if r.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        (r, args.out.display().to_string())
    };
    let summary = match result {
        Ok(s) => s,
        // A reader that stopped early (`lede export ... --out - | head`) is no failure.
        Err(lede_export::ExportError::Write(e))
            if to_stdout && e.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("lede: export to {target} failed: {e}");
            return ExitCode::from(2);
        }
    };
    // Rows the store could not read are failures; events PLOVER has no category for are not.
    let (unreadable, dropped): (Vec<&String>, Vec<&String>) = summary
        .omitted
        .iter()
        .partition(|m| !m.contains("no PLOVER category"));
    for m in unreadable.iter().take(20) {
        eprintln!("lede: {}: {m}", args.db.display());
    }
    if unreadable.len() > 20 {
        eprintln!("lede: {} more unreadable rows", unreadable.len() - 20);
    }
    let secs = started.elapsed().as_secs_f64();
    let mut line = format!(
        "lede: exported {} events ({format}) to {target} in {secs:.1} s ({:.0} events/s)",
        summary.written,
        summary.written as f64 / secs.max(1e-9)
    );
    if !dropped.is_empty() {
        line.push_str(&format!(
            "; {} events without a PLOVER category (CAMEO 01 statements...) left out",
            dropped.len()
        ));
    }
    if !unreadable.is_empty() {
        line.push_str(&format!("; {} unreadable rows skipped", unreadable.len()));
    }
    eprintln!("{line}");
    if unreadable.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
