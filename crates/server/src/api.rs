//! The routes and their handlers. [`routes`] is the one list of API routes: the router is
//! built from it and a test checks it against the OpenAPI document both ways.

use crate::dto::{self, Page};
use crate::error::{ApiError, ErrorCode, ErrorSpec};
use crate::params::{encode_cursor, Params, FILTER_NAMES};
use crate::{atom, dashboard, ingest, live, AppState};
use axum::body::Body;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::Router;
use lede_store::{EventPage, Filter, PlaceFilter, Store};
use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::Arc;

type Shared = Arc<AppState>;

/// The OpenAPI document (hand-written; `tests` check it lists exactly [`routes`]).
pub const OPENAPI: &str = include_str!("../assets/openapi.json");

/// Every API route: path (axum syntax, as in the OpenAPI document), its methods, its handler.
pub(crate) fn routes() -> Vec<(&'static str, &'static [&'static str], MethodRouter<Shared>)> {
    vec![
        ("/api/v1", &["get"], get(api_index)),
        ("/api/v1/stats", &["get"], get(stats)),
        (
            "/api/v1/articles",
            &["get", "post"],
            get(articles).post(post_articles),
        ),
        ("/api/v1/articles/{id}", &["get"], get(article)),
        ("/api/v1/events", &["get"], get(events)),
        ("/api/v1/events/stream", &["get"], get(events_stream)),
        ("/api/v1/events/feed.atom", &["get"], get(events_feed)),
        ("/api/v1/quotes", &["get"], get(quotes)),
        ("/api/v1/actors", &["get"], get(actors)),
        ("/api/v1/places", &["get"], get(places)),
        ("/api/v1/stories", &["get"], get(stories)),
        ("/api/v1/stories/{id}", &["get"], get(story)),
        (
            "/api/v1/stories/{id}/timeline",
            &["get"],
            get(story_timeline),
        ),
        ("/api/v1/stories/{id}/feed.atom", &["get"], get(story_feed)),
        ("/api/v1/search", &["get"], get(search)),
        ("/api/v1/openapi.json", &["get"], get(openapi)),
        ("/api/v1/errors", &["get"], get(errors)),
    ]
}

pub(crate) fn router(state: Shared) -> Router {
    let mut r = Router::new()
        .route("/", get(dashboard::index))
        .route("/assets/app.js", get(dashboard::app_js))
        .route("/assets/app.css", get(dashboard::app_css))
        .route("/assets/world.js", get(dashboard::world_js));
    for (path, _, handler) in routes() {
        r = r.route(path, handler);
    }
    r.fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
}

async fn not_found(req: Request) -> ApiError {
    ApiError::new(
        ErrorCode::RouteNotFound,
        format!("no route {}; see /api/v1/openapi.json", req.uri().path()),
    )
}

async fn method_not_allowed(req: Request) -> ApiError {
    ApiError::new(
        ErrorCode::MethodNotAllowed,
        format!("{} is not allowed on {}", req.method(), req.uri().path()),
    )
}

fn json<T: serde::Serialize>(value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => ApiError::internal(format!("cannot serialize the answer ({e})")).into_response(),
    }
}

/// Runs a read on a pooled connection, off the async threads.
async fn read<T: Send + 'static>(
    state: &Shared,
    f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let s = state.clone();
    tokio::task::spawn_blocking(move || s.readers.with(f))
        .await
        .map_err(|e| ApiError::internal(format!("a worker failed ({e})")))?
}

/// `path?params` with `replace` set (and `drop` removed): a page's `next` link.
fn link(path: &str, p: &Params, drop: &[&str], set: (&str, &str)) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in p.iter() {
        if !drop.contains(&k) && k != set.0 {
            ser.append_pair(k, v);
        }
    }
    ser.append_pair(set.0, set.1);
    format!("{path}?{}", ser.finish())
}

