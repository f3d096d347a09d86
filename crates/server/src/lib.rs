//! `lede-server`: Lede's HTTP JSON API under `/api/v1/` and its dashboard at `/`, over one
//! store file. The only crate that serves HTTP
//! (`lede-fetch` is the only HTTP client).
//!
//! Entry points: [`start`] (bind, then serve on a background thread; tests use it on port 0)
//! and [`serve`] (the same, blocking). Routes: `api::routes` (each documented in
//! `assets/openapi.json`, checked by a test); errors: the one table in [`ErrorCode`].
//! Architecture invariants: no SQL here (reads and writes go through `lede-store`, whose
//! queries bind every value); DTOs are owned here ([`dto`]); the dashboard's files are compiled
//! into the binary and load nothing from the network. Never prints, never exits; binding and
//! store failures come back as [`ServeError`].
//! Security: binds where told (the CLI defaults to 127.0.0.1); writes need the bearer token,
//! and there are none without one; bodies, page sizes and offsets are bounded.

mod api;
mod atom;
mod dashboard;
pub mod dto;
mod error;
mod ingest;
mod live;
pub mod params;

pub use error::{ApiError, ErrorCode, ErrorSpec};
pub use ingest::MAX_ARTICLES;

use lede_extract::Engine;
use lede_store::{ProvenanceId, Store, StoreError};
use std::fmt;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Request bodies larger than this are refused (`payload_too_large`).
pub const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// Everything the server needs.
pub struct Config {
    pub db: PathBuf,
    /// Where to listen; port 0 picks a free one ([`Running::addr`] tells which).
    pub addr: SocketAddr,
    /// The bearer token writes must carry; `None` refuses all writes.
    pub token: Option<String>,
    /// Codes posted articles.
    pub engine: Arc<Engine>,
    /// Provenance of what this server stores: engine version and dictionary-set hash.
    pub engine_version: String,
    pub dict_hash: String,
    pub max_body_bytes: usize,
    /// Runtime worker threads (at least 1).
    pub workers: usize,
    /// Runs with the writer after posted articles are stored (the CLI brings the stories up
    /// to date here); its error is reported in the response, the articles stay stored.
    pub after_write: Option<AfterWrite>,
}

/// What to do with the store after a write through the API (see [`Config::after_write`]).
pub type AfterWrite = Arc<dyn Fn(&mut Store) -> Result<(), String> + Send + Sync>;

#[derive(Debug)]
pub enum ServeError {
    Store(StoreError),
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    Runtime(std::io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Store(e) => write!(f, "{e}"),
            ServeError::Bind { addr, source } => write!(
                f,
                "cannot listen on {addr} ({source}); pick another port with --addr 127.0.0.1:PORT"
            ),
            ServeError::Runtime(e) => write!(f, "cannot start the server's runtime ({e})"),
        }
    }
}

impl std::error::Error for ServeError {}

impl From<StoreError> for ServeError {
    fn from(e: StoreError) -> Self {
        ServeError::Store(e)
    }
}

/// Read connections, reused: each blocking task takes one, opening one if none is idle.
pub(crate) struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
}

impl Readers {
    const KEEP: usize = 32;

    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let store = match idle {
            Some(s) => s,
            None => Store::open_reader(&self.path)
                .map_err(|e| ApiError::new(ErrorCode::DatabaseUnavailable, e.to_string()))?,
        };
        let out = f(&store);
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < Self::KEEP {
            idle.push(store);
        }
        out
    }
}

pub(crate) struct AppState {
    pub(crate) readers: Readers,
    pub(crate) writer: Mutex<Store>,
    pub(crate) provenance: ProvenanceId,
    pub(crate) token: Option<String>,
    pub(crate) engine: Arc<Engine>,
    pub(crate) live: live::Live,
    pub(crate) max_body_bytes: usize,
    pub(crate) after_write: Option<AfterWrite>,
}

/// A server running on its own thread; dropping it stops it.
pub struct Running {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<Result<(), ServeError>>>,
}

impl Running {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Blocks until the server ends (it ends only on error or [`Running::stop`]).
    pub fn wait(mut self) -> Result<(), ServeError> {
        match self.thread.take() {
            Some(t) => t.join().unwrap_or(Ok(())),
            None => Ok(()),
        }
    }

    /// Stops serving and waits for the thread.
    pub fn stop(mut self) -> Result<(), ServeError> {
        self.shutdown()
    }

    fn shutdown(&mut self) -> Result<(), ServeError> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        match self.thread.take() {
            Some(t) => t.join().unwrap_or(Ok(())),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}

/// Opens the store (creating and migrating it if needed), binds, and serves on a new thread.
pub fn start(config: Config) -> Result<Running, ServeError> {
    let mut writer = Store::open(&config.db)?;
    let provenance = writer.provenance(&config.engine_version, &config.dict_hash)?;
    // Fail now, not on the first request, if readers cannot open the file.
    let first_reader = Store::open_reader(&config.db)?;
    // Events and story changes stored from now on are news for the live stream.
    let last_event = first_reader.last_event_id()?;
    let last_revision = first_reader.story_revision()?;
    let listener = TcpListener::bind(config.addr).map_err(|source| ServeError::Bind {
        addr: config.addr,
        source,
    })?;
    let addr = listener.local_addr().map_err(ServeError::Runtime)?;
    listener
        .set_nonblocking(true)
        .map_err(ServeError::Runtime)?;
    let state = Arc::new(AppState {
        readers: Readers {
            path: config.db.clone(),
            idle: Mutex::new(vec![first_reader]),
        },
        writer: Mutex::new(writer),
        provenance,
        token: config.token.filter(|t| !t.is_empty()),
        engine: config.engine,
        live: live::Live::new(),
        max_body_bytes: config.max_body_bytes,
        after_write: config.after_write,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(config.workers.max(1))
        .max_blocking_threads(64)
        .enable_io()
        .enable_time()
        .build()
        .map_err(ServeError::Runtime)?;
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("lede-serve".into())
        .spawn(move || {
            let result = runtime.block_on(async move {
                let listener =
                    tokio::net::TcpListener::from_std(listener).map_err(ServeError::Runtime)?;
                tokio::spawn(live::watch(state.clone(), last_event, last_revision));
                let app = api::router(state);
                let server = axum::serve(listener, app);
                tokio::select! {
                    r = server => r.map_err(ServeError::Runtime),
                    _ = stop_rx => Ok(()),
                }
            });
            runtime.shutdown_timeout(std::time::Duration::from_secs(2));
            result
        })
        .map_err(ServeError::Runtime)?;
    Ok(Running {
        addr,
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

/// [`start`], then serve until an error.
pub fn serve(config: Config) -> Result<(), ServeError> {
    start(config)?.wait()
}
