//! Exhibitor onboarding pages: register an organisation, complete and
//! submit it with its licence; the reviewers' queue and decisions.

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use yz_app::organisations::Organisation;
use yz_domain::status::{ApplicationStatus, Decision};

use super::form_errors;
use super::{Chrome, render, render_status, see_other};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::AppError;
use yz_app::applications;
use yz_app::organisations::{self as svc, OrgInput};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct OrgForm {
    #[serde(default)]
    pub legal_name_zh: String,
    #[serde(default)]
    pub legal_name_en: String,
    #[serde(default)]
    pub uscc: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub industries: String,
    #[serde(default)]
    pub markets: String,
    #[serde(default)]
    pub languages: String,
}

impl OrgForm {
    fn input(&self) -> OrgInput {
        OrgInput {
            legal_name_zh: self.legal_name_zh.clone(),
            legal_name_en: self.legal_name_en.clone(),
            uscc: self.uscc.clone(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            industries: self.industries.clone(),
            markets: self.markets.clone(),
            languages: self.languages.clone(),
        }
    }
    fn of(o: &Organisation) -> OrgForm {
        OrgForm {
            legal_name_zh: o.legal_name_zh.clone(),
            legal_name_en: o.legal_name_en.clone(),
            uscc: o.uscc.clone(),
            contact_name: o.contact_name.clone(),
            contact_email: o.contact_email.clone(),
            industries: o.industries.join(", "),
            markets: o.markets.join(", "),
            languages: o.languages.join(", "),
        }
    }
}

#[derive(Template)]
#[template(path = "orgs/new.html")]
pub struct NewPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub f: OrgForm,
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    let f = OrgForm {
        languages: "zh-CN, en".into(),
        ..Default::default()
    };
    render(&NewPage {
        c,
        errors: vec![],
        f,
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<OrgForm>,
) -> WebResult<Response> {
    match svc::register(&state, &ctx.actor(), &f.input()).await {
        Ok(id) => Ok(see_other(&format!("/org/{id}"))),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &NewPage { c, errors, f },
            ))
        }
    }
}

/// An application to a fair as the organisation's page lists it.
pub struct ApplicationRow {
    pub fair: String,
    pub fair_name: String,
    pub status: String,
    pub status_key: &'static str,
    pub reason: String,
    /// Rejected: the owner may apply again.
    pub may_reapply: bool,
}

/// The label of an application's status.
fn application_label(c: &Chrome, s: ApplicationStatus) -> String {
    c.t(match s {
        ApplicationStatus::Applied => "application-applied",
        ApplicationStatus::Approved => "application-approved",
        ApplicationStatus::Rejected => "application-rejected",
    })
}

#[derive(Template)]
#[template(path = "orgs/show.html")]
pub struct OrgPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub id: String,
    pub applications: Vec<ApplicationRow>,
    pub editable: bool,
    pub has_licence: bool,
    pub f: OrgForm,
    pub countries: String,
    pub trade_only: bool,
}

async fn org_page(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    form: Option<OrgForm>,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let own = svc::own(state, &ctx.actor(), id).await?;
    let c = Chrome::new(state, ctx).await;
    let applications = own
        .applications
        .iter()
        .map(|a| ApplicationRow {
            fair: a.fair.slug.clone(),
            fair_name: super::fairs::pick(c.i18n.lang, &a.fair.name_zh, &a.fair.name_en).to_owned(),
            status: application_label(&c, a.status),
            status_key: a.status.as_str(),
            may_reapply: a.status == ApplicationStatus::Rejected,
            reason: a.reason.clone(),
        })
        .collect();
    let org = own.org;
    let code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = OrgPage {
        notice,
        errors,
        id: org.id.clone(),
        applications,
        editable: own.editable,
        has_licence: org.licence_key.is_some(),
        f: form.unwrap_or_else(|| OrgForm::of(&org)),
        countries: org.visible_countries.join(", "),
        trade_only: org.trade_only,
        c,
    };
    Ok(render_status(code, &page))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    org_page(&state, &ctx, &id, None, None, vec![]).await
}

