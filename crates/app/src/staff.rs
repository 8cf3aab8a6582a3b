//! An organisation's owner invites staff by e-mail and gives them a role
//! (staff or co-owner); the invitee accepts while signed in with that
//! address. Owners may also remove staff.

use serde::{Deserialize, Serialize};
use serde_json::json;
use yz_domain::change::{Kind, Verb};
use yz_domain::clock::DAY_MS;
use yz_domain::email::Email;

use yz_domain::role::{Grant, Role, Scope};
use yz_store::{accounts, sessions, tokens as token_store};

use crate::Actor;
use crate::App;
use crate::error::{AppError, AppResult};
use crate::mails;
use crate::scope;
use crate::tokens;
use yz_domain::Permission;

pub const STAFF_INVITE: &str = "staff_invite";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub org_id: String,
    pub org_name: String,
    pub email: String,
    pub role: String,
}

fn staff_role(raw: &str) -> Option<Role> {
    match raw {
        "exhibitor_staff" => Some(Role::ExhibitorStaff),
        "exhibitor_owner" => Some(Role::ExhibitorOwner),
        _ => None,
    }
}

pub async fn invite(
    app: &App,
    actor: &Actor,
    org_id: &str,
    email: &str,
    role: &str,
) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let org = scope::own_org(app, actor, org_id, Permission::StaffManage).await?;
    let email = Email::parse(email).map_err(|_| AppError::invalid("error-email-invalid"))?;
    let open = token_store::open_with(
        &app.stores.main,
        STAFF_INVITE,
        &format!("\"org_id\":\"{org_id}\""),
        app.now(),
    )
    .await?;
    let max = app.config.quotas.open_invitations_per_org;
    if open.len() as i64 >= max {
        return Err(AppError::Invalid(vec![
            crate::error::Msg::new("error-quota-invitations").with("max", max),
        ]));
    }
    let role = staff_role(role).ok_or_else(|| AppError::invalid("error-grant-scope"))?;
    let held = accounts::holders_in(&app.stores.main, "organisation", org_id).await?;
    if held
        .iter()
        .any(|(_, e, r)| e == email.as_str() && *r == role)
    {
        return Err(AppError::invalid("error-grant-held"));
    }
    let inv = Invitation {
        org_id: org.id.clone(),
        org_name: org.legal_name_en.clone(),
        email: email.as_str().to_owned(),
        role: role.as_str().to_owned(),
    };
    let data = serde_json::to_string(&inv).map_err(|e| AppError::Internal(e.to_string()))?;
    let token = tokens::random();
    let now = app.now();
    let link = format!(
        "{}/invites/{token}",
        app.config.public_url.trim_end_matches('/')
    );
    let mut w = app.work(actor).await?;
    token_store::insert(
        &mut w.tx,
        &tokens::hash(&token),
        STAFF_INVITE,
        &p.user_id,
        &data,
        now + 7 * DAY_MS,
    )
    .await?;
    w.mail(&mails::staff_invite(
        actor.lang,
        email.as_str(),
        &org.legal_name_en,
        &link,
    ))
    .await?;
    w.changed(Kind::Invitation, org_id, Verb::Created);
    w.audit(
        "org.staff_invite",
        format!("org:{org_id}"),
        json!({"email": inv.email, "role": inv.role}),
    );
    w.commit().await
}

/// The invitation behind a link, if it is still open.
pub async fn peek(app: &App, token: &str) -> Result<Option<Invitation>, AppError> {
    if !tokens::looks_valid(token) {
        return Ok(None);
    }
    let data = token_store::peek_data(
        &app.stores.main,
        &tokens::hash(token),
        STAFF_INVITE,
        app.now(),
    )
    .await?;
    Ok(data.and_then(|d| serde_json::from_str(&d).ok()))
}

