//! The audit log (its own database): an append-only hash chain.
//!
//! Appends go through one writer task that commits them in batches (group
//! commit), so thousands of appends per second keep the chain strictly
//! ordered. On PostgreSQL an advisory lock orders writers of several app
//! nodes. After each batch the chain head is signed with a key held outside
//! the audit database and stored in the main database.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use yz_domain::audit::{
    AuditEntry, AuditRecord, ChainBreak, ChainWalker, GENESIS_HASH, record_hash, sign_head,
};

use crate::db::{Backend, Db, Row};
use crate::{StoreError, args};

struct Request {
    at_ms: i64,
    entry: AuditEntry,
    done: oneshot::Sender<Result<i64, String>>,
}

/// The handle the application appends through; cheap to clone.
#[derive(Clone)]
pub struct AuditLog {
    tx: mpsc::Sender<Request>,
    audit: Db,
    main: Db,
    key: Arc<[u8]>,
}

const BATCH: usize = 512;
const COLUMNS: &str =
    "seq, at_ms, actor_id, actor_role, source_ip, action, target, outcome, detail, prev_hash, hash";

impl AuditLog {
    /// Starts the writer task.
    pub fn start(audit: Db, main: Db, key: Vec<u8>) -> AuditLog {
        let (tx, rx) = mpsc::channel(8192);
        let key: Arc<[u8]> = key.into();
        tokio::spawn(writer(rx, audit.clone(), main.clone(), key.clone()));
        AuditLog {
            tx,
            audit,
            main,
            key,
        }
    }

    /// Appends one record and waits until it is committed; returns its
    /// sequence number.
    pub async fn append(&self, at_ms: i64, entry: AuditEntry) -> Result<i64, StoreError> {
        let (done, wait) = oneshot::channel();
        self.tx
            .send(Request { at_ms, entry, done })
            .await
            .map_err(|_| StoreError::AuditUnavailable)?;
        match wait.await {
            Ok(Ok(seq)) => Ok(seq),
            Ok(Err(e)) => {
                tracing::error!(error = %e, "audit append failed");
                Err(StoreError::AuditUnavailable)
            }
            Err(_) => Err(StoreError::AuditUnavailable),
        }
    }

    pub fn db(&self) -> &Db {
        &self.audit
    }

    pub async fn search(&self, f: &AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        search(&self.audit, f).await
    }

    pub async fn verify(&self) -> Result<VerifyReport, StoreError> {
        verify(&self.audit, &self.main, &self.key).await
    }
}

async fn writer(mut rx: mpsc::Receiver<Request>, audit: Db, main: Db, key: Arc<[u8]>) {
    let mut batch = Vec::with_capacity(BATCH);
    while rx.recv_many(&mut batch, BATCH).await > 0 {
        let result = write_batch(&audit, &main, &key, &batch).await;
        for (i, req) in batch.drain(..).enumerate() {
            let r = match &result {
                Ok(first) => Ok(first + i as i64),
                Err(e) => Err(e.to_string()),
            };
            let _ = req.done.send(r);
        }
    }
}

/// Writes a batch in one transaction; returns the first sequence number.
async fn write_batch(
    audit: &Db,
    main: &Db,
    key: &[u8],
    batch: &[Request],
) -> Result<i64, StoreError> {
    let mut tx = audit.begin().await?;
    if tx.backend() == Backend::Postgres {
        // Orders the writers of every app node; released at commit.
        tx.execute("SELECT pg_advisory_xact_lock(7273680)", args![])
            .await?;
    }
    let last = tx
        .fetch_optional(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            args![],
        )
        .await?;
    let (mut seq, mut prev) = match last {
        Some(r) => (r.i64(0)?, r.text(1)?),
        None => (0, GENESIS_HASH.to_owned()),
    };
    let first = seq + 1;
    for chunk in batch.chunks(64) {
        let mut sql = format!("INSERT INTO audit_log ({COLUMNS}) VALUES ");
        let mut values = Vec::with_capacity(chunk.len() * 11);
        for (i, req) in chunk.iter().enumerate() {
            seq += 1;
            let e = &req.entry;
            let hash = record_hash(seq, req.at_ms, e, &prev);
            if i > 0 {
                sql.push(',');
            }
            let b = i * 11;
            sql.push_str(&format!(
                "(${},${},${},${},${},${},${},${},${},${},${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8,
                b + 9,
                b + 10,
                b + 11
            ));
            values.extend(args![
                seq,
                req.at_ms,
                e.actor_id.as_str(),
                e.actor_role.as_str(),
                e.source_ip.as_str(),
                e.action.as_str(),
                e.target.as_str(),
                e.outcome.as_str(),
                e.detail.as_str(),
                prev.as_str(),
                hash.as_str()
            ]);
            prev = hash;
        }
        tx.execute(&sql, values).await?;
    }
    tx.commit().await?;
    let at = batch.last().map(|r| r.at_ms).unwrap_or(0);
    main.execute(
        "INSERT INTO audit_head (id, seq, hash, signature, updated_at) VALUES (1, $1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
             signature = excluded.signature, updated_at = excluded.updated_at
         WHERE audit_head.seq < excluded.seq",
        args![seq, prev.as_str(), sign_head(key, seq, &prev), at],
    )
    .await?;
    Ok(first)
}

