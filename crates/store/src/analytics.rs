//! The analytics store (its own database): one row per counted event, fed by
//! the outbox, and the S5.5.1 measures computed from it.

use yz_domain::measures::{Aggregate, AnalyticsFacts, EventKind, Measure};

use crate::db::Db;
use crate::{StoreError, args};

/// One counted event as the outbox delivers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded<'a> {
    pub event_id: &'a str,
    pub kind: EventKind,
    pub at_ms: i64,
    pub facts: AnalyticsFacts,
}

/// Rows per statement of [`record`] (10 values each).
const RECORD_CHUNK: usize = 300;

/// Stores events once each, whatever the number of deliveries: one
/// transaction, a few multi-row statements.
pub async fn record(db: &Db, events: &[Recorded<'_>]) -> Result<(), StoreError> {
    if events.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for chunk in events.chunks(RECORD_CHUNK) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| {
                let p: Vec<String> = (1..=10).map(|c| format!("${}", i * 10 + c)).collect();
                format!("({})", p.join(", "))
            })
            .collect();
        let mut args = Vec::with_capacity(chunk.len() * 10);
        for e in chunk {
            let f = &e.facts;
            args.extend(args![
                e.event_id,
                e.kind.as_str(),
                e.at_ms,
                f.fair_id.clone(),
                f.actor_id.clone(),
                f.country.clone(),
                f.industry.clone(),
                f.value_minor,
                f.currency.clone(),
                f.occurrences.unwrap_or(1).max(1)
            ]);
        }
        tx.execute(
            &format!(
                "INSERT INTO events (event_id, kind, at_ms, fair_id, actor_id, country, industry, value_minor, currency, occurrences)
                 VALUES {} ON CONFLICT (event_id) DO NOTHING",
                rows.join(", ")
            ),
            args,
        )
        .await?;
    }
    tx.commit().await
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
