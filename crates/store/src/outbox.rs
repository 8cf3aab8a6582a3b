//! The transactional outbox and its dispatcher.
//!
//! A state change calls [`enqueue`] inside its own transaction, so the event
//! exists exactly when the change does. The [`Dispatcher`] hands each event
//! to every registered [`Consumer`] and records per consumer that it was
//! handled; an event whose handling was interrupted is handed over again
//! (at least once). Consumers make redelivery harmless (the analytics
//! recorder keys on the event id). Several app nodes may dispatch at once.
//!
//! Delivered events stay five minutes (then [`purge`]), so finding what a
//! consumer still owes must not scan them all: each dispatcher keeps, per
//! consumer, a cursor below which every event is handled, and reads only
//! after it. On SQLite one writer commits transactions one after another,
//! so ids come in commit order and the cursor follows the handled events;
//! on PostgreSQL a transaction may commit after a later one took a higher
//! id, so there the cursor only passes events older than [`SETTLED_MS`]. Consumers take turns batch by batch, so the
//! mail and the alerts are never queued behind a flood of page views.

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

/// Events with an id above `after` not yet handled by `consumer`, oldest
/// first.
pub async fn pending(
    db: &Db,
    consumer: &str,
    after: i64,
    limit: i64,
) -> Result<Vec<OutboxEvent>, StoreError> {
    let rows = db
        .fetch_all(
            "SELECT o.id, o.event_id, o.kind, o.payload, o.created_at FROM outbox o
             WHERE o.id > $3
               AND NOT EXISTS (SELECT 1 FROM outbox_done d WHERE d.consumer = $1 AND d.event_id = o.id)
             ORDER BY o.id LIMIT $2",
            args![consumer, limit, after],
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

/// Records that `consumer` handled these events: one transaction, a few
/// multi-row statements.
pub async fn mark_done(
    db: &Db,
    consumer: &str,
    ids: &[i64],
    now_ms: i64,
) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for chunk in ids.chunks(MARK_CHUNK) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| format!("($1, ${}, $2)", i + 3))
            .collect();
        let mut args = args![consumer, now_ms];
        args.extend(chunk.iter().map(|id| crate::Value::from(*id)));
        tx.execute(
            &format!(
                "INSERT INTO outbox_done (consumer, event_id, done_at) VALUES {}
                 ON CONFLICT (consumer, event_id) DO NOTHING",
                rows.join(", ")
            ),
            args,
        )
        .await?;
    }
    tx.commit().await
}

/// Rows per statement of [`mark_done`].
const MARK_CHUNK: usize = 500;

/// How far a consumer is behind: events it has not handled yet, and when
/// the oldest of them was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lag {
    pub consumer: String,
    pub backlog: i64,
    pub oldest_ms: Option<i64>,
}

/// The lag of each named consumer (`/metrics`).
pub async fn lag(db: &Db, consumers: &[&str]) -> Result<Vec<Lag>, StoreError> {
    let mut out = Vec::with_capacity(consumers.len());
    for c in consumers {
        let r = db
            .fetch_one(
                "SELECT COUNT(*) AS backlog, MIN(o.created_at) AS oldest FROM outbox o
                 WHERE NOT EXISTS (SELECT 1 FROM outbox_done d WHERE d.consumer = $1 AND d.event_id = o.id)",
                args![*c],
            )
            .await?;
        out.push(Lag {
            consumer: (*c).to_owned(),
            backlog: r.i64("backlog")?,
            oldest_ms: r.opt_i64("oldest")?,
        });
    }
    Ok(out)
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

/// How a batch went: the first `count` events were handled; `error` says
/// why the next one was not (it and the rest stay pending).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handled {
    pub count: usize,
    pub error: Option<String>,
}

/// Something that reacts to events: the analytics recorder, the notifier,
/// later the search indexer and the realtime hub.
pub trait Consumer: Send + Sync + 'static {
    /// A stable name: it keys the delivery records.
    fn name(&self) -> &'static str;
    /// Handles one event. An error leaves it pending, to be tried again.
    fn handle<'a>(&'a self, event: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>>;
    /// Handles events in order and stops at the first failure. Consumers
    /// that can write many events at once (the analytics recorder)
    /// override this; the default hands them over one by one.
    fn handle_batch<'a>(&'a self, events: &'a [OutboxEvent]) -> BoxFuture<'a, Handled> {
        Box::pin(async move {
            for (i, ev) in events.iter().enumerate() {
                if let Err(e) = self.handle(ev).await {
                    return Handled {
                        count: i,
                        error: Some(e),
                    };
                }
            }
            Handled {
                count: events.len(),
                error: None,
            }
        })
    }
}

/// How long events every consumer has handled are kept (for a look while
/// debugging); past it [`purge`] drops them, which keeps the table, the
/// pending reads and `/metrics`' lag count small under a flood of views.
pub const KEPT_MS: i64 = 5 * 60_000;

