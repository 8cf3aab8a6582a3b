//! Revisions of published exhibits and the fairs' review decisions on them
//! (main database).
//!
//! `exhibits` (with its texts) holds what visitors see, as revision
//! `exhibits.revision`. An edit that must be reviewed waits here as a
//! pending revision holding the whole edited content; it goes live when
//! every fair that reviews the organisation's content approved it. A fair
//! shows an exhibit once it approved the live revision (or does not review
//! content).

use serde::{Deserialize, Serialize};
use yz_domain::status::{Decision, RevisionStatus};

use crate::db::{Db, Row, Tx};
use crate::exhibits::{Exhibit, Text};
use crate::{StoreError, args};

/// What a revision changes: every field an exhibitor edits, and the texts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Content {
    pub source_lang: String,
    pub hs_code: String,
    pub model_number: String,
    pub price_min_minor: Option<i64>,
    pub price_max_minor: Option<i64>,
    pub currency: String,
    pub moq: Option<i64>,
    pub lead_time_days: Option<i64>,
    pub incoterms: Vec<String>,
    pub ports: Vec<String>,
    pub specs: Vec<(String, String)>,
    pub texts: Vec<Text>,
}

impl Content {
    pub fn of(e: &Exhibit, texts: &[Text]) -> Content {
        Content {
            source_lang: e.source_lang.clone(),
            hs_code: e.hs_code.clone(),
            model_number: e.model_number.clone(),
            price_min_minor: e.price_min_minor,
            price_max_minor: e.price_max_minor,
            currency: e.currency.clone(),
            moq: e.moq,
            lead_time_days: e.lead_time_days,
            incoterms: e.incoterms.clone(),
            ports: e.ports.clone(),
            specs: e.specs.clone(),
            texts: texts.to_vec(),
        }
    }

    /// The exhibit with this content's fields (id, organisation, status,
    /// revision and visibility kept).
    pub fn applied_to(&self, e: &Exhibit) -> Exhibit {
        Exhibit {
            source_lang: self.source_lang.clone(),
            hs_code: self.hs_code.clone(),
            model_number: self.model_number.clone(),
            price_min_minor: self.price_min_minor,
            price_max_minor: self.price_max_minor,
            currency: self.currency.clone(),
            moq: self.moq,
            lead_time_days: self.lead_time_days,
            incoterms: self.incoterms.clone(),
            ports: self.ports.clone(),
            specs: self.specs.clone(),
            ..e.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub exhibit_id: String,
    pub number: i64,
    pub status: RevisionStatus,
    pub content: Content,
    pub created_at: i64,
}

fn to_revision(r: &Row) -> Result<Revision, StoreError> {
    Ok(Revision {
        exhibit_id: r.text("exhibit_id")?,
        number: r.i64("number")?,
        status: r.parse("status")?,
        content: serde_json::from_str(&r.text("content")?)
            .map_err(|e| StoreError::Decode(format!("revision content: {e}")))?,
        created_at: r.i64("created_at")?,
    })
}

const COLS: &str = "exhibit_id, number, status, content, created_at";

/// The revision of an exhibit waiting for review, if any.
pub async fn pending(db: &Db, exhibit_id: &str) -> Result<Option<Revision>, StoreError> {
    db.fetch_optional(
        &format!(
            "SELECT {COLS} FROM exhibit_revisions WHERE exhibit_id = $1 AND status = 'pending'
             ORDER BY number DESC LIMIT 1"
        ),
        args![exhibit_id],
    )
    .await?
    .map(|r| to_revision(&r))
    .transpose()
}

/// The same, inside a transaction.
pub async fn pending_tx(tx: &mut Tx, exhibit_id: &str) -> Result<Option<Revision>, StoreError> {
    tx.fetch_optional(
        &format!(
            "SELECT {COLS} FROM exhibit_revisions WHERE exhibit_id = $1 AND status = 'pending'
             ORDER BY number DESC LIMIT 1"
        ),
        args![exhibit_id],
    )
    .await?
    .map(|r| to_revision(&r))
    .transpose()
}

/// The latest revision of an exhibit that is not live: pending or
/// rejected (what its editor shows).
pub async fn latest_unpublished(db: &Db, exhibit_id: &str) -> Result<Option<Revision>, StoreError> {
    db.fetch_optional(
        &format!(
            "SELECT {COLS} FROM exhibit_revisions r WHERE exhibit_id = $1 AND status IN ('pending', 'rejected')
               AND number > (SELECT revision FROM exhibits e WHERE e.id = r.exhibit_id)
             ORDER BY number DESC LIMIT 1"
        ),
        args![exhibit_id],
    )
    .await?
    .map(|r| to_revision(&r))
    .transpose()
}

pub async fn get(db: &Db, exhibit_id: &str, number: i64) -> Result<Option<Revision>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {COLS} FROM exhibit_revisions WHERE exhibit_id = $1 AND number = $2"),
        args![exhibit_id, number],
    )
    .await?
    .map(|r| to_revision(&r))
    .transpose()
}

