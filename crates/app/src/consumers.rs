//! The outbox consumers of the foundation: the notifier (mail) and the
//! analytics recorder. Later issues add the search indexer and the hub.

use std::sync::Arc;

use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::role::Role;
use yz_store::analytics::Recorded;
use yz_store::outbox::{BoxFuture, Consumer, Handled, OutboxEvent};
use yz_store::{Db, accounts, analytics};

use crate::mail::{Mail, Mailer};

pub const MAIL_SEND: &str = "mail.send";
pub const SECURITY_ALERT: &str = "security.alert";
/// An audit record a committed change asked for (see `work.rs`).
pub use crate::audit_intent::AUDIT_APPEND;
/// The consumers that read the outbox, by name.
pub const NAMES: [&str; 3] = [ANALYTICS, NOTIFIER, AUDIT];
const ANALYTICS: &str = "analytics";
const NOTIFIER: &str = "notifier";
const AUDIT: &str = "audit";
/// How many consumers read the outbox (tests wait for all of them).
pub const CONSUMERS: usize = NAMES.len();

/// How far behind each consumer is, as Prometheus gauges: events not yet
/// handled (`outbox_backlog`) and the age of the oldest (`outbox_lag_seconds`).
pub async fn lag_metrics(app: &crate::App) -> Result<String, crate::AppError> {
    let lags = lags(app).await?;
    let mut out = String::from(
        "# HELP outbox_backlog Outbox events a consumer has not handled yet.\n# TYPE outbox_backlog gauge\n",
    );
    for (consumer, backlog, _) in &lags {
        out += &format!("outbox_backlog{{consumer=\"{consumer}\"}} {backlog}\n");
    }
    out += "# HELP outbox_lag_seconds Age of the oldest outbox event a consumer has not handled yet.\n# TYPE outbox_lag_seconds gauge\n";
    for (consumer, _, secs) in &lags {
        out += &format!("outbox_lag_seconds{{consumer=\"{consumer}\"}} {secs}\n");
    }
    Ok(out)
}

/// Each consumer's backlog and the age in seconds of its oldest event
/// not yet handled.
pub async fn lags(app: &crate::App) -> Result<Vec<(String, i64, f64)>, crate::AppError> {
    let now = app.now();
    let lags = yz_store::outbox::lag(&app.stores.main, &NAMES).await?;
    Ok(lags
        .into_iter()
        .map(|l| {
            let secs = l
                .oldest_ms
                .map_or(0.0, |t| (now - t).max(0) as f64 / 1000.0);
            (l.consumer, l.backlog, secs)
        })
        .collect())
}

/// Appends the audit intents of committed changes, once each: the direct
/// path after the commit usually got there first, and then this finds the
/// record and does nothing.
pub struct AuditAppender {
    pub audit: yz_store::audit::AuditLog,
}

impl Consumer for AuditAppender {
    fn name(&self) -> &'static str {
        AUDIT
    }
    fn handle<'a>(&'a self, ev: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            if ev.kind != AUDIT_APPEND {
                return Ok(());
            }
            let Some((at_ms, entry)) = crate::audit_intent::intent_from_payload(&ev.payload) else {
                tracing::error!(event = %ev.event_id, "unreadable audit intent");
                return Ok(());
            };
            self.audit
                .append_once(&ev.event_id, at_ms, entry)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string())
        })
    }
}

/// Sends mail events, and mails security alerts to the security
/// administrators.
pub struct Notifier {
    pub mailer: Arc<dyn Mailer>,
    pub main: Db,
}

impl Consumer for Notifier {
    fn name(&self) -> &'static str {
        NOTIFIER
    }
    fn handle<'a>(&'a self, ev: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            match ev.kind.as_str() {
                MAIL_SEND => {
                    let mail: Mail =
                        serde_json::from_value(ev.payload.clone()).map_err(|e| e.to_string())?;
                    self.mailer.send(&mail).await
                }
                SECURITY_ALERT => {
                    let admins = security_admin_emails(&self.main)
                        .await
                        .map_err(|e| e.to_string())?;
                    let subject = format!(
                        "[Yunzhan security alert] {}",
                        ev.payload
                            .get("alert")
                            .and_then(|v| v.as_str())
                            .unwrap_or("alert")
                    );
                    let body = serde_json::to_string_pretty(&ev.payload).unwrap_or_default();
                    for to in admins {
                        self.mailer
                            .send(&Mail {
                                to,
                                subject: subject.clone(),
                                body: body.clone(),
                            })
                            .await?;
                    }
                    Ok(())
                }
                _ => Ok(()),
            }
        })
    }
}

async fn security_admin_emails(db: &Db) -> Result<Vec<String>, yz_store::StoreError> {
    let grants = accounts::all_grants(db, 10_000).await?;
    Ok(grants
        .into_iter()
        .filter(|(_, _, g)| g.role == Role::SecurityAdmin)
        .map(|(_, email, _)| email)
        .collect())
}

/// Stores every counted event in the analytics database, once.
pub struct AnalyticsRecorder {
    pub analytics: Db,
}

impl Consumer for AnalyticsRecorder {
    fn name(&self) -> &'static str {
        ANALYTICS
    }
    fn handle<'a>(&'a self, ev: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            let h = self.handle_batch(std::slice::from_ref(ev)).await;
            h.error.map_or(Ok(()), Err)
        })
    }

    /// The counted events of the batch in one transaction; other kinds are
    /// handled by doing nothing. An unreadable event stops the batch there.
    fn handle_batch<'a>(&'a self, events: &'a [OutboxEvent]) -> BoxFuture<'a, Handled> {
        Box::pin(async move {
            let mut rows = Vec::new();
            let mut error = None;
            let mut count = events.len();
            for (i, ev) in events.iter().enumerate() {
                let Some(kind) = EventKind::parse(&ev.kind) else {
                    continue;
                };
                match serde_json::from_value::<AnalyticsFacts>(ev.payload.clone()) {
                    Ok(facts) => rows.push(Recorded {
                        event_id: &ev.event_id,
                        kind,
                        at_ms: ev.created_at,
                        facts,
                    }),
                    Err(e) => {
                        (count, error) = (i, Some(e.to_string()));
                        break;
                    }
                }
            }
            match analytics::record(&self.analytics, &rows).await {
                Ok(()) => Handled { count, error },
                Err(e) => Handled {
                    count: 0,
                    error: Some(e.to_string()),
                },
            }
        })
    }
}
