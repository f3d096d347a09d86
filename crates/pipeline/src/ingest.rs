//! The ingest pipeline: one reader thread → bounded channel → `threads` coders → bounded
//! channel → one writer (the calling thread) that hands batches to a [`BatchSink`].
//!
//! Bounded channels keep memory flat whatever the input size: a slow writer slows the coders,
//! which slow the reader. Results arrive in completion order, not input order (a store does not
//! care; `code_all` keeps order for printing).

use crate::{InputError, SourcedArticle};
use lede_extract::Engine;
use lede_model::ArticleResult;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the reader hands to the pipeline.
#[derive(Debug)]
pub enum ReadItem {
    Article(SourcedArticle),
    /// An input, line or item that could not be read.
    Failed(InputError),
    /// An article the sink already holds (the reader checked); counted, not coded.
    Skipped,
    /// A problem with an input that was still read (e.g. invalid UTF-8 decoded lossily).
    Warned(InputError),
}

/// An article and its coding.
#[derive(Debug, Clone)]
pub struct CodedArticle {
    pub article: SourcedArticle,
    pub result: ArticleResult,
}

/// What one batch added to the sink.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteCounts {
    pub stored: u64,
    /// Already held (same article written before).
    pub already_stored: u64,
    /// Kept as a link to a copy already held.
    pub duplicates: u64,
    pub events: u64,
    pub quotes: u64,
}

/// Where coded articles go, a batch at a time (a store writer; a test collector).
pub trait BatchSink {
    type Error: std::fmt::Display;
    /// Writes a whole batch or none of it.
    fn write_batch(&mut self, batch: Vec<CodedArticle>) -> Result<WriteCounts, Self::Error>;
}

/// The stages of a run, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading inputs; coding and writing go on at the same time.
    Reading,
    /// Every input read and coded; writing the last batch.
    Finishing,
    Done,
}

/// Running totals.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Totals {
    pub stage: Stage,
    /// Articles read (coded or skipped).
    pub read: u64,
    /// Articles the reader found already stored.
    pub skipped: u64,
    pub coded: u64,
    pub written: WriteCounts,
    /// Inputs, lines or items that failed to read or code.
    pub errors: u64,
    /// Inputs read despite a problem.
    pub warnings: u64,
    /// Time since the run started.
    pub elapsed: Duration,
}

