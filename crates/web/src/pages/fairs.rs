//! Fairs as visitors see them (list, home hub, hall plans, booths) and as
//! their organizers manage them.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_domain::Permission;
use yz_domain::fair::{Phase, format_in_zone, to_local};
use yz_domain::lang::Lang;
use yz_domain::role::Scope;
use yz_store::fairs::{self, Fair, Hall};

use super::auth::form_errors;
use super::{Chrome, render, render_status, see_other};
use crate::audit::Actor;
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::service::fairs::{self as svc, FairInput, HallInput};
use crate::state::AppState;

fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::ZhCn || en.is_empty() {
        zh
    } else {
        en
    }
}

/// What a list or a page shows of a fair, in the reader's language.
pub struct FairCard {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub phase: String,
    pub dates: String,
}

pub fn card(c: &Chrome, f: &Fair, now: i64) -> FairCard {
    let lang = c.i18n.lang;
    FairCard {
        slug: f.slug.clone(),
        name: pick(lang, &f.name_zh, &f.name_en).to_owned(),
        description: pick(lang, &f.description_zh, &f.description_en).to_owned(),
        phase: c.t(f.schedule.phase_at(now).key()),
        dates: format!(
            "{} – {}",
            format_in_zone(f.schedule.opening, &f.time_zone),
            format_in_zone(f.schedule.service_period, &f.time_zone)
        ),
    }
}

async fn fair_or_404(state: &AppState, slug: &str) -> WebResult<Fair> {
    fairs::by_slug(&state.stores.main, slug)
        .await?
        .ok_or(WebError::NotFound)
}

// ---- public pages --------------------------------------------------------------

#[derive(Template)]
#[template(path = "fairs/list.html")]
pub struct ListPage {
    pub c: Chrome,
    pub fairs: Vec<FairCard>,
    pub can_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let all = fairs::list(&state.stores.main, 200).await?;
    let c = Chrome::new(&state, &ctx).await;
    let now = state.now();
    let fairs = all.iter().map(|f| card(&c, f, now)).collect();
    let can_create = ctx
        .full_user()
        .is_some_and(|p| p.can(Permission::FairCreate));
    Ok(render(&ListPage {
        c,
        fairs,
        can_create,
    }))
}

pub struct HallCard {
    pub code: String,
    pub name: String,
    pub chapters: String,
    pub booths: i64,
    pub free: i64,
}

#[derive(Template)]
#[template(path = "fairs/home.html")]
pub struct FairPage {
    pub c: Chrome,
    pub fair: FairCard,
    pub schedule: Vec<(String, String, bool)>,
    pub halls: Vec<HallCard>,
    pub halls_open: bool,
    pub can_manage: bool,
}

async fn hall_cards(state: &AppState, c: &Chrome, halls: &[Hall]) -> WebResult<Vec<HallCard>> {
    let mut out = Vec::with_capacity(halls.len());
    for h in halls {
        let (booths, free) = fairs::hall_counts(&state.stores.main, &h.id).await?;
        out.push(HallCard {
            code: h.code.clone(),
            name: pick(c.i18n.lang, &h.name_zh, &h.name_en).to_owned(),
            chapters: h.hs_chapters.join(", "),
            booths,
            free,
        });
    }
    Ok(out)
}

