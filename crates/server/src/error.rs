//! The one table of API errors. Every error response is `{message, code, type, link}` with the
//! status the table gives; `GET /api/v1/errors` serves the table itself.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lede_store::StoreError;
use serde::Serialize;

/// Every error the API can answer with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidParameter,
    UnknownParameter,
    DuplicateParameter,
    InvalidCursor,
    MissingSearchQuery,
    InvalidSearchQuery,
    InvalidBody,
    UnsupportedMediaType,
    PayloadTooLarge,
    MissingAuthorization,
    InvalidAuthorization,
    WritesDisabled,
    RouteNotFound,
    ArticleNotFound,
    StoryNotFound,
    MethodNotAllowed,
    DatabaseUnavailable,
    Internal,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ErrorSpec {
    pub code: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub status: u16,
    pub description: &'static str,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 18] = [
        ErrorCode::InvalidParameter,
        ErrorCode::UnknownParameter,
        ErrorCode::DuplicateParameter,
        ErrorCode::InvalidCursor,
        ErrorCode::MissingSearchQuery,
        ErrorCode::InvalidSearchQuery,
        ErrorCode::InvalidBody,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::MissingAuthorization,
        ErrorCode::InvalidAuthorization,
        ErrorCode::WritesDisabled,
        ErrorCode::RouteNotFound,
        ErrorCode::ArticleNotFound,
        ErrorCode::StoryNotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::DatabaseUnavailable,
        ErrorCode::Internal,
    ];

    pub fn spec(self) -> ErrorSpec {
        use ErrorCode::*;
        let (code, kind, status, description) = match self {
            InvalidParameter => ("invalid_parameter", "invalid_request", 400, "A query parameter has a value of the wrong form (a date that is not YYYY[-MM[-DD]], a limit that is not a positive integer, ...)."),
            UnknownParameter => ("unknown_parameter", "invalid_request", 400, "A query parameter this route does not take (often a typo)."),
            DuplicateParameter => ("duplicate_parameter", "invalid_request", 400, "A query parameter given twice."),
            InvalidCursor => ("invalid_cursor", "invalid_request", 400, "A cursor not handed out by this API; use the `next` link of a page."),
            MissingSearchQuery => ("missing_search_query", "invalid_request", 400, "Search needs `q`."),
            InvalidSearchQuery => ("invalid_search_query", "invalid_request", 400, "A full-text query SQLite FTS5 cannot parse; use words, \"phrases\", prefix* and AND/OR/NOT."),
            InvalidBody => ("invalid_body", "invalid_request", 400, "The request body is not JSON or JSON lines of articles with a `text`."),
            UnsupportedMediaType => ("unsupported_media_type", "invalid_request", 415, "Send application/json (an article or an array) or application/x-ndjson (one article a line)."),
            PayloadTooLarge => ("payload_too_large", "invalid_request", 413, "The body, or its number of articles, is over the server's bound; split it."),
            MissingAuthorization => ("missing_authorization", "auth", 401, "Writes need `Authorization: Bearer TOKEN`."),
            InvalidAuthorization => ("invalid_authorization", "auth", 403, "The bearer token is not the server's."),
            WritesDisabled => ("writes_disabled", "auth", 403, "The server was started without a token (--token or LEDE_TOKEN), so it accepts no writes."),
            RouteNotFound => ("route_not_found", "invalid_request", 404, "No such route; see /api/v1/openapi.json."),
            ArticleNotFound => ("article_not_found", "invalid_request", 404, "No stored article has this id."),
            StoryNotFound => ("story_not_found", "invalid_request", 404, "No story has this id."),
            MethodNotAllowed => ("method_not_allowed", "invalid_request", 405, "The route exists but not with this method."),
            DatabaseUnavailable => ("database_unavailable", "system", 503, "The database could not be opened or is busy; retry."),
            Internal => ("internal", "internal", 500, "A fault of the server; please report it."),
        };
        ErrorSpec {
            code,
            kind,
            status,
            description,
        }
    }
}

/// An error on its way to becoming a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    pub fn param(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::InvalidParameter, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Internal, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::BadQuery { .. } => {
                ApiError::new(ErrorCode::InvalidSearchQuery, e.to_string())
            }
            StoreError::Open { .. } | StoreError::NotFound(_) => {
                ApiError::new(ErrorCode::DatabaseUnavailable, e.to_string())
            }
            StoreError::Sql(rusqlite_err) if is_busy(&rusqlite_err) => {
                ApiError::new(ErrorCode::DatabaseUnavailable, rusqlite_err.to_string())
            }
            other => ApiError::internal(other.to_string()),
        }
    }
}

fn is_busy(e: &dyn std::error::Error) -> bool {
    let s = e.to_string();
    s.contains("database is locked") || s.contains("database is busy")
}

#[derive(Serialize)]
struct Body<'a> {
    message: &'a str,
    code: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    link: String,
}

/// Where an error code is documented (the table served by this API).
pub fn link(code: &str) -> String {
    format!("/api/v1/errors#{code}")
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let spec = self.code.spec();
        let body = Body {
            message: &self.message,
            code: spec.code,
            kind: spec.kind,
            link: link(spec.code),
        };
        let status = StatusCode::from_u16(spec.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let json = serde_json::to_vec(&body).unwrap_or_default();
        (
            status,
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            json,
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_and_statuses_are_errors() {
        let mut seen = std::collections::HashSet::new();
        for c in ErrorCode::ALL {
            let s = c.spec();
            assert!(seen.insert(s.code), "{} twice", s.code);
            assert!(s.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert!((400..600).contains(&s.status));
            assert!(["invalid_request", "auth", "internal", "system"].contains(&s.kind));
            assert_eq!(
                s.kind == "invalid_request",
                s.status < 500 && s.status != 401 && s.status != 403
            );
        }
    }
}