/// The number the next revision of an exhibit gets.
pub async fn next_number(tx: &mut Tx, exhibit_id: &str) -> Result<i64, StoreError> {
    tx.fetch_one(
        "SELECT COALESCE((SELECT MAX(number) FROM exhibit_revisions WHERE exhibit_id = $1), 0) AS last,
                (SELECT revision FROM exhibits WHERE id = $1) AS live",
        args![exhibit_id],
    )
    .await
    .and_then(|r| Ok(r.i64("last")?.max(r.opt_i64("live")?.unwrap_or(0)) + 1))
}

/// Records a revision; a new pending one supersedes any pending before it
/// (so a reviewer's decision on the old one cannot go live).
pub async fn put(
    tx: &mut Tx,
    exhibit_id: &str,
    number: i64,
    status: RevisionStatus,
    content: &Content,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    let superseded = match status {
        RevisionStatus::Live => "status IN ('pending', 'live')",
        _ => "status = 'pending'",
    };
    tx.execute(
        &format!(
            "UPDATE exhibit_revisions SET status = 'superseded' WHERE exhibit_id = $1 AND {superseded}"
        ),
        args![exhibit_id],
    )
    .await?;
    let json = serde_json::to_string(content).map_err(|e| StoreError::Decode(e.to_string()))?;
    tx.execute(
        "INSERT INTO exhibit_revisions (exhibit_id, number, status, content, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        args![exhibit_id, number, status.as_str(), json, by, now],
    )
    .await?;
    Ok(())
}

/// Moves a revision from one status to another; false if it was not in
/// `from`.
pub async fn set_status(
    tx: &mut Tx,
    exhibit_id: &str,
    number: i64,
    from: RevisionStatus,
    to: RevisionStatus,
) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE exhibit_revisions SET status = $4 WHERE exhibit_id = $1 AND number = $2 AND status = $3",
            args![exhibit_id, number, from.as_str(), to.as_str()],
        )
        .await?
        == 1)
}

// ---- review decisions -------------------------------------------------------

/// One fair's decision on one revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub fair_id: String,
    pub fair_slug: String,
    pub revision: i64,
    pub decision: Decision,
    pub reason: String,
}

/// Records a fair's decision on a revision; false if that fair decided on
/// it already.
#[allow(clippy::too_many_arguments)]
pub async fn decide(
    tx: &mut Tx,
    exhibit_id: &str,
    fair_id: &str,
    revision: i64,
    decision: Decision,
    reason: &str,
    by: &str,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "INSERT INTO exhibit_reviews (exhibit_id, fair_id, revision, decision, reason, decided_by, decided_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (exhibit_id, fair_id, revision) DO NOTHING",
            args![exhibit_id, fair_id, revision, decision.as_str(), reason, by, now],
        )
        .await?
        == 1)
}

/// Every decision on an exhibit, newest revision first.
pub async fn reviews_of(db: &Db, exhibit_id: &str) -> Result<Vec<Review>, StoreError> {
    db.fetch_all(
        "SELECT r.fair_id, f.slug, r.revision, r.decision, r.reason FROM exhibit_reviews r
         JOIN fairs f ON f.id = r.fair_id WHERE r.exhibit_id = $1 ORDER BY r.revision DESC, f.slug",
        args![exhibit_id],
    )
    .await?
    .iter()
    .map(|r| {
        Ok(Review {
            fair_id: r.text("fair_id")?,
            fair_slug: r.text("slug")?,
            revision: r.i64("revision")?,
            decision: r.parse("decision")?,
            reason: r.text("reason")?,
        })
    })
    .collect()
}

