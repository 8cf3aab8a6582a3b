//! A short-lived cache of what public pages read (fairs, booths, exhibitor
//! pages, exhibits), so the busiest pages cost no database round trip.
//!
//! Every commit through [`crate::state::AppState::commit`] on this node
//! starts a new generation, which makes all entries stale at once: a change
//! is visible on the next request. Other nodes' changes show within
//! [`TTL`]. Entries hold data, never rendered HTML (pages embed the
//! visitor's CSRF token and language).

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long an entry may serve requests without a local write.
pub const TTL: Duration = Duration::from_secs(5);
/// Most entries; the cache is emptied when it would grow past this.
const MAX: usize = 50_000;

struct Entry {
    generation: u64,
    at: Instant,
    value: Arc<dyn Any + Send + Sync>,
}

#[derive(Default)]
pub struct PageCache {
    generation: AtomicU64,
    map: RwLock<HashMap<String, Entry>>,
}

impl PageCache {
    /// Makes every entry stale (called on each commit).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::Release);
    }

    fn lookup<T: Send + Sync + 'static>(&self, key: &str, generation: u64) -> Option<Arc<T>> {
        let map = self.map.read().ok()?;
        let e = map.get(key)?;
        if e.generation != generation || e.at.elapsed() > TTL {
            return None;
        }
        e.value.clone().downcast::<T>().ok()
    }

    /// The cached value for `key`, else `load()`'s (cached if it succeeds).
    pub async fn get_or<T, E, F, Fut>(&self, key: String, load: F) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let generation = self.generation.load(Ordering::Acquire);
        if let Some(v) = self.lookup::<T>(&key, generation) {
            return Ok(v);
        }
        let value = Arc::new(load().await?);
        if let Ok(mut map) = self.map.write() {
            if map.len() >= MAX {
                map.clear();
            }
            map.insert(
                key,
                Entry {
                    generation,
                    at: Instant::now(),
                    value: value.clone(),
                },
            );
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn entries_serve_until_a_commit() {
        let c = PageCache::default();
        let load = |n: i32| async move { Ok::<_, ()>(n) };
        assert_eq!(*c.get_or("k".into(), || load(1)).await.unwrap(), 1);
        assert_eq!(
            *c.get_or("k".into(), || load(2)).await.unwrap(),
            1,
            "cached"
        );
        c.invalidate();
        assert_eq!(
            *c.get_or("k".into(), || load(3)).await.unwrap(),
            3,
            "stale after a commit"
        );
        let failed: Result<Arc<i32>, &str> = c.get_or("e".into(), || async { Err("no") }).await;
        assert!(failed.is_err());
        assert_eq!(
            *c.get_or("e".into(), || load(4)).await.unwrap(),
            4,
            "errors are not cached"
        );
    }
}
