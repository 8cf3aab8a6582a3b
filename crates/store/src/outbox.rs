//! The transactional outbox and its dispatcher.
//!
//! A state change calls [`enqueue`] inside its own transaction, so the event
//! exists exactly when the change does. The [`Dispatcher`] hands each event
//! to every registered [`Consumer`] and records per consumer that it was
//! handled; an event whose handling was interrupted is handed over again
//! (at least once). Consumers make redelivery harmless (the analytics
//! recorder keys on the event id). Several app nodes may dispatch at once.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use crate::db::{Db, Tx};
use crate::{StoreError, args, new_id};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEvent {
    pub id: i64,
    pub event_id: String,
    pub kind: String,
    pub payload: serde_json::Value,
    pub created_at: i64,
}

/// Writes an event in the caller's transaction; returns its event id.
pub async fn enqueue(
    tx: &mut Tx,
    kind: &str,
    payload: &serde_json::Value,
    now_ms: i64,
) -> Result<String, StoreError> {
    let event_id = new_id();
    tx.execute(
        "INSERT INTO outbox (event_id, kind, payload, created_at) VALUES ($1, $2, $3, $4)",
        args![event_id.as_str(), kind, payload.to_string(), now_ms],
    )
    .await?;
    Ok(event_id)
}

/// Events not yet handled by `consumer`, oldest first.
pub async fn pending(db: &Db, consumer: &str, limit: i64) -> Result<Vec<OutboxEvent>, StoreError> {
    let rows = db
        .fetch_all(
            "SELECT o.id, o.event_id, o.kind, o.payload, o.created_at FROM outbox o
             WHERE NOT EXISTS (SELECT 1 FROM outbox_done d WHERE d.consumer = $1 AND d.event_id = o.id)
             ORDER BY o.id LIMIT $2",
            args![consumer, limit],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(OutboxEvent {
                id: r.i64("id")?,
                event_id: r.text("event_id")?,
                kind: r.text("kind")?,
                payload: serde_json::from_str(&r.text("payload")?)
                    .map_err(|e| StoreError::Decode(format!("outbox payload: {e}")))?,
                created_at: r.i64("created_at")?,
            })
        })
        .collect()
}

pub async fn mark_done(db: &Db, consumer: &str, id: i64, now_ms: i64) -> Result<(), StoreError> {
    db.execute(
        "INSERT INTO outbox_done (consumer, event_id, done_at) VALUES ($1, $2, $3)
         ON CONFLICT (consumer, event_id) DO NOTHING",
        args![consumer, id, now_ms],
    )
    .await?;
    Ok(())
}

/// `s` for a LIKE pattern with `ESCAPE '\'`: its wildcards taken literally.
fn like_literal(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Drops the mail queued to an address (the account is being deleted).
pub async fn drop_mail_to(tx: &mut Tx, email: &str) -> Result<u64, StoreError> {
    let pattern = format!("%\"to\":\"{}\"%", like_literal(email));
    tx.execute(
        "DELETE FROM outbox WHERE kind = 'mail.send' AND payload LIKE $1 ESCAPE '\\'",
        args![pattern],
    )
    .await
}

/// Removes an id as the actor of events not yet delivered (the account is
/// being deleted; analytics keep the count, not the person). Audit intents
/// keep it: the audit trail is kept by law.
pub async fn forget_actor(tx: &mut Tx, id: &str) -> Result<u64, StoreError> {
    let from = format!("\"actor_id\":\"{id}\"");
    tx.execute(
        "UPDATE outbox SET payload = REPLACE(payload, $1, '\"actor_id\":null') WHERE kind <> 'audit.append' AND payload LIKE $2 ESCAPE '\\'",
        args![from.as_str(), format!("%{}%", like_literal(&from))],
    )
    .await
}

/// Deletes events that every consumer has handled, older than `before_ms`.
pub async fn purge(db: &Db, consumers: &[&str], before_ms: i64) -> Result<u64, StoreError> {
    let n = consumers.len() as i64;
    let deleted = db
        .execute(
            "DELETE FROM outbox WHERE created_at < $1 AND
             (SELECT COUNT(*) FROM outbox_done d WHERE d.event_id = outbox.id) >= $2",
            args![before_ms, n],
        )
        .await?;
    db.execute(
        "DELETE FROM outbox_done WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = outbox_done.event_id)",
        args![],
    )
    .await?;
    Ok(deleted)
}

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Something that reacts to events: the analytics recorder, the notifier,
/// later the search indexer and the realtime hub.
pub trait Consumer: Send + Sync + 'static {
    /// A stable name: it keys the delivery records.
    fn name(&self) -> &'static str;
    /// Handles one event. An error leaves it pending, to be tried again.
    fn handle<'a>(&'a self, event: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>>;
}

/// Delivers outbox events to consumers.
pub struct Dispatcher {
    db: Db,
    consumers: Vec<Arc<dyn Consumer>>,
    wake: Arc<Notify>,
    now: Arc<dyn Fn() -> i64 + Send + Sync>,
}

impl Dispatcher {
    /// `wake` is notified by writers right after they commit an event.
    pub fn new(db: Db, now: Arc<dyn Fn() -> i64 + Send + Sync>, wake: Arc<Notify>) -> Self {
        Self {
            db,
            consumers: Vec::new(),
            wake,
            now,
        }
    }

    pub fn with(mut self, c: Arc<dyn Consumer>) -> Self {
        self.consumers.push(c);
        self
    }

    /// One pass over every consumer; returns how many deliveries were made.
    pub async fn run_once(&self) -> Result<usize, StoreError> {
        let mut delivered = 0;
        for c in &self.consumers {
            loop {
                let batch = pending(&self.db, c.name(), 200).await?;
                if batch.is_empty() {
                    break;
                }
                let mut failed = false;
                for ev in &batch {
                    match c.handle(ev).await {
                        Ok(()) => {
                            mark_done(&self.db, c.name(), ev.id, (self.now)()).await?;
                            delivered += 1;
                        }
                        Err(e) => {
                            tracing::warn!(consumer = c.name(), event = %ev.event_id, kind = %ev.kind, error = %e, "event not handled; will retry");
                            failed = true;
                            break;
                        }
                    }
                }
                if failed || batch.len() < 200 {
                    break;
                }
            }
        }
        Ok(delivered)
    }

    /// Runs until the task is aborted: after every wake-up, and at least
    /// every `poll` (events committed by other nodes).
    pub async fn run(self: Arc<Self>, poll: Duration) {
        let mut last_purge = (self.now)();
        loop {
            if let Err(e) = self.run_once().await {
                tracing::error!(error = %e, "outbox dispatch failed");
            }
            let now = (self.now)();
            if now - last_purge > 60_000 {
                let names: Vec<&str> = self.consumers.iter().map(|c| c.name()).collect();
                if let Err(e) = purge(&self.db, &names, now - 3_600_000).await {
                    tracing::warn!(error = %e, "outbox purge failed");
                }
                last_purge = now;
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }
}
