//! The audit administrator's use cases: search, export and verify the audit
//! log (S8.1, GB/T 22239). Each of them is itself audited.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::audit::{AuditRecord, Outcome};
use yz_domain::email::Email;
use yz_domain::role::Scope;
use yz_store::accounts;
use yz_store::audit::{AuditFilter, VerifyReport};

use crate::error::AppResult;
use crate::{Actor, App, audit, scope};

/// What the audit administrator searches by, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct Query {
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

/// The query as a store filter; an e-mail address as actor means its
/// account.
async fn filter(app: &App, q: &Query, limit: i64) -> AppResult<AuditFilter> {
    let actor = match non_empty(&q.actor) {
        Some(a) if a.contains('@') => match Email::parse(&a) {
            Ok(e) => Some(
                accounts::by_email(&app.stores.main, e.as_str())
                    .await?
                    .map(|u| u.id)
                    .unwrap_or(a),
            ),
            Err(_) => Some(a),
        },
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

/// Records matching the query, newest first.
pub async fn search(
    app: &App,
    actor: &Actor,
    q: &Query,
    limit: i64,
) -> AppResult<Vec<AuditRecord>> {
    scope::require(actor, Permission::AuditRead, &Scope::Platform)?;
    let rows = app.audit.search(&filter(app, q, limit).await?).await?;
    audit::record(
        app,
        actor,
        "audit.search",
        "audit_log",
        Outcome::Success,
        json!(q),
    )
    .await?;
    Ok(rows)
}

/// Every record matching the query (at most 100,000), oldest first, for a
/// file.
pub async fn export(app: &App, actor: &Actor, q: &Query) -> AppResult<Vec<AuditRecord>> {
    scope::require(actor, Permission::AuditExport, &Scope::Platform)?;
    let mut rows = app.audit.search(&filter(app, q, 100_000).await?).await?;
    audit::record(
        app,
        actor,
        "audit.export",
        "audit_log",
        Outcome::Success,
        json!({"filter": q, "rows": rows.len()}),
    )
    .await?;
    rows.reverse();
    Ok(rows)
}

/// Walks the chain and checks the signed heads.
pub async fn verify(app: &App, actor: &Actor) -> AppResult<VerifyReport> {
    scope::require(actor, Permission::AuditRead, &Scope::Platform)?;
    let report = app.audit.verify().await?;
    let outcome = if report.broken.is_none() {
        Outcome::Success
    } else {
        Outcome::Failure
    };
    audit::record(
        app,
        actor,
        "audit.verify",
        "audit_log",
        outcome,
        json!({"checked": report.checked, "broken": report.broken.as_ref().map(|b| b.to_string())}),
    )
    .await?;
    Ok(report)
}

/// The operator's check at the command line (`yunzhan audit verify`), on
/// databases opened for it alone with no platform running: walks the
/// chain and compares the signed heads in the database and in the head
/// file. Not itself audited: nothing but the operator's shell is there.
pub async fn verify_offline(
    stores: &yz_store::Stores,
    key: &[u8],
    heads: &std::path::Path,
) -> AppResult<VerifyReport> {
    Ok(yz_store::audit::verify(
        &stores.audit,
        &stores.main,
        key,
        Some(&yz_store::audit::HeadFile::new(heads.to_path_buf())),
    )
    .await?)
}

#[cfg(test)]
mod tests {
    use super::day_start_ms;

    #[test]
    fn days_parse() {
        assert_eq!(day_start_ms("1970-01-02"), Some(86_400_000));
        assert_eq!(day_start_ms("not a date"), None);
    }
}
