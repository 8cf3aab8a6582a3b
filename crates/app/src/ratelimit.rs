//! Per-node fixed-window rate limits for the sensitive forms (login,
//! registration, password reset), keyed by client IP. Across several nodes
//! each node limits on its own; account lockout (in the database) is the
//! limit that holds platform-wide.

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Login,
    Register,
    Reset,
    Search,
}

#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<(Bucket, String), (i64, u32)>>,
}

impl RateLimiter {
    /// Counts one request; `Err(seconds)` says when to retry.
    pub fn check(
        &self,
        bucket: Bucket,
        key: &str,
        limit: u32,
        window_ms: i64,
        now: i64,
    ) -> Result<(), u64> {
        let Ok(mut map) = self.windows.lock() else {
            return Ok(());
        };
        if map.len() > 100_000 {
            map.retain(|_, (start, _)| now - *start < window_ms);
        }
        let entry = map.entry((bucket, key.to_owned())).or_insert((now, 0));
        if now - entry.0 >= window_ms {
            *entry = (now, 0);
        }
        if entry.1 >= limit {
            let wait = (entry.0 + window_ms - now).max(1000);
            return Err(((wait + 999) / 1000) as u64);
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn limits_and_resets() {
        let l = RateLimiter::default();
        for _ in 0..3 {
            assert!(l.check(Bucket::Login, "1.2.3.4", 3, 60_000, 0).is_ok());
        }
        assert_eq!(
            l.check(Bucket::Login, "1.2.3.4", 3, 60_000, 10_000),
            Err(50)
        );
        assert!(l.check(Bucket::Login, "5.6.7.8", 3, 60_000, 10_000).is_ok());
        assert!(
            l.check(Bucket::Register, "1.2.3.4", 3, 60_000, 10_000)
                .is_ok()
        );
        assert!(l.check(Bucket::Login, "1.2.3.4", 3, 60_000, 60_000).is_ok());
    }
}
