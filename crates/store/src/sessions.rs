//! Server-side sessions. The cookie carries a random token; only its SHA-256
//! is stored, so a leaked database does not leak live sessions.

use yz_domain::status::Stage;

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Session {
    #[serde(skip)]
    pub id_hash: String,
    pub public_id: String,
    #[serde(skip)]
    pub user_id: String,
    pub stage: Stage,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    #[serde(skip)]
    pub reauth_at: i64,
    pub ip: String,
    pub user_agent: String,
}

const COLS: &str = "id_hash, public_id, user_id, stage, created_at, last_seen_at, expires_at, reauth_at, ip, user_agent";

fn to_session(r: &Row) -> Result<Session, StoreError> {
    Ok(Session {
        id_hash: r.text("id_hash")?,
        public_id: r.text("public_id")?,
        user_id: r.text("user_id")?,
        stage: r.parse("stage")?,
        created_at: r.i64("created_at")?,
        last_seen_at: r.i64("last_seen_at")?,
        expires_at: r.i64("expires_at")?,
        reauth_at: r.i64("reauth_at")?,
        ip: r.text("ip")?,
        user_agent: r.text("user_agent")?,
    })
}

pub async fn insert(tx: &mut Tx, s: &Session) -> Result<(), StoreError> {
    tx.execute(
        &format!("INSERT INTO sessions ({COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
        args![
            s.id_hash.as_str(),
            s.public_id.as_str(),
            s.user_id.as_str(),
            s.stage.as_str(),
            s.created_at,
            s.last_seen_at,
            s.expires_at,
            s.reauth_at,
            s.ip.as_str(),
            s.user_agent.as_str()
        ],
    )
    .await?;
    Ok(())
}

pub async fn by_hash(db: &Db, id_hash: &str) -> Result<Option<Session>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {COLS} FROM sessions WHERE id_hash = $1"),
        args![id_hash],
    )
    .await?
    .map(|r| to_session(&r))
    .transpose()
}

pub async fn of_user(db: &Db, user_id: &str) -> Result<Vec<Session>, StoreError> {
    db.fetch_all(
        &format!("SELECT {COLS} FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC"),
        args![user_id],
    )
    .await?
    .iter()
    .map(to_session)
    .collect()
}

pub async fn touch(db: &Db, id_hash: &str, now: i64) -> Result<(), StoreError> {
    db.execute(
        "UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1",
        args![id_hash, now],
    )
    .await?;
    Ok(())
}

pub async fn set_reauth(tx: &mut Tx, id_hash: &str, now: i64) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE sessions SET reauth_at = $2 WHERE id_hash = $1",
        args![id_hash, now],
    )
    .await?;
    Ok(())
}

pub async fn delete(tx: &mut Tx, id_hash: &str) -> Result<u64, StoreError> {
    tx.execute("DELETE FROM sessions WHERE id_hash = $1", args![id_hash])
        .await
}

/// Ends one of the user's sessions by its public id; 0 when it is not theirs.
pub async fn delete_public(tx: &mut Tx, user_id: &str, public_id: &str) -> Result<u64, StoreError> {
    tx.execute(
        "DELETE FROM sessions WHERE user_id = $1 AND public_id = $2",
        args![user_id, public_id],
    )
    .await
}

/// Ends every session of the user except `keep` (the current one, if any).
pub async fn delete_others(
    tx: &mut Tx,
    user_id: &str,
    keep: Option<&str>,
) -> Result<u64, StoreError> {
    tx.execute(
        "DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2",
        args![user_id, keep.unwrap_or("")],
    )
    .await
}

pub async fn delete_expired(db: &Db, now: i64) -> Result<u64, StoreError> {
    db.execute("DELETE FROM sessions WHERE expires_at < $1", args![now])
        .await
}

/// Ends an account's oldest sessions so that at most `keep` remain (a new
/// one is about to start): the quota of sessions per account.
pub async fn keep_newest(tx: &mut Tx, user_id: &str, keep: i64) -> Result<u64, StoreError> {
    tx.execute(
        "DELETE FROM sessions WHERE user_id = $1 AND id_hash NOT IN
           (SELECT id_hash FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC, id_hash LIMIT $2)",
        args![user_id, keep.max(0)],
    )
    .await
}
