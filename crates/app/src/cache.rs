//! A short-lived cache of what public pages read (fairs, booths, exhibitor
//! pages, exhibits), so the busiest pages cost no database round trip.
//!
//! Every commit through [`crate::app::AppState::commit`] on this node
//! starts a new generation, which makes all entries stale at once: a change
//! is visible on the next request. Other nodes' changes show within
//! [`TTL`]. Entries hold data, never rendered HTML (pages embed the
//! visitor's CSRF token and language).
//!
//! Two things keep a busy node's tail latency flat: concurrent misses of one
//! key wait for a single load instead of all querying the database, and each
//! entry lives between three quarters of [`TTL`] and all of it, so entries
//! filled together do not all expire together.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// How long an entry may serve requests without a local write.
pub const TTL: Duration = Duration::from_secs(5);
/// Most entries; the cache is emptied when it would grow past this.
const MAX: usize = 50_000;

struct Entry {
    generation: u64,
    expires: Instant,
    value: Arc<dyn Any + Send + Sync>,
}

/// One lock per key being loaded, so a miss is loaded once.
type Flights = Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>;

#[derive(Default)]
pub struct PageCache {
    generation: AtomicU64,
    map: RwLock<HashMap<String, Entry>>,
    flights: Flights,
}

/// How long a new entry lives: between 3/4 of [`TTL`] and [`TTL`], at
/// random.
fn lifetime() -> Duration {
    let quarter = TTL / 4;
    TTL - quarter + quarter.mul_f64(f64::from(rand::random::<u16>() % 1000) / 1000.0)
}

impl PageCache {
    /// Makes every entry stale (called on each commit).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::Release);
    }

    fn lookup<T: Send + Sync + 'static>(&self, key: &str, generation: u64) -> Option<Arc<T>> {
        let map = self.map.read().ok()?;
        let e = map.get(key)?;
        if e.generation != generation || Instant::now() >= e.expires {
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
        let flight = match self.flights.lock() {
            Ok(mut f) => Some(f.entry(key.clone()).or_default().clone()),
            Err(_) => None,
        };
        let guard = match &flight {
            Some(f) => Some(f.lock().await),
            None => None,
        };
        // Another request may have loaded it while this one waited.
        let loaded = match self.lookup::<T>(&key, generation) {
            Some(v) => Ok(v),
            None => self.load_and_keep(key.clone(), generation, load).await,
        };
        drop(guard);
        if let (Some(f), Ok(mut flights)) = (flight, self.flights.lock()) {
            // Only this request and the map hold the lock: nobody waits.
            if Arc::strong_count(&f) <= 2 {
                flights.remove(&key);
            }
        }
        loaded
    }

    async fn load_and_keep<T, E, F, Fut>(
        &self,
        key: String,
        generation: u64,
        load: F,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let value = Arc::new(load().await?);
        let expires = Instant::now() + lifetime();
        if let Ok(mut map) = self.map.write() {
            if map.len() >= MAX {
                map.clear();
            }
            map.insert(
                key,
                Entry {
                    generation,
                    expires,
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

    #[tokio::test]
    async fn concurrent_misses_load_once() {
        let c = Arc::new(PageCache::default());
        let loads = Arc::new(AtomicU64::new(0));
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let (c, loads) = (c.clone(), loads.clone());
            tasks.push(tokio::spawn(async move {
                c.get_or("hot".into(), || async {
                    loads.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    Ok::<_, ()>(7)
                })
                .await
            }));
        }
        for t in tasks {
            assert_eq!(*t.await.unwrap().unwrap(), 7);
        }
        assert_eq!(loads.load(Ordering::SeqCst), 1);
        assert!(c.flights.lock().unwrap().is_empty(), "no lock left behind");
    }

    #[test]
    fn lifetimes_are_spread_within_the_ttl() {
        let all: Vec<Duration> = (0..200).map(|_| lifetime()).collect();
        assert!(all.iter().all(|d| *d >= TTL - TTL / 4 && *d <= TTL));
        let distinct: std::collections::HashSet<_> = all.iter().map(|d| d.as_millis()).collect();
        assert!(distinct.len() > 50, "{}", distinct.len());
    }
}
