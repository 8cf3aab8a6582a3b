//! Exhibit review before publication (S4.1.1), a fair's side. Where a
//! fair's organizer asks for it, that fair's reviewers approve each
//! exhibit of its exhibitors before it shows there, and each later edit
//! (a pending revision) before it goes live. An edit goes live once every
//! fair that reviews the organisation's content approved it; a rejection
//! by any of them keeps the live version and tells the owner why.
//!
//! Everything is loaded through the fair in the path: an exhibit of an
//! organisation that did not apply to this fair is not found here. A
//! decision names the revision the reviewer saw; if the exhibitor changed
//! it since, the decision is refused.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::lang::Lang;
use yz_domain::status::{ApplicationStatus, Decision, RevisionStatus};
use yz_store::exhibits::{self, Exhibit, Media, Text};
use yz_store::fairs::Fair;
use yz_store::revisions::{self, Content, Revision};

use yz_store::{applications, organisations};

use crate::error::{AppError, AppResult, Msg};
use crate::organisations::owner_email;
use crate::{Actor, App, mails, scope};

/// One thing waiting for the fair's reviewers.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub exhibit_id: String,
    pub revision: i64,
    /// An edit of an exhibit that is live, rather than a new exhibit.
    pub edit: bool,
    pub title: String,
    pub hs_code: String,
}

pub async fn queue(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    lang: Lang,
) -> AppResult<(Fair, Vec<QueueItem>)> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::ExhibitorReview).await?;
    let items = revisions::queue(&app.stores.main, &fair.id, lang.tag(), 500)
        .await?
        .into_iter()
        .map(|(exhibit_id, revision, edit, title, hs_code)| QueueItem {
            exhibit_id,
            revision,
            edit,
            title,
            hs_code,
        })
        .collect();
    Ok((fair, items))
}

