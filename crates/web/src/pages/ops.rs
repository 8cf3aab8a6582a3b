//! Operations endpoints: health, readiness, metrics, the OpenAPI document,
//! and the static page the benchmark compares against.

use std::sync::OnceLock;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::state::AppState;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.ready().await {
        Ok(()) => Json(
            serde_json::json!({"status": "ready", "databases": ["main", "audit", "analytics"]}),
        )
        .into_response(),
        Err((db, e)) => {
            tracing::error!(database = db, error = %e, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({"status": "unavailable", "database": db})),
            )
                .into_response()
        }
    }
}

pub async fn metrics(State(state): State<AppState>) -> Response {
    let mut body = state
        .metrics
        .as_ref()
        .map(|h| h.render())
        .unwrap_or_default();
    // This node's database, not the process-wide recorder: the figures
    // belong to the app that answers.
    match yz_app::consumers::lag_metrics(&state).await {
        Ok(lines) => body.push_str(&lines),
        Err(e) => tracing::warn!(error = %e, "outbox lag unavailable"),
    }
    body.push_str(&state.cache.metrics(&state.bus));
    let mut res = body.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    res
}

pub async fn openapi(State(state): State<AppState>) -> Response {
    let mut res = crate::openapi::document(&state).to_string().into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

#[derive(Deserialize)]
pub struct StaticSize {
    bytes: Option<usize>,
}

/// A fixed page of the requested size (at most 1 MiB), built once.
pub async fn bench_static(Query(q): Query<StaticSize>) -> Response {
    static PAGE: OnceLock<Vec<u8>> = OnceLock::new();
    let page = PAGE.get_or_init(|| {
        let mut s = String::from("<!doctype html><html><head><title>static</title></head><body>");
        while s.len() < 1024 * 1024 {
            s.push_str("<p>Yunzhan static benchmark page, the same size as the page it is compared with.</p>\n");
        }
        s.into_bytes()
    });
    let n = q.bytes.unwrap_or(20_000).min(page.len());
    let mut res = page[..n].to_vec().into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res
}
