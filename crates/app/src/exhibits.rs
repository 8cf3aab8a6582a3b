//! Exhibits, the organisation's side: its staff write them (title,
//! description and selling points per language, the source language
//! marked), give trade terms and specifications, add media, and publish
//! once the organisation is a verified exhibitor of some fair. Publishing
//! counts an exhibit (S5.5.1).
//!
//! What visitors see is the live revision. A draft changes at once. An edit
//! of a published exhibit changes at once too unless a fair the
//! organisation exhibits at reviews content (S4.1.1): then it waits as a
//! pending revision, the live one stays, and the edit goes live when every
//! such fair approved it (`exhibit_review.rs`). What the reviewers approve
//! is what goes live: a later edit supersedes the pending revision and
//! starts its review again.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::lang::Lang;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::role::Scope;
use yz_domain::status::{ApplicationStatus, RevisionStatus};
use yz_store::exhibits;
pub use yz_store::exhibits::{Exhibit, Media, Text};
use yz_store::revisions;
pub use yz_store::revisions::{Content, Review, Revision};
use yz_store::{applications, fairs};

use crate::error::{AppError, AppResult};
use crate::work::Work;
use crate::{Actor, App, scope};

pub use yz_store::showcase::Card;

pub use crate::exhibit_input::{
    ExhibitInput, INCOTERMS, THUMBS, amount_input, extra_langs, format_amount, parse, parse_amount,
};

/// How an edit took effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Visitors see it (or it is a draft).
    Now,
    /// It waits for the fairs' reviewers as this revision.
    Pending(i64),
}

pub async fn create(
    app: &App,
    actor: &Actor,
    org_id: &str,
    input: &ExhibitInput,
) -> AppResult<String> {
    scope::own_org(app, actor, org_id, Permission::ExhibitEdit).await?;
    let (mut e, texts) = parse(input)?;
    e.org_id = org_id.to_owned();
    e.created_by = actor.id.clone();
    crate::quotas::exhibits_left(app, org_id).await?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    exhibits::save(&mut w.tx, &e, now).await?;
    for t in &texts {
        exhibits::put_text(&mut w.tx, &e.id, t).await?;
    }
    w.record(Change::new(Kind::Exhibit, &e.id, Verb::Created).of_org(&e.org_id));
    w.audit(
        "exhibit.create",
        format!("exhibit:{}", e.id),
        json!({"org": org_id}),
    );
    w.commit().await?;
    Ok(e.id)
}

/// Writes edited content of an exhibit in the caller's transaction: a draft
/// changes at once; a published exhibit at once where no fair reviews the
/// organisation's content, else as a new pending revision.
pub(crate) async fn write_content(
    w: &mut Work<'_>,
    e: &Exhibit,
    content: Content,
) -> AppResult<Effect> {
    let now = w.now();
    if !e.published() {
        exhibits::save(&mut w.tx, &content.applied_to(e), now).await?;
        exhibits::replace_texts(&mut w.tx, &e.id, &content.texts).await?;
        w.record(Change::new(Kind::Exhibit, &e.id, Verb::Changed).of_org(&e.org_id));
        return Ok(Effect::Now);
    }
    let reviewing = fairs::reviewing_fairs(&w.app().stores.main, &e.org_id).await?;
    let number = revisions::next_number(&mut w.tx, &e.id).await?;
    if reviewing.is_empty() {
        exhibits::save(&mut w.tx, &content.applied_to(e), now).await?;
        exhibits::replace_texts(&mut w.tx, &e.id, &content.texts).await?;
        put_revision(w, e, number, true, &content).await?;
        return Ok(Effect::Now);
    }
    put_revision(w, e, number, false, &content).await?;
    Ok(Effect::Pending(number))
}

/// Records revision `number` of a published exhibit in the caller's
/// transaction: `live`, it becomes what visitors see at once; otherwise it
/// waits for the reviewers of the fairs that review content.
async fn put_revision(
    w: &mut Work<'_>,
    e: &Exhibit,
    number: i64,
    live: bool,
    content: &Content,
) -> AppResult<()> {
    let (now, by) = (w.now(), w.actor().id.clone());
    let exhibit_id = e.id.as_str();
    if live {
        exhibits::set_revision(&mut w.tx, exhibit_id, number, now).await?;
        revisions::put(
            &mut w.tx,
            exhibit_id,
            number,
            RevisionStatus::Live,
            content,
            &by,
            now,
        )
        .await?;
        // What visitors see changed (it was already published).
        w.record(Change::new(Kind::Exhibit, exhibit_id, Verb::Changed).of_org(&e.org_id));
    } else {
        revisions::put(
            &mut w.tx,
            exhibit_id,
            number,
            RevisionStatus::Pending,
            content,
            &by,
            now,
        )
        .await?;
        w.changed(
            Kind::Revision,
            format!("{exhibit_id}:{number}"),
            Verb::Submitted,
        );
    }
    Ok(())
}

