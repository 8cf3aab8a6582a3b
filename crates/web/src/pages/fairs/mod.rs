//! Fairs as visitors see them (list, home hub, hall plans, booths), booth
//! booking, and the organizers' management pages.

mod booking;
mod manage;
mod public;
mod showcase;

pub use booking::{booth, decide_booth, request_booth, requests};
pub use manage::{add_hall, create, manage, new_form, update};
pub use public::{hall, home, list, register};
pub use showcase::search;

use yz_app::fairs::Fair;
use yz_domain::fair::format_in_zone;
use yz_domain::lang::Lang;

use super::Chrome;
use crate::error::WebResult;
use crate::state::AppState;

pub(super) fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
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

pub(super) async fn fair_or_404(state: &AppState, slug: &str) -> WebResult<Fair> {
    Ok(yz_app::showcase::fair(state, slug).await?)
}
