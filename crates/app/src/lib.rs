//! Yunzhan's use cases: one function per thing a person or a job does. Each
//! takes an [`Actor`] and plain inputs, loads what it names through the
//! actor's scope, applies the rules of `yz-domain`, writes one transaction
//! and returns [`AppError`]. No HTTP here: the pages, the JSON API, the
//! command line and background jobs all call these functions, and this
//! crate is the only caller of `yz-store`.

pub mod account;
pub mod actor;
pub mod admin;
pub mod applications;
pub mod audience;
pub mod audit;
pub mod audit_intent;
pub mod audit_log;
pub mod auth;
pub mod booths;
pub mod bulk;
pub mod cache;
pub mod catalogue;
pub mod config;
pub mod consumers;
pub mod error;
pub mod exhibit_input;
pub mod exhibit_media;
pub mod exhibit_review;
pub mod exhibits;
pub mod exports;
pub mod fairs;
pub mod favourites;
pub mod mail;
pub mod mails;
pub mod objects;
pub mod organisations;
pub mod passwords;
pub mod personal_data;
pub mod pii;
pub mod policy;
pub mod privacy;
pub mod quotas;
pub mod ratelimit;
pub mod refusals;
pub mod scope;
pub mod sessions;
pub mod showcase;
pub mod staff;
pub mod tokens;
pub mod totp;
pub mod translate;
pub mod views;
pub mod visibility;
pub mod visitors;
pub mod work;
pub mod workplaces;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use yz_domain::Clock;
use yz_store::Stores;
use yz_store::audit::AuditLog;
use yz_store::migrate::DbKind;
use yz_store::outbox::Dispatcher;

pub use actor::{Actor, Principal, Stage};
pub use config::{AppConfig, PasswordCost, RateLimits};
pub use error::{AppError, AppResult, Msg};
pub use yz_store::new_id;

use crate::mail::Mailer;

/// Everything the use cases share; cheap to clone.
#[derive(Clone)]
pub struct App(pub Arc<Inner>);

pub struct Inner {
    pub stores: Stores,
    pub audit: AuditLog,
    pub clock: Arc<dyn Clock>,
    pub config: AppConfig,
    pub mailer: Arc<dyn Mailer>,
    /// Wakes the outbox dispatcher right after a commit.
    pub outbox_wake: Arc<Notify>,
    pub limiter: ratelimit::RateLimiter,
    pub objects: objects::Objects,
    pub pii: pii::Pii,
    pub policy_cache: Cached<policy::SecurityPolicy>,
    pub site_cache: Cached<policy::SiteConfig>,
    /// Booth and exhibit views on their way to the outbox.
    pub views: views::Views,
    /// What public pages read, until a commit changes what an entry was
    /// read from (or its fallback lifetime ends).
    pub cache: cache::PageCache,
    /// Carries cache invalidations between nodes (with NATS).
    pub bus: cache::Bus,
    /// Machine translation for drafts, when configured.
    pub translator: Option<Arc<dyn translate::Translator>>,
    /// Refusals counted until the next audit flush.
    pub refusals: refusals::Refusals,
}

impl std::ops::Deref for App {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// Everything needed to build the [`App`].
pub struct Parts {
    pub stores: Stores,
    pub clock: Arc<dyn Clock>,
    pub config: AppConfig,
    pub mailer: Arc<dyn Mailer>,
    /// HMAC key for the audit chain head, kept outside the audit database.
    pub audit_key: Vec<u8>,
    /// The file where this node also appends every head it signs.
    pub audit_heads: Option<std::path::PathBuf>,
    /// Where uploaded files go.
    pub objects: objects::Objects,
    /// Seals personal data at rest.
    pub pii: pii::Pii,
}

impl App {
    /// Whether the three databases answer; otherwise the first that does
    /// not, and why.
    pub async fn ready(&self) -> Result<(), (&'static str, String)> {
        self.stores
            .ping()
            .await
            .map_err(|(db, e)| (db.as_str(), e.to_string()))
    }

