//! Exhibits: the organisation's editor pages, the public exhibit page and
//! the media files.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_app::exhibits::{Effect, Media};
use yz_app::favourites::FavouriteKind;
use yz_domain::kinds::MediaKind;
use yz_domain::measures::EventKind;
use yz_domain::status::{Decision, RevisionStatus};
use yz_domain::visibility::Restriction;

use super::form_errors;
use super::{Chrome, render, render_status, see_other};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::AppError;
use yz_app::exhibit_input::price_range;
use yz_app::exhibit_media::Gallery;
use yz_app::exhibits as svc;

pub use super::exhibit_form::{ExhibitForm, ExtraText};

// ---- the organisation's pages -----------------------------------------------------

#[derive(Template)]
#[template(path = "exhibits/list.html")]
pub struct ListPage {
    pub c: Chrome,
    pub org: String,
    pub errors: Vec<String>,
    pub rows: Vec<(String, String, String)>,
    pub f: ExhibitForm,
    pub extras: Vec<ExtraText>,
}

/// The label of an exhibit's state: a draft, sent to review but shown
/// nowhere yet, or published (shown on at least one fair).
fn status_key(published: bool, shown: bool) -> &'static str {
    match (published, shown) {
        (false, _) => "exhibit-draft",
        (true, false) => "exhibit-pending",
        (true, true) => "exhibit-published",
    }
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    errors: Vec<String>,
    f: ExhibitForm,
) -> WebResult<Response> {
    let list = svc::list(state, &ctx.actor(), org, ctx.lang()).await?;
    let c = Chrome::new(state, ctx).await;
    let rows = list
        .into_iter()
        .map(|l| {
            let mut status = c.t(status_key(l.exhibit.published(), l.shown));
            if l.edit_pending {
                status = format!("{status} · {}", c.t("exhibit-edit-pending"));
            }
            (l.exhibit.id, l.title, status)
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &ListPage {
            c,
            org: org.to_owned(),
            errors,
            rows,
            extras: f.extras(&[]),
            f,
        },
    ))
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> WebResult<Response> {
    let f = ExhibitForm {
        source_lang: ctx.lang().tag().into(),
        currency: "USD".into(),
        ..Default::default()
    };
    list_page(&state, &ctx, &org, vec![], f).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Form(f): Form<ExhibitForm>,
) -> WebResult<Response> {
    match svc::create(&state, &ctx.actor(), &org, &f.input()).await {
        Ok(id) => Ok(see_other(&format!("/org/{org}/exhibits/{id}"))),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            list_page(&state, &ctx, &org, errors, f).await
        }
    }
}

#[derive(Template)]
#[template(path = "exhibits/edit.html")]
pub struct EditPage {
    pub c: Chrome,
    pub org: String,
    pub id: String,
    pub status: String,
    pub published: bool,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub f: ExhibitForm,
    pub media: Vec<Media>,
    /// The latest edit not live yet: (revision, waiting (else rejected)).
    pub revision: Option<(i64, bool)>,
    /// Per reviewing fair: (fair, on what is live, on the edit).
    /// Per reviewing fair: (slug, name, on the live version, on the edit).
    pub reviews: Vec<(String, String, String, String)>,
    pub countries: String,
    pub trade_only: bool,
    pub extras: Vec<ExtraText>,
    pub can_translate: bool,
}

/// The label key of a media kind.
pub fn kind_key(kind: MediaKind) -> &'static str {
    match kind {
        MediaKind::Image => "media-kind-image",
        MediaKind::Video => "media-kind-video",
        MediaKind::Model => "media-kind-model",
        MediaKind::Panorama => "media-kind-panorama",
        MediaKind::Document => "media-kind-document",
        MediaKind::Table => "media-kind-table",
    }
}

impl EditPage {
    pub fn kind_key(&self, kind: &MediaKind) -> &'static str {
        kind_key(*kind)
    }
}