fn names(extra: &[&'static str]) -> Vec<&'static str> {
    FILTER_NAMES
        .iter()
        .copied()
        .chain(extra.iter().copied())
        .collect()
}

async fn api_index() -> Response {
    json(&serde_json::json!({
        "name": "lede",
        "version": env!("CARGO_PKG_VERSION"),
        "openapi": "/api/v1/openapi.json",
        "routes": routes().iter().map(|(p, m, _)| serde_json::json!({"path": p, "methods": m})).collect::<Vec<_>>(),
    }))
}

async fn stats(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    let st = read(&s, |st| Ok(st.stats()?)).await?;
    Ok(json(&dto::StatsDto::from(st)))
}

/// Offset paging over a store query that takes a [`Filter`] with a limit.
async fn offset_page<R: Send + 'static, D: serde::Serialize + From<R>>(
    s: &Shared,
    path: &str,
    p: &Params,
    filter: Filter,
    query: fn(&Store, &Filter) -> Result<Vec<R>, lede_store::StoreError>,
) -> Result<Response, ApiError> {
    let limit = p.limit()?;
    let offset = p.offset()?;
    let f = Filter {
        limit: Some(offset + limit + 1),
        ..filter
    };
    let rows = read(s, move |st| Ok(query(st, &f)?)).await?;
    let more = rows.len() > (offset + limit) as usize;
    let data: Vec<D> = rows
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(D::from)
        .collect();
    let next = more.then(|| link(path, p, &[], ("offset", &(offset + limit).to_string())));
    Ok(json(&Page {
        data,
        limit,
        offset: Some(offset),
        next,
    }))
}

async fn articles(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &names(&["limit", "offset"]))?;
    let f = p.filter()?;
    offset_page::<_, dto::Article>(&s, "/api/v1/articles", &p, f, Store::search).await
}

async fn search(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &names(&["limit", "offset"]))?;
    let f = p.filter()?;
    if f.text.is_none() {
        return Err(ApiError::new(
            ErrorCode::MissingSearchQuery,
            "search needs `q`, a full-text query (words, \"a phrase\", prefix*, AND/OR/NOT)",
        ));
    }
    offset_page::<_, dto::Article>(&s, "/api/v1/search", &p, f, Store::search).await
}

async fn quotes(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &names(&["limit", "offset"]))?;
    let f = p.filter()?;
    offset_page::<_, dto::Quote>(&s, "/api/v1/quotes", &p, f, Store::quotes).await
}

async fn actors(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &names(&["limit", "offset"]))?;
    let f = p.filter()?;
    offset_page::<_, dto::Actor>(&s, "/api/v1/actors", &p, f, Store::actors).await
}

async fn places(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["country", "from", "to", "limit", "offset"])?;
    let f = p.filter()?;
    let (limit, offset) = (p.limit()?, p.offset()?);
    let pf = PlaceFilter {
        country: f.country,
        from: f.from,
        to: f.to,
        limit: Some(limit + 1),
        offset: Some(offset),
    };
    let mut rows = read(&s, move |st| Ok(st.places(&pf)?)).await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    Ok(json(&Page {
        data: rows.into_iter().map(dto::Place::from).collect::<Vec<_>>(),
        limit,
        offset: Some(offset),
        next: more.then(|| {
            link(
                "/api/v1/places",
                &p,
                &[],
                ("offset", &(offset + limit).to_string()),
            )
        }),
    }))
}

async fn events(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &names(&["limit", "cursor", "order"]))?;
    let limit = p.limit()?;
    let f = Filter {
        limit: Some(limit + 1),
        ..p.filter()?
    };
    let page = EventPage {
        after: p.cursor()?,
        newest_first: p.newest_first()?,
    };
    let mut rows = read(&s, move |st| Ok(st.events_page(&f, &page)?)).await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let next = match (more, rows.last()) {
        (true, Some((k, _))) => Some(link(
            "/api/v1/events",
            &p,
            &[],
            ("cursor", &encode_cursor(k)),
        )),
        _ => None,
    };
    Ok(json(&Page {
        data: rows
            .into_iter()
            .map(|(_, r)| dto::Event::from(r))
            .collect::<Vec<_>>(),
        limit,
        offset: None,
        next,
    }))
}

