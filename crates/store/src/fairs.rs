//! Fairs, halls and booths (main database).

use yz_domain::fair::Schedule;
use yz_domain::kinds::BoothKind;
use yz_domain::status::BoothStatus;

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fair {
    pub id: String,
    pub slug: String,
    pub name_zh: String,
    pub name_en: String,
    pub description_zh: String,
    pub description_en: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub schedule: Schedule,
    /// Verified exhibitors' products wait for review before going live.
    pub exhibit_review: bool,
}

const FAIR_COLS: &str = "id, slug, name_zh, name_en, description_zh, description_en, time_zone, languages, \
    registration_opens, opening, show_days, trade_week, service_period, closes, exhibit_review";

fn to_fair(r: &Row) -> Result<Fair, StoreError> {
    Ok(Fair {
        id: r.text("id")?,
        slug: r.text("slug")?,
        name_zh: r.text("name_zh")?,
        name_en: r.text("name_en")?,
        description_zh: r.text("description_zh")?,
        description_en: r.text("description_en")?,
        time_zone: r.text("time_zone")?,
        languages: serde_json::from_str(&r.text("languages")?).unwrap_or_default(),
        schedule: Schedule {
            registration_opens: r.i64("registration_opens")?,
            opening: r.i64("opening")?,
            show_days: r.i64("show_days")?,
            trade_week: r.i64("trade_week")?,
            service_period: r.i64("service_period")?,
            closes: r.i64("closes")?,
        },
        exhibit_review: r.bool("exhibit_review")?,
    })
}

pub async fn insert(tx: &mut Tx, f: &Fair, by: &str, now: i64) -> Result<(), StoreError> {
    let s = f.schedule;
    tx
        .execute(
            &format!(
                "INSERT INTO fairs ({FAIR_COLS}, created_by, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $17, $15, $16, $16)"
            ),
            args![
                f.id.as_str(),
                f.slug.as_str(),
                f.name_zh.as_str(),
                f.name_en.as_str(),
                f.description_zh.as_str(),
                f.description_en.as_str(),
                f.time_zone.as_str(),
                serde_json::to_string(&f.languages).unwrap_or_else(|_| "[]".into()),
                s.registration_opens,
                s.opening,
                s.show_days,
                s.trade_week,
                s.service_period,
                s.closes,
                by,
                now,
                f.exhibit_review
            ],
        )
        .await?;
    Ok(())
}

pub async fn update(tx: &mut Tx, f: &Fair, now: i64) -> Result<u64, StoreError> {
    let s = f.schedule;
    tx.execute(
        "UPDATE fairs SET name_zh = $2, name_en = $3, description_zh = $4, description_en = $5, time_zone = $6,
            languages = $7, registration_opens = $8, opening = $9, show_days = $10, trade_week = $11,
            service_period = $12, closes = $13, updated_at = $14, exhibit_review = $15 WHERE slug = $1",
        args![
            f.slug.as_str(),
            f.name_zh.as_str(),
            f.name_en.as_str(),
            f.description_zh.as_str(),
            f.description_en.as_str(),
            f.time_zone.as_str(),
            serde_json::to_string(&f.languages).unwrap_or_else(|_| "[]".into()),
            s.registration_opens,
            s.opening,
            s.show_days,
            s.trade_week,
            s.service_period,
            s.closes,
            now,
            f.exhibit_review
        ],
    )
    .await
}

/// The fairs that review an organisation's exhibits: those it applied to
/// (or exhibits at) whose organizers review content before it goes live.
pub async fn reviewing_fairs(db: &Db, org_id: &str) -> Result<Vec<Fair>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {FAIR_COLS} FROM fairs WHERE exhibit_review = 1 AND id IN
               (SELECT fair_id FROM fair_exhibitors WHERE org_id = $1 AND status IN ('applied', 'approved'))
             ORDER BY slug"
        ),
        args![org_id],
    )
    .await?
    .iter()
    .map(to_fair)
    .collect()
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<Fair>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {FAIR_COLS} FROM fairs WHERE id = $1"),
        args![id],
    )
    .await?
    .map(|r| to_fair(&r))
    .transpose()
}

pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Fair>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {FAIR_COLS} FROM fairs WHERE slug = $1"),
        args![slug],
    )
    .await?
    .map(|r| to_fair(&r))
    .transpose()
}

/// Fairs, the soonest closing first among those still running.
pub async fn list(db: &Db, limit: i64) -> Result<Vec<Fair>, StoreError> {
    db.fetch_all(
        &format!("SELECT {FAIR_COLS} FROM fairs ORDER BY closes DESC, slug LIMIT $1"),
        args![limit],
    )
    .await?
    .iter()
    .map(to_fair)
    .collect()
}

// ---- halls ---------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hall {
    pub id: String,
    pub fair_id: String,
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub hs_chapters: Vec<String>,
    pub position: i64,
    pub plan_width: i64,
    pub plan_height: i64,
}

const HALL_COLS: &str =
    "id, fair_id, code, name_zh, name_en, hs_chapters, position, plan_width, plan_height";

fn to_hall(r: &Row) -> Result<Hall, StoreError> {
    Ok(Hall {
        id: r.text("id")?,
        fair_id: r.text("fair_id")?,
        code: r.text("code")?,
        name_zh: r.text("name_zh")?,
        name_en: r.text("name_en")?,
        hs_chapters: serde_json::from_str(&r.text("hs_chapters")?).unwrap_or_default(),
        position: r.i64("position")?,
        plan_width: r.i64("plan_width")?,
        plan_height: r.i64("plan_height")?,
    })
}

pub async fn insert_hall(tx: &mut Tx, h: &Hall) -> Result<(), StoreError> {
    tx.execute(
        &format!("INSERT INTO halls ({HALL_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
        args![
            h.id.as_str(),
            h.fair_id.as_str(),
            h.code.as_str(),
            h.name_zh.as_str(),
            h.name_en.as_str(),
            serde_json::to_string(&h.hs_chapters).unwrap_or_else(|_| "[]".into()),
            h.position,
            h.plan_width,
            h.plan_height
        ],
    )
    .await?;
    Ok(())
}

pub async fn halls_of(db: &Db, fair_id: &str) -> Result<Vec<Hall>, StoreError> {
    db.fetch_all(
        &format!("SELECT {HALL_COLS} FROM halls WHERE fair_id = $1 ORDER BY position, code"),
        args![fair_id],
    )
    .await?
    .iter()
    .map(to_hall)
    .collect()
}

/// A fair's halls in floor order, each with its number of booths and of
/// free booths, in one query.
pub async fn halls_with_counts(
    db: &Db,
    fair_id: &str,
) -> Result<Vec<(Hall, i64, i64)>, StoreError> {
    let cols: Vec<String> = HALL_COLS
        .split(", ")
        .map(|c| format!("h.{c} AS {c}"))
        .collect();
    db.fetch_all(
        &format!(
            "SELECT {}, COUNT(b.id) AS booths,
                    COALESCE(SUM(CASE WHEN b.status = 'free' THEN 1 ELSE 0 END), 0) AS free
             FROM halls h LEFT JOIN booths b ON b.hall_id = h.id
             WHERE h.fair_id = $1
             GROUP BY {}
             ORDER BY h.position, h.code",
            cols.join(", "),
            HALL_COLS
                .split(", ")
                .map(|c| format!("h.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        args![fair_id],
    )
    .await?
    .iter()
    .map(|r| Ok((to_hall(r)?, r.i64("booths")?, r.i64("free")?)))
    .collect()
}

pub async fn hall(db: &Db, fair_id: &str, code: &str) -> Result<Option<Hall>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {HALL_COLS} FROM halls WHERE fair_id = $1 AND code = $2"),
        args![fair_id, code],
    )
    .await?
    .map(|r| to_hall(&r))
    .transpose()
}

// ---- booths --------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booth {
    pub id: String,
    pub fair_id: String,
    pub hall_id: String,
    pub code: String,
    pub kind: BoothKind,
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    pub status: BoothStatus,
    pub org_id: Option<String>,
}

const BOOTH_COLS: &str = "id, fair_id, hall_id, code, kind, x, y, w, h, status, org_id";

fn to_booth(r: &Row) -> Result<Booth, StoreError> {
    Ok(Booth {
        id: r.text("id")?,
        fair_id: r.text("fair_id")?,
        hall_id: r.text("hall_id")?,
        code: r.text("code")?,
        kind: r.parse("kind")?,
        x: r.i64("x")?,
        y: r.i64("y")?,
        w: r.i64("w")?,
        h: r.i64("h")?,
        status: r.parse("status")?,
        org_id: r.opt_text("org_id")?,
    })
}

pub async fn insert_booth(tx: &mut Tx, b: &Booth) -> Result<(), StoreError> {
    tx
        .execute(
            &format!("INSERT INTO booths ({BOOTH_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"),
            args![
                b.id.as_str(),
                b.fair_id.as_str(),
                b.hall_id.as_str(),
                b.code.as_str(),
                b.kind.as_str(),
                b.x,
                b.y,
                b.w,
                b.h,
                b.status.as_str(),
                b.org_id.clone()
            ],
        )
        .await?;
    Ok(())
}

pub async fn booths_of_hall(db: &Db, hall_id: &str) -> Result<Vec<Booth>, StoreError> {
    db.fetch_all(
        &format!("SELECT {BOOTH_COLS} FROM booths WHERE hall_id = $1 ORDER BY y, x"),
        args![hall_id],
    )
    .await?
    .iter()
    .map(to_booth)
    .collect()
}

pub async fn booth(db: &Db, fair_id: &str, code: &str) -> Result<Option<Booth>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {BOOTH_COLS} FROM booths WHERE fair_id = $1 AND code = $2"),
        args![fair_id, code],
    )
    .await?
    .map(|r| to_booth(&r))
    .transpose()
}

