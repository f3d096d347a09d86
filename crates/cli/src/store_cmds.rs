//! The store commands: `lede ingest`, `lede stats`, and the queries `lede events`, `quotes`,
//! `actors`, `search`. Wiring only: sources and the pipeline come from `lede-pipeline`, SQL
//! from `lede-store`.

use crate::{load_sets, Format};
use clap::Args;
use lede_extract::Engine;
use lede_pipeline::{
    expand_inputs, stream_source, BatchSink, CodedArticle, IngestConfig, Progress, ReadItem, Stage,
    Totals, WriteCounts,
};
use lede_store::{ArticleRecord, Filter, ProvenanceId, Store, StoreError};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Args)]
pub struct IngestArgs {
    /// The database file (created if absent, migrated if older).
    #[arg(long)]
    pub db: PathBuf,
    /// Article date (YYYY-MM-DD) for inputs that carry none.
    #[arg(long)]
    pub date: Option<String>,
    /// Add a dictionary folder (Lede, PETRARCH-2, PETRARCH-1 or TABARI layout). Repeatable.
    #[arg(long = "dict")]
    pub dicts: Vec<PathBuf>,
    /// Code with the given --dict sets only.
    #[arg(long)]
    pub no_default_dict: bool,
    /// Coder threads (default: available cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch_size: usize,
    /// Least seconds between two requests to one host when fetching URLs (robots.txt
    /// Crawl-delay wins when longer).
    #[arg(long, default_value_t = 1.0)]
    pub per_host_delay: f64,
    /// Files, folders (recursive), .jsonl, .json, .html, RSS/Atom feeds, WARC archives
    /// (.warc, .warc.gz), http(s):// URLs of feeds and pages (fetched politely: robots.txt,
    /// a per-host delay, conditional requests), or - (stdin).
    pub inputs: Vec<String>,
}

#[derive(Args)]
pub struct StatsArgs {
    #[arg(long)]
    pub db: PathBuf,
}

/// The filter flags shared by the queries (`lede events`, ...) and `lede export`.
#[derive(Args)]
pub struct FilterArgs {
    /// Actor code prefix (USA, USAGOV) or words of a name (Putin), either side.
    #[arg(long)]
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3 country code (RUS): an actor's, or an event's place.
    #[arg(long)]
    pub country: Option<String>,
    /// CAMEO root code (04).
    #[arg(long)]
    pub root: Option<String>,
    /// PLOVER category (CONSULT).
    #[arg(long)]
    pub plover: Option<String>,
    /// Earliest date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, visible_alias = "since")]
    pub from: Option<String>,
    /// Latest date, inclusive of the whole day, month or year (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, visible_alias = "until")]
    pub to: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<u32>,
}

impl FilterArgs {
    /// The store filter with full-text query `text`, if the dates, CAMEO root and country
    /// code are well formed; else a message naming the flag and what to write.
    pub fn filter(&self, text: Option<String>) -> Result<Filter, String> {
        for (flag, d) in [("--from", &self.from), ("--to", &self.to)] {
            if let Some(d) = d {
                if !valid_date(d) {
                    return Err(format!(
                        "{flag} {d:?} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
                    ));
                }
            }
        }
        if let Some(r) = &self.root {
            if r.is_empty() || r.len() > 2 || !r.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "--root {r:?} is not a CAMEO root; give its two digits, e.g. 04"
                ));
            }
        }
        if let Some(c) = &self.country {
            if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Err(format!(
                    "--country {c:?} is not an ISO 3166-1 alpha-3 code; e.g. RUS, UKR, USA"
                ));
            }
        }
        Ok(Filter {
            actor: self.actor.clone(),
            country: self.country.clone(),
            root: self.root.clone(),
            plover: self.plover.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            text,
            limit: self.limit,
        })
    }
}

#[derive(Args)]
pub struct QueryArgs {
    #[arg(long)]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format (default: a readable table on a terminal, jsonl otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Full-text query (SQLite FTS5: words, "a phrase", prefix*, AND/OR/NOT).
    pub query: Option<String>,
}

struct StoreSink {
    store: Store,
    provenance: ProvenanceId,
}

