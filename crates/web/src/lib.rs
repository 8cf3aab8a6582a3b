//! Yunzhan's web layer: the router with its per-route access rules, the
//! pages, the JSON API, sessions, CSRF, i18n, mail and the server.

pub mod api;
pub mod assets;
pub mod audit;
pub mod cache;
pub mod config;
pub mod consumers;
pub mod ctx;
pub mod error;
pub mod guard;
pub mod headers;
pub mod mail;
pub mod objects;
pub mod openapi;
pub mod pages;
pub mod passwords;
pub mod pii;
pub mod policy;
pub mod ratelimit;
pub mod routes;
pub mod server;
pub mod service;
pub mod state;
pub mod tokens;
pub mod totp;
pub mod translate;
pub mod views;

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tower_http::catch_panic::CatchPanicLayer;
use yz_domain::Clock;
use yz_store::Stores;
use yz_store::audit::AuditLog;
use yz_store::outbox::Dispatcher;

pub use config::WebConfig;
pub use error::{WebError, WebResult};
pub use state::AppState;

use crate::mail::Mailer;

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
    pub stores: Stores,
    pub clock: Arc<dyn Clock>,
    pub config: WebConfig,
    pub mailer: Arc<dyn Mailer>,
    /// HMAC key for the audit chain head, kept outside the audit database.
    pub audit_key: Vec<u8>,
    /// Where uploaded files go.
    pub objects: objects::Objects,
    /// Seals personal data at rest.
    pub pii: pii::Pii,
}

pub fn state(parts: Parts) -> AppState {
    let audit = AuditLog::start(
        parts.stores.audit.clone(),
        parts.stores.main.clone(),
        parts.audit_key,
    );
    let translator =
        parts
            .config
            .translate_url
            .as_deref()
            .and_then(|url| {
                match translate::LibreTranslate::new(url, parts.config.translate_key.clone()) {
                    Ok(t) => Some(Arc::new(t) as Arc<dyn translate::Translator>),
                    Err(e) => {
                        tracing::error!(error = %e, "machine translation disabled");
                        None
                    }
                }
            });
    AppState(Arc::new(state::Inner {
        audit,
        clock: parts.clock,
        config: parts.config,
        mailer: parts.mailer,
        outbox_wake: Arc::new(Notify::new()),
        limiter: ratelimit::RateLimiter::default(),
        metrics: metrics_handle(),
        objects: parts.objects,
        pii: parts.pii,
        policy_cache: state::Cached::default(),
        site_cache: state::Cached::default(),
        views: views::Views::default(),
        cache: cache::PageCache::default(),
        translator,
        stores: parts.stores,
    }))
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
        .layer(from_fn_with_state(state.clone(), ctx::context))
        .layer(DefaultBodyLimit::max(state.config.body_limit))
        .layer(CatchPanicLayer::new())
        .layer(from_fn(count_request))
        .with_state(state.clone())
}

/// The background work of a node: the outbox dispatcher and housekeeping.
pub struct Background {
    pub tasks: Vec<JoinHandle<()>>,
}

impl Background {
    pub fn start(state: &AppState) -> Background {
        let clock = state.clock.clone();
        let dispatcher = Dispatcher::new(
            state.stores.main.clone(),
            Arc::new(move || clock.now_ms()),
            state.outbox_wake.clone(),
        )
        .with(Arc::new(consumers::AnalyticsRecorder {
            analytics: state.stores.analytics.clone(),
        }))
        .with(Arc::new(consumers::Notifier {
            mailer: state.mailer.clone(),
            main: state.stores.main.clone(),
        }));
        let outbox = tokio::spawn(Arc::new(dispatcher).run(Duration::from_millis(500)));
        let st = state.clone();
        let housekeeping = tokio::spawn(async move {
            loop {
                if let Err(e) = yz_store::sessions::delete_expired(&st.stores.main, st.now()).await
                {
                    tracing::warn!(error = %e, "expired-session cleanup failed");
                }
                if let Err(e) = service::admin::disable_inactive(&st).await {
                    tracing::warn!(error = %e, "inactive-account policy failed");
                }
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
        });
        let mut tasks = vec![outbox, housekeeping];
        if let Some(rx) = state.views.take_receiver() {
            tasks.push(tokio::spawn(views::write_views(state.clone(), rx)));
        }
        Background { tasks }
    }

    pub fn stop(&self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.stop();
    }
}
