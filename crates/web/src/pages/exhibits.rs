//! Exhibits: the organisation's editor pages, the public exhibit page and
//! the media files.

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use yz_domain::Permission;
use yz_domain::role::Scope;
use yz_store::exhibits::{self, Exhibit, Media, Text};

use super::auth::form_errors;
use super::{Chrome, render, render_status, see_other};
use crate::audit::Actor;
use crate::ctx::Ctx;
use crate::error::{Msg, WebError, WebResult};
use crate::service::Failure;
use crate::service::exhibits::{self as svc, ExhibitInput, format_amount};
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExhibitForm {
    #[serde(default)]
    pub source_lang: String,
    #[serde(default)]
    pub title_zh: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(default)]
    pub description_zh: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub points_zh: String,
    #[serde(default)]
    pub points_en: String,
    #[serde(default)]
    pub hs_code: String,
    #[serde(default)]
    pub model_number: String,
    #[serde(default)]
    pub price_min: String,
    #[serde(default)]
    pub price_max: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub moq: String,
    #[serde(default)]
    pub lead_time_days: String,
    #[serde(default)]
    pub incoterms: String,
    #[serde(default)]
    pub ports: String,
    #[serde(default)]
    pub specs: String,
}

impl ExhibitForm {
    fn input(&self) -> ExhibitInput {
        ExhibitInput {
            source_lang: self.source_lang.clone(),
            title_zh: self.title_zh.clone(),
            title_en: self.title_en.clone(),
            description_zh: self.description_zh.clone(),
            description_en: self.description_en.clone(),
            points_zh: self.points_zh.clone(),
            points_en: self.points_en.clone(),
            hs_code: self.hs_code.clone(),
            model_number: self.model_number.clone(),
            price_min: self.price_min.clone(),
            price_max: self.price_max.clone(),
            currency: self.currency.clone(),
            moq: self.moq.clone(),
            lead_time_days: self.lead_time_days.clone(),
            incoterms: self.incoterms.clone(),
            ports: self.ports.clone(),
            specs: self.specs.clone(),
        }
    }

    fn of(e: &Exhibit, texts: &[Text]) -> ExhibitForm {
        let text_in = |lang: &str| {
            texts
                .iter()
                .find(|t| t.lang == lang)
                .cloned()
                .unwrap_or_default()
        };
        let (zh, en) = (text_in("zh-CN"), text_in("en"));
        let amount = |m: Option<i64>| {
            m.map(|m| {
                format_amount(m, &e.currency)
                    .split(' ')
                    .next()
                    .unwrap_or("")
                    .to_owned()
            })
            .unwrap_or_default()
        };
        ExhibitForm {
            source_lang: e.source_lang.clone(),
            title_zh: zh.title,
            title_en: en.title,
            description_zh: zh.description,
            description_en: en.description,
            points_zh: zh.selling_points,
            points_en: en.selling_points,
            hs_code: yz_domain::hs::dotted(&e.hs_code),
            model_number: e.model_number.clone(),
            price_min: amount(e.price_min_minor),
            price_max: amount(e.price_max_minor),
            currency: e.currency.clone(),
            moq: e.moq.map(|n| n.to_string()).unwrap_or_default(),
            lead_time_days: e.lead_time_days.map(|n| n.to_string()).unwrap_or_default(),
            incoterms: e.incoterms.join(", "),
            ports: e.ports.join(", "),
            specs: e
                .specs
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

// ---- the organisation's pages -----------------------------------------------------

#[derive(Template)]
#[template(path = "exhibits/list.html")]
pub struct ListPage {
    pub c: Chrome,
    pub org: String,
    pub errors: Vec<String>,
    pub rows: Vec<(String, String, String)>,
    pub f: ExhibitForm,
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
    match svc::create(&state, &Actor::of(&ctx), &org, &f.input()).await {
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
    pub images: Vec<String>,
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
    let images = exhibits::media_of(&state.stores.main, id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
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
            images,
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

async fn done(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    id: &str,
    r: Result<(), Failure>,
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
    let r = svc::update(&state, &Actor::of(&ctx), &org, &id, &f.input()).await;
    done(&state, &ctx, &org, &id, r, "notice-saved", Some(f)).await
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
) -> WebResult<Response> {
    let r = svc::publish(&state, &Actor::of(&ctx), &org, &id).await;
    done(&state, &ctx, &org, &id, r, "notice-exhibit-published", None).await
}

pub async fn upload_image(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
    mut form: Multipart,
) -> WebResult<Response> {
    let mut bytes = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::BadRequest(Msg::new("error-bad-request")))?
    {
        if field.name() == Some("image") {
            bytes = Some(
                field
                    .bytes()
                    .await
                    .map_err(|_| WebError::PayloadTooLarge)?
                    .to_vec(),
            );
        }
    }
    let r = match bytes {
        Some(b) if !b.is_empty() => svc::add_image(&state, &Actor::of(&ctx), &org, &id, b).await,
        _ => Err(Failure::form("error-image-type")),
    };
    done(&state, &ctx, &org, &id, r, "notice-image-added", None).await
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
    pub images: Vec<Media>,
    pub exhibitor: (String, String, bool),
}

fn can_edit(ctx: &Ctx, org: &str) -> bool {
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
    let e = exhibits::by_id(&state.stores.main, &id)
        .await?
        .ok_or(WebError::NotFound)?;
    if e.status != "published" && !can_edit(&ctx, &e.org_id) {
        return Err(WebError::NotFound);
    }
    let texts = exhibits::texts(&state.stores.main, &id).await?;
    let c = Chrome::new(&state, &ctx).await;
    let wanted = texts.iter().find(|t| t.lang == c.lang());
    let text = wanted
        .or_else(|| texts.iter().find(|t| t.lang == e.source_lang))
        .cloned()
        .unwrap_or_default();
    let org = yz_store::organisations::by_id(&state.stores.main, &e.org_id)
        .await?
        .ok_or(WebError::NotFound)?;
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
    let images = exhibits::media_of(&state.stores.main, &id)
        .await?
        .into_iter()
        .filter(|m| m.kind == "image")
        .collect();
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
        images,
        exhibitor: (org.id.clone(), org_name, org.verified()),
        c,
    };
    Ok(render(&page))
}

/// A media file (`main` or a thumbnail size), never served as something a
/// browser would run; drafts only to their organisation.
pub async fn media(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, variant)): Path<(String, String)>,
) -> WebResult<Response> {
    let m = exhibits::media(&state.stores.main, &id)
        .await?
        .ok_or(WebError::NotFound)?;
    let e = exhibits::by_id(&state.stores.main, &m.exhibit_id)
        .await?
        .ok_or(WebError::NotFound)?;
    if e.status != "published" && !can_edit(&ctx, &e.org_id) {
        return Err(WebError::NotFound);
    }
    let key = if variant == "main" {
        Some(&m.object_key)
    } else {
        m.variants.get(&variant)
    };
    let key = key.ok_or(WebError::NotFound)?;
    let bytes = crate::objects::get(&state.objects, key).await?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&m.mime)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; img-src 'self'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if e.status == "published" {
            "public, max-age=86400"
        } else {
            "private, no-store"
        }),
    );
    Ok(res)
}
