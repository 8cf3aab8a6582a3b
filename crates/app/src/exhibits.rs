//! Exhibits: an organisation's staff write them (title, description and
//! selling points per language, the source language marked), give trade
//! terms and specifications, add images, and publish once the organisation
//! is verified. Publishing counts an exhibit (S5.5.1).

use crate::work::Work;
use serde_json::json;
use yz_domain::change::{Kind, Verb};
use yz_domain::lang::Lang;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::exhibits::{self, Exhibit, Text};
use yz_store::organisations;

use crate::Actor;
use crate::App;
use crate::error::{AppError, AppResult};

pub use super::exhibit_input::{
    ExhibitInput, INCOTERMS, THUMBS, amount_input, extra_langs, format_amount, parse, parse_amount,
};

pub async fn create(
    app: &App,
    actor: &Actor,
    org_id: &str,
    input: &ExhibitInput,
) -> AppResult<String> {
    organisations::by_id(&app.stores.main, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (mut e, texts) = parse(input)?;
    e.org_id = org_id.to_owned();
    e.created_by = actor.id.clone();
    let mut w = app.work(actor).await?;
    let now = w.now();
    exhibits::save(&mut w.tx, &e, now).await?;
    for t in &texts {
        exhibits::put_text(&mut w.tx, &e.id, t).await?;
    }
    w.changed(Kind::Exhibit, &e.id, Verb::Created);
    w.audit(
        "exhibit.create",
        format!("exhibit:{}", e.id),
        json!({"org": org_id}),
    );
    w.commit().await?;
    Ok(e.id)
}

/// The exhibit, if it belongs to the organisation (else 404).
pub async fn of_org(app: &App, org_id: &str, id: &str) -> Result<Exhibit, AppError> {
    exhibits::by_id(&app.stores.main, id)
        .await?
        .filter(|e| e.org_id == org_id)
        .ok_or(AppError::NotFound)
}

pub async fn update(
    app: &App,
    actor: &Actor,
    org_id: &str,
    id: &str,
    input: &ExhibitInput,
) -> AppResult<()> {
    let current = of_org(app, org_id, id).await?;
    let (mut e, mut texts) = parse(input)?;
    let stored = exhibits::texts(&app.stores.main, id).await?;
    for t in &mut texts {
        // A machine draft saved unchanged stays a machine draft.
        t.machine = stored.iter().any(|s| {
            s.machine
                && s.lang == t.lang
                && s.title == t.title
                && s.description == t.description
                && s.selling_points == t.selling_points
        });
    }
    e.id = current.id.clone();
    e.org_id = current.org_id.clone();
    e.status = current.status.clone();
    e.created_by = current.created_by.clone();
    let mut w = app.work(actor).await?;
    let now = w.now();
    exhibits::save(&mut w.tx, &e, now).await?;
    for t in &texts {
        exhibits::put_text(&mut w.tx, &e.id, t).await?;
    }
    w.changed(Kind::Exhibit, id, Verb::Changed);
    w.audit("exhibit.update", format!("exhibit:{id}"), json!({}));
    w.commit().await
}

/// What publishing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// Live now.
    Live,
    /// Waiting for the fair's reviewers.
    SentForReview,
}

