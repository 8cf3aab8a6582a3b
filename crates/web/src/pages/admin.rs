//! The administrators' pages: accounts and configuration (system),
//! roles and security policy (security). The audit pages are in `audit`.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_domain::Permission;
use yz_domain::role::Role;

use super::form_errors;
use super::{Chrome, fmt_time, render, render_status};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::admin::{self as svc, AccountAction, GrantInput, role_key};
use yz_app::policy::{SecurityPolicy, SiteConfig};

#[derive(Template)]
#[template(path = "admin/overview.html")]
pub struct OverviewPage {
    pub c: Chrome,
    pub role_text: String,
    pub links: Vec<(&'static str, String)>,
}

pub async fn overview(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let c = Chrome::new(&state, &ctx).await;
    let role_text = match p.admin_role() {
        Some(r) => c.ta("admin-you-are", "role", c.t(role_key(r))),
        None => c.t("admin-not-admin"),
    };
    let mut links = Vec::new();
    for (perm, href, key) in [
        (
            Permission::AccountsManage,
            "/admin/accounts",
            "accounts-title",
        ),
        (
            Permission::ConfigManage,
            "/admin/settings",
            "settings-title",
        ),
        (Permission::RolesManage, "/admin/roles", "roles-title"),
        (
            Permission::SecurityPolicyManage,
            "/admin/security",
            "policy-title",
        ),
        (Permission::AuditRead, "/admin/audit", "audit-title"),
    ] {
        if p.can(perm) {
            links.push((href, c.t(key)));
        }
    }
    Ok(render(&OverviewPage {
        c,
        role_text,
        links,
    }))
}

// ---- accounts (system administrator) ----------------------------------------

pub struct AccountRow {
    pub id: String,
    pub email: String,
    pub name: String,
    pub status: String,
    pub last_login: String,
    pub locked: bool,
    pub active: bool,
    /// An administrator: only the security administrator acts on it.
    pub admin: bool,
    /// Its administrator role, where shown.
    pub role: String,
}

fn account_row(c: &Chrome, a: svc::AccountLine) -> AccountRow {
    AccountRow {
        status: if !a.active {
            c.t("status-disabled")
        } else if a.locked {
            c.t("status-locked")
        } else if !a.confirmed {
            c.t("status-unconfirmed")
        } else {
            c.t("status-active")
        },
        last_login: a.last_login_at.map(fmt_time).unwrap_or_else(|| "—".into()),
        locked: a.locked,
        active: a.active,
        admin: a.admin,
        role: a.admin_role.map(|r| c.t(role_key(r))).unwrap_or_default(),
        id: a.id,
        email: a.email,
        name: a.name,
    }
}

#[derive(Template)]
#[template(path = "admin/accounts.html")]
pub struct AccountsPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub q: String,
    pub rows: Vec<AccountRow>,
}

#[derive(Deserialize, Default)]
pub struct AccountsQuery {
    #[serde(default)]
    q: String,
}

async fn accounts_page(
    state: &AppState,
    ctx: &Ctx,
    q: String,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let lines = svc::accounts(state, &ctx.actor(), &q).await?;
    let c = Chrome::new(state, ctx).await;
    let rows = lines.into_iter().map(|a| account_row(&c, a)).collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &AccountsPage {
            c,
            notice,
            errors,
            q,
            rows,
        },
    ))
}

pub async fn accounts(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AccountsQuery>,
) -> WebResult<Response> {
    accounts_page(&state, &ctx, q.q, None, vec![]).await
}

#[derive(Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
}

