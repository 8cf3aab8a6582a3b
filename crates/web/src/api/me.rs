//! The caller's own account: profile, sessions, login history. Objects of
//! other accounts are never visible: another account's session is 404.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use schemars::JsonSchema;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::routes::ApiDoc;
use crate::state::AppState;
use yz_app::AppError;

#[derive(Serialize, JsonSchema)]
pub struct Me {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub language: String,
    pub roles: Vec<RoleGrant>,
}

#[derive(Serialize, JsonSchema)]
pub struct RoleGrant {
    pub role: String,
    pub scope_kind: String,
    pub scope_id: String,
}

#[derive(Serialize, JsonSchema)]
pub struct SessionView {
    pub id: String,
    pub current: bool,
    pub created_at_ms: i64,
    pub last_seen_at_ms: i64,
    pub expires_at_ms: i64,
    pub ip: String,
    pub user_agent: String,
}

#[derive(Serialize, JsonSchema)]
pub struct LoginView {
    pub at_ms: i64,
    pub ip: String,
    pub user_agent: String,
    pub result: String,
}

fn schema<T: JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default()
}

pub const DOC_ME: ApiDoc = ApiDoc {
    tag: "account",
    response: Some(schema::<Me>),
    request: None,
};
pub const DOC_SESSIONS: ApiDoc = ApiDoc {
    tag: "account",
    response: Some(schema::<Vec<SessionView>>),
    request: None,
};
pub const DOC_END: ApiDoc = ApiDoc {
    tag: "account",
    response: None,
    request: None,
};
pub const DOC_LOGINS: ApiDoc = ApiDoc {
    tag: "account",
    response: Some(schema::<Vec<LoginView>>),
    request: None,
};

pub async fn me(ctx: Ctx) -> WebResult<Json<Me>> {
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    Ok(Json(Me {
        id: p.user_id.clone(),
        email: p.email.clone(),
        display_name: p.display_name.clone(),
        language: ctx.lang().tag().into(),
        roles: p
            .grants
            .iter()
            .map(|g| RoleGrant {
                role: g.role.as_str().into(),
                scope_kind: g.scope.kind_str().into(),
                scope_id: g.scope.id().into(),
            })
            .collect(),
    }))
}

pub async fn sessions(
    State(state): State<AppState>,
    ctx: Ctx,
) -> WebResult<Json<Vec<SessionView>>> {
    let list = yz_app::sessions::my_sessions(&state, &ctx.actor()).await?;
    Ok(Json(
        list.into_iter()
            .map(|s| SessionView {
                current: ctx.session_hash.as_deref() == Some(s.id_hash.as_str()),
                id: s.public_id,
                created_at_ms: s.created_at,
                last_seen_at_ms: s.last_seen_at,
                expires_at_ms: s.expires_at,
                ip: s.ip,
                user_agent: s.user_agent,
            })
            .collect(),
    ))
}

pub async fn end_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    match yz_app::sessions::end_session(&state, &ctx.actor(), &id).await {
        Ok(()) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(AppError::Invalid(_)) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn logins(State(state): State<AppState>, ctx: Ctx) -> WebResult<Json<Vec<LoginView>>> {
    let list = yz_app::sessions::my_logins(&state, &ctx.actor()).await?;
    Ok(Json(
        list.into_iter()
            .map(|e| LoginView {
                at_ms: e.at,
                ip: e.ip,
                user_agent: e.user_agent,
                result: e.result,
            })
            .collect(),
    ))
}