impl Totals {
    /// Articles coded per second so far.
    pub fn rate(&self) -> f64 {
        self.read as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// What the writer reports as it goes.
#[derive(Debug)]
pub enum Progress<'a> {
    Stage(Stage),
    /// An input that failed (name and reason), as soon as it is known.
    Failed(&'a InputError),
    /// An input read despite a problem (name and reason).
    Warned(&'a InputError),
    /// After each batch is written (or a skip is counted).
    Advanced(&'a Totals),
}

#[derive(Debug, Clone, Copy)]
pub struct IngestConfig {
    /// Coder threads.
    pub threads: usize,
    /// Articles per sink batch (per transaction, for a store).
    pub batch_size: usize,
    /// Capacity of each of the two channels.
    pub channel_capacity: usize,
    /// A partial batch is written after this long without a new article, so a slow source
    /// still gets stored steadily.
    pub max_batch_wait: Duration,
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch_size: 256,
            channel_capacity: 512,
            max_batch_wait: Duration::from_millis(500),
        }
    }
}

enum Coded {
    Article(Box<CodedArticle>),
    Failed(InputError),
    Warned(InputError),
    Skipped,
}

/// Runs the pipeline. `read` runs on its own thread and hands items to its `emit` argument,
/// which returns `false` once the pipeline has stopped (the sink failed): stop reading then.
/// Returns the totals, and the sink's error if it failed (the run stops at the first one).
pub fn ingest<S: BatchSink>(
    engine: &Engine,
    config: &IngestConfig,
    read: impl FnOnce(&mut dyn FnMut(ReadItem) -> bool) + Send,
    sink: &mut S,
    progress: &mut dyn FnMut(Progress<'_>),
) -> (Totals, Option<S::Error>) {
    let started = Instant::now();
    let cap = config.channel_capacity.max(1);
    let (read_tx, read_rx) = mpsc::sync_channel::<ReadItem>(cap);
    let (coded_tx, coded_rx) = mpsc::sync_channel::<Coded>(cap);
    // Shared by the coders only: when the last one stops, the receiver goes and the reader's
    // next send fails, so a stopped run also stops its reader.
    let read_rx = Arc::new(Mutex::new(read_rx));
    let mut totals = Totals {
        stage: Stage::Reading,
        read: 0,
        skipped: 0,
        coded: 0,
        written: WriteCounts::default(),
        errors: 0,
        warnings: 0,
        elapsed: Duration::ZERO,
    };
    let mut failure = None;
    progress(Progress::Stage(Stage::Reading));
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut emit = |item: ReadItem| read_tx.send(item).is_ok();
            read(&mut emit);
        });
        for _ in 0..config.threads.max(1) {
            let coded_tx = coded_tx.clone();
            let read_rx = Arc::clone(&read_rx);
            scope.spawn(move || loop {
                let item = match read_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let out = match item {
                    Err(_) => return,
                    Ok(ReadItem::Skipped) => Coded::Skipped,
                    Ok(ReadItem::Failed(e)) => Coded::Failed(e),
                    Ok(ReadItem::Warned(e)) => Coded::Warned(e),
                    Ok(ReadItem::Article(article)) => code_one(engine, article),
                };
                if coded_tx.send(out).is_err() {
                    return;
                }
            });
        }
        drop(coded_tx);
        drop(read_rx);

        let mut batch: Vec<CodedArticle> = Vec::with_capacity(config.batch_size);
        let mut flush = |batch: &mut Vec<CodedArticle>,
                         totals: &mut Totals,
                         progress: &mut dyn FnMut(Progress<'_>)|
         -> Result<(), S::Error> {
            if batch.is_empty() {
                return Ok(());
            }
            let counts = sink.write_batch(std::mem::take(batch))?;
            let w = &mut totals.written;
            w.stored += counts.stored;
            w.already_stored += counts.already_stored;
            w.duplicates += counts.duplicates;
            w.events += counts.events;
            w.quotes += counts.quotes;
            totals.elapsed = started.elapsed();
            progress(Progress::Advanced(totals));
            Ok(())
        };
        loop {
            let next = coded_rx.recv_timeout(config.max_batch_wait);
            let result = match next {
                Ok(Coded::Article(a)) => {
                    totals.read += 1;
                    totals.coded += 1;
                    batch.push(*a);
                    if batch.len() >= config.batch_size.max(1) {
                        flush(&mut batch, &mut totals, progress)
                    } else {
                        Ok(())
                    }
                }
                Ok(Coded::Failed(e)) => {
                    totals.errors += 1;
                    progress(Progress::Failed(&e));
                    Ok(())
                }
                Ok(Coded::Warned(e)) => {
                    totals.warnings += 1;
                    progress(Progress::Warned(&e));
                    Ok(())
                }
                Ok(Coded::Skipped) => {
                    totals.read += 1;
                    totals.skipped += 1;
                    if totals.skipped.is_multiple_of(1024) {
                        totals.elapsed = started.elapsed();
                        progress(Progress::Advanced(&totals));
                    }
                    Ok(())
                }
                Err(RecvTimeoutError::Timeout) => flush(&mut batch, &mut totals, progress),
                Err(RecvTimeoutError::Disconnected) => {
                    totals.stage = Stage::Finishing;
                    progress(Progress::Stage(Stage::Finishing));
                    let r = flush(&mut batch, &mut totals, progress);
                    if let Err(e) = r {
                        failure = Some(e);
                    }
                    break;
                }
            };
            if let Err(e) = result {
                failure = Some(e);
                break;
            }
        }
        // Dropping the receiver stops the coders, whose exit stops the reader.
        drop(coded_rx);
    });
    totals.stage = Stage::Done;
    totals.elapsed = started.elapsed();
    progress(Progress::Stage(Stage::Done));
    (totals, failure)
}

