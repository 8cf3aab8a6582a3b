//! The cache of what public pages read (fairs, halls, booths, exhibitor
//! pages, exhibits), so the busiest pages cost no database round trip.
//! Entries hold data, never rendered HTML (pages embed the visitor's CSRF
//! token and language).
//!
//! Storage is `moka` (size-bounded, evicting the least useful entries one
//! by one, never emptying itself when full). Each entry carries the tags of
//! what it was read from ([`Tag`]); a commit drops exactly the entries whose
//! tags its record of changes names ([`stale_after`]), on this node at once
//! and on the others through the invalidation bus (`bus.rs`). Entries also
//! expire after a fallback lifetime, in case an invalidation is lost: short
//! when nodes do not share invalidations, minutes when they do.
//!
//! Two things keep a busy node's tail latency flat: concurrent misses of one
//! key wait for a single load instead of all querying the database, and each
//! entry lives between three quarters of its lifetime and all of it, so
//! entries filled together do not all expire together.
//!
//! A load that raced with an invalidation of one of its tags (it read before
//! the commit, and would store after) is served but not kept: every
//! invalidation takes a number from a counter, each tag remembers the last
//! number that dropped it, and an entry whose load began before that number
//! is refused.

mod bus;
mod tags;

pub use bus::{Bus, Received};
pub use tags::{Stale, Tag, stale_after};

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The lifetime of an entry when other nodes' changes reach this one only
/// by expiry.
pub const SHORT_TTL: Duration = Duration::from_secs(5);
/// The lifetime of an entry when invalidations travel between nodes: a
/// safety net for a lost message.
pub const SHARED_TTL: Duration = Duration::from_secs(300);
/// Most entries kept.
const MAX: u64 = 50_000;
/// Most tags remembered with the number of their last invalidation; past
/// it the memory is cleared and every load begun before is refused.
const MAX_REMEMBERED: usize = 100_000;

struct Entry {
    value: Arc<dyn Any + Send + Sync>,
    tags: Box<[String]>,
    /// Tells this entry from a later one under the same key.
    serial: u64,
}

/// Which keys carry each tag, and when each tag was last invalidated.
#[derive(Default)]
struct Index {
    keys: HashMap<String, HashMap<String, u64>>,
    dropped_at: HashMap<String, u64>,
    /// Loads begun before this number are refused (everything was dropped).
    floor: u64,
}

impl Index {
    fn last_drop(&self, tag: &str) -> u64 {
        self.dropped_at.get(tag).copied().unwrap_or(self.floor)
    }
    /// Whether a load begun at `began` may be kept with `tags`.
    fn fresh(&self, began: u64, tags: &[String]) -> bool {
        began >= self.floor && tags.iter().all(|t| self.last_drop(t) <= began)
    }
    fn forget(&mut self, key: &str, tags: &[String], serial: u64) {
        for t in tags {
            if let Some(keys) = self.keys.get_mut(t) {
                if keys.get(key) == Some(&serial) {
                    keys.remove(key);
                }
                if keys.is_empty() {
                    self.keys.remove(t);
                }
            }
        }
    }
}

/// One lock per key being loaded, so a miss is loaded once.
type Flights = Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>;

/// An entry's lifetime: [`SHARED_TTL`] while invalidations reach this node
/// (the flag), else [`SHORT_TTL`]; spread between 3/4 and all of it.
struct Lifetime(Arc<AtomicBool>);

impl moka::Expiry<String, Arc<Entry>> for Lifetime {
    fn expire_after_create(&self, _: &String, _: &Arc<Entry>, _: Instant) -> Option<Duration> {
        let shared = self.0.load(Ordering::Acquire);
        Some(spread(if shared { SHARED_TTL } else { SHORT_TTL }))
    }
}

fn spread(ttl: Duration) -> Duration {
    let quarter = ttl / 4;
    ttl - quarter + quarter.mul_f64(f64::from(rand::random::<u16>() % 1000) / 1000.0)
}

pub struct PageCache {
    entries: Option<moka::sync::Cache<String, Arc<Entry>>>,
    index: Arc<Mutex<Index>>,
    /// Numbers loads and invalidations.
    clock: AtomicU64,
    serials: AtomicU64,
    flights: Flights,
    hits: AtomicU64,
    misses: AtomicU64,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::new(Arc::default())
    }
}

impl PageCache {
    /// A cache whose entries live long while `shared` says invalidations
    /// reach this node, briefly otherwise.
    pub fn new(shared: Arc<AtomicBool>) -> PageCache {
        let index = Arc::new(Mutex::new(Index::default()));
        let on_evict = index.clone();
        let entries = moka::sync::Cache::builder()
            .max_capacity(MAX)
            .expire_after(Lifetime(shared))
            .eviction_listener(move |key: Arc<String>, e: Arc<Entry>, _cause| {
                if let Ok(mut index) = on_evict.lock() {
                    index.forget(&key, &e.tags, e.serial);
                }
            })
            .build();
        PageCache {
            entries: Some(entries),
            index,
            ..PageCache::off()
        }
    }

