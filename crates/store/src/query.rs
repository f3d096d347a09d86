//! Questions over the store: counts, events, quotes, actors and articles, with one [`Filter`]
//! shape for all of them.

use crate::{Store, StoreError};
use rusqlite::types::Value;
use rusqlite::Row;
use serde::Serialize;

/// Narrows a query; every field is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// An actor code prefix (`USA`, `USAGOV`: capitals and digits, matched on codes only when
    /// some stored code starts with it) or words of an actor's name or mention (`Putin`,
    /// `NATO` where no code starts with it; case-insensitive), matched on either side of an
    /// event, a quote's speaker, or an actor.
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3: actors whose code starts with it, or events placed there.
    pub country: Option<String>,
    /// CAMEO root (`04`, or `4`); for quotes, actors and articles: articles with such an event.
    pub root: Option<String>,
    /// PLOVER category (`CONSULT`), case-insensitive; like `root` for the other queries.
    pub plover: Option<String>,
    /// Earliest date, ISO, inclusive (event date for events, article date otherwise).
    pub from: Option<String>,
    /// Latest date, ISO, inclusive.
    pub to: Option<String>,
    /// An SQLite FTS5 query over article text (quotes: over quote text and speaker).
    pub text: Option<String>,
    /// At most this many rows.
    pub limit: Option<u32>,
}

/// Counts of what is stored (`lede stats`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Stored articles, syndicated copies not counted.
    pub articles: u64,
    pub events: u64,
    pub quotes: u64,
    /// Actor entries (one per actor per article).
    pub actors: u64,
    pub stories: u64,
    /// Syndicated copies linked to an article already stored.
    pub duplicates: u64,
    /// Distinct actors by (code, name).
    pub distinct_actors: u64,
    pub schema_version: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub article: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub code: String,
    pub root: String,
    pub plover: Option<String>,
    pub source_code: Option<String>,
    pub source_name: Option<String>,
    pub source_text: Option<String>,
    pub target_code: Option<String>,
    pub target_name: Option<String>,
    pub target_text: Option<String>,
    pub place: Option<String>,
    pub place_country: Option<String>,
    pub modality: String,
    pub sentence: String,
    pub start: i64,
    pub end: i64,
    pub trigger: String,
    pub rule: String,
    pub engine_version: String,
    pub dict_hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub article: String,
    pub date: Option<String>,
    pub text: String,
    pub kind: String,
    pub verb: Option<String>,
    pub speaker_name: Option<String>,
    pub speaker_code: Option<String>,
    pub speaker_text: Option<String>,
    pub start: i64,
    pub end: i64,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRow {
    pub name: Option<String>,
    pub code: Option<String>,
    pub country: Option<String>,
    pub kind: String,
    /// Articles that name the actor.
    pub articles: u64,
    /// Mentions across those articles.
    pub mentions: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub origin: String,
    /// The id of the stored article this one is a syndicated copy of.
    pub duplicate_of: Option<String>,
    pub events: u64,
    pub quotes: u64,
    /// The best-matching passage, `[matches]` bracketed (full-text searches only).
    pub snippet: Option<String>,
}

/// WHERE clauses and their positional parameters, in order.
#[derive(Default)]
struct Where {
    clauses: Vec<String>,
    params: Vec<Value>,
}

