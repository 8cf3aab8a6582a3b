//! Revisions under review (issue 7, requirement 4): an exhibitor verified
//! on two fairs that review products. Each fair's approval shows the
//! product on that fair only; a new image or a catalogue edit of the live
//! product waits as a new revision, the live version staying until every
//! reviewing fair approved; a fair that does not review shows edits at once.

use yz_app::catalogue::xlsx;
use yz_domain::role::Role;

use crate::both;
use crate::catalogue::import;
use crate::fixtures;
use crate::harness::{Backend, Client, TestApp, location};
use crate::orgs::jpeg_with_gps;

/// Whether the fair's search lists the product (by its link).
async fn found(c: &Client, fair: &str, q: &str, id: &str) -> bool {
    let r = c.get(&format!("/fairs/{fair}/search?q={q}")).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    page.contains(&format!("/exhibits/{id}"))
}

async fn add_image(owner: &Client, org: &str, id: &str) -> reqwest::Response {
    owner
        .upload(
            &format!("/org/{org}/exhibits/{id}/media"),
            &[("purpose", "image")],
            "file",
            "photo.jpg",
            jpeg_with_gps(),
        )
        .await
}

async fn approve(reviewer: &Client, fair: &str, id: &str, revision: i64) {
    let r = reviewer
        .post(
            &format!("/manage/fairs/{fair}/exhibits/{id}"),
            &[("decision", "approve"), ("revision", &revision.to_string())],
        )
        .await;
    assert!(
        r.text().await.unwrap().contains("approved"),
        "{fair} approves revision {revision}"
    );
}

async fn each_fair_reviews_what_goes_live(b: Backend) {
    let app = TestApp::spawn(b).await;
    let x = fixtures::fair(&app, "fair-x", true).await;
    let y = fixtures::fair(&app, "fair-y", true).await;
    let (rx, _) = fixtures::fair_staff(&app, &x, Role::Reviewer).await;
    let (ry, _) = fixtures::fair_staff(&app, &y, Role::Reviewer).await;
    let (owner, org, _) = fixtures::exhibitor(&app, 1, &x).await;
    fixtures::approve(&app, &y, &org).await;
    fixtures::book(&app, &x, &org, "1.1A1").await;
    fixtures::book(&app, &y, &org, "1.1A1").await;
    let anon = app.client();

    let r = owner
        .post(
            &format!("/org/{org}/exhibits"),
            &[
                ("source_lang", "en"),
                ("title_en", "Walnut sideboard"),
                ("hs_code", "940360"),
            ],
        )
        .await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();
    assert_eq!(add_image(&owner, &org, &id).await.status(), 200);
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("sent for review"));
    assert!(!found(&anon, "fair-x", "Walnut", &id).await);

    // Fair X approves: on X, not yet on Y.
    approve(&rx, "fair-x", &id, 1).await;
    assert!(found(&anon, "fair-x", "Walnut", &id).await);
    assert!(
        !found(&anon, "fair-y", "Walnut", &id).await,
        "Y has not reviewed it"
    );
    assert_eq!(anon.get(&format!("/exhibits/{id}")).await.status(), 200);
    approve(&ry, "fair-y", &id, 1).await;
    assert!(found(&anon, "fair-y", "Walnut", &id).await);

    // A new image on the live product is revision 2: hidden until both
    // fairs approve it.
    let r = add_image(&owner, &org, &id).await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("(version 2) wait for review")
    );
    let media = yz_store::exhibits::media_of(&app.state.stores.main, &id)
        .await
        .unwrap();
    let new = media.iter().find(|m| m.revision == 2).unwrap().id.clone();
    assert_eq!(
        anon.get(&format!("/media/{new}/main")).await.status(),
        404,
        "not public before review"
    );
    let page = anon.page(&format!("/exhibits/{id}")).await;
    assert!(!page.contains(&new));
    let review = rx
        .page(&format!("/manage/fairs/fair-x/exhibits/{id}"))
        .await;
    assert!(
        review.contains("id=\"review-new-media\""),
        "the reviewer sees the new file"
    );
    approve(&rx, "fair-x", &id, 2).await;
    assert_eq!(
        anon.get(&format!("/media/{new}/main")).await.status(),
        404,
        "one fair's approval is not enough while the other reviews"
    );
    approve(&ry, "fair-y", &id, 2).await;
    assert_eq!(anon.get(&format!("/media/{new}/main")).await.status(), 200);

    // A catalogue import that renames the live product is revision 3.
    let mut rows = crate::catalogue::exported_rows(&owner, &org).await;
    let col = rows[0].iter().position(|c| c == "title_en").unwrap();
    rows[1][col] = "Walnut sideboard, oiled".into();
    let (status, page) = import(&owner, &org, xlsx(&rows, &[]).unwrap(), "en").await;
    assert_eq!(status, 200, "{page}");
    let public = anon.page(&format!("/exhibits/{id}")).await;
    assert!(public.contains("Walnut sideboard") && !public.contains("oiled"));
    approve(&rx, "fair-x", &id, 3).await;
    approve(&ry, "fair-y", &id, 3).await;
    let public = anon.page(&format!("/exhibits/{id}")).await;
    assert!(public.contains("Walnut sideboard, oiled"));
}

both!(each_fair_reviews_what_goes_live);

async fn a_fair_without_review_shows_edits_at_once(b: Backend) {
    let app = TestApp::spawn(b).await;
    let z = fixtures::fair(&app, "fair-z", false).await;
    let (owner, org, _) = fixtures::exhibitor(&app, 2, &z).await;
    fixtures::book(&app, &z, &org, "1.1A1").await;
    let anon = app.client();
    let form = |title: &'static str| {
        vec![
            ("source_lang", "en"),
            ("title_en", title),
            ("hs_code", "940360"),
        ]
    };
    let r = owner
        .post(&format!("/org/{org}/exhibits"), &form("Oak bench"))
        .await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("exhibit is published"));
    assert!(found(&anon, "fair-z", "Oak", &id).await);
    let r = owner
        .post(
            &format!("/org/{org}/exhibits/{id}"),
            &form("Oak bench, long"),
        )
        .await;
    assert_eq!(r.status(), 200);
    let public = anon.page(&format!("/exhibits/{id}")).await;
    assert!(public.contains("Oak bench, long"));
    let r = add_image(&owner, &org, &id).await;
    assert_eq!(r.status(), 200);
    let media = yz_store::exhibits::media_of(&app.state.stores.main, &id)
        .await
        .unwrap();
    assert_eq!(
        anon.get(&format!("/media/{}/main", media[0].id))
            .await
            .status(),
        200
    );
}

both!(a_fair_without_review_shows_edits_at_once);