/// The fairs whose approval a revision still lacks, among those that
/// review the organisation's content.
pub async fn approvals_missing(
    tx: &mut Tx,
    exhibit_id: &str,
    org_id: &str,
    revision: i64,
) -> Result<i64, StoreError> {
    tx.fetch_one(
        "SELECT COUNT(*) AS n FROM fair_exhibitors x JOIN fairs f ON f.id = x.fair_id
         WHERE x.org_id = $2 AND x.status IN ('applied', 'approved') AND f.exhibit_review = 1
           AND NOT EXISTS (SELECT 1 FROM exhibit_reviews r WHERE r.exhibit_id = $1 AND r.fair_id = f.id
                           AND r.revision = $3 AND r.decision = 'approved')",
        args![exhibit_id, org_id, revision],
    )
    .await?
    .i64("n")
}

/// What waits for a fair's reviewers: (exhibit id, revision, is an edit of
/// a live exhibit, title in `lang`, HS code), oldest first. A published
/// exhibit waits until the fair approves its live revision; an edit waits
/// as its pending revision.
pub async fn queue(
    db: &Db,
    fair_id: &str,
    lang: &str,
    limit: i64,
) -> Result<Vec<(String, i64, bool, String, String)>, StoreError> {
    db.fetch_all(
        "SELECT q.exhibit_id, q.revision, q.edit, q.at, e.hs_code, COALESCE(
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $2),
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '') AS title
         FROM (
           SELECT e.id AS exhibit_id, e.revision AS revision, 0 AS edit, e.updated_at AS at
           FROM exhibits e WHERE e.status = 'published'
             AND NOT EXISTS (SELECT 1 FROM exhibit_reviews r WHERE r.exhibit_id = e.id AND r.fair_id = $1
                             AND r.revision = e.revision)
             AND e.org_id IN (SELECT x.org_id FROM fair_exhibitors x WHERE x.fair_id = $1
                              AND x.status IN ('applied', 'approved'))
           UNION ALL
           SELECT v.exhibit_id, v.number, 1, v.created_at
           FROM exhibit_revisions v JOIN exhibits e ON e.id = v.exhibit_id WHERE v.status = 'pending'
             AND NOT EXISTS (SELECT 1 FROM exhibit_reviews r WHERE r.exhibit_id = v.exhibit_id AND r.fair_id = $1
                             AND r.revision = v.number)
             AND e.org_id IN (SELECT x.org_id FROM fair_exhibitors x WHERE x.fair_id = $1
                              AND x.status IN ('applied', 'approved'))
         ) q JOIN exhibits e ON e.id = q.exhibit_id
         WHERE EXISTS (SELECT 1 FROM fairs f WHERE f.id = $1 AND f.exhibit_review = 1)
         ORDER BY q.at, q.exhibit_id LIMIT $3",
        args![fair_id, lang, limit],
    )
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.text("exhibit_id")?,
            r.i64("revision")?,
            r.bool("edit")?,
            r.text("title")?,
            r.text("hs_code")?,
        ))
    })
    .collect()
}

/// Records many approvals of revision 1 on one fair in few statements
/// (seeding demo and benchmark data).
pub async fn approve_bulk(
    tx: &mut Tx,
    fair_id: &str,
    exhibit_ids: &[&str],
    now: i64,
) -> Result<(), StoreError> {
    for chunk in exhibit_ids.chunks(300) {
        let mut sql = String::from(
            "INSERT INTO exhibit_reviews (exhibit_id, fair_id, revision, decision, reason, decided_at) VALUES ",
        );
        let mut args = Vec::with_capacity(chunk.len() * 3);
        for (i, id) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(',');
            }
            let b = i * 3;
            sql.push_str(&format!(
                "(${}, ${}, 1, 'approved', '', ${})",
                b + 1,
                b + 2,
                b + 3
            ));
            args.extend(crate::args![*id, fair_id, now]);
        }
        tx.execute(&sql, args).await?;
    }
    Ok(())
}