    pub fn new(parts: Parts) -> App {
        let audit = AuditLog::start(
            parts.stores.audit.clone(),
            parts.stores.main.clone(),
            parts.audit_key,
            parts.audit_heads.map(yz_store::audit::HeadFile::new),
        );
        let translator = parts.config.translate_url.as_deref().and_then(|url| {
            match translate::LibreTranslate::new(url, parts.config.translate_key.clone()) {
                Ok(t) => Some(Arc::new(t) as Arc<dyn translate::Translator>),
                Err(e) => {
                    tracing::error!(error = %e, "machine translation disabled");
                    None
                }
            }
        });
        let limiter = ratelimit::RateLimiter::new(parts.clock.clone(), &parts.config.rate_limits);
        let bus = cache::Bus::new(format!("{}.cache.stale", parts.config.nats_prefix));
        let cache = if parts.config.page_cache {
            cache::PageCache::new(bus.connected_flag())
        } else {
            cache::PageCache::off()
        };
        App(Arc::new(Inner {
            audit,
            clock: parts.clock,
            config: parts.config,
            mailer: parts.mailer,
            outbox_wake: Arc::new(Notify::new()),
            limiter,
            objects: parts.objects,
            pii: parts.pii,
            policy_cache: Cached::default(),
            site_cache: Cached::default(),
            views: views::Views::default(),
            cache,
            bus,
            translator,
            refusals: refusals::Refusals::default(),
            stores: parts.stores,
        }))
    }

    pub fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    pub async fn security_policy(&self) -> policy::SecurityPolicy {
        let now = self.now();
        if let Some(p) = self.policy_cache.get(now) {
            return p;
        }
        let p: policy::SecurityPolicy = policy::load(&self.stores.main, policy::SECURITY_POLICY)
            .await
            .unwrap_or_default();
        self.policy_cache.put(now, p.clone());
        p
    }

    pub async fn site_config(&self) -> policy::SiteConfig {
        let now = self.now();
        if let Some(p) = self.site_cache.get(now) {
            return p;
        }
        let p: policy::SiteConfig = policy::load(&self.stores.main, policy::SITE_CONFIG)
            .await
            .unwrap_or_default();
        self.site_cache.put(now, p.clone());
        p
    }
}

/// The background work of a node: the outbox dispatcher, the view writer
/// and housekeeping.
pub struct Background {
    pub tasks: Vec<JoinHandle<()>>,
}

impl Background {
    pub fn start(app: &App) -> Background {
        let clock = app.clock.clone();
        let dispatcher = Dispatcher::new(
            app.stores.main.clone(),
            Arc::new(move || clock.now_ms()),
            app.outbox_wake.clone(),
        )
        .with(Arc::new(consumers::AnalyticsRecorder {
            analytics: app.stores.analytics.clone(),
        }))
        .with(Arc::new(consumers::Notifier {
            mailer: app.mailer.clone(),
            main: app.stores.main.clone(),
        }))
        .with(Arc::new(consumers::AuditAppender {
            audit: app.audit.clone(),
        }));
        let outbox = tokio::spawn(Arc::new(dispatcher).run(Duration::from_millis(500)));
        let st = app.clone();
        let housekeeping = tokio::spawn(async move {
            // Secrets and personal fields sealed before fields were bound
            // to their row are sealed again once.
            if let Err(e) = auth::reseal_totp(&st).await {
                tracing::warn!(error = %e, "resealing TOTP secrets failed");
            }
            if let Err(e) = privacy::reseal_contacts(&st).await {
                tracing::warn!(error = %e, "resealing contact fields failed");
            }
            loop {
                if let Err(e) = yz_store::sessions::delete_expired(&st.stores.main, st.now()).await
                {
                    tracing::warn!(error = %e, "expired-session cleanup failed");
                }
                if let Err(e) = admin::disable_inactive(&st).await {
                    tracing::warn!(error = %e, "inactive-account policy failed");
                }
                if let Err(e) =
                    yz_store::changes::purge(&st.stores.main, st.now() - CHANGES_KEPT_MS).await
                {
                    tracing::warn!(error = %e, "purging the change record failed");
                }
                // Rows past their retention (personal-data registry): login
                // history, expired sessions and links.
                for (db, kind) in [
                    (&st.stores.main, DbKind::Main),
                    (&st.stores.analytics, DbKind::Analytics),
                ] {
                    if let Err(e) = yz_store::personal::purge(db, kind, st.now()).await {
                        tracing::warn!(error = %e, "retention purge failed");
                    }
                }
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
        });
        let st = app.clone();
        let refusals = tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(60)).await;
                if let Err(e) = refusals::flush(&st).await {
                    tracing::warn!(error = %e, "auditing refusals failed");
                }
            }
        });
        let mut tasks = vec![outbox, housekeeping, refusals];
        if let Some(url) = app.config.nats_url.clone() {
            tasks.push(tokio::spawn(cache::Bus::run(app.clone(), url)));
        }
        if let Some(rx) = app.views.take_receiver() {
            tasks.push(tokio::spawn(views::write_views(app.clone(), rx)));
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

/// How long the record of changes keeps what followers may still need.
const CHANGES_KEPT_MS: i64 = 7 * 24 * 3_600_000;

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
