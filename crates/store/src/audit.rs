//! The audit log (its own database): an append-only hash chain.
//!
//! Appends go through one writer task that commits them in batches (group
//! commit), so thousands of appends per second keep the chain strictly
//! ordered. On PostgreSQL an advisory lock orders writers of several app
//! nodes. After each batch the chain head is signed with a key held outside
//! the audit database and stored in the main database.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
pub use yz_domain::audit::SignedHead;
use yz_domain::audit::{
    AuditEntry, AuditRecord, ChainBreak, ChainWalker, GENESIS_HASH, record_hash, sign_head,
};

use crate::db::{Backend, Db, Row};
use crate::{StoreError, args};

struct Request {
    at_ms: i64,
    entry: AuditEntry,
    /// The outbox event asking for this record: appended once whatever the
    /// number of requests carrying it.
    event_id: Option<String>,
    done: oneshot::Sender<Result<i64, String>>,
}

/// The handle the application appends through; cheap to clone.
#[derive(Clone)]
pub struct AuditLog {
    tx: mpsc::Sender<Request>,
    audit: Db,
    main: Db,
    key: Arc<[u8]>,
    heads: Option<HeadFile>,
}

const BATCH: usize = 512;
const COLUMNS: &str =
    "seq, at_ms, actor_id, actor_role, source_ip, action, target, outcome, detail, prev_hash, hash";

impl AuditLog {
    /// Starts the writer task. `heads`, when given, is the file outside
    /// both databases where every signed head is also appended.
    pub fn start(audit: Db, main: Db, key: Vec<u8>, heads: Option<HeadFile>) -> AuditLog {
        let (tx, rx) = mpsc::channel(8192);
        let key: Arc<[u8]> = key.into();
        tokio::spawn(writer(
            rx,
            audit.clone(),
            main.clone(),
            key.clone(),
            heads.clone(),
        ));
        AuditLog {
            tx,
            audit,
            main,
            key,
            heads,
        }
    }

    /// Appends one record and waits until it is committed; returns its
    /// sequence number.
    pub async fn append(&self, at_ms: i64, entry: AuditEntry) -> Result<i64, StoreError> {
        self.send(at_ms, entry, None).await
    }

    /// Appends the record an outbox event asks for, unless a record of that
    /// event exists already; returns the record's sequence number.
    pub async fn append_once(
        &self,
        event_id: &str,
        at_ms: i64,
        entry: AuditEntry,
    ) -> Result<i64, StoreError> {
        self.send(at_ms, entry, Some(event_id.to_owned())).await
    }

    async fn send(
        &self,
        at_ms: i64,
        entry: AuditEntry,
        event_id: Option<String>,
    ) -> Result<i64, StoreError> {
        let (done, wait) = oneshot::channel();
        self.tx
            .send(Request {
                at_ms,
                entry,
                event_id,
                done,
            })
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
        verify(&self.audit, &self.main, &self.key, self.heads.as_ref()).await
    }
}

async fn writer(
    mut rx: mpsc::Receiver<Request>,
    audit: Db,
    main: Db,
    key: Arc<[u8]>,
    heads: Option<HeadFile>,
) {
    let mut batch = Vec::with_capacity(BATCH);
    while rx.recv_many(&mut batch, BATCH).await > 0 {
        let result = write_batch(&audit, &main, &key, heads.as_ref(), &batch).await;
        for (i, req) in batch.drain(..).enumerate() {
            let r = match &result {
                Ok(seqs) => seqs
                    .get(i)
                    .copied()
                    .ok_or_else(|| "no sequence number".to_owned()),
                Err(e) => Err(e.to_string()),
            };
            let _ = req.done.send(r);
        }
    }
}

/// The records of these events that exist already: event id -> seq.
async fn existing_events(
    tx: &mut crate::Tx,
    batch: &[Request],
) -> Result<std::collections::HashMap<String, i64>, StoreError> {
    let ids: Vec<&str> = batch.iter().filter_map(|r| r.event_id.as_deref()).collect();
    let mut out = std::collections::HashMap::new();
    for chunk in ids.chunks(200) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let rows = tx
            .fetch_all(
                &format!(
                    "SELECT event_id, seq FROM audit_log WHERE event_id IN ({})",
                    marks.join(", ")
                ),
                chunk.iter().map(|id| crate::Value::from(*id)).collect(),
            )
            .await?;
        for r in rows {
            out.insert(r.text("event_id")?, r.i64("seq")?);
        }
    }
    Ok(out)
}