/// The revision a new media file of the exhibit belongs to, recorded in
/// the caller's transaction: the first publication for a draft; for a
/// published exhibit a new revision, live at once where no fair reviews the
/// organisation's content, else pending (superseding any pending one, so no
/// reviewer approves media they did not see).
pub(crate) async fn revision_for_media(w: &mut Work<'_>, e: &Exhibit) -> AppResult<i64> {
    if !e.published() {
        return Ok(1);
    }
    let app = w.app().clone();
    let reviewing = fairs::reviewing_fairs(&app.stores.main, &e.org_id).await?;
    let number = revisions::next_number(&mut w.tx, &e.id).await?;
    if reviewing.is_empty() {
        let live_texts = exhibits::texts(&app.stores.main, &e.id).await?;
        put_revision(w, e, number, true, &Content::of(e, &live_texts)).await?;
    } else {
        let (content, _) = working_content(&app, e).await?;
        put_revision(w, e, number, false, &content).await?;
    }
    Ok(number)
}

/// The content an edit starts from: the pending (or rejected) revision if
/// there is one, else what is live.
async fn working_content(app: &App, e: &Exhibit) -> AppResult<(Content, Option<Revision>)> {
    if e.published()
        && let Some(r) = revisions::latest_unpublished(&app.stores.main, &e.id).await?
    {
        return Ok((r.content.clone(), Some(r)));
    }
    let texts = exhibits::texts(&app.stores.main, &e.id).await?;
    Ok((Content::of(e, &texts), None))
}

pub async fn update(
    app: &App,
    actor: &Actor,
    org_id: &str,
    id: &str,
    input: &ExhibitInput,
) -> AppResult<Effect> {
    let current = scope::own_exhibit(app, actor, org_id, id).await?;
    let (parsed, mut texts) = parse(input)?;
    let (before, _) = working_content(app, &current).await?;
    for t in &mut texts {
        // A machine draft saved unchanged stays a machine draft.
        t.machine = before.texts.iter().any(|s| {
            s.machine
                && s.lang == t.lang
                && s.title == t.title
                && s.description == t.description
                && s.selling_points == t.selling_points
        });
    }
    let content = Content::of(&parsed, &texts);
    if content == before {
        return Ok(Effect::Now);
    }
    let mut w = app.work(actor).await?;
    let effect = write_content(&mut w, &current, content).await?;
    w.audit(
        "exhibit.update",
        format!("exhibit:{id}"),
        json!({"pending_revision": match effect { Effect::Pending(n) => Some(n), Effect::Now => None }}),
    );
    w.commit().await?;
    Ok(effect)
}

/// What publishing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// Live now (on the fairs that do not review content).
    Live,
    /// Waiting for the reviewers of every fair it would show on.
    SentForReview,
}

/// Publishes a draft of a verified exhibitor (of some fair) as revision 1:
/// it shows at once on the fairs that do not review content, and on the
/// others once their reviewers approved it.
pub async fn publish(app: &App, actor: &Actor, org_id: &str, id: &str) -> AppResult<Published> {
    let e = scope::own_exhibit(app, actor, org_id, id).await?;
    if e.published() {
        return Err(AppError::invalid("error-exhibit-published"));
    }
    let approved: Vec<_> = applications::of_org(&app.stores.main, org_id)
        .await?
        .into_iter()
        .filter(|(a, _)| a.status == ApplicationStatus::Approved)
        .collect();
    if approved.is_empty() {
        return Err(AppError::invalid("error-exhibit-unverified"));
    }
    let reviewing = fairs::reviewing_fairs(&app.stores.main, org_id).await?;
    let shown_now = approved
        .iter()
        .any(|(a, _)| !reviewing.iter().any(|f| f.id == a.fair_id));
    let texts = exhibits::texts(&app.stores.main, id).await?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !exhibits::publish(&mut w.tx, id, now).await? {
        return Err(AppError::invalid("error-exhibit-published"));
    }
    revisions::put(
        &mut w.tx,
        id,
        1,
        RevisionStatus::Live,
        &Content::of(&e, &texts),
        &actor.id,
        now,
    )
    .await?;
    let facts = AnalyticsFacts {
        actor_id: Some(e.org_id.clone()),
        industry: Some(e.hs_code.chars().take(2).collect()),
        ..Default::default()
    };
    w.event(EventKind::ExhibitPublished, &facts).await?;
    w.record(Change::new(Kind::Exhibit, id, Verb::Published).of_org(&e.org_id));
    w.audit("exhibit.publish", format!("exhibit:{id}"), json!({}));
    w.commit().await?;
    Ok(if shown_now {
        Published::Live
    } else {
        Published::SentForReview
    })
}