async fn outcome(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    r: Result<(), AppError>,
    done: &str,
    form: Option<OrgForm>,
) -> WebResult<Response> {
    match r {
        Ok(()) => org_page(state, ctx, id, None, Some(ctx.t(done)), vec![]).await,
        Err(e) => {
            let c = Chrome::new(state, ctx).await;
            let errors = form_errors(&c, e)?;
            org_page(state, ctx, id, form, None, errors).await
        }
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<OrgForm>,
) -> WebResult<Response> {
    let r = svc::update(&state, &ctx.actor(), &id, &f.input()).await;
    outcome(&state, &ctx, &id, r, "notice-saved", Some(f)).await
}

pub async fn upload_licence(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    mut form: Multipart,
) -> WebResult<Response> {
    let mut bytes = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::BadRequest(crate::error::Msg::new("error-bad-request")))?
    {
        if field.name() == Some("licence") {
            let data = field.bytes().await.map_err(|_| WebError::PayloadTooLarge)?;
            bytes = Some(data.to_vec());
        }
    }
    let r = match bytes {
        Some(b) if !b.is_empty() => svc::upload_licence(&state, &ctx.actor(), &id, b).await,
        _ => Err(AppError::invalid("error-licence-missing")),
    };
    outcome(&state, &ctx, &id, r, "notice-licence-uploaded", None).await
}

/// Serves an uploaded file inline, never as something a browser would run.
pub fn file_response(bytes: Vec<u8>, mime: &str) -> Response {
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(mime).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; img-src 'self'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

pub async fn licence(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let (bytes, mime) = svc::licence(&state, &ctx.actor(), &id).await?;
    Ok(file_response(bytes, &mime))
}

/// `POST /org/{org}/applications/{fair}`: applies again after a rejection.
pub async fn resubmit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, fair)): Path<(String, String)>,
) -> WebResult<Response> {
    let r = svc::resubmit(&state, &ctx.actor(), &id, &fair).await;
    outcome(&state, &ctx, &id, r, "notice-org-submitted", None).await
}

// ---- review (fair staff) --------------------------------------------------------

#[derive(Template)]
#[template(path = "orgs/queue.html")]
pub struct QueuePage {
    pub c: Chrome,
    pub fair: String,
    pub notice: Option<String>,
    pub rows: Vec<(yz_app::applications::Application, Organisation)>,
}

async fn queue_page(
    state: &AppState,
    ctx: &Ctx,
    fair: &str,
    notice: Option<String>,
) -> WebResult<Response> {
    let (fair, rows) = applications::queue(state, &ctx.actor(), fair).await?;
    let c = Chrome::new(state, ctx).await;
    Ok(render(&QueuePage {
        c,
        fair: fair.slug,
        notice,
        rows,
    }))
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(fair): Path<String>,
) -> WebResult<Response> {
    queue_page(&state, &ctx, &fair, None).await
}

#[derive(Template)]
#[template(path = "orgs/review.html")]
pub struct ReviewPage {
    pub c: Chrome,
    pub fair: String,
    pub errors: Vec<String>,
    pub o: Organisation,
    pub status: String,
    pub status_key: &'static str,
    pub reason: String,
    /// Waiting: the reviewer may decide.
    pub waiting: bool,
}

async fn review_page(
    state: &AppState,
    ctx: &Ctx,
    fair: &str,
    id: &str,
    errors: Vec<String>,
) -> WebResult<Response> {
    let (fair, application, o) = applications::get(state, &ctx.actor(), fair, id).await?;
    let c = Chrome::new(state, ctx).await;
    let code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        code,
        &ReviewPage {
            status: application_label(&c, application.status),
            status_key: application.status.as_str(),
            waiting: application.status == ApplicationStatus::Applied,
            reason: application.reason,
            c,
            fair: fair.slug,
            errors,
            o,
        },
    ))
}

pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
) -> WebResult<Response> {
    review_page(&state, &ctx, &fair, &id, vec![]).await
}

pub async fn review_licence(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
) -> WebResult<Response> {
    let (bytes, mime) = applications::licence(&state, &ctx.actor(), &fair, &id).await?;
    Ok(file_response(bytes, &mime))
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
    Form(f): Form<super::DecisionForm>,
) -> WebResult<Response> {
    let decision = f.decision()?;
    match applications::decide(&state, &ctx.actor(), &fair, &id, decision, &f.reason).await {
        Ok(()) => {
            let key = if decision == Decision::Approved {
                "notice-org-approved"
            } else {
                "notice-org-rejected"
            };
            queue_page(&state, &ctx, &fair, Some(ctx.t(key))).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            review_page(&state, &ctx, &fair, &id, errors).await
        }
    }
}

/// `POST /org/{org}/visibility`: who may see the whole booth.
pub async fn set_visibility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<super::exhibits::VisibilityForm>,
) -> WebResult<Response> {
    let r = yz_app::visibility::set_org(
        &state,
        &ctx.actor(),
        &id,
        &f.countries,
        f.trade_only.is_some(),
    )
    .await;
    match r {
        Ok(()) => org_page(&state, &ctx, &id, None, Some(ctx.t("notice-saved")), vec![]).await,
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            org_page(&state, &ctx, &id, None, None, errors).await
        }
    }
}
