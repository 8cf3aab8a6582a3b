//! Invalidations between nodes, through NATS (when `YUNZHAN_NATS_URL` is
//! set): each node publishes what its commits made stale and drops what the
//! others publish. NATS core delivery is at most once, so entries also
//! expire: after [`super::SHARED_TTL`] while this node is connected, after
//! [`super::SHORT_TTL`] while it is not (entries created while the link is
//! down keep the short lifetime).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

use super::{Stale, Tag};
use crate::App;

/// One node's message: what its commit made stale.
#[derive(Debug, Serialize, Deserialize)]
struct Message {
    /// The sending node (a node ignores its own messages).
    node: String,
    all: bool,
    tags: Vec<String>,
}

/// The link of this node to the others.
pub struct Bus {
    node: String,
    subject: String,
    client: std::sync::OnceLock<async_nats::Client>,
    /// Whether invalidations currently reach this node.
    connected: Arc<AtomicBool>,
    received: AtomicU64,
}

/// How many invalidations arrived from other nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Received(pub u64);

impl Bus {
    /// A bus on `subject` (not yet connected).
    pub fn new(subject: String) -> Bus {
        Bus {
            node: uuid::Uuid::now_v7().to_string(),
            subject,
            client: std::sync::OnceLock::new(),
            connected: Arc::new(AtomicBool::new(false)),
            received: AtomicU64::new(0),
        }
    }

    /// The flag the cache reads to choose its entries' lifetime.
    pub fn connected_flag(&self) -> Arc<AtomicBool> {
        self.connected.clone()
    }

    pub fn is_connected(&self) -> bool {
        self.connected.load(Ordering::Acquire)
    }

    pub fn received(&self) -> Received {
        Received(self.received.load(Ordering::Relaxed))
    }

    /// Tells the other nodes what a commit here made stale (no wait; a
    /// message that cannot be sent is logged, and expiry covers it).
    pub fn publish(&self, stale: &Stale) {
        let Some(client) = self.client.get() else {
            return;
        };
        let msg = match stale {
            Stale::All => Message {
                node: self.node.clone(),
                all: true,
                tags: Vec::new(),
            },
            Stale::Tags(t) if t.is_empty() => return,
            Stale::Tags(t) => Message {
                node: self.node.clone(),
                all: false,
                tags: t.iter().map(Tag::name).collect(),
            },
        };
        let Ok(body) = serde_json::to_vec(&msg) else {
            return;
        };
        let (client, subject) = (client.clone(), self.subject.clone());
        tokio::spawn(async move {
            if let Err(e) = client.publish(subject, body.into()).await {
                tracing::warn!(error = %e, "publishing a cache invalidation failed");
            }
        });
    }

    /// Connects to NATS at `url` (retrying until it answers), then drops
    /// from the node's cache what other nodes publish. Runs until the node
    /// stops.
    pub async fn run(app: App, url: String) {
        let this = &app.bus;
        let cache = &app.cache;
        let client = loop {
            let (flag, app) = (this.connected.clone(), app.clone());
            let options = async_nats::ConnectOptions::new()
                .name("yunzhan")
                .retry_on_initial_connect()
                .event_callback(move |event| {
                    let (flag, app) = (flag.clone(), app.clone());
                    async move {
                        match event {
                            async_nats::Event::Connected => {
                                // What was kept while the link was down
                                // may have missed changes.
                                app.cache.invalidate_all();
                                flag.store(true, Ordering::Release);
                            }
                            async_nats::Event::Disconnected => flag.store(false, Ordering::Release),
                            _ => {}
                        }
                    }
                });
            match options.connect(url.as_str()).await {
                Ok(c) => break c,
                Err(e) => {
                    tracing::warn!(error = %e, "NATS unreachable; cache entries stay short-lived");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            }
        };
        let mut sub = loop {
            match client.subscribe(this.subject.clone()).await {
                Ok(s) => break s,
                Err(e) => {
                    tracing::warn!(error = %e, "subscribing to cache invalidations failed");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            }
        };
        // Make sure the subscription is registered before this node counts
        // as connected: a message published after that reaches it.
        if let Err(e) = client.flush().await {
            tracing::warn!(error = %e, "NATS flush failed");
        }
        let _ = this.client.set(client);
        this.connected.store(true, Ordering::Release);
        // Entries kept while the link was down may have missed changes.
        cache.invalidate_all();
        while let Some(m) = sub.next().await {
            let Ok(msg) = serde_json::from_slice::<Message>(&m.payload) else {
                tracing::warn!("ignoring a malformed cache invalidation");
                continue;
            };
            if msg.node == this.node {
                continue;
            }
            this.received.fetch_add(1, Ordering::Relaxed);
            if msg.all {
                cache.invalidate_all();
            } else {
                cache.invalidate_names(msg.tags);
            }
        }
        this.connected.store(false, Ordering::Release);
    }
}
