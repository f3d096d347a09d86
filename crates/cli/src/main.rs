//! `lede`: the command line. Parses flags, wires the crates together, prints, sets exit codes.
//! Nothing else lives here.

mod alloc;
mod export;
mod pretty;
mod serve;
mod store_cmds;
mod stories;
mod suggest;
mod validate;

/// mimalloc rather than the system allocator: coding an article makes thousands of small
/// short-lived allocations (words, codes, spans); `lede code` runs markedly faster with it.
#[global_allocator]
static ALLOCATOR: alloc::MiMalloc = alloc::MiMalloc;

use clap::{Parser, Subcommand, ValueEnum};
use lede_dict::DictSet;
use lede_extract::Engine;
use lede_model::ArticleResult;
use lede_pipeline::Sink;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lede",
    version,
    about = "Turns news into structured, verifiable data: events, quotes, actors, places, dates."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Jsonl,
    Pretty,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles and print the results (stores nothing).
    Code {
        /// Article date (YYYY-MM-DD) for inputs that carry none.
        #[arg(long)]
        date: Option<String>,
        /// Add a dictionary folder (Lede, PETRARCH-2, PETRARCH-1 or TABARI layout). Repeatable.
        #[arg(long = "dict")]
        dicts: Vec<PathBuf>,
        /// Code with the given --dict sets only.
        #[arg(long)]
        no_default_dict: bool,
        /// Output format (default: pretty on a terminal, jsonl otherwise).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Worker threads (default: available cores).
        #[arg(long)]
        threads: Option<usize>,
        /// .txt (one article), .jsonl (one article a line) or - (stdin: JSON lines or a JSON article if it looks like one, else text).
        inputs: Vec<String>,
    },
    /// Code a validation suite (JSON lines with expected codings) and print the score per
    /// category and overall, with every miss.
    Validate {
        /// The suite, e.g. ../shared/validation/petr-unit.dev.jsonl.
        suite: PathBuf,
        /// Dictionary folder(s) the suite is coded with. Repeatable.
        #[arg(long = "dict", required = true)]
        dicts: Vec<PathBuf>,
        /// Also use Lede's own dictionaries.
        #[arg(long)]
        with_default_dict: bool,
    },
    /// Code and store articles: files, folders, .jsonl, .json, .html, RSS/Atom feeds.
    Ingest(store_cmds::IngestArgs),
    /// Counts of what a database holds, as one JSON object.
    Stats(store_cmds::StatsArgs),
    /// Stored events, with filters.
    Events(store_cmds::QueryArgs),
    /// Stored quotes, with filters.
    Quotes(store_cmds::QueryArgs),
    /// Actors of stored articles, most reported first, with filters.
    Actors(store_cmds::QueryArgs),
    /// Full-text search over stored articles, with filters.
    Search(store_cmds::QueryArgs),
    /// Stories: which stored reports tell the same developing story, one JSON object a story.
    Stories(stories::StoriesArgs),
    /// One story's timeline: events, quotes and dated statements in order, what each article
    /// added, discrepancies, the breaking reason.
    Story(stories::StoryArgs),
    /// Serve the HTTP API (under /api/v1/) and the dashboard (at /) over a database.
    Serve(serve::ServeArgs),
    /// Export stored events: PLOVER event JSON, the GDELT 2.0 Event table, JSON lines or
    /// Parquet.
    Export(export::ExportArgs),
    /// Dictionary tools.
    Dict {
        #[command(subcommand)]
        command: DictCommand,
    },
}

#[derive(Subcommand)]
enum DictCommand {
    /// Load a dictionary folder and print counts and every unreadable line as file:line: reason.
    Check { dir: PathBuf },
    /// List frequent capitalized names that no dictionary covers, with counts and samples.
    Suggest {
        /// Corpus files (.txt, .jsonl, .json) or folders of them.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Also treat these dictionary folders as covered. Repeatable.
        #[arg(long = "dict")]
        dicts: Vec<PathBuf>,
        /// Only names seen at least this often.
        #[arg(long, default_value_t = 2)]
        min_count: usize,
        /// At most this many names.
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Code {
            date,
            dicts,
            no_default_dict,
            format,
            threads,
            inputs,
        } => code(date, dicts, no_default_dict, format, threads, inputs),
        Command::Validate {
            suite,
            dicts,
            with_default_dict,
        } => validate_cmd(&suite, &dicts, with_default_dict),
        Command::Ingest(args) => store_cmds::ingest(args),
        Command::Stats(args) => store_cmds::stats(args),
        Command::Events(args) => store_cmds::query(store_cmds::Query::Events, args),
        Command::Quotes(args) => store_cmds::query(store_cmds::Query::Quotes, args),
        Command::Actors(args) => store_cmds::query(store_cmds::Query::Actors, args),
        Command::Search(args) => store_cmds::query(store_cmds::Query::Search, args),
        Command::Stories(args) => stories::stories(args),
        Command::Story(args) => stories::story(args),
        Command::Serve(args) => serve::run(args),
        Command::Export(args) => export::run(args),
        Command::Dict {
            command: DictCommand::Check { dir },
        } => dict_check(&dir),
        Command::Dict {
            command:
                DictCommand::Suggest {
                    inputs,
                    dicts,
                    min_count,
                    limit,
                },
        } => dict_suggest(&inputs, &dicts, min_count, limit),
    }
}

