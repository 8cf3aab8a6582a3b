//! The audit administrator's pages: search, CSV export, chain verification.
//! Each query and export is itself audited.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use yz_domain::audit::{AuditRecord, Outcome};
use yz_store::accounts;
use yz_store::audit::AuditFilter;

use super::{Chrome, render};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::audit as audit_log;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct AuditQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub before: Option<i64>,
}

/// `YYYY-MM-DD` as the UTC midnight starting that day.
fn day_start_ms(s: &str) -> Option<i64> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s.trim(), &fmt)
        .ok()
        .map(|d| d.midnight().assume_utc().unix_timestamp() * 1000)
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.chars().take(200).collect())
}

/// Turns the query into a store filter; an e-mail as actor means its account.
pub async fn to_filter(state: &AppState, q: &AuditQuery, limit: i64) -> WebResult<AuditFilter> {
    let actor = match non_empty(&q.actor) {
        Some(a) if a.contains('@') => Some(
            accounts::by_email(&state.stores.main, &a.to_lowercase())
                .await?
                .map(|u| u.id)
                .unwrap_or(a),
        ),
        other => other,
    };
    Ok(AuditFilter {
        from_ms: day_start_ms(&q.from),
        to_ms: day_start_ms(&q.to).map(|t| t + 86_400_000),
        actor,
        action: non_empty(&q.action),
        outcome: non_empty(&q.outcome).filter(|o| Outcome::parse(o).is_some()),
        before_seq: q.before,
        limit,
    })
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub f: AuditQuery,
    pub query: String,
    pub rows: Vec<AuditRecord>,
    pub next_before: Option<i64>,
}

const PAGE: i64 = 100;

fn query_string(q: &AuditQuery) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("from", &q.from),
        ("to", &q.to),
        ("actor", &q.actor),
        ("action", &q.action),
        ("outcome", &q.outcome),
    ] {
        if !v.is_empty() {
            ser.append_pair(k, v);
        }
    }
    ser.finish()
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    q: AuditQuery,
    notice: Option<String>,
) -> WebResult<Response> {
    let filter = to_filter(state, &q, PAGE).await?;
    let rows = state.audit.search(&filter).await?;
    audit_log::record(
        state,
        &ctx.actor(),
        "audit.search",
        "audit_log",
        Outcome::Success,
        json!(q),
    )
    .await?;
    let next_before = (rows.len() as i64 == PAGE)
        .then(|| rows.last().map(|r| r.seq))
        .flatten();
    let c = Chrome::new(state, ctx).await;
    Ok(render(&AuditPage {
        c,
        notice,
        query: query_string(&q),
        f: q,
        rows,
        next_before,
    }))
}

pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> WebResult<Response> {
    page(&state, &ctx, q, None).await
}

pub async fn export_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> WebResult<Response> {
    let filter = to_filter(&state, &q, 100_000).await?;
    let rows = state.audit.search(&filter).await?;
    audit_log::record(
        &state,
        &ctx.actor(),
        "audit.export",
        "audit_log",
        Outcome::Success,
        json!({"filter": q, "rows": rows.len()}),
    )
    .await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "seq",
        "time_utc",
        "actor_id",
        "actor_role",
        "source_ip",
        "action",
        "target",
        "outcome",
        "detail",
        "prev_hash",
        "hash",
    ];
    w.write_record(header)
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let fmt = time::format_description::well_known::Rfc3339;
    for r in rows.iter().rev() {
        let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(r.at_ms) * 1_000_000)
            .ok()
            .and_then(|t| t.format(&fmt).ok())
            .unwrap_or_default();
        w.write_record([
            r.seq.to_string(),
            at,
            yz_app::exports::csv_cell(&r.actor_id),
            yz_app::exports::csv_cell(&r.actor_role),
            yz_app::exports::csv_cell(&r.source_ip),
            yz_app::exports::csv_cell(&r.action),
            yz_app::exports::csv_cell(&r.target),
            yz_app::exports::csv_cell(&r.outcome),
            yz_app::exports::csv_cell(&r.detail),
            r.prev_hash.clone(),
            r.hash.clone(),
        ])
        .map_err(|e| WebError::Internal(e.to_string()))?;
    }
    let body = w
        .into_inner()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    // A BOM so spreadsheet programs read the UTF-8 (Chinese) text right.
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(body);
    let mut res = out.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"audit-log.csv\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

pub async fn verify(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let report = state.audit.verify().await?;
    let (notice, outcome) = match &report.broken {
        None => (
            ctx.i18n
                .ta("audit-verify-ok", &[("count", report.checked.to_string())]),
            Outcome::Success,
        ),
        Some(b) => (
            ctx.i18n
                .ta("audit-verify-broken", &[("problem", b.to_string())]),
            Outcome::Failure,
        ),
    };
    audit_log::record(
        &state,
        &ctx.actor(),
        "audit.verify",
        "audit_log",
        outcome,
        json!({"checked": report.checked, "broken": report.broken.as_ref().map(|b| b.to_string())}),
    )
    .await?;
    page(&state, &ctx, AuditQuery::default(), Some(notice)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn formulas_are_defused_and_days_parse() {
        assert_eq!(day_start_ms("1970-01-02"), Some(86_400_000));
        assert_eq!(day_start_ms("not a date"), None);
    }
}