impl Where {
    fn push_values(&mut self, (clause, values): (String, Vec<Value>)) {
        self.clauses.push(clause);
        self.params.extend(values);
    }
    fn push(&mut self, clause: &str, values: &[&str]) {
        self.clauses.push(clause.to_string());
        self.params
            .extend(values.iter().map(|v| Value::Text(v.to_string())));
    }
    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn root_of(r: &str) -> String {
    let r = r.trim();
    if r.len() == 1 {
        format!("0{r}")
    } else {
        r.chars().take(2).collect()
    }
}

fn limit_sql(f: &Filter) -> String {
    match f.limit {
        Some(n) => format!("LIMIT {n}"),
        None => String::new(),
    }
}

/// Event-based filters for a query whose article id is `article_col`.
fn article_event_filters(f: &Filter, article_col: &str, w: &mut Where) {
    if let Some(r) = &f.root {
        w.push(
            &format!("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = {article_col} AND ev.root = ?)"),
            &[&root_of(r)],
        );
    }
    if let Some(p) = &f.plover {
        w.push(
            &format!("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = {article_col} AND upper(ev.plover) = upper(?))"),
            &[p],
        );
    }
}

fn date_filters(f: &Filter, col: &str, w: &mut Where) {
    if let Some(d) = &f.from {
        w.push(&format!("{col} >= ?"), &[d]);
    }
    if let Some(d) = &f.to {
        // `to` is inclusive of the whole day (or month) it names.
        w.push(&format!("substr({col}, 1, length(?)) <= ?"), &[d, d]);
    }
}

fn article_text_filter(f: &Filter, article_col: &str, w: &mut Where) {
    if let Some(q) = &f.text {
        w.push(
            &format!(
                "{article_col} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            ),
            &[q],
        );
    }
}

/// The columns `event_row` reads, in its order (and three more some callers use after them).
pub(crate) const EVENT_COLUMNS: &str = "a.ext_id, a.url, e.date, e.code, e.root, e.plover,
    e.source_code, e.source_name, e.source_text, e.target_code, e.target_name, e.target_text,
    e.place_name, e.place_country, e.modality, e.sentence, e.start, e.\"end\",
    e.trigger_text, e.rule, p.engine_version, p.dict_hash, e.trigger_start, e.trigger_end, e.id";

pub(crate) fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        article: r.get(0)?,
        url: r.get(1)?,
        date: r.get(2)?,
        code: r.get(3)?,
        root: r.get(4)?,
        plover: r.get(5)?,
        source_code: r.get(6)?,
        source_name: r.get(7)?,
        source_text: r.get(8)?,
        target_code: r.get(9)?,
        target_name: r.get(10)?,
        target_text: r.get(11)?,
        place: r.get(12)?,
        place_country: r.get(13)?,
        modality: r.get(14)?,
        sentence: r.get(15)?,
        start: r.get(16)?,
        end: r.get(17)?,
        trigger: r.get(18)?,
        rule: r.get(19)?,
        engine_version: r.get(20)?,
        dict_hash: r.get(21)?,
    })
}

/// How an actor filter's value matches: see [`Filter::actor`].
#[derive(Debug)]
pub(crate) enum ActorMatch {
    /// Codes in `[from, to)`: those starting with the prefix. `rare` when few events carry
    /// them: the code indexes then serve the query; a common code is checked row by row
    /// while walking the date order (a page fills at once, no sort of thousands of rows).
    Code {
        from: String,
        to: String,
        rare: bool,
    },
    /// Names or mention texts containing the words, case-insensitive.
    Name(String),
}

impl ActorMatch {
    /// SQL true when one of `sides` (code, name and optional mention-text columns) matches,
    /// with its values in order. A code prefix compares as a range, so that the code indexes
    /// serve it and no name is lower-cased.
    pub(crate) fn clause(&self, sides: &[(&str, &str, Option<&str>)]) -> (String, Vec<Value>) {
        let mut parts = Vec::new();
        let mut values = Vec::new();
        for (code, name, text) in sides {
            match self {
                ActorMatch::Code { from, to, rare } => {
                    let col = if *rare {
                        code.to_string()
                    } else {
                        format!("+{code}")
                    };
                    parts.push(format!("({col} >= ? AND {col} < ?)"));
                    values.extend([Value::Text(from.clone()), Value::Text(to.clone())]);
                }
                ActorMatch::Name(v) => {
                    let v = Value::Text(v.to_lowercase());
                    parts.push(format!("instr(lower(coalesce({name}, '')), ?) > 0"));
                    values.push(v.clone());
                    if let Some(t) = text {
                        parts.push(format!("instr(lower(coalesce({t}, '')), ?) > 0"));
                        values.push(v);
                    }
                }
            }
        }
        (format!("({})", parts.join(" OR ")), values)
    }
}

impl Store {
    /// How `value` matches actors in this store (see [`Filter::actor`]).
    pub(crate) fn actor_match(&self, value: &str) -> Result<ActorMatch, StoreError> {
        let v = value.trim();
        if v.len() >= 2
            && v.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            // `~` sorts after every capital and digit: [v, v~) is "starts with v".
            let to = format!("{v}~");
            let known: bool = self
                .conn
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM actors WHERE code >= ?1 AND code < ?2)
                         OR EXISTS (SELECT 1 FROM events WHERE source_code >= ?1 AND source_code < ?2)
                         OR EXISTS (SELECT 1 FROM events WHERE target_code >= ?1 AND target_code < ?2)
                         OR EXISTS (SELECT 1 FROM quotes WHERE speaker_code >= ?1 AND speaker_code < ?2)",
                )?
                .query_row([v, to.as_str()], |r| r.get(0))?;
            if known {
                let common: i64 = self
                    .conn
                    .prepare_cached(
                        "SELECT (SELECT count(*) FROM (SELECT 1 FROM events
                                 WHERE source_code >= ?1 AND source_code < ?2 LIMIT 2000))
                              + (SELECT count(*) FROM (SELECT 1 FROM events
                                 WHERE target_code >= ?1 AND target_code < ?2 LIMIT 2000))",
                    )?
                    .query_row([v, to.as_str()], |r| r.get(0))?;
                return Ok(ActorMatch::Code {
                    from: v.to_string(),
                    to,
                    rare: common < 2000,
                });
            }
        }
        Ok(ActorMatch::Name(v.to_string()))
    }
}