pub async fn accept(app: &App, actor: &Actor, token: &str) -> AppResult<String> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    if !tokens::looks_valid(token) {
        return Err(AppError::invalid("error-link-invalid"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    let t = token_store::take(&mut w.tx, &tokens::hash(token), STAFF_INVITE, now)
        .await?
        .ok_or_else(|| AppError::invalid("error-link-invalid"))?;
    let inv: Invitation =
        serde_json::from_str(&t.data).map_err(|_| AppError::invalid("error-link-invalid"))?;
    if inv.email != p.email {
        return Err(AppError::invalid("error-invite-other-account"));
    }
    let role = staff_role(&inv.role).ok_or_else(|| AppError::invalid("error-link-invalid"))?;
    let grant = Grant {
        role,
        scope: Scope::Organisation(inv.org_id.clone()),
    };
    // An invitation lapses with its sender: they must still manage the
    // organisation's staff.
    let sender = accounts::grants_of_tx(&mut w.tx, &t.user_id).await?;
    let sender_scope = Scope::Organisation(inv.org_id.clone());
    if !sender.iter().any(|g| {
        g.scope == sender_scope && yz_domain::permission::role_has(g.role, Permission::StaffManage)
    }) {
        return Err(AppError::invalid("error-link-invalid"));
    }
    let held = accounts::grants_of_tx(&mut w.tx, &p.user_id).await?;
    if let Err(e) = yz_domain::role::check_grant(&t.user_id, &p.user_id, &held, &grant) {
        return Err(AppError::invalid(match e {
            yz_domain::role::GrantError::AlreadyHeld => "error-grant-held",
            _ => "error-grant-admin-mixed",
        }));
    }
    accounts::grant(&mut w.tx, &p.user_id, &grant, Some(&t.user_id), now).await?;
    w.changed(Kind::Grant, &p.user_id, Verb::Granted);
    w.changed(Kind::Invitation, &inv.org_id, Verb::Approved);
    w.audit(
        "org.staff_join",
        format!("org:{}", inv.org_id),
        json!({"role": inv.role}),
    );
    w.commit().await?;
    Ok(inv.org_id)
}

pub async fn remove(
    app: &App,
    actor: &Actor,
    org_id: &str,
    user_id: &str,
    role: &str,
) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    scope::own_org(app, actor, org_id, Permission::StaffManage).await?;
    if p.user_id == user_id {
        return Err(AppError::invalid("error-self-action"));
    }
    let role = staff_role(role).ok_or_else(|| AppError::invalid("error-grant-scope"))?;
    let grant = Grant {
        role,
        scope: Scope::Organisation(org_id.to_owned()),
    };
    let mut w = app.work(actor).await?;
    if accounts::revoke(&mut w.tx, user_id, &grant).await? == 0 {
        return Err(AppError::invalid("error-grant-not-held"));
    }
    sessions::delete_others(&mut w.tx, user_id, None).await?;
    // Their open invitations to this organisation go with them.
    let now = w.now();
    token_store::revoke_with(
        &mut w.tx,
        user_id,
        STAFF_INVITE,
        &format!("\"org_id\":\"{org_id}\""),
        now,
    )
    .await?;
    w.changed(Kind::Grant, user_id, Verb::Revoked);
    w.audit(
        "org.staff_remove",
        format!("org:{org_id}"),
        json!({"user": user_id, "role": role.as_str()}),
    );
    w.commit().await
}

/// Staff and pending invitations of an organisation, for its owners.
pub async fn roster(
    app: &App,
    actor: &Actor,
    org_id: &str,
) -> Result<(Vec<(String, String, Role)>, Vec<Invitation>), AppError> {
    scope::own_org(app, actor, org_id, Permission::StaffManage).await?;
    let staff = accounts::holders_in(&app.stores.main, "organisation", org_id).await?;
    let pending = token_store::open_with(
        &app.stores.main,
        STAFF_INVITE,
        &format!("\"org_id\":\"{org_id}\""),
        app.now(),
    )
    .await?
    .iter()
    .filter_map(|d| serde_json::from_str(d).ok())
    .collect();
    Ok((staff, pending))
}
