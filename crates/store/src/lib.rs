//! Lede's embedded store: one SQLite file (WAL) holding articles and everything coded from
//! them, with full-text search over article text and quotes.
//!
//! Entry points: [`Store::open`] (create or migrate), [`Store::open_existing`] (queries),
//! [`Store::write_batch`] (one transaction per batch), and the queries in [`query`]
//! ([`Store::stats`], [`Store::events`], [`Store::quotes`], [`Store::actors`], [`Store::search`]),
//! and stories ([`Store::coded_articles`] to cluster, [`Store::replace_stories`],
//! [`Store::stories`], [`Store::story`]).
//!
//! Architecture invariants: this is the only crate that knows SQL; it depends on `lede-model`
//! only (plus `rusqlite` and `serde`); it never prints, exits or panics on any input, and never
//! reads the clock (SQLite stamps `schema_version.applied_at` itself).
//! Idempotency: an article is keyed by its URL, or by the hash of its normalized text where it
//! has none ([`article_key`]); inserting a key twice adds nothing. An article and all its rows
//! are written in the same transaction, so a crash at any moment leaves whole articles or none.

mod browse;
pub mod export;
mod key;
mod near;
pub mod query;
mod schema;
mod stories;
mod write;

pub use browse::{
    ActorDetail, ArticleDetail, ByteSpan, EventKey, EventPage, PlaceDetail, PlaceFilter, PlaceRow,
};
pub use key::{article_key, fnv1a_128, normalize_url, text_hash};
pub use query::{ActorRow, ArticleRow, EventRow, Filter, QuoteRow, Stats};
pub use schema::SCHEMA_VERSION;
pub use stories::{
    ClusterState, CodedArticle, OrderedRow, StoryChange, StoryOrderKey, StoryRecord, StoryRow,
    Validators,
};
pub use write::{ArticleRecord, BatchCounts, ProvenanceId};

use rusqlite::{Connection, OpenFlags};
use std::fmt;
use std::path::{Path, PathBuf};

/// Everything that can go wrong with the store, with what to do about it.
#[derive(Debug)]
pub enum StoreError {
    /// The database file could not be opened or created.
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// A query command was pointed at a file that does not exist.
    NotFound(PathBuf),
    /// The file was written by a newer Lede.
    NewerSchema {
        found: u32,
        supported: u32,
    },
    /// A migration failed; the database stays at the version before it.
    Migration {
        version: u32,
        source: rusqlite::Error,
    },
    /// A full-text query SQLite could not parse.
    BadQuery {
        query: String,
        reason: String,
    },
    Sql(rusqlite::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Open { path, source } => write!(
                f,
                "{}: cannot open the database ({source}); check the path and that it is a Lede database",
                path.display()
            ),
            StoreError::NotFound(path) => write!(
                f,
                "{}: no such database; create it with `lede ingest --db {}`",
                path.display(),
                path.display()
            ),
            StoreError::NewerSchema { found, supported } => write!(
                f,
                "the database has schema version {found}, newer than this Lede understands ({supported}); use a newer Lede"
            ),
            StoreError::Migration { version, source } => write!(
                f,
                "migration to schema version {version} failed ({source}); the database is unchanged at the version before"
            ),
            StoreError::BadQuery { query, reason } => write!(
                f,
                "full-text query {query:?} is not valid ({reason}); use words, \"phrases\", prefix* and AND/OR/NOT"
            ),
            StoreError::Sql(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(e)
    }
}

/// An open database: one connection. Give each thread its own `Store`.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database at `path`, creating it if absent, and migrates it to
    /// [`SCHEMA_VERSION`].
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_at_version(path, SCHEMA_VERSION)
    }

    /// Opens an existing database (for queries), migrating it if it is older.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::NotFound(path.to_path_buf()));
        }
        Store::open(path)
    }

    /// Opens an existing database read-only without migrating it (a second connection beside
    /// the writer, e.g. to skip articles already stored). Fails if the schema is not current.
    pub fn open_reader(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let found = schema::current_version(&conn)?;
        if found != SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Opens or creates the database and migrates it to `version` only. Public so that tests
    /// can build databases as older versions of Lede left them; use [`Store::open`].
    #[doc(hidden)]
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers never block the writer; with synchronous=NORMAL a killed process loses
        // at most the transactions it had not committed, never consistency.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let before = schema::migrate(&mut conn, version)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        if before > 0 && before < 5 && version >= 5 {
            // Originals stored before sketches existed get theirs, so copies of them are found.
            store.sketch_unsketched()?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        schema::current_version(&self.conn)
    }

    /// Whether an article with this [`article_key`] is stored.
    pub fn contains_key(&self, key: &str) -> Result<bool, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE key = ?1")?;
        Ok(st.exists([key])?)
    }

    /// SQLite's own consistency check: an empty list when the file is sound, else its findings.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut problems = Vec::new();
        for r in rows {
            let r = r?;
            if r != "ok" {
                problems.push(r);
            }
        }
        // Every coded row must belong to a stored article.
        let orphans: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles))
                  + (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles))
                  + (SELECT count(*) FROM actors WHERE article_id NOT IN (SELECT id FROM articles))
                  + (SELECT count(*) FROM actor_mentions WHERE actor_id NOT IN (SELECT id FROM actors))",
            [],
            |r| r.get(0),
        )?;
        if orphans > 0 {
            problems.push(format!("{orphans} coded rows without their article"));
        }
        let fts: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles_fts_docsize) - (SELECT count(*) FROM articles WHERE duplicate_of IS NULL)",
            [],
            |r| r.get(0),
        )?;
        if fts != 0 {
            problems.push(format!("full-text index and articles differ by {fts} rows"));
        }
        Ok(problems)
    }
}

#[cfg(test)]
mod tests;