async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    id: &str,
    notice: Option<String>,
    errors: Vec<String>,
    form: Option<ExhibitForm>,
) -> WebResult<Response> {
    let ed = svc::editor(state, &ctx.actor(), org, id).await?;
    let c = Chrome::new(state, ctx).await;
    let e = &ed.exhibit;
    let published = e.published();
    let status = c.t(status_key(published, ed.shown));
    let code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let f = form.unwrap_or_else(|| ExhibitForm::of(&ed.content.applied_to(e), &ed.content.texts));
    let extras = f.extras(&ed.content.texts);
    let said = |r: &Option<yz_app::exhibits::Review>| match r {
        None => c.t("review-waiting"),
        Some(r) if r.decision == Decision::Approved => c.t("review-approved"),
        Some(r) => format!("{}: {}", c.t("review-rejected"), r.reason),
    };
    let reviews = ed
        .reviews
        .iter()
        .map(|r| {
            (
                r.fair_slug.clone(),
                super::fairs::pick(c.i18n.lang, &r.fair_name_zh, &r.fair_name_en).to_owned(),
                if published {
                    said(&r.live)
                } else {
                    String::new()
                },
                if ed.revision.is_some() {
                    said(&r.pending)
                } else {
                    String::new()
                },
            )
        })
        .collect();
    let revision = ed
        .revision
        .as_ref()
        .map(|r| (r.number, r.status == RevisionStatus::Pending));
    Ok(render_status(
        code,
        &EditPage {
            org: org.to_owned(),
            id: id.to_owned(),
            status,
            published,
            notice,
            errors,
            f,
            media: ed.media.clone(),
            revision,
            reviews,
            countries: e.visible_countries.join(", "),
            trade_only: e.trade_only,
            extras,
            can_translate: state.translator.is_some(),
            c,
        },
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
) -> WebResult<Response> {
    edit_page(&state, &ctx, &org, &id, None, vec![], None).await
}

pub(super) async fn done(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    id: &str,
    r: Result<(), AppError>,
    key: &str,
    form: Option<ExhibitForm>,
) -> WebResult<Response> {
    match r {
        Ok(()) => edit_page(state, ctx, org, id, Some(ctx.t(key)), vec![], None).await,
        Err(e) => {
            let c = Chrome::new(state, ctx).await;
            let errors = form_errors(&c, e)?;
            edit_page(state, ctx, org, id, None, errors, form).await
        }
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
    Form(f): Form<ExhibitForm>,
) -> WebResult<Response> {
    let r = svc::update(&state, &ctx.actor(), &org, &id, &f.input()).await;
    let key = match r {
        Ok(Effect::Pending(_)) => "notice-exhibit-revision",
        _ => "notice-saved",
    };
    done(&state, &ctx, &org, &id, r.map(|_| ()), key, Some(f)).await
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
) -> WebResult<Response> {
    let r = svc::publish(&state, &ctx.actor(), &org, &id).await;
    let key = match r {
        Ok(svc::Published::SentForReview) => "notice-exhibit-submitted",
        _ => "notice-exhibit-published",
    };
    done(&state, &ctx, &org, &id, r.map(|_| ()), key, None).await
}

// ---- public --------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "exhibits/show.html")]
pub struct ShowPage {
    pub c: Chrome,
    pub id: String,
    pub title: String,
    pub description: String,
    pub points: String,
    pub untranslated: bool,
    pub machine: bool,
    pub hs_code: String,
    pub model_number: String,
    pub price: String,
    pub moq: String,
    pub lead_time: String,
    pub incoterms: String,
    pub ports: String,
    pub specs: Vec<(String, String)>,
    pub g: Gallery,
    pub exhibitor: (String, String, bool),
    /// Signed-in visitors may save it: Some(saved already).
    pub saved: Option<bool>,
    /// Shown to its own staff before (or beside) what visitors see.
    pub preview: bool,
    /// Where media files are served from.
    pub media_base: String,
}

impl ShowPage {
    /// A file size for people: "840 KB", "12.5 MB".
    pub fn size(&self, bytes: &i64) -> String {
        size(*bytes)
    }
}

/// A file size for people: "840 KB", "12.5 MB".
pub fn size(bytes: i64) -> String {
    let b = bytes as f64;
    if b >= 1024.0 * 1024.0 {
        format!("{:.1} MB", b / 1024.0 / 1024.0)
    } else {
        format!("{} KB", (b / 1024.0).ceil() as i64)
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let actor = ctx.actor();
    let page = yz_app::showcase::exhibit(&state, &actor, &id).await?;
    let (e, org) = (&page.exhibit, &page.org);
    if !page.preview {
        let audience = yz_app::audience::of(&state, &actor, &e.org_id).await?;
        let rules = [
            Restriction {
                countries: org.visible_countries.clone(),
                trade_only: org.trade_only,
            },
            Restriction {
                countries: e.visible_countries.clone(),
                trade_only: e.trade_only,
            },
        ];
        if let Err(why) = audience.check(&rules) {
            return Ok(super::hidden(&state, &ctx, why).await);
        }
        audience.record(&state, EventKind::ExhibitViewed, &e.org_id, None);
    }
    let saved = if page.preview {
        None
    } else {
        state.is_saved(&actor, FavouriteKind::Exhibit, &id).await?
    };
    let c = Chrome::new(&state, &ctx).await;
    let wanted = page.texts.iter().find(|t| t.lang == c.lang());
    let text = wanted
        .or_else(|| page.texts.iter().find(|t| t.lang == e.source_lang))
        .cloned()
        .unwrap_or_default();
    let org_name = if c.lang() == "zh-CN" {
        org.legal_name_zh.clone()
    } else {
        org.legal_name_en.clone()
    };
    let show = ShowPage {
        id: e.id.clone(),
        untranslated: wanted.is_none(),
        machine: text.machine,
        title: text.title,
        description: text.description,
        points: text.selling_points,
        hs_code: yz_domain::hs::dotted(&e.hs_code),
        model_number: e.model_number.clone(),
        price: price_range(e.price_min_minor, e.price_max_minor, &e.currency),
        moq: e.moq.map(|n| n.to_string()).unwrap_or_default(),
        lead_time: e
            .lead_time_days
            .map(|n| c.ta("exhibit-days", "count", n))
            .unwrap_or_default(),
        incoterms: e.incoterms.join(", "),
        ports: e.ports.join(", "),
        specs: e.specs.clone(),
        g: page.gallery.clone(),
        exhibitor: (org.id.clone(), org_name, page.verified),
        saved,
        preview: page.preview,
        media_base: "/media".into(),
        c,
    };
    Ok(render(&show))
}

#[derive(Debug, Default, Deserialize)]
pub struct VisibilityForm {
    #[serde(default)]
    pub countries: String,
    #[serde(default)]
    pub trade_only: Option<String>,
}

/// `POST /org/{org}/exhibits/{exhibit}/visibility`.
pub async fn set_visibility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
    Form(f): Form<VisibilityForm>,
) -> WebResult<Response> {
    let r = yz_app::visibility::set_exhibit(
        &state,
        &ctx.actor(),
        &org,
        &id,
        &f.countries,
        f.trade_only.is_some(),
    )
    .await;
    done(&state, &ctx, &org, &id, r, "notice-saved", None).await
}

/// `POST /org/{org}/exhibits/{exhibit}/translate`: machine drafts for the
/// missing languages.
pub async fn translate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
) -> WebResult<Response> {
    match svc::translate_missing(&state, &ctx.actor(), &org, &id).await {
        Ok(n) => {
            let notice = ctx
                .i18n
                .ta("notice-translated", &[("count", n.to_string())]);
            edit_page(&state, &ctx, &org, &id, Some(notice), vec![], None).await
        }
        Err(e) => done(&state, &ctx, &org, &id, Err(e), "notice-saved", None).await,
    }
}
