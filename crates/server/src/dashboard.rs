//! The dashboard: plain HTML, CSS and JavaScript compiled into the binary. No CDN, no build
//! step, nothing fetched but this server's own API.

use axum::http::header;
use axum::response::{IntoResponse, Response};

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");
/// Natural Earth 1:110m land, equirectangular, viewBox 0 0 360 180 (`tools/world_outline.py`).
const WORLD: &str = include_str!("../assets/world.svgpath");

/// Only this server's own files and API; no inline scripts, no other origins.
const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

fn asset(body: String, content_type: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

pub async fn index() -> Response {
    asset(INDEX.to_string(), "text/html; charset=utf-8")
}

pub async fn app_js() -> Response {
    asset(APP_JS.to_string(), "text/javascript; charset=utf-8")
}

pub async fn app_css() -> Response {
    asset(APP_CSS.to_string(), "text/css; charset=utf-8")
}

/// The base map as a script defining `LEDE_WORLD` (an SVG path in lon/lat degrees).
pub async fn world_js() -> Response {
    let js = format!(
        "window.LEDE_WORLD = {};\n",
        serde_json::to_string(WORLD.trim()).unwrap_or_else(|_| "\"\"".into())
    );
    asset(js, "text/javascript; charset=utf-8")
}