/// Publishes an exhibit of a verified organisation: at once where every fair
/// it exhibits at allows that, else it goes to review.
pub async fn publish(app: &App, actor: &Actor, org_id: &str, id: &str) -> AppResult<Published> {
    let e = of_org(app, org_id, id).await?;
    let org = organisations::by_id(&app.stores.main, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !org.verified() {
        return Err(AppError::invalid("error-exhibit-unverified"));
    }
    if e.status == "published" {
        return Err(AppError::invalid("error-exhibit-published"));
    }
    if e.review == "pending" {
        return Err(AppError::invalid("error-exhibit-pending"));
    }
    if yz_store::fairs::exhibits_need_review(&app.stores.main, org_id).await? {
        let mut w = app.work(actor).await?;
        let now = w.now();
        if !exhibits::submit(&mut w.tx, id, now).await? {
            return Err(AppError::invalid("error-exhibit-pending"));
        }
        w.changed(Kind::Exhibit, id, Verb::Submitted);
        w.audit("exhibit.submit", format!("exhibit:{id}"), json!({}));
        w.commit().await?;
        return Ok(Published::SentForReview);
    }
    let mut w = app.work(actor).await?;
    go_live(&mut w, &e).await?;
    w.audit("exhibit.publish", format!("exhibit:{id}"), json!({}));
    w.commit().await?;
    Ok(Published::Live)
}

/// Publishes with the S5.5.1 event, in the caller's transaction.
async fn go_live(w: &mut Work<'_>, e: &Exhibit) -> AppResult<()> {
    let now = w.now();
    if !exhibits::publish(&mut w.tx, &e.id, now).await? {
        return Err(AppError::invalid("error-exhibit-published"));
    }
    let facts = AnalyticsFacts {
        actor_id: Some(e.org_id.clone()),
        industry: Some(e.hs_code.chars().take(2).collect()),
        ..Default::default()
    };
    w.event(EventKind::ExhibitPublished, &facts).await?;
    notify_owner(w, e, true, "").await?;
    w.changed(Kind::Exhibit, &e.id, Verb::Published);
    Ok(())
}

async fn notify_owner(
    w: &mut Work<'_>,
    e: &Exhibit,
    approved: bool,
    reason: &str,
) -> AppResult<()> {
    let app = w.app().clone();
    if e.review != "pending" {
        return Ok(());
    }
    let Some(org) = organisations::by_id(&app.stores.main, &e.org_id).await? else {
        return Ok(());
    };
    if let Some((to, lang)) = super::organisations::owner_email(&app, &org).await? {
        let title = exhibits::texts(&app.stores.main, &e.id)
            .await?
            .into_iter()
            .find(|t| t.lang == e.source_lang)
            .map(|t| t.title)
            .unwrap_or_default();
        w.mail(&super::mails::exhibit_decided(
            lang, &to, &title, approved, reason,
        ))
        .await?;
    }
    Ok(())
}

/// A reviewer approves (publishes) or rejects a pending exhibit.
pub async fn decide(
    app: &App,
    actor: &Actor,
    id: &str,
    approve: bool,
    reason: &str,
) -> AppResult<()> {
    let e = exhibits::by_id(&app.stores.main, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if e.review != "pending" {
        return Err(AppError::invalid("error-exhibit-not-pending"));
    }
    let reason: String = reason.trim().chars().take(2000).collect();
    if !approve && reason.is_empty() {
        return Err(AppError::invalid("error-review-reason"));
    }
    let mut w = app.work(actor).await?;
    if approve {
        go_live(&mut w, &e).await?;
    } else {
        let now = w.now();
        if !exhibits::reject(&mut w.tx, id, &reason, now).await? {
            return Err(AppError::invalid("error-exhibit-not-pending"));
        }
        notify_owner(&mut w, &e, false, &reason).await?;
        w.changed(Kind::Exhibit, id, Verb::Rejected);
    }
    let action = if approve {
        "exhibit.approve"
    } else {
        "exhibit.reject"
    };
    w.audit(action, format!("exhibit:{id}"), json!({"reason": reason}));
    w.commit().await
}

/// Fills every language the exhibit lacks with machine drafts translated
/// from its source text. Returns how many languages were filled.
pub async fn translate_missing(
    app: &App,
    actor: &Actor,
    org_id: &str,
    id: &str,
) -> AppResult<usize> {
    let e = of_org(app, org_id, id).await?;
    let translator = app
        .translator
        .clone()
        .ok_or(AppError::invalid("error-translate-unavailable"))?;
    let texts = exhibits::texts(&app.stores.main, id).await?;
    let source_lang = Lang::parse(&e.source_lang).unwrap_or(Lang::DEFAULT);
    let source = texts
        .iter()
        .find(|t| t.lang == e.source_lang)
        .cloned()
        .ok_or(AppError::invalid("error-exhibit-title"))?;
    let parts = vec![
        source.title.clone(),
        source.description.clone(),
        source.selling_points.clone(),
    ];
    let mut drafts = Vec::new();
    for lang in Lang::ALL {
        if texts.iter().any(|t| t.lang == lang.tag()) {
            continue;
        }
        let out = translator
            .translate(&parts, source_lang, lang)
            .await
            .map_err(|err| {
                tracing::warn!(error = %err, "machine translation failed");
                AppError::invalid("error-translate-unavailable")
            })?;
        let cut = |s: &str, n: usize| {
            s.chars()
                .filter(|c| !c.is_control() || *c == '\n')
                .take(n)
                .collect::<String>()
        };
        drafts.push(Text {
            lang: lang.tag().to_owned(),
            title: cut(out.first().map(String::as_str).unwrap_or(""), 200),
            description: cut(out.get(1).map(String::as_str).unwrap_or(""), 10_000),
            selling_points: cut(out.get(2).map(String::as_str).unwrap_or(""), 2_000),
            machine: true,
        });
    }
    let mut w = app.work(actor).await?;
    for t in &drafts {
        exhibits::put_text(&mut w.tx, id, t).await?;
    }
    w.changed(Kind::Exhibit, id, Verb::Changed);
    w.audit(
        "exhibit.translate",
        format!("exhibit:{id}"),
        json!({"languages": drafts.iter().map(|t| t.lang.clone()).collect::<Vec<_>>()}),
    );
    w.commit().await?;
    Ok(drafts.len())
}
