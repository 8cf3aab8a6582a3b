//! Audit intents: the audit record of a use case, written to the outbox in
//! the use case's transaction and appended to the audit log at once or,
//! failing that, by the outbox consumer (idempotently, by event id).

use serde_json::json;
use yz_domain::audit::{AuditEntry, Outcome};

/// The outbox kind of an audit intent.
pub const AUDIT_APPEND: &str = "audit.append";

/// The outbox payload of an audit intent.
pub fn intent_payload(at_ms: i64, e: &AuditEntry) -> serde_json::Value {
    json!({
        "at_ms": at_ms,
        "actor_id": e.actor_id,
        "actor_role": e.actor_role,
        "source_ip": e.source_ip,
        "action": e.action,
        "target": e.target,
        "outcome": e.outcome.as_str(),
        "detail": e.detail,
    })
}

/// An audit intent read back from its outbox payload.
pub fn intent_from_payload(p: &serde_json::Value) -> Option<(i64, AuditEntry)> {
    let s = |k: &str| p.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    Some((
        p.get("at_ms")?.as_i64()?,
        AuditEntry {
            actor_id: s("actor_id")?,
            actor_role: s("actor_role")?,
            source_ip: s("source_ip")?,
            action: s("action")?,
            target: s("target")?,
            outcome: Outcome::parse(&s("outcome")?)?,
            detail: s("detail")?,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intents_round_trip_through_the_outbox() {
        let e = AuditEntry {
            actor_id: "u1".into(),
            actor_role: "visitor".into(),
            source_ip: "::1".into(),
            action: "exhibit.update".into(),
            target: "exhibit:x".into(),
            outcome: Outcome::Failure,
            detail: "{\"a\":1}".into(),
        };
        assert_eq!(
            intent_from_payload(&intent_payload(42, &e)),
            Some((42, e.clone()))
        );
        assert_eq!(intent_from_payload(&json!({"at_ms": 1})), None);
    }
}
