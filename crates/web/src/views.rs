//! Booth and exhibit views (S5.5.1), with the viewer's country and industry.
//!
//! A page view must not cost a database write on the request path (pages
//! serve thousands of requests a second on one SQLite writer), so views go
//! into a bounded in-memory queue and a background task writes them to the
//! outbox in batches, one transaction per batch; from there they reach the
//! analytics store like every other event. When the queue is full (a burst
//! beyond what the writer keeps up with) further views are dropped and
//! counted in `views_dropped_total`; a crash loses at most the views of the
//! last fraction of a second.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::json;
use tokio::sync::mpsc;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::outbox;

use crate::state::AppState;

/// One view to record.
#[derive(Debug, Clone)]
pub struct View {
    pub kind: EventKind,
    pub facts: AnalyticsFacts,
}

/// Most views waiting to be written.
const QUEUE: usize = 50_000;
/// Most views written in one transaction.
const BATCH: usize = 2_000;

pub struct Views {
    tx: mpsc::Sender<View>,
    rx: Mutex<Option<mpsc::Receiver<View>>>,
}

impl Default for Views {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        Views {
            tx,
            rx: Mutex::new(Some(rx)),
        }
    }
}

impl Views {
    /// Records a view without waiting.
    pub fn record(&self, kind: EventKind, facts: AnalyticsFacts) {
        if self.tx.try_send(View { kind, facts }).is_err() {
            metrics::counter!("views_dropped_total").increment(1);
        }
    }

    /// The receiving end, for the one writer task of this node.
    pub fn take_receiver(&self) -> Option<mpsc::Receiver<View>> {
        self.rx.lock().ok().and_then(|mut r| r.take())
    }
}

/// Writes queued views to the outbox until the queue closes.
pub async fn write_views(state: AppState, mut rx: mpsc::Receiver<View>) {
    let mut batch = Vec::with_capacity(BATCH);
    while let Some(first) = rx.recv().await {
        batch.push(first);
        // Gather what arrives in the next moment into the same transaction.
        let deadline = tokio::time::Instant::now() + Duration::from_millis(100);
        while batch.len() < BATCH {
            match tokio::time::timeout_at(deadline, rx.recv()).await {
                Ok(Some(v)) => batch.push(v),
                _ => break,
            }
        }
        if let Err(e) = write_batch(&state, &batch).await {
            tracing::warn!(error = %e, views = batch.len(), "recording views failed");
        }
        batch.clear();
    }
}

async fn write_batch(state: &AppState, batch: &[View]) -> Result<(), crate::error::WebError> {
    let now = state.now();
    let mut tx = state.stores.main.begin().await?;
    for v in batch {
        outbox::enqueue(&mut tx, v.kind.as_str(), &json!(v.facts), now).await?;
    }
    state.commit(tx).await?;
    Ok(())
}
