//! What visitors see: fairs, hall plans, booths, exhibitors and exhibits,
//! the fair home's featured exhibitors and new products, and the fair's
//! search box. Everything public reads through the page cache (`cache.rs`),
//! keyed by what it shows; entries hold data, never pages (a page carries a
//! CSRF token and the reader's language).
//!
//! An exhibitor is public once it is a verified exhibitor of some fair; an
//! exhibit once it shows on some fair (published, its organisation
//! verified there, and approved there where that fair reviews content).
//! Its own staff also see drafts and edits, as a preview.

use std::sync::Arc;

use yz_domain::Permission;
use yz_domain::kinds::MediaKind;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::role::Scope;
use yz_domain::status::BoothStatus;
use yz_store::applications;
use yz_store::exhibits as store_exhibits;
use yz_store::exhibits::{self, Exhibit, Media, Text};
use yz_store::fairs::{self, Booth, Fair, Hall};
use yz_store::organisations::{self, Organisation};
use yz_store::showcase;
use yz_store::showcase::Card;
pub use yz_store::showcase::ExhibitorCard;

use crate::auth::rate_limit;
use crate::cache::Tag;
use crate::error::{AppError, AppResult};
use crate::exhibit_media::Gallery;
use crate::ratelimit::Bucket;
use crate::{Actor, App, audience};

/// Fairs on this platform, the latest first.
pub async fn fairs(app: &App) -> AppResult<Vec<Fair>> {
    Ok(fairs::list(&app.stores.main, 200).await?)
}

/// A fair by its short name (404 if none).
pub async fn fair(app: &App, slug: &str) -> AppResult<Fair> {
    let db = &app.stores.main;
    app.cache
        .get_or(
            format!("fair:{slug}"),
            || fairs::by_slug(db, slug),
            |f| f.iter().map(|f| Tag::Fair(f.id.clone())).collect(),
        )
        .await?
        .as_ref()
        .clone()
        .ok_or(AppError::NotFound)
}

/// A hall with its number of booths and free booths.
#[derive(Debug, Clone)]
pub struct HallLine {
    pub hall: Hall,
    pub booths: i64,
    pub free: i64,
}

/// A fair's halls, in floor order.
pub async fn halls(app: &App, fair: &Fair) -> AppResult<Arc<Vec<HallLine>>> {
    let db = &app.stores.main;
    app.cache
        .get_or(
            format!("halls:{}", fair.id),
            || hall_lines(db, &fair.id),
            |_| vec![Tag::Fair(fair.id.clone())],
        )
        .await
}

/// A fair's halls with their counts, in one query.
pub(crate) async fn hall_lines(db: &yz_store::Db, fair_id: &str) -> AppResult<Vec<HallLine>> {
    Ok(fairs::halls_with_counts(db, fair_id)
        .await?
        .into_iter()
        .map(|(hall, booths, free)| HallLine { hall, booths, free })
        .collect())
}

/// A hall's plan: the hall, its booths, and (booths, free).
pub struct HallPlan {
    pub line: HallLine,
    pub booths: Vec<Booth>,
}

pub async fn hall_plan(app: &App, fair: &Fair, code: &str) -> AppResult<Arc<HallPlan>> {
    let db = &app.stores.main;
    // A hall that does not exist is an error, which the cache does not keep.
    app.cache
        .get_or(
            format!("hall:{}:{code}", fair.id),
            || async {
                let hall = fairs::hall(db, &fair.id, code)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let booths = fairs::booths_of_hall(db, &hall.id).await?;
                // Counted from the booths just read: no second query.
                let free = booths
                    .iter()
                    .filter(|b| b.status == BoothStatus::Free)
                    .count();
                Ok::<_, AppError>(HallPlan {
                    line: HallLine {
                        hall,
                        booths: booths.len() as i64,
                        free: free as i64,
                    },
                    booths,
                })
            },
            |_| vec![Tag::Fair(fair.id.clone())],
        )
        .await
}

/// A booth of the fair by its code (404 if none).
pub async fn booth(app: &App, fair: &Fair, code: &str) -> AppResult<Booth> {
    let db = &app.stores.main;
    let code = code.to_ascii_uppercase();
    app.cache
        .get_or(
            format!("booth:{}:{code}", fair.id),
            || fairs::booth(db, &fair.id, &code),
            // A booth added later comes with its hall (a change of the fair).
            |b| match b {
                Some(b) => vec![Tag::Booth(b.id.clone())],
                None => vec![Tag::Fair(fair.id.clone())],
            },
        )
        .await?
        .as_ref()
        .clone()
        .ok_or(AppError::NotFound)
}

