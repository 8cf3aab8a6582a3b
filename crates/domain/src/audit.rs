//! The audit chain: each record carries the SHA-256 of the previous record
//! and its own SHA-256 over every field, so an edited, deleted or reordered
//! record breaks the chain. The chain head (last sequence number and hash) is
//! also signed with an HMAC key kept outside the audit database, so cutting
//! records off the end is detected too.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The hash a chain starts from.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
        }
    }
    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "success" => Some(Outcome::Success),
            "failure" => Some(Outcome::Failure),
            _ => None,
        }
    }
}

/// What a caller records; the log adds sequence, time and hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub actor_id: String,
    pub actor_role: String,
    pub source_ip: String,
    pub action: String,
    pub target: String,
    pub outcome: Outcome,
    pub detail: String,
}

/// A record as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditRecord {
    pub seq: i64,
    pub at_ms: i64,
    pub actor_id: String,
    pub actor_role: String,
    pub source_ip: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

fn field(h: &mut Sha256, s: &[u8]) {
    h.update((s.len() as u64).to_le_bytes());
    h.update(s);
}

/// SHA-256 over every field but the hash itself, each length-prefixed so
/// that no two different records encode alike.
pub fn record_hash(seq: i64, at_ms: i64, e: &AuditEntry, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"yunzhan-audit-v1");
    h.update(seq.to_le_bytes());
    h.update(at_ms.to_le_bytes());
    for f in [
        &e.actor_id,
        &e.actor_role,
        &e.source_ip,
        &e.action,
        &e.target,
    ] {
        field(&mut h, f.as_bytes());
    }
    field(&mut h, e.outcome.as_str().as_bytes());
    field(&mut h, e.detail.as_bytes());
    field(&mut h, prev_hash.as_bytes());
    hex::encode(h.finalize())
}

/// Recomputes a stored record's hash.
pub fn stored_hash(r: &AuditRecord) -> String {
    let mut h = Sha256::new();
    h.update(b"yunzhan-audit-v1");
    h.update(r.seq.to_le_bytes());
    h.update(r.at_ms.to_le_bytes());
    for f in [
        &r.actor_id,
        &r.actor_role,
        &r.source_ip,
        &r.action,
        &r.target,
        &r.outcome,
        &r.detail,
        &r.prev_hash,
    ] {
        field(&mut h, f.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Signs the chain head with the key held outside the audit database.
pub fn sign_head(key: &[u8], seq: i64, hash: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"yunzhan-audit-head-v1");
    mac.update(&seq.to_le_bytes());
    mac.update(hash.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

pub fn verify_head(key: &[u8], seq: i64, hash: &str, signature: &str) -> bool {
    let Ok(sig) = hex::decode(signature) else {
        return false;
    };
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"yunzhan-audit-head-v1");
    mac.update(&seq.to_le_bytes());
    mac.update(hash.as_bytes());
    mac.verify_slice(&sig).is_ok()
}

/// The first problem found while walking the chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error("record {seq}: its hash does not match its contents (edited)")]
    Edited { seq: i64 },
    #[error("record {seq}: expected sequence number {expected} (a record is missing or reordered)")]
    Gap { seq: i64, expected: i64 },
    #[error("record {seq}: its previous-hash does not match record {prev} (deleted or reordered)")]
    Unlinked { seq: i64, prev: i64 },
    #[error(
        "the signed chain head names record {head_seq}, but the log ends at record {last_seq} (records cut off the end)"
    )]
    Truncated { head_seq: i64, last_seq: i64 },
    #[error("the signed chain head does not match record {seq}")]
    HeadMismatch { seq: i64 },
    #[error("the chain head's signature is invalid")]
    BadHeadSignature,
}

impl ChainBreak {
    /// The sequence number of the first bad record, where there is one.
    pub fn seq(&self) -> Option<i64> {
        match self {
            ChainBreak::Edited { seq }
            | ChainBreak::Gap { seq, .. }
            | ChainBreak::Unlinked { seq, .. }
            | ChainBreak::HeadMismatch { seq } => Some(*seq),
            ChainBreak::Truncated { last_seq, .. } => Some(*last_seq),
            ChainBreak::BadHeadSignature => None,
        }
    }
}

/// Walks records in order, keeping only the last one: constant memory
/// whatever the log's length.
#[derive(Debug, Default)]
pub struct ChainWalker {
    last: Option<(i64, String)>,
    pub checked: u64,
}