/// An exhibit of an organisation that applied to this fair, if the fair
/// reviews content (else there is nothing to review here: 404).
async fn in_fair(app: &App, fair: &Fair, id: &str) -> AppResult<Exhibit> {
    if !fair.exhibit_review {
        return Err(AppError::NotFound);
    }
    let e = exhibits::by_id(&app.stores.main, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let applied = applications::get(&app.stores.main, &fair.id, &e.org_id)
        .await?
        .is_some_and(|a| a.status != ApplicationStatus::Rejected);
    if !applied {
        return Err(AppError::NotFound);
    }
    Ok(e)
}

/// A field the reviewer sees changed: (label key, before, after).
pub type Changed = (&'static str, String, String);

/// What a reviewer sees of one revision.
pub struct Item {
    pub fair: Fair,
    pub exhibit: Exhibit,
    pub org_name: (String, String),
    /// The revision to decide.
    pub revision: i64,
    /// Its content (for an edit, the pending revision's).
    pub content: Content,
    /// What changed against the live version (empty for a new exhibit).
    pub changes: Vec<Changed>,
    /// Media of the exhibit up to this revision; the new ones flagged.
    pub media: Vec<(Media, bool)>,
    /// This fair's decision on it, if it made one.
    pub decided: Option<revisions::Review>,
}

fn texts_of(c: &Content, lang: &str) -> Text {
    c.texts
        .iter()
        .find(|t| t.lang == lang)
        .cloned()
        .unwrap_or_default()
}

/// The fields that differ between two contents, for the reviewer.
pub fn diff(before: &Content, after: &Content) -> Vec<Changed> {
    let mut out = Vec::new();
    let mut field = |key: &'static str, a: String, b: String| {
        if a != b {
            out.push((key, a, b));
        }
    };
    let langs: std::collections::BTreeSet<&str> = before
        .texts
        .iter()
        .chain(&after.texts)
        .map(|t| t.lang.as_str())
        .collect();
    for lang in langs {
        let (a, b) = (texts_of(before, lang), texts_of(after, lang));
        let tag = |s: String| format!("[{lang}] {s}");
        field("exhibit-title", tag(a.title), tag(b.title));
        field(
            "exhibit-description",
            tag(a.description),
            tag(b.description),
        );
        field(
            "exhibit-points",
            tag(a.selling_points),
            tag(b.selling_points),
        );
    }
    field("exhibit-hs", before.hs_code.clone(), after.hs_code.clone());
    field(
        "exhibit-model",
        before.model_number.clone(),
        after.model_number.clone(),
    );
    let price = |c: &Content| {
        crate::exhibit_input::price_range(c.price_min_minor, c.price_max_minor, &c.currency)
    };
    field("exhibit-price", price(before), price(after));
    let n = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    field("exhibit-moq", n(before.moq), n(after.moq));
    field(
        "exhibit-lead-time",
        n(before.lead_time_days),
        n(after.lead_time_days),
    );
    field(
        "exhibit-incoterms",
        before.incoterms.join(", "),
        after.incoterms.join(", "),
    );
    field(
        "exhibit-ports",
        before.ports.join(", "),
        after.ports.join(", "),
    );
    let specs = |c: &Content| {
        c.specs
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    field("exhibit-specs", specs(before), specs(after));
    out
}

/// The revision of an exhibit a reviewer of this fair opens.
pub async fn item(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    id: &str,
    revision: Option<i64>,
) -> AppResult<Item> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::ExhibitorReview).await?;
    let e = in_fair(app, &fair, id).await?;
    // Drafts are the exhibitor's own until published.
    if !e.published() {
        return Err(AppError::NotFound);
    }
    let pending = revisions::pending(&app.stores.main, id).await?;
    let number = revision
        .or(pending.as_ref().map(|p| p.number))
        .unwrap_or(e.revision);
    let live_texts = exhibits::texts(&app.stores.main, id).await?;
    let live = Content::of(&e, &live_texts);
    let (content, changes) = if number == e.revision {
        (live, vec![])
    } else if number > e.revision
        && let Some(r) = revisions::get(&app.stores.main, id, number).await?
    {
        let changes = diff(&live, &r.content);
        (r.content, changes)
    } else {
        return Err(AppError::NotFound);
    };
    let media = exhibits::media_of(&app.stores.main, id)
        .await?
        .into_iter()
        .filter(|m| m.revision <= number)
        .map(|m| {
            let new = m.revision > e.revision;
            (m, new)
        })
        .collect();
    let decided = revisions::reviews_of(&app.stores.main, id)
        .await?
        .into_iter()
        .find(|r| r.fair_id == fair.id && r.revision == number);
    let org = organisations::by_id(&app.stores.main, &e.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Item {
        fair,
        org_name: (org.legal_name_zh, org.legal_name_en),
        exhibit: e,
        revision: number,
        content,
        changes,
        media,
        decided,
    })
}

/// A media file of an exhibit under review on this fair, for its
/// reviewers (whatever its revision).
pub async fn media(app: &App, actor: &Actor, fair_slug: &str, media_id: &str) -> AppResult<Media> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::ExhibitorReview).await?;
    let m = exhibits::media(&app.stores.main, media_id)
        .await?
        .ok_or(AppError::NotFound)?;
    in_fair(app, &fair, &m.exhibit_id).await?;
    Ok(m)
}