/// An organisation as visitors see it, with whether it is a verified
/// exhibitor (of this fair, or of any fair).
#[derive(Debug, Clone)]
pub struct Exhibitor {
    pub org: Organisation,
    pub verified: bool,
}

/// The organisation with its verification on `fair` (or on any fair).
pub async fn exhibitor(
    app: &App,
    org_id: &str,
    fair: Option<&Fair>,
) -> AppResult<Option<Exhibitor>> {
    let db = &app.stores.main;
    let fair_id = fair.map(|f| f.id.clone());
    let key = format!("org:{org_id}:{}", fair_id.as_deref().unwrap_or("*"));
    Ok(app
        .cache
        .get_or(
            key,
            || async move {
                let Some(org) = organisations::by_id(db, org_id).await? else {
                    return Ok::<_, AppError>(None);
                };
                let verified = match &fair_id {
                    Some(f) => applications::get(db, f, org_id).await?.is_some_and(|a| {
                        a.status == yz_domain::status::ApplicationStatus::Approved
                    }),
                    None => applications::approved_anywhere(db, org_id).await?,
                };
                Ok(Some(Exhibitor { org, verified }))
            },
            |_| vec![Tag::Org(org_id.to_owned())],
        )
        .await?
        .as_ref()
        .clone())
}

/// What an exhibitor's page shows, before the visitor's restrictions.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    pub cards: Vec<Card>,
    pub video: Option<Media>,
    pub model: Option<Media>,
    pub panorama: Option<Media>,
    pub documents: Vec<Media>,
}

/// Products listed on an exhibitor's page.
pub const CARDS: i64 = 48;

/// An exhibitor's products and media shown on `fair` (or on any fair).
pub async fn shown(
    app: &App,
    org_id: &str,
    lang: &str,
    fair: Option<&Fair>,
) -> AppResult<Arc<Shown>> {
    let db = &app.stores.main;
    let fair_id = fair.map(|f| f.id.as_str());
    let key = format!("shown:{org_id}:{lang}:{}", fair_id.unwrap_or("*"));
    app.cache
        .get_or(
            key,
            || async move {
                // Two independent reads, run together on the reader pool.
                let (cards, media) = tokio::try_join!(
                    showcase::cards_of_org(db, org_id, lang, CARDS, fair_id),
                    exhibits::org_media_of_kinds(
                        db,
                        org_id,
                        &[
                            (MediaKind::Video, 1),
                            (MediaKind::Model, 1),
                            (MediaKind::Panorama, 1),
                            (MediaKind::Document, 10),
                        ],
                        fair_id,
                    ),
                )?;
                let first = |kind: MediaKind| media.iter().find(|m| m.kind == kind).cloned();
                Ok::<_, AppError>(Shown {
                    cards,
                    video: first(MediaKind::Video),
                    model: first(MediaKind::Model),
                    panorama: first(MediaKind::Panorama),
                    documents: media
                        .iter()
                        .filter(|m| m.kind == MediaKind::Document)
                        .cloned()
                        .collect(),
                })
            },
            |_| vec![Tag::Products(org_id.to_owned())],
        )
        .await
}

/// The fair home's featured exhibitors and new products.
pub struct Home {
    pub featured: Vec<ExhibitorCard>,
    pub newest: Vec<Card>,
}

/// Exhibitors and products on the home page.
const HOME_CARDS: i64 = 8;
/// Most results of each kind on the search page.
const RESULTS: i64 = 48;

pub async fn home(app: &App, fair: &Fair, lang: &str) -> AppResult<Arc<Home>> {
    let db = &app.stores.main;
    app.cache
        .get_or(
            format!("showcase:{}:{lang}", fair.id),
            || async move {
                Ok::<_, AppError>(Home {
                    featured: showcase::featured(db, &fair.id, HOME_CARDS).await?,
                    newest: showcase::newest_products(db, &fair.id, lang, HOME_CARDS).await?,
                })
            },
            |h| {
                let mut tags = vec![Tag::Fair(fair.id.clone()), Tag::Newest];
                tags.extend(h.featured.iter().map(|x| Tag::Org(x.org_id.clone())));
                tags.extend(h.featured.iter().map(|x| Tag::Products(x.org_id.clone())));
                tags.extend(h.newest.iter().map(|c| Tag::Exhibit(c.id.clone())));
                tags
            },
        )
        .await
}