/// Events read and handed to a consumer at once.
pub const BATCH: usize = 500;

/// On PostgreSQL, how old a handled event must be before a consumer's
/// cursor passes it: longer than a transaction that writes an event stays
/// open.
pub const SETTLED_MS: i64 = 10_000;

/// Delivers outbox events to consumers.
pub struct Dispatcher {
    db: Db,
    consumers: Vec<Arc<dyn Consumer>>,
    wake: Arc<Notify>,
    now: Arc<dyn Fn() -> i64 + Send + Sync>,
    /// Per consumer: every event with an id up to this one is handled.
    cursors: std::sync::Mutex<std::collections::HashMap<String, i64>>,
}

/// The new cursor after `handled` (a batch's handled prefix, in id order,
/// all events before it handled too): the last of them written before
/// `settled`, if it passes `cursor`.
fn advance(cursor: i64, handled: &[OutboxEvent], settled: i64) -> i64 {
    handled
        .iter()
        .take_while(|e| e.created_at < settled)
        .map(|e| e.id)
        .last()
        .map_or(cursor, |id| id.max(cursor))
}

impl Dispatcher {
    /// `wake` is notified by writers right after they commit an event.
    pub fn new(db: Db, now: Arc<dyn Fn() -> i64 + Send + Sync>, wake: Arc<Notify>) -> Self {
        Self {
            db,
            consumers: Vec::new(),
            wake,
            now,
            cursors: std::sync::Mutex::default(),
        }
    }

    fn cursor(&self, consumer: &str) -> i64 {
        self.cursors
            .lock()
            .ok()
            .and_then(|c| c.get(consumer).copied())
            .unwrap_or(0)
    }

    fn set_cursor(&self, consumer: &str, to: i64) {
        if let Ok(mut c) = self.cursors.lock() {
            c.insert(consumer.to_owned(), to);
        }
    }

    /// Hands `c` its next batch; returns (delivered, whether more may wait).
    async fn one_batch(&self, c: &Arc<dyn Consumer>) -> Result<(usize, bool), StoreError> {
        let cursor = self.cursor(c.name());
        let batch = pending(&self.db, c.name(), cursor, BATCH as i64).await?;
        if batch.is_empty() {
            return Ok((0, false));
        }
        let h = c.handle_batch(&batch).await;
        let count = h.count.min(batch.len());
        let ids: Vec<i64> = batch[..count].iter().map(|e| e.id).collect();
        let now = (self.now)();
        mark_done(&self.db, c.name(), &ids, now).await?;
        let settled = match self.db.backend() {
            crate::db::Backend::Sqlite => i64::MAX,
            crate::db::Backend::Postgres => now - SETTLED_MS,
        };
        self.set_cursor(c.name(), advance(cursor, &batch[..count], settled));
        if let Some(e) = h.error {
            if let Some(ev) = batch.get(count) {
                tracing::warn!(consumer = c.name(), event = %ev.event_id, kind = %ev.kind, error = %e, "event not handled; will retry");
            }
            return Ok((count, false));
        }
        Ok((count, batch.len() == BATCH))
    }

    pub fn with(mut self, c: Arc<dyn Consumer>) -> Self {
        self.consumers.push(c);
        self
    }

    /// One pass over every consumer; returns how many deliveries were made.
    /// Each consumer gets its pending events in batches, and each batch's
    /// deliveries are recorded in one transaction.
    pub async fn run_once(&self) -> Result<usize, StoreError> {
        let mut delivered = 0;
        // Consumers take turns, one batch each, until none has more.
        let mut active: Vec<&Arc<dyn Consumer>> = self.consumers.iter().collect();
        while !active.is_empty() {
            let mut still = Vec::with_capacity(active.len());
            for c in active {
                let (n, more) = self.one_batch(c).await?;
                delivered += n;
                if more {
                    still.push(c);
                }
            }
            active = still;
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
                if let Err(e) = purge(&self.db, &names, now - KEPT_MS).await {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(id: i64, created_at: i64) -> OutboxEvent {
        OutboxEvent {
            id,
            event_id: id.to_string(),
            kind: "k".into(),
            payload: serde_json::Value::Null,
            created_at,
        }
    }

    #[test]
    fn the_cursor_passes_only_settled_handled_events() {
        let handled = [ev(5, 100), ev(6, 200), ev(9, 300)];
        assert_eq!(advance(4, &handled, 250), 6, "9 is too recent");
        assert_eq!(advance(4, &handled, 1_000), 9);
        assert_eq!(advance(4, &handled, 50), 4, "none settled");
        assert_eq!(advance(4, &[], 1_000), 4, "nothing handled");
        assert_eq!(advance(7, &handled[..1], 1_000), 7, "never backwards");
    }
}