fn path_id(
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<String, ApiError> {
    match id {
        Ok(Path(id)) if !id.is_empty() && id.len() <= 400 => Ok(id),
        Ok(Path(id)) => Err(ApiError::param(format!(
            "id of {} bytes; ids are 1 to 400 bytes",
            id.len()
        ))),
        Err(e) => Err(ApiError::param(format!(
            "the id in the path is not readable ({e})"
        ))),
    }
}

async fn article(
    State(s): State<Shared>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    let id = path_id(id)?;
    let wanted = id.clone();
    let found = read(&s, move |st| Ok(st.article(&wanted)?)).await?;
    match found {
        Some(a) => Ok(json(&dto::ArticleFull::from(a))),
        None => Err(ApiError::new(
            ErrorCode::ArticleNotFound,
            format!("no stored article has id {id:?}"),
        )),
    }
}

/// Constant-time comparison, so the token cannot be guessed byte by byte from timings.
fn same_token(given: &[u8], want: &[u8]) -> bool {
    given.len() == want.len()
        && given
            .iter()
            .zip(want)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = &state.token else {
        return Err(ApiError::new(
            ErrorCode::WritesDisabled,
            "this server accepts no writes; start it with --token TOKEN or LEDE_TOKEN",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        });
    match given {
        None => Err(ApiError::new(
            ErrorCode::MissingAuthorization,
            "writes need the header `Authorization: Bearer TOKEN`",
        )),
        Some(g) if same_token(g.trim().as_bytes(), token.as_bytes()) => Ok(()),
        Some(_) => Err(ApiError::new(
            ErrorCode::InvalidAuthorization,
            "the bearer token is not this server's",
        )),
    }
}

async fn post_articles(State(s): State<Shared>, req: Request) -> Result<Response, ApiError> {
    // Authorization before reading a byte of the body.
    authorize(&s, req.headers())?;
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if let Some(n) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if n > s.max_body_bytes as u64 {
            return Err(too_large(s.max_body_bytes));
        }
    }
    let body = axum::body::to_bytes(req.into_body(), s.max_body_bytes)
        .await
        .map_err(|_| too_large(s.max_body_bytes))?;
    let valid = ingest::parse(content_type.as_deref(), &body)?;
    let state = s.clone();
    let report = tokio::task::spawn_blocking(move || -> Result<dto::IngestReport, ApiError> {
        let received = valid.len() as u64;
        let records = ingest::code(&state.engine, valid);
        let ids = records.iter().map(|r| r.ext_id.clone()).collect();
        let mut writer = state.writer.lock().unwrap_or_else(|e| e.into_inner());
        let c = writer.write_batch(state.provenance, &records)?;
        let stories = match (&state.after_write, c.inserted) {
            (Some(f), n) if n > 0 => f(&mut writer).err(),
            _ => None,
        };
        Ok(dto::IngestReport {
            stories_error: stories,
            received,
            stored: c.inserted,
            already_stored: c.already_stored,
            duplicates: c.duplicates,
            events: c.events,
            quotes: c.quotes,
            actors: c.actors,
            ids,
        })
    })
    .await
    .map_err(|e| ApiError::internal(format!("the coding worker failed ({e})")))??;
    s.live.wake.notify_one();
    let status = if report.stored > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, json(&report)).into_response())
}

fn too_large(max: usize) -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!("the body is over {max} bytes; split it into several requests"),
    )
}

async fn stories(State(s): State<Shared>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["limit", "offset"])?;
    let (limit, offset) = (p.limit()?, p.offset()?);
    let all = read(&s, |st| Ok(st.stories()?)).await?;
    let more = all.len() > (offset + limit) as usize;
    Ok(json(&Page {
        data: all
            .into_iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(dto::Story::from)
            .collect::<Vec<_>>(),
        limit,
        offset: Some(offset),
        next: more.then(|| {
            link(
                "/api/v1/stories",
                &p,
                &[],
                ("offset", &(offset + limit).to_string()),
            )
        }),
    }))
}

