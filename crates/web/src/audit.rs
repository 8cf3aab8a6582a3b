//! Recording to the audit log from the web layer.

use yz_domain::audit::{AuditEntry, Outcome};

use crate::ctx::Ctx;
use crate::error::WebError;
use crate::state::AppState;

/// Who did something, as the audit log records it.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub role: String,
    pub ip: String,
}

impl Actor {
    pub fn of(ctx: &Ctx) -> Actor {
        match ctx.user() {
            Some(p) => Actor {
                id: p.user_id.clone(),
                role: p.role_label(),
                ip: ctx.ip.clone(),
            },
            None => Actor {
                id: "anonymous".into(),
                role: "anonymous".into(),
                ip: ctx.ip.clone(),
            },
        }
    }
    /// An account acting before it has a session (login, registration).
    pub fn user(id: &str, role: &str, ctx: &Ctx) -> Actor {
        Actor {
            id: id.into(),
            role: role.into(),
            ip: ctx.ip.clone(),
        }
    }
    /// The operator at the command line (`yunzhan admin ...`).
    pub fn cli() -> Actor {
        Actor {
            id: "cli".into(),
            role: "operator".into(),
            ip: "local".into(),
        }
    }
}

/// Appends to the audit log and waits for the commit. A failure is an error
/// for the caller: actions that must be audited do not pass silently.
pub async fn record(
    state: &AppState,
    actor: &Actor,
    action: &str,
    target: &str,
    outcome: Outcome,
    detail: serde_json::Value,
) -> Result<(), WebError> {
    state
        .audit
        .append(
            state.now(),
            AuditEntry {
                actor_id: actor.id.clone(),
                actor_role: actor.role.clone(),
                source_ip: actor.ip.clone(),
                action: action.into(),
                target: target.into(),
                outcome,
                detail: detail.to_string(),
            },
        )
        .await?;
    Ok(())
}

/// Records a successful action.
pub async fn ok(
    state: &AppState,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: serde_json::Value,
) -> Result<(), WebError> {
    record(state, actor, action, target, Outcome::Success, detail).await
}

/// Records a refused or failed action.
pub async fn refused(
    state: &AppState,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: serde_json::Value,
) -> Result<(), WebError> {
    record(state, actor, action, target, Outcome::Failure, detail).await
}

/// How a user appears as the target of an audit record.
pub fn user_target(id: &str) -> String {
    format!("user:{id}")
}