    /// No cache: every read goes to the database (for measuring that path).
    pub fn off() -> PageCache {
        PageCache {
            entries: None,
            index: Arc::default(),
            clock: AtomicU64::new(1),
            serials: AtomicU64::new(0),
            flights: Mutex::default(),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// (hits, misses) since start.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }

    /// The cache's lines for `/metrics` (Prometheus text), with the bus's.
    pub fn metrics(&self, bus: &Bus) -> String {
        let (hits, misses) = self.counts();
        let entries = self.entries.as_ref().map_or(0, |e| e.entry_count());
        format!(
            "# TYPE page_cache_hits_total counter\npage_cache_hits_total {hits}\n\
             # TYPE page_cache_misses_total counter\npage_cache_misses_total {misses}\n\
             # TYPE page_cache_entries gauge\npage_cache_entries {entries}\n\
             # TYPE cache_bus_connected gauge\ncache_bus_connected {}\n\
             # TYPE cache_invalidations_received_total counter\ncache_invalidations_received_total {}\n",
            u8::from(bus.is_connected()),
            bus.received().0,
        )
    }

    /// Drops what `stale` names.
    pub fn invalidate(&self, stale: &Stale) {
        match stale {
            Stale::All => self.invalidate_all(),
            Stale::Tags(tags) if tags.is_empty() => {}
            Stale::Tags(tags) => self.invalidate_names(tags.iter().map(Tag::name)),
        }
    }

    /// Drops every entry carrying one of these tag names.
    pub fn invalidate_names(&self, names: impl IntoIterator<Item = String>) {
        let Some(entries) = &self.entries else { return };
        let now = self.clock.fetch_add(1, Ordering::AcqRel) + 1;
        let mut keys = Vec::new();
        if let Ok(mut index) = self.index.lock() {
            for name in names {
                if let Some(k) = index.keys.remove(&name) {
                    keys.extend(k.into_keys());
                }
                index.dropped_at.insert(name, now);
            }
            if index.dropped_at.len() > MAX_REMEMBERED {
                index.dropped_at.clear();
                index.floor = now;
            }
        }
        // Outside the lock: the eviction listener takes it.
        for k in keys {
            entries.invalidate(&k);
        }
    }

    /// Drops every entry.
    pub fn invalidate_all(&self) {
        let Some(entries) = &self.entries else { return };
        let now = self.clock.fetch_add(1, Ordering::AcqRel) + 1;
        if let Ok(mut index) = self.index.lock() {
            *index = Index {
                floor: now,
                ..Index::default()
            };
        }
        entries.invalidate_all();
    }

    fn lookup<T: Send + Sync + 'static>(&self, key: &str) -> Option<Arc<T>> {
        let e = self.entries.as_ref()?.get(key)?;
        e.value.clone().downcast::<T>().ok()
    }

    /// The cached value for `key`, else `load()`'s, kept (if it succeeds)
    /// with the tags `tags` gives for it.
    pub async fn get_or<T, E, F, Fut>(
        &self,
        key: String,
        load: F,
        tags: impl FnOnce(&T) -> Vec<Tag>,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        if self.entries.is_none() {
            self.misses.fetch_add(1, Ordering::Relaxed);
            return Ok(Arc::new(load().await?));
        }
        if let Some(v) = self.lookup::<T>(&key) {
            self.hits.fetch_add(1, Ordering::Relaxed);
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
        let loaded = match self.lookup::<T>(&key) {
            Some(v) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                Ok(v)
            }
            None => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                self.load_and_keep(key.clone(), load, tags).await
            }
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
        load: F,
        tags: impl FnOnce(&T) -> Vec<Tag>,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let began = self.clock.load(Ordering::Acquire);
        let value = Arc::new(load().await?);
        let Some(entries) = &self.entries else {
            return Ok(value);
        };
        let names: Box<[String]> = tags(&value).iter().map(Tag::name).collect();
        let serial = self.serials.fetch_add(1, Ordering::Relaxed);
        let fresh = |index: &Index| index.fresh(began, &names);
        // Indexed before it is stored, so an invalidation from here on finds
        // it; checked again after, for one that came in between.
        match self.index.lock() {
            Ok(mut index) if fresh(&index) => {
                for n in names.iter() {
                    index
                        .keys
                        .entry(n.clone())
                        .or_default()
                        .insert(key.clone(), serial);
                }
            }
            _ => return Ok(value),
        }
        let entry = Arc::new(Entry {
            value: value.clone(),
            tags: names.clone(),
            serial,
        });
        entries.insert(key.clone(), entry);
        let still = self.index.lock().map(|i| fresh(&i)).unwrap_or(false);
        if !still {
            entries.invalidate(&key);
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn ok(n: i32) -> Result<i32, ()> {
        Ok(n)
    }

    fn tagged(names: &[&str]) -> impl FnOnce(&i32) -> Vec<Tag> {
        let v: Vec<Tag> = names.iter().map(|n| Tag::Exhibit((*n).into())).collect();
        move |_| v
    }

    #[tokio::test]
    async fn entries_serve_until_what_they_depend_on_changes() {
        let c = PageCache::default();
        let get = |key: &'static str, n: i32, t: &'static [&'static str]| {
            let c = &c;
            async move { *c.get_or(key.into(), || ok(n), tagged(t)).await.unwrap() }
        };
        assert_eq!(get("a", 1, &["x"]).await, 1);
        assert_eq!(get("b", 1, &["y"]).await, 1);
        assert_eq!(get("a", 2, &["x"]).await, 1, "cached");
        c.invalidate(&Stale::Tags(vec![Tag::Exhibit("y".into())]));
        assert_eq!(get("a", 3, &["x"]).await, 1, "another tag: kept");
        assert_eq!(get("b", 3, &["y"]).await, 3, "its tag: dropped");
        c.invalidate(&Stale::Tags(vec![]));
        assert_eq!(get("b", 4, &["y"]).await, 3, "nothing public changed");
        c.invalidate(&Stale::All);
        assert_eq!(get("a", 5, &["x"]).await, 5);
        assert_eq!(get("b", 5, &["y"]).await, 5);
        let failed: Result<Arc<i32>, &str> = c
            .get_or("e".into(), || async { Err("no") }, |_| vec![])
            .await;
        assert!(failed.is_err());
        assert_eq!(get("e", 6, &[]).await, 6, "errors are not cached");
        assert_eq!(c.counts(), (3, 7));
    }

    #[tokio::test]
    async fn a_load_that_raced_with_an_invalidation_is_not_kept() {
        let c = Arc::new(PageCache::default());
        let (read, go) = (
            Arc::new(tokio::sync::Notify::new()),
            Arc::new(tokio::sync::Notify::new()),
        );
        let slow = {
            let (c, read, go) = (c.clone(), read.clone(), go.clone());
            tokio::spawn(async move {
                c.get_or(
                    "k".into(),
                    || async move {
                        // Read the old value, then wait while it changes.
                        read.notify_one();
                        go.notified().await;
                        Ok::<_, ()>(1)
                    },
                    tagged(&["x"]),
                )
                .await
            })
        };
        read.notified().await;
        c.invalidate(&Stale::Tags(vec![Tag::Exhibit("x".into())]));
        go.notify_one();
        assert_eq!(*slow.await.unwrap().unwrap(), 1, "served");
        let next = c.get_or("k".into(), || ok(2), tagged(&["x"])).await;
        assert_eq!(*next.unwrap(), 2, "not kept: it may predate the change");
    }

    #[tokio::test]
    async fn concurrent_misses_load_once() {
        let c = Arc::new(PageCache::default());
        let loads = Arc::new(AtomicU64::new(0));
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let (c, loads) = (c.clone(), loads.clone());
            tasks.push(tokio::spawn(async move {
                c.get_or(
                    "hot".into(),
                    || async {
                        loads.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ok::<_, ()>(7)
                    },
                    |_| vec![],
                )
                .await
            }));
        }
        for t in tasks {
            assert_eq!(*t.await.unwrap().unwrap(), 7);
        }
        assert_eq!(loads.load(Ordering::SeqCst), 1);
        assert!(c.flights.lock().unwrap().is_empty(), "no lock left behind");
    }

    #[tokio::test]
    async fn a_full_cache_evicts_entries_and_their_index_one_by_one() {
        let c = PageCache::default();
        for i in 0..(MAX + 5_000) {
            let key = format!("k{i}");
            c.get_or(key, || ok(1), |_| vec![Tag::Exhibit(format!("t{i}"))])
                .await
                .unwrap();
        }
        let entries = c.entries.as_ref().unwrap();
        entries.run_pending_tasks();
        let kept = entries.entry_count();
        assert!(kept <= MAX && kept > MAX / 2, "{kept}");
        let indexed: usize = c
            .index
            .lock()
            .unwrap()
            .keys
            .values()
            .map(HashMap::len)
            .sum();
        assert_eq!(indexed as u64, kept, "evicted entries leave the index");
    }

    #[tokio::test]
    async fn a_cache_that_is_off_always_loads() {
        let c = PageCache::off();
        assert_eq!(
            *c.get_or("k".into(), || ok(1), |_| vec![]).await.unwrap(),
            1
        );
        assert_eq!(
            *c.get_or("k".into(), || ok(2), |_| vec![]).await.unwrap(),
            2
        );
        assert_eq!(c.counts(), (0, 2));
    }

    #[test]
    fn lifetimes_are_spread_within_the_ttl() {
        let ttl = SHORT_TTL;
        let all: Vec<Duration> = (0..200).map(|_| spread(ttl)).collect();
        assert!(all.iter().all(|d| *d >= ttl - ttl / 4 && *d <= ttl));
        let distinct: std::collections::HashSet<_> = all.iter().map(|d| d.as_millis()).collect();
        assert!(distinct.len() > 50, "{}", distinct.len());
    }
}