pub async fn home(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> WebResult<Response> {
    let f = fair_or_404(&state, &slug).await?;
    let halls = fairs::halls_of(&state.stores.main, &f.id).await?;
    let c = Chrome::new(&state, &ctx).await;
    let now = state.now();
    let current = f.schedule.phase_at(now);
    let schedule = f
        .schedule
        .phases()
        .into_iter()
        .filter(|(p, _, _)| *p != Phase::Upcoming)
        .map(|(p, start, _)| {
            (
                c.t(p.key()),
                start
                    .map(|s| format_in_zone(s, &f.time_zone))
                    .unwrap_or_default(),
                p == current,
            )
        })
        .collect();
    let halls = hall_cards(&state, &c, &halls).await?;
    let can_manage = ctx
        .full_user()
        .is_some_and(|p| p.can_in(Permission::FairManage, &Scope::Fair(f.slug.clone())));
    Ok(render(&FairPage {
        fair: card(&c, &f, now),
        schedule,
        halls,
        halls_open: current.halls_open(),
        can_manage,
        c,
    }))
}

pub struct BoothView {
    pub code: String,
    /// What fits on the plan: the stand without the hall number ("2A15").
    pub short: String,
    pub font: i64,
    pub premium: bool,
    pub kind: String,
    pub status: String,
    pub status_class: &'static str,
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    pub label_x: i64,
    pub label_y: i64,
}

#[derive(Template)]
#[template(path = "fairs/hall.html")]
pub struct HallPage {
    pub c: Chrome,
    pub fair: FairCard,
    pub hall: HallCard,
    pub width: i64,
    pub height: i64,
    pub booths: Vec<BoothView>,
}

fn status_label(c: &Chrome, status: &str) -> (String, &'static str) {
    match status {
        "booked" => (c.t("booth-booked"), "booked"),
        "requested" => (c.t("booth-requested"), "requested"),
        _ => (c.t("booth-free"), "free"),
    }
}

pub async fn hall(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
) -> WebResult<Response> {
    let f = fair_or_404(&state, &slug).await?;
    let h = fairs::hall(&state.stores.main, &f.id, &code)
        .await?
        .ok_or(WebError::NotFound)?;
    let booths = fairs::booths_of_hall(&state.stores.main, &h.id).await?;
    let c = Chrome::new(&state, &ctx).await;
    let hall = hall_cards(&state, &c, std::slice::from_ref(&h))
        .await?
        .pop()
        .ok_or(WebError::NotFound)?;
    let booths = booths
        .into_iter()
        .map(|b| {
            let (status, status_class) = status_label(&c, &b.status);
            BoothView {
                short: b
                    .code
                    .split_once('.')
                    .map(|(_, s)| s.to_owned())
                    .unwrap_or_default(),
                font: (b.w * 10 / 32).clamp(6, 14),
                premium: b.kind == "premium",
                kind: c.t(if b.kind == "premium" {
                    "booth-premium"
                } else {
                    "booth-standard"
                }),
                label_x: b.x + b.w / 2,
                label_y: b.y + b.h / 2 + 4,
                code: b.code,
                status,
                status_class,
                x: b.x,
                y: b.y,
                w: b.w,
                h: b.h,
            }
        })
        .collect();
    let now = state.now();
    Ok(render(&HallPage {
        fair: card(&c, &f, now),
        hall,
        width: h.plan_width,
        height: h.plan_height,
        booths,
        c,
    }))
}

#[derive(Template)]
#[template(path = "fairs/booth.html")]
pub struct BoothPage {
    pub c: Chrome,
    pub fair: FairCard,
    pub hall_code: String,
    pub code: String,
    pub kind: String,
    pub status: String,
    /// The exhibitor holding the booth: (name, verified).
    pub exhibitor: Option<(String, bool)>,
    /// The caller's verified organisations that may request it now.
    pub my_orgs: Vec<(String, String)>,
    pub errors: Vec<String>,
}

async fn booth_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    code: &str,
    errors: Vec<String>,
) -> WebResult<Response> {
    let f = fair_or_404(state, slug).await?;
    let b = fairs::booth(&state.stores.main, &f.id, &code.to_ascii_uppercase())
        .await?
        .ok_or(WebError::NotFound)?;
    let c = Chrome::new(state, ctx).await;
    let (status, _) = status_label(&c, &b.status);
    let kind = c.t(if b.kind == "premium" {
        "booth-premium"
    } else {
        "booth-standard"
    });
    let hall_code = b.code.split('.').next().unwrap_or("").to_owned();
    let exhibitor = match &b.org_id {
        Some(id) => yz_store::organisations::by_id(&state.stores.main, id)
            .await?
            .map(|o| {
                let name = pick(c.i18n.lang, &o.legal_name_zh, &o.legal_name_en).to_owned();
                (name, o.verified())
            }),
        None => None,
    };
    let now = state.now();
    let my_orgs = match ctx.full_user() {
        Some(p) if b.status == "free" && f.schedule.phase_at(now).booking_open() => {
            crate::service::booths::bookable_orgs(state, p).await?
        }
        _ => vec![],
    };
    let code_status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    Ok(render_status(
        code_status,
        &BoothPage {
            fair: card(&c, &f, now),
            hall_code,
            code: b.code,
            kind,
            status,
            exhibitor,
            my_orgs,
            errors,
            c,
        },
    ))
}

