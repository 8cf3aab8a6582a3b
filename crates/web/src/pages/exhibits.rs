//! Exhibits: the organisation's editor pages, the public exhibit page and
//! the media files.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_domain::Permission;
use yz_domain::measures::EventKind;
use yz_domain::role::Scope;
use yz_domain::visibility::Restriction;
use yz_store::exhibits::{self, Exhibit, Media};
use yz_store::favourites::{self, Target};

use super::auth::form_errors;
use super::{Chrome, render, render_status, see_other};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::AppError;
use yz_app::exhibit_media::Gallery;
use yz_app::exhibits::{self as svc, format_amount};

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

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    errors: Vec<String>,
    f: ExhibitForm,
) -> WebResult<Response> {
    let c = Chrome::new(state, ctx).await;
    let rows = exhibits::of_org(&state.stores.main, org, c.lang(), false)
        .await?
        .into_iter()
        .map(|(e, title)| {
            (
                e.id,
                title,
                c.t(if e.status == "published" {
                    "exhibit-published"
                } else {
                    "exhibit-draft"
                }),
            )
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
    pub review: String,
    pub review_reason: String,
    pub countries: String,
    pub trade_only: bool,
    pub extras: Vec<ExtraText>,
    pub can_translate: bool,
}

/// The label key of a media kind.
pub fn kind_key(kind: &str) -> &'static str {
    match kind {
        "image" => "media-kind-image",
        "video" => "media-kind-video",
        "model" => "media-kind-model",
        "panorama" => "media-kind-panorama",
        "document" => "media-kind-document",
        _ => "media-kind-table",
    }
}

impl EditPage {
    pub fn kind_key(&self, kind: &str) -> &'static str {
        kind_key(kind)
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
    let e = svc::of_org(state, org, id).await?;
    let texts = exhibits::texts(&state.stores.main, id).await?;
    let media = exhibits::media_of(&state.stores.main, id).await?;
    let c = Chrome::new(state, ctx).await;
    let published = e.status == "published";
    let status = c.t(if published {
        "exhibit-published"
    } else {
        "exhibit-draft"
    });
    let code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let f = form.unwrap_or_else(|| ExhibitForm::of(&e, &texts));
    let extras = f.extras(&texts);
    Ok(render_status(
        code,
        &EditPage {
            c,
            org: org.to_owned(),
            id: id.to_owned(),
            status,
            published,
            notice,
            errors,
            f,
            media,
            review: e.review.clone(),
            review_reason: e.review_reason.clone(),
            countries: e.visible_countries.join(", "),
            trade_only: e.trade_only,
            extras,
            can_translate: state.translator.is_some(),
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
    done(&state, &ctx, &org, &id, r, "notice-saved", Some(f)).await
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
    /// Shown to reviewers of a pending exhibit: the fair whose queue they came from.
    pub review_fair: Option<String>,
    pub status: String,
}

impl ShowPage {
    /// A file size for people: "840 KB", "12.5 MB".
    pub fn size(&self, bytes: &i64) -> String {
        let b = *bytes as f64;
        if b >= 1024.0 * 1024.0 {
            format!("{:.1} MB", b / 1024.0 / 1024.0)
        } else {
            format!("{} KB", (b / 1024.0).ceil() as i64)
        }
    }
}

/// Reviewers may open a pending exhibit; its organisation always may.
pub(super) fn may_preview(ctx: &Ctx, e: &Exhibit) -> bool {
    can_edit(ctx, &e.org_id)
        || (e.review == "pending"
            && ctx
                .full_user()
                .is_some_and(|p| p.can(Permission::ExhibitorReview)))
}

pub(super) fn can_edit(ctx: &Ctx, org: &str) -> bool {
    ctx.full_user().is_some_and(|p| {
        p.can_in(
            Permission::ExhibitEdit,
            &Scope::Organisation(org.to_owned()),
        )
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    exhibit_page(&state, &ctx, &id, None).await
}

/// The exhibit page; `review_fair` adds the reviewer's decision form.
pub async fn exhibit_page(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    review_fair: Option<String>,
) -> WebResult<Response> {
    let (state, id) = (state.clone(), id.to_owned());
    let db = &state.stores.main;
    let data = state
        .cache
        .get_or(format!("exhibit:{id}"), || async {
            let Some(e) = exhibits::by_id(db, &id).await? else {
                return Ok::<_, WebError>(None);
            };
            // The organisation usually comes from the cache; the texts and
            // media are read together.
            let (org, texts, g) = tokio::try_join!(
                super::exhibitor::org(&state, &e.org_id),
                async { exhibits::texts(db, &id).await.map_err(WebError::from) },
                async { Gallery::load(&state, &id).await.map_err(WebError::from) },
            )?;
            let Some(org) = org else {
                return Ok(None);
            };
            Ok(Some((e, org, texts, g)))
        })
        .await?;
    let (e, org, texts, g) = data.as_ref().as_ref().ok_or(WebError::NotFound)?;
    if e.status != "published" && !may_preview(ctx, e) {
        return Err(WebError::NotFound);
    }
    let audience = yz_app::audience::of(&state, &ctx.actor(), &e.org_id).await?;
    if review_fair.is_none() {
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
            return Ok(super::hidden(&state, ctx, why).await);
        }
        if e.status == "published" {
            audience.record(&state, EventKind::ExhibitViewed, &e.org_id, None);
        }
    }
    let saved = match ctx.full_user() {
        Some(p) => {
            Some(favourites::is_saved(&state.stores.main, &p.user_id, Target::Exhibit, &id).await?)
        }
        None => None,
    };
    let c = Chrome::new(&state, ctx).await;
    let wanted = texts.iter().find(|t| t.lang == c.lang());
    let text = wanted
        .or_else(|| texts.iter().find(|t| t.lang == e.source_lang))
        .cloned()
        .unwrap_or_default();
    let org_name = if c.lang() == "zh-CN" {
        org.legal_name_zh.clone()
    } else {
        org.legal_name_en.clone()
    };
    let price = match (e.price_min_minor, e.price_max_minor) {
        (Some(a), Some(b)) if a != b => format!(
            "{} – {}",
            format_amount(a, &e.currency),
            format_amount(b, &e.currency)
        ),
        (Some(a), _) | (None, Some(a)) => format_amount(a, &e.currency),
        _ => String::new(),
    };
    let g = g.clone();
    let page = ShowPage {
        id: e.id.clone(),
        untranslated: wanted.is_none(),
        machine: text.machine,
        title: text.title,
        description: text.description,
        points: text.selling_points,
        hs_code: yz_domain::hs::dotted(&e.hs_code),
        model_number: e.model_number.clone(),
        price,
        moq: e.moq.map(|n| n.to_string()).unwrap_or_default(),
        lead_time: e
            .lead_time_days
            .map(|n| c.ta("exhibit-days", "count", n))
            .unwrap_or_default(),
        incoterms: e.incoterms.join(", "),
        ports: e.ports.join(", "),
        specs: e.specs.clone(),
        g,
        exhibitor: (org.id.clone(), org_name, org.verified()),
        saved,
        review_fair,
        status: e.status.clone(),
        c,
    };
    Ok(render(&page))
}

#[derive(Debug, Default, Deserialize)]
pub struct VisibilityForm {
    #[serde(default)]
    pub countries: String,
    #[serde(default)]
    pub trade_only: Option<String>,
}

/// `POST /org/{org}/exhibits/{id}/visibility`.
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

/// `POST /org/{org}/exhibits/{id}/translate`: machine drafts for the
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
