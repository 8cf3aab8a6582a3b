//! The analytics store (its own database): one row per counted event, fed by
//! the outbox, and the S5.5.1 measures computed from it.

use yz_domain::measures::{Aggregate, AnalyticsFacts, EventKind, Measure};

use crate::db::Db;
use crate::{StoreError, args};

/// Stores an event once, whatever the number of deliveries.
pub async fn record(
    db: &Db,
    event_id: &str,
    kind: EventKind,
    at_ms: i64,
    f: &AnalyticsFacts,
) -> Result<(), StoreError> {
    db.execute(
        "INSERT INTO events (event_id, kind, at_ms, fair_id, actor_id, country, industry, value_minor, currency, occurrences)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (event_id) DO NOTHING",
        args![
            event_id,
            kind.as_str(),
            at_ms,
            f.fair_id.clone(),
            f.actor_id.clone(),
            f.country.clone(),
            f.industry.clone(),
            f.value_minor,
            f.currency.clone(),
            f.occurrences.unwrap_or(1).max(1)
        ],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum MeasureValue {
    Count(i64),
    /// (currency, total minor units)
    Sums(Vec<(String, i64)>),
    /// (country or industry, count), largest first
    Distribution(Vec<(String, i64)>),
}

/// A measure's cumulative value, for one fair or the whole platform.
pub async fn measure(
    db: &Db,
    m: Measure,
    fair_id: Option<&str>,
) -> Result<MeasureValue, StoreError> {
    let (kind, agg) = m.source();
    let fair = fair_id.map(str::to_owned);
    let filter = "kind = $1 AND ($2 IS NULL OR fair_id = $2)";
    match agg {
        Aggregate::Count => {
            let r = db
                .fetch_one(
                    &format!("SELECT CAST(COALESCE(SUM(occurrences), 0) AS BIGINT) AS n FROM events WHERE {filter}"),
                    args![kind.as_str(), fair],
                )
                .await?;
            Ok(MeasureValue::Count(r.i64("n")?))
        }
        Aggregate::SumValue => {
            let rows = db
                .fetch_all(
                    &format!(
                        "SELECT COALESCE(currency, '') AS currency, CAST(SUM(value_minor) AS BIGINT) AS total FROM events
                         WHERE {filter} GROUP BY currency ORDER BY 1"
                    ),
                    args![kind.as_str(), fair],
                )
                .await?;
            rows.iter()
                .map(|r| Ok((r.text("currency")?, r.opt_i64("total")?.unwrap_or(0))))
                .collect::<Result<_, _>>()
                .map(MeasureValue::Sums)
        }
        Aggregate::ByCountry | Aggregate::ByIndustry => {
            let col = if agg == Aggregate::ByCountry {
                "country"
            } else {
                "industry"
            };
            let rows = db
                .fetch_all(
                    &format!(
                        "SELECT {col} AS label, CAST(SUM(occurrences) AS BIGINT) AS n FROM events WHERE {filter} AND {col} IS NOT NULL
                         GROUP BY {col} ORDER BY 2 DESC, 1 LIMIT 300"
                    ),
                    args![kind.as_str(), fair],
                )
                .await?;
            rows.iter()
                .map(|r| Ok((r.text("label")?, r.i64("n")?)))
                .collect::<Result<_, _>>()
                .map(MeasureValue::Distribution)
        }
    }
}

/// How many events are stored (tests and the health page).
pub async fn count_events(db: &Db, event_id: &str) -> Result<i64, StoreError> {
    db.fetch_one(
        "SELECT COUNT(*) AS n FROM events WHERE event_id = $1",
        args![event_id],
    )
    .await?
    .i64("n")
}
