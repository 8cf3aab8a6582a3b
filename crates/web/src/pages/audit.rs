//! The audit administrator's pages: search, CSV export, chain verification.
//! Each query and export is itself audited.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use yz_app::audit_log::{self as svc, Query as AuditQuery};
use yz_domain::audit::AuditRecord;

use super::{Chrome, render};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;

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
    let rows = svc::search(state, &ctx.actor(), &q, PAGE).await?;
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
    let rows = svc::export(&state, &ctx.actor(), &q).await?;
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
    for r in &rows {
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
    let report = svc::verify(&state, &ctx.actor()).await?;
    let notice = match &report.broken {
        None => ctx
            .i18n
            .ta("audit-verify-ok", &[("count", report.checked.to_string())]),
        Some(b) => ctx
            .i18n
            .ta("audit-verify-broken", &[("problem", b.to_string())]),
    };
    page(&state, &ctx, AuditQuery::default(), Some(notice)).await
}
