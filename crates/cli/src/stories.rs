//! Stories: brought up to date after `lede ingest` (clustering with `lede-cluster` over what the
//! store holds, written back through `lede-store`), and printed by `lede stories` and
//! `lede story ID`.
//!
//! Clustering is incremental and in arrival order: an ingest that stored new articles loads
//! the clusterer's state saved with the stories (schema 4), adds only the originals stored
//! since, in story order (by date, then id, then key), and writes the stories they changed
//! (schema 5: a new revision for the live stream) with the state, in one transaction. A late
//! article (dated before clustered ones) joins in place: nothing is recomputed. Each run's
//! last row is a checkpoint, so a full replay (run by run, each in story order) gives exactly
//! what the runs gave; it happens only when the state is missing, unreadable or from another
//! format, and says why on stderr. An ingest that stores nothing new leaves them untouched.

use crate::Format;
use clap::Args;
use lede_cluster::{ArticleIn, Clusterer, Config, StoryDetail, TimelineKind, STATE_FORMAT};
use lede_store::{ClusterState, Store, StoryOrderKey, StoryRecord, StoryRow};
use serde_json::{json, Value};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct StoriesArgs {
    #[arg(long)]
    pub db: PathBuf,
    /// Output format (default: a readable table on a terminal, jsonl otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

#[derive(Args)]
pub struct StoryArgs {
    /// The story's id (as `lede stories` prints it), a merged story's id, or an article's id.
    pub id: String,
    #[arg(long)]
    pub db: PathBuf,
    /// Output format (default: a readable timeline on a terminal, jsonl otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

/// What one update did.
pub struct Update {
    /// Articles in the stories now.
    pub articles: usize,
    pub stories: usize,
    /// Stories this update wrote (new or changed).
    pub changed: usize,
    pub seconds: f64,
}

/// Articles read from the store per query while clustering.
const PAGE: usize = 256;

/// Why the saved clusterer state cannot be continued from.
struct Replay(String);

/// Adds the stored articles at `rows` (in that order) to `clusterer`. Article ids are not
/// unique in a store (two folders may both hold `1.txt`): a repeated id takes `#2`, `#3`...
/// so that every stored article is in exactly one story.
fn add_rows(
    store: &Store,
    clusterer: &mut Clusterer,
    rows: &[i64],
) -> Result<Vec<lede_cluster::Assignment>, lede_store::StoreError> {
    let mut assigned = Vec::with_capacity(rows.len());
    for page in rows.chunks(PAGE) {
        for a in store.coded_articles(page)? {
            let mut id = a.ext_id.clone();
            let mut k = 2;
            while clusterer.contains(&id) {
                id = format!("{}#{k}", a.ext_id);
                k += 1;
            }
            assigned.push(clusterer.add(ArticleIn {
                id: &id,
                title: a.title.as_deref(),
                date: a.date.as_deref(),
                source: a.source.as_deref(),
                text: &a.text,
                result: &a.result,
            }));
        }
    }
    Ok(assigned)
}

/// The stories a run may have changed: those its articles joined, those flagged as breaking
/// before (stored) or now, all of them with `complete`; and the stories merged away.
struct Touched {
    stories: Vec<String>,
    removed: Vec<String>,
    complete: bool,
}

impl Touched {
    fn of(
        store: &Store,
        clusterer: &Clusterer,
        assigned: &[lede_cluster::Assignment],
    ) -> Result<Touched, lede_store::StoreError> {
        let mut removed: Vec<String> = assigned.iter().flat_map(|a| a.merged.clone()).collect();
        removed.sort();
        removed.dedup();
        let mut ids: Vec<String> = assigned.iter().map(|a| a.story.clone()).collect();
        ids.extend(store.breaking_story_ids()?);
        ids.extend(clusterer.breaking().into_iter().map(|(id, _)| id));
        // A story merged away later in the run lives on in the story it joined.
        let mut stories: Vec<String> = ids
            .into_iter()
            .filter_map(|id| clusterer.story_of(&id).or(Some(id)))
            .filter(|id| removed.binary_search(id).is_err())
            .collect();
        stories.sort();
        stories.dedup();
        Ok(Touched {
            stories,
            removed,
            complete: false,
        })
    }

    fn all(clusterer: &Clusterer) -> Touched {
        Touched {
            stories: clusterer.stories().into_iter().map(|s| s.id).collect(),
            removed: Vec::new(),
            complete: true,
        }
    }
}

/// Writes the stories `touched` names as `clusterer` has them, and its state (covering
/// originals up to `last_row`, the last in story order being `last`), in one transaction;
/// returns how many stories changed.
fn write(
    store: &mut Store,
    clusterer: &Clusterer,
    touched: &Touched,
    last_row: i64,
    last: Option<StoryOrderKey>,
) -> Result<usize, lede_store::StoreError> {
    let mut records = Vec::with_capacity(touched.stories.len());
    for id in &touched.stories {
        let Some(d) = clusterer.story(id) else {
            continue;
        };
        let s = &d.summary;
        if s.id != *id {
            // An id that now answers for another story (merged): written under its own id.
            continue;
        }
        records.push(StoryRecord {
            id: s.id.clone(),
            title: s.title.clone(),
            first_seen: s.first_seen.clone(),
            last_seen: s.last_seen.clone(),
            breaking: d.breaking.as_ref().map(|b| b.reason.clone()),
            articles: s.articles.clone(),
            merged: d.merges.iter().map(|m| m.from.clone()).collect(),
            detail: detail_json(&d).to_string(),
            position: clusterer.story_position(&s.id).unwrap_or(0) as i64,
        });
    }
    let state = ClusterState {
        format: STATE_FORMAT,
        state: clusterer.save(),
        articles: clusterer.len() as u64,
        last_row,
        last,
    };
    store.update_stories_with_state(&records, &touched.removed, touched.complete, &state)
}

/// Rebuilds the stories from every stored article (a full replay: run by run as the
/// checkpoints record them, each run in story order) and saves the clusterer's state.
pub fn rebuild(store: &mut Store) -> Result<Update, lede_store::StoreError> {
    let started = std::time::Instant::now();
    let order = store.story_replay_order()?;
    let rows: Vec<i64> = order.iter().map(|r| r.row).collect();
    let mut clusterer = Clusterer::default();
    add_rows(store, &mut clusterer, &rows)?;
    let last_row = rows.iter().copied().max().unwrap_or(0);
    let touched = Touched::all(&clusterer);
    let changed = write(
        store,
        &clusterer,
        &touched,
        last_row,
        order.last().map(|r| r.order.clone()),
    )?;
    Ok(Update {
        articles: clusterer.len(),
        stories: clusterer.story_count(),
        changed,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Goes on from the saved clusterer state with the originals stored since, when they all
/// come after the covered ones in story order; otherwise says why a replay is needed.
fn go_on(store: &mut Store) -> Result<Result<Update, Replay>, lede_store::StoreError> {
    let started = std::time::Instant::now();
    let Some(saved) = store.cluster_state()? else {
        let (_, placed) = store.story_coverage()?;
        if placed == 0 {
            // Nothing clustered yet: a replay is the whole job, nothing to say.
            return rebuild(store).map(Ok);
        }
        return Ok(Err(Replay("no saved clusterer state".into())));
    };
    if saved.format != STATE_FORMAT {
        return Ok(Err(Replay(format!(
            "the saved clusterer state is format {}, this build writes {STATE_FORMAT}",
            saved.format
        ))));
    }
    let mut clusterer = match Clusterer::load(&saved.state) {
        Ok(c) => c,
        Err(e) => return Ok(Err(Replay(e.to_string()))),
    };
    if clusterer.config() != &Config::default() {
        return Ok(Err(Replay(
            "the saved clusterer state has other settings".into(),
        )));
    }
    if clusterer.len() as u64 != saved.articles
        || store.originals_up_to(saved.last_row)? != saved.articles
    {
        return Ok(Err(Replay(
            "the saved clusterer state does not match the stored articles".into(),
        )));
    }
    // New originals in story order: late ones (dated before clustered ones) join in place.
    let new = store.story_order_after(saved.last_row)?;
    let rows: Vec<i64> = new.iter().map(|r| r.row).collect();
    let assigned = add_rows(store, &mut clusterer, &rows)?;
    let last_row = rows.iter().copied().max().unwrap_or(0).max(saved.last_row);
    let last = new.last().map(|r| r.order.clone()).or(saved.last);
    let touched = Touched::of(store, &clusterer, &assigned)?;
    let changed = write(store, &clusterer, &touched, last_row, last)?;
    Ok(Ok(Update {
        articles: clusterer.len(),
        stories: clusterer.story_count(),
        changed,
        seconds: started.elapsed().as_secs_f64(),
    }))
}

/// Brings the stories up to date when articles were stored, or when some stored articles are
/// in no story (a database from before stories, articles posted to `lede serve`, or an ingest
/// stopped before its stories were written); otherwise leaves them as they are. Goes on from
/// the saved clusterer state; replays every stored article when that state is missing,
/// unreadable or from another format (and says so on stderr).
pub fn bring_up_to_date(store: &mut Store, stored: u64) -> Result<Option<Update>, String> {
    let (originals, placed) = store.story_coverage().map_err(|e| e.to_string())?;
    if stored == 0 && originals == placed {
        return Ok(None);
    }
    match go_on(store).map_err(|e| e.to_string())? {
        Ok(u) => Ok(Some(u)),
        Err(Replay(why)) => {
            eprintln!("lede: stories: {why}; clustering all {originals} stored articles again");
            rebuild(store).map(Some).map_err(|e| e.to_string())
        }
    }
}

/// The story in full, as stored in `stories.detail` and printed by `lede story`.
fn detail_json(d: &StoryDetail) -> Value {
    let s = &d.summary;
    json!({
        "id": s.id,
        "title": s.title,
        "articles": s.articles,
        "first_seen": s.first_seen,
        "last_seen": s.last_seen,
        "actors": s.actors,
        "places": s.places,
        "sources": s.sources,
        "breaking": d.breaking.as_ref().map(|b| json!({
            "reason": b.reason,
            "recent_articles": b.recent_articles,
            "recent_sources": b.recent_sources,
            "window_days": b.window_days,
            "baseline_per_day": b.baseline_per_day,
        })),
        "timeline": d.timeline.iter().map(|t| json!({
            "date": t.date,
            "kind": t.kind.as_str(),
            "article": t.article,
            "source": t.source,
            "text": t.text,
            "reports": t.reports,
        })).collect::<Vec<_>>(),
        "events": d.events.iter().map(|e| json!({
            "code": e.code,
            "root": e.root,
            "source": e.source,
            "target": e.target,
            "date": e.date,
            "place": e.place,
            "sentence": e.sentence,
            "first_seen": e.first_seen,
            "sources": e.sources,
            "mentions": e.mentions.iter().map(|m| json!({
                "article": m.article,
                "source": m.source,
                "date": m.date,
                "sentence": m.sentence,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "adds": d.adds.iter().map(|a| json!({
            "article": a.article,
            "date": a.date,
            "source": a.source,
            "title": a.title,
            "events": a.events,
            "quotes": a.quotes,
            "actors": a.actors,
            "places": a.places,
        })).collect::<Vec<_>>(),
        "discrepancies": d.discrepancies.iter().map(|x| json!({
            "kind": x.kind,
            "about": x.about,
            "values": x.values.iter().map(|v| json!({
                "value": v.value,
                "articles": v.articles,
                "sources": v.sources,
                "context": v.context,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "merges": d.merges.iter().map(|m| json!({
            "from": m.from,
            "articles": m.articles,
            "by_article": m.by_article,
        })).collect::<Vec<_>>(),
    })
}

/// Opens the database for reading stories, bringing them up to date first where stored
/// articles are in no story (a database written before stories existed).
fn open(db: &std::path::Path) -> Result<Store, ExitCode> {
    let mut store = match Store::open_existing(db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return Err(ExitCode::from(2));
        }
    };
    if let Err(e) = bring_up_to_date(&mut store, 0) {
        eprintln!("lede: {}: cannot update the stories: {e}", db.display());
        return Err(ExitCode::from(2));
    }
    Ok(store)
}

fn format_or_default(f: Option<Format>) -> Format {
    f.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Pretty
    } else {
        Format::Jsonl
    })
}

fn finish(res: std::io::Result<()>) -> ExitCode {
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: cannot write the output: {e}");
            ExitCode::from(1)
        }
    }
}

fn strings(v: &Value, key: &str) -> Value {
    match v.get(key) {
        Some(Value::Array(a)) => Value::Array(a.clone()),
        _ => Value::Array(Vec::new()),
    }
}

/// The contract's story object, with actors, places, sources and the breaking reason.
fn story_line(s: &StoryRow) -> Value {
    let detail: Value = serde_json::from_str(&s.detail).unwrap_or(Value::Null);
    json!({
        "id": s.id,
        "title": s.title,
        "articles": s.articles,
        "first_seen": s.first_seen,
        "last_seen": s.last_seen,
        "actors": strings(&detail, "actors"),
        "places": strings(&detail, "places"),
        "sources": strings(&detail, "sources"),
        "breaking": s.breaking,
    })
}

pub fn stories(args: StoriesArgs) -> ExitCode {
    let store = match open(&args.db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let rows = match store.stories() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lede: {}: {e}", args.db.display());
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let res = (|| -> std::io::Result<()> {
        match format_or_default(args.format) {
            Format::Jsonl => {
                for s in &rows {
                    serde_json::to_writer(&mut out, &story_line(s))?;
                    out.write_all(b"\n")?;
                }
            }
            Format::Pretty => {
                for s in &rows {
                    let flag = if s.breaking.is_some() {
                        " [breaking]"
                    } else {
                        ""
                    };
                    writeln!(
                        out,
                        "{}  {} to {}  {} article(s){flag}\n  {}\n  articles: {}",
                        s.id,
                        s.first_seen,
                        s.last_seen,
                        s.articles.len(),
                        s.title,
                        s.articles.join(", ")
                    )?;
                    let line = story_line(s);
                    let names = |k: &str| -> String {
                        line[k]
                            .as_array()
                            .map(|a| {
                                a.iter()
                                    .filter_map(|x| x.as_str())
                                    .take(6)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            })
                            .unwrap_or_default()
                    };
                    writeln!(
                        out,
                        "  actors: {}\n  places: {}\n",
                        names("actors"),
                        names("places")
                    )?;
                }
            }
        }
        out.flush()
    })();
    finish(res)
}

pub fn story(args: StoryArgs) -> ExitCode {
    let store = match open(&args.db) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let row = match store.story(&args.id) {
        Ok(Some(r)) => r,
        Ok(None) => {
            eprintln!(
                "lede: no story has id {:?}; `lede stories --db {}` lists them",
                args.id,
                args.db.display()
            );
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("lede: {}: {e}", args.db.display());
            return ExitCode::from(2);
        }
    };
    let detail: Value = match serde_json::from_str(&row.detail) {
        Ok(v) => v,
        Err(e) => {
            eprintln!(
                "lede: {}: story {:?} has an unreadable detail ({e}); run `lede ingest` again",
                args.db.display(),
                row.id
            );
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let res = match format_or_default(args.format) {
        Format::Jsonl => serde_json::to_writer(&mut out, &detail)
            .map_err(std::io::Error::from)
            .and_then(|_| out.write_all(b"\n")),
        Format::Pretty => out.write_all(pretty(&row, &detail).as_bytes()),
    }
    .and_then(|_| out.flush());
    finish(res)
}

fn text_of(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// A story's timeline for reading: header, timeline, what each article added, disputes.
fn pretty(row: &StoryRow, d: &Value) -> String {
    let empty = Vec::new();
    let list = |k: &str| d[k].as_array().unwrap_or(&empty).clone();
    let mut s = format!(
        "{}\n{} — {} to {}, {} article(s)\n",
        row.title,
        row.id,
        row.first_seen,
        row.last_seen,
        row.articles.len()
    );
    if let Some(b) = &row.breaking {
        s.push_str(&format!("BREAKING: {b}\n"));
    }
    s.push_str("\nTimeline\n");
    for t in list("timeline") {
        let kind = text_of(&t["kind"]);
        let reports = t["reports"].as_u64().unwrap_or(1);
        let mark = match kind {
            k if k == TimelineKind::Event.as_str() => "event",
            k if k == TimelineKind::Quote.as_str() => "quote",
            _ => "said ",
        };
        let more = if reports > 1 {
            format!(" ({reports} reports)")
        } else {
            String::new()
        };
        s.push_str(&format!(
            "  {}  {mark}  {}{more}  [{}]\n",
            text_of(&t["date"]),
            text_of(&t["text"]).replace('\n', " "),
            text_of(&t["article"])
        ));
    }
    s.push_str("\nWhat each article added\n");
    for a in list("adds") {
        let mut parts = Vec::new();
        for k in ["events", "quotes", "actors", "places"] {
            let n = a[k].as_array().map_or(0, |x| x.len());
            if n > 0 {
                let items: Vec<&str> = a[k]
                    .as_array()
                    .unwrap_or(&empty)
                    .iter()
                    .map(text_of)
                    .take(4)
                    .collect();
                parts.push(format!("{k}: {}", items.join("; ")));
            }
        }
        if parts.is_empty() {
            parts.push("nothing new".into());
        }
        s.push_str(&format!(
            "  {} {}: {}\n",
            text_of(&a["date"]),
            text_of(&a["article"]),
            parts.join(" | ")
        ));
    }
    let disputes = list("discrepancies");
    if !disputes.is_empty() {
        s.push_str("\nDiscrepancies\n");
        for x in disputes {
            let versions: Vec<String> = x["values"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .map(|v| {
                    let who: Vec<&str> = v["sources"]
                        .as_array()
                        .unwrap_or(&empty)
                        .iter()
                        .map(text_of)
                        .collect();
                    format!("{} ({})", text_of(&v["value"]), who.join(", "))
                })
                .collect();
            s.push_str(&format!(
                "  {}: {}\n",
                text_of(&x["about"]),
                versions.join(" vs ")
            ));
        }
    }
    let merges = list("merges");
    if !merges.is_empty() {
        s.push_str("\nMerged\n");
        for m in merges {
            s.push_str(&format!(
                "  story {} ({} article(s)), linked by {}\n",
                text_of(&m["from"]),
                m["articles"].as_u64().unwrap_or(0),
                text_of(&m["by_article"])
            ));
        }
    }
    s
}
