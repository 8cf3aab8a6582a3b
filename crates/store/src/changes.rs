//! The record of what changed (main database): written by every use case
//! in its own transaction, read by the followers that react to changes.

use yz_domain::change::{Change, Kind, Verb};

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

/// A change as recorded, with its place in the record and the object's
/// version after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub seq: i64,
    pub at_ms: i64,
    pub actor_id: String,
    pub change: Change,
    pub version: i64,
}

/// Records one change in the caller's transaction; returns the object's new
/// version (1 for its first recorded change).
pub async fn record(
    tx: &mut Tx,
    at_ms: i64,
    actor_id: &str,
    c: &Change,
) -> Result<i64, StoreError> {
    let row = tx
        .fetch_one(
            "INSERT INTO changes (at_ms, actor_id, kind, object_id, verb, fair_id, org_id, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7,
                     (SELECT COALESCE(MAX(version), 0) + 1 FROM changes WHERE kind = $3 AND object_id = $4))
             RETURNING version",
            args![
                at_ms,
                actor_id,
                c.kind.as_str(),
                c.id.as_str(),
                c.verb.as_str(),
                c.fair_id.clone(),
                c.org_id.clone()
            ],
        )
        .await?;
    row.i64("version")
}

const COLS: &str = "seq, at_ms, actor_id, kind, object_id, verb, version, fair_id, org_id";

fn to_recorded(r: &Row) -> Result<Recorded, StoreError> {
    Ok(Recorded {
        seq: r.i64("seq")?,
        at_ms: r.i64("at_ms")?,
        actor_id: r.text("actor_id")?,
        change: Change {
            kind: r.parse::<Kind>("kind")?,
            id: r.text("object_id")?,
            verb: r.parse::<Verb>("verb")?,
            fair_id: r.opt_text("fair_id")?,
            org_id: r.opt_text("org_id")?,
        },
        version: r.i64("version")?,
    })
}

/// Changes after `after_seq`, oldest first.
pub async fn since(db: &Db, after_seq: i64, limit: i64) -> Result<Vec<Recorded>, StoreError> {
    db.fetch_all(
        &format!("SELECT {COLS} FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2"),
        args![after_seq, limit],
    )
    .await?
    .iter()
    .map(to_recorded)
    .collect()
}

/// The recorded changes of one object, oldest first.
pub async fn of_object(db: &Db, kind: Kind, id: &str) -> Result<Vec<Recorded>, StoreError> {
    db.fetch_all(
        &format!("SELECT {COLS} FROM changes WHERE kind = $1 AND object_id = $2 ORDER BY seq"),
        args![kind.as_str(), id],
    )
    .await?
    .iter()
    .map(to_recorded)
    .collect()
}

/// Forgets changes older than `before_ms` but each object's latest, so
/// versions keep counting up (the record is a feed for followers, not an
/// archive: the audit log is the archive).
pub async fn purge(db: &Db, before_ms: i64) -> Result<u64, StoreError> {
    db.execute(
        "DELETE FROM changes WHERE at_ms < $1
           AND seq NOT IN (SELECT MAX(seq) FROM changes GROUP BY kind, object_id)",
        args![before_ms],
    )
    .await
}
