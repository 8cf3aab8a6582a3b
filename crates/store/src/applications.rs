//! Organisations' applications to exhibit at fairs (main database): made by
//! requesting a booth, decided by that fair's reviewers. An approval makes
//! the organisation a verified exhibitor of that fair only.

use yz_domain::status::{ApplicationStatus, Decision};

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub fair_id: String,
    pub org_id: String,
    pub status: ApplicationStatus,
    /// Why it was rejected.
    pub reason: String,
    pub applied_at: i64,
    pub decided_at: Option<i64>,
}

const COLS: &str = "a.fair_id, a.org_id, a.status, a.reason, a.applied_at, a.decided_at";

fn to_application(r: &Row) -> Result<Application, StoreError> {
    Ok(Application {
        fair_id: r.text("fair_id")?,
        org_id: r.text("org_id")?,
        status: r.parse("status")?,
        reason: r.text("reason")?,
        applied_at: r.i64("applied_at")?,
        decided_at: r.opt_i64("decided_at")?,
    })
}

/// Applies (or applies again after a rejection); an application waiting or
/// approved stays as it is. Returns its status afterwards.
pub async fn apply(
    tx: &mut Tx,
    fair_id: &str,
    org_id: &str,
    by: &str,
    now: i64,
) -> Result<ApplicationStatus, StoreError> {
    tx.execute(
        "INSERT INTO fair_exhibitors (fair_id, org_id, status, applied_by, applied_at)
         VALUES ($1, $2, 'applied', $3, $4)
         ON CONFLICT (fair_id, org_id) DO UPDATE SET status = 'applied', reason = '',
             applied_by = excluded.applied_by, applied_at = excluded.applied_at,
             decided_by = NULL, decided_at = NULL
         WHERE fair_exhibitors.status = 'rejected'",
        args![fair_id, org_id, by, now],
    )
    .await?;
    tx.fetch_one(
        "SELECT status FROM fair_exhibitors WHERE fair_id = $1 AND org_id = $2",
        args![fair_id, org_id],
    )
    .await?
    .parse("status")
}

pub async fn get(db: &Db, fair_id: &str, org_id: &str) -> Result<Option<Application>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {COLS} FROM fair_exhibitors a WHERE a.fair_id = $1 AND a.org_id = $2"),
        args![fair_id, org_id],
    )
    .await?
    .map(|r| to_application(&r))
    .transpose()
}

/// The fair an application is for, as the organisation's page names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FairLabel {
    pub slug: String,
    pub name_zh: String,
    pub name_en: String,
}

/// An organisation's applications with the fair they are for, newest first.
pub async fn of_org(db: &Db, org_id: &str) -> Result<Vec<(Application, FairLabel)>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {COLS}, f.slug, f.name_zh, f.name_en FROM fair_exhibitors a JOIN fairs f ON f.id = a.fair_id
             WHERE a.org_id = $1 ORDER BY a.applied_at DESC"
        ),
        args![org_id],
    )
    .await?
    .iter()
    .map(|r| {
        let fair = FairLabel {
            slug: r.text("slug")?,
            name_zh: r.text("name_zh")?,
            name_en: r.text("name_en")?,
        };
        Ok((to_application(r)?, fair))
    })
    .collect()
}

/// A fair's applications waiting for a decision, oldest first.
pub async fn waiting(db: &Db, fair_id: &str, limit: i64) -> Result<Vec<Application>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {COLS} FROM fair_exhibitors a WHERE a.fair_id = $1 AND a.status = 'applied'
             ORDER BY a.applied_at, a.org_id LIMIT $2"
        ),
        args![fair_id, limit],
    )
    .await?
    .iter()
    .map(to_application)
    .collect()
}

/// Decides a waiting application; false if it was not waiting.
pub async fn decide(
    tx: &mut Tx,
    fair_id: &str,
    org_id: &str,
    decision: Decision,
    reason: &str,
    by: &str,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE fair_exhibitors SET status = $3, reason = $4, decided_by = $5, decided_at = $6
             WHERE fair_id = $1 AND org_id = $2 AND status = 'applied'",
            args![fair_id, org_id, decision.as_str(), reason, by, now],
        )
        .await?
        == 1)
}

/// Sends an organisation's approvals back to review (its legal identity
/// changed); returns the fairs concerned.
pub async fn reopen(tx: &mut Tx, org_id: &str, now: i64) -> Result<Vec<String>, StoreError> {
    let fairs: Vec<String> = tx
        .fetch_all(
            "SELECT fair_id FROM fair_exhibitors WHERE org_id = $1 AND status = 'approved'",
            args![org_id],
        )
        .await?
        .iter()
        .map(|r| r.text("fair_id"))
        .collect::<Result<_, _>>()?;
    tx.execute(
        "UPDATE fair_exhibitors SET status = 'applied', reason = '', applied_at = $2,
             decided_by = NULL, decided_at = NULL
         WHERE org_id = $1 AND status = 'approved'",
        args![org_id, now],
    )
    .await?;
    Ok(fairs)
}

/// Whether the organisation waits for a decision anywhere (its profile is
/// then frozen, so reviewers decide on what they see).
pub async fn any_waiting(db: &Db, org_id: &str) -> Result<bool, StoreError> {
    Ok(db
        .fetch_optional(
            "SELECT 1 FROM fair_exhibitors WHERE org_id = $1 AND status = 'applied'",
            args![org_id],
        )
        .await?
        .is_some())
}

/// Whether the organisation is a verified exhibitor of some fair.
pub async fn approved_anywhere(db: &Db, org_id: &str) -> Result<bool, StoreError> {
    Ok(db
        .fetch_optional(
            "SELECT 1 FROM fair_exhibitors WHERE org_id = $1 AND status = 'approved'",
            args![org_id],
        )
        .await?
        .is_some())
}

/// Records an approved application directly (seeding demo and benchmark
/// data).
pub async fn approve_seeded(
    tx: &mut Tx,
    fair_id: &str,
    org_id: &str,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO fair_exhibitors (fair_id, org_id, status, applied_at, decided_at)
         VALUES ($1, $2, 'approved', $3, $3)
         ON CONFLICT (fair_id, org_id) DO UPDATE SET status = 'approved', decided_at = excluded.decided_at",
        args![fair_id, org_id, now],
    )
    .await?;
    Ok(())
}
