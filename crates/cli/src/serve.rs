//! `lede serve`: flags and wiring for the HTTP API and dashboard (`lede-server`).

use clap::Args;
use lede_extract::Engine;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Args)]
pub struct ServeArgs {
    /// The database file (created if absent, migrated if older).
    #[arg(long)]
    pub db: PathBuf,
    /// Address to listen on. Loopback unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Bearer token that writes (POST /api/v1/articles) must carry; also read from LEDE_TOKEN.
    /// Without one the server accepts no writes.
    #[arg(long)]
    pub token: Option<String>,
    /// Add a dictionary folder for coding posted articles. Repeatable.
    #[arg(long = "dict")]
    pub dicts: Vec<PathBuf>,
    /// Worker threads (default: available cores).
    #[arg(long)]
    pub workers: Option<usize>,
}

pub fn run(args: ServeArgs) -> ExitCode {
    let token = args
        .token
        .or_else(|| std::env::var("LEDE_TOKEN").ok())
        .filter(|t| !t.is_empty());
    let sets = match crate::load_sets(&args.dicts, false) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let hash = lede_dict::fingerprint(&sets);
    let config = lede_server::Config {
        db: args.db.clone(),
        addr: args.addr,
        token: token.clone(),
        engine: Arc::new(Engine::from_sets(sets)),
        engine_version: format!("lede {}", env!("CARGO_PKG_VERSION")),
        dict_hash: hash,
        max_body_bytes: lede_server::DEFAULT_MAX_BODY_BYTES,
        workers: args
            .workers
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
        // Posted articles join their stories at once (and the stream tells of the stories
        // they changed), as after `lede ingest`.
        after_write: Some(Arc::new(|store: &mut lede_store::Store| {
            crate::stories::bring_up_to_date(store, 1).map(|_| ())
        })),
    };
    let running = match lede_server::start(config) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lede: {}: {e}", args.db.display());
            return ExitCode::from(2);
        }
    };
    let addr = running.addr();
    if !addr.ip().is_loopback() {
        eprintln!("lede: warning: listening on {addr}, reachable from other machines");
    }
    eprintln!(
        "lede: serving {} at http://{addr}/ (API under /api/v1/; writes {})",
        args.db.display(),
        if token.is_some() {
            "need the bearer token"
        } else {
            "disabled: no --token or LEDE_TOKEN"
        }
    );
    match running.wait() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: {e}");
            ExitCode::from(1)
        }
    }
}