pub async fn create_account(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CreateForm>,
) -> WebResult<Response> {
    match svc::create_account(&state, &ctx.actor(), &f.email, &f.display_name).await {
        Ok(password) => {
            let notice = ctx.i18n.ta(
                "accounts-created",
                &[
                    ("email", f.email.trim().to_lowercase()),
                    ("password", password),
                ],
            );
            accounts_page(&state, &ctx, String::new(), Some(notice), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            accounts_page(&state, &ctx, String::new(), None, errors).await
        }
    }
}

async fn act(state: AppState, ctx: Ctx, id: String, action: AccountAction) -> WebResult<Response> {
    match svc::account_action(&state, &ctx.actor(), &id, action).await {
        Ok(email) => {
            let notice = ctx.i18n.ta("accounts-updated", &[("email", email)]);
            accounts_page(&state, &ctx, String::new(), Some(notice), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            accounts_page(&state, &ctx, String::new(), None, errors).await
        }
    }
}

pub async fn lock_account(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    act(s, ctx, id, AccountAction::Lock).await
}
pub async fn unlock_account(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    act(s, ctx, id, AccountAction::Unlock).await
}
pub async fn disable_account(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    act(s, ctx, id, AccountAction::Disable).await
}
pub async fn enable_account(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    act(s, ctx, id, AccountAction::Enable).await
}

/// The security administrator locks, unlocks, disables or enables an
/// administrator (from the roles page).
async fn act_on_admin(
    state: AppState,
    ctx: Ctx,
    id: String,
    action: AccountAction,
) -> WebResult<Response> {
    match svc::account_action(&state, &ctx.actor(), &id, action).await {
        Ok(email) => {
            let notice = ctx.i18n.ta("accounts-updated", &[("email", email)]);
            roles_page(&state, &ctx, Some(notice), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            roles_page(&state, &ctx, None, errors).await
        }
    }
}

#[derive(Deserialize)]
pub struct ActionPath {
    account: String,
    action: String,
}

/// `POST /admin/roles/administrators/{account}/{action}`.
pub async fn administrator_action(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(p): Path<ActionPath>,
) -> WebResult<Response> {
    let action = match p.action.as_str() {
        "lock" => AccountAction::Lock,
        "unlock" => AccountAction::Unlock,
        "disable" => AccountAction::Disable,
        "enable" => AccountAction::Enable,
        _ => return Err(WebError::NotFound),
    };
    act_on_admin(s, ctx, p.account, action).await
}

// ---- site configuration (system administrator) -------------------------------

#[derive(Template)]
#[template(path = "admin/settings.html")]
pub struct SettingsPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub site: SiteConfig,
}

pub async fn settings_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    let site = state.site_config().await;
    render(&SettingsPage {
        c,
        notice: None,
        errors: vec![],
        site,
    })
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    site_name_zh: String,
    #[serde(default)]
    site_name_en: String,
    registration_open: Option<String>,
    #[serde(default)]
    default_lang: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<SettingsForm>,
) -> WebResult<Response> {
    let site = SiteConfig {
        site_name_zh: f.site_name_zh.trim().to_owned(),
        site_name_en: f.site_name_en.trim().to_owned(),
        registration_open: f.registration_open.is_some(),
        default_lang: f.default_lang,
    };
    match svc::save_site_config(&state, &ctx.actor(), site.clone()).await {
        Ok(()) => {
            let c = Chrome::new(&state, &ctx).await;
            let notice = Some(c.t("notice-saved"));
            Ok(render(&SettingsPage {
                c,
                notice,
                errors: vec![],
                site,
            }))
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SettingsPage {
                    c,
                    notice: None,
                    errors,
                    site,
                },
            ))
        }
    }
}

// ---- roles (security administrator) ------------------------------------------

pub struct GrantRow {
    pub email: String,
    pub role: &'static str,
    pub role_label: String,
    pub scope_kind: &'static str,
    pub scope_id: String,
    /// An administrator role: revoked on the server only.
    pub on_server: bool,
}

#[derive(Template)]
#[template(path = "admin/roles.html")]
pub struct RolesPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub rows: Vec<GrantRow>,
    pub roles: Vec<(&'static str, String)>,
    pub admins: Vec<AccountRow>,
}

async fn roles_page(
    state: &AppState,
    ctx: &Ctx,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let actor = ctx.actor();
    let grants = svc::grants(state, &actor).await?;
    let admins = svc::administrators(state, &actor).await?;
    let c = Chrome::new(state, ctx).await;
    let rows = grants
        .into_iter()
        .map(|l| GrantRow {
            email: l.email,
            role: l.grant.role.as_str(),
            role_label: c.t(role_key(l.grant.role)),
            scope_kind: l.grant.scope.kind_str(),
            scope_id: l.grant.scope.id().to_owned(),
            on_server: l.grant.role.is_platform_admin(),
        })
        .collect();
    // The three administrator roles are granted on the server only.
    let roles = Role::ALL
        .iter()
        .filter(|r| !r.is_platform_admin())
        .map(|r| (r.as_str(), c.t(role_key(*r))))
        .collect();
    let admins = admins.into_iter().map(|a| account_row(&c, a)).collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &RolesPage {
            c,
            notice,
            errors,
            rows,
            roles,
            admins,
        },
    ))
}

pub async fn roles(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    roles_page(&state, &ctx, None, vec![]).await
}