/// A story's events are read from at most this many of its articles.
const MAX_STORY_ARTICLES: usize = 200;

/// The story `id` names (its own id, a merged story's, or one of its articles').
async fn find_story(s: &Shared, id: String) -> Result<lede_store::StoryRow, ApiError> {
    let wanted = id.clone();
    read(s, move |st| Ok(st.story(&wanted)?))
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::StoryNotFound, format!("no story has id {id:?}")))
}

/// A story's events with their row order, oldest first.
async fn story_events(
    s: &Shared,
    story: &lede_store::StoryRow,
) -> Result<Vec<dto::Event>, ApiError> {
    let ids: Vec<String> = story
        .articles
        .iter()
        .take(MAX_STORY_ARTICLES)
        .cloned()
        .collect();
    let articles = read(s, move |st| {
        let mut out = Vec::new();
        for id in &ids {
            if let Some(a) = st.article(id)? {
                out.push(a);
            }
        }
        Ok(out)
    })
    .await?;
    let mut events: Vec<dto::Event> = articles
        .into_iter()
        .flat_map(|a| a.events.into_iter().map(|(e, _)| dto::Event::from(e)))
        .collect();
    events.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.article.cmp(&b.article))
            .then(a.start.cmp(&b.start))
    });
    Ok(events)
}

async fn story(
    State(s): State<Shared>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    let story = find_story(&s, path_id(id)?).await?;
    Ok(json(&dto::Story::from(story)))
}

async fn story_timeline(
    State(s): State<Shared>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    let story = find_story(&s, path_id(id)?).await?;
    Ok(json(&story_events(&s, &story).await?))
}

async fn story_feed(
    State(s): State<Shared>,
    headers: HeaderMap,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), &[])?;
    let story = find_story(&s, path_id(id)?).await?;
    let mut events = story_events(&s, &story).await?;
    events.reverse();
    events.truncate(crate::params::MAX_LIMIT as usize);
    // Entry ids: the story and the event's place in its article (stable across restarts).
    let numbered: Vec<(String, dto::Event)> = events
        .into_iter()
        .map(|e| {
            (
                format!(
                    "{}/{}/{}-{}/{}",
                    story.id, e.article, e.start, e.end, e.code
                ),
                e,
            )
        })
        .collect();
    let self_path = format!("/api/v1/stories/{}/feed.atom", atom::urlencode(&story.id));
    let xml = atom::events_feed(
        &format!("Lede: {}", story.title),
        &origin(&headers),
        &self_path,
        &numbered,
    );
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}

/// The server's origin as the client named it, for absolute links in feeds.
fn origin(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

async fn events_feed(
    State(s): State<Shared>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &names(&["limit"]))?;
    let f = Filter {
        limit: Some(p.limit()?),
        ..p.filter()?
    };
    let page = EventPage {
        after: None,
        newest_first: true,
    };
    let rows = read(&s, move |st| Ok(st.events_page(&f, &page)?)).await?;
    let events: Vec<(String, dto::Event)> = rows
        .into_iter()
        .map(|(k, r)| (k.id.to_string(), r.into()))
        .collect();
    let described: Vec<String> = p
        .iter()
        .filter(|(k, _)| *k != "limit")
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let title = if described.is_empty() {
        "Lede: latest events".to_string()
    } else {
        format!("Lede: events where {}", described.join(", "))
    };
    let self_path = match q.as_deref() {
        Some(q) if !q.is_empty() => format!("/api/v1/events/feed.atom?{q}"),
        _ => "/api/v1/events/feed.atom".to_string(),
    };
    let xml = atom::events_feed(&title, &origin(&headers), &self_path, &events);
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}

struct StreamState {
    state: Shared,
    replay: VecDeque<live::LiveEvent>,
    rx: tokio::sync::broadcast::Receiver<Arc<live::LiveEvent>>,
    last: i64,
}

