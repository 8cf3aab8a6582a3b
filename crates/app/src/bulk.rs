//! Bulk loaders for the demo and benchmark generators, and for them alone:
//! they write many verified exhibitors and published products in few
//! statements, as if each had gone through review, without a record of
//! changes or audit entries per object (the generators record one audit
//! entry for the whole seeding).

use serde_json::json;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::exhibits::{self, Exhibit, Media, Text};
use yz_store::fairs::{self, Booth, Fair, Hall};
use yz_store::organisations::{self, Organisation};
use yz_store::{applications, outbox, revisions};

pub use yz_store::profiles::Profile;

use crate::error::AppResult;
use crate::{Actor, App};

/// A fair and its halls with their booths, to place seeded exhibitors.
pub async fn fair_plan(
    app: &App,
    slug: &str,
) -> AppResult<Option<(Fair, Vec<(Hall, Vec<Booth>)>)>> {
    let db = &app.stores.main;
    let Some(fair) = fairs::by_slug(db, slug).await? else {
        return Ok(None);
    };
    let mut halls = Vec::new();
    for hall in fairs::halls_of(db, &fair.id).await? {
        let booths = fairs::booths_of_hall(db, &hall.id).await?;
        halls.push((hall, booths));
    }
    Ok(Some((fair, halls)))
}

/// Saves organisations as verified exhibitors of the fair, each holding the
/// booked booth given with it (counted as exhibitors, S5.5.1).
pub async fn exhibitors(
    app: &App,
    fair: &Fair,
    orgs: &[(Organisation, String, String)],
) -> AppResult<()> {
    let now = app.now();
    let mut tx = app.stores.main.begin().await?;
    for (org, booth_id, chapter) in orgs {
        organisations::save(&mut tx, org, now).await?;
        applications::approve_seeded(&mut tx, &fair.id, &org.id, now).await?;
        tx.execute(
            "UPDATE booths SET status = 'booked', org_id = $2, decided_at = $3 WHERE id = $1",
            yz_store::args![booth_id.as_str(), org.id.as_str(), now],
        )
        .await?;
        let facts = AnalyticsFacts {
            fair_id: Some(fair.id.clone()),
            actor_id: Some(org.id.clone()),
            industry: Some(chapter.clone()),
            ..Default::default()
        };
        outbox::enqueue(
            &mut tx,
            EventKind::ExhibitorRegistered.as_str(),
            &json!(facts),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    app.cache.invalidate_all();
    Ok(())
}

/// Saves published products (revision 1) with their texts and media,
/// approved on the fair when it reviews content; `count` records each as a
/// published exhibit (S5.5.1).
pub async fn exhibits(
    app: &App,
    fair: &Fair,
    items: &[(Exhibit, Vec<Text>, Vec<Media>)],
    count: bool,
) -> AppResult<()> {
    let now = app.now();
    let mut tx = app.stores.main.begin().await?;
    yz_store::exhibits_bulk::insert(&mut tx, items, now).await?;
    if fair.exhibit_review {
        let ids: Vec<&str> = items.iter().map(|(e, _, _)| e.id.as_str()).collect();
        revisions::approve_bulk(&mut tx, &fair.id, &ids, now).await?;
    }
    if count {
        for (e, _, _) in items {
            let facts = AnalyticsFacts {
                actor_id: Some(e.org_id.clone()),
                industry: Some(e.hs_code.chars().take(2).collect()),
                ..Default::default()
            };
            outbox::enqueue(
                &mut tx,
                EventKind::ExhibitPublished.as_str(),
                &json!(facts),
                now,
            )
            .await?;
        }
    }
    tx.commit().await?;
    app.cache.invalidate_all();
    app.outbox_wake.notify_one();
    Ok(())
}

/// Registers visitors for a fair, verified as its trade visitors where
/// asked (the demo's buyers).
pub async fn visitors(
    app: &App,
    fair: &Fair,
    visitors: &[(String, bool)],
    by: &Actor,
) -> AppResult<()> {
    let now = app.now();
    let mut tx = app.stores.main.begin().await?;
    for (user_id, trade) in visitors {
        yz_store::fair_visitors::register(&mut tx, &fair.id, user_id, now).await?;
        if *trade {
            yz_store::fair_visitors::set_trade(&mut tx, &fair.id, user_id, true, &by.id, now)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The id of the account with this e-mail address, if any.
pub async fn account_id(app: &App, email: &str) -> AppResult<Option<String>> {
    Ok(yz_store::accounts::by_email(&app.stores.main, email)
        .await?
        .map(|u| u.id))
}

/// An organisation's exhibit ids, oldest first.
pub async fn exhibit_ids(app: &App, org_id: &str) -> AppResult<Vec<String>> {
    Ok(exhibits::ids_of_org(&app.stores.main, org_id).await?)
}

/// A file stored beside an exhibit's first revision (demo 3D models and
/// panoramas, already processed).
pub struct BulkMedia<'a> {
    pub exhibit_id: &'a str,
    pub kind: yz_domain::kinds::MediaKind,
    pub mime: &'a str,
    pub ext: &'a str,
    pub bytes: Vec<u8>,
    pub variants: std::collections::BTreeMap<String, String>,
    pub caption: &'a str,
}

/// Stores a media file of a published exhibit's first revision.
pub async fn media(app: &App, m: BulkMedia<'_>) -> AppResult<()> {
    let id = yz_store::new_id();
    let key = format!("media/{}/{id}.{}", m.exhibit_id, m.ext);
    let size = m.bytes.len() as i64;
    crate::objects::put(&app.objects, &key, m.bytes).await?;
    let media = Media {
        id,
        exhibit_id: m.exhibit_id.into(),
        kind: m.kind,
        object_key: key,
        mime: m.mime.into(),
        width: None,
        height: None,
        variants: m.variants,
        caption: m.caption.into(),
        size_bytes: size,
        revision: 1,
    };
    let mut tx = app.stores.main.begin().await?;
    exhibits::add_media(&mut tx, &media, app.now()).await?;
    tx.commit().await?;
    app.cache.invalidate_all();
    Ok(())
}

/// Saves a visitor's profile and counts the registration (S5.5.1).
pub async fn visitor_profile(
    app: &App,
    user_id: &str,
    profile: &yz_store::profiles::Profile,
) -> AppResult<()> {
    let now = app.now();
    let mut tx = app.stores.main.begin().await?;
    yz_store::profiles::put(&mut tx, user_id, profile, now).await?;
    let facts = AnalyticsFacts {
        actor_id: Some(user_id.into()),
        country: Some(profile.country.clone()).filter(|c| !c.is_empty()),
        industry: profile.interests.first().cloned(),
        ..Default::default()
    };
    outbox::enqueue(
        &mut tx,
        EventKind::VisitorRegistered.as_str(),
        &json!(facts),
        now,
    )
    .await?;
    tx.commit().await?;
    app.outbox_wake.notify_one();
    Ok(())
}