/// A reviewer of this fair approves or rejects one revision of an exhibit.
pub async fn decide(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    id: &str,
    revision: i64,
    decision: Decision,
    reason: &str,
) -> AppResult<()> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::ExhibitorReview).await?;
    let e = in_fair(app, &fair, id).await?;
    if scope::belongs_to(actor, &e.org_id) {
        return Err(AppError::invalid("error-review-own-org"));
    }
    let reason: String = reason.trim().chars().take(2000).collect();
    if decision == Decision::Rejected && reason.is_empty() {
        return Err(AppError::invalid("error-review-reason"));
    }
    if !e.published() {
        return Err(AppError::invalid("error-exhibit-not-pending"));
    }
    let pending = revisions::pending(&app.stores.main, id).await?;
    let is_pending = pending.as_ref().is_some_and(|p| p.number == revision);
    if revision != e.revision && !is_pending {
        // The exhibitor changed it since the reviewer opened it.
        return Err(AppError::Conflict(Msg::new("error-revision-changed")));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !revisions::decide(
        &mut w.tx, id, &fair.id, revision, decision, &reason, &actor.id, now,
    )
    .await?
    {
        return Err(AppError::invalid("error-exhibit-not-pending"));
    }
    let mut went_live = false;
    if is_pending {
        if decision == Decision::Rejected {
            revisions::set_status(
                &mut w.tx,
                id,
                revision,
                RevisionStatus::Pending,
                RevisionStatus::Rejected,
            )
            .await?;
        } else if revisions::approvals_missing(&mut w.tx, id, &e.org_id, revision).await? == 0 {
            go_live(&mut w, &e, pending.as_ref()).await?;
            went_live = true;
        }
    }
    notify_owner(&mut w, &e, &fair, decision, &reason).await?;
    let verb = if decision.approved() {
        Verb::Approved
    } else {
        Verb::Rejected
    };
    w.record(
        Change::new(Kind::Exhibit, id, verb)
            .in_fair(&fair.id)
            .of_org(&e.org_id),
    );
    w.audit(
        if decision.approved() {
            "exhibit.approve"
        } else {
            "exhibit.reject"
        },
        format!("exhibit:{id}"),
        json!({"fair": fair.slug, "revision": revision, "reason": reason, "live": went_live}),
    );
    w.commit().await
}

/// Makes the approved pending revision what visitors see.
async fn go_live(
    w: &mut crate::work::Work<'_>,
    e: &Exhibit,
    pending: Option<&Revision>,
) -> AppResult<()> {
    let Some(r) = pending else { return Ok(()) };
    let now = w.now();
    exhibits::save(&mut w.tx, &r.content.applied_to(e), now).await?;
    exhibits::replace_texts(&mut w.tx, &e.id, &r.content.texts).await?;
    exhibits::set_revision(&mut w.tx, &e.id, r.number, now).await?;
    revisions::set_status(
        &mut w.tx,
        &e.id,
        r.number,
        RevisionStatus::Pending,
        RevisionStatus::Live,
    )
    .await?;
    // An edit of what visitors already see: the live content changed.
    w.record(Change::new(Kind::Exhibit, &e.id, Verb::Changed).of_org(&e.org_id));
    Ok(())
}

async fn notify_owner(
    w: &mut crate::work::Work<'_>,
    e: &Exhibit,
    fair: &Fair,
    decision: Decision,
    reason: &str,
) -> AppResult<()> {
    let app = w.app().clone();
    let Some(org) = organisations::by_id(&app.stores.main, &e.org_id).await? else {
        return Ok(());
    };
    if let Some((to, lang)) = owner_email(&app, &org).await? {
        let title = exhibits::title(&app.stores.main, &e.id, lang.tag())
            .await?
            .unwrap_or_default();
        let title = format!("{title} ({})", fair.slug);
        w.mail(&mails::exhibit_decided(
            lang,
            &to,
            &title,
            decision.approved(),
            reason,
        ))
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(title: &str, price: i64) -> Content {
        Content {
            source_lang: "en".into(),
            hs_code: "940161".into(),
            price_min_minor: Some(price),
            currency: "USD".into(),
            texts: vec![Text {
                lang: "en".into(),
                title: title.into(),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn the_reviewer_sees_exactly_what_changed() {
        let a = content("Oak chair", 2500);
        let b = content("Oak chair, walnut finish", 2500);
        let d = diff(&a, &b);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, "exhibit-title");
        assert!(d[0].2.contains("walnut"));
        assert!(diff(&a, &a).is_empty());
        let c = content("Oak chair", 1999);
        assert_eq!(diff(&a, &c)[0].0, "exhibit-price");
    }
}