/// Loads the dictionary sets in force, or explains why not.
fn load_sets(dicts: &[PathBuf], no_default: bool) -> Result<Vec<DictSet>, String> {
    let mut sets = Vec::new();
    if !no_default {
        sets.push(lede_dict::default_set());
    }
    for d in dicts {
        let set = lede_dict::load_dir(d).map_err(|e| e.to_string())?;
        for diag in set.diagnostics.iter().take(20) {
            eprintln!("lede: warning: {diag}");
        }
        if set.diagnostics.len() > 20 {
            eprintln!(
                "lede: warning: {} more unreadable dictionary lines (see `lede dict check {}`)",
                set.diagnostics.len() - 20,
                d.display()
            );
        }
        sets.push(set);
    }
    if sets.is_empty() {
        return Err("--no-default-dict needs at least one --dict DIR".into());
    }
    Ok(sets)
}

struct Printer<W: Write> {
    out: W,
    format: Format,
    failed: bool,
}

impl<W: Write> Sink for Printer<W> {
    fn article(&mut self, r: ArticleResult) {
        let res = match self.format {
            Format::Jsonl => serde_json::to_writer(&mut self.out, &r)
                .map_err(std::io::Error::from)
                .and_then(|_| self.out.write_all(b"\n")),
            Format::Pretty => self.out.write_all(pretty::render(&r).as_bytes()),
        };
        if res.is_err() {
            self.failed = true;
        }
    }
}

fn code(
    date: Option<String>,
    dicts: Vec<PathBuf>,
    no_default: bool,
    format: Option<Format>,
    threads: Option<usize>,
    mut inputs: Vec<String>,
) -> ExitCode {
    let date = match date.as_deref().map(|d| (d, lede_pipeline::parse_date(d))) {
        Some((d, None)) => {
            eprintln!("lede: --date {d:?} is not a date; write it as YYYY-MM-DD");
            return ExitCode::from(2);
        }
        Some((_, Some(d))) => Some(d),
        None => None,
    };
    let sets = match load_sets(&dicts, no_default) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let engine = Engine::from_sets(sets);
    if inputs.is_empty() {
        if std::io::stdin().is_terminal() {
            eprintln!(
                "lede: no input; give .txt or .jsonl files, or - to read an article from stdin"
            );
            return ExitCode::from(2);
        }
        inputs.push("-".into());
    }
    let stdout = std::io::stdout();
    let format = format.unwrap_or(if stdout.is_terminal() {
        Format::Pretty
    } else {
        Format::Jsonl
    });
    let mut printer = Printer {
        out: std::io::BufWriter::new(stdout.lock()),
        format,
        failed: false,
    };
    let threads =
        threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut failures = 0;
    for name in &inputs {
        let bytes = if name == "-" {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("lede: -: cannot read stdin: {e}");
                failures += 1;
                continue;
            }
            Some(buf)
        } else {
            None
        };
        let (articles, errors) = lede_pipeline::read_source(name, bytes, date);
        for e in &errors {
            eprintln!("lede: {e}");
        }
        failures += errors.len();
        lede_pipeline::code_sourced(&engine, articles, threads, &mut printer);
    }
    if printer.out.flush().is_err() || printer.failed {
        return ExitCode::from(1);
    }
    if failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn dict_check(dir: &std::path::Path) -> ExitCode {
    match lede_dict::petrarch::check_dir(dir) {
        Ok(report) => {
            // (a reader that stops early, "| head", is no error)
            let _ = writeln!(std::io::stdout().lock(), "{report}");
            if report.diagnostics.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("lede: {e}");
            ExitCode::from(2)
        }
    }
}

fn validate_cmd(suite: &std::path::Path, dicts: &[PathBuf], with_default: bool) -> ExitCode {
    let sets = match load_sets(dicts, !with_default) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(suite) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("lede: {}: cannot read the suite: {e}", suite.display());
            return ExitCode::from(2);
        }
    };
    let engine = Engine::from_sets(sets);
    let summary = validate::run(&engine, &suite.display().to_string(), &text);
    let _ = write!(std::io::stdout().lock(), "{}", summary.report);
    let _ = (summary.right, summary.total);
    if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn dict_suggest(inputs: &[PathBuf], dicts: &[PathBuf], min_count: usize, limit: usize) -> ExitCode {
    let sets = match load_sets(dicts, false) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let lexicon = lede_extract::Lexicon::from_sets(sets);
    let mut errors = Vec::new();
    let found = suggest::suggest(&lexicon, inputs, &mut errors);
    for e in &errors {
        eprintln!("lede: {e}");
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (name, c) in found
        .iter()
        .filter(|(_, c)| c.count >= min_count)
        .take(limit)
    {
        let _ = writeln!(out, "{}\t{}\t{}", c.count, name, c.samples.join(" | "));
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
