//! Booth booking: a verified organisation requests a free booth before the
//! show opens (the first request holds it; concurrent ones are refused),
//! and the fair's organizers approve or reject.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::role::Scope;
use yz_store::fairs;
use yz_store::organisations;

use crate::Actor;
use crate::App;
use crate::actor::Principal;
use crate::error::{AppError, AppResult};
use crate::mails;

/// How many booths one organisation may hold in a fair.
pub const MAX_BOOTHS_PER_ORG: usize = 4;

pub async fn request(
    app: &App,
    actor: &Actor,
    org_id: &str,
    fair_slug: &str,
    code: &str,
) -> AppResult<()> {
    let org = organisations::by_id(&app.stores.main, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !org.verified() {
        return Err(AppError::invalid("error-booth-unverified"));
    }
    let fair = fairs::by_slug(&app.stores.main, fair_slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = app.now();
    if !fair.schedule.phase_at(now).booking_open() {
        return Err(AppError::invalid("error-booking-closed"));
    }
    let booth = fairs::booth(
        &app.stores.main,
        &fair.id,
        &code.trim().to_ascii_uppercase(),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    if fairs::booths_of_org(&app.stores.main, &fair.id, org_id)
        .await?
        .len()
        >= MAX_BOOTHS_PER_ORG
    {
        return Err(AppError::invalid("error-booth-limit"));
    }
    let mut w = app.work(actor).await?;
    if !fairs::request_booth(&mut w.tx, &booth.id, org_id, &actor.id, now).await? {
        return Err(AppError::invalid("error-booth-taken"));
    }
    w.record(Change::new(Kind::Booth, &booth.id, Verb::Requested).in_fair(&fair.id));
    w.audit(
        "booth.request",
        format!("booth:{}:{}", fair.slug, booth.code),
        json!({"fair": fair.slug, "booth": booth.code, "org": org_id}),
    );
    w.commit().await
}

pub async fn decide(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    code: &str,
    approve: bool,
) -> AppResult<()> {
    let fair = fairs::by_slug(&app.stores.main, fair_slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let booth = fairs::booth(&app.stores.main, &fair.id, code)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !fairs::decide_booth(&mut w.tx, &booth.id, approve, &actor.id, now).await? {
        return Err(AppError::invalid("error-booth-not-requested"));
    }
    if let Some(org_id) = &booth.org_id
        && let Some(org) = organisations::by_id(&app.stores.main, org_id).await?
        && let Some(owner) = yz_store::accounts::by_id(&app.stores.main, &org.created_by).await?
    {
        let lang = owner
            .lang
            .as_deref()
            .and_then(yz_domain::lang::Lang::parse)
            .unwrap_or(yz_domain::lang::Lang::DEFAULT);
        w.mail(&mails::booth_decided(
            lang,
            &owner.email,
            &booth.code,
            approve,
        ))
        .await?;
    }
    let (action, verb) = if approve {
        ("booth.approve", Verb::Approved)
    } else {
        ("booth.reject", Verb::Rejected)
    };
    w.record(Change::new(Kind::Booth, &booth.id, verb).in_fair(&fair.id));
    w.audit(
        action,
        format!("booth:{}:{}", fair.slug, booth.code),
        json!({"org": booth.org_id}),
    );
    w.commit().await
}

/// The caller's verified organisations (to offer on a free booth).
pub async fn bookable_orgs(app: &App, p: &Principal) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    for g in &p.grants {
        if let Scope::Organisation(id) = &g.scope
            && p.can_in(Permission::BoothManage, &g.scope)
            && let Some(org) = organisations::by_id(&app.stores.main, id).await?
            && org.verified()
        {
            out.push((org.id, org.legal_name_en));
        }
    }
    Ok(out)
}
