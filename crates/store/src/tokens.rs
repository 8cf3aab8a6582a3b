//! One-use tokens (e-mail confirmation, password reset, e-mail change).
//! Only the SHA-256 of a token is stored.

use crate::db::Tx;
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: String,
    pub user_id: String,
    pub data: String,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub async fn insert(
    tx: &mut Tx,
    hash: &str,
    kind: &str,
    user_id: &str,
    data: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO tokens (hash, kind, user_id, data, expires_at) VALUES ($1, $2, $3, $4, $5)",
        args![hash, kind, user_id, data, expires_at],
    )
    .await?;
    Ok(())
}

/// Takes a token of `kind` if it is unused and unexpired: marks it used in
/// the caller's transaction, so it works once even under concurrent use.
pub async fn take(
    tx: &mut Tx,
    hash: &str,
    kind: &str,
    now: i64,
) -> Result<Option<Token>, StoreError> {
    let row = tx
        .fetch_optional(
            "UPDATE tokens SET used_at = $3 WHERE hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3
             RETURNING kind, user_id, data, expires_at, used_at",
            args![hash, kind, now],
        )
        .await?;
    row.map(|r| {
        Ok(Token {
            kind: r.text("kind")?,
            user_id: r.text("user_id")?,
            data: r.text("data")?,
            expires_at: r.i64("expires_at")?,
            used_at: r.opt_i64("used_at")?,
        })
    })
    .transpose()
}

/// Checks a token without using it (to show a form).
pub async fn peek(db: &crate::Db, hash: &str, kind: &str, now: i64) -> Result<bool, StoreError> {
    Ok(db
        .fetch_optional(
            "SELECT 1 FROM tokens WHERE hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3",
            args![hash, kind, now],
        )
        .await?
        .is_some())
}

/// Invalidates the user's other open tokens of a kind.
pub async fn revoke_kind(
    tx: &mut Tx,
    user_id: &str,
    kind: &str,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE tokens SET used_at = $3 WHERE user_id = $1 AND kind = $2 AND used_at IS NULL",
        args![user_id, kind, now],
    )
    .await?;
    Ok(())
}

/// An open token's data without using it (to show an invitation).
pub async fn peek_data(
    db: &crate::Db,
    hash: &str,
    kind: &str,
    now: i64,
) -> Result<Option<String>, StoreError> {
    db.fetch_optional(
        "SELECT data FROM tokens WHERE hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3",
        args![hash, kind, now],
    )
    .await?
    .map(|r| r.text("data"))
    .transpose()
}

/// Open tokens of a kind whose data contains `needle` (pending invitations
/// of an organisation).
pub async fn open_with(
    db: &crate::Db,
    kind: &str,
    needle: &str,
    now: i64,
) -> Result<Vec<String>, StoreError> {
    db.fetch_all(
        "SELECT data FROM tokens WHERE kind = $1 AND used_at IS NULL AND expires_at > $2
           AND data LIKE $3 ESCAPE '\\' ORDER BY expires_at",
        args![kind, now, contains(needle)],
    )
    .await?
    .iter()
    .map(|r| r.text("data"))
    .collect()
}

/// A LIKE pattern matching text that contains `needle` literally (used
/// with `ESCAPE '\'`).
fn contains(needle: &str) -> String {
    let mut p = String::from("%");
    for ch in needle.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

/// Revokes the open tokens of a kind that `user_id` created whose data
/// contains `needle` (a departing owner's invitations to an organisation).
pub async fn revoke_with(
    tx: &mut Tx,
    user_id: &str,
    kind: &str,
    needle: &str,
    now: i64,
) -> Result<u64, StoreError> {
    tx.execute(
        "UPDATE tokens SET used_at = $4 WHERE user_id = $1 AND kind = $2 AND used_at IS NULL
           AND data LIKE $3 ESCAPE '\\'",
        args![user_id, kind, contains(needle), now],
    )
    .await
}