/// With a full-text query, a generic SQLite error can only come from the MATCH expression (the
/// rest of the SQL is fixed), so it is reported as a bad query.
pub(crate) fn map_err(e: rusqlite::Error, f: &Filter) -> StoreError {
    match (&f.text, &e) {
        (Some(q), rusqlite::Error::SqliteFailure(err, msg))
            if err.code == rusqlite::ErrorCode::Unknown =>
        {
            StoreError::BadQuery {
                query: q.clone(),
                reason: msg.clone().unwrap_or_else(|| err.to_string()),
            }
        }
        _ => StoreError::Sql(e),
    }
}

impl Store {
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |sql: &str| -> Result<u64, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        let has_stories: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'stories'",
            [],
            |r| r.get(0),
        )?;
        Ok(Stats {
            articles: count("SELECT count(*) FROM articles WHERE duplicate_of IS NULL")?,
            events: count("SELECT count(*) FROM events")?,
            quotes: count("SELECT count(*) FROM quotes")?,
            actors: count("SELECT count(*) FROM actors")?,
            stories: if has_stories {
                count("SELECT count(*) FROM stories")?
            } else {
                0
            },
            duplicates: count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            distinct_actors: count(
                "SELECT count(*) FROM (SELECT DISTINCT code, name FROM actors)",
            )?,
            schema_version: self.schema_version()?,
        })
    }

    /// Events, oldest first.
    pub fn events(&self, f: &Filter) -> Result<Vec<EventRow>, StoreError> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.push_values(self.actor_match(a)?.clause(&[
                ("e.source_code", "e.source_name", Some("e.source_text")),
                ("e.target_code", "e.target_name", Some("e.target_text")),
            ]));
        }
        if let Some(c) = &f.country {
            w.push(
                "(substr(e.source_code, 1, 3) = upper(?) OR substr(e.target_code, 1, 3) = upper(?) OR e.place_country = upper(?))",
                &[c, c, c],
            );
        }
        if let Some(r) = &f.root {
            w.push("e.root = ?", &[&root_of(r)]);
        }
        if let Some(p) = &f.plover {
            w.push("upper(e.plover) = upper(?)", &[p]);
        }
        date_filters(f, "e.date", &mut w);
        article_text_filter(f, "e.article_id", &mut w);
        let sql = format!(
            "SELECT {EVENT_COLUMNS}
             FROM events e
             JOIN articles a ON a.id = e.article_id
             JOIN provenance p ON p.id = e.provenance_id
             {} ORDER BY e.date, e.id {}",
            w.sql(),
            limit_sql(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st
            .query_map(rusqlite::params_from_iter(w.params.iter()), event_row)
            .map_err(|e| map_err(e, f))?;
        rows.collect::<Result<_, _>>().map_err(|e| map_err(e, f))
    }

    /// Quotes, in article order.
    pub fn quotes(&self, f: &Filter) -> Result<Vec<QuoteRow>, StoreError> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.push_values(self.actor_match(a)?.clause(&[(
                "q.speaker_code",
                "q.speaker_name",
                Some("q.speaker_text"),
            )]));
        }
        if let Some(c) = &f.country {
            w.push("substr(q.speaker_code, 1, 3) = upper(?)", &[c]);
        }
        article_event_filters(f, "q.article_id", &mut w);
        date_filters(f, "a.date", &mut w);
        if let Some(q) = &f.text {
            w.push(
                "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)",
                &[q],
            );
        }
        let sql = format!(
            "SELECT a.ext_id, a.date, q.text, q.kind, q.verb, q.speaker_name, q.speaker_code,
                    q.speaker_text, q.start, q.\"end\", q.rule
             FROM quotes q JOIN articles a ON a.id = q.article_id
             {} ORDER BY q.article_id, q.start {}",
            w.sql(),
            limit_sql(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st
            .query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
                Ok(QuoteRow {
                    article: r.get(0)?,
                    date: r.get(1)?,
                    text: r.get(2)?,
                    kind: r.get(3)?,
                    verb: r.get(4)?,
                    speaker_name: r.get(5)?,
                    speaker_code: r.get(6)?,
                    speaker_text: r.get(7)?,
                    start: r.get(8)?,
                    end: r.get(9)?,
                    rule: r.get(10)?,
                })
            })
            .map_err(|e| map_err(e, f))?;
        rows.collect::<Result<_, _>>().map_err(|e| map_err(e, f))
    }

    /// Actors by (code, name), most widely reported first.
    pub fn actors(&self, f: &Filter) -> Result<Vec<ActorRow>, StoreError> {
        let mut w = Where::default();
        if let Some(a) = &f.actor {
            w.push_values(self.actor_match(a)?.clause(&[("ac.code", "ac.name", None)]));
        }
        if let Some(c) = &f.country {
            w.push(
                "(ac.country = upper(?) OR substr(ac.code, 1, 3) = upper(?))",
                &[c, c],
            );
        }
        article_event_filters(f, "ac.article_id", &mut w);
        date_filters(f, "a.date", &mut w);
        article_text_filter(f, "ac.article_id", &mut w);
        let sql = format!(
            "SELECT ac.name, ac.code, max(ac.country), max(ac.kind),
                    count(DISTINCT ac.article_id),
                    sum((SELECT count(*) FROM actor_mentions m WHERE m.actor_id = ac.id))
             FROM actors ac JOIN articles a ON a.id = ac.article_id
             {} GROUP BY ac.code, ac.name
             ORDER BY count(DISTINCT ac.article_id) DESC, ac.code, ac.name {}",
            w.sql(),
            limit_sql(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st
            .query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
                Ok(ActorRow {
                    name: r.get(0)?,
                    code: r.get(1)?,
                    country: r.get(2)?,
                    kind: r.get(3)?,
                    articles: r.get::<_, i64>(4)? as u64,
                    mentions: r.get::<_, Option<i64>>(5)?.unwrap_or(0) as u64,
                })
            })
            .map_err(|e| map_err(e, f))?;
        rows.collect::<Result<_, _>>().map_err(|e| map_err(e, f))
    }

    /// Articles: by full-text relevance when `f.text` is given, else in storage order.
    /// Syndicated copies are listed too, with `duplicate_of` set.
    pub fn search(&self, f: &Filter) -> Result<Vec<ArticleRow>, StoreError> {
        let mut w = Where::default();
        let (from, order, snippet) = match &f.text {
            Some(q) => {
                w.push("articles_fts MATCH ?", &[q]);
                (
                    "articles_fts JOIN articles a ON a.id = articles_fts.rowid",
                    "bm25(articles_fts), a.id",
                    "snippet(articles_fts, 1, '[', ']', '…', 16)",
                )
            }
            None => ("articles a", "a.id", "NULL"),
        };
        if let Some(x) = &f.actor {
            let (clause, values) = self.actor_match(x)?.clause(&[("ac.code", "ac.name", None)]);
            w.push_values((
                format!("EXISTS (SELECT 1 FROM actors ac WHERE ac.article_id = a.id AND {clause})"),
                values,
            ));
        }
        if let Some(c) = &f.country {
            w.push(
                "EXISTS (SELECT 1 FROM actors ac WHERE ac.article_id = a.id AND (ac.country = upper(?) OR substr(ac.code, 1, 3) = upper(?)))",
                &[c, c],
            );
        }
        article_event_filters(f, "a.id", &mut w);
        date_filters(f, "a.date", &mut w);
        let sql = format!(
            "SELECT a.ext_id, a.url, a.title, a.date, a.source, a.origin,
                    (SELECT d.ext_id FROM articles d WHERE d.id = a.duplicate_of),
                    (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                    (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
                    {snippet}
             FROM {from} {} ORDER BY {order} {}",
            w.sql(),
            limit_sql(f)
        );
        let mut st = self.conn.prepare(&sql).map_err(|e| map_err(e, f))?;
        let rows = st
            .query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
                Ok(ArticleRow {
                    id: r.get(0)?,
                    url: r.get(1)?,
                    title: r.get(2)?,
                    date: r.get(3)?,
                    source: r.get(4)?,
                    origin: r.get(5)?,
                    duplicate_of: r.get(6)?,
                    events: r.get::<_, i64>(7)? as u64,
                    quotes: r.get::<_, i64>(8)? as u64,
                    snippet: r.get(9)?,
                })
            })
            .map_err(|e| map_err(e, f))?;
        rows.collect::<Result<_, _>>().map_err(|e| map_err(e, f))
    }
}
