//! The audit log for the audit administrator, as JSON.

use axum::Json;
use axum::extract::{Query, State};
use schemars::JsonSchema;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::routes::ApiDoc;
use crate::state::AppState;
use yz_app::audit_log::{self as svc, Query as AuditQuery};

#[derive(Serialize, JsonSchema)]
pub struct AuditRecordView {
    pub seq: i64,
    pub at_ms: i64,
    pub actor_id: String,
    pub actor_role: String,
    pub source_ip: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Serialize, JsonSchema)]
pub struct AuditPage {
    pub records: Vec<AuditRecordView>,
    /// Pass as `before` for the next (older) page; absent on the last page.
    pub next_before: Option<i64>,
}

fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(AuditPage)).unwrap_or_default()
}

pub const DOC_SEARCH: ApiDoc = ApiDoc {
    tag: "audit",
    response: Some(schema),
    request: None,
};

pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> WebResult<Json<AuditPage>> {
    let rows = svc::search(&state, &ctx.actor(), &q, 200).await?;
    let next_before = (rows.len() == 200)
        .then(|| rows.last().map(|r| r.seq))
        .flatten();
    Ok(Json(AuditPage {
        records: rows
            .into_iter()
            .map(|r| AuditRecordView {
                seq: r.seq,
                at_ms: r.at_ms,
                actor_id: r.actor_id,
                actor_role: r.actor_role,
                source_ip: r.source_ip,
                action: r.action,
                target: r.target,
                outcome: r.outcome,
                detail: r.detail,
                prev_hash: r.prev_hash,
                hash: r.hash,
            })
            .collect(),
        next_before,
    }))
}
