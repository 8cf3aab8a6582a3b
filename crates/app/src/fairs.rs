//! Organizers create fairs (and administer them), set the phases, add
//! halls by industry and lay out their booths.

use serde_json::json;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::fair::{Schedule, parse_booth_code, parse_local, parse_slug, parse_time_zone};
use yz_domain::hs::HsCode;
use yz_domain::kinds::BoothKind;
use yz_domain::lang::Lang;
use yz_domain::role::{Grant, Role, Scope};
use yz_store::fairs;
use yz_store::{StoreError, accounts};

use crate::Actor;
use crate::App;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
use crate::scope;
use yz_domain::Permission;

pub use yz_store::fairs::{Booth, Fair, Hall};

/// A fair form as entered: local date-times in the fair's time zone.
pub struct FairInput {
    pub slug: String,
    pub name_zh: String,
    pub name_en: String,
    pub description_zh: String,
    pub description_en: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    /// registration opens, opening, show days, trade week, service period, closes
    pub boundaries: [String; 6],
    /// Verified exhibitors' products wait for review before going live.
    pub exhibit_review: bool,
}

fn text(raw: &str, max: usize, key: &'static str, errors: &mut Vec<Msg>) -> String {
    let t = raw.trim();
    if t.is_empty()
        || t.chars().count() > max
        || t.chars().any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        errors.push(Msg::new(key));
    }
    t.to_owned()
}

