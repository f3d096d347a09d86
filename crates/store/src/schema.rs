//! Numbered migrations. A migration is never edited once released: a change to the schema is a
//! new entry at the end of [`MIGRATIONS`], applied in its own transaction together with its
//! `schema_version` row, so a crash leaves the database at the old version or the new one.

use crate::StoreError;
use rusqlite::Connection;

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: u32 = 5;

/// Migration 1: articles and everything coded from them, with provenance on every row, and
/// full-text indexes over article text and quotes.
const MIGRATION_1: &str = r#"
CREATE TABLE provenance (
    id INTEGER PRIMARY KEY,
    engine_version TEXT NOT NULL,
    dict_hash TEXT NOT NULL,
    UNIQUE (engine_version, dict_hash)
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    ext_id TEXT NOT NULL,
    url TEXT,
    source TEXT,
    title TEXT,
    date TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    diagnostics TEXT NOT NULL DEFAULT '',
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT,
    code TEXT,
    country TEXT,
    kind TEXT NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE INDEX actors_article ON actors(article_id);
CREATE TABLE actor_mentions (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    code TEXT NOT NULL,
    root TEXT NOT NULL,
    plover TEXT,
    source_code TEXT,
    source_name TEXT,
    source_text TEXT,
    target_code TEXT,
    target_name TEXT,
    target_text TEXT,
    date TEXT,
    place_name TEXT,
    place_country TEXT,
    modality TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    verb TEXT,
    speaker_name TEXT,
    speaker_code TEXT,
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    region TEXT,
    kind TEXT NOT NULL,
    mentions TEXT NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE INDEX places_article ON places(article_id);
CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    end_value TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance(id),
    rule TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='porter unicode61'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id', tokenize='porter unicode61'
);
"#;

/// Migration 2: syndicated copies (same normalized text under another URL) link to the first
/// copy instead of being coded twice; indexes for the query filters.
const MIGRATION_2: &str = r#"
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX actors_code ON actors(code);
"#;

/// Migration 3: stories (written whole by `lede ingest` after clustering). `detail` is the
/// caller's JSON of the story's timeline, event identities and discrepancies; `position` keeps
/// the order stories and their articles were written in; `story_merges` maps the id of a story
/// merged away to the story it joined.
const MIGRATION_3: &str = r#"
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    breaking TEXT,
    detail TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE story_articles (
    article_ext_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_articles_story ON story_articles(story_id, position);
CREATE TABLE story_merges (
    story_id TEXT NOT NULL,
    merged_into TEXT NOT NULL
);
CREATE INDEX story_merges_story ON story_merges(story_id);
"#;

/// Migration 4: the story clusterer's saved state (one row), so that an ingest clusters only
/// the articles it adds. `state` is the caller's blob in its own `format`; it covers every
/// original with a row id up to `last_row` (`articles` of them), the last of which in story
/// order is (`last_undated`, `last_date`, `last_ext_id`, `last_key`).
const MIGRATION_4: &str = r#"
CREATE TABLE story_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    state BLOB NOT NULL,
    articles INTEGER NOT NULL,
    last_row INTEGER NOT NULL,
    last_undated INTEGER,
    last_date TEXT,
    last_ext_id TEXT,
    last_key TEXT
);
"#;

/// Migration 5:
/// - near-copies: `article_bands` holds the locality-sensitive band keys of every original's
///   text sketch (`near`), and `articles.duplicate_rule` says why a copy was linked;
/// - stories written by change: `stories.revision` (raised for the stories an update wrote)
///   and `stories.change` (`new`, `grew`, `breaking`, `calm`, `changed`) for live alerts;
///   `story_checkpoints` records the last row of each clustering run, so that a full replay
///   takes the articles in the same runs, in the same order, as the runs did;
/// - `fetch_validators`: the ETag and Last-Modified of each fetched URL, for conditional
///   requests in later runs.
const MIGRATION_5: &str = r#"
CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX article_bands_band ON article_bands(band);
ALTER TABLE articles ADD COLUMN duplicate_rule TEXT;
ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN change TEXT;
CREATE INDEX stories_revision ON stories(revision);
CREATE TABLE story_checkpoints (last_row INTEGER PRIMARY KEY);
CREATE TABLE fetch_validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT
);
"#;

/// Every migration, in order; entry `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    MIGRATION_1,
    MIGRATION_2,
    MIGRATION_3,
    MIGRATION_4,
    MIGRATION_5,
];

/// The version recorded in the database (0 for a new, empty file).
pub(crate) fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
        [],
        |r| r.get(0),
    )?;
    if !has_table {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_version",
        [],
        |r| r.get(0),
    )?)
}

/// Brings the schema up to `target` (at most [`SCHEMA_VERSION`]); returns the version before.
pub(crate) fn migrate(conn: &mut Connection, target: u32) -> Result<u32, StoreError> {
    let target = target.min(SCHEMA_VERSION);
    let before = current_version(conn)?;
    if before > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: before,
            supported: SCHEMA_VERSION,
        });
    }
    for version in before + 1..=target {
        let sql = MIGRATIONS[version as usize - 1];
        let tx = conn.transaction()?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
            )",
        )?;
        tx.execute_batch(sql)
            .map_err(|source| StoreError::Migration { version, source })?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [version],
        )?;
        tx.commit()?;
    }
    Ok(before)
}
