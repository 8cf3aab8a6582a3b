//! The state every handler receives: the use cases' [`App`] (which it
//! dereferences to) and the web layer's own settings.

use std::sync::Arc;

use metrics_exporter_prometheus::PrometheusHandle;
use yz_app::App;

use crate::config::WebConfig;

#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub web: Arc<WebConfig>,
    pub metrics: Option<PrometheusHandle>,
}

impl AppState {
    /// Whether browsers reach the platform over TLS: served with TLS here,
    /// or through a TLS proxy in front of it. Cookies then carry `Secure`
    /// and the `__Host-` prefix, and HSTS is sent.
    pub fn secure(&self) -> bool {
        self.web.tls || self.web.behind_tls_proxy
    }
}

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}