/// Codes one article; a panic in the engine (a bug) fails that article, not the run.
fn code_one(engine: &Engine, article: SourcedArticle) -> Coded {
    let coded =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| engine.code(&article.input)));
    match coded {
        Ok(result) => Coded::Article(Box::new(CodedArticle { article, result })),
        Err(_) => Coded::Failed(InputError {
            input: article.origin.clone(),
            message: "coding failed with an internal error (a bug in Lede; please report it with this article)".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_extract::{ArticleInput, CodingOptions};

    #[derive(Default)]
    struct Collect {
        batches: Vec<usize>,
        ids: Vec<String>,
        fail_after: Option<usize>,
    }

    impl BatchSink for Collect {
        type Error = String;
        fn write_batch(&mut self, batch: Vec<CodedArticle>) -> Result<WriteCounts, String> {
            if self.fail_after.is_some_and(|n| self.batches.len() >= n) {
                return Err("disk full".into());
            }
            self.batches.push(batch.len());
            let events = batch.iter().map(|c| c.result.events.len() as u64).sum();
            self.ids
                .extend(batch.iter().map(|c| c.article.input.id.clone()));
            Ok(WriteCounts {
                stored: batch.len() as u64,
                events,
                ..WriteCounts::default()
            })
        }
    }

    fn article(i: usize) -> SourcedArticle {
        SourcedArticle {
            input: ArticleInput {
                id: format!("a{i}"),
                text: format!(
                    "Russian President Vladimir Putin met U.S. envoys in Moscow on day {i}."
                ),
                date: None,
                title: None,
                options: CodingOptions::default(),
                diagnostics: Vec::new(),
            },
            url: None,
            source: None,
            origin: format!("gen:{i}"),
            reader: "txt",
        }
    }

    fn engine() -> Engine {
        Engine::new(&[lede_dict::default_set()])
    }

    #[test]
    fn every_article_reaches_the_sink_once_in_batches() {
        let engine = engine();
        let config = IngestConfig {
            threads: 3,
            batch_size: 7,
            channel_capacity: 2,
            max_batch_wait: Duration::from_secs(5),
        };
        let mut sink = Collect::default();
        let mut failed = Vec::new();
        let mut stages = Vec::new();
        let (totals, err) = ingest(
            &engine,
            &config,
            |emit| {
                for i in 0..50 {
                    if i == 10 {
                        emit(ReadItem::Failed(InputError {
                            input: "bad.jsonl:3".into(),
                            message: "not JSON".into(),
                        }));
                    }
                    if i % 10 == 0 {
                        emit(ReadItem::Skipped);
                    }
                    emit(ReadItem::Article(article(i)));
                }
            },
            &mut sink,
            &mut |p| match p {
                Progress::Failed(e) => failed.push(e.to_string()),
                Progress::Warned(_) => {}
                Progress::Stage(s) => stages.push(s),
                Progress::Advanced(_) => {}
            },
        );
        assert!(err.is_none());
        let mut ids = sink.ids.clone();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 50);
        assert_eq!(sink.ids.len(), 50);
        assert!(sink.batches.iter().all(|&n| n <= 7));
        assert_eq!(sink.batches.iter().sum::<usize>(), 50);
        assert_eq!(
            (totals.read, totals.coded, totals.skipped, totals.errors),
            (55, 50, 5, 1)
        );
        assert_eq!(totals.written.stored, 50);
        assert!(totals.written.events > 0, "the articles describe a meeting");
        assert_eq!(failed, ["bad.jsonl:3: not JSON"]);
        assert_eq!(stages, [Stage::Reading, Stage::Finishing, Stage::Done]);
        assert_eq!(totals.stage, Stage::Done);
    }

    #[test]
    fn a_failing_sink_stops_the_run_and_the_reader() {
        let engine = engine();
        let config = IngestConfig {
            threads: 2,
            batch_size: 4,
            channel_capacity: 2,
            max_batch_wait: Duration::from_secs(5),
        };
        let mut sink = Collect {
            fail_after: Some(2),
            ..Collect::default()
        };
        let mut offered = 0;
        let (totals, err) = ingest(
            &engine,
            &config,
            |emit| {
                for i in 0..100_000 {
                    offered += 1;
                    if !emit(ReadItem::Article(article(i))) {
                        break;
                    }
                }
            },
            &mut sink,
            &mut |_| {},
        );
        assert_eq!(err.as_deref(), Some("disk full"));
        assert_eq!(sink.ids.len(), 8);
        assert_eq!(totals.written.stored, 8);
        assert!(
            offered < 100,
            "the reader stopped early ({offered} offered)"
        );
    }
}