/// Fills every language the exhibit lacks with machine drafts translated
/// from its source text. Returns how many languages were filled.
pub async fn translate_missing(
    app: &App,
    actor: &Actor,
    org_id: &str,
    id: &str,
) -> AppResult<usize> {
    let e = scope::own_exhibit(app, actor, org_id, id).await?;
    let translator = app
        .translator
        .clone()
        .ok_or(AppError::invalid("error-translate-unavailable"))?;
    let (mut content, _) = working_content(app, &e).await?;
    let source_lang = Lang::parse(&content.source_lang).unwrap_or(Lang::DEFAULT);
    let source = content
        .texts
        .iter()
        .find(|t| t.lang == content.source_lang)
        .cloned()
        .ok_or(AppError::invalid("error-exhibit-title"))?;
    let parts = vec![
        source.title.clone(),
        source.description.clone(),
        source.selling_points.clone(),
    ];
    let mut filled = Vec::new();
    for lang in Lang::ALL {
        if content.texts.iter().any(|t| t.lang == lang.tag()) {
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
        filled.push(lang.tag().to_owned());
        content.texts.push(Text {
            lang: lang.tag().to_owned(),
            title: cut(out.first().map(String::as_str).unwrap_or(""), 200),
            description: cut(out.get(1).map(String::as_str).unwrap_or(""), 10_000),
            selling_points: cut(out.get(2).map(String::as_str).unwrap_or(""), 2_000),
            machine: true,
        });
    }
    if filled.is_empty() {
        return Ok(0);
    }
    let mut w = app.work(actor).await?;
    write_content(&mut w, &e, content).await?;
    w.audit(
        "exhibit.translate",
        format!("exhibit:{id}"),
        json!({ "languages": filled }),
    );
    w.commit().await?;
    Ok(filled.len())
}

/// One fair's word on this exhibit, for its editor.
#[derive(Debug, Clone)]
pub struct FairReview {
    pub fair_slug: String,
    pub fair_name_zh: String,
    pub fair_name_en: String,
    /// On the live revision: None while it waits.
    pub live: Option<Review>,
    /// On the pending revision, if there is one.
    pub pending: Option<Review>,
}

/// The editor's view of an exhibit: what is live, what waits, and each
/// reviewing fair's decisions.
pub struct Editor {
    pub exhibit: Exhibit,
    /// The content the form shows: the latest edit, pending or rejected,
    /// else what is live.
    pub content: Content,
    /// The revision that waits or was refused, if any.
    pub revision: Option<Revision>,
    pub media: Vec<Media>,
    pub reviews: Vec<FairReview>,
    /// Its live version shows on at least one fair.
    pub shown: bool,
}

pub async fn editor(app: &App, actor: &Actor, org_id: &str, id: &str) -> AppResult<Editor> {
    let e = scope::own_exhibit(app, actor, org_id, id).await?;
    let (content, revision) = working_content(app, &e).await?;
    let media = exhibits::media_of(&app.stores.main, id).await?;
    let all = revisions::reviews_of(&app.stores.main, id).await?;
    let mut reviews = Vec::new();
    for f in fairs::reviewing_fairs(&app.stores.main, org_id).await? {
        let on = |rev: i64| {
            all.iter()
                .find(|r| r.fair_id == f.id && r.revision == rev)
                .cloned()
        };
        reviews.push(FairReview {
            live: e.published().then(|| on(e.revision)).flatten(),
            pending: revision.as_ref().and_then(|r| on(r.number)),
            fair_slug: f.slug,
            fair_name_zh: f.name_zh,
            fair_name_en: f.name_en,
        });
    }
    let shown = exhibits::is_live(&app.stores.main, id, None).await?;
    Ok(Editor {
        exhibit: e,
        content,
        revision,
        media,
        reviews,
        shown,
    })
}

/// An organisation's exhibits for its staff, with their state.
pub async fn list(
    app: &App,
    actor: &Actor,
    org_id: &str,
    lang: Lang,
) -> AppResult<Vec<exhibits::Listed>> {
    scope::require(
        actor,
        Permission::ExhibitEdit,
        &Scope::Organisation(org_id.to_owned()),
    )?;
    Ok(exhibits::of_org(&app.stores.main, org_id, lang.tag()).await?)
}
