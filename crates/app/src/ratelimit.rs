//! Per-node rate limits of the sensitive forms (login, registration,
//! password reset) and of search, keyed by client network (an IPv4
//! address, an IPv6 /64): governor's GCRA limiters, one per bucket, on the
//! platform's injected clock. Across several nodes each node limits on its
//! own; the login throttle in the database (`auth.rs`) holds platform-wide.

use std::num::NonZeroU32;
use std::ops::Add;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::{Clock as GovernorClock, Reference};
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter as Governor};
use yz_domain::Clock;
use yz_domain::net::network_key;

use crate::config::RateLimits;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Login,
    Register,
    Reset,
    Search,
}

/// A moment on the platform clock, in nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment(u64);

impl Add<Nanos> for Moment {
    type Output = Moment;
    fn add(self, d: Nanos) -> Moment {
        Moment(self.0.saturating_add(d.as_u64()))
    }
}

impl Reference for Moment {
    fn duration_since(&self, earlier: Self) -> Nanos {
        self.0.saturating_sub(earlier.0).into()
    }
    fn saturating_sub(&self, d: Nanos) -> Self {
        Moment(self.0.saturating_sub(d.as_u64()))
    }
}

/// The platform clock as governor reads it.
#[derive(Clone)]
pub struct Ticks(Arc<dyn Clock>);

impl GovernorClock for Ticks {
    type Instant = Moment;
    fn now(&self) -> Moment {
        Moment((self.0.now_ms().max(0) as u64).saturating_mul(1_000_000))
    }
}

type Keyed = Governor<String, DefaultKeyedStateStore<String>, Ticks, NoOpMiddleware<Moment>>;

/// Most keys kept before idle ones are forgotten.
const MAX_KEYS: usize = 100_000;

pub struct RateLimiter {
    clock: Ticks,
    login: Keyed,
    register: Keyed,
    reset: Keyed,
    search: Keyed,
}

/// `n` requests per `window`, all of them at once if need be.
fn quota(n: u32, window: Duration) -> Quota {
    let n = NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(window / n.get())
        .unwrap_or_else(|| Quota::per_second(n))
        .allow_burst(n)
}

impl RateLimiter {
    pub fn new(clock: Arc<dyn Clock>, l: &RateLimits) -> RateLimiter {
        let ticks = Ticks(clock);
        let keyed = |n: u32, window: Duration| {
            Governor::new(
                quota(n, window),
                DefaultKeyedStateStore::default(),
                ticks.clone(),
            )
        };
        const MINUTE: Duration = Duration::from_secs(60);
        RateLimiter {
            login: keyed(l.login_per_minute, MINUTE),
            register: keyed(l.register_per_10_minutes, 10 * MINUTE),
            reset: keyed(l.reset_per_10_minutes, 10 * MINUTE),
            search: keyed(l.search_per_minute, MINUTE),
            clock: ticks,
        }
    }

    /// Counts one request from `ip`; `Err(seconds)` says when to retry.
    pub fn check(&self, bucket: Bucket, ip: &str) -> Result<(), u64> {
        let limiter = match bucket {
            Bucket::Login => &self.login,
            Bucket::Register => &self.register,
            Bucket::Reset => &self.reset,
            Bucket::Search => &self.search,
        };
        if limiter.len() > MAX_KEYS {
            limiter.retain_recent();
        }
        limiter
            .check_key(&network_key(ip))
            .map_err(|not_until| {
                let wait = not_until.wait_time_from(self.clock.now());
                wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
            })
            .map(|_| ())
            .map_err(|s| s.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yz_domain::clock::ManualClock;

    fn limits() -> RateLimits {
        RateLimits {
            login_per_minute: 3,
            register_per_10_minutes: 3,
            reset_per_10_minutes: 3,
            search_per_minute: 3,
        }
    }

    #[test]
    fn limits_and_refills() {
        let clock = Arc::new(ManualClock::new(1_000_000));
        let l = RateLimiter::new(clock.clone(), &limits());
        for _ in 0..3 {
            assert!(l.check(Bucket::Login, "1.2.3.4").is_ok());
        }
        let wait = l.check(Bucket::Login, "1.2.3.4").unwrap_err();
        assert!((1..=60).contains(&wait), "{wait}");
        assert!(l.check(Bucket::Login, "5.6.7.8").is_ok());
        assert!(l.check(Bucket::Register, "1.2.3.4").is_ok());
        clock.advance(61_000);
        for _ in 0..3 {
            assert!(l.check(Bucket::Login, "1.2.3.4").is_ok());
        }
    }

    #[test]
    fn ipv6_clients_are_limited_per_64() {
        let clock = Arc::new(ManualClock::new(1_000_000));
        let l = RateLimiter::new(clock, &limits());
        for i in 0..3 {
            assert!(
                l.check(Bucket::Login, &format!("2001:db8:1:2::{i}"))
                    .is_ok()
            );
        }
        assert!(
            l.check(Bucket::Login, "2001:db8:1:2:ffff::9").is_err(),
            "another address of the same /64 shares the limit"
        );
        assert!(l.check(Bucket::Login, "2001:db8:1:3::1").is_ok());
    }
}