pub async fn booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
) -> WebResult<Response> {
    booth_page(&state, &ctx, &slug, &code, vec![]).await
}

#[derive(Deserialize)]
pub struct BookForm {
    #[serde(default)]
    fair: String,
    #[serde(default)]
    code: String,
}

/// An organisation's request for a booth.
pub async fn request_booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Form(f): Form<BookForm>,
) -> WebResult<Response> {
    match crate::service::booths::request(&state, &Actor::of(&ctx), &org, &f.fair, &f.code).await {
        Ok(()) => Ok(see_other(&format!(
            "/fairs/{}/booths/{}",
            f.fair,
            f.code.trim().to_ascii_uppercase()
        ))),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            booth_page(&state, &ctx, &f.fair, &f.code, errors).await
        }
    }
}

pub struct RequestRow {
    pub code: String,
    pub org: String,
}

#[derive(Template)]
#[template(path = "fairs/requests.html")]
pub struct RequestsPage {
    pub c: Chrome,
    pub slug: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub rows: Vec<RequestRow>,
}

async fn requests_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let f = fair_or_404(state, slug).await?;
    let booths = fairs::requested_booths(&state.stores.main, &f.id).await?;
    let c = Chrome::new(state, ctx).await;
    let mut rows = Vec::new();
    for b in booths {
        let org = match &b.org_id {
            Some(id) => yz_store::organisations::by_id(&state.stores.main, id)
                .await?
                .map(|o| pick(c.i18n.lang, &o.legal_name_zh, &o.legal_name_en).to_owned())
                .unwrap_or_default(),
            None => String::new(),
        };
        rows.push(RequestRow { code: b.code, org });
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &RequestsPage {
            c,
            slug: f.slug,
            notice,
            errors,
            rows,
        },
    ))
}

pub async fn requests(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> WebResult<Response> {
    requests_page(&state, &ctx, &slug, None, vec![]).await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
}

pub async fn decide_booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
    Form(f): Form<DecisionForm>,
) -> WebResult<Response> {
    let approve = match f.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            return Err(WebError::BadRequest(crate::error::Msg::new(
                "error-bad-request",
            )));
        }
    };
    match crate::service::booths::decide(&state, &Actor::of(&ctx), &slug, &code, approve).await {
        Ok(()) => {
            let key = if approve {
                "notice-booth-approved"
            } else {
                "notice-booth-rejected"
            };
            requests_page(&state, &ctx, &slug, Some(ctx.t(key)), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            requests_page(&state, &ctx, &slug, None, errors).await
        }
    }
}

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
    match svc::create_fair(&state, &Actor::of(&ctx), &f.input()).await {
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
    let fair = fair_or_404(state, slug).await?;
    let halls = fairs::halls_of(&state.stores.main, &fair.id).await?;
    let c = Chrome::new(state, ctx).await;
    let halls = hall_cards(state, &c, &halls).await?;
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
    match svc::update_fair(&state, &Actor::of(&ctx), &slug, &f.input()).await {
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
    match svc::add_hall(&state, &Actor::of(&ctx), &slug, &input).await {
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
