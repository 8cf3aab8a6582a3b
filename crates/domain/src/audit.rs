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

/// A chain head (the last record's sequence number and hash) with its
/// signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHead {
    pub seq: i64,
    pub hash: String,
    pub signature: String,
}

impl SignedHead {
    /// One line of a head file: `seq hash signature`.
    pub fn parse(line: &str) -> Option<SignedHead> {
        let mut parts = line.split(' ');
        let (seq, hash, signature) = (parts.next()?, parts.next()?, parts.next()?);
        if hash.len() != 64 || signature.len() != 64 || parts.next().is_some() {
            return None;
        }
        Some(SignedHead {
            seq: seq.parse().ok()?,
            hash: hash.to_owned(),
            signature: signature.to_owned(),
        })
    }
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
    #[error("the log holds records but the signed chain head is missing")]
    HeadMissing,
    #[error(
        "the signed chain head names record {head_seq}, older than record {signed_seq} this node signed last (records cut off and an old head put back)"
    )]
    HeadRolledBack { head_seq: i64, signed_seq: i64 },
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
            ChainBreak::HeadRolledBack { head_seq, .. } => Some(*head_seq),
            ChainBreak::BadHeadSignature | ChainBreak::HeadMissing => None,
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

    /// Compares the end of the walk with the signed head, and with the last
    /// head this node signed (`signed`, kept outside the databases). The
    /// head may lag the log by the records written since it was last
    /// signed, never lead it; it may not be missing when there are records,
    /// nor older than a head signed before.
    pub fn finish(
        &self,
        key: &[u8],
        head: Option<&SignedHead>,
        signed: Option<&SignedHead>,
        lookup_hash: impl Fn(i64) -> Option<String>,
    ) -> Result<(), ChainBreak> {
        let last_seq = self.last.as_ref().map(|(s, _)| *s).unwrap_or(0);
        let Some(head) = head else {
            if last_seq > 0 || signed.is_some_and(|s| s.seq > 0) {
                return Err(ChainBreak::HeadMissing);
            }
            return Ok(());
        };
        if !verify_head(key, head.seq, &head.hash, &head.signature) {
            return Err(ChainBreak::BadHeadSignature);
        }
        if head.seq > last_seq {
            return Err(ChainBreak::Truncated {
                head_seq: head.seq,
                last_seq,
            });
        }
        if head.seq > 0 && lookup_hash(head.seq).as_deref() != Some(head.hash.as_str()) {
            return Err(ChainBreak::HeadMismatch { seq: head.seq });
        }
        if let Some(s) = signed {
            if !verify_head(key, s.seq, &s.hash, &s.signature) {
                return Err(ChainBreak::BadHeadSignature);
            }
            if s.seq > head.seq {
                return Err(ChainBreak::HeadRolledBack {
                    head_seq: head.seq,
                    signed_seq: s.seq,
                });
            }
            if s.seq > 0 && lookup_hash(s.seq).as_deref() != Some(s.hash.as_str()) {
                return Err(ChainBreak::HeadMismatch { seq: s.seq });
            }
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

    fn head(key: &[u8], c: &[AuditRecord], seq: i64) -> SignedHead {
        let hash = c[(seq - 1) as usize].hash.clone();
        SignedHead {
            seq,
            signature: sign_head(key, seq, &hash),
            hash,
        }
    }

    #[test]
    fn truncation_is_caught_by_the_signed_head() {
        let key = b"k";
        let c = chain(10);
        let mut w = ChainWalker::new();
        for r in &c[..7] {
            w.step(r).unwrap();
        }
        let lookup = |s: i64| c.get((s - 1) as usize).map(|r| r.hash.clone());
        assert_eq!(
            w.finish(key, Some(&head(key, &c, 10)), None, lookup),
            Err(ChainBreak::Truncated {
                head_seq: 10,
                last_seq: 7
            })
        );
        let mut forged = head(key, &c, 7);
        forged.signature = sign_head(b"other", 7, &c[6].hash);
        assert_eq!(
            w.finish(key, Some(&forged), None, lookup),
            Err(ChainBreak::BadHeadSignature)
        );
        assert_eq!(w.finish(key, Some(&head(key, &c, 7)), None, lookup), Ok(()));
    }

    #[test]
    fn a_missing_head_fails_when_there_are_records() {
        let key = b"k";
        let c = chain(3);
        let mut w = ChainWalker::new();
        let lookup = |s: i64| c.get((s - 1) as usize).map(|r| r.hash.clone());
        assert_eq!(w.finish(key, None, None, lookup), Ok(()), "a new log");
        for r in &c {
            w.step(r).unwrap();
        }
        assert_eq!(
            w.finish(key, None, None, lookup),
            Err(ChainBreak::HeadMissing)
        );
    }

    #[test]
    fn an_old_head_put_back_after_truncation_is_caught_by_the_node_record() {
        let key = b"k";
        let c = chain(10);
        let lookup = |s: i64| c.get((s - 1) as usize).map(|r| r.hash.clone());
        // Records 8 to 10 cut off, and the head signed at record 7 put back:
        // the chain and that head agree, but this node signed record 10.
        let mut w = ChainWalker::new();
        for r in &c[..7] {
            w.step(r).unwrap();
        }
        let old = head(key, &c, 7);
        assert_eq!(w.finish(key, Some(&old), None, lookup), Ok(()));
        assert_eq!(
            w.finish(key, Some(&old), Some(&head(key, &c, 10)), lookup),
            Err(ChainBreak::HeadRolledBack {
                head_seq: 7,
                signed_seq: 10
            })
        );
        // The head may lead what this node signed (another node signed later).
        let mut w = ChainWalker::new();
        for r in &c {
            w.step(r).unwrap();
        }
        assert_eq!(
            w.finish(
                key,
                Some(&head(key, &c, 10)),
                Some(&head(key, &c, 7)),
                lookup
            ),
            Ok(())
        );
    }

    #[test]
    fn head_file_lines_parse() {
        let h = "a".repeat(64);
        let line = format!("12 {h} {h}");
        assert_eq!(SignedHead::parse(&line).map(|s| s.seq), Some(12));
        assert_eq!(SignedHead::parse("12 abc def"), None);
        assert_eq!(SignedHead::parse(""), None);
    }
}
