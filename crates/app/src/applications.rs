//! Exhibitor review (S3.4), the fair's side: the reviewers of a fair see
//! the organisations that applied to exhibit there, each with its licence,
//! and approve (a verified exhibitor of that fair, counted for S5.5.1) or
//! reject with a reason the owner reads. Nobody reviews an organisation
//! they belong to. Everything is loaded through the fair in the path: an
//! organisation that did not apply to this fair is not found here.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::status::{ApplicationStatus, Decision};
use yz_store::applications;
pub use yz_store::applications::Application;
use yz_store::fairs::Fair;
use yz_store::organisations::{self, Organisation};

use crate::error::{AppError, AppResult};
use crate::organisations::{licence_file, owner_email};
use crate::{Actor, App, audit, mails, scope};

/// A fair's applications waiting for a decision, with the organisations.
pub async fn queue(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
) -> AppResult<(Fair, Vec<(Application, Organisation)>)> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::ExhibitorReview).await?;
    let mut out = Vec::new();
    for a in applications::waiting(&app.stores.main, &fair.id, 200).await? {
        if let Some(o) = organisations::by_id(&app.stores.main, &a.org_id).await? {
            out.push((a, o));
        }
    }
    Ok((fair, out))
}

/// One organisation's application to this fair (404 if it did not apply
/// here).
pub async fn get(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    org_id: &str,
) -> AppResult<(Fair, Application, Organisation)> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::ExhibitorReview).await?;
    let application = applications::get(&app.stores.main, &fair.id, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = organisations::by_id(&app.stores.main, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((fair, application, org))
}

/// The licence of an organisation that applied to this fair.
pub async fn licence(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    org_id: &str,
) -> AppResult<(Vec<u8>, String)> {
    let (fair, _, org) = get(app, actor, fair_slug, org_id).await?;
    let file = licence_file(app, &org).await?;
    // Reading a company's licence is access to its data: on the record.
    audit::ok(
        app,
        actor,
        "org.licence_view",
        &format!("org:{org_id}"),
        json!({"fair": fair.slug}),
    )
    .await?;
    Ok(file)
}

/// A reviewer's decision on an application to this fair; a rejection needs
/// a reason the owner will read.
pub async fn decide(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    org_id: &str,
    decision: Decision,
    reason: &str,
) -> AppResult<()> {
    let (fair, application, org) = get(app, actor, fair_slug, org_id).await?;
    let reason: String = reason.trim().chars().take(2000).collect();
    if scope::belongs_to(actor, org_id) {
        audit::refused(
            app,
            actor,
            "org.review",
            &format!("org:{org_id}"),
            json!({"fair": fair.slug, "reason": "own_organisation"}),
        )
        .await?;
        return Err(AppError::invalid("error-review-own-org"));
    }
    if decision == Decision::Rejected && reason.is_empty() {
        return Err(AppError::invalid("error-review-reason"));
    }
    if application.status != ApplicationStatus::Applied {
        return Err(AppError::invalid("error-org-not-submitted"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !applications::decide(
        &mut w.tx, &fair.id, org_id, decision, &reason, &actor.id, now,
    )
    .await?
    {
        return Err(AppError::invalid("error-org-not-submitted"));
    }
    if let Some((to, lang)) = owner_email(app, &org).await? {
        let mail = if decision.approved() {
            mails::org_approved(lang, &to, &org.legal_name_en, &fair)
        } else {
            mails::org_rejected(lang, &to, &org.legal_name_en, &fair, &reason)
        };
        w.mail(&mail).await?;
    }
    if decision.approved() {
        let facts = AnalyticsFacts {
            fair_id: Some(fair.id.clone()),
            actor_id: Some(org.id.clone()),
            industry: org.industries.first().map(|h| h.chars().take(2).collect()),
            ..Default::default()
        };
        w.event(EventKind::ExhibitorRegistered, &facts).await?;
    }
    let (action, verb) = if decision.approved() {
        ("org.approve", Verb::Approved)
    } else {
        ("org.reject", Verb::Rejected)
    };
    w.record(
        Change::new(Kind::Application, format!("{}:{org_id}", fair.id), verb).in_fair(&fair.id),
    );
    w.changed(Kind::Organisation, org_id, verb);
    w.audit(
        action,
        format!("org:{org_id}"),
        json!({"fair": fair.slug, "reason": reason}),
    );
    w.commit().await
}
