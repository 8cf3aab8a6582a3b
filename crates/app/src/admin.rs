//! What the three administrators do (GB/T 22239 separation of duties):
//! the system administrator runs accounts and configuration, the security
//! administrator roles and security policy, and only the security
//! administrator locks or disables an administrator. The three
//! administrator roles themselves are granted and revoked only on the
//! server (`yunzhan admin grant|revoke`): nobody signed in to the web can
//! make a second account an administrator. The rules on grants live in
//! `yz_domain::role`.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Kind, Verb};
use yz_domain::clock::DAY_MS;
use yz_domain::email::Email;
use yz_domain::lang::Lang;
use yz_domain::role::{Grant, GrantError, Role, Scope, check_grant, check_revoke};
use yz_domain::status::AccountStatus;
use yz_store::{accounts, sessions, settings};

use crate::account::parse_display_name;
use crate::error::{AppError, AppResult, Msg};
use crate::policy::{SECURITY_POLICY, SITE_CONFIG, SecurityPolicy, SiteConfig};
use crate::{Actor, App, audit, passwords, tokens};

/// Locked "until further notice".
pub const LOCKED_FOREVER: i64 = i64::MAX / 4;

/// Creates an account with a one-time password that must be changed at the
/// first login; returns the password to hand over once.
pub async fn create_account(
    app: &App,
    actor: &Actor,
    email: &str,
    name: &str,
) -> AppResult<String> {
    let seed = Seed {
        email,
        name,
        grants: vec![],
        password: None,
    };
    seed_account(app, actor, &seed).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountAction {
    Lock,
    Unlock,
    Disable,
    Enable,
}

impl AccountAction {
    fn audit_name(self) -> &'static str {
        match self {
            AccountAction::Lock => "admin.account_lock",
            AccountAction::Unlock => "admin.account_unlock",
            AccountAction::Disable => "admin.account_disable",
            AccountAction::Enable => "admin.account_enable",
        }
    }
    fn verb(self) -> Verb {
        match self {
            AccountAction::Lock => Verb::Locked,
            AccountAction::Unlock => Verb::Unlocked,
            AccountAction::Disable => Verb::Disabled,
            AccountAction::Enable => Verb::Enabled,
        }
    }
}

/// Who may lock, unlock, disable or enable an account: the system
/// administrator for ordinary accounts, the security administrator for
/// administrators, the operator at the command line for anyone.
fn may_act_on(actor: &Actor, target_is_admin: bool) -> bool {
    if actor.id == Actor::cli().id && actor.principal.is_none() {
        return true;
    }
    let perm = if target_is_admin {
        Permission::RolesManage
    } else {
        Permission::AccountsManage
    };
    actor.can_in(perm, &Scope::Platform)
}

