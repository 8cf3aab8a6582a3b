//! Booth and exhibit views (S5.5.1), with the viewer's country and industry.
//!
//! A page view must not cost a database write on the request path (pages
//! serve thousands of requests a second on one SQLite writer), so views go
//! into a bounded in-memory queue and a background task writes them to the
//! outbox in batches, one transaction per batch; from there they reach the
//! analytics store like every other event. A batch gathers the views of up
//! to a second ([`FOLD`]), and the views of a batch that the measures of
//! S5.5.1 cannot tell apart (same kind, exhibitor, fair, country and
//! industry) become one event carrying their number of occurrences: the
//! outbox grows with the number of exhibitors viewed per second, not with
//! the number of views. When the queue is full (a burst
//! beyond what the writer keeps up with) further views are dropped and
//! counted in `views_dropped_total`; a crash loses at most the views of the
//! last fraction of a second.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::json;
use tokio::sync::mpsc;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::outbox;

use crate::App;

/// One view to record.
#[derive(Debug, Clone)]
pub struct View {
    pub kind: EventKind,
    pub facts: AnalyticsFacts,
}

/// Most views waiting to be written.
const QUEUE: usize = 50_000;
/// Most views written in one transaction.
const BATCH: usize = 20_000;
/// How long a batch gathers views: the measures' finest time unit.
const FOLD: Duration = Duration::from_secs(1);

pub struct Views {
    tx: mpsc::Sender<View>,
    rx: Mutex<Option<mpsc::Receiver<View>>>,
    dropped: AtomicU64,
}

impl Default for Views {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        Views {
            tx,
            rx: Mutex::new(Some(rx)),
            dropped: AtomicU64::new(0),
        }
    }
}

impl Views {
    /// Records a view without waiting.
    pub fn record(&self, kind: EventKind, facts: AnalyticsFacts) {
        if self.tx.try_send(View { kind, facts }).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
            metrics::counter!("views_dropped_total").increment(1);
        }
    }

    /// Views dropped since start (the queue was full).
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// The receiving end, for the one writer task of this node.
    pub fn take_receiver(&self) -> Option<mpsc::Receiver<View>> {
        self.rx.lock().ok().and_then(|mut r| r.take())
    }
}

/// Writes queued views to the outbox until the queue closes.
pub async fn write_views(app: App, mut rx: mpsc::Receiver<View>) {
    let mut batch = Vec::with_capacity(BATCH);
    while let Some(first) = rx.recv().await {
        batch.push(first);
        // Gather what arrives within the fold window into the same batch.
        let deadline = tokio::time::Instant::now() + FOLD;
        while batch.len() < BATCH {
            match tokio::time::timeout_at(deadline, rx.recv()).await {
                Ok(Some(v)) => batch.push(v),
                _ => break,
            }
        }
        if let Err(e) = write_batch(&app, &batch).await {
            tracing::warn!(error = %e, views = batch.len(), "recording views failed");
        }
        batch.clear();
    }
}

/// Groups identical views: (kind, facts) -> occurrences.
fn aggregate(batch: &[View]) -> Vec<(EventKind, AnalyticsFacts)> {
    let mut groups: std::collections::BTreeMap<
        (&'static str, String),
        (EventKind, AnalyticsFacts),
    > = std::collections::BTreeMap::new();
    for v in batch {
        let key = (v.kind.as_str(), json!(v.facts).to_string());
        groups
            .entry(key)
            .and_modify(|(_, f)| f.occurrences = Some(f.occurrences.unwrap_or(1) + 1))
            .or_insert_with(|| (v.kind, v.facts.clone()));
    }
    groups.into_values().collect()
}

async fn write_batch(app: &App, batch: &[View]) -> Result<(), crate::error::AppError> {
    let now = app.now();
    let mut tx = app.stores.main.begin().await?;
    for (kind, facts) in aggregate(batch) {
        outbox::enqueue(&mut tx, kind.as_str(), &json!(facts), now).await?;
    }
    // Not `app.commit`: views change no page, so caches stay valid.
    tx.commit().await?;
    app.outbox_wake.notify_one();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_views_become_one_event_with_a_count() {
        let view = |country: &str| View {
            kind: EventKind::BoothViewed,
            facts: AnalyticsFacts {
                actor_id: Some("org".into()),
                country: Some(country.into()),
                ..Default::default()
            },
        };
        let out = aggregate(&[view("DE"), view("FR"), view("DE"), view("DE")]);
        assert_eq!(out.len(), 2);
        let de = out
            .iter()
            .find(|(_, f)| f.country.as_deref() == Some("DE"))
            .unwrap();
        assert_eq!(de.1.occurrences, Some(3));
        let fr = out
            .iter()
            .find(|(_, f)| f.country.as_deref() == Some("FR"))
            .unwrap();
        assert_eq!(fr.1.occurrences, None);
    }
}
