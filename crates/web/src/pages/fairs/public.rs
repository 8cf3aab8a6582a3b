//! The public fair pages: the list, a fair's home, hall plans.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use yz_app::showcase::{self, HallLine};
use yz_domain::Permission;
use yz_domain::fair::{Phase, format_in_zone};
use yz_domain::kinds::BoothKind;
use yz_domain::role::Scope;
use yz_domain::status::BoothStatus;

use super::super::{Chrome, render};
use super::showcase::{ExhibitorLine, home_showcase};
use super::{FairCard, card, fair_or_404, pick};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::pages::exhibitor::Card;
use crate::state::AppState;

// ---- public pages --------------------------------------------------------------

#[derive(Template)]
#[template(path = "fairs/list.html")]
pub struct ListPage {
    pub c: Chrome,
    pub fairs: Vec<FairCard>,
    pub can_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let all = showcase::fairs(&state).await?;
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

#[derive(Default)]
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
    /// Featured exhibitors.
    pub exhibitors: Vec<ExhibitorLine>,
    /// New products.
    pub products: Vec<Card>,
    /// The search box's text (empty here).
    pub q: String,
    /// Signed in: Some(registered for this fair, verified trade visitor).
    pub registration: Option<(bool, bool)>,
}

pub(super) fn hall_cards(c: &Chrome, halls: &[HallLine]) -> Vec<HallCard> {
    halls
        .iter()
        .map(|l| HallCard {
            code: l.hall.code.clone(),
            name: pick(c.i18n.lang, &l.hall.name_zh, &l.hall.name_en).to_owned(),
            chapters: l.hall.hs_chapters.join(", "),
            booths: l.booths,
            free: l.free,
        })
        .collect()
}

pub async fn home(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> WebResult<Response> {
    let f = fair_or_404(&state, &slug).await?;
    let halls = showcase::halls(&state, &f).await?;
    let actor = ctx.actor();
    let registration = match ctx.full_user() {
        Some(_) => Some(
            match yz_app::visitors::registration(&state, &actor, &f).await? {
                Some(trade) => (true, trade),
                None => (false, false),
            },
        ),
        None => None,
    };
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
    let halls = hall_cards(&c, &halls);
    let (exhibitors, products) = home_showcase(&state, &c, &f).await?;
    let can_manage = ctx
        .full_user()
        .is_some_and(|p| p.can_in(Permission::FairManage, &Scope::Fair(f.slug.clone())));
    Ok(render(&FairPage {
        fair: card(&c, &f, now),
        schedule,
        halls,
        halls_open: current.halls_open(),
        can_manage,
        exhibitors,
        products,
        q: String::new(),
        registration,
        c,
    }))
}

pub struct BoothView {
    pub code: String,
    /// "Booth {code}" in the reader's language.
    pub label: String,
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

pub(super) fn status_label(c: &Chrome, status: BoothStatus) -> (String, &'static str) {
    match status {
        BoothStatus::Booked => (c.t("booth-booked"), "booked"),
        BoothStatus::Requested => (c.t("booth-requested"), "requested"),
        BoothStatus::Free => (c.t("booth-free"), "free"),
    }
}

pub async fn hall(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
) -> WebResult<Response> {
    let f = fair_or_404(&state, &slug).await?;
    let plan = showcase::hall_plan(&state, &f, &code).await?;
    let c = Chrome::new(&state, &ctx).await;
    let hall = hall_cards(&c, std::slice::from_ref(&plan.line))
        .pop()
        .unwrap_or_default();
    let (h, booths) = (&plan.line.hall, &plan.booths);
    // Each label translated once, not once per booth.
    let labels: Vec<(BoothStatus, (String, &'static str))> = [
        BoothStatus::Free,
        BoothStatus::Requested,
        BoothStatus::Booked,
    ]
    .into_iter()
    .map(|s| (s, status_label(&c, s)))
    .collect();
    let (premium, standard) = (c.t("booth-premium"), c.t("booth-standard"));
    // "Booth {code}" formatted once, the code put in per booth.
    const CODE: &str = "\u{1}";
    let label = c.ta("booth-label", "code", CODE);
    let booths = booths
        .iter()
        .cloned()
        .map(|b| {
            let (status, status_class) = labels
                .iter()
                .find(|(s, _)| *s == b.status)
                .map(|(_, l)| l.clone())
                .unwrap_or_else(|| status_label(&c, b.status));
            BoothView {
                short: b
                    .code
                    .split_once('.')
                    .map(|(_, s)| s.to_owned())
                    .unwrap_or_default(),
                font: (b.w * 10 / 32).clamp(6, 14),
                premium: b.kind == BoothKind::Premium,
                kind: if b.kind == BoothKind::Premium {
                    premium.clone()
                } else {
                    standard.clone()
                },
                label: label.replace(CODE, &b.code),
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

/// `POST /fairs/{fair}/register`: the signed-in account registers as a
/// visitor of the fair.
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> WebResult<Response> {
    yz_app::visitors::register(&state, &ctx.actor(), &slug).await?;
    Ok(super::super::see_other(&format!("/fairs/{slug}")))
}
