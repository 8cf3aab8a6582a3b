//! Recording to the audit log.

use yz_domain::audit::{AuditEntry, Outcome};

use crate::{Actor, App, AppError};

/// Appends to the audit log and waits for the commit. A failure is an error
/// for the caller: actions that must be audited do not pass silently.
pub async fn record(
    app: &App,
    actor: &Actor,
    action: &str,
    target: &str,
    outcome: Outcome,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    app.audit
        .append(
            app.now(),
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
    app: &App,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    record(app, actor, action, target, Outcome::Success, detail).await
}

/// Records a refused or failed action.
pub async fn refused(
    app: &App,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    record(app, actor, action, target, Outcome::Failure, detail).await
}

/// How a user appears as the target of an audit record.
pub fn user_target(id: &str) -> String {
    format!("user:{id}")
}
