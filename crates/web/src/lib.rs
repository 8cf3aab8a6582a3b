//! Yunzhan's web layer: the router with its per-route access rules, the
//! pages, the JSON API, sessions, CSRF, i18n, mail and the server.

pub mod api;
pub mod assets;
pub mod config;
pub mod csrf;
pub mod ctx;
pub mod error;
pub mod guard;
pub mod headers;
pub mod openapi;
pub mod pages;
pub mod pipeline;
pub mod routes;
pub mod server;
pub mod state;

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tower_http::catch_panic::CatchPanicLayer;

pub use config::WebConfig;
pub use error::{WebError, WebResult};
pub use state::AppState;

/// The process-wide Prometheus recorder (installed once, shared by every
/// app built in this process, as tests build many).
pub fn metrics_handle() -> Option<PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| PrometheusBuilder::new().install_recorder().ok())
        .clone()
}

/// Everything needed to build the state.
pub struct Parts {
    pub app: yz_app::Parts,
    pub web: WebConfig,
}

pub fn state(parts: Parts) -> AppState {
    AppState {
        app: yz_app::App::new(parts.app),
        web: Arc::new(parts.web),
        metrics: metrics_handle(),
    }
}

async fn count_request(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method, "status" => status).increment(1);
    metrics::histogram!("http_request_duration_seconds").record(started.elapsed().as_secs_f64());
    res
}

async fn not_found() -> Response {
    WebError::NotFound.into_response()
}

/// The whole application: routes, then (outermost last) the request context
/// with CSRF and error rendering, body limit, panic catcher and metrics.
pub fn router(state: &AppState) -> Router {
    let (routes, _) = routes::build(state);
    routes
        .fallback(not_found)
        .layer(from_fn_with_state(state.clone(), pipeline::context))
        .layer(DefaultBodyLimit::max(state.web.body_limit))
        .layer(CatchPanicLayer::new())
        .layer(from_fn(count_request))
        .with_state(state.clone())
}

pub use yz_app::Background;