/// The fair's exhibitors and products matching the words (rate-limited
/// per client network, counted as a visitor query of S5.5.1).
pub async fn search(
    app: &App,
    actor: &Actor,
    fair: &Fair,
    words: &str,
    lang: &str,
) -> AppResult<(Vec<ExhibitorCard>, Vec<Card>)> {
    rate_limit(app, Bucket::Search, actor)?;
    let db = &app.stores.main;
    let exhibitors = showcase::exhibitors_matching(db, &fair.id, words, RESULTS).await?;
    let products = showcase::products_matching(db, &fair.id, lang, words, RESULTS).await?;
    let who = audience::of(app, actor, "").await?;
    app.views.record(
        EventKind::SearchPerformed,
        AnalyticsFacts {
            fair_id: Some(fair.id.clone()),
            country: who.viewer.country.clone(),
            industry: who.industry.clone(),
            ..Default::default()
        },
    );
    Ok((exhibitors, products))
}

/// An exhibit as its page shows it.
#[derive(Clone)]
pub struct ExhibitPage {
    pub exhibit: Exhibit,
    pub org: Organisation,
    pub verified: bool,
    pub texts: Vec<Text>,
    pub gallery: Gallery,
    /// Seen by its own staff before (or beside) what visitors see.
    pub preview: bool,
}

/// An exhibit shown on some fair, for anyone; its own staff also see it as
/// a draft (a preview). Anyone else: 404.
pub async fn exhibit(app: &App, actor: &Actor, id: &str) -> AppResult<Arc<ExhibitPage>> {
    let db = &app.stores.main;
    let live = app
        .cache
        .get_or(
            format!("exhibit:{id}"),
            || async {
                match store_exhibits::with_live(db, id).await? {
                    Some((e, true)) => {
                        Ok::<_, AppError>(exhibit_page(app, e, false).await?.map(Arc::new))
                    }
                    _ => Ok(None),
                }
            },
            |p| match p {
                Some(p) => vec![Tag::Exhibit(id.to_owned()), Tag::Org(p.org.id.clone())],
                None => vec![Tag::Exhibit(id.to_owned())],
            },
        )
        .await?;
    if let Some(p) = live.as_ref() {
        return Ok(p.clone());
    }
    let Some(e) = store_exhibits::by_id(db, id).await? else {
        return Err(AppError::NotFound);
    };
    let own = actor.can_in(
        Permission::ExhibitEdit,
        &Scope::Organisation(e.org_id.clone()),
    );
    if !own {
        return Err(AppError::NotFound);
    }
    exhibit_page(app, e, true)
        .await?
        .map(Arc::new)
        .ok_or(AppError::NotFound)
}

async fn exhibit_page(app: &App, e: Exhibit, preview: bool) -> AppResult<Option<ExhibitPage>> {
    let db = &app.stores.main;
    let id = e.id.as_str();
    // Visitors see the media of the live revision; the exhibitor all.
    let up_to = (!preview).then_some(e.revision);
    let (x, texts, gallery) = tokio::try_join!(
        exhibitor(app, &e.org_id, None),
        async { store_exhibits::texts(db, id).await.map_err(AppError::from) },
        Gallery::load(app, id, up_to),
    )?;
    let Some(x) = x else { return Ok(None) };
    Ok(Some(ExhibitPage {
        exhibit: e,
        org: x.org,
        verified: x.verified,
        texts,
        gallery,
        preview,
    }))
}

/// A media file: visitors get those of the live revision of an exhibit
/// shown on some fair, the exhibitor's own staff all of theirs; anyone
/// else 404.
pub async fn media(app: &App, actor: &Actor, id: &str) -> AppResult<(Media, Exhibit)> {
    let db = &app.stores.main;
    let m = store_exhibits::media(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let e = store_exhibits::by_id(db, &m.exhibit_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = actor.can_in(
        Permission::ExhibitEdit,
        &Scope::Organisation(e.org_id.clone()),
    );
    if own {
        return Ok((m, e));
    }
    let live = m.revision <= e.revision && store_exhibits::is_live(db, &e.id, None).await?;
    if !live {
        return Err(AppError::NotFound);
    }
    Ok((m, e))
}