/// One item of the stream as Server-Sent Events: events carry their row id (for resuming),
/// story alerts none (so that Last-Event-ID stays the last event's).
fn sse_of(e: &live::LiveEvent) -> SseEvent {
    match e.kind {
        live::Kind::Event => SseEvent::default()
            .id(e.id.to_string())
            .event("event")
            .data(e.json.clone()),
        live::Kind::Story => SseEvent::default().event("story").data(e.json.clone()),
    }
}

async fn events_stream(
    State(s): State<Shared>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), &["after"])?;
    let after =
        match p.integer("after")? {
            Some(a) => Some(a),
            None => match headers.get("last-event-id").and_then(|v| v.to_str().ok()) {
                Some(v) => Some(v.trim().parse::<i64>().map_err(|_| {
                    ApiError::param(format!("Last-Event-ID {v:?} is not an event id"))
                })?),
                None => None,
            },
        };
    // Subscribe first, then read what is stored, so that nothing falls in between.
    let rx = s.live.tx.subscribe();
    let (replay, last) = match after {
        Some(a) => {
            let st = s.clone();
            let batch = tokio::task::spawn_blocking(move || live::fetch_after(&st, a, 1000))
                .await
                .unwrap_or_default();
            let last = batch.last().map_or(a, |e| e.id);
            (VecDeque::from(batch), last)
        }
        None => (VecDeque::new(), i64::MIN),
    };
    let init = StreamState {
        state: s,
        replay,
        rx,
        last,
    };
    let stream = futures_util::stream::unfold(init, |mut st| async move {
        loop {
            if let Some(e) = st.replay.pop_front() {
                st.last = st.last.max(e.id);
                return Some((Ok::<_, Infallible>(sse_of(&e)), st));
            }
            match st.rx.recv().await {
                Ok(e) if e.kind == live::Kind::Story => return Some((Ok(sse_of(&e)), st)),
                Ok(e) if e.id <= st.last => continue,
                Ok(e) => {
                    st.last = e.id;
                    return Some((Ok(sse_of(&e)), st));
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                    // Too slow for the broadcast: catch up on events from the store (story
                    // alerts missed meanwhile are in the story list).
                    let (state, after) = (st.state.clone(), st.last.max(0));
                    let batch =
                        tokio::task::spawn_blocking(move || live::fetch_after(&state, after, 1000))
                            .await
                            .unwrap_or_default();
                    st.replay.extend(batch);
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Ok(Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response())
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        Body::from(OPENAPI),
    )
        .into_response()
}

async fn errors() -> Response {
    let table: Vec<ErrorSpec> = ErrorCode::ALL.iter().map(|c| c.spec()).collect();
    json(&table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(same_token(b"secret", b"secret"));
        assert!(!same_token(b"secreT", b"secret"));
        assert!(!same_token(b"secret-and-more", b"secret"));
        assert!(!same_token(b"", b"secret"));
    }

    /// Every route is in the OpenAPI document with its methods, and the document has no other.
    #[test]
    fn openapi_documents_exactly_the_routes() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI).expect("openapi.json parses");
        assert_eq!(doc["openapi"].as_str().map(|v| &v[..2]), Some("3."));
        let paths = doc["paths"].as_object().expect("paths");
        let routes = routes();
        for (path, methods, _) in &routes {
            let item = paths
                .get(*path)
                .unwrap_or_else(|| panic!("{path} is not documented"));
            for m in *methods {
                let op = &item[*m];
                assert!(op.is_object(), "{m} {path} is not documented");
                assert!(op["responses"].is_object(), "{m} {path} has no responses");
            }
            let documented: Vec<&String> = item
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| ["get", "post", "put", "delete", "patch"].contains(&k.as_str()))
                .collect();
            assert_eq!(documented.len(), methods.len(), "{path}: methods differ");
        }
        for path in paths.keys() {
            assert!(
                routes.iter().any(|(p, _, _)| p == path),
                "{path} is documented but not routed"
            );
        }
        // Every error code the document names is in the table.
        let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.spec().code).collect();
        let listed = doc["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
            .as_array()
            .expect("Error.code enum");
        let listed: Vec<&str> = listed.iter().filter_map(|v| v.as_str()).collect();
        assert_eq!(listed, codes);
    }
}