pub async fn account_action(
    app: &App,
    actor: &Actor,
    user_id: &str,
    action: AccountAction,
) -> AppResult<String> {
    if actor.id == user_id {
        return Err(AppError::invalid("error-self-action"));
    }
    let user = accounts::by_id(&app.stores.main, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let target_admin = accounts::grants_of(&app.stores.main, user_id)
        .await?
        .iter()
        .any(|g| g.role.is_platform_admin());
    if !may_act_on(actor, target_admin) {
        audit::refused(
            app,
            actor,
            action.audit_name(),
            &audit::user_target(user_id),
            json!({"reason": "administrator_account"}),
        )
        .await?;
        return Err(AppError::invalid("error-admin-target"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    match action {
        AccountAction::Lock => {
            accounts::set(
                &mut w.tx,
                user_id,
                "locked_until",
                LOCKED_FOREVER.into(),
                now,
            )
            .await?;
            sessions::delete_others(&mut w.tx, user_id, None).await?;
        }
        AccountAction::Unlock => {
            accounts::set(
                &mut w.tx,
                user_id,
                "locked_until",
                Option::<i64>::None.into(),
                now,
            )
            .await?;
        }
        AccountAction::Disable => {
            accounts::set_status(&mut w.tx, user_id, AccountStatus::Disabled, now).await?;
            sessions::delete_others(&mut w.tx, user_id, None).await?;
        }
        AccountAction::Enable => {
            accounts::set_status(&mut w.tx, user_id, AccountStatus::Active, now).await?;
            // A re-enabled account starts a fresh inactivity period.
            accounts::set(&mut w.tx, user_id, "last_login_at", now.into(), now).await?;
        }
    }
    w.changed(Kind::Account, user_id, action.verb());
    w.audit(
        action.audit_name(),
        format!("user:{user_id}"),
        json!({"email": user.email}),
    );
    w.commit().await?;
    Ok(user.email)
}

pub async fn save_site_config(app: &App, actor: &Actor, new: SiteConfig) -> AppResult<()> {
    let mut errors = Vec::new();
    for name in [&new.site_name_zh, &new.site_name_en] {
        let n = name.trim().chars().count();
        if n == 0 || n > 60 || name.chars().any(char::is_control) {
            errors.push(Msg::new("error-site-name"));
            break;
        }
    }
    if Lang::parse(&new.default_lang).is_none() {
        errors.push(Msg::new("error-language"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let before = app.site_config().await;
    put_setting(app, actor, SITE_CONFIG, &before, &new, "config.change").await
}

/// Stores a setting and audits the change with its before and after.
async fn put_setting<T: serde::Serialize>(
    app: &App,
    actor: &Actor,
    key: &str,
    before: &T,
    after: &T,
    action: &str,
) -> AppResult<()> {
    let value = serde_json::to_value(after).map_err(AppError::internal)?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    settings::put(&mut w.tx, key, &value, Some(&actor.id), now).await?;
    w.changed(Kind::Settings, key, Verb::Changed);
    w.audit(
        action,
        format!("settings:{key}"),
        json!({"before": before, "after": value}),
    );
    w.commit().await
}

pub async fn save_policy(app: &App, actor: &Actor, new: SecurityPolicy) -> AppResult<()> {
    if let Err(field) = new.validate() {
        return Err(AppError::Invalid(vec![
            Msg::new("error-policy-range").with("field", field),
        ]));
    }
    let before = app.security_policy().await;
    put_setting(
        app,
        actor,
        SECURITY_POLICY,
        &before,
        &new,
        "security.policy_change",
    )
    .await
}

pub struct GrantInput<'a> {
    pub email: &'a str,
    pub role: &'a str,
    pub scope_kind: &'a str,
    pub scope_id: &'a str,
}

fn grant_error_key(e: &GrantError) -> &'static str {
    match e {
        GrantError::SelfGrant => "error-grant-self",
        GrantError::SecondAdminRole => "error-grant-second-admin",
        GrantError::AdminMixedWithOther => "error-grant-admin-mixed",
        GrantError::WrongScope => "error-grant-scope",
        GrantError::AlreadyHeld => "error-grant-held",
    }
}

async fn resolve(app: &App, input: &GrantInput<'_>) -> AppResult<(accounts::User, Grant)> {
    let email = Email::parse(input.email).map_err(|_| AppError::invalid("error-email-invalid"))?;
    let user = accounts::by_email(&app.stores.main, email.as_str())
        .await?
        .ok_or_else(|| AppError::invalid("error-no-such-account"))?;
    let role = Role::parse(input.role).ok_or_else(|| AppError::invalid("error-grant-scope"))?;
    let scope_id = input.scope_id.trim();
    if scope_id.len() > 64
        || scope_id
            .chars()
            .any(|c| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    {
        return Err(AppError::invalid("error-grant-scope"));
    }
    let scope = Scope::from_parts(input.scope_kind, scope_id)
        .ok_or_else(|| AppError::invalid("error-grant-scope"))?;
    Ok((user, Grant { role, scope }))
}

/// Where a grant of a role may be made: the three administrator roles only
/// by the operator on the server, every other role only by the security
/// administrator.
fn may_grant(actor: &Actor, role: Role) -> bool {
    let operator = actor.id == Actor::cli().id && actor.principal.is_none();
    if role.is_platform_admin() {
        operator
    } else {
        operator || actor.can_in(Permission::RolesManage, &Scope::Platform)
    }
}

/// Grants a role under the separation-of-duties rules. The grantee's
/// sessions end, so the new rights apply from their next login.
pub async fn grant_role(app: &App, actor: &Actor, input: &GrantInput<'_>) -> AppResult<()> {
    let (user, grant) = resolve(app, input).await?;
    if !may_grant(actor, grant.role) {
        audit::refused(
            app,
            actor,
            "role.grant",
            &audit::user_target(&user.id),
            json!({"role": grant.role, "reason": "administrator_role_on_server_only"}),
        )
        .await?;
        return Err(AppError::invalid("error-grant-admin-server"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    let held = accounts::grants_of_tx(&mut w.tx, &user.id).await?;
    if let Err(e) = check_grant(&actor.id, &user.id, &held, &grant) {
        drop(w);
        audit::refused(
            app,
            actor,
            "role.grant",
            &audit::user_target(&user.id),
            json!({"role": grant.role, "reason": e.to_string()}),
        )
        .await?;
        return Err(AppError::invalid(grant_error_key(&e)));
    }
    match accounts::grant(&mut w.tx, &user.id, &grant, Some(&actor.id), now).await {
        // The database's own one-admin-role index caught a concurrent grant.
        Err(e) if e.is_unique_violation() => {
            return Err(AppError::invalid("error-grant-second-admin"));
        }
        r => r?,
    }
    sessions::delete_others(&mut w.tx, &user.id, None).await?;
    w.changed(Kind::Grant, &user.id, Verb::Granted);
    w.audit(
        "role.grant",
        audit::user_target(&user.id),
        json!({"role": grant.role, "scope": grant.scope}),
    );
    w.commit().await
}

pub async fn revoke_role(app: &App, actor: &Actor, input: &GrantInput<'_>) -> AppResult<()> {
    let (user, grant) = resolve(app, input).await?;
    let refused = if !may_grant(actor, grant.role) {
        Some((
            "administrator_role_on_server_only",
            "error-grant-admin-server",
        ))
    } else if let Err(e) = check_revoke(&actor.id, &user.id) {
        Some(("self", grant_error_key(&e)))
    } else {
        None
    };
    if let Some((reason, key)) = refused {
        audit::refused(
            app,
            actor,
            "role.revoke",
            &audit::user_target(&user.id),
            json!({"role": grant.role, "reason": reason}),
        )
        .await?;
        return Err(AppError::invalid(key));
    }
    let mut w = app.work(actor).await?;
    if accounts::revoke(&mut w.tx, &user.id, &grant).await? == 0 {
        return Err(AppError::invalid("error-grant-not-held"));
    }
    sessions::delete_others(&mut w.tx, &user.id, None).await?;
    w.changed(Kind::Grant, &user.id, Verb::Revoked);
    w.audit(
        "role.revoke",
        audit::user_target(&user.id),
        json!({"role": grant.role, "scope": grant.scope}),
    );
    w.commit().await
}

/// Disables accounts unused for the policy's number of days (never the
/// administrators); run periodically. Returns how many were disabled.
pub async fn disable_inactive(app: &App) -> AppResult<usize> {
    let policy = app.security_policy().await;
    if policy.inactive_disable_days <= 0 {
        return Ok(0);
    }
    let now = app.now();
    let users = accounts::inactive_since(
        &app.stores.main,
        now - policy.inactive_disable_days * DAY_MS,
    )
    .await?;
    let system = Actor::system();
    for u in &users {
        let mut w = app.work(&system).await?;
        accounts::set_status(&mut w.tx, &u.id, AccountStatus::Disabled, now).await?;
        sessions::delete_others(&mut w.tx, &u.id, None).await?;
        w.changed(Kind::Account, &u.id, Verb::Disabled);
        w.audit(
            "account.disable_inactive",
            audit::user_target(&u.id),
            json!({"days": policy.inactive_disable_days}),
        );
        w.commit().await?;
    }
    Ok(users.len())
}

/// The role's title key, for pages.
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::SystemAdmin => "role-system-admin",
        Role::SecurityAdmin => "role-security-admin",
        Role::AuditAdmin => "role-audit-admin",
        Role::Organizer => "role-organizer",
        Role::OrganizerAdmin => "role-organizer-admin",
        Role::Reviewer => "role-reviewer",
        Role::Host => "role-host",
        Role::SupportAgent => "role-support-agent",
        Role::LegalAdvisor => "role-legal-advisor",
        Role::Interpreter => "role-interpreter",
        Role::ExhibitorOwner => "role-exhibitor-owner",
        Role::ExhibitorStaff => "role-exhibitor-staff",
        Role::Visitor => "role-visitor",
    }
}

/// The operator sets a one-time password (e.g. for an administrator who lost
/// theirs); it must be changed at the next login. Returns the password.
pub async fn reset_by_operator(app: &App, actor: &Actor, email: &str) -> AppResult<String> {
    let email = Email::parse(email).map_err(|_| AppError::invalid("error-email-invalid"))?;
    let user = accounts::by_email(&app.stores.main, email.as_str())
        .await?
        .ok_or_else(|| AppError::invalid("error-no-such-account"))?;
    let password = tokens::one_time_password();
    let hash = passwords::hash(app.config.password_cost, password.clone()).await?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    accounts::set(&mut w.tx, &user.id, "password_hash", hash.into(), now).await?;
    accounts::set(
        &mut w.tx,
        &user.id,
        "must_change_password",
        true.into(),
        now,
    )
    .await?;
    accounts::set(
        &mut w.tx,
        &user.id,
        "locked_until",
        Option::<i64>::None.into(),
        now,
    )
    .await?;
    sessions::delete_others(&mut w.tx, &user.id, None).await?;
    w.changed(Kind::Account, &user.id, Verb::Changed);
    w.audit(
        "admin.password_reset",
        audit::user_target(&user.id),
        json!({"email": user.email}),
    );
    w.commit().await?;
    Ok(password)
}

/// One account to create at bootstrap or in the demo.
pub struct Seed<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub grants: Vec<Grant>,
    /// None: a one-time password is generated and must be changed.
    pub password: Option<&'a str>,
}

/// Creates an account with its roles in one transaction, confirmed;
/// returns the password to hand over.
pub async fn seed_account(app: &App, actor: &Actor, s: &Seed<'_>) -> AppResult<String> {
    let email = Email::parse(s.email).map_err(|_| AppError::invalid("error-email-invalid"))?;
    let name = parse_display_name(s.name).map_err(|m| AppError::Invalid(vec![m]))?;
    let (password, must_change) = match s.password {
        Some(p) => (p.to_owned(), false),
        None => (tokens::one_time_password(), true),
    };
    let hash = passwords::hash(app.config.password_cost, password.clone()).await?;
    let id = yz_store::new_id();
    let mut w = app.work(actor).await?;
    let now = w.now();
    match accounts::insert(
        &mut w.tx,
        &accounts::NewUser {
            id: &id,
            email: email.as_str(),
            display_name: &name,
            password_hash: &hash,
            lang: None,
            email_confirmed: true,
            must_change_password: must_change,
        },
        now,
    )
    .await
    {
        Err(e) if e.is_unique_violation() => return Err(AppError::invalid("error-email-taken")),
        r => r?,
    }
    for g in &s.grants {
        accounts::grant(&mut w.tx, &id, g, Some(&actor.id), now).await?;
    }
    let roles: Vec<&str> = s.grants.iter().map(|g| g.role.as_str()).collect();
    w.changed(Kind::Account, &id, Verb::Created);
    w.audit(
        "admin.account_create",
        format!("user:{id}"),
        json!({"email": email.as_str(), "roles": roles}),
    );
    w.commit().await?;
    Ok(password)
}

/// Whether any of the three administrator roles is held yet.
pub async fn admins_exist(app: &App) -> AppResult<bool> {
    for r in [Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin] {
        if accounts::holders_of(&app.stores.main, r).await? > 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The account id behind an e-mail address (for the command line).
pub async fn account_id(app: &App, email: &str) -> AppResult<String> {
    let email = Email::parse(email).map_err(|_| AppError::invalid("error-email-invalid"))?;
    accounts::by_email(&app.stores.main, email.as_str())
        .await?
        .map(|u| u.id)
        .ok_or_else(|| AppError::invalid("error-no-such-account"))
}

/// Refuses an actor without the permission on the platform.
fn require(actor: &Actor, perm: Permission) -> AppResult<()> {
    if actor.can_in(perm, &Scope::Platform) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// An account as the administrators' lists show it.
#[derive(Debug, Clone)]
pub struct AccountLine {
    pub id: String,
    pub email: String,
    pub name: String,
    pub confirmed: bool,
    pub locked: bool,
    pub active: bool,
    pub last_login_at: Option<i64>,
    /// Holds one of the three administrator roles.
    pub admin: bool,
    /// Which one, where the list may say.
    pub admin_role: Option<Role>,
}

fn line(u: accounts::User, admin: bool, admin_role: Option<Role>, now: i64) -> AccountLine {
    AccountLine {
        locked: u.is_locked(now),
        active: u.is_active(),
        confirmed: u.email_confirmed_at.is_some(),
        last_login_at: u.last_login_at,
        id: u.id,
        email: u.email,
        name: u.display_name,
        admin,
        admin_role,
    }
}

/// The system administrator's list of accounts (administrators marked: only
/// the security administrator acts on those).
pub async fn accounts(app: &App, actor: &Actor, query: &str) -> AppResult<Vec<AccountLine>> {
    require(actor, Permission::AccountsManage)?;
    let now = app.now();
    Ok(accounts::list(&app.stores.main, query, 200)
        .await?
        .into_iter()
        .map(|(u, admin)| line(u, admin, None, now))
        .collect())
}

/// The security administrator's list of the administrators.
pub async fn administrators(app: &App, actor: &Actor) -> AppResult<Vec<AccountLine>> {
    require(actor, Permission::RolesManage)?;
    let now = app.now();
    Ok(accounts::administrators(&app.stores.main)
        .await?
        .into_iter()
        .map(|(u, r)| line(u, true, Some(r), now))
        .collect())
}

/// A role held somewhere, as the security administrator's list shows it.
pub struct GrantLine {
    pub user_id: String,
    pub email: String,
    pub grant: Grant,
}

/// Every grant on the platform, for the security administrator.
pub async fn grants(app: &App, actor: &Actor) -> AppResult<Vec<GrantLine>> {
    require(actor, Permission::RolesManage)?;
    Ok(accounts::all_grants(&app.stores.main, 1000)
        .await?
        .into_iter()
        .map(|(user_id, email, grant)| GrantLine {
            user_id,
            email,
            grant,
        })
        .collect())
}