/// Holds a free booth for an organisation. Of any number of concurrent
/// requests exactly one changes the row; the others see 0 rows.
pub async fn request_booth(
    tx: &mut Tx,
    booth_id: &str,
    org_id: &str,
    by: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let n = tx
        .execute(
            "UPDATE booths SET status = 'requested', org_id = $2, requested_by = $3, requested_at = $4
             WHERE id = $1 AND status = 'free'",
            args![booth_id, org_id, by, now],
        )
        .await?;
    Ok(n == 1)
}

/// The organizer's decision on a requested booth.
pub async fn decide_booth(
    tx: &mut Tx,
    booth_id: &str,
    approve: bool,
    by: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let sql = if approve {
        "UPDATE booths SET status = 'booked', decided_by = $2, decided_at = $3 WHERE id = $1 AND status = 'requested'"
    } else {
        "UPDATE booths SET status = 'free', org_id = NULL, requested_by = NULL, requested_at = NULL,
             decided_by = $2, decided_at = $3 WHERE id = $1 AND status = 'requested'"
    };
    Ok(tx.execute(sql, args![booth_id, by, now]).await? == 1)
}

pub async fn requested_booths(db: &Db, fair_id: &str) -> Result<Vec<Booth>, StoreError> {
    db.fetch_all(
        &format!("SELECT {BOOTH_COLS} FROM booths WHERE fair_id = $1 AND status = 'requested' ORDER BY requested_at, code"),
        args![fair_id],
    )
    .await?
    .iter()
    .map(to_booth)
    .collect()
}

/// Booths an organisation holds or has requested in a fair.
pub async fn booths_of_org(db: &Db, fair_id: &str, org_id: &str) -> Result<Vec<Booth>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {BOOTH_COLS} FROM booths WHERE fair_id = $1 AND org_id = $2 ORDER BY code"
        ),
        args![fair_id, org_id],
    )
    .await?
    .iter()
    .map(to_booth)
    .collect()
}
