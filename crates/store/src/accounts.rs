//! Users, their roles and their login history (main database).

use yz_domain::role::{Grant, Role, Scope};
use yz_domain::status::AccountStatus;

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub lang: Option<String>,
    pub email_confirmed_at: Option<i64>,
    pub status: AccountStatus,
    pub must_change_password: bool,
    pub failed_logins: i64,
    pub locked_until: Option<i64>,
    pub totp_secret: Option<String>,
    pub totp_pending: Option<String>,
    pub totp_last_step: Option<i64>,
    pub last_login_at: Option<i64>,
    pub created_at: i64,
}

impl User {
    pub fn is_active(&self) -> bool {
        self.status == AccountStatus::Active
    }
    pub fn is_locked(&self, now: i64) -> bool {
        self.locked_until.is_some_and(|t| t > now)
    }
}

const USER_COLS: &str = "id, email, display_name, password_hash, lang, email_confirmed_at, status, \
    must_change_password, failed_logins, locked_until, totp_secret, totp_pending, totp_last_step, \
    last_login_at, created_at";

fn to_user(r: &Row) -> Result<User, StoreError> {
    Ok(User {
        id: r.text("id")?,
        email: r.text("email")?,
        display_name: r.text("display_name")?,
        password_hash: r.text("password_hash")?,
        lang: r.opt_text("lang")?,
        email_confirmed_at: r.opt_i64("email_confirmed_at")?,
        status: r.parse("status")?,
        must_change_password: r.bool("must_change_password")?,
        failed_logins: r.i64("failed_logins")?,
        locked_until: r.opt_i64("locked_until")?,
        totp_secret: r.opt_text("totp_secret")?,
        totp_pending: r.opt_text("totp_pending")?,
        totp_last_step: r.opt_i64("totp_last_step")?,
        last_login_at: r.opt_i64("last_login_at")?,
        created_at: r.i64("created_at")?,
    })
}

pub struct NewUser<'a> {
    pub id: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub lang: Option<&'a str>,
    pub email_confirmed: bool,
    pub must_change_password: bool,
}

/// Inserts a user; a taken e-mail address is `StoreError::Conflict`.
pub async fn insert(tx: &mut Tx, u: &NewUser<'_>, now: i64) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO users (id, email, display_name, password_hash, lang, email_confirmed_at,
                must_change_password, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        args![
            u.id,
            u.email,
            u.display_name,
            u.password_hash,
            u.lang,
            u.email_confirmed.then_some(now),
            u.must_change_password,
            now
        ],
    )
    .await?;
    Ok(())
}

pub async fn by_email(db: &Db, email: &str) -> Result<Option<User>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {USER_COLS} FROM users WHERE email = $1"),
        args![email],
    )
    .await?
    .map(|r| to_user(&r))
    .transpose()
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<User>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {USER_COLS} FROM users WHERE id = $1"),
        args![id],
    )
    .await?
    .map(|r| to_user(&r))
    .transpose()
}

/// Same, inside a transaction (reads its own writes).
pub async fn by_id_tx(tx: &mut Tx, id: &str) -> Result<Option<User>, StoreError> {
    tx.fetch_optional(
        &format!("SELECT {USER_COLS} FROM users WHERE id = $1"),
        args![id],
    )
    .await?
    .map(|r| to_user(&r))
    .transpose()
}

/// Accounts for the administrators' lists, newest first, each with
/// whether it holds one of the three administrator roles.
pub async fn list(db: &Db, query: &str, limit: i64) -> Result<Vec<(User, bool)>, StoreError> {
    let pattern = format!("%{}%", query.trim().to_lowercase().replace(['%', '_'], ""));
    db.fetch_all(
        &format!(
            "SELECT {USER_COLS}, EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id
                 AND r.role IN ('system_admin', 'security_admin', 'audit_admin')) AS is_admin
             FROM users u WHERE email LIKE $1 OR LOWER(display_name) LIKE $1
             ORDER BY created_at DESC, id LIMIT $2"
        ),
        args![pattern, limit],
    )
    .await?
    .iter()
    .map(|r| Ok((to_user(r)?, r.bool("is_admin")?)))
    .collect()
}

