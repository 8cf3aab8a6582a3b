//! The application state every handler receives.

use std::sync::Arc;

use metrics_exporter_prometheus::PrometheusHandle;
use tokio::sync::Notify;
use yz_domain::Clock;
use yz_store::Stores;
use yz_store::audit::AuditLog;

use crate::config::WebConfig;
use crate::mail::Mailer;
use crate::ratelimit::RateLimiter;

#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

pub struct Inner {
    pub stores: Stores,
    pub audit: AuditLog,
    pub clock: Arc<dyn Clock>,
    pub config: WebConfig,
    pub mailer: Arc<dyn Mailer>,
    /// Wakes the outbox dispatcher right after a commit.
    pub outbox_wake: Arc<Notify>,
    pub limiter: RateLimiter,
    pub metrics: Option<PrometheusHandle>,
    pub objects: crate::objects::Objects,
    pub pii: crate::pii::Pii,
    pub policy_cache: Cached<crate::policy::SecurityPolicy>,
    pub site_cache: Cached<crate::policy::SiteConfig>,
    /// Booth and exhibit views on their way to the outbox.
    pub views: crate::views::Views,
    /// What public pages read, for a few seconds or until the next commit.
    pub cache: crate::cache::PageCache,
    /// Machine translation for drafts, when configured.
    pub translator: Option<std::sync::Arc<dyn crate::translate::Translator>>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Commits a transaction and wakes the outbox dispatcher for the events
    /// it wrote.
    pub async fn commit(&self, tx: yz_store::Tx) -> Result<(), yz_store::StoreError> {
        tx.commit().await?;
        self.cache.invalidate();
        self.outbox_wake.notify_one();
        Ok(())
    }
}

/// A value read from the settings table, kept for a few seconds so hot pages
/// do not query it on every request (other nodes' changes arrive within
/// that time).
pub struct Cached<T> {
    slot: std::sync::RwLock<Option<(i64, T)>>,
}

impl<T> Default for Cached<T> {
    fn default() -> Self {
        Self {
            slot: std::sync::RwLock::new(None),
        }
    }
}

const CACHE_MS: i64 = 5_000;

impl<T: Clone> Cached<T> {
    pub fn get(&self, now: i64) -> Option<T> {
        let g = self.slot.read().ok()?;
        g.as_ref()
            .filter(|(at, _)| now - at < CACHE_MS)
            .map(|(_, v)| v.clone())
    }
    pub fn put(&self, now: i64, v: T) {
        if let Ok(mut g) = self.slot.write() {
            *g = Some((now, v));
        }
    }
    pub fn clear(&self) {
        if let Ok(mut g) = self.slot.write() {
            *g = None;
        }
    }
}

impl AppState {
    pub async fn security_policy(&self) -> crate::policy::SecurityPolicy {
        let now = self.now();
        if let Some(p) = self.policy_cache.get(now) {
            return p;
        }
        let p: crate::policy::SecurityPolicy =
            crate::policy::load(&self.stores.main, crate::policy::SECURITY_POLICY)
                .await
                .unwrap_or_default();
        self.policy_cache.put(now, p.clone());
        p
    }

    pub async fn site_config(&self) -> crate::policy::SiteConfig {
        let now = self.now();
        if let Some(p) = self.site_cache.get(now) {
            return p;
        }
        let p: crate::policy::SiteConfig =
            crate::policy::load(&self.stores.main, crate::policy::SITE_CONFIG)
                .await
                .unwrap_or_default();
        self.site_cache.put(now, p.clone());
        p
    }
}