fn parse_fair(input: &FairInput, slug: Option<&str>) -> Result<Fair, AppError> {
    let mut errors = Vec::new();
    let slug = match slug {
        Some(s) => s.to_owned(),
        None => parse_slug(&input.slug).unwrap_or_else(|| {
            errors.push(Msg::new("error-fair-slug"));
            String::new()
        }),
    };
    let name_zh = text(&input.name_zh, 120, "error-fair-name", &mut errors);
    let name_en = text(&input.name_en, 120, "error-fair-name", &mut errors);
    let description_zh = input.description_zh.trim().chars().take(4000).collect();
    let description_en = input.description_en.trim().chars().take(4000).collect();
    let time_zone = parse_time_zone(&input.time_zone).unwrap_or_else(|| {
        errors.push(Msg::new("error-time-zone"));
        "UTC".into()
    });
    let mut languages: Vec<String> = input
        .languages
        .iter()
        .filter_map(|l| Lang::parse(l))
        .map(|l| l.tag().to_owned())
        .collect();
    languages.dedup();
    if languages.is_empty() {
        errors.push(Msg::new("error-fair-languages"));
    }
    let times: Vec<Option<i64>> = input
        .boundaries
        .iter()
        .map(|b| parse_local(b, &time_zone))
        .collect();
    let schedule = match times.as_slice() {
        [Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)] => Some(Schedule {
            registration_opens: *a,
            opening: *b,
            show_days: *c,
            trade_week: *d,
            service_period: *e,
            closes: *f,
        }),
        _ => {
            errors.push(Msg::new("error-fair-dates"));
            None
        }
    };
    if let Some(s) = &schedule
        && s.validate().is_err()
    {
        errors.push(Msg::new("error-fair-order"));
    }
    match (schedule, errors.is_empty()) {
        (Some(schedule), true) => Ok(Fair {
            id: yz_store::new_id(),
            slug,
            name_zh,
            name_en,
            description_zh,
            description_en,
            time_zone,
            languages,
            schedule,
            exhibit_review: input.exhibit_review,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Creates a fair; its creator becomes its organizer administrator.
pub async fn create_fair(app: &App, actor: &Actor, input: &FairInput) -> AppResult<String> {
    scope::require(actor, Permission::FairCreate, &Scope::Platform)?;
    let fair = parse_fair(input, None)?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    match fairs::insert(&mut w.tx, &fair, &actor.id, now).await {
        Err(StoreError::Conflict) => return Err(AppError::invalid("error-fair-slug-taken")),
        r => r?,
    }
    let grant = Grant {
        role: Role::OrganizerAdmin,
        scope: Scope::Fair(fair.slug.clone()),
    };
    accounts::grant(&mut w.tx, &actor.id, &grant, Some(&actor.id), now).await?;
    w.record(Change::new(Kind::Fair, &fair.id, Verb::Created).in_fair(&fair.id));
    w.changed(Kind::Grant, &actor.id, Verb::Granted);
    w.audit(
        "fair.create",
        format!("fair:{}", fair.slug),
        json!({"name_en": fair.name_en}),
    );
    w.commit().await?;
    Ok(fair.slug)
}

pub async fn update_fair(app: &App, actor: &Actor, slug: &str, input: &FairInput) -> AppResult<()> {
    let current = scope::staffed_fair(app, actor, slug, Permission::FairManage).await?;
    let fair = parse_fair(input, Some(slug))?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    if fairs::update(&mut w.tx, &fair, now).await? == 0 {
        return Err(AppError::NotFound);
    }
    w.record(Change::new(Kind::Fair, &current.id, Verb::Changed).in_fair(&current.id));
    w.audit(
        "fair.update",
        format!("fair:{slug}"),
        json!({"schedule": fair.schedule}),
    );
    w.commit().await
}

pub struct HallInput {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    /// HS chapters or codes, separated by commas or spaces.
    pub chapters: String,
    pub rows: String,
    pub cols: String,
    pub premium_rows: String,
}

/// The plan's size in SVG units and the margin around the booths.
const PLAN_W: i64 = 1000;
const PLAN_H: i64 = 600;
const MARGIN: i64 = 40;
const AISLE: i64 = 30;

/// Lays booths out on a grid: rows A, B, ...; an aisle splits each row into
/// two areas (1 and 2) of at most 20 stands, numbered from 1.
pub fn layout(fair_id: &str, hall: &Hall, rows: i64, cols: i64, premium_rows: i64) -> Vec<Booth> {
    let half = (cols + 1) / 2;
    let cell_w = (PLAN_W - 2 * MARGIN - AISLE) / cols.max(1);
    let cell_h = (PLAN_H - 2 * MARGIN) / rows.max(1);
    let mut out = Vec::new();
    for r in 0..rows {
        let row = char::from(b'A' + r as u8);
        for c in 0..cols {
            let (area, n) = if c < half {
                (1, c + 1)
            } else {
                (2, c - half + 1)
            };
            let x = MARGIN + c * cell_w + if c < half { 0 } else { AISLE };
            let y = MARGIN + r * cell_h;
            out.push(Booth {
                id: yz_store::new_id(),
                fair_id: fair_id.to_owned(),
                hall_id: hall.id.clone(),
                code: format!("{}.{area}{row}{n}", hall.code),
                kind: if r < premium_rows {
                    BoothKind::Premium
                } else {
                    BoothKind::Standard
                },
                x,
                y,
                w: (cell_w - 6).max(4),
                h: (cell_h - 8).max(4),
                status: yz_domain::status::BoothStatus::Free,
                org_id: None,
            });
        }
    }
    out
}

pub async fn add_hall(app: &App, actor: &Actor, slug: &str, input: &HallInput) -> AppResult<()> {
    let fair = scope::staffed_fair(app, actor, slug, Permission::FairManage).await?;
    let mut errors = Vec::new();
    let code = input.code.trim().to_owned();
    if code.is_empty() || code.len() > 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
        errors.push(Msg::new("error-hall-code"));
    }
    let name_zh = text(&input.name_zh, 80, "error-hall-name", &mut errors);
    let name_en = text(&input.name_en, 80, "error-hall-name", &mut errors);
    let mut chapters = Vec::new();
    for part in input
        .chapters
        .split([',', ' ', '，', ';'])
        .filter(|p| !p.trim().is_empty())
    {
        match HsCode::parse(part) {
            Ok(h) if !chapters.contains(&h.chapter().to_owned()) => {
                chapters.push(h.chapter().to_owned())
            }
            Ok(_) => {}
            Err(_) => errors.push(Msg::new("error-hs-code").with("code", part.trim())),
        }
    }
    if chapters.is_empty() {
        errors.push(Msg::new("error-hall-chapters"));
    }
    let num = |v: &str, lo: i64, hi: i64| {
        v.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (lo..=hi).contains(n))
    };
    let (rows, cols, premium) = match (
        num(&input.rows, 1, 26),
        num(&input.cols, 1, 40),
        num(&input.premium_rows, 0, 26),
    ) {
        (Some(r), Some(c), Some(p)) => (r, c, p.min(r)),
        _ => {
            errors.push(Msg::new("error-hall-grid"));
            (0, 0, 0)
        }
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let existing = fairs::halls_of(&app.stores.main, &fair.id).await?;
    let hall = Hall {
        id: yz_store::new_id(),
        fair_id: fair.id.clone(),
        code,
        name_zh,
        name_en,
        hs_chapters: chapters,
        position: existing.len() as i64,
        plan_width: PLAN_W,
        plan_height: PLAN_H,
    };
    let booths = layout(&fair.id, &hall, rows, cols, premium);
    debug_assert!(booths.iter().all(|b| parse_booth_code(&b.code).is_some()));
    let mut w = app.work(actor).await?;
    match fairs::insert_hall(&mut w.tx, &hall).await {
        Err(StoreError::Conflict) => return Err(AppError::invalid("error-hall-code-taken")),
        r => r?,
    }
    for b in &booths {
        fairs::insert_booth(&mut w.tx, b).await?;
    }
    w.record(Change::new(Kind::Hall, &hall.id, Verb::Created).in_fair(&fair.id));
    w.audit(
        "fair.hall_add",
        format!("fair:{slug}"),
        json!({"hall": hall.code, "booths": booths.len(), "chapters": hall.hs_chapters}),
    );
    w.commit().await
}

/// A fair for its organizers' management page, with its halls.
pub async fn manage(
    app: &App,
    actor: &Actor,
    slug: &str,
) -> AppResult<(Fair, Vec<crate::showcase::HallLine>)> {
    let fair = scope::staffed_fair(app, actor, slug, Permission::FairManage).await?;
    let halls = crate::showcase::hall_lines(&app.stores.main, &fair.id).await?;
    Ok((fair, halls))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_fit_the_plan_and_use_valid_codes() {
        let hall = Hall {
            id: "h".into(),
            fair_id: "f".into(),
            code: "10".into(),
            name_zh: String::new(),
            name_en: String::new(),
            hs_chapters: vec![],
            position: 0,
            plan_width: PLAN_W,
            plan_height: PLAN_H,
        };
        let booths = layout("f", &hall, 4, 30, 1);
        assert_eq!(booths.len(), 120);
        assert!(booths.iter().any(|b| b.code == "10.2A15"));
        assert!(booths.iter().all(|b| parse_booth_code(&b.code).is_some()));
        assert!(
            booths
                .iter()
                .all(|b| b.x + b.w <= PLAN_W && b.y + b.h <= PLAN_H)
        );
        assert_eq!(
            booths
                .iter()
                .filter(|b| b.kind == BoothKind::Premium)
                .count(),
            30
        );
        let mut codes: Vec<_> = booths.iter().map(|b| b.code.clone()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 120);
    }
}