/// The accounts holding one of the three administrator roles.
pub async fn administrators(db: &Db) -> Result<Vec<(User, Role)>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {USER_COLS}, r.role AS admin_role FROM users u JOIN user_roles r ON r.user_id = u.id
             WHERE r.role IN ('system_admin', 'security_admin', 'audit_admin') ORDER BY r.role, u.email"
        ),
        args![],
    )
    .await?
    .iter()
    .map(|r| Ok((to_user(r)?, r.parse("admin_role")?)))
    .collect()
}

pub async fn count(db: &Db) -> Result<i64, StoreError> {
    db.fetch_one("SELECT COUNT(*) AS n FROM users", args![])
        .await?
        .i64("n")
}

/// Sets one column of a user. `column` is always a literal from our code.
pub async fn set(
    tx: &mut Tx,
    id: &str,
    column: &'static str,
    v: crate::Value,
    now: i64,
) -> Result<u64, StoreError> {
    debug_assert!(column.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
    tx.execute(
        &format!("UPDATE users SET {column} = $1, updated_at = $2 WHERE id = $3"),
        vec![v, now.into(), id.into()],
    )
    .await
}

/// Enables or disables an account.
pub async fn set_status(
    tx: &mut Tx,
    id: &str,
    status: AccountStatus,
    now: i64,
) -> Result<u64, StoreError> {
    set(tx, id, "status", status.as_str().into(), now).await
}

/// Failed logins (wrong password or code, unknown account) for the
/// address typed from one client network since `since`.
pub async fn failures_since(
    db: &Db,
    email: &str,
    net: &str,
    since: i64,
) -> Result<i64, StoreError> {
    db.fetch_one(
        "SELECT COUNT(*) AS n FROM login_events WHERE email = $1 AND net = $2 AND at >= $3
           AND result IN ('bad_password', 'unknown_account', 'bad_totp')",
        args![email, net, since],
    )
    .await?
    .i64("n")
}

/// Accepts a TOTP time step once: true if `step` is later than every step
/// accepted before (a concurrent request with the same code loses).
pub async fn take_totp_step(
    tx: &mut Tx,
    id: &str,
    step: i64,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE users SET totp_last_step = $2, updated_at = $3
             WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
            args![id, step, now],
        )
        .await?
        == 1)
}

/// Accounts whose TOTP secrets are stored the old way (not sealed to their
/// row): (id, secret, pending secret).
pub async fn legacy_totp(
    db: &Db,
) -> Result<Vec<(String, Option<String>, Option<String>)>, StoreError> {
    db.fetch_all(
        "SELECT id, totp_secret, totp_pending FROM users
         WHERE (totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v2:%')
            OR (totp_pending IS NOT NULL AND totp_pending NOT LIKE 'v2:%')",
        args![],
    )
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.text("id")?,
            r.opt_text("totp_secret")?,
            r.opt_text("totp_pending")?,
        ))
    })
    .collect()
}

pub async fn record_successful_login(tx: &mut Tx, id: &str, now: i64) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE users SET failed_logins = 0, last_login_at = $2, updated_at = $2 WHERE id = $1",
        args![id, now],
    )
    .await?;
    Ok(())
}

/// Active accounts without an administrator role whose last login (or
/// creation) is older than `before`.
pub async fn inactive_since(db: &Db, before: i64) -> Result<Vec<User>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {USER_COLS} FROM users u WHERE status = 'active'
               AND COALESCE(last_login_at, created_at) < $1
               AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id
                   AND r.role IN ('system_admin', 'security_admin', 'audit_admin'))
             LIMIT 1000"
        ),
        args![before],
    )
    .await?
    .iter()
    .map(to_user)
    .collect()
}

// ---- roles -----------------------------------------------------------------

/// A grant as stored; an unknown role or scope kind is a decode error, never
/// silently dropped.
fn to_grant(r: &Row) -> Result<Grant, StoreError> {
    let role: Role = r.parse("role")?;
    let (kind, id) = (r.text("scope_kind")?, r.text("scope_id")?);
    let scope = Scope::from_parts(&kind, &id)
        .ok_or_else(|| StoreError::Decode(format!("column scope_kind: unknown value {kind:?}")))?;
    Ok(Grant { role, scope })
}

pub async fn grants_of(db: &Db, user_id: &str) -> Result<Vec<Grant>, StoreError> {
    let rows = db
        .fetch_all(
            "SELECT role, scope_kind, scope_id FROM user_roles WHERE user_id = $1 ORDER BY granted_at, role",
            args![user_id],
        )
        .await?;
    rows.iter().map(to_grant).collect()
}