/// What the audit administrator searches by. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<String>,
    /// Cursor: only records with a smaller sequence number (newest first).
    pub before_seq: Option<i64>,
    pub limit: i64,
}

fn to_record(r: &Row) -> Result<AuditRecord, StoreError> {
    Ok(AuditRecord {
        seq: r.i64(0)?,
        at_ms: r.i64(1)?,
        actor_id: r.text(2)?,
        actor_role: r.text(3)?,
        source_ip: r.text(4)?,
        action: r.text(5)?,
        target: r.text(6)?,
        outcome: r.text(7)?,
        detail: r.text(8)?,
        prev_hash: r.text(9)?,
        hash: r.text(10)?,
    })
}

pub async fn search(db: &Db, f: &AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
    // An action ending in '.' searches a family ("auth." matches auth.login).
    let action_prefix = f
        .action
        .as_ref()
        .filter(|a| a.ends_with('.'))
        .map(|a| format!("{}%", a.replace(['%', '_'], "")));
    let action_exact = f.action.clone().filter(|a| !a.ends_with('.'));
    let rows = db
        .fetch_all(
            &format!(
                "SELECT {COLUMNS} FROM audit_log
                 WHERE ($1 IS NULL OR at_ms >= $1) AND ($2 IS NULL OR at_ms < $2)
                   AND ($3 IS NULL OR actor_id = $3)
                   AND ($4 IS NULL OR action = $4) AND ($5 IS NULL OR action LIKE $5)
                   AND ($6 IS NULL OR outcome = $6) AND ($7 IS NULL OR seq < $7)
                 ORDER BY seq DESC LIMIT $8"
            ),
            args![
                f.from_ms,
                f.to_ms,
                f.actor.clone(),
                action_exact,
                action_prefix,
                f.outcome.clone(),
                f.before_seq,
                f.limit.clamp(1, 100_000)
            ],
        )
        .await?;
    rows.iter().map(to_record).collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub checked: u64,
    /// The first problem, if any.
    pub broken: Option<ChainBreak>,
}

/// Walks the whole chain in pages, then checks the signed head.
pub async fn verify(audit: &Db, main: &Db, key: &[u8]) -> Result<VerifyReport, StoreError> {
    let mut walker = ChainWalker::new();
    let mut after = 0i64;
    loop {
        let rows = audit
            .fetch_all(
                &format!("SELECT {COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000"),
                args![after],
            )
            .await?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            let rec = to_record(row)?;
            if let Err(b) = walker.step(&rec) {
                return Ok(VerifyReport {
                    checked: walker.checked,
                    broken: Some(b),
                });
            }
            after = rec.seq;
        }
    }
    let head = main
        .fetch_optional(
            "SELECT seq, hash, signature FROM audit_head WHERE id = 1",
            args![],
        )
        .await?
        .map(|r| Ok::<_, StoreError>((r.i64(0)?, r.text(1)?, r.text(2)?)))
        .transpose()?;
    let head_hash = match &head {
        Some((seq, _, _)) => audit
            .fetch_optional("SELECT hash FROM audit_log WHERE seq = $1", args![*seq])
            .await?
            .map(|r| r.text(0))
            .transpose()?,
        None => None,
    };
    let head_seq = head.as_ref().map(|h| h.0);
    let broken = walker
        .finish(key, head, |s| {
            if Some(s) == head_seq {
                head_hash.clone()
            } else {
                None
            }
        })
        .err();
    Ok(VerifyReport {
        checked: walker.checked,
        broken,
    })
}