impl BatchSink for StoreSink {
    type Error = StoreError;
    fn write_batch(&mut self, batch: Vec<CodedArticle>) -> Result<WriteCounts, StoreError> {
        let records: Vec<ArticleRecord> = batch
            .into_iter()
            .map(|c| ArticleRecord {
                ext_id: c.article.input.id,
                url: c.article.url,
                source: c.article.source,
                title: c.article.input.title,
                date: c.article.input.date.map(|d| d.to_string()),
                text: c.article.input.text,
                origin: c.article.origin,
                reader: format!("reader:{}", c.article.reader),
                result: c.result,
            })
            .collect();
        let c = self.store.write_batch(self.provenance, &records)?;
        Ok(WriteCounts {
            stored: c.inserted,
            already_stored: c.already_stored,
            duplicates: c.duplicates,
            events: c.events,
            quotes: c.quotes,
        })
    }
}

fn summary(t: &Totals) -> String {
    format!(
        "{} articles stored ({} already stored, {} copies linked), {} events, {} quotes, {} errors, {} warnings in {:.1} s ({:.0} articles/s)",
        t.written.stored,
        t.skipped + t.written.already_stored,
        t.written.duplicates,
        t.written.events,
        t.written.quotes,
        t.errors,
        t.warnings,
        t.elapsed.as_secs_f64(),
        t.rate()
    )
}

