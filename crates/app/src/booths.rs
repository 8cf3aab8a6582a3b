//! Booth booking. An organisation with a complete profile (its licence
//! uploaded) requests a free booth before the show opens; the first
//! request holds it (concurrent ones are refused). Requesting a booth is
//! the organisation's application to exhibit at that fair, which the
//! fair's reviewers decide (`applications.rs`); the organizers approve the
//! booth once the organisation is a verified exhibitor of the fair.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::role::Scope;
use yz_domain::status::{ApplicationStatus, BoothStatus, Decision};
use yz_store::{applications, fairs, organisations};

use crate::account::lang_of;
use crate::error::{AppError, AppResult};
use crate::{Actor, App, mails, scope};

/// How many booths one organisation may hold in a fair.
pub const MAX_BOOTHS_PER_ORG: usize = 4;

pub async fn request(
    app: &App,
    actor: &Actor,
    org_id: &str,
    fair_slug: &str,
    code: &str,
) -> AppResult<()> {
    let org = scope::own_org(app, actor, org_id, Permission::BoothManage).await?;
    if org.licence_key.is_none() {
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
    let before = applications::get(&app.stores.main, &fair.id, org_id)
        .await?
        .map(|a| a.status);
    let after = applications::apply(&mut w.tx, &fair.id, org_id, &actor.id, now).await?;
    if before != Some(after) && after == ApplicationStatus::Applied {
        crate::organisations::submitted(&mut w, &org, &fair).await?;
    }
    w.record(Change::new(Kind::Booth, &booth.id, Verb::Requested).in_fair(&fair.id));
    w.audit(
        "booth.request",
        format!("booth:{}:{}", fair.slug, booth.code),
        json!({"fair": fair.slug, "booth": booth.code, "org": org_id}),
    );
    w.commit().await
}

/// The organizers' decision on a requested booth of their fair; a booth is
/// approved only for a verified exhibitor of the fair.
pub async fn decide(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    code: &str,
    decision: Decision,
) -> AppResult<()> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::FairManage).await?;
    let booth = fairs::booth(&app.stores.main, &fair.id, code)
        .await?
        .ok_or(AppError::NotFound)?;
    if booth.status != BoothStatus::Requested {
        return Err(AppError::invalid("error-booth-not-requested"));
    }
    let org_id = booth.org_id.clone().ok_or(AppError::NotFound)?;
    if decision.approved() {
        let verified = applications::get(&app.stores.main, &fair.id, &org_id)
            .await?
            .is_some_and(|a| a.status == ApplicationStatus::Approved);
        if !verified {
            return Err(AppError::invalid("error-booth-org-unreviewed"));
        }
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !fairs::decide_booth(&mut w.tx, &booth.id, decision.approved(), &actor.id, now).await? {
        return Err(AppError::invalid("error-booth-not-requested"));
    }
    if let Some(org) = organisations::by_id(&app.stores.main, &org_id).await?
        && let Some(owner) = yz_store::accounts::by_id(&app.stores.main, &org.created_by).await?
    {
        let lang = lang_of(&owner, yz_domain::lang::Lang::DEFAULT);
        w.mail(&mails::booth_decided(
            lang,
            &owner.email,
            &booth.code,
            decision.approved(),
        ))
        .await?;
    }
    let (action, verb) = if decision.approved() {
        ("booth.approve", Verb::Approved)
    } else {
        ("booth.reject", Verb::Rejected)
    };
    w.record(Change::new(Kind::Booth, &booth.id, verb).in_fair(&fair.id));
    w.audit(
        action,
        format!("booth:{}:{}", fair.slug, booth.code),
        json!({"org": org_id}),
    );
    w.commit().await
}

/// The actor's organisations that may request a booth: those they manage
/// booths for, with a licence uploaded: (id, name).
pub async fn bookable_orgs(app: &App, actor: &Actor) -> AppResult<Vec<(String, String)>> {
    let Some(p) = actor.full_user() else {
        return Ok(vec![]);
    };
    let mut out = Vec::new();
    for g in &p.grants {
        if let Scope::Organisation(id) = &g.scope
            && p.can_in(Permission::BoothManage, &g.scope)
            && let Some(org) = organisations::by_id(&app.stores.main, id).await?
            && org.licence_key.is_some()
            && !out.iter().any(|(o, _): &(String, String)| o == id)
        {
            out.push((org.id, org.legal_name_en));
        }
    }
    Ok(out)
}

/// The booths of a fair waiting for the organizers: (booth code,
/// organisation, whether it is a verified exhibitor of the fair).
pub async fn requests(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
) -> AppResult<(
    fairs::Fair,
    Vec<(String, organisations::Organisation, bool)>,
)> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::FairManage).await?;
    let mut out = Vec::new();
    for b in fairs::requested_booths(&app.stores.main, &fair.id).await? {
        let Some(org_id) = &b.org_id else { continue };
        if let Some(org) = organisations::by_id(&app.stores.main, org_id).await? {
            let verified = applications::get(&app.stores.main, &fair.id, org_id)
                .await?
                .is_some_and(|a| a.status == ApplicationStatus::Approved);
            out.push((b.code, org, verified));
        }
    }
    Ok((fair, out))
}
