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

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}