pub fn ingest(args: IngestArgs) -> ExitCode {
    let date = match args
        .date
        .as_deref()
        .map(|d| (d, lede_pipeline::parse_date(d)))
    {
        Some((d, None)) => {
            eprintln!("lede: --date {d:?} is not a date; write it as YYYY-MM-DD");
            return ExitCode::from(2);
        }
        Some((_, Some(d))) => Some(d),
        None => None,
    };
    if args.inputs.is_empty() {
        eprintln!("lede: no input; give files, folders, feeds, or - to read an article from stdin");
        return ExitCode::from(2);
    }
    let sets = match load_sets(&args.dicts, args.no_default_dict) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let mut store = match Store::open(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let opened = store.provenance(
        &format!("lede {}", env!("CARGO_PKG_VERSION")),
        &lede_dict::fingerprint(&sets),
    );
    let provenance = match opened {
        Ok(p) => p,
        Err(e) => {
            eprintln!("lede: {}: {e}", args.db.display());
            return ExitCode::from(2);
        }
    };
    let reader_store = match Store::open_reader(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let engine = Engine::new(&sets);
    let config = IngestConfig {
        threads: args
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        batch_size: args.batch_size.max(1),
        ..IngestConfig::default()
    };
    if !(args.per_host_delay.is_finite() && args.per_host_delay >= 0.0) {
        eprintln!("lede: --per-host-delay must be a number of seconds, 0 or more");
        return ExitCode::from(2);
    }
    let mut fetcher = lede_fetch::Fetcher::new(lede_fetch::FetchConfig {
        per_host_delay: Duration::from_secs_f64(args.per_host_delay.min(3600.0)),
        ..lede_fetch::FetchConfig::default()
    });
    // Validators kept from earlier runs make fetches conditional: an unchanged feed or page
    // is answered 304 and not read again.
    match store.fetch_validators() {
        Ok(kept) => {
            for (url, etag, last_modified) in kept {
                fetcher.remember(&url, etag, last_modified);
            }
        }
        Err(e) => eprintln!("lede: warning: cannot read the kept HTTP validators: {e}"),
    }
    let validators = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut fetcher = KeepValidators {
        fetcher,
        out: validators.clone(),
    };
    let inputs = args.inputs;
    let read = move |emit: &mut dyn FnMut(ReadItem) -> bool| {
        let (files, errors) = expand_inputs(&inputs);
        for e in errors {
            if !emit(ReadItem::Failed(e)) {
                return;
            }
        }
        for name in &files {
            let bytes = if name == "-" {
                let mut buf = Vec::new();
                if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                    emit(ReadItem::Failed(lede_pipeline::InputError {
                        input: "-".into(),
                        message: format!("cannot read stdin: {e}"),
                    }));
                    continue;
                }
                Some(buf)
            } else if name.starts_with("http://") || name.starts_with("https://") {
                match fetcher.fetcher.fetch(name) {
                    Ok(lede_fetch::Fetched::Body(body)) => Some(body),
                    // Unchanged since it was last fetched (in this run or an earlier one):
                    // its articles are in hand or stored already.
                    Ok(lede_fetch::Fetched::NotModified) => continue,
                    Err(e) => {
                        let failed = lede_pipeline::InputError {
                            input: e.url,
                            message: e.message,
                        };
                        if !emit(ReadItem::Failed(failed)) {
                            return;
                        }
                        continue;
                    }
                }
            } else {
                None
            };
            // Articles are handed on as they are read: a WARC archive streams record by record.
            let mut go_on = true;
            stream_source(name, bytes, date, &mut |item| {
                go_on = match item {
                    Err(e) => emit(ReadItem::Failed(e)),
                    Ok(a) => {
                        for d in &a.input.diagnostics {
                            let warning = lede_pipeline::InputError {
                                input: a.origin.clone(),
                                message: d.message.clone(),
                            };
                            if !emit(ReadItem::Warned(warning)) {
                                return false;
                            }
                        }
                        let key = lede_store::article_key(a.url.as_deref(), &a.input.text);
                        // A lookup error only costs a re-coding: the writer skips stored keys anyway.
                        let item = if reader_store.contains_key(&key).unwrap_or(false) {
                            ReadItem::Skipped
                        } else {
                            ReadItem::Article(a)
                        };
                        emit(item)
                    }
                };
                go_on
            });
            if !go_on {
                return;
            }
        }
    };
    let mut sink = StoreSink { store, provenance };
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    });
    let mut progress = |p: Progress<'_>| match p {
        Progress::Failed(e) => match &bar {
            Some(b) => b.println(format!("lede: {e}")),
            None => eprintln!("lede: {e}"),
        },
        Progress::Warned(e) => match &bar {
            Some(b) => b.println(format!("lede: warning: {}", e.message)),
            None => eprintln!("lede: warning: {}", e.message),
        },
        Progress::Advanced(t) => {
            if let Some(b) = &bar {
                b.set_message(summary(t));
            }
        }
        Progress::Stage(s) => {
            if let Some(b) = &bar {
                b.set_prefix(match s {
                    Stage::Reading => "reading",
                    Stage::Finishing => "finishing",
                    Stage::Done => "done",
                });
            }
        }
    };
    let (totals, failure) = lede_pipeline::ingest(&engine, &config, read, &mut sink, &mut progress);
    // The reader is done (and dropped): keep what the servers said for the next run.
    let kept = std::mem::take(&mut *validators.lock().unwrap_or_else(|e| e.into_inner()));
    if !kept.is_empty() {
        if let Err(e) = sink.store.save_fetch_validators(&kept) {
            eprintln!("lede: warning: cannot keep the HTTP validators for the next run: {e}");
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    eprintln!("lede: {}", summary(&totals));
    // Stories over everything stored, when something was stored. After a stopped run the
    // next run rebuilds them (stored articles in no story); a failure here leaves them as
    // they were.
    let stories = match failure {
        None => crate::stories::bring_up_to_date(&mut sink.store, totals.written.stored),
        Some(_) => Ok(None),
    };
    match stories {
        Ok(Some(u)) => eprintln!(
            "lede: {} stories over {} articles ({} new or changed) in {:.1} s",
            u.stories, u.articles, u.changed, u.seconds
        ),
        Ok(None) => {}
        Err(e) => {
            eprintln!(
                "lede: {}: cannot update the stories: {e}; they are as the last ingest left them",
                args.db.display()
            );
            return ExitCode::from(2);
        }
    }
    if let Some(e) = failure {
        eprintln!(
            "lede: {}: stopped: {e}; what was stored is consistent, run the same command again to resume",
            args.db.display()
        );
        return ExitCode::from(2);
    }
    if totals.errors + totals.warnings > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn stats(args: StatsArgs) -> ExitCode {
    let store = match Store::open_existing(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    match store.stats() {
        Ok(s) => match serde_json::to_string(&s) {
            Ok(json) => {
                let _ = writeln!(std::io::stdout().lock(), "{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("lede: {e}");
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprintln!("lede: {}: {e}", args.db.display());
            ExitCode::from(2)
        }
    }
}

/// Which rows a query command prints.
#[derive(Clone, Copy)]
pub enum Query {
    Events,
    Quotes,
    Actors,
    Search,
}

fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [_, _, _] => lede_pipeline::parse_date(d).is_some(),
        _ => false,
    }
}

fn cut(s: &str, n: usize) -> String {
    let s = s.replace(['\n', '\r', '\t'], " ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("-")
}

/// Rows as aligned columns; the last column is not padded.
fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: Vec<String>, out: &mut String| {
        let n = cells.len();
        for (i, (c, w)) in cells.into_iter().zip(&widths).enumerate() {
            out.push_str(&c);
            if i + 1 < n {
                out.push_str(&" ".repeat(w - c.chars().count() + 2));
            }
        }
        out.push('\n');
    };
    line(header.iter().map(|h| h.to_string()).collect(), &mut out);
    for r in rows {
        line(r, &mut out);
    }
    out
}

fn print_rows<T: serde::Serialize>(
    rows: &[T],
    format: Format,
    to_table: impl FnOnce(&[T]) -> String,
) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Pretty => out.write_all(to_table(rows).as_bytes())?,
    }
    out.flush()
}

pub fn query(which: Query, args: QueryArgs) -> ExitCode {
    let filter = match args.filter.filter(args.query.clone()) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let store = match Store::open_existing(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Pretty
    } else {
        Format::Jsonl
    });
    let printed = match which {
        Query::Events => store.events(&filter).map(|rows| {
            print_rows(&rows, format, |rows| {
                table(
                    &[
                        "date", "code", "plover", "source", "target", "article", "sentence",
                    ],
                    rows.iter()
                        .map(|e| {
                            vec![
                                opt(&e.date).to_string(),
                                e.code.clone(),
                                opt(&e.plover).to_string(),
                                cut(opt(&e.source_code), 12),
                                cut(opt(&e.target_code), 12),
                                cut(&e.article, 24),
                                cut(&e.sentence, 80),
                            ]
                        })
                        .collect(),
                )
            })
        }),
        Query::Quotes => store.quotes(&filter).map(|rows| {
            print_rows(&rows, format, |rows| {
                table(
                    &["date", "speaker", "code", "article", "quote"],
                    rows.iter()
                        .map(|q| {
                            vec![
                                opt(&q.date).to_string(),
                                cut(
                                    q.speaker_name
                                        .as_deref()
                                        .or(q.speaker_text.as_deref())
                                        .unwrap_or("-"),
                                    24,
                                ),
                                opt(&q.speaker_code).to_string(),
                                cut(&q.article, 24),
                                cut(&q.text, 90),
                            ]
                        })
                        .collect(),
                )
            })
        }),
        Query::Actors => store.actors(&filter).map(|rows| {
            print_rows(&rows, format, |rows| {
                table(
                    &["articles", "mentions", "code", "country", "kind", "name"],
                    rows.iter()
                        .map(|a| {
                            vec![
                                a.articles.to_string(),
                                a.mentions.to_string(),
                                opt(&a.code).to_string(),
                                opt(&a.country).to_string(),
                                a.kind.clone(),
                                opt(&a.name).to_string(),
                            ]
                        })
                        .collect(),
                )
            })
        }),
        Query::Search => store.search(&filter).map(|rows| {
            print_rows(&rows, format, |rows| {
                table(
                    &["date", "events", "quotes", "article", "title or match"],
                    rows.iter()
                        .map(|a| {
                            vec![
                                opt(&a.date).to_string(),
                                a.events.to_string(),
                                a.quotes.to_string(),
                                cut(&a.id, 24),
                                cut(
                                    a.snippet.as_deref().or(a.title.as_deref()).unwrap_or("-"),
                                    90,
                                ),
                            ]
                        })
                        .collect(),
                )
            })
        }),
    };
    match printed {
        Ok(Ok(())) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("lede: cannot write the output: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("lede: {}: {e}", args.db.display());
            ExitCode::from(2)
        }
    }
}

/// The fetcher of one ingest; when the reader drops it, its validators (ETag, Last-Modified)
/// go to `out`, to be kept in the store for the next run.
struct KeepValidators {
    fetcher: lede_fetch::Fetcher,
    out: std::sync::Arc<std::sync::Mutex<Vec<lede_store::Validators>>>,
}

impl Drop for KeepValidators {
    fn drop(&mut self) {
        *self.out.lock().unwrap_or_else(|e| e.into_inner()) = self.fetcher.validators();
    }
}