/// Writes a batch in one transaction; returns each request's sequence
/// number (an event recorded before keeps its first record's).
async fn write_batch(
    audit: &Db,
    main: &Db,
    key: &[u8],
    heads: Option<&HeadFile>,
    batch: &[Request],
) -> Result<Vec<i64>, StoreError> {
    let mut tx = audit.begin().await?;
    if tx.backend() == Backend::Postgres {
        // Orders the writers of every app node; released at commit.
        tx.execute("SELECT pg_advisory_xact_lock(7273680)", args![])
            .await?;
    }
    let mut known = existing_events(&mut tx, batch).await?;
    let last = tx
        .fetch_optional(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            args![],
        )
        .await?;
    let (mut seq, mut prev) = match last {
        Some(r) => (r.i64("seq")?, r.text("hash")?),
        None => (0, GENESIS_HASH.to_owned()),
    };
    let start = seq;
    // Each request's sequence number; new records are written in order.
    let mut seqs = Vec::with_capacity(batch.len());
    let mut fresh = Vec::with_capacity(batch.len());
    for req in batch {
        if let Some(s) = req.event_id.as_ref().and_then(|id| known.get(id)) {
            seqs.push(*s);
            continue;
        }
        seq += 1;
        if let Some(id) = &req.event_id {
            known.insert(id.clone(), seq);
        }
        seqs.push(seq);
        fresh.push((seq, req));
    }
    for chunk in fresh.chunks(64) {
        let mut sql = format!("INSERT INTO audit_log ({COLUMNS}, event_id) VALUES ");
        let mut values = Vec::with_capacity(chunk.len() * 12);
        for (i, (seq, req)) in chunk.iter().enumerate() {
            let e = &req.entry;
            let hash = record_hash(*seq, req.at_ms, e, &prev);
            if i > 0 {
                sql.push(',');
            }
            let marks: Vec<String> = (1..=12).map(|k| format!("${}", i * 12 + k)).collect();
            sql.push_str(&format!("({})", marks.join(",")));
            values.extend(args![
                *seq,
                req.at_ms,
                e.actor_id.as_str(),
                e.actor_role.as_str(),
                e.source_ip.as_str(),
                e.action.as_str(),
                e.target.as_str(),
                e.outcome.as_str(),
                e.detail.as_str(),
                prev.as_str(),
                hash.as_str(),
                req.event_id.clone()
            ]);
            prev = hash;
        }
        tx.execute(&sql, values).await?;
    }
    tx.commit().await?;
    if seq > start {
        let at = batch.last().map(|r| r.at_ms).unwrap_or(0);
        let signature = sign_head(key, seq, &prev);
        main.execute(
            "INSERT INTO audit_head (id, seq, hash, signature, updated_at) VALUES (1, $1, $2, $3, $4)
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
                 signature = excluded.signature, updated_at = excluded.updated_at
             WHERE audit_head.seq < excluded.seq",
            args![seq, prev.as_str(), signature.as_str(), at],
        )
        .await?;
        if let Some(h) = heads {
            h.append(seq, &prev, &signature)?;
        }
    }
    Ok(seqs)
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
        seq: r.i64("seq")?,
        at_ms: r.i64("at_ms")?,
        actor_id: r.text("actor_id")?,
        actor_role: r.text("actor_role")?,
        source_ip: r.text("source_ip")?,
        action: r.text("action")?,
        target: r.text("target")?,
        outcome: r.text("outcome")?,
        detail: r.text("detail")?,
        prev_hash: r.text("prev_hash")?,
        hash: r.text("hash")?,
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

/// Walks the whole chain in pages, then checks the signed head in the main
/// database against the log and against the last head this node signed
/// (kept in `heads`, outside both databases).
pub async fn verify(
    audit: &Db,
    main: &Db,
    key: &[u8],
    heads: Option<&HeadFile>,
) -> Result<VerifyReport, StoreError> {
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
        .map(|r| {
            Ok::<_, StoreError>(SignedHead {
                seq: r.i64("seq")?,
                hash: r.text("hash")?,
                signature: r.text("signature")?,
            })
        })
        .transpose()?;
    let signed = match heads {
        Some(h) => h.last()?,
        None => None,
    };
    let mut hashes = std::collections::HashMap::new();
    for seq in [head.as_ref().map(|h| h.seq), signed.as_ref().map(|h| h.seq)]
        .into_iter()
        .flatten()
    {
        if let Some(r) = audit
            .fetch_optional("SELECT hash FROM audit_log WHERE seq = $1", args![seq])
            .await?
        {
            hashes.insert(seq, r.text("hash")?);
        }
    }
    let broken = walker
        .finish(key, head.as_ref(), signed.as_ref(), |s| {
            hashes.get(&s).cloned()
        })
        .err();
    Ok(VerifyReport {
        checked: walker.checked,
        broken,
    })
}

/// An append-only file of the chain heads this node signed, kept outside
/// both databases (next to the key): a head in the main database older
/// than the last one here means records were cut off and an old head put
/// back.
#[derive(Debug, Clone)]
pub struct HeadFile {
    path: std::path::PathBuf,
}

impl HeadFile {
    pub fn new(path: impl Into<std::path::PathBuf>) -> HeadFile {
        HeadFile { path: path.into() }
    }

    pub fn append(&self, seq: i64, hash: &str, signature: &str) -> Result<(), StoreError> {
        use std::io::Write;
        let io = |e: std::io::Error| {
            StoreError::Config(format!("audit head file {}: {e}", self.path.display()))
        };
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(io)?;
        f.write_all(format!("{seq} {hash} {signature}\n").as_bytes())
            .map_err(io)
    }

    /// The last head written (a torn last line is skipped).
    pub fn last(&self) -> Result<Option<SignedHead>, StoreError> {
        use std::io::{Read, Seek, SeekFrom};
        let mut f = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(StoreError::Config(format!(
                    "audit head file {}: {e}",
                    self.path.display()
                )));
            }
        };
        let io = |e: std::io::Error| StoreError::Config(format!("audit head file: {e}"));
        let len = f.metadata().map_err(io)?.len();
        f.seek(SeekFrom::Start(len.saturating_sub(4096)))
            .map_err(io)?;
        let mut tail = String::new();
        f.read_to_string(&mut tail).map_err(io)?;
        Ok(tail.split('\n').rev().filter_map(SignedHead::parse).next())
    }
}