pub async fn grants_of_tx(tx: &mut Tx, user_id: &str) -> Result<Vec<Grant>, StoreError> {
    let rows = tx
        .fetch_all(
            "SELECT role, scope_kind, scope_id FROM user_roles WHERE user_id = $1 ORDER BY granted_at, role",
            args![user_id],
        )
        .await?;
    rows.iter().map(to_grant).collect()
}

pub async fn grant(
    tx: &mut Tx,
    user_id: &str,
    g: &Grant,
    by: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO user_roles (user_id, role, scope_kind, scope_id, granted_by, granted_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        args![
            user_id,
            g.role.as_str(),
            g.scope.kind_str(),
            g.scope.id(),
            by,
            now
        ],
    )
    .await?;
    Ok(())
}

pub async fn revoke(tx: &mut Tx, user_id: &str, g: &Grant) -> Result<u64, StoreError> {
    tx.execute(
        "DELETE FROM user_roles WHERE user_id = $1 AND role = $2 AND scope_kind = $3 AND scope_id = $4",
        args![user_id, g.role.as_str(), g.scope.kind_str(), g.scope.id()],
    )
    .await
}

/// Every grant on the platform with the holder's e-mail, for the security
/// administrator.
pub async fn all_grants(db: &Db, limit: i64) -> Result<Vec<(String, String, Grant)>, StoreError> {
    let rows = db
        .fetch_all(
            "SELECT r.role, r.scope_kind, r.scope_id, u.id, u.email FROM user_roles r
             JOIN users u ON u.id = r.user_id ORDER BY u.email, r.role LIMIT $1",
            args![limit],
        )
        .await?;
    let mut out = Vec::new();
    for r in &rows {
        out.push((r.text("id")?, r.text("email")?, to_grant(r)?));
    }
    Ok(out)
}

pub async fn holders_of(db: &Db, role: Role) -> Result<i64, StoreError> {
    db.fetch_one(
        "SELECT COUNT(*) AS n FROM user_roles WHERE role = $1",
        args![role.as_str()],
    )
    .await?
    .i64("n")
}

// ---- login history ----------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LoginEvent {
    pub at: i64,
    pub ip: String,
    pub user_agent: String,
    pub result: String,
}

/// One login attempt, as its account's history and the throttle count it.
pub struct LoginAttempt<'a> {
    pub user_id: Option<&'a str>,
    /// The address typed (lower-cased).
    pub email: &'a str,
    pub ip: &'a str,
    /// The client network (`yz_domain::net::network_key`).
    pub net: &'a str,
    pub user_agent: &'a str,
    pub result: &'a str,
}

pub async fn record_login_event(
    tx: &mut Tx,
    a: &LoginAttempt<'_>,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO login_events (id, user_id, email, at, ip, net, user_agent, result)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![
            crate::new_id(),
            a.user_id,
            a.email,
            now,
            a.ip,
            a.net,
            a.user_agent,
            a.result
        ],
    )
    .await?;
    Ok(())
}

pub async fn login_history(
    db: &Db,
    user_id: &str,
    limit: i64,
) -> Result<Vec<LoginEvent>, StoreError> {
    db.fetch_all(
        "SELECT at, ip, user_agent, result FROM login_events WHERE user_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
        args![user_id, limit],
    )
    .await?
    .iter()
    .map(|r| {
        Ok(LoginEvent {
            at: r.i64("at")?,
            ip: r.text("ip")?,
            user_agent: r.text("user_agent")?,
            result: r.text("result")?,
        })
    })
    .collect()
}

/// Everyone holding a role in a scope, with their e-mail: (user id, e-mail, role).
pub async fn holders_in(
    db: &Db,
    scope_kind: &str,
    scope_id: &str,
) -> Result<Vec<(String, String, Role)>, StoreError> {
    db.fetch_all(
        "SELECT u.id, u.email, r.role FROM user_roles r JOIN users u ON u.id = r.user_id
         WHERE r.scope_kind = $1 AND r.scope_id = $2 ORDER BY r.role, u.email",
        args![scope_kind, scope_id],
    )
    .await?
    .iter()
    .map(|r| Ok((r.text("id")?, r.text("email")?, r.parse("role")?)))
    .collect()
}