#[derive(Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    scope_kind: String,
    #[serde(default)]
    scope_id: String,
}

async fn change_role(state: AppState, ctx: Ctx, f: GrantForm, grant: bool) -> WebResult<Response> {
    let input = GrantInput {
        email: &f.email,
        role: &f.role,
        scope_kind: &f.scope_kind,
        scope_id: &f.scope_id,
    };
    let actor = ctx.actor();
    let r = if grant {
        svc::grant_role(&state, &actor, &input).await
    } else {
        svc::revoke_role(&state, &actor, &input).await
    };
    match r {
        Ok(()) => {
            let key = if grant {
                "roles-granted"
            } else {
                "roles-revoked"
            };
            let notice = ctx
                .i18n
                .ta(key, &[("email", f.email.trim().to_lowercase())]);
            roles_page(&state, &ctx, Some(notice), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            roles_page(&state, &ctx, None, errors).await
        }
    }
}

pub async fn grant_role(
    State(s): State<AppState>,
    ctx: Ctx,
    Form(f): Form<GrantForm>,
) -> WebResult<Response> {
    change_role(s, ctx, f, true).await
}
pub async fn revoke_role(
    State(s): State<AppState>,
    ctx: Ctx,
    Form(f): Form<GrantForm>,
) -> WebResult<Response> {
    change_role(s, ctx, f, false).await
}

// ---- security policy (security administrator) -------------------------------

#[derive(Template)]
#[template(path = "admin/security.html")]
pub struct PolicyPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub fields: Vec<(&'static str, String, i64)>,
}

fn policy_fields(c: &Chrome, p: &SecurityPolicy) -> Vec<(&'static str, String, i64)> {
    vec![
        (
            "lockout_threshold",
            c.t("policy-lockout-threshold"),
            p.lockout_threshold,
        ),
        (
            "lockout_minutes",
            c.t("policy-lockout-minutes"),
            p.lockout_minutes,
        ),
        (
            "admin_idle_minutes",
            c.t("policy-admin-idle"),
            p.admin_idle_minutes,
        ),
        (
            "admin_absolute_hours",
            c.t("policy-admin-absolute"),
            p.admin_absolute_hours,
        ),
        ("user_idle_days", c.t("policy-user-idle"), p.user_idle_days),
        (
            "user_absolute_days",
            c.t("policy-user-absolute"),
            p.user_absolute_days,
        ),
        (
            "inactive_disable_days",
            c.t("policy-inactive"),
            p.inactive_disable_days,
        ),
        ("reauth_minutes", c.t("policy-reauth"), p.reauth_minutes),
    ]
}

pub async fn policy_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    let fields = policy_fields(&c, &state.security_policy().await);
    render(&PolicyPage {
        c,
        notice: None,
        errors: vec![],
        fields,
    })
}

#[derive(Deserialize)]
pub struct PolicyForm {
    lockout_threshold: Option<String>,
    lockout_minutes: Option<String>,
    admin_idle_minutes: Option<String>,
    admin_absolute_hours: Option<String>,
    user_idle_days: Option<String>,
    user_absolute_days: Option<String>,
    inactive_disable_days: Option<String>,
    reauth_minutes: Option<String>,
}

fn num(v: &Option<String>) -> i64 {
    // Out-of-range and unparseable values are both caught by validate().
    v.as_deref()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(-1)
}

pub async fn save_policy(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<PolicyForm>,
) -> WebResult<Response> {
    let p = SecurityPolicy {
        lockout_threshold: num(&f.lockout_threshold),
        lockout_minutes: num(&f.lockout_minutes),
        admin_idle_minutes: num(&f.admin_idle_minutes),
        admin_absolute_hours: num(&f.admin_absolute_hours),
        user_idle_days: num(&f.user_idle_days),
        user_absolute_days: num(&f.user_absolute_days),
        inactive_disable_days: num(&f.inactive_disable_days),
        reauth_minutes: num(&f.reauth_minutes),
    };
    let r = svc::save_policy(&state, &ctx.actor(), p.clone()).await;
    let c = Chrome::new(&state, &ctx).await;
    let fields = policy_fields(&c, &p);
    match r {
        Ok(()) => {
            let notice = Some(c.t("notice-saved"));
            Ok(render(&PolicyPage {
                c,
                notice,
                errors: vec![],
                fields,
            }))
        }
        Err(e) => {
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &PolicyPage {
                    c,
                    notice: None,
                    errors,
                    fields,
                },
            ))
        }
    }
}