impl ChainWalker {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn step(&mut self, r: &AuditRecord) -> Result<(), ChainBreak> {
        let (expected_seq, expected_prev) = match &self.last {
            None => (1, GENESIS_HASH.to_owned()),
            Some((s, h)) => (s + 1, h.clone()),
        };
        if stored_hash(r) != r.hash {
            return Err(ChainBreak::Edited { seq: r.seq });
        }
        if r.seq != expected_seq {
            return Err(ChainBreak::Gap {
                seq: r.seq,
                expected: expected_seq,
            });
        }
        if r.prev_hash != expected_prev {
            return Err(ChainBreak::Unlinked {
                seq: r.seq,
                prev: expected_seq - 1,
            });
        }
        self.last = Some((r.seq, r.hash.clone()));
        self.checked += 1;
        Ok(())
    }

    /// Compares the end of the walk with the signed head. The head may lag
    /// the log by the records written since it was last signed, never lead it.
    pub fn finish(
        &self,
        key: &[u8],
        head: Option<(i64, String, String)>,
        lookup_hash: impl Fn(i64) -> Option<String>,
    ) -> Result<(), ChainBreak> {
        let Some((head_seq, head_hash, sig)) = head else {
            return Ok(());
        };
        if !verify_head(key, head_seq, &head_hash, &sig) {
            return Err(ChainBreak::BadHeadSignature);
        }
        let last_seq = self.last.as_ref().map(|(s, _)| *s).unwrap_or(0);
        if head_seq > last_seq {
            return Err(ChainBreak::Truncated { head_seq, last_seq });
        }
        if head_seq > 0 && lookup_hash(head_seq).as_deref() != Some(head_hash.as_str()) {
            return Err(ChainBreak::HeadMismatch { seq: head_seq });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(i: i64) -> AuditEntry {
        AuditEntry {
            actor_id: format!("u{i}"),
            actor_role: "visitor".into(),
            source_ip: "127.0.0.1".into(),
            action: "auth.login".into(),
            target: format!("user:{i}"),
            outcome: Outcome::Success,
            detail: "{}".into(),
        }
    }

    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut prev = GENESIS_HASH.to_owned();
        (1..=n)
            .map(|seq| {
                let e = entry(seq);
                let hash = record_hash(seq, 1000 + seq, &e, &prev);
                let r = AuditRecord {
                    seq,
                    at_ms: 1000 + seq,
                    actor_id: e.actor_id,
                    actor_role: e.actor_role,
                    source_ip: e.source_ip,
                    action: e.action,
                    target: e.target,
                    outcome: e.outcome.as_str().into(),
                    detail: e.detail,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                r
            })
            .collect()
    }

    fn walk(rs: &[AuditRecord]) -> Result<(), ChainBreak> {
        let mut w = ChainWalker::new();
        rs.iter().try_for_each(|r| w.step(r))
    }

    #[test]
    fn intact_chain_verifies() {
        assert_eq!(walk(&chain(10)), Ok(()));
    }

    #[test]
    fn edit_is_named() {
        let mut c = chain(10);
        c[4].detail = "forged".into();
        assert_eq!(walk(&c), Err(ChainBreak::Edited { seq: 5 }));
    }

    #[test]
    fn deletion_and_reorder_are_named() {
        let mut c = chain(10);
        c.remove(3);
        assert_eq!(
            walk(&c),
            Err(ChainBreak::Gap {
                seq: 5,
                expected: 4
            })
        );
        let mut c = chain(10);
        c.swap(2, 3);
        assert!(walk(&c).is_err());
    }

    #[test]
    fn truncation_is_caught_by_the_signed_head() {
        let key = b"k";
        let c = chain(10);
        let head = (10, c[9].hash.clone(), sign_head(key, 10, &c[9].hash));
        let mut w = ChainWalker::new();
        for r in &c[..7] {
            w.step(r).unwrap();
        }
        let lookup = |s: i64| c.get((s - 1) as usize).map(|r| r.hash.clone());
        assert_eq!(
            w.finish(key, Some(head.clone()), lookup),
            Err(ChainBreak::Truncated {
                head_seq: 10,
                last_seq: 7
            })
        );
        let forged = (7, c[6].hash.clone(), sign_head(b"other", 7, &c[6].hash));
        assert_eq!(
            w.finish(key, Some(forged), lookup),
            Err(ChainBreak::BadHeadSignature)
        );
        let good = (7, c[6].hash.clone(), sign_head(key, 7, &c[6].hash));
        assert_eq!(w.finish(key, Some(good), lookup), Ok(()));
    }
}
