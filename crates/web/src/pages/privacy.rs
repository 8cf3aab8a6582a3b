//! The visitor's profile and consents, their data download and account
//! deletion.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::form_errors;
use super::form_list::{FormList, field};
use super::{Chrome, render, render_status, see_other};
use crate::ctx::{Ctx, cookie_names, set_cookie};
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::privacy::{self as svc, CONSENTS, ProfileInput, VOLUME_BANDS};

pub struct ProfileView {
    pub country: String,
    pub company: String,
    pub job_title: String,
    pub interests: String,
    pub volume_band: String,
    pub languages: String,
    pub phone: String,
    pub social: String,
    pub consents: Vec<(&'static str, bool)>,
}

#[derive(Template)]
#[template(path = "privacy/profile.html")]
pub struct ProfilePage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub p: ProfileView,
    pub bands: Vec<&'static str>,
}

fn view(open: svc::OpenProfile) -> ProfileView {
    let consent = |k: &str| {
        open.profile
            .consent
            .get(k)
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    };
    ProfileView {
        consents: CONSENTS.iter().map(|k| (*k, consent(k))).collect(),
        country: open.profile.country,
        company: open.profile.company,
        job_title: open.profile.job_title,
        interests: open.profile.interests.join(", "),
        volume_band: open.profile.volume_band,
        languages: open.profile.languages.join(", "),
        phone: open.phone,
        social: open.social,
    }
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    notice: Option<String>,
    errors: Vec<String>,
    shown: Option<ProfileView>,
) -> WebResult<Response> {
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let p = match shown {
        Some(v) => v,
        None => view(svc::load(state, &p.user_id).await?),
    };
    let c = Chrome::new(state, ctx).await;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &ProfilePage {
            c,
            notice,
            errors,
            p,
            bands: VOLUME_BANDS.to_vec(),
        },
    ))
}

pub async fn profile(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    page(&state, &ctx, None, vec![], None).await
}

/// The profile fields of a submitted form (here or on registration).
pub fn profile_input(pairs: &[(String, String)]) -> ProfileInput {
    let get = |k: &str| field(pairs, k).to_owned();
    ProfileInput {
        country: get("country"),
        company: get("company"),
        job_title: get("job_title"),
        interests: get("interests"),
        volume_band: get("volume_band"),
        languages: get("languages"),
        phone: get("phone"),
        social: get("social"),
        consents: pairs
            .iter()
            .filter(|(n, _)| n == "consent")
            .map(|(_, v)| v.clone())
            .collect(),
    }
}

impl ProfileView {
    /// The form as submitted, shown again with its errors.
    pub fn from_input(input: &ProfileInput) -> Self {
        ProfileView {
            consents: CONSENTS
                .iter()
                .map(|k| (*k, input.consents.iter().any(|c| c == k)))
                .collect(),
            country: input.country.clone(),
            company: input.company.clone(),
            job_title: input.job_title.clone(),
            interests: input.interests.clone(),
            volume_band: input.volume_band.clone(),
            languages: input.languages.clone(),
            phone: input.phone.clone(),
            social: input.social.clone(),
        }
    }
}

pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    FormList(pairs): FormList,
) -> WebResult<Response> {
    let input = profile_input(&pairs);
    match svc::save(&state, &ctx.actor(), &input).await {
        Ok(()) => page(&state, &ctx, Some(ctx.t("notice-saved")), vec![], None).await,
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            page(
                &state,
                &ctx,
                None,
                errors,
                Some(ProfileView::from_input(&input)),
            )
            .await
        }
    }
}

pub async fn download(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let doc = yz_app::personal_data::export(&state, &ctx.actor()).await?;
    let body = serde_json::to_vec_pretty(&doc).map_err(|e| WebError::Internal(e.to_string()))?;
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"yunzhan-my-data.json\""),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "privacy/delete.html")]
pub struct DeletePage {
    pub c: Chrome,
    pub errors: Vec<String>,
}

pub async fn delete_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    render(&DeletePage { c, errors: vec![] })
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    FormList(pairs): FormList,
) -> WebResult<Response> {
    let password = field(&pairs, "password");
    match yz_app::personal_data::delete_account(&state, &ctx.actor(), password).await {
        Ok(()) => {
            let names = cookie_names(state.secure());
            let mut res = see_other("/?deleted=1");
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(names.session, "", state.secure(), true, Some(0)),
            );
            Ok(res)
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &DeletePage { c, errors },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "privacy/visitors.html")]
pub struct VisitorsPage {
    pub c: Chrome,
    pub fair: String,
    pub q: String,
    pub notice: Option<String>,
    pub rows: Vec<yz_app::visitors::VisitorRow>,
}

async fn visitors_page(
    state: &AppState,
    ctx: &Ctx,
    fair: &str,
    q: &str,
    notice: Option<String>,
) -> WebResult<Response> {
    let (fair, rows) = yz_app::visitors::list(state, &ctx.actor(), fair, q).await?;
    let c = Chrome::new(state, ctx).await;
    Ok(render(&VisitorsPage {
        c,
        fair: fair.slug,
        q: q.to_owned(),
        notice,
        rows,
    }))
}

#[derive(serde::Deserialize)]
pub struct VisitorQuery {
    #[serde(default)]
    q: String,
}

pub async fn visitors(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(fair): axum::extract::Path<String>,
    axum::extract::Query(q): axum::extract::Query<VisitorQuery>,
) -> WebResult<Response> {
    visitors_page(&state, &ctx, &fair, &q.q, None).await
}

pub async fn verify_visitor(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path((fair, id)): axum::extract::Path<(String, String)>,
    FormList(pairs): FormList,
) -> WebResult<Response> {
    let verified = !pairs.iter().any(|(k, v)| k == "verified" && v == "false");
    match yz_app::visitors::set_trade(&state, &ctx.actor(), &fair, &id, verified).await {
        Ok(()) => {
            let key = if verified {
                "notice-trade-verified"
            } else {
                "notice-trade-unverified"
            };
            visitors_page(&state, &ctx, &fair, "", Some(ctx.t(key))).await
        }
        Err(yz_app::AppError::Invalid(m)) => Err(WebError::BadRequest(
            m.into_iter()
                .next()
                .unwrap_or(crate::error::Msg::new("error-bad-request")),
        )),
        Err(e) => Err(e.into()),
    }
}
