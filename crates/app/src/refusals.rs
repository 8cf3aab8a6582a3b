//! Refusals (403 forbidden, a failed CSRF check, 429 too many requests)
//! audited in aggregate: each is counted in memory by kind, account, client
//! network and route, and every minute one audit record per group says how
//! many there were, from when to when. A scanner sending a million requests
//! writes a few records, not a million; memory stays bounded (past
//! [`MAX_GROUPS`] groups, further refusals are counted in one overflow
//! group). A node that stops loses at most the last minute's counts.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::json;
use yz_domain::audit::{AuditEntry, Outcome};
use yz_domain::net::network_key;

use crate::{App, AppResult};

/// Groups kept between flushes before new ones go to the overflow group.
pub const MAX_GROUPS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefusalKind {
    /// The caller lacks the permission (403).
    Forbidden,
    /// A state-changing request without the right CSRF token.
    Csrf,
    /// A rate limit answered 429.
    RateLimited,
}

impl RefusalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RefusalKind::Forbidden => "forbidden",
            RefusalKind::Csrf => "csrf",
            RefusalKind::RateLimited => "rate_limited",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Group {
    kind: RefusalKind,
    /// The account id, or `anonymous`.
    actor: String,
    /// The client's network (an IPv4 address, an IPv6 /64).
    network: String,
    /// The route's pattern (`/org/{org}/exhibits`), not the raw path.
    route: String,
    method: String,
}

#[derive(Debug, Clone, Copy)]
struct Tally {
    count: u64,
    first_ms: i64,
    last_ms: i64,
}

/// The counts since the last flush.
#[derive(Default)]
pub struct Refusals {
    groups: Mutex<HashMap<Group, Tally>>,
}

/// One refusal, as the web layer saw it.
pub struct Refused<'a> {
    pub kind: RefusalKind,
    pub actor_id: Option<&'a str>,
    pub ip: &'a str,
    pub method: &'a str,
    pub route: &'a str,
}

impl Refusals {
    /// Counts one refusal.
    pub fn note(&self, r: &Refused<'_>, now: i64) {
        let mut g = Group {
            kind: r.kind,
            actor: r.actor_id.unwrap_or("anonymous").to_owned(),
            network: network_key(r.ip),
            route: r.route.chars().take(200).collect(),
            method: r.method.chars().take(10).collect(),
        };
        let Ok(mut groups) = self.groups.lock() else {
            return;
        };
        if !groups.contains_key(&g) && groups.len() >= MAX_GROUPS {
            g = Group {
                kind: r.kind,
                actor: "*".into(),
                network: "*".into(),
                route: "*".into(),
                method: "*".into(),
            };
        }
        groups
            .entry(g)
            .and_modify(|t| {
                t.count += 1;
                t.last_ms = now;
            })
            .or_insert(Tally {
                count: 1,
                first_ms: now,
                last_ms: now,
            });
    }

    fn take(&self) -> Vec<(Group, Tally)> {
        match self.groups.lock() {
            Ok(mut g) => g.drain().collect(),
            Err(_) => Vec::new(),
        }
    }

    /// Groups counted since the last flush.
    pub fn pending(&self) -> usize {
        self.groups.lock().map(|g| g.len()).unwrap_or(0)
    }
}

/// Writes one audit record per group counted since the last flush; returns
/// how many. Counts that could not be written are kept for the next flush.
pub async fn flush(app: &App) -> AppResult<usize> {
    let taken = app.refusals.take();
    let mut written = 0;
    let mut failed = Vec::new();
    for (g, t) in taken {
        let entry = AuditEntry {
            actor_id: g.actor.clone(),
            actor_role: if g.actor == "anonymous" {
                "anonymous".into()
            } else {
                "user".into()
            },
            source_ip: g.network.clone(),
            action: format!("security.refused.{}", g.kind.as_str()),
            target: format!("route:{} {}", g.method, g.route),
            outcome: Outcome::Failure,
            detail: json!({
                "count": t.count, "first_at_ms": t.first_ms, "last_at_ms": t.last_ms,
                "network": g.network,
            })
            .to_string(),
        };
        match app.audit.append(t.last_ms, entry).await {
            Ok(_) => written += 1,
            Err(e) => {
                tracing::warn!(error = %e, "auditing refusals failed; kept for the next flush");
                failed.push((g, t));
            }
        }
    }
    if !failed.is_empty()
        && let Ok(mut groups) = app.refusals.groups.lock()
    {
        for (g, t) in failed {
            groups
                .entry(g)
                .and_modify(|x| {
                    x.count += t.count;
                    x.first_ms = x.first_ms.min(t.first_ms);
                })
                .or_insert(t);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(ip: &str, route: &str) -> Refused<'static> {
        let ip: &'static str = Box::leak(ip.to_owned().into_boxed_str());
        let route: &'static str = Box::leak(route.to_owned().into_boxed_str());
        Refused {
            kind: RefusalKind::Forbidden,
            actor_id: None,
            ip,
            method: "GET",
            route,
        }
    }

    #[test]
    fn the_same_refusal_is_counted_not_repeated() {
        let r = Refusals::default();
        for i in 0..1000 {
            r.note(&refused("2001:db8::1", "/org/{org}"), i);
        }
        // Another address of the same /64 is the same network.
        r.note(&refused("2001:db8::2", "/org/{org}"), 1000);
        let taken = r.take();
        assert_eq!(taken.len(), 1);
        assert_eq!(taken[0].1.count, 1001);
        assert_eq!((taken[0].1.first_ms, taken[0].1.last_ms), (0, 1000));
        assert_eq!(r.pending(), 0);
    }

    #[test]
    fn memory_is_bounded_and_nothing_goes_uncounted() {
        let r = Refusals::default();
        for i in 0..(MAX_GROUPS + 500) {
            r.note(&refused(&format!("10.0.{}.{}", i / 250, i % 250), "/x"), 0);
        }
        assert_eq!(r.pending(), MAX_GROUPS + 1);
        let total: u64 = r.take().iter().map(|(_, t)| t.count).sum();
        assert_eq!(total as usize, MAX_GROUPS + 500);
    }
}
