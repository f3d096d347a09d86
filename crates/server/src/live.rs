//! The live stream: one task watches the store (every second, and at once after a write
//! through the API) and broadcasts every event stored since and every story an update wrote
//! since (a story alert: new, grew, breaking, calm or changed); Server-Sent Events streams
//! follow it. What another process stores (`lede ingest`) reaches the stream too.

use crate::dto::Event;
use crate::AppState;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{broadcast, Notify};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A new event; `id` is its row id.
    Event,
    /// A story alert; `id` is the story revision.
    Story,
}

/// One item of news, serialized once for every listener.
#[derive(Debug)]
pub struct LiveEvent {
    pub kind: Kind,
    pub id: i64,
    pub json: String,
}

pub struct Live {
    pub tx: broadcast::Sender<Arc<LiveEvent>>,
    pub wake: Notify,
}

impl Live {
    pub fn new() -> Live {
        Live {
            tx: broadcast::channel(1024).0,
            wake: Notify::new(),
        }
    }
}

/// Events after `after`, at most `limit`, as live events (blocking: call off the runtime).
pub fn fetch_after(state: &AppState, after: i64, limit: u32) -> Vec<LiveEvent> {
    state
        .readers
        .with(|s| Ok(s.events_after(after, limit)?))
        .unwrap_or_default()
        .into_iter()
        .map(|(id, row)| LiveEvent {
            kind: Kind::Event,
            id,
            json: serde_json::to_string(&Event::from(row)).unwrap_or_default(),
        })
        .collect()
}

/// Story alerts for the stories written after `revision`, at most `limit` (blocking).
pub fn stories_after(state: &AppState, revision: i64, limit: u32) -> Vec<LiveEvent> {
    state
        .readers
        .with(|s| Ok(s.story_changes(revision, limit)?))
        .unwrap_or_default()
        .into_iter()
        .map(|c| LiveEvent {
            kind: Kind::Story,
            id: c.revision,
            json: serde_json::to_string(&crate::dto::StoryAlert::from(c)).unwrap_or_default(),
        })
        .collect()
}

/// Broadcasts everything `fetch` gives after `*last`, page by page, moving `*last` on.
async fn drain(
    state: &Arc<AppState>,
    last: &mut i64,
    fetch: fn(&AppState, i64, u32) -> Vec<LiveEvent>,
) {
    loop {
        let (s, after) = (state.clone(), *last);
        let batch = tokio::task::spawn_blocking(move || fetch(&s, after, 500))
            .await
            .unwrap_or_default();
        let n = batch.len();
        for e in batch {
            *last = (*last).max(e.id);
            // No listener is not an error.
            let _ = state.live.tx.send(Arc::new(e));
        }
        if n < 500 {
            break;
        }
    }
}

/// The watcher: broadcasts every event stored after `last` and every story written after
/// revision `revision`; runs until the runtime stops.
pub async fn watch(state: Arc<AppState>, mut last: i64, mut revision: i64) {
    loop {
        let _ = tokio::time::timeout(Duration::from_secs(1), state.live.wake.notified()).await;
        drain(&state, &mut last, fetch_after).await;
        drain(&state, &mut revision, stories_after).await;
    }
}
