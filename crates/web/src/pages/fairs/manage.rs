//! The organizers' fair management: create, edit phases, add halls.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_app::fairs::Fair;
use yz_domain::fair::to_local;

use super::super::form_errors;
use super::super::{Chrome, render, render_status, see_other};
use super::public::{HallCard, hall_cards};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::fairs::{self as svc, FairInput, HallInput};

// ---- organizer pages ------------------------------------------------------------

/// The fair form's fields as shown (also when re-shown with errors).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FairForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub name_zh: String,
    #[serde(default)]
    pub name_en: String,
    #[serde(default)]
    pub description_zh: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub lang_zh: Option<String>,
    #[serde(default)]
    pub lang_en: Option<String>,
    #[serde(default)]
    pub lang_ar: Option<String>,
    #[serde(default)]
    pub registration_opens: String,
    #[serde(default)]
    pub opening: String,
    #[serde(default)]
    pub show_days: String,
    #[serde(default)]
    pub trade_week: String,
    #[serde(default)]
    pub service_period: String,
    #[serde(default)]
    pub closes: String,
    #[serde(default)]
    pub exhibit_review: Option<String>,
}

impl FairForm {
    fn input(&self) -> FairInput {
        let mut languages = Vec::new();
        for (on, tag) in [
            (&self.lang_zh, "zh-CN"),
            (&self.lang_en, "en"),
            (&self.lang_ar, "ar"),
        ] {
            if on.is_some() {
                languages.push(tag.to_owned());
            }
        }
        FairInput {
            slug: self.slug.clone(),
            name_zh: self.name_zh.clone(),
            name_en: self.name_en.clone(),
            description_zh: self.description_zh.clone(),
            description_en: self.description_en.clone(),
            time_zone: self.time_zone.clone(),
            languages,
            boundaries: [
                self.registration_opens.clone(),
                self.opening.clone(),
                self.show_days.clone(),
                self.trade_week.clone(),
                self.service_period.clone(),
                self.closes.clone(),
            ],
            exhibit_review: self.exhibit_review.is_some(),
        }
    }

    fn of(f: &Fair) -> FairForm {
        let t = |ms| to_local(ms, &f.time_zone);
        let s = f.schedule;
        let has = |tag: &str| {
            f.languages
                .iter()
                .any(|l| l == tag)
                .then(|| "on".to_owned())
        };
        FairForm {
            slug: f.slug.clone(),
            name_zh: f.name_zh.clone(),
            name_en: f.name_en.clone(),
            description_zh: f.description_zh.clone(),
            description_en: f.description_en.clone(),
            time_zone: f.time_zone.clone(),
            lang_zh: has("zh-CN"),
            lang_en: has("en"),
            lang_ar: has("ar"),
            registration_opens: t(s.registration_opens),
            opening: t(s.opening),
            show_days: t(s.show_days),
            trade_week: t(s.trade_week),
            service_period: t(s.service_period),
            closes: t(s.closes),
            exhibit_review: f.exhibit_review.then(|| "on".to_owned()),
        }
    }

    /// (field name, label key, value) of the six phase boundaries.
    pub fn dates(&self) -> Vec<(&'static str, &'static str, &str)> {
        vec![
            (
                "registration_opens",
                "fair-registration-opens",
                &self.registration_opens,
            ),
            ("opening", "fair-opening", &self.opening),
            ("show_days", "fair-show-days", &self.show_days),
            ("trade_week", "fair-trade-week", &self.trade_week),
            (
                "service_period",
                "fair-service-period",
                &self.service_period,
            ),
            ("closes", "fair-closes", &self.closes),
        ]
    }
}

#[derive(Template)]
#[template(path = "fairs/new.html")]
pub struct NewFairPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub f: FairForm,
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    let f = FairForm {
        time_zone: "Asia/Shanghai".into(),
        lang_zh: Some("on".into()),
        lang_en: Some("on".into()),
        exhibit_review: Some("on".into()),
        ..Default::default()
    };
    render(&NewFairPage {
        c,
        errors: vec![],
        f,
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<FairForm>,
) -> WebResult<Response> {
    match svc::create_fair(&state, &ctx.actor(), &f.input()).await {
        Ok(slug) => Ok(see_other(&format!("/manage/fairs/{slug}"))),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &NewFairPage { c, errors, f },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "fairs/manage.html")]
pub struct ManagePage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub slug: String,
    pub f: FairForm,
    pub halls: Vec<HallCard>,
}

async fn manage_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    form: Option<FairForm>,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let (fair, halls) = svc::manage(state, &ctx.actor(), slug).await?;
    let c = Chrome::new(state, ctx).await;
    let halls = hall_cards(&c, &halls);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let f = form.unwrap_or_else(|| FairForm::of(&fair));
    Ok(render_status(
        status,
        &ManagePage {
            c,
            notice,
            errors,
            slug: fair.slug,
            f,
            halls,
        },
    ))
}

pub async fn manage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> WebResult<Response> {
    manage_page(&state, &ctx, &slug, None, None, vec![]).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<FairForm>,
) -> WebResult<Response> {
    match svc::update_fair(&state, &ctx.actor(), &slug, &f.input()).await {
        Ok(()) => {
            manage_page(
                &state,
                &ctx,
                &slug,
                None,
                Some(ctx.t("notice-saved")),
                vec![],
            )
            .await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            manage_page(&state, &ctx, &slug, Some(f), None, errors).await
        }
    }
}

#[derive(Deserialize)]
pub struct HallForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    name_zh: String,
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    chapters: String,
    #[serde(default)]
    rows: String,
    #[serde(default)]
    cols: String,
    #[serde(default)]
    premium_rows: String,
}

pub async fn add_hall(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(h): Form<HallForm>,
) -> WebResult<Response> {
    let input = HallInput {
        code: h.code,
        name_zh: h.name_zh,
        name_en: h.name_en,
        chapters: h.chapters,
        rows: h.rows,
        cols: h.cols,
        premium_rows: h.premium_rows,
    };
    match svc::add_hall(&state, &ctx.actor(), &slug, &input).await {
        Ok(()) => {
            manage_page(
                &state,
                &ctx,
                &slug,
                None,
                Some(ctx.t("notice-hall-added")),
                vec![],
            )
            .await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            manage_page(&state, &ctx, &slug, None, None, errors).await
        }
    }
}
